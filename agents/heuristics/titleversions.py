"""A version number at the end of a detail page's title: "ledgerline 3.2.0", "nginx 1.27.4".

A package index, an app store or a release page names its entity and the version it shows in one
heading. The name is what the heading says before the version, the version a field of its own: the
entity's other releases share its name, not its version. A version is read off the end when it is
semantic (three parts, "3.2.0", "2.0.0-rc.1") or when the page also calls it a version ("Version 3.2");
never a date ("12.05.2024"), an address ("192.168.1.1") or a number holding a year ("2024.05").

The engine's cut is literal (before the last space), not conditional: on a page whose title ends in
no version it would still split "Data Tools for Python". So the split stays only while every sample
page's title ends in a version (``fit_title_versions``).
"""

from __future__ import annotations

import re

from parsel import Selector

from agents.heuristics import values
from agents.heuristics.dom import HtmlElement, full_text
from agents.heuristics.names import unique_name
from pipeline.core.schemas import FieldSpec, ScraperSpec

#: A name, a space, and a version ending the text: "v2.1", "3.2.0", "1.0.0b3", "2.0.0-rc.1"; at most
#: three parts, as four numbers are an address ("192.168.1.1").
_TRAILING_VERSION = re.compile(
    r"^(?P<name>.*\S)\s+(?P<version>v?(?P<parts>\d+(?:\.\d+){1,2})(?:[-.+]?[a-z][0-9a-z.]{0,15})?)$",
    re.IGNORECASE,
)
#: Where the title is cut: before the version, at the last space.
_CUT = " "
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
    if not _ends_in_version(full_text(shown[0].root), container):
        return fields
    name = title.model_copy(update={"text_before": _CUT, "text_from_end": True})
    version = FieldSpec(
        name=unique_name("version", taken),
        type="text",
        selector=title.selector,
        text_after=_CUT,
        text_from_end=True,
    )
    return [name, *fields[1:], version]


def fit_title_versions(spec: ScraperSpec, pages: list[Selector]) -> ScraperSpec:
    """``spec`` without its title's version split when the title of one of the sample ``pages``
    ends in no version: the title is then read whole, and no version field is left."""
    version = _version_split(spec)
    if version is None:
        return spec
    title = spec.fields[0]
    for page in pages:
        records = page.css(spec.record_selector)
        shown = (records[0].css(title.selector) if title.selector else records[:1]) if records else []
        if shown and not _ends_in_version(full_text(shown[0].root), records[0].root):
            whole = title.model_copy(update={"text_before": None, "text_from_end": False})
            fields = (whole, *(f for f in spec.fields[1:] if f is not version))
            keys = tuple(k for k in spec.key_fields if k != version.name)
            return spec.model_copy(update={"fields": fields, "key_fields": keys})
    return spec


def _version_split(spec: ScraperSpec) -> FieldSpec | None:
    """The version field ``with_title_version`` cut off the spec's title, if it did."""
    title = spec.fields[0]
    if spec.mode != "detail" or title.type != "title" or title.text_before != _CUT or not title.text_from_end:
        return None
    return next(
        (
            f
            for f in spec.fields[1:]
            if f.selector == title.selector and f.text_after == _CUT and f.text_from_end and not f.text_before
        ),
        None,
    )


def _ends_in_version(text: str, container: HtmlElement) -> bool:
    found = _TRAILING_VERSION.match(text)
    return found is not None and _is_version(found, container)


def _is_version(found: re.Match[str], container: HtmlElement) -> bool:
    if values.is_date(found.group("version")) or any(values.YEAR.fullmatch(p) for p in found.group("parts").split(".")):
        return False  # "12.05.2024", "2024.05": a date or a year, not a release
    if found.group("parts").count(".") >= 2:
        return True
    said = re.escape(found.group("version").removeprefix("v").removeprefix("V"))
    return re.search(rf"{_CALLED}{said}\b", full_text(container), re.IGNORECASE) is not None
