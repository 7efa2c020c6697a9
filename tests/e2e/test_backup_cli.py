"""`sdp backup|restore` on a real crawl, a tampered backup, and a corrupt database brought back."""

from __future__ import annotations

import os
import pty
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.e2e.conftest import Result, assert_ok, assert_one_line_error, sdp
from tests.integration.test_backup import corrupt

pytestmark = pytest.mark.slow


def _entities(name: str) -> list[tuple[str, object]]:
    return sorted((r["url"], r["data"]) for r in assert_ok(sdp("export", name)).json())


def _answer(args: list[str], answer: str) -> Result:
    """Run the CLI with a terminal on stdin (a person at the keyboard) who types ``answer``."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "src", *args], stdin=follower, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    os.close(follower)
    os.write(leader, answer.encode() + b"\n")
    out, err = process.communicate(timeout=300)
    os.close(leader)
    return Result(process.returncode, out, err)


@pytest.mark.usefixtures("coffee_added")
def test_backup_verify_restore_and_a_tampered_backup(tmp_path: Path) -> None:
    held = _entities("coffee")
    made = assert_ok(sdp("backup")).out
    assert "1 source(s), 11 entities" in made
    listed = assert_ok(sdp("backup", "list", "--json")).json()
    assert len(listed) == 1 and listed[0]["counts"]["entities"] == 11
    path = listed[0]["path"]
    assert "is intact" in assert_ok(sdp("backup", "verify", listed[0]["name"])).out

    assert_ok(sdp("remove", "coffee", "--purge", "--yes"))
    tampered = tmp_path / "tampered"
    shutil.copytree(path, tampered)
    with closing(sqlite3.connect(tampered / "sdp.db")) as copy:  # a plausible edit, not random noise
        copy.execute("UPDATE silver_entities SET data = '{}'")
        copy.commit()
    assert_one_line_error(sdp("backup", "verify", str(tampered)), code=1, says="sdp.db does not match its sha256")
    assert_one_line_error(sdp("restore", str(tampered), "--yes"), code=1, says="fails verification")
    assert_one_line_error(sdp("restore", path), code=2, says="--yes")
    assert assert_ok(sdp("list")).out.startswith("No sources")  # nothing was restored

    done = assert_ok(sdp("restore", path, "--yes")).out
    assert "11 entities" in done and "sdp.db.before-restore-" in done
    assert _entities("coffee") == held


@pytest.mark.usefixtures("coffee_added")
def test_a_corrupt_database_is_detected_and_recovered(sdp_home: Path) -> None:
    held = _entities("coffee")
    assert_ok(sdp("backup"))
    backup = assert_ok(sdp("backup", "list", "--json")).json()[0]

    corrupt(sdp_home / "sdp.db")
    # A script (no terminal): one line saying what happened and the command that fixes it.
    assert_one_line_error(sdp("export", "coffee"), code=1, says=f"sdp restore {backup['path']} --yes")
    # A person who says no keeps the corrupt file; a person who says yes gets the backup back.
    refused = _answer(["export", "coffee"], "n")
    assert refused.code == 1 and f"Restore from backup {backup['path']} taken at {backup['created_at']}?" in refused.err
    accepted = _answer(["export", "coffee"], "y")
    assert accepted.code == 0, accepted.err
    assert "restored backup" in accepted.err
    assert _entities("coffee") == held

    # Service mode (`sdp run`): restored without asking.
    corrupt(sdp_home / "sdp.db")
    ran = sdp("run", "--once")
    assert ran.code == 0, ran.err
    assert "The database was corrupt: restored backup" in ran.err
    assert _entities("coffee") == held
    assert len(list(sdp_home.glob("sdp.db.before-restore-*"))) == 2


@pytest.mark.usefixtures("coffee_added")
def test_a_worker_starting_on_a_corrupt_database_restores_it(sdp_home: Path) -> None:
    held = _entities("coffee")
    assert_ok(sdp("backup"))
    corrupt(sdp_home / "sdp.db")
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "workers", "worker", "-Q", "maintenance", "-P", "solo"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = False
        for _ in range(1200):  # generous: the machine is shared
            if worker.poll() is not None:
                break
            if list(sdp_home.glob("sdp.db.before-restore-*")) and _heartbeats(sdp_home / "sdp.db"):
                ready = True
                break
            time.sleep(0.25)
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=120)
    assert ready, err
    assert _entities("coffee") == held


def _heartbeats(database: Path) -> int:
    try:
        with closing(sqlite3.connect(database, timeout=5)) as connection:
            return int(connection.execute("SELECT count(*) FROM worker_heartbeats").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0


def test_postgresql_is_refused_with_the_pg_dump_procedure(postgres_url: str) -> None:
    env = {"SDP_DATABASE_URL": postgres_url}
    assert_one_line_error(sdp("backup", env=env), code=2, says="pg_dump -Fc")
    assert_one_line_error(sdp("restore", "anything", "--yes", env=env), code=2, says="pg_restore")
