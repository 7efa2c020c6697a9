"""Sixth wave of open corpus sites (issue #3): copies of how five more well-known site families mark
up their lists: an old-Reddit-like listing (``div.thing`` with a tagline "submitted 3 hours ago by
user to r/sub"), a Hugging-Face-like model list (meta lines of icons, bare text nodes and bullets),
a CoinMarketCap-like price table (signs only in caret classes, lazy rows), an Etsy-like search grid
(screen-reader prices, struck prices, "(1,234)" reviews, ads) and a Billboard-like chart (rows of
unlabelled numbers, no record links).

Run ``uv run python tests/sites/corpus/generate_sixth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before the heuristics were changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

SIXTH: dict[str, Callable[[], None]] = {}


def sixth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SIXTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


CURRENT = ' aria-current="page"'


def _thousands(value: int) -> str:
    return f"{value:,}"


def _short(value: int) -> str:
    """``45678`` → ``45.7k``, ``5240000`` → ``5.24M`` (the way counters are abbreviated)."""
    if value >= 1_000_000:
        text = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".")
        return f"{text}M"
    if value >= 10_000 or (value >= 1000 and value % 100 == 0):
        text = f"{value / 1000:.1f}".rstrip("0").rstrip(".")
        return f"{text}k"
    return str(value)


# ---------------------------------------------------------------------------------------------------
# threadit: an old-Reddit-like r/popular listing: div#siteTable of div.thing.link with data-*
# attributes (data-score, data-comments-count…), a rank span, a midcol with three copies of the
# score ("45.7k", the exact number only in a title attribute), a thumbnail link, p.title with an
# optional flair span, the title link (external for link posts, the permalink for self posts) and
# "(domain)"; a tagline "submitted <time>3 hours ago</time> by <a.author> to <a.subreddit>", then
# "1,234 comments / share / save / hide / report / crosspost" buttons. A promoted post heads each
# page with the same classes; "next ›" / "‹ prev" buttons over ?count=N&after=t3_… links.
# ---------------------------------------------------------------------------------------------------

NOW = datetime(2026, 3, 14, 12, 0, 0, tzinfo=UTC)

# (id36, title, subreddit, author, score, comments, minutes ago, link url or None (self post), flair)
POSTS: list[tuple[str, str, str, str, int, int, int, str | None, str | None]] = [
    (
        "1bekq2x",
        "My grandfather built this clock in 1962 and it still keeps perfect time",
        "pics",
        "walnut_and_brass",
        48213,
        1204,
        185,
        "https://i.redd.it/8k2lq0x1c5oc1.jpeg",
        None,
    ),
    (
        "1bekb7d",
        "TIL the Eiffel Tower grows about 15 cm taller in summer because the iron expands",
        "todayilearned",
        "quietmoth",
        31877,
        1688,
        242,
        "https://www.scientificamerican.example/article/eiffel-tower-summer/",
        None,
    ),
    (
        "1bej9mf",
        "What's a skill that took you embarrassingly long to learn?",
        "AskReddit",
        "lanternfish_77",
        22954,
        9812,
        311,
        None,
        None,
    ),
    (
        "1bejx0a",
        "Scientists map the entire fruit fly brain, all 139,255 neurons",
        "science",
        "neuro_nerd",
        18640,
        642,
        268,
        "https://www.nature.example/articles/d41586-024-03190-y",
        "Neuroscience",
    ),
    (
        "1beimz4",
        "The Tuesday crossword finally beat me",
        "mildlyinfuriating",
        "penpal_petra",
        9412,
        318,
        402,
        "https://i.redd.it/u1m8a2h9d4oc1.png",
        None,
    ),
    (
        "1bel3vq",
        "City council votes to turn the old rail yard into a 40-acre park",
        "news",
        "civic_minded_sam",
        15210,
        2210,
        95,
        "https://www.apnews.example/article/rail-yard-park-vote-2026",
        None,
    ),
    (
        "1beh7ks",
        "I finished my first marathon at 61",
        "running",
        "slowbutsteady61",
        7834,
        412,
        520,
        None,
        "Race Report",
    ),
    (
        "1bek0tp",
        "This bird has figured out the automatic door",
        "AnimalsBeingDerps",
        "gullwatcher",
        26421,
        503,
        214,
        "https://v.redd.it/3q9l2m0x7coc1",
        None,
    ),
    (
        "1beg2nn",
        "[Homemade] Sourdough focaccia with rosemary and sea salt",
        "food",
        "crumbshot",
        5122,
        187,
        655,
        "https://i.redd.it/f0c6z8n2e3oc1.jpeg",
        None,
    ),
    (
        "1bejj4c",
        "Patch 1.14 notes: ranked rework, new map and 40 bug fixes",
        "gaming",
        "patchnotes_bot",
        4210,
        1377,
        290,
        "https://www.gamespot.example/articles/patch-1-14-notes/",
        "News",
    ),
    (
        "1bei0qh",
        "ELI5: Why do we get goosebumps when we hear certain music?",
        "explainlikeimfive",
        "curious_kettle",
        3981,
        276,
        433,
        None,
        "Biology",
    ),
    (
        "1bekz1u",
        "Found a 1940s photo album at an estate sale, here are some highlights",
        "OldSchoolCool",
        "albumhunter",
        12077,
        348,
        150,
        "https://imgur.example/a/Xk2P9qL",
        "1940s",
    ),
    (
        "1bef8rw",
        "Rust 1.77 released",
        "programming",
        "ferris_fan",
        2876,
        421,
        710,
        "https://blog.rust-lang.example/2026/03/14/Rust-1.77.0.html",
        None,
    ),
    (
        "1beja2y",
        "Two years of learning watercolor, left is my first painting",
        "Art",
        "wet_on_wet",
        19833,
        402,
        298,
        "https://i.redd.it/q3b8l1p0a4oc1.jpeg",
        "Watercolor",
    ),
    (
        "1beeq9x",
        "What book would you recommend to someone who hasn't read in years?",
        "books",
        "dogeared_pages",
        3120,
        2544,
        780,
        None,
        None,
    ),
    (
        "1bel8ab",
        "Snowfall in the desert outside Tucson this morning",
        "EarthPorn",
        "saguaro_sky",
        8945,
        121,
        70,
        "https://i.redd.it/z7c2k4m1f6oc1.jpeg",
        None,
    ),
    (
        "1bedz0k",
        "Apple announces new accessibility features for the Vision headset",
        "technology",
        "tech_wire",
        6330,
        911,
        845,
        "https://www.theverge.example/2026/3/14/apple-vision-accessibility",
        None,
    ),
    (
        "1beip3m",
        "My cat only sleeps on paperwork I need",
        "cats",
        "tabby_tax_season",
        14598,
        288,
        395,
        "https://i.redd.it/m2x0p7q4c4oc1.jpeg",
        None,
    ),
    (
        "1beg9ot",
        "Local bakery has been leaving free bread out every night for 20 years",
        "UpliftingNews",
        "goodnews_gus",
        10442,
        356,
        610,
        "https://www.localpost.example/news/bakery-free-bread-20-years",
        None,
    ),
    (
        "1bek4mm",
        "Is it normal for a landlord to keep the whole deposit for 'cleaning'?",
        "legaladvice",
        "throwaway_lease_22",
        1844,
        603,
        230,
        None,
        "Landlord/Tenant",
    ),
    (
        "1beh1cd",
        "The view from my window during this morning's storm",
        "pics",
        "stormchaser_ellie",
        7021,
        142,
        560,
        "https://i.redd.it/b8n1v3x6d3oc1.jpeg",
        None,
    ),
    (
        "1bej6tu",
        "[OC] How the price of eggs changed in 12 countries since 2020",
        "dataisbeautiful",
        "plotly_pete",
        5689,
        733,
        320,
        "https://i.redd.it/9e3m2l0y8aoc1.png",
        "OC: 5",
    ),
    (
        "1bef1yb",
        "LPT: Take a photo of your parking spot number in big garages",
        "LifeProTips",
        "level_three_blue",
        2233,
        198,
        760,
        None,
        "Miscellaneous",
    ),
    (
        "1bel0pc",
        "Japanese astronaut plays the flute on the ISS",
        "nextfuckinglevel",
        "orbit_otter",
        11309,
        260,
        120,
        "https://v.redd.it/p4k8z2x0q7oc1",
        None,
    ),
    (
        "1beh9zz",
        "Today I walked past my childhood home and the new owners invited me in",
        "CasualConversation",
        "porchlight_kid",
        998,
        87,
        500,
        None,
        None,
    ),
    (
        "1bedw3s",
        "Hubble's new image of the Cat's Eye Nebula",
        "space",
        "andromeda_ana",
        9903,
        212,
        880,
        "https://www.esahubble.example/images/heic2603a/",
        None,
    ),
    (
        "1beje1k",
        "Mom's 1978 recipe card for lemon bars",
        "Old_Recipes",
        "recipe_keeper",
        3470,
        154,
        305,
        "https://i.redd.it/c1v2b3n4m5oc1.jpeg",
        None,
    ),
    (
        "1befkk0",
        "A 3-year-old walked 2 miles to his grandma's house and got there",
        "nottheonion",
        "headline_hank",
        4418,
        377,
        700,
        "https://www.upi.example/Odd_News/2026/03/14/toddler-walks-to-grandma/",
        None,
    ),
    (
        "1bek7q0",
        "Grain bin rescue training saves a farmer's life two weeks later",
        "HumansBeingBros",
        "prairie_pat",
        6120,
        143,
        200,
        "https://www.agweek.example/news/grain-bin-rescue-training",
        None,
    ),
    ("1bee5oo", "What was your 'I'm an adult now' moment?", "AskReddit", "mapleleafmax", 1307, 3122, 835, None, None),
]
REDDIT = "https://old.threadit.example"


def _post_url(post: tuple[Any, ...]) -> str:
    pid, title, sub, *_rest = post
    link = post[7]
    if not link:
        words = "_".join("".join(c for c in w if c.isalnum()).lower() for w in title.split()[:9]).strip("_")
        return f"/r/{sub}/comments/{pid}/{words}/"
    return str(link)


def _domain(post: tuple[Any, ...]) -> str:
    link = post[7]
    if not link:
        return f"self.{post[2]}"
    return str(link).split("/")[2].removeprefix("www.")


def _reddit_when(minutes: int) -> tuple[datetime, str]:
    moment = NOW - timedelta(minutes=minutes)
    hours = minutes // 60
    ago = f"{minutes} minutes ago" if hours == 0 else f"{hours} hour{'s' if hours > 1 else ''} ago"
    return moment, ago


def _thing(rank: int, post: tuple[Any, ...], promoted: bool = False) -> str:
    pid, title, sub, author, score, comments, minutes, _link, flair = post
    url = _post_url(post)
    domain = _domain(post)
    moment, ago = _reddit_when(minutes)
    permalink = f"/r/{sub}/comments/{pid}/{url.rstrip('/').rsplit('/', 1)[-1] if not post[7] else slug(title)[:50].replace('-', '_')}/"
    outbound = (
        ""
        if not post[7]
        else ' outbound" data-outbound-url="https://out.threadit.example/t3_'
        + pid
        + "?url="
        + esc(url)
        + "&amp;token=AQAAq2v0ZRb9&amp;app_name=threadit.com"
    )
    flair_html = f'<span class="linkflairlabel " title="{esc(flair)}">{esc(flair)}</span>' if flair else ""
    domain_html = (
        f'<span class="domain">(<a href="/r/{sub}/">{domain}</a>)</span>'
        if not post[7]
        else f'<span class="domain">(<a href="/domain/{domain}/">{domain}</a>)</span>'
    )
    thumb = (
        f'<a class="thumbnail invisible-when-pinned self may-blank " data-event-action="thumbnail" href="{permalink}" rel=""></a>'
        if not post[7]
        else f'<a class="thumbnail invisible-when-pinned may-blank outbound" data-event-action="thumbnail" href="{esc(url)}" rel=""><img src="//b.thumbs.threaditmedia.example/{pid}Xq.jpg" width="70" height="52" alt=""></a>'
    )
    comment_text = f"{comments} comment{'s' if comments != 1 else ''}" if comments else "comment"
    tagline = (
        f'<p class="tagline ">promoted by <a href="{REDDIT}/user/{author}" class="author may-blank">{author}</a></p>'
        if promoted
        else f'<p class="tagline ">submitted <time title="{moment:%a %b %d %H:%M:%S %Y} UTC" datetime="{moment:%Y-%m-%dT%H:%M:%S}+00:00" class="live-timestamp">{ago}</time> by <a href="{REDDIT}/user/{author}" class="author may-blank id-t2_{pid[::-1]}">{author}</a><span class="userattrs"></span> to <a href="{REDDIT}/r/{sub}/" class="subreddit hover may-blank">r/{sub}</a></p>'
    )
    score_text = _short(score)
    parity = "odd" if rank % 2 else "even"
    classes = f"thing id-t3_{pid} {parity} link {'promoted promotedlink' if promoted else ''}"
    return f"""
<div class=" {classes} " id="thing_t3_{pid}" onclick="click_thing(this)" data-fullname="t3_{pid}" data-type="link" data-gildings="0" data-whitelist-status="all_ads" data-is-gallery="false" data-author="{author}" data-author-fullname="t2_{pid[::-1]}" data-subreddit="{sub}" data-subreddit-prefixed="r/{sub}" data-subreddit-type="public" data-timestamp="{int(moment.timestamp() * 1000)}" data-url="{esc(url)}" data-permalink="{permalink}" data-domain="{domain}" data-rank="{"" if promoted else rank}" data-comments-count="{comments}" data-score="{score}" data-promoted="{"true" if promoted else "false"}" data-nsfw="false" data-spoiler="false" data-oc="false" data-num-crossposts="0" data-context="listing"><p class="parent"></p><span class="rank">{"" if promoted else rank}</span><div class="midcol unvoted"><div class="arrow up login-required access-required" data-event-action="upvote" role="button" aria-label="upvote" tabindex="0"></div><div class="score dislikes" title="{score - 1}">{_short(score - 1)}</div><div class="score unvoted" title="{score}">{score_text}</div><div class="score likes" title="{score + 1}">{_short(score + 1)}</div><div class="arrow down login-required access-required" data-event-action="downvote" role="button" aria-label="downvote" tabindex="0"></div></div>{thumb}<div class="entry unvoted"><div class="top-matter"><p class="title">{flair_html}<a class="title may-blank{outbound}" data-event-action="title" href="{esc(url)}" tabindex="1" rel="">{esc(title)}</a> {domain_html}</p>{tagline}<ul class="flat-list buttons"><li class="first"><a href="{REDDIT}{permalink}" data-event-action="comments" class="bylink comments{" empty" if not comments else ""} may-blank" rel="nofollow">{comment_text}</a></li><li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li class="link-save-button save-button login-required"><a href="#">save</a></li><li><form action="/post/hide" method="post" class="state-button hide-button"><input type="hidden" name="executed" value="hidden"><span><a href="javascript:void(0)" data-event-action="hide" onclick="change_state(this, 'hide', hide_thing);">hide</a></span></form></li><li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required" data-event-action="report">report</a></li><li class="crosspost-button"><a class="post-crosspost-button" href="javascript: void 0;" data-crosspost-fullname="t3_{pid}">crosspost</a></li></ul><div class="reportform report-t3_{pid}"></div></div><div class="expando expando-uninitialized" style="display: none" data-cachedhtml=""><span class="error">loading...</span></div></div><div class="child"></div><div class="clearleft"></div></div><div class="clearleft"></div>"""


PROMOTED = [
    (
        "x9ad001",
        "Meal kits from $2.99 a serving. Cancel anytime.",
        "u_freshcrate",
        "freshcrate",
        1,
        0,
        0,
        "https://www.freshcrate.example/offer?utm_source=threadit",
        None,
    ),
    (
        "x9ad002",
        "The only budgeting app that doesn't sell your data",
        "u_ledgerly",
        "ledgerly",
        1,
        0,
        0,
        "https://ledgerly.example/?utm_source=threadit",
        None,
    ),
    (
        "x9ad003",
        "Learn Spanish in 15 minutes a day",
        "u_hablamos",
        "hablamos_app",
        1,
        0,
        0,
        "https://hablamos.example/start?utm_source=threadit",
        None,
    ),
]


def _reddit_page(number: int, pages: list[list[Any]], first: int) -> str:
    posts = pages[number - 1]
    things = _thing(0, PROMOTED[number - 1], promoted=True) + "".join(
        _thing(first + i + 1, p) for i, p in enumerate(posts)
    )
    buttons = []
    if number > 1:
        before = posts[0][0]
        buttons.append(
            f'<span class="prev-button"><a href="{REDDIT}/r/popular/?count={first + 1}&amp;before=t3_{before}" rel="nofollow prev">&lsaquo; prev</a></span>'
        )
    if number < len(pages):
        after = posts[-1][0]
        buttons.append(
            f'<span class="next-button"><a href="{REDDIT}/r/popular/?count={first + len(posts)}&amp;after=t3_{after}" rel="nofollow next">next &rsaquo;</a></span>'
        )
    sep = '<span class="separator"></span>'
    nav = f'<div class="nav-buttons"><span class="nextprev">view more:&#32;{sep.join(buttons)}</span></div>'
    subs = "".join(
        f'<li><a href="{REDDIT}/r/{s}/" class="choice">{s}</a></li>'
        for s in (
            "popular",
            "all",
            "random",
            "users",
            "AskReddit",
            "pics",
            "news",
            "worldnews",
            "funny",
            "gaming",
            "movies",
            "todayilearned",
            "science",
            "aww",
            "Music",
        )
    )
    return f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head><title>popular links</title><meta name="keywords" content=" reddit, reddit.com, vote, comment, submit " /><meta name="description" content="Threadit is a network of communities where people can dive into their interests, hobbies and passions." /><meta name="referrer" content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><link rel='icon' href="//www.threaditstatic.example/icon.png" sizes="256x256" type="image/png" /><link rel="stylesheet" type="text/css" href="//www.threaditstatic.example/reddit.1wSbbqwmAGg.css" media="all"><link rel="canonical" href="https://www.threadit.example/r/popular/" /><script type="text/javascript" id="config">r.setup({{"ajax_domain": "old.threadit.example", "post_site": "", "logged": false, "user_id": null, "over_18": false, "cur_listing": "popular", "renderstyle": "html"}})</script></head>
<body class="listing-page hot-page"><div id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)"><span class="selected title">my subreddits</span></div><div class="drop-choices srdrop"><a href="{REDDIT}/subreddits/" class="bottom-option choice">edit subscriptions</a></div><div class="sr-list"><ul class="flat-list sr-bar hover" >{subs}</ul></div><a href="{REDDIT}/subreddits/" id="sr-more-link">more &raquo;</a></div></div>
<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a><a href="/" id="header-img-a"><img id="header-img" class="default-header" src="//www.threaditstatic.example/reddit.com.header.png" alt="threadit.com" /></a>&nbsp;<span class="hover pagename redditname"><a href="{REDDIT}/r/popular/">popular</a></span>&nbsp;<ul class="tabmenu " ><li class='selected'><a href="{REDDIT}/r/popular/" class="choice" >hot</a></li><li ><a href="{REDDIT}/r/popular/new/" class="choice" >new</a></li><li ><a href="{REDDIT}/r/popular/rising/" class="choice" >rising</a></li><li ><a href="{REDDIT}/r/popular/controversial/" class="choice" >controversial</a></li><li ><a href="{REDDIT}/r/popular/top/" class="choice" >top</a></li></ul><div id="header-bottom-right"><span class="user">Want to join?&#32;<a href="https://www.threadit.example/login" class="login-required login-link">Log in or sign up</a>&#32;in seconds.</span><span class="separator">|</span><ul class="flat-list hover" ><li><a href="{REDDIT}/prefs/" class="pref-lang choice" >English</a></li></ul></div></div>
<div class="side"><div class='spacer'><form action="{REDDIT}/search" id="search" role="search"><input type="text" name="q" placeholder="search" tabindex="20"><input type="submit" value="" tabindex="22"></form></div><div class="spacer"><div class="sidebox submit submit-link"><div class="morelink"><a href="{REDDIT}/submit" class="login-required access-required" data-event-action="submit" data-type="subreddit" data-event-detail="link" target="_top">Submit a new link</a><div class="nub"></div></div></div></div><div class="spacer"><div class="sidebox submit submit-text"><div class="morelink"><a href="{REDDIT}/submit?selftext=true" class="login-required access-required" data-event-action="submit" data-type="subreddit" data-event-detail="self" target="_top">Submit a new text post</a><div class="nub"></div></div></div></div><div class="spacer"><div class="sidecontentbox premium-banner-outer"><a class="premium-banner" href="{REDDIT}/premium"><span class="premium-banner__title">Get an ad-free experience with special benefits, and directly support Threadit.</span><span class="premium-banner__button">get threadit premium</span></a></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="spacer"><div id="siteTable" class="sitetable linklisting">{things}{nav}</div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover" ><li class="flat-vert title">about</li><li ><a href="https://www.threaditinc.example/" class="choice" >blog</a></li><li ><a href="https://www.threaditinc.example/about" class="choice" >about</a></li><li ><a href="https://www.threaditinc.example/advertising" class="choice" >advertising</a></li><li ><a href="https://www.threaditinc.example/careers" class="choice" >careers</a></li></ul></div><div class="col"><ul class="flat-vert hover" ><li class="flat-vert title">help</li><li ><a href="{REDDIT}/wiki/" class="choice" >wiki</a></li><li ><a href="https://support.threadit.example/" class="choice" >threadit help center</a></li><li ><a href="{REDDIT}/wiki/reddiquette" class="choice" >reddiquette</a></li><li ><a href="https://www.threaditinc.example/policies/content-policy" class="choice" >content policy</a></li></ul></div></div><p class="bottommenu">Use of this site constitutes acceptance of our&#32;<a href="https://www.threaditinc.example/policies/user-agreement" >User Agreement</a>&#32;and&#32;<a href="https://www.threaditinc.example/policies/privacy-policy" >Privacy Policy</a>. &copy; 2026 threadit inc. All rights reserved.</p></div>
</body></html>"""


@sixth
def build_threadit() -> None:
    s = Site(
        "threadit",
        kind="link aggregator listing (old-Reddit-like: div.thing, tagline 'submitted … by … to r/…')",
        start="r/popular/",
        description="An old-Reddit-like r/popular listing: div.thing.link with data-* attributes, a rank span, three copies of the score ('45.7k', the exact value in a title attribute), flair spans before some titles, title links that are external for link posts and permalinks for self posts, '(domain)', a tagline 'submitted 3 hours ago by user to r/sub' with the moment in a <time datetime>, '1234 comments' and share/save/hide/report buttons; a promoted post with the same classes heads each page; 'next ›' / '‹ prev' over ?count=N&after=t3_… links.",
    )
    pages = chunks(POSTS, [12, 12, 6])
    first = 0
    for number, posts in enumerate(pages, 1):
        text = _reddit_page(number, pages, first).replace(f"{REDDIT}/r/popular/?", "/r/popular/?")
        if number == 1:
            s.list_page("r/popular/index.html", text)
        else:
            s.list_page(f"r/popular/@count={first}&after=t3_{pages[number - 2][-1][0]}", text)
        first += len(posts)
    for post in POSTS:
        _pid, title, sub, author, score, comments, minutes, _link, flair = post
        shown = _short(score)
        value = float(shown[:-1]) * 1000 if shown.endswith("k") else float(shown)
        s.expect(
            {
                "title": title,
                "url": _post_url(post),
                "flair": flair,
                "domain": _domain(post),
                "score": int(value),
                "author": author,
                "subreddit": f"r/{sub}",
                "date": _reddit_when(minutes)[0].date().isoformat(),
                "comments": comments,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# modelhub: a Hugging-Face-like model list: article.overview-card-wrapper > a.block with a header
# (avatar img + h4 "owner/name") and one meta line of Tailwind utility classes: an icon + the task
# (missing on some), "•", the parameter count "8B" (missing on some), "•", "Updated <time>3 days
# ago</time>" or "Updated <time>Sep 25, 2024</time>", "•", a download icon then the count as a bare
# text node ("5.24M"), "•", a heart icon then the likes ("3.41k"); a task filter sidebar of tag
# links, "Models 1,284,331" and a zero-based ?p=N pager with Previous / Next.
# ---------------------------------------------------------------------------------------------------

# (repo id, task or None, params or None, updated, downloads, likes)
MODELS: list[tuple[str, str | None, str | None, date, int, int]] = [
    ("deepseek-ai/DeepSeek-R1", "Text Generation", "685B", date(2026, 3, 11), 4_380_000, 12_100),
    ("meta-llama/Llama-3.1-8B-Instruct", "Text Generation", "8B", date(2026, 2, 20), 5_240_000, 3_410),
    ("black-forest-labs/FLUX.1-dev", "Text-to-Image", None, date(2025, 8, 16), 1_720_000, 9_870),
    ("openai/whisper-large-v3-turbo", "Automatic Speech Recognition", "809M", date(2025, 10, 1), 3_950_000, 2_280),
    ("Qwen/Qwen2.5-Coder-32B-Instruct", "Text Generation", "32.8B", date(2026, 3, 12), 612_000, 1_530),
    ("sentence-transformers/all-MiniLM-L6-v2", "Sentence Similarity", "22.7M", date(2025, 3, 6), 91_200_000, 3_050),
    ("stabilityai/stable-diffusion-3.5-large", "Text-to-Image", None, date(2025, 11, 22), 88_400, 2_640),
    ("microsoft/Phi-3.5-mini-instruct", "Text Generation", "3.82B", date(2025, 8, 20), 421_000, 836),
    ("google/gemma-2-9b-it", "Text Generation", "9.24B", date(2025, 8, 27), 298_000, 612),
    ("mistralai/Mistral-7B-Instruct-v0.3", "Text Generation", "7.25B", date(2026, 1, 9), 1_130_000, 1_340),
    ("BAAI/bge-m3", "Sentence Similarity", "568M", date(2025, 7, 3), 3_470_000, 1_810),
    ("hexgrad/Kokoro-82M", "Text-to-Speech", "82M", date(2026, 3, 13), 1_050_000, 3_920),
    ("nvidia/Llama-3.1-Nemotron-70B-Instruct-HF", "Text Generation", "70.6B", date(2025, 10, 17), 57_300, 1_990),
    ("facebook/sam2-hiera-large", "Mask Generation", None, date(2025, 8, 14), 154_000, 1_020),
    ("lllyasviel/ControlNet-v1-1", None, None, date(2024, 4, 26), 0, 3_780),
    ("pyannote/speaker-diarization-3.1", "Automatic Speech Recognition", None, date(2025, 11, 16), 14_900_000, 1_130),
    ("FacebookAI/xlm-roberta-large", "Fill-Mask", "560M", date(2024, 2, 19), 7_020_000, 402),
    ("Salesforce/blip-image-captioning-large", "Image-to-Text", "470M", date(2023, 12, 7), 1_610_000, 1_250),
    ("coqui/XTTS-v2", "Text-to-Speech", None, date(2024, 12, 12), 2_330_000, 2_560),
    ("allenai/OLMo-2-1124-13B-Instruct", "Text Generation", "13.7B", date(2026, 3, 9), 18_400, 96),
    ("ibm-granite/granite-3.1-8b-instruct", "Text Generation", "8.17B", date(2026, 3, 2), 44_700, 163),
    (
        "cardiffnlp/twitter-roberta-base-sentiment-latest",
        "Text Classification",
        "125M",
        date(2024, 5, 28),
        2_870_000,
        611,
    ),
    (
        "timm/vit_base_patch16_224.augreg2_in21k_ft_in1k",
        "Image Classification",
        "86.6M",
        date(2025, 1, 21),
        1_480_000,
        12,
    ),
    ("jinaai/jina-embeddings-v3", "Feature Extraction", "572M", date(2026, 2, 27), 1_920_000, 815),
]
HUB_NOW = date(2026, 3, 14)


def _updated(day: date) -> str:
    ago = (HUB_NOW - day).days
    if ago == 1:
        shown = "1 day ago"
    elif ago < 30:
        shown = f"{ago} days ago"
    else:
        shown = f"{day:%b} {day.day}, {day.year}"
    return f'<time datetime="{day.isoformat()}T{8 + ago % 12:02d}:{(ago * 7) % 60:02d}:11.000Z" title="{day:%a, %d %b %Y} {8 + ago % 12:02d}:{(ago * 7) % 60:02d}:11 GMT">{shown}</time>'


ICON_TASK = '<svg class="text-[.8rem] mr-1.5 text-gray-400 flex-none" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" focusable="false" role="img" width="1em" height="1em" preserveAspectRatio="xMidYMid meet" viewBox="0 0 18 18"><path d="M16.2607 8.08202L14.468 6.28928C14.3063 6.12804 14.0873 6.03749 13.859 6.03749C13.6307 6.03749 13.4117 6.12804 13.25 6.28928L5.6375 13.904V16.9125H8.64607L16.2607 9.30002C16.422 9.13836 16.5125 8.91935 16.5125 8.69102C16.5125 8.4627 16.422 8.24369 16.2607 8.08202Z" fill="currentColor"></path></svg>'
ICON_DOWNLOAD = '<svg class="flex-none w-3 text-gray-400 mr-0.5" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" focusable="false" role="img" width="1em" height="1em" viewBox="0 0 32 32"><path fill="currentColor" d="M26 24v4H6v-4H4v4a2 2 0 0 0 2 2h20a2 2 0 0 0 2-2v-4zm0-10l-1.41-1.41L17 20.17V2h-2v18.17l-7.59-7.58L6 14l10 10l10-10z"></path></svg>'
ICON_HEART = '<svg class="flex-none w-3 text-gray-400 mr-1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" aria-hidden="true" fill="currentColor" focusable="false" role="img" width="1em" height="1em" preserveAspectRatio="xMidYMid meet" viewBox="0 0 32 32"><path d="M22.45,6a5.47,5.47,0,0,1,3.91,1.64,5.7,5.7,0,0,1,0,8L16,26.13,5.64,15.64a5.7,5.7,0,0,1,0-8,5.48,5.48,0,0,1,7.82,0L16,10.24l2.53-2.58A5.44,5.44,0,0,1,22.45,6m0-2a7.47,7.47,0,0,0-5.34,2.24L16,7.36,14.89,6.24a7.49,7.49,0,0,0-10.68,0,7.72,7.72,0,0,0,0,10.82L16,29,27.79,17.06a7.72,7.72,0,0,0,0-10.82A7.49,7.49,0,0,0,22.45,4Z"></path></svg>'
DOT = '<span class="px-1.5 text-gray-300">• </span>'


def _model_card(model: tuple[str, str | None, str | None, date, int, int]) -> str:
    repo, task, params, updated, downloads, likes = model
    owner = repo.split("/")[0]
    meta = []
    if task:
        meta.append(f'{ICON_TASK}\n\t\t\t\t<span class="truncate">{task}</span>\n')
    if params:
        meta.append(f'<span class="truncate" title="Number of parameters in this model">{params}</span>\n')
    meta.append(f'<span class="truncate">Updated\n\t\t\t\t\t{_updated(updated)}</span>\n')
    if downloads:
        meta.append(f"{ICON_DOWNLOAD}\n\t\t\t\t\t{_short(downloads)}\n")
    meta.append(f"{ICON_HEART}\n\t\t\t\t\t{_short(likes)}\n")
    return f"""
<article class="overview-card-wrapper group/repo  "><a class="block p-2" href="/{repo}"><header class="flex items-center mb-0.5" title="{repo}"><img alt="" class="w-3 h-3 rounded-sm  mr-1.5 flex-none" src="https://cdn-avatars.modelhub.example/v1/production/uploads/{sum(map(ord, owner)) * 977:x}/{owner.lower()}.png" crossorigin="anonymous">
\t\t<h4 class="text-md truncate font-mono text-black dark:group-hover/repo:text-yellow-500 group-hover/repo:text-indigo-600 text-smd">{repo}</h4>
\t\t</header>
\t\t<div class="mr-1 flex items-center overflow-hidden whitespace-nowrap text-sm leading-tight text-gray-400">
\t\t\t{DOT.join(meta)}</div></a></article>"""


TASKS = [
    (
        "Multimodal",
        [
            "Audio-Text-to-Text",
            "Image-Text-to-Text",
            "Visual Question Answering",
            "Document Question Answering",
            "Video-Text-to-Text",
        ],
    ),
    (
        "Computer Vision",
        [
            "Depth Estimation",
            "Image Classification",
            "Object Detection",
            "Image Segmentation",
            "Text-to-Image",
            "Image-to-Text",
            "Mask Generation",
        ],
    ),
    (
        "Natural Language Processing",
        [
            "Text Classification",
            "Token Classification",
            "Question Answering",
            "Translation",
            "Summarization",
            "Feature Extraction",
            "Text Generation",
            "Fill-Mask",
            "Sentence Similarity",
        ],
    ),
    (
        "Audio",
        ["Text-to-Speech", "Text-to-Audio", "Automatic Speech Recognition", "Audio-to-Audio", "Audio Classification"],
    ),
]


def _hub_page(number: int, pages: int, models: list[Any]) -> str:
    def href(n: int) -> str:
        return f"/models?p={n - 1}&amp;sort=trending"

    items = [
        f'<li><a class="flex items-center rounded-lg px-2.5 py-1 hover:bg-gray-50 dark:hover:bg-gray-800 {"pointer-events-none cursor-default text-gray-400 hover:text-gray-700" if number == 1 else ""}" href="{href(number - 1) if number > 1 else ""}"><svg class="mr-1.5" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" role="img" width="1em" height="1em" viewBox="0 0 32 32"><path d="M10 16L20 6l1.4 1.4l-8.6 8.6l8.6 8.6L20 26z" fill="currentColor"></path></svg> Previous</a></li>'
    ]
    for n in range(1, pages + 1):
        current = (
            "bg-gray-50 font-semibold ring-1 ring-inset ring-gray-200 dark:bg-gray-800 dark:ring-gray-700"
            if n == number
            else "text-gray-500 hover:bg-gray-50 hover:text-gray-700 dark:hover:bg-gray-800"
        )
        items.append(
            f'<li class="hidden sm:block"><a class="rounded-lg px-2.5 py-1 {current}" href="{href(n)}">{n}</a></li>'
        )
    items.append(
        '<li class="hidden sm:block"><a class="pointer-events-none cursor-default rounded-lg px-2.5 py-1" href="#">...</a></li>'
    )
    items.append(
        '<li class="hidden sm:block"><a class="rounded-lg px-2.5 py-1 text-gray-500 hover:bg-gray-50 hover:text-gray-700 dark:hover:bg-gray-800" href="#">100</a></li>'
    )
    items.append(
        f'<li><a class="flex items-center rounded-lg px-2.5 py-1 hover:bg-gray-50 dark:hover:bg-gray-800 {"pointer-events-none cursor-default text-gray-400 hover:text-gray-700" if number == pages else ""}" href="{href(number + 1) if number < pages else ""}">Next <svg class="ml-1.5 transform rotate-180" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" role="img" width="1em" height="1em" viewBox="0 0 32 32"><path d="M10 16L20 6l1.4 1.4l-8.6 8.6l8.6 8.6L20 26z" fill="currentColor"></path></svg></a></li>'
    )
    side = "".join(
        f'<div class="mb-3"><div class="mb-3 text-sm font-medium text-gray-500">{group}</div><div class="flex flex-wrap">'
        + "".join(
            f'<a class="tag tag-white" href="/models?pipeline_tag={slug(t)}&amp;sort=trending"><div class="tag-ico -ml-2 tag-ico-red">{ICON_TASK}</div><span>{t}</span></a>'
            for t in tasks
        )
        + "</div></div>"
        for group, tasks in TASKS
    )
    cards = "".join(_model_card(m) for m in models)
    return f"""<!doctype html>
<html class="">
\t<head>
\t\t<meta charset="utf-8" />
\t\t<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no" />
\t\t<meta name="description" content="We're on a journey to advance and democratize artificial intelligence through open source and open science." />
\t\t<meta property="og:title" content="Models - Model Hub" />
\t\t<link rel="stylesheet" href="/front/build/kube-2b4f5c1/style.css" />
\t\t<title>Models - Model Hub</title>
\t\t<script type="application/ld+json">{{"@context":{{"@language":"en","@vocab":"https://schema.org/"}},"@type":"WebSite","name":"Model Hub","url":"https://modelhub.example/","potentialAction":{{"@type":"SearchAction","target":"https://modelhub.example/search/full-text?q={{search_term_string}}","query-input":"required name=search_term_string"}}}}</script>
\t</head>
\t<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black ModelsListPage">
\t\t<div class="flex min-h-dvh flex-col"><header class="border-b border-gray-100"><div class="w-full px-4 container flex h-16 items-center"><div class="flex flex-1 items-center"><a class="mr-5 flex flex-none items-center lg:mr-6" href="/"><img alt="Model Hub's logo" class="w-7 md:mr-2" src="/front/assets/modelhub-logo.svg"><span class="hidden whitespace-nowrap text-lg font-bold md:block">Model Hub</span></a><div class="relative flex-1 lg:max-w-sm mr-2 sm:mr-4 md:mr-3 xl:mr-6"><input autocomplete="off" class="w-full dark:bg-gray-950 pl-8 form-input-alt h-9 pr-3 focus:shadow-xl" name="" placeholder="Search models, datasets, users..." spellcheck="false" type="text" value=""></div></div><nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center space-x-1.5 2xl:space-x-2"><li><a class="group flex items-center px-2 py-0.5 dark:text-gray-300 dark:hover:text-gray-100" href="/models">Models</a></li><li><a class="group flex items-center px-2 py-0.5" href="/datasets">Datasets</a></li><li><a class="group flex items-center px-2 py-0.5" href="/spaces">Spaces</a></li><li><a class="group flex items-center px-2 py-0.5" href="/docs">Docs</a></li><li><a class="group flex items-center px-2 py-0.5" href="/pricing">Pricing</a></li><li><a class="block cursor-pointer whitespace-nowrap px-2 py-0.5" href="/login">Log In</a></li><li><a class="whitespace-nowrap rounded-full border border-transparent bg-gray-900 px-3 py-1 leading-none text-white" href="/join">Sign Up</a></li></ul></nav></div></header>
\t\t<main class="flex flex-1 flex-col"><div class="container relative flex flex-col lg:grid lg:space-y-0 w-full lg:grid-cols-10 md:flex-1 md:grid-rows-full space-y-4 md:gap-6"><section class="pt-8 border-gray-100 lg:col-span-3 lg:border-r lg:pr-6 xl:col-span-2"><div class="mb-5 flex items-center space-x-2 overflow-x-auto"><button class="tab-alternate active" type="button">Tasks</button><button class="tab-alternate" type="button">Libraries</button><button class="tab-alternate" type="button">Datasets</button><button class="tab-alternate" type="button">Languages</button><button class="tab-alternate" type="button">Licenses</button></div>{side}</section>
\t\t<section class="pt-8 border-gray-100 col-span-full lg:col-span-7 xl:col-span-8 pb-12"><div class="mb-4 items-center space-y-3 md:flex md:space-y-0 lg:mb-6"><div class="flex items-center text-lg"><h1>Models</h1><div class="ml-3 w-16 font-normal text-gray-400">1,284,331</div></div><div class="relative mr-auto"><input class="form-input-alt h-8 pl-8 pr-3 w-full" placeholder="Filter by name" type="search"></div><div class="relative inline-block"><button class="btn !pr-2 !shadow-none" type="button">Sort:  Trending</button></div></div>
\t\t<div class="relative"><div class="grid grid-cols-1 gap-5 2xl:grid-cols-2">{cards}
\t\t</div></div>
\t\t<nav><ul class="flex select-none items-center justify-between space-x-2 text-gray-700 sm:justify-center mt-10 mx-auto">{"".join(items)}</ul></nav></section></div></main>
\t\t<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav class="container relative flex flex-col justify-between space-y-2 py-6 text-gray-500 max-md:*:self-start md:flex-row md:items-center md:space-y-0 md:py-0 md:text-sm"><div class="SVELTE_HYDRATER contents">© Model Hub</div><div class="order-first flex items-center justify-center space-x-4 md:order-none"><a class="hover:underline" href="/terms-of-service">TOS</a><a class="hover:underline" href="/privacy">Privacy</a><a class="hover:underline" href="/about">About</a><a class="hover:underline" href="https://apply.workable.example/modelhub/">Jobs</a></div></nav></footer></div>
\t</body>
</html>"""


@sixth
def build_modelhub() -> None:
    s = Site(
        "modelhub",
        kind="model list (Hugging-Face-like: one meta line of icons, bullets and bare text nodes)",
        start="models?sort=trending",
        description="A Hugging-Face-like model list: article.overview-card-wrapper cards whose link holds an h4 'owner/name' and one Tailwind meta line: an icon + task (missing on some), '•', '8B' parameters (missing on some), 'Updated <time>3 days ago</time>' or an absolute date, a download icon then '5.24M' as a bare text node, a heart then '3.41k'; a task filter sidebar of tag links, a model count and a zero-based ?p=N pager.",
    )
    pages = chunks(MODELS, [10, 10, 4])
    for number, models in enumerate(pages, 1):
        text = _hub_page(number, len(pages), models)
        if number == 1:
            s.list_page("models@sort=trending", text)
            s.write("models@p=0&sort=trending", text)
        else:
            s.list_page(f"models@p={number - 1}&sort=trending", text)
    for repo, task, params, updated, downloads, likes in MODELS:
        s.expect(
            {
                "title": repo,
                "url": f"/{repo}",
                "task": task,
                "params": params,
                "updated": updated.isoformat(),
                "downloads": _expand(_short(downloads)) if downloads else None,
                "likes": _expand(_short(likes)),
            }
        )
    s.finish()


def _expand(text: str) -> int:
    """``5.24M`` → ``5240000``: what a person writes down for an abbreviated count."""
    scale = {"k": 1000, "M": 1_000_000}.get(text[-1], 1)
    return round(float(text.rstrip("kM")) * scale)


# ---------------------------------------------------------------------------------------------------
# coinledger: a CoinMarketCap-like price table: table.cmc-table with a thead of sortable headers,
# rows of a star button, the rank, a name cell (logo, p.coin-item-name, p.coin-item-symbol), the price,
# 1h / 24h / 7d changes as "0.23%" whose sign is only the caret's class (icon-Caret-up/-down) and the
# colour, the market cap twice (a short "$1.32T" for narrow screens, the full figure), the 24h volume
# with the coin amount below it, the circulating supply "19,712,345 BTC" with a progress bar on some,
# a 7-day sparkline image; the first rows are rendered, the later ones are lazy skeletons holding only
# the name, symbol and price; a global stats ticker, "Trending" and "Biggest gainers" cards above the
# table, and numbered ?page=N links.
# ---------------------------------------------------------------------------------------------------

# (id, name, symbol, price, 1h, 24h, 7d, market cap, volume, supply)
COINS: list[tuple[int, str, str, float, float, float, float, int, int, int]] = [
    (1, "Bitcoin", "BTC", 67123.45, 0.23, -1.12, 4.87, 1_321_834_567_890, 28_412_309_112, 19_692_456),
    (1027, "Ethereum", "ETH", 3512.08, -0.41, -2.30, 1.05, 421_902_114_530, 14_990_223_001, 120_128_733),
    (825, "Tether USDt", "USDT", 1.0002, 0.01, 0.02, -0.03, 103_778_201_455, 51_200_443_876, 103_757_951_840),
    (1839, "BNB", "BNB", 584.91, 0.37, 1.84, -2.11, 86_301_004_223, 1_801_552_908, 147_547_114),
    (5426, "Solana", "SOL", 171.34, -0.88, 3.46, 12.73, 76_210_450_116, 3_412_776_020, 444_790_112),
    (3408, "USDC", "USDC", 0.9999, -0.01, 0.00, 0.01, 32_511_897_340, 6_011_220_455, 32_515_110_778),
    (52, "XRP", "XRP", 0.6123, 0.52, -0.74, -3.91, 33_701_224_118, 1_221_004_780, 55_040_230_110),
    (74, "Dogecoin", "DOGE", 0.1587, 1.21, 6.02, 18.44, 22_844_109_201, 2_004_118_332, 143_925_450_000),
    (11419, "Toncoin", "TON", 6.91, -0.27, -1.58, 7.36, 16_990_220_114, 402_885_114, 2_458_910_112),
    (2010, "Cardano", "ADA", 0.4612, 0.09, -0.46, -5.02, 16_408_552_003, 388_201_447, 35_577_981_201),
    (5805, "Avalanche", "AVAX", 36.72, -1.04, -3.87, -8.12, 14_442_119_870, 512_004_301, 393_300_122),
    (5994, "Shiba Inu", "SHIB", 0.00002481, 0.66, 2.19, 9.84, 14_621_004_128, 801_224_007, 589_289_410_000_000),
    (6636, "Polkadot", "DOT", 7.08, -0.12, -0.92, -2.64, 10_180_221_448, 201_330_110, 1_437_780_101),
    (1958, "TRON", "TRX", 0.1224, 0.03, 0.41, 1.12, 10_701_554_212, 344_118_902, 87_431_559_882),
    (1975, "Chainlink", "LINK", 17.92, 0.81, 4.33, 6.07, 10_521_887_403, 611_220_874, 587_099_970),
    (3890, "Polygon", "MATIC", 0.7214, -0.33, -1.71, -4.48, 7_130_201_554, 288_091_332, 9_884_210_551),
    (1831, "Bitcoin Cash", "BCH", 482.66, 0.18, -0.25, 3.21, 9_520_118_330, 402_114_889, 19_719_450),
    (3794, "Cosmos", "ATOM", 8.84, -0.57, -2.94, -6.31, 3_452_008_761, 150_201_113, 390_507_812),
    (7083, "Uniswap", "UNI", 10.31, 1.44, 8.12, 22.40, 6_180_220_117, 401_552_098, 599_447_120),
    (2, "Litecoin", "LTC", 84.22, 0.06, -0.38, 2.05, 6_301_118_224, 388_200_775, 74_812_770),
    (20947, "Sui", "SUI", 1.12, -0.94, 5.71, 15.06, 2_801_334_901, 270_118_443, 2_500_100_220),
    (3635, "Cronos", "CRO", 0.1019, 0.21, -0.88, -1.47, 2_712_004_228, 14_220_117, 26_614_209_880),
]
# Rows below this many on a page are lazy skeletons until scrolled into view.
RENDERED = 8


def _usd(value: float) -> str:
    if value >= 1:
        return f"${value:,.2f}"
    if value >= 0.01:
        return f"${value:.4f}"
    return f"${value:.8f}"


def _short_usd(value: int) -> str:
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if value >= scale:
            return f"${value / scale:.2f}{suffix}"
    return f"${value:,}"


def _change(value: float) -> str:
    way = "up" if value >= 0 else "down"
    colour = "sc-a59753b0-0 ivvJzO" if value >= 0 else "sc-a59753b0-0 cmnujh"
    return f'<td style="text-align:end"><span class="{colour}" style="color:var(--{way}-color)"><span class="icon-Caret-{way}"></span>{abs(value):.2f}%</span></td>'


def _coin_row(rank: int, coin: tuple[Any, ...], rendered: bool) -> str:
    cid, name, symbol, price, h1, h24, d7, cap, volume, supply = coin
    url = f"/currencies/{slug(name)}/"
    if not rendered:
        return f'<tr><td><span></span></td><td><span></span></td><td colspan="3"><a href="{url}" class="cmc-link"><span class="circle"></span><span>{esc(name)}</span><span class="crypto-symbol">{symbol}</span></a></td><td><span>{_usd(price)}</span></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>'
    progress = (
        f'<div class="sc-7f0f401-0 gWChye"><div class="sc-7f0f401-1 kbiuFx" style="width:{min(99, 40 + cid % 57)}%"></div></div>'
        if cid % 3 == 0
        else ""
    )
    way = "isUp" if d7 >= 0 else "isDown"
    return f"""<tr style="cursor:pointer"><td><span class="sc-1d3fd7f0-0 iOBCRM"><span class="icon-Star" role="button" aria-label="Add to watchlist"></span></span></td><td style="text-align:start"><p class="sc-71024e3e-0 jBOvmG" color="text2" data-sensors-click="true" font-size="14">{rank}</p></td><td style="text-align:start"><div display="flex" class="sc-aef7b723-0 LCOyB"><a href="{url}" class="cmc-link"><div class="sc-aef7b723-0 sc-4c05d6ef-0 dlQYLv"><img class="coin-logo" src="https://s2.coinledger.example/static/img/coins/64x64/{cid}.png" loading="lazy" decoding="async" fetchpriority="low" alt="{symbol} logo"><div class="sc-aef7b723-0 sc-4c05d6ef-1 gBWQi"><p class="sc-4984dd93-0 kKpPOn coin-item-name" color="text" font-size="1" data-sensors-click="true">{esc(name)}</p><div class="sc-1d3fd7f0-1 gNFZZp"><p class="sc-4984dd93-0 iqdbQL coin-item-symbol" color="text3" font-size="1" data-sensors-click="true">{symbol}</p></div></div></div></a></div></td><td style="text-align:end"><div class="sc-a0353bbc-0 gDrtaY"><a href="{url}#markets" class="cmc-link"><span>{_usd(price)}</span></a></div></td>{_change(h1)}{_change(h24)}{_change(d7)}<td style="text-align:end"><p class="sc-4984dd93-0 jZrMxO" color="text" font-size="1" data-sensors-click="true"><span class="sc-7bc56c81-0 dCzASk" data-nosnippet="true">{_short_usd(cap)}</span><span class="sc-7bc56c81-1 bCdPBp" data-nosnippet="true">${cap:,}</span></p></td><td style="text-align:end"><div class="sc-aef7b723-0 sc-5aa1a5f9-0 fnmLFR"><a href="{url}#markets" class="cmc-link"><p class="sc-4984dd93-0 jZrMxO font_weight_500" color="text" font-size="1" data-sensors-click="true">${volume:,}</p></a><div data-nosnippet="true"><p class="sc-4984dd93-0 ihZPK" color="text3" font-size="0" data-sensors-click="true">{round(volume / price):,} {symbol}</p></div></div></td><td style="text-align:end"><div class="sc-aef7b723-0 sc-5df3cf0e-0 ggqvEc"><div class="sc-aef7b723-0 sc-5df3cf0e-1 hZtnXi"><p class="sc-4984dd93-0 WfVLk" color="text" font-size="1" data-sensors-click="true">{supply:,} {symbol}</p></div>{progress}</div></td><td style="text-align:end"><a href="{url}?period=7d" class="cmc-link"><img class="sc-8dd4f2d4-0 gXcSVl {way}" src="https://s3.coinledger.example/generated/sparklines/web/7d/2781/{cid}.svg" alt="{slug(name)}-7d-price-graph" loading="lazy"></a></td><td style="text-align:end"><div class="sc-7a06e01d-0 dCcaaL"><button class="sc-2861d03b-0 ezuZtp" type="button" aria-label="more options"><span class="icon-More-Vertical"></span></button></div></td></tr>"""


def _coin_page(number: int, pages: int, first: int, coins: list[Any]) -> str:
    def href(n: int) -> str:
        return "/" if n == 1 else f"/?page={n}"

    pager = []
    pager.append(
        f'<li class="previous{" disabled" if number == 1 else ""}"><a tabindex="0" role="button" aria-disabled="{"true" if number == 1 else "false"}" aria-label="Previous page"{f" href={chr(34)}{href(number - 1)}{chr(34)}" if number > 1 else ""}><span class="icon-Chevron-left"></span></a></li>'
    )
    for n in range(1, pages + 1):
        pager.append(
            f'<li class="page{" active" if n == number else ""}"><a role="button" tabindex="0" href="{href(n)}" aria-label="Page {n}"{CURRENT if n == number else ""}>{n}</a></li>'
        )
    pager.append(
        f'<li class="next{" disabled" if number == pages else ""}"><a tabindex="0" role="button" aria-disabled="{"true" if number == pages else "false"}" aria-label="Next page"{f" href={chr(34)}{href(number + 1)}{chr(34)}" if number < pages else ""}><span class="icon-Chevron-right"></span></a></li>'
    )
    rows = "".join(_coin_row(first + i + 1, c, i < RENDERED) for i, c in enumerate(coins))
    trending = "".join(
        f'<div class="sc-aef7b723-0 kGkFlD"><span class="sc-4984dd93-0 dkcZFc">{i}</span><a href="/currencies/{slug(n)}/" class="cmc-link"><img src="https://s2.coinledger.example/static/img/coins/64x64/{c}.png" alt="{s} logo"><span class="sc-4984dd93-0 bzsYpP">{n}</span></a><span class="sc-a59753b0-0 ivvJzO"><span class="icon-Caret-up"></span>{p}%</span></div>'
        for i, (c, n, s, p) in enumerate(
            ((20947, "Sui", "SUI", "15.06"), (74, "Dogecoin", "DOGE", "18.44"), (7083, "Uniswap", "UNI", "22.40")), 1
        )
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/><title>Cryptocurrency Prices, Charts And Market Capitalizations | CoinLedger</title><meta name="description" content="Top cryptocurrency prices and charts, listed by market capitalization."/><link rel="canonical" href="https://coinledger.example{href(number)}"/><link rel="preload" href="https://s2.coinledger.example/static/cloud/fonts/inter/Inter-Regular.woff2" as="font" crossorigin="anonymous"/></head><body><div id="__next"><div class="sc-aef7b723-0 sc-7dd9bc8c-0 gHXgXL"><div class="sc-aef7b723-0 sc-7dd9bc8c-1 dxFJxy"><div class="global-header"><div class="sc-aef7b723-0 hhtbbK"><div class="sc-aef7b723-0 sc-f4c56a2d-0 dKiOGa">Cryptos<!-- -->:<!-- --> <a href="/">2.4M</a></div><div class="sc-f4c56a2d-0">Exchanges<!-- -->:<!-- --> <a href="/rankings/exchanges/">782</a></div><div class="sc-f4c56a2d-0">Market Cap<!-- -->:<!-- --> <a href="/charts/">$2.46T</a><span class="sc-a59753b0-0 ivvJzO"><span class="icon-Caret-up"></span>0.87%</span></div><div class="sc-f4c56a2d-0">24h Vol<!-- -->:<!-- --> <a href="/charts/">$86.9B</a></div><div class="sc-f4c56a2d-0">Dominance<!-- -->:<!-- --> <a href="/charts/#dominance-percentage">BTC<!-- -->:<!-- --> 53.7%</a></div></div></div><header class="sc-aef7b723-0 sc-3f34e1d3-0 cZfIhH"><a href="/" class="cmc-logo"><img src="https://s2.coinledger.example/static/cloud/img/coinledger_logo.svg" alt="CoinLedger logo" width="168" height="28"/></a><nav><ul class="sc-3f34e1d3-1 gwRWpr"><li><a href="/">Cryptocurrencies</a></li><li><a href="/rankings/exchanges/">Exchanges</a></li><li><a href="/community/">Community</a></li><li><a href="/nft/">NFT</a></li><li><a href="/academy/">Learn</a></li></ul></nav></header><div class="cmc-body-wrapper"><div class="grid full-width-layout"><div class="sc-aef7b723-0 sc-1ce2bd3c-0 dIzGTm"><h1 class="sc-4984dd93-0 hBRPKg">Today's Cryptocurrency Prices by Market Cap</h1><p class="sc-4984dd93-0 fwYVtY">The global crypto market cap is $2.46T, a <span class="sc-a59753b0-0 ivvJzO"><span class="icon-Caret-up"></span>0.87%</span> increase over the last day.</p></div><div class="sc-aef7b723-0 sc-86de6d8b-0 cSTqAd"><div class="sc-86de6d8b-1 gLqRHv"><div class="sc-86de6d8b-2 jaFBZp"><span class="sc-4984dd93-0">🔥 Trending</span><a href="/trending-cryptocurrencies/">More</a></div>{trending}</div></div><div class="sc-aef7b723-0 sc-ba4fa1c8-0 jlpTDF"><div class="sc-ba4fa1c8-1 jeqrVD"><button type="button" class="sc-2861d03b-0 bsFEiJ">Cryptocurrencies</button><button type="button" class="sc-2861d03b-0">Categories</button><button type="button" class="sc-2861d03b-0">DeFi</button><button type="button" class="sc-2861d03b-0">Memes</button><button type="button" class="sc-2861d03b-0">AI</button></div></div><div class="sc-7b3ac367-2 fwmeFx"><table class="sc-7b3ac367-3 etbcea cmc-table  "><colgroup><col/><col/><col/><col/><col/><col/><col/><col/><col/><col/><col/><col/></colgroup><thead><tr><th class="stickyTop"><div class="sc-aef7b723-0 sc-fe8b7a18-0 lnsUlM"></div></th><th class="stickyTop" style="text-align:start"><div class="sc-aef7b723-0 sc-fe8b7a18-0 lnsUlM"><div class="sc-fe8b7a18-1 fesVAA"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0" data-sensors-click="true">#</p></div><span class="sc-fe8b7a18-3 hTyEtl"><span class="icon-Caret-up"></span></span></div></th><th class="stickyTop" style="text-align:start"><div class="sc-aef7b723-0 sc-fe8b7a18-0 lnsUlM"><div class="sc-fe8b7a18-1 fesVAA"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">Name</p></div></div></th><th class="stickyTop" style="text-align:end"><div class="sc-fe8b7a18-0 lnsUlM"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">Price</p></div></th><th class="stickyTop" style="text-align:end"><div class="sc-fe8b7a18-0 lnsUlM"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">1h %</p></div></th><th class="stickyTop" style="text-align:end"><div class="sc-fe8b7a18-0 lnsUlM"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">24h %</p></div></th><th class="stickyTop" style="text-align:end"><div class="sc-fe8b7a18-0 lnsUlM"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">7d %</p></div></th><th class="stickyTop" style="text-align:end"><div class="sc-fe8b7a18-0 lnsUlM"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">Market Cap</p><span class="sc-4e4ecb4d-0 ggFPgv"><span class="icon-Info" role="img" aria-label="more info"></span></span></div></th><th class="stickyTop" style="text-align:end"><div class="sc-fe8b7a18-0 lnsUlM"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">Volume(24h)</p><span class="icon-Info"></span></div></th><th class="stickyTop" style="text-align:end"><div class="sc-fe8b7a18-0 lnsUlM"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">Circulating Supply</p><span class="icon-Info"></span></div></th><th class="stickyTop" style="text-align:end"><div class="sc-fe8b7a18-0 lnsUlM"><p class="sc-4984dd93-0 iWSjWE" color="text" font-size="0">Last 7 Days</p></div></th><th class="stickyTop"></th></tr></thead><tbody>{rows}</tbody></table></div><div class="sc-aef7b723-0 sc-5bb4c6e5-0 dWMYBr"><p class="sc-4984dd93-0 hvbpDn">Showing {first + 1} - {first + len(coins)} out of {len(COINS)}</p><div class="sc-1af7a9b7-0 hfuFHK"><ul class="pagination">{"".join(pager)}</ul></div><div class="sc-aef7b723-0 sc-5bb4c6e5-1">Show rows<!-- --> <button type="button" class="sc-2861d03b-0">100</button></div></div></div></div><footer class="sc-aef7b723-0 sc-bd9e3d93-0 kZrLRX"><div class="sc-bd9e3d93-1"><div class="sc-bd9e3d93-2"><h6>Products</h6><ul><li><a href="/converter/">Converter</a></li><li><a href="/api/">Crypto API</a></li><li><a href="/widget/">Site Widgets</a></li></ul></div><div class="sc-bd9e3d93-2"><h6>Company</h6><ul><li><a href="/about/">About us</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/privacy/">Privacy Policy</a></li></ul></div></div><p>© 2026 CoinLedger. All rights reserved</p></footer></div></div></div></body></html>"""


@sixth
def build_coinledger() -> None:
    s = Site(
        "coinledger",
        kind="price table (CoinMarketCap-like: signs only in caret classes, lazy skeleton rows)",
        start="",
        description="A CoinMarketCap-like price table: rows of a watchlist star, the rank, a name cell (logo, p.coin-item-name, p.coin-item-symbol), the price, 1h/24h/7d changes '0.23%' whose sign is only a caret class (icon-Caret-up/down) and colour, the market cap twice (short and full), the 24h volume with the coin amount below, the circulating supply 'N SYM' with a progress bar on some, a sparkline image; rows after the eighth are lazy skeletons with only name, symbol and price; a global stats bar, a trending card and ?page=N links.",
    )
    pages = chunks(COINS, [12, 10])
    first = 0
    for number, coins in enumerate(pages, 1):
        text = _coin_page(number, len(pages), first, coins)
        s.list_page("index.html" if number == 1 else f"@page={number}", text)
        for i, (_cid, name, symbol, price, h1, h24, d7, cap, volume, supply) in enumerate(coins):
            full = i < RENDERED
            s.expect(
                {
                    "rank": first + i + 1 if full else None,
                    "name": name,
                    "url": f"/currencies/{slug(name)}/",
                    "symbol": symbol,
                    "price": price,
                    "currency": "USD",
                    "change_1h": h1 if full else None,
                    "change_24h": h24 if full else None,
                    "change_7d": d7 if full else None,
                    "market_cap": cap if full else None,
                    "volume": volume if full else None,
                    "supply": supply if full else None,
                }
            )
        first += len(coins)
    s.finish()


# ---------------------------------------------------------------------------------------------------
# craftnook: an Etsy-like search grid: ol > li > div.v2-listing-card with a listing link carrying
# per-position tracking (?click_key=…&ref=search_grid-…), h3 titles with surrounding whitespace, the
# shop name after a screen-reader "From shop ", "4.9 out of 5 stars" for screen readers beside five
# star SVGs and a hidden input, "(1,234)" reviews, the price as "Sale Price $23.40" for screen readers
# and currency-symbol / currency-value spans, a struck original price and "(10% off)", badges
# (Bestseller, Star Seller, Free shipping); "Ad by Etsy seller" cards with the same classes, a
# related-searches strip, and a pager of ?q=…&ref=pagination&page=N links with screen-reader text.
# ---------------------------------------------------------------------------------------------------

# (listing id, title, shop, price, original price or None, rating or None, reviews or None, badge)
CRAFTS: list[tuple[int, str, str, float, float | None, float | None, int | None, str | None]] = [
    (
        1187465301,
        "Handmade Ceramic Mug, Speckled Stoneware Coffee Cup, 12 oz",
        "ClayAndKilnStudio",
        34.00,
        None,
        4.9,
        2841,
        "Bestseller",
    ),
    (
        1502338817,
        "Personalized Name Mug - Custom Hand Lettered Coffee Mug Gift",
        "LetteredLane",
        23.40,
        26.00,
        4.8,
        15362,
        "Star Seller",
    ),
    (
        998471203,
        "Large Pottery Mug with Handle, Blue Glaze, Wheel Thrown",
        "BlueHeronPottery",
        42.00,
        None,
        5.0,
        611,
        None,
    ),
    (
        1630091244,
        "Mushroom Mug, Cottagecore Ceramic Cup, Hand Painted",
        "FernAndFungi",
        28.50,
        None,
        4.7,
        1094,
        "Bestseller",
    ),
    (
        1310882455,
        "Set of 2 Espresso Cups, Minimalist Matte White Porcelain",
        "NordlyCeramics",
        38.25,
        45.00,
        4.9,
        388,
        None,
    ),
    (1711203389, "Cat Mug, Cute Kitten Coffee Cup, Gift for Cat Lovers", "PurrAndPour", 19.99, None, 4.6, 7420, None),
    (
        1422875166,
        "Rustic Stoneware Tea Mug, Earthy Brown, Dishwasher Safe",
        "HighDesertClay",
        36.00,
        None,
        None,
        None,
        None,
    ),
    (
        1599112033,
        "Custom Photo Mug, Pet Portrait Coffee Mug, Dog Mom Gift",
        "PawPrintPrints",
        17.56,
        21.95,
        4.8,
        23877,
        "Bestseller",
    ),
    (1086447921, "Hand Built Ceramic Mug with Moon Phases", "LunarKilnCo", 48.00, None, 4.9, 233, "Star Seller"),
    (
        1655320094,
        "Funny Teacher Mug, Gift for Teacher Appreciation Week",
        "ChalkboardGifts",
        14.39,
        17.99,
        4.7,
        5532,
        None,
    ),
    (1377002618, "Tall Latte Mug, Ocean Wave Glaze, 16 oz", "SaltAndGlaze", 39.00, None, 5.0, 98, None),
    (1244109937, "Vintage Style Enamel Camp Mug, Speckled Green", "TrailheadGoods", 22.00, None, 4.5, 1270, None),
    (1733450186, "Heart Handle Mug, Pink Ceramic Valentine Cup", "BloomAndBisque", 31.50, 35.00, 4.9, 402, None),
    (
        1119987420,
        "Stoneware Mug Set of 4, Farmhouse Kitchen, Cream Glaze",
        "HearthAndWheel",
        112.00,
        None,
        4.8,
        761,
        "Star Seller",
    ),
    (
        1588876311,
        "Frog Mug, Ceramic Frog in a Cup, Handmade Gift",
        "PondLifePottery",
        44.00,
        None,
        4.9,
        3390,
        "Bestseller",
    ),
    (1460035572, "Large Soup Mug with Lid, Speckled Oatmeal", "ClayAndKilnStudio", 52.00, None, 4.9, 2841, None),
    (1699342007, "Zodiac Constellation Mug, Birthday Gift, Gold Rim", "StarlitPrintCo", 20.80, 26.00, 4.7, 11204, None),
    (1398221764, "Japanese Yunomi Tea Cup, Tenmoku Glaze", "KyotoHillsKiln", 29.00, None, None, None, None),
    (
        1512290881,
        "Travel Mug, Insulated Tumbler with Handle, Engraved",
        "EngravedEverAfter",
        27.96,
        34.95,
        4.8,
        18990,
        "Bestseller",
    ),
    (1275560349, "Textured Ceramic Mug, Wabi Sabi Black Clay", "AshAndEmberStudio", 46.00, None, 5.0, 155, None),
    (1641178820, "Dinosaur Mug for Kids, Dino Name Cup", "LittleRoarGifts", 16.00, None, 4.6, 2107, None),
    (1358894406, "Double Walled Glass Coffee Mug, Set of 2", "ClearMorningCo", 24.65, 29.00, 4.4, 866, None),
    (
        1587765540,
        "Pottery Mug with Sgraffito Leaves, Made to Order",
        "WillowWheelCeramics",
        58.00,
        None,
        4.9,
        47,
        "Star Seller",
    ),
    (1709945112, "Best Dad Ever Mug, Father's Day Gift", "LetteredLane", 18.00, 22.50, 4.8, 15362, None),
    (1301004563, "Handmade Ceramic Cappuccino Cup and Saucer", "NordlyCeramics", 41.00, None, 4.9, 388, None),
    (1674432208, "Cloud Mug, Sky Blue Ceramic Cup with Clouds", "SoftSkyStudio", 33.00, None, 4.8, 940, None),
]
CRAFT_ADS = [
    (
        1555000101,
        "Custom Family Portrait Mug, Illustrated From Your Photo",
        "DrawnTogetherCo",
        25.60,
        32.00,
        4.9,
        30442,
    ),
    (1555000102, "Handmade Pottery Mug, Choose Your Glaze", "MudAndFireShop", 36.00, None, 4.9, 1880),
    (1555000103, "Retro 70s Mushroom Glass Cup, Iced Coffee Glass", "GroovyGlassware", 15.19, 18.99, 4.7, 6201),
    (1555000104, "Personalized Bridesmaid Mug, Proposal Gift Box", "BridalBoxCo", 21.00, None, 4.8, 9012),
    (1555000105, "Ceramic Planter Mug Hybrid, Gift for Plant Lovers", "GreenThumbClay", 30.00, None, 4.6, 540),
    (1555000106, "Large Coffee Mug, Gift for Him, Wood Handle", "OakAndMugCo", 29.99, None, 4.7, 2231),
]


def _craft_url(lid: int, title: str) -> str:
    return f"/listing/{lid}/{slug(title)[:60].rstrip('-')}"


def _stars_svg(count: int = 5) -> str:
    return "".join(
        '<span class="wt-icon wt-nudge-b-1 wt-icon--smaller-xs" data-rating=""><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M20.83,9.15l-6-.52L12.46,3.08h-.92L9.18,8.63l-6,.52L2.89,10l4.55,4L6.08,19.85l.75.55L12,17.3l5.17,3.1.75-.55L16.56,14l4.55-4Z"></path></svg></span>'
        for _ in range(count)
    )


def _craft_card(position: int, item: tuple[Any, ...], ad: bool) -> str:
    lid, title, shop, price, was, rating, reviews = item[:7]
    badge = None if ad else item[7]
    ref = (
        f"sc_gallery-1-{position}&amp;pro=1&amp;frs=1&amp;sts=1&amp;plkey=a1b{lid % 9973:x}"
        if ad
        else f"search_grid-{position * 37 % 900 + 100}-1-{position}&amp;sts=1"
    )
    href = f"https://www.craftnook.example{_craft_url(lid, title)}?click_key={lid * 31 % 10**12:x}&amp;click_sum={lid % 65521:x}&amp;ref={ref}"
    rating_html = (
        f'<div class="wt-display-flex-xs wt-align-items-center shop-name-with-rating"><span class="wt-display-inline-block" ><span class="wt-screen-reader-only">{rating} out of 5 stars</span><div class="wt-display-inline-block wt-pr-xs-1 stars-svg-star">{_stars_svg()}</div><input type="hidden" name="initial-rating" value="{rating}" /><input type="hidden" name="rating" value="{rating}" /></span><span class="wt-text-body-smaller wt-text-black wt-display-inline-block" ><span aria-hidden="true">({_thousands(reviews)})</span><span class="wt-screen-reader-only">{_thousands(reviews)} reviews</span></span></div>'
        if rating is not None
        else ""
    )
    label = "Sale Price" if was else "Price"
    struck = (
        f'<p class="wt-text-caption search-collage-promotion-price wt-text-slime wt-text-truncate wt-no-wrap"><span class="wt-text-strikethrough " aria-hidden="true"><span class="currency-symbol">$</span><span class="currency-value">{was:.2f}</span></span><span class="wt-screen-reader-only">Original Price ${was:.2f}</span>\n<span>\n({round((1 - price / was) * 100)}% off)\n</span></p>'
        if was
        else ""
    )
    badges = ""
    if badge == "Bestseller":
        badges = '<div class="wt-display-inline-flex-xs wt-align-items-center wt-mt-xs-1"><span class="wt-badge wt-badge--small wt-badge--sale-01">Bestseller</span></div>'
    elif badge == "Star Seller":
        badges = '<div class="wt-display-inline-flex-xs wt-align-items-center wt-mt-xs-1"><span class="wt-display-inline-flex-xs wt-align-items-center"><span class="wt-icon wt-icon--smaller-xs wt-fill-purple"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2l3 7h7l-6 4 2 7-6-4-6 4 2-7-6-4h7z"></path></svg></span><p class="wt-text-caption wt-text-purple wt-ml-xs-1">Star Seller</p></span></div>'
    shipping = (
        '<div class="wt-mt-xs-1"><span class="wt-badge wt-badge--small wt-badge--status-02">Free shipping</span></div>'
        if price >= 35
        else ""
    )
    shop_line = (
        f'<p class="wt-text-caption wt-text-truncate wt-text-grey wt-mb-xs-1 streamline-spacing-shop-name">Ad by {shop}</p>'
        if ad
        else f'<p class="wt-text-caption wt-text-truncate wt-text-grey wt-mb-xs-1 streamline-spacing-shop-name"><span class="wt-screen-reader-only">From shop </span>{shop}</p>'
    )
    return f"""
<li class="wt-list-unstyled wt-grid__item-xs-6 wt-grid__item-md-4 wt-grid__item-lg-3 wt-order-xs-0 wt-show-xs wt-show-md wt-show-lg">
<div class="js-merch-stash-check-listing v2-listing-card wt-position-relative wt-grid__item-xs-12 placeholder-listing-card listing-card-experimental-style" data-listing-id="{lid}" data-shop-id="{sum(map(ord, shop)) * 991}" data-appears-component-name="{"search_ads" if ad else "search2_organic_listings_group"}" data-logger-id="{position}">
<a class="listing-link wt-display-inline-block wt-transparent-card" data-listing-id="{lid}" href="{href}" target="craftnook.{lid}" title="{esc(title)}" data-palette-listing-image>
<div class="v2-listing-card__img wt-position-relative"><div class="wt-height-full placeholder"><img data-listing-card-listing-image src="https://i.craftnookstatic.example/{lid % 40000}/r/il/{lid:x}/il_340x270.{lid % 99991}.jpg" srcset="https://i.craftnookstatic.example/{lid % 40000}/r/il/{lid:x}/il_340x270.{lid % 99991}.jpg 340w, https://i.craftnookstatic.example/{lid % 40000}/r/il/{lid:x}/il_680x540.{lid % 99991}.jpg 680w" sizes="(max-width: 479px) 50vw, 25vw" alt="{esc(title)}" class="wt-width-full wt-height-full wt-display-block wt-position-absolute" /></div>
<div class="favorite-listing-button-wrapper wt-position-absolute wt-position-right wt-position-top"><button class="favorite-listing-button wt-btn wt-btn--light wt-btn--small wt-btn--icon" type="button" aria-pressed="false"><span class="wt-screen-reader-only">Add to Favorites</span><span class="etsy-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12,21C10.349,21,2,14.688,2,9,2,5.579,4.364,3,7.5,3A6.912,6.912,0,0,1,12,5.051,6.953,6.953,0,0,1,16.5,3C19.636,3,22,5.579,22,9,22,14.688,13.651,21,12,21Z"></path></svg></span></button></div></div>
<div class="wt-pt-xs-1 wt-pb-xs-1 wt-pr-xs-1 wt-pl-xs-1 v2-listing-card__info">
<div class="wt-mb-xs-1"><h3 class="wt-text-caption v2-listing-card__title wt-text-truncate" id="listing-title-{lid}">
                {esc(title)}
            </h3></div>
{shop_line}
{rating_html}
<div class="n-listing-card__price wt-display-block wt-text-title-01 lc-price"><p class="wt-text-title-01 lc-price "><span class="wt-screen-reader-only">{label} ${price:.2f}</span><span aria-hidden="true"><span class="currency-symbol">$</span><span class="currency-value">{price:.2f}</span></span></p>{struck}</div>
{badges}{shipping}
</div></a></div></li>"""


def _craft_page(number: int, pages: int, items: list[Any], ads: list[Any], first: int) -> str:
    def href(n: int) -> str:
        return f"https://www.craftnook.example/search?q=ceramic+mug&amp;ref=pagination&amp;page={n}"

    icon_l = '<span class="etsy-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M16,21a0.994,0.994,0,0,1-.664-0.253L5.5,12l9.841-8.747a1,1,0,0,1,1.328,1.494L8.5,12l8.159,7.253A1,1,0,0,1,16,21Z"></path></svg></span>'
    icon_r = '<span class="etsy-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8,21a1,1,0,0,1-.664-1.747L15.5,12,7.336,4.747A1,1,0,0,1,8.664,3.253L18.5,12,8.664,20.747A0.994,0.994,0,0,1,8,21Z"></path></svg></span>'
    links = [
        f'<div class="wt-action-group__item-container"><a class="wt-btn wt-btn--small wt-action-group__item wt-btn--icon{" wt-is-disabled" if number == 1 else ""}" href="{href(max(number - 1, 0))}" {"tabindex=" + chr(34) + "-1" + chr(34) + " aria-disabled=" + chr(34) + "true" + chr(34) if number == 1 else ""} data-page="{number - 1}">{icon_l}<span class="wt-screen-reader-only">Previous page</span></a></div>'
    ]
    for n in range(1, pages + 1):
        if n == number:
            links.append(
                f'<div class="wt-action-group__item-container"><a class="wt-action-group__item wt-btn wt-btn--small wt-is-selected" aria-current="true" href="{href(n)}" data-page="{n}"><span class="wt-screen-reader-only">Current page</span><span>{n}</span></a></div>'
            )
        else:
            links.append(
                f'<div class="wt-action-group__item-container"><a class="wt-action-group__item wt-btn wt-btn--small" href="{href(n)}" data-page="{n}"><span class="wt-screen-reader-only">Page</span>{n}</a></div>'
            )
    links.append(
        f'<div class="wt-action-group__item-container"><a class="wt-btn wt-btn--small wt-action-group__item wt-btn--icon{" wt-is-disabled" if number == pages else ""}" href="{href(number + 1)}" data-page="{number + 1}">{icon_r}<span class="wt-screen-reader-only">Next page</span></a></div>'
    )
    cards = [_craft_card(first + i + 1, a, ad=True) for i, a in enumerate(ads[:2])]
    cards += [_craft_card(first + i + 3, c, ad=False) for i, c in enumerate(items[:6])]
    cards += [_craft_card(first + 9, ads[2], ad=True)]
    cards += [_craft_card(first + i + 10, c, ad=False) for i, c in enumerate(items[6:])]
    related = "".join(
        f'<li class="wt-mr-xs-1 wt-mb-xs-1"><a class="wt-btn wt-btn--small wt-btn--secondary" href="https://www.craftnook.example/search?q={q.replace(" ", "+")}&amp;ref=related-{i}">{q}</a></li>'
        for i, q in enumerate(
            ("handmade mug", "pottery mug", "personalized mug", "coffee mug", "ceramic cup", "mug gift"), 1
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en-US" class="no-js en-US USD US" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta charset="utf-8" />
<title>Ceramic Mug - Craftnook</title>
<meta name="description" content="Check out our ceramic mug selection for the very best in unique or custom, handmade pieces from our mugs shops." />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="https://www.craftnookstatic.example/ac/sasquatch/css/search/search.2e9a3f.css" type="text/css" />
<script type="text/javascript">window.Etsy = window.Etsy || {{}}; Etsy.Context = {{"locale":"en-US","currency":"USD","page":"search"}};</script>
</head>
<body class="is-responsive no-touch en-US USD US search ui-toolkit" data-language="en-US" data-currency="USD">
<div id="gnav-header" class="wt-position-relative"><header id="gnav-header-inner" class="wt-pl-xs-2 wt-pr-xs-2"><div class="wt-display-flex-xs wt-align-items-center"><a href="https://www.craftnook.example/" class="wt-mr-xs-2" aria-label="Craftnook"><span class="wt-screen-reader-only">Craftnook</span></a><form id="gnav-search" class="global-nav-search wt-flex-xs-auto" action="https://www.craftnook.example/search" method="GET" role="search"><input id="global-enhancements-search-query" name="q" type="text" value="ceramic mug" placeholder="Search for anything" class="wt-input"><button class="wt-input-btn-group__btn" type="submit" value="Search"><span class="wt-screen-reader-only">Search</span></button></form><nav><ul class="wt-list-unstyled wt-display-flex-xs"><li><a href="https://www.craftnook.example/signin" class="wt-btn wt-btn--transparent">Sign in</a></li><li><a href="https://www.craftnook.example/cart" class="wt-btn wt-btn--transparent"><span class="wt-screen-reader-only">Cart</span></a></li></ul></nav></div><div class="wt-display-flex-xs"><ul class="wt-list-unstyled wt-display-flex-xs top-nav-cat-links"><li><a class="wt-btn wt-btn--transparent" href="https://www.craftnook.example/c/jewelry-and-accessories">Jewelry &amp; Accessories</a></li><li><a class="wt-btn wt-btn--transparent" href="https://www.craftnook.example/c/clothing-and-shoes">Clothing &amp; Shoes</a></li><li><a class="wt-btn wt-btn--transparent" href="https://www.craftnook.example/c/home-and-living">Home &amp; Living</a></li><li><a class="wt-btn wt-btn--transparent" href="https://www.craftnook.example/c/wedding-and-party">Wedding &amp; Party</a></li><li><a class="wt-btn wt-btn--transparent" href="https://www.craftnook.example/c/toys-and-entertainment">Toys &amp; Entertainment</a></li><li><a class="wt-btn wt-btn--transparent" href="https://www.craftnook.example/c/art-and-collectibles">Art &amp; Collectibles</a></li></ul></div></header></div>
<div id="content" class="wt-mt-xs-2"><div class="wt-pl-xs-2 wt-pr-xs-2">
<div class="search-listings-group"><div class="wt-display-flex-xs wt-justify-content-space-between wt-align-items-center"><span class="wt-text-caption wt-text-grey">{(12 + first) * 1000 + 384:,} results, with Ads<span class="wt-popover" data-wt-popover><button class="wt-popover__trigger wt-btn--transparent" type="button">?</button><span role="tooltip" class="wt-popover__body">Sellers looking to grow their business and reach more interested buyers can use Craftnook's advertising platform to promote their items.</span></span></span><div class="wt-menu wt-menu--right"><button class="wt-menu__trigger wt-btn wt-btn--small" type="button">Sort by: <span>Relevancy</span></button></div></div>
<ul class="wt-action-group wt-list-inline wt-mb-xs-2 search-filter-chips"><li><button class="wt-action-group__item wt-btn wt-btn--small">All Filters</button></li><li><button class="wt-action-group__item wt-btn wt-btn--small">Free shipping</button></li><li><button class="wt-action-group__item wt-btn wt-btn--small">On sale</button></li><li><button class="wt-action-group__item wt-btn wt-btn--small">Star Seller</button></li></ul>
<div data-search-results-lg="" class="wt-bg-white wt-grid__item-md-12 wt-pl-xs-1 wt-pr-xs-0 wt-pr-md-1 wt-pl-lg-0 wt-pr-lg-0 wt-bb-xs-1"><ol class="wt-grid wt-grid--block wt-pl-xs-0 tab-reorder-container" data-results-grid-container>{"".join(cards)}
</ol></div></div>
<div class="wt-mt-xs-5 wt-mb-xs-5"><h2 class="wt-text-title-01 wt-mb-xs-2">Related searches</h2><ul class="wt-list-inline">{related}</ul></div>
<nav aria-label="Pagination of listings" class="search-pagination wt-text-center wt-mt-xs-4"><div class="wt-show-lg wt-hide-xs"><div class="wt-action-group wt-list-inline wt-flex-no-wrap wt-show-lg wt-hide-xs">{"".join(links)}</div></div></nav>
</div></div>
<footer id="footer" class="wt-mt-xs-6"><div class="wt-grid"><div class="wt-grid__item-md-3"><h2 class="wt-text-title-01">Shop</h2><ul class="wt-list-unstyled"><li><a href="https://www.craftnook.example/giftcards">Gift cards</a></li><li><a href="https://www.craftnook.example/registry">Craftnook Registry</a></li><li><a href="https://www.craftnook.example/sitemap">Sitemap</a></li></ul></div><div class="wt-grid__item-md-3"><h2 class="wt-text-title-01">Sell</h2><ul class="wt-list-unstyled"><li><a href="https://www.craftnook.example/sell">Sell on Craftnook</a></li><li><a href="https://www.craftnook.example/teams">Teams</a></li><li><a href="https://community.craftnook.example/">Forums</a></li></ul></div><div class="wt-grid__item-md-3"><h2 class="wt-text-title-01">About</h2><ul class="wt-list-unstyled"><li><a href="https://www.craftnook.example/about">Craftnook, Inc.</a></li><li><a href="https://www.craftnook.example/legal/policy">Policies</a></li><li><a href="https://www.craftnook.example/careers">Careers</a></li></ul></div></div><p class="wt-text-caption">© 2026 Craftnook, Inc.</p></footer>
</body>
</html>"""


@sixth
def build_craftnook() -> None:
    s = Site(
        "craftnook",
        kind="handmade marketplace search (Etsy-like: screen-reader prices, '(1,234)' reviews, ads in the grid)",
        start="search?q=ceramic+mug",
        description="An Etsy-like search grid: li > div.v2-listing-card with tracking links, h3 titles padded with whitespace, 'From shop' + shop name, '4.9 out of 5 stars' for screen readers beside star SVGs and hidden inputs, '(1,234)' reviews (missing on new shops), 'Sale Price $23.40' for screen readers and currency-symbol/currency-value spans, struck original prices with '(10% off)', Bestseller / Star Seller / Free shipping badges; 'Ad by …' cards with the same classes, related searches and a ?q=…&ref=pagination&page=N pager.",
    )
    pages = chunks(CRAFTS, [11, 11, 4])
    first = 0
    for number, items in enumerate(pages, 1):
        text = _craft_page(number, len(pages), items, CRAFT_ADS[(number - 1) * 2 :] + CRAFT_ADS, first)
        # The marketplace links its own pages absolutely; the local copy serves them at the root.
        text = text.replace("https://www.craftnook.example/", "/")
        s.list_page(f"search@q=ceramic+mug&ref=pagination&page={number}", text)
        if number == 1:
            s.write("search@q=ceramic+mug", text)
        first += len(items) + 3
    for lid, title, shop, price, was, rating, reviews, _badge in CRAFTS:
        s.expect(
            {
                "title": title,
                "url": _craft_url(lid, title),
                "shop": shop,
                "price": price,
                "currency": "USD",
                "original_price": was,
                "rating": rating,
                "review_count": reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# chartline: a Billboard-like weekly chart: div.o-chart-results-list-row-container > ul.o-chart-
# results-list-row of li cells with long utility classes: the rank in a span.c-label, a "NEW" /
# "RE- ENTRY" badge or movement arrow, a lazy cover image, h3#title-of-a-story (the same id on every
# row) and the artist in a span.c-label, then three unlabelled numbers (last week "-" for new
# entries, peak, weeks on chart) and a mobile-only copy of the same three with "LW" / "PEAK" / "WKS"
# labels; every value padded with tabs and newlines; no record links; an ad between rows, a chart
# header with the week, and one page: the chart has no pagination (a week picker, not pages).
# ---------------------------------------------------------------------------------------------------

# (title, artist, last week or None (new/re-entry), peak, weeks, re-entry)
SONGS: list[tuple[str, str, int | None, int, int, bool]] = [
    ("Die With A Smile", "Lady Gaga & Bruno Mars", 1, 1, 29, False),
    ("APT.", "ROSE & Bruno Mars", 3, 2, 19, False),
    ("Luther", "Kendrick Lamar & SZA", 2, 1, 14, False),
    ("Birds Of A Feather", "Billie Eilish", 4, 1, 43, False),
    ("Lose Control", "Teddy Swims", 5, 1, 76, False),
    ("Ordinary", "Alex Warren", None, 6, 1, False),
    ("Pink Pony Club", "Chappell Roan", 8, 4, 22, False),
    ("Timeless", "The Weeknd & Playboi Carti", 6, 3, 17, False),
    ("A Bar Song (Tipsy)", "Shaboozey", 7, 1, 47, False),
    ("Espresso", "Sabrina Carpenter", 12, 3, 48, False),
    ("Nokia", "Drake", 9, 2, 6, False),
    ("Squabble Up", "Kendrick Lamar", 10, 1, 14, False),
    ("I'm The Problem", "Morgan Wallen", None, 12, 1, False),
    ("Sailor Song", "Gigi Perez", 11, 8, 20, False),
    ("Anxiety", "Doechii", 15, 10, 7, False),
    ("Good News", "Shaboozey", 13, 9, 18, False),
    ("Beautiful Things", "Benson Boone", 14, 2, 59, False),
    ("Taste", "Sabrina Carpenter", 16, 2, 36, False),
    ("Love Somebody", "Morgan Wallen", 17, 1, 22, False),
    ("All The Stars", "Kendrick Lamar & SZA", None, 7, 21, True),
    ("Tv Off", "Kendrick Lamar Featuring Lefty Gunplay", 18, 2, 14, False),
    ("Messy", "Lola Young", 21, 18, 11, False),
    ("Just Keep Watching", "Tate McRae", 20, 19, 3, False),
    ("Evil J0rdan", "Playboi Carti", 19, 3, 2, False),
    ("Whim Whamiee", "Pluto & YK Niece", 26, 21, 9, False),
    ("Back To Friends", "sombr", 24, 22, 6, False),
    ("Sports Car", "Tate McRae", 23, 20, 7, False),
    ("Stargazing", "Myles Smith", 29, 27, 4, False),
    ("What I Want", "Morgan Wallen Featuring Tate McRae", None, 1, 5, True),
    ("Manchild", "Sabrina Carpenter", None, 30, 1, False),
]
UTIL = "lrv-u-flex lrv-u-flex-shrink-0 lrv-u-align-items-center lrv-u-justify-content-center lrv-u-border-b-1 u-border-b-0@mobile-max lrv-u-border-color-grey-light"


def _cell(value: str, extra: str) -> str:
    return f"""
\t\t\t<li class="o-chart-results-list__item // a-chart-color u-width-72 u-width-55@mobile-max u-width-55@tablet-only {UTIL} {extra}">
\t\t\t\t<span class="c-label  a-font-primary-m lrv-u-padding-tb-050@mobile-max" >
\t{value}\t</span>
\t\t\t</li>"""


def _song_row(rank: int, song: tuple[str, str, int | None, int, int, bool]) -> str:
    title, artist, last, peak, weeks, reentry = song
    if last is None:
        badge = f'<span class="c-label  a-font-primary-bold-xxs lrv-u-color-black u-background-color-yellow lrv-u-padding-lr-050 lrv-u-padding-tb-025">{"RE- ENTRY" if reentry else "NEW"}</span>'
    else:
        move = "up" if last > rank else "down" if last < rank else "steady"
        badge = f'<span class="c-label  a-font-primary-bold-xxs"><img src="https://www.chartline.example/wp-content/themes/vip/pmc-chartline-2021/assets/app/icons/icon-chart-arrow-{move}.svg" alt="" class="lrv-u-display-block"></span>'
    shown_last = "-" if last is None else str(last)
    mobile = "".join(
        f'<li class="o-chart-results-list__item // lrv-u-flex lrv-u-flex-direction-column lrv-u-align-items-center u-hidden@tablet"><span class="c-label  a-font-primary-bold-xxs u-font-size-10 lrv-u-color-grey-medium-dark">{label}</span><span class="c-label  a-font-primary-bold-xs">{value}</span></li>'
        for label, value in (("LW", shown_last), ("PEAK", str(peak)), ("WKS", str(weeks)))
    )
    image = f"https://charts-static.chartline.example/img/2026/03/{slug(artist)[:20]}-{rank:03d}-180x180.jpg"
    return f"""
<div class="o-chart-results-list-row-container">
\t<ul class="o-chart-results-list-row // lrv-a-unstyle-list lrv-u-flex u-height-97 lrv-u-align-items-center lrv-u-border-b-1 u-border-b-0@mobile-max lrv-u-border-color-grey-light lrv-u-padding-l-050 lrv-u-padding-l-1@mobile-max" data-detail-target="{rank}">
\t\t<li class="o-chart-results-list__item // lrv-u-background-color-black lrv-u-color-white u-width-100 u-width-55@mobile-max u-width-55@tablet-only lrv-u-height-100p lrv-u-flex lrv-u-flex-direction-column@mobile-max lrv-u-flex-shrink-0 lrv-u-align-items-center lrv-u-justify-content-center lrv-u-border-b-1 u-border-b-0@mobile-max lrv-u-border-color-grey">
\t\t\t<span class="c-label  a-font-primary-bold-l u-font-size-32@tablet u-letter-spacing-0080@tablet" >
\t{rank}\t</span>
\t\t</li>
\t\t<li class="o-chart-results-list__item // a-chart-color u-width-72 u-width-55@mobile-max u-width-55@tablet-only {UTIL} lrv-u-background-color-grey-lightest">
\t\t\t{badge}
\t\t</li>
\t\t<li class="lrv-u-width-100p">
\t\t\t<ul class="lrv-a-unstyle-list lrv-u-flex lrv-u-height-100p lrv-u-flex-direction-column@mobile-max">
\t\t\t<li class="o-chart-results-list__item // u-width-50 u-width-40@mobile-max lrv-u-flex-shrink-0 lrv-u-padding-lr-050 u-padding-tb-050@mobile-max">
\t\t\t\t<div class="c-lazy-image a-crop-67x100@mobile-max lrv-u-background-color-grey-lightest lrv-u-width-100p lrv-u-display-block lrv-u-height-auto"><div class="lrv-a-crop-1x1 a-crop-67x100@mobile-max"><img class="c-lazy-image__img lrv-u-background-color-grey-lightest lrv-u-width-100p lrv-u-display-block lrv-u-height-auto" src="https://www.chartline.example/wp-content/themes/vip/pmc-chartline-2021/assets/public/lazyload-fallback.gif" data-lazy-src="{image}" alt="{esc(artist)}" height="180" width="180" /></div></div>
\t\t\t</li>
\t\t\t<li class="o-chart-results-list__item // lrv-u-flex-grow-1 lrv-u-flex lrv-u-flex-direction-column lrv-u-justify-content-center lrv-u-border-b-1 u-border-b-0@mobile-max lrv-u-border-color-grey-light  lrv-u-padding-l-050 lrv-u-padding-l-1@mobile-max">
\t\t\t\t<h3 id="title-of-a-story" class="c-title  a-no-trucate a-font-primary-bold-s u-letter-spacing-0021 lrv-u-font-size-18@tablet lrv-u-font-size-16 u-line-height-125 u-line-height-normal@mobile-max a-truncate-ellipsis u-max-width-330 u-max-width-230@tablet-only" >
\t\t\t\t\t\t
\t{esc(title)}\t\t</h3>
\t\t\t\t<span class="c-label  a-no-trucate a-font-primary-s lrv-u-font-size-14@mobile-max u-line-height-normal@mobile-max u-letter-spacing-0021 lrv-u-display-block a-truncate-ellipsis-2line u-max-width-330 u-max-width-230@tablet-only" >
\t{esc(artist)}\t</span>
\t\t\t\t<ul class="lrv-a-unstyle-list lrv-u-flex u-hidden@tablet lrv-u-justify-content-space-between lrv-u-margin-t-050">{mobile}</ul>
\t\t\t</li>
{_cell(shown_last, "u-hidden@mobile-max")}{_cell(str(peak), "u-hidden@mobile-max")}{_cell(str(weeks), "u-hidden@mobile-max")}
\t\t\t<li class="o-chart-results-list__item // u-width-90 lrv-u-flex-shrink-0 lrv-u-justify-content-center u-hidden@mobile-max"><button class="c-button lrv-a-unstyle-button" type="button" aria-label="Expand chart history"><span class="lrv-a-icon"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7 10l5 5 5-5z"></path></svg></span></button></li>
\t\t\t</ul>
\t\t</li>
\t</ul>
\t<div class="o-chart-results-list__item-detail lrv-u-display-none" data-detail-target-id="{rank}"></div>
</div>"""


def _chart_page() -> str:
    rows = []
    for rank, song in enumerate(SONGS, 1):
        rows.append(_song_row(rank, song))
        if rank == 10:
            rows.append(
                '\n<div class="a-ad-container lrv-u-margin-tb-1"><div class="pmc-adm-goog-pub-ad" id="adm-inline-chart-1" data-ad-slot="/1234567/chartline/charts/inline1"><span class="lrv-u-font-size-10 lrv-u-color-grey">Advertisement</span></div></div>'
            )
    return f"""<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chartline Hot 30 – Chartline</title>
<meta name="description" content="The week's most popular songs across all genres, ranked by radio airplay audience impressions, sales data and streaming activity.">
<link rel="canonical" href="https://www.chartline.example/charts/hot-30/">
<link rel="stylesheet" id="pmc-core-css" href="https://www.chartline.example/wp-content/themes/vip/pmc-chartline-2021/assets/build/css/charts.css?ver=1.0" media="all">
</head>
<body class="page-template page-template-page-chart lrv-u-background-color-white">
<header class="lrv-a-wrapper lrv-u-flex lrv-u-align-items-center"><a href="/" class="c-logo"><img src="https://www.chartline.example/wp-content/themes/vip/pmc-chartline-2021/assets/app/icons/logo.svg" alt="Chartline"></a><nav class="o-nav"><ul class="o-nav__list lrv-a-unstyle-list lrv-u-flex"><li class="o-nav__list-item"><a class="c-link" href="/charts/">Charts</a></li><li class="o-nav__list-item"><a class="c-link" href="/music/">Music</a></li><li class="o-nav__list-item"><a class="c-link" href="/culture/">Culture</a></li><li class="o-nav__list-item"><a class="c-link" href="/media/">Media</a></li><li class="o-nav__list-item"><a class="c-link" href="/business/">Business</a></li></ul></nav></header>
<main id="main-wrapper"><div class="chart-results">
<div class="lrv-a-wrapper"><div class="chart-detail-header lrv-u-padding-t-2"><h1 id="section-heading" class="c-heading  a-font-primary-bold-xl">Chartline Hot 30™</h1><p class="c-tagline  a-font-primary-medium-xs u-font-size-11@mobile-max">Week of March 14, 2026</p><div class="lrv-u-flex"><a class="c-link lrv-u-margin-r-1" href="/charts/hot-30/2026-03-07/">‹ Previous Week</a><button class="c-button" type="button">Date Picker</button><a class="c-link lrv-u-margin-l-1" href="/charts/hot-30/2026-03-21/">Next Week ›</a></div><p class="c-tagline a-font-primary-s">The week's most popular songs across all genres, ranked by radio airplay audience impressions, sales data and streaming activity.</p></div></div>
<div class="chart-results-list // lrv-u-padding-t-150 lrv-u-padding-t-050@mobile-max">
<div class="o-chart-results-list-header // lrv-u-flex u-hidden@mobile-max"><span class="c-label u-width-100">This Week</span><span class="c-label u-width-72">Award</span><span class="c-label lrv-u-flex-grow-1"></span><span class="c-label u-width-72">Last Week</span><span class="c-label u-width-72">Peak Pos.</span><span class="c-label u-width-72">Wks on Chart</span></div>
{"".join(rows)}
</div></div>
<aside class="lrv-a-wrapper"><h2 class="c-heading">More Charts</h2><ul class="lrv-a-unstyle-list lrv-u-flex"><li><a class="c-link" href="/charts/chartline-200/">Chartline 200</a></li><li><a class="c-link" href="/charts/artist-100/">Artist 100</a></li><li><a class="c-link" href="/charts/global-200/">Global 200</a></li><li><a class="c-link" href="/charts/streaming-songs/">Streaming Songs</a></li></ul></aside>
</main>
<footer class="lrv-a-wrapper"><ul class="lrv-a-unstyle-list"><li><a href="/about/">About Us</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/terms-of-use/">Terms of Use</a></li></ul><p>© 2026 Chartline Media, LLC. All Rights Reserved.</p></footer>
</body>
</html>"""


@sixth
def build_chartline() -> None:
    s = Site(
        "chartline",
        kind="weekly music chart (Billboard-like: unlabelled number columns, no record links)",
        start="charts/hot-30/",
        description="A Billboard-like weekly chart: ul.o-chart-results-list-row rows of li cells with long utility classes: the rank, a NEW / RE- ENTRY badge or movement arrow, a lazy cover, h3#title-of-a-story (the same id on every row), the artist, three unlabelled numbers (last week, '-' for new entries, peak, weeks) and a mobile-only labelled copy of them (LW / PEAK / WKS); values padded with tabs and newlines; no record links; an ad between rows; one page (a week picker, no pagination).",
    )
    s.list_page("charts/hot-30/index.html", _chart_page())
    for rank, (title, artist, last, peak, weeks, _reentry) in enumerate(SONGS, 1):
        s.expect({"rank": rank, "title": title, "artist": artist, "last_week": last, "peak": peak, "weeks": weeks})
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SIXTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind']:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
