"""Where the seconds of `sdp add` go: every request as the site sees it, every line the CLI prints.

    uv run python -m tests.bench.onboarding_timeline [RUNS]

Onboards the generated 10-page site of ``bench_polite_onboarding`` at the default politeness (one
request per second per site) in an ``SDP_HOME`` whose database already exists, and prints one
timeline per run: seconds since the command started, then the request or the output line. The
smallest gap between two requests is printed too; it must never be below the delay.
"""

from __future__ import annotations

import http.server
import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.bench.run_all import make_site


def timeline(site: Path, home: Path, name: str) -> list[tuple[float, str]]:
    events: list[tuple[float, str]] = []
    started = time.perf_counter()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[arg-type]

        def do_GET(self) -> None:
            events.append((time.perf_counter() - started, f"GET {self.path}"))
            super().do_GET()

        def log_message(self, *_: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDP_")} | {
        "SDP_HOME": str(home),
        "PYTHONUNBUFFERED": "1",
    }
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    started = time.perf_counter()
    command = [sys.executable, "-m", "src", "add", url, "--name", name]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as cli:
        assert cli.stdout is not None
        for line in cli.stdout:
            events.append((time.perf_counter() - started, line.rstrip()[:110]))
    events.append((time.perf_counter() - started, f"exit {cli.returncode}"))
    server.shutdown()
    server.server_close()
    return sorted(events)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    with tempfile.TemporaryDirectory(prefix="sdp-timeline-") as scratch:
        root = Path(scratch)
        site, home = root / "site", root / "home"
        site.mkdir()
        make_site(site, pages=10)
        env = {k: v for k, v in os.environ.items() if not k.startswith("SDP_")} | {"SDP_HOME": str(home)}
        subprocess.run([sys.executable, "-m", "src", "list"], env=env, check=True, capture_output=True)
        for run in range(runs):
            events = timeline(site, home, f"ten{run}")
            requests = [moment for moment, what in events if what.startswith("GET ")]
            for moment, what in events:
                print(f"{moment:6.2f}  {what}")
            gaps = [later - earlier for earlier, later in itertools.pairwise(requests)]
            print(f"-- {len(requests)} requests, smallest gap {min(gaps):.2f} s, total {events[-1][0]:.2f} s\n")


if __name__ == "__main__":
    main()
