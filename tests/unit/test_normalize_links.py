"""Links are joined exactly as ``urllib.parse.urljoin`` joins them, the fast path for root-relative
links included: every href below, and thousands of generated ones, give the same URL both ways."""

from __future__ import annotations

import random
import re
from pathlib import Path
from urllib.parse import urljoin

from pipeline.core.cleantext import clean_text
from pipeline.core.normalize import normalize_value

BASES = [
    "http://shop.example/catalogue/page-2.html",
    "https://shop.example:8443/a/b/?q=1#top",
    "HTTPS://Shop.Example/",
    "http://user:pw@[::1]:8080/x",
    "https://shop.example",
]
HREFS = [
    "/item/3-7.html",
    "/item/3-7.html?ref=list",
    "/item/3-7.html#reviews",
    "/item/?",
    "/item/#",
    "//cdn.example/x.jpg",
    "/a//b",
    "/a/./b",
    "/a/../b",
    "/.well-known/x",
    "/a/b/",
    "/",
    "/a;p=1/b",
    "/caf\u00e9/cr\u00e8me",
    "/a\tb",
    " /a",
    "/a\\b",
    "item/3.html",
    "../up.html",
    "?page=2",
    "#frag",
    "https://other.example/x",
    "mailto:a@b.example",
    "/a%20b/%2e%2e/c",
]
ALPHABET = "/abc.-_~%2e;:@!$&'()*+,=?#\\ \t\u00e9"


def _generated(count: int) -> list[str]:
    rng = random.Random(20261204)
    return ["/" + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _corpus_hrefs() -> list[str]:
    root = Path(__file__).resolve().parents[1] / "sites"
    found: set[str] = set()
    for page in sorted(root.rglob("*.html"))[:400]:
        found.update(re.findall(r'href="([^"]*)"', page.read_text(errors="replace")))
    return sorted(found)


def test_every_link_joins_as_urljoin_joins_it() -> None:
    hrefs = [*HREFS, *_generated(5000), *_corpus_hrefs()]
    assert len(hrefs) > 5000
    for base in BASES:
        for href in hrefs:
            expected = urljoin(base, clean_text(href)) if clean_text(href) else None
            assert normalize_value("url", href, base_url=base) == expected, (base, href)
