"""Detail pages whose title sits in a block named "header", or in a wrapper of its own."""

from __future__ import annotations

from lxml import html

from agents.heuristics.besideheading import beside_heading
from agents.heuristics.detailheading import main_heading
from agents.heuristics.dom import build_index
from agents.heuristics.shownnames import shown_title
from tests.unit.agents.conftest import spec_and_records

_QUESTION = """<html><head><title>Rolling mean per group - Stack Overflow</title>
<meta itemprop="name" content="Rolling mean per group"></head><body>
<header class="s-topbar"><a href="/">Stack Overflow</a></header>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<div id="question-header"><h1 itemprop="name"><a href="/questions/1/rolling">Rolling mean per group</a></h1></div>
<div class="post"><div class="js-vote-count" itemprop="upvoteCount">27</div>
<div class="s-prose" itemprop="text"><p>I want a rolling mean computed separately for every sensor,
and the first rows of each group come out empty.</p></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a href="/users/1/marta">Marta Kowalczyk</a><span class="d-none" itemprop="name">Marta Kowalczyk</span></div>
</div></div></div></body></html>"""


def test_an_h1_in_a_header_block_of_the_main_content_is_the_title() -> None:
    spec, records = spec_and_records(_QUESTION, "https://example.com/questions/1/rolling")
    assert spec.mode == "detail"
    assert records[0]["title"] == "Rolling mean per group"
    assert "author" in records[0]  # the asker's card, though the item owns it through a nested Person


def test_head_meta_is_no_heading_and_the_header_block_of_the_content_holds_it() -> None:
    heading = main_heading(build_index(html.fromstring(_QUESTION)))
    assert heading is not None and heading.tag == "h1"


_JOB = """<html><head><title>Senior Data Engineer - London SE1 - Jobs</title></head><body><main>
<div><div class="title-container"><h1><span>Senior Data Engineer</span>
<span class="css-jxzhbo"> - job post</span></h1></div>
<div class="css-8xgmp9"><div data-testid="inlineHeader-companyName">
<span><a href="/cmp/thameslink">Thameslink Analytics</a></span></div>
<div data-testid="inlineHeader-companyLocation"><div>London SE1</div></div>
<div data-testid="inlineHeader-workplace">Hybrid work</div></div></div></main></body></html>"""


def test_a_screen_reader_suffix_of_the_heading_is_no_part_of_the_title() -> None:
    root = html.fromstring(_JOB)
    heading = root.xpath("//h1")[0]
    assert shown_title(heading, root).text_content() == "Senior Data Engineer"


def test_values_beside_the_heading_wrapper_named_by_test_ids() -> None:
    root = html.fromstring(_JOB)
    beside = {name: el.text_content().strip() for name, el in beside_heading(root.xpath("//h1")[0], set())}
    assert "Thameslink Analytics" in beside.values()
    assert "Hybrid work" in beside.values()
