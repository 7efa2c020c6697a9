"""Review 32: Chinese or Japanese parts in inline elements side by side join only inside running
text (ideographs of the parent's own touching the pair), never two links to two places, and a long
row of such elements reads in linear time."""

from __future__ import annotations

import pytest

from pipeline.core.extract import extract_records
from pipeline.core.schemas import FieldSpec, ScraperSpec


def _read(inner: str) -> str:
    url = "https://shop.test/item"
    page = f"<html><body><div class='result'><div class='v'>{inner}</div></div></body></html>"
    spec = ScraperSpec(
        start_url=url, mode="detail", record_selector="div.result", fields=(FieldSpec(name="v", selector="div.v"),)
    )
    [record] = extract_records(page, url, spec)
    return str(record["v"])


@pytest.mark.parametrize(
    ("inner", "shown"),
    [
        ("标签：<a href='/t/1'>手机</a><a href='/t/2'>数码</a>", "标签： 手机 数码"),  # tags: two links, two places
        ("出演：<a href='/p/1'>山田太郎</a><a href='/p/2'>鈴木一郎</a>", "出演： 山田太郎 鈴木一郎"),
        ("出演：<span class='cast'>山田太郎</span><span class='cast'>鈴木一郎</span>", "出演： 山田太郎 鈴木一郎"),
        ("店铺<span class='shop'>小米旗舰店</span><span class='badge'>自营</span>", "店铺小米旗舰店 自营"),
        ("<i class='hl'>机</i><i class='hl'>械</i><i class='hl'>键</i>", "机 械 键"),  # no text of the parent's own
    ],
)
def test_labelled_cjk_chips_stay_apart(inner: str, shown: str) -> None:
    assert _read(inner) == shown


@pytest.mark.parametrize(
    ("inner", "shown"),
    [
        ("三模<font class='kw'>机械</font><font class='kw'>键盘</font> 热插拔", "三模机械键盘 热插拔"),
        ("JZ990 <font class='kw'>机械</font><font class='kw'>键盘</font> 有线", "JZ990 机械键盘 有线"),  # one markup
        ("V4 <font class='kw'>机械</font><font class='kw'>键盘</font> RGB", "V4 机械键盘 RGB"),  # inside a line
        ("三模<b class='kw'>机</b><b class='kw'>械</b><b class='kw'>键</b><b class='kw'>盘</b>", "三模机械键盘"),
        ("东京<a href='/s?q=x'>机械</a><a href='/s?q=x'>键盘</a>", "东京机械键盘"),  # one link split in two
    ],
)
def test_a_highlight_split_in_running_text_reads_whole(inner: str, shown: str) -> None:
    assert _read(inner) == shown


def test_a_long_run_of_ideograph_chips_reads_in_linear_time() -> None:
    # 12 s when every seam rescanned all of the parent's children; the chips beside the closing
    # text are passed a few at most.
    value = _read("<b>字</b>" * 8000 + "尾")
    assert value.startswith("字 字 字") and value.endswith("字字字字字字尾")
    assert value.replace(" ", "") == "字" * 8000 + "尾"
