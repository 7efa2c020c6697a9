"""An app shell's meta tags name the site, not its records: the survey renders the page first.

A single-page app sends an empty mount element and its scripts; the head's Open Graph tags (the
site's title and logo) are all the markup reads. Rendering shows the records (here, the JSON the
app fetches). A page whose body shows its entity keeps its markup, however rich its meta tags.
"""

from __future__ import annotations

import json
from typing import cast

from parsel import Selector

from agents.fetch import FetchedPage, Fetcher, RenderedFetch
from agents.heuristics.appshell import is_app_shell
from agents.survey import survey_page
from pipeline.core.exceptions import FetchFailed

URL = "https://careers.example/en-US/careers"
ENDPOINT = "https://careers.example/api/careers/jobs?offset=0&limit=20"
HEAD = """<head><title>Careers at Halvorsen</title>
<meta property="og:title" content="Careers at Halvorsen">
<meta property="og:image" content="/assets/logo.png">
<meta property="og:description" content="Engineering, service and business roles in six countries.">
<script>window.config = {tenant: "halvorsen"};</script>
<script src="/assets/app.min.js" defer></script></head>"""
SHELL = f"""<!doctype html><html>{HEAD}<body>
<noscript><p>JavaScript is required to use this website. Please enable it and reload the page.</p></noscript>
<div id="root"></div></body></html>"""
JOBS = [
    {"title": "Senior Data Engineer", "location": "Gdansk, Poland", "ref": "R-10238"},
    {"title": "Service Technician", "location": "Oslo, Norway", "ref": "R-10241"},
    {"title": "Product Manager", "location": "Aberdeen, United Kingdom", "ref": "R-10251"},
    {"title": "HSEQ Coordinator", "location": "Singapore", "ref": "R-10271"},
]
ROWS = "".join(f"<li><h3>{j['title']}</h3><p>{j['location']}</p><span>{j['ref']}</span></li>" for j in JOBS)
RENDERED = f"<html>{HEAD}<body><div id='root'><h2>4 jobs found</h2><ul>{ROWS}</ul></div></body></html>"
ARTICLE = f"""<!doctype html><html>{HEAD}<body><div id="root"><main><article>
<h1>Our new service hub opens in Gdansk</h1><time datetime="2026-11-20">20 November 2026</time>
<p>The hub will employ forty engineers and technicians who look after the propulsion systems of the fleet
sailing the Baltic, and it trains apprentices from the region's technical schools every autumn.</p>
</article></main></div></body></html>"""


class _Browser:
    """Fetches nothing; renders the shell into its job list, or fails when told to."""

    def __init__(self, *, fails: bool = False) -> None:
        self.fails = fails
        self.rendered: list[str] = []

    def fetch(self, url: str) -> FetchedPage:
        raise FetchFailed(f"{url}: not served here")

    def render(self, url: str) -> RenderedFetch:
        self.rendered.append(url)
        if self.fails:
            raise FetchFailed(f"Rendering {url} in Chromium failed: timeout")
        body = json.dumps({"total": len(JOBS), "jobs": JOBS}).encode()
        return RenderedFetch(
            url=url, final_url=url, status=200, headers={}, body=RENDERED.encode(), json_responses=((ENDPOINT, body),)
        )


def _page(html: str) -> FetchedPage:
    return FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=html.encode())


def test_a_shells_meta_tags_give_way_to_the_records_it_renders() -> None:
    browser = _Browser()
    profile = survey_page(_page(SHELL), cast(Fetcher, browser))
    assert browser.rendered == [URL]
    assert profile.spec.json_source is not None and profile.spec.json_source.endpoint == ENDPOINT
    assert profile.record_count == len(JOBS)
    assert profile.sample_records[0]["title"] == "Senior Data Engineer"


def test_a_shell_that_cannot_be_rendered_keeps_its_meta_tags() -> None:
    profile = survey_page(_page(SHELL), cast(Fetcher, _Browser(fails=True)))
    assert profile.spec.mode == "detail"
    assert profile.sample_records[0]["title"] == "Careers at Halvorsen"


def test_a_page_whose_body_shows_its_entity_is_not_rendered() -> None:
    browser = _Browser()
    profile = survey_page(_page(ARTICLE), cast(Fetcher, browser))
    assert browser.rendered == []
    assert profile.sample_records[0]["title"] == "Our new service hub opens in Gdansk"


def test_an_app_shell_is_an_empty_mount_and_scripts_with_no_text_of_its_own() -> None:
    assert is_app_shell(Selector(text=SHELL))
    assert is_app_shell(Selector(text="<html><body><app-root></app-root><script src='/m.js'></script></body></html>"))
    assert not is_app_shell(Selector(text=ARTICLE))  # the mount is filled
    assert not is_app_shell(Selector(text=SHELL.replace("<script", "<template").replace("</script>", "</template>")))
    assert not is_app_shell(Selector(text=SHELL.replace('<div id="root"></div>', "<p>Our open roles</p>" * 5)))


MENU = [{"id": n, "name": f"Department {n:02d}", "slug": f"department-{n:02d}", "url": f"/c/{n}"} for n in range(30)]
STATE = f'<script id="__APP_STATE__" type="application/json">{json.dumps({"navigation": MENU})}</script>'


def test_a_shell_renders_its_records_before_its_menu_tree_stands_in_for_them() -> None:
    # The app's state carries its mega-menu's tree: no record of the page, which shows once rendered.
    browser = _Browser()
    profile = survey_page(_page(SHELL.replace("</body>", STATE + "</body>")), cast(Fetcher, browser))
    assert browser.rendered == [URL]
    assert profile.sample_records[0]["title"] == "Senior Data Engineer"


def test_a_shell_that_cannot_be_rendered_still_reads_its_menu_tree() -> None:
    browser = _Browser(fails=True)
    profile = survey_page(_page(SHELL.replace("</body>", STATE + "</body>")), cast(Fetcher, browser))
    assert profile.sample_records[0]["name"] == "Department 00"
