"""What a story says around its headline and its byline: the section label above the headline,
and the author's role after the name.

News sites put a single link to the story's section just above the headline (a kicker:
"Politics" leading to ``/news/politics``), and write the author's role after the name in an
element of its own ("By Harriet Llewellyn" + ", Political correspondent").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from parsel import Selector

from agents.heuristics.authorroles import ROLE_END, is_role, role_after_name
from agents.heuristics.besideheading import beside_heading
from agents.heuristics.detailparts import heading_block
from agents.heuristics.detailspec import field_spec
from agents.heuristics.dom import HtmlElement, full_text, is_inside, tag_of
from agents.heuristics.sitechrome import in_chrome
from pipeline.core.schemas import FieldSpec, FieldType
from pipeline.core.textparts import text_part

#: A section's name says a few words ("UK Politics", "Science & Environment").
MAX_SECTION_CHARS = 30
MAX_SECTION_WORDS = 3
#: A section's page is one or two steps below the site's root: ``/news/politics``.
MAX_SECTION_DEPTH = 2
#: A role says a few words after the name ("Political correspondent", "Senior reporter, Berlin").
MAX_ROLE_WORDS = 6
_WORDS = re.compile(r"[^\W\d_]{2}")
#: A role: a comma, then capitalised words without digits.
_ROLE = re.compile(r"^,\s*(?P<role>[A-ZÀ-Þ][^\d]{1,60})$")
#: Classes naming the role beside a name.
_ROLE_CLASS = re.compile(r"(?:^|[-_\s])(?:role|job-?title|position)(?:$|[-_\s])", re.IGNORECASE)


def byline_fields(
    record: Selector,
    container: HtmlElement,
    heading: HtmlElement,
    blocked: set[int],
    taken: set[str],
    read: dict[int, FieldType],
) -> Iterator[FieldSpec]:
    """``section`` from the link above the headline, ``author_role`` from the element after the
    author's name (the one ``read`` as the author)."""
    kicker = section_link(heading, container, blocked)
    if kicker is not None and any(e is kicker or is_inside(kicker, e) for _, e in beside_heading(heading, blocked)):
        kicker = None  # named by its class beside the title (``p.story__kicker``), read there
    fresh = kicker is not None and id(kicker) not in read and "section" not in taken
    if fresh and kicker is not None and (spec := field_spec(record, (kicker, None), "section", "text", taken)):
        yield spec
    author = next((e for e in container.iter() if read.get(id(e)) == "author"), None)
    if author is not None and "author_role" not in taken and (spec := _role_field(record, author, taken)):
        yield spec


def _role_field(record: Selector, author: HtmlElement, taken: set[str]) -> FieldSpec | None:
    """The author's role: in the element after the name (", Political correspondent"), after the
    comma of the name's own text ("By Jane Smith, Political correspondent"), or in the text after
    the name's link ("By <a>Priya Shah</a>, Transport correspondent · 10 May 2024")."""
    if (role := author_role(author)) is not None:
        spec = field_spec(record, (role, None), "author_role", "text", taken)
        return spec.model_copy(update={"strip_label": ","}) if spec and full_text(role).startswith(",") else spec
    if role_after_name(full_text(author)):
        spec = field_spec(record, (author, None), "author_role", "text", taken)
        return spec.model_copy(update={"text_after": ", ", "text_before": None}) if spec else None
    match = ROLE_END.match(author.tail or "")
    line = author.getparent()
    if match is None or line is None or not is_role(match["role"]):
        return None
    before = f" {match['end']} " if match["end"] else None
    spec = field_spec(record, (line, None), "author_role", "text", taken)
    if spec is None or text_part(full_text(line), f"{full_text(author)}, ", before) != match["role"]:
        return None
    return spec.model_copy(update={"text_after": f"{full_text(author)}, ", "text_before": before, "strip_label": None})


def section_link(heading: HtmlElement, container: HtmlElement, blocked: set[int]) -> HtmlElement | None:
    """The one link just above the headline (or above the wrapper holding it alone) leading to a
    section of the site: a kicker. A breadcrumb trail holds several links, a headline's link is longer."""
    block = heading_block(heading, container)
    before = next((s for s in block.itersiblings(preceding=True) if isinstance(s.tag, str) and full_text(s)), None)
    if before is None or id(before) in blocked or in_chrome(before, container):
        return None
    links = [before] if tag_of(before) == "a" else before.xpath(".//a[@href]")
    if len(links) != 1 or full_text(links[0]) != full_text(before):
        return None
    link = links[0]
    text = full_text(link)
    parts = urlsplit((link.get("href") or "").strip())
    depth = len([p for p in parts.path.split("/") if p])
    if parts.scheme not in ("", "http", "https") or not 1 <= depth <= MAX_SECTION_DEPTH:
        return None
    if len(text) > MAX_SECTION_CHARS or len(text.split()) > MAX_SECTION_WORDS or not _WORDS.search(text):
        return None
    return link


def author_role(author: HtmlElement) -> HtmlElement | None:
    """The element right after the author's name saying the role: ", Political correspondent",
    or a few words classed as the role."""
    after = author.getnext()
    if after is None or not isinstance(after.tag, str) or (author.tail or "").strip():
        return None
    text = full_text(after)
    if not text or len(text.split()) > MAX_ROLE_WORDS or after.xpath(".//a"):
        return None
    if _ROLE.match(text):
        return after
    classed = bool(_ROLE_CLASS.search(str(after.get("class") or "")))
    return after if classed and text[0].isupper() and not any(c.isdigit() for c in text) else None
