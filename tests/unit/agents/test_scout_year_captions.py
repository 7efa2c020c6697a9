"""A record's caption "Name (Year)" is its name and its year, where the record names the thing bare
(a poster's alt, a ``data-*-name``); without that, a link's brackets stay part of the name."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://films.example/popular/"
FILMS = [
    ("Anora", 2024),
    ("Mickey 17", 2025),
    ("Conclave", 2024),
    ("Nosferatu", 2024),
    ("Companion", 2025),
    ("Flow", 2024),
]


def _poster(name: str, year: int, bare: str) -> str:
    slug = name.lower().replace(" ", "-")
    return (
        f'<li class="poster-container"><div class="film-poster"{bare}><img src="/empty.png" alt="{name}">'
        f'<a href="/film/{slug}/" class="frame"><span class="frame-title">{name} ({year})</span></a></div>'
        f'<p class="viewing"><a href="/film/{slug}/likes/" class="likes">{len(name) * 7}K</a></p></li>'
    )


def test_a_name_year_caption_beside_the_bare_name_is_title_and_year() -> None:
    html = list_page(f'<ul class="poster-list">{"".join(_poster(n, y, "") for n, y in FILMS)}</ul>')
    spec, records = spec_and_records(html, URL)
    assert [r["title"] for r in records] == [n for n, _ in FILMS]  # "Mickey 17" keeps its own number
    assert [r["year"] for r in records] == [y for _, y in FILMS]
    year = next(f for f in spec.fields if f.name == "year")
    assert (year.text_after, year.text_before) == ("(", ")")


def test_a_data_name_attribute_names_the_thing_bare_too() -> None:
    posters = "".join(_poster(n, y, f' data-film-name="{n}"').replace(f'alt="{n}"', 'alt=""') for n, y in FILMS)
    _, records = spec_and_records(list_page(f'<ul class="poster-list">{posters}</ul>'), URL)
    assert [r["title"] for r in records] == [n for n, _ in FILMS]
    assert [r["year"] for r in records] == [y for _, y in FILMS]


def test_a_linked_caption_with_brackets_and_no_bare_name_stays_whole() -> None:
    posters = "".join(_poster(n, y, "").replace(f'alt="{n}"', 'alt=""') for n, y in FILMS)
    _, records = spec_and_records(list_page(f'<ul class="poster-list">{posters}</ul>'), URL)
    assert not any("year" in r for r in records)
    assert all(f"{n} ({y})" in r.values() for r, (n, y) in zip(records, FILMS, strict=True))
