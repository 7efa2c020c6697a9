"""Replay's pure half: a stored page's body in, its records ready to merge out.

Parsing, keys, redaction, validation and content hashes need neither the database nor the keys,
so they run in worker processes (``replay_pool``) as well as in the replaying process. This module
and what it imports stay free of SQLAlchemy, so a worker starts in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from pipeline.core.extract import extract_records, record_key
from pipeline.core.fingerprint import content_hash
from pipeline.core.redaction_rules import Hits, Redactor
from pipeline.core.schemas import ScraperSpec
from pipeline.core.validation_rules import Checks, Problem, validate_record


class PageBody(NamedTuple):
    """A stored page's verified body, and the URL its links resolve against."""

    page_id: int
    url: str
    body: bytes


class ParsedRecord(NamedTuple):
    #: Natural key or content fingerprint, taken *before* redaction, as the spiders take it.
    key: str
    url: str
    #: The record as Silver would keep it: redacted.
    data: dict[str, Any]
    #: What redaction removed, as counts per field and rule.
    hits: Hits
    #: Why the record may not enter Silver; empty when it may.
    problems: tuple[Problem, ...]
    #: ``content_hash(data)`` of a valid record; empty for an invalid one.
    digest: str


class ParsedPage(NamedTuple):
    page_id: int
    records: list[ParsedRecord]


@dataclass(frozen=True)
class PageParser:
    """One version's spec with one source's redaction rules and schema: picklable, sent to workers once."""

    spec: ScraperSpec
    redactor: Redactor
    checks: Checks

    @cached_property
    def url_field(self) -> str | None:
        """The field holding a record's own URL; without one, a record's URL is its page's."""
        return next((f.name for f in self.spec.fields if f.type == "url"), None)

    def parse(self, page: PageBody) -> ParsedPage:
        records = extract_records(page.body, page.url, self.spec)
        return ParsedPage(page.page_id, [self._record(record, page.url) for record in records])

    def parse_all(self, pages: Sequence[PageBody]) -> list[ParsedPage]:
        return [self.parse(page) for page in pages]

    def _record(self, record: dict[str, Any], page_url: str) -> ParsedRecord:
        key = record_key(record, self.spec, page_url=page_url)
        data, hits = self.redactor.apply(record)
        url = str((data.get(self.url_field) if self.url_field else None) or page_url)
        problems = tuple(validate_record(data, self.checks))
        return ParsedRecord(key, url, data, hits, problems, "" if problems else content_hash(data))
