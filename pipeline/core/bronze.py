"""Bronze: every fetched response, byte for byte, content-addressed and compressed."""

from __future__ import annotations

import hashlib
import zlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.core.db.models import BronzeBlob, BronzePage
from pipeline.core.exceptions import PipelineError
from pipeline.core.normalize import utcnow


class CorruptBlob(PipelineError):
    code = "bronze:corrupt"


def store_page(
    session: Session,
    *,
    source_id: int,
    crawl_id: int,
    url: str,
    final_url: str,
    status: int,
    headers: dict[str, Any],
    body: bytes,
) -> BronzePage:
    """Upsert the page of ``(crawl_id, url)``; identical bodies share one blob."""
    digest = hashlib.sha256(body).hexdigest()
    if session.get(BronzeBlob, digest) is None:
        session.add(BronzeBlob(sha256=digest, size=len(body), compression="zlib", data=zlib.compress(body, 6)))
    page = session.scalar(select(BronzePage).where(BronzePage.crawl_id == crawl_id, BronzePage.url == url))
    if page is None:
        page = BronzePage(source_id=source_id, crawl_id=crawl_id, url=url)
        session.add(page)
    page.final_url = final_url
    page.status = status
    page.headers = headers
    page.body_sha256 = digest
    page.fetched_at = utcnow()
    session.flush()
    return page


def read_body(session: Session, page: BronzePage) -> bytes:
    """The exact bytes received; a blob whose hash no longer matches is reported, never parsed."""
    blob = session.get(BronzeBlob, page.body_sha256)
    if blob is None:
        raise CorruptBlob(f"Bronze page {page.id} ({page.url}) has no stored body {page.body_sha256}.")
    body = zlib.decompress(blob.data) if blob.compression == "zlib" else blob.data
    if hashlib.sha256(body).hexdigest() != blob.sha256:
        raise CorruptBlob(f"Bronze blob {blob.sha256} of page {page.id} ({page.url}) fails its hash check.")
    return body
