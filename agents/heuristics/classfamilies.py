"""Generated class families: hashes no single token gives away, told by their many members.

Some generators write hashes no single token gives away (``dcr-qmgjds`` could be a word after a
prefix); their many members on one page do, so ``classtokens.is_hashed`` also asks which class
families of the page being analysed are generated (``generated_families``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from agents.heuristics.dom import page_classes

#: Class tokens classified once per process: a page repeats a few hundred tokens thousands of times.
TOKEN_CACHE_SIZE = 8192
#: Distinct hash-like tokens a page needs in one family before the family is taken as generated.
MIN_FAMILY_TOKENS = 6
#: Share of a family's rests mixing letters and digits: nine in ten base-36 or hex hashes of five
#: or more characters do, while hand-written words with a digit are rare.
MIN_MIXED_SHARE = 0.5
#: One generator's hashes differ in length by at most this.
MAX_REST_SPREAD = 3
#: Page families remembered: one per page analysed, and a page is analysed at a time.
PAGE_CACHE_SIZE = 4
#: A key before a hash: emotion's ``createCache({key: "dcr"})`` writes ``dcr-1x5kxg4`` (the
#: Guardian, Mantine's ``mantine-``), Airbnb's atomic CSS ``atm_9s_1txwivl`` (key, property code,
#: value hash).
_KEYED = re.compile(r"^(?P<key>[a-z]{1,12}[-_])(?:[a-z0-9]{1,3}[-_])?(?P<rest>[a-z0-9]{4,10})$")
#: A hash behind a one-letter slug: Linaria's ``t1jojoys`` / ``cnjlbcx``, StyleX's ``x1lliihq``.
_BARE = re.compile(r"^[a-z](?P<rest>[a-z0-9]{5,8})$")
#: Letters no word strings together: no vowel at all, or four consonants in a row.
_UNSPOKEN = re.compile(r"^[^aeiou]+$|[b-df-hj-np-tv-z]{4}")
#: A word numbered by hand (``heading6``, ``level2``), which a hash rarely looks like.
_NUMBERED_WORD = re.compile(r"^[a-z]+\d{1,2}$")


@dataclass(frozen=True)
class ClassFamily:
    """Generated classes of one page: a key (``dcr-``, ``atm_``; empty for one-letter slugs like
    Linaria's) before hashes of ``shortest`` to ``longest`` characters."""

    key: str
    shortest: int
    longest: int


def generated_families(tokens: Iterable[str]) -> frozenset[ClassFamily]:
    """The families of ``tokens`` (a page's classes) that a generator wrote: many distinct members
    whose rests after the key look random (letters and digits mixed, in lengths close together).

    A hand-written family (``product-title``, ``product-price``) has words for rests; a build's
    (the Guardian's ``dcr-hsdqx0a``, Airbnb's ``atm_3e_9b2b7d7`` and ``c1cjhaol``, Facebook's
    ``x1lliihq``) has hashes, and hashes of five characters or more nearly always hold a digit.
    """
    rests: dict[str, list[str]] = defaultdict(list)
    for token in set(tokens):
        if keyed := _KEYED.match(token):
            rests[keyed["key"]].append(keyed["rest"])
        elif bare := _BARE.match(token):
            rests[""].append(bare["rest"])
    families = set()
    for key, found in rests.items():
        mixed = [len(r) for r in found if _mixes_letters_and_digits(r)]
        if len(mixed) < max(MIN_FAMILY_TOKENS, MIN_MIXED_SHARE * len(found)):
            continue
        if max(mixed) - min(mixed) <= MAX_REST_SPREAD:
            families.add(ClassFamily(key, min(mixed), max(mixed)))
    return frozenset(families)


def page_families() -> frozenset[ClassFamily]:
    """The generated families of the page being analysed."""
    return _families_of(page_classes())


@lru_cache(maxsize=PAGE_CACHE_SIZE)
def _families_of(tokens: frozenset[str]) -> frozenset[ClassFamily]:
    return generated_families(tokens)


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def in_family(token: str, families: frozenset[ClassFamily]) -> bool:
    """Whether ``token`` belongs to one of ``families``. Under a generator's key every rest of the
    family's lengths is its hash, even one reading as a word; a one-letter slug is the hash only
    when no word could be written so (a digit, or letters no one says)."""
    if not families:
        return False
    if keyed := _KEYED.match(token):
        key, rest = keyed["key"], keyed["rest"]
    elif bare := _BARE.match(token):
        key, rest = "", bare["rest"]
        if not (_mixes_letters_and_digits(token) or _UNSPOKEN.search(token)):
            return False
    else:
        return False
    # A base-36 hash is a character shorter when its number is small: emotion's "qmgjds" beside "1x5kxg4".
    return any(f.key == key and f.shortest - 1 <= len(rest) <= f.longest + 1 for f in families)


def _mixes_letters_and_digits(text: str) -> bool:
    """Letters and digits mixed as a hash mixes them, not a word with a number after it."""
    if not (re.search(r"\d", text) and re.search(r"[a-z]", text)):
        return False
    return not _NUMBERED_WORD.match(text) or bool(_UNSPOKEN.search(text.rstrip("0123456789")))
