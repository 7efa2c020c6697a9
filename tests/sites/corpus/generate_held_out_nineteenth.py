"""Nineteenth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **slowcompile** — a team engineering blog's post list (Hugo + the PaperMod theme, 2024–25).
* **courseatlas** — an online-course platform's search results (Coursera 2024–25 CDS markup).
* **oakhollow-library** — a public library's events & classes calendar (Springshare LibCal 2024–25 week list).

Run ``uv run python tests/sites/corpus/generate_held_out_nineteenth.py`` to rebuild them (the helpers and the
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
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"slowcompile", "courseatlas", "oakhollow-library"}

NINETEENTH: dict[str, Callable[[], None]] = {}


def nineteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    NINETEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, fingerprints)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# slowcompile (FROZEN): a platform team's blog on Hugo 0.12x + PaperMod, the /posts/ section list
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Post:
    """One post of the blog as the section list shows it."""

    title: str
    day: date
    minutes: int
    words: int
    author: str
    summary: str
    truncated: bool
    cover: str | None

    @property
    def url(self) -> str:
        return f"/posts/{slug(self.title)}/"

    @property
    def shown_summary(self) -> str:
        return self.summary + ("..." if self.truncated else "")


SC_POSTS = [
    Post(
        "Our Kubernetes Upgrade Checklist, Two Years Later",
        date(2025, 3, 11),
        9,
        1874,
        "Maya Lindqvist",
        "We have upgraded our clusters eleven times since we first wrote the checklist. Most of the steps survived, a few turned out to be theatre, and two new ones saved us from a very long night in January. This is the revised list, with the reasoning behind every line and the scripts we run before we touch the control plane",
        True,
        "cover.png",
    ),
    Post(
        "Why We Stopped Writing Helm Charts by Hand",
        date(2025, 2, 27),
        6,
        1213,
        "Tomás Ferreira",
        "A short story about templating YAML with YAML, and why a typed generator turned out to be the boring choice that stuck.",
        False,
        None,
    ),
    Post(
        "Postmortem: The DNS Cache That Outlived Its Welcome",
        date(2025, 2, 18),
        11,
        2307,
        "Maya Lindqvist & Tomás Ferreira",
        "On 4 February, roughly a third of requests from the batch cluster failed for 47 minutes. Nothing was down. A resolver cache kept answering with addresses of load balancers we had already drained, and our health checks, which bypassed the cache, kept telling us everything was fine",
        True,
        "cover.jpg",
    ),
    Post(
        "Measuring Build Times Without Lying to Yourself",
        date(2025, 2, 4),
        7,
        1456,
        "Priya Raman",
        "Median build time went down by 30% and everybody was still unhappy. It turned out we were measuring the builds nobody waits for. Here is how we instrument the pipeline now, what we plot, and the three percentiles that actually predict complaints in the team channel",
        True,
        None,
    ),
    Post(
        "A Gentle Introduction to eBPF for People Who Write YAML",
        date(2025, 1, 22),
        14,
        2931,
        "Jonas Aalto",
        "You do not need to write kernel code to get value from eBPF. This post walks through the tools we use every week, from opensnoop to a tiny bpftrace one-liner that found a file descriptor leak, and explains just enough of the machinery to make the output make sense",
        True,
        "cover.png",
    ),
    Post(
        "Notes from KubeCon London",
        date(2025, 1, 9),
        4,
        802,
        "Priya Raman",
        "Five talks worth your evening, two hallway conversations worth more than any talk, and a booth that gave away very good socks.",
        False,
        None,
    ),
    Post(
        "Feature Flags Are a Distributed System",
        date(2024, 12, 17),
        8,
        1642,
        "Tomás Ferreira",
        "Every flag evaluation is a read from a replicated store with its own consistency model, and most of us never decided what that model should be. We found out the hard way when a kill switch took four minutes to reach half of the fleet",
        True,
        None,
    ),
    Post(
        "How We Run Postgres Major Upgrades With Logical Replication",
        date(2024, 12, 3),
        16,
        3318,
        "Ines Okafor",
        "Our last major version upgrade took nine seconds of write downtime for a 2.1 TB database. The recipe is not new, but the details around sequences, large objects and replica identity are where it usually goes wrong, so this post is mostly about those details",
        True,
        "cover.png",
    ),
    Post(
        "The On-Call Handbook Is Now Public",
        date(2024, 11, 20),
        3,
        541,
        "Maya Lindqvist",
        "We have published the handbook our rotation uses, including the parts we are a little embarrassed about.",
        False,
        None,
    ),
    Post(
        "Terraform State Surgery, Carefully",
        date(2024, 11, 6),
        10,
        2088,
        "Jonas Aalto",
        "Moving resources between state files is the kind of task you do twice a year, which is exactly often enough to forget every sharp edge. These are our notes from splitting one 4,000-resource state into eleven, with the moved blocks and import blocks that made it tolerable",
        True,
        None,
    ),
    Post(
        "Goodbye, Jenkins",
        date(2024, 10, 24),
        5,
        1037,
        "Priya Raman",
        "After nine years and 1,400 jobs, the last Jenkins controller was switched off on a Tuesday afternoon. Nobody noticed, which was the whole point.",
        False,
        "cover.jpg",
    ),
    Post(
        "Rate Limiting at the Edge With Envoy",
        date(2024, 10, 10),
        12,
        2512,
        "Tomás Ferreira",
        "Global rate limiting sounds like it needs a global counter. It mostly does not. We describe the local-plus-global setup we run in Envoy, how we picked the descriptors, and what happened when a customer's retry storm met the new limits on day two",
        True,
        "cover.png",
    ),
    Post(
        "What Our Incident Reviews Taught Us About Alerts",
        date(2024, 9, 26),
        7,
        1398,
        "Ines Okafor",
        "We read 63 incident reviews from the last two years and tagged every alert that fired, every alert that should have fired and every alert that woke someone for nothing. The numbers were humbling",
        True,
        None,
    ),
    Post(
        "Small Pull Requests, Measured",
        date(2024, 9, 12),
        6,
        1170,
        "Maya Lindqvist",
        "Everybody agrees small pull requests are better. We wanted to know how much better, for whom, and at what cost to the reviewer.",
        False,
        None,
    ),
    Post(
        "Running Renovate Across 300 Repositories",
        date(2024, 8, 29),
        9,
        1905,
        "Jonas Aalto",
        "Dependency updates are a queue, not a project. Grouping rules, automerge for the boring ones, a dashboard that nobody has to read, and the two presets that cut our open update pull requests from 900 to about 60",
        True,
        "cover.png",
    ),
    Post(
        "Our Service Catalogue Was Lying, So We Deleted Half of It",
        date(2024, 8, 15),
        8,
        1587,
        "Priya Raman",
        "A catalogue that is 80% right is worse than no catalogue, because people trust it. We went through every entry with its owning team, deleted what nobody would own and made the rest generated from code",
        True,
        None,
    ),
    Post(
        "Capacity Planning With a Spreadsheet and Some Humility",
        date(2024, 7, 31),
        10,
        2046,
        "Ines Okafor",
        "Fancy forecasting models did not beat a spreadsheet with three honest assumptions and a calendar of known events. We share the template and the assumptions.",
        False,
        "cover.png",
    ),
    Post(
        "Debugging a Memory Leak in a Go Sidecar",
        date(2024, 7, 16),
        13,
        2684,
        "Tomás Ferreira",
        "The sidecar grew by about 40 MB a day, restarted every week and nobody cared until the node pool got smaller. pprof pointed at a map that was only ever written to, but the interesting part is why the obvious fix made things worse for a while",
        True,
        None,
    ),
    Post(
        "Docs as Code, Three Years In",
        date(2024, 7, 2),
        5,
        986,
        "Maya Lindqvist",
        "What worked, what we stopped doing, and why the docs site now builds faster than most of our services.",
        False,
        None,
    ),
    Post(
        "Why Every Cron Job Needs an Owner and a Deadline",
        date(2024, 6, 18),
        4,
        768,
        "Jonas Aalto",
        "We found 212 scheduled jobs in the clusters. 41 of them did nothing useful, three of them were important and undocumented, and one ran every minute to delete a file that no longer existed",
        True,
        None,
    ),
    Post(
        "Cutting Our Cloud Egress Bill by 38%",
        date(2024, 6, 4),
        11,
        2219,
        "Priya Raman & Ines Okafor",
        "Egress was the line item nobody owned. Moving two chatty services into the same zone, compressing a few internal APIs and fixing one misconfigured backup job did most of the work",
        True,
        "cover.png",
    ),
    Post(
        "An Opinionated Guide to Structured Logging",
        date(2024, 5, 21),
        9,
        1843,
        "Tomás Ferreira",
        "Log lines are an API for your future self. Field names, levels, what never to log and how we keep a schema without a schema registry.",
        False,
        None,
    ),
    Post(
        "The Staging Environment We Finally Trust",
        date(2024, 5, 7),
        12,
        2395,
        "Ines Okafor",
        "For years staging was where changes went to be ignored. Ephemeral preview environments, production-shaped data and a rule that every deploy goes through staging first changed that, slowly and with a lot of arguing",
        True,
        "cover.jpg",
    ),
    Post(
        "Hiring for the Platform Team",
        date(2024, 4, 23),
        3,
        612,
        "Maya Lindqvist",
        "We are hiring two engineers. This is what the work looks like, what the interview looks like, and what we will never ask you to do.",
        False,
        None,
    ),
    Post(
        "Lessons From Migrating 40 Services to gRPC",
        date(2024, 4, 9),
        15,
        3102,
        "Jonas Aalto",
        "Protobuf contracts made our APIs better and our debugging worse, at least at first. Deadlines, retries, load balancing with long-lived connections, and the curl replacement we ended up writing for ourselves",
        True,
        None,
    ),
    Post(
        "Hello, World (Again)",
        date(2024, 3, 26),
        2,
        318,
        "Maya Lindqvist",
        "The blog moved from a hosted platform to Hugo. Old links redirect, the RSS feed is at the same address, and comments are gone for good.",
        False,
        None,
    ),
]
SC_SIZES = [10, 10, 6]
SC_COVER_ALT = {
    "Our Kubernetes Upgrade Checklist, Two Years Later": "A checklist on a clipboard next to a ship's wheel",
    "Postmortem: The DNS Cache That Outlived Its Welcome": "Timeline of error rates during the incident",
    "A Gentle Introduction to eBPF for People Who Write YAML": "A bee drawn over a Linux penguin",
}


def _sc_href(number: int) -> str:
    return "/posts/" if number == 1 else f"/posts/page/{number}/"


def _sc_entry(post: Post) -> str:
    cover = ""
    if post.cover:
        base = f"{post.url}{post.cover}"
        stem, ext = post.cover.split(".")
        h = _hex(post.title, 32)
        cover = (
            f'<figure class="entry-cover"><img loading="lazy" srcset="{post.url}{stem}_hu{h}_88431_360x0_resize_box_3.{ext} 360w ,{post.url}{stem}_hu{h}_88431_480x0_resize_box_3.{ext} 480w ,{post.url}{stem}_hu{h}_88431_720x0_resize_box_3.{ext} 720w ,{post.url}{stem}_hu{h}_88431_1080x0_resize_box_3.{ext} 1080w ,{base} 1200w" '
            f'sizes="(min-width: 768px) 720px, 100vw" src="{base}" alt="{esc(SC_COVER_ALT.get(post.title, ""))}" width="1200" height="630">\n</figure>\n'
        )
    stamp = f"{post.day.isoformat()} 09:00:00 +0000 UTC"
    return f"""
<article class="post-entry">{cover}
  <header class="entry-header">
    <h2 class="entry-hint-parent">{esc(post.title)}
    </h2>
  </header>
  <div class="entry-content">
    <p>{esc(post.shown_summary)}</p>
  </div>
  <footer class="entry-footer"><span title='{stamp}'>{post.day.strftime("%B")} {post.day.day}, {post.day.year}</span>&nbsp;·&nbsp;{post.minutes} min&nbsp;·&nbsp;{post.words} words&nbsp;·&nbsp;{esc(post.author)}</footer>
  <a class="entry-link" aria-label="post link to {esc(post.title)}" href="{post.url}"></a>
</article>"""


SC_SVG_RSS = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" height="23"><path d="M4 11a9 9 0 0 1 9 9"></path><path d="M4 4a16 16 0 0 1 16 16"></path><circle cx="5" cy="19" r="1"></circle></svg>'


def _sc_page(number: int, total: int, posts: list[Post]) -> str:
    title = "Posts | Slow Compile" if number == 1 else f"Posts | Slow Compile - Page {number}"
    nav = []
    if number > 1:
        nav.append(f'<a class="prev" href="{_sc_href(number - 1)}">\n      «&nbsp;Prev&nbsp;\n    </a>')
    if number < total:
        nav.append(f'<a class="next" href="{_sc_href(number + 1)}">Next&nbsp;&nbsp;»\n    </a>')
    rel = "".join(
        [
            f'<link rel="prev" href="{_sc_href(number - 1)}">\n' if number > 1 else "",
            f'<link rel="next" href="{_sc_href(number + 1)}">\n' if number < total else "",
        ]
    )
    nav_html = "\n    ".join(nav)
    css = _hex("sc-css", 64)
    entries = "\n".join(_sc_entry(p) for p in posts)
    return f"""<!DOCTYPE html>
<html lang="en" dir="auto">

<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{title}</title>
<meta name="keywords" content="platform engineering, kubernetes, sre, devops">
<meta name="description" content="Posts - Slow Compile">
<meta name="author" content="The Platform Team">
<link rel="canonical" href="{_sc_href(number)}">
{rel}<link crossorigin="anonymous" href="/assets/css/stylesheet.{css}.css" integrity="sha256-{_hex("sc-sri", 43)}=" rel="preload stylesheet" as="style">
<link rel="icon" href="/favicon.ico">
<link rel="icon" type="image/png" sizes="16x16" href="/favicon-16x16.png">
<link rel="icon" type="image/png" sizes="32x32" href="/favicon-32x32.png">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<link rel="mask-icon" href="/safari-pinned-tab.svg">
<meta name="theme-color" content="#2e2e33">
<meta name="msapplication-TileColor" content="#2e2e33">
<link rel="alternate" type="application/rss+xml" href="/posts/index.xml">
<noscript>
    <style>
        #theme-toggle,
        .top-link {{
            display: none;
        }}

    </style>
    <style>
        @media (prefers-color-scheme: dark) {{
            :root {{
                --theme: rgb(29, 30, 32);
                --entry: rgb(46, 46, 51);
                --primary: rgb(218, 218, 219);
                --secondary: rgb(155, 156, 157);
                --tertiary: rgb(65, 66, 68);
                --content: rgb(196, 196, 197);
                --code-block-bg: rgb(46, 46, 51);
                --code-bg: rgb(55, 56, 62);
                --border: rgb(51, 51, 51);
            }}

            .list {{
                background: var(--theme);
            }}

            .list:not(.dark)::-webkit-scrollbar-track {{
                background: 0 0;
            }}

            .list:not(.dark)::-webkit-scrollbar-thumb {{
                border-color: var(--theme);
            }}
        }}

    </style>
</noscript>
<script data-goatcounter="https://slowcompile.goatcounter.com/count" async src="//gc.zgo.at/count.js"></script>
<meta property="og:url" content="{_sc_href(number)}">
  <meta property="og:site_name" content="Slow Compile">
  <meta property="og:title" content="Posts">
  <meta property="og:description" content="Notes from a platform team: Kubernetes, CI, incidents and the boring fixes that stuck.">
  <meta property="og:locale" content="en-gb">
  <meta property="og:type" content="website">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="Posts">
<meta name="twitter:description" content="Notes from a platform team: Kubernetes, CI, incidents and the boring fixes that stuck.">

<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "BreadcrumbList",
  "itemListElement": [
    {{
      "@type": "ListItem",
      "position":  1 ,
      "name": "Posts",
      "item": "/posts/"
    }}
  ]
}}
</script>
</head>

<body class="list" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.body.classList.add('dark');
    }} else if (localStorage.getItem("pref-theme") === "light") {{
        document.body.classList.remove('dark')
    }} else if (window.matchMedia('(prefers-color-scheme: dark)').matches) {{
        document.body.classList.add('dark');
    }}

</script>

<header class="header">
    <nav class="nav">
        <div class="logo">
            <a href="/" accesskey="h" title="Slow Compile (Alt + H)">
                <img src="/images/logo.svg" alt="" aria-label="logo"
                    height="30">Slow Compile</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
                    <svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"
                        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
                        stroke-linejoin="round">
                        <path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path>
                    </svg>
                    <svg id="sun" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"
                        fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
                        stroke-linejoin="round">
                        <circle cx="12" cy="12" r="5"></circle>
                        <line x1="12" y1="1" x2="12" y2="3"></line>
                        <line x1="12" y1="21" x2="12" y2="23"></line>
                    </svg>
                </button>
            </div>
        </div>
        <ul id="menu">
            <li>
                <a href="/archives/" title="Archive">
                    <span>Archive</span>
                </a>
            </li>
            <li>
                <a href="/posts/" title="Posts">
                    <span class="active">Posts</span>
                </a>
            </li>
            <li>
                <a href="/search/" title="Search (Alt + /)" accesskey=/>
                    <span>Search</span>
                </a>
            </li>
            <li>
                <a href="/tags/" title="Tags">
                    <span>Tags</span>
                </a>
            </li>
            <li>
                <a href="/about/" title="About">
                    <span>About</span>
                </a>
            </li>
            <li>
                <a href="https://jobs.slowcompile.example/" title="We&#39;re hiring">
                    <span>We&#39;re hiring</span>&nbsp;
                    <svg fill="none" shape-rendering="geometricPrecision" stroke="currentColor" stroke-linecap="round"
                        stroke-linejoin="round" stroke-width="2.5" viewBox="0 0 24 24" height="12" width="12">
                        <path d="M18 13v6a2 2 0 01-2 2H5a2 2 0 01-2-2V8a2 2 0 012-2h6"></path>
                        <path d="M15 3h6v6"></path>
                        <path d="M10 14L21 3"></path>
                    </svg>
                </a>
            </li>
        </ul>
    </nav>
</header>
<main class="main">
<header class="page-header"><div class="breadcrumbs"><a href="/">Home</a></div>
  <h1>
    Posts
    <a href="/posts/index.xml" title="RSS" aria-label="RSS">
      {SC_SVG_RSS}
    </a>
  </h1>
  <div class="post-description">
    Everything we have written, newest first. Opinions are the authors&#39; own; mistakes are the whole team&#39;s.
  </div>
</header>
{entries}
<footer class="page-footer">
  <nav class="pagination">
    {nav_html}
  </nav>
</footer>
    </main>
    <aside class="newsletter-box" aria-labelledby="newsletter-title">
  <h2 id="newsletter-title">Get new posts by email</h2>
  <p>One email when a post goes out, roughly twice a month. No tracking pixels.</p>
  <form action="https://buttondown.example/api/emails/embed-subscribe/slowcompile" method="post" target="popupwindow" class="embeddable-buttondown-form">
    <label for="bd-email">Email address</label>
    <input type="email" name="email" id="bd-email" placeholder="you@example.com" required>
    <input type="submit" value="Subscribe">
  </form>
  <p class="newsletter-alt">Prefer feeds? <a href="/index.xml">RSS</a> · <a rel="me" href="https://hachyderm.example/@slowcompile">Mastodon</a></p>
</aside>
<footer class="footer">
        <span>&copy; 2025 <a href="/">Slow Compile</a></span> ·
        <span>Content licensed under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a></span> ·
    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor">
        <path d="M12 6H0l6-6z" />
    </svg>
</a>

<script>
    let menu = document.getElementById('menu')
    if (menu) {{
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {{
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }}
    }}

    document.querySelectorAll('a[href^="#"]').forEach(anchor => {{
        anchor.addEventListener("click", function (e) {{
            e.preventDefault();
            var id = this.getAttribute("href").substr(1);
            if (!window.matchMedia('(prefers-reduced-motion: reduce)').matches) {{
                document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView({{
                    behavior: "smooth"
                }});
            }} else {{
                document.querySelector(`[id='${{decodeURIComponent(id)}}']`).scrollIntoView();
            }}
            if (id === "top") {{
                history.replaceState(null, null, " ");
            }} else {{
                history.pushState(null, null, `#${{id}}`);
            }}
        }});
    }});

</script>
<script>
    var mybutton = document.getElementById("top-link");
    window.onscroll = function () {{
        if (document.body.scrollTop > 800 || document.documentElement.scrollTop > 800) {{
            mybutton.style.visibility = "visible";
            mybutton.style.opacity = "1";
        }} else {{
            mybutton.style.visibility = "hidden";
            mybutton.style.opacity = "0";
        }}
    }};

</script>
<script>
    document.getElementById("theme-toggle").addEventListener("click", () => {{
        if (document.body.className.includes("dark")) {{
            document.body.classList.remove('dark');
            localStorage.setItem("pref-theme", 'light');
        }} else {{
            document.body.classList.add('dark');
            localStorage.setItem("pref-theme", 'dark');
        }}
    }})

</script>
</body>

</html>"""


@nineteenth
def build_slowcompile() -> None:
    s = Site(
        "slowcompile",
        kind="blog post list (Hugo + PaperMod 2024–25: article.post-entry cards with an empty full-card a.entry-link, h2 titles, entry-footer 'March 14, 2025 · 9 min · 1874 words · Author')",
        start="posts/",
        description=(
            "A platform team's engineering blog built with Hugo and the PaperMod theme, the /posts/ section list. Each post is an "
            "article.post-entry holding an optional figure.entry-cover (lazy img with Hugo resize srcset), header.entry-header > "
            "h2.entry-hint-parent with the title as bare text (not a link), div.entry-content > p with the summary (Hugo's automatic "
            "summary ends with '...', hand-written ones do not), a footer.entry-footer of one text run joined by '&nbsp;·&nbsp;': a "
            "span whose title is '2025-03-11 09:00:00 +0000 UTC' showing 'March 11, 2025', '9 min', '1874 words' and the author "
            "('A & B' for two), and an empty a.entry-link[aria-label='post link to <title>'] that covers the card and is the only "
            "link to the post. Noise: PaperMod header with logo, theme toggle SVGs and a menu (Archive, Posts, Search, Tags, About, "
            "an external hiring link), breadcrumbs, a page description, a newsletter subscribe aside (Buttondown form, RSS and "
            "Mastodon links), a CC BY-SA / 'Powered by Hugo & PaperMod' footer, a go-to-top link, inline theme scripts, "
            "GoatCounter, BreadcrumbList JSON-LD. Pagination: footer.page-footer nav.pagination with a.prev '« Prev' / a.next "
            "'Next »' over /posts/page/N/ and rel=prev/next links; 10 posts per page. Written down: title, url, date, "
            "reading_time (minutes), words, author, summary, image (the cover's src)."
        ),
    )
    pages = chunks(SC_POSTS, SC_SIZES)
    for number, posts in enumerate(pages, 1):
        s.list_page(_sc_href(number).lstrip("/") + "index.html", _sc_page(number, len(pages), posts))
    for p in SC_POSTS:
        s.expect(
            {
                "title": p.title,
                "url": p.url,
                "date": p.day.isoformat(),
                "reading_time": p.minutes,
                "words": p.words,
                "author": p.author,
                "summary": p.shown_summary,
                "image": f"{p.url}{p.cover}" if p.cover else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# courseatlas (FROZEN): an online-course platform's search results, Coursera 2024–25 CDS (emotion) markup
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Course:
    """One product card of the search results."""

    title: str
    kind: str
    partner: str
    skills: tuple[str, ...]
    rating: float | None
    reviews: str | None
    level: str | None
    duration: str
    status: str | None = None

    @property
    def url(self) -> str:
        prefix = {
            "Course": "learn",
            "Professional Certificate": "professional-certificates",
            "Specialization": "specializations",
            "Guided Project": "projects",
            "Degree": "degrees",
        }[self.kind]
        return f"/{prefix}/{slug(self.title)}"

    @property
    def review_count(self) -> int | None:
        if self.reviews is None:
            return None
        if self.reviews.endswith("K"):
            return round(float(self.reviews[:-1]) * 1000)
        return int(self.reviews.replace(",", ""))


CA_COURSES = [
    Course(
        "Data Analytics Foundations",
        "Professional Certificate",
        "Brightline",
        ("Data Analysis", "Spreadsheet Software", "SQL", "Data Visualization", "Tableau Software", "R Programming"),
        4.8,
        "166K",
        "Beginner",
        "3 - 6 Months",
        "Free Trial",
    ),
    Course(
        "Excel Skills for Business",
        "Specialization",
        "Macquarie Coast University",
        ("Microsoft Excel", "Data Validation", "Spreadsheet Software", "Business Analysis"),
        4.9,
        "56K",
        "Beginner",
        "3 - 6 Months",
    ),
    Course(
        "Data Analysis with Python",
        "Course",
        "Northfield Labs",
        ("Pandas", "NumPy", "Data Cleansing", "Regression Analysis", "Python Programming"),
        4.7,
        "19K",
        "Intermediate",
        "1 - 3 Months",
        "AI skills",
    ),
    Course(
        "Introduction to Data Analytics",
        "Course",
        "Northfield Labs",
        ("Data Analysis", "Data Science", "Business Intelligence"),
        4.8,
        "22K",
        "Beginner",
        "1 - 4 Weeks",
        "Free Trial",
    ),
    Course(
        "Statistics with R",
        "Specialization",
        "Halden University",
        ("Statistical Inference", "R Programming", "Bayesian Statistics", "Linear Regression"),
        4.6,
        "5.8K",
        "Intermediate",
        "3 - 6 Months",
    ),
    Course(
        "SQL for Data Science",
        "Course",
        "Ventura State University",
        ("SQL", "Data Manipulation", "Databases", "Query Languages"),
        4.6,
        "15K",
        "Beginner",
        "1 - 3 Months",
    ),
    Course(
        "Business Analytics with Excel: Elementary to Advanced",
        "Course",
        "Kingsbridge Business School",
        ("Microsoft Excel", "Pivot Tables And Charts", "Forecasting", "Data Analysis"),
        4.8,
        "3.1K",
        "Mixed",
        "1 - 3 Months",
    ),
    Course(
        "Exploratory Data Analysis for Machine Learning",
        "Course",
        "Northfield Labs",
        ("Feature Engineering", "Data Cleansing", "Statistical Hypothesis Testing"),
        4.6,
        "1.9K",
        "Intermediate",
        "1 - 4 Weeks",
    ),
    Course(
        "Analyze Data in Google Sheets with Pivot Tables",
        "Guided Project",
        "Atlas Project Network",
        ("Pivot Tables And Charts", "Spreadsheet Software"),
        4.5,
        "412",
        "Beginner",
        "Less Than 2 Hours",
    ),
    Course(
        "Master of Science in Data Analytics",
        "Degree",
        "Halden University",
        (),
        None,
        None,
        None,
        "1 - 4 Years",
        "Build toward a degree",
    ),
    Course(
        "Data Visualization with Tableau",
        "Specialization",
        "Ventura State University",
        ("Tableau Software", "Data Visualization", "Storytelling", "Dashboard"),
        4.5,
        "7.4K",
        "Beginner",
        "3 - 6 Months",
    ),
    Course(
        "Applied Data Science with Python",
        "Specialization",
        "Lakemont University",
        ("Python Programming", "Matplotlib", "Machine Learning", "Text Mining", "Social Network Analysis"),
        4.5,
        "34K",
        "Intermediate",
        "3 - 6 Months",
    ),
    Course(
        "Generative AI for Data Analysts",
        "Specialization",
        "Northfield Labs",
        ("Prompt Engineering", "Data Analysis", "ChatGPT", "Data Storytelling"),
        4.7,
        "1.2K",
        "Beginner",
        "1 - 3 Months",
        "New",
    ),
    Course(
        "Data Analysis and Presentation Skills: the PwC Approach",
        "Specialization",
        "Kingsbridge Business School",
        ("Presentation", "Microsoft Excel", "Power BI", "Problem Solving"),
        4.7,
        "27K",
        "Beginner",
        "3 - 6 Months",
    ),
    Course(
        "Introduction to Statistics",
        "Course",
        "Stanmore University",
        ("Probability", "Sampling", "Statistical Inference"),
        4.6,
        "4.5K",
        "Beginner",
        "1 - 3 Months",
        "Free",
    ),
    Course(
        "Process Data from Dirty to Clean",
        "Course",
        "Brightline",
        ("Data Cleansing", "Spreadsheet Software", "SQL", "Data Integrity"),
        4.8,
        "23K",
        "Beginner",
        "1 - 4 Weeks",
    ),
    Course(
        "Microsoft Power BI Data Analyst",
        "Professional Certificate",
        "Redwick Software",
        ("Power BI", "Data Modeling", "DAX", "ETL"),
        4.6,
        "8.9K",
        "Beginner",
        "3 - 6 Months",
        "Free Trial",
    ),
    Course(
        "Data Analysis Using Pyspark",
        "Guided Project",
        "Atlas Project Network",
        ("Apache Spark", "Big Data", "Python Programming"),
        4.4,
        "298",
        "Intermediate",
        "Less Than 2 Hours",
    ),
    Course(
        "Survey Data Collection and Analytics",
        "Specialization",
        "Marlow Institute of Technology",
        ("Survey Design", "Sampling", "Data Collection", "Regression Analysis"),
        4.4,
        "1.1K",
        "Intermediate",
        "3 - 6 Months",
    ),
    Course(
        "Python for Everybody",
        "Specialization",
        "Lakemont University",
        ("Python Programming", "JSON", "Web Scraping", "SQL"),
        4.8,
        "215K",
        "Beginner",
        "3 - 6 Months",
    ),
    Course(
        "Inferential Statistical Analysis with Python",
        "Course",
        "Lakemont University",
        ("Statistical Hypothesis Testing", "Confidence Intervals", "Python Programming"),
        4.5,
        "1.5K",
        "Intermediate",
        "1 - 4 Weeks",
    ),
    Course(
        "Healthcare Data Analytics",
        "Course",
        "Brookhaven Medical School",
        ("Health Informatics", "Data Analysis", "Clinical Data"),
        None,
        None,
        "Beginner",
        "1 - 4 Weeks",
        "New",
    ),
    Course(
        "Bachelor of Science in Data Science & AI",
        "Degree",
        "Marlow Institute of Technology",
        (),
        None,
        None,
        None,
        "3 - 4 Years",
        "Build toward a degree",
    ),
    Course(
        "Marketing Analytics",
        "Course",
        "Ventura State University",
        ("Marketing Analytics", "A/B Testing", "Customer Lifetime Value"),
        4.6,
        "9.2K",
        "Beginner",
        "1 - 3 Months",
    ),
    Course(
        "Time Series Analysis with Python",
        "Course",
        "Stanmore University",
        ("Forecasting", "Time Series", "Python Programming", "ARIMA"),
        4.3,
        "87",
        "Advanced",
        "1 - 4 Weeks",
    ),
    Course(
        "Build Dashboards in Looker Studio",
        "Guided Project",
        "Atlas Project Network",
        ("Dashboard", "Data Visualization"),
        4.2,
        "64",
        "Beginner",
        "Less Than 2 Hours",
    ),
    Course(
        "Data Analysis with R Programming",
        "Course",
        "Brightline",
        ("R Programming", "Data Visualization", "Data Cleansing", "Tidyverse"),
        4.8,
        "11K",
        "Beginner",
        "1 - 3 Months",
    ),
]
CA_SIZES = [10, 10, 7]
CA_QUERY = "data analysis"


def _ca_href(number: int) -> str:
    return "/search?query=data+analysis" + ("" if number == 1 else f"&page={number}")


def _ca_card(c: Course, position: int) -> str:
    img = f"https://d3njjcbhbojbot.cloudfront.example/api/utilities/v1/imageproxy/https://cdn.courseatlas.example/images/{_hex(c.title, 32)}.png?auto=format%2Ccompress&dpr=1&w=330&h=330&fit=fill&q=25"
    logo = f"https://cdn.courseatlas.example/partners/{slug(c.partner)}/logo.png?auto=format%2Ccompress&dpr=1&w=20&h=20"
    status = (
        f'<div class="cds-CommonCard-statusTags css-1mnxu6t"><div class="css-1ghh5x9"><span class="cds-tag cds-tag-status css-1cxz0bc"><span class="cds-tag-text">{esc(c.status)}</span></span></div></div>'
        if c.status
        else ""
    )
    skills = (
        f'<div class="cds-ProductCard-body"><div class="cds-CommonCard-bodyContent"><p class="css-vac8rf"><b>Skills you&#x27;ll gain</b>: {esc(", ".join(c.skills))}</p></div></div>'
        if c.skills
        else ""
    )
    rating = ""
    if c.rating is not None:
        rating = (
            f'<div class="cds-CommonCard-ratings"><div role="meter" aria-valuenow="{c.rating}" aria-valuetext="{c.rating} stars" aria-valuemin="0" aria-valuemax="5" class="css-zl0kzj">'
            '<svg aria-hidden="true" fill="none" focusable="false" height="16" viewBox="0 0 16 16" width="16" class="css-1eq6u1w" id="cds-react-aria-'
            + _hex(c.title + "star", 3)
            + '"><path d="M8 1.5l1.9 4.2 4.6.4-3.5 3 1 4.5L8 11.3 4 13.6l1-4.5-3.5-3 4.6-.4L8 1.5z" fill="currentColor"></path></svg>'
            f'<span class="css-6ecy9b">{c.rating}</span></div><div class="css-vac8rf">·</div><div class="css-vac8rf">({esc(c.reviews)} reviews)</div></div>'
        )
    meta = " · ".join(x for x in (c.level, c.kind, c.duration) if x)
    click = esc(
        json.dumps(
            {
                "href": c.url,
                "namespace": {"action": "click", "app": "search", "component": "search_card", "page": "search"},
                "schema_type": "FRONTEND",
                "values": {"entityId": _hex(c.url, 22), "query": CA_QUERY, "position": position},
            },
            separators=(",", ":"),
        )
    )
    return f"""<li class="cds-9 css-0 cds-11 cds-grid-item cds-56 cds-64 cds-76 cds-90"><div class="css-1eb1wvm"><div data-testid="product-card-cds" class="cds-ProductCard-gridCard"><div class="cds-CommonCard-container cds-CommonCard-interactive" tabindex="-1"><div class="cds-CommonCard-previewImage"><img src="{esc(img)}" alt="" loading="lazy" class="css-143o3lp"></div>{status}<div class="cds-CommonCard-clickArea"><div class="cds-ProductCard-header"><div class="cds-ProductCard-partnerInfo"><div class="cds-ProductCard-partnerLogos"><div class="css-1h7f6kt"><img src="{esc(logo)}" alt="{esc(c.partner)}" class="css-1c8d0ar"></div></div><div class="css-cxybwo cds-ProductCard-partnerNames"><p class="css-vac8rf">{esc(c.partner)}</p></div></div><div class="cds-CommonCard-titleLink"><a data-click-key="search.search.click.search_card" data-click-value="{click}" data-track="true" data-track-app="search" data-track-page="search" data-track-action="click" data-track-component="search_card" href="{c.url}" class="cds-119 cds-113 cds-115 cds-CommonCard-titleLink css-vflzcf cds-142" tabindex="0"><h3 class="cds-CommonCard-title css-6ecy9b">{esc(c.title)}</h3></a></div></div>{skills}<div class="cds-ProductCard-footer"><div class="cds-CommonCard-ratings-wrapper">{rating}</div><div class="cds-CommonCard-metadata"><p class="css-vac8rf">{esc(meta)}</p></div></div></div></div></div></div></li>"""


CA_PROMO = """<li class="cds-9 css-0 cds-11 cds-grid-item cds-56 cds-64 cds-76 cds-90"><div class="css-1eb1wvm"><div data-testid="atlas-plus-upsell-card" class="cds-ProductCard-gridCard css-8d7a1c"><div class="cds-CommonCard-container"><div class="cds-CommonCard-previewImage"><img src="https://cdn.courseatlas.example/plus/plus-card.png" alt="" class="css-143o3lp"></div><div class="cds-CommonCard-clickArea"><div class="cds-ProductCard-header"><div class="cds-ProductCard-partnerInfo"><div class="css-cxybwo cds-ProductCard-partnerNames"><p class="css-vac8rf">Atlas Plus</p></div></div><div class="cds-CommonCard-titleLink"><a href="/courseatlas-plus?utm_source=search&amp;utm_medium=upsell_card" class="cds-119 cds-113 cds-115 cds-CommonCard-titleLink css-vflzcf cds-142"><h3 class="cds-CommonCard-title css-6ecy9b">Unlimited access to 7,000+ world-class courses</h3></a></div></div><div class="cds-ProductCard-body"><div class="cds-CommonCard-bodyContent"><p class="css-vac8rf">Learn from Brightline, Northfield Labs and 350+ partners. Cancel anytime.</p></div></div><div class="cds-ProductCard-footer"><div class="cds-CommonCard-metadata"><p class="css-vac8rf">$59/month · 7-day free trial</p></div></div></div></div></div></div></li>"""

CA_FACETS = [
    (
        "Subject",
        [
            ("Data Science", 412),
            ("Business", 287),
            ("Computer Science", 163),
            ("Information Technology", 98),
            ("Health", 41),
        ],
    ),
    (
        "Skills",
        [
            ("Data Analysis", 590),
            ("SQL", 211),
            ("Python Programming", 204),
            ("Microsoft Excel", 178),
            ("Data Visualization", 165),
            ("Tableau Software", 72),
        ],
    ),
    ("Level", [("Beginner", 402), ("Intermediate", 251), ("Advanced", 47), ("Mixed", 63)]),
    (
        "Duration",
        [("Less Than 2 Hours", 118), ("1-4 Weeks", 264), ("1-3 Months", 231), ("3-6 Months", 97), ("6-12 Months", 8)],
    ),
    (
        "Learning Product",
        [
            ("Guided Projects", 118),
            ("Courses", 503),
            ("Specializations", 84),
            ("Professional Certificates", 26),
            ("Degrees", 14),
        ],
    ),
    (
        "Educator",
        [
            ("Northfield Labs", 61),
            ("Brightline", 23),
            ("Lakemont University", 19),
            ("Ventura State University", 17),
            ("Halden University", 12),
        ],
    ),
]


def _ca_facets() -> str:
    out = []
    for group, values in CA_FACETS:
        items = "".join(
            f'<div class="css-1a3kbes"><label class="cds-checkboxAndRadio-label css-1pnbdy3"><input class="cds-checkboxAndRadio-input" type="checkbox" value="{esc(name)}" data-testid="{esc(group.replace(" ", ""))}:{esc(name)}-false"><span class="cds-checkboxAndRadio-labelContent css-tvqrra"><span class="css-8bcbhb">{esc(name)}</span><span class="css-1xwpfpa"> ({count:,})</span></span></label></div>'
            for name, count in values
        )
        out.append(
            f'<div class="cds-filter-group css-1uyjy6o" data-testid="search-filter-group-{esc(group)}"><div class="css-1jmtu8j"><div class="cds-filter-group-title css-1wr1yxg">{esc(group)}</div></div><div class="css-1lkzbrf">{items}<button class="cds-149 cds-button-disableElevation cds-button-ghost css-1yvtvxn" type="button"><span class="cds-button-label">Show more</span></button></div></div>'
        )
    return "".join(out)


_CA_CURRENT = ' aria-current="page"'


def _ca_pagination(number: int, total: int) -> str:
    prev = (
        f'<a class="cds-pagination-arrow css-wrjwfr" href="{esc(_ca_href(number - 1))}" aria-label="Previous Page"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M10 3L5 8l5 5" stroke="currentColor" fill="none"></path></svg></a>'
        if number > 1
        else '<button class="cds-pagination-arrow css-wrjwfr" aria-label="Previous Page" disabled="" type="button"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M10 3L5 8l5 5" stroke="currentColor" fill="none"></path></svg></button>'
    )
    nxt = (
        f'<a class="cds-pagination-arrow css-wrjwfr" href="{esc(_ca_href(number + 1))}" aria-label="Next Page"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M6 3l5 5-5 5" stroke="currentColor" fill="none"></path></svg></a>'
        if number < total
        else '<button class="cds-pagination-arrow css-wrjwfr" aria-label="Next Page" disabled="" type="button"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M6 3l5 5-5 5" stroke="currentColor" fill="none"></path></svg></button>'
    )
    pages = "".join(
        f'<li class="cds-pagination-item"><a class="cds-pagination-page css-1prhq5p{" cds-pagination-page-selected" if n == number else ""}" href="{esc(_ca_href(n))}" aria-label="Page {n}"{_CA_CURRENT if n == number else ""}>{n}</a></li>'
        for n in range(1, total + 1)
    )
    return f'<div class="cds-pagination-root css-1a8fs2d"><nav aria-label="Pagination Controls"><ul class="cds-pagination-list css-17y6c35"><li>{prev}</li>{pages}<li>{nxt}</li></ul></nav></div>'


def _ca_page(number: int, total: int, courses: list[Course], first: int) -> str:
    cards = [_ca_card(c, first + i) for i, c in enumerate(courses)]
    if number == 1:
        cards.insert(6, CA_PROMO)
    apollo = {
        f"SearchResult:{_hex(c.url, 22)}": {
            "__typename": "Search_ProductHit",
            "id": _hex(c.url, 22),
            "name": c.title,
            "url": c.url,
            "productType": c.kind.upper().replace(" ", "_"),
            "partners": [c.partner],
            "avgProductRating": c.rating,
            "numProductRatings": c.review_count,
            "productDifficultyLevel": (c.level or "").upper() or None,
            "skills": list(c.skills),
            "isPartOfCourseraPlus": c.kind != "Degree",
        }
        for c in courses
    }
    apollo["ROOT_QUERY"] = {
        "__typename": "Query",
        f'SearchResult.search({{"requests":[{{"entityType":"PRODUCTS","limit":{CA_SIZES[0]},"query":"{CA_QUERY}","cursor":"{(number - 1) * CA_SIZES[0]}"}}]}})': {
            "totalResults": len(CA_COURSES),
            "pagination": {"cursor": str(number * CA_SIZES[0]), "totalElements": len(CA_COURSES)},
        },
    }
    related = "".join(
        f'<li><a class="cds-119 cds-113 cds-115 css-1vgxb7x cds-142" href="/search?query={esc(q.replace(" ", "+"))}">{esc(q)}</a></li>'
        for q in (
            "data analytics",
            "data analysis excel",
            "data analyst",
            "data visualization",
            "power bi",
            "sql",
            "statistics",
            "python data analysis",
        )
    )
    popular = "".join(
        f'<li><a href="{c.url}" class="css-1kmqdd9">{esc(c.title)}</a></li>'
        for c in (CA_COURSES[0], CA_COURSES[19], CA_COURSES[5], CA_COURSES[16])
    )
    start_n, end_n = first, first + len(courses) - 1
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Best Data Analysis Courses Online with Certificates [2025] | Courseatlas</title>
<meta name="description" content="Data analysis courses can help you learn data cleaning, visualization techniques, statistical analysis, and data interpretation. Compare courses from top universities and companies.">
<link rel="canonical" href="{esc(_ca_href(number))}">
<meta name="robots" content="{"index,follow" if number == 1 else "noindex,follow"}">
<link rel="stylesheet" href="https://cdn.courseatlas.example/webapps/r2-builds/br/search/app.{_hex("ca-css", 8)}.css">
<style data-emotion="css 1eb1wvm vac8rf 6ecy9b zl0kzj cxybwo vflzcf 1a3kbes">.css-vac8rf{{margin:0;font-family:var(--cds-font-family-source-sans-pro);font-size:0.875rem;color:#5b6780}}.css-6ecy9b{{margin:0;font-weight:600;font-size:1rem}}</style>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"page_type":"search","search_query":"{CA_QUERY}","search_page":{number}}});</script>
</head>
<body><div id="rendered-content"><div class="rc-MetatagsWrapper"><div class="css-1xnb1k"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to enhance your experience, analyse site usage and personalise content. <a href="/about/privacy" aria-label="More information about your privacy">Privacy policy</a></p></div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div></div></div>
<div class="rc-PageBanner css-16w4z6s" role="region" aria-label="Promotion"><p class="css-vac8rf"><strong>Spring sale:</strong> save 40% on a year of Atlas Plus and learn anything for $239. <a href="/courseatlas-plus/special/spring25" class="css-1vgxb7x">Save now</a></p><button aria-label="Close banner" class="css-1rlnvh2" type="button">×</button></div>
<header class="rc-PageHeader css-2a8vxd"><div class="css-1rkwcu6"><nav aria-label="Main navigation"><ul class="css-1y3plmw"><li><a href="/" class="css-1wllgj5" aria-label="Courseatlas homepage"><img src="https://cdn.courseatlas.example/brand/logo.svg" alt="Courseatlas" width="115" height="24"></a></li><li><button class="css-1h8ebrs" aria-expanded="false" type="button">Explore</button></li><li><a href="/degrees" class="css-1kmqdd9">Degrees</a></li><li><a href="/business" class="css-1kmqdd9">For Business</a></li></ul><form role="search" action="/search" class="css-1mdtwr2"><label for="search-autocomplete-input" class="cds-sr-only">What do you want to learn?</label><input id="search-autocomplete-input" name="query" value="{CA_QUERY}" placeholder="What do you want to learn?" class="react-autosuggest__input"><button type="submit" aria-label="Submit Search" class="css-g5c9b2"><svg width="16" height="16" aria-hidden="true"><circle cx="7" cy="7" r="5" stroke="currentColor" fill="none"></circle></svg></button></form><ul class="css-17tq5q7"><li><a href="/login?authMode=login" class="css-1kmqdd9">Log In</a></li><li><a href="/signup?authMode=signup" class="cds-149 cds-button-primary css-1qs1wcj">Join for Free</a></li></ul></nav></div></header>
<main id="main" class="css-1j8kvq7"><div class="cds-9 css-1gyv0bc cds-10"><div class="cds-9 css-0 cds-11 cds-grid-item cds-56 cds-80"><div class="css-bsmd5u" data-testid="search-filter-sidebar"><h2 class="css-1f39e9k">Filter by</h2>{_ca_facets()}</div></div>
<div class="cds-9 css-0 cds-11 cds-grid-item cds-56 cds-82"><div class="css-ab5s0n"><div class="css-1lbnl6z"><h1 class="cds-119 css-h1jogs cds-121">Results for &quot;{CA_QUERY}&quot;</h1><div class="css-bbd009"><span class="cds-sr-only">Showing results {start_n} to {end_n} of</span><span class="css-vac8rf" aria-hidden="true">{len(CA_COURSES)} results</span></div><div class="css-1lh2kbc"><label for="sortBy" class="css-vac8rf">Sort by</label><select id="sortBy" class="css-1x2a0a5"><option value="BEST_MATCH" selected>Best Match</option><option value="NEW">Newest</option></select></div></div>
<div class="cds-9 css-0 cds-10" data-testid="search-results"><ul class="cds-9 css-18msmec cds-10">{"".join(cards)}</ul></div>
{_ca_pagination(number, total)}
<section class="css-1d9m3v4" aria-labelledby="related-searches"><h2 id="related-searches" class="css-1f39e9k">Searches related to data analysis</h2><ul class="css-13t9v13">{related}</ul></section>
<section class="css-1s0ck5q" aria-labelledby="faq-heading"><h2 id="faq-heading" class="css-1f39e9k">Frequently asked questions about data analysis</h2><div class="css-1v2x0a5"><h3 class="css-6ecy9b"><button aria-expanded="false" type="button">What is data analysis?</button></h3><div hidden><p class="css-vac8rf">Data analysis is the process of inspecting, cleaning and modelling data to find useful information and support decisions.</p></div><h3 class="css-6ecy9b"><button aria-expanded="false" type="button">What jobs use data analysis skills?</button></h3><div hidden><p class="css-vac8rf">Data analysts, business analysts, marketing analysts and operations analysts all work with data every day. In the United States the median salary for a data analyst is $82,000 a year.</p></div></div></section>
</div></div></div></main>
<footer class="rc-PageFooter css-12f6a4k"><div class="css-1hfnx7n"><div><h2 class="css-1f39e9k">Popular programs</h2><ul>{popular}</ul></div><div><h2 class="css-1f39e9k">Courseatlas</h2><ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/partners">Partners</a></li><li><a href="/courseatlas-plus">Atlas Plus</a></li></ul></div><div><h2 class="css-1f39e9k">Community</h2><ul><li><a href="/learners">Learners</a></li><li><a href="/blog">Blog</a></li><li><a href="/teaching">Teaching Center</a></li></ul></div><p class="css-vac8rf">© 2025 Courseatlas Inc. All rights reserved.</p></div></footer>
</div></div></div>
<script>window.__APOLLO_STATE__ = {_json_script(apollo)};</script>
<script src="https://cdn.courseatlas.example/webapps/r2-builds/br/search/app.{_hex("ca-js", 8)}.js" defer></script>
</body></html>"""


@nineteenth
def build_courseatlas() -> None:
    s = Site(
        "courseatlas",
        kind="course search results (Coursera 2024–25 CDS markup: product-card-cds cards, partner logo + name, h3 title link, 'Skills you'll gain:' lines, '4.8' + '(166K reviews)', 'Beginner · Course · 1 - 4 Weeks')",
        start="search?query=data+analysis",
        description=(
            "An online-course platform's search results for 'data analysis', modelled on Coursera's 2024–25 search page (CDS design "
            "system, emotion css- hashes and numbered cds- grid classes). Results are li.cds-grid-item cells holding "
            "div[data-testid=product-card-cds].cds-ProductCard-gridCard: a lazy preview img with an empty alt, a status tag on some "
            "('Free Trial', 'AI skills', 'New', 'Free', 'Build toward a degree'), the partner twice (logo img alt and a "
            "p in cds-ProductCard-partnerNames), a.cds-CommonCard-titleLink with data-click-value JSON around h3.cds-CommonCard-title "
            "(/learn/, /specializations/, /professional-certificates/, /projects/, /degrees/ urls), a body p '<b>Skills you'll "
            "gain</b>: A, B, C' (absent on degrees), a ratings div[role=meter][aria-valuenow] with a star svg, '4.8', a '·' and "
            "'(166K reviews)' / '(412 reviews)' (no rating on new courses and degrees), and a metadata p 'Beginner · Course · 1 - 3 "
            "Months' (no level on degrees). Noise: OneTrust banner, a spring-sale promo banner, header with search form, a 'Filter by' "
            "sidebar of checkbox facets with counts (partner and skill names among them), '27 results' with an sr-only range, a "
            "Sort by select, an 'Atlas Plus' upsell card in the grid on page 1 with the same card classes, related searches, a FAQ "
            "accordion, a footer 'Popular programs' list repeating four result titles, window.__APOLLO_STATE__ with the page's "
            "hits. Pagination: cds-pagination page links and Previous/Next arrows over &page=N (10 per page). Written down: title, "
            "url, partner, skills (list), rating, review_count (166K → 166000), level, type, duration, status."
        ),
    )
    pages = chunks(CA_COURSES, CA_SIZES)
    first = 1
    for number, courses in enumerate(pages, 1):
        s.list_page(_ca_href(number).lstrip("/").replace("?", "@"), _ca_page(number, len(pages), courses, first))
        first += len(courses)
    for c in CA_COURSES:
        s.expect(
            {
                "title": c.title,
                "url": c.url,
                "partner": c.partner,
                "skills": list(c.skills) or None,
                "rating": c.rating,
                "review_count": c.review_count,
                "level": c.level,
                "type": c.kind,
                "duration": c.duration,
                "status": c.status,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# oakhollow-library (FROZEN): a public library's events & classes calendar, Springshare LibCal 2024–25 week list view
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LibEvent:
    """One event of the calendar's week list."""

    day: date
    title: str
    time: str
    location: str
    audience: tuple[str, ...]
    categories: tuple[str, ...]
    registration: str
    seats: int | None = None
    presenter: str | None = None
    cancelled: bool = False

    @property
    def event_id(self) -> int:
        return 13_400_000 + int(_hex(self.title + self.day.isoformat(), 6), 16) % 90_000

    @property
    def url(self) -> str:
        return f"/event/{self.event_id}"


OH_WEEK1 = date(2025, 3, 10)


def _d(offset: int) -> date:
    return OH_WEEK1 + timedelta(days=offset)


OH_EVENTS = [
    LibEvent(
        _d(0),
        "Baby Rhyme Time",
        "10:00am - 10:30am",
        "Central Library - Children's Story Room",
        ("Babies (0-18 months)", "Parents/Caregivers"),
        ("Storytimes",),
        "Drop-in",
    ),
    LibEvent(
        _d(0),
        "Computer Basics: Using a Mouse and Keyboard",
        "2:00pm - 3:30pm",
        "Central Library - Computer Lab (2nd Floor)",
        ("Adults", "Seniors"),
        ("Technology Classes",),
        "Registration required",
        4,
        "Digital Navigator Team",
    ),
    LibEvent(
        _d(1),
        "ESL Conversation Circle",
        "6:00pm - 7:30pm",
        "Westgate Branch - Community Room",
        ("Adults",),
        ("English Language Learning", "Community"),
        "Drop-in",
    ),
    LibEvent(
        _d(2),
        "Tax Help with AARP Foundation Tax-Aide",
        "10:00am - 2:00pm",
        "Central Library - Meeting Room B",
        ("Adults", "Seniors"),
        ("Financial Literacy",),
        "Registration is full",
        0,
    ),
    LibEvent(
        _d(2),
        "Lego Builders Club",
        "4:00pm - 5:00pm",
        "Millbrook Branch - Program Room",
        ("Kids (6-11)",),
        ("STEAM", "Kids Programs"),
        "Drop-in",
    ),
    LibEvent(
        _d(3),
        "Intro to 3D Printing",
        "5:30pm - 7:00pm",
        "Central Library - Makerspace",
        ("Teens", "Adults"),
        ("Makerspace", "Technology Classes"),
        "Registration required",
        2,
        "Sam Okonkwo, Makerspace Coordinator",
    ),
    LibEvent(
        _d(4),
        "Friday Film Matinee: Paddington in Peru",
        "1:00pm - 3:00pm",
        "Central Library - Auditorium",
        ("All Ages",),
        ("Films",),
        "Drop-in",
    ),
    LibEvent(
        _d(5),
        "Seed Library Swap & Spring Planting Talk",
        "11:00am - 12:30pm",
        "Westgate Branch - Garden Patio",
        ("Adults", "Families"),
        ("Gardening", "Sustainability"),
        "Drop-in",
        None,
        "Oak Hollow County Master Gardeners",
    ),
    LibEvent(
        _d(6),
        "Sunday Afternoon Chess",
        "2:00pm - 4:00pm",
        "Central Library - Lobby Lounge",
        ("All Ages",),
        ("Games",),
        "Drop-in",
        cancelled=True,
    ),
    LibEvent(
        _d(7),
        "Job Search Workshop: Resumes that Get Read",
        "10:30am - 12:00pm",
        "Online",
        ("Adults",),
        ("Careers & Job Help", "Online Events"),
        "Registration required",
        37,
        "Renee Castillo, Workforce Partners",
    ),
    LibEvent(
        _d(7),
        "Toddler Storytime",
        "10:00am - 10:30am",
        "Millbrook Branch - Storytime Corner",
        ("Toddlers (18-36 months)", "Parents/Caregivers"),
        ("Storytimes",),
        "Drop-in",
    ),
    LibEvent(
        _d(8),
        "Excel for Beginners",
        "6:00pm - 8:00pm",
        "Central Library - Computer Lab (2nd Floor)",
        ("Adults",),
        ("Technology Classes",),
        "Registration required",
        6,
        "Digital Navigator Team",
    ),
    LibEvent(
        _d(9),
        "Teen Advisory Board",
        "4:30pm - 5:30pm",
        "Central Library - Teen Zone",
        ("Teens",),
        ("Teen Programs",),
        "Drop-in",
    ),
    LibEvent(
        _d(10),
        "Author Talk: Delia Marsh on \u201cThe River Remembers\u201d",
        "7:00pm - 8:15pm",
        "Central Library - Auditorium",
        ("Adults",),
        ("Author Events", "Book Clubs & Reading"),
        "Registration required",
        58,
        "Delia Marsh",
    ),
    LibEvent(
        _d(11),
        "Knit & Crochet Circle",
        "1:00pm - 3:00pm",
        "Westgate Branch - Community Room",
        ("Adults", "Seniors"),
        ("Crafts",),
        "Drop-in",
    ),
    LibEvent(
        _d(11),
        "Sewing Machine Basics",
        "5:30pm - 7:30pm",
        "Central Library - Makerspace",
        ("Teens", "Adults"),
        ("Makerspace", "Crafts"),
        "Registration is full",
        0,
        "Priya Desai",
    ),
    LibEvent(
        _d(12),
        "Family Science Saturday: Kitchen Chemistry",
        "10:30am - 11:30am",
        "Millbrook Branch - Program Room",
        ("Families", "Kids (6-11)"),
        ("STEAM", "Kids Programs"),
        "Registration required",
        9,
    ),
    LibEvent(
        _d(13),
        "Genealogy Drop-In Help",
        "1:00pm - 4:00pm",
        "Central Library - Local History Room",
        ("Adults",),
        ("Local History & Genealogy",),
        "Drop-in",
        None,
        "Oak Hollow Genealogical Society",
    ),
    LibEvent(
        _d(14),
        "Medicare 101",
        "2:00pm - 3:30pm",
        "Online",
        ("Adults", "Seniors"),
        ("Health & Wellness", "Online Events"),
        "Registration required",
        81,
        "State Health Insurance Assistance Program",
    ),
    LibEvent(
        _d(15),
        "Chair Yoga",
        "11:00am - 11:45am",
        "Westgate Branch - Community Room",
        ("Adults", "Seniors"),
        ("Health & Wellness",),
        "Registration required",
        3,
    ),
    LibEvent(
        _d(16),
        "Homework Help Drop-In",
        "3:30pm - 5:30pm",
        "Millbrook Branch - Study Rooms",
        ("Kids (6-11)", "Teens"),
        ("Kids Programs", "Teen Programs"),
        "Drop-in",
    ),
    LibEvent(
        _d(16),
        "Smartphone Photography Tips",
        "6:00pm - 7:30pm",
        "Central Library - Meeting Room A",
        ("Adults",),
        ("Technology Classes",),
        "Registration required",
        11,
        "Marcus Lee",
    ),
    LibEvent(
        _d(17),
        "Mystery Book Club: The Thursday Murder Club",
        "7:00pm - 8:00pm",
        "Westgate Branch - Reading Room",
        ("Adults",),
        ("Book Clubs & Reading",),
        "Drop-in",
    ),
    LibEvent(
        _d(18),
        "Laser Cutter Certification",
        "10:00am - 12:00pm",
        "Central Library - Makerspace",
        ("Adults",),
        ("Makerspace",),
        "Registration required",
        1,
        "Sam Okonkwo, Makerspace Coordinator",
    ),
    LibEvent(
        _d(19),
        "Pajama Storytime",
        "6:30pm - 7:15pm",
        "Millbrook Branch - Storytime Corner",
        ("Families",),
        ("Storytimes",),
        "Drop-in",
    ),
    LibEvent(
        _d(20),
        "Spring Book Sale (Friends of the Library)",
        "12:00pm - 4:00pm",
        "Central Library - Auditorium",
        ("All Ages",),
        ("Friends of the Library",),
        "Drop-in",
    ),
]
OH_SIZES = [9, 9, 8]
OH_CID = 5181
OH_CATEGORY_IDS = {name: 41_200 + i * 7 for i, name in enumerate(sorted({c for e in OH_EVENTS for c in e.categories}))}


OH_BLURBS = {
    "Storytimes": "Songs, rhymes and stories for little ones and their grown-ups. Siblings welcome.",
    "Technology Classes": "A hands-on class with library laptops. No experience needed; bring your questions.",
    "English Language Learning": "Practise everyday English in a relaxed group with volunteer facilitators.",
    "Financial Literacy": "Free tax preparation for low- and moderate-income households. Bring last year's return and photo ID.",
    "STEAM": "Build, test and tinker. All materials are provided.",
    "Makerspace": "Learn the equipment safely, then book it on your own. Closed-toe shoes required.",
    "Films": "Free film screening. Popcorn provided while it lasts.",
    "Gardening": "Bring seeds to share or take some home, and hear what to plant this month.",
    "Games": "Boards and clocks provided. Players of every level welcome.",
    "Careers & Job Help": "Practical tips from a career coach, with time for questions at the end. The Zoom link is emailed after registration.",
    "Teen Programs": "Help choose teen programs and books, and earn volunteer hours.",
    "Author Events": "Hear the author read from her new novel, followed by Q&A and a book signing.",
    "Crafts": "Bring a project or start a new one. Some supplies available.",
    "Local History & Genealogy": "Volunteers help you get started with census records, newspapers and family trees.",
    "Health & Wellness": "Free and open to everyone; no need to bring anything.",
    "Kids Programs": "Drop in for help with homework from trained volunteers.",
    "Book Clubs & Reading": "Copies are available at the Westgate desk. New members always welcome.",
    "Friends of the Library": "Thousands of gently used books, DVDs and records. Proceeds support library programs.",
}


def _oh_href(week: int) -> str:
    start = OH_WEEK1 + timedelta(weeks=week - 1)
    return f"/calendar/events?cid={OH_CID}&t=w&d={start.isoformat()}&cal={OH_CID}&inc=0"


def _oh_long(day: date) -> str:
    return f"{day.strftime('%A, %B')} {day.day}, {day.year}"


def _oh_event(e: LibEvent) -> str:
    cats = ", ".join(
        f'<a href="/calendar/events?cid={OH_CID}&amp;t=w&amp;d={e.day.isoformat()}&amp;cal={OH_CID}&amp;ct={OH_CATEGORY_IDS[c]}&amp;inc=0" class="s-lc-evt-cat">{esc(c)}</a>'
        for c in e.categories
    )
    rows = [("Time:", esc(e.time)), ("Location:", esc(e.location))]
    if e.presenter:
        rows.append(("Presenter:", esc(e.presenter)))
    rows += [("Audience:", esc(", ".join(e.audience))), ("Categories:", cats)]
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    cancelled = '<span class="label label-danger s-lc-evt-cancelled">Cancelled</span> ' if e.cancelled else ""
    if e.cancelled:
        reg = '<div class="s-lc-c-evt-reg"><p class="text-danger">This event has been cancelled.</p></div>'
    elif e.registration == "Registration required":
        seats = f"{e.seats} seat{'s' if e.seats != 1 else ''} left"
        reg = f'<div class="s-lc-c-evt-reg"><span class="s-lc-c-evt-reg-type">Registration required</span> <span class="s-lc-c-evt-seats badge">{seats}</span> <a class="btn btn-primary btn-sm" href="{e.url}#s-lc-event-reg">Register<span class="sr-only"> for {esc(e.title)}</span></a></div>'
    elif e.registration == "Registration is full":
        reg = f'<div class="s-lc-c-evt-reg"><span class="s-lc-c-evt-reg-type">Registration is full</span> <a class="btn btn-default btn-sm" href="{e.url}#s-lc-event-reg">Join waiting list<span class="sr-only"> for {esc(e.title)}</span></a></div>'
    else:
        reg = '<div class="s-lc-c-evt-reg"><span class="s-lc-c-evt-reg-type">No registration required</span></div>'
    online = (
        ' <span class="label label-info s-lc-evt-online"><i class="fa fa-laptop" aria-hidden="true"></i> Online event</span>'
        if e.location == "Online"
        else ""
    )
    blurb = OH_BLURBS.get(
        e.categories[0], "A free program for the community. Details and materials are on the event page."
    )
    return f"""
<div class="media s-lc-c-evt" id="s-lc-c-evt-{e.event_id}" data-event-id="{e.event_id}" data-cal-id="{OH_CID}">
  <div class="media-left s-lc-c-evt-img-wrap hidden-xs">
    <img class="media-object s-lc-c-evt-img" src="https://d2jv02qf7xgjwx.cloudfront.example/calendars/{OH_CID}/images/{_hex(e.title, 24)}.jpg" alt="" width="100" loading="lazy">
  </div>
  <div class="media-body">
    <h3 class="media-heading s-lc-c-evt-title">{cancelled}<a href="{e.url}">{esc(e.title)}</a>{online}</h3>
    <dl class="dl-horizontal s-lc-c-evt-dl">{dl}</dl>
    <div class="s-lc-c-evt-des">{esc(blurb)} <a href="{e.url}" class="s-lc-c-evt-more" aria-label="More information about {esc(e.title)}">More info</a></div>
    {reg}
  </div>
</div>"""


def _oh_minical(week: int) -> str:
    first = date(2025, 3, 1)
    cells = ['<td class="s-lc-mc-empty"></td>'] * 5  # March 2025 starts on a Saturday; Monday-first grid
    for n in range(31):
        day = first + timedelta(days=n)
        cls = "s-lc-mc-active" if OH_WEEK1 + timedelta(weeks=week - 1) <= day < OH_WEEK1 + timedelta(weeks=week) else ""
        cells.append(
            f'<td class="{cls}"><a href="/calendar/events?cid={OH_CID}&amp;t=d&amp;d={day.isoformat()}&amp;cal={OH_CID}&amp;inc=0" aria-label="{_oh_long(day)}">{day.day}</a></td>'
        )
    while len(cells) % 7:
        cells.append('<td class="s-lc-mc-empty"></td>')
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    return f'<table class="table table-condensed s-lc-mc" aria-label="March 2025"><caption>March 2025</caption><thead><tr><th scope="col">Mo</th><th scope="col">Tu</th><th scope="col">We</th><th scope="col">Th</th><th scope="col">Fr</th><th scope="col">Sa</th><th scope="col">Su</th></tr></thead><tbody>{rows}</tbody></table>'


def _oh_page(week: int, total: int, events: list[LibEvent]) -> str:
    start = OH_WEEK1 + timedelta(weeks=week - 1)
    end = start + timedelta(days=6)
    days = []
    for offset in range(7):
        day = start + timedelta(days=offset)
        todays = [e for e in events if e.day == day]
        if not todays:
            body = '<p class="s-lc-c-none">There are no events scheduled for this day.</p>'
        else:
            body = "".join(_oh_event(e) for e in todays)
        days.append(
            f'<div class="s-lc-c-day" data-date="{day.isoformat()}"><h2 class="s-lc-c-day-title">{_oh_long(day)}</h2>{body}</div>'
        )
    prev = (
        f'<a id="s-lc-c-prev" class="btn btn-default" href="{esc(_oh_href(week - 1))}"><i class="fa fa-chevron-left" aria-hidden="true"></i> Previous<span class="sr-only"> week</span></a>'
        if week > 1
        else '<button id="s-lc-c-prev" class="btn btn-default" disabled title="Past events are not shown"><i class="fa fa-chevron-left" aria-hidden="true"></i> Previous<span class="sr-only"> week</span></button>'
    )
    nxt = (
        f'<a id="s-lc-c-next" class="btn btn-default" href="{esc(_oh_href(week + 1))}">Next<span class="sr-only"> week</span> <i class="fa fa-chevron-right" aria-hidden="true"></i></a>'
        if week < total
        else '<button id="s-lc-c-next" class="btn btn-default" disabled title="Events are published three weeks ahead">Next<span class="sr-only"> week</span> <i class="fa fa-chevron-right" aria-hidden="true"></i></button>'
    )
    featured = "".join(
        f'<li class="s-lc-feat-item"><a href="{e.url}"><img src="https://d2jv02qf7xgjwx.cloudfront.example/calendars/{OH_CID}/images/{_hex(e.title, 24)}.jpg" alt=""><span class="s-lc-feat-title">{esc(e.title)}</span></a><span class="s-lc-feat-date">{e.day.strftime("%b")} {e.day.day}</span></li>'
        for e in (OH_EVENTS[13], OH_EVENTS[5], OH_EVENTS[25])
    )
    cat_filters = "".join(
        f'<div class="checkbox"><label><input type="checkbox" name="ct[]" value="{cid}"> {esc(name)}</label></div>'
        for name, cid in OH_CATEGORY_IDS.items()
    )
    audiences = sorted({a for e in OH_EVENTS for a in e.audience})
    aud_filters = "".join(f'<option value="{i + 1}">{esc(a)}</option>' for i, a in enumerate(audiences))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Events &amp; Classes - Oak Hollow Public Library</title>
<link rel="stylesheet" href="https://static-assets-us.libcal.example/web/css3.21.3/lc_public.min.css">
<link rel="stylesheet" href="https://static-assets-us.libcal.example/js/jquery-ui-1.13.2/jquery-ui.min.css">
<link rel="stylesheet" href="https://use.fontawesome.example/releases/v5.15.4/css/all.css">
<link rel="alternate" type="application/rss+xml" title="Oak Hollow Public Library events" href="/rss.php?cid={OH_CID}&amp;m=cal">
<style>#s-lc-public-header{{background:#234a32}} .s-lc-c-evt-seats{{background:#b35c00}}</style>
<script>var springSpace = springSpace || {{}}; springSpace.la = {{"libcal":{{"calendar":{{"cid":{OH_CID},"view":"w","date":"{start.isoformat()}","inc":0}}}}}};</script>
</head>
<body id="s-lc-public" class="s-lc-calendar-page">
<a id="s-lc-public-skiplink" class="sr-only sr-only-focusable" href="#s-lc-public-main">Skip to main content</a>
<div id="s-lc-public-site-alert" class="alert alert-warning" role="alert"><strong>Heads up:</strong> The Millbrook Branch parking lot will be repaved March 18&ndash;20. Street parking is available on Elm Avenue. <a href="https://www.oakhollowlibrary.example/news/millbrook-parking">Details</a></div>
<header id="s-lc-public-header" role="banner">
  <div class="container">
    <a href="https://www.oakhollowlibrary.example/" id="s-lc-public-logo"><img src="https://libapps-us.s3.amazonaws.example/accounts/88213/images/ohpl-logo-white.png" alt="Oak Hollow Public Library"></a>
    <nav class="s-lc-public-nav" aria-label="Library website">
      <ul class="nav navbar-nav">
        <li><a href="https://catalog.oakhollowlibrary.example/">Catalog</a></li>
        <li><a href="https://www.oakhollowlibrary.example/locations-hours">Locations &amp; Hours</a></li>
        <li class="active"><a href="/calendar/events?cid={OH_CID}&amp;t=d&amp;d=0000-00-00&amp;cal={OH_CID}&amp;inc=0">Events &amp; Classes</a></li>
        <li><a href="/reserve/rooms">Book a Room</a></li>
        <li><a href="https://www.oakhollowlibrary.example/get-a-card">Get a Library Card</a></li>
      </ul>
    </nav>
  </div>
</header>
<div id="s-lc-public-bc" class="container"><ol class="breadcrumb"><li><a href="https://www.oakhollowlibrary.example/">Oak Hollow Public Library</a></li><li><a href="/">LibCal</a></li><li class="active">Events &amp; Classes</li></ol></div>
<main id="s-lc-public-main" class="container" role="main">
  <div class="row">
    <div id="s-lc-public-cust-header" class="col-md-12"><h1 id="s-lc-public-pt">Events &amp; Classes</h1>
      <p>All programs are free and open to the public. Registration opens two weeks before each class. Need an accommodation? Call 555-0142 at least 48 hours ahead.</p></div>
  </div>
  <div class="row">
    <div class="col-md-9" id="s-lc-c-main">
      <div id="s-lc-c-featured" class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Featured Events</h2></div><div class="panel-body"><ul class="list-inline s-lc-feat-list">{featured}</ul></div></div>
      <div id="s-lc-c-toolbar" class="clearfix">
        <div class="btn-group" role="group" aria-label="Calendar view"><a class="btn btn-default" href="/calendar/events?cid={OH_CID}&amp;t=d&amp;d={start.isoformat()}&amp;cal={OH_CID}&amp;inc=0">Day</a><a class="btn btn-default active" aria-current="true" href="{esc(_oh_href(week))}">Week</a><a class="btn btn-default" href="/calendar/events?cid={OH_CID}&amp;t=m&amp;d={start.isoformat()}&amp;cal={OH_CID}&amp;inc=0">Month</a><a class="btn btn-default" href="/calendar/events?cid={OH_CID}&amp;t=g&amp;d={start.isoformat()}&amp;cal={OH_CID}&amp;inc=0">Grid</a></div>
        <div class="s-lc-c-nav pull-right">{prev} {nxt}</div>
        <h2 id="s-lc-c-range" class="s-lc-c-range">{start.strftime("%B")} {start.day} &ndash; {end.strftime("%B")} {end.day}, {end.year}</h2>
        <p class="s-lc-c-count text-muted">{len(events)} events</p>
      </div>
      <div id="s-lc-c-list" class="s-lc-c-list-week">
        {"".join(days)}
      </div>
      <div class="s-lc-c-nav s-lc-c-nav-bottom text-center">{prev} {nxt}</div>
    </div>
    <aside class="col-md-3" id="s-lc-c-sidebar">
      <div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Jump to Date</h2></div><div class="panel-body">{_oh_minical(week)}</div></div>
      <form id="s-lc-c-filters" class="panel panel-default" action="/calendar/events" method="get"><div class="panel-heading"><h2 class="panel-title">Filter Events</h2></div><div class="panel-body">
        <input type="hidden" name="cid" value="{OH_CID}"><input type="hidden" name="t" value="w"><input type="hidden" name="d" value="{start.isoformat()}"><input type="hidden" name="cal" value="{OH_CID}">
        <div class="form-group"><label for="s-lc-c-campus">Location</label><select id="s-lc-c-campus" name="campus" class="form-control"><option value="">All Locations</option><option value="1">Central Library</option><option value="2">Westgate Branch</option><option value="3">Millbrook Branch</option><option value="4">Online</option></select></div>
        <div class="form-group"><label for="s-lc-c-aud">Audience</label><select id="s-lc-c-aud" name="audience" class="form-control"><option value="">All Audiences</option>{aud_filters}</select></div>
        <fieldset><legend>Categories</legend>{cat_filters}</fieldset>
        <div class="form-group"><label for="s-lc-c-search">Keyword</label><input id="s-lc-c-search" type="search" name="q" class="form-control"></div>
        <button type="submit" class="btn btn-primary">Apply Filters</button>
      </div></form>
      <div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Subscribe</h2></div><div class="panel-body"><a href="/ical_subscribe.php?src=p&amp;cid={OH_CID}" class="btn btn-default btn-sm"><i class="fa fa-calendar" aria-hidden="true"></i> iCal</a> <a href="/rss.php?cid={OH_CID}&amp;m=cal" class="btn btn-default btn-sm"><i class="fa fa-rss" aria-hidden="true"></i> RSS</a> <a href="https://www.oakhollowlibrary.example/newsletter" class="btn btn-default btn-sm">Email newsletter</a></div></div>
    </aside>
  </div>
</main>
<footer id="s-lc-public-footer" role="contentinfo">
  <div class="container">
    <div class="row">
      <div class="col-sm-4"><h2>Central Library</h2><p>400 Market Street, Oak Hollow, OH 43900<br>555-0140</p><p>Mon&ndash;Thu 9am&ndash;8pm · Fri&ndash;Sat 9am&ndash;5pm · Sun 1pm&ndash;5pm</p></div>
      <div class="col-sm-4"><h2>Branches</h2><ul class="list-unstyled"><li><a href="https://www.oakhollowlibrary.example/westgate">Westgate Branch</a></li><li><a href="https://www.oakhollowlibrary.example/millbrook">Millbrook Branch</a></li></ul></div>
      <div class="col-sm-4"><h2>Follow us</h2><ul class="list-inline"><li><a href="https://www.facebook.example/oakhollowlibrary">Facebook</a></li><li><a href="https://www.instagram.example/oakhollowlibrary">Instagram</a></li></ul></div>
    </div>
    <p id="s-lc-public-footer-brand">Powered by Springshare. <a href="https://springshare.example/privacy.html">Privacy Policy</a> · <a href="/admin">Login to LibApps</a></p>
  </div>
</footer>
<div id="s-lc-cookie-consent" class="s-lc-cookie-consent" role="dialog" aria-live="polite" aria-label="Cookie consent">This site uses cookies to remember your preferences and registrations. <button type="button" class="btn btn-primary btn-xs">OK</button></div>
<script src="https://static-assets-us.libcal.example/js/jquery-3.7.1.min.js"></script>
<script src="https://static-assets-us.libcal.example/js3.21.3/lc_public_calendar.min.js"></script>
</body>
</html>"""


@nineteenth
def build_oakhollow_library() -> None:
    s = Site(
        "oakhollow-library",
        kind="library events & classes calendar (Springshare LibCal 2024–25 week list: day h2 groups of div.media.s-lc-c-evt, dl.dl-horizontal Time / Location / Presenter / Audience / Categories, seats-left badges, Cancelled labels)",
        start=_oh_href(1).lstrip("/"),
        description=(
            "A public library's 'Events & Classes' calendar on Springshare LibCal (Bootstrap 3, s-lc- classes), the week list view "
            "for three weeks of March 2025. Each day is a div.s-lc-c-day with an h2 'Monday, March 10, 2025' (the only place the "
            "date is shown; empty days say 'There are no events scheduled for this day.'); each event is a div.media.s-lc-c-evt "
            "with data-event-id, a lazy image with an empty alt, h3.s-lc-c-evt-title with the title link to /event/N (a "
            "'Cancelled' label before it on one, an 'Online event' label after it on online ones), a dl.dl-horizontal of 'Time:' "
            "'10:00am - 11:30am', 'Location:' 'Central Library - Makerspace' or 'Online', an optional 'Presenter:', 'Audience:' "
            "'Adults, Seniors' (comma-joined text) and 'Categories:' links, a short description with a 'More info' link, and a "
            "registration line: 'Registration required' + a '4 seats left' badge + a Register button (sr-only 'for <title>'), "
            "'Registration is full' + 'Join waiting list', or 'No registration required'. Noise: a site alert, LibApps header nav, "
            "breadcrumbs, an intro paragraph, a Featured Events panel repeating three event titles and links (one from a later "
            "week), a Day / Week / Month / Grid view switcher, the week range heading and an 'N events' count, a mini calendar "
            "with a link per day, filter form (location and audience selects, category checkboxes), Subscribe iCal / RSS links, a "
            "footer with hours, a cookie notice. Pagination: 'Previous week' / 'Next week' buttons (top and bottom) over "
            "calendar/events?cid=5181&t=w&d=<Monday>&cal=5181&inc=0; Previous is a disabled button on week one and Next on "
            "week three. Written down: title, url, date, time, location, presenter, "
            "audience (list), categories (list), registration, seats_left, status ('Cancelled')."
        ),
    )
    weeks = chunks(OH_EVENTS, OH_SIZES)
    for number, events in enumerate(weeks, 1):
        assert all(OH_WEEK1 + timedelta(weeks=number - 1) <= e.day < OH_WEEK1 + timedelta(weeks=number) for e in events)
        s.list_page(_oh_href(number).lstrip("/").replace("?", "@"), _oh_page(number, len(weeks), events))
    for e in OH_EVENTS:
        registration = (
            None if e.cancelled else {"Drop-in": "No registration required"}.get(e.registration, e.registration)
        )
        s.expect(
            {
                "title": e.title,
                "url": e.url,
                "date": e.day.isoformat(),
                "time": e.time,
                "location": e.location,
                "presenter": e.presenter,
                "audience": list(e.audience),
                "categories": list(e.categories),
                "registration": registration,
                "seats_left": e.seats if e.registration == "Registration required" and not e.cancelled else None,
                "status": "Cancelled" if e.cancelled else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in NINETEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
