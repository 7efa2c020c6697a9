"""The development key generated under SDP_HOME: one key, even when processes start together."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from config.settings import Settings
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.keyring import GENERATED_FILE, load_keyring

PROCESSES = 6


def _load_after(barrier: object, home: str, results: object) -> None:
    barrier.wait()  # type: ignore[attr-defined]
    ring = load_keyring(Settings(home=Path(home)))
    results.put((ring.active, ring.keys[ring.active]))  # type: ignore[attr-defined]


def test_processes_starting_together_share_one_generated_key(tmp_path: Path) -> None:
    # A worker and `sdp add` starting at once: one of them used to read the key file before the
    # other had written it, and got a keyring without keys (StopIteration at the first page).
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(PROCESSES), context.Queue()
    workers = [context.Process(target=_load_after, args=(barrier, str(tmp_path), results)) for _ in range(PROCESSES)]
    for process in workers:
        process.start()
    keys = {results.get(timeout=60) for _ in workers}
    for process in workers:
        process.join(timeout=60)
    assert len(keys) == 1
    assert [p.name for p in tmp_path.iterdir()] == [GENERATED_FILE]  # no temporary file left behind
    assert (tmp_path / GENERATED_FILE).stat().st_mode & 0o777 == 0o600


def test_an_empty_key_file_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / GENERATED_FILE).touch(mode=0o600)
    with pytest.raises(ConfigurationError, match="holds no key"):
        load_keyring(Settings(home=tmp_path))
