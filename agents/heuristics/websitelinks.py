"""The entity's own website: a link whose text is its address, shortened ("tablesift.readthedocs.io"),
or a link named by what it leads to ("Homepage", "Documentation", "Source").

A repository, a company or an event names its website with a link that shows the address
without its scheme, or cut short ("example.com/docs/…"). The value is the address the link
leads to, read from its ``href``: the text is only a shortened copy of it. A package or a project
lists its other sites as links whose text names the field ("Homepage", "Source code", "Issues"):
the text is the field's name, the ``href`` its value.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from parsel import Selector

from agents.heuristics.detailfields import Found
from agents.heuristics.detailspec import field_spec
from agents.heuristics.dom import HtmlElement, full_text
from pipeline.core.schemas import FieldSpec

#: A link text that is an address: "tablesift.readthedocs.io", "www.acme.com/about", "acme.org/…".
_ADDRESS_TEXT = re.compile(
    r"^(?:https?://)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}[a-z]{2,24})"
    r"(?:[/?#]\S{0,200})?$",
    re.IGNORECASE,
)
#: Ancestors that make a link the site's own (its menus, banner, footer), not the entity's.
_SITE_CHROME = (
    "ancestor::nav or ancestor::footer or ancestor::header[not(ancestor::article or ancestor::main)] or "
    "ancestor::*[@role='navigation' or @role='contentinfo' or @role='banner']"
)
#: Link texts that name a site of the entity's own, and the field each one names.
_LINK_NAMES = {
    "homepage": "homepage",
    "home page": "homepage",
    "official website": "homepage",
    "documentation": "documentation",
    "docs": "documentation",
    "source": "source",
    "source code": "source",
    "repository": "source",
    "changelog": "changelog",
    "release notes": "changelog",
    "issues": "issues",
    "issue tracker": "issues",
    "bug tracker": "issues",
}
#: Shortening marks at the end of a displayed address.
_ELLIPSIS = re.compile(r"(?:…|\.\.\.)$")


def shows_its_address(link: HtmlElement) -> bool:
    """Whether the link's text is (a shortened copy of) the web address it leads to."""
    href = (link.get("href") or "").strip()
    parts = urlsplit(href)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    shown = _ADDRESS_TEXT.match(_ELLIPSIS.sub("", full_text(link)).strip())
    if shown is None:
        return False
    return _host(href) == shown.group(1).lower().removeprefix("www.")


def website_link(container: HtmlElement, blocked: set[int]) -> Found | None:
    """The first link of the entity that shows the address it leads to, read from its ``href``.
    An "About" sidebar beside the entity holds it (GitHub's ``Layout-sidebar``): only the site's
    menus, banner and footer are left out."""
    own = _site_host(container)
    for link in container.xpath(".//a[@href]"):
        if id(link) in blocked or not shows_its_address(link) or link.xpath(_SITE_CHROME):
            continue
        if _host(link.get("href") or "") != own:  # not a permalink to the page itself ("Retrieved from …")
            return link, "href"
    return None


def _site_host(element: HtmlElement) -> str | None:
    """The host the page says it lives on (its canonical address, ``og:url``), if it says one."""
    said = element.getroottree().getroot().xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    return _host(str(said[0])) if said else None


def _host(href: str) -> str | None:
    try:
        host = urlsplit(href.strip()).hostname
    except ValueError:  # "http://[oops/": no address
        return None
    return host.lower().removeprefix("www.") if host else None


def with_website(
    record: Selector, container: HtmlElement, blocked: set[int], fields: list[FieldSpec], taken: set[str]
) -> list[FieldSpec]:
    """The fields with the entity's website read from its link's ``href``: the field already
    reading the link's text is turned to its address, else a ``website`` field is added."""
    found = website_link(container, blocked)
    if found is None:
        return fields
    link = found[0]
    for at, spec in enumerate(fields):
        if spec.attribute is None and spec.selector and _reads(record, spec.selector, link):
            return [*fields[:at], spec.model_copy(update={"attribute": "href", "type": "url"}), *fields[at + 1 :]]
    added = field_spec(record, found, "website", "url", taken)
    return [*fields, added] if added is not None else fields


def _reads(record: Selector, selector: str, link: HtmlElement) -> bool:
    first = record.css(selector)
    return bool(first) and first[0].root is link


def named_links(
    record: Selector, container: HtmlElement, blocked: set[int], fields: list[FieldSpec], taken: set[str]
) -> list[FieldSpec]:
    """Fields for the entity's links whose text names what they lead to ("Homepage", "Source"),
    each read from its ``href``: the first link of each name that leads off the site, outside its
    menus, banner and footer, neither read by ``fields`` already nor named like one of them."""
    own = _site_host(container)
    read = {id(r.root) for f in fields if f.attribute == "href" and f.selector for r in record.css(f.selector)[:1]}
    named = [(name, link) for link in container.xpath(".//a[@href]") if (name := _link_name(link, own))]
    # A sidebar list of links can repeat like records once its class names are hashed; a name
    # that only one link on the page bears is the entity's own all the same (related cards each
    # have their "Homepage").
    once = {name for name, count in Counter(name for name, _ in named).items() if count == 1}
    added: list[FieldSpec] = []
    for name, link in named:
        if name in taken or (id(link) in blocked and name not in once) or id(link) in read:
            continue
        if spec := field_spec(record, (link, "href"), name, "url", taken):
            added.append(spec)
    return [*fields, *added]


def _link_name(link: HtmlElement, own: str | None) -> str | None:
    """The field a link off the site, outside its menus, names by its text ("Homepage")."""
    name = _LINK_NAMES.get(" ".join(full_text(link).casefold().split()))
    href = (link.get("href") or "").strip()
    if name is None or urlsplit(href).scheme not in ("http", "https") or _host(href) == own:
        return None
    return None if link.xpath(_SITE_CHROME) else name
