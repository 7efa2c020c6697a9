"""A handle and the age of a post glued after "by" with no mark between them.

Link aggregators and forums print "Posted by u/quietfox 5 hours ago" (Reddit), "128 points by
quietfox 5 hours ago | 45 comments" (Hacker News, Lobsters, Lemmy), "by nomad99 2 days ago": the
name runs into the age, and no literal ends it. A login holds no space, so the name is the one word
after "by" (cut before the first space after it), and the age starts after a fixed count of spaces
(``FieldSpec.text_after_skip``): the words before it are the same template on every record. The
text before "by" is a value of its own unless every record shares it ("Posted"), and a fact after
the age's mark ("| 45 comments") is one more. A text is read so only where every record has this
shape and each cut reads exactly its part out of every text; a name of several words ("by Jane Doe
5 hours ago") has no such cut and is left whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agents.heuristics import values
from agents.heuristics.delimited import DELIMITERS, without_lead
from agents.heuristics.nestedcuts import MAX_SKIP
from agents.heuristics.offerednames import BY_WORDS
from agents.heuristics.partkinds import KIND_NAMES, kind_of
from agents.heuristics.slotparts import cut_part, is_filled, names_the_record
from agents.heuristics.slots import Slot
from pipeline.core.textparts import text_part

#: A sub-line is short; a longer text is prose.
MAX_LINE_CHARS = 100
#: What a login never holds: a mark that sets off the next fact.
_NOT_LOGIN = re.compile(r"[|·•∙・｜()\[\],;]")


@dataclass(frozen=True)
class _Shape:
    """One text read as [head] by NAME AGE [mark tail]."""

    word: str
    head: str
    name: str
    skip: int
    age: str
    mark: str | None
    tail: str


def aged_byline_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """The head, the author, the age and the fact after it of ``texts``, or None."""
    if any(len(t) > MAX_LINE_CHARS for t in texts) or names_the_record(slot) or len(texts) < 2:
        return None
    shapes = [_shape(t) for t in texts]
    if any(s is None for s in shapes):
        return None
    read = [s for s in shapes if s is not None]
    first = read[0]
    if any((s.word, s.skip, s.mark) != (first.word, first.skip, first.mark) for s in read):
        return None  # the words before the age differ in number, or the age ends differently
    if len({s.age for s in read}) < 2 or len({s.name for s in read}) < 2:
        return None
    mark = _literal(first.mark)
    author = cut_part(slot, after=first.word, before=" ", name="author")
    age = cut_part(slot, after=" ", skip=first.skip, before=mark, name="date")
    parts = [replace(author, label="author"), replace(age, label="date")]
    heads = [s.head for s in read]
    if any(heads) and len(set(heads)) > 1:
        if not all(heads):
            return None
        head = cut_part(slot, before=first.word, name=KIND_NAMES.get(kind_of(heads)))
        parts.insert(0, without_lead(slot, head, texts))
    if mark is not None:
        tail = cut_part(slot, after=mark, name=KIND_NAMES.get(kind_of([s.tail for s in read])))
        parts.append(without_lead(slot, tail, texts))
    if not all(is_filled(p) for p in parts) or not _reads(author, age, read, texts):
        return None
    return parts


def _shape(text: str) -> _Shape | None:
    """``text`` as [head] by NAME AGE [mark tail], where each piece is what its place says."""
    words = [w for w in BY_WORDS if text.lower().startswith(f"{w} ") or f" {w} " in text.lower()]
    if len(words) != 1:
        return None
    by = words[0]
    lowered = text.lower()
    if lowered.startswith(f"{by} "):
        word, start = f"{by} ", 0
    elif lowered.count(f" {by} ") == 1:
        word, start = f" {by} ", lowered.index(f" {by} ")
    else:
        return None
    head = text[:start].strip()
    name, _, rest = text[start + len(word) :].partition(" ")
    if not name or _NOT_LOGIN.search(name) or values.is_number(name) or not rest:
        return None
    mark = next(iter(sorted((d for d in DELIMITERS if d in rest), key=rest.index)), None)
    age, tail = rest.split(mark, 1) if mark else (rest, "")
    age = age.strip()
    if not _is_age(age) or (mark and not tail.strip()):
        return None
    skip = text[: len(text) - len(rest)].count(" ") - 1
    if not 0 <= skip <= MAX_SKIP:
        return None
    return _Shape(word, head, name, skip, age, mark, tail.strip())


def _is_age(text: str) -> bool:
    """ "5 hours ago", and no word before it: "Doe 5 hours ago" is the end of a name, then the age."""
    _first, _, rest = text.partition(" ")
    return values.is_date(text) and values.is_relative_date(text) and not values.is_date(rest)


def _reads(author: Slot, age: Slot, shapes: list[_Shape], texts: list[str]) -> bool:
    """Whether the engine's cuts read the author and the age of every text as its shape has them."""
    for text, shape in zip(texts, shapes, strict=True):
        name = text_part(text, author.text_after, author.text_before)
        when = text_part(text, age.text_after, age.text_before, skip=age.text_after_skip)
        if (name, when) != (shape.name, shape.age):
            return False
    return True


def _literal(delimiter: str | None) -> str | None:
    """The mark as a cut: " | " is "|", a hyphen keeps its spaces (" - "), as ``delimited`` stores them."""
    if delimiter is None:
        return None
    return delimiter if delimiter.strip() in ("-", "/") else delimiter.strip()
