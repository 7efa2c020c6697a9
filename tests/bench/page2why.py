"""Why a probe's page 2 was turned down, read from what the site answered: in shape only.

``probetrace`` names the code a probe of ``agents.survey.probed_pages`` refused page 2 with
(``page2-failed``, ``page2-empty``…). The code says what the probe concluded; this says what it was
answered, for each address the probe asked (its shape against page 1's: ``pagercheck.tail_shape``):

* ``status N`` (an HTTP error) or ``no answer (<error>)`` (none, or no status: a render that failed);
* ``selector matched nothing``: the list's record selector finds no element on page 2;
* ``0 records``: it finds elements, but none gives a record;
* ``same as page 1``: every record of page 2 is one of page 1's (by the spec's key);
* ``fewer than half new``; ``new records``: what a page 2 brings.

No address, value or site is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from agents.fetch import FetchedPage
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import extract_records, make_selector, record_key
from pipeline.core.schemas import ScraperSpec
from tests.bench.pagercheck import tail_shape

#: What page 2 answered, in the order a probe reads it.
PAGE2_VERDICTS = (
    "status",
    "no answer",
    "selector matched nothing",
    "0 records",
    "same as page 1",
    "fewer than half new",
    "new records",
)


@dataclass
class Asked:
    """One address a probe asked, and what came back (an answer or a failure)."""

    url: str
    render: bool
    answer: FetchedPage | None = None
    failure: FetchFailed | None = None


@dataclass
class RecordingFetcher:
    """A fetcher passing every call on to ``inner``, keeping what each ``fetch`` asked and got."""

    inner: Any
    asked: list[Asked] = field(default_factory=list)

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        kept = Asked(url, render)
        self.asked.append(kept)
        try:
            kept.answer = self.inner.fetch(url, render=render)
        except FetchFailed as exc:
            kept.failure = exc
            raise
        return kept.answer

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def answer_verdict(spec: ScraperSpec, first: FetchedPage, asked: Asked) -> str:
    """What ``asked`` (an address a probe asked beside page 1, ``first``) answered: one of ``PAGE2_VERDICTS``,
    an error's status or kind after it."""
    if asked.failure is not None:
        status = asked.failure.status
        return f"status {status}" if status else f"no answer ({type(asked.failure).__name__})"
    answer = asked.answer
    if answer is None:
        return "no answer (none)"
    if spec.json_source is None and spec.record_selector:
        html = make_selector(answer.body, answer.final_url)
        try:
            matched = len(html.css(spec.record_selector)) if html.type == "html" else 0
        except Exception:  # a selector the HTML reader refuses reads as matching nothing
            matched = 0
        if not matched:
            return "selector matched nothing"
    records = extract_records(answer.body, answer.final_url, spec)
    if not records:
        return "0 records"
    seen = {record_key(r, spec) for r in extract_records(first.body, first.final_url, spec)}
    fresh = sum(1 for r in records if record_key(r, spec) not in seen)
    if not fresh:
        return "same as page 1"
    return "fewer than half new" if fresh * 2 < len(records) else "new records"


def asked_line(spec: ScraperSpec, first: FetchedPage, asked: list[Asked]) -> str:
    """``<address shape>: <verdict>`` for each address asked other than page 1's, joined by ``; ``."""
    said = []
    for one in asked:
        if one.url == first.final_url or one.url == first.url:
            continue  # page 1 again (rendered): not a page 2
        try:
            verdict = answer_verdict(spec, first, one)
        except Exception as exc:  # a bench line's failure is reported as its shape
            verdict = f"not read ({type(exc).__name__})"
        said.append(f"{tail_shape(first.final_url, one.url)}: {verdict}")
    return "; ".join(said)
