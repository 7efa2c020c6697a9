"""A one-page shop whose products the tests write, then change between crawls."""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from pathlib import Path

ORIGINS = ("Brazil", "Colombia", "Ethiopia", "Kenya")


@dataclass(frozen=True)
class Product:
    slug: str
    name: str
    price: str
    origin: str
    roasted: str


def catalogue(count: int = 20) -> list[Product]:
    return [
        Product(
            slug=f"bean-{n:02d}",
            name=f"Bean number {n:02d}",
            price=f"${10 + n * 0.5:.2f}",
            origin=ORIGINS[n % len(ORIGINS)],
            roasted=f"2026-10-{n + 1:02d}",
        )
        for n in range(count)
    ]


def with_price(products: list[Product], index: int, price: str) -> list[Product]:
    changed = list(products)
    changed[index] = replace(changed[index], price=price)
    return changed


def _article(product: Product) -> str:
    link = f"/beans/{product.slug}.html"
    return f"""
      <article class="product">
        <h3 class="product-name"><a href="{link}">{html.escape(product.name)}</a></h3>
        <div class="product-origin">Origin: {html.escape(product.origin)}</div>
        <div class="product-price">{html.escape(product.price)}</div>
        <div class="product-added">Roasted <time datetime="{product.roasted}">{product.roasted}</time></div>
      </article>"""


def write_shop(root: Path, products: list[Product]) -> None:
    """Write ``index.html`` listing ``products`` (and a page per product, so links resolve)."""
    articles = "".join(_article(p) for p in products)
    (root / "index.html").write_text(
        f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bean Shop — all beans</title></head>
<body>
  <header><a class="logo" href="/">Bean Shop</a></header>
  <main>
    <h1>All beans</h1>
    <section class="catalog">{articles}
    </section>
  </main>
  <footer><p>Bean Shop, a test site.</p></footer>
</body></html>
""",
        encoding="utf-8",
    )
    beans = root / "beans"
    beans.mkdir(exist_ok=True)
    for product in products:
        (beans / f"{product.slug}.html").write_text(
            f"<!doctype html><html><head><title>{html.escape(product.name)}</title></head>"
            f"<body><h1>{html.escape(product.name)}</h1><p>{html.escape(product.price)}</p></body></html>",
            encoding="utf-8",
        )
