"""A catalogue of paged lists whose later pages differ from page 1 the way real sites' do, followed
over pages 1–3: the Scout (as ``scout_url`` runs it) reads page 1, its pagination must lead to
page 2 and, read again there, to page 3, and the engine must read the records of pages 2 and 3
with the fields it reads on page 1.

Each case is written after a platform's templates (phpBB, Discourse, XenForo, vBulletin, SMF,
MyBB, Invision, old Reddit, Hacker News, Stack Overflow, WordPress, Ghost, Hugo, Jekyll, Blogger,
Squarespace, Drupal, Joomla, TYPO3 news, Shopify, WooCommerce, Magento, PrestaShop, OpenCart,
BigCommerce, Etsy, Amazon, eBay, Craigslist, Indeed, Ganji, Idealista, Chinese CMS static lists)
with what changes from page to page there: a featured record or a category intro on page 1 only,
pinned topics on every page, ads at other positions, the list root as page 1 and its "1" link
back to it, a short last page, optional fields missing more often, a "Previous" link and another
window of page numbers, page numbers in the path or in a query of an unusual name, page links
carrying parameters that change per page (session ids, ``ref``, ``qid``, a TYPO3 ``cHash``), a
grid that grows on page 2, a wrapper renamed on later pages, dates getting older, and a "load
more" link over a numbered pager in ``noscript``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

from agents.fetch import FetchedPage
from agents.survey import probed_pages, surveyed
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import Record, extract_records, next_page_url
from pipeline.core.schemas import PageProfile
from tests.unit.servedpages import ServedPages

SITE = "https://site.test"
#: Parameters servers answer whatever their value (a session, a tracker, a query id).
NOISE = frozenset({"sid", "s_sid", "utm_source", "utm_medium", "utm_campaign", "ref", "qid", "_trksid"})

Url = Callable[[int], str]
Pager = Callable[[int, int, Url], str]  # (page n, last page, url of page k) -> the pager page n shows


class Case(NamedTuple):
    url: Url  # the path (and query) of page n
    layout: Callable[[int, list[int], frozenset[str], str], str]  # (n, record ids, flags, pager) -> <main>
    pager: Pager
    flags: frozenset[str] = frozenset()
    link: Url | None = None  # the URL page n's links print for page k, when not ``url`` (session ids)
    strict: bool = False  # the server answers only the URLs its links print (a TYPO3 cHash)
    head: Callable[[int, int, Url], str] = lambda n, last, url: ""


def _last(case: Case) -> int:
    return 3 if "short" in case.flags else 5


def _ids(case: Case, n: int) -> list[int]:
    count = 3 if "short" in case.flags and n == _last(case) else 10 if "grow" in case.flags and n > 1 else 8
    return [10000 + 100 * n + i for i in range(1, count + 1)]


def _full(flags: frozenset[str], n: int, rid: int) -> bool:
    """Whether record ``rid`` shows its optional fields: some lack them, more of them on page 2."""
    i = rid % 100
    return "sparse" not in flags or (i % 2 == 1 if n == 2 else i != 7)


_A = ["Brass", "Walnut", "Linen", "Copper", "Oak", "Marble", "Velvet", "Cedar", "Slate", "Amber", "Ivory", "Cobalt"]
_B = ["lamp", "desk", "shelf", "stool", "mirror", "rug", "vase", "clock", "bench", "chair", "table", "lantern"]


def _title(rid: int) -> str:
    k = (rid // 100 - 101) * 12 + rid % 100
    return f"{_A[k % 12]} {_B[(k // 12 + k) % 12]} no. {k}"


def _slug(rid: int) -> str:
    return _title(rid).lower().replace(" ", "-").replace(".", "")


def _day(rid: int) -> date:
    return date(2025, 3, 28) - timedelta(days=3 * ((rid // 100 - 101) * 12 + rid % 100))


def _price(rid: int) -> str:
    return f"${(rid * 37) % 180 + 12}.99"


def _user(rid: int) -> str:
    return ["maria_k", "tom.h", "lightfan", "j_ortega", "annika", "pkumar", "elm_street"][rid % 7]


# ------------------------------------------------------------------------------------------ layouts


def _ad(n: int, ids: list[int], flags: frozenset[str], make: Callable[[int], str], ad: str) -> str:
    """The records' markup with an ad slot at another position on each page."""
    at = {1: 2, 2: 5, 3: 1}.get(n, 3) if "ads" in flags else -1
    return "".join((ad if k == at else "") + make(rid) for k, rid in enumerate(ids))


def _blog(cls: str = "post", wrap: str = "posts") -> Callable[[int, list[int], frozenset[str], str], str]:
    def card(rid: int, full: bool) -> str:
        d = _day(rid)
        img = f'<img class="wp-post-image" src="/img/{rid}.jpg" alt="">' if full else ""
        author = f'<span class="byline">by <a href="/author/{_user(rid)}/">{_user(rid)}</a></span>' if full else ""
        return (
            f'<article class="{cls} type-post status-publish hentry" id="post-{rid}">'
            f'<a class="thumb" href="/{d:%Y/%m}/{rid}-story/">{img}</a>'
            f'<h2 class="entry-title"><a href="/{d:%Y/%m}/{rid}-story/" rel="bookmark">{_title(rid)}</a></h2>'
            f'<div class="entry-meta"><time class="published" datetime="{d.isoformat()}T09:00:00+00:00">'
            f"{d:%B} {d.day}, {d:%Y}</time> {author}</div>"
            f'<div class="entry-summary"><p>Notes on the {_title(rid).lower()}, how it was made and kept.</p></div>'
            "</article>"
        )

    def layout(n: int, ids: list[int], flags: frozenset[str], pager: str) -> str:
        hero = (
            '<section class="featured-post"><article class="sticky hero"><h1 class="hero-title">'
            '<a href="/2025/03/welcome-to-the-journal/">Welcome to the journal</a></h1>'
            '<p class="hero-lede">Start here: what we write about and why.</p></article></section>'
            if "hero" in flags and n == 1
            else ""
        )
        intro = (
            '<header class="archive-header"><h1 class="archive-title">Category: Restoration</h1>'
            '<div class="archive-description"><p>Everything about restoring old pieces: tools, finishes,'
            " and the mistakes we made so you do not have to.</p></div></header>"
            if "intro" in flags and n == 1
            else f'<header class="archive-header"><h1 class="archive-title">Restoration – Page {n}</h1></header>'
            if "intro" in flags
            else ""
        )
        wid = f"{wrap}-paged" if "wrapper" in flags and n > 1 else wrap
        ad = '<div class="ad-slot"><ins class="adsbygoogle" data-ad-slot="123"></ins><small>Advertisement</small></div>'
        body = _ad(n, ids, flags, lambda rid: card(rid, _full(flags, n, rid)), ad)
        return f'{intro}{hero}<div id="{wid}" class="{wrap} site-main">{body}</div>{pager}'

    return layout


def _shop(item: str = "product", grid: str = "products") -> Callable[[int, list[int], frozenset[str], str], str]:
    def card(rid: int, full: bool) -> str:
        rating = f'<div class="star-rating" aria-label="Rated {3 + rid % 3}.{rid % 10} out of 5"></div>' if full else ""
        badge = '<span class="onsale">Sale!</span>' if full and rid % 3 == 0 else ""
        return (
            f'<li class="{item} type-product instock"><a class="{item}-link" href="/products/{_slug(rid)}-{rid}">'
            f'<img src="/cdn/{rid}.jpg" alt="{_title(rid)}">{badge}<h3 class="{item}-title">{_title(rid)}</h3></a>'
            f'{rating}<span class="price">{_price(rid)}</span></li>'
        )

    def layout(n: int, ids: list[int], flags: frozenset[str], pager: str) -> str:
        hero = (
            '<div class="collection-hero"><img src="/cdn/hero.jpg" alt="Spring lighting"><h1>Lighting</h1>'
            '<div class="rte">Warm light for every room, made in small batches.</div></div>'
            if "hero" in flags and n == 1
            else "<h1>Lighting</h1>"
        )
        promo = (
            f'<li class="{item} promo-tile"><a href="/pages/spring-sale"><img src="/cdn/sale.jpg" alt="Spring sale">'
            "<span>Up to 40% off – shop the spring sale</span></a></li>"
        )
        first, shown = 8 * (n - 1) + 1, len(ids)
        count = f'<p class="result-count">Showing {first}–{first + shown - 1} of 35 results</p>'
        body = _ad(n, ids, flags, lambda rid: card(rid, _full(flags, n, rid)), promo)
        wid = "product-grid-paged" if "wrapper" in flags and n > 1 else "product-grid"
        return f'{hero}{count}<ul id="{wid}" class="{grid} columns-4">{body}</ul>{pager}'

    return layout


def _forum(row: str = "row", title: str = "topictitle") -> Callable[[int, list[int], frozenset[str], str], str]:
    def topic(rid: int, extra: str = "", full: bool = True) -> str:
        d = _day(rid)
        pages = f'<span class="pagination"><a href="/viewtopic.php?t={rid}&amp;start=15">2</a></span>' if full else ""
        return (
            f'<li class="{row} bg{rid % 2 + 1}{extra}"><dl class="row-item topic_read"><dt><div class="list-inner">'
            f'<a href="/viewtopic.php?t={rid}" class="{title}">{_title(rid)}</a> {pages}<div class="topic-poster">'
            f'by <a href="/memberlist.php?mode=viewprofile&amp;u={rid % 50}" class="username">{_user(rid)}</a> '
            f"&raquo; {d:%a %b %d, %Y} 8:14 pm</div></div></dt>"
            f'<dd class="posts">{rid % 40 + 1} <dfn>Replies</dfn></dd><dd class="views">{rid % 900 + 40} '
            "<dfn>Views</dfn></dd></dl></li>"
        )

    def layout(n: int, ids: list[int], flags: frozenset[str], pager: str) -> str:
        pinned = (
            topic(9001, " sticky").replace(_title(9001), "Forum rules – read before posting")
            + topic(9002, " sticky").replace(_title(9002), "FAQ: posting photos of your pieces")
            if "pinned" in flags or ("pinned1" in flags and n == 1)
            else ""
        )
        body = "".join(topic(rid, full=_full(flags, n, rid)) for rid in ids)
        return (
            f'<h2 class="forum-title">Restoration talk</h2>{pager}<div class="forumbg"><ul class="topiclist">'
            '<li class="header"><dl><dt>Topics</dt><dd class="posts">Replies</dd><dd class="views">Views</dd></dl>'
            f'</li></ul><ul class="topiclist topics">{pinned}{body}</ul></div>{pager}'
        )

    return layout


def _classifieds(card_cls: str = "listing") -> Callable[[int, list[int], frozenset[str], str], str]:
    def card(rid: int, full: bool) -> str:
        d = _day(rid)
        where = f'<span class="location">{["Leeds", "York", "Hull", "Bath"][rid % 4]}</span>' if full else ""
        return (
            f'<div class="{card_cls}" data-id="{rid}"><a class="{card_cls}-title" href="/ad/{rid}.html">{_title(rid)}'
            f'</a><span class="{card_cls}-price">{_price(rid)}</span>{where}'
            f'<time datetime="{d.isoformat()}">{d:%d.%m.%Y}</time></div>'
        )

    def layout(n: int, ids: list[int], flags: frozenset[str], pager: str) -> str:
        sponsored = (
            f'<div class="{card_cls} sponsored"><span class="badge">Sponsored</span><a class="{card_cls}-title" '
            'href="https://ads.example/click?id=77">Furniture removals – free quote</a></div>'
        )
        body = _ad(n, ids, flags, lambda rid: card(rid, _full(flags, n, rid)), sponsored)
        intro = (
            '<div class="category-intro"><h1>Furniture for sale</h1><p>Browse second-hand furniture near you.</p></div>'
            if "intro" in flags and n == 1
            else "<h1>Furniture for sale</h1>"
        )
        return f'{intro}<div class="results">{body}</div>{pager}'

    return layout


# ------------------------------------------------------------------------------------------- pagers


def _shown(n: int, last: int, width: int = 1) -> list[int | None]:
    """The page numbers a pager shows on page ``n`` (None for a gap): first, a window, last."""
    keep = {1, last, *range(n - width, n + width + 1)}
    out: list[int | None] = []
    for k in range(1, last + 1):
        if k in keep:
            out.append(k)
        elif out and out[-1] is not None:
            out.append(None)
    return out


def _numbered(
    wrap: str,
    item: Callable[[str, str], str],
    current: Callable[[int], str],
    gap: str = "<span>…</span>",
    prev: str = "",
    nxt: str = "",
) -> Pager:
    """A pager of ``wrap`` (with ``{}`` for its items): ``prev`` and ``nxt`` (an ``<a>``'s attributes
    and text, split by ``|``; none when empty) around a window of page numbers."""

    def edge(k: int, url: Url, spec: str, kind: str) -> str:
        attrs, text = spec.split("|")
        return item(kind, f'<a href="{_amp(url(k))}" {attrs}>{text}</a>')

    def pager(n: int, last: int, url: Url) -> str:
        parts = [edge(n - 1, url, prev, "prev")] if n > 1 and prev else []
        for k in _shown(n, last):
            parts.append(
                gap if k is None else current(k) if k == n else item("num", f'<a href="{_amp(url(k))}">{k}</a>')
            )
        if n < last and nxt:
            parts.append(edge(n + 1, url, nxt, "next"))
        return wrap.format("".join(parts))

    return pager


_WP = _numbered(
    '<nav class="navigation pagination" aria-label="Posts"><div class="nav-links">{}</div></nav>',
    lambda kind, a: a if kind != "num" else a.replace("<a ", '<a class="page-numbers" ', 1),
    lambda k: f'<span aria-current="page" class="page-numbers current">{k}</span>',
    '<span class="page-numbers dots">…</span>',
    'class="prev page-numbers"|&laquo; Previous',
    'class="next page-numbers"|Next &raquo;',
)
_BOOTSTRAP = _numbered(
    '<nav aria-label="Page navigation"><ul class="pagination">{}</ul></nav>',
    lambda kind, a: f'<li class="page-item">{a.replace("<a ", "<a class=page-link ", 1)}</li>',
    lambda k: f'<li class="page-item active" aria-current="page"><span class="page-link">{k}</span></li>',
    '<li class="page-item disabled"><span class="page-link">…</span></li>',
    'aria-label="Previous"|<span aria-hidden="true">&laquo;</span>',
    'aria-label="Next"|<span aria-hidden="true">&raquo;</span>',
)
_UL = _numbered(
    '<div class="pagination"><ul>{}</ul></div>',
    lambda kind, a: f"<li>{a}</li>",
    lambda k: f'<li class="active"><span>{k}</span></li>',
    '<li class="ellipsis"><span>…</span></li>',
    "|‹ Prev",
    "|Next ›",
)
#: Numbers only, the current one unlinked (Chinese and Japanese CMS lists, many news archives).
_NUMS = _numbered(
    '<div class="pages">{}</div>',
    lambda kind, a: a,
    lambda k: f'<span class="cur">{k}</span>',
    "<span>...</span>",
)
#: Numbers and a "下一页" link (DedeCMS, PHPCMS, EmpireCMS).
_DEDE = _numbered(
    '<div class="dede_pages"><ul class="pagelist">{}<li><span class="pageinfo">共 <strong>5</strong>页</span></li>'
    "</ul></div>",
    lambda kind, a: f"<li>{a}</li>",
    lambda k: f'<li class="thisclass">{k}</li>',
    "<li>...</li>",
    "|上一页",
    "|下一页",
)
_PHPBB = _numbered(
    '<div class="action-bar"><div class="pagination">40 topics &bull; <a class="button" role="button">'
    "Page <strong>{{n}}</strong> of <strong>{{last}}</strong></a><ul>{}</ul></div></div>",
    lambda kind, a: (
        f'<li class="{"arrow " + kind if kind != "num" else ""}">{a.replace("<a ", "<a class=button ", 1)}</li>'
    ),
    lambda k: f'<li class="active"><span>{k}</span></li>',
    '<li class="ellipsis" role="separator"><span>…</span></li>',
    'rel="prev" role="button"|<i class="icon fa-chevron-left"></i><span class="sr-only">Previous</span>',
    'rel="next" role="button"|<span class="sr-only">Next</span><i class="icon fa-chevron-right"></i>',
)
_XENFORO = _numbered(
    '<div class="pageNavWrapper"><nav class="pageNavWrapper--full"><div class="pageNav">{}</div></nav></div>',
    lambda kind, a: f'<li class="pageNav-page">{a}</li>' if kind == "num" else a,
    lambda k: f'<li class="pageNav-page pageNav-page--current"><a href="#">{k}</a></li>',
    '<li class="pageNav-page pageNav-page--skip"><a>…</a></li>',
    'class="pageNav-jump pageNav-jump--prev"|Prev',
    'class="pageNav-jump pageNav-jump--next"|Next',
)
_MAGENTO = _numbered(
    '<div class="toolbar toolbar-products"><div class="pages"><strong class="label pages-label">Page</strong>'
    '<ul class="items pages-items">{}</ul></div></div>',
    lambda kind, a: (
        f'<li class="item{" pages-item-" + kind if kind != "num" else ""}">'
        + a.replace("<a ", "<a class=page ", 1)
        + "</li>"
    ),
    lambda k: f'<li class="item current"><strong class="page"><span>{k}</span></strong></li>',
    '<li class="item"><span>…</span></li>',
    'class="action previous" title="Previous"|<span>Previous</span>',
    'class="action next" title="Next"|<span>Next</span>',
)


def _phpbb(n: int, last: int, url: Url) -> str:
    return _PHPBB(n, last, url).replace("{n}", str(n)).replace("{last}", str(last))


def _vbulletin(n: int, last: int, url: Url) -> str:
    """vBulletin 4: a "Page 1 of 5" box, the current page a ``javascript://`` link."""
    nums = "".join(
        f'<span class="selected"><a href="javascript://" title="Results {8 * k - 7} to {8 * k} of 40">{k}</a></span>'
        if k == n
        else f'<span><a href="{url(k)}" title="Show results {8 * k - 7} to {8 * k} of 40">{k}</a></span>'
        for k in range(max(1, n - 2), min(last, n + 2) + 1)
    )
    prev = (
        f'<span class="prev_next"><a rel="prev" href="{url(n - 1)}" title="Prev Page - Results {8 * n - 15} to '
        f'{8 * n - 8} of 40"><img src="images/pagination/previous-right.png" alt="Previous"></a></span>'
        if n > 1
        else ""
    )
    nxt = (
        f'<span class="prev_next"><a rel="next" href="{url(n + 1)}" title="Next Page - Results {8 * n + 1} to '
        f'{8 * n + 8} of 40"><img src="images/pagination/next-right.png" alt="Next"></a></span>'
        if n < last
        else ""
    )
    return (
        '<div class="threadpagenav"><form action="forumdisplay.php" method="get" class="pagination popupmenu">'
        f'<span><a href="javascript://" class="popupctrl">Page {n} of {last}</a></span>{prev}{nums}{nxt}</form></div>'
    )


def _more(label: str, cls: str, rel: bool = True) -> Pager:
    """A lone link to the next page (no numbers), and to the one before on later pages."""

    def pager(n: int, last: int, url: Url) -> str:
        back = f'<a class="{cls}-prev" href="{url(n - 1)}">Previous</a> ' if n > 1 else ""
        on = f'<a class="{cls}" href="{url(n + 1)}"{" rel=next" if rel else ""}>{label}</a>' if n < last else ""
        return f'<div class="{cls}-wrap">{back}{on}</div>'

    return pager


def _discourse(n: int, last: int, url: Url) -> str:
    back = (
        f'<span itemprop="name"><b><a rel="prev" itemprop="url" href="{url(n - 1)}">← previous page</a></b></span>'
        if n > 1
        else ""
    )
    on = (
        f'<span itemprop="name"><b><a rel="next" itemprop="url" href="{url(n + 1)}">next page →</a></b></span>'
        if n < last
        else ""
    )
    return f'<div role="navigation" itemscope itemtype="http://schema.org/SiteNavigationElement">{back} {on}</div>'


def _reddit(n: int, last: int, url: Url) -> str:
    back = (
        f'<span class="prev-button"><a href="{url(n - 1)}" rel="nofollow prev">‹ prev</a></span>'
        '<span class="separator"></span>'
        if n > 1
        else ""
    )
    on = f'<span class="next-button"><a href="{url(n + 1)}" rel="nofollow next">next ›</a></span>' if n < last else ""
    return f'<div class="nav-buttons"><span class="nextprev">view more: {back}{on}</span></div>'


def _blogger(n: int, last: int, url: Url) -> str:
    newer = (
        f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{url(n - 1)}" '
        'title="Newer Posts">Newer Posts</a></span>'
        if n > 1
        else ""
    )
    older = (
        f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{url(n + 1)}" '
        'title="Older Posts">Older Posts</a></span>'
        if n < last
        else ""
    )
    return f'<div class="blog-pager" id="blog-pager">{newer}{older}<a class="home-link" href="/">Home</a></div>'


def _load_more(n: int, last: int, url: Url) -> str:
    more = (
        f'<a class="btn load-more" href="{url(n + 1)}" data-page="{n + 1}" data-container="#posts">Load more</a>'
        if n < last
        else ""
    )
    return f'<div class="load-more-wrap">{more}</div><noscript>{_BOOTSTRAP(n, last, url)}</noscript>'


def _arrows(n: int, last: int, url: Url) -> str:
    """An older CMS's pager: the current page in ``<b>``, arrows drawn by images with no words."""
    back = f'<a href="{url(n - 1)}"><img src="/images/arrow_left.gif" alt="" border="0"></a> ' if n > 1 else ""
    nums = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{url(k)}">{k}</a>' for k in range(1, last + 1))
    on = f' <a href="{url(n + 1)}"><img src="/images/arrow_right.gif" alt="" border="0"></a>' if n < last else ""
    return f'<div class="paging">{back}{nums}{on}</div>'


def _show_more(n: int, last: int, url: Url) -> str:
    """A "Show more results" link to the next page (a script appends it where it can)."""
    more = f'<a class="button button--secondary" href="{url(n + 1)}">Show more results</a>' if n < last else ""
    return f'<div class="results-footer"><p>{8 * n} of {8 * last} results</p>{more}</div>'


def _head_next(n: int, last: int, url: Url) -> str:
    return (f'<link rel="prev" href="{SITE}{url(n - 1)}">' if n > 1 else "") + (
        f'<link rel="next" href="{SITE}{url(n + 1)}">' if n < last else ""
    )


# --------------------------------------------------------------------------------------------- urls


def _q(base: str, name: str = "page", *, first: int = 2, step: int = 1, on_first: bool = False) -> Url:
    """``base`` for page 1 (``base?name=first - step`` when ``on_first``), ``name=first`` for page 2, and on."""
    sep = "&" if "?" in base else "?"
    return lambda n: f"{base}{sep}{name}={first + step * (n - 2)}" if n > 1 or on_first else base


def _path(base: str, form: str) -> Url:
    """``base`` for page 1, ``form`` (with ``{}`` for the number) after it."""
    return lambda n: base if n == 1 else form.format(n)


def _typo3(n: int) -> str:
    if n == 1:
        return "/aktuelles/"
    return f"/aktuelles/?tx_news_pi1%5BcurrentPage%5D={n}&cHash={(n * 7919) % 99991:x}3fa9c1"


def _sid(base: Url, name: str = "sid") -> Callable[[int], Url]:
    """The links page n prints: each carries the session id that request was given."""
    return lambda n: lambda k: f"{base(k)}{'&' if '?' in base(k) else '?'}{name}={n * 4099 % 65521:x}9b2e"


def _amp(url: str) -> str:
    return url.replace("&", "&amp;")


def _C(url: Url, layout: Callable[..., str], pager: Pager, flags: str = "", **kw: object) -> Case:
    return Case(url, layout, pager, frozenset(flags.split()), **kw)  # type: ignore[arg-type]


_hn = _q("/news", "p")
CATALOGUE: dict[str, Case] = {
    # --- forums
    "phpbb-stickies-every-page-start": _C(
        _q("/viewforum.php?f=2", "start", first=8, step=8), _forum(), _phpbb, "pinned"
    ),
    "phpbb-sid-per-request": _C(
        _q("/viewforum.php?f=2", "start", first=8, step=8),
        _forum(),
        _phpbb,
        "pinned",
        link=_sid(_q("/viewforum.php?f=2", "start", first=8, step=8)),
    ),
    "discourse-crawler-zero-based": _C(
        _q("/c/support/5", first=1), _forum("topic-list-item", "title raw-link"), _discourse, "pinned1"
    ),
    "xenforo-sticky-group-page-path": _C(
        _path("/forums/general.2/", "/forums/general.2/page-{}"),
        _forum("structItem", "structItem-title"),
        _XENFORO,
        "pinned",
    ),
    "vbulletin4-stickies-page": _C(_q("/forumdisplay.php?f=2"), _forum("threadbit", "title"), _vbulletin, "pinned"),
    "vbulletin5-path-pageN": _C(
        _path("/forum/general-discussion", "/forum/general-discussion/page{}"),
        _forum("topic-item", "topic-title"),
        _UL,
        "pinned",
    ),
    "smf-board-dot-offset": _C(
        lambda n: f"/index.php?board=1.{8 * (n - 1)}", _forum("windowbg", "subject"), _UL, "pinned1"
    ),
    "mybb-stickies-sparse": _C(
        _q("/forumdisplay.php?fid=2"), _forum("inline_row", "subject_new"), _UL, "pinned sparse"
    ),
    "invision-page-path": _C(
        _path("/forum/5-general/", "/forum/5-general/page/{}/"),
        _forum("ipsDataItem", "ipsDataItem_title"),
        _UL,
        "pinned1",
    ),
    "reddit-old-after-cursor-promoted": _C(
        lambda n: "/r/restoration/" if n == 1 else f"/r/restoration/?count={25 * (n - 1)}&after=t3_{n:x}k9z",
        _classifieds("thing"),
        _reddit,
        "ads pinned1",
    ),
    "hacker-news-more": _C(_hn, _classifieds("athing"), _more("More", "morelink")),
    "stackoverflow-window-pagesize": _C(
        _q("/questions?tab=newest&pagesize=15"), _classifieds("s-post-summary"), _UL, "sparse"
    ),
    # --- blogs and news
    "wordpress-sticky-hero-page1": _C(_path("/blog/", "/blog/page/{}/"), _blog(), _WP, "hero"),
    "wordpress-category-intro-short-last": _C(
        _path("/category/restoration/", "/category/restoration/page/{}/"), _blog(), _WP, "intro short"
    ),
    "wordpress-front-template-wrapper": _C(_path("/", "/page/{}/"), _blog(), _WP, "wrapper hero"),
    "ghost-head-next-featured": _C(
        _path("/", "/page/{}/"), _blog("post-card"), lambda n, last, url: "", "hero", head=_head_next
    ),
    "hugo-page-path-intro": _C(
        _path("/posts/", "/posts/page/{}/"), _blog("post-entry"), _more("Next Page »", "next"), "intro"
    ),
    "jekyll-pageN-path": _C(_path("/", "/page{}/"), _blog("post-preview"), _more("Older Posts →", "older", rel=False)),
    "blogger-updated-max": _C(
        lambda n: "/" if n == 1 else f"/search?updated-max=2025-0{4 - n}-01T09:00:00%2B01:00&max-results=8",
        _blog("post-outer"),
        _blogger,
    ),
    "squarespace-offset-timestamp": _C(
        lambda n: "/journal" if n == 1 else f"/journal?offset={1740000000000 - n * 86400000}",
        _blog("blog-item"),
        _more("Older Posts", "older"),
        "hero",
    ),
    "drupal-views-zero-based-root": _C(_q("/news", first=1), _blog("node--type-article"), _BOOTSTRAP, "intro"),
    "joomla-start-leading": _C(_q("/blog", "start", first=8, step=8), _blog("item"), _UL, "hero sparse"),
    "typo3-news-chash": _C(_typo3, _blog("news-list-item"), _UL, "intro", strict=True),
    "load-more-href-noscript-pager": _C(_q("/stories"), _blog(), _load_more),
    "dedecms-list-path": _C(
        lambda n: "/news/list_12_1.html" if n == 1 else f"/news/list_12_{n}.html", _blog("list-item"), _DEDE, "ads"
    ),
    "cms-list-dash-htm": _C(_path("/news/list.htm", "/news/list-{}.htm"), _blog("news-item"), _NUMS),
    "polish-portal-comma-html": _C(_path("/wiadomosci,12.html", "/wiadomosci,12,{}.html"), _blog("entry"), _UL, "ads"),
    "french-forum-dash-p-html": _C(_path("/articles.html", "/articles-p{}.html"), _blog("article"), _NUMS, "intro"),
    "liferay-current-page": _C(_q("/web/guest/news", "currentPage"), _blog("asset-abstract"), _BOOTSTRAP, "sparse"),
    "aspnet-page-index": _C(_q("/News.aspx?cat=3", "pageIndex"), _blog("news-row"), _NUMS, "short"),
    "wordpress-utm-on-page-links": _C(
        _path("/blog/", "/blog/page/{}/"),
        _blog(),
        _WP,
        "ads",
        link=lambda n: lambda k: f"{'/blog/' if k == 1 else f'/blog/page/{k}/'}?utm_source=pager&utm_medium=p{n}",
    ),
    "wordpress-grid-grows-page2": _C(_path("/", "/page/{}/"), _blog(), _WP, "hero grow"),
    # --- shops
    "shopify-promo-tile-sort": _C(
        _q("/collections/lighting?sort_by=price-ascending"), _shop("grid__item", "grid"), _BOOTSTRAP, "ads hero"
    ),
    "woocommerce-page-path-orderby": _C(
        lambda n: "/shop/?orderby=price" if n == 1 else f"/shop/page/{n}/?orderby=price", _shop(), _WP, "sparse"
    ),
    "magento-p-wrapper": _C(_q("/lighting.html", "p"), _shop("product-item", "product-items"), _MAGENTO, "wrapper"),
    "prestashop-root-first": _C(_q("/3-lighting"), _shop("product-miniature", "products"), _BOOTSTRAP, "hero short"),
    "opencart-route-page": _C(
        _q("/index.php?route=product/category&path=20"), _shop("product-layout", "row"), _UL, "sparse"
    ),
    "bigcommerce-grow": _C(_q("/lighting/"), _shop("card", "productGrid"), _UL, "grow"),
    "etsy-ref-pagination": _C(
        _q("/c/home-and-living/lighting"),
        _shop("v2-listing-card", "wt-grid"),
        _BOOTSTRAP,
        "ads",
        link=lambda n: lambda k: f"/c/home-and-living/lighting?ref=pagination&page={k}",
    ),
    "amazon-qid-ref-per-page": _C(
        _q("/s?k=brass+lamp"),
        _shop("s-result-item", "s-main-slot"),
        _UL,
        "ads",
        link=lambda n: lambda k: f"/s?k=brass+lamp&page={k}&qid=17{n}4455{k}&ref=sr_pg_{k}",
    ),
    "ebay-pgn": _C(_q("/b/Lamps/112581/bn_1849", "_pgn"), _shop("s-item", "srp-results"), _UL, "ads sparse"),
    "shop-pg-param": _C(_q("/catalog/lamps", "pg"), _shop(), _BOOTSTRAP, "hero"),
    "shop-pn-param": _C(_q("/list?cat=lamps", "pn"), _shop(), _UL),
    # --- classifieds and jobs
    "craigslist-s-offset": _C(
        _q("/search/fua", "s", first=8, step=8),
        _classifieds("result-row"),
        _more("next &gt;", "button next", rel=False),
        "sparse",
    ),
    "indeed-start-sponsored": _C(
        _q("/jobs?q=carpenter&l=Leeds", "start", first=10, step=10), _classifieds("job_seen_beacon"), _UL, "ads"
    ),
    "elastic-from-size": _C(_q("/search?q=chair&size=8", "from", first=8, step=8), _classifieds(), _UL, "intro"),
    "offset-limit": _C(_q("/ads?limit=8", "offset", first=8, step=8), _classifieds(), _BOOTSTRAP),
    "ganji-o-path": _C(_path("/jiaju/", "/jiaju/o{}/"), _classifieds("f-list-item"), _DEDE, "ads"),
    "idealista-pagina": _C(
        _path("/venta-muebles/madrid/", "/venta-muebles/madrid/pagina-{}.htm"),
        _classifieds("item"),
        _UL,
        "intro sparse",
    ),
    "baidu-tieba-pn": _C(
        _q("/f?kw=restoration&ie=utf-8", "pn", first=10, step=10), _classifieds("j_thread_list"), _UL, "pinned1"
    ),
    # --- bare page numbers in the path, with pagers no finder reads: only the link's address says "page 2"
    "gatsby-blog-bare-number-arrows": _C(_path("/blog", "/blog/{}"), _blog("post-list-item"), _arrows, "hero"),
    "hexo-like-trailing-number-dir": _C(
        _path("/archives/", "/archives/{}/"), _blog("archive-article"), _arrows, "intro"
    ),
    "ganji-o-path-arrows": _C(_path("/jiaju/", "/jiaju/o{}/"), _classifieds("f-list-item"), _arrows, "ads"),
    "polish-comma-html-arrows": _C(
        _path("/ogloszenia,12.html", "/ogloszenia,12,{}.html"), _classifieds(), _arrows, "sparse"
    ),
    "cms-list-dash-htm-arrows": _C(_path("/news/list.htm", "/news/list-{}.htm"), _blog("news-item"), _arrows, "short"),
    "dedecms-list-arrows": _C(lambda n: f"/news/list_12_{n}.html", _blog("list-item"), _arrows, "ads"),
    "forum-bare-number-arrows-stickies": _C(_path("/board/7", "/board/7/{}"), _forum("thread"), _arrows, "pinned"),
    "show-more-results-bare-path": _C(
        _path("/furniture/", "/furniture/{}/"), _classifieds("listing"), _show_more, "intro"
    ),
    "show-more-results-dash-path": _C(_path("/lighting.html", "/lighting-{}.html"), _shop(), _show_more, "hero"),
    "arrows-wrapper-renamed-page2": _C(_path("/journal/", "/journal/{}/"), _blog(), _arrows, "wrapper"),
    "show-more-grid-grows": _C(_path("/lamps/", "/lamps/{}/"), _shop(), _show_more, "grow"),
}


# ---------------------------------------------------------------------------------------- the site


def _canonical(url: str) -> str:
    parts = urlsplit(url.replace("&amp;", "&"))
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in NOISE)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def _page(case: Case, n: int) -> bytes:
    last = _last(case)
    link = case.link(n) if case.link else case.url
    pager = case.pager(n, last, link)
    main = case.layout(n, _ids(case, n), case.flags, pager)
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>Page {n} – Site</title>{case.head(n, last, link)}'
        '</head><body><header class="site-header"><a href="/" class="logo">Site</a><nav class="menu">'
        '<a href="/about/">About</a> <a href="/contact/">Contact</a></nav></header>'
        f'<main id="main">{main}</main><footer><a href="/privacy/">Privacy</a></footer></body></html>'
    ).encode()


class _Site(ServedPages):
    """A server that answers a page's URL whatever its session or tracking parameters say."""

    def __init__(self, case: Case) -> None:
        super().__init__({})
        self.numbers = {}
        for n in range(1, _last(case) + 1):
            self.pages[SITE + case.url(n)] = _page(case, n)
            if not case.strict:
                self.numbers[_canonical(SITE + case.url(n))] = SITE + case.url(n)

    numbers: dict[str, str]

    def fetch(self, url: str, *, render: bool = False) -> FetchedPage:
        self.asked.append(url)
        found = url if url in self.pages else self.numbers.get(_canonical(url))
        if found is None:
            raise FetchFailed(f"404 {url}")
        return FetchedPage(url, url, 200, {"content-type": "text/html"}, self.pages[found])


def _scout(site: _Site, url: str) -> PageProfile:
    """What ``agents.survey.scout_url`` proposes for ``url``, with ``site`` as the fetcher."""
    page = site.fetch(url)
    profile, _ = surveyed(page, site)  # type: ignore[arg-type]
    return probed_pages(page, profile, site)  # type: ignore[arg-type]


def _filled(record: Record) -> frozenset[str]:
    return frozenset(k for k, v in record.items() if v not in (None, "", [], {}))


def _of(records: list[Record], rid: int) -> Record | None:
    return next((r for r in records if any(str(rid) in str(v) for v in r.values())), None)


#: A wrapper whose id page 2's template renames: the record selector names page 1's id.
_RENAMED = "the record selector is scoped by the wrapper's id, which page 2's template renames"
_XFAIL = {"magento-p-wrapper", "wordpress-front-template-wrapper", "arrows-wrapper-renamed-page2"}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=_RENAMED)) if name in _XFAIL else name
        for name in sorted(CATALOGUE)
    ],
)
def test_pages_two_and_three_are_reached_and_read_like_page_one(name: str) -> None:
    case = CATALOGUE[name]
    site = _Site(case)
    first = SITE + case.url(1)
    profile = _scout(site, first)
    spec = profile.spec
    note = "; ".join(n for n in profile.notes if "pag" in n) or spec.pagination.kind
    url, body = first, site.pages[first]
    seen: set[str] = set()  # the fields page 1 fills
    core: frozenset[str] | None = None  # those every complete record of page 1 fills
    for n in (1, 2, 3):
        records = extract_records(body, url, spec)
        for rid in _ids(case, n):
            record = _of(records, rid)
            assert record is not None, f"page {n}: record {rid} not read ({note})"
            if n == 1:
                seen |= _filled(record)
                if _full(case.flags, n, rid):
                    core = _filled(record) if core is None else core & _filled(record)
                continue
            assert _filled(record) <= seen, f"page {n}: {record}"
            assert not _full(case.flags, n, rid) or _filled(record) >= (core or set()), f"page {n}: {record}"
        if n == 3:
            break
        following = next_page_url(body, url, spec, page_number=n)
        assert following is not None, f"no way from page {n} to page {n + 1} ({note})"
        assert _canonical(following) == _canonical(SITE + case.url(n + 1)), note
        url, body = following, site.fetch(following).body
