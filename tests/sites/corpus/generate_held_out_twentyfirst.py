"""Twenty-first wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

Three sites of the long tail of the small web, as their software serves them in 2024–25:

* **nextjournal** — a personal tech blog on Hexo 7 with the NexT theme (Gemini scheme): the home page's full
  ``article.post-block`` posts with their meta lines and excerpts, the sidebar overview, ``/page/N/``.
* **pipermail-archive** — a GNU Mailman 2.1 list archive: one month's pipermail "Archive by thread" page, one big
  page of nested ``<ul>`` threads (the real thing links months only from the archive index, never to each other).
* **koha-newbooks** — a public library's Koha 23.11 OPAC (Bootstrap theme), the "New titles" search (a collection
  code sorted by acquisition date): a results table with XSLT-rendered records, facets and a pager.

Run ``uv run python tests/sites/corpus/generate_held_out_twentyfirst.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"nextjournal", "pipermail-archive", "koha-newbooks"}

WAVE: dict[str, Callable[[], None]] = {}


def wave(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    WAVE[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _num(seed: str, low: int, high: int) -> int:
    """A stable pseudo-random integer in ``[low, high]``."""
    return low + int(_hex(seed, 8), 16) % (high - low + 1)


# ---------------------------------------------------------------------------------------------------
# nextjournal (FROZEN): Hexo 7.3 + NexT 8 (Gemini), the home page and /page/N/
# ---------------------------------------------------------------------------------------------------

NJ_SITE = "Slow Packets"
NJ_AUTHOR = "Lena Vogt"
NJ_HOST = "https://slowpackets.example.net"
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def _last_sunday(year: int, month: int) -> datetime:
    day = datetime(year, month, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _berlin(naive: datetime) -> datetime:
    """Local Central European time with its offset (summer time from the last Sunday of March to that of October)."""
    start = _last_sunday(naive.year, 3).replace(hour=2)
    end = _last_sunday(naive.year, 10).replace(hour=3)
    return naive.replace(tzinfo=CEST if start <= naive < end else CET)


@dataclass(frozen=True)
class Post:
    """One blog post as the home page shows it."""

    title: str
    posted: str  # "2025-03-09 21:14:07"
    categories: tuple[str, ...]
    symbols: int
    excerpt: tuple[str, ...]  # the excerpt's HTML blocks; the first is a <p>
    edited: str | None = None
    more: bool = True  # cut by <!-- more --> (a "Read more" button to #more)
    description: bool = False  # front-matter description shown instead (button without #more)
    sticky: bool = False

    @property
    def moment(self) -> datetime:
        return _berlin(datetime.strptime(self.posted, "%Y-%m-%d %H:%M:%S"))

    @property
    def url(self) -> str:
        m = self.moment
        return f"/{m:%Y/%m/%d}/{slug(self.title)}/"

    @property
    def summary(self) -> str:
        first = self.excerpt[0]
        return _strip_tags(first)

    @property
    def symbols_text(self) -> str:
        if self.symbols > 9999:
            return f"{round(self.symbols / 1000)}k"
        if self.symbols > 999:
            return f"{self.symbols / 1000:.1f}k"
        return str(self.symbols)

    @property
    def symbols_shown(self) -> int:
        if self.symbols > 9999:
            return round(self.symbols / 1000) * 1000
        if self.symbols > 999:
            return round(float(f"{self.symbols / 1000:.1f}") * 1000)
        return self.symbols

    @property
    def minutes(self) -> int:
        return max(1, round(self.symbols / 1100))


def _strip_tags(html_text: str) -> str:
    out, inside = [], False
    for ch in html_text:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        elif not inside:
            out.append(ch)
    text = "".join(out)
    for entity, char in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'")):
        text = text.replace(entity, char)
    return " ".join(text.split())


NJ_POSTS = [
    Post(
        "Start here: what this blog is about",
        "2023-01-08 10:02:44",
        ("Notes",),
        912,
        (
            "<p>I write here about the boring parts of running small systems: home servers, DNS, backups and the occasional detour into Rust. Nothing here is sponsored and everything here has broken at least once on my own machines.</p>",
        ),
        edited="2025-01-02 18:40:12",
        more=False,
        sticky=True,
    ),
    Post(
        "Moving my mail server from Postfix to Stalwart",
        "2025-03-09 21:14:07",
        ("Self-hosting",),
        6840,
        (
            "<p>After eleven years of Postfix, Dovecot, rspamd and a pile of glue scripts I replaced the whole stack with a single <code>stalwart-mail</code> binary. This is the migration log, including the two evenings I lost to DKIM key rotation.</p>",
        ),
    ),
    Post(
        "A tiny reverse proxy in 120 lines of Rust",
        "2025-02-22 16:31:50",
        ("Rust",),
        9420,
        (
            "<p>Caddy is great, but I wanted to understand what a reverse proxy actually does per request, so I wrote one with <code>hyper</code> 1.x and <code>tokio</code>. It is not production software. It does do TLS termination, though.</p>",
            '<figure class="highlight rust"><table><tr><td class="code"><pre><span class="line"><span class="keyword">let</span> listener = TcpListener::<span class="title function_">bind</span>(<span class="string">&quot;[::]:8443&quot;</span>).<span class="keyword">await</span>?;</span><br></pre></td></tr></table></figure>',
        ),
        edited="2025-03-01 09:12:33",
    ),
    Post(
        "Why my Raspberry Pi kept losing its clock",
        "2025-02-02 11:05:19",
        ("Homelab",),
        2310,
        (
            "<p>The symptom was TLS errors every morning at 06:00. The cause was a Pi without a real-time clock, <code>systemd-timesyncd</code> waiting on a network that came up late, and a cron job that did not wait for anything.</p>",
        ),
    ),
    Post(
        "Notes from FOSDEM 2025",
        "2025-02-04 22:47:03",
        ("Notes", "Conferences"),
        3980,
        (
            "<p>Two days, forty-one talks on my list, nine actually seen. My notes on the DNS devroom, the Nix talks, and the hallway conversation that made me rethink how I do backups.</p>",
        ),
    ),
    Post(
        "Split-horizon DNS with Unbound and a single zone file",
        "2025-01-18 19:26:41",
        ("Networking", "DNS"),
        5120,
        (
            "<p>Inside the flat, <code>nas.slowpackets.example.net</code> should resolve to 192.168.40.12; outside, to nothing at all. Here is how I do that with Unbound's <code>local-zone</code> and one zone file that both views share.</p>",
        ),
        description=False,
    ),
    Post(
        "Restic, rclone and a Hetzner storage box",
        "2025-01-05 14:58:22",
        ("Self-hosting", "Backups"),
        7310,
        (
            "<p>My backup setup for 2025: restic snapshots every six hours, pushed with rclone to a storage box, and a monthly restore drill that I actually do because a calendar entry nags me.</p>",
        ),
        edited="2025-02-11 08:03:55",
    ),
    Post(
        "Year in review: 2024",
        "2024-12-30 17:40:00",
        ("Notes",),
        1480,
        (
            "<p>Fourteen posts, one talk, two servers retired and one new one that I promised myself I would not buy. Also: the year I finally stopped running my own Matrix homeserver.</p>",
        ),
        description=True,
    ),
    Post(
        "Measuring Wi-Fi roaming with iw and a spreadsheet",
        "2024-12-14 20:12:36",
        ("Networking",),
        4460,
        (
            "<p>Three access points, one long corridor and a laptop that refused to roam. I logged <code>iw event</code> output for a week and learned more about 802.11r than I wanted to.</p>",
        ),
    ),
    Post(
        "Replacing Nginx config includes with a Jinja template",
        "2024-11-30 09:44:18",
        ("Self-hosting",),
        3360,
        (
            "<p>Twenty-three virtual hosts, four include files and a typo that took down all of them at once. I now render the whole config from one YAML file and test it in CI before it reaches the server.</p>",
        ),
    ),
    Post(
        "Rust error handling without anyhow",
        "2024-11-16 15:20:51",
        ("Rust",),
        11240,
        (
            "<p>For small binaries I like <code>anyhow</code>. For the library underneath them I wanted typed errors that still print well, so this post builds them by hand with <code>thiserror</code>-free enums and a <code>Display</code> impl per variant.</p>",
            "<ul><li>why not <code>Box&lt;dyn Error&gt;</code></li><li>context without a crate</li><li>what I would do differently</li></ul>",
        ),
    ),
    Post(
        "ZFS scrub found errors. Now what?",
        "2024-10-27 10:09:44",
        ("Homelab", "Storage"),
        3920,
        (
            "<p>Sunday morning, <code>zpool status</code> reports 14 checksum errors on one disk of a mirror. A calm walk through what the numbers mean, what I checked, and why I replaced the SATA cable before the disk.</p>",
        ),
    ),
    Post(
        "The smallest useful Prometheus setup",
        "2024-10-12 21:04:33",
        ("Homelab", "Monitoring"),
        5830,
        (
            "<p>One Prometheus, one node_exporter per machine, six alert rules and no Grafana. That is the whole monitoring stack for this homelab, and in two years it has never paged me for nothing.</p>",
        ),
        edited="2024-11-02 10:11:12",
    ),
    Post(
        "IPv6 at home with a /56 that changes every day",
        "2024-09-28 18:36:27",
        ("Networking",),
        6210,
        (
            "<p>My provider rotates the delegated prefix daily. Static addresses are out, so everything inside the flat uses ULAs for local traffic and SLAAC global addresses for the rest. Firewall rules were the hard part.</p>",
        ),
    ),
    Post(
        "Link: The Internet Is a Series of Tubes (and Queues)",
        "2024-09-07 08:15:00",
        ("Notes",),
        640,
        (
            "<p>A lovely long read on bufferbloat that finally explained to me why my upload saturating killed video calls. Worth it for the diagrams alone. My one-line fix: <code>cake</code> on the WAN interface.</p>",
        ),
        more=False,
    ),
    Post(
        "Cross-compiling Rust for a MIPS router",
        "2024-08-24 13:52:09",
        ("Rust", "Networking"),
        8650,
        (
            "<p>MIPS is a tier 3 target now, so <code>rustup target add</code> will not help you. This is how I built a small DHCP lease exporter for an old OpenWrt router with <code>-Zbuild-std</code> and a musl toolchain.</p>",
        ),
    ),
    Post(
        "Self-hosted photos: Immich after six months",
        "2024-08-03 19:29:40",
        ("Self-hosting",),
        4890,
        (
            "<p>I moved 61,000 photos off a cloud service in February. Six months later: what Immich does well, the two upgrades that needed manual database work, and what the machine-learning container costs in RAM.</p>",
        ),
        edited="2024-08-05 07:58:31",
    ),
    Post(
        "A systemd timer is not a cron job",
        "2024-07-13 11:41:15",
        ("Linux",),
        3140,
        (
            "<p><code>Persistent=true</code>, <code>RandomizedDelaySec</code>, and why <code>OnCalendar=daily</code> ran my backup at midnight on every machine at once. Small differences that matter when you have more than one box.</p>",
        ),
    ),
    Post(
        "Reading journald logs like a human",
        "2024-06-22 20:03:48",
        ("Linux",),
        2780,
        (
            "<p>The eight <code>journalctl</code> flags I actually use, with examples: following one unit, filtering by priority, logs since the last boot, and JSON output piped into <code>jq</code>.</p>",
        ),
    ),
    Post(
        "WireGuard between three sites without a hub",
        "2024-06-01 16:17:25",
        ("Networking", "VPN"),
        7020,
        (
            "<p>My flat, my parents' house and a rented VPS, each with its own subnet, connected as a full mesh. Config files, routing, the MTU surprise and how I keep the keys out of Git.</p>",
        ),
    ),
    Post(
        "Moving this blog from Jekyll to Hexo",
        "2024-05-11 10:26:57",
        ("Notes", "Meta"),
        2050,
        (
            "<p>Ruby version trouble one time too many. Hexo builds the 60-odd posts here in under two seconds, the NexT theme needed three lines of config, and every old URL still works thanks to a redirect map.</p>",
        ),
    ),
    Post(
        "An ARM mini PC as a home server",
        "2024-04-20 14:08:11",
        ("Homelab",),
        5560,
        (
            "<p>Idle power draw of 3.1 W, eight cores, and a mainline kernel that mostly works. What I run on it, what did not work on arm64, and the fan I had to replace in week two.</p>",
        ),
    ),
    Post(
        "Let's Encrypt wildcard certificates with DNS-01 and acme.sh",
        "2024-03-30 09:55:36",
        ("Self-hosting", "DNS"),
        3470,
        (
            "<p>The HTTP challenge cannot issue a wildcard, so here is the DNS-01 setup I use with a provider API token scoped to a single zone, renewals included, and the hook that reloads HAProxy.</p>",
        ),
    ),
    Post(
        "Rust iterators I reach for every week",
        "2024-03-09 17:33:02",
        ("Rust",),
        4120,
        (
            "<p><code>windows</code>, <code>chunks_exact</code>, <code>peekable</code>, <code>scan</code> and <code>try_fold</code>: short examples of each from real code in this homelab's tooling.</p>",
        ),
    ),
    Post(
        "Debugging a flapping SMART test",
        "2024-02-17 21:49:20",
        ("Homelab", "Storage"),
        2960,
        (
            "<p>A disk that failed its short self-test every third night and passed every other time. It was not the disk.</p>",
        ),
    ),
    Post(
        "Notes on running Forgejo",
        "2024-01-27 12:30:45",
        ("Self-hosting",),
        3810,
        (
            "<p>I moved my private repositories off a big forge in December. Forgejo runs in 150 MB of RAM, Actions runners work with a little effort, and backups are one <code>dump</code> command.</p>",
        ),
        edited="2024-02-03 19:20:00",
    ),
]
NJ_SIZES = [10, 10, 6]


def _nj_time(moment: datetime, prop: str, label: str) -> str:
    return f'<time title="{label}: {moment:%Y-%m-%d %H:%M:%S}" itemprop="{prop}" datetime="{moment.isoformat()}">{moment:%Y-%m-%d}</time>'


def _nj_post(p: Post) -> str:
    m = p.moment
    sticky = (
        '\n            <span class="post-sticky-flag" title="Sticky">\n              <i class="fa fa-thumbtack"></i>\n            </span>'
        if p.sticky
        else ""
    )
    edited = ""
    if p.edited:
        e = _berlin(datetime.strptime(p.edited, "%Y-%m-%d %H:%M:%S"))
        edited = f"""
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="far fa-calendar-check"></i>
              </span>
              <span class="post-meta-item-text">Edited on</span>
              {_nj_time(e, "dateModified", "Modified")}
            </span>"""
    cats = []
    for number, cat in enumerate(p.categories):
        path = "/".join(slug(c) for c in p.categories[: number + 1])
        sep = "\n                  , " if number < len(p.categories) - 1 else ""
        cats.append(
            f"""
                <span itemprop="about" itemscope itemtype="http://schema.org/Thing">
                  <a href="/categories/{path}/" itemprop="url" rel="index"><span itemprop="name">{esc(cat)}</span></a>
                </span>{sep}"""
        )
    body = "\n".join(p.excerpt)
    if p.description:
        button = f"""
          <!--noindex-->
            <div class="post-button">
              <a class="btn" href="{p.url}">
                Read more &raquo;
              </a>
            </div>
          <!--/noindex-->"""
    elif p.more:
        button = f"""
          <!--noindex-->
            <div class="post-button">
              <a class="btn" href="{p.url}#more" rel="contents">
                Read more &raquo;
              </a>
            </div>
          <!--/noindex-->"""
    else:
        button = ""
    return f"""
  <article itemscope itemtype="http://schema.org/Article" class="post-block" lang="en">
    <link itemprop="mainEntityOfPage" href="{NJ_HOST}{p.url}">

    <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person">
      <meta itemprop="image" content="/images/avatar.png">
      <meta itemprop="name" content="{NJ_AUTHOR}">
      <meta itemprop="description" content="Small systems, written down.">
    </span>

    <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization">
      <meta itemprop="name" content="{NJ_SITE}">
    </span>
      <header class="post-header">
        <h2 class="post-title" itemprop="name headline">{sticky}
            <a href="{p.url}" class="post-title-link" itemprop="url">{esc(p.title)}</a>
        </h2>

        <div class="post-meta">
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="far fa-calendar"></i>
              </span>
              <span class="post-meta-item-text">Posted on</span>

              {_nj_time(m, "dateCreated datePublished", "Created")}
            </span>{edited}
            <span class="post-meta-item">
              <span class="post-meta-item-icon">
                <i class="far fa-folder"></i>
              </span>
              <span class="post-meta-item-text">In</span>{"".join(cats)}
            </span>
<br>
            <span class="post-meta-item" title="Symbols count in article">
              <span class="post-meta-item-icon">
                <i class="far fa-file-word"></i>
              </span>
                <span class="post-meta-item-text">Symbols count in article: </span>
              <span>{p.symbols_text}</span>
            </span>
            <span class="post-meta-item" title="Reading time">
              <span class="post-meta-item-icon">
                <i class="far fa-clock"></i>
              </span>
                <span class="post-meta-item-text">Reading time &asymp;</span>
              <span>{p.minutes} mins.</span>
            </span>

        </div>
      </header>

    <div class="post-body" itemprop="articleBody">
          {body}{button}
    </div>

      <footer class="post-footer">
        <div class="post-eof"></div>
      </footer>
  </article>"""


def _nj_href(number: int) -> str:
    return "/" if number == 1 else f"/page/{number}/"


def _nj_pager(number: int, pages: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a class="extend prev" rel="prev" title="Previous page" aria-label="Previous page" href="{_nj_href(number - 1)}"><i class="fa fa-angle-left"></i></a>'
        )
    for n in range(1, pages + 1):
        parts.append(
            f'<span class="page-number current">{n}</span>'
            if n == number
            else f'<a class="page-number" href="{_nj_href(n)}">{n}</a>'
        )
    if number < pages:
        parts.append(
            f'<a class="extend next" rel="next" title="Next page" aria-label="Next page" href="{_nj_href(number + 1)}"><i class="fa fa-angle-right"></i></a>'
        )
    return f"""
  <nav class="pagination">
    {"".join(parts)}
  </nav>"""


def _nj_page(number: int, pages: int, posts: list[Post], counts: tuple[int, int, int]) -> str:
    n_posts, n_cats, n_tags = counts
    title = NJ_SITE
    path = "index.html" if number == 1 else f"page/{number}/index.html"
    canonical = f"{NJ_HOST}{_nj_href(number)}"
    config = {
        "hostname": "slowpackets.example.net",
        "root": "/",
        "images": "/images",
        "scheme": "Gemini",
        "darkmode": False,
        "version": "8.21.1",
        "exturl": False,
        "sidebar": {"position": "left", "display": "post", "padding": 18, "offset": 12},
        "copycode": {"enable": True, "style": "mac"},
        "fold": {"enable": False, "height": 500},
        "bookmark": {"enable": False, "color": "#222", "save": "auto"},
        "mediumzoom": False,
        "lazyload": False,
        "pangu": False,
        "comments": {"style": "tabs", "active": None, "storage": True, "lazyload": False, "nav": None},
        "stickytabs": False,
        "motion": {
            "enable": True,
            "async": False,
            "transition": {
                "menu_item": "fadeInDown",
                "post_block": "fadeIn",
                "post_header": "fadeInDown",
                "post_body": "fadeInDown",
                "coll_header": "fadeInLeft",
                "sidebar": "fadeInUp",
            },
        },
        "i18n": {
            "placeholder": "Searching...",
            "empty": "We didn't find any results for the search: ${query}",
            "hits_time": "${hits} results found in ${time} ms",
            "hits": "${hits} results found",
        },
        "path": "/search.xml",
        "localsearch": {"enable": True, "top_n_per_article": 1, "unescape": False, "preload": False},
    }
    page_config = {
        "sidebar": "",
        "isHome": True,
        "isPost": False,
        "lang": "en",
        "comments": "",
        "permalink": "",
        "path": path,
        "title": "",
    }
    articles = "\n".join(_nj_post(p) for p in posts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<meta name="theme-color" content="#222"><meta name="generator" content="Hexo 7.3.0">

  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
  <link rel="icon" type="image/png" sizes="16x16" href="/images/favicon-16x16-next.png">
  <link rel="mask-icon" href="/images/logo.svg" color="#222">

<link rel="stylesheet" href="/css/main.css">

<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css" integrity="sha256-5eIC48iZUHmSlSUz9XtjRyK2mzQkHScZY1WdMaoz74E=" crossorigin="anonymous">
  <link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/animate.css/3.1.1/animate.min.css" integrity="sha256-PR7ttpcvz8qrF57fur/yAx1qXMFJeJFiA6pSzWi0OIE=" crossorigin="anonymous">

<script class="next-config" data-name="main" type="application/json">{json.dumps(config, separators=(",", ":"))}</script><script src="/js/config.js"></script>

    <meta name="description" content="Small systems, written down.">
<meta property="og:type" content="website">
<meta property="og:title" content="{NJ_SITE}">
<meta property="og:url" content="{canonical}">
<meta property="og:site_name" content="{NJ_SITE}">
<meta property="og:description" content="Small systems, written down.">
<meta property="og:locale" content="en_US">
<meta property="article:author" content="{NJ_AUTHOR}">
<meta name="twitter:card" content="summary">

<link rel="canonical" href="{canonical}">

<script class="next-config" data-name="page" type="application/json">{json.dumps(page_config, separators=(",", ":"))}</script>

<script class="next-config" data-name="calendar" type="application/json">""</script>
<title>{title}</title>

  <noscript>
    <link rel="stylesheet" href="/css/noscript.css">
  </noscript>
<link rel="alternate" href="/atom.xml" title="{NJ_SITE}" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage">
  <div class="container use-motion">
    <div class="headband"></div>

    <header class="header" itemscope itemtype="http://schema.org/WPHeader">
      <div class="header-inner"><div class="site-brand-container">
  <div class="site-nav-toggle">
    <div class="toggle" aria-label="Toggle navigation bar" role="button">
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
        <span class="toggle-line"></span>
    </div>
  </div>

  <div class="site-meta">

    <a href="/" class="brand" rel="start">
      <i class="logo-line"></i>
      <h1 class="site-title">{NJ_SITE}</h1>
      <i class="logo-line"></i>
    </a>
      <p class="site-subtitle" itemprop="description">home servers, DNS, Rust and other slow things</p>
  </div>

  <div class="site-nav-right">
    <div class="toggle popup-trigger" aria-label="Search" role="button">
        <i class="fa fa-search fa-fw fa-lg"></i>
    </div>
  </div>
</div>

<nav class="site-nav">
  <ul class="main-menu menu"><li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>Home</a></li><li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>About</a></li><li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>Tags<span class="badge">{n_tags}</span></a></li><li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>Categories<span class="badge">{n_cats}</span></a></li><li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>Archives<span class="badge">{n_posts}</span></a></li><li class="menu-item menu-item-rss"><a href="/atom.xml" rel="section"><i class="fa fa-rss fa-fw"></i>RSS</a></li>
      <li class="menu-item menu-item-search">
        <a role="button" class="popup-trigger"><i class="fa fa-search fa-fw"></i>Search
        </a>
      </li>
  </ul>
</nav>

  <div class="search-pop-overlay">
    <div class="popup search-popup"><div class="search-header">
  <span class="search-icon">
    <i class="fa fa-search"></i>
  </span>
  <div class="search-input-container">
    <input autocomplete="off" autocapitalize="off" maxlength="80"
           placeholder="Searching..." spellcheck="false"
           type="search" class="search-input">
  </div>
  <span class="popup-btn-close" role="button">
    <i class="fa fa-times-circle"></i>
  </span>
</div>
<div class="search-result-container no-result">
  <div class="search-result-icon">
    <i class="fa fa-spinner fa-pulse fa-5x"></i>
  </div>
</div>

    </div>
  </div>

</div>
    </header>

    <div class="back-to-top" role="button" aria-label="Back to top">
    <i class="fa fa-arrow-up fa-lg"></i>
    <span>0%</span>
  </div>
  <div class="reading-progress-bar"></div>

    <main class="main">
      <div class="main-inner">
        <div class="content-wrap">
          <div class="content index posts-expand">
{articles}
{_nj_pager(number, pages)}

          </div>
        </div>

  <div class="toggle sidebar-toggle" role="button">
    <span class="toggle-line"></span>
    <span class="toggle-line"></span>
    <span class="toggle-line"></span>
  </div>

  <aside class="sidebar">
    <div class="sidebar-inner sidebar-overview-active">
      <ul class="sidebar-nav">
        <li class="sidebar-nav-toc">
          Table of Contents
        </li>
        <li class="sidebar-nav-overview">
          Overview
        </li>
      </ul>

      <div class="sidebar-panel-container">
        <!--noindex-->
        <div class="post-toc-wrap sidebar-panel">
        </div>
        <!--/noindex-->

        <div class="site-overview-wrap sidebar-panel">
          <div class="site-author site-overview-item animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <img class="site-author-image" itemprop="image" alt="{NJ_AUTHOR}"
      src="/images/avatar.png">
  <p class="site-author-name" itemprop="name">{NJ_AUTHOR}</p>
  <div class="site-description" itemprop="description">Small systems, written down.</div>
</div>
<div class="site-state-wrap site-overview-item animated">
  <nav class="site-state">
      <div class="site-state-item site-state-posts">
        <a href="/archives/">
          <span class="site-state-item-count">{n_posts}</span>
          <span class="site-state-item-name">posts</span>
        </a>
      </div>
      <div class="site-state-item site-state-categories">
          <a href="/categories/">
        <span class="site-state-item-count">{n_cats}</span>
        <span class="site-state-item-name">categories</span></a>
      </div>
      <div class="site-state-item site-state-tags">
          <a href="/tags/">
        <span class="site-state-item-count">{n_tags}</span>
        <span class="site-state-item-name">tags</span></a>
      </div>
  </nav>
</div>
  <div class="links-of-author site-overview-item animated">
      <span class="links-of-author-item">
        <a href="https://codeberg.org/lvogt" title="Codeberg → https:&#x2F;&#x2F;codeberg.org&#x2F;lvogt" rel="noopener me" target="_blank"><i class="fab fa-git-alt fa-fw"></i>Codeberg</a>
      </span>
      <span class="links-of-author-item">
        <a href="https://hachyderm.io/@lvogt" title="Mastodon → https:&#x2F;&#x2F;hachyderm.io&#x2F;@lvogt" rel="noopener me" target="_blank"><i class="fab fa-mastodon fa-fw"></i>Mastodon</a>
      </span>
      <span class="links-of-author-item">
        <a href="mailto:lena@slowpackets.example.net" title="E-Mail → mailto:lena@slowpackets.example.net" rel="noopener me" target="_blank"><i class="fa fa-envelope fa-fw"></i>E-Mail</a>
      </span>
      <span class="links-of-author-item">
        <a href="/atom.xml" title="RSS → &#x2F;atom.xml" rel="noopener me"><i class="fa fa-rss fa-fw"></i>RSS</a>
      </span>
  </div>
  <div class="cc-license site-overview-item animated" itemprop="license">
    <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.en" class="cc-opacity" rel="noopener" target="_blank"><img src="https://cdnjs.cloudflare.com/ajax/libs/creativecommons-vocabulary/2020.11.3/assets/license_badges/small/by_nc_sa.svg" alt="Creative Commons"></a>
  </div>
  <div class="links-of-blogroll site-overview-item animated">
    <div class="links-of-blogroll-title"><i class="fa fa-link fa-fw"></i>
      Friends
    </div>
    <ul class="links-of-blogroll-list">
        <li class="links-of-blogroll-item">
          <a href="https://rachelbythebay.com/w/" title="https:&#x2F;&#x2F;rachelbythebay.com&#x2F;w&#x2F;" rel="noopener" target="_blank">rachelbythebay</a>
        </li>
        <li class="links-of-blogroll-item">
          <a href="https://jvns.ca/" title="https:&#x2F;&#x2F;jvns.ca&#x2F;" rel="noopener" target="_blank">Julia Evans</a>
        </li>
        <li class="links-of-blogroll-item">
          <a href="https://blog.habets.se/" title="https:&#x2F;&#x2F;blog.habets.se&#x2F;" rel="noopener" target="_blank">Thomas Habets</a>
        </li>
    </ul>
  </div>
        </div>
      </div>
    </div>
  </aside>
  <div id="sidebar-dimmer"></div>
      </div>
    </main>

    <footer class="footer">
      <div class="footer-inner">

<div class="copyright">
  &copy; 2019 &ndash;
  <span itemprop="copyrightYear">2025</span>
  <span class="with-love">
    <i class="fa fa-heart"></i>
  </span>
  <span class="author" itemprop="copyrightHolder">{NJ_AUTHOR}</span>
</div>
<div class="wordcount">
  <span class="post-meta-item">
    <span class="post-meta-item-icon">
      <i class="fa fa-chart-line"></i>
    </span>
    <span title="Symbols count total">342k</span>
  </span>
  <span class="post-meta-item">
    <span class="post-meta-item-icon">
      <i class="fa fa-coffee"></i>
    </span>
    <span title="Reading time total">5:11</span>
  </span>
</div>
<div class="busuanzi-count">
    <span class="post-meta-item" id="busuanzi_container_site_uv">
      <span class="post-meta-item-icon">
        <i class="fa fa-user"></i>
      </span>
      <span class="site-uv" title="Total Visitors">
        <span id="busuanzi_value_site_uv"></span>
      </span>
    </span>
</div>
  <div class="powered-by">Powered by <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> & <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a>
  </div>

      </div>
    </footer>
  </div>

<script src="https://cdnjs.cloudflare.com/ajax/libs/animejs/3.2.1/anime.min.js" integrity="sha256-XL2inqUJaslATFnHdJOi9GfQ60on8Wx1C2H8DYiN1xY=" crossorigin="anonymous"></script>
<script src="/js/comments.js"></script><script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/schemes/muse.js"></script><script src="/js/next-boot.js"></script>

  <script src="https://cdnjs.cloudflare.com/ajax/libs/hexo-generator-searchdb/1.4.1/search.js" integrity="sha256-1kfA5uHPf65M5cphT2dvymhkuyHPQp5A53EGZOnOLmc=" crossorigin="anonymous"></script>
<script src="/js/third-party/search/local-search.js"></script>

  <script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>

</body>
</html>"""


@wave
def build_nextjournal() -> None:
    s = Site(
        "nextjournal",
        kind="blog home page (Hexo 7 + NexT 8 Gemini: full article.post-block posts with a post-meta line of icon items — 'Posted on' time, optional 'Edited on', 'In' category links, 'Symbols count in article: 4.2k', 'Reading time ≈ 4 mins.' —, excerpts with 'Read more »' buttons, a sticky post, the sidebar overview's site-state counts, nav.pagination over /page/N/)",
        start="",
        description=(
            "A personal homelab / self-hosting / Rust blog built with Hexo 7.3 and the NexT 8 theme (Gemini scheme), the "
            "home page over three pages (/ , /page/2/, /page/3/) of 10, 10 and 6 posts. Every post is a full "
            "article.post-block (schema.org Article microdata, hidden author / publisher spans, a mainEntityOfPage link) "
            "with header.post-header > h2.post-title > a.post-title-link and div.post-meta of span.post-meta-item's, each "
            "an icon span + a post-meta-item-text label + a value: 'Posted on' time (datetime with a +01:00/+02:00 offset, "
            "title 'Created: …', text '2025-03-09'), 'Edited on' on some posts, 'In' one or two hierarchical category links "
            "separated by ' , ', a hidden busuanzi views item, a <br>, 'Symbols count in article: ' 4.2k / 856 / 11k and "
            "'Reading time ≈' '5 mins.' (also '1 mins.'). div.post-body holds the excerpt (a paragraph with inline code, "
            "sometimes a highlight figure or a list after it) and a 'Read more »' a.btn to the post's #more (to the bare URL "
            "for a front-matter description; no button on posts shown whole). The first post on page one is an old sticky "
            "post with a thumbtack flag. nav.pagination of span.page-number.current / a.page-number / a.extend next|prev with "
            "icon-only arrows. Noise: next-config JSON scripts, brand header, menu with badge counts, search popup, back-to-top, "
            "sidebar (TOC/Overview tabs, author, site-state posts / categories / tags counts, social links, CC badge, "
            "blogroll), footer (copyright, 'Symbols count total 342k', busuanzi, 'Powered by Hexo & NexT.Gemini'). "
            "Written down: title, url, date, updated (only where 'Edited on' shows), categories (a list), symbols (4.2k as "
            "4200), reading_time (minutes), summary (the excerpt's first paragraph)."
        ),
    )
    cats = {c for p in NJ_POSTS for c in p.categories}
    counts = (len(NJ_POSTS), len(cats), 31)
    pages = len(NJ_SIZES)
    ordered = [p for p in NJ_POSTS if p.sticky] + sorted(
        (p for p in NJ_POSTS if not p.sticky), key=lambda p: p.moment, reverse=True
    )
    for number, group in enumerate(chunks(ordered, NJ_SIZES), 1):
        path = "index.html" if number == 1 else f"page/{number}/index.html"
        s.list_page(path, _nj_page(number, pages, group, counts))
    for p in ordered:
        s.expect(
            {
                "title": p.title,
                "url": p.url,
                "date": f"{p.moment:%Y-%m-%d}",
                "updated": p.edited[:10] if p.edited else None,
                "categories": list(p.categories),
                "symbols": p.symbols_shown,
                "reading_time": p.minutes,
                "summary": p.summary,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pipermail-archive (FROZEN): GNU Mailman 2.1 pipermail, one month's "Archive by thread"
# ---------------------------------------------------------------------------------------------------

PM_LIST = "Lintel-users"
PM_HOST = "https://mail.lintel-project.example.org"
PM_DIR = "pipermail/lintel-users/2024-October"
PM_FIRST = 4812


@dataclass(frozen=True)
class Mail:
    """One archived message: when it arrived, what it answers (an index into PM_MAILS), subject and sender."""

    when: str  # "2024-10-01 09:14:22" (local time of the list server)
    parent: int | None
    subject: str
    author: str


PM_MAILS = [
    Mail("2024-10-01 09:14:22", None, "[Lintel-users] Lintel 3.2.0 released", "Marta Kowalczyk"),
    Mail("2024-10-01 13:40:05", 0, "Re: [Lintel-users] Lintel 3.2.0 released", "Daniel Okoye"),
    Mail("2024-10-02 08:02:51", 1, "Re: [Lintel-users] Lintel 3.2.0 released", "Marta Kowalczyk"),
    Mail("2024-10-02 10:27:13", None, "[Lintel-users] False positive on unused-import with __all__", "Peter Lindqvist"),
    Mail(
        "2024-10-02 16:55:40", 3, "Re: [Lintel-users] False positive on unused-import with __all__", "Marta Kowalczyk"
    ),
    Mail("2024-10-03 07:31:18", 0, "Re: [Lintel-users] Lintel 3.2.0 released", "Hiroshi Tanabe"),
    Mail(
        "2024-10-03 11:12:09", 4, "Re: [Lintel-users] False positive on unused-import with __all__", "Peter Lindqvist"
    ),
    Mail("2024-10-04 19:48:37", None, "[Lintel-users] Config file discovery in monorepos", "ana.ferreira at posteo.pt"),
    Mail("2024-10-05 09:03:22", 7, "Re: [Lintel-users] Config file discovery in monorepos", "Daniel Okoye"),
    Mail("2024-10-05 12:44:56", 6, "Re: [Lintel-users] False positive on unused-import with __all__", "Sam Whitfield"),
    Mail("2024-10-06 21:19:30", 7, "[Lintel-users] Re: Config file discovery in monorepos", "Jonas Brandt"),
    Mail("2024-10-07 08:36:14", None, "[Lintel-users] Pre-commit hook is slow on large repositories", "Chris Mbeki"),
    Mail(
        "2024-10-07 10:58:02",
        10,
        "Re: [Lintel-users] Re: Config file discovery in monorepos",
        "ana.ferreira at posteo.pt",
    ),
    Mail(
        "2024-10-07 15:20:47", 11, "Re: [Lintel-users] Pre-commit hook is slow on large repositories", "Hiroshi Tanabe"
    ),
    Mail("2024-10-08 09:09:33", 13, "Re: [Lintel-users] Pre-commit hook is slow on large repositories", "Chris Mbeki"),
    Mail(
        "2024-10-08 22:41:05", 14, "Re: [Lintel-users] Pre-commit hook is slow on large repositories", "Hiroshi Tanabe"
    ),
    Mail("2024-10-09 14:05:51", None, "[Lintel-users] [ANN] lintel-vscode 0.9 beta", "Yusuf Demir"),
    Mail(
        "2024-10-10 10:17:28", 15, "Re: [Lintel-users] Pre-commit hook is slow on large repositories", "Marta Kowalczyk"
    ),
    Mail(
        "2024-10-11 17:33:44",
        None,
        "[Lintel-users] Windows: UnicodeDecodeError reading cp1252 files",
        "\u00c9lodie Marchand",
    ),
    Mail(
        "2024-10-12 08:50:16",
        18,
        "Re: [Lintel-users] Windows: UnicodeDecodeError reading cp1252 files",
        "Sam Whitfield",
    ),
    Mail(
        "2024-10-12 19:02:39",
        19,
        "Re: [Lintel-users] Windows: UnicodeDecodeError reading cp1252 files",
        "\u00c9lodie Marchand",
    ),
    Mail("2024-10-14 11:26:03", None, "[Lintel-users] Question about rule severity overrides", "Tomasz Nowak"),
    Mail("2024-10-14 16:48:21", 21, "Re: [Lintel-users] Question about rule severity overrides", "Daniel Okoye"),
    Mail(
        "2024-10-17 09:00:00",
        None,
        "[Lintel-users] Call for talks: Lintel mini-summit at PyCon DE 2025",
        "Marta Kowalczyk",
    ),
    Mail(
        "2024-10-18 13:37:52",
        23,
        "Re: [Lintel-users] Call for talks: Lintel mini-summit at PyCon DE 2025",
        "Jonas Brandt",
    ),
    Mail(
        "2024-10-21 07:55:10",
        None,
        "[Lintel-users] Fwd: Security advisory for lintel-server < 1.4.2",
        "Daniel Okoye",
    ),
    Mail(
        "2024-10-21 12:14:36",
        25,
        "Re: [Lintel-users] Fwd: Security advisory for lintel-server < 1.4.2",
        "Rafael Ortiz",
    ),
    Mail(
        "2024-10-21 14:02:58",
        26,
        "Re: [Lintel-users] Fwd: Security advisory for lintel-server < 1.4.2",
        "Daniel Okoye",
    ),
    Mail("2024-10-24 10:45:19", None, "[Lintel-users] Is anyone using Lintel with Bazel?", "Priya Raman"),
    Mail("2024-10-24 18:21:42", 28, "Re: [Lintel-users] Is anyone using Lintel with Bazel?", "Jonas Brandt"),
    Mail("2024-10-25 08:12:07", 28, "Re: [Lintel-users] Is anyone using Lintel with Bazel?", "Chris Mbeki"),
    Mail("2024-10-27 23:58:40", None, "[Lintel-users] Unsubscribe", "k.hoffmann at gmx.de"),
    Mail("2024-10-29 09:31:55", None, "[Lintel-users] Typo in docs: --max-complexity", "Sam Whitfield"),
    Mail("2024-10-29 12:06:30", 32, "Re: [Lintel-users] Typo in docs: --max-complexity", "Marta Kowalczyk"),
    Mail("2024-10-31 17:40:05", None, "[Lintel-users] Lintel 3.2.1 (bugfix release)", "Marta Kowalczyk"),
]


def _pm_number(index: int) -> int:
    return PM_FIRST + index


def _pm_stamp(index: int) -> int:
    return int(_berlin(datetime.strptime(PM_MAILS[index].when, "%Y-%m-%d %H:%M:%S")).timestamp())


def _pm_ctime(when: str) -> str:
    """Mailman's time.ctime()-style stamp with the zone name: 'Tue Oct  1 09:14:22 CEST 2024'."""
    naive = datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    zone = "CEST" if _berlin(naive).utcoffset() == timedelta(hours=2) else "CET"
    return f"{naive:%a %b} {naive.day:2d} {naive:%H:%M:%S} {zone} {naive.year}"


def _pm_ascii(text: str) -> str:
    """Pipermail writes its index pages in us-ascii: other characters become numeric references."""
    out = esc(text)
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in out)


def _pm_thread_order() -> list[tuple[int, int, str]]:
    """(index, depth, thread key) in thread order: threads by first message, replies depth-first by date."""
    children: dict[int | None, list[int]] = {}
    for index, mail in enumerate(PM_MAILS):
        children.setdefault(mail.parent, []).append(index)
    order: list[tuple[int, int, str]] = []

    def walk(index: int, depth: int, key: str) -> None:
        here = f"{key}{_pm_stamp(index):011d}.{_pm_number(index)}-"
        order.append((index, depth, here))
        for child in children.get(index, []):
            walk(child, depth + 1, here)

    for root in children[None]:
        walk(root, 0, "")
    return order


def _pm_entry(index: int) -> str:
    mail = PM_MAILS[index]
    number = _pm_number(index)
    return f"""<LI><A HREF="{number:06d}.html">{_pm_ascii(mail.subject)}
</A><A NAME="{number}">&nbsp;</A>
<I>{_pm_ascii(mail.author)}
</I>
"""


def _pm_sorted_by(current: str) -> str:
    refs = "\n".join(
        f'\t\t<a href="{name}.html#start">[ {name} ]</a>'
        for name in ("thread", "subject", "author", "date")
        if name != current
    )
    return f"""<li> <b>Messages sorted by:</b>
\t
{refs}
"""


def _pm_page(current: str, entries: str) -> str:
    first, last = PM_MAILS[0].when, PM_MAILS[-1].when
    archived = last[:-2] + f"{int(last[-2:]) + 6:02d}"
    listinfo = f"{PM_HOST}/mailman/listinfo/lintel-users"
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">
<HTML>
  <HEAD>
     <title>The {PM_LIST} 2024-October Archive by {current}</title>
     <META NAME="robots" CONTENT="noindex,follow">
     <META http-equiv="Content-Type" content="text/html; charset=us-ascii">
  </HEAD>
  <BODY BGCOLOR="#ffffff">
      <a name="start"></A>
      <h1>2024-October Archives by {current}</h1>
      <ul>
         {_pm_sorted_by(current)}
\t     <li><b><a href="{listinfo}">More info on this list...
                    </a></b></li>
      </ul>
      <p><b>Starting:</b> <i>{_pm_ctime(first)}</i><br>
         <b>Ending:</b> <i>{_pm_ctime(last)}</i><br>
         <b>Messages:</b> {len(PM_MAILS)}<p>
     <ul>

{entries}
    </ul>
    <p>
      <a name="end"><b>Last message date:</b></a>
       <i>{_pm_ctime(last)}</i><br>
    <b>Archived on:</b> <i>{_pm_ctime(archived)}</i>
    <p>
   <ul>
         {_pm_sorted_by(current)}
\t     <li><b><a href="{listinfo}">More info on this list...
                    </a></b></li>
     </ul>
     <p>
     <hr>
     <i>This archive was generated by
     Pipermail 0.09 (Mailman edition).</i>
  </BODY>
</HTML>"""


def _pm_thread_entries() -> str:
    out: list[str] = []
    depth_now = 0
    for index, depth, key in _pm_thread_order():
        while depth_now > depth:
            out.append("</UL>\n")
            depth_now -= 1
        while depth_now < depth:
            out.append("<UL>\n")
            depth_now += 1
        out.append(f"<!--{depth} {key} -->\n{_pm_entry(index)}")
    out.extend("</UL>\n" for _ in range(depth_now))
    return "\n".join(out)


def _pm_flat_entries(order: list[int]) -> str:
    return "\n".join(f"<!--0 {_pm_stamp(i):011d}.{_pm_number(i)}- -->\n{_pm_entry(i)}" for i in order)


def _pm_subject_key(index: int) -> str:
    subject = PM_MAILS[index].subject
    for prefix in ("Re: ", "[Lintel-users] ", "Re: ", "Fwd: "):
        subject = subject.removeprefix(prefix)
    return subject.casefold()


@wave
def build_pipermail_archive() -> None:
    s = Site(
        "pipermail-archive",
        kind="mailing-list archive index (GNU Mailman 2.1 pipermail 'Archive by thread': one month on one HTML 3.2 page, nested UL/LI threads of <A HREF=NNNNNN.html> subject + <A NAME> anchor + <I>author</I>, depth comments, sort links to subject / author / date pages)",
        start=f"{PM_DIR}/thread.html",
        description=(
            "The October 2024 archive of a small open-source project's users list as GNU Mailman 2.1 pipermail writes "
            "it: an upper-case HTML 3.2 page in us-ascii (non-ASCII names as &#201; references), h1 '2024-October "
            "Archives by thread', a 'Messages sorted by:' list linking the other three sortings ([ subject ] [ author ] "
            "[ date ]; the current one is left out) and 'More info on this list...' (absolute listinfo URL), 'Starting:' "
            "/ 'Ending:' ctime stamps and 'Messages: 35', then one <ul> where every message is <!--depth key--> + "
            "<LI><A HREF='004812.html'>subject\\n</A><A NAME='4812'>&nbsp;</A> <I>author\\n</I>, unclosed LIs, replies "
            "nested in <UL> blocks up to five deep; subjects keep the '[Lintel-users]' prefix and 'Re: ' (once as "
            "'[Lintel-users] Re: …'), authors without a display name appear as 'name at domain'. After the list: 'Last "
            "message date:', 'Archived on:', the sort links again and 'This archive was generated by Pipermail 0.09 "
            "(Mailman edition).' The real archive never links months to each other (only the list's archive index "
            "does), so the month is one page; its subject.html, author.html and date.html siblings hold the same 35 "
            "messages flat in other orders. Written down: title (the subject as shown), url, author."
        ),
    )
    s.list_page(f"{PM_DIR}/thread.html", _pm_page("thread", _pm_thread_entries()))
    indexes = list(range(len(PM_MAILS)))
    s.write(f"{PM_DIR}/date.html", _pm_page("date", _pm_flat_entries(indexes)))
    by_subject = sorted(indexes, key=lambda i: (_pm_subject_key(i), _pm_stamp(i)))
    s.write(f"{PM_DIR}/subject.html", _pm_page("subject", _pm_flat_entries(by_subject)))
    by_author = sorted(indexes, key=lambda i: (PM_MAILS[i].author.casefold(), _pm_stamp(i)))
    s.write(f"{PM_DIR}/author.html", _pm_page("author", _pm_flat_entries(by_author)))
    for index, _depth, _key in _pm_thread_order():
        mail = PM_MAILS[index]
        s.expect({"title": mail.subject, "url": f"{_pm_number(index):06d}.html", "author": mail.author})
    s.finish()


# ---------------------------------------------------------------------------------------------------
# koha-newbooks (FROZEN): Koha 23.11 OPAC (bootstrap theme), the "New titles" search
# ---------------------------------------------------------------------------------------------------

KH_LIBRARY = "Harrowgate Public Libraries"
KH_SEARCH = "/cgi-bin/koha/opac-search.pl"
KH_QUERY = "idx=kw&q=ccode%3ANEW"
KH_SORT = "sort_by=acqdate_dsc"
KH_PER_PAGE = 10

#: itemtype -> (material type label, format, literary form or None, location)
KH_TYPES = {
    "BK": ("Book", "print", "Fiction", "Adult fiction"),
    "NF": ("Book", "print", None, "Adult non-fiction"),
    "LP": ("Book", "large print", "Fiction", "Large print"),
    "DVD": ("Visual material", None, None, "DVDs"),
    "CD": ("Sound", None, "Fiction", "Audiobooks"),
    "JF": ("Book", "print", "Fiction", "Children's fiction"),
    "REF": ("Book", "print", None, "Reference"),
}


@dataclass(frozen=True)
class Biblio:
    """One catalogue record of the results, as its XSLT view shows it."""

    number: int
    title: str
    subtitle: str | None
    responsibility: str
    author: str | None
    itype: str
    place: str
    publisher: str
    year: str  # as catalogued: "2024" or "[2023]"
    available: tuple[tuple[str, int], ...]
    unavailable: tuple[tuple[str, int], ...] = ()
    call_number: str | None = None
    rda: bool = True  # 264 "Publication details:" (RDA) or legacy 260 "Publisher:"
    edition: str | None = None
    cover: bool = True

    @property
    def url(self) -> str:
        return f"/cgi-bin/koha/opac-detail.pl?biblionumber={self.number}"

    @property
    def shown_title(self) -> str:
        return self.title + (f" : {self.subtitle}" if self.subtitle else "")

    @property
    def isbn(self) -> str:
        body = "9781" + f"{_num(f'isbn{self.number}', 0, 99999999):08d}"
        total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
        return body + str((10 - total % 10) % 10)


MAIN, EAST, RIVER = "Main Library", "Eastside Branch", "Riverside Branch"

KH_BIBLIOS = [
    Biblio(
        24117,
        "The God of the woods",
        None,
        "Liz Moore.",
        "Moore, Liz",
        "BK",
        "New York",
        "Riverhead Books",
        "2024",
        ((MAIN, 1),),
        (("Checked out", 1),),
        "813.6 MOO",
    ),
    Biblio(
        24116,
        "Intermezzo",
        None,
        "Sally Rooney.",
        "Rooney, Sally",
        "BK",
        "London",
        "Faber & Faber",
        "2024",
        ((MAIN, 1), (EAST, 1)),
        (),
        "823.92 ROO",
    ),
    Biblio(
        24115,
        "James",
        "a novel",
        "Percival Everett.",
        "Everett, Percival",
        "BK",
        "London",
        "Mantle",
        "2024",
        (),
        (("Checked out", 2),),
    ),
    Biblio(
        24113,
        "Orbital",
        None,
        "Samantha Harvey.",
        "Harvey, Samantha",
        "BK",
        "London",
        "Jonathan Cape",
        "2023",
        ((RIVER, 1),),
        (),
        "823.92 HAR",
    ),
    Biblio(
        24112,
        "Nexus",
        "a brief history of information networks from the Stone Age to AI",
        "Yuval Noah Harari.",
        "Harari, Yuval Noah",
        "NF",
        "London",
        "Fern Press",
        "2024",
        ((MAIN, 2),),
        (),
        "303.4833 HAR",
    ),
    Biblio(
        24110,
        "The women",
        None,
        "Kristin Hannah.",
        "Hannah, Kristin",
        "LP",
        "Waterville, Maine",
        "Thorndike Press",
        "2024",
        ((MAIN, 1),),
        (),
        "LP 813.54 HAN",
        edition="Large print edition.",
    ),
    Biblio(
        24109,
        "The ministry of time",
        None,
        "Kaliane Bradley.",
        "Bradley, Kaliane",
        "BK",
        "London",
        "Sceptre",
        "2024",
        (),
        (("On order", 1),),
        cover=False,
    ),
    Biblio(
        24108,
        "Knife",
        "meditations after an attempted murder",
        "Salman Rushdie.",
        "Rushdie, Salman",
        "NF",
        "London",
        "Jonathan Cape",
        "2024",
        ((EAST, 1),),
        (),
        "823.914 RUS",
    ),
    Biblio(
        24106,
        "The anxious generation",
        "how the great rewiring of childhood is causing an epidemic of mental illness",
        "Jonathan Haidt.",
        "Haidt, Jonathan",
        "NF",
        "London",
        "Allen Lane",
        "2024",
        ((MAIN, 1),),
        (("Checked out", 1),),
        "305.235 HAI",
    ),
    Biblio(
        24105,
        "Oppenheimer",
        None,
        "Universal Pictures presents ; a Syncopy production ; a film by Christopher Nolan.",
        "Nolan, Christopher",
        "DVD",
        "Universal City, CA",
        "Universal Pictures Home Entertainment",
        "2023",
        ((MAIN, 1),),
        (),
        "DVD OPP",
    ),
    Biblio(
        24104,
        "Creation lake",
        None,
        "Rachel Kushner.",
        "Kushner, Rachel",
        "BK",
        "London",
        "Jonathan Cape",
        "2024",
        ((RIVER, 1),),
        (),
        "813.6 KUS",
        rda=False,
    ),
    Biblio(
        24103,
        "Long Island",
        None,
        "Colm T\u00f3ib\u00edn.",
        "T\u00f3ib\u00edn, Colm",
        "BK",
        "London",
        "Picador",
        "2024",
        ((MAIN, 1), (RIVER, 1)),
        (),
        "823.914 TOI",
    ),
    Biblio(
        24101,
        "Co-intelligence",
        "living and working with AI",
        "Ethan Mollick.",
        "Mollick, Ethan",
        "NF",
        "London",
        "WH Allen",
        "2024",
        ((MAIN, 1),),
        (),
        "006.3 MOL",
    ),
    Biblio(
        24100,
        "The safekeep",
        None,
        "Yael van der Wouden.",
        "Wouden, Yael van der",
        "BK",
        "London",
        "Viking",
        "2024",
        (),
        (("In transit", 1),),
    ),
    Biblio(
        24098,
        "Intermezzo",
        None,
        "Sally Rooney ; read by Aoife McMahon.",
        "Rooney, Sally",
        "CD",
        "London",
        "Penguin Audio",
        "2024",
        ((MAIN, 1),),
        (),
        "CD ROO",
        edition="Unabridged.",
        cover=False,
    ),
    Biblio(
        24097,
        "Martyr!",
        None,
        "Kaveh Akbar.",
        "Akbar, Kaveh",
        "BK",
        "London",
        "Picador",
        "2024",
        ((EAST, 1),),
        (),
        "813.6 AKB",
    ),
    Biblio(
        24096,
        "Here one moment",
        None,
        "Liane Moriarty.",
        "Moriarty, Liane",
        "BK",
        "London",
        "Michael Joseph",
        "2024",
        ((MAIN, 1),),
        (("Checked out", 2),),
        "823.92 MOR",
    ),
    Biblio(
        24095,
        "Funny story",
        None,
        "Emily Henry.",
        "Henry, Emily",
        "BK",
        "London",
        "Viking",
        "2024",
        ((RIVER, 1), (EAST, 1)),
        (),
        "813.6 HEN",
    ),
    Biblio(
        24093,
        "Clear",
        None,
        "Carys Davies.",
        "Davies, Carys",
        "BK",
        "London",
        "Granta",
        "2024",
        ((MAIN, 1),),
        (),
        "823.92 DAV",
        rda=False,
    ),
    Biblio(
        24092,
        "Stone yard devotional",
        None,
        "Charlotte Wood.",
        "Wood, Charlotte",
        "BK",
        "London",
        "Sceptre",
        "2024",
        ((MAIN, 1),),
        (),
        "823.92 WOO",
    ),
    Biblio(
        24090,
        "Caledonian Road",
        None,
        "Andrew O'Hagan.",
        "O'Hagan, Andrew",
        "BK",
        "London",
        "Faber & Faber",
        "2024",
        (),
        (("Checked out", 1),),
    ),
    Biblio(
        24089,
        "The Wild Robot protects",
        None,
        "Peter Brown.",
        "Brown, Peter",
        "JF",
        "New York",
        "Little, Brown and Company",
        "2023",
        ((EAST, 1),),
        (),
        "J BRO",
    ),
    Biblio(
        24088,
        "Simply Jamie",
        "fast & easy recipes for every day",
        "Jamie Oliver.",
        "Oliver, Jamie",
        "NF",
        "London",
        "Michael Joseph",
        "[2023]",
        ((MAIN, 1),),
        (),
        "641.512 OLI",
        rda=False,
    ),
    Biblio(
        24087,
        "Onyx storm",
        None,
        "Rebecca Yarros.",
        "Yarros, Rebecca",
        "BK",
        "London",
        "Piatkus",
        "2025",
        (),
        (("On order", 3),),
        cover=False,
    ),
    Biblio(
        24085,
        "Wandering stars",
        None,
        "Tommy Orange.",
        "Orange, Tommy",
        "BK",
        "London",
        "Harvill Secker",
        "2024",
        ((MAIN, 1),),
        (),
        "813.6 ORA",
    ),
    Biblio(
        24084,
        "Collins English dictionary",
        None,
        "[editors: Mary O'Neill ... et al.].",
        None,
        "REF",
        "Glasgow",
        "Collins",
        "2023",
        ((MAIN, 1),),
        (),
        "REF 423 COL",
        edition="14th edition.",
    ),
    Biblio(
        24083,
        "Real Americans",
        None,
        "Rachel Khong.",
        "Khong, Rachel",
        "BK",
        "London",
        "Hutchinson Heinemann",
        "2024",
        ((RIVER, 1),),
        (),
        "813.6 KHO",
    ),
    Biblio(
        24081,
        "Held",
        None,
        "Anne Michaels.",
        "Michaels, Anne",
        "BK",
        "London",
        "Bloomsbury Publishing",
        "2023",
        ((MAIN, 1),),
        (),
        "819.154 MIC",
    ),
]
KH_SIZES = [10, 10, 8]


def _kh_href(number: int) -> str:
    if number == 1:
        return f"{KH_SEARCH}?{KH_QUERY}&amp;{KH_SORT}"
    return f"{KH_SEARCH}?{KH_QUERY}&amp;offset={(number - 1) * KH_PER_PAGE}&amp;{KH_SORT}"


def _kh_file(number: int) -> str:
    return _kh_href(number).lstrip("/").replace("&amp;", "&").replace("?", "@")


SEPARATOR = '<span class="separator">, </span>'


def _kh_availability(b: Biblio) -> str:
    parts = []
    if b.available:
        label = "Items available for reference: " if b.itype == "REF" else "Items available for loan: "
        summaries = "".join(
            f'<span class="ItemSummary"><span class="ItemBranch">{branch}</span><span class="ItemCount"> ({count})</span><span class="available">. </span>'
            f'<span class="CallNumberAndLabel"><span class="LabelCallNumber">Call number: </span><span class="CallNumber">{esc(b.call_number)}</span></span>'
            f"{'' if n == len(b.available) - 1 else SEPARATOR}</span>"
            for n, (branch, count) in enumerate(b.available)
        )
        parts.append(
            f'<span class="available reallyavailable"><span class="AvailabilityLabel"><strong>{label}</strong></span>{summaries}</span>'
        )
    if b.unavailable:
        statuses = "".join(f'<span class="unavailable">{status} ({count}). </span>' for status, count in b.unavailable)
        lead = "" if b.available else '<span class="noItemsAvailable"><strong>No items available: </strong></span>'
        parts.append(f'<span class="unavailable">{lead}{statuses}</span>')
    return f'<div class="results_summary availability"><span class="label">Availability: </span>{" ".join(parts)}</div>'


def _kh_record(b: Biblio, position: int) -> str:
    material, fmt, form, _location = KH_TYPES[b.itype]
    icon = {"Book": "BK", "Visual material": "VM", "Sound": "SO"}[material]
    subtitle = f' : <span class="biblio-subtitle">{esc(b.subtitle)}</span>' if b.subtitle else ""
    author = ""
    if b.author:
        au = quote(f'"{b.author}"', safe="")
        author = (
            f'<div class="author"><span class="byAuthor">by </span><ul class="author resource_list">'
            f'<li><a href="{KH_SEARCH}?q=au:{au}" class="contributors">{esc(b.author)}</a>'
            f'<span class="relatorcode"> [author]</span></li></ul></div>'
        )
    edition = (
        f'<div class="results_summary edition"><span class="label">Edition: </span>{esc(b.edition)}</div>'
        if b.edition
        else ""
    )
    fmt_html = f'<span class="results_summary format"><span class="label">Format: </span>{fmt}</span>' if fmt else ""
    form_html = (
        f'<span class="results_summary literary_form"><span class="label">Literary form: </span>{form}</span>'
        if form
        else ""
    )
    if b.rda:
        publication = (
            f'<div class="results_summary rda264_1"><span class="label">Publication details: </span>'
            f'<span property="publisher" typeof="Organization"><span property="location">{esc(b.place)}</span> : '
            f'<span property="name">{esc(b.publisher)}</span>, <span property="datePublished">{b.year}</span></span></div>'
        )
    else:
        publication = (
            f'<div class="results_summary publisher"><span class="label">Publisher: </span>'
            f'<span property="publisher" typeof="Organization"><span property="location">{esc(b.place)} :</span> '
            f'<span property="name">{esc(b.publisher)},</span> <span property="datePublished">{b.year}.</span></span></div>'
        )
    if b.cover:
        cover = (
            f'<div title="{esc(b.title)}" class="cover-image custom-img" data-biblionumber="{b.number}">'
            f'<a href="{b.url}"><img src="https://covers.openlibrary.org/b/isbn/{b.isbn}-M.jpg" alt="Cover image" class="custom_cover_image" /></a></div>'
        )
    else:
        cover = '<div class="cover-image no-image"><span class="no-image">No cover image available</span></div>'
    hold = (
        f'<span class="actions"><a class="btn btn-link btn-sm" href="/cgi-bin/koha/opac-reserve.pl?biblionumber={b.number}"><i class="fa fa-fw fa-bookmark" aria-hidden="true"></i> Place hold</a></span>'
        if b.itype != "REF"
        else ""
    )
    return f"""
                                        <tr>
                                            <td class="selectcol">
                                                <input aria-label="Check this title" type="checkbox" class="cb" id="bib{b.number}" name="biblionumber" value="{b.number}" /> <label for="bib{b.number}"></label>
                                            </td>
                                            <td class="numcol">{position}.</td>
                                            <td class="bibliocol">
                                                <div class="d-flex flex-column flex-lg-row">
                                                    <div class="coverimages itemtype_{b.itype}">
                                                        {cover}
                                                    </div>
                                                    <div class="biblio-data">
                                                        <span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&amp;rft.genre=book&amp;rft.btitle={quote(b.title)}&amp;rft.isbn={b.isbn}"></span>
<a href="{b.url}" class="title">{esc(b.title)}{subtitle} / </a><span class="title_resp_stmt">{esc(b.responsibility)} </span>{author}<span class="results_summary type"><span class="label">Material type: </span><img src="/opac-tmpl/lib/famfamfam/{icon}.png" alt="{material}" class="materialtype mt_icon_{icon}"/> {material}</span>
{fmt_html}{form_html}{edition}{publication}{_kh_availability(b)}
                                                        <div class="actions-menu noprint">
                                                            {hold}
                                                            <span class="actions"><a class="addtoshelf btn btn-link btn-sm" href="/cgi-bin/koha/opac-addbybiblionumber.pl?biblionumber={b.number}"><i class="fa fa-fw fa-list" aria-hidden="true"></i> Save to lists</a></span>
                                                            <span class="actions cart-actions"><a data-biblionumber="{b.number}" class="btn btn-link btn-sm addtocart cart{b.number}" href="#"><i class="fa fa-fw fa-shopping-cart" aria-hidden="true"></i> Add to cart</a> <a style="display:none;" data-biblionumber="{b.number}" class="btn btn-link btn-sm remove cartRemove cartR{b.number}" href="#">(remove)</a></span>
                                                        </div> <!-- / .actions-menu -->
                                                    </div> <!-- / .biblio-data -->
                                                </div> <!-- / .d-flex -->
                                            </td>
                                        </tr>"""


def _kh_pager(number: int, pages: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{_kh_href(1)}" aria-label="Go to the first page"><i class="fa fa-fw fa-angle-double-left" aria-hidden="true"></i> First</a></li>'
        )
        items.append(
            f'<li class="page-item"><a class="page-link" href="{_kh_href(number - 1)}" aria-label="Go to the previous page"><i class="fa fa-fw fa-angle-left" aria-hidden="true"></i> Previous</a></li>'
        )
    for n in range(1, pages + 1):
        if n == number:
            items.append(f'<li class="page-item active" aria-current="page"><a class="page-link" href="#">{n}</a></li>')
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{_kh_href(n)}" aria-label="Go to page {n}">{n}</a></li>'
            )
    if number < pages:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{_kh_href(number + 1)}" aria-label="Go to the next page">Next <i class="fa fa-fw fa-angle-right" aria-hidden="true"></i></a></li>'
        )
        items.append(
            f'<li class="page-item"><a class="page-link" href="{_kh_href(pages)}" aria-label="Go to the last page">Last <i class="fa fa-fw fa-angle-double-right" aria-hidden="true"></i></a></li>'
        )
    body = "\n                ".join(items)
    return f"""<nav class="pagination pagination-sm noprint" aria-label="Search results pagination">
            <ul class="pagination">
                {body}
            </ul>
        </nav>"""


def _kh_facet(ident: str, heading: str, heading_id: str, rows: list[tuple[str, str, int]], limit: str) -> str:
    lis = "\n".join(
        f'<li class="facet-count-{n}"><span class="facet-label"><a href="{KH_SEARCH}?{KH_QUERY}&amp;{KH_SORT}&amp;limit={limit}:{quote(value, safe="")}" title="{esc(label)}">{esc(label)}</a></span> <span class="facet-count"> ({count})</span></li>'
        for n, (label, value, count) in enumerate(rows, 1)
    )
    more = (
        '<li class="moretoggle"><a href="#" class="more"><strong>Show more</strong></a></li>' if len(rows) > 5 else ""
    )
    return f'<li id="{ident}"><h3 id="{heading_id}">{heading}</h3><ul>{lis}{more}</ul></li>'


def _kh_facets() -> str:
    authors: dict[str, int] = {}
    branches: dict[str, int] = {}
    locations: dict[str, int] = {}
    for b in KH_BIBLIOS:
        if b.author:
            authors[b.author] = authors.get(b.author, 0) + 1
        for branch, _count in b.available:
            branches[branch] = branches.get(branch, 0) + 1
        location = KH_TYPES[b.itype][3]
        locations[location] = locations.get(location, 0) + 1
    top_authors = sorted(authors.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    itypes = [
        ("Books", "BK", 21),
        ("Large print", "LP", 1),
        ("DVDs", "DVD", 1),
        ("Audiobooks on CD", "CD", 1),
        ("Children's books", "JF", 1),
        ("Reference", "REF", 1),
    ]
    topics = [
        ("Fiction", 17),
        ("Domestic fiction", 4),
        ("Artificial intelligence", 2),
        ("Historical fiction", 3),
        ("Cooking, English", 1),
        ("Time travel", 1),
    ]
    return "\n".join(
        [
            '<li id="availability_facet"><h3 id="facet-availability">Availability</h3><ul><li><a href="'
            + f"{KH_SEARCH}?{KH_QUERY}&amp;{KH_SORT}&amp;limit=available"
            + '">Limit to currently available items.</a></li></ul></li>',
            _kh_facet("au_id", "Authors", "facet-authors", [(a, a, c) for a, c in top_authors], "au"),
            _kh_facet("itype_id", "Item types", "facet-itemtypes", itypes, "itype"),
            _kh_facet(
                "location_id",
                "Locations",
                "facet-locations",
                [(k, slug(k).upper(), v) for k, v in sorted(locations.items())],
                "location",
            ),
            _kh_facet(
                "holdingbranch_id",
                "Holding libraries",
                "facet-holding-libraries",
                [(k, k.split()[0].upper(), v) for k, v in sorted(branches.items())],
                "holdingbranch",
            ),
            _kh_facet("su-to_id", "Topics", "facet-topics", [(t, t, c) for t, c in topics], "su-to"),
        ]
    )


def _kh_page(number: int, pages: int, biblios: list[Biblio], first: int) -> str:
    rows = "".join(_kh_record(b, first + i) for i, b in enumerate(biblios))
    total = len(KH_BIBLIOS)
    return f"""<!DOCTYPE html>
<!-- TEMPLATE FILE: opac-results.tt -->
<html lang="en" class="no-js">
<head>
<title>Results of search for 'ccode:NEW' &rsaquo; {KH_LIBRARY} catalog</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Koha 23.1108000" /> <!-- leave this for stats -->
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="csrf-token" content="{_hex(f"csrf{number}", 40)},{_hex(f"salt{number}", 8)}">
<link rel="shortcut icon" href="/opac-tmpl/bootstrap/images/favicon.ico" type="image/x-icon" />
<link href="/opac-tmpl/bootstrap/lib/fontawesome/css/font-awesome.min_23.1108000.css" rel="stylesheet" type="text/css">
<link href="/opac-tmpl/bootstrap/css/opac_23.1108000.css" rel="stylesheet" type="text/css">
<link href="/opac-tmpl/bootstrap/css/print_23.1108000.css" rel="stylesheet" type="text/css" media="print">
<style>#opacheader {{ background: #1f4e5f; }} .navbar-brand {{ color: #fff !important; }}</style>
<link rel="search" type="application/opensearchdescription+xml" href="/cgi-bin/koha/opac-search.pl?format=opensearchdescription" title="Search {KH_LIBRARY}">
<link rel="alternate" type="application/rss+xml" title="{KH_LIBRARY} Search RSS feed" href="{KH_SEARCH}?{KH_QUERY}&amp;count=20&amp;sort_by=acqdate_dsc&amp;format=rss" />
<script>
    var Koha = {{}};
    function _(s) {{ return s }} // dummy function for gettext
    const is_logged_in = false;
</script>
<script src="/opac-tmpl/bootstrap/js/Gettext_23.1108000.js"></script>
<script src="/opac-tmpl/bootstrap/js/i18n_23.1108000.js"></script>
</head>
<body ID="results" class="branch-default scrollto" >
<button id="scrolltocontent">Skip to main content</button>
<div id="wrapper">
    <div id="header-region" class="noprint">
        <nav class="navbar navbar-expand">
            <div id="logo">
                <a class="navbar-brand" href="/cgi-bin/koha/opac-main.pl">{KH_LIBRARY}</a>
            </div>
            <div id="cartDetails" class="cart-message">Your cart is empty.</div>
            <ul id="cart-list-nav" class="navbar-nav">
                <li class="nav-item js-show">
                    <a href="#" class="nav-link" title="Collect items you are interested in" id="cartmenulink" role="button">
                        <i id="carticon" class="fa fa-shopping-cart fa-icon-black" aria-hidden="true"></i> <span class="cartlabel">Cart</span> <span id="basketcount"></span>
                    </a>
                </li>
                <li class="divider-vertical"></li>
                <li class="nav-item dropdown">
                    <a aria-expanded="false" aria-haspopup="true" class="nav-link dropdown-toggle" data-toggle="dropdown" href="/cgi-bin/koha/opac-shelves.pl" id="listsmenu" role="button" title="Show lists"><i class="fa fa-list fa-icon-black" aria-hidden="true"></i> <span class="listslabel">Lists</span></a>
                    <div aria-labelledby="listsmenu" role="menu" class="dropdown-menu">
                        <a class="dropdown-item" href="/cgi-bin/koha/opac-shelves.pl?op=list&amp;public=1" tabindex="-1" role="menuitem"><strong>Public lists</strong></a>
                        <a class="dropdown-item" href="/cgi-bin/koha/opac-shelves.pl?op=view&amp;shelfnumber=14&amp;sortfield=title" tabindex="-1" role="menuitem">Book club picks 2025</a>
                        <a class="dropdown-item" href="/cgi-bin/koha/opac-shelves.pl?op=view&amp;shelfnumber=9&amp;sortfield=title" tabindex="-1" role="menuitem">Booker Prize 2024 shortlist</a>
                        <a class="dropdown-item" href="/cgi-bin/koha/opac-shelves.pl?op=view&amp;shelfnumber=3&amp;sortfield=title" tabindex="-1" role="menuitem">Staff picks</a>
                        <a class="dropdown-item listmenulink" href="/cgi-bin/koha/opac-shelves.pl?op=list&amp;public=1" tabindex="-1" role="menuitem">View all</a>
                        <div class="dropdown-divider"></div>
                        <a class="dropdown-item" href="/cgi-bin/koha/opac-shelves.pl?op=list&amp;public=0" tabindex="-1" role="menuitem"><strong>Your lists</strong></a>
                        <a class="dropdown-item" href="/cgi-bin/koha/opac-shelves.pl?op=list&amp;public=0" tabindex="-1" role="menuitem">Log in to create your own lists</a>
                    </div>
                </li>
            </ul>
            <ul class="navbar-nav flex-grow-1 justify-content-end">
                <li class="nav-item">
                    <a href="/cgi-bin/koha/opac-user.pl" class="nav-link login-link loginModal-trigger"><i class="fa fa-user fa-icon-black fa-fw" aria-hidden="true"></i> <span class="userlabel">Log in to your account</span></a>
                </li>
            </ul>
        </nav>
        <div class="container-fluid">
            <div class="row">
                <div class="col">
                    <div id="opac-main-search" class="mastheadsearch">
                        <form name="searchform" method="get" action="/cgi-bin/koha/opac-search.pl" id="searchform">
                            <div class="form-row align-items-center">
                                <div class="col-sm-auto order-1 order-sm-1">
                                    <label for="masthead_search"> Search
                                    </label>
                                </div>
                                <div class="col-sm-auto order-2 order-sm-2">
                                    <select name="idx" id="masthead_search" class="form-control">
                                        <option value="">Library catalog</option>
                                        <option value="ti">Title</option>
                                        <option value="au">Author</option>
                                        <option value="su">Subject</option>
                                        <option value="nb">ISBN</option>
                                        <option value="ns">ISSN</option>
                                        <option value="se">Series</option>
                                        <option value="callnum">Call number</option>
                                    </select>
                                </div>
                                <div class="order-4 order-sm-3 col">
                                    <input type="text" title="Type search term" class="transl1 form-control" id="translControl1" name="q" value="ccode:NEW" /><span id="translControl"></span>
                                </div>
                                <div class="order-3 order-sm-4 col-sm-auto">
                                    <select name="limit" id="select_library" class="form-control">
                                        <option value="">All libraries</option>
                                        <option value="branch:MAIN">{MAIN}</option>
                                        <option value="branch:EAST">{EAST}</option>
                                        <option value="branch:RIVER">{RIVER}</option>
                                    </select>
                                </div>
                                <div class="order-5 col-sm-auto">
                                    <button type="submit" id="searchsubmit" class="btn btn-primary" title="Search" aria-label="Search">
                                        <i class="fa fa-search" aria-hidden="true"></i>
                                    </button>
                                </div>
                            </div> <!-- /.form-row -->
                            <input type="hidden" name="weight_search" value="1">
                        </form>
                    </div><!-- /#opac-main-search -->
                </div> <!-- /.col -->
            </div> <!-- /.row -->

            <div class="row">
                <ul class="nav" id="moresearches">
                    <li class="nav-item"><a href="/cgi-bin/koha/opac-search.pl">Advanced search</a></li>
                    <li class="nav-item"><a href="{KH_SEARCH}?{KH_QUERY}&amp;{KH_SORT}">New titles</a></li>
                    <li class="nav-item"><a href="/cgi-bin/koha/opac-course-reserves.pl">Course reserves</a></li>
                    <li class="nav-item"><a href="/cgi-bin/koha/opac-authorities-home.pl">Authority search</a></li>
                    <li class="nav-item"><a href="/cgi-bin/koha/opac-tags.pl">Tag cloud</a></li>
                    <li class="nav-item"><a href="/cgi-bin/koha/opac-library.pl">Libraries</a></li>
                    <li class="nav-item"><a href="/cgi-bin/koha/opac-suggestions.pl?op=add">Purchase suggestions</a></li>
                </ul> <!-- /.nav#moresearches -->
            </div> <!-- /.row -->
        </div> <!-- /.container-fluid -->
    </div> <!-- / header-region -->

    <div class="main">
        <nav id="breadcrumbs" aria-label="Breadcrumb" class="breadcrumbs">
            <ol class="breadcrumb">
                <li class="breadcrumb-item">
                    <a href="/cgi-bin/koha/opac-main.pl">Home</a>
                </li>
                <li class="breadcrumb-item active">
                    <a href="#" aria-current="page">Results of search for 'ccode:NEW'</a>
                </li>
            </ol>
        </nav> <!-- /#breadcrumbs -->

        <div class="container-fluid">
            <div class="row">
                <div class="col-lg-2">
                    <div id="facetcontainer">
                        <!-- FACETS START -->
                        <div id="search-facets">
                            <h2><a href="#" class="menu-collapse-toggle" aria-expanded="false">Refine your search</a></h2>
                            <ul class="menu-collapse">
{_kh_facets()}
                            </ul>
                        </div> <!-- / #search-facets -->
                        <!-- FACETS END -->
                    </div>
                </div>

                <div class="col-10 order-first order-md-first order-lg-2 maincontent">
                    <h1 id="numresults" class="sr-only">Search results</h1>
                    <div id="numresults">
                        Your search returned {total} results.
                        <a href="{KH_SEARCH}?{KH_QUERY}&amp;count=20&amp;sort_by=acqdate_dsc&amp;format=rss" aria-label="Subscribe to this search" class="btn btn-link rsssearchlink noprint"><i class="fa fa-rss rsssearchicon" aria-hidden="true" title="Subscribe to this search"></i></a>
                    </div>

                    <div id="userresults">
                        <div id="top-pages">
                            {_kh_pager(number, pages)}
                        </div>

                        <div class="searchresults">
                            <form action="/cgi-bin/koha/opac-search.pl" method="get" name="bookbag_form" id="bookbag_form" class="checkboxed">
                                <input type="hidden" name="idx" value="kw"/>
                                <input type="hidden" name="q" value="ccode:NEW"/>

                                <div id="toolbar" class="toolbar clearfix">
                                    <div class="sort_by">
                                        <label for="sort_by">Sort by: </label>
                                        <select id="sort_by" class="resort form-control form-control-sm" name="sort_by">
                                            <option value="relevance">Relevance</option>
                                            <optgroup label="Popularity">
                                                <option value="popularity_dsc">Popularity (most to least)</option>
                                                <option value="popularity_asc">Popularity (least to most)</option>
                                            </optgroup>
                                            <optgroup label="Author">
                                                <option value="author_az">Author (A-Z)</option>
                                                <option value="author_za">Author (Z-A)</option>
                                            </optgroup>
                                            <optgroup label="Title">
                                                <option value="title_az">Title (A-Z)</option>
                                                <option value="title_za">Title (Z-A)</option>
                                            </optgroup>
                                            <optgroup label="Publication/Copyright date">
                                                <option value="pubdate_dsc">Publication/Copyright date: Newest to oldest</option>
                                                <option value="pubdate_asc">Publication/Copyright date: Oldest to newest</option>
                                            </optgroup>
                                            <optgroup label="Acquisition date">
                                                <option value="acqdate_dsc" selected="selected">Acquisition date: Newest to oldest</option>
                                                <option value="acqdate_asc">Acquisition date: Oldest to newest</option>
                                            </optgroup>
                                        </select>
                                        <input type="submit" class="btn btn-primary btn-sm" id="sortsubmit" value="Go" />
                                    </div>
                                </div> <!-- / #toolbar -->

                                <div id="selections-toolbar" class="toolbar noprint">
                                    <span class="checkall"></span>
                                    <span class="clearall"></span> <span class="sep">|</span>
                                    <span class="links">
                                        <span class="addto"></span>
                                        <span id="placehold"></span>
                                    </span> <!-- / .links -->
                                </div> <!-- / #selections-toolbar -->

                                <!-- TABLE RESULTS START -->
                                <table class="table table-striped">
                                    <caption class="sr-only">Results</caption>
                                    <tbody>
{rows}
                                    </tbody>
                                </table>
                            </form> <!-- / #bookbag_form -->
                        </div> <!-- / .searchresults -->

                        <div id="bottom-pages">
                            {_kh_pager(number, pages)}
                        </div>
                    </div> <!-- / #userresults -->
                </div> <!-- /.maincontent -->
            </div> <!-- / .row -->
        </div> <!-- / .container-fluid -->
    </div> <!-- / .main -->

    <footer id="changelanguage" class="navbar navbar-expand navbar-light bg-light noprint">
        <div class="container-fluid">
            <div class="row">
                <div class="col">
                    <div id="opaccredits">
                        <p><strong>{KH_LIBRARY}</strong> &middot; 14 Station Road, Harrowgate HG1 2AB &middot; 01423 555 010 &middot; <a href="/cgi-bin/koha/opac-library.pl">Opening hours</a></p>
                    </div>
                    <div id="koha_url">
                        <p>Powered by
                            <a class="koha_url" href="https://koha-community.org">Koha</a>
                        </p>
                    </div>
                </div>
            </div>
        </div>
    </footer>
</div> <!-- / #wrapper in masthead.inc -->

<script src="/opac-tmpl/bootstrap/lib/jquery/jquery-3.6.0.min_23.1108000.js"></script>
<script src="/opac-tmpl/bootstrap/lib/jquery/jquery-migrate-3.3.2.min_23.1108000.js"></script>
<script src="/opac-tmpl/bootstrap/lib/bootstrap/js/bootstrap.bundle.min_23.1108000.js"></script>
<script src="/opac-tmpl/bootstrap/lib/fontfaceobserver/fontfaceobserver.min_23.1108000.js"></script>
<script src="/opac-tmpl/bootstrap/js/global_23.1108000.js"></script>
<script src="/opac-tmpl/bootstrap/js/basket_23.1108000.js"></script>
<script>
    var MSG_BASKET_EMPTY = _("Your cart is currently empty");
    var MSG_RECORD_IN_BASKET = _("The item is already in your cart");
    var MSG_RECORD_ADDED = _("The item has been added to your cart");
    $(window).load(function() {{ verify_images(); }});
</script>
</body>
</html>"""


@wave
def build_koha_newbooks() -> None:
    start = f"{KH_SEARCH}?{KH_QUERY}&{KH_SORT}".lstrip("/")
    s = Site(
        "koha-newbooks",
        kind="library catalogue search results (Koha 23.11 OPAC bootstrap theme, 'New titles' = a collection-code search sorted by acquisition date: table rows of checkbox / number / bibliocol cells, XSLT records with 'Title : subtitle / ' links, 'by' author lists, labelled results_summary spans, 'Items available for loan: Branch (1). Call number: …' availability, Place hold / Save to lists / Add to cart links, facets, a Bootstrap pager top and bottom, &offset=N)",
        start=start,
        description=(
            "A public library's Koha 23.11 OPAC, the 'New titles' link of its header (opac-search.pl?idx=kw&q=ccode%3ANEW"
            "&sort_by=acqdate_dsc) over three pages of 10, 10 and 8 (&offset=10, &offset=20). Each result is a "
            "table.table-striped row: td.selectcol checkbox, td.numcol '11.', td.bibliocol holding div.coverimages "
            "(an Open Library custom cover or 'No cover image available') and the XSLT record: a.title 'Nexus : "
            "<span.biblio-subtitle>a brief history…</span> / ', span.title_resp_stmt 'Yuval Noah Harari.', div.author "
            "'by' ul.resource_list > li > a 'Harari, Yuval Noah' + ' [author]' (no author on a dictionary), labelled "
            "results_summary spans ('Material type: ' with an icon img + Book / Visual material / Sound, 'Format:', "
            "'Literary form:', 'Edition:' on some), 'Publication details: London : Fern Press, 2024' (RDA 264) or the "
            "legacy 'Publisher: London : Jonathan Cape, 2024.' (260; once '[2023].'), and 'Availability: ' with 'Items "
            "available for loan: ' (or 'for reference: ') per branch 'Main Library (1). Call number: 303.4833 HAR', "
            "'Checked out (2).' / 'On order (1).' / 'In transit (1).' after 'No items available: ' when nothing is on the "
            "shelf; then an actions menu (Place hold, Save to lists, Add to cart + hidden '(remove)'). A COinS span per "
            "record. Two records share the title 'Intermezzo' (book and audiobook). Noise: navbar (Cart, Lists dropdown "
            "of public lists, Log in), masthead search form, 'more searches' nav, breadcrumbs, facets (Availability, "
            "Authors, Item types, Locations, Holding libraries, Topics with counts and 'Show more'), 'Your search returned "
            "28 results.' + RSS link, sort select, selections toolbar, the pager above and below the table (First / "
            "Previous / numbers / Next / Last), footer. Written down: title (with ' : subtitle'), url, author, "
            "material_type, place, publisher, year, call_number (only when an item is available), libraries (the "
            "branches with items available)."
        ),
    )
    pages = len(KH_SIZES)
    first = 1
    for number, group in enumerate(chunks(KH_BIBLIOS, KH_SIZES), 1):
        s.list_page(_kh_file(number), _kh_page(number, pages, group, first))
        first += len(group)
    for b in KH_BIBLIOS:
        s.expect(
            {
                "title": b.shown_title,
                "url": b.url,
                "author": b.author,
                "material_type": KH_TYPES[b.itype][0],
                "place": b.place,
                "publisher": b.publisher,
                "year": int(b.year.strip("[]")),
                "call_number": b.call_number if b.available else None,
                "libraries": [branch for branch, _count in b.available] or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in WAVE.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
