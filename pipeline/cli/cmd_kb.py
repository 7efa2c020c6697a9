"""``sdp kb list|show|approve|reject|edit|delete`` (the Knowledge Base) and ``sdp heal NAME``."""

from __future__ import annotations

import json
from typing import Any

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.cli.errors import EXIT_CONFIG, UserFacingError
from pipeline.core import knowledge
from pipeline.core.db.engine import session_scope
from pipeline.core.sources import get_source


@click.group("kb")
def kb_group() -> None:
    """Review and curate the Doctor's lessons (what changed on a site, and the fix that worked)."""


@kb_group.command("list")
@click.option("--status", type=click.Choice(knowledge.STATUSES), help="Only lessons with this status.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
def kb_list(app: AppContext, status: str | None, as_json: bool) -> None:
    """List lessons: id, status, successes/failures, error type, domain and what changed."""
    with session_scope(app.settings) as session:
        views = [knowledge.lesson_view(lesson) for lesson in knowledge.list_lessons(session, status=status)]
    if as_json:
        click.echo(json.dumps(views, indent=1))
        return
    if not views:
        click.echo("No lessons yet: the Doctor learns one from each repair it promotes.")
        return
    click.echo(f"{'ID':>4}  {'STATUS':9} {'OK':>3} {'KO':>3}  {'ERROR':13} {'DOMAIN':22} CHANGE")
    for v in views:
        click.echo(
            f"{v['id']:>4}  {v['status']:9} {v['successes']:>3} {v['failures']:>3}  "
            f"{v['error_type']:13} {v['domain_pattern']:22} {v['change']}"
        )


@kb_group.command("show")
@click.argument("lesson_id", type=int)
@pass_app
def kb_show(app: AppContext, lesson_id: int) -> None:
    """Show one lesson whole, with its transform and evidence, as JSON."""
    with session_scope(app.settings) as session:
        view = knowledge.lesson_view(knowledge.get_lesson(session, lesson_id))
    click.echo(json.dumps(view, indent=1))


@kb_group.command("approve")
@click.argument("lesson_id", type=int)
@pass_app
def kb_approve(app: AppContext, lesson_id: int) -> None:
    """Approve a lesson: the Doctor tries approved lessons first."""
    _set_status(app, lesson_id, "approved")


@kb_group.command("reject")
@click.argument("lesson_id", type=int)
@pass_app
def kb_reject(app: AppContext, lesson_id: int) -> None:
    """Reject a lesson: the Doctor never tries it again."""
    _set_status(app, lesson_id, "rejected")


def _set_status(app: AppContext, lesson_id: int, status: str) -> None:
    with session_scope(app.settings) as session:
        knowledge.set_lesson_status(session, lesson_id, status, actor="cli")
    click.echo(f"Lesson {lesson_id} {status}.")


@kb_group.command("edit")
@click.argument("lesson_id", type=int)
@click.option("--description", help="New description.")
@click.option("--domain", "domain_pattern", help="New domain pattern, e.g. '*.example.com'.")
@click.option("--error-type", help="Error class the lesson applies to (site_changed).")
@click.option("--transform", help="New transform as JSON (see docs/doctor.md).")
@pass_app
def kb_edit(
    app: AppContext,
    lesson_id: int,
    description: str | None,
    domain_pattern: str | None,
    error_type: str | None,
    transform: str | None,
) -> None:
    """Edit a lesson's description, domain pattern, error type or transform."""
    changes: dict[str, Any] = {
        k: v
        for k, v in {"description": description, "domain_pattern": domain_pattern, "error_type": error_type}.items()
        if v is not None
    }
    if transform is not None:
        try:
            changes["transform"] = json.loads(transform)
        except json.JSONDecodeError as exc:
            raise UserFacingError(
                f"--transform is not valid JSON ({exc.msg}); see docs/doctor.md.", EXIT_CONFIG
            ) from exc
    if not changes:
        raise UserFacingError(
            "Nothing to change: give --description, --domain, --error-type or --transform.", EXIT_CONFIG
        )
    with session_scope(app.settings) as session:
        knowledge.edit_lesson(session, lesson_id, changes, actor="cli")
    click.echo(f"Lesson {lesson_id} updated: {', '.join(sorted(changes))}.")


@kb_group.command("delete")
@click.argument("lesson_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def kb_delete(app: AppContext, lesson_id: int, yes: bool) -> None:
    """Delete a lesson for good."""
    with session_scope(app.settings) as session:
        knowledge.get_lesson(session, lesson_id)
    if not yes:
        click.confirm(f"Delete lesson {lesson_id}?", abort=True)
    with session_scope(app.settings) as session:
        knowledge.delete_lesson(session, lesson_id, actor="cli")
    click.echo(f"Lesson {lesson_id} deleted.")


@click.command()
@click.argument("name")
@pass_app
def heal(app: AppContext, name: str) -> None:
    """Run the Doctor on NAME now: diagnose, test candidates, promote or quarantine, re-run."""
    from pipeline.core.taskstate import new_run_id  # noqa: PLC0415
    from workers.crawling import crawl_source  # noqa: PLC0415 - heavy
    from workers.healing import heal as run_doctor  # noqa: PLC0415

    with session_scope(app.settings) as session:
        source_id = get_source(session, name).id
    run_id = new_run_id()
    report = run_doctor(source_id, run_id)
    click.echo(f"Doctor run {run_id[:8]} on {name} (last crawl classified: {report.get('classification')})")
    for line in report.get("diff", []):
        click.echo(f"  diff: {line}")
    for candidate in report.get("candidates", []):
        verdict = "passed" if candidate["passed"] else "failed: " + "; ".join(candidate["problems"])
        click.echo(
            f"  candidate {candidate['origin']}: {candidate['records']} records, "
            f"{candidate['agreement']:.0%} of known values reproduced — {verdict}"
        )
    if report.get("promoted"):
        click.echo(f"Promoted version {report['version']} ({report['origin']}); re-running the crawl.")
        result = crawl_source(source_id, new_run_id())
        click.echo(f"{name}: {result['items']} records")
    elif report.get("proposed"):
        click.echo(f"Source is pinned: version {report['proposed']} proposed in staging (see `sdp versions {name}`).")
    elif report.get("quarantined"):
        raise UserFacingError(f"Not repaired: {report.get('reason')}; {name} is quarantined (see `sdp logs {name}`).")
    else:
        click.echo(report.get("reason", "Nothing was changed."))
