"""Compound texts the catalogue (``test_compound_text_catalogue``) showed unread: a fact of a line
that is itself two values ("4.6 (1,203) · $$ · Italian", "… · Penguin, 2019"), an unspaced "・"
between values of two kinds ("山田太郎・2025年3月12日"), ages in Japanese, Chinese and Korean ("3日前"),
counts with their own words ("24 replies · 1.2k views"), "12 Mar. 2021" taken for a citation,
and "Name (Year)" beside the record's name."""

from __future__ import annotations

from datetime import timedelta

from agents.heuristics import values
from agents.heuristics.identifiers import citation_cuts
from agents.heuristics.partkinds import kind_of
from agents.heuristics.phrases import fixed_lead
from agents.heuristics.unitparts import are_distinct_measures
from pipeline.core.relativedates import age_of
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://list.example/search/"
NAMES = ["Notewise", "Pixelmint", "Loopback", "Fathom Deck", "Quillbox", "Stackpilot", "Tidy Tabs", "Murmur"]


def _records(texts: list[str], cls: str = "meta") -> tuple[list[tuple[str | None, str | None, int]], list[dict]]:
    cards = "".join(
        f'<li class="card"><h3 class="name"><a href="/p/{i}">{NAMES[i]}</a></h3><div class="{cls}">{text}</div></li>'
        for i, text in enumerate(texts)
    )
    spec, records = spec_and_records(list_page(f'<ul class="cards">{cards}</ul>'), URL)
    cuts = [(f.text_after, f.text_before, f.text_after_skip) for f in spec.fields if f.selector.endswith(cls)]
    return cuts, records


def _column(records: list[dict], wanted: list[object]) -> bool:
    """Whether some column of ``records`` holds exactly ``wanted``."""
    return any([r.get(key) for r in records] == wanted for key in records[0])


# --- a fact of two values inside a line of facts -------------------------------------------------


def test_a_score_and_its_count_in_the_first_fact_are_cut_out_of_the_whole_line() -> None:
    ratings, counts = [4.6, 4.2, 3.9, 4.8, 4.1, 4.4], [1203, 87, 456, 2310, 34, 789]
    kinds = ["Italian", "Thai", "Greek", "Thai", "Korean", "Greek"]
    levels = ["$$", "$", "$$$"] * 2
    texts = [f"{r} ({c:,}) · {p} · {k}" for r, c, p, k in zip(ratings, counts, levels, kinds, strict=True)]
    cuts, records = _records(texts)
    assert (None, "(", 0) in cuts and ("(", ")", 0) in cuts  # read out of the whole line, not of its first fact
    assert _column(records, ratings) and _column(records, counts) and _column(records, kinds)


def test_a_maker_and_year_at_the_end_of_a_line_are_cut_after_the_line() -> None:
    publishers = ["Penguin", "Vintage", "Faber", "Picador", "Granta", "Canongate"]
    years = [2019, 2021, 2017, 2022, 2018, 2020]
    pages = [352, 288, 416, 192, 504, 240]
    texts = [
        f"{f} · {p} pages · {pub}, {y}"
        for f, p, pub, y in zip(["Hardcover", "Paperback"] * 3, pages, publishers, years, strict=True)
    ]
    cuts, records = _records(texts, cls="product-info")
    assert ("·", ", ", 1) in cuts
    assert _column(records, publishers) and _column(records, years) and _column(records, ["Hardcover", "Paperback"] * 3)


def test_a_fact_with_a_bracketed_aside_of_the_same_kind_stays_whole() -> None:
    powers = [110, 85, 140, 150, 66, 96]
    texts = [f"EZ 03/20{i + 10} • {kw} kW ({round(kw * 1.36)} PS) • Diesel" for i, kw in enumerate(powers)]
    _cuts, records = _records(texts, cls="vehicle-data")
    assert _column(records, [f"{kw} kW ({round(kw * 1.36)} PS)" for kw in powers])


# --- an unspaced "・" --------------------------------------------------------------------------------


def test_an_unspaced_dot_between_a_name_and_a_date_cuts_them() -> None:
    people = ["山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲", "田中健", "伊藤さくら"]
    texts = [f"{p}・2025年3月{d}日" for p, d in zip(people, [12, 3, 28, 9, 17, 1], strict=True)]
    cuts, records = _records(texts)
    assert (None, "・", 0) in cuts
    assert _column(records, people)


def test_an_unspaced_dot_inside_a_name_is_no_cut() -> None:
    names = ["ジョン・スミス", "メアリー・ジョーンズ", "ポール・マッカートニー"]
    names += ["アン・リー", "ジョージ・ハリスン", "ニック・ケイヴ"]
    cuts, records = _records(names, cls="author")
    assert cuts == [(None, None, 0)]
    assert _column(records, names)


def test_an_age_in_japanese_chinese_and_korean_is_a_relative_date() -> None:
    assert age_of("3日前") == timedelta(days=3)
    assert age_of("5時間前") == timedelta(hours=5)
    assert age_of("2週間前") == timedelta(weeks=2)
    assert age_of("5小时前") == timedelta(hours=5)
    assert age_of("3일 전") == timedelta(days=3)
    assert age_of("30日前後") is None  # "about 30 days"
    assert age_of("2019年") is None


def test_a_count_with_a_cjk_unit_is_a_number() -> None:
    assert kind_of(["2019年", "2021年", "2017年"]) == "number"
    assert kind_of(["ディーゼル", "ガソリン"]) == "text"


# --- counts, dates and years ---------------------------------------------------------------------


def test_two_counts_each_with_its_own_word_are_two_measures() -> None:
    assert are_distinct_measures([["24 replies", "3 replies"], ["1.2k views", "340 views"]])
    assert not are_distinct_measures([["1.2k views", "3k views"], ["340 views", "12 views"]])


def test_a_day_and_an_abbreviated_month_before_a_year_is_no_citation() -> None:
    assert citation_cuts(["Hardcover – 12 Mar. 2021", "Paperback – 3 Feb. 2021"]) is None
    assert citation_cuts(["Nutrients. 2024 Nov 8;16(22):3812.", "Lancet. 2023 Jan 2;401:12."]) is not None


def test_a_year_in_brackets_beside_the_name_is_cut_off() -> None:
    people = ["Jane Doe", "Marcus Reid", "Priya Nair", "Tom Becker", "Ana Lima", "Lea Vogel"]
    years = [2019, 2021, 2017, 2022, 2018, 2020]
    _cuts, records = _records([f"{p} ({y})" for p, y in zip(people, years, strict=True)], cls="film-director")
    assert _column(records, people) and _column(records, years)


def test_ages_beside_day_words_are_one_part_of_dates() -> None:
    assert kind_of(["3 Days Ago", "Today", "Yesterday", "5 Days Ago", "2 Days Ago"]) == "date"
    assert fixed_lead(["Posted 3 Days Ago", "Posted Today", "Posted Yesterday"]) == "Posted"
    assert fixed_lead(["Open today", "Open today"]) is None  # one value everywhere: no caption


def test_an_ordinal_before_its_noun_is_no_count() -> None:
    assert not values.is_number("2. OG") and not values.is_number("3. Etage")
    assert values.is_number("3 Zi.") and values.is_number("12 km") and values.is_number("1.5 km")


def test_a_year_with_an_aside_in_brackets_is_the_year() -> None:
    years = [2019, 2021, 2017, 2022, 2018, 2020]
    texts = [f"{y} ({y % 100 + 50} reg)" for y in years]
    cuts, records = _records(texts, cls="spec")
    assert cuts == [(None, " (", 0)]
    assert _column(records, years)


def test_a_venue_and_year_between_the_marks_of_a_source_line_give_the_venue() -> None:
    venues = ["Movement Ecology", "Ecography", "Nature Climate Change", "Ibis", "Ecography", "Oecologia"]
    authors = [
        "HR Ottersen, JM Bates",
        "A Dokter",
        "K Horton, B Van Doren, P Stepanian",
        "S Bauer",
        "J Chapman",
        "C Nilsson",
    ]
    hosts = ["Springer", "Wiley Online Library", "nature.com", "Wiley Online Library", "Wiley", "Springer"]
    texts = [
        f"{a} - {v}, {y} - {h}"
        for a, v, y, h in zip(authors, venues, [2014, 2011, 2019, 2020, 2017, 2018], hosts, strict=True)
    ]
    cuts, records = _records(texts, cls="gs_a")
    assert (" - ", ", ", 0) in cuts  # the venue: after the authors' mark, before the year's comma
    assert _column(records, venues)
