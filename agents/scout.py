"""Scout: understand a page offline and propose the spec of a scraper for it.

The work lives in ``agents.heuristics``; this module only chains the steps: parse, read the
structured data, look for a list of records, else for one main entity, then pagination and keys.
"""

from __future__ import annotations

from agents.heuristics.assemble import build_profile
from pipeline.core.schemas import PageProfile


def analyze_page(body: str | bytes, url: str, *, frames: bool = True) -> PageProfile:
    """Pure, deterministic, offline: no network.

    Raises ``ValueError`` naming ``url`` when the page has no extractable records at all.
    ``frames=False`` reads a heading and a lead beside a content frame as the page's entity.
    """
    return build_profile(body, url, frames=frames)
