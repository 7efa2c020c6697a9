"""Site chrome around a page's records: a mega-menu, footer link columns, a cookie dialog.

A shop's header holds a mega-menu of departments, each panel (hidden until hovered) three columns
of a heading over eight category links; its footer four headed link columns; a cookie-consent
dialog and a promotion bar sit beside them. None of it is the page's records: on a page whose list
its scripts draw (an app shell) the Scout must not export the menu's columns, and the chrome's text
must not make the page's own list look like a small part of the page.
"""

from __future__ import annotations

from lxml import html
from parsel import Selector

from agents.heuristics.appshell import is_app_shell
from agents.heuristics.chromelinks import is_chrome_link_column
from agents.heuristics.dom import DomIndex, HtmlElement, analysing, build_index
from agents.heuristics.records import MIN_LIST_SCORE, find_record_groups
from agents.heuristics.sitechrome import is_chrome
from agents.scout import analyze_page

URL = "https://shop.example/careers/"

_DEPARTMENTS = {
    "Kitchen": ("Pans", "Knives", "Boards", "Kettles", "Toasters", "Mixers", "Scales", "Jars"),
    "Bathroom": ("Towels", "Mats", "Mirrors", "Cabinets", "Soap", "Baskets", "Hooks", "Rails"),
    "Office": ("Desks", "Chairs", "Lamps", "Shelves", "Trays", "Files", "Pens", "Clocks"),
    "Outdoor": ("Tents", "Stoves", "Lanterns", "Hammocks", "Coolers", "Tarps", "Stakes", "Ropes"),
}
_COLUMNS = ("Popular", "New in", "Brands")


def _panel(number: int, department: str, names: tuple[str, ...]) -> str:
    hiding = "hidden" if number % 2 else 'aria-hidden="true" style="display: none"'
    columns = "".join(
        f'<div class="dropdown-col"><p class="dropdown-title">{title}</p><ul>'
        + "".join(f'<li><a href="/c/{department.lower()}/{n.lower()}-{k}">{n} {title}</a></li>' for n in names)
        + "</ul></div>"
        for k, title in enumerate(_COLUMNS)
    )
    return (
        f'<li class="top"><a href="/c/{department.lower()}">{department}</a>'
        f'<div class="dropdown" {hiding}>{columns}</div></li>'
    )


HEADER = (
    '<div class="promo" role="region"><p>Free delivery on orders over $40 <a href="/delivery">Details</a></p></div>'
    '<header class="top-bar"><a href="/">Homeware Co</a><nav aria-label="Main"><ul>'
    + "".join(_panel(n, d, names) for n, (d, names) in enumerate(_DEPARTMENTS.items(), 1))
    + "</ul></nav></header>"
)
FOOTER = (
    '<footer class="bottom">'
    + "".join(
        f'<div class="links"><h2>{title}</h2><ul>'
        + "".join(f'<li><a href="/{title.lower()}/{n}">{title} page {n}</a></li>' for n in range(1, 7))
        + "</ul></div>"
        for title in ("Help", "About", "Services", "Legal")
    )
    + "</footer>"
    '<div class="consent" role="dialog" aria-modal="true"><h2>Your privacy</h2>'
    "<p>We use cookies to keep the site secure and to measure how it is used. Accept all, reject all or "
    'choose in <a href="/cookies">cookie settings</a> at any time you like.</p></div>'
)
SHELL = (
    f'<html><head><title>Careers</title></head><body>{HEADER}<div id="app"></div>{FOOTER}'
    '<script src="/static/app.js"></script></body></html>'
)

_JOBS = [
    ("Night shift warehouse picker", "Leeds", "Posted today"),
    ("Senior buyer, kitchenware", "London", "Posted 2 days ago"),
    ("Store assistant, weekends", "Bristol", "Posted 3 days ago"),
    ("Delivery driver (van)", "Leeds", "Posted 5 days ago"),
]
LIST = "".join(
    f'<li class="job"><h3><a href="/jobs/{n}">{title}</a></h3><span>{place}</span><span>{posted}</span></li>'
    for n, (title, place, posted) in enumerate(_JOBS)
)


def _index(markup: str) -> tuple[HtmlElement, DomIndex]:
    root = html.fromstring(markup)
    return root, build_index(root)


def test_mega_menu_and_footer_columns_of_an_app_shell_are_no_records() -> None:
    try:
        profile = analyze_page(SHELL, URL)
    except ValueError:
        return  # nothing to extract from the markup: the Scout goes on to the page's scripts
    assert profile.spec.mode != "list", profile.spec.record_selector


def test_a_hidden_submenu_column_is_chrome_but_a_list_in_the_content_is_not() -> None:
    markup = f'<html><body>{HEADER}<main><ul class="jobs">{LIST}</ul></main>{FOOTER}</body></html>'
    root, index = _index(markup)
    column = root.xpath("//div[@class='dropdown-col']")[0]
    footer_column = root.xpath("//footer/div")[0]
    job = root.xpath("//li[@class='job']")[0]
    assert is_chrome_link_column(column, index)
    assert is_chrome_link_column(footer_column, index)
    assert not is_chrome_link_column(job, index)


def test_a_link_list_of_an_articles_own_navigation_is_not_site_chrome() -> None:
    markup = (
        "<html><body><article><h1>Handbook</h1><nav><ul>"
        + "".join(f'<li><a href="/handbook/{n}">Chapter {n}</a></li>' for n in range(1, 9))
        + "</ul></nav></article></body></html>"
    )
    root, index = _index(markup)
    assert not is_chrome_link_column(root.xpath("//li")[0], index)


def test_a_dialog_is_site_chrome() -> None:
    root = html.fromstring(SHELL)
    assert is_chrome(root.xpath("//div[@role='dialog']")[0])
    assert is_chrome(html.fromstring("<div><dialog open><p>Sign up for our newsletter</p></dialog></div>")[0])


def test_a_promotion_bar_beside_a_cookie_dialog_is_no_list() -> None:
    # Both sit right under body, one after the other: the one in chrome makes the pair chrome.
    markup = (
        '<html><head><title>Careers</title></head><body><div class="promo"><p>Free delivery on orders over $40'
        ' <a href="/delivery">Details</a></p></div><div id="app"></div>'
        '<div class="consent" role="dialog"><p>We use cookies to keep the site secure: £0.00 to opt out, '
        'choose in <a href="/cookies">cookie settings</a>.</p></div></body></html>'
    )
    _root, index = _index(markup)
    with analysing(index):
        groups = find_record_groups(index)
    assert all(g.score < MIN_LIST_SCORE for g in groups), [(g.score, g.reasons) for g in groups]


def test_an_app_shell_served_inside_the_sites_chrome_is_still_a_shell() -> None:
    # The announcement strip above the header, the menu, the footer and the dialog are the site's.
    assert is_app_shell(Selector(text=SHELL, type="html"))
    with_text = SHELL.replace('<div id="app"></div>', '<div id="app"></div><p>' + "Our story so far. " * 4 + "</p>")
    assert not is_app_shell(Selector(text=with_text, type="html"))
