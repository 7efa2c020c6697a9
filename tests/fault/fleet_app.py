"""The product's Celery app, with a short Redis visibility timeout for the fault tests.

On Redis, messages held by a worker killed with SIGKILL come back only after the visibility
timeout (kombu's emulated acks). Production keeps it above the longest crawl; the chaos run
shortens it (``SDP_TEST_VISIBILITY_TIMEOUT_S``) so recovery is measured in seconds, and sweeps
the unacked index every second instead of every ~100 s.
"""

from __future__ import annotations

import os

from workers import app

__all__ = ["app"]

_timeout = os.environ.get("SDP_TEST_VISIBILITY_TIMEOUT_S")
_options = dict(app.conf.broker_transport_options or {})  # reading configures the app from the settings
if _timeout and "visibility_timeout" in _options:
    _options.update(visibility_timeout=int(_timeout), unacked_restore_interval=1, unacked_restore_throttle=1)
    app.conf.update(
        broker_transport_options=_options,
        result_backend_transport_options={"visibility_timeout": int(_timeout)},
        visibility_timeout=int(_timeout),
    )
