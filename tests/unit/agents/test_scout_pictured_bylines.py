"""A byline shown on a few cards only, beside the writer's portrait, is still the author field."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://news.example/uk"
WRITERS = {2: "Zoe Kiernan", 9: "Marcus Hale", 14: "Ines Duarte"}


def _card(n: int) -> str:
    writer = WRITERS.get(n)
    byline = (
        f'<div><span>{writer}</span><img src="/p/{n}.jpg" alt="{writer}"></div>' if writer else ""
    )  # an opinion card: the portrait's alt is the writer again
    return (
        f'<li><div><a href="/uk/2026/story-{n}" aria-label="Story {n}"></a>'
        f"<h3><span>Story headline number {n} for the front</span></h3>{byline}</div></li>"
    )


def test_a_byline_on_three_of_eighteen_cards_with_the_writers_portrait_is_kept() -> None:
    html = list_page(f"<ul>{''.join(_card(n) for n in range(18))}</ul>")
    _, records = spec_and_records(html, URL)
    assert len(records) == 18
    authors = {str(r["url"]).rsplit("-", 1)[-1]: v for r in records for v in r.values() if v in WRITERS.values()}
    assert authors == {str(n): w for n, w in WRITERS.items()}
