"""Drive the real CLI in a subprocess, the way users' scripts do."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from config.settings import get_settings
from pipeline.core.db.engine import dispose_engines
from tests.conftest import use_home


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.out + self.err).splitlines() if line.strip()]

    def json(self) -> Any:
        return json.loads(self.out)


def sdp(*args: str, env: dict[str, str] | None = None, timeout: float = 300, entry: str = "src") -> Result:
    """Run ``python -m src ARGS`` with the test's environment (its own SDP_HOME)."""
    completed = subprocess.run(
        [sys.executable, "-m", entry, *args],
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


def assert_ok(result: Result) -> Result:
    assert result.code == 0, f"exit {result.code}\nstdout:\n{result.out}\nstderr:\n{result.err}"
    return result


def assert_one_line_error(result: Result, *, code: int | None = None, says: str = "") -> None:
    assert result.code != 0, result.out
    if code is not None:
        assert result.code == code, result.err
    assert "Traceback" not in result.err + result.out
    errors = [line for line in result.err.splitlines() if line.strip()]
    assert len(errors) == 1, result.err
    assert says.lower() in errors[0].lower(), errors[0]


@contextlib.contextmanager
def shared_home(home: Path) -> Iterator[Path]:
    """The environment the autouse ``sdp_home`` gives a test, around ``home`` instead.

    For a module fixture that runs an ``sdp add`` several tests only read: the site is onboarded
    once, not once a test. A test enters the home with ``use_home(monkeypatch, home)``.
    """
    with pytest.MonkeyPatch.context() as monkeypatch:
        use_home(monkeypatch, home)
        yield home
    get_settings.cache_clear()
    dispose_engines()


@pytest.fixture
def cli() -> Any:
    return sdp
