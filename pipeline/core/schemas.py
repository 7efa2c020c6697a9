"""Data contracts shared by the agents, the spiders and the services.

A ``ScraperSpec`` is everything a generated spider knows about a site; it is plain data, so it
can be validated, stored, diffed by the Doctor and embedded as a literal in generated code. Its
fields (``FieldSpec``) are defined in ``fieldspec`` and importable from here.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from pipeline.core.fieldspec import (
    NAMED_URL_TEMPLATE,
    URL_TEMPLATE,
    DateOrder,
    FieldScope,
    FieldSpec,
    FieldType,
    FlagLabel,
)
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.specparts import FrozenModel, JsonSourceSpec

__all__ = [
    "NAMED_URL_TEMPLATE",
    "PARSER_VERSION",
    "URL_TEMPLATE",
    "DateOrder",
    "FieldScope",
    "FieldSpec",
    "FieldType",
    "FlagLabel",
    "PageMode",
    "PageProfile",
    "RenderMode",
    "ScraperSpec",
]

PageMode = Literal["list", "detail"]
RenderMode = Literal["http", "browser"]

#: Bumped whenever the extraction or normalisation rules change the output for the same page.
PARSER_VERSION = "18"  # 2: screen-reader copies and invisible marks left out; 3: leading pictographs;
# 4: text the page hides below the element read left out, CSS-module screen-reader classes, "#tag" / "@user"
# split over elements one word, a price is the number beside its currency, unix times read as dates
# 5: a shared sign ("$", "¥", "kr") read as the page's currency, 円 / 元, superscript cents, site paths in
# URL templates keep their slashes; 6: a date keeps its page's offset (and a UTC attribute the offset its
# shown clock implies), pager forms and cursor tokens followed; 7: an empty drawn rating is no rating, and
# lists paged by a script's fragment endpoint, a whole text "None" / "null" / "NaN" is no value; 8: a lone
# dash is no value, "634 m" is no magnitude, text after an element runs on past comments; 9: "No comments" /
# "Leave a comment" count 0, "4 comments:" is a count, digit runs past 2**53 stay text; 10: a block of
# paragraphs under a screen-reader class is content a responsive layout hides, not a screen-reader copy,
# a read-more link ending a text is cut from it; 11: a run of dashes ("---") is no value either; 12: an inline
# icon's svg <desc> / <title> is no text of the element around it; 13: a whole amount "1.149,-" is 1149,
# CFA francs ("FCFA"), "KSh", "Rs.", "Rp", "RM", "S/", "₱" and other signs read as their currencies,
# a sign of letters only as a word of its own ("kr" none in "okres"), a year without a month ("2025",
# "Spring 2025") is no date (the parser filled in the run's own day), a placeholder set apart as one
# ("<em>Unresolved</em>", a muted "Not set") is no value; 14: letter signs "TL", "Kč", "Ft", "lei", "лв",
# "грн", "руб" read as their currencies, a row of stars each filled to a width summed, a tail's leading
# "- " left out ("<a>Name</a> - what it is"); month names of Slavic, Nordic, Finnish, Hungarian,
# Turkish, Greek, Romanian, Indonesian, Arabic and Hebrew pages, "2025年3月14日" / "2025년 3월 14일" /
# "2025. 3. 14." / "ngày 14 tháng 3" / Arabic-Indic digits, "오후" / "午後" clocks, "14. 3. 2025" day first,
# and a day and a year around an unknown month word no date (the parser read the day as the month); in
# "Was £20 Now £15" / "Regular price £20 Sale price £15" the amount captioned old or a saving yields to the
# next, "AU $" / "C $" / "E£" / "R" (rand) / "원" / "đ" / "บาท" / "ر.س" and Gulf codes read as their
# currencies, "CHF 1’299.–" groups thousands with the typographic apostrophe, "KWD 12.500" keeps its three
# decimals; magnitude words of other languages ("12,3 тыс.", "1.2万", "3,4 mil", "1,2 Mio.", "2.3 lakh")
# and a small "k" after a space, "3,980万円" in yen, "5つ星のうち4.2", "★★★★☆" / "★★★★½" counted,
# "star-rating--4.5" / "a-star-4-5" / "rating-45" classes, codes VND, KZT, RON, BGN, UAH, ILS, JOD and signs
# "S/.", "ر.ق", "VNĐ", "NZ $", "HK $"; "C $" / "US $" / "R" read never after a word ("Vitamin C $12.99"), "Ft" /
# "lei" only after an amount and yielding to another sign; "’" groups only an amount's thousands ("6’2" is 6);
# "1e400" is no value; a tail's "- " before a number stays ("- 3.2%"); a text over 200 characters is no
# date, a month name counts only beside a day or year within 16 characters, a year-less date in a mixed-dates
# column is the nearest not after the visit, a line list's elements on one line meet with a space; 15: a
# value may start after the n-th occurrence of its mark ("2019 · 84,000 km · Diesel": the third fact),
# "5点中4.41点" is 4.41 ("全15点中3点" counts items: none), "3/16(日)" month first before a bracketed CJK weekday;
# 16: an image read from a srcset is its widest candidate and a protocol-relative one takes the page's scheme,
# a count in its own element meets a following "x" + word ("3x de R$63,30"), "3日前" / "5小时前" / "3일 전" are ages
# (the "ago" word ends a word: "30년 전통", "2019年前半" are none), an age reaching before year 1 is no date
# 17: a word split by inline elements reads as one ("py<em>tide</em>s2", "Wi<b>Fi</b>"; raised cents stay
# apart), an age may be followed by its verb ("3天前发布"), "2019년 전" is a calendar year, and a number field
# marked ``thousands_dot`` reads "84.000" as 84000; 18: inline elements side by side inside a run of Chinese or
# Japanese text hold one word ("<font>机械</font><font>键盘</font>" reads "机械键盘"), and the last record of a
# list spanning several siblings stops at a kind of sibling no record runs over (a pager after the last post)


class ScraperSpec(FrozenModel):
    """What a generated spider extracts, and from where."""

    start_url: str
    mode: PageMode = "list"
    record_selector: str = Field(
        default="", description="CSS selector matching each record (list) or the main entity (detail)."
    )
    record_span: int = Field(
        default=1,
        ge=1,
        le=6,
        description="Sibling elements making one record: the matched one and the next ones (a story's "
        "title row and its subtext row, a dt and its dd).",
    )
    json_source: JsonSourceSpec | None = Field(
        default=None, description="Set when the records come from JSON rather than from the HTML."
    )
    fields: tuple[FieldSpec, ...] = Field(min_length=1)
    key_fields: tuple[str, ...] = Field(
        default=(), description="Fields forming the natural key; empty: content fingerprint."
    )
    pagination: PaginationSpec = PaginationSpec()
    render: RenderMode = "http"
    parser_version: str = PARSER_VERSION

    @model_validator(mode="after")
    def _has_a_record_source(self) -> ScraperSpec:
        if not self.record_selector and self.json_source is None:
            raise ValueError("a spec needs a record_selector or a json_source")
        return self

    @model_validator(mode="after")
    def _cursor_reads_json(self) -> ScraperSpec:
        if self.pagination.kind == "cursor" and self.json_source is None:
            raise ValueError("cursor pagination reads a JSON answer's token: it needs a json_source (use next_link)")
        return self

    @model_validator(mode="after")
    def _paired_keys_are_markup_fields(self) -> ScraperSpec:
        own = {f.name for f in self.fields if f.paired is None and not f.json_path}
        for field in self.fields:
            if field.paired is not None and (self.json_source is not None or field.paired.key_field not in own):
                raise ValueError(
                    f"field {field.name!r}: a paired value belongs to a markup spec and is keyed by one of its "
                    "fields read from the markup"
                )
        return self

    @property
    def first_url(self) -> str:
        """Where a crawl starts: the JSON endpoint when the data has one, else the page."""
        if self.json_source is not None and self.json_source.endpoint:
            return self.json_source.endpoint
        return self.start_url

    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


class PageProfile(FrozenModel):
    """What the Scout understood of a page: the proposed spec and the evidence behind it."""

    url: str
    final_url: str
    title: str = ""
    spec: ScraperSpec
    sample_records: tuple[dict[str, object], ...] = ()
    record_count: int = Field(default=0, description="Records found on the page (the sample shows a few of them).")
    notes: tuple[str, ...] = Field(
        default=(), description="Human-readable reasons for the choices made (shown by `sdp show`)."
    )
