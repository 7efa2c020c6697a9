"""A microdata ``content`` that is a lower-case word ("descending") names how the page lists its records,
not something of each record; a currency code or a language every record shares stays."""

from __future__ import annotations

from agents.scout import analyze_page

URL = "https://clips.example/forum"
TITLES = ["Tuning a banjo", "Rust for potters", "Night buses of Lyon", "Sourdough at altitude", "Kite repair", "Moss"]


def _forum_page() -> str:
    topics = "".join(
        f"""<li class="topic" itemprop="itemListElement" itemscope itemtype="https://schema.org/DiscussionForumPosting">
<meta itemprop="itemListOrder" content="descending"><meta itemprop="inLanguage" content="en-GB">
<meta itemprop="position" content="{n + 1}">
<h3 class="topic-title"><a href="/topic/{80 + n}/{title.lower().replace(" ", "-")}">{title}</a></h3>
<span class="replies">{3 * n + 1} replies</span></li>"""
        for n, title in enumerate(TITLES)
    )
    return f"""<html><head><title>Clips forum</title></head><body><main>
<ul class="topics" itemscope itemtype="https://schema.org/ItemList">{topics}</ul></main></body></html>"""


def test_a_lower_case_word_shared_by_every_record_is_the_pages_setting() -> None:
    profile = analyze_page(_forum_page(), URL)
    selectors = " ".join(f.selector for f in profile.spec.fields)
    assert "itemListOrder" not in selectors
    assert "inLanguage" in selectors  # a language code every topic shares is still each one's
