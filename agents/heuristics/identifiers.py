"""Values a citation line holds, found by their own shape: identifiers, the journal and the year.

"Nutrients. 2024 Nov 8;16(22):3812. doi: 10.3390/nu16223812. Epub 2024 Oct 24." holds a
journal, a year and a DOI, which no delimiter separates the same way on every record. A DOI, an
ISBN, an arXiv id, a PubMed id (PMID, PMCID) is known by its own pattern, often after a caption
("doi:", "ISBN", "arXiv:"); the journal is what comes before the first ". " when a year follows it.
Each value is proposed as a literal cut (``text_after`` / ``text_before``) only when the engine's
``text_part`` reads exactly that value on every sampled record, and nothing on a record without
it: a value no pair of literals reproduces is left out (``Identified.uncut``), never read wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from agents.heuristics import values
from pipeline.core.textparts import text_part

#: "10.3390/nu16223812", after "doi:", "DOI " or "https://doi.org/" when there is one.
_DOI = re.compile(r"(?P<caption>\b(?i:doi)(?::\s?|\s)|\b(?i:doi\.org)/)?(?P<id>\b10\.\d{4,9}/[^\s\"'<>]+)")
#: A PubMed id is a bare number: only its caption tells it apart.
_PMID = re.compile(r"(?P<caption>\b(?i:pmid):?\s?)(?P<id>\d{1,8})\b")
_PMCID = re.compile(r"(?P<caption>\b(?i:pmcid):?\s?)?(?P<id>\bPMC\d{4,9})\b")
#: "arXiv:2401.01234v2", "arXiv:hep-th/9901001", "arxiv.org/abs/2401.01234".
_ARXIV = re.compile(
    r"(?P<caption>\b(?i:arxiv)(?::\s?|\.org/abs/))(?P<id>\d{4}\.\d{4,5}(?:v\d{1,3})?|[a-z-]{2,20}(?:\.[A-Z]{2})?/\d{7})\b"
)
#: "ISBN 978-0-306-40615-7", "9780306406157"; digits counted and checked in ``_isbn``.
_ISBN = re.compile(r"(?P<caption>\b(?i:isbn)(?:-1[03])?:?\s?)?(?P<id>(?<![\w-])\d[\d-]{8,15}[\dXx])(?![\w-])")
#: What closes a DOI's sentence rather than the DOI: "doi: 10.1000/xyz." ends with a full stop.
_TRAILING = ".,;:"
#: "Nutrients. 2024 Nov 8;…", "Int J Obes (Lond). 2023.": a name with no ". " inside, then a year.
_CITATION = re.compile(r"^(?P<head>[^\W\d_](?:[^.]|\.(?! )){0,100}?)\. (?P<year>(?:1[6-9]|20)\d\d)(?![\w/-])")
#: What a journal's citation has after its year: a volume and issue "16(22)", pages ":3812", ";16".
_VOLUME = re.compile(r";\s?\d|\d\(\w{1,10}\)|:\s?e?\d")
#: Separators a cut may stop at after a value (". Epub…", "; 16", " (PDF)", " | ") or start at before one.
_SEPARATOR_AFTER = re.compile(r"\s?[^\w\s]{1,3}\s?|\s")
_SEPARATOR_BEFORE = re.compile(r"(?:\s?[^\w\s]{1,3}|\s)\s?$")
#: Share of the records that must hold an identifier for it to be a field (one without a DOI
#: does not cancel the DOI of the others), and never fewer records than this.
ID_SHARE = 0.5
MIN_ID_RECORDS = 2


@dataclass(frozen=True)
class Cut:
    """One value of a text, as the spec cuts it: the part after / before these literals."""

    name: str | None
    after: str | None
    before: str | None


def reads_exactly(texts: list[str], after: str | None, before: str | None, wanted: list[str]) -> bool:
    """Whether the engine's cut (``text_part``) reads exactly ``wanted[i]`` out of each ``texts[i]``
    ("" where a record holds no such part): a cut is proposed only when it never reads a wrong value."""
    return all(text_part(t, after, before) == want for t, want in zip(texts, wanted, strict=True))


@dataclass(frozen=True)
class Identified:
    """The identifiers of a text slot: those a cut reads right, and the kinds none can."""

    cuts: list[Cut]
    uncut: list[str]


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    caption: str | None

    def value(self, text: str) -> str:
        return text[self.start : self.end]


def _doi(text: str) -> _Found | None:
    match = _DOI.search(text)
    if match is None:
        return None
    value = match["id"].rstrip(_TRAILING)
    for opening, closing in ("()", "[]"):
        if value.endswith(closing) and value.count(closing) > value.count(opening):
            value = value[:-1].rstrip(_TRAILING)  # "(doi: 10.1/x)": the bracket is the text's
    return _Found(match.start("id"), match.start("id") + len(value), _caption(match))


def _matcher(pattern: re.Pattern[str], valid: Callable[[str, bool], bool]) -> Callable[[str], _Found | None]:
    def find(text: str) -> _Found | None:
        for match in pattern.finditer(text):
            if valid(match["id"], match["caption"] is not None):
                return _Found(match.start("id"), match.end("id"), _caption(match))
        return None

    return find


def _isbn(value: str, captioned: bool) -> bool:
    """A valid check digit; a caption-less ISBN only as a 13-digit 978/979 number (a book's barcode)."""
    if "--" in value:
        return False
    digits = value.replace("-", "").upper()
    if len(digits) == 13 and digits.isdigit():
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
        return total % 10 == 0 and (captioned or digits.startswith(("978", "979")))
    if len(digits) == 10 and captioned and digits[:9].isdigit():
        total = sum((10 - i) * (10 if d == "X" else int(d)) for i, d in enumerate(digits))
        return total % 11 == 0
    return False


def _caption(match: re.Match[str]) -> str | None:
    return match["caption"].strip() if match["caption"] else None


#: The kinds, each the name of its field; the first finder to claim a span keeps it.
_FINDERS: tuple[tuple[str, Callable[[str], _Found | None]], ...] = (
    ("doi", _doi),
    ("pmcid", _matcher(_PMCID, lambda _id, _captioned: True)),
    ("pmid", _matcher(_PMID, lambda _id, _captioned: True)),
    ("arxiv", _matcher(_ARXIV, lambda _id, _captioned: True)),
    ("isbn", _matcher(_ISBN, _isbn)),
)


#: The fields these cuts name: read as written (a number would drop "2411.09690"'s last zero).
IDENTIFIER_NAMES = frozenset(name for name, _ in _FINDERS)


def is_captioned_identifier(text: str) -> bool:
    """Whether ``text`` is one identifier written with its scheme and nothing else ("arXiv:2411.09812",
    "PMID: 38012345"): the way the id is cited, whose digits no number may stand for."""
    return _captioned_kind(text) is not None


def captioned_identifier_kind(texts: list[str]) -> str | None:
    """The kind ("arxiv", "pmid") when every text is one identifier of it written with its scheme."""
    kinds = {_captioned_kind(t) for t in texts}
    kind = kinds.pop() if len(kinds) == 1 else None
    return kind


def _captioned_kind(text: str) -> str | None:
    text = text.strip()
    for kind, find in _FINDERS:
        found = find(text)
        if (
            found is not None
            and found.caption
            and found.end == len(text)
            and text[: found.start].strip() == found.caption
        ):
            return kind
    return None


def identifier_cuts(texts: list[str]) -> Identified:
    """The cut of each kind of identifier held by enough of ``texts`` (one text per record)."""
    cuts: list[Cut] = []
    uncut: list[str] = []
    claimed: list[set[int]] = [set() for _ in texts]  # a DOI's digits are no ISBN
    for kind, find in _FINDERS:
        found = [find(t) for t in texts]
        found = [f if f and f.start not in spans else None for f, spans in zip(found, claimed, strict=True)]
        held = [f for f in found if f]
        if len(held) < max(MIN_ID_RECORDS, ID_SHARE * len(texts)):
            continue
        for f, spans in zip(found, claimed, strict=True):
            if f:
                spans.update(range(f.start, f.end))
        if all(f and f.value(t) == t for f, t in zip(found, texts, strict=True)):
            continue  # the text is the identifier and nothing else: nothing to cut
        cut = _cut_for(texts, found)
        if cut is None:
            uncut.append(kind)
        else:
            cuts.append(Cut(kind, *cut))
    return Identified(cuts, uncut)


def _cut_for(texts: list[str], found: list[_Found | None]) -> tuple[str | None, str | None] | None:
    """Literals around the identifiers that ``text_part`` turns into exactly each record's
    identifier, and into nothing on a record that has none."""
    wanted = [f.value(t) if f else "" for f, t in zip(found, texts, strict=True)]
    afters: Counter[str | None] = Counter()
    befores: Counter[str | None] = Counter({None: 0})
    for f, text in zip(found, texts, strict=True):
        if f is None:
            continue
        if f.caption:
            afters[f.caption] += 2  # a caption names the value: tried before a mere separator
        elif lead := _SEPARATOR_BEFORE.search(text, max(0, f.start - 4), f.start):
            afters[lead.group()] += 1
        else:
            afters[None] += 1
        if trail := _SEPARATOR_AFTER.match(text, f.end):
            befores[trail.group()] += 1
    for after, _n in afters.most_common():
        for before, _m in befores.most_common():
            if (after or before) and reads_exactly(texts, after, before, wanted):
                return after, before
    return None


@dataclass(frozen=True)
class Citation:
    """The journal and the year of citation lines; ``more`` when a line that is no journal's holds
    other values after its year ("Paperback. 2019 · 320 pages"), which these cuts do not read."""

    cuts: list[Cut]
    more: bool

    @property
    def has_year(self) -> bool:
        return any(c.name == "year" for c in self.cuts)


def _is_dated(head: str, year: str) -> bool:
    """Whether the head's last two words and the year are one date ("12 Mar." + "2021")."""
    return values.is_date(" ".join([*head.split()[-2:], year]))


def citation_cuts(texts: list[str], *, journal_named: bool = False) -> Citation | None:
    """The journal and the year of citation lines ("Nutrients. 2024 Nov 8;16(22):3812."), when
    every text starts so; the journal is named so when a volume or pages follow the year on some
    record (or ``journal_named``: the markup calls it one), else left to the markup to name."""
    matches = [_CITATION.match(t) for t in texts]
    if not all(matches):
        return None
    heads = [m["head"] for m in matches if m]
    years = [m["year"] for m in matches if m]
    if any(_is_dated(head, year) for head, year in zip(heads, years, strict=True)):
        return None  # "Hardcover – 12 Mar. 2021": the full stop ends a month's abbreviation, not a journal
    rests = [t[m.end() :] for t, m in zip(texts, matches, strict=True) if m]
    if not reads_exactly(texts, None, ". ", heads):
        return None
    journal = journal_named or any(_VOLUME.search(rest[:40]) for rest in rests)
    candidates = dict.fromkeys([None, *(rest[:1] for rest in rests if rest)])
    year = next(
        (Cut("year", ". ", before) for before in candidates if reads_exactly(texts, ". ", before, years)),
        None,
    )
    more = not journal and any(rest.strip(_TRAILING + " ") for rest in rests)  # "Paperback. 2019 — 320 pages"
    cuts = [Cut("journal" if journal else None, None, ". "), *([year] if year else [])]
    return Citation(cuts, more)
