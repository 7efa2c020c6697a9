"""The text of an element a person sees: what every field reading an element's text holds.

Text inside a script, style, noscript or template never shows on the page, so it never belongs to
a field. Nor does text in an element the page hides (``hidden``, inline ``display:none``: the other
billing period's price, a collapsed panel) below the element read; the element read may itself be
hidden, which a spec that chose it meant (a value kept in a hidden span). Screen-reader copies
inside the element are left out too (``screenreader``), and so is a read-more link ending the
text ("… drives. Continue reading »", ``morelinks``). An inline icon's ``<desc>`` and ``<title>``
("A checkmark inside of a circle") are no text of the element around it: a visitor never sees the
one and sees the other only as a tooltip. A drawing read itself still says them: its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

from pipeline.core.cleantext import clean_text, join_texts
from pipeline.core.inlineseams import glued_texts, open_seams
from pipeline.core.morelinks import enough_left, last_link, says_read_more, stands_apart
from pipeline.core.screenreader import for_screen_readers, text_without_copies

_HIDDEN = ("script", "style", "noscript", "template")
_PAGE_HIDES = "@hidden or @style and contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')"
_NEVER_SHOWN = "ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
#: An icon's ``<desc>`` never shows, its ``<title>`` only as a tooltip: neither is text of the
#: element around the icon. A drawing read itself still says them (``_in_svg``).
_ICON_WORDS = "ancestor::*[self::desc or self::title][ancestor::svg]"
_BELOW_HIDDEN = f"ancestor::*[({_PAGE_HIDES}) and count(ancestor::*) > $depth]"


def _shown_xpath(*left_out: str) -> str:
    return f".//text()[not({' or '.join(left_out)})]"


#: Same text rule as ``shown_text`` for an element outside any ``<svg>``.
SHOWN_XPATH = _shown_xpath(_NEVER_SHOWN, _ICON_WORDS)
_TEXT = etree.XPath(SHOWN_XPATH, smart_strings=False)
_TEXT_NODES = etree.XPath(SHOWN_XPATH)  # smart strings: each knows its element
_TEXT_BELOW = etree.XPath(_shown_xpath(_NEVER_SHOWN, _ICON_WORDS, _BELOW_HIDDEN), smart_strings=False)
_TEXT_NODES_BELOW = etree.XPath(_shown_xpath(_NEVER_SHOWN, _ICON_WORDS, _BELOW_HIDDEN))
_SVG_TEXT = etree.XPath(_shown_xpath(_NEVER_SHOWN), smart_strings=False)
_SVG_TEXT_NODES = etree.XPath(_shown_xpath(_NEVER_SHOWN))
_SVG_TEXT_BELOW = etree.XPath(_shown_xpath(_NEVER_SHOWN, _BELOW_HIDDEN), smart_strings=False)
_SVG_TEXT_NODES_BELOW = etree.XPath(_shown_xpath(_NEVER_SHOWN, _BELOW_HIDDEN))
_HIDES_BELOW = etree.XPath(f"boolean(descendant::*[{_PAGE_HIDES}])")
_PAGE_HIDERS = etree.XPath(f"//*[{_PAGE_HIDES}]")


@dataclass(frozen=True)
class Hidden:
    """What one page hides, found in one walk per page instead of a search per element read.

    The sets hold the element proxies, so lxml hands out these same objects (and ``in`` finds
    them) while they live.
    """

    #: The root element of the page's document.
    document: Any
    #: Elements inside a script, style, noscript or template.
    inside: frozenset[Any]
    #: Elements holding one the page hides (``hidden``, inline ``display:none``) somewhere below;
    #: None when not looked for, which pays only for a page whose elements are read by the
    #: thousand (the Scout's): a spec's reads are few, each cheaper than a walk of the whole page.
    above_hidden: frozenset[Any] | None = None

    def holds(self, element: Any) -> bool:
        """Whether ``element`` is in this page's document (not in a copy or another page)."""
        return bool(element.getroottree().getroot() is self.document)


def scripts_hidden(root: Any) -> Hidden:
    """What the document holding ``root`` keeps in scripts, styles, noscripts and templates."""
    if not hasattr(root, "getroottree"):
        return Hidden(None, frozenset())  # not a tree (a text or JSON selector): it has no elements to read
    document = root.getroottree().getroot()
    return Hidden(document, frozenset(inner for outer in document.iter(*_HIDDEN) for inner in outer.iterdescendants()))


def page_hidden(root: Any) -> Hidden:
    """``scripts_hidden`` and the elements above those the page hides."""
    scripts = scripts_hidden(root)
    if scripts.document is None:
        return scripts
    above: set[Any] = set()
    for hider in _PAGE_HIDERS(scripts.document):
        for ancestor in hider.iterancestors():
            if ancestor in above:
                break  # the rest of the way up is in already
            above.add(ancestor)
    return Hidden(scripts.document, scripts.inside, frozenset(above))


def shown_text(root: Any, hidden: Hidden | None = None) -> str:
    """The visible text of ``root`` (an element, or a text or attribute result), whitespace-normalised.

    ``hidden``: what the page holding ``root`` hides (``scripts_hidden``, ``page_hidden``); None to
    look each element up.
    """
    if isinstance(root, str):
        return clean_text(root)
    if not len(root) and isinstance(root.tag, str) and _shown(root, hidden):
        return clean_text(root.text or "")  # a leaf's one text node: what _texts finds, without an XPath call
    whole = text_without_copies(root, lambda r: _text_nodes(r, hidden)) or join_texts(_glued(root, hidden))
    return _without_read_more(root, whole, hidden)


#: ``FieldSpec.split`` for a list whose items the page's source puts one a line with nothing else
#: between them (``shown_lines``): a template printing each tag title on its own line.
LINE_BREAK = "\n"


def shown_lines(root: Any, hidden: Hidden | None = None) -> str:
    """The shown text of ``root`` line by line as the page's source breaks it, each line
    whitespace-normalised and the empty ones left out: "Frühjahrsputz\nEhrenamt" where
    ``shown_text`` reads "Frühjahrsputz Ehrenamt". Within a line, the texts of elements meet as
    in ``shown_text``: ``<span>Garten</span><span>Küche</span>`` reads "Garten Küche", never
    "GartenKüche"."""
    lines: list[list[str]] = [[]]
    for node in [root] if isinstance(root, str) else _glued(root, hidden):
        first, *rest = node.splitlines() or [""]
        lines[-1].append(first)
        lines.extend([part] for part in rest)
        if node.endswith(_LINE_ENDS):  # splitlines drops the break ending a node
            lines.append([])
    joined = (join_texts(part for part in parts if part.strip()) for parts in lines)
    return LINE_BREAK.join(line for line in joined if line)


#: What ``str.splitlines`` breaks at.
_LINE_ENDS = ("\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _without_read_more(root: Any, whole: str, hidden: Hidden | None) -> str:
    """``whole`` (the text of ``root``) without the read-more link it ends with, if any."""
    link = last_link(root)
    if link is None:
        return whole
    said = shown_text(link, hidden)
    if not said or not says_read_more(said) or not whole.endswith(said):
        return whole
    rest = whole[: len(whole) - len(said)].rstrip()
    return rest if enough_left(rest) and stands_apart(rest, said, link) else whole


def _texts(root: Any, hidden: Hidden | None) -> list[str]:
    """The text nodes of ``root`` that can show, as plain strings."""
    drawn = _in_svg(root)
    if not _hides_below(root, hidden):  # most elements: the one walk, without the hidden ancestors' test
        return list((_SVG_TEXT if drawn else _TEXT)(root))
    depth = sum(1 for _ in root.iterancestors())
    return list((_SVG_TEXT_BELOW if drawn else _TEXT_BELOW)(root, depth=depth))


def _glued(root: Any, hidden: Hidden | None) -> list[str]:
    """``_texts``, with the nodes that meet inside a word at an inline element's edge made one
    ("py<em>tide</em>s2" reads "pytides2"): the browser shows no space there."""
    texts = _texts(root, hidden)
    return glued_texts(_text_nodes(root, hidden), for_screen_readers) if open_seams(texts) else texts


def _text_nodes(root: Any, hidden: Hidden | None) -> list[Any]:
    """``_texts`` as smart strings, each knowing its element."""
    drawn = _in_svg(root)
    if not _hides_below(root, hidden):
        return list((_SVG_TEXT_NODES if drawn else _TEXT_NODES)(root))
    depth = sum(1 for _ in root.iterancestors())
    return list((_SVG_TEXT_NODES_BELOW if drawn else _TEXT_NODES_BELOW)(root, depth=depth))


def _in_svg(root: Any) -> bool:
    """Whether ``root`` is an ``<svg>`` or inside one: read on purpose, a drawing says its
    accessible name (a rating's ``<title>`` "4.5 of 5 bubbles", or the ``<desc>`` its
    ``aria-labelledby`` names), as an image says its alt."""
    return root.tag == "svg" or next(root.iterancestors("svg"), None) is not None


def _hides_below(root: Any, hidden: Hidden | None) -> bool:
    """Whether the page hides an element below ``root``."""
    if hidden is None or hidden.above_hidden is None:
        return bool(_HIDES_BELOW(root))
    return root in hidden.above_hidden


def _shown(element: Any, hidden: Hidden | None) -> bool:
    """Whether text directly inside ``element`` can show: it is in no script, style, noscript or template."""
    if element.tag in _HIDDEN:
        return False
    if hidden is None:
        return next(element.iterancestors(*_HIDDEN), None) is None
    return element not in hidden.inside
