"""Review 32: a kanji-heavy Japanese listing keeps the yen, and only a page declaring no language is
read by its script; "Next article" to ``?id=124`` is no pager of the article's comments; an svg
icon is told by its longest drawing, not a blank frame drawn first."""

from __future__ import annotations

from lxml import html as lxml_html  # type: ignore[import-untyped]
from parsel import Selector

from agents.heuristics.drawnicons import drawn_icon
from agents.heuristics.pagecurrency import script_currency
from agents.heuristics.steplinks import step_link
from agents.scout import analyze_page
from agents.steplinkprobe import step_link_pages
from pipeline.core.cjkscript import cjk_language
from pipeline.core.extract import extract_records, make_selector
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.servedpages import ServedPages

ROOMS = [
    ("東京都新宿区西新宿三丁目", "新宿駅 徒歩5分", "125,000"),
    ("東京都港区六本木六丁目", "六本木駅 徒歩3分", "198,000"),
    ("東京都渋谷区恵比寿南一丁目", "恵比寿駅 徒歩7分", "143,000"),
    ("東京都品川区大崎二丁目", "大崎駅 徒歩4分", "112,000"),
    ("東京都目黒区中目黒三丁目", "中目黒駅 徒歩6分", "136,000"),
]


def _listing(lang: str = "") -> str:
    cards = "".join(
        f'<li class="room"><h3 class="addr"><a href="/room/{i}">{a}</a></h3><p class="st">{s}</p>'
        f'<p class="rent">賃料 ¥{p}</p></li>'
        for i, (a, s, p) in enumerate(ROOMS)
    )
    attribute = f' lang="{lang}"' if lang else ""
    return (
        f"<html{attribute}><body><header><a href='/'>ホーム</a></header><h1>賃貸物件一覧</h1>"
        f"<ul class='rooms'>{cards}</ul></body></html>"
    )


def test_a_kanji_heavy_japanese_listing_keeps_the_yen() -> None:
    url = "https://chintai.test/list?area=13"
    page = _listing()
    assert script_currency(make_selector(page, url)) == "JPY"
    spec = analyze_page(page, url).spec
    rent = next(f for f in spec.fields if f.type == "price")
    first = next(iter(extract_records(page, url, spec)))
    assert first[rent.name] == {"amount": 125000.0, "currency": "JPY"}


def test_ideographs_without_kana_tell_their_language_by_its_own_forms() -> None:
    assert cjk_language("東京都新宿区西新宿三丁目 新宿駅 徒歩5分 " * 2) == "ja"
    assert cjk_language("我们这里的东西 买卖时间 说明为准 " * 2) == "zh"
    assert cjk_language("臺北市信義區市府路 台北車站 步行五分鐘 " * 2) is None  # Traditional: neither, no guess


def test_a_page_declaring_a_language_is_not_read_by_its_script() -> None:
    url = "https://shop.test/list"
    chinese = "".join(f"<p>我们这里的东西 买卖时间 说明 {n}</p>" for n in range(5))
    for lang in ("en", "fr", "ko"):
        page = f"<html lang='{lang}'><body>{chinese}</body></html>"
        assert script_currency(make_selector(page, url)) is None
    assert script_currency(make_selector(f"<html><body>{chinese}</body></html>", url)) == "CNY"
    hidden = f"<html><body><script>var t='{chinese}'</script><!-- {chinese} --><p>Hello</p></body></html>"
    assert script_currency(make_selector(hidden, url)) is None  # a script's or a comment's text is not shown


def _article(n: int) -> bytes:
    comments = "".join(
        f'<li class="comment"><cite class="fn">reader{n * 10 + i}</cite><p>Comment {i} on {n}</p></li>'
        for i in range(3)
    )
    nav = f'<div class="nav-next"><a href="/article.php?id={n + 1}" rel="next">Next article »</a></div>'
    return (
        f"<html><body><header><a href='/'>Blog</a></header><main><article><h1>Article {n}</h1></article>"
        f"{nav}<ol class='commentlist'>{comments}</ol></main></body></html>"
    ).encode()


def test_next_article_is_no_pager_of_its_comments() -> None:
    url = "http://blog.test/article.php?id=123"
    spec = ScraperSpec(
        start_url=url,
        record_selector="ol.commentlist li.comment",
        fields=(FieldSpec(name="who", type="title", selector="cite.fn"), FieldSpec(name="text", selector="p")),
        key_fields=("who",),
        pagination=PaginationSpec(),
    )
    site = ServedPages({f"http://blog.test/article.php?id={n}": _article(n) for n in range(123, 127)})
    assert step_link_pages(site.fetch(url), spec, site) is None  # type: ignore[arg-type]


def _board(link: str) -> Selector:
    rows = "".join(f'<tr class="run"><td><a href="/run/{n}">Train {n}</a></td></tr>' for n in range(3))
    return Selector(text=f"<html><body><main><table>{rows}</table><div class='foot'>{link}</div></main></body></html>")


def test_a_worded_step_naming_one_item_is_no_step() -> None:
    url = "http://trains.test/board?slot=morning"
    for link in (
        '<a href="/board?slot=noon">Next story</a>',  # one item in its words
        '<a href="/board?slot=morning&post_id=9">Later trains</a>',  # a moved key naming one item
        '<a href="/board?slot=morning&t=9">Older entries</a>',
        '<a href="/board?slot=morning&articleId=9">Later trains</a>',
    ):
        assert step_link(_board(link), url) is None, link
    for link in (
        '<a href="/board?slot=noon">Later trains</a>',
        '<a href="/board?slot=noon">Next stories</a>',
        '<a href="/board?slot=noon">Older entries</a>',
    ):
        found = step_link(_board(link), url)
        assert found is not None and found.url == "http://trains.test/board?slot=noon", link


def test_an_icon_is_told_by_its_longest_drawing() -> None:
    bed = "M3 7h2v6h14v4h-2v-2H5v2H3z"
    icon = f'<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z" fill="none"/><path d="{bed}"/></svg>'
    assert drawn_icon(lxml_html.fragment_fromstring(icon)) == bed
