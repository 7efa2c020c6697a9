"""The broker's queues: plain on Redis and the embedded transport, quorum queues on RabbitMQ.

On RabbitMQ every task queue is a quorum queue with a delivery limit and a dead-letter exchange:
a message rejected without requeue (an unknown task, a body that does not decode) or redelivered
more than ``broker.delivery_limit`` times (a poison message that keeps killing its worker) ends
in the queue ``sdp.dead``, where ``sdp status`` counts it.

RabbitMQ refuses to change the arguments of an existing queue (PRECONDITION_FAILED), so the
quorum queues have their own names and exchanges (``crawl.high.quorum``): a deployment that
still holds classic ``crawl.high`` queues starts cleanly, and nothing new is routed into them.
Everything else (``-Q crawl.high``, ``send_task(queue="crawl.high")``) keeps the plain name,
which Celery resolves through the queue's alias.
"""

from __future__ import annotations

from typing import Any

from kombu.entity import Exchange, Queue

from config.settings import Settings
from workers.queues import ALL_QUEUES

QUORUM_SUFFIX = ".quorum"
DEAD_LETTER_EXCHANGE = "sdp.dlx"
DEAD_LETTER_QUEUE = "sdp.dead"


def _queue(*args: Any, **kwargs: Any) -> Queue:
    return Queue(*args, **kwargs)  # type: ignore[no-untyped-call]


def _exchange(name: str, kind: str) -> Exchange:
    return Exchange(name, type=kind)  # type: ignore[no-untyped-call]


def logical_name(queue: Queue) -> str:
    """The name users and the code give a queue (``crawl.high``), whatever it is called on the broker."""
    alias: str | None = getattr(queue, "alias", None)
    return alias or str(queue.name)


def is_rabbitmq(broker_url: str) -> bool:
    return broker_url.startswith(("amqp://", "amqps://", "pyamqp://"))


def uses_quorum_queues(settings: Settings) -> bool:
    return is_rabbitmq(settings.broker_url) and settings.broker.quorum_queues


def broker_name(name: str, settings: Settings) -> str:
    """The name queue ``name`` has on the broker."""
    return name + QUORUM_SUFFIX if uses_quorum_queues(settings) else name


def task_queues(settings: Settings) -> list[Queue]:
    """Celery's ``task_queues``: one per kind of work, each with its own exchange and key.

    A bare ``Queue(name)`` would bind to the default queue's exchange and key, and every message
    would then reach every queue.
    """
    if not uses_quorum_queues(settings):
        return [_queue(name, _exchange(name, "direct"), routing_key=name) for name in ALL_QUEUES]
    arguments = {
        "x-queue-type": "quorum",
        "x-delivery-limit": settings.broker.delivery_limit,
        "x-dead-letter-exchange": DEAD_LETTER_EXCHANGE,
        # A dead letter is kept until sdp.dead confirms it, not dropped on the way.
        "x-dead-letter-strategy": "at-least-once",
        "x-overflow": "reject-publish",
    }
    return [
        _queue(
            name + QUORUM_SUFFIX,
            # Topic, not direct: Celery's native delayed delivery (countdown on quorum queues)
            # re-routes through topic exchanges only.
            _exchange(name + QUORUM_SUFFIX, "topic"),
            routing_key=name,
            queue_arguments=arguments,
            alias=name,
        )
        for name in ALL_QUEUES
    ]


def queue_for(name: str, settings: Settings) -> Queue:
    """The declaration of queue ``name`` on the broker the settings name now."""
    return next(queue for queue in task_queues(settings) if logical_name(queue) == name)


def dead_letter_queue() -> Queue:
    """``sdp.dead`` behind the fanout exchange ``sdp.dlx``: every task queue's dead letters."""
    return _queue(
        DEAD_LETTER_QUEUE,
        _exchange(DEAD_LETTER_EXCHANGE, "fanout"),
        routing_key="#",
        queue_arguments={"x-queue-type": "quorum"},
    )


def declare_dead_letters(connection: Any, settings: Settings | None = None) -> None:
    """Declare ``sdp.dlx`` and ``sdp.dead``, and with ``settings`` every task queue (idempotent).

    Celery binds every task queue's exchange, consumed here or not, for its delayed delivery;
    an exchange nobody declared yet would make that fail.
    """
    channel = connection.channel()
    try:
        queues: list[Any] = [dead_letter_queue(), *(task_queues(settings) if settings is not None else [])]
        for queue in queues:
            queue.bind(channel).declare()
    finally:
        channel.close()


def depth_names(settings: Settings) -> dict[str, str]:
    """Queues ``sdp status`` reports, by the name it shows them under: ``{shown: on the broker}``."""
    names = {name: broker_name(name, settings) for name in ALL_QUEUES}
    if uses_quorum_queues(settings):
        names[DEAD_LETTER_QUEUE] = DEAD_LETTER_QUEUE
    return names
