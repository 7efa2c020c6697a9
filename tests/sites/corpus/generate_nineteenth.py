"""Nineteenth wave, part A: three blog list pages of the site builders and CMSs that power much of the web
(Webflow, Squarespace 7.1 and Ghost), written and measured before any heuristic was changed for them.

* **flowjournal** — a SaaS company's Webflow blog (2024–25, Client-First class naming): a Finsweet cookie
  banner (``fs-cc``), a ``w-nav`` navbar, a featured-post hero (its own ``w-dyn-list`` limited to one
  post, shown on every page of the list), then ``section_blog > padding-global > container-large`` with
  ``div.blog_list-wrapper.w-dyn-list > div.blog_list.w-dyn-items[role=list] >
  div.blog_item.w-dyn-item[role=listitem]`` cards (``is-featured`` combo class on two): an image link
  with a Webflow CDN ``srcset``, a nested category collection list (two categories on some, a
  "No items found." ``w-dyn-empty`` on one), a "Featured" badge and a "Video" tag kept in the HTML
  with ``w-condition-invisible`` where they do not apply, an "Updated" date kept hidden the same way,
  ``h3.heading-style-h5`` title link, a summary (an empty ``w-dyn-bind-empty`` paragraph on two), the
  author avatar + name, "March 14, 2025" and a read time split as "6" + "min read"; a newsletter
  ``w-form`` whose success / fail messages sit hidden in the markup, and the Webflow pager
  ``w-pagination-wrapper`` (``a.w-pagination-next`` to ``?a3f9c2e1_page=2``, a prerender link, "1 / 3"
  titled "Page 1 of 3"; page 2's "Previous" goes to ``?a3f9c2e1_page=1``, the same list as page 1).
  Written down: title, url, image, categories (list), author, date, reading_time, summary (where shown);
  the hero post once.
* **squarenotes** — a small architecture studio's Squarespace 7.1 journal: an announcement bar, the
  header, a ``section.page-section`` holding ``div.blog-basic-grid`` of
  ``article.blog-basic-grid--container.entry.blog-item`` cards: an ``a.image-wrapper`` with an ``img``
  carrying ``data-src`` / ``data-image-dimensions`` / ``data-image-focal-point`` and a ``srcset`` of
  ``?format=`` widths (one post without an image), ``div.blog-basic-grid--text`` with the meta section
  (categories ``a.blog-categories`` in ``span.blog-categories-list``, ``time.blog-date`` "3/14/25"),
  ``h1.blog-title`` link, ``div.blog-excerpt > div.blog-excerpt-wrapper > p`` (none on one post), the
  author ``span.blog-author`` and ``a.blog-more-link`` "Read More"; ``nav.blog-list-pagination`` with
  "Older Posts" ``/journal?offset=<ms timestamp of the page's last post>`` and "Newer Posts"
  ``?reversePaginate=true&offset=…``; the Squarespace cookie banner, a footer section, a Squarespace
  context script. Written down: title, url, image, date, author, categories (list), summary.
* **ghostline** — a company engineering blog on Ghost 5 (Casper theme, lightly customised), tag page
  ``/tag/engineering/``: the ``gh-head`` header with a Portal "Subscribe" button, the ``post-feed``
  whose first child is the tag itself as ``section.post-card.post-card-large`` (h2 "Engineering", the
  tag description, "29 posts"), then ``article.post-card`` cards: ``a.post-card-image-link`` with a
  ``/content/images/size/w600/`` image (none on some), ``a.post-card-content-link`` wrapping
  ``header.post-card-header`` (``span.post-card-primary-tag``, ``span.post-card-featured`` star svg +
  "Featured" on some, ``span.post-card-access`` lock svg + "Members only" / "Paid-members only" on
  some), ``h2.post-card-title``, ``div.post-card-excerpt`` (absent on gated posts), then
  ``footer.post-card-meta`` with an ``ul.author-list`` of avatars whose names sit in hover tooltips,
  ``time.post-card-meta-date[datetime]`` "14 Mar 2025" and ``span.post-card-meta-length`` "5 min
  read"; Ghost's ``nav.pagination`` (hidden by Casper's infinite scroll) and ``link rel=next`` to
  ``/tag/engineering/page/2/``; Series JSON-LD for the tag, ``ghost-portal`` and search scripts.
  Written down: title, url, image, tag, featured, access, authors (list), date, reading_time, summary.

Run ``uv run python tests/sites/corpus/generate_nineteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

NINETEENTH: dict[str, Callable[[], None]] = {}


def nineteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    NINETEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


CURRENT = ' aria-current="page"'


def _hex(text: str, length: int = 24) -> str:
    """A stable hex id (Webflow / Squarespace object ids)."""
    out, seed = "", text
    while len(out) < length:
        seed = f"{zlib.crc32(seed.encode()):08x}{seed}"
        out += seed[:8]
    return out[:length]


def _long_date(day: date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


# ---------------------------------------------------------------------------------------------------
# flowjournal: a Webflow CMS blog collection page (Client-First classes).
# ---------------------------------------------------------------------------------------------------

FJ_SITE = "65f1c2a9b3e4d10012a7c3b1"
FJ_KEY = "a3f9c2e1"
FJ_AUTHORS = {
    "Priya Raman": "priya-raman",
    "Jonas Weber": "jonas-weber",
    "Chloé Martin": "chloe-martin",
    "Sam Okoro": "sam-okoro",
}
# (title, categories, author, date, minutes, summary or None, featured, video, updated)
FJ_HERO = (
    "The 2025 State of Finance Operations Report",
    ["Research", "Finance Ops"],
    "Priya Raman",
    date(2025, 3, 18),
    12,
    "We surveyed 1,200 finance leaders about close times, tooling and headcount. Here is what changed since last year, and what did not.",
)
FJ_POSTS: list[tuple[str, list[str], str, date, int, str | None, bool, bool, date | None]] = [
    (
        "How we cut our month-end close from 9 days to 4",
        ["Finance Ops"],
        "Jonas Weber",
        date(2025, 3, 14),
        6,
        "A step-by-step look at the reconciliations we automated first, and the two we decided to keep manual.",
        True,
        False,
        None,
    ),
    (
        "Introducing Tallyfield Workflows",
        ["Product"],
        "Chloé Martin",
        date(2025, 3, 11),
        4,
        "Build approval chains for spend requests without writing a single rule in a spreadsheet.",
        False,
        True,
        None,
    ),
    (
        "Accruals without the spreadsheet gymnastics",
        ["Finance Ops", "Guides"],
        "Sam Okoro",
        date(2025, 3, 6),
        8,
        "Three patterns for recurring accruals that survive an audit and a new controller.",
        False,
        False,
        date(2025, 3, 20),
    ),
    (
        "What a good vendor master file looks like",
        ["Guides"],
        "Priya Raman",
        date(2025, 3, 3),
        7,
        "Duplicate vendors cost more than you think. A checklist for cleaning up yours in an afternoon.",
        False,
        False,
        None,
    ),
    (
        "Customer story: how Larkspur Health closes in three days",
        ["Customer Stories"],
        "Jonas Weber",
        date(2025, 2, 27),
        5,
        "Larkspur's four-person team replaced two tools and a shared inbox with one close checklist.",
        False,
        False,
        None,
    ),
    (
        "Tallyfield is now SOC 2 Type II certified",
        ["Company"],
        "Chloé Martin",
        date(2025, 2, 24),
        3,
        None,
        False,
        False,
        None,
    ),
    (
        "The CFO's guide to AI in the close",
        ["Research", "Guides"],
        "Sam Okoro",
        date(2025, 2, 19),
        11,
        "Where machine learning helps today, where it does not yet, and the questions to ask every vendor.",
        True,
        False,
        None,
    ),
    (
        "Webinar recap: flux analysis that people read",
        ["Events"],
        "Priya Raman",
        date(2025, 2, 14),
        6,
        "Highlights from our February session with two controllers and one very honest auditor.",
        False,
        True,
        None,
    ),
    (
        "Bank feeds are live for 40 more banks",
        ["Product"],
        "Jonas Weber",
        date(2025, 2, 10),
        2,
        "Including Mercury, Brex and the big four in Canada. Connect them from Settings in a minute.",
        False,
        False,
        None,
    ),
    (
        "Intercompany eliminations, explained with one example",
        ["Guides"],
        "Sam Okoro",
        date(2025, 2, 5),
        9,
        "Follow a single invoice between two subsidiaries from booking to consolidation.",
        False,
        False,
        None,
    ),
    (
        "Why we stopped closing on day one",
        ["Finance Ops"],
        "Chloé Martin",
        date(2025, 1, 30),
        5,
        "Rushing the first day of the close created more rework than it saved. Here is our new calendar.",
        False,
        False,
        None,
    ),
    (
        "Customer story: Northbeam scales to 12 entities",
        ["Customer Stories"],
        "Priya Raman",
        date(2025, 1, 27),
        6,
        "How a fast-growing retailer kept one close process as it opened in five new countries.",
        False,
        False,
        None,
    ),
    (
        "Product update: January 2025",
        ["Product"],
        "Jonas Weber",
        date(2025, 1, 22),
        4,
        "Variance thresholds, bulk reassign and a faster reconciliation grid.",
        False,
        False,
        None,
    ),
    (
        "A practical chart of accounts for SaaS companies",
        ["Guides", "Finance Ops"],
        "Sam Okoro",
        date(2025, 1, 16),
        10,
        "The accounts we recommend, the ones we would merge, and how to map deferred revenue.",
        False,
        False,
        date(2025, 2, 2),
    ),
    (
        "Tallyfield raises a $28M Series B",
        ["Company"],
        "Chloé Martin",
        date(2025, 1, 13),
        3,
        "With new investors joining, we are doubling the product team and opening an office in Toronto.",
        False,
        False,
        None,
    ),
    (
        "Audit season survival kit",
        ["Guides"],
        "Priya Raman",
        date(2025, 1, 8),
        7,
        "PBC lists, sample requests and the folder structure auditors actually like.",
        False,
        False,
        None,
    ),
    (
        "Meet the team: our first controller in residence",
        ["Company"],
        "Jonas Weber",
        date(2024, 12, 19),
        5,
        None,
        False,
        False,
        None,
    ),
    (
        "Reconciling Stripe payouts the right way",
        ["Guides", "Product"],
        "Sam Okoro",
        date(2024, 12, 12),
        8,
        "Fees, refunds and currency conversion, matched to your bank in one pass.",
        False,
        True,
        None,
    ),
    (
        "Close benchmarks by company size",
        ["Research"],
        "Chloé Martin",
        date(2024, 12, 5),
        9,
        "Median close times for 400 companies from seed stage to pre-IPO, with the spread.",
        False,
        False,
        None,
    ),
    (
        "Webinar recap: building a close calendar",
        ["Events"],
        "Priya Raman",
        date(2024, 11, 28),
        4,
        "The template from the session, and answers to the questions we ran out of time for.",
        False,
        False,
        None,
    ),
    (
        "Customer story: Fernway cuts audit fees by 30%",
        ["Customer Stories"],
        "Jonas Weber",
        date(2024, 11, 21),
        6,
        "Clean workpapers meant fewer hours billed. Fernway's CFO explains what changed.",
        False,
        False,
        None,
    ),
    (
        "Product update: November 2024",
        ["Product"],
        "Sam Okoro",
        date(2024, 11, 14),
        3,
        "Comments on journal entries, Slack approvals and a new API endpoint.",
        False,
        False,
        None,
    ),
    (
        "Prepaid expenses: a field guide",
        ["Guides"],
        "Chloé Martin",
        date(2024, 11, 7),
        7,
        "Amortisation schedules that update themselves when an invoice changes.",
        False,
        False,
        None,
    ),
    (
        "Our approach to security and data residency",
        ["Company"],
        "Priya Raman",
        date(2024, 10, 31),
        5,
        "Where your data lives, who can see it and how we prove it to your auditors.",
        False,
        False,
        None,
    ),
    (
        "The hidden cost of manual bank reconciliations",
        ["Research", "Finance Ops"],
        "Jonas Weber",
        date(2024, 10, 24),
        6,
        "We timed 50 accountants on the same reconciliation. The results surprised us.",
        False,
        False,
        None,
    ),
    (
        "Getting started with Tallyfield in one week",
        ["Guides"],
        "Sam Okoro",
        date(2024, 10, 17),
        5,
        "The onboarding plan we give every new customer, day by day.",
        False,
        False,
        None,
    ),
]
FJ_PAGES = [9, 9, 8]


def _fj_image(title: str, width: int = 1600) -> tuple[str, str]:
    base = f"https://cdn.prod.website-files.com/{FJ_SITE}/{_hex(title)}_{slug(title)[:40]}"
    src = f"{base}.jpg"
    srcset = f"{base}-p-500.jpg 500w, {base}-p-800.jpg 800w, {base}-p-1080.jpg 1080w, {src} {width}w"
    return src, srcset


def _fj_avatar(author: str) -> str:
    return f'<img src="https://cdn.prod.website-files.com/{FJ_SITE}/{_hex(author)}_{FJ_AUTHORS[author]}.webp" loading="lazy" alt="" class="blog_author-image"/>'


def _fj_categories(categories: list[str]) -> str:
    if not categories:
        return '<div class="blog_category-wrapper w-dyn-list"><div class="w-dyn-empty"><div>No items found.</div></div></div>'
    items = "".join(
        f'<div role="listitem" class="blog_category-item w-dyn-item"><a href="/blog-categories/{slug(c)}" class="blog_category-link w-inline-block"><div class="text-size-small text-weight-semibold">{esc(c)}</div></a></div>'
        for c in categories
    )
    return f'<div class="blog_category-wrapper w-dyn-list"><div role="list" class="blog_category-list w-dyn-items">{items}</div></div>'


def _fj_item(row: tuple[Any, ...], s: Site) -> str:
    title, categories, author, day, minutes, summary, featured, video, updated = row
    url = f"/blog/{slug(title)}"
    src, srcset = _fj_image(title)
    s.expect(
        {
            "title": title,
            "url": url,
            "image": src,
            "categories": categories or None,
            "author": author,
            "date": day.isoformat(),
            "reading_time": minutes,
            "summary": summary,
        }
    )
    hidden = " w-condition-invisible"
    summary_html = (
        f'<p class="text-size-regular text-color-secondary">{esc(summary)}</p>'
        if summary
        else '<p class="text-size-regular text-color-secondary w-dyn-bind-empty"></p>'
    )
    updated_html = (
        f'<div class="blog_updated{hidden}"><div class="text-size-tiny">Updated</div><div class="text-size-tiny">{_long_date(updated)}</div></div>'
        if updated
        else f'<div class="blog_updated{hidden}"><div class="text-size-tiny">Updated</div><div class="text-size-tiny w-dyn-bind-empty"></div></div>'
    )
    return f"""<div role="listitem" class="blog_item{" is-featured" if featured else ""} w-dyn-item">
<a href="{url}" class="blog_item-link w-inline-block"><div class="blog_image-wrapper"><img src="{src}" loading="lazy" alt="" sizes="(max-width: 479px) 92vw, (max-width: 767px) 95vw, (max-width: 991px) 45vw, 29vw" srcset="{srcset}" class="blog_image"/><div class="blog_video-tag{"" if video else hidden}"><img src="https://cdn.prod.website-files.com/{FJ_SITE}/65f1c4e0a1b2c30011d4e5f6_play.svg" loading="lazy" alt="" class="icon-embed-xsmall"/><div class="text-size-tiny">Video</div></div></div></a>
<div class="blog_item-content">
<div class="blog_meta-top">{_fj_categories(categories)}<div class="blog_featured-badge{"" if featured else hidden}"><div class="text-size-tiny text-weight-semibold">Featured</div></div></div>
<a href="{url}" class="blog_title-link w-inline-block"><h3 class="heading-style-h5">{esc(title)}</h3></a>
<div class="margin-top margin-xsmall">{summary_html}</div>
<div class="margin-top margin-small"><div class="blog_author-wrapper">{_fj_avatar(author)}<div class="blog_author-text"><div class="text-size-small text-weight-semibold">{esc(author)}</div><div class="blog_date-wrapper"><div class="text-size-small">{_long_date(day)}</div><div class="text-size-small text-color-secondary">•</div><div class="blog_read-time"><div class="text-size-small">{minutes}</div><div class="text-size-small">min read</div></div></div>{updated_html}</div></div></div>
</div>
</div>"""


def _fj_hero() -> str:
    title, categories, author, day, minutes, summary = FJ_HERO
    url = f"/blog/{slug(title)}"
    src, srcset = _fj_image(title, 2400)
    cats = _fj_categories(categories)
    return f"""<section class="section_blog-header">
<div class="padding-global"><div class="container-large"><div class="padding-section-medium">
<div class="blog-header_top"><div class="text-style-tagline">Blog</div><h1 class="heading-style-h2">Insights for modern finance teams</h1><p class="text-size-medium">Guides, research and product news from the Tallyfield team.</p></div>
<div class="blog-header_featured-wrapper w-dyn-list"><div role="list" class="blog-header_featured-list w-dyn-items"><div role="listitem" class="blog-header_featured-item w-dyn-item">
<a href="{url}" class="blog-header_image-link w-inline-block"><div class="blog-header_image-wrapper"><img src="{src}" loading="eager" alt="" sizes="(max-width: 767px) 92vw, 55vw" srcset="{srcset}" class="blog-header_image"/></div></a>
<div class="blog-header_featured-content">{cats}<a href="{url}" class="blog-header_title-link w-inline-block"><h2 class="heading-style-h3">{esc(title)}</h2></a><p class="text-size-medium">{esc(summary)}</p>
<div class="blog_author-wrapper">{_fj_avatar(author)}<div class="blog_author-text"><div class="text-size-small text-weight-semibold">{esc(author)}</div><div class="blog_date-wrapper"><div class="text-size-small">{_long_date(day)}</div><div class="text-size-small text-color-secondary">•</div><div class="blog_read-time"><div class="text-size-small">{minutes}</div><div class="text-size-small">min read</div></div></div></div></div>
<a href="{url}" class="button is-link is-icon w-inline-block"><div>Read more</div><div class="icon-embed-xxsmall w-embed"><svg width="16" height="16" viewBox="0 0 16 16" fill="none"><path d="M6 3l5 5-5 5" stroke="CurrentColor" stroke-width="1.5"></path></svg></div></a></div>
</div></div></div>
</div></div></div>
</section>"""


def _fj_filters() -> str:
    cats = ["Finance Ops", "Guides", "Product", "Research", "Customer Stories", "Company", "Events"]
    links = "".join(
        f'<div role="listitem" class="blog_filters-item w-dyn-item"><a href="/blog-categories/{slug(c)}" class="blog_filters-link w-inline-block"><div>{c}</div></a></div>'
        for c in cats
    )
    return f'<div class="blog_filters"><a href="/blog" aria-current="page" class="blog_filters-link w-inline-block w--current"><div>View all</div></a><div class="blog_filters-list-wrapper w-dyn-list"><div role="list" class="blog_filters-list w-dyn-items">{links}</div></div></div>'


def _fj_pager(number: int, total: int) -> str:
    prev = (
        f'<a href="?{FJ_KEY}_page={number - 1}" aria-label="Previous Page" class="w-pagination-previous pagination_button"><svg class="w-pagination-previous-icon" height="12px" width="12px" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" transform="translate(0, 0)"><path fill="none" stroke="currentColor" fill-rule="evenodd" d="M8 10L4 6l4-4"></path></svg><div class="w-inline-block">Previous</div></a>'
        if number > 1
        else ""
    )
    nxt = (
        f'<a href="?{FJ_KEY}_page={number + 1}" aria-label="Next Page" class="w-pagination-next pagination_button"><div class="w-inline-block">Next</div><svg class="w-pagination-next-icon" height="12px" width="12px" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 12" transform="translate(0, 0)"><path fill="none" stroke="currentColor" fill-rule="evenodd" d="M4 2l4 4-4 4"></path></svg></a><link rel="prerender" href="?{FJ_KEY}_page={number + 1}"/>'
        if number < total
        else ""
    )
    return f'<div role="navigation" aria-label="List" class="w-pagination-wrapper blog_pagination">{prev}{nxt}<div aria-label="Page {number} of {total}" role="heading" class="w-page-count pagination_count">{number} / {total}</div></div>'


def _fj_page(number: int, total: int, rows: list[tuple[Any, ...]], s: Site) -> str:
    items = "\n".join(_fj_item(r, s) for r in rows)
    nav_links = "".join(
        f'<a href="{h}" class="navbar_link w-nav-link{" w--current" if h == "/blog" else ""}"{CURRENT if h == "/blog" else ""}>{t}</a>'
        for t, h in [("Product", "/product"), ("Customers", "/customers"), ("Pricing", "/pricing"), ("Blog", "/blog")]
    )
    return f"""<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 18 2025 09:14:27 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.tallyfield.example" data-wf-page="65f1c2a9b3e4d10012a7c3c8" data-wf-site="{FJ_SITE}" lang="en"><head><meta charset="utf-8"/><title>Blog | Tallyfield</title><meta content="Guides, research and product news for modern finance teams." name="description"/><meta content="Blog | Tallyfield" property="og:title"/><meta content="https://cdn.prod.website-files.com/{FJ_SITE}/65f1c3d2e4f5a60012b3c4d5_og-blog.png" property="og:image"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.com/{FJ_SITE}/css/tallyfield.webflow.shared.4d1e7a9c2.min.css" rel="stylesheet" type="text/css"/><link href="https://fonts.googleapis.com" rel="preconnect"/><script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script><link href="https://cdn.prod.website-files.com/{FJ_SITE}/65f1c3d2e4f5a60012b3c4d6_favicon.png" rel="shortcut icon" type="image/x-icon"/><script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script><script type="fs-cc" fs-cc-categories="analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-TF8K2L4M9Q"></script></head>
<body><div class="page-wrapper">
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts. View our <a href="/legal/privacy-policy" class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a><div fs-cc="close" class="fs-cc-banner_close"><div class="fs-cc-banner_close-icon w-embed"><svg fill="currentColor" aria-hidden="true" viewBox="0 0 16 16"><path d="M9.414 8l4.293-4.293-1.414-1.414L8 6.586 3.707 2.293 2.293 3.707 6.586 8l-4.293 4.293 1.414 1.414L8 9.414l4.293 4.293 1.414-1.414L9.414 8z"></path></svg></div></div></div></div><div fs-cc="interaction" class="fs-cc-banner_trigger"></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar_component w-nav"><div class="navbar_container"><a href="/" class="navbar_logo-link w-nav-brand"><img src="https://cdn.prod.website-files.com/{FJ_SITE}/65f1c3d2e4f5a60012b3c4d7_tallyfield-logo.svg" loading="lazy" alt="Tallyfield" class="navbar_logo"/></a><nav role="navigation" class="navbar_menu is-page-height-tablet w-nav-menu">{nav_links}<div class="navbar_menu-buttons"><a href="https://app.tallyfield.example/login" class="button is-secondary is-small w-button">Log in</a><a href="/demo" class="button is-small w-button">Book a demo</a></div></nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon"><div class="menu-icon_line-top"></div><div class="menu-icon_line-middle"><div class="menu-icon_line-middle-inner"></div></div><div class="menu-icon_line-bottom"></div></div></div></div></div>
<main class="main-wrapper">
{_fj_hero()}
<section class="section_blog">
<div class="padding-global"><div class="container-large"><div class="padding-section-medium">
<div class="blog_component">
<div class="blog_heading-wrapper"><h2 class="heading-style-h4">Latest articles</h2>{_fj_filters()}</div>
<div class="blog_list-wrapper w-dyn-list"><div role="list" class="blog_list w-dyn-items">
{items}
</div>
{_fj_pager(number, total)}
</div>
</div>
</div></div></div>
</section>
<section class="section_newsletter"><div class="padding-global"><div class="container-small"><div class="padding-section-small"><div class="newsletter_component"><h2 class="heading-style-h4">Get the month-end newsletter</h2><p class="text-size-regular">One email a month with our best guides. No spam, unsubscribe anytime.</p><div class="newsletter_form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get" class="newsletter_form" data-wf-page-id="65f1c2a9b3e4d10012a7c3c8" data-wf-element-id="8c1f2a7e-3b4d-5e6f-7a8b-9c0d1e2f3a4b"><input class="form_input w-input" maxlength="256" name="Email" data-name="Email" placeholder="Enter your email" type="email" id="Newsletter-Email" required=""/><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"/></form><div class="success-message w-form-done"><div class="success-text">Thank you! Your submission has been received!</div></div><div class="error-message w-form-fail"><div class="error-text">Oops! Something went wrong while submitting the form.</div></div></div><div class="text-size-tiny">By subscribing you agree to our <a href="/legal/privacy-policy" class="text-style-link">Privacy Policy</a>.</div></div></div></div></div></section>
</main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="padding-vertical padding-xxlarge"><div class="footer_top-wrapper"><a href="/" class="footer_logo-link w-nav-brand"><img src="https://cdn.prod.website-files.com/{FJ_SITE}/65f1c3d2e4f5a60012b3c4d7_tallyfield-logo.svg" loading="lazy" alt="Tallyfield" class="footer_logo"/></a><div class="w-layout-grid footer_link-list"><a href="/product" class="footer_link">Product</a><a href="/integrations" class="footer_link">Integrations</a><a href="/customers" class="footer_link">Customers</a><a href="/careers" class="footer_link">Careers</a><a href="/blog" aria-current="page" class="footer_link w--current">Blog</a></div></div><div class="line-divider"></div><div class="footer_bottom-wrapper"><div class="footer_credit-text">© 2025 Tallyfield, Inc. All rights reserved.</div><div class="w-layout-grid footer_legal-list"><a href="/legal/privacy-policy" class="footer_legal-link">Privacy Policy</a><a href="/legal/terms" class="footer_legal-link">Terms of Service</a><a fs-cc="open-preferences" href="#" class="footer_legal-link">Cookie Settings</a></div></div></div></div></div></footer>
</div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={FJ_SITE}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script><script src="https://cdn.prod.website-files.com/{FJ_SITE}/js/webflow.schunk.36b8fb49256177c8.js" type="text/javascript"></script><script src="https://cdn.prod.website-files.com/{FJ_SITE}/js/webflow.4c2e1b9d.a7e3f5c1.js" type="text/javascript"></script></body></html>"""


@nineteenth
def build_flowjournal() -> None:
    s = Site(
        "flowjournal",
        kind="blog collection page (Webflow CMS 2024–25, Client-First classes: a featured-post hero list shown on every page, div.blog_item.w-dyn-item[role=listitem] cards with is-featured combo classes, nested w-dyn-list category lists, 'Featured' / 'Video' / 'Updated' elements kept hidden with w-condition-invisible, empty w-dyn-bind-empty summaries, 'March 14, 2025', read time split '6' + 'min read', Webflow CDN srcset thumbnails, a w-form newsletter with hidden done / fail messages, Finsweet cookie banner, w-pagination-next to ?a3f9c2e1_page=N)",
        start="blog",
        description="A SaaS company's Webflow blog (/blog, 2024–25, Client-First naming): a Finsweet fs-cc cookie banner, a w-nav navbar, a section_blog-header with a one-item featured w-dyn-list (the 2025 report: image, two categories, h2 title, summary, author, date, '12' 'min read', Read more) repeated on every page, a category filter list, then section_blog > padding-global > container-large > div.blog_list-wrapper.w-dyn-list > div.blog_list.w-dyn-items[role=list] with 9, 9 and 8 div.blog_item.w-dyn-item[role=listitem] cards (two with the is-featured combo class): an a.blog_item-link around a cdn.prod.website-files.com image with a -p-500 / -p-800 / -p-1080 srcset and a 'Video' tag (w-condition-invisible unless the post is a video), a nested category w-dyn-list of one or two links, a 'Featured' badge (w-condition-invisible unless featured), h3.heading-style-h5 in a title link, a summary p (w-dyn-bind-empty and empty on two posts), an author avatar + name, 'March 14, 2025' • '6' 'min read' in separate divs, and a w-condition-invisible 'Updated' + date block (a later date on two posts, empty otherwise); a newsletter w-form whose w-form-done / w-form-fail messages are in the markup; the Webflow pager (a.w-pagination-next[aria-label='Next Page'] to ?a3f9c2e1_page=N + a prerender link, a.w-pagination-previous, '1 / 3' with aria-label 'Page 1 of 3'; ?a3f9c2e1_page=1 is page 1 again). Written down: title, url, image (src), categories (list), author, date, reading_time, summary (where shown); the hero post once.",
    )
    title, categories, author, day, minutes, summary = FJ_HERO
    s.expect(
        {
            "title": title,
            "url": f"/blog/{slug(title)}",
            "image": _fj_image(title, 2400)[0],
            "categories": categories,
            "author": author,
            "date": day.isoformat(),
            "reading_time": minutes,
            "summary": summary,
        }
    )
    pages = chunks(FJ_POSTS, FJ_PAGES)
    for number, rows in enumerate(pages, 1):
        text = _fj_page(number, len(pages), rows, s)
        s.list_page("blog/index.html" if number == 1 else f"blog/@{FJ_KEY}_page={number}", text)
        if number == 1:  # Webflow serves the first page again under ?…_page=1 (page 2's "Previous")
            s.write(f"blog/@{FJ_KEY}_page=1", text)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# squarenotes: a Squarespace 7.1 blog (basic grid) with offset-timestamp pagination.
# ---------------------------------------------------------------------------------------------------

SN_CDN = "https://images.squarespace-cdn.com/content/v1/5f3a1c9e8b2d4a0012c7e6b1"
# (title, categories, author, date, hour, summary or None, has image, image dims)
SN_POSTS: list[tuple[str, list[str], str, date, int, str | None, bool, str]] = [
    (
        "A timber extension for a Victorian terrace in Hackney",
        ["Projects", "Residential"],
        "Eleanor Marlow",
        date(2025, 3, 14),
        9,
        "How we added 18 square metres of kitchen and garden room without losing the light to the neighbours' yard.",
        True,
        "2500x1667",
    ),
    (
        "Choosing lime plaster for an old house",
        ["Materials"],
        "Tom Finch",
        date(2025, 3, 7),
        10,
        "Why we keep returning to lime on listed buildings, and the two jobs where we chose gypsum after all.",
        True,
        "2000x1333",
    ),
    (
        "Notes from our site visit to Dartington",
        ["Studio Life"],
        "Eleanor Marlow",
        date(2025, 2, 28),
        14,
        "A day with the rammed-earth builders on the estate, and what we brought back to the studio.",
        True,
        "2500x1875",
    ),
    (
        "Planning permission in a conservation area: what to expect",
        ["Guides", "Residential"],
        "Tom Finch",
        date(2025, 2, 21),
        8,
        "Timelines, heritage statements and the conversations worth having with your planning officer first.",
        True,
        "2400x1600",
    ),
    (
        "We are hiring a Part II architectural assistant",
        ["Studio Life"],
        "Marlow & Finch",
        date(2025, 2, 14),
        12,
        "Join a team of six in our Clapton studio. Applications close on 14 March.",
        False,
        "",
    ),
    (
        "The Old Dairy wins a Civic Trust commendation",
        ["Projects", "News"],
        "Eleanor Marlow",
        date(2025, 2, 6),
        16,
        "Our conversion of a 1920s dairy in Suffolk was commended for its reuse of the original brick and steel.",
        True,
        "2500x1667",
    ),
    (
        "Heat pumps in period homes: three case studies",
        ["Guides", "Sustainability"],
        "Tom Finch",
        date(2025, 1, 30),
        9,
        "Radiator sizing, flow temperatures and what our clients' bills looked like after the first winter.",
        True,
        "2500x1667",
    ),
    (
        "Before and after: a loft in Walthamstow",
        ["Projects", "Residential"],
        "Priyanka Shah",
        date(2025, 1, 23),
        11,
        "A dormer, a skylight over the stair and a bathroom tucked under the eaves.",
        True,
        "2000x2500",
    ),
    (
        "Why we draw by hand first",
        ["Studio Life"],
        "Eleanor Marlow",
        date(2025, 1, 16),
        15,
        "Every project starts with a soft pencil and tracing paper. A short defence of slowness.",
        True,
        "2500x1667",
    ),
    (
        "Reclaimed brick: sourcing, costs and pitfalls",
        ["Materials", "Sustainability"],
        "Tom Finch",
        date(2025, 1, 9),
        10,
        "Where we buy, how we check frost resistance and what a pallet really costs delivered.",
        True,
        "2500x1667",
    ),
    (
        "2024 in review",
        ["News"],
        "Marlow & Finch",
        date(2024, 12, 19),
        17,
        "Eleven projects completed, two awards and a new studio dog. Thank you to every client and collaborator.",
        True,
        "2500x1406",
    ),
    (
        "Designing a kitchen that ages well",
        ["Guides", "Residential"],
        "Priyanka Shah",
        date(2024, 12, 12),
        9,
        "Oiled oak, solid surfaces and the handles that will still feel good in twenty years.",
        True,
        "2500x1667",
    ),
    (
        "A garden studio in Forest Hill",
        ["Projects"],
        "Eleanor Marlow",
        date(2024, 12, 5),
        13,
        "A charred-larch cabin for a ceramicist, built off-site and craned over the house.",
        True,
        "2500x1667",
    ),
    (
        "Understanding party wall agreements",
        ["Guides"],
        "Tom Finch",
        date(2024, 11, 28),
        10,
        "Notices, surveyors and the fees nobody mentions until the scaffolding is up.",
        True,
        "2400x1600",
    ),
    (
        "Open Studio: London Design Festival recap",
        ["Studio Life", "News"],
        "Priyanka Shah",
        date(2024, 11, 21),
        18,
        None,
        True,
        "2500x1667",
    ),
    (
        "Cork insulation, tested",
        ["Materials", "Sustainability"],
        "Tom Finch",
        date(2024, 11, 14),
        9,
        "We lined one wall of the studio with expanded cork last winter. Here are the readings.",
        True,
        "2500x1667",
    ),
    (
        "The Lighthouse Keeper's Cottage, Norfolk",
        ["Projects", "Residential"],
        "Eleanor Marlow",
        date(2024, 11, 7),
        11,
        "Repairing a flint cottage on the coast for a family who wanted it to feel unchanged.",
        True,
        "2500x1667",
    ),
    (
        "How much does an extension cost in London in 2024?",
        ["Guides"],
        "Tom Finch",
        date(2024, 10, 31),
        10,
        "Our honest cost ranges per square metre, from a simple rear extension to a full basement.",
        True,
        "2500x1667",
    ),
    (
        "Meet Priyanka, our new associate",
        ["Studio Life"],
        "Marlow & Finch",
        date(2024, 10, 24),
        12,
        "Priyanka joins us from a decade of school projects and brings a love of colour with her.",
        True,
        "2000x2500",
    ),
    (
        "Timber windows: repair or replace?",
        ["Materials", "Guides"],
        "Priyanka Shah",
        date(2024, 10, 17),
        9,
        "A surveyor's checklist for sash windows, and the secondary glazing we specify instead.",
        True,
        "2500x1667",
    ),
    (
        "Shortlisted: RIBA London Awards 2024",
        ["News"],
        "Eleanor Marlow",
        date(2024, 10, 10),
        16,
        "The Old Dairy is on the regional shortlist. Winners are announced in November.",
        True,
        "2500x1667",
    ),
    (
        "A basement for a family of five in Stoke Newington",
        ["Projects", "Residential"],
        "Tom Finch",
        date(2024, 10, 3),
        10,
        "Lightwells, tanking and a playroom that does not feel underground.",
        True,
        "2500x1667",
    ),
    (
        "Biophilic design without the clichés",
        ["Sustainability"],
        "Priyanka Shah",
        date(2024, 9, 26),
        11,
        "Plants are the least of it. Views, daylight rhythms and natural materials do most of the work.",
        True,
        "2500x1667",
    ),
    (
        "Our studio's carbon footprint, measured",
        ["Sustainability", "Studio Life"],
        "Eleanor Marlow",
        date(2024, 9, 19),
        9,
        "We counted everything from the printer to site visits by car. The results and our targets.",
        True,
        "2500x1667",
    ),
    (
        "Working with a small plot: a mews house in Islington",
        ["Projects"],
        "Tom Finch",
        date(2024, 9, 12),
        13,
        "Five metres wide, overlooked on three sides and entirely redesigned around a central lightwell.",
        True,
        "2500x1667",
    ),
]
SN_PAGES = [10, 10, 5]


def _sn_ms(day: date, hour: int) -> int:
    return int(datetime(day.year, day.month, day.day, hour, 12, 25, tzinfo=UTC).timestamp() * 1000) + 123


def _sn_short(day: date) -> str:
    return f"{day.month}/{day.day}/{day:%y}"


def _sn_image(row: tuple[Any, ...]) -> str:
    return f"{SN_CDN}/{_hex(row[0], 13)}-{_hex(row[0] + 'x', 12).upper()}/{slug(row[0])[:24]}.jpg"


def _sn_card(row: tuple[Any, ...], s: Site) -> str:
    title, categories, author, day, _hour, summary, has_image, dims = row
    url = f"/journal/{slug(title)}"
    image = _sn_image(row) if has_image else None
    s.expect(
        {
            "title": title,
            "url": url,
            "image": image,
            "date": day.isoformat(),
            "author": author,
            "categories": categories,
            "summary": summary,
        }
    )
    item_id = _hex(title)
    image_html = ""
    if image:
        width, height = dims.split("x")
        srcset = ", ".join(f"{image}?format={w}w {w}w" for w in (100, 300, 500, 750, 1000, 1500, 2500))
        image_html = f"""<div class="blog-basic-grid--image" data-animation-role="image"><a href="{url}" class="image-wrapper" data-animation-role="image" data-animation-override>
<img data-src="{image}" data-image="{image}" data-image-dimensions="{dims}" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="{image}" width="{width}" height="{height}" alt="" sizes="(max-width: 640px) 100vw, (max-width: 767px) 100vw, 33.33vw" style="width:100%;height:100%;object-position:50% 50%;object-fit:cover;" srcset="{srcset}" loading="lazy" decoding="async" data-loader="sqs">
<noscript><img src="{image}" alt="" loading="lazy" /></noscript>
</a></div>"""
    cats = "".join(
        f'<a href="/journal?category={c.replace(" ", "+")}" class="blog-categories">{esc(c)}</a>' for c in categories
    )
    excerpt = (
        f'<div class="blog-excerpt" data-animation-role="body"><div class="blog-excerpt-wrapper"><p class="" data-rte-preserve-empty="true" style="white-space:pre-wrap;">{esc(summary)}</p></div></div>'
        if summary
        else ""
    )
    return f"""<article class="blog-basic-grid--container entry blog-item{"" if image else " blog-basic-grid--no-image"} is-loaded" data-item-id="{item_id}" data-blog-item>
{image_html}
<div class="blog-basic-grid--text">
<div class="blog-meta-section">
<span class="blog-meta-primary"><span class="blog-categories-list">{cats}</span></span>
<span class="blog-meta-delimiter"></span>
<span class="blog-meta-secondary"><time class="blog-date" pubdate data-animation-role="date">{_sn_short(day)}</time></span>
</div>
<h1 class="blog-title" data-animation-role="header-element"><a href="{url}" data-no-animation>{esc(title)}</a></h1>
{excerpt}
<div class="blog-meta-section blog-meta-section--bottom"><span class="blog-author">{esc(author)}</span></div>
<a class="blog-more-link" href="{url}" data-animation-role="content">Read More</a>
</div>
</article>"""


def _sn_pager(number: int, pages: list[list[Any]]) -> str:
    newer = ""
    if number > 1:
        first = pages[number - 1][0]
        newer = f'<div class="newer"><a href="/journal?reversePaginate=true&amp;offset={_sn_ms(first[3], first[4])}" rel="prev"><span class="prev-label">Newer Posts</span></a></div>'
    older = ""
    if number < len(pages):
        last = pages[number - 1][-1]
        older = f'<div class="older"><a href="/journal?offset={_sn_ms(last[3], last[4])}" rel="next"><span class="next-label">Older Posts</span></a></div>'
    return f'<nav class="blog-list-pagination">{newer}{older}</nav>'


def _sn_page(number: int, pages: list[list[Any]], s: Site) -> str:
    cards = "\n".join(_sn_card(r, s) for r in pages[number - 1])
    nav = "".join(
        f'<div class="header-nav-item header-nav-item--collection{" header-nav-item--active" if h == "/journal" else ""}"><a href="{h}"{CURRENT if h == "/journal" else ""}>{t}</a></div>'
        for t, h in [("Projects", "/projects"), ("Studio", "/studio"), ("Journal", "/journal"), ("Contact", "/contact")]
    )
    context = {
        "facebookAppId": "314192535267336",
        "rollups": {},
        "pageType": 10,
        "website": {
            "id": "5f3a1c9e8b2d4a0012c7e6b1",
            "identifier": "marlow-finch",
            "websiteType": 1,
            "siteTitle": "Marlow & Finch Architects",
            "baseUrl": "https://www.marlowfinch.example",
            "primaryDomain": "www.marlowfinch.example",
            "timeZone": "Europe/London",
            "language": "en-GB",
        },
        "collection": {
            "title": "Journal",
            "id": "5f3a1f2b8b2d4a0012c7e7c4",
            "fullUrl": "/journal",
            "type": 1,
            "permissionType": 1,
        },
        "templateId": "5c5a519771c10ba3470d8101",
        "templateVersion": "7.1",
        "pageFeatures": [1, 2, 4],
        "impersonatedSession": False,
        "tzData": {
            "zones": [[0, "EU", "GMT/BST", None]],
            "rules": {"EU": [[1981, "max", None, "Mar", "lastSun", "1:00u", "1:00", "S"]]},
        },
    }
    ld = [
        {
            "url": "https://www.marlowfinch.example",
            "name": "Marlow & Finch Architects",
            "description": "",
            "image": f"{SN_CDN}/logo.png",
            "@context": "http://schema.org",
            "@type": "WebSite",
        },
        {
            "legalName": "Marlow & Finch Architects Ltd",
            "address": "Unit 4, 12 Chatsworth Road\nLondon, E5 0LH\nUnited Kingdom",
            "email": "studio@marlowfinch.example",
            "telephone": "020 7946 0321",
            "sameAs": [],
            "@context": "http://schema.org",
            "@type": "Organization",
        },
    ]
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- marlow-finch -->
<base href="">
<meta charset="utf-8" />
<title>Journal &mdash; Marlow &amp; Finch Architects</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="{SN_CDN}/favicon.ico?format=100w"/>
<link rel="canonical" href="https://www.marlowfinch.example/journal"/>
<meta property="og:site_name" content="Marlow &amp; Finch Architects"/><meta property="og:title" content="Journal &mdash; Marlow &amp; Finch Architects"/><meta property="og:url" content="https://www.marlowfinch.example/journal"/><meta property="og:type" content="website"/>
<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="https://www.marlowfinch.example/journal?format=rss" />
<script type="text/javascript" src="//use.typekit.net/ik/8b3Lk1x.js" async fetchpriority="high" onload="try{{Typekit.load();}} catch(e){{}} document.documentElement.classList.remove('wf-loading');"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/universal/scripts-compressed/common-vendors-stable-c2d6a1f5e9d4a8b7-min.en-US.js"></script>
<script data-name="static-context">Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {json.dumps(context)};</script>
<script type="application/ld+json">{json.dumps(ld[0])}</script><script type="application/ld+json">{json.dumps(ld[1])}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f3a1c9e8b2d4a0012c7e6b1/41/5c5a519771c10ba3470d8101/5f3a1c9e8b2d4a0012c7e6c9/1569/site.css"/>
</head>
<body id="collection-5f3a1f2b8b2d4a0012c7e7c4" class="primary-button-style-outline primary-button-shape-square header-width-full tweak-blog-basic-grid-width-inset tweak-blog-basic-grid-image-aspect-ratio-32-standard tweak-blog-basic-grid-text-alignment-left tweak-blog-basic-grid-delimiter-bullet tweak-blog-basic-grid-image-placement-above tweak-blog-basic-grid-columns-3 view-list blog-list collection-type-blog collection-layout-default collection-5f3a1f2b8b2d4a0012c7e7c4 mobile-style-available sqs-seven-one" tabindex="-1">
<div id="siteWrapper" class="clearfix site-wrapper">
<div id="floatingCart" class="floating-cart hidden"><a href="/cart" class="icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header" data-current-styles='{{"layout": "navRight", "action": {{"buttonText": "Get in touch", "newWindow": false}}, "showSocial": true}}' data-section-id="header" data-header-theme="" data-menu-overlay-theme="" data-header-style="solid" data-language-picker="{{&quot;isVisibleOnHeader&quot;:false}}" data-first-focusable-element tabindex="-1">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/projects/the-old-dairy" aria-label="Announcement bar link"></a><div class="sqs-announcement-bar-custom-location"><div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text" id="announcement-bar-text-inner-id"><div class="sqs-announcement-bar-text-inner"><p class="" style="white-space:pre-wrap;">Our studio is closed for Easter from 18 to 22 April. Read about The Old Dairy, our latest completed project →</p></div></div><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span></div></div></div></div>
<div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-mobile-layout-logo-left-nav-right header-layout-nav-right" data-test="header-inner">
<div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title" data-animation-role="header-element">Marlow &amp; Finch</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{nav}</nav></div></div>
</div>
<div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--social"><a class="icon icon--fill header-icon header-icon-border-shape-none header-icon-border-style-outline" href="https://www.instagram.com/marlowfinch.example" target="_blank" aria-label="Instagram"><svg viewBox="23 23 64 64"><use xlink:href="#instagram-unauth-icon" width="110" height="110"></use></svg></a></div><div class="header-actions-action header-actions-action--cta" data-animation-role="header-element"><a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/contact">Get in touch</a></div></div>
</div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element"><button class="header-burger-btn burger" data-test="header-burger"><span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span><div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div class="patty"></div><div class="bottom-bun"></div></div></div></button></div>
</div>
</div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles='{{"layout": "navRight"}}'><div class="header-menu-bg theme-bg--primary"></div><div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder"><div class="header-menu-nav-folder-content"><div class="header-menu-nav-wrapper">{nav.replace("header-nav-item", "container header-menu-nav-item")}</div></div></div></nav></div></div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="5f3a1f2b8b2d4a0012c7e7c5">
<section data-test="page-section" data-section-theme="" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-id="5f3a1f2b8b2d4a0012c7e7c6" data-controller="SectionWrapper" data-current-styles='{{"imageOverlayOpacity": 0.15, "backgroundWidth": "background-width--full-bleed", "sectionHeight": "section-height--medium", "customSectionHeight": 10, "horizontalAlignment": "horizontal-alignment--center", "verticalAlignment": "vertical-alignment--middle", "contentWidth": "content-width--wide", "sectionTheme": "", "sectionAnimation": "none", "backgroundMode": "image"}}' data-current-context='{{"video": {{"playbackSpeed": 0.5, "filter": 1, "filterStrength": 0, "zoom": 0, "videoSourceProvider": "none"}}, "backgroundImageId": null, "backgroundMediaEffect": null, "typeName": "blog-basic-grid"}}' data-animation="none">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper" style="">
<div class="content">
<div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
{cards}
</div>
{_sn_pager(number, pages)}
</div>
</div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section has-background background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black" data-section-id="5f3a1c9e8b2d4a0012c7e6d0" data-controller="SectionWrapper" data-animation="none">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-5f3a1c9e8b2d4a0012c7e6d0"><div class="row sqs-row"><div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1597"><div class="sqs-block-content"><div class="sqs-html-content"><h3 style="white-space:pre-wrap;">Marlow &amp; Finch Architects</h3><p class="" style="white-space:pre-wrap;">Unit 4, 12 Chatsworth Road<br>London E5 0LH</p><p class="" style="white-space:pre-wrap;"><a href="mailto:studio@marlowfinch.example">studio@marlowfinch.example</a><br>020 7946 0321</p></div></div></div></div><div class="col sqs-col-6 span-6"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-yui_3_17_2_1_1598"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="5f3a2b7c8b2d4a0012c7e9a1" autocomplete="on" method="POST" novalidate><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Studio newsletter</h2><div class="newsletter-form-header-description"><p class="" style="white-space:pre-wrap;">Four letters a year about our projects.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1_1599"><label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1599-field">Email Address</label><input id="email-yui_3_17_2_1_1599-field" class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" placeholder="Email Address" /></div></div><div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-editable-button-style sqs-editable-button-shape sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span></button></div></div><div class="newsletter-form-footnote"><p class="" style="white-space:pre-wrap;">We respect your privacy.</p></div><div class="hidden form-submission-text">Thank you!</div><div class="hidden form-submission-html" data-submission-html=""></div></form></div></div></div></div></div></div><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1600"><div class="sqs-block-content"><div class="sqs-html-content"><p class="sqsrte-small" style="white-space:pre-wrap;">© 2025 Marlow &amp; Finch Architects Ltd. Registered in England and Wales, no. 11234567. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></div></div></div></div></div></div></div></div>
</section>
</footer>
</div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bar sqs-cookie-banner-v2--position-bottom" role="region" aria-label="Cookie banner" data-test="cookie-banner"><div class="sqs-cookie-banner-v2-content"><div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to analyse traffic. <a href="/privacy">Privacy Policy</a></p></div><div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny sqs-button-element--secondary" data-test="cookie-banner-deny">Decline</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-manage" data-test="cookie-banner-manage">Manage cookies</button><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept sqs-button-element--primary" data-test="cookie-banner-accept">Accept</button></div></div></div></div>
<script type="text/javascript" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.c3a9f8e1b2d4.js"></script>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" style="display:none" data-usage="social-icons-svg"><symbol id="instagram-unauth-icon" viewBox="0 0 64 64"><path d="M46.91,25.816c-0.073-1.597-0.326-2.687-0.697-3.641"/></symbol></svg>
</body>
</html>"""


@nineteenth
def build_squarenotes() -> None:
    s = Site(
        "squarenotes",
        kind="studio journal (Squarespace 7.1 blog basic grid 2024–25: section.page-section > div.blog-basic-grid of article.blog-basic-grid--container.entry.blog-item cards, a.image-wrapper img with data-src / data-image-dimensions / data-image-focal-point, ?format= srcset and a noscript copy, a.blog-categories in span.blog-categories-list, time.blog-date '3/14/25', h1.blog-title links, blog-excerpt-wrapper p, span.blog-author, 'Read More'; announcement bar, sqs-cookie-banner-v2, Static.SQUARESPACE_CONTEXT; 'Older Posts' /journal?offset=<ms timestamp>, 'Newer Posts' ?reversePaginate=true&offset=…)",
        start="journal",
        description="A small London architecture studio's Squarespace 7.1 journal (/journal): an sqs-announcement-bar in the header, header-nav items, then a section.page-section (data-current-styles JSON) whose content holds div.blog-basic-grid of 10, 10 and 5 article.blog-basic-grid--container.entry.blog-item[data-blog-item] cards: div.blog-basic-grid--image > a.image-wrapper > img (data-src = data-image = src on images.squarespace-cdn.com, data-image-dimensions '2500x1667', data-image-focal-point '0.5,0.5', a ?format=100w … 2500w srcset) + a noscript img (one post has no image), div.blog-basic-grid--text with a blog-meta-section of a.blog-categories links (one or two; /journal?category=…) then time.blog-date in US short form '3/14/25', h1.blog-title > a, div.blog-excerpt > div.blog-excerpt-wrapper > p (none on one post), a bottom meta section span.blog-author (the studio name on some), a.blog-more-link 'Read More'; nav.blog-list-pagination with div.older 'Older Posts' /journal?offset=<the last card's publish time in milliseconds> and div.newer 'Newer Posts' /journal?reversePaginate=true&offset=… (not saved); a footer section with an address and a newsletter block, the sqs-cookie-banner-v2 bar, WebSite and Organization JSON-LD, Static.SQUARESPACE_CONTEXT. Written down: title, url, image (src), date, author, categories (list), summary (where shown).",
    )
    pages = chunks(SN_POSTS, SN_PAGES)
    for number in range(1, len(pages) + 1):
        text = _sn_page(number, pages, s)
        if number == 1:
            path = "journal/index.html"
        else:
            last = pages[number - 2][-1]
            path = f"journal@offset={_sn_ms(last[3], last[4])}"
        s.list_page(path, text)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# ghostline: a Ghost 5 (Casper) tag page with gated posts and infinite-scroll pagination.
# ---------------------------------------------------------------------------------------------------

GL_TAG = "engineering"
GL_AUTHORS = ["Maya Lindqvist", "Daniel Osei", "Hana Kobayashi", "Luis Ferreira", "Grace Ndlovu"]
# (title, primary tag, authors, date, minutes, excerpt or None, image, featured, access)
GL_POSTS: list[tuple[str, str, list[str], date, int, str | None, bool, bool, str | None]] = [
    (
        "How we shard Postgres without a proxy",
        "Databases",
        ["Maya Lindqvist"],
        date(2025, 3, 14),
        11,
        "Application-level sharding with a routing table, online resharding and the three incidents that shaped the design.",
        True,
        True,
        None,
    ),
    (
        "Our on-call handbook, version 3",
        "Reliability",
        ["Daniel Osei", "Grace Ndlovu"],
        date(2025, 3, 11),
        8,
        "Paging rules, handover notes and why we pay for every out-of-hours page.",
        True,
        False,
        None,
    ),
    (
        "Cutting CI time in half with test impact analysis",
        "Engineering",
        ["Luis Ferreira"],
        date(2025, 3, 6),
        7,
        "We map every test to the files it touches and only run what a change can break.",
        True,
        False,
        None,
    ),
    (
        "Inside our incident review of the 4 March outage",
        "Reliability",
        ["Daniel Osei"],
        date(2025, 3, 4),
        12,
        None,
        True,
        False,
        "Members only",
    ),
    (
        "A year of Rust in the ingestion pipeline",
        "Engineering",
        ["Hana Kobayashi"],
        date(2025, 2, 27),
        10,
        "What got faster, what got harder, and whether we would do it again.",
        True,
        True,
        None,
    ),
    (
        "Feature flags that clean up after themselves",
        "Engineering",
        ["Maya Lindqvist"],
        date(2025, 2, 24),
        5,
        "Every flag gets an owner and an expiry date. A bot opens the removal PR.",
        False,
        False,
        None,
    ),
    (
        "Designing idempotent webhooks",
        "APIs",
        ["Luis Ferreira", "Maya Lindqvist"],
        date(2025, 2, 19),
        9,
        "Delivery ids, retries with backoff and the receiver-side table that makes duplicates harmless.",
        True,
        False,
        None,
    ),
    (
        "The staff engineer interview loop, explained",
        "Engineering",
        ["Grace Ndlovu"],
        date(2025, 2, 14),
        6,
        None,
        True,
        False,
        "Paid-members only",
    ),
    (
        "Migrating 4 TB from MySQL 5.7 with zero downtime",
        "Databases",
        ["Hana Kobayashi", "Daniel Osei"],
        date(2025, 2, 10),
        14,
        "Dual writes, a checksum job and a cutover that took eleven seconds.",
        True,
        False,
        None,
    ),
    (
        "Why we moved our frontend to server components",
        "Frontend",
        ["Luis Ferreira"],
        date(2025, 2, 5),
        8,
        "Bundle size, waterfalls and the caching bugs we hit on the way.",
        True,
        False,
        None,
    ),
    (
        "Writing runbooks people actually use",
        "Reliability",
        ["Grace Ndlovu"],
        date(2025, 1, 30),
        4,
        "Short, linked from the alert, and tested in game days every quarter.",
        False,
        False,
        None,
    ),
    (
        "Engineering levels at Relay",
        "Engineering",
        ["Maya Lindqvist", "Grace Ndlovu"],
        date(2025, 1, 27),
        9,
        "The career ladder we publish to candidates, from Engineer I to Principal.",
        True,
        True,
        None,
    ),
    (
        "Profiling Go services in production",
        "Performance",
        ["Daniel Osei"],
        date(2025, 1, 22),
        7,
        "Continuous profiling with pprof, flame graphs in every incident channel and the GC tuning that stuck.",
        True,
        False,
        None,
    ),
    (
        "Postmortem: the cache stampede of January 9",
        "Reliability",
        ["Hana Kobayashi"],
        date(2025, 1, 16),
        10,
        None,
        True,
        False,
        "Members only",
    ),
    (
        "Our API versioning policy",
        "APIs",
        ["Luis Ferreira"],
        date(2025, 1, 13),
        5,
        "Date-based versions, a 24-month support window and how we announce breaking changes.",
        False,
        False,
        None,
    ),
    (
        "Hiring for the platform team in Lisbon",
        "Engineering",
        ["Grace Ndlovu"],
        date(2025, 1, 8),
        3,
        "Four roles open on the team that runs our Kubernetes fleet and developer tooling.",
        True,
        False,
        None,
    ),
    (
        "Kafka consumer lag, demystified",
        "Performance",
        ["Maya Lindqvist"],
        date(2024, 12, 18),
        8,
        "What lag really measures, the dashboards we watch and when we scale partitions.",
        True,
        False,
        None,
    ),
    (
        "How we review pull requests",
        "Engineering",
        ["Daniel Osei", "Luis Ferreira"],
        date(2024, 12, 12),
        6,
        "Small changes, a twenty-four-hour review target and comments labelled by weight.",
        True,
        False,
        None,
    ),
    (
        "Building a design system with three engineers",
        "Frontend",
        ["Hana Kobayashi"],
        date(2024, 12, 5),
        9,
        "Tokens first, components second and a Storybook everyone can edit.",
        True,
        False,
        None,
    ),
    (
        "Zero-trust access for internal tools",
        "Security",
        ["Grace Ndlovu"],
        date(2024, 11, 28),
        7,
        None,
        True,
        False,
        "Members only",
    ),
    (
        "Load testing with production traffic replays",
        "Performance",
        ["Luis Ferreira"],
        date(2024, 11, 21),
        11,
        "Recording, scrubbing and replaying a day of requests against a staging cluster.",
        True,
        False,
        None,
    ),
    (
        "Observability on a budget",
        "Reliability",
        ["Daniel Osei"],
        date(2024, 11, 14),
        6,
        "We cut our monitoring bill by 40% by sampling traces and dropping unused metrics.",
        False,
        False,
        None,
    ),
    (
        "Schema migrations as code review",
        "Databases",
        ["Maya Lindqvist"],
        date(2024, 11, 7),
        5,
        "Every migration gets a lint, a lock-time estimate and a rollback plan in the PR.",
        True,
        False,
        None,
    ),
    (
        "Rate limiting at the edge",
        "APIs",
        ["Hana Kobayashi", "Luis Ferreira"],
        date(2024, 10, 31),
        8,
        "Token buckets per key in a Redis cluster, with the headers clients need to back off.",
        True,
        False,
        None,
    ),
    (
        "What we learned from our first bug bounty",
        "Security",
        ["Grace Ndlovu"],
        date(2024, 10, 24),
        6,
        "Forty-one reports, seven valid, one critical. A look at the programme's first year.",
        True,
        False,
        None,
    ),
    (
        "The case for boring technology, revisited",
        "Engineering",
        ["Daniel Osei"],
        date(2024, 10, 17),
        5,
        "Ten years after the essay, our stack is still Postgres, Redis and a monolith. On purpose.",
        True,
        True,
        None,
    ),
    (
        "Accessibility testing in CI",
        "Frontend",
        ["Luis Ferreira"],
        date(2024, 10, 10),
        4,
        "Axe on every page, screen-reader smoke tests and the bugs they caught.",
        False,
        False,
        None,
    ),
    (
        "Secrets rotation without tears",
        "Security",
        ["Maya Lindqvist", "Daniel Osei"],
        date(2024, 10, 3),
        7,
        None,
        True,
        False,
        "Paid-members only",
    ),
    (
        "Engineering onboarding in 30 days",
        "Engineering",
        ["Grace Ndlovu"],
        date(2024, 9, 26),
        6,
        "The plan every new engineer gets, from laptop setup to their first on-call shift.",
        True,
        False,
        None,
    ),
]
GL_PAGES = [12, 12, 5]
GL_STAR = '<svg width="16" height="17" viewBox="0 0 16 17" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M4.49365 4.58752C3.53115 6.03752 2.74365 7.70002 2.74365 9.25002C2.74365 10.6424 3.29678 11.9778 4.28134 12.9623C5.26591 13.9469 6.60127 14.5 7.99365 14.5C9.38604 14.5 10.7214 13.9469 11.706 12.9623C12.6905 11.9778 13.2437 10.6424 13.2437 9.25002C13.2437 6.00002 10.9937 3.50002 9.16865 1.68127L6.99365 6.25002L4.49365 4.58752Z" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></svg>'
GL_LOCK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.5"><rect x="4" y="10" width="16" height="12" rx="2"></rect><path d="M7 10V6a5 5 0 0 1 10 0v4"></path></g></svg>'


def _gl_href(number: int) -> str:
    return f"/tag/{GL_TAG}/" if number == 1 else f"/tag/{GL_TAG}/page/{number}/"


def _gl_author(name: str) -> str:
    handle = slug(name)
    return f"""<li class="author-list-item">
<div class="author-name-tooltip">{esc(name)}</div>
<a href="/author/{handle}/" class="static-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/06/{handle}.jpg" alt="{esc(name)}" /></a>
</li>"""


def _gl_card(row: tuple[Any, ...], s: Site) -> str:
    title, tag, authors, day, minutes, excerpt, has_image, featured, access = row
    handle = slug(title)
    url = f"/{handle}/"
    image = f"/content/images/size/w600/{day:%Y/%m}/{handle[:30]}.jpg" if has_image else None
    s.expect(
        {
            "title": title,
            "url": url,
            "image": image,
            "tag": tag,
            "featured": "Featured" if featured else None,
            "access": access,
            "authors": authors,
            "date": day.isoformat(),
            "reading_time": minutes,
            "summary": excerpt,
        }
    )
    classes = ["post-card", "post", f"tag-{slug(tag)}"] + ([f"tag-{GL_TAG}"] if slug(tag) != GL_TAG else [])
    classes += ["tag-hash-import-2023"] if day.year == 2024 and day.month < 11 else []
    if featured:
        classes.append("featured")
    if access:
        classes.append("paid" if access.startswith("Paid") else "members")
    if not has_image:
        classes.append("no-image")
    image_html = ""
    if image:
        base = image.replace("/size/w600", "")
        srcset = ", ".join(
            f"{base.replace('/content/images/', f'/content/images/size/w{w}/')} {w}w" for w in (300, 600, 1000, 2000)
        )
        image_html = f"""<a class="post-card-image-link" href="{url}">
<img class="post-card-image" srcset="{srcset}" sizes="(max-width: 1000px) 400px, 800px" src="{image}" alt="{esc(title)}" loading="lazy" />
</a>"""
    featured_html = f'<span class="post-card-featured">{GL_STAR} Featured</span>' if featured else ""
    access_html = f'<span class="post-card-access">{GL_LOCK} {esc(access)}</span>' if access else ""
    excerpt_html = f'<div class="post-card-excerpt">{esc(excerpt)}</div>' if excerpt else ""
    return f"""<article class="{" ".join(classes)}">
{image_html}
<div class="post-card-content">
<a class="post-card-content-link" href="{url}">
<header class="post-card-header">
<div class="post-card-tags">
<span class="post-card-primary-tag">{esc(tag)}</span>
{featured_html}
{access_html}
</div>
<h2 class="post-card-title">
{esc(title)}
</h2>
</header>
{excerpt_html}
</a>
<footer class="post-card-meta">
<ul class="author-list">
{"".join(_gl_author(a) for a in authors)}
</ul>
<time class="post-card-meta-date" datetime="{day.isoformat()}">{day.day} {day:%b %Y}</time>
<span class="post-card-meta-length">{minutes} min read</span>
</footer>
</div>
</article>"""


def _gl_page(number: int, total: int, rows: list[tuple[Any, ...]], s: Site) -> str:
    cards = "\n".join(_gl_card(r, s) for r in rows)
    count = len(GL_POSTS)
    base = "https://relaynotes.example"
    series = {
        "@context": "https://schema.org",
        "@type": "Series",
        "publisher": {
            "@type": "Organization",
            "name": "Relay Engineering",
            "url": f"{base}/",
            "logo": {
                "@type": "ImageObject",
                "url": f"{base}/content/images/2024/05/relay-logo.png",
                "width": 60,
                "height": 60,
            },
        },
        "url": f"{base}{_gl_href(number)}",
        "image": {
            "@type": "ImageObject",
            "url": f"{base}/content/images/2024/05/engineering-cover.jpg",
            "width": 2000,
            "height": 1125,
        },
        "name": "Engineering",
        "mainEntityOfPage": f"{base}{_gl_href(number)}",
        "description": "How we build, run and scale Relay: databases, reliability, APIs and the people behind them.",
    }
    prev_link = f'<link rel="prev" href="{_gl_href(number - 1)}">' if number > 1 else ""
    next_link = f'<link rel="next" href="{_gl_href(number + 1)}">' if number < total else ""
    newer = f'<a class="newer-posts" href="{_gl_href(number - 1)}">&larr; Newer Posts</a>' if number > 1 else ""
    older = f'<a class="older-posts" href="{_gl_href(number + 1)}">Older Posts &rarr;</a>' if number < total else ""
    title = "Engineering - Relay Engineering" if number == 1 else f"Engineering (Page {number}) - Relay Engineering"
    header = (
        f"""<section class="post-card post-card-large">
<div class="post-card-image-link"><img class="post-card-image" srcset="/content/images/size/w300/2024/05/engineering-cover.jpg 300w, /content/images/size/w600/2024/05/engineering-cover.jpg 600w, /content/images/size/w1000/2024/05/engineering-cover.jpg 1000w, /content/images/size/w2000/2024/05/engineering-cover.jpg 2000w" sizes="(max-width: 1000px) 400px, 800px" src="/content/images/size/w600/2024/05/engineering-cover.jpg" alt="Engineering" /></div>
<div class="post-card-content">
<div class="post-card-content-link">
<header class="post-card-header"><h2 class="post-card-title">Engineering</h2></header>
<div class="post-card-excerpt">How we build, run and scale Relay: databases, reliability, APIs and the people behind them.</div>
</div>
<footer class="post-card-meta"><span class="tag-post-count">{count} posts</span></footer>
</div>
</section>"""
        if number == 1
        else ""
    )
    nav = "".join(
        f'<li class="nav-{slug(t)}{" nav-current" if t == "Engineering" else ""}"><a href="{h}">{t}</a></li>'
        for t, h in [
            ("Home", "/"),
            ("Engineering", f"/tag/{GL_TAG}/"),
            ("Product", "/tag/product/"),
            ("Culture", "/tag/culture/"),
            ("Careers", "https://relay.example/careers"),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3f2c1a9b7d">
<meta name="description" content="How we build, run and scale Relay: databases, reliability, APIs and the people behind them.">
<link rel="icon" href="/content/images/size/w256h256/2024/05/relay-icon.png" type="image/png">
<link rel="canonical" href="{_gl_href(number)}">
<meta name="referrer" content="no-referrer-when-downgrade">
{prev_link}
{next_link}
<meta property="og:site_name" content="Relay Engineering">
<meta property="og:type" content="website">
<meta property="og:title" content="Engineering - Relay Engineering">
<meta property="og:url" content="{base}{_gl_href(number)}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">
{json.dumps(series, indent=4)}
</script>
<meta name="generator" content="Ghost 5.112">
<link rel="alternate" type="application/rss+xml" title="Relay Engineering" href="{base}/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.48/umd/portal.min.js" data-i18n="true" data-ghost="{base}/" data-key="4b1e2c3d5f6a7b8c9d0e1f2a3b" data-api="{base}/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{{display:flex;flex-direction:column;align-items:center;}}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="4b1e2c3d5f6a7b8c9d0e1f2a3b" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="{base}/" data-locale="en" crossorigin="anonymous"></script>
<link href="{base}/webmentions/receive/" rel="webmention">
<script defer src="/public/cards.min.js?v=3f2c1a9b7d"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=3f2c1a9b7d">
<script defer src="/public/member-attribution.min.js?v=3f2c1a9b7d"></script>
<style>:root {{--ghost-accent-color: #3d5afe;}}</style>
</head>
<body class="tag-template tag-{GL_TAG}{" paged" if number > 1 else ""} is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="/"><img src="/content/images/2024/05/relay-logo.png" alt="Relay Engineering"></a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>
<div class="gh-head-actions">
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div>
</div>
</header>
<div class="site-content">
<main id="site-main" class="site-main outer">
<div class="inner posts">
<div class="post-feed">
{header}
{cards}
</div>
<nav class="pagination" role="navigation">
{newer}
<span class="page-number">Page {number} of {total}</span>
{older}
</nav>
</div>
</main>
</div>
<footer class="site-footer outer">
<div class="inner">
<section class="copyright"><a href="/">Relay Engineering</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-rss"><a href="/rss/">RSS</a></li><li class="nav-relay-com"><a href="https://relay.example">relay.example</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div>
</footer>
</div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__container"><div class="pswp__item"></div><div class="pswp__item"></div><div class="pswp__item"></div></div><div class="pswp__ui pswp__ui--hidden"><div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button><div class="pswp__preloader"><div class="pswp__preloader__icn"><div class="pswp__preloader__cut"><div class="pswp__preloader__donut"></div></div></div></div></div><div class="pswp__caption"><div class="pswp__caption__center"></div></div></div></div></div>
<script src="/assets/built/casper.js?v=3f2c1a9b7d"></script>
<script>
// Parse the URL parameter
function getParameterByName(name, url) {{
    if (!url) url = window.location.href;
    name = name.replace(/[\\[\\]]/g, "\\\\$&");
    var regex = new RegExp("[?&]" + name + "(=([^&#]*)|&|#|$)"),
        results = regex.exec(url);
    if (!results) return null;
    if (!results[2]) return '';
    return decodeURIComponent(results[2].replace(/\\+/g, " "));
}}
(function () {{
    var action = getParameterByName('action');
    var stripe = getParameterByName('stripe');
    var success = getParameterByName('success');
    if (success === 'true') document.body.classList.add('subscribe-success');
}})();
</script>
</body>
</html>"""


@nineteenth
def build_ghostline() -> None:
    s = Site(
        "ghostline",
        kind="engineering blog tag page (Ghost 5 Casper theme 2024–25: the tag itself first in the post-feed as section.post-card.post-card-large with its description and '29 posts', article.post-card cards with post-card-image-link / post-card-content-link, span.post-card-primary-tag, post-card-featured star svg + 'Featured', post-card-access lock + 'Members only' / 'Paid-members only' and no excerpt, h2.post-card-title, author-list avatars with hover tooltips, time.post-card-meta-date '14 Mar 2025', '5 min read'; nav.pagination hidden by infinite scroll + link rel=next to /tag/engineering/page/N/, Series JSON-LD, Portal 'Subscribe')",
        start=f"tag/{GL_TAG}/",
        description="A company engineering blog on Ghost 5.112 with a lightly customised Casper theme, tag page /tag/engineering/: head links rel=prev / rel=next (Casper's infinite scroll reads them; its nav.pagination 'Page 1 of 3' with '← Newer Posts' / 'Older Posts →' is hidden by CSS), Series JSON-LD of the tag (publisher, name, description; not the posts), Portal and sodo-search scripts; the gh-head header with nav, search buttons, 'Sign in' and a Portal 'Subscribe' button (data-portal=signup); a div.post-feed whose first child on page 1 is the tag as section.post-card.post-card-large (cover image, h2.post-card-title 'Engineering', the description, '29 posts'), then 12, 12 and 5 article.post-card cards (classes post, tag-<slug>, featured, members / paid, no-image): a.post-card-image-link > img.post-card-image (w300…w2000 srcset, src size/w600, alt = title; none on four posts), a.post-card-content-link around header.post-card-header (div.post-card-tags: span.post-card-primary-tag — Databases, Reliability, APIs… or Engineering itself —, span.post-card-featured with a star svg + ' Featured' on four, span.post-card-access with a lock svg + ' Members only' / ' Paid-members only' on five) + h2.post-card-title + div.post-card-excerpt (absent on the gated posts), then footer.post-card-meta: ul.author-list of one or two li.author-list-item (div.author-name-tooltip with the name, a.static-avatar > img alt = name), time.post-card-meta-date[datetime] '14 Mar 2025', span.post-card-meta-length '11 min read'; the footer with 'Sign up' / RSS / 'Powered by Ghost', a PhotoSwipe shell. Written down: title, url, image (src), tag (primary tag), featured ('Featured' where shown), access (where shown), authors (list), date, reading_time, summary (where shown).",
    )
    pages = chunks(GL_POSTS, GL_PAGES)
    for number, rows in enumerate(pages, 1):
        s.list_page(_gl_href(number).lstrip("/") + "index.html", _gl_page(number, len(pages), rows, s))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in NINETEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
