"""Key checks at start-up, encryption status, and rotation of Bronze blobs and sealed values to the active key.

Rotation re-encrypts chunk by chunk, in batches of ``storage.rotate_batch`` blobs, each batch its
own transaction; readers keep working throughout because every chunk names the key that made it.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core import blobstore
from pipeline.core.bronze import rechunk
from pipeline.core.crypto import (
    DecryptionFailed,
    chunk_aad,
    decrypt,
    encrypt,
    envelope_key_id,
    is_sealed,
    open_fields,
    open_value,
    seal_value,
    sealed_key_id,
)
from pipeline.core.db.models import AuditEvent, BronzeBlob, EntityHistory, InvalidEntity, SilverEntity
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.keyring import Keyring, keyring_for

UNENCRYPTED = "(none)"


@dataclass
class Status:
    active: str
    configured: list[str]
    origin: str
    #: Blobs per key id ("(none)": stored before encryption, not encrypted yet).
    blobs: dict[str, int] = field(default_factory=dict)
    backends: dict[str, int] = field(default_factory=dict)
    sensitive_fields: list[str] = field(default_factory=list)

    @property
    def pending(self) -> int:
        """Blobs not under the active key yet: what ``rotate`` would re-encrypt."""
        return sum(count for key_id, count in self.blobs.items() if key_id != self.active)


def status(session: Session, settings: Settings) -> Status:
    ring = keyring_for(settings)
    report = Status(
        active=ring.active,
        configured=list(ring.keys),
        origin=ring.origin,
        sensitive_fields=list(settings.security.sensitive_fields),
    )
    for key_id, count in session.execute(select(BronzeBlob.key_id, func.count()).group_by(BronzeBlob.key_id)):
        report.blobs[key_id or UNENCRYPTED] = int(count)
    for storage, count in session.execute(select(BronzeBlob.storage, func.count()).group_by(BronzeBlob.storage)):
        report.backends[storage] = int(count)
    return report


def check_keys(session: Session, settings: Settings) -> None:
    """Fail loudly, in one line, when a key cannot decrypt data that exists (one sample per key id)."""
    ring = keyring_for(settings)
    key_ids = session.scalars(select(BronzeBlob.key_id).where(BronzeBlob.key_id.is_not(None)).distinct()).all()
    for key_id in key_ids:
        assert key_id is not None
        if key_id not in ring.keys:
            raise ConfigurationError(
                f"Bronze data is encrypted with key {key_id!r}, which is not configured ({ring.origin}): "
                f"add key {key_id!r} back to SDP_SECURITY_KEYS or the key file."
            )
        blob = session.scalars(select(BronzeBlob).where(BronzeBlob.key_id == key_id).limit(1)).first()
        if blob is None:
            continue
        try:
            first = next(blobstore.envelopes(session, settings, blob))
            decrypt(ring, first, chunk_aad(blob.sha256, 0, blob.chunks == 1))
        except DecryptionFailed:
            raise ConfigurationError(
                f"Key {envelope_key_id(first)!r} cannot decrypt Bronze blob {blob.sha256[:16]}: the key configured "
                f"under that id is not the one the data was encrypted with; restore the right key."
            ) from None
        except StopIteration:
            continue


def _reencrypt(ring: Keyring, blob: BronzeBlob) -> Callable[[int, bytes], bytes]:
    def transform(index: int, envelope: bytes) -> bytes:
        if envelope_key_id(envelope) == ring.active:
            return envelope  # already rotated (a rotation resumed after a stop)
        aad = chunk_aad(blob.sha256, index, index == blob.chunks - 1)
        return encrypt(ring, decrypt(ring, envelope, aad), aad)

    return transform


def rotate_blob(session: Session, settings: Settings, blob: BronzeBlob) -> None:
    """Put one blob under the active key (legacy blobs: encrypted for the first time)."""
    ring = keyring_for(settings)
    if blob.key_id is None:
        compressed = blob.data if blob.compression == "zlib" else zlib.compress(blob.data, 6)
        chunks = rechunk([compressed], settings.storage.chunk_kib * 1024)
        blobstore.write_database(session, blob, blobstore.encrypted_chunks(ring, blob.sha256, chunks))
        blob.compression = "zlib"
    else:
        blobstore.rewrite(session, settings, blob, _reencrypt(ring, blob))
    blob.key_id = ring.active
    session.flush()


@contextlib.contextmanager
def _nothing() -> Iterator[None]:
    yield


@dataclass
class Rotation:
    rotated: int = 0
    #: Sealed values (sensitive Silver fields, history, audit details) re-sealed under the active key.
    resealed: int = 0
    #: Blobs that failed to decrypt (corrupt): left as they are, reported by name.
    failed: list[str] = field(default_factory=list)


def rotate_batch(session: Session, settings: Settings, rotation: Rotation, *, limit: int | None = None) -> int:
    """Re-encrypt up to one batch of blobs not under the active key; returns how many were looked at."""
    ring = keyring_for(settings)
    query = select(BronzeBlob.sha256).where(or_(BronzeBlob.key_id.is_(None), BronzeBlob.key_id != ring.active))
    if rotation.failed:
        query = query.where(BronzeBlob.sha256.not_in(rotation.failed))
    digests = session.scalars(query.order_by(BronzeBlob.sha256).limit(limit or settings.storage.rotate_batch)).all()
    for digest in digests:
        blob = session.get(BronzeBlob, digest)
        if blob is None:
            continue
        try:
            with session.begin_nested() if session.get_bind().dialect.name == "postgresql" else _nothing():
                rotate_blob(session, settings, blob)
        except DecryptionFailed:
            rotation.failed.append(digest)
            continue
        rotation.rotated += 1
        session.expunge(blob)
    return len(digests)


def rotate_all(settings: Settings, *, on_batch: Callable[[Rotation], None] | None = None) -> Rotation:
    """Rotate every blob, one transaction per batch, until none is left under an old key."""
    from pipeline.core.db.engine import session_scope  # noqa: PLC0415 - keeps this module importable alone

    rotation = Rotation()
    while True:
        with session_scope(settings) as session:
            seen = rotate_batch(session, settings, rotation)
        if on_batch is not None:
            on_batch(rotation)
        if seen == 0:
            break
    for model, column in ((SilverEntity, "data"), (EntityHistory, "previous_data"), (AuditEvent, "details")):
        rotation.resealed += _reseal_rows(settings, model, column, _resealed)
    for column in ("data", "reasons"):
        rotation.resealed += _reseal_rows(settings, InvalidEntity, column, _resealed_whole)
    return rotation


def _resealed(data: Any, ring: Keyring) -> dict[str, Any] | None:
    """``data`` with values sealed under an old key sealed again under the active one; None: unchanged."""
    if not isinstance(data, dict):
        return None
    old = [key for key, value in data.items() if is_sealed(value) and sealed_key_id(value) != ring.active]
    if not old:
        return None
    return {key: seal_value(open_value(value, ring), ring) if key in old else value for key, value in data.items()}


def _resealed_whole(value: Any, ring: Keyring) -> dict[str, str] | None:
    """A value sealed whole (invalid records) under the active key; rows kept in the clear before get sealed."""
    if is_sealed(value) and sealed_key_id(value) == ring.active:
        return None
    opened = open_value(value, ring) if is_sealed(value) else value
    return seal_value(open_fields(opened, ring) if isinstance(opened, dict) else opened, ring)


_Row = SilverEntity | EntityHistory | AuditEvent | InvalidEntity


def _reseal_rows(
    settings: Settings, model: type[_Row], column: str, reseal: Callable[[Any, Keyring], Any | None]
) -> int:
    """Walk a table by id in batches (JSON cannot be searched portably); returns rows changed."""
    from pipeline.core.db.engine import session_scope  # noqa: PLC0415 - keeps this module importable alone

    ring = keyring_for(settings)
    last, changed = 0, 0
    while True:
        with session_scope(settings) as session:
            rows = session.scalars(select(model).where(model.id > last).order_by(model.id).limit(500)).all()
            for row in rows:
                last = cast(_Row, row).id
                value = getattr(row, column)
                fresh = reseal(value, ring) if isinstance(value, dict | list) else None
                if fresh is not None:
                    setattr(row, column, fresh)
                    changed += 1
        if not rows:
            return changed
