"""Where a value sits in a site's served pages: visible text, an attribute, a script, or nowhere.

``absentshape`` and ``junkshape`` ask it of values the Scout left out or put in a junk column. A
value is looked for as written in its usual spellings (``spellings``: a number as ``1234``,
``1,234``, ``1.234``, ``1 234`` or with two decimals; a day by its month's name in English or in
the languages ``pipeline.core.monthnames`` knows, day first or month first, or as ``18/03/2025``);
a value a person derived (an ISO day of "3 days ago", ``1200`` of "1.2k", a ``true`` of a badge) is
**nowhere** as written. Places, in order: the **visible** text (lxml text outside script, style,
template and noscript, with block elements kept apart), else an **attribute** (by ``BUCKETS``), else a
**script** (a ``<script>``'s text or a JSON document the site serves, its ``\\/`` and ``\\uXXXX``
undone), else nowhere. Every page counts: a site does not say which of its pages hold its records.
"""

from __future__ import annotations

import bisect
import calendar
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import unquote, urlsplit

import lxml.html
from lxml.html import HtmlElement

from pipeline.core.monthnames import _MONTHS
from pipeline.core.monthtables import MORE_MONTHS

Fold = Callable[[str], str]

PLACES = ("visible", "attribute", "script", "nowhere")
#: Attribute buckets, in the order a value is looked for.
BUCKETS = ("href/src", "title/alt", "data-*", "content/value", "datetime", "other")
_HIDDEN = ("script", "style", "template", "noscript")
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol"),
        *("option", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    }
)
_SKIPPED_ATTRIBUTES = frozenset({"class", "style"})
#: Files that hold no records: the corpus's own, assets (by extension) and anything a server would not send whole.
_CORPUS_FILES = frozenset({"meta.json", "expected.json"})
_ASSETS = frozenset(".css .png .jpg .jpeg .gif .svg .webp .avif .ico .woff .woff2 .ttf .otf .mp4 .pdf".split())  # noqa: SIM905
_MAX_BYTES = 5_000_000
_WHOLE_MAX = 300
NEAR_LEVELS = 4
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH_DAY = re.compile(r"^--(\d{2})-(\d{2})$")
_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_WORD = re.compile(r"\w+")


def bucket(attribute: str) -> str:
    """The ``BUCKETS`` entry an attribute's name falls in."""
    name = attribute.lower()
    if name in ("href", "src", "srcset", "data-src", "action", "poster"):
        return "href/src"
    if name in ("title", "alt", "aria-label", "placeholder"):
        return "title/alt"
    if name.startswith("data-"):
        return "data-*"
    if name in ("content", "value"):
        return "content/value"
    return "datetime" if name == "datetime" else "other"


@dataclass
class Page:
    """One served file's text, folded: what it shows, what its attributes and scripts hold."""

    visible: str = ""
    script: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    #: Each element's visible text with the element, shortest first (``lengths`` for bisecting).
    texts: list[tuple[str, HtmlElement]] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    #: Elements by their whole (short) text.
    whole: dict[str, list[HtmlElement]] = field(default_factory=dict)
    #: The words of ``visible``, ``script`` and each attribute bucket, to rule most spellings out at once.
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    #: The text 4 levels above each element whose text is a given title (filled as asked).
    near: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        places = {"visible": self.visible, "script": self.script, **self.attributes}
        self.words = {name: frozenset(_WORD.findall(text)) for name, text in places.items()}


def _unescaped(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text).replace("\\/", "/")


def page_of(body: str, fold: Fold) -> Page:
    """A page read from its markup, or a JSON document (all of it script)."""
    if body.lstrip()[:1] in ("{", "["):
        return Page(script=fold(_unescaped(body)))
    try:
        root = lxml.html.document_fromstring(body.encode("utf-8", "replace"), parser=_PARSER)
    except (ValueError, lxml.etree.ParserError):
        return Page()
    attributes: dict[str, list[str]] = {b: [] for b in BUCKETS}
    for element in root.iter():
        for name, value in element.attrib.items():
            if name.lower() not in _SKIPPED_ATTRIBUTES and value.strip():
                attributes[bucket(name)].append(fold(unquote(value) if bucket(name) == "href/src" else value))
    script = "\n".join(fold(_unescaped(s.text or "")) for s in root.iter("script"))
    for hidden in list(root.iter(*_HIDDEN)):
        hidden.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    texts = [(fold(e.text_content()), e) for e in root.iter() if isinstance(e.tag, str)]
    texts = sorted(((t, e) for t, e in texts if t), key=lambda p: len(p[0]))
    whole: dict[str, list[HtmlElement]] = {}
    for text, element in texts:
        if len(text) <= _WHOLE_MAX:
            whole.setdefault(text, []).append(element)
    return Page(
        visible=fold(root.text_content()),
        script=script,
        attributes={b: "\n".join(v) for b, v in attributes.items()},
        texts=texts,
        lengths=[len(t) for t, _ in texts],
        whole=whole,
    )


def site_files(root: Path) -> list[Path]:
    """A served site folder's files that can hold records: pages (any extension a server answers with,
    ``.php`` and ``.aspx`` too), fragments, JSON and scripts; not the corpus's own files, nor assets."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and path.name not in _CORPUS_FILES
        and _extension(path) not in _ASSETS
        and path.stat().st_size < _MAX_BYTES
    )


def read_texts(root: Path) -> dict[Path, str]:
    """Every file of ``site_files`` by its resolved path, read once for all the shapes that look at them."""
    return {path.resolve(): path.read_text(encoding="utf-8", errors="replace") for path in site_files(root)}


def read_pages(texts: Mapping[Path, str], fold: Fold) -> list[Page]:
    """The pages of ``read_texts``: a script file is all script, like a JSON document."""
    return [
        Page(script=fold(_unescaped(text))) if _extension(path) == ".js" else page_of(text, fold)
        for path, text in texts.items()
    ]


def _extension(path: Path) -> str:
    # A served file's name carries its query after "@" ("list.php@page=2"): the extension is before it.
    return PurePath(path.name.split("@", 1)[0]).suffix.lower()


# --------------------------------------------------------------------------------------------------
# Spellings
# --------------------------------------------------------------------------------------------------


def _month_names() -> dict[int, tuple[str, ...]]:
    names: dict[int, set[str]] = {}
    for number in range(1, 13):
        english = calendar.month_name[number]
        found = {english.lower(), calendar.month_abbr[number].lower()}
        for table in (_MONTHS, MORE_MONTHS):
            found.update(n.lower() for n in table.get(english, ()))
        names[number] = found
    names[9].add("sept")
    return {n: tuple(sorted(v)) for n, v in names.items()}


_NAMES = _month_names()


def number_spellings(number: float) -> list[str]:
    """How a page may write a number: plain, grouped by ``,``, ``.``, space or ``'``, with decimals."""
    x = abs(number)
    out = {repr(x).removesuffix(".0"), f"{x:.2f}"}
    for grouped in (f"{x:,.0f}", f"{x:,.2f}") if x.is_integer() else (f"{x:,.2f}", f"{x:,}"):
        out.update({grouped, grouped.replace(",", " "), grouped.replace(",", "'")})
        out.add(grouped.translate(str.maketrans(",.", ".,")))
        out.add(grouped.replace(",", " ").replace(".", ","))
    out.update(s.replace(".", ",") for s in list(out) if s.count(".") == 1 and "," not in s)
    return sorted(out)


def day_spellings(day: date | None, month: int, dom: int) -> list[str]:
    """How a page may write a day, with its year unless ``day`` is None (a day without its year); a
    page that shows the day without the year still shows it."""
    out: set[str] = set()
    for d in {str(dom), f"{dom:02d}"}:
        for name in _NAMES[month]:
            out.update({f"{d} {name}", f"{d}. {name}", f"{d} de {name}", f"{name} {d}", f"{name}. {d}"})
        out.update({f"{month}/{d}", f"{d}/{month}", f"{d}.{month}.", f"{d}.{month:02d}.", f"{month:02d}-{d}"})
    if day is None:
        return sorted(out)
    year = day.year
    dated = {f"{s} {year}" for s in out if "/" not in s and "-" not in s}
    dated |= {f"{s}, {year}" for s in out if s[-1].isdigit() and "/" not in s and "-" not in s}
    dated |= {f"{s}{year}" for s in out if s[-1] == "." and s[0].isdigit()}
    dated |= {f"{s}/{year}" for s in out if "/" in s}
    dated |= {day.isoformat(), f"{year}/{month:02d}/{dom:02d}", f"{year}.{month:02d}.{dom:02d}"}
    return sorted(out | dated)


def spellings(value: Any, kind: str, fold: Fold) -> list[str]:
    """The folded texts a value of this ``expected_type`` may be written as (none: derived, e.g. a bool)."""
    if isinstance(value, bool) or value is None:
        return []
    if kind == "number" and isinstance(value, int | float):
        return number_spellings(float(value))
    text = str(value)
    if kind == "date" and (found := _DATE.match(text)):
        try:
            day = date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            return [fold(text)]
        return sorted({fold(text), *day_spellings(day, day.month, day.day)})
    if kind == "month-day" and (found := _MONTH_DAY.match(text)):
        month, dom = int(found[1]), int(found[2])
        return day_spellings(None, month, dom) if 1 <= month <= 12 else []
    if kind in ("url", "image"):
        parts = urlsplit(text)
        path = unquote(parts.path) + (f"?{parts.query}" if parts.query else "")
        return sorted({fold(text), *([fold(path)] if len(path.strip("/")) > 1 else [])})
    return [fold(text)] if fold(text) else []


def _bounded(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _clear(text: str, at: int, step: int) -> bool:
    """No word character at ``at``, nor a digit behind a ``.``/``,`` there (``3`` is not in ``2023`` or ``3.5``)."""
    if not 0 <= at < len(text):
        return True
    if text[at].isalnum() or text[at] == "_":
        return False
    return not (text[at] in ".," and 0 <= at + step < len(text) and text[at + step].isdigit())


def occurs(spelling: str, text: str) -> bool:
    """Whether the spelling occurs in the text, bounded at an end that is a letter or a digit."""
    start = text.find(spelling)
    while start >= 0:
        end = start + len(spelling)
        if (not _bounded(spelling[0]) or _clear(text, start - 1, -1)) and (
            not _bounded(spelling[-1]) or _clear(text, end, 1)
        ):
            return True
        start = text.find(spelling, start + 1)
    return False


@functools.lru_cache(maxsize=200_000)
def _words_of(spelling: str) -> frozenset[str]:
    """A bounded spelling's words, all of which a text holding it has (none asked of an unbounded one)."""
    if not (_bounded(spelling[0]) and _bounded(spelling[-1])):
        return frozenset()
    return frozenset(_WORD.findall(spelling))


def found_in(texts: Sequence[str], text: str, words: frozenset[str] | None = None) -> str | None:
    """The first spelling that occurs in the text (``words``: the text's words, to rule most out at once)."""
    for spelling in texts:
        if (words is None or _words_of(spelling) <= words) and occurs(spelling, text):
            return spelling
    return None


# --------------------------------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Where:
    """Where a value was found: a ``PLACES`` entry, the attribute bucket, and for visible text whether
    the element's whole text is the value and whether it sits near the record's title."""

    place: str
    bucket: str = ""
    whole: bool = False
    near_title: bool = False


def _present(texts: Sequence[str], text: str, words: frozenset[str]) -> list[str]:
    return [s for s in texts if _words_of(s) <= words and occurs(s, text)]


def smallest_holder(texts: Sequence[str], page: Page) -> tuple[str, str] | None:
    """The shortest visible text of an element that holds a spelling, and that spelling."""
    shortest = min(len(t) for t in texts)
    for text, _ in page.texts[bisect.bisect_left(page.lengths, shortest) :]:
        if (spelling := found_in(texts, text)) is not None:
            return text, spelling
    return None


def is_whole(spelling: str, text: str) -> bool:
    """Whether the text is the spelling and nothing else but signs (``$1,299.00`` for 1299)."""
    return not _WORD.search(text.replace(spelling, ""))


def child_holding(element: HtmlElement, top: HtmlElement) -> HtmlElement:
    """The child of ``top`` that ``element`` is or lies in (``element`` itself when ``top`` is not above it)."""
    while element.getparent() is not None and element.getparent() is not top:
        element = element.getparent()
    return element


def ancestor(element: HtmlElement, levels: int) -> HtmlElement:
    """The element ``levels`` steps up (the root when fewer)."""
    for _ in range(levels):
        parent = element.getparent()
        if parent is None:
            break
        element = parent
    return element


def _near(page: Page, title: str, fold: Fold) -> list[str]:
    if title not in page.near:
        page.near[title] = [fold(ancestor(e, NEAR_LEVELS).text_content()) for e in page.whole.get(title, [])[:50]]
    return page.near[title]


def locate(texts: Sequence[str], pages: Sequence[Page], title: str = "", fold: Fold = str.lower) -> Where:
    """Where the first place any spelling occurs, over all pages (see the module docstring). Near the
    title: an element whose text is ``title`` (folded) has, ``NEAR_LEVELS`` up, an ancestor whose text
    holds the value — a card's reach, without knowing the Scout's card."""
    texts = sorted({t for t in texts if t}, key=len, reverse=True)
    if not texts:
        return Where("nowhere")
    shown = [(p, present) for p in pages if (present := _present(texts, p.visible, p.words["visible"]))]
    if shown:
        whole = near = False
        for page, present in shown:
            holder = smallest_holder(present, page)
            whole = whole or (holder is not None and is_whole(holder[1], holder[0]))
            near = near or any(found_in(present, t) is not None for t in _near(page, title, fold))
        return Where("visible", whole=whole, near_title=near)
    for name in BUCKETS:
        if any(found_in(texts, p.attributes.get(name, ""), p.words.get(name)) for p in pages):
            return Where("attribute", bucket=name)
    if any(found_in(texts, p.script, p.words["script"]) for p in pages):
        return Where("script")
    return Where("nowhere")


def majority(places: Sequence[Where]) -> Where:
    """The most common place among several (a field's values, a list's items); ties to the earlier."""
    if not places:
        return Where("nowhere")
    ranked = sorted(places, key=lambda w: (PLACES.index(w.place), BUCKETS.index(w.bucket) if w.bucket else -1))
    counts = {w.place: sum(1 for v in places if v.place == w.place) for w in ranked}
    place = max(counts, key=lambda p: (counts[p], -PLACES.index(p)))
    chosen = [w for w in ranked if w.place == place]
    buckets = [w.bucket for w in chosen]
    return Where(
        place,
        bucket=max(buckets, key=lambda b: (buckets.count(b), -BUCKETS.index(b) if b else 0)),
        whole=sum(w.whole for w in chosen) * 2 > len(chosen),
        near_title=sum(w.near_title for w in chosen) * 2 > len(chosen),
    )
