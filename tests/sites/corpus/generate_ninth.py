"""Ninth wave of open corpus sites (issue #3): copies of how five more well-known site families mark up
their lists as they served them in 2024–2025: GitHub's Trending page (``article.Box-row`` with an
"owner / name" heading link, a description missing on some, ``span[itemprop=programmingLanguage]``
beside a colour dot, star and fork links holding an octicon and a bare number, "Built by" avatars and
"1,234 stars this week"; date-range, language and spoken-language menus; one page), an arXiv
``/list/<cat>/recent`` listing (``dl#articles`` per announcement day under an ``h3`` "Fri, 15 Nov 2024
(showing first 8 of 8 entries)", ``dt`` with "arXiv:2411.09812" and "[pdf, html, other]", ``dd >
div.meta`` with "Title:" / "Comments:" / "Journal-ref:" / "Subjects:" descriptor spans, author links;
``?skip=N&show=10`` pages and the day index linking into them), a Wikipedia "List of …" sortable
wikitable (Vector 2022: rowspan cells for ties and twin towers, flag icons, hidden ``data-sort-value``
spans and a ``display:none`` sort key, footnote references, a Notes column, a caption, a second
timeline table), a Walmart search page (Next.js: ``div[data-item-id]`` cards of utility and hashed
classes, the price for screen readers and as split visible digits, "Was" prices, "4.5 out of 5 Stars.
1234 reviews", Sponsored cards, fulfilment badges, the same items in ``__NEXT_DATA__``, ``&page=N``)
and Google Scholar results (``div.gs_r.gs_or.gs_scl > div.gs_ri``: ``h3.gs_rt`` with [PDF] / [BOOK] /
[HTML] / [CITATION] marks, the ``gs_a`` author – source – publisher line, highlighted ``gs_rs`` snippets,
"Cited by N" / "Related articles" / "All N versions" in ``gs_fl``, side [PDF] links, a user-profiles box,
``&start=N`` pages).

Run ``uv run python tests/sites/corpus/generate_ninth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**. They
were written, and measured, before any heuristic was changed for them.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

NINTH: dict[str, Callable[[], None]] = {}


def ninth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    NINTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _plain(marked: str) -> str:
    """The text a reader sees of a string whose highlights are written ``[[word]]``."""
    return marked.replace("[[", "").replace("]]", "")


def _bold(marked: str) -> str:
    """``[[word]]`` → ``<b>word</b>`` (the rest escaped)."""
    return esc(marked).replace("[[", "<b>").replace("]]", "</b>")


# ---------------------------------------------------------------------------------------------------
# octotrend: GitHub's Trending page (2024–2025, logged out, /trending?since=weekly). A div.Box whose
# header holds the Repositories / Developers subnav and three select menus (spoken language, language,
# date range); then one article.Box-row per repository: a float-right Sponsor / Star button group, an
# h2.h3 > a.Link with the repo octicon and "<span class=text-normal>owner /</span> name" on separate
# lines, p.col-9 description (absent on some, g-emoji on some), div.f6 with the language (a colour dot
# span + span[itemprop=programmingLanguage], absent on some), stars and forks as a.Link--muted holding
# an octicon svg and a bare "12,345", a "Built by" span of avatar links (img alt "@login"), and
# "1,234 stars this week" after a star octicon. The logged-out marketing header with its mega menus,
# the Explore subnav and the footer around it. One page: the real page is not paginated.
# ---------------------------------------------------------------------------------------------------

OT_HOST = "https://octotrend.example"
OT_STAR = '<path d="M8 .25a.75.75 0 0 1 .673.418l1.882 3.815 4.21.612a.75.75 0 0 1 .416 1.279l-3.046 2.97.719 4.192a.751.751 0 0 1-1.088.791L8 12.347l-3.766 1.98a.75.75 0 0 1-1.088-.79l.72-4.194L.818 6.374a.75.75 0 0 1 .416-1.28l4.21-.611L7.327.668A.75.75 0 0 1 8 .25Zm0 2.445L6.615 5.5a.75.75 0 0 1-.564.41l-3.097.45 2.24 2.184a.75.75 0 0 1 .216.664l-.528 3.084 2.769-1.456a.75.75 0 0 1 .698 0l2.77 1.456-.53-3.084a.75.75 0 0 1 .216-.664l2.24-2.183-3.096-.45a.75.75 0 0 1-.564-.41L8 2.694Z"></path>'
OT_FORK = '<path d="M5 5.372v.878c0 .414.336.75.75.75h4.5a.75.75 0 0 0 .75-.75v-.878a2.25 2.25 0 1 1 1.5 0v.878a2.25 2.25 0 0 1-2.25 2.25h-1.5v2.128a2.251 2.251 0 1 1-1.5 0V8.5h-1.5A2.25 2.25 0 0 1 3.5 6.25v-.878a2.25 2.25 0 1 1 1.5 0ZM5 3.25a.75.75 0 1 0-1.5 0 .75.75 0 0 0 1.5 0Zm6.75.75a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Zm-3 8.75a.75.75 0 1 0-1.5 0 .75.75 0 0 0 1.5 0Z"></path>'
OT_REPO = '<path d="M2 2.5A2.5 2.5 0 0 1 4.5 0h8.75a.75.75 0 0 1 .75.75v12.5a.75.75 0 0 1-.75.75h-2.5a.75.75 0 0 1 0-1.5h1.75v-2h-8a1 1 0 0 0-.714 1.7.75.75 0 1 1-1.072 1.05A2.495 2.495 0 0 1 2 11.5Zm10.5-1h-8a1 1 0 0 0-1 1v6.708A2.486 2.486 0 0 1 4.5 9h8ZM5 12.25a.25.25 0 0 1 .25-.25h3.5a.25.25 0 0 1 .25.25v3.25a.25.25 0 0 1-.4.2l-1.45-1.087a.249.249 0 0 0-.3 0L5.4 15.7a.25.25 0 0 1-.4-.2Z"></path>'
OT_HEART = '<path d="m8 14.25.345.666a.75.75 0 0 1-.69 0l-.008-.004-.018-.01a7.152 7.152 0 0 1-.31-.17 22.055 22.055 0 0 1-3.434-2.414C2.045 10.731 0 8.35 0 5.5 0 2.836 2.086 1 4.25 1 5.797 1 7.153 1.802 8 3.02 8.847 1.802 10.203 1 11.75 1 13.914 1 16 2.836 16 5.5c0 2.85-2.045 5.231-3.885 6.818a22.066 22.066 0 0 1-3.744 2.584l-.018.01-.006.003h-.002ZM4.25 2.5c-1.336 0-2.75 1.164-2.75 3 0 2.15 1.58 4.144 3.365 5.682A20.58 20.58 0 0 0 8 13.393a20.58 20.58 0 0 0 3.135-2.211C12.92 9.644 14.5 7.65 14.5 5.5c0-1.836-1.414-3-2.75-3-1.373 0-2.609.986-3.029 2.456a.749.749 0 0 1-1.442 0C6.859 3.486 5.623 2.5 4.25 2.5Z"></path>'
OT_COLORS = {
    "Python": "#3572A5",
    "TypeScript": "#3178c6",
    "Rust": "#dea584",
    "Go": "#00ADD8",
    "C++": "#f34b7d",
    "JavaScript": "#f1e05a",
    "Jupyter Notebook": "#DA5B0B",
    "Shell": "#89e051",
    "Swift": "#F05138",
    "Zig": "#ec915c",
    "C": "#555555",
    "Kotlin": "#A97BFF",
    "Java": "#b07219",
    "Dart": "#00B4AB",
}
# (owner, name, description or None (":emoji:" marks a g-emoji), language or None, stars, forks,
#  stars this week, builders, sponsorable)
TRENDING: list[tuple[str, str, str | None, str | None, int, int, int, list[str], bool]] = [
    (
        "deepmesh-ai",
        "flashkv",
        "Fast KV-cache compression kernels for long-context LLM inference on consumer GPUs.",
        "Python",
        18423,
        1204,
        6211,
        ["liwei-k", "mbenali", "sora-t", "deepmesh-bot"],
        False,
    ),
    (
        "harborlabs",
        "tideflow",
        ":rocket: A workflow engine for durable AI agents: retries, memory and human-in-the-loop steps as plain TypeScript functions.",
        "TypeScript",
        9876,
        612,
        4102,
        ["jkowal", "anyaferrer", "tpham"],
        True,
    ),
    (
        "quillsh",
        "quill",
        "A terminal file manager written in Rust, with image previews and async I/O.",
        "Rust",
        31204,
        987,
        2876,
        ["eshen", "h-vogel", "ramona-dev", "kt-mori", "ggarnier"],
        True,
    ),
    (
        "open-voxel",
        "voxtral-asr",
        "Streaming speech recognition in 40 languages that runs on a laptop CPU.",
        "Python",
        5311,
        402,
        2634,
        ["pmarchetti", "aslan-y"],
        False,
    ),
    (
        "brightwire",
        "awesome-mcp-servers",
        "A curated list of Model Context Protocol servers, clients and tools.",
        None,
        14560,
        1788,
        2410,
        ["brightwire", "olumide-a", "c-lindqvist"],
        False,
    ),
    (
        "kestrel-db",
        "kestrel",
        "Embedded time-series database for edge devices. Single binary, SQL, built-in downsampling.",
        "Go",
        7742,
        298,
        1987,
        ["nadia-ks", "pvanrooy"],
        True,
    ),
    (
        "facetlabs",
        "splat-studio",
        "Edit and render Gaussian splats in the browser with WebGPU.",
        "TypeScript",
        3321,
        187,
        1765,
        ["m-okafor", "yjiang", "facetlabs-ci"],
        False,
    ),
    ("rosalind-ml", "protofold-lite", None, "Jupyter Notebook", 2987, 341, 1598, ["rtamura", "ebrennan"], False),
    (
        "ziglings-plus",
        "zbuild",
        "A fast, hermetic build system for C, C++ and Zig projects.",
        "Zig",
        4410,
        133,
        1421,
        ["a-novak", "sbrandt"],
        True,
    ),
    (
        "paperkite",
        "paperkite",
        "Self-hosted read-it-later app with highlights, full-text search and an e-reader sync.",
        "Go",
        12893,
        654,
        1307,
        ["lucie-b", "oyelaran", "dmitri-z", "paperkite-bot"],
        True,
    ),
    (
        "northwind-ui",
        "shadow-kit",
        "Copy-paste React components built on Radix and Tailwind CSS v4.",
        "TypeScript",
        22154,
        1421,
        1240,
        ["northwind-ui", "iris-q", "mateusz-p"],
        False,
    ),
    (
        "amberlang",
        "amber",
        "Amber: a language that compiles to Bash. Type safety for your shell scripts.",
        "Rust",
        6120,
        142,
        1119,
        ["ph-wojcik", "jm-ortega"],
        True,
    ),
    (
        "cellarhq",
        "dotfiles-bootstrap",
        "One command to set up a new Mac or Linux workstation: packages, shell, editor and secrets.",
        "Shell",
        2204,
        310,
        1003,
        ["cellarhq"],
        False,
    ),
    (
        "tinyllm-org",
        "tinyllm.c",
        "Train and run a 50M-parameter language model in pure C, no dependencies.",
        "C",
        15432,
        1675,
        987,
        ["vkarpov", "anand-s", "e-lindgren", "tinyllm-ci", "hwu"],
        False,
    ),
    (
        "swiftpeak",
        "Glide",
        "A lightweight, native macOS window manager with tiling layouts and keyboard-driven workspaces.",
        "Swift",
        8765,
        289,
        921,
        ["ohiroshi", "swiftpeak"],
        True,
    ),
    ("learn-systems", "build-your-own-db", None, None, 4321, 512, 880, ["r-adeyemi", "fcasals"], False),
    (
        "mapleproject",
        "maple-android",
        "Privacy-first Android keyboard with on-device next-word prediction.",
        "Kotlin",
        3654,
        233,
        812,
        ["inesrocha", "k-baptiste"],
        False,
    ),
    (
        "hollowbyte",
        "ghost-proxy",
        "HTTP/3 reverse proxy with automatic certificates and a one-page config.",
        "Go",
        10987,
        498,
        777,
        ["hollowbyte", "s-ivanova", "tjames"],
        True,
    ),
    (
        "labelforge",
        "labelforge",
        "Open-source data labelling for images, audio and text, with model-assisted pre-labels.",
        "Python",
        27610,
        2890,
        734,
        ["labelforge-bot", "noor-h", "b-fischer", "akinyi-m"],
        False,
    ),
    (
        "qubitworks",
        "qsim-lite",
        "A state-vector quantum circuit simulator with a NumPy-like API.",
        "C++",
        1987,
        121,
        698,
        ["l-moreau", "jpark"],
        False,
    ),
    (
        "oakstream",
        "oak-wiki",
        "Personal wiki that lives in a Git repository. Markdown in, static site out.",
        "JavaScript",
        5432,
        389,
        654,
        ["oakstream", "petra-h"],
        True,
    ),
    (
        "dartforge",
        "riverpod-studio",
        "Visual inspector for Riverpod providers in Flutter apps.",
        "Dart",
        1543,
        87,
        611,
        ["m-silva", "dartforge"],
        False,
    ),
    (
        "sealion-sec",
        "sealion",
        "Scan container images and SBOMs for known vulnerabilities, offline.",
        "Java",
        2876,
        204,
        589,
        ["h-lund", "sealion-sec", "kfaraj"],
        False,
    ),
    (
        "fjordcode",
        "fjord-notes",
        ":memo: Lecture notes and exercises for a university course on distributed systems.",
        None,
        3198,
        644,
        556,
        ["fjordcode"],
        False,
    ),
    (
        "pixelmoss",
        "moss",
        "Generative pixel-art sprites from text prompts, with palette control and animation frames.",
        "Python",
        2765,
        176,
        512,
        ["a-ito", "pixelmoss", "gvalli"],
        True,
    ),
]
OT_EMOJI = {":rocket:": ("rocket", "1f680", "\U0001f680"), ":memo:": ("memo", "1f4dd", "\U0001f4dd")}


def _ot_uid(login: str) -> int:
    """A stable fake user id for avatar URLs."""
    return 1_000_000 + sum(ord(c) * (i + 7) for i, c in enumerate(login)) * 97 % 90_000_000


def _ot_text(description: str) -> str:
    """The description as the reader sees it (g-emoji shortcodes rendered as characters)."""
    for code, (_alias, _hex, char) in OT_EMOJI.items():
        description = description.replace(code, char)
    return description


def _ot_html(description: str) -> str:
    out = esc(description)
    for code, (alias, hexcode, char) in OT_EMOJI.items():
        out = out.replace(
            code,
            f'<g-emoji class="g-emoji" alias="{alias}" fallback-src="https://github.githubassets.com/assets/{hexcode}-5c8f2f8d.png">{char}</g-emoji>',
        )
    return out


def _ot_svg(path: str, cls: str, label: str | None = None, mr: str = "") -> str:
    aria = f'aria-label="{label}" role="img"' if label else 'aria-hidden="true"'
    return f'<svg {aria} height="16" viewBox="0 0 16 16" version="1.1" width="16" data-view-component="true" class="octicon {cls}{mr}">\n    {path}\n</svg>'


def _ot_row(rank: int, item: tuple[Any, ...]) -> str:
    owner, name, description, language, stars, forks, week, builders, sponsorable = item
    full = f"{owner}/{name}"
    hydro = esc(
        json.dumps(
            {
                "event_type": "explore.click",
                "payload": {
                    "click_context": "TRENDING_REPOSITORIES_PAGE",
                    "click_target": "REPOSITORY",
                    "click_visual_representation": "REPOSITORY_NAME_HEADING",
                    "actor_id": None,
                    "record_id": 700_000_000 + rank * 131,
                    "originating_url": f"{OT_HOST}/trending?since=weekly",
                    "user_id": None,
                },
            },
            separators=(",", ":"),
        )
    )
    sponsor = (
        f"""<a aria-label="Sponsor @{owner}" data-hydro-click="{hydro}" data-hydro-click-hmac="{rank:02d}a9c4f7e1b3d5" href="/sponsors/{owner}" data-view-component="true" class="Button--secondary Button--small Button mr-2">  <span class="Button-content">
    <span class="Button-visual Button-leadingVisual">
      {_ot_svg(OT_HEART, "octicon-heart icon-sponsor", None, "")}
    </span>
  <span class="Button-label">Sponsor</span>
  </span>
</a>"""
        if sponsorable
        else ""
    )
    desc_html = (
        f"""
  <p class="col-9 color-fg-muted my-1 pr-4">
    {_ot_html(description)}
  </p>
"""
        if description
        else ""
    )
    lang_html = (
        f"""
      <span class="d-inline-block ml-0 mr-3">
  <span class="repo-language-color" style="background-color: {OT_COLORS[language]}"></span>
  <span itemprop="programmingLanguage">{esc(language)}</span>
</span>
"""
        if language
        else ""
    )
    avatars = "\n".join(
        f'          <a class="d-inline-block" data-hydro-click="{hydro}" data-hydro-click-hmac="{rank:02d}b{n}0e2" href="/{b}"><img class="avatar mb-1 avatar-user" src="https://avatars.octotrend-cdn.example/u/{_ot_uid(b)}?s=40&amp;v=4" width="20" height="20" alt="@{b}" /></a>'
        for n, b in enumerate(builders)
    )
    return f"""
    <article class="Box-row">
  <div class="float-right d-flex">
      {sponsor}

    <div data-view-component="true" class="BtnGroup d-flex">
      <a href="/login?return_to=%2F{owner}%2F{name}" rel="nofollow" data-hydro-click="{hydro}" data-hydro-click-hmac="{rank:02d}c1d8e3" aria-label="You must be signed in to star a repository" data-view-component="true" class="tooltipped tooltipped-sw btn-sm btn">    {_ot_svg(OT_STAR, "octicon-star", None, " d-inline-block mr-2")}Star
</a>
</div>
  </div>

  <h2 class="h3 lh-condensed">
    <a data-hydro-click="{hydro}" data-hydro-click-hmac="{rank:02d}d7f0a1" href="/{full}" data-view-component="true" class="Link">
      {_ot_svg(OT_REPO, "octicon-repo", None, " mr-1 color-fg-muted")}

      <span data-view-component="true" class="text-normal">
        {esc(owner)} /
</span>
      {esc(name)}
</a>  </h2>
{desc_html}
  <div class="f6 color-fg-muted mt-2">
{lang_html}
      <a href="/{full}/stargazers" data-view-component="true" class="Link Link--muted d-inline-block mr-3">
        {_ot_svg(OT_STAR, "octicon-star", "star")}
        {stars:,}
</a>
      <a href="/{full}/forks" data-view-component="true" class="Link Link--muted d-inline-block mr-3">
        {_ot_svg(OT_FORK, "octicon-repo-forked", "fork")}
        {forks:,}
</a>
      <span data-view-component="true" class="d-inline-block mr-3">
        Built by

{avatars}
</span>
      <span class="d-inline-block float-sm-right">
        {_ot_svg(OT_STAR, "octicon-star", None)}
        {week:,} stars this week
      </span>
  </div>
</article>"""


def _ot_menu_item(href: str, text: str, checked: bool) -> str:
    return f"""            <a class="select-menu-item" aria-checked="{str(checked).lower()}" role="menuitemradio" href="{href}" data-turbo-frame="repo-search-results">
              <svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" data-view-component="true" class="octicon octicon-check select-menu-item-icon"><path d="M13.78 4.22a.75.75 0 0 1 0 1.06l-7.25 7.25a.75.75 0 0 1-1.06 0L2.22 9.28a.751.751 0 0 1 .018-1.042.751.751 0 0 1 1.042-.018L6 10.94l6.72-6.72a.75.75 0 0 1 1.06 0Z"></path></svg>
              <span class="select-menu-item-text" data-menu-button-text>{esc(text)}</span>
            </a>"""


def _ot_page() -> str:
    rows = "\n".join(_ot_row(n, item) for n, item in enumerate(TRENDING, 1))
    spoken = "\n".join(
        _ot_menu_item(f"/trending?since=weekly&amp;spoken_language_code={code}", text, False)
        for code, text in (
            ("zh", "Chinese"),
            ("en", "English"),
            ("fr", "French"),
            ("de", "German"),
            ("ja", "Japanese"),
            ("ko", "Korean"),
            ("pt", "Portuguese"),
            ("ru", "Russian"),
            ("es", "Spanish"),
        )
    )
    languages = "\n".join(
        _ot_menu_item(f"/trending/{quote_plus(lang.lower().replace(' ', '-'))}?since=weekly", lang, False)
        for lang in (
            "C",
            "C#",
            "C++",
            "CSS",
            "Dart",
            "Go",
            "HTML",
            "Java",
            "JavaScript",
            "Jupyter Notebook",
            "Kotlin",
            "PHP",
            "Python",
            "Ruby",
            "Rust",
            "Shell",
            "Swift",
            "TypeScript",
            "Vue",
            "Zig",
        )
    )
    ranges = "\n".join(
        _ot_menu_item(f"/trending?since={since}", text, since == "weekly")
        for since, text in (("daily", "Today"), ("weekly", "This week"), ("monthly", "This month"))
    )
    mega = "\n".join(
        f"""          <li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item">
            <button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">{title}<svg opacity="0.5" aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" data-view-component="true" class="octicon octicon-chevron-down HeaderMenu-icon ml-1"><path d="M12.78 5.22a.749.749 0 0 1 0 1.06l-4.25 4.25a.749.749 0 0 1-1.06 0L3.22 6.28a.749.749 0 1 1 1.06-1.06L8 8.939l3.72-3.719a.749.749 0 0 1 1.06 0Z"></path></svg></button>
            <div class="HeaderMenu-dropdown dropdown-menu rounded m-0 p-0 pt-2 pt-lg-4 position-relative position-lg-absolute left-0 left-lg-n3 pb-2 pb-lg-4 d-lg-flex flex-wrap dropdown-menu-wide">
              <div class="HeaderMenu-column px-lg-4 border-lg-right mb-4 mb-lg-0 pr-lg-7">
                <ul class="list-style-none f5">
{"".join(f'                  <li><a class="HeaderMenu-dropdown-link d-block no-underline position-relative py-2 Link--secondary d-flex flex-items-center Link--has-description pb-lg-3" data-analytics-event="{{&quot;location&quot;:&quot;navbar&quot;,&quot;action&quot;:&quot;{slug(t)}&quot;,&quot;context&quot;:&quot;{slug(title)}&quot;,&quot;tag&quot;:&quot;link&quot;,&quot;label&quot;:&quot;{slug(t)}_link_{slug(title)}_navbar&quot;}}" href="{h}"><div><div class="color-fg-default h4">{t}</div>{d}</div></a></li>{chr(10)}' for t, h, d in links)}                </ul>
              </div>
            </div>
          </li>"""
        for title, links in (
            (
                "Product",
                [
                    ("GitHub Copilot", "/features/copilot", "Write better code with AI"),
                    ("Security", "/features/security", "Find and fix vulnerabilities"),
                    ("Actions", "/features/actions", "Automate any workflow"),
                    ("Codespaces", "/features/codespaces", "Instant dev environments"),
                    ("Issues", "/features/issues", "Plan and track work"),
                    ("Code Review", "/features/code-review", "Manage code changes"),
                ],
            ),
            (
                "Solutions",
                [
                    ("Enterprises", "/enterprise", "By company size"),
                    ("Startups", "/team", "For small teams"),
                    ("DevSecOps", "/solutions/use-case/devsecops", "By use case"),
                    ("Healthcare", "/solutions/industry/healthcare", "By industry"),
                ],
            ),
            (
                "Resources",
                [
                    ("AI", "/resources/articles/ai", "Topics"),
                    ("DevOps", "/resources/articles/devops", "Topics"),
                    ("Learning Pathways", "https://resources.octotrend.example/learn/pathways", "Explore"),
                    ("Customer Stories", "/customer-stories", "Explore"),
                ],
            ),
            (
                "Open Source",
                [
                    ("GitHub Sponsors", "/sponsors", "Fund open source developers"),
                    ("The ReadME Project", "/readme", "GitHub community articles"),
                    ("Topics", "/topics", "Repositories"),
                    ("Trending", "/trending", "Repositories"),
                    ("Collections", "/collections", "Repositories"),
                ],
            ),
        )
    )
    return f"""<!DOCTYPE html>
<html
  lang="en"
  data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"
  data-a11y-animated-images="system" data-a11y-link-underlines="true"
  >
  <head>
    <meta charset="utf-8">
  <link rel="dns-prefetch" href="https://github.githubassets.com">
  <link rel="dns-prefetch" href="https://avatars.octotrend-cdn.example">
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/light-0cfd1fd8509e.css" /><link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/dark-d782f59290e2.css" />
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-primitives-dc7ca6859caf.css" />
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-c3b5e8e1f2ba.css" />
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/global-3f9e1d9cfb0a.css" />
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/github-7a4b1e7e5c3d.css" />
  <script type="application/json" id="client-env">{{"locale":"en","featureFlags":["copilot_new_references","primer_react_select_panel_with_modern_action_list","marketing_pages_search_explore_provider"]}}</script>
  <script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-6f1b3b8d2a4e.js"></script>
  <script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/vendors-node_modules_oddbird_popover-polyfill_dist_popover_js-9da652f58479.js"></script>
  <script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/github-elements-394f8eb34f19.js"></script>
  <script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/explore-2ab0d3c1b8f4.js"></script>
  <title>Trending  repositories on OctoTrend this week</title>
  <meta name="description" content="OctoTrend is where over 100 million developers shape the future of software, together. Contribute to the open source community, manage your Git repositories, review code like a pro, track bugs and features, power your CI/CD and DevOps workflows, and secure code before you commit it.">
  <meta name="route-pattern" content="/trending(/:language)(.:format)" data-turbo-transient>
  <meta name="route-controller" content="trending" data-turbo-transient>
  <meta name="route-action" content="index" data-turbo-transient>
  <meta name="current-catalog-service-hash" content="2e4a9c1f8b3d7e6a5c0f">
  <meta name="request-id" content="C4E2:3B1F1:9A2E4D:A1C3F2:6750A1B4" data-pjax-transient="true"/>
  <meta name="viewport" content="width=device-width">
  <meta property="og:image" content="https://github.githubassets.com/assets/trending-og-image.png" /><meta property="og:site_name" content="OctoTrend" /><meta property="og:type" content="object" /><meta property="og:title" content="Build software better, together" /><meta property="og:url" content="{OT_HOST}/trending?since=weekly" /><meta property="og:description" content="OctoTrend is where people build software." />
  <link rel="assets" href="https://github.githubassets.com/">
  <meta name="hostname" content="octotrend.example">
  <meta name="expected-hostname" content="octotrend.example">
  <link rel="canonical" href="{OT_HOST}/trending" data-turbo-transient>
  <meta name="turbo-cache-control" content="no-preview" data-turbo-transient="">
  <meta name="theme-color" content="#1e2327">
  <link rel="manifest" href="/manifest.json" crossOrigin="use-credentials">
  </head>

  <body class="logged-out env-production page-responsive header-overlay header-overlay-fixed js-header-overlay-fixed" style="word-wrap: break-word;">
    <div data-turbo-body class="logged-out env-production page-responsive header-overlay header-overlay-fixed js-header-overlay-fixed" style="word-wrap: break-word;">
    <div class="position-relative header-wrapper js-header-wrapper ">
      <a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
      <span data-view-component="true" class="progress-pjax-loader Progress position-fixed width-full"><span style="width: 0%;" data-view-component="true" class="Progress-item progress-pjax-loader-bar left-0 top-0 color-bg-accent-emphasis"></span></span>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-is-top="true" data-color-mode=light data-light-theme=light data-dark-theme=dark>
  <h2 class="sr-only">Navigation Menu</h2>
  <button type="button" class="HeaderMktg-backdrop d-lg-none border-0 position-fixed top-0 left-0 width-full height-full js-details-target" aria-label="Toggle navigation"><span class="d-none">Toggle navigation</span></button>
  <div class="d-flex flex-column flex-lg-row flex-items-center px-3 px-md-4 px-lg-5 height-full position-relative z-1">
    <div class="d-flex flex-justify-between flex-items-center width-full width-lg-auto">
      <div class="flex-1"><button aria-label="Toggle navigation" aria-expanded="false" type="button" data-view-component="true" class="js-details-target js-nav-padding-recalculate js-header-menu-toggle Button--link Button--medium Button d-lg-none color-fg-inherit p-1">  <span class="Button-content"><span class="Button-label"><div class="HeaderMenu-toggle-bar rounded my-1"></div><div class="HeaderMenu-toggle-bar rounded my-1"></div><div class="HeaderMenu-toggle-bar rounded my-1"></div></span></span></button></div>
      <a class="mr-lg-3 color-fg-inherit flex-order-2 js-prevent-focus-on-mobile-nav" href="/" aria-label="Homepage" data-analytics-event="{{&quot;category&quot;:&quot;Marketing nav&quot;,&quot;action&quot;:&quot;click to go to homepage&quot;,&quot;label&quot;:&quot;ref_page:Marketing;ref_cta:Logomark;ref_loc:Header&quot;}}">
        <svg height="32" aria-hidden="true" viewBox="0 0 24 24" version="1.1" width="32" data-view-component="true" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436.55.096.756-.233.756-.522 0-.262-.013-1.128-.013-2.049-2.764.509-3.479-.674-3.699-1.292-.124-.317-.66-1.293-1.127-1.554-.385-.207-.936-.715-.014-.729.866-.014 1.485.797 1.691 1.128.99 1.663 2.571 1.196 3.204.907.096-.715.385-1.196.701-1.471-2.448-.275-5.005-1.224-5.005-5.432 0-1.196.426-2.186 1.128-2.956-.111-.275-.496-1.402.11-2.915 0 0 .921-.288 3.024 1.128a10.193 10.193 0 0 1 2.75-.371c.936 0 1.871.123 2.75.371 2.104-1.43 3.025-1.128 3.025-1.128.605 1.513.221 2.64.111 2.915.701.77 1.127 1.747 1.127 2.956 0 4.222-2.571 5.157-5.019 5.432.399.344.743 1.004.743 2.035 0 1.471-.014 2.654-.014 3.025 0 .289.206.632.756.522C19.851 20.979 23 16.854 23 12c0-6.077-4.922-11-11-11Z"></path></svg>
      </a>
      <div class="flex-1 flex-order-2 text-right">
          <a href="/login?return_to=https%3A%2F%2Foctotrend.example%2Ftrending%3Fsince%3Dweekly" class="HeaderMenu-link HeaderMenu-button d-inline-flex d-lg-none flex-order-1 f5 no-underline border color-border-default rounded-2 px-2 py-1 color-fg-inherit js-prevent-focus-on-mobile-nav" data-hydro-click-hmac="a1" data-analytics-event="{{&quot;category&quot;:&quot;Marketing nav&quot;,&quot;action&quot;:&quot;click to Sign in&quot;,&quot;label&quot;:&quot;ref_page:/trending;ref_cta:Sign in;ref_loc:Header&quot;}}">Sign in</a>
      </div>
    </div>
    <div class="HeaderMenu js-header-menu height-fit position-lg-relative d-lg-flex flex-column flex-auto top-0">
      <div class="HeaderMenu-wrapper d-flex flex-column flex-self-start flex-lg-row flex-auto rounded rounded-lg-0">
        <nav class="HeaderMenu-nav" aria-label="Global">
          <ul class="d-lg-flex list-style-none">
{mega}
          <li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center js-details-container js-header-menu-item"><a class="HeaderMenu-link no-underline px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" data-analytics-event="{{&quot;location&quot;:&quot;navbar&quot;,&quot;action&quot;:&quot;pricing&quot;,&quot;context&quot;:&quot;pricing&quot;,&quot;tag&quot;:&quot;link&quot;,&quot;label&quot;:&quot;pricing_link_pricing_navbar&quot;}}" href="/pricing">Pricing</a></li>
          </ul>
        </nav>
        <div class="d-flex flex-column flex-lg-row width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0 text-lg-left ml-lg-3">
          <qbsearch-input class="search-input" data-scope="" data-custom-scopes-path="/search/custom_scopes" data-delete-custom-scopes-csrf="ZmFrZS10b2tlbg" data-max-custom-scopes="10" data-header-redesign-enabled="false" data-initial-value="" data-blackbird-suggestions-path="/search/suggestions" data-jump-to-suggestions-path="/_graphql/GetSuggestedNavigationDestinations" data-current-repository="" data-current-org="" data-current-owner="" data-logged-in="false">
            <div class="search-input-container search-with-dialog position-relative d-flex flex-row flex-items-center mr-4 rounded" data-action="click:qbsearch-input#searchInputContainerClicked">
              <button type="button" class="header-search-button placeholder  input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none" data-target="qbsearch-input.inputButton" aria-label="Search or jump to…" aria-haspopup="dialog" placeholder="Search or jump to..." data-hotkey=s,/ autocapitalize="off" data-action="click:qbsearch-input#handleExpand"><div class="mr-2 color-fg-muted"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" data-view-component="true" class="octicon octicon-search"><path d="M10.68 11.74a6 6 0 0 1-7.922-8.982 6 6 0 0 1 8.982 7.922l3.04 3.04a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215ZM11.5 7a4.499 4.499 0 1 0-8.997 0A4.499 4.499 0 0 0 11.5 7Z"></path></svg></div><span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span><div class="d-flex" data-target="qbsearch-input.hotkeyIndicator"><svg xmlns="http://www.w3.org/2000/svg" width="22" height="20" aria-hidden="true" class="mr-1"><path fill="none" stroke="#979A9C" opacity=".4" d="M3.5.5h12c1.7 0 3 1.3 3 3v13c0 1.7-1.3 3-3 3h-12c-1.7 0-3-1.3-3-3v-13c0-1.7 1.3-3 3-3z"></path><path fill="#979A9C" d="M11.8 6L8 15.1h-.9L10.8 6h1z"></path></svg></div></button>
            </div>
          </qbsearch-input>
          <div class="position-relative HeaderMenu-link-wrap d-lg-inline-block">
            <a href="/login?return_to=https%3A%2F%2Foctotrend.example%2Ftrending%3Fsince%3Dweekly" class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded rounded-lg-0 px-2 py-1" style="margin-left: 12px;" data-hydro-click-hmac="a2" data-analytics-event="{{&quot;category&quot;:&quot;Marketing nav&quot;,&quot;action&quot;:&quot;click to go to homepage&quot;,&quot;label&quot;:&quot;ref_page:Marketing;ref_cta:Sign in;ref_loc:Header&quot;}}">Sign in</a>
          </div>
          <a href="/signup?ref_cta=Sign+up&amp;ref_loc=header+logged+out&amp;ref_page=%2Ftrending&amp;source=header" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border color-border-default rounded px-2 py-1" data-hydro-click-hmac="a3" data-analytics-event="{{&quot;category&quot;:&quot;Sign up&quot;,&quot;action&quot;:&quot;click to sign up for account&quot;,&quot;label&quot;:&quot;ref_page:/trending;ref_cta:Sign up;ref_loc:header logged out&quot;}}">Sign up</a>
        </div>
      </div>
    </div>
  </div>
</header>
      <div hidden="hidden" data-view-component="true" class="js-stale-session-flash stale-session-flash flash flash-warn flash-full"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" data-view-component="true" class="octicon octicon-alert"><path d="M6.457 1.047c.659-1.234 2.427-1.234 3.086 0l6.082 11.378A1.75 1.75 0 0 1 14.082 15H1.918a1.75 1.75 0 0 1-1.543-2.575Z"></path></svg><span class="js-stale-session-flash-signed-in" hidden>You signed in with another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your session.</span><span class="js-stale-session-flash-signed-out" hidden>You signed out in another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your session.</span></div>
    </div>

  <div id="start-of-content" class="show-on-focus"></div>
  <div id="js-flash-container" class="flash-container" data-turbo-replace></div>

  <div class="application-main " data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled data-project-hovercards-enabled>
    <main>
  <div class="border-bottom color-border-muted color-bg-subtle">
    <nav class="d-flex flex-justify-center flex-wrap" aria-label="Explore">
      <a class="js-selected-navigation-item d-inline-block f5 py-3 px-3 color-fg-muted" data-selected-links="explore_main /explore" href="/explore">Explore</a>
      <a class="js-selected-navigation-item d-inline-block f5 py-3 px-3 color-fg-muted" data-selected-links="topics_path /topics" href="/topics">Topics</a>
      <a class="js-selected-navigation-item selected d-inline-block f5 py-3 px-3 color-fg-muted" aria-current="page" data-selected-links="trending_repositories_path /trending" href="/trending">Trending</a>
      <a class="js-selected-navigation-item d-inline-block f5 py-3 px-3 color-fg-muted" data-selected-links="collections_path /collections" href="/collections">Collections</a>
      <a class="js-selected-navigation-item d-inline-block f5 py-3 px-3 color-fg-muted" data-selected-links="events_path /events" href="/events">Events</a>
      <a class="js-selected-navigation-item d-inline-block f5 py-3 px-3 color-fg-muted" href="/sponsors/explore">OctoTrend Sponsors</a>
    </nav>
  </div>

  <div class="position-relative container-lg p-responsive pt-6">
    <div class="d-flex flex-column flex-lg-row flex-items-center flex-justify-between text-center text-lg-left">
      <div class="Subhead-heading">
        <h1 class="h1">Trending</h1>
        <p class="f4 color-fg-muted col-md-6 mx-auto mx-lg-0">
          See what the OctoTrend community is most excited about this week.
        </p>
      </div>
    </div>
  </div>

  <div class="position-relative container-lg p-responsive pt-6">
    <div class="Box">
      <div class="Box-header d-md-flex flex-items-center flex-justify-between">
        <nav class="subnav mb-0" aria-label="Trending">
          <a class="js-selected-navigation-item selected subnav-item" aria-current="page" data-selected-links="trending_repositories /trending" href="/trending">Repositories</a>
          <a class="js-selected-navigation-item subnav-item" data-selected-links="trending_developers /trending/developers" href="/trending/developers">Developers</a>
        </nav>

        <div class="d-sm-flex flex-items-center flex-md-justify-end mt-3 mt-md-0 table-list-header-toggle ml-n2 ml-md-0">
          <div class="position-relative mb-3 mb-sm-0">
            <details class="details-reset details-overlay select-menu select-menu-modal-right hx_rsm" id="select-menu-spoken-language">
              <summary class="select-menu-button btn-link" aria-haspopup="menu" role="button">
                Spoken Language:
                <span data-menu-button class="text-bold">
                  Any
                </span>
              </summary>
              <details-menu class="select-menu-modal position-absolute right-0" style="z-index: 99;" role="menu">
                <div class="select-menu-header d-flex">
                  <span class="select-menu-title flex-auto">Select a spoken language</span>
                </div>
                <div class="select-menu-filters">
                  <div class="select-menu-text-filter">
                    <input type="text" id="text-filter-field-spoken-language" class="form-control js-filterable-field js-navigation-enable" placeholder="Filter spoken languages" aria-label="Type or choose a spoken language" autofocus autocomplete="off">
                  </div>
                </div>
                <div class="select-menu-list">
                  <div data-filterable-for="text-filter-field-spoken-language" data-filterable-type="substring">
{spoken}
                  </div>
                </div>
              </details-menu>
            </details>
          </div>

          <div class="position-relative mb-3 mb-sm-0">
            <details class="details-reset details-overlay select-menu select-menu-modal-right hx_rsm" id="select-menu-language">
              <summary class="select-menu-button btn-link" aria-haspopup="menu" role="button">
                Language:
                <span data-menu-button class="text-bold">
                  Any
                </span>
              </summary>
              <details-menu class="select-menu-modal position-absolute right-0" style="z-index: 99;" role="menu">
                <div class="select-menu-header d-flex">
                  <span class="select-menu-title flex-auto">Select a language</span>
                </div>
                <div class="select-menu-filters">
                  <div class="select-menu-text-filter">
                    <input type="text" id="text-filter-field" class="form-control js-filterable-field js-navigation-enable" placeholder="Filter languages" aria-label="Type or choose a language" autofocus autocomplete="off">
                  </div>
                </div>
                <div class="select-menu-list">
                  <div data-filterable-for="text-filter-field" data-filterable-type="substring">
                    <a class="select-menu-item" aria-checked="false" role="menuitemradio" href="/trending/unknown?since=weekly"><span class="select-menu-item-text" data-menu-button-text>Unknown languages</span></a>
{languages}
                  </div>
                </div>
              </details-menu>
            </details>
          </div>

          <div class="position-relative mb-3 mb-sm-0">
            <details class="details-reset details-overlay select-menu select-menu-modal-right hx_rsm">
              <summary class="select-menu-button btn-link" aria-haspopup="menu" role="button">
                Date range:
                <span data-menu-button class="text-bold">
                  This week
                </span>
              </summary>
              <details-menu class="select-menu-modal position-absolute right-0" style="z-index: 99;" role="menu">
                <div class="select-menu-header">
                  <span class="select-menu-title">Adjust time span</span>
                </div>
                <div class="select-menu-list">
{ranges}
                </div>
              </details-menu>
            </details>
          </div>
        </div>
      </div>

      <div data-hpc>
{rows}
      </div>
    </div>
  </div>
    </main>
  </div>

  <footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo">
    <h2 class="sr-only">Footer</h2>
    <div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap">
      <div class="d-flex flex-items-center flex-shrink-0 mx-2">
        <a aria-label="Homepage" title="OctoTrend" class="footer-octicon mr-2" href="/"><svg aria-hidden="true" height="24" viewBox="0 0 24 24" version="1.1" width="24" data-view-component="true" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436Z"></path></svg></a>
        <span>&copy; 2025 OctoTrend,&nbsp;Inc.</span>
      </div>
      <nav aria-label="Footer">
        <h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
        <ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">
          <li class="mx-2"><a data-analytics-event="{{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to Terms&quot;,&quot;label&quot;:&quot;text:terms&quot;}}" href="https://docs.octotrend.example/site-policy/terms" data-view-component="true" class="Link--secondary Link">Terms</a></li>
          <li class="mx-2"><a data-analytics-event="{{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to privacy&quot;,&quot;label&quot;:&quot;text:privacy&quot;}}" href="https://docs.octotrend.example/site-policy/privacy" data-view-component="true" class="Link--secondary Link">Privacy</a></li>
          <li class="mx-2"><a data-analytics-event="{{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to security&quot;,&quot;label&quot;:&quot;text:security&quot;}}" href="/security" data-view-component="true" class="Link--secondary Link">Security</a></li>
          <li class="mx-2"><a data-analytics-event="{{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to status&quot;,&quot;label&quot;:&quot;text:status&quot;}}" href="https://www.octotrendstatus.example/" data-view-component="true" class="Link--secondary Link">Status</a></li>
          <li class="mx-2"><a data-analytics-event="{{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to docs&quot;,&quot;label&quot;:&quot;text:docs&quot;}}" href="https://docs.octotrend.example/" data-view-component="true" class="Link--secondary Link">Docs</a></li>
          <li class="mx-2"><a data-analytics-event="{{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to contact&quot;,&quot;label&quot;:&quot;text:contact&quot;}}" href="https://support.octotrend.example?tags=dotcom-footer" data-view-component="true" class="Link--secondary Link">Contact</a></li>
          <li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent" data-action="click:cookie-consent-link#showConsentManagement" data-analytics-event="{{&quot;location&quot;:&quot;footer&quot;,&quot;action&quot;:&quot;cookies&quot;,&quot;context&quot;:&quot;subfooter&quot;,&quot;tag&quot;:&quot;link&quot;,&quot;label&quot;:&quot;cookies_link_subfooter_footer&quot;}}">Manage cookies</button></cookie-consent-link></li>
          <li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent" data-action="click:cookie-consent-link#showConsentManagement">Do not share my personal information</button></cookie-consent-link></li>
        </ul>
      </nav>
    </div>
  </footer>

  <div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>
    <svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" data-view-component="true" class="octicon octicon-alert"><path d="M6.457 1.047c.659-1.234 2.427-1.234 3.086 0Z"></path></svg>
    <button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" data-view-component="true" class="octicon octicon-x"><path d="M3.72 3.72a.75.75 0 0 1 1.06 0Z"></path></svg></button>
    You can’t perform that action at this time.
  </div>
  <template id="site-details-dialog"><details class="details-reset details-overlay details-overlay-dark lh-default color-fg-default hx_rsm" open><summary role="button" aria-label="Close dialog"></summary></details></template>
  <div class="Popover js-hovercard-content position-absolute" style="display: none; outline: none;"><div class="Popover-message Popover-message--bottom-left Popover-message--large Box color-shadow-large" style="width:360px;"></div></div>
  <div class="sr-only" aria-live="polite" aria-atomic="true"></div>
  <div class="sr-only" aria-live="assertive" aria-atomic="true"></div>
    </div>
  </body>
</html>"""


@ninth
def build_octotrend() -> None:
    s = Site(
        "octotrend",
        kind="trending repositories (GitHub Trending 2024–25: Box-row articles, 'owner /' in a text-normal span, octicon star/fork links with bare numbers, 'stars this week', date-range menus)",
        start="trending?since=weekly",
        description="GitHub's Trending page as served to logged-out visitors (2024–2025), /trending?since=weekly: the marketing header with mega menus, the Explore subnav, a Box whose header holds the Repositories / Developers subnav and the spoken-language, language and date-range select menus; article.Box-row per repository: a float-right Sponsor (on some) / Star button group, h2.h3 > a.Link with a repo octicon and '<span class=text-normal>owner /</span> name' across lines, p.col-9 description (absent on some, g-emoji on some), div.f6 with the language (colour-dot span + span[itemprop=programmingLanguage], absent on some), stars and forks as a.Link--muted holding an octicon svg (aria-label star / fork) and a bare '12,345', 'Built by' with avatar links (img alt '@login'), '1,234 stars this week' after a star octicon; one page.",
    )
    s.list_page("trending@since=weekly", _ot_page())
    for owner, name, description, language, stars, forks, week, _builders, _sponsor in TRENDING:
        s.expect(
            {
                "title": f"{owner} / {name}",
                "url": f"/{owner}/{name}",
                "description": _ot_text(description) if description else None,
                "language": language,
                "stars": stars,
                "forks": forks,
                "stars_this_week": week,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# xarchive: an arXiv listing, /list/cs.DL/recent?skip=0&show=10 (the 2024 browse templates): the
# breadcrumb header with the search form, h1 "Digital Libraries", "Authors and titles for recent
# submissions", a ul of announcement days linking to ?skip=N&show=10 (where that day starts: other
# windows over the same entries), div.paging "Total of 26 entries : <span>1-10</span> <a>11-20</a> …"
# and div.morefewer "Showing up to 10 entries per page: fewer | more | all" above and below; per day
# on the page a dl#articles with an h3 "Fri, 15 Nov 2024 (showing first 8 of 8 entries )" or
# "(continued, showing 4 of 6 entries )"; dt: a[name=itemN] "[N]", the abstract link "arXiv:2411.09812"
# (whitespace around it), "(cross-list from cs.CL)" on some, "[pdf, html, other]" (html and other on
# some); dd > div.meta: div.list-title.mathjax (span.descriptor "Title:"), div.list-authors of author
# search links joined by ", ", div.list-comments (optional; URLs shown as "this https URL"),
# div.list-journal-ref (optional), div.list-subjects with span.primary-subject then "; Other (cs.XX)".
# ---------------------------------------------------------------------------------------------------

XA_HOST = "https://xarchive.example"
XA_CAT = "cs.DL"
XA_SHOW = 10
XA_DAYS = [date(2024, 11, 15), date(2024, 11, 14), date(2024, 11, 13), date(2024, 11, 12), date(2024, 11, 11)]
XA_SUBJECTS = {
    "cs.DL": "Digital Libraries (cs.DL)",
    "cs.CL": "Computation and Language (cs.CL)",
    "cs.IR": "Information Retrieval (cs.IR)",
    "cs.AI": "Artificial Intelligence (cs.AI)",
    "cs.LG": "Machine Learning (cs.LG)",
    "cs.CY": "Computers and Society (cs.CY)",
    "cs.SI": "Social and Information Networks (cs.SI)",
    "cs.HC": "Human-Computer Interaction (cs.HC)",
    "physics.soc-ph": "Physics and Society (physics.soc-ph)",
    "stat.AP": "Applications (stat.AP)",
}
# (day index, id, title, authors, comments or None, journal-ref or None, categories (primary first),
#  html version, other formats)
PREPRINTS: list[tuple[int, str, str, list[str], str | None, str | None, list[str], bool, bool]] = [
    (
        0,
        "2411.09812",
        "Tracing Retractions Through Citation Networks: A Decade of Post-Retraction Citations in Biomedicine",
        ["Chiamaka N. Okafor", "Lukas Brenner", "Priya Raghunathan"],
        "14 pages, 6 figures",
        None,
        ["cs.DL", "cs.SI"],
        True,
        True,
    ),
    (
        0,
        "2411.09755",
        "OCR-Robust Entity Linking for Historical Newspaper Archives",
        ["Marta Jablonska", "Henrik Aalto"],
        "Accepted at JCDL 2024",
        None,
        ["cs.DL", "cs.CL"],
        True,
        False,
    ),
    (
        0,
        "2411.09690",
        "Who Reviews the Reviewers? An Audit of Reviewer Assignment in Three Computer Science Venues",
        ["Daniel Oyelaran", "Sofia Marchetti", "Kenji Watanabe", "Amelie Fournier"],
        None,
        None,
        ["cs.DL", "cs.CY"],
        True,
        True,
    ),
    (
        0,
        "2411.09642",
        "A Benchmark for Table Extraction from Scientific PDFs",
        ["Ruth Abebe", "Tomas Lindqvist"],
        "Dataset and code: this https URL",
        None,
        ["cs.DL", "cs.IR", "cs.LG"],
        True,
        True,
    ),
    (
        0,
        "2411.09588",
        "Persistent Identifiers for Software: Adoption of SWHIDs and DOIs in Research Code, 2015-2024",
        ["Isabel Ortega", "Gareth Pugh"],
        "9 pages",
        None,
        ["cs.DL"],
        False,
        True,
    ),
    (
        0,
        "2411.09511",
        "Measuring Open Access Uptake in National Research Assessments",
        ["Hannah Kowalczyk", "Mehmet Aydin", "Laura Giordano"],
        None,
        None,
        ["cs.DL", "physics.soc-ph"],
        True,
        False,
    ),
    (
        0,
        "2411.08977",
        "Scholarly Question Answering with Retrieval over Full-Text Articles",
        ["Wen-Hsuan Lin", "Arjun Mehta", "Clara Vidal"],
        "Long paper at EMNLP 2024 Findings",
        None,
        ["cs.CL", "cs.DL", "cs.IR"],
        True,
        True,
    ),
    (
        0,
        "2411.08430",
        "Gender Gaps in Conference Keynotes: Evidence from 40 Years of Programmes",
        ["Efua Mensah", "Jonas Richter"],
        None,
        None,
        ["cs.CY", "cs.DL"],
        True,
        False,
    ),
    (
        1,
        "2411.09103",
        "Deduplicating Author Names in Large Bibliographic Databases with Contrastive Embeddings",
        ["Yusuf Demir", "Anna Novak"],
        "12 pages, 4 tables",
        None,
        ["cs.DL", "cs.LG"],
        True,
        True,
    ),
    (
        1,
        "2411.09087",
        "The Half-Life of URLs in Scholarly Articles, Revisited",
        ["Margaret Ellison", "Pedro Salgado"],
        None,
        "Journal of Documentation 81(2), 2025",
        ["cs.DL"],
        True,
        True,
    ),
    (
        1,
        "2411.09034",
        "An Open Corpus of 1.2 Million Doctoral Theses Metadata",
        ["Felix Hartmann", "Noura Haddad", "Brigid Keane"],
        "Data descriptor; 8 pages",
        None,
        ["cs.DL"],
        False,
        True,
    ),
    (
        1,
        "2411.08996",
        "Citation Intent Classification with Small Language Models",
        ["Sung-min Park", "Lea Baumann"],
        None,
        None,
        ["cs.DL", "cs.CL"],
        True,
        True,
    ),
    (
        1,
        "2411.08948",
        "Preprint-to-Publication Lags Across Disciplines: A Crossref Study",
        ["Victor Dubois", "Aisha Bello"],
        "To appear in Scientometrics",
        None,
        ["cs.DL", "stat.AP"],
        True,
        False,
    ),
    (
        1,
        "2411.07912",
        "Evaluating Dense Retrievers on Long-Tail Scientific Queries",
        ["Rohan Iyer", "Katarzyna Wrobel", "Mateo Ruiz"],
        "SIGIR-AP 2024",
        None,
        ["cs.IR", "cs.DL"],
        True,
        True,
    ),
    (
        2,
        "2411.08541",
        "Knowledge Graphs of Research Software Mentions",
        ["Olivia Brandt", "Chen Yufei"],
        None,
        None,
        ["cs.DL", "cs.AI"],
        True,
        True,
    ),
    (
        2,
        "2411.08502",
        "A Multilingual Dataset of Retraction Notices",
        ["Nadia Karimi", "Johan Eklund", "Rosa Ferreira"],
        "7 pages, 2 figures; data at this https URL",
        None,
        ["cs.DL", "cs.CL"],
        True,
        False,
    ),
    (
        2,
        "2411.08467",
        "Reading Behaviour on Digital Library Platforms: A Log Analysis",
        ["Thomas Whitfield", "Mei Ling Tan"],
        None,
        None,
        ["cs.DL", "cs.HC"],
        False,
        True,
    ),
    (
        2,
        "2411.08433",
        "Fair Ranking of Scholarly Search Results",
        ["Elena Petrova", "Samuel Adeyemi"],
        "Extended version of a short paper at ECIR 2025",
        None,
        ["cs.IR", "cs.DL"],
        True,
        True,
    ),
    (
        2,
        "2411.06215",
        "Altmetrics After the Platform Exodus: Tracking Scholarly Attention Beyond X",
        ["Grace Holloway", "Matthias Vogel", "Ines Costa"],
        None,
        None,
        ["cs.SI", "cs.DL"],
        True,
        False,
    ),
    (
        3,
        "2411.07788",
        "Benchmarking Metadata Extraction Tools on Non-English Theses",
        ["Zeynep Arslan", "Paulo Mendes"],
        "11 pages",
        None,
        ["cs.DL"],
        True,
        True,
    ),
    (
        3,
        "2411.07742",
        "How Stable Are Subject Classifications? Reclassification in arXiv-like Repositories",
        ["Michael Osei", "Anja Kessler"],
        None,
        None,
        ["cs.DL", "physics.soc-ph"],
        True,
        True,
    ),
    (
        3,
        "2411.07701",
        "A Longitudinal Study of Data Availability Statements",
        ["Sarah Lindgren", "Kwame Asante", "Beatriz Lopes"],
        "Preprint; under review",
        None,
        ["cs.DL"],
        True,
        False,
    ),
    (
        3,
        "2411.05890",
        "Detecting Paper Mills with Stylometric Features",
        ["Ivan Sokolov", "Helena Moraes"],
        None,
        "Proceedings of the ACM/IEEE JCDL 2024, pp. 112-121",
        ["cs.CL", "cs.DL"],
        True,
        True,
    ),
    (
        4,
        "2411.07215",
        "Linking Museum Collection Records to Wikidata at Scale",
        ["Charlotte Dubois", "Erik Strand"],
        "10 pages, 3 figures",
        None,
        ["cs.DL", "cs.IR"],
        True,
        True,
    ),
    (
        4,
        "2411.07168",
        "On the Reproducibility of Bibliometric Indicators Across Databases",
        ["Lorenzo Bianchi", "Fatima Zahra Alaoui"],
        None,
        None,
        ["cs.DL"],
        False,
        False,
    ),
    (
        4,
        "2411.04410",
        "Summarising Scientific Talks for Digital Conference Archives",
        ["Hyun-woo Kim", "Joanna Baker", "Omar Farouk"],
        "Code: this https URL",
        None,
        ["cs.CL", "cs.DL"],
        True,
        True,
    ),
]


def _xa_author_query(name: str) -> str:
    parts = name.replace("-", " ").split()
    last = parts[-1]
    initials = "+".join(p[0] for p in parts[:-1])
    return f"{last},+{initials}"


def _xa_day_heading(day: date) -> str:
    return f"{day:%a}, {day.day} {day:%b} {day.year}"


def _xa_comments(text: str) -> str:
    return esc(text).replace(
        "this https URL",
        '<a href="https://github.com/xarchive-demo/artefacts" rel="external noopener nofollow" class="link-external link-https">this https URL</a>',
    )


def _xa_entry(index: int, item: tuple[Any, ...]) -> str:
    _day, aid, title, authors, comments, jref, cats, html, other = item
    cross = f"\n        (cross-list from {cats[0]})\n      " if cats[0] != XA_CAT else "\n      "
    links = f'[<a href="/pdf/{aid}" title="Download PDF" id="pdf-{aid}" aria-labelledby="pdf-{aid}">pdf</a>'
    if html:
        links += f', <a href="https://xarchive.example/html/{aid}v1" title="View HTML" id="html-{aid}" aria-labelledby="html-{aid}" rel="noopener noreferrer" target="_blank">html</a>'
    if other:
        links += f', <a href="/format/{aid}" title="Other formats" id="oth-{aid}" aria-labelledby="oth-{aid}">other</a>'
    links += "]"
    author_links = ", ".join(
        f'<a href="{XA_HOST}/search/{cats[0].split(".")[0]}?searchtype=author&amp;query={_xa_author_query(a)}" rel="nofollow">{esc(a)}</a>'
        for a in authors
    )
    comments_html = (
        f"""
        <div class='list-comments mathjax'><span class='descriptor'>Comments:</span>
          {_xa_comments(comments)}
        </div>
"""
        if comments
        else "\n"
    )
    jref_html = (
        f"""
        <div class='list-journal-ref'><span class='descriptor'>Journal-ref:</span>
          {esc(jref)}
        </div>
"""
        if jref
        else ""
    )
    secondary = "".join(f"; {XA_SUBJECTS[c]}" for c in cats[1:])
    return f"""    <dt>
      <a name='item{index}'>[{index}]</a>
      <a href ="/abs/{aid}" title="Abstract" id="{aid}">
        arXiv:{aid}
      </a>{cross}  {links}
    </dt>
    <dd>
      <div class='meta'>
        <div class='list-title mathjax'><span class='descriptor'>Title:</span>
          {esc(title)}
        </div>
        <div class='list-authors'>{author_links}</div>
{comments_html}{jref_html}
        <div class='list-subjects'><span class='descriptor'>Subjects:</span>
          <span class="primary-subject">{XA_SUBJECTS[cats[0]]}</span>{secondary}
        </div>
      </div>
    </dd>"""


def _xa_link(skip: int, show: int = XA_SHOW) -> str:
    return f"/list/{XA_CAT}/recent?skip={skip}&amp;show={show}"


def _xa_page_divs(skip: int, total: int) -> str:
    pages = []
    for start in range(0, total, XA_SHOW):
        label = f"{start + 1}-{min(start + XA_SHOW, total)}"
        if start == skip:
            pages.append(f"<span>{label}</span>")
        else:
            pages.append(f'<a href={_xa_link(start)} rel="nofollow">{label}</a>')
    joined = "\n              ".join(pages)
    return f"""
    <div class='paging'>Total of {total} entries : {joined}
    </div>
    <div class='morefewer'>Showing up to {XA_SHOW} entries per page:
        <a href={_xa_link(skip, 5)} rel="nofollow">
          fewer</a> |
        <a href={_xa_link(skip, 25)} rel="nofollow">
          more</a> |
        <a href={_xa_link(0, 2000)} rel="nofollow">
          all</a>
    </div>
"""


def _xa_page(skip: int) -> str:
    total = len(PREPRINTS)
    counts = [sum(1 for p in PREPRINTS if p[0] == d) for d in range(len(XA_DAYS))]
    starts = [sum(counts[:d]) for d in range(len(XA_DAYS))]
    window = list(enumerate(PREPRINTS[skip : skip + XA_SHOW], skip + 1))
    sections = []
    for d, day in enumerate(XA_DAYS):
        items = [(i, p) for i, p in window if p[0] == d]
        if not items:
            continue
        first = items[0][0] - 1
        if first == starts[d]:
            note = (
                f"showing first {len(items)} of {counts[d]} entries"
                if len(items) < counts[d]
                else f"showing {counts[d]} of {counts[d]} entries"
            )
        else:
            note = f"continued, showing {len(items)} of {counts[d]} entries"
        entries = "\n".join(_xa_entry(i, p) for i, p in items)
        sections.append(f"""<dl id='articles'>
    <h3>{_xa_day_heading(day)} ({note} )</h3>
{entries}
</dl>""")
    day_index = "".join(
        f"""
      <li>
        <a href="{_xa_link(starts[d])}" rel="nofollow">
          {_xa_day_heading(day)}
        </a>
      </li>"""
        for d, day in enumerate(XA_DAYS)
    )
    divs = _xa_page_divs(skip, total)
    body = "\n".join(sections)
    return f"""<!DOCTYPE html>
<html lang="en">

<head>  <title>Digital Libraries  </title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="apple-touch-icon" sizes="180x180" href="/static/browse/0.3.4/images/icons/apple-touch-icon.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/static/browse/0.3.4/images/icons/favicon-32x32.png">
  <link rel="manifest" href="/static/browse/0.3.4/images/icons/site.webmanifest">
  <meta name="msapplication-TileColor" content="#da532c">
  <meta name="theme-color" content="#ffffff">
  <link rel="stylesheet" type="text/css" media="screen" href="/static/browse/0.3.4/css/arXiv.css?v=20241206" />
  <link rel="stylesheet" type="text/css" media="print" href="/static/browse/0.3.4/css/arXiv-print.css?v=20200611" />
  <link rel="stylesheet" type="text/css" media="screen" href="/static/browse/0.3.4/css/browse_search.css" />
  <script language="javascript" src="/static/browse/0.3.4/js/accordion.js" /></script>
  <script src="/static/browse/0.3.4/js/mathjaxToggle.min.js" type="text/javascript"></script>
  <script type="text/javascript" language="javascript">mathjaxToggle();</script>
</head>

<body  class="with-cu-identity">

  <div class="flex-wrap-footer">
    <header>
      <a href="#content" class="is-sr-only">Skip to main content</a>
      <!-- start desktop header -->
      <div class="columns is-vcentered is-hidden-mobile" id="cu-identity">
        <div class="column" id="cu-logo">
          <a href="https://www.cornell.edu/"><img src="/static/browse/0.3.4/images/icons/cu/cornell-reduced-white-SMALL.svg" alt="Cornell University" /></a>
        </div><div class="column" id="support-ack">
          <span id="support-ack-url">We gratefully acknowledge support from the Simons Foundation, <a href="https://info.xarchive.example/about/ourmembers.html">member institutions</a>, and all contributors.</span>
          <a href="https://info.xarchive.example/about/donate.html" class="btn-header-donate">Donate</a>
        </div>
      </div>

      <div id="header" class="is-hidden-mobile">
<a aria-hidden="true" tabindex="-1" href="/IgnoreMe"></a>
  <div class="header-breadcrumbs">
    <a href="/"><img src="/static/browse/0.3.4/images/arxiv-logo-one-color-white.svg" alt="xarchive logo" style="height:40px;"/></a> <span>&gt;</span>
    <a href="/list/{XA_CAT}/recent">{XA_CAT}</a>
  </div>

        <div class="columns is-vcentered is-mobile" style="justify-content: flex-end;">
        </div>

          <div class="search-block level-right">
    <form class="level-item mini-search" method="GET" action="{XA_HOST}/search">
      <div class="field has-addons">
        <div class="control">
          <input class="input is-small" type="text" name="query" placeholder="Search..." aria-label="Search term or terms" />
          <p class="help"><a href="https://info.xarchive.example/help">Help</a> | <a href="{XA_HOST}/search/advanced">Advanced Search</a></p>
        </div>
        <div class="control">
          <div class="select is-small">
            <select name="searchtype" aria-label="Field to search">
              <option value="all" selected="selected">All fields</option>
              <option value="title">Title</option>
              <option value="author">Author</option>
              <option value="abstract">Abstract</option>
              <option value="comments">Comments</option>
              <option value="journal_ref">Journal reference</option>
              <option value="acm_class">ACM classification</option>
              <option value="msc_class">MSC classification</option>
              <option value="report_num">Report number</option>
              <option value="paper_id">arXiv identifier</option>
              <option value="doi">DOI</option>
              <option value="orcid">ORCID</option>
              <option value="author_id">arXiv author ID</option>
              <option value="help">Help pages</option>
              <option value="full_text">Full text</option>
            </select>
          </div>
        </div>
        <input type="hidden" name="source" value="header">
        <button class="button is-small is-cul-darker">Search</button>
      </div>
    </form>
  </div>
     </div><!-- /end desktop header -->

      <div class="mobile-header">
        <div class="columns is-mobile">
          <div class="column logo-arxiv"><a href="https://xarchive.example/"><img src="/static/browse/0.3.4/images/arxiv-logomark-small-white.svg" alt="xarchive logo" style="height:60px;" /></a></div>
          <div class="column logo-cornell"><a href="https://www.cornell.edu/"><img src="/static/browse/0.3.4/images/icons/cu/cornell-reduced-white-SMALL.svg" alt="Cornell University" width="200" /></a></div>
          <div class="column nav" id="toggle-container" role="menubar">
            <button class="toggle-control"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" class="icon filter-white"><title>open search</title><path d="M505 442.7L405.3 343c-4.5-4.5-10.6-7-17-7H372c27.6-35.3 44-79.7 44-128C416 93.1 322.9 0 208 0S0 93.1 0 208s93.1 208 208 208c48.3 0 92.7-16.4 128-44v16.3c0 6.4 2.5 12.5 7 17l99.7 99.7c9.4 9.4 24.6 9.4 33.9 0l28.3-28.3c9.4-9.4 9.4-24.6.1-34z"/></svg></button>
            <div class="mobile-toggle-block toggle-target">
              <form class="mobile-search-form" method="GET" action="{XA_HOST}/search">
                <div class="field has-addons">
                  <input class="input" type="text" name="query" placeholder="Search..." aria-label="Search term or terms" />
                  <input type="hidden" name="source" value="header">
                  <input type="hidden" name="searchtype" value="all">
                  <button class="button">GO</button>
                </div>
              </form>
            </div>
            <button class="toggle-control"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512" class="icon filter-white" role="menu"><title>open navigation menu</title><path d="M16 132h416c8.837 0 16-7.163 16-16V76c0-8.837-7.163-16-16-16H16C7.163 60 0 67.163 0 76v40c0 8.837 7.163 16 16 16zm0 160h416c8.837 0 16-7.163 16-16v-40c0-8.837-7.163-16-16-16H16c-8.837 0-16 7.163-16 16v40c0 8.837 7.163 16 16 16z"/></svg></button>
            <div class="mobile-toggle-block toggle-target">
              <nav class="mobile-menu" aria-labelledby="mobilemenulabel">
                <h2 id="mobilemenulabel">quick links</h2>
                <ul>
                  <li><a href="https://xarchive.example/login">Login</a></li>
                  <li><a href="https://info.xarchive.example/help">Help Pages</a></li>
                  <li><a href="https://info.xarchive.example/about">About</a></li>
                </ul>
              </nav>
            </div>
          </div>
        </div>
      </div><!-- /end mobile-header -->
    </header>

    <main>
      <div id="content">
<div id='content-inner'>
<div id='dlpage'>
  <h1>Digital Libraries</h1>
<h2>Authors and titles for recent submissions</h2>
  <ul>{day_index}
  </ul>
  <p>See today's <a id="new-{XA_CAT}" aria-labelledby="new-{XA_CAT}" href="/list/{XA_CAT}/new">new</a> changes</p>
{divs}
{body}
{divs}
</div>
</div>
      </div>
    </main>

    <footer style="clear: both;">
      <div class="columns is-desktop" role="navigation" aria-label="Secondary" style="margin: -0.75em -0.75em 0.75em -0.75em">
        <!-- Macro-Column 1 -->
        <div class="column" style="padding: 0;">
          <div class="columns">
            <div class="column">
              <ul style="list-style: none; line-height: 2;">
                <li><a href="https://info.xarchive.example/about">About</a></li>
                <li><a href="https://info.xarchive.example/help">Help</a></li>
              </ul>
            </div>
            <div class="column">
              <ul style="list-style: none; line-height: 2;">
                <li><svg xmlns="http://www.w3.org/2000/svg" class="icon filter-black" role="presentation" viewBox="0 0 512 512"><title>contact xarchive</title><path d="M502.3 190.8c3.9-3.1 9.7-.2 9.7 4.7V400c0 26.5-21.5 48-48 48H48c-26.5 0-48-21.5-48-48V195.6c0-5 5.7-7.8 9.7-4.7z"/></svg><a href="https://info.xarchive.example/help/contact.html"> Contact</a></li>
                <li><svg xmlns="http://www.w3.org/2000/svg" class="icon filter-black" role="presentation" viewBox="0 0 512 512"><title>subscribe to xarchive mailings</title><path d="M476 3.2L12.5 270.6c-18.1 10.4-15.8 35.6 2.2 43.2z"/></svg><a href="https://info.xarchive.example/help/subscribe"> Subscribe</a></li>
              </ul>
            </div>
          </div>
        </div>
        <!-- End Macro-Column 1 -->
        <!-- Macro-Column 2 -->
        <div class="column" style="padding: 0;">
          <div class="columns">
            <div class="column">
              <ul style="list-style: none; line-height: 2;">
                <li><a href="https://info.xarchive.example/help/license/index.html">Copyright</a></li>
                <li><a href="https://info.xarchive.example/help/policies/privacy_policy.html">Privacy Policy</a></li>
              </ul>
            </div>
            <div class="column sorry-app-links">
              <ul style="list-style: none; line-height: 2;">
                <li><a href="https://info.xarchive.example/help/web_accessibility.html">Web Accessibility Assistance</a></li>
                <li>
                  <p class="help">
                    <a class="a11y-main-link" href="https://status.xarchive.example" target="_blank">xarchive Operational Status <svg xmlns="http://www.w3.org/2000/svg" class="icon filter-dark_grey" role="presentation" viewBox="0 0 256 512"><path d="M224.3 273l-136 136c-9.4 9.4-24.6 9.4-33.9 0z"/></svg></a><br>
                    Get status notifications via
                    <a class="is-link" href="https://subscribe.sorryapp.com/24846f03/email/new" target="_blank"><svg xmlns="http://www.w3.org/2000/svg" class="icon filter-black" role="presentation" viewBox="0 0 512 512"><path d="M502.3 190.8z"/></svg>email</a>
                    or <a class="is-link" href="https://subscribe.sorryapp.com/24846f03/slack/new" target="_blank"><svg xmlns="http://www.w3.org/2000/svg" class="icon filter-black" role="presentation" viewBox="0 0 448 512"><path d="M94.12 315.1z"/></svg>slack</a>
                  </p>
                </li>
              </ul>
            </div>
          </div>
        </div> <!-- end MetaColumn 2 -->
        <!-- End Macro-Column 2 -->
      </div>
    </footer>
  </div>

  <script src="/static/base/1.0.1/js/member_acknowledgement.js"></script>

</body>

</html>"""


@ninth
def build_xarchive() -> None:
    s = Site(
        "xarchive",
        kind="preprint listing (arXiv /list/…/recent 2024: dl#articles per day under h3 headings, dt/dd pairs, 'Title:' / 'Subjects:' descriptor spans, author links, ?skip=N&show=10)",
        start=f"list/{XA_CAT}/recent?skip=0&show={XA_SHOW}",
        description="An arXiv category listing, /list/cs.DL/recent?skip=0&show=10 (browse templates as of 2024): breadcrumb header with a search form, h1 'Digital Libraries', 'Authors and titles for recent submissions', a ul of the five announcement days linking to ?skip=N&show=10 where each day starts (windows that overlap the pages), div.paging 'Total of 26 entries : 1-10 11-20 21-26' and div.morefewer 'fewer | more | all' above and below the list; per announcement day on the page a dl#articles opening with an h3 'Fri, 15 Nov 2024 (showing 8 of 8 entries )' / '(showing first 2 of 6 entries )' / '(continued, showing 4 of 6 entries )'; dt: a[name=itemN] '[N]', the abstract link 'arXiv:2411.09812' padded with whitespace, '(cross-list from cs.CL)' on some, '[pdf, html, other]' (html and other on some); dd > div.meta: div.list-title.mathjax with span.descriptor 'Title:', div.list-authors of author-search links joined by ', ', div.list-comments (optional, URLs shown as 'this https URL'), div.list-journal-ref (optional), div.list-subjects with span.primary-subject then '; Other (cs.XX)'.",
    )
    counts = [sum(1 for p in PREPRINTS if p[0] == d) for d in range(len(XA_DAYS))]
    day_starts = {sum(counts[:d]) for d in range(len(XA_DAYS))}
    for skip in range(0, len(PREPRINTS), XA_SHOW):
        s.list_page(f"list/{XA_CAT}/recent@skip={skip}&show={XA_SHOW}", _xa_page(skip))
    for skip in sorted(day_starts - set(range(0, len(PREPRINTS), XA_SHOW))):
        s.write(f"list/{XA_CAT}/recent@skip={skip}&show={XA_SHOW}", _xa_page(skip))
    for day, aid, title, authors, comments, jref, cats, _html, _other in PREPRINTS:
        s.expect(
            {
                "arxiv_id": f"arXiv:{aid}",
                "title": title,
                "url": f"/abs/{aid}",
                "pdf": f"/pdf/{aid}",
                "authors": authors,
                "comments": comments,
                "journal_ref": jref,
                "subjects": [XA_SUBJECTS[c] for c in cats],
                "date": XA_DAYS[day].isoformat(),
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# skylinepedia: a Wikipedia "List of …" article (MediaWiki 1.43, Vector 2022, as the server sends it:
# the header row of th inside tbody, no tablesorter classes yet). table.wikitable.sortable with a
# caption; rank cells with rowspan for ties (two different buildings of equal height) and for twin
# towers (rank, city, country, heights, floors, year and notes all spanning two rows); names in
# data-sort-value spans on some ("Shard, The"); image thumbnails; city links (one with a hidden
# span.sortkey display:none); country cells with span.flagicon images and a country link; heights in
# metres behind an empty data-sort-value span ("7002462000000000000♠"), feet with thousands
# separators; footnote references sup.reference > a "[3]" with cite-bracket spans; a Notes column
# empty on some rows. Around it: the Vector header and menus, the sticky TOC, hatnotes, lead
# paragraphs, h2 headings in div.mw-heading with [edit] links, a second (non-sortable) timeline
# wikitable, See also, the references list, a navbox, categories and the footer.
# ---------------------------------------------------------------------------------------------------

SK_TITLE = "List_of_tallest_buildings_in_Europe"
SK_FLAGS = {
    "Russia": "f/f3/Flag_of_Russia.svg",
    "Poland": "1/12/Flag_of_Poland.svg",
    "United Kingdom": "a/ae/Flag_of_the_United_Kingdom.svg",
    "Turkey": "b/b4/Flag_of_Turkey.svg",
    "Germany": "b/ba/Flag_of_Germany.svg",
    "Spain": "9/9a/Flag_of_Spain.svg",
    "Italy": "0/03/Flag_of_Italy.svg",
    "France": "c/c3/Flag_of_France.svg",
}
# (rank, name, article, sort name or None, city, city article, country, height m, height ft, floors,
#  year, notes or None (with [n] marks for footnote references), group size for shared cells (2 on the
#  first row of a twin pair, 0 on the second, 1 otherwise), rank rowspan)
BUILDINGS: list[tuple[int, str, str, str | None, str, str, str, float, int, int, int, str | None, int, int]] = [
    (
        1,
        "Lakhta Center",
        "Lakhta_Center",
        None,
        "Saint Petersburg",
        "Saint_Petersburg",
        "Russia",
        462,
        1516,
        87,
        2019,
        "Tallest building in Europe since 2018; also the northernmost supertall skyscraper.[1]",
        1,
        1,
    ),
    (
        2,
        "Federation Tower (East Tower)",
        "Federation_Tower",
        None,
        "Moscow",
        "Moscow",
        "Russia",
        373.7,
        1226,
        95,
        2017,
        "Part of the Moscow International Business Center.[2]",
        1,
        1,
    ),
    (3, "OKO – South Tower", "OKO_(building)", None, "Moscow", "Moscow", "Russia", 354.2, 1162, 85, 2015, None, 1, 1),
    (
        4,
        "Neva Towers 2",
        "Neva_Towers",
        None,
        "Moscow",
        "Moscow",
        "Russia",
        345,
        1132,
        79,
        2020,
        "Residential tower.",
        1,
        1,
    ),
    (
        5,
        "Mercury City Tower",
        "Mercury_City_Tower",
        None,
        "Moscow",
        "Moscow",
        "Russia",
        338.8,
        1112,
        75,
        2013,
        "Tallest building in Europe from 2012 to 2014.[3]",
        1,
        1,
    ),
    (
        6,
        "Varso Tower",
        "Varso_Tower",
        None,
        "Warsaw",
        "Warsaw",
        "Poland",
        310,
        1017,
        53,
        2022,
        "Tallest building in the European Union; height includes the spire.[4]",
        1,
        1,
    ),
    (
        7,
        "The Shard",
        "The_Shard",
        "Shard, The",
        "London",
        "London",
        "United Kingdom",
        309.6,
        1016,
        72,
        2012,
        "Tallest building in the United Kingdom.",
        1,
        1,
    ),
    (8, "Eurasia", "Eurasia_(building)", None, "Moscow", "Moscow", "Russia", 308.9, 1013, 70, 2014, None, 1, 1),
    (
        9,
        "Moscow Tower",
        "City_of_Capitals",
        None,
        "Moscow",
        "Moscow",
        "Russia",
        301.6,
        990,
        76,
        2010,
        "One of the two towers of the City of Capitals complex.",
        1,
        1,
    ),
    (
        10,
        "Skyland Istanbul Tower 1",
        "Skyland_Istanbul",
        None,
        "Istanbul",
        "Istanbul",
        "Turkey",
        284,
        932,
        65,
        2017,
        "Twin towers; the tallest buildings in Turkey.[5]",
        2,
        2,
    ),
    (
        10,
        "Skyland Istanbul Tower 2",
        "Skyland_Istanbul",
        None,
        "Istanbul",
        "Istanbul",
        "Turkey",
        284,
        932,
        65,
        2017,
        "Twin towers; the tallest buildings in Turkey.[5]",
        0,
        0,
    ),
    (
        12,
        "22 Bishopsgate",
        "22_Bishopsgate",
        None,
        "London",
        "London",
        "United Kingdom",
        278,
        912,
        62,
        2019,
        "Tallest building in the City of London.",
        1,
        1,
    ),
    (
        13,
        "Naberezhnaya Tower C",
        "Naberezhnaya_Tower",
        None,
        "Moscow",
        "Moscow",
        "Russia",
        268.4,
        881,
        59,
        2007,
        None,
        1,
        1,
    ),
    (
        14,
        "Istanbul Sapphire",
        "Istanbul_Sapphire",
        None,
        "Istanbul",
        "Istanbul",
        "Turkey",
        261,
        856,
        54,
        2011,
        "Height includes the antenna.",
        1,
        1,
    ),
    (
        15,
        "Commerzbank Tower",
        "Commerzbank_Tower",
        None,
        "Frankfurt",
        "Frankfurt",
        "Germany",
        259,
        850,
        56,
        1997,
        "Tallest building in Europe from 1997 to 2005.[6]",
        1,
        1,
    ),
    (16, "Messeturm", "Messeturm", None, "Frankfurt", "Frankfurt", "Germany", 256.5, 842, 63, 1991, None, 1, 1),
    (
        17,
        "Torre de Cristal",
        "Torre_de_Cristal",
        None,
        "Madrid",
        "Madrid",
        "Spain",
        249,
        817,
        52,
        2008,
        "Tallest building in Spain.",
        1,
        1,
    ),
    (18, "Torre Cepsa", "Torre_Cepsa", None, "Madrid", "Madrid", "Spain", 248.3, 815, 45, 2008, None, 1, 1),
    (
        19,
        "Main Tower",
        "Main_Tower",
        None,
        "Frankfurt",
        "Frankfurt",
        "Germany",
        240,
        787,
        56,
        2000,
        "Has a public observation deck.",
        1,
        1,
    ),
    (
        20,
        "Landmark Pinnacle",
        "Landmark_Pinnacle",
        None,
        "London",
        "London",
        "United Kingdom",
        239,
        784,
        75,
        2020,
        "Tallest residential building in Western Europe.[7]",
        1,
        1,
    ),
    (
        21,
        "Palace of Culture and Science",
        "Palace_of_Culture_and_Science",
        None,
        "Warsaw",
        "Warsaw",
        "Poland",
        237,
        778,
        42,
        1955,
        "Tallest building in Poland until 2021.",
        1,
        1,
    ),
    (22, "Torre PwC", "Torre_PwC", None, "Madrid", "Madrid", "Spain", 236, 774, 58, 2008, None, 1, 1),
    (
        23,
        "One Canada Square",
        "One_Canada_Square",
        None,
        "London",
        "London",
        "United Kingdom",
        235,
        771,
        50,
        1991,
        "Tallest building in the United Kingdom from 1990 to 2010.",
        1,
        1,
    ),
    (
        24,
        "UniCredit Tower",
        "UniCredit_Tower",
        None,
        "Milan",
        "Milan",
        "Italy",
        231,
        758,
        31,
        2012,
        "Height includes the spire; tallest building in Italy.[8]",
        1,
        2,
    ),
    (
        24,
        "Tour First",
        "Tour_First",
        "First, Tour",
        "Courbevoie",
        "Courbevoie",
        "France",
        231,
        758,
        52,
        2011,
        "Tallest building in France, at La Défense.",
        1,
        0,
    ),
    (26, "Heron Tower", "Heron_Tower", None, "London", "London", "United Kingdom", 230, 755, 46, 2011, None, 1, 1),
    (
        27,
        "The Leadenhall Building",
        "The_Leadenhall_Building",
        "Leadenhall Building, The",
        "London",
        "London",
        "United Kingdom",
        225,
        738,
        48,
        2014,
        'Nicknamed "the Cheesegrater".',
        1,
        1,
    ),
]
SK_REFS = {
    1: ("Lakhta Center", "The Skyscraper Center", "2 March 2024"),
    2: ("Federation Tower", "The Skyscraper Center", "2 March 2024"),
    3: ("Mercury City Tower loses its crown", "Emporis News", "14 January 2015"),
    4: ("Varso Tower", "The Skyscraper Center", "9 February 2024"),
    5: ("Skyland Istanbul", "The Skyscraper Center", "2 March 2024"),
    6: ("Commerzbank Tower", "Frankfurt Skyline Guide", "18 April 2023"),
    7: ("Landmark Pinnacle completes", "Construction Today", "3 July 2021"),
    8: ("UniCredit Tower", "The Skyscraper Center", "2 March 2024"),
}


def _sk_plain(note: str) -> str:
    """The note as read, without its footnote marks."""
    for n in SK_REFS:
        note = note.replace(f"[{n}]", "")
    return note


def _sk_note(note: str) -> str:
    out = esc(note)
    for n in SK_REFS:
        out = out.replace(
            f"[{n}]",
            f'<sup id="cite_ref-ref{n}_{n}-0" class="reference"><a href="#cite_note-ref{n}-{n}"><span class="cite-bracket">&#91;</span>{n}<span class="cite-bracket">&#93;</span></a></sup>',
        )
    return out


def _sk_sortkey(value: float) -> str:
    """MediaWiki's {{ntsh}} sort key: 7000 + exponent, then the mantissa."""
    exponent = len(str(int(value))) - 1
    mantissa = f"{value / 10**exponent:.15f}".replace(".", "")[:15]
    return f"{7000 + exponent}{mantissa}♠"


def _sk_height(value: float) -> str:
    return f"{value:g}"


def _sk_flag(country: str) -> str:
    path = SK_FLAGS[country]
    file = path.rsplit("/", 1)[-1]
    return f'<span class="flagicon"><span class="mw-image-border" typeof="mw:File"><span><img alt="" src="//upload.skylinepedia.example/wikipedia/commons/thumb/{path}/23px-{file}.png" decoding="async" width="23" height="15" class="mw-file-element" srcset="//upload.skylinepedia.example/wikipedia/commons/thumb/{path}/35px-{file}.png 1.5x, //upload.skylinepedia.example/wikipedia/commons/thumb/{path}/45px-{file}.png 2x" data-file-width="900" data-file-height="600" /></span></span>&#160;</span><a href="/wiki/{country.replace(" ", "_")}" title="{country}">{country}</a>'


def _sk_row(item: tuple[Any, ...]) -> str:
    rank, name, article, sortname, city, city_article, country, metres, feet, floors, year, note, group, rank_span = (
        item
    )
    cells = []
    if rank_span:
        span = f' rowspan="{rank_span}"' if rank_span > 1 else ""
        cells.append(f"<td{span}>{rank}</td>")
    link = f'<a href="/wiki/{article}" title="{esc(name)}">{esc(name)}</a>'
    if sortname:
        link = f'<span data-sort-value="{esc(sortname)}">{link}</span>'
    cells.append(f'<td style="text-align:left">{link}</td>')
    image = f"{slug(name).replace('-', '_').title()}_2023.jpg"
    cells.append(
        f'<td><span typeof="mw:File"><a href="/wiki/File:{image}" class="mw-file-description"><img alt="{esc(name)}" src="//upload.skylinepedia.example/wikipedia/commons/thumb/{image}/60px-{image}" decoding="async" width="60" height="90" class="mw-file-element" srcset="//upload.skylinepedia.example/wikipedia/commons/thumb/{image}/90px-{image} 1.5x, //upload.skylinepedia.example/wikipedia/commons/thumb/{image}/120px-{image} 2x" data-file-width="2448" data-file-height="3264" /></a></span></td>'
    )
    if group:
        span = f' rowspan="{group}"' if group > 1 else ""
        hidden = '<span class="sortkey" style="display:none;speak:none">Paris</span>' if city == "Courbevoie" else ""
        cells.append(f'<td{span}>{hidden}<a href="/wiki/{city_article}" title="{city}">{city}</a></td>')
        cells.append(f'<td{span} style="text-align:left">{_sk_flag(country)}</td>')
        cells.append(f'<td{span}><span data-sort-value="{_sk_sortkey(metres)}"></span>{_sk_height(metres)}</td>')
        cells.append(f"<td{span}>{feet:,}</td>")
        cells.append(f"<td{span}>{floors}</td>")
        cells.append(f"<td{span}>{year}</td>")
        cells.append(f'<td{span} style="text-align:left">{_sk_note(note) if note else ""}</td>')
    body = "\n".join(cells)
    return f"<tr>\n{body}\n</tr>"


SK_TIMELINE = [
    ("Lakhta Center", "Lakhta_Center", "Saint Petersburg", "Russia", "2018–present", 462, 87),
    ("Federation Tower (East Tower)", "Federation_Tower", "Moscow", "Russia", "2015–2018", 373.7, 95),
    ("Mercury City Tower", "Mercury_City_Tower", "Moscow", "Russia", "2012–2015", 338.8, 75),
    ("The Shard", "The_Shard", "London", "United Kingdom", "2012", 309.6, 72),
    ("Moscow Tower", "City_of_Capitals", "Moscow", "Russia", "2009–2012", 301.6, 76),
    ("Naberezhnaya Tower C", "Naberezhnaya_Tower", "Moscow", "Russia", "2007–2009", 268.4, 59),
    ("Commerzbank Tower", "Commerzbank_Tower", "Frankfurt", "Germany", "1997–2005", 259, 56),
    ("Messeturm", "Messeturm", "Frankfurt", "Germany", "1990–1997", 256.5, 63),
]


def _sk_page() -> str:
    rows = "\n".join(_sk_row(item) for item in BUILDINGS)
    timeline = "\n".join(
        f'<tr>\n<td style="text-align:left"><a href="/wiki/{art}" title="{esc(name)}">{esc(name)}</a></td>\n<td>{city}</td>\n<td style="text-align:left">{_sk_flag(country)}</td>\n<td>{years}</td>\n<td>{_sk_height(m)}&#160;m</td>\n<td>{floors}</td>\n</tr>'
        for name, art, city, country, years, m, floors in SK_TIMELINE
    )
    refs = "\n".join(
        f'<li id="cite_note-ref{n}-{n}"><span class="mw-cite-backlink"><b><a href="#cite_ref-ref{n}_{n}-0">^</a></b></span> <span class="reference-text"><cite class="citation web cs1">"{esc(t)}". <i>{esc(site)}</i><span class="reference-accessdate">. Retrieved <span class="nowrap">{" ".join(acc.split()[:2])}</span> {acc.split()[2]}</span>.</cite><span title="ctx_ver=Z39.88-2004&amp;rft.btitle={quote_plus(t)}" class="Z3988"></span></span>\n</li>'
        for n, (t, site, acc) in SK_REFS.items()
    )
    toc = "\n".join(
        f'<li id="toc-{anchor}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#{anchor}"><div class="vector-toc-text"><span class="vector-toc-numb">{n}</span><span>{text}</span></div></a></li>'
        for n, (anchor, text) in enumerate(
            (
                ("Tallest_buildings", "Tallest buildings"),
                ("Timeline_of_tallest_buildings", "Timeline of tallest buildings"),
                ("See_also", "See also"),
                ("References", "References"),
            ),
            1,
        )
    )

    def heading(anchor: str, text: str, section: int) -> str:
        return f'<div class="mw-heading mw-heading2"><h2 id="{anchor}">{text}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title={SK_TITLE}&amp;action=edit&amp;section={section}" title="Edit section: {text}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>'

    navbox_links = " · ".join(
        f'<a href="/wiki/List_of_tallest_buildings_in_{c.replace(" ", "_")}" title="List of tallest buildings in {c}">{c}</a>'
        for c in (
            "Austria",
            "Belgium",
            "Czech Republic",
            "France",
            "Germany",
            "Italy",
            "Netherlands",
            "Poland",
            "Russia",
            "Spain",
            "Sweden",
            "Turkey",
            "Ukraine",
            "United Kingdom",
        )
    )
    return f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-1 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-enabled skin-theme-clientpref-day vector-toc-available" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>List of tallest buildings in Europe - Skylinepedia</title>
<script>(function(){{var className="client-js vector-feature-language-in-header-enabled vector-toc-available";var cookie=document.cookie.match(/(?:^|; )skywikimwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={{"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgDigitTransformTable":["",""],"wgDefaultDateFormat":"dmy","wgMonthNames":["","January","February","March","April","May","June","July","August","September","October","November","December"],"wgRequestId":"b2c1e7a4-5d0f-4f3e-9a8b-1c2d3e4f5a6b","wgCanonicalNamespace":"","wgCanonicalSpecialPageName":false,"wgNamespaceNumber":0,"wgPageName":"{SK_TITLE}","wgTitle":"List of tallest buildings in Europe","wgCurRevisionId":1254870315,"wgRevisionId":1254870315,"wgArticleId":1418220,"wgIsArticle":true,"wgIsRedirect":false,"wgAction":"view","wgUserName":null,"wgUserGroups":["*"],"wgCategories":["Articles with short description","Lists of tallest buildings in Europe","Lists of buildings and structures in Europe"],"wgPageContentLanguage":"en","wgPageContentModel":"wikitext","wgRelevantPageName":"{SK_TITLE}","wgRelevantArticleId":1418220,"wgIsProbablyEditable":true,"wgRestrictionEdit":[],"wgRestrictionMove":[],"wgMediaViewerOnClick":true,"wgVisualEditor":{{"pageLanguageCode":"en","pageLanguageDir":"ltr","pageVariantFallbacks":"en"}},"wgWikibaseItemId":"Q1887924"}};
RLSTATE={{"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","ext.cite.styles":"ready","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready","jquery.tablesorter.styles":"ready","ext.wikimediamessages.styles":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready","ext.uls.interlanguage":"ready","wikibase.client.init":"ready"}};RLPAGEMODULES=["ext.cite.ux-enhancements","mediawiki.page.media","jquery.tablesorter","site","mediawiki.page.ready","mediawiki.toc","skins.vector.js","ext.centralNotice.geoIP","ext.gadget.ReferenceTooltips","ext.gadget.switcher","ext.urlShortener.toolbar","ext.centralauth.centralautologin","mmv.bootstrap","ext.popups","ext.visualEditor.desktopArticleTarget.init","ext.echo.centralauth","ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.uls.interface","ext.cx.eventlogging.campaigns","wikibase.client.vector-2022","ext.checkUser.clientHints","ext.growthExperiments.SuggestedEditSession"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}}];}});}});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=ext.cite.styles%7Cext.uls.interlanguage%7Cext.visualEditor.desktopArticleTarget.noscript%7Cext.wikimediamessages.styles%7Cjquery.tablesorter.styles%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles%7Cwikibase.client.init&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=en&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.0-wmf.28">
<meta name="referrer" content="origin">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta property="og:image" content="https://upload.skylinepedia.example/wikipedia/commons/thumb/Lakhta_Center_2023.jpg/1200px-Lakhta_Center_2023.jpg">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="List of tallest buildings in Europe - Skylinepedia">
<meta property="og:type" content="website">
<link rel="alternate" media="only screen and (max-width: 640px)" href="//en.m.skylinepedia.example/wiki/{SK_TITLE}">
<link rel="alternate" type="application/x-wiki" title="Edit this page" href="/w/index.php?title={SK_TITLE}&amp;action=edit">
<link rel="icon" href="/static/favicon/skylinepedia.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="Skylinepedia (en)">
<link rel="EditURI" type="application/rsd+xml" href="//en.skylinepedia.example/w/api.php?action=rsd">
<link rel="canonical" href="https://en.skylinepedia.example/wiki/{SK_TITLE}">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">
<link rel="alternate" type="application/atom+xml" title="Skylinepedia Atom feed" href="/w/index.php?title=Special:RecentChanges&amp;feed=atom">
<link rel="dns-prefetch" href="//meta.skylinepedia.example" />
<link rel="dns-prefetch" href="//login.skylinepedia.example">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable page-{SK_TITLE} rootpage-{SK_TITLE} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container">
	<header class="vector-header mw-header">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
	<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox" aria-label="Main menu">
	<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
	<div class="vector-dropdown-content">
		<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
			<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
				<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu" data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-menu-unpinned-container">
					<div class="vector-pinnable-header-label">Main menu</div>
					<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">move to sidebar</button>
					<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">hide</button>
				</div>
				<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation">
					<div class="vector-menu-heading">Navigation</div>
					<div class="vector-menu-content">
						<ul class="vector-menu-content-list">
							<li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page" title="Visit the main page [z]" accesskey="z"><span>Main page</span></a></li>
							<li id="n-contents" class="mw-list-item"><a href="/wiki/Skylinepedia:Contents" title="Guides to browsing Skylinepedia"><span>Contents</span></a></li>
							<li id="n-currentevents" class="mw-list-item"><a href="/wiki/Portal:Current_events" title="Articles related to current events"><span>Current events</span></a></li>
							<li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random" title="Visit a randomly selected article [x]" accesskey="x"><span>Random article</span></a></li>
							<li id="n-aboutsite" class="mw-list-item"><a href="/wiki/Skylinepedia:About" title="Learn about Skylinepedia and how it works"><span>About Skylinepedia</span></a></li>
							<li id="n-contactpage" class="mw-list-item"><a href="//en.skylinepedia.example/wiki/Skylinepedia:Contact_us" title="How to contact Skylinepedia"><span>Contact us</span></a></li>
						</ul>
					</div>
				</div>
				<div id="p-interaction" class="vector-menu mw-portlet mw-portlet-interaction">
					<div class="vector-menu-heading">Contribute</div>
					<div class="vector-menu-content">
						<ul class="vector-menu-content-list">
							<li id="n-help" class="mw-list-item"><a href="/wiki/Help:Contents" title="Guidance on how to use and edit Skylinepedia"><span>Help</span></a></li>
							<li id="n-introduction" class="mw-list-item"><a href="/wiki/Help:Introduction" title="Learn how to edit Skylinepedia"><span>Learn to edit</span></a></li>
							<li id="n-portal" class="mw-list-item"><a href="/wiki/Skylinepedia:Community_portal" title="The hub for editors"><span>Community portal</span></a></li>
							<li id="n-recentchanges" class="mw-list-item"><a href="/wiki/Special:RecentChanges" title="A list of recent changes to Skylinepedia [r]" accesskey="r"><span>Recent changes</span></a></li>
							<li id="n-upload" class="mw-list-item"><a href="/wiki/Skylinepedia:File_upload_wizard" title="Add images or other media for use on Skylinepedia"><span>Upload file</span></a></li>
						</ul>
					</div>
				</div>
			</div>
		</div>
	</div>
</div>
			</nav>
<a href="/wiki/Main_Page" class="mw-logo"><img class="mw-logo-icon" src="/static/images/icons/skylinepedia.png" alt="" aria-hidden="true" height="50" width="50"><span class="mw-logo-container skin-invert"><img class="mw-logo-wordmark" alt="Skylinepedia" src="/static/images/mobile/copyright/skylinepedia-wordmark-en.svg" style="width: 7.5em; height: 1.125em;"><img class="mw-logo-tagline" alt="The Free Encyclopedia" src="/static/images/mobile/copyright/skylinepedia-tagline-en.svg" width="117" height="13" style="width: 7.3125em; height: 0.8125em;"></span></a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="Search Skylinepedia [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
	<div class="vector-typeahead-search-container">
		<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
			<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
				<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
					<div class="cdx-text-input cdx-text-input--has-start-icon">
						<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Skylinepedia" aria-label="Search Skylinepedia" autocapitalize="sentences" title="Search Skylinepedia [f]" accesskey="f" id="searchInput">
						<span class="cdx-text-input__icon cdx-text-input__start-icon"></span>
					</div>
					<input type="hidden" name="title" value="Special:Search">
				</div>
				<button class="cdx-button cdx-search-input__end-button">Search</button>
			</form>
		</div>
	</div>
</div>
<nav class="vector-user-links vector-user-menu-logged-out" aria-label="Personal tools">
	<div class="vector-user-links-main">
	<div id="p-vector-user-menu-preferences" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></div>
	<div id="p-vector-user-menu-userpage" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></div>
	<nav class="vector-appearance-landmark" aria-label="Appearance"><div id="vector-appearance-dropdown" class="vector-dropdown " title="Change the appearance of the page&#039;s font size, width, and color"><input type="checkbox" id="vector-appearance-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-appearance-dropdown" class="vector-dropdown-checkbox" aria-label="Appearance"><label id="vector-appearance-dropdown-label" for="vector-appearance-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-appearance mw-ui-icon-wikimedia-appearance"></span><span class="vector-dropdown-label-text">Appearance</span></label><div class="vector-dropdown-content"><div id="vector-appearance-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>
	<div id="p-vector-user-menu-notifications" class="vector-menu mw-portlet emptyPortlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"></ul></div></div>
	<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
		<li id="pt-sitesupport-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="https://donate.skylinepedia.example/?wmf_source=donate&amp;wmf_medium=sidebar&amp;wmf_campaign=en.skylinepedia.example&amp;uselang=en" class=""><span>Donate</span></a></li>
		<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=Special:CreateAccount&amp;returnto={SK_TITLE}" title="You are encouraged to create an account and log in; however, it is not mandatory" class=""><span>Create account</span></a></li>
		<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=Special:UserLogin&amp;returnto={SK_TITLE}" title="You&#039;re encouraged to log in; however, it&#039;s not mandatory. [o]" accesskey="o" class=""><span>Log in</span></a></li>
	</ul></div></div>
	</div>
</nav>
		</div>
	</header>
</div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="vector-sitenotice-container">
			<div id="siteNotice"><!-- CentralNotice --></div>
		</div>
		<div class="vector-column-start">
			<div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
			<div class="vector-sticky-pinned-container">
				<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
					<div id="vector-toc-pinned-container" class="vector-pinned-container">
					<div id="vector-toc" class="vector-toc vector-pinnable-element">
	<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned" data-pinnable-element-id="vector-toc">
		<h2 class="vector-pinnable-header-label">Contents</h2>
		<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button>
		<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button>
	</div>
	<ul class="vector-toc-contents" id="mw-panel-toc-list">
		<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
{toc}
	</ul>
</div>
					</div>
				</nav>
			</div>
		</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar">
					<nav aria-label="Contents" class="vector-toc-landmark"><div id="vector-page-titlebar-toc" class="vector-dropdown vector-page-titlebar-toc vector-button-flush-left" title="Table of Contents"><input type="checkbox" id="vector-page-titlebar-toc-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Toggle the table of contents"><label id="vector-page-titlebar-toc-label" for="vector-page-titlebar-toc-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-listBullet mw-ui-icon-wikimedia-listBullet"></span><span class="vector-dropdown-label-text">Toggle the table of contents</span></label><div class="vector-dropdown-content"><div id="vector-page-titlebar-toc-unpinned-container" class="vector-unpinned-container"></div></div></div></nav>
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">List of tallest buildings in Europe</span></h1>
					<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"><input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="Go to an article in another language. Available in 31 languages"><label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-31" aria-hidden="true"><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span><span class="vector-dropdown-label-text">31 languages</span></label><div class="vector-dropdown-content"><div class="vector-menu-content"><ul class="vector-menu-content-list">
						<li class="interlanguage-link interwiki-de mw-list-item"><a href="https://de.skylinepedia.example/wiki/Liste_der_h%C3%B6chsten_Hochh%C3%A4user_in_Europa" title="Liste der höchsten Hochhäuser in Europa – German" lang="de" hreflang="de" class="interlanguage-link-target"><span>Deutsch</span></a></li>
						<li class="interlanguage-link interwiki-es mw-list-item"><a href="https://es.skylinepedia.example/wiki/Anexo:Rascacielos_m%C3%A1s_altos_de_Europa" title="Anexo:Rascacielos más altos de Europa – Spanish" lang="es" hreflang="es" class="interlanguage-link-target"><span>Español</span></a></li>
						<li class="interlanguage-link interwiki-fr mw-list-item"><a href="https://fr.skylinepedia.example/wiki/Liste_des_plus_hauts_gratte-ciel_d%27Europe" title="Liste des plus hauts gratte-ciel d'Europe – French" lang="fr" hreflang="fr" class="interlanguage-link-target"><span>Français</span></a></li>
						<li class="interlanguage-link interwiki-pl mw-list-item"><a href="https://pl.skylinepedia.example/wiki/Lista_najwy%C5%BCszych_budynk%C3%B3w_w_Europie" title="Lista najwyższych budynków w Europie – Polish" lang="pl" hreflang="pl" class="interlanguage-link-target"><span>Polski</span></a></li>
						<li class="interlanguage-link interwiki-ru mw-list-item"><a href="https://ru.skylinepedia.example/wiki/%D0%A1%D0%BF%D0%B8%D1%81%D0%BE%D0%BA" title="Список самых высоких зданий Европы – Russian" lang="ru" hreflang="ru" class="interlanguage-link-target"><span>Русский</span></a></li>
					</ul><div class="after-portlet after-portlet-lang"><span class="wb-langlinks-edit wb-langlinks-link"><a href="https://www.skylinedata.example/wiki/Special:EntityPage/Q1887924#sitelinks-wikipedia" title="Edit interlanguage links" class="wbc-editpage">Edit links</a></span></div></div></div></div>
				</header>
				<div class="vector-page-toolbar">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation">
							<nav aria-label="Namespaces"><div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul class="vector-menu-content-list">
								<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{SK_TITLE}" title="View the content page [c]" accesskey="c"><span>Article</span></a></li>
								<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:{SK_TITLE}" rel="discussion" title="Discuss improvements to the content page [t]" accesskey="t"><span>Talk</span></a></li>
							</ul></div></div></nav>
						</div>
						<div id="right-navigation" class="vector-collapsible">
							<nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"><div class="vector-menu-content"><ul class="vector-menu-content-list">
								<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{SK_TITLE}"><span>Read</span></a></li>
								<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={SK_TITLE}&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li>
								<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={SK_TITLE}&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span></a></li>
							</ul></div></div></nav>
							<nav class="vector-page-tools-landmark" aria-label="Page tools"><div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"><input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Tools"><label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"><span class="vector-dropdown-label-text">Tools</span></label><div class="vector-dropdown-content"><div id="vector-page-tools" class="vector-page-tools vector-pinnable-element"><div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions vector-has-collapsible-items" title="More options"><div class="vector-menu-heading">Actions</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
								<li id="ca-more-view" class="selected vector-more-collapsible-item mw-list-item"><a href="/wiki/{SK_TITLE}"><span>Read</span></a></li>
								<li id="ca-more-edit" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title={SK_TITLE}&amp;action=edit"><span>Edit</span></a></li>
								<li id="ca-more-history" class="vector-more-collapsible-item mw-list-item"><a href="/w/index.php?title={SK_TITLE}&amp;action=history"><span>View history</span></a></li>
							</ul></div></div><div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"><div class="vector-menu-heading">General</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
								<li id="t-whatlinkshere" class="mw-list-item"><a href="/wiki/Special:WhatLinksHere/{SK_TITLE}" title="List of all English Skylinepedia pages containing links to this page [j]" accesskey="j"><span>What links here</span></a></li>
								<li id="t-recentchangeslinked" class="mw-list-item"><a href="/wiki/Special:RecentChangesLinked/{SK_TITLE}" rel="nofollow" title="Recent changes in pages linked from this page [k]" accesskey="k"><span>Related changes</span></a></li>
								<li id="t-permalink" class="mw-list-item"><a href="/w/index.php?title={SK_TITLE}&amp;oldid=1254870315" title="Permanent link to this revision of this page"><span>Permanent link</span></a></li>
								<li id="t-info" class="mw-list-item"><a href="/w/index.php?title={SK_TITLE}&amp;action=info" title="More information about this page"><span>Page information</span></a></li>
								<li id="t-cite" class="mw-list-item"><a href="/w/index.php?title=Special:CiteThisPage&amp;page={SK_TITLE}&amp;id=1254870315&amp;wpFormIdentifier=titleform" title="Information on how to cite this page"><span>Cite this page</span></a></li>
							</ul></div></div></div></div></div></nav>
						</div>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content">
						<div class="mw-indicators"></div>
						<div id="siteSub" class="noprint">From Skylinepedia, the free encyclopedia</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">None</div>
<div role="note" class="hatnote navigation-not-searchable">For the tallest structures of any kind, see <a href="/wiki/List_of_tallest_structures_in_Europe" title="List of tallest structures in Europe">List of tallest structures in Europe</a>.</div>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Lakhta_Center_2023.jpg" class="mw-file-description"><img src="//upload.skylinepedia.example/wikipedia/commons/thumb/Lakhta_Center_2023.jpg/220px-Lakhta_Center_2023.jpg" decoding="async" width="220" height="330" class="mw-file-element" data-file-width="2448" data-file-height="3264" /></a><figcaption>The <a href="/wiki/Lakhta_Center" title="Lakhta Center">Lakhta Center</a> in Saint Petersburg, the tallest building in Europe</figcaption></figure>
<p>This <b>list of tallest buildings in Europe</b> ranks completed skyscrapers in Europe by height, measured to the architectural top, including spires but not antennas or flagpoles. Buildings in the European part of <a href="/wiki/Russia" title="Russia">Russia</a> and of <a href="/wiki/Istanbul" title="Istanbul">Istanbul</a> are included.<sup id="cite_ref-ref1_1-1" class="reference"><a href="#cite_note-ref1-1"><span class="cite-bracket">&#91;</span>1<span class="cite-bracket">&#93;</span></a></sup>
</p><p>Since 2012 the tallest buildings of the continent have been concentrated in the <a href="/wiki/Moscow_International_Business_Center" title="Moscow International Business Center">Moscow International Business Center</a>, while <a href="/wiki/London" title="London">London</a> and <a href="/wiki/Frankfurt" title="Frankfurt">Frankfurt</a> have the most skyscrapers above 200&#160;m in Western Europe.
</p>
<meta property="mw:PageProp/toc" />
{heading("Tallest_buildings", "Tallest buildings", 1)}
<p>Buildings of equal height share a rank. Heights are given in metres and in feet.
</p>
<table class="wikitable sortable" style="text-align:center">
<caption>Tallest completed buildings in Europe (as of 2024)
</caption>
<tbody><tr>
<th>Rank</th>
<th>Name</th>
<th class="unsortable">Image</th>
<th>City</th>
<th>Country</th>
<th>Height<br />(m)</th>
<th>Height<br />(ft)</th>
<th>Floors</th>
<th>Year</th>
<th class="unsortable">Notes</th></tr>
{rows}
</tbody></table>
{heading("Timeline_of_tallest_buildings", "Timeline of tallest buildings", 2)}
<p>This table lists the buildings that have held the title of tallest building in Europe since 1990.
</p>
<table class="wikitable">
<tbody><tr>
<th>Name</th>
<th>City</th>
<th>Country</th>
<th>Years as tallest</th>
<th>Height</th>
<th>Floors</th></tr>
{timeline}
</tbody></table>
{heading("See_also", "See also", 3)}
<ul><li><a href="/wiki/List_of_tallest_buildings_in_the_European_Union" title="List of tallest buildings in the European Union">List of tallest buildings in the European Union</a></li>
<li><a href="/wiki/List_of_tallest_structures_in_Europe" title="List of tallest structures in Europe">List of tallest structures in Europe</a></li>
<li><a href="/wiki/List_of_tallest_buildings_in_the_world" title="List of tallest buildings in the world">List of tallest buildings in the world</a></li></ul>
{heading("References", "References", 4)}
<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{{margin-bottom:0.5em;list-style-type:decimal}}</style><div class="reflist">
<div class="mw-references-wrap mw-references-columns"><ol class="references">
{refs}
</ol></div></div>
<div class="navbox-styles"></div><div role="navigation" class="navbox" aria-labelledby="Tallest_buildings_in_Europe_by_country" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="Tallest_buildings_in_Europe_by_country" style="font-size:114%;margin:0 4em">Tallest buildings in Europe by country</div></th></tr><tr><td colspan="2" class="navbox-list navbox-odd hlist" style="width:100%;padding:0"><div style="padding:0 0.25em">{navbox_links}</div></td></tr></tbody></table></div>
<!--
NewPP limit report
Parsed by mw-api-int.codfw.main-6d8c8b5b7d-x2x9k
Cached time: 20241118093512
Cache expiry: 2592000
CPU time usage: 0.412 seconds
-->
</div>
<noscript><img src="https://login.skylinepedia.example/wiki/Special:CentralAutoLogin/start?type=1x1&amp;useformat=desktop" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://en.skylinepedia.example/w/index.php?title={SK_TITLE}&amp;oldid=1254870315">https://en.skylinepedia.example/w/index.php?title={SK_TITLE}&amp;oldid=1254870315</a>"</div></div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Help:Category" title="Help:Category">Categories</a>: <ul><li><a href="/wiki/Category:Lists_of_tallest_buildings_in_Europe" title="Category:Lists of tallest buildings in Europe">Lists of tallest buildings in Europe</a></li><li><a href="/wiki/Category:Lists_of_buildings_and_structures_in_Europe" title="Category:Lists of buildings and structures in Europe">Lists of buildings and structures in Europe</a></li></ul></div><div id="mw-hidden-catlinks" class="mw-hidden-catlinks mw-hidden-cats-hidden">Hidden categories: <ul><li><a href="/wiki/Category:Articles_with_short_description" title="Category:Articles with short description">Articles with short description</a></li></ul></div></div>
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
			<footer id="footer" class="mw-footer">
				<ul id="footer-info">
					<li id="footer-info-lastmod"> This page was last edited on 2 November 2024, at 14:07<span class="anonymous-show">&#160;(UTC)</span>.</li>
					<li id="footer-info-copyright">Text is available under the <a rel="nofollow" class="external text" href="//en.skylinepedia.example/wiki/Skylinepedia:Text_of_the_Creative_Commons_Attribution-ShareAlike_4.0_International_License">Creative Commons Attribution-ShareAlike 4.0 License</a>; additional terms may apply.</li>
				</ul>
				<ul id="footer-places">
					<li id="footer-places-privacy"><a href="https://foundation.skylinepedia.example/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy policy</a></li>
					<li id="footer-places-about"><a href="/wiki/Skylinepedia:About">About Skylinepedia</a></li>
					<li id="footer-places-disclaimers"><a href="/wiki/Skylinepedia:General_disclaimer">Disclaimers</a></li>
					<li id="footer-places-contact"><a href="//en.skylinepedia.example/wiki/Skylinepedia:Contact_us">Contact Skylinepedia</a></li>
					<li id="footer-places-mobileview"><a href="//en.m.skylinepedia.example/w/index.php?title={SK_TITLE}&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">Mobile view</a></li>
				</ul>
			</footer>
		</div>
	</div>
</div>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgHostname":"mw-web.codfw.main-7b9d5f6c9-hq2lm","wgBackendResponseTime":161,"wgPageParseReport":{{"limitreport":{{"cputime":"0.412","walltime":"0.538","ppvisitednodes":{{"value":4211,"limit":1000000}},"postexpandincludesize":{{"value":61234,"limit":2097152}},"templateargumentsize":{{"value":1203,"limit":2097152}},"expansiondepth":{{"value":12,"limit":100}},"expensivefunctioncount":{{"value":0,"limit":500}},"unstrip-depth":{{"value":1,"limit":20}},"unstrip-size":{{"value":24811,"limit":5000000}},"entityaccesscount":{{"value":0,"limit":400}},"timingprofile":["100.00%  389.120      1 -total"," 38.41%  149.450      1 Template:Reflist"," 21.77%   84.712     54 Template:Flagicon"," 14.02%   54.556     27 Template:Ntsh"]}}}}}});}});</script>
</body>
</html>"""


@ninth
def build_skylinepedia() -> None:
    s = Site(
        "skylinepedia",
        kind="encyclopedia list table (Wikipedia 'List of …': sortable wikitable with rowspan ties and twin towers, flag icons, hidden sort keys, footnote refs, Notes column, caption)",
        start=f"wiki/{SK_TITLE}/",
        description="A Wikipedia list article (MediaWiki 1.43, Vector 2022, as the server sends it): the Vector header, main menu, sticky TOC, language button and page tools; a hatnote, a thumbnail figure, lead paragraphs with a footnote; h2 headings in div.mw-heading with [edit] links; table.wikitable.sortable with a caption 'Tallest completed buildings in Europe (as of 2024)', the th header row inside tbody, rows of Rank / Name / Image / City / Country / Height (m) / Height (ft) / Floors / Year / Notes: rank cells with rowspan=2 for two buildings of equal height, a twin-tower pair whose city, country, heights, floors, year and notes cells all span both rows, names in data-sort-value spans on some ('Shard, The'), image thumbnails, city links (one with a display:none span.sortkey), span.flagicon images beside the country link, heights behind an empty {{ntsh}} data-sort-value span, feet with thousands separators, sup.reference '[3]' footnotes with cite-bracket spans, Notes empty on some rows; a second, non-sortable timeline wikitable of past tallest buildings; See also, the references list, a navbox, categories and the footer.",
    )
    s.list_page(f"wiki/{SK_TITLE}/index.html", _sk_page())
    for (
        rank,
        name,
        article,
        _sort,
        city,
        _city_art,
        country,
        metres,
        feet,
        floors,
        year,
        note,
        _group,
        _span,
    ) in BUILDINGS:
        s.expect(
            {
                "rank": rank,
                "name": name,
                "url": f"/wiki/{article}",
                "city": city,
                "country": country,
                "height_m": metres,
                "height_ft": feet,
                "floors": floors,
                "year": year,
                "notes": _sk_plain(note) if note else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# valuemart: a Walmart search page (2024–2025, Next.js): the header (logo, search form, Departments /
# Services, Reorder / Sign In / cart), "Results for …", filter pills and a facet sidebar with counts,
# a "Sponsored" brand carousel above the grid; the grid is div[data-testid=item-stack] of width cells,
# each holding div[role=group][data-item-id] with a full-card a[link-identifier] (title in a w_iUH7
# screen-reader span), an image, badge tags ("Best seller", "Rollback", "Popular pick", the text twice),
# a heart button, an Add / Options button, div[data-automation-id=product-price]: the visible price split
# into "$" / dollars / cents spans (aria-hidden, "Now" on rollbacks, "Options from" on variants) then
# the screen-reader "current price $24.97" / "current price Now $19.88, Was $29.99", a struck "$29.99" on
# rollbacks and a unit price ("11.2 ¢/oz") on some; span[data-automation-id=product-title]; the rating
# as ld-Star icons, an aria-hidden count and "4.5 out of 5 Stars. 1234 reviews"; fulfilment badges
# ("Pickup today", "Delivery today", "Free shipping, arrives in 3+ days"). Sponsored products sit in
# the grid with the same markup, a /sp/track link and a "Sponsored" label. The same items (and the
# sponsored ones, isSponsoredFlag) are in __NEXT_DATA__. A numbered pager of ?q=…&page=N links.
# ---------------------------------------------------------------------------------------------------

VM_HOST = "https://www.valuemart.example"
VM_QUERY = "cast+iron+skillet"
# (usItemId, item id, title, brand, price, was or None, rating or None, reviews, badge or None,
#  fulfilment ("pickup" / "delivery" / "ship"), variant "Options", unit price or None)
SKILLETS: list[tuple[int, str, str, str, float, float | None, float | None, int, str | None, str, bool, str | None]] = [
    (
        5311582,
        "5QW1Y0J7P4KD",
        'Lodge Cast Iron 10.25" Skillet, Pre-Seasoned, L8SK3',
        "Lodge",
        19.90,
        24.97,
        4.8,
        41237,
        "Best seller",
        "pickup",
        False,
        None,
    ),
    (
        132876554,
        "2HZ4K9XG1M3T",
        'Mainstays 12" Pre-Seasoned Cast Iron Skillet with Helper Handle',
        "Mainstays",
        14.97,
        None,
        4.4,
        3108,
        "Popular pick",
        "pickup",
        False,
        None,
    ),
    (
        876543210,
        "7RM2P5C8W0QA",
        "Lodge Blacklock Triple Seasoned 12 Inch Cast Iron Skillet",
        "Lodge",
        79.95,
        None,
        4.7,
        862,
        None,
        "ship",
        False,
        None,
    ),
    (
        445120987,
        "0KS8D3N6V2LB",
        "Cuisinart Chef's Classic Enameled Cast Iron 10\" Round Fry Pan, Cardinal Red",
        "Cuisinart",
        34.99,
        49.99,
        4.5,
        517,
        "Rollback",
        "delivery",
        False,
        None,
    ),
    (
        990118273,
        "4TB7F1H9Q6ZE",
        "Victoria 10-Inch Cast Iron Skillet, Seasoned with Flaxseed Oil, Made in Colombia",
        "Victoria",
        27.49,
        None,
        4.6,
        2456,
        None,
        "ship",
        False,
        None,
    ),
    (
        312558741,
        "8PL0R4J2X7YC",
        "Lodge Cast Iron Seasoning Spray, 8 oz",
        "Lodge",
        8.97,
        None,
        4.7,
        6904,
        None,
        "pickup",
        False,
        "$1.12/oz",
    ),
    (
        268814509,
        "1GN5A8K3T0WS",
        "Utopia Kitchen Pre-Seasoned Cast Iron Skillet Set, 3 Piece (6, 8 and 10 Inch)",
        "Utopia Kitchen",
        24.99,
        34.99,
        4.3,
        11823,
        "Rollback",
        "delivery",
        False,
        None,
    ),
    (
        701923884,
        "6VC3M9B1E5RU",
        "Ozark Trail 12-Inch Cast Iron Skillet with Lid",
        "Ozark Trail",
        22.88,
        None,
        4.2,
        1045,
        None,
        "pickup",
        False,
        None,
    ),
    (
        559034128,
        "3YH6W2Q8L4NF",
        "Tramontina Enameled Cast Iron 10-Inch Covered Skillet",
        "Tramontina",
        44.86,
        None,
        None,
        0,
        None,
        "ship",
        True,
        None,
    ),
    (
        187734562,
        "9DX1T7G4K2PM",
        "Lodge Cast Iron Chainmail Scrubber, 7 x 7 Inch",
        "Lodge",
        14.90,
        None,
        4.8,
        3377,
        None,
        "pickup",
        False,
        None,
    ),
    (
        620045719,
        "5AJ8N0C6R3VZ",
        'Mainstays 8" Pre-Seasoned Cast Iron Skillet',
        "Mainstays",
        7.97,
        None,
        4.5,
        2210,
        None,
        "pickup",
        False,
        None,
    ),
    (
        834201956,
        "2QE4B7Y9S1HW",
        "Lodge Cast Iron Deep Skillet, 12 Inch, 5 Quart, with Glass Lid",
        "Lodge",
        49.90,
        59.90,
        4.7,
        1532,
        "Rollback",
        "delivery",
        False,
        None,
    ),
    (
        413398027,
        "7LU2F5K8D0XG",
        'Le Creuset Signature Enameled Cast Iron Skillet, 10.25", Flame',
        "Le Creuset",
        179.95,
        None,
        4.9,
        388,
        None,
        "ship",
        True,
        None,
    ),
    (
        295572661,
        "0NP9H3V6M4TC",
        "Staub Cast Iron 10-Inch Fry Pan, Matte Black",
        "Staub",
        129.99,
        189.99,
        4.8,
        276,
        "Rollback",
        "ship",
        False,
        None,
    ),
    (
        742811390,
        "4RC7Q1X5B8JK",
        "Lodge Silicone Hot Handle Holder, Red, 2 Pack",
        "Lodge",
        9.97,
        None,
        4.6,
        8812,
        None,
        "pickup",
        False,
        None,
    ),
    (
        158903472,
        "8WF0L4D2Y6AS",
        "Bruntmor Pre-Seasoned Cast Iron Skillet Set with Lids, 2 Piece",
        "Bruntmor",
        39.99,
        None,
        4.3,
        214,
        None,
        "ship",
        False,
        None,
    ),
    (
        963370215,
        "1BM6J9T3P7QE",
        'Ozark Trail 10.5" Cast Iron Square Grill Pan',
        "Ozark Trail",
        16.97,
        None,
        4.1,
        689,
        None,
        "pickup",
        False,
        None,
    ),
    (
        501238864,
        "6KZ3S8N1W5GD",
        "Crisbee Stik Cast Iron and Carbon Steel Seasoning Conditioner, 1.8 oz",
        "Crisbee",
        13.49,
        None,
        4.8,
        1977,
        "Popular pick",
        "delivery",
        False,
        "$7.49/oz",
    ),
    (
        377625018,
        "3HV5C2G7M0YR",
        "Lodge 15 Inch Cast Iron Pre-Seasoned Skillet with Dual Handles",
        "Lodge",
        44.90,
        None,
        4.8,
        3920,
        None,
        "pickup",
        False,
        None,
    ),
    (
        816409257,
        "9TA1E4R6K3LN",
        "Cuisinart Cast Iron Grill Press, Round",
        "Cuisinart",
        19.99,
        None,
        3.9,
        74,
        None,
        "ship",
        False,
        None,
    ),
    (
        245789130,
        "5XQ8B0F3J6WU",
        "Field Company No.8 Cast Iron Skillet, 10 1/4 Inch",
        "Field Company",
        145.00,
        None,
        4.6,
        91,
        None,
        "ship",
        False,
        None,
    ),
    (
        689012743,
        "2MG7K5D9T1VC",
        'Mainstays 10.25" Pre-Seasoned Cast Iron Skillet',
        "Mainstays",
        10.97,
        12.97,
        4.5,
        5621,
        "Rollback",
        "pickup",
        False,
        None,
    ),
    (
        530961488,
        "7PS4W1H8Q2ZB",
        "Backcountry Iron 9 Inch Round Cast Iron Skillet, Pre-Seasoned",
        "Backcountry Iron",
        29.95,
        None,
        4.4,
        133,
        None,
        "ship",
        False,
        None,
    ),
    (
        104557923,
        "0JD9M6X3L5RE",
        "Lodge Cast Iron Care Kit, 4 Piece",
        "Lodge",
        29.90,
        None,
        4.7,
        1240,
        None,
        "delivery",
        False,
        None,
    ),
    (
        927384610,
        "4CY2T7V0N8KH",
        "Camp Chef 12 Inch Seasoned Cast Iron Skillet",
        "Camp Chef",
        32.99,
        None,
        4.5,
        402,
        None,
        "ship",
        True,
        None,
    ),
    (
        468120395,
        "8BR5G3A1P6SW",
        "Tramontina 12-Inch Pre-Seasoned Cast Iron Skillet",
        "Tramontina",
        24.94,
        None,
        4.6,
        1718,
        None,
        "pickup",
        False,
        None,
    ),
]
# Sponsored products in the grid: (page, position on the page, usItemId, title, price, rating, reviews)
VM_SPONSORED: list[tuple[int, int, int, str, float, float, int]] = [
    (1, 2, 222014587, "Commercial CHEF 12 Inch Cast Iron Skillet, Pre-Seasoned", 21.99, 4.3, 512),
    (1, 7, 333908261, "HexClad Hybrid Nonstick 12-Inch Fry Pan with Lid", 149.00, 4.6, 2087),
    (2, 1, 444551873, "Commercial CHEF 10 Inch Cast Iron Skillet, Pre-Seasoned", 17.99, 4.2, 288),
    (2, 6, 555720396, 'Blue Diamond Ceramic Nonstick 12" Frying Pan Skillet', 29.88, 4.4, 9120),
    (3, 3, 666308142, "Lodge Enameled Cast Iron 6 Quart Dutch Oven, Island Spice Red", 79.90, 4.8, 6021),
]
VM_FULFILMENT = {
    "pickup": [("Pickup", " today"), ("Delivery", " today")],
    "delivery": [("Delivery", " today"), ("Free shipping", ", arrives tomorrow")],
    "ship": [("Free shipping", ", arrives in 3+ days")],
}


def _vm_href(item: tuple[Any, ...]) -> str:
    uid, _code, title, _brand, _p, _w, _r, _n, badge, _f, variant, _u = item
    path = f"/ip/{slug(title).replace('-', '-').title().replace(' ', '-')}/{uid}"
    query = "classType=VARIANT" if variant else "classType=REGULAR"
    if badge == "Best seller":
        query += "&athbdg=L1600"
    elif badge == "Popular pick":
        query += "&athbdg=L1102"
    return f"{path}?{query}"


def _vm_split(amount: float, lead: str = "") -> str:
    dollars, cents = f"{amount:,.2f}".split(".")
    return f'{lead}<span class="f6 f5-l" style="vertical-align:0.65ex;margin-right:2px">$</span><span class="f2">{dollars}</span><span class="f6 f5-l" style="vertical-align:0.75ex;margin-right:2.5px">{cents}</span>'


def _vm_stars(rating: float) -> str:
    icons = []
    for n in range(1, 6):
        kind = "StarFill" if rating >= n else ("StarHalf" if rating >= n - 0.5 else "Star")
        icons.append(
            f'<i class="ld ld-{kind}" style="font-size:12px;vertical-align:-0.175em;width:12px;height:12px;box-sizing:content-box" aria-hidden="true"></i>'
        )
    return "".join(icons)


def _vm_card(
    title: str,
    href: str,
    uid: int,
    price: float,
    was: float | None,
    rating: float | None,
    reviews: int,
    badge: str | None,
    fulfilment: str,
    variant: bool,
    unit: str | None,
    sponsored: bool,
    code: str,
) -> str:
    image = f"https://i5.valuemartimages.example/seo/{slug(title)[:60]}_{code.lower()}.jpeg?odnHeight=180&amp;odnWidth=180&amp;odnBg=FFFFFF"
    badge_html = (
        f'<div class="absolute top-0 left-0 mt2 ml2"><div class="flex flex-column items-start"><span class="w_yTSq w_0aYG w_MwbK{" w_Xm_c" if badge == "Rollback" else ""}" data-testid="badgeTagComponent"><span class="w_iUH7">{badge}</span><span aria-hidden="true" class="">{badge}</span></span></div></div>'
        if badge
        else ""
    )
    if variant:
        visible = f'<div class="mr1 mr2-xl b black lh-copy f5 f4-l" aria-hidden="true"><span class="f7 f6-l">Options from </span>{_vm_split(price)}</div>'
        sr = f'<span class="w_iUH7">current price Options from ${price:,.2f}</span>'
    elif was:
        visible = (
            f'<div class="mr1 mr2-xl b black green lh-copy f5 f4-l" aria-hidden="true">{_vm_split(price, "Now ")}</div>'
        )
        sr = f'<span class="w_iUH7">current price Now ${price:,.2f}, Was ${was:,.2f}</span><div class="gray mr1 strike f7 f6-l" aria-hidden="true">${was:,.2f}</div>'
    else:
        visible = f'<div class="mr1 mr2-xl b black lh-copy f5 f4-l" aria-hidden="true">{_vm_split(price)}</div>'
        sr = f'<span class="w_iUH7">current price ${price:,.2f}</span>'
    unit_html = f'<div class="gray mr1 f7 f6-l">{unit}</div>' if unit else ""
    if rating is not None:
        rating_html = f'<div class="flex items-center mt2"><span class="black inline-flex mr1" data-testid="product-ratings" data-value="{rating}">{_vm_stars(rating)}</span><span class="sans-serif gray f7" aria-hidden="true" data-testid="product-reviews" data-value="{reviews}">{reviews}</span><span class="w_iUH7">{rating} out of 5 Stars. {reviews} reviews</span></div>'
    else:
        rating_html = ""
    ful = "".join(
        f'<div class="f7 mr1 blue b lh-copy"><span class="b">{a}</span>{b}</div>'
        if a in ("Pickup", "Delivery")
        else f'<div class="f7 mr1 dark-gray lh-copy"><span class="b">{a}</span>{b}</div>'
        for a, b in VM_FULFILMENT[fulfilment]
    )
    button = (
        f'<a class="w_hhLG w_8nsR w_jDfj pointer bn sans-serif b ph2 flex items-center justify-center w-auto shadow-1" href="{href}" aria-label="Options - {esc(title)}" link-identifier="{uid}"><span class="mr2">Options</span></a>'
        if variant
        else f'<button class="w_hhLG w_8nsR w_jDfj pointer bn sans-serif b ph2 flex items-center justify-center w-auto shadow-1" type="button" data-automation-id="add-to-cart" data-pcss-hide="true" aria-label="Add to cart - {esc(title)}"><i class="ld ld-Plus" style="font-size:1.5rem;vertical-align:-0.25em;width:1.5rem;height:1.5rem;box-sizing:content-box" aria-hidden="true"></i><span class="mr2">Add</span></button>'
    )
    sponsored_html = (
        '<div class="gray f7 f6-l mb1 mt1" data-automation-id="sponsored-label">Sponsored</div>' if sponsored else ""
    )
    return f"""<div class="mb0 ph0-xl pt0-xl bb b--near-white w-25 pb3-m ph1" style="width:calc(100% / 4)" io-id="{code}">
 <div class="h-100 pr4-xl">
  <div role="group" data-item-id="{uid}" class="sans-serif mid-gray relative flex flex-column w-100 hide-child-opacity">
   <a link-identifier="{uid}" class="w-100 h-100 z-1 hide-sibling-opacity absolute" target="" href="{esc(href)}"><span class="w_iUH7">{esc(title)}</span></a>
   <div class="" data-testid="list-view">
    <div class="relative">
     <div class="relative overflow-hidden" style="max-width:180px;height:0;padding-bottom:min(180px, 100%);align-self:center;width:min(180px, 100%)" data-testid="item-stack-product-image"><div class="flex items-center justify-center absolute"><img loading="eager" srcset="{image} 1x" src="{image}" class="absolute top-0 left-0" data-testid="productTileImage" alt="{esc(title)}" width="180" height="180"/></div></div>
     {badge_html}
     <div class="absolute right-0 top-0 z-2 pr2 pt2"><button class="w_hhLG w_8nsR w_lgOn w_jDfj pointer bn b sans-serif br-100 bg-white flex items-center justify-center" type="button" data-automation-id="heart-button" aria-label="Add to Favorites list, {esc(title)}"><i class="ld ld-Heart" style="font-size:1.5rem;vertical-align:-0.25em;width:1.5rem;height:1.5rem;box-sizing:content-box" aria-hidden="true"></i></button></div>
    </div>
    <div class="mt5 mb0" style="height:24px"><div class="relative dib" data-id="{uid}">{button}</div></div>
    {sponsored_html}
    <div data-automation-id="product-price" class="flex flex-wrap justify-start items-center lh-title mb1">{visible}{sr}{unit_html}</div>
    <span data-automation-id="product-title" class="normal dark-gray mb0 mt1 lh-title f6 f5-l lh-copy">{esc(title)}</span>
    {rating_html}
    <div class="mt2 mb2"><span class="w_VbBP w_mFV6 w_I_19 w_3oNC w_AAn7 mr1 mt1 ph1" style="background-color:#F1F1F2">Save with <span class="b">W+</span></span></div>
    <div class="flex items-center lh-title h2-l normal" data-automation-id="fulfillment-badge">{ful}</div>
   </div>
  </div>
 </div>
</div>"""


def _vm_next_item(item: tuple[Any, ...] | None, sponsored: tuple[Any, ...] | None) -> dict[str, Any]:
    if sponsored is not None:
        _page, _pos, uid, title, price, rating, reviews = sponsored
        return {
            "__typename": "Product",
            "id": f"SP{uid}",
            "usItemId": str(uid),
            "name": title,
            "canonicalUrl": f"/ip/{slug(title).title()}/{uid}",
            "isSponsoredFlag": True,
            "averageRating": rating,
            "numberOfReviews": reviews,
            "priceInfo": {
                "itemPrice": "",
                "linePrice": f"${price:,.2f}",
                "linePriceDisplay": f"${price:,.2f}",
                "wasPrice": "",
                "unitPrice": "",
                "minPrice": 0,
                "priceRangeString": "",
                "savings": "",
                "savingsAmt": 0,
            },
            "badges": {"flags": [], "tags": [], "groups": []},
            "availabilityStatusV2": {"display": "In stock", "value": "IN_STOCK"},
        }
    assert item is not None
    uid, code, title, brand, price, was, rating, reviews, badge, fulfilment, variant, unit = item
    return {
        "__typename": "Product",
        "id": code,
        "usItemId": str(uid),
        "name": title,
        "brand": brand,
        "type": "VARIANT" if variant else "REGULAR",
        "canonicalUrl": _vm_href(item),
        "isSponsoredFlag": False,
        "averageRating": rating,
        "numberOfReviews": reviews or None,
        "priceInfo": {
            "itemPrice": "",
            "linePrice": f"${price:,.2f}",
            "linePriceDisplay": (
                f"Now ${price:,.2f}" if was else (f"Options from ${price:,.2f}" if variant else f"${price:,.2f}")
            ),
            "wasPrice": f"${was:,.2f}" if was else "",
            "unitPrice": unit or "",
            "minPrice": price if variant else 0,
            "priceRangeString": f"Options from ${price:,.2f}" if variant else "",
            "savings": f"SAVE ${was - price:,.2f}" if was else "",
            "savingsAmt": round(was - price, 2) if was else 0,
        },
        "badges": {
            "flags": [
                {
                    "__typename": "BaseBadge",
                    "key": badge.upper().replace(" ", "_"),
                    "text": badge,
                    "type": "LABEL",
                    "id": "L1600",
                }
            ]
            if badge
            else [],
            "tags": [],
            "groups": [],
        },
        "fulfillmentBadgeGroups": [
            {
                "__typename": "TileBadgeGroup",
                "text": a,
                "slaText": b,
                "isSlaTextBold": a != "Free shipping",
                "className": "dark-gray",
            }
            for a, b in VM_FULFILMENT[fulfilment]
        ],
        "availabilityStatusV2": {"display": "In stock", "value": "IN_STOCK"},
        "imageInfo": {
            "thumbnailUrl": f"https://i5.valuemartimages.example/seo/{slug(title)[:60]}_{code.lower()}.jpeg",
            "size": "290-392",
        },
    }


def _vm_page(page: int, pages: int, items: list[Any], total: int) -> str:
    ads = {pos: ad for ad in VM_SPONSORED if ad[0] == page for pos in [ad[1]]}
    cells = []
    next_items = []
    organic = iter(items)
    position = 1
    remaining = len(items)
    while remaining or position in ads:
        if position in ads:
            _p, _pos, uid, title, price, rating, reviews = ads[position]
            href = f"/sp/track?bt=1&eventST=click&plmt=sp-search-middle~desktop~&pos={position}&tax=4044_623679_9307183&rdf=1&rd=https%3A%2F%2Fwww.valuemart.example%2Fip%2F{slug(title).title()}%2F{uid}%3FadsRedirect%3Dtrue&adUid=6b1f0d2e-{uid}&mloc=sp-search-middle&pltfm=desktop&pgId={VM_QUERY}&pt=search&spQs=Zk1x{uid}&storeId=3081&couponState=na&bkt=ace1_default&/ip/{slug(title).title()}/{uid}"
            cells.append(
                _vm_card(title, href, uid, price, None, rating, reviews, None, "ship", False, None, True, f"SP{uid}")
            )
            next_items.append(_vm_next_item(None, ads[position]))
        else:
            item = next(organic)
            remaining -= 1
            uid, code, title, _brand, price, was, rating, reviews, badge, fulfilment, variant, unit = item
            cells.append(
                _vm_card(
                    title,
                    _vm_href(item),
                    uid,
                    price,
                    was,
                    rating,
                    reviews,
                    badge,
                    fulfilment,
                    variant,
                    unit,
                    False,
                    code,
                )
            )
            next_items.append(_vm_next_item(item, None))
        position += 1
    grid = "\n".join(cells)

    def link(n: int) -> str:
        return f"/search?q={VM_QUERY}" if n == 1 else f"/search?q={VM_QUERY}&amp;page={n}"

    pager_items = []
    if page > 1:
        pager_items.append(
            f'<li><a class="sans-serif ph1 pv2 w4 h4 border-box bg-white br-100 b--solid ba mh2-m db tc no-underline b--light-gray" href="{link(page - 1)}" aria-label="Previous Page" data-testid="PaginationPrev"><i class="ld ld-ChevronLeft pv1" style="font-size:24px;vertical-align:-0.25em;width:24px;height:24px;box-sizing:content-box" aria-hidden="true"></i></a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            pager_items.append(
                f'<li><div aria-current="page" class="sans-serif ph1 pv2 w4 h4 lh-copy border-box br-100 b--solid mh2-m db tc no-underline black bg-white ba b--black">{n}</div></li>'
            )
        else:
            pager_items.append(
                f'<li><a class="sans-serif ph1 pv2 w4 h4 lh-copy border-box br-100 b--solid mh2-m db tc no-underline black bg-white b--white-90" data-automation-id="page-number" aria-label="Page {n}" href="{link(n)}">{n}</a></li>'
            )
    if page < pages:
        pager_items.append(
            f'<li><a class="sans-serif ph1 pv2 w4 h4 border-box bg-white br-100 b--solid ba mh2-m db tc no-underline b--light-gray" href="{link(page + 1)}" aria-label="Next Page" data-testid="NextPage"><i class="ld ld-ChevronRight pv1" style="font-size:24px;vertical-align:-0.25em;width:24px;height:24px;box-sizing:content-box" aria-hidden="true"></i></a></li>'
        )
    pager = "".join(pager_items)
    brands = {}
    for item in SKILLETS:
        brands[item[3]] = brands.get(item[3], 0) + 1
    facets = "".join(
        f'<li><div class="pv1"><input type="checkbox" class="w_2jsP" id="brand-{slug(b)}" name="brand" value="{esc(b)}"><label for="brand-{slug(b)}" class="w_q2Ah">{esc(b)} <span class="gray">({n})</span></label></div></li>'
        for b, n in sorted(brands.items())
    )
    carousel = "".join(
        f'<li class="pr3"><a href="/sp/track?bt=1&amp;eventST=click&amp;plmt=sb-search-top~desktop~&amp;pos={n}&amp;rd=https%3A%2F%2Fwww.valuemart.example%2Fip%2F{slug(t).title()}%2F{u}" link-identifier="{u}" class="db"><img src="https://i5.valuemartimages.example/seo/{slug(t)[:40]}.jpeg?odnHeight=100&amp;odnWidth=100" alt="{esc(t)}" width="100" height="100"><span class="f6 dark-gray db mt1">{esc(t)}</span><div class="b f5 black">${p:,.2f}</div><span class="w_iUH7">current price ${p:,.2f}</span></a></li>'
        for n, (u, t, p) in enumerate(
            (
                (771203945, "Lodge 3-Piece Cast Iron Starter Set", 49.97),
                (771203946, "Lodge Cast Iron Griddle, 10.5 Inch", 24.90),
                (771203947, "Lodge Enameled Dutch Oven, 4.5 Quart", 59.90),
            ),
            1,
        )
    )
    next_data = {
        "props": {
            "pageProps": {
                "initialData": {
                    "searchResult": {
                        "title": 'Results for "cast iron skillet"',
                        "aggregatedCount": total,
                        "itemStacks": [{"__typename": "ItemStack", "title": "", "count": total, "itemsV2": next_items}],
                        "paginationV2": {
                            "maxPage": pages,
                            "pageProperties": {"page": str(page), "query": VM_QUERY.replace("+", " ")},
                        },
                    },
                    "contentLayout": {"modules": [{"type": "SponsoredBrandAmplifier", "name": "SBA top"}]},
                },
                "bootstrapData": {"cv": {"_all_": {"_wpbtbEnabled": True}}},
            }
        },
        "page": "/search",
        "query": {"q": VM_QUERY.replace("+", " "), "page": str(page)},
        "buildId": "glass-web-search-2024.11.12-7f3a9c",
        "isFallback": False,
        "gssp": True,
        "scriptLoader": [],
    }
    blob = json.dumps(next_data, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")
    first = (page - 1) * len(SKILLETS[:9]) + 1
    return f"""<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta property="fb:app_id" content="105223049547814"/><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"/><link rel="dns-prefetch" href="https://tap.valuemart.example"/><link rel="preconnect" href="https://beacon.valuemart.example"/><link rel="icon" href="https://i5.valuemartimages.example/dfw/63fd9f59-b3e1/7a569e53-f29a-4c3d-bfaf-6f7a158bfadd/v1/valuemartIcon_Yellow.png"/><title>Cast Iron Skillet - Valuemart.example</title><meta name="description" content="Shop for Cast Iron Skillet at Valuemart.example. Save money. Live better"/><link rel="canonical" href="{VM_HOST}/search?q={VM_QUERY}"/><meta name="robots" content="noindex, follow"/><link rel="preload" href="https://i5.valuemartimages.example/dfw/63fd9f59-a78c/fonts/bogle/BogleWeb-Regular.woff2" as="font" type="font/woff2" crossorigin="anonymous"/><link rel="stylesheet" href="/_next/static/css/1e2d3c4b5a697887.css" data-n-g=""/><link rel="stylesheet" href="/_next/static/css/9a8b7c6d5e4f3a2b.css" data-n-p=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-6a1b2c3d4e5f.js" defer=""></script><script src="/_next/static/chunks/framework-0f1e2d3c4b5a.js" defer=""></script><script src="/_next/static/chunks/main-8e7d6c5b4a39.js" defer=""></script><script src="/_next/static/chunks/pages/_app-3c2b1a0f9e8d.js" defer=""></script><script src="/_next/static/chunks/pages/search-5d4c3b2a1f0e.js" defer=""></script></head><body><div id="__next"><div class="flex flex-column min-vh-100 shadow-2"><span id="skip-to-main-content" class="w_iUH7"><a href="#maincontent">Skip to Main Content</a></span>
<section class="z-3 sticky top-0 bg-blue"><header class="flex items-center ph3 pv2 bg-blue white" data-testid="global-header"><a class="flex items-center white no-underline mr3" href="/" aria-label="Valuemart. Save Money. Live Better. Home Page" link-identifier="Valuemart homepage"><i class="ld ld-Spark" style="font-size:2rem" aria-hidden="true"></i></a>
<div class="dn db-m mr2"><button type="button" class="w_hhLG w_8nsR pointer bn white bg-transparent b f6" aria-label="Departments"><i class="ld ld-Grid" aria-hidden="true"></i><span>Departments</span></button><button type="button" class="w_hhLG w_8nsR pointer bn white bg-transparent b f6"><i class="ld ld-Services" aria-hidden="true"></i><span>Services</span></button></div>
<form role="search" class="flex-auto relative" action="/search" method="get"><input type="search" name="q" aria-label="Search" placeholder="Search everything at Valuemart online and in store" autocomplete="off" value="cast iron skillet" class="w-100 br-pill ba b--transparent pv2 ph3" maxlength="256"/><button type="submit" aria-label="Search icon" class="absolute right-0 top-0 bn bg-yellow br-100"><i class="ld ld-Search" aria-hidden="true"></i></button></form>
<nav class="flex items-center ml3"><a class="white no-underline f7 mr3" href="/lists" link-identifier="Reorder"><i class="ld ld-Heart" aria-hidden="true"></i><span class="db b">Reorder</span><span class="db">My Items</span></a><a class="white no-underline f7 mr3" href="/account/login?vid=oaoh" link-identifier="Account"><i class="ld ld-User" aria-hidden="true"></i><span class="db">Sign In</span><span class="db b">Account</span></a><a class="white no-underline f7" href="/cart" link-identifier="cart" aria-label="Cart contains 0 items Total Amount $0.00"><i class="ld ld-Cart" aria-hidden="true"></i><span class="db b">$0.00</span></a></nav></header>
<div class="flex items-center bg-blue white f6 ph3 pv1" data-testid="store-and-address"><button type="button" class="bn bg-transparent white pointer" aria-label="Pickup or delivery?"><span class="b">Pickup or delivery?</span> <span>Sacramento, 95829 • Sacramento Supercenter</span></button></div>
<nav aria-label="Department navigation" class="flex ph3 pv2 bg-white"><a class="dark-gray no-underline f6 mr3" href="/shop/deals">Deals</a><a class="dark-gray no-underline f6 mr3" href="/cp/holiday-decorations/2637">Holiday Decor</a><a class="dark-gray no-underline f6 mr3" href="/cp/gifts/1094765">Gift Ideas</a><a class="dark-gray no-underline f6 mr3" href="/cp/grocery/976759">Grocery &amp; Essentials</a><a class="dark-gray no-underline f6 mr3" href="/cp/home/4044">Home</a><a class="dark-gray no-underline f6 mr3" href="/cp/kitchen-dining/623679">Kitchen &amp; Dining</a><a class="dark-gray no-underline f6" href="/plus">Valuemart+</a></nav></section>
<main id="maincontent" class="flex-auto"><div class="flex">
<section aria-label="Filters" class="dn db-l w-20 pa3" data-testid="filters-sidebar"><h2 class="f5 b mb2">Filters</h2><div class="bb b--light-gray pv2"><h3 class="f6 b">Department</h3><ul class="list pa0"><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;cat_id=4044">Home</a></li><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;cat_id=4044_623679">Kitchen &amp; Dining</a></li><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;cat_id=4125">Sports &amp; Outdoors</a></li></ul></div><div class="bb b--light-gray pv2"><h3 class="f6 b">Brand</h3><ul class="list pa0">{facets}</ul></div><div class="bb b--light-gray pv2"><h3 class="f6 b">Price</h3><ul class="list pa0"><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;max_price=10">Under $10</a></li><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;min_price=10&amp;max_price=25">$10 - $25</a></li><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;min_price=25&amp;max_price=50">$25 - $50</a></li><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;min_price=50">$50 and up</a></li></ul></div><div class="pv2"><h3 class="f6 b">Customer Rating</h3><ul class="list pa0"><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;facet=customer_rating%3A4+-+5+Stars">4 - 5 Stars</a></li><li><a class="dark-gray f6" href="/search?q={VM_QUERY}&amp;facet=customer_rating%3A3+-+5+Stars">3 - 5 Stars</a></li></ul></div></section>
<div class="flex-auto pa3">
<div class="flex items-center justify-between mb2"><h1 class="f4 b mv0" aria-live="polite">Results for "cast iron skillet" ({total})</h1><div class="f6"><label for="sort-by">Sort by</label> <select id="sort-by" class="bn b"><option value="best_match" selected="">Best Match</option><option value="price_low">Price low to high</option><option value="price_high">Price high to low</option><option value="best_seller">Best selling</option><option value="rating_high">Highest Rating</option><option value="new">New arrivals</option></select></div></div>
<div class="flex flex-wrap mb3" role="toolbar" aria-label="Filter pills"><button type="button" class="w_hhLG w_8nsR w_lgOn br-pill ba b--light-gray bg-white mr2 mb2 f6">Pickup</button><button type="button" class="w_hhLG w_8nsR w_lgOn br-pill ba b--light-gray bg-white mr2 mb2 f6">Shipping</button><button type="button" class="w_hhLG w_8nsR w_lgOn br-pill ba b--light-gray bg-white mr2 mb2 f6">Delivery</button><button type="button" class="w_hhLG w_8nsR w_lgOn br-pill ba b--light-gray bg-white mr2 mb2 f6">Price <i class="ld ld-ChevronDown" aria-hidden="true"></i></button><button type="button" class="w_hhLG w_8nsR w_lgOn br-pill ba b--light-gray bg-white mr2 mb2 f6">Brand <i class="ld ld-ChevronDown" aria-hidden="true"></i></button><button type="button" class="w_hhLG w_8nsR w_lgOn br-pill ba b--light-gray bg-white mr2 mb2 f6">Speed <i class="ld ld-ChevronDown" aria-hidden="true"></i></button></div>
{'<section class="mb3 pa3 ba b--light-gray br3" data-testid="sba-top" aria-label="Sponsored brand"><div class="flex items-center justify-between"><h2 class="f5 b mv0">Cook like a pro with Lodge</h2><span class="gray f7">Sponsored</span></div><a href="/sp/track?bt=1&amp;eventST=click&amp;plmt=sb-search-top~desktop~&amp;rd=https%3A%2F%2Fwww.valuemart.example%2Fbrand%2Flodge" class="f6 blue">Shop Lodge</a><ul class="list flex pa0 mt2">' + carousel + "</ul></section>" if page == 1 else ""}
<div data-testid="item-stack" class="relative"><section aria-label="Products"><div class="flex flex-wrap w-100 flex-grow-0 flex-shrink-0 ph2 pr0-xl pl4-xl mt0-xl" data-stack-index="0">
{grid}
</div></section></div>
<nav aria-label="pagination" class="sans-serif ph1"><ul class="list flex flex-wrap items-center justify-center pa0">{pager}</ul></nav>
<div class="tc f7 gray mt3">Showing {first}-{first + len(items) - 1} of {total} results</div>
</div></div>
<section class="ph3 pv4 bt b--light-gray" aria-label="Related searches"><h2 class="f5 b">Related searches</h2><ul class="list flex flex-wrap pa0"><li class="mr2 mb2"><a class="br-pill ba b--light-gray ph3 pv1 dark-gray f6 no-underline" href="/search?q=cast+iron+pan">cast iron pan</a></li><li class="mr2 mb2"><a class="br-pill ba b--light-gray ph3 pv1 dark-gray f6 no-underline" href="/search?q=lodge+cast+iron">lodge cast iron</a></li><li class="mr2 mb2"><a class="br-pill ba b--light-gray ph3 pv1 dark-gray f6 no-underline" href="/search?q=dutch+oven">dutch oven</a></li><li class="mr2 mb2"><a class="br-pill ba b--light-gray ph3 pv1 dark-gray f6 no-underline" href="/search?q=cast+iron+griddle">cast iron griddle</a></li></ul></section>
</main>
<footer class="bg-blue white pa4" data-testid="global-footer"><div class="tc f6 mb3">We'd love to hear what you think! <button type="button" class="bn bg-transparent white underline">Give feedback</button></div><ul class="list flex flex-wrap justify-center pa0 f7"><li class="mh2"><a class="white" href="/help/all-departments">All Departments</a></li><li class="mh2"><a class="white" href="/store/finder">Store Directory</a></li><li class="mh2"><a class="white" href="/careers">Careers</a></li><li class="mh2"><a class="white" href="/help">Help</a></li><li class="mh2"><a class="white" href="/account/trackorder">Order Tracking</a></li><li class="mh2"><a class="white" href="/help/article/privacy">Privacy Notice</a></li><li class="mh2"><a class="white" href="/help/article/terms-of-use">Terms of Use</a></li></ul><div class="tc f7 mt3">© 2025 Valuemart. All Rights Reserved.</div></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{blob}</script><script>window._wml={{"beaconUrl":"https://beacon.valuemart.example/beacon.js","pageType":"search"}};</script></body></html>"""


@ninth
def build_valuemart() -> None:
    s = Site(
        "valuemart",
        kind="marketplace search results (Walmart 2024–25, Next.js: data-item-id cards of utility/hashed classes, screen-reader and split prices, 'Was', 'out of 5 Stars' copy, Sponsored cards, __NEXT_DATA__, &page=N)",
        start=f"search?q={VM_QUERY}",
        description="A Walmart search page (2024–2025): the header with search form, Departments / Services, Reorder / Sign In / cart, a store bar and department links; 'Results for \"cast iron skillet\" (26)', filter pills, a facet sidebar with brand counts and price links; on page 1 a 'Sponsored' brand carousel with prices; div[data-testid=item-stack] of w-25 cells, each div[role=group][data-item-id] with a full-card a[link-identifier] whose text is a w_iUH7 screen-reader copy of the title, an image, badge tags written twice (a w_iUH7 span and an aria-hidden one: Best seller, Rollback, Popular pick), a heart button, Add / Options buttons, div[data-automation-id=product-price] with the visible price split into '$' / dollars / cents spans (aria-hidden; 'Now' on rollbacks, 'Options from' on variant products) then 'current price $24.97' / 'current price Now $19.90, Was $24.97' for screen readers, a struck '$24.97' on rollbacks and a unit price ('$1.12/oz') on some; span[data-automation-id=product-title]; ld-Star icons, an aria-hidden review count and '4.8 out of 5 Stars. 41237 reviews' (no rating on one product); 'Save with W+'; fulfilment lines 'Pickup today' / 'Delivery today' / 'Free shipping, arrives in 3+ days'. Sponsored products sit in the grid with the same markup, a /sp/track?…&rd=… link and a 'Sponsored' label (five over three pages). The page's items, sponsored ones included (isSponsoredFlag), are in __NEXT_DATA__ (props.pageProps.initialData.searchResult.itemStacks[0].itemsV2, priceInfo.linePrice / wasPrice strings). A numbered pager of /search?q=…&page=N links with icon-only Previous / Next.",
    )
    pages = chunks(SKILLETS, [9, 9, 8])
    for number, items in enumerate(pages, 1):
        text = _vm_page(number, len(pages), items, len(SKILLETS))
        s.list_page(f"search@q={VM_QUERY}" if number == 1 else f"search@q={VM_QUERY}&page={number}", text)
    for item in SKILLETS:
        _uid, _code, title, _brand, price, was, rating, reviews, _badge, _ful, _variant, _unit = item
        s.expect(
            {
                "title": title,
                "url": _vm_href(item),
                "price": price,
                "currency": "USD",
                "original_price": was,
                "rating": rating,
                "review_count": reviews or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# scholarseek: Google Scholar's results (2024–2025): the gs_hdr search bar, "About 26 results (0.05 sec)",
# the gs_bdy_sb sidebar (Any time / Since 2025 / … / Custom range, Sort by relevance / date, Any type /
# Review articles, include patents / citations, Create alert), then div#gs_res_ccl_mid of
# div.gs_r.gs_or.gs_scl[data-cid][data-rp] results: an optional side link div.gs_ggs.gs_fl >
# div.gs_ggsd > div.gs_or_ggsm > a ("<span class=gs_ctg2>[PDF]</span> arxiv.org" or [HTML]); div.gs_ri >
# h3.gs_rt with an optional type mark (span.gs_ctc > span.gs_ct1 [PDF] / [BOOK] / [HTML] + span.gs_ct2)
# and the title link, or span.gs_ctu [CITATION] and an unlinked title span; div.gs_a "RH Diehl, <a>JM
# Bates</a>, DE Willard… - Journal of …, 2014 - Wiley Online Library" (author profile links on some names,
# "…" when truncated, non-breaking spaces before the dashes, no venue on books, no publisher on
# citations); div.gs_rs snippet with <b> highlights and "…" (absent on citations); div.gs_fl.gs_flb with
# Save / Cite buttons (svg + label), "Cited by 412", "Related articles", "All 12 versions", More / Fewer
# buttons. Page 1 opens with a "User profiles for …" gs_r box; "Related searches" below; the gs_n pager
# (Previous / 1 2 3 / Next) over /scholar?start=N&q=…&hl=en&as_sdt=0,5 links (page 1 also without start).
# ---------------------------------------------------------------------------------------------------

GS_Q = "bird+migration+weather+radar+vertical+profiles"
GS_Q_TEXT = "bird migration weather radar vertical profiles"
# (cid, kind ("" / "PDF" / "BOOK" / "HTML" / "CITATION"), title, url or None, authors [(name, profile id
#  or None)], truncated, venue or None, year, publisher or None, snippet ([[…]] marks highlights) or None,
#  cited by or None, versions or None, side link (label, url, host) or None)
PAPERS: list[
    tuple[
        str,
        str,
        str,
        str | None,
        list[tuple[str, str | None]],
        bool,
        str | None,
        int,
        str | None,
        str | None,
        int | None,
        int | None,
        tuple[str, str, str] | None,
    ]
] = [
    (
        "kq2TpXr9aLwJ",
        "",
        "Continental-scale radar monitoring of the aerial movements of animals",
        "https://link.springer.com/article/10.1186/s40462-014-0009-2",
        [("HR Ottersen", "Ab3dEfGAAAAJ"), ("JM Bates", None), ("SK Lindqvist", "Qw9rTyUAAAAJ")],
        True,
        "Movement Ecology",
        2014,
        "Springer",
        "… [[weather]] [[radar]] networks now provide [[vertical]] [[profiles]] of [[bird]] densities and speeds for most of Europe and North America, opening the way to continental [[migration]] monitoring …",
        412,
        12,
        ("HTML", "https://link.springer.com/article/10.1186/s40462-014-0009-2", "springer.com"),
    ),
    (
        "Zp8vNc3QxY0J",
        "",
        "Bird migration flight altitudes studied by a network of operational weather radars",
        "https://royalsocietypublishing.org/doi/abs/10.1098/rsif.2010.0116",
        [("AM Dekker", "Lm4nOpQAAAAJ"), ("F Lichter", None), ("H Stahl", None)],
        True,
        "Journal of the Royal …",
        2011,
        "royalsocietypublishing.org",
        "A fully automated method for the detection and quantification of [[bird]] [[migration]] was developed for operational C-band [[weather]] [[radars]], measuring [[bird]] density, speed and direction as a function of altitude …",
        688,
        21,
        ("PDF", "https://royalsocietypublishing.org/doi/pdf/10.1098/rsif.2010.0116", "royalsocietypublishing.org"),
    ),
    (
        "Hq1sWd7PzA5J",
        "PDF",
        "vol2bird: a tool to extract vertical profiles of birds from weather radar data",
        "https://www.researchgate.example/profile/vol2bird.pdf",
        [("RT Vosse", None), ("AM Dekker", "Lm4nOpQAAAAJ")],
        False,
        "Methods in Ecology and Evolution",
        2019,
        "researchgate.example",
        "We present an open-source algorithm that extracts [[vertical]] [[profiles]] of [[birds]] from single-polarization and dual-polarization [[weather]] [[radar]] volumes …",
        157,
        9,
        ("PDF", "https://www.researchgate.example/profile/vol2bird.pdf", "researchgate.example"),
    ),
    (
        "Tg5mKy2RbN8J",
        "",
        "Seasonal abundance and survival of North America's migratory avifauna determined by weather radar",
        "https://www.nature.com/articles/s41559-018-0666-4",
        [("AL Dorr", None), ("KG Hart", "Zx7cVbNAAAAJ"), ("T Okafor", None)],
        True,
        "Nature Ecology & …",
        2018,
        "nature.com",
        "Here we use [[weather]] [[radar]] observations to estimate the number of [[birds]] that [[migrate]] over the contiguous United States in spring and autumn …",
        301,
        14,
        ("PDF", "https://www.nature.com/articles/s41559-018-0666-4.pdf", "nature.com"),
    ),
    (
        "Rb4xLq9MnZ2J",
        "BOOK",
        "Radar Ornithology: Birds in the Atmosphere",
        "https://books.google.example/books?id=rq7HBgAAQBAJ",
        [("SA Gauthier", None)],
        False,
        None,
        1980,
        "books.google.example",
        "… The use of [[weather]] [[radar]] to study [[bird]] [[migration]] dates from the 1950s, when operators first noticed echoes that did not behave like precipitation …",
        94,
        3,
        None,
    ),
    (
        "Xc6pEf1VaH3J",
        "",
        "bioRad: biological analysis and visualization of weather radar data",
        "https://onlinelibrary.wiley.example/doi/full/10.1111/ecog.04028",
        [("AM Dekker", "Lm4nOpQAAAAJ"), ("P Desmet", None), ("RT Vosse", None)],
        True,
        "Ecography",
        2019,
        "Wiley Online Library",
        "[[Weather]] [[radar]] networks are increasingly used to study [[bird]] [[migration]]. bioRad provides functionality to extract, visualise and analyse [[vertical]] [[profiles]] of [[birds]] …",
        212,
        11,
        ("HTML", "https://onlinelibrary.wiley.example/doi/full/10.1111/ecog.04028", "wiley.example"),
    ),
    (
        "Wn3kJh8TsC6J",
        "CITATION",
        "Flight speeds and directions of nocturnal migrants from Doppler radar wind profiles",
        None,
        [("NB Kessler", None), ("J Marsh", None)],
        False,
        "Journal of Avian Biology",
        2016,
        None,
        None,
        38,
        None,
        None,
    ),
    (
        "Pf7gRt4YuQ1J",
        "",
        "Using weather radar to quantify bird collision risk at offshore wind farms",
        "https://www.sciencedirect.example/science/article/pii/S0006320721001234",
        [("CL Brandt", None), ("MJ Ferreira", "Hy6uJkLAAAAJ"), ("E Aalto", None)],
        True,
        "Biological Conservation",
        2021,
        "Elsevier",
        "… [[vertical]] [[profiles]] of [[bird]] density derived from [[weather]] [[radar]] were combined with turbine rotor heights to estimate the fraction of [[migrants]] flying within the risk zone …",
        64,
        6,
        None,
    ),
    (
        "Mj2bVz6XoK9J",
        "CITATION",
        "Radar studies of bird migration: a review of methods",
        None,
        [("B Bruderer", None)],
        False,
        "Ibis",
        1997,
        None,
        None,
        122,
        None,
        None,
    ),
    (
        "Qa9dSn5HwE4J",
        "",
        "Nocturnal bird migration in opposing wind directions: insights from European weather radars",
        "https://academic.oup.example/beheco/article/30/2/455/5230287",
        [("S Nilsson", "Pq2wErTAAAAJ"), ("J Bäckman", None), ("T Alerstam", None)],
        False,
        "Behavioral Ecology",
        2019,
        "academic.oup.example",
        "We used [[vertical]] [[profiles]] from 12 [[weather]] [[radars]] to compare flight behaviour of nocturnal [[migrants]] in following and opposing winds …",
        45,
        7,
        ("PDF", "https://lup.lub.example/search/files/5230287/behav.pdf", "lup.lub.example"),
    ),
    (
        "Ls8fPq3GdY7J",
        "",
        "Operational monitoring of bird migration with C-band weather radars in Finland",
        "https://journals.ametsoc.example/view/journals/atot/38/4/JTECH-D-20-0101.1.xml",
        [("H Aaltonen", None), ("J Koistinen", None), ("P Lehto", None)],
        True,
        "Journal of Atmospheric and …",
        2021,
        "journals.ametsoc.example",
        "… dual-polarization [[weather]] [[radars]] of the Finnish network separate [[bird]] echoes from insects and precipitation; [[vertical]] [[profiles]] are produced every 15 minutes …",
        29,
        4,
        None,
    ),
    (
        "Vb1cMn6JeR2J",
        "HTML",
        "Light pollution and the nocturnal migration of birds over cities",
        "https://www.pnas.example/doi/10.1073/pnas.1708574114",
        [("BM Vandoren", "Kl3mNoPAAAAJ"), ("KG Hart", "Zx7cVbNAAAAJ")],
        False,
        "Proceedings of the …",
        2017,
        "pnas.example",
        "Using [[weather]] [[radar]] we show that the 9/11 memorial lights alter the [[migratory]] behaviour of [[birds]] at altitudes up to 4 km …",
        356,
        18,
        None,
    ),
    (
        "Gh4tYu7IkP5J",
        "",
        "Machine learning classification of biological scatterers in weather radar volumes",
        "https://arxiv.example/abs/2103.04512",
        [("K Nowak", None), ("L Wu", None), ("D Sheldon", "Rs5tUvWAAAAJ")],
        False,
        "arXiv preprint arXiv:2103.04512",
        2021,
        "arxiv.example",
        "… we train a convolutional network to segment [[bird]], insect and rain echoes, improving [[vertical]] [[profile]] estimates of [[migration]] intensity …",
        17,
        3,
        ("PDF", "https://arxiv.example/pdf/2103.04512", "arxiv.example"),
    ),
    (
        "Dc9eWq2SaF8J",
        "",
        "Spring migration phenology of North American birds from 23 years of radar data",
        "https://www.science.example/doi/10.1126/science.abb2102",
        [("KG Hart", "Zx7cVbNAAAAJ"), ("FA La Sorte", None), ("D Sheldon", "Rs5tUvWAAAAJ")],
        True,
        "Science",
        2020,
        "science.example",
        "… the timing of peak [[migration]] measured by [[weather]] [[radars]] has advanced in the north but not the south of the continent …",
        188,
        10,
        None,
    ),
    (
        "Ny5rTb8UcM1J",
        "PDF",
        "Calibrating bird densities from weather radar against thermal imaging",
        "https://www.vogelwarte.example/assets/files/publications/calibration.pdf",
        [("F Lichter", None), ("S Zaugg", None)],
        False,
        "Ecological Applications",
        2022,
        "vogelwarte.example",
        "[[Vertical]] [[profiles]] of [[bird]] densities from a C-band [[weather]] [[radar]] agreed with thermal camera counts within 20 % during clear nights …",
        22,
        5,
        ("PDF", "https://www.vogelwarte.example/assets/files/publications/calibration.pdf", "vogelwarte.example"),
    ),
    (
        "Ek7wQz4LpV6J",
        "",
        "A continental system for forecasting bird migration",
        "https://www.science.example/doi/10.1126/science.aat7526",
        [("BM Vandoren", "Kl3mNoPAAAAJ"), ("KG Hart", "Zx7cVbNAAAAJ")],
        False,
        "Science",
        2018,
        "science.example",
        "We use 23 years of [[weather]] [[radar]] data to train models that forecast nightly [[bird]] [[migration]] intensity across the United States …",
        266,
        12,
        ("PDF", "https://par.nsf.example/servlets/purl/10088123", "par.nsf.example"),
    ),
    (
        "Uo3xRc9MbT4J",
        "",
        "Altitudinal profiles of nocturnal migrants over the Alps",
        "https://www.frontiersin.example/articles/10.3389/fevo.2023.1042231/full",
        [("M Zurbuchen", None), ("B Naef", None)],
        False,
        "Frontiers in Ecology and …",
        2023,
        "frontiersin.example",
        "… [[vertical]] [[profiles]] show that [[migrants]] cross the main Alpine ridge at 2,000 to 3,500 m and follow valleys in headwinds …",
        None,
        2,
        ("HTML", "https://www.frontiersin.example/articles/10.3389/fevo.2023.1042231/full", "frontiersin.example"),
    ),
    (
        "Ia6yNd1KsW9J",
        "CITATION",
        "Weather radar ornithology in the Baltic region",
        None,
        [("L Karlsson", None), ("E Strand", None)],
        False,
        None,
        2005,
        None,
        None,
        11,
        None,
        None,
    ),
    (
        "Bp2gHv5ZnX3J",
        "",
        "Quantifying the biomass of migrating birds with polarimetric radar",
        "https://agupubs.onlinelibrary.wiley.example/doi/10.1029/2022GL098765",
        [("PM Stepanian", None), ("CE Wainwright", None)],
        False,
        "Geophysical Research Letters",
        2022,
        "Wiley Online Library",
        "… polarimetric [[weather]] [[radar]] variables allow separation of [[bird]] sizes, from which we estimate the biomass moving through [[vertical]] [[profiles]] …",
        33,
        8,
        None,
    ),
    (
        "Cr8jMw3XaE7J",
        "",
        "Insect and bird migration in the same airspace: a radar perspective",
        "https://besjournals.onlinelibrary.wiley.example/doi/full/10.1111/1365-2656.13421",
        [("J Hu", None), ("G Hao", "Uv8wXyZAAAAJ"), ("JW Chapman", None)],
        True,
        "Journal of Animal …",
        2021,
        "Wiley Online Library",
        None,
        51,
        6,
        ("PDF", "https://ore.exeter.example/bitstream/10871/124512/1/insects_birds.pdf", "ore.exeter.example"),
    ),
    (
        "Fs1kLp7QwR5J",
        "",
        "Dual-wavelength radar observations of nocturnal migration",
        "https://journals.ametsoc.example/view/journals/apme/60/5/JAMC-D-20-0198.1.xml",
        [("R Lindholm", None)],
        False,
        "Journal of Applied Meteorology …",
        2021,
        "journals.ametsoc.example",
        "… a co-located S-band and X-band pair was used to derive [[vertical]] [[profiles]] of [[bird]] reflectivity and to correct for range effects in [[weather]] [[radar]] data …",
        9,
        3,
        None,
    ),
    (
        "Jt4vBz9HcO2J",
        "",
        "Open weather radar data for ecology: the European OPERA archive",
        "https://www.mdpi.example/2072-4292/14/3/612",
        [("AM Dekker", "Lm4nOpQAAAAJ"), ("H Leijnse", None), ("G Haase", None)],
        True,
        "Remote Sensing",
        2022,
        "mdpi.example",
        "The OPERA programme archives [[weather]] [[radar]] volumes from over 200 [[radars]]; we describe how [[vertical]] [[profiles]] of [[birds]] are produced and shared …",
        41,
        5,
        ("HTML", "https://www.mdpi.example/2072-4292/14/3/612", "mdpi.example"),
    ),
    (
        "Kx7nQc2VuL8J",
        "",
        "Stopover habitat use of migratory birds revealed by radar departures",
        "https://esajournals.onlinelibrary.wiley.example/doi/full/10.1002/eap.2043",
        [("JJ Buler", "Ij4kLmNAAAAJ"), ("DK Dawson", None)],
        False,
        "Ecological Applications",
        2020,
        "Wiley Online Library",
        "… exodus echoes at dusk in [[weather]] [[radar]] imagery map where [[migrating]] [[birds]] spent the day …",
        77,
        9,
        None,
    ),
    (
        "Oz5pWr1YdG6J",
        "",
        "Vertical distribution of songbird migration over the North Sea",
        "https://www.int-res.example/abstracts/meps/v671/p141-152/",
        [("S Hüppop", None), ("O Hüppop", None)],
        False,
        "Marine Ecology Progress Series",
        2021,
        "int-res.example",
        "… [[vertical]] [[profiles]] from a ship-borne and a coastal [[weather]] [[radar]] show that most [[songbirds]] cross the sea below 1,000 m …",
        26,
        4,
        None,
    ),
    (
        "Lw2dFx8PoS1J",
        "",
        "Weather radar reveals the timing of autumn bird migration in Western Europe",
        "https://www.biorxiv.example/content/10.1101/2024.03.11.584512v1",
        [("E Bauer", None), ("C Nilsson", None)],
        False,
        "bioRxiv",
        2024,
        "biorxiv.example",
        "… autumn passage over 38 [[weather]] [[radars]] peaked ten days later in the south than in the north …",
        None,
        2,
        None,
    ),
    (
        "Av9hKt4NrQ3J",
        "",
        "Radar aeroecology: measuring movement in the lower atmosphere",
        "https://www.annualreviews.example/doi/10.1146/annurev-ecolsys-110617-062458",
        [("JF Kelly", None), ("KG Hart", "Zx7cVbNAAAAJ")],
        False,
        "Annual Review of Ecology …",
        2019,
        "annualreviews.example",
        "Aeroecology uses [[radar]] to study animals aloft; we review how [[weather]] [[radar]] [[vertical]] [[profiles]] transformed [[bird]] [[migration]] research …",
        143,
        7,
        None,
    ),
]
GS_PROFILES = [
    ("Adriana Dekker", "Lm4nOpQAAAAJ", "Senior Researcher, Institute for Avian Studies", "avianstudies.example", 4212),
    ("Kyle G. Hart", "Zx7cVbNAAAAJ", "Associate Professor, Prairie State University", "prairie.example", 6530),
]
GS_GFL_SAVE = '<svg viewBox="0 0 15 16" class="gs_or_svg"><path d="M7.5 11.57l3.824 2.308-1.015-4.35 3.379-2.926-4.45-.378L7.5 2.122 5.761 6.224l-4.449.378 3.379 2.926-1.015 4.35z"></path></svg>'
GS_GFL_CITE = '<svg viewBox="0 0 15 16" class="gs_or_svg"><path d="M6.5 3.5H1.5V8.5H3.75L1.75 12.5H4.75L6.5 9V3.5zM13.5 3.5H8.5V8.5H10.75L8.75 12.5H11.75L13.5 9V3.5z"></path></svg>'
GS_GFL_MORE = '<svg viewBox="0 0 15 16" class="gs_or_svg"><path d="M0.75 5.5l2-2L7.25 8l-4.5 4.5-2-2L3.25 8zM7.75 5.5l2-2L14.25 8l-4.5 4.5-2-2L10.25 8z"></path></svg>'


def _gs_author_line(item: tuple[Any, ...]) -> str:
    _cid, _kind, _t, _u, authors, truncated, venue, year, publisher, *_rest = item
    names = ", ".join(
        f'<a href="/citations?user={pid}&amp;hl=en&amp;oi=sra">{esc(n)}</a>' if pid else esc(n) for n, pid in authors
    )
    if truncated:
        names += "…"
    source = f"{esc(venue)}, {year}" if venue else str(year)
    line = f"{names}&nbsp;- {source}"
    if publisher:
        line += f"&nbsp;- {esc(publisher)}"
    return line


def _gs_result(rp: int, item: tuple[Any, ...]) -> str:
    cid, kind, title, url, _authors, _trunc, _venue, _year, _pub, snippet, cited, versions, side = item
    clk = f"hl=en&amp;sa=T&amp;ct=res&amp;cd={rp}&amp;d={zlib.crc32(cid.encode()) * 4_294_967_291 % 10**19}&amp;ei=Zk9xR2{cid[:6]}"
    side_html = ""
    if side:
        label, href, host = side
        side_html = f'<div class="gs_ggs gs_fl"><div class="gs_ggsd"><div class="gs_or_ggsm" ontouchstart="gs_evt_dsp(event)" tabindex="-1"><a href="{esc(href)}" data-clk="hl=en&amp;sa=T&amp;oi=gga&amp;ct=gga&amp;cd={rp}&amp;d={cid}&amp;ei=Zk9xR2" data-clk-atid="{cid}"><span class="gs_ctg2">[{label}]</span> {esc(host)}</a></div></div></div>'
    if kind == "CITATION":
        heading = f'<h3 class="gs_rt" ontouchstart="gs_evt_dsp(event)"><span class="gs_ctu"><span class="gs_ct1">[CITATION]</span><span class="gs_ct2">[C]</span></span> <span id="{cid}">{esc(title)}</span></h3>'
    else:
        mark = (
            f'<span class="gs_ctc"><span class="gs_ct1">[{kind}]</span><span class="gs_ct2">[{kind[0] if kind == "BOOK" else kind}]</span></span> '
            if kind
            else ""
        )
        if url:
            heading = f'<h3 class="gs_rt" ontouchstart="gs_evt_dsp(event)">{mark}<a id="{cid}" href="{esc(url)}" data-clk="{clk}" data-clk-atid="{cid}">{esc(title)}</a></h3>'
        else:
            heading = (
                f'<h3 class="gs_rt" ontouchstart="gs_evt_dsp(event)">{mark}<span id="{cid}">{esc(title)}</span></h3>'
            )
    snippet_html = f'<div class="gs_rs">{_bold(snippet)}</div>' if snippet else ""
    links = [
        f'<a href="javascript:void(0)" class="gs_or_sav gs_or_btn" role="button">{GS_GFL_SAVE}<span class="gs_or_btn_lbl">Save</span></a>',
        f'<a href="javascript:void(0)" class="gs_or_cit gs_or_btn gs_nph" role="button" aria-controls="gs_cit" aria-haspopup="true">{GS_GFL_CITE}<span>Cite</span></a>',
    ]
    number = zlib.crc32(cid[::-1].encode()) * 4_294_967_291 % 10**19
    if cited:
        links.append(f'<a href="/scholar?cites={number}&amp;as_sdt=2005&amp;sciodt=0,5&amp;hl=en">Cited by {cited}</a>')
    links.append(
        f'<a href="/scholar?q=related:{cid}:scholar.google.com/&amp;scioq={GS_Q}&amp;hl=en&amp;as_sdt=0,5">Related articles</a>'
    )
    if versions:
        links.append(
            f'<a href="/scholar?cluster={number}&amp;hl=en&amp;as_sdt=0,5" class="gs_nph">All {versions} versions</a>'
        )
    if kind != "CITATION":
        links.append(
            f'<a href="/scholar?q=cache:{cid}:scholar.google.com/+{GS_Q}&amp;hl=en&amp;as_sdt=0,5" class="gs_nph gs_oph">View as HTML</a>'
            if kind == "PDF"
            else ""
        )
    links.append(f'<a href="javascript:void(0)" title="More" class="gs_or_mor gs_oph" role="button">{GS_GFL_MORE}</a>')
    links.append(
        f'<a href="javascript:void(0)" title="Fewer" class="gs_or_nvi gs_or_mor" role="button">{GS_GFL_MORE}</a>'
    )
    footer = " ".join(link for link in links if link)
    return f"""<div class="gs_r gs_or gs_scl" data-cid="{cid}" data-did="{cid}" data-lid="" data-aid="{cid}" data-rp="{rp}">{side_html}<div class="gs_ri">{heading}<div class="gs_a">{_gs_author_line(item)}</div>{snippet_html}<div class="gs_fl gs_flb">{footer}</div></div></div>"""


def _gs_link(start: int, with_start: bool = True) -> str:
    if start == 0 and not with_start:
        return f"/scholar?q={GS_Q}&amp;hl=en&amp;as_sdt=0,5"
    return f"/scholar?start={start}&amp;q={GS_Q}&amp;hl=en&amp;as_sdt=0,5"


def _gs_page(page: int, pages: int, items: list[Any], first: int, total: int) -> str:
    results = "\n".join(_gs_result(first + n, item) for n, item in enumerate(items))
    profiles = ""
    if page == 1:
        people = "".join(
            f'<td valign="top" width="50%"><table><tr><td valign="top"><a href="/citations?user={pid}&amp;hl=en&amp;oi=ao"><img src="/citations/images/avatar_scholar_56.png" width="56" height="56" alt=""></a></td><td valign="top"><h4 class="gs_rt2"><a href="/citations?user={pid}&amp;hl=en&amp;oi=ao"><b>{esc(name)}</b></a></h4><div class="gs_nph">{esc(role)}<br>Verified email at {host}<br>Cited by {cites}</div></td></tr></table></td>'
            for name, pid, role, host, cites in GS_PROFILES
        )
        profiles = f'<div class="gs_r"><h3 class="gs_rt"><a href="/citations?view_op=search_authors&amp;mauthors={GS_Q}&amp;hl=en&amp;oi=ao">User profiles for <b>{GS_Q_TEXT}</b></a></h3><table><tr>{people}</tr></table></div>'
    related = ""
    if page == 1:
        related = "".join(
            f'<div class="gs_qsuggest_wrap"><a href="/scholar?hl=en&amp;as_sdt=0,5&amp;qsp={n}&amp;q={quote_plus(_plain(q))}&amp;qst=br">{_bold(q.replace("+", " "))}</a></div>'
            for n, q in enumerate(
                (
                    "[[bird migration]] doppler [[radar]]",
                    "nocturnal [[migration]] [[weather radar]] europe",
                    "[[vertical profiles]] aeroecology",
                    "[[radar]] ornithology insects",
                ),
                1,
            )
        )
        related = f'<div id="gs_qsuggest"><h2 class="gs_rt">Related searches</h2><div class="gs_qsuggest_regular">{related}</div></div>'
    cells = []
    if page > 1:
        cells.append(
            f'<td align="left" nowrap><a href="{_gs_link((page - 2) * 10, with_start=page > 2)}"><span class="gs_ico gs_ico_nav_previous"></span><b>Previous</b></a></td>'
        )
    else:
        cells.append('<td align="left" nowrap><span class="gs_ico gs_ico_nav_first"></span></td>')
    for n in range(1, pages + 1):
        if n == page:
            cells.append(f'<td><span class="gs_ico gs_ico_nav_current"></span><b>{n}</b></td>')
        else:
            cells.append(
                f'<td><a href="{_gs_link((n - 1) * 10, with_start=n > 1)}"><span class="gs_ico gs_ico_nav_page"></span>{n}</a></td>'
            )
    if page < pages:
        cells.append(
            f'<td align="left" nowrap><a href="{_gs_link(page * 10)}"><span class="gs_ico gs_ico_nav_next"></span><b style="display:block;margin-left:53px">Next</b></a></td>'
        )
    else:
        cells.append('<td align="left" nowrap><span class="gs_ico gs_ico_nav_last"></span></td>')
    pager = "".join(cells)
    count = (
        f"About {total} results (<b>0.05</b> sec)"
        if page == 1
        else f"Page {page} of about {total} results (<b>0.04</b> sec)"
    )
    sidebar_years = "".join(
        f'<li class="gs_ind"><a href="/scholar?as_ylo={y}&amp;q={GS_Q}&amp;hl=en&amp;as_sdt=0,5">Since {y}</a></li>'
        for y in (2025, 2024, 2021)
    )
    return f"""<!doctype html><html><head><title>Scholarseek</title><meta http-equiv="Content-Type" content="text/html;charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="referrer" content="origin-when-cross-origin"><meta name="viewport" content="width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=2"><meta name="format-detection" content="telephone=no"><link rel="shortcut icon" href="/favicon.ico"><style>html,body,form,table,div,h1,h2,h3,h4,h5,h6,img,ol,ul,li,button{{margin:0;padding:0;border:0;}}.gs_r{{position:relative;padding:11px 0 16px 0;}}.gs_ct2{{display:none}}@media(max-width:599px){{.gs_ct1{{display:none}}.gs_ct2{{display:inline}}}}.gs_a{{color:#006621}}.gs_rs b{{font-weight:bold}}</style><script>var gs_ie_ver=100;function gs_id(i){{return document.getElementById(i)}}function gs_evt_dsp(e){{return false}}window.gs_cfg={{"hl":"en","cid":"Zk9xR2","lang":"en"}};</script></head><body><div id="gs_top" onclick="">
<div id="gs_hdr" role="banner"><a id="gs_hdr_mnu" href="javascript:void(0)" role="button" aria-controls="gs_gb" aria-label="Menu"><span class="gs_ico gs_ico_mnu"></span></a><a id="gs_hdr_lgo" href="/schhp?hl=en&amp;as_sdt=0,5" aria-label="Homepage"><img src="/intl/en/scholar/images/1x/scholar_logo_24dp.png" alt="Scholarseek" width="149" height="24"></a>
<div id="gs_hdr_md"><div id="gs_hdr_frm"><form id="gs_hdr_frm_in" action="/scholar" name="f"><input type="hidden" name="hl" value="en"><input type="hidden" name="as_sdt" value="0,5"><div class="gs_in_txtw gs_in_txtb"><input type="text" class="gs_in_txt gs_in_ac" name="q" value="{GS_Q_TEXT}" id="gs_hdr_tsi" size="50" maxlength="2048" autocapitalize="off" aria-label="Search" autocomplete="off"></div><span id="gs_hdr_tsc"><span class="gs_ico gs_ico_X"></span></span><button type="submit" id="gs_hdr_tsb" name="btnG" aria-label="Search" class="gs_btnG gs_in_ib gs_btn_act gs_btn_half gs_btn_lsb"><span class="gs_wr"><span class="gs_ico"></span><span class="gs_lbl"></span></span></button></form></div></div>
<div id="gs_hdr_act"><a href="https://accounts.scholarseek.example/Login?hl=en&amp;continue=https://scholar.scholarseek.example/scholar%3Fq%3D{GS_Q}" id="gs_hdr_act_s" class="gs_in_ib gs_btn_lrge"><span class="gs_lbl">Sign in</span></a></div></div>
<div id="gs_ab" role="navigation"><div id="gs_ab_na"><a href="/schhp?hl=en&amp;as_sdt=0,5" class="gs_abt_a">Scholar</a></div><div id="gs_ab_md"><div class="gs_ab_mdw">{count}</div></div><div id="gs_ab_btns"><a href="/scholar?scilib=1&amp;scioq={GS_Q}&amp;hl=en&amp;as_sdt=0,5" class="gs_btnPLR gs_in_ib gs_btn_lrge gs_btn_half"><span class="gs_ico"></span><span class="gs_lbl">My library</span></a></div></div>
<div id="gs_bdy"><div id="gs_bdy_sb" role="navigation"><div id="gs_bdy_sb_in">
<ul class="gs_bdy_sb_sec"><li class="gs_ind gs_bdy_sb_sel"><a href="/scholar?q={GS_Q}&amp;hl=en&amp;as_sdt=0,5&amp;as_ylo=&amp;as_vis=0">Any time</a></li>{sidebar_years}<li class="gs_ind"><a href="javascript:void(0)" id="gs_res_sb_yyc">Custom range...</a></li></ul>
<ul class="gs_bdy_sb_sec"><li class="gs_ind gs_bdy_sb_sel"><a href="/scholar?hl=en&amp;as_sdt=0,5&amp;q={GS_Q}">Sort by relevance</a></li><li class="gs_ind"><a href="/scholar?hl=en&amp;as_sdt=0,5&amp;q={GS_Q}&amp;scisbd=1">Sort by date</a></li></ul>
<ul class="gs_bdy_sb_sec"><li class="gs_ind gs_bdy_sb_sel"><a href="/scholar?hl=en&amp;as_sdt=0,5&amp;q={GS_Q}">Any type</a></li><li class="gs_ind"><a href="/scholar?hl=en&amp;as_sdt=0,5&amp;q={GS_Q}&amp;as_rr=1">Review articles</a></li></ul>
<ul class="gs_bdy_sb_sec"><li class="gs_inw"><a href="/scholar?hl=en&amp;as_sdt=1,5&amp;q={GS_Q}" role="checkbox" aria-checked="false" class="gs_in_cb gs_in_cbj"><span class="gs_lbl">include patents</span><span class="gs_chk"></span><span class="gs_cbx"></span></a></li><li class="gs_inw"><a href="/scholar?hl=en&amp;as_sdt=0,5&amp;q={GS_Q}&amp;as_vis=1" role="checkbox" aria-checked="true" class="gs_in_cb gs_in_cbj gs_sel"><span class="gs_lbl">include citations</span><span class="gs_chk"></span><span class="gs_cbx"></span></a></li></ul>
<ul class="gs_bdy_sb_sec"><li class="gs_inw"><a href="/scholar_alert?view_op=list_alerts&amp;hl=en&amp;alert_query={GS_Q}" class="gs_btnM gs_in_ib"><span class="gs_ico"></span><span class="gs_lbl">Create alert</span></a></li></ul>
</div></div>
<div id="gs_bdy_ccl" role="main"><div id="gs_res_ccl"><div id="gs_res_ccl_top"></div><div id="gs_res_ccl_mid">
{profiles}
{results}
</div>
{related}
<div id="gs_res_ccl_bot"><div id="gs_n" role="navigation"><center><table cellpadding="0" width="1%"><tr align="center" valign="top">{pager}</tr></table></center></div></div></div></div></div>
<div id="gs_ftr_sp" role="presentation"></div><div id="gs_ftr" role="contentinfo"><div id="gs_ftr_rt"><a href="/intl/en/scholar/about.html">About Scholarseek</a><a href="https://www.scholarseek.example/intl/en/policies/privacy/">Privacy</a><a href="https://www.scholarseek.example/intl/en/policies/terms/">Terms</a><a href="https://support.scholarseek.example/websearch/answer/4627541">Provide feedback</a></div></div>
</div><div id="gs_cit" class="gs_md_d gs_md_ds gs_ttzi gs_vis" role="dialog" tabindex="-1" aria-hidden="true" aria-labelledby="gs_cit-t"><div class="gs_md_dbg"></div><div class="gs_md_wnw"><div id="gs_cit-t" class="gs_md_ttl">Cite</div><div id="gs_citd" class="gs_md_prg"></div></div></div>
<script>!function(){{var a=window.gs_cfg||{{}};window.gs_rp={len(items)};}}();</script></body></html>"""


@ninth
def build_scholarseek() -> None:
    s = Site(
        "scholarseek",
        kind="scholarly search results (Google Scholar 2024–25: gs_r/gs_ri results, [PDF]/[BOOK]/[CITATION] marks, author–source–publisher line, highlighted snippets, 'Cited by N', &start=N)",
        start=f"scholar?hl=en&as_sdt=0%2C5&q={GS_Q}&btnG=",
        description="Google Scholar's results (2024–2025): the gs_hdr search bar, 'About 26 results (0.05 sec)' / 'Page 2 of about 26 results', the gs_bdy_sb sidebar (Any time / Since 2025 / … / Custom range, Sort by relevance / date, Any type / Review articles, include patents / citations checkboxes, Create alert); div#gs_res_ccl_mid of div.gs_r.gs_or.gs_scl[data-cid][data-rp] results: an optional side link div.gs_ggs.gs_fl > … > a with '<span class=gs_ctg2>[PDF]</span> host' or [HTML]; div.gs_ri > h3.gs_rt with an optional type mark (span.gs_ctc > span.gs_ct1 [PDF] / [BOOK] / [HTML] + a mobile span.gs_ct2 copy) and the title link, or span.gs_ctu [CITATION] and an unlinked title span; div.gs_a 'HR Ottersen, JM Bates, SK Lindqvist… - Movement Ecology, 2014 - Springer' (profile links on some authors, '…' when truncated, &nbsp; before the dashes, no venue on books, no publisher on citations), div.gs_rs snippet with <b> highlights and '…' (absent on some), div.gs_fl.gs_flb with Save / Cite buttons (svg + label), 'Cited by 412', 'Related articles', 'All 12 versions', 'View as HTML' on PDFs, More / Fewer buttons; page 1 opens with a 'User profiles for …' gs_r box and ends with 'Related searches'; the gs_n table pager (Previous / 1 2 3 / Next) over /scholar?start=N&q=…&hl=en&as_sdt=0,5 (page 1 also at /scholar?q=…&hl=en&as_sdt=0,5).",
    )
    pages = chunks(PAPERS, [10, 10, 6])
    first = 0
    for number, items in enumerate(pages, 1):
        text = _gs_page(number, len(pages), items, first, len(PAPERS))
        if number == 1:
            s.list_page(f"scholar@hl=en&as_sdt=0%2C5&q={GS_Q}&btnG=", text)
            s.write(f"scholar@q={GS_Q}&hl=en&as_sdt=0,5", text)
        else:
            s.list_page(f"scholar@start={first}&q={GS_Q}&hl=en&as_sdt=0,5", text)
        first += len(items)
    for _cid, _kind, title, url, authors, _trunc, venue, year, publisher, snippet, cited, versions, side in PAPERS:
        s.expect(
            {
                "title": title,
                "url": url,
                "authors": [name for name, _pid in authors],
                "venue": venue,
                "year": year,
                "publisher": publisher,
                "snippet": _plain(snippet) if snippet else None,
                "cited_by": cited,
                "versions": versions,
                "pdf": side[1] if side and side[0] == "PDF" else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in NINTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
