"""Pay ranges, captioned lists, split label spans and prose lines on a detail page.

A job's "£45,000 – £55,000 a year" is a salary kept whole, never a price of its lower bound; a
section's small print is no value of its own; "Dispatches from: " + "United Kingdom" in two spans
is a pair; "Work location: Hybrid" inside a job ad's text is text, not a fact.
"""

from __future__ import annotations

import lxml.html

from agents.heuristics.detailprices import find_prices
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.pairs import label_value_pairs
from agents.heuristics.payranges import is_pay_range
from agents.heuristics.prosebody import in_prose_body


def _root(html: str) -> HtmlElement:
    return lxml.html.fromstring(f"<html><body><main>{html}</main></body></html>").find(".//main")


def _pairs(html: str) -> dict[str, str]:
    return {label.rstrip(": "): full_text(value) for label, value in label_value_pairs(_root(html), set())}


JOB_HEADER = """<h1>Senior Data Engineer</h1>
<div><div>Thameslink Analytics Ltd</div><div>London SE1</div>
<div id="salaryInfoAndJobType"><span>£45,000 – £55,000 a year</span><span> - Full-time</span></div></div>"""


def test_pay_range_is_told_from_a_price_range() -> None:
    assert is_pay_range("£45,000 – £55,000 a year")
    assert is_pay_range("$25–$30 an hour")
    assert not is_pay_range("£42.00 – £45.00")
    assert not is_pay_range("£120 – £180 a night")


def test_pay_range_is_no_price() -> None:
    assert find_prices(_root(JOB_HEADER), set()).price is None


def test_unlabelled_pay_range_is_the_salary_as_written() -> None:
    assert _pairs(JOB_HEADER)["Salary"] == "£45,000 – £55,000 a year"


def test_shop_price_range_is_still_a_price() -> None:
    prices = find_prices(_root('<h1>Mug</h1><p class="price"><span>£42.00</span> – <span>£45.00</span></p>'), set())
    assert prices.price is not None and full_text(prices.price[0]) == "£42.00"


BENEFITS = """<div id="benefits"><h2>Benefits</h2><div>Pulled from the full job description</div>
<div><ul><li>Company pension</li><li>Cycle to work scheme</li><li>Flexitime</li></ul></div></div>"""


def test_small_print_under_a_heading_captions_the_list() -> None:
    pairs = label_value_pairs(_root(BENEFITS), set())
    assert [label for label, _ in pairs] == ["Benefits"]
    value = pairs[0][1]
    assert [full_text(li) for li in value.iter("li")] == ["Company pension", "Cycle to work scheme", "Flexitime"]


DELIVERY = """<div><h2>Delivery and return policies</h2><div class="grid">
<div><p>Returns &amp; exchanges not accepted</p></div>
<div><p>Cost to deliver: <span class="currency-value">Free</span></p></div>
<div><div><span>Dispatches from: </span><span>United Kingdom</span></div></div></div></div>"""


def test_label_span_then_value_span_is_a_pair() -> None:
    pairs = _pairs(DELIVERY)
    assert pairs["Dispatches from"] == "United Kingdom"
    assert pairs["Cost to deliver"] == "Free"
    assert "Delivery and return policies" not in pairs  # a block of facts, not one value


JOB_TEXT = """<div id="details"><ul><li>Job type: Full-time</li><li>Contract: Permanent</li></ul></div>
<div id="description"><div>
<p><b>About us</b></p>
<p>Thameslink Analytics builds the data platform behind fare and timetable reporting for rail operators.</p>
<p>As a Senior Data Engineer you will own our batch and streaming pipelines from ingestion to the models.</p>
<ul><li>Strong Python and SQL</li><li>Nice to have: Terraform, streaming</li></ul>
<p>Work Location: Hybrid remote in London SE1</p>
<p>Application deadline: 31/03/2025</p>
</div></div>"""


def test_label_lines_of_a_description_are_text_not_facts() -> None:
    pairs = _pairs(JOB_TEXT)
    assert pairs == {"Job type": "Job type: Full-time", "Contract": "Contract: Permanent"}


def test_prose_body_is_told_by_its_paragraphs() -> None:
    root = _root(JOB_TEXT)
    fact = root.xpath(".//li[contains(., 'Job type')]")[0]
    line = root.xpath(".//p[contains(., 'Work Location')]")[0]
    assert not in_prose_body(fact, root)
    assert in_prose_body(line, root)
