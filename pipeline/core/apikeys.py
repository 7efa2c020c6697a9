"""API keys: random secrets shown once, stored as SHA-256, with a role, an expiry and a rotation.

A key is ``sdp_`` followed by 43 URL-safe characters (256 random bits), so a plain SHA-256 is
enough to store it: nothing short enough to guess hides behind the hash.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.core import audit
from pipeline.core.datetext import utcnow
from pipeline.core.db.models import ApiKey
from pipeline.core.exceptions import ApiKeyNotFound, AuthenticationFailed, ConfigurationError

Role = Literal["read-only", "operator", "admin", "developer"]
Permission = Literal["read", "operate", "debug", "admin"]
ROLES: tuple[Role, ...] = ("read-only", "operator", "admin", "developer")
#: What each role may do; ``admin`` may do everything.
PERMISSIONS: dict[str, frozenset[str]] = {
    "read-only": frozenset({"read"}),
    "operator": frozenset({"read", "operate"}),
    "developer": frozenset({"read", "debug"}),
    "admin": frozenset({"read", "operate", "debug", "admin"}),
}
KEY_PREFIX = "sdp_"
#: last_used_at is written at most this often per key, not on every request.
TOUCH_EVERY = timedelta(seconds=60)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def validate_role(role: str) -> Role:
    if role not in ROLES:
        raise ConfigurationError(f"Role {role!r} is not known; use one of: {', '.join(ROLES)}.")
    return role


def roles_with(permission: str) -> list[str]:
    return [role for role in ROLES if permission in PERMISSIONS[role]]


def create_key(
    session: Session, *, name: str, role: str, created_by: str, expires_at: datetime | None = None
) -> tuple[ApiKey, str]:
    """A new key and its secret; the secret exists only in the return value."""
    clean = name.strip()
    if not clean or len(clean) > 64:
        raise ConfigurationError(f"Key name {name!r} must be 1-64 characters, e.g. grafana or ci-deploy.")
    validate_role(role)
    if expires_at is not None and expires_at <= utcnow():
        raise ConfigurationError(f"Expiry {expires_at.isoformat()} is in the past; give a future time.")
    secret = new_secret()
    key = ApiKey(
        name=clean,
        role=role,
        prefix=secret[:12],
        key_hash=hash_secret(secret),
        created_by=created_by[:64],
        expires_at=expires_at,
    )
    session.add(key)
    session.flush()
    audit.record(
        session,
        actor=created_by[:64],
        action="apikey.created",
        message=f"API key {key.id} ({clean}, {role}) created",
        details={"key_id": key.id, "role": role},
    )
    return key, secret


def get_key(session: Session, key_id: int) -> ApiKey:
    key = session.get(ApiKey, key_id)
    if key is None:
        raise ApiKeyNotFound(f"No API key with id {key_id}; `sdp keys list` shows them.")
    return key


def list_keys(session: Session) -> Sequence[ApiKey]:
    return session.scalars(select(ApiKey).order_by(ApiKey.id)).all()


def key_state(key: ApiKey, now: datetime | None = None) -> str:
    now = now or utcnow()
    if key.revoked_at is not None and key.revoked_at <= now:
        return "revoked"
    if key.expires_at is not None and key.expires_at <= now:
        return "expired"
    return "retiring" if key.revoked_at is not None else "active"


def key_view(key: ApiKey) -> dict[str, Any]:
    """What may be shown about a key: never its hash, never its secret."""

    def moment(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "id": key.id,
        "name": key.name,
        "role": key.role,
        "prefix": key.prefix,
        "state": key_state(key),
        "created_by": key.created_by,
        "created_at": moment(key.created_at),
        "expires_at": moment(key.expires_at),
        "last_used_at": moment(key.last_used_at),
        "revoked_at": moment(key.revoked_at),
        "rotated_from": key.rotated_from,
    }


def revoke_key(session: Session, key_id: int, *, actor: str, at: datetime | None = None) -> ApiKey:
    """Stop the key working at ``at`` (default: now)."""
    key = get_key(session, key_id)
    when = at or utcnow()
    if key.revoked_at is None or key.revoked_at > when:
        key.revoked_at = when
    audit.record(
        session,
        actor=actor[:64],
        action="apikey.revoked",
        message=f"API key {key.id} ({key.name}) revoked from {when.isoformat(timespec='seconds')}",
        details={"key_id": key.id},
    )
    return key


def rotate_key(session: Session, key_id: int, *, actor: str, grace_s: int = 0) -> tuple[ApiKey, str]:
    """A new secret with the same name, role and expiry; the old one stops after ``grace_s`` seconds."""
    old = get_key(session, key_id)
    if key_state(old) in ("revoked", "expired"):
        raise ConfigurationError(f"API key {key_id} is {key_state(old)}; create a new one with `sdp keys create`.")
    if grace_s < 0:
        raise ConfigurationError(f"Grace {grace_s}s is negative; give 0 or more seconds.")
    new, secret = create_key(session, name=old.name, role=old.role, created_by=actor, expires_at=old.expires_at)
    new.rotated_from = old.id
    revoke_key(session, old.id, actor=actor, at=utcnow() + timedelta(seconds=grace_s))
    return new, secret


def authenticate(session: Session, secret: str | None) -> ApiKey:
    """The live key whose secret this is; AuthenticationFailed (401) otherwise."""
    if not secret:
        raise AuthenticationFailed(
            "No API key: send `Authorization: Bearer <key>` or `X-API-Key: <key>` (`sdp keys create`)."
        )
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_secret(secret)))
    if key is None:
        raise AuthenticationFailed("The API key is not recognised; check it or ask an admin for a new one.")
    state = key_state(key)
    if state in ("revoked", "expired"):
        raise AuthenticationFailed(
            f"API key {key.id} ({key.name}) is {state}; ask an admin for a new one (`sdp keys create`)."
        )
    now = utcnow()
    if key.last_used_at is None or now - key.last_used_at >= TOUCH_EVERY:
        key.last_used_at = now
    return key
