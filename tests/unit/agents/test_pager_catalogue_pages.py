"""A catalogue of pager markups as real platforms write them (2024–25), followed two pages on: for
each, the Scout (``survey`` and its page probes, as ``scout_url`` runs them) reads page 1 of a
small list, and the pagination it proposes leads to page 2 and, read again on page 2 (where the
pager now also links back), to page 3.

Each pager is hand-written after the platform's templates or documentation (WordPress core,
WooCommerce, Shopify Dawn, Magento 2, PrestaShop, Bootstrap 4/5, Tailwind UI, MUI, Ant Design,
Django, will_paginate, Kaminari, Pagy, Laravel, Discourse, phpBB, XenForo, vBulletin, MediaWiki,
Ghost, Hugo, Jekyll, Drupal, Joomla, Divi, Elementor), plus offsets, cursors, icon-only links, a
head-only ``rel=next``, "load more" links, labels in other languages, page drop-downs and current
pages marked by ``span`` / ``strong`` / ``em`` / ``button[aria-current]``. Look-alikes (a tag
cloud, a breadcrumb, a calendar, a category menu, a size filter, a language switcher) are no pager.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

import pytest

from agents.survey import probed_pages, surveyed
from pipeline.core.extract import next_page_url
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import ServedPages

SITE = "https://shop.test"
LAST = 5
_SVG = '<svg aria-hidden="true" viewBox="0 0 20 20"><path d="M7.2 14.8 12 10 7.2 5.2"></path></svg>'
_SVG_BACK = '<svg aria-hidden="true" viewBox="0 0 20 20"><path d="M12.8 5.2 8 10l4.8 4.8"></path></svg>'


class Pager(NamedTuple):
    url: Callable[[int], str]  # the path of page n
    markup: Callable[[int], str]  # the pager as page n shows it
    head: Callable[[int], str] = lambda n: ""


def _cards(n: int) -> str:
    return "".join(
        f'<article class="entry"><h2 class="entry-title"><a href="/items/lamp-{n}-{i}">Lamp {n}{i} in brass</a></h2>'
        f'<p class="summary">A reading lamp, batch {n}, model {i}.</p><span class="price">${n}{i}.00</span></article>'
        for i in range(1, 9)
    )


def _page(entry: Pager, n: int) -> bytes:
    return (
        f'<html lang="en"><head><title>Lamps – page {n}</title>{entry.head(n)}</head><body>'
        '<header class="site"><a href="/">Home</a> <a href="/about/">About</a></header>'
        f'<main><div class="results">{_cards(n)}</div>{entry.markup(n)}</main>'
        '<footer><a href="/contact/">Contact</a></footer></body></html>'
    ).encode()


def _scout(site: ServedPages, url: str) -> PageProfile:
    """What ``agents.survey.scout_url`` proposes for ``url``, with ``site`` as the fetcher."""
    page = site.fetch(url)
    profile, _ = surveyed(page, site)  # type: ignore[arg-type]
    return probed_pages(page, profile, site)  # type: ignore[arg-type]


def _pages_two_and_three(entry: Pager) -> tuple[str | None, str | None, str]:
    site = ServedPages({SITE + entry.url(n): _page(entry, n) for n in range(1, LAST + 1)})
    first = SITE + entry.url(1)
    profile = _scout(site, first)
    spec = profile.spec
    two = next_page_url(_page(entry, 1), first, spec, page_number=1)
    body = site.pages.get(two or "")
    three = next_page_url(body, two, spec, page_number=2) if two and body else None
    return two, three, "; ".join(n for n in profile.notes if "pagination" in n) or spec.pagination.kind


def _numbers(n: int, current: Callable[[int], str], link: Callable[[int], str], sep: str = "") -> str:
    return sep.join(current(k) if k == n else link(k) for k in range(1, LAST + 1))


def _q(base: str, name: str = "page", first: bool = False) -> Callable[[int], str]:
    """``base`` for page 1 (or ``base?name=1`` when ``first``), ``base?name=n`` after."""
    sep = "&" if "?" in base else "?"
    return lambda n: f"{base}{sep}{name}={n}" if n > 1 or first else base


def _wordpress(n: int) -> str:
    url = lambda k: "/blog/" if k == 1 else f"/blog/page/{k}/"  # noqa: E731
    prev = f'<a class="prev page-numbers" href="{url(n - 1)}">Previous</a>' if n > 1 else ""
    nxt = f'<a class="next page-numbers" href="{url(n + 1)}">Next</a>' if n < LAST else ""
    nums = _numbers(
        n,
        lambda k: f'<span aria-current="page" class="page-numbers current">{k}</span>',
        lambda k: f'<a class="page-numbers" href="{url(k)}">{k}</a>',
    )
    return (
        '<nav class="navigation pagination" aria-label="Posts pagination"><h2 class="screen-reader-text">'
        f'Posts pagination</h2><div class="nav-links">{prev}{nums}{nxt}</div></nav>'
    )


def _wp_url(base: str) -> Callable[[int], str]:
    return lambda k: base if k == 1 else f"{base}page/{k}/"


def _posts_navigation(n: int) -> str:
    url = _wp_url("/")
    older = f'<div class="nav-previous"><a href="{url(n + 1)}">Older posts</a></div>' if n < LAST else ""
    newer = f'<div class="nav-next"><a href="{url(n - 1)}">Newer posts</a></div>' if n > 1 else ""
    return (
        '<nav class="navigation posts-navigation" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation'
        f'</h2><div class="nav-links">{older}{newer}</div></nav>'
    )


def _woocommerce(n: int) -> str:
    url = _wp_url("/shop/")
    prev = f'<li><a class="prev page-numbers" href="{url(n - 1)}">&larr;</a></li>' if n > 1 else ""
    nxt = f'<li><a class="next page-numbers" href="{url(n + 1)}">&rarr;</a></li>' if n < LAST else ""
    nums = _numbers(
        n,
        lambda k: f'<li><span aria-current="page" class="page-numbers current">{k}</span></li>',
        lambda k: f'<li><a class="page-numbers" href="{url(k)}">{k}</a></li>',
    )
    return (
        '<nav class="woocommerce-pagination" aria-label="Product Pagination">'
        f'<ul class="page-numbers">{prev}{nums}{nxt}</ul></nav>'
    )


def _dawn(n: int) -> str:
    url = _q("/collections/lamps")
    arrow = "pagination__item pagination__item-arrow link motion-reduce"
    prev = (
        f'<li><a href="{url(n - 1)}" class="pagination__item--prev {arrow}" aria-label="Previous page">'
        f"{_SVG_BACK}</a></li>"
        if n > 1
        else ""
    )
    nxt = (
        f'<li><a href="{url(n + 1)}" class="pagination__item--next {arrow}" aria-label="Next page">{_SVG}</a></li>'
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: (
            '<li><a role="link" aria-disabled="true" class="pagination__item pagination__item--current light"'
            f' aria-current="page" aria-label="Page {k}">{k}</a></li>'
        ),
        lambda k: f'<li><a href="{url(k)}" class="pagination__item link" aria-label="Page {k}">{k}</a></li>',
    )
    return (
        '<div class="pagination-wrapper"><nav class="pagination" role="navigation" aria-label="Pagination">'
        f'<ul class="pagination__list list-unstyled" role="list">{prev}{nums}{nxt}</ul></nav></div>'
    )


def _magento(n: int) -> str:
    url = _q("/women/tops.html", "p")
    prev = (
        f'<li class="item pages-item-previous"><a class="action  previous" href="{url(n - 1)}" title="Previous">'
        '<span class="label">Page</span><span>Previous</span></a></li>'
        if n > 1
        else ""
    )
    nxt = (
        f'<li class="item pages-item-next"><a class="action  next" href="{url(n + 1)}" title="Next">'
        '<span class="label">Page</span><span>Next</span></a></li>'
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: (
            '<li class="item current"><strong class="page"><span class="label">'
            f"You&#039;re currently reading page</span><span>{k}</span></strong></li>"
        ),
        lambda k: (
            f'<li class="item"><a href="{url(k)}" class="page"><span class="label">Page</span><span>{k}</span></a></li>'
        ),
    )
    return (
        '<div class="toolbar toolbar-products"><div class="pages"><strong class="label pages-label" id="paging-label">'
        f'Page</strong><ul class="items pages-items" aria-labelledby="paging-label">{prev}{nums}{nxt}</ul></div></div>'
    )


def _prestashop(n: int) -> str:
    url = _q("/3-clothes", first=False)
    prev = (
        f'<li><a rel="prev" href="{url(n - 1)}" class="previous js-search-link"><i class="material-icons">'
        "&#xE314;</i>Previous</a></li>"
        if n > 1
        else ""
    )
    nxt = (
        f'<li><a rel="next" href="{url(n + 1)}" class="next js-search-link">Next<i class="material-icons">'
        "&#xE315;</i></a></li>"
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: f'<li class="current"><a rel="nofollow" href="{url(k)}" class="disabled js-search-link">{k}</a></li>',
        lambda k: f'<li><a rel="nofollow" href="{url(k)}" class="js-search-link">{k}</a></li>',
    )
    return (
        f'<nav class="pagination"><div class="col-md-4">Showing {8 * n - 7}-{8 * n} of 40 item(s)</div>'
        f'<div class="col-md-6 offset-md-2 pr-0"><ul class="page-list clearfix text-sm-center">{prev}{nums}{nxt}'
        "</ul></div></nav>"
    )


def _bootstrap5(n: int) -> str:
    url = _q("/catalog")
    prev = (
        f'<li class="page-item"><a class="page-link" href="{url(n - 1)}" aria-label="Previous">'
        '<span aria-hidden="true">&laquo;</span></a></li>'
        if n > 1
        else '<li class="page-item disabled"><a class="page-link" aria-disabled="true" aria-label="Previous">'
        '<span aria-hidden="true">&laquo;</span></a></li>'
    )
    nxt = (
        f'<li class="page-item"><a class="page-link" href="{url(n + 1)}" aria-label="Next">'
        '<span aria-hidden="true">&raquo;</span></a></li>'
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: f'<li class="page-item active" aria-current="page"><a class="page-link" href="#">{k}</a></li>',
        lambda k: f'<li class="page-item"><a class="page-link" href="{url(k)}">{k}</a></li>',
    )
    return (
        f'<nav aria-label="Page navigation"><ul class="pagination justify-content-center">{prev}{nums}{nxt}</ul></nav>'
    )


def _bootstrap4(n: int) -> str:
    url = _q("/products", "pg")
    prev = (
        f'<li class="page-item"><a class="page-link" href="{url(n - 1)}"><span aria-hidden="true">&lsaquo;</span>'
        '<span class="sr-only">Previous</span></a></li>'
        if n > 1
        else ""
    )
    nxt = (
        f'<li class="page-item"><a class="page-link" href="{url(n + 1)}"><span aria-hidden="true">&rsaquo;</span>'
        '<span class="sr-only">Next</span></a></li>'
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: (
            f'<li class="page-item active"><span class="page-link">{k}<span class="sr-only">(current)</span>'
            "</span></li>"
        ),
        lambda k: f'<li class="page-item"><a class="page-link" href="{url(k)}">{k}</a></li>',
    )
    return f'<ul class="pagination">{prev}{nums}{nxt}</ul>'


def _tailwind_ui(n: int) -> str:
    url = _q("/team")
    edge = "relative inline-flex items-center px-2 py-2 text-gray-400 ring-1 ring-inset ring-gray-300"
    num = "relative inline-flex items-center px-4 py-2 text-sm font-semibold text-gray-900 ring-1 ring-inset"
    cur = "relative z-10 inline-flex items-center bg-indigo-600 px-4 py-2 text-sm font-semibold text-white"
    prev_href = f' href="{url(n - 1)}"' if n > 1 else ""
    next_href = f' href="{url(n + 1)}"' if n < LAST else ""
    nums = _numbers(
        n,
        lambda k: f'<a href="{url(k)}" aria-current="page" class="{cur}">{k}</a>',
        lambda k: f'<a href="{url(k)}" class="{num}">{k}</a>',
    )
    return (
        '<div class="flex items-center justify-between border-t border-gray-200 bg-white px-4 py-3 sm:px-6">'
        f'<div class="flex flex-1 justify-between sm:hidden"><a{prev_href} class="relative inline-flex rounded-md">'
        f'Previous</a><a{next_href} class="relative ml-3 inline-flex rounded-md">Next</a></div>'
        '<div class="hidden sm:flex sm:flex-1 sm:items-center sm:justify-between">'
        '<div><p class="text-sm text-gray-700">'
        f'Showing <span class="font-medium">{8 * n - 7}</span> to <span class="font-medium">{8 * n}</span> of '
        '<span class="font-medium">40</span> results</p></div><div>'
        '<nav class="isolate inline-flex -space-x-px rounded-md shadow-sm" aria-label="Pagination">'
        f'<a{prev_href} class="{edge} rounded-l-md"><span class="sr-only">Previous</span>{_SVG_BACK}</a>{nums}'
        f'<a{next_href} class="{edge} rounded-r-md"><span class="sr-only">Next</span>{_SVG}</a></nav></div></div></div>'
    )


_MUI_ITEM = "MuiButtonBase-root MuiPaginationItem-root MuiPaginationItem-sizeMedium MuiPaginationItem-text"


def _mui(n: int, link: Callable[[int], str] | None = None) -> str:
    def item(k: int, label: str, inner: str, extra: str = "", disabled: bool = False) -> str:
        attrs = f'class="{_MUI_ITEM} {extra} css-1to7aaw-MuiButtonBase-root" aria-label="{label}"'
        if disabled:
            attrs += ' tabindex="-1" disabled' if link is None else ' tabindex="-1" aria-disabled="true"'
        if link is None:
            return f'<li><button {attrs} type="button">{inner}</button></li>'
        return f'<li><a {attrs} href="{link(k)}">{inner}</a></li>'

    prev = item(max(n - 1, 1), "Go to previous page", _SVG_BACK, "MuiPaginationItem-previousNext", n == 1)
    nxt = item(min(n + 1, LAST), "Go to next page", _SVG, "MuiPaginationItem-previousNext", n == LAST)
    nums = "".join(
        item(k, f"page {k}", str(k), "Mui-selected MuiPaginationItem-page").replace(
            'aria-label="page', 'aria-current="true" aria-label="page'
        )
        if k == n
        else item(k, f"Go to page {k}", str(k), "MuiPaginationItem-page")
        for k in range(1, LAST + 1)
    )
    return (
        '<nav aria-label="pagination navigation" class="MuiPagination-root MuiPagination-text '
        'css-1oj2twp-MuiPagination-root">'
        f'<ul class="MuiPagination-ul css-wjh20t-MuiPagination-ul">{prev}{nums}{nxt}</ul></nav>'
    )


def _antd(n: int) -> str:
    url = _q("/users")
    button = (
        '<button class="ant-pagination-item-link" type="button" tabindex="-1"{}>'
        '<span role="img" aria-label="{}" class="anticon anticon-{}">{}</span></button>'
    )
    prev_state = " ant-pagination-disabled" if n == 1 else ""
    prev = (
        f'<li title="Previous Page" class="ant-pagination-prev{prev_state}" aria-disabled="{str(n == 1).lower()}">'
        + button.format(" disabled" if n == 1 else "", "left", "left", _SVG_BACK)
        + "</li>"
    )
    nxt = (
        '<li title="Next Page" tabindex="0" class="ant-pagination-next" aria-disabled="false">'
        + button.format("", "right", "right", _SVG)
        + "</li>"
    )
    nums = _numbers(
        n,
        lambda k: (
            f'<li title="{k}" class="ant-pagination-item ant-pagination-item-{k} ant-pagination-item-active" '
            f'tabindex="0"><a rel="nofollow" href="{url(k)}">{k}</a></li>'
        ),
        lambda k: (
            f'<li title="{k}" class="ant-pagination-item ant-pagination-item-{k}" tabindex="0">'
            f'<a rel="nofollow" href="{url(k)}">{k}</a></li>'
        ),
    )
    return f'<ul class="ant-pagination css-dev-only-do-not-override-1k979oh">{prev}{nums}{nxt}</ul>'


def _django_docs(n: int) -> str:
    url = _q("/talks/", first=True)
    back = f'<a href="{url(1)}">&laquo; first</a> <a href="{url(n - 1)}">previous</a>' if n > 1 else ""
    on = f'<a href="{url(n + 1)}">next</a> <a href="{url(LAST)}">last &raquo;</a>' if n < LAST else ""
    return (
        f'<div class="pagination"><span class="step-links">{back} <span class="current">Page {n} of {LAST}.</span> '
        f"{on}</span></div>"
    )


_END = ' class="end"'
_CURRENT_TAG = ' aria-current="page"'


def _django_admin(n: int) -> str:
    url = _q("/admin/auth/user/", "p")
    nums = _numbers(
        n,
        lambda k: f'<span class="this-page">{k}</span>',
        lambda k: f'<a href="{url(k)}"{_END if k == LAST else ""}>{k}</a>',
        " ",
    )
    return f'<p class="paginator">{nums} 40 users</p>'


def _will_paginate(n: int) -> str:
    url = _q("/listings", first=True)
    rel = lambda k: ' rel="next"' if k == n + 1 else (' rel="prev"' if k == n - 1 else "")  # noqa: E731
    prev = (
        f'<a class="previous_page" rel="prev" href="{url(n - 1)}">&#8592; Previous</a>'
        if n > 1
        else '<span class="previous_page disabled" aria-disabled="true">&#8592; Previous</span>'
    )
    nxt = f'<a class="next_page" rel="next" href="{url(n + 1)}">Next &#8594;</a>' if n < LAST else ""
    nums = _numbers(
        n,
        lambda k: f'<em class="current" aria-label="Page {k}" aria-current="page">{k}</em>',
        lambda k: f'<a{rel(k)} aria-label="Page {k}" href="{url(k)}">{k}</a>',
        " ",
    )
    return f'<div class="pagination" role="navigation" aria-label="Pagination">{prev} {nums} {nxt}</div>'


def _kaminari(n: int) -> str:
    url = _q("/gems")
    back = (
        f'<span class="first"><a href="{url(1)}">&laquo; First</a></span> '
        f'<span class="prev"><a rel="prev" href="{url(n - 1)}">&lsaquo; Prev</a></span> '
        if n > 1
        else ""
    )
    on = (
        f'<span class="next"><a rel="next" href="{url(n + 1)}">Next &rsaquo;</a></span> '
        f'<span class="last"><a href="{url(LAST)}">Last &raquo;</a></span>'
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: f'<span class="page current">{k}</span>',
        lambda k: f'<span class="page"><a href="{url(k)}">{k}</a></span>',
        " ",
    )
    return f'<nav class="pagination" role="navigation" aria-label="pager">{back}{nums} {on}</nav>'


def _pagy(n: int) -> str:
    url = _q("/orders")
    off = 'role="link" aria-disabled="true"'
    prev = (
        f'<a href="{url(n - 1)}" aria-label="Previous">&lt;</a>'
        if n > 1
        else f'<a {off} aria-label="Previous">&lt;</a>'
    )
    nxt = f'<a href="{url(n + 1)}" aria-label="Next">&gt;</a>' if n < LAST else f'<a {off} aria-label="Next">&gt;</a>'
    nums = _numbers(n, lambda k: f'<a {off} aria-current="page">{k}</a>', lambda k: f'<a href="{url(k)}">{k}</a>')
    return f'<nav class="pagy nav" aria-label="Pages">{prev}{nums}{nxt}</nav>'


def _laravel(n: int) -> str:
    url = _q("/jobs", first=True)
    btn = "relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-700 bg-white border"
    small_prev = (
        f'<a href="{url(n - 1)}" class="{btn}">&laquo; Previous</a>'
        if n > 1
        else f'<span class="{btn} cursor-default">&laquo; Previous</span>'
    )
    small_next = f'<a href="{url(n + 1)}" class="{btn}">Next &raquo;</a>' if n < LAST else ""
    prev = (
        f'<a href="{url(n - 1)}" rel="prev" class="{btn}" aria-label="&amp;laquo; Previous">{_SVG_BACK}</a>'
        if n > 1
        else f'<span aria-disabled="true" aria-label="&amp;laquo; Previous"><span class="{btn}" aria-hidden="true">'
        f"{_SVG_BACK}</span></span>"
    )
    nxt = (
        f'<a href="{url(n + 1)}" rel="next" class="{btn}" aria-label="Next &amp;raquo;">{_SVG}</a>' if n < LAST else ""
    )
    nums = _numbers(
        n,
        lambda k: f'<span aria-current="page"><span class="{btn}">{k}</span></span>',
        lambda k: f'<a href="{url(k)}" class="{btn}" aria-label="Go to page {k}">{k}</a>',
    )
    return (
        '<nav role="navigation" aria-label="Pagination Navigation" class="flex items-center justify-between">'
        f'<div class="flex justify-between flex-1 sm:hidden">{small_prev}{small_next}</div>'
        '<div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between"><div>'
        f'<p class="text-sm text-gray-700 leading-5">Showing <span class="font-medium">{8 * n - 7}</span> to '
        f'<span class="font-medium">{8 * n}</span> of <span class="font-medium">40</span> results</p></div><div>'
        f'<span class="relative z-0 inline-flex rtl:flex-row-reverse shadow-sm rounded-md">{prev}{nums}{nxt}</span>'
        "</div></div></nav>"
    )


def _discourse_url(n: int) -> str:
    return "/latest" if n == 1 else f"/latest?page={n - 1}"  # zero-based: ?page=1 is page two


def _discourse(n: int) -> str:
    back = f'<a rel="prev" itemprop="url" href="{_discourse_url(n - 1)}">&larr; previous page</a> ' if n > 1 else ""
    on = f'<a rel="next" itemprop="url" href="{_discourse_url(n + 1)}">next page &rarr;</a>' if n < LAST else ""
    return (
        '<div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">'
        f'<span itemprop="name">{back}<b>{on}</b></span></div>'
    )


def _phpbb_url(n: int) -> str:
    return "/viewforum.php?f=12" if n == 1 else f"/viewforum.php?f=12&start={25 * (n - 1)}"


def _phpbb(n: int) -> str:
    icon = "button button-icon-only"
    prev = (
        f'<li class="arrow previous"><a class="{icon}" href=".{_phpbb_url(n - 1)}" rel="prev" role="button">'
        '<i class="icon fa-chevron-left fa-fw" aria-hidden="true"></i><span class="sr-only">Previous</span></a></li>'
        if n > 1
        else ""
    )
    nxt = (
        f'<li class="arrow next"><a class="{icon}" href=".{_phpbb_url(n + 1)}" rel="next" role="button">'
        '<i class="icon fa-chevron-right fa-fw" aria-hidden="true"></i><span class="sr-only">Next</span></a></li>'
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: f'<li class="active"><span>{k}</span></li>',
        lambda k: f'<li><a class="button" href=".{_phpbb_url(k)}" role="button">{k}</a></li>',
    )
    return (
        '<div class="action-bar bar-bottom"><div class="pagination">112 topics &bull; '
        f"<ul>{prev}{nums}{nxt}</ul></div></div>"
    )


def _xenforo_url(n: int) -> str:
    return "/forums/general.2/" if n == 1 else f"/forums/general.2/page-{n}"


def _xenforo(n: int) -> str:
    prev = f'<a href="{_xenforo_url(n - 1)}" class="pageNav-jump pageNav-jump--prev">Prev</a>' if n > 1 else ""
    nxt = f'<a href="{_xenforo_url(n + 1)}" class="pageNav-jump pageNav-jump--next">Next</a>' if n < LAST else ""
    nums = _numbers(
        n,
        lambda k: f'<li class="pageNav-page pageNav-page--current "><a href="{_xenforo_url(k)}">{k}</a></li>',
        lambda k: f'<li class="pageNav-page "><a href="{_xenforo_url(k)}">{k}</a></li>',
    )
    return (
        '<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed ">'
        f'<div class="pageNav  ">{prev}<ul class="pageNav-main">{nums}</ul>{nxt}</div></nav></div></div>'
    )


def _vbulletin(n: int) -> str:
    url = _q("/forumdisplay.php?f=2")
    prev = (
        f'<span class="prev_next"><a rel="prev" href="{url(n - 1)}" title="Prev Page - Results">'
        '<img src="/images/pagination/previous-left.png" alt="Previous" /></a></span>'
        if n > 1
        else ""
    )
    nxt = (
        f'<span class="prev_next"><a rel="next" href="{url(n + 1)}" title="Next Page - Results">'
        '<img src="/images/pagination/next-right.png" alt="Next" /></a></span>'
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: (
            f'<span class="selected"><a href="javascript://" title="Results {20 * k - 19} to {20 * k}">{k}</a></span>'
        ),
        lambda k: f'<span><a href="{url(k)}" title="Show results {20 * k - 19} to {20 * k}">{k}</a></span>',
    )
    return (
        '<div class="pagination"><span><a href="javascript://" class="popupctrl">'
        f"Page {n} of {LAST}</a></span>{prev}{nums}{nxt}</div>"
    )


_FERNS = ["Adder's-tongue", "Bracken", "Cinnamon fern", "Deer fern", "Eagle fern"]


def _mediawiki_url(n: int) -> str:
    base = "/w/index.php?title=Category:Ferns"
    return "/wiki/Category:Ferns" if n == 1 else f"{base}&pagefrom={_FERNS[n - 1].replace(' ', '+')}#mw-pages"


def _mediawiki(n: int) -> str:
    back = (
        f'<a href="{_mediawiki_url(n - 1).replace("pagefrom", "pageuntil")}" title="Category:Ferns">previous page</a>'
        if n > 1
        else "previous page"
    )
    on = f'<a href="{_mediawiki_url(n + 1)}" title="Category:Ferns">next page</a>' if n < LAST else "next page"
    return f'<div id="mw-pages"><h2>Pages in category "Ferns"</h2>({back}) ({on})</div>'


def _ghost(n: int) -> str:
    url = _wp_url("/")
    newer = (
        f'<a class="newer-posts" href="{url(n - 1)}"><span aria-hidden="true">&larr;</span> Newer Posts</a>'
        if n > 1
        else ""
    )
    older = (
        f'<a class="older-posts" href="{url(n + 1)}">Older Posts <span aria-hidden="true">&rarr;</span></a>'
        if n < LAST
        else ""
    )
    count = f'<span class="page-number">Page {n} of {LAST}</span>'
    return f'<nav class="pagination" role="navigation">{newer}{count}{older}</nav>'


def _ghost_head(n: int) -> str:
    url = _wp_url("/")
    prev = f'<link rel="prev" href="{SITE}{url(n - 1)}">' if n > 1 else ""
    return prev + (f'<link rel="next" href="{SITE}{url(n + 1)}">' if n < LAST else "")


def _hugo(n: int) -> str:
    url = _wp_url("/posts/")
    off = 'aria-disabled="true" class="page-link" role="button" tabindex="-1"'

    def edge(k: int, label: str, glyph: str, live: bool) -> str:
        if not live:
            return (
                f'<li class="page-item disabled"><a {off} aria-label="{label}">'
                f'<span aria-hidden="true">{glyph}</span></a></li>'
            )
        return (
            f'<li class="page-item"><a href="{url(k)}" aria-label="{label}" class="page-link" role="button">'
            f'<span aria-hidden="true">{glyph}</span></a></li>'
        )

    nums = _numbers(
        n,
        lambda k: (
            f'<li class="page-item active"><a aria-current="page" aria-label="Page {k}" class="page-link" '
            f'role="button">{k}</a></li>'
        ),
        lambda k: (
            f'<li class="page-item"><a href="{url(k)}" aria-label="Page {k}" class="page-link" role="button">'
            f"{k}</a></li>"
        ),
    )
    return (
        '<ul class="pagination pagination-default">'
        + edge(1, "First", "&laquo;&laquo;", n > 1)
        + edge(n - 1, "Previous", "&laquo;", n > 1)
        + nums
        + edge(n + 1, "Next", "&raquo;", n < LAST)
        + edge(LAST, "Last", "&raquo;&raquo;", n < LAST)
        + "</ul>"
    )


def _jekyll_url(n: int) -> str:
    return "/" if n == 1 else f"/page{n}/"


def _jekyll(n: int) -> str:
    prev = (
        f'<a href="{_jekyll_url(n - 1)}" class="previous">Previous</a>'
        if n > 1
        else '<span class="previous">Previous</span>'
    )
    nxt = f'<a href="{_jekyll_url(n + 1)}" class="next">Next</a>' if n < LAST else '<span class="next ">Next</span>'
    return f'<div class="pagination">{prev}<span class="page_number ">Page: {n} of {LAST}</span>{nxt}</div>'


def _drupal_url(n: int) -> str:
    return "/planning" if n == 1 else f"/planning?page={n - 1}"  # zero-based: ?page=1 is page two


def _drupal(n: int) -> str:
    hidden = '<span class="visually-hidden">{}</span>'
    back = (
        f'<li class="pager__item pager__item--first"><a href="{_drupal_url(1)}" title="Go to first page">'
        f'{hidden.format("First page")}<span aria-hidden="true">« First</span></a></li>'
        f'<li class="pager__item pager__item--previous"><a href="{_drupal_url(n - 1)}" title="Go to previous page" '
        f'rel="prev">{hidden.format("Previous page")}<span aria-hidden="true">‹‹</span></a></li>'
        if n > 1
        else ""
    )
    on = (
        f'<li class="pager__item pager__item--next"><a href="{_drupal_url(n + 1)}" title="Go to next page" rel="next">'
        f'{hidden.format("Next page")}<span aria-hidden="true">››</span></a></li>'
        f'<li class="pager__item pager__item--last"><a href="{_drupal_url(LAST)}" title="Go to last page">'
        f'{hidden.format("Last page")}<span aria-hidden="true">Last »</span></a></li>'
        if n < LAST
        else ""
    )
    nums = _numbers(
        n,
        lambda k: (
            f'<li class="pager__item is-active"><a href="?page={k - 1}" title="Current page" aria-current="page">'
            f"{hidden.format('Current page')}{k}</a></li>"
        ),
        lambda k: (
            f'<li class="pager__item"><a href="?page={k - 1}" title="Go to page {k}">'
            f"{hidden.format('Page')}{k}</a></li>"
        ),
    )
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" '
        f'class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items">{back}{nums}{on}</ul></nav>'
    )


def _drupal_mini(n: int) -> str:
    hidden = '<span class="visually-hidden">{}</span>'
    back = (
        f'<li class="pager__item pager__item--previous"><a href="{_drupal_url(n - 1)}" title="Go to previous page" '
        f'rel="prev">{hidden.format("Previous page")}<span aria-hidden="true">‹‹</span></a></li>'
        if n > 1
        else ""
    )
    on = (
        f'<li class="pager__item pager__item--next"><a href="{_drupal_url(n + 1)}" title="Go to next page" rel="next">'
        f'{hidden.format("Next page")}<span aria-hidden="true">››</span></a></li>'
        if n < LAST
        else ""
    )
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" '
        f'class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items">{back}'
        f'<li class="pager__item is-active">Page {n}</li>{on}</ul></nav>'
    )


def _joomla_url(n: int) -> str:
    return "/news" if n == 1 else f"/news?start={9 * (n - 1)}"


def _joomla(n: int) -> str:
    def edge(k: int, label: str, icon: str, live: bool) -> str:
        if not live:
            return (
                f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">'
                f'<span class="icon-{icon}" aria-hidden="true"></span></span></li>'
            )
        return (
            f'<li class="page-item"><a aria-label="{label}" href="{_joomla_url(k)}" class="page-link">'
            f'<span class="icon-{icon}" aria-hidden="true"></span></a></li>'
        )

    nums = _numbers(
        n,
        lambda k: (
            f'<li class="active page-item"><a aria-current="true" aria-label="Page {k}" href="#" '
            f'class="page-link">{k}</a></li>'
        ),
        lambda k: (
            f'<li class="page-item"><a aria-label="Go to page {k}" href="{_joomla_url(k)}" class="page-link">'
            f"{k}</a></li>"
        ),
    )
    return (
        '<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter '
        f'counter float-md-end pt-3 pe-2">Page {n} of {LAST}</p><div class="com-content-category-blog__pagination">'
        '<nav class="pagination__wrapper" aria-label="Pagination"><ul class="pagination ms-0 mb-4">'
        + edge(1, "Go to start page", "angle-double-left", n > 1)
        + edge(n - 1, "Go to previous page", "angle-left", n > 1)
        + nums
        + edge(n + 1, "Go to next page", "angle-right", n < LAST)
        + edge(LAST, "Go to end page", "angle-double-right", n < LAST)
        + "</ul></nav></div></div>"
    )


def _divi(n: int) -> str:
    url = _wp_url("/blog/")
    older = f'<a href="{SITE}{url(n + 1)}">&laquo; Older Entries</a>' if n < LAST else ""
    newer = f'<a href="{SITE}{url(n - 1)}">Next Entries &raquo;</a>' if n > 1 else ""
    return (
        f'<div class="pagination clearfix"><div class="alignleft">{older}</div>'
        f'<div class="alignright">{newer}</div></div>'
    )


def _elementor_url(n: int) -> str:
    return "/news/" if n == 1 else f"/news/{n}/"


def _elementor(n: int) -> str:
    screen = '<span class="elementor-screen-only">Page</span>'
    prev = (
        f'<a class="page-numbers prev" href="{_elementor_url(n - 1)}">&laquo; Previous</a>'
        if n > 1
        else '<span class="page-numbers prev">&laquo; Previous</span>'
    )
    nxt = f'<a class="page-numbers next" href="{_elementor_url(n + 1)}">Next &raquo;</a>' if n < LAST else ""
    nums = _numbers(
        n,
        lambda k: f'<span aria-current="page" class="page-numbers current">{screen}{k}</span>',
        lambda k: f'<a class="page-numbers" href="{_elementor_url(k)}">{screen}{k}</a>',
    )
    return f'<nav class="elementor-pagination" aria-label="Pagination">{prev}{nums}{nxt}</nav>'


def _offset_url(n: int) -> str:
    return "/search?q=lamp" if n == 1 else f"/search?q=lamp&offset={20 * (n - 1)}"


def _offset(n: int) -> str:
    prev = f'<a href="{_offset_url(n - 1)}">&laquo; Previous 20</a> | ' if n > 1 else ""
    nxt = f'<a href="{_offset_url(n + 1)}">Next 20 &raquo;</a>' if n < LAST else ""
    return f'<div class="results-nav">Results {20 * n - 19}–{20 * n} of 100 {prev}{nxt}</div>'


def _start_url(n: int) -> str:
    return "/catalogue?sort=new" if n == 1 else f"/catalogue?sort=new&start={25 * (n - 1)}"


def _start(n: int) -> str:
    nums = _numbers(n, lambda k: f"<b>{k}</b>", lambda k: f'<a href="{_start_url(k)}">{k}</a>', " ")
    nxt = f' <a href="{_start_url(n + 1)}">Next &gt;</a>' if n < LAST else ""
    prev = f'<a href="{_start_url(n - 1)}">&lt; Prev</a> ' if n > 1 else ""
    return f'<table class="pager"><tr><td>{prev}{nums}{nxt}</td></tr></table>'


_AFTER = ["", "t3_1x9k2a", "t3_1x8qzd", "t3_1x7r0b", "t3_1x6mm4"]


def _cursor_url(n: int) -> str:
    return "/r/lamps/" if n == 1 else f"/r/lamps/?count={25 * (n - 1)}&after={_AFTER[n - 1]}"


def _cursor(n: int) -> str:
    back = (
        f'<span class="prev-button"><a href="/r/lamps/?count={25 * (n - 1) + 1}&amp;before=t3_0a{n}" '
        'rel="nofollow prev">&lsaquo; prev</a></span><span class="separator"></span>'
        if n > 1
        else ""
    )
    on = (
        f'<span class="next-button"><a href="{_cursor_url(n + 1).replace("&", "&amp;")}" rel="nofollow next">'
        "next &rsaquo;</a></span>"
        if n < LAST
        else ""
    )
    return f'<div class="nav-buttons"><span class="nextprev">view more: {back}{on}</span></div>'


def _chevrons(n: int) -> str:
    url = _q("/lamps", "pg")
    prev = f'<a class="paging__arrow" href="{url(n - 1)}" aria-label="Previous page">{_SVG_BACK}</a>' if n > 1 else ""
    nxt = f'<a class="paging__arrow" href="{url(n + 1)}" aria-label="Next page">{_SVG}</a>' if n < LAST else ""
    return f'<div class="paging">{prev}<span class="paging__label">{n} / {LAST}</span>{nxt}</div>'


def _head_next(n: int) -> str:
    url = _q("/archive")
    prev = f'<link rel="prev" href="{SITE}{url(n - 1)}">' if n > 1 else ""
    return prev + (f'<link rel="next" href="{SITE}{url(n + 1)}">' if n < LAST else "")


def _load_more(n: int) -> str:
    url = _q("/catalog")
    if n == LAST:
        return ""
    return (
        f'<div class="load-more-wrap"><a class="btn btn-outline load-more" href="{url(n + 1)}" '
        f'data-href="{url(n + 1)}&amp;view=ajax">Load more</a></div>'
    )


def _load_more_data(n: int) -> str:
    url = _q("/catalog")
    if n == LAST:
        return ""
    return (
        f'<div class="more"><a class="js-load-more button" role="button" data-href="{url(n + 1)}">Show more</a></div>'
    )


def _select_pager(n: int) -> str:
    options = "".join(f'<option value="{k}"{" selected" if k == n else ""}>{k}</option>' for k in range(1, LAST + 1))
    return (
        '<form class="page-jump" method="get" action="/catalog"><label for="pg">Page</label> '
        f'<select name="page" id="pg" onchange="this.form.submit()">{options}</select> of {LAST} '
        '<noscript><button type="submit">Go</button></noscript></form>'
    )


def _button_current(n: int) -> str:
    url = _q("/shop/", "pg")
    nums = _numbers(
        n,
        lambda k: f'<button type="button" class="pages__number" aria-current="page" disabled>{k}</button>',
        lambda k: f'<a class="pages__number" href="{url(k)}">{k}</a>',
    )
    return f'<div class="pages">{nums}</div>'


def _strong_current(n: int) -> str:
    url = _q("/list.php?cat=4", "pg")
    nums = _numbers(n, lambda k: f"<strong>{k}</strong>", lambda k: f'<a href="{url(k)}">{k}</a>', " ")
    return f'<div class="pagelinks">Pages: {nums}</div>'


def _antd_scripted(n: int) -> str:
    """Ant Design without ``itemRender``: its page numbers are links without an address."""
    return re.sub(r' href="[^"]*"', "", _antd(n))


def _element_ui(n: int) -> str:
    """Element UI (Vue 2): the numbers are bare ``li.number`` items, the arrows icon-only buttons."""
    nums = _numbers(n, lambda k: f'<li class="number active">{k}</li>', lambda k: f'<li class="number">{k}</li>')
    disabled = " disabled" if n == 1 else ""
    return (
        f'<div class="el-pagination is-background"><button type="button" class="btn-prev"{disabled}>'
        f'<i class="el-icon el-icon-arrow-left"></i></button><ul class="el-pager">{nums}</ul>'
        '<button type="button" class="btn-next"><i class="el-icon el-icon-arrow-right"></i></button></div>'
    )


def _words(back: str, on: str) -> Callable[[int], str]:
    """A plain pager in another language: the labels alone say which link leads on."""

    def url(k: int) -> str:
        return "/katalog" if k == 1 else f"/katalog/{k}"

    def markup(n: int) -> str:
        prev = (
            f'<a class="btn" href="{url(n - 1)}">{back}</a>' if n > 1 else f'<span class="btn disabled">{back}</span>'
        )
        nxt = f'<a class="btn" href="{url(n + 1)}">{on}</a>' if n < LAST else ""
        return f'<div class="nav-links">{prev} <span>{n} / {LAST}</span> {nxt}</div>'

    return markup


def _katalog(k: int) -> str:
    return "/katalog" if k == 1 else f"/katalog/{k}"


CATALOGUE: dict[str, Pager] = {
    "wordpress-paginate-links": Pager(_wp_url("/blog/"), _wordpress),
    "wordpress-posts-navigation": Pager(_wp_url("/"), _posts_navigation),
    "woocommerce-arrows": Pager(_wp_url("/shop/"), _woocommerce),
    "shopify-dawn-icons": Pager(_q("/collections/lamps"), _dawn),
    "magento2-pages": Pager(_q("/women/tops.html", "p"), _magento),
    "prestashop-page-list": Pager(_q("/3-clothes"), _prestashop),
    "bootstrap5-laquo-raquo": Pager(_q("/catalog"), _bootstrap5),
    "bootstrap4-rsaquo-sr-only": Pager(_q("/products", "pg"), _bootstrap4),
    "tailwind-ui-sr-only": Pager(_q("/team"), _tailwind_ui),
    "mui-buttons-only": Pager(_q("/inbox"), _mui),
    "mui-links": Pager(_q("/inbox"), lambda n: _mui(n, _q("/inbox"))),
    "ant-design-item-links": Pager(_q("/users"), _antd),
    "ant-design-scripted": Pager(_q("/users"), _antd_scripted),
    "element-ui-bare-numbers": Pager(_q("/products"), _element_ui),
    "django-step-links": Pager(_q("/talks/", first=True), _django_docs),
    "django-admin-paginator": Pager(_q("/admin/auth/user/", "p"), _django_admin),
    "rails-will-paginate": Pager(_q("/listings", first=True), _will_paginate),
    "rails-kaminari": Pager(_q("/gems"), _kaminari),
    "rails-pagy": Pager(_q("/orders"), _pagy),
    "laravel-tailwind": Pager(_q("/jobs", first=True), _laravel),
    "discourse-crawler": Pager(_discourse_url, _discourse),
    "phpbb-start": Pager(_phpbb_url, _phpbb),
    "xenforo-page-nav": Pager(_xenforo_url, _xenforo),
    "vbulletin-img-next": Pager(_q("/forumdisplay.php?f=2"), _vbulletin),
    "mediawiki-pagefrom": Pager(_mediawiki_url, _mediawiki),
    "ghost-casper": Pager(_wp_url("/"), _ghost, _ghost_head),
    "hugo-internal": Pager(_wp_url("/posts/"), _hugo),
    "jekyll-paginate": Pager(_jekyll_url, _jekyll),
    "drupal-views-full": Pager(_drupal_url, _drupal),
    "drupal-views-mini": Pager(_drupal_url, _drupal_mini),
    "joomla-start": Pager(_joomla_url, _joomla),
    "divi-older-entries": Pager(_wp_url("/blog/"), _divi),
    "elementor-posts": Pager(_elementor_url, _elementor),
    "offset-next-20": Pager(_offset_url, _offset),
    "start-bold-current": Pager(_start_url, _start),
    "cursor-after": Pager(_cursor_url, _cursor),
    "svg-chevrons-aria-label": Pager(_q("/lamps", "pg"), _chevrons),
    "head-rel-next-only": Pager(_q("/archive"), lambda n: "", _head_next),
    "load-more-href": Pager(_q("/catalog"), _load_more),
    "load-more-data-href": Pager(_q("/catalog"), _load_more_data),
    "select-page-form": Pager(_q("/catalog"), _select_pager),
    "numbers-button-current": Pager(_q("/shop/", "pg"), _button_current),
    "numbers-strong-current": Pager(_q("/list.php?cat=4", "pg"), _strong_current),
}

_LABELS = {
    "de": ("Zurück", "Weiter"),
    "fr": ("Précédent", "Suivant"),
    "es": ("Anterior", "Siguiente"),
    "pt": ("Anterior", "Próxima"),
    "it": ("Indietro", "Avanti"),
    "nl": ("Vorige", "Volgende"),
    "pl": ("Poprzednia", "Następna"),
    "ru": ("Назад", "Далее"),
    "ja": ("前へ", "次へ"),
    "zh": ("上一页", "下一页"),
    "ko": ("이전", "다음"),
    "tr": ("Önceki", "Sonraki"),
    "sv": ("Föregående", "Nästa"),
    "fi": ("Edellinen", "Seuraava"),
}
CATALOGUE.update({f"label-{lang}": Pager(_katalog, _words(*pair)) for lang, pair in _LABELS.items()})


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_the_pager_leads_to_pages_two_and_three(name: str) -> None:
    entry = CATALOGUE[name]
    two, three, note = _pages_two_and_three(entry)
    assert (two, three) == (SITE + entry.url(2), SITE + entry.url(3)), note


_TAG_CLOUD = (
    '<aside class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><div class="tagcloud">'
    + "".join(
        f'<a href="/tag/{y}/" class="tag-cloud-link tag-link-{y - 2000} tag-link-position-{i}"'
        f'{_CURRENT_TAG if y == 2023 else ""} style="font-size: {8 + i}pt;" aria-label="{y} ({i} items)">'
        f"{y}</a>"
        for i, y in enumerate(range(2021, 2026), start=1)
    )
    + "</div></aside>"
)
_BREADCRUMB = (
    '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>'
    '<li class="breadcrumb-item"><a href="/archive/">Archive</a></li><li class="breadcrumb-item active" '
    'aria-current="page">2024</li><li class="breadcrumb-item"><a href="/archive/2024/3/">3</a></li></ol></nav>'
)
_CALENDAR = (
    '<table id="wp-calendar" class="wp-calendar-table"><caption>March 2025</caption><tbody><tr>'
    + "".join(
        f'<td id="today">{d}</td>'
        if d == 14
        else f'<td><a href="/2025/03/{d:02d}/" aria-label="Posts published on March {d}, 2025">{d}</a></td>'
        for d in range(10, 17)
    )
    + '</tr></tbody></table><nav aria-label="Previous and next months" class="wp-calendar-nav">'
    '<span class="wp-calendar-nav-prev"><a href="/2025/02/">&laquo; Feb</a></span>'
    '<span class="pad">&nbsp;</span><span class="wp-calendar-nav-next">&nbsp;</span></nav>'
)
_CATEGORIES = (
    '<nav class="category-menu" aria-label="Categories"><ul class="product-categories">'
    '<li class="cat-item cat-item-12 current-cat active"><a href="/product-category/lamps/">Lamps</a></li>'
    '<li class="cat-item cat-item-13"><a href="/product-category/chairs/">Chairs</a></li>'
    '<li class="cat-item cat-item-14"><a href="/product-category/tables/">Tables</a></li></ul></nav>'
)
_SIZES = (
    '<nav aria-label="Filter by size"><ul class="filter-list">'
    + "".join(
        f'<li class="{"active" if s == 7 else ""}"><a href="/product-category/lamps/?size={s}">{s}</a></li>'
        for s in range(6, 11)
    )
    + "</ul></nav>"
)
_LANGUAGES = (
    '<nav class="lang-switcher" aria-label="Language"><a href="/de/product-category/lamps/">Deutsch</a>'
    '<a class="active" aria-current="page" href="/product-category/lamps/">English</a>'
    '<a href="/fr/product-category/lamps/">Français</a></nav>'
)
_NEXT_STORY = (
    '<aside class="featured"><h3>Featured</h3><a class="next-story" href="/stories/how-we-make-lamps">'
    "Next story &rarr;</a></aside>"
)
_NEXT_POST = (
    '<div class="post-teaser"><a class="next-post" href="/journal/how-we-wire-our-lamps/">'
    '<span class="label">Next post:</span> <span class="title">How we wire our lamps</span></a></div>'
)
_CAROUSEL = (
    '<section class="carousel" aria-roledescription="carousel"><div class="slides">'
    '<a class="slide" href="/collections/summer/"><img src="/s.jpg" alt="Summer lights"></a>'
    '<a class="slide" href="/collections/desk/"><img src="/d.jpg" alt="Desk lamps"></a></div>'
    '<button type="button" class="carousel-prev prev">' + _SVG_BACK + "</button>"
    '<button type="button" class="carousel-next next">' + _SVG + "</button>"
    '<a class="next" href="/collections/desk/">' + _SVG + "</a></section>"
)
_UP_NEXT = (
    '<aside class="video-rail"><h3>Watch</h3><a class="up-next" href="/videos/rewiring-a-1950s-lamp">'
    "Up next: Rewiring a 1950s lamp</a></aside>"
)
_NEXT_EVENT = (
    '<div class="widget next-event"><a class="next-event__link" href="/events/lamp-fair-2025/">'
    "Lamp fair 2025 – 14 March</a></div>"
)
_PAGE_COUNT = '<div class="pagination-info">Page <span>1</span> of <span>5</span></div>'
NOT_PAGERS = {
    "tag-cloud-of-years": _TAG_CLOUD,
    "breadcrumb": _BREADCRUMB,
    "calendar-widget": _CALENDAR,
    "category-menu": _CATEGORIES,
    "size-filter": _SIZES,
    "language-switcher": _LANGUAGES,
    "next-story-link": _NEXT_STORY,
    "next-post-with-its-title": _NEXT_POST,
    "carousel-next-buttons": _CAROUSEL,
    "up-next-video": _UP_NEXT,
    "next-event-widget": _NEXT_EVENT,
    "page-count-without-controls": _PAGE_COUNT,
}


@pytest.mark.parametrize("name", sorted(NOT_PAGERS))
def test_a_look_alike_is_no_pager(name: str) -> None:
    url = SITE + "/product-category/lamps/"
    entry = Pager(lambda n: "", lambda n: NOT_PAGERS[name])
    # the server would answer ?page=2 with other records: only the page's controls may send the Scout there
    site = ServedPages({url: _page(entry, 1), url + "?page=2": _page(entry, 2)})
    profile = _scout(site, url)
    assert profile.spec.pagination.kind == "none", profile.notes
