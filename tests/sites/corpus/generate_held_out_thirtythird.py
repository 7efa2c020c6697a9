"""Held-out wave thirty-three: three list pages copied from their real 2024–25 platform markup with invented data,
written and frozen by a helper who never read the Scout.

* **tarnforge** — a self-hosted code forge's Explore → Repositories list built like Gitea 1.22 (``/explore/repos``,
  then the Gitea pager's ``?page=N&sort=recentupdate&q=&topic=false&language=&only_show_relevant=false`` links).
* **shopfontein** — a South African online store's category page built like Takealot 2024–25
  (``/small-appliances/air-fryers-30862``, then the 'Load More' ``?after=<cursor>`` pages; the crawler pager's
  ``?page=N`` copies serve the same batches).
* **tiffinrun** — an Indian food-delivery site's city 'Delivery' collection built like Zomato 2024 (``/pune/delivery``,
  then ``?page=2`` / ``?page=3``).

Run ``uv run python tests/sites/corpus/generate_held_out_thirtythird.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**: never open its
pages, its expected records or this script while tuning the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc

FROZEN |= {"tarnforge", "shopfontein", "tiffinrun"}

WAVE: dict[str, Callable[[], None]] = {}


def wave(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    WAVE[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 6) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _alpha(text: str, size: int = 6) -> str:
    """A stable run of letters (the hashes styled-components and CSS modules print)."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(letters[b % 52] for b in hashlib.sha1(text.encode()).digest()[:size])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", "and").replace("+", "-plus")).strip("-")


# ---------------------------------------------------------------------------------------------------
# tarnforge: Gitea 1.22 Explore → Repositories, /explore/repos then ?page=N&sort=recentupdate&q=&…
# ---------------------------------------------------------------------------------------------------

TF_VERSION = "1.22.3"
TF_PARAMS = "sort=recentupdate&q=&topic=false&language=&only_show_relevant=false"
TF_PER_PAGE = 20


class TFRepo(NamedTuple):
    owner: str
    name: str
    description: str | None
    language: str | None
    stars: int
    forks: int
    topics: list[str]
    updated: str  # MM-DD HH:MM:SS in 2025, server time +01:00
    flag: str = ""  # fork | mirror | archived | template
    avatar: bool = False


TF_COLOURS = {
    "Shell": "#89e051",
    "Python": "#3572A5",
    "Zig": "#ec915c",
    "Kotlin": "#A97BFF",
    "Makefile": "#427819",
    "Nix": "#7e7eff",
    "TypeScript": "#3178c6",
    "Rust": "#dea584",
    "Vim Script": "#199f4b",
    "Dart": "#00B4AB",
    "C": "#555555",
    "C++": "#f34b7d",
    "Dockerfile": "#384d54",
    "Elixir": "#6e4a7e",
    "Fennel": "#fff3d7",
    "HTML": "#e34c26",
    "Haskell": "#5e5086",
    "Go": "#00ADD8",
    "Vue": "#41b883",
    "CSS": "#563d7c",
    "JavaScript": "#f1e05a",
    "OCaml": "#ef7a08",
    "PHP": "#4F5D95",
    "Assembly": "#6E4C13",
    "Emacs Lisp": "#c065db",
    "Swift": "#F05138",
    "QML": "#44a51c",
    "Scheme": "#1e4aec",
    "Smarty": "#f0c040",
    "Ruby": "#701516",
}

TF_EMOJI = {":seedling:": ("seedling", "🌱"), ":yarn:": ("yarn", "🧶"), ":rocket:": ("rocket", "🚀")}

TF_REPOS: list[TFRepo] = [
    TFRepo(
        "tarn-infra",
        "forge-config",
        "Ansible playbooks, custom templates and app.ini for code.tarnforge.org",
        "Shell",
        23,
        9,
        ["ansible", "gitea", "infrastructure"],
        "03-14 09:41:07",
    ),
    TFRepo(
        "mossgiel",
        "peatlog",
        "Self-hosted field notebook for peatland restoration surveys :seedling:",
        "Python",
        148,
        21,
        ["ecology", "flask", "fieldwork"],
        "03-14 08:57:33",
    ),
    TFRepo(
        "kerrs",
        "zig-ini",
        "A tiny INI parser for Zig with zero allocations",
        "Zig",
        67,
        5,
        ["zig", "parser"],
        "03-14 07:12:50",
    ),
    TFRepo("fjallkit", "fjallkit-android", None, "Kotlin", 412, 58, [], "03-13 22:48:19", avatar=True),
    TFRepo(
        "hebrideanmaps",
        "osm-tiles-hebrides",
        "Vector tile build scripts for the Outer Hebrides OpenStreetMap extract",
        "Makefile",
        31,
        7,
        ["openstreetmap", "maps", "tiles"],
        "03-13 21:05:44",
    ),
    TFRepo("ruaridh", "dotfiles", "My dotfiles. Nothing to see here.", "Nix", 4, 0, [], "03-13 19:33:02"),
    TFRepo(
        "lochside-coop",
        "till",
        "Point-of-sale for a small food co-op, runs on a Raspberry Pi",
        "TypeScript",
        89,
        14,
        ["pos", "cooperative", "raspberry-pi"],
        "03-13 17:20:11",
    ),
    TFRepo(
        "oatcake",
        "oatcake",
        "Static site generator with first-class Gaelic and Scots typography. Docs: https://oatcake.tarnforge.org",
        "Rust",
        1236,
        97,
        ["static-site-generator", "rust", "i18n"],
        "03-13 15:02:58",
        avatar=True,
    ),
    TFRepo(
        "eilidh",
        "neovim",
        "Vim-fork focused on extensibility and usability",
        "Vim Script",
        3,
        0,
        [],
        "03-13 12:44:16",
        "mirror",
    ),
    TFRepo(
        "sgurr-cc",
        "munro-bagger",
        "Track your Munros, Corbetts and Grahams offline",
        "Dart",
        276,
        31,
        ["flutter", "hiking", "offline-first"],
        "03-13 10:18:40",
    ),
    TFRepo(
        "dunlin",
        "tidecalc",
        "Harmonic tide prediction for UK ports, with Scottish secondary ports added",
        "C",
        12,
        1,
        [],
        "03-13 08:55:09",
        "fork",
    ),
    TFRepo(
        "bracken-lab",
        "sensor-firmware",
        "ESP32 firmware for soil moisture and temperature loggers",
        "C++",
        54,
        12,
        ["esp32", "iot", "lorawan"],
        "03-12 23:10:27",
    ),
    TFRepo(
        "tarn-infra",
        "runner-images",
        "Container images for the forge's Actions runners",
        "Dockerfile",
        17,
        6,
        ["ci", "docker"],
        "03-12 20:47:55",
    ),
    TFRepo(
        "corrie",
        "corrie",
        "Federated event calendar for clubs and societies (ActivityPub)",
        "Elixir",
        2318,
        173,
        ["activitypub", "fediverse", "calendar", "phoenix"],
        "03-12 18:31:14",
        avatar=True,
    ),
    TFRepo("peatbog", "ledger-scripts", None, "Python", 2, 0, [], "03-12 16:09:48"),
    TFRepo(
        "munro-db",
        "munro-db",
        "Open dataset of Scottish hills with heights, grid references and first-ascent notes",
        None,
        95,
        18,
        ["open-data", "hills", "csv"],
        "03-12 13:26:03",
    ),
    TFRepo(
        "kerrs",
        "fennel-starter",
        "Template for Fennel projects with a Makefile, tests and LSP config",
        "Fennel",
        19,
        11,
        ["fennel", "lua", "template"],
        "03-12 11:52:36",
        "template",
    ),
    TFRepo(
        "lochside-coop",
        "website",
        "The co-op's website: opening hours, ordering and the veg box rota",
        "HTML",
        6,
        2,
        [],
        "03-12 09:14:21",
    ),
    TFRepo(
        "mossgiel",
        "qgis-peat-depth",
        "QGIS plugin to interpolate peat depth probes into rasters",
        "Python",
        41,
        9,
        ["qgis", "gis", "plugin"],
        "03-11 22:40:05",
    ),
    TFRepo(
        "ailsa",
        "haskell-advent",
        "Advent of Code solutions in Haskell, 2019–2024",
        "Haskell",
        8,
        1,
        ["advent-of-code"],
        "03-11 20:03:59",
    ),
    # page 2
    TFRepo(
        "fjallkit",
        "fjallkit-server",
        "Sync server for Fjallkit trip plans (Go + SQLite)",
        "Go",
        355,
        40,
        ["go", "sqlite", "sync"],
        "03-11 17:37:22",
        avatar=True,
    ),
    TFRepo(
        "ruaridh",
        "keyboard-firmware",
        "QMK keymaps for my split keyboards",
        "C",
        15,
        3,
        ["qmk", "keyboard"],
        "03-11 14:58:10",
    ),
    TFRepo(
        "hebrideanmaps",
        "gaelic-placenames",
        "Gaelic and English place-name pairs for the Western Isles, with sources",
        "Python",
        72,
        6,
        ["gaelic", "toponymy", "open-data"],
        "03-11 12:21:47",
    ),
    TFRepo(
        "tarn-infra",
        "status",
        "Uptime checks and the status page for tarnforge services",
        "Go",
        9,
        2,
        [],
        "03-11 09:50:33",
    ),
    TFRepo("skerry", "boatlog", None, "Vue", 27, 4, [], "03-10 23:16:08"),
    TFRepo(
        "corrie",
        "corrie-mobile",
        "React Native app for Corrie (beta)",
        "TypeScript",
        203,
        19,
        ["react-native", "activitypub"],
        "03-10 20:44:51",
        avatar=True,
    ),
    TFRepo(
        "bracken-lab",
        "lorawan-gateway",
        "Gateway configs for the old TTN v2 stack. Moved to sensor-firmware.",
        "Shell",
        33,
        8,
        ["lorawan", "ttn"],
        "03-10 18:02:37",
        "archived",
    ),
    TFRepo(
        "oatcake",
        "oatcake-themes",
        "Official themes for the oatcake static site generator",
        "CSS",
        118,
        45,
        ["themes", "oatcake"],
        "03-10 15:29:14",
        avatar=True,
    ),
    TFRepo(
        "dunlin",
        "embedded-rust-book",
        "The Embedded Rust book, with an extra RP2040 chapter",
        "Rust",
        5,
        0,
        [],
        "03-10 12:51:02",
        "fork",
    ),
    TFRepo(
        "isla-m",
        "knit-chart",
        "Turn a PNG into a knitting chart PDF :yarn:",
        "JavaScript",
        164,
        22,
        ["knitting", "pdf", "canvas"],
        "03-10 10:07:48",
    ),
    TFRepo(
        "sgurr-cc",
        "route-gpx",
        "GPX routes for club walks, one folder per year",
        None,
        11,
        5,
        ["gpx"],
        "03-09 22:33:27",
    ),
    TFRepo(
        "kerrs",
        "ocaml-tarn-bot",
        "Matrix bot that posts forge activity to #tarnforge:matrix.org",
        "OCaml",
        24,
        3,
        ["matrix", "bot", "ocaml"],
        "03-09 19:58:19",
    ),
    TFRepo(
        "lochside-coop",
        "veg-box",
        "Weekly veg box ordering, built with Laravel",
        "PHP",
        38,
        10,
        ["laravel", "cooperative"],
        "03-09 16:40:42",
    ),
    TFRepo("mossgiel", "drone-ortho", None, "Python", 0, 0, [], "03-09 14:12:05"),
    TFRepo(
        "archive-scot",
        "bbc-micro-games",
        "A collection of BBC Micro games and their BASIC and 6502 sources",
        "Assembly",
        57,
        2,
        ["retrocomputing", "bbc-micro"],
        "03-09 11:26:30",
        "mirror",
    ),
    TFRepo(
        "ailsa", "emacs.d", "Literate Emacs configuration", "Emacs Lisp", 29, 4, ["emacs", "org-mode"], "03-08 23:49:51"
    ),
    TFRepo(
        "fjallkit",
        "fjallkit-ios",
        "iOS client for Fjallkit :rocket:",
        "Swift",
        187,
        16,
        ["ios", "swift", "swiftui"],
        "03-08 21:17:36",
        avatar=True,
    ),
    TFRepo("tarn-infra", "backup", None, "Shell", 3, 1, [], "03-08 18:45:10"),
    TFRepo(
        "corrie",
        "corrie-docs",
        "Documentation for Corrie, published at https://docs.corrie.social",
        None,
        44,
        27,
        ["documentation"],
        "03-08 15:03:58",
        avatar=True,
    ),
    TFRepo(
        "skerry",
        "tide-widget",
        "KDE Plasma widget showing the next high and low tide",
        "QML",
        61,
        7,
        ["kde", "plasma", "tides"],
        "03-08 12:38:44",
    ),
    # page 3
    TFRepo(
        "bracken-lab",
        "soil-dashboard",
        "Grafana dashboards and a small API for the field loggers",
        "Go",
        26,
        4,
        ["grafana", "iot"],
        "03-08 09:55:21",
    ),
    TFRepo("ruaridh", "blog", "Source for ruaridh.scot", "HTML", 1, 0, [], "03-07 22:10:33"),
    TFRepo(
        "oatcake",
        "tree-sitter-oat",
        "Tree-sitter grammar for oatcake templates",
        "C",
        22,
        3,
        ["tree-sitter", "grammar"],
        "03-07 19:44:12",
        avatar=True,
    ),
    TFRepo(
        "hebrideanmaps",
        "ferry-times",
        "Scraped ferry timetables for the islands (no longer updated)",
        "Python",
        48,
        6,
        [],
        "03-07 16:20:45",
        "archived",
    ),
    TFRepo("isla-m", "pattern-library", None, "TypeScript", 13, 2, [], "03-07 13:02:19"),
    TFRepo(
        "kerrs", "advent-zig", "Advent of Code 2024 in Zig", "Zig", 7, 0, ["advent-of-code", "zig"], "03-06 21:39:54"
    ),
    TFRepo(
        "lochside-coop",
        "rota-bot",
        "Signal bot that reminds volunteers of their shifts",
        "Python",
        16,
        2,
        ["signal", "bot"],
        "03-06 17:05:27",
    ),
    TFRepo(
        "sgurr-cc",
        "club-site-template",
        "Hugo template for walking club websites",
        "HTML",
        35,
        20,
        ["hugo", "template"],
        "03-06 10:48:13",
        "template",
    ),
    TFRepo(
        "dunlin",
        "gitea",
        "Git with a cup of tea! Painless self-hosted all-in-one software development service",
        "Go",
        2,
        0,
        [],
        "03-05 22:31:06",
        "fork",
    ),
    TFRepo("mossgiel", "peatlog-data", "Example survey data for peatlog", None, 5, 3, [], "03-05 14:17:40"),
    TFRepo(
        "eilidh",
        "gnome-tides",
        "GNOME Shell extension for tide times",
        "JavaScript",
        46,
        5,
        ["gnome", "gnome-shell-extension"],
        "03-04 20:55:22",
    ),
    TFRepo(
        "ailsa",
        "ray-tracer",
        "A ray tracer following The Ray Tracer Challenge, in Scheme",
        "Scheme",
        10,
        1,
        [],
        "03-03 11:36:48",
    ),
    TFRepo(
        "corrie",
        "helm-charts",
        "Helm charts for running Corrie on Kubernetes",
        "Smarty",
        14,
        9,
        ["helm", "kubernetes"],
        "03-02 16:22:09",
        avatar=True,
    ),
    TFRepo("oatcake", "homebrew-tap", "Homebrew formulae for oatcake", "Ruby", 3, 1, [], "02-27 09:04:31", avatar=True),
]

TF_OCTICONS = {
    "octicon-repo": "M2 2.5A2.5 2.5 0 0 1 4.5 0h8.75a.75.75 0 0 1 .75.75v12.5a.75.75 0 0 1-.75.75h-2.5a.75.75 0 0 1 0-1.5h1.75v-2h-8a1 1 0 0 0-.714 1.7.75.75 0 1 1-1.072 1.05A2.495 2.495 0 0 1 2 11.5Zm10.5-1h-8a1 1 0 0 0-1 1v6.708A2.486 2.486 0 0 1 4.5 9h8ZM5 12.25a.25.25 0 0 1 .25-.25h3.5a.25.25 0 0 1 .25.25v3.25a.25.25 0 0 1-.4.2l-1.45-1.087a.249.249 0 0 0-.3 0L5.4 15.7a.25.25 0 0 1-.4-.2Z",
    "octicon-repo-template": "M13.25 8a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-.75.75h-2.5a.75.75 0 0 1 0-1.5h1.75v-2h-.75a.75.75 0 0 1 0-1.5h1.5ZM5 12.25a.25.25 0 0 1 .25-.25h3.5a.25.25 0 0 1 .25.25v3.25a.25.25 0 0 1-.4.2l-1.45-1.087a.249.249 0 0 0-.3 0L5.4 15.7a.25.25 0 0 1-.4-.2ZM2.75 8a.75.75 0 0 1 .75.75v.268c.083-.012.166-.018.25-.018h.5a.75.75 0 0 1 0 1.5h-.5a.25.25 0 0 0-.25.25v.75c0 .28.114.532.3.714a.75.75 0 1 1-1.05 1.072A2.495 2.495 0 0 1 2 11.5V8.75A.75.75 0 0 1 2.75 8ZM11 .75a.75.75 0 0 1 .75-.75h1.5a.75.75 0 0 1 .75.75v1.5a.75.75 0 0 1-1.5 0V1.5h-.75A.75.75 0 0 1 11 .75Zm-5 0A.75.75 0 0 1 6.75 0h2.5a.75.75 0 0 1 0 1.5h-2.5A.75.75 0 0 1 6 .75Zm0 9A.75.75 0 0 1 6.75 9h2.5a.75.75 0 0 1 0 1.5h-2.5A.75.75 0 0 1 6 9.75ZM4.992.662a.75.75 0 0 1-.636.848c-.436.063-.783.41-.846.846a.751.751 0 0 1-1.485-.212A2.501 2.501 0 0 1 4.144.025a.75.75 0 0 1 .848.637ZM2.75 4a.75.75 0 0 1 .75.75v1.5a.75.75 0 0 1-1.5 0v-1.5A.75.75 0 0 1 2.75 4Zm10.5 0a.75.75 0 0 1 .75.75v1.5a.75.75 0 0 1-1.5 0v-1.5a.75.75 0 0 1 .75-.75Z",
    "octicon-repo-forked": "M5 5.372v.878c0 .414.336.75.75.75h4.5a.75.75 0 0 0 .75-.75v-.878a2.25 2.25 0 1 1 1.5 0v.878a2.25 2.25 0 0 1-2.25 2.25h-1.5v2.128a2.251 2.251 0 1 1-1.5 0V8.5h-1.5A2.25 2.25 0 0 1 3.5 6.25v-.878a2.25 2.25 0 1 1 1.5 0ZM5 3.25a.75.75 0 1 0-1.5 0 .75.75 0 0 0 1.5 0Zm6.75.75a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Zm-3 8.75a.75.75 0 1 0-1.5 0 .75.75 0 0 0 1.5 0Z",
    "octicon-mirror": "M15.547 3.061A.75.75 0 0 1 16 3.75v8.5a.751.751 0 0 1-.96.72l-6.5-1.858a.75.75 0 0 1-.54-.721V5.609a.75.75 0 0 1 .54-.721l6.5-1.858a.75.75 0 0 1 .507.031ZM9.5 6.174v3.652l5 1.43V4.744Zm-2.04-1.286a.75.75 0 0 1 .54.721v4.782a.75.75 0 0 1-.54.721l-6.5 1.858A.75.75 0 0 1 0 12.25v-8.5a.75.75 0 0 1 .96-.72Z",
    "octicon-star": "M8 .25a.75.75 0 0 1 .673.418l1.882 3.815 4.21.612a.75.75 0 0 1 .416 1.279l-3.046 2.97.719 4.192a.751.751 0 0 1-1.088.791L8 12.347l-3.766 1.98a.75.75 0 0 1-1.088-.79l.72-4.194L.818 6.374a.75.75 0 0 1 .416-1.28l4.21-.611L7.327.668A.75.75 0 0 1 8 .25Zm0 2.445L6.615 5.5a.75.75 0 0 1-.564.41l-3.097.45 2.24 2.184a.75.75 0 0 1 .216.664l-.528 3.084 2.769-1.456a.75.75 0 0 1 .698 0l2.77 1.456-.53-3.084a.75.75 0 0 1 .216-.664l2.24-2.183-3.096-.45a.75.75 0 0 1-.564-.41L8 2.694Z",
    "octicon-git-branch": "M9.5 3.25a2.25 2.25 0 1 1 3 2.122V6A2.5 2.5 0 0 1 10 8.5H6a1 1 0 0 0-1 1v1.128a2.251 2.251 0 1 1-1.5 0V5.372a2.25 2.25 0 1 1 1.5 0v1.836A2.493 2.493 0 0 1 6 7h4a1 1 0 0 0 1-1v-.628A2.25 2.25 0 0 1 9.5 3.25Zm-6 0a.75.75 0 1 0 1.5 0 .75.75 0 0 0-1.5 0Zm8.25-.75a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5ZM4.25 12a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Z",
    "octicon-person": "M10.561 8.073a6.005 6.005 0 0 1 3.432 5.142.75.75 0 1 1-1.498.07 4.5 4.5 0 0 0-8.99 0 .75.75 0 0 1-1.498-.07 6.004 6.004 0 0 1 3.431-5.142 3.999 3.999 0 1 1 5.123 0ZM10.5 5a2.5 2.5 0 1 0-5 0 2.5 2.5 0 0 0 5 0Z",
    "octicon-sign-in": "M2 2.75C2 1.784 2.784 1 3.75 1h2.5a.75.75 0 0 1 0 1.5h-2.5a.25.25 0 0 0-.25.25v10.5c0 .138.112.25.25.25h2.5a.75.75 0 0 1 0 1.5h-2.5A1.75 1.75 0 0 1 2 13.25Zm6.56 4.5h5.69a.75.75 0 0 1 0 1.5H8.56l1.97 1.97a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215L6.22 8.53a.75.75 0 0 1 0-1.06l3.25-3.25a.749.749 0 0 1 1.275.326.749.749 0 0 1-.215.734Z",
    "octicon-three-bars": "M1 2.75A.75.75 0 0 1 1.75 2h12.5a.75.75 0 0 1 0 1.5H1.75A.75.75 0 0 1 1 2.75Zm0 5A.75.75 0 0 1 1.75 7h12.5a.75.75 0 0 1 0 1.5H1.75A.75.75 0 0 1 1 7.75ZM1.75 12h12.5a.75.75 0 0 1 0 1.5H1.75a.75.75 0 0 1 0-1.5Z",
    "octicon-organization": "M1.75 16A1.75 1.75 0 0 1 0 14.25V1.75C0 .784.784 0 1.75 0h8.5C11.216 0 12 .784 12 1.75v12.5c0 .085-.006.168-.018.25h2.268a.25.25 0 0 0 .25-.25V8.285a.25.25 0 0 0-.111-.208l-1.055-.703a.749.749 0 1 1 .832-1.248l1.055.703c.487.325.779.871.779 1.456v5.965A1.75 1.75 0 0 1 14.25 16h-3.5a.766.766 0 0 1-.197-.026c-.099.017-.2.026-.303.026h-3a.75.75 0 0 1-.75-.75V14h-1v1.25a.75.75 0 0 1-.75.75Zm-.25-1.75c0 .138.112.25.25.25H4v-1.25a.75.75 0 0 1 .75-.75h2.5a.75.75 0 0 1 .75.75v1.25h2.25a.25.25 0 0 0 .25-.25V1.75a.25.25 0 0 0-.25-.25h-8.5a.25.25 0 0 0-.25.25ZM3.75 6h.5a.75.75 0 0 1 0 1.5h-.5a.75.75 0 0 1 0-1.5ZM3 3.75A.75.75 0 0 1 3.75 3h.5a.75.75 0 0 1 0 1.5h-.5A.75.75 0 0 1 3 3.75Zm4 3A.75.75 0 0 1 7.75 6h.5a.75.75 0 0 1 0 1.5h-.5A.75.75 0 0 1 7 6.75ZM7.75 3h.5a.75.75 0 0 1 0 1.5h-.5a.75.75 0 0 1 0-1.5ZM3 9.75A.75.75 0 0 1 3.75 9h.5a.75.75 0 0 1 0 1.5h-.5A.75.75 0 0 1 3 9.75ZM7.75 9h.5a.75.75 0 0 1 0 1.5h-.5a.75.75 0 0 1 0-1.5Z",
    "octicon-package": "m8.878.392 5.25 3.045c.54.314.872.89.872 1.514v6.098a1.75 1.75 0 0 1-.872 1.514l-5.25 3.045a1.75 1.75 0 0 1-1.756 0l-5.25-3.045A1.75 1.75 0 0 1 1 11.049V4.951c0-.624.332-1.201.872-1.514L7.122.392a1.75 1.75 0 0 1 1.756 0ZM7.875 1.69l-4.63 2.685L8 7.133l4.755-2.758-4.63-2.685a.248.248 0 0 0-.25 0ZM2.5 5.677v5.372c0 .09.047.171.125.216l4.625 2.683V8.432Zm6.25 8.271 4.625-2.683a.25.25 0 0 0 .125-.216V5.677L8.75 8.432Z",
    "octicon-code": "m11.28 3.22 4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.749.749 0 0 1-1.275-.326.749.749 0 0 1 .215-.734L13.94 8l-3.72-3.72a.749.749 0 0 1 .326-1.275.749.749 0 0 1 .734.215Zm-6.56 0a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042L2.06 8l3.72 3.72a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215L.47 8.53a.75.75 0 0 1 0-1.06Z",
    "octicon-triangle-down": "m4.427 7.427 3.396 3.396a.25.25 0 0 0 .354 0l3.396-3.396A.25.25 0 0 0 11.396 7H4.604a.25.25 0 0 0-.177.427Z",
    "octicon-chevron-left": "M9.78 12.78a.75.75 0 0 1-1.06 0L4.47 8.53a.75.75 0 0 1 0-1.06l4.25-4.25a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042L6.06 8l3.72 3.72a.75.75 0 0 1 0 1.06Z",
    "octicon-chevron-right": "M6.22 3.22a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042L9.94 8 6.22 4.28a.75.75 0 0 1 0-1.06Z",
    "gitea-double-chevron-left": "M7.78 12.53a.75.75 0 0 1-1.06 0L2.47 8.28a.75.75 0 0 1 0-1.06l4.25-4.25a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042L4.06 7.75l3.72 3.72a.75.75 0 0 1 0 1.06Zm6 0a.75.75 0 0 1-1.06 0L8.47 8.28a.75.75 0 0 1 0-1.06l4.25-4.25a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042L10.06 7.75l3.72 3.72a.75.75 0 0 1 0 1.06Z",
    "gitea-double-chevron-right": "M8.22 3.47a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042L11.94 8.25 8.22 4.53a.75.75 0 0 1 0-1.06Zm-6 0a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042L5.94 8.25 2.22 4.53a.75.75 0 0 1 0-1.06Z",
    "octicon-globe": "M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0ZM5.78 8.75a9.64 9.64 0 0 0 1.363 4.177c.255.426.542.832.857 1.215.245-.296.551-.705.857-1.215A9.64 9.64 0 0 0 10.22 8.75Zm4.44-1.5a9.64 9.64 0 0 0-1.363-4.177c-.307-.51-.612-.919-.857-1.215a9.927 9.927 0 0 0-.857 1.215A9.64 9.64 0 0 0 5.78 7.25Zm-5.944 1.5H1.543a6.507 6.507 0 0 0 4.666 5.5c-.123-.181-.24-.365-.352-.552-.715-1.192-1.437-2.874-1.581-4.948Zm-2.733-1.5h2.733c.144-2.074.866-3.756 1.58-4.948.12-.197.237-.381.353-.552a6.507 6.507 0 0 0-4.666 5.5Zm10.181 1.5c-.144 2.074-.866 3.756-1.58 4.948-.12.197-.237.381-.353.552a6.507 6.507 0 0 0 4.666-5.5Zm2.733-1.5a6.507 6.507 0 0 0-4.666-5.5c.123.181.24.365.353.552.714 1.192 1.436 2.874 1.58 4.948Z",
}


def _tf_svg(name: str, size: int = 16, extra: str = "") -> str:
    cls = f"svg {name}" + (f" {extra}" if extra else "")
    return f'<svg viewBox="0 0 16 16" class="{cls}" width="{size}" height="{size}" aria-hidden="true"><path d="{TF_OCTICONS[name]}"/></svg>'


def _tf_href(number: int) -> str:
    return f"/explore/repos?page={number}&{TF_PARAMS}"


def _tf_attr(number: int) -> str:
    """A pager link as html/template writes it into the attribute."""
    return _tf_href(number).replace("&", "&amp;")


def _tf_count(value: int) -> str:
    """Gitea's CountFmt: '1.2k' from a thousand on (the exact count goes to a tooltip)."""
    return str(value) if value < 1000 else f"{value / 1000:.1f}k"


def _tf_shown(value: int) -> int:
    return value if value < 1000 else round(value / 100) * 100


def _tf_iso(updated: str) -> tuple[str, str]:
    day, clock = updated.split()
    return f"2025-{day}T{clock}+01:00", f"2025-{day} {clock} +01:00"


def _tf_desc_html(text: str) -> str:
    out = esc(text)
    out = re.sub(
        r"https://[^\s]+",
        lambda m: f'<a href="{m.group(0)}" target="_blank" rel="noopener noreferrer">{m.group(0)}</a>',
        out,
    )
    for code, (label, char) in TF_EMOJI.items():
        out = out.replace(code, f'<span class="emoji" aria-label="{label}">{char}</span>')
    return out


def _tf_desc_text(text: str) -> str:
    for code, (_label, char) in TF_EMOJI.items():
        text = text.replace(code, char)
    return text


def _tf_item(r: TFRepo) -> str:
    link = f"/{r.owner}/{r.name}"
    if r.avatar:
        leading = f'<img class="ui avatar tw-align-middle" src="/repo-avatars/{_hex(link, 64)}" title="{r.owner}/{r.name}" width="32" height="32" alt="">'
    elif r.flag == "template":
        leading = _tf_svg("octicon-repo-template", 24)
    elif r.flag == "mirror":
        leading = _tf_svg("octicon-mirror", 24)
    elif r.flag == "fork":
        leading = _tf_svg("octicon-repo-forked", 24)
    else:
        leading = _tf_svg("octicon-repo", 24)
    labels = ""
    if r.flag == "archived":
        labels = '\n\t\t\t\t\t\t\t\t<span class="ui basic label">Archived</span>\n\t\t\t\t\t\t\t'
    elif r.flag == "template":
        labels = '\n\t\t\t\t\t\t\t\t<span class="ui basic label">Template</span>\n\t\t\t\t\t\t\t'
    kind_icon = ""
    if r.flag == "fork":
        kind_icon = f'\n\t\t\t\t\t\t\t<span data-tooltip-content="Fork">{_tf_svg("octicon-repo-forked")}</span>'
    elif r.flag == "mirror":
        kind_icon = f'\n\t\t\t\t\t\t\t<span data-tooltip-content="Mirror">{_tf_svg("octicon-mirror")}</span>'
    language = ""
    if r.language:
        language = f"""
							<a class="flex-text-inline" href="/explore/repos?q=&amp;sort=recentupdate&amp;language={esc(r.language).replace(" ", "+")}">
								<i class="color-icon tw-mr-2" style="background-color: {TF_COLOURS[r.language]}"></i>
								{esc(r.language)}
							</a>"""
    star_tip = f' data-tooltip-content="{r.stars}"' if r.stars >= 1000 else ""
    fork_tip = f' data-tooltip-content="{r.forks}"' if r.forks >= 1000 else ""
    description = ""
    if r.description:
        description = f'\n\t\t\t\t\t<div class="flex-item-body">{_tf_desc_html(r.description)}</div>'
    topics = ""
    if r.topics:
        chips = "".join(f'<a class="ui label" href="/explore/repos?q={t}&amp;topic=1">{t}</a>' for t in r.topics)
        topics = f'\n\t\t\t\t\t<div class="label-list">\n\t\t\t\t\t\t{chips}\n\t\t\t\t\t</div>'
    iso, shown = _tf_iso(r.updated)
    return f"""
		<div class="flex-item">
			<div class="flex-item-leading">
				{leading}
			</div>
			<div class="flex-item-main">
				<div class="flex-item-header">
					<div class="flex-item-title">
						<a class="text primary name" href="{link}">
							{r.owner} / {esc(r.name)}
						</a>
						<span class="label-list">{labels}</span>{kind_icon}
					</div>
					<div class="flex-item-trailing">{language}
							<a class="text grey flex-text-inline" href="{link}/stars" aria-label="Stars">{_tf_svg("octicon-star")}<span{star_tip}>{_tf_count(r.stars)}</span></a>
							<a class="text grey flex-text-inline" href="{link}/forks" aria-label="Forks">{_tf_svg("octicon-git-branch")}<span{fork_tip}>{_tf_count(r.forks)}</span></a>
					</div>
				</div>{description}{topics}
				<div class="flex-item-body">Updated <relative-time prefix="" tense="past" datetime="{iso}" data-tooltip-content data-tooltip-interactive="true">{shown}</relative-time></div>
			</div>
		</div>"""


def _tf_pager(number: int, total: int) -> str:
    base = "/explore/repos"

    first = (
        f'<a class=" item navigation" href="{base}?{TF_PARAMS.replace("&", "&amp;")}">'
        if number > 1
        else '<a class="disabled item navigation" >'
    )
    prev = (
        f'<a class=" item navigation" href="{_tf_attr(number - 1)}">'
        if number > 1
        else '<a class="disabled item navigation" >'
    )
    nums = []
    for n in range(1, total + 1):
        if n == number:
            nums.append(f'<a class="active item tw-py-1" >{n}</a>')
        else:
            nums.append(f'<a class="item tw-py-1" href="{_tf_attr(n)}">{n}</a>')
    nxt = (
        f'<a class=" item navigation" href="{_tf_attr(number + 1)}">'
        if number < total
        else '<a class="disabled item navigation" >'
    )
    last = (
        f'<a class=" item navigation" href="{_tf_attr(total)}">'
        if number < total
        else '<a class="disabled item navigation" >'
    )
    numbers = "\n\t\t\t\t\t".join(nums)
    return f"""
	<div class="center page buttons">
		<div class="ui borderless pagination menu">
			{first}
				{_tf_svg("gitea-double-chevron-left", 16, "tw-mr-1")}
				<span class="navigation_label">First</span>
			</a>
			{prev}
				{_tf_svg("octicon-chevron-left", 16, "tw-mr-1")}
				<span class="navigation_label">Previous</span>
			</a>
					{numbers}
			{nxt}
				<span class="navigation_label">Next</span>
				{_tf_svg("octicon-chevron-right", 16, "tw-ml-1")}
			</a>
			{last}
				<span class="navigation_label">Last</span>
				{_tf_svg("gitea-double-chevron-right", 16, "tw-ml-1")}
			</a>
		</div>
	</div>"""


TF_LANGS = [
    ("id-ID", "Bahasa Indonesia"),
    ("de-DE", "Deutsch"),
    ("en-US", "English"),
    ("es-ES", "Español"),
    ("fr-FR", "Français"),
    ("ga-IE", "Gaeilge"),
    ("it-IT", "Italiano"),
    ("nl-NL", "Nederlands"),
    ("pl-PL", "Polski"),
    ("pt-BR", "Português do Brasil"),
    ("sv-SE", "Svenska"),
    ("uk-UA", "Українська"),
    ("ja-JP", "日本語"),
    ("zh-CN", "简体中文"),
]


def _tf_page(number: int, total: int, repos: list[TFRepo]) -> str:
    items = "".join(_tf_item(r) for r in repos)
    csrf = base64.urlsafe_b64encode(hashlib.sha1(f"tf-csrf-{number}".encode()).digest()).decode().rstrip("=")
    langs = "\n\t\t\t\t\t".join(
        f'<a lang="{code}" data-url="/?lang={code}" class="item {"active selected" if code == "en-US" else ""}">{name}</a>'
        for code, name in TF_LANGS
    )
    redirect = "%2fexplore%2frepos" + (f"%3fpage%3d{number}%26sort%3drecentupdate" if number > 1 else "")
    sort_items = [
        ("newest", "Newest"),
        ("oldest", "Oldest"),
        ("alphabetically", "Alphabetically"),
        ("reversealphabetically", "Reverse alphabetically"),
        ("recentupdate", "Recently updated"),
        ("leastupdate", "Least recently updated"),
        ("moststars", "Most stars"),
        ("feweststars", "Fewest stars"),
        ("mostforks", "Most forks"),
        ("fewestforks", "Fewest forks"),
    ]
    sorts = "\n\t\t\t\t".join(
        f'<a class="{"active " if key == "recentupdate" else ""}item" href="/explore/repos?q=&amp;sort={key}">{label}</a>'
        for key, label in sort_items
    )
    return f"""<!DOCTYPE html>
<html lang="en-US" data-theme="gitea-auto">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Explore - Tarn Forge</title>
	<link rel="manifest" href="data:application/json;base64,eyJuYW1lIjoiVGFybiBGb3JnZSIsInNob3J0X25hbWUiOiJUYXJuIEZvcmdlIiwic3RhcnRfdXJsIjoiaHR0cHM6Ly9jb2RlLnRhcm5mb3JnZS5vcmcvIiwiaWNvbnMiOlt7InNyYyI6Imh0dHBzOi8vY29kZS50YXJuZm9yZ2Uub3JnL2Fzc2V0cy9pbWcvbG9nby5wbmciLCJ0eXBlIjoiaW1hZ2UvcG5nIiwic2l6ZXMiOiI1MTJ4NTEyIn1dfQ==">
	<meta name="author" content="Tarn Forge">
	<meta name="description" content="Tarn Forge is a community Git service for free software, open data and outdoor projects in Scotland">
	<meta name="keywords" content="git,forge,gitea,scotland,open source,self-hosted">
	<meta name="referrer" content="no-referrer">
	<link rel="icon" href="/assets/img/favicon.svg" type="image/svg+xml">
	<link rel="alternate icon" href="/assets/img/favicon.png" type="image/png">
	<script>
		window.addEventListener('error', function(e) {{window._globalHandlerErrors=window._globalHandlerErrors||[]; window._globalHandlerErrors.push(e);}});
		window.addEventListener('unhandledrejection', function(e) {{window._globalHandlerErrors=window._globalHandlerErrors||[]; window._globalHandlerErrors.push(e);}});
		window.config = {{
			appUrl: 'https:\\/\\/code.tarnforge.org\\/',
			appSubUrl: '',
			assetVersionEncoded: encodeURIComponent('{TF_VERSION}'),
			assetUrlPrefix: '\\/assets',
			runModeIsProd:  true ,
			customEmojis: {{"codeberg":":codeberg:","git":":git:","gitea":":gitea:","github":":github:","gitlab":":gitlab:","gogs":":gogs:"}},
			csrfToken: '{csrf}',
			pageData: {{}},
			notificationSettings: {{"EventSourceUpdateTime":10000,"MaxTimeout":60000,"MinTimeout":10000,"TimeoutStep":10000}},
			enableTimetracking:  true ,
			mermaidMaxSourceCharacters:  5000 ,
			i18n: {{
				copy_success: "Copied!",
				copy_error: "Copy failed",
				error_occurred: "An error occurred",
				network_error: "Network error",
				remove_label_str: "Remove item \\"%s\\"",
				modal_confirm: "Confirm",
				modal_cancel: "Cancel",
				more_items: "More items",
			}},
		}};
		window.config.pageData = window.config.pageData || {{}};
	</script>
	<script src="/assets/js/webcomponents.js?v={TF_VERSION}"></script>
	<meta property="og:title" content="Tarn Forge">
	<meta property="og:type" content="website" />
	<meta property="og:image" content="/assets/img/logo.png" />
	<meta property="og:url" content="https://code.tarnforge.org/" />
	<meta property="og:description" content="Tarn Forge is a community Git service for free software, open data and outdoor projects in Scotland">
	<meta property="og:site_name" content="Tarn Forge" />
	<link rel="stylesheet" href="/assets/css/index.css?v={TF_VERSION}">
	<link rel="stylesheet" href="/assets/css/theme-gitea-auto.css?v={TF_VERSION}">
</head>
<body hx-headers='{{"x-csrf-token": "{csrf}"}}' hx-swap="outerHTML" hx-ext="morph" hx-push-url="false">
	<div class="full height">
		<noscript>This website requires JavaScript.</noscript>
<nav id="navbar" aria-label="Navigation Bar">
	<div class="navbar-left ui secondary menu">
		<a class="item" id="navbar-logo" href="/" aria-label="Home">
			<img width="30" height="30" src="/assets/img/logo.svg" alt="Logo" aria-hidden="true">
		</a>
		<div class="ui secondary menu item navbar-mobile-right only-mobile">
			<button class="item tw-w-auto ui icon mini button tw-p-2 tw-m-0" id="navbar-expand-toggle" aria-label="Navigation Menu">{_tf_svg("octicon-three-bars")}</button>
		</div>
			<a class="item active" href="/explore/repos">Explore</a>
			<a class="item" target="_blank" rel="noopener noreferrer" href="https://docs.gitea.com">Help</a>
	</div>
	<div class="navbar-right ui secondary menu">
			<a class="item" rel="nofollow" href="/user/sign_up">
				{_tf_svg("octicon-person")}
				<span class="not-mobile">Register</span>
			</a>
		<a class="item" rel="nofollow" href="/user/login?redirect_to={redirect}">
			{_tf_svg("octicon-sign-in")}
			<span class="not-mobile">Sign In</span>
		</a>
	</div>
</nav>
<div role="main" aria-label="Explore" class="page-content explore repositories">
	<div class="ui secondary pointing tabular top attached borderless menu new-menu navbar">
		<div class="new-menu-inner">
			<a class="active item" href="/explore/repos">
				{_tf_svg("octicon-repo")} Repositories
			</a>
				<a class="item" href="/explore/users">
					{_tf_svg("octicon-person")} Users
				</a>
			<a class="item" href="/explore/organizations">
				{_tf_svg("octicon-organization")} Organizations
			</a>
			<a class="item" href="/explore/packages">
				{_tf_svg("octicon-package")} Packages
			</a>
			<a class="item" href="/explore/code">
				{_tf_svg("octicon-code")} Code
			</a>
		</div>
	</div>
	<div class="ui container">
<div class="ui small secondary filter menu">
	<form id="repo-search-form" class="ui form ignore-dirty tw-flex-1 tw-flex tw-gap-2">
		<input type="hidden" name="sort" value="recentupdate">
		<input type="hidden" name="language" value="">
		<div class="ui small fluid action input">
			<input type="search" name="q" maxlength="255" spellcheck="false" value="" placeholder="Search repos...">
			<input type="hidden" name="only_show_relevant" value="false">
			<button class="ui small icon button" type="submit" aria-label="Search">
				<svg viewBox="0 0 16 16" class="svg octicon-search" width="16" height="16" aria-hidden="true"><path d="M10.68 11.74a6 6 0 0 1-7.922-8.982 6 6 0 0 1 8.982 7.922l3.04 3.04a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215ZM11.5 7a4.499 4.499 0 1 0-8.997 0A4.499 4.499 0 0 0 11.5 7Z"/></svg>
			</button>
		</div>
	</form>
	<div class="item ui small dropdown jump">
		<span class="text">Filter</span>
		{_tf_svg("octicon-triangle-down", 14, "dropdown icon")}
		<div class="menu">
			<a class="item" href="/explore/repos?q=&amp;sort=recentupdate">Clear filters</a>
			<div class="divider"></div>
			<label class="item"><input type="radio" name="archived" value="1"> Archived</label>
			<label class="item"><input type="radio" name="archived" value="0"> Not archived</label>
			<div class="divider"></div>
			<label class="item"><input type="radio" name="fork" value="1"> Forked</label>
			<label class="item"><input type="radio" name="fork" value="0"> Not forked</label>
			<div class="divider"></div>
			<label class="item"><input type="radio" name="mirror" value="1"> Mirrored</label>
			<label class="item"><input type="radio" name="mirror" value="0"> Not mirrored</label>
			<div class="divider"></div>
			<label class="item"><input type="radio" name="template" value="1"> Template</label>
			<label class="item"><input type="radio" name="template" value="0"> Not template</label>
		</div>
	</div>
	<div class="item ui small dropdown jump">
		<span class="text">Sort</span>
		{_tf_svg("octicon-triangle-down", 14, "dropdown icon")}
		<div class="menu">
				{sorts}
		</div>
	</div>
</div>
<div class="divider"></div>
<div class="flex-list">{items}
</div>
{_tf_pager(number, total)}
	</div>
</div>
	</div>
<footer class="page-footer" role="group" aria-label="Footer">
	<div class="left-links" role="contentinfo" aria-label="About Software">
		<a target="_blank" rel="noopener noreferrer" href="https://about.gitea.com">Powered by Gitea</a>
			Version:
				{TF_VERSION}
			Page: <strong>{8 + number * 3}ms</strong>
			Template: <strong>{3 + number}ms</strong>
	</div>
	<div class="right-links" role="group" aria-label="Links">
		<div class="ui dropdown upward language">
			<span class="flex-text-inline">{_tf_svg("octicon-globe", 14)} English</span>
			<div class="menu language-menu">
					{langs}
			</div>
		</div>
		<a href="/assets/licenses.txt">Licenses</a>
		<a href="/api/swagger">API</a>
		<a href="/tarn-infra/forge-config/src/branch/main/docs/terms.md">Terms of use</a>
		<a href="/tarn-infra/forge-config/src/branch/main/docs/privacy.md">Privacy</a>
	</div>
</footer>
	<script src="/assets/js/index.js?v={TF_VERSION}" onerror="alert('Failed to load asset files from ' + this.src + '. Please make sure the asset files can be accessed.')"></script>
</body>
</html>"""


@wave
def build_tarnforge() -> None:
    s = Site(
        "tarnforge",
        kind="code forge repository list (Gitea 1.22 Explore → Repositories, Fomantic UI: div.flex-list of div.flex-item rows with a leading avatar or octicon, a.text.primary.name 'owner / name' links, Archived / Template basic labels and fork / mirror icons with tooltips, language links with a colour dot, star and fork octicon links with bare counts ('1.2k' with the exact count in data-tooltip-content), description bodies with linkified URLs and emoji spans, topic label links on some, 'Updated' + relative-time[datetime] holding '2025-03-14 09:41:07 +01:00'; a search form, Filter and Sort dropdowns, the Gitea pagination menu over ?page=N&sort=recentupdate&q=&topic=false&language=&only_show_relevant=false)",
        start="explore/repos",
        description="A community Gitea instance (code.tarnforge.org, 'Tarn Forge', Gitea 1.22.3) logged out, Explore → Repositories sorted by recent update (/explore/repos, then ?page=2 and ?page=3 with Gitea's sort=recentupdate&q=&topic=false&language=&only_show_relevant=false parameters; page 1 also under ?page=1&… and the 'First' link's address): window.config in the head, the navbar (logo, Explore, Help, Register, Sign In), the explore tabs (Repositories / Users / Organizations / Packages / Code), the repo search form, Filter and Sort dropdown menus of links / radios, then div.flex-list of div.flex-item: a 32px repository avatar or a 24px octicon (repo / forked / mirror / template) in flex-item-leading, div.flex-item-title with a.text.primary.name 'owner / name' to /<owner>/<name>, span.label-list holding a 'ui basic label' Archived or Template on some, a fork or mirror octicon span with data-tooltip-content Fork / Mirror on some; div.flex-item-trailing with the primary language link (i.color-icon with the linguist colour, missing on repositories without code) and the stars / forks links (octicon + bare count, '1.2k' / '2.3k' from a thousand with the exact number in data-tooltip-content); div.flex-item-body with the description (absent on some; URLs linkified, :seedling:-style codes as span.emoji), div.label-list of topic links (a.ui.label to /explore/repos?q=<topic>&topic=1) on some, and 'Updated <relative-time datetime=…>2025-03-14 09:41:07 +01:00</relative-time>' (the element shows '3 days ago' only once its script runs); the pagination menu (First / Previous / 1 2 3 / Next / Last, the current page an anchor without href); the footer with version, timings and a language menu. 20 + 20 + 14 repositories. Written down: title ('owner / name' as shown), url, description, language, stars and forks (as shown: 1.2k → 1200), topics (a list, where shown), updated (the ISO day).",
    )
    pages = chunks(TF_REPOS, [TF_PER_PAGE, TF_PER_PAGE, len(TF_REPOS) - 2 * TF_PER_PAGE])
    for number, repos in enumerate(pages, 1):
        text = _tf_page(number, len(pages), repos)
        if number == 1:
            s.list_page("explore/repos/index.html", text)
            s.write(_tf_href(1).lstrip("/").replace("?", "@"), text)
            s.write(f"explore/repos@{TF_PARAMS}", text)
        else:
            s.list_page(_tf_href(number).lstrip("/").replace("?", "@"), text)
    assert len({(r.owner, r.name) for r in TF_REPOS}) == len(TF_REPOS)
    for r in TF_REPOS:
        s.expect(
            {
                "title": f"{r.owner} / {r.name}",
                "url": f"/{r.owner}/{r.name}",
                "description": _tf_desc_text(r.description) if r.description else None,
                "language": r.language,
                "stars": _tf_shown(r.stars),
                "forks": _tf_shown(r.forks),
                "topics": r.topics or None,
                "updated": _tf_iso(r.updated)[0][:10],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# shopfontein: a Takealot-like category page, Load More over ?after=<cursor>, crawler pager ?page=N.
# ---------------------------------------------------------------------------------------------------

SF_PATH = "/small-appliances/air-fryers-30862"
SF_PER_PAGE = 24

#: title | brand | price | list price | rating | reviews | badge (deal / save / None) | availability key
SF_PRODUCTS: list[tuple[str, str, int, int | None, float | None, int | None, str | None, str]] = [
    ("Ninja 5.2L Air Fryer MAX - AF160", "Ninja", 2199, 2999, 4.8, 2417, "deal", "in"),
    ("Russell Hobbs 4.5L Digital Air Fryer - RHAF45", "Russell Hobbs", 1099, 1299, 4.5, 862, "save", "in"),
    ("Philips Essential Airfryer XL 6.2L - HD9270/91", "Philips", 2799, 3499, 4.7, 1532, "save", "in"),
    ("Snappy Chef 3L Manual Air Fryer - Black", "Snappy Chef", 599, None, 4.1, 318, None, "in"),
    ("Defy 6L Digital Air Fryer - AF6500", "Defy", 1349, None, 4.3, 204, None, "in"),
    ("Kenwood 7.5L Dual Zone Air Fryer - HFM80", "Kenwood", 2499, 3299, 4.6, 97, "deal", "in"),
    ("Cosori Pro LE 4.7L Air Fryer - Grey", "Cosori", 1899, None, 4.7, 45, None, "ships"),
    ("Salton 12L Air Fryer Oven with Rotisserie - SAF120", "Salton", 1599, 1899, 4.2, 133, "save", "in"),
    ("Tefal Easy Fry & Grill XXL 6.5L - EY801D", "Tefal", 2999, None, 4.6, 88, None, "in"),
    ("Sunbeam 3.5L Manual Air Fryer - SAF035", "Sunbeam", 649, None, 3.9, 57, None, "in"),
    ("Instant Vortex Plus 5.7L ClearCook Air Fryer", "Instant", 2299, 2699, 4.8, 376, "save", "in"),
    ("Mellerware 5L Crispy Digital Air Fryer", "Mellerware", 899, None, 4.0, 241, None, "in"),
    ("Swiss Pro+ 8L Dual Basket Air Fryer - Black", "Swiss Pro+", 1799, None, None, None, None, "ships"),
    ("Hisense 5L Digital Air Fryer with Window - H05AFBK2S3", "Hisense", 1199, 1499, 4.4, 162, "deal", "in"),
    ("Bennett Read 4.2L Air Fryer with Digital Display", "Bennett Read", 999, None, 4.2, 74, None, "in"),
    ("Aim 2.6L Compact Air Fryer - White", "Aim", 479, None, 3.8, 29, None, "ships2"),
    ("Philips 3000 Series Airfryer L 4.1L - HD9243/90", "Philips", 1699, None, 4.6, 915, None, "in"),
    ("Ninja Foodi 9.5L Dual Zone Air Fryer - AF400", "Ninja", 3999, 4999, 4.9, 1108, "save", "in"),
    ("Taurus Air Fry Digital 6.5L", "Taurus", 1299, None, None, None, None, "ships"),
    ("Russell Hobbs 8L SatisFry Dual Basket Air Fryer", "Russell Hobbs", 2199, None, 4.4, 56, None, "in"),
    ("Milex 6L Air Fryer with Viewing Window", "Milex", 1099, 1399, 4.1, 38, "save", "in"),
    ("Defy 4L Manual Air Fryer - AF4000", "Defy", 799, None, 4.0, 112, None, "in"),
    ("Tedelex 3.5L Air Fryer", "Tedelex", 549, None, 3.6, 19, None, "ships"),
    ("Kenwood 5.5L Digital Air Fryer - HFP50", "Kenwood", 1399, None, 4.5, 73, None, "in"),
    # after=cursor 2
    ("Snappy Chef 8L Digital Air Fryer with Window", "Snappy Chef", 1299, 1599, 4.3, 208, "deal", "in"),
    ("Cosori Dual Blaze 6.4L Smart Air Fryer", "Cosori", 3299, None, 4.8, 21, None, "ships"),
    ("Salton 4L Digital Air Fryer - SAF400", "Salton", 899, None, 4.0, 95, None, "in"),
    ("Philips 5000 Series Airfryer XXL 7.2L Connected - HD9285/90", "Philips", 4499, 5999, 4.7, 244, "save", "in"),
    ("Sunbeam 5.5L Digital Air Fryer with Rotating Basket", "Sunbeam", 1149, None, None, None, None, "in"),
    ("Mellerware 12L Air Fryer Oven - Turbo", "Mellerware", 1499, None, 4.1, 64, None, "ships"),
    ("Instant Vortex Slim 6.2L Air Fryer", "Instant", 1999, None, 4.6, 48, None, "in"),
    ("Tefal Easy Fry Max 5L Digital Air Fryer - EY245840", "Tefal", 1599, 1999, 4.5, 139, "save", "in"),
    ("Ninja Double Stack XL 9.5L Air Fryer - SL400", "Ninja", 4299, None, 4.8, 87, None, "in"),
    ("Aim 4.5L Digital Air Fryer - Black", "Aim", 699, None, 3.7, 42, None, "in"),
    ("Swiss Pro+ 4.5L Stainless Steel Air Fryer", "Swiss Pro+", 1049, 1299, 4.0, 12, "deal", "in"),
    ("Hisense 8L Dual Zone Air Fryer - H08AFBK2S5", "Hisense", 1899, None, 4.4, 66, None, "in"),
    ("Russell Hobbs 3.2L Compact Air Fryer - RHAF32", "Russell Hobbs", 749, None, 4.2, 389, None, "in"),
    ("Defy 9L Dual Zone Air Fryer - AF9000", "Defy", 1999, 2499, 4.5, 83, "save", "in"),
    ("Bennett Read 12L Air Fryer Oven with 10 Presets", "Bennett Read", 1399, None, 3.9, 31, None, "ships2"),
    ("Milex 3.5L Manual Air Fryer", "Milex", 599, None, None, None, None, "in"),
    ("Kenwood 11L Air Fryer Oven - HFM11", "Kenwood", 1899, None, 4.3, 27, None, "ships"),
    ("Salton 7.5L Air Fryer with Window - SAF750", "Salton", 1299, 1599, 4.2, 58, "save", "in"),
    ("Taurus Air Fry Compact 2.5L", "Taurus", 699, None, 3.8, 16, None, "ships"),
    ("Snappy Chef 4L Air Fryer - White", "Snappy Chef", 699, None, 4.2, 174, None, "in"),
    ("Philips Essential Airfryer Compact 4.1L - HD9252/91", "Philips", 1599, 1999, 4.6, 2033, "deal", "in"),
    ("Cosori Lite 3.8L Air Fryer", "Cosori", 1299, None, 4.5, 35, None, "in"),
    ("Tedelex 8L Digital Air Fryer", "Tedelex", 999, None, 3.9, 22, None, "ships"),
    ("Mellerware 3.5L Crispy Manual Air Fryer", "Mellerware", 549, None, 4.0, 133, None, "in"),
    # after=cursor 3
    ("Air Fryer Silicone Liners - 2 Pack", "Generic", 149, 199, 4.4, 512, "save", "in"),
    ("Air Fryer Parchment Paper Liners - 100 Pack", "Generic", 99, None, 4.3, 276, None, "in"),
    ("Instant Vortex 4-in-1 Air Fryer 3.8L", "Instant", 1499, None, 4.7, 302, None, "in"),
    ("Ninja Air Fryer Accessory Kit - Rack & Skewers", "Ninja", 449, None, 4.5, 41, None, "ships"),
    ("Russell Hobbs 12L Air Fryer Oven - RHAF12", "Russell Hobbs", 1699, 1999, 4.1, 64, "deal", "in"),
    ("Sunbeam 8L Dual Basket Air Fryer - SDAF80", "Sunbeam", 1599, None, None, None, None, "ships2"),
    ("Defy 3L Manual Air Fryer - White", "Defy", 649, None, 3.9, 88, None, "in"),
    ("Hisense 3.5L Compact Air Fryer", "Hisense", 799, None, 4.2, 37, None, "in"),
    ("Kenwood 4L Air Fryer with Window - HFP40", "Kenwood", 1099, 1299, 4.3, 51, "save", "in"),
    ("Swiss Pro+ 12L Air Fryer Oven", "Swiss Pro+", 1299, None, 3.7, 9, None, "ships"),
    ("Salton 2.6L Compact Air Fryer - SAF260", "Salton", 499, None, 4.0, 71, None, "in"),
    ("Philips 2000 Series Airfryer 4.2L - NA221/00", "Philips", 1299, None, 4.5, 112, None, "in"),
]

#: sponsored cards (Sponsored Display): not records; two per batch
SF_SPONSORED: list[tuple[str, str, int, int | None, float | None, int | None]] = [
    ("Ninja Foodi MAX 14-in-1 SmartLid Multi-Cooker 7.5L - OL750", "Ninja", 5999, 6999, 4.8, 388),
    ("Philips Essential Airfryer XL 6.2L - HD9270/91", "Philips", 2799, 3499, 4.7, 1532),
    ("Tefal ActiFry Genius XL 2-in-1 - AH960840", "Tefal", 3999, None, 4.4, 61),
    ("Kenwood MultiPro Express Food Processor - FDP65", "Kenwood", 1499, 1799, 4.5, 204),
    ("Russell Hobbs Retro 2 Slice Toaster - Red", "Russell Hobbs", 499, None, 4.3, 640),
    ("Snappy Chef Silicone Air Fryer Pot - 2 Pack", "Snappy Chef", 129, None, 4.2, 97),
]

SF_AVAILABILITY = {"in": "In stock", "ships": "Ships in 5 - 7 work days", "ships2": "Ships in 7 - 10 work days"}


def _sf_brand_counts() -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for product in SF_PRODUCTS:
        counts[product[1]] = counts.get(product[1], 0) + 1
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:13]


def _sf_plid(title: str) -> str:
    return f"PLID{70000000 + _num(title, 8) % 29999999}"


def _sf_url(title: str) -> str:
    return f"/{_slug(title)}/{_sf_plid(title)}"


def _sf_rand(value: int) -> str:
    return f"R {value:,}"


def _sf_cursor(number: int) -> str:
    """Takealot-style 'after' cursor: base64 of the last sort values of the previous batch."""
    last = SF_PRODUCTS[(number - 1) * SF_PER_PAGE - 1][0]
    raw = f"[{0.9 - number * 0.1734:.4f},{_sf_plid(last)[4:]}]"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _sf_href(number: int) -> str:
    return SF_PATH if number == 1 else f"{SF_PATH}?after={_sf_cursor(number)}"


def _sf_page_href(number: int) -> str:
    return SF_PATH if number == 1 else f"{SF_PATH}?page={number}"


def _sf_stars(rating: float) -> str:
    full = int(rating)
    half = rating - full >= 0.5
    out = []
    for index in range(5):
        state = "full" if index < full else ("half" if index == full and half else "empty")
        out.append(
            f'<svg class="star-rating-module_star_2Mdue star-rating-module_{state}_1xUWp" viewBox="0 0 24 24" width="12" height="12" aria-hidden="true"><path d="M12 17.27 18.18 21l-1.64-7.03L22 9.24l-7.19-.61L12 2 9.19 8.63 2 9.24l5.46 4.73L5.82 21z"/></svg>'
        )
    return "".join(out)


def _sf_card(
    title: str,
    brand: str,
    price: int,
    list_price: int | None,
    rating: float | None,
    reviews: int | None,
    badge: str | None,
    availability: str,
    *,
    sponsored: bool = False,
    position: int = 0,
) -> str:
    plid = _sf_plid(title)
    href = _sf_url(title)
    if sponsored:
        href += f"?sponsored=true&amp;ad_id={_hex(title + 'ad', 16)}&amp;placement=search_grid_{position}"
    image = f"https://media.shopfontein.example/covers_images/{_hex(title, 32)}/s-zoom.file"
    badges = ""
    if badge == "deal":
        badges = '<div class="badges-module_badges_3Hs1O"><span class="badge-module_badge_2dqLl badge-module_daily-deal_3lsmc" data-ref="badge">Daily Deal</span></div>'
    elif badge == "save" and list_price:
        badges = f'<div class="badges-module_badges_3Hs1O"><span class="badge-module_badge_2dqLl badge-module_savings_1qq7t" data-ref="badge">Save {_sf_rand(list_price - price)}</span></div>'
    sponsored_label = ""
    if sponsored:
        sponsored_label = (
            '<span class="product-card-module_sponsored-label_2G5Ds" data-ref="sponsored-label">Sponsored</span>'
        )
    rating_html = ""
    if rating is not None and reviews is not None:
        rating_html = f"""
      <div class="rating-module_rating-wrapper_3Cogb product-card-module_rating_3e7Hd">
        <span class="score">{rating:.1f}</span>
        <div class="star-rating-module_star-rating_3hV_7" aria-label="{rating:.1f} out of 5 stars">{_sf_stars(rating)}</div>
        <span class="rating-module_review-count_3g6zO">({reviews:,})</span>
      </div>"""
    list_html = ""
    if list_price:
        list_html = f'\n          <li class="list-price" data-ref="list-price"><span class="currency plus currency-module_currency_29IIm">{_sf_rand(list_price)}</span></li>'
    stock = SF_AVAILABILITY[availability]
    stock_class = "in-stock" if availability == "in" else "leadtime"
    warehouses = ""
    if availability == "in":
        names = ["CPT", "JHB"] if _num(title, 2) % 3 else ["JHB"]
        warehouses = "".join(
            f'<span class="stock-availability-module_warehouse_1Jw3U" data-ref="warehouse">{w}</span>' for w in names
        )
    eta = ""
    if availability == "in" and _num(title + "eta", 2) % 2:
        eta = '\n      <div class="product-card-module_estimated-dates_adGQI"><span>Get it Tue 18 Mar</span></div>'
    return f"""
  <div class="cell small-6 medium-4 large-3 search-product grid{" sponsored" if sponsored else ""}" data-ref="product-grid-item">
    <article class="product-card product-card-module_product-card_fr2Yp{" sponsored" if sponsored else ""}" data-ref="product-card" data-product-id="{plid}">
      <a class="product-card-module_link-underlay_3sfaA" href="{href}" title="Go to product details" data-react-link="true"></a>
      <div class="product-card-module_product-image_2m6eJ">
        <div class="image-box-module_image-box_3AuTl"><img class="product-card-module_image_2Pg5V" data-ref="product-image" src="{image}" alt="{esc(title)}" loading="lazy" width="192" height="192"/></div>
        <button class="button clear wishlist-button-module_wishlist-button_33Hyp" aria-label="Add to list" data-ref="wishlist-button"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M12 21.35 10.55 20C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54z"/></svg></button>
      </div>
      <div class="product-card-module_product-details-container_3ntEA">
        {sponsored_label}{badges}
        <div class="product-card-module_brand_3nR4w" data-ref="brand-wrapper"><a href="/all?filter=Brand:{esc(brand).replace(" ", "%20")}">{esc(brand)}</a></div>
        <h4 class="product-card-module_product-title_16xh8">{esc(title)}</h4>{rating_html}
        <div class="product-card-module_price-wrapper_2nxRG">
          <ul class="product-card-module_price-list_1Qb3X">
          <li class="price" data-ref="price"><span class="currency plus currency-module_currency_29IIm">{_sf_rand(price)}</span></li>{list_html}
          </ul>
        </div>
        <div class="stock-availability-module_stock-availability_2Bd0V product-card-module_stock_1iOtF">
          <span class="stock-availability-status {stock_class}" data-ref="stock-availability-status">{stock}</span>{warehouses}
        </div>{eta}
      </div>
      <div class="product-card-module_actions_3aGSi">
        <button class="button  expanded add-to-cart-button add-to-cart-button-module_add-to-cart-button_1a9gT ghost" data-ref="add-to-cart-button">Add to Cart</button>
      </div>
    </article>
  </div>"""


def _sf_filters() -> str:
    brands = "\n".join(
        f'          <li><label class="checkbox-module_checkbox_2B5Eq"><input type="checkbox" name="Brand" value="{esc(b)}"/><span>{esc(b)}</span><span class="filter-module_count_13vVB">({n})</span></label></li>'
        for b, n in _sf_brand_counts()
    )
    in_stock = sum(1 for p in SF_PRODUCTS if p[7] == "in")
    return f"""
    <aside class="search-listings-module_filters_2QmXx" data-ref="search-filters">
      <div class="filter-module_filter_1M4rQ">
        <h3 class="filter-module_title_2U_Bo">Category</h3>
        <ul class="filter-module_category-tree_3PuAq">
          <li><a href="/home-kitchen">Home &amp; Kitchen</a>
            <ul><li><a href="/small-appliances">Small Appliances</a>
              <ul>
                <li class="active"><span>Air Fryers</span><span class="filter-module_count_13vVB">(60)</span></li>
                <li><a href="/small-appliances/kettles-30855">Kettles</a><span class="filter-module_count_13vVB">(214)</span></li>
                <li><a href="/small-appliances/toasters-30857">Toasters</a><span class="filter-module_count_13vVB">(131)</span></li>
                <li><a href="/small-appliances/microwaves-30859">Microwaves</a><span class="filter-module_count_13vVB">(98)</span></li>
                <li><a href="/small-appliances/blenders-30861">Blenders</a><span class="filter-module_count_13vVB">(176)</span></li>
              </ul>
            </li></ul>
          </li>
        </ul>
      </div>
      <div class="filter-module_filter_1M4rQ">
        <h3 class="filter-module_title_2U_Bo">Availability</h3>
        <ul>
          <li><label class="checkbox-module_checkbox_2B5Eq"><input type="checkbox" name="Availability" value="in_stock"/><span>In stock</span><span class="filter-module_count_13vVB">({in_stock})</span></label></li>
          <li><label class="checkbox-module_checkbox_2B5Eq"><input type="checkbox" name="Availability" value="include_leadtime"/><span>Ships in 5 - 7 work days</span><span class="filter-module_count_13vVB">({len(SF_PRODUCTS) - in_stock})</span></label></li>
        </ul>
      </div>
      <div class="filter-module_filter_1M4rQ">
        <h3 class="filter-module_title_2U_Bo">Brand</h3>
        <ul class="filter-module_brand-list_3Gc3Y">
{brands}
        </ul>
        <button class="button clear filter-module_show-more_2x1Jx">Show more</button>
      </div>
      <div class="filter-module_filter_1M4rQ">
        <h3 class="filter-module_title_2U_Bo">Price</h3>
        <div class="price-range-module_price-range_1Y3C5">
          <input type="number" name="min" placeholder="R 99" aria-label="Min price"/> <span>to</span> <input type="number" name="max" placeholder="R 4,499" aria-label="Max price"/>
          <button class="button ghost">Go</button>
        </div>
      </div>
      <div class="filter-module_filter_1M4rQ">
        <h3 class="filter-module_title_2U_Bo">Rating</h3>
        <ul>
          <li><a href="{SF_PATH}?filter=Rating:4.0-5.0">4 stars &amp; up</a></li>
          <li><a href="{SF_PATH}?filter=Rating:3.0-5.0">3 stars &amp; up</a></li>
        </ul>
      </div>
      <div class="filter-module_filter_1M4rQ">
        <h3 class="filter-module_title_2U_Bo">Deals</h3>
        <ul><li><label class="checkbox-module_checkbox_2B5Eq"><input type="checkbox" name="Promotions" value="daily-deals"/><span>Daily Deals</span><span class="filter-module_count_13vVB">({sum(1 for p in SF_PRODUCTS if p[6] == "deal")})</span></label></li></ul>
      </div>
    </aside>"""


def _sf_page(number: int, total: int, products: list, sponsored: list[tuple[int, int]]) -> str:
    cards: list[str] = []
    by_slot = dict(sponsored)
    for index, product in enumerate(products):
        if index in by_slot:
            spon = SF_SPONSORED[by_slot[index]]
            cards.append(_sf_card(*spon, None, "in", sponsored=True, position=index))
        cards.append(_sf_card(*product))
    first = (number - 1) * SF_PER_PAGE + 1
    last = first + len(products) - 1
    count = len(SF_PRODUCTS)
    more = ""
    if number < total:
        more = f"""
    <div class="search-listings-module_load-more-container_2ZMoi">
      <a class="button ghost search-listings-module_load-more_OwyvW" role="button" data-ref="load-more-button" href="{_sf_href(number + 1)}">Load More</a>
    </div>"""
    seo = []
    for n in range(1, total + 1):
        if n == number:
            seo.append(f'<span class="pagination-module_current_3cW3p" aria-current="page">{n}</span>')
        else:
            seo.append(f'<a href="{_sf_page_href(n)}">{n}</a>')
    if number < total:
        seo.append(f'<a rel="next" href="{_sf_page_href(number + 1)}">Next</a>')
    seo_html = " ".join(seo)
    rel = ""
    if number > 1:
        rel += f'\n<link rel="prev" href="https://www.shopfontein.co.za{_sf_href(number - 1)}"/>'
    if number < total:
        rel += f'\n<link rel="next" href="https://www.shopfontein.co.za{_sf_href(number + 1)}"/>'
    state = {
        "search": {
            "query": {
                "category_slug": "air-fryers-30862",
                "sort": "Relevance",
                "after": _sf_cursor(number) if number > 1 else None,
            },
            "paging": {
                "total_num_found": count,
                "next_is_after": _sf_cursor(number + 1) if number < total else "",
                "num_items": len(products),
            },
            "product_ids": [_sf_plid(p[0]) for p in products],
        },
        "session": {"customer_id": None, "region": "ZA", "currency": "ZAR"},
        "ads": {"sponsored_display": {"slots": [slot for slot, _ in sponsored], "provider": "sfads"}},
    }
    breadcrumbs = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.shopfontein.co.za/"},
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "Home & Kitchen",
                    "item": "https://www.shopfontein.co.za/home-kitchen",
                },
                {
                    "@type": "ListItem",
                    "position": 3,
                    "name": "Small Appliances",
                    "item": "https://www.shopfontein.co.za/small-appliances",
                },
                {"@type": "ListItem", "position": 4, "name": "Air Fryers"},
            ],
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="en-ZA">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Air Fryers | Small Appliances | Shopfontein.com</title>
<meta name="description" content="Shop Air Fryers online at Shopfontein, South Africa's online store. Fast, reliable delivery to your door. Many ways to pay. Shop anywhere with the Shopfontein app."/>
<link rel="canonical" href="https://www.shopfontein.co.za{SF_PATH}"/>{rel}
<meta property="og:site_name" content="Shopfontein.com"/>
<meta property="og:title" content="Air Fryers | Shopfontein.com"/>
<link rel="preconnect" href="https://media.shopfontein.example"/>
<link rel="stylesheet" href="https://static.shopfontein.example/static/css/app.4e1b9c72.css"/>
<link rel="stylesheet" href="https://static.shopfontein.example/static/css/search.0d8a51f3.css"/>
<script type="application/ld+json">{breadcrumbs}</script>
</head>
<body>
<div id="root">
<div class="cookies-banner-module_cookie-banner_hsodu" role="dialog" aria-label="Cookie notice">
  <p>We use cookies to personalise content and ads, and to analyse our traffic. By continuing to browse you agree to our use of cookies. <a href="/help/privacy-policy">Read more</a></p>
  <button class="button cookies-banner-module_dismiss-button_24Z98">Got it</button>
</div>
<header class="header-module_header_3xDm2">
  <div class="top-nav-module_top-nav_2sQ2l">
    <ul class="top-nav-module_links_1Wd9K">
      <li><a href="/help">Help</a></li>
      <li><a href="/account/login" data-ref="login-link">Login</a></li>
      <li><a href="/account/register" data-ref="register-link">Register</a></li>
      <li><a href="/account/orders">Orders</a></li>
      <li><a href="/account">My Account</a></li>
    </ul>
  </div>
  <div class="header-module_main_1Py8C">
    <a class="header-module_logo_2K7rL" href="/" aria-label="Shopfontein home"><img src="https://static.shopfontein.example/static/media/logo.6c2e1f4a.svg" alt="Shopfontein" width="150" height="32"/></a>
    <div class="search-box-module_search-box_2kC8J" data-ref="search-box">
      <form action="/all" method="get" role="search">
        <select name="dept" class="search-box-module_department_1r7xg" aria-label="Department"><option value="">All Departments</option><option>Appliances</option><option>Home &amp; Kitchen</option><option>Computers &amp; Tablets</option><option>Toys</option></select>
        <input class="search-field" name="search" type="search" placeholder="Search for products, brands..." autocomplete="off"/>
        <button class="button search-box-module_search-button_3ah0m" type="submit" data-ref="search-submit-button" aria-label="Search"><svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14"/></svg></button>
      </form>
    </div>
    <a class="header-module_lists_1bn_k" href="/account/lists" aria-label="Lists"><svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path d="M12 21.35 10.55 20C5.4 15.36 2 12.28 2 8.5 2 5.42 4.42 3 7.5 3c1.74 0 3.41.81 4.5 2.09C13.09 3.81 14.76 3 16.5 3 19.58 3 22 5.42 22 8.5c0 3.78-3.4 6.86-8.55 11.54z"/></svg></a>
    <a class="badge-button-module_badge-button-outer_1gN1K" href="/cart" aria-label="Cart"><svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true"><path d="M7 18c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2M1 2v2h2l3.6 7.59-1.35 2.45c-.16.28-.25.61-.25.96 0 1.1.9 2 2 2h12v-2H7.42c-.14 0-.25-.11-.25-.25l.03-.12.9-1.63h7.45c.75 0 1.41-.41 1.75-1.03l3.58-6.49A1.003 1.003 0 0 0 20 4H5.21l-.94-2z"/></svg><span class="badge-button-module_badge_2fBsN">0</span></a>
  </div>
  <nav class="department-nav-module_department-nav_2ZbP0" aria-label="Departments">
    <button class="button clear department-nav-module_shop-by_3V7WJ">Shop by Department</button>
    <a href="/deals/daily-deals">Daily Deals</a>
    <a href="/deals/app-only">App Only Deals</a>
    <a href="/promotions/clearance">Clearance Sale</a>
    <a href="/gift-vouchers">Gift Vouchers</a>
    <a href="/sell-on-shopfontein">Sell on Shopfontein</a>
  </nav>
</header>
<main class="search-listings-module_search-page_1nDkE">
  <nav class="breadcrumbs-module_breadcrumbs_3VG4e" aria-label="Breadcrumb">
    <ul><li><a href="/">Home</a></li><li><a href="/home-kitchen">Home &amp; Kitchen</a></li><li><a href="/small-appliances">Small Appliances</a></li><li><span>Air Fryers</span></li></ul>
  </nav>
  <div class="grid-x search-listings-module_layout_2jgWs">{_sf_filters()}
    <section class="search-listings-module_listings_3yGdH" data-ref="search-listings">
      <div class="search-listings-module_toolbar_3kOrw">
        <h1 class="search-listings-module_heading_2oTr1">Air Fryers</h1>
        <div class="search-count search-listings-module_search-count_2jS4l" data-ref="search-count">{count} results <span class="search-listings-module_showing_1B3ub">(showing {first} - {last})</span></div>
        <label class="select-module_select_3wN2T">Sort by:
          <select name="sort" data-ref="sort-select">
            <option value="Relevance" selected>Relevance</option>
            <option value="Price+Ascending">Price: Low to High</option>
            <option value="Price+Descending">Price: High to Low</option>
            <option value="Rating+Descending">Top Rated</option>
            <option value="ReleaseDate+Descending">Newest Arrivals</option>
          </select>
        </label>
      </div>
      <div class="grid-x small-up-2 medium-up-3 large-up-4 search-listings-module_grid_1Wcbx listings-container">{"".join(cards)}
      </div>{more}
      <nav class="pagination-module_pagination_1pYiZ" aria-label="Pages">{seo_html}</nav>
    </section>
  </div>
  <section class="recently-viewed-module_recently-viewed_2Vq4L" data-ref="recently-viewed"><h2>Recently Viewed</h2><p>Products you view will show up here.</p></section>
</main>
<footer class="footer-module_footer_1lCfO">
  <div class="footer-module_columns_3Ae2V">
    <div><h5>Shop</h5><ul><li><a href="/deals/daily-deals">Daily Deals</a></li><li><a href="/gift-vouchers">Gift Vouchers</a></li><li><a href="/app">Shopfontein App</a></li></ul></div>
    <div><h5>Help</h5><ul><li><a href="/help">Help Centre</a></li><li><a href="/help/returns">Returns</a></li><li><a href="/help/delivery">Delivery &amp; Collection</a></li><li><a href="/help/pickup-points">Pickup Points</a></li></ul></div>
    <div><h5>About</h5><ul><li><a href="/about">About Us</a></li><li><a href="/careers">Careers</a></li><li><a href="/sell-on-shopfontein">Sell on Shopfontein</a></li></ul></div>
  </div>
  <p class="footer-module_legal_3m5Gv">&copy; 2025 Shopfontein.com. All rights reserved. Prices include VAT. <a href="/help/terms">Terms &amp; Conditions</a> | <a href="/help/privacy-policy">Privacy Policy</a> | <a href="/help/paia">PAIA</a></p>
</footer>
</div>
<script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>
<script src="https://static.shopfontein.example/static/js/runtime.8b0e2c41.js" defer></script>
<script src="https://static.shopfontein.example/static/js/vendor.3f7a19d2.js" defer></script>
<script src="https://static.shopfontein.example/static/js/search.91c0e6ab.js" defer></script>
</body>
</html>"""


@wave
def build_shopfontein() -> None:
    s = Site(
        "shopfontein",
        kind="online store category page (Takealot 2024–25 React markup: hashed CSS-module classes such as product-card-module_product-card_fr2Yp, article[data-ref=product-card][data-product-id=PLID…] cards whose only product link is an empty a.product-card-module_link-underlay_3sfaA titled 'Go to product details', h4 product-title, a brand link above it, 'R 1,299' price and list-price li's with data-ref, score + stars + '(1,284)' on some, 'Daily Deal' / 'Save R 200' badges, 'In stock' with CPT / JHB warehouse chips or 'Ships in 5 - 7 work days', Sponsored cards in the same grid, a filters sidebar with counts, a 'Load More' link to ?after=<base64 cursor> pages plus a small crawler pager over ?page=N)",
        start=SF_PATH.lstrip("/"),
        description="A South African online store (www.shopfontein.co.za) built like Takealot 2024–25, the Air Fryers category (/small-appliances/air-fryers-30862, then the Load More link's ?after=<cursor> pages; the crawler pager's ?page=2 / ?page=3 serve the same batches), as server-rendered: a cookie notice ('Got it'), the header (Help / Login / Register / Orders / My Account, logo, department select + search, lists, cart badge), a department nav, breadcrumbs, a filters aside (category tree with counts, Availability, Brand checkboxes with counts, Price range, Rating, Deals), h1 'Air Fryers', '60 results (showing 1 - 24)', a Sort by select, then a grid of div.cell.search-product cells holding article.product-card (data-product-id PLID…): an empty a.product-card-module_link-underlay_3sfaA (title 'Go to product details') to /<slug>/PLID<8 digits>, the image (alt = name), a wishlist button, optional 'Daily Deal' or 'Save R 300' badge spans, a brand link (/all?filter=Brand:X), h4.product-card-module_product-title_16xh8 (the full name), a rating wrapper with span.score '4.6', five star svgs and '(1,284)' reviews (absent on unrated products), ul of li.price 'R 2,199' and on some li.list-price 'R 2,999' (span.currency), span.stock-availability-status 'In stock' with CPT / JHB chips or 'Ships in 5 - 7 work days' / 'Ships in 7 - 10 work days', 'Get it Tue 18 Mar' on some, 'Add to Cart'; two Sponsored cards per batch in the same markup with a 'Sponsored' label and ?sponsored=true&ad_id=… links (one repeats a listed product; not records); a Load More link (a.button[role=button]) to ?after=<base64url of the last sort values>; a 'Pages' nav 1 2 3 Next of ?page=N links; Recently Viewed, the footer; window.__INITIAL_STATE__ with ids and the next cursor only; rel=prev / rel=next in the head. 24 + 24 + 12 products. Written down: title, url, price and currency (ZAR), list_price (where shown), rating and reviews (where shown), badge ('Daily Deal' / 'Save R 300', where shown), availability.",
    )
    pages = chunks(SF_PRODUCTS, [SF_PER_PAGE, SF_PER_PAGE, len(SF_PRODUCTS) - 2 * SF_PER_PAGE])
    slots = [[(0, 0), (9, 1)], [(0, 2), (13, 3)], [(0, 4), (6, 5)]]
    for number, products in enumerate(pages, 1):
        text = _sf_page(number, len(pages), products, slots[number - 1])
        if number == 1:
            s.list_page(SF_PATH.lstrip("/") + "/index.html", text)
            s.write(SF_PATH.lstrip("/") + "@page=1", text)
        else:
            s.list_page(_sf_href(number).lstrip("/").replace("?", "@"), text)
            s.write(_sf_page_href(number).lstrip("/").replace("?", "@"), text)
    assert len({_sf_plid(p[0]) for p in SF_PRODUCTS}) == len(SF_PRODUCTS)
    assert not {_sf_plid(p[0]) for p in SF_SPONSORED[2:]} & {_sf_plid(p[0]) for p in SF_PRODUCTS}
    for title, _brand, price, list_price, rating, reviews, badge, availability in SF_PRODUCTS:
        badge_text = None
        if badge == "deal":
            badge_text = "Daily Deal"
        elif badge == "save" and list_price:
            badge_text = f"Save {_sf_rand(list_price - price)}"
        s.expect(
            {
                "title": title,
                "url": _sf_url(title),
                "price": price,
                "currency": "ZAR",
                "list_price": list_price,
                "rating": rating,
                "reviews": reviews,
                "badge": badge_text,
                "availability": SF_AVAILABILITY[availability],
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tiffinrun: a Zomato-like city delivery collection, /pune/delivery then ?page=2 / ?page=3.
# ---------------------------------------------------------------------------------------------------

TR_PATH = "/pune/delivery"
TR_PER_PAGE = 21

#: name | locality slug | cuisines | cost for one | minutes | rating (None: 'New') | offer | pure veg
TR_RESTAURANTS: list[tuple[str, str, str, int, int, float | None, str | None, bool]] = [
    ("Biryani Darbar", "camp-area", "Biryani, Mughlai, North Indian", 300, 34, 4.2, "50% OFF up to ₹100", False),
    ("Shree Annapurna Thali", "shivaji-nagar", "Maharashtrian, Thalis, North Indian", 200, 28, 4.4, None, True),
    ("Wok On Fire", "viman-nagar", "Chinese, Asian, Momos", 250, 41, 3.9, "₹125 OFF above ₹249", False),
    ("Kolhapuri Misal Point", "kothrud", "Street Food, Maharashtrian", 100, 22, 4.3, None, True),
    ("Sardarji Da Dhaba", "baner", "North Indian, Punjabi, Tandoor", 350, 37, 4.0, "Flat ₹75 OFF above ₹299", False),
    ("The Momo Story", "fc-road", "Momos, Tibetan, Chinese", 150, 26, 4.1, "60% OFF up to ₹120", False),
    ("Udupi Upahar", "deccan-gymkhana", "South Indian, Beverages", 150, 24, 4.5, None, True),
    ("Pizza Nonna", "koregaon-park", "Pizza, Italian, Fast Food", 400, 45, 4.0, "40% OFF up to ₹80", False),
    ("Hyderabadi Handi", "hadapsar", "Biryani, Hyderabadi, Kebab", 250, 39, 3.8, "50% OFF up to ₹100", False),
    ("Green Leaf Bowls", "kalyani-nagar", "Healthy Food, Salad, Juices", 300, 33, None, "₹100 OFF above ₹399", True),
    ("Bombay Pav Bhaji Centre", "camp-area", "Street Food, Fast Food", 150, 30, 4.2, None, True),
    ("Malvani Katta", "erandwane", "Malwani, Seafood, Konkan", 400, 44, 4.3, "₹150 OFF above ₹499", False),
    ("Burger Junction", "hinjewadi", "Burger, Fast Food, Shake", 200, 27, 3.7, "50% OFF up to ₹100", False),
    ("Kerala Kitchen", "wakad", "Kerala, South Indian, Seafood", 300, 42, 4.1, None, False),
    ("Parantha Junction", "kharadi", "North Indian, Paratha, Beverages", 150, 29, 4.0, "Flat ₹50 OFF above ₹199", True),
    ("Dragon Bowl", "magarpatta", "Chinese, Thai, Asian", 250, 36, 3.6, "60% OFF up to ₹120", False),
    ("Cake Street", "aundh", "Bakery, Desserts", 200, 31, 4.6, None, True),
    ("Mughlai Mehfil", "kondhwa", "Mughlai, North Indian, Biryani", 350, 47, 4.2, "₹125 OFF above ₹249", False),
    ("Chai & Bun Co.", "baner", "Tea, Cafe, Bakery", 100, 19, 4.4, None, True),
    ("Kathi Roll Co.", "viman-nagar", "Rolls, Kebab, Fast Food", 150, 25, 3.9, "40% OFF up to ₹80", False),
    ("Sizzle Grill House", "koregaon-park", "Continental, Steak, Sizzlers", 450, 48, 4.1, None, False),
    # page 2
    ("Bengali Bhoj", "kalyani-nagar", "Bengali, Seafood", 300, 43, 4.3, None, False),
    (
        "Lassi Corner",
        "deccan-gymkhana",
        "Beverages, Desserts, Ice Cream",
        100,
        21,
        4.2,
        "Flat ₹50 OFF above ₹199",
        True,
    ),
    ("Waffle Wala", "kothrud", "Waffle, Desserts", 200, 32, None, "50% OFF up to ₹100", True),
    ("Tandoori Nights", "pimple-saudagar", "North Indian, Mughlai, Kebab", 300, 38, 3.9, "₹125 OFF above ₹249", False),
    ("Sai Dosa Corner", "hadapsar", "South Indian", 100, 23, 4.1, None, True),
    ("Pune Puri Bhaji", "shivaji-nagar", "Maharashtrian, Street Food", 100, 26, 4.0, None, True),
    ("Bao & Co.", "kalyani-nagar", "Asian, Japanese, Sushi", 500, 46, 4.4, "20% OFF up to ₹150", False),
    ("Amritsari Kulcha House", "wakad", "North Indian, Punjabi", 200, 35, 4.2, None, True),
    ("Shawarma Street", "camp-area", "Lebanese, Arabian, Rolls", 200, 29, 3.8, "50% OFF up to ₹100", False),
    ("Gujarati Rasoi", "bibwewadi", "Gujarati, Thalis, Snacks", 250, 40, 4.5, None, True),
    ("Coastal Curry Co.", "baner", "Seafood, Mangalorean, Konkan", 400, 44, 4.0, "₹150 OFF above ₹499", False),
    ("Noodle Nation", "hinjewadi", "Chinese, Fast Food", 150, 31, 3.5, "60% OFF up to ₹120", False),
    ("Frankie Factory", "fc-road", "Rolls, Street Food", 150, 24, 4.1, None, False),
    ("Royal Biryani House", "kharadi", "Biryani, North Indian", 250, 38, 3.9, "50% OFF up to ₹100", False),
    ("Healthy Tiffins by Meera", "kothrud", "Home Food, North Indian, Maharashtrian", 150, 35, None, None, True),
    ("Pasta Point", "viman-nagar", "Italian, Pasta, Pizza", 350, 41, 4.0, "40% OFF up to ₹80", True),
    ("Kebab Korner", "kondhwa", "Kebab, Mughlai, Rolls", 300, 37, 4.3, None, False),
    ("Sweet Bengal", "aundh", "Mithai, Desserts, Bengali", 200, 30, 4.6, None, True),
    ("Andhra Spice", "magarpatta", "Andhra, Biryani, South Indian", 250, 42, 4.0, "₹125 OFF above ₹249", False),
    ("Juice Junction", "deccan-gymkhana", "Juices, Beverages, Shake", 100, 18, 4.2, None, True),
    ("The Thali House", "erandwane", "Thalis, Rajasthani, Gujarati", 300, 39, 4.4, "Flat ₹75 OFF above ₹299", True),
    # page 3
    (
        "Chettinad Express",
        "pimple-saudagar",
        "Chettinad, South Indian, Biryani",
        250,
        45,
        3.7,
        "50% OFF up to ₹100",
        False,
    ),
    ("Falafel Farm", "koregaon-park", "Mediterranean, Healthy Food, Lebanese", 350, 40, 4.1, None, True),
    ("Mumbai Vada Pav Co.", "hadapsar", "Street Food, Fast Food", 50, 20, 4.0, None, True),
    ("Patiala House Kitchen", "baner", "North Indian, Punjabi, Biryani", 300, 36, 3.9, "₹125 OFF above ₹249", False),
    ("Sushi Saga", "kalyani-nagar", "Sushi, Japanese", 600, 49, 4.3, "20% OFF up to ₹150", False),
    ("Ice Cream Adda", "kothrud", "Ice Cream, Desserts", 150, 22, 4.4, None, True),
    ("Hakka Hut", "wakad", "Chinese, Momos", 200, 33, None, "60% OFF up to ₹120", False),
    ("Nagpur Saoji Tadka", "kharadi", "Saoji, Maharashtrian, North Indian", 250, 43, 4.0, None, False),
    ("Idli Factory", "aundh", "South Indian, Healthy Food", 100, 25, 4.3, "Flat ₹50 OFF above ₹199", True),
    ("Grill Masters BBQ", "viman-nagar", "BBQ, Kebab, North Indian", 400, 46, 3.8, "40% OFF up to ₹80", False),
    ("Khichdi Ghar", "shivaji-nagar", "Home Food, North Indian", 150, 30, 4.1, None, True),
    ("Sandwich Studio", "fc-road", "Sandwich, Fast Food, Beverages", 150, 24, 3.9, None, True),
    ("Awadhi Zaika", "camp-area", "Awadhi, Biryani, Kebab", 350, 44, 4.2, "50% OFF up to ₹100", False),
    ("Poha Point", "deccan-gymkhana", "Maharashtrian, Breakfast, Tea", 50, 17, 4.5, None, True),
]

#: promoted cards (ads, not records): name | locality | cuisines | cost | minutes | rating | offer
TR_PROMOTED: list[tuple[str, str, str, int, int, float | None, str | None, bool]] = [
    ("Nawabi Khazana Biryani", "kondhwa", "Biryani, Kebab, Mughlai", 350, 36, 4.1, "60% OFF up to ₹120", False),
    ("Pizza Paradiso", "baner", "Pizza, Italian, Desserts", 300, 32, 4.0, "50% OFF up to ₹100", False),
    ("Bowl Story", "kharadi", "North Indian, Chinese, Biryani", 200, 29, 3.9, "₹125 OFF above ₹249", False),
    ("Chaat Chowk", "aundh", "Street Food, Chaat, Beverages", 100, 27, 4.2, None, True),
    ("Tandoor Tales", "wakad", "North Indian, Tandoor, Kebab", 300, 40, 3.8, "40% OFF up to ₹80", False),
    ("Spice Route Kitchen", "magarpatta", "North Indian, Chinese, Biryani", 250, 35, 4.0, "50% OFF up to ₹100", False),
]

TR_DISHES = [
    "Biryani",
    "Pizza",
    "Burger",
    "Thali",
    "Rolls",
    "Chicken",
    "Dosa",
    "Cake",
    "Paneer",
    "Momos",
    "Misal",
    "Shawarma",
]


def _tr_url(name: str, locality: str) -> str:
    return f"/pune/{_slug(name)}-{locality}/order"


def _tr_res_id(name: str) -> int:
    return 19000000 + _num(name, 7) % 999999


def _tr_sc(role: str) -> str:
    """One styled-components class pair per role (the same on every card, as on the real page)."""
    return f"sc-{_alpha(role, 5)} {_alpha(role + '#', 6)}"


TR_STAR = '<i class="sc-rbbb40-1 iFnyeo" color="#FFFFFF"><svg xmlns="http://www.w3.org/2000/svg" fill="#FFFFFF" width="0.8rem" height="0.8rem" viewBox="0 0 20 20" aria-labelledby="icon-svg-title- icon-svg-desc-" role="img" class="sc-rbbb40-0 fauQLv"><title>star-fill</title><path d="M6.76 6.8l-6.38 0.96c-0.22 0.040-0.38 0.22-0.38 0.44 0 0.12 0.040 0.24 0.12 0.32v0l4.64 4.76-1.1 6.66c0 0.020 0 0.040 0 0.080 0 0.24 0.2 0.44 0.44 0.44 0.1 0 0.16-0.020 0.24-0.060v0l5.7-3.12 5.68 3.12c0.060 0.040 0.14 0.060 0.22 0.060 0.26 0 0.46-0.2 0.46-0.44 0-0.040 0-0.060 0-0.080v0l-1.1-6.66 4.64-4.76c0.080-0.080 0.12-0.2 0.12-0.32 0-0.22-0.16-0.4-0.36-0.44h-0.020l-6.38-0.96-2.96-6.18c-0.060-0.12-0.18-0.2-0.32-0.2s-0.26 0.080-0.32 0.2v0z"></path></svg></i>'


def _tr_card(r: tuple[str, str, str, int, int, float | None, str | None, bool], *, promoted: bool = False) -> str:
    name, locality, cuisines, cost, minutes, rating, offer, veg = r
    href = _tr_url(name, locality)
    image = f"https://b.tiffinrun.example/data/pictures/chains/{_num(name, 1) or 3}/{_tr_res_id(name)}/{_hex(name, 32)}_o2_featured_v2.jpg?output-format=webp&amp;fit=around|771.75:416.25&amp;crop=771.75:416.25;*,*"
    offer_html = ""
    if offer:
        offer_html = f"""
          <div class="{_tr_sc("offer-wrap")}"><div class="{_tr_sc("offer-inner")}"><p class="sc-1hez2tp-0 {_tr_sc("offer-text")}">{esc(offer)}</p></div></div>"""
    promoted_html = ""
    if promoted:
        promoted_html = f"""
          <div class="{_tr_sc("promoted-wrap")}"><p class="sc-1hez2tp-0 {_tr_sc("promoted-text")}">Promoted</p></div>"""
    if rating is None:
        badge = (
            f'<div class="sc-1q7bklc-1 cILgox {_tr_sc("rating-new")}" style="background: rgb(207, 207, 207);">New</div>'
        )
    else:
        colour = "rgb(36, 150, 63)" if rating >= 4.0 else ("rgb(92, 184, 92)" if rating >= 3.5 else "rgb(219, 124, 56)")
        badge = f'<div class="sc-1q7bklc-1 cILgox" style="background: {colour};">{rating:.1f}{TR_STAR}</div>'
    veg_html = ""
    if veg:
        veg_html = f"""
          <div class="{_tr_sc("veg-tag")}"><img src="https://b.tiffinrun.example/data/o2_assets/veg-leaf-icon.png" alt="veg icon" width="12" height="12" loading="lazy"/><p class="sc-1hez2tp-0 {_tr_sc("veg-text")}">Pure Veg</p></div>"""
    return f"""
    <div class="jumbo-tracker">
      <div class="{_tr_sc("card-outer")}">
        <div class="{_tr_sc("card")}">
          <a href="{href}" class="{_tr_sc("card-link")}" tabindex="-1">
            <div class="sc-s1isp7-0 {_tr_sc("img-wrap")}">
              <div class="sc-s1isp7-3 {_tr_sc("img-inner")}"><img alt="Restaurant Card Image" src="{image}" loading="lazy" class="sc-s1isp7-5 fyZwWD"/></div>
            </div>{promoted_html}{offer_html}
            <div class="{_tr_sc("time-pill")}"><p class="sc-1hez2tp-0 {_tr_sc("time-text")}">{minutes} min</p></div>
          </a>
          <a href="{href}" class="{_tr_sc("card-link")}">
            <div class="{_tr_sc("name-row")}">
              <div class="{_tr_sc("name-col")}"><h4 class="sc-1hp8d8a-0 {_tr_sc("name")}">{esc(name)}</h4></div>
              <div class="{_tr_sc("rating-col")}">
                <div class="sc-1q7bklc-10 gNDcPo"><div class="sc-1q7bklc-8 kEgyiI"><div class="sc-1q7bklc-7 fXwRFN"><div class="sc-1q7bklc-5 kHxpSk">{badge}</div></div></div></div>
              </div>
            </div>
            <div class="{_tr_sc("meta-row")}">
              <p class="sc-1hez2tp-0 {_tr_sc("cuisines")}">{esc(cuisines)}</p>
              <p class="sc-1hez2tp-0 {_tr_sc("cost")}">₹{cost} for one</p>
            </div>{veg_html}
          </a>
        </div>
      </div>
    </div>"""


def _tr_href(number: int) -> str:
    return TR_PATH if number == 1 else f"{TR_PATH}?page={number}"


def _tr_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a href="{_tr_href(number - 1)}" class="{_tr_sc("pager-arrow")}" aria-label="Previous page"><i class="sc-rbbb40-1 iFnyeo"><svg viewBox="0 0 20 20" width="14" height="14"><title>chevron-left</title><path d="M12.8 15.8l-5.8-5.8 5.8-5.8 1.4 1.4-4.4 4.4 4.4 4.4z"></path></svg></i></a>'
        )
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<span class="{_tr_sc("pager-current")}">{n}</span>')
        else:
            parts.append(f'<a href="{_tr_href(n)}" class="{_tr_sc("pager-num")}">{n}</a>')
    if number < total:
        parts.append(
            f'<a href="{_tr_href(number + 1)}" class="{_tr_sc("pager-arrow")}" aria-label="Next page"><i class="sc-rbbb40-1 iFnyeo"><svg viewBox="0 0 20 20" width="14" height="14"><title>chevron-right</title><path d="M7.2 4.2l5.8 5.8-5.8 5.8-1.4-1.4 4.4-4.4-4.4-4.4z"></path></svg></i></a>'
        )
    return f'\n  <div class="{_tr_sc("pager")}" role="navigation" aria-label="pagination">{"".join(parts)}</div>'


def _tr_state(number: int, restaurants: list) -> str:
    state = {
        "pages": {
            "current": {
                "pageType": "delivery",
                "pageUrl": _tr_href(number),
                "cityId": 5,
                "cityName": "Pune",
                "pageNo": number,
            },
        },
        "pageData": {
            "sections": {
                "SECTION_SEARCH_RESULT": [
                    {
                        "type": "restaurant",
                        "info": {"resId": _tr_res_id(r[0])},
                        "cardAction": {"clickUrl": _tr_url(r[0], r[1])},
                    }
                    for r in restaurants
                ],
                "SECTION_HAS_MORE": number < 3,
            }
        },
        "user": {"isLoggedIn": False, "location": {"cityId": 5, "entityName": "Pune"}},
        "ads": {"promoted": True},
    }
    payload = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    return payload.replace("\\", "\\\\").replace('"', '\\"')


def _tr_page(number: int, total: int, restaurants: list, promoted: list[tuple[int, int]]) -> str:
    cards: list[str] = []
    slots = dict(promoted)
    for index, r in enumerate(restaurants):
        if index in slots:
            cards.append(_tr_card(TR_PROMOTED[slots[index]], promoted=True))
        cards.append(_tr_card(r))
    rows = "".join(
        f'\n  <div class="sc-1mo3ldo-0 {_tr_sc("row")}">{"".join(cards[i : i + 3])}\n  </div>'
        for i in range(0, len(cards), 3)
    )
    brands = ""
    if number == 1:
        brand_cards = "".join(
            f"""
      <a href="{_tr_url(r[0], r[1])}" class="{_tr_sc("brand-card")}"><div class="{_tr_sc("brand-logo")}"><img alt="{esc(r[0])}" src="https://b.tiffinrun.example/data/brand_creatives/logos/{_hex(r[0], 32)}_1.png?fit=around%7C200%3A200" loading="lazy"/></div><p class="sc-1hez2tp-0 {_tr_sc("brand-time")}">{r[4]} min</p></a>"""
            for r in (
                TR_RESTAURANTS[0],
                TR_RESTAURANTS[2],
                TR_RESTAURANTS[12],
                TR_RESTAURANTS[7],
                TR_RESTAURANTS[19],
                TR_RESTAURANTS[16],
            )
        )
        dish_cards = "".join(
            f"""
      <a href="{TR_PATH}?dishv2_id={_num(d, 5)}" class="{_tr_sc("dish-card")}"><img alt="{d}" src="https://b.tiffinrun.example/data/dish_images/{_hex(d, 32)}.png" loading="lazy"/><p class="sc-1hez2tp-0 {_tr_sc("dish-name")}">{d}</p></a>"""
            for d in TR_DISHES
        )
        brands = f"""
<section class="{_tr_sc("carousel-section")}">
  <h2 class="sc-1hp8d8a-0 {_tr_sc("section-title")}">Inspiration for your first order</h2>
  <div class="{_tr_sc("carousel")}">{dish_cards}
  </div>
</section>
<section class="{_tr_sc("carousel-section")}">
  <h2 class="sc-1hp8d8a-0 {_tr_sc("section-title")}">Top brands for you</h2>
  <div class="{_tr_sc("carousel")}">{brand_cards}
  </div>
</section>"""
    near_me = [
        (
            "Popular cuisines near me",
            [
                "Bakery food near me",
                "Beverages food near me",
                "Biryani food near me",
                "Burger food near me",
                "Chinese food near me",
                "Desserts food near me",
                "Ice Cream food near me",
                "Maharashtrian food near me",
                "Mughlai food near me",
                "North Indian food near me",
                "Pizza food near me",
                "South Indian food near me",
                "Street Food food near me",
            ],
        ),
        (
            "Popular restaurant types near me",
            [
                "Bakeries near me",
                "Bars near me",
                "Cafés near me",
                "Casual Dining near me",
                "Dessert Parlors near me",
                "Dhabas near me",
                "Fine Dining near me",
                "Food Courts near me",
                "Quick Bites near me",
                "Sweet Shops near me",
            ],
        ),
        (
            "Cities We Deliver To",
            [
                "Delhi NCR",
                "Mumbai",
                "Bengaluru",
                "Hyderabad",
                "Chennai",
                "Kolkata",
                "Ahmedabad",
                "Jaipur",
                "Lucknow",
                "Nagpur",
                "Nashik",
                "Aurangabad",
                "Kolhapur",
            ],
        ),
    ]
    accordion = "".join(
        f"""
    <div class="{_tr_sc("accordion-item")}"><h3 class="sc-1hp8d8a-0 {_tr_sc("accordion-title")}">{title}</h3><div class="{_tr_sc("accordion-body")}">{" <span>·</span> ".join(f'<a href="/pune/{_slug(x)}" class="{_tr_sc("accordion-link")}">{esc(x)}</a>' for x in links)}</div></div>"""
        for title, links in near_me
    )
    canonical = f"https://www.tiffinrun.in{_tr_href(number)}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1"/>
<title>Order Food Online from Pune's Best Food Delivery Restaurants | Tiffinrun</title>
<meta name="description" content="Order food online from the best restaurants in Pune. Get great offers and quick delivery on food from North Indian, Chinese, Biryani, South Indian and more, delivered to your doorstep."/>
<link rel="canonical" href="{canonical}"/>
<meta property="og:title" content="Food delivery in Pune | Tiffinrun"/>
<meta property="og:image" content="https://b.tiffinrun.example/images/logo/tiffinrun_logo_2024.png"/>
<meta name="theme-color" content="#E23744"/>
<link rel="preconnect" href="https://b.tiffinrun.example"/>
<link rel="stylesheet" href="https://b.tiffinrun.example/web/assets/css/main.5c8f0d2a.chunk.css"/>
<style data-styled="active" data-styled-version="5.3.6">.sc-1hez2tp-0{{font-family:Okra,Helvetica,sans-serif}}.cILgox{{display:flex;align-items:center;color:#fff;border-radius:0.6rem;padding:0 0.4rem;font-weight:600;font-size:1.4rem}}.jumbo-tracker{{width:33.3%}}</style>
</head>
<body>
<div id="root">
<header class="{_tr_sc("header")}">
  <div class="{_tr_sc("header-inner")}">
    <a href="/" class="{_tr_sc("logo-link")}"><img src="https://b.tiffinrun.example/images/logo/tiffinrun_logo_2024.svg" alt="Tiffinrun Logo" class="{_tr_sc("logo")}"/></a>
    <div class="{_tr_sc("search-bar")}">
      <div class="{_tr_sc("location")}"><i class="sc-rbbb40-1 iFnyeo" color="#FF7E8B"><svg viewBox="0 0 20 20" width="20" height="20" aria-labelledby="icon-svg-title- icon-svg-desc-" role="img"><title>location-fill</title><path d="M10.2 0.42c-4.5 0-8.2 3.7-8.2 8.3 0 6.2 7.5 11.3 7.8 11.6 0.2 0.1 0.3 0.1 0.4 0.1s0.3 0 0.4-0.1c0.3-0.2 7.8-5.3 7.8-11.6 0.1-4.6-3.6-8.3-8.2-8.3z"></path></svg></i><input placeholder="Pune" class="{_tr_sc("location-input")}" value="Pune"/></div>
      <div class="{_tr_sc("search")}"><input placeholder="Search for restaurant, cuisine or a dish" class="{_tr_sc("search-input")}" value=""/></div>
    </div>
    <ul class="{_tr_sc("header-links")}"><li><a href="/login" class="{_tr_sc("header-link")}">Log in</a></li><li><a href="/signup" class="{_tr_sc("header-link")}">Sign up</a></li></ul>
  </div>
</header>
<main class="{_tr_sc("main")}">
<div class="{_tr_sc("breadcrumbs")}"><a href="/">Home</a> / <a href="/india">India</a> / <a href="/pune">Pune</a> / <span>Order Online</span></div>
<div class="{_tr_sc("tabs")}">
  <a href="/pune/restaurants" class="{_tr_sc("tab")}"><img alt="Dining Out" src="https://b.tiffinrun.example/data/o2_assets/dining-out.png"/><h2 class="sc-1hp8d8a-0 {_tr_sc("tab-title")}">Dining Out</h2></a>
  <a href="{TR_PATH}" class="{_tr_sc("tab-active")}"><img alt="Delivery" src="https://b.tiffinrun.example/data/o2_assets/delivery-active.png"/><h2 class="sc-1hp8d8a-0 {_tr_sc("tab-title")}">Delivery</h2></a>
  <a href="/pune/nightlife" class="{_tr_sc("tab")}"><img alt="Nightlife" src="https://b.tiffinrun.example/data/o2_assets/nightlife.png"/><h2 class="sc-1hp8d8a-0 {_tr_sc("tab-title")}">Nightlife</h2></a>
</div>
<div class="{_tr_sc("filters")}">
  <div class="{_tr_sc("chip")}"><i class="sc-rbbb40-1 iFnyeo"><svg viewBox="0 0 20 20" width="14" height="14"><title>filter</title><path d="M3 5h14v2H3zm3 4h8v2H6zm2 4h4v2H8z"></path></svg></i><p class="sc-1hez2tp-0 {_tr_sc("chip-text")}">Filters</p></div>
  <div class="{_tr_sc("chip")}"><p class="sc-1hez2tp-0 {_tr_sc("chip-text")}">Rating: 4.0+</p></div>
  <div class="{_tr_sc("chip")}"><p class="sc-1hez2tp-0 {_tr_sc("chip-text")}">Pure Veg</p></div>
  <div class="{_tr_sc("chip")}"><p class="sc-1hez2tp-0 {_tr_sc("chip-text")}">Cuisines</p></div>
  <div class="{_tr_sc("chip")}"><p class="sc-1hez2tp-0 {_tr_sc("chip-text")}">Great Offers</p></div>
</div>{brands}
<h1 class="sc-1hp8d8a-0 {_tr_sc("list-title")}">Delivery Restaurants in Pune</h1>
<section class="{_tr_sc("list")}">{rows}
</section>{_tr_pager(number, total)}
<section class="{_tr_sc("accordion")}">
  <h2 class="sc-1hp8d8a-0 {_tr_sc("section-title")}">Explore options near me</h2>{accordion}
</section>
</main>
<footer class="{_tr_sc("footer")}">
  <div class="{_tr_sc("footer-cols")}">
    <div><h6>About Tiffinrun</h6><a href="/who-we-are">Who We Are</a> <a href="/blog">Blog</a> <a href="/careers">Work With Us</a> <a href="/investors">Investor Relations</a> <a href="/contact">Contact Us</a></div>
    <div><h6>For Restaurants</h6><a href="/partner-with-us">Partner With Us</a> <a href="/apps-for-you">Apps For You</a></div>
    <div><h6>Learn More</h6><a href="/policies/privacy">Privacy</a> <a href="/policies/security">Security</a> <a href="/policies/terms-of-service">Terms</a> <a href="/sitemap">Sitemap</a></div>
  </div>
  <p class="sc-1hez2tp-0 {_tr_sc("legal")}">By continuing past this page, you agree to our Terms of Service, Cookie Policy, Privacy Policy and Content Policies. All trademarks are properties of their respective owners. 2016-2025 © Tiffinrun™ Ltd. All rights reserved.</p>
</footer>
</div>
<script>window.__PRELOADED_STATE__ = JSON.parse("{_tr_state(number, restaurants)}");</script>
<script src="https://b.tiffinrun.example/web/assets/js/runtime~main.31a8f6c0.js" defer></script>
<script src="https://b.tiffinrun.example/web/assets/js/main.a04d2e97.chunk.js" defer></script>
</body>
</html>"""


@wave
def build_tiffinrun() -> None:
    s = Site(
        "tiffinrun",
        kind="food delivery restaurant listing (Zomato 2024 city 'Delivery' page: styled-components sc- class pairs only, div.jumbo-tracker cards three to a row, each with two links to /pune/<slug>/order — an image link with the offer strip '50% OFF up to ₹100', a 'Promoted' tag and a '32 min' pill, and a details link with h4 name, a rating badge '4.1' + star svg titled 'star-fill' or 'New', cuisines 'North Indian, Chinese, Biryani' and '₹250 for one' p's, a 'Pure Veg' tag on some; promoted cards in the same markup, 'Top brands for you' and dish carousels, filter chips, an 'Explore options near me' link block, window.__PRELOADED_STATE__ = JSON.parse(\"…\"), a numbered pager over ?page=N)",
        start=TR_PATH.lstrip("/"),
        description="An Indian food-delivery site (www.tiffinrun.in) built like Zomato's 2024 city delivery page, Pune (/pune/delivery, then ?page=2 and ?page=3), as server-rendered: the header (logo, location 'Pune', search, Log in / Sign up), breadcrumbs, Dining Out / Delivery / Nightlife tabs, filter chips (Filters, Rating: 4.0+, Pure Veg, Cuisines, Great Offers), on page 1 an 'Inspiration for your first order' dish carousel and a 'Top brands for you' carousel of six listed restaurants (logo + '34 min'), h1 'Delivery Restaurants in Pune', then rows (div.sc-1mo3ldo-0) of three div.jumbo-tracker cards, each with two links to /pune/<name-slug>-<locality>/order: the image link (img alt 'Restaurant Card Image', on some an offer strip p '50% OFF up to ₹100' / '₹125 OFF above ₹249' / 'Flat ₹75 OFF above ₹299', a '32 min' pill) and the details link (h4 name, a rating badge div '4.2' followed by an i > svg with title 'star-fill', or a grey 'New' badge, p cuisines, p '₹300 for one', a 'Pure Veg' tag with a leaf img on some); two Promoted cards per page in the same markup with a 'Promoted' tag (other restaurants; not records); a numbered pager (previous / 1 2 3 / next arrows); an 'Explore options near me' block of link lists; the footer; window.__PRELOADED_STATE__ = JSON.parse(\"…\") with restaurant ids and links only. 21 + 21 + 14 restaurants. Written down: title, url, cuisines (a list), cost_for_one and currency (INR), delivery_minutes, rating (absent where 'New'), offer (where shown), veg (true where 'Pure Veg').",
    )
    pages = chunks(TR_RESTAURANTS, [TR_PER_PAGE, TR_PER_PAGE, len(TR_RESTAURANTS) - 2 * TR_PER_PAGE])
    slots = [[(3, 0), (10, 1)], [(2, 2), (12, 3)], [(4, 4), (9, 5)]]
    for number, restaurants in enumerate(pages, 1):
        path = TR_PATH.lstrip("/") + "/index.html" if number == 1 else TR_PATH.lstrip("/") + f"@page={number}"
        s.list_page(path, _tr_page(number, len(pages), restaurants, slots[number - 1]))
    assert len({_tr_url(r[0], r[1]) for r in TR_RESTAURANTS}) == len(TR_RESTAURANTS)
    assert not {p[0] for p in TR_PROMOTED} & {r[0] for r in TR_RESTAURANTS}
    for name, locality, cuisines, cost, minutes, rating, offer, veg in TR_RESTAURANTS:
        s.expect(
            {
                "title": name,
                "url": _tr_url(name, locality),
                "cuisines": cuisines.split(", "),
                "cost_for_one": cost,
                "currency": "INR",
                "delivery_minutes": minutes,
                "rating": rating,
                "offer": offer,
                "veg": True if veg else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in WAVE.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
