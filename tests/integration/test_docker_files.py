"""The container files are checked with the real tools (no Docker engine runs here)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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


MONITORING = ROOT / "config" / "monitoring"


def _compose_config() -> dict[str, Any]:
    result = subprocess.run(
        [_tool("docker-compose"), "-f", str(ROOT / "docker" / "compose.yaml"), "config"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "SDP_DB_PASSWORD": "x", "SDP_WORKERS": "4"},
    )
    assert result.returncode == 0, result.stderr
    config: dict[str, Any] = yaml.safe_load(result.stdout)
    return config


def test_the_fleet_has_an_api_scalable_workers_and_monitoring() -> None:
    config = _compose_config()
    services = config["services"]
    assert {"api", "prometheus", "grafana"} <= set(services)
    api = services["api"]
    assert api["entrypoint"] + api["command"] == ["sdp", "api", "serve", "--host", "0.0.0.0", "--port", "8000"]
    assert "/healthz" in " ".join(api["healthcheck"]["test"])
    assert api["environment"]["SDP_DATABASE_URL"].startswith("postgresql+psycopg://sdp:x@postgres")
    assert services["worker"]["deploy"]["replicas"] == 4  # SDP_WORKERS, or `--scale worker=N`
    assert "replicas" not in services["beat"].get("deploy", {})  # one beat, or schedules double
    for name, service in services.items():  # every dependency and named volume exists
        for dependency in service.get("depends_on", {}):
            assert dependency in services, f"{name} depends on unknown service {dependency}"
        for volume in service.get("volumes", []):
            source = volume["source"] if isinstance(volume, dict) else volume.split(":")[0]
            kind = volume.get("type") if isinstance(volume, dict) else None
            if kind == "volume" or not str(source).startswith(("/", ".")):
                assert source in config.get("volumes", {}), f"{name} mounts unknown volume {source}"
            else:
                assert Path(source).exists(), f"{name} mounts missing {source}"


def test_prometheus_scrapes_the_api_and_flower_and_loads_the_alerts() -> None:
    prometheus = yaml.safe_load((MONITORING / "prometheus.yml").read_text())
    targets = {t for job in prometheus["scrape_configs"] for c in job["static_configs"] for t in c["targets"]}
    assert targets == {"api:8000", "flower:5555"}
    assert all(job.get("metrics_path", "/metrics") == "/metrics" for job in prometheus["scrape_configs"])
    rules = yaml.safe_load((MONITORING / "alerts.yml").read_text())
    alerts = {rule["alert"]: rule for group in rules["groups"] for rule in group["rules"]}
    assert {"WorkersDown", "QueueBacklog", "DeadLetters", "CircuitBreakerOpen", "CrawlFailureRate"} <= set(alerts)
    assert all(rule["expr"] and rule["annotations"]["summary"] for rule in alerts.values())


def test_grafana_is_provisioned_with_the_datasource_and_a_dashboard() -> None:
    provisioning = MONITORING / "grafana" / "provisioning"
    [datasource] = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text())["datasources"]
    assert datasource["url"] == "http://prometheus:9090"
    dashboards = list((MONITORING / "grafana" / "dashboards").glob("*.json"))
    assert dashboards
    for path in dashboards:
        dashboard = json.loads(path.read_text())
        uids = {panel["datasource"]["uid"] for panel in dashboard["panels"]}
        assert uids == {datasource["uid"]}
        assert all(target["expr"] for panel in dashboard["panels"] for target in panel["targets"])
