"""Survey the document of the iframe that is a page's whole content (``contentframe``).

The records are the frame's: its document is fetched and surveyed as the page itself, and the
crawl starts from its URL, so that its relative links resolve as the browser resolves them.
"""

from __future__ import annotations

from collections.abc import Callable

from parsel import Selector

from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.contentframe import CHROME_TYPES, content_frame
from agents.scout import analyze_page
from pipeline.core.exceptions import ConfigurationError, FetchFailed, NoRecordsFound
from pipeline.core.extract import page_base_url
from pipeline.core.schemas import PageProfile
from pipeline.core.urls import on_same_site

#: Frames inside frames followed, at most.
MAX_FRAME_DEPTH = 2

Surveyed = tuple[PageProfile, FetchedPage]


def says_only_chrome(profile: PageProfile) -> bool:
    """A detail profile reading nothing but a heading, a text and a picture: maybe the chrome
    around a frame; a price, a date or a rating beside them make an entity of the page's own."""
    return profile.spec.mode == "detail" and all(f.type in CHROME_TYPES for f in profile.spec.fields)


def framed_profile(page: FetchedPage, fetcher: Fetcher, survey: Callable[[FetchedPage], Surveyed]) -> Surveyed | None:
    """The profile of the document in ``page``'s content frame and that document, or None when
    the page has no such frame or its document holds nothing to extract."""
    html = Selector(text=page.text, base_url=page.final_url, type="html")
    frame_url = content_frame(html.root, page_base_url(html, page.final_url))
    if frame_url is None or not on_same_site(frame_url, page.final_url):
        return None  # the page's <base href> may point anywhere: the frame must be the page's own site
    try:
        profile, shown = survey(fetcher.fetch(frame_url))
    except (FetchFailed, NoRecordsFound, ConfigurationError):
        return None
    note = (
        f"the page's content is an iframe: its document {shown.final_url} was read instead, and the crawl "
        f"starts there (its links resolve against it), not at {page.url}"
    )
    update = {"url": shown.url, "final_url": shown.final_url, "notes": (note, *profile.notes)}
    return profile.model_copy(update=update), shown


def beside_frame(page: FetchedPage) -> PageProfile | None:
    """The page's own entity (a heading, a text, a picture) read beside its content frame, or None."""
    try:
        return analyze_page(page.text, page.final_url, frames=False)
    except ValueError:
        return None
