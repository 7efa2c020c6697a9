"""A tea shop of one page whose markup the healing tests change: five teas, before and after a redesign."""

from __future__ import annotations

from pathlib import Path

BEFORE = """<!doctype html><html><head><title>Tea shop</title></head>
<body><main><ul class="teas">{items}</ul></main></body></html>"""
BEFORE_ITEM = """<li class="tea"><h2><a href="/t/{slug}.html">{name}</a></h2>
<span class="price">€{price}</span></li>"""
AFTER = """<!doctype html><html><head><title>Tea shop</title></head>
<body><main><div class="catalogue">{items}</div></main></body></html>"""
AFTER_ITEM = """<section class="product-tile"><div class="inner">
<h3 class="product-title"><a href="/t/{slug}.html">{name}</a></h3>
<p class="product-cost">€{price}</p></div></section>"""
TEAS = [
    ("Sencha", "sencha", "8.50"),
    ("Assam", "assam", "6.20"),
    ("Darjeeling", "darjeeling", "9.90"),
    ("Oolong", "oolong", "11.00"),
    ("Rooibos", "rooibos", "5.40"),
]


def write(root: Path, page: str, item: str) -> None:
    items = "\n".join(item.format(name=n, slug=s, price=p) for n, s, p in TEAS)
    (root / "index.html").write_text(page.format(items=items), encoding="utf-8")
