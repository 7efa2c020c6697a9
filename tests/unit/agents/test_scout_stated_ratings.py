"""An exact rating the page states wins over the stars it draws, and "4.8 (3512)" is two columns.

Shops draw a rating as star icons or glyphs and state the exact score beside them: in a link's
``title`` around the icons (JTL-Shop's ``a.rating[title="…: 4.7/5"]``), in the glyphs' accessible
name (``aria-label="5点中4.41点"`` over "★★★★☆"), or as text with its count ("4.8 (3512)") inside a
card drawn as one link. The stated figure is the rating; icons are counted only where nothing is stated.
"""

from __future__ import annotations

from agents.heuristics.phrases import are_scores, are_scores_with_counts
from tests.unit.agents.conftest import spec_and_records

URL = "http://127.0.0.1:8000/shop/"
NAMES = ("Sencha Fukuyu", "Gyokuro Asahi", "Genmaicha Matcha", "Bancha Kyoto", "Hojicha Roast", "Kukicha Green")
SCORES = (4.7, 4.9, 4.5, 4.6, 3.8, 4.2)
COUNTS = (38, 12, 21, 9, 3512, 120)


def _page(cards: list[str]) -> str:
    return f'<html lang="de"><body><main><h1>Tee</h1><div id="product-list">{"".join(cards)}</div></main></body></html>'


def _icons(score: float) -> str:
    """Five Font Awesome stars, rounded to the half as NOVA draws them."""
    halves = round(score * 2)
    icons = ['<i class="fas fa-star"></i>'] * (halves // 2) + ['<i class="fas fa-star-half-alt"></i>'] * (halves % 2)
    return "".join(icons + ['<i class="far fa-star"></i>'] * (5 - len(icons)))


def _columns(html: str) -> list[dict[str, object]]:
    _, records = spec_and_records(html, URL)
    return [{k: v for k, v in r.items() if k in ("rating", "review_count")} for r in records]


def test_a_link_of_star_icons_gives_the_score_its_title_states() -> None:
    cards = [
        f'<div class="productbox"><div class="productbox-title"><a href="/p/{i}">{n}</a></div>'
        f'<div class="productbox-rating"><a href="/p/{i}#votes" class="rating" title="Durchschnittliche '
        f'Artikelbewertung: {s}/5">{_icons(s)}</a> <span class="rating-count">({c})</span></div>'
        f'<div class="price">{7 + i},90 €</div></div>'
        for i, (n, s, c) in enumerate(zip(NAMES, SCORES, COUNTS, strict=True))
    ]
    assert _columns(_page(cards)) == [{"rating": s, "review_count": c} for s, c in zip(SCORES, COUNTS, strict=True)]


def test_glyphs_named_with_the_exact_score_give_no_rounded_column() -> None:
    cards = [
        f'<li class="item"><a class="name" href="/p/{i}">{n}</a><p class="price">{13000 + i * 10}円</p>'
        f'<div class="review"><span class="stars" role="img" aria-label="5点中{s}点">'
        f'{"★" * round(s)}{"☆" * (5 - round(s))}</span><span class="count">({c:,}件)</span></div></li>'
        for i, (n, s, c) in enumerate(zip(NAMES, SCORES, COUNTS, strict=True))
    ]
    spec, records = spec_and_records(_page(cards).replace('"product-list"', '"results"'), URL)
    scores = {f.name for f in spec.fields for r in records if isinstance(v := r.get(f.name), float) and v <= 5}
    ratings = sorted(scores)
    assert len(ratings) == 1, ratings  # the glyphs' rounded count is no second rating
    assert [r[ratings[0]] for r in records] == list(SCORES)


def test_a_score_and_its_count_in_a_card_drawn_as_one_link_are_two_columns() -> None:
    shown = ("4.8", "4.7", "4.699999999999999", "4.5", "4.9", "4.2")  # a script's float, as printed
    cards = [
        f'<li><a class="card" href="/{n.lower().replace(" ", "-")}/p/{i}/"><h2 class="title">{n}</h2>'
        f'<div class="review"><span class="score-count">{s} ({c})</span></div>'
        f'<p class="price">R$ {300 + i},90</p></a></li>'
        for i, (n, s, c) in enumerate(zip(NAMES, shown, COUNTS, strict=True))
    ]
    columns = _columns(_page(cards))
    assert [c["review_count"] for c in columns] == list(COUNTS)
    assert [round(float(str(c["rating"])), 2) for c in columns] == [4.8, 4.7, 4.7, 4.5, 4.9, 4.2]


def test_a_score_printed_as_a_float_is_still_a_score() -> None:
    assert are_scores(["4.699999999999999", "4.300000000000001", "4.8"])
    assert not are_scores(["4.6999", "12.5"]) and not are_scores(["4.123456"])
    assert are_scores_with_counts(["4.8 (3512)", "4,5 (1.234)"]) and not are_scores_with_counts(["Heat (1995)"])
