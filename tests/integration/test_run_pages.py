"""A crawl of an onboarding run learns, in one query, when the run last asked each site for a page and
which of its pages it may reuse. Real database (SQLite and PostgreSQL), real Bronze."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event, select

from pipeline.core import runpages
from pipeline.core.bronze import store_page
from pipeline.core.db.engine import get_engine, session_scope
from pipeline.core.db.models import BronzePage, Crawl
from pipeline.core.sources import create_source
from spiders.pagecache import STORAGE, settings_for_run


def _page(url: str) -> runpages.KeptPage:
    return runpages.KeptPage(url=url, final_url=url, status=200, headers={}, body=f"<p>{url}</p>".encode())


def test_settings_for_run_reads_the_runs_pages_in_one_query(database_url: str) -> None:
    with session_scope() as session:
        source_id = create_source(session, url="http://tea.test/", name="tea").id
        for url in ("http://tea.test/", "http://tea.test/p2", "http://cdn.tea.test/list"):
            runpages.keep(session, source_id=source_id, run_id="run-1", page=_page(url))
        runpages.keep(session, source_id=source_id, run_id="run-other", page=_page("http://tea.test/other"))
        old = session.scalar(select(BronzePage).where(BronzePage.url == "http://tea.test/p2"))
        assert old is not None
        old.fetched_at -= timedelta(seconds=runpages.REUSE_WINDOW_S + 60)  # kept too long ago to stand in
        crawl = Crawl(source_id=source_id, run_id="run-1", purpose="validation", status="running")
        session.add(crawl)
        session.flush()
        for url in ("http://tea.test/", "http://tea.test/p3"):  # the first reused, the second fetched
            store_page(
                session,
                source_id=source_id,
                crawl_id=crawl.id,
                url=url,
                final_url=url,
                status=200,
                headers={},
                body=b"<p>live</p>",
            )
        pages = {p.url: p for p in session.scalars(select(BronzePage).where(BronzePage.crawl_id != crawl.id))}
        p3 = session.scalar(select(BronzePage).where(BronzePage.url == "http://tea.test/p3"))
        assert p3 is not None

    statements: list[str] = []
    engine = get_engine()
    count = lambda *args: statements.append(args[2])  # noqa: E731 - before_cursor_execute(conn, cursor, statement, …)
    event.listen(engine, "before_cursor_execute", count)
    try:
        with session_scope() as session:
            settings = settings_for_run(session, source_id=source_id, run_id="run-1")
    finally:
        event.remove(engine, "before_cursor_execute", count)

    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1, statements
    assert settings["SDP_REUSABLE_PAGES"] == {
        "http://tea.test/": pages["http://tea.test/"].id,
        "http://cdn.tea.test/list": pages["http://cdn.tea.test/list"].id,
    }
    assert (settings["HTTPCACHE_ENABLED"], settings["HTTPCACHE_STORAGE"]) == (True, STORAGE)
    # The validation crawl's own fetch of p3 is a request; its copy of a kept page is not.
    assert settings["SDP_RUN_LAST_REQUESTS"] == {
        "http://tea.test": max(pages["http://tea.test/"].fetched_at, p3.fetched_at).timestamp(),
        "http://cdn.tea.test": pages["http://cdn.tea.test/list"].fetched_at.timestamp(),
    }
