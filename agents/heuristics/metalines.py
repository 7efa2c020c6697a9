"""A card's meta line, cut into its facts and each named by what its values are.

Blogs, news lists and forums print a card's facts on one line joined by one repeated mark:
"March 3, 2024 · 4 min · Inês Carvalho", "12 Jan 2025 | 5 min read | Sam Lee". A record may
leave a fact out (no reading time on a short note), so a part is not known by its place in the
line but by its values: a date, a duration ("4 min", "9 min read"), a person's name, a number.
The first part is cut before the first mark and the last after the last one, read from the end
(``FieldSpec.text_from_end``), so that both read right whatever is missing between them. A
middle part, between the first two marks, is kept only where the records missing it read a value
there that its type refuses (a name where the minutes go), so that no record gets a wrong value.
A line of several free texts ("A Smith, B Jones - Journal of X, 2014 - host.com") is no meta line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agents.heuristics.offerednames import BY_WORDS
from agents.heuristics.partkinds import KIND_NAMES, KIND_SHARE, kind_of
from agents.heuristics.slotparts import cut_part, names_the_record, without_empty, without_records
from agents.heuristics.slots import Slot

#: Marks joining the facts of a meta line, spaced so that "Jean-Paul" and "4/5" hold none.
#: The dots pages set between the facts of one line (Substack's " ∙ ", Qiita's " ・ "); the meta lines,
#: the facts lines and the compound splits all cut at them.
DOT_MARKS = (" · ", " • ", " ∙ ", " ・ ")
META_DELIMITERS = (*DOT_MARKS, " | ", " — ", " – ", " - ")
#: A meta line is short; a longer text is prose, whose dashes join clauses.
MAX_LINE_CHARS = 80
#: A meta line's facts: a first, a middle and a last; the engine cuts no further (see above).
MAX_PARTS = 3
#: Parts known by their values (not free text) a line needs to be a meta line, not a citation.
MIN_KNOWN_PARTS = 2
#: "4 min", "9 min read", "12 minutes": how long the record takes to read, watch or hear; in
#: minutes only, as the field keeps the number ("1 h" beside "45 min" would read 1 and 45).
_DURATION = re.compile(r"^\d{1,3}\s?(?:min|mins|minutes?)\.?(?:\s+(?P<read>read))?$", re.IGNORECASE)
#: A person's name: two to four words, each capitalised but for a short particle ("de", "van").
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
MAX_PARTICLE_CHARS = 3
_NAME_MARKS = frozenset(".'’-")
#: Kinds whose field is typed as a number: a person's name read in their place parses to nothing.
_NUMERIC_KINDS = frozenset({"duration", "reading_time", "number"})
#: Kinds that are free text: a line of such parts only is a list or a citation, not facts.
_FREE_KINDS = frozenset({"text"})
#: Names of the kinds ``partkinds`` does not name.
_NAMES = {"reading_time": "reading_time", "duration": "duration", "person": "author"}


@dataclass(frozen=True)
class MetaLine:
    """The facts of a meta line, and whether one (a middle fact no cut reads right) is left out."""

    parts: list[MetaPart]
    uncut: bool


@dataclass(frozen=True)
class MetaPart:
    """One fact of a meta line: the literals around it, how it is read, and its name."""

    name: str | None
    after: str | None
    before: str | None
    from_end: bool
    #: Records (indexes into the texts) that lack this fact and must hold no value for it.
    missing: frozenset[int]


def meta_line_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """``slot`` cut into the facts of its meta line (``texts``, one per record holding it), each
    a value even where the records share it (one author); the whole line kept beside them while
    a fact has no cut, so that none is lost."""
    if any(len(t) > MAX_LINE_CHARS for t in texts) or names_the_record(slot):
        return None
    line = meta_line(texts)
    if line is None:
        return None
    numbers = [number for number, found in slot.per_record.items() if found]  # as ``texts`` are
    parts = []
    for cut in line.parts:
        part = cut_part(slot, after=cut.after, before=cut.before, name=cut.name, from_end=cut.from_end)
        part = without_empty(without_records(part, {numbers[i] for i in cut.missing}))
        parts.append(replace(part, label=part.part_name) if part.part_name else part)
    parts = [_without_by(p) if p.part_name == "author" and p.text_after is None else p for p in parts]
    return [*parts, slot] if line.uncut else parts


def _without_by(part: Slot) -> Slot:
    """ "By Jane Doe" in every record: the byline's word is a caption the engine strips."""
    words = {v.split(" ", 1)[0] for v in part.first_values()}
    word = words.pop() if len(words) == 1 else ""
    return replace(part, strip_label=word) if word.casefold() in BY_WORDS else part


def meta_line(texts: list[str]) -> MetaLine | None:
    """The facts of ``texts`` (one per record) joined by one delimiter found once or twice in each
    and twice in some, each fact of one kind on every record holding it (see the module docstring)."""
    for delimiter in META_DELIMITERS:
        counts = [t.count(delimiter) for t in texts]
        if max(counts) != MAX_PARTS - 1 or min(counts) < 1:
            continue
        rows = [[p.strip() for p in t.split(delimiter)] for t in texts]
        if any(not p for row in rows for p in row):
            return None  # an empty part: the mark is no separator here
        return _parts(rows, delimiter)
    return None


def value_kind(text: str) -> str:
    """What one fact is: a reading time, a duration, a person, or a kind of ``partkinds``."""
    if found := _DURATION.match(text.strip()):
        return "reading_time" if found["read"] else "duration"
    if is_person_name(text):
        return "person"
    return kind_of([text])


def is_person_name(text: str) -> bool:
    """ "Inês Carvalho", "Ludwig van Beethoven": capitalised words of letters, two to four."""
    words = text.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return False
    if not all(c.isalpha() or c in _NAME_MARKS for word in words for c in word):
        return False
    particle = [w.islower() and len(w) <= MAX_PARTICLE_CHARS for w in words]
    ends_named = not particle[0] and not particle[-1]
    return ends_named and all(w[0].isupper() or small for w, small in zip(words, particle, strict=True))


def _parts(rows: list[list[str]], delimiter: str) -> MetaLine | None:
    full = [i for i, row in enumerate(rows) if len(row) == MAX_PARTS]
    short = frozenset(i for i, row in enumerate(rows) if len(row) < MAX_PARTS)
    first = _column_kind([row[0] for row in rows])
    last = _column_kind([row[-1] for row in rows])
    middle = _column_kind([rows[i][1] for i in full])
    if first is None or last is None or middle is None:
        return None  # a part of two kinds: the records' facts do not line up
    if sum(kind not in _FREE_KINDS for kind in (first, middle, last)) < MIN_KNOWN_PARTS:
        return None
    parts = [MetaPart(_name(first), None, delimiter, False, frozenset())]
    readable = not short or (middle in _NUMERIC_KINDS and not any(_has_digit(rows[i][-1]) for i in short))
    if readable:
        parts.append(MetaPart(_name(middle), delimiter, delimiter, False, short))
    parts.append(MetaPart(_name(last), delimiter, None, True, frozenset()))
    return MetaLine(parts, uncut=not readable)


def _column_kind(column: list[str]) -> str | None:
    """The one kind of every value of a column, or None where they differ; a one-word name
    ("Madonna", a login) among people's names is read as text, so people and text mix."""
    kinds = [value_kind(value) for value in column]
    if set(kinds) == {"person", "text"} and kinds.count("person") >= KIND_SHARE * len(kinds):
        return "person"
    return kinds[0] if len(set(kinds)) == 1 else None


def _name(kind: str) -> str | None:
    return _NAMES.get(kind) or KIND_NAMES.get(kind)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)
