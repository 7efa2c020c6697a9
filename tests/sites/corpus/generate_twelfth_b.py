"""Twelfth wave of open corpus sites, part B (issue #3): copies of how three more well-known site families
mark up their lists as they served them in 2024–2025:

* ``frontpage-herald`` — a Guardian section front (the DCR renderer, ``/uk/technology``): the
  header with "Support us", the pillar nav and its sub-nav, a Sourcepoint consent container (an
  iframe: no text of its own), a top-above-nav ad slot; then ``section`` containers, one per topic,
  each with an ``h2`` container title ("Headlines", "Spotlight", "Opinion", "Explore") and a "Hide"
  toggle, and its cards in several ``ul > li`` rows of different sizes (huge, medium, small) whose
  classes are all emotion hashes (``dcr-…``) beside ``data-link-name`` values ("news | group-0 |
  card-@1"). A card is one *empty* ``a`` over the whole card whose ``aria-label`` is the headline,
  an image (not on small cards) whose ``alt`` describes the photo, ``h3.card-headline`` holding the
  kicker ``span`` ("Artificial intelligence (AI)", "Live" with a pulsing dot, "Analysis") *before*
  the headline's ``span.show-underline``, a standfirst on big cards, and a footer with, on some
  cards only, ``time[datetime]`` reading "3h ago" / "2d ago" behind a clock icon, a comment count
  behind a speech-bubble icon in a link whose ``aria-label`` is "412 Comments" (a long and a short
  form side by side: "1,031" and "1k"), a podcast or video duration. Opinion cards carry a quote
  icon, the columnist's name in a byline outside the ``h3`` and their avatar (the editorial has no
  avatar, its byline reads "Editorial"). "Show more" under Headlines (the hidden cards come by
  script), fronts-banner ad slots between containers, a "Most viewed" numbered aside (an ``ol`` of
  ten headlines with kickers in ``h4``\\s, three of them cards of this page, others of the older
  pages), a reader-revenue banner, and a "Page 1 of 3" pager whose older pages (``?page=2``,
  ``?page=3``) are the front's "all" view: day containers titled "Wednesday 12 March 2025" of
  uniform cards (a standfirst on the first of each day), every card with its age.
* ``homewares-hus`` — an IKEA product listing page (``/gb/en/cat/bookcases-10382/``): a OneTrust
  banner, the ``hnf-`` header ("Hej! Log in", "What are you looking for?", Products / Rooms…),
  breadcrumbs, ``h1`` "Bookcases" with a blurb, a carousel of sub-category tiles (itself a list of
  image + text links), filter pills ("Sort", "Product type", "Price", "Colour"… "All filters") and
  "28 items"; then ``div.plp-fragment-wrapper > div.pip-product-compact[data-product-number]
  [data-price][data-currency]`` cards: two links to the product (the image one ``aria-hidden``), a
  "Top seller" / "New" badge on some, "Save to favourites", a "New lower price" commercial message
  on reduced ones, ``h3.pip-header-section`` of ``span.notranslate.pip-header-section__title--small``
  ("BILLY", many products share a name) and the description span ("Bookcase, white, 80x28x202 cm"),
  the price split in spans (a screen-reader "Price £ 59.99", then ``£`` / ``59`` / ``.99``, no
  decimals on whole pounds, a "/2 pack" or "/pack" unit on two), "Previous price" with the struck
  old price, ``span.plp-rating`` whose ``aria-label`` reads "Review: 4.7 out of 5 stars. Total
  reviews: 1234" beside "(1234)" (no rating on new products), "Available in 5 colours" with swatch
  links, two status lines ("Available for delivery" and "In stock at Wembley"), an "Add to basket"
  icon button and a "Compare" checkbox; an inspiration tile in the grid; "You've viewed 24 of 28
  products" with a progress bar and the "Show more" link to ``?page=2`` — which, as on IKEA without
  JavaScript, serves the whole list so far (all 28 products, the first 24 again).
* ``pkgsearch`` — npm's package search (``/search?q=date``): the header (the rotating "Nifty
  Package Manager" line, Pro / Teams / Pricing / Documentation, the search form, Sign Up / Sign In),
  "26 packages found" and a "Sort by" bar of links, then one ``section`` per result, hashed CSS-module
  classes (``ef4d7c63``, ``_8fbbd57d``) mixed with tachyons atoms (``flex``, ``pl1-ns``, ``f4``): the
  ``h3`` package name in a link to ``/package/NAME`` (scoped names too), an "exact match" badge on the
  first, a "TS" / "DT" types icon on some, a description ``p``, a ``ul`` of keyword links to
  ``/search?q=keywords:…`` (none on some), the publisher's avatar link and name link (``/~user``),
  "published 4.1.0 • 6 months ago" split by React's ``<!-- -->`` text markers, and a weekly
  download count behind an icon on some results only; a numbered pager whose links are zero-based
  (``?q=date&page=0`` is page 1, ``&page=1`` page 2); the whole result set again in the
  ``window.__context__`` JSON the page boots from (ISO dates, scores, maintainers).

Run ``uv run python tests/sites/corpus/generate_twelfth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They were
written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWELFTH_B: dict[str, Callable[[], None]] = {}


def twelfth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWELFTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int = 8) -> str:
    """A stable hash-looking token."""
    return hashlib.sha1(seed.encode()).hexdigest()[:length]


def _base36(seed: str, length: int) -> str:
    """A stable lowercase base-36 token (emotion's class hashes look like this)."""
    number = int(hashlib.sha1(seed.encode()).hexdigest(), 16)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while len(out) < length:
        number, rest = divmod(number, 36)
        out += digits[rest]
    return out


# ---------------------------------------------------------------------------------------------------
# frontpage-herald: a Guardian section front (DCR, 2024–2025).
# ---------------------------------------------------------------------------------------------------

FH_HOST = "https://www.herald.example"
FH_NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
FH_IMG = "https://i.heraldim.example/img/media"
FH_FRONT = "/uk/technology"


def _dcr(role: str) -> str:
    """The emotion class DCR gives one style (the same style, the same class, on every card)."""
    return "dcr-" + _base36(role, 7)


class Story(NamedTuple):
    url: str
    headline: str
    kicker: str | None
    design: str  # news / live / analysis / feature / comment / editorial / podcast / video
    published: datetime
    show_age: bool = True
    standfirst: str | None = None
    comments: int | None = None
    byline: str | None = None
    duration: str | None = None
    image_alt: str = ""


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


FH_FRONT_STORIES: list[Story] = [
    # Headlines (dynamic/fast): one huge card, two medium, four small
    Story(
        "/technology/2025/mar/14/uk-ai-firms-disclose-training-data-copyright-plans",
        "UK to require AI firms to disclose training data under new copyright plans",
        "Artificial intelligence (AI)",
        "news",
        _at("2025-03-14T06:12:40"),
        standfirst="Ministers back down after a campaign by artists and authors, with a consultation promising an opt-out regime for creative works",
        comments=412,
        image_alt="A person types on a laptop displaying a chatbot interface",
    ),
    Story(
        "/business/live/2025/mar/14/nvidia-shares-chip-export-rules-asian-markets-live",
        "Nvidia shares tumble as new US chip export rules hit Asian markets – live",
        "Live",
        "live",
        _at("2025-03-14T08:41:05"),
        image_alt="A trader watches screens on the floor of the stock exchange",
    ),
    Story(
        "/technology/2025/mar/14/ofcom-first-investigation-online-safety-act-file-sharing",
        "Ofcom opens first investigation under Online Safety Act into file-sharing sites",
        "Social media",
        "news",
        _at("2025-03-14T04:20:00"),
        comments=86,
        image_alt="The Ofcom logo on a building in London",
    ),
    Story(
        "/technology/2025/mar/14/x-advertising-revenue-falls-brands-analysts",
        "X’s advertising revenue falls again as brands stay away, analysts say",
        "Elon Musk",
        "news",
        _at("2025-03-14T02:05:31"),
    ),
    Story(
        "/technology/2025/mar/13/fairphone-6-eight-years-updates-swappable-battery",
        "Fairphone 6 promises eight years of updates and a battery you can swap in seconds",
        "Smartphones",
        "news",
        _at("2025-03-13T22:48:10"),
        comments=57,
    ),
    Story(
        "/technology/2025/mar/13/uk-broadband-providers-switch-off-copper-analysis",
        "Why the UK’s biggest broadband providers are racing to switch off copper",
        "Analysis",
        "analysis",
        _at("2025-03-13T19:15:00"),
    ),
    Story(
        "/technology/2025/mar/13/bitcoin-atm-operator-fined-money-laundering",
        "Bitcoin ATM operator fined £1.2m for breaching money laundering rules",
        "Cryptocurrencies",
        "news",
        _at("2025-03-13T16:02:44"),
        comments=54,
    ),
    # Spotlight (dynamic/slow): one huge feature, three medium; no ages
    Story(
        "/technology/2025/mar/13/gig-workers-training-ai-models-nairobi-manila-manchester",
        "‘It felt like being watched by a ghost’: inside the lives of the gig workers training AI",
        "The long read",
        "feature",
        _at("2025-03-13T05:00:00"),
        show_age=False,
        standfirst="Thousands of people in Nairobi, Manila and Manchester label the data that chatbots learn from. Many say the work is relentless, poorly paid and invisible",
        comments=1031,
        image_alt="A woman wearing headphones works at a computer in a dimly lit room",
    ),
    Story(
        "/games/2025/mar/12/best-video-games-of-2025-so-far",
        "The 20 best video games of 2025 so far",
        "Games",
        "feature",
        _at("2025-03-12T11:00:00"),
        show_age=False,
        image_alt="A character stands on a cliff above a flooded harbour town",
    ),
    Story(
        "/technology/audio/2025/mar/13/can-anyone-build-a-british-google-podcast",
        "Can anyone build a British Google? – podcast",
        "Tech Weekly",
        "podcast",
        _at("2025-03-13T04:00:00"),
        show_age=False,
        duration="32:14",
        image_alt="Illustration of a search bar over the London skyline",
    ),
    Story(
        "/technology/video/2025/mar/12/how-a-30-gadget-can-unlock-your-car-video",
        "How a £30 gadget can unlock your car – video",
        "Cybercrime",
        "video",
        _at("2025-03-12T14:30:00"),
        show_age=False,
        duration="2:41",
        image_alt="A small radio device held next to a car door handle",
    ),
    # Opinion (fixed/medium): the editorial, then two columnists with avatars
    Story(
        "/commentisfree/2025/mar/13/the-herald-view-on-ai-and-copyright-creators-deserve-more-than-an-opt-out",
        "The Herald view on AI and copyright: creators deserve more than an opt-out",
        None,
        "editorial",
        _at("2025-03-13T17:30:00"),
        show_age=False,
        byline="Editorial",
        comments=143,
    ),
    Story(
        "/commentisfree/2025/mar/13/chatbots-are-not-your-friends-warm-voices",
        "Chatbots are not your friends, however warm their voices sound",
        None,
        "comment",
        _at("2025-03-13T07:00:00"),
        show_age=False,
        byline="Zoe Kiernan",
        comments=642,
    ),
    Story(
        "/commentisfree/2025/mar/12/britain-tech-ambitions-cheaper-electricity",
        "Britain’s tech ambitions will go nowhere without cheaper electricity",
        None,
        "comment",
        _at("2025-03-12T12:00:00"),
        show_age=False,
        byline="Marcus Adeyemi",
        comments=187,
    ),
    # Explore (fixed/small): four small cards, two with their age
    Story(
        "/technology/2025/mar/14/police-live-facial-recognition-double-england-wales",
        "Police use of live facial recognition to double in England and Wales",
        "Privacy",
        "news",
        _at("2025-03-14T00:20:00"),
        comments=233,
    ),
    Story(
        "/thefilter/2025/mar/11/best-electric-toothbrushes-tested",
        "The best electric toothbrushes, tested by our experts",
        "The Filter",
        "feature",
        _at("2025-03-11T09:00:00"),
        show_age=False,
    ),
    Story(
        "/science/2025/mar/13/spacex-starship-explodes-minutes-after-launch",
        "SpaceX Starship explodes minutes after launch for second time this year",
        "Space",
        "news",
        _at("2025-03-13T07:48:00"),
        comments=305,
    ),
    Story(
        "/technology/2025/mar/12/wikipedia-editors-vote-ban-ai-generated-articles",
        "Wikipedia editors vote to ban AI-generated articles",
        "Internet",
        "news",
        _at("2025-03-12T15:10:00"),
        show_age=False,
    ),
]

FH_OLDER_STORIES: list[Story] = [
    # ?page=2
    Story(
        "/technology/2025/mar/12/amazon-close-alexa-call-centres-ai-assistants",
        "Amazon to close Alexa call centres as it leans on AI assistants",
        "Amazon",
        "news",
        _at("2025-03-12T17:05:00"),
        standfirst="About 1,400 jobs in Edinburgh and Cork are at risk as the company moves customer support to its own chatbot",
        comments=73,
        image_alt="An Amazon Echo smart speaker on a kitchen shelf",
    ),
    Story(
        "/technology/2025/mar/12/meta-lawsuit-teenagers-instagram",
        "Meta faces £1.8bn lawsuit over teenagers’ use of Instagram",
        "Meta",
        "news",
        _at("2025-03-12T11:30:00"),
        image_alt="Teenagers look at their phones at a bus stop",
    ),
    Story(
        "/money/2025/mar/12/which-smart-doorbells-sold-online-hacked-minutes",
        "Which? finds smart doorbells sold online can be hacked in minutes",
        "Consumer affairs",
        "news",
        _at("2025-03-12T06:00:00"),
        comments=41,
        image_alt="A video doorbell beside a front door",
    ),
    Story(
        "/technology/2025/mar/11/uk-startup-raises-90m-chips-light",
        "UK startup raises £90m to build chips that run on light",
        "Technology startups",
        "news",
        _at("2025-03-11T15:42:00"),
        standfirst="The Cambridge firm says its photonic processors could cut the energy used by datacentres by half",
        image_alt="A silicon wafer held up to the light in a laboratory",
    ),
    Story(
        "/technology/2025/mar/11/tiktok-uk-shopping-push-us-ban-fears",
        "TikTok launches UK shopping push despite ban fears in US",
        "TikTok",
        "news",
        _at("2025-03-11T09:10:00"),
        comments=129,
        image_alt="The TikTok app icon on a phone screen",
    ),
    # ?page=3
    Story(
        "/technology/2025/mar/10/microsoft-ends-support-windows-10-october-what-to-do",
        "Microsoft ends support for Windows 10 in October – here’s what you need to do",
        "Microsoft",
        "explainer",
        _at("2025-03-10T13:00:00"),
        standfirst="Hundreds of millions of PCs will stop getting security updates. Here are your options, from upgrading for free to paying for another year",
        comments=388,
        image_alt="A laptop showing the Windows 10 start menu",
    ),
    Story(
        "/technology/2025/mar/10/self-driving-taxis-tested-london-roads",
        "Self-driving taxis to be tested on London roads next year",
        "Autonomous vehicles",
        "news",
        _at("2025-03-10T08:25:00"),
        image_alt="A driverless car with roof sensors on a city street",
    ),
    Story(
        "/technology/2025/mar/09/race-to-build-phone-that-lasts-10-years",
        "Inside the race to build a phone that lasts 10 years",
        "Smartphones",
        "feature",
        _at("2025-03-09T07:00:00"),
        standfirst="Repair shops, regulators and a handful of manufacturers are pushing back against the two-year upgrade cycle",
        image_alt="A technician repairs a smartphone under a magnifying lamp",
    ),
    Story(
        "/games/2025/mar/08/retro-game-collectors-cartridge-prices-record",
        "Retro game collectors push prices of old cartridges to record highs",
        "Games",
        "news",
        _at("2025-03-08T10:00:00"),
        standfirst="A sealed copy of a 1990s platformer sold for £48,000 at auction last week",
        comments=95,
        image_alt="Shelves of boxed video game cartridges in a shop",
    ),
    Story(
        "/technology/2025/mar/08/what-is-deepseek-silicon-valley",
        "What is DeepSeek and why has it rattled Silicon Valley?",
        "Artificial intelligence (AI)",
        "explainer",
        _at("2025-03-08T06:30:00"),
        image_alt="The DeepSeek logo on a smartphone in front of a computer screen",
    ),
]
FH_OLDER_PAGES = [5, 5]

# The front's containers: (title, id, container type, rows of (size, how many of the next stories)).
FH_CONTAINERS: list[tuple[str, str, str, list[tuple[str, int]]]] = [
    ("Headlines", "headlines", "dynamic/fast", [("huge", 1), ("medium", 2), ("small", 4)]),
    ("Spotlight", "spotlight", "dynamic/slow", [("huge", 1), ("medium", 3)]),
    ("Opinion", "opinion", "fixed/medium/slow-III", [("medium", 3)]),
    ("Explore", "explore", "fixed/small/slow-IV", [("small", 4)]),
]

FH_MOST_VIEWED: list[tuple[str, str | None, str]] = [
    (
        "Microsoft ends support for Windows 10 in October – here’s what you need to do",
        "Microsoft",
        "/technology/2025/mar/10/microsoft-ends-support-windows-10-october-what-to-do",
    ),
    (
        "UK to require AI firms to disclose training data under new copyright plans",
        "Artificial intelligence (AI)",
        "/technology/2025/mar/14/uk-ai-firms-disclose-training-data-copyright-plans",
    ),
    (
        "‘I was stunned’: readers on the apps they deleted and never missed",
        "Smartphones",
        "/technology/2025/mar/07/readers-apps-deleted-never-missed",
    ),
    (
        "Chatbots are not your friends, however warm their voices sound",
        "Zoe Kiernan",
        "/commentisfree/2025/mar/13/chatbots-are-not-your-friends-warm-voices",
    ),
    (
        "What is DeepSeek and why has it rattled Silicon Valley?",
        "Artificial intelligence (AI)",
        "/technology/2025/mar/08/what-is-deepseek-silicon-valley",
    ),
    (
        "The best budget phones in 2025, tested",
        "The Filter",
        "/thefilter/2025/mar/05/best-budget-phones-tested",
    ),
    (
        "‘It felt like being watched by a ghost’: inside the lives of the gig workers training AI",
        "The long read",
        "/technology/2025/mar/13/gig-workers-training-ai-models-nairobi-manila-manchester",
    ),
    (
        "Password managers: which one should you use, and are they safe?",
        "Ask Jack",
        "/technology/2025/mar/06/password-managers-which-one-safe",
    ),
    (
        "Spotify raises UK subscription prices for second time in a year",
        "Spotify",
        "/technology/2025/mar/04/spotify-raises-uk-subscription-prices",
    ),
    (
        "Smart meters: why millions in Britain are still not working",
        "Energy bills",
        "/money/2025/mar/03/smart-meters-millions-not-working",
    ),
]

FH_CLOCK = '<svg width="11" height="11" viewBox="0 0 11 11" class="{cls}" aria-hidden="true"><path d="M5.4 0C2.4 0 0 2.4 0 5.4s2.4 5.4 5.4 5.4 5.4-2.4 5.4-5.4S8.4 0 5.4 0zm3 6.1H4.7V1.9h.8l.4 3.3 2.5.4v.5z"></path></svg>'
FH_BUBBLE = '<svg width="14" height="14" viewBox="0 0 14 14" class="{cls}" aria-hidden="true"><path d="M1 1h12v9H6l-3 3v-3H1z"></path></svg>'
FH_QUOTE = '<svg width="70" height="49" viewBox="0 0 70 49" class="{cls}" aria-hidden="true"><path d="M69.3 10.7c-7.3 3.9-11 8.7-11 14.4 0 4.4 2.7 7.3 8.1 8.8v15H51.7c-3.4-3.1-5.1-8.4-5.1-15.7 0-12.9 7.2-22.6 21.6-29.2zM32.6 10.7c-7.3 3.9-11 8.7-11 14.4 0 4.4 2.7 7.3 8.1 8.8v15H15c-3.4-3.1-5.1-8.4-5.1-15.7 0-12.9 7.2-22.6 21.6-29.2z"></path></svg>'
FH_MIC = '<svg width="18" height="18" viewBox="0 0 24 24" class="{cls}" aria-label="Podcast"><path d="M12 15a3 3 0 003-3V5a3 3 0 00-6 0v7a3 3 0 003 3zm5-3a5 5 0 01-10 0H5a7 7 0 006 6.9V22h2v-3.1a7 7 0 006-6.9z"></path></svg>'
FH_PLAY = '<svg width="18" height="18" viewBox="0 0 24 24" class="{cls}" aria-label="Video"><path d="M8 5v14l11-7z"></path></svg>'

FH_THEMES = {
    "news": "NewsPillar",
    "live": "NewsPillar",
    "analysis": "NewsPillar",
    "explainer": "NewsPillar",
    "feature": "NewsPillar",
    "podcast": "NewsPillar",
    "video": "NewsPillar",
    "comment": "OpinionPillar",
    "editorial": "OpinionPillar",
}
FH_DESIGNS = {
    "news": "Standard",
    "live": "LiveBlog",
    "analysis": "Analysis",
    "explainer": "Explainer",
    "feature": "Feature",
    "podcast": "Audio",
    "video": "Video",
    "comment": "Comment",
    "editorial": "Editorial",
}


def _fh_age(moment: datetime) -> str:
    """DCR's "med" relative format: "3h ago", "2d ago"."""
    seconds = int((FH_NOW - moment).total_seconds())
    if seconds < 3600:
        return f"{seconds // 60}m ago"
    if seconds < 86400:
        return f"{seconds // 3600}h ago"
    return f"{seconds // 86400}d ago"


def _fh_iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _fh_image(story: Story, size: str) -> str:
    if not story.image_alt:
        return ""
    media = _hex(story.url, 40)
    width = {"huge": 940, "medium": 460, "small": 220}[size]
    src = f"{FH_IMG}/{media}/0_0_5000_3000/master/5000.jpg"
    return f"""
            <div class="{_dcr("image-" + size)}" data-component="card-media">
              <picture class="{_dcr("picture")}">
                <source srcset="{src}?width={width}&amp;dpr=2&amp;s=none&amp;crop=5%3A3 {width * 2}w" media="(min-width: 980px) and (-webkit-min-device-pixel-ratio: 1.25)">
                <source srcset="{src}?width={width}&amp;dpr=1&amp;s=none&amp;crop=5%3A3 {width}w" media="(min-width: 980px)">
                <img alt="{esc(story.image_alt)}" src="{src}?width={width}&amp;dpr=1&amp;s=none&amp;crop=5%3A3" width="{width}" height="{width * 3 // 5}" loading="lazy" class="{_dcr("img")}">
              </picture>
            </div>"""


def _fh_comments(story: Story) -> str:
    if story.comments is None:
        return ""
    long = f"{story.comments:,}"
    short = f"{story.comments // 1000}k" if story.comments >= 1000 else long
    return (
        f'<a data-ignore="global-link-styling" data-link-name="Comment count" href="{story.url}#comments" aria-label="{long} Comments" class="{_dcr("comment-count")}">'
        f"{FH_BUBBLE.format(cls=_dcr('comment-icon'))}"
        f'<span class="{_dcr("comment-long")}" data-testid="long-comment-count">{long}</span>'
        f' <span class="{_dcr("comment-short")}" data-testid="short-comment-count">{short}</span></a>'
    )


def _fh_card(story: Story, size: str, group: int, position: int, *, image: bool, age: bool) -> str:
    design = FH_DESIGNS[story.design]
    kicker = ""
    if story.kicker:
        dot = f'<span class="{_dcr("pulsing-dot")}" aria-hidden="true"></span>' if story.design == "live" else ""
        kicker = f'<span class="{_dcr("kicker")}"><span class="{_dcr("kicker-text-" + story.design)}">{dot}{esc(story.kicker)}</span></span>'
    quote = FH_QUOTE.format(cls=_dcr("quote-icon")) if story.design in ("comment", "editorial") else ""
    byline = ""
    avatar = ""
    if story.byline:
        byline = f'<div class="{_dcr("byline-wrap")}"><span class="{_dcr("byline-" + size)}">{esc(story.byline)}</span></div>'
        if story.design == "comment":
            avatar = f"""
            <div class="{_dcr("avatar-wrap")}">
              <picture><img src="https://uploads.heraldim.example/2023/07/05/{slug(story.byline)}.png" alt="{esc(story.byline)}" class="{_dcr("avatar")}" loading="lazy"></picture>
            </div>"""
    standfirst = ""
    if story.standfirst and size in ("huge", "medium"):
        standfirst = f'<div class="{_dcr("standfirst-" + size)}"><div class="{_dcr("standfirst-text")}">{esc(story.standfirst)}</div></div>'
    footer: list[str] = []
    if story.duration:
        icon = FH_MIC if story.design == "podcast" else FH_PLAY
        footer.append(
            f'<div class="{_dcr("media-meta")}"><span class="{_dcr("media-icon")}">{icon.format(cls=_dcr("media-svg"))}</span><span class="{_dcr("media-duration")}">{story.duration}</span></div>'
        )
    if age and story.show_age:
        footer.append(
            f'<span class="{_dcr("age")}">{FH_CLOCK.format(cls=_dcr("clock"))}<time datetime="{_fh_iso(story.published)}" data-relativeformat="med">{_fh_age(story.published)}</time></span>'
        )
    comments = _fh_comments(story)
    if comments:
        footer.append(comments)
    picture = _fh_image(story, size) if image else ""
    return f"""
        <li class="{_dcr("li-" + size)}">
          <div class="{_dcr("card-wrapper")}" data-format-design="{design}" data-format-theme="{FH_THEMES[story.design]}" data-format-display="Standard">
            <div class="{_dcr("card-" + size)}">
              <a href="{story.url}" aria-label="{esc(story.headline)}" class="{_dcr("card-link")}" data-link-name="{story.design} | group-{group} | card-@{position}"></a>
              <div class="{_dcr("card-layout-" + size)}">{picture}
                <div class="{_dcr("card-content-" + size)}">
                  <div class="{_dcr("headline-wrap")}">
                    <h3 class="card-headline {_dcr("headline-" + size)}">{kicker}{quote}<span class="show-underline {_dcr("headline-text-" + size)}">{esc(story.headline)}</span></h3>
                    {byline}
                  </div>
                  {standfirst}{avatar}
                  <footer class="{_dcr("card-footer")}">{"".join(footer)}</footer>
                </div>
              </div>
            </div>
          </div>
        </li>"""


def _fh_container(title: str, cid: str, kind: str, number: int, rows: list[str], extra: str = "") -> str:
    return f"""
    <section id="container-{cid}" data-link-name="container-{number} | {esc(title.lower())}" data-component="{kind}" data-container-name="{kind}" class="{_dcr("fc-section")}">
      <div class="{_dcr("fc-left")}">
        <div class="{_dcr("fc-title")}"><h2 class="{_dcr("fc-h2")}" id="{cid}"><span>{esc(title)}</span></h2></div>
        <gu-island name="ShowHideButton" priority="critical" props='{{"sectionId":"container-{cid}"}}'><button class="{_dcr("show-hide")}" data-link-name="Hide" aria-controls="container-{cid}" aria-expanded="true" data-show-hide-button="container-{cid}">Hide</button></gu-island>
      </div>
      <div class="{_dcr("fc-content")}" id="container-{cid}-content">{"".join(rows)}
      </div>{extra}
    </section>"""


def _fh_ad(number: int) -> str:
    return f"""
    <aside class="{_dcr("ad-slot-container")}">
      <div id="dfp-ad--fronts-banner-{number}" class="js-ad-slot ad-slot ad-slot--fronts-banner ad-slot--fronts-banner-{number} ad-slot--rendered" data-link-name="ad slot fronts-banner-{number}" data-name="fronts-banner-{number}" aria-hidden="true">
        <div class="ad-slot__label">Advertisement</div>
        <div id="google_ads_iframe_/59666047/herald.example/technology/front/ng_{number}__container__"><iframe id="google_ads_iframe_/59666047/herald.example/technology/front/ng_{number}" title="3rd party ad content" width="970" height="250" scrolling="no" frameborder="0" src="about:blank"></iframe></div>
      </div>
    </aside>"""


def _fh_most_viewed() -> str:
    items = []
    for number, (headline, kicker, url) in enumerate(FH_MOST_VIEWED, 1):
        items.append(
            f"""
          <li class="{_dcr("mv-li")}" data-link-name="item {number}">
            <a class="{_dcr("mv-link")}" href="{url}" data-link-name="{number} | text">
              <span class="{_dcr("mv-number")}"><svg width="40" height="50" viewBox="0 0 40 50" aria-label="{number}" class="{_dcr("big-number")}"><path d="M0 0h40v50H0z"></path></svg></span>
              <div class="{_dcr("mv-headline")}"><h4 class="{_dcr("mv-h4")}"><span class="{_dcr("mv-kicker")}">{esc(kicker)}</span> {esc(headline)}</h4></div>
            </a>
          </li>"""
        )
    return f"""
    <section id="most-viewed" data-link-name="most popular" data-component="most-popular" class="{_dcr("fc-section")}">
      <div class="{_dcr("fc-left")}"><div class="{_dcr("fc-title")}"><h2 class="{_dcr("fc-h2")}"><span>Most viewed</span></h2></div></div>
      <aside class="{_dcr("mv-aside")}" data-testid="most-viewed-footer">
        <div role="tablist" class="{_dcr("mv-tabs")}">
          <button role="tab" aria-selected="true" aria-controls="tabs-popular-0" id="tabs-popular-0-tab" data-link-name="In Technology" class="{_dcr("mv-tab-selected")}"><span class="{_dcr("mv-tab-label")}">In Technology</span></button>
          <button role="tab" aria-selected="false" aria-controls="tabs-popular-1" id="tabs-popular-1-tab" data-link-name="Across The Herald" class="{_dcr("mv-tab")}"><span class="{_dcr("mv-tab-label")}">Across The Herald</span></button>
        </div>
        <ol class="{_dcr("mv-ol")}" id="tabs-popular-0" role="tabpanel" aria-labelledby="tabs-popular-0-tab" data-link-name="tab 1 In Technology">{"".join(items)}
        </ol>
        <div id="tabs-popular-1" role="tabpanel" aria-labelledby="tabs-popular-1-tab" hidden></div>
      </aside>
    </section>"""


def _fh_link(page: int) -> str:
    return FH_FRONT if page == 1 else f"{FH_FRONT}?page={page}"


def _fh_pager(page: int, pages: int) -> str:
    arrow_l = f'<svg width="24" height="24" viewBox="0 0 24 24" class="{_dcr("pager-svg")}" aria-hidden="true"><path d="M15 5l-7 7 7 7"></path></svg>'
    arrow_r = f'<svg width="24" height="24" viewBox="0 0 24 24" class="{_dcr("pager-svg")}" aria-hidden="true"><path d="M9 5l7 7-7 7"></path></svg>'
    parts = []
    if page > 1:
        parts.append(
            f'<a class="{_dcr("pager-text")}" data-link-name="Pagination view first" href="{_fh_link(1)}">First</a>'
        )
        parts.append(
            f'<a class="{_dcr("pager-button")}" rel="prev" data-link-name="Pagination view previous" aria-label="Previous page" href="{_fh_link(page - 1)}">{arrow_l}</a>'
        )
    if page < pages:
        parts.append(
            f'<a class="{_dcr("pager-button")}" rel="next" data-link-name="Pagination view next" aria-label="Next page" href="{_fh_link(page + 1)}">{arrow_r}</a>'
        )
    return f"""
    <div class="{_dcr("pager-wrap")}">
      <nav class="{_dcr("pager")}" aria-label="Pagination">
        <div class="{_dcr("pager-label")}"><span>Page {page}</span> of <span>{pages}</span></div>
        <div class="{_dcr("pager-buttons")}">{"".join(parts)}</div>
      </nav>
    </div>"""


ARIA_CURRENT = ' aria-current="page"'
FH_PILLARS = [
    ("News", "/"),
    ("Opinion", "/commentisfree"),
    ("Sport", "/sport"),
    ("Culture", "/culture"),
    ("Lifestyle", "/lifeandstyle"),
]
FH_SUBNAV = [
    ("UK", "/uk-news"),
    ("World", "/world"),
    ("Climate crisis", "/environment/climate-crisis"),
    ("Ukraine", "/world/ukraine"),
    ("Environment", "/uk/environment"),
    ("Science", "/science"),
    ("Global development", "/global-development"),
    ("Football", "/football"),
    ("Tech", FH_FRONT),
    ("Business", "/uk/business"),
    ("Obituaries", "/obituaries"),
]


def _fh_page(page: int, pages: int, main: str) -> str:
    pillars = "".join(
        f'<li class="{_dcr("pillar-li")}"><a class="{_dcr("pillar-link")}" href="{href}" data-link-name="nav4 : primary : {name}">{name}</a></li>'
        for name, href in FH_PILLARS
    )
    subnav = "".join(
        f'<li class="{_dcr("subnav-li")}"><a class="{_dcr("subnav-link")}" href="{href}" data-link-name="nav4 : subnav : {name}"{ARIA_CURRENT if href == FH_FRONT else ""}>{name}</a></li>'
        for name, href in FH_SUBNAV
    )
    canonical = FH_HOST + _fh_link(page)
    config = {
        "page": {
            "section": "technology",
            "sectionName": "Technology",
            "pageId": "uk/technology",
            "contentType": "Network Front" if page == 1 else "Tag",
            "isFront": page == 1,
            "pagination": {"currentPage": page, "lastPage": pages},
            "edition": "UK",
            "adUnit": "/59666047/herald.example/technology/front/ng",
        },
        "switches": {"commercial": True, "consentManagement": True, "remoteBanner": True},
        "tests": {"abDeeplyReadArticleFooter": "control"},
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Technology | The Herald</title>
  <meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
  <meta name="description" content="Latest technology news, comment and analysis from the Herald | The Herald">
  <link rel="canonical" href="{canonical}">
  <meta property="og:title" content="Technology | The Herald">
  <meta property="og:url" content="{canonical}">
  <script>window.herald = {json.dumps({"config": config}, ensure_ascii=False)};</script>
  <style>.{_dcr("card-link")}{{position:absolute;inset:0;z-index:1}} .show-underline:hover{{text-decoration:underline}}</style>
</head>
<body>
  <div id="sp_message_container_1061478" class="sp-message-open" style="position:fixed;inset:0;z-index:2147483647">
    <iframe id="sp_message_iframe_1061478" src="https://cdn.privacy-mgmt.example/index.html?message_id=1061478&amp;consentUUID=null&amp;consent_origin=https%3A%2F%2Fcdn.privacy-mgmt.example%2Fconsent%2Ftcfv2" title="SP Consent Message" style="width:100%;height:100%;border:0"></iframe>
  </div>
  <a class="{_dcr("skip-link")}" href="#maincontent" data-link-name="skip : main content">Skip to main content</a>
  <div id="bannerandheader">
    <section data-link-name="header top ad" class="{_dcr("top-ad")}">
      <div id="dfp-ad--top-above-nav" class="js-ad-slot ad-slot ad-slot--top-above-nav" data-link-name="ad slot top-above-nav" data-name="top-above-nav" aria-hidden="true"><div class="ad-slot__label">Advertisement</div></div>
    </section>
    <header data-component="nav4" class="{_dcr("header")}">
      <div class="{_dcr("header-top")}">
        <a href="https://support.herald.example/contribute?REFPVID=technology&amp;INTCMP=header_support&amp;acquisitionData=%7B%22source%22%3A%22WEB%22%7D" data-link-name="nav4 : support-cta" class="{_dcr("support-cta")}">Support us</a>
        <a href="https://support.herald.example/subscribe" data-link-name="nav4 : print-cta">Print subscriptions</a>
        <a href="/email-newsletters" data-link-name="nav4 : newsletters">Newsletters</a>
        <a href="https://profile.herald.example/signin?INTCMP=DOTCOM_NEWHEADER_SIGNIN" data-link-name="nav4 : topbar : signin">Sign in</a>
        <gu-island name="EditionDropdown" priority="critical"><button aria-haspopup="true" class="{_dcr("edition")}">UK edition</button></gu-island>
      </div>
      <a href="/" data-link-name="nav4 : logo" class="{_dcr("logo")}"><span class="{_dcr("visually-hidden")}">The Herald - Back to home</span><svg width="295" height="95" viewBox="0 0 295 95" aria-hidden="true"><path d="M0 0h295v95H0z"></path></svg></a>
      <nav class="{_dcr("nav")}" aria-label="Herald sections" data-component="nav4">
        <ul class="{_dcr("pillars")}" role="list">{pillars}</ul>
        <gu-island name="Burger"><button class="{_dcr("burger")}" aria-label="Show more" data-link-name="nav4 : veggie-burger : show">Menu</button></gu-island>
      </nav>
      <div class="{_dcr("subnav-wrap")}"><ul class="{_dcr("subnav")}" data-testid="sub-nav" data-link-name="nav4 : subnav">{subnav}</ul></div>
    </header>
  </div>
  <main id="maincontent" data-layout="{"FrontLayout" if page == 1 else "TagPageLayout"}" class="{_dcr("main")}">
    <h1 class="{_dcr("visually-hidden")}">Technology</h1>{main}
    {_fh_pager(page, pages)}
  </main>
  <gu-island name="StickyBottomBanner" priority="feature" deferuntil="idle">
    <div class="{_dcr("rr-banner")}" data-component="rr_banner">
      <p class="{_dcr("rr-heading")}">Fearless journalism, free for everyone</p>
      <p class="{_dcr("rr-body")}">We don’t have a paywall because we believe everyone deserves access to trustworthy news. If you can, please support us today from just £2.</p>
      <a class="{_dcr("rr-cta")}" href="https://support.herald.example/contribute?INTCMP=banner" data-link-name="banner : support">Support us</a>
      <button class="{_dcr("rr-close")}" aria-label="Close">×</button>
    </div>
  </gu-island>
  <footer data-link-name="footer" data-component="footer" class="{_dcr("footer")}">
    <div class="{_dcr("footer-pillars")}"><ul>{pillars}</ul></div>
    <div class="{_dcr("footer-links")}">
      <ul><li><a href="/about" data-link-name="uk : footer : about us">About us</a></li><li><a href="/help/contact-us" data-link-name="uk : footer : contact us">Contact us</a></li><li><a href="/info/complaints-and-corrections" data-link-name="complaints">Complaints &amp; corrections</a></li><li><a href="/securedrop" data-link-name="securedrop">SecureDrop</a></li></ul>
      <ul><li><a href="/help/privacy-policy" data-link-name="privacy">Privacy policy</a></li><li><a href="/info/cookies" data-link-name="cookie">Cookie policy</a></li><li><button data-link-name="privacy-settings" class="{_dcr("privacy-settings")}">Privacy settings</button></li><li><a href="/help/terms-of-service" data-link-name="terms">Terms &amp; conditions</a></li></ul>
      <ul><li><a href="/index/subjects/a" data-link-name="all topics">All topics</a></li><li><a href="/index/contributors" data-link-name="all contributors">All writers</a></li><li><a href="/newsletters" data-link-name="newsletters">Newsletters</a></li><li><a href="https://advertising.herald.example" data-link-name="advertise">Advertise with us</a></li></ul>
    </div>
    <p class="{_dcr("copyright")}">© 2025 Herald News &amp; Media Limited or its affiliated companies. All rights reserved. (dcr)</p>
  </footer>
  <script type="module" src="https://assets.heraldim.example/assets/frameworks.client.web.{_hex("frameworks", 12)}.js"></script>
  <script type="module" src="https://assets.heraldim.example/assets/index.client.web.{_hex("index", 12)}.js"></script>
</body>
</html>"""


def _fh_front() -> str:
    blocks: list[str] = []
    stories = iter(FH_FRONT_STORIES)
    for number, (title, cid, kind, rows) in enumerate(FH_CONTAINERS, 1):
        uls: list[str] = []
        position = 1
        for group, (size, count) in enumerate(rows):
            cards = []
            for _ in range(count):
                story = next(stories)
                age = kind.startswith("dynamic/fast") or cid == "explore"
                cards.append(_fh_card(story, size, group, position, image=size != "small", age=age))
                position += 1
            uls.append(
                f'\n        <ul class="{_dcr("row-" + size)}" data-link-name="row-{group + 1}">{"".join(cards)}\n        </ul>'
            )
        extra = ""
        if cid == "headlines":
            extra = f"""
      <gu-island name="ShowMore" priority="feature" deferuntil="interaction" props='{{"containerId":"container-{cid}","path":"uk/technology","containerTitle":"Headlines","showMoreContainerId":"show-more-{cid}"}}'>
        <div id="show-more-{cid}" class="{_dcr("show-more-wrap")}" hidden></div>
        <button class="{_dcr("show-more")}" aria-controls="show-more-{cid}" aria-expanded="false" data-link-name="more Headlines" data-cy="show-more-button-{cid}"><svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><path d="M8 2h2v6h6v2h-6v6H8v-6H2V8h6z"></path></svg><span>Show more</span></button>
      </gu-island>"""
        blocks.append(_fh_container(title, cid, kind, number, uls, extra))
        if cid in ("headlines", "opinion"):
            blocks.append(_fh_ad(1 if cid == "headlines" else 2))
    blocks.append(_fh_most_viewed())
    return "".join(blocks)


def _fh_day(moment: datetime) -> str:
    return f"{moment:%A} {moment.day} {moment:%B %Y}"


def _fh_all_view(stories: list[Story], page: int) -> str:
    days: dict[str, list[Story]] = {}
    for story in stories:
        days.setdefault(story.published.date().isoformat(), []).append(story)
    blocks = [
        f'\n    <div class="{_dcr("tag-header")}"><p class="{_dcr("tag-title")}">Technology</p><p class="{_dcr("tag-sub")}">All the latest technology news, page {page}</p></div>'
    ]
    for number, (iso, day_stories) in enumerate(days.items(), 1):
        cards = []
        for position, story in enumerate(day_stories, 1):
            size = "medium" if position == 1 and story.standfirst else "small"
            cards.append(_fh_card(story, size, 0, position, image=True, age=True))
        title = _fh_day(day_stories[0].published)
        rows = [f'\n        <ul class="{_dcr("row-tag")}" data-link-name="row-1">{"".join(cards)}\n        </ul>']
        blocks.append(
            f"""
    <section id="container-{iso}" data-link-name="container-{number} | {iso}" data-component="fixed/medium/slow-VI" data-container-name="fixed/medium/slow-VI" class="{_dcr("fc-section")}">
      <div class="{_dcr("fc-left")}"><div class="{_dcr("fc-title")}"><h2 class="{_dcr("fc-h2")}"><time datetime="{iso}">{title}</time></h2></div></div>
      <div class="{_dcr("fc-content")}">{"".join(rows)}
      </div>
    </section>"""
        )
        if number == 2:
            blocks.append(_fh_ad(page + 1))
    return "".join(blocks)


@twelfth_b
def build_frontpage_herald() -> None:
    s = Site(
        "frontpage-herald",
        kind="news section front (Guardian DCR 2024–25: section containers with h2 titles, ul > li cards of several sizes in dcr- hashed classes, an empty card link whose aria-label is the headline, kicker span before the headline in h3, standfirst on big cards, time[datetime] '3h ago' and comment counts on some, opinion bylines + avatars, Most viewed aside, ad slots, Show more, ?page=N 'all' view by day)",
        start=FH_FRONT.strip("/") + "/",
        description="A Guardian section front (DCR, 2024–2025): a Sourcepoint consent iframe, a top ad slot, the header (Support us, Print subscriptions, Newsletters, Sign in, pillars, sub-nav with 'Tech' current); section containers 'Headlines' (dynamic/fast), 'Spotlight', 'Opinion', 'Explore', each an h2 title, a 'Hide' toggle and ul > li rows of huge / medium / small cards in dcr- emotion classes with data-link-name='news | group-0 | card-@1': an empty a over the card (aria-label = headline), a picture (alt describes the photo; none on small cards), h3.card-headline holding the kicker span ('Artificial intelligence (AI)', 'Live' with a pulsing dot, 'Analysis', 'The long read') before span.show-underline, a standfirst on big cards, a footer with time[datetime] '3h ago' on some, a comment link (aria-label '412 Comments', long and short counts '1,031' '1k'), podcast / video durations; opinion cards with a quote icon, a byline outside the h3 and an avatar (the editorial: 'Editorial', no avatar); 'Show more' under Headlines; fronts-banner ad slots; a 'Most viewed' aside of ten numbered h4 headlines (some of them cards here or on the older pages); a reader-revenue banner; a 'Page 1 of 3' pager to /uk/technology?page=2 and ?page=3, the 'all' view: containers per day ('Wednesday 12 March 2025') of cards that all show their age, a standfirst on the first of each day.",
    )
    older = chunks(FH_OLDER_STORIES, FH_OLDER_PAGES)
    pages = 1 + len(older)
    s.list_page(FH_FRONT.strip("/") + "/index.html", _fh_page(1, pages, _fh_front()))
    for number, stories in enumerate(older, 2):
        s.list_page(FH_FRONT.strip("/") + f"@page={number}", _fh_page(number, pages, _fh_all_view(stories, number)))
    for story in FH_FRONT_STORIES + FH_OLDER_STORIES:
        s.expect(
            {
                "title": story.headline,
                "url": story.url,
                "kicker": story.kicker,
                "author": story.byline,
                "summary": story.standfirst,
                "date": story.published.date().isoformat() if story.show_age else None,
                "comments": story.comments,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# homewares-hus: an IKEA product listing page (2024–2025).
# ---------------------------------------------------------------------------------------------------

HH_BASE = "/gb/en/cat/bookcases-10382/"
HH_IMG = "https://www.hus.example/gb/en/images/products/"
HH_STORE = "Wembley"


class Product(NamedTuple):
    name: str
    description: str
    number: str
    price: float
    was: float | None = None
    rating: float | None = None
    reviews: int | None = None
    colours: int = 1
    delivery: str = "Available for delivery"
    store: str = "In stock"
    unit: str | None = None
    badge: str | None = None  # "Top seller" / "New"


HH_PRODUCTS: list[Product] = [
    Product(
        "BILLY",
        "Bookcase, white, 80x28x202 cm",
        "00263850",
        59.99,
        rating=4.7,
        reviews=1234,
        colours=5,
        badge="Top seller",
    ),
    Product(
        "KALLAX",
        "Shelving unit, white, 77x147 cm",
        "20275814",
        65,
        rating=4.7,
        reviews=2890,
        colours=6,
        badge="Top seller",
    ),
    Product("HEMNES", "Bookcase, white stain, 90x197 cm", "30413495", 170, was=190, rating=4.6, reviews=412, colours=3),
    Product(
        "BILLY / OXBERG",
        "Bookcase with glass doors, oak effect, 80x30x202 cm",
        "s59017408",
        210,
        rating=4.5,
        reviews=96,
        colours=2,
    ),
    Product(
        "LACK",
        "Wall shelf unit, black-brown, 30x190 cm",
        "10282815",
        45,
        rating=4.3,
        reviews=221,
        colours=2,
        store="Only a few left",
    ),
    Product("BRIMNES", "Bookcase, white, 60x190 cm", "40301838", 85, was=99, rating=4.4, reviews=157, colours=2),
    Product("IVAR", "Shelving unit, pine, 89x30x179 cm", "s99248256", 95, rating=4.8, reviews=311),
    Product(
        "EKET",
        "Cabinet combination with legs, white/light grey/dark grey, 70x35x80 cm",
        "s19190302",
        120,
        rating=4.5,
        reviews=78,
        delivery="Not available for delivery",
    ),
    Product("BAGGEBO", "Shelving unit, metal/white, 60x25x160 cm", "10482974", 25, rating=4.2, reviews=503),
    Product(
        "FJÄLLBO", "Shelving unit, black, 100x136 cm", "10339292", 139, rating=4.6, reviews=144, store="Out of stock"
    ),
    Product(
        "GERSBY", "Bookcase, white, 60x180 cm", "40261085", 30, rating=4.1, reviews=689, colours=2, badge="Top seller"
    ),
    Product("BILLY", "Height extension unit, white, 40x28x35 cm", "20263839", 15, rating=4.6, reviews=402, colours=4),
    Product("HAUGA", "Bookcase, grey, 70x199 cm", "00489960", 119, was=135, rating=4.4, reviews=63, colours=2),
    Product(
        "TONSTAD",
        "Bookcase, oak veneer, 82x37x201 cm",
        "90549027",
        279,
        badge="New",
        store="Out of stock",
        delivery="Not available for delivery",
    ),
    Product("LOMMARP", "Bookcase, dark blue-green, 65x199 cm", "40415434", 199, rating=4.7, reviews=58, colours=2),
    Product("BILLY", "Corner fitting, galvanised", "00263906", 4, rating=4.5, reviews=137, unit="/2 pack"),
    Product("KALLAX", "Insert with door, white, 33x33 cm", "90278159", 15, rating=4.6, reviews=889, colours=5),
    Product("SKRUVBY", "Bookcase, black-blue, 60x140 cm", "20532073", 40, rating=4.3, reviews=77, colours=2),
    Product("JOSTEIN", "Shelving unit, in/outdoor/wire white, 81x40x180 cm", "s59336752", 70, rating=4.0, reviews=35),
    Product("VIHALS", "Shelving unit, white, 95x37x140 cm", "80483176", 55, was=65, rating=4.5, reviews=201, colours=2),
    Product(
        "HEMNES",
        "Bookcase, black-brown, 49x197 cm",
        "50413527",
        120,
        rating=4.6,
        reviews=212,
        colours=3,
        store="Only a few left",
    ),
    Product("IDANÄS", "Bookcase, white, 121x135 cm", "30487869", 220, rating=4.8, reviews=41),
    Product("BILLY", "Bookcase with doors, white, 80x30x202 cm", "s49398975", 130, rating=4.6, reviews=187, colours=3),
    Product("KALLAX", "Shelving unit with 4 inserts, white, 147x147 cm", "s59278210", 140, rating=4.5, reviews=96),
    # the four that "Show more" adds
    Product("LACK", "Wall shelf, white, 110x26 cm", "40282810", 12, rating=4.4, reviews=905, colours=3),
    Product("BILLY", "Shelf pins, nickel-plated, 16 pack", "20263758", 2.5, rating=4.2, reviews=64, unit="/pack"),
    Product("ALEX", "Shelf unit, white, 36x140 cm", "60473516", 45, rating=4.4, reviews=166, badge="New"),
    Product(
        "BESTÅ",
        "Shelf unit, white, 60x40x192 cm",
        "70337823",
        85,
        rating=4.3,
        reviews=52,
        colours=2,
        delivery="Not available for delivery",
    ),
]
HH_PAGE_SIZE = 24

HH_COLOUR_NAMES = ["white", "black-brown", "oak effect", "white stain", "grey", "dark blue-green", "light grey"]


def _hh_href(item: Product) -> str:
    words = [part for part in item.description.split(", ") if not any(ch.isdigit() for ch in part)]
    return f"/gb/en/p/{slug(' '.join([item.name, *words]))}-{item.number}/"


def _hh_price_text(amount: float) -> str:
    return f"{amount:.2f}" if amount % 1 else f"{amount:.0f}"


def _hh_price(amount: float, *, unit: str | None, variant: str) -> str:
    whole, _, cents = f"{amount:.2f}".partition(".")
    decimals = f'<span class="pip-temp-price__decimals">.{cents}</span>' if amount % 1 else ""
    unit_html = f'<span class="pip-temp-price__unit">{esc(unit)}</span>' if unit else ""
    return (
        f'<span class="pip-temp-price pip-temp-price--small {variant}">'
        f'<span class="pip-temp-price__sr-text">Price £ {_hh_price_text(amount)}{esc(unit or "")}</span>'
        f'<span class="pip-temp-price__nowrap" aria-hidden="true"><span class="pip-temp-price__currency pip-temp-price__currency--superscript pip-temp-price__currency--before">£</span>'
        f'<span class="pip-temp-price__integer">{whole}</span>{decimals}</span>{unit_html}</span>'
    )


def _hh_stars(rating: float) -> str:
    stars = []
    for n in range(1, 6):
        if rating >= n - 0.25:
            kind = "full"
        elif rating >= n - 0.75:
            kind = "half"
        else:
            kind = "empty"
        stars.append(
            f'<svg class="plp-rating__star plp-rating__star--{kind}" viewBox="0 0 24 24" focusable="false" aria-hidden="true"><path d="M12 2l3.1 6.3 6.9 1-5 4.9 1.2 6.8L12 17.8 5.8 21l1.2-6.8-5-4.9 6.9-1z"></path></svg>'
        )
    return "".join(stars)


def _hh_status(text: str, kind: str) -> str:
    colour = {"Available": "green", "Only": "orange", "Not": "red", "Out": "red", "In": "green"}[
        text.split(maxsplit=1)[0]
    ]
    return f'<div class="plp-status plp-status--small plp-status--{kind}"><span class="plp-status__dot plp-status__dot--{colour}"></span><span class="plp-status__label">{esc(text)}</span></div>'


def _hh_card(item: Product, position: int) -> str:
    href = _hh_href(item)
    alt = f"{item.name} {item.description}"
    image = _hex(item.number, 7)
    badge = ""
    if item.badge:
        kind = slug(item.badge)
        badge = f'<div class="pip-product-compact__badge"><span class="pip-commercial-message pip-commercial-message--{kind}">{esc(item.badge)}</span></div>'
    commercial = (
        '<div class="pip-price-module__commercial-message"><span class="pip-commercial-message pip-commercial-message--new-lower-price">New lower price</span></div>'
        if item.was
        else ""
    )
    previous = ""
    if item.was:
        previous = f'<div class="pip-price-module__addons"><span class="pip-price-module__previous-price"><span class="pip-price-module__previous-price-prefix">Previous price</span> {_hh_price(item.was, unit=None, variant="pip-temp-price--strikeout")}</span></div>'
    rating = ""
    if item.rating is not None:
        rating = f"""
          <span class="plp-rating plp-rating--small plp-rating--has-reviews" role="img" aria-label="Review: {item.rating} out of 5 stars. Total reviews: {item.reviews}">
            <span class="plp-rating__stars">{_hh_stars(item.rating)}</span>
            <span class="plp-rating__label" aria-hidden="true">({item.reviews})</span>
          </span>"""
    variants = ""
    if item.colours > 1:
        shown = min(item.colours, 3)
        swatches = "".join(
            f'<li class="plp-product-variants__item"><a class="plp-product-variants__link" href="/gb/en/p/{slug(item.name)}-{slug(HH_COLOUR_NAMES[(position + n) % len(HH_COLOUR_NAMES)])}-{_hex(item.number + str(n), 8)}/" aria-label="{esc(HH_COLOUR_NAMES[(position + n) % len(HH_COLOUR_NAMES)])}"><img class="plp-product-variants__image" src="{HH_IMG}{slug(item.name)}__{_hex(item.number + str(n), 7)}_s5.jpg?f=u" alt="" loading="lazy"></a></li>'
            for n in range(shown)
        )
        more = (
            f'<span class="plp-product-variants__more">+{item.colours - shown}</span>' if item.colours > shown else ""
        )
        variants = f"""
          <div class="plp-product-variants">
            <span class="plp-product-variants__label">Available in {item.colours} colours</span>
            <ul class="plp-product-variants__list">{swatches}</ul>{more}
          </div>"""
    data_price = _hh_price_text(item.price)
    return f"""
      <div class="plp-fragment-wrapper">
        <div class="pip-product-compact" data-testid="plp-product-card" data-ref-id="{item.number.lstrip("s")}" data-product-number="{item.number}" data-price="{data_price}" data-currency="GBP" data-product-name="{esc(item.name)}" data-product-type="{"SPR" if item.number.startswith("s") else "ART"}" data-cs-capture="" data-product-compact="">
          <div class="pip-product-compact__image-container">
            <a class="pip-product-compact__wrapper-link" href="{href}" aria-hidden="true" tabindex="-1">
              <span class="pip-product-compact__image pip-image">
                <img loading="lazy" class="pip-image" src="{HH_IMG}{slug(item.name)}__0{image}_pe{_hex(item.number, 6)}_s5.jpg?f=xxs" srcset="{HH_IMG}{slug(item.name)}__0{image}_pe{_hex(item.number, 6)}_s5.jpg?f=xxs 300w, {HH_IMG}{slug(item.name)}__0{image}_pe{_hex(item.number, 6)}_s5.jpg?f=xs 600w" sizes="(max-width: 600px) 50vw, 300px" alt="{esc(alt)}">
                <img loading="lazy" class="pip-image pip-product-compact__image--hover" src="{HH_IMG}{slug(item.name)}__1{image}_ph{_hex(item.number, 6)}_s5.jpg?f=xxs" alt="">
              </span>
            </a>
            {badge}
            <div class="pip-product-compact__favourite"><button type="button" class="pip-btn pip-btn--small pip-btn--icon-tertiary pip-favourite-button" aria-label="Save to favourites" data-product-number="{item.number}"><span class="pip-btn__inner"><svg focusable="false" viewBox="0 0 24 24" class="pip-svg-icon pip-btn__icon" aria-hidden="true"><path d="M12 21l-1.4-1.3C5.4 15 2 12 2 8.5 2 5.4 4.4 3 7.5 3c1.7 0 3.4.8 4.5 2.1C13.1 3.8 14.8 3 16.5 3 19.6 3 22 5.4 22 8.5c0 3.5-3.4 6.5-8.6 11.2z"></path></svg></span></button></div>
          </div>
          <div class="pip-product-compact__bottom-wrapper">
            <a class="pip-product-compact__wrapper-link" href="{href}">
              <div class="pip-price-module pip-price-module--compact">
                {commercial}
                <div class="pip-price-module__information">
                  <h3 class="pip-header-section"><span class="notranslate pip-header-section__title--small" translate="no">{esc(item.name)}</span><span class="pip-header-section__description"><span class="pip-header-section__description-text">{esc(item.description)}</span></span></h3>
                </div>
                <div class="pip-price-module__price">
                  <div class="pip-price-package">
                    <div class="pip-price-package__wrapper"><div class="pip-price-package__main-price">{_hh_price(item.price, unit=item.unit, variant="pip-temp-price--leading pip-temp-price--highlight" if item.was else "pip-temp-price--leading")}</div></div>
                  </div>
                </div>
                {previous}
              </div>
            </a>{rating}{variants}
            <div class="plp-product-availability">
              {_hh_status(item.delivery, "delivery")}
              {_hh_status(f"{item.store} at {HH_STORE}", "store")}
            </div>
            <div class="pip-product-compact__buttons-container">
              <button type="button" class="pip-btn pip-btn--icon-emphasised pip-btn--small plp-add-to-cart-button" aria-label="Add to basket" data-product-number="{item.number}"{" disabled" if item.delivery.startswith("Not") else ""}><span class="pip-btn__inner"><svg focusable="false" viewBox="0 0 24 24" class="pip-svg-icon pip-btn__icon" aria-hidden="true"><path d="M10.5 2v3.5H7v2h3.5V11h2V7.5H16v-2h-3.5V2zM3 13h18l-2 8H5z"></path></svg></span></button>
            </div>
            <div class="plp-compare-checkbox"><span class="pip-checkbox pip-checkbox--subtle"><input type="checkbox" id="compare-{item.number}" value="{item.number}"><span class="pip-checkbox__symbol"></span><label for="compare-{item.number}"><span class="pip-checkbox__label">Compare</span></label></span></div>
          </div>
        </div>
      </div>"""


HH_INSPIRATION = """
      <div class="plp-fragment-wrapper plp-fragment-wrapper--inspiration">
        <a class="plp-inspirational-card" href="/gb/en/rooms/living-room/gallery/a-home-library-for-every-reader-pub8c2e4a51/" data-tracking-label="inspirational-card">
          <span class="plp-inspirational-card__image"><img loading="lazy" src="https://www.hus.example/images/rooms/living-room/a-home-library-for-every-reader-3f1c8a5b.jpg?f=s" alt="A living room with floor-to-ceiling white bookcases around a window seat"></span>
          <span class="plp-inspirational-card__title">A home library for every reader</span>
          <span class="plp-inspirational-card__cta">Get inspired</span>
        </a>
      </div>"""

HH_SUBCATEGORIES = [
    ("BILLY bookcases", "/gb/en/cat/billy-bookcases-19052/"),
    ("Bookcases with doors", "/gb/en/cat/bookcases-with-doors-24285/"),
    ("Shelving units", "/gb/en/cat/shelving-units-11465/"),
    ("KALLAX shelving units", "/gb/en/cat/kallax-shelving-units-58285/"),
    ("Wall shelves", "/gb/en/cat/wall-shelves-11453/"),
    ("Shelving systems", "/gb/en/cat/shelving-systems-46052/"),
    ("Display cabinets", "/gb/en/cat/display-cabinets-10733/"),
]

HH_FILTERS = [
    "Sort",
    "Product type",
    "Price",
    "Colour",
    "Width",
    "Height",
    "Depth",
    "Number of shelves",
    "Material",
    "Doors",
]


def _hh_page(items: list[Product], total: int, more: str | None) -> str:
    cards: list[str] = []
    for position, item in enumerate(items, 1):
        cards.append(_hh_card(item, position))
        if position == 8:
            cards.append(HH_INSPIRATION)
    subcats = "\n          ".join(
        f'<li class="plp-navigation-slot__item"><a class="plp-navigation-slot__link" href="{href}" data-tracking-label="{slug(name)}"><span class="plp-navigation-slot__image"><img src="https://www.hus.example/global/assets/range-categorisation/images/{slug(name)}-{_hex(name, 5)}.jpeg?imwidth=160" alt="" loading="lazy"></span><span class="plp-navigation-slot__text">{esc(name)}</span></a></li>'
        for name, href in HH_SUBCATEGORIES
    )
    pills = "".join(
        f'<button type="button" class="plp-pill plp-pill--small plp-pill--{slug(label)}" aria-haspopup="dialog" aria-expanded="false"><span class="plp-pill__label">{esc(label)}</span><svg focusable="false" viewBox="0 0 24 24" class="plp-svg-icon plp-pill__icon" aria-hidden="true"><path d="M12 15.4l-6-6 1.4-1.4 4.6 4.6 4.6-4.6 1.4 1.4z"></path></svg></button>'
        for label in HH_FILTERS
    )
    shown = len(items)
    if more:
        bottom = f"""
        <div class="plp-catalog-bottom-container">
          <div class="catalog-bottom-container__progress-text">You've viewed {shown} of {total} products</div>
          <div class="plp-progress-bar" role="progressbar" aria-valuemin="0" aria-valuemax="{total}" aria-valuenow="{shown}"><div class="plp-progress-bar__fill" style="width:{round(100 * shown / total)}%"></div></div>
          <a href="{more}" class="plp-btn plp-btn--small plp-btn--secondary show-more__button" aria-label="Show more products" data-tracking-label="show-more"><span class="plp-btn__inner"><span class="plp-btn__label">Show more</span></span></a>
        </div>"""
    else:
        bottom = f"""
        <div class="plp-catalog-bottom-container">
          <div class="catalog-bottom-container__progress-text">You've viewed {shown} of {total} products</div>
          <div class="plp-progress-bar" role="progressbar" aria-valuemin="0" aria-valuemax="{total}" aria-valuenow="{shown}"><div class="plp-progress-bar__fill" style="width:100%"></div></div>
        </div>"""
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": 1,
                "name": "Products",
                "item": "https://www.hus.example/gb/en/cat/products-products/",
            },
            {
                "@type": "ListItem",
                "position": 2,
                "name": "Storage & organisation",
                "item": "https://www.hus.example/gb/en/cat/storage-organisation-st001/",
            },
            {
                "@type": "ListItem",
                "position": 3,
                "name": "Bookcases & shelving units",
                "item": "https://www.hus.example/gb/en/cat/bookcases-shelving-units-st002/",
            },
            {"@type": "ListItem", "position": 4, "name": "Bookcases", "item": f"https://www.hus.example{HH_BASE}"},
        ],
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr" data-country="gb">
<head>
  <meta charset="utf-8">
  <title>Bookcases - Bookshelves &amp; Bookcases with Doors - HUS</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Find the perfect bookcase for your home. Choose from tall and low bookcases, with or without doors, in lots of colours and finishes. Shop online or in store.">
  <link rel="canonical" href="https://www.hus.example{HH_BASE}">
  <link rel="stylesheet" href="https://www.hus.example/gb/en/products/stylesheets/plp-main.{_hex("plp-css", 8)}.css">
  <script type="application/ld+json">{json.dumps(breadcrumbs, ensure_ascii=False)}</script>
</head>
<body class="plp-page">
  <div id="onetrust-consent-sdk">
    <div id="onetrust-banner-sdk" class="otFlat ot-bottom" role="region" aria-label="Cookie banner" tabindex="0">
      <div class="ot-sdk-container"><div class="ot-sdk-row">
        <div id="onetrust-policy"><h2 id="onetrust-policy-title">Cookies and similar technologies</h2>
          <div id="onetrust-policy-text">We and our partners use cookies to give you the best experience on our website, show you personalised offers and measure how the site is used. By clicking “Accept all cookies”, you agree to this. <a href="/gb/en/customer-service/privacy-policy/" aria-label="More information about your privacy, opens in a new tab">Cookie policy</a></div></div>
        <div id="onetrust-button-group-parent"><div id="onetrust-button-group">
          <button id="onetrust-pc-btn-handler">Cookie settings</button>
          <button id="onetrust-reject-all-handler">Reject optional cookies</button>
          <button id="onetrust-accept-btn-handler">Accept all cookies</button>
        </div></div>
      </div></div>
    </div>
  </div>
  <div class="hnf-page-container">
    <div class="hnf-message hnf-message--informative" role="region" aria-label="Site message"><p class="hnf-message__text">Free delivery on orders over £150 with code FREEDEL. <a href="/gb/en/offers/">See offers</a></p></div>
    <header class="hnf-header" role="banner">
      <div class="hnf-header__container">
        <a href="/gb/en/" class="hnf-header__logo hnf-link" aria-label="HUS logo, go to the home page"><img src="https://www.hus.example/global/assets/logos/brand/hus.svg" alt="" width="90" height="36"></a>
        <div class="hnf-header__search"><form class="hnf-search" role="search" action="/gb/en/search/"><input type="search" name="q" class="hnf-search__input" placeholder="What are you looking for?" aria-label="Search for products, inspiration or new arrivals" autocomplete="off"><button type="submit" class="hnf-btn hnf-btn--icon-tertiary hnf-search__submit" aria-label="Search"><span class="hnf-btn__inner"><svg viewBox="0 0 24 24" aria-hidden="true" class="hnf-svg-icon"><path d="M10 3a7 7 0 015.6 11.2l5 5-1.4 1.4-5-5A7 7 0 1110 3z"></path></svg></span></button></form></div>
        <ul class="hnf-header__icons">
          <li class="hnf-header__profile-link"><a class="hnf-link hnf-header__profile-link__link" href="/gb/en/profile/login/"><span class="hnf-header__profile-link__text">Hej! Log in or sign up</span></a></li>
          <li><a class="hnf-btn hnf-btn--small hnf-btn--icon-tertiary" href="/gb/en/favourites/" aria-label="Favourites"><span class="hnf-btn__inner"><svg viewBox="0 0 24 24" aria-hidden="true" class="hnf-svg-icon"><path d="M12 21l-9-9a5 5 0 019-6 5 5 0 019 6z"></path></svg></span></a></li>
          <li><a class="hnf-btn hnf-btn--small hnf-btn--icon-tertiary hnf-header__shopping-cart-link" href="/gb/en/shoppingcart/" aria-label="Shopping basket, 0 items"><span class="hnf-btn__inner"><svg viewBox="0 0 24 24" aria-hidden="true" class="hnf-svg-icon"><path d="M3 6h18l-2 12H5z"></path></svg></span></a></li>
        </ul>
      </div>
      <nav class="hnf-header__nav" aria-label="Main"><ul class="hnf-header__nav__main">
        <li><a class="hnf-link" href="/gb/en/cat/products-products/">Products</a></li>
        <li><a class="hnf-link" href="/gb/en/rooms/">Rooms</a></li>
        <li><a class="hnf-link" href="/gb/en/offers/">Offers</a></li>
        <li><a class="hnf-link" href="/gb/en/home-improvement/">Home improvement</a></li>
        <li><a class="hnf-link" href="/gb/en/new/">New in</a></li>
        <li><a class="hnf-link" href="/gb/en/customer-service/">Customer service</a></li>
      </ul></nav>
    </header>
    <main id="content" class="plp-main-container" role="main">
      <nav class="bc-breadcrumb" aria-label="Breadcrumb"><ol class="bc-breadcrumb__list">
        <li class="bc-breadcrumb__list-item"><a class="bc-link" href="/gb/en/cat/products-products/"><span>Products</span></a></li>
        <li class="bc-breadcrumb__list-item"><a class="bc-link" href="/gb/en/cat/storage-organisation-st001/"><span>Storage &amp; organisation</span></a></li>
        <li class="bc-breadcrumb__list-item"><a class="bc-link" href="/gb/en/cat/bookcases-shelving-units-st002/"><span>Bookcases &amp; shelving units</span></a></li>
        <li class="bc-breadcrumb__list-item"><span aria-current="page">Bookcases</span></li>
      </ol></nav>
      <div class="plp-page-title">
        <h1 class="plp-page-title__title">Bookcases</h1>
        <div class="plp-page-title__description"><p>Our bookcases come in lots of shapes and sizes, from tall ones that make the most of the wall to low ones you can use as a room divider. Add doors to hide what you want and show off the rest.</p></div>
      </div>
      <nav class="plp-navigation-slot-wrapper" aria-label="Categories">
        <ul class="plp-navigation-slot">
          {subcats}
        </ul>
      </nav>
      <div class="plp-filter-bar" role="toolbar" aria-label="Filters">
        <div class="plp-filter-bar__pills">{pills}<button type="button" class="plp-pill plp-pill--small plp-pill--all-filters" aria-haspopup="dialog"><span class="plp-pill__label">All filters</span></button></div>
        <div class="plp-filter-bar__info"><span class="plp-filter-information__total-count">{total} items</span><span class="plp-switch"><input type="checkbox" id="plp-image-toggle" class="plp-switch__checkbox"><label for="plp-image-toggle" class="plp-switch__label">Product</label><span>Room</span></span></div>
      </div>
      <div class="plp-product-list" data-testid="plp-product-list">
        <div class="plp-product-list__products">{"".join(cards)}
        </div>{bottom}
      </div>
      <section class="plp-seo-text"><h2>Bookcases to suit every room</h2><p>A bookcase is more than a place for books. Use it for plants, boxes and photos, or turn a row of them into a wall of storage. Most of our bookcases can be combined with doors, drawers and extension units.</p></section>
    </main>
    <footer class="hnf-footer" role="contentinfo">
      <div class="hnf-footer__family"><h2>Join HUS Family</h2><p>Get exclusive offers, inspiration and a free hot drink in store.</p><a class="hnf-btn hnf-btn--secondary" href="/gb/en/profile/signup/family/">Join now</a></div>
      <div class="hnf-footer__container">
        <div class="hnf-footer__section"><h3>Help</h3><ul><li><a href="/gb/en/customer-service/">Customer service</a></li><li><a href="/gb/en/customer-service/returns-claims/">Return policy</a></li><li><a href="/gb/en/customer-service/track-manage-order/">Track your order</a></li></ul></div>
        <div class="hnf-footer__section"><h3>Shop &amp; order</h3><ul><li><a href="/gb/en/customer-service/services/delivery/">Delivery service</a></li><li><a href="/gb/en/customer-service/services/assembly/">Assembly service</a></li><li><a href="/gb/en/stores/">Find a store</a></li></ul></div>
        <div class="hnf-footer__section"><h3>About HUS</h3><ul><li><a href="/gb/en/this-is-hus/">This is HUS</a></li><li><a href="/gb/en/this-is-hus/work-with-us/">Careers</a></li><li><a href="/gb/en/this-is-hus/sustainability/">Sustainability</a></li></ul></div>
      </div>
      <p class="hnf-footer__copyright">© Inter HUS Systems B.V. 1999-2025</p>
    </footer>
  </div>
  <script src="https://www.hus.example/gb/en/products/javascripts/plp-main.{_hex("plp-js", 8)}.js" defer></script>
</body>
</html>"""


@twelfth_b
def build_homewares_hus() -> None:
    s = Site(
        "homewares-hus",
        kind="product catalogue (IKEA PLP 2024–25: div.plp-fragment-wrapper > div.pip-product-compact[data-product-number][data-price][data-currency], notranslate name span + description span in h3, split price spans with sr text, 'Previous price' struck, plp-rating aria-label 'Review: 4.7 out of 5 stars. Total reviews: 1234', 'Available in 5 colours', status lines, 'Show more' to a cumulative ?page=2)",
        start=HH_BASE.lstrip("/"),
        description="An IKEA product listing page (2024–2025): a OneTrust banner, an offer message, the hnf- header ('Hej! Log in or sign up', 'What are you looking for?', Products / Rooms / Offers…), breadcrumbs, h1 'Bookcases' with a blurb, a carousel of sub-category tiles (image + text links), filter pills (Sort, Product type, Price, Colour… All filters) and '28 items'; div.plp-fragment-wrapper > div.pip-product-compact[data-product-number][data-price][data-currency] cards: an aria-hidden image link (alt 'BILLY Bookcase, white, 80x28x202 cm'), 'Top seller' / 'New' badges, 'Save to favourites', 'New lower price' on reduced ones, h3.pip-header-section of span.notranslate.pip-header-section__title--small ('BILLY', shared by several products) and the description span, the price as a screen-reader 'Price £ 59.99' then £ / 59 / .99 spans (no decimals on whole pounds, '/2 pack' or '/pack' on two), 'Previous price' with a struck price, span.plp-rating (aria-label 'Review: 4.7 out of 5 stars. Total reviews: 1234', '(1234)'; none on new products), 'Available in 5 colours' with swatch links and '+2', two status lines ('Available for delivery' / 'Not available for delivery', 'In stock at Wembley' / 'Only a few left at Wembley' / 'Out of stock at Wembley'), an 'Add to basket' icon button, a 'Compare' checkbox; an inspiration tile in the grid; 'You've viewed 24 of 28 products', a progress bar and a 'Show more' link to ?page=2 which serves the whole list so far (all 28, the first 24 again).",
    )
    total = len(HH_PRODUCTS)
    first = HH_PRODUCTS[:HH_PAGE_SIZE]
    s.list_page(HH_BASE.strip("/") + "/index.html", _hh_page(first, total, "?page=2"))
    s.list_page(HH_BASE.strip("/") + "/@page=2", _hh_page(HH_PRODUCTS, total, None))
    for item in HH_PRODUCTS:
        s.expect(
            {
                "title": item.name,
                "url": _hh_href(item),
                "description": item.description,
                "price": float(item.price),
                "currency": "GBP",
                "original_price": float(item.was) if item.was else None,
                "rating": item.rating,
                "review_count": item.reviews,
                "colours": item.colours if item.colours > 1 else None,
                "availability": item.delivery,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pkgsearch: npm's package search (2024–2025).
# ---------------------------------------------------------------------------------------------------

PS_QUERY = "date"
PS_PER_PAGE = 10


class Package(NamedTuple):
    name: str
    description: str
    keywords: list[str]
    publisher: str
    version: str
    age: str  # as the page shows it
    published: str  # ISO, only in the boot JSON
    downloads: int | None  # weekly; shown on some results only
    types: str | None = None  # "ts" (built-in) / "dt" (DefinitelyTyped)


PS_PACKAGES: list[Package] = [
    Package(
        "date-fns",
        "Modern JavaScript date utility library",
        ["date", "time", "datetime", "format", "parse", "timezone"],
        "kossnocorp",
        "4.1.0",
        "6 months ago",
        "2024-09-17T08:24:05.000Z",
        24310558,
        "ts",
    ),
    Package(
        "dayjs",
        "2KB immutable date time library alternative to Moment.js with the same modern API",
        ["dayjs", "date", "time", "immutable", "moment"],
        "iamkun",
        "1.11.13",
        "5 months ago",
        "2024-08-20T03:11:47.000Z",
        22419007,
        "ts",
    ),
    Package(
        "moment",
        "Parse, validate, manipulate, and display dates",
        ["moment", "date", "time", "parse", "format", "validate", "i18n", "l10n"],
        "ichernev",
        "2.30.1",
        "a year ago",
        "2023-12-27T09:28:54.000Z",
        23004512,
        "ts",
    ),
    Package(
        "luxon",
        "Immutable date wrapper",
        ["date", "immutable"],
        "icambron",
        "3.5.0",
        "7 months ago",
        "2024-08-03T21:40:11.000Z",
        11870233,
        "dt",
    ),
    Package(
        "date-and-time",
        "A Minimalist DateTime utility for Node.js and the browser",
        ["date", "time", "format", "parse", "utility"],
        "knowledgecode",
        "3.6.0",
        "3 months ago",
        "2024-11-28T14:02:19.000Z",
        None,
        "ts",
    ),
    Package(
        "dateformat",
        "A node.js package for Steven Levithan's excellent dateFormat() function.",
        ["date", "format"],
        "doowb",
        "5.0.3",
        "2 years ago",
        "2022-02-28T17:50:33.000Z",
        10822390,
    ),
    Package(
        "@date-io/core",
        "Abstraction over common javascript date management libraries",
        [],
        "dmtrkovalenko",
        "3.2.0",
        "4 months ago",
        "2024-11-05T10:15:02.000Z",
        3120457,
        "ts",
    ),
    Package(
        "chrono-node",
        "A natural language date parser in Javascript",
        ["date", "parser", "natural language", "nlp", "time"],
        "wanasit",
        "2.7.7",
        "5 months ago",
        "2024-09-30T06:44:18.000Z",
        712345,
        "ts",
    ),
    Package(
        "date-format",
        "Formatting Date objects as strings since 2013",
        ["date", "format", "string"],
        "nomiddlename",
        "4.0.14",
        "2 years ago",
        "2022-09-13T00:21:40.000Z",
        5124009,
    ),
    Package(
        "timeago.js",
        "timeago.js is a simple library (less than 2 kb) that is used to format datetime with `*** time ago` statement. eg: '3 hours ago'.",
        ["timeago", "time ago", "datetime", "relative time"],
        "hustcc",
        "4.0.2",
        "4 years ago",
        "2020-03-14T11:27:09.000Z",
        None,
        "ts",
    ),
    Package(
        "@internationalized/date",
        "Internationalized calendar, date, and time manipulation utilities",
        [],
        "devongovett",
        "3.7.0",
        "2 months ago",
        "2025-01-22T19:03:51.000Z",
        4510877,
        "ts",
    ),
    Package(
        "date-fns-tz",
        "Time zone support for date-fns v3 with the Intl API",
        ["date-fns", "timezone", "time zone", "tz", "date", "time"],
        "marnusw",
        "3.2.0",
        "a year ago",
        "2024-09-24T12:36:00.000Z",
        3980221,
        "ts",
    ),
    Package(
        "tinydate",
        "A tiny (349B) reusable date formatter. Extremely fast!",
        ["date", "format", "formatter", "tiny"],
        "lukeed",
        "1.3.0",
        "5 years ago",
        "2020-04-29T15:40:12.000Z",
        None,
        "ts",
    ),
    Package(
        "spacetime",
        "figure-out dates across timezones",
        ["date", "time", "timezone", "dst"],
        "spencermountain",
        "7.7.0",
        "3 months ago",
        "2024-12-02T16:20:08.000Z",
        None,
        "ts",
    ),
    Package(
        "date-holidays",
        "worldwide holidays",
        ["holidays", "date", "calendar", "world", "countries"],
        "commenthol",
        "3.23.15",
        "a month ago",
        "2025-02-09T08:59:41.000Z",
        112904,
        "ts",
    ),
    Package(
        "react-datepicker",
        "A simple and reusable datepicker component for React",
        ["react", "datepicker", "calendar", "date", "react-component"],
        "martijnrusschen",
        "8.1.0",
        "a month ago",
        "2025-02-18T13:12:26.000Z",
        2846113,
        "ts",
    ),
    Package(
        "@js-joda/core",
        "a date and time library for javascript",
        ["date", "time", "joda", "java.time"],
        "pithu",
        "5.6.4",
        "5 months ago",
        "2024-10-07T20:31:55.000Z",
        None,
        "ts",
    ),
    Package(
        "date-time",
        "Pretty datetime: `2014-01-09 00:31:09`",
        ["date", "time", "datetime", "pretty", "format", "utc"],
        "sindresorhus",
        "4.0.0",
        "3 years ago",
        "2021-04-16T05:48:36.000Z",
        1604332,
        "ts",
    ),
    Package(
        "date-utils",
        "Date add-ons for Node.js",
        ["date", "utils", "add-ons"],
        "jerrysievert",
        "1.2.21",
        "9 years ago",
        "2016-01-11T22:04:17.000Z",
        None,
    ),
    Package(
        "fecha",
        "Date formatting and parsing",
        ["date", "fecha", "formatting", "parsing"],
        "taylorhakes",
        "4.2.3",
        "3 years ago",
        "2022-04-04T18:25:43.000Z",
        12310887,
        "ts",
    ),
    Package(
        "@formkit/tempo",
        "The easiest way to work with dates in JavaScript and TypeScript.",
        ["date", "time", "format", "intl", "timezone"],
        "justin-schroeder",
        "0.1.2",
        "10 months ago",
        "2024-05-21T15:33:09.000Z",
        88912,
        "ts",
    ),
    Package(
        "flatpickr",
        "A lightweight, powerful javascript datetime picker",
        ["javascript", "datetimepicker", "calendar", "date", "time", "picker"],
        "chmln",
        "4.6.13",
        "3 years ago",
        "2022-04-06T07:15:30.000Z",
        1077301,
        "ts",
    ),
    Package(
        "date-diff",
        "DateDiff is a minimalized JavaScript library for calculating differences between dates",
        ["date", "diff", "difference"],
        "melvinsembrano",
        "1.0.2",
        "6 years ago",
        "2019-02-02T10:42:00.000Z",
        None,
    ),
    Package(
        "humanize-duration",
        "Convert millisecond durations to English and many other languages.",
        ["humanize", "duration", "time", "ms", "human", "english"],
        "evanhahn",
        "3.32.1",
        "4 months ago",
        "2024-11-10T17:21:13.000Z",
        1930456,
        "dt",
    ),
    Package(
        "@lunar/dates",
        "Lunar calendar conversions for dates in Chinese, Hebrew and Islamic calendars",
        ["lunar", "calendar", "date", "conversion"],
        "kitsune-dev",
        "0.9.1",
        "8 months ago",
        "2024-07-12T09:08:44.000Z",
        None,
        "ts",
    ),
    Package(
        "datejs",
        "Datejs is an open-source JavaScript Date library.",
        ["date", "parse"],
        "abritinthebay",
        "1.0.0-rc3",
        "11 years ago",
        "2014-01-04T02:44:50.000Z",
        84312,
    ),
]

PS_TYPES = {
    "ts": '<img class="_5e6c7a3d v-mid ml2" src="https://static-production.npmjs.example/255a118f56f5346b97e56325a1217a16.svg" title="This package contains built-in TypeScript declarations" alt="TypeScript icon, indicating that this package has built-in type declarations" width="27" height="14">',
    "dt": '<a class="_6a2f21de v-mid ml2" href="/package/@types/{name}" title="This package has TypeScript declarations provided by the separate @types/{name} package"><img src="https://static-production.npmjs.example/1a6b4c4f9b02f9e2a4b7a9c7e1a0e1b3.svg" alt="DefinitelyTyped icon, indicating that this package has TypeScript declarations provided by the separate @types/{name} package" width="27" height="14"></a>',
}


def _ps_link(page: int) -> str:
    """npm's pager counts from zero: the second page is ``page=1``."""
    return f"/search?q={PS_QUERY}&page={page}"


def _ps_avatar(user: str) -> str:
    return f"https://www.gravatar.example/avatar/{_hex(user, 32)}?size=50&amp;default=retro"


def _ps_result(item: Package, exact: bool) -> str:
    keywords = ""
    if item.keywords:
        links = "".join(
            f'<li class="dib mr2"><a class="_3ce99f97 black-70 fw5 f6 lh-copy no-underline hover-black" href="/search?q=keywords:{esc(word)}">{esc(word)}</a></li>'
            for word in item.keywords
        )
        keywords = f'\n      <ul class="c0dd3e47 list pl0 mv2 fw5 f6 black-70">{links}</ul>'
    badge = (
        '<span class="_657f443d fw6 ml2 ph1 br2 bg-light-green dark-green f7 ttl">exact match</span>' if exact else ""
    )
    types = PS_TYPES[item.types].format(name=item.name.lstrip("@").replace("/", "__")) if item.types else ""
    downloads = ""
    if item.downloads is not None:
        downloads = f"""
    <div class="_9ba9a726 w-20-l flex flex-column items-end-l pt2 f6 dark-gray" title="Weekly Downloads">
      <span class="_4c7c5b9b flex items-center"><svg viewBox="0 0 12 16" width="12" height="16" class="mr1" aria-hidden="true"><path d="M6 12L1 7h3V1h4v6h3zM0 14h12v2H0z"></path></svg><span class="fw6 black-80">{item.downloads:,}</span></span>
      <span class="_0a1d1e1f black-50 f7">weekly downloads</span>
    </div>"""
    return f"""
  <section class="ef4d7c63 flex-l pl1-ns pt3 pb2 ph1 bb b--black-10">
    <div class="w-80-l">
      <div class="flex flex-row items-end pr3">
        <a target="_self" href="/package/{item.name}" class="_7d1ee3d4 link"><h3 class="db7ee1ac fw6 f4 black-90 dib lh-solid ma0 no-underline hover-black">{esc(item.name)}</h3></a>{badge}{types}
      </div>
      <p class="_8fbbd57d f5 black-60 mt1 mb0 mv2-ns lh-copy">{esc(item.description)}</p>{keywords}
      <div class="flex flex-row flex-wrap items-end pr3">
        <span class="_4e7a6b2e flex items-center mr2"><a class="_7c01f3c8 mr2" href="/~{item.publisher}" aria-hidden="true" tabindex="-1"><img class="_4a9d6b4f br2" src="{_ps_avatar(item.publisher)}" alt="{esc(item.publisher)}" width="20" height="20"></a><a class="e98ba1cc fw6 black-80 link hover-black" href="/~{item.publisher}">{esc(item.publisher)}</a></span>
        <span class="_66c2abad f6 dark-gray v-top pr2 truncate">published <!-- -->{esc(item.version)}<!-- --> • <!-- --><span>{esc(item.age)}</span></span>
      </div>
    </div>{downloads}
  </section>"""


def _ps_pager(page: int, pages: int) -> str:
    """``page`` counts from zero here, as in npm's links; the labels count from one."""
    parts = []
    if page > 0:
        parts.append(
            f'<a class="_8d5f5ca2 link black-70 ph2" href="{_ps_link(page - 1)}" aria-label="previous page">«</a>'
        )
    for n in range(pages):
        if n == page:
            parts.append(
                f'<span class="_8d5f5ca2 _17c9d0c1 fw6 white bg-dark-red br2 ph2" aria-current="page">{n + 1}</span>'
            )
        else:
            parts.append(f'<a class="_8d5f5ca2 link black-70 ph2" href="{_ps_link(n)}">{n + 1}</a>')
    if page < pages - 1:
        parts.append(f'<a class="_8d5f5ca2 link black-70 ph2" href="{_ps_link(page + 1)}" aria-label="next page">»</a>')
    return f'\n  <div class="_2d4b1f47 flex justify-center items-center pv4 f5" role="navigation" aria-label="Pagination">{"".join(parts)}</div>'


def _ps_context(items: list[Package], page: int) -> str:
    objects = []
    for at, item in enumerate(items):
        objects.append(
            {
                "package": {
                    "name": item.name,
                    "scope": item.name.split("/")[0].lstrip("@") if item.name.startswith("@") else "unscoped",
                    "version": item.version,
                    "description": item.description,
                    "keywords": item.keywords,
                    "date": {
                        "ts": int(datetime.fromisoformat(item.published.replace("Z", "+00:00")).timestamp() * 1000),
                        "rel": item.age,
                    },
                    "links": {
                        "npm": f"https://www.npmjs.example/package/{item.name}",
                        "repository": f"https://github.example/{item.publisher}/{item.name.split('/')[-1]}",
                    },
                    "publisher": {
                        "username": item.publisher,
                        "email": f"{item.publisher}@users.noreply.example",
                        "avatars": {"small": _ps_avatar(item.publisher).replace("&amp;", "&")},
                    },
                    "maintainers": [{"username": item.publisher, "email": f"{item.publisher}@users.noreply.example"}],
                },
                "score": {
                    "final": round(0.95 - 0.01 * (page * PS_PER_PAGE + at), 4),
                    "detail": {"popularity": 1, "quality": 1, "maintenance": 1},
                },
                "searchScore": round(100000 / (1 + page * PS_PER_PAGE + at), 3),
                "downloads": {"weekly": item.downloads} if item.downloads is not None else None,
                "flags": {"insecure": 0},
            }
        )
    context = {
        "context": {
            "objects": objects,
            "total": len(PS_PACKAGES),
            "time": "Fri Mar 14 2025 09:30:00 GMT+0000 (Coordinated Universal Time)",
            "pagination": {"perPage": PS_PER_PAGE, "page": page},
            "url": f"/search?q={PS_QUERY}" + (f"&page={page}&perPage={PS_PER_PAGE}" if page else ""),
            "userEmailVerified": None,
            "csrftoken": _hex("csrf" + str(page), 40),
            "notifications": [],
        },
        "chunks": {
            "commons": ["commons.4c2b5bd1b9e6d08e1c3f.js"],
            "search/search": ["search/search.8a7f3e0b2f4d1c9e6a55.js"],
        },
        "hash": _hex("hash" + str(page), 20),
        "name": "search/search",
        "containerId": "app",
        "headerName": "x-spiferack",
        "publicPath": "https://static-production.npmjs.example/",
    }
    return json.dumps(context, ensure_ascii=False).replace("</", "<\\/")


PS_SORTS = [
    ("Default", "default"),
    ("Most downloaded this week", "downloads_weekly"),
    ("Most downloaded this month", "downloads_monthly"),
    ("Most dependents", "dependent_count"),
    ("Recently published", "published_at"),
]


def _ps_page(page: int, pages: int, items: list[Package]) -> str:
    results = "".join(_ps_result(item, exact=page == 0 and at == 0) for at, item in enumerate(items))
    sorts = "".join(
        f'<a class="_1b7c3d02 f6 ph2 pv1 br2 {"bg-black-10 fw6 black-90" if key == "default" else "black-60 link hover-black"}" href="/search?q={PS_QUERY}&amp;sortBy={key}"{ARIA_CURRENT if key == "default" else ""}>{label}</a>'
        for label, key in PS_SORTS
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <title>{PS_QUERY} - npm search</title>
  <meta name="viewport" content="width=device-width,minimum-scale=1.0,initial-scale=1,user-scalable=yes">
  <meta name="description" content="search results for {PS_QUERY}">
  <link rel="stylesheet" href="https://static-production.npmjs.example/styles.{_hex("styles", 20)}.css">
  <link rel="search" type="application/opensearchdescription+xml" title="npm" href="/osd.xml">
</head>
<body>
  <div id="app">
    <div class="_6620a4fd flex flex-column min-vh-100 ">
      <span class="_0da775bb db"></span>
      <header class="_2c0e1d8a bg-white">
        <div class="_735ea75e bb b--black-10 flex items-center ph3 ph4-ns pv2 f6">
          <span class="_50685029 dark-gray fw5"><span class="_0b1f7ec1 red mr2">❤</span><span class="_6c1f0d82">Nifty Package Manager</span></span>
          <ul class="_01e2e42b list flex ma0 pl0 ml-auto">
            <li class="_0b8e1b4c mr3"><a class="link black-70 hover-black" href="/products/pro">Pro</a></li>
            <li class="_0b8e1b4c mr3"><a class="link black-70 hover-black" href="/products/teams">Teams</a></li>
            <li class="_0b8e1b4c mr3"><a class="link black-70 hover-black" href="/products">Pricing</a></li>
            <li class="_0b8e1b4c"><a class="link black-70 hover-black" href="https://docs.npmjs.example">Documentation</a></li>
          </ul>
        </div>
        <div class="_3a4d36a6 flex items-center ph3 ph4-ns pv3">
          <a href="/" aria-label="Npm" class="_2e0c3a4f mr3"><svg viewBox="0 0 780 250" width="60" aria-hidden="true"><path fill="#231F20" d="M240 250h100v-50h100V0H240z"></path></svg></a>
          <form id="search" method="GET" action="/search" class="_13c93d41 flex flex-auto relative" role="search">
            <input type="search" name="q" value="{PS_QUERY}" placeholder="Search packages" aria-label="Search packages" class="_390acbc5 f5 pv2 ph3 w-100 ba b--black-20" autocomplete="off">
            <button type="submit" class="_0da775bb bn pv2 ph3 white bg-black-90 f6 fw6">Search</button>
          </form>
          <span class="_1f1c4a34 ml3"><a class="_3d3f4ab5 link fw6 black-70 mr3" href="/signup">Sign Up</a><a class="_3d3f4ab5 link fw6 black-70" href="/login">Sign In</a></span>
        </div>
      </header>
      <main id="main" class="flex-auto">
        <div class="_5dbe5e62 mw8 center ph3 ph4-ns pv4">
          <div class="_0a2e9d39 flex flex-wrap items-center justify-between pb3 bb b--black-10">
            <h2 class="_4d9f8cd7 f4 fw6 black-80 ma0"><span class="_1f8b4a6c">{len(PS_PACKAGES)} packages found</span></h2>
            <div class="_9c3ab1cd flex items-center f6" role="group" aria-label="Sort by"><span class="_1b7c3d02 black-60 mr2">Sort by:</span>{sorts}</div>
          </div>
          <div class="_0c4bc1a8 results">{results}
          </div>{_ps_pager(page, pages)}
        </div>
      </main>
      <footer class="_7d4d5e76 bt b--black-10 pv5 ph3 ph4-ns f6">
        <div class="flex flex-wrap mw8 center">
          <div class="w-25-ns"><a href="/" aria-label="Npm"><svg viewBox="0 0 27 27" width="27" aria-hidden="true"><path fill="#cb3837" d="M0 0h27v27H0z"></path></svg></a></div>
          <div class="w-25-ns"><h3 class="f5 fw6">Support</h3><ul class="list pl0"><li><a class="link black-60" href="https://docs.npmjs.example">Help</a></li><li><a class="link black-60" href="https://github.example/advisories">Advisories</a></li><li><a class="link black-60" href="https://status.npmjs.example/">Status</a></li><li><a class="link black-60" href="/support">Contact npm</a></li></ul></div>
          <div class="w-25-ns"><h3 class="f5 fw6">Company</h3><ul class="list pl0"><li><a class="link black-60" href="/about">About</a></li><li><a class="link black-60" href="https://github.blog/tag/npm/">Blog</a></li><li><a class="link black-60" href="/press">Press</a></li></ul></div>
          <div class="w-25-ns"><h3 class="f5 fw6">Terms &amp; Policies</h3><ul class="list pl0"><li><a class="link black-60" href="/policies/">Policies</a></li><li><a class="link black-60" href="/policies/terms">Terms of Use</a></li><li><a class="link black-60" href="/policies/conduct">Code of Conduct</a></li><li><a class="link black-60" href="/policies/privacy">Privacy</a></li></ul></div>
        </div>
      </footer>
    </div>
  </div>
  <script integrity="sha512-{_hex("minified" + str(page), 40)}" src="https://static-production.npmjs.example/commons.4c2b5bd1b9e6d08e1c3f.js" crossorigin="anonymous"></script>
  <script>window.__context__ = {_ps_context(items, page)}</script>
  <script integrity="sha512-{_hex("search" + str(page), 40)}" src="https://static-production.npmjs.example/search/search.8a7f3e0b2f4d1c9e6a55.js" crossorigin="anonymous"></script>
</body>
</html>"""


@twelfth_b
def build_pkgsearch() -> None:
    s = Site(
        "pkgsearch",
        kind="package search results (npm 2024–25: section per result in hashed + tachyons classes, h3 name link, description p, keyword link list, publisher avatar + name link, 'published 4.1.0 • 6 months ago' with React text markers, 'exact match' badge, weekly downloads on some, Sort by bar, zero-based ?q=date&page=N pager, window.__context__ JSON)",
        start=f"search?q={PS_QUERY}",
        description="npm's package search (2024–2025): the header (the rotating 'Nifty Package Manager' line, Pro / Teams / Pricing / Documentation, the search form, Sign Up / Sign In), '26 packages found' and a 'Sort by:' bar of five links; one section.ef4d7c63 per result, hashed CSS-module classes beside tachyons atoms: a link to /package/NAME holding h3 (scoped names too), an 'exact match' badge on the first, a TypeScript or DefinitelyTyped icon on most, the description p, a ul of keyword links to /search?q=keywords:… (none on two), the publisher's avatar link and name link to /~user, 'published <!-- -->4.1.0<!-- --> • <!-- -->6 months ago', and a weekly download count behind an icon (with 'weekly downloads') on some only; a numbered pager of «, 1, 2, 3, » whose links count from zero (/search?q=date&page=1 is page 2); the page's results again in window.__context__ (ISO timestamps, scores, maintainers).",
    )
    pages = chunks(PS_PACKAGES, [PS_PER_PAGE, PS_PER_PAGE, len(PS_PACKAGES) - 2 * PS_PER_PAGE])
    for number, items in enumerate(pages):
        text = _ps_page(number, len(pages), items)
        name = _ps_link(number).lstrip("/").replace("?", "@")
        if number == 0:
            s.list_page(f"search@q={PS_QUERY}", text)
            s.write(name, text)
        else:
            s.list_page(name, text)
    for item in PS_PACKAGES:
        s.expect(
            {
                "title": item.name,
                "url": f"/package/{item.name}",
                "description": item.description,
                "keywords": item.keywords or None,
                "publisher": item.publisher,
                "version": item.version,
                "weekly_downloads": item.downloads,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWELFTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
