"""A JSON record read as its rendered page shows it: links of several values, no hidden ids, name fallbacks."""

from __future__ import annotations

from typing import Any

import pytest
from parsel import Selector
from pydantic import ValidationError

from agents.jsonfallbacks import fallback_fields
from agents.jsonflags import parse_rendered
from agents.jsonlinks import linked_field
from agents.jsonscout import propose_fields, shown_text
from agents.jsonunshown import shown_fields
from pipeline.core.jsondata import field_value
from pipeline.core.schemas import FieldSpec
from pipeline.core.specparts import UrlPart

BASE = "https://social.test/u/mira"
ENDPOINT = "https://social.test/api/feed?user=mira"
USERS = ["mira.social.test", "jon.social.test", "mira.social.test", "ana.social.test", "mira.social.test"]


def _records() -> list[dict[str, Any]]:
    return [
        {
            "note": {
                "id": f"ref://user{i % 3}/notes/k{i}x{7 * i}",
                "author": {"handle": handle, "name": handle.split(".")[0].title()},
                "body": {"text": f"Note number {i} about the harbour"},
                "likes": 3 * i,
            }
        }
        for i, handle in enumerate(USERS)
    ]


def _rendered(records: list[dict[str, Any]]) -> str:
    items = "".join(
        f'<div><a href="/u/{r["note"]["author"]["handle"]}">{r["note"]["author"]["name"]}</a>'
        f'<a href="/u/{r["note"]["author"]["handle"]}/n/{r["note"]["id"].rpartition("/")[2]}">Mar {i + 1}</a>'
        f"<p>{r['note']['body']['text']}</p></div>"
        for i, r in enumerate(records)
    )
    return f"<html><body>{items}<a href='/u/mira/followers'>Followers</a></body></html>"


def test_a_link_of_two_values_one_the_end_of_an_id_is_learned_from_the_rendered_links() -> None:
    records = _records()
    fields = propose_fields(records)
    hrefs = Selector(text=_rendered(records)).css("a::attr(href)").getall()
    link = linked_field(fields, records, BASE, hrefs, [])
    assert link is not None and link.url_template == "/u/{handle}/n/{id_key}"
    assert link.url_parts == (
        UrlPart(name="handle", json_path="note.author.handle"),
        UrlPart(name="id_key", json_path="note.id", last_segment=True),
    )
    assert field_value(records[1], link, ENDPOINT) == "https://social.test/u/jon.social.test/n/k1x7"


def test_the_filled_values_are_escaped_and_a_record_missing_one_has_no_link() -> None:
    parts = (UrlPart(name="cat", json_path="category"), UrlPart(name="slug", json_path="slug"))
    field = FieldSpec(name="url", type="url", json_path="category", url_template="/{cat}/{slug}", url_parts=parts)
    assert field_value({"category": "a/b", "slug": "x?y"}, field, ENDPOINT) == "https://social.test/a%2Fb/x%3Fy"
    assert field_value({"category": "..", "slug": "x"}, field, ENDPOINT) is None
    assert field_value({"category": "tools"}, field, ENDPOINT) is None


@pytest.mark.parametrize(
    ("template", "names"),
    [
        ("//{cat}/{slug}", ("cat", "slug")),  # another host
        ("/{cat}/{slug}", ("cat",)),  # a place without a part
        ("/{cat}/{}", ("cat",)),  # mixed forms
        ("{cat}/{slug}", ("cat", "slug")),  # not rooted
    ],
)
def test_a_named_template_must_be_a_site_path_filled_by_its_parts(template: str, names: tuple[str, ...]) -> None:
    parts = tuple(UrlPart(name=n, json_path=n) for n in names)
    with pytest.raises(ValidationError):
        FieldSpec(name="url", type="url", json_path=names[0], url_template=template, url_parts=parts)


def _accounts() -> list[dict[str, Any]]:
    names = ["Mira Holt", "Jon Bek", "", "Ana Ruiz", "Mira Holt"]
    return [
        {
            "id": f"did:key:z6Mk{i}q8W3rTn5vYc2LpX9sGd4",
            "user": {"handle": f"user{i % 4}.social.test", "name": name} if name else {"handle": "quiet.social.test"},
            "text": f"Post number {i} about the harbour",
            "when": f"2025-03-1{i}T08:00:00.000Z",
            "viewer": {"muted": False},
            "avatar": f"https://cdn.social.test/img/z6Mk{i}q8W3rTn5vYc2LpX9sGd4.jpg",
        }
        for i, name in enumerate(names)
    ]


def _feed(records: list[dict[str, Any]]) -> str:
    items = "".join(
        f"<li><span>{r['user'].get('name') or r['user']['handle']}</span><span>@{r['user']['handle']}</span>"
        f"<p>{r['text']}</p><time>Mar {i + 10}</time></li>"
        for i, r in enumerate(records)
    )
    return f"<html><body><ul>{items}</ul></body></html>"


def test_opaque_ids_and_flags_the_rendered_page_never_shows_are_left_out() -> None:
    records = _accounts()
    fields = propose_fields(records)
    assert {"id", "viewer.muted"} <= {f.json_path for f in fields}
    kept = {f.json_path for f in shown_fields(fields, records, shown_text(Selector(text=_feed(records))))}
    assert "id" not in kept and "viewer.muted" not in kept
    assert {"text", "when", "user.handle", "avatar"} <= kept  # a timestamp is shown reformatted, a picture as one
    labelled = [
        f.model_copy(update={"flag_labels": ("Muted", "Shown")}) if f.json_path == "viewer.muted" else f for f in fields
    ]
    assert "viewer.muted" in {f.json_path for f in shown_fields(labelled, records, "Mira Holt Shown")}


def test_a_name_falls_back_to_the_handle_the_page_shows_in_its_place() -> None:
    records = _accounts()
    fields = propose_fields(records)
    named = fallback_fields(fields, records, parse_rendered(_feed(records)))
    name = next(f for f in named if f.json_path and f.json_path.startswith("user.name"))
    assert name.json_path == "user.name || user.handle"
    assert [field_value(r, name, ENDPOINT) for r in records[1:3]] == ["Jon Bek", "quiet.social.test"]
    shown_whole = _feed(records).replace("<span>@", "<span>")  # every handle shown whole: no evidence
    assert fallback_fields(fields, records, parse_rendered(shown_whole)) == fields
