"""Where the links of a sibling lead: items of one list (tag chips, authors) link into one folder
of the site; a block of the record links to a profile, the topic and its tags at once."""

from __future__ import annotations

from urllib.parse import urlsplit

from agents.heuristics.dom import HtmlElement, tag_of


def link_folder(element: HtmlElement) -> str | None:
    """``/notes/floral.html`` -> ``/notes``: links to items of one kind share a folder."""
    link = element if tag_of(element) == "a" else next(iter(element.iter("a")), None)
    href = (link.get("href") or "").strip() if link is not None else ""
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:  # "http://[oops/": no address
        return None
    folder = parts.path.rstrip("/").rsplit("/", 1)[0]
    query_names = ",".join(sorted(p.split("=", 1)[0] for p in parts.query.split("&") if p))
    return f"{parts.netloc}{folder}?{query_names}"


def links_into_one_folder(item: HtmlElement) -> bool:
    """Whether every link of ``item`` leads into one folder, as a tag chip's or an author's do; a
    block linking to a profile, a topic and its tags is a part of the record, no list item."""
    links = [item] if tag_of(item) == "a" else list(item.iter("a"))
    return len({link_folder(a) for a in links} - {None}) <= 1
