"""How a spec finds one field of a record (``FieldSpec``): its selector, what it reads (text, an
attribute, a JSON path, the text after an element), how the text is cut, and the options the Scout
sets for the value's type; with the link templates a field may fill, fixed to the site's host.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

import jmespath
from jmespath.exceptions import JMESPathError
from pydantic import Field, StringConstraints, model_validator

from pipeline.core.specparts import DrawnValue, FrozenModel, PairedJson, UrlPart

FieldType = Literal["title", "text", "author", "price", "date", "url", "image", "rating", "number", "tags"]
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
