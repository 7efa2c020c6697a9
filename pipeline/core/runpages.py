"""Pages an onboarding run has fetched, kept in Bronze and reused by the run's later steps.

Onboarding reads a site's first pages up to four times: the Scout, the Builder's sample pages, the
validation crawl and the first extraction. At the default politeness of one request per second
per site, those repeats were most of the time ``sdp add`` took. Every page the Scout and the
Builder fetch is kept in Bronze under the run's own crawl (purpose ``onboarding``), and the later
steps of the same run take a page from there instead of asking the site again, as long as it was
fetched within ``REUSE_WINDOW_S``: seconds old, it is as live as the command the user just typed.
Scheduled crawls never reuse anything; each of their pages is fetched anew.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from pipeline.core.bronze import read_body, store_page
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import BronzePage, Crawl
from pipeline.core.urls import origin_of

#: The purpose of the crawl row that holds an onboarding run's own fetches.
ONBOARDING = "onboarding"
#: How old a kept page may be and still stand for the live one.
REUSE_WINDOW_S = 900
#: Headers that describe the bytes on the wire, not the decoded body that is kept.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


@dataclass(frozen=True)
class KeptPage:
    """One response as a later step needs it: the decoded body and the headers that still apply."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes


def keep(session: Session, *, source_id: int, run_id: str, page: KeptPage) -> None:
    """Store ``page`` in Bronze under the run's onboarding crawl (created on first use)."""
    crawl = _onboarding_crawl(session, source_id, run_id)
    store_page(
        session,
        source_id=source_id,
        crawl_id=crawl.id,
        url=page.url,
        final_url=page.final_url,
        status=page.status,
        headers={k: v for k, v in page.headers.items() if k.lower() not in _WIRE_HEADERS},
        body=page.body,
    )
    crawl.pages = session.scalar(select(func.count()).where(BronzePage.crawl_id == crawl.id)) or 0
    crawl.finished_at = utcnow()


def _kept_within_window(source_id: int, run_id: str) -> Select[str, int]:
    since = utcnow() - timedelta(seconds=REUSE_WINDOW_S)
    return (
        select(BronzePage.url, BronzePage.id)
        .join(Crawl, Crawl.id == BronzePage.crawl_id)
        .where(
            Crawl.source_id == source_id,
            Crawl.run_id == run_id,
            Crawl.purpose == ONBOARDING,
            BronzePage.fetched_at >= since,
        )
        .order_by(BronzePage.id)
    )


def find(session: Session, *, source_id: int, run_id: str, url: str) -> KeptPage | None:
    """The kept page of ``url`` if the run fetched it within the reuse window."""
    ids = session.scalars(
        _kept_within_window(source_id, run_id).where(BronzePage.url == url).with_only_columns(BronzePage.id)
    ).all()
    return load(session, ids[-1]) if ids else None


@dataclass(frozen=True)
class RunFetches:
    """What the earlier steps of a run fetched, as a later crawl of the run needs it."""

    #: Origin (``scheme://host:port``) → when the run last asked it for a page.
    last_requests: dict[str, datetime]
    #: URL → Bronze page id of every page the run kept within the reuse window (the latest per URL).
    reusable: dict[str, int]


def run_fetches(session: Session, *, source_id: int, run_id: str) -> RunFetches:
    """The run's last request per origin and its reusable pages, read in one query."""
    since = utcnow() - timedelta(seconds=REUSE_WINDOW_S)
    rows = session.execute(
        select(BronzePage.id, BronzePage.url, BronzePage.fetched_at, Crawl.purpose)
        .join(Crawl, Crawl.id == BronzePage.crawl_id)
        .where(Crawl.source_id == source_id, Crawl.run_id == run_id)
        .order_by(BronzePage.id)
    ).all()
    kept = {url for _, url, _, purpose in rows if purpose == ONBOARDING}
    latest: dict[str, datetime] = {}
    reusable: dict[str, int] = {}
    for page_id, url, at, purpose in rows:
        if purpose == ONBOARDING or url not in kept:  # a page a crawl took from the run's own is no request
            origin = origin_of(url)
            latest[origin] = max(at, latest.get(origin, at))
        if purpose == ONBOARDING and at >= since:
            reusable[url] = page_id
    return RunFetches(latest, reusable)


def last_requests(session: Session, *, source_id: int, run_id: str) -> dict[str, datetime]:
    """Origin (``scheme://host:port``) → when the run last asked it for a page, in any of its steps.

    The steps of a run are separate Fetchers and crawl processes, on one host or several; each
    waits for this moment plus the source's delay before its first request, so a site sees one
    request per delay across the whole run. A page a crawl took from the run's own is no request.
    """
    return run_fetches(session, source_id=source_id, run_id=run_id).last_requests


def load(session: Session, page_id: int) -> KeptPage | None:
    """The kept page ``page_id`` with its body (verified by Bronze: a corrupt blob raises)."""
    page = session.get(BronzePage, page_id)
    if page is None:
        return None
    return KeptPage(
        url=page.url,
        final_url=page.final_url,
        status=page.status,
        headers=_flat_headers(page.headers),
        body=read_body(session, page),
    )


def _flat_headers(headers: dict[str, Any]) -> dict[str, str]:
    """Bronze keeps a header as given (a list of values from Scrapy, a string from httpx)."""
    return {key: ", ".join(value) if isinstance(value, list) else str(value) for key, value in headers.items()}


def _onboarding_crawl(session: Session, source_id: int, run_id: str) -> Crawl:
    crawl = session.scalar(
        select(Crawl).where(Crawl.source_id == source_id, Crawl.run_id == run_id, Crawl.purpose == ONBOARDING)
    )
    if crawl is None:
        # Not a crawl of any scraper version: it holds what the Scout and Builder fetched.
        crawl = Crawl(source_id=source_id, version_id=None, run_id=run_id, purpose=ONBOARDING, status="succeeded")
        session.add(crawl)
        session.flush()
    return crawl
