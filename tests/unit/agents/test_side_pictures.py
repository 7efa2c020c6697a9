"""Pictures beside a record that are not its own (the poster's avatar, a brand's logo) give no
column, nor does a tone word painting a value whose text says it; the record's own picture and a
status word with no text beside it stay."""

from __future__ import annotations

from typing import Any

from agents.heuristics.sidepictures import are_avatar_addresses, is_avatar_address
from agents.jsonscout import propose_fields
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://forum.example/latest"
PEOPLE = ["Ana Ribeiro", "Moses Olaran", "Priya Raman", "Tom Weller", "Ines Baptista", "Karl Brandt"]
TOPICS = ["Free-threaded builds", "Packaging wheels", "Async cancellation", "Typed dicts", "Profiling", "Logging"]


def _values(records: list[dict[str, object]]) -> str:
    return " ".join(str(v) for r in records for v in r.values())


def _post(n: int, picture: str) -> str:
    return (
        f'<article class="post"><div class="byline">{picture}'
        f'<span class="name">{PEOPLE[n]}</span></div>'
        f'<h2><a href="/t/{n}-topic">{TOPICS[n]}: what we learned</a></h2>'
        f'<span class="replies">{n + 3} replies</span></article>'
    )


def test_an_avatar_beside_the_posters_name_gives_no_column() -> None:
    posts = "".join(
        _post(n, f'<span class="author-avatar"><img src="/media/u{n}-90.png" alt=""></span>') for n in range(6)
    )
    records = spec_and_records(list_page(posts), URL)[1]
    assert [r.get("title") for r in records] == [f"{t}: what we learned" for t in TOPICS]
    assert "Ana Ribeiro" in _values(records)
    assert "/media/u0-90.png" not in _values(records)


def test_a_picture_from_a_folder_of_avatars_gives_no_column() -> None:
    pictures = [f'<img src="https://cdn.example/users/{n}/avatars/mini/a{n}.png" alt="">' for n in range(6)]
    posts = "".join(_post(n, picture) for n, picture in enumerate(pictures))
    records = spec_and_records(list_page(posts), URL)[1]
    assert "avatars/mini" not in _values(records)


def test_the_records_own_picture_stays() -> None:
    cards = "".join(
        f'<div class="card"><img class="cover" src="/img/kettle-{n}.jpg" alt="">'
        f'<h3><a href="/p/{n}">{TOPICS[n]} kettle</a></h3><span class="price">${20 + n}.00</span></div>'
        for n in range(6)
    )
    records = spec_and_records(list_page(cards), "https://shop.example/kettles")[1]
    assert "/img/kettle-0.jpg" in _values(records)


def test_a_tone_word_painting_a_signed_change_gives_no_column() -> None:
    tones = ["positive", "negative", "positive", "neutral", "negative", "positive"]
    changes = ["+1.85%", "-3.42%", "+0.20%", "0.00%", "-1.23%", "+6.15%"]
    rows = "".join(
        f'<tr class="row"><td><a href="/quote/{n}">{TOPICS[n]} Corp</a></td><td>{10 + n}.50</td>'
        f'<td><span class="color-text is-{tone}">{change}</span></td></tr>'
        for n, (tone, change) in enumerate(zip(tones, changes, strict=True))
    )
    records = spec_and_records(list_page(f"<table><tbody>{rows}</tbody></table>"), "https://stocks.example/")[1]
    assert len(records) == 6
    values = [str(v) for r in records for v in r.values()]
    assert "positive" not in values and "negative" not in values


def test_avatar_addresses() -> None:
    assert is_avatar_address("https://forum.example/user_avatar/forum.example/ana/48/1.png")
    assert is_avatar_address("https://cdn.example/img/avatar/plain/did:plc:abc/x@jpeg")
    assert is_avatar_address("https://www.gravatar.com/9f3c?s=80")
    assert not is_avatar_address("https://shop.example/media/catalog/kettle.jpg")
    assert not is_avatar_address("https://[broken/avatars/")
    assert not are_avatar_addresses([None, 3, ""])


def test_a_json_key_of_avatar_addresses_is_no_field() -> None:
    records: list[dict[str, Any]] = [
        {
            "text": f"Post number {n} about {TOPICS[n]}",
            "author": {"name": PEOPLE[n], "picture": f"https://cdn.example/img/avatar/plain/u{n}.jpg"},
            "likes": n * 4,
        }
        for n in range(6)
    ]
    paths = [f.json_path for f in propose_fields(records)]
    assert "author.name" in paths and "text" in paths
    assert "author.picture" not in paths


def test_a_picture_its_class_calls_the_authors_gives_no_column() -> None:
    posts = "".join(
        _post(n, f'<img class="entry-author-photo" src="https://cdn.example/team/p{n}.jpg" alt="">') for n in range(6)
    )
    records = spec_and_records(list_page(posts), URL)[1]
    assert "Ana Ribeiro" in _values(records)
    assert "cdn.example/team" not in _values(records)
