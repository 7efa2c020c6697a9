"""The role a byline writes after the author's name: "By Jane Smith, Political correspondent".

A role is a few words after a comma, the first capitalised, one of them a plain lower-case word
("correspondent", "reporter", "editor"): a second author's name after the comma ("By Ana Reis,
Tom Wu") is all capitals, and is no role.
"""

from __future__ import annotations

import re

#: A role says a few words ("Political correspondent", "Senior reporter in Berlin").
MAX_ROLE_WORDS = 6
_ROLE = re.compile(r"^[A-ZÀ-Þ][^\W\d_]*(?: [^\W\d_][\w'’-]*){0,5}$")
_PLAIN_WORD = re.compile(r"^[a-zà-ÿ]{3,}$")
#: Words joining two names, which say no role.
_JOINS = frozenset({"and", "und", "et", "with"})
#: What may end a role written in a byline's text: a separator before the date, the end of the text.
ROLE_END = re.compile(r"^,\s*(?P<role>[^,·|•\n]{2,60}?)\s*(?P<end>[·|•]|$)")


def is_role(text: str) -> bool:
    """ "Political correspondent", "Senior reporter"; not "Tom Wu", "BBC News", "2 hours ago"."""
    words = text.split()
    return (
        0 < len(words) <= MAX_ROLE_WORDS
        and bool(_ROLE.match(text))
        and any(_PLAIN_WORD.match(w) and w not in _JOINS for w in words)
    )


def role_after_name(text: str) -> str | None:
    """The role in a byline's one text ("By Jane Smith, Political correspondent"), or None."""
    name, comma, rest = text.partition(", ")
    return rest.strip() if comma and name and is_role(rest.strip()) else None
