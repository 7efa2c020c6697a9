"""A product page whose JSON-LD name is worded apart from its heading, with a short description and an
unlabelled rail of six related tiles, stays a detail page: its buy box shows the page's own price."""

from __future__ import annotations

import json

from agents.scout import analyze_page


def _page() -> str:
    ld = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Sony WH-1000XM5 Wireless Noise Cancelling Over-Ear Headphones",
        "offers": {"@type": "Offer", "price": "349.00", "priceCurrency": "EUR"},
    }
    tiles = "".join(
        f'<div class="product-tile"><a href="/p/sony-item-{i}"><img src="/i/{i}.jpg" alt="item {i}">'
        f'<span class="name">Sony accessory model {i}</span></a><span class="price">€{20 + i}.99</span></div>'
        for i in range(6)
    )
    return f"""<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head><body>
<nav><a href="/">Home</a> <a href="/audio">Audio</a></nav>
<main><div class="pdp"><h1>Sony WH1000XM5 Headphones, Black</h1><div class="pdp-price">€349.00</div>
<button>Add to basket</button><div class="description"><ul><li>30 h battery</li><li>Multipoint pairing</li></ul>
</div></div><section><div class="tiles">{tiles}</div></section></main></body></html>"""


def test_product_page_with_related_tiles_stays_detail() -> None:
    profile = analyze_page(_page().encode(), "https://shop.example/p/sony-wh-1000xm5")
    assert profile.spec.mode == "detail"
    assert "url" not in [f.name for f in profile.spec.fields]
