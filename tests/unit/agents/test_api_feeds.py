"""Feeds of a JavaScript app over a JSON API: a splash in the mount element, deeply nested records,
and pages reached by the token each answer names (kind=cursor)."""

from __future__ import annotations

import json
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

import pytest
from parsel import Selector
from pydantic import ValidationError

from agents.cursorprobe import cursor_pagination
from agents.fetch import FetchedPage, Fetcher, RenderedFetch
from agents.heuristics.appshell import is_app_shell
from agents.heuristics.cursorpaging import cursor_candidates, script_params
from agents.jsonfieldtypes import field_name
from agents.jsonleaves import leaf_paths
from agents.jsonscout import MAX_FIELDS, endpoint_candidate, propose_fields
from agents.survey import survey_page
from pipeline.core.cursorpages import cursor_page_url
from pipeline.core.exceptions import FetchFailed
from pipeline.core.extract import extract_records, next_page_url
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec, ScraperSpec
from pipeline.core.specparts import JsonSourceSpec

SITE = "https://social.example"
PAGE = f"{SITE}/profile/ana.example"
FEED = f"{SITE}/api/feed?actor=ana.example&limit=3"


def _post(n: int, who: str = "ana.example") -> dict[str, Any]:
    return {
        "post": {
            "uri": f"at://did:plc:q6gjnaw2blty4crticxkmujt{n:02d}/app.feed.post/3lk{n:02d}x2",
            "author": {"did": f"did:plc:q6gjnaw2blty4crticxkmujt{n:02d}", "handle": who, "displayName": "Ana Ruiz"},
            "record": {
                "text": f"Field note number {n}: swifts over the river",
                "createdAt": f"2025-03-{n + 1:02d}T09:00:00Z",
            },
            "likeCount": 10 + n,
            "viewer": {"muted": False},
        }
    }


def _answer(numbers: range, cursor: str | None) -> bytes:
    document: dict[str, Any] = {"feed": [_post(n) for n in numbers]}
    if cursor is not None:
        document["cursor"] = cursor
    return json.dumps(document).encode()


# --- the app shell -------------------------------------------------------------------------------


def test_a_mount_element_holding_only_a_splash_logo_is_an_app_shell() -> None:
    page = Selector(
        text="""<html><head><script src="/static/js/main.js" defer></script></head><body>
        <div id="root"><div id="splash"><svg viewBox="0 0 64 57"><path d="M13 3Z"></path></svg></div></div>
        <noscript><h1>JavaScript Required</h1><p>This is a heavily interactive web application, and JavaScript
        is required. Simple HTML interfaces are possible, but that is not what this is.</p></noscript></body></html>""",
        type="html",
    )
    assert is_app_shell(page)


def test_a_page_with_text_of_its_own_is_no_app_shell() -> None:
    page = Selector(
        text="""<html><body><div id="root"><svg></svg></div><p>Opening hours: Monday to Friday, nine to five,
        Saturdays until noon.</p><script src="/app.js"></script></body></html>""",
        type="html",
    )
    assert not is_app_shell(page)


# --- nested records ------------------------------------------------------------------------------

TRIALS = [
    {
        "protocolSection": {
            "identificationModule": {"nctId": f"NCT0{5000000 + n}", "briefTitle": f"Trial of drug {n} in asthma"},
            "statusModule": {"overallStatus": "RECRUITING", "startDateStruct": {"date": f"2024-0{n + 1}-01"}},
            "sponsorCollaboratorsModule": {"leadSponsor": {"name": f"Sponsor {n}", "class": "INDUSTRY"}},
        },
        "hasResults": False,
    }
    for n in range(4)
]


def test_deeply_nested_records_are_read_down_to_their_leaves() -> None:
    candidate = endpoint_candidate(json.dumps({"studies": TRIALS}).encode(), "https://trials.example/api/studies")
    assert candidate is not None
    paths = {f.json_path: f.name for f in candidate.fields}
    assert paths["protocolSection.identificationModule.nctId"] == "nct_id"
    assert paths["protocolSection.identificationModule.briefTitle"] == "brief_title"
    assert paths["protocolSection.sponsorCollaboratorsModule.leadSponsor.name"] == "lead_sponsor"
    assert "protocolSection.statusModule.startDateStruct.date" in paths


def test_deep_leaves_are_named_by_their_leaf_and_a_telling_parent() -> None:
    assert field_name("post.author.handle", set()) == "author_handle"
    assert field_name("post.record.text", set()) == "text"  # "record" only holds the post's parts
    assert field_name("post.author.displayName", set()) == "author"
    assert field_name("author.name", set()) == "author"  # one level down: as before
    long = "a" * 40 + "." + "b" * 40 + "." + "c" * 70
    assert len(field_name(long, set())) <= 63 and len(field_name(long, {field_name(long, set())})) <= 63


def test_the_walk_stops_four_keys_down() -> None:
    record = {"a": {"b": {"c": {"d": "deep enough", "e": {"f": "too deep"}}}}}
    assert list(leaf_paths(record)) == ["a.b.c.d"]


def test_past_the_field_cap_the_leaves_the_page_shows_are_kept() -> None:
    noise = {f"flag{i}": True for i in range(MAX_FIELDS)} | {
        f"token{i}": f"bafyrei{i}x7q2mzc4ka9wrtp3lh5" for i in range(5)
    }
    records = [
        {
            **noise,
            "post": {"record": {"text": f"A note about swifts number {n}"}, "author": {"handle": f"user{n}.example"}},
        }
        for n in range(4)
    ]
    shown = " ".join(f"A note about swifts number {n} @user{n}.example" for n in range(4))
    paths = {f.json_path for f in propose_fields(records, shown)}
    assert {"post.record.text", "post.author.handle"} <= paths
    assert len(paths) == MAX_FIELDS


# --- cursor pages: the engine --------------------------------------------------------------------

CURSOR = PaginationSpec(kind="cursor", cursor_path="cursor", param="cursor")


def _spec(pagination: PaginationSpec = CURSOR) -> ScraperSpec:
    return ScraperSpec(
        start_url=PAGE,
        json_source=JsonSourceSpec(location="endpoint", endpoint=FEED, records_path="feed"),
        fields=(
            FieldSpec(name="text", json_path="post.record.text"),
            FieldSpec(name="likes", type="number", json_path="post.likeCount"),
        ),
        pagination=pagination,
    )


def test_the_next_page_sends_back_the_token_the_answer_names() -> None:
    following = next_page_url(_answer(range(3), "2025-03-04T09:00:00.000Z"), FEED, _spec(), page_number=1)
    assert following is not None
    assert dict(parse_qsl(urlsplit(following).query))["cursor"] == "2025-03-04T09:00:00.000Z"
    assert following.startswith(FEED + "&cursor=2025-03-04T09%3A00%3A00.000Z")


def test_the_pages_end_where_the_token_is_missing_empty_or_repeats() -> None:
    assert cursor_page_url(_answer(range(3), None), FEED, CURSOR) is None
    assert cursor_page_url(_answer(range(3), ""), FEED, CURSOR) is None
    assert cursor_page_url(_answer(range(3), "abc"), FEED + "&cursor=abc", CURSOR) is None
    assert (
        next_page_url(_answer(range(3), "abc"), FEED, _spec(CURSOR.model_copy(update={"max_pages": 1})), page_number=1)
        is None
    )


def test_a_graphql_page_info_says_when_there_is_no_more() -> None:
    spec = PaginationSpec(kind="cursor", cursor_path="data.pageInfo.endCursor", param="after")
    more = json.dumps({"data": {"pageInfo": {"endCursor": "Y3Vyc29yOjEw", "hasNextPage": True}}})
    last = json.dumps({"data": {"pageInfo": {"endCursor": "Y3Vyc29yOjIw", "hasNextPage": False}}})
    assert cursor_page_url(more, FEED, spec) == FEED + "&after=Y3Vyc29yOjEw"
    assert cursor_page_url(last, FEED, spec) is None


def test_a_next_link_is_followed_on_the_same_site_only() -> None:
    spec = PaginationSpec(kind="cursor", cursor_path="links.next")
    assert cursor_page_url(json.dumps({"links": {"next": "/api/feed?page[after]=9"}}), FEED, spec) == (
        f"{SITE}/api/feed?page[after]=9"
    )
    assert cursor_page_url(json.dumps({"links": {"next": "https://elsewhere.example/x"}}), FEED, spec) is None


def test_a_cursor_spec_names_where_its_token_is() -> None:
    with pytest.raises(ValidationError):
        PaginationSpec(kind="cursor", param="cursor")
    with pytest.raises(ValidationError, match="json_source"):  # a page's markup names no token to read
        ScraperSpec(start_url=SITE, record_selector="li", fields=(FieldSpec(name="title"),), pagination=CURSOR)


# --- cursor pages: the Scout ---------------------------------------------------------------------


def test_tokens_pair_with_the_parameters_they_usually_go_back_as() -> None:
    assert cursor_candidates({"items": [], "nextPageToken": "CAoQAA"}, "items") == [("nextPageToken", "pageToken")]
    assert cursor_candidates({"data": [], "meta": {"next_cursor": "dXNlcjo"}}, "data") == [
        ("meta.next_cursor", "cursor")
    ]
    graph = {"data": {"search": {"edges": [], "pageInfo": {"endCursor": "Y3Vy", "hasNextPage": True}}}}
    assert ("data.search.pageInfo.endCursor", "after") in cursor_candidates(graph, "data.search.edges")
    assert cursor_candidates({"results": [], "links": {"next": "/api/x?page=2"}}, "results") == [("links.next", None)]


def test_a_parameter_the_scripts_name_comes_first() -> None:
    scripts = ['fetch("/api/items?limit=20&page_token=" + encodeURIComponent(t))']
    assert script_params(scripts) == ["page_token"]
    assert cursor_candidates({"items": [], "next": None, "cursor": "b2Zmc2V0"}, "items", scripts)[0] == (
        "cursor",
        "page_token",
    )


class _Api:
    """Answers the feed's pages by their cursor; any other parameter gets the first page again."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def fetch(self, url: str) -> FetchedPage:
        self.asked.append(url)
        query = dict(parse_qsl(urlsplit(url).query))
        body = _answer(range(3, 6), None) if query.get("cursor") == "c1" else _answer(range(3), "c1")
        return FetchedPage(url=url, final_url=url, status=200, headers={}, body=body)

    def render(self, url: str) -> RenderedFetch:
        shown = "".join(
            f"<article><p>Field note number {n}: swifts over the river</p><b>{10 + n}</b></article>" for n in range(3)
        )
        html = f"<html><body><div id='root'>{shown}</div></body></html>"
        return RenderedFetch(
            url=url,
            final_url=url,
            status=200,
            headers={},
            body=html.encode(),
            json_responses=((FEED, _answer(range(3), "c1")),),
        )


def test_the_scout_takes_a_cursor_only_when_its_page_brings_new_records() -> None:
    api = _Api()
    assert cursor_pagination(_answer(range(3), "c1"), FEED, _spec(PaginationSpec()), cast(Fetcher, api)) == CURSOR
    # An answer whose token leads back to the same records (a server ignoring the parameter) pages by nothing.
    assert cursor_pagination(_answer(range(3), "zz"), FEED, _spec(PaginationSpec()), cast(Fetcher, api)) is None


def test_an_app_shell_over_a_cursor_paged_feed_is_read_from_the_api_page_by_page() -> None:
    shell = """<html><head><script src="/static/js/main.js" defer></script></head><body>
    <div id="root"><div id="splash"><svg><path d="M1 1Z"></path></svg></div></div></body></html>"""
    api = _Api()
    profile = survey_page(
        FetchedPage(url=PAGE, final_url=PAGE, status=200, headers={}, body=shell.encode()), cast(Fetcher, api)
    )
    spec = profile.spec
    assert spec.pagination.kind == "cursor" and spec.pagination.param == "cursor"
    assert {f.json_path for f in spec.fields} >= {"post.record.text", "post.author.handle", "post.likeCount"}
    second = next_page_url(_answer(range(3), "c1"), FEED, spec, page_number=1)
    assert second is not None and len(extract_records(api.fetch(second).body, second, spec)) == 3


# --- an app shell's bundle ----------------------------------------------------------------------

BUNDLE = """(()=>{const L=3;async function load(n){const r=await fetch("/api/items?page="+n);return r.json()}
function card(i){return h("article",{},[h("h2",{},i.name),h("span",{},i.city)])}})();"""
ITEMS = [{"name": f"Riverside flat {n}", "city": ["Leeds", "York", "Hull"][n], "beds": n + 1} for n in range(3)]


class _Site:
    """Serves the shell's bundle and the API it calls; no browser."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def fetch(self, url: str) -> FetchedPage:
        self.asked.append(url)
        bodies = {f"{SITE}/static/js/vendor.js": "/*! vendor */", f"{SITE}/static/js/main.js": BUNDLE}
        bodies[f"{SITE}/api/items?page=1"] = json.dumps({"items": ITEMS, "page": 1})
        if url not in bodies:
            raise FetchFailed(f"{url}: 404")
        return FetchedPage(url=url, final_url=url, status=200, headers={}, body=bodies[url].encode())

    def render(self, url: str) -> RenderedFetch:
        raise AssertionError("the bundle names the endpoint: no browser needed")


def test_an_app_shells_endpoint_is_found_in_its_own_bundle() -> None:
    shell = """<html><head><script src="/static/js/vendor.js"></script><script type="module" src="/static/js/main.js">
    </script><script src="https://cdn.other.example/analytics.js"></script></head>
    <body><div id="app"></div></body></html>"""
    site = _Site()
    page = FetchedPage(url=f"{SITE}/flats/", final_url=f"{SITE}/flats/", status=200, headers={}, body=shell.encode())
    profile = survey_page(page, cast(Fetcher, site))
    assert profile.spec.json_source is not None and profile.spec.json_source.endpoint == f"{SITE}/api/items?page=1"
    assert profile.record_count == 3
    assert not any("other.example" in url for url in site.asked)  # another site's script is never fetched


_RAIL_CARDS = "".join(
    f'<li><article><a href="/p/{slug}"><img src="/i/{slug}.jpg" alt=""></a><h3><a href="/p/{slug}">{name}</a></h3>'
    f"<p>${price}</p></article></li>"
    for slug, name, price in [
        ("lamp", "Brass Reading Lamp", "48.00"),
        ("rug", "Wool Runner Rug", "120.00"),
        ("mug", "Stoneware Mug Set", "29.00"),
        ("vase", "Smoked Glass Vase", "35.00"),
    ]
)


def test_a_shell_whose_only_list_is_a_rail_of_other_items_still_reads_its_app_data() -> None:
    # The server renders a "You may also like" rail under the mount: the page's records are the app's.
    shell = f"""<html><head><script type="module" src="/static/js/main.js"></script></head>
    <body><div id="app"></div><section><h2>You may also like</h2><ul>{_RAIL_CARDS}</ul></section></body></html>"""
    page = FetchedPage(url=f"{SITE}/flats/", final_url=f"{SITE}/flats/", status=200, headers={}, body=shell.encode())
    profile = survey_page(page, cast(Fetcher, _Site()))
    assert profile.spec.json_source is not None and profile.spec.json_source.endpoint == f"{SITE}/api/items?page=1"
    assert profile.record_count == 3
    html = Selector(text=shell)
    assert not is_app_shell(html)
    assert is_app_shell(html, [html.css("section")[0].root])  # the rail's text does not count
