"""Facts of one line each opened by caption words of their own, with no colon after them.

Shops and marketplaces print "Sold by Harbor Goods · Ships from Amazon" (Amazon), "HarborGoods ·
Ships from United Kingdom" (Etsy), "Posted in Travel | Tagged Lisbon": each fact between the marks
opens with the same words on every record, then a value that varies. Both facts are words, so the
splits by kind (``delimited``) see one kind and keep the line whole; the caption words tell the
facts apart instead. The line is cut at a mark found the same number of times in every text, each
fact read after its caption where the caption occurs once in the text (the first one less it as a
label), and the fact is named by its caption ("ships_from"). A line is read so only where every
fact varies and some fact has a caption of two words or more ("Ships from", "Sold by"), or every
fact has one: a list of like words ("Action · Comedy") has none, a fixed badge does not vary.
Shared words that end in no link word ("from", "by") are a caption only when they read as one: a
participle ("Tagged Lisbon", "Updated Mar 12"), or words before values of another make ("Size 42");
before capitalised words they open a name shared by every record ("Berlin Mitte", "New York
Brooklyn"), a value, not a caption. Nor is a link word before one of a few lower-case words
("Apartment for rent", "… for sale"): the phrase names a kind.
"""

from __future__ import annotations

from dataclasses import replace

from agents.heuristics.delimited import DELIMITERS
from agents.heuristics.slotparts import cut_part, is_filled, names_the_record
from agents.heuristics.slots import Slot

#: A line of captioned facts is short; a longer text is prose.
MAX_LINE_CHARS = 100
#: Facts on one line at most.
MAX_FACTS = 4
#: A caption is a few words ("Ships from", "Delivered by").
MAX_CAPTION_WORDS = 3
#: A caption's last word that links it to its value ("from", "by", "in", "de"): the end of the caption
#: when the values after it open alike ("Ships from United Kingdom", "Ships from United States").
MAX_LINK_WORD_CHARS = 4
#: Records per distinct word at least for one lower-case word after a link word to end a phrase.
PHRASE_REPEATS = 2
#: The ending of a participle caption ("Tagged", "Updated", "Posted").
PARTICIPLE_END = "ed"


def captioned_fact_parts(slot: Slot, texts: list[str]) -> list[Slot] | None:
    """The facts of ``texts``, each less its caption words and named by them, or None."""
    if any(len(t) > MAX_LINE_CHARS for t in texts) or names_the_record(slot) or len(texts) < 2:
        return None
    for mark in DELIMITERS:
        counts = {t.count(mark) for t in texts}
        if len(counts) == 1 and 0 < (count := counts.pop()) < MAX_FACTS:
            return _parts(slot, texts, mark, count + 1)
    return None


def _parts(slot: Slot, texts: list[str], mark: str, size: int) -> list[Slot] | None:
    columns = [[t.split(mark)[i].strip() for t in texts] for i in range(size)]
    if any(not value for column in columns for value in column):
        return None
    captions = [_caption(column) for column in columns]
    named = [c for c in captions if c]
    if not named or not (len(named) == size or any(len(c.split()) > 1 for c in named)):
        return None
    if any(len(set(_rests(column, caption))) < 2 for column, caption in zip(columns, captions, strict=True)):
        return None  # a fact that never changes is a badge, not a value
    cut = mark if mark.strip() in ("-", "/") else mark.strip()
    parts = []
    for i, caption in enumerate(captions):
        before = cut if i < size - 1 else None
        if i == 0:
            part = cut_part(slot, before=before)
            part = replace(part, strip_label=caption) if caption else part
        elif caption and all(t.lower().count(caption.lower()) == 1 for t in texts):
            part = cut_part(slot, after=caption, before=before)
        elif caption:
            return None  # the caption's words occur elsewhere in the line: no cut reads the value alone
        else:
            part = cut_part(slot, after=cut, before=before, skip=i - 1)
        parts.append(replace(part, label=caption) if caption else part)
    return parts if all(is_filled(p) for p in parts) else None


def _caption(column: list[str]) -> str | None:
    """The words every value of ``column`` opens with, less than all of any: a caption, or None."""
    split = [value.split() for value in column]
    common = 0
    while common < min(MAX_CAPTION_WORDS, *(len(words) - 1 for words in split)):
        if len({words[common].casefold() for words in split}) != 1 or not split[0][common].isalpha():
            break
        common += 1
    if not common:
        return None
    linked = [n for n in range(1, common + 1) if _links(split[0][n - 1])]
    if linked:
        if _ends_a_phrase([words[linked[-1] :] for words in split]):
            return None
        return " ".join(split[0][: linked[-1]])
    if _names_a_place(split, common):
        return None
    return " ".join(split[0][:common])


def _ends_a_phrase(rests: list[list[str]]) -> bool:
    """Whether each value is one lower-case word of a few ("for rent", "for sale"): a kind, not a value."""
    if not all(len(rest) == 1 and rest[0].isalpha() and rest[0].islower() for rest in rests):
        return False
    return len({rest[0] for rest in rests}) * PHRASE_REPEATS <= len(rests)  # a login ("by jdoe") varies


def _names_a_place(split: list[list[str]], common: int) -> bool:
    """Whether the shared words open a name, each record's value going on in capitals ("Berlin Mitte")."""
    last = split[0][common - 1]
    if last.casefold().endswith(PARTICIPLE_END):
        return False  # "Tagged Lisbon", "Updated Mar 12": a verb's form captions its value
    return all(words[common][:1].isupper() for words in split)


def _links(word: str) -> bool:
    return word.islower() and len(word) <= MAX_LINK_WORD_CHARS


def _rests(column: list[str], caption: str | None) -> list[str]:
    return [v[len(caption) :].strip() if caption else v for v in column]
