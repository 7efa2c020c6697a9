"""Nineteenth wave, part D: a profile feed of a JavaScript-only social app over a cursor-paged JSON API,
written and measured before any heuristic was changed for it.

* **skyfeed** — a Bluesky-like profile page (bsky.app 2024–25, React Native Web): the server sends the
  bskyweb shell — meta tags (og:type profile, ``profile:username``, ``twitter:value1`` with the DID, an
  ``at://`` alternate link), an inline theme script reading ``localStorage``, the splash ``div#root`` with
  a butterfly svg and a ``noscript`` notice holding ``div#bsky_profile_summary`` (display name, handle,
  DID, bio) — and one same-origin bundle ``/static/js/main.<hash>.js``. The bundle asks the XRPC API
  the way the atproto client does, building the query from a parameter object:
  ``/xrpc/app.bsky.actor.getProfile?actor=<handle>`` for the header, then
  ``/xrpc/app.bsky.feed.getAuthorFeed?actor=<handle>&limit=20&filter=posts_and_author_threads&includePins=true``
  and, while the reader scrolls, the same with ``&cursor=<the answer's cursor>`` (an ISO timestamp,
  ``encodeURIComponent``-escaped). The answer is Bluesky's: ``{"feed": [{"post": {uri, cid, author
  {did, handle, displayName, avatar, associated, labels, createdAt}, record {$type, createdAt, langs,
  text, facets?, embed?, reply?}, embed? (images / external / record views, a quoted post with its own
  author and text), replyCount, repostCount, likeCount, quoteCount, indexedAt, labels, viewer},
  reason? (reasonRepost with ``by``, reasonPin), reply? (root / parent)}], "cursor": "…"}``, the last
  page without ``cursor``. The app renders React Native Web markup (``css-175oi2r`` / ``css-146c3p1``
  atomic classes, inline styles, ``data-testid`` hooks): ``feedItem-by-<handle>`` items with a "Pinned"
  or "Reposted by X" line, an avatar link, the author link (display name, or the handle when there is
  none, and "@handle"), "·" and a time link to ``/profile/<handle>/post/<rkey>`` ('Mar 14, 2025' with
  the full time in aria-label / data-tooltip), "Reply to X" on self-thread replies, ``postText`` with
  hashtag / mention / link facets as links, image / link-card / quote embeds, and reply / repost / like
  buttons whose aria-labels give the exact counts ("Like (2,431 likes)") while the visible count is
  compact ("2.4K") and absent at 0. 20, 20 and 5 feed items (45 posts; reposts of five other
  accounts, one pinned post, self-thread replies). Written down: text, url (the post page the time
  links to), author (the name shown), handle (without the "@" the app puts before it), date (UTC day), replies, reposts, likes.

Run ``uv run python tests/sites/corpus/generate_nineteenth_d.py`` to rebuild it (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc

NINETEENTH_D: dict[str, Callable[[], None]] = {}


def nineteenth_d(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    NINETEENTH_D[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(text: str, length: int = 32) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:length]


_B32 = "abcdefghijklmnopqrstuvwxyz234567"
_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz"


def _b32(text: str, length: int) -> str:
    digest = hashlib.sha256(text.encode()).digest()
    number = int.from_bytes(digest, "big")
    out = []
    for _ in range(length):
        number, rest = divmod(number, 32)
        out.append(_B32[rest])
    return "".join(out)


def _did(handle: str) -> str:
    return "did:plc:" + _b32("did-" + handle, 24)


def _cid(text: str) -> str:
    return "bafyrei" + _b32("cid-" + text, 52)


def _tid(when: datetime, clock: int) -> str:
    """A record key as atproto writes them: 53 bits of microseconds and 10 of clock id, base32-sortable."""
    number = (int(when.timestamp() * 1_000_000) << 10) | (clock & 0x3FF)
    out = []
    for _ in range(13):
        number, rest = divmod(number, 32)
        out.append(_SORTABLE[rest])
    return "".join(reversed(out))


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


# ---------------------------------------------------------------------------------------------------
# skyfeed: a Bluesky-like profile feed, an app shell over getAuthorFeed paged by cursor.
# ---------------------------------------------------------------------------------------------------

SF_HANDLE = "priyaraman.bsky.social"
SF_LIMIT = 20
SF_NOW = datetime(2025, 3, 15, 12, 0, 0, tzinfo=UTC)
SF_BUNDLE_PATH = "static/js/main.b7e4d21a.js"
SF_CSS_PATH = "static/css/main.4c1f0e92.css"

#: handle -> display name ("" when the account set none: the app shows the handle instead).
SF_PEOPLE: dict[str, str] = {
    SF_HANDLE: "Priya Raman 🌿",
    "marenolsen.bsky.social": "Maren Olsen",
    "leedswildlife.org": "Leeds Urban Wildlife Trust",
    "tomasek.bsky.social": "Tomás Ekdahl",
    "moth-nights.bsky.social": "",
    "amaowusu.bsky.social": "Dr. Ama Owusu",
}
SF_BIO = "Urban ecologist in Leeds 🏙️🌳 Street trees, swifts and the weeds in your pavement cracks. Field notes, photos and the odd paper. She/her."

#: kind ("post", "repost", "pin", "reply"), author handle, text, hours before SF_NOW the post was made,
#: hours before SF_NOW it was reposted (reposts only), replies, reposts, likes, quotes, embed
#: (None, ("images", [alt, …]), ("external", uri, title, description), ("quote", handle, text, hours ago)).
# fmt: off
SF_ITEMS: list[tuple[str, str, str, float, float, int, int, int, int, Any]] = [
    ("pin", SF_HANDLE, "New here? I count street trees, listen for swifts and write about the plants that grow where nobody planted them. Pinned: our open dataset of 41,000 Leeds street trees is live, with species, girth and condition 🌳 #UrbanEcology", 2150.0, 0, 38, 212, 1187, 24, ("external", "https://treemap.leeds.example/open-data", "Leeds Street Tree Inventory 2024", "Species, girth, condition and planting year for 41,206 street trees, free to download under CC BY 4.0.")),
    ("post", SF_HANDLE, "First chiffchaff of the year singing in Roundhay Park this morning, a full week earlier than last spring. Anyone else heard one yet? #BirdsOfBluesky", 2.5, 0, 14, 9, 163, 1, None),
    ("repost", "leedswildlife.org", "Volunteers wanted! 🐸 Our toad patrol on Eccup Lane starts Monday evening. Torches, hi-vis and buckets provided, enthusiasm essential. Sign up via the link.", 30.0, 5.0, 6, 88, 241, 7, ("external", "https://leedswildlife.example/toad-patrol-2025", "Toad Patrol 2025 | Leeds Urban Wildlife Trust", "Help thousands of toads cross Eccup Lane safely on their way to the breeding pond.")),
    ("post", SF_HANDLE, "Pavement-crack botany, Hyde Park edition: ivy-leaved toadflax, wall rue and a very confident herb Robert, all within one metre of a bus stop.", 8.0, 0, 5, 11, 97, 0, ("images", ["Tiny lilac toadflax flowers trailing down a stone wall beside a bus stop", "A fern, wall rue, growing out of mortar between bricks"])),
    ("post", SF_HANDLE, "Reminder that a lawn mown every two weeks from April is a green desert. Ours went to monthly last year and we counted 23 plant species by August, up from 9.", 20.0, 0, 31, 140, 902, 12, None),
    ("reply", SF_HANDLE, "The surprise of the count was selfheal, which had clearly been there all along, just never allowed to flower. Method and species list in the thread below.", 19.5, 0, 3, 4, 88, 0, None),
    ("post", SF_HANDLE, "Paper day! Our study of 312 street trees across six wards is out in @urbanforestry.bsky.social's journal: canopy cover tracked income almost perfectly, and the gap widened after 2010.", 28.0, 0, 22, 97, 455, 18, ("external", "https://doi.example/10.1016/j.ufug.2025.128702", "Canopy inequality in a post-industrial city: a ward-level analysis of street-tree loss", "Urban Forestry & Urban Greening, Volume 104, 2025.")),
    ("repost", "marenolsen.bsky.social", "Kestrels are back on the church tower at St Michael's for the fourth year running. The nest cam goes live on Friday 🦅", 44.0, 31.0, 11, 35, 418, 3, ("images", ["A kestrel perched on a weathered stone ledge of a church tower"])),
    ("post", SF_HANDLE, "Question for the tree people: is anyone tracking how many of the 2020–22 whip plantings actually survived? Our street lost roughly half of them to the first dry summer.", 46.0, 0, 19, 8, 74, 0, None),
    ("post", SF_HANDLE, "Spent the afternoon at the council's street-tree consultation. Good news: a commitment to replace every felled tree two-for-one within the same ward. Less good: no money for watering.", 70.0, 0, 9, 27, 188, 2, None),
    ("post", SF_HANDLE, "Swift bricks! The new flats on Kirkstall Road have 24 of them built into the gable ends. This is what planning conditions can do when someone actually checks. #SwiftsLocalNetwork", 75.0, 0, 7, 64, 377, 5, ("images", ["Grey swift bricks set in rows under the eaves of a new brick apartment block"])),
    ("repost", "tomasek.bsky.social", "Our little moss survey found 31 species on the walls of one Victorian cemetery in Sheffield. Cemeteries are the old-growth forests of the city, I will die on this hill (and presumably be buried in it).", 96.0, 80.0, 15, 203, 1642, 41, None),
    ("post", SF_HANDLE, "Teaching today: second-years did their first quadrat survey in a car park verge. Favourite quote: “I didn’t know there were this many kinds of grass.” 🌾", 100.0, 0, 2, 6, 129, 0, None),
    ("post", SF_HANDLE, "Thread on why I’ve stopped saying “weeds” in lectures 🧵 1/", 119.0, 0, 12, 45, 310, 9, None),
    ("reply", SF_HANDLE, "2/ Half of the plants we call weeds in Leeds feed the first pollinators of the year: dandelions, coltsfoot, red dead-nettle. Pull them in March and the early bumblebee queens go hungry.", 118.9, 0, 4, 17, 142, 0, None),
    ("post", SF_HANDLE, "Heavy frost this morning and the blackthorn in the cemetery is already flowering. Brave little shrub.", 140.0, 0, 1, 3, 58, 0, ("images", ["White blackthorn blossom on dark bare twigs, edged with frost"])),
    ("repost", "moth-nights.bsky.social", "Last night's trap in a Headingley back garden: 14 moths of 6 species, including the first Hebrew Characters and an early Oak Beauty. Spring is properly here.", 170.0, 150.0, 3, 12, 96, 1, ("images", ["A moth trap egg box with several brown moths resting on it"])),
    ("post", SF_HANDLE, "Our department is hiring a two-year postdoc on urban pollinator networks. Fieldwork across Leeds and Bradford, start date flexible. Please share!", 190.0, 0, 6, 118, 233, 4, ("external", "https://jobs.uni.example/vacancy/urban-pollinator-networks-8841", "Research Fellow in Urban Pollinator Networks", "Fixed term for 24 months, Grade 7, School of Biology.")),
    ("post", SF_HANDLE, "Grey wagtail on the canal towpath by Granary Wharf, bobbing its tail at me like it owned the place. Which it does, to be fair.", 215.0, 0, 3, 5, 121, 0, None),
    ("post", SF_HANDLE, "Data question: the street-tree dataset has 612 trees marked “species unknown”. If you know your winter twigs and fancy a walk, I’d love help checking them before the leaves come out.", 240.0, 0, 27, 39, 176, 3, None),
    ("post", SF_HANDLE, "A wet Sunday spent entering survey sheets. 1,409 records in and I have opinions about handwriting, including my own.", 262.0, 0, 4, 2, 87, 0, None),
    ("repost", "amaowusu.bsky.social", "New preprint: heat-vulnerability maps for 12 UK cities, with street-level canopy data. Some of the hottest streets are 4°C warmer than tree-lined ones two hundred metres away.", 300.0, 266.0, 18, 156, 703, 22, ("external", "https://preprints.example/2025.03.02.588214", "Street-level heat vulnerability and canopy cover in twelve UK cities", "Owusu A., Chen L., Baptiste R. et al. Preprint, March 2025.")),
    ("post", SF_HANDLE, "The heat maps in this are striking. Leeds's hottest streets are the same ones that lost trees in our survey.", 268.0, 0, 5, 31, 214, 2, ("quote", "amaowusu.bsky.social", "New preprint: heat-vulnerability maps for 12 UK cities, with street-level canopy data.", 300.0)),
    ("post", SF_HANDLE, "Snowdrops under the beeches in Meanwood Park, thousands of them. Not native, I know, but they feed the first bees on sunny days in February.", 300.5, 0, 8, 14, 265, 1, ("images", ["A carpet of snowdrops under grey beech trunks", "Close-up of a honeybee on a snowdrop"])),
    ("post", SF_HANDLE, "Small win: the council agreed to leave a strip of the Woodhouse Moor verge unmown this year as a trial. We'll be surveying it monthly and posting the results here.", 330.0, 0, 11, 52, 498, 6, None),
    ("post", SF_HANDLE, "Reading @tomasek.bsky.social's moss paper on the train and now I cannot stop looking at walls.", 352.0, 0, 2, 1, 45, 0, None),
    ("post", SF_HANDLE, "It is 7°C, raining sideways, and there is a blackbird singing its heart out from the top of a lamp post in Burley. Respect.", 380.0, 0, 0, 4, 132, 0, None),
    ("repost", "leedswildlife.org", "Hedgehog survey results are in! 🦔 Garden sightings across Leeds were up 18% on last year, with the biggest rise in Chapel Allerton and Horsforth. Thank you to the 2,300 households who took part.", 420.0, 400.0, 24, 310, 1958, 33, ("images", ["A hedgehog crossing a garden lawn at dusk"])),
    ("post", SF_HANDLE, "Hedgehog highways are such an easy win. A 13 cm hole in the bottom of the fence, that's it.", 405.0, 0, 6, 22, 309, 2, ("quote", "leedswildlife.org", "Hedgehog survey results are in! 🦔 Garden sightings across Leeds were up 18% on last year.", 420.0)),
    ("post", SF_HANDLE, "Ten years of the Kirkstall Valley bird transect, one graph: wrens up, house sparrows stable, starlings down by a third. Full write-up on the blog.", 450.0, 0, 13, 77, 521, 8, ("external", "https://priyaraman.example/blog/ten-years-of-transects", "Ten years of walking the same 3 km | field notes", "What a decade of monthly bird counts along the River Aire taught me about patience and starlings.")),
    ("post", SF_HANDLE, "Lovely chat with Year 5 at Quarry Mount Primary about the trees outside their classroom. They have named the horse chestnut Gerald. Gerald is 140 years old.", 500.0, 0, 10, 48, 1204, 5, None),
    ("post", SF_HANDLE, "Peer review tip from a tired reviewer: please, please label your axes with units.", 520.0, 0, 16, 95, 640, 11, None),
    ("repost", "tomasek.bsky.social", "Mosses do not care about your weekend plans. Out surveying in the sleet again.", 560.0, 545.0, 4, 7, 189, 0, ("images", ["A gloved hand holding a hand lens over green moss on a wet stone wall"])),
    ("post", SF_HANDLE, "First frogspawn in the allotment pond. Much earlier than the old records from the 1980s, which is a whole conversation in itself.", 570.0, 0, 7, 19, 276, 1, None),
    ("post", SF_HANDLE, "Slides from my talk at the Yorkshire Naturalists' Union winter meeting are up, for anyone who asked about the lichen maps.", 600.0, 0, 3, 12, 81, 0, ("external", "https://priyaraman.example/talks/ynu-2025-lichens", "Lichens as air-quality indicators in Leeds, 2015–2024", "Slides and data from the YNU winter meeting, February 2025.")),
    ("post", SF_HANDLE, "Today's pavement crack: a single, perfect scarlet pimpernel in February. Completely out of season and completely unbothered.", 640.0, 0, 2, 9, 173, 0, ("images", ["A small scarlet pimpernel flower growing between paving slabs"])),
    ("post", SF_HANDLE, "Mapping dead street trees from the top deck of the number 49 bus. Not recommended for anyone prone to travel sickness.", 690.0, 0, 5, 3, 99, 0, None),
    ("post", SF_HANDLE, "Long-tailed tits building a nest in the gorse by the reservoir: lichen, moss, spider silk and about two thousand feathers. The best architects in Leeds.", 720.0, 0, 9, 58, 712, 4, ("images", ["A long-tailed tit carrying a feather into a gorse bush"])),
    ("post", SF_HANDLE, "A reminder that the city's tree officers are doing heroic work on a shoestring. Criticise the budget, not the people.", 760.0, 0, 14, 36, 402, 3, None),
    ("repost", "marenolsen.bsky.social", "Winter thrush count in Golden Acre Park: 212 redwings and 40 fieldfares stripping the rowans. Loud, greedy and wonderful.", 800.0, 780.0, 2, 9, 150, 0, None),
    ("post", SF_HANDLE, "Five years ago today I counted my first street tree for the survey. It was a London plane on Clarendon Road and it is still there, thriving.", 820.0, 0, 11, 21, 355, 1, None),
    ("post", SF_HANDLE, "Bluesky friends who do bats: what detector would you recommend for undergraduate fieldwork on a tight budget?", 860.0, 0, 23, 5, 40, 0, None),
    ("post", SF_HANDLE, "Happy to report the lime trees on Cardigan Road were saved. Three years of letters, one petition, two meetings and a very patient arborist.", 900.0, 0, 19, 84, 1531, 9, None),
    ("post", SF_HANDLE, "Cold, clear and still: the best kind of morning for bird song transects. 31 species before 9 am.", 950.0, 0, 1, 2, 67, 0, None),
    ("post", SF_HANDLE, "Hello Bluesky! Urban ecologist, tree counter, swift enthusiast. Posting field notes from Leeds.", 1010.0, 0, 31, 44, 388, 0, None),
]
# fmt: on


def _sf_author(handle: str) -> dict[str, Any]:
    did = _did(handle)
    author: dict[str, Any] = {
        "did": did,
        "handle": handle,
        "displayName": SF_PEOPLE[handle],
        "avatar": f"https://cdn.bsky.app/img/avatar/plain/{did}/{_cid('avatar-' + handle)}@jpeg",
        "associated": {"chat": {"allowIncoming": "following" if handle == SF_HANDLE else "all"}},
        "labels": [],
        "createdAt": "2023-11-02T10:15:44.118Z" if handle == SF_HANDLE else "2024-02-07T08:41:12.503Z",
    }
    if not SF_PEOPLE[handle]:
        del author["displayName"]
    return author


def _sf_facets(text: str) -> list[dict[str, Any]]:
    """Hashtag and mention facets, by UTF-8 byte offsets as atproto writes them."""
    facets: list[dict[str, Any]] = []
    for word in text.replace("'s", " ").split():
        token = word.rstrip(".,:!?")
        if token.startswith("#") and len(token) > 1:
            feature: dict[str, Any] = {"$type": "app.bsky.richtext.facet#tag", "tag": token[1:]}
        elif token.startswith("@") and "." in token:
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": _did(token[1:])}
        else:
            continue
        start = len(text.encode()[: text.encode().find(token.encode())])
        facets.append(
            {
                "$type": "app.bsky.richtext.facet",
                "index": {"byteStart": start, "byteEnd": start + len(token.encode())},
                "features": [feature],
            }
        )
    return facets


def _sf_embed(embed: Any, did: str, clock: int) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The record's own embed and the hydrated view the API answers with."""
    if embed is None:
        return None, None
    if embed[0] == "images":
        blobs = [_cid(f"img-{clock}-{i}") for i in range(len(embed[1]))]
        raw = {
            "$type": "app.bsky.embed.images",
            "images": [
                {
                    "alt": alt,
                    "aspectRatio": {"height": 1536, "width": 2048},
                    "image": {
                        "$type": "blob",
                        "ref": {"$link": blob},
                        "mimeType": "image/jpeg",
                        "size": 412_000 + i * 913,
                    },
                }
                for i, (alt, blob) in enumerate(zip(embed[1], blobs, strict=True))
            ],
        }
        view = {
            "$type": "app.bsky.embed.images#view",
            "images": [
                {
                    "thumb": f"https://cdn.bsky.app/img/feed_thumbnail/plain/{did}/{blob}@jpeg",
                    "fullsize": f"https://cdn.bsky.app/img/feed_fullsize/plain/{did}/{blob}@jpeg",
                    "alt": alt,
                    "aspectRatio": {"height": 1536, "width": 2048},
                }
                for alt, blob in zip(embed[1], blobs, strict=True)
            ],
        }
        return raw, view
    if embed[0] == "external":
        _, uri, title, description = embed
        thumb = _cid(f"thumb-{uri}")
        raw = {"$type": "app.bsky.embed.external", "external": {"uri": uri, "title": title, "description": description}}
        view = {
            "$type": "app.bsky.embed.external#view",
            "external": {
                "uri": uri,
                "title": title,
                "description": description,
                "thumb": f"https://cdn.bsky.app/img/feed_thumbnail/plain/{did}/{thumb}@jpeg",
            },
        }
        return raw, view
    _, handle, text, hours = embed
    when = SF_NOW - timedelta(hours=hours)
    uri = f"at://{_did(handle)}/app.bsky.feed.post/{_tid(when, 7)}"
    cid = _cid("quoted-" + text)
    raw = {"$type": "app.bsky.embed.record", "record": {"cid": cid, "uri": uri}}
    view = {
        "$type": "app.bsky.embed.record#view",
        "record": {
            "$type": "app.bsky.embed.record#viewRecord",
            "uri": uri,
            "cid": cid,
            "author": _sf_author(handle),
            "value": {"$type": "app.bsky.feed.post", "createdAt": _iso(when), "langs": ["en"], "text": text},
            "labels": [],
            "likeCount": 703,
            "replyCount": 18,
            "repostCount": 156,
            "quoteCount": 22,
            "indexedAt": _iso(when + timedelta(seconds=1)),
            "embeds": [],
        },
    }
    return raw, view


def _sf_feed() -> tuple[list[dict[str, Any]], list[str]]:
    """The feed items the API answers with, newest first, and each one's sort time (for the cursor)."""
    items: list[dict[str, Any]] = []
    sort_times: list[str] = []
    previous: dict[str, Any] | None = None
    for clock, (kind, handle, text, hours, repost_hours, replies, reposts, likes, quotes, embed) in enumerate(SF_ITEMS):
        created = SF_NOW - timedelta(hours=hours, seconds=clock * 37, microseconds=(clock * 7919 + 1301) % 999_983)
        author = _sf_author(handle)
        uri = f"at://{author['did']}/app.bsky.feed.post/{_tid(created, clock)}"
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "createdAt": _iso(created),
            "langs": ["en"],
            "text": text,
        }
        facets = _sf_facets(text)
        if facets:
            record["facets"] = facets
        raw_embed, view_embed = _sf_embed(embed, author["did"], clock)
        if raw_embed is not None:
            record["embed"] = raw_embed
        item: dict[str, Any] = {}
        if kind == "reply" and previous is not None:
            parent_ref = {"cid": previous["cid"], "uri": previous["uri"]}
            record["reply"] = {"parent": parent_ref, "root": parent_ref}
        post: dict[str, Any] = {
            "uri": uri,
            "cid": _cid(uri),
            "author": author,
            "record": record,
        }
        if view_embed is not None:
            post["embed"] = view_embed
        post.update(
            {
                "replyCount": replies,
                "repostCount": reposts,
                "likeCount": likes,
                "quoteCount": quotes,
                "indexedAt": _iso(created + timedelta(milliseconds=412)),
                "labels": [],
                "viewer": {"threadMuted": False, "embeddingDisabled": False},
            }
        )
        item["post"] = post
        sort_at = post["indexedAt"]
        if kind == "reply" and previous is not None:
            item["reply"] = {"root": previous, "parent": previous}
        if kind == "repost":
            reposted = SF_NOW - timedelta(hours=repost_hours, seconds=clock * 11)
            item["reason"] = {
                "$type": "app.bsky.feed.defs#reasonRepost",
                "by": {k: v for k, v in _sf_author(SF_HANDLE).items() if k != "associated"},
                "indexedAt": _iso(reposted),
            }
            sort_at = _iso(reposted)
        if kind == "pin":
            item["reason"] = {"$type": "app.bsky.feed.defs#reasonPin"}
        items.append(item)
        sort_times.append(sort_at)
        if kind != "repost":
            previous = {k: v for k, v in post.items() if k != "viewer"}
    return items, sort_times


def _sf_day(iso: str) -> str:
    return iso[:10]


SF_SHELL = """<!DOCTYPE html>
<html>
<head>
  <meta charset="UTF-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, viewport-fit=cover">
  <meta name="referrer" content="origin-when-cross-origin">
  <meta name="theme-color">
  <meta name="color-scheme" content="light dark">
  <meta name="application-name" content="Bluesky">
  <meta name="generator" content="bskyweb">
  <meta property="og:site_name" content="Bluesky Social">
  <title>Bluesky</title>
  <link rel="preload" as="font" type="font/woff2" href="/static/media/InterVariable.c504db5c06caaf7cdfba.woff2" crossorigin>
  <link rel="preload" as="font" type="font/woff2" href="/static/media/InterVariable-Italic.01dcbad1bac635f9c9cd.woff2" crossorigin>
  <style>
    html { background-color: white; scrollbar-gutter: stable both-edges; }
    @media (prefers-color-scheme: dark) { html { background-color: black; } }
    html, body { margin: 0px; padding: 0px; font-family: InterVariable, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; text-rendering: optimizeLegibility; }
    #splash { display: flex; position: fixed; top: 0; bottom: 0; left: 0; right: 0; align-items: center; justify-content: center; }
    #splash svg { position: relative; top: -50px; width: 100px; }
    [data-tooltip] { position: relative; z-index: 10; }
  </style>
  <script>
    const theme = localStorage.getItem('ALF_THEME')
    if (theme) { document.documentElement.classList.add(theme) }
  </script>
  <script defer="defer" src="/static/js/main.b7e4d21a.js"></script>
  <link href="/static/css/main.4c1f0e92.css" rel="stylesheet">
  <link rel="apple-touch-icon" sizes="180x180" href="/static/apple-touch-icon.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/static/favicon-32x32.png">
  <link rel="icon" type="image/png" sizes="16x16" href="/static/favicon-16x16.png">
  <link rel="mask-icon" href="/static/safari-pinned-tab.svg" color="#1185fe">
  <meta name="theme-color" content="#ffffff">
  <meta name="twitter:site" content="@bluesky">
  <meta property="og:type" content="profile">
  <meta property="profile:username" content="__HANDLE__">
  <meta property="og:url" content="https://bsky.app/profile/__HANDLE__">
  <meta property="og:title" content="__NAME__ (@__HANDLE__)">
  <meta name="description" content="__BIO__">
  <meta property="og:description" content="__BIO__">
  <meta property="og:image" content="__AVATAR__">
  <meta name="twitter:card" content="summary">
  <meta name="twitter:label1" content="Account DID">
  <meta name="twitter:value1" content="__DID__">
  <link rel="alternate" href="at://__DID__/app.bsky.actor.profile/self">
  <link rel="alternate" type="application/rss+xml" href="/profile/__DID__/rss">
</head>
<body>
  <div id="root">
    <div id="splash">
      <svg fill="none" viewBox="0 0 64 57" width="64" style="width: 64px"><path fill="#0085ff" d="M13.873 3.805C21.21 9.332 29.103 20.537 32 26.55v15.882c0-.338-.13.044-.41.867-1.512 4.456-7.418 21.847-20.923 7.944-7.111-7.32-3.819-14.64 9.125-16.85-7.405 1.264-15.73-.825-18.014-9.015C1.12 23.022 0 8.51 0 6.55 0-3.268 8.579-.182 13.873 3.805ZM50.127 3.805C42.79 9.332 34.897 20.537 32 26.55v15.882c0-.338.13.044.41.867 1.512 4.456 7.418 21.847 20.923 7.944 7.111-7.32 3.819-14.64-9.125-16.85 7.405 1.264 15.73-.825 18.014-9.015C62.88 23.022 64 8.51 64 6.55c0-9.818-8.578-6.732-13.873-2.745Z"></path></svg>
    </div>
  </div>
  <noscript>
    <h1 lang="en">JavaScript Required</h1>
    <p lang="en">This is a heavily interactive web application, and JavaScript is required. Simple HTML interfaces are possible, but that is not what this is.</p>
    <p lang="en">Learn more about Bluesky at <a href="https://bsky.social">bsky.social</a> and <a href="https://atproto.com">atproto.com</a>.</p>
    <div id="bsky_profile_summary">
      <h3>Profile</h3>
      <p id="bsky_display_name">__NAME__</p>
      <p id="bsky_handle">__HANDLE__</p>
      <p id="bsky_did">__DID__</p>
      <h3>Bio</h3>
      <p id="bsky_profile_description">__BIO__</p>
    </div>
  </noscript>
</body>
</html>"""

#: The app bundle, reduced to what a logged-out visitor of a profile runs: an XRPC client that builds the
#: query from a parameter object (as @atproto/api does), the profile header and the author feed rendered as
#: React Native Web markup, and the infinite scroll that asks for the next page with the answer's cursor.
SF_BUNDLE = r"""/*! For license information please see main.b7e4d21a.js.LICENSE.txt */
(()=>{"use strict";var Q={SERVICE:"",LABELER:"did:plc:ar7c4by46qjdydhdevvrndac;redact",PAGE:20},V="css-175oi2r",T="css-146c3p1",S="css-1jxf684";
function h(t,a,c){var n=document.createElement(t);for(var k in a||{})k==="className"?n.className=a[k]:k==="style"?n.setAttribute("style",a[k]):n.setAttribute(k,a[k]);[].concat(c==null?[]:c).forEach(function(x){x!=null&&n.append(x)});return n}
function xrpc(nsid,params){var qs=Object.keys(params).filter(function(k){return params[k]!==void 0}).map(function(k){return encodeURIComponent(k)+"="+encodeURIComponent(String(params[k]))}).join("&");
return fetch(Q.SERVICE+"/xrpc/"+nsid+(qs?"?"+qs:""),{headers:{"atproto-accept-labelers":Q.LABELER}}).then(function(r){if(!r.ok)throw new Error("XRPCError "+r.status);return r.json()})}
var agent={getProfile:function(p){return xrpc("app.bsky.actor.getProfile",{actor:p.actor})},getAuthorFeed:function(p){return xrpc("app.bsky.feed.getAuthorFeed",{actor:p.actor,limit:p.limit,filter:p.filter,includePins:p.includePins,cursor:p.cursor})}};
var NF=new Intl.NumberFormat("en-US"),CF=new Intl.NumberFormat("en-US",{notation:"compact",maximumFractionDigits:1,roundingMode:"trunc"});
function count(n){return n>=1e3?CF.format(n):String(n)}
function plural(n,one,many){return NF.format(n)+" "+(n===1?one:many)}
function full(iso){var d=new Date(iso);return d.toLocaleDateString("en-US",{month:"short",day:"numeric",year:"numeric"})+" at "+d.toLocaleTimeString("en-US",{hour:"numeric",minute:"2-digit"})}
function ago(iso){var d=new Date(iso),s=(Date.now()-d.getTime())/1e3;if(s<60)return"now";if(s<3600)return Math.floor(s/60)+"m";if(s<86400)return Math.floor(s/3600)+"h";if(s<604800)return Math.floor(s/86400)+"d";
var y=d.getFullYear()===new Date().getFullYear();return d.toLocaleDateString("en-US",y?{month:"short",day:"numeric"}:{month:"short",day:"numeric",year:"numeric"})}
function name(a){return a.displayName&&a.displayName.trim()?a.displayName:a.handle}
function rkey(uri){return uri.split("/").pop()}
function richText(r){var el=h("div",{"data-testid":"postText",dir:"auto",className:T,style:"font-size: 15px; letter-spacing: 0px; color: rgb(11, 15, 20); line-height: 20px; white-space: pre-wrap; overflow-wrap: break-word;"}),t=r.text,b=new TextEncoder().encode(t),at=0,dec=new TextDecoder();
(r.facets||[]).slice().sort(function(x,y){return x.index.byteStart-y.index.byteStart}).forEach(function(f){var s=f.index.byteStart,e=f.index.byteEnd,ft=f.features[0],txt=dec.decode(b.slice(s,e));if(s>at)el.append(dec.decode(b.slice(at,s)));
var href=ft.$type.endsWith("#tag")?"/hashtag/"+encodeURIComponent(ft.tag):ft.$type.endsWith("#mention")?"/profile/"+ft.did:ft.uri;el.append(h("a",{href:href,role:"link",className:T+" r-1loqt21",style:"color: rgb(16, 131, 254);","data-no-underline":"1"},txt));at=e});
if(at<b.length)el.append(dec.decode(b.slice(at)));return h("div",{className:V,style:"padding-bottom: 4px;"},el)}
function avatar(a,size){return h("div",{className:V,"data-testid":"userAvatarImage",style:"width: "+size+"px; height: "+size+"px; border-radius: "+size+"px; overflow: hidden;"},h("a",{href:"/profile/"+a.handle,role:"link","aria-label":name(a)+"'s avatar",className:V+" r-1loqt21 r-1otgn73"},h("img",{alt:"",src:a.avatar.replace("/avatar/","/avatar_thumbnail/"),draggable:"false",className:"css-9pa8cd"})))}
function meta(a,post){return h("div",{className:V,style:"flex-direction: row; align-items: center; padding-bottom: 2px; gap: 4px; z-index: 20;"},[
h("div",{className:V,style:"flex-direction: row; align-items: center; flex-shrink: 1;"},h("a",{href:"/profile/"+a.handle,role:"link","aria-label":"View profile",className:T+" r-1loqt21",style:"font-size: 15px; letter-spacing: 0px; line-height: 20px;"},[h("span",{className:S,style:"font-weight: 600;"},name(a)),h("span",{className:S,style:"color: rgb(66, 87, 108);"},"\u00a0@"+a.handle)])),
h("div",{className:T,style:"font-size: 15px; color: rgb(66, 87, 108);"},"\u00b7"),
h("a",{href:"/profile/"+a.handle+"/post/"+rkey(post.uri),role:"link","aria-label":full(post.indexedAt),"data-tooltip":full(post.indexedAt),className:T+" r-1loqt21",style:"font-size: 15px; color: rgb(66, 87, 108); white-space: nowrap;"},ago(post.indexedAt))])}
function images(v){return h("div",{className:V,"data-testid":"contentHider-embed",style:"margin-top: 8px;"},h("div",{className:V,style:"flex-direction: row; gap: 4px;"},v.images.map(function(im){return h("button",{type:"button","aria-label":im.alt||"Image",className:V+" r-1loqt21 r-1otgn73",style:"flex: 1 1 0%; border-radius: 8px; overflow: hidden;"},[h("img",{alt:im.alt,src:im.thumb,draggable:"false",className:"css-9pa8cd"}),im.alt?h("div",{className:V,style:"position: absolute; left: 6px; bottom: 6px; background-color: rgba(0, 0, 0, 0.75); border-radius: 6px; padding: 3px 6px;"},h("div",{className:T,style:"font-size: 10px; font-weight: 600; color: rgb(255, 255, 255);"},"ALT")):null])})))}
function external(v){var e=v.external,host=new URL(e.uri).hostname.replace(/^www\./,"");return h("div",{className:V,style:"margin-top: 8px;"},h("a",{href:e.uri,role:"link",rel:"noopener noreferrer",target:"_blank",className:V+" r-1loqt21",style:"border-width: 1px; border-radius: 8px; border-color: rgb(212, 219, 226); overflow: hidden;"},[
h("img",{alt:"",src:e.thumb,className:"css-9pa8cd",style:"aspect-ratio: 1.91;"}),h("div",{className:V,style:"padding: 8px 12px; gap: 4px;"},[h("div",{className:T,numberoflines:"3",style:"font-size: 15px; font-weight: 600; line-height: 20px;"},e.title),h("div",{className:T,numberoflines:"2",style:"font-size: 13px; line-height: 17px; color: rgb(66, 87, 108);"},e.description),
h("div",{className:V,style:"flex-direction: row; gap: 4px; border-top-width: 1px; border-color: rgb(212, 219, 226); padding-top: 6px;"},[h("svg",{fill:"none",width:"12",viewBox:"0 0 24 24",height:"12"}),h("div",{className:T,style:"font-size: 12px; color: rgb(66, 87, 108);"},host)])])]))}
function quote(v){var r=v.record,a=r.author;return h("div",{className:V,style:"margin-top: 8px;"},h("div",{role:"link",tabindex:"0","aria-label":"Post by "+name(a),className:V+" r-1loqt21 r-1otgn73",style:"border-width: 1px; border-radius: 12px; border-color: rgb(212, 219, 226); padding: 12px 12px 16px;"},[
h("div",{className:V,style:"flex-direction: row; align-items: center; gap: 4px;"},[avatar(a,16),h("div",{className:T,style:"font-size: 15px;"},[h("span",{className:S,style:"font-weight: 600;"},name(a)),h("span",{className:S,style:"color: rgb(66, 87, 108);"},"\u00a0@"+a.handle)]),h("div",{className:T,style:"color: rgb(66, 87, 108);"},"\u00b7"),h("div",{className:T,"aria-label":full(r.indexedAt),style:"color: rgb(66, 87, 108);"},ago(r.indexedAt))]),
h("div",{className:T,dir:"auto",style:"font-size: 15px; line-height: 20px; padding-top: 4px;"},r.value.text)]))}
function embed(p){var e=p.embed;if(!e)return null;if(e.$type==="app.bsky.embed.images#view")return images(e);if(e.$type==="app.bsky.embed.external#view")return external(e);if(e.$type==="app.bsky.embed.record#view")return quote(e);return null}
var ICON={reply:"M2.002 6a3 3 0 0 1 3-3h14a3 3 0 0 1 3 3v10a3 3 0 0 1-3 3H12.28l-4.762 2.858A1 1 0 0 1 6.002 21v-2h-1a3 3 0 0 1-3-3V6Z",repost:"M17.957 2.293a1 1 0 1 0-1.414 1.414L17.836 5H6a3 3 0 0 0-3 3v3a1 1 0 1 0 2 0V8a1 1 0 0 1 1-1h11.836l-1.293 1.293a1 1 0 0 0 1.414 1.414l2.47-2.47a1.75 1.75 0 0 0 0-2.474l-2.47-2.47Z",like:"M16.734 5.091c-1.238-.276-2.708.047-4.022 1.38a1 1 0 0 1-1.424 0C9.974 5.137 8.504 4.814 7.266 5.09c-1.263.282-2.379 1.206-2.92 2.556C3.33 10.18 4.252 14.84 12 19.348c7.747-4.508 8.67-9.168 7.654-11.7-.541-1.351-1.657-2.275-2.92-2.557Z",more:"M2 12a2 2 0 1 1 4 0 2 2 0 0 1-4 0Zm16 0a2 2 0 1 1 4 0 2 2 0 0 1-4 0Zm-6-2a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z"};
function icon(d){var s=document.createElementNS("http://www.w3.org/2000/svg","svg");s.setAttribute("fill","none");s.setAttribute("viewBox","0 0 24 24");s.setAttribute("width","18");s.setAttribute("height","18");s.innerHTML='<path fill="hsl(211, 20%, 53%)" fill-rule="evenodd" clip-rule="evenodd" d="'+d+'"></path>';return s}
function ctrl(id,label,d,n){return h("div",{className:V,style:"flex: 1 1 0%; align-items: flex-start;"},h("button",{type:"button","data-testid":id+"Btn","aria-label":label,className:V+" r-1loqt21 r-1otgn73",style:"flex-direction: row; align-items: center; gap: 4px; padding: 5px; border-radius: 999px;"},[icon(d),n>0?h("div",{"data-testid":id+"Count",className:T,style:"font-size: 14px; color: rgb(66, 87, 108); user-select: none;"},count(n)):null]))}
function controls(p){return h("div",{className:V,style:"flex-direction: row; justify-content: space-between; align-items: center; padding-top: 4px; margin-left: -6px;"},[
ctrl("reply","Reply ("+plural(p.replyCount||0,"reply","replies")+")",ICON.reply,p.replyCount||0),ctrl("repost","Repost ("+plural(p.repostCount||0,"repost","reposts")+")",ICON.repost,p.repostCount||0),
ctrl("like","Like ("+plural(p.likeCount||0,"like","likes")+")",ICON.like,p.likeCount||0),h("div",{className:V,style:"flex: 1 1 0%; align-items: flex-start;"},h("button",{type:"button","data-testid":"postDropdownBtn","aria-label":"Open post options menu",className:V+" r-1loqt21 r-1otgn73"},icon(ICON.more)))])}
function reason(item){var r=item.reason;if(!r)return null;var pin=r.$type.endsWith("#reasonPin");return h("div",{className:V,style:"flex-direction: row; gap: 10px; padding-left: 16px; padding-right: 16px; padding-bottom: 2px;"},[
h("div",{className:V,style:"width: 42px; align-items: flex-end;"},icon(pin?ICON.more:ICON.repost)),pin?h("div",{className:T,style:"font-size: 13px; font-weight: 600; color: rgb(66, 87, 108);"},"Pinned"):
h("a",{href:"/profile/"+r.by.handle,role:"link","aria-label":"Reposted by "+name(r.by),className:T+" r-1loqt21",style:"font-size: 13px; font-weight: 600; color: rgb(66, 87, 108);"},h("span",{className:S},"Reposted by "+name(r.by)))])}
function replyLine(item){var p=item.reply&&item.reply.parent;if(!p||!p.author)return null;return h("div",{className:V,style:"flex-direction: row; align-items: center; padding-bottom: 2px; gap: 4px;"},[icon(ICON.reply),h("div",{className:T,style:"font-size: 13px; color: rgb(66, 87, 108);"},["Reply to ",h("a",{href:"/profile/"+p.author.handle,role:"link",className:T+" r-1loqt21",style:"font-weight: 600;"},name(p.author))])])}
function feedItem(item){var p=item.post,a=p.author;return h("div",{role:"link",tabindex:"0","data-testid":"feedItem-by-"+a.handle,className:V+" r-1loqt21 r-1otgn73",style:"border-top-width: 1px; border-color: rgb(212, 219, 226); padding-top: 12px; cursor: pointer;"},[reason(item),
h("div",{className:V,style:"flex-direction: row; gap: 10px; padding-left: 16px; padding-right: 16px; padding-bottom: 8px;"},[h("div",{className:V,style:"padding-left: 0px; padding-right: 0px;"},avatar(a,42)),
h("div",{className:V,style:"flex: 1 1 0%;"},[meta(a,p),replyLine(item),richText(p.record),embed(p),controls(p)])])])}
function header(pr){return h("div",{className:V,"data-testid":"profileView"},[h("div",{className:V,style:"height: 150px; background-color: rgb(0, 112, 255);"},pr.banner?h("img",{alt:"",src:pr.banner,className:"css-9pa8cd"}):null),
h("div",{className:V,style:"padding: 0px 16px 4px;"},[h("div",{className:V,style:"flex-direction: row; justify-content: flex-end; gap: 4px; padding-top: 14px;"},[h("button",{type:"button","data-testid":"followBtn","aria-label":"Follow "+name(pr),className:V+" r-1loqt21"},h("div",{className:T},"Follow"))]),
h("div",{"data-testid":"profileHeaderDisplayName",className:T,style:"font-size: 34px; font-weight: 600; letter-spacing: 0px; line-height: 40px;"},name(pr)),h("div",{className:T,style:"font-size: 15px; color: rgb(66, 87, 108);"},"@"+pr.handle),
h("div",{className:V,style:"flex-direction: row; gap: 8px; padding-top: 12px;"},[h("a",{href:"/profile/"+pr.handle+"/followers","data-testid":"profileHeaderFollowersButton",className:T+" r-1loqt21"},[h("span",{className:S,style:"font-weight: 600;"},count(pr.followersCount)),h("span",{className:S}," followers")]),h("a",{href:"/profile/"+pr.handle+"/follows","data-testid":"profileHeaderFollowsButton",className:T+" r-1loqt21"},[h("span",{className:S,style:"font-weight: 600;"},count(pr.followsCount)),h("span",{className:S}," following")]),h("div",{className:T},[h("span",{className:S,style:"font-weight: 600;"},count(pr.postsCount)),h("span",{className:S}," posts")])]),
h("div",{"data-testid":"profileHeaderDescription",className:T,style:"font-size: 15px; line-height: 20px; padding-top: 12px;"},pr.description||"")]),
h("div",{role:"tablist",className:V,style:"flex-direction: row; border-bottom-width: 1px; border-color: rgb(212, 219, 226);"},["Posts","Replies","Media","Videos"].map(function(t,i){return h("div",{role:"tab","aria-selected":String(i===0),"data-testid":"profilePager-"+t,tabindex:"0",className:V+" r-1loqt21"},h("div",{className:T,style:"font-size: 15px; font-weight: 600; padding: 12px 14px;"},t))}))])}
function shell(){return h("div",{className:V,style:"min-height: 100vh; flex-direction: row; justify-content: center;"},[
h("nav",{role:"navigation",className:V,style:"width: 240px; padding: 10px 12px; gap: 8px;"},[h("a",{href:"/",role:"link","aria-label":"Bluesky home",className:V+" r-1loqt21"},icon(ICON.like)),h("a",{href:"/search",role:"link",className:T+" r-1loqt21"},"Search"),h("a",{href:"/feeds",role:"link",className:T+" r-1loqt21"},"Feeds")]),
h("main",{className:V,style:"width: 600px; border-left-width: 1px; border-right-width: 1px; border-color: rgb(212, 219, 226);"},[h("div",{className:V,id:"profile"}),h("div",{className:V,"data-testid":"postsFeed-flatlist"}),h("div",{className:V,id:"feed-end",style:"padding: 32px; align-items: center;"})]),
h("aside",{className:V,style:"width: 300px; padding: 20px 0px 0px 20px; gap: 12px;"},[h("div",{className:V,"data-testid":"signinPanel"},[h("div",{className:T,style:"font-size: 20px; font-weight: 600;"},"Join the conversation"),h("a",{href:"/?create=1",role:"link","data-testid":"createAccountButton",className:V+" r-1loqt21"},h("div",{className:T},"Create account")),h("a",{href:"/?signin=1",role:"link","data-testid":"signInButton",className:V+" r-1loqt21"},h("div",{className:T},"Sign in"))]),
h("div",{className:T,style:"font-size: 13px; color: rgb(66, 87, 108);"},[h("a",{href:"https://bsky.social/about/support/tos",className:T},"Terms of Service")," \u00b7 ",h("a",{href:"https://bsky.social/about/support/privacy-policy",className:T},"Privacy Policy")," \u00b7 ",h("a",{href:"https://bsky.social/about/support",className:T},"Help")])])])}
var actor=decodeURIComponent(location.pathname.split("/")[2]||""),cursor,loading=false,done=false;
function more(){if(loading||done)return Promise.resolve();loading=true;return agent.getAuthorFeed({actor:actor,limit:Q.PAGE,filter:"posts_and_author_threads",includePins:true,cursor:cursor}).then(function(res){
var list=document.querySelector("[data-testid=postsFeed-flatlist]");res.feed.forEach(function(it){list.append(feedItem(it))});cursor=res.cursor;if(!cursor){done=true;document.getElementById("feed-end").replaceChildren(h("div",{className:T,style:"color: rgb(66, 87, 108);"},"End of feed"))}loading=false}).catch(function(e){loading=false;console.error(e)})}
function boot(){var root=document.getElementById("root");root.replaceChildren(shell());agent.getProfile({actor:actor}).then(function(pr){document.getElementById("profile").replaceChildren(header(pr));document.title=name(pr)+" (@"+pr.handle+") \u2014 Bluesky"});
more().then(function(){var end=document.getElementById("feed-end");new IntersectionObserver(function(es){es.forEach(function(e){e.isIntersecting&&more()})},{rootMargin:"600px"}).observe(end)})}
document.readyState==="loading"?document.addEventListener("DOMContentLoaded",boot):boot();
})();
"""

SF_CSS = """.css-175oi2r{align-items:stretch;background-color:rgba(0,0,0,0);border:0 solid #000;box-sizing:border-box;display:flex;flex-basis:auto;flex-direction:column;flex-shrink:0;list-style:none;margin:0;min-height:0;min-width:0;padding:0;position:relative;text-decoration:none;z-index:0}
.css-146c3p1{background-color:rgba(0,0,0,0);border:0 solid #000;box-sizing:border-box;color:#000;display:inline;font:14px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;list-style:none;margin:0;padding:0;position:relative;text-align:start;text-decoration:none;white-space:pre-wrap;word-wrap:break-word}
.css-1jxf684{background-color:rgba(0,0,0,0);border:0 solid #000;box-sizing:border-box;color:inherit;display:inline;font:inherit;list-style:none;margin:0;padding:0;position:relative;text-align:inherit;text-decoration:none;white-space:inherit;word-wrap:break-word}
.css-9pa8cd{bottom:0;height:100%;left:0;opacity:0;position:absolute;right:0;top:0;width:100%;z-index:-1}.r-1loqt21{cursor:pointer}.r-1otgn73{touch-action:manipulation}"""


@nineteenth_d
def build_skyfeed() -> None:
    """A Bluesky-like profile: an app shell, one bundle, and getAuthorFeed in three cursor pages."""
    s = Site(
        "skyfeed",
        kind="JS-only profile feed (Bluesky web 2024–25, React Native Web: the bskyweb shell — profile meta tags, a splash #root, a noscript profile summary — and one same-origin bundle whose XRPC client calls /xrpc/app.bsky.feed.getAuthorFeed?actor=<handle>&limit=20&filter=…&includePins=true, then &cursor=<the answer's cursor> on scroll; answers {feed: [{post: {uri, cid, author {did, handle, displayName, avatar}, record {text, createdAt, langs, facets, embed}, embed views (images / link cards / quoted posts with their own author), replyCount, repostCount, likeCount, quoteCount, indexedAt}, reason (repost by / pin), reply}], cursor}, no cursor on the last page; rendered as css-175oi2r divs with data-testid hooks: feedItem-by-<handle>, 'Pinned' / 'Reposted by X' lines, name + '@handle', a time link to /profile/<handle>/post/<rkey>, postText with facet links, embeds, reply / repost / like buttons with exact aria-label counts and compact '2.4K' visible counts)",
        start=f"profile/{SF_HANDLE}",
        description="A Bluesky web profile (bsky.app 2024–25) as the server sends it: the bskyweb HTML shell (og/profile meta tags with the handle and DID, an inline theme script, a splash div#root, a noscript summary with name, handle, DID and bio) and the app bundle /static/js/main.b7e4d21a.js. The bundle's XRPC client builds each query from a parameter object: app.bsky.actor.getProfile?actor=<handle> for the header, then app.bsky.feed.getAuthorFeed?actor=<handle>&limit=20&filter=posts_and_author_threads&includePins=true, and on scroll the same with &cursor=<the previous answer's cursor> (an ISO timestamp, %3A-escaped). The answers are Bluesky's nested JSON (feed items of post {uri, cid, author, record {text, createdAt, facets, embed}, embed views, counts, indexedAt}, reason for reposts and the pin, reply for self-threads), the last without a cursor. The app renders React Native Web markup: feed items with 'Pinned' / 'Reposted by' lines, the author link (name + '@handle'), a time link to /profile/<handle>/post/<rkey> ('Mar 14, 2025' + a full aria-label), 'Reply to' lines, the text with hashtag and mention links, image / link-card / quote embeds (a quoted post has its own author and text) and reply / repost / like buttons (exact counts in aria-labels, compact visible counts, none at 0). 20, 20 and 5 feed items. Written down: text, url, author, handle (without the '@' the app adds), date (UTC day), replies, reposts, likes.",
    )
    me = _sf_author(SF_HANDLE)
    s.write(
        f"profile/{SF_HANDLE}/index.html",
        SF_SHELL.replace("__HANDLE__", SF_HANDLE)
        .replace("__NAME__", esc(SF_PEOPLE[SF_HANDLE]))
        .replace("__BIO__", esc(SF_BIO))
        .replace("__DID__", me["did"])
        .replace("__AVATAR__", me["avatar"]),
    )
    s.write(SF_BUNDLE_PATH, SF_BUNDLE)
    s.write(SF_CSS_PATH, SF_CSS)
    profile = {
        **{k: v for k, v in me.items() if k not in ("associated", "labels", "createdAt")},
        "associated": {
            "lists": 1,
            "feedgens": 0,
            "starterPacks": 1,
            "labeler": False,
            "chat": {"allowIncoming": "following"},
        },
        "labels": [],
        "createdAt": me["createdAt"],
        "description": SF_BIO,
        "banner": f"https://cdn.bsky.app/img/banner/plain/{me['did']}/{_cid('banner')}@jpeg",
        "followersCount": 4312,
        "followsCount": 618,
        "postsCount": 1874,
        "indexedAt": "2025-01-19T14:02:51.337Z",
        "pinnedPost": {"cid": "", "uri": ""},
    }
    items, sort_times = _sf_feed()
    profile["pinnedPost"] = {"cid": items[0]["post"]["cid"], "uri": items[0]["post"]["uri"]}
    s.write(f"xrpc/app.bsky.actor.getProfile@actor={SF_HANDLE}", json.dumps(profile, ensure_ascii=False))
    base = f"xrpc/app.bsky.feed.getAuthorFeed@actor={SF_HANDLE}&limit={SF_LIMIT}&filter=posts_and_author_threads&includePins=true"
    query_cursor = ""
    at = 0
    for number, page in enumerate(chunks(items, [20, 20, 5]), start=1):
        at += len(page)
        answer: dict[str, Any] = {"feed": page}
        if number < 3:
            answer["cursor"] = sort_times[at - 1]
        s.list_page(base + query_cursor, json.dumps(answer, ensure_ascii=False))
        if "cursor" in answer:
            query_cursor = "&cursor=" + quote(answer["cursor"], safe="")
        for item in page:
            post = item["post"]
            author = post["author"]
            s.expect(
                {
                    "text": post["record"]["text"],
                    "url": f"/profile/{author['handle']}/post/{post['uri'].rsplit('/', 1)[1]}",
                    "author": author.get("displayName") or author["handle"],
                    "handle": author["handle"],
                    "date": _sf_day(post["indexedAt"]),
                    "replies": post["replyCount"],
                    "reposts": post["repostCount"],
                    "likes": post["likeCount"],
                }
            )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in NINETEENTH_D.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
