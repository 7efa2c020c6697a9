"""Drive the onboarding chain for ``sdp add`` and show its progress.

With a live worker the chain is enqueued and this waits on the task table; without one the
same step functions run here, recording the same task states and audit log.
"""

from __future__ import annotations

import json
import time
from typing import Any

import click
from sqlalchemy import select

from pipeline.cli.context import AppContext
from pipeline.cli.errors import UserFacingError, translate
from pipeline.cli.printable import printable as _printable
from pipeline.core import taskstate
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import AuditEvent, SilverEntity, Source, TaskState
from pipeline.core.taskstate import new_run_id
from workers import onboarding

SAMPLE_SIZE = 5
#: Records of the first page shown right after the Scout, before the spider is even built.
FIRST_RECORDS = 3
POLL_S = 0.5


def describe(step: str, result: dict[str, Any]) -> str:
    if step == "scout":
        return f"{result['records_on_first_page']} records on the first page; fields: {', '.join(result['fields'])}"
    if step == "build":
        confidence = ", ".join(f"{k} {v:.0%}" for k, v in result["field_confidence"].items())
        return f"version {result['version']} checked on {len(result['sample_urls'])} page(s) ({confidence})"
    if step == "validate":
        return f"{result['items']} records in a test extraction of {result['pages']} page(s)"
    if step == "deploy":
        return f"version {result['version']} is in production"
    return f"{result['items']} records from {result['pages']} page(s)"


def _progress(step: str, result: dict[str, Any]) -> None:
    click.echo(f"  {click.style('✓', fg='green')} {step:9} {describe(step, result)}")
    if step == "scout":
        profile = result.get("profile", {})
        for note in profile.get("notes", ()):  # what the Scout did that the user would not guess
            click.echo(f"              note: {_printable(note)}")
        # The user sees data as soon as the first page is understood, not after the whole chain.
        for record in profile.get("sample_records", [])[:FIRST_RECORDS]:
            click.echo("              " + json.dumps(record, ensure_ascii=False, default=str))


def preflight(app: AppContext) -> None:
    """Fail before anything is written when a configured broker does not answer."""
    if not app.settings.embedded_broker:
        from workers.dispatch import check_broker  # noqa: PLC0415 - Celery only where a broker is used

        check_broker()


def onboard(app: AppContext, source_id: int, source_name: str, *, workers: int) -> None:
    """Run the chain on the ``workers`` alive (a count), or here when there are none."""
    run_id = new_run_id()
    if workers:
        click.echo(f"Onboarding {source_name} on the workers ({workers} alive), run {run_id[:8]}")
        from workers.dispatch import enqueue_onboarding  # noqa: PLC0415 - as in preflight

        try:
            enqueue_onboarding(source_id, run_id)
        except Exception as exc:
            onboarding.abort(source_id, run_id, f"could not enqueue the onboarding: {exc}")
            raise UserFacingError(f"Could not enqueue the onboarding of {source_name}: {exc}", 3) from None
        _wait(app, source_name, run_id)
    else:
        click.echo(f"Onboarding {source_name} here (no worker is running), run {run_id[:8]}")
        _run_here(source_id, run_id)
    _print_summary(source_id, source_name)


def _run_here(source_id: int, run_id: str) -> None:
    for step in onboarding.STEPS:
        try:
            _progress(step, onboarding.STEP_FUNCTIONS[step](source_id, run_id))
        except (Exception, KeyboardInterrupt) as exc:
            message = "interrupted" if isinstance(exc, KeyboardInterrupt) else str(exc)
            onboarding.abort(source_id, run_id, message)
            click.echo(f"  {click.style('✗', fg='red')} {step:9} failed")
            friendly = translate(exc)
            if friendly is not None:
                raise friendly from None
            if isinstance(exc, KeyboardInterrupt):
                raise UserFacingError("Onboarding interrupted; nothing was kept.", 130) from None
            raise
    onboarding.finish(source_id, run_id)


def _wait(app: AppContext, source_name: str, run_id: str) -> None:
    shown: set[str] = set()
    deadline = time.monotonic() + app.settings.worker.wait_timeout_s
    while time.monotonic() < deadline:
        with session_scope(app.settings) as session:
            for task in taskstate.tasks_of_run(session, run_id):
                if task.state == TaskState.COMPLETED and task.name not in shown:
                    shown.add(task.name)
                    _progress(task.name, dict(task.result))
            outcome = session.scalar(
                select(AuditEvent).where(
                    AuditEvent.run_id == run_id,
                    AuditEvent.action.in_(("onboarding.completed", "onboarding.failed")),
                )
            )
            if outcome is not None:
                if outcome.action == "onboarding.failed":
                    raise UserFacingError(f"{source_name}: {outcome.message}")
                return
        time.sleep(POLL_S)
    raise UserFacingError(
        f"Onboarding of {source_name} did not finish within {app.settings.worker.wait_timeout_s}s; "
        f"it goes on in the workers: follow it with `sdp logs {source_name} --run {run_id[:8]}`."
    )


def _print_summary(source_id: int, source_name: str) -> None:
    with session_scope() as session:
        source = session.get(Source, source_id)
        entities = session.scalars(
            select(SilverEntity).where(SilverEntity.source_id == source_id).order_by(SilverEntity.id).limit(SAMPLE_SIZE)
        ).all()
        click.echo("Sample records:")
        for entity in entities:
            click.echo("  " + json.dumps(entity.data, ensure_ascii=False, default=str))
        if source is not None and source.next_run_at is not None:
            click.echo(
                f"Source {source_name} is live: schedule {source.schedule}, next run "
                f"{source.next_run_at.isoformat(timespec='seconds')}. Export with `sdp export {source_name}`."
            )
