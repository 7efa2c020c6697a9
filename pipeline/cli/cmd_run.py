"""``sdp run`` (the orchestrator) and ``sdp status``."""

from __future__ import annotations

import socket

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.cli.errors import EXIT_CONFIG, EXIT_UNAVAILABLE, UserFacingError
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import ServiceUnavailable


@click.command()
@click.option("--once", is_flag=True, help="Do what is due now (crawls, heals, re-runs), then exit.")
@click.option("--source", "source_name", help="With --once: crawl this source now, due or not.")
@click.option("--concurrency", type=int, help="Worker pool processes (default: SDP_WORKER_CONCURRENCY).")
@click.option("--queues", help="Comma-separated queues to consume (default: all).")
@pass_app
def run(app: AppContext, once: bool, source_name: str | None, concurrency: int | None, queues: str | None) -> None:
    """Run the orchestrator: a Celery worker with the beat scheduler, until stopped.

    For a fleet run `celery -A workers worker` and `celery -A workers beat` instead (docs/scaling.md).
    """
    if source_name and not once:
        raise UserFacingError(
            "--source only applies with --once; `sdp run --once --source NAME` crawls it now.", EXIT_CONFIG
        )
    if once:
        _run_once(app, source_name)
        return
    from config.logging import configure_logging  # noqa: PLC0415
    from workers import app as celery_app  # noqa: PLC0415 - heavy
    from workers.dispatch import check_broker  # noqa: PLC0415
    from workers.queues import ALL_QUEUES  # noqa: PLC0415

    settings = app.settings
    configure_logging(settings.logging)
    with session_scope(settings):
        pass  # creates and migrates the database before the worker forks
    check_broker()
    from workers.orchestrator import tick  # noqa: PLC0415

    tick()  # leases that expired while nothing ran, retries that came due, and unsent outbox rows
    home = settings.home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    argv = [
        "worker",
        "--beat",
        "--schedule",
        str(home / "celerybeat-schedule"),
        "-Q",
        queues or ",".join(ALL_QUEUES),
        "--concurrency",
        str(concurrency or settings.worker.concurrency),
        "--hostname",
        f"sdp@{socket.gethostname()}",
        "--loglevel",
        settings.logging.level,
    ]
    where = "the embedded queue" if settings.embedded_broker else "the broker"
    click.echo(f"Starting worker and beat on {where}; Ctrl-C stops.")
    celery_app.worker_main(argv)


def _run_once(app: AppContext, source_name: str | None) -> None:
    from workers.orchestrator import run_once  # noqa: PLC0415

    reports = run_once(source_name)
    if not reports:
        click.echo("Nothing is due.")
        return
    failed = 0
    for report in reports:
        mark = click.style("✓", fg="green") if report.ok else click.style("✗", fg="red")
        detail = f"{report.items} records" if report.ok else report.error
        click.echo(f"{mark} {report.source}: {detail} (run {report.run_id[:8]})")
        for note in report.notes:
            click.echo(f"    {note}")
        failed += not report.ok
    processes = {report.process_pid for report in reports if report.process_pid}
    if processes:
        crawled = sum(1 for report in reports if report.process_pid)
        click.echo(f"{crawled} crawl(s) ran in {len(processes)} Scrapy process(es).")
    if failed:
        raise UserFacingError(f"{failed} of {len(reports)} crawl(s) failed; see `sdp logs NAME`.")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def status(app: AppContext, as_json: bool) -> None:
    """Health of the database, broker, workers and sources. Exits 3 when a service is down."""
    from pipeline.core.status import fleet_status  # noqa: PLC0415
    from workers.dispatch import check_broker, queue_depths  # noqa: PLC0415

    settings = app.settings
    with session_scope(settings) as session:
        report = fleet_status(session, settings)
    try:
        check_broker()
        report["broker"] = {"ok": True, "embedded": settings.embedded_broker}
        report["queues"] = queue_depths()
    except ServiceUnavailable as exc:
        report["broker"] = {"ok": False, "embedded": settings.embedded_broker, "error": str(exc)}
        report["queues"] = {}
    if as_json:
        app.echo_json(report)
    else:
        _print_status(report)
    if not report["broker"]["ok"]:
        raise UserFacingError(report["broker"]["error"], EXIT_UNAVAILABLE)


def _print_status(report: dict[str, object]) -> None:
    database = report["database"]
    broker = report["broker"]
    assert isinstance(database, dict) and isinstance(broker, dict)
    ok = click.style("ok", fg="green")
    click.echo(f"database  {ok}  {database['url']} ({database['latency_ms']} ms)")
    broker_state = ok if broker["ok"] else click.style("DOWN", fg="red")
    click.echo(f"broker    {broker_state}  {'embedded SQLite queue' if broker['embedded'] else ''}")
    workers = report["workers"]
    assert isinstance(workers, list)
    alive = [w for w in workers if w["alive"]]
    click.echo(
        f"workers   {len(alive)} alive"
        + "".join(f"\n  {w['name']} pid {w['pid']} seen {w['last_seen_at']}" for w in alive)
    )
    click.echo(f"tasks     {report['tasks']}")
    llm = report["llm"]
    assert isinstance(llm, dict)
    total = llm["today"]["total"]
    tokens = total["prompt_tokens"] + total["completion_tokens"]
    model = f" {llm['model']}" if llm["model"] else ""
    click.echo(
        f"llm       {llm['provider']}{model} · today {total['calls']} calls ({total['cached']} cached, "
        f"{total['failed']} failed) · {tokens:,} tokens · ${total['cost_usd']:.4f}"
    )
    slots = report["crawl_slots"]
    assert isinstance(slots, dict)
    click.echo(f"crawls    {report['running_crawls']} running, {slots['held']} of {slots['limit']} crawl slots held")
    queues = report.get("queues") or {}
    assert isinstance(queues, dict)
    if queues:
        click.echo("queues    " + ", ".join(f"{name} {'?' if n is None else n}" for name, n in queues.items()))
    click.echo(f"retries   {report['retries_pending']} pending · outbox {report['outbox_unsent']} unsent")
    dead = report["dead_letters"]
    assert isinstance(dead, dict)
    newest = dead["newest"]
    click.echo(
        f"dead      {dead['count']} quarantined"
        + (
            f"; newest #{newest['id']} {newest['source']} {newest['step']} x{newest['attempts']}: {newest['error']}"
            if newest
            else ""
        )
    )
    breaker_rows = report["breakers"]
    assert isinstance(breaker_rows, list)
    tripped = [b for b in breaker_rows if b["state"] != "closed"]
    click.echo(
        f"breakers  {len(breaker_rows)} known, {len(tripped)} open"
        + "".join(f"\n  {b['name']} {b['state'].upper()} since {b['opened_at']}: {b['last_error']}" for b in tripped)
    )
    sources = report["sources"]
    assert isinstance(sources, list)
    click.echo(f"sources   {len(sources)}")
    for source in sources:
        last = source["last_crawl"]
        click.echo(
            f"  {source['name']:24} {'active' if source['active'] else 'inactive':8} v{source['version'] or '-'} "
            f"{source['entities']} entities, last crawl {last['status'] if last else '-'}, "
            f"{source['consecutive_failures']} failure(s) in a row"
        )
        quality = source.get("quality")
        if quality:
            flags = f", {len(quality['anomalies'])} anomalies" if quality["anomalies"] else ""
            click.echo(
                f"    quality: {quality['records']} records, {quality['completeness']:.0%} complete, "
                f"{quality['invalid']} invalid, {quality['duplicates']} duplicates{flags}"
            )
