"""``sdp tasks list | retry``: the product's task table, dead letters included."""

from __future__ import annotations

from typing import Any

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.cli.errors import UserFacingError
from pipeline.core import taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import TaskState


@click.group("tasks")
def tasks_group() -> None:
    """Inspect and re-drive the task table (PENDING, IN_PROGRESS, COMPLETED, FAILED, QUARANTINED)."""


@tasks_group.command("list")
@click.option("--state", type=click.Choice([s.value.lower() for s in TaskState], case_sensitive=False))
@click.option("--source", "source_name", help="Only this source's tasks.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def list_tasks(app: AppContext, state: str | None, source_name: str | None, limit: int, as_json: bool) -> None:
    """List the most recent tasks, newest first."""
    with session_scope(app.settings) as session:
        rows: list[dict[str, Any]] = [
            {
                "id": t.id,
                "run_id": t.run_id,
                "step": t.name,
                "kind": t.kind,
                "source": t.source_name,
                "state": t.state,
                "attempts": t.attempts,
                "error": t.error,
                "next_attempt_at": t.next_attempt_at.isoformat(timespec="seconds") if t.next_attempt_at else None,
                "created_at": t.created_at.isoformat(timespec="seconds"),
            }
            for t in taskstate.list_tasks(session, state=state, source_name=source_name, limit=limit)
        ]
    if as_json:
        app.echo_json(rows)
        return
    if not rows:
        click.echo("No tasks.")
        return
    for row in rows:
        error = f"  {row['error']}" if row["error"] else ""
        retry = f" next attempt {row['next_attempt_at']}" if row["next_attempt_at"] else ""
        click.echo(
            f"{row['id']:>6} {row['state']:12} {row['kind']:8} {row['step']:9} {row['source']:20} "
            f"run {row['run_id'][:8]} x{row['attempts']}{retry}{error}"
        )


@tasks_group.command("retry")
@click.argument("task_id", type=int)
@pass_app
def retry(app: AppContext, task_id: int) -> None:
    """Run a FAILED or QUARANTINED task again (here, or on the workers when they are running).

    A re-drive is one more attempt: a transient failure then goes straight back to the dead letters.
    """
    from workers.redrive import redrive  # noqa: PLC0415 - heavy

    with session_scope(app.settings) as session:
        task = taskstate.reopen(session, task_id)
        name, source_id, run_id = task.name, task.source_id, task.run_id
    assert source_id is not None
    outcome = redrive(name, source_id, run_id)
    if outcome.startswith("failed"):
        raise UserFacingError(f"Task {task_id} ran again and {outcome}.")
    click.echo(f"Task {task_id} ({name}) {outcome}.")
