"""Thirtieth wave, part C: three directories in three languages — a Tabelog restaurant ranking in Japanese, a
PagesJaunes trade directory search in French and an immowelt flat search in German — copied from their real
2024–25 markup as a logged-out visitor gets it and written before any heuristic was changed for them.

The brief suggested Personio / Recruitee job pages, StepStone / Indeed-style job search, Idealista / SeLoger / SUUMO,
Meetup, Tripadvisor-style restaurant lists, XenForo / vBulletin, Yelp-style search and Doctolib. StepStone
(stellenwerk), Indeed (jobsift), Meetup (meetgroup), Tripadvisor (sightseer), XenForo (tinkerers-bench), Yelp
(chowspot) and Doctolib (doctorfinder) are open sites already; Idealista, SUUMO and ImmoScout24 are copied by held-out
sites (their start paths say so), and career pages on Personio / Recruitee hold every opening on one page (no
pager). So the three are platforms of the same kinds that the corpus lacks: Tabelog (a restaurant ranking like
Tripadvisor's, in Japanese), PagesJaunes (a Yelp-style business directory, in French) and immowelt (the German
portal on the aviv platform that SeLoger shares: a SeLoger-style search in German).

* **tabemichi** — Tabelog's area + genre ranking, ``/tokyo/A1303/A130301/rstLst/ramen/`` (ramen around Shibuya
  station) then ``/ramen/2/`` and ``/ramen/3/``: the Tabelog header (logo, the area / keyword search form, login
  links), the breadcrumb, the h2 '渋谷駅周辺のラーメン ランキング', sort tabs, '1 ～ 20 件を表示 / 全 52 件', then
  ``div.js-rstlist-info.rstlist-info`` of ``div.list-rst.js-bookmark.js-rst-cassette-wrap`` cassettes:
  ``h3.list-rst__rst-name-main > a.list-rst__rst-name-target.cpy-rst-name`` (an absolute link to the shop's page),
  one ``div.list-rst__area-genre.cpy-area-genre`` holding ' 渋谷駅 392m / ラーメン、つけ麺' (station + distance and
  the genres in one text), a '百名店 2024' award badge on some, ``p.c-rating > span.c-rating__val`` '3.72' ('-' for
  shops not yet rated), ``em.list-rst__rvw-count-num`` '1,234' + '件', the saved count, dinner and lunch budgets
  (``i.c-rating-v3__time--dinner`` '夜' + '￥1,000～￥1,999', '-' when unknown), '定休日' + the closing days, a PR
  text on some, the reservation / bookmark buttons; the pager ``div.c-pagination`` with numbers and '次の20件' /
  '前の20件' (root-relative, ``rel=next`` / ``prev``); the sidebar (絞り込み checkboxes, nearby stations with
  counts, a 'ラーメン百名店' banner), the footer and the ``window.Tabelog`` config script. 20 + 20 + 12. Written
  down: title, url, station (the 'station + distance' part), genre (the genres part), rating (where rated),
  review_count, dinner_budget and lunch_budget (where shown), holiday, badge (where shown).
* **pagesclaires** — PagesJaunes' search 'plombiers' at 'Lyon (69)', ``/annuaire/lyon-69/plombiers`` then
  ``/annuaire/chercherlespros?quoiqui=plombiers&ou=lyon-69&univers=pagesjaunes&idOu=L06912300&page=2`` and
  ``&page=3``: the consent banner (Didomi), the header (logo, 'Quoi, qui ?' / 'Où ?' form, 'Pros : inscrivez-vous'),
  h1 'Plombiers à Lyon (69)' with ``span#SEL-nbresultat`` '49', the filter buttons ('Ouvert maintenant', 'Note
  4+', 'Devis'), then ``ul.bi-list`` of ``li.bi.bi-generic`` cards: ``a.bi-denomination.pj-link[href=/pros/<8
  digits>]`` > ``h3.truncate-2-lines`` name, ``div.bi-activity-unit`` 'Plombier' (sometimes 'Plombier, chauffagiste'),
  ``div.bi-address > a.pj-lb`` '12 rue Garibaldi 69006 Lyon' + 'Voir le plan' (a data-pjlb JSON link), a
  ``div.bi-rating`` '4,3' + '/5' + '(12 avis)' on most, ``div.bi-hours`` 'Ouvert jusqu'à 18h30' / 'Fermé' /
  'Ouvert 24h/24', ``ul.bi-tags`` chips ('Dépannage urgent', 'Devis gratuit', …) on some, a description, the
  'Afficher le N°' / 'Site internet' / 'Devis' buttons; two 'Publicité' slots inside the list; the pager is words
  only: ``span#SEL-compteur.pagination-compteur`` '<strong>Page 1</strong> / 3' with ``a#pagination-next`` 'Suivant'
  and ``a#pagination-prev`` 'Précédent'; 'Recherches associées', the footer. 20 + 20 + 9. Written down: title, url,
  activity, address, rating + review_count (where shown), hours (the status line), tags (where shown).
* **wohnwelt** — immowelt's search 'Wohnung mieten in Dresden' on the aviv platform,
  ``/classified-search?distributionTypes=Rent&estateTypes=Apartment&locations=AD08DE6071`` then ``&page=2`` and
  ``&page=3``: the consent banner, the header, h1 'Wohnung mieten in Dresden', '68 Angebote', sort select, then
  ``div[data-testid=serp-core-scrollablelistview-testid]`` of ``div#classified-card-<id>[data-testid=
  serp-core-classified-card-testid]`` cards of emotion ``css-`` classes: a picture gallery, tag chips ('Neu',
  'Provisionsfrei', 'Neubau') on some, ``cardmfe-price-testid`` '850 €' + 'Kaltmiete', the estate type 'Wohnung zur
  Miete', ``cardmfe-keyfacts-testid`` '3 Zimmer' · '72,5 m²' · '2. Geschoss' (no floor on some), the address
  'Striesen-West, Dresden (01309)', the headline in ``cardmfe-description-text-test-id``, the provider name, and an
  empty covering link ``a[data-testid=card-mfe-covering-link-testid][href=/expose/<id>]`` whose title repeats the
  facts; two ``serp-inline-ad`` slots; the pager numbers only: ``a`` links '1' '2' '3' (the current one
  ``aria-current=page``) between icon-only ``button``s (no link, no text); the ``__UFRN_FETCHER__`` JSON with the
  page's classifieds; the footer. 30 + 30 + 8. Written down: title (the headline), url, price, currency, rooms,
  size_m2, floor (where shown), location, tags (where shown), agent.

Run ``uv run python tests/sites/corpus/generate_thirtieth_c.py`` to rebuild them (the helpers and the conventions
are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import json
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc

THIRTIETH_C: dict[str, Callable[[], None]] = {}


def thirtieth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTIETH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 16) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _int_sep(value: int, sep: str = ",") -> str:
    return f"{value:,}".replace(",", sep)


# ---------------------------------------------------------------------------------------------------
# tabemichi: Tabelog's area + genre ranking /tokyo/A1303/A130301/rstLst/ramen/, pages /ramen/2/ and /3/.
# ---------------------------------------------------------------------------------------------------

TM_HOST = "https://tabemichi.jp"
TM_AREA = "/tokyo/A1303/A130301"
TM_LIST = f"{TM_AREA}/rstLst/ramen"
TM_PER_PAGE = 20

#: name | station | metres | genres | rating ('' = '-') | reviews | saved | dinner | lunch | holiday | badge (y) | PR
#: budgets: 0 '-', 1 '～￥999', 2 '￥1,000～￥1,999', 3 '￥2,000～￥2,999', 4 '￥3,000～￥3,999'
TM_ROWS = """
らぁ麺 はやし田 渋谷店|渋谷駅|392|ラーメン、つけ麺|3.78|1284|15820|2|2|無休|y|
中華そば 青葉坂|渋谷駅|510|ラーメン|3.74|963|11204|2|2|月曜日|y|煮干しと鶏の二段仕込み。朝8時から営業しています。
麺処 すずらん|神泉駅|188|ラーメン、つけ麺|3.71|742|9012|2|2|日曜日、祝日|y|
鶏白湯そば 縁|渋谷駅|655|ラーメン|3.69|531|6480|2|1|水曜日|y|
つけ麺 道玄|渋谷駅|301|つけ麺、ラーメン|3.66|1102|8733|2|2|不定休||
札幌味噌 北斗星|渋谷駅|244|ラーメン|3.64|688|5121|2|2|無休||
らーめん 桜丘商店|渋谷駅|420|ラーメン、餃子|3.63|415|3902|2|1|火曜日||
支那そば 松濤軒|神泉駅|276|ラーメン|3.62|377|4410|2|2|月曜日、第3日曜日||昭和32年創業。醤油ひとすじ。
煮干し中華 ぼんご|渋谷駅|712|ラーメン|3.61|296|2988|1|1|日曜日||
担々麺 紅蓮|渋谷駅|365|担々麺、四川料理|3.60|842|7650|3|2|無休||
博多とんこつ 一閃|渋谷駅|198|ラーメン|3.59|1563|6020|1|1|無休||
塩そば 月白|代官山駅|540|ラーメン|3.58|264|3315|2|2|月曜日||
魚介豚骨 宗次郎|渋谷駅|480|つけ麺、ラーメン|3.57|455|4102|2|2|日曜日||
油そば 十兵衛 宮益坂店|渋谷駅|233|油そば・まぜそば|3.56|610|3890|1|1|無休||
家系ラーメン 渋谷丸栄家|渋谷駅|150|ラーメン|3.55|1890|5230|2|1|無休||
汁なし担担麺 麻辣堂|渋谷駅|602|担々麺|3.54|322|2710|2|1|土曜日、日曜日||
鴨だし中華そば 葵|神泉駅|415|ラーメン|3.54|209|2544|2|2|火曜日、水曜日||
らぁめん 冨士丸|渋谷駅|830|ラーメン|3.53|175|1980|2|2|不定休||
ベジポタ麺 みどり|表参道駅|690|ラーメン、ヴィーガン|3.52|248|3120|2|2|月曜日||野菜だけで炊いたポタージュスープ。
中華そば 一乗寺|渋谷駅|377|ラーメン|3.52|190|1762|1|1|日曜日||
横浜家系 武蔵家 渋谷本店|渋谷駅|288|ラーメン|3.51|976|3310|1|1|無休||
淡麗醤油 しずく|神泉駅|350|ラーメン|3.51|152|1840|2|2|水曜日||
味噌らーめん 雪華|渋谷駅|560|ラーメン|3.50|211|1654|2|1|日曜日、祝日||
カレーラーメン 香辛房|渋谷駅|640|ラーメン、カレー|3.49|143|1201|2|2|月曜日||
蒙古タンメン 中本 渋谷店|渋谷駅|110|ラーメン|3.49|1344|4920|1|1|無休||
貝出汁らーめん 汐騒|代官山駅|380|ラーメン|3.48|166|2088|2|2|火曜日||
らーめん 亀吉|渋谷駅|905|ラーメン|3.48|98|870|0|1|日曜日||
二郎系 ラーメン豚山 渋谷店|渋谷駅|420|ラーメン|3.47|520|1730|1|1|無休||
とんこつ醤油 虎之助|渋谷駅|260|ラーメン|3.47|301|1325|2|1|無休||
台湾まぜそば はなび 渋谷店|渋谷駅|330|油そば・まぜそば|3.46|402|1488|1|1|無休||
冷やし中華 涼風|明治神宮前駅|720|ラーメン、中華料理|3.46|77|640|2|2|水曜日||
酸辣湯麺 四川飯店 道玄坂|渋谷駅|470|中華料理、ラーメン|3.45|188|920|3|2|無休||
つけ麺 五ノ神|渋谷駅|515|つけ麺|3.45|233|1410|2|2|日曜日||
醤油らぁ麺 清流|恵比寿駅|980|ラーメン|3.44|120|1102|2|2|月曜日、火曜日||
鶏そば そらの|渋谷駅|610|ラーメン|3.44|89|760|2|2|不定休||
タンメン しゃきしゃき|渋谷駅|340|タンメン、ラーメン|3.43|150|680|1|1|日曜日||
ラーメン 大黒 渋谷センター街店|渋谷駅|190|ラーメン|3.43|265|590|1|1|無休||
熊本ラーメン 火の国|渋谷駅|455|ラーメン|3.42|140|512|1|1|無休||
ちゃんぽん 長崎亭|渋谷駅|380|ちゃんぽん|3.42|112|430|2|1|日曜日||
トマト麺 ロッソ|神泉駅|290|ラーメン、イタリアン|3.41|96|488|2|2|月曜日||
喜多方ラーメン 坂内 渋谷店|渋谷駅|245|ラーメン|3.41|230|620|1|1|無休||
創作麺工房 鳴門|渋谷駅|765|ラーメン、つけ麺|3.40|57|410|2|2|水曜日||
尾道ラーメン 千光寺|渋谷駅|530|ラーメン|3.39|74|305|1|1|火曜日||
鶏パイタン 綾|代官山駅|410|ラーメン|3.38|45|288|2|2|不定休||
らーめん 新月|渋谷駅|300|ラーメン||12|154|0|1|日曜日||
自家製麺 つむぎ|神泉駅|230|ラーメン、つけ麺||8|96|2|2|月曜日||2025年2月オープン。全粒粉入りの自家製麺。
背脂煮干し 燕|渋谷駅|690|ラーメン||5|61|1|1|不定休||
まぜそば 渋谷テラス|渋谷駅|150|油そば・まぜそば|3.08|19|70|1|1|無休||
ラーメン 凪の家|渋谷駅|880|ラーメン|3.12|22|102|0|1|日曜日||
中華そば 灯|恵比寿駅|760|ラーメン|3.15|31|140|2|2|月曜日||
坦坦麺 鶴亀|渋谷駅|420|担々麺|3.18|40|198|2|1|水曜日||
鯛だし塩らぁ麺 みなと|渋谷駅|512|ラーメン|3.21|36|212|2|2|火曜日||
"""

TM_BUDGETS = {"0": "-", "1": "～￥999", "2": "￥1,000～￥1,999", "3": "￥2,000～￥2,999", "4": "￥3,000～￥3,999"}


class TMShop(NamedTuple):
    id: int
    name: str
    station: str
    metres: int
    genre: str
    rating: str
    reviews: int
    saved: int
    dinner: str
    lunch: str
    holiday: str
    badge: bool
    pr: str


def _tm_shops() -> list[TMShop]:
    out = []
    for line in TM_ROWS.strip().splitlines():
        fields = line.split("|")
        assert len(fields) == 12, line
        name, station, metres, genre, rating, reviews, saved, dinner, lunch, holiday, badge, pr = fields
        out.append(
            TMShop(13000000 + _num(name, 6), name, station, int(metres), genre, rating, int(reviews), int(saved),
                   TM_BUDGETS[dinner], TM_BUDGETS[lunch], holiday, badge == "y", pr)
        )  # fmt: skip
    # a ranking: rated shops by score, the shops not yet rated ('-') last
    return sorted(out, key=lambda shop: -float(shop.rating) if shop.rating else 0.0)


TM_SHOPS = _tm_shops()


def _tm_url(shop: TMShop) -> str:
    return f"{TM_HOST}{TM_AREA}/{shop.id}/"


def _tm_page_href(number: int) -> str:
    return f"{TM_LIST}/" if number == 1 else f"{TM_LIST}/{number}/"


def _tm_rating_class(rating: str) -> str:
    if not rating:
        return "c-rating--val0"
    value = float(rating)
    return f"c-rating--val{int(value * 10) // 5 * 5}"


def _tm_cassette(shop: TMShop, rank: int) -> str:
    url = _tm_url(shop)
    badge = ""
    if shop.badge:
        badge = """
                <div class="list-rst__award-badge">
                  <a class="c-badge-hyakumeiten" href="https://award.tabemichi.jp/hyakumeiten/ramen_tokyo/2024/" target="_blank" rel="noopener"><i class="c-badge-hyakumeiten__icon"></i><span class="c-badge-hyakumeiten__text">百名店 2024</span><span class="c-badge-hyakumeiten__sub">選出店</span></a>
                </div>"""
    rating = shop.rating or "-"
    pr = ""
    if shop.pr:
        pr = f"""
            <div class="list-rst__pr">
              <p class="list-rst__pr-text">{esc(shop.pr)}</p>
            </div>"""
    rank_mark = (
        f'<span class="list-rst__rank-badge-no is-rank{rank}">{rank}</span>'
        if rank <= 3
        else f'<span class="list-rst__rank-badge-no">{rank}</span>'
    )
    return f"""
      <div class="list-rst js-bookmark js-rst-cassette-wrap list-rst--ranking" data-detail-url="{url}" data-rst-id="{shop.id}">
        <div class="list-rst__wrap js-open-new-window">
          <div class="list-rst__header">
            <div class="list-rst__rst-name">
              <div class="list-rst__rank-badge">{rank_mark}</div>
              <div class="list-rst__rst-name-wrap">
                <h3 class="list-rst__rst-name-main js-list-rst-name-main">
                  <a class="list-rst__rst-name-target cpy-rst-name" href="{url}" target="_blank" data-list-dest="item_top">{esc(shop.name)}</a>
                </h3>
                <div class="list-rst__area-genre cpy-area-genre"> {shop.station} {shop.metres}m / {shop.genre}</div>
              </div>{badge}
            </div>
          </div>
          <div class="list-rst__body">
            <div class="list-rst__contents">
              <div class="list-rst__rst-data">
                <div class="list-rst__rate">
                  <p class="c-rating c-rating--xxl {_tm_rating_class(shop.rating)} list-rst__rating-total cpy-total-score"><i class="c-rating__star"></i><span class="c-rating__val c-rating__val--strong list-rst__rating-val">{rating}</span></p>
                  <p class="list-rst__rvw-count"><a class="list-rst__rvw-count-target cpy-review-count" href="{url}dtlrvwlst/" target="_blank"><em class="list-rst__rvw-count-num cpy-review-count">{_int_sep(shop.reviews)}</em>件</a></p>
                  <p class="list-rst__save"><i class="c-icon-save"></i><span class="list-rst__save-count">{_int_sep(shop.saved)}</span>人</p>
                </div>
                <div class="list-rst__budget">
                  <ul class="list-rst__budget-list">
                    <li class="list-rst__budget-item"><i class="c-rating-v3__time c-rating-v3__time--dinner">夜</i><span class="c-rating-v3__val list-rst__budget-val cpy-dinner-budget-val">{shop.dinner}</span></li>
                    <li class="list-rst__budget-item"><i class="c-rating-v3__time c-rating-v3__time--lunch">昼</i><span class="c-rating-v3__val list-rst__budget-val cpy-lunch-budget-val">{shop.lunch}</span></li>
                  </ul>
                </div>
                <div class="list-rst__holiday">
                  <span class="list-rst__holiday-title">定休日</span><span class="list-rst__holiday-text">{shop.holiday}</span>
                </div>
              </div>{pr}
            </div>
            <div class="list-rst__photo">
              <div class="list-rst__photo-item"><img class="js-thumbnail-img js-cassette-img" src="https://tblg.k-img.com/resize/200x200c/restaurant/images/Rvw/{_num(shop.name + "p", 6)}/{_num(shop.name + "p", 6)}.jpg?token={_hex(shop.name, 7)}&amp;api=v2" alt="{esc(shop.name)} - 料理写真:" width="120" height="120" loading="lazy"></div>
            </div>
          </div>
          <div class="list-rst__footer">
            <div class="list-rst__btn-wrap">
              <p class="list-rst__rsv-btn"><a class="c-btn c-btn--xs c-btn--rsv" href="{url}#rsv">空席確認・予約する</a></p>
              <button class="list-rst__bookmark js-bookmark-btn" type="button" data-rst-id="{shop.id}"><i class="c-icon-bookmark"></i><span>保存</span></button>
            </div>
          </div>
        </div>
      </div>"""


def _tm_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="c-pagination__item"><a href="{_tm_page_href(number - 1)}" class="c-link-arrow c-pagination__arrow c-pagination__arrow--prev" rel="prev"><span>前の20件</span></a></li>'
        )
    for n in range(1, total + 1):
        if n == number:
            items.append(f'<li class="c-pagination__item"><span class="c-pagination__num is-current">{n}</span></li>')
        else:
            items.append(
                f'<li class="c-pagination__item"><a href="{_tm_page_href(n)}" class="c-pagination__num">{n}</a></li>'
            )
    if number < total:
        items.append(
            f'<li class="c-pagination__item"><a href="{_tm_page_href(number + 1)}" class="c-link-arrow c-pagination__arrow c-pagination__arrow--next" rel="next"><span>次の20件</span></a></li>'
        )
    return f"""
      <div class="list-pagenation">
        <div class="c-pagination">
          <ul class="c-pagination__list">
            {"".join(items)}
          </ul>
        </div>
      </div>"""


def _tm_page(number: int, total: int, shops: list[TMShop], first_rank: int) -> str:
    cassettes = "".join(_tm_cassette(shop, first_rank + i) for i, shop in enumerate(shops))
    start, end = first_rank, first_rank + len(shops) - 1
    canonical = f"{TM_HOST}{_tm_page_href(number)}"
    title_page = "" if number == 1 else f" {number}ページ目"
    rel = ""
    if number > 1:
        rel += f'\n  <link rel="prev" href="{TM_HOST}{_tm_page_href(number - 1)}">'
    if number < total:
        rel += f'\n  <link rel="next" href="{TM_HOST}{_tm_page_href(number + 1)}">'
    config = json.dumps(
        {
            "env": "production",
            "page": {"name": "rstLst", "area": "A130301", "genre": "ramen", "pageNum": number, "srt": "rt"},
            "user": {"loggedIn": False},
            "ad": {"slot": "rstlst_ramen_A130301"},
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="UTF-8">
  <title>渋谷駅周辺のラーメン ランキング{title_page} | 食べみち</title>
  <meta name="description" content="渋谷駅周辺のラーメンのお店{len(TM_SHOPS)}件を口コミ評価の高い順にご紹介。食べみちのランキングから人気のお店を探せます。">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="{canonical}">{rel}
  <link rel="stylesheet" href="https://tblg.k-img.com/css/pc/tabelog-pc.css?1741157826">
  <link rel="stylesheet" href="https://tblg.k-img.com/css/pc/rstlst.css?1741157826">
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType": "rstlst", "areaCd": "A130301", "genre": "ramen"}});</script>
  <script async src="https://www.googletagmanager.com/gtm.js?id=GTM-K7T2Q9"></script>
</head>
<body class="pc-body rstlst">
  <div id="tabelog-header" class="l-header">
    <div class="l-header__inner">
      <p class="l-header__logo"><a href="/" class="c-logo"><img src="https://tblg.k-img.com/images/logo/tabemichi_logo.svg" alt="食べみち" width="120" height="32"></a></p>
      <form id="js-global-search-form" class="js-search-form l-header__search" action="/rst/rstsearch/" method="get">
        <input type="text" name="sa" id="sa" class="c-input" placeholder="エリア・駅 [例:銀座、渋谷]" value="渋谷駅">
        <input type="text" name="sk" id="sk" class="c-input" placeholder="キーワード [例:焼肉、店名、個室]" value="ラーメン">
        <button type="submit" class="c-btn c-btn--search">検索</button>
      </form>
      <ul class="l-header__menu">
        <li><a href="/rvwr/new/" class="l-header__menu-link">会員登録</a></li>
        <li><a href="/login/" class="l-header__menu-link js-login">ログイン</a></li>
        <li><a href="/owner/" class="l-header__menu-link">お店の方へ</a></li>
      </ul>
    </div>
    <nav class="l-global-nav">
      <ul class="l-global-nav__list">
        <li><a href="/tokyo/">東京</a></li><li><a href="/rstLst/ramen/">ラーメン</a></li><li><a href="/rstLst/?SrtT=rt">ランキング</a></li><li><a href="/hyakumeiten/">百名店</a></li><li><a href="/matome/">まとめ</a></li>
      </ul>
    </nav>
  </div>
  <div class="l-contents">
    <div class="c-breadcrumb">
      <ol class="c-breadcrumb__list" itemscope itemtype="https://schema.org/BreadcrumbList">
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">食べみち</span></a><meta itemprop="position" content="1"></li>
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tokyo/"><span itemprop="name">東京</span></a><meta itemprop="position" content="2"></li>
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/tokyo/A1303/"><span itemprop="name">渋谷・恵比寿・代官山</span></a><meta itemprop="position" content="3"></li>
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{TM_AREA}/rstLst/"><span itemprop="name">渋谷</span></a><meta itemprop="position" content="4"></li>
        <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">ラーメン</span><meta itemprop="position" content="5"></li>
      </ol>
    </div>
    <div class="l-contents__inner">
      <div id="column-main" class="l-main">
        <div class="rstlist-heading">
          <h2 class="list-condition__title">渋谷駅周辺のラーメン ランキング</h2>
          <p class="list-condition__count">渋谷駅周辺のラーメンのお店を口コミ評価の高い順に表示しています</p>
        </div>
        <div class="rstlist-navi">
          <ul class="navi-rstlst__tab">
            <li class="navi-rstlst__tab-item is-selected"><a href="{TM_LIST}/?SrtT=rt" class="navi-rstlst__label">ランキング</a></li>
            <li class="navi-rstlst__tab-item"><a href="{TM_LIST}/?SrtT=rvcn" class="navi-rstlst__label">口コミが多い順</a></li>
            <li class="navi-rstlst__tab-item"><a href="{TM_LIST}/?SrtT=nod" class="navi-rstlst__label">ニューオープン</a></li>
          </ul>
          <p class="c-page-count"><span class="c-page-count__num"><strong>{start}</strong></span> ～ <span class="c-page-count__num"><strong>{end}</strong></span> 件を表示 / 全 <span class="c-page-count__num"><strong>{len(TM_SHOPS)}</strong></span> 件</p>
        </div>
        <div class="js-rstlist-info rstlist-info">{cassettes}
        </div>
        {_tm_pager(number, total)}
        <div class="rstlist-notice">
          <p class="rstlist-notice__text">※ 点数・ランキングは、口コミの評価を元に独自の集計方法で算出しています。</p>
        </div>
      </div>
      <div id="column-side" class="l-side">
        <div class="c-side-box">
          <h3 class="c-side-box__title">条件を絞り込む</h3>
          <form class="js-rstlst-filter" action="{TM_LIST}/" method="get">
            <ul class="c-checkbox-list">
              <li><label><input type="checkbox" name="ChkReserve" value="1"> ネット予約可</label></li>
              <li><label><input type="checkbox" name="ChkCard" value="1"> カード可</label></li>
              <li><label><input type="checkbox" name="ChkNoSmoking" value="1"> 全面禁煙</label></li>
              <li><label><input type="checkbox" name="ChkEarlyMorning" value="1"> 朝食・モーニング</label></li>
            </ul>
            <button type="submit" class="c-btn c-btn--sm">絞り込む</button>
          </form>
        </div>
        <div class="c-side-box">
          <h3 class="c-side-box__title">近くの駅から探す</h3>
          <ul class="c-side-list">
            <li><a href="/tokyo/A1303/A130301/R4698/rstLst/ramen/">渋谷駅</a><span class="c-side-list__count">(41)</span></li>
            <li><a href="/tokyo/A1303/A130301/R3413/rstLst/ramen/">神泉駅</a><span class="c-side-list__count">(9)</span></li>
            <li><a href="/tokyo/A1303/A130303/R8914/rstLst/ramen/">代官山駅</a><span class="c-side-list__count">(6)</span></li>
            <li><a href="/tokyo/A1306/A130602/R6586/rstLst/ramen/">表参道駅</a><span class="c-side-list__count">(14)</span></li>
          </ul>
        </div>
        <div class="c-side-banner"><a href="https://award.tabemichi.jp/hyakumeiten/ramen_tokyo/2024/"><img src="https://tblg.k-img.com/images/banner/hyakumeiten_ramen_2024.png" alt="ラーメン 百名店 2024 TOKYO" width="300" height="120"></a></div>
      </div>
    </div>
  </div>
  <footer class="l-footer">
    <ul class="l-footer__links">
      <li><a href="/help/">ヘルプ</a></li><li><a href="/help/terms/">利用規約</a></li><li><a href="/help/privacy/">プライバシーポリシー</a></li><li><a href="/owner/">店舗会員（無料）</a></li>
    </ul>
    <p class="l-footer__copyright"><small>Copyright © Tabemichi, Inc. All Rights Reserved.</small></p>
  </footer>
  <script>window.Tabelog = {config};</script>
  <script src="https://tblg.k-img.com/js/pc/tabelog-pc.js?1741157826" defer></script>
</body>
</html>
"""


@thirtieth_c
def build_tabemichi() -> None:
    s = Site(
        "tabemichi",
        kind="restaurant ranking in Japanese (Tabelog 2024–25 area + genre list: div.list-rst cassettes with h3 > a.list-rst__rst-name-target absolute shop links, one div.list-rst__area-genre ' 渋谷駅 392m / ラーメン、つけ麺' text, '百名店 2024' badges on some, span.c-rating__val '3.72' or '-', em '1,234' + '件', saved counts, 夜 / 昼 budgets '￥1,000～￥1,999' or '-', '定休日' + days, PR texts on some; '1 ～ 20 件を表示 / 全 52 件'; div.c-pagination numbers + '次の20件' / '前の20件' over /rstLst/ramen/N/)",
        start=f"{TM_LIST.lstrip('/')}/",
        description=f"The ramen ranking around Shibuya station of a Japanese restaurant guide built like Tabelog (tabemichi.jp, '食べみち'), {TM_LIST}/ then {TM_LIST}/2/ and /3/ ({TM_PER_PAGE} shops a page, the pager's '次の20件'), as a logged-out visitor gets it in March 2025. The Tabelog header (logo, the area / keyword search form, 会員登録 / ログイン / お店の方へ), the global nav, a BreadcrumbList microdata breadcrumb, h2 '渋谷駅周辺のラーメン ランキング', sort tabs (ランキング / 口コミが多い順 / ニューオープン) and the count '1 ～ 20 件を表示 / 全 52 件'. Each shop a div.list-rst.js-bookmark.js-rst-cassette-wrap.list-rst--ranking (data-detail-url, data-rst-id): the rank number, h3.list-rst__rst-name-main > a.list-rst__rst-name-target.cpy-rst-name linking to the shop's absolute page {TM_HOST}{TM_AREA}/<8 digits>/, div.list-rst__area-genre.cpy-area-genre with the nearest station and distance and the genres in one text (' 渋谷駅 392m / ラーメン、つけ麺'), a '百名店 2024' + '選出店' award badge on the first four, p.c-rating > span.c-rating__val '3.72' (three new shops show '-'), the review count em.list-rst__rvw-count-num '1,234' + '件' linking to the reviews, a saved count '15,820人', the dinner and lunch budgets (i '夜' / '昼' + span.c-rating-v3__val '￥1,000～￥1,999', '-' when unknown), '定休日' + the closing days ('無休', '日曜日、祝日'), a PR text on four, a photo, the 空席確認・予約する and 保存 buttons. Under the list div.c-pagination with the numbers (the current one a span.is-current) and '前の20件' / '次の20件' links with rel prev / next (root-relative; the head's link rel next / prev are absolute), a notice; the sidebar (条件を絞り込む checkboxes, 近くの駅から探す with counts, a 百名店 banner), the footer, the window.Tabelog config JSON and GTM. 20 + 20 + 12 shops. Written down: title, url (the absolute shop page), station (the station + distance part, '渋谷駅 392m'), genre (the genres part as shown), rating (where rated), review_count, dinner_budget and lunch_budget (as shown, where not '-'), holiday, badge ('百名店 2024', where shown).",
    )
    pages = chunks(TM_SHOPS, [TM_PER_PAGE, TM_PER_PAGE, len(TM_SHOPS) - 2 * TM_PER_PAGE])
    rank = 1
    for number, shops in enumerate(pages, 1):
        path = f"{TM_LIST.lstrip('/')}/index.html" if number == 1 else f"{TM_LIST.lstrip('/')}/{number}/index.html"
        s.list_page(path, _tm_page(number, len(pages), shops, rank))
        rank += len(shops)
    for shop in TM_SHOPS:
        s.expect(
            {
                "title": shop.name,
                "url": _tm_url(shop),
                "station": f"{shop.station} {shop.metres}m",
                "genre": shop.genre,
                "rating": float(shop.rating) if shop.rating else None,
                "review_count": shop.reviews,
                "dinner_budget": shop.dinner if shop.dinner != "-" else None,
                "lunch_budget": shop.lunch if shop.lunch != "-" else None,
                "holiday": shop.holiday,
                "badge": "百名店 2024" if shop.badge else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# pagesclaires: PagesJaunes' search 'plombiers' at Lyon, /annuaire/lyon-69/plombiers then
# /annuaire/chercherlespros?quoiqui=plombiers&ou=lyon-69&…&page=2 and 3 ('Suivant' only).
# ---------------------------------------------------------------------------------------------------

PC_START = "/annuaire/lyon-69/plombiers"
PC_SEARCH = "/annuaire/chercherlespros?quoiqui=plombiers&ou=lyon-69&univers=pagesjaunes&idOu=L06912300"
PC_PER_PAGE = 20

#: name | activity | address | rating ('' = none) | reviews | hours (o: until 18h30, p: until 19h, f: closed,
#: h: 24h/24, m: until 12h00) | tags (';') | description
PC_ROWS = """
Plomberie Durand & Fils|Plombier|12 rue Garibaldi 69006 Lyon|4.6|38|o|Dépannage urgent;Devis gratuit|Dépannage, recherche de fuite, remplacement de chauffe-eau et de ballon d'eau chaude.
Lyon Dépannage Plomberie|Plombier|84 cours Gambetta 69007 Lyon|4.1|112|h|Dépannage urgent;Intervention 7j/7|Intervention rapide sur tout Lyon et la Métropole, fuites, débouchage, WC.
Atelier Sanitaire Berthier|Plombier, chauffagiste|5 rue Duguesclin 69006 Lyon|4.8|21|p|Artisan RGE;Devis gratuit|Installation et entretien de chaudières gaz, salles de bains clés en main.
Croix-Rousse Plomberie|Plombier|27 boulevard de la Croix-Rousse 69004 Lyon|4.4|17|o||Plomberie générale, rénovation de salle d'eau, robinetterie.
SOS Fuite 69|Plombier|3 rue de Marseille 69007 Lyon|3.7|64|h|Dépannage urgent|Recherche de fuite non destructive, débouchage de canalisation.
Établissements Moreau|Plombier, chauffagiste|41 avenue Félix Faure 69003 Lyon|4.5|9|f|Artisan RGE|Pompes à chaleur, plancher chauffant, plomberie neuve et rénovation.
Bati-Confluence|Plombier|18 quai Perrache 69002 Lyon||0|o|Devis gratuit|Création de réseaux d'eau, mise aux normes, petits travaux.
Plombier Villeurbanne Express|Plombier|110 cours Émile Zola 69100 Villeurbanne|4.0|46|h|Dépannage urgent;Intervention 7j/7|Dépannage plomberie 24h/24 à Lyon, Villeurbanne et Vaulx-en-Velin.
Les Artisans du Vieux Lyon|Plombier|9 rue Saint-Jean 69005 Lyon|4.9|14|m|Artisan d'art|Plomberie en immeubles anciens, zinc et cuivre, entretien de copropriétés.
Thermi Services Lyon|Chauffagiste, plombier|66 rue Paul Bert 69003 Lyon|4.2|31|o|Contrat d'entretien|Entretien annuel de chaudière, dépannage chauffage et plomberie.
Guillot Plomberie|Plombier|2 place Jean Macé 69007 Lyon|4.7|26|o|Devis gratuit|Remplacement de WC et de mitigeurs, détartrage de chauffe-eau.
Eau & Chaleur Monplaisir|Plombier, chauffagiste|150 avenue des Frères Lumière 69008 Lyon|4.3|19|p|Artisan RGE;Devis gratuit|Chaudières à condensation, radiateurs, adoucisseurs d'eau.
A.B. Plomberie Dépannage|Plombier|35 rue Tronchet 69006 Lyon|3.9|52|h|Dépannage urgent|Débouchage, fuite sur canalisation, dégât des eaux.
Plomberie Rivière|Plombier|14 rue Bugeaud 69006 Lyon||0|f||Plomberie et sanitaire pour particuliers et syndics.
Rhône Débouchage Assainissement|Débouchage, curage de canalisations|7 rue de Gerland 69007 Lyon|4.4|88|h|Dépannage urgent;Intervention 7j/7|Curage haute pression, inspection caméra, pompage de fosses.
Salles de Bains Grange|Plombier, installation de salles de bains|56 rue de la Charité 69002 Lyon|4.8|33|o|Devis gratuit;Showroom|Conception et pose de salles de bains, douches à l'italienne, PMR.
Martin Chauffage Sanitaire|Plombier, chauffagiste|23 rue Jean Jaurès 69100 Villeurbanne|4.1|12|o||Dépannage et installation de chauffe-eau thermodynamiques.
Plomberie de la Guillotière|Plombier|4 grande rue de la Guillotière 69007 Lyon|4.6|41|p|Devis gratuit|Petits travaux de plomberie, remplacement d'éviers et de robinets.
Écoplomb|Plombier|92 rue Marietton 69009 Lyon|5.0|7|o|Artisan RGE|Plomberie écologique, récupération d'eau de pluie, chauffe-eau solaire.
Dépann'Eau Lyon 3|Plombier|8 rue Servient 69003 Lyon|3.5|29|h|Dépannage urgent|Dépannage plomberie en urgence, fuites et engorgements.
Blanc Plomberie Chauffage|Plombier, chauffagiste|19 rue Masséna 69006 Lyon|4.5|22|o|Contrat d'entretien|Chauffage au gaz, plomberie sanitaire, ramonage.
Duplat & Cie|Plombier|71 montée de la Grande Côte 69001 Lyon|4.2|8|f||Entreprise familiale depuis 1962, plomberie générale et zinguerie.
Lyon Fuite Détection|Recherche de fuite|45 rue Vendôme 69006 Lyon|4.7|54|o|Devis gratuit;Rapport pour assurance|Recherche de fuite par gaz traceur, thermographie et caméra.
Plombier Part-Dieu|Plombier|12 rue Paul Bert 69003 Lyon|3.8|17|o|Dépannage urgent|Dépannage, remplacement de chasse d'eau et de joints.
Chaudronnet Énergies|Chauffagiste, plombier|5 rue Pierre Delore 69008 Lyon|4.3|15|p|Artisan RGE|Pompes à chaleur air-eau, chaudières granulés, aides MaPrimeRénov'.
Presqu'île Sanitaire|Plombier|30 rue Mercière 69002 Lyon||0|o||Plomberie pour commerces et restaurants, bacs à graisse.
Les Plombiers Lyonnais|Plombier|101 rue de Sèze 69006 Lyon|4.0|67|h|Dépannage urgent;Intervention 7j/7|Intervention sous 1h en moyenne, devis avant travaux.
Atelier Fabre|Plombier|16 rue Chazière 69004 Lyon|4.9|19|m|Devis gratuit|Rénovation de salles de bains et de cuisines, plomberie cuivre.
Saint-Just Plomberie|Plombier|3 place de Trion 69005 Lyon|4.4|11|f||Plomberie, chauffage et petits dépannages sur Lyon 5.
Hydro Services Gerland|Plombier, chauffagiste|58 avenue Jean Jaurès 69007 Lyon|4.1|24|o|Contrat d'entretien|Maintenance de chaufferies collectives et plomberie.
Débouchage Express Rhône|Débouchage, curage de canalisations|22 rue Marius Berliet 69008 Lyon|3.6|39|h|Dépannage urgent|Débouchage WC, éviers et colonnes, hydrocurage.
Bernard Rénovation Sanitaire|Plombier|9 rue des Tables Claudiennes 69001 Lyon|4.6|13|o|Devis gratuit|Remplacement de baignoire par douche, adaptation PMR.
Vaise Plomberie Chauffage|Plombier, chauffagiste|40 rue de Bourgogne 69009 Lyon|4.2|18|p||Dépannage de chaudières et chauffe-eau, plomberie.
Thermo-Sanitaire Brotteaux|Plombier|64 rue Tête d'Or 69006 Lyon|4.7|28|o|Artisan RGE;Devis gratuit|Installation sanitaire haut de gamme, robinetterie design.
Lumière Plomberie|Plombier|11 rue du Premier Film 69008 Lyon|4.0|6|o||Plomberie générale pour particuliers.
Allo Plombier 69|Plombier|150 rue Garibaldi 69003 Lyon|3.4|81|h|Dépannage urgent;Intervention 7j/7|Dépannage 24h/24, déplacement offert à Lyon intra-muros.
Cuivre & Zinc Lyonnais|Plombier, couvreur|7 rue Pailleron 69004 Lyon|4.5|10|f|Artisan d'art|Zinguerie, gouttières, plomberie en cuivre.
Perrache Chauffage|Chauffagiste|24 cours de Verdun 69002 Lyon|4.3|20|o|Contrat d'entretien|Entretien et remplacement de chaudières toutes marques.
Plomberie Sanitaire Rey|Plombier|13 rue Villeroy 69003 Lyon||0|f||Plomberie, sanitaire, remplacement de canalisations en plomb.
Fontaine Dépannage|Plombier|55 avenue Berthelot 69007 Lyon|4.1|35|h|Dépannage urgent|Dépannage fuite, chasse d'eau, ballon d'eau chaude.
Caluire Plomberie|Plombier|6 avenue Général de Gaulle 69300 Caluire-et-Cuire|4.8|16|o|Devis gratuit|Plomberie neuve et rénovation à Caluire et Lyon 4.
Aqua Confort Lyon|Plombier, adoucisseurs d'eau|88 rue Bossuet 69006 Lyon|4.4|23|p|Devis gratuit;Showroom|Adoucisseurs, osmoseurs, filtration de l'eau du robinet.
Ménard Plomberie|Plombier|21 rue Saint-Georges 69005 Lyon|4.6|9|m||Artisan plombier, travaux soignés, devis sous 48h.
Urgence Plomberie Lyon 8|Plombier|120 route de Vienne 69008 Lyon|3.9|44|h|Dépannage urgent;Intervention 7j/7|Intervention rapide, fuite, débouchage, chauffe-eau.
Riboud Thermique|Chauffagiste, plombier|10 rue Sully 69006 Lyon|4.7|12|o|Artisan RGE|Pompes à chaleur, climatisation réversible, plomberie.
Plomberie des Pentes|Plombier|2 rue Burdeau 69001 Lyon|4.3|14|f||Plomberie dans l'ancien, remplacement de colonnes.
Garnier Sanitaire Chauffage|Plombier, chauffagiste|77 rue Sainte-Geneviève 69006 Lyon|4.0|7|o|Contrat d'entretien|Chauffage gaz et fioul, sanitaire, dépannage.
Lyon Est Plomberie|Plombier|31 avenue Lacassagne 69003 Lyon|4.5|19|p|Devis gratuit|Rénovation de réseaux, salle de bains, cuisine.
Dumas Plomberie|Plombier|5 rue Rabelais 69003 Lyon||0|o||Plomberie générale, dépannage et installation.
"""

PC_HOURS = {
    "o": ("bi-hours-open", "Ouvert jusqu'à 18h30"),
    "p": ("bi-hours-open", "Ouvert jusqu'à 19h00"),
    "m": ("bi-hours-closing", "Ouvert jusqu'à 12h00"),
    "h": ("bi-hours-open", "Ouvert 24h/24"),
    "f": ("bi-hours-closed", "Fermé - Ouvre demain à 8h00"),
}


class PCPro(NamedTuple):
    id: str
    name: str
    activity: str
    address: str
    rating: Decimal | None
    reviews: int
    hours: str
    tags: list[str]
    description: str


def _pc_pros() -> list[PCPro]:
    out = []
    for line in PC_ROWS.strip().splitlines():
        fields = line.split("|")
        assert len(fields) == 8, line
        name, activity, address, rating, reviews, hours, tags, description = fields
        out.append(
            PCPro(f"{_num(name, 8):08d}", name, activity, address, Decimal(rating) if rating else None, int(reviews), PC_HOURS[hours][1],
                  [t for t in tags.split(";") if t], description)
        )  # fmt: skip
    return out


PC_PROS = _pc_pros()
PC_HOURS_CLASS = {text: css for css, text in PC_HOURS.values()}


def _pc_page_href(number: int) -> str:
    return PC_START if number == 1 else f"{PC_SEARCH}&page={number}"


def _pc_pjlb(url: str) -> str:
    """PagesJaunes' obfuscated link: a JSON object with the URL base64-encoded, read by a script on click."""
    return esc(json.dumps({"url": base64.b64encode(url.encode()).decode(), "ucod": _hex(url, 8)}))


def _pc_card(pro: PCPro, position: int) -> str:
    rating = ""
    if pro.rating is not None:
        rating = f"""
              <div class="bi-rating">
                <a class="pj-link" href="/pros/{pro.id}#zone-avis" title="Voir les avis">
                  <span class="note_moyenne">{str(pro.rating).replace(".", ",")}</span><span class="note_max">/5</span>
                  <span class="bi-stars stars-{int(pro.rating * 2)}" aria-hidden="true"></span>
                  <span class="nb-avis">({pro.reviews} avis)</span>
                </a>
              </div>"""
    tags = ""
    if pro.tags:
        chips = "".join(f'<li class="bi-tag">{esc(t)}</li>' for t in pro.tags)
        tags = f'\n              <ul class="bi-tags">{chips}</ul>'
    map_url = f"/carte?bloc_id={pro.id}&no_sequence=1&code_rubrique=58102500"
    return f"""
        <li class="bi bi-generic" id="bi-{pro.id}" data-pjhistofantomclick='{{"site":"pj","type":"bi","position":{position}}}'>
          <div class="bi-bloc blocs clearfix bi-pro">
            <div class="bi-photo"><img src="https://www.pagesjaunes.fr/media/agc/{pro.id[:2]}/{pro.id[2:4]}/{pro.id}_logo.jpg" alt="" class="bi-logo" loading="lazy" width="80" height="80" onerror="this.style.display='none'"></div>
            <div class="bi-content">
              <div class="bi-header-title">
                <a class="bi-denomination pj-link" href="/pros/{pro.id}" title="Voir le détail de l'établissement {esc(pro.name)}" data-pjstats='{{"prado":"BI_DENOMINATION"}}'>
                  <h3 class="truncate-2-lines">{esc(pro.name)}</h3>
                </a>
              </div>
              <div class="bi-activity-unit">{esc(pro.activity)}</div>
              <div class="bi-address small">
                <a class="pj-lb pj-link" href="#" data-pjlb="{_pc_pjlb(map_url)}" title="Voir le plan">
                  {esc(pro.address)}
                  <span class="bi-map-link">Voir le plan</span>
                </a>
              </div>{rating}
              <div class="bi-hours {PC_HOURS_CLASS[pro.hours]}"><span class="icon icon-horloge" aria-hidden="true"></span><span class="bi-hours-text">{esc(pro.hours)}</span></div>{tags}
              <div class="bi-description"><p>{esc(pro.description)}</p></div>
            </div>
            <div class="bi-ctas">
              <button class="btn btn_tel pj-link" type="button" data-pjtoggleclass='{{"target":"#bi-{pro.id} .number-contact"}}'><span class="icon icon-telephone"></span>Afficher le N°</button>
              <div class="number-contact hidden"><span class="coord-numero">04 {_num(pro.id + "a", 2):02d} {_num(pro.id + "b", 2):02d} {_num(pro.id + "c", 2):02d} {_num(pro.id + "d", 2):02d}</span></div>
              <a class="btn btn_site pj-lb pj-link" href="#" data-pjlb="{_pc_pjlb(f"https://www.{pro.id}.fr/")}"><span class="icon icon-site-internet"></span>Site internet</a>
              <a class="btn btn_devis pj-link" href="/devis/{pro.id}"><span class="icon icon-devis"></span>Devis</a>
            </div>
          </div>
        </li>"""


def _pc_ad(slot: int) -> str:
    return f"""
        <li class="bi-pub" id="pub-liste-{slot}">
          <div class="pub-container"><span class="pub-label">Publicité</span>
            <div id="div-gpt-ad-liste-{slot}" class="gpt-ad" data-slot="/2711/pagesjaunes/liste/plombiers_{slot}" style="min-height:250px"></div>
          </div>
        </li>"""


def _pc_page(number: int, total: int, pros: list[PCPro], first: int) -> str:
    items = []
    for i, pro in enumerate(pros):
        items.append(_pc_card(pro, first + i))
        if i in (4, 13):
            items.append(_pc_ad(1 if i == 4 else 2))
    prev = ""
    if number > 1:
        prev = f'<a class="link_pagination prev pj-link" id="pagination-prev" href="{esc(_pc_page_href(number - 1))}" title="Page précédente">Précédent</a>'
    nxt = ""
    if number < total:
        nxt = f'<a class="link_pagination next pj-lb pj-link" id="pagination-next" href="{esc(_pc_page_href(number + 1))}" title="Page suivante">Suivant</a>'
    canonical = f"https://www.pagesclaires.fr{_pc_page_href(number)}"
    robots = (
        '<meta name="robots" content="noindex, follow">'
        if number > 1
        else '<meta name="robots" content="index, follow">'
    )
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Plombiers à Lyon (69) - Pages Claires{"" if number == 1 else f" - page {number}"}</title>
  <meta name="description" content="Trouvez un plombier à Lyon (69) : adresses, numéros de téléphone, horaires et avis des {len(PC_PROS)} professionnels sur Pages Claires.">
  {robots}
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="{esc(canonical)}">
  <link rel="stylesheet" href="/static/css/pj-liste.min.css?v=2025.03.4">
  <script>window.didomiConfig = {{"app": {{"apiKey": "0d8f2d7e-6f8b-4f0b-9c5e-2f3c4d5e6f70", "vendors": {{"iab": {{"all": true}}}}}}, "languages": {{"enabled": ["fr"], "default": "fr"}}}};</script>
  <script type="text/javascript" src="https://sdk.privacy-center.org/loader.js" async></script>
  <script>var pjDataLayer = {{"page_name": "liste_resultats", "quoiqui": "plombiers", "ou": "lyon-69", "page": {number}, "nb_resultats": {len(PC_PROS)}}};</script>
</head>
<body class="page-liste univers-pj">
  <div id="didomi-host">
    <div id="didomi-notice" class="didomi-popup-notice" role="dialog" aria-label="Vos choix en matière de cookies">
      <p class="didomi-notice-text">Pages Claires et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et les publicités. Vous pouvez accepter, refuser ou paramétrer vos choix.</p>
      <button id="didomi-notice-agree-button" class="didomi-button">Accepter &amp; Fermer</button>
      <button id="didomi-notice-disagree-button" class="didomi-button didomi-button-standard">Continuer sans accepter</button>
      <button id="didomi-notice-learn-more-button" class="didomi-button didomi-button-standard">Paramétrer</button>
    </div>
  </div>
  <header id="header" class="header-pj">
    <a href="/" class="logo-pj" title="Pages Claires"><img src="/static/img/logo-pagesclaires.svg" alt="Pages Claires" width="140" height="40"></a>
    <form id="form_motor_pagesjaunes" class="form-moteur" action="/annuaire/chercherlespros" method="get">
      <div class="champ"><label for="quoiqui">Quoi, qui ?</label><input type="text" id="quoiqui" name="quoiqui" value="plombiers" placeholder="Activité, nom, marque…"></div>
      <div class="champ"><label for="ou">Où ?</label><input type="text" id="ou" name="ou" value="Lyon (69)" placeholder="Adresse, ville, département…"></div>
      <input type="hidden" name="univers" value="pagesjaunes">
      <button type="submit" class="btn btn_primary">Trouver</button>
    </form>
    <nav class="header-links">
      <a href="/pagesblanches" class="pj-link">Pages Blanches</a>
      <a href="/pros/inscription" class="pj-link btn-pro">Pros : inscrivez-vous gratuitement</a>
      <a href="/compte/connexion" class="pj-link">Se connecter</a>
    </nav>
  </header>
  <main id="main" class="main-liste">
    <nav class="fil-ariane" aria-label="Fil d'Ariane">
      <ol><li><a href="/">Accueil</a></li><li><a href="/annuaire/region/rhone-alpes">Auvergne-Rhône-Alpes</a></li><li><a href="/annuaire/departement/rhone-69">Rhône (69)</a></li><li><a href="/annuaire/lyon-69">Lyon</a></li><li>Plombiers</li></ol>
    </nav>
    <div class="zone-titre">
      <h1 class="noMargin">Plombiers à Lyon (69)</h1>
      <p class="nb-resultats"><span id="SEL-nbresultat">{len(PC_PROS)}</span> résultats</p>
    </div>
    <div class="filtres">
      <button class="btn btn_filtre" type="button" data-filtre="ouvert">Ouvert maintenant</button>
      <button class="btn btn_filtre" type="button" data-filtre="note">Note 4+</button>
      <button class="btn btn_filtre" type="button" data-filtre="devis">Devis</button>
      <button class="btn btn_filtre" type="button" data-filtre="urgence">Urgence 24h/24</button>
    </div>
    <section id="listResults" class="results">
      <ul class="bi-list">{"".join(items)}
      </ul>
    </section>
    <div class="pagination">
      {prev}
      <span class="pagination-compteur" id="SEL-compteur"><strong>Page {number}</strong> / {total}</span>
      {nxt}
    </div>
    <section class="recherches-associees">
      <h2>Recherches associées</h2>
      <ul>
        <li><a href="/annuaire/lyon-69/chauffagistes">Chauffagistes à Lyon</a></li>
        <li><a href="/annuaire/villeurbanne-69/plombiers">Plombiers à Villeurbanne</a></li>
        <li><a href="/annuaire/lyon-69/debouchage-curage">Débouchage à Lyon</a></li>
        <li><a href="/annuaire/lyon-69/electriciens">Électriciens à Lyon</a></li>
      </ul>
    </section>
  </main>
  <footer id="footer" class="footer-pj">
    <ul class="footer-links">
      <li><a href="/infos/cgu">Conditions générales d'utilisation</a></li><li><a href="/infos/donnees-personnelles">Données personnelles</a></li><li><a href="#" onclick="Didomi.preferences.show();return false;">Gestion des cookies</a></li><li><a href="/infos/mentions-legales">Mentions légales</a></li>
    </ul>
    <p class="copyright">© Pages Claires 2025</p>
  </footer>
  <script src="/static/js/pj-liste.min.js?v=2025.03.4" defer></script>
</body>
</html>
"""


@thirtieth_c
def build_pagesclaires() -> None:
    s = Site(
        "pagesclaires",
        kind="trade directory search in French (PagesJaunes 2024–25: ul.bi-list of li.bi.bi-generic cards, a.bi-denomination > h3 name to /pros/<8 digits>, div.bi-activity-unit 'Plombier, chauffagiste', div.bi-address in a data-pjlb JSON link + 'Voir le plan', '4,3' + '/5' + '(12 avis)' on most, 'Ouvert jusqu'à 18h30' / 'Fermé - Ouvre demain à 8h00' / 'Ouvert 24h/24', ul.bi-tags chips on some, a description, 'Afficher le N°' / 'Site internet' / 'Devis'; 'Publicité' slots in the list; a words-only pager 'Précédent' / '<strong>Page 1</strong> / 3' / 'Suivant' from /annuaire/lyon-69/plombiers to /annuaire/chercherlespros?…&page=N)",
        start=PC_START.lstrip("/"),
        description=f"The search 'plombiers' at 'Lyon (69)' of a French business directory built like PagesJaunes (pagesclaires.fr, 'Pages Claires'), {PC_START} then '{PC_SEARCH}&page=2' and '&page=3' (the pager's 'Suivant'; 'Précédent' from page 2 goes back to {PC_START}), {PC_PER_PAGE} businesses a page, as a logged-out visitor gets it in March 2025. The head (canonical, noindex from page 2, the Didomi config and loader, a pjDataLayer object), the Didomi consent notice ('Accepter & Fermer' / 'Continuer sans accepter' / 'Paramétrer'), the header (logo, the 'Quoi, qui ?' / 'Où ?' form to /annuaire/chercherlespros, Pages Blanches, 'Pros : inscrivez-vous gratuitement', 'Se connecter'), the breadcrumb, h1 'Plombiers à Lyon (69)' with span#SEL-nbresultat '{len(PC_PROS)}' + 'résultats', filter buttons. section#listResults > ul.bi-list of li.bi.bi-generic#bi-<8 digits>: a logo picture, a.bi-denomination.pj-link[href=/pros/<id>] > h3.truncate-2-lines with the name, div.bi-activity-unit ('Plombier', 'Plombier, chauffagiste', 'Débouchage, curage de canalisations'), div.bi-address > a.pj-lb[href=#][data-pjlb={{url: base64, ucod}}] with the address '12 rue Garibaldi 69006 Lyon' and a span 'Voir le plan', div.bi-rating with span.note_moyenne '4,6' + span.note_max '/5' + a star span + span.nb-avis '(38 avis)' (six businesses have no reviews and no rating block), div.bi-hours with the status ('Ouvert jusqu'à 18h30', 'Ouvert jusqu'à 19h00', 'Ouvert jusqu'à 12h00', 'Ouvert 24h/24', 'Fermé - Ouvre demain à 8h00'), ul.bi-tags of li.bi-tag chips ('Dépannage urgent', 'Devis gratuit', 'Artisan RGE', …) on most, div.bi-description, the CTA buttons (Afficher le N° with a hidden number, Site internet as a data-pjlb link, Devis). Two li.bi-pub 'Publicité' ad slots inside the list on full pages (one on the last). The pager div.pagination is words only: a#pagination-prev 'Précédent' (from page 2), span#SEL-compteur.pagination-compteur '<strong>Page 1</strong> / 3', a#pagination-next.link_pagination.next.pj-lb 'Suivant' (a real href here). 'Recherches associées', the footer. 20 + 20 + 9 businesses. Written down: title, url (/pros/<id>), activity, address (without 'Voir le plan'), rating + review_count (where shown), hours (the status line), tags (where shown).",
    )
    pages = chunks(PC_PROS, [PC_PER_PAGE, PC_PER_PAGE, len(PC_PROS) - 2 * PC_PER_PAGE])
    first = 1
    for number, pros in enumerate(pages, 1):
        path = PC_START.lstrip("/") if number == 1 else f"{PC_SEARCH.lstrip('/')}&page={number}".replace("?", "@")
        s.list_page(path, _pc_page(number, len(pages), pros, first))
        first += len(pros)
    for pro in PC_PROS:
        s.expect(
            {
                "title": pro.name,
                "url": f"/pros/{pro.id}",
                "activity": pro.activity,
                "address": pro.address,
                "rating": float(pro.rating) if pro.rating is not None else None,
                "review_count": pro.reviews if pro.rating is not None else None,
                "hours": pro.hours,
                "tags": pro.tags or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# wohnwelt: immowelt (aviv platform) 'Wohnung mieten in Dresden', /classified-search?…, pages &page=2 and 3.
# ---------------------------------------------------------------------------------------------------

WW_SEARCH = "/classified-search?distributionTypes=Rent&estateTypes=Apartment&locations=AD08DE6071"
WW_PER_PAGE = 30
WW_COUNT = 68

WW_DISTRICTS = [
    ("Striesen-West", "01309"), ("Johannstadt-Nord", "01307"), ("Äußere Neustadt", "01099"), ("Pieschen-Süd", "01127"),
    ("Löbtau-Nord", "01159"), ("Plauen", "01187"), ("Gruna", "01277"), ("Blasewitz", "01309"), ("Leipziger Vorstadt", "01097"),
    ("Seevorstadt-Ost", "01069"), ("Trachau", "01129"), ("Prohlis-Nord", "01239"), ("Gorbitz-Süd", "01169"), ("Cotta", "01157"),
    ("Friedrichstadt", "01067"), ("Südvorstadt-West", "01069"), ("Loschwitz", "01326"), ("Klotzsche", "01109"),
    ("Mickten", "01139"), ("Reick", "01237"), ("Innere Altstadt", "01067"), ("Striesen-Ost", "01277"),
]  # fmt: skip
WW_AGENTS = [
    "Vonovia SE", "Wohnungsgenossenschaft Johannstadt eG", "Privatanbieter", "Dresdner Immobilienkontor GmbH",
    "WGS Wohnungsgenossenschaft Glückauf Süd Dresden eG", "Heimstaden Germany GmbH", "Elbflorenz Hausverwaltung",
    "Engel & Völkers Dresden", "Sächsische Wohnungsgenossenschaft Dresden eG", "Stadtbau Dresden GmbH",
]  # fmt: skip
WW_ROOMS = ["1", "1.5", "2", "2", "2.5", "3", "3", "2", "4", "3", "2", "5", "1", "2", "3", "3.5", "2"]
WW_ADJECTIVES = [
    "Helle",
    "Sanierte",
    "Ruhige",
    "Moderne",
    "Gemütliche",
    "Großzügige",
    "Charmante",
    "Frisch renovierte",
    "Schöne",
    "Neubau:",
]
WW_FEATURES = ["mit Balkon", "mit Einbauküche", "mit Südbalkon", "im Altbau", "mit Wannenbad", "mit Aufzug", "nahe der Elbe",
               "mit Terrasse", "mit Tageslichtbad", "mit Dielenboden", "mit Stellplatz", "unterm Dach"]  # fmt: skip
WW_TAGS = [
    [],
    [],
    ["Neu"],
    [],
    ["Neubau"],
    [],
    [],
    ["Neu", "Neubau"],
    [],
    ["WBS erforderlich"],
    [],
    ["Barrierefrei"],
    [],
]


class WWFlat(NamedTuple):
    id: str
    title: str
    price: Decimal
    rooms: Decimal
    size: Decimal
    floor: str | None
    district: str
    postcode: str
    tags: list[str]
    agent: str


def _ww_flats() -> list[WWFlat]:
    out = []
    for i in range(WW_COUNT):
        key = f"wohnwelt {i}"
        rooms = Decimal(WW_ROOMS[i % len(WW_ROOMS)])
        base = {1: 31, 2: 52, 3: 71, 4: 92, 5: 118}[int(rooms)]
        size = Decimal(base + _num(key + "s", 3) % 19) + (Decimal(_num(key + "d", 1)) / 10 if i % 3 else 0)
        rate = Decimal("8.20") + Decimal(_num(key + "r", 3) % 520) / 100
        price = (size * rate).quantize(Decimal("1") if i % 4 else Decimal("0.01"))
        floor_n = _num(key + "f", 2) % 6
        floor = None if i % 7 == 5 else ("EG" if floor_n == 0 else f"{floor_n}. Geschoss")
        district, postcode = WW_DISTRICTS[(i * 5 + 3) % len(WW_DISTRICTS)]
        rooms_word = f"{rooms}".replace(".", ",")
        adjective = WW_ADJECTIVES[(i * 3) % len(WW_ADJECTIVES)]
        feature = WW_FEATURES[(i * 7 + 2) % len(WW_FEATURES)]
        if i % 2:  # half the headlines leave the room count to the key facts
            title = (
                f"{adjective} Wohnung {feature} in {district}"
                if rooms > 1
                else f"{adjective if adjective.endswith(':') else adjective + 's'} Apartment {feature} in {district}"
            )
        elif rooms > 1:
            title = f"{adjective} {rooms_word}-Zimmer-Wohnung {feature} in {district}"
        else:
            title = (
                f"{adjective if adjective.endswith(':') else adjective + 's'} 1-Raum-Apartment {feature} in {district}"
            )
        tags = WW_TAGS[i % len(WW_TAGS)]
        out.append(
            WWFlat(
                _hex(key, 12).upper().replace("0", "K"),
                title,
                price,
                rooms,
                size,
                floor,
                district,
                postcode,
                tags,
                WW_AGENTS[(i * 3 + 1) % len(WW_AGENTS)],
            )
        )
    return out


WW_FLATS = _ww_flats()


def _de_number(value: Decimal) -> str:
    """``Decimal('1240')`` → ``1.240``; ``Decimal('689.5')`` → ``689,5``; ``Decimal('72.50')`` → ``72,50``."""
    whole, _, frac = f"{value}".partition(".")
    whole = _int_sep(int(whole), ".")
    return f"{whole},{frac}" if frac else whole


def _ww_price(flat: WWFlat) -> str:
    return f"{_de_number(flat.price)}&nbsp;€"


def _ww_page_href(number: int) -> str:
    return WW_SEARCH if number == 1 else f"{WW_SEARCH}&page={number}"


def _ww_facts(flat: WWFlat) -> list[str]:
    facts = [f"{_de_number(flat.rooms)} Zimmer", f"{_de_number(flat.size)} m²"]
    if flat.floor:
        facts.append(flat.floor)
    return facts


def _ww_card(flat: WWFlat) -> str:
    facts = _ww_facts(flat)
    keyfacts = '<div class="css-1i6s4o8">·</div>'.join(f'<div class="css-9u48bm">{f}</div>' for f in facts)
    tags = "".join(
        f'<div data-testid="cardmfe-tag-testid" class="css-1lqgj8k"><span class="css-15hvbls">{t}</span></div>'
        for t in flat.tags
    )
    tags_box = f'<div class="css-1wq0yo7">{tags}</div>' if tags else ""
    link_title = f"Wohnung zur Miete - Dresden - {_de_number(flat.price)} € - {', '.join(facts)}"
    pictures = "".join(
        f'<div class="css-1dbjc4n"><img src="https://mms.wohnwelt.de/{_hex(flat.id + str(n), 1)}/{_hex(flat.id + str(n), 1)}/{_hex(flat.id + str(n), 8)}-{_hex(flat.id + str(n) + "u", 4)}.jpg?ci_seal={_hex(flat.id + str(n) + "s", 10)}&amp;w=626&amp;h=470" alt="" loading="{"eager" if n == 0 else "lazy"}" class="css-8jplu7"></div>'
        for n in range(3)
    )
    return f"""
        <div id="classified-card-{flat.id}" data-testid="serp-core-classified-card-testid" class="css-79elbk">
          <div class="css-1jke4yk">
            <div data-testid="card-mfe-picture-box-gallery-test-id" class="css-hi3ryc">
              <div class="css-gbt8d4">{pictures}</div>
              <button type="button" class="css-1g2g43s" data-testid="card-mfe-bookmark-button"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M12 21l-1.5-1.3C5.4 15.4 2 12.3 2 8.5 2 5.4 4.4 3 7.5 3c1.7 0 3.4.8 4.5 2.1C13.1 3.8 14.8 3 16.5 3 19.6 3 22 5.4 22 8.5c0 3.8-3.4 6.9-8.5 11.2L12 21z"></path></svg></button>
            </div>
            <div class="css-gg4vpm">
              {tags_box}
              <div data-testid="cardmfe-price-testid" class="css-1aoe9e3"><div class="css-fpm9y">{_ww_price(flat)}</div><div class="css-1eh8gkf">Kaltmiete</div></div>
              <div class="css-1n0wsen">Wohnung zur Miete</div>
              <div data-testid="cardmfe-keyfacts-testid" class="css-9u48bm">{keyfacts}</div>
              <div data-testid="cardmfe-description-box-address" class="css-ee7g92">{esc(flat.district)}, Dresden ({flat.postcode})</div>
              <div data-testid="cardmfe-description-text-test-id" class="css-1lmyp4z"><div><hr class="css-10kfmz3"></div><div class="css-oyh1dq">{esc(flat.title)}</div></div>
              <div data-testid="cardmfe-provider-testid" class="css-yftoya"><span class="css-1bxtdr0">{esc(flat.agent)}</span></div>
            </div>
          </div>
          <a data-testid="card-mfe-covering-link-testid" href="/expose/{flat.id}" title="{esc(link_title)}" class="css-xt08q3"></a>
        </div>"""


def _ww_ad(slot: int) -> str:
    return f"""
        <div data-testid="serp-inline-ad" class="css-1r4cvc9"><div id="afscontainer{slot}" class="css-a7x9ed" data-ad-slot="serp_inline_{slot}"><span class="css-2gwnqt">Anzeige</span></div></div>"""


def _ww_json(flats: list[WWFlat]) -> str:
    data = {
        flat.id: {
            "id": flat.id,
            "url": f"/expose/{flat.id}",
            "hardFacts": {
                "title": "Wohnung zur Miete",
                "keyfacts": _ww_facts(flat),
                "price": {"value": f"{_de_number(flat.price)} €", "formatted": f"{_de_number(flat.price)} €"},
            },
            "location": {"address": {"city": "Dresden", "zipCode": flat.postcode, "district": flat.district}},
            "mainDescription": {"headline": flat.title},
            "provider": {"intermediaryCard": {"title": flat.agent}},
            "rawData": {
                "distributionType": "RENT",
                "propertyType": "APARTMENT",
                "price": float(flat.price),
                "nbroom": float(flat.rooms),
                "surface": {"main": float(flat.size)},
            },
        }
        for flat in flats
    }
    payload = {
        "data": {
            "classified-serp-init-data": {
                "pageProps": {"classifiedsData": data, "totalCount": WW_COUNT, "pageSize": WW_PER_PAGE}
            }
        }
    }
    return json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")


def _ww_pager(number: int, total: int) -> str:
    links = []
    for n in range(1, total + 1):
        current = ' aria-current="page"' if n == number else ""
        css = "css-1b8x8ml" if n == number else "css-19ws3ee"
        links.append(f'<li class="css-1xg0qyp"><a href="{esc(_ww_page_href(n))}" class="{css}"{current}>{n}</a></li>')
    prev_disabled = " disabled" if number == 1 else ""
    next_disabled = " disabled" if number == total else ""
    return f"""
      <nav data-testid="serp-core-pagination-testid" class="css-11e3svg">
        <ul class="css-1c0nfrm">
          <li class="css-1xg0qyp"><button type="button" data-testid="serp-core-pagination-button-prev" class="css-1whx6hy"{prev_disabled}><svg viewBox="0 0 24 24" width="16" height="16"><path d="M15.4 7.4L14 6l-6 6 6 6 1.4-1.4L10.8 12z"></path></svg></button></li>
          {"".join(links)}
          <li class="css-1xg0qyp"><button type="button" data-testid="serp-core-pagination-button-next" class="css-1whx6hy"{next_disabled}><svg viewBox="0 0 24 24" width="16" height="16"><path d="M8.6 16.6L10 18l6-6-6-6-1.4 1.4 4.6 4.6z"></path></svg></button></li>
        </ul>
      </nav>"""


def _ww_page(number: int, total: int, flats: list[WWFlat]) -> str:
    items = []
    for i, flat in enumerate(flats):
        items.append(_ww_card(flat))
        if i in (4, 19) and i < len(flats) - 1:
            items.append(_ww_ad(1 if i == 4 else 2))
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Wohnung mieten in Dresden - {WW_COUNT} Angebote | wohnwelt.de</title>
  <meta name="description" content="Wohnung mieten in Dresden: {WW_COUNT} aktuelle Mietwohnungen in Dresden finden Sie bei wohnwelt.de.">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="https://www.wohnwelt.de/liste/dresden/wohnungen/mieten{"" if number == 1 else f"?sp={number}"}">
  <link rel="preconnect" href="https://mms.wohnwelt.de">
  <style data-emotion="css 79elbk 1jke4yk hi3ryc gg4vpm 1aoe9e3 9u48bm ee7g92 xt08q3">.css-79elbk{{position:relative;border-radius:8px;overflow:hidden;box-shadow:0 1px 4px rgba(0,0,0,.12)}}.css-xt08q3{{position:absolute;inset:0;z-index:1}}.css-1aoe9e3{{display:flex;gap:8px;align-items:baseline;font-weight:700;font-size:20px}}.css-9u48bm{{display:flex;gap:4px}}</style>
  <script src="https://cdn.wohnwelt.de/ufrn/runtime.js" defer></script>
</head>
<body>
  <div id="usercentrics-root" data-testid="uc-banner">
    <div class="uc-banner" role="dialog" aria-label="Datenschutz-Einstellungen">
      <p>Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzererlebnis zu bieten, Inhalte zu personalisieren und Werbung auszuspielen. Mit „Alle akzeptieren“ stimmen Sie dem zu.</p>
      <button type="button" data-testid="uc-accept-all-button">Alle akzeptieren</button>
      <button type="button" data-testid="uc-deny-all-button">Ablehnen</button>
      <button type="button" data-testid="uc-more-button">Einstellungen</button>
    </div>
  </div>
  <header data-testid="aviv.header" class="css-1y0lfpj">
    <a href="/" class="css-1gbd5tc" aria-label="wohnwelt Startseite"><svg width="120" height="28" viewBox="0 0 120 28"><title>wohnwelt</title><rect width="120" height="28" rx="4"></rect></svg></a>
    <nav class="css-1x6zxy7">
      <a href="/suche/mieten" class="css-1wbz5ye">Mieten</a><a href="/suche/kaufen" class="css-1wbz5ye">Kaufen</a><a href="/immobilienbewertung" class="css-1wbz5ye">Immobilie bewerten</a><a href="/anbieten" class="css-1wbz5ye">Inserieren</a>
    </nav>
    <a href="/login" class="css-m1gumq">Anmelden</a>
  </header>
  <main data-testid="serp-core-main" class="css-1bkp1tt">
    <div class="css-1dplr6g">
      <nav aria-label="breadcrumb" class="css-1r9h9v5"><ol><li><a href="/">wohnwelt</a></li><li><a href="/liste/sachsen/wohnungen/mieten">Sachsen</a></li><li>Dresden</li></ol></nav>
      <h1 data-testid="serp-title" class="css-1ik7kjn">Wohnung mieten in Dresden</h1>
      <div class="css-4r6l1y"><span data-testid="serp-core-totalcount" class="css-n1ezz3">{WW_COUNT} Angebote</span>
        <label class="css-1ux4o9o">Sortieren nach <select name="order" data-testid="serp-sort-select"><option value="Default" selected>Empfehlungen</option><option value="DateDesc">Neueste zuerst</option><option value="PriceAsc">Preis aufsteigend</option><option value="PriceDesc">Preis absteigend</option></select></label>
        <button type="button" class="css-1m5q7zq" data-testid="serp-save-search">Suche speichern</button>
      </div>
    </div>
    <div data-testid="serp-gridcontainer-testid" class="css-1vr19r7">
      <div data-testid="serp-core-scrollablelistview-testid" class="css-1l2ksz4">{"".join(items)}
      </div>
      {_ww_pager(number, total)}
    </div>
    <section class="css-10g6z1y">
      <h2 class="css-1d3w5wq">Mietwohnungen in der Umgebung von Dresden</h2>
      <ul class="css-hj7vu1"><li><a href="/liste/radebeul/wohnungen/mieten">Wohnung mieten in Radebeul</a></li><li><a href="/liste/freital/wohnungen/mieten">Wohnung mieten in Freital</a></li><li><a href="/liste/pirna/wohnungen/mieten">Wohnung mieten in Pirna</a></li><li><a href="/liste/heidenau/wohnungen/mieten">Wohnung mieten in Heidenau</a></li></ul>
    </section>
  </main>
  <footer data-testid="aviv.footer" class="css-ih2vfb">
    <ul class="css-1r2f04i"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li><li><a href="#" data-testid="uc-footer-link">Cookie-Einstellungen</a></li></ul>
    <p class="css-8d5w2r">© 2025 wohnwelt GmbH – ein Unternehmen der AVIV Group</p>
  </footer>
  <script>window["__UFRN_FETCHER__"]={_ww_json(flats)};</script>
  <script>window.__UFRN_LIFECYCLE_SERVERREQUEST__={{"app_serp":{{"page":{number},"locale":"de-DE","brand":"wohnwelt"}}}};</script>
</body>
</html>
"""


@thirtieth_c
def build_wohnwelt() -> None:
    s = Site(
        "wohnwelt",
        kind="flat-rental search in German (immowelt on the aviv platform 2024–25: div#classified-card-<id>[data-testid=serp-core-classified-card-testid] cards of emotion css- classes, a three-picture gallery, 'Neu' / 'Neubau' / 'WBS erforderlich' tag chips on some, cardmfe-price-testid '689,50 €' + 'Kaltmiete', 'Wohnung zur Miete', cardmfe-keyfacts '2,5 Zimmer' · '54,3 m²' · '1. Geschoss' as div siblings with '·' divs, 'Striesen-West, Dresden (01309)', the headline in cardmfe-description-text, the provider, an empty covering a[data-testid=card-mfe-covering-link-testid] to /expose/<id> with the facts in its title; serp-inline-ad slots; a numbers-only pager (a '1' '2' '3' links, aria-current, icon-only buttons); __UFRN_FETCHER__ JSON of the page's classifieds)",
        start=WW_SEARCH.lstrip("/"),
        description=f"The search 'Wohnung mieten in Dresden' of a German property portal built like immowelt on the aviv platform (wohnwelt.de), {WW_SEARCH} then '&page=2' and '&page=3' ({WW_PER_PAGE} flats a page, {WW_COUNT} in all), as a logged-out visitor gets it in March 2025. The head (canonical to the SEO list URL /liste/dresden/wohnungen/mieten, an emotion style block), the Usercentrics consent banner (Alle akzeptieren / Ablehnen / Einstellungen), the aviv header (logo, Mieten / Kaufen / Immobilie bewerten / Inserieren, Anmelden), the breadcrumb, h1 'Wohnung mieten in Dresden', '{WW_COUNT} Angebote', the sort select and 'Suche speichern'. div[data-testid=serp-core-scrollablelistview-testid] of cards div#classified-card-<12 chars>[data-testid=serp-core-classified-card-testid] (hashed css- classes only): the gallery (three mms.wohnwelt.de pictures with ci_seal queries, a bookmark button), tag chips div[data-testid=cardmfe-tag-testid] ('Neu', 'Neubau', 'WBS erforderlich', 'Barrierefrei') on some, div[data-testid=cardmfe-price-testid] with the cold rent '689,50 €' or '1.240 €' (German separators, NBSP before €) and 'Kaltmiete', the estate type 'Wohnung zur Miete', div[data-testid=cardmfe-keyfacts-testid] of divs '2,5 Zimmer' · '54,3 m²' · '1. Geschoss' / 'EG' (no floor on some), div[data-testid=cardmfe-description-box-address] 'Striesen-West, Dresden (01309)', div[data-testid=cardmfe-description-text-test-id] with an hr and the headline ('Helle 3-Zimmer-Wohnung mit Balkon in Cotta'), the provider's name ('Privatanbieter' for private landlords), and after the card's content an empty a[data-testid=card-mfe-covering-link-testid][href=/expose/<id>] stretched over the card whose title says 'Wohnung zur Miete - Dresden - 689,50 € - 2,5 Zimmer, 54,3 m², 1. Geschoss'. Two div[data-testid=serp-inline-ad] 'Anzeige' slots in the list on full pages. The pager nav[data-testid=serp-core-pagination-testid] only numbers the pages: a links '1' '2' '3' (the current one aria-current=page) between icon-only prev / next buttons that carry no link and no text. Links to nearby towns, the footer, window.__UFRN_FETCHER__ with the page's classifieds (hardFacts, location, headline, provider, rawData price / rooms / surface) and a __UFRN_LIFECYCLE_SERVERREQUEST__ stub. 30 + 30 + 8 flats. Written down: title (the headline), url (/expose/<id>), price + currency (EUR, the cold rent), rooms, size_m2, floor (as shown, where shown), location (the address line), tags (where shown), agent (the provider).",
    )
    pages = chunks(WW_FLATS, [WW_PER_PAGE, WW_PER_PAGE, WW_COUNT - 2 * WW_PER_PAGE])
    for number, flats in enumerate(pages, 1):
        s.list_page(_ww_page_href(number).lstrip("/").replace("?", "@"), _ww_page(number, len(pages), flats))
    for flat in WW_FLATS:
        s.expect(
            {
                "title": flat.title,
                "url": f"/expose/{flat.id}",
                "price": float(flat.price),
                "currency": "EUR",
                "rooms": float(flat.rooms),
                "size_m2": float(flat.size),
                "floor": flat.floor,
                "location": f"{flat.district}, Dresden ({flat.postcode})",
                "tags": flat.tags or None,
                "agent": flat.agent,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTIETH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
