"""Held-out detail-page sites (issue #3): one entity per start URL, so that the frozen third of the
corpus measures detail pages too. Three well-known families none of the open detail sites copies:
an App Store app page, a GitHub repository page and a Steam store game page.

FROZEN: never open these pages, their expected records or this script while tuning the Scout (see the
corpus README). Run ``uv run python tests/sites/corpus/generate_held_out_detail.py`` to rebuild them
(the helpers and conventions are those of ``generate.py``). They were written and frozen by a helper
who never tuned the Scout, before the Scout ever ran on them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, esc

HELD_OUT: dict[str, Callable[[], None]] = {}
FROZEN.update({"appkiosk", "gitgrove", "ludeport"})


def held_out(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    HELD_OUT[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _ld(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# appkiosk: an App Store (apps.apple.com) app page. The age rating badge sits inside the h1, the
# subtitle and developer are h2s, "4.8 • 842 Ratings" in a star figure's caption, the price in the
# header list; a partial JSON-LD SoftwareApplication (no version, size or languages; datePublished is
# the first release, not the update); "What's New" with the version and a <time>, a hidden version
# history of older versions and dates, a rating histogram, review cards with stars only in an
# aria-label and developer responses, an Information dl of dt/dd pairs (Seller, Size, Category,
# Languages, Age Rating, Price) with an In-App Purchases list of prices, and lockup shelves.
# ---------------------------------------------------------------------------------------------------

APP = {
    "title": "Tidepool: Tide Times & Charts",
    "subtitle": "Tides, swell and moon phases",
    "developer": "Harbour Light Software Ltd",
    "price": 3.99,
    "currency": "GBP",
    "rating": 4.8,
    "rating_count": 842,
    "category": "Weather",
    "age_rating": "4+",
    "size": "84.2 MB",
    "version": "5.3.1",
    "updated": "2026-03-02",
    "languages": "English, Dutch, French, German, Spanish",
}
APP_PATH = "gb/app/tidepool-tide-times-charts/id1487203561/"
APP_VERSIONS = [
    ("5.3.1", "2026-03-02", "2 Mar 2026", "Fixes a crash when adding a station from the map on iPad."),
    ("5.3.0", "2026-02-12", "12 Feb 2026", "New swell period overlay, and moonrise times on the week view."),
    ("5.2.4", "2026-01-08", "8 Jan 2026", "Tide tables for 140 more stations in Ireland and Brittany."),
    ("5.2.0", "2025-11-20", "20 Nov 2025", "Home Screen widgets now show the next two tides."),
]
APP_REVIEWS = [
    (
        "Best tide app for sea swimmers",
        5,
        "Morwenna_swims",
        "14 Feb 2026",
        "I swim off the slipway most mornings and this has never been wrong by more than a few minutes. The widget is perfect.",
        "Thank you Morwenna! Glad the widget is useful, more widget sizes are on the way.",
    ),
    (
        "Good but please add Shetland",
        4,
        "NorthIslesSailor",
        "30 Jan 2026",
        "Clean design and quick to load. Missing a couple of secondary ports up here which would make it a five.",
        None,
    ),
    (
        "Worth the price",
        5,
        "kb-paddles",
        "9 Jan 2026",
        "Bought it after the free one kept showing adverts. No ads, no account, just tides.",
        None,
    ),
]
APP_IAP = [
    ("Tidepool Pro (Annual)", "£9.99"),
    ("Tidepool Pro (Monthly)", "£1.49"),
    ("Swell Pack", "£2.99"),
    ("Lifetime Pro", "£24.99"),
]
APP_MORE_BY = [
    ("Harbour Charts UK", "Navigation", "harbour-charts-uk/id1502231187"),
    ("Moonwatch: Lunar Calendar", "Weather", "moonwatch-lunar-calendar/id1559830412"),
]
APP_LIKE = [
    ("SurfCast: Swell & Wind", "Weather", "surfcast-swell-wind/id1398820144"),
    ("Tides Near Me", "Weather", "tides-near-me/id1120450976"),
    ("Windy Bay: Sailing Weather", "Weather", "windy-bay-sailing-weather/id1277734001"),
    ("Coastline Walks", "Travel", "coastline-walks/id1611092378"),
    ("MarineWX Pro", "Navigation", "marinewx-pro/id1033395220"),
]


def _lockup(title: str, category: str, path: str) -> str:
    return f'<li class="l-column small-2 medium-3 large-2"><a href="https://apps.apple.com/gb/app/{path}" class="we-lockup targeted-link we-lockup--shelf-align-top" data-metrics-click=\'{{"actionType":"navigate","targetType":"lockup"}}\'><picture class="we-artwork we-artwork--lockup we-artwork--fullwidth we-artwork--ios-app-icon" style="--lockup-max-width:160px;"><img class="we-artwork__image" src="https://is1-ssl.mzstatic.com/image/thumb/Purple/{path.rsplit("/", 1)[-1]}/160x0w.webp" alt="" height="160" width="160"></picture><div class="we-lockup__copy"><div class="we-lockup__text "><div class="we-lockup__title "><div class="we-truncate we-truncate--multi-line targeted-link__target" dir=""><p dir="ltr" data-test-bidi>{esc(title)}</p></div></div><div class="we-truncate we-truncate--single-line we-lockup__subtitle" dir="">{category}</div></div></div></a></li>'


@held_out
def build_appkiosk() -> None:
    s = Site(
        "appkiosk",
        kind="detail page (App Store-like app: partial JSON-LD, badge inside h1, information dt/dd list, version history, in-app purchase prices)",
        start=APP_PATH,
        description="An app's store page: title with an age badge, subtitle, developer, star caption, price, What's New, ratings histogram, reviews, an Information list and app shelves.",
    )
    a = APP
    ld = {
        "@context": "http://schema.org",
        "@type": "SoftwareApplication",
        "name": a["title"],
        "description": "Tidepool gives you tide times, heights and charts for over 3,000 stations around the UK and Ireland, with swell forecasts and moon phases.",
        "image": "https://is1-ssl.mzstatic.com/image/thumb/Purple126/v4/1a/2b/3c/tidepool-icon/1200x630wa.png",
        "availability": "https://schema.org/InStock",
        "datePublished": "Jun 4, 2019",
        "author": {
            "@type": "Person",
            "name": a["developer"],
            "url": "https://apps.apple.com/gb/developer/harbour-light-software-ltd/id1487203560",
        },
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.8, "reviewCount": 842},
        "offers": {"@type": "Offer", "price": 3.99, "priceCurrency": "GBP", "category": "paid"},
        "applicationCategory": "Weather",
        "operatingSystem": "Requires iOS 16.0 or later. Requires iPadOS 16.0 or later.",
    }
    histogram = "".join(
        f'<div class="we-star-bar-graph__row"><span class="we-star-bar-graph__stars we-star-bar-graph__stars--{n}"></span><div class="we-star-bar-graph__bar"><div class="we-star-bar-graph__bar__foreground-bar" style="width: {w}%;"></div></div></div>'
        for n, w in ((5, 86), (4, 9), (3, 2), (2, 1), (1, 2))
    )
    reviews = "".join(
        f"""<div class="l-column small-12 medium-6 large-4 small-valign-top l-column--equal-height"><div class="we-customer-review lockup" aria-labelledby="we-customer-review-{i}">
<figure class="we-star-rating we-customer-review__rating we-star-rating--large" aria-label="{stars} out of 5"><span class="we-star-rating-stars-outlines"><span class="we-star-rating-stars we-star-rating-stars-{stars}"></span></span></figure>
<div class="we-customer-review__header we-customer-review__header--user"><span class="we-truncate we-truncate--single-line we-customer-review__user" dir="ltr">{esc(who)}</span>, <time class="we-customer-review__date" aria-label="{when}">{when}</time></div>
<h3 class="we-truncate we-truncate--single-line we-customer-review__title" dir="ltr" id="we-customer-review-{i}">{esc(title)}</h3>
<blockquote class="we-customer-review__body we-customer-review__body--truncated"><div class="we-clamp" data-clamp><p dir="ltr" data-test-bidi>{esc(text)}</p></div><button class="we-clamp__button we-clamp__button--bottom link">more</button></blockquote>
{f'<div class="we-customer-review__header we-customer-review__header--response"><h4 class="we-customer-review__response-title">Developer Response</h4><time class="we-customer-review__date">{when}</time></div><blockquote class="we-customer-review__body"><p dir="ltr" data-test-bidi>{esc(reply)}</p></blockquote>' if reply else ""}
</div></div>"""
        for i, (title, stars, who, when, text, reply) in enumerate(APP_REVIEWS, 1)
    )
    history = "".join(
        f'<li class="version-history__item"><h4 class="version-history__item__version-number">{v}</h4><time data-test-we-datetime datetime="{iso}T00:00:00.000Z" aria-label="{shown}" class="version-history__item__release-date">{shown}</time><div class="we-truncate we-truncate--multi-line"><p dir="ltr" data-test-bidi>{esc(notes)}</p></div></li>'
        for v, iso, shown, notes in APP_VERSIONS
    )
    latest = APP_VERSIONS[0]
    iap = "".join(
        f'<li class="list-with-numbers__item"><span class="truncate-single-line truncate-single-line--block">{esc(name)}</span><span class="list-with-numbers__item__price small-hide medium-show-tablecell">{price}</span></li>'
        for name, price in APP_IAP
    )
    info = (
        ("Seller", a["developer"]),
        ("Size", a["size"]),
        (
            "Category",
            f'<a href="https://itunes.apple.com/gb/genre/ios-weather/id6001" class="link">{a["category"]}</a>',
        ),
        (
            "Compatibility",
            '<dl class="information-list__item__definition__item"><dt class="information-list__item__definition__item__term">iPhone</dt><dd class="information-list__item__definition__item__definition">Requires iOS 16.0 or later.</dd></dl><dl class="information-list__item__definition__item"><dt class="information-list__item__definition__item__term">iPad</dt><dd class="information-list__item__definition__item__definition">Requires iPadOS 16.0 or later.</dd></dl><dl class="information-list__item__definition__item"><dt class="information-list__item__definition__item__term">Apple Watch</dt><dd class="information-list__item__definition__item__definition">Requires watchOS 9.0 or later.</dd></dl>',
        ),
        ("Languages", f"<p>{a['languages']}</p>"),
        ("Age Rating", f"<p>{a['age_rating']}</p>"),
        ("Copyright", "© 2019-2026 Harbour Light Software Ltd"),
        ("Price", "£3.99"),
        ("In-App Purchases", f'<ol class="list-with-numbers">{iap}</ol>'),
    )
    info_rows = "".join(
        f'<div class="information-list__item l-column small-12 medium-6 large-4 small-valign-top"><dt class="information-list__item__term medium-valign-top l-column medium-3 large-2">{term}</dt><dd class="information-list__item__definition l-column medium-9 large-6">{value}</dd></div>'
        for term, value in info
    )
    page = f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" dir="ltr" lang="en-GB">
<head>
<meta charset="utf-8">
<title>‎Tidepool: Tide Times &amp; Charts on the App Store</title>
<meta name="description" content="Download Tidepool: Tide Times &amp; Charts by Harbour Light Software Ltd on the App Store. See screenshots, ratings and reviews, user tips and more apps like Tidepool.">
<meta property="og:title" content="‎Tidepool: Tide Times &amp; Charts">
<meta property="og:image" content="https://is1-ssl.mzstatic.com/image/thumb/Purple126/v4/1a/2b/3c/tidepool-icon/1200x630wa.png">
<meta name="apple:content_id" content="1487203561">
<link rel="canonical" href="https://apps.apple.com/gb/app/tidepool-tide-times-charts/id1487203561">
<link rel="stylesheet" href="/assets/web-experience-app-4b2f9d1c0e.css">
<script name="schema:software-application" type="application/ld+json">{_ld(ld)}</script>
</head>
<body class="no-js no-touch">
<div id="globalheader" class="globalnav-scrim"><nav id="globalnav" aria-label="Global"><ul class="globalnav-list"><li><a class="globalnav-link globalnav-link-apple" href="https://www.apple.com/uk/"><span class="globalnav-image-regular">Apple</span></a></li><li><a class="globalnav-link" href="https://www.apple.com/uk/store">Store</a></li><li><a class="globalnav-link" href="https://www.apple.com/uk/mac/">Mac</a></li><li><a class="globalnav-link" href="https://www.apple.com/uk/ipad/">iPad</a></li><li><a class="globalnav-link" href="https://www.apple.com/uk/iphone/">iPhone</a></li><li><a class="globalnav-link" href="https://www.apple.com/uk/watch/">Watch</a></li><li><a class="globalnav-link" href="https://support.apple.com/en-gb">Support</a></li></ul></nav></div>
<div class="we-localnav"><div class="we-localnav__content"><span class="we-localnav__title"><a href="https://www.apple.com/uk/app-store/" class="we-localnav__title__product">App Store</a><span class="we-localnav__title__qualifier">Preview</span></span></div></div>
<main class="selfclear is-apps-theme" id="main">
<div class="animation-wrapper is-visible">
<section class="l-content-width section section--hero product-hero">
<div class="l-row">
<div class="product-hero__media l-column small-5 medium-4 large-3 small-valign-top"><picture class="we-artwork we-artwork--downloaded product-hero__artwork we-artwork--fullwidth we-artwork--ios-app-icon" style="--lockup-max-width:230px;"><img class="we-artwork__image" src="https://is1-ssl.mzstatic.com/image/thumb/Purple126/v4/1a/2b/3c/tidepool-icon/460x0w.webp" alt="" height="230" width="230"></picture></div>
<header class="product-header app-header product-header--padded-start l-column small-7 medium-8 large-9 small-valign-top">
<h1 class="product-header__title app-header__title">
{esc(a["title"])}
<span class="badge badge--product-title">{a["age_rating"]}</span>
</h1>
<h2 class="product-header__subtitle app-header__subtitle">{esc(a["subtitle"])}</h2>
<h2 class="product-header__identity app-header__identity"><a class="link" href="https://apps.apple.com/gb/developer/harbour-light-software-ltd/id1487203560">{esc(a["developer"])}</a></h2>
<ul class="product-header__list app-header__list">
<li class="product-header__list__item"><ul class="inline-list inline-list--mobile-compact"><li class="inline-list__item">#12 in Weather</li></ul></li>
<li class="product-header__list__item"><ul class="inline-list inline-list--mobile-compact"><li class="inline-list__item inline-list__item--bulleted"><figure class="we-star-rating ember-view star-rating--large" aria-label="4.8 out of 5"><span class="we-star-rating-stars-outlines"><span class="we-star-rating-stars we-star-rating-stars-5"></span></span><figcaption class="we-rating-count star-rating__count">4.8 • 842 Ratings</figcaption></figure></li></ul></li>
</ul>
<ul class="product-header__list app-header__list"><li class="product-header__list__item"><ul class="inline-list inline-list--mobile-compact"><li class="inline-list__item inline-list__item--bulleted app-header__list__item--price">£3.99</li></ul></li><li class="product-header__list__item"><ul class="inline-list inline-list--mobile-compact"><li class="inline-list__item inline-list__item--bulleted app-header__list__item--in-app-purchase">Offers In-App Purchases</li></ul></li></ul>
</header>
</div>
</section>
<section class="l-content-width section section--bordered"><h2 class="section__headline">Screenshots</h2><div class="we-screenshot-viewer__screenshots"><ul class="l-row l-row--peek we-screenshot-viewer__screenshots-list"><li class="l-column small-2 medium-3 large-4"><picture class="we-artwork we-artwork--screenshot-platform-iphone"><img class="we-artwork__image" src="https://is1-ssl.mzstatic.com/image/thumb/PurpleSource/tidepool-1/300x0w.webp" alt="" width="300"></picture></li><li class="l-column small-2 medium-3 large-4"><picture class="we-artwork we-artwork--screenshot-platform-iphone"><img class="we-artwork__image" src="https://is1-ssl.mzstatic.com/image/thumb/PurpleSource/tidepool-2/300x0w.webp" alt="" width="300"></picture></li></ul></div></section>
<section class="l-content-width section section--bordered"><div class="section__description"><h2 class="visuallyhidden">Description</h2><div class="l-row"><div class="we-truncate we-truncate--multi-line we-truncate--interactive l-column small-12 medium-9 large-8" dir=""><p dir="ltr" data-test-bidi>Tidepool gives you tide times, heights and charts for over 3,000 stations around the UK and Ireland, with swell forecasts and moon phases.<br><br>• Tide tables for today and the next 28 days<br>• Interactive tide curve with sunrise and sunset<br>• Swell height, period and direction<br>• Home Screen and Lock Screen widgets<br><br>Tidepool Pro adds 12-month tables, offline maps and Apple Watch complications.</p></div><button class="we-truncate__button we-truncate__button--top-offset link">more</button></div></div>
<div class="l-row"><dl class="app-header__designed-for"><dt class="visuallyhidden">Developer</dt><dd><a href="https://apps.apple.com/gb/developer/harbour-light-software-ltd/id1487203560" class="link icon icon-after icon-chevronright">{esc(a["developer"])}</a></dd></dl></div></section>
<section class="l-content-width section section--bordered whats-new">
<div class="section__nav"><h2 class="section__headline">What's New</h2><button class="we-modal__show link section__nav__see-all-link ember-view" aria-controls="modal-version-history" aria-haspopup="dialog">Version History</button></div>
<div class="l-row whats-new__content"><div class="l-column small-12 medium-3 large-4 small-valign-top whats-new__latest"><div class="l-row"><time data-test-we-datetime datetime="{latest[1]}T00:00:00.000Z" aria-label="{latest[2]}" class="" >{latest[2]}</time><p class="l-column small-6 medium-12 whats-new__latest__version">Version {latest[0]}</p></div></div><div class="l-column small-12 medium-9 large-8 small-valign-top"><div class="we-truncate we-truncate--multi-line" dir=""><p dir="ltr" data-test-bidi>{esc(latest[3])}</p></div></div></div>
<div id="modal-version-history" class="we-modal we-modal--version-history" role="dialog" aria-hidden="true" hidden><div class="we-modal__content"><h1 class="version-history__headline">Version History</h1><ul class="version-history__items">{history}</ul></div></div>
</section>
<section class="l-content-width section section--bordered">
<div class="section__nav"><h2 class="section__headline">Ratings and Reviews</h2><a href="?see-all=reviews" class="link section__nav__see-all-link">See All</a></div>
<div class="we-customer-ratings lockup"><div class="l-row"><div class="we-customer-ratings__stats l-column small-4 medium-6 large-4"><div class="we-customer-ratings__averages"><span class="we-customer-ratings__averages__display">4.8</span> out of 5</div><div class="we-customer-ratings__count small-hide medium-show">842 Ratings</div></div><div class="l-column small-8 medium-6 large-4"><figure class="we-star-bar-graph">{histogram}</figure></div></div></div>
<div class="l-row l-row--peek">{reviews}</div>
</section>
<section class="l-content-width section section--bordered app-privacy"><div class="section__nav"><h2 class="section__headline">App Privacy</h2><button class="link section__nav__see-all-link">See Details</button></div><p>The developer, <span class="app-privacy__developer-name">Harbour Light Software Ltd</span>, indicated that the app's privacy practices may include handling of data as described below.</p><div class="app-privacy__card"><h3 class="privacy-type__heading">Data Not Linked to You</h3><ul class="privacy-type__items"><li class="privacy-type__grid-content">Location</li><li class="privacy-type__grid-content">Diagnostics</li></ul></div></section>
<section class="l-content-width section section--bordered section--information">
<div class="section__nav"><h2 class="section__headline">Information</h2></div>
<dl class="information-list information-list--app medium-columns l-row">{info_rows}</dl>
<ul class="inline-list inline-list--app-extensions"><li class="inline-list__item"><a class="link icon icon-after icon-external" href="https://tidepool.app">Developer Website</a></li><li class="inline-list__item"><a class="link icon icon-after icon-external" href="https://tidepool.app/support">App Support</a></li><li class="inline-list__item"><a class="link icon icon-after icon-external" href="https://tidepool.app/privacy">Privacy Policy</a></li></ul>
</section>
<section class="l-content-width section section--bordered"><div class="section__nav"><h2 class="section__headline">More By This Developer</h2></div><ul class="l-row l-row--peek">{"".join(_lockup(*x) for x in APP_MORE_BY)}</ul></section>
<section class="l-content-width section section--bordered"><div class="section__nav"><h2 class="section__headline">You Might Also Like</h2><a href="https://apps.apple.com/gb/app/id1487203561?see-all=customers-also-bought-apps" class="link section__nav__see-all-link">See All</a></div><ul class="l-row l-row--peek">{"".join(_lockup(*x) for x in APP_LIKE)}</ul></section>
</div>
</main>
<footer id="ac-globalfooter" lang="en-GB" role="contentinfo"><div class="ac-gf-content"><nav class="ac-gf-breadcrumbs" aria-label="Breadcrumbs"><ol class="ac-gf-breadcrumbs-list"><li class="ac-gf-breadcrumbs-item"><a href="https://www.apple.com/uk/">Apple</a></li><li class="ac-gf-breadcrumbs-item"><a href="https://www.apple.com/uk/app-store/">App Store</a></li><li class="ac-gf-breadcrumbs-item">Preview</li></ol></nav><p class="ac-gf-footer-legal-copyright">Copyright © 2026 Apple Inc. All rights reserved.</p><ul class="ac-gf-footer-legal-links"><li><a href="https://www.apple.com/uk/legal/privacy/">Privacy Policy</a></li><li><a href="https://www.apple.com/uk/legal/internet-services/terms/site.html">Terms of Use</a></li><li><a href="https://www.apple.com/uk/shop/goto/help/sales_refunds">Sales and Refunds</a></li></ul></div></footer>
<script type="fastboot/shoebox" id="shoebox-media-api-cache-apps">{_ld({"d": [{"id": "1487203561", "type": "apps", "attributes": {"name": a["title"], "artistName": a["developer"], "userRating": {"value": 4.8, "ratingCount": 842}}}]})}</script>
<script src="/assets/vendor-9c1e3f.js"></script><script src="/assets/web-experience-app-4b2f9d1c0e.js"></script>
</body>
</html>"""
    s.list_page(f"{APP_PATH}index.html", page)
    s.expect(dict(a))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# gitgrove: a GitHub repository page (code tab). The name split into an owner link, a "/" span and
# a strong itemprop="name" link (old SoftwareSourceCode microdata on the container, no JSON-LD),
# Watch / Fork / Star buttons whose counters say "57", "312", "4.8k" (the exact count only in the
# counter's title), repository tabs with their own counters, the file table (a grid of rows with
# commit messages and relative times), the About sidebar (description, website link, topic tags,
# licence, "4.8k stars" / "57 watching" / "312 forks" links), Releases with a "Latest" label and a
# <relative-time>, Contributors avatars, a Languages bar with percentages, the rendered README (a
# badge row and a benchmark table full of numbers) and a react-app JSON payload.
# ---------------------------------------------------------------------------------------------------

REPO = {
    "title": "ember-oss/pebblekv",
    "description": "An embeddable LSM-tree key-value store for Rust, with MVCC snapshots and async compaction.",
    "website": "https://pebblekv.dev",
    "topics": ["rust", "database", "key-value-store", "lsm-tree", "embedded-database", "storage-engine"],
    "stars": 4812,
    "forks": 312,
    "watchers": 57,
    "license": "Apache-2.0 license",
    "language": "Rust",
    "latest_release": "v0.9.2",
    "release_date": "2026-02-27",
    "commits": 1284,
}
REPO_FILES = [
    ("directory", ".github/workflows", "ci: cache cargo registry between jobs", "2 weeks ago", "2026-02-19T10:12:44Z"),
    ("directory", "benches", "bench: add YCSB workload F", "last month", "2026-01-30T16:40:02Z"),
    ("directory", "crates/pebble-cli", "cli: print the manifest as JSON (#418)", "3 days ago", "2026-03-02T08:55:10Z"),
    ("directory", "docs", "docs: explain the compaction picker", "last week", "2026-02-24T19:03:31Z"),
    (
        "directory",
        "src",
        "fix: snapshot leak when an iterator is dropped early (#431)",
        "yesterday",
        "2026-03-04T21:17:56Z",
    ),
    ("directory", "tests", "test: property tests for range deletes", "3 days ago", "2026-03-02T09:20:45Z"),
    ("file", ".gitignore", "chore: ignore flamegraphs", "8 months ago", "2025-07-11T12:00:00Z"),
    ("file", "CHANGELOG.md", "release: v0.9.2", "last week", "2026-02-27T14:03:11Z"),
    ("file", "Cargo.toml", "release: v0.9.2", "last week", "2026-02-27T14:03:11Z"),
    ("file", "LICENSE", "Initial commit", "3 years ago", "2023-04-02T18:30:00Z"),
    ("file", "README.md", "docs: new benchmark table", "2 weeks ago", "2026-02-18T11:45:20Z"),
]
REPO_LANGUAGES = [
    ("Rust", "#dea584", "87.4"),
    ("Python", "#3572A5", "8.1"),
    ("Shell", "#89e051", "3.2"),
    ("Other", "#ededed", "1.3"),
]


@held_out
def build_gitgrove() -> None:
    s = Site(
        "gitgrove",
        kind="detail page (GitHub-like repository: About sidebar, topic tags, counters with exact titles, file table, README with a table)",
        start="ember-oss/pebblekv/",
        description="A code repository's home page: owner / name header, watch/fork/star counters, tabs, a file list, About sidebar with topics and licence, releases, languages and the rendered README.",
    )
    r = REPO
    rows = "".join(
        f'<tr class="react-directory-row undefined" id="folder-row-{i}"><td class="react-directory-row-name-cell-large-screen" colspan="1"><div class="react-directory-filename-column"><svg aria-hidden="true" focusable="false" class="octicon octicon-file-{kind} icon-directory" viewBox="0 0 16 16" width="16" height="16"></svg><div class="overflow-hidden"><div class="react-directory-filename-cell"><div class="react-directory-truncate"><a title="{esc(name)}" aria-label="{esc(name)}, ({kind})" class="Link--primary" href="/ember-oss/pebblekv/{"tree" if kind == "directory" else "blob"}/main/{name}">{esc(name)}</a></div></div></div></div></td><td class="react-directory-row-commit-cell"><div class="react-directory-commit-message"><a data-pjax="true" title="{esc(msg)}" class="Link--secondary" href="/ember-oss/pebblekv/commit/{i:02x}a91c3e7">{esc(msg)}</a></div></td><td><div class="react-directory-commit-age"><relative-time class="sc-aXZVg" datetime="{iso}" tense="past">{ago}</relative-time></div></td></tr>'
        for i, (kind, name, msg, ago, iso) in enumerate(REPO_FILES)
    )
    topics = "".join(
        f'<a href="/topics/{t}" title="Topic: {t}" data-view-component="true" class="topic-tag topic-tag-link">\n  {t}\n</a>'
        for t in r["topics"]
    )
    lang_bar = "".join(
        f'<span style="background-color:{color} !important;width: {pct}%;" itemprop="keywords" aria-label="{name} {pct}" data-view-component="true" class="Progress-item color-bg-success-emphasis"></span>'
        for name, color, pct in REPO_LANGUAGES
    )
    lang_list = "".join(
        f'<li class="d-inline"><a class="d-inline-flex flex-items-center flex-nowrap Link--secondary no-underline text-small mr-3" href="/ember-oss/pebblekv/search?l={name.lower()}"><svg style="color:{color};" aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-dot-fill mr-2"></svg><span class="color-fg-default text-bold mr-1">{name}</span><span>{pct}%</span></a></li>'
        for name, color, pct in REPO_LANGUAGES
    )
    contributors = "".join(
        f'<li class="mb-2 mr-0 ml-0"><a href="https://github.com/{who}" class="" data-hovercard-type="user"><img src="https://avatars.githubusercontent.com/u/{uid}?s=64&amp;v=4" alt="@{who}" size="32" height="32" width="32" class="avatar circle"></a></li>'
        for who, uid in (
            ("mkarlsson", 118822),
            ("priya-dev", 4410231),
            ("tobiaswl", 9920154),
            ("nhaddad", 33187),
            ("lena-io", 7612290),
        )
    )
    bench = "".join(
        f'<tr><td>{w}</td><td align="right">{a}</td><td align="right">{b}</td><td align="right">{c}</td></tr>'
        for w, a, b, c in (
            ("fillseq", "1,412,003", "1,104,228", "0.71"),
            ("readrandom", "892,114", "610,432", "1.12"),
            ("ycsb-a", "455,870", "398,002", "2.40"),
            ("ycsb-f", "301,455", "262,918", "3.05"),
        )
    )
    payload = {
        "props": {
            "initialPayload": {
                "repo": {
                    "id": 61983412,
                    "defaultBranch": "main",
                    "name": "pebblekv",
                    "ownerLogin": "ember-oss",
                    "currentUserCanPush": False,
                    "isFork": False,
                    "isEmpty": False,
                    "createdAt": "2023-04-02T18:30:00.000Z",
                    "private": False,
                },
                "tree": {
                    "items": [
                        {"name": n.rsplit("/", 1)[-1], "path": n, "contentType": k} for k, n, _, _, _ in REPO_FILES
                    ],
                    "totalCount": len(REPO_FILES),
                },
                "overview": {"commitCount": "1,284", "showLicenseMeta": True},
            }
        }
    }
    page = f"""<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark">
<head>
<meta charset="utf-8">
<title>GitHub - ember-oss/pebblekv: {esc(r["description"])}</title>
<meta name="description" content="{esc(r["description"])} - ember-oss/pebblekv">
<meta property="og:title" content="GitHub - ember-oss/pebblekv: {esc(r["description"])}">
<meta property="og:image" content="https://opengraph.githubassets.com/5e1f0a/ember-oss/pebblekv">
<meta name="octolytics-dimension-repository_nwo" content="ember-oss/pebblekv">
<meta name="octolytics-dimension-repository_id" content="61983412">
<link rel="stylesheet" href="https://github.githubassets.com/assets/primer-primitives-8500c2c7ce5f.css">
<link rel="stylesheet" href="https://github.githubassets.com/assets/github-3c1d9a0b7e2f.css">
</head>
<body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" class="p-3 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><div class="container-xl d-flex flex-items-center"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24" width="32" class="octicon octicon-mark-github"></svg></a><nav aria-label="Global"><ul class="d-lg-flex list-style-none"><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto">Product</button></li><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link border-0">Solutions</button></li><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link border-0">Resources</button></li><li class="HeaderMenu-item"><button type="button" class="HeaderMenu-link border-0">Open Source</button></li><li class="HeaderMenu-item"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="/pricing">Pricing</a></li></ul></nav><div class="d-flex"><a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fember-oss%2Fpebblekv" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a><a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></div></header></div>
<div class="application-main" data-commit-hovercards-enabled>
<div itemscope itemtype="http://schema.org/SoftwareSourceCode" class="">
<main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));" data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;">
<div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-repo color-fg-muted mr-2"></svg><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization" href="/ember-oss">ember-oss</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame" href="/ember-oss/pebblekv">pebblekv</a></strong><span></span><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<div id="repository-details-container" class="flex-shrink-0" data-turbo-replace style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;">
<li><a href="/login?return_to=%2Fember-oss%2Fpebblekv" rel="nofollow" aria-label="You must be signed in to change notification settings" class="tooltipped tooltipped-s btn-sm btn"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-bell mr-2"></svg>Notifications</a></li>
<li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2Fember-oss%2Fpebblekv" rel="nofollow" class="btn-sm btn"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-repo-forked mr-2"></svg>Fork<span id="repo-network-counter" data-pjax-replace="true" data-turbo-replace="true" title="312" data-view-component="true" class="Counter">312</span></a></li>
<li><div data-view-component="true" class="BtnGroup d-flex"><a href="/login?return_to=%2Fember-oss%2Fpebblekv" rel="nofollow" aria-label="You must be signed in to star a repository" class="tooltipped tooltipped-sw btn-sm btn BtnGroup-item"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-star v-align-text-bottom d-inline-block mr-2"></svg><span data-view-component="true" class="d-inline">Star</span><span id="repo-stars-counter-star" aria-label="4812 users starred this repository" data-singular-suffix="user starred this repository" data-plural-suffix="users starred this repository" data-turbo-replace="true" title="4,812" data-view-component="true" class="Counter js-social-count">4.8k</span></a></div></li>
</ul></div>
</div>
<div id="responsive-meta-container" data-turbo-replace></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" data-view-component="true" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul data-view-component="true" class="UnderlineNav-body list-style-none">
<li data-view-component="true" class="d-inline-flex"><a id="code-tab" href="/ember-oss/pebblekv" data-tab-item="i0code-tab" aria-current="page" class="UnderlineNav-item selected"><span data-content="Code">Code</span><span id="code-repo-tab-count" title="Not available" class="Counter"></span></a></li>
<li data-view-component="true" class="d-inline-flex"><a id="issues-tab" href="/ember-oss/pebblekv/issues" data-tab-item="i1issues-tab" class="UnderlineNav-item"><span data-content="Issues">Issues</span><span id="issues-repo-tab-count" title="37" class="Counter">37</span></a></li>
<li data-view-component="true" class="d-inline-flex"><a id="pull-requests-tab" href="/ember-oss/pebblekv/pulls" data-tab-item="i2pull-requests-tab" class="UnderlineNav-item"><span data-content="Pull requests">Pull requests</span><span id="pull-requests-repo-tab-count" title="5" class="Counter">5</span></a></li>
<li data-view-component="true" class="d-inline-flex"><a id="discussions-tab" href="/ember-oss/pebblekv/discussions" class="UnderlineNav-item"><span data-content="Discussions">Discussions</span></a></li>
<li data-view-component="true" class="d-inline-flex"><a id="actions-tab" href="/ember-oss/pebblekv/actions" class="UnderlineNav-item"><span data-content="Actions">Actions</span></a></li>
<li data-view-component="true" class="d-inline-flex"><a id="security-tab" href="/ember-oss/pebblekv/security" class="UnderlineNav-item"><span data-content="Security">Security</span></a></li>
<li data-view-component="true" class="d-inline-flex"><a id="insights-tab" href="/ember-oss/pebblekv/pulse" class="UnderlineNav-item"><span data-content="Insights">Insights</span></a></li>
</ul></nav>
</div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class="">
<div id="repo-content-pjax-container" class="repository-content ">
<h1 class="sr-only">ember-oss/pebblekv</h1>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3">
<div data-view-component="true" class="Layout Layout--flowRow-until-md react-repos-overview-margin Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end">
<div data-view-component="true" class="Layout-main">
<react-partial partial-name="repos-overview" data-ssr="true" data-attempted-ssr="true">
<script type="application/json" data-target="react-partial.embeddedData">{_ld(payload)}</script>
<div data-target="react-partial.reactRoot"><div class="Box-sc-g0xbh4-0 yfPnm"><div class="Box-sc-g0xbh4-0 ehcSsh">
<div class="Box-sc-g0xbh4-0 bTBnTW"><button type="button" aria-haspopup="true" class="types__StyledButton-sc-ws60qy-0 ref-selector-class"><span data-component="text"><svg aria-hidden="true" class="octicon octicon-git-branch" width="16" height="16"></svg><span class="Text-sc-17v1xeu-0 bOMzPg">main</span></span></button><a href="/ember-oss/pebblekv/branches" class="Link-sc-14289xe-0 kaLXsS"><strong>14</strong> Branches</a><a href="/ember-oss/pebblekv/tags" class="Link-sc-14289xe-0 kaLXsS"><strong>38</strong> Tags</a></div>
<table aria-labelledby="folders-and-files" class="Table__StyledTable-sc-8atqzr-0 ddTXRO"><thead class="DirectoryContent-module__OverviewHeaderRow--FlrUZ Table__StyledTableHeader-sc-8atqzr-1"><tr class="Table__StyledTableRow-sc-8atqzr-3"><th colspan="2"><span class="text-bold">Name</span></th><th class="hide-sm"><span class="text-bold">Last commit message</span></th><th colspan="1" class="DirectoryContent-module__Box_2--h912w"><span class="text-bold">Last commit date</span></th></tr></thead>
<tbody><tr class="DirectoryContent-module__Box_3--zI0N1"><td colspan="3" class="bgColor-muted p-1 rounded-top-2"><div class="LatestCommit-module__Box--Fimpo"><a class="Link--secondary" href="/mkarlsson">mkarlsson</a><span class="Text-sc-17v1xeu-0 hyyBhI"><a href="/ember-oss/pebblekv/commit/4c2e7d1">fix: snapshot leak when an iterator is dropped early (#431)</a></span><span class="d-flex flex-items-center"><a href="/ember-oss/pebblekv/commit/4c2e7d1" class="Link--secondary">4c2e7d1</a>&nbsp;·&nbsp;<relative-time datetime="2026-03-04T21:17:56Z" tense="past">yesterday</relative-time></span><a href="/ember-oss/pebblekv/commits/main/" class="Link-sc-14289xe-0 ebCqDk"><svg aria-hidden="true" class="octicon octicon-history" width="16" height="16"></svg><span class="Text-sc-17v1xeu-0 fFpssR">1,284 Commits</span></a></div></td></tr>
{rows}</tbody></table>
</div></div>
<div class="Box-sc-g0xbh4-0 ejzfdf" id="readme"><h2 class="sr-only">Repository files navigation</h2><nav aria-label="Repository files" class="UnderlineNav__NavBox-sc-1n7bm1t-0"><ul><li><a href="#" aria-current="page" class="UnderlineNav-item selected">README</a></li><li><a href="#" class="UnderlineNav-item">Apache-2.0 license</a></li></ul></nav>
<article class="markdown-body entry-content container-lg" itemprop="text"><div class="markdown-heading" dir="auto"><h1 tabindex="-1" class="heading-element" dir="auto">pebblekv</h1><a id="user-content-pebblekv" class="anchor" aria-label="Permalink: pebblekv" href="#pebblekv"></a></div>
<p dir="auto"><a href="https://github.com/ember-oss/pebblekv/actions/workflows/ci.yml"><img src="https://github.com/ember-oss/pebblekv/actions/workflows/ci.yml/badge.svg" alt="CI" style="max-width: 100%;"></a> <a href="https://crates.io/crates/pebblekv" rel="nofollow"><img src="https://camo.githubusercontent.com/9a1c/crates-io-badge" alt="crates.io" data-canonical-src="https://img.shields.io/crates/v/pebblekv.svg" style="max-width: 100%;"></a> <a href="https://docs.rs/pebblekv" rel="nofollow"><img src="https://camo.githubusercontent.com/1b77/docs-rs-badge" alt="docs.rs" data-canonical-src="https://docs.rs/pebblekv/badge.svg" style="max-width: 100%;"></a></p>
<p dir="auto">pebblekv is a small, embeddable storage engine: a log-structured merge tree with MVCC snapshots, range deletes and compaction that runs on your async runtime instead of its own threads.</p>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Benchmarks</h2></div>
<p dir="auto">Operations per second on a 16-core machine (higher is better; p99 latency in ms):</p>
<markdown-accessiblity-table><table><thead><tr><th>workload</th><th align="right">pebblekv</th><th align="right">sled</th><th align="right">p99 (ms)</th></tr></thead><tbody>{bench}</tbody></table></markdown-accessiblity-table>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Usage</h2></div>
<div class="highlight highlight-source-toml notranslate position-relative overflow-auto" dir="auto"><pre>[<span class="pl-en">dependencies</span>]
<span class="pl-smi">pebblekv</span> = <span class="pl-s"><span class="pl-pds">"</span>0.9<span class="pl-pds">"</span></span></pre></div>
<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">License</h2></div>
<p dir="auto">Licensed under the Apache License, Version 2.0.</p>
</article></div>
</div></react-partial>
</div>
<div data-view-component="true" class="Layout-sidebar"><div class="BorderGrid about-margin" data-pjax>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><div class="hide-sm hide-md">
<h2 class="mb-3 h4">About</h2>
<p class="f4 my-3">{esc(r["description"])}</p>
<div class="my-3 d-flex flex-items-center"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-link flex-shrink-0 mr-2"></svg><span class="flex-auto min-width-0 css-truncate css-truncate-target width-fit"><a title="{r["website"]}" role="link" target="_blank" rel="noopener noreferrer nofollow" class="text-bold" href="{r["website"]}">pebblekv.dev</a></span></div>
<h3 class="sr-only">Topics</h3><div class="my-3"><div class="f6">{topics}</div></div>
<h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" data-analytics-event="{{&quot;category&quot;:&quot;Repository Overview&quot;,&quot;action&quot;:&quot;click&quot;,&quot;label&quot;:&quot;location:sidebar;file:readme&quot;}}" href="#readme-ov-file"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-book mr-2"></svg>Readme</a></div>
<h3 class="sr-only">License</h3><div class="mt-2"><a href="#Apache-2.0-1-ov-file" class="Link--muted" data-analytics-event="{{&quot;label&quot;:&quot;location:sidebar;file:license&quot;}}"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-law mr-2"></svg>{r["license"]}</a></div>
<div class="mt-2"><a href="/ember-oss/pebblekv/activity" data-view-component="true" class="Link Link--muted"><svg class="octicon octicon-pulse mr-2" aria-hidden="true" height="16" width="16"></svg><span class="color-fg-muted">Activity</span></a></div>
<div class="mt-2"><a href="/ember-oss/pebblekv/custom-properties" data-view-component="true" class="Link Link--muted"><svg class="octicon octicon-note mr-2" aria-hidden="true" height="16" width="16"></svg><span class="color-fg-muted">Custom properties</span></a></div>
<h3 class="sr-only">Stars</h3><div class="mt-2"><a href="/ember-oss/pebblekv/stargazers" data-view-component="true" class="Link Link--muted"><svg class="octicon octicon-star mr-2" aria-hidden="true" height="16" width="16"></svg><strong>4.8k</strong> stars</a></div>
<h3 class="sr-only">Watchers</h3><div class="mt-2"><a href="/ember-oss/pebblekv/watchers" data-view-component="true" class="Link Link--muted"><svg class="octicon octicon-eye mr-2" aria-hidden="true" height="16" width="16"></svg><strong>57</strong> watching</a></div>
<h3 class="sr-only">Forks</h3><div class="mt-2"><a href="/ember-oss/pebblekv/forks" data-view-component="true" class="Link Link--muted"><svg class="octicon octicon-repo-forked mr-2" aria-hidden="true" height="16" width="16"></svg><strong>312</strong> forks</a></div>
<div class="mt-2"><a class="Link--muted" href="/contact/report-content?content_url=https%3A%2F%2Fgithub.com%2Fember-oss%2Fpebblekv&amp;report=ember-oss+%28user%29">Report repository</a></div>
</div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3" data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame"><a href="/ember-oss/pebblekv/releases" data-view-component="true" class="Link--primary no-underline Link">Releases<span title="38" data-view-component="true" class="Counter">38</span></a></h2>
<a class="Link--primary d-flex no-underline" data-pjax="#repo-content-pjax-container" href="/ember-oss/pebblekv/releases/tag/{r["latest_release"]}"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-tag flex-shrink-0 mt-1 color-fg-success"></svg><div class="ml-2 min-width-0"><div class="d-flex"><span class="css-truncate css-truncate-target text-bold mr-2" style="max-width: none;">{r["latest_release"]}</span><span title="Label: Latest" data-view-component="true" class="Label Label--success flex-shrink-0">Latest</span></div><div class="text-small color-fg-muted"><relative-time datetime="2026-02-27T14:03:11Z" class="no-wrap">Feb 27, 2026</relative-time></div></div></a>
<div data-view-component="true" class="mt-3"><a text="small" data-pjax="#repo-content-pjax-container" href="/ember-oss/pebblekv/releases" data-view-component="true" class="Link">+ 37 releases</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/orgs/ember-oss/packages?repo_name=pebblekv" data-view-component="true" class="Link--primary no-underline Link d-flex flex-items-center">Packages <span title="0" hidden="hidden" data-view-component="true" class="Counter ml-1">0</span></a></h2><div class="text-small color-fg-muted">No packages published <br></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3"><a href="/ember-oss/pebblekv/graphs/contributors" data-view-component="true" class="Link--primary no-underline Link d-flex flex-items-center">Contributors<span title="23" data-view-component="true" class="Counter ml-1">23</span></a></h2><ul class="list-style-none d-flex flex-wrap mb-n2">{contributors}</ul><div data-view-component="true" class="mt-3"><a text="small" href="/ember-oss/pebblekv/graphs/contributors" data-view-component="true" class="Link--inTextBlock Link">+ 9 contributors</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><div class="mb-2"><span data-view-component="true" class="Progress">{lang_bar}</span></div><ul class="list-style-none">{lang_list}</ul></div></div>
</div></div>
</div></div></div>
</turbo-frame>
</main>
</div>
</div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-items-center"><span>&copy; 2026 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap" aria-labelledby="sr-footer-heading"><li class="mx-2"><a href="https://docs.github.com/site-policy/github-terms/github-terms-of-service" class="Link--secondary">Terms</a></li><li class="mx-2"><a href="https://docs.github.com/site-policy/privacy-policies/github-privacy-statement" class="Link--secondary">Privacy</a></li><li class="mx-2"><a href="https://github.com/security" class="Link--secondary">Security</a></li><li class="mx-2"><a href="https://www.githubstatus.com/" class="Link--secondary">Status</a></li><li class="mx-2"><a href="https://docs.github.com/" class="Link--secondary">Docs</a></li><li class="mx-2"><a href="https://support.github.com?tags=dotcom-footer" class="Link--secondary">Contact</a></li></ul></nav></footer>
<script crossorigin="anonymous" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-0a6d5b1c.js"></script>
</body>
</html>"""
    s.list_page("ember-oss/pebblekv/index.html", page)
    s.expect(dict(r))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# ludeport: a Steam store game page (EU store, prices "17,49€" with decimal commas). The name in
# div.apphub_AppName (no h1 for it), the glance block: header image, description snippet, "Recent
# Reviews" and "All Reviews" rows whose percentages live in data-tooltip-html (and a responsive-only
# copy), AggregateRating microdata with a 0-10 ratingValue, release date "6 Nov, 2025", developer and
# publisher rows of label/value divs, user tags (the ones after the fifth hidden by style, a "+"
# button); purchase boxes for the game and a deluxe edition with discount blocks (-30%, struck and
# final prices, aria-labels), a DLC list with prices, the details block of <b>Label:</b> text, a
# "More like this" carousel of other games with prices, reviews, system requirements.
# ---------------------------------------------------------------------------------------------------

GAME = {
    "title": "Hollow Meridian",
    "description": "Descend through a drowned clockwork city in this hand-drawn action platformer. Master a grappling hook, parry the Tidewardens and rewind time to undo a fatal mistake.",
    "developer": "Quillfeather Games",
    "publisher": "Northwake Interactive",
    "date": "2025-11-06",
    "price": 17.49,
    "currency": "EUR",
    "original_price": 24.99,
    "discount": -30,
    "review_summary": "Very Positive",
    "review_count": 4311,
    "positive_share": 91,
    "genres": ["Action", "Adventure", "Indie"],
    "tags": ["Metroidvania", "Souls-like", "2D Platformer", "Hand-drawn", "Difficult"],
}
GAME_HIDDEN_TAGS = ["Atmospheric", "Singleplayer", "Time Manipulation", "Great Soundtrack", "Story Rich"]
GAME_PATH = "app/1872040/Hollow_Meridian/"
HIDDEN = ' style="display: none;"'
TABS = "\n" + "\t" * 12
GAME_MORE = [
    ("Saltbound", "app/1633020/Saltbound/", "19,50€", None),
    ("Lanterns of Vey", "app/1409870/Lanterns_of_Vey/", "13,99€", "-20%"),
    ("Cinder Vale", "app/1790330/Cinder_Vale/", "24,99€", None),
    ("Echo Warden", "app/1288470/Echo_Warden/", "8,39€", "-40%"),
]
GAME_REVIEWS = [
    (
        "Recommended",
        "41.2 hrs on record",
        "Posted: 2 March",
        "The best parry system since Sekiro, in 2D. The rewind makes the hardest bosses fair instead of cheap.",
        "ferrous_kite",
        214,
    ),
    (
        "Recommended",
        "18.7 hrs on record",
        "Posted: 27 February",
        "Gorgeous art, tight controls, and a map that actually shows where you have not been yet.",
        "Moth & Lantern",
        96,
    ),
    (
        "Not Recommended",
        "6.3 hrs on record",
        "Posted: 19 February",
        "The second half spikes hard and the checkpoints are too far apart. Will return after patches.",
        "quietgoose",
        41,
    ),
]


def _pct_div(pct: str | None) -> str:
    return f'<div class="discount_pct">{pct}</div>' if pct else ""


def _purchase(title: str, box_id: int, final: str, original: str, pct: int, cents: int) -> str:
    return f"""<div class="game_area_purchase_game_wrapper"><div class="game_area_purchase_game" id="game_area_purchase_section_add_to_cart_{box_id}">
<div class="game_area_purchase_platform"><span class="platform_img win"></span></div>
<h2 class="title">Buy {esc(title)}</h2>
<p class="game_purchase_discount_countdown">SPECIAL PROMOTION! Offer ends 19 March</p>
<div class="game_purchase_action"><div class="game_purchase_action_bg">
<div class="discount_block game_purchase_discount" data-price-final="{cents}" data-bundlediscount="0" data-discount="{pct}" role="link" aria-label="{pct}% off. {original} normally, discounted to {final}"><div class="discount_pct">-{pct}%</div><div class="discount_prices"><div class="discount_original_price">{original}</div><div class="discount_final_price">{final}</div></div></div>
<div class="btn_addtocart"><a data-panel="{{&quot;focusable&quot;:true,&quot;clickOnActivate&quot;:true}}" role="button" class="btn_green_steamui btn_medium" href="javascript:addToCart({box_id});" id="btn_add_to_cart_{box_id}"><span>Add to Cart</span></a></div>
</div></div></div></div>"""


@held_out
def build_ludeport() -> None:
    s = Site(
        "ludeport",
        kind="detail page (Steam-like game: review percentages in tooltips, 0-10 rating microdata, hidden tags, several purchase boxes, EU decimal-comma prices)",
        start=GAME_PATH,
        description="A game's store page: name, snippet, recent and all reviews, release date, developer and publisher, user tags, purchase boxes with discounts, DLC, details, more like this, reviews.",
    )
    g = GAME
    tags = "".join(
        f'<a href="https://store.steampowered.com/tags/en/{t.replace(" ", "%20")}/?snr=1_5_9__409" class="app_tag"{"" if i < 5 else HIDDEN}>{TABS}{esc(t)}{TABS}</a>'
        for i, t in enumerate(g["tags"] + GAME_HIDDEN_TAGS)
    )
    more = "".join(
        f'<a class="small_cap app_impression_tracked" data-ds-appid="{path.split("/")[1]}" href="https://store.steampowered.com/{path}?snr=1_5_9__300_1"><img src="https://shared.akamai.steamstatic.com/store_item_assets/steam/apps/{path.split("/")[1]}/capsule_184x69.jpg" class="small_cap_img" alt=""><h4>{esc(title)}</h4><div class="discount_block discount_block_inline{" no_discount" if not pct else ""}" data-price-final="0">{_pct_div(pct)}<div class="discount_prices"><div class="discount_final_price">{price}</div></div></div></a>'
        for title, path, price, pct in GAME_MORE
    )
    reviews = "".join(
        f"""<div class="review_box"><div class="review_box_content"><div class="persona_name"><a href="https://steamcommunity.com/id/{esc(who).replace(" ", "")}/">{esc(who)}</a></div><div class="vote_header"><div class="thumb"><img src="https://store.akamai.steamstatic.com/public/shared/images/userreviews/icon_thumbs{"Up" if verdict == "Recommended" else "Down"}.png" width="40" height="40"></div><div class="title ellipsis">{verdict}</div><div class="hours ellipsis">{hours}</div></div><div class="postedDate">{posted}</div><div class="content">{esc(text)}</div><div class="vote_info">{helpful} people found this review helpful</div></div></div>"""
        for verdict, hours, posted, text, who, helpful in GAME_REVIEWS
    )
    genres = ", ".join(
        f'<a href="https://store.steampowered.com/genre/{x}/?snr=1_5_9__408">{x}</a>' for x in g["genres"]
    )
    page = f"""<!DOCTYPE html>
<html class=" responsive" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Save 30% on Hollow Meridian on Steam</title>
<meta name="Description" content="{esc(g["description"])}">
<meta property="og:title" content="Save 30% on Hollow Meridian on Steam">
<meta property="og:image" content="https://shared.akamai.steamstatic.com/store_item_assets/steam/apps/1872040/header.jpg">
<link rel="canonical" href="https://store.steampowered.com/app/1872040/Hollow_Meridian/">
<link href="https://store.akamai.steamstatic.com/public/css/v6/game.css?v=Xy7_k2Lq0a" rel="stylesheet" type="text/css">
<script type="text/javascript">var g_AccountID = 0; var g_sessionID = "6f1b0c9e2d3a4b5c6d7e8f90";</script>
</head>
<body class="v6 app game_bg menu_background_overlap application responsive_page">
<div class="responsive_page_frame with_header"><div class="responsive_page_content">
<div id="global_header"><div class="content"><div class="logo"><span id="logo_holder"><a href="https://store.steampowered.com/?snr=1_5_9__global-header"><img src="https://store.akamai.steamstatic.com/public/shared/images/header/logo_steam.svg" width="176" height="44" alt="Link to the Steam Homepage"></a></span></div>
<div class="supernav_container"><a class="menuitem supernav supernav_active" href="https://store.steampowered.com/?snr=1_5_9__global-header">STORE</a><a class="menuitem supernav" href="https://steamcommunity.com/">COMMUNITY</a><a class="menuitem" href="https://store.steampowered.com/about/?snr=1_5_9__global-header">ABOUT</a><a class="menuitem" href="https://help.steampowered.com/en/">SUPPORT</a></div>
<div id="global_actions"><a class="header_installsteam_btn header_installsteam_btn_green" href="https://store.steampowered.com/about/?snr=1_5_9__global-header"><div class="header_installsteam_btn_content">Install Steam</div></a><a class="global_action_link" href="https://store.steampowered.com/login/?redir=app%2F1872040%2FHollow_Meridian%2F">login</a>&nbsp;|&nbsp;<span class="pulldown global_action_link" id="language_pulldown">language</span></div></div></div>
<div id="store_header"><div class="content"><div id="store_controls"><div class="store_nav_area"><div class="store_nav"><div class="tab flyout_tab" id="foryou_tab"><span class="pulldown"><a class="pulldown_desktop" href="https://store.steampowered.com/?snr=1_5_9__12">Your Store</a></span></div><div class="tab flyout_tab" id="noteworthy_tab"><span class="pulldown"><a class="pulldown_desktop" href="https://store.steampowered.com/explore/new/?snr=1_5_9__12">New &amp; Noteworthy</a></span></div><div class="tab flyout_tab" id="genre_tab"><span class="pulldown"><a class="pulldown_desktop" href="#">Categories</a></span></div></div></div></div></div></div>
<div class="page_content_ctn" itemscope itemtype="http://schema.org/Product">
<meta itemprop="image" content="https://shared.akamai.steamstatic.com/store_item_assets/steam/apps/1872040/capsule_231x87.jpg">
<div class="page_title_area game_title_area page_content" data-gpnav="columns">
<div class="breadcrumbs" data-panel="{{&quot;flow-children&quot;:&quot;row&quot;}}"><div class="blockbg"><a href="https://store.steampowered.com/search/?term=&amp;snr=1_5_9__205">All Games</a> &gt; <a href="https://store.steampowered.com/genre/Action/?snr=1_5_9__205">Action Games</a> &gt; <a href="https://store.steampowered.com/app/1872040/?snr=1_5_9__205"><span itemprop="name">Hollow Meridian</span></a></div><div style="clear: left;"></div></div>
<div class="apphub_HomeHeaderContent"><div class="apphub_HeaderStandardTop"><div class="apphub_OtherSiteInfo"><a class="btnv6_blue_hoverfade btn_medium" href="https://steamcommunity.com/app/1872040"><span>Community Hub</span></a></div><div id="appHubAppName" class="apphub_AppName">Hollow Meridian</div><div style="clear: both"></div></div></div>
</div>
<div class="block game_media_and_summary_area">
<div class="rightcol" data-panel="{{&quot;flow-children&quot;:&quot;column&quot;}}">
<div class="glance_ctn">
<div id="gameHeaderImageCtn" class="game_header_image_ctn"><img class="game_header_image_full" alt="" src="https://shared.akamai.steamstatic.com/store_item_assets/steam/apps/1872040/header.jpg"></div>
<div class="game_description_snippet">
\t\t\t\t\t\t\t\t{esc(g["description"])}\t\t\t\t\t\t\t</div>
<div class="glance_ctn_responsive_left">
<div id="userReviews" class="user_reviews">
<a class="user_reviews_summary_row" href="#app_reviews_hash" data-tooltip-html="78% of the 212 user reviews in the last 30 days are positive.">
<div class="subtitle column">Recent Reviews:</div>
<div class="summary column"><span class="game_review_summary mixed">Mostly Positive</span><span class="responsive_hidden">(212)</span><span class="nonresponsive_hidden responsive_reviewdesc">- 78% of the 212 user reviews in the last 30 days are positive.</span></div>
</a>
<a class="user_reviews_summary_row" href="#app_reviews_hash" data-tooltip-html="91% of the 4,311 user reviews for this game are positive." itemprop="aggregateRating" itemscope itemtype="http://schema.org/AggregateRating">
<div class="subtitle column all">All Reviews:</div>
<div class="summary column"><span class="game_review_summary positive" itemprop="description">Very Positive</span><span class="responsive_hidden">(4,311)</span><span class="nonresponsive_hidden responsive_reviewdesc">- 91% of the 4,311 user reviews for this game are positive.</span><meta itemprop="reviewCount" content="4311"><meta itemprop="ratingValue" content="9"><meta itemprop="bestRating" content="10"><meta itemprop="worstRating" content="1"></div>
</a>
</div>
<div class="release_date"><div class="subtitle column">Release Date:</div><div class="date">6 Nov, 2025</div></div>
<div class="dev_row"><div class="subtitle column" id="developers_list_label">Developer:</div><div class="summary column" id="developers_list"><a href="https://store.steampowered.com/developer/Quillfeather?snr=1_5_9__2000">{g["developer"]}</a></div></div>
<div class="dev_row"><div class="subtitle column">Publisher:</div><div class="summary column"><a href="https://store.steampowered.com/publisher/Northwake?snr=1_5_9__2000">{g["publisher"]}</a></div><div class="more_btn">+</div></div>
</div>
<div id="glanceCtnResponsiveRight" class="glance_ctn_responsive_right"><div class="glance_tags_ctn popular_tags_ctn"><div class="glance_tags_label">Popular user-defined tags for this product:</div><div class="glance_tags popular_tags" data-appid="1872040">{tags}<div class="app_tag add_button" data-panel="{{&quot;focusable&quot;:true,&quot;clickOnActivate&quot;:true}}" onclick="ShowAppTagModal( 1872040 )">+</div></div></div></div>
</div>
</div>
<div class="leftcol"><div class="highlight_ctn"><div class="highlight_overflow"><div id="highlight_player_area"><div class="highlight_player_item highlight_movie" id="highlight_movie_256998110" data-webm-source="https://video.akamai.steamstatic.com/store_trailers/1872040/movie480_vp9.webm"></div><div class="highlight_player_item highlight_screenshot" id="thumb_screenshot_ss_1"><div class="screenshot_holder"><a class="highlight_screenshot_link" href="https://shared.akamai.steamstatic.com/store_item_assets/steam/apps/1872040/ss_1.1920x1080.jpg"><img src="https://shared.akamai.steamstatic.com/store_item_assets/steam/apps/1872040/ss_1.600x338.jpg" alt=""></a></div></div></div></div></div></div>
<div style="clear: both;"></div>
</div>
<div class="page_content" id="game_highlights_spacer"></div>
<div class="page_content"><div class="rightcol game_meta_data">
<div class="block responsive_apppage_details_right heading">Is this game relevant to you?</div><div class="block responsive_apppage_details_right recommendation_noinfo"><p>Sign in to see reasons why you may or may not like this based on your games, friends, and curators you follow.</p><a class="btnv6_blue_hoverfade btn_medium" href="https://store.steampowered.com/login/"><span>Sign In</span></a></div>
<div class="block responsive_apppage_details_left game_details underlined_links"><div class="block_content"><div class="block_content_inner"><div class="details_block">
<b>Title:</b> Hollow Meridian<br>
<b>Genre:</b> <span data-panel="{{&quot;flow-children&quot;:&quot;row&quot;}}">{genres}</span><br>
<div class="dev_row"><b>Developer:</b> <a href="https://store.steampowered.com/developer/Quillfeather?snr=1_5_9__408">{g["developer"]}</a></div>
<div class="dev_row"><b>Publisher:</b> <a href="https://store.steampowered.com/publisher/Northwake?snr=1_5_9__408">{g["publisher"]}</a></div>
<b>Release Date:</b> 6 Nov, 2025<br>
</div><div class="details_block pt-4"><a class="linkbar" href="https://quillfeather.games/" rel="noopener" target="_blank">Visit the website <img src="https://store.akamai.steamstatic.com/public/images/v5/ico_external_link.gif" border="0" align="bottom"></a><a class="linkbar" href="https://store.steampowered.com/news/?appids=1872040">View update history</a><a class="linkbar" href="https://store.steampowered.com/news/?appids=1872040&amp;appgroupname=Hollow+Meridian&amp;feed=steam_community_announcements">Read related news</a></div></div></div></div>
<div class="block responsive_apppage_details_left" id="LanguagesHeader">Languages:</div><div class="block_content_inner"><table class="game_language_options" cellpadding="0" cellspacing="0"><tr><th style="width: 94px; "></th><th class="checkcol">Interface</th><th class="checkcol">Full Audio</th><th class="checkcol">Subtitles</th></tr><tr><td style="width: 94px; text-align: left" class="ellipsis">English</td><td class="checkcol"><span>&#10004;</span></td><td class="checkcol"><span>&#10004;</span></td><td class="checkcol"><span>&#10004;</span></td></tr><tr><td style="width: 94px; text-align: left" class="ellipsis">French</td><td class="checkcol"><span>&#10004;</span></td><td class="checkcol"></td><td class="checkcol"><span>&#10004;</span></td></tr><tr><td style="width: 94px; text-align: left" class="ellipsis">German</td><td class="checkcol"><span>&#10004;</span></td><td class="checkcol"></td><td class="checkcol"><span>&#10004;</span></td></tr><tr><td style="width: 94px; text-align: left" class="ellipsis">Japanese</td><td class="checkcol"><span>&#10004;</span></td><td class="checkcol"></td><td class="checkcol"><span>&#10004;</span></td></tr></table></div>
</div>
<div class="leftcol game_description_column">
<div id="game_area_purchase" class="game_area_purchase">
{_purchase("Hollow Meridian", 412345, "17,49€", "24,99€", 30, 1749)}
{_purchase("Hollow Meridian Deluxe Edition", 412346, "24,49€", "34,99€", 30, 2449)}
<div id="gameAreaDLCSection" class="game_area_dlc_section"><h2 class="gradientbg">Downloadable Content For This Game</h2><div class="gameDlcBlocks"><a class="game_area_dlc_row" href="https://store.steampowered.com/app/2104410/Hollow_Meridian__Original_Soundtrack/?snr=1_5_9__403" data-ds-appid="2104410"><div class="game_area_dlc_price"><div class="discount_block discount_block_inline no_discount" data-price-final="699"><div class="discount_prices"><div class="discount_final_price">6,99€</div></div></div></div><div class="game_area_dlc_name">Hollow Meridian - Original Soundtrack</div></a><a class="game_area_dlc_row" href="https://store.steampowered.com/app/2104411/Hollow_Meridian__Artbook/?snr=1_5_9__403" data-ds-appid="2104411"><div class="game_area_dlc_price"><div class="discount_block discount_block_inline no_discount" data-price-final="399"><div class="discount_prices"><div class="discount_final_price">3,99€</div></div></div></div><div class="game_area_dlc_name">Hollow Meridian - Digital Artbook</div></a></div></div>
</div>
<div id="game_area_description" class="game_area_description"><h2>About This Game</h2>Meridian was a city of brass and tide-clocks until the sea came in. You play Wren, the last apprentice of the Clockmaker's Guild, sent down through the flooded districts to restart the great regulator before the whole city stops.<br><br><strong>Grapple, parry, rewind.</strong> A short time-rewind undoes a mistake, but every rewind winds the clock a little further down.<br><ul class="bb_ul"><li>Over 30 hand-drawn areas and 18 bosses<br></li><li>A map that marks what you have not explored<br></li><li>Assist options for parry windows and rewind charges<br></li></ul></div>
<div class="sysreq_contents"><div class="game_area_sys_req sysreq_content active" data-os="win"><div class="game_area_sys_req_leftCol"><ul><strong>MINIMUM:</strong><br><ul class="bb_ul"><li><strong>OS:</strong> Windows 10<br></li><li><strong>Processor:</strong> Intel Core i3-6100<br></li><li><strong>Memory:</strong> 4 GB RAM<br></li><li><strong>Storage:</strong> 6 GB available space</li></ul></ul></div><div class="game_area_sys_req_rightCol"><ul><strong>RECOMMENDED:</strong><br><ul class="bb_ul"><li><strong>OS:</strong> Windows 11<br></li><li><strong>Memory:</strong> 8 GB RAM<br></li></ul></ul></div></div></div>
<div class="block recommended_block" id="recommended_block"><div class="block_header"><h2>More like this</h2><div class="right"><a href="https://store.steampowered.com/recommended/morelike/app/1872040/?snr=1_5_9__300">See all</a></div></div><div class="block_responsive_horizontal_scroll store_horizontal_autoslider block_content nopad" id="recommended_block_content">{more}</div></div>
<div id="app_reviews_hash" class="app_reviews_area"><h2>Customer reviews for Hollow Meridian</h2><div class="user_reviews_header">Overall Reviews:</div><div class="user_reviews_summary_bar"><span class="game_review_summary positive" data-tooltip-html="91% of the 4,311 user reviews for this game are positive.">Very Positive</span> <span>(4,311 reviews)</span></div><div id="Reviews_summary">{reviews}</div></div>
</div></div>
</div>
<div id="footer"><div class="footer_content"><div class="rule"></div><div id="footer_logo_steam"><img src="https://store.akamai.steamstatic.com/public/images/v6/logo_steam_footer.png" alt="Valve Software"></div><div id="footer_text"><div>&copy; 2026 Valve Corporation. All rights reserved. All trademarks are property of their respective owners in the US and other countries.</div><div>VAT included in all prices where applicable.&nbsp;&nbsp;<a href="https://store.steampowered.com/privacy_agreement/?snr=1_44_44_">Privacy Policy</a>&nbsp; | &nbsp;<a href="https://store.steampowered.com/legal/?snr=1_44_44_">Legal</a>&nbsp; | &nbsp;<a href="https://store.steampowered.com/subscriber_agreement/?snr=1_44_44_">Steam Subscriber Agreement</a></div></div></div></div>
</div></div>
<script type="text/javascript">GStoreItemData.AddStoreItemDataSet({{"rgApps":{{"1633020":{{"name":"Saltbound","discount":false}},"1409870":{{"name":"Lanterns of Vey","discount":true}},"1790330":{{"name":"Cinder Vale","discount":false}},"1288470":{{"name":"Echo Warden","discount":true}}}}}});</script>
</body>
</html>"""
    s.list_page(f"{GAME_PATH}index.html", page)
    s.expect(dict(g))
    s.finish()


def main() -> None:
    """Rebuild the held-out detail sites."""
    for name, build in HELD_OUT.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:12} pages={meta['list_pages']} records={meta['records']} frozen={meta['frozen']}")


if __name__ == "__main__":
    main()
