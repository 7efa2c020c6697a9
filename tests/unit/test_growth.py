"""The linearity check that hostile-page tests lean on tells linear work from quadratic."""

from __future__ import annotations

import pytest

from tests.unit.growth import assert_linear


def test_linear_work_passes() -> None:
    assert_linear(lambda n: "ab" * n, lambda text: text.count("b"), 200_000)


def test_quadratic_work_fails() -> None:
    with pytest.raises(AssertionError, match="grows faster than linearly"):
        assert_linear(lambda n: "ab" * n, lambda text: sum(text.count(c) for c in text[: len(text) // 20]), 2_000)
