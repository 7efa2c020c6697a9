# ruff: noqa: E501
"""The mechanisms the second corpus wave asked for (issue #3), each on the smallest page showing it:
types Silver accepts, fragments of "load more" buttons, captions that are not captions, alternative
badges, logo alt texts, unclassed title links, mixed sibling spans, locale prices."""

from __future__ import annotations

from agents.heuristics.fragments import compounds, fit_fragments, looser
from agents.heuristics.typefit import fit_types
from pipeline.core.extract import extract_records, next_page_url
from pipeline.core.numbertext import parse_price
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from tests.unit.agents.conftest import spec_and_records

URL = "https://shop.example/list/"


def _page(cards: list[str], around: str = "{}") -> str:
    return f"<html><body><main><h1>Listing</h1>{around.format(''.join(cards))}</main></body></html>"


# --- types Silver accepts -------------------------------------------------------------------------


def test_a_field_whose_values_do_not_fit_its_type_is_read_as_text() -> None:
    spec = ScraperSpec(
        start_url=URL,
        record_selector="li",
        fields=(
            FieldSpec(name="title", type="title", selector="h2"),
            FieldSpec(name="available", type="date", selector="p"),
            FieldSpec(name="phone", type="url", selector="a", attribute="href"),
        ),
    )
    records: list[dict[str, object]] = [
        {"title": "A", "available": "2026-04-14T00:00:00+00:00", "phone": "https://x.example/a"},
        {"title": "B", "available": "Available now", "phone": "tel:0117"},
    ]
    notes: list[str] = []
    fitted = fit_types(spec, records, notes)
    assert [f.type for f in fitted.fields] == ["title", "text", "text"]
    assert len(notes) == 2 and "Available now" in notes[0]
    assert fit_types(fitted, records) is fitted  # nothing left to fit


def test_durations_under_a_time_class_are_not_dates_and_phone_links_are_no_field() -> None:
    card = (
        '<li class="post"><h2><a href="/p/{n}">Post number {n}</a></h2><p class="reading-time">{m} min read</p>'
        '<a class="call" href="tel:01179460{n}">Call</a></li>'
    )
    html = _page([card.format(n=n, m=n + 3) for n in range(1, 6)], "<ul class='posts'>{}</ul>")
    spec, records = spec_and_records(html, URL)
    by_name = {f.name: f for f in spec.fields}
    assert by_name["reading_time"].type != "date"
    assert records[0]["reading_time"] in ("4 min read", 4.0)
    assert not any(f.attribute == "href" and "call" in f.selector for f in spec.fields)


# --- "load more" fragments ------------------------------------------------------------------------


def test_selectors_are_loosened_from_the_left() -> None:
    assert compounds('main ol#e > li.x:has(> a[href="a b"])') == ["main", " ", "ol#e", ">", 'li.x:has(> a[href="a b"])']
    assert looser("main ol#e > li.x") == ["ol#e > li.x", "li.x"]
    assert looser("h2 + ul > li") == ["li"]  # "ul" is never cut from its heading
    assert compounds("a, b") is None and looser("a, b") == []


def test_a_fragment_of_records_is_read_with_a_looser_record_selector() -> None:
    item = '<li class="event"><h3 itemprop="name">{t}</h3><a href="/e/{n}">More</a></li>'
    button = '<li class="more"><button hx-get="/events/more/{n}/">Load more events</button></li>'
    first = _page(
        [item.format(t=f"Event {n}", n=n) for n in range(3)] + [button.format(n=2)], "<ol id='events'>{}</ol>"
    )
    fragment = "\n".join(item.format(t=f"Event {n}", n=n) for n in range(3, 6))
    spec = ScraperSpec(
        start_url=URL,
        record_selector="ol#events > li.event",
        fields=(FieldSpec(name="title", type="title", selector="h3"),),
        pagination=PaginationSpec(kind="next_link", next_selector="button[hx-get]", next_attribute="hx-get"),
    )
    assert extract_records(fragment, URL, spec) == []
    fitted = fit_fragments(spec, [(first, URL), (fragment, URL + "more/2/")])
    assert fitted is not None and fitted.record_selector == "li.event"
    assert [r["title"] for r in extract_records(fragment, URL, fitted)] == ["Event 3", "Event 4", "Event 5"]
    assert len(extract_records(first, URL, fitted)) == 3  # the first page reads the same
    assert fit_fragments(fitted, [(first, URL), (fragment, URL)]) is None  # nothing missed any more


def test_a_relative_load_more_url_resolves_against_the_first_page() -> None:
    spec = ScraperSpec(
        start_url="https://town.example/whats-on/",
        record_selector="li.event",
        fields=(FieldSpec(name="title", type="title", selector="h3"),),
        pagination=PaginationSpec(kind="next_link", next_selector="button[hx-get]", next_attribute="hx-get"),
    )
    first = '<ol><li class="event"><h3>A</h3></li><li><button hx-get="more/2/">Load more</button></li></ol>'
    fragment = '<li class="event"><h3>B</h3></li><li><button hx-get="more/3/">Load more</button></li>'
    assert next_page_url(first, spec.start_url, spec, page_number=1) == "https://town.example/whats-on/more/2/"
    later = next_page_url(fragment, "https://town.example/whats-on/more/2/", spec, page_number=2)
    assert later == "https://town.example/whats-on/more/3/"  # not …/more/2/more/3/
    linked = spec.model_copy(update={"pagination": PaginationSpec(kind="next_link", next_selector="a.next")})
    page = '<a class="next" href="page-3/">Next</a>'
    assert next_page_url(page, "https://town.example/p/page-2/", linked, page_number=2) == (
        "https://town.example/p/page-2/page-3/"  # a real link resolves against its own page
    )


# --- captions, badges, alt texts ------------------------------------------------------------------


def test_a_linked_category_before_the_title_is_not_its_caption() -> None:
    card = (
        '<li class="wp-block-post"><div class="taxonomy-category wp-block-post-terms"><a href="/category/{c}/">{C}</a></div>'
        '<h2 class="wp-block-post-title"><a href="/{n}/">A story about clay number {n}</a></h2></li>'
    )
    cats = ["glazes", "glazes", "travel", "glazes", "travel", "firing"]
    html = _page([card.format(c=c, C=c.title(), n=n) for n, c in enumerate(cats)], "<ul class='posts'>{}</ul>")
    spec, records = spec_and_records(html, URL)
    assert spec.field_names()[:2] == ["title", "url"]
    assert all(r["title"] for r in records) and records[2]["title"] == "A story about clay number 2"


def test_a_time_of_day_is_not_a_caption() -> None:
    card = (
        '<div class="thread"><a class="t" href="/t/{n}">Thread about printers {n}</a>'
        '<time datetime="2026-03-0{d}T0{h}:{n}9:00+0000">{when}</time></div>'
    )
    whens = ["Today at 7:19 AM", "Today at 7:57 AM", "Yesterday at 8:41 AM", "Mar 1, 2026", "Today at 9:09 AM"]
    html = _page([card.format(n=n, d=6 - n % 2, h=n + 1, when=w) for n, w in enumerate(whens)])
    spec, records = spec_and_records(html, URL)
    dates = [f for f in spec.fields if f.type == "date"]
    assert len(dates) == 1 and dates[0].attribute == "datetime"
    assert all(r[dates[0].name] for r in records)


def test_alternative_badges_are_one_field_and_a_logo_alt_names_the_agent() -> None:
    card = (
        '<article class="ad"><h2><a href="/ad/{n}">Flat number {n} to rent</a></h2><p class="price">£{p} pcm</p>'
        '<div class="meta">{badge}<img src="/logos/{a}.png" alt="{A}"></div></article>'
    )
    rows = [
        ('<span class="pro">Pro</span>', "hollis", "Hollis & Reed"),
        ('<span class="private">Private seller</span>', "avon", "Avon Key"),
        ('<span class="pro">Pro</span>', "cabot", "Cabot Residential"),
        ('<span class="pro">Pro</span>', "hollis", "Hollis & Reed"),
        ('<span class="private">Private seller</span>', "sion", "Sion Hill"),
    ]
    cards = [card.format(n=n, p=1000 + n * 50, badge=b, a=a, A=name) for n, (b, a, name) in enumerate(rows)]
    spec, records = spec_and_records(_page(cards), URL)
    values = {name: [r.get(name) for r in records] for name in spec.field_names()}
    assert ["Pro", "Private seller", "Pro", "Pro", "Private seller"] in values.values()
    assert ["Hollis & Reed", "Avon Key", "Cabot Residential", "Hollis & Reed", "Sion Hill"] in values.values()


def test_a_photo_alt_repeating_the_title_is_no_field() -> None:
    card = '<li class="p"><a href="/p/{n}"><img src="/i/{n}.jpg" alt="Copper pan {n}"><h2>Copper pan {n}</h2></a><span class="price">£{n}9.00</span></li>'
    spec, _ = spec_and_records(_page([card.format(n=n) for n in range(1, 6)], "<ul class='products'>{}</ul>"), URL)
    assert not any(f.attribute == "alt" for f in spec.fields)


# --- selectors and siblings -----------------------------------------------------------------------


def test_an_unclassed_title_link_after_an_optional_prefix_link_is_found() -> None:
    card = (
        '<div class="structItem"><div class="structItem-title">{prefix}'
        '<a href="/threads/t.{n}/" data-preview-url="/threads/t.{n}/preview">Thread title {n}</a></div>'
        '<dl class="pairs"><dt>Replies</dt><dd>{n}</dd></dl></div>'
    )
    prefix = '<a href="/forum/?prefix_id=3" class="labelLink"><span class="label">Help</span></a>'
    html = _page([card.format(n=n, prefix=prefix if n % 2 else "") for n in range(1, 8)])
    spec, records = spec_and_records(html, URL)
    assert spec.field_names()[:2] == ["title", "url"]
    assert [r["title"] for r in records] == [f"Thread title {n}" for n in range(1, 8)]
    assert spec.key_fields == ("url",)


def test_mixed_sibling_spans_are_fields_not_a_list() -> None:
    card = (
        '<article class="Box-row"><h2><a href="/o/r{n}">o / r{n}</a></h2><div class="f6">{lang}'
        '<span class="d-inline-block mr-3">Built by <a href="/u{n}"><img class="avatar" src="/a/{n}.png" alt="@u{n}"></a></span>'
        '<span class="d-inline-block float-sm-right"><svg class="octicon octicon-star"></svg> {today} stars today</span></div></article>'
    )
    lang = '<span class="d-inline-block ml-0 mr-3"><span class="repo-language-color"></span> <span itemprop="programmingLanguage">Go</span></span>'
    html = _page([card.format(n=n, lang=lang if n != 2 else "", today=100 + n) for n in range(1, 7)])
    spec, records = spec_and_records(html, URL)
    today = next(f.name for f in spec.fields if records[0].get(f.name) in ("101 stars today", 101.0))
    assert [records[i][today] for i in (1, 2)] in (["102 stars today", "103 stars today"], [102.0, 103.0])


def test_compact_counts_are_numbers_and_letter_avatars_are_no_field() -> None:
    card = (
        '<div class="row"><span class="avatar" role="img" aria-label="user{n}">U</span>'
        '<a class="title" href="/t/{n}">Topic number {n}</a><span class="views">{v}</span></div>'
    )
    html = _page([card.format(n=n, v=v) for n, v in enumerate(["842", "1.4K", "18.4K", "96", "2.3K"])])
    spec, records = spec_and_records(html, URL)
    views = next(f for f in spec.fields if f.name == "views")
    assert views.type == "number" and [r["views"] for r in records][:3] == [842.0, 1400.0, 18400.0]
    assert not any(r.get(f.name) == "U" for r in records for f in spec.fields)


def test_prices_with_dots_for_thousands() -> None:
    assert parse_price("1.249 €") == {"amount": 1249.0, "currency": "EUR"}
    assert parse_price("€ 12.500") == {"amount": 12500.0, "currency": "EUR"}
    assert parse_price("1.249,00 €") == {"amount": 1249.0, "currency": "EUR"}
    assert parse_price("$1.25") == {"amount": 1.25, "currency": "USD"}


def test_a_byline_is_read_without_its_by() -> None:
    card = (
        '<article class="story"><h3><a href="/news/{n}">Council approves riverside plan {n}</a></h3>'
        "<p>Residents will be consulted on the scheme again, officials said on Tuesday evening.</p>"
        '<span>By {a}</span> · <time datetime="2026-03-0{d}T10:00:00Z">2026-03-0{d}</time></article>'
    )
    authors = ["Ana Ruiz", "Tom Hale", "Li Wei", "Ana Ruiz", "Tom Hale"]
    spec, records = spec_and_records(_page([card.format(n=n, a=a, d=n + 1) for n, a in enumerate(authors)]), URL)
    assert "author" in spec.field_names()
    assert [r["author"] for r in records] == authors


def test_a_rank_before_the_name_in_a_heading_is_not_the_title_and_rows_keep_their_positions() -> None:
    card = (
        '<li class="biz"><div><h3><span>{n}.&nbsp;</span><a href="/biz/{s}">{name}</a></h3>'
        '<div><div aria-label="{r} star rating" role="img"></div><span>{r}</span><span>({c} reviews)</span></div>'
        '<div><span><a href="/c/{cat}">{cat}</a></span><span>•</span><span>{hood}</span></div></div></li>'
    )
    rows = [
        ("Tartine Bakery", "4.4", "8,921", "Bakeries", "Mission"),
        ("Zuni Café", "4.1", "4,302", "American", "Hayes"),
        ("La Taqueria", "4.3", "5,110", "Mexican", "Mission"),
        ("Swan Oyster Depot", "4.6", "6,001", "Seafood", "Polk"),
    ]
    cards = [card.format(n=i + 1, s=i, name=n, r=r, c=c, cat=cat, hood=h) for i, (n, r, c, cat, h) in enumerate(rows)]
    spec, records = spec_and_records(_page(cards, "<ul class='results'>{}</ul>"), URL)
    assert [r["title"] for r in records] == [row[0] for row in rows]
    by_value = {name: [r.get(name) for r in records] for name in spec.field_names()}
    assert [4.4, 4.1, 4.3, 4.6] in by_value.values()
    assert [8921.0, 4302.0, 5110.0, 6001.0] in by_value.values()  # "(8,921 reviews)": the count, named
    assert "reviews" in spec.field_names()


def test_an_old_price_marked_by_attributes_is_named_so() -> None:
    card = (
        '<div class="result"><h2><a href="/dp/{n}">Gadget number {n}</a></h2>'
        '<span class="a-price"><span aria-hidden="true">${p}</span></span>{old}</div>'
    )
    old = '<span class="a-price a-text-price" data-a-strike="true"><span aria-hidden="true">${w}</span></span>'
    rows = [(29.99, 35.99), (79.0, None), (89.99, 99.99), (149.99, None), (39.99, 49.99)]
    cards = [card.format(n=n, p=p, old=old.format(w=w) if w else "") for n, (p, w) in enumerate(rows)]
    spec, records = spec_and_records(_page(cards), URL)
    assert {"price", "old_price"} <= set(spec.field_names())
    assert [r["old_price"]["amount"] if r["old_price"] else None for r in records] == [w for _, w in rows]  # type: ignore[index]
    assert [r["price"]["amount"] for r in records] == [p for p, _ in rows]  # type: ignore[index]


# --- kinds without an open corpus analog: fixtures tables, phpBB rows, arXiv-like entries, HN --------


def test_match_rows_under_unclassed_day_rows_take_the_day_above() -> None:
    days = {
        "Saturday 7 March 2026": ["Riverside", "Castle Park", "St Jude's"],
        "Sunday 8 March 2026": ["Eastfield", "Northgate"],
    }
    rows = ""
    n = 0
    for day, homes in days.items():
        rows += f'<tr><td colspan="5">{day}</td></tr>'
        for home in homes:
            n += 1
            rows += (
                f'<tr><td class="ko">14:0{n}</td><td class="home"><a href="/team/{n}">{home}</a></td>'
                f'<td class="score"><a href="/match/{n}"><span class="hs">{n % 3}</span> – <span class="as">{n % 2}</span></a></td>'
                f'<td class="away"><a href="/team/a{n}">Away side {n}</a></td><td class="ground">Ground {n}</td></tr>'
            )
    html = f'<html><body><main><h1>Results</h1><table class="fixtures"><thead><tr><th>KO</th><th>Home</th><th>Score</th><th>Away</th><th>Ground</th></tr></thead><tbody>{rows}</tbody></table></main></body></html>'
    spec, records = spec_and_records(html, URL)
    assert len(records) == 5
    dates = next(f.name for f in spec.fields if f.scope == "preceding")
    assert [str(r[dates])[:10] for r in records] == ["2026-03-07"] * 3 + ["2026-03-08"] * 2
    assert [r["home"] for r in records] == ["Riverside", "Castle Park", "St Jude's", "Eastfield", "Northgate"]


def test_state_classes_of_rows_do_not_split_their_fields() -> None:
    states = ["topic_read", "topic_unread_hot", "topic_read", "topic_read_hot", "topic_read_locked", "sticky_unread"]
    row = (
        '<li class="row bg{b}"><dl class="row-item {state}"><dt><div class="list-inner">'
        '<a href="./viewtopic.php?t={n}" class="topictitle">Topic about pike number {n}</a><br>'
        '<div class="topic-poster">by <a href="./memberlist.php?u={n}" class="username">user{n}</a> &raquo; '
        '<time datetime="2026-03-0{d}T08:12:00+00:00">Wed Mar 0{d}, 2026 8:12 am</time></div></div></dt>'
        '<dd class="posts">{n}2 <dfn>Replies</dfn></dd><dd class="views">{n}40 <dfn>Views</dfn></dd></dl></li>'
    )
    rows = "".join(row.format(b=n % 2 + 1, state=s, n=n, d=n + 1) for n, s in enumerate(states))
    spec, records = spec_and_records(_page([f'<ul class="topiclist topics">{rows}</ul>']), URL)
    assert [r["title"] for r in records] == [f"Topic about pike number {n}" for n in range(6)]
    assert not any("topic_read" in f.selector for f in spec.fields)


def test_the_lines_of_an_entry_are_not_records_of_their_own() -> None:
    entry = (
        '<dt><a name="item{n}">[{n}]</a> <span class="list-identifier"><a href="/abs/2403.0{n}" title="Abstract">arXiv:2403.0{n}</a>'
        ' [<a href="/pdf/2403.0{n}" title="Download PDF">pdf</a>]</span></dt><dd><div class="meta">'
        '<div class="list-title mathjax"><span class="descriptor">Title:</span> Paper number {n} on learning</div>'
        '<div class="list-authors"><span class="descriptor">Authors:</span> {authors}</div>'
        '<div class="list-subjects"><span class="descriptor">Subjects:</span> Machine Learning (cs.LG)</div></div></dd>'
    )
    names = [["Jane Doe", "Richard Roe"], ["Ana Silva"], ["Wei Zhang", "Omar Haddad", "Lena Berg"], ["Tom Ng"]]
    items = "".join(
        entry.format(n=n, authors=", ".join(f'<a href="/a/{a.split()[1].lower()}">{a}</a>' for a in people))
        for n, people in enumerate(names)
    )
    spec, records = spec_and_records(
        f'<html><body><div id="dlpage"><h3>Mon, 4 Mar 2024</h3><dl>{items}</dl></div></body></html>', URL
    )
    assert spec.record_span == 2 and len(records) == 4
    assert [r["title"] for r in records] == [f"Paper number {n} on learning" for n in range(4)]
    authors = next(f.name for f in spec.fields if f.many)
    assert [r[authors] for r in records] == names  # "Authors:" names the whole run of links
    assert "pdf_url" in spec.field_names()


def test_sibling_links_are_told_apart_by_where_they_lead() -> None:
    stories = [(312, 120), (98, 34), (None, None), (455, 88), (201, 260)]
    rows = ""
    for i, (points, comments) in enumerate(stories):
        rows += f'<tr class="athing"><td class="title"><span class="titleline"><a href="https://site{i}.example/p/{i}">Story number {i} is here</a></span></td></tr>'
        if points is None:
            sub = f'<span class="age"><a href="item?id={i}">7 hours ago</a></span> | <a href="hide?id={i}&amp;goto=news">hide</a>'
        else:
            sub = (
                f'<span class="score">{points} points</span> by <a href="user?id=u{i}" class="hnuser">u{i}</a> '
                f'<span class="age"><a href="item?id={i}">{i + 2} hours ago</a></span> | '
                f'<a href="hide?id={i}&amp;goto=news">hide</a> | <a href="item?id={i}">{comments}&nbsp;comments</a>'
            )
        rows += f'<tr><td class="subtext"><span class="subline">{sub}</span></td></tr><tr class="spacer"></tr>'
    spec, records = spec_and_records(f"<html><body><table>{rows}</table></body></html>", URL)
    counts = next(name for name in spec.field_names() if [r.get(name) for r in records][:2] == [120.0, 34.0])
    assert [r[counts] for r in records] == [120.0, 34.0, None, 88.0, 260.0]
    assert records[0]["url"] == "https://site0.example/p/0"


def test_css_modules_classes_anchor_and_name_fields_without_their_hash() -> None:
    card = (
        '<div class="PropertyCard_card__VSRSA"><a class="PropertyCard_title__b8xp2" href="/properties/{n}">'
        '<h2 class="PropertyCard_type__2B7gq">{beds} bedroom house for sale</h2></a>'
        '<div class="PropertyPrice_box__5uQ3x">{qualifier}<div class="PropertyPrice_price__VL65t">£{price:,}</div></div>'
        '<div class="PropertyInfo_details__3sG9z"><span class="PropertyInfo_bedrooms__2xHh7">{beds}</span>'
        '<span class="PropertyInfo_bathrooms__7Vd2k">{baths}</span></div></div>'
    )
    rows = [(725000, "Offers over", 3, 1), (450000, None, 2, 1), (1100000, "Guide price", 4, 2), (335000, None, 1, 1)]
    cards = [
        card.format(
            n=n,
            price=p,
            beds=b,
            baths=ba,
            qualifier=f'<div class="PropertyPrice_qualifier__3kLm9">{q}</div>' if q else "",
        )
        for n, (p, q, b, ba) in enumerate(rows)
    ]
    spec, records = spec_and_records(_page(cards), URL)
    by_name = {f.name: f for f in spec.fields}
    assert by_name["price"].selector == 'div[class*="PropertyPrice_price__"]'
    assert [r["price"]["amount"] for r in records] == [p for p, *_ in rows]  # type: ignore[index]
    assert [r["qualifier"] for r in records] == [q for _, q, *_ in rows]
    assert [r["bedrooms"] for r in records] == [3.0, 2.0, 4.0, 1.0]
    assert not any("VL65t" in f.selector or "VSRSA" in f.selector for f in spec.fields)


def test_month_names_of_other_languages_are_read() -> None:
    from pipeline.core.datetext import parse_date

    assert parse_date("zaterdag 7 maart 2026") == "2026-03-07T00:00:00+00:00"
    assert parse_date("12 settembre 2026") == "2026-09-12T00:00:00+00:00"
    assert parse_date("3. März 2026") == "2026-03-03T00:00:00+00:00"
    assert parse_date("7 de marzo de 2026") == "2026-03-07T00:00:00+00:00"
    assert parse_date("set of 3") is None and parse_date("knife set 12 pieces") is None
