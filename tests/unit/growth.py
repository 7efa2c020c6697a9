"""How a function's work grows with its input: linear or worse, told apart without a bound in seconds.

A test that asserts "done in under a second" fails on a machine loaded ten times over and passes a
quadratic function on a fast one. What a hostile-page test means is the shape of the cost: four
times the input must cost about four times the time, not sixteen. Both sizes are timed in the
process's own CPU seconds (other processes on a loaded machine do not count), with the collector
paused, each the best of a few interleaved runs.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import TypeVar

Input = TypeVar("Input")

#: How much larger the second input is than the first.
FACTOR = 4
#: Above this ratio the cost grows faster than linearly: linear work gives about ``FACTOR``,
#: quadratic about ``FACTOR ** 2``; the bound sits halfway between, on a log scale.
MAX_RATIO = FACTOR**1.5
#: Runs of each size; the fastest counts (a pause only ever adds time).
REPEATS = 5


def growth_ratio(make: Callable[[int], Input], run: Callable[[Input], object], size: int) -> float:
    """How many times longer ``run`` takes on ``make(size * FACTOR)`` than on ``make(size)``."""
    small, large = make(size), make(size * FACTOR)
    best_small = best_large = float("inf")
    for _ in range(REPEATS):
        best_small = min(best_small, _seconds(run, small))
        best_large = min(best_large, _seconds(run, large))
    return best_large / max(best_small, 1e-6)


def assert_linear(make: Callable[[int], Input], run: Callable[[Input], object], size: int) -> None:
    """Fail when ``run``'s time grows faster than its input (``make(n)`` builds an input of size ``n``)."""
    ratio = growth_ratio(make, run, size)
    assert ratio < MAX_RATIO, f"{FACTOR}x the input took {ratio:.1f}x the time: the work grows faster than linearly"


def _seconds(run: Callable[[Input], object], given: Input) -> float:
    collecting = gc.isenabled()
    gc.disable()
    try:
        started = time.process_time()
        run(given)
        return time.process_time() - started
    finally:
        if collecting:
            gc.enable()
