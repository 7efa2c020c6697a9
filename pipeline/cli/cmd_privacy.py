"""``sdp consent``, ``sdp policy`` and ``sdp privacy``: consent records, collection policies, subject requests."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from pipeline.cli.cmd_data import parse_moment
from pipeline.cli.context import AppContext, pass_app
from pipeline.cli.errors import EXIT_CONFIG, UserFacingError
from pipeline.core import consent as consents
from pipeline.core import privacy
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import ConfigurationError


@click.group("consent")
def consent_group() -> None:
    """Who approved collecting a source, on which legal basis, until when."""


@consent_group.command("set")
@click.argument("name")
@click.option("--by", "approved_by", required=True, help="Who approved collecting the source.")
@click.option("--basis", type=click.Choice(consents.LEGAL_BASES), required=True, help="GDPR art. 6 legal basis.")
@click.option("--scope", required=True, help="What may be collected, and for what purpose.")
@click.option("--expires", help="ISO date or time the consent ends (default: no expiry).")
@pass_app
def consent_set(app: AppContext, name: str, approved_by: str, basis: str, scope: str, expires: str | None) -> None:
    """Record the consent for source NAME (it may not exist yet: record it before `sdp add`)."""
    expires_at = parse_moment(expires, "--expires")
    with session_scope(app.settings) as session:
        record = consents.set_consent(
            session, name, approved_by=approved_by, legal_basis=basis, scope=scope, expires_at=expires_at
        )
        problem = consents.consent_problem(record, name)
    click.echo(f"Consent for {name} recorded: {basis}, approved by {approved_by}.")
    if problem is not None:
        click.echo(f"Warning: {problem.split(';')[0]}; crawls stay refused while consent is required.", err=True)


@consent_group.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def consent_show(app: AppContext, name: str, as_json: bool) -> None:
    """Show the consent record of NAME and whether it allows collecting now."""
    with session_scope(app.settings) as session:
        record = consents.get_consent(session, name)
        view = consents.consent_view(record) if record is not None else None
        problem = consents.consent_problem(record, name)
    required = app.settings.privacy.require_consent
    if as_json:
        app.echo_json({"consent": view, "valid": problem is None, "required": required})
        return
    if view is None:
        click.echo(f"No consent recorded for {name} (privacy.require_consent is {'on' if required else 'off'}).")
        return
    for key in ("approved_by", "legal_basis", "scope", "expires_at", "recorded_at"):
        click.echo(f"{key:12} {view[key] or '-'}")
    click.echo(f"{'valid':12} {'yes' if problem is None else 'no: expired'}")


@click.group("policy")
def policy_group() -> None:
    """How a source may be collected: robots.txt, pace, fields dropped or redacted."""


@policy_group.command("set")
@click.argument("name")
@click.option("--robots", type=click.Choice(["obey", "ignore"]), help="Respect robots.txt (default) or not.")
@click.option("--delay", type=float, help="Seconds between requests to the site; overrides crawl.download_delay_s.")
@click.option("--default-delay", is_flag=True, help="Forget the delay override.")
@click.option("--drop-field", "drop_fields", multiple=True, help="Never store this field; repeatable.")
@click.option("--redact-field", "redact_fields", multiple=True, help="Store this field as [redacted]; repeatable.")
@click.option(
    "--redact-pattern", "redact_patterns", multiple=True, metavar="NAME=REGEX", help="Redact matches; repeatable."
)
@pass_app
def policy_set(
    app: AppContext,
    name: str,
    robots: str | None,
    delay: float | None,
    default_delay: bool,
    drop_fields: tuple[str, ...],
    redact_fields: tuple[str, ...],
    redact_patterns: tuple[str, ...],
) -> None:
    """Change the collection policy of NAME; options not given keep their value."""
    patterns: dict[str, str] | None = None
    if redact_patterns:
        patterns = {}
        for pair in redact_patterns:
            key, sep, value = pair.partition("=")
            if not sep or not key or not value:
                raise ConfigurationError(f"--redact-pattern {pair!r} is not NAME=REGEX, e.g. ticket='TCK-[0-9]{{6}}'.")
            patterns[key] = value
    with session_scope(app.settings) as session:
        policy = consents.set_policy(
            session,
            name,
            obey_robots=None if robots is None else robots == "obey",
            download_delay_s=delay,
            clear_delay=default_delay,
            drop_fields=drop_fields or None,
            redact_fields=redact_fields or None,
            redact_patterns=patterns,
        )
        view = consents.policy_view(policy)
    click.echo(f"Collection policy of {name} saved; it applies from the next crawl.")
    _print_policy(view)


@policy_group.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def policy_show(app: AppContext, name: str, as_json: bool) -> None:
    """Show the collection policy of NAME (the defaults when none was set)."""
    with session_scope(app.settings) as session:
        view = consents.policy_view(consents.get_policy(session, name), name)
    if as_json:
        app.echo_json(view)
        return
    _print_policy(view)


def _print_policy(view: dict[str, object]) -> None:
    delay = view["download_delay_s"]
    click.echo(f"robots.txt     {'obey' if view['obey_robots'] else 'ignore'}")
    click.echo(f"delay          {'default' if delay is None else f'{delay:g} s'}")
    for key in ("drop_fields", "redact_fields"):
        values = view[key]
        assert isinstance(values, list)
        click.echo(f"{key:14} {', '.join(values) or '-'}")
    patterns = view["redact_patterns"]
    assert isinstance(patterns, dict)
    click.echo(f"{'redact_patterns':14} {', '.join(f'{k}={v}' for k, v in patterns.items()) or '-'}")


@click.group("privacy")
def privacy_group() -> None:
    """Data-subject requests: export (access) and delete (erasure) everything about a person."""


@privacy_group.command("export")
@click.argument("subject")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the JSON report here.")
@pass_app
def privacy_export(app: AppContext, subject: str, output: Path | None) -> None:
    """Find SUBJECT (exact, case-insensitive) in Silver, Bronze and elsewhere; write a JSON report."""
    with session_scope(app.settings) as session:
        report = privacy.export_subject(session, subject, app.settings)
    payload = json.dumps(report, indent=2, ensure_ascii=False, default=str)
    if output is None:
        click.echo(payload)
        return
    try:
        descriptor = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        raise UserFacingError(f"Cannot write {output}: {exc.strerror}; choose another --output.", EXIT_CONFIG) from None
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(payload + "\n")
    click.echo(
        f"Wrote {output}: {len(report['entities'])} entities, {len(report['invalid_records'])} invalid records, "
        f"{len(report['pages'])} Bronze pages, {len(report['audit_events'])} audit events."
    )


@privacy_group.command("delete")
@click.argument("subject")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def privacy_delete(app: AppContext, subject: str, yes: bool) -> None:
    """Delete the Silver entities, invalid records and Bronze pages holding SUBJECT; scrub every other copy."""
    if not yes:
        with session_scope(app.settings) as session:
            found = privacy.find_subject(session, subject)
            counts = (
                f"{len(found.entities)} entities, {len(found.invalid)} invalid records "
                f"and {len(found.pages)} Bronze pages"
            )
        if not click.confirm(f"Delete {counts} holding this subject? This cannot be undone"):
            raise UserFacingError("Nothing deleted.")
    with session_scope(app.settings) as session:
        done = privacy.delete_subject(session, subject, app.settings)
    click.echo(
        f"Deleted {done.entities} entities, {done.invalid} invalid records, {done.pages} Bronze pages "
        f"and {done.blobs} blobs; "
        f"scrubbed {len(done.scrubbed)} other copies."
    )
    for line in done.remaining:
        click.echo(f"  still present: {line}", err=True)
    for line in done.unreadable:
        click.echo(f"  unreadable, not searched: {line}", err=True)
    if not done.checkpointed:
        click.echo("  the SQLite WAL is in use by another process; run the command again to zero it.", err=True)
