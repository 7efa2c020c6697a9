"""The REST API: FastAPI over the services of pipeline.core (docs/api.md).

``create_app()`` builds it; ``sdp api serve`` runs it with uvicorn. Every request but ``/healthz``
needs an API key (``/metrics`` too unless ``api.metrics_public``); every keyed request, allowed
or refused, lands in the audit log under the key's name.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from config.settings import Settings, get_settings
from pipeline.api import errors, routes_kb, routes_ops, routes_sources
from pipeline.api.auth import Principal, is_https
from pipeline.api.ratelimit import TokenBucketLimiter
from pipeline.core import audit, metrics
from pipeline.core.db.engine import session_scope
from pipeline.core.sentry import init_sentry

#: Probes reach these over plain HTTP inside the cluster; they carry no data worth a key.
OPEN_PATHS = ("/healthz",)


def _audit(settings: Settings, request: Request, status: int) -> None:
    principal: Principal | None = getattr(request.state, "principal", None)
    denied: str | None = getattr(request.state, "denied", None)
    if principal is None and denied is None:
        return
    name = request.scope.get("path_params", {}).get("name")
    line = f"{request.method} {request.url.path} -> {status}"
    with session_scope(settings) as session:
        audit.record(
            session,
            actor=principal.name if principal else "anonymous",
            action="api.request" if denied is None else "api.denied",
            source_name=name if isinstance(name, str) else None,
            level="info" if status < 400 else "warning",
            message=line if denied is None else f"{line}: {denied}",
            details={
                "method": request.method,
                "path": request.url.path,
                "status": status,
                "key_id": principal.key_id if principal else None,
                "role": principal.role if principal else None,
                "client": request.client.host if request.client else None,
            },
        )


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    init_sentry(settings, "api")
    app = FastAPI(
        title="Smart Data Pipeline",
        summary="Sources, data, tasks and the Knowledge Base of the Smart Data Pipeline.",
        version="1",
        docs_url="/docs",
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.limiter = TokenBucketLimiter(settings.api.rate_limit_per_minute, settings.api.rate_limit_burst)
    app.state.metrics_registry = metrics.build_registry(settings)
    errors.install(app)

    @app.middleware("http")
    async def https_and_audit(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if (
            settings.api.https_required(settings.env)
            and request.url.path not in OPEN_PATHS
            and not is_https(request, settings)
        ):
            return JSONResponse(
                errors.error_body(
                    "api:https-required",
                    "This API only answers over HTTPS; use https://, or set X-Forwarded-Proto at a proxy "
                    "listed in SDP_API_TRUSTED_PROXIES.",
                ),
                status_code=403,
            )
        response = await call_next(request)
        await run_in_threadpool(_audit, settings, request, response.status_code)
        return response

    for router in (routes_ops.router, routes_sources.router, routes_kb.router):
        app.include_router(router)
    return app
