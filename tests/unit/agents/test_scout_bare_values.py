"""Bare values after icons (issue #3): "<svg/> 4.38M" in a line of several values that no element
owns. The Scout anchors such a value on the icon before it (``FieldSpec.tail``) and the engine reads
the icon's tail, without the separators around it."""

from __future__ import annotations

import pytest
from parsel import Selector
from pydantic import ValidationError

from pipeline.core.extract import extract_field
from pipeline.core.schemas import FieldSpec
from tests.unit.agents.conftest import spec_and_records

URL = "https://models.example/models"
MODELS = [
    ("acme/Large-1", "Text Generation", "4.38M", 4_380_000, "12.1k", 12_100),
    ("acme/Small-2", "Image Classification", "5.24M", 5_240_000, "3410", 3_410),
    ("zeta/Vision-3", "Object Detection", "1.72M", 1_720_000, "880", 880),
    ("zeta/Voice-4", "Speech Recognition", "3.95M", 3_950_000, "2.4k", 2_400),
    ("nova/Coder-5", "Text Generation", "611k", 611_000, "1.1k", 1_100),
]
DOWNLOAD = '<svg class="flex-none w-3 mr-0.5" viewBox="0 0 32 32"><path d="M26 24v4H6v-4H4v4"></path></svg>'
HEART = '<svg class="flex-none w-3 mr-1" viewBox="0 0 32 32"><path d="M22.45 6a5.47 5.47"></path></svg>'


def _card(name: str, task: str, downloads: str, likes: str) -> str:
    return (
        f'<article class="card"><a class="block" href="/{name}"><h4 class="name">{name}</h4>'
        f'<div class="meta"><span class="truncate">{task}</span>\n<span class="sep">• </span>'
        f'{DOWNLOAD}\n\t\t{downloads}\n<span class="sep">• </span>{HEART}\n\t\t{likes}\n</div></a></article>'
    )


def test_the_engine_reads_the_bare_text_after_an_element() -> None:
    line = Selector(text=f'<div class="meta"><span>Text</span> • {DOWNLOAD} 4.38M • {HEART} 12.1k |</div>')
    meta = line.css("div.meta")[0]
    likes = FieldSpec(name="likes", type="number", selector="svg:nth-of-type(2)", tail=True)
    assert extract_field(meta, likes, "") == 12_100  # the separators around the value are left out
    downloads = FieldSpec(name="downloads", type="text", selector="svg:nth-of-type(1)", tail=True)
    assert extract_field(meta, downloads, "") == "4.38M"
    nothing = FieldSpec(name="task", type="text", selector="span", tail=True)
    assert extract_field(meta, nothing, "") is None  # "•" alone is no value


def test_values_after_icons_in_a_line_nobody_owns_are_fields() -> None:
    body = "".join(_card(name, task, dl, likes) for name, task, dl, _, likes, _ in MODELS)
    page = f'<html><head><title>Models</title></head><body><main><div class="grid">{body}</div></main></body></html>'
    spec, records = spec_and_records(page, URL)
    tails = [f for f in spec.fields if f.tail]
    assert len(tails) == 2
    columns = {f.name: [r[f.name] for r in records] for f in tails}
    assert sorted(columns.values()) == sorted([[m[3] for m in MODELS], [m[5] for m in MODELS]])
    assert [r["title"] for r in records] == [m[0] for m in MODELS]


def test_a_tail_needs_an_element_of_the_record_to_follow() -> None:
    with pytest.raises(ValidationError, match="tail reads the text after the element"):
        FieldSpec(name="after_record", selector="", tail=True)  # would read past the record's end
    with pytest.raises(ValidationError, match="no attribute"):
        FieldSpec(name="both", selector="svg", attribute="title", tail=True)
