"""A page whose script never yields (``for (;;) {}`` in its head) fails within the render budget,
as it did when navigation waited for network idle, instead of holding the Scout for ever."""

from __future__ import annotations

import threading
import time

from agents.render import render
from pipeline.core.exceptions import FetchFailed
from tests.unit.agents.test_render_never_idle import _Handler, serve, settings

BUDGET_S = 3.0


class _Busy(_Handler):
    def do_GET(self) -> None:
        self._answer(200, "text/html", b"<html><head><script>for (;;) {}</script></head><body>x</body></html>")


def test_a_page_that_never_yields_fails_within_the_budget() -> None:
    outcome: list[BaseException | None] = []

    def run(root: str) -> None:
        try:
            render(root + "/busy.html", settings(BUDGET_S))
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    with serve(_Busy) as root:
        started = time.monotonic()
        worker = threading.Thread(target=run, args=(root,), daemon=True)
        worker.start()
        worker.join(BUDGET_S + 12)
        assert outcome, f"render still running after {time.monotonic() - started:.0f} s"
    assert isinstance(outcome[0], FetchFailed)
