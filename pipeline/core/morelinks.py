"""A read-more link at the end of a text: ``<p>… floppy drives. <a>Continue reading »</a></p>``.

An excerpt and the link to the rest of its post often share one paragraph (WordPress's more link,
Blogger's "Read more »", a "… more" after a cut snippet, an arrow alone). The link is a way to the
post, not words of the excerpt, so a field reading the paragraph holds the excerpt alone. The
link stays when it is not last (text follows it), when it is all the element says (a field may
read the link itself), or when what is left is no text of a few words (a pager's "1 2 3 »").
An ellipsis written as text ("… &hellip;", "[…]") is the excerpt's own and stays.
"""

from __future__ import annotations

import re
from typing import Any

#: Links that lead to the rest of a text, in the languages the Scout meets most, maybe after an
#: ellipsis ("… more") and before arrows or a stop ("Read more »", "Weiterlesen …").
_PHRASES = (
    r"(?:read|see|view|show)\s+(?:more|on|the\s+rest|the\s+full\s+(?:story|article|post)|full\s+(?:story|article|post))"
    r"|continue\s+reading|keep\s+reading|more"
    r"|weiterlesen|mehr\s+lesen|mehr"
    r"|lire\s+la\s+suite|lire\s+plus|la\s+suite"
    r"|leer\s+m[aá]s|seguir\s+leyendo|ver\s+m[aá]s"
    r"|leggi\s+(?:tutto|di\s+pi[uù]|ancora)|continua\s+a\s+leggere"
    r"|lees\s+(?:verder|meer)|verder\s+lezen"
    r"|leia\s+mais|continue\s+lendo|ler\s+mais"
    r"|czytaj\s+(?:dalej|wi[eę]cej)|l[äa]s\s+mer|l[æa]s\s+mere|les\s+mer"
)
#: The post's title a link may name in quotes when no screen-reader class hides it
#: ("Continue reading “Title” →"); a title, not a sentence, so it is kept short.
_QUOTED_TITLE = r"(?:\s+[\"“„«‘'][^\"”“»’']{1,160}[\"”“»’'])?"
_ARROWS = r"[»›→⟶➔➜>]"
_READ_MORE = re.compile(
    # A run of stops is taken whole (``\.{2,}(?!\.)``): as ``\.{2,3}`` repeated, a long run split
    # every way into twos and threes backtracks exponentially before a mismatch ("more.....!").
    rf"^[(\[]?\s*(?:…|\.{{2,3}})?\s*(?:(?:{_PHRASES}){_QUOTED_TITLE}\s*(?:{_ARROWS}|…|\.{{2,}}(?!\.)|[)\]])*"
    rf"|(?:{_ARROWS}\s*)+)\s*[)\]]?$",
    re.IGNORECASE,
)
#: How the text before a read-more link ends when the link is no word of its sentence: a stop, an
#: ellipsis, a bracket or a quote ("… drives.", "[…]"). After a word, "more" continues the sentence
#: ("Free shipping on shoes, bags and more").
_SENTENCE_END = re.compile(r"[.!?…:;)\]\"'”’»]$")
#: A read-more link's own mark of a way on: an arrow, an ellipsis, a bracket ("Read more »", "[more]").
_WAY_ON = re.compile(rf"{_ARROWS}|…|\.\.|^[(\[]")
#: Blocks a read-more link may stand in alone, below the excerpt's paragraph.
_BLOCKS = frozenset({"p", "div", "li", "footer", "section", "dd", "td"})
#: What must be left once the link is cut: words of a text, not a pager's numbers.
MIN_WORDS_LEFT = 3
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Nesting followed down the element's last children: deeper pages are malformed, not text.
_MAX_DEPTH = 64
#: Text a read-more link says is short; a long link text is a sentence of the value.
MAX_LINK_CHARS = 200


def says_read_more(text: str) -> bool:
    """Whether a link's shown text is a read-more link's ("Continue reading »", "Lire la suite", "→")."""
    return len(text) <= MAX_LINK_CHARS and bool(_READ_MORE.match(text.strip()))


def last_link(root: Any) -> Any | None:
    """The link ``root`` ends with, at any depth, with no text after it; None when it ends with
    text or another element. Empty elements after it (an icon, a ``br``) end nothing."""
    node = root
    for _ in range(_MAX_DEPTH):
        last = _last_content(node)
        if last is None:
            return None
        if last.tag == "a":
            return last if last is not root else None
        node = last
    return None


def stands_apart(rest: str, said: str, link: Any) -> bool:
    """Whether the link saying ``said`` is no word of the text ``rest`` before it: that text ends
    a sentence or an ellipsis, the link marks itself as a way on, or it opens a block of its own."""
    if _SENTENCE_END.search(rest) or _WAY_ON.search(said.strip()):
        return True
    parent = link.getparent()
    return (
        parent is not None and parent.tag in _BLOCKS and link.getprevious() is None and not (parent.text or "").strip()
    )


def enough_left(text: str) -> bool:
    """Whether ``text``, cut of its read-more link, still says a few words."""
    return len(_WORD.findall(text)) >= MIN_WORDS_LEFT


def _last_content(node: Any) -> Any | None:
    """The last child element of ``node`` holding text, when nothing but empty elements and blank
    space follows it; else None."""
    for child in reversed(node):
        if (child.tail or "").strip():
            return None  # text after the child: the element ends with text
        if not isinstance(child.tag, str):
            continue  # a comment or processing instruction, which shows nothing
        if any(piece.strip() for piece in child.itertext()):
            return child
    return None
