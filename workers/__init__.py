"""Celery workers: ``celery -A workers worker|beat|flower`` finds the app here.

The app is imported on first use, so a CLI command that needs only the queue names or a step
function does not pay for importing Celery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workers.celery_app import app

__all__ = ["app"]


def __getattr__(name: str) -> Any:
    if name == "app":
        from workers.celery_app import app  # noqa: PLC0415 - the point of this module

        return app
    raise AttributeError(f"module 'workers' has no attribute {name!r}")
