"""How a spider reaches the next page of a list: the ``pagination`` part of a ``ScraperSpec``.

A next link or a pager form's "Next" control read on each page, a page number, an offset or a
listed value in the query, or the token a JSON answer names (a cursor). Plain, validated data, as
the rest of the spec: the page never decides where the crawl goes beyond what these allow.
"""

from __future__ import annotations

from typing import Literal

import jmespath
from jmespath.exceptions import JMESPathError
from pydantic import Field, model_validator

from pipeline.core.specparts import FrozenModel

PaginationKind = Literal["none", "next_link", "next_form", "page_param", "param_values", "offset", "cursor"]


#: Pages a crawl reads when the pager does not say how many there are (a source may set its own cap).
DEFAULT_MAX_PAGES = 50


class PaginationSpec(FrozenModel):
    """How to reach the next page of a list."""

    kind: PaginationKind = "none"
    next_selector: str | None = Field(
        default=None,
        description="CSS selector of the link to the next page (kind=next_link), or of the 'Next' submit "
        "control of the form that asks for it (kind=next_form: the form's fields, read again on each page, "
        "make the query of its action, asked by GET).",
    )
    next_attribute: str = Field(
        default="href",
        pattern=r"^[A-Za-z_][-A-Za-z0-9_:.]*$",
        description="Attribute of the next-page element that holds its URL: href, or e.g. data-url "
        "on a 'load more' button (kind=next_link).",
    )
    param: str | None = Field(
        default=None,
        description="Query parameter (kind=page_param, param_values or offset); for kind=cursor, the one the next "
        "page's token is sent as (pageToken, cursor, after), None when the token is the next page's URL itself.",
    )
    cursor_path: str | None = Field(
        default=None,
        max_length=200,
        description="kind=cursor: JMESPath of the next page's token in each JSON answer (nextPageToken, "
        "meta.next_cursor, data.pageInfo.endCursor, links.next). The crawl stops where it is missing, empty or "
        "repeats, or where the object holding it says there is no more (hasNextPage / has_more false).",
    )
    start: int = Field(default=1, description="The first page's number (page_param) or offset (offset).")
    value_in_key: bool = Field(
        default=False,
        description="kind=param_values: the value a page was asked for is part of each record's key (the same "
        "film in two years is two records). Set by the Scout; sources stored without it keep their keys.",
    )
    step: int = Field(
        default=0,
        ge=0,
        le=100_000,
        description="Records a page holds, added to the offset for each next page (kind=offset): "
        "?offset=0&limit=20, then ?offset=20&limit=20.",
    )
    values: tuple[str, ...] = Field(
        default=(),
        max_length=10_000,
        description="Each value the parameter takes, one page each (kind=param_values): the years, "
        "categories or tabs a page lists as controls and loads by script.",
    )
    max_pages: int = Field(default=DEFAULT_MAX_PAGES, ge=1, le=10_000)
    endpoint: str | None = Field(
        default=None,
        max_length=2_000,
        pattern=r"^https?://",
        description="kind=page_param or offset: the absolute URL the following pages are asked from when it is "
        "not the list page's own (the HTML fragments an infinite-scroll script fetches: /ajax/products?offset=10); "
        "the parameter is set on it, and the first page stays the list page.",
    )

    @model_validator(mode="after")
    def _values_name_a_parameter(self) -> PaginationSpec:
        if self.kind == "param_values" and (not self.param or not self.values):
            raise ValueError("param_values pagination needs a param and its values")
        if self.kind == "offset" and (not self.param or self.step < 1):
            raise ValueError("offset pagination needs a param and a step")
        if self.endpoint is not None and self.kind not in ("page_param", "offset"):
            raise ValueError("a pagination endpoint is asked by a page number or an offset (page_param or offset)")
        if self.endpoint is not None and not self.param:
            raise ValueError("a pagination endpoint needs the param its page number or offset is set as")
        if self.kind == "next_form" and not (self.next_selector or "").strip():
            raise ValueError("next_form pagination needs the next_selector of the form's submit control")
        if self.kind == "cursor" and not self.cursor_path:
            raise ValueError("cursor pagination needs the path of the token in the answer")
        try:
            jmespath.compile(self.cursor_path or "@")
        except JMESPathError:
            raise ValueError(f"cursor_path {self.cursor_path!r} is no JMESPath expression") from None
        return self
