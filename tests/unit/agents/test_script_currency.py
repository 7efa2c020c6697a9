"""A page declaring no language is read by the script it shows: Han ideographs without kana are
Chinese, so its "￥" is the yuan; among kana they are Japanese, and "￥" stays the yen."""

from __future__ import annotations

from agents.heuristics.pagecurrency import local_currency, script_currency
from agents.scout import analyze_page
from pipeline.core.cjkscript import cjk_language
from pipeline.core.extract import extract_records, make_selector

URL = "https://shop.test/search?q=x"

CHINESE = [
    "无线蓝牙耳机 降噪 长续航",
    "便携充电宝 大容量 快充",
    "智能手表 心率监测 防水",
    "电动牙刷 声波 软毛",
    "保温杯 不锈钢 大容量",
]
JAPANESE = [
    "ワイヤレスイヤホン ノイズキャンセリング",
    "モバイルバッテリー 大容量で急速充電",
    "スマートウォッチ 心拍数を測定",
    "電動歯ブラシ やわらかい毛",
    "ステンレスの水筒 保温できる",
]


def _shop(titles: list[str], lang: str = "") -> str:
    prices = ["129.00", "89.00", "399.00", "159.00", "59.00"]
    cards = "".join(
        f'<li class="goods"><a class="name" href="/item/{n}.html">{title}</a>'
        f'<div class="cost"><em>￥</em><i>{price}</i></div><span class="sold">已售{n + 3}件</span></li>'
        for n, (title, price) in enumerate(zip(titles, prices, strict=True))
    )
    attribute = f' lang="{lang}"' if lang else ""
    return f"<html{attribute}><body><ul class='results'>{cards}</ul></body></html>"


def test_the_script_tells_chinese_from_japanese() -> None:
    assert cjk_language(" ".join(CHINESE)) == "zh"
    assert cjk_language(" ".join(JAPANESE)) == "ja"
    assert cjk_language("캠핑 릴렉스 체어 접이식 의자 경량 " * 3) is None  # Hangul is neither
    assert cjk_language("Dim sum (点心) and jiaozi (饺子) in our London kitchen, " * 3) is None  # a Western page
    assert cjk_language("机械键盘") is None  # too short to tell


def test_a_chinese_page_without_a_language_prices_in_yuan() -> None:
    page = _shop(CHINESE)
    assert script_currency(make_selector(page, URL)) == "CNY"
    spec = analyze_page(page, URL).spec
    price = next(f for f in spec.fields if f.type == "price")
    assert price.currency == "CNY"
    records = list(extract_records(page, URL, spec))
    assert records[0][price.name] == {"amount": 129.0, "currency": "CNY"}


def test_a_japanese_page_without_a_language_keeps_the_yen() -> None:
    page = _shop(JAPANESE)
    assert script_currency(make_selector(page, URL)) == "JPY"
    spec = analyze_page(page, URL).spec
    price = next(f for f in spec.fields if f.type == "price")
    records = list(extract_records(page, URL, spec))
    assert records[0][price.name] == {"amount": 129.0, "currency": "JPY"}


def test_a_declared_language_comes_before_the_script() -> None:
    assert local_currency(make_selector(_shop(CHINESE, "ja-JP"), URL)) == "JPY"
