"""The real-page noise stress (``--noise``): each kind adds its material around a page's own markup,
which stays as it was; JSON answers, fragments and scripts are left alone; the copy is deterministic."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import pytest

from tests.bench.pagenoise import KINDS, noised, noised_copy, parse_kinds

HEAD = '<!DOCTYPE html>\n<html lang="en">\n<head><title>Shop</title></head>\n<BODY class="home">\n'
CONTENT = (
    '<main id="main-content">\n<ul class="products">\n'
    '<li><h2><a href="/item/1">Walnut Tray</a></h2><span>$12.00</span></li>\n'
    '<li><h2><a href="/item/2">Linen Apron</a></h2><span>$18.50</span></li>\n'
    "</ul>\n</main>\n"
)
TAIL = "<footer><p>Our own footer</p></footer>\n</BODY>\n</html>\n"
PAGE = HEAD + CONTENT + TAIL


def noise(kinds: str, markup: str = PAGE, page: str = "index.html") -> str:
    return noised(markup, parse_kinds(kinds), page=page, site="shop")


def scripts_of(markup: str, kind: str) -> list[str]:
    return re.findall(rf"<script type=\"application/{re.escape(kind)}\"[^>]*>(.*?)</script>", markup, re.DOTALL)


def test_kinds_are_read_from_a_comma_list_or_all() -> None:
    assert parse_kinds("chrome, related") == {"chrome", "related"}
    assert parse_kinds("all") == set(KINDS)
    with pytest.raises(ValueError, match="unknown noise kind"):
        parse_kinds("chrome,popups")


def test_chrome_adds_a_header_with_a_hidden_mega_menu_and_a_footer_with_a_cookie_dialog() -> None:
    out = noise("chrome")
    top, bottom = out.split(CONTENT)
    assert "Skip to main content" in top and 'role="search"' in top
    menu = top[top.index("<nav") : top.index("</nav>")]
    panels = re.findall(r'<div class="mega-menu__panel"[^>]*>', menu)
    assert len(panels) == 8 and all(" hidden" in p or 'style="display:none"' in p for p in panels)
    assert menu.count("<a ") >= 8 + 8 * 3 * 7  # top items and three columns of (up to) eight links each
    assert "Garden furniture" in menu and "Running shoes" in menu
    assert bottom.count('class="site-footer__heading"') == 4 and "Careers" in bottom and "Returns" in bottom
    assert "<svg" in bottom and "All rights reserved" in bottom and 'type="email"' in bottom
    dialog = bottom[bottom.index('role="dialog"') :]
    assert all(f">{label}</button>" in dialog for label in ("Accept all", "Reject all", "Settings"))
    assert out.index("Our own footer") < out.index('<footer class="site-footer"')  # at the end of the body


def test_scripts_add_an_app_state_json_ld_and_analytics_before_the_end_of_the_body() -> None:
    out = noise("scripts")
    assert out.index(CONTENT) < out.index('id="__APP_STATE__"') < out.index("</BODY>")
    (state,) = (json.loads(s) for s in scripts_of(out, "json"))
    assert len(state["navigation"]) == 30 and len(state["recentlyViewed"]) == 24
    assert len(state["translations"]) >= 55 and state["featureFlags"]
    assert {"id", "name", "price", "currency", "image", "url"} <= set(state["recentlyViewed"][0])
    types = [json.loads(s)["@type"] for s in scripts_of(out, "ld+json")]
    assert types == ["Organization", "WebSite", "BreadcrumbList"]
    assert "window.dataLayer" in out and len(re.findall(r"<script (?:async|defer) src=\"https://", out)) == 2


def test_the_app_state_takes_another_id_when_the_page_has_one() -> None:
    page = PAGE.replace("</main>", '</main><script type="application/json" id="__APP_STATE__">{}</script>')
    assert 'id="__APP_STATE_2__"' in noise("scripts", page)


def test_related_adds_eight_product_cards_after_the_main_content() -> None:
    out = noise("related")
    section = out[out.index("You may also like") : out.index("</section>")]
    assert out.index("</main>") < out.index("You may also like") < out.index("Our own footer")
    assert len(re.findall(r'<h3 class="product-card__title"><a href="/p/[a-z0-9-]+">', section)) == 8
    assert len(re.findall(r"<img ", section)) == 8 and len(re.findall(r">\$\d+\.\d\d<", section)) == 8


def test_tracking_adds_pixels_a_tag_manager_hidden_inputs_and_two_ad_slots() -> None:
    out = noise("tracking")
    top, bottom = out.split(CONTENT)
    assert "<noscript><iframe" in top and top.count('class="ad-slot"') == 1
    assert bottom.count('class="ad-slot"') == 1 and '<span class="ad-slot__label">Advertisement</span>' in bottom
    assert len(re.findall(r'<img [^>]*width="1" height="1"', bottom)) == 20
    assert len(re.findall(r'<input type="hidden"', bottom)) >= 3


@pytest.mark.parametrize("kinds", [*KINDS, "all"])
def test_the_page_is_kept_as_it_was_around_the_material(kinds: str) -> None:
    out = noise(kinds)
    assert out.startswith(HEAD) and out.endswith("</BODY>\n</html>\n")
    # Every line of the page is there, in order: material was only inserted between them.
    matcher = difflib.SequenceMatcher(None, PAGE.splitlines(), out.splitlines(), autojunk=False)
    assert {op for op, *_ in matcher.get_opcodes()} == {"equal", "insert"}
    assert out.count("Walnut Tray") == 1 and out.count("Our own footer") == 1


def test_a_document_without_a_body_tag_gets_the_material_around_its_content() -> None:
    page = "<!doctype html><html><head><title>t</title></head><ul><li>Oak Ladle</li></ul></html>"
    out = noise("all", page)
    assert out.startswith("<!doctype html><html><head><title>t</title></head>") and out.endswith("</html>")
    assert out.index("Skip to main content") < out.index("<ul><li>Oak Ladle</li></ul>") < out.index("__APP_STATE__")


def test_invented_names_never_repeat_the_sites_text() -> None:
    page = PAGE.replace("Walnut Tray", "Garden furniture")
    menu = noise("chrome", page)
    assert menu.count("Garden furniture") == 1  # the page's own, not a menu link


def test_json_fragments_and_scripts_are_copied_untouched_and_the_copy_is_deterministic(tmp_path: Path) -> None:
    site = tmp_path / "shop"
    (site / "api").mkdir(parents=True)
    files = {
        "index.html": PAGE,
        "p/2/index.html": PAGE.replace("Walnut", "Cherry"),
        "api/items@page=2": '{"items": [{"html": "<body>x</body>"}]}',
        "api/cards@offset=10": "<li>Cork Board</li>\n",  # a fragment for a "load more" script
        "js/app.js@id=5d8f": "document.body.innerHTML = '<body></body>';",
        "data.json": "[]",
    }
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")

    first = noised_copy(site, tmp_path / "one", frozenset(KINDS))
    second = noised_copy(site, tmp_path / "two", frozenset(KINDS))

    for name in ("api/items@page=2", "api/cards@offset=10", "js/app.js@id=5d8f", "data.json"):
        assert (first / name).read_text(encoding="utf-8") == files[name]
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes()
    home, other = ((first / n).read_text(encoding="utf-8") for n in ("index.html", "p/2/index.html"))
    assert home != PAGE and (site / "index.html").read_text(encoding="utf-8") == PAGE  # the original stays
    # The site's chrome is the same on every page; the page's own parts (related cards) are not.
    assert (
        home[home.index("<header") : home.index("</header>")]
        == other[other.index("<header") : other.index("</header>")]
    )
    assert home[home.index("You may also like") :][:3000] != other[other.index("You may also like") :][:3000]
