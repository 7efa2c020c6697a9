"""``sdp show | versions | edit | pin | unpin | rollback | eject``: the scraper registry by hand."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.cli.errors import UserFacingError
from pipeline.cli.printable import printable
from pipeline.core import registry
from pipeline.core.db.engine import session_scope
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import FieldSpec
from pipeline.core.sources import get_source


@click.command()
@click.argument("name")
@click.option("--code", is_flag=True, help="Print the spider's Python code.")
@click.option("--version", "number", type=int, help="A given version (default: production).")
@pass_app
def show(app: AppContext, name: str, code: bool, number: int | None) -> None:
    """Show what NAME extracts and how: fields, selectors, confidence, pagination (or the code)."""
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        version = registry.version_by_number(session, source, number)
        if code:
            click.echo(version.code, nl=False)
            return
        spec = registry.spec_of(version)
        state = "active" if source.active else "inactive"
        click.echo(f"{source.name}  {source.url}")
        click.echo(
            f"  {state}{', pinned' if source.pinned else ''}; schedule {source.schedule}, priority {source.priority}"
        )
        click.echo(f"  version {version.number} ({version.status}), code sha256 {version.code_hash[:12]}")
        if spec.start_url.rstrip("/") != source.url.rstrip("/"):
            click.echo(f"  crawl starts at {spec.start_url}")
        click.echo(f"  {spec.mode} records: {spec.record_selector}")
        for field in spec.fields:
            many = " (list)" if field.many else ""
            click.echo(f"    {field.name:18} {field.type:7}{many:7} {field.confidence:5.0%}  {_target(field)}")
        click.echo(f"  key: {', '.join(spec.key_fields) or 'content fingerprint'}")
        click.echo(f"  pagination: {_pagination(spec.pagination)}")
        notes = registry.version_notes(session, version)
        if notes:  # why the Scout chose what it did, pagination's refusals among them
            click.echo("  notes:")
            for note in notes:
                click.echo(f"    - {printable(note)}")


@click.command()
@click.argument("name")
@pass_app
def versions(app: AppContext, name: str) -> None:
    """List NAME's scraper versions with their status and origin."""
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        click.echo(f"{'VER':>3}  {'STATUS':11} {'BY':9} {'CREATED':20} {'SHA256':12}  REASON")
        staging = []
        for version in registry.versions_of(session, source):
            created = version.created_at.isoformat(timespec="seconds")[:19]
            click.echo(
                f"{version.number:>3}  {version.status:11} {version.created_by:9} {created:20} "
                f"{version.code_hash[:12]}  {version.reason}"
            )
            if version.status == "staging":
                staging.append(version.number)
        if staging:
            click.echo(
                f"Staging (proposed, not in production): {', '.join(map(str, staging))}; "
                f"promote one with `sdp rollback {source.name} VERSION`."
            )


@click.command()
@click.argument("name")
@pass_app
def edit(app: AppContext, name: str) -> None:
    """Edit NAME's spider in $EDITOR; the edit is checked, stored as a new version, validated, promoted."""
    from workers.versions import deploy_edited_code  # noqa: PLC0415 - heavy

    with session_scope(app.settings) as session:
        source = get_source(session, name)
        current = registry.version_by_number(session, source, None).code
        source_id = source.id
    edited = click.edit(current, extension=".py", require_save=True)
    if edited is None or edited == current:
        click.echo("No change; nothing stored.")
        return
    number, promoted, reason = deploy_edited_code(source_id, edited, actor="cli")
    if not promoted:
        raise UserFacingError(
            f"Version {number} stored in staging but not promoted: its test extraction failed ({reason})."
        )
    click.echo(f"Version {number} of {name} validated and promoted to production.")


@click.command()
@click.argument("name")
@pass_app
def pin(app: AppContext, name: str) -> None:
    """Pin NAME: the Doctor may propose fixes but never promotes them."""
    _set_pinned(app, name, pinned=True)


@click.command()
@click.argument("name")
@pass_app
def unpin(app: AppContext, name: str) -> None:
    """Unpin NAME: the Doctor may promote validated fixes again."""
    _set_pinned(app, name, pinned=False)


def _set_pinned(app: AppContext, name: str, *, pinned: bool) -> None:
    with session_scope(app.settings) as session:
        registry.set_pinned(session, get_source(session, name), pinned, actor="cli")
    click.echo(f"Source {name} {'pinned' if pinned else 'unpinned'}.")


@click.command()
@click.argument("name")
@click.argument("version", type=int, required=False)
@pass_app
def rollback(app: AppContext, name: str, version: int | None) -> None:
    """Return NAME to VERSION (default: the version before the current one)."""
    with session_scope(app.settings) as session:
        target = registry.rollback(session, get_source(session, name), version, actor="cli")
        number = target.number
    click.echo(f"Source {name} is back on version {number}.")


@click.command()
@click.argument("name")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@pass_app
def eject(app: AppContext, name: str, directory: Path) -> None:
    """Write NAME's spider as a plain Scrapy project in DIRECTORY (run it with `scrapy crawl`)."""
    from spiders.eject import eject_project  # noqa: PLC0415

    with session_scope(app.settings) as session:
        source = get_source(session, name)
        code = registry.version_by_number(session, source, None).code
    spider_file = eject_project(name, code, directory)
    click.echo(f"Scrapy project written to {directory} (spider {spider_file.name}).")
    click.echo(f"Run it: cd {directory} && pip install -r requirements.txt && scrapy crawl {name} -O {name}.json")


def _target(field: FieldSpec) -> str:
    """Where a field's value is read: selector, attribute, and the cut of a text holding two values."""
    target = (field.selector or "(record)") + (f" @{field.attribute}" if field.attribute else "")
    if field.tail:
        target += " (the text after it)"
    if field.text_after:
        target += f" after {field.text_after!r}"
    if field.text_after_skip:
        target += f" (occurrence {field.text_after_skip + 1})"
    if field.text_before:
        target += f" before {field.text_before!r}"
    if field.text_from_end and (field.text_after or field.text_before):
        target += " (the last one)"
    if field.split:
        target += f" split on {field.split!r}"
    if field.drawn is not None:
        target += f" ({field.drawn.shape} counted)" if field.drawn.shape == "icons" else " (filled width)"
    return target


def _pagination(pagination: PaginationSpec) -> str:
    detail = {
        "offset": f"{pagination.param} from {pagination.start}, +{pagination.step} a page",
        "param_values": f"{pagination.param} over {len(pagination.values)} values",
        "cursor": f"{pagination.param or 'the linked URL'} from {pagination.cursor_path}",
    }.get(pagination.kind, pagination.next_selector or pagination.param or "")
    return f"{pagination.kind} {detail} (max {pagination.max_pages} pages)"
