"""Counts shown beside an icon-only link or button (a post's action bar: ``<a title="Replies"><i
class="fa fa-comment"></i></a><span>4</span>``): the control's name or its icon tells the places
apart, so each count is its own field, read by its icon where a card lacks one; counts beside
controls that are all alike stay a list."""

from __future__ import annotations

from collections.abc import Callable

from lxml import html as lxml_html  # type: ignore[import-untyped]

from agents.heuristics.itemicons import item_icon
from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://board.example/latest"
Stats = Callable[[int], str]


def _page(stats: Stats, numbers: range | list[int]) -> str:
    cards = "".join(
        f'<article class="post"><h2><a href="/t/{n}">Thread number {n} about gardens</a></h2>'
        f'<p class="post__by">by member{n}</p>{stats(n)}</article>'
        for n in numbers
    )
    return f"<html><head><title>Board</title></head><body><main>{cards}</main></body></html>"


def _read(stats: Stats) -> tuple[dict[str, str], list[dict[str, object]]]:
    """The fields' selectors by name from a page of twelve cards, and its records."""
    page = _page(stats, range(1, 13))
    spec = analyze_page(page, URL).spec
    return {f.name: f.selector for f in spec.fields}, [dict(r) for r in extract_records(page, URL, spec)]


def _titled_links(n: int) -> str:
    """Icon-font links named by their title; card 5 shows no replies; a share link counts nothing."""
    counts = [("Replies", "fa-comment", n % 7), ("Likes", "fa-heart", 10 + n * 3), ("Views", "fa-eye", 100 + n * 41)]
    items = "".join(
        f'<div class="post__stats__item"><a class="post__stats-button" href="/t/{n}#{name.lower()}" title="{name}">'
        f'<i class="fa {icon} fa-fw" aria-hidden="true"></i></a><span class="post__stats__item__count">{c}</span></div>'
        for name, icon, c in counts
        if not (n == 5 and name == "Replies")
    )
    share = f'<a class="post__stats-button" href="/t/{n}/share" title="Share"><i class="fa fa-share-alt"></i></a>'
    return f'<div class="post__stats">{items}{share}</div>'


def _sprite_buttons(n: int) -> str:
    """Unnamed buttons whose sprite symbol says what each count is."""
    counts = [("comment", n % 5), ("bookmark", 2 + n * 2)]
    return (
        '<ul class="actions">'
        + "".join(
            f'<li class="action"><button type="button"><svg><use href="#icon-{s}"></use></svg></button>'
            f"<span>{c}</span></li>"
            for s, c in counts
        )
        + "</ul>"
    )


def _sizes(n: int) -> list[int]:
    return [38 + (n + k) % 6 for k in range(2 + n % 2)]


def _alike_buttons(n: int) -> str:
    """Shoe sizes, each beside one and the same "Add to basket" button: a list, not facts."""
    return (
        '<ul class="sizes">'
        + "".join(
            f'<li class="size"><button aria-label="Add to basket"><svg><use href="#icon-basket"></use></svg></button>'
            f"<span>{s}</span></li>"
            for s in _sizes(n)
        )
        + "</ul>"
    )


def test_a_titled_icon_link_names_the_count_beside_it() -> None:
    item = lxml_html.fromstring(_titled_links(3)).xpath("//span")[1]
    icon = item_icon(item)
    assert icon is not None and icon.word == "likes"


def test_counts_beside_titled_icon_links_are_facts() -> None:
    selectors, records = _read(_titled_links)
    assert {"replies", "likes", "views"} <= selectors.keys()
    assert "counts" not in selectors
    by_title = {str(r["title"]): r for r in records}
    fourth, fifth = by_title["Thread number 4 about gardens"], by_title["Thread number 5 about gardens"]
    assert (fourth["replies"], fourth["likes"], fourth["views"]) == (4, 22, 264)
    assert fifth["replies"] is None and (fifth["likes"], fifth["views"]) == (25, 305)


def test_counts_beside_sprite_buttons_are_facts() -> None:
    selectors, records = _read(_sprite_buttons)
    named = [n for n in selectors if n in ("comment", "comments", "bookmark", "bookmarks")]
    assert len(named) == 2, selectors
    first = records[0]
    assert sorted(int(str(first[n])) for n in named) == [1, 4]


def test_counts_beside_alike_controls_stay_a_list() -> None:
    selectors, records = _read(_alike_buttons)
    lists = [v for v in records[0].values() if isinstance(v, list)]
    assert lists == [[str(s) for s in _sizes(1)]], (selectors, records[0])
