"""structlog set-up: JSON for machines, colour for a terminal, level and destination configurable.

Standard-library loggers (Scrapy, Celery, SQLAlchemy) are routed through the same renderer, so
one process writes one consistent stream.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

from config.settings import LoggingSettings

# URLs with credentials ("redis://:secret@host") must never reach a log line.
_URL_PASSWORD = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]+@", re.IGNORECASE)
_SECRET_KEYS = ("password", "api_key", "apikey", "token", "secret", "authorization")
#: What a secret is replaced with, in log lines and in error reports.
MASK = "***"


def redact(text: str) -> str:
    """Mask the password part of any URL in ``text``."""
    return _URL_PASSWORD.sub(rf"\g<scheme>{MASK}@", text)


def is_secret_key(name: str) -> bool:
    """Whether a value named ``name`` is a secret (``api_key``, ``X-API-Key``, ``db_password``…)."""
    lowered = name.lower().replace("-", "_")
    return any(marker in lowered for marker in _SECRET_KEYS)


def _redact_event(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key, value in list(event_dict.items()):
        if is_secret_key(key):
            event_dict[key] = MASK
        elif isinstance(value, str):
            event_dict[key] = redact(value)
    return event_dict


def configure_logging(settings: LoggingSettings, *, stream: TextIO | None = None) -> None:
    """Install the handlers once per process; calling it again reconfigures."""
    destination: TextIO = stream or sys.stderr
    if settings.file is not None:
        settings.file.parent.mkdir(parents=True, exist_ok=True)
        destination = settings.file.open("a", encoding="utf-8")
    as_json = settings.format == "json" or (
        settings.format == "auto" and not (destination.isatty() and settings.file is None)
    )
    shared: list[structlog.typing.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _redact_event,
    ]
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer(colors=destination.isatty())
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[*shared, structlog.stdlib.ExtraAdder()],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = logging.StreamHandler(destination)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.level)
    for noisy in ("sqlalchemy.engine", "alembic", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(settings.level)))
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
