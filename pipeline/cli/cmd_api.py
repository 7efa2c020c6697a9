"""``sdp api serve``: the REST API (docs/api.md)."""

from __future__ import annotations

from typing import Any

import click

from pipeline.cli.context import AppContext, pass_app


@click.group("api")
def api_group() -> None:
    """The REST API: sources, data, tasks, metrics and health over HTTP."""


@api_group.command("serve")
@click.option("--host", help="Address to listen on (default: api.host, 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port to listen on (default: api.port, 8000).")
@pass_app
def serve(app: AppContext, host: str | None, port: int | None) -> None:
    """Serve the API with uvicorn until interrupted; OpenAPI docs at /docs."""
    import uvicorn  # noqa: PLC0415 - keeps `sdp --help` fast

    api = app.settings.api
    if (api.tls_certfile is None) != (api.tls_keyfile is None):
        raise click.UsageError("Set both SDP_API_TLS_CERTFILE and SDP_API_TLS_KEYFILE, or neither.")
    tls: dict[str, Any] = {}
    if api.tls_certfile is not None:
        tls = {"ssl_certfile": str(api.tls_certfile), "ssl_keyfile": str(api.tls_keyfile)}
    # By name: the CLI and the API are sibling layers. proxy_headers off: the app itself decides
    # which proxies' X-Forwarded-Proto to believe (api.trusted_proxies).
    uvicorn.run(
        "pipeline.api.app:create_app",
        factory=True,
        host=host or api.host,
        port=port or api.port,
        proxy_headers=False,
        server_header=False,
        **tls,
    )
