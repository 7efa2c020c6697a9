"""Small helpers the routers share: the settings, a session, times from query strings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from fastapi import Request
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import ConfigurationError


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


@contextmanager
def session_for(request: Request) -> Iterator[Session]:
    with session_scope(settings_of(request)) as session:
        yield session


def parse_moment(value: str | None, name: str) -> datetime | None:
    """An ISO 8601 time (UTC when no zone is given), or None."""
    if value is None or value == "":
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ConfigurationError(
            f"{name}={value!r} is not an ISO 8601 time; use e.g. 2026-11-27 or 2026-11-27T08:00:00Z."
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
