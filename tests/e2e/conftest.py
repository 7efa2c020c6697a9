"""Drive the real CLI in a subprocess, the way users' scripts do."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from config.settings import get_settings
from pipeline.core.db.engine import dispose_engines
from tests.conftest import SITES, Site, serve, use_home
from tests.e2e.teashop import BEFORE, BEFORE_ITEM, write


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


@pytest.fixture(scope="session")
def _coffee_added_once(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Site, Path]]:
    """One `sdp add` of the demo site as ``coffee`` (defaults only) per worker, its site served all session."""
    for site in serve(SITES / "demo"):
        with shared_home(tmp_path_factory.mktemp("coffee") / "home") as home:
            assert_ok(sdp("add", site.url, "--name", "coffee"))
        yield site, home


@pytest.fixture
def coffee_added(_coffee_added_once: tuple[Site, Path], sdp_home: Path) -> Site:
    """The demo site just after `sdp add URL --name coffee`, in this test's home: a copy of the home
    of the one add the session's tests share (several modules need it; one add per worker, not per test)."""
    site, added_home = _coffee_added_once
    shutil.copytree(added_home, sdp_home)
    return site


@pytest.fixture(scope="session")
def _tea_added_once(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str, Path]]:
    """One `sdp add` of the tea shop (tests/e2e/teashop.py) as ``tea`` per worker, served all session."""
    root = tmp_path_factory.mktemp("tea-site")
    for site in serve(root):
        write(root, BEFORE, BEFORE_ITEM)
        with shared_home(tmp_path_factory.mktemp("tea") / "home") as home:
            assert_ok(sdp("add", site.url, "--name", "tea"))
        yield root, site.url, home


@pytest.fixture
def tea_added(_tea_added_once: tuple[Path, str, Path], sdp_home: Path) -> tuple[Path, str]:
    """The tea shop (its folder and address) just after `sdp add ... --name tea`, in this test's
    home: a copy of the home of one `sdp add` the session's tests share, the shop's page written back
    (a test may change the page; several modules heal or fail it, one add per worker)."""
    root, url, added_home = _tea_added_once
    write(root, BEFORE, BEFORE_ITEM)
    shutil.copytree(added_home, sdp_home)
    return root, url


@pytest.fixture
def cli() -> Any:
    return sdp
