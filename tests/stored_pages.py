"""Sources whose pages sit in Bronze as a crawl leaves them: for replay tests and the data-layer bench.

The bench imports this lazily (inside its functions): replay's worker processes import the bench
module again, and should not pay for the product's imports twice.
"""

from __future__ import annotations

from collections.abc import Iterable

from agents.codegen import render_spider
from pipeline.core import registry
from pipeline.core.bronze import store_page
from pipeline.core.crawls import open_crawl
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ScraperVersion, Source
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.sources import create_source

#: A list page of cards: title and link share a selector, as the Scout often proposes.
LISTING_SPEC = ScraperSpec(
    start_url="http://replay.test/",
    record_selector=".listing",
    fields=(
        FieldSpec(name="title", selector=".listing-title a"),
        FieldSpec(name="url", type="url", selector=".listing-title a", attribute="href"),
        FieldSpec(name="price", type="price", selector=".listing-price"),
        FieldSpec(name="summary", selector=".listing-summary"),
    ),
    key_fields=("url",),
)


def listing_page(page: int, records: int = 20) -> bytes:
    """List page ``page`` of a generated shop: ``records`` cards with distinct links."""
    cards = "".join(
        f'<div class="listing"><h2 class="listing-title"><a href="/item/{page}-{i}.html">Item {page}-{i}</a></h2>'
        f'<span class="listing-price">€{page}.{i:02d}</span><p class="listing-summary">Summary of item {page}-{i} '
        f"with enough words to look like a description.</p></div>"
        for i in range(records)
    )
    return f"<html><body><main>{cards}</main></body></html>".encode()


def add_source(name: str, spec: ScraperSpec, *, actor: str = "test") -> tuple[int, int]:
    """A source whose version 1 (rendered from ``spec``) is in production: (source id, version id)."""
    with session_scope() as session:
        source = create_source(session, url=spec.start_url, name=name)
        code = render_spider(name, spec)
        version = registry.add_version(session, source, code=code, spec=spec, actor=actor, reason=actor)
        registry.promote(session, version, actor=actor)
        return source.id, version.id


def open_run(source_id: int, version_id: int, run_id: str) -> int:
    """A crawl of the source's version, as the pages' owner: its id."""
    with session_scope() as session:
        source, version = session.get(Source, source_id), session.get(ScraperVersion, version_id)
        assert source is not None and version is not None
        return open_crawl(session, source, version, run_id=run_id).id


def store_pages(source_id: int, crawl_id: int, pages: Iterable[tuple[str, bytes]]) -> list[int]:
    """Store ``(url, body)`` pages through ``store_page``, one transaction each as a crawl does: page ids."""
    ids = []
    for url, body in pages:
        with session_scope() as session:
            page = store_page(
                session,
                source_id=source_id,
                crawl_id=crawl_id,
                url=url,
                final_url=url,
                status=200,
                headers={"content-type": ["text/html"]},
                body=body,
            )
            ids.append(page.id)
    return ids
