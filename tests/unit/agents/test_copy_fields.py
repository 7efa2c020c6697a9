"""Fields copying another: the title inside a control's words ("View <title>"), and WordPress's
``time.updated`` on the published day."""

from __future__ import annotations

from tests.unit.agents.conftest import PRODUCT_NAMES, list_page, spec_and_records

URL = "https://shots.example/popular/"
AUTHORS = ["Maren Quist", "Orbit Studio", "Tomas Vey", "Ana Lindqvist", "Kofi Mensah", "Ruth Ng"]


def _shot(i: int, title: str) -> str:
    author = AUTHORS[i % len(AUTHORS)]
    return (
        f'<li class="shot-card" data-id="{i}"><div class="shot-base">'
        f'<figure><img src="/img/{i}.png" alt="{title}"></figure>'
        f'<a class="shot-link" href="/shots/{i}-x"><span class="accessibility-text">View {title}</span></a>'
        f'<div class="overlay"><div class="shot-title">{title}</div>'
        '<a class="save" href="/signup/new" title="Save shot"><span class="accessibility-text">Save</span></a>'
        "</div></div>"
        f'<div class="details"><div class="user"><a class="hoverable url" rel="contact" href="/u{i}">'
        f'<img class="photo" src="/avatars/{i}.png" alt="{author}"><span class="display-name">{author}</span></a></div>'
        f'<div class="stats"><span class="likes-count">{100 + 37 * i}</span>'
        f'<span class="views-count">{1000 + 370 * i}</span></div></div></li>'
    )


def test_the_title_inside_a_links_constant_words_is_no_field() -> None:
    cards = "".join(_shot(i, name) for i, name in enumerate(PRODUCT_NAMES))
    spec, records = spec_and_records(list_page(f'<ol class="grid">{cards}</ol>'), URL)
    assert any(v == PRODUCT_NAMES for v in ([r.get(f.name) for r in records] for f in spec.fields))
    held = [v for r in records for v in r.values() if isinstance(v, str)]
    assert not any(v.startswith("View ") for v in held), spec.fields


def _post(i: int, title: str, updated_day: int) -> str:
    return (
        f'<article class="post hentry"><h2 class="entry-title"><a href="/2025/03/{10 + i}/p{i}/">{title}</a></h2>'
        f'<div class="entry-meta"><span class="byline">by <a href="/author/a{i % 3}/">{AUTHORS[i % 3]}</a></span> '
        f'<span class="posted-on"><a href="/2025/03/{10 + i}/p{i}/">'
        f'<time class="entry-date published" datetime="2025-03-{10 + i}T09:00:00+00:00">March {10 + i}, 2025</time>'
        f'<time class="updated" datetime="2025-03-{updated_day}T09:00:42+00:00">March {updated_day}, 2025</time>'
        f"</a></span></div><p>Notes on the {title.lower()} we tried this month, with photographs.</p></article>"
    )


def _blog(updated_days: list[int]) -> str:
    posts = "".join(_post(i, name, day) for i, (name, day) in enumerate(zip(PRODUCT_NAMES, updated_days, strict=False)))
    return list_page(posts, '<main id="main">{}</main>')


def _date_fields(html: str) -> list[str]:
    spec, _records = spec_and_records(html, "https://blog.example/")
    return [f.name for f in spec.fields if f.type == "date"]


def test_a_modified_date_on_the_published_day_is_no_field() -> None:
    assert len(_date_fields(_blog([10 + i for i in range(len(PRODUCT_NAMES))]))) == 1


def test_a_modified_date_on_other_days_stays() -> None:
    assert len(_date_fields(_blog([20 + i for i in range(len(PRODUCT_NAMES))]))) == 2
