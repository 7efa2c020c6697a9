"""Twenty-second wave, part C: three blogs on publishing platforms whose paging is not a numbered pager, copied
from their real 2024–25 markup and written before any heuristic was changed for them.

* **volkstuin-diary** — a Blogger (blogspot) blog on the classic "Simple" layout template (widget markup of
  ``b:widget id='Blog1'``): ``div.blog-posts.hfeed > div.date-outer > h2.date-header > span`` once per day
  (two posts share a day twice, so the day is written only above the first), ``div.date-posts > div.post-outer
  > div.post.hentry.uncustomized-post-template`` with ``h3.post-title.entry-title > a``, a ``div.post-body.
  entry-content`` holding the text before the jump break (a ``div.separator`` image on some), ``div.jump-link``
  "Read more »", and ``div.post-footer`` lines: "Posted by" ``span.fn > a.g-profile``, "at" ``a.timestamp-link >
  abbr.published[title=ISO]`` "09:12", ``a.comment-link`` "3 comments:" / "No comments:", the edit icon, the
  share buttons, "Labels:" ``a[rel=tag]``. Paging is Blogger's: ``div#blog-pager`` with ``a.blog-pager-older-link``
  to ``/search?updated-max=<last post's time, %2B offset>&max-results=7``, ``a.blog-pager-newer-link`` with
  ``reverse-paginate=true`` on later pages, ``a.home-link``; the last page has no older link. Sidebar widgets:
  Profile, Popular Posts (three posts with thumbnails and snippets), a label cloud with counts, the Blog Archive
  hierarchy with the current month expanded into a list of post titles; the Navbar iframe, the EU cookie notice
  and the ``_WidgetManager`` scripts. Three pages, 19 posts. Written down: title, url, date, author, summary,
  labels, comments.
* **saltline** — a Ghost 5 publication on Casper (Classic feed layout) at its home page: the publication cover
  header (page 1 only), ``div.post-feed`` whose first card on page 1 is ``article.post-card.featured.
  post-card-large`` (the featured post, with the "Featured" flame), then ``article.post-card`` items (image link,
  ``a.post-card-content-link`` around the primary tag, ``h2.post-card-title`` and ``div.post-card-excerpt``,
  ``footer.post-card-meta`` with ``time`` and "6 min read", a ``span.post-card-access`` "Members only" / "Paid-
  members only" lock on some); Ghost's paging: ``link rel=next/prev`` (absolute, on the publication's own host)
  in the head and the ``{{pagination}}`` helper's ``nav.pagination`` "← Newer Posts · Page 1 of 3 · Older Posts
  →" with relative ``/page/2/``; the footer member signup CTA, the Portal and Sodo Search scripts. Three pages,
  25 posts. Written down: title, url, tag, date, reading_time, summary, access.
* **pedal-notes** — a WordPress blog on a classic Underscores-based theme (``_s``: Twenty Twenty-One and
  GeneratePress print numbered pagers, ``_s`` themes print ``the_posts_navigation()``) with a right sidebar:
  page 1 opens with a sticky post (``article.sticky``, published in January, absent from later pages), then
  ``article.post.hentry`` items: ``h2.entry-title > a[rel=bookmark]``, ``div.entry-meta`` "Posted on" ``time.
  entry-date.published`` (+ ``time.updated``) "by" ``span.author.vcard``, a post thumbnail, ``div.entry-content``
  excerpt with "Continue reading", ``footer.entry-footer`` "Posted in" category, "Tagged" tags, ``span.comments-link``
  "4 Comments on <title>" / "Leave a Comment on <title>". Paging: ``nav.navigation.posts-navigation > div.nav-links``
  with ``div.nav-previous a`` "Older posts" (WordPress's "previous" is the OLDER page) and ``div.nav-next a``
  "Newer posts" on ``/page/2/``. Sidebar widgets: search, Recent Posts (five titles with dates), Recent Comments
  ("Name on Post title"), Archives and Categories with counts. Three pages, 25 posts. Written down: title, url,
  date, author, category, tags, summary, comments.

Run ``uv run python tests/sites/corpus/generate_twentysecond_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. Links to the site's
own pages are written root-relative (the test server is the site's host); head links naming the canonical host
stay absolute, as the platforms print them.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSECOND_C: dict[str, Callable[[], None]] = {}


def twentysecond_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSECOND_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 12) -> str:
    """A stable decimal id derived from ``text`` (the real sites use database ids)."""
    return str(int(hashlib.sha1(text.encode()).hexdigest()[:15], 16))[:size]


def _hex(text: str, size: int = 24) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# volkstuin-diary: Blogger, classic "Simple" template, updated-max paging.
# ---------------------------------------------------------------------------------------------------

BLOG_ID = "7308815527164401932"
MAGGIE = "Maggie Thornbury"
TOM = "Tom Whitlow"

#: (title, published (ISO, Europe/Amsterdam), author, labels, comments, body text, image file or "").
VOLKSTUIN: list[tuple[str, str, str, list[str], int, str, str]] = [
    (
        "First sowings under the cold frame",
        "2025-03-27T18:40:00+01:00",
        MAGGIE,
        ["Sowing", "Cold frame"],
        4,
        "Lettuce 'Little Gem', radish and a row of spring onions went in under the glass this afternoon. The soil in the frame was a good three degrees warmer than the open beds.",
        "cold-frame.jpg",
    ),
    (
        "The great compost turn",
        "2025-03-24T10:05:00+01:00",
        MAGGIE,
        ["Compost", "Jobs for the month"],
        2,
        "Both bays turned, the bottom of the old heap sieved and barrowed onto the potato bed. Found a slow worm asleep in the corner and put him back gently.",
        "",
    ),
    (
        "Chitting update: the Charlottes are off",
        "2025-03-18T19:22:00+01:00",
        MAGGIE,
        ["Potatoes"],
        0,
        "Three weeks on the bedroom windowsill and the sprouts are short, dark and sturdy, exactly what you want. The Pink Fir Apple are sulking as usual.",
        "chitting-trays.jpg",
    ),
    (
        "A visit from the tuincommissie",
        "2025-03-18T08:15:00+01:00",
        MAGGIE,
        ["Allotment life"],
        7,
        "The garden committee walked the paths this morning with clipboards. We passed, apart from the bramble by the water butt, which I had genuinely forgotten about.",
        "",
    ),
    (
        "Guest post: building raised beds from old scaffold boards",
        "2025-03-12T20:30:00+01:00",
        TOM,
        ["Guest post", "Raised beds", "Reuse"],
        5,
        "Maggie asked me to write up how we built the four new beds on plot 112 for almost nothing. The boards came from a builder in Lombok who was glad to see them go.",
        "raised-beds.jpg",
    ),
    (
        "Seed swap at the Tuinpark clubhouse",
        "2025-03-08T16:48:00+01:00",
        MAGGIE,
        ["Seeds", "Allotment life"],
        3,
        "Came home with eleven packets and gave away nine, which I am counting as a win. Best find: a Frisian broad bean nobody could name.",
        "",
    ),
    (
        "Rhubarb forcing, week four",
        "2025-03-04T09:12:00+01:00",
        MAGGIE,
        ["Rhubarb", "Forcing"],
        1,
        "Lifted the bucket this morning and there they were: pale pink stalks, nearly a foot long. Crumble on Sunday, if they survive until then.",
        "forced-rhubarb.jpg",
    ),
    (
        "Pruning the old apple trees",
        "2025-03-01T11:30:00+01:00",
        MAGGIE,
        ["Fruit", "Pruning"],
        2,
        "The two apple trees on the shared strip have not been pruned in years. I took out the crossing branches and the water shoots and stopped before I got carried away.",
        "",
    ),
    (
        "Why I stopped digging",
        "2025-02-26T21:05:00+01:00",
        MAGGIE,
        ["No dig", "Soil"],
        11,
        "Four winters of no-dig on half the plot and I am not going back. The worms agree with me, and so does my back.",
        "",
    ),
    (
        "Mice in the pea trays",
        "2025-02-22T17:40:00+01:00",
        MAGGIE,
        ["Pests", "Peas"],
        6,
        "Every single pea sown in the greenhouse trays was dug up and eaten overnight. Round two is on the kitchen table, under a cake cover.",
        "pea-trays.jpg",
    ),
    (
        "Garlic is up",
        "2025-02-19T12:10:00+01:00",
        MAGGIE,
        ["Garlic"],
        0,
        "The 'Germidour' planted in November has pushed through the straw, every clove accounted for. Nothing to do now but weed and wait.",
        "",
    ),
    (
        "Ordering seeds for 2025",
        "2025-02-15T20:55:00+01:00",
        MAGGIE,
        ["Seeds", "Planning"],
        3,
        "The list is shorter this year: fewer tomatoes, more beans, and finally a proper go at celeriac. Orders split between two Dutch seed houses and one English one.",
        "",
    ),
    (
        "Guest post: a beginner's first winter",
        "2025-02-15T09:30:00+01:00",
        TOM,
        ["Guest post", "Allotment life"],
        4,
        "I took on the plot next to Maggie's last April knowing nothing at all. Here is what a first winter taught me, mostly about mud.",
        "winter-plot.jpg",
    ),
    (
        "Mending the shed roof",
        "2025-02-12T15:20:00+01:00",
        MAGGIE,
        ["Shed", "Repairs"],
        1,
        "The felt finally gave up in the January storm. Two rolls, a box of clout nails and a borrowed ladder later, the shed is dry again.",
        "",
    ),
    (
        "Planning the beds on paper",
        "2025-02-08T19:45:00+01:00",
        MAGGIE,
        ["Planning"],
        2,
        "Squared paper, four coloured pencils and last year's notebook. Brassicas move to bed three, the squash go where the potatoes were.",
        "bed-plan.jpg",
    ),
    (
        "Leek and potato soup from the last of the store",
        "2025-02-03T18:00:00+01:00",
        MAGGIE,
        ["Recipes", "Leeks"],
        5,
        "The last six leeks and a bowl of small potatoes made enough soup for the week. Recipe below, such as it is.",
        "",
    ),
    (
        "Frost and the broad beans",
        "2025-01-28T08:50:00+01:00",
        MAGGIE,
        ["Broad beans", "Weather"],
        0,
        "Minus seven on Sunday night and the autumn-sown 'Aquadulce' look flattened but alive. They always do this and they always recover.",
        "",
    ),
    (
        "Sharpening everything",
        "2025-01-21T14:25:00+01:00",
        MAGGIE,
        ["Tools", "Jobs for the month"],
        3,
        "A dull January afternoon well spent: spades, hoes, secateurs and the bread knife, which wandered down to the shed last summer.",
        "tools.jpg",
    ),
    (
        "Looking back at 2024",
        "2025-01-14T20:15:00+01:00",
        MAGGIE,
        ["Review"],
        9,
        "The year of slugs, the year of the enormous pumpkin, the year the water butt split. A long post with a lot of photographs.",
        "",
    ),
]

POPULAR = [
    ("Why I stopped digging", "Four winters of no-dig on half the plot and I am not going back."),
    ("Mice in the pea trays", "Every single pea sown in the greenhouse trays was dug up and eaten overnight."),
    ("Looking back at 2024", "The year of slugs, the year of the enormous pumpkin, the year the water butt split."),
]


def _label_cloud() -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for post in VOLKSTUIN:
        for label in post[3]:
            counts[label] = counts.get(label, 0) + 1
    return sorted(counts.items())


def _blogger_url(title: str, published: str) -> str:
    words = slug(title).split("-")
    name = "-".join(words)[:39].rstrip("-")  # Blogger cuts slugs near 40 characters
    return f"/{published[:4]}/{published[5:7]}/{name}.html"


def _date_header(published: str) -> str:
    day = datetime.fromisoformat(published)
    return f"{day:%A}, {day.day} {day:%B %Y}"


def _comments_text(count: int) -> str:
    return "No comments:" if count == 0 else ("1 comment:" if count == 1 else f"{count} comments:")


def _blogger_post(
    title: str, published: str, author: str, labels: list[str], comments: int, body: str, image: str
) -> str:
    url = _blogger_url(title, published)
    post_id = _num(title, 19)
    profile = "09451772630318264417" if author == MAGGIE else "15530027791154378861"
    image_html = ""
    if image:
        src = f"https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{_hex(image, 40)}/s320/{image}"
        image_html = f'<div class="separator" style="clear: both; text-align: center;"><a href="{src.replace("/s320/", "/s1600/")}" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1200" data-original-width="1600" height="240" src="{src}" width="320" /></a></div>\n'
    label_links = ", ".join(
        f"<a href='/search/label/{esc(label).replace(' ', '%20')}' rel='tag'>{esc(label)}</a>" for label in labels
    )
    share = "\n".join(
        f"<a class='goog-inline-block share-button sb-{kind}' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&postID={post_id}&target={kind}' target='_blank' title='{label}'><span class='share-button-link-text'>{label}</span></a>"
        for kind, label in [
            ("email", "Email This"),
            ("blog", "BlogThis!"),
            ("twitter", "Share to X"),
            ("facebook", "Share to Facebook"),
            ("pinterest", "Share to Pinterest"),
        ]
    )
    return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{_hex(title, 40)}/w1200-h630-p-k-no-nu/{image or "header.jpg"}' itemprop='image_url'/>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{post_id}' itemprop='postId'/>
<a name='{post_id}'></a>
<h3 class='post-title entry-title' itemprop='name'>
<a href='{url}'>{esc(title)}</a>
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{post_id}' itemprop='description articleBody'>
{image_html}{esc(body)}
<div style='clear: both;'></div>
</div>
<div class='jump-link'>
<a href='{url}#more' title='{esc(title)}'>Read more &#187;</a>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
Posted by
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/{profile}' itemprop='url'/>
<a class='g-profile' href='https://www.blogger.com/profile/{profile}' rel='author' title='author profile'>
<span itemprop='name'>{esc(author)}</span>
</a>
</span>
</span>
<span class='post-timestamp'>
at
<meta content='https://volkstuindiary.blogspot.com{url}' itemprop='url'/>
<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{published}'>{published[11:16]}</abbr></a>
</span>
<span class='post-comment-link'>
<a class='comment-link' href='{url}#comment-form' onclick=''>
{_comments_text(comments)}
  </a>
</span>
<span class='post-icons'>
<span class='item-control blog-admin pid-1402877322'>
<a href='https://www.blogger.com/post-edit.g?blogID={BLOG_ID}&postID={post_id}&from=pencil' title='Edit Post'>
<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>
</a>
</span>
</span>
<div class='post-share-buttons goog-inline-block'>
{share}
</div>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
Labels:
{label_links}
</span>
</div>
<div class='post-footer-line post-footer-line-3'>
<span class='post-location'>
</span>
</div>
</div>
</div>
</div>"""


def _published(title: str) -> str:
    return next(when for name, when, *_ in VOLKSTUIN if name == title)


def _blogger_sidebar(march_titles: list[tuple[str, str]]) -> str:
    popular = "\n".join(
        f"""<li>
<div class='item-content'>
<div class='item-thumbnail'>
<a href='{_blogger_url(title, _published(title))}' target='_blank'>
<img alt='' border='0' src='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{_hex(title + "t", 40)}/w72-h72-p-k-no-nu/thumb.jpg'/>
</a>
</div>
<div class='item-title'><a href='{_blogger_url(title, _published(title))}'>{esc(title)}</a></div>
<div class='item-snippet'>{esc(snippet)}</div>
</div>
<div style='clear: both;'></div>
</li>"""
        for title, snippet in POPULAR
    )
    cloud = "\n".join(
        f"<span class='label-size label-size-{min(5, 1 + count // 6)}'>\n<a dir='ltr' href='/search/label/{esc(label).replace(' ', '%20')}'>{esc(label)}</a>\n<span class='label-count' dir='ltr'>({count})</span>\n</span>"
        for label, count in _label_cloud()
    )
    march = "\n".join(f"<li><a href='{url}'>{esc(title)}</a></li>" for title, url in march_titles)
    return f"""<div class='column-right-inner'>
<aside>
<div class='sidebar section' id='sidebar-right-1'><div class='widget Profile' data-version='1' id='Profile1'>
<h2>About me</h2>
<div class='widget-content'>
<a href='https://www.blogger.com/profile/09451772630318264417'><img alt='My photo' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE{_hex("maggie", 40)}/s80/maggie.jpg' width='80'/></a>
<dl class='profile-datablock'>
<dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/09451772630318264417' rel='author' style='background-image: url(//www.blogger.com/img/logo-16.png);'>Maggie Thornbury</a></dt>
<dd class='profile-textblock'>Yorkshire-born, Utrecht-based, growing vegetables on plot 112 of a volkstuinpark since 2019. Blogging about it since January. Mostly mud, occasionally triumph.</dd>
</dl>
<a class='profile-link' href='https://www.blogger.com/profile/09451772630318264417' rel='author'>View my complete profile</a>
<div class='clear'></div>
</div>
</div><div class='widget PopularPosts' data-version='1' id='PopularPosts1'>
<h2>Popular Posts</h2>
<div class='widget-content popular-posts'>
<ul>
{popular}
</ul>
<div class='clear'></div>
</div>
</div><div class='widget Label' data-version='1' id='Label1'>
<h2>Labels</h2>
<div class='widget-content cloud-label-widget-content'>
{cloud}
<div class='clear'></div>
</div>
</div><div class='widget BlogArchive' data-version='1' id='BlogArchive1'>
<h2>Blog Archive</h2>
<div class='widget-content'>
<div id='ArchiveList'>
<div id='BlogArchive1_ArchiveList'>
<ul class='hierarchy'>
<li class='archivedate expanded'>
<a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a>
<a class='post-count-link' href='/2025/'>2025</a>
<span class='post-count' dir='ltr'>(19)</span>
<ul class='hierarchy'>
<li class='archivedate expanded'>
<a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&#160;</span></a>
<a class='post-count-link' href='/2025/03/'>March</a>
<span class='post-count' dir='ltr'>(8)</span>
<ul class='posts'>
{march}
</ul>
</li>
</ul>
<ul class='hierarchy'>
<li class='archivedate collapsed'>
<a class='toggle' href='javascript:void(0)'><span class='zippy'>&#9658;&#160;</span></a>
<a class='post-count-link' href='/2025/02/'>February</a>
<span class='post-count' dir='ltr'>(8)</span>
</li>
</ul>
<ul class='hierarchy'>
<li class='archivedate collapsed'>
<a class='toggle' href='javascript:void(0)'><span class='zippy'>&#9658;&#160;</span></a>
<a class='post-count-link' href='/2025/01/'>January</a>
<span class='post-count' dir='ltr'>(3)</span>
</li>
</ul>
</li>
</ul>
</div>
</div>
<div class='clear'></div>
</div>
</div><div class='widget Followers' data-version='1' id='Followers1'>
<h2 class='title'>Followers</h2>
<div class='widget-content'><div id='Followers1-wrapper'><div style='margin-right:2px;'><div><script src='https://apis.google.com/js/platform.js' type='text/javascript'></script><div id='followers-iframe-container'></div></div></div></div><div class='clear'></div></div>
</div></div>
</aside>
</div>"""


def _blogger_time(published: str) -> str:
    return published.replace("+", "%2B")


def _blogger_page(
    posts: list[tuple[str, str, str, list[str], int, str, str]],
    *,
    older: str | None,
    newer: str | None,
    canonical: str,
    sidebar: str,
) -> str:
    days: list[list[tuple[str, str, str, list[str], int, str, str]]] = []
    for post in posts:
        if days and days[-1][0][1][:10] == post[1][:10]:
            days[-1].append(post)
        else:
            days.append([post])
    blocks = "\n".join(
        f"""<div class="date-outer">
<h2 class='date-header'><span>{_date_header(day[0][1])}</span></h2>
<div class="date-posts">
{chr(10).join(_blogger_post(*post) for post in day)}
</div></div>"""
        for day in days
    )
    newer_html = (
        f"<span id='blog-pager-newer-link'>\n<a class='blog-pager-newer-link' href='{newer}' id='Blog1_blog-pager-newer-link' title='Newer Posts'>Newer Posts</a>\n</span>\n"
        if newer
        else ""
    )
    older_html = (
        f"<span id='blog-pager-older-link'>\n<a class='blog-pager-older-link' href='{older}' id='Blog1_blog-pager-older-link' title='Older Posts'>Older Posts</a>\n</span>\n"
        if older
        else ""
    )
    older_js = f"'https://volkstuindiary.blogspot.com{older}'" if older else "''"
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<link href='https://www.blogger.com/static/v1/widgets/4128112664-css_bundle_v2.css' rel='stylesheet' type='text/css'/>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://volkstuindiary.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{canonical}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="The Volkstuin Diary - Atom" href="https://volkstuindiary.blogspot.com/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="The Volkstuin Diary - RSS" href="https://volkstuindiary.blogspot.com/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="The Volkstuin Diary - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
<link rel="me" href="https://www.blogger.com/profile/09451772630318264417" />
<meta content='Notes from plot 112: an English gardener on a Dutch allotment.' name='description'/>
<meta content='{canonical}' property='og:url'/>
<meta content='The Volkstuin Diary' property='og:title'/>
<meta content='Notes from plot 112: an English gardener on a Dutch allotment.' property='og:description'/>
<title>The Volkstuin Diary</title>
<style id='page-skin-1' type='text/css'><!--
/* Name:     Simple  Designer: Blogger  URL:      www.blogger.com */
body {{ font: normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; color: #3b3b2f; background: #eef0e4 none repeat scroll top left; }}
.date-header span {{ background-color: transparent; color: #6b7a3a; padding: inherit; letter-spacing: inherit; margin: inherit; }}
.main-inner .column-center-inner {{ padding: 0 15px; }}
h3.post-title, .comments h4 {{ font: normal normal 22px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; margin: .75em 0 0; }}
.post-footer {{ margin: 20px -2px 0; padding: 5px 10px; color: #7a7a66; background-color: #f4f5ec; border-bottom: 1px solid #e4e6d6; line-height: 1.6; font-size: 90%; }}
#blog-pager {{ margin: 1em 0; text-align: center; overflow: hidden; }}
--></style>
<script type="text/javascript">(function() {{ var b=window,f="jstiming",g="tick";(function(){{function d(a){{this.t={{}};this.tick=function(a,d,c){{d=void 0!=c?c:(new Date).getTime();this.t[a]=[d,void 0]}};this.tick("start",null,a)}}var a=new d;b.jstiming={{Timer:d,load:a}}}})()}})();</script>
</head>
<body class='loading'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{ if(window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} else {{ window.attachEvent('onload', function(){{ object[attribute] = val; }}); }} }}
  </script>
<div id="navbar-iframe-container"></div>
<script type="text/javascript" src="https://apis.google.com/js/platform.js"></script>
<script type="text/javascript">
      gapi.load("gapi.iframes:gapi.iframes.style.bubble", function() {{
        if (gapi.iframes && gapi.iframes.getContext) {{
          gapi.iframes.getContext().openChild({{
              url: 'https://www.blogger.com/navbar/{BLOG_ID}?origin\\x3dhttps://volkstuindiary.blogspot.com',
              where: document.getElementById("navbar-iframe-container"),
              id: "navbar-iframe"
          }});
        }}
      }});
    </script><script type="text/javascript">
(function() {{
var script = document.createElement('script');
script.type = 'text/javascript';
script.src = '//pagead2.googlesyndication.com/pagead/js/google_top_exp.js';
var head = document.getElementsByTagName('head')[0];
if (head) {{ head.appendChild(script); }}}})();
</script>
</div></div>
<div class='body-fauxcolumns'>
<div class='fauxcolumn-outer body-fauxcolumn-outer'>
<div class='cap-top'><div class='cap-left'></div><div class='cap-right'></div></div>
<div class='fauxborder-left'><div class='fauxborder-right'></div><div class='fauxcolumn-inner'></div></div>
<div class='cap-bottom'><div class='cap-left'></div><div class='cap-right'></div></div>
</div>
</div>
<div class='content'>
<div class='content-fauxcolumns'>
<div class='fauxcolumn-outer content-fauxcolumn-outer'><div class='fauxcolumn-inner'></div></div>
</div>
<div class='content-outer'>
<div class='content-cap-top cap-top'><div class='cap-left'></div><div class='cap-right'></div></div>
<div class='fauxborder-left content-fauxborder-left'>
<div class='fauxborder-right content-fauxborder-right'></div>
<div class='content-inner'>
<header>
<div class='header-outer'>
<div class='header-cap-top cap-top'><div class='cap-left'></div><div class='cap-right'></div></div>
<div class='fauxborder-left header-fauxborder-left'>
<div class='fauxborder-right header-fauxborder-right'></div>
<div class='region-inner header-inner'>
<div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'>
<div class='titlewrapper'>
<h1 class='title'>
<a href='/'>The Volkstuin Diary</a>
</h1>
</div>
<div class='descriptionwrapper'>
<p class='description'><span>Notes from plot 112: an English gardener on a Dutch allotment.</span></p>
</div>
</div>
</div></div>
</div>
</div>
<div class='header-cap-bottom cap-bottom'><div class='cap-left'></div><div class='cap-right'></div></div>
</div>
</header>
<div class='tabs-outer'>
<div class='tabs-cap-top cap-top'><div class='cap-left'></div><div class='cap-right'></div></div>
<div class='fauxborder-left tabs-fauxborder-left'>
<div class='fauxborder-right tabs-fauxborder-right'></div>
<div class='region-inner tabs-inner'>
<div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget PageList' data-version='1' id='PageList1'>
<h2>Pages</h2>
<div class='widget-content'>
<ul>
<li class='selected'><a href='/'>Home</a></li>
<li><a href='/p/about-plot-112.html'>About plot 112</a></li>
<li><a href='/p/what-i-grow.html'>What I grow</a></li>
<li><a href='/p/seed-list.html'>Seed list</a></li>
</ul>
<div class='clear'></div>
</div>
</div></div>
<div class='tabs no-items section' id='crosscol-overflow' name='Cross-Column 2'></div>
</div>
</div>
<div class='tabs-cap-bottom cap-bottom'><div class='cap-left'></div><div class='cap-right'></div></div>
</div>
<div class='main-outer'>
<div class='main-cap-top cap-top'><div class='cap-left'></div><div class='cap-right'></div></div>
<div class='fauxborder-left main-fauxborder-left'>
<div class='fauxborder-right main-fauxborder-right'></div>
<div class='region-inner main-inner'>
<div class='columns fauxcolumns'>
<div class='fauxcolumn-outer fauxcolumn-center-outer'><div class='cap-top'><div class='cap-left'></div><div class='cap-right'></div></div><div class='fauxborder-left'><div class='fauxborder-right'></div><div class='fauxcolumn-inner'></div></div><div class='cap-bottom'><div class='cap-left'></div><div class='cap-right'></div></div></div>
<div class='fauxcolumn-outer fauxcolumn-left-outer'><div class='fauxcolumn-inner'></div></div>
<div class='fauxcolumn-outer fauxcolumn-right-outer'><div class='fauxcolumn-inner'></div></div>
<div class='columns-inner'>
<div class='column-center-outer'>
<div class='column-center-inner'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
{blocks}
</div>
<div class='blog-pager' id='blog-pager'>
{newer_html}{older_html}<a class='home-link' href='/'>Home</a>
</div>
<div class='clear'></div>
<div class='blog-feeds'>
<div class='feed-links'>
Subscribe to:
<a class='feed-link' href='https://volkstuindiary.blogspot.com/feeds/posts/default' target='_blank' type='application/atom+xml'>Posts (Atom)</a>
</div>
</div>
</div></div>
</div>
</div>
<div class='column-left-outer'>
<div class='column-left-inner'>
<aside>
</aside>
</div>
</div>
<div class='column-right-outer'>
{sidebar}
</div>
</div>
<div style='clear: both'></div>
</div>
</div>
</div>
<div class='main-cap-bottom cap-bottom'><div class='cap-left'></div><div class='cap-right'></div></div>
</div>
<footer>
<div class='footer-outer'>
<div class='fauxborder-left footer-fauxborder-left'>
<div class='fauxborder-right footer-fauxborder-right'></div>
<div class='region-inner footer-inner'>
<div class='foot no-items section' id='footer-1'></div>
<div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>
Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.
</div>
<div class='clear'></div>
</div></div>
</div>
</div>
</div>
</footer>
</div>
</div>
<div class='content-cap-bottom cap-bottom'><div class='cap-left'></div><div class='cap-right'></div></div>
</div>
</div>
<script type='text/javascript'>
    window.setTimeout(function() {{
        document.body.className = document.body.className.replace('loading', '');
      }}, 10);
  </script>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2028843038-widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY5n1XQwqzJ8kR3vF0mU7c2eYbS9Ng:1742900000000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{BLOG_ID}','//volkstuindiary.blogspot.com/','{BLOG_ID}');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{BLOG_ID}', 'title': 'The Volkstuin Diary', 'url': 'https://volkstuindiary.blogspot.com/', 'canonicalUrl': 'https://volkstuindiary.blogspot.com/', 'homepageUrl': 'https://volkstuindiary.blogspot.com/', 'searchUrl': 'https://volkstuindiary.blogspot.com/search', 'pageType': 'index', 'pageName': '', 'pageTitle': 'The Volkstuin Diary', 'locale': 'en-GB', 'languageDirection': 'ltr', 'isPrivate': false, 'enabledCommentProfileImages': true}}}}]);
_WidgetManager._RegisterWidget('_NavbarView', new _WidgetInfo('Navbar1', 'navbar', document.getElementById('Navbar1'), {{}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_HeaderView', new _WidgetInfo('Header1', 'header', document.getElementById('Header1'), {{}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document.getElementById('Blog1'), {{'cmtInteractionsEnabled': false, 'lightboxEnabled': true, 'lightboxModuleUrl': 'https://www.blogger.com/static/v1/jsbin/3412768501-lbx__en_gb.js', 'lightboxCssUrl': 'https://www.blogger.com/static/v1/v-css/828616780-lightbox_bundle.css', 'olderPageUrl': {older_js}}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_ProfileView', new _WidgetInfo('Profile1', 'sidebar-right-1', document.getElementById('Profile1'), {{}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_PopularPostsView', new _WidgetInfo('PopularPosts1', 'sidebar-right-1', document.getElementById('PopularPosts1'), {{}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_LabelView', new _WidgetInfo('Label1', 'sidebar-right-1', document.getElementById('Label1'), {{}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_BlogArchiveView', new _WidgetInfo('BlogArchive1', 'sidebar-right-1', document.getElementById('BlogArchive1'), {{'languageDirection': 'ltr', 'loadingMessage': 'Loading\\x26hellip;'}}, 'displayModeFull'));
</script>
<script type="text/javascript" src="https://www.blogger.com/static/v1/jsbin/2383197431-cookienotice.js"></script>
<script>
    document.addEventListener('DOMContentLoaded', function(event) {{
      window.cookieChoices && cookieChoices.showCookieConsentBar && cookieChoices.showCookieConsentBar(
          (window.cookieOptions && cookieOptions.msg) || 'This site uses cookies from Google to deliver its services and to analyse traffic.',
          (window.cookieOptions && cookieOptions.close) || 'Ok',
          (window.cookieOptions && cookieOptions.learn) || 'Learn more',
          (window.cookieOptions && cookieOptions.link) || 'https://www.blogger.com/go/blogspot-cookies');
    }});
  </script>
</body>
</html>"""


@twentysecond_c
def build_volkstuin_diary() -> None:
    s = Site(
        "volkstuin-diary",
        kind="personal blog (Blogger classic Simple template 2024–25: div.date-outer > h2.date-header once per day over div.post-outer > div.post.hentry with h3.post-title > a, post-body snippet + 'Read more »', post-footer 'Posted by … at 09:12' with abbr.published[title=ISO], 'No comments:' / '3 comments:', 'Labels:'; div#blog-pager 'Older Posts' a.blog-pager-older-link to /search?updated-max=…%2B01:00&max-results=7, 'Newer Posts' with reverse-paginate; sidebar Profile, Popular Posts, label cloud, expanded Blog Archive)",
        start="/",
        description="A gardening blog on Blogger (blogspot) with the classic 'Simple' layout template as served in 2024–25: the Navbar widget iframe, the header widget (title, description), a PageList tab row (Home / About plot 112 / What I grow / Seed list), then the Blog1 widget: div.blog-posts.hfeed holding one div.date-outer per day with h2.date-header > span 'Tuesday, 18 March 2025' written once above div.date-posts (two days carry two posts each, the second post has no header of its own), each div.post-outer > div.post.hentry.uncustomized-post-template (itemprop blogPost, meta image/blogId/postId, a name anchor) with h3.post-title.entry-title > a to /2025/03/slug.html, div.post-body.entry-content with the text before the jump break (a div.separator image link on some), div.jump-link 'Read more »', and div.post-footer lines: 'Posted by' span.fn > a.g-profile > span 'Maggie Thornbury' (a guest author twice), 'at' a.timestamp-link > abbr.published title='2025-03-18T19:22:00+01:00' shown as '19:22', a.comment-link 'No comments:' / '1 comment:' / '7 comments:', the blog-admin edit icon, five share buttons, 'Labels:' a[rel=tag] list. Below the posts Blogger's pager: div#blog-pager with span#blog-pager-older-link > a.blog-pager-older-link 'Older Posts' to /search?updated-max=2025-03-04T09:12:00%2B01:00&max-results=7 (the last post's time), a.blog-pager-newer-link 'Newer Posts' with &reverse-paginate=true on pages 2 and 3, a.home-link 'Home'; the last page has no older link. The feed links, then the right sidebar: Profile widget (photo, name, bio), Popular Posts (three posts with thumbnail, title link and snippet, two of them also in the feed), a label cloud (span.label-size > a + span.label-count '(12)'), the Blog Archive hierarchy (2025 (19) expanded, March (8) expanded into a ul.posts of its post titles, other months and years collapsed with counts), Followers; the Attribution footer, _WidgetManager scripts and the EU cookie notice script. Pages: / (7 posts), /search?updated-max=2025-03-04T09:12:00%2B01:00&max-results=7 (7), /search?updated-max=2025-02-12T15:20:00%2B01:00&max-results=7 (5). Written down: title, url, date (ISO day), author, summary (the post-body text), labels (list), comments (number; 0 for 'No comments').",
    )
    pages = chunks(VOLKSTUIN, [7, 7, 5])
    march = [(title, _blogger_url(title, when)) for title, when, *_ in VOLKSTUIN if when.startswith("2025-03")]
    sidebar = _blogger_sidebar(march)
    page_files = ["index.html"] + [
        f"search@updated-max={_blogger_time(page[-1][1])}&max-results=7" for page in pages[:-1]
    ]
    page_urls = ["/"] + [f"/search?updated-max={_blogger_time(page[-1][1])}&max-results=7" for page in pages[:-1]]
    for number, posts in enumerate(pages):
        for title, when, author, labels, comments, body, _image in posts:
            s.expect(
                {
                    "title": title,
                    "url": _blogger_url(title, when),
                    "date": when[:10],
                    "author": author,
                    "summary": body,
                    "labels": labels,
                    "comments": comments,
                }
            )
        older = page_urls[number + 1] if number + 1 < len(pages) else None
        newer = (
            f"/search?updated-max={_blogger_time(posts[0][1])}&max-results=7&reverse-paginate=true" if number else None
        )
        canonical = "https://volkstuindiary.blogspot.com" + page_urls[number]
        s.list_page(
            page_files[number], _blogger_page(posts, older=older, newer=newer, canonical=canonical, sidebar=sidebar)
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# saltline: Ghost 5 + Casper (Classic feed layout), home page and /page/N/.
# ---------------------------------------------------------------------------------------------------

GHOST_HOST = "https://saltline.news"

#: (title, primary tag, date, minutes, excerpt, visibility, feature image?).
SALTLINE: list[tuple[str, str, str, int, str, str, bool]] = [
    (
        "The sea wall that was built to fail",
        "Coasts",
        "2025-03-21",
        14,
        "Hemsby's new rock berm was designed to be overtopped. The engineers say that is the point; the residents are less sure.",
        "public",
        True,
    ),
    (
        "What a 1-in-200-year storm looks like now",
        "Data",
        "2025-03-19",
        8,
        "We re-ran the return periods for twelve tide gauges with forty more years of data. The numbers moved, and not in the direction anyone hoped.",
        "public",
        True,
    ),
    (
        "Saltmarsh is the cheapest flood defence we have",
        "Nature",
        "2025-03-17",
        6,
        "A hectare of restored marsh can take the sting out of a wave before it reaches the wall behind it. So why do we keep draining them?",
        "members",
        True,
    ),
    (
        "Letters: your questions about flood insurance",
        "Letters",
        "2025-03-14",
        5,
        "Flood Re, excess levels, and whether a new door counts as 'resilience'. Our answers to the questions you sent this month.",
        "public",
        False,
    ),
    (
        "The ferry that can no longer land",
        "Coasts",
        "2025-03-12",
        9,
        "The slipway at Knott End is silting up faster than the council can dredge it, and the ferry's timetable now depends on the tide.",
        "public",
        True,
    ),
    (
        "Inside the Environment Agency's managed retreat maps",
        "Policy",
        "2025-03-10",
        12,
        "We read all 1,400 pages of the shoreline management plans so you do not have to. Here is where 'no active intervention' is the plan.",
        "paid",
        True,
    ),
    (
        "Oysters are back in the Solent, cautiously",
        "Nature",
        "2025-03-07",
        7,
        "Ten years after the fishery closed, spat counts are up. Restoration groups are trying not to celebrate too early.",
        "public",
        True,
    ),
    (
        "A week with the coastguard at Happisburgh",
        "Reportage",
        "2025-03-05",
        11,
        "Cliff falls, stranded walkers and a lot of tea. A volunteer crew on the fastest-eroding coast in Europe.",
        "public",
        True,
    ),
    (
        "Why your house price does not know about the sea",
        "Data",
        "2025-03-03",
        9,
        "Coastal properties with a high erosion risk still sell at a premium. Economists call it a bubble; estate agents call it a view.",
        "members",
        False,
    ),
    (
        "Reader survey results: what you want from us",
        "Letters",
        "2025-02-28",
        4,
        "Eleven hundred of you answered. More maps, fewer acronyms, and a surprising number of requests for tide tables.",
        "public",
        False,
    ),
    (
        "The villages that said no to a barrier",
        "Policy",
        "2025-02-26",
        10,
        "Two Essex villages voted against a tidal barrier that would have protected them. We asked them why.",
        "public",
        True,
    ),
    (
        "How we measure erosion from space",
        "Data",
        "2025-02-24",
        8,
        "Sentinel-2 imagery, a lot of cloud masking and a ruler. A walkthrough of the method behind our erosion tracker.",
        "public",
        True,
    ),
    (
        "Seagrass, seen from a kayak",
        "Nature",
        "2025-02-21",
        6,
        "A morning in Plymouth Sound with the people planting seagrass one seed bag at a time.",
        "public",
        True,
    ),
    (
        "The insurance cliff edge in 2039",
        "Policy",
        "2025-02-19",
        13,
        "Flood Re ends in 2039. What happens to 350,000 homes that cannot get cover without it?",
        "paid",
        True,
    ),
    (
        "Letters: beach huts, groynes and one angry harbourmaster",
        "Letters",
        "2025-02-17",
        5,
        "Your replies to our February issues, lightly edited, including a correction we were glad to make.",
        "public",
        False,
    ),
    (
        "Mapping every sea wall in England",
        "Data",
        "2025-02-14",
        15,
        "There is no single list of who owns which defence. So we started one, and we need your help to finish it.",
        "members",
        True,
    ),
    (
        "The last fisherman in Dunwich",
        "Reportage",
        "2025-02-12",
        9,
        "Dunwich was once one of the largest ports in England. Now it has one boat, and the boat's owner is seventy-four.",
        "public",
        True,
    ),
    (
        "Shingle moves: a short history of longshore drift",
        "Coasts",
        "2025-02-10",
        7,
        "Every groyne changes the beach downdrift of it. A century of good intentions, told through one stretch of Sussex shingle.",
        "public",
        True,
    ),
    (
        "What the Dutch would do with the Humber",
        "Policy",
        "2025-02-07",
        11,
        "We asked three Dutch water engineers to look at the Humber estuary plan. Their answers were polite, and blunt.",
        "public",
        True,
    ),
    (
        "Storm Éowyn, by the numbers",
        "Data",
        "2025-02-05",
        6,
        "Peak gusts, surge heights and the gauges that stopped reporting. Our dataset from January's storm is now open.",
        "public",
        False,
    ),
    (
        "Kelp forests off Sussex are coming back",
        "Nature",
        "2025-02-03",
        8,
        "Four years after the trawling ban, divers are finding kelp where there was only sand. The fishermen are divided.",
        "members",
        True,
    ),
    (
        "Holiday parks on the edge",
        "Reportage",
        "2025-01-31",
        10,
        "Caravans on the Holderness cliffs are moved back every few winters. One park has run out of field.",
        "public",
        True,
    ),
    (
        "Coastal erosion, explained in six charts",
        "Data",
        "2025-01-27",
        7,
        "Where the coast is retreating fastest, why, and how much of it we are choosing to defend.",
        "public",
        True,
    ),
    (
        "A winter walk from Cromer to Sheringham",
        "Coasts",
        "2025-01-24",
        6,
        "Six miles of cliff path, two closed sections and one very good crab sandwich.",
        "public",
        True,
    ),
    (
        "Welcome to Saltline",
        "Letters",
        "2025-01-22",
        3,
        "Who we are, why we are writing about the coast, and what you will get in your inbox every week.",
        "public",
        False,
    ),
]

_LOCK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M18.5 10.5v-3a6.5 6.5 0 10-13 0v3"/><rect x="3.5" y="10.5" width="17" height="13" rx="1.5"/></svg>'
_FIRE = '<svg width="16" height="17" viewBox="0 0 16 17" fill="none" xmlns="http://www.w3.org/2000/svg"><path d="M4.49365 4.58752C3.53115 6.03752 2.74365 7.70002 2.74365 9.25002C2.74365 10.6424 3.29677 11.9778 4.28134 12.9623C5.26591 13.9469 6.60127 14.5 7.99365 14.5C9.38604 14.5 10.7214 13.9469 11.706 12.9623C12.6905 11.9778 13.2437 10.6424 13.2437 9.25002C13.2437 6.00002 10.9937 3.50002 9.16865 1.68127L6.99365 6.25002L4.49365 4.58752Z" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></svg>'


def _ghost_date(day: str) -> str:
    when = datetime.fromisoformat(day)
    return f"{when:%b} {when.day}, {when.year}"


def _ghost_access(visibility: str) -> str | None:
    return {"members": "Members only", "paid": "Paid-members only"}.get(visibility)


def _ghost_card(
    title: str,
    tag: str,
    day: str,
    minutes: int,
    excerpt: str,
    visibility: str,
    image: bool,
    *,
    large: bool,
    featured: bool,
    lazy: bool,
) -> str:
    url = f"/{slug(title)}/"
    classes = f"post-card post tag-{slug(tag)}{' featured' if featured else ''}{' post-card-large' if large else ''}{'' if image else ' no-image'}"
    image_html = ""
    title_lock = ""
    if image:
        path = f"/content/images/size/w{{}}/2025/{day[5:7]}/{slug(title)[:28]}.jpg"
        access = _ghost_access(visibility)
        access_html = (
            f'\n        <div class="post-card-access">\n            {_LOCK}\n                {access}\n        </div>'
            if access
            else ""
        )
        image_html = f"""
    <a class="post-card-image-link" href="{url}">
        <img class="post-card-image"
            srcset="{path.format(300)} 300w,
                    {path.format(600)} 600w,
                    {path.format(1000)} 1000w,
                    {path.format(2000)} 2000w"
            sizes="(max-width: 1000px) 400px, 800px"
            src="{path.format(600)}"
            alt="{esc(title)}"
            {'loading="lazy"' if lazy else ""}
        />{access_html}
    </a>
"""
    elif visibility != "public":
        title_lock = f"\n                        {_LOCK}"
    featured_html = (
        f'\n                        <span class="post-card-featured">{_FIRE} Featured</span>' if featured else ""
    )
    post_id = _hex(title, 24)
    return f"""<article class="{classes}">
{image_html}
    <div class="post-card-content">

        <a class="post-card-content-link" href="{url}">
            <header class="post-card-header">
                <div class="post-card-tags">
                        <span class="post-card-primary-tag">{esc(tag)}</span>{featured_html}
                </div>
                <h2 class="post-card-title">{title_lock}
                    {esc(title)}
                </h2>
            </header>
                <div class="post-card-excerpt">{esc(excerpt)}</div>
        </a>

        <footer class="post-card-meta">
            <time class="post-card-meta-date" datetime="{day}">{_ghost_date(day)}</time>
                <span class="post-card-meta-length">{minutes} min read</span>
                <script
    data-ghost-comment-count="{post_id}"
    data-ghost-comment-count-empty=""
    data-ghost-comment-count-singular="comment"
    data-ghost-comment-count-plural="comments"
    data-ghost-comment-count-tag="span"
    data-ghost-comment-count-class-name=""
    data-ghost-comment-count-autowrap="true"
>
</script>
        </footer>

    </div>

</article>"""


def _ghost_page(cards: str, *, number: int, pages: int) -> str:
    here = "/" if number == 1 else f"/page/{number}/"
    prev_href = None if number == 1 else ("/" if number == 2 else f"/page/{number - 1}/")
    next_href = f"/page/{number + 1}/" if number < pages else None
    head_links = ""
    if prev_href:
        head_links += f'\n    <link rel="prev" href="{GHOST_HOST}{prev_href}">'
    if next_href:
        head_links += f'\n    <link rel="next" href="{GHOST_HOST}{next_href}">'
    newer = f'\n        <a class="newer-posts" href="{prev_href}">&larr; Newer Posts</a>' if prev_href else ""
    older = f'\n        <a class="older-posts" href="{next_href}">Older Posts &rarr;</a>' if next_href else ""
    title = "Saltline" if number == 1 else f"Saltline (Page {number})"
    cover = ""
    if number == 1:
        cover = """<div class="site-header-content outer">
        <img class="site-header-cover"
            srcset="/content/images/size/w300/2025/01/saltline-cover.jpg 300w,
                    /content/images/size/w600/2025/01/saltline-cover.jpg 600w,
                    /content/images/size/w1000/2025/01/saltline-cover.jpg 1000w,
                    /content/images/size/w2000/2025/01/saltline-cover.jpg 2000w"
            sizes="100vw"
            src="/content/images/size/w2000/2025/01/saltline-cover.jpg"
            alt="Saltline"
        />
            <div class="site-header-inner inner">
                    <h1 class="site-title">Saltline</h1>
                    <p class="site-description">A weekly newsletter about Britain's changing coast: erosion, flooding, and the people living with both.</p>
            </div>
    </div>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>

    <title>{title}</title>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />

    <link rel="preload" as="style" href="/assets/built/screen.css?v=5d1ae2b7c4" />
    <link rel="preload" as="script" href="/assets/built/casper.js?v=5d1ae2b7c4" />

    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5d1ae2b7c4" />

    <meta name="description" content="A weekly newsletter about Britain's changing coast: erosion, flooding, and the people living with both.">
    <link rel="icon" href="{GHOST_HOST}/content/images/size/w256h256/2025/01/saltline-icon.png" type="image/png">
    <link rel="canonical" href="{GHOST_HOST}{here}">
    <meta name="referrer" content="no-referrer-when-downgrade">{head_links}

    <meta property="og:site_name" content="Saltline">
    <meta property="og:type" content="website">
    <meta property="og:title" content="{title}">
    <meta property="og:description" content="A weekly newsletter about Britain's changing coast: erosion, flooding, and the people living with both.">
    <meta property="og:url" content="{GHOST_HOST}{here}">
    <meta property="og:image" content="{GHOST_HOST}/content/images/size/w1200/2025/01/saltline-cover.jpg">
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{title}">
    <meta name="twitter:url" content="{GHOST_HOST}{here}">

    <script type="application/ld+json">
{{
    "@context": "https://schema.org",
    "@type": "WebSite",
    "publisher": {{
        "@type": "Organization",
        "name": "Saltline",
        "url": "{GHOST_HOST}/",
        "logo": {{
            "@type": "ImageObject",
            "url": "{GHOST_HOST}/content/images/size/w256h256/2025/01/saltline-icon.png",
            "width": 60,
            "height": 60
        }}
    }},
    "url": "{GHOST_HOST}{here}",
    "name": "Saltline",
    "mainEntityOfPage": "{GHOST_HOST}{here}",
    "description": "A weekly newsletter about Britain's changing coast: erosion, flooding, and the people living with both."
}}
    </script>

    <meta name="generator" content="Ghost 5.112">
    <link rel="alternate" type="application/rss+xml" title="Saltline" href="{GHOST_HOST}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.50/umd/portal.min.js" data-i18n="true" data-ghost="{GHOST_HOST}/" data-key="3c8f0b6e2d91a4f7c05b18e2a6" data-api="https://saltline.ghost.io/ghost/api/content/" data-locale="en" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,
.gh-post-upgrade-cta {{ display: flex; flex-direction: column; align-items: center; font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Oxygen, Ubuntu, Cantarell, 'Open Sans', 'Helvetica Neue', sans-serif; text-align: center; width: 100%; color: #ffffff; font-size: 16px; }}
.gh-post-upgrade-cta a.gh-btn {{ display: block; background: #ffffff; text-decoration: none; margin: 28px 0 0; padding: 8px 18px; border-radius: 4px; font-size: 16px; font-weight: 600; }}
</style>
    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/sodo-search.min.js" data-key="3c8f0b6e2d91a4f7c05b18e2a6" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.5/umd/main.css" data-sodo-search="https://saltline.ghost.io/" data-locale="en" crossorigin="anonymous"></script>
    <link href="{GHOST_HOST}/webmentions/receive/" rel="webmention">
    <script defer src="/public/cards.min.js?v=5d1ae2b7c4"></script>
    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=5d1ae2b7c4">
    <script defer src="/public/comment-counts.min.js?v=5d1ae2b7c4" data-ghost-comments-counts-api="{GHOST_HOST}/members/api/comments/counts/"></script>
    <script defer src="/public/member-attribution.min.js?v=5d1ae2b7c4"></script>
    <script defer data-domain="saltline.news" src="https://plausible.io/js/script.js"></script><style>:root {{--ghost-accent-color: #0e6e6e;}}</style>
</head>
<body class="{"home-template" if number == 1 else "paged archive-template"} is-head-left-logo has-cover">
<div class="viewport">

    <header id="gh-head" class="gh-head outer is-header-hidden">
        <div class="gh-head-inner inner">
            <div class="gh-head-brand">
                <a class="gh-head-logo no-image" href="/">
                        Saltline
                </a>
                <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                <button class="gh-burger" aria-label="Main Menu"></button>
            </div>

            <nav class="gh-head-menu">
                <ul class="nav">
    <li class="nav-home{" nav-current" if number == 1 else ""}"><a href="/">Home</a></li>
    <li class="nav-coasts"><a href="/tag/coasts/">Coasts</a></li>
    <li class="nav-data"><a href="/tag/data/">Data</a></li>
    <li class="nav-erosion-tracker"><a href="/erosion-tracker/">Erosion tracker</a></li>
    <li class="nav-about"><a href="/about/">About</a></li>
</ul>

            </nav>

            <div class="gh-head-actions">
                    <button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
                    <div class="gh-head-members">
                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
                    </div>
            </div>
        </div>
    </header>

    <div class="site-content">
        {cover}

<main id="site-main" class="site-main outer">
<div class="inner posts">

    <div class="post-feed">
{cards}
    </div>

    <nav class="pagination" role="navigation">{newer}
        <span class="page-number">Page {number} of {pages}</span>{older}
    </nav>

</div>
</main>

    </div>

    <section class="footer-cta outer">
        <div class="inner">
            <h2 class="footer-cta-title">The coast is moving. Keep up with it.</h2>
            <a class="footer-cta-button" href="#/portal" data-portal>
                <div class="footer-cta-input">Enter your email</div>
                <span>Subscribe</span>
            </a>
        </div>
    </section>

    <footer class="site-footer outer">
        <div class="inner">
            <section class="copyright"><a href="/">Saltline</a> &copy; 2025</section>
            <nav class="site-footer-nav">
                <ul class="nav">
    <li class="nav-sign-up"><a href="#/portal/">Sign up</a></li>
    <li class="nav-privacy"><a href="/privacy/">Privacy</a></li>
    <li class="nav-contact"><a href="/contact/">Contact</a></li>
</ul>

            </nav>
            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
        </div>
    </footer>

</div>

<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">
    <div class="pswp__bg"></div>
    <div class="pswp__scroll-wrap">
        <div class="pswp__container">
            <div class="pswp__item"></div>
            <div class="pswp__item"></div>
            <div class="pswp__item"></div>
        </div>
        <div class="pswp__ui pswp__ui--hidden">
            <div class="pswp__top-bar">
                <div class="pswp__counter"></div>
                <button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
                <button class="pswp__button pswp__button--share" title="Share"></button>
                <button class="pswp__button pswp__button--fs" title="Toggle fullscreen"></button>
                <button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button>
            </div>
            <button class="pswp__button pswp__button--arrow--left" title="Previous (arrow left)"></button>
            <button class="pswp__button pswp__button--arrow--right" title="Next (arrow right)"></button>
            <div class="pswp__caption"><div class="pswp__caption__center"></div></div>
        </div>
    </div>
</div>
<script
    src="https://code.jquery.com/jquery-3.5.1.min.js"
    integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0="
    crossorigin="anonymous">
</script>
<script src="/assets/built/casper.js?v=5d1ae2b7c4"></script>
<script>
$(document).ready(function () {{
    // Mobile Menu Trigger
    $('.gh-burger').click(function () {{
        $('body').toggleClass('gh-head-open');
    }});
    // FitVids - Makes video embeds responsive
    $(".gh-content").fitVids();
}});
</script>

</body>
</html>"""


@twentysecond_c
def build_saltline() -> None:
    s = Site(
        "saltline",
        kind="newsletter home page (Ghost 5 + Casper Classic feed 2024–25: the featured post as article.post-card.featured.post-card-large first on page 1 only, then article.post-card with primary tag, h2.post-card-title, post-card-excerpt, time + 'N min read', 'Members only' / 'Paid-members only' locks; link rel=next/prev absolute in the head, nav.pagination '← Newer Posts · Page 1 of 3 · Older Posts →' on /page/N/, footer signup CTA, Portal script)",
        start="/",
        description="A Ghost 5 newsletter publication on the Casper theme (Classic feed layout) as served in 2024–25, home page and its /page/N/ pages: the gh-head header (logo text, search buttons, nav Home / Coasts / Data / Erosion tracker / About, Sign in / Subscribe Portal links), on page 1 only the publication cover (div.site-header-content with cover image, h1.site-title, p.site-description), then main#site-main > div.inner.posts > div.post-feed of article.post-card: on page 1 the featured post comes first as article.post-card.post.featured.post-card-large (a 'Featured' span with the flame svg beside the primary tag); each card has a.post-card-image-link > img.post-card-image srcset (no image on six cards, class no-image), a div.post-card-access lock 'Members only' / 'Paid-members only' inside the image link on gated posts (only a lock svg before the title when the post has no image), a.post-card-content-link around div.post-card-tags > span.post-card-primary-tag, h2.post-card-title and div.post-card-excerpt, footer.post-card-meta with time.post-card-meta-date datetime='2025-03-21' 'Mar 21, 2025', span.post-card-meta-length '14 min read' and the comment-count script placeholder. Ghost's paging: the head's link rel=next / rel=prev on the publication's absolute host (https://saltline.news/page/2/), and the {{pagination}} helper's nav.pagination with a.newer-posts '← Newer Posts', span.page-number 'Page 2 of 3', a.older-posts 'Older Posts →' to relative /page/2/ (no older link on the last page, no newer link on the first). A footer-cta signup section (Enter your email / Subscribe, data-portal), the site footer, the PhotoSwipe markup, jQuery and casper.js; Portal, Sodo Search, comment-counts, member-attribution and Plausible scripts in the head. Pages: / (10 posts), /page/2/ (10), /page/3/ (5). Written down: title, url, tag, date, reading_time (minutes), summary (the excerpt), access (the lock's words where the card shows them).",
    )
    pages = chunks(SALTLINE, [10, 10, 5])
    for number, posts in enumerate(pages, start=1):
        cards = []
        for index, (title, tag, day, minutes, excerpt, visibility, image) in enumerate(posts):
            first = number == 1 and index == 0
            cards.append(
                _ghost_card(
                    title, tag, day, minutes, excerpt, visibility, image, large=first, featured=first, lazy=index >= 3
                )
            )
            s.expect(
                {
                    "title": title,
                    "url": f"/{slug(title)}/",
                    "tag": tag,
                    "date": day,
                    "reading_time": minutes,
                    "summary": excerpt,
                    "access": _ghost_access(visibility) if image else None,
                }
            )
        path = "index.html" if number == 1 else f"page/{number}/index.html"
        s.list_page(path, _ghost_page("\n\n".join(cards), number=number, pages=len(pages)))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pedal-notes: WordPress, an Underscores (_s) based classic theme, a sticky post, the_posts_navigation().
# ---------------------------------------------------------------------------------------------------

RHYS = "Rhys Pemberton"
ANYA = "Anya Kowalczyk"

#: (title, published (ISO), modified date or "", author, category, tags, comments, excerpt).
PEDAL_STICKY = (
    "Start here: the Pedal Notes route library",
    "2025-01-06T08:00:00+00:00",
    "2025-03-02",
    RHYS,
    "Site news",
    ["routes", "GPX"],
    12,
    "Every route we have written up, sorted by region and surface, with GPX files you can load straight onto a head unit.",
)
PEDAL: list[tuple[str, str, str, str, str, list[str], int, str]] = [
    (
        "Gravel in the Yorkshire Wolds: a 90 km loop from Market Weighton",
        "2025-03-24T07:30:00+00:00",
        "",
        RHYS,
        "Routes",
        ["gravel", "Yorkshire"],
        6,
        "Chalk tracks, empty lanes and one café that is always open. The best early-spring loop we know in the north.",
    ),
    (
        "Tubeless or not: a year on the same tyres",
        "2025-03-20T18:15:00+00:00",
        "2025-03-21",
        ANYA,
        "Kit",
        ["tyres", "tubeless", "long-term test"],
        14,
        "Twelve months, 6,400 kilometres and exactly two punctures. What living with tubeless is really like.",
    ),
    (
        "How to read a weather forecast for cycling",
        "2025-03-17T12:00:00+00:00",
        "",
        RHYS,
        "Skills",
        ["weather", "planning"],
        3,
        "Wind direction matters more than rain. A short guide to planning a ride around the forecast rather than against it.",
    ),
    (
        "Audax season opener: the Dean 200",
        "2025-03-13T20:40:00+00:00",
        "",
        ANYA,
        "Events",
        ["audax", "Forest of Dean"],
        5,
        "Two hundred kilometres, a brevet card that got soaked at the second control, and a lot of flapjack.",
    ),
    (
        "Fixing a creaking bottom bracket at home",
        "2025-03-10T09:05:00+00:00",
        "2025-03-12",
        RHYS,
        "Maintenance",
        ["bottom bracket", "how-to"],
        9,
        "Before you buy a new one: clean, grease and torque. Nine times out of ten the creak is somewhere else entirely.",
    ),
    (
        "The Peak District's quietest climbs",
        "2025-03-06T07:45:00+00:00",
        "",
        RHYS,
        "Routes",
        ["climbs", "Peak District"],
        11,
        "Everyone rides Winnats Pass. These eight climbs are just as steep and you will have them to yourself.",
    ),
    (
        "Riding through the winter without hating it",
        "2025-03-03T19:30:00+00:00",
        "",
        ANYA,
        "Skills",
        ["winter", "clothing"],
        0,
        "Layers, mudguards and lowering your expectations. Our two-person survey of what actually worked this year.",
    ),
    (
        "Review: a budget smart trainer for small flats",
        "2025-02-27T17:20:00+00:00",
        "",
        ANYA,
        "Kit",
        ["indoor training", "review"],
        7,
        "Quiet enough for a third-floor flat and accurate enough for structured training. Mostly.",
    ),
    (
        "North Wales coast to coast in two days",
        "2025-02-24T08:10:00+00:00",
        "",
        RHYS,
        "Routes",
        ["bikepacking", "Wales"],
        4,
        "From Holyhead to Chester along the coast and back over the hills, with one night in a very small bunkhouse.",
    ),
    (
        "What's in my saddlebag",
        "2025-02-20T13:00:00+00:00",
        "",
        ANYA,
        "Kit",
        ["repairs", "essentials"],
        8,
        "A tube, two levers, a mini tool and a five-pound note. The short list, and why everything else stays at home.",
    ),
    (
        "Chain waxing: six months in",
        "2025-02-17T18:45:00+00:00",
        "2025-02-18",
        RHYS,
        "Maintenance",
        ["chain", "drivetrain"],
        16,
        "Cleaner hands, a quieter drivetrain and a pot of wax that lives on the hob. Was it worth the faff?",
    ),
    (
        "A Sunday in the Chilterns",
        "2025-02-13T07:00:00+00:00",
        "",
        RHYS,
        "Routes",
        ["Chilterns", "road"],
        2,
        "Beech woods, red kites and the steepest lane in Buckinghamshire. An easy reach from London by train.",
    ),
    (
        "Learning to descend with confidence",
        "2025-02-10T12:30:00+00:00",
        "",
        ANYA,
        "Skills",
        ["descending", "technique"],
        0,
        "Look through the corner, brake before it and stop fighting the bike. Notes from a one-day skills course.",
    ),
    (
        "The Cotswold Spring Classic sportive",
        "2025-02-06T20:00:00+00:00",
        "",
        ANYA,
        "Events",
        ["sportive", "Cotswolds"],
        3,
        "Entries are open for April. We rode the long route last year; here is what to expect on the climbs.",
    ),
    (
        "Wheel truing for the nervous beginner",
        "2025-02-03T09:40:00+00:00",
        "",
        RHYS,
        "Maintenance",
        ["wheels", "how-to"],
        5,
        "A spoke key, a zip tie for a gauge and a lot of patience. Small wobbles are easier than you think.",
    ),
    (
        "Five bike-friendly cafés on the Thames Path",
        "2025-01-30T15:25:00+00:00",
        "",
        ANYA,
        "Routes",
        ["cafés", "Thames"],
        10,
        "Proper cake, somewhere to lock up and nobody minding the mud. From Lechlade to Henley.",
    ),
    (
        "Bikepacking bags compared",
        "2025-01-27T18:00:00+00:00",
        "2025-02-01",
        RHYS,
        "Kit",
        ["bikepacking", "bags", "review"],
        13,
        "Seat packs, frame bags and bar rolls from five brands, loaded with the same kit and ridden on the same loop.",
    ),
    (
        "Why we started riding with power meters",
        "2025-01-23T20:15:00+00:00",
        "",
        ANYA,
        "Skills",
        ["training", "power"],
        1,
        "Not to race. To stop going too hard on the first climb and then crawling home.",
    ),
    (
        "Our 2025 event calendar",
        "2025-01-20T10:00:00+00:00",
        "",
        RHYS,
        "Events",
        ["audax", "sportive", "calendar"],
        4,
        "Eleven events we are riding this year, from a 100 km audax in February to a 600 in July.",
    ),
    (
        "The Lake District in January: a cautionary tale",
        "2025-01-16T19:50:00+00:00",
        "",
        RHYS,
        "Routes",
        ["Lake District", "winter"],
        8,
        "Hardknott Pass in sleet was not the plan. What we learned about turning back.",
    ),
    (
        "Brake pads: organic, sintered or semi-metallic?",
        "2025-01-13T12:20:00+00:00",
        "",
        ANYA,
        "Maintenance",
        ["brakes", "disc brakes"],
        6,
        "Which pads for which rider, and why the cheapest ones cost more in the end.",
    ),
    (
        "New year, new notebook",
        "2025-01-09T09:00:00+00:00",
        "",
        ANYA,
        "Site news",
        ["announcements"],
        2,
        "A new look for the blog, a route library, and a promise to post every week this year.",
    ),
    (
        "Riding the Fens in a headwind",
        "2025-01-05T14:40:00+00:00",
        "",
        RHYS,
        "Routes",
        ["Fens", "flat"],
        0,
        "Flat does not mean easy. Sixty kilometres of straight droves and a wind that never dropped below twenty knots.",
    ),
    (
        "Looking back at 2024 on two wheels",
        "2024-12-30T17:30:00+00:00",
        "",
        RHYS,
        "Site news",
        ["review"],
        7,
        "Eighteen thousand kilometres between us, three new routes, one broken collarbone and a lot of good days.",
    ),
]

PEDAL_COMMENTS = [
    ("Dave Ellison", "Tubeless or not: a year on the same tyres"),
    ("Sarah M", "Gravel in the Yorkshire Wolds: a 90 km loop from Market Weighton"),
    ("Anya Kowalczyk", "Tubeless or not: a year on the same tyres"),
    ("Pete from Leeds", "Fixing a creaking bottom bracket at home"),
    ("Joanna Reid", "The Peak District's quietest climbs"),
]


def _pedal_url(title: str, published: str) -> str:
    return f"/{published[:4]}/{published[5:7]}/{slug(title)}/"


def _wp_date(day: str) -> str:
    when = datetime.fromisoformat(day)
    return f"{when:%B} {when.day}, {when.year}"


def _pedal_article(post: tuple[str, str, str, str, str, list[str], int, str], *, sticky: bool) -> str:
    title, published, modified, author, category, tags, comments, excerpt = post
    url = _pedal_url(title, published)
    post_id = 300 + int(_num(title, 3)) % 600
    tag_classes = " ".join(f"tag-{slug(t)}" for t in tags)
    updated = (
        f'<time class="updated" datetime="{modified}T10:12:40+00:00">{_wp_date(modified)}</time>' if modified else ""
    )
    published_classes = "entry-date published" if modified else "entry-date published updated"
    author_slug = author.split()[0].lower()
    tag_links = ", ".join(f'<a href="/tag/{slug(t)}/" rel="tag">{esc(t)}</a>' for t in tags)
    if comments:
        count = "1 Comment" if comments == 1 else f"{comments} Comments"
        comments_html = f'<a href="{url}#comments">{count}<span class="screen-reader-text"> on {esc(title)}</span></a>'
    else:
        comments_html = (
            f'<a href="{url}#respond">Leave a Comment<span class="screen-reader-text"> on {esc(title)}</span></a>'
        )
    image = f"/wp-content/uploads/{published[:4]}/{published[5:7]}/{slug(title)[:30]}"
    return f"""<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard has-post-thumbnail{" sticky" if sticky else ""} hentry category-{slug(category)} {tag_classes}">
	<header class="entry-header">
		<h2 class="entry-title"><a href="{url}" rel="bookmark">{esc(title)}</a></h2>			<div class="entry-meta">
				<span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="{published_classes}" datetime="{published}">{_wp_date(published[:10])}</time>{updated}</a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{author_slug}/">{esc(author)}</a></span></span>			</div><!-- .entry-meta -->
			</header><!-- .entry-header -->

			<a class="post-thumbnail" href="{url}" aria-hidden="true" tabindex="-1">
				<img width="1200" height="675" src="{image}-1200x675.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="{esc(title)}" decoding="async" {'fetchpriority="high"' if sticky else 'loading="lazy"'} srcset="{image}-1200x675.jpg 1200w, {image}-300x169.jpg 300w, {image}-768x432.jpg 768w" sizes="(max-width: 1200px) 100vw, 1200px" />			</a>

			<div class="entry-content">
		<p>{esc(excerpt)}</p>
<p> <a href="{url}#more-{post_id}" class="more-link">Continue reading<span class="screen-reader-text"> &#8220;{esc(title)}&#8221;</span> <span class="meta-nav">&rarr;</span></a></p>
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		<span class="cat-links">Posted in <a href="/category/{slug(category)}/" rel="category tag">{esc(category)}</a></span><span class="tags-links">Tagged {tag_links}</span><span class="comments-link">{comments_html}</span>	</footer><!-- .entry-footer -->
</article><!-- #post-{post_id} -->"""


def _pedal_categories() -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for post in [PEDAL_STICKY, *PEDAL]:
        counts[post[4]] = counts.get(post[4], 0) + 1
    return sorted(counts.items())


def _commenter(index: int, name: str) -> str:
    """Commenters who left a website are linked (every other one here)."""
    if index % 2:
        return esc(name)
    return f'<a href="https://www.strava.com/athletes/{_num(name, 8)}" class="url" rel="ugc external nofollow">{esc(name)}</a>'


def _pedal_sidebar() -> str:
    recent = "\n".join(
        f'\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{_pedal_url(title, published)}">{esc(title)}</a>\n\t\t\t\t\t\t\t\t\t\t\t<span class="post-date">{_wp_date(published[:10])}</span>\n\t\t\t\t\t\t\t\t\t</li>'
        for title, published, *_ in PEDAL[:5]
    )
    by_title = {post[0]: post[1] for post in PEDAL}
    comments = "\n".join(
        f'<li class="recentcomments"><span class="comment-author-link">{_commenter(index, name)}</span> on <a href="{_pedal_url(title, by_title[title])}#comment-{1800 - index * 7}">{esc(title)}</a></li>'
        for index, (name, title) in enumerate(PEDAL_COMMENTS)
    )
    archives = "\n".join(
        f'\t\t\t<li><a href="/{ym[:4]}/{ym[5:]}/">{label}</a>&nbsp;({count})</li>'
        for ym, label, count in [
            ("2025-03", "March 2025", 7),
            ("2025-02", "February 2025", 8),
            ("2025-01", "January 2025", 9),
            ("2024-12", "December 2024", 1),
        ]
    )
    categories = "\n".join(
        f'\t<li class="cat-item cat-item-{4 + index}"><a href="/category/{slug(name)}/">{name}</a> ({count})\n</li>'
        for index, (name, count) in enumerate(_pedal_categories())
    )
    return f"""<aside id="secondary" class="widget-area">
	<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
				<label>
					<span class="screen-reader-text">Search for:</span>
					<input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" />
				</label>
				<input type="submit" class="search-submit" value="Search" />
			</form></section>
		<section id="recent-posts-2" class="widget widget_recent_entries">
		<h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts">
		<ul>
{recent}
				</ul>

		</nav></section><section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2><nav aria-label="Recent Comments"><ul id="recentcomments">{comments}</ul></nav></section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives">
			<ul>
{archives}
			</ul>

			</nav></section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav aria-label="Categories">
			<ul>
{categories}
			</ul>

			</nav></section></aside><!-- #secondary -->"""


def _pedal_page(articles: str, *, number: int, pages: int, sidebar: str) -> str:
    here = "/" if number == 1 else f"/page/{number}/"
    older = f"/page/{number + 1}/" if number < pages else None
    newer = None if number == 1 else ("/" if number == 2 else f"/page/{number - 1}/")
    links = ""
    if older:
        links += f'<div class="nav-previous"><a href="{older}" >Older posts</a></div>'
    if newer:
        links += f'<div class="nav-next"><a href="{newer}" >Newer posts</a></div>'
    title = (
        "Pedal Notes &#8211; Routes, kit and repairs from two riders in the north"
        if number == 1
        else f"Pedal Notes &#8211; Page {number} &#8211; Routes, kit and repairs from two riders in the north"
    )
    head_links = ""
    if newer:
        head_links += f'\n<link rel="prev" href="https://pedalnotes.co.uk{newer}" />'
    if older:
        head_links += f'\n<link rel="next" href="https://pedalnotes.co.uk{older}" />'
    return f"""<!doctype html>
<html lang="en-GB">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">

	<title>{title}</title>
<meta name="description" content="Routes, kit and repairs from two riders in the north of England." />
<meta name="robots" content="{"index" if number == 1 else "noindex"}, follow, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="https://pedalnotes.co.uk{here}" />{head_links}
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="website" />
<meta property="og:title" content="Pedal Notes" />
<meta property="og:url" content="https://pedalnotes.co.uk{here}" />
<meta property="og:site_name" content="Pedal Notes" />
<script type="application/ld+json" class="rank-math-schema">{{"@context":"https://schema.org","@graph":[{{"@type":"Person","@id":"https://pedalnotes.co.uk/#person","name":"Pedal Notes"}},{{"@type":"WebSite","@id":"https://pedalnotes.co.uk/#website","url":"https://pedalnotes.co.uk","name":"Pedal Notes","publisher":{{"@id":"https://pedalnotes.co.uk/#person"}},"inLanguage":"en-GB"}},{{"@type":"CollectionPage","@id":"https://pedalnotes.co.uk{here}#webpage","url":"https://pedalnotes.co.uk{here}","name":"Pedal Notes","isPartOf":{{"@id":"https://pedalnotes.co.uk/#website"}},"inLanguage":"en-GB"}}]}}</script>
<link rel="alternate" type="application/rss+xml" title="Pedal Notes &raquo; Feed" href="https://pedalnotes.co.uk/feed/" />
<link rel="alternate" type="application/rss+xml" title="Pedal Notes &raquo; Comments Feed" href="https://pedalnotes.co.uk/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.5.5' media='all' />
<link rel='stylesheet' id='pedalwise-style-css' href='/wp-content/themes/pedalwise/style.css?ver=1.4.2' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://pedalnotes.co.uk/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://pedalnotes.co.uk/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.7.2" />
</head>

<body class="{"home blog" if number == 1 else "home blog paged paged-" + str(number)} hfeed">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>

	<header id="masthead" class="site-header">
		<div class="site-branding">
			<a href="/" class="custom-logo-link" rel="home"><img width="64" height="64" src="/wp-content/uploads/2025/01/pedal-notes-mark.png" class="custom-logo" alt="Pedal Notes" decoding="async" /></a>
								<h1 class="site-title"><a href="/" rel="home">Pedal Notes</a></h1>
												<p class="site-description">Routes, kit and repairs from two riders in the north</p>
					</div><!-- .site-branding -->

		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Primary Menu</button>
			<div class="menu-main-container"><ul id="primary-menu" class="menu"><li id="menu-item-12" class="menu-item menu-item-type-custom menu-item-object-custom{" current-menu-item current_page_item" if number == 1 else ""} menu-item-home menu-item-12"><a href="/"{' aria-current="page"' if number == 1 else ""}>Home</a></li>
<li id="menu-item-13" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-13"><a href="/category/routes/">Routes</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-14"><a href="/category/kit/">Kit</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-15"><a href="/category/maintenance/">Maintenance</a></li>
<li id="menu-item-16" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-16"><a href="/route-library/">Route library</a></li>
<li id="menu-item-17" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-17"><a href="/about/">About us</a></li>
</ul></div>		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->

	<main id="primary" class="site-main">

{articles}

	<nav class="navigation posts-navigation" aria-label="Posts">
		<h2 class="screen-reader-text">Posts navigation</h2>
		<div class="nav-links">{links}</div>
	</nav>
	</main><!-- #main -->


{sidebar}

	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<a href="https://wordpress.org/">
				Proudly powered by WordPress			</a>
			<span class="sep"> | </span>
				Theme: Pedalwise by <a href="https://pedalnotes.co.uk/">Rhys Pemberton</a>.		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->

<script src="/wp-content/themes/pedalwise/js/navigation.js?ver=1.4.2" id="pedalwise-navigation-js"></script>
<script id="cookie-notice-front-js-before">
var cnArgs = {{"ajaxUrl":"https:\\/\\/pedalnotes.co.uk\\/wp-admin\\/admin-ajax.php","nonce":"5c1f0e8a2b","hideEffect":"fade","position":"bottom","onScroll":false,"onScrollOffset":100,"onClick":false,"cookieName":"cookie_notice_accepted","cookieTime":2592000,"cookieTimeRejected":2592000,"globalCookie":false,"redirection":false,"cache":true,"revokeCookies":false,"revokeCookiesOpt":"automatic"}};
</script>
<script src="/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.5.5" id="cookie-notice-front-js"></script>

		<!-- Cookie Notice plugin v2.5.5 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span><span id="cn-notice-buttons" class="cn-buttons-container"><button id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="Ok" style="background-color: #00a99d">Ok</button><button data-link-url="https://pedalnotes.co.uk/privacy-policy/" data-link-target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy" style="background-color: #00a99d">Privacy policy</button></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div>

		</div>
		<!-- / Cookie Notice plugin -->
</body>
</html>"""


@twentysecond_c
def build_pedal_notes() -> None:
    s = Site(
        "pedal-notes",
        kind="cycling blog (WordPress classic Underscores-based theme 2024–25: a sticky post first on page 1 only, article.post.hentry with h2.entry-title > a, 'Posted on' time.entry-date.published (+ time.updated) 'by' span.author.vcard, thumbnail, excerpt + 'Continue reading →', entry-footer 'Posted in' / 'Tagged' / '4 Comments' or 'Leave a Comment'; nav.navigation.posts-navigation with div.nav-previous 'Older posts' and div.nav-next 'Newer posts' on /page/N/; sidebar Recent Posts with dates, Recent Comments, Archives, Categories)",
        start="/",
        description="A two-author cycling blog on WordPress 6.7 with a classic theme built on Underscores (_s) as served in 2024–25: Rank Math head (canonical, rel prev/next on the absolute host), the _s header (custom logo, h1.site-title, p.site-description, nav#site-navigation with a menu-toggle button), main#primary.site-main holding the posts: on page 1 a sticky post comes first (article.sticky 'Start here: the Pedal Notes route library', published in January and updated in March, not repeated on later pages), then ten article.post.type-post.hentry items per page: header.entry-header > h2.entry-title > a[rel=bookmark] to /2025/03/slug/, div.entry-meta 'Posted on' a > time.entry-date.published datetime='2025-03-24T07:30:00+00:00' 'March 24, 2025' (plus a time.updated with a later day on five posts), 'by' span.author.vcard > a.url.fn.n, a.post-thumbnail > img srcset, div.entry-content with the teaser paragraph and a 'Continue reading “Title” →' more-link, footer.entry-footer with span.cat-links 'Posted in' a[rel='category tag'], span.tags-links 'Tagged' a[rel=tag] list, span.comments-link '6 Comments' / '1 Comment' / 'Leave a Comment' (the title in a screen-reader-text span). Paging by the_posts_navigation(): nav.navigation.posts-navigation > h2.screen-reader-text + div.nav-links with div.nav-previous > a 'Older posts' (WordPress's previous is the older page) and div.nav-next > a 'Newer posts', /page/2/ and /page/3/ (no older link on the last page, no newer one on the first). The aside#secondary.widget-area sidebar: search form, Recent Posts (five titles with span.post-date, the same as the first five posts), Recent Comments (ul#recentcomments li.recentcomments 'Dave Ellison on <post title>'), Archives 'March 2025 (7)', Categories with counts; the _s footer site-info and the Cookie Notice plugin banner. Pages: / (1 sticky + 10 posts), /page/2/ (10), /page/3/ (4). Written down: title, url, date (published day), author, category, tags (list), summary (the teaser paragraph), comments (number; 0 for 'Leave a Comment').",
    )
    sidebar = _pedal_sidebar()
    pages = chunks(PEDAL, [10, 10, 4])
    for number, posts in enumerate(pages, start=1):
        shown = ([(PEDAL_STICKY, True)] if number == 1 else []) + [(post, False) for post in posts]
        for post, _sticky in shown:
            title, published, _modified, author, category, tags, comments, excerpt = post
            s.expect(
                {
                    "title": title,
                    "url": _pedal_url(title, published),
                    "date": published[:10],
                    "author": author,
                    "category": category,
                    "tags": tags,
                    "summary": excerpt,
                    "comments": comments,
                }
            )
        articles = "\n\n".join(_pedal_article(post, sticky=sticky) for post, sticky in shown)
        path = "index.html" if number == 1 else f"page/{number}/index.html"
        s.list_page(path, _pedal_page(articles, number=number, pages=len(pages), sidebar=sidebar))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSECOND_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
