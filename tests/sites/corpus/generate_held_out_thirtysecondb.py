"""Held-out wave thirty-two (b): three list pages from outside the English-speaking web, each copied from its real
2024–25 platform markup with invented data, written and frozen by a helper who never read the Scout.

* **yomidoki-news** — a Japanese news portal's IT topic list built like Yahoo!ニュース トピックス (``/topics/it``,
  then ``?page=2`` / ``?page=3``).
* **pasarloka** — an Indonesian marketplace search built like Tokopedia (``/search?st=&q=sepatu%20lari&…``, then the
  pager's alphabetically ordered ``/search?navsource=&page=N&q=…`` links).
* **realitnik** — a Czech property portal's flat listing built like Sreality (``/hledani/prodej/byty/praha``, then
  ``?strana=2`` / ``?strana=3``): an empty app root, the estates only in an inline JSON state rendered by a bundle.

Run ``uv run python tests/sites/corpus/generate_held_out_thirtysecondb.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**: never open its
pages, its expected records or this script while tuning the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc

FROZEN |= {"yomidoki-news", "pasarloka", "realitnik"}

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


NBSP = "\u00a0"


# ---------------------------------------------------------------------------------------------------
# yomidoki-news: a Yahoo!ニュース-like topic list, /topics/it then ?page=2 / ?page=3.
# ---------------------------------------------------------------------------------------------------

YD_WEEKDAYS = "月火水木金土日"

#: headline | media | month | day | hh:mm | comments (None: comments closed) | video
YD_TOPICS: list[tuple[str, str, int, int, str, int | None, bool]] = [
    ("生成AI検索 国内で本格提供へ", "ITmedia NEWS", 3, 14, "9:12", 1284, False),
    ("スマホ新法 アプリ外決済も可能に", "日本経済新聞", 3, 14, "8:40", 3571, False),
    ("大手キャリア 5G料金を値下げ", "毎日新聞", 3, 14, "7:58", 842, False),
    ("国産量子コンピューター 2号機稼働", "読売新聞オンライン", 3, 14, "7:03", 219, False),
    ("ゲーム機新型 予約開始日が判明", "ORICON NEWS", 3, 14, "6:30", 2907, True),
    ("マイナ保険証 読み取り障害が発生", "共同通信", 3, 13, "23:47", 4418, False),
    ("半導体工場 熊本で2棟目着工", "時事通信", 3, 13, "22:15", 1032, False),
    ("SNS偽広告 運営会社に賠償命令", "朝日新聞", 3, 13, "21:02", 1765, False),
    ("自動運転バス 公道で無人運行", "TBS NEWS DIG", 3, 13, "19:44", 588, True),
    ("電子書籍 読み放題が月額改定", "Impress Watch", 3, 13, "18:20", 96, False),
    ("パスワード使い回し 8割超の実態", "ITmedia NEWS", 3, 13, "17:05", 1120, False),
    ("AIで作曲 著作権の扱いに指針", "NHKニュース", 3, 13, "15:31", None, False),
    ("格安SIM 通信速度の比較結果", "ケータイ Watch", 3, 13, "14:09", 377, False),
    ("宇宙ごみ除去衛星 打ち上げ成功", "産経新聞", 3, 13, "12:48", 654, True),
    ("EV充電器 コンビニ設置を拡大", "日テレNEWS NNN", 3, 13, "11:26", 410, False),
    ("ネット銀行 不正送金の被害急増", "読売新聞オンライン", 3, 13, "10:02", 2233, False),
    ("動画配信 広告付きプラン開始", "CNET Japan", 3, 13, "8:57", 1498, False),
    ("国内初 ドローン配送を常時運用", "毎日新聞", 3, 13, "7:35", 305, True),
    ("ランサム被害 病院の電子カルテ", "共同通信", 3, 12, "22:50", 1876, False),
    ("PC出荷台数 5四半期ぶり増加", "ITmedia NEWS", 3, 12, "21:18", 143, False),
    ("フリマアプリ 偽ブランド品摘発", "時事通信", 3, 12, "19:59", 961, False),
    ("ロボット掃除機 新モデル発表", "ASCII.jp", 3, 12, "18:36", None, False),
    ("光回線 10ギガ対応エリア拡大", "Impress Watch", 3, 12, "17:14", 88, False),
    ("学校の端末 更新費用を国が補助", "朝日新聞", 3, 12, "15:40", 1327, False),
    ("スマホ依存 子どもの睡眠に影響", "NHKニュース", 3, 12, "14:03", None, False),
    ("AI翻訳 国会答弁の英訳に導入", "日本経済新聞", 3, 12, "12:27", 702, False),
    ("位置情報ゲーム 新作が首位発進", "ORICON NEWS", 3, 12, "10:58", 451, False),
    ("クラウド障害 決済が一時停止", "共同通信", 3, 12, "9:21", 2618, False),
    ("ふるさと納税 ポイント付与禁止", "読売新聞オンライン", 3, 12, "7:49", 5304, False),
    ("スパコン富岳の後継 開発本格化", "産経新聞", 3, 11, "23:12", 267, False),
    ("携帯大手 衛星とスマホ直接通信", "ケータイ Watch", 3, 11, "21:37", 839, True),
    ("電子マネー 乗り換え割引を新設", "毎日新聞", 3, 11, "20:05", 194, False),
    ("音声AI 高齢者見守りに活用", "TBS NEWS DIG", 3, 11, "18:42", 123, True),
    ("偽警察の詐欺電話 国際番号で急増", "日テレNEWS NNN", 3, 11, "17:19", 3390, False),
    ("国産OS 官公庁で試験導入", "時事通信", 3, 11, "15:53", 746, False),
    ("ワイヤレスイヤホン 発火で回収", "朝日新聞", 3, 11, "14:30", 1011, False),
    ("スマートメーター 全世帯へ更新", "日本経済新聞", 3, 11, "12:06", 158, False),
    ("AI生成画像 選挙で規制を検討", "共同通信", 3, 11, "10:44", 2045, False),
    ("キャッシュレス決済比率 4割超", "読売新聞オンライン", 3, 11, "9:10", 1582, False),
    ("衛星写真 リアルタイム公開へ", "CNET Japan", 3, 11, "7:31", 77, False),
    ("eスポーツ 高校大会が過去最多", "ORICON NEWS", 3, 10, "22:58", 212, True),
    ("ネット選挙 なりすまし対策強化", "NHKニュース", 3, 10, "21:25", None, False),
    ("ガラケー向け通信 来年終了", "ケータイ Watch", 3, 10, "19:50", 2764, False),
    ("テレワーク 通信量が再び増加", "ITmedia NEWS", 3, 10, "18:13", 330, False),
    ("顔認証改札 大阪の駅で導入", "毎日新聞", 3, 10, "16:47", 1203, True),
    ("個人情報12万件 委託先から流出", "時事通信", 3, 10, "15:02", 1947, False),
    ("3Dプリンター住宅 販売開始", "TBS NEWS DIG", 3, 10, "13:36", 864, True),
    ("ゲーム課金 返金ルール明確化", "産経新聞", 3, 10, "12:01", 1439, False),
    ("データセンター 北海道に集積", "日本経済新聞", 3, 10, "10:19", 512, False),
    ("AIアシスタント 日本語版公開", "ASCII.jp", 3, 10, "8:44", 925, False),
    ("配達ロボ 歩道走行の実証拡大", "日テレNEWS NNN", 3, 10, "7:12", 281, True),
    ("通販の定期購入 解約トラブル", "朝日新聞", 3, 9, "22:30", 2310, False),
    ("ウェアラブル血圧計 医療機器に", "Impress Watch", 3, 9, "20:55", 164, False),
    ("児童のSNS利用 年齢確認義務化", "読売新聞オンライン", 3, 9, "19:18", 3875, False),
    ("宇宙ベンチャー 月面着陸に再挑戦", "共同通信", 3, 9, "17:41", 1116, True),
    ("Wi-Fiルーター 脆弱性に注意", "ITmedia NEWS", 3, 9, "16:07", 402, False),
    ("ネット予約 転売防止に本人確認", "毎日新聞", 3, 9, "14:33", 687, False),
    ("スマホ修理 独自部品の解禁", "CNET Japan", 3, 9, "12:58", 245, False),
    ("AI教材 全国の小学校で活用", "NHKニュース", 3, 9, "11:20", None, False),
    ("電動キックボード 事故が倍増", "時事通信", 3, 9, "9:46", 2581, False),
    ("郵便のデジタル化 新サービス", "産経新聞", 3, 9, "8:11", 318, False),
    ("家庭用蓄電池 補助金を拡充", "日本経済新聞", 3, 8, "22:37", 449, False),
    ("テレビ視聴 ネット経由が逆転", "ORICON NEWS", 3, 8, "20:59", 1772, False),
    ("迷惑メール 生成AIで巧妙化", "TBS NEWS DIG", 3, 8, "19:24", 936, False),
    ("中古スマホ 市場規模が過去最大", "ケータイ Watch", 3, 8, "17:50", 173, False),
    ("気象衛星 ひまわり後継機を公開", "朝日新聞", 3, 8, "16:16", 521, True),
]

YD_PER_PAGE = 25

#: title | advertiser (the infeed ads between topics)
YD_ADS = [
    ("【2025年最新】格安SIMの乗り換えで月3,000円節約できる理由", "モバイル比較ナビ"),
    ("話題のAI英会話、まずは7日間無料で試してみませんか", "トークラボ"),
    ("ふるさと納税で人気の家電ランキング、今月の1位は？", "さとふるっと"),
    ("50代からのプログラミング、未経験でも始められる講座", "テックキャンパス"),
    ("自宅の光回線、工事不要のホームルーターが今なら0円", "ひかりモバイル"),
    ("マンション売却の一括査定、最短60秒で入力完了", "すまいバリュー"),
]

#: access ranking in the right column (articles, not topics): title | media
YD_RANKING = [
    ("話題のスマホ新機種、発売前に価格がリーク 最上位モデルは20万円超えか", "ITmedia Mobile"),
    ("「タイパ」重視で倍速視聴が当たり前に 若者の動画の見方を調査", "日経クロストレンド"),
    ("マイナ保険証トラブル、窓口で何が起きているのか 現場の医療事務に聞いた", "東洋経済オンライン"),
    ("キーボードの「F」と「J」の突起は何のため？ 意外と知らない理由", "ねとらぼ"),
    ("パスキー対応サービスが一気に拡大 パスワードはもういらない？", "マイナビニュース"),
]

YD_CATEGORIES = [
    ("主要", "top-picks"),
    ("国内", "domestic"),
    ("国際", "world"),
    ("経済", "business"),
    ("エンタメ", "entertainment"),
    ("スポーツ", "sports"),
    ("IT", "it"),
    ("科学", "science"),
    ("ライフ", "life"),
    ("地域", "local"),
]


def _yd_pickup(headline: str) -> int:
    return 6520000 + _num(headline, 5)


def _yd_date(month: int, day: int, hhmm: str) -> str:
    weekday = YD_WEEKDAYS[date(2025, month, day).weekday()]
    return f"{month}/{day}({weekday}) {hhmm}"


def _yd_iso(month: int, day: int, hhmm: str) -> str:
    hour, minute = hhmm.split(":")
    return f"2025-{month:02d}-{day:02d}T{int(hour):02d}:{minute}:00+09:00"


def _yd_href(number: int) -> str:
    return "/topics/it" if number == 1 else f"/topics/it?page={number}"


def _yd_thumb(key: str) -> str:
    return f"https://news-pctr.c.yimg.example/t/news-topics/images/tpc/2025/3/{_hex(key, 2)}/{_hex(key, 24)}.jpg?w=200&amp;h=200&amp;q=90&amp;exp=10800&amp;pri=l"


def _yd_comment_icon() -> str:
    return '<svg height="14" width="14" class="riff-Icon__root" viewBox="0 0 48 48" aria-hidden="true"><path d="M24 6C12.95 6 4 13.16 4 22c0 4.74 2.58 9 6.68 11.93L9 42l9.15-5.09c1.86.39 3.82.59 5.85.59 11.05 0 20-7.16 20-16S35.05 6 24 6z"></path></svg>'


def _yd_item(topic: tuple[str, str, int, int, str, int | None, bool]) -> str:
    headline, media, month, day, hhmm, comments, video = topic
    pickup = _yd_pickup(headline)
    comment = ""
    if comments is not None:
        comment = f"""
          <span class="sc-1t7ra5j-1 fGsRlk newsFeed_item_comment" aria-label="コメント{comments:,}件">{_yd_comment_icon()}<em class="sc-1t7ra5j-2 hUjXwd">{comments:,}</em></span>"""
    video_icon = ""
    if video:
        video_icon = '<span class="sc-1u4589e-0 bxbrgV newsFeed_item_icon"><svg height="14" width="14" class="riff-Icon__root" viewBox="0 0 48 48" aria-hidden="true"><path d="M8 10h26v28H8zM36 19l8-5v20l-8-5z"></path></svg><span class="riff-VisuallyHidden__root">動画</span></span>'
    return f"""
    <li class="sc-1u4589e-0 kKmBYF newsFeed_item">
      <a class="sc-1gg21n8-0 iIJJVk newsFeed_item_link" href="/pickup/{pickup}" data-cl-params="_cl_vmodule:tpc_it;_cl_link:title;_cl_position:0;" data-ual-gotocontent="true">
        <div class="sc-1gg21n8-1 dwwTBS newsFeed_item_thumbnail"><div class="sc-1gg21n8-2 jydhNq thumbnail thumbnail-small"><picture><source type="image/webp" srcset="{_yd_thumb(headline)}&amp;fmt=webp"/><img src="{_yd_thumb(headline)}" alt="" width="72" height="72" loading="lazy" style="width:72px;height:72px;object-fit:cover"/></picture></div></div>
        <div class="sc-1gg21n8-3 ecGVVs newsFeed_item_text">
          <div class="sc-3ls169-0 dHAJpi newsFeed_item_title">{esc(headline)}</div>
          <div class="sc-1gg21n8-5 cJvUZB newsFeed_item_sub">{video_icon}
            <div class="sc-1hy2mez-2 jmZUfK newsFeed_item_media">{esc(media)}</div>
            <time class="sc-1hy2mez-3 dAnIQW newsFeed_item_date" datetime="{_yd_iso(month, day, hhmm)}">{_yd_date(month, day, hhmm)}</time>{comment}
          </div>
        </div>
      </a>
    </li>"""


def _yd_ad(index: int) -> str:
    title, advertiser = YD_ADS[index]
    key = f"ad-{index}"
    return f"""
    <li class="sc-1u4589e-0 kKmBYF newsFeed_item newsFeed_item-ad">
      <div id="yads_infeed_{index}" class="yadsOverlay" data-ylk="slk:infeed;pos:{index}">
        <a class="sc-1gg21n8-0 iIJJVk newsFeed_item_link" href="https://ad.ydn.yomidoki.example/r/?c={_hex(key, 16)}&amp;u=https%3A%2F%2Flp.example.net%2F{_hex(key, 8)}" rel="nofollow noopener" target="_blank">
          <div class="sc-1gg21n8-1 dwwTBS newsFeed_item_thumbnail"><div class="sc-1gg21n8-2 jydhNq thumbnail thumbnail-small"><img src="https://s.yimg.example/rk/ydn/{_hex(key, 20)}.jpg" alt="" width="72" height="72"/></div></div>
          <div class="sc-1gg21n8-3 ecGVVs newsFeed_item_text">
            <div class="sc-3ls169-0 dHAJpi newsFeed_item_title">{esc(title)}</div>
            <div class="sc-1gg21n8-5 cJvUZB newsFeed_item_sub">
              <div class="sc-1hy2mez-2 jmZUfK newsFeed_item_media">{esc(advertiser)}</div>
              <span class="sc-1ayyy2b-0 gSVdLP newsFeed_item_pr">PR</span>
            </div>
          </div>
        </a>
        <a class="yadsInfo" href="https://promotionalads.yomidoki.example/quality/" target="_blank" rel="noopener">広告</a>
      </div>
    </li>"""


def _yd_pager(number: int, total: int, count: int, first: int, shown: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="pagination_item pagination_item-prev"><a href="{_yd_href(number - 1)}" data-cl-params="_cl_vmodule:page;_cl_link:prev;">前へ</a></li>'
        )
    else:
        items.append('<li class="pagination_item pagination_item-prev pagination_item-disabled"><span>前へ</span></li>')
    for n in range(1, total + 1):
        if n == number:
            items.append(
                f'<li class="pagination_item pagination_item-current"><span aria-current="page">{n}</span></li>'
            )
        else:
            items.append(
                f'<li class="pagination_item"><a href="{_yd_href(n)}" data-cl-params="_cl_vmodule:page;_cl_link:num;_cl_position:{n};">{n}</a></li>'
            )
    if number < total:
        items.append(
            f'<li class="pagination_item pagination_item-next"><a href="{_yd_href(number + 1)}" data-cl-params="_cl_vmodule:page;_cl_link:next;">次へ</a></li>'
        )
    else:
        items.append('<li class="pagination_item pagination_item-next pagination_item-disabled"><span>次へ</span></li>')
    return f"""
  <div class="sc-1i4c8qs-0 bIRJxX pagination">
    <p class="pagination_info">{count}件中 {first}〜{first + shown - 1}件</p>
    <ul class="pagination_items">
      {"".join(items)}
    </ul>
  </div>"""


def _yd_state(number: int, topics: list[tuple[str, str, int, int, str, int | None, bool]]) -> str:
    state = {
        "pageData": {
            "pageName": "topics_list",
            "category": "it",
            "page": number,
            "totalCount": len(YD_TOPICS),
            "perPage": YD_PER_PAGE,
        },
        "topicsList": {"ids": [str(_yd_pickup(t[0])) for t in topics], "hasNext": number < 3},
        "ads": {
            "yads": {
                "infeed": {"sid": "2080579563", "ads_ids": ["yads_infeed_0", "yads_infeed_1"]},
                "right": "2080579565",
            }
        },
        "login": {"isLogin": False},
        "abTest": {"bucket": "tpc_list_b"},
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))


def _yd_page(
    number: int,
    total: int,
    topics: list[tuple[str, str, int, int, str, int | None, bool]],
    first: int,
    ads: list[tuple[int, int]],
) -> str:
    rows = []
    for i, topic in enumerate(topics):
        for at, ad in ads:
            if at == i:
                rows.append(_yd_ad(ad))
        rows.append(_yd_item(topic))
    nav_items = []
    for name, key in YD_CATEGORIES:
        current = key == "it"
        href = "/" if key == "top-picks" else f"/categories/{key}"
        cls = "navList_item navList_item-current" if current else "navList_item"
        aria = ' aria-current="page"' if current else ""
        nav_items.append(f'<li class="sc-n2nhnk-1 yHmHu {cls}"><a href="{href}"{aria}>{name}</a></li>')
    nav = "\n".join(nav_items)
    tabs = "\n".join(
        f'<li class="sc-1nhdoj2-2 eDfPBc tab_item{" tab_item-current" if key == "it" else ""}"><a href="/topics/{key}">{name}</a></li>'
        for name, key in YD_CATEGORIES
        if key != "top-picks"
    )
    ranking = "\n".join(
        f"""<li class="sc-1u4589e-0 kKmBYF newsFeed_item">
          <a class="sc-1gg21n8-0 iIJJVk newsFeed_item_link" href="/articles/{_hex(title, 40)}" data-cl-params="_cl_vmodule:rnk_it;_cl_position:{rank};">
            <span class="sc-1cw2qld-0 eqbAVj newsFeed_item_rankNum">{rank}</span>
            <div class="sc-1gg21n8-3 ecGVVs newsFeed_item_text">
              <div class="sc-3ls169-0 dHAJpi newsFeed_item_title">{esc(title)}</div>
              <div class="sc-1gg21n8-5 cJvUZB newsFeed_item_sub"><div class="sc-1hy2mez-2 jmZUfK newsFeed_item_media">{esc(media)}</div></div>
            </div>
          </a>
        </li>"""
        for rank, (title, media) in enumerate(YD_RANKING, 1)
    )
    canonical = f"https://news.yomidoki.jp{_yd_href(number)}"
    rel_prev = f'<link rel="prev" href="https://news.yomidoki.jp{_yd_href(number - 1)}"/>' if number > 1 else ""
    rel_next = f'<link rel="next" href="https://news.yomidoki.jp{_yd_href(number + 1)}"/>' if number < total else ""
    page_note = "" if number == 1 else f"（{number}ページ目）"
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8"/>
<title>ITのトピックス一覧{page_note} - よみどきニュース</title>
<meta name="description" content="よみどきニュースのIT・科学に関するトピックス一覧です。スマホ、AI、ネットサービスなどの最新ニュースをお届けします。"/>
<meta name="viewport" content="width=1024"/>
<link rel="canonical" href="{canonical}"/>
{rel_prev}
{rel_next}
<meta property="og:title" content="ITのトピックス一覧 - よみどきニュース"/>
<meta property="og:site_name" content="よみどきニュース"/>
<link rel="stylesheet" href="https://s.yimg.example/aaq/news-pc/static/css/main.7d0f3c1e.css"/>
<style data-styled="active" data-styled-version="5.3.11">.kKmBYF{{border-bottom:1px solid #e6e6e6;}}.iIJJVk{{display:flex;padding:12px 0;color:#333;}}.dHAJpi{{font-size:16px;font-weight:bold;line-height:1.4;}}.cJvUZB{{display:flex;gap:8px;color:#888;font-size:12px;}}.gSVdLP{{border:1px solid #aaa;padding:0 4px;font-size:10px;}}</style>
<script async src="https://s.yimg.example/images/advertising/common/js/ad.js"></script>
</head>
<body>
<div id="wrapper">
<div id="consentBanner" class="sc-nt7e4z-0 ciMNWW consentBanner" role="dialog" aria-label="プライバシーに関するお知らせ">
  <p class="consentBanner_text">よみどきニュースでは、サービスの提供や広告の最適化のためにCookieなどの技術を使用しています。詳しくは<a href="https://privacy.yomidoki.example/cookie/">プライバシーセンター</a>をご覧ください。</p>
  <div class="consentBanner_buttons"><button type="button" class="consentBanner_button consentBanner_button-setting">設定する</button><button type="button" class="consentBanner_button consentBanner_button-agree">同意して閉じる</button></div>
</div>
<header id="msthd" class="sc-1clg0ok-0 jKbYmU">
  <div class="msthd_inner">
    <div class="msthd_logo"><a href="/" data-cl-params="_cl_vmodule:header;_cl_link:logo;"><img src="https://s.yimg.example/c/logo/f/2.0/news_r_34_2x.png" alt="よみどきニュース" width="211" height="34"/></a></div>
    <ul class="msthd_links">
      <li><a href="https://www.yomidoki.example/">よみどき</a></li>
      <li><a href="https://mail.yomidoki.example/">メール</a></li>
      <li><a href="https://login.yomidoki.example/config/login?.src=news&amp;.done=https%3A%2F%2Fnews.yomidoki.jp%2Ftopics%2Fit">ログイン</a></li>
      <li><a href="https://account.edit.yomidoki.example/registration?.src=news">ID新規取得</a></li>
    </ul>
    <form class="msthd_search" action="/search" method="get" role="search"><input type="search" name="p" placeholder="キーワードを入力" aria-label="ニュースを検索"/><input type="hidden" name="ei" value="utf-8"/><button type="submit">検索</button></form>
  </div>
  <nav class="sc-n2nhnk-0 gtKrBf navList" aria-label="カテゴリ"><ul>
{nav}
  </ul></nav>
</header>
<div id="yads_ad_top" class="yads_ad yads_ad-billboard" data-ad-unit="2080579560" style="min-height:250px"><span class="yads_ad_label">広告</span></div>
<div id="contentsWrap" class="sc-jSUZER contentsWrap">
<main id="uamods-topics" class="sc-1wl5pqj-0 contents" role="main">
  <div class="sc-1nhdoj2-0 hjnDsO">
    <h1 class="sc-1nhdoj2-1 cqfMXW">トピックス一覧</h1>
    <ul class="sc-1nhdoj2-3 fGLiST tab">
{tabs}
    </ul>
  </div>
  <section class="sc-1nhdoj2-4 bvaUDu" aria-labelledby="topicsHeading">
    <h2 id="topicsHeading" class="riff-VisuallyHidden__root">IT</h2>
    <ul class="sc-1nhdoj2-5 dmmibR newsFeed_list">
{"".join(rows)}
    </ul>
  </section>
{_yd_pager(number, total, len(YD_TOPICS), first, len(topics))}
  <div id="yads_ad_bottom" class="yads_ad" data-ad-unit="2080579564" style="min-height:90px"><span class="yads_ad_label">広告</span></div>
</main>
<aside id="yjSNLiveSide" class="sc-1wl5pqj-1 subContents">
  <div id="yads_ad_right" class="yads_ad yads_ad-rectangle" data-ad-unit="2080579565" style="min-height:250px"><span class="yads_ad_label">広告</span></div>
  <section class="sc-q23g3h-0 lgaAMi ranking">
    <div class="ranking_header"><h2 class="ranking_title">アクセスランキング</h2><span class="ranking_category">IT</span><span class="ranking_time">3/14(金) 9:00更新</span></div>
    <ol class="sc-1nhdoj2-5 dmmibR newsFeed_list">
{ranking}
    </ol>
    <p class="ranking_more"><a href="/ranking/access/news/it-all">もっと見る</a></p>
  </section>
  <section class="sc-1k5ym1y-0 iPtRUL sideBanner"><a href="https://news.yomidoki.jp/app/"><img src="https://s.yimg.example/aaq/news-pc/img/app_banner_300x100.png" alt="よみどきニュース公式アプリ 無料ダウンロード" width="300" height="100"/></a></section>
</aside>
</div>
<footer id="footer" class="sc-1sq2b1j-0 cXfFcK">
  <ul class="footer_links">
    <li><a href="/about">よみどきニュースについて</a></li>
    <li><a href="/info/policy">コメントポリシー</a></li>
    <li><a href="https://privacy.yomidoki.example/">プライバシー</a></li>
    <li><a href="https://about.yomidoki.example/docs/info/terms/">利用規約</a></li>
    <li><a href="/media">記事配信元一覧</a></li>
    <li><a href="https://support.yomidoki.example/news/">ヘルプ・お問い合わせ</a></li>
  </ul>
  <p class="footer_copyright"><small>© Yomidoki Corporation</small></p>
</footer>
</div>
<script>window.__PRELOADED_STATE__ = {_yd_state(number, topics)};</script>
<script src="https://s.yimg.example/aaq/news-pc/static/js/vendor.5b1a9e3c.js" defer></script>
<script src="https://s.yimg.example/aaq/news-pc/static/js/main.c92e4d70.js" defer></script>
</body>
</html>"""


@wave
def build_yomidoki_news() -> None:
    s = Site(
        "yomidoki-news",
        kind="news topic list in Japanese (Yahoo!ニュース トピックス 2024–25: ul.newsFeed_list of li.newsFeed_item with styled-components classes, one link per topic to /pickup/<id>, thumbnail, div.newsFeed_item_title, media name, time '3/14(金) 9:12' without the year, comment counts on most, video icons; PR infeed ads with the same classes, an access ranking in the same newsFeed_list markup, consent banner, ?page=N pager)",
        start="topics/it",
        description="A Japanese news portal (news.yomidoki.jp) built like Yahoo!ニュース 2024–25, the IT topic list (/topics/it, then ?page=2 and ?page=3), as a logged-out visitor gets it: a Cookie consent dialog, the masthead (logo, よみどき / メール / ログイン / ID新規取得, search form), the category nav (主要 / 国内 / … / 地域), a billboard ad slot, h1 'トピックス一覧' and category tabs, then ul.newsFeed_list of li.newsFeed_item (styled-components 'sc-… xxxx' classes beside the stable newsFeed_ names): a.newsFeed_item_link to /pickup/<id> around a lazy 72px thumbnail, div.newsFeed_item_title (the short topic headline), div.newsFeed_item_sub with an optional video icon (visually hidden '動画'), div.newsFeed_item_media (the source: ITmedia NEWS, 共同通信, …), time.newsFeed_item_date '3/14(金) 9:12' (datetime with +09:00) and span.newsFeed_item_comment with an svg and an em '1,284' (aria-label 'コメント1,284件'; absent where comments are closed); two PR infeed ads per page (li.newsFeed_item-ad with the same link / title / media classes, a 'PR' span, off-site redirect links); the pager (p '66件中 1〜25件', 前へ / numbered / 次へ, current a span); a right column with ad slots and an アクセスランキング ol.newsFeed_list of five other articles (/articles/<hash>) in the same item markup with rank numbers; the footer; window.__PRELOADED_STATE__ with page data and the topic ids only. 25 + 25 + 16 topics. Written down: title, url, media, date (--MM-DD: the page gives no year), comments (where shown).",
    )
    pages = chunks(YD_TOPICS, [YD_PER_PAGE, YD_PER_PAGE, len(YD_TOPICS) - 2 * YD_PER_PAGE])
    ad_slots = [[(4, 0), (14, 1)], [(4, 2), (14, 3)], [(4, 4), (12, 5)]]
    first = 1
    for number, topics in enumerate(pages, 1):
        path = "topics/it/index.html" if number == 1 else f"topics/it@page={number}"
        s.list_page(path, _yd_page(number, len(pages), topics, first, ad_slots[number - 1]))
        first += len(topics)
    assert len({_yd_pickup(t[0]) for t in YD_TOPICS}) == len(YD_TOPICS)
    for headline, media, month, day, _hhmm, comments, _video in YD_TOPICS:
        s.expect(
            {
                "title": headline,
                "url": f"/pickup/{_yd_pickup(headline)}",
                "media": media,
                "date": f"--{month:02d}-{day:02d}",
                "comments": comments,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pasarloka: a Tokopedia-like search, /search?st=&q=sepatu%20lari&…, then /search?navsource=&page=N&….
# ---------------------------------------------------------------------------------------------------

PL_QUERY = "sepatu lari"
PL_Q = "sepatu%20lari"
PL_START = f"/search?st=&q={PL_Q}&srp_component_id=02.01.00.00&srp_page_id=&srp_page_title=&navsource="
PL_SEARCH_ID = "20250314021536A7F3C2E9B1D84E5F60"
PL_PER_PAGE = 20

#: slug | shop name | city | badge ('os' Official Store, 'pm' Power Merchant Pro, '' none)
PL_SHOPS = [
    ("ortuseight-official", "Ortuseight Official Store", "Jakarta Barat", "os"),
    ("910-nineten", "910 Nineten Official", "Jakarta Utara", "os"),
    ("larisport-id", "Lari Sport ID", "Kota Bandung", "pm"),
    ("sportstation", "Sport Station Official", "Tangerang Selatan", "os"),
    ("sneakerpedia88", "Sneakerpedia88", "Surabaya", "pm"),
    ("tokosepatumurah", "Toko Sepatu Murah", "Kab. Bandung", ""),
    ("runmarket", "RunMarket", "Jakarta Selatan", "pm"),
    ("specs-official", "Specs Official Store", "Jakarta Pusat", "os"),
    ("grosirsepatu-cibaduyut", "Grosir Sepatu Cibaduyut", "Kota Bandung", ""),
    ("atletik-store", "Atletik Store", "Medan", "pm"),
    ("kakilari", "Kaki Lari", "Yogyakarta", ""),
    ("eagle-sportindo", "Eagle Sportindo", "Kota Bekasi", "pm"),
    ("pelarihemat", "Pelari Hemat", "Sidoarjo", ""),
    ("mizuno-indonesia", "Mizuno Indonesia", "Jakarta Barat", "os"),
]

#: name | shop index | price | original price (0: none) | rating ('' none) | sold ('' none)
PL_PRODUCTS: list[tuple[str, int, int, int, str, str]] = [
    ("Ortuseight Hyperblast 2.0 Sepatu Lari Pria - Black/Volt", 0, 649000, 799000, "4.9", "1rb+ terjual"),
    ("910 Nineten Haze 1.5 Sepatu Running Pria Original - Navy/White", 1, 429000, 0, "4.8", "3rb+ terjual"),
    ("Sepatu Lari Pria Wanita Sneakers Running Ringan Anti Slip", 5, 89000, 149000, "4.6", "10rb+ terjual"),
    ("Specs Lightspeed Evo Sepatu Running Unisex - Cloud White", 7, 549000, 0, "4.9", "500+ terjual"),
    ("Asics Gel-Excite 10 Men Running Shoes Original - Black/Carrier Grey", 3, 899000, 1099000, "4.9", "250+ terjual"),
    ("Sepatu Running Cibaduyut Kulit Sintetis Pria Jogging Olahraga", 8, 125000, 0, "4.5", "1rb+ terjual"),
    ("Nike Revolution 7 Sepatu Lari Pria Original BNIB", 4, 719000, 0, "4.8", "100+ terjual"),
    ("Eagle Marathon Pro Sepatu Lari Pria Hitam Merah", 11, 299000, 359000, "4.7", "750+ terjual"),
    ("Mizuno Wave Rider 28 Sepatu Lari Pria - Ebony/White", 13, 2199000, 0, "5.0", "50+ terjual"),
    ("Sepatu Lari Wanita Knit Breathable Ringan Size 36-40", 10, 159000, 0, "4.7", "250+ terjual"),
    ("910 Nineten Geist Ekiden Elite Sepatu Lari Carbon Plate", 1, 1499000, 1799000, "4.9", "100+ terjual"),
    ("Ortuseight Catalyst Sepatu Running Wanita - Pink/White", 0, 479000, 0, "4.8", "500+ terjual"),
    ("Adidas Duramo SL Sepatu Lari Pria Core Black Original", 3, 799000, 1000000, "4.9", "500+ terjual"),
    ("Sepatu Lari Murah Pria Sport Shoes Model Terbaru Warna Abu", 12, 79000, 0, "", ""),
    ("Specs Horizon Sepatu Running Pria - Black/Orange Fluo", 7, 389000, 459000, "4.8", "250+ terjual"),
    ("Brooks Ghost 16 Running Shoes Men Original - Grey/Black", 6, 2149000, 2599000, "5.0", "30+ terjual"),
    ("Sepatu Jogging Pria Wanita Model Korea Sol Karet Tebal", 5, 99000, 0, "4.4", "3rb+ terjual"),
    ("Piero Jogger Plus Sepatu Lari Pria Black White", 2, 339000, 0, "4.7", "100+ terjual"),
    ("League Legas Run Sepatu Lari Pria - Navy/Blue", 2, 449000, 529000, "4.8", "50+ terjual"),
    ("Sepatu Lari Anak Sekolah Ringan Tali Elastis Size 28-35", 10, 115000, 0, "4.6", "100+ terjual"),
    ("Hoka Clifton 9 Sepatu Lari Pria Black White Original", 6, 2399000, 0, "4.9", "60+ terjual"),
    ("Kaos Kaki Lari + Sepatu Running Pria Paket Hemat Olahraga", 12, 139000, 199000, "4.3", "50+ terjual"),
    ("Ortuseight Jog Sepatu Running Pria - Grey/Red", 0, 329000, 0, "4.8", "1rb+ terjual"),
    ("Sepatu Lari Trail Pria Outdoor Anti Air Grip Kuat", 9, 259000, 0, "4.6", "250+ terjual"),
    ("Mizuno Wave Inspire 20 Sepatu Running Wanita - White/Pink", 13, 1899000, 2099000, "4.9", "20+ terjual"),
    ("910 Nineten Yuza 2.0 Sepatu Lari Pria Hitam Putih", 1, 399000, 0, "4.8", "750+ terjual"),
    ("Eagle Ventura Sepatu Lari Wanita Putih Ungu", 11, 249000, 0, "4.7", "250+ terjual"),
    ("Sepatu Running Pria Fly Knit Import Premium Quality", 4, 219000, 289000, "4.5", "500+ terjual"),
    ("New Balance Fresh Foam 680 v8 Sepatu Lari Pria Original", 3, 1199000, 1399000, "4.9", "100+ terjual"),
    ("Sepatu Lari Wanita Casual Sporty Sol Empuk Anti Lecet", 8, 109000, 0, "", ""),
    ("Specs Hyperion Sepatu Running Wanita - Peach/White", 7, 429000, 0, "4.8", "100+ terjual"),
    ("Puma Velocity Nitro 3 Sepatu Lari Pria Original", 6, 1799000, 0, "4.9", "10+ terjual"),
    ("Ortuseight Hyperglide 3.0 Sepatu Lari Unisex - White/Blue", 0, 699000, 849000, "4.9", "250+ terjual"),
    ("Sepatu Olahraga Pria Running Gym Fitness Tali Model Baru", 12, 85000, 0, "4.2", "100+ terjual"),
    ("Diadora Rapido Sepatu Running Pria - Black Grey", 9, 299000, 399000, "4.6", "30+ terjual"),
    ("Asics Jolt 4 Sepatu Lari Pria - Black/White Original", 3, 599000, 0, "4.8", "250+ terjual"),
    ("Sepatu Lari Pria Big Size 44 45 46 47 Jumbo Running", 10, 199000, 0, "4.6", "50+ terjual"),
    ("League Kumo Run Sepatu Lari Wanita - Lilac", 2, 399000, 0, "4.7", "30+ terjual"),
    ("910 Nineten Haze Wmns Sepatu Lari Wanita Original", 1, 419000, 499000, "4.8", "500+ terjual"),
    ("Sepatu Running Cibaduyut Mesh Pria Wanita Ringan Murah", 8, 95000, 0, "4.4", "750+ terjual"),
    ("Saucony Ride 17 Sepatu Lari Pria Original - Navy/Gold", 6, 2249000, 0, "", ""),
    ("Eagle Rapid Sepatu Lari Anak Laki-Laki Hitam", 11, 189000, 0, "4.7", "100+ terjual"),
    ("Specs Reactor Sepatu Running Pria - Navy/Volt", 7, 339000, 399000, "4.7", "100+ terjual"),
    ("Sepatu Lari Pria Ultra Light Running Shoes Bantalan Udara", 4, 179000, 0, "4.5", "250+ terjual"),
    ("Mizuno Wave Prodigy 6 Sepatu Lari Pria - Black", 13, 1299000, 0, "4.8", "10+ terjual"),
    ("Ortuseight Forte Sepatu Lari Wanita - Black/Rose Gold", 0, 399000, 0, "4.9", "100+ terjual"),
    ("Piero Jogger Sepatu Running Wanita Putih Biru", 2, 319000, 379000, "4.6", "30+ terjual"),
    ("Sepatu Lari Maraton Carbon Plate Murah Pria Wanita", 9, 489000, 0, "4.4", "10+ terjual"),
    ("910 Nineten Kaze 1.0 Sepatu Lari Pria Original - Putih", 1, 369000, 0, "4.8", "250+ terjual"),
    ("Sepatu Running Wanita Warna Pastel Sol Tebal Nyaman", 5, 119000, 159000, "4.6", "500+ terjual"),
    ("Adidas Galaxy 7 Sepatu Lari Pria Original - Cloud White", 3, 699000, 0, "4.9", "100+ terjual"),
    ("Sepatu Lari Pria Hitam Polos Sekolah Kerja Olahraga", 12, 89000, 0, "", ""),
    ("Eagle Sprint Sepatu Lari Pria Biru Navy", 11, 229000, 0, "4.6", "50+ terjual"),
    ("Kalenji Jogflow 100.1 Sepatu Lari Pria Biru", 9, 249000, 0, "4.8", "100+ terjual"),
]

#: name | price | shop (the TopAds cards; not records)
PL_ADS = [
    ("Ortuseight Hyperblast 2.0 Sepatu Lari Pria - Black/Volt", 649000, 0),
    ("Sepatu Lari Pria Promo Spesial Gratis Kaos Kaki", 99000, 12),
    ("Specs Lightspeed Evo Sepatu Running Unisex - Cloud White", 549000, 7),
    ("910 Nineten Haze 1.5 Sepatu Running Pria Original - Navy/White", 429000, 1),
    ("Tas Pinggang Lari Waterproof Running Belt", 59000, 6),
    ("Sepatu Running Pria Fly Knit Import Premium Quality", 219000, 4),
    ("Mizuno Wave Rider 28 Sepatu Lari Pria - Ebony/White", 2199000, 13),
    ("Jam Tangan Lari GPS Pace Tracker", 899000, 6),
]


def _rp(amount: int) -> str:
    return "Rp" + f"{amount:,}".replace(",", ".")


def _pl_slug(name: str) -> str:
    from generate import slug

    return slug(name)


def _pl_url(name: str, shop: int) -> str:
    keyword = PL_QUERY.replace(" ", "+")
    return f"/{PL_SHOPS[shop][0]}/{_pl_slug(name)}?extParam=ivf%3Dfalse%26keyword%3D{keyword}%26search_id%3D{PL_SEARCH_ID}%26src%3Dsearch"


def _pl_href(number: int) -> str:
    return f"/search?navsource=&page={number}&q={PL_Q}&srp_component_id=02.01.00.00&srp_page_id=&srp_page_title=&st="


def _pl_badge(kind: str) -> str:
    if kind == "os":
        return '<img class="css-ebxddb" src="https://images.pasarloka.example/img/official_store/badge_os.png" alt="Official Store" aria-label="Official Store" width="16" height="16"/>'
    if kind == "pm":
        return '<img class="css-ebxddb" src="https://images.pasarloka.example/img/goldmerchant/pm_pro_badge.png" alt="Power Merchant Pro" aria-label="Power Merchant Pro" width="16" height="16"/>'
    return ""


def _pl_card(
    name: str, shop: int, price: int, original: int, rating: str, sold: str, *, ad: int | None = None, extra: str = ""
) -> str:
    slug_, shop_name, city, badge = PL_SHOPS[shop]
    pid = _num(name + slug_, 10)
    if ad is None:
        href = _pl_url(name, shop)
    else:
        href = f"https://ta.pasarloka.example/promo/v1/clicks/8a-xgVY2gmUEH_1sK{_hex(name, 20)}?r=https%3A%2F%2Fwww.pasarloka.co.id%2F{slug_}%2F{_pl_slug(name)}&amp;src=search&amp;page=1&amp;position={ad}"
    slash = ""
    if original:
        discount = round((original - price) * 100 / original)
        slash = f"""<div class="css-1jrxc1i"><div class="prd_label-product-slash-price css-xfl72w" data-testid="lblProductSlashPrice">{_rp(original)}</div><div class="prd_badge-product-discount css-1xelcdh" data-testid="lblProductDiscount">-{discount}%</div></div>"""
    stats = ""
    if rating or sold:
        parts = []
        if rating:
            parts.append(
                f'<img alt="rating" class="css-177n1u3" src="https://assets.pasarloka.example/assets-unify/icons/star-filled.svg" width="12" height="12"/><span class="prd_rating-average-text css-t70v7i" data-testid="spnSRPProdRating">{rating}</span>'
            )
        if rating and sold:
            parts.append('<span class="prd_shop-separator css-7tdz2d"></span>')
        if sold:
            parts.append(f'<span class="prd_label-integrity css-1sgek4h" data-testid="spnIntegrity">{sold}</span>')
        stats = f'<div class="prd_shop-rating-average-and-label css-26zmlj">{"".join(parts)}</div>'
    ad_label = ""
    if ad is not None:
        ad_label = '<div class="css-1uzsm9w" data-testid="divTopAdsLabel"><span class="css-1tp92eq-unf-heading e1qvo2ff8">Ad</span></div>'
    free = ""
    if price >= 150000:
        free = '<div class="css-1rz5vfp"><img src="https://images.pasarloka.example/img/ic_bebas_ongkir.png" alt="Bebas Ongkir" class="css-1cfjwly" width="54" height="16"/></div>'
    return f"""
  <div class="css-5wh65g" data-testid="master-product-card"{' data-ad="true"' if ad is not None else ""}>
    <div class="css-llwpbs" data-testid="divProductWrapper"><div class="pcv3__container css-gfx8z3">
      <div class="css-zimbi">
        <a class="pcv3__info-content css-gwkf0u" href="{href}" data-testid="lnkProductContainer" data-product-id="{pid}" title="{esc(name)}">
          <div class="css-1c345mg"><div class="css-1ncfhqs"><div class="pcv3__image css-1i3j6qx"><img class="css-1q90pod" alt="product-image" src="https://images.pasarloka.example/img/cache/200-square/VqbcmM/2025/2/{_hex(name, 2)}/{_hex(name, 32)}.jpg.webp?ect=4g" loading="lazy"/></div>{ad_label}</div></div>
          <div class="prd_container-card css-1f31tqe"><div class="css-16vw0vn">
            <div class="prd_link-product-name css-3um8ox" data-testid="spnSRPProdName">{esc(name)}</div>
            <div class="css-pp6b3e"><div class="prd_link-product-price css-h66vau" data-testid="spnSRPProdPrice">{_rp(price)}</div>{slash}</div>{extra}{free}
            <div class="css-1rn0irl"><div class="css-edt4cm">{_pl_badge(badge)}<span class="prd_link-shop-loc css-1kdc32b flip" data-testid="spnSRPProdTabShopLoc">{esc(city)}</span><span class="prd_link-shop-name css-1kdc32b flip">{esc(shop_name)}</span></div></div>
            {stats}
          </div></div>
        </a>
        <div class="css-16kz5b4"><button type="button" aria-label="Lihat opsi lainnya" class="css-1v7dha3-unf-btn"><svg class="unf-icon" viewBox="0 0 24 24" width="16" height="16" fill="var(--NN500, #6D7588)"><path d="M12 7.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm0 6a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm0 6a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"></path></svg></button></div>
      </div>
    </div></div>
  </div>"""


def _pl_pager(number: int, total: int) -> str:
    items = []
    prev_attrs = f'href="{esc(_pl_href(number - 1))}"' if number > 1 else 'aria-disabled="true"'
    items.append(
        f'<li><a aria-label="Laman sebelumnya" class="css-16uzo3v-unf-pagination-item" {prev_attrs}><svg class="unf-icon" viewBox="0 0 24 24" width="24" height="24"><path d="M14.5 17.5 9 12l5.5-5.5"></path></svg></a></li>'
    )
    for n in range(1, total + 1):
        current = ' aria-current="true" data-active="true"' if n == number else ""
        items.append(
            f'<li><a aria-label="Laman {n}" class="css-bugrro-unf-pagination-item" href="{esc(_pl_href(n))}"{current}>{n}</a></li>'
        )
    next_attrs = f'href="{esc(_pl_href(number + 1))}"' if number < total else 'aria-disabled="true"'
    items.append(
        f'<li><a aria-label="Laman berikutnya" class="css-16uzo3v-unf-pagination-item" {next_attrs}><svg class="unf-icon" viewBox="0 0 24 24" width="24" height="24"><path d="M9.5 17.5 15 12 9.5 6.5"></path></svg></a></li>'
    )
    return f"""
<nav aria-label="Navigasi laman" class="css-txlndr-unf-pagination"><ul class="css-1ni9y5x-unf-pagination-items">{"".join(items)}</ul></nav>"""


def _pl_cache(number: int, products: list[tuple[str, int, int, int, str, str]]) -> str:
    cache: dict[str, object] = {
        "ROOT_QUERY": {
            "__typename": "Query",
            f'searchProductV5({{"params":"device=desktop&navsource=&ob=23&page={number}&q=sepatu+lari&related=true&rows={PL_PER_PAGE}&safe_search=false&scheme=https&shipping=&show_adult=false&source=search&srp_component_id=02.01.00.00&st=product&start={(number - 1) * PL_PER_PAGE}&topads_bucket=true&unique_id={PL_SEARCH_ID[:16].lower()}&user_id=0&variants="}})': {
                "type": "id",
                "id": f"$ROOT_QUERY.searchProductV5.{number}",
                "generated": True,
            },
        },
        f"$ROOT_QUERY.searchProductV5.{number}.header": {
            "totalData": len(PL_PRODUCTS),
            "totalDataText": str(len(PL_PRODUCTS)),
            "responseCode": "0",
            "keywordProcess": "0",
            "__typename": "SearchProductV5Header",
        },
    }
    for name, shop, price, _orig, _rating, _sold in products:
        pid = _num(name + PL_SHOPS[shop][0], 10)
        cache[f"SearchProductV5Product:{pid}"] = {
            "id": str(pid),
            "ttsProductID": "0",
            "price": {"number": price, "__typename": "SearchProductV5Price"},
            "shop": {"id": str(_num(PL_SHOPS[shop][0], 7)), "__typename": "SearchProductV5Shop"},
            "category": {"id": "1829", "__typename": "SearchProductV5Category"},
            "__typename": "SearchProductV5Product",
        }
    return json.dumps(cache, ensure_ascii=False, separators=(",", ":"))


def _pl_page(
    number: int, total: int, products: list[tuple[str, int, int, int, str, str]], first: int, ads: list[tuple[int, int]]
) -> str:
    cards = []
    for i, product in enumerate(products):
        for at, ad in ads:
            if at == i:
                name, price, shop = PL_ADS[ad]
                cards.append(_pl_card(name, shop, price, 0, "", "", ad=first + at))
        name, shop, price, original, rating, sold = product
        extra = ""
        if _num(name, 2) % 5 == 0:
            extra = '<div class="css-1rwjw5n"><span class="css-ca0lju" data-testid="lblProductCashback">Cashback 5%</span></div>'
        cards.append(_pl_card(name, shop, price, original, rating, sold, extra=extra))
    rows = [cards[i : i + 5] for i in range(0, len(cards), 5)]
    grid = "\n".join(f'<div class="css-jza1fo">{"".join(r)}\n</div>' for r in rows)
    related = [
        "sepatu lari pria",
        "sepatu lari wanita",
        "sepatu running",
        "sepatu lari ortuseight",
        "sepatu lari 910",
        "sepatu lari murah",
        "kaos kaki lari",
        "sepatu lari carbon plate",
    ]
    related_html = "".join(
        f'<a class="css-1lh7ntv" href="/search?st=&amp;q={esc(r.replace(" ", "%20"))}&amp;srp_component_id=02.01.00.00&amp;navsource=">{esc(r)}</a>'
        for r in related
    )
    shown_to = first + len(products) - 1
    canonical = "https://www.pasarloka.co.id/search?q=sepatu%20lari" + ("" if number == 1 else f"&amp;page={number}")
    return f"""<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Jual Sepatu Lari | Pasarloka</title>
<meta name="description" content="Beli Sepatu Lari terbaru harga murah di Pasarloka! Pembayaran mudah, pengiriman cepat &amp; bisa cicil 0%. Gratis ongkir &amp; cashback. Belanja sekarang!"/>
<link rel="canonical" href="{canonical}"/>
<meta name="robots" content="noindex, follow"/>
<link rel="preconnect" href="https://images.pasarloka.example"/>
<link rel="stylesheet" href="https://assets.pasarloka.example/assets-tokopedia-lite/v2/zeus/kratos/8c2e1f7d.css"/>
<style data-emotion="css" data-s="">.css-jza1fo{{display:flex;flex-wrap:wrap;}}.css-5wh65g{{width:20%;padding:0 4px 8px;}}.css-3um8ox{{font-size:.857143rem;line-height:18px;max-height:36px;overflow:hidden;}}.css-h66vau{{font-weight:800;font-size:1rem;}}.css-xfl72w{{text-decoration:line-through;color:var(--NN400,#8D96AA);font-size:.714286rem;}}.css-1xelcdh{{color:var(--RN500,#F94D63);font-weight:800;font-size:.714286rem;}}.css-1kdc32b.flip{{animation:flip 6s infinite;}}</style>
</head>
<body>
<div id="zeus-root">
<div class="css-jhzyxz" data-testid="cookieBanner" role="dialog" aria-live="polite">
  <p class="css-1b2d3e4">Kami menggunakan cookie untuk meningkatkan pengalaman belanjamu, menganalisis lalu lintas situs, dan menampilkan iklan yang relevan. Dengan melanjutkan, kamu menyetujui <a href="/privacy">Kebijakan Privasi</a> kami.</p>
  <button type="button" class="css-1n7ey3h-unf-btn">Atur Preferensi</button><button type="button" class="css-y1gt6f-unf-btn">Terima Semua</button>
</div>
<header class="css-1cq6rtw" data-testid="header">
  <div class="css-12nqkjl"><a href="/download-app" class="css-vtd5j7">Download Pasarloka App</a><nav class="css-1mcy9da"><a href="/about">Tentang Pasarloka</a><a href="/mitra">Mitra Pasarloka</a><a href="/seller">Mulai Berjualan</a><a href="/promo">Promo</a><a href="/help">Pasarloka Care</a></nav></div>
  <div class="css-6rgjv6">
    <a href="/" class="css-1bh8nzt" aria-label="Pasarloka"><img src="https://assets.pasarloka.example/assets-tokopedia-lite/v2/zeus/production/logo.svg" alt="Pasarloka" width="133" height="30"/></a>
    <button type="button" class="css-1bv8nxu" data-testid="btnHeaderCategory">Kategori</button>
    <form class="css-3017qm" action="/search" method="get" role="search"><input type="hidden" name="st" value=""/><input aria-label="Cari di Pasarloka" class="css-3017qm exxxdg63" name="q" placeholder="Cari di Pasarloka" type="search" value="{esc(PL_QUERY)}" data-unify="Search"/><input type="hidden" name="srp_component_id" value="02.01.00.00"/><input type="hidden" name="navsource" value=""/><button type="submit" aria-label="Cari">Cari</button></form>
    <a href="/cart" class="css-1fcyq9w" aria-label="Keranjang"><svg class="unf-icon" viewBox="0 0 24 24" width="24" height="24"><path d="M19 8h-2.1A5 5 0 0 0 7.1 8H5a1 1 0 0 0-1 1.1l1.5 11A1 1 0 0 0 6.5 21h11a1 1 0 0 0 1-.9l1.5-11A1 1 0 0 0 19 8Z"></path></svg></a>
    <a href="/login" class="css-1wsgq8k-unf-btn" data-testid="btnHeaderLogin">Masuk</a><a href="/register" class="css-gd2vj8-unf-btn" data-testid="btnHeaderRegister">Daftar</a>
  </div>
  <div class="css-1tenf6e" data-testid="headerKeywords"><a href="/search?st=&amp;q=hp%20murah">hp murah</a><a href="/search?st=&amp;q=jersey%20bola">jersey bola</a><a href="/search?st=&amp;q=skincare">skincare</a><a href="/search?st=&amp;q=powerbank">powerbank</a><a href="/search?st=&amp;q=tas%20wanita">tas wanita</a></div>
</header>
<main class="css-1c82svt" data-testid="srp-main">
  <div class="css-8atqhb">
    <aside class="css-1jz4fpa" data-testid="srpFilter">
      <h2 class="css-1n6bvye-unf-heading">Filter</h2>
      <section class="css-1f1itkt"><h3 class="css-7rr3fx">Jenis toko</h3><label><input type="checkbox" name="official" value="true"/> Official Store</label><label><input type="checkbox" name="shop_tier" value="3"/> Power Merchant Pro</label><label><input type="checkbox" name="shop_tier" value="2"/> Power Merchant</label></section>
      <section class="css-1f1itkt"><h3 class="css-7rr3fx">Lokasi</h3><label><input type="checkbox" name="fcity" value="174,175,176,177,178,179"/> Jabodetabek</label><label><input type="checkbox" name="fcity" value="174"/> DKI Jakarta</label><label><input type="checkbox" name="fcity" value="165"/> Bandung</label><label><input type="checkbox" name="fcity" value="252"/> Surabaya</label><label><input type="checkbox" name="fcity" value="46"/> Medan</label><a href="#" class="css-1hjhakk">Lihat selengkapnya</a></section>
      <section class="css-1f1itkt"><h3 class="css-7rr3fx">Harga</h3><input type="text" name="pmin" placeholder="Harga Minimum" inputmode="numeric"/><input type="text" name="pmax" placeholder="Harga Maksimum" inputmode="numeric"/><div class="css-u7hsdz"><button type="button">Rp0 - Rp100rb</button><button type="button">Rp100rb - Rp500rb</button><button type="button">Rp500rb - Rp1jt</button></div></section>
      <section class="css-1f1itkt"><h3 class="css-7rr3fx">Ulasan</h3><label><input type="checkbox" name="rt" value="4,5"/> Rating 4 ke atas</label><label><input type="checkbox" name="goldmerchant" value="true"/> Dengan foto/video</label></section>
      <section class="css-1f1itkt"><h3 class="css-7rr3fx">Pengiriman</h3><label><input type="checkbox" name="shipping" value="bebas_ongkir_extra"/> Bebas Ongkir</label><label><input type="checkbox" name="shipping" value="instant"/> Instan 3 Jam</label><label><input type="checkbox" name="shipping" value="same_day"/> Same Day</label></section>
    </aside>
    <div class="css-rjanld">
      <div class="css-1qbxx1s" data-testid="srpTabs"><a class="css-1ppj7kq" href="{esc(PL_START)}" aria-current="page">Produk</a><a class="css-1ppj7kq" href="/search?st=shop&amp;q={PL_Q}">Toko</a></div>
      <div class="css-14adl9e"><div class="css-1k4qv0z" data-testid="srpHeaderInfo">Menampilkan {first} - {shown_to} barang dari total {len(PL_PRODUCTS)} untuk <strong>"{esc(PL_QUERY)}"</strong></div>
        <div class="css-1x0b9ok"><label for="srpSort">Urutkan:</label><select id="srpSort" name="ob" class="css-1y3esc8"><option value="23" selected>Paling Sesuai</option><option value="5">Ulasan</option><option value="9">Terbaru</option><option value="4">Harga Tertinggi</option><option value="3">Harga Terendah</option></select></div>
      </div>
      <div class="css-1dwvg7k" data-testid="srpQuickFilter"><button type="button" class="css-1hjbtvk">Bebas Ongkir</button><button type="button" class="css-1hjbtvk">Official Store</button><button type="button" class="css-1hjbtvk">Diskon</button><button type="button" class="css-1hjbtvk">Pria</button><button type="button" class="css-1hjbtvk">Wanita</button></div>
      <div data-testid="divSRPContentProducts" class="css-rjanld">
{grid}
      </div>
      <div class="css-1hz2mzs" data-testid="divSRPPagination">{_pl_pager(number, total)}</div>
      <section class="css-1ly4hqi" data-testid="relatedSearch"><h2 class="css-1n6bvye-unf-heading">Pencarian terkait</h2><div class="css-1s6w5ai">{related_html}</div></section>
      <div id="div-gpt-ad-srp-bottom" class="css-n3yx4f" data-testid="bottomBanner" style="min-height:120px"></div>
    </div>
  </div>
</main>
<footer class="css-m1v8l5" data-testid="footer">
  <div class="css-1s9lmy4">
    <section><h3>Pasarloka</h3><a href="/about">Tentang Pasarloka</a><a href="/careers">Karir</a><a href="/blog">Blog</a><a href="/affiliate">Pasarloka Affiliate</a></section>
    <section><h3>Beli</h3><a href="/bill">Tagihan &amp; Top Up</a><a href="/cod">Pasarloka COD</a><a href="/bebas-ongkir">Bebas Ongkir</a></section>
    <section><h3>Jual</h3><a href="/seller-center">Pusat Edukasi Seller</a><a href="/seller">Daftar Official Store</a></section>
    <section><h3>Bantuan dan Panduan</h3><a href="/help">Pasarloka Care</a><a href="/terms">Syarat dan Ketentuan</a><a href="/privacy">Kebijakan Privasi</a></section>
  </div>
  <p class="css-1e2yx2n">© 2009-2025, PT Pasarloka Niaga Nusantara</p>
</footer>
</div>
<script>window.__cache={_pl_cache(number, products)};</script>
<script src="https://assets.pasarloka.example/assets-tokopedia-lite/v2/zeus/kratos/main.a81f2c94.js" defer></script>
<script src="https://assets.pasarloka.example/assets-tokopedia-lite/v2/zeus/kratos/searchResult.4d7be031.js" defer></script>
</body>
</html>"""


@wave
def build_pasarloka() -> None:
    s = Site(
        "pasarloka",
        kind="marketplace search results in Indonesian (Tokopedia 2024–25: emotion css- classes with prd_ names, data-testid master-product-card cards of one link, 'Rp1.250.000' prices, struck 'Rp1.599.000' + '-22%', shop city and shop name as two flip spans, Official Store / Power Merchant badge images, '4.8' + '500+ terjual' / '1rb+ terjual', Cashback and Bebas Ongkir labels, 'Ad' TopAds cards in the same markup, cookie banner, filters, window.__cache, Navigasi laman pager of &page=N links)",
        start=PL_START.lstrip("/"),
        description="An Indonesian marketplace (www.pasarloka.co.id) built like Tokopedia's search 2024–25, query 'sepatu lari' (/search?st=&q=sepatu%20lari&srp_component_id=02.01.00.00&srp_page_id=&srp_page_title=&navsource=, then the pager's alphabetically ordered /search?navsource=&page=N&q=sepatu%20lari&…&st= links, page 1 also under its pager address), as a logged-out visitor gets it: a cookie banner, the header (download bar, links, logo, Kategori, the search form with the query, cart, Masuk / Daftar, trending keywords), a filter column (Jenis toko, Lokasi, Harga, Ulasan, Pengiriman), Produk / Toko tabs, 'Menampilkan 1 - 20 barang dari total 54 untuk \"sepatu lari\"', an Urutkan select, quick filter buttons, then div[data-testid=divSRPContentProducts] of div.css-jza1fo rows of five div.css-5wh65g[data-testid=master-product-card] cards: one a.pcv3__info-content link (title attribute = name) to /<shop>/<product-slug>?extParam=ivf%3Dfalse%26keyword%3Dsepatu+lari%26search_id%3D…%26src%3Dsearch around the image, div.prd_link-product-name, div.prd_link-product-price 'Rp649.000', on discounted products div.prd_label-product-slash-price 'Rp799.000' and div.prd_badge-product-discount '-19%', an optional 'Cashback 5%' label, a 'Bebas Ongkir' badge image on products from Rp150.000, the shop badge image (alt 'Official Store' / 'Power Merchant Pro', none on some), span.prd_link-shop-loc 'Jakarta Barat' and span.prd_link-shop-name 'Ortuseight Official Store' (both flip spans in the DOM), and where the product has them '4.9' (star img alt 'rating') and '1rb+ terjual' (new products show neither); TopAds cards (an 'Ad' label over the image, ta.pasarloka.example click links, look-alikes of listed products and two other products) sit first and among the cards (3 + 3 + 2) and are not records; the Navigasi laman pager (previous / numbered / next links); Pencarian terkait chips, an ad slot, the footer; window.__cache Apollo entries with ids and prices only. 20 + 20 + 14 products. Written down: title, url (as linked, with extParam), price, currency (IDR), original_price and discount (where struck), location and shop, rating and sold (as shown, '500+ terjual'; where shown).",
    )
    pages = chunks(PL_PRODUCTS, [PL_PER_PAGE, PL_PER_PAGE, len(PL_PRODUCTS) - 2 * PL_PER_PAGE])
    ad_slots = [[(0, 0), (7, 1), (15, 2)], [(0, 3), (8, 4), (16, 5)], [(0, 6), (9, 7)]]
    first = 1
    for number, products in enumerate(pages, 1):
        text = _pl_page(number, len(pages), products, first, ad_slots[number - 1])
        if number == 1:
            s.list_page(PL_START.lstrip("/").replace("?", "@"), text)
            s.write(_pl_href(1).lstrip("/").replace("?", "@"), text)
        else:
            s.list_page(_pl_href(number).lstrip("/").replace("?", "@"), text)
        first += len(products)
    assert len({_pl_url(p[0], p[1]) for p in PL_PRODUCTS}) == len(PL_PRODUCTS)
    for name, shop, price, original, rating, sold in PL_PRODUCTS:
        s.expect(
            {
                "title": name,
                "url": _pl_url(name, shop),
                "price": price,
                "currency": "IDR",
                "original_price": original or None,
                "discount": round((original - price) * 100 / original) if original else None,
                "location": PL_SHOPS[shop][2],
                "shop": PL_SHOPS[shop][1],
                "rating": float(rating) if rating else None,
                "sold": sold or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# realitnik: a Sreality-like flat listing, /hledani/prodej/byty/praha then ?strana=2 / ?strana=3;
# the estates exist only in window.__INITIAL_STATE__, rendered by a same-origin bundle.
# ---------------------------------------------------------------------------------------------------

RN_PATH = "/hledani/prodej/byty/praha"
RN_PER_PAGE = 20
RN_BUNDLE = "/static/js/app.8f3c21d4.js"

RN_SUB_CB = {
    "1+kk": 2,
    "1+1": 3,
    "2+kk": 4,
    "2+1": 5,
    "3+kk": 6,
    "3+1": 7,
    "4+kk": 8,
    "4+1": 9,
    "5+kk": 10,
    "5+1": 11,
    "atypický": 16,
}

#: street | district (as Sreality writes it) | seo slug
RN_PLACES = [
    ("Konevova", "Praha 3 - Žižkov", "praha-zizkov-konevova"),
    ("Vinohradská", "Praha 2 - Vinohrady", "praha-vinohrady-vinohradska"),
    ("Na Pankráci", "Praha 4 - Nusle", "praha-nusle-na-pankraci"),
    ("Bělehradská", "Praha 2 - Vinohrady", "praha-vinohrady-belehradska"),
    ("Milady Horákové", "Praha 7 - Holešovice", "praha-holesovice-milady-horakove"),
    ("Kodaňská", "Praha 10 - Vršovice", "praha-vrsovice-kodanska"),
    ("Sokolovská", "Praha 8 - Karlín", "praha-karlin-sokolovska"),
    ("Jeremenkova", "Praha 4 - Braník", "praha-branik-jeremenkova"),
    ("Bubenečská", "Praha 6 - Bubeneč", "praha-bubenec-bubenecska"),
    ("Plzeňská", "Praha 5 - Smíchov", "praha-smichov-plzenska"),
    ("Veletržní", "Praha 7 - Holešovice", "praha-holesovice-veletrzni"),
    ("Zenklova", "Praha 8 - Libeň", "praha-liben-zenklova"),
    ("Vršovická", "Praha 10 - Vršovice", "praha-vrsovice-vrsovicka"),
    ("Ke Stírce", "Praha 8 - Kobylisy", "praha-kobylisy-ke-stirce"),
    ("Mukařovského", "Praha 13 - Stodůlky", "praha-stodulky-mukarovskeho"),
    ("Černokostelecká", "Praha 10 - Strašnice", "praha-strasnice-cernokostelecka"),
    ("Dejvická", "Praha 6 - Dejvice", "praha-dejvice-dejvicka"),
    ("Roztylská", "Praha 4 - Chodov", "praha-chodov-roztylska"),
    ("Kubelíkova", "Praha 3 - Žižkov", "praha-zizkov-kubelikova"),
    ("Radlická", "Praha 5 - Radlice", "praha-radlice-radlicka"),
    ("Lovosická", "Praha 9 - Prosek", "praha-prosek-lovosicka"),
    ("Nad Primaskou", "Praha 10 - Malešice", "praha-malesice-nad-primaskou"),
]

RN_LABEL_CODES = {
    "Balkon": "balcony",
    "Lodžie": "loggia",
    "Terasa": "terrace",
    "Sklep": "cellar",
    "Výtah": "elevator",
    "Garáž": "garage",
    "Parkování": "parking_lots",
    "Novostavba": "new_building",
    "Po rekonstrukci": "after_reconstruction",
    "Vybavený": "furnished",
    "Bezbariérový": "barrier_free",
}
RN_AMENITIES = [
    "tram",
    "metro",
    "bus",
    "shop",
    "school",
    "small_shop",
    "playground",
    "restaurant",
    "post_office",
    "medic",
]


class RNEstate(NamedTuple):
    hash_id: int
    disposition: str
    area: int
    place: int
    price: int  # 1: 'Info o ceně u RK'
    labels: list[str]
    new: bool
    top: bool


#: disposition | m² | place | price (1: on request) | labels | new | top
RN_ROWS: list[tuple[str, int, int, int, list[str], bool, bool]] = [
    ("2+kk", 54, 0, 7490000, ["Balkon", "Sklep", "Výtah"], False, True),
    ("3+1", 89, 1, 12900000, ["Sklep", "Výtah", "Po rekonstrukci"], True, False),
    ("1+kk", 31, 2, 5290000, ["Novostavba", "Výtah", "Balkon"], True, False),
    ("2+1", 68, 3, 8950000, ["Sklep"], False, False),
    ("4+kk", 112, 4, 18490000, ["Terasa", "Výtah", "Garáž", "Novostavba"], False, True),
    ("3+kk", 77, 5, 10990000, ["Lodžie", "Sklep", "Výtah"], False, False),
    ("2+kk", 49, 6, 8390000, ["Novostavba", "Balkon", "Parkování"], True, False),
    ("1+1", 38, 7, 4990000, ["Sklep", "Vybavený"], False, False),
    ("3+1", 81, 8, 1, ["Balkon", "Sklep", "Výtah"], False, False),
    ("2+kk", 45, 9, 6990000, ["Výtah", "Po rekonstrukci"], False, False),
    ("atypický", 64, 10, 9750000, ["Terasa"], False, False),
    ("3+kk", 72, 11, 9290000, ["Balkon", "Sklep", "Výtah", "Novostavba"], False, False),
    ("2+1", 57, 12, 6490000, ["Sklep"], False, False),
    ("4+1", 96, 13, 10490000, ["Lodžie", "Sklep", "Garáž"], False, False),
    ("1+kk", 27, 14, 4290000, ["Balkon", "Výtah", "Vybavený"], True, False),
    ("3+kk", 84, 15, 11290000, ["Terasa", "Parkování", "Novostavba"], False, False),
    ("2+kk", 52, 16, 9990000, ["Balkon", "Výtah"], False, False),
    ("5+kk", 148, 17, 1, ["Terasa", "Garáž", "Výtah", "Bezbariérový"], False, True),
    ("1+1", 41, 18, 5690000, ["Sklep", "Po rekonstrukci"], False, False),
    ("3+1", 76, 19, 8490000, ["Lodžie", "Sklep", "Výtah"], False, False),
    ("2+kk", 58, 20, 7190000, ["Balkon", "Sklep", "Parkování"], False, False),
    ("2+kk", 43, 21, 6590000, ["Novostavba", "Výtah"], True, False),
    ("3+kk", 69, 0, 9890000, ["Balkon", "Výtah", "Po rekonstrukci"], False, False),
    ("1+kk", 24, 1, 4790000, ["Vybavený"], False, False),
    ("4+kk", 104, 6, 16990000, ["Terasa", "Parkování", "Výtah", "Novostavba"], False, False),
    ("2+1", 62, 2, 7450000, ["Sklep", "Výtah"], False, False),
    ("3+1", 92, 3, 12490000, ["Balkon", "Sklep"], False, False),
    ("2+kk", 51, 12, 7690000, ["Lodžie", "Sklep", "Výtah"], False, False),
    ("1+kk", 35, 11, 5490000, ["Balkon", "Novostavba"], False, False),
    ("3+kk", 80, 9, 11790000, ["Terasa", "Výtah", "Garáž"], True, False),
    ("2+kk", 47, 13, 5990000, ["Balkon", "Sklep"], False, False),
    ("4+1", 121, 8, 1, ["Sklep", "Výtah", "Po rekonstrukci"], False, False),
    ("1+1", 36, 5, 4690000, ["Sklep"], False, False),
    ("3+kk", 75, 14, 8790000, ["Balkon", "Parkování", "Výtah"], False, False),
    ("2+kk", 55, 4, 8890000, ["Balkon", "Výtah", "Sklep"], False, False),
    ("2+1", 59, 15, 6890000, ["Lodžie", "Sklep"], False, False),
    ("1+kk", 29, 16, 5990000, ["Vybavený", "Výtah"], False, False),
    ("3+1", 85, 17, 9190000, ["Balkon", "Sklep", "Garáž"], False, False),
    ("2+kk", 60, 18, 8190000, ["Terasa", "Výtah"], False, False),
    ("5+1", 163, 10, 21900000, ["Terasa", "Sklep", "Garáž", "Výtah"], False, False),
    ("2+kk", 46, 19, 5890000, ["Balkon"], True, False),
    ("3+kk", 79, 20, 9490000, ["Lodžie", "Výtah", "Parkování"], False, False),
    ("1+kk", 33, 21, 4990000, ["Novostavba", "Balkon"], False, False),
    ("2+1", 66, 7, 6290000, ["Sklep", "Výtah"], False, False),
    ("3+kk", 88, 6, 13490000, ["Terasa", "Novostavba", "Garáž"], False, False),
    ("2+kk", 53, 0, 7290000, ["Sklep", "Po rekonstrukci"], False, False),
    ("4+kk", 98, 1, 1, ["Balkon", "Výtah", "Sklep"], False, False),
    ("1+1", 40, 2, 5390000, ["Výtah"], False, False),
    ("3+1", 83, 3, 10990000, ["Sklep", "Lodžie"], False, False),
    ("2+kk", 50, 4, 9190000, ["Balkon", "Výtah", "Vybavený"], False, False),
    ("atypický", 71, 10, 10250000, ["Terasa", "Sklep"], False, False),
    ("3+kk", 74, 12, 8690000, ["Balkon", "Sklep", "Výtah"], False, False),
    ("2+kk", 44, 19, 5790000, ["Lodžie"], False, False),
]


def _rn_estates() -> list[RNEstate]:
    out = []
    for i, (disp, area, place, price, labels, new, top) in enumerate(RN_ROWS):
        hash_id = 2_700_000_000 + _num(f"rn-{i}-{disp}-{area}", 9) % 299_999_999
        out.append(RNEstate(hash_id, disp, area, place, price, labels, new, top))
    return out


RN_ESTATES = _rn_estates()


def _rn_name(e: RNEstate) -> str:
    return f"Prodej bytu {e.disposition}{NBSP}{e.area}{NBSP}m²"


def _rn_locality(e: RNEstate) -> str:
    street, district, _ = RN_PLACES[e.place]
    return f"{street}, {district}"


def _rn_url(e: RNEstate) -> str:
    disp = "atypicky" if e.disposition == "atypický" else e.disposition
    return f"/detail/prodej/byt/{disp}/{RN_PLACES[e.place][2]}/{e.hash_id}"


def _rn_href(number: int) -> str:
    return RN_PATH if number == 1 else f"{RN_PATH}?strana={number}"


def _rn_estate_json(e: RNEstate, index: int) -> dict[str, object]:
    img = hashlib.sha1(str(e.hash_id).encode()).hexdigest()
    amenities = [RN_AMENITIES[(index + k) % len(RN_AMENITIES)] for k in range(3 + index % 3)]
    return {
        "hash_id": e.hash_id,
        "name": _rn_name(e),
        "locality": _rn_locality(e),
        "price": e.price,
        "price_czk": {"value_raw": e.price, "unit": "", "name": "Celková cena"},
        "labels": e.labels,
        "labelsAll": [[RN_LABEL_CODES[label] for label in e.labels], amenities],
        "seo": {
            "category_main_cb": 1,
            "category_sub_cb": RN_SUB_CB[e.disposition],
            "category_type_cb": 1,
            "locality": RN_PLACES[e.place][2],
        },
        "gps": {
            "lat": round(50.05 + (_num(img, 4) / 10000) * 0.08, 6),
            "lon": round(14.38 + (_num(img[::-1], 4) / 10000) * 0.14, 6),
        },
        "_links": {
            "self": {"href": f"/cs/v2/estates/{e.hash_id}", "title": "Detail inzerátu"},
            "images": [
                {
                    "href": f"https://d18-a.sdn.realitnik.example/d_18/c_img_QL_K{k}/{img[k * 6 : k * 6 + 10]}.jpeg?fl=res,400,300,3|shr,,20|jpg,90"
                }
                for k in range(3)
            ],
            "image_middle2": [
                {
                    "href": f"https://d18-a.sdn.realitnik.example/d_18/c_img_QL_K0/{img[:10]}.jpeg?fl=res,221,166,3|shr,,20|jpg,90"
                }
            ],
        },
        "has_video": index % 7 == 3,
        "has_floor_plan": 1 if index % 3 == 0 else 0,
        "has_panorama": 0,
        "has_matterport_url": index % 11 == 5,
        "new": e.new,
        "paid_logo": 1 if e.top else 0,
        "region_tip": 1 if e.top else 0,
        "exclusively_at_rk": index % 4 == 1,
        "is_auction": False,
        "auctionPrice": 0.0,
        "rus": False,
        "type": 1,
        "category": 1,
        "attractive_offer": 0,
    }


RN_PROJECTS = [
    {
        "id": 7841,
        "name": "Rezidence Nad Parkem",
        "locality": "Praha 9 - Letňany",
        "priceFrom": 5990000,
        "developer": "Central Park Development a.s.",
        "url": "/projekt-detail/rezidence-nad-parkem/7841",
        "flats": 124,
    },
    {
        "id": 7902,
        "name": "Bytový dům Karlínská brána",
        "locality": "Praha 8 - Karlín",
        "priceFrom": 8490000,
        "developer": "Vltava Invest s.r.o.",
        "url": "/projekt-detail/bytovy-dum-karlinska-brana/7902",
        "flats": 58,
    },
]


def _rn_state(number: int, total: int, estates: list[RNEstate], first_index: int) -> str:
    counts: dict[str, int] = {}
    for e in RN_ESTATES:
        counts[e.disposition] = counts.get(e.disposition, 0) + 1
    state = {
        "router": {"path": RN_PATH, "query": {} if number == 1 else {"strana": str(number)}, "lang": "cs"},
        "user": {"logged": False, "favourites": [], "savedSearches": 0},
        "cmp": {"consentRequired": True, "vendorListVersion": 61},
        "search": {
            "filter": {"category_main_cb": 1, "category_type_cb": 1, "locality_region_id": 10, "localityName": "Praha"},
            "title": "Byty na prodej Praha",
            "page": number,
            "perPage": RN_PER_PAGE,
            "resultSize": len(RN_ESTATES),
            "pages": total,
            "sort": {
                "value": 0,
                "options": [
                    {"value": 0, "name": "Doporučené"},
                    {"value": 1, "name": "Nejnovější"},
                    {"value": 2, "name": "Nejlevnější"},
                    {"value": 3, "name": "Nejdražší"},
                ],
            },
            "aggregations": {
                "category_sub_cb": [
                    {"value": RN_SUB_CB[d], "name": d, "count": c}
                    for d, c in sorted(counts.items(), key=lambda kv: RN_SUB_CB[kv[0]])
                ],
                "price": {"min": 4290000, "max": 21900000},
            },
            "estates": [_rn_estate_json(e, first_index + i) for i, e in enumerate(estates)],
            "projects": RN_PROJECTS if number == 1 else [],
        },
        "ads": {
            "ssp": {
                "zones": [
                    {"zoneId": 292883, "id": "ssp-zone-292883", "width": 970, "height": 310},
                    {"zoneId": 292889, "id": "ssp-zone-292889", "width": 300, "height": 600},
                ],
                "listingInsertAfter": [5, 14],
            }
        },
        "breadcrumbs": [
            {"name": "Realitník", "url": "/"},
            {"name": "Prodej", "url": "/hledani/prodej"},
            {"name": "Byty", "url": "/hledani/prodej/byty"},
            {"name": "Praha", "url": RN_PATH},
        ],
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


RN_JS = r"""/*! realitnik web app 5.41.2 | (c) Realitník s.r.o. */
(function () {
  "use strict";
  var SUB = {2: "1+kk", 3: "1+1", 4: "2+kk", 5: "2+1", 6: "3+kk", 7: "3+1", 8: "4+kk", 9: "4+1", 10: "5+kk", 11: "5+1", 12: "6-a-vice", 16: "atypicky"};
  var MAIN = {1: "byt", 2: "dum", 3: "pozemek", 4: "komercni", 5: "ostatni"};
  var TYPE = {1: "prodej", 2: "pronajem", 3: "drazby"};
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }
  function price(v) {
    if (!v || v <= 1) return "Info o ceně u RK";
    return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") + "\u00a0Kč";
  }
  function detailUrl(e) {
    var s = e.seo;
    return "/detail/" + TYPE[s.category_type_cb] + "/" + MAIN[s.category_main_cb] + "/" + SUB[s.category_sub_cb] + "/" + s.locality + "/" + e.hash_id;
  }
  function pageUrl(path, n) {
    return n === 1 ? path : path + "?strana=" + n;
  }
  function card(e) {
    var li = el("li", "MuiGrid2-root MuiGrid2-direction-xs-row css-1tr5dy0 property-item");
    li.setAttribute("data-e2e", "estates-list-item");
    var a = el("a", "MuiTypography-root MuiTypography-inherit MuiLink-root css-1s8rj5h");
    a.href = detailUrl(e);
    var fig = el("div", "css-18ahm7b estate-image");
    var img = el("img", "css-1ubbgyc");
    img.src = e._links.images[0].href;
    img.alt = e.name;
    img.loading = "lazy";
    fig.appendChild(img);
    if (e.region_tip) fig.appendChild(el("span", "MuiChip-root css-4dylv2 tip-badge", "TOP"));
    if (e["new"]) fig.appendChild(el("span", "MuiChip-root css-4dylv2 new-badge", "Nové"));
    a.appendChild(fig);
    var body = el("div", "css-1ojxmbp estate-info");
    body.appendChild(el("p", "MuiTypography-root MuiTypography-body1 css-13ztabm name", e.name));
    body.appendChild(el("p", "MuiTypography-root MuiTypography-body1 css-1pwkn9j locality", e.locality));
    body.appendChild(el("p", "MuiTypography-root MuiTypography-body1 css-ca9wwd price", price(e.price_czk.value_raw)));
    var labels = el("ul", "css-12ye0jc labels");
    e.labels.forEach(function (l) {
      labels.appendChild(el("li", "MuiChip-root MuiChip-sizeSmall css-1dxd3ay label", l));
    });
    body.appendChild(labels);
    a.appendChild(body);
    li.appendChild(a);
    var fav = el("button", "MuiIconButton-root css-1yxmbwk");
    fav.setAttribute("aria-label", "Uložit inzerát");
    li.appendChild(fav);
    return li;
  }
  function ad(zone) {
    var li = el("li", "MuiGrid2-root css-1tr5dy0 ssp-zone-item");
    var d = el("div", "ssp-zone");
    d.id = "ssp-zone-" + zone;
    d.appendChild(el("span", "ssp-label", "Reklama"));
    li.appendChild(d);
    return li;
  }
  function projects(list) {
    var box = el("section", "css-1vlr4r2 projects-tip");
    box.appendChild(el("h2", "MuiTypography-root MuiTypography-h3 css-1qa4g1c", "Nové projekty v lokalitě"));
    list.forEach(function (p) {
      var a = el("a", "css-1x9kv4i project");
      a.href = p.url;
      a.appendChild(el("strong", "css-1ag0ey1", p.name));
      a.appendChild(el("span", "css-15cfl0b", p.locality));
      a.appendChild(el("span", "css-15cfl0b", "od " + price(p.priceFrom)));
      a.appendChild(el("span", "css-15cfl0b", p.flats + " bytů · " + p.developer));
      box.appendChild(a);
    });
    return box;
  }
  function pager(path, page, pages) {
    var nav = el("nav", "MuiPagination-root css-1oj2twp");
    nav.setAttribute("aria-label", "Stránkování");
    var ul = el("ul", "MuiPagination-ul css-nhb8h9");
    function item(label, n, current, aria) {
      var li = el("li");
      if (n == null) {
        var s = el("span", "MuiPaginationItem-root Mui-disabled css-1ogoynn", label);
        li.appendChild(s);
      } else {
        var a = el("a", "MuiPaginationItem-root MuiPaginationItem-page css-1ogoynn" + (current ? " Mui-selected" : ""), label);
        a.href = pageUrl(path, n);
        if (aria) a.setAttribute("aria-label", aria);
        if (current) a.setAttribute("aria-current", "true");
        li.appendChild(a);
      }
      ul.appendChild(li);
    }
    item("‹", page > 1 ? page - 1 : null, false, "Předchozí stránka");
    for (var n = 1; n <= pages; n++) item(String(n), n, n === page, "Stránka " + n);
    item("›", page < pages ? page + 1 : null, false, "Další stránka");
    nav.appendChild(ul);
    return nav;
  }
  function render(state) {
    var root = document.getElementById("app");
    var s = state.search;
    root.textContent = "";
    var crumbs = el("ol", "MuiBreadcrumbs-ol css-nhb8h9");
    state.breadcrumbs.forEach(function (b) {
      var li = el("li", "MuiBreadcrumbs-li");
      var a = el("a", "css-1s8rj5h", b.name);
      a.href = b.url;
      li.appendChild(a);
      crumbs.appendChild(li);
    });
    root.appendChild(crumbs);
    var filters = el("div", "css-1f7h2ry search-filter");
    s.aggregations.category_sub_cb.forEach(function (c) {
      filters.appendChild(el("button", "MuiChip-root MuiChip-clickable css-1ab6v3q", c.name + " (" + c.count + ")"));
    });
    root.appendChild(filters);
    root.appendChild(el("h1", "MuiTypography-root MuiTypography-h1 css-1qa4g1c", s.title));
    root.appendChild(el("p", "css-1bfm8zx result-count", s.resultSize + " inzerátů"));
    var list = el("ul", "MuiGrid2-root MuiGrid2-container css-1ld3zl5 estates-list");
    list.setAttribute("data-e2e", "estates-list");
    s.estates.forEach(function (e, i) {
      list.appendChild(card(e));
      if (state.ads.ssp.listingInsertAfter.indexOf(i + 1) >= 0) list.appendChild(ad(292889));
      if (i === 4 && s.projects.length) {
        var li = el("li", "MuiGrid2-root css-1tr5dy0");
        li.appendChild(projects(s.projects));
        list.appendChild(li);
      }
    });
    root.appendChild(list);
    root.appendChild(pager(state.router.path, s.page, s.pages));
  }
  if (window.__INITIAL_STATE__) render(window.__INITIAL_STATE__);
})();
"""


def _rn_page(number: int, total: int, estates: list[RNEstate], first_index: int) -> str:
    canonical = f"https://www.realitnik.cz{_rn_href(number)}"
    rel_prev = f'<link rel="prev" href="https://www.realitnik.cz{_rn_href(number - 1)}"/>' if number > 1 else ""
    rel_next = f'<link rel="next" href="https://www.realitnik.cz{_rn_href(number + 1)}"/>' if number < total else ""
    page_note = "" if number == 1 else f" • strana {number}"
    return f"""<!DOCTYPE html>
<html lang="cs">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Byty na prodej Praha{page_note} • Realitník.cz</title>
<meta name="description" content="Prodej bytů Praha: 53 aktuálních nabídek bytů na prodej. Byty 1+kk, 2+kk, 3+1 od realitních kanceláří i přímých majitelů."/>
<link rel="canonical" href="{canonical}"/>
{rel_prev}
{rel_next}
<meta property="og:type" content="website"/>
<meta property="og:title" content="Byty na prodej Praha • Realitník.cz"/>
<meta property="og:image" content="https://www.realitnik.cz/static/img/og-default.png"/>
<link rel="icon" href="/static/img/favicon.ico"/>
<link rel="stylesheet" href="/static/css/app.2e9a71b0.css"/>
<style data-emotion="css" data-s="">.css-1ld3zl5{{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0;}}.css-1tr5dy0{{flex:0 0 100%;}}.app-loader{{min-height:60vh;display:flex;align-items:center;justify-content:center;}}</style>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{"page": {{"type": "list", "section": "prodej", "category": "byty", "locality": "praha", "number": {number}}}}});</script>
<script src="https://ssp.realitnik.example/static/js/ssp.js" async></script>
</head>
<body>
<div id="cmp-dialog" class="cmp-dialog" role="dialog" aria-modal="true" aria-labelledby="cmp-title">
  <h2 id="cmp-title">Vaše soukromí je pro nás důležité</h2>
  <p>My a naši partneři používáme cookies a další technologie, abychom mohli zlepšovat naše služby, měřit návštěvnost a zobrazovat vám relevantní reklamu. Souhlas můžete kdykoli odvolat v <a href="/nastaveni-soukromi">nastavení soukromí</a>.</p>
  <div class="cmp-dialog__buttons"><button type="button" data-cmp-action="settings">Nastavení</button><button type="button" data-cmp-action="reject">Odmítnout vše</button><button type="button" data-cmp-action="accept" class="cmp-dialog__primary">Souhlasím</button></div>
</div>
<header class="site-header">
  <a class="site-header__logo" href="/"><img src="/static/img/logo-realitnik.svg" alt="Realitník.cz" width="148" height="32"/></a>
  <nav class="site-header__nav" aria-label="Hlavní navigace">
    <a href="/hledani/prodej">Prodej</a>
    <a href="/hledani/pronajem">Pronájem</a>
    <a href="/hledani/drazby">Dražby</a>
    <a href="/projekty">Projekty</a>
    <a href="/ceny-nemovitosti">Ceny nemovitostí</a>
    <a href="/realitni-kancelare">Realitní kanceláře</a>
  </nav>
  <div class="site-header__user"><a href="/pridat-inzerat" class="btn btn--primary">Přidat inzerát</a><a href="https://login.realitnik.example/?service=realitnik&amp;return_url=https%3A%2F%2Fwww.realitnik.cz%2Fhledani%2Fprodej%2Fbyty%2Fpraha">Přihlásit</a></div>
</header>
<div id="ssp-zone-292883" class="ssp-zone ssp-zone--leaderboard" data-width="970" data-height="310"></div>
<div id="page-layout">
  <div id="app"><div class="app-loader" aria-busy="true"><span class="MuiCircularProgress-root css-1fz8vfh" role="progressbar"></span></div></div>
  <noscript><p class="noscript-warning">Pro správné zobrazení stránky si zapněte JavaScript.</p></noscript>
</div>
<footer class="site-footer">
  <div class="site-footer__cols">
    <section><h3>Realitník.cz</h3><a href="/o-nas">O nás</a><a href="/kontakt">Kontakt</a><a href="/kariera">Kariéra</a><a href="/reklama">Reklama</a></section>
    <section><h3>Pro makléře</h3><a href="/ceniky">Ceník inzerce</a><a href="/import">Import inzerátů</a><a href="/rk-zona">RK zóna</a></section>
    <section><h3>Nápověda</h3><a href="/napoveda">Časté dotazy</a><a href="/podminky">Podmínky užití</a><a href="/ochrana-soukromi">Ochrana soukromí</a><a href="/nastaveni-soukromi">Nastavení soukromí</a></section>
  </div>
  <p class="site-footer__copy">© 1997–2025 Realitník s.r.o.</p>
</footer>
<script>window.__INITIAL_STATE__ = {_rn_state(number, total, estates, first_index)};</script>
<script src="{RN_BUNDLE}" defer></script>
</body>
</html>"""


@wave
def build_realitnik() -> None:
    s = Site(
        "realitnik",
        kind="property listing in Czech rendered from JSON in the page (Sreality 2024–25: an empty #app root with a loader, the estates only in window.__INITIAL_STATE__ — hash_id, 'Prodej bytu 2+kk 54 m²' names with non-breaking spaces, 'Konevova, Praha 3 - Žižkov' localities, prices with price 1 meaning 'Info o ceně u RK', label lists, seo codes the bundle turns into /detail/prodej/byt/2+kk/<locality>/<hash_id> links —, aggregations, developer projects and ad zones beside them, no no-JS fallback list, a same-origin bundle that renders the cards and a ?strana=N pager, rel=next in the head, a consent dialog)",
        start=RN_PATH.lstrip("/"),
        description="A Czech property portal (www.realitnik.cz) built like Sreality 2024–25, flats for sale in Prague (/hledani/prodej/byty/praha, then ?strana=2 and ?strana=3), as served before any script runs: a consent dialog (Nastavení / Odmítnout vše / Souhlasím), a static header (logo, Prodej / Pronájem / Dražby / Projekty / Ceny nemovitostí / Realitní kanceláře, Přidat inzerát, Přihlásit), a leaderboard ad zone, div#app holding only a progress loader, a noscript warning (no fallback list), the footer, link rel=prev / rel=next in the head; then window.__INITIAL_STATE__ = {router, user, cmp, search: {filter, title, page, perPage 20, resultSize 53, pages, sort options, aggregations (dispositions with counts, price range), estates: [{hash_id, name 'Prodej bytu 2+kk 54 m²' (non-breaking spaces), locality 'Konevova, Praha 3 - Žižkov', price, price_czk {value_raw, unit, name}, labels ['Balkon', 'Sklep', 'Výtah'], labelsAll (English codes and amenities), seo {category_main_cb, category_sub_cb, category_type_cb, locality slug}, gps, _links (self /cs/v2/estates/<id>, images), has_video / has_floor_plan / new / paid_logo / region_tip / exclusively_at_rk …}], projects (two developer projects on page 1, not records)}, ads (ssp zones, listing insert positions), breadcrumbs} and the bundle /static/js/app.8f3c21d4.js that renders breadcrumbs, disposition filter chips, h1 'Byty na prodej Praha', '53 inzerátů', ul.estates-list of li.property-item cards (a link to /detail/prodej/byt/<disposition>/<seo locality>/<hash_id> built from the seo codes — atypický as 'atypicky' —, image, TOP / Nové chips, p.name, p.locality, p.price '7 490 000 Kč' or 'Info o ceně u RK' where price is 1, label chips), ad items after the 5th and 14th card, the projects box after the 5th card on page 1, and a MUI pagination nav of ?strana=N links. 20 + 20 + 13 flats. Written down: title (the name, as shown), url, locality, price and currency (CZK; absent where 'Info o ceně u RK'), labels (a list).",
    )
    pages = chunks(RN_ESTATES, [RN_PER_PAGE, RN_PER_PAGE, len(RN_ESTATES) - 2 * RN_PER_PAGE])
    first = 0
    for number, estates in enumerate(pages, 1):
        path = RN_PATH.lstrip("/") + "/index.html" if number == 1 else RN_PATH.lstrip("/") + f"@strana={number}"
        s.list_page(path, _rn_page(number, len(pages), estates, first))
        first += len(estates)
    s.write(RN_BUNDLE.lstrip("/"), RN_JS)
    assert len({e.hash_id for e in RN_ESTATES}) == len(RN_ESTATES)
    for e in RN_ESTATES:
        s.expect(
            {
                "title": _rn_name(e),
                "url": _rn_url(e),
                "locality": _rn_locality(e),
                "price": e.price if e.price > 1 else None,
                "currency": "CZK" if e.price > 1 else None,
                "labels": e.labels,
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
