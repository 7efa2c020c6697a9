"""Record links that a JSON API gives in several pieces: ``/profile/{handle}/post/{rkey}``.

An app builds a record's link from more than one value (the author's handle and the post's key,
a category and a slug); one of them may be the last segment of an id that is itself a path or URI
(``at://did:plc:x/app.bsky.feed.post/3kq2``). Each link of the rendered page is split into its path
segments, and each segment matched with the record leaves holding it; the template with named places
that most records' links agree on is taken.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from agents.jsonleaves import leaf_paths
from agents.jsonscout import path_value
from pipeline.core.jsondata import template_segment
from pipeline.core.schemas import FieldSpec
from pipeline.core.specparts import UrlPart

#: Share of the sampled records whose link the rendered page must show in the template.
MIN_LINKED_SHARE = 0.8
MAX_SAMPLED = 100
MAX_PATHS = 2000
#: Leaves that can fill one segment, per segment (their combinations are counted).
MAX_CHOICES = 3
_SEGMENT = re.compile(r"[\w.~:@-]{1,200}")

#: A place of a template: (leaf path, its last segment only).
Place = tuple[str, bool]
#: A template: each path segment a literal text or a place.
Shape = tuple[str | Place, ...]


def parts_field(name: str, records: list[dict[str, Any]], paths: Sequence[str]) -> FieldSpec | None:
    """A ``url`` field filled from two or more of the records' leaves, when most of the records'
    links among ``paths`` (the rendered page's links, as site paths) are one template of them."""
    sampled = records[:MAX_SAMPLED]
    split = [p.split("/") for p in dict.fromkeys(paths[:MAX_PATHS]) if _plain_path(p)]
    if len(sampled) < 2 or not split:
        return None
    counts: Counter[Shape] = Counter()
    for record in sampled:
        counts.update(_record_shapes(_leaf_index(record), split))
    shapes = [(n, s) for s, n in counts.items() if n >= max(2, MIN_LINKED_SHARE * len(sampled))]
    for _, shape in sorted(shapes, key=lambda item: (-item[0], _cost(item[1]))):
        if _tells_apart(shape, sampled) and (field := _reader(name, shape)) is not None:
            return field
    return None


def _plain_path(path: str) -> bool:
    return path.startswith("/") and not path.startswith("//") and "?" not in path and "#" not in path


def _leaf_index(record: dict[str, Any]) -> dict[str, list[Place]]:
    """Each text a path segment could hold → the places of the record that give it."""
    index: dict[str, list[Place]] = {}
    for path in leaf_paths(record):
        value = template_segment(path_value(record, path))
        if _SEGMENT.fullmatch(value):
            index.setdefault(value, []).append((path, False))
        if "/" in value and _SEGMENT.fullmatch(last := value.rpartition("/")[2]):
            index.setdefault(last, []).append((path, True))
    return index


def _record_shapes(index: dict[str, list[Place]], paths: list[list[str]]) -> set[Shape]:
    """The templates (two places or more) that make one of ``paths`` from this record's values."""
    shapes: set[Shape] = set()
    for segments in paths:
        choices: list[list[str | Place]] = []
        for segment in segments:
            places = sorted(index.get(segment, []), key=_place_cost)[:MAX_CHOICES]
            choices.append(list(places) if places else [segment])
        if sum(1 for c in choices if not isinstance(c[0], str)) < 2:
            continue
        shapes.update(itertools.product(*choices))
    return shapes


def _place_cost(place: Place) -> tuple[bool, int]:
    return place[1], place[0].count(".")


def _cost(shape: Shape) -> tuple[int, int]:
    """Whole values before last segments, shallow leaves before deep ones."""
    places = [s for s in shape if not isinstance(s, str)]
    return sum(p[1] for p in places), sum(p[0].count(".") for p in places)


def _tells_apart(shape: Shape, records: list[dict[str, Any]]) -> bool:
    """Most records get a link, and no two the same one (a profile link names no post)."""
    links = [_link(shape, r) for r in records]
    given = [link for link in links if link]
    return len(given) >= MIN_LINKED_SHARE * len(records) and len(set(given)) == len(given)


def _link(shape: Shape, record: dict[str, Any]) -> str:
    parts: list[str] = []
    for segment in shape:
        if isinstance(segment, str):
            parts.append(segment)
            continue
        value = template_segment(path_value(record, segment[0]))
        parts.append(value.rpartition("/")[2] if segment[1] else value)
        if not parts[-1]:
            return ""
    return "/".join(parts)


def _reader(name: str, shape: Shape) -> FieldSpec | None:
    """The field, its places named after their leaves ('post.author.handle' → 'handle')."""
    named: dict[Place, str] = {}
    for segment in shape:
        if isinstance(segment, str) or segment in named:
            continue
        base = re.sub(r"[^a-z0-9_]", "", segment[0].rpartition(".")[2].lower()) or "part"
        base = base if base[0].isalpha() else f"p{base}"
        base = base[:24] + ("_key" if segment[1] else "")
        candidate, suffix = base, 2
        while candidate in named.values():
            candidate, suffix = f"{base}{suffix}", suffix + 1
        named[segment] = candidate
    template = "/".join(s if isinstance(s, str) else f"{{{named[s]}}}" for s in shape)
    parts = tuple(UrlPart(name=n, json_path=p[0], last_segment=p[1]) for p, n in named.items())
    try:
        return FieldSpec(name=name, type="url", json_path=parts[0].json_path, url_template=template, url_parts=parts)
    except ValidationError:
        return None
