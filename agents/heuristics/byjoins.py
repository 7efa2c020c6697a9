"""A date and the name of who wrote it, joined by "by" with no mark between them.

WordPress themes print "March 12, 2025 by Jane Doe" or "Posted on March 12, 2025 by Jane Doe",
forums "submitted 5 hours ago by quietfox", and the same in other languages ("12. März 2025 von
Jana Schulz", "12 mars 2025 par Jeanne Dupont"). The word is the cut: the date before it, the
author after it. A text is read so only where every record holds the word once, mid-text, with
dates (or ages) before it and a short name after it; "Salt by the Sea" holds no date. A name holds
no figure and no mark: "admin | 3 Comments" is a name and the next fact, left to the other splits.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agents.heuristics import values
from agents.heuristics.offerednames import BY_WORDS
from agents.heuristics.partkinds import KIND_NAMES, kind_of
from agents.heuristics.slotparts import cut_part, is_filled, names_the_record
from agents.heuristics.slots import Slot

#: A name after "by" is a few words; a longer tail is a sentence.
MAX_NAME_WORDS = 4
#: A byline is short; a longer text is prose.
MAX_LINE_CHARS = 80
#: What ends a name: a number of its own (a handle may hold digits: "nomad99"), or a mark before the
#: next fact ("admin | 3 Comments", "Jane · 4 min").
_PAST_NAME = re.compile(r"(?<!\S)\d[\d.,]*(?!\S)|[|·•∙・｜/()\[\]]|\s[-–—]\s")


def by_joined_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """The date and the author of ``texts`` joined by one "by" word, or None."""
    if any(len(t) > MAX_LINE_CHARS for t in texts) or names_the_record(slot):
        return None
    word = _joining_word(texts)
    if word is None:
        return None
    heads, tails = zip(*(t.split(word) for t in texts), strict=True)
    if kind_of(list(heads)) != "date" or not all(_is_name(t.strip()) for t in tails):
        return None
    stripped = [h.strip() for h in heads]
    verb = None if _lead(stripped) else _verb_after_value(stripped)
    if verb is None:
        date = replace(cut_part(slot, before=word, name="date"), strip_label=_lead(stripped))
        lead = []
    else:  # "v2.3.1 released 5 hours ago by jdoe": the version, then the date after the verb
        date = cut_part(slot, after=verb, before=word, name="date")
        lead = [cut_part(slot, before=verb, name=KIND_NAMES.get(kind_of([h.split(verb)[0] for h in heads])))]
    author = cut_part(slot, after=word, name="author")
    if not all(is_filled(p) for p in (*lead, date, author)):
        return None
    return [*lead, replace(date, label="date"), replace(author, label="author")]


def _joining_word(texts: list[str]) -> str | None:
    """The spaced "by" word every text holds once, never at its start."""
    for by in sorted(BY_WORDS):
        word = f" {by} "
        if all(t.count(word) == 1 and t.index(word) > 0 for t in texts):
            return word
    return None


def _lead(heads: list[str]) -> str | None:
    """The words every date opens with ("submitted 5 hours ago", "Posted on March 3"): a caption."""
    split = [h.split() for h in heads]
    for size in (2, 1):
        lead = {tuple(words[:size]) for words in split}
        if len(lead) == 1 and min(map(len, split)) > size and all(w.isalpha() for w in split[0][:size]):
            rests = [" ".join(words[size:]) for words in split]
            if kind_of(rests) == "date" and len(set(rests)) > 1:
                return " ".join(split[0][:size])
    return None


def _verb_after_value(heads: list[str]) -> str | None:
    """The spaced word every date follows once, after a value of its own that varies ("v2.3.1
    released 5 hours ago", "1.4.0 published 3 days ago"): the cut between the value and the date."""
    words = {w for w in heads[0].split()[1:-1] if w.isalpha() and w.islower()}
    for verb in sorted(words):
        cut = f" {verb} "
        if not all(h.count(cut) == 1 for h in heads):
            continue
        values_, dates = zip(*(h.split(cut) for h in heads), strict=True)
        if len(set(values_)) > 1 and len(set(dates)) > 1 and kind_of(list(dates)) == "date":
            return cut
    return None


def _is_name(text: str) -> bool:
    """A few words, no date, nothing past the name (see ``_PAST_NAME``)."""
    words = text.split()
    if not 0 < len(words) <= MAX_NAME_WORDS or _PAST_NAME.search(text):
        return False
    return not values.is_date(text) and not values.is_relative_date(text)
