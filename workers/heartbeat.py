"""Worker heartbeats in the database, and per-process hygiene after fork."""

from __future__ import annotations

import threading
from typing import Any

import structlog
from celery import signals

from config.settings import get_settings
from pipeline.core import fleet
from pipeline.core.db.engine import dispose_engines, session_scope
from workers.topology import logical_name

logger = structlog.get_logger(__name__)
_stop = threading.Event()
_state: dict[str, Any] = {}


def _beat_forever(name: str, queues: list[str], interval: float) -> None:
    while not _stop.wait(interval):
        try:
            with session_scope() as session:
                fleet.beat(session, name, queues=queues)
        except Exception as exc:  # a dead database must not kill the worker; the beat resumes later
            logger.warning("Heartbeat not recorded", error=str(exc))


@signals.worker_ready.connect
def _start_heartbeat(sender: Any = None, **_: Any) -> None:
    name = sender.hostname if sender is not None else "worker"
    # By the names users give -Q (a RabbitMQ quorum queue's broker name carries a suffix).
    consumed = sender.app.amqp.queues.consume_from.values() if sender is not None else []
    queues = [logical_name(q) for q in consumed]
    with session_scope() as session:
        fleet.beat(session, name, queues=queues)
    _stop.clear()
    thread = threading.Thread(
        target=_beat_forever, args=(name, queues, get_settings().worker.heartbeat_s), name="sdp-heartbeat", daemon=True
    )
    thread.start()
    _state.update(name=name, thread=thread)


@signals.worker_shutdown.connect
def _stop_heartbeat(**_: Any) -> None:
    _stop.set()
    name = _state.get("name")
    if name:
        with session_scope() as session:
            fleet.forget(session, name)


@signals.worker_process_init.connect
def _fresh_engines(**_: Any) -> None:
    # A pooled connection inherited across fork hangs or corrupts (apache/airflow#13265).
    dispose_engines(after_fork=True)
