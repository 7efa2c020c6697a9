"""Error pages served with 200 are recognised, and each failure gets its class and treatment."""

from __future__ import annotations

import pytest

from pipeline.core.classify import classify
from pipeline.core.judge import Judgement, PageSignal, page_marker

SHOP = (
    "<html><head><title>Teas</title></head><body><header><a href='/login'>Sign in</a></header>"
    + "".join(f"<div class='tea'><h2>Tea {i}</h2><p>Under maintenance? Never.</p></div>" for i in range(200))
    + "</body></html>"
)


@pytest.mark.parametrize(
    ("html", "marker"),
    [
        (
            "<html><body><form><input name=u><input type=password name=p><button>Log in</button></form></body></html>",
            "login",
        ),
        (
            "<html><head><title>Just a moment</title></head>"
            "<body><div class='cf-challenge'>Checking</div></body></html>",
            "captcha",
        ),
        ("<html><body><h1>Access denied</h1><p>Reference #18</p></body></html>", "access_denied"),
        ("<html><head><title>Down for maintenance</title></head><body><p>Back soon</p></body></html>", "maintenance"),
        (SHOP, None),
    ],
)
def test_page_markers(html: str, marker: str | None) -> None:
    assert page_marker(html.encode(), 200) == marker


def judged(*signals: PageSignal, items: int = 0, problems: tuple[str, ...] = ("no records",)) -> Judgement:
    return Judgement(
        ok=not problems, problems=list(problems), items=items, pages=len(signals), usual_items=10, signals=list(signals)
    )


STATS = {"response_received_count": 1, "downloader/response_bytes": 5000}


def test_each_failure_class_and_its_treatment() -> None:
    ok_page = PageSignal("http://s/", 200)
    assert classify(judged(ok_page, items=10, problems=()), STATS, error=None).kind == "ok"
    changed = classify(judged(ok_page), STATS, error="the crawl extracted no records")
    assert (changed.kind, changed.treatment, changed.repairable) == ("site_changed", "repair", True)
    login = classify(judged(PageSignal("http://s/", 200, marker="login")), STATS, error=None)
    assert (login.kind, login.treatment) == ("error_page", "alert")
    limited = classify(judged(PageSignal("http://s/", 429, retry_after="120")), STATS, error=None)
    assert (limited.kind, limited.treatment, limited.evidence["retry_after"]) == ("rate_limited", "backoff", "120")
    assert classify(judged(PageSignal("http://s/", 403)), STATS, error=None).kind == "blocked"
    assert classify(judged(PageSignal("http://s/", 502)), STATS, error=None).treatment == "backoff"
    assert classify(judged(), {}, error="no page could be fetched").kind == "network"
    timeout = classify(judged(ok_page), STATS, error="the crawl exceeded its 60s limit and was killed")
    assert timeout.kind == "timeout"


def test_a_missing_robots_txt_does_not_turn_an_overloaded_site_into_a_404(sdp_home: object) -> None:
    from pipeline.core.bronze import store_page
    from pipeline.core.db.engine import session_scope
    from pipeline.core.db.models import Crawl
    from pipeline.core.judge import page_signals
    from pipeline.core.sources import create_source

    with session_scope() as session:
        source = create_source(session, url="http://busy.test/", name="busy")
        crawl = Crawl(source_id=source.id, run_id="run-busy")
        session.add(crawl)
        session.flush()
        answers = [("robots.txt", 404, b"not found")] + [(f"p{n}", 503, b"<html>try later</html>") for n in (1, 2)]
        for path, status, body in answers:
            url = f"http://busy.test/{path}"
            store_page(
                session,
                source_id=source.id,
                crawl_id=crawl.id,
                url=url,
                final_url=url,
                status=status,
                headers={},
                body=body,
            )
        signals = page_signals(session, crawl.id)
    assert [signal.status for signal in signals] == [503, 503]
    verdict = classify(judged(*signals), STATS, error=None)
    assert (verdict.kind, verdict.treatment) == ("http_status", "backoff")


def test_a_rate_limited_site_is_crawled_more_slowly_until_a_run_succeeds(sdp_home: object) -> None:
    from config.settings import get_settings
    from pipeline.core.classify import apply_treatment, paced_delay
    from pipeline.core.db.engine import session_scope
    from pipeline.core.sources import create_source

    doctor = get_settings().doctor
    limited = classify(judged(PageSignal("http://slow.test/", 429)), STATS, error=None)
    ok = classify(judged(PageSignal("http://slow.test/", 200), items=10, problems=()), STATS, error=None)
    with session_scope() as session:
        source = create_source(session, url="http://slow.test/", name="slow")
        assert paced_delay(session, source.id, 1.0) == 1.0  # no history: the configured pace
        apply_treatment(session, source, limited, doctor)
        apply_treatment(session, source, limited, doctor)
        assert paced_delay(session, source.id, 1.0) == doctor.politeness_step**2  # twice as slow, twice
        apply_treatment(session, source, ok, doctor)
        assert paced_delay(session, source.id, 1.0) == 1.0
