"""Onboard one source in-process (the steps `sdp add` runs when no worker is up): URL NAME."""

from __future__ import annotations

import sys

from pipeline.core.db.engine import session_scope
from pipeline.core.sources import create_source
from pipeline.core.taskstate import new_run_id
from workers import onboarding


def main(url: str, name: str) -> None:
    with session_scope() as session:
        source_id = create_source(session, url=url, name=name).id
    run_id = new_run_id()
    for step in onboarding.STEPS:
        onboarding.STEP_FUNCTIONS[step](source_id, run_id)
    onboarding.finish(source_id, run_id)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
