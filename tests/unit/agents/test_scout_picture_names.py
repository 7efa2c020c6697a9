"""Picture grids (issue #3): a photo site's, an icon set's or a logo wall's record shows no word, only
a link around a picture; the link's ``title`` or the picture's ``alt`` is the only name it has."""

from __future__ import annotations

from lxml.html import fromstring

from agents.heuristics.cardlinks import names_its_record
from agents.heuristics.slots import Occurrence, Slot
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://photos.example/s/photos/glow"
#: (description, id, photographer, handle): photographers repeat, so no text of a card is unique.
PHOTOS = [
    ("a wave crashing on a beach at night with blue light", "6INjAZ", "Mara Quint", "maraquint"),
    ("close-up of a glowing comb jelly", "Uc8Dkr", "Vera Holub", "verah"),
    ("a jellyfish glowing in the dark ocean", "3FQe50", "Mara Quint", "maraquint"),
    ("green and blue glowing mushrooms on a mossy log", "1R3Ip8", "Vera Holub", "verah"),
    ("a squid glowing in the deep sea", "TmT3F6", "Joel Okafor", "joelo"),
    ("hands scooping glowing sea water", "g1M1S3", "Mara Quint", "maraquint"),
]


def _figure(description: str, photo_id: str, name: str, handle: str, *, titled: bool = True) -> str:
    slug = description.replace(" ", "-")
    title = f' title="{description}"' if titled else ""
    return (
        f'<figure class="mZ1aq" itemprop="image"><div class="Tbd2Y"><a class="N2odk" href="/@{handle}">{name}</a></div>'
        f'<a class="zNNw1" itemprop="contentUrl"{title} href="/photos/{slug}-{photo_id}">'
        f'<div class="wdUrX"><img class="ApbSI" src="https://img.example/{photo_id}.jpg" alt="{description}"></div></a>'
        f'<a class="EdCFo" title="Download this image" href="/photos/{photo_id}/download"></a></figure>'
    )


def _grid(*, titled: bool = True) -> str:
    figures = "".join(_figure(*photo, titled=titled) for photo in PHOTOS)
    return list_page(figures, '<main><div class="ripi6">{}</div></main>')


def test_a_picture_links_title_names_a_record_showing_no_word() -> None:
    spec, records = spec_and_records(_grid(), URL)
    assert "title" in [f.name for f in spec.fields]
    assert [r["title"] for r in records] == [p[0] for p in PHOTOS]


def test_the_one_pictures_alt_names_a_link_without_a_title() -> None:
    _spec, records = spec_and_records(_grid(titled=False), URL)
    assert [r.get("title") for r in records] == [p[0] for p in PHOTOS]


LOGOS = ["Acme Rockets", "Brightwater Labs", "Cobalt Freight", "Dunmore Analytics", "Elmstead Bank"]


def test_a_logo_wall_is_named_by_its_logos_alt() -> None:
    tiles = "".join(
        f'<li class="customer"><a href="/customers/{i}"><img src="/logos/{i}.svg" alt="{name}"></a>'
        f'<span class="sector">{"Fintech" if i % 2 else "Logistics"}</span></li>'
        for i, name in enumerate(LOGOS)
    )
    _spec, records = spec_and_records(list_page(tiles, '<main><ul class="customers">{}</ul></main>'), URL)
    assert [r.get("title") for r in records] == LOGOS


def _picture_links(names: list[str]) -> Slot:
    tiles = "".join(
        f'<li><a title="{name}" href="/p/{i}"><img src="/{i}.jpg" alt=""></a></li>' for i, name in enumerate(names)
    )
    links = fromstring(list_page(tiles)).xpath("//li/a")
    return Slot(key=("a",), kind="href", per_record={i: [Occurrence(a, "")] for i, a in enumerate(links)})


def test_a_word_an_action_verb_only_begins_is_a_name() -> None:
    assert names_its_record(_picture_links(["close-up of a comb jelly", "Play-Doh set", "a squid", "fireflies"]))
    assert not names_its_record(_picture_links(["Close tab 1", "Close tab 2", "Close tab 3", "Close tab 4"]))
