"""Which of a page's two designs makes the records: what its markup shows, or the data it carries.

A page built with a framework often holds its records twice: in the cards a visitor sees and in a
JSON blob (``__NEXT_DATA__``, a state script) the scripts hydrate them from. The markup is what the
visitor sees and usually the fuller of the two; the data wins only where it holds clearly more
records, since a hydration stub with an id, a title and a price per listing is no match for a card
showing fifteen fields. And a list the page shows wins over data it never shows: an app's state
carries menus, items viewed before and whole catalogues beside the page's own records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.jsondrawn import shown_records
from agents.sidestate import names_side_state
from pipeline.core.schemas import PageProfile

#: A data field saying its record is an ad, in snake case (is_ad, sponsored, promoted_item).
_AD_FLAG = re.compile(r"(?:^|_)(?:sponsored|ad|ads|advert|promoted)(?:$|_)")
#: A data value saying its record is an ad: ``"type": "PROMOTED"``, ``"label": "Sponsored"``.
_AD_VALUE = re.compile(r"^(?:sponsored|promoted|ad|advert|advertisement)$", re.IGNORECASE)
#: Records the data may hold beyond the markup's while a markup with clearly more fields still wins:
#: a few (this many, or this share of the data's), such as ads or a repeat the cards leave out.
FEW_MORE_RECORDS = 2
FEW_MORE_SHARE = 0.2
#: "Clearly more fields": at least this many times the data's, and at least this many more.
FIELD_RATIO = 1.5
MIN_MORE_FIELDS = 2
#: A first batch an endpoint answers holds at most this many pages of the markup's cards; more is the
#: whole list (or most of it), which one request reads better than the pager does.
BATCH_PAGES = 2
#: Share of the data's sampled records whose own values the markup's records must show.
SHOWN_SHARE = 0.75
#: Values shorter than this ("1", "GB") prove nothing by being found in a card.
MIN_VALUE_CHARS = 3
#: A list the markup shows at least this long is the page's own beside an app's side state (the
#: fewest records a script's list needs too: a table of four people beats a thirty-link menu tree).
MIN_OWN_RECORDS = 3


def markup_wins(markup: PageProfile, data: PageProfile) -> bool:
    """The markup makes the records: it holds as many as the data (its ads left out), or a few
    fewer while it shows the same records with clearly more fields."""
    shown = data.record_count - flagged_ads(data)
    if markup.record_count >= shown:
        return True  # what the visitor sees wins when it holds as much (samples are capped apart)
    few = max(FEW_MORE_RECORDS, FEW_MORE_SHARE * shown)
    return shown - markup.record_count <= few and _clearly_richer(markup, data) and shows_data_values(markup, data)


def pages_where_data_does_not(markup: PageProfile, data: PageProfile) -> bool:
    """The markup's list leads on to its next pages (a next link, a page count), the data read beside it
    names no way past its one answer, and the markup's cards show the data's records: the same list,
    which only the markup's pager reaches in full (an endpoint answering a first batch, "Next" icons
    linking ``?page=2``)."""
    if data.spec.pagination.kind != "none" or markup.spec.mode != "list":
        return False
    if data.record_count - flagged_ads(data) > BATCH_PAGES * markup.record_count:
        return False  # the data holds several pages of the cards: the whole list, not a first batch
    return markup.spec.pagination.kind != "none" and shows_data_values(markup, data)


def shows_another_list(markup: PageProfile, data: PageProfile) -> bool:
    """The markup shows an entity or lists records of its own, and the data sits in a script under a key naming an app's
    side state (a menu tree, items viewed before): the data is not what this page lists, whether the
    page shows it (in its mega-menu) or not."""
    own = markup.spec.mode == "detail" or markup.record_count >= MIN_OWN_RECORDS  # an entity, or a list
    return own and in_side_state(data)


def in_side_state(data: PageProfile) -> bool:
    """``data`` is read from a script, under a key naming an app's side state (a menu tree, items
    viewed before, translations): the site's, or the visitor's, rather than the page's records."""
    source = data.spec.json_source
    return source is not None and source.location == "script" and names_side_state(source.records_path)


def never_shows_data(markup: PageProfile, data: PageProfile, shown: str) -> bool:
    """``data`` is held in the page's own scripts, and neither the page's text (``shown``) nor the
    markup's records show any of its records."""
    source = data.spec.json_source
    if source is None or source.location != "script":
        return False  # an endpoint the page calls is fetched for the page: what it answers is meant to be shown
    return not shown_records(list(data.sample_records), shown) and not shows_data_values(markup, data)


def flagged_ads(profile: PageProfile) -> int:
    """Sampled data records marked as ads, by a flag (``isSponsored: true``) or by a value that
    says so (``type: PROMOTED``): the markup leaves them out, so they count for neither."""
    flags = [f.name for f in profile.spec.fields if _AD_FLAG.search(f.name)]
    marks = _ad_value_fields(profile)
    return sum(
        1
        for r in profile.sample_records
        if any(str(r.get(n)).lower() == "true" for n in flags) or any(_is_ad_word(r.get(n)) for n in marks)
    )


def _ad_value_fields(profile: PageProfile) -> list[str]:
    """Fields whose value names some records, not all, as ads: a kind of listing ("NORMAL",
    "FEATURED", "PROMOTED"). A field saying "ad" of every record is no mark that tells any apart."""
    records = profile.sample_records
    return [
        f.name
        for f in profile.spec.fields
        if any(_is_ad_word(r.get(f.name)) for r in records) and not all(_is_ad_word(r.get(f.name)) for r in records)
    ]


def _is_ad_word(value: object) -> bool:
    return isinstance(value, str) and bool(_AD_VALUE.match(value.strip()))


def _clearly_richer(markup: PageProfile, data: PageProfile) -> bool:
    """The markup reads clearly more fields per record than the data holds: a thin data stub."""
    ours, theirs = len(markup.spec.fields), len(data.spec.fields)
    return ours >= FIELD_RATIO * theirs and ours >= theirs + MIN_MORE_FIELDS


def shows_data_values(markup: PageProfile, data: PageProfile) -> bool:
    """Most of the markup's sampled cards show one of the data's records each: a value that tells the
    data's records apart (a title, an id inside a link) is found in the card as a whole word, and no
    two cards are taken for the same record (a menu's "Sale" is no product card's own)."""
    cards = [_record_text(r) for r in markup.sample_records]
    records = data.sample_records
    telling = [f.name for f in data.spec.fields if _tells_apart([r.get(f.name) for r in records])]
    keys = [
        (i, _whole_word(v.strip().casefold()))
        for i, r in enumerate(records)
        for n in telling
        if isinstance(v := r.get(n), str)
    ]
    if not cards or not keys:
        return False
    shows = [{i for i, key in keys if key.search(card)} for card in cards]
    return _matched(shows) >= SHOWN_SHARE * len(cards)


def _matched(shows: list[set[int]]) -> int:
    """How many cards can each be given a record of its own among those it shows (a bipartite
    matching: a card naming an earlier record beside its own must not take that record's card's)."""
    owner: dict[int, int] = {}

    def assign(card: int, seen: set[int]) -> bool:
        for record in shows[card] - seen:
            seen.add(record)
            if record not in owner or assign(owner[record], seen):
                owner[record] = card
                return True
        return False

    return sum(1 for card in range(len(shows)) if assign(card, set()))


def _whole_word(text: str) -> re.Pattern[str]:
    """``text`` found only where it is not part of a longer word ("sale" is not in "wholesale"); an
    edge that is no word character ("$19.99", "#4521") needs no boundary."""
    before = r"(?<!\w)" if text[:1].isalnum() or text[:1] == "_" else ""
    after = r"(?!\w)" if text[-1:].isalnum() or text[-1:] == "_" else ""
    return re.compile(before + re.escape(text) + after)


def _tells_apart(values: Sequence[object]) -> bool:
    """A field of texts long enough to mean something and different in every record."""
    texts = [v.strip().casefold() for v in values if isinstance(v, str)]
    return len(texts) == len(values) and all(len(t) >= MIN_VALUE_CHARS for t in texts) and len(set(texts)) == len(texts)


def _record_text(record: object) -> str:
    """Every text a markup record holds, case-folded, as one string to look values up in."""
    if isinstance(record, dict):
        return "\n".join(_record_text(v) for v in record.values())
    if isinstance(record, list):
        return "\n".join(_record_text(v) for v in record)
    return record.casefold() if isinstance(record, str) else ""
