"""A product page whose JSON-LD and markup each hold part of the entity, onboarded end to end:
the generated spider reads the SKU from the JSON-LD and the struck price from the markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import serve
from tests.e2e.conftest import assert_ok, sdp
from tests.unit.agents.test_detail_merge import ARTICLE, BODY
from tests.unit.agents.test_scout_detail_prices import SHOPIFY

pytestmark = pytest.mark.slow


def _export(name: str) -> list[dict[str, Any]]:
    records = assert_ok(sdp("export", name, "--format", "json")).json()
    assert isinstance(records, list)
    return records


def test_a_shopify_product_is_crawled_from_its_json_ld_and_its_markup(tmp_path: Path) -> None:
    (tmp_path / "products").mkdir()
    (tmp_path / "products" / "linen-shirt.html").write_text(SHOPIFY, encoding="utf-8")
    for site in serve(tmp_path):
        added = assert_ok(sdp("add", site.page("products/linen-shirt.html"), "--name", "shirt"))
        assert "✓ crawl" in added.out
        [record] = _export("shirt")
        data = record["data"]
        assert data["sku"] == "FH-LS-01"  # JSON-LD only
        assert data["price"] == {"amount": 79.0, "currency": "USD"}
        assert data["original_price"] == {"amount": 99.0, "currency": "USD"}  # markup only
        code = assert_ok(sdp("show", "shirt", "--code")).out
        assert "application/ld+json" in code  # the spider reads the scripts itself


def test_a_news_article_keeps_its_body_and_its_json_ld_section(tmp_path: Path) -> None:
    (tmp_path / "article.html").write_text(ARTICLE, encoding="utf-8")
    for site in serve(tmp_path):
        assert_ok(sdp("add", site.page("article.html"), "--name", "gazette"))
        [record] = _export("gazette")
        data = record["data"]
        assert data["text"] == BODY
        assert data["article_section"] == "Local politics"
        assert data["date_modified"] == "2026-11-21T08:05:00+00:00"
