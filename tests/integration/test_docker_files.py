"""The container files are checked with the real tools (no Docker engine runs here)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is not installed: .ci/run installs it (apt-get install docker-compose; uv sync)"
    return found


def test_dockerfile_passes_hadolint() -> None:
    result = subprocess.run(
        [_tool("hadolint"), str(ROOT / "docker" / "Dockerfile")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_file_is_valid_and_describes_the_fleet() -> None:
    result = subprocess.run(
        [_tool("docker-compose"), "-f", str(ROOT / "docker" / "compose.yaml"), "config"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "SDP_DB_PASSWORD": "x"},
    )
    assert result.returncode == 0, result.stderr
    services = yaml.safe_load(result.stdout)["services"]
    assert {"postgres", "redis", "worker", "beat", "flower"} <= set(services)
    worker = services["worker"]
    assert worker["environment"]["SDP_BROKER_URL"].startswith("redis://redis")
    assert worker["environment"]["SDP_DATABASE_URL"].startswith("postgresql+psycopg://sdp:x@postgres")
    assert "crawl.high" in " ".join(worker["command"])
    assert services["redis"]["command"][-1] == "noeviction"
