"""Thirty-second wave, part A: three list pages of three kinds on platforms the corpus did not copy yet — a Chinese
e-commerce search list built like JD.com's, a Drupal airport departures board that is one big table, and a Dutch
house-hunting search built like Funda's — copied from their real 2024–25 markup as a logged-out visitor gets it and
written before any heuristic was changed for them.

The brief's fourth candidate, a Bandcamp tag / discover page, is left out: two held-out sites copy Bandcamp pages
(an album page and a search). The corpus has one airport board (skyport-departures, a BEM list of one link per
flight on a European hub); the board here is another platform, a Drupal Views table. As elsewhere in the corpus, a
site's own links are written root-relative (the test server is the site's host).

* **jingpin-sou** — a search for '机械键盘' (mechanical keyboards) on 京品商城, a Chinese marketplace built like
  search.jd.com, ``/Search?keyword=…&enc=utf-8&wq=…&pvid=…``; the pager is JD's: ``a[href='javascript:;']`` with
  ``onclick="SEARCH.page(3, true)"`` — the page numbers are odd (each shown page is two half-pages of 30, the
  second half fetched on scroll), and the script ``/static/search.js`` turns the call into
  ``?keyword=…&enc=utf-8&qrst=1&rt=1&stop=1&vt=2&page=3&s=57&click=0``. ``div#J_goodsList > ul.gl-warp`` of
  ``li.gl-item[data-sku]`` cards: ``div.p-img`` link and lazy image, ``div.p-price > strong > em '￥' + i
  '1299.00'``, ``div.p-name.p-name-type-2 > a > em`` (the title with ``font.skcolor_ljg`` around the matched words
  机械 / 键盘) + ``i.promo-words`` (a slogan, on most), ``div.p-commit`` '<a>2万+</a>条评价', ``div.p-shop`` shop
  link, ``div.p-icons`` badges ('自营', '放心购', '券299-30', '秒杀', '新品', 'PLUS专享'), ``div.p-operate``
  (对比 / 关注 / 加入购物车). Ad items (``span.p-promo-flag`` '广告', ``data-ad`` attributes) are not records. The
  shell: the shortcut bar, the logo and search box with hot words, the category crumbs and filter selector
  (brand logos, 连接方式 / 轴体 / 价格 options), the sort bar with the mini pager '1/3', a right-hand 'Recommended'
  column (``div#J_promGoodsWrap``: not records), the 'Guess you like' strip and the footer. Each page is copied as
  served before scrolling: 30 slots, ads included; page=5 is the last and short. 28 + 28 + 13 goods. Written down:
  title (the em text, without the slogan), url, price, currency (CNY), comments (as shown: '2万+'), shop, badges.
* **kilbride-airport** — the departures board of a regional Irish airport on Drupal 10,
  ``/flight-information/departures`` (the current hours, 12:00–15:00) then ``?hours=15-18`` and ``?hours=18-21``
  ('Later flights' and a tab list of hour ranges). A Views table ``table.views-table.cols-7.flight-board`` with
  sortable header links (``?hours=…&order=…&sort=asc``): td.views-field-field-scheduled 'time' element, the flight
  link 'EI 3412' with a ``ul.flight-codeshares`` of 'AA 8041' / 'BA 5947' on codeshared flights, the destination
  'London Heathrow' + span.iata '(LHR)', the airline only as a logo ``img[alt]``, the check-in desks, the gate (a
  dash until it is given) and ``span.flight-status.flight-status--boarded`` 'Boarded' / 'Delayed 14:35' /
  'Cancelled' / 'Departed 12:07' / 'Gate Closed' / 'Go to Gate' / 'Check-in Open' / 'On Time'. A caption with the
  day ('Saturday 15 March 2025'), a 'Last updated 11:58' line, a car-park booking promo row block after the table,
  the search-by-flight form, the Drupal shell (header menus, alert banner, footer), the OneTrust banner. 16 + 17 +
  14 flights. Written down: date, time, flight, codeshares (where shown), destination, iata, airline, checkin,
  gate (where given), status, url.
* **woonkompas** — house-hunting search 'Utrecht, koop' on a Dutch portal built like Funda 2024–25 (Nuxt 3,
  Tailwind), ``/zoeken/koop?selected_area=%5B%22utrecht%22%5D`` then ``&search_result=2`` and ``&search_result=3``.
  ``div[data-test-id=search-result-item]`` cards: a photo link with label chips ('Nieuw', 'Onder bod', 'Verkocht
  onder voorbehoud', 'Open huis'), h2 with ``a[data-testid=listingDetailsAddress]`` around the street address and
  the postcode + city line '3572 BJ Utrecht', the price '€ 425.000 k.k.' / '€ 389.000 v.o.n.' (a hidden
  'Vraagprijs' before it) or 'Prijs op aanvraag', an icon list 'living area m²' / 'plot m²' (houses) / bedrooms /
  energy label chip, the makelaar link. Between results: an 'Advertentie' slot and a mortgage promo card. The
  filter sidebar with counts, 'Bewaar zoekopdracht', the sort select, the pager (numbers, 'Volgende', 'Vorige'),
  the Nuxt payload, the cookie wall. 15 + 15 + 9 homes. Written down: title (street address), url, postcode, city,
  price, currency (EUR), price_condition ('k.k.' / 'v.o.n.'), living_area, plot_area (where shown), bedrooms,
  energy_label (where shown), agent, label (where shown).

Run ``uv run python tests/sites/corpus/generate_thirtysecond_a.py`` to rebuild them (the helpers and the conventions
are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

THIRTYSECOND_A: dict[str, Callable[[], None]] = {}


def thirtysecond_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTYSECOND_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 16) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


# ---------------------------------------------------------------------------------------------------
# jingpin-sou: a JD.com-like search list, /Search?keyword=机械键盘&enc=utf-8…, JS pager over odd &page=N.
# ---------------------------------------------------------------------------------------------------

JP_KEYWORD = "机械键盘"
JP_Q = quote(JP_KEYWORD)
JP_PVID = "8d1c0b6f2a4e4b3c9e0a7f5d2c1b3a49"
JP_START = f"/Search?keyword={JP_Q}&enc=utf-8&wq={JP_Q}&pvid={JP_PVID}"
JP_BASE = f"keyword={JP_Q}&enc=utf-8&qrst=1&rt=1&stop=1&vt=2"
JP_MATCH = ("机械", "键盘")
#: slots per served half-page, and where the ad items sit on each page (slot index → ad row)
JP_SLOTS = [30, 30, 14]
JP_ADS = [{0: 0, 7: 1}, {0: 2, 12: 3}, {3: 4}]

#: title | price | comments | shop | badges (comma-separated)
JP_ROWS = """
罗技（G）G610 机械键盘 有线游戏键盘 104键 背光 吃鸡键盘 Cherry樱桃青轴|399.00|20万+|罗技京品自营官方旗舰店|自营,放心购,券299-30
达尔优（dareu）EK87 有线机械键盘 87键 游戏电竞办公 黑色 青轴|129.00|10万+|达尔优京品自营旗舰店|自营,秒杀
RK ROYAL KLUDGE R87 三模无线机械键盘 蓝牙2.4G有线 热插拔 客制化 白光茶轴|219.00|5万+|RK京品自营旗舰店|自营,新品
黑峡谷（Hyeku）Y5 三模机械键盘 凯华BOX轴 PBT键帽 108键 星河-冰淇淋轴|299.00|2万+|黑峡谷京品自营旗舰店|自营,放心购,满299-20
珂芝（KZZI）K75 三模无线机械键盘 Gasket结构 75%配列 热插拔 RGB 暮光-酒心轴|329.00|1万+|珂芝官方旗舰店|券300-30
腹灵（FL·ESPORTS）CMK87 三模机械键盘 PBT键帽 凯华BOX白轴 热插拔 冰川蓝|389.00|5000+|腹灵官方旗舰店|
狼蛛（AULA）F87 Pro 机械键盘 三模无线 Gasket 热插拔 灰木轴V3 浅灰|199.00|10万+|狼蛛京品自营旗舰店|自营,秒杀,券199-20
雷蛇（Razer）黑寡妇蜘蛛V4 机械键盘 RGB 游戏键盘 多功能媒体键 绿轴|899.00|2万+|雷蛇京品自营官方旗舰店|自营,放心购
赛睿（SteelSeries）Apex Pro TKL 2023 磁轴机械键盘 可调触发键程 电竞游戏键盘|1299.00|5000+|赛睿京品自营官方旗舰店|自营,放心购,PLUS专享
樱桃（CHERRY）MX3.0S 机械键盘 有线 游戏键盘 全尺寸 RGB 黑色 红轴|449.00|5万+|CHERRY京品自营旗舰店|自营,券400-40
杜伽（DURGOD）K320 机械键盘 87键 PBT键帽 Cherry樱桃轴 深空灰 茶轴|459.00|2万+|杜伽京品自营旗舰店|自营
ikbc C87 机械键盘 有线 办公键盘 樱桃轴 PBT键帽 灰色 红轴|269.00|20万+|ikbc京品自营旗舰店|自营,放心购
海盗船（USCORSAIR）K70 RGB PRO 机械键盘 有线 游戏电竞键盘 全尺寸 樱桃银轴|1049.00|1万+|美商海盗船京品自营官方旗舰店|自营
阿米洛（Varmilo）中国娘 VA87M 机械键盘 静电容轴 樱花粉轴 办公游戏|899.00|1万+|阿米洛官方旗舰店|放心购
京品京造 K8 三模机械键盘 热插拔 Gasket 客制化 侧刻 月白-奶咖轴|199.00|10万+|京品京造官方自营旗舰店|自营,新品,满199-20
新贵（Newmen）GM680 三模机械键盘 98配列 热插拔 TTC金粉轴V2 奶白|279.00|1万+|新贵京品自营旗舰店|自营
宁芝（NIZ）普拉姆 Plum 84 静电容键盘 机械手感 蓝牙双模 35g 程序员键盘|999.00|5000+|宁芝官方旗舰店|
洛斐（LOFREE）小翘 三模机械键盘 蓝牙无线 复古圆键帽 轻薄 茶轴|549.00|2000+|洛斐京品自营旗舰店|自营,新品
VGN V98Pro V2 三模机械键盘 Gasket 热插拔 客制化 98配列 冰淇淋Pro轴 蓝莓|289.00|5万+|VGN京品自营旗舰店|自营,秒杀
黑爵（AJAZZ）AK820 Pro 三模机械键盘 Gasket结构 带屏幕 热插拔 旭日轴|249.00|5万+|黑爵京品自营旗舰店|自营,券200-20
雷柏（Rapoo）V500PRO 有线背光机械键盘 104键 游戏电竞 黑色 青轴|89.00|50万+|雷柏京品自营旗舰店|自营,放心购
前行者（EWEADN）X87 机械键盘 有线 游戏电竞 混光 87键 黑色 红轴|59.90|20万+|前行者数码专营店|满59-5
惠普（HP）GK100 有线机械键盘 104键 混光 游戏办公 黑色 青轴|79.00|20万+|惠普外设京品自营旗舰店|自营
联想（Lenovo）拯救者K7 机械键盘 有线 RGB 游戏键盘 红轴|399.00|1万+|联想京品自营旗舰店|自营,放心购
罗技（G）PRO X TKL 无线机械键盘 LIGHTSPEED 87键 RGB GX茶轴 白色|1199.00|5000+|罗技京品自营官方旗舰店|自营,新品,PLUS专享
达尔优（dareu）A98 三模机械键盘 热插拔 Gasket 天空轴V4 98配列 深海蓝|359.00|2万+|达尔优京品自营旗舰店|自营
RK ROYAL KLUDGE RK61 蓝牙双模机械键盘 61键 迷你便携 白色 青轴|159.00|10万+|RK京品自营旗舰店|自营,秒杀
珂芝（KZZI）K98 三模机械键盘 热插拔 98配列 RGB 带旋钮 极夜-月影轴|269.00|5000+|珂芝官方旗舰店|
腹灵（FL·ESPORTS）MK750 三模无线机械键盘 Gasket 热插拔 侧刻 奶白 玉轴|279.00|1万+|腹灵官方旗舰店|券250-20
黑峡谷（Hyeku）X3 有线机械键盘 凯华BOX轴 87键 PBT 布丁键帽 白色 红轴|169.00|5万+|黑峡谷京品自营旗舰店|自营
狼蛛（AULA）S2022 有线机械键盘 104键 混光 游戏键盘 黑色 黑轴|99.00|20万+|狼蛛京品自营旗舰店|自营,放心购
雷蛇（Razer）猎魂光蛛V3 Pro 光轴机械键盘 有线 模拟光轴 RGB 全尺寸|1599.00|2000+|雷蛇京品自营官方旗舰店|自营
赛睿（SteelSeries）Apex 3 TKL 游戏键盘 防水 RGB 非机械轴 有线|349.00|1万+|赛睿京品自营官方旗舰店|自营
樱桃（CHERRY）KC200 MX 机械键盘 有线 办公键盘 104键 白色 青轴|299.00|2万+|CHERRY京品自营旗舰店|自营,放心购
杜伽（DURGOD）K330W 三模机械键盘 104键 Cherry轴 PBT 月光白 红轴|699.00|2000+|杜伽京品自营旗舰店|自营
ikbc W210 无线机械键盘 2.4G 108键 樱桃轴 办公 白色 茶轴|399.00|5万+|ikbc京品自营旗舰店|自营,券350-30
海盗船（USCORSAIR）K65 PLUS WIRELESS 三模机械键盘 75% 热插拔 MLX红轴|1099.00|1000+|美商海盗船京品自营官方旗舰店|自营,新品
阿米洛（Varmilo）迷你洛 MA87 机械键盘 无线双模 樱桃红轴 渔歌|899.00|2000+|阿米洛官方旗舰店|
京品京造 JZ990 机械键盘 有线 104键 凯华BOX轴 办公游戏 白色 红轴|149.00|5万+|京品京造官方自营旗舰店|自营,放心购
新贵（Newmen）GM326 有线机械键盘 87键 混光 游戏键盘 黑色 茶轴|129.00|2万+|新贵京品自营旗舰店|自营
VGN S99 三模机械键盘 铝坨坨 Gasket 热插拔 极光紫 冰淇淋轴|569.00|5000+|VGN京品自营旗舰店|自营,新品
黑爵（AJAZZ）AK680 MAX 磁轴机械键盘 有线 RT可调 68键 电竞键盘|199.00|2万+|黑爵京品自营旗舰店|自营,秒杀
雷柏（Rapoo）V700DIY 三模机械键盘 热插拔 98键 RGB 浅灰 茶轴|239.00|1万+|雷柏京品自营旗舰店|自营
前行者（EWEADN）X98 三模机械键盘 热插拔 98配列 带屏幕 奶白 冰刃轴|169.00|5万+|前行者数码专营店|券150-10
惠普（HP）K10G 有线机械键盘 87键 游戏电竞 RGB 黑色 红轴|99.00|10万+|惠普外设京品自营旗舰店|自营,放心购
联想（Lenovo）异能者 K301 三模机械键盘 办公 87键 白光 红轴|169.00|1万+|联想京品自营旗舰店|自营
罗技（G）G512 RGB 机械键盘 有线 游戏键盘 104键 GX茶轴|599.00|5万+|罗技京品自营官方旗舰店|自营,放心购
达尔优（dareu）EK815 有线机械键盘 108键 混光 键线分离 黑色 红轴|149.00|10万+|达尔优京品自营旗舰店|自营
RK ROYAL KLUDGE M75 三模机械键盘 Gasket 热插拔 带屏幕旋钮 天空轴V3|399.00|2万+|RK京品自营旗舰店|自营,券350-30
珂芝（KZZI）Z98 三模机械键盘 铝合金 Gasket 热插拔 98配列 雪青-凝雪轴|659.00|1000+|珂芝官方旗舰店|新品
腹灵（FL·ESPORTS）FL980 V2 三模机械键盘 热插拔 98配列 紫罗兰 冰淇淋轴|329.00|1万+|腹灵官方旗舰店|
黑峡谷（Hyeku）M3 有线机械键盘 104键 白光 办公 奶黄 黄轴|139.00|2万+|黑峡谷京品自营旗舰店|自营,满139-10
狼蛛（AULA）F75 三模机械键盘 Gasket 热插拔 75%配列 冰晶蓝 收割者轴|229.00|10万+|狼蛛京品自营旗舰店|自营,秒杀,放心购
雷蛇（Razer）黑寡妇蜘蛛V3 迷你版 无线机械键盘 65% 黄轴 RGB|999.00|5000+|雷蛇京品自营官方旗舰店|自营
樱桃（CHERRY）G80-3000 经典机械键盘 有线 104键 白色 青轴|479.00|2万+|CHERRY京品自营旗舰店|自营
ikbc Z200 Pro 机械键盘 有线 108键 樱桃轴 PBT 粉色 红轴|369.00|1万+|ikbc京品自营旗舰店|自营
海盗船（USCORSAIR）K55 RGB PRO 游戏键盘 有线 薄膜 防泼溅|299.00|2万+|美商海盗船京品自营官方旗舰店|自营
京品京造 K2 三模机械键盘 68键 Gasket 热插拔 薄荷绿 MX轴体|169.00|2万+|京品京造官方自营旗舰店|自营,券150-15
新贵（Newmen）GM610 三模机械键盘 108键 Gasket 热插拔 雪域白 奶茶轴|259.00|5000+|新贵京品自营旗舰店|自营
VGN N75 三模机械键盘 热插拔 75% Gasket 白光 冰淇淋Pro轴|229.00|1万+|VGN京品自营旗舰店|自营
黑爵（AJAZZ）AK992 三模机械键盘 99键 热插拔 Gasket 带屏幕 月白 星空轴|279.00|5000+|黑爵京品自营旗舰店|自营
雷柏（Rapoo）V807 三模机械键盘 PBT 热插拔 104键 白色 红轴|299.00|5000+|雷柏京品自营旗舰店|自营
前行者（EWEADN）V87 有线机械键盘 87键 白光 办公 奶白 青轴|69.00|5万+|前行者数码专营店|
惠普（HP）GK600F 机械键盘 有线 87键 混光 灰白 茶轴|119.00|5万+|惠普外设京品自营旗舰店|自营,满99-10
杜伽（DURGOD）金宵 K620W 三模机械键盘 104键 Cherry MX2A轴 白|799.00|1000+|杜伽京品自营旗舰店|自营,新品
洛斐（LOFREE）1%系列 FLOW 三模超薄机械键盘 84键 Gasket 幽灵轴|699.00|2000+|洛斐京品自营旗舰店|自营
阿米洛（Varmilo）MIYA Pro 机械键盘 68键 双模 熊猫 红轴|599.00|5000+|阿米洛官方旗舰店|券500-50
宁芝（NIZ）MICRO 82 静电容键盘 蓝牙有线双模 45g 办公键盘|1099.00|1000+|宁芝官方旗舰店|
联想（Lenovo）来酷 K7 三模机械键盘 热插拔 87键 浅灰 茶轴|139.00|2万+|联想京品自营旗舰店|自营,秒杀
"""

#: ads: title | price | comments | shop
JP_AD_ROWS = """
罗技（G）G913 TKL 无线机械键盘 LIGHTSPEED 超薄 RGB 87键 GL茶轴|1399.00|2万+|罗技京品自营官方旗舰店
达尔优（dareu）A87Pro 天空轴V4 三模机械键盘 热插拔 Gasket 极地白|299.00|5000+|达尔优京品自营旗舰店
雷蛇（Razer）黑寡妇蜘蛛V4 75% 三模机械键盘 热插拔 橙轴 白色|1499.00|1000+|雷蛇京品自营官方旗舰店
黑峡谷（Hyeku）Y5 Pro 三模机械键盘 凯华BOX轴 星河轴 冰川白|399.00|2000+|黑峡谷京品自营旗舰店
珂芝（KZZI）K75 Lite 三模机械键盘 热插拔 75%配列 晴空-酒心轴|229.00|5000+|珂芝官方旗舰店
"""

JP_SLOGANS = [
    "【限时直降】以旧换新至高补贴15%，三模连接一键切换",
    "热插拔轴座，支持三/五脚轴体，PBT双色注塑键帽",
    "【咨询客服领券】官方正品，两年质保",
    "Gasket结构柔软回弹，四层消音棉，敲击声更纯净",
    "",
    "电竞级响应，全键无冲，1000Hz回报率",
    "【新品上市】买就送定制键帽+拔键器",
    "",
]


class JPGood(NamedTuple):
    sku: int
    title: str
    price: str
    comments: str
    shop: str
    badges: list[str]
    slogan: str
    ad: bool

    @property
    def url(self) -> str:
        return f"/item/{self.sku}.html"

    @property
    def shop_id(self) -> int:
        return 1000000000 + _num(self.shop, 6)


def _jp_goods() -> tuple[list[JPGood], list[JPGood]]:
    goods = []
    for index, line in enumerate(JP_ROWS.strip().splitlines()):
        title, price, comments, shop, badges = line.split("|")
        goods.append(
            JPGood(
                sku=100012000000 + _num(title, 8),
                title=title,
                price=price,
                comments=comments,
                shop=shop,
                badges=[b for b in badges.split(",") if b],
                slogan=JP_SLOGANS[index % len(JP_SLOGANS)],
                ad=False,
            )
        )
    ads = []
    for index, line in enumerate(JP_AD_ROWS.strip().splitlines()):
        title, price, comments, shop = line.split("|")
        ads.append(
            JPGood(
                sku=100087000000 + _num(title, 8),
                title=title,
                price=price,
                comments=comments,
                shop=shop,
                badges=["自营"] if "自营" in shop else [],
                slogan=JP_SLOGANS[(index + 3) % len(JP_SLOGANS)],
                ad=True,
            )
        )
    return goods, ads


JP_GOODS, JP_AD_GOODS = _jp_goods()

JP_BADGE_TIPS = {
    "自营": ("goods-icons J-picon-tips J-picon-fix", "京品自营，品质保障"),
    "放心购": ("goods-icons4 J-picon-tips", "品质保障，放心选购"),
    "秒杀": ("goods-icons4 J-picon-tips", "正在参加秒杀活动"),
    "新品": ("goods-icons4 J-picon-tips", "近期上架的新品"),
    "PLUS专享": ("goods-icons2 J-picon-tips", "PLUS会员专享价"),
}


def _jp_highlight(title: str) -> str:
    text = esc(title)
    for word in JP_MATCH:
        text = text.replace(word, f'<font class="skcolor_ljg">{word}</font>')
    return text


def _jp_badge(badge: str) -> str:
    if badge.startswith(("券", "满")):
        return f'<i class="goods-icons4 J-picon-tips" style="border-color:#e23a3a;color:#e23a3a;" data-tips="本商品可领用优惠券">{esc(badge)}</i>'
    cls, tip = JP_BADGE_TIPS[badge]
    style = ' style="border-color:#4d88ff;color:#4d88ff;"' if cls.startswith("goods-icons4") else ""
    return f'<i class="{cls}" data-idx="1"{style} data-tips="{tip}">{esc(badge)}</i>'


def _jp_item(g: JPGood, page: int, position: int) -> str:
    log = f"searchlog(1,'{g.sku}',{position},2,'','flagsClk=1614807176')"
    img = f"//img{10 + _num(g.title, 1)}.360buyimg.com/n7/jfs/t1/{_num(g.title, 6)}/{_num(g.shop, 2)}/{_num(g.title + 'i', 5)}/{_num(g.title + 'k', 6)}/{_hex(g.title, 16)}N{_hex(g.shop, 8)}.jpg.avif"
    ad_attrs = f' data-ad="1" data-adtag="{_hex(g.title, 12)}"' if g.ad else ""
    flag = '<span class="p-promo-flag">广告</span>' if g.ad else ""
    selfware = "1" if "自营" in g.shop else "0"
    promo = (
        f'<i class="promo-words" id="J_AD_{g.sku}">{esc(g.slogan)}</i>'
        if g.slogan
        else f'<i class="promo-words" id="J_AD_{g.sku}"></i>'
    )
    badges = "".join(_jp_badge(b) for b in g.badges)
    price_i = f'<i data-price="{g.sku}">{g.price}</i>'
    return f"""
<li data-sku="{g.sku}" data-spu="{g.sku}" ware-type="10" class="gl-item"{ad_attrs}>
<div class="gl-i-wrap">
<div class="p-img">
<a target="_blank" title="{esc(g.slogan)}" href="{g.url}" onclick="{log}">
<img width="220" height="220" data-img="1" data-lazy-img="done" source-data-lazy-img="" src="{img}">
</a>
{flag}<div data-catid="{1105 if position % 3 else 1106}" data-venid="{_num(g.shop, 7)}" data-presale="0"></div>
</div>
<div class="p-price">
<strong class="J_{g.sku}" data-done="1"><em>￥</em>{price_i}</strong>
</div>
<div class="p-name p-name-type-2">
<a target="_blank" title="{esc(g.slogan)}" href="{g.url}" onclick="{log}">
<em>{_jp_highlight(g.title)}</em>
{promo}
</a>
</div>
<div class="p-commit">
<strong><a id="J_comment_{g.sku}" target="_blank" href="{g.url}#comment" onclick="{log}">{esc(g.comments)}</a>条评价</strong>
</div>
<div class="p-shop" data-dongdong="" data-selfware="{selfware}" data-score="5" data-reputation="9{_num(g.shop, 1)}" data-done="1">
<span class="J_im_icon"><a target="_blank" class="curr-shop hd-shopname" onclick="searchlog(1,'{g.shop_id}',0,58)" href="/shop/index-{g.shop_id}.html?from=pc" title="{esc(g.shop)}">{esc(g.shop)}</a><b class="im-01" style="background:url(//img14.360buyimg.com/uba/jfs/t26764/156/1270201452/1021/3d0c4a64/5bb2e4a5N6e2c8a83.png) no-repeat;" title="联系客服" onclick="searchlog(1,'{g.shop_id}',0,61)"></b></span>
</div>
<div class="p-icons" id="J_pro_{g.sku}" data-done="1">
{badges}
</div>
<div class="p-operate">
<a class="p-o-btn contrast J_contrast contrast" data-sku="{g.sku}" href="javascript:;" onclick="searchlog(1,'{g.sku}',{position},6,'','flagsClk=1614807176')"><i></i>对比</a>
<a class="p-o-btn focus  J_focus" data-sku="{g.sku}" href="javascript:;" onclick="searchlog(1,'{g.sku}',{position},5,'','flagsClk=1614807176')"><i></i>关注</a>
<a class="p-o-btn addcart" href="//cart.jd.com/gate.action?pid={g.sku}&amp;pcount=1&amp;ptype=1" target="_blank" onclick="searchlog(1,'{g.sku}',{position},4,'','flagsClk=1614807176')" data-limit="0"><i></i>加入购物车</a>
</div>
</div>
</li>"""


def _jp_page_number(shown: int) -> int:
    """JD numbers its half-pages: the shown page N is &page=2N-1."""
    return 2 * shown - 1


def _jp_href(shown: int) -> str:
    if shown == 1:
        return JP_START
    page = _jp_page_number(shown)
    return f"/Search?{JP_BASE}&page={page}&s={1 + (page - 1) * 27 + (page - 1)}&click=0"


def _jp_pager(shown: int, total: int) -> str:
    parts = []
    if shown == 1:
        parts.append('<a class="pn-prev disabled"><i>&lt;</i><em>上一页</em></a>')
    else:
        parts.append(
            f'<a class="pn-prev" onclick="SEARCH.page({_jp_page_number(shown - 1)})" href="javascript:;" title="使用方向键左键也可翻到上一页哦！"><i>&lt;</i><em>上一页</em></a>'
        )
    for n in range(1, total + 1):
        if n == shown:
            parts.append(f'<a href="javascript:;" class="curr">{n}</a>')
        else:
            parts.append(f'<a onclick="SEARCH.page({_jp_page_number(n)}, true)" href="javascript:;">{n}</a>')
    if shown < total:
        parts.append(
            f'<a class="pn-next" onclick="SEARCH.page({_jp_page_number(shown + 1)}, true)" href="javascript:;" title="使用方向键右键也可翻到下一页哦！"><em>下一页</em><i>&gt;</i></a>'
        )
    else:
        parts.append('<a class="pn-next disabled"><em>下一页</em><i>&gt;</i></a>')
    return (
        f'<div id="J_bottomPage" class="p-wrap"><span class="p-num">{"".join(parts)}</span>'
        f'<span class="p-skip"><em>共<b>{total}</b>页&nbsp;&nbsp;到第</em><input class="input-txt" type="text" value="{shown}" onkeydown="javascript:if(event.keyCode==13){{SEARCH.page_jump(true);return false;}}"><em>页</em><a class="btn btn-default" onclick="SEARCH.page_jump(true)" href="javascript:;">确定</a></span></div>'
    )


JP_BRANDS = [
    "罗技（G）",
    "雷蛇（Razer）",
    "达尔优（dareu）",
    "RK ROYAL KLUDGE",
    "黑峡谷（Hyeku）",
    "珂芝（KZZI）",
    "狼蛛（AULA）",
    "腹灵（FL·ESPORTS）",
    "VGN",
    "樱桃（CHERRY）",
    "ikbc",
    "黑爵（AJAZZ）",
    "海盗船（USCORSAIR）",
    "赛睿（SteelSeries）",
    "阿米洛（Varmilo）",
    "杜伽（DURGOD）",
]
JP_SEARCH_JS = r"""/* search.js v20250311 */
var SEARCH = window.SEARCH || {};
(function (S) {
  S.page = function (n, scroll) {
    var s = 1 + (n - 1) * 27 + (n - 1);
    var url = "?" + S.base_url + "&page=" + n + "&s=" + s + "&click=0";
    if (scroll) { window.scrollTo(0, 0); }
    window.location.href = url;
  };
  S.page_jump = function () {
    var v = parseInt(document.querySelector("#J_bottomPage .input-txt").value, 10);
    if (v > 0 && v <= S.adv_param.page_count) { S.page(2 * v - 1, true); }
  };
  S.loadScroll = function () {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "/s_new.php?" + S.base_url + "&page=" + (S.current_page + 1) + "&s=" + (S.current_page * 27 + 1) + "&scrolling=y&log_id=" + S.log_id + "&tpl=1_M&isList=0&show_items=" + S.show_items.join(","));
    xhr.send();
  };
})(SEARCH);
"""


def _jp_page(shown: int, total: int, slots: list[JPGood]) -> str:
    page = _jp_page_number(shown)
    items = "".join(_jp_item(g, page, i + 1) for i, g in enumerate(slots))
    brands = "".join(
        f'<li id="brand-{8551 + i * 7}" data-initial="{slug(b)[:1] or "j"}" style="display:block;"><a href="javascript:;" onclick="searchlog(1,{8551 + i * 7},{i},14)" title="{esc(b)}" rel="nofollow"><i></i><img src="//img30.360buyimg.com/popshop/jfs/t1/{_num(b, 5)}/brand.jpg" width="102" height="36">{esc(b)}</a></li>'
        for i, b in enumerate(JP_BRANDS)
    )
    prom = "".join(
        f'<li class="mc-item" data-sku="{g.sku}"><div class="p-img"><a href="{g.url}" target="_blank"><img width="160" height="160" src="//img12.360buyimg.com/n7/jfs/t1/{_num(g.title, 6)}/rec.jpg.avif"></a></div><div class="p-name"><a href="{g.url}" target="_blank" title="{esc(g.title)}">{esc(g.title[:24])}…</a></div><div class="p-price"><strong><em>￥</em><i>{g.price}</i></strong></div></li>'
        for g in (JP_GOODS[4], JP_GOODS[18], JP_GOODS[40])
    )
    guess = "".join(
        f'<li><a href="{g.url}" target="_blank"><img src="//img13.360buyimg.com/n1/jfs/t1/{_num(g.title, 6)}/g.jpg.avif" width="130" height="130"><span class="p-name">{esc(g.title[:20])}</span><span class="p-price">￥{g.price}</span></a></li>'
        for g in (JP_GOODS[2], JP_GOODS[27], JP_GOODS[50], JP_GOODS[61])
    )
    skus = ",".join(str(g.sku) for g in slots)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{JP_KEYWORD} - 商品搜索 - 京品</title>
<meta name="Keywords" content="{JP_KEYWORD},京品{JP_KEYWORD}">
<meta name="description" content="在京品中找到了约2.1万件{JP_KEYWORD}的类似商品，其中包含了“键盘”，“游戏键盘”等类型的{JP_KEYWORD}的商品。">
<link rel="dns-prefetch" href="//misc.360buyimg.com">
<link rel="stylesheet" type="text/css" href="//misc.360buyimg.com/??jdf/1.0.0/unit/ui-base/5.0.0/ui-base.css,jdf/1.0.0/unit/shortcut/5.0.0/shortcut.css,jdf/1.0.0/unit/global-header/5.0.0/global-header.css,jdf/1.0.0/unit/myjd/5.0.0/myjd.css">
<link rel="stylesheet" type="text/css" href="/static/search.20250311.css">
<script>var _SEARCH_LOG_ = {{"log_id":"1741678011.{_num(str(page), 5)}","pvid":"{JP_PVID}"}};</script>
<script src="//misc.360buyimg.com/jdf/lib/jquery-1.6.4.js"></script>
<script src="/static/search.js"></script>
</head>
<body>
<div id="shortcut-2014"><div class="w"><ul class="fl"><li class="dorpdown" id="ttbar-mycity"><div class="dt cw-icon ui-areamini-text-wrap"><i class="iconfont">&#xe608;</i><span class="ui-areamini-text" data-id="1" title="北京">北京</span></div></li></ul><ul class="fr"><li class="fore1" id="ttbar-login"><a href="javascript:login();" class="link-login">你好，请登录</a>&nbsp;&nbsp;<a href="javascript:regist();" class="link-regist style-red">免费注册</a></li><li class="spacer"></li><li class="fore2"><div class="dt"><a target="_blank" href="//order.jd.com/center/list.action">我的订单</a></div></li><li class="spacer"></li><li class="fore3 dorpdown" id="ttbar-myjd"><div class="dt cw-icon"><a target="_blank" href="//home.jd.com/">我的京品</a><i class="iconfont">&#xe605;</i></div></li><li class="spacer"></li><li class="fore4" id="ttbar-member"><div class="dt"><a target="_blank" href="//plus.jd.com/index">京品会员</a></div></li><li class="spacer"></li><li class="fore5" id="ttbar-ent"><div class="dt"><a target="_blank" href="//b.jd.com/">企业采购</a></div></li><li class="spacer"></li><li class="fore8 dorpdown" id="ttbar-navs"><div class="dt cw-icon">网站导航<i class="iconfont">&#xe605;</i></div></li></ul></div></div>
<div id="header-2013"><div class="w"><div id="logo-2014"><a href="/" class="logo">京品</a></div>
<div id="search-2014"><ul id="shelper" class="hide"></ul><div class="form"><input type="text" onkeydown="javascript:if(event.keyCode==13) search('key');" autocomplete="off" id="key" accesskey="s" class="text" value="{JP_KEYWORD}"><button onclick="search('key');return false;" class="button cw-icon"><i></i>搜索</button></div></div>
<div id="settleup-2014" class="dorpdown"><div class="cw-icon"><i class="ci-left"></i><i class="ci-right">&gt;</i><a target="_blank" href="//cart.jd.com/cart.action">我的购物车</a></div><i class="ci-count" id="shopping-amount">0</i></div>
<div id="hotwords"><a href="javascript:;" onclick="search_hotword('无线键盘')">无线键盘</a><a href="javascript:;" onclick="search_hotword('游戏鼠标')">游戏鼠标</a><a href="javascript:;" onclick="search_hotword('键帽')">键帽</a><a href="javascript:;" onclick="search_hotword('显示器')">显示器</a><a href="javascript:;" onclick="search_hotword('耳机')">耳机</a></div>
</div></div>
<div id="J_crumbsBar" class="crumbs-bar"><div class="crumbs-nav"><div class="crumbs-nav-main clearfix"><div class="crumbs-nav-item"><div class="crumbs-first"><a href="javascript:;" onclick="searchlog(1,0,0,40)">全部结果</a></div></div><i class="crumbs-arrow">&gt;</i><div class="crumbs-nav-item"><strong class="search-key">"{JP_KEYWORD}"</strong></div></div></div></div>
<div id="J_searchWrap" class="w">
<div id="J_container" class="container">
<div id="J_selector" class="selector">
<div class="J_selectorLine s-brand"><div class="sl-wrap"><div class="sl-key"><strong>品牌：</strong></div><div class="sl-value"><div class="sl-v-list"><ul class="J_valueList v-fixed">{brands}</ul></div></div><div class="sl-ext"><a class="sl-e-more J_extMore" href="javascript:;">更多<i></i></a><a class="sl-e-multiple J_extMultiple" href="javascript:;">多选<i></i></a></div></div></div>
<div class="J_selectorLine s-line"><div class="sl-wrap"><div class="sl-key"><span>连接方式：</span></div><div class="sl-value"><div class="sl-v-list"><ul class="J_valueList"><li><a href="javascript:;" rel="nofollow"><i></i>有线</a></li><li><a href="javascript:;" rel="nofollow"><i></i>三模</a></li><li><a href="javascript:;" rel="nofollow"><i></i>蓝牙</a></li><li><a href="javascript:;" rel="nofollow"><i></i>2.4G无线</a></li></ul></div></div></div></div>
<div class="J_selectorLine s-line"><div class="sl-wrap"><div class="sl-key"><span>轴体：</span></div><div class="sl-value"><div class="sl-v-list"><ul class="J_valueList"><li><a href="javascript:;" rel="nofollow"><i></i>青轴</a></li><li><a href="javascript:;" rel="nofollow"><i></i>红轴</a></li><li><a href="javascript:;" rel="nofollow"><i></i>茶轴</a></li><li><a href="javascript:;" rel="nofollow"><i></i>黑轴</a></li><li><a href="javascript:;" rel="nofollow"><i></i>磁轴</a></li></ul></div></div></div></div>
<div class="J_selectorLine s-line"><div class="sl-wrap"><div class="sl-key"><span>价格：</span></div><div class="sl-value"><div class="sl-v-list"><ul class="J_valueList"><li><a href="javascript:;" rel="nofollow"><i></i>0-99</a></li><li><a href="javascript:;" rel="nofollow"><i></i>100-299</a></li><li><a href="javascript:;" rel="nofollow"><i></i>300-599</a></li><li><a href="javascript:;" rel="nofollow"><i></i>600以上</a></li></ul></div></div></div></div>
</div>
<div id="J_filter" class="filter"><div class="f-line top"><div class="f-sort"><a href="javascript:;" class="curr">综合<i></i></a><a href="javascript:;" onclick="searchlog(1,0,0,47)">销量<i></i></a><a href="javascript:;" onclick="searchlog(1,0,0,48)">评论数<i></i></a><a href="javascript:;" onclick="searchlog(1,0,0,49)">新品<i></i></a><a href="javascript:;" onclick="searchlog(1,0,0,50)">价格<i></i></a></div>
<div class="f-price"><div class="f-price-set"><div class="fl"><input type="text" class="input-txt" autocomplete="off" style="color:#ccc" value="¥"></div><em>-</em><div class="fl"><input type="text" class="input-txt" autocomplete="off" style="color:#ccc" value="¥"></div></div></div>
<div id="J_topPage" class="f-pager"><span class="fp-text"><b>{shown}</b><em>/</em><i>{total}</i></span>{'<a class="fp-prev disabled" href="javascript:;">&lt;</a>' if shown == 1 else f'<a class="fp-prev" onclick="SEARCH.page({_jp_page_number(shown - 1)})" href="javascript:;">&lt;</a>'}{f'<a class="fp-next" onclick="SEARCH.page({_jp_page_number(shown + 1)})" href="javascript:;" title="使用方向键右键也可翻到下一页哦！">&gt;</a>' if shown < total else '<a class="fp-next disabled" href="javascript:;">&gt;</a>'}</div>
<div class="f-result-sum">共<span id="J_resCount" class="num">2.1万+</span>件商品</div></div>
<div class="f-line"><div class="f-store"><div class="fs-cell">配送至</div><div class="ui-area-wrap"><div class="ui-area-text-wrap"><div class="ui-area-text" title="北京朝阳区三环以内">北京朝阳区三环以内</div></div></div></div><div class="f-feature"><ul><li><a href="javascript:;"><i></i>京品物流</a></li><li><a href="javascript:;"><i></i>货到付款</a></li><li><a href="javascript:;"><i></i>仅显示有货</a></li><li><a href="javascript:;"><i></i>PLUS专享</a></li></ul></div></div></div>
<div id="J_goodsList" class="goods-list-v2 gl-type-1 J-goods-list">
<ul class="gl-warp clearfix" data-tpl="1">{items}
</ul>
<span class="clr"></span>
<div class="notice-loading-more"><span>正在加载中，请稍后~~</span></div>
</div>
<div class="page clearfix">{_jp_pager(shown, total)}</div>
<div id="J_promGoodsWrap_292" class="m-aside"><div class="m-aside-hd"><span class="ma-title">商品精选</span><span class="ma-ad">广告</span></div><ul class="mc">{prom}</ul></div>
</div>
<div id="J_guessLike" class="m guess-like"><div class="mt"><h3>猜你喜欢</h3><a href="javascript:;" class="change">换一批</a></div><div class="mc"><ul>{guess}</ul></div></div>
</div>
<div id="footer-2014"><div class="links"><a rel="nofollow" target="_blank" href="//about.jd.com/">关于我们</a>|<a rel="nofollow" target="_blank" href="//about.jd.com/contact/">联系我们</a>|<a rel="nofollow" target="_blank" href="//zhaopin.jd.com/">人才招聘</a>|<a rel="nofollow" target="_blank" href="//sale.jd.com/">商家入驻</a>|<a rel="nofollow" target="_blank" href="//help.jd.com/">帮助中心</a></div><div class="copyright">京公网安备 11000002000088号&nbsp;&nbsp;|&nbsp;&nbsp;京ICP证070359号&nbsp;&nbsp;|&nbsp;&nbsp;互联网药品信息服务资格证编号(京)-经营性-2014-0008<br>Copyright&copy;2004-2025&nbsp;&nbsp;京品JD.com&nbsp;版权所有</div></div>
<script>
SEARCH.base_url = '{JP_BASE}';
SEARCH.current_page = {page};
SEARCH.log_id = '1741678011.{_num(str(page), 5)}';
SEARCH.show_items = [{skus}];
SEARCH.adv_param = {{"page":"{page}","page_count":"{total}","psort":"","cid1":"","cid2":"","cid3":"","ev":"","ev_text":"","price":"","brand":""}};
SEARCH.init();
</script>
</body>
</html>
"""


@thirtysecond_a
def build_jingpin_sou() -> None:
    s = Site(
        "jingpin-sou",
        kind="marketplace search results in Chinese (JD.com search 2024–25: div#J_goodsList > ul.gl-warp of li.gl-item[data-sku] cards, div.p-price > strong > em '￥' + i '1299.00', div.p-name > a > em title with font.skcolor_ljg around the matched words + an i.promo-words slogan, div.p-commit '<a>2万+</a>条评价', div.p-shop link, div.p-icons badges '自营' / '放心购' / '券299-30', '广告' ad items among them, a 'Recommended' aside; JD's JavaScript pager: a[href='javascript:;'][onclick='SEARCH.page(3, true)'] over odd &page=N built by /static/search.js)",
        start=JP_START.lstrip("/"),
        description=f"A search for '{JP_KEYWORD}' on 京品商城, a Chinese marketplace built like search.jd.com (2024–25), {JP_START} then page 2 and 3 of the pager, whose links are JD's: a[href='javascript:;'] with onclick='SEARCH.page(3, true)' (the numbers are odd: each shown page is two half-pages of 30, the second half fetched on scroll from /s_new.php), and /static/search.js turns the call into ?{JP_BASE}&page=3&s=57&click=0 (page=5&s=113 for the third) from SEARCH.base_url, set in an inline script at the end of the page. The shell: the shortcut bar (北京, 你好，请登录, 我的订单…), the logo, the search box with the keyword and hot words (javascript: links), the crumbs bar, the J_selector filter lines (brand logos, 连接方式, 轴体, 价格 — javascript: links), the sort bar (综合 / 销量 / 评论数 / 新品 / 价格), the mini pager 'b 1 / i 3' with fp-prev / fp-next, '共2.1万+件商品', the delivery area and feature filters. div#J_goodsList.goods-list-v2 > ul.gl-warp of li.gl-item[data-sku][data-spu][ware-type=10]: div.p-img link (title = the slogan) with the 220px image and, on ads, span.p-promo-flag '广告' (the li also has data-ad / data-adtag); div.p-price > strong.J_<sku> > em '￥' + i[data-price] '1299.00'; div.p-name.p-name-type-2 > a > em with the title, 机械 and 键盘 wrapped in font.skcolor_ljg, + i.promo-words (the slogan, empty on a few); div.p-commit > strong > a '2万+' + '条评价'; div.p-shop > span.J_im_icon > a.curr-shop.hd-shopname + b.im-01 (联系客服); div.p-icons with i.goods-icons badges '自营' / '放心购' / '秒杀' / '新品' / 'PLUS专享' / coupon badges '券299-30' / '满199-20' (data-tips); div.p-operate 对比 / 关注 / 加入购物车. The bottom pager div#J_bottomPage (上一页, numbers, 下一页, '共3页 到第 页 确定'), the right-hand '商品精选' aside marked 广告 (three listed goods again: not records), '猜你喜欢' (four listed goods again: not records), the footer with the ICP lines. Each page is copied as served before scrolling: 30 slots (ads included), the last page 14. Ads (five '广告' items) are not records. 28 + 28 + 13 goods. Written down: title (the em text without the slogan), url (/item/<sku>.html), price, currency (CNY), comments (the count as shown: '2万+', '5000+'), shop, badges (the p-icons texts, where shown).",
    )
    pages = chunks(JP_GOODS, [n - len(ads) for n, ads in zip(JP_SLOTS, JP_ADS, strict=True)])
    for shown, (goods, ads) in enumerate(zip(pages, JP_ADS, strict=True), 1):
        slots = list(goods)
        for at, ad in sorted(ads.items()):
            slots.insert(at, JP_AD_GOODS[ad])
        path = _jp_href(shown).lstrip("/").replace("?", "@")
        s.list_page(path, _jp_page(shown, len(pages), slots))
    s.write("static/search.js", JP_SEARCH_JS)
    for g in JP_GOODS:
        s.expect(
            {
                "title": g.title,
                "url": g.url,
                "price": float(g.price),
                "currency": "CNY",
                "comments": g.comments,
                "shop": g.shop,
                "badges": g.badges or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kilbride-airport: a Drupal 10 departures board (one Views table a page), pages by hour range ?hours=N-M.
# ---------------------------------------------------------------------------------------------------

KA_BOARD = "/flight-information/departures"
KA_DAY = "2025-03-15"
KA_DAY_TEXT = "Saturday 15 March 2025"
KA_RANGES = [("12-15", "12:00–15:00"), ("15-18", "15:00–18:00"), ("18-21", "18:00–21:00")]
KA_EARLIER = [("06-09", "06:00–09:00"), ("09-12", "09:00–12:00")]

#: scheduled | flight | codeshares | destination | iata | airline code | check-in desks | gate | status
KA_ROWS = """
12:00|EI 3412|BA 5947|London Heathrow|LHR|EI|11–14|4|Departed 12:07
12:05|FR 9214||Lanzarote|ACE|FR|31–36|9|Departed 12:19
12:15|KL 1138|DL 9412,AF 8210,VS 6432|Amsterdam|AMS|KL|21–24|6|Boarded
12:25|FR 1992||Manchester|MAN|FR|31–36|11|Gate Closed
12:30|EI 764||Paris Charles de Gaulle|CDG|EI|11–14|3|Boarding
12:40|LH 1031|UA 8876,AC 9124|Frankfurt|FRA|LH|25–26|7|Boarding
12:50|FR 8316||Málaga|AGP|FR|31–36|10|Go to Gate
13:05|EI 3306|BA 5981|Edinburgh|EDI|EI|11–14|2|Go to Gate
13:10|FR 4423||Kraków|KRK|FR|31–36|12|Check-in Open
13:20|UA 69|LH 9480,AC 3921|Newark|EWR|UA|1–6|US2|Check-in Open
13:35|BA 4459|EI 8719,AA 6021|London City|LCY|BA|15–16|5|Delayed 14:35
13:45|EI 538|IB 5419|Faro|FAO|EI|11–14|1|Check-in Open
14:00|FR 7158||Barcelona|BCN|FR|31–36||On Time
14:15|LM 517||Glasgow|GLA|LM|17–18||Cancelled
14:30|EI 732|AA 8041,BA 5947|Lisbon|LIS|EI|11–14||On Time
14:50|FR 2871||Alicante|ALC|FR|31–36||On Time
15:00|VY 8723|IB 5612|Barcelona|BCN|VY|19–20||On Time
15:10|EI 3418|BA 5951|London Heathrow|LHR|EI|11–14||On Time
15:20|FR 3354||London Stansted|STN|FR|31–36||On Time
15:30|KL 1140|DL 9486,AF 8214|Amsterdam|AMS|KL|21–24||On Time
15:45|FR 6103||Tenerife South|TFS|FR|31–36||Delayed 16:30
15:55|EI 3210||Bristol|BRS|EI|11–14||On Time
16:05|FR 1288||Liverpool|LPL|FR|31–36||On Time
16:20|EI 542|IB 5433|Málaga|AGP|EI|11–14||On Time
16:30|W6 2318||Gdańsk|GDN|W6|27–28||On Time
16:45|LH 1035|UA 8878,AC 9130,SN 7012|Munich|MUC|LH|25–26||On Time
16:55|FR 5560||Palma de Mallorca|PMI|FR|31–36||On Time
17:05|EI 3330|BA 5983|Birmingham|BHX|EI|11–14||On Time
17:20|FR 9908||Milan Bergamo|BGY|FR|31–36||Cancelled
17:30|DL 113|KL 6021,VS 3510,AF 3640|Boston|BOS|DL|7–10||On Time
17:40|FR 2210||Wrocław|WRO|FR|31–36||On Time
17:50|EI 668|AA 8050|Rome Fiumicino|FCO|EI|11–14||On Time
17:55|LM 519||Glasgow|GLA|LM|17–18||On Time
18:05|FR 8170||Porto|OPO|FR|31–36||On Time
18:15|EI 3424|BA 5955|London Heathrow|LHR|EI|11–14||On Time
18:30|FR 3362||London Gatwick|LGW|FR|31–36||On Time
18:40|KL 1142|DL 9490|Amsterdam|AMS|KL|21–24||On Time
18:55|EI 3218||Manchester|MAN|EI|11–14||Delayed 19:40
19:05|FR 6401||Vilnius|VNO|FR|31–36||On Time
19:20|EI 546||Nice|NCE|EI|11–14||On Time
19:30|W6 2322||Katowice|KTW|W6|27–28||On Time
19:45|FR 1996||East Midlands|EMA|FR|31–36||On Time
20:00|EI 3342|BA 5993|Newcastle|NCL|EI|11–14||On Time
20:15|FR 4431||Budapest|BUD|FR|31–36||On Time
20:30|BA 4465|EI 8723|London City|LCY|BA|15–16||On Time
20:45|FR 9220||Bordeaux|BOD|FR|31–36||On Time
20:55|EI 3250||Jersey|JER|EI|11–14||Cancelled
"""

KA_AIRLINES = {
    "EI": "Aer Lingus",
    "EI3": "Aer Lingus Regional",
    "FR": "Ryanair",
    "KL": "KLM",
    "LH": "Lufthansa",
    "UA": "United Airlines",
    "BA": "British Airways",
    "LM": "Loganair",
    "VY": "Vueling",
    "W6": "Wizz Air",
    "DL": "Delta Air Lines",
}


class KAFlight(NamedTuple):
    time: str
    flight: str
    codeshares: list[str]
    destination: str
    iata: str
    code: str
    checkin: str
    gate: str
    status: str

    @property
    def airline_key(self) -> str:
        """Aer Lingus Regional flies the EI 3xxx numbers under its own logo."""
        return "EI3" if self.flight.startswith("EI 3") else self.code

    @property
    def airline(self) -> str:
        return KA_AIRLINES[self.airline_key]

    @property
    def url(self) -> str:
        return f"{KA_BOARD}/{self.flight.replace(' ', '').lower()}-{KA_DAY.replace('-', '')}"

    @property
    def state(self) -> str:
        return slug(self.status.split(" ")[0] if self.status[-1].isdigit() else self.status)


def _ka_flights() -> list[KAFlight]:
    out = []
    for line in KA_ROWS.strip().splitlines():
        time, flight, codeshares, destination, iata, code, checkin, gate, status = line.split("|")
        out.append(
            KAFlight(
                time, flight, [c for c in codeshares.split(",") if c], destination, iata, code, checkin, gate, status
            )
        )
    return out


KA_FLIGHTS = _ka_flights()


def _ka_href(number: int) -> str:
    return KA_BOARD if number == 1 else f"{KA_BOARD}?hours={KA_RANGES[number - 1][0]}"


def _ka_row(f: KAFlight, index: int) -> str:
    codeshares = (
        '<ul class="flight-codeshares" aria-label="Codeshare flights">'
        + "".join(f"<li>{esc(c)}</li>" for c in f.codeshares)
        + "</ul>"
        if f.codeshares
        else ""
    )
    gate = esc(f.gate) if f.gate else '<span class="flight-gate--pending" title="Gate not yet assigned">–</span>'
    logo = f.airline_key.lower()
    return f"""
<tr class="flight-row flight-row--{f.state}{" odd" if index % 2 == 0 else " even"}">
<td headers="view-field-scheduled-table-column" class="views-field views-field-field-scheduled"><time datetime="{KA_DAY}T{f.time}:00Z" class="datetime">{f.time}</time></td>
<td headers="view-title-table-column" class="views-field views-field-title"><a href="{f.url}" hreflang="en">{esc(f.flight)}</a>{codeshares}</td>
<td headers="view-field-destination-table-column" class="views-field views-field-field-destination">{esc(f.destination)} <span class="iata">({f.iata})</span></td>
<td headers="view-field-airline-table-column" class="views-field views-field-field-airline"><img loading="lazy" src="/sites/default/files/styles/airline_logo/public/airlines/{logo}.png?itok={_hex(logo, 8)}" width="90" height="24" alt="{esc(f.airline)}"></td>
<td headers="view-field-checkin-table-column" class="views-field views-field-field-checkin">{esc(f.checkin)}</td>
<td headers="view-field-gate-table-column" class="views-field views-field-field-gate">{gate}</td>
<td headers="view-field-status-table-column" class="views-field views-field-field-status"><span class="flight-status flight-status--{f.state}">{esc(f.status)}</span></td>
</tr>"""


KA_SORT_MARK = '<span class="tablesort tablesort--asc"><span class="visually-hidden">Sort descending</span></span>'


def _ka_head(number: int) -> str:
    hours = KA_RANGES[number - 1][0]
    cols = [
        ("field-scheduled", "field_scheduled", "Scheduled", True),
        ("title", "title", "Flight", True),
        ("field-destination", "field_destination", "To", True),
        ("field-airline", "field_airline", "Airline", True),
        ("field-checkin", "", "Check-in", False),
        ("field-gate", "", "Gate", False),
        ("field-status", "", "Status", False),
    ]
    cells = []
    for cid, order, label, sortable in cols:
        active = cid == "field-scheduled"
        if sortable:
            inner = f'<a href="?hours={hours}&amp;order={order}&amp;sort={"desc" if active else "asc"}" title="sort by {label}" rel="nofollow">{label}{KA_SORT_MARK if active else ""}</a>'
        else:
            inner = label
        sort = ' aria-sort="ascending"' if active else ""
        cells.append(
            f'<th id="view-{cid}-table-column" class="views-field views-field-{cid}{" is-active" if active else ""}" scope="col"{sort}>{inner}</th>'
        )
    return "<thead><tr>" + "".join(cells) + "</tr></thead>"


def _ka_tabs(number: int) -> str:
    items = [
        f'<li class="flight-board__hour"><a href="{KA_BOARD}?hours={key}" rel="nofollow">{label}</a></li>'
        for key, label in KA_EARLIER
    ]
    for n, (_key, label) in enumerate(KA_RANGES, 1):
        text = "Now" if n == 1 else label
        current = ' aria-current="page" class="is-active"' if n == number else ""
        items.append(f'<li class="flight-board__hour"><a href="{_ka_href(n)}"{current}>{text}</a></li>')
    items.append(f'<li class="flight-board__hour"><a href="{KA_BOARD}?day=tomorrow" rel="nofollow">Tomorrow</a></li>')
    return f'<nav class="flight-board__hours" aria-label="Departure times"><ul class="tabs tabs--secondary">{"".join(items)}</ul></nav>'


def _ka_page(number: int, total: int, flights: list[KAFlight]) -> str:
    key, label = KA_RANGES[number - 1]
    rows = "".join(_ka_row(f, i) for i, f in enumerate(flights))
    later = (
        f'<a href="{_ka_href(number + 1)}" class="button button--secondary flight-board__later">Later flights <span class="visually-hidden">({KA_RANGES[number][1]})</span></a>'
        if number < total
        else f'<p class="flight-board__end">No more departures today. <a href="{KA_BOARD}?day=tomorrow">See tomorrow&rsquo;s departures</a></p>'
    )
    dom_id = _hex(f"ka{number}", 64)
    canonical = f"https://www.kilbrideairport.ie{_ka_href(number)}"
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8">
<meta name="description" content="Live departures from Kilbride Airport: scheduled times, gates and flight status, updated every minute.">
<link rel="canonical" href="{canonical}">
<meta property="og:site_name" content="Kilbride Airport">
<meta property="og:title" content="Departures | Kilbride Airport">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="refresh" content="120">
<link rel="icon" href="/themes/custom/kilbride/favicon.ico" type="image/vnd.microsoft.icon">
<title>Departures {label} | Kilbride Airport</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{_hex("css" + key, 43)}.css?delta=0&amp;language=en&amp;theme=kilbride&amp;include=eJxtjEEK">
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"flight-information\\/departures","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en","currentQuery":{{{"" if number == 1 else f'"hours":"{key}"'}}}}},"pluralDelimiter":"\\u0003","ajaxPageState":{{"libraries":"eJxtjEEKwyAQRS_kxSOJ0UlFw","theme":"kilbride","theme_token":null}},"views":{{"ajax_path":"\\/views\\/ajax","ajaxViews":{{"views_dom_id:{dom_id}":{{"view_name":"flight_board","view_display_id":"departures","view_args":"","view_path":"\\/flight-information\\/departures","view_base_path":"flight-information\\/departures","view_dom_id":"{dom_id}","pager_element":0}}}}}},"user":{{"uid":0,"permissionsHash":"{_hex("perm", 64)}"}}}}</script>
<script src="/sites/default/files/js/js_{_hex("js" + key, 43)}.js?scope=header&amp;delta=0&amp;language=en&amp;theme=kilbride"></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="3f0b2c4e-71aa-4d0e-9a1c-6b2f8e5d4c21" data-document-language="true"></script>
</head>
<body class="path-flight-information page-node-type-landing">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<div class="region region-alerts"><div class="alert-banner alert-banner--info" role="status"><p><strong>Security screening:</strong> new scanners are in use — liquids up to 2 litres may stay in your bag. <a href="/travel-information/security">Security information</a></p></div></div>
<header class="site-header" role="banner">
<div class="site-header__top"><ul class="menu menu--utility"><li><a href="/about-us">About us</a></li><li><a href="/business">Business &amp; cargo</a></li><li><a href="/careers">Careers</a></li><li><a href="/ga">Gaeilge</a></li></ul></div>
<div class="site-header__main"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/kilbride/logo.svg" alt="Kilbride Airport home" width="190" height="48"></a>
<nav role="navigation" aria-labelledby="block-kilbride-main-menu-menu" id="block-kilbride-main-menu"><h2 class="visually-hidden" id="block-kilbride-main-menu-menu">Main navigation</h2>
<ul class="menu menu--main"><li class="menu-item menu-item--expanded menu-item--active-trail"><a href="/flight-information" data-drupal-link-system-path="node/12">Flights</a><ul class="menu"><li class="menu-item menu-item--active-trail"><a href="{KA_BOARD}" class="is-active" aria-current="page">Departures</a></li><li class="menu-item"><a href="/flight-information/arrivals">Arrivals</a></li><li class="menu-item"><a href="/flight-information/destinations">Destinations</a></li><li class="menu-item"><a href="/flight-information/airlines">Airlines</a></li></ul></li><li class="menu-item"><a href="/parking">Parking</a></li><li class="menu-item"><a href="/at-the-airport">At the airport</a></li><li class="menu-item"><a href="/getting-here">Getting here</a></li><li class="menu-item"><a href="/us-preclearance">US Preclearance</a></li></ul></nav>
<a href="/parking/book" class="button button--primary site-header__cta">Book parking</a></div>
</header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/flight-information">Flights</a></li><li>Departures</li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div data-drupal-messages-fallback class="hidden"></div>
<h1 class="page-title">Departures</h1>
<div class="flight-board__tools"><ul class="tabs tabs--primary"><li><a href="{KA_BOARD}" class="is-active">Departures</a></li><li><a href="/flight-information/arrivals">Arrivals</a></li></ul>
<form class="views-exposed-form flight-search" data-drupal-selector="views-exposed-form-flight-board-departures" action="{KA_BOARD}" method="get" id="views-exposed-form-flight-board-departures" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-textfield form-item-flight"><label for="edit-flight">Flight number or destination</label><input placeholder="e.g. EI 3412 or Amsterdam" data-drupal-selector="edit-flight" type="text" id="edit-flight" name="flight" value="" size="30" maxlength="128" class="form-text"></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit-flight-board" type="submit" id="edit-submit-flight-board" value="Search" class="button js-form-submit form-submit"></div></form>
</div>
{_ka_tabs(number)}
<div class="views-element-container"><div class="view view-flight-board view-id-flight_board view-display-id-departures js-view-dom-id-{dom_id}">
<div class="view-header"><h2 class="flight-board__day">{KA_DAY_TEXT}</h2><p class="flight-board__updated">Last updated <time datetime="{KA_DAY}T12:58:00Z">12:58</time>. Times are local. Please check with your airline for the latest information.</p></div>
<div class="view-content">
<div class="table-responsive"><table class="views-table views-view-table cols-7 flight-board flight-board--departures">
<caption>Departures {label}</caption>
{_ka_head(number)}
<tbody>{rows}
</tbody>
</table></div>
</div>
<div class="view-footer">{later}</div>
</div></div>
<div class="block block-block-content block-parking-promo"><div class="promo-card"><img src="/sites/default/files/2024-11/parking-promo.jpg" alt="" width="320" height="180" loading="lazy"><div class="promo-card__body"><h2>Park closer for less</h2><p>Book the Short Term car park online and save up to 50% on the gate price.</p><a href="/parking/book" class="button">Book parking</a></div></div>
<div class="promo-card"><div class="promo-card__body"><h2>Fast Track security</h2><p>From €6.99 per person, 05:00–20:00 daily.</p><a href="/at-the-airport/fast-track">Buy Fast Track</a></div></div></div>
</div>
</main>
<footer role="contentinfo" class="site-footer"><div class="site-footer__menus"><ul class="menu"><li><a href="/contact-us">Contact us</a></li><li><a href="/accessibility">Accessibility</a></li><li><a href="/lost-property">Lost property</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookie-policy">Cookies</a></li></ul></div><p class="site-footer__copy">&copy; 2025 Kilbride Airport DAC. Registered in Ireland no. 542118.</p></footer>
</div>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to run the flight board and to understand how the site is used. <a href="/cookie-policy">Cookie policy</a></p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div>
<script src="/sites/default/files/js/js_{_hex("jsf" + key, 43)}.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=kilbride"></script>
</body>
</html>
"""


@thirtysecond_a
def build_kilbride_airport() -> None:
    s = Site(
        "kilbride-airport",
        kind="airport departures board (Drupal 10 Views table 2024–25: one table.views-table.cols-7 per page, sortable header links, time element, flight link + ul.flight-codeshares, 'London Heathrow' + span.iata '(LHR)', the airline only as a logo img alt, check-in desks '11–14', the gate or a dash, span.flight-status 'Boarded' / 'Delayed 14:35' / 'Cancelled'; the day in an h2 above the table; pages by hour range: 'Now' / ?hours=15-18 / ?hours=18-21 tabs and a 'Later flights' button)",
        start=KA_BOARD.lstrip("/"),
        description=f"The departures board of Kilbride Airport, a regional Irish airport on Drupal 10 (a custom theme over Views), {KA_BOARD} (the current hours, 12:00–15:00) then ?hours=15-18 and ?hours=18-21, on {KA_DAY_TEXT} at 12:58. The head (canonical, drupalSettings JSON with the view's ajax settings, aggregated CSS / JS, a 120-second meta refresh, the OneTrust stub), an alert banner, the header (utility menu, logo, main menu with Departures active, 'Book parking'), breadcrumbs, h1 'Departures', Departures / Arrivals tabs and the exposed search form (flight number or destination). A tab list of hour ranges: 06:00–09:00 and 09:00–12:00 (earlier, rel=nofollow), 'Now', 15:00–18:00, 18:00–21:00, 'Tomorrow'. The view: a header with h2 '{KA_DAY_TEXT}' and 'Last updated 12:58. Times are local.', then div.table-responsive > table.views-table.views-view-table.cols-7.flight-board with a caption 'Departures 12:00–15:00', a thead of th.views-field (Scheduled, Flight, To, Airline as sort links ?hours=…&order=…&sort=asc|desc with rel=nofollow; Check-in, Gate, Status plain) and tr.flight-row.flight-row--<state> rows: td.views-field-field-scheduled > time[datetime] '12:00'; td.views-field-title > a '/flight-information/departures/ei3412-20250315' 'EI 3412' + ul.flight-codeshares[aria-label='Codeshare flights'] of li 'BA 5947' (on codeshared flights); td.views-field-field-destination 'London Heathrow ' + span.iata '(LHR)'; td.views-field-field-airline with only a logo img whose alt names the airline ('Aer Lingus', 'Aer Lingus Regional' on EI 3xxx, 'Ryanair', 'KLM'…); td check-in desks '11–14' (an en dash); td gate '4' / 'US2' or span.flight-gate--pending '–' with a title 'Gate not yet assigned'; td > span.flight-status.flight-status--<state> 'Departed 12:07' / 'Boarded' / 'Gate Closed' / 'Boarding' / 'Go to Gate' / 'Check-in Open' / 'On Time' / 'Delayed 14:35' / 'Cancelled'. The view footer: 'Later flights (15:00–18:00)' button on pages 1–2, 'No more departures today. See tomorrow's departures' on the last. Below: a parking promo and a Fast Track card, the footer, the OneTrust banner. 16 + 17 + 14 flights. Written down: date ({KA_DAY}, from the heading), time, flight, codeshares (where shown), destination, iata, airline (the logo's alt), checkin, gate (where given), status (as shown, with its time), url.",
    )
    pages = [
        [f for f in KA_FLIGHTS if f.time < "15:00"],
        [f for f in KA_FLIGHTS if "15:00" <= f.time < "18:00"],
        [f for f in KA_FLIGHTS if f.time >= "18:00"],
    ]
    for number, flights in enumerate(pages, 1):
        path = _ka_href(number).lstrip("/")
        path = path.replace("?", "@") if "?" in path else path + "/index.html"
        s.list_page(path, _ka_page(number, len(pages), flights))
    for f in KA_FLIGHTS:
        s.expect(
            {
                "date": KA_DAY,
                "time": f.time,
                "flight": f.flight,
                "codeshares": f.codeshares or None,
                "destination": f.destination,
                "iata": f.iata,
                "airline": f.airline,
                "checkin": f.checkin,
                "gate": f.gate or None,
                "status": f.status,
                "url": f.url,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# woonkompas: a Funda-like (2024–25, Nuxt 3 + Tailwind) house search, /zoeken/koop?selected_area=["utrecht"], &search_result=N.
# ---------------------------------------------------------------------------------------------------

WK_SEARCH = "/zoeken/koop?selected_area=%5B%22utrecht%22%5D"
WK_PER_PAGE = 15
WK_TOTAL = 1284

#: street | postcode | city | type | price (0 = on request) | condition | living m² | plot m² | bedrooms | energy label | agent | label
WK_ROWS = """
Biltstraat 112 A|3572 BJ|Utrecht|appartement|425000|k.k.|78||2|C|Van der Linden Makelaars|Nieuw
Amsterdamsestraatweg 287 bis|3551 CD|Utrecht|appartement|339000|k.k.|61||2|D|Domicilie Makelaars|
Kanaalweg 54|3526 KN|Utrecht|huis|795000|k.k.|142|118|4|A|Stadsmakelaars Utrecht|Onder bod
Oudegracht 211 C|3511 NH|Utrecht|appartement|549000|k.k.|84||2|E|Eerlijk Wonen Makelaardij|
Jutfaseweg 12 BS|3522 HB|Utrecht|appartement|289000|k.k.|52||1|B|Kuiper & Verhoef Makelaars|Nieuw
Laan van Chartroise 88|3552 EZ|Utrecht|huis|689000|k.k.|128|96|3|B|Van der Linden Makelaars|
Bouwnummer 14 (Wonen aan de Berlijnplein)|3541 CH|Utrecht|appartement|412500|v.o.n.|71||2|A+++|Leidsche Rijn Nieuwbouw Makelaars|
Weerdsingel O.Z. 37|3514 AC|Utrecht|huis|1250000|k.k.|196|142|5|C|Stadsmakelaars Utrecht|Open huis
Kardinaal de Jongweg 76|3523 TL|Utrecht|appartement|365000|k.k.|74||3|C|Domicilie Makelaars|Verkocht onder voorbehoud
Merelstraat 19|3514 CL|Utrecht|huis|575000|k.k.|98|64|3|D|Hoppenbrouwer Makelaars|Nieuw
Vleutenseweg 402 A|3532 HW|Utrecht|appartement|319000|k.k.|55||1|C|Eerlijk Wonen Makelaardij|
Maarssenbroeksedijk 3|3542 DN|Utrecht|huis|0||165|1840|4|F|Ruisch Makelaars|
Zuilenselaan 22 bis|3554 CK|Utrecht|appartement|298000|k.k.|48||1|D|Kuiper & Verhoef Makelaars|
Pijperring 118|3431 NB|De Meern|huis|535000|k.k.|122|135|4|A|Ruisch Makelaars|
Mauritsstraat 45|3583 HK|Utrecht|huis|985000|k.k.|163|112|4|B|Hoppenbrouwer Makelaars|Onder bod
Marnixlaan 201|3552 HE|Utrecht|appartement|359000|k.k.|67||2|C|Van der Linden Makelaars|
Bouwnummer 3 (Merwede Kanaalzone)|3522 KD|Utrecht|appartement|489000|v.o.n.|82||2|A++++|Leidsche Rijn Nieuwbouw Makelaars|Nieuw
Van Lieflandlaan 9|3571 AA|Utrecht|huis|745000|k.k.|139|187|5|C|Stadsmakelaars Utrecht|
Twijnstraat 38 A|3511 ZL|Utrecht|appartement|465000|k.k.|69||1|E|Eerlijk Wonen Makelaardij|
Hooft Graaflandstraat 61|3525 KS|Utrecht|huis|525000|k.k.|104|72|3|C|Domicilie Makelaars|
Rubenslaan 158|3582 JJ|Utrecht|appartement|399000|k.k.|82||2|D|Kuiper & Verhoef Makelaars|Open huis
Burgemeester Norbruislaan 50|3451 BM|De Meern|huis|615000|k.k.|134|241|4|B|Ruisch Makelaars|
Overste den Oudenlaan 14|3527 JE|Utrecht|appartement|349000|k.k.|63||2|C|Van der Linden Makelaars|Nieuw
Kromme Nieuwegracht 26|3512 HJ|Utrecht|huis|1450000|k.k.|221|98|5|E|Hoppenbrouwer Makelaars|
Columbuslaan 414|3526 EP|Utrecht|appartement|285000|k.k.|58||2|D|Domicilie Makelaars|
Europaplein 1093|3526 WS|Utrecht|appartement|375000|k.k.|66||2|A|Stadsmakelaars Utrecht|Onder bod
Albatrosstraat 7|3523 TH|Utrecht|huis|549000|k.k.|116|121|4|B|Eerlijk Wonen Makelaardij|
Cartesiusweg 155|3534 BD|Utrecht|appartement|335000|k.k.|57||1|A+|Kuiper & Verhoef Makelaars|
Prins Hendriklaan 90|3583 EN|Utrecht|huis|1095000|k.k.|187|166|5|C|Hoppenbrouwer Makelaars|Nieuw
Zandweg 148|3454 JV|De Meern|huis|875000|k.k.|176|612|4|D|Ruisch Makelaars|
Lombokplein 18 B|3531 KL|Utrecht|appartement|269000|k.k.|44||1|E|Van der Linden Makelaars|Verkocht onder voorbehoud
Bouwnummer 27 (Wonen aan de Berlijnplein)|3541 CH|Utrecht|appartement|374000|v.o.n.|64||2|A+++|Leidsche Rijn Nieuwbouw Makelaars|
Bilderdijkstraat 31|3532 VB|Utrecht|huis|649000|k.k.|112|58|3|D|Domicilie Makelaars|
Waterlinieweg 310|3585 RV|Utrecht|appartement|315000|k.k.|72||2|B|Stadsmakelaars Utrecht|
Nicolaasweg 142|3581 VS|Utrecht|huis|895000|k.k.|154|91|4|C|Hoppenbrouwer Makelaars|Open huis
Haarlemstraat 8|3551 CJ|Utrecht|huis|0||118|104|3|C|Eerlijk Wonen Makelaardij|
Tolsteegsingel 17 A|3582 AC|Utrecht|appartement|435000|k.k.|75||2||Kuiper & Verhoef Makelaars|
Griftstraat 66|3572 GC|Utrecht|huis|759000|k.k.|131|70|4|C|Van der Linden Makelaars|
Reykjavikplein 4|3543 KA|Utrecht|appartement|345000|k.k.|68||2|A|Ruisch Makelaars|Nieuw
"""

WK_LABEL_CLASSES = {
    "Nieuw": "bg-red-70 text-white",
    "Onder bod": "bg-orange-60 text-white",
    "Verkocht onder voorbehoud": "bg-orange-60 text-white",
    "Open huis": "bg-secondary-70 text-white",
}


class WKHome(NamedTuple):
    id: int
    street: str
    postcode: str
    city: str
    type: str
    price: int
    condition: str
    living: int
    plot: int | None
    bedrooms: int
    energy: str
    agent: str
    label: str

    @property
    def url(self) -> str:
        return f"/detail/koop/{slug(self.city)}/{self.type}-{slug(self.street)}/{self.id}/"

    @property
    def agent_url(self) -> str:
        return f"/makelaar/{20000 + _num(self.agent, 4)}-{slug(self.agent)}/"

    @property
    def price_text(self) -> str:
        if not self.price:
            return "Prijs op aanvraag"
        return f"€ {self.price:,}".replace(",", ".") + f" {self.condition}"


def _wk_homes() -> list[WKHome]:
    out = []
    for line in WK_ROWS.strip().splitlines():
        street, postcode, city, kind, price, cond, living, plot, beds, energy, agent, label = line.split("|")
        out.append(
            WKHome(
                id=43400000 + _num(street, 6),
                street=street,
                postcode=postcode,
                city=city,
                type=kind,
                price=int(price),
                condition=cond,
                living=int(living),
                plot=int(plot) if plot else None,
                bedrooms=int(beds),
                energy=energy,
                agent=agent,
                label=label,
            )
        )
    return out


WK_HOMES = _wk_homes()

WK_ICON_AREA = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" class="mr-1 shrink-0" fill="currentColor" aria-hidden="true"><path d="M3 3h7v2H5v5H3V3zm11 0h7v7h-2V5h-5V3zM3 14h2v5h5v2H3v-7zm16 5v-5h2v7h-7v-2h5z"/></svg>'
WK_ICON_PLOT = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" class="mr-1 shrink-0" fill="currentColor" aria-hidden="true"><path d="M4 4h16v16H4V4zm2 2v12h12V6H6zm2 2h8v8H8V8z"/></svg>'
WK_ICON_BED = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" class="mr-1 shrink-0" fill="currentColor" aria-hidden="true"><path d="M3 7h2v6h14a2 2 0 012 2v4h-2v-2H5v2H3V7zm5 1a2 2 0 110 4 2 2 0 010-4zm4 1h5a2 2 0 012 2v1h-7V9z"/></svg>'


def _wk_href(number: int) -> str:
    return WK_SEARCH if number == 1 else f"{WK_SEARCH}&search_result={number}"


def _wk_card(h: WKHome) -> str:
    image = f"/valentina_media/{_num(h.street, 3):03d}/{_num(h.street + 'm', 3):03d}/{_num(h.street + 'p', 3):03d}_360x240.jpg"
    labels = (
        f'<ul class="absolute left-2 top-2 flex flex-wrap gap-1"><li class="rounded-sm px-1 py-0.5 text-xs font-semibold {WK_LABEL_CLASSES[h.label]}">{esc(h.label)}</li></ul>'
        if h.label
        else ""
    )
    price = f'<span class="sr-only">Vraagprijs</span>{esc(h.price_text)}' if h.price else esc(h.price_text)
    facts = [f'<li class="flex items-center">{WK_ICON_AREA}<span>{h.living} m²</span></li>']
    if h.plot is not None:
        facts.append(f'<li class="ml-4 flex items-center">{WK_ICON_PLOT}<span>{h.plot} m²</span></li>')
    facts.append(f'<li class="ml-4 flex items-center">{WK_ICON_BED}<span>{h.bedrooms}</span></li>')
    if h.energy:
        energy_class = slug(h.energy.replace("+", "plus")) or "onbekend"
        facts.append(
            f'<li class="ml-4 flex items-center"><span class="inline-flex h-4 items-center rounded-sm px-1 text-xs font-bold text-white bg-energy-{energy_class}">{esc(h.energy)}</span></li>'
        )
    return f"""
<div class="border-b pb-3" data-test-id="search-result-item">
<div class="@container flex flex-col pt-3 sm:flex-row">
<div class="relative flex-shrink-0 sm:mr-4">
<a href="{h.url}" tabindex="-1" aria-hidden="true" class="block"><div class="relative aspect-[4/3] w-full overflow-hidden rounded sm:w-[180px]"><img src="https://cloud.woonkompas.nl{image}" srcset="https://cloud.woonkompas.nl{image} 1x, https://cloud.woonkompas.nl{image.replace("_360x240", "_720x480")} 2x" alt="" class="size-full object-cover" loading="lazy" width="180" height="120"></div></a>
{labels}
<button type="button" class="absolute right-2 top-2 rounded-full bg-white p-1" aria-label="Bewaar {esc(h.street)}"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M12 21l-1.4-1.3C5.4 15 2 12 2 8.5 2 5.4 4.4 3 7.5 3c1.7 0 3.4.8 4.5 2.1C13.1 3.8 14.8 3 16.5 3 19.6 3 22 5.4 22 8.5c0 3.5-3.4 6.5-8.6 11.2L12 21z" fill="none" stroke="currentColor" stroke-width="2"/></svg></button>
</div>
<div class="flex min-w-0 flex-1 flex-col">
<h2 data-test-id="street-name-house-number" class="mt-2 text-base font-semibold sm:mt-0"><a data-testid="listingDetailsAddress" href="{h.url}" class="text-secondary-70 visited:text-purple-80 hover:text-secondary-70-darken-1"><div class="flex font-semibold"><span class="truncate">{esc(h.street)}</span></div><div class="truncate text-neutral-80">{esc(h.postcode)} {esc(h.city)}</div></a></h2>
<div class="mt-2 font-semibold"><div class="truncate">{price}</div></div>
<ul class="mt-1 flex h-6 min-w-0 flex-wrap overflow-hidden text-sm text-neutral-80">{"".join(facts)}</ul>
<div class="mt-auto pt-2 text-xs"><a href="{h.agent_url}" class="text-secondary-70 hover:underline">{esc(h.agent)}</a></div>
</div>
</div>
</div>"""


WK_AD = '<div class="my-4" data-test-id="advertisement"><div class="mb-1 text-xs text-neutral-50">Advertentie</div><div id="div-gpt-ad-srp-{n}" class="min-h-[250px]" data-ad-unit="/21877445/woonkompas/zoeken/koop" data-sizes="[[728,90],[300,250]]"></div></div>'
WK_PROMO = '<div class="my-4 rounded bg-secondary-10 p-4" data-test-id="mortgage-promo"><h3 class="font-semibold">Wat kun je lenen?</h3><p class="text-sm">Bereken in 2 minuten je maximale hypotheek, gratis en vrijblijvend.</p><a href="/hypotheek/berekenen/?utm_source=srp" class="mt-2 inline-block rounded bg-secondary-70 px-3 py-1 text-white">Bereken je hypotheek</a></div>'


def _wk_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li><a href="{esc(_wk_href(number - 1))}" aria-label="Vorige pagina" class="flex h-8 items-center rounded px-2 text-secondary-70 hover:bg-secondary-10"><svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M15 18l-6-6 6-6" fill="none" stroke="currentColor" stroke-width="2"/></svg>Vorige</a></li>'
        )
    for n in range(1, total + 1):
        if n == number:
            items.append(
                f'<li><a href="{esc(_wk_href(n))}" aria-current="page" class="flex h-8 w-8 items-center justify-center rounded bg-secondary-70 font-semibold text-white">{n}</a></li>'
            )
        else:
            items.append(
                f'<li><a href="{esc(_wk_href(n))}" class="flex h-8 w-8 items-center justify-center rounded text-secondary-70 hover:bg-secondary-10">{n}</a></li>'
            )
    items.append('<li><span class="px-1 text-neutral-50">…</span></li>')
    items.append(
        f'<li><a href="{WK_SEARCH}&amp;search_result=86" class="flex h-8 w-8 items-center justify-center rounded text-secondary-70 hover:bg-secondary-10">86</a></li>'
    )
    if number < 86:
        items.append(
            f'<li><a href="{esc(_wk_href(number + 1))}" aria-label="Volgende pagina" class="flex h-8 items-center rounded px-2 text-secondary-70 hover:bg-secondary-10">Volgende<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M9 18l6-6-6-6" fill="none" stroke="currentColor" stroke-width="2"/></svg></a></li>'
        )
    return f'<nav aria-label="Paginering" class="mt-6"><ul class="flex items-center justify-center gap-2">{"".join(items)}</ul></nav>'


def _wk_facets() -> str:
    groups = [
        ("Prijs", []),
        ("Soort aanbod", [("Woonhuis", 612), ("Appartement", 672), ("Parkeergelegenheid", 41), ("Bouwgrond", 6)]),
        ("Beschikbaarheid", [("Beschikbaar", 1096), ("In onderhandeling", 188)]),
        ("Aantal slaapkamers", [("1+", 1284), ("2+", 1031), ("3+", 612), ("4+", 298), ("5+", 97)]),
        (
            "Energielabel",
            [("A+++++", 14), ("A en hoger", 402), ("B", 211), ("C", 297), ("D", 152), ("E en lager", 222)],
        ),
        (
            "Aangeboden sinds",
            [("Vandaag", 23), ("3 dagen", 61), ("5 dagen", 104), ("10 dagen", 198), ("30 dagen", 471)],
        ),
    ]
    out = []
    for title, options in groups:
        if not options:
            body = '<div class="flex gap-2"><select aria-label="Van" class="rounded border px-2 py-1"><option>€ 0</option><option>€ 200.000</option><option>€ 300.000</option></select><select aria-label="Tot" class="rounded border px-2 py-1"><option>Geen maximum</option><option>€ 500.000</option><option>€ 750.000</option></select></div>'
        else:
            body = "".join(
                f'<label class="flex items-center gap-2 py-1 text-sm"><input type="checkbox" class="rounded"> {esc(name)} <span class="text-neutral-50">({count})</span></label>'
                for name, count in options
            )
        out.append(
            f'<fieldset class="border-b py-4"><legend class="mb-2 font-semibold">{title}</legend>{body}</fieldset>'
        )
    return "".join(out)


def _wk_page(number: int, total: int, homes: list[WKHome]) -> str:
    cards = []
    for i, h in enumerate(homes):
        cards.append(_wk_card(h))
        if i == 4:
            cards.append(WK_AD.format(n=number * 10 + 1))
        if i == 9:
            cards.append(WK_PROMO)
    nuxt = json.dumps(
        [
            {"data": 1, "state": 2},
            {"searchResults": 3},
            {"area": "utrecht", "offeringType": "buy"},
            {"total": WK_TOTAL, "page": number, "ids": [h.id for h in homes]},
        ],
        separators=(",", ":"),
    )
    canonical = f"https://www.woonkompas.nl{_wk_href(number)}".replace("&", "&amp;")
    return f"""<!DOCTYPE html>
<html lang="nl" data-capo="">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Huizen te koop in Utrecht [{WK_TOTAL:,} resultaten] | Woonkompas</title>
<link rel="stylesheet" href="/_nuxt/entry.B7xK2fQa.css">
<link rel="stylesheet" href="/_nuxt/search.Cq81dMzE.css">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/Bk3nD0aQ.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/D9fQw1xL.js">
<link rel="canonical" href="{canonical}">
<meta name="description" content="Bekijk {WK_TOTAL:,} koopwoningen in Utrecht op Woonkompas. Vind jouw nieuwe huis, appartement of bouwgrond.">
<meta property="og:title" content="Huizen te koop in Utrecht">
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"page":{{"type":"search-results","offering_type":"koop","area":"utrecht","page_number":{number}}}}});</script>
</head>
<body class="bg-white text-neutral-100">
<div id="__nuxt"><div id="__layout">
<div class="fixed inset-0 z-50 flex items-end bg-black/50 sm:items-center" data-test-id="cookie-wall" role="dialog" aria-modal="true" aria-labelledby="cookie-title"><div class="mx-auto max-w-lg rounded-t bg-white p-6 sm:rounded"><h2 id="cookie-title" class="text-lg font-semibold">Woonkompas gebruikt cookies</h2><p class="mt-2 text-sm">We gebruiken cookies om de site te laten werken, het gebruik te meten en advertenties te tonen die bij je passen. <a href="/cookiebeleid/" class="text-secondary-70 underline">Cookiebeleid</a></p><div class="mt-4 flex gap-2"><button class="rounded border px-4 py-2">Instellingen</button><button class="rounded bg-secondary-70 px-4 py-2 text-white">Accepteren</button></div></div></div>
<header class="border-b bg-white"><div class="mx-auto flex h-16 max-w-7xl items-center px-4"><a href="/" class="mr-6" aria-label="Woonkompas home"><svg viewBox="0 0 120 32" width="120" height="32" aria-hidden="true"><path d="M4 16L16 4l12 12v12H4z" fill="#f7a100"/></svg></a>
<nav aria-label="Hoofdmenu" class="hidden md:block"><ul class="flex gap-6 text-sm font-semibold"><li><a href="/zoeken/koop/" aria-current="page">Kopen</a></li><li><a href="/zoeken/huur/">Huren</a></li><li><a href="/nieuwbouw/">Nieuwbouw</a></li><li><a href="/hypotheek/">Hypotheek</a></li><li><a href="/makelaar-zoeken/">Makelaar zoeken</a></li><li><a href="/business/">Woonkompas Business</a></li></ul></nav>
<div class="ml-auto flex items-center gap-4 text-sm"><a href="/mijn/bewaard/">Bewaard</a><a href="/account/login/?returnUrl=%2Fzoeken%2Fkoop" class="rounded border px-3 py-1">Inloggen</a></div></div></header>
<main class="mx-auto max-w-7xl px-4">
<div class="my-4 flex flex-wrap items-center gap-2"><div class="relative flex-1"><input type="search" aria-label="Zoek op plaats, buurt, adres of postcode" value="Utrecht" class="w-full rounded border px-3 py-2"></div><button class="rounded border px-3 py-2">+ 0 km</button><button class="rounded bg-secondary-70 px-4 py-2 text-white" data-test-id="save-search">Bewaar zoekopdracht</button></div>
<div class="flex gap-6">
<aside class="hidden w-64 shrink-0 lg:block" data-test-id="search-filters"><h2 class="sr-only">Filters</h2>{_wk_facets()}</aside>
<section class="min-w-0 flex-1">
<div class="mb-2 flex flex-wrap items-baseline justify-between gap-2"><h1 class="text-xl font-semibold">Koopwoningen Utrecht <span class="font-normal text-neutral-80">{WK_TOTAL:,} resultaten</span></h1>
<label class="text-sm">Sorteer op <select class="rounded border px-2 py-1"><option selected>Relevantie</option><option>Datum (nieuw-oud)</option><option>Prijs (laag-hoog)</option><option>Prijs (hoog-laag)</option><option>Woonoppervlakte (groot-klein)</option></select></label></div>
<div class="mb-4 flex gap-2 text-sm"><a href="{WK_SEARCH}" class="rounded-full bg-secondary-10 px-3 py-1 font-semibold">Lijst</a><a href="/zoeken/kaart/koop?selected_area=%5B%22utrecht%22%5D" class="rounded-full px-3 py-1">Kaart</a></div>
<div data-test-id="search-results" class="flex flex-col">{"".join(cards)}
</div>
{_wk_pager(number, total)}
<div class="mt-8 rounded bg-neutral-10 p-4 text-sm"><h2 class="font-semibold">Populaire zoekopdrachten in Utrecht</h2><ul class="mt-2 grid grid-cols-2 gap-1"><li><a href="/zoeken/koop?selected_area=%5B%22utrecht%2Fbinnenstad%22%5D">Huizen te koop Binnenstad</a></li><li><a href="/zoeken/koop?selected_area=%5B%22utrecht%2Fleidsche-rijn%22%5D">Huizen te koop Leidsche Rijn</a></li><li><a href="/zoeken/koop?selected_area=%5B%22utrecht%2Foost%22%5D">Huizen te koop Oost</a></li><li><a href="/zoeken/koop?selected_area=%5B%22utrecht%2Fzuilen%22%5D">Huizen te koop Zuilen</a></li></ul></div>
</section>
</div>
</main>
<footer class="mt-12 border-t bg-neutral-10"><div class="mx-auto grid max-w-7xl grid-cols-2 gap-6 px-4 py-8 text-sm md:grid-cols-4"><div><h3 class="font-semibold">Woonkompas</h3><ul><li><a href="/over/">Over Woonkompas</a></li><li><a href="/vacatures/">Vacatures</a></li><li><a href="/pers/">Pers</a></li></ul></div><div><h3 class="font-semibold">Service</h3><ul><li><a href="/klantenservice/">Klantenservice</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/cookiebeleid/">Cookies</a></li></ul></div><div><h3 class="font-semibold">Voor makelaars</h3><ul><li><a href="/business/adverteren/">Adverteren</a></li></ul></div><div><p>&copy; 2025 Woonkompas B.V.</p></div></div></footer>
</div></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{nuxt}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{apiBase:"https://api.woonkompas.nl",gtmId:"GTM-K7W2P3X"}},app:{{baseURL:"/",buildId:"b41c2e9d-7a0f-4c1b-9e38-2d5f1a6c0b77",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>
<script type="module" src="/_nuxt/Bk3nD0aQ.js" crossorigin></script>
</body>
</html>
"""


@thirtysecond_a
def build_woonkompas() -> None:
    s = Site(
        "woonkompas",
        kind="house-for-sale search in Dutch (Funda 2024–25: Nuxt 3 + Tailwind, div[data-test-id=search-result-item] cards, photo link with label chips 'Nieuw' / 'Onder bod' / 'Open huis', h2 > a[data-testid=listingDetailsAddress] holding the street address and '3572 BJ Utrecht', '€ 425.000 k.k.' / 'v.o.n.' after an sr-only 'Vraagprijs' or 'Prijs op aanvraag', icon-only facts list 'm²' / plot 'm²' / bedrooms / energy label chip, makelaar link; an ad slot and a mortgage promo between cards; a numbered pager 'Vorige' / 'Volgende' over &search_result=N)",
        start=WK_SEARCH.lstrip("/"),
        description=f"A house-hunting search 'Utrecht, koop' on Woonkompas, a Dutch portal built like Funda 2024–25 (Nuxt 3, Tailwind utility classes, data-test-id hooks), {WK_SEARCH} then &search_result=2 and &search_result=3 (of 86; the pager shows 1, 2, 3, …, 86). The head (title 'Huizen te koop in Utrecht [{WK_TOTAL:,} resultaten]', canonical, Nuxt CSS / module preloads, a dataLayer push), a cookie wall dialog, the header (Kopen / Huren / Nieuwbouw / Hypotheek / Makelaar zoeken, Bewaard, Inloggen), the search bar with 'Bewaar zoekopdracht', the filter sidebar (price selects, Soort aanbod / Beschikbaarheid / slaapkamers / Energielabel / Aangeboden sinds checkboxes with counts), h1 'Koopwoningen Utrecht {WK_TOTAL:,} resultaten', the sort select, Lijst / Kaart tabs. div[data-test-id=search-results] of div.border-b[data-test-id=search-result-item] cards: a photo link (tabindex -1, aria-hidden) with a lazy image and, on some, a label chip ul > li 'Nieuw' / 'Onder bod' / 'Verkocht onder voorbehoud' / 'Open huis'; a 'Bewaar <street>' heart button; h2[data-test-id=street-name-house-number] > a[data-testid=listingDetailsAddress] holding div > span.truncate 'Biltstraat 112 A' and div.truncate '3572 BJ Utrecht'; the price div 'span.sr-only Vraagprijs' + '€ 425.000 k.k.' (new builds 'v.o.n.') or 'Prijs op aanvraag'; ul of icon-only facts: svg + '78 m²' (living area), svg + '118 m²' (plot, houses only), svg + '2' (bedrooms), the energy label chip 'C' / 'A+++' (missing on one); the makelaar link /makelaar/<id>-<slug>/. After the fifth card an 'Advertentie' GPT slot, after the tenth a 'Wat kun je lenen?' mortgage promo (neither a record). nav[aria-label=Paginering] with 'Vorige' (from page 2), numbers with aria-current, '…', '86', 'Volgende' (aria-labels 'Vorige pagina' / 'Volgende pagina'). Popular searches, the footer, __NUXT_DATA__ (page number and listing ids) and the Nuxt config. 15 + 15 + 9 homes. Written down: title (the street address), url (/detail/koop/<city>/<type>-<slug>/<id>/), postcode, city, price (absent on 'Prijs op aanvraag'), currency (EUR, with a price), price_condition ('k.k.' / 'v.o.n.'), living_area, plot_area (where shown), bedrooms, energy_label (where shown), agent, label (where shown).",
    )
    pages = chunks(WK_HOMES, [WK_PER_PAGE, WK_PER_PAGE, len(WK_HOMES) - 2 * WK_PER_PAGE])
    for number, homes in enumerate(pages, 1):
        s.list_page(_wk_href(number).lstrip("/").replace("?", "@"), _wk_page(number, len(pages), homes))
    for h in WK_HOMES:
        s.expect(
            {
                "title": h.street,
                "url": h.url,
                "postcode": h.postcode,
                "city": h.city,
                "price": h.price or None,
                "currency": "EUR" if h.price else None,
                "price_condition": h.condition or None,
                "living_area": h.living,
                "plot_area": h.plot,
                "bedrooms": h.bedrooms,
                "energy_label": h.energy or None,
                "agent": h.agent,
                "label": h.label or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTYSECOND_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
