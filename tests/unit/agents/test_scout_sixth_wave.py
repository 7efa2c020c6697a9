# ruff: noqa: E501
"""The mechanisms the sixth corpus wave asked for (issue #3), each on the smallest page showing it:
an ad attribute every item carries with "false" on the regular ones, ad captions naming their
advertiser ("Ad by …"), a design system's own screen-reader class, a logo heading a block of values,
and table rows drawn as lazy skeletons until scrolled into view."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://list.example/items/"
NAMES = ["Harbour Lights", "North Wind", "Salt and Stone", "Paper Moons", "The Quiet Field", "Orchard Days"]


def test_an_ad_attribute_saying_false_marks_no_ad() -> None:
    # Old Reddit: every post has data-promoted, "false" but on the promoted one (also class "promoted").
    def thing(i: int, name: str, promoted: bool = False) -> str:
        return (
            f'<div class="thing link{" promoted" if promoted else ""}" data-promoted="{str(promoted).lower()}" data-score="{100 + i}">'
            f'<p class="title"><a class="title" href="/r/pics/comments/{i}/">{name}</a></p>'
            f'<p class="tagline">submitted by <a class="author" href="/user/u{i}">user{i}</a></p></div>'
        )

    cards = thing(99, "Meal kits from $2.99 a serving", promoted=True) + "".join(
        thing(i, n) for i, n in enumerate(NAMES)
    )
    _spec, records = spec_and_records(list_page(cards, '<div id="siteTable">{}</div>'), URL)
    assert [r["title"] for r in records] == NAMES


def test_ads_captioned_with_their_advertiser_are_left_out() -> None:
    # Etsy: "Ad by ShopName" where a regular card names its shop, in the same element.
    def card(i: int, name: str, shop: str, ad: bool = False) -> str:
        caption = f"Ad by {shop}" if ad else f'<span class="wt-screen-reader-only">From shop </span>{shop}'
        return (
            f'<li class="wt-list-unstyled"><div class="v2-listing-card"><a class="listing-link" href="/listing/{1000 + i}/x">'
            f'<h3 class="v2-listing-card__title">{name}</h3><p class="wt-text-caption shop-name">{caption}</p>'
            f'<p class="lc-price"><span class="currency-value">{20 + i}.00</span></p></a></div></li>'
        )

    cards = (
        card(90, "Sponsored Mug One", "AdShopOne", ad=True)
        + card(91, "Sponsored Mug Two", "AdShopTwo", ad=True)
        + "".join(card(i, n, f"Shop{i}") for i, n in enumerate(NAMES))
    )
    spec, records = spec_and_records(list_page(cards, '<ol class="wt-grid">{}</ol>'), URL)
    assert "Ad by" in spec.record_selector
    assert [r["title"] for r in records] == NAMES


def test_a_prefixed_screen_reader_class_is_no_part_of_the_value() -> None:
    # "wt-screen-reader-only" (Etsy's Web Toolkit), "u-sr-only": the words before the value are for
    # screen readers; the shop's name is what the card shows.
    shops = ["ClayAndKiln", "Lettered", "BlueHeron", "FernAndFungi", "Nordly", "PurrAndPour"]
    cards = "".join(
        f'<li class="card"><a class="link" href="/listing/{i}/x"><h3 class="title">{name}</h3></a>'
        f'<p class="caption shop"><span class="wt-screen-reader-only">From shop </span>{shop}</p>'
        f'<span class="price">${20 + i}.00</span></li>'
        for i, (name, shop) in enumerate(zip(NAMES, shops, strict=True))
    )
    _spec, records = spec_and_records(list_page(cards, '<ul class="grid">{}</ul>'), URL)
    assert [v for r in records for v in r.values() if v in shops] == shops


def test_a_logo_heading_a_name_and_a_symbol_does_not_split_them_per_record() -> None:
    # CoinMarketCap: the name cell is a link holding a div of the coin's logo (alt "BTC logo"),
    # the name and the symbol; another column has sibling divs told apart by their icons.
    coins = [
        ("Bitcoin", "BTC"),
        ("Ethereum", "ETH"),
        ("Solana", "SOL"),
        ("Cardano", "ADA"),
        ("Dogecoin", "DOGE"),
        ("Polkadot", "DOT"),
    ]
    rows = "".join(
        f'<tr><td><p>{i + 1}</p></td><td><a href="/currencies/{n.lower()}/" class="cmc-link"><div class="sc-1 dlQYLv">'
        f'<img class="coin-logo" src="/logos/{i}.png" alt="{s} logo"><div class="sc-2 gBWQi"><p class="coin-item-name">{n}</p>'
        f'<div class="sc-3"><p class="coin-item-symbol">{s}</p></div></div></div></a></td>'
        f"<td><span>${100 + i * 7:,.2f}</span></td>"
        f'<td><div class="sc-4"><div class="sc-5"><svg class="icon-clock" viewBox="0 0 8 8"><path d="M0 0h8"></path></svg>{i + 2}h</div>'
        f'<div class="sc-5"><svg class="icon-users" viewBox="0 0 8 8"><path d="M0 8h8"></path></svg>{i * 3 + 10}</div></div></td></tr>'
        for i, (n, s) in enumerate(coins)
    )
    _spec, records = spec_and_records(
        list_page(rows, '<main><table class="cmc-table"><tbody>{}</tbody></table></main>'), URL
    )
    assert [next(v for v in r.values() if v in dict(coins)) for r in records] == [n for n, _ in coins]
    assert [next(v for v in r.values() if v in dict(coins).values()) for r in records] == [s for _, s in coins]


def test_lazy_skeleton_rows_linking_like_the_records_are_records() -> None:
    # The lower rows of a long price table are skeletons until scrolled into view: name, symbol
    # and price only, in other markup, yet they link to the same kind of page as the full rows.
    full = [
        ("Bitcoin", "BTC"),
        ("Ethereum", "ETH"),
        ("Solana", "SOL"),
        ("Cardano", "ADA"),
        ("Dogecoin", "DOGE"),
        ("Polkadot", "DOT"),
    ]
    lazy = [("Toncoin", "TON"), ("Avalanche", "AVAX"), ("Chainlink", "LINK")]
    rows = "".join(
        f'<tr><td><span class="star"></span></td><td><p>{i + 1}</p></td><td><div><a href="/currencies/{n.lower()}/" class="cmc-link"><div>'
        f'<img src="/logos/{i}.png" alt=""><div><p class="coin-item-name">{n}</p><p class="coin-item-symbol">{s}</p></div></div></a></div></td>'
        f'<td><div><a href="/currencies/{n.lower()}/#markets"><span>${100 + i * 7:,.2f}</span></a></div></td>'
        f'<td><span class="up">{i + 0.5:.2f}%</span></td><td><p><span>${(i + 1) * 1000:,}</span></p></td>'
        f'<td><img class="spark" src="/spark/{i}.svg" alt="7d"></td></tr>'
        for i, (n, s) in enumerate(full)
    ) + "".join(
        f'<tr><td></td><td></td><td colspan="3"><a href="/currencies/{n.lower()}/" class="cmc-link"><span></span><span>{n}</span>'
        f'<span class="crypto-symbol">{s}</span></a></td><td><span>${10 + i:,.2f}</span></td><td></td><td></td></tr>'
        for i, (n, s) in enumerate(lazy)
    )
    table = '<main><table class="cmc-table"><thead><tr><th>#</th><th>Name</th><th>Price</th></tr></thead><tbody>{}</tbody></table></main>'
    _spec, records = spec_and_records(list_page(rows, table), URL)
    assert len(records) == len(full) + len(lazy)
    names = [n for n, _ in full + lazy]
    assert [next((v for v in r.values() if v in names), None) for r in records] == names
