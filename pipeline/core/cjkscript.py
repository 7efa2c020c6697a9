"""Chinese or Japanese: which a text is written in, told by its script alone.

Both write Han ideographs; Japanese writes kana (Hiragana, Katakana) between them in nearly every
sentence, Chinese never does. A page declaring no language ("<html>" bare) is read by what it
shows: ideographs among kana are Japanese. Ideographs alone are either (a Japanese listing of
addresses and stations is all kanji): Chinese only where forms only simplified Chinese writes
show ("们", "这", "东"), Japanese where forms only Japanese writes show ("駅", "円", "県"),
else no guess (Traditional Chinese writes neither). Korean writes Hangul, with spaces between
words, and is neither.
"""

from __future__ import annotations

import re
from typing import Literal

#: Han ideographs (CJK unified, extension A, compatibility).
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Hiragana, Katakana and half-width Katakana.
KANA = re.compile("[\u3040-\u30ff\uff66-\uff9f]")
#: Either: the characters of a script written without spaces between words.
IDEOGRAPHIC = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_LETTER = re.compile(r"[^\W\d_]")
#: Ideographs and kana a text must hold before its script tells its language.
MIN_CHARACTERS = 20
#: Share of a text's letters that must be ideographs or kana: a Western page quoting a Chinese
#: name is no Chinese page.
MIN_SHARE = 0.3
#: Share of a text's ideographs and kana that kana make at least in Japanese: nearly every
#: sentence has its particles and endings in Hiragana; a Chinese page may name a brand or a film
#: in Katakana now and then.
MIN_JAPANESE_KANA = 0.05
#: Common forms only simplified Chinese writes: Japanese and Traditional Chinese write them
#: otherwise (这/這, 东/東, 买/買, 们/們; those shared, as 国, 会, 学, are left out).
SIMPLIFIED_ONLY = frozenset(
    "们这个说为东车门买卖时对发么还过动长开关现电话间问题马书从运进经键盘热线红轴览评论员务业产钱张样级"
    "头实选单仅费邮场厅户图无网页价货购优让应给见觉带质闻报记讯馆饭鱼鸡汤码视频乐弹错晚兰试脑预谁阳继"
    "惊伤卫险陆习劳财环纳获负树简积检灵协挥阶审坚妈读银养怀执帮岁艺阵恶块岛释顾换坏讨减编败梦剑贵枪遗"
    "谢虑销钟诗赶剧损补疗择寻诺载荣顶镇练础纸训戏隐访扩盖稳亿拥齐赛扬绿贸毕轮库竞弃伟缓针络纯贝圆诚宽"
    "摆辑测监续软锈钢蓝义队两龙严丝兴举围层录纪圣乡华欢伦丽亚刘郑杨陈赵吴孙"
)
#: Common forms only Japanese writes (its own simplifications and characters, and the iteration
#: mark): 駅 (驿/驛), 円 (圆/圓), 県 (县/縣), 様 (样/樣), 売 (卖/賣), 広 (广/廣).
JAPANESE_ONLY = frozenset(
    "駅円県様売気図広沢桜楽薬歳発変辺両仏団実単営読続関険験検払鉄価込働畑峠恵渋黒歩覧転権経済拡従戦蔵"
    "焼乗帰舗処対応総児々"
)
#: Forms of one language only a text must show, more than of the other, before ideographs
#: without kana tell its language.
MIN_FORMS = 3


def cjk_language(text: str) -> Literal["zh", "ja"] | None:
    """Japanese ("ja") for ideographs among kana, else the language whose own forms the
    ideographs show (Chinese "zh": ``SIMPLIFIED_ONLY``; Japanese: ``JAPANESE_ONLY``); None for a
    text in another script, too short to tell, or showing neither's forms."""
    han, kana = len(HAN.findall(text)), len(KANA.findall(text))
    cjk = han + kana
    if cjk < MIN_CHARACTERS or cjk < MIN_SHARE * len(_LETTER.findall(text)):
        return None
    if kana >= MIN_JAPANESE_KANA * cjk:
        return "ja"
    chinese = sum(c in SIMPLIFIED_ONLY for c in text)
    japanese = sum(c in JAPANESE_ONLY for c in text)
    if chinese >= MIN_FORMS and chinese > japanese:
        return "zh"
    if japanese >= MIN_FORMS and japanese > chinese:
        return "ja"
    return None
