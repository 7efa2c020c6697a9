"""Fourteenth wave, part C: three detail pages of well-known site families, written and measured before
any heuristic was changed for them (a news article, a code repository and a hotel).

* **newsroom-article** — a BBC News article (``/news/articles/c4g0x7r2e5po``, the 2024–25 Next.js
  "articles" template with styled-components ``sc-<hash>-N <letters>`` classes and
  ``data-component`` blocks): the consent banner, the header (logo, Home / News / Sport / Business /
  Innovation / Culture / Arts / Travel / Earth / Audio / Video / Live, Register / Sign In), the News
  sub-navigation (Politics current), a section label link above the ``h1#main-heading``, a standfirst
  block, the byline ("By Harriet Llewellyn, Political correspondent" with the role in its own span), a
  ``time[datetime]`` "14 March 2025" and an "Updated" ``time`` "15 March 2025", Share / Save buttons,
  the lead image block (``img`` with srcset, the credit as "Image source, Getty Images" with a
  visually-hidden prefix, the caption as "Image caption, …"), text-block paragraphs with a pull quote
  and an embedded second image, a "More on this story" link list, "Related topics" links, a "Most
  read" sidebar of ten numbered headlines, the footer, OG / Twitter tags and a NewsArticle JSON-LD
  without its author. Written down: title, summary, author, author_role, date, updated, section,
  topics, image, image_caption, image_credit.
* **repopage** — a GitHub repository home page (``/lumen-data/tablesift``, 2024–25 Primer markup with
  React partials): the header, the repository header (``span.author a[rel=author]`` owner,
  ``strong[itemprop=name] a`` name, "Public" label, Notifications / Fork 310 / Star 1.2k buttons whose
  ``Counter`` spans carry the exact counts in ``title`` attributes), the repository tabs (Code / Issues
  41 / Pull requests 9 / Discussions / Actions / Projects / Security / Insights), the branch / tags
  line, the latest-commit box, the file table (``table[aria-labelledby=folders-and-files]`` rows with
  names, commit messages and ``relative-time``s), the README rendered in ``article.markdown-body``
  with badges, code and a table; the ``BorderGrid`` sidebar: About (description ``p.f4``, homepage
  link, ``a.topic-tag`` chips, Readme, "MIT license", Activity, "1.2k stars" / "84 watching" /
  "310 forks"), Releases 18 ("v2.4.1" + "Latest" label + ``relative-time`` "Mar 14, 2025",
  "+ 17 releases"), Packages, Used by, Contributors 37 (avatars, "+ 23 contributors"), Languages
  (a ``Progress`` bar with ``aria-label``s and "Python 92.1%" items); the footer; OG tags and no
  JSON-LD. Written down: title, owner, description, homepage, topics, license, stars, watchers, forks,
  language, latest_release, release_date, contributors.
* **staydetail** — a Booking.com property page (``/hotel/pt/casa-do-limoeiro.en-gb.html``, 2024–25:
  hashed 10-hex class pairs with ``data-testid`` hooks and old ``hp_`` / ``hprt-`` ids): a OneTrust
  banner, a "Sign in, save money" Genius banner, the header (currency / language buttons, List your
  property, Register / Sign in, Stays / Flights / Flight + Hotel / Car rental / Attractions / Airport
  taxis), the search box with dates, breadcrumbs, the property tabs, the ``h2.pp-header__title`` name
  with a ``rating-stars`` span whose ``aria-label`` is "4 out of 5", the address subtitle, a gallery, the
  review score component ("Scored 8.7", "8.7", "Fabulous", "1,234 reviews"), the description, "Most
  popular facilities", property highlights, the availability table (room types, sleeps, struck and
  current prices "€142" for 3 nights, choices, a select), category review scores, review snippets,
  house rules ("Check-in From 15:00", "Check-out Until 11:00"), the fine print, similar properties
  with their own prices and scores, the footer and a partial Hotel JSON-LD (no star rating, no price).
  Written down: title, stars, address, rating, rating_text, review_count, facilities, price, currency,
  room_types, check_in, check_out.

Run ``uv run python tests/sites/corpus/generate_fourteenth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, esc, slug

FOURTEENTH_C: dict[str, Callable[[], None]] = {}


def fourteenth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FOURTEENTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _letters(text: str, length: int = 6) -> str:
    """A stable mixed-case letter token, as styled-components class hashes are."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def _hex(text: str) -> str:
    """A stable 10-hex-digit class, as Booking.com's CSS-modules build emits them."""
    return f"{zlib.crc32(text.encode()):08x}{zlib.crc32(text[::-1].encode()) % 256:02x}"


def _sc(component: str) -> str:
    """A styled-components class pair ``sc-<8 hex>-N <letters>`` for a named component."""
    return f"sc-{zlib.crc32(component.encode()):08x}-{len(component) % 4} {_letters(component)}"


def _index(s: Site, title: str, path: str, text: str) -> None:
    """The site's root page: one link to the detail page."""
    s.write(
        "index.html",
        f'<!doctype html><html><head><title>{esc(title)}</title></head><body><main><h1>{esc(title)}</h1><p><a href="{path}">{esc(text)}</a></p></main></body></html>',
    )


# ---------------------------------------------------------------------------------------------------
# newsroom-article: a BBC News article (2024–2025 "articles" template).
# ---------------------------------------------------------------------------------------------------

NR_PATH = "/news/articles/c4g0x7r2e5po"
NR_HOST = "https://www.newsroom.example"
NR_RECORD = {
    "title": "Councils to get first refusal on empty shops under high street plan",
    "summary": "Town halls in England will be able to force the auction of shops left empty for a year, as ministers try to revive struggling high streets.",
    "author": "Harriet Llewellyn",
    "author_role": "Political correspondent",
    "date": "2025-03-14",
    "updated": "2025-03-15",
    "section": "Politics",
    "topics": ["High streets", "Local government", "Retailing", "UK economy"],
    "image": "https://ichef.newsroom.example/news/1024/cpsprodpb/7f3c/live/a1d2e3f0-00b1-11f0-9c2a-3b5e7d1c4a20.jpg.webp",
    "image_caption": "A quarter of the units on Commercial Street in Newport stood empty at the end of last year",
    "image_credit": "Getty Images",
}
NR_BODY = [
    "Councils in England will get the power to take over shops that have stood empty for more than a year and rent them out at auction, under plans announced by the government.",
    "The Deputy Prime Minister said the measures would give town halls \u201cthe tools to bring life back\u201d to high streets where one in seven shops is now vacant.",
    "Landlords would be given eight weeks\u2019 notice before an auction, and could avoid one by finding a tenant of their own in that time.",
    "Leases granted at auction would run for between one and five years, and the rent would be set by the bidding, not by the landlord.",
    "The British Retail Consortium welcomed the plan but warned that business rates, not empty units, were \u201cthe real reason shops close\u201d.",
    "The Conservatives said the scheme was \u201ca rebadged version\u201d of powers they had legislated for in 2023 but never brought into force.",
    "The Local Government Association said councils would need money to run the auctions, and that many already lacked staff to enforce planning rules.",
    "Figures from the Local Data Company suggest 13.8% of shop units in Britain were vacant at the end of 2024, with the highest rates in the North East and Wales.",
    "The powers are expected to come into force in the autumn, once regulations have been laid before Parliament.",
]
NR_MOST_READ = [
    ("c0j4y2k8lm1o", "Man charged after woman found dead in flat in Leeds"),
    ("cx2e9v1n4d7o", "Train drivers vote to accept three-year pay deal"),
    ("c9w1r7t3zq5o", "What the Spring Statement means for your money"),
    ("cd8f6h2j0k3o", "Storm warning as 80mph winds expected on west coast"),
    ("c3m5p7q9s1uo", "Councils to get first refusal on empty shops under high street plan"),
    ("c7b9d1f3h5jo", "Nurses in Scotland offered 4.25% pay rise"),
    ("c1a3c5e7g9io", "Inquiry told of \u2018chaos\u2019 in hospital on night of blackout"),
    ("c5k7m9o1q3so", "Singer cancels UK tour dates after illness"),
    ("c2n4p6r8t0vo", "House prices rise for eighth month in a row"),
    ("c8x0z2b4d6fo", "Football club fined over pitch invasion"),
]
NR_MORE = [
    ("cp8l2v0w4x6o", "High streets: Why are so many shops empty?"),
    ("c4r6t8v0x2zo", "Government sets out plans for local growth funding"),
    ("c6d8f0h2j4lo", "Business rates relief for shops to be cut in April"),
]


def _nr_nav() -> str:
    items = [
        "Home",
        "News",
        "Sport",
        "Business",
        "Innovation",
        "Culture",
        "Arts",
        "Travel",
        "Earth",
        "Audio",
        "Video",
        "Live",
    ]
    top = "".join(
        f'<li class="{_sc("NavItem")}"><a href="/{slug(i) if i != "Home" else ""}" class="{_sc("NavLink")}" {"aria-current=page" if i == "News" else ""}>{i}</a></li>'
        for i in items
    )
    subs = [
        "Israel-Gaza War",
        "War in Ukraine",
        "US & Canada",
        "UK",
        "UK Politics",
        "England",
        "N. Ireland",
        "Scotland",
        "Wales",
        "Africa",
        "Asia",
        "Australia",
        "Europe",
        "Latin America",
        "Middle East",
        "In Pictures",
        "BBC InDepth",
        "BBC Verify",
    ]
    sub = "".join(
        f'<li class="{_sc("SubNavItem")}"><a href="/news/{slug(i)}" class="{_sc("SubNavLink")}"{" aria-current=page" if i == "UK Politics" else ""}>{esc(i)}</a></li>'
        for i in subs
    )
    return f"""<header data-testid="header-content" class="{_sc("Header")}">
  <div class="{_sc("HeaderTop")}"><a href="/" aria-label="Newsroom Homepage" class="{_sc("Logo")}"><svg viewBox="0 0 83 24" aria-hidden="true"><path d="M0 0h24v24H0z"></path></svg></a>
  <div class="{_sc("Account")}"><a href="/account/register" class="{_sc("Button")}">Register</a><a href="/account/signin" class="{_sc("Button")}">Sign In</a></div></div>
  <nav aria-label="Newsroom" class="{_sc("Nav")}"><ul class="{_sc("NavList")}">{top}</ul></nav>
  <nav aria-label="News" data-testid="level2-navigation-container" class="{_sc("SubNav")}"><ul class="{_sc("SubNavList")}">{sub}</ul></nav>
</header>"""


def _nr_image(src: str, alt: str, caption: str, credit: str, lead: bool) -> str:
    small = src.replace("/1024/", "/480/")
    wide = src.replace("/1024/", "/800/")
    return f"""<figure data-component="image-block" class="{_sc("ImageBlock")}">
  <div class="{_sc("ImageWrapper")}"><img sizes="(min-width: 1280px) 50vw, (min-width: 1008px) 66vw, 96vw" srcset="{small} 480w, {wide} 800w, {src} 1024w" src="{wide}" {'loading="eager" fetchpriority="high"' if lead else 'loading="lazy"'} alt="{esc(alt)}" class="{_sc("Image")}" width="1024" height="576">
  <span role="text" class="{_sc("Copyright")}"><span class="{_sc("VisuallyHidden")}">Image source, </span>{esc(credit)}</span></div>
  <figcaption class="{_sc("Caption")}"><span class="{_sc("VisuallyHidden")}">Image caption, </span>{esc(caption)}</figcaption>
</figure>"""


def _nr_text(paragraph: str, first: bool = False) -> str:
    inner = f'<b class="{_sc("Bold")}">{esc(paragraph)}</b>' if first else esc(paragraph)
    return (
        f'<div data-component="text-block" class="{_sc("TextBlock")}"><p class="{_sc("Paragraph")}">{inner}</p></div>'
    )


def _nr_page() -> str:
    r = NR_RECORD
    body = [_nr_text(NR_BODY[0])]
    body += [_nr_text(p) for p in NR_BODY[1:4]]
    body.append(
        f'<div data-component="ad-slot" class="{_sc("AdSlot")}"><div id="dfp-ad--mpu" class="dotcom-ad" data-ad-slot="mpu"><p class="{_sc("AdLabel")}">Advertisement</p></div></div>'
    )
    body.append(
        f'<blockquote data-component="quote-block" class="{_sc("Quote")}"><p>\u201cAn empty shop is a loss to everyone \u2013 the landlord, the council and the people who live nearby.\u201d</p><footer>Angela Rayner, Deputy Prime Minister</footer></blockquote>'
    )
    body += [_nr_text(p) for p in NR_BODY[4:6]]
    body.append(
        _nr_image(
            "https://ichef.newsroom.example/news/1024/cpsprodpb/19ab/live/c7e8f9a0-00b2-11f0-9c2a-3b5e7d1c4a20.jpg.webp",
            "Shoppers walk past boarded-up units",
            "Landlords will have eight weeks to find a tenant before an auction",
            "PA Media",
            False,
        )
    )
    body += [_nr_text(p) for p in NR_BODY[6:]]
    more = "".join(
        f'<li class="{_sc("LinkItem")}"><a href="/news/articles/{cid}" class="{_sc("Link")}">{esc(t)}</a></li>'
        for cid, t in NR_MORE
    )
    topics = "".join(
        f'<li class="{_sc("TopicItem")}"><a href="/news/topics/{_letters(t, 12).lower()}" class="{_sc("TopicLink")}">{esc(t)}</a></li>'
        for t in r["topics"]
    )
    most_read = "".join(
        f'<li class="{_sc("MostReadItem")}"><span class="{_sc("Rank")}" aria-hidden="true">{n}</span><a href="/news/articles/{cid}" class="{_sc("MostReadLink")}"><p class="{_sc("MostReadTitle")}">{esc(t)}</p></a></li>'
        for n, (cid, t) in enumerate(NR_MOST_READ, 1)
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "url": f"{NR_HOST}{NR_PATH}",
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": "Newsroom",
            "logo": {"@type": "ImageObject", "url": f"{NR_HOST}/news/special/2015/newsspec_10857/bbc_news_logo.png"},
        },
        "datePublished": "2025-03-14T06:12:45.000Z",
        "dateModified": "2025-03-15T09:30:11.000Z",
        "description": r["summary"],
        "headline": r["title"],
        "image": {"@type": "ImageObject", "width": 1024, "height": 576, "url": r["image"]},
        "thumbnailUrl": r["image"],
        "mainEntityOfPage": f"{NR_HOST}{NR_PATH}",
    }
    next_data = {
        "props": {
            "pageProps": {
                "page": {
                    '@"news","articles","c4g0x7r2e5po",': {
                        "contents": [
                            {
                                "type": "headline",
                                "model": {"blocks": [{"type": "text", "model": {"text": r["title"]}}]},
                            },
                            {
                                "type": "byline",
                                "model": {
                                    "blocks": [
                                        {"type": "name", "model": {"text": r["author"]}},
                                        {"type": "role", "model": {"text": r["author_role"]}},
                                    ]
                                },
                            },
                        ],
                        "metadata": {
                            "firstPublished": 1741932765000,
                            "lastPublished": 1742031011000,
                            "analyticsLabels": {"counterName": "news.uk-politics.story.c4g0x7r2e5po.page"},
                        },
                    }
                }
            }
        },
        "page": "/[[...slug]]",
        "buildId": "t7X2pQm9aLcV",
    }
    return f"""<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<title>{esc(r["title"])} - Newsroom News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(r["summary"])}">
<link rel="canonical" href="{NR_HOST}{NR_PATH}">
<meta property="og:title" content="{esc(r["title"])}"><meta property="og:description" content="{esc(r["summary"])}"><meta property="og:type" content="article"><meta property="og:url" content="{NR_HOST}{NR_PATH}"><meta property="og:image" content="{r["image"]}"><meta property="og:image:alt" content="Boarded-up shop fronts on a high street"><meta property="og:site_name" content="Newsroom News">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@NewsroomNews"><meta name="twitter:title" content="{esc(r["title"])}"><meta name="twitter:description" content="{esc(r["summary"])}"><meta name="twitter:image:src" content="{r["image"]}">
<meta name="article:published_time" content="2025-03-14T06:12:45.000Z"><meta name="article:modified_time" content="2025-03-15T09:30:11.000Z"><meta name="article:section" content="UK Politics">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body><div id="__next">
<div id="consent-banner" class="{_sc("ConsentBanner")}" role="dialog" aria-labelledby="consent-title"><h2 id="consent-title">Let us know you agree to cookies</h2><p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p><button class="{_sc("ConsentAccept")}">Yes, I agree</button><a href="/usingthebbc/cookies/how-can-i-change-my-bbc-cookie-settings/">No, take me to settings</a></div>
<a href="#main-content" class="{_sc("SkipLink")}">Skip to content</a>
{_nr_nav()}
<div class="{_sc("PageGrid")}">
<main id="main-content" data-testid="main-content" class="{_sc("Main")}"><article class="{_sc("Article")}">
  <a href="/news/politics" data-testid="section-label" class="{_sc("SectionLabel")}">{esc(r["section"])}</a>
  <div data-component="headline-block" class="{_sc("HeadlineBlock")}"><h1 id="main-heading" type="headline" tabindex="-1" class="{_sc("Headline")}">{esc(r["title"])}</h1></div>
  <div data-component="standfirst-block" class="{_sc("Standfirst")}"><p class="{_sc("StandfirstText")}">{esc(r["summary"])}</p></div>
  <div data-component="byline-block" class="{_sc("BylineBlock")}"><div data-testid="byline-new" class="{_sc("Byline")}">
    <div class="{_sc("BylineMeta")}"><time datetime="2025-03-14T06:12:45.000Z" class="{_sc("Time")}">14 March 2025</time><span class="{_sc("Updated")}">Updated <time datetime="2025-03-15T09:30:11.000Z" class="{_sc("Time")}">15 March 2025</time></span></div>
    <div data-testid="byline-new-contributors" class="{_sc("Contributors")}"><div class="{_sc("Contributor")}"><span class="{_sc("ContributorName")}">By {esc(r["author"])}</span><span class="{_sc("ContributorRole")}">, {esc(r["author_role"])}</span></div></div>
    <div class="{_sc("ShareTools")}"><button type="button" aria-label="Share" class="{_sc("ShareButton")}"><svg aria-hidden="true"></svg><span>Share</span></button><button type="button" aria-label="Save" class="{_sc("SaveButton")}"><svg aria-hidden="true"></svg><span>Save</span></button></div>
  </div></div>
  {_nr_image(r["image"], "Boarded-up shop fronts on a high street", r["image_caption"], r["image_credit"], True)}
  {"".join(body)}
  <section data-component="links-block" class="{_sc("LinksBlock")}"><h2 class="{_sc("LinksTitle")}">More on this story</h2><ul class="{_sc("LinkList")}">{more}</ul></section>
  <div data-component="tags" class="{_sc("Tags")}"><h2 class="{_sc("TagsTitle")}">Related topics</h2><ul class="{_sc("TagList")}">{topics}</ul></div>
</article></main>
<aside data-component="mostRead" class="{_sc("Aside")}" aria-labelledby="most-read-heading"><div class="{_sc("AdSlot")}"><div id="dfp-ad--mpu_2" class="dotcom-ad"><p>Advertisement</p></div></div><h2 id="most-read-heading" class="{_sc("AsideTitle")}">Most read</h2><ol class="{_sc("MostReadList")}">{most_read}</ol></aside>
</div>
<footer data-testid="footer" class="{_sc("Footer")}"><nav aria-label="Footer"><ul><li><a href="/usingthebbc/terms">Terms of Use</a></li><li><a href="/aboutthebbc">About the Newsroom</a></li><li><a href="/usingthebbc/privacy">Privacy Policy</a></li><li><a href="/usingthebbc/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility Help</a></li><li><a href="/contact">Contact the Newsroom</a></li></ul></nav><p>Copyright 2025 Newsroom. All rights reserved. The Newsroom is <b>not responsible for the content of external sites.</b> <a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data)}</script>
</body></html>"""


@fourteenth_c
def build_newsroom_article() -> None:
    s = Site(
        "newsroom-article",
        kind="detail page (BBC News article 2024–25: styled-components classes + data-component blocks, section label, h1#main-heading, standfirst, 'By Name' / ', Role' byline spans, time[datetime] '14 March 2025' + 'Updated' time, lead image with visually-hidden 'Image source, ' / 'Image caption, ' prefixes, Related topics, Most read sidebar, NewsArticle JSON-LD without author, OG tags)",
        start=NR_PATH.lstrip("/") + "/",
        description="A BBC News article page (2024–2025 Next.js 'articles' template): a consent banner, the header and News sub-navigation, a section label link 'Politics', h1#main-heading, a standfirst block, the byline block (time[datetime] '14 March 2025', 'Updated' time '15 March 2025', 'By Harriet Llewellyn' and ', Political correspondent' spans, Share / Save buttons), the lead image block (srcset, 'Image source, Getty Images', 'Image caption, …'), text blocks (the first bold), an ad slot, a pull quote, a second image (PA Media), 'More on this story', 'Related topics' links, a 'Most read' sidebar of ten headlines (the article's own among them), the footer, OG / Twitter / article: meta tags, a NewsArticle JSON-LD without an author and __NEXT_DATA__. Written down: title, summary, author, author_role, date, updated, section, topics, image (the 1024w source), image_caption, image_credit.",
    )
    s.list_page(NR_PATH.strip("/") + "/index.html", _nr_page())
    _index(s, "Newsroom News", NR_PATH, NR_RECORD["title"])
    s.expect(dict(NR_RECORD))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# repopage: a GitHub repository home page (2024–2025 Primer + React partials).
# ---------------------------------------------------------------------------------------------------

RP_OWNER = "lumen-data"
RP_REPO = "tablesift"
RP_PATH = f"/{RP_OWNER}/{RP_REPO}"
RP_RECORD = {
    "title": RP_REPO,
    "owner": RP_OWNER,
    "description": "Fast, typed table extraction from PDFs, HTML and spreadsheets into pandas, Polars or Arrow",
    "homepage": "https://tablesift.readthedocs.io",
    "topics": ["python", "pdf", "table-extraction", "data-engineering", "pandas", "polars", "arrow", "etl"],
    "license": "MIT license",
    "stars": 1237,
    "watchers": 84,
    "forks": 310,
    "language": "Python",
    "latest_release": "v2.4.1",
    "release_date": "2025-03-14",
    "contributors": 37,
}
RP_LANGUAGES = [
    ("Python", "92.1", "#3572A5"),
    ("Cython", "4.6", "#fedf5b"),
    ("Shell", "1.9", "#89e051"),
    ("Makefile", "0.8", "#427819"),
    ("Dockerfile", "0.6", "#384d54"),
]
RP_FILES = [
    ("directory", ".github", "ci: test on Python 3.13", "2025-02-27T16:40:02Z", "last month"),
    ("directory", "benchmarks", "bench: add camelot and pdfplumber baselines", "2024-11-08T09:12:44Z", "4 months ago"),
    ("directory", "docs", "docs: document the Arrow backend (#412)", "2025-03-12T18:03:19Z", "3 days ago"),
    (
        "directory",
        "src/tablesift",
        "fix: merged header cells lost their span (#421)",
        "2025-03-14T09:58:10Z",
        "yesterday",
    ),
    ("directory", "tests", "fix: merged header cells lost their span (#421)", "2025-03-14T09:58:10Z", "yesterday"),
    ("file", ".gitignore", "chore: ignore .venv and coverage files", "2023-06-02T11:20:00Z", "2 years ago"),
    ("file", ".pre-commit-config.yaml", "chore: bump ruff to 0.9.10", "2025-03-10T07:31:55Z", "5 days ago"),
    ("file", "CHANGELOG.md", "release: v2.4.1", "2025-03-14T10:20:07Z", "yesterday"),
    ("file", "CONTRIBUTING.md", "docs: explain the fixture layout", "2024-09-19T14:05:41Z", "6 months ago"),
    ("file", "LICENSE", "Initial commit", "2022-01-09T20:14:31Z", "3 years ago"),
    ("file", "Makefile", "build: wheels for musllinux", "2024-12-03T13:47:12Z", "3 months ago"),
    ("file", "README.md", "docs: Polars quick start in the README", "2025-03-08T15:22:36Z", "last week"),
    ("file", "pyproject.toml", "release: v2.4.1", "2025-03-14T10:20:07Z", "yesterday"),
]
RP_CONTRIBUTORS = [
    "mkowalska",
    "tbrennan",
    "aoki-h",
    "dsilva-dev",
    "rpatel",
    "jlindqvist",
    "ofernandez",
    "chen-wei",
    "ksaari",
    "nbello",
    "ghostwriter-bot",
    "emurphy",
    "pvasquez",
    "lnakamura",
]


def _rp_octicon(name: str, size: int = 16) -> str:
    return f'<svg aria-hidden="true" height="{size}" viewBox="0 0 16 16" version="1.1" width="{size}" data-view-component="true" class="octicon octicon-{name}"><path d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0Z"></path></svg>'


def _rp_header() -> str:
    return f"""<header class="AppHeader" role="banner"><div class="AppHeader-globalBar js-global-bar">
  <div class="AppHeader-globalBar-start"><button aria-label="Open global navigation menu" class="Button Button--iconOnly Button--secondary">{_rp_octicon("three-bars")}</button>
  <a class="AppHeader-logo ml-1" href="/" aria-label="Homepage" data-hotkey="g d">{_rp_octicon("mark-github", 32)}</a>
  <div class="AppHeader-context"><nav role="navigation" aria-label="Page context"><ul role="list" class="list-style-none"><li><a class="AppHeader-context-item" href="/{RP_OWNER}" data-hovercard-type="organization"><span class="AppHeader-context-item-label">{RP_OWNER}</span></a></li><li><a class="AppHeader-context-item" href="{RP_PATH}" aria-current="page"><span class="AppHeader-context-item-label">{RP_REPO}</span></a></li></ul></nav></div></div>
  <div class="AppHeader-globalBar-end"><div class="AppHeader-search"><qbsearch-input class="search-input" data-scope="repo:{RP_OWNER}/{RP_REPO}"><button type="button" class="header-search-button placeholder input-button form-control"><span class="flex-1">Type <kbd class="AppHeader-search-kbd">/</kbd> to search</span></button></qbsearch-input></div>
  <a href="/login?return_to=https%3A%2F%2Fgithub.com%2F{RP_OWNER}%2F{RP_REPO}" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a> <a href="/signup?ref_cta=Sign+up&amp;source=header-repo" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div>
</div></header>"""


def _rp_counter(value: int, shown: str, element_id: str = "") -> str:
    ident = f' id="{element_id}"' if element_id else ""
    return f'<span{ident} title="{value:,}" data-view-component="true" class="Counter">{shown}</span>'


def _rp_repo_head() -> str:
    r = RP_RECORD
    tabs = [
        ("code", "Code", "", None),
        ("issue-opened", "Issues", "/issues", 41),
        ("git-pull-request", "Pull requests", "/pulls", 9),
        ("comment-discussion", "Discussions", "/discussions", None),
        ("play", "Actions", "/actions", None),
        ("table", "Projects", "/projects", 0),
        ("shield", "Security", "/security", None),
        ("graph", "Insights", "/pulse", None),
    ]
    tab_html = "".join(
        f'<li data-view-component="true" class="d-inline-flex"><a href="{RP_PATH}{href}" data-tab-item="{slug(label)}-tab" class="UnderlineNav-item"{" aria-current=page" if not href else ""}>{_rp_octicon(icon)}<span data-content="{label}">{label}</span>{_rp_counter(count, str(count)) if count is not None else ""}</a></li>'
        for icon, label, href, count in tabs
    )
    return f"""<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));" data-turbo-replace>
  <div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;">
    <div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">{_rp_octicon("repo")}
      <span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization" data-hovercard-url="/orgs/{RP_OWNER}/hovercard" href="/{RP_OWNER}">{RP_OWNER}</a></span>
      <span class="mx-1 flex-self-stretch color-fg-muted">/</span>
      <strong itemprop="name" class="mr-2 flex-self-stretch"><a data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame" href="{RP_PATH}">{RP_REPO}</a></strong>
      <span></span><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
    <div id="repository-details-container" class="flex-shrink-0" data-turbo-replace style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;">
      <li><a href="/login?return_to=%2F{RP_OWNER}%2F{RP_REPO}" rel="nofollow" aria-label="You must be signed in to change notification settings" data-view-component="true" class="btn-sm btn">{_rp_octicon("bell")}Notifications</a></li>
      <li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2F{RP_OWNER}%2F{RP_REPO}" rel="nofollow" data-view-component="true" class="btn-sm btn">{_rp_octicon("repo-forked")}Fork {_rp_counter(r["forks"], "310", "repo-network-counter")}</a></li>
      <li><div data-view-component="true" class="BtnGroup d-flex"><a href="/login?return_to=%2F{RP_OWNER}%2F{RP_REPO}" rel="nofollow" aria-label="You must be signed in to star a repository" data-view-component="true" class="tooltipped tooltipped-sw btn-sm btn">{_rp_octicon("star")}<span data-view-component="true" class="d-inline">Star</span> {_rp_counter(r["stars"], "1.2k", "repo-stars-counter-star")}</a></div></li>
    </ul></div>
  </div>
  <nav data-pjax="#js-repo-pjax-container" aria-label="Repository" data-view-component="true" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul data-view-component="true" class="UnderlineNav-body list-style-none">{tab_html}</ul></nav>
</div>"""


def _rp_file_table() -> str:
    rows = []
    for kind, name, message, stamp, ago in RP_FILES:
        icon = "file-directory-fill" if kind == "directory" else "file"
        target = "tree" if kind == "directory" else "blob"
        rows.append(
            f'<tr class="react-directory-row undefined" id="folder-row-{len(rows)}"><td class="react-directory-row-name-cell-large-screen" colspan="1"><div class="react-directory-filename-column">{_rp_octicon(icon)}<div class="overflow-hidden"><div class="react-directory-filename-cell"><div class="react-directory-truncate"><a title="{esc(name)}" aria-label="{esc(name)}, ({kind})" class="Link--primary" href="{RP_PATH}/{target}/main/{name}">{esc(name)}</a></div></div></div></div></td>'
            f'<td class="react-directory-row-commit-cell"><div><div class="react-directory-commit-message"><a data-pjax="true" title="{esc(message)}" class="Link--secondary" href="{RP_PATH}/commit/{zlib.crc32(message.encode()):08x}{zlib.crc32(name.encode()):08x}">{esc(message)}</a></div></div></td>'
            f'<td><div class="react-directory-commit-age"><relative-time class="sc-aXZVg" tense="past" datetime="{stamp}" title="{stamp}">{ago}</relative-time></div></td></tr>'
        )
    return f"""<h2 class="sr-only ScreenReaderHeading-module__userSelectNone--vW4Cq prc-Heading-Heading-6CmGO" data-testid="screen-reader-heading" id="folders-and-files">Folders and files</h2><table aria-labelledby="folders-and-files" class="Table__StyledTable-sc-8ae3ae99-0 kTfuxD">
<thead class="DirectoryContent-module__OverviewHeaderRow--FlrUZ Table-module__Box_1--DkRqs"><tr class="Table-module__Box_2--l1wjV"><th colspan="2" class="DirectoryRichtextContent-module__Box--v_tJb"><span class="text-bold">Name</span></th><th colspan="1" class="DirectoryContent-module__Box_1--Xb_Mg"><span class="text-bold">Last commit message</span></th><th colspan="1" class="DirectoryContent-module__Box_2--ErWnm"><div title="Last commit date" class="DirectoryContent-module__Box_3--Atd8U"><span class="text-bold">Last commit date</span></div></th></tr></thead>
<tbody><tr class="DirectoryContent-module__Box_4--aixtb" data-testid="commit-summary-row"><td colspan="3"><div class="LatestCommit-module__Box--lO1Oa"><div data-testid="latest-commit" class="d-flex flex-items-center gap-2"><img src="https://avatars.githubusercontent.com/u/4412871?v=4&amp;size=40" alt="mkowalska" size="20" class="avatar"><a href="{RP_PATH}/commits?author=mkowalska" aria-label="commits by mkowalska" class="Link--primary text-bold">mkowalska</a><span class="d-none d-sm-flex"><a class="Link--secondary" href="{RP_PATH}/commit/3f9c2ad81e">release: v2.4.1</a></span></div>
<div class="d-flex gap-2"><a class="Link--secondary" href="{RP_PATH}/commit/3f9c2ad81e">3f9c2ad</a> · <relative-time tense="past" datetime="2025-03-14T10:20:07Z" title="Mar 14, 2025, 10:20 AM GMT">Mar 14, 2025</relative-time><a href="{RP_PATH}/commits/main/" class="Button--secondary Button--small Button">{_rp_octicon("history")}<span class="Button-label"><span class="fgColor-default">1,248 Commits</span></span></a></div></div></td></tr>
{"".join(rows)}</tbody></table>"""


def _rp_readme() -> str:
    return f"""<div id="readme" class="Box MD js-code-block-container js-code-nav-container js-tagsearch-file Box--responsive" data-tagsearch-path="README.md" data-tagsearch-lang="Markdown">
<div class="Box-header d-flex flex-items-center"><h2 class="Box-title"><a href="#readme" class="Link--primary">{_rp_octicon("book")}README</a></h2><a href="#mit-1-ov-file" class="UnderlineNav-item">{_rp_octicon("law")}MIT license</a></div>
<div data-target="readme-toc.content" class="Box-body px-5 pb-5"><article class="markdown-body entry-content container-lg" itemprop="text">
<div class="markdown-heading" dir="auto"><h1 tabindex="-1" class="heading-element" dir="auto">tablesift</h1><a id="user-content-tablesift" class="anchor" aria-label="Permalink: tablesift" href="#tablesift">{_rp_octicon("link")}</a></div>
<p dir="auto"><a href="https://pypi.org/project/tablesift/" rel="nofollow"><img src="https://camo.githubusercontent.com/8a1f/pypi" alt="PyPI" data-canonical-src="https://img.shields.io/pypi/v/tablesift.svg" style="max-width: 100%;"></a> <a href="{RP_PATH}/actions/workflows/ci.yml"><img src="{RP_PATH}/actions/workflows/ci.yml/badge.svg" alt="CI" style="max-width: 100%;"></a> <a href="https://codecov.io/gh/{RP_OWNER}/{RP_REPO}" rel="nofollow"><img src="https://camo.githubusercontent.com/2b7c/codecov" alt="codecov" style="max-width: 100%;"></a> <a href="https://tablesift.readthedocs.io" rel="nofollow"><img src="https://camo.githubusercontent.com/91d0/docs" alt="Documentation Status" style="max-width: 100%;"></a></p>
<p dir="auto"><strong>tablesift</strong> finds the tables in PDFs, HTML pages and spreadsheets and gives them back as typed data frames. It keeps merged header cells, multi-line rows and footnotes apart, and it is fast: a 300-page annual report takes under four seconds on a laptop.</p>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Installation</h2></div>
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>pip install tablesift
<span class="pl-c"><span class="pl-c">#</span> with the Polars and Arrow back ends</span>
pip install <span class="pl-s"><span class="pl-pds">"</span>tablesift[polars,arrow]<span class="pl-pds">"</span></span></pre></div>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Quick start</h2></div>
<div class="highlight highlight-source-python notranslate position-relative overflow-auto" dir="auto"><pre><span class="pl-k">import</span> <span class="pl-s1">tablesift</span> <span class="pl-k">as</span> <span class="pl-s1">ts</span>

<span class="pl-s1">tables</span> <span class="pl-c1">=</span> <span class="pl-s1">ts</span>.<span class="pl-c1">read</span>(<span class="pl-s">"annual-report-2024.pdf"</span>, <span class="pl-s1">pages</span><span class="pl-c1">=</span><span class="pl-s">"12-18"</span>)
<span class="pl-s1">df</span> <span class="pl-c1">=</span> <span class="pl-s1">tables</span>[<span class="pl-c1">0</span>].<span class="pl-c1">to_polars</span>()</pre></div>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Benchmarks</h2></div>
<markdown-accessiblity-table><table><thead><tr><th>Library</th><th align="right">Tables found</th><th align="right">Cell accuracy</th><th align="right">Seconds / 100 pages</th></tr></thead>
<tbody><tr><td>tablesift 2.4</td><td align="right">1,912</td><td align="right">97.3%</td><td align="right">1.2</td></tr><tr><td>camelot 0.11</td><td align="right">1,644</td><td align="right">91.8%</td><td align="right">9.7</td></tr><tr><td>pdfplumber 0.11</td><td align="right">1,701</td><td align="right">89.5%</td><td align="right">6.3</td></tr></tbody></table></markdown-accessiblity-table>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">License</h2></div>
<p dir="auto">tablesift is released under the MIT License. See <a href="{RP_PATH}/blob/main/LICENSE">LICENSE</a>.</p>
</article></div></div>"""


def _rp_sidebar() -> str:
    r = RP_RECORD
    topics = "".join(
        f'<a href="/topics/{t}" title="Topic: {t}" data-view-component="true" class="topic-tag topic-tag-link">{t}</a>'
        for t in r["topics"]
    )
    avatars = "".join(
        f'<li class="mb-2 mr-2"><a href="https://github.com/{c}" class="" data-hovercard-type="user" data-hovercard-url="/users/{c}/hovercard"><img src="https://avatars.githubusercontent.com/u/{zlib.crc32(c.encode()) % 9000000}?s=64&amp;v=4" alt="@{c}" size="32" height="32" width="32" class="avatar circle"></a></li>'
        for c in RP_CONTRIBUTORS
    )
    bar = "".join(
        f'<span style="background-color:{colour} !important;;width: {pct}%;" itemprop="keywords" aria-label="{name} {pct}" data-view-component="true" class="Progress-item color-bg-success-emphasis"></span>'
        for name, pct, colour in RP_LANGUAGES
    )
    langs = "".join(
        f'<li class="d-inline"><a class="d-inline-flex flex-items-center flex-nowrap Link--secondary no-underline text-small mr-3" href="{RP_PATH}/search?l={slug(name)}" data-ga-click="Repository, language stats search click, location:repo overview"><svg style="color:{colour};" aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-dot-fill mr-2"><path d="M8 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8Z"></path></svg><span class="color-fg-default text-bold mr-1">{name}</span><span>{pct}%</span></a></li>'
        for name, pct, colour in RP_LANGUAGES
    )
    return f"""<div class="Layout-sidebar" data-view-component="true"><div class="BorderGrid about-margin" data-pjax>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><div class="hide-sm hide-md">
  <h2 class="mb-3 h4">About</h2>
  <p class="f4 my-3">{esc(r["description"])}</p>
  <div class="my-3 d-flex flex-items-center">{_rp_octicon("link")}<span class="flex-auto min-width-0 css-truncate css-truncate-target width-fit"><a title="{r["homepage"]}" role="link" target="_blank" rel="noopener noreferrer nofollow" class="text-bold" href="{r["homepage"]}">tablesift.readthedocs.io</a></span></div>
  <h3 class="sr-only">Topics</h3><div class="my-3"><div class="f6">{topics}</div></div>
  <h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" data-analytics-event="{{&quot;category&quot;:&quot;Repository Overview&quot;,&quot;action&quot;:&quot;click&quot;,&quot;label&quot;:&quot;location:sidebar;file:readme&quot;}}" href="#readme-ov-file">{_rp_octicon("book")} Readme</a></div>
  <h3 class="sr-only">License</h3><div class="mt-2"><a href="#MIT-1-ov-file" class="Link--muted" data-analytics-event="{{&quot;category&quot;:&quot;Repository Overview&quot;,&quot;action&quot;:&quot;click&quot;,&quot;label&quot;:&quot;location:sidebar;file:license&quot;}}">{_rp_octicon("law")} {r["license"]}</a></div>
  <div class="mt-2"><a href="#security-ov-file" class="Link--muted">{_rp_octicon("law")} Security policy</a></div>
  <div class="mt-2"><a class="Link--muted" href="/{RP_OWNER}/{RP_REPO}/activity">{_rp_octicon("pulse")}<span class="color-fg-muted">Activity</span></a></div>
  <div class="mt-2"><a class="Link--muted" href="/{RP_OWNER}/{RP_REPO}/custom-properties">{_rp_octicon("note")}<span class="color-fg-muted">Custom properties</span></a></div>
  <h3 class="sr-only">Stars</h3><div class="mt-2"><a href="{RP_PATH}/stargazers" data-view-component="true" class="Link Link--muted">{_rp_octicon("star")}<strong>1.2k</strong> stars</a></div>
  <h3 class="sr-only">Watchers</h3><div class="mt-2"><a href="{RP_PATH}/watchers" data-view-component="true" class="Link Link--muted">{_rp_octicon("eye")}<strong>{r["watchers"]}</strong> watching</a></div>
  <h3 class="sr-only">Forks</h3><div class="mt-2"><a href="{RP_PATH}/forks" data-view-component="true" class="Link Link--muted">{_rp_octicon("repo-forked")}<strong>{r["forks"]}</strong> forks</a></div>
  <div class="mt-2"><a class="Link--muted" href="/contact/report-content?content_url=https%3A%2F%2Fgithub.com%2F{RP_OWNER}%2F{RP_REPO}&amp;report={RP_OWNER}+%28user%29">Report repository</a></div>
</div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3" data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame"><a href="{RP_PATH}/releases" data-view-component="true" class="Link--primary no-underline Link">Releases {_rp_counter(18, "18")}</a></h2>
  <a class="Link--primary d-flex no-underline" data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame" href="{RP_PATH}/releases/tag/{r["latest_release"]}">{_rp_octicon("tag")}<div class="ml-2 min-width-0"><div class="d-flex"><span class="css-truncate css-truncate-target text-bold mr-2" style="max-width: none;">{r["latest_release"]}</span><span title="Label: Latest" data-view-component="true" class="Label Label--success flex-shrink-0">Latest</span></div><div class="text-small color-fg-muted"><relative-time datetime="2025-03-14T10:22:31Z" class="no-wrap">Mar 14, 2025</relative-time></div></div></a>
  <div data-view-component="true" class="mt-3"><a text="small" data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame" href="{RP_PATH}/releases" data-view-component="true" class="Link">+ 17 releases</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/orgs/{RP_OWNER}/packages?repo_name={RP_REPO}" data-view-component="true" class="Link--primary no-underline Link d-flex flex-items-center">Packages <span title="0" hidden="hidden" data-view-component="true" class="Counter ml-1">0</span></a></h2><div class="text-small color-fg-muted">No packages published <br></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/{RP_OWNER}/{RP_REPO}/network/dependents" data-view-component="true" class="Link--primary no-underline Link d-flex flex-items-center">Used by <span title="512" data-view-component="true" class="Counter">512</span></a></h2></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/{RP_OWNER}/{RP_REPO}/graphs/contributors" data-view-component="true" class="Link--primary no-underline Link d-flex flex-items-center">Contributors {_rp_counter(r["contributors"], str(r["contributors"]))}</a></h2>
  <ul class="list-style-none d-flex flex-wrap mb-n2">{avatars}</ul>
  <div data-view-component="true" class="mt-3"><a text="small" href="/{RP_OWNER}/{RP_REPO}/graphs/contributors" data-view-component="true" class="Link--inTextBlock Link">+ 23 contributors</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2>
  <div class="mb-2"><span data-view-component="true" class="Progress">{bar}</span></div>
  <ul class="list-style-none">{langs}</ul></div></div>
</div></div>"""


def _rp_page() -> str:
    r = RP_RECORD
    title = f"GitHub - {RP_OWNER}/{RP_REPO}: {r['description']}"
    embedded = {
        "props": {
            "initialPayload": {
                "repo": {
                    "id": 441198233,
                    "defaultBranch": "main",
                    "name": RP_REPO,
                    "ownerLogin": RP_OWNER,
                    "currentUserCanPush": False,
                    "isFork": False,
                    "isEmpty": False,
                    "createdAt": "2022-01-09T20:14:31.000Z",
                    "ownerAvatar": "https://avatars.githubusercontent.com/u/95117345?v=4",
                    "public": True,
                    "private": False,
                    "isOrgOwned": True,
                },
                "refInfo": {
                    "name": "main",
                    "listCacheKey": "v0:1741947607.0",
                    "canEdit": False,
                    "refType": "branch",
                    "currentOid": "3f9c2ad81e5b7d2c40a1f96e3d8b0c7a21e4f5d6",
                },
                "path": "/",
                "currentUser": None,
                "fileTree": {
                    "": {
                        "items": [{"name": n, "path": n, "contentType": k} for k, n, *_ in RP_FILES],
                        "totalCount": len(RP_FILES),
                    }
                },
                "overview": {"banners": {}, "codeButton": {"contactPath": "/contact"}},
            }
        }
    }
    return f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true"><head><meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="description" content="{esc(r["description"])}. Contribute to {RP_OWNER}/{RP_REPO} development by creating an account on GitHub.">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@github"><meta name="twitter:title" content="GitHub - {RP_OWNER}/{RP_REPO}: {esc(r["description"])}"><meta name="twitter:description" content="{esc(r["description"])}">
<meta property="og:image" content="https://opengraph.githubassets.com/5e1c0f2a/{RP_OWNER}/{RP_REPO}"><meta property="og:image:alt" content="{esc(r["description"])}"><meta property="og:site_name" content="GitHub"><meta property="og:type" content="object"><meta property="og:title" content="GitHub - {RP_OWNER}/{RP_REPO}: {esc(r["description"])}"><meta property="og:url" content="https://github.com/{RP_OWNER}/{RP_REPO}"><meta property="og:description" content="{esc(r["description"])}">
<meta name="octolytics-dimension-repository_id" content="441198233"><meta name="octolytics-dimension-repository_nwo" content="{RP_OWNER}/{RP_REPO}"><meta name="octolytics-dimension-repository_public" content="true"><meta name="go-import" content="github.com/{RP_OWNER}/{RP_REPO} git https://github.com/{RP_OWNER}/{RP_REPO}.git">
<link rel="canonical" href="https://github.com/{RP_OWNER}/{RP_REPO}" data-turbo-transient>
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
{_rp_header()}</div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled data-project-hovercards-enabled><div itemscope itemtype="http://schema.org/SoftwareSourceCode" class=""><main id="js-repo-pjax-container">
{_rp_repo_head()}
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class=""><div id="repo-content-pjax-container" class="repository-content"><h1 class="sr-only">{RP_OWNER}/{RP_REPO}</h1>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div data-view-component="true" class="Layout Layout--flowRow-until-md react-repos-overview-margin Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end" style="max-width: 100%">
<div data-view-component="true" class="Layout-main"><react-partial partial-name="repos-overview" data-ssr="true" data-attempted-ssr="true" data-react-profiling="false"><script type="application/json" data-target="react-partial.embeddedData">{json.dumps(embedded)}</script>
<div data-target="react-partial.reactRoot"><div class="OverviewContent-module__Box--NPjsY">
<div class="OverviewContent-module__Box_1--gT_Ae"><button type="button" aria-haspopup="true" class="prc-Button-ButtonBase-c50BI ref-selector-button" data-testid="anchor-button">{_rp_octicon("git-branch")}<span class="RefSelectorAnchoredOverlay-module__RefSelectorText--bxVhQ">main</span></button>
<a href="{RP_PATH}/branches" class="prc-Button-ButtonBase-c50BI">{_rp_octicon("git-branch")}<span class="prc-Button-Label-pTQ3x"><strong>12</strong> <span class="fgColor-muted">Branches</span></span></a><a href="{RP_PATH}/tags" class="prc-Button-ButtonBase-c50BI">{_rp_octicon("tag")}<span class="prc-Button-Label-pTQ3x"><strong>18</strong> <span class="fgColor-muted">Tags</span></span></a>
<button type="button" class="prc-Button-ButtonBase-c50BI">Go to file</button><button type="button" class="prc-Button-ButtonBase-c50BI" data-variant="primary">{_rp_octicon("code")}<span>Code</span></button></div>
{_rp_file_table()}
{_rp_readme()}
</div></div></react-partial></div>
{_rp_sidebar()}
</div></div></div></turbo-frame>
</main></div></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0 mx-2"><a aria-label="Homepage" title="GitHub" class="footer-octicon mr-2" href="https://github.com">{_rp_octicon("mark-github", 24)}</a><span>&copy; 2025 GitHub,&nbsp;Inc.</span></div>
<nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading"><li class="mx-2"><a href="https://docs.github.com/site-policy/github-terms/github-terms-of-service" class="Link--secondary Link">Terms</a></li><li class="mx-2"><a href="https://docs.github.com/site-policy/privacy-policies/github-privacy-statement" class="Link--secondary Link">Privacy</a></li><li class="mx-2"><a href="https://github.com/security" class="Link--secondary Link">Security</a></li><li class="mx-2"><a href="https://www.githubstatus.com/" class="Link--secondary Link">Status</a></li><li class="mx-2"><a href="https://docs.github.com/" class="Link--secondary Link">Docs</a></li><li class="mx-2"><a href="https://support.github.com?tags=dotcom-footer" class="Link--secondary Link">Contact</a></li><li class="mx-2"><button type="button" class="Link--secondary">Manage cookies</button></li><li class="mx-2"><button type="button" class="Link--secondary">Do not share my personal information</button></li></ul></nav></div></footer>
</div>
</body></html>"""


@fourteenth_c
def build_repopage() -> None:
    s = Site(
        "repopage",
        kind="detail page (GitHub repository home 2024–25: Primer classes + React partials, a[rel=author] owner / strong[itemprop=name] repo, Star / Fork Counters '1.2k' with exact counts in title attributes, file table, rendered README with its own table, BorderGrid About sidebar with topic-tag chips, 'MIT license', '84 watching', Releases 'v2.4.1' + Latest + relative-time, Contributors 37, Languages 'Python 92.1%', no JSON-LD)",
        start=RP_PATH.lstrip("/") + "/",
        description="A GitHub repository home page (logged out, 2024–2025): the AppHeader (logo, owner / repo context, search, Sign in / Sign up), the repository header (span.author a[rel=author] 'lumen-data', '/', strong[itemprop=name] a 'tablesift', 'Public', Notifications, 'Fork 310' and 'Star 1.2k' buttons whose Counter spans carry title='310' / title='1,237'), the UnderlineNav tabs (Issues 41, Pull requests 9, Projects 0…), the branch selector, '12 Branches' / '18 Tags', Go to file / Code, the file table (latest-commit row 'release: v2.4.1', '3f9c2ad', 'Mar 14, 2025', '1,248 Commits', then 13 rows of name / commit message / relative-time), the README (badges, prose, install and quick-start code, a benchmark table, License), the BorderGrid sidebar: About (p.f4 description, homepage link text 'tablesift.readthedocs.io' with the full URL in href and title, eight topic-tag links, Readme, 'MIT license', Security policy, Activity, Custom properties, '1.2k stars', '84 watching', '310 forks', Report repository), Releases 18 ('v2.4.1', 'Latest', relative-time 'Mar 14, 2025', '+ 17 releases'), Packages ('No packages published'), Used by 512, Contributors 37 (14 avatars, '+ 23 contributors'), Languages (Progress bar with aria-labels 'Python 92.1', list 'Python 92.1%', 'Cython 4.6%', …); the footer; OG / Twitter tags; a react-partial embeddedData JSON; no JSON-LD. Written down: title, owner, description, homepage, topics, license, stars (exact, from the title attribute), watchers, forks, language (the main one), latest_release, release_date, contributors.",
    )
    s.list_page(RP_PATH.strip("/") + "/index.html", _rp_page())
    _index(s, "GitHub", RP_PATH, f"{RP_OWNER}/{RP_REPO}")
    s.expect(dict(RP_RECORD))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# staydetail: a Booking.com property page (2024–2025).
# ---------------------------------------------------------------------------------------------------

SD_PATH = "/hotel/pt/casa-do-limoeiro.en-gb.html"
SD_RECORD = {
    "title": "Casa do Limoeiro Alfama Boutique Hotel",
    "stars": 4,
    "address": "Rua do Limoeiro 12, Santa Maria Maior, 1100-338 Lisbon, Portugal",
    "rating": 8.7,
    "rating_text": "Fabulous",
    "review_count": 1234,
    "facilities": ["Free WiFi", "Airport shuttle", "Non-smoking rooms", "Family rooms", "Bar", "Very good breakfast"],
    "price": 142,
    "currency": "EUR",
    "room_types": ["Standard Double Room", "Deluxe Double Room with River View", "Junior Suite with Terrace"],
    "check_in": "15:00",
    "check_out": "11:00",
}
# Room type, sleeps, bed line, original price (struck) or None, price for 3 nights, offer lines.
SD_ROOMS = [
    (
        "Standard Double Room",
        2,
        "1 large double bed",
        168,
        142,
        [
            "Very good breakfast included",
            "Free cancellation before 7 April 2025",
            "No prepayment needed \u2013 pay at the property",
        ],
    ),
    (
        "Deluxe Double Room with River View",
        2,
        "1 extra-large double bed",
        None,
        189,
        ["Very good breakfast included", "Free cancellation before 7 April 2025"],
    ),
    (
        "Junior Suite with Terrace",
        3,
        "1 extra-large double bed and 1 sofa bed",
        298,
        256,
        ["Very good breakfast included", "Non-refundable"],
    ),
]
SD_SCORES = [
    ("Staff", "9.3"),
    ("Facilities", "8.4"),
    ("Cleanliness", "9.0"),
    ("Comfort", "8.8"),
    ("Value for money", "8.5"),
    ("Location", "9.4"),
    ("Free WiFi", "8.1"),
]
SD_REVIEWS = [
    (
        "Maren",
        "Norway",
        "The breakfast on the roof terrace with a view over the river was the best part of our stay. Staff went out of their way to help.",
    ),
    (
        "Thomas",
        "United Kingdom",
        "Perfect location in Alfama, tram 28 stops around the corner. Room was small but spotless.",
    ),
    ("Luc\u00eda", "Spain", "Very friendly reception, they kept our bags after check-out. Bed was really comfortable."),
]
SD_SIMILAR = [
    ("Memmo Alfama Design Hotel", "memmo-alfama", "9.1", "Superb", "3,412", 318),
    ("Hotel Convento do Salvador", "convento-do-salvador", "8.9", "Fabulous", "2,087", 171),
    ("Alfama Patio Hostel", "alfama-patio-hostel", "8.6", "Fabulous", "5,960", 96),
    ("Solar do Castelo", "solar-do-castelo", "9.2", "Superb", "1,548", 402),
]


def _sd(name: str) -> str:
    """A Booking-like class pair of two 10-hex hashes."""
    return f"{_hex(name)} {_hex(name + '/2')}"


def _sd_header() -> str:
    tabs = [
        ("Stays", "/index.en-gb.html", True),
        ("Flights", "/flights/index.en-gb.html", False),
        ("Flight + Hotel", "/packages.en-gb.html", False),
        ("Car rental", "/cars/index.en-gb.html", False),
        ("Attractions", "/attractions/index.en-gb.html", False),
        ("Airport taxis", "/taxi/index.en-gb.html", False),
    ]
    tab_html = "".join(
        f'<li class="{_sd("tab-li")}"><a href="{href}" class="{_sd("tab")}" id="{slug(t)}"{" aria-current=page" if current else ""} data-testid="header-{slug(t)}-tab"><span class="{_sd("tab-label")}">{esc(t)}</span></a></li>'
        for t, href, current in tabs
    )
    return f"""<header class="{_sd("header")}" data-testid="header-container"><nav class="{_sd("header-nav")}" aria-label="User menu">
  <a href="/index.en-gb.html" data-testid="header-booking-logo" aria-label="Booking.com" class="{_sd("logo")}"><svg aria-hidden="true"></svg></a>
  <div class="{_sd("header-right")}"><button type="button" data-testid="header-currency-picker-trigger" aria-label="Prices in Euro" class="{_sd("btn")}"><span class="{_sd("btn-text")}"><div class="{_sd("cur")}">EUR</div></span></button><button type="button" data-testid="header-language-picker-trigger" aria-label="Language: English (UK)" class="{_sd("btn")}"><img src="https://t-cf.bstatic.com/design-assets/assets/v3.138.1/images-flags/Gb@3x.png" alt="" class="{_sd("flag")}"></button>
  <a href="https://secure.booking.com/help.en-gb.html" data-testid="header-help-center" aria-label="Customer Service" class="{_sd("btn")}"><svg aria-hidden="true"></svg></a>
  <a href="https://join.booking.com/?lang=en-gb" data-testid="header-custom-action-button" class="{_sd("btn")}"><span>List your property</span></a>
  <a href="https://account.booking.com/register?op_token=EgVvYXV0aCJ" data-testid="header-sign-up-button" class="{_sd("btn-primary")}"><span>Register</span></a><a href="https://account.booking.com/sign-in?op_token=EgVvYXV0aCJ" data-testid="header-sign-in-button" class="{_sd("btn-primary")}"><span>Sign in</span></a></div>
</nav><nav class="{_sd("xpb-nav")}" aria-label="Products"><ul class="{_sd("xpb-list")}">{tab_html}</ul></nav></header>"""


def _sd_search() -> str:
    return f"""<div data-testid="searchbox-layout-wide" class="{_sd("sb")}"><form action="/searchresults.en-gb.html" method="get" role="search" data-component="search/searchbox/searchbox-xp"><div class="{_sd("sb-field")}"><input name="ss" class="{_sd("sb-input")}" placeholder="Where are you going?" value="Lisbon" aria-label="Where are you going?" autocomplete="off"></div>
<div data-testid="searchbox-dates-container" class="{_sd("sb-dates")}"><button type="button" data-testid="date-display-field-start" class="{_sd("date-btn")}">Thu 10 Apr</button> — <button type="button" data-testid="date-display-field-end" class="{_sd("date-btn")}">Sun 13 Apr</button></div>
<div class="{_sd("sb-occ")}"><button type="button" data-testid="occupancy-config" class="{_sd("occ-btn")}"><span class="{_sd("occ-text")}">2 adults · 0 children · 1 room</span></button></div>
<input type="hidden" name="checkin" value="2025-04-10"><input type="hidden" name="checkout" value="2025-04-13"><input type="hidden" name="group_adults" value="2"><button type="submit" class="{_sd("sb-submit")}"><span>Search</span></button></form></div>"""


def _sd_rooms() -> str:
    cta = '<td class="hprt-table-cell hprt-table-cell-book" rowspan="3"><div class="hprt-reservation-cta"><button type="submit" class="txp-bui-main-pp bui-button bui-button--primary hp_rt_input px--fw-cta js-reservation-button">I&#39;ll reserve</button><ul class="hprt-reservation-cta__notes"><li>It only takes 2 minutes</li><li>Confirmation is immediate</li></ul></div></td>'
    rows = []
    for number, (name, sleeps, bed, original, price, offers) in enumerate(SD_ROOMS):
        struck = (
            f'<div class="bui-f-color-destructive js-strikethrough-price prco-inline-block-maker-helper bui-price-display__original" aria-hidden="true" data-strikethrough-value="{original}">€{original}</div>'
            if original
            else ""
        )
        sr_struck = f"Original price €{original}. " if original else ""
        offer_html = "".join(
            f'<li class="bui-list__item"><div class="bui-list__description">{esc(o)}</div></li>' for o in offers
        )
        rows.append(f"""<tr data-block-id="1093814{number:02d}_381920477_2_41_0" class="js-rt-block-row e2e-hprt-table-row hprt-table-cheapest-block hprt-table-cheapest-block-fix js-hprt-table-cheapest-block {"hprt-table-last-row" if number == len(SD_ROOMS) - 1 else ""}">
<td class="hprt-table-cell -first hprt-table-cell-roomtype droom_seperator" rowspan="1"><div class="hprt-block"><div class="hprt-roomtype-block hprt-roomtype-name"><h3><a href="#RD1093814{number:02d}" class="hprt-roomtype-link" data-room-id="1093814{number:02d}"><span class="hprt-roomtype-icon-link">{esc(name)}</span></a></h3></div>
<div class="hprt-roomtype-bed"><ul class="rt-bed-types"><li class="rt-bed-type"><span>{esc(bed)}</span></li></ul></div><div class="hprt-facilities-block"><span class="hprt-facilities-facility" data-name-en="room size"><span>{18 + 7 * number} m²</span></span><span class="hprt-facilities-facility"><span>Air conditioning</span></span><span class="hprt-facilities-facility"><span>Private bathroom</span></span>{"<span class=hprt-facilities-facility><span>River view</span></span>" if number else ""}</div></div></td>
<td class="hprt-table-cell hprt-table-cell-occupancy droom_seperator"><div class="c-occupancy-icons hprt-occupancy-occupancy-info"><span class="bui-u-sr-only">Max. people: {sleeps}</span>{'<i class="bicon bicon-occupancy"></i>' * sleeps}</div></td>
<td class="hprt-table-cell hprt-table-cell-price droom_seperator"><div class="hprt-price-block"><div class="prco-wrapper bui-price-display prco-sr-default-assembly-wrapper"><div class="bui-price-display__label prco-inline-block-maker-helper">Price for 3 nights</div>{struck}<div class="bui-price-display__value prco-text-nowrap-helper prco-inline-block-maker-helper prco-f-font-heading" aria-hidden="true"><span class="prco-valign-middle-helper">€{price}</span></div><span class="bui-u-sr-only">{sr_struck}Current price €{price}</span><div class="prd-taxes-and-fees-under-price prco-inline-block-maker-helper on-hprt-table" data-excl-charges-raw="" data-cur-stage="0">Includes taxes and charges</div></div></div></td>
<td class="hprt-table-cell hprt-table-cell-conditions droom_seperator"><div class="hprt-conditions-block"><ul class="hprt-conditions-bui bui-list bui-list--text bui-list--icon bui-f-font-caption">{offer_html}</ul></div></td>
<td class="hprt-table-cell hprt-table-room-select droom_seperator"><div class="hprt-block"><label class="bui-u-sr-only" for="hprt_nos_select_1093814{number:02d}">Select rooms</label><select class="hprt-nos-select js-hprt-nos-select" name="nr_rooms_1093814{number:02d}" id="hprt_nos_select_1093814{number:02d}" data-component="hotel/new-rooms-table/select-rooms"><option value="0">0</option><option value="1">1 &nbsp;&nbsp;&nbsp; (€{price})</option><option value="2">2 &nbsp;&nbsp;&nbsp; (€{price * 2})</option></select></div></td>
{cta if number == 0 else ""}
</tr>""")
    return f"""<section id="availability" class="{_sd("availability")}" data-testid="property-section--availability"><h2 class="{_sd("h2")}">Availability</h2>
<p class="{_sd("avail-note")}">Prices converted to EUR · Thu 10 Apr 2025 – Sun 13 Apr 2025 · 2 adults</p>
<form id="hprt-form" method="post" action="https://secure.booking.com/book.html"><table id="hprt-table" class="hprt-table  hprt-table-long-language" aria-label="Room types">
<thead><tr><th class="hprt-table-header-cell -first" scope="col">Room type</th><th class="hprt-table-header-cell" scope="col">Number of guests</th><th class="hprt-table-header-cell hprt-table-header-price" scope="col">Price for 3 nights</th><th class="hprt-table-header-cell" scope="col">Your choices</th><th class="hprt-table-header-cell" scope="col">Select rooms</th><th class="hprt-table-header-cell" scope="col"></th></tr></thead>
<tbody>{"".join(rows)}</tbody></table></form></section>"""


def _sd_page() -> str:
    r = SD_RECORD
    facilities = "".join(
        f'<li class="{_sd("fac-li")}"><div class="{_sd("fac")}"><span class="{_sd("fac-icon")}" aria-hidden="true"><svg></svg></span><div class="{_sd("fac-text")}"><span class="{_sd("fac-name")}">{esc(f)}</span></div></div></li>'
        for f in r["facilities"]
    )
    scores = "".join(
        f'<div data-testid="review-subscore" class="{_sd("subscore")}"><div class="{_sd("subscore-row")}"><span class="{_sd("subscore-name")}">{esc(n)}</span><div class="{_sd("subscore-val")}" aria-hidden="true">{v}</div></div><div class="{_sd("bar")}"><div class="{_sd("bar-fill")}" style="width:{float(v) * 10}%"></div></div></div>'
        for n, v in SD_SCORES
    )
    reviews = "".join(
        f'<li class="{_sd("rv-li")}"><div data-testid="featuredreview" class="{_sd("rv")}"><div class="{_sd("rv-avatar")}"><div data-testid="featuredreview-avatar"><div class="{_sd("rv-name")}">{esc(n)}</div><div class="{_sd("rv-country")}"><img src="https://t-cf.bstatic.com/design-assets/assets/v3.138.1/images-flags/{n[:2]}@3x.png" alt="" class="{_sd("flag")}"><span class="{_sd("country")}">{esc(c)}</span></div></div></div><div data-testid="featuredreview-text" class="{_sd("rv-text")}"><div class="{_sd("rv-quote")}">“{esc(t)}”</div></div></div></li>'
        for n, c, t in SD_REVIEWS
    )
    similar = "".join(
        f'<div data-testid="property-card" class="{_sd("sim-card")}"><a href="/hotel/pt/{u}.en-gb.html" class="{_sd("sim-link")}"><div data-testid="title" class="{_sd("sim-title")}">{esc(n)}</div></a><div class="{_sd("sim-loc")}">Lisbon</div><div data-testid="review-score" class="{_sd("sim-score")}"><div class="{_sd("sim-badge")}" aria-hidden="true">{sc}</div><div class="{_sd("sim-text")}">{rt}</div><div class="{_sd("sim-count")}">{cnt} reviews</div></div><div class="{_sd("sim-price")}"><span class="{_sd("sim-from")}">Starting from</span> <span data-testid="price-and-discounted-price" class="{_sd("sim-amount")}">€{p}</span></div></div>'
        for n, u, sc, rt, cnt, p in SD_SIMILAR
    )
    crumbs = [
        ("Home", "/index.en-gb.html"),
        ("Hotels", "/hotel/index.en-gb.html"),
        ("Portugal", "/country/pt.en-gb.html"),
        ("Lisbon District", "/region/pt/lisbon-region.en-gb.html"),
        ("Lisbon", "/city/pt/lisbon.en-gb.html"),
        ("Alfama", "/district/pt/lisbon/alfama.en-gb.html"),
    ]
    crumb_html = "".join(
        f'<li class="{_sd("crumb-li")}"><a href="{h}" class="{_sd("crumb")}">{esc(t)}</a><span aria-hidden="true" class="{_sd("crumb-sep")}">›</span></li>'
        for t, h in crumbs
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "Hotel",
        "name": r["title"],
        "url": f"https://www.booking.com{SD_PATH}",
        "description": "Set in the Alfama district of Lisbon, a 5-minute walk from S\u00e3o Jorge Castle, Casa do Limoeiro Alfama Boutique Hotel offers a roof terrace with river views, a bar and free WiFi throughout the property.",
        "image": "https://cf.bstatic.com/xdata/images/hotel/max500/512840317.jpg?k=8c1f6a5b2e&o=&hp=1",
        "hasMap": "https://maps.googleapis.com/maps/api/staticmap?center=38.7109,-9.1322&zoom=15",
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": 8.7, "bestRating": 10, "reviewCount": 1234},
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Rua do Limoeiro 12, Santa Maria Maior, 1100-338 Lisbon, Portugal",
            "addressLocality": "Lisbon",
            "addressRegion": "Lisbon District",
            "postalCode": "1100-338",
            "addressCountry": "Portugal",
        },
        "priceRange": "Prices for upcoming dates start at €98 per night (We Price Match)",
    }
    return f"""<!DOCTYPE html><html lang="en-gb" class="no-js"><head><meta charset="utf-8">
<title>Casa do Limoeiro Alfama Boutique Hotel, Lisbon (updated prices 2025)</title>
<meta name="description" content="Casa do Limoeiro Alfama Boutique Hotel, Lisbon – Book with Booking.com. Good availability and great rates.">
<meta property="og:title" content="★★★★ Casa do Limoeiro Alfama Boutique Hotel, Lisbon, Portugal"><meta property="og:type" content="booking_com:hotel"><meta property="og:url" content="https://www.booking.com{SD_PATH}"><meta property="og:image" content="https://cf.bstatic.com/xdata/images/hotel/max500/512840317.jpg?k=8c1f6a5b2e&amp;o=&amp;hp=1"><meta property="og:description" content="Set in the Alfama district of Lisbon, a 5-minute walk from São Jorge Castle.">
<meta property="booking_com:location:latitude" content="38.7109"><meta property="booking_com:location:longitude" content="-9.1322">
<link rel="canonical" href="https://www.booking.com{SD_PATH}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>var booking = {{env: {{b_hotel_id: '10938140', b_hotel_name: 'Casa do Limoeiro Alfama Boutique Hotel', b_checkin_date: '2025-04-10', b_checkout_date: '2025-04-13', b_selected_currency: 'EUR', b_stars: '4'}}}};</script>
</head><body id="b2hotelPage" class="hotel_page_body lang_is_ltr">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat bottom" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. Click ‘Accept’ to consent, or ‘Decline’ to reject non-essential cookies. <a href="https://www.booking.com/content/cookie-policy.html">Manage preferences</a></div></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept</button><button id="onetrust-reject-all-handler">Decline</button></div></div></div></div>
{_sd_header()}
<div data-testid="genius-signin-banner" class="{_sd("genius")}"><div class="{_sd("genius-body")}"><h3 class="{_sd("genius-title")}">Sign in, save money</h3><p>Save 10% or more at participating properties – just look for the blue Genius label</p><a href="https://account.booking.com/sign-in" class="{_sd("btn-primary")}">Sign in</a> <a href="https://account.booking.com/register" class="{_sd("btn-link")}">Register</a></div><button aria-label="Close banner" class="{_sd("close")}"></button></div>
<div class="{_sd("page")}"><aside class="{_sd("left")}">{_sd_search()}<div class="{_sd("map-box")}"><a href="#map_opened" data-atlas-latlng="38.7109,-9.1322" class="{_sd("map-link")}">Show on map</a></div><div id="filters_sidebar" class="{_sd("why")}"><h3>Why book with us?</h3><ul><li>We price match</li><li>No booking fees</li><li>Manage your booking online</li></ul></div></aside>
<main class="{_sd("main")}">
<nav aria-label="Breadcrumb" class="{_sd("crumbs")}"><ol class="{_sd("crumb-ol")}">{crumb_html}<li class="{_sd("crumb-li")}"><span class="{_sd("crumb-cur")}" aria-current="page">Casa do Limoeiro Alfama Boutique Hotel (Hotel) (Portugal) Deals</span></li></ol></nav>
<ul class="{_sd("pp-tabs")}" role="tablist" data-testid="property-tabs"><li><a href="#basiclayout" role="tab" aria-selected="true" class="{_sd("pp-tab")}">Overview</a></li><li><a href="#availability" role="tab" class="{_sd("pp-tab")}">Info &amp; prices</a></li><li><a href="#hp_facilities_box" role="tab" class="{_sd("pp-tab")}">Facilities</a></li><li><a href="#hp_policies_box" role="tab" class="{_sd("pp-tab")}">House rules</a></li><li><a href="#important_info" role="tab" class="{_sd("pp-tab")}">The fine print</a></li><li><a href="#blockdisplay4" role="tab" class="{_sd("pp-tab")}">Guest reviews (1,234)</a></li></ul>
<div id="basiclayout" class="{_sd("basic")}">
<div id="wrap-hotelpage-top" class="{_sd("top")}"><div id="hp_hotel_name" class="hp__hotel-title pp-header">
  <span class="{_sd("type-badge")}" data-testid="property-type-badge">Hotel</span>
  <span class="{_sd("stars-wrap")}" data-testid="quality-rating"><span class="{_sd("stars")}" aria-hidden="false" aria-label="{r["stars"]} out of 5" role="img" data-testid="rating-stars">{'<span class="fcd9eec8fb"><svg viewBox="0 0 24 24" width="50px" height="50px" aria-hidden="true"><path d="M23.555 8.729a1.505 1.505 0 0 0-1.406-.98h-6.087z"></path></svg></span>' * r["stars"]}</span></span>
  <span class="{_sd("preferred")}" data-testid="preferred-badge"><span aria-label="This property is part of our Preferred Partner Programme." class="{_sd("thumb")}"></span></span>
  <div class="{_sd("h2-wrap")}"><h2 class="{_sd("title")} pp-header__title">{esc(r["title"])}</h2></div>
</div>
<div id="showMap2" class="{_sd("addr-wrap")}"><span class="hp_address_subtitle js-hp_address_subtitle jq_tooltip" data-source="top_link" data-node_tt_id="location_score_tooltip" data-width="350" tabindex="0" aria-describedby="location_score_tooltip">{esc(r["address"])}</span> – <a href="#map_opened" class="{_sd("map-a")}"><span>Excellent location – show map</span></a></div>
<div class="{_sd("price-match")}"><button type="button" class="{_sd("btn-primary")}" data-testid="reserve-button">Reserve</button> <span class="{_sd("pm")}">We Price Match</span></div>
</div>
<div id="photo_wrapper" class="{_sd("gallery")}" data-testid="property-gallery"><a href="#" class="{_sd("ph")}"><img src="https://cf.bstatic.com/xdata/images/hotel/max1024x768/512840317.jpg?k=8c1f6a5b2e" alt="Roof terrace at Casa do Limoeiro with views over the Tagus" class="{_sd("ph-img")}"></a><a href="#" class="{_sd("ph")}"><img src="https://cf.bstatic.com/xdata/images/hotel/max500/512840322.jpg?k=2a0b" alt="A double room" class="{_sd("ph-img")}"></a><a href="#" class="{_sd("more-ph")}">+27 photos</a></div>
<div data-testid="PropertyReviewScoreRightComponent" class="{_sd("rsc-wrap")}"><a href="#blockdisplay4" class="{_sd("rsc-link")}"><div data-testid="review-score-right-component" class="{_sd("rsc")}"><div class="{_sd("rsc-badge")}" aria-hidden="true">{r["rating"]}</div><div class="{_sd("rsc-sr")}">Scored {r["rating"]} </div><div class="{_sd("rsc-body")}"><div class="{_sd("rsc-text")}" aria-hidden="true">{r["rating_text"]}</div><div class="{_sd("rsc-count")}">1,234 reviews</div></div></div></a>
<div class="{_sd("featured-rv")}"><h3 class="{_sd("h3")}">Guests who stayed here loved</h3><div class="{_sd("quote")}">“{esc(SD_REVIEWS[0][2])}”</div><div class="{_sd("quote-by")}">{SD_REVIEWS[0][0]} · {SD_REVIEWS[0][1]}</div></div>
<div data-testid="review-subscore" class="{_sd("loc-score")}"><span class="{_sd("loc-label")}">Excellent location!</span> <div class="{_sd("loc-val")}" aria-hidden="true">9.4</div></div></div>
<div class="{_sd("desc-wrap")}"><p data-testid="property-description" class="{_sd("desc")}">Set in the Alfama district of Lisbon, a 5-minute walk from São Jorge Castle, Casa do Limoeiro Alfama Boutique Hotel offers a roof terrace with river views, a bar and free WiFi throughout the property. The hotel is 400 metres from Lisbon Cathedral and 1.2 km from Commerce Square.<br><br>Every room has air conditioning, a flat-screen TV, a safety deposit box and a private bathroom with a walk-in shower and free toiletries. Some rooms look over the Tagus River.<br><br>A buffet breakfast with local pastries is served each morning on the terrace. Santa Apolónia train station is 900 metres away, and Lisbon Humberto Delgado Airport is 8 km from the property; an airport shuttle is available at a surcharge.<br><br>Couples particularly like the location — they rated it <b>9.5</b> for a two-person trip.</p></div>
<div data-testid="property-most-popular-facilities-wrapper" class="{_sd("mpf")}"><div class="{_sd("mpf-title")}"><h3 class="{_sd("h3")}">Most popular facilities</h3></div><ul class="{_sd("mpf-list")}">{facilities}</ul></div>
<div data-testid="property-highlights" class="{_sd("hl")}"><h3 class="{_sd("h3")}">Property highlights</h3><h4>Perfect for a 3-night stay!</h4><p>Top location: Highly rated by recent guests (9.4)</p><h4>Breakfast info</h4><p>Continental, Buffet</p><p>Free private parking available at the hotel</p><button type="button" class="{_sd("btn-primary")}">Reserve</button></div>
</div>
{_sd_rooms()}
<div id="blockdisplay4" class="{_sd("reviews")}" data-testid="property-section--reviews"><h2 class="{_sd("h2")}">Guest reviews</h2><div data-testid="review-score-component" class="{_sd("rsc")}"><div class="{_sd("rsc-badge")}" aria-hidden="true">{r["rating"]}</div><div class="{_sd("rsc-sr")}">Scored {r["rating"]} </div><div class="{_sd("rsc-body")}"><div class="{_sd("rsc-text")}" aria-hidden="true">{r["rating_text"]}</div><div class="{_sd("rsc-count")}">1,234 reviews</div></div></div><span class="{_sd("read-all")}"><a href="#tab-reviews">Read all reviews</a></span>
<h3 class="{_sd("h3")}">Categories:</h3><div class="{_sd("subscores")}">{scores}</div><p class="{_sd("hs")}">High score for Lisbon</p>
<h3 class="{_sd("h3")}">Guests who stayed here loved</h3><ul class="{_sd("rv-list")}">{reviews}</ul></div>
<div id="hp_facilities_box" class="{_sd("facilities")}"><h2 class="{_sd("h2")}">Facilities of Casa do Limoeiro Alfama Boutique Hotel</h2><p>Great facilities! Review score, 8.4</p><div class="{_sd("fac-groups")}"><div><h3>Bathroom</h3><ul><li>Toilet paper</li><li>Towels</li><li>Private bathroom</li><li>Hairdryer</li><li>Shower</li></ul></div><div><h3>Outdoors</h3><ul><li>Sun terrace</li><li>Terrace</li></ul></div><div><h3>Internet</h3><p><b>WiFi</b> is available in all areas and is free of charge.</p></div><div><h3>Parking</h3><p>Free private parking is possible on site (reservation is needed).</p></div><div><h3>Languages spoken</h3><ul><li>English</li><li>Spanish</li><li>French</li><li>Portuguese</li></ul></div></div></div>
<div id="hp_policies_box" class="{_sd("policies")}" data-testid="property-section--policies"><h2 class="{_sd("h2")}">House rules</h2><p class="{_sd("policies-intro")}">Casa do Limoeiro Alfama Boutique Hotel takes special requests – add in the next step!</p>
<div class="{_sd("policy-list")}" data-testid="property-section--content">
<div class="{_sd("policy-row")}"><div class="{_sd("policy-name")}"><span class="{_sd("policy-icon")}" aria-hidden="true"></span><div class="{_sd("policy-title")}">Check-in</div></div><div class="{_sd("policy-text")}"><div>From 15:00</div><div>Guests are required to show a photo identification and credit card upon check-in</div></div></div>
<div class="{_sd("policy-row")}"><div class="{_sd("policy-name")}"><span class="{_sd("policy-icon")}" aria-hidden="true"></span><div class="{_sd("policy-title")}">Check-out</div></div><div class="{_sd("policy-text")}"><div>Until 11:00</div></div></div>
<div class="{_sd("policy-row")}"><div class="{_sd("policy-name")}"><div class="{_sd("policy-title")}">Cancellation/ prepayment</div></div><div class="{_sd("policy-text")}">Cancellation and prepayment policies vary according to accommodation type. Please check what conditions may apply to each option when making your selection.</div></div>
<div class="{_sd("policy-row")}"><div class="{_sd("policy-name")}"><div class="{_sd("policy-title")}">Children &amp; Beds</div></div><div class="{_sd("policy-text")}"><p>Children of any age are welcome.</p><p>Children 12 years and above will be charged as adults at this property.</p></div></div>
<div class="{_sd("policy-row")}"><div class="{_sd("policy-name")}"><div class="{_sd("policy-title")}">No age restriction</div></div><div class="{_sd("policy-text")}">There is no age requirement for check-in</div></div>
<div class="{_sd("policy-row")}"><div class="{_sd("policy-name")}"><div class="{_sd("policy-title")}">Pets</div></div><div class="{_sd("policy-text")}">Pets are not allowed.</div></div>
<div class="{_sd("policy-row")}"><div class="{_sd("policy-name")}"><div class="{_sd("policy-title")}">Accepted payment methods</div></div><div class="{_sd("policy-text")}"><span class="payment_methods_overall">Visa Mastercard American Express Cash</span></div></div>
</div></div>
<div id="important_info" class="{_sd("fine")}"><h2 class="{_sd("h2")}">The fine print</h2><p>A city tax of €4 per person per night applies to guests aged 13 and over, up to a maximum of 7 nights; it is not included in the price.</p><p>The airport shuttle costs €25 per vehicle per way and must be booked 48 hours in advance.</p><p>License number: 118352/AL</p></div>
<div data-testid="similar-properties" class="{_sd("similar")}"><h2 class="{_sd("h2")}">Similar hotels nearby</h2><div class="{_sd("sim-grid")}">{similar}</div></div>
</main></div>
<footer class="{_sd("footer")}" data-testid="footer"><ul class="{_sd("footer-links")}"><li><a href="/content/about.en-gb.html">About Booking.com</a></li><li><a href="/content/terms.en-gb.html">Terms &amp; Conditions</a></li><li><a href="/content/privacy.en-gb.html">Privacy &amp; cookie statement</a></li><li><a href="/content/how_we_work.en-gb.html">How we work</a></li><li><a href="https://partner.booking.com/">Extranet login</a></li></ul><p>Copyright © 1996–2025 Booking.com™. All rights reserved.</p><p>Booking.com is part of Booking Holdings Inc., the world leader in online travel and related services.</p></footer>
</body></html>"""


@fourteenth_c
def build_staydetail() -> None:
    s = Site(
        "staydetail",
        kind="detail page (Booking.com property 2024–25: hashed 10-hex class pairs + data-testid hooks, h2.pp-header__title with a rating-stars span aria-label '4 out of 5', hp_address_subtitle, 'Scored 8.7' / '8.7' / 'Fabulous' / '1,234 reviews', Most popular facilities, hprt availability table with room types and 'Price for 3 nights' €142 (struck €168), House rules 'From 15:00' / 'Until 11:00', similar hotels with prices, partial Hotel JSON-LD, cookie and sign-in banners)",
        start=SD_PATH.lstrip("/"),
        description="A Booking.com property page (2024–2025): a OneTrust cookie banner, the header (EUR / language / help / List your property / Register / Sign in, Stays / Flights / Flight + Hotel / Car rental / Attractions / Airport taxis), a 'Sign in, save money' Genius banner, the left search box (Lisbon, Thu 10 Apr – Sun 13 Apr, 2 adults), breadcrumbs, the property tabs, the title block (a 'Hotel' badge, span[data-testid=rating-stars][aria-label='4 out of 5'] with four svg stars, h2.pp-header__title), the address span.hp_address_subtitle with 'Excellent location – show map', a gallery, the review score component ('8.7' aria-hidden badge, 'Scored 8.7 ', 'Fabulous', '1,234 reviews') with a featured review and 'Excellent location! 9.4', the description, 'Most popular facilities' (six spans), property highlights, the availability table #hprt-table (three room types with bed lines, sizes, sleeps in sr-only text, 'Price for 3 nights', struck €168 / €298, '€142' / '€189' / '€256', sr-only 'Current price €142', conditions, a rooms select with prices, 'I'll reserve'), guest reviews (the score again, seven category sub-scores, three review cards), facilities groups, House rules (Check-in 'From 15:00', Check-out 'Until 11:00', cancellation, children, pets, payment), the fine print (a €4 city tax, a €25 shuttle), 'Similar hotels nearby' cards with names, scores, review counts and 'Starting from €NNN', the footer, a Hotel JSON-LD without star rating or price (priceRange 'start at €98 per night') and a booking.env script. Written down: title, stars, address, rating, rating_text, review_count, facilities, price (the cheapest room for the selected dates) and currency, room_types, check_in, check_out.",
    )
    s.list_page(SD_PATH.lstrip("/"), _sd_page())
    _index(s, "Booking.com", SD_PATH, SD_RECORD["title"])
    s.expect(dict(SD_RECORD))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FOURTEENTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
