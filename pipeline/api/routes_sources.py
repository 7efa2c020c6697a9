"""``/sources``: list, add (queued onboarding), show, remove, activate, entities, export, versions."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import select

from pipeline.api import enqueue
from pipeline.api.auth import Principal, ensure, requires
from pipeline.api.common import parse_moment, session_for, settings_of
from pipeline.core import registry
from pipeline.core.consent import ensure_collection_allowed
from pipeline.core.db.models import SilverEntity
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.export import export_record, iter_records, write_records
from pipeline.core.sources import create_source, get_source, purge_source, set_active
from pipeline.core.status import source_summaries

router = APIRouter(tags=["sources"])
Reader = Annotated[Principal, Depends(requires("read"))]
Operator = Annotated[Principal, Depends(requires("operate"))]
MEDIA = {"json": "application/json", "jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
MAX_PAGE = 1000


class NewSource(BaseModel):
    url: str = Field(description="The page to scrape, http(s)://…")
    name: str | None = Field(default=None, description="Source name; default: derived from the URL.")
    schedule: str = Field(default="1d", description="Interval (30m, 6h, 1d) or cron expression.")
    priority: Literal["high", "normal", "low"] = "normal"
    labels: dict[str, str] = Field(default_factory=dict)


class RollbackRequest(BaseModel):
    version: int | None = Field(default=None, description="Version number; default: the one before production.")


def _summary(request: Request, name: str) -> dict[str, Any]:
    with session_for(request) as session:
        get_source(session, name)
        return next(row for row in source_summaries(session) if row["name"] == name)


@router.get("/sources")
def list_sources(request: Request, _: Reader) -> list[dict[str, Any]]:
    """Every source with its state, version, data and last crawl (as `sdp list --json`)."""
    with session_for(request) as session:
        return source_summaries(session)


@router.post("/sources", status_code=202)
def add_source(request: Request, body: NewSource, caller: Operator) -> dict[str, Any]:
    """Register a source and queue its onboarding on the workers; follow it with ``GET /tasks?run_id=``."""
    settings = settings_of(request)
    with session_for(request) as session:
        source = create_source(
            session,
            url=body.url,
            name=body.name,
            schedule=body.schedule,
            priority=body.priority,
            labels=body.labels,
            actor=caller.name,
        )
        ensure_collection_allowed(session, source, settings)
        source_id, name = source.id, source.name
    run_id = str(uuid.uuid4())
    enqueue.onboarding(settings, source_id, run_id, actor=caller.name)
    return {"source": name, "run_id": run_id, "status": "queued", "links": {"source": f"/sources/{name}"}}


@router.get("/sources/{name}")
def show_source(request: Request, name: str, _: Reader) -> dict[str, Any]:
    return _summary(request, name)


@router.delete("/sources/{name}")
def remove_source(request: Request, name: str, caller: Operator, purge: bool = False) -> dict[str, Any]:
    """Deactivate the source (data kept); ``?purge=true`` (admin) deletes it and all its data."""
    if purge:
        ensure(caller, "admin")
    with session_for(request) as session:
        source = get_source(session, name)
        if purge:
            purge_source(session, source, actor=caller.name)
            return {"source": name, "purged": True}
        set_active(session, source, False, actor=caller.name)
    return {"source": name, "active": False, "purged": False}


@router.post("/sources/{name}/activate")
def activate_source(request: Request, name: str, caller: Operator) -> dict[str, Any]:
    with session_for(request) as session:
        set_active(session, get_source(session, name), True, actor=caller.name)
    return _summary(request, name)


@router.get("/sources/{name}/entities")
def list_entities(
    request: Request,
    name: str,
    _: Reader,
    since: str | None = None,
    until: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    cursor: str | None = None,
) -> dict[str, Any]:
    """One page of the source's entities as export records; pass ``next_cursor`` back for the next."""
    start, end = parse_moment(since, "since"), parse_moment(until, "until")
    after = 0
    if cursor:
        if not cursor.isdigit():
            raise ConfigurationError(f"cursor={cursor!r} is not one this API gave; pass next_cursor unchanged.")
        after = int(cursor)
    with session_for(request) as session:
        source = get_source(session, name)
        query = select(SilverEntity).where(SilverEntity.source_id == source.id, SilverEntity.id > after)
        if start is not None:
            query = query.where(SilverEntity.last_seen_at >= start)
        if end is not None:
            query = query.where(SilverEntity.last_seen_at <= end)
        rows = session.scalars(query.order_by(SilverEntity.id).limit(limit + 1)).all()
        items = [export_record(entity, source) for entity in rows[:limit]]
    more = len(rows) > limit
    return {"items": items, "next_cursor": str(items[-1]["entity_id"]) if more else None}


@router.get("/sources/{name}/export")
def export_source(
    request: Request,
    name: str,
    _: Reader,
    format: Literal["json", "jsonl", "csv"] = "json",
    since: str | None = None,
    until: str | None = None,
) -> StreamingResponse:
    """All entities in the export record of `sdp export`, streamed as JSON, JSON Lines or CSV."""
    start, end = parse_moment(since, "since"), parse_moment(until, "until")
    with session_for(request) as session:
        get_source(session, name)  # 404 before the stream starts

    def chunks() -> Iterator[str]:
        with session_for(request) as session:
            source = get_source(session, name)
            records = iter_records(session, source, since=start, until=end)
            if format == "csv":
                buffer = io.StringIO()
                write_records(records, buffer, "csv")  # CSV columns need every record first
                yield buffer.getvalue()
                return
            count = 0
            for record in records:
                line = json.dumps(record, ensure_ascii=False)
                if format == "json":
                    yield ("[\n" if count == 0 else ",\n") + line
                else:
                    yield line + "\n"
                count += 1
            if format == "json":
                yield "\n]\n" if count else "[]\n"

    headers = {"Content-Disposition": f'attachment; filename="{name}.{format}"'}
    return StreamingResponse(chunks(), media_type=MEDIA[format], headers=headers)


@router.get("/sources/{name}/versions")
def list_versions(request: Request, name: str, _: Reader) -> list[dict[str, Any]]:
    with session_for(request) as session:
        source = get_source(session, name)
        return [
            {
                "number": v.number,
                "status": v.status,
                "created_by": v.created_by,
                "created_at": v.created_at.isoformat(),
                "code_hash": v.code_hash,
                "parser_version": v.parser_version,
                "reason": v.reason,
            }
            for v in registry.versions_of(session, source)
        ]


@router.post("/sources/{name}/rollback")
def rollback(request: Request, name: str, caller: Operator, body: RollbackRequest | None = None) -> dict[str, Any]:
    """Return the source to a version (default: the one before the current production version)."""
    with session_for(request) as session:
        target = registry.rollback(
            session, get_source(session, name), body.version if body else None, actor=caller.name
        )
        return {"source": name, "version": target.number, "status": target.status}
