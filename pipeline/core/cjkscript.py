"""Chinese or Japanese: which a text is written in, told by its script alone.

Both write Han ideographs; Japanese writes kana (Hiragana, Katakana) between them in nearly every
sentence, Chinese never does. A page declaring no language ("<html>" bare) is read by what it
shows: ideographs with no kana are Chinese, ideographs among kana Japanese. Korean writes Hangul,
with spaces between words, and is neither.
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


def cjk_language(text: str) -> Literal["zh", "ja"] | None:
    """Chinese ("zh") for a text written in Han ideographs without kana, Japanese ("ja") for
    ideographs among kana, None for a text in another script, or too short to tell."""
    han, kana = len(HAN.findall(text)), len(KANA.findall(text))
    cjk = han + kana
    if cjk < MIN_CHARACTERS or cjk < MIN_SHARE * len(_LETTER.findall(text)):
        return None
    return "ja" if kana >= MIN_JAPANESE_KANA * cjk else "zh"
