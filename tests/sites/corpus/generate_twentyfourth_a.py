"""Twenty-fourth wave, part A: three list pages from a CMS, a marketing-blog host and a help-desk host, copied
from their real 2024–25 logged-out markup and written before any heuristic was changed for them.

* **orionfield-astro** — an amateur astronomy society's "News" category blog on Joomla 5 with the stock
  Cassiopeia template and URL rewriting off (``/index.php/news``): Cassiopeia's ``header.container-header``
  (brand, ``ul.mod-menu``, Smart Search form), ``nav.mod-breadcrumbs__wrapper``, then com_content's
  ``div.com-content-category-blog.blog``: the category title and description, one leading article in
  ``div.blog-items.items-leading`` and eight intro articles in ``div.blog-items.columns-2``, each a
  ``div.com-content-category-blog__item.blog-item[itemprop=blogPost]`` with an optional ``figure.item-image``
  (linked intro image), ``div.item-content > div.page-header > h2 > a``, the info block ``dl.article-info`` (``dt``
  "Details", ``dd.createdby`` "Written by: …", ``dd.category-name`` "Category: <a>", ``dd.published`` with
  ``time[datetime]`` "Published: 14 March 2025", ``dd.hits`` "Hits: 312"), ``ul.tags`` on most, the intro text
  and ``p.readmore > a.btn`` "Read more: <title>" (absent for articles without a full text); ``div.items-more >
  ol.com-content-blog__links`` with the next three articles' titles (they open the next page); the counter
  "Page 1 of 3" and Joomla's ``nav.pagination__wrapper > ul.pagination`` (icon-only start / previous / next /
  end, numbered ``page-link``s, ``aria-current`` on the current one) over ``?start=9`` / ``?start=18``; the right
  sidebar cards "Latest Articles" and "Popular Tags", the footer module and the back-to-top link.
  9 + 9 + 6 articles. Written down: title, url, image (where shown), author, category, date, hits, tags (list,
  where shown), summary.
* **tallyfield-blog** — a field-service software company's blog on HubSpot CMS, with a theme built on HubSpot's CMS
  boilerplate: HubSpot's head (generator meta, hub_generated template CSS, canonical and ``rel=next`` to the real
  domain), ``div.body-wrapper.hs-blog-listing.hs-blog-id-…`` with the global header partial (logo module,
  ``nav.navigation-primary`` menu, "Book a demo" button), ``div.blog-header`` (title, subtitle, the
  ``@hubspot/blog_subscribe`` module placeholder for an ``hbspt.forms`` embed), ``section.blog-index`` of
  ``article.blog-index__post`` cards — the newest post on page 1 as ``blog-index__post--large`` with a wider
  image, the rest ``--small`` — each with a linked featured image on HubSpot's file CDN (one post without),
  ``div.blog-index__post-tags`` tag links to ``/blog/tag/<slug>`` (one post without tags), ``h2 > a``, the meta
  line (author avatar, ``a.blog-index__post-author-name`` to ``/blog/author/<slug>``, ``time[datetime]`` "March
  14, 2025"), the summary paragraph and "Read more"; the boilerplate's ``div.blog-pagination`` (Prev with no
  href on page 1, numbered links, Next) over ``/blog/page/N``; an ``@hubspot/post_listing`` "Popular posts"
  module with ``hs-blog-post-listing`` classes repeating four posts; the footer partial and HubSpot's tracking
  and cookie-banner scripts. 10 + 10 + 7 posts. Written down: title, url, image (absent for the post without
  one), tags (list, absent without tags), author, date, summary.
* **loomcart-help** — a Zendesk Help Center section page on the Copenhagen theme: Zendesk's head (``meta
  content=zendesk``, the theme's ``style.css`` from theme.zdassets.com), Copenhagen's ``header.header`` (logo
  link, "Community" / "Submit a request", ``a.sign-in`` with ``data-auth-action=signin``), ``div.sub-nav`` with
  ``ol.breadcrumbs`` and the scoped search form, ``section.section-content`` with ``header.page-header`` (``h1``,
  ``div.section-subscribe`` holding the anonymous "Follow" sign-in link, the description), on page 1 a
  ``ul.section-list`` of two subsections (not articles), then ``ul.article-list > li.article-list-item`` (a
  promoted article gets ``article-promoted`` and an ``svg.icon-star`` with only a title attribute) holding
  ``a.article-list-link``; Zendesk's pagination ``nav.pagination > ul`` with ``pagination-first`` /
  ``-prev`` / ``-next`` / ``-last`` links carrying hidden or visible texts and ``‹ ›`` arrows, no page numbers,
  ``?page=N#articles``; the footer and the Web Widget snippet. 30 + 30 + 9 articles. Written down: title, url.

Run ``uv run python tests/sites/corpus/generate_twentyfourth_a.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYFOURTH_A: dict[str, Callable[[], None]] = {}


def twentyfourth_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYFOURTH_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


CURRENT = ' aria-current="page"'


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _long_date(moment: str) -> str:
    """``2025-03-14T…`` → ``March 14, 2025``."""
    day = datetime.fromisoformat(moment)
    return f"{day:%B} {day.day}, {day.year}"


# ---------------------------------------------------------------------------------------------------
# orionfield-astro: Joomla 5 + Cassiopeia, com_content category blog, ?start=N.
# ---------------------------------------------------------------------------------------------------

OA_BASE = "/index.php/news"

#: (title, author, subcategory, published ISO, hits, tags, intro text, has an intro image, has a full text).
OA_ARTICLES: list[tuple[str, str, str, str, int, list[str], str, bool, bool]] = [
    (
        "Spring Messier Marathon: results and photos",
        "Gwen Hartley",
        "Observing",
        "2025-04-02T19:40:00+01:00",
        412,
        ["Messier", "Deep sky"],
        "Eleven members stayed out until dawn at Barrow Hill on 29 March and four of them logged all 110 objects. Here are the tallies, the best sketches and what we would do differently next year.",
        True,
        True,
    ),
    (
        "April public observing evening cancelled",
        "Committee",
        "Society News",
        "2025-03-28T12:05:00+00:00",
        188,
        ["Public events"],
        "With the forecast showing cloud all week, the public evening planned for 4 April at the Millbrook Rec car park is cancelled. The next public evening is on 2 May.",
        False,
        False,
    ),
    (
        "Beginner's guide to collimating a Newtonian",
        "Owen Pryce",
        "Equipment",
        "2025-03-21T18:30:00+00:00",
        967,
        ["Beginners", "Telescopes", "How-to"],
        "A Cheshire eyepiece, a laser and twenty minutes: how to line up the mirrors of a reflector so that stars come to a point, with photos of every step on a 200 mm Dobsonian.",
        True,
        True,
    ),
    (
        "Talk: Exoplanet transits from a back garden",
        "Gwen Hartley",
        "Talks",
        "2025-03-17T09:00:00+00:00",
        254,
        ["Talks", "Exoplanets"],
        "On Wednesday 9 April Dr Asha Menon of the university's physics department explains how amateurs time exoplanet transits with small telescopes and cheap cameras. Doors open at 7.15 pm.",
        True,
        True,
    ),
    (
        "Partial solar eclipse, 29 March: how it went",
        "Ravi Chaudhry",
        "Observing",
        "2025-03-30T16:20:00+01:00",
        538,
        ["Sun", "Eclipses"],
        "Thin cloud came and went, but the projection screens at the library car park showed the Moon biting 31 per cent out of the Sun at maximum. Thank you to the forty visitors who came along.",
        True,
        True,
    ),
    (
        "New loan scope: a 127 mm Maksutov",
        "Owen Pryce",
        "Equipment",
        "2025-03-10T20:10:00+00:00",
        301,
        ["Telescopes", "Loan scheme"],
        "Thanks to a bequest from the late Harold Finch, the loan scheme now includes a 127 mm Maksutov on a GoTo mount. Members can book it for up to two weeks from the equipment secretary.",
        True,
        True,
    ),
    (
        "Subscriptions for 2025–26 are now due",
        "Committee",
        "Society News",
        "2025-03-03T08:00:00+00:00",
        143,
        [],
        "Membership runs from 1 April. The fee stays at £24 for adults and £12 for students and under-18s; family membership is £36. You can pay by bank transfer or at any meeting.",
        False,
        False,
    ),
    (
        "Sketching the Moon: a workshop for all ages",
        "Isla Brennan",
        "Talks",
        "2025-02-26T14:45:00+00:00",
        209,
        ["Moon", "Sketching", "Beginners"],
        "Bring a pencil and a clipboard on Saturday 15 March. Isla shows how to draw craters and shadows at the eyepiece, and there is a prize for the best sketch by a junior member.",
        True,
        True,
    ),
    (
        "Comet C/2024 G3 (ATLAS) fades from view",
        "Ravi Chaudhry",
        "Observing",
        "2025-02-19T21:15:00+00:00",
        377,
        ["Comets"],
        "Our last sighting of the comet was on 14 February, low in the west after sunset at magnitude 8. Ravi's stacked image from the observatory shows the dust tail still stretching two degrees.",
        True,
        True,
    ),
    (
        "Observatory roof repairs finished",
        "Committee",
        "Society News",
        "2025-02-12T10:30:00+00:00",
        121,
        ["Observatory"],
        "The roll-off roof runs smoothly again after the winter's work on the rails and seals. Key holders can book observing sessions as before.",
        False,
        False,
    ),
    (
        "Choosing your first pair of astronomy binoculars",
        "Owen Pryce",
        "Equipment",
        "2025-02-05T19:00:00+00:00",
        1204,
        ["Beginners", "Binoculars", "How-to"],
        "Before you buy a telescope, try 10x50 binoculars. We compare six pairs under £150 from the loan cupboard for sharpness, weight and how well they handle light pollution.",
        True,
        True,
    ),
    (
        "Talk: The life cycle of stars",
        "Gwen Hartley",
        "Talks",
        "2025-01-29T09:00:00+00:00",
        233,
        ["Talks", "Stars"],
        "Our February speaker, Professor Tom Ainsley, follows a star from a collapsing gas cloud to a white dwarf, a neutron star or a black hole, with plenty of time for questions.",
        True,
        True,
    ),
    (
        "Winter Milky Way imaging weekend at Hollin Moor",
        "Isla Brennan",
        "Observing",
        "2025-01-22T17:25:00+00:00",
        446,
        ["Astrophotography", "Dark sky"],
        "Seven members took cameras and star trackers up to the dark-sky site on 17–19 January. Two clear nights gave us the Orion region, the California Nebula and a very cold car park.",
        True,
        True,
    ),
    (
        "Annual general meeting: minutes published",
        "Committee",
        "Society News",
        "2025-01-15T11:00:00+00:00",
        98,
        [],
        "The draft minutes of the AGM held on 8 January are now in the members' area. The committee for 2025 is unchanged apart from Ravi Chaudhry taking over as observing secretary.",
        False,
        False,
    ),
    (
        "Planet parade: six planets after sunset",
        "Ravi Chaudhry",
        "Observing",
        "2025-01-08T20:40:00+00:00",
        1388,
        ["Planets", "Beginners"],
        "Venus, Saturn, Jupiter and Mars are easy with the naked eye in the January evening sky, and binoculars bring in Uranus and Neptune. Here is where to look and when.",
        True,
        True,
    ),
    (
        "Mirror recoating service: spring batch",
        "Owen Pryce",
        "Equipment",
        "2024-12-18T13:10:00+00:00",
        176,
        ["Telescopes"],
        "We are collecting mirrors for the next group recoating order until 28 February. Sending them together saves members about 40 per cent on postage and fees.",
        False,
        True,
    ),
    (
        "Christmas social and quiz night",
        "Committee",
        "Society News",
        "2024-12-09T18:00:00+00:00",
        164,
        ["Socials"],
        "Mince pies, a picture round of fuzzy galaxies and the famous spot-the-planet raffle: join us in the Scout hut on Wednesday 18 December from 7.30 pm. Partners and friends welcome.",
        True,
        False,
    ),
    (
        "Geminids 2024: a bright Moon spoils the show",
        "Isla Brennan",
        "Observing",
        "2024-12-16T08:30:00+00:00",
        287,
        ["Meteors"],
        "With a nearly full Moon up all night we counted only 23 meteors in two hours at the observatory, but one fireball lit up the whole field. The Quadrantids in January should do better.",
        True,
        True,
    ),
    (
        "Talk: Dark skies and how to protect them",
        "Gwen Hartley",
        "Talks",
        "2024-11-27T09:00:00+00:00",
        192,
        ["Talks", "Dark sky"],
        "Lighting engineer Marcus Doyle explains what makes a good outdoor light and how the society can help the parish council choose streetlights that keep our skies dark.",
        True,
        True,
    ),
    (
        "Using a planisphere",
        "Owen Pryce",
        "Equipment",
        "2024-11-20T19:30:00+00:00",
        655,
        ["Beginners", "How-to"],
        "A planisphere costs less than a tank of fuel and never needs charging. Our five-minute guide shows how to set the date and time and find the constellations overhead.",
        False,
        True,
    ),
    (
        "Occultation of Spica timed by three members",
        "Ravi Chaudhry",
        "Observing",
        "2024-11-13T22:05:00+00:00",
        141,
        ["Moon", "Occultations"],
        "On the evening of 6 November the Moon slid across Spica. Three of us timed the disappearance to a tenth of a second and the reports have gone to the international occultation network.",
        True,
        True,
    ),
    (
        "Outreach: the school star party season begins",
        "Isla Brennan",
        "Society News",
        "2024-11-06T15:50:00+00:00",
        117,
        ["Outreach", "Public events"],
        "Volunteers are needed for six primary school star parties between November and March. You do not need your own telescope; we supply the loan kit and a short briefing.",
        False,
        True,
    ),
    (
        "Review: a budget smart telescope under real skies",
        "Owen Pryce",
        "Equipment",
        "2024-10-30T18:15:00+00:00",
        1876,
        ["Telescopes", "Astrophotography", "Reviews"],
        "We tested one of the new all-in-one smart telescopes for a month from a suburban garden. It finds things, it stacks images and it fits in a rucksack; the results surprised the sceptics.",
        True,
        True,
    ),
    (
        "Autumn open evening draws a record crowd",
        "Committee",
        "Society News",
        "2024-10-23T09:45:00+00:00",
        203,
        ["Public events"],
        "Over 160 visitors came to the observatory on 19 October. Clear skies gave everyone a look at Saturn's rings and the Andromeda Galaxy, and twelve people joined the society on the night.",
        True,
        True,
    ),
]

OA_ARTICLES.sort(key=lambda article: article[3], reverse=True)  # the blog's ordering: most recent first
OA_TAG_IDS = {tag: 2 + index for index, tag in enumerate(sorted({t for article in OA_ARTICLES for t in article[5]}))}


def _oa_url(article: tuple[str, str, str, str, int, list[str], str, bool, bool]) -> str:
    title, _author, category, *_ = article
    return f"{OA_BASE}/{slug(category)}/{slug(title)}"


def _oa_image(article: tuple[str, str, str, str, int, list[str], str, bool, bool]) -> str:
    moment = article[3]
    return f"/images/news/{moment[:4]}/{slug(article[0])[:40].rstrip('-')}.jpg"


def _oa_published(moment: str) -> str:
    day = datetime.fromisoformat(moment)
    return f"{day.day:02d} {day:%B} {day.year}"


def _oa_item(article: tuple[str, str, str, str, int, list[str], str, bool, bool]) -> str:
    title, author, category, moment, hits, tags, intro, has_image, has_full = article
    url = _oa_url(article)
    figure = ""
    if has_image:
        wide = _num(title, 1) % 2 == 0
        width, height = (1200, 800) if wide else (1000, 750)
        figure = f"""
<figure class="left item-image">
    <a href="{url}" itemprop="url" title="{esc(title)}">
        <img src="{_oa_image(article)}" alt="" itemprop="thumbnailUrl" width="{width}" height="{height}" loading="lazy">    </a>
    </figure>"""
    tag_html = ""
    if tags:
        items = "\n".join(
            f"""                            <li class="list-inline-item tag-{OA_TAG_IDS[t]} tag-list{i}" itemprop="keywords">
                    <a href="/index.php/component/tags/tag/{slug(t)}" class="btn-sm btn-info">
                        {esc(t)}                    </a>
                </li>"""
            for i, t in enumerate(tags)
        )
        tag_html = f"""
                                                    <ul class="tags list-inline">
{items}
                        </ul>
"""
    readmore = ""
    if has_full:
        readmore = f"""

<p class="readmore">
            <a class="btn btn-secondary" href="{url}" aria-label="Read more: {esc(title)}">
            <span class="icon-chevron-right" aria-hidden="true"></span>            Read more: {esc(title)}        </a>
    </p>
"""
    return f"""{figure}

<div class="item-content">

            <div class="page-header">
                    <h2 itemprop="name">
                                    <a href="{url}" itemprop="url">
                        {esc(title)}                    </a>
                            </h2>



            </div>



            <dl class="article-info text-muted">

            <dt class="article-info-term">
                                                    Details                                            </dt>

                            <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span class="icon-user icon-fw" aria-hidden="true"></span>
                    Written by: <span itemprop="name">{esc(author)}</span>    </dd>



                            <dd class="category-name">
    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        Category: <a href="{OA_BASE}/{slug(category)}" itemprop="genre">{esc(category)}</a>    </dd>



                            <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{moment}" itemprop="datePublished">
        Published: {_oa_published(moment)}    </time>
</dd>




                            <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:{hits}">
    Hits: {hits}</dd>
                        </dl>
{tag_html}



                <p>{esc(intro)}</p>
{readmore}


    </div>
"""


def _oa_blog_item(article: tuple[str, str, str, str, int, list[str], str, bool, bool]) -> str:
    return f"""                <div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
                    {_oa_item(article)}
                </div>"""


def _oa_href(number: int) -> str:
    return OA_BASE if number == 1 else f"{OA_BASE}?start={(number - 1) * 9}"


def _oa_pager(number: int, total: int) -> str:
    def link(label: str, icon: str | None, target: int) -> str:
        display = f'<span class="{icon}" aria-hidden="true"></span>' if icon else str(target)
        return f"""            <li class="page-item">
        <a aria-label="{label}" href="{_oa_href(target)}" class="page-link">
            {display}        </a>
    </li>"""

    def dead(icon: str) -> str:
        return f"""            <li class="disabled page-item">
        <span class="page-link" aria-hidden="true"><span class="{icon}" aria-hidden="true"></span></span>
    </li>"""

    parts: list[str] = []
    if number > 1:
        parts += [
            link("Go to start page", "icon-angle-double-left", 1),
            link("Go to previous page", "icon-angle-left", number - 1),
        ]
    else:
        parts += [dead("icon-angle-double-left"), dead("icon-angle-left")]
    for page in range(1, total + 1):
        if page == number:
            parts.append(f"""                        <li class="active page-item">
        <a aria-current="true" aria-label="Page {page}" href="#" class="page-link">{page}</a>
    </li>""")
        else:
            parts.append(link(f"Go to page {page}", None, page))
    if number < total:
        parts += [
            link("Go to next page", "icon-angle-right", number + 1),
            link("Go to end page", "icon-angle-double-right", total),
        ]
    else:
        parts += [dead("icon-angle-right"), dead("icon-angle-double-right")]
    items = "\n".join(parts)
    return f"""            <div class="com-content-category-blog__navigation w-100">
                                    <p class="com-content-category-blog__counter counter float-md-end pt-3 pe-2">
                        Page {number} of {total}                    </p>
                                <div class="com-content-category-blog__pagination">
                    <nav class="pagination__wrapper" aria-label="Pagination">
    <ul class="pagination ms-0 mb-4">
{items}
        </ul>
</nav>
                </div>
            </div>"""


OA_MENU = [
    ("Home", "/"),
    ("News", OA_BASE),
    ("Meetings", "/index.php/meetings"),
    ("Observing", "/index.php/observing-guide"),
    ("Observatory", "/index.php/observatory"),
    ("Join us", "/index.php/join-us"),
    ("Contact", "/index.php/contact"),
]


def _oa_page(
    number: int,
    total: int,
    articles: list[tuple[str, str, str, str, int, list[str], str, bool, bool]],
    links: list[tuple[str, str, str, str, int, list[str], str, bool, bool]],
) -> str:
    menu = "\n".join(
        f'<li class="nav-item item-{101 + i}{" current active" if label == "News" else ""}{" default" if label == "Home" else ""}"><a href="{href}"{CURRENT if label == "News" else ""}>{label}</a></li>'
        for i, (label, href) in enumerate(OA_MENU)
    )
    leading = _oa_blog_item(articles[0])
    intro = "\n".join(_oa_blog_item(a) for a in articles[1:])
    more = ""
    if links:
        lis = "\n".join(
            f"""            <li class="com-content-blog__link">
                <a href="{_oa_url(a)}">
                    {esc(a[0])}</a>
            </li>"""
            for a in links
        )
        more = f"""
            <div class="items-more">
            <ol class="com-content-blog__links">
{lis}
    </ol>
        </div>
    """
    latest = "\n".join(
        f'    <li itemscope itemtype="https://schema.org/Article">\n        <a href="{_oa_url(a)}" itemprop="url">\n            <span itemprop="name">\n                {esc(a[0])}            </span>\n        </a>\n    </li>'
        for a in OA_ARTICLES[:5]
    )
    counts: dict[str, int] = {}
    for a in OA_ARTICLES:
        for t in a[5]:
            counts[t] = counts.get(t, 0) + 1
    popular = sorted(counts, key=lambda t: (-counts[t], t))[:8]
    tag_cloud = "\n".join(
        f'        <li class="list-inline-item">\n                    <a class="tag-name" href="/index.php/component/tags/tag/{slug(t)}">{esc(t)}</a>\n                            <span class="tag-count badge bg-info">{counts[t]}</span>\n                    </li>'
        for t in popular
    )
    canonical = _oa_href(number)
    title = "News" if number == 1 else f"News - Page {number}"
    return f"""<!DOCTYPE html>
<html lang="en-gb" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="News, observing reports and talks from the Orionfield Astronomical Society.">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{title} - Orionfield Astronomical Society</title>
	<link href="{OA_BASE}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="News - Orionfield Astronomical Society">
	<link href="{OA_BASE}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="News - Orionfield Astronomical Society">
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">
	<link href="https://www.orionfield-astro.org.uk{canonical}" rel="canonical">

    <link href="/media/system/css/joomla-fontawesome.min.css?5c2a1e" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?5c2a1e" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?5c2a1e" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?5c2a1e" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.4.1" rel="stylesheet">
	<style>:root {{
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: var(--link-color);
		--template-special-color: #001B4C;
	}}</style>

    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?5c2a1e" defer></script>
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"MOD_FINDER_SEARCH_VALUE":"Search &hellip;","JLIB_JS_AJAX_ERROR_OTHER":"An error has occurred while fetching the JSON data: HTTP %s status code.","JLIB_JS_AJAX_ERROR_PARSE":"A parse error has occurred while processing the following JSON data:<br><code style=\\"color:inherit;white-space:pre-wrap;padding:0;margin:0;border:0;background:inherit;\\">%s<\\/code>"}},"finder-search":{{"url":"\\/index.php\\/component\\/finder\\/?task=suggestions.suggest&format=json&tmpl=component&Itemid=101"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/www.orionfield-astro.org.uk\\/","base":"","baseFull":"https:\\/\\/www.orionfield-astro.org.uk\\/"}},"csrf.token":"3f1d0c9b7a2e4f6a8c0d1e2f3a4b5c6d"}}</script>
	<script src="/media/system/js/core.min.js?a3d8f8"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?5c2a1e" type="module"></script>
	<script src="/media/vendor/awesomplete/js/awesomplete.min.js?1.1.7" defer></script>
	<script src="/media/com_finder/js/finder.min.js?755761" type="module"></script>
	<script src="/media/system/js/messages.min.js?9a4811" type="module"></script>

</head>

<body class="site com_content wrapper-static view-category layout-blog no-task itemid-102 has-sidebar-right">
    <header class="header container-header full-width">




                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <span title="Orionfield Astronomical Society">Orionfield Astronomical Society</span>                    </a>
                                            <div class="site-description">Stargazing in the Vale since 1974</div>
                                    </div>
            </div>

                    <div class="grid-child container-nav">
                                    <ul class="mod-menu mod-list nav ">
{menu}
</ul>

                                                    <div class="container-search">

<form class="mod-finder js-finder-searchform form-search" action="/index.php/component/finder/search?Itemid=101" method="get" role="search">
    <label for="mod-finder-searchword117" class="visually-hidden finder">Search</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword117" class="js-finder-search-query form-control" value="" placeholder="Search &hellip;"><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Search</button></div>
            <input type="hidden" name="Itemid" value="101"></form>

                    </div>
                            </div>
            </header>

    <div class="site-grid">



        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                You are here: &#160;
            </li>

                                <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li>
                                <li class="mod-breadcrumbs__item breadcrumb-item active"><span>News</span></li>
                </ol>
    </nav>

            <div id="system-message-container" aria-live="polite"></div>

            <main>
            <div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">

            <h1>
            News        </h1>



                <div class="category-desc clearfix">
                                                <p>Observing reports, meeting announcements, equipment advice and society news. Members can also find the news in the monthly <em>Orionfield Observer</em> newsletter.</p>                                </div>



            <div class="com-content-category-blog__items blog-items items-leading ">
{leading}
                    </div>




            <div class="com-content-category-blog__items blog-items  columns-2">
{intro}
                </div>
{more}

            {_oa_pager(number, total)}
    </div>

            </main>

        </div>


                    <div class="grid-child container-sidebar-right">
                <div class="sidebar-right card ">
            <h3 class="card-header ">Latest Articles</h3>        <div class="card-body">
                <ul class="mod-articleslatest latestnews mod-list">
{latest}
</ul>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Popular Tags</h3>        <div class="card-body">
                <div class="mod-tagspopular tagspopular">
    <ul class="list-inline">
{tag_cloud}
        </ul>
</div>
    </div>
</div>
<div class="sidebar-right card ">
            <h3 class="card-header ">Next meeting</h3>        <div class="card-body">
                <div id="mod-custom118" class="mod-custom custom">
    <p><strong>Wednesday 9 April, 7.30 pm</strong><br>Millbrook Village Hall<br>Talk: Exoplanet transits from a back garden</p>
<p><a class="btn btn-primary" href="/index.php/meetings">All meetings</a></p></div>
    </div>
</div>

            </div>




    </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                <div id="mod-custom120" class="mod-custom custom">
    <p>Orionfield Astronomical Society is a registered charity, no. 1098765. We meet on the second Wednesday of every month.</p></div>
<div class="mod-footer">
    <div class="footer1">Copyright &#169; 2025 Orionfield Astronomical Society. All Rights Reserved.</div>
    <div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU General Public License.</a></div>
</div>

            </div>
        </footer>

            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>


</body>

</html>"""


@twentyfourth_a
def build_orionfield_astro() -> None:
    s = Site(
        "orionfield-astro",
        kind="society news category blog (Joomla 5 + Cassiopeia, com_content category blog: one leading + eight intro div.blog-item per page with optional figure.item-image, div.page-header h2 > a, dl.article-info 'Details' / 'Written by: …' / 'Category: <a>' / time 'Published: 14 March 2025' / 'Hits: 312', ul.tags on most, intro p, 'Read more: <title>' buttons on some; div.items-more ol of the next page's first three titles; 'Page 1 of 3' + nav.pagination__wrapper ul.pagination of icon-only start / prev / next / end and numbered page-links over /index.php/news?start=N; sidebar Latest Articles / Popular Tags cards)",
        start="index.php/news",
        description="An amateur astronomy society's site on Joomla 5.2 with the stock Cassiopeia template and URL rewriting off (orionfield-astro.org.uk/index.php/news, then ?start=9 and ?start=18): the Joomla head (generator, RSS / Atom feed links, Cassiopeia CSS, joomla-script-options JSON with the Smart Search suggest URL and a CSRF token), header.container-header with div.navbar-brand (text brand, site description), ul.mod-menu (Home / News / Meetings / Observing / Observatory / Join us / Contact) and the mod-finder search form; nav.mod-breadcrumbs__wrapper 'You are here: Home / News'; div.com-content-category-blog.blog[itemscope Blog]: h1 'News', div.category-desc, div.blog-items.items-leading with one item and div.blog-items.columns-2 with eight, each div.com-content-category-blog__item.blog-item[itemprop=blogPost] holding (on 17 of 24) figure.left.item-image > a[title] > img (/images/news/YYYY/<slug>.jpg, width / height, loading=lazy, empty alt) and div.item-content: div.page-header > h2[itemprop=name] > a to /index.php/news/<subcategory>/<alias>, dl.article-info.text-muted with dt.article-info-term 'Details', dd.createdby 'Written by: <span itemprop=name>', dd.category-name 'Category: <a>' (Observing / Society News / Equipment / Talks subcategories), dd.published > time[datetime=ISO with offset] 'Published: 02 April 2025', dd.hits (meta interactionCount + 'Hits: 412'); ul.tags.list-inline of li.tag-N > a.btn-sm.btn-info (absent on two articles), the intro paragraph, and p.readmore > a.btn.btn-secondary 'Read more: <title>' with an aria-label (absent on the five articles without a full text). div.items-more > ol.com-content-blog__links lists the titles of the three articles that open the next page (on pages 1 and 2). div.com-content-category-blog__navigation: p.counter 'Page 1 of 3' and nav.pagination__wrapper > ul.pagination: li.disabled span.page-link icons on the first page's start / previous and the last page's next / end, a.page-link[aria-label='Go to start page' / 'Go to previous page' / 'Go to page 2' / 'Go to next page' / 'Go to end page'] with icon spans only, li.active a[aria-current][href=#] for the current page; page 1 is /index.php/news, the others ?start=9 / ?start=18. Right sidebar cards: Latest Articles (five titles), Popular Tags (tag links with count badges), a custom 'Next meeting' module; footer custom module, mod-footer copyright and the back-to-top link. 9 + 9 + 6 articles. Written down: title, url, image (where shown), author, category, date (ISO day of the time element), hits, tags (list, absent without tags), summary (the intro paragraph).",
    )
    pages = chunks(OA_ARTICLES, [9, 9, 6])
    for number, articles in enumerate(pages, 1):
        links = pages[number][:3] if number < len(pages) else []
        text = _oa_page(number, len(pages), articles, links)
        if number == 1:
            s.list_page("index.php/news/index.html", text)
        else:
            s.list_page(f"index.php/news@start={(number - 1) * 9}", text)
    for article in OA_ARTICLES:
        title, author, category, moment, hits, tags, intro, has_image, _full = article
        s.expect(
            {
                "title": title,
                "url": _oa_url(article),
                "image": _oa_image(article) if has_image else None,
                "author": author,
                "category": category,
                "date": moment[:10],
                "hits": hits,
                "tags": tags or None,
                "summary": intro,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tallyfield-blog: HubSpot CMS blog listing, boilerplate-based theme, /blog/page/N.
# ---------------------------------------------------------------------------------------------------

TF_HUB = 21874503
TF_DOMAIN = "https://www.tallyfield.com"

TF_AUTHORS = {
    "Maya Okonkwo": "VP Marketing",
    "Daniel Reyes": "Product Manager",
    "Sofia Lindqvist": "Customer Success Lead",
    "Tom Whitaker": "Founder & CEO",
    "Priya Natarajan": "Content Strategist",
}

#: (title, author, published ISO, tags, summary, has a featured image).
TF_POSTS: list[tuple[str, str, str, list[str], str, bool]] = [
    (
        "The 2025 Field Service Benchmark Report",
        "Maya Okonkwo",
        "2025-03-18 13:00:00",
        ["Industry Research", "Field Service Management"],
        "We surveyed 640 field service businesses about first-time fix rates, technician utilisation and software spend. Here are the numbers that moved since last year.",
        True,
    ),
    (
        "How to Build a Preventive Maintenance Schedule Your Techs Will Follow",
        "Daniel Reyes",
        "2025-03-13 15:30:00",
        ["Maintenance", "Operations"],
        "A schedule only works if it fits the way crews actually work. Start from asset history, group visits by route and leave slack for emergencies.",
        True,
    ),
    (
        "7 Dispatching Mistakes That Cost You Jobs",
        "Sofia Lindqvist",
        "2025-03-11 14:00:00",
        ["Scheduling & Dispatch"],
        "Double-booked technicians, vague arrival windows and missing parts lists all add up. Here is how busy dispatch desks avoid the most expensive slips.",
        True,
    ),
    (
        "Tallyfield Now Syncs Two-Way with QuickBooks Online",
        "Tom Whitaker",
        "2025-03-06 16:00:00",
        ["Product Updates", "Integrations"],
        "Invoices, payments and customer records now flow both ways between Tallyfield and QuickBooks Online, with no more CSV exports at the end of the month.",
        True,
    ),
    (
        "What Is First-Time Fix Rate (and How Do You Improve It)?",
        "Priya Natarajan",
        "2025-03-04 13:00:00",
        ["Field Service Management", "KPIs"],
        "First-time fix rate is the share of jobs resolved on the first visit. We explain how to measure it honestly and the four levers that raise it fastest.",
        True,
    ),
    (
        "Pricing HVAC Service Agreements: A Practical Guide",
        "Daniel Reyes",
        "2025-02-27 14:30:00",
        ["HVAC", "Pricing"],
        "Service agreements smooth out seasonal revenue, but only if the price covers the visits. Use this worksheet to price tiers that customers renew.",
        True,
    ),
    (
        "Customer Story: How Brightline Plumbing Cut Drive Time by 22%",
        "Sofia Lindqvist",
        "2025-02-25 15:00:00",
        ["Customer Stories", "Plumbing"],
        "Brightline runs 38 vans across three counties. Route optimisation and live job status helped them add two jobs per technician per week.",
        True,
    ),
    (
        "Offline Mode Is Here for the Tallyfield Mobile App",
        "Tom Whitaker",
        "2025-02-20 17:00:00",
        ["Product Updates"],
        "Technicians can now open jobs, fill in checklists and capture signatures without a signal. Everything syncs as soon as the phone reconnects.",
        True,
    ),
    (
        "Technician Onboarding Checklist for Growing Teams",
        "Priya Natarajan",
        "2025-02-18 13:00:00",
        ["Hiring & Training", "Operations"],
        "New hires learn faster when the first two weeks are planned. Download our checklist covering ride-alongs, tool kits, safety training and software logins.",
        True,
    ),
    (
        "Why Paper Job Sheets Are Costing You More Than You Think",
        "Maya Okonkwo",
        "2025-02-13 14:00:00",
        ["Field Service Management"],
        "Lost sheets, illegible notes and late invoices have a real cost. We added it up for a ten-technician business and the total was surprising.",
        True,
    ),
    (
        "Reading Your Job Profitability Report",
        "Daniel Reyes",
        "2025-02-11 15:30:00",
        ["KPIs", "Product Tips"],
        "The job profitability report compares quoted and actual labour and materials per job. Here is how to read it and which columns to act on first.",
        True,
    ),
    (
        "Winter Callout Surge: Staffing Tips for Heating Engineers",
        "Sofia Lindqvist",
        "2025-02-06 13:00:00",
        ["HVAC", "Scheduling & Dispatch"],
        "Cold snaps double emergency calls overnight. Plan an on-call rota, keep a reserve of common parts and set customer expectations before the first frost.",
        True,
    ),
    (
        "Introducing Custom Forms with Conditional Logic",
        "Tom Whitaker",
        "2025-02-04 16:00:00",
        ["Product Updates"],
        "Build inspection forms that show only the questions that matter for the job at hand, with photo fields, required answers and automatic PDF reports.",
        True,
    ),
    (
        "Five KPIs Every Field Service Owner Should Check Weekly",
        "Maya Okonkwo",
        "2025-01-30 14:00:00",
        ["KPIs", "Operations"],
        "Utilisation, first-time fix rate, average job value, days sales outstanding and callbacks: a short weekly review catches problems before they become trends.",
        True,
    ),
    (
        "How to Write Estimates That Win More Jobs",
        "Priya Natarajan",
        "2025-01-28 13:00:00",
        ["Sales", "Pricing"],
        "Clear scopes, good-better-best options and fast follow-up all raise acceptance rates. Here are templates that our customers use every day.",
        True,
    ),
    (
        "Customer Story: Greenway Landscapes Goes Paperless",
        "Sofia Lindqvist",
        "2025-01-23 15:00:00",
        ["Customer Stories", "Landscaping"],
        "Greenway replaced clipboards with the Tallyfield app across 14 crews. Invoices now go out the same day and disputes about completed work have all but stopped.",
        True,
    ),
    (
        "A Guide to Service Level Agreements for Commercial Clients",
        "Daniel Reyes",
        "2025-01-21 14:00:00",
        ["Operations", "Sales"],
        "Commercial contracts often come with response-time promises. Learn how to define SLAs you can meet and how to track them without spreadsheets.",
        False,
    ),
    (
        "Tallyfield 2024: The Year in Product",
        "Tom Whitaker",
        "2025-01-16 16:30:00",
        ["Product Updates"],
        "From route optimisation to the customer portal, here is everything we shipped in 2024 and a first look at what is coming next.",
        True,
    ),
    (
        "Reducing Callbacks with Better Job Notes",
        "Priya Natarajan",
        "2025-01-14 13:00:00",
        ["Field Service Management", "Product Tips"],
        "Callbacks often start with missing information. Structured notes, photos and parts used give the next technician everything they need.",
        True,
    ),
    (
        "Should You Offer Financing to Residential Customers?",
        "Maya Okonkwo",
        "2025-01-09 14:00:00",
        ["Sales", "Pricing"],
        "Financing can lift average ticket size for big replacements. We look at costs, approval rates and how to present it without pressure.",
        True,
    ),
    (
        "The Complete Guide to Field Service Scheduling Software",
        "Daniel Reyes",
        "2025-01-07 15:00:00",
        ["Scheduling & Dispatch", "Field Service Management"],
        "What scheduling software does, which features matter for your trade, what it costs and how to roll it out without upsetting your best technicians.",
        True,
    ),
    (
        "Safety Toolbox Talks: 12 Topics for the New Year",
        "Sofia Lindqvist",
        "2024-12-19 13:00:00",
        ["Hiring & Training"],
        "Short weekly safety talks keep crews sharp. Here are twelve ready-to-use topics, from ladder safety to working alone, with printable handouts.",
        True,
    ),
    (
        "Holiday Hours and Support Availability",
        "Tom Whitaker",
        "2024-12-17 12:00:00",
        [],
        "Our support team will be available with reduced hours over the holidays. Here is when you can reach us and how to report an urgent issue.",
        True,
    ),
    (
        "How Electricians Can Use Job Templates to Quote Faster",
        "Priya Natarajan",
        "2024-12-12 14:00:00",
        ["Electrical", "Product Tips"],
        "Job templates bundle labour, materials and checklists for common work like panel upgrades. Set them up once and build quotes in under a minute.",
        True,
    ),
    (
        "Customer Story: Apex Pest Control Scales to Three Branches",
        "Sofia Lindqvist",
        "2024-12-10 15:00:00",
        ["Customer Stories", "Pest Control"],
        "Apex grew from one office to three in eighteen months. Shared scheduling and branch reporting kept the whole team on the same page.",
        True,
    ),
    (
        "Cash Flow Tips for Seasonal Service Businesses",
        "Maya Okonkwo",
        "2024-12-05 13:30:00",
        ["Operations", "Finance"],
        "Quiet months are predictable, so plan for them. Maintenance plans, deposits and faster invoicing even out the bumps in your bank balance.",
        True,
    ),
    (
        "Tallyfield Is Now SOC 2 Type II Compliant",
        "Tom Whitaker",
        "2024-12-03 16:00:00",
        ["Product Updates", "Security"],
        "An independent audit has confirmed that our security controls meet the SOC 2 Type II standard. Here is what that means for your data.",
        True,
    ),
]


def _tf_slug(title: str) -> str:
    return slug(title.replace("&", "and").replace("%", " percent"))


def _tf_url(title: str) -> str:
    return f"/blog/{_tf_slug(title)}"


def _tf_image(title: str) -> str:
    name = f"{_tf_slug(title)[:48].rstrip('-')}.jpg"
    return f"https://{TF_HUB}.fs1.hubspotusercontent-na1.net/hubfs/{TF_HUB}/Blog%20images/{name}"


def _tf_src(title: str, *, large: bool) -> str:
    """The featured image's ``src`` as the listing serves it: HubSpot's resize query at twice the card width."""
    src = _tf_image(title)
    return f"{src}?width={1192 if large else 730}&name={src.rsplit('/', 1)[1]}"


def _tf_tag_slug(tag: str) -> str:
    return slug(tag.replace("&", "and"))


def _tf_card(post: tuple[str, str, str, list[str], str, bool], large: bool) -> str:
    title, author, moment, tags, summary, has_image = post
    url = _tf_url(title)
    size = "large" if large else "small"
    image = ""
    if has_image:
        src = _tf_image(title)
        width = 596 if large else 365
        image = f"""
              <a class="blog-index__post-image-wrapper{" blog-index__post-image-wrapper--large" if large else ""}" href="{url}" aria-label="Read full post: {esc(title)}">
                <img class="blog-index__post-image" src="{src}?width={width * 2}&amp;name={src.rsplit("/", 1)[1]}" width="{width}"{"" if large else ' loading="lazy"'} alt="{esc(title)}" srcset="{src}?width={width}&amp;name={src.rsplit("/", 1)[1]} {width}w, {src}?width={width * 2}&amp;name={src.rsplit("/", 1)[1]} {width * 2}w" sizes="(max-width: {width}px) 100vw, {width}px">
              </a>"""
    tag_html = ""
    if tags:
        links = "\n".join(
            f'                  <a class="blog-index__post-tag" href="/blog/tag/{_tf_tag_slug(t)}">{esc(t)}</a>'
            for t in tags
        )
        tag_html = f"""
                <div class="blog-index__post-tags">
{links}
                </div>"""
    author_slug = slug(author)
    full = "" if has_image or not large else " blog-index__post-content--full-width"
    return f"""
            <article class="blog-index__post blog-index__post--{size}" aria-label="Blog post summary: {esc(title)}">{image}
              <div class="blog-index__post-content  blog-index__post-content--{size}{full}">{tag_html}
                <h2><a href="{url}">{esc(title)}</a></h2>
                <div class="blog-index__post-meta">
                  <img class="blog-index__post-author-image" src="https://{TF_HUB}.fs1.hubspotusercontent-na1.net/hubfs/{TF_HUB}/Team/{author_slug}.jpg?width=48&amp;height=48&amp;name={author_slug}.jpg" width="24" height="24" loading="lazy" alt="Picture of {esc(author)}">
                  <a class="blog-index__post-author-name" href="/blog/author/{author_slug}">{esc(author)}</a>
                  <span class="blog-index__post-meta-divider" aria-hidden="true">|</span>
                  <time class="blog-index__post-date" datetime="{moment}">{_long_date(moment.replace(" ", "T"))}</time>
                </div>
                <p>{esc(summary)}</p>
                <a class="blog-index__post-button button button--small" href="{url}" aria-label="Read more: {esc(title)}">Read more</a>
              </div>
            </article>"""


TF_CHEVRON_LEFT = '<svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 512" width="13" aria-hidden="true"><g id="chevron-left1_layer"><path d="M34.52 239.03L228.87 44.69c9.37-9.37 24.57-9.37 33.94 0l22.67 22.67c9.36 9.36 9.37 24.52.04 33.9L131.49 256l154.02 154.75c9.34 9.38 9.32 24.54-.04 33.9l-22.67 22.67c-9.37 9.37-24.57 9.37-33.94 0L34.52 272.97c-9.37-9.37-9.37-24.57 0-33.94z"/></g></svg>'
TF_CHEVRON_RIGHT = '<svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 512" width="13" aria-hidden="true"><g id="chevron-right2_layer"><path d="M285.476 272.971L91.132 467.314c-9.373 9.373-24.569 9.373-33.941 0l-22.667-22.667c-9.357-9.357-9.375-24.522-.04-33.901L188.505 256 34.484 101.255c-9.335-9.379-9.317-24.544.04-33.901l22.667-22.667c9.373-9.373 24.569-9.373 33.941 0L285.475 239.03c9.373 9.372 9.373 24.568.001 33.941z"/></g></svg>'


def _tf_href(page: int) -> str:
    return "/blog" if page == 1 else f"/blog/page/{page}"


def _tf_pager(number: int, total: int) -> str:
    prev_href = f' href="{_tf_href(number - 1)}"' if number > 1 else ""
    prev_class = "" if number > 1 else " blog-pagination__prev-link--disabled"
    next_href = f' href="{_tf_href(number + 1)}"' if number < total else ""
    next_class = "" if number < total else " blog-pagination__next-link--disabled"
    numbers = "\n".join(
        f'          <a class="blog-pagination__link blog-pagination__number-link {"blog-pagination__link--active" if page == number else ""}" href="{_tf_href(page)}">{page}</a>'
        for page in range(1, total + 1)
    )
    return f"""
        <div class="blog-pagination">
          <a class="blog-pagination__link blog-pagination__prev-link {prev_class}"{prev_href}>
            {TF_CHEVRON_LEFT}
            Prev
          </a>
{numbers}
          <a class="blog-pagination__link blog-pagination__next-link {next_class}"{next_href}>
            Next
            {TF_CHEVRON_RIGHT}
          </a>
        </div>"""


def _tf_popular() -> str:
    picks = [TF_POSTS[i] for i in (20, 0, 4, 13)]
    items = "\n".join(
        f"""      <div class="hs-blog-post-listing__post">
        <a class="hs-blog-post-listing__post-image-wrapper" href="{_tf_url(p[0])}" aria-label="{esc(p[0])}"><img class="hs-blog-post-listing__post-image" src="{_tf_image(p[0])}?width=300&amp;name={_tf_image(p[0]).rsplit("/", 1)[1]}" alt="" loading="lazy" width="150"></a>
        <div class="hs-blog-post-listing__content">
          <h3 class="hs-blog-post-listing__post-title"><a class="hs-blog-post-listing__post-title-link" href="{_tf_url(p[0])}">{esc(p[0])}</a></h3>
          <div class="hs-blog-post-listing__post-author"><span class="hs-blog-post-listing__post-author-name">{esc(p[1])}</span></div>
          <time class="hs-blog-post-listing__post-timestamp" datetime="{p[2]}">{_long_date(p[2].replace(" ", "T"))}</time>
        </div>
      </div>"""
        for p in picks
    )
    return f"""
      <div class="blog-related">
        <div id="hs_cos_wrapper_popular_posts" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="hs-blog-post-listing hs-blog-post-listing--grid">
    <h3 class="hs-blog-post-listing__heading">Popular posts</h3>
    <div class="hs-blog-post-listing__posts">
{items}
    </div>
</div></div>
      </div>"""


TF_MENU = [
    ("Product", "/product"),
    ("Industries", "/industries"),
    ("Pricing", "/pricing"),
    ("Customers", "/customers"),
    ("Resources", "/resources"),
    ("Blog", "/blog"),
]


def _tf_page(number: int, total: int, posts: list[tuple[str, str, str, list[str], str, bool]]) -> str:
    cards = "".join(_tf_card(p, number == 1 and i == 0) for i, p in enumerate(posts))
    menu = "\n".join(
        f'          <li class="no-submenu menu-item hs-skip-lang-url-rewrite"><a href="{href}" class="menu-link{" active-branch" if label == "Blog" else ""}"{CURRENT if label == "Blog" else ""}>{label}</a></li>'
        for label, href in TF_MENU
    )
    canonical = f"{TF_DOMAIN}{_tf_href(number)}"
    rel_prev = f'\n    <link rel="prev" href="{TF_DOMAIN}{_tf_href(number - 1)}">' if number > 1 else ""
    rel_next = f'\n    <link rel="next" href="{TF_DOMAIN}{_tf_href(number + 1)}">' if number < total else ""
    title = "The Tallyfield Blog" + ("" if number == 1 else f" | Page {number}")
    return f"""<!doctype html><html lang="en"><head>
    <meta charset="utf-8">
    <title>{title}</title>
    <link rel="shortcut icon" href="https://www.tallyfield.com/hubfs/tallyfield-favicon.png">
    <meta name="description" content="Practical advice on scheduling, dispatch, pricing and running a field service business, from the team at Tallyfield.">

    <meta name="viewport" content="width=device-width, initial-scale=1">

    <script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script>
    <meta property="og:description" content="Practical advice on scheduling, dispatch, pricing and running a field service business, from the team at Tallyfield.">
    <meta property="og:title" content="{title}">
    <meta name="twitter:description" content="Practical advice on scheduling, dispatch, pricing and running a field service business, from the team at Tallyfield.">
    <meta name="twitter:title" content="{title}">

    <style>
a.cta_button{{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}}.hs-breadcrumb-menu{{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}}.hs-breadcrumb-menu-item{{float:left;padding:10px 0px 10px 10px}}.hs-featured-image-wrapper .hs-featured-image-link img{{width:100%}}
    </style>

    <link rel="stylesheet" href="https://{TF_HUB}.fs1.hubspotusercontent-na1.net/hubfs/{TF_HUB}/hub_generated/template_assets/1/148203311214/1741278120915/template_main.min.css">
    <link rel="stylesheet" href="https://{TF_HUB}.fs1.hubspotusercontent-na1.net/hubfs/{TF_HUB}/hub_generated/template_assets/1/148203311230/1741278121533/template_blog.min.css">
    <link rel="stylesheet" href="https://{TF_HUB}.fs1.hubspotusercontent-na1.net/hubfs/{TF_HUB}/hub_generated/module_assets/1/148203487712/1741278125015/module_blog-post-listing.min.css">

<!-- Editor Styles -->
<style id="hs_editor_style" type="text/css">
/* HubSpot Styles (default) */
.popular_posts-hs_cos_wrapper-widget_1698765432101 {{ padding-top: 40px !important; }}
</style>

    <script type="application/ld+json">
{json.dumps({"@context": "https://schema.org", "@type": "Blog", "name": "The Tallyfield Blog", "url": f"{TF_DOMAIN}/blog", "publisher": {"@type": "Organization", "name": "Tallyfield"}})}
    </script>

    <link rel="canonical" href="{canonical}">{rel_prev}{rel_next}

<meta property="og:url" content="{canonical}">
<meta property="og:type" content="blog">
<meta name="twitter:card" content="summary">
<link rel="alternate" type="application/rss+xml" href="{TF_DOMAIN}/blog/rss.xml">
<meta name="twitter:domain" content="www.tallyfield.com">
<script src="//platform.linkedin.com/in.js" type="text/javascript">
    lang: en_US
</script>

<meta http-equiv="content-language" content="en">

    <meta name="generator" content="HubSpot"></head>
  <body>
    <div class="body-wrapper   hs-content-id-148203562201 hs-blog-listing hs-blog-id-148203562187">

        <div data-global-resource-path="tallyfield-theme/templates/partials/header.html"><header class="header">

  <a href="#main-content" class="header__skip">Skip to content</a>

  <div class="header__container content-wrapper">
    <div class="header__logo header__logo--main">
      <div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">

<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style="" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.tallyfield.com/hs-fs/hubfs/tallyfield-logo.png?width=180&amp;height=40&amp;name=tallyfield-logo.png" class="hs-image-widget " height="40" style="height: auto;width:180px;border-width:0px;border:0px;" width="180" alt="Tallyfield" title="Tallyfield"></a></span>
</div>
    </div>

    <div class="header__column">
      <div class="header__row-2">
        <div class="header--toggle header__navigation--toggle"></div>
        <div class="header__navigation header--element">
          <div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<nav aria-label="Main menu" class="navigation-primary">
        <ul class="submenu level-1">
{menu}
        </ul>
</nav></div>
        </div>
        <div class="header__button header--element">
          <div id="hs_cos_wrapper_header_button" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a class="button" href="/demo">Book a demo</a></div>
        </div>
      </div>
    </div>

  </div>
</header></div>

      <main id="main-content" class="body-container-wrapper">
  <div class="body-container body-container--blog-index">

      <div class="blog-header">
        <div class="blog-header__inner">
          <h1 class="blog-header__title">The Tallyfield Blog</h1>
          <h4 class="blog-header__subtitle">Practical advice on scheduling, dispatch, pricing and running a field service business.</h4>
          <div class="blog-header__form">
            <div id="hs_cos_wrapper_blog_subscribe_form" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_subscribe" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_blog_subscribe_form_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe" style="" data-hs-cos-general-type="widget" data-hs-cos-type="blog_subscribe"><h3 id="hs_cos_wrapper_blog_subscribe_form_blog_subscribe_title" class="hs_cos_wrapper form-title" data-hs-cos-general-type="widget_field" data-hs-cos-type="text">Get new posts by email</h3>

<div id="hs_form_target_blog_subscribe_form_blog_subscribe_5512"></div>
<script>
    hbspt.forms.create({{
        portalId: '{TF_HUB}',
        formId: 'a61f0c52-8f1d-4a0e-9b1c-6e2d7f43a1b8',
        formInstanceId: '5512',
        pageId: '148203562187',
        region: 'na1',
        target: '#hs_form_target_blog_subscribe_form_blog_subscribe_5512',
        css: '',
        submitButtonClass: 'button',
        inlineMessage: "Thanks for subscribing!"
    }});
</script>
</span></div>
          </div>
        </div>
      </div>

    <div class="content-wrapper">

      <section class="blog-index">
{cards}

      </section>
{_tf_pager(number, total)}
{_tf_popular()}

    </div>

  </div>
</main>

        <div data-global-resource-path="tallyfield-theme/templates/partials/footer.html"><footer class="footer">
  <div class="footer__container content-wrapper">
    <div id="hs_cos_wrapper_footer_menu" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<nav aria-label="Footer menu" class="navigation-footer">
  <ul class="submenu level-1">
    <li class="no-submenu menu-item"><a href="/about" class="menu-link">About</a></li>
    <li class="no-submenu menu-item"><a href="/careers" class="menu-link">Careers</a></li>
    <li class="no-submenu menu-item"><a href="/security" class="menu-link">Security</a></li>
    <li class="no-submenu menu-item"><a href="https://help.tallyfield.com" class="menu-link">Help Center</a></li>
    <li class="no-submenu menu-item"><a href="/privacy-policy" class="menu-link">Privacy Policy</a></li>
  </ul>
</nav></div>
    <div id="hs_cos_wrapper_footer_social" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="social-links">
  <a class="social-links__link" href="https://www.linkedin.com/company/tallyfield" target="_blank" rel="noopener"><span id="hs_cos_wrapper_footer_social_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon social-links__icon" style="" data-hs-cos-general-type="widget" data-hs-cos-type="icon"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512" aria-labelledby="linkedin-in1" role="img"><title id="linkedin-in1">Follow us on LinkedIn</title><g id="linkedin-in1_layer"><path d="M100.28 448H7.4V148.9h92.88zM53.79 108.1C24.09 108.1 0 83.5 0 53.8a53.79 53.79 0 0 1 107.58 0c0 29.7-24.1 54.3-53.79 54.3zM447.9 448h-92.68V302.4c0-34.7-.7-79.2-48.29-79.2-48.29 0-55.69 37.7-55.69 76.7V448h-92.78V148.9h89.08v40.8h1.3c12.4-23.5 42.69-48.3 87.88-48.3 94 0 111.28 61.9 111.28 142.3V448z"/></g></svg></span></a>
  <a class="social-links__link" href="https://www.youtube.com/@tallyfield" target="_blank" rel="noopener"><span id="hs_cos_wrapper_footer_social__2" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon social-links__icon" style="" data-hs-cos-general-type="widget" data-hs-cos-type="icon"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 576 512" aria-labelledby="youtube2" role="img"><title id="youtube2">Watch us on YouTube</title><g id="youtube2_layer"><path d="M549.655 124.083c-6.281-23.65-24.787-42.276-48.284-48.597C458.781 64 288 64 288 64S117.22 64 74.629 75.486c-23.497 6.322-42.003 24.947-48.284 48.597-11.412 42.867-11.412 132.305-11.412 132.305s0 89.438 11.412 132.305c6.281 23.65 24.787 41.5 48.284 47.821C117.22 448 288 448 288 448s170.78 0 213.371-11.486c23.497-6.321 42.003-24.171 48.284-47.821 11.412-42.867 11.412-132.305 11.412-132.305s0-89.438-11.412-132.305z"/></g></svg></span></a>
</div></div>
    <p class="footer__copyright">&copy; 2025 Tallyfield, Inc. All rights reserved.</p>
  </div>
</footer></div>

    </div>

<!-- HubSpot performance collection script -->
<script defer src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script src="https://{TF_HUB}.fs1.hubspotusercontent-na1.net/hubfs/{TF_HUB}/hub_generated/template_assets/1/148203311201/1741278119846/template_main.min.js"></script>
<script>
var hsVars = hsVars || {{}}; hsVars['language'] = 'en';
</script>

<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>

    <!--[if lte IE 8]>
    <script charset="utf-8" src="https://js.hsforms.net/forms/v2-legacy.js"></script>
    <![endif]-->

<script data-hs-allowed="true" src="/_hcms/forms/v2.js"></script>

<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "listing-page"]);
_hsq.push(["setCanonicalUrl", "{canonical}"]);
_hsq.push(["setPageId", "148203562187"]);
_hsq.push(["setContentMetadata", {{
    "contentPageId": null,
    "legacyPageId": null,
    "contentFolderId": null,
    "contentGroupId": 148203562187,
    "abTestId": null,
    "languageVariantId": null,
    "languageCode": null,
}}]);
</script>

<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/{TF_HUB}.js"></script>
<!-- End of HubSpot Analytics Code -->

<script type="text/javascript">
var hsVars = {{
    render_id: "5b8f0d2e-3c41-4a7e-9d6f-1e2a3b4c5d6e",
    ticks: 1741953086123,
    page_id: 0,
    content_group_id: 148203562187,
    portal_id: {TF_HUB},
    app_hs_base_url: "https://app.hubspot.com",
    cp_hs_base_url: "https://cp.hubspot.com",
    language: "en",
    analytics_page_type: "listing-page",
    scp_content_type: "",
    category_id: 3,
    folder_id: 0,
    is_hubspot_user: false
}}
</script>

<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.393/js/index.js"></script>

  </body></html>"""


@twentyfourth_a
def build_tallyfield_blog() -> None:
    s = Site(
        "tallyfield-blog",
        kind="company blog listing (HubSpot CMS 2024–25, theme built on the CMS boilerplate: section.blog-index of article.blog-index__post cards, the newest post on page 1 as blog-index__post--large, featured images on the hubspotusercontent CDN, div.blog-index__post-tags links to /blog/tag/…, h2 > a, author avatar + a.blog-index__post-author-name + time 'March 18, 2025', summary p, 'Read more'; div.blog-pagination Prev (no href on page 1) / numbers / Next over /blog/page/N; hs_cos_wrapper modules, an hs-blog-post-listing 'Popular posts' module repeating four posts, hbspt.forms subscribe embed)",
        start="blog",
        description="A field-service software company's blog on HubSpot CMS (www.tallyfield.com/blog, then /blog/page/2 and /blog/page/3) with a theme derived from HubSpot's CMS boilerplate, as served in 2024–25: HubSpot's head (jQuery from /hs/hsstatic, og / twitter meta, hub_generated template and module CSS on <hub>.fs1.hubspotusercontent-na1.net, an hs_editor_style block, Blog JSON-LD, absolute canonical and rel prev / next to the real domain, RSS link, generator HubSpot); div.body-wrapper.hs-content-id-….hs-blog-listing.hs-blog-id-…; the global header partial (div[data-global-resource-path]) with the logo module (hs_cos_wrapper spans, hs-link-site_logo…), nav.navigation-primary[aria-label='Main menu'] > ul.submenu.level-1 (Product / Industries / Pricing / Customers / Resources / Blog) and a 'Book a demo' button module; div.blog-header with h1 'The Tallyfield Blog', an h4 subtitle and the blog_subscribe module ('Get new posts by email' + an hbspt.forms.create embed target, no server-rendered fields). section.blog-index holds article.blog-index__post[aria-label='Blog post summary: <title>'] cards: on page 1 the newest post as blog-index__post--large (596 px image), the rest --small (365 px, loading=lazy); a.blog-index__post-image-wrapper[aria-label='Read full post: …'] > img.blog-index__post-image with ?width=&name= srcset on the hubspotusercontent CDN (one post has no featured image), then div.blog-index__post-content: div.blog-index__post-tags of a.blog-index__post-tag to /blog/tag/<slug> (one post without tags), h2 > a to /blog/<slug>, div.blog-index__post-meta (author avatar img 'Picture of …', a.blog-index__post-author-name to /blog/author/<slug>, a '|' divider, time.blog-index__post-date[datetime='2025-03-18 13:00:00'] 'March 18, 2025'), the summary p and a.blog-index__post-button 'Read more' with an aria-label. The boilerplate's div.blog-pagination: a.blog-pagination__prev-link (no href and --disabled on page 1) with a chevron svg + 'Prev', a.blog-pagination__number-link 1 2 3 (--active on the current page; page 1 links to /blog), a.blog-pagination__next-link 'Next' (no href on the last page). Below it a 'Popular posts' module (div.hs-blog-post-listing with hs-blog-post-listing__post cards: image, h3 title link, author name, timestamp) repeating four posts from the list; the footer partial (footer menu, social icon links with svg titles, copyright); HubSpot scripts (cwv embed, forms v2, analytics _hsq with setContentType listing-page, script loader, hsVars). 10 + 10 + 7 posts. Written down: title, url, image (the img src as served, with its ?width=&name= query, absent for the post without one), tags (list, absent without tags), author, date (ISO day), summary.",
    )
    pages = chunks(TF_POSTS, [10, 10, 7])
    for number, posts in enumerate(pages, 1):
        text = _tf_page(number, len(pages), posts)
        path = "blog/index.html" if number == 1 else f"blog/page/{number}/index.html"
        s.list_page(path, text)
    for index, (title, author, moment, tags, summary, has_image) in enumerate(TF_POSTS):
        s.expect(
            {
                "title": title,
                "url": _tf_url(title),
                "image": _tf_src(title, large=index == 0) if has_image else None,
                "tags": tags or None,
                "author": author,
                "date": moment[:10],
                "summary": summary,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# loomcart-help: Zendesk Help Center section page, Copenhagen theme, ?page=N#articles.
# ---------------------------------------------------------------------------------------------------

LH_SECTION_ID = 360008123451
LH_SECTION = "Billing and subscriptions"
LH_CATEGORY = ("Account and billing", 360003456712)

#: (title, promoted).
LH_ARTICLES: list[tuple[str, bool]] = [
    ("How do I update my billing address?", True),
    ("Which payment methods do you accept?", True),
    ("Understanding your monthly invoice", False),
    ("Why was I charged twice?", True),
    ("Changing your plan: upgrades and downgrades", False),
    ("How proration works when you change plans", False),
    ("Adding a VAT or GST number to your invoices", False),
    ("Downloading past invoices as PDF", False),
    ("What happens when a payment fails?", False),
    ("Updating the card on file", False),
    ("Paying by bank transfer (annual plans only)", False),
    ("Requesting a refund", False),
    ("Cancelling your Loomcart subscription", False),
    ("Pausing your store instead of cancelling", False),
    ("Discounts for non-profits and educators", False),
    ("How transaction fees are calculated", False),
    ("Currency conversion and exchange rates on your bill", False),
    ("Sales tax on Loomcart subscriptions in the US", False),
    ("Who can see and manage billing in my team?", False),
    ("Transferring store ownership and billing", False),
    ("Billing for app add-ons and themes", False),
    ("Setting a billing contact email", False),
    ("Why is my invoice in a different currency?", False),
    ("Annual billing: renewal dates and reminders", False),
    ("What is a billing cycle?", False),
    ("Using store credit and promo codes", False),
    ("Getting a receipt for an app purchase", False),
    ("Disputing a charge with your bank", False),
    ("Payment authorisation holds explained", False),
    ("Billing FAQ for agencies managing client stores", False),
    ("How do trial periods work?", False),
    ("Extending your free trial", False),
    ("What happens to my store when the trial ends?", False),
    ("Reactivating a closed store", False),
    ("Outstanding balance: how to pay it", False),
    ("Store frozen for non-payment", False),
    ("Changing from monthly to annual billing", False),
    ("Tax-exempt status for your account", False),
    ("Reading the charges table in Billing settings", False),
    ("Shipping label charges on your invoice", False),
    ("Domain renewal charges", False),
    ("Email marketing usage charges", False),
    ("Setting a spending limit for usage charges", False),
    ("Payouts vs. subscription bills: what is the difference?", False),
    ("Purchase orders for enterprise plans", False),
    ("Invoice numbering and how to find an invoice", False),
    ("3D Secure and Strong Customer Authentication for card payments", False),
    ("Paying with PayPal", False),
    ("Adding a second card as a backup payment method", False),
    ("Why does my bank show a charge from LMC*LOOMCART?", False),
    ("Billing currency options by country", False),
    ("Loomcart price changes in 2025", False),
    ("Legacy plans: what happens to grandfathered pricing?", False),
    ("Partner and referral discounts", False),
    ("Exporting billing history to CSV", False),
    ("Accounting integrations: sending invoices to Xero and QuickBooks", False),
    ("Refunds for app subscriptions", False),
    ("Charges after cancelling: final invoices explained", False),
    ("Closing your account permanently", False),
    ("Billing support hours and how to contact us", False),
    ("Unrecognised charge? Check these first", False),
    ("GST in Australia and New Zealand", False),
    ("VAT reverse charge for EU businesses", False),
    ("Changing the legal name on invoices", False),
    ("Student plan eligibility and verification", False),
    ("Multi-store billing for Loomcart Plus", False),
    ("Credit notes: what they are and where to find them", False),
    ("Payment failed because of an expired card", False),
    ("Updating billing details from the mobile app", False),
]

LH_SUBSECTIONS = [("Taxes and invoices", 360008123467), ("Refunds and cancellations", 360008123489)]


def _lh_title_slug(title: str) -> str:
    """Zendesk's article slug: words joined with hyphens, case kept, punctuation turned into hyphens."""
    ascii_title = title.encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-") + (
        "-" if re.search(r"[^A-Za-z0-9]$", ascii_title) else ""
    )


def _lh_url(title: str) -> str:
    return f"/hc/en-us/articles/{360060000000 + _num(title, 7)}-{_lh_title_slug(title)}"


LH_BASE = f"/hc/en-us/sections/{LH_SECTION_ID}-{_lh_title_slug(LH_SECTION)}"

LH_STAR = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 12 12" class="icon-star" title="Promoted article">\n                  <path fill="currentColor" d="M2.88 11.73c-.19 0-.39-.06-.55-.18a.938.938 0 01-.37-1.01l.8-3L.35 5.57a.938.938 0 01-.3-1.03c.12-.37.45-.63.85-.65L4 3.73 5.12.83c.14-.37.49-.61.88-.61s.74.24.88.6L8 3.73l3.11.17a.946.946 0 01.55 1.68L9.24 7.53l.8 3a.95.95 0 01-1.43 1.04L6 9.88l-2.61 1.69c-.16.1-.34.16-.51.16z"/>\n                </svg>'


def _lh_pager(number: int, total: int) -> str:
    def href(page: int) -> str:
        return f"{LH_BASE}?page={page}#articles"

    items: list[str] = []
    if number > 1:
        items.append(
            f'<li class="pagination-first"><a class="pagination-first-link" rel="first" href="{href(1)}"><span class="pagination-first-text">First</span><span aria-hidden="true">«</span></a></li>'
        )
        items.append(
            f'<li class="pagination-prev"><a class="pagination-prev-link" rel="prev" href="{href(number - 1)}"><span aria-hidden="true">‹</span><span class="pagination-prev-text">Previous</span></a></li>'
        )
    if number < total:
        items.append(
            f'<li class="pagination-next"><a class="pagination-next-link" rel="next" href="{href(number + 1)}"><span class="pagination-next-text">Next</span><span aria-hidden="true">›</span></a></li>'
        )
        items.append(
            f'<li class="pagination-last"><a class="pagination-last-link" rel="last" href="{href(total)}"><span class="pagination-last-text">Last</span><span aria-hidden="true">»</span></a></li>'
        )
    return f"""
      <nav class="pagination" aria-label="Pagination"><ul>{"".join(items)}</ul></nav>"""


def _lh_page(number: int, total: int, articles: list[tuple[str, bool]]) -> str:
    items = "\n".join(
        f"""            <li class="article-list-item {" article-promoted" if promoted else ""}">
              {LH_STAR if promoted else ""}
              <a href="{_lh_url(title)}" class="article-list-link">{esc(title)}</a>
            </li>"""
        for title, promoted in articles
    )
    subsections = ""
    if number == 1:
        lis = "\n".join(
            f"""          <li class="section-list-item">
              <a href="/hc/en-us/sections/{ident}-{_lh_title_slug(name)}">
                <span>{esc(name)}</span>
                <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" aria-hidden="true">
                  <path fill="none" stroke="currentColor" stroke-linecap="round" stroke-width="2" d="M5 14.5l6.1-6.1c.2-.2.2-.5 0-.7L5 1.5"/>
                </svg>
              </a>
            </li>"""
            for name, ident in LH_SUBSECTIONS
        )
        subsections = f"""
        <ul class="section-list">
{lis}
        </ul>
"""
    page_url = LH_BASE if number == 1 else f"{LH_BASE}?page={number}"
    subscribe_json = esc(
        json.dumps(
            {
                "item": "section",
                "url": f"{LH_BASE}/subscription.json",
                "follow_label": "Follow",
                "unfollow_label": "Unfollow",
                "following_label": "Following",
                "can_subscribe": False,
                "is_subscribed": False,
            }
        )
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
  <meta charset="utf-8" />
  <!-- v26814 -->


  <title>{esc(LH_SECTION)} &ndash; Loomcart Help Center</title>

  <meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="">

  <link rel="canonical" href="https://help.loomcart.com{page_url}">
<link rel="alternate" hreflang="de" href="https://help.loomcart.com/hc/de/sections/{LH_SECTION_ID}-Abrechnung-und-Abonnements">
<link rel="alternate" hreflang="en-us" href="https://help.loomcart.com{LH_BASE}">
<link rel="alternate" hreflang="fr" href="https://help.loomcart.com/hc/fr/sections/{LH_SECTION_ID}-Facturation-et-abonnements">
<link rel="alternate" hreflang="x-default" href="https://help.loomcart.com{LH_BASE}">

  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-a5b5ac7b8d1e8b1e0d2fd2b38e3c18d4.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/9023451/360001234567/style.css?digest=27648031154076">

  <link rel="icon" type="image/x-icon" href="/hc/theming_assets/01HZPQ7KX3M8A2B4C6D8E0F1G2/favicon.png">

    <meta content="width=device-width, initial-scale=1.0" name="viewport" />
<meta property="og:image" content="https://help.loomcart.com/hc/theming_assets/01HZPQ7KX3M8A2B4C6D8E0F1G2" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Loomcart Help Center" />
<meta property="og:title" content="{esc(LH_SECTION)}" />
<meta property="og:description" content="Plans, invoices, payment methods and refunds." />
<meta property="og:url" content="https://help.loomcart.com{LH_BASE}" />
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter:400,600&display=swap" />
<script src="https://static.zdassets.com/hc/assets/jquery-ed472032c65bb4295993684c673d706a.js"></script>
<script type="text/javascript" src="/hc/theming_assets/9023451/360001234567/script.js?digest=27648031154076"></script>
</head>
<body class="">


  <script src="https://static.zdassets.com/hc/assets/en-us.bbb3d4d87d0b571a9a1b.js"></script>


  <a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>

<header class="header">
  <div class="logo">
    <a title="Home" href="/hc/en-us">
      <img src="/hc/theming_assets/01HZPQ7KX3M8A2B4C6D8E0F1G3" alt="Loomcart Help Center home page">
    </a>
  </div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="User navigation">
      <ul class="user-nav-list">
        <li><a href="/hc/en-us/community/topics">Community</a></li>
        <li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li>
          <li>
            <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin?return_to=https%3A%2F%2Fhelp.loomcart.com%2Fhc%2Fen-us%2Fsections%2F{LH_SECTION_ID}">
              Sign in
            </a>
          </li>
      </ul>
    </nav>
  </div>
  <div class="nav-wrapper-mobile">
    <button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">
      <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu">
        <path fill="none" stroke="currentColor" stroke-linecap="round" d="M1.5 3.5h13m-13 4h13m-13 4h13"/>
      </svg>
    </button>
    <nav class="menu-list-mobile" id="user-nav-mobile" aria-expanded="false">
      <ul class="menu-list-mobile-items">
          <li class="item">
            <a role="menuitem" rel="nofollow" data-auth-action="signin" title="Opens a dialog" href="/hc/en-us/signin?return_to=https%3A%2F%2Fhelp.loomcart.com%2Fhc%2Fen-us%2Fsections%2F{LH_SECTION_ID}">
              Sign in
            </a>
          </li>
          <li class="nav-divider"></li>
        <li class="item"><a role="menuitem" href="/hc/en-us/community/topics">Community</a></li>
        <li class="item"><a class="submit-a-request" role="menuitem" href="/hc/en-us/requests/new">Submit a request</a></li>
        <li class="nav-divider"></li>
      </ul>
    </nav>
  </div>
</header>


  <main role="main">
    <div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <ol class="breadcrumbs">

    <li title="Loomcart Help Center">

        <a href="/hc/en-us">Loomcart Help Center</a>

    </li>

    <li title="{esc(LH_CATEGORY[0])}">

        <a href="/hc/en-us/categories/{LH_CATEGORY[1]}-{_lh_title_slug(LH_CATEGORY[0])}">{esc(LH_CATEGORY[0])}</a>

    </li>

    <li title="{esc(LH_SECTION)}">

        <a href="{LH_BASE}">{esc(LH_SECTION)}</a>

    </li>

</ol>

    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true">
        <circle cx="4.5" cy="4.5" r="4" fill="none" stroke="currentColor"/>
        <path stroke="currentColor" stroke-linecap="round" d="M11 11L7.5 7.5"/>
      </svg>
      <form role="search" class="search" data-search="" action="/hc/en-us/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="hidden" name="category" id="category" value="{LH_CATEGORY[1]}" autocomplete="off" />
<input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search" /></form>
    </div>
  </div>

  <div class="section-container">
    <section id="main-content" class="section-content">
      <header class="page-header">
        <h1>{esc(LH_SECTION)}</h1>
          <div class="section-subscribe"><div data-helper="subscribe" data-json="{subscribe_json}"><a rel="nofollow" data-auth-action="signin" title="Opens a sign-in dialog" role="button" class="section-subscribe-link" href="{LH_BASE}/subscription.html">Follow</a></div></div>
          <p class="page-header-description">Plans, invoices, payment methods and refunds.</p>
      </header>
{subsections}


      <div id="articles">
        <ul class="article-list">
{items}
        </ul>
      </div>
{_lh_pager(number, total)}

    </section>
  </div>
</div>

  </main>

  <footer class="footer">
  <div class="footer-inner">
    <a title="Home" href="/hc/en-us">Loomcart Help Center</a>

    <div class="footer-language-selector">
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">
            English (US)
            <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="dropdown-chevron-icon">
              <path fill="none" stroke="currentColor" stroke-linecap="round" d="M3 4.5l2.6 2.6c.2.2.5.2.7 0L9 4.5"/>
            </svg>
          </button>
          <span class="dropdown-menu dropdown-menu-end" role="menu">
              <a href="/hc/change_language/de?return_to=%2Fhc%2Fde%2Fsections%2F{LH_SECTION_ID}-Abrechnung-und-Abonnements" dir="ltr" rel="nofollow" role="menuitem">
                Deutsch
              </a>
              <a href="/hc/change_language/fr?return_to=%2Fhc%2Ffr%2Fsections%2F{LH_SECTION_ID}-Facturation-et-abonnements" dir="ltr" rel="nofollow" role="menuitem">
                Français
              </a>
          </span>
        </div>
    </div>
  </div>
</footer>



  <!-- / -->


  <script src="//static.zdassets.com/hc/assets/en-us.bbb3d4d87d0b571a9a1b.js"></script>
  <script src="https://loomcart.zendesk.com/auth/v2/host/without_iframe.js" data-brand-id="360001234567" data-return-to="https://help.loomcart.com{page_url}" data-theme="hc" data-locale="en-us" data-auth-origin="360001234567,true,true"></script>

  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */

  HelpCenter = {{}};
  HelpCenter.account = {{"subdomain":"loomcart","environment":"production","name":"Loomcart"}};
  HelpCenter.user = {{"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png","is_admin":false,"organizations":[],"groups":[]}};
  HelpCenter.internal = {{"asset_url":"//static.zdassets.com/hc/assets/","web_widget_asset_composer_url":"https://static.zdassets.com/ekr/snippet.js","current_session":{{"locale":"en-us","csrf_token":null,"shared_csrf_token":null}},"usage_tracking":{{"event":"section_viewed","data":"BAh7BjoPc2VjdGlvbl9pZGwrCHs=","url":"https://help.loomcart.com/hc/activity"}},"current_record_id":null,"current_record_url":null,"current_record_title":null,"current_text_direction":"ltr","current_brand_id":360001234567,"current_brand_name":"Loomcart","current_brand_url":"https://loomcart.zendesk.com","current_brand_active":true,"current_path":"{LH_BASE}","show_autocomplete_breadcrumbs":true,"user_info_changing_enabled":false,"has_user_profiles_enabled":false,"has_end_user_attachments":true,"user_aliases_enabled":false,"has_anonymous_kb_voting":true,"has_multi_language_help_center":true,"show_at_mentions":false,"embeddables_config":{{"embeddables_web_widget":true,"embeddables_help_center_auth_enabled":false,"embeddables_connect_ipms":false}},"answer_bot_subdomain":"static","gather_plan_state":"subscribed","has_article_verification":false,"has_gather":true,"has_ckeditor":false,"has_community_enabled":true,"has_community_badges":false,"has_community_post_content_tagging":false,"has_gather_content_tags":true,"has_guide_content_tags":true,"has_user_segments":true,"has_answer_bot_web_form_enabled":false,"has_garden_modals":false,"theming_cookie_key":"hc-da39a3ee5e6b-2-preview","is_preview":false,"has_search_settings_in_plan":true,"theming_api_version":4,"theming_settings":{{"brand_color":"#1F3A5F","brand_text_color":"#FFFFFF","text_color":"#2F3941","link_color":"#1F73B7","hover_link_color":"#0F3554","visited_link_color":"#9358B0","background_color":"#FFFFFF","heading_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","text_font":"-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif","logo":"/hc/theming_assets/01HZPQ7KX3M8A2B4C6D8E0F1G3","show_brand_name":false,"favicon":"/hc/theming_assets/01HZPQ7KX3M8A2B4C6D8E0F1G2","homepage_background_image":"/hc/theming_assets/01HZPQ7KX3M8A2B4C6D8E0F1G4","community_background_image":"/hc/theming_assets/01HZPQ7KX3M8A2B4C6D8E0F1G5","community_image":"/hc/theming_assets/01HZPQ7KX3M8A2B4C6D8E0F1G6","instant_search":true,"scoped_kb_search":true,"scoped_community_search":true,"show_recent_activity":true,"show_articles_in_section":true,"show_article_author":false,"show_article_comments":false,"show_follow_article":true,"show_recently_viewed_articles":true,"show_related_articles":true,"show_article_sharing":true,"show_follow_section":true,"show_follow_post":true,"show_post_sharing":true,"show_follow_topic":true}},"has_pci_credit_card_custom_field":false,"help_center_restricted":false,"is_assuming_someone_else":false,"flash_messages":[],"user_photo_editing_enabled":true,"user_preferred_locale":"en-us","base_locale":"en-us","login_url":"https://loomcart.zendesk.com/access?brand_id=360001234567\\u0026return_to=https%3A%2F%2Fhelp.loomcart.com%2Fhc%2Fen-us%2Fsections%2F{LH_SECTION_ID}","has_alternate_templates":false,"has_custom_statuses_enabled":true,"has_hc_generative_answers_setting_enabled":true,"has_generative_search_with_zgpt_enabled":false,"has_suggested_initial_questions_enabled":false,"has_guide_service_catalog":false,"has_service_catalog_search_poc":false,"has_service_catalog_itam":false,"has_csat_reverse_2_scale_in_mobile":false,"has_knowledge_navigation":false,"has_unified_navigation":false,"has_csat_bet365_branding":false,"version":"v26814","dev_mode":false}};
</script>


  <script src="//static.zdassets.com/hc/assets/moment-3b62525bdab669b7b17d1a9d8b5d46b4.js"></script>
  <script src="//static.zdassets.com/hc/assets/hc_enduser-9ab8b4e0b6b9d6e0a1c3e5f7b9d1f3a5.js"></script>


  <script type="text/javascript">
    (function() {{
  var Tracker = {{}};

  Tracker.track = function(eventName, data) {{
    var url = "https://help.loomcart.com/hc/tracking/events?locale=en-us";

    var payload = {{
      "event": eventName,
      "data": data,
      "referrer": document.referrer
    }};

    var xhr = new XMLHttpRequest();

    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/json");
    xhr.send(JSON.stringify(payload));
  }};

    Tracker.track("section_viewed", "BAh7BjoPc2VjdGlvbl9pZGwrCHs=");
}})();
  </script>
  <!-- Start of loomcart Zendesk Widget script -->
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=7c1e9d2a-4b3f-4e8a-b6d1-2f0a9c8e7b53"></script>
  <!-- End of loomcart Zendesk Widget script -->
</body>
</html>"""


@twentyfourth_a
def build_loomcart_help() -> None:
    s = Site(
        "loomcart-help",
        kind="help-centre section page (Zendesk Guide, Copenhagen theme 2024–25: ol.breadcrumbs, header.page-header h1 + div.section-subscribe 'Follow' sign-in link, a ul.section-list of two subsections on page 1, ul.article-list > li.article-list-item of bare a.article-list-link titles, promoted ones with article-promoted + svg.icon-star; nav.pagination ul of pagination-first / -prev / -next / -last links with 'First' / 'Previous' / 'Next' / 'Last' texts and « ‹ › » arrows, no page numbers, ?page=N#articles)",
        start=LH_BASE.lstrip("/"),
        description=f"A Help Center section of an e-commerce platform's support site on Zendesk Guide with the Copenhagen theme (help.loomcart.com{LH_BASE}, then ?page=2#articles and ?page=3#articles), as served to an anonymous visitor in 2024–25: Zendesk's head (version comment, empty csrf-token meta, canonical and hreflang alternates for de / fr, the Zendesk application CSS and the theme's style.css / script.js from /hc/theming_assets/, og meta); Copenhagen's header.header with the logo link, nav.user-nav (Community / Submit a request / a.sign-in[data-auth-action=signin] 'Sign in') and the mobile menu copy; div.sub-nav with ol.breadcrumbs (li[title] > a: Loomcart Help Center / Account and billing / Billing and subscriptions) and the scoped search form; section#main-content.section-content: header.page-header with h1 'Billing and subscriptions', div.section-subscribe holding a div[data-helper=subscribe][data-json] with the anonymous a[data-auth-action=signin] 'Follow' link to …/subscription.html, and p.page-header-description; on page 1 only, ul.section-list of two li.section-list-item subsection links (span name + chevron svg) that are sections, not articles; div#articles > ul.article-list of li.article-list-item (three promoted ones on page 1 with the extra class article-promoted and an svg.icon-star whose only text is a title attribute) each holding a.article-list-link to /hc/en-us/articles/<id>-<Title-With-Hyphens> (Zendesk keeps the title's case, and a trailing '?' becomes a trailing '-'); Zendesk's pagination: nav.pagination[aria-label=Pagination] > ul with li.pagination-first / li.pagination-prev (from page 2) and li.pagination-next / li.pagination-last (until page 2), each a.pagination-*-link[rel=first|prev|next|last] with span.pagination-*-text 'First' / 'Previous' / 'Next' / 'Last' and an aria-hidden « ‹ › » arrow, no page numbers, hrefs {LH_BASE}?page=N#articles. The footer (home link, language selector dropdown English (US) / Deutsch / Français), the auth script, the HelpCenter JSON config blob, the tracking snippet and the Web Widget ze-snippet. 30 + 30 + 9 articles (Zendesk's 30 per page). Written down: title, url.",
    )
    pages = chunks(LH_ARTICLES, [30, 30, 9])
    base = LH_BASE.lstrip("/")
    for number, articles in enumerate(pages, 1):
        text = _lh_page(number, len(pages), articles)
        if number == 1:
            s.list_page(f"{base}/index.html", text)
            s.write(f"{base}@page=1", text)
        else:
            s.list_page(f"{base}@page={number}", text)
    for title, _promoted in LH_ARTICLES:
        s.expect({"title": title, "url": _lh_url(title)})
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYFOURTH_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
