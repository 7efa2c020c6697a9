"""One onboarding run renders a page in Chromium once: the survey's later steps (the data survey, the
endpoint pager, the rendered pager) read the page the first render built instead of starting Chromium again."""

from __future__ import annotations

import pytest

from agents.fetch import Fetcher
from agents.render import RenderedPage
from config.settings import CrawlSettings


def test_a_page_is_rendered_once_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[str] = []

    def chromium(url: str, settings: CrawlSettings) -> RenderedPage:
        started.append(url)
        return RenderedPage(url=url, final_url=url, html=f"<html><body>render {len(started)}</body></html>")

    monkeypatch.setattr("agents.fetch.render_in_browser", chromium)
    with Fetcher(CrawlSettings(download_delay_s=0), obey_robots=False) as fetcher:
        first = fetcher.render("https://shop.example/catalog/")
        again = fetcher.fetch("https://shop.example/catalog/", render=True)
        other = fetcher.render("https://shop.example/catalog/?page=2")
    assert started == ["https://shop.example/catalog/", "https://shop.example/catalog/?page=2"]
    assert again.text == first.text == "<html><body>render 1</body></html>"
    assert other.text == "<html><body>render 2</body></html>"
    with Fetcher(CrawlSettings(download_delay_s=0), obey_robots=False) as fetcher:
        fetcher.render("https://shop.example/catalog/")  # a new run renders afresh
    assert len(started) == 3
