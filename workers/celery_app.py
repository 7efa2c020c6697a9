"""The Celery application. Configured lazily from the settings tree on first use.

Embedded default: kombu's SQLAlchemy transport on SQLite under SDP_HOME; set SDP_BROKER_URL to
a redis:// or amqp:// URL for a fleet. The product's task table, not Celery's result backend,
is the truth about work, so results are ignored unless SDP_RESULT_BACKEND is set.
"""

from __future__ import annotations

from typing import Any

from celery import Celery, bootsteps, signals
from kombu.connection import Connection

from config.logging import configure_logging
from config.settings import Settings, get_settings
from pipeline.core.sentry import init_sentry
from workers.queues import MAINTENANCE
from workers.topology import declare_dead_letters, is_rabbitmq, task_queues, uses_quorum_queues

app = Celery("sdp", include=["workers.tasks", "workers.heartbeat", "workers.backups", "workers.maintenance"])


@app.on_configure.connect
def _configure(sender: Celery, **_: Any) -> None:
    settings = get_settings()
    crawl_limit = task_time_limit_s(settings)
    sender.conf.update(
        broker_url=settings.broker_url,
        result_backend=settings.result_backend,
        task_ignore_result=settings.result_backend is None,
        broker_transport_options=transport_options(settings),
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=settings.broker.connect_timeout_s,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_time_limit=crawl_limit,
        task_soft_time_limit=crawl_limit - 60,
        task_default_queue=MAINTENANCE,
        task_queues=task_queues(settings),
        task_create_missing_queues=True,
        # Quorum queues refuse a global prefetch; Celery then sets it per consumer (5.5+).
        worker_detect_quorum_queues=True,
        worker_cancel_long_running_tasks_on_connection_loss=True,
        worker_max_tasks_per_child=200,
        worker_max_memory_per_child=300_000,
        worker_send_task_events=True,
        task_send_sent_event=True,
        worker_hijack_root_logger=False,
        beat_schedule={
            "sdp-tick": {"task": "sdp.tick", "schedule": settings.worker.tick_s, "options": {"queue": MAINTENANCE}},
            **_backup_entries(settings),
            **_maintenance_entries(settings),
        },
    )


def task_time_limit_s(settings: Settings) -> int:
    """Celery's hard limit for a task: the longest crawl plus room to store its results."""
    return settings.crawl.timeout_s + 120


def transport_options(settings: Settings) -> dict[str, Any]:
    """The broker transport's options for ``settings.broker_url``."""
    if settings.broker_url.startswith(("redis://", "rediss://")):
        # Above the longest crawl, or a running crawl is redelivered (celery#2599, #4400).
        # "priority" keeps the queues in the order the worker lists them (crawl.high first) for every
        # fetch; the default round robin would rotate crawl.low ahead after a high one was taken.
        return {
            "visibility_timeout": task_time_limit_s(settings) * 2,
            "health_check_interval": 25,
            "queue_order_strategy": "priority",
        }
    if is_rabbitmq(settings.broker_url):
        # Without confirms a publish the broker drops under resource limits is lost silently.
        return {"confirm_publish": True}
    return {}


def broker_connection(settings: Settings | None = None) -> Connection:
    """A connection to the broker the settings name now.

    The app is configured once per process; a process whose settings were reloaded since (tests,
    an embedded run switching databases) must not publish to, or count, the old broker.
    """
    settings = settings or get_settings()
    return Connection(
        settings.broker_url,
        transport_options=transport_options(settings),
        connect_timeout=settings.broker.connect_timeout_s,
    )


class DeadLetters(bootsteps.StartStopStep):  # type: ignore[misc]
    """Declare ``sdp.dlx``, ``sdp.dead`` and the task queues each time the worker (re)connects to RabbitMQ.

    Dead letters sent to an exchange nobody declared are lost; a broker that lost its
    definitions gets them back with the worker's next connection.
    """

    requires = ("celery.worker.consumer.connection:Connection",)

    def include_if(self, parent: Any) -> bool:
        return uses_quorum_queues(get_settings())

    def start(self, parent: Any) -> None:
        declare_dead_letters(parent.connection, get_settings())


app.steps["consumer"].add(DeadLetters)


def _maintenance_entries(settings: Settings) -> dict[str, Any]:
    from workers.maintenance import beat_entries  # noqa: PLC0415 - workers.maintenance imports this module

    return beat_entries(settings)


def _backup_entries(settings: Settings) -> dict[str, Any]:
    from workers.backups import beat_entries  # noqa: PLC0415 - workers.backups imports this module

    return beat_entries(settings)


@signals.worker_init.connect
def _check_database(**_: Any) -> None:
    from workers.backups import check_at_worker_start  # noqa: PLC0415 - workers.backups imports this module

    check_at_worker_start()


@signals.worker_init.connect
def _check_keys(**_: Any) -> None:
    from workers.maintenance import check_keys_at_worker_start  # noqa: PLC0415 - it imports this module

    check_keys_at_worker_start()


@signals.setup_logging.connect
def _structlog_for_workers(**_: Any) -> None:
    # Connecting here stops Celery from installing its own handlers: one format per process.
    configure_logging(get_settings().logging)


@signals.celeryd_init.connect
def _sentry_for_workers(**_: Any) -> None:
    # Before the pool forks: every child inherits the client (Sentry's Celery guide).
    init_sentry(get_settings(), "worker")


@signals.beat_init.connect
def _sentry_for_beat(**_: Any) -> None:
    init_sentry(get_settings(), "beat")
