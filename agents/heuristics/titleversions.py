"""A version number at the end of a detail page's title: "ledgerline 3.2.0", "nginx 1.27.4".

A package index, an app store or a release page names its entity and the version it shows in one
heading. The name is what the heading says before the version, the version a field of its own: the
entity's other releases share its name, not its version. A version is read off the end when it is
semantic (three parts, "3.2.0", "2.0.0-rc.1") or when the page also calls it a version ("Version 3.2").
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.names import unique_name
from pipeline.core.schemas import FieldSpec

#: A name, a space, and a version ending the text: "v2.1", "3.2.0", "1.0.0b3", "2.0.0-rc.1".
_TRAILING_VERSION = re.compile(
    r"^(?P<name>.*\S)\s+(?P<version>v?(?P<parts>\d+(?:\.\d+){1,3})(?:[-.+]?[a-z][0-9a-z.]{0,15})?)$",
    re.IGNORECASE,
)
#: What the page may call the number elsewhere ("Version 3.2", "version: 3.2").
_CALLED = r"\bversion\b\W{0,3}v?"


def with_title_version(
    record: Selector, fields: list[FieldSpec], container: HtmlElement, taken: set[str]
) -> list[FieldSpec]:
    """The fields with the title cut before a version that ends it, and that version added."""
    title = fields[0] if fields else None
    if title is None or title.type != "title" or title.attribute or title.text_after or title.text_before:
        return fields
    if title.strip_label or title.many:
        return fields
    shown = record.css(title.selector) if title.selector else [record]
    if not shown:
        return fields
    found = _TRAILING_VERSION.match(full_text(shown[0].root))
    if found is None or not _is_version(found, container):
        return fields
    name = title.model_copy(update={"text_before": " ", "text_from_end": True})
    version = FieldSpec(
        name=unique_name("version", taken),
        type="text",
        selector=title.selector,
        text_after=" ",
        text_from_end=True,
    )
    return [name, *fields[1:], version]


def _is_version(found: re.Match[str], container: HtmlElement) -> bool:
    if found.group("parts").count(".") >= 2:
        return True
    said = re.escape(found.group("version").removeprefix("v").removeprefix("V"))
    return re.search(rf"{_CALLED}{said}\b", full_text(container), re.IGNORECASE) is not None
