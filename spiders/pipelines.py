"""Item pipelines: each item is upserted into Silver as it arrives (partial progress survives)."""

from __future__ import annotations

from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from config.settings import get_settings
from pipeline.core import redaction
from pipeline.core.db.engine import session_scope
from pipeline.core.schema_registry import Schema, schema_for_version
from pipeline.core.schemas import PARSER_VERSION
from pipeline.core.validation import admit
from spiders.base import META_KEY


class SilverWriterPipeline:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.dry_run = settings.getbool("SDP_DRY_RUN")
        self.source_id = settings.getint("SDP_SOURCE_ID")
        self.crawl_id = settings.getint("SDP_CRAWL_ID") or None
        self.version_id = settings.getint("SDP_VERSION_ID") or None
        self.samples: list[dict[str, Any]] = []
        self.schema: Schema | None = None  # loaded with the first record
        self.keys_seen: set[str] = set()  # a key seen twice in one run is a duplicate
        with session_scope() as session:  # privacy rules: applied to every record before Silver
            self.redactor = redaction.redactor_for(session, self.source_id, get_settings().privacy)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SilverWriterPipeline:
        return cls(crawler)

    def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        meta = item.pop(META_KEY, None)
        if not isinstance(meta, dict):
            raise DropItem("item without provenance")
        item, redacted = self.redactor.apply(item)
        stats = self.crawler.stats
        assert stats is not None
        for name, value in item.items():
            if value not in (None, "", []):
                stats.inc_value(f"sdp/field_present/{name}")
        if self.dry_run:
            if len(self.samples) < 5:
                self.samples.append(item)
                stats.set_value("sdp/samples", list(self.samples))
            return item
        with session_scope() as session:
            if self.schema is None and self.version_id is not None:
                self.schema = schema_for_version(session, self.version_id)
            admission = admit(
                session,
                self.schema,
                duplicate=meta["key"] in self.keys_seen,
                source_id=self.source_id,
                entity_key=meta["key"],
                url=str(meta.get("url") or meta["page_url"]),
                data=item,
                bronze_page_id=meta.get("bronze_page_id"),
                version_id=self.version_id,
                crawl_id=self.crawl_id,
                parser_version=PARSER_VERSION,
            )
            redaction.record_hits(session, self.source_id, meta["key"], redacted)
        self.keys_seen.add(meta["key"])
        for key in admission.stat_keys():
            stats.inc_value(key)
        return item
