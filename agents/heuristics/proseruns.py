"""Runs of written sentences among a record's siblings: body paragraphs and bullet points.

A changelog entry, a blog teaser or a product blurb holds one paragraph in some records and two
or three in others. Those paragraphs are the entry's text, not a list of like values: what a
reader writes down is the lead paragraph, the one every record has. Bullet points of a plain
``ul`` ("Fixed a bug where …", "Markdown tables now paste …") are the other way round: their
number varies, each says something of its own, and a figure in one of them ("30% faster") does
not make its place a column of figures; they are one list.
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text, tag_of

#: A paragraph of body text says at least this many words and ends a sentence.
MIN_PARAGRAPH_WORDS = 8
#: A bullet point is a phrase of at least this many words ("Filter issues by number of requests").
MIN_BULLET_WORDS = 4
#: A spec bullet names what it measures in words beside its figures ("5000 mAh Battery").
MIN_SPEC_WORDS = 2
#: Bullets to a list before a fixed run of them reads as a spec sheet rather than a few chips.
MIN_SPEC_BULLETS = 5
#: Share of the siblings that must read so.
PROSE_SHARE = 0.9
_SENTENCE_END = re.compile(r"[.!?…:)](?:\s|$)")
_WORD = re.compile(r"[^\W\d_]{2,}")


def are_body_paragraphs(runs: list[list[HtmlElement]]) -> bool:
    """Whether sibling runs are ``<p>`` paragraphs of sentences (their first one is the lead)."""
    siblings = [e for run in runs for e in run]
    if not all(tag_of(e) == "p" for e in siblings):
        return False
    return values.share([_is_paragraph(full_text(e)) for e in siblings]) >= PROSE_SHARE


def are_bullet_points(runs: list[list[HtmlElement]]) -> bool:
    """Whether sibling runs are items of plain ``ul``/``ol`` lists that each say a phrase of
    words: a list of points, whatever figures some of them mention."""
    siblings = [e for run in runs for e in run]
    if not all(tag_of(e) == "li" for e in siblings):
        return False
    parents = [e.getparent() for e in siblings]
    if any(p is None or tag_of(p) not in ("ul", "ol") for p in parents):
        return False
    return values.share([_is_phrase(full_text(e)) for e in siblings]) >= PROSE_SHARE


def are_spec_bullets(runs: list[list[HtmlElement]]) -> bool:
    """Whether sibling runs are a product's spec bullets: five or more items of a plain
    ``ul``/``ol``, each naming in words what its figures measure ("6 GB RAM | 128 GB ROM",
    "5000 mAh Battery"). Each says its own field, so the same bullet at the same place in every
    record does not make the places columns; a town and a contract type ("Berlin", "Full-time")
    say no figures, and "3 bd" names too little."""
    if any(len(run) < MIN_SPEC_BULLETS for run in runs):
        return False
    siblings = [e for run in runs for e in run]
    if not all(tag_of(e) == "li" and (p := e.getparent()) is not None and tag_of(p) in ("ul", "ol") for e in siblings):
        return False
    return values.share([_is_spec(full_text(e)) for e in siblings]) >= PROSE_SHARE


def _is_spec(text: str) -> bool:
    return bool(re.search(r"\d", text)) and len(_WORD.findall(text)) >= MIN_SPEC_WORDS


def _is_paragraph(text: str) -> bool:
    return len(_WORD.findall(text)) >= MIN_PARAGRAPH_WORDS and bool(_SENTENCE_END.search(text + " "))


def _is_phrase(text: str) -> bool:
    """Words make up the phrase: "Improved loading time by 30%", not "3 bd · 2 ba · 1,640 sqft"."""
    words = _WORD.findall(text)
    return len(words) >= MIN_BULLET_WORDS and sum(map(len, words)) >= 0.6 * len(text.replace(" ", ""))
