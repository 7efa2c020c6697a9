"""``sdp access NAME``: how a source's pages are reached (fetch backend and proxy)."""

from __future__ import annotations

import click

from pipeline.cli.context import AppContext, pass_app
from pipeline.core.access import FETCHERS, resolve_access, set_access
from pipeline.core.audit import record
from pipeline.core.db.engine import session_scope
from pipeline.core.sources import get_source


@click.command()
@click.argument("name")
@click.option("--fetcher", type=click.Choice(FETCHERS), help="Plain HTTP, or Firecrawl for sites that block bots.")
@click.option("--proxy", metavar="URL", help="http://[user:password@]host:port for this source's requests.")
@click.option("--no-proxy", is_flag=True, help="Stop using a source-specific proxy.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@pass_app
def access(app: AppContext, name: str, fetcher: str | None, proxy: str | None, no_proxy: bool, as_json: bool) -> None:
    """Show or change how NAME's pages are fetched; the proxy is stored encrypted and shown masked."""
    if proxy and no_proxy:
        raise click.UsageError("Give --proxy URL or --no-proxy, not both.")
    with session_scope(app.settings) as session:
        source = get_source(session, name)
        if fetcher or proxy or no_proxy:
            set_access(session, source.id, fetcher=fetcher, proxy=proxy, clear_proxy=no_proxy)
            changed = [part for part, given in (("fetcher", fetcher), ("proxy", proxy or no_proxy)) if given]
            record(
                session,
                actor="cli",
                action="access.changed",
                message=f"Changed the {' and '.join(changed)} of {name}.",
                source_name=name,
            )
        view = resolve_access(session, source.id, app.settings).describe()
    if as_json:
        app.echo_json({"source": name, **view})
        return
    click.echo(f"{name}: fetched with {view['fetcher']}, proxy {view['proxy'] or 'none'}")
