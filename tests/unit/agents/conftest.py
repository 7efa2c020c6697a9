"""Shared helpers for the Scout tests: load fixtures, profile them, check values against the page."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urljoin

import pytest

from agents.scout import analyze_page
from pipeline.core.cleantext import clean_text, join_texts
from pipeline.core.extract import extract_records, make_selector
from pipeline.core.inlineseams import glued_texts
from pipeline.core.normalize import normalize_value
from pipeline.core.schemas import PageProfile, ScraperSpec

SITES = Path(__file__).resolve().parents[2] / "sites" / "scout"
CHEESE_SITE = Path("/work/shared/checks/site/index.html")
#: Nine product names for list cards (all distinct, none a price or a date).
PRODUCT_NAMES = [
    "Copper Kettle",
    "Walnut Tray",
    "Linen Apron",
    "Stoneware Mug",
    "Oak Ladle",
    "Wool Throw",
    "Glass Carafe",
    "Cast Iron Pan",
    "Bamboo Board",
]


def load(name: str) -> bytes:
    return (SITES / name).read_bytes()


@pytest.fixture
def profile_of() -> Callable[[str, str], PageProfile]:
    """Profile a fixture page as if it had been fetched from ``url``."""

    def run(name: str, url: str) -> PageProfile:
        return analyze_page(load(name), url)

    return run


def spec_and_records(html: str, url: str) -> tuple[ScraperSpec, list[dict[str, object]]]:
    """The Scout's spec for ``html`` fetched from ``url``, and the records it extracts there."""
    profile = analyze_page(html, url)
    return profile.spec, [dict(r) for r in extract_records(html, url, profile.spec)]


def list_page(cards: str, wrapper: str = '<main><div class="results">{}</div></main>') -> str:
    """A small list page: a site header with its home link, then ``cards`` inside ``wrapper``."""
    return (
        '<html lang="en"><head><title>List</title></head><body><header class="site"><a href="/">Home</a></header>'
        f"{wrapper.format(cards)}</body></html>"
    )


def raw_records(body: bytes | str, url: str, spec: ScraperSpec) -> list[dict[str, object]]:
    """The records as raw text: every field read as ``text``, so nothing is normalised away."""
    fields = tuple(f.model_copy(update={"type": "text"}) for f in spec.fields)
    return [dict(r) for r in extract_records(body, url, spec.model_copy(update={"fields": fields}))]


def page_strings(body: bytes | str, url: str) -> tuple[str, set[str]]:
    """The page's visible text (whitespace-normalised) and every attribute value, raw and absolute."""
    root = make_selector(body, url).root  # decoded exactly as the extraction engine decodes it
    # text nodes meet as the engine joins them ("$" "32.00"; "650ft" "2" of a raised "<sup>2</sup>")
    text = join_texts(glued_texts(root.xpath("//text()")))
    attributes: set[str] = set()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for value in element.attrib.values():
            attributes.add(clean_text(value))
            attributes.add(urljoin(url, value.strip()))
    return text, attributes


def assert_values_come_from_page(body: bytes | str, url: str, profile: PageProfile) -> None:
    """Every proposed value exists in the page: no invented values (the scrapeghost check)."""
    text, attributes = page_strings(body, url)
    for record in raw_records(body, url, profile.spec):
        for name, value in record.items():
            for item in value if isinstance(value, list) else [value]:
                if item is None:
                    continue
                assert isinstance(item, str)
                found = item in text or item in attributes or any(item in a for a in attributes)
                assert found, f"{name}={item!r} does not occur in the page"
    # The normalised samples are the engine's output for the proposed spec.
    assert list(profile.sample_records) == extract_records(body, url, profile.spec)[: len(profile.sample_records)]


def rating_from_class(raw: str) -> object:
    """What the engine makes of a ``star-rating Three`` class: 3.0 once it reads rating words,
    the class text until then (the Scout keeps it as text rather than lose it to None)."""
    value = normalize_value("rating", raw, base_url="")
    return value if value is not None else raw


@pytest.fixture
def rating_of_class() -> Callable[[str], object]:
    return rating_from_class


def numbers_in(text: str) -> set[float]:
    return {float(n.replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)?", text)}


@pytest.fixture
def page_body() -> Callable[[str], bytes]:
    return load


@pytest.fixture
def values_from_page() -> Callable[[bytes | str, str, PageProfile], None]:
    return assert_values_come_from_page


@pytest.fixture
def raw() -> Callable[[bytes | str, str, ScraperSpec], list[dict[str, object]]]:
    return raw_records
