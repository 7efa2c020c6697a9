"""Script hooks name no region: ``js-navigation-item`` is a row that keyboard navigation moves over.

GitHub's issue list (and many server-rendered apps) mark the elements their scripts drive with
``js-`` classes and ids. Read as words, ``js-navigation-container`` sounded like a menu and
``js-issues-toolbar`` like a toolbar, so the real list was judged site chrome and a two-card
"Pinned" strip above it won.
"""

from __future__ import annotations

from lxml import html

from agents.heuristics.sitechrome import is_chrome
from agents.scout import analyze_page

URL = "https://code.example/harbor/beacon/issues"

_ROW = (
    '<div id="issue_{n}" class="Box-row js-navigation-item js-issue-row">'
    '<a class="Link--primary js-navigation-open" href="/harbor/beacon/issues/{n}">{title}</a>'
    '<span class="opened-by">#{n} opened 3 days ago by <a href="/{user}">{user}</a></span></div>'
)
_ISSUES = [
    (2291, "Crash when the config file is empty", "octocat"),
    (2290, "Support TOML includes in nested sections", "mona"),
    (2288, "Docs: the quick start misses a step", "hubot"),
    (2287, "Retry budget ignored after a reconnect", "octocat"),
    (2285, "Add a dark theme to the dashboard", "lisa"),
    (2281, "Exporter drops the last row of a page", "mona"),
]
_PINNED = (
    '<ul class="pinned-issues"><li class="pinned-card"><a href="/harbor/beacon/issues/17">Roadmap 2025</a>'
    '<span>#17 opened 2 years ago</span></li><li class="pinned-card"><a href="/harbor/beacon/issues/9">'
    "Contributing guide</a><span>#9 opened 3 years ago</span></li></ul>"
)


def _page() -> str:
    rows = "".join(_ROW.format(n=n, title=title, user=user) for n, title, user in _ISSUES)
    return (
        '<html><body><header class="AppHeader"><nav><a href="/">Home</a><a href="/explore">Explore</a></nav></header>'
        f"<main>{_PINNED}"
        '<div id="js-issues-toolbar" class="Box"><div class="Box-header">6 Open</div>'
        f'<div class="js-navigation-container js-active-navigation-container">{rows}</div></div>'
        "</main></body></html>"
    )


def test_script_hook_classes_and_ids_are_not_chrome() -> None:
    root = html.fromstring(_page())
    (container,) = root.xpath("//div[contains(@class, 'js-navigation-container')]")
    (toolbar,) = root.xpath("//div[@id='js-issues-toolbar']")
    row = root.xpath("//div[contains(@class, 'js-navigation-item')]")[0]
    assert not any(is_chrome(element) for element in (container, toolbar, row))
    assert is_chrome(html.fromstring('<div class="site-navigation"><a href="/">Home</a></div>'))


def test_the_list_of_rows_driven_by_a_script_beats_a_pinned_strip() -> None:
    profile = analyze_page(_page(), URL)
    assert profile.spec.mode == "list"
    titles = [record.get("title") for record in profile.sample_records]
    assert len(titles) >= 5  # the sample shows the first records of the six rows, not the two pinned cards
    assert titles == [title for _, title, _ in _ISSUES][: len(titles)]
