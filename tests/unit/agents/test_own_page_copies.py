"""Columns that say the record's link or picture again: the record's own page with a map tab, a
tracking query or a "contact/" step added, and one picture asked for at two sizes."""

from __future__ import annotations

from agents.heuristics.resizedcopies import are_resized_copies
from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "https://stays.example/search/"
TOWNS = ["Lyon", "Nantes", "Lille", "Rennes", "Nice", "Brest", "Metz", "Caen", "Tours"]


def _stay(i: int, name: str, extra: str) -> str:
    slug = name.lower().replace(" ", "-")
    return (
        f'<div class="stay-card"><h3 class="stay-title"><a href="/hotel/{slug}.html">{name}</a></h3>'
        f'<p class="stay-town">{TOWNS[i]}</p><span class="stay-price">€{80 + 13 * i}</span>{extra}</div>'
    )


def _links(spec_records: tuple[object, list[dict[str, object]]]) -> list[str]:
    _spec, records = spec_records
    return [v for r in records for v in r.values() if isinstance(v, str) and v.startswith("https://")]


def _page(extra: str) -> str:
    cards = "".join(
        _stay(i, name, extra.format(slug=name.lower().replace(" ", "-"), i=i)) for i, name in enumerate(PRODUCT_NAMES)
    )
    return list_page(cards)


def test_a_link_to_the_record_page_with_a_map_query_is_no_column() -> None:
    extra = '<a class="stay-address" href="/hotel/{slug}.html?aid=3041&amp;hpos={i}&amp;map=1">Show on map</a>'
    links = _links(spec_and_records(_page(extra), URL))
    assert "https://stays.example/hotel/copper-kettle.html" in links
    assert not any("map=1" in v for v in links)


def test_a_contact_step_below_the_record_page_is_no_column() -> None:
    extra = '<a class="stay-contact" href="/hotel/{slug}.html/contact/">Email the host</a>'
    links = _links(spec_and_records(_page(extra), URL))
    assert "https://stays.example/hotel/copper-kettle.html" in links
    assert not any(v.endswith("/contact/") for v in links)


def test_a_file_below_the_record_page_stays() -> None:
    extra = '<a class="stay-doc" href="/hotel/{slug}.html/brochure-{i}.pdf">Brochure (PDF)</a>'
    links = _links(spec_and_records(_page(extra), URL))
    assert "https://stays.example/hotel/stoneware-mug.html/brochure-3.pdf" in links


def _event(i: int, name: str, sizes: tuple[str, str]) -> str:
    picture = f"https://img.cdn.example/{8240 + i}/original.jpg?{{}}&amp;auto=format&amp;s=3f9e"
    link = f'<a class="event-link" href="/e/{8240 + i}/"><img class="event-image" src="{{}}" alt="{name}"></a>'
    return (
        f'<div class="event"><div class="card-mobile">{link.format(picture.format(sizes[0]))}'
        f'<h3 class="event-title">{name}</h3></div>'
        f'<div class="card-desktop">{link.format(picture.format(sizes[1]))}'
        f'<p class="event-venue">{TOWNS[i]} Hall</p><p class="event-day">Sat, Mar {i + 3}</p></div></div>'
    )


def _pictures(sizes: tuple[str, str]) -> list[list[object]]:
    cards = "".join(_event(i, name, sizes) for i, name in enumerate(PRODUCT_NAMES))
    _spec, records = spec_and_records(list_page(cards), "https://events.example/all/")
    columns = {name: [r.get(name) for r in records] for name in records[0]}
    return [v for v in columns.values() if any(isinstance(x, str) and "img.cdn.example" in x for x in v)]


def test_one_picture_at_two_sizes_is_one_column() -> None:
    assert len(_pictures(("w=200", "w=512"))) == 1


def test_two_pictures_from_one_script_are_no_resized_copies() -> None:
    first = [f"/img.php?id={i}&w=200" for i in range(5)]
    second = [f"/img.php?id={i + 50}&w=512" for i in range(5)]
    assert not are_resized_copies(first, second)
    assert are_resized_copies(first, [f"/img.php?id={i}&w=512" for i in range(5)])
