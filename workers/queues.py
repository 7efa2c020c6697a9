"""Queue names: one per kind of work, crawls split by priority (drained high first)."""

from __future__ import annotations

ONBOARD = "onboard"
HEAL = "heal"
MAINTENANCE = "maintenance"
CRAWL_BY_PRIORITY = {"high": "crawl.high", "normal": "crawl.normal", "low": "crawl.low"}

#: The order a worker lists its queues in is the order it prefers them.
ALL_QUEUES = (
    ONBOARD,
    CRAWL_BY_PRIORITY["high"],
    CRAWL_BY_PRIORITY["normal"],
    CRAWL_BY_PRIORITY["low"],
    HEAL,
    MAINTENANCE,
)


def crawl_queue(priority: str) -> str:
    return CRAWL_BY_PRIORITY.get(priority, CRAWL_BY_PRIORITY["normal"])
