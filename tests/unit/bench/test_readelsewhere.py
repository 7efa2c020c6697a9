"""Where an expected value sits when the spec's field reads another value in the title's record
(``readelsewhere``), and the report line counting those kinds apart while the stage line keeps them together."""

from __future__ import annotations

from lxml.html import HtmlElement, fromstring

from pipeline.core.fieldspec import FieldSpec
from tests.bench.dropshape import ANOTHER_VALUE, describe, describe_elsewhere
from tests.bench.readelsewhere import read_elements, where_instead

CARDS = fromstring(
    "<html><body><ul>"
    + "".join(
        f'<li class="card"><h3>Lamp {n}</h3><p class="meta"><span class="city">Town {n}</span>'
        f'<span class="date">Day {n}</span></p><b class="badge">Tag {n}</b><p class="line">Made in Town {n}</p></li>'
        for n in range(1, 4)
    )
    + '<li class="card featured"><h3>Lamp 4</h3><div class="other"><i>Town 4</i></div>'
    + '<p class="meta"><span class="city">Promo</span></p></li>'
    + "</ul></body></html>"
)
RECORDS = [[e] for e in CARDS.cssselect("li.card")]


def fold(text: str) -> str:
    return " ".join(text.lower().split())


def _one(record: int, css: str) -> HtmlElement:
    found: list[HtmlElement] = RECORDS[record][0].cssselect(css)
    return found[0]


def kind(record: int, read: str, holder: str, value: str) -> str:
    parts = RECORDS[record]
    reads = read_elements(parts, [FieldSpec(name="f", selector=read)])
    return where_instead(parts, RECORDS, reads, [_one(record, holder)], [fold(value)], fold)


def test_a_sibling_of_the_read_element() -> None:
    assert kind(0, "span.date", "span.city", "Town 1") == "a sibling of the read element"


def test_another_slot_of_the_record() -> None:
    assert kind(1, "span.date", "b.badge", "Tag 2") == "a different slot"


def test_the_value_inside_a_longer_read_text() -> None:
    assert kind(2, "p.line", "span.city", "Town 3") == "value within the read text"


def test_the_value_s_own_element_read_otherwise() -> None:
    assert kind(0, "span.city", "span.city", "Town 1 (North)") == "the value's own element, read otherwise"


def test_the_value_in_a_container_read_whole() -> None:
    assert kind(1, "p.meta", "span.city", "Town 2") == "a part of the read element"


def test_a_record_of_another_template() -> None:
    assert kind(3, "span.city", "i", "Town 4") == "another record template"


def test_no_read_element_found() -> None:
    assert kind(0, "span.nothing", "span.city", "Town 1") == "read element not found"


def test_the_stage_line_sums_the_kinds_and_the_new_line_splits_them() -> None:
    shape = {
        f"{ANOTHER_VALUE}: a sibling of the read element": 2,
        f"{ANOTHER_VALUE}: another record template": 1,
        "never a slot": 1,
    }
    assert describe(shape) == f"4 fields: {ANOTHER_VALUE} 3, never a slot 1"
    assert describe_elsewhere(shape) == (
        "3 fields: the value's own element, read otherwise 0, a part of the read element 0,"
        " value within the read text 0, another record template 1, a sibling of the read element 2,"
        " a different slot 0, read element not found 0"
    )
    assert describe_elsewhere({"never a slot": 1}) == "no field reading another value there"
