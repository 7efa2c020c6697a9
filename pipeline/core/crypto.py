"""AES-256-GCM at rest: Bronze chunks, sensitive Silver fields and sealed audit details.

Every ciphertext names the id of the key that made it, so data under an old key stays readable
while ``sdp encryption rotate`` re-encrypts it. Associated data binds a ciphertext to its place
(a Bronze chunk to its blob hash, index and final flag), so pieces cannot be moved around.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Iterable
from typing import Any, TypeGuard

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from config.settings import Settings, get_settings
from pipeline.core.exceptions import PipelineError
from pipeline.core.keyring import Keyring, keyring_for

NONCE_BYTES = 12
_ENVELOPE_VERSION = 1
_FIELD_AAD = b"sdp:field:v1"
SEALED = "$enc"


class DecryptionFailed(PipelineError):
    """A ciphertext does not authenticate: tampered, moved, or encrypted under another key."""

    code = "crypto:decryption-failed"

    def __init__(self, message: str, *, key_id: str | None = None) -> None:
        super().__init__(message)
        self.key_id = key_id


def encrypt(ring: Keyring, plain: bytes, aad: bytes, *, key_id: str | None = None) -> bytes:
    """``version | id length | key id | nonce | ciphertext+tag`` under the active (or given) key."""
    kid = key_id or ring.active
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(ring.key(kid)).encrypt(nonce, plain, aad)
    encoded_id = kid.encode()
    return bytes((_ENVELOPE_VERSION, len(encoded_id))) + encoded_id + nonce + sealed


def envelope_key_id(envelope: bytes) -> str:
    """The key id an envelope names (without decrypting it)."""
    if len(envelope) < 2 or envelope[0] != _ENVELOPE_VERSION:
        raise DecryptionFailed("not an encrypted envelope (unknown format)")
    end = 2 + envelope[1]
    try:
        return bytes(envelope[2:end]).decode()
    except UnicodeDecodeError:
        raise DecryptionFailed("not an encrypted envelope (bad key id)") from None


def decrypt(ring: Keyring, envelope: bytes, aad: bytes) -> bytes:
    """The plain bytes of an envelope; ``DecryptionFailed`` if it does not authenticate."""
    kid = envelope_key_id(envelope)
    start = 2 + envelope[1]
    nonce, sealed = envelope[start : start + NONCE_BYTES], envelope[start + NONCE_BYTES :]
    try:
        return AESGCM(ring.key(kid)).decrypt(bytes(nonce), bytes(sealed), aad)
    except (InvalidTag, ValueError):
        raise DecryptionFailed(f"ciphertext does not authenticate under key {kid!r}", key_id=kid) from None


def chunk_aad(sha256: str, index: int, final: bool) -> bytes:
    """Binds a Bronze chunk to its blob, its position and whether it is the last one."""
    return b"sdp:bronze:v1|" + sha256.encode() + b"|" + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


# --- sealed values (Silver sensitive fields, audit details) --------------------------------------


def seal_value(value: Any, ring: Keyring) -> dict[str, str]:
    """``{"$enc": "<key id>:<base64>"}`` holding the JSON of ``value``."""
    envelope = encrypt(ring, json.dumps(value, sort_keys=True, default=str).encode(), _FIELD_AAD)
    kid = envelope_key_id(envelope)
    return {SEALED: f"{kid}:{base64.b64encode(envelope).decode()}"}


def is_sealed(value: object) -> TypeGuard[dict[str, str]]:
    return isinstance(value, dict) and len(value) == 1 and isinstance(value.get(SEALED), str)


def sealed_key_id(value: dict[str, str]) -> str:
    return value[SEALED].partition(":")[0]


def open_value(value: dict[str, str], ring: Keyring) -> Any:
    """The original value of a sealed one."""
    _, _, encoded = value[SEALED].partition(":")
    try:
        envelope = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise DecryptionFailed("sealed value is not valid base64") from None
    return json.loads(decrypt(ring, envelope, _FIELD_AAD))


def seal_fields(data: dict[str, Any], fields: Iterable[str], ring: Keyring) -> dict[str, Any]:
    """A copy of ``data`` whose listed fields (when present and not empty) are sealed."""
    wanted = set(fields)
    return {
        key: seal_value(value, ring) if key in wanted and value not in (None, "") and not is_sealed(value) else value
        for key, value in data.items()
    }


def open_fields(data: dict[str, Any], ring: Keyring) -> dict[str, Any]:
    """A copy of ``data`` with every sealed value opened."""
    if not any(is_sealed(value) for value in data.values()):
        return data
    return {key: open_value(value, ring) if is_sealed(value) else value for key, value in data.items()}


def seal_silver(data: dict[str, Any], settings: Settings | None = None) -> dict[str, Any]:
    """Silver data as stored: the fields of ``security.sensitive_fields`` sealed."""
    settings = settings or get_settings()
    fields = settings.security.sensitive_fields
    if not fields or not any(key in data for key in fields):
        return data
    return seal_fields(data, fields, keyring_for(settings))


def open_silver(data: dict[str, Any], settings: Settings | None = None) -> dict[str, Any]:
    """Silver data as read by exports and lineage: every sealed field opened."""
    if not any(is_sealed(value) for value in data.values()):
        return data
    return open_fields(data, keyring_for(settings or get_settings()))


def seal_record(value: Any, settings: Settings | None = None) -> dict[str, str]:
    """A whole value sealed as one (records kept aside as invalid, and their reasons, which quote values)."""
    return seal_value(value, keyring_for(settings or get_settings()))


def open_record(value: Any, settings: Settings | None = None) -> Any:
    """What ``seal_record`` sealed, in the clear; rows written before it (only sensitive fields sealed) too."""
    settings = settings or get_settings()
    if is_sealed(value):
        value = open_value(value, keyring_for(settings))
    return open_silver(value, settings) if isinstance(value, dict) else value
