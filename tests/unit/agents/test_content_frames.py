"""A page whose content is a same-site iframe: the Scout reads the frame's document instead.

The outer page holds a menu, a heading, a lead line and one ``<iframe src="?view=list">``; the
records are in the frame's document, whose relative links resolve against the frame's URL. A
heading and lead paragraph whose only companion is that frame are no entity of their own.
"""

from __future__ import annotations

from typing import cast

import pytest
from parsel import Selector

from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.contentframe import content_frame
from agents.scout import analyze_page
from agents.survey import surveyed
from pipeline.core.exceptions import FetchFailed

URL = "https://garden.example/plants/"
FRAME_URL = "https://garden.example/plants/?view=list"
PLANTS = ["Aster", "Bergenia", "Campanula", "Dianthus", "Echinacea", "Fuchsia"]


def _outer(frame: str = '<iframe src="?view=list" style="width:100%; height:900px; border:none"></iframe>') -> str:
    return f"""<html><head><title>Perennials</title></head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/plants/">Plants</a></li>
<li><a href="/about/">About</a></li></ul></nav>
<div id="content"><div class="row"><div class="col">
<h1 class="page-title">Perennials for a shady border</h1>
<p class="lead">The nursery's plants come back every year. Browse the list below and open a plant to read
about the soil and the light it wants.</p></div></div>
<div class="row"><div class="col">{frame}</div></div></div>
<footer><p>Garden Example nursery, since 1987</p></footer></body></html>"""


CARDS = "".join(
    f"""<div class="plant-card"><img src="/img/{name.lower()}.jpg" alt="{name}">
<h3 class="plant-name">{name}</h3><p><a href="?view=list&amp;plant={name}" class="btn">Learn more</a></p></div>"""
    for name in PLANTS
)
FRAME = f"<html><head><title>Plants</title></head><body><div class='row'>{CARDS}</div></body></html>"


class _Site:
    """Serves the frame's document; fetching anything else fails."""

    def __init__(self) -> None:
        self.fetched: list[str] = []

    def fetch(self, url: str) -> FetchedPage:
        self.fetched.append(url)
        if url != FRAME_URL:
            raise FetchFailed(f"{url}: not served here")
        return FetchedPage(url=url, final_url=url, status=200, headers={}, body=FRAME.encode())

    def render(self, url: str) -> FetchedPage:
        raise FetchFailed(f"{url}: no browser here")


def _root(html: str) -> Selector:
    return Selector(text=html, base_url=URL, type="html")


def test_the_frame_holding_the_pages_content_is_found() -> None:
    assert content_frame(_root(_outer()).root, URL) == FRAME_URL


@pytest.mark.parametrize(
    "frame",
    [
        '<iframe src="https://video.example/embed/x1" width="640" height="360"></iframe>',  # another site's widget
        '<iframe src="/track?id=3" width="1" height="1"></iframe>',  # a tracking pixel
        '<iframe src="?view=list" style="display:none"></iframe>',  # hidden
        '<iframe src="?view=list"></iframe><iframe src="?view=map"></iframe>',  # which one?
        '<iframe src="?view=list"></iframe>' + "<p>A long article beside the frame, all about shade.</p>" * 12,
    ],
)
def test_widgets_pixels_hidden_frames_and_articles_are_not_the_pages_content(frame: str) -> None:
    assert content_frame(_root(_outer(frame)).root, URL) is None


def test_a_heading_and_lead_beside_the_frame_are_no_entity() -> None:
    with pytest.raises(ValueError, match="no repeated records"):
        analyze_page(_outer(), URL)


def test_the_frames_document_is_surveyed_and_crawled_from_its_own_url() -> None:
    site = _Site()
    outer = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=_outer().encode())
    profile, shown = surveyed(outer, cast(Fetcher, site))
    assert site.fetched == [FRAME_URL]
    assert shown.final_url == FRAME_URL
    assert profile.url == FRAME_URL and profile.spec.start_url == FRAME_URL
    assert profile.spec.mode == "list" and profile.record_count == len(PLANTS)
    assert [r["title"] for r in profile.sample_records] == PLANTS[: len(profile.sample_records)]
    assert any("iframe" in note and FRAME_URL in note for note in profile.notes)


def test_an_entity_beside_a_frame_keeps_its_page() -> None:
    """A product with its price and stock beside a same-site viewer frame is the page's entity."""
    product = """<h1 class="page-title">Shade-loving perennial collection</h1>
<p class="price">$24.00</p><p class="stock">In stock</p><time datetime="2026-04-02">2 April 2026</time>"""
    html = _outer().replace('<h1 class="page-title">Perennials for a shady border</h1>', product)
    site = _Site()
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=html.encode())
    profile, shown = surveyed(page, cast(Fetcher, site))
    assert site.fetched == [] and shown is page
    assert profile.spec.mode == "detail" and profile.sample_records[0]["title"] == "Shade-loving perennial collection"


@pytest.mark.parametrize(
    ("head", "frame"),
    [
        ('<base href="http://169.254.169.254/">', '<iframe src="latest/meta-data/"></iframe>'),  # <base> elsewhere
        ("", '<iframe src="http://garden.example/plants/?view=list"></iframe>'),  # https down to http
        ("", '<iframe src="https://garden.example:6379/x"></iframe>'),  # another port
    ],
)
def test_a_frame_off_the_pages_own_site_is_never_fetched(head: str, frame: str) -> None:
    html = _outer(frame).replace("<head>", f"<head>{head}")
    site = _Site()
    page = FetchedPage(url=URL, final_url=URL, status=200, headers={}, body=html.encode())
    with pytest.raises(FetchFailed, match="no browser here"):  # it goes on to render the page itself
        surveyed(page, cast(Fetcher, site))
    assert site.fetched == []


def test_a_short_page_beside_a_same_site_player_keeps_its_own_entity() -> None:
    """A video's page: its title, text and picture, and the site's own player in a frame. The frame's
    document is one entity too (the player's title), not a list: the page's own detail is kept."""
    video_url = "https://garden.example/videos/123"
    embed_url = "https://garden.example/embed/123"
    html = """<html><head><title>Pruning roses</title></head><body>
<nav class="menu"><a href="/">Home</a><a href="/videos/">Videos</a></nav>
<div id="content"><h1 class="video-title">Pruning roses in early spring</h1>
<img src="/img/roses.jpg" alt="Roses" class="poster">
<p class="summary">Our gardener shows where to cut and why, on three kinds of rose.</p>
<iframe src="/embed/123" width="640" height="360"></iframe></div></body></html>"""
    player = """<html><head><title>Player</title></head><body><div class="player">
<h1 class="player-title">Pruning roses in early spring</h1><img src="/img/still.jpg" alt="Still">
<video src="/media/123.mp4"></video><p class="player-note">Video by Garden Example, a nursery since 1987.</p>
<p class="player-credits">Filmed in the rose garden in March; music by the nursery's band.</p></div></body></html>"""
    assert content_frame(_root(html).root, video_url) == embed_url  # the rule's frame, all the same

    class _Player(_Site):
        def fetch(self, url: str) -> FetchedPage:
            self.fetched.append(url)
            return FetchedPage(url=url, final_url=url, status=200, headers={}, body=player.encode())

    site = _Player()
    page = FetchedPage(url=video_url, final_url=video_url, status=200, headers={}, body=html.encode())
    profile, shown = surveyed(page, cast(Fetcher, site))
    assert site.fetched == [embed_url]
    assert shown is page and profile.spec.start_url == video_url
    assert profile.spec.mode == "detail" and profile.sample_records[0]["title"] == "Pruning roses in early spring"
