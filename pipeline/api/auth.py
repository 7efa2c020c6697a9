"""Who is calling: the API key from the request, its role, its rate limit; and the HTTPS rule."""

from __future__ import annotations

import ipaddress
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from config.settings import Settings
from pipeline.api.ratelimit import TokenBucketLimiter
from pipeline.core import apikeys
from pipeline.core.apikeys import Permission
from pipeline.core.db.engine import session_scope
from pipeline.core.exceptions import AccessDenied, PermissionDenied


@dataclass(frozen=True)
class Principal:
    """The caller, detached from any session: what the endpoints and the audit log need."""

    key_id: int
    name: str
    role: str

    def may(self, permission: Permission) -> bool:
        return permission in apikeys.PERMISSIONS.get(self.role, frozenset())


_bearer = HTTPBearer(auto_error=False, description="`Authorization: Bearer <key>` (`sdp keys create`).")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="The same key, as `X-API-Key: <key>`.")
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
KeyHeader = Annotated[str | None, Depends(_header)]


def presented_secret(bearer: HTTPAuthorizationCredentials | None, header: str | None) -> str | None:
    """``Authorization: Bearer <key>``, else ``X-API-Key: <key>``; never a query parameter (logged)."""
    if bearer is not None and bearer.credentials.strip():
        return bearer.credentials.strip()
    return header or None


def _authenticate(settings: Settings, secret: str | None) -> Principal:
    with session_scope(settings) as session:
        key = apikeys.authenticate(session, secret)
        return Principal(key_id=key.id, name=key.name, role=key.role)


def ensure(principal: Principal, permission: Permission) -> None:
    """PermissionDenied (403) unless the caller's role allows ``permission``."""
    if not principal.may(permission):
        raise PermissionDenied(
            f"API key {principal.name!r} has role {principal.role}; "
            f"this needs {' or '.join(apikeys.roles_with(permission))}."
        )


async def authorize(request: Request, permission: Permission, secret: str | None) -> Principal:
    """The caller, once its key, role and rate limit allow the request; the refusal is kept for the audit."""
    settings: Settings = request.app.state.settings
    limiter: TokenBucketLimiter = request.app.state.limiter
    try:
        principal = await run_in_threadpool(_authenticate, settings, secret)
        request.state.principal = principal
        ensure(principal, permission)
        limiter.take(principal.key_id, principal.name)
    except AccessDenied as exc:
        # The audit middleware records the refusal, under the key's name when the key was real.
        request.state.denied = str(exc)
        raise
    return principal


def requires(permission: Permission) -> Callable[..., Awaitable[Principal]]:
    """A FastAPI dependency giving the caller's Principal (and declaring both key headers in OpenAPI)."""

    async def dependency(request: Request, bearer: Bearer, header: KeyHeader) -> Principal:
        return await authorize(request, permission, presented_secret(bearer, header))

    return dependency


def _trusted(client: str | None, proxies: list[str]) -> bool:
    if not client:
        return False
    try:
        address = ipaddress.ip_address(client)
    except ValueError:
        return False
    for entry in proxies:
        try:
            if address in ipaddress.ip_network(entry, strict=False):
                return True
        except ValueError:
            continue
    return False


def is_https(request: Request, settings: Settings) -> bool:
    """TLS ended here, or at a trusted proxy that says so in X-Forwarded-Proto."""
    if request.url.scheme == "https":
        return True
    client = request.client.host if request.client else None
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return forwarded == "https" and _trusted(client, settings.api.trusted_proxies)
