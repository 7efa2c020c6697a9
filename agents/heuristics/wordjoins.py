"""Facts joined by small words instead of marks: "by Ana Ruiz on 12 March 2025", "12 March 2025 in
Travel", "in Travel by Ana Ruiz", "3 days ago in Jobs".

Blogs, news lists, forums and classifieds write a card's byline as a phrase: each fact follows a
small word that says what it is: a name after "by", a day after "on", a section after "in" (and
the same words in other languages: "von … am …", "par … le …", "por … en …"). No mark parts the
facts, so the marks' splits (``delimited``, ``metalines``) leave the line whole, and a date read out
of it loses the rest. The joining words are the cuts: every record holds the same ones, once each
and in the same order, so the n-th part is read between the n-th word and the next. A part is
named by what it holds (a date, a number) or else by the word before it: the author after "by",
the category after "in". A text is read so only where its parts are short (one author may sign
every record, but some part varies), the part after "by" is a name or a login, and the text
before the first word, if any, is a date (less a caption every record shares: "Posted"). A
sentence ("Walk in the park by the river") fails on these: its parts are lower-case words, not
names, and its head is no date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics.offerednames import BY_WORDS
from agents.heuristics.partkinds import KIND_NAMES, kind_of
from agents.heuristics.slotparts import cut_part, is_filled, names_the_record
from agents.heuristics.slots import Slot

#: Words that open a day ("on 12 March", "am 12. März", "le 12 mars") and a section ("in Travel").
ON_WORDS = frozenset({"on", "am", "le"})
IN_WORDS = frozenset({"in", "im", "dans", "en"})
JOIN_WORDS = BY_WORDS | ON_WORDS | IN_WORDS
#: A byline is short; a longer text is prose.
MAX_LINE_CHARS = 80
#: A name or a section is a few words.
MAX_PART_WORDS = 4
#: Kinds a part holding a day is of: a date or an age ("3 days ago").
_DAY_KINDS = frozenset({"date", "relative"})
#: A login: one token of letters, digits and "._-", starting with a letter.
_LOGIN = re.compile(r"^@?[^\W\d_][\w.-]*$")
#: A name's words: capitalised, or a short particle ("de", "van").
_PARTICLE_CHARS = 3


def word_joined_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """``slot`` cut at the joining words of ``texts`` (one per record), each part named; or None."""
    if any(len(t) > MAX_LINE_CHARS for t in texts) or names_the_record(slot) or len(set(texts)) < 2:
        return None
    words = _joining_words(texts)
    if not words or (len(words) == 1 and words[0] in BY_WORDS and not _opens(texts, words[0])):
        return None  # "March 12, 2025 by Jane Doe": ``byjoins``' shape
    cuts = [f"{w} " if i == 0 and _opens(texts, w) else f" {w} " for i, w in enumerate(words)]
    if any(t.lower().count(cut) != 1 for t in texts for cut in cuts):
        return None  # the engine cuts case-insensitively: "Made In Italy" would cut there too
    rows = [_split(t, cuts) for t in texts]
    head = [row[0] for row in rows]
    parts: list[Slot] = []
    if any(head):
        head_part = _head(slot, head, cuts[0])
        if head_part is None:
            return None
        parts.append(head_part)
    for i, word in enumerate(words):
        column = [row[i + 1] for row in rows]
        name = _name(word, column)
        if name is None:
            return None
        before = cuts[i + 1] if i + 1 < len(cuts) else None
        part = cut_part(slot, after=cuts[i], before=before, name=name)
        parts.append(replace(part, label=name))
    if len(parts) < 2 or not all(is_filled(p) for p in parts) or not any(len(set(p.first_values())) > 1 for p in parts):
        return None
    return parts


def _joining_words(texts: list[str]) -> list[str]:
    """The joining words every text holds once each, spaced (or opening it), in one order."""
    orders = [_words_in(t) for t in texts]
    first = orders[0]
    if len(first) < 1 or any(order != first for order in orders) or len(set(first)) != len(first):
        return []
    return first


def _words_in(text: str) -> list[str]:
    """The joining words of ``text`` in their order: a word of ``JOIN_WORDS`` between spaces, or opening it."""
    tokens = text.split(" ")
    # A byline may open capitalised ("By Ana Ruiz"); inside it, a joining word is lower-case.
    return [t.lower() if i == 0 else t for i, t in enumerate(tokens) if (t.lower() if i == 0 else t) in JOIN_WORDS]


def _opens(texts: list[str], word: str) -> bool:
    return all(t.lower().startswith(f"{word} ") for t in texts)


def _split(text: str, cuts: list[str]) -> list[str]:
    """``text``'s head and its parts after each cut (found once each, in order, by ``_joining_words``)."""
    parts, rest = [], text
    for cut in cuts:
        at = rest.lower().find(cut)
        parts.append(rest[:at].strip())
        rest = rest[at + len(cut) :]
    return [*parts, rest.strip()]


def _head(slot: Slot, heads: list[str], cut: str) -> Slot | None:
    """The text before the first joining word: a date, less a caption every record opens with."""
    lead = _shared_lead(heads)
    days = [h[len(lead) :].strip() for h in heads] if lead else heads
    if lead and kind_of(days) not in _DAY_KINDS:  # "March 3, 2025": the shared word is the day's own
        lead, days = "", heads
    if kind_of(days) not in _DAY_KINDS or len(set(days)) < 2:
        return None
    part = cut_part(slot, before=cut, name="date")
    return replace(part, label="date", strip_label=lead or None)


def _shared_lead(heads: list[str]) -> str:
    """The one word every head opens with, when it is a word ("Posted 3 days ago"): a caption."""
    firsts = {h.split(" ", 1)[0] for h in heads}
    word = firsts.pop() if len(firsts) == 1 else ""
    return word if word.isalpha() and all(" " in h for h in heads) else ""


def _name(word: str, column: list[str]) -> str | None:
    """What the part after ``word`` is, by its values and else by the word; None where it is no fact."""
    if any(not value for value in column):
        return None
    kind = kind_of(column)
    if kind in _DAY_KINDS:
        return "date" if word not in BY_WORDS else None
    if any(len(value.split()) > MAX_PART_WORDS for value in column):
        return None
    if word in BY_WORDS:
        return "author" if all(_is_name(value) for value in column) else None
    if word in IN_WORDS and kind == "text" and all(value[0].isupper() or not value[0].isalpha() for value in column):
        return "category"
    return KIND_NAMES.get(kind)


def _is_name(text: str) -> bool:
    """ "Ana Ruiz", "Ludwig van Beethoven", "quietfox": capitalised words, or one login."""
    words = text.split()
    if len(words) == 1:
        return bool(_LOGIN.match(words[0]))
    capitalised = [w[0].isupper() or (w.isalpha() and w.islower() and len(w) <= _PARTICLE_CHARS) for w in words]
    return all(capitalised) and words[0][0].isupper() and words[-1][0].isupper()
