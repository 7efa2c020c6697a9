"""Fifteenth wave, part C: three detail pages of well-known site families, written and measured before
any heuristic was changed for them (a Q&A question, a handmade-marketplace listing and a job ad).

* **askstack** — a Stack Overflow question page (``/questions/75731234/…``, 2024–25 Stacks markup):
  the top bar, the left nav, ``div#question-header`` with the ``h1`` title link and "Ask Question",
  the "Asked 2 years, 3 months ago" / "Modified 4 months ago" / "Viewed 12k times" line (``time``
  with ``datetime``, the exact view count in a ``title`` attribute), the question post (vote cell
  ``div.js-vote-count[data-value]``, bookmark / timeline buttons, ``div.s-prose.js-post-body`` with
  paragraphs and code, ``a.post-tag`` tags, Share / Edit / Follow, the editor's card "edited …" and the
  asker's card "asked Mar 14, 2023 at 9:12" with name, ``span.reputation-score`` "12.3k" whose title
  holds the exact score, badge counts), comments, "3 Answers" with a sort select, three answers (each
  with its own vote count, body and user cards, one accepted with a check mark), "Your Answer", a
  sidebar (The Overflow Blog, Linked, Related, Hot Network Questions) and a partial QAPage JSON-LD
  (name, answerCount, no dates). Written down: title, votes, asked, modified, views, tags, author,
  reputation, answers, body (the whole question post, code included).
* **makersmarket** — an Etsy listing page (``/listing/1587342210/…``, 2024–25 ``wt-`` Web Toolkit
  classes, ``data-buy-box-region`` / ``data-selector`` hooks): the header and category nav, a gallery,
  the buy box ("Bestseller" badge, "Only 3 left and in 8 baskets", price "£24.00" with a screen-reader
  "Price:" and a struck "Original Price £30.00", "20% off", "Sale ends in 6 hours"), the h1 title, the
  shop name link with its star rating "4.9" and "(1,234)" (an ``input[name=rating]`` and sr text),
  variation selects (Size, Colour) whose options carry prices, personalisation, "Add to basket",
  "Item details" ("Handmade", "Materials: Sterling silver", "Width: 10 millimetres"), the description,
  "Delivery and return policies" ("Dispatches from: United Kingdom", "Arrives by 14-18 Mar"), reviews
  by other people with their own stars and dates, "You may also like" cards with prices and a
  Product JSON-LD with offers but no aggregateRating. Written down: title, price, currency,
  original_price, discount, shop, rating, review_count, badge, availability, materials,
  dispatches_from, sizes.
* **jobposting** — an Indeed job detail page (``/viewjob?jk=…``, 2024–25 ``jobsearch-`` ids and
  ``css-`` emotion hashes, no JSON-LD): the header, the job header (``h1`` title with a "- job post"
  sr suffix, the company link with a "4.1 out of 5 stars" rating, "London SE1", "Hybrid work"),
  "Job details" (Pay "£45,000 – £55,000 a year", Job type chips Full-time / Permanent, Shift and
  schedule), Location, Benefits ("Pulled from the full job description"), the full description with
  headings and bullet lists, "Posted 3 days ago" in the footer with "Report job", an "Apply now"
  button, and a "Similar jobs" / "People also viewed" sidebar with other titles, companies,
  locations, salaries and posting ages. Written down: title, company, rating, location, salary,
  job_type, workplace, schedule, benefits, posted.

Run ``uv run python tests/sites/corpus/generate_fifteenth_c.py`` to rebuild them (the helpers and the
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

from generate import ROOT, Site, esc

FIFTEENTH_C: dict[str, Callable[[], None]] = {}


def fifteenth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FIFTEENTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _css(text: str) -> str:
    """An emotion class ``css-<6 base36> e<digits>`` for a named component."""
    number = zlib.crc32(text.encode())
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(6):
        number, d = divmod(number, 36)
        out += digits[d]
    return f"css-{out} e{zlib.crc32(text[::-1].encode()) % 100000}"


def _index(s: Site, title: str, path: str, text: str) -> None:
    """The site's root page: one link to the detail page."""
    s.write(
        "index.html",
        f'<!doctype html><html><head><title>{esc(title)}</title></head><body><main><h1>{esc(title)}</h1><p><a href="{path}">{esc(text)}</a></p></main></body></html>',
    )


def _ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


# ---------------------------------------------------------------------------------------------------
# askstack: a Stack Overflow question page (2024–2025 Stacks markup).
# ---------------------------------------------------------------------------------------------------

AS_ID = 75731234
AS_SLUG = "polars-rolling-mean-per-group-drops-the-first-rows-of-each-group"
AS_PATH = f"/questions/{AS_ID}/{AS_SLUG}"
AS_INTRO = "I have a long DataFrame of sensor readings with a sensor_id column and a timestamp column, and I want a 3-row rolling mean of value computed separately for every sensor. With rolling_mean inside over() the first two rows of each sensor come out as null, and with group_by_dynamic I lose rows altogether. How do I keep every row and get a partial mean for the first rows of each group?"
AS_CODE = """import polars as pl

df = pl.DataFrame({
    "sensor_id": ["a", "a", "a", "a", "b", "b", "b"],
    "value": [1.0, 2.0, 3.0, 4.0, 10.0, 20.0, 30.0],
})
df.with_columns(pl.col("value").rolling_mean(3).over("sensor_id"))"""
AS_OUTRO = "This gives null, null, 2.0, 3.0 for sensor a; I expected 1.0, 1.5, 2.0, 3.0. I'm on Polars 0.16.13 and Python 3.11."
AS_RECORD = {
    "title": "Polars rolling mean per group drops the first rows of each group",
    "votes": 27,
    "asked": "2023-03-14",
    "modified": "2024-11-02",
    "views": 12345,
    "tags": ["python", "dataframe", "python-polars", "rolling-computation"],
    "author": "Marta Kowalczyk",
    "reputation": 12318,
    "answers": 3,
    "body": " ".join((AS_INTRO, AS_CODE, AS_OUTRO)),
}
AS_ANSWERS = [
    (
        41,
        True,
        "Pass <code>min_periods=1</code> (renamed <code>min_samples</code> in Polars 1.21) so that the window is allowed to be shorter than three rows at the start of each group:",
        'df.with_columns(\n    pl.col("value").rolling_mean(window_size=3, min_periods=1).over("sensor_id").alias("mean3")\n)',
        "Tomasz Brenner",
        48213,
        "48.2k",
        "Mar 14, 2023 at 10:03",
        "2023-03-14T10:03:55",
        "Jul 2, 2024 at 8:41",
    ),
    (
        9,
        False,
        "If your timestamps are irregular you probably want a time-based window instead of a row count; <code>rolling</code> with <code>group_by</code> keeps every row:",
        'df.rolling("timestamp", period="3h", group_by="sensor_id").agg(pl.col("value").mean())',
        "hana.aoki",
        3702,
        "3,702",
        "Mar 15, 2023 at 6:27",
        "2023-03-15T06:27:10",
        None,
    ),
    (
        -1,
        False,
        "Just convert to pandas and use <code>groupby().rolling()</code>, it handles this out of the box.",
        'df.to_pandas().groupby("sensor_id")["value"].rolling(3, min_periods=1).mean()',
        "quickfix99",
        211,
        "211",
        "Nov 2, 2024 at 17:15",
        "2024-11-02T17:15:08",
        None,
    ),
]
AS_HOT = [
    ("Why does my cat knock things off the table only when I am watching?", "pets.stackexchange.com"),
    ("Is it safe to run a 12 AWG extension cord at 20 A for an hour?", "diy.stackexchange.com"),
    ("How did medieval scribes rule their parchment?", "history.stackexchange.com"),
    ("Does a rook on the seventh rank really win more often?", "chess.stackexchange.com"),
    ("Proving that every tournament has a Hamiltonian path", "math.stackexchange.com"),
    ("Why is the sky darker at the zenith after sunset?", "physics.stackexchange.com"),
]
AS_RELATED = [
    (71092351, 12, "Polars: rolling window over groups with a time column"),
    (69543722, 5, "How to compute a cumulative sum per group in polars"),
    (73320481, 31, "What is the difference between over() and group_by() in Polars?"),
    (76610455, 3, "Rolling median with min_periods in pandas vs polars"),
    (74208119, 0, "group_by_dynamic drops rows at the start of each group"),
]


def _as_vote(votes: int, post_id: int, accepted: bool) -> str:
    check = (
        '<div class="js-accepted-answer-indicator flex--item fc-green-400 py6 mtn8" data-s-tooltip-placement="right" title="Loading when this answer was accepted…" tabindex="0" role="note" aria-label="Accepted"><div class="ta-center"><svg aria-hidden="true" class="svg-icon iconCheckmarkLg" width="36" height="36" viewBox="0 0 36 36"><path d="m6 14 8 8L30 6v8L14 30l-8-8v-8Z"></path></svg></div></div>'
        if accepted
        else ""
    )
    return f"""<div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300" data-post-id="{post_id}" data-referrer="None">
<button class="js-vote-up-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill bc-black-225" data-controller="s-tooltip" data-s-tooltip-placement="right" aria-pressed="false" aria-label="Up vote" data-selected-classes="fc-theme-primary bc-theme-primary bg-theme-primary-025" data-unselected-classes="bc-black-225 fc-black-600 h:bg-theme-primary-200"><svg aria-hidden="true" class="svg-icon iconArrowUp" width="18" height="18" viewBox="0 0 18 18"><path d="M1 12h16L9 4l-8 8Z"></path></svg></button>
<div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4" itemprop="upvoteCount" data-value="{votes}">{votes}</div>
<button class="js-vote-down-btn flex--item s-btn s-btn__muted s-btn__outlined bar-pill bc-black-225" aria-pressed="false" aria-label="Down vote"><svg aria-hidden="true" class="svg-icon iconArrowDown" width="18" height="18" viewBox="0 0 18 18"><path d="M1 6h16l-8 8-8-8Z"></path></svg></button>
{check}<a class="js-post-issue flex--item s-btn s-btn__unset c-pointer py6 mx-auto" href="/posts/{post_id}/timeline" data-shortcut="T" aria-label="Timeline"><svg aria-hidden="true" class="mln2 mr0 svg-icon iconHistory" width="19" height="18" viewBox="0 0 19 18"><path d="M3 9a8 8 0 1 1 3.73 6.77"></path></svg></a>
</div></div>"""


def _as_card(
    action: str,
    when: str,
    iso: str,
    name: str,
    user_id: int,
    rep: int,
    rep_text: str,
    badges: tuple[int, int, int],
    owner: bool,
) -> str:
    gold, silver, bronze = badges
    return f"""<div class="post-signature{" owner" if owner else ""} flex--item"><div class="user-info user-hover{" owner" if owner else ""}">
<div class="d-flex "><div class="user-action-time fl-grow1">{action} <span title="{iso.replace("T", " ")}Z" class="relativetime">{esc(when)}</span></div></div>
<div class="user-gravatar32"><a href="/users/{user_id}/{name.lower().replace(" ", "-").replace(".", "-")}"><div class="gravatar-wrapper-32"><img src="https://i.sstatic.net/{user_id % 9973:x}.png?s=64" alt="{esc(name)}&#39;s user avatar" width="32" height="32" class="bar-sm"></div></a></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/{user_id}/{name.lower().replace(" ", "-").replace(".", "-")}">{esc(name)}</a><span class="d-none" itemprop="name">{esc(name)}</span>
<div class="-flair"><span class="reputation-score" title="reputation score {rep:,}" dir="ltr">{rep_text}</span><span title="{gold} gold badges"><span class="badge1"></span><span class="badgecount">{gold}</span></span><span title="{silver} silver badges"><span class="badge2"></span><span class="badgecount">{silver}</span></span><span title="{bronze} bronze badges"><span class="badge3"></span><span class="badgecount">{bronze}</span></span></div></div>
</div></div>"""


def _as_page() -> str:
    r = AS_RECORD
    tags = "".join(
        f'<li class="d-inline mr4 js-post-tag-list-item"><a href="/questions/tagged/{t}" class="post-tag js-gps-track" title="show questions tagged &#39;{t}&#39;" aria-label="show questions tagged &#39;{t}&#39;" rel="tag" aria-labelledby="tag-{t}-tooltip-container">{t}</a></li>'
        for t in r["tags"]
    )
    answers = []
    for n, (votes, accepted, prose, code, name, rep, rep_text, when, iso, edited) in enumerate(AS_ANSWERS):
        post_id = 75731500 + n * 377
        user_id = 1843000 + n * 90211
        edit_card = (
            f'<div class="post-signature flex--item fl-grow1"><div class="user-info "><div class="user-action-time"><a href="/posts/{post_id}/revisions" title="show all edits to this post" class="js-gps-track">edited <span class="relativetime">{edited}</span></a></div></div></div>'
            if edited
            else ""
        )
        answers.append(f"""<a name="{post_id}"></a>
<div id="answer-{post_id}" class="answer js-answer{" accepted-answer js-accepted-answer" if accepted else ""}" data-answerid="{post_id}" data-parentid="{AS_ID}" data-score="{votes}" data-position-on-page="{n + 1}" itemprop="{"acceptedAnswer" if accepted else "suggestedAnswer"}" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout">{_as_vote(votes, post_id, accepted)}
<div class="answercell post-layout--right"><div class="s-prose js-post-body" itemprop="text"><p>{prose}</p>
<pre class="lang-py s-code-block"><code class="hljs language-python">{esc(code)}</code></pre></div>
<div class="mt24"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><time itemprop="dateCreated" datetime="{iso}"></time>
<div class="flex--item mr16" style="flex: 1 1 100px;"><div class="js-post-menu pt2" data-post-id="{post_id}" data-post-type-id="2"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/a/{post_id}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this answer">Share</a></div><div class="flex--item"><a href="/posts/{post_id}/edit" class="js-suggest-edit-post js-gps-track">Improve this answer</a></div><div class="flex--item"><button type="button" class="s-btn s-btn__link js-follow-post js-follow-answer js-gps-track">Follow</button></div></div></div></div>
{edit_card}{_as_card("answered", when, iso, name, user_id, rep, rep_text, (n, 4 + n * 7, 11 + n * 13), False)}</div></div>
<span class="d-none" itemprop="commentCount">{2 - n if n < 2 else 0}</span>
<div id="comments-{post_id}" class="comments js-comments-container bt bc-black-075 mt12" data-post-id="{post_id}"><ul class="comments-list js-comments-list">{'<li id="comment-133700' + str(n) + '" class="comment js-comment" data-comment-owner-id="1731902" data-comment-id="133700' + str(n) + '" data-comment-score="6"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide"><span title="number of &#39;useful comment&#39; votes received" class="cool">6</span></div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">That was it, thanks! Note it is <code>min_samples</code> since 1.21.</span> &ndash;&nbsp;<div class="d-inline-flex ai-center"><a href="/users/1731902/marta-kowalczyk" title="12,318 reputation" class="comment-user owner">Marta Kowalczyk</a></div><span class="comment-date" dir="ltr"><span title="2023-03-14 10:21:07Z, License: CC BY-SA 4.0" class="relativetime-clean">Mar 14, 2023 at 10:21</span></span></div></div></li>' if accepted else ""}</ul></div>
</div></div></div>""")
    hot = "".join(
        f'<li><div class="favicon favicon-{site.split(".")[0]}" title="{site}"></div><a href="https://{site}/questions/{400000 + i * 1337}/{i}" class="question-hyperlink" data-gps-track="site.switch({{ item_type:11, target_site:{i}}}); posts_hot_network.click({{ item_type:2, location:11 }})">{esc(q)}</a></li>'
        for i, (q, site) in enumerate(AS_HOT)
    )
    related = "".join(
        f'<div class="spacer js-gps-track" data-gps-track="postlink.click({{ item_type: 2, location: 11 }})"><a href="/q/{qid}" title="Question score (highest is {votes + 40})"><div class="answer-votes answered-accepted">{votes}</div></a><a href="/questions/{qid}/{qid % 97}" class="question-hyperlink">{esc(title)}</a></div>'
        for qid, votes, title in AS_RELATED
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "QAPage",
        "mainEntity": {"@type": "Question", "name": r["title"], "answerCount": 3, "upvoteCount": r["votes"]},
    }
    return f"""<!DOCTYPE html>
<html class="html__responsive " lang="en"><head>
<title>python - {esc(r["title"])} - Stack Overflow</title>
<link rel="shortcut icon" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/favicon.ico?v=ec617d715196">
<link rel="canonical" href="https://stackoverflow.com{AS_PATH}">
<meta name="viewport" content="width=device-width, height=device-height, initial-scale=1.0, minimum-scale=1.0">
<meta property="og:type" content="website"><meta property="og:url" content="https://stackoverflow.com{AS_PATH}">
<meta property="og:site_name" content="Stack Overflow"><meta property="og:image" itemprop="image primaryImageOfPage" content="https://cdn.sstatic.net/Sites/stackoverflow/Img/apple-touch-icon@2.png?v=73d79a89bded">
<meta name="twitter:title" property="og:title" itemprop="name" content="{esc(r["title"])}">
<meta name="twitter:description" property="og:description" itemprop="description" content="{esc(AS_INTRO[:190])}">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Shared/stacks.css?v=2e4c6b8fa0a4">
<link rel="stylesheet" type="text/css" href="https://cdn.sstatic.net/Sites/stackoverflow/primary.css?v=b5b3a5a1bc5e">
{_ld(ld)}
</head>
<body class="question-page unified-theme">
<div id="notify-container"></div>
<header class="s-topbar ps-fixed t0 l0 js-top-bar"><div class="s-topbar--container"><a href="#" class="s-topbar--menu-btn js-left-sidebar-toggle" role="menuitem" aria-haspopup="true" aria-controls="left-sidebar" aria-expanded="false"><span></span></a>
<a class="s-topbar--logo js-gps-track" href="https://stackoverflow.com"><span class="-img _glyph">Stack Overflow</span></a>
<ol class="s-navigation" role="presentation"><li class="md:d-none"><a href="https://stackoverflow.co/" class="s-navigation--item js-gps-track">About</a></li><li><a href="https://stackoverflow.co/teams/" class="s-navigation--item js-gps-track">Products</a></li><li class="md:d-none"><a href="https://stackoverflow.co/teams/" class="s-navigation--item js-gps-track">OverflowAI</a></li></ol>
<form id="search" role="search" action="/search" class="s-topbar--searchbar js-searchbar" autocomplete="off"><div class="s-topbar--searchbar--input-group"><input name="q" type="text" role="combobox" placeholder="Search…" value="" aria-label="Search" aria-controls="top-search" class="s-input s-input__search js-search-field"></div></form>
<nav class="h100 ml-auto overflow-x-auto pr12"><ol class="s-topbar--content" role="menubar"><li role="none"><a href="/users/login?ssrc=head&amp;returnurl=https%3a%2f%2fstackoverflow.com{AS_PATH}" class="s-topbar--item s-topbar--item__unset s-btn s-btn__filled ws-nowrap js-gps-track" rel="nofollow">Log in</a></li><li role="none"><a href="/users/signup?ssrc=head" class="s-topbar--item s-topbar--item__unset ml4 s-btn s-btn__primary ws-nowrap" rel="nofollow">Sign up</a></li></ol></nav></div></header>
<div class="container">
<div id="left-sidebar" data-is-here-when="md lg" class="left-sidebar js-pinned-left-sidebar ps-relative"><div class="left-sidebar--sticky-container js-sticky-leftnav"><nav role="navigation"><ol class="nav-links"><li class="ps-relative"><a href="/" class="pl8 js-gps-track nav-links--link"><div class="d-flex ai-center"><div class="flex--item truncate">Home</div></div></a></li><li><ol class="nav-links"><li class="ps-relative youarehere" aria-current="true"><a id="nav-questions" href="/questions" class="js-gps-track nav-links--link -link__with-icon"><div class="flex--item truncate">Questions</div></a></li><li class="ps-relative"><a id="nav-tags" href="/tags" class="js-gps-track nav-links--link">Tags</a></li><li class="ps-relative"><a id="nav-users" href="/users" class="js-gps-track nav-links--link">Users</a></li><li class="ps-relative"><a id="nav-companies" href="https://stackoverflow.com/jobs/companies?so_medium=stackoverflow&amp;so_source=SiteNav" class="js-gps-track nav-links--link">Companies</a></li><li class="ps-relative"><a id="nav-labs-discussions" href="/beta/discussions" class="js-gps-track nav-links--link">Discussions <span class="s-badge s-badge__sm">Labs</span></a></li></ol></li><li class="ps-relative"><div class="fs-fine tt-uppercase fc-black-600 ml8 mt16 mb8">Collectives</div><a href="/collectives-all" class="js-gps-track nav-links--link">Explore Collectives</a></li></ol></nav></div></div>
<div id="content" class="snippet-hidden">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<link itemprop="image" href="https://cdn.sstatic.net/Sites/stackoverflow/Img/apple-touch-icon.png?v=c78bd457575a">
<div class="inner-content clearfix">
<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1"><a href="{AS_PATH}" class="question-hyperlink">{esc(r["title"])}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><div class="ml12 aside-cta flex--item print:d-none"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask Question</a></div></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-200">
<div class="flex--item ws-nowrap mr16 mb8" title="2023-03-14 09:12:41Z"><span class="fc-black-400 mr2">Asked</span><time itemprop="dateCreated" datetime="2023-03-14T09:12:41">2 years, 3 months ago</time></div>
<div class="flex--item ws-nowrap mr16 mb8"><span class="fc-black-400 mr2">Modified</span><a href="?lastactivity" class="s-link s-link__inherit" title="2024-11-02 17:15:08Z">7 months ago</a></div>
<div class="flex--item ws-nowrap mb8" title="Viewed 12,345 times"><span class="fc-black-400 mr2">Viewed</span>12k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers">
<div class="question js-question" data-questionid="{AS_ID}" data-position-on-page="0" data-score="{r["votes"]}" id="question">
<div class="js-zone-container zone-container-main"><div id="dfp-tlb" class="everyonelovesstackoverflow everyoneloves__top-leaderboard everyoneloves__leaderboard" style="min-height: auto; height: auto;"></div><div class="js-report-ad-button-container " style="width: 728px"></div></div>
<div class="post-layout">{_as_vote(r["votes"], AS_ID, False)}
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
<p>{esc(AS_INTRO)}</p>
<pre class="lang-py s-code-block"><code class="hljs language-python">{esc(AS_CODE)}</code></pre>
<p>This gives <code>null, null, 2.0, 3.0</code> for sensor <code>a</code>; I expected <code>1.0, 1.5, 2.0, 3.0</code>. I'm on Polars 0.16.13 and Python 3.11.</p>
</div>
<div class="mt24 mb12"><div class="post-taglist d-flex gs4 gsy fd-column"><div class="d-flex ps-relative fw-wrap"><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">{tags}</ul></div></div></div>
<div class="mb0 "><div class="mt16 d-flex gs8 gsy fw-wrap jc-end ai-start pt4 mb16"><div class="flex--item mr16 fl1 w96"><div class="js-post-menu pt2" data-post-id="{AS_ID}" data-post-type-id="1"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a href="/q/{AS_ID}" rel="nofollow" itemprop="url" class="js-share-link js-gps-track" title="Short permalink to this question">Share</a></div><div class="flex--item"><a href="/posts/{AS_ID}/edit" class="js-suggest-edit-post js-gps-track" title="">Improve this question</a></div><div class="flex--item"><button type="button" id="btnFollowPost-{AS_ID}" class="s-btn s-btn__link js-follow-post js-follow-question js-gps-track">Follow</button></div></div></div></div>
<div class="post-signature flex--item"><div class="user-info "><div class="d-flex "><div class="user-action-time fl-grow1"><a href="/posts/{AS_ID}/revisions" title="show all edits to this post" class="js-gps-track">edited <span title="2023-03-14 09:40:02Z" class="relativetime">Mar 14, 2023 at 9:40</span></a></div></div><div class="user-gravatar32"></div><div class="user-details"><div class="-flair"></div></div></div></div>
{_as_card("asked", "Mar 14, 2023 at 9:12", "2023-03-14T09:12:41", str(r["author"]), 1731902, int(r["reputation"]), "12.3k", (3, 41, 67), True)}</div></div></div>
<span class="d-none" itemprop="commentCount">2</span>
<div id="comments-{AS_ID}" class="comments js-comments-container bt bc-black-075 mt12" data-post-id="{AS_ID}"><ul class="comments-list js-comments-list">
<li id="comment-133698120" class="comment js-comment" data-comment-id="133698120" data-comment-score="2"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide"><span class="cool">2</span></div></div><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">Which Polars version? <code>rolling_mean</code> got a <code>min_periods</code> argument a while ago.</span> &ndash;&nbsp;<div class="d-inline-flex ai-center"><a href="/users/2043119/jqurious" title="21,650 reputation" class="comment-user">jqurious</a></div><span class="comment-date" dir="ltr"><span title="2023-03-14 09:31:12Z" class="relativetime-clean">Mar 14, 2023 at 9:31</span></span></div></div></li>
<li id="comment-133698244" class="comment js-comment" data-comment-id="133698244" data-comment-score="0"><div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">@jqurious 0.16.13, edited the question.</span> &ndash;&nbsp;<div class="d-inline-flex ai-center"><a href="/users/1731902/marta-kowalczyk" title="12,318 reputation" class="comment-user owner">Marta Kowalczyk</a></div><span class="comment-date" dir="ltr"><span title="2023-03-14 09:40:50Z" class="relativetime-clean">Mar 14, 2023 at 9:40</span></span></div></div></li>
</ul></div><div id="comments-link-{AS_ID}" data-rep="50" data-anon="true"><a class="js-add-link comments-link disabled-link" title="Use comments to ask for more information or suggest improvements. Avoid answering questions in comments." href="#" role="button">Add a comment</a></div>
</div></div></div>
<div id="answers"><a name="tab-top"></a>
<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1"><h2 class="mb0" data-answercount="3">3 Answers<span style="display:none;" itemprop="answerCount">3</span></h2></div>
<div class="flex--item"><div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column lh-sm"><label class="flex--item fs-caption" for="answer-sort-dropdown-select-menu">Sorted by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none" data-value="ScoreDesc" href="{AS_PATH}?answertab=scoredesc#tab-top">Reset to default</a></div><div class="flex--item s-select"><select id="answer-sort-dropdown-select-menu"><option value="scoredesc" selected="selected">Highest score (default)</option><option value="modifieddesc">Date modified (newest first)</option><option value="createdasc">Date created (oldest first)</option></select></div></div></div></div></div>
{"".join(answers)}
<h2 class="bottom-notice" data-loc="1">Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">Ask question</a>
<h2 class="bottom-notice" data-loc="2">Explore related questions</h2><ul class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">{tags}</ul><p>See similar questions with these tags.</p>
</div></div>
<div id="sidebar" class="show-votes" role="complementary" aria-label="sidebar">
<div class="s-sidebarwidget s-sidebarwidget__yellow s-anchors s-anchors__grayscale mb16" data-tracker="cb=1"><ul class="d-block p0 m0"><li class="s-sidebarwidget--header s-sidebarwidget__small-bold-text d-flex fc-black-600 d:fc-black-900 bb bbw1">The Overflow Blog</li><li class="s-sidebarwidget--item d-flex px16"><div class="flex--item1 fl-shrink0"><svg aria-hidden="true" class="va-text-top svg-icon iconPencilSm" width="14" height="14" viewBox="0 0 14 14"><path d="M11.1 1.71 12.3 2.9"></path></svg></div><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/2025/03/13/the-data-engineer-s-new-toolbox/" class="js-gps-track" title="The data engineer’s new toolbox">The data engineer’s new toolbox</a></div></li><li class="s-sidebarwidget--item d-flex px16"><div class="flex--item wmn0 ow-break-word"><a href="https://stackoverflow.blog/2025/03/14/podcast-rust-in-the-kernel/" class="js-gps-track">Rust in the kernel, one year on</a></div></li></ul></div>
<div id="dfp-tsb" class="everyonelovesstackoverflow everyoneloves__top-sidebar"></div>
<div class="module sidebar-linked"><h4 id="h-linked">Linked</h4><div class="linked" data-tracker="lq=1"><div class="spacer"><a href="/q/71092351" title="Vote score (upvotes - downvotes)"><div class="answer-votes answered-accepted default">12</div></a><a href="/questions/71092351/polars-rolling-window-over-groups-with-a-time-column" class="question-hyperlink">Polars: rolling window over groups with a time column</a></div></div></div>
<div class="module sidebar-related"><h4 id="h-related">Related</h4><div class="related js-gps-related-questions" data-tracker="rq=1">{related}</div></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4><a href="https://stackexchange.com/questions?tab=hot" class="js-gps-track s-link s-link__inherit" data-gps-track="posts_hot_network.click({{ item_type:1, location:11 }})">Hot Network Questions</a></h4><ul>{hot}</ul><a href="#" class="show-more js-show-more js-gps-track">more hot questions</a></div>
<a href="/feeds/question/{AS_ID}" title="Feed of this question and its answers"><svg aria-hidden="true" class="fc-orange-400 svg-icon iconRss" width="18" height="18" viewBox="0 0 18 18"><path d="M1 3c0-1.1.9-2 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3Z"></path></svg>Question feed</a>
</div></div></div></div></div>
<footer id="footer" class="site-footer" role="contentinfo"><div class="site-footer--container"><nav class="site-footer--nav"><div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.com">Stack Overflow</a></h5><ul class="-list"><li><a href="/questions" class="js-gps-track -link">Questions</a></li><li><a href="/help" class="js-gps-track -link">Help</a></li><li><a href="/chat" class="js-gps-track -link">Chat</a></li></ul></div><div class="site-footer--col"><h5 class="-title"><a href="https://stackoverflow.co/">Products</a></h5><ul class="-list"><li><a href="https://stackoverflow.co/teams/" class="js-gps-track -link">Teams</a></li><li><a href="https://stackoverflow.co/advertising/" class="js-gps-track -link">Advertising</a></li><li><a href="https://stackoverflow.co/talent/" class="js-gps-track -link">Talent</a></li></ul></div></nav>
<div class="site-footer--copyright fs-fine md:mt24"><p class="md:mb0">Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under <span class="td-underline"><a href="https://stackoverflow.com/help/licensing">CC BY-SA</a></span>. <span id="svnrev">rev 2025.3.14.23456</span></p></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div id="onetrust-policy"><div id="onetrust-policy-text">By clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device and disclose information in accordance with our <a href="https://stackoverflow.com/legal/cookie-policy">Cookie Policy</a>.</div></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-reject-all-handler">Necessary cookies only</button><button id="onetrust-pc-btn-handler">Customize settings</button></div></div></div></div>
<script>StackExchange.ready(function () {{ StackExchange.question.fullInit("#question", {{ "questionId": {AS_ID}, "userId": null }}); }});</script>
</body></html>"""


@fifteenth_c
def build_askstack() -> None:
    s = Site(
        "askstack",
        kind="detail page (Stack Overflow question 2024–25: h1 title link, 'Asked' time[datetime] / 'Modified' title / 'Viewed 12k times' with the exact count in a title, js-vote-count[data-value], s-prose body, a.post-tag tags, asker card 'asked Mar 14, 2023 at 9:12' + reputation-score '12.3k' titled 'reputation score 12,318', three answers with their own votes / bodies / user cards, accepted mark, Related / Hot Network Questions sidebar, partial QAPage JSON-LD)",
        start=AS_PATH.lstrip("/") + "/",
        description="A Stack Overflow question page (2024–2025): the top bar, left nav, question header (h1 link, 'Ask Question'), the Asked / Modified / Viewed line, the question post (vote cell with data-value, body paragraphs and code, tags, Share / Improve / Follow, 'edited' and 'asked' user cards, comments), '3 Answers' with a sort select, three answers each with its own vote count, body, code, 'answered' user card (one accepted with a check mark and a comment by the asker), bottom notices repeating the tags, a sidebar (The Overflow Blog, Linked, Related with vote counts, Hot Network Questions), the footer, a OneTrust banner and a QAPage JSON-LD with only the name, answerCount and upvoteCount. Written down: title, votes, asked, modified, views (12,345 from the title attribute), tags, author, reputation (12,318 from the title attribute), answers, body (the whole question post as it reads, code included).",
    )
    s.list_page(AS_PATH.strip("/") + "/index.html", _as_page())
    _index(s, "Stack Overflow", AS_PATH + "/", str(AS_RECORD["title"]))
    s.expect(dict(AS_RECORD))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# makersmarket: an Etsy listing page (2024–2025 Web Toolkit markup).
# ---------------------------------------------------------------------------------------------------

MM_ID = 1587342210
MM_PATH = f"/listing/{MM_ID}/personalised-sterling-silver-initial-necklace"
MM_RECORD = {
    "title": "Personalised Sterling Silver Initial Necklace, Dainty Letter Disc Pendant, Bridesmaid Gift",
    "price": 24.0,
    "currency": "GBP",
    "original_price": 30.0,
    "discount": "20% off",
    "shop": "WrenAndWillowSilver",
    "rating": 4.9,
    "review_count": 1234,
    "badge": "Bestseller",
    "availability": "Only 3 left and in 8 baskets",
    "materials": "Sterling silver",
    "dispatches_from": "United Kingdom",
    "sizes": ["16 inches", "18 inches", "20 inches"],
}
MM_COLOURS = [("Silver", None), ("Gold plated", 28.0), ("Rose gold plated", 28.0)]
MM_REVIEWS = [
    (
        "Hannah",
        5,
        "12 Feb, 2025",
        "Absolutely beautiful, arrived quickly and beautifully packaged. My sister loved it.",
    ),
    ("Priya", 5, "3 Feb, 2025", "Lovely quality for the price and the engraving is really crisp."),
    ("Sophie", 4, "28 Jan, 2025", "Gorgeous necklace, though the chain is a little finer than I expected."),
    ("Gareth", 5, "19 Jan, 2025", "Bought for my wife's birthday. Great communication from the seller."),
]
MM_ALSO = [
    (
        1498820377,
        "Sterling Silver Birthstone Necklace, Personalised Gift for Mum",
        "SilverSwallowCo",
        19.50,
        None,
        4.8,
        5870,
    ),
    (1610245519, "Gold Initial Ring, Stacking Letter Ring", "WrenAndWillowSilver", 18.00, 22.50, 4.9, 1234),
    (1322907145, "Hand Stamped Name Bracelet, Sterling Silver Bangle", "ForgeAndFernJewels", 32.00, None, 4.7, 892),
    (1554310984, "Tiny Heart Locket with Photo, 925 Silver", "LittleLocketHouse", 27.99, 34.99, 5.0, 311),
]


MM_STAR = '<span class="wt-icon wt-nudge-b-1 wt-icon--smaller" data-rating="{i}"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M20.83,9.15l-6-.52L12.46,3.08h-.92L9.18,8.63l-6,.52L2.89,10l4.55,3.94L6.08,19.8,6.84,20,12,16.83,17.16,20l.76-.55-1.36-5.86L21.11,10Z"></path></svg></span>'


def _mm_stars(rating: float, n: str = "") -> str:
    icons = "".join(MM_STAR.format(i=i) for i in range(5))
    return f'<span class="wt-display-inline-block wt-mr-xs-1"><input type="hidden" name="rating" value="{rating}">{icons}<span class="wt-screen-reader-only">{rating} out of 5 stars{n}</span></span>'


def _mm_page() -> str:
    r = MM_RECORD
    sizes = "".join(f'<option value="{2201448190 + i}">{esc(z)}</option>' for i, z in enumerate(r["sizes"]))
    colours = "".join(
        f'<option value="{2201448300 + i}">{esc(c)}{f" (£{p:.2f})" if p else ""}</option>'
        for i, (c, p) in enumerate(MM_COLOURS)
    )
    reviews = "".join(
        f"""<div class="wt-grid wt-grid--block wt-mb-xs-0 review-card" data-review-region="{4400000 + i}" id="review-preview-toggle-{i}"><div class="wt-grid__item-xs-12"><div class="wt-display-flex-xs wt-align-items-center wt-mb-xs-1"><div class="wt-display-inline-block wt-mr-xs-1">{_mm_stars(stars)}</div></div>
<div class="wt-content-toggle--truncated-inline-multi"><p id="review-preview-toggle-{i}" class="wt-text-truncate--multi-line wt-break-word">{esc(text)}</p></div>
<p class="wt-text-caption wt-text-gray">Item quality <span class="wt-text-black">{stars}</span> · Delivery <span class="wt-text-black">5</span> · Customer service <span class="wt-text-black">5</span></p>
<div class="wt-display-flex-xs wt-align-items-center"><a class="wt-text-link wt-mr-xs-1" href="/people/{name.lower()}{i}x7?ref=l_review">{esc(name)}</a><p class="wt-text-caption wt-text-gray">{esc(date)}</p></div>
<button class="wt-btn wt-btn--small wt-btn--transparent" aria-label="Mark review as helpful">Helpful?</button></div></div>"""
        for i, (name, stars, date, text) in enumerate(MM_REVIEWS)
    )
    also = "".join(
        f"""<li class="wt-list-unstyled wt-grid__item-xs-6 wt-grid__item-md-3"><div class="js-merch-stash-check-listing v2-listing-card" data-listing-id="{lid}" data-palette-listing-image="">
<a class="listing-link wt-display-inline-block" data-listing-id="{lid}" href="/listing/{lid}/x?ref=pla_similar_listings_top-{i + 1}" title="{esc(title)}"><div class="v2-listing-card__img"><img src="https://i.etsystatic.com/{lid % 97}/r/il/{lid:x}/il_340x270.jpg" alt="{esc(title)}"></div></a>
<div class="v2-listing-card__info"><h3 class="wt-text-caption v2-listing-card__title wt-text-truncate">{esc(title)}</h3>
<div class="wt-text-caption wt-text-gray">{esc(shop)}</div>
<div class="wt-display-flex-xs wt-align-items-center">{_mm_stars(rating)}<span class="wt-text-body-smaller wt-text-gray">({count:,})</span></div>
<p class="wt-text-title-01 lc-price"><span class="wt-screen-reader-only">Sale Price £{price:.2f}</span><span aria-hidden="true"><span class="currency-symbol">£</span><span class="currency-value">{price:.2f}</span></span></p>{f'<p class="wt-text-caption search-collage-promotion-price wt-text-slime"><span class="wt-text-strikethrough"><span class="wt-screen-reader-only">Original Price £{old:.2f}</span><span aria-hidden="true">£{old:.2f}</span></span> <span>({round((1 - price / old) * 100)}% off)</span></p>' if old else ""}
<span class="wt-text-caption">Ad by Etsy seller</span></div></div></li>"""
        for i, (lid, title, shop, price, old, rating, count) in enumerate(MM_ALSO)
    )
    ld = {
        "@type": "Product",
        "@context": "https://schema.org",
        "url": f"https://www.etsy.com{MM_PATH}",
        "name": r["title"],
        "sku": str(MM_ID),
        "gtin": "n/a",
        "description": "A dainty 10mm sterling silver disc hand stamped with the initial of your choice, on a fine trace chain.",
        "image": [
            {
                "@type": "ImageObject",
                "@context": "https://schema.org",
                "author": "WrenAndWillowSilver",
                "contentURL": "https://i.etsystatic.com/38210417/r/il/7c1e5a/5691203341/il_fullxfull.5691203341_k2m4.jpg",
                "description": None,
                "thumbnail": "https://i.etsystatic.com/38210417/c/2000/2000/0/0/il/7c1e5a/5691203341/il_340x270.5691203341_k2m4.jpg",
            }
        ],
        "category": "Jewellery < Necklaces < Pendants",
        "brand": {"@type": "Brand", "@context": "https://schema.org", "name": "WrenAndWillowSilver"},
        "logo": "https://i.etsystatic.com/isla/6b2f1e/64820931/isla_fullxfull.64820931_r8y2.jpg",
        "offers": {
            "@type": "AggregateOffer",
            "offerCount": 3,
            "lowPrice": "24.00",
            "highPrice": "28.00",
            "priceCurrency": "GBP",
            "availability": "https://schema.org/InStock",
        },
        "material": "Sterling silver",
    }
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js region-GB currency-GBP" dir="ltr"><head>
<meta charset="utf-8">
<title>{esc(r["title"])} - Etsy UK</title>
<meta name="description" content="This Pendants item by WrenAndWillowSilver has 1,840 favourites from Etsy shoppers. Dispatched from United Kingdom. Listed on 09 Mar, 2025">
<meta property="og:title" content="{esc(r["title"])}"><meta property="og:type" content="product"><meta property="og:url" content="https://www.etsy.com/uk{MM_PATH}">
<meta property="og:image" content="https://i.etsystatic.com/38210417/r/il/7c1e5a/5691203341/il_fullxfull.5691203341_k2m4.jpg">
<meta property="product:price:amount" content="24.00"><meta property="product:price:currency" content="GBP">
<link rel="canonical" href="https://www.etsy.com/uk{MM_PATH}">
<link rel="stylesheet" href="https://www.etsy.com/dac/site-chrome/components/components.6f0a1c,site-chrome/header/header.8d22b4/css/listing_page.css">
{_ld(ld)}
</head>
<body class="ui-toolkit is-responsive no-touch transitional-wide" data-language="en-GB" data-currency="GBP" data-region="GB">
<div id="gdpr-single-choice-overlay" class="wt-overlay wt-overlay--will-animate" role="dialog" aria-label="Cookie settings"><div class="wt-overlay__modal"><h2 class="wt-text-title-01">Etsy uses cookies and similar technologies</h2><p class="wt-text-body-smaller">We use cookies to give you a better experience, personalised ads and to remember your preferences.</p><button class="wt-btn wt-btn--filled" data-gdpr-single-choice-accept="true">Accept</button><button class="wt-btn wt-btn--secondary" data-gdpr-open-full-settings="true">Update settings</button></div></div>
<header id="gnav-header" class="wt-display-flex-xs wt-align-items-center" data-header><a href="/uk/?ref=lgo" class="wt-text-brick"><span class="wt-screen-reader-only">Etsy</span><svg aria-hidden="true" viewBox="0 0 48 24"><path d="M0 0h48v24H0z"></path></svg></a>
<button class="wt-btn wt-btn--transparent" aria-expanded="false">Categories</button>
<form id="gnav-search" role="search" action="/uk/search" method="GET"><input id="global-enhancements-search-query" name="q" type="text" placeholder="Search for anything" aria-label="Search for anything" class="wt-input"><button type="submit" class="wt-input-btn-group__btn" aria-label="Search"></button></form>
<nav aria-label="Main"><ul class="wt-display-flex-xs wt-list-unstyled"><li><button class="wt-btn wt-btn--small wt-btn--transparent select-signin">Sign in</button></li><li><a href="/uk/your/favorites" class="wt-tooltip"><span class="wt-screen-reader-only">Favourites</span></a></li><li><a href="/uk/cart" class="wt-tooltip" aria-label="Basket"><span class="wt-screen-reader-only">Basket</span></a></li></ul></nav></header>
<nav class="wt-display-flex-xs" aria-label="Categories"><ul class="wt-list-inline"><li><a href="/uk/c/gifts">Gifts</a></li><li><a href="/uk/c/mothers-day">Mother's Day Gifts</a></li><li><a href="/uk/c/home-and-living">Home Favourites</a></li><li><a href="/uk/c/clothing-and-shoes">Fashion Finds</a></li><li><a href="/uk/c/jewelry">Jewellery</a></li><li><a href="/uk/gift-cards">Gift Cards</a></li></ul></nav>
<div id="content" class="wt-body-max-width"><div class="wt-display-flex-xs">
<div id="listing-page-cart" class="wt-grid__item-xs-12 wt-grid__item-md-5" data-buy-box-region="listing-page-cart" data-listing-id="{MM_ID}">
<nav aria-label="Breadcrumb" class="wt-text-caption"><ol class="wt-action-group wt-list-inline"><li><a href="/uk/c/jewelry?ref=breadcrumb_listing">Jewellery</a></li><li><a href="/uk/c/jewelry/necklaces?ref=breadcrumb_listing">Necklaces</a></li><li><a href="/uk/c/jewelry/necklaces/pendants?ref=breadcrumb_listing">Pendants</a></li></ol></nav>
<div class="wt-mb-xs-1" data-selector="listing-page-badges"><span class="wt-badge wt-badge--small wt-badge--status-03"><span class="wt-icon wt-icon--smaller"></span>{r["badge"]}</span></div>
<div class="wt-mb-xs-1" data-selector="listing-page-stock-indicator"><p class="wt-text-title-small wt-text-brick">Only 3 left and in 8 baskets</p></div>
<div data-selector="price-only" class="wt-mb-xs-1"><div class="wt-display-flex-xs wt-align-items-center wt-flex-wrap">
<p class="wt-text-title-larger wt-mr-xs-1 wt-text-slime"><span class="wt-screen-reader-only">Price:</span>£24.00</p>
<p class="wt-text-strikethrough wt-text-caption wt-text-gray wt-mr-xs-1"><span class="wt-screen-reader-only">Original Price:</span>£30.00</p>
<p class="wt-text-caption wt-text-slime wt-text-title-small">20% off</p></div>
<p class="wt-text-caption wt-text-slime wt-mt-xs-1"><span class="wt-icon wt-icon--smaller"></span>Sale ends in 6 hours</p>
<p class="wt-text-caption wt-text-gray">Local taxes included (where applicable)</p></div>
<h1 class="wt-line-height-tight wt-break-word wt-text-body" data-buy-box-listing-title="true">{esc(r["title"])}</h1>
<div class="wt-display-flex-xs wt-align-items-center" data-selector="listing-page-shop-name-and-rating"><div class="wt-text-body-small wt-mr-xs-1"><a href="https://www.etsy.com/uk/shop/WrenAndWillowSilver?ref=shop-header-name&amp;listing_id={MM_ID}" class="wt-text-link-no-underline" aria-label="Shop name: WrenAndWillowSilver">WrenAndWillowSilver</a></div>
<a href="#reviews" class="wt-text-link-no-underline wt-display-flex-xs wt-align-items-center"><span class="wt-text-title-small wt-mr-xs-1" aria-hidden="true">{r["rating"]}</span>{_mm_stars(float(r["rating"]), ", 1,234 reviews")}<span class="wt-text-body-small wt-text-gray" aria-hidden="true">(1,234)</span></a>
<span class="wt-badge wt-badge--small wt-ml-xs-1">Star Seller</span></div>
<form class="wt-validation" data-buy-box-form method="POST" action="/uk/cart/listing.php">
<div class="wt-mb-xs-2" data-selector="listing-page-variations"><div data-selector="listing-page-variation"><label class="wt-label wt-mb-xs-1" for="variation-selector-0">Size</label><div class="wt-select"><select id="variation-selector-0" class="wt-select__element" name="listing-variation-id-0" data-variation-number="0" required><option value="" selected>Select an option</option>{sizes}</select></div></div>
<div data-selector="listing-page-variation"><label class="wt-label wt-mb-xs-1" for="variation-selector-1">Colour</label><div class="wt-select"><select id="variation-selector-1" class="wt-select__element" name="listing-variation-id-1" data-variation-number="1" required><option value="" selected>Select an option</option>{colours}</select></div></div></div>
<div data-selector="listing-page-personalization"><label class="wt-label" for="listing-page-personalization-textarea">Add your personalisation</label><p class="wt-text-caption wt-text-gray">Enter the letter you'd like stamped (A–Z, or &amp;).</p><textarea id="listing-page-personalization-textarea" class="wt-textarea" maxlength="1" name="personalization"></textarea></div>
<div class="wt-mb-xs-2"><button type="submit" class="wt-btn wt-btn--filled wt-width-full" data-selector="add-to-cart-button"><div class="wt-btn__text">Add to basket</div></button></div></form>
<p class="wt-text-caption"><span class="wt-text-title-small">Star Seller.</span> This seller consistently earned 5-star reviews, dispatched on time and replied quickly to any messages they received.</p>
<div id="product-details-content-toggle" data-selector="product-details"><h2 class="wt-text-body-bold">Item details</h2>
<ul class="wt-text-body-01 wt-list-unstyled"><li class="wt-display-flex-xs wt-align-items-center"><span class="wt-icon wt-icon--smaller"></span><div class="wt-ml-xs-2">Handmade</div></li><li class="wt-display-flex-xs wt-align-items-center"><div class="wt-ml-xs-2">Materials: <span>Sterling silver</span></div></li><li class="wt-display-flex-xs wt-align-items-center"><div class="wt-ml-xs-2">Width: 10 millimetres</div></li><li class="wt-display-flex-xs wt-align-items-center"><div class="wt-ml-xs-2">Style: Minimalist</div></li></ul>
<div data-id="description-text" class="wt-content-toggle__body"><p class="wt-text-body-01 wt-break-word" data-product-details-description-text-content="">A dainty 10mm sterling silver disc, hand stamped in our Norwich workshop with the initial of your choice and hung on a fine 1mm trace chain.

Each letter is stamped by hand, so the spacing varies a little and no two pendants are the same.

• Disc: 10mm, 0.8mm thick, solid 925 sterling silver
• Chain: 1mm trace, spring-ring clasp
• Arrives in a recycled kraft gift box with a ribbon

Need it sooner? Message us before ordering and we'll do our best.</p></div></div>
<div id="shipping-variant-div" data-selector="delivery-and-returns"><h2 class="wt-text-body-bold">Delivery and return policies</h2>
<div class="wt-grid"><div class="wt-grid__item-xs-12"><p class="wt-text-body-01"><span class="wt-icon wt-icon--smaller"></span>Order today to get by <span class="wt-text-underline-dashed" data-edd-absolute="">14-18 Mar</span></p></div>
<div class="wt-grid__item-xs-12"><p class="wt-text-body-01">Returns &amp; exchanges not accepted</p></div>
<div class="wt-grid__item-xs-12"><p class="wt-text-body-01">Cost to deliver: <span class="currency-value">Free</span></p></div>
<div class="wt-grid__item-xs-12"><div class="wt-text-body-01" data-estimated-delivery-origin=""><span>Dispatches from: </span><span>United Kingdom</span></div></div></div></div>
<div data-selector="meet-your-seller"><h2 class="wt-text-body-bold">Meet your seller</h2><img src="https://i.etsystatic.com/iusa/2e9c41/98741201/iusa_75x75.98741201_l3x1.jpg" alt="Eleanor Whitby" width="75"><p class="wt-text-title-small">Eleanor Whitby</p><p class="wt-text-caption">Owner of <a href="https://www.etsy.com/uk/shop/WrenAndWillowSilver">WrenAndWillowSilver</a></p><button class="wt-btn wt-btn--secondary">Message Eleanor</button></div>
</div>
<div class="wt-grid__item-xs-12 wt-grid__item-md-7"><div class="image-carousel-container" data-carousel><ul class="wt-list-unstyled carousel-pane-list">{"".join(f'<li class="wt-position-absolute carousel-pane" data-index="{i}"><img data-index="{i}" src="https://i.etsystatic.com/38210417/r/il/7c1e5a/56912033{41 + i}/il_794xN.56912033{41 + i}_k2m4.jpg" class="wt-max-width-full carousel-image" alt="{esc("Personalised Sterling Silver Initial Necklace " + str(i + 1))}"></li>' for i in range(5))}</ul></div>
<div id="reviews" data-reviews-container><h2 class="wt-text-heading-small">1,234 reviews <span class="wt-screen-reader-only">4.9 out of 5 stars</span></h2><div class="wt-tab-container" role="tablist"><button role="tab" aria-selected="true" class="wt-tab__item">Reviews for this item <span class="wt-badge wt-badge--small">412</span></button><button role="tab" aria-selected="false" class="wt-tab__item">Reviews for this shop <span class="wt-badge wt-badge--small">1,234</span></button></div>
<div class="wt-mb-xs-3"><p class="wt-text-caption">Sort by: Suggested</p></div>{reviews}
<nav aria-label="Review pagination"><ul class="wt-action-group wt-list-inline"><li class="wt-action-group__item-container"><a class="wt-action-group__item wt-btn wt-btn--icon" href="#" aria-current="true">1</a></li><li class="wt-action-group__item-container"><a class="wt-action-group__item wt-btn wt-btn--icon" href="#" data-page="2">2</a></li><li class="wt-action-group__item-container"><a class="wt-action-group__item wt-btn wt-btn--icon" href="#" data-page="2"><span class="wt-screen-reader-only">Next page</span></a></li></ul></nav></div></div></div>
<div class="wt-mt-xs-6" data-appears-component-name="similar_listings"><h2 class="wt-text-heading-small">You may also like</h2><p class="wt-text-caption wt-text-gray">Including ads <button class="wt-btn wt-btn--transparent wt-btn--small" aria-label="Learn more about ads">Learn more</button></p><ul class="wt-grid wt-grid--block wt-list-unstyled">{also}</ul></div>
</div>
<footer class="global-footer" role="contentinfo"><div class="wt-body-max-width"><ul class="wt-list-unstyled"><li><a href="/uk/gift-cards">Gift cards</a></li><li><a href="/uk/sitemap">Sitemap</a></li><li><a href="/uk/blog">Etsy blog</a></li><li><a href="https://www.etsy.com/uk/legal/">Terms of Use</a></li><li><a href="https://www.etsy.com/uk/legal/privacy/">Privacy</a></li></ul><p class="wt-text-caption">© 2025 Etsy, Inc.</p><button class="wt-btn wt-btn--small">United Kingdom | English (UK) | £ (GBP)</button></div></footer>
<script type="text/javascript">Etsy.Context.data = {{"listing_id":{MM_ID},"shop_id":38210417,"locale_settings":{{"currency":{{"code":"GBP"}}}},"is_bot":false}};</script>
</body></html>"""


@fifteenth_c
def build_makersmarket() -> None:
    s = Site(
        "makersmarket",
        kind="detail page (Etsy listing 2024–25: wt- Web Toolkit classes + data-selector hooks, Bestseller badge, 'Only 3 left and in 8 baskets', sr 'Price:' £24.00 / struck 'Original Price:' £30.00 / '20% off' / 'Sale ends in 6 hours', shop link with '4.9' stars and '(1,234)', Size / Colour variation selects, Item details 'Materials: Sterling silver', 'Dispatches from: United Kingdom', reviews by others, 'You may also like' ad cards with prices, Product JSON-LD with an AggregateOffer and no rating)",
        start=MM_PATH.lstrip("/") + "/",
        description="An Etsy listing page (2024–2025): a GDPR cookie overlay, the header and category nav, breadcrumbs, the buy box (a 'Bestseller' badge, 'Only 3 left and in 8 baskets', the price '£24.00' after a screen-reader 'Price:', a struck '£30.00', '20% off', 'Sale ends in 6 hours', 'Local taxes included'), the h1 title, the shop name link, '4.9' with five star icons and '(1,234)', a Star Seller badge, Size and Colour selects (colour options with '(£28.00)'), personalisation, 'Add to basket', Item details (Handmade, 'Materials: Sterling silver', 'Width: 10 millimetres'), the description, delivery ('Order today to get by 14-18 Mar', free delivery, 'Dispatches from: United Kingdom'), Meet your seller, a gallery, reviews (tabs with 412 / 1,234, four reviews by other people with their own stars and dates), 'You may also like' ad cards with their own prices, ratings and counts, the footer and a Product JSON-LD with an AggregateOffer (lowPrice 24.00, highPrice 28.00) and no aggregateRating. Written down: title, price, currency, original_price, discount, shop, rating, review_count, badge, availability, materials, dispatches_from, sizes.",
    )
    s.list_page(MM_PATH.strip("/") + "/index.html", _mm_page())
    _index(s, "Etsy UK", MM_PATH + "/", str(MM_RECORD["title"]))
    s.expect(dict(MM_RECORD))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# jobposting: an Indeed job detail page (2024–2025 viewjob, no JSON-LD).
# ---------------------------------------------------------------------------------------------------

JP_JK = "3f9a1c2b7d4e5f60"
JP_PATH = f"/viewjob?jk={JP_JK}"
JP_RECORD = {
    "title": "Senior Data Engineer",
    "company": "Thameslink Analytics Ltd",
    "rating": 4.1,
    "location": "London SE1",
    "salary": "£45,000 – £55,000 a year",
    "job_type": ["Full-time", "Permanent"],
    "workplace": "Hybrid work",
    "schedule": ["Monday to Friday"],
    "benefits": [
        "Company pension",
        "Cycle to work scheme",
        "Enhanced maternity leave",
        "Flexitime",
        "Private medical insurance",
        "Work from home",
    ],
    "posted": "3 days ago",
}
JP_SIMILAR = [
    (
        "a81c44e09b2d7f13",
        "Data Engineer",
        "Southbank Energy",
        3.8,
        "London SE1 9GF",
        "£50,000 – £60,000 a year",
        "Posted 1 day ago",
    ),
    (
        "b7e2f0d1c3a49856",
        "Analytics Engineer",
        "Harbourline Insurance",
        4.0,
        "London EC3M",
        "£48,000 a year",
        "Posted 5 days ago",
    ),
    (
        "c4d5e6f708192a3b",
        "Senior Data Engineer (Azure)",
        "NHS Digital Partners",
        3.6,
        "Hybrid work in London",
        "£58,000 – £65,000 a year",
        "Posted 2 days ago",
    ),
    ("d0e1f2a3b4c5d6e7", "Lead Data Engineer", "Kestrel Retail Group", 3.9, "Remote", None, "Posted 30+ days ago"),
]


def _jp_desc() -> str:
    return """<div id="jobDescriptionText" class="jobsearch-JobComponent-description css-16y4thd eu4oa1w0"><div>
<p><b>About us</b></p>
<p>Thameslink Analytics builds the data platform behind fare, timetable and passenger-flow reporting for rail operators across the South East. We are a team of 40 based by London Bridge.</p>
<p><b>The role</b></p>
<p>As a Senior Data Engineer you will own our batch and streaming pipelines end to end, from ingestion to the models our analysts use every day.</p>
<p><b>What you'll do</b></p>
<ul><li>Design and build pipelines in Python, SQL and dbt on Snowflake</li><li>Run and improve our Airflow and Kafka estate</li><li>Mentor two mid-level engineers and review their code</li><li>Work with analysts to model new data sources</li></ul>
<p><b>What we're looking for</b></p>
<ul><li>5+ years in data engineering</li><li>Strong Python and SQL</li><li>Experience with a cloud warehouse (Snowflake, BigQuery or Redshift)</li><li>Nice to have: Terraform, streaming, transport data</li></ul>
<p><b>What we offer</b></p>
<ul><li>£45,000 – £55,000 depending on experience</li><li>Hybrid: two days a week in our London Bridge office</li><li>Private medical insurance and 6% matched pension</li><li>25 days' holiday plus bank holidays</li></ul>
<p>Job Types: Full-time, Permanent</p>
<p>Pay: £45,000.00-£55,000.00 per year</p>
<p>Benefits:</p><ul><li>Company pension</li><li>Cycle to work scheme</li><li>Enhanced maternity leave</li><li>Flexitime</li><li>Private medical insurance</li><li>Work from home</li></ul>
<p>Schedule:</p><ul><li>Monday to Friday</li></ul>
<p>Experience:</p><ul><li>Data engineering: 5 years (required)</li></ul>
<p>Work Location: Hybrid remote in London SE1</p>
<p>Application deadline: 31/03/2025</p>
</div></div>"""


def _jp_page() -> str:
    r = JP_RECORD
    similar = "".join(
        f"""<li class="{_css("SimilarJob")}"><div class="jobCard_mainContent"><h3 class="jobTitle {_css("JobTitle")}"><a class="jcs-JobTitle {_css("JobTitleLink")}" data-jk="{jk}" href="/viewjob?jk={jk}&amp;from=vjs&amp;tk=1hq2k0&amp;viewtype=embedded&amp;continueUrl=%2Fviewjob"><span title="{esc(title)}">{esc(title)}</span></a></h3>
<div class="company_location {_css("CompanyLocation")}"><span data-testid="company-name" class="{_css("CompanyName")}">{esc(company)}</span><span data-testid="holistic-rating" class="{_css("Rating")}"><span aria-hidden="true">{rating}</span><span class="{_css("RatingIcon")}"></span><span class="{_css("SrOnly")}">{rating} out of 5 stars.</span></span><div data-testid="text-location" class="{_css("Location")}">{esc(loc)}</div></div>
<div class="jobMetaDataGroup {_css("Meta")}">{f'<div class="metadata salary-snippet-container {_css("Salary")}"><div data-testid="attribute_snippet_testid" class="{_css("Snippet")}">{esc(pay)}</div></div>' if pay else ""}</div>
<span data-testid="myJobsStateDate" class="date {_css("Date")}"><span class="{_css("SrOnly")}">Posted</span>{esc(posted.removeprefix("Posted "))}</span></div></li>"""
        for jk, title, company, rating, loc, pay, posted in JP_SIMILAR
    )
    return f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8">
<title>{esc(r["title"])} - London SE1 - Indeed.com</title>
<meta name="description" content="{esc(r["title"])} – {esc(r["company"])} – London SE1. As a Senior Data Engineer you will own our batch and streaming pipelines end to end…">
<meta property="og:title" content="{esc(r["title"])}"><meta property="og:description" content="{esc(r["company"])} is hiring in London SE1. Apply now.">
<meta name="robots" content="noindex, nofollow"><link rel="canonical" href="https://uk.indeed.com/viewjob?jk={JP_JK}">
<link rel="stylesheet" href="/s/f0a3c1d/jobsearch-all-compiled.css">
</head>
<body class="jobsearch-ViewJobPage"><a class="skip-link" href="#jobsearch-ViewJobLayout-content">Skip to main content</a>
<div id="CookiePrivacyNotice" class="gnav-CookiePrivacyNoticeBanner" role="region" aria-label="Cookie privacy notice"><div>We use cookies to improve your experience. <a href="https://uk.indeed.com/legal#cookies">Cookie Policy</a></div><button class="gnav-CookiePrivacyNoticeButton" data-gnav-element-name="CookiePrivacyNoticeOk">Accept all cookies</button><button data-gnav-element-name="CookiePrivacyNoticeReject">Reject all</button></div>
<header class="{_css("GnavHeader")}" id="gnav-main-container"><nav aria-label="Main"><a href="/" aria-label="Indeed Home" class="{_css("Logo")}"><svg viewBox="0 0 120 32" aria-hidden="true"><path d="M0 0h120v32H0z"></path></svg></a><ul class="{_css("NavList")}"><li><a href="/" aria-current="page" class="{_css("NavItem")}">Home</a></li><li><a href="/companies" class="{_css("NavItem")}">Company reviews</a></li><li><a href="/career/salaries" class="{_css("NavItem")}">Find salaries</a></li></ul><div><a href="https://secure.indeed.com/auth?hl=en_GB&amp;co=GB" class="{_css("SignIn")}">Sign in</a><a href="https://employers.indeed.com/?hl=en_GB" class="{_css("Employers")}">Employers / Post Job</a></div></nav></header>
<div class="jobsearch-ViewJobLayout--embedded" id="jobsearch-ViewJobLayout-content"><div class="jobsearch-ViewJobLayout-innerContent"><div class="jobsearch-ViewJobLayout-mainContainer"><div class="jobsearch-JobComponent {_css("JobComponent")}">
<div class="jobsearch-InfoHeaderContainer jobsearch-DesktopStickyContainer {_css("InfoHeader")}"><div>
<div class="jobsearch-JobInfoHeader-title-container {_css("TitleContainer")}"><h1 class="jobsearch-JobInfoHeader-title {_css("JobTitleH1")}" lang="en" dir="auto" data-testid="jobsearch-JobInfoHeader-title"><span>{esc(r["title"])}</span><span class="{_css("SrOnly")}"> - job post</span></h1></div>
<div class="{_css("CompanyInfo")}"><div data-company-name="true" data-testid="inlineHeader-companyName" class="{_css("CompanyName2")}"><span class="{_css("CompanyNameSpan")}"><a href="https://uk.indeed.com/cmp/Thameslink-Analytics?campaignid=mobvjcmp&amp;from=mobviewjob&amp;tk=1hq2k0&amp;fromjk={JP_JK}" target="_blank" aria-label="{esc(r["company"])} (opens in a new tab)" class="{_css("CompanyLink")}">{esc(r["company"])}<svg aria-hidden="true" class="{_css("ExternalIcon")}" viewBox="0 0 24 24"><path d="M14 3v2h3.59l-9.83 9.83"></path></svg></a></span></div>
<div class="{_css("RatingWrap")}"><span id="companyRatingsLink" class="{_css("RatingLink")}"><a href="https://uk.indeed.com/cmp/Thameslink-Analytics/reviews?campaignid=mobvjcmp&amp;cmpratingc=mobviewjob&amp;from=mobviewjob&amp;tk=1hq2k0&amp;fromjk={JP_JK}&amp;jt={r["title"].replace(" ", "+")}" target="_blank" aria-label="Company rating 4.1 out of 5 stars" class="{_css("RatingA")}">4.1<svg aria-hidden="true" viewBox="0 0 16 16" class="{_css("Star")}"><path d="M8 1l2 5h5l-4 3 1.5 5L8 11l-4.5 3L5 9 1 6h5z"></path></svg></a></span></div>
<div data-testid="inlineHeader-companyLocation" class="{_css("HeaderLocation")}"><div>London SE1</div></div>
<div data-testid="inlineHeader-workplace" class="{_css("HeaderWorkplace")}">Hybrid work</div>
<div id="salaryInfoAndJobType" class="{_css("SalaryJobType")}"><span class="{_css("SalaryHeader")}">£45,000 – £55,000 a year</span><span class="{_css("JobTypeHeader")}"> -  Full-time, Permanent</span></div></div></div></div>
<div class="{_css("ApplyWrap")}" id="jobsearch-ViewJobButtons-container"><div id="applyButtonLinkContainer" class="{_css("ApplyContainer")}"><div><div><button id="indeedApplyButton" class="{_css("ApplyButton")}" aria-label="Apply now (opens in a new tab)" data-jk="{JP_JK}"><span class="{_css("ApplyText")}">Apply now</span></button></div></div></div><div id="saveJobButtonContainer"><button aria-label="Save this job" class="{_css("SaveButton")}"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M12 21l-1.45-1.32C5.4 15.36 2 12.28 2 8.5"></path></svg></button></div></div></div>
<div class="jobsearch-BodyContainer {_css("Body")}"><div class="jobsearch-JobComponent-embeddedBody">
<div id="jobDetailsSection" class="{_css("JobDetails")}"><h2 class="{_css("H2")}">Job details</h2><div class="{_css("DetailsSub")}">Here’s how the job details align with your <a href="/profile">profile</a>.</div>
<div role="group" aria-label="Pay" class="{_css("Group")}"><h3 class="{_css("H3")}"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M2 6h20v12H2z"></path></svg>Pay</h3><ul class="{_css("Chips")}"><li data-testid="list-item" class="{_css("Chip")}"><button class="{_css("ChipButton")}"><div class="{_css("ChipText")}"><span data-testid="£45,000 - £55,000 a year-tile">£45,000 – £55,000 a year</span></div></button></li></ul></div>
<div role="group" aria-label="Job type" class="{_css("Group")}"><h3 class="{_css("H3")}">Job type</h3><ul class="{_css("Chips")}"><li data-testid="list-item" class="{_css("Chip")}"><button class="{_css("ChipButton")}"><div class="{_css("ChipText")}"><span data-testid="Full-time-tile">Full-time</span></div></button></li><li data-testid="list-item" class="{_css("Chip")}"><button class="{_css("ChipButton")}"><div class="{_css("ChipText")}"><span data-testid="Permanent-tile">Permanent</span></div></button></li></ul></div>
<div role="group" aria-label="Shift and schedule" class="{_css("Group")}"><h3 class="{_css("H3")}">Shift and schedule</h3><ul class="{_css("Chips")}"><li data-testid="list-item" class="{_css("Chip")}"><button class="{_css("ChipButton")}"><div class="{_css("ChipText")}"><span data-testid="Monday to Friday-tile">Monday to Friday</span></div></button></li></ul></div></div>
<div id="jobLocationSectionWrapper" class="{_css("LocWrap")}"><h2 class="{_css("H2")}">Location</h2><div id="jobLocationWrapper" class="{_css("LocInner")}"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z"></path></svg><div data-testid="jobsearch-JobInfoHeader-companyLocation" class="{_css("LocText")}">London SE1</div></div></div>
<div id="benefits" data-testid="benefits-test" class="{_css("Benefits")}"><h2 class="{_css("H2")}">Benefits</h2><div class="{_css("BenefitsSub")}">Pulled from the full job description</div><div><ul class="{_css("BenefitsList")}">{"".join(f'<li class="{_css("Benefit")}">{esc(b)}</li>' for b in r["benefits"])}</ul></div></div>
<hr class="{_css("Hr")}">
<div class="{_css("DescWrap")}"><h2 class="jobsearch-JobDescriptionSection-sectionTitle {_css("H2")}" id="jobDescriptionTitle"><span>Full job description</span></h2>{_jp_desc()}</div>
<div id="mosaic-belowFullJobDescription"></div>
<div class="jobsearch-JobMetadataFooter {_css("Footer")}"><div class="{_css("FooterInner")}"><div>Posted 3 days ago</div><div>Active 2 days ago</div><div><span>Hiring insights</span>: Employer reviewed job 1 day ago</div></div><div id="jobsearch-ViewJobButtons-container-footer"><button class="{_css("ReportButton")}" aria-haspopup="dialog"><span>Report job</span></button></div></div>
</div></div></div>
<div class="jobsearch-ViewJobLayout-sidebar"><div id="similarJobs" class="{_css("Similar")}" data-testid="similar-jobs"><h2 class="{_css("H2")}">People also viewed</h2><ul class="{_css("SimilarList")}">{similar}</ul><a href="/jobs?q=senior+data+engineer&amp;l=London+SE1&amp;from=vjs" class="{_css("MoreLink")}">Senior Data Engineer jobs in London SE1</a></div>
<div class="{_css("Salaries")}"><h2 class="{_css("H2")}">Explore other jobs</h2><ul><li><a href="/q-data-engineer-l-london-jobs.html">Data Engineer jobs in London</a></li><li><a href="/cmp/Thameslink-Analytics/jobs">Thameslink Analytics Ltd jobs</a></li><li><a href="/career/data-engineer/salaries/London">Data Engineer salaries in London</a></li></ul></div></div></div></div>
<footer class="{_css("Footer2")}" role="contentinfo"><ul><li><a href="/career-advice">Career advice</a></li><li><a href="/browse-jobs">Browse jobs</a></li><li><a href="/companies/browse-companies">Browse companies</a></li><li><a href="/career/salaries">Salaries</a></li><li><a href="https://uk.indeed.com/about">About</a></li><li><a href="/legal">Cookies, Privacy and Terms</a></li></ul><p>© 2025 Indeed</p></footer>
<script>window._initialData = {{"jobKey":"{JP_JK}","viewJobButtonLinkContainerModel":{{"indeedApplyButton":true}},"sponsored":false}};</script>
</body></html>"""


@fifteenth_c
def build_jobposting() -> None:
    s = Site(
        "jobposting",
        kind="detail page (Indeed viewjob 2024–25, no JSON-LD: css- emotion hashes + jobsearch- ids / data-testid hooks, h1 title with an sr ' - job post' suffix, company link + 'Company rating 4.1 out of 5 stars', 'London SE1', 'Hybrid work', Job details chip groups Pay / Job type / Shift and schedule, Benefits list, full description with bold headings and bullet lists, 'Posted 3 days ago' / 'Active 2 days ago' footer, Apply now, Report job, 'People also viewed' jobs with their own titles, salaries and companies)",
        start=JP_PATH.lstrip("/"),
        description="An Indeed job detail page (uk.indeed.com viewjob, 2024–2025, no JSON-LD): a cookie notice, the header, the sticky info header (h1 'Senior Data Engineer' with a ' - job post' screen-reader suffix, the company link, a rating link '4.1' with a star and aria-label 'Company rating 4.1 out of 5 stars', 'London SE1', 'Hybrid work', '£45,000 – £55,000 a year -  Full-time, Permanent'), Apply now / Save buttons, 'Job details' with Pay, Job type (Full-time, Permanent) and Shift and schedule (Monday to Friday) chip groups, Location, Benefits ('Pulled from the full job description', six items), the full job description (bold-paragraph headings, bullet lists, 'Job Types:', 'Pay:', 'Benefits:' and 'Schedule:' lines), a metadata footer 'Posted 3 days ago' / 'Active 2 days ago' with 'Report job', a 'People also viewed' sidebar of four jobs with their own titles, companies, ratings, locations, salaries and ages, the footer and an _initialData script. Written down: title, company, rating, location, salary, job_type, workplace, schedule, benefits, posted.",
    )
    s.list_page(JP_PATH.lstrip("/").replace("?", "@"), _jp_page())
    _index(s, "Indeed", JP_PATH, str(JP_RECORD["title"]))
    s.expect(dict(JP_RECORD))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FIFTEENTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
