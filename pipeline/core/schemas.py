"""Data contracts shared by the agents, the spiders and the services.

A ``ScraperSpec`` is everything a generated spider knows about a site; it is plain data, so it
can be validated, stored, diffed by the Doctor and embedded as a literal in generated code.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

import jmespath
from jmespath.exceptions import JMESPathError
from pydantic import Field, StringConstraints, model_validator

from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.specparts import DrawnValue, FrozenModel, JsonSourceSpec, PairedJson, UrlPart

FieldType = Literal["title", "text", "author", "price", "date", "url", "image", "rating", "number", "tags"]
PageMode = Literal["list", "detail"]
RenderMode = Literal["http", "browser"]
FieldScope = Literal["record", "preceding"]
DateOrder = Literal["day_first", "month_first"]
#: A label a page shows for a flag ('In stock').
FlagLabel = Annotated[str, StringConstraints(min_length=1, max_length=80)]

#: A link template: one ``{}``, after a fixed host (a path from the root, or an absolute URL's path), so
#: that a record's value can name a page of the site but never another host.
URL_TEMPLATE = r"^(?:https?://[^/?#{}\s\\]+/[^{}\s\\]*|/(?:[^/{}\s\\][^{}\s\\]*)?)\{\}[^{}\s\\]*$"
#: A link template with named places ('/profile/{handle}/post/{rkey}'), filled from ``url_parts``; the host
#: is fixed the same way (a filled value is escaped whole, so it cannot start with "/").
NAMED_URL_TEMPLATE = (
    r"^(?:https?://[^/?#{}\s\\]+/|/(?:[^/{}\s\\]|\{[a-z][a-z0-9_]{0,30}\}))(?:[^{}\s\\]|\{[a-z][a-z0-9_]{0,30}\})*$"
)
_PLACE = re.compile(r"\{([a-z][a-z0-9_]{0,30})\}")

#: Bumped whenever the extraction or normalisation rules change the output for the same page.
PARSER_VERSION = "17"  # 2: screen-reader copies and invisible marks left out; 3: leading pictographs;
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
# marked ``thousands_dot`` reads "84.000" as 84000


class FieldSpec(FrozenModel):
    """How to find one field inside a record (or inside the page, for a detail page)."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,62}$", description="Export column name.")
    type: FieldType = "text"
    selector: str = Field(
        default="",
        description="CSS selector relative to the record; empty means the record itself.",
    )
    attribute: str | None = Field(
        default=None, description="Attribute to read (href, src, content…); None reads the text."
    )
    json_path: str | None = Field(
        default=None,
        description="JMESPath inside a JSON record (specs with a json source), e.g. author.name; in a markup "
        "spec, a path inside the page's JSON-LD script that the field's selector finds.",
    )
    many: bool = Field(default=False, description="Collect every match as a list (tags).")
    strip_label: str | None = Field(
        default=None, description="A leading label such as 'Origin:' removed from the text."
    )
    text_after: str | None = Field(
        default=None,
        max_length=80,
        description="Keep only the text after the first occurrence of this literal (case-insensitive); a text "
        "without it gives no value. Reads one part of a text holding two values: '1. Title' after '. ', "
        "'Quote… Author: Name' after 'Author:'.",
    )
    text_before: str | None = Field(
        default=None,
        max_length=80,
        description="Keep only the text before the first occurrence of this literal (case-insensitive); a text "
        "without it is kept whole: '4.34 avg rating — 9,385,123 ratings' before ' — '.",
    )
    text_after_skip: int = Field(
        default=0,
        ge=0,
        le=8,
        description="Occurrences of text_after passed over before the one the value starts after: the third "
        "fact of '2019 · 84,000 km · Diesel · Manual' is after ' · ' skipping 1, before ' · '. Needs text_after "
        "and no text_from_end.",
    )
    text_from_end: bool = Field(
        default=False,
        description="Read text_after / text_before from the end of the text: the value starts after the last "
        "occurrence of text_after (a text without it is all value) or ends before the last occurrence of "
        "text_before (a text without it gives none): 'Jacob Matham, after Hendrick Goltzius, 1617' after ', '.",
    )
    tail: bool = Field(
        default=False,
        description="Read the bare text right after the selected element instead of its own: the value an icon "
        "or a bullet introduces in a line of several ('<svg class=\"download\"/> 4.38M'); separators around it "
        "('•', '|', '·') are left out.",
    )
    split: str | None = Field(
        default=None,
        min_length=1,
        max_length=5,
        description="For a text listing several values ('Flanagan A, Bechtold DA, Pot GK.'): the literal that "
        "parts them; the field is then a list, each part stripped, a full stop ending the text left out. "
        "'\\n' parts the text where the page's source breaks its lines: a template printing one item a line "
        "with only whitespace between them ('Frühjahrsputz Ehrenamt' shown side by side).",
    )
    scope: FieldScope = Field(
        default="record",
        description="record: the selector is relative to the record; preceding: it is relative to the page "
        "and the value is read from the last match before the record (the day heading above a group).",
    )
    date_order: DateOrder | None = Field(
        default=None,
        description="How a date field's all-numeric dates read: day_first ('03/04/2026' is 3 April) or "
        "month_first (4 March); None leaves it to the parser (month first). Inferred by the Scout.",
    )
    thousands_dot: bool = Field(
        default=False,
        description="For a number field on a page whose numbers group thousands with dots ('84.000 km', "
        "'1.284 Bewertungen'): a number whose dots each set off three digits, with no comma, is read whole "
        "(84000), not as a decimal (84.0). Set by the Scout from the page's language and its numbers.",
    )
    mixed_dates: bool = Field(
        default=False,
        description="For a text field whose values mix dates relative to the visit ('vor 3 Stunden', 'Hier, "
        "21:05'), kept as shown, with calendar dates ('12.03.2025'): each calendar date is written as a date "
        "field writes it (ISO 8601, all-numeric ones read in date_order); other values stay as written. The "
        "field stays text, as an age names no calendar day that holds on the day it is read. Set by the Scout.",
    )
    local_clock: bool = Field(
        default=False,
        description="For a date read from an attribute in UTC ('<time datetime=\"2025-03-19T00:00:00Z\">'): "
        "the element's shown text is read too, and where it gives a full date and clock ('Tue, 03/18/2025 - "
        "19:00') that differ from the UTC ones by whole quarter hours within ±14 h, the value is written in that "
        "offset (2025-03-18T19:00:00-05:00: the same instant, on the day the page shows). Fields of other "
        "types, and lists, ignore it. Set by the Scout.",
    )
    drop_query: bool = Field(
        default=False,
        description="For a link: leave its query string out. Set by the Scout when the query changes from "
        "record to record while the path alone names each record (click tracking: ?hash=…&amdata=…).",
    )
    url_template: str | None = Field(
        default=None,
        max_length=300,
        pattern=f"{URL_TEMPLATE}|{NAMED_URL_TEMPLATE}",
        description="For a link read from JSON (json_path): the link the record's value stands in, '/products/{}'; "
        "the value, escaped as one path segment, takes the place of {}. A value that is a path of the site "
        "('/job/Oslo/…') keeps its slashes when {} ends a template with no '?' or '#', its own '?' and '#' "
        "escaped and no '.' or '..' segment allowed. Set by the Scout when each link the markup shows is one "
        "constant prefix and suffix around that value (the JSON names only a handle or a path).",
    )
    url_parts: tuple[UrlPart, ...] | None = Field(
        default=None,
        max_length=6,
        description="For a link built from several JSON values: each named place of ``url_template`` "
        "('/profile/{handle}/post/{rkey}') and the value that fills it, escaped as one path segment; a record "
        "missing one has no link. Set by the Scout when the rendered page's record links are that template.",
    )
    currency: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{3}$",
        description="For a price: the ISO 4217 currency the page prices in, for an amount that names none "
        "('49.00' in JSON) or a sign several currencies share ('$' on an Argentine page is ARS, '¥' on a Chinese "
        "one CNY, 'kr' on a Danish one DKK). Set by the Scout from the currency the markup's prices show, the "
        "page's region or the one currency code its data names.",
    )
    flag_labels: tuple[FlagLabel, FlagLabel] | None = Field(
        default=None,
        description="For a true/false value read from JSON: the labels the page shows for it, (when true, when "
        "false), e.g. ('In stock', 'Out of stock'). Set by the Scout when the rendered cards show one label per "
        "record that follows the flag.",
    )
    drawn: DrawnValue | None = Field(
        default=None,
        description="For a rating (or number) the page shows only as a picture: a row of star icons counted "
        "(<svg class=\"icon-star\">… full, half, empty), or a bar's filled width ('width: 90%' of 5 stars). "
        "The selector finds the icons (or the bar); no text, attribute or JSON is read. Set by the Scout.",
    )
    paired: PairedJson | None = Field(
        default=None,
        description="In a markup spec: the value is read (json_path) from the page's inline JSON record naming "
        "the same record as the card's link, for what the cards do not show (a full timestamp behind 'Today'). "
        "Set by the Scout when the markup's records win and most sampled cards pair with one JSON record.",
    )
    confidence: float = Field(default=1.0, ge=0.0, le=1.0, description="Share of sample records that yield a value.")

    @model_validator(mode="after")
    def _url_parts_fill_the_template(self) -> FieldSpec:
        """A template with named places is filled by its parts, each place by one; '{}' by json_path alone."""
        template = self.url_template or ""
        if self.url_parts is None:
            if self.url_template is not None and not re.match(URL_TEMPLATE, template):
                raise ValueError(f"field {self.name!r}: url_template needs one '{{}}' (or url_parts for named places)")
            return self
        names = [p.name for p in self.url_parts]
        places = _PLACE.findall(template)
        if (
            not re.match(NAMED_URL_TEMPLATE, template)
            or sorted(places) != sorted(set(names))
            or len(set(names)) != len(names)
        ):
            raise ValueError(
                f"field {self.name!r}: url_parts fill a url_template of named places ('/u/{{user}}/p/{{id}}'), "
                "each place once by one part"
            )
        for part in self.url_parts:
            try:
                jmespath.compile(part.json_path)
            except JMESPathError as error:
                raise ValueError(f"field {self.name!r}: url part {part.name!r}: bad JMESPath") from error
        return self

    @model_validator(mode="after")
    def _skip_counts_text_after(self) -> FieldSpec:
        """A skip passes over occurrences of text_after from the text's start: nothing else reads it."""
        if self.text_after_skip and (not self.text_after or self.text_from_end):
            raise ValueError(
                f"field {self.name!r}: text_after_skip passes over occurrences of text_after from the start of "
                "the text; give it a text_after and no text_from_end, or set text_after_skip to 0"
            )
        return self

    @model_validator(mode="after")
    def _drawn_reads_elements_only(self) -> FieldSpec:
        """A drawn value is counted or measured on the elements the selector finds: nothing else is read."""
        reads = (self.attribute, self.json_path, self.tail, self.split, self.many, self.strip_label)
        if self.drawn is not None and (any(reads) or self.text_after or self.text_before or self.scope != "record"):
            raise ValueError(
                f"field {self.name!r}: a drawn value reads the elements its selector finds; give it no "
                "attribute, json_path, tail, split, many, strip_label, text cut or other scope"
            )
        return self

    @model_validator(mode="after")
    def _paired_reads_json_only(self) -> FieldSpec:
        """A paired value is the JSON record's: no element of the card is read."""
        reads = (self.selector, self.attribute, self.tail, self.split, self.drawn, self.strip_label)
        if self.paired is not None and (not self.json_path or any(reads) or self.scope != "record"):
            raise ValueError(
                f"field {self.name!r}: a paired value is read from the JSON record by its json_path; give it "
                "no selector, attribute, tail, split, drawn, strip_label or other scope"
            )
        return self

    @model_validator(mode="after")
    def _local_clock_reads_a_date_attribute(self) -> FieldSpec:
        """A local clock corrects one date read from an attribute, by the text of the same element."""
        reads = (self.json_path, self.tail, self.split, self.drawn, self.paired)
        if self.local_clock and (not self.attribute or any(reads)):
            raise ValueError(
                f"field {self.name!r}: local_clock reads a date from an attribute and the element's text; "
                "give it an attribute and no json_path, tail, split, drawn or paired"
            )
        return self

    @model_validator(mode="after")
    def _tail_reads_after_an_element(self) -> FieldSpec:
        """A tail is the text after a selected element inside the record: never the text after the
        record itself (an empty selector), and not an attribute or a JSON value as well."""
        if self.tail and (not self.selector or self.attribute or self.json_path):
            raise ValueError(
                f"field {self.name!r}: tail reads the text after the element its selector finds; "
                "give it a selector and no attribute or json_path"
            )
        return self


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
