"""A value right under the record, its tag used deeper down as well and every class a build
hash: ``:scope > p`` reads it where ``p`` alone would read the first ``p`` inside."""

from __future__ import annotations

from lxml import html

from agents.heuristics.assemble import build_profile
from agents.heuristics.fieldcandidates import candidates

NAMES = ["rackup", "sitemapper", "nokogiri", "puma", "sidekiq", "devise", "rspec", "rubocop"]


def _card(number: int, name: str) -> str:
    return (
        f'<a class="css-41d0a9e3f2" href="/gems/{name}"><span class="css-0c9b7d2e11">'
        f'<h2 class="css-7a7e3c0d95">{name} <span class="css-bb01c2d3e4">{number}.{number + 2}.0</span></h2>'
        f'<p class="css-9d8c7b6a55">A gem called {name} that does thing number {number} well</p></span>'
        f'<p class="css-5f4e3d2c1b">{(number + 3) * 1_234_567:,} <span class="css-aa11bb22cc">Downloads</span></p></a>'
    )


PAGE = (
    "<html><head><title>Search</title></head><body><main><div class='css-e0e0e0e0e0'>"
    + "".join(_card(n, name) for n, name in enumerate(NAMES))
    + "</div></main></body></html>"
)


def test_the_path_from_the_record_is_a_candidate() -> None:
    card = html.fromstring(_card(1, "rackup"))
    downloads = card.findall("p")[0]
    assert ":scope > p" in candidates(card, downloads)


def test_a_count_right_under_a_card_link_is_a_field() -> None:
    profile = build_profile(PAGE, "https://gems.example/search?query=x")
    counts = [f for f in profile.spec.fields if f.type == "number"]
    assert counts, [f.name for f in profile.spec.fields]
    assert profile.sample_records[0][counts[0].name] == 3 * 1_234_567
