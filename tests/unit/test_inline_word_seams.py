"""A word split by inline elements reads as one word, as a browser shows it: a search page's
highlights inside words ("py<em>tide</em>s2"), a drop cap, an ordinal's raised "st". Elements
side by side, a block edge, a hidden label before its value keep the space."""

from __future__ import annotations

import pytest
from lxml import html

from agents.heuristics.dom import full_text
from pipeline.core.extract import extract_records, make_selector
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.showntext import shown_lines, shown_text

URL = "https://search.example/search?q=tide"

GLUED = [
    ("sealevel-lab/py<em>tide</em>s2", "sealevel-lab/pytides2"),
    ("U<em>Tide</em>", "UTide"),
    ("<em>Tide</em>gauge network", "Tidegauge network"),
    ("kvaerne/u<em>tide</em>-py", "kvaerne/utide-py"),
    ("tidewise/<em>tide</em>wise", "tidewise/tidewise"),
    ("Blue<b>tooth</b> ready", "Bluetooth ready"),
    ("marinesoft/Open<em>Tide</em>Predictor", "marinesoft/OpenTidePredictor"),  # a search mark in a camel-cased name
    ("py<span class='search-match'>Tide</span>s", "pyTides"),
    ("<span class='dropcap' style='float:left'>T</span>he harbour", "The harbour"),
    ("<span class='dropcap'>T</span>he harbour at dawn", "The harbour at dawn"),
    ("low <mark>tide</mark>s today", "low tides today"),
    ("py<span class='hl'><strong>tide</strong></span>s", "pytides"),
    ("March 1<sup>st</sup>", "March 1st"),
    ("H<sub>2</sub>O", "H2O"),
    ("74<span>件中</span>", "74件中"),
    ("データを<a href='/p'>プライバシーポリシー</a>に基づいて", "データをプライバシーポリシーに基づいて"),
    ("Çerez Metni<a href='/c'>'ni</a> inceleyin", "Çerez Metni'ni inceleyin"),
    ("Wi<!-- -->Fi", "WiFi"),  # React's separator between two text parts
    ("super<wbr>califragilistic", "supercalifragilistic"),
    # Chinese and Japanese put no space between words: styled parts side by side in running text are one word.
    ("无线<span class='red'>蓝牙</span><span class='red'>耳机</span> 降噪", "无线蓝牙耳机 降噪"),
    ("新款 <a><span class='c1'>蓝牙</span></a><a><span class='c1'>耳机</span></a> 降噪", "新款 蓝牙耳机 降噪"),
    ("東京の<span class='a'>ラーメン</span><span class='b'>特集</span>です", "東京のラーメン特集です"),
]

APART = [
    ("<span>Berlin</span><span>Mitte</span>", "Berlin Mitte"),  # elements side by side: laid out apart
    ("<em>py</em><em>tide</em>", "py tide"),
    ("<span class='css-jxzhbo'>Posted</span>1 day ago", "Posted 1 day ago"),  # a label, hidden by its style
    ("Page<span>2</span>", "Page 2"),
    ("Berlin<br>Mitte", "Berlin Mitte"),
    ("<div>Berlin</div>Mitte", "Berlin Mitte"),
    ("Berlin<p>Mitte</p>", "Berlin Mitte"),
    ("Berlin<img src='/dot.png'>Mitte", "Berlin Mitte"),
    ("Berlin<i class='icon-pin'></i>Mitte", "Berlin Mitte"),
    ("Berlin<span hidden>, Germany</span>Mitte", "Berlin Mitte"),
    ("Mar 9<span>·</span>5 min read", "Mar 9 · 5 min read"),
    ("tide <em>prediction</em> model", "tide prediction model"),
    ("Berlin<custom-chip>Mitte</custom-chip>", "Berlin Mitte"),  # unknown elements may be blocks
    ("$12<sup>99</sup>", "$12 99"),  # raised cents: 12.99, never 1299
    ("10<sup>6</sup> cells", "10 6 cells"),  # a power, not the number 106
    # JSX drops whitespace and a style draws the gap: digit to digit, lowercase to uppercase
    # outside a search mark, and a styled element other than a highlight never join.
    ("12<span>99</span> kr", "12 99 kr"),  # cents or two numbers, never 1299
    ("12<span class='cents'>99</span> kr", "12 99 kr"),
    ("2019<span>2020</span>", "2019 2020"),
    ("Wi<b>Fi</b> ready", "Wi Fi ready"),  # lowercase to uppercase: joined only inside a search mark
    ("<b>New</b>Wireless Mouse", "New Wireless Mouse"),
    ("<span class='brand'>Nike</span>Air Max 90", "Nike Air Max 90"),
    ("Berlin<span class='ml-2'>Mitte</span>", "Berlin Mitte"),
    ("SKU<span class='font-mono'>A1234</span>", "SKU A1234"),
    ("4.5<span class='ml-1'>120 reviews</span>", "4.5 120 reviews"),
    ("py<span style='margin-left:4px'>tides</span>", "py tides"),
    # Badges side by side with no text of their parent's own are laid out apart, in any script;
    # Korean is spaced between words; an image between two parts is a gap.
    ("<i class='flag'>包邮</i><i class='flag2'>新品</i>", "包邮 新品"),
    ("서울<span class='a'>맛집</span><span class='b'>추천</span>", "서울 맛집 추천"),
    ("<span class='red'>蓝牙</span><img src='/dot.png'><span class='red'>耳机</span> 降噪", "蓝牙 耳机 降噪"),
]


def _read(inner: str) -> tuple[str, str]:
    """The engine's value of a field reading the element around ``inner``, and the Scout's text of it."""
    page = f"<html><body><div class='result'><div class='v'>{inner}</div></div></body></html>"
    spec = ScraperSpec(
        start_url=URL,
        mode="detail",
        record_selector="div.result",
        fields=(FieldSpec(name="v", selector="div.v"),),
    )
    [record] = extract_records(page, URL, spec)
    scout = full_text(make_selector(page, URL).css("div.v")[0].root)
    return str(record["v"]), scout


@pytest.mark.parametrize(("inner", "shown"), GLUED)
def test_a_word_split_by_inline_elements_reads_whole(inner: str, shown: str) -> None:
    assert _read(inner) == (shown, shown)


@pytest.mark.parametrize(("inner", "shown"), APART)
def test_texts_laid_out_apart_keep_the_space(inner: str, shown: str) -> None:
    assert _read(inner) == (shown, shown)


def test_a_screen_reader_copy_left_out_still_glues_the_rest() -> None:
    element = html.fragment_fromstring("<h3><span class='sr-only'>Repository:</span>py<em>tide</em>s2</h3>")
    assert shown_text(element) == "pytides2"


def test_a_screen_reader_label_never_runs_into_the_value() -> None:
    element = html.fragment_fromstring("<a href='?page=2'><span class='visually-hidden'>Page</span>2</a>")
    assert shown_lines(element) == "Page 2"


def test_lines_glue_a_word_within_a_line() -> None:
    element = html.fragment_fromstring("<div>py<em>tide</em>s2\nU<em>Tide</em></div>")
    assert shown_lines(element) == "pytides2\nUTide"
