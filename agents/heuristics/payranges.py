"""A pay range: "£45,000 – £55,000 a year", "$25–$30 an hour".

Two amounts and the period they are paid for say what a job pays, not what something costs: one
price would keep only the lower bound, so the range is read whole, as written, as the salary.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, innermost, tag_of
from agents.heuristics.sitechrome import in_chrome
from agents.heuristics.textowner import is_noise

#: A pay range is a short line ("£45,000 – £55,000 a year"); a sentence holding one is prose.
MAX_PAY_CHARS = 60
#: Ancestors of a pay range that may hide it (a screen-reader copy of one shown elsewhere).
HIDDEN_DEPTH = 4
#: The period a wage is paid for: "a year", "per annum", "an hour", "/hr", "per week".
_PAY_PERIOD = re.compile(
    r"(?:\b(?:a|an|per)\s{1,3}|/\s?)(?:year|yr|annum|hour|hr|week|day|jahr|stunde)\b"
    r"|\bp\.?a\.?$|\bpro jahr\b|\bpar an\b",
    re.IGNORECASE,
)
_NO_PAY_TAGS = frozenset({"option", "select", "script", "style"})
#: The name a pay range is read under.
PAY_LABEL = "Salary"


def is_pay_range(text: str) -> bool:
    """Two amounts paid for a period: "£45,000 – £55,000 a year", "$25–$30 an hour"."""
    return len(text) <= MAX_PAY_CHARS and values.is_price_range(text) and bool(_PAY_PERIOD.search(text))


def find_pay(container: HtmlElement, blocked: set[int]) -> HtmlElement | None:
    """The first shown line saying only a pay range, outside the blocked blocks and the chrome."""
    short = container.xpath(f".//*[string-length(normalize-space()) <= {MAX_PAY_CHARS}]")
    said = [
        e
        for e in short
        if tag_of(e) not in _NO_PAY_TAGS
        and id(e) not in blocked
        and is_pay_range(full_text(e))
        and not in_chrome(e, container)
        and not _hidden(e, container)
    ]
    inner = innermost(said)
    return inner[0] if inner else None


def _hidden(element: HtmlElement, container: HtmlElement) -> bool:
    for depth, node in enumerate((element, *element.iterancestors())):
        if node is container or depth > HIDDEN_DEPTH:
            return False
        if is_noise(node):
            return True
    return False
