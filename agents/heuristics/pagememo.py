"""Answers about an element remembered while its page is analysed.

Some judgements of an element are asked again and again in one analysis: whether a record carries
an ad mark is asked of every look-alike record for each extra a record selector leaves out, so a
page of 60 cards rich in inline icons and utility classes read each card hundreds of times. The page
does not change while it is analysed (``dom.analysing``), nor does what such a judgement reads of
it, so its first answer for an element stands for the rest of the analysis. Outside an analysis
nothing is remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar, cast

from lxml.html import HtmlElement  # type: ignore[import-untyped]

T = TypeVar("T")

#: Per judgement, its answers by element (the element itself, held while the analysis lasts, so
#: that lxml hands back the same object for it), for the page being analysed; none outside.
_MEMO: ContextVar[dict[Callable[..., object], dict[HtmlElement, object]] | None] = ContextVar("page_memo", default=None)


@contextmanager
def remembering() -> Iterator[None]:
    """Within the block, the answers of ``per_page`` judgements are remembered; forgotten after."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_page(judge: Callable[[HtmlElement], T]) -> Callable[[HtmlElement], T]:
    """``judge``, its answer for an element asked once per analysis. Only for judgements that read
    the element's page and nothing else, and whose answer nobody changes (return immutable values)."""

    @wraps(judge)
    def remembered(element: HtmlElement) -> T:
        memo = _MEMO.get()
        if memo is None:
            return judge(element)
        answers = memo.setdefault(judge, {})
        if element not in answers:
            answers[element] = judge(element)
        return cast(T, answers[element])

    return remembered
