"""``sdp quality NAME``, ``sdp history ENTITY_ID`` and ``sdp label ENTITY_ID K=V…``."""

from __future__ import annotations

import json
from typing import Any

import click
from sqlalchemy import select

from pipeline.cli.context import AppContext, pass_app
from pipeline.cli.errors import EXIT_CONFIG, UserFacingError
from pipeline.core import quality as quality_service
from pipeline.core import silver
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import Crawl
from pipeline.core.sources import get_source, parse_labels


@click.command()
@click.argument("name")
@click.option("--runs", default=10, show_default=True, type=click.IntRange(1, 1000), help="Runs to show.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def quality(app: AppContext, name: str, runs: int, as_json: bool) -> None:
    """Quality of NAME's runs: records, completeness, invalid records, duplicates, anomalies."""
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        history = quality_service.quality_history(session, source.id, limit=runs)
        rate = quality_service.success_rate(session, source.id)
        crawls = session.scalars(select(Crawl).where(Crawl.id.in_([r.crawl_id for r in history])))
        when = {c.id: c for c in crawls}
        invalid = quality_service.recent_invalid(session, source.id, limit=5)
        report = {
            "source": name,
            "success_rate": rate,
            "runs": [
                {
                    "crawl_id": r.crawl_id,
                    "started_at": when[r.crawl_id].started_at.isoformat() if r.crawl_id in when else None,
                    "status": when[r.crawl_id].status if r.crawl_id in when else None,
                    "records": r.records,
                    "pages": r.pages,
                    "completeness": r.completeness,
                    "type_errors": r.type_errors,
                    "duplicates": r.duplicates,
                    "invalid": r.invalid,
                    "anomalies": [a.__dict__ for a in r.anomalies],
                }
                for r in history
            ],
            "recent_invalid": [
                {"id": row.id, "crawl_id": row.crawl_id, "url": row.url, "reasons": list(row.reasons)}
                for row in invalid
            ],
        }
    if as_json:
        app.echo_json(report)
        return
    _print_quality(report)


def _print_quality(report: dict[str, Any]) -> None:
    runs = report["runs"]
    assert isinstance(runs, list)
    rate = report["success_rate"]
    click.echo(
        f"{report['source']}: {len(runs)} assessed run(s)" + (f", success rate {rate:.0%}" if rate is not None else "")
    )
    if not runs:
        click.echo("No run assessed yet; quality is measured at the end of each production crawl.")
        return
    heads = f"{'STARTED':20} {'STATUS':10} {'RECORDS':>7} {'COMPLETE':>8} {'INVALID':>7} {'DUPS':>5}"
    click.echo(f"{'CRAWL':>6}  {heads}  ANOMALIES")
    for run in runs:
        filled = run["completeness"]
        share = sum(filled.values()) / len(filled) if filled else 0.0
        marks = "; ".join(a["message"] for a in run["anomalies"]) or "-"
        click.echo(
            f"{run['crawl_id']:>6}  {(run['started_at'] or '')[:19]:20} {run['status'] or '-':10} {run['records']:>7} "
            f"{share:>8.0%} {run['invalid']:>7} {run['duplicates']:>5}  {marks}"
        )
    latest = runs[0]
    click.echo(f"Field completeness (crawl {latest['crawl_id']}):")
    for field, share in latest["completeness"].items():
        errors = latest["type_errors"].get(field, 0)
        click.echo(f"  {field:20} {share:6.0%}" + (f"  {errors} type error(s)" if errors else ""))
    invalid = report["recent_invalid"]
    assert isinstance(invalid, list)
    if invalid:
        click.echo("Recent invalid records (kept aside; `sdp export NAME --invalid` exports them):")
        for row in invalid:
            click.echo(f"  #{row['id']} crawl {row['crawl_id']} {row['url']}: {'; '.join(row['reasons'])}")


@click.command()
@click.argument("entity_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def history(app: AppContext, entity_id: int, as_json: bool) -> None:
    """Show how an entity changed: one entry per change, with the data it had before."""
    with session_scope(app.settings) as session:
        entity = silver.get_entity(session, entity_id)
        current = {"revision": entity.revision, "data": entity.data, "changed_at": entity.changed_at.isoformat()}
        changes = silver.history(session, entity_id)
    if as_json:
        app.echo_json({"entity_id": entity_id, "current": current, "changes": changes})
        return
    click.echo(f"Entity {entity_id}: revision {current['revision']}, last changed {current['changed_at']}")
    if not changes:
        click.echo("  No change since it was first seen.")
    for change in changes:
        click.echo(
            f"  revision {change['revision']} at {change['at']} (crawl {change['crawl_id']}, "
            f"parser {change['parser_version']}): changed {', '.join(change['changed_fields'])}"
        )
        before = {k: change["previous_data"].get(k) for k in change["changed_fields"]}
        click.echo(f"    before: {json.dumps(before, ensure_ascii=False, default=str)}")


@click.command()
@click.argument("entity_id", type=int)
@click.argument("pairs", nargs=-1, metavar="K=V...")
@click.option("--remove", multiple=True, metavar="K", help="Remove this label; repeatable.")
@pass_app
def label(app: AppContext, entity_id: int, pairs: tuple[str, ...], remove: tuple[str, ...]) -> None:
    """Label an entity (K=V), or remove labels; `sdp export NAME --label K=V` filters on them."""
    if not pairs and not remove:
        raise UserFacingError(
            "Give at least one K=V label or --remove K, e.g. `sdp label 12 reviewed=yes`.", EXIT_CONFIG
        )
    with session_scope(app.settings) as session:
        labels = silver.set_labels(session, entity_id, parse_labels(pairs), remove=remove)
    shown = ", ".join(f"{k}={v}" for k, v in sorted(labels.items())) or "none"
    click.echo(f"Entity {entity_id} labels: {shown}")
