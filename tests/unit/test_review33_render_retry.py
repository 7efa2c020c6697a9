"""The renderer's one retry after a Chromium crash stays inside render_timeout_s, and only a crash
(not an address that happens to hold the word "crash") is retried."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Error as PlaywrightError

import agents.render as render_module
from agents.render import RenderedPage, render
from config.settings import CrawlSettings
from pipeline.core.exceptions import FetchFailed


def test_the_retry_after_a_crash_shares_the_first_attempts_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    deadlines: list[float] = []

    def crash_then_render(url: str, settings: CrawlSettings, deadline: float) -> RenderedPage:
        deadlines.append(deadline)
        if len(deadlines) == 1:
            time.sleep(0.2)  # the first browser ran a while before it crashed
            raise PlaywrightError("Target page, context or browser has been closed")
        return RenderedPage(url=url, final_url=url, html="<html></html>")

    monkeypatch.setattr(render_module, "_render_once", crash_then_render)
    render("https://shop.example/list", CrawlSettings(render_timeout_s=5.0))
    assert len(deadlines) == 2 and deadlines[0] == deadlines[1]


def test_an_address_naming_a_crash_is_no_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def unreachable(url: str, settings: CrawlSettings, deadline: float) -> RenderedPage:
        calls.append(url)
        raise PlaywrightError(f"Page.goto: net::ERR_NAME_NOT_RESOLVED at {url}")

    monkeypatch.setattr(render_module, "_render_once", unreachable)
    with pytest.raises(FetchFailed, match="ERR_NAME_NOT_RESOLVED"):
        render("https://crashcourse.example/list", CrawlSettings(render_timeout_s=5.0))
    assert calls == ["https://crashcourse.example/list"]
