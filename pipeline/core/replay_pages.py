"""Which stored pages a replay re-parses, and their verified bodies, a batch of blobs at a time."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.core.bronze import CorruptBlob, read_bodies
from pipeline.core.db.models import BronzePage
from pipeline.core.replay_parse import PageBody

#: Pages whose blobs are loaded with one query.
PAGES_PER_BATCH = 100


class StoredPage(NamedTuple):
    """The columns of a Bronze page that replay and lineage need (rows, not ORM objects: lighter)."""

    id: int
    url: str
    final_url: str
    crawl_id: int
    fetched_at: datetime
    body_sha256: str


_COLUMNS = select(
    BronzePage.id,
    BronzePage.url,
    BronzePage.final_url,
    BronzePage.crawl_id,
    BronzePage.fetched_at,
    BronzePage.body_sha256,
)


def latest_pages(session: Session, source_id: int, since: datetime | None) -> list[StoredPage]:
    """The pages that speak for a source, newest first: the latest good fetch of each URL."""
    query = _COLUMNS.where(BronzePage.source_id == source_id, BronzePage.status < 400)
    if since is not None:
        query = query.where(BronzePage.fetched_at >= since)
    latest: dict[str, StoredPage] = {}
    for row in session.execute(query.order_by(BronzePage.id.desc())):
        page = StoredPage._make(row)
        latest.setdefault(page.url, page)  # only the latest fetch of each URL speaks for it
    return list(latest.values())


def bodies(session: Session, pages: Sequence[StoredPage], unreadable: list[str]) -> Iterator[PageBody]:
    """The verified bodies of ``pages``, in order; a page failing its checks goes to ``unreadable``, unparsed."""
    for start in range(0, len(pages), PAGES_PER_BATCH):
        for page, body in read_bodies(session, pages[start : start + PAGES_PER_BATCH]):
            if isinstance(body, CorruptBlob):
                unreadable.append(str(body))
            else:
                yield PageBody(page.id, page.final_url, body)
