"""Tell apart siblings that look alike but hold different fields.

``<li class="meta__item meta__item--time">45 mins</li><li class="meta__item meta__item--skill">Easy</li>``
or three ``<span>``s each led by its own icon (a pin, a briefcase, a coin) share their tag and
class, yet each holds its own field: time and difficulty, location, job type and salary. What sets
them apart is a *mark*: a BEM modifier class, a screen-reader caption, a short word before the
value ("夜" / "昼" before a dinner and a lunch budget), or the icon before the value. Siblings
whose marks differ, from a small vocabulary that comes back record after record, are fields, not
a list. Tag chips (``tag--python``, ``tag--rust``) carry marks too, but their
vocabulary grows with every record, and they link into one folder.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from agents.heuristics.classtokens import class_tokens, is_hashed, is_utility, semantic_classes
from agents.heuristics.dom import HtmlElement, child_elements, full_text, tag_of
from agents.heuristics.indexclasses import index_classes
from agents.heuristics.labelclasses import are_spelled_labels, spells_own_text
from agents.heuristics.labels import is_list_sibling
from agents.heuristics.names import carries_hash
from agents.heuristics.splitcaptions import captions_a_value
from pipeline.core.screenreader import for_screen_readers

_ICON_TAGS = frozenset({"svg", "i", "img", "use"})
_BLOCK_TAGS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt")
#: A screen-reader caption naming a value is short ("Total time", "Skill level").
MAX_CAPTION_CHARS = 30
#: The identity prefix of a mark read from a word leading the sibling (``_leading_caption``).
LEAD = "lead:"
#: A caption leading a sibling: a word or a few, no figures or colon ("夜", "Lunch", "Check-in").
_CAPTION_WORDS = re.compile(r"^[^\W\d_][^\d:：]{0,29}$")
#: Size suffixes of icon names (``bed-24``, ``bedroom-medium``, ``star-sm``).
_ICON_SIZE = re.compile(r"[-_](?:xxs|xs|sm|small|md|medium|lg|large|xl|xxl|\d{1,3}(?:px)?)$", re.IGNORECASE)
#: Runs of marked siblings must tell their members apart this often to count as fields.
MIN_DISTINCT_SHARE = 0.5
#: Wrappers looked through for the classes of a sibling holding one element only.
MAX_WRAPPED_DEPTH = 3
#: Classes saying where a sibling stands or what state it is in, not which field it holds
#: (``first``/``last`` items of a list, ``views-row-odd``, the ``active`` tab).
#: What a style variant adds to a class (``badge-success``, ``btn-primary``, ``label-sm``): a look,
#: the same field shown in another colour or size, never a field of its own.
_STYLE = re.compile(
    r"^(?:primary|secondary|success|danger|warning|info|light|dark|muted|default|outline(?:-\w+)?"
    r"|xs|sm|md|lg|xl|small|large|red|green|blue|yellow|orange|grey|gray|white|black)$",
    re.IGNORECASE,
)
_PLACE_OR_STATE = re.compile(
    r"^(?:is|has)-|(?:^|[-_])(?:first|last|odd|even|alt|active|current|selected|open|closed|hidden|visible|disabled|"
    r"expanded|collapsed|child|\d+)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mark:
    """What sets one sibling apart: ``identity`` compares, ``label`` names the field (if known)."""

    identity: str
    label: str | None


Marker = Callable[[HtmlElement], "Mark | None"]


def mark_of(element: HtmlElement) -> Mark | None:
    """The sibling's mark: its screen-reader caption, the caption or shape of its leading icon, or
    its BEM modifier class, whichever comes first. A modifier spelling the sibling's own words
    (``tag-class-lever`` on "lever") is its value, not its field's mark."""
    caption = _screen_reader_caption(element)
    modifier = _modifier(element)
    icon = _leading_icon(element)
    if caption:
        return Mark(f"caption:{caption.lower()}", caption)
    if shown := _split_caption(element):
        return Mark(f"caption:{shown.lower()}", shown)
    if icon is not None and icon.label:
        return icon
    if modifier and not spells_own_text(modifier, element):
        # "merchant--1o6Ci": a CSS module's hash tells the sibling apart but leaves it unnamed.
        label = None if carries_hash(modifier) else modifier.replace("-", " ").replace("_", " ")
        return Mark(f"modifier:{modifier}", label)
    return icon or _link_target(element) or _structure(element)


def class_mark(element: HtmlElement) -> Mark | None:
    """The classes of a sibling and of the wrappers it alone holds: ``li > div.metadata.salary-
    snippet-container`` beside ``li > div.metadata``. A class some siblings carry and others lack,
    record after record, tells a salary chip from a job-type chip that otherwise look alike; style
    utilities (``a-color-secondary``) tell nothing. Tried only when ``mark_of`` tells no siblings
    apart (see ``marker_for``)."""
    classes: set[str] = set()
    node = element
    for _ in range(MAX_WRAPPED_DEPTH + 1):
        own = semantic_classes(node)
        counters = index_classes(node, own)  # "tag-list1": the item's place, not its field
        classes.update(c for c in own if not _PLACE_OR_STATE.search(c) and c not in counters)
        children = child_elements(node)
        if len(children) != 1 or (node.text or "").strip() or (children[0].tail or "").strip():
            break
        node = children[0]
    return Mark(f"classes:{' '.join(sorted(classes))}", None)


def marker_for(runs: list[list[HtmlElement]]) -> Marker | None:
    """How the siblings of a step are told apart, if they are: by ``mark_of``, else by the
    classes only some of them carry."""
    if distinguished(runs):
        return mark_of
    if distinguished(runs, lead_mark_of) and _leads_name_values(runs):
        return lead_mark_of  # "夜" / "昼" before two budgets: nothing else tells the rows apart
    # Where every record shows all the siblings their places tell them apart; classes are needed
    # only when an optional sibling shifts the places (a job without a salary chip).
    varying = len({len(run) for run in runs}) > 1
    if not varying or are_spelled_labels(runs):
        return None  # badges whose modifier spells their label ("new" on "New") are one list
    return class_mark if distinguished(runs, class_mark) else None


def _link_target(element: HtmlElement) -> Mark | None:
    """Which page of the site a link leads to, values aside: ``item?id`` (the comments) beside
    ``hide?goto,id`` (an action). Tag chips all lead to ``tag``: never apart. Links to other
    sites (a story's own link) lead anywhere, so they mark nothing."""
    href = (element.get("href") or "").strip() if tag_of(element) == "a" else ""
    parts = urlsplit(href)
    if not href or href.startswith(("#", "javascript:")) or parts.scheme or parts.netloc:
        return None
    section = next((p for p in parts.path.split("/") if p and p != "."), "")
    keys = ",".join(sorted(q.split("=", 1)[0] for q in parts.query.split("&") if q))
    return Mark(f"link:{section}?{keys}", None)


def _structure(element: HtmlElement) -> Mark | None:
    """What a sibling is made of, when nothing else marks it: "Built by" and its avatar links, a
    colour dot and a language name, an icon and a count. Siblings of a list (tag chips) are all
    made alike, so this never tells them apart."""
    children = sorted({tag_of(c) for c in element if isinstance(c.tag, str)})
    if not children:
        return None
    own = "".join([element.text or "", *(c.tail or "" for c in element)])
    kind = "number" if re.search(r"\d", own) else "words" if own.strip() else "bare"
    return Mark(f"structure:{','.join(children)}:{kind}", None)


def _split_caption(element: HtmlElement) -> str | None:
    """``<div><span>Level</span><span>: </span><span>Beginner</span></div>``: the caption the
    sibling opens with, across its colon, names the field it holds whatever its place."""
    children = child_elements(element)
    if not children or (element.text or "").strip() or not captions_a_value(children[0]):
        return None
    return full_text(children[0])


def lead_mark_of(element: HtmlElement) -> Mark | None:
    """The sibling's leading word (``_leading_caption``) as its mark, else its ``mark_of``."""
    lead = _leading_caption(element)
    return Mark(f"{LEAD}{lead.lower()}", lead) if lead else mark_of(element)


def _leads_name_values(runs: list[list[HtmlElement]]) -> bool:
    """Whether each leading word comes back in several records and is followed by values that
    change from record to record: "Dinner" before "$20–$29" here and "$10–$19" there names a
    value, whereas "CC" before the same "Closed captions" tooltip everywhere is a badge with its
    description, and a company's name before its rating a value of one record."""
    rests: dict[str, list[str]] = {}
    for element in (e for run in runs for e in run):
        mark = lead_mark_of(element)
        if mark is not None and mark.identity.startswith(LEAD):
            rests.setdefault(mark.identity, []).append(full_text(element))
    return bool(rests) and all(len(set(texts)) > 1 for texts in rests.values())


def _leading_caption(element: HtmlElement) -> str | None:
    """``<li><i>夜</i><span>￥1,000～￥1,999</span></li>`` beside ``<li><i>昼</i>…</li>``: a short
    word leading the sibling, with no colon, and a value after it. Which word leads tells the
    dinner budget from the lunch one; ``distinguished`` keeps it only where the words recur from
    record to record, so a name leading each comment of a thread names no field."""
    children = child_elements(element)
    if len(children) < 2 or (element.text or "").strip() or (children[0].tail or "").strip():
        return None
    parent = element.getparent()
    if parent is None or not any(c is not element and is_list_sibling(c, element) for c in child_elements(parent)):
        return None  # a lone block ("Bitcoin" over "BTC") leads no row of look-alikes: its words are a value
    caption, rest = children[0], children[1:]
    if child_elements(caption) or tag_of(caption) == "a" or not _CAPTION_WORDS.match(full_text(caption)):
        return None
    if any(is_list_sibling(caption, c) for c in rest):
        return None  # "Linux" before "Mac" in the same chip markup: the first item of a list
    return full_text(caption) if any(full_text(c) for c in rest) else None


def _screen_reader_caption(element: HtmlElement) -> str | None:
    for child in child_elements(element)[:2]:
        if for_screen_readers(child):
            text = full_text(child)
            if text and len(text) <= MAX_CAPTION_CHARS and not re.search(r"\d", text):
                return text
    return None


def _modifier(element: HtmlElement) -> str | None:
    """``card__meta-item--time`` beside ``card__meta-item`` -> time; a single ``-`` or ``_``
    extends a class too (``card_metaItem-platform`` beside ``card_metaItem`` -> platform)."""
    tokens = class_tokens(element)
    for token in tokens:
        base, sep, modifier = token.partition("--")
        if sep and modifier and base in tokens and not is_hashed(token):
            return modifier
    return _extension(tokens)


def _extension(tokens: list[str]) -> str | None:
    """What a class adds to another class of the same element by one ``-`` or ``_``, as
    ``placesteps.place_class`` reads it. Where a sibling stands (``views-row-odd``) or its state
    (``tab-active``) is no field, nor is a style variant after a doubled mark (``btn__primary``,
    ``stats-item__emphasized``)."""
    for token in tokens:
        bases = [b for b in tokens if b != token and token[: len(b) + 1] in (f"{b}-", f"{b}_")]
        if not bases or is_hashed(token) or _PLACE_OR_STATE.search(token):
            continue
        extension = token[len(max(bases, key=len)) + 1 :]
        if extension[:1].isalnum() and not _STYLE.match(extension):
            return extension
    return None


def _leading_icon(element: HtmlElement) -> Mark | None:
    """The icon shown before the value: its caption if it has one, else what it looks like."""
    if (element.text or "").strip():
        return None
    children = [c for c in element if isinstance(c.tag, str)]  # svg is no "child element" of text
    if not children or tag_of(children[0]) not in _ICON_TAGS or full_text(children[0]):
        return None
    icon = children[0]
    if _texts_after(element, icon) > 1:
        return None  # a logo or an avatar heading a block of values (name, symbol), not a value's icon
    caption = (icon.get("aria-label") or icon.get("title") or icon.get("alt") or "").strip()
    if caption and len(caption) <= MAX_CAPTION_CHARS:
        return Mark(f"icon:{caption.lower()}", caption)
    classes = [t for t in class_tokens(icon) if not is_utility(t) and not is_hashed(t)]
    uses = [u.get("href") or u.get("{http://www.w3.org/1999/xlink}href") or "" for u in icon.iter("use")]
    named = next((u.lstrip("#") for u in uses if u), None) or next((c for c in classes if "-" in c), None)
    shape = " ".join(str(p.get("d") or "") for p in icon.iter() if isinstance(p.tag, str))
    identity = "|".join([*classes, *uses, f"{zlib.crc32(shape.encode()):08x}" if shape.strip() else ""])
    if not identity.strip("|"):
        return None
    label = re.sub(r"^(?:icon|ico|i|fa|bi|glyphicon|mdi|material-icons)[-_]+", "", named) if named else None
    label = _ICON_SIZE.sub("", label) if label else None  # "bedroom-medium": the size is no name
    return Mark(f"shape:{identity}", label.replace("-", " ") if label else None)


def _texts_after(element: HtmlElement, icon: HtmlElement) -> int:
    """How many blocks of text (paragraphs, headings, divs) ``element`` holds after its leading
    ``icon``, capped at 2: an icon's value is inline ("<svg/> 3 <b>beds</b>")."""
    found = 0
    for node in element.iterdescendants(*_BLOCK_TAGS):
        if icon in node.iterancestors():
            continue
        found += bool((node.text or "").strip())
        if found > 1:
            break
    return found


def distinguished(runs: list[list[HtmlElement]], marker: Marker = mark_of) -> bool:
    """Whether sibling runs (one per parent) hold different fields told apart by their marks."""
    multi = [run for run in runs if len(run) >= 2]
    if not multi:
        return False
    vocabulary: Counter[str] = Counter()
    apart = 0
    for run in multi:
        marks = [marker(e) for e in run]
        identities = [m.identity for m in marks if m is not None]
        if len(identities) == len(run) and len(set(identities)) == len(run):
            apart += 1
        vocabulary.update(set(identities))
    if apart < MIN_DISTINCT_SHARE * len(multi):
        return False
    # A fixed vocabulary (time, skill) recurs; tag modifiers (python, rust, go…) keep growing.
    longest = max(len(run) for run in multi)
    recurring = [i for i, n in vocabulary.items() if n >= 2 or len(multi) == 1]
    return len(vocabulary) <= longest + 1 and len(recurring) >= 2
