"""The keyring: AES-256 keys by id, loaded from the settings; the first key encrypts, every key decrypts.

Sources, in order: ``security.keys`` (``SDP_SECURITY_KEYS="k2:<b64>,k1:<b64>"``), then the lines of
``security.key_file``. With neither, development generates one key into ``$SDP_HOME/keys`` (mode 600)
so the embedded default encrypts too; production refuses to start without keys.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import secrets
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from config.settings import Settings
from pipeline.core.exceptions import ConfigurationError

KEY_BYTES = 32
KEY_ID = re.compile(r"[A-Za-z0-9_.-]{1,32}")
GENERATED_FILE = "keys"


@dataclass(frozen=True)
class Keyring:
    """Keys by id (insertion order kept); ``active`` is the id new data is encrypted with."""

    keys: dict[str, bytes] = field(repr=False)
    origin: str

    @property
    def active(self) -> str:
        return next(iter(self.keys))

    def key(self, key_id: str) -> bytes:
        try:
            return self.keys[key_id]
        except KeyError:
            raise ConfigurationError(
                f"Data is encrypted with key id {key_id!r}, which is not configured ({self.origin}): "
                f"add that key back to SDP_SECURITY_KEYS or the key file."
            ) from None

    def __repr__(self) -> str:  # never the key bytes
        return f"Keyring(ids={list(self.keys)}, origin={self.origin!r})"


def parse_keys(text: str, *, origin: str) -> dict[str, bytes]:
    """Parse ``id:<base64>`` entries separated by commas or new lines; the error never echoes a key."""
    keys: dict[str, bytes] = {}
    entries = [part.strip() for part in re.split(r"[,\n]", text)]
    for number, entry in enumerate((e for e in entries if e and not e.startswith("#")), start=1):
        key_id, sep, encoded = entry.partition(":")
        key_id = key_id.strip()
        if not sep or not KEY_ID.fullmatch(key_id):
            raise ConfigurationError(
                f"Key entry {number} in {origin} is not `id:<base64 of 32 bytes>` (id: letters, digits, . _ -); "
                f"generate one with `sdp encryption new-key ID`."
            )
        try:
            raw = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) != KEY_BYTES:
            raise ConfigurationError(
                f"Key {key_id!r} in {origin} is not the base64 of exactly 32 bytes; "
                f"generate one with `sdp encryption new-key {key_id}`."
            )
        if key_id in keys:
            raise ConfigurationError(f"Key id {key_id!r} appears twice in {origin}; key ids must be unique.")
        keys[key_id] = raw
    return keys


def new_key_line(key_id: str) -> str:
    """A fresh ``id:<base64>`` entry for a key file or SDP_SECURITY_KEYS."""
    if not KEY_ID.fullmatch(key_id):
        raise ConfigurationError(f"Key id {key_id!r} must be 1-32 letters, digits, '.', '_' or '-'.")
    return f"{key_id}:{base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()}"


def _read_key_file(path: Path) -> dict[str, bytes]:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ConfigurationError(
            f"Key file {path} does not exist: fix SDP_SECURITY_KEY_FILE or create the file."
        ) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigurationError(
            f"Key file {path} is readable by other users (mode {stat.S_IMODE(mode):o}): run `chmod 600 {path}`."
        )
    keys = parse_keys(path.read_text(encoding="utf-8"), origin=f"key file {path}")
    if not keys:
        raise ConfigurationError(
            f"Key file {path} holds no key: add a line `id:<base64>` (`sdp encryption new-key k1` prints one)."
        )
    return keys


def _generated(home: Path) -> dict[str, bytes]:
    """The development key under SDP_HOME, created once.

    The key is written to a private temporary file first and linked into place, which fails when
    the file exists: two processes starting together (a worker and `sdp add`) agree on one key,
    and neither can read the file half-written.
    """
    path = home / GENERATED_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{GENERATED_FILE}-")  # mode 600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(new_key_line("k1") + "\n")
                out.flush()
                os.fsync(out.fileno())
            os.link(temporary, path)
        except FileExistsError:
            pass  # another process linked its key first: that one is the key
        finally:
            os.unlink(temporary)
    return _read_key_file(path)


def load_keyring(settings: Settings) -> Keyring:
    """The configured keys; a development setup without any gets a generated key file."""
    security = settings.security
    keys: dict[str, bytes] = {}
    origins: list[str] = []
    if security.keys is not None and security.keys.get_secret_value().strip():
        keys.update(parse_keys(security.keys.get_secret_value(), origin="SDP_SECURITY_KEYS"))
        origins.append("SDP_SECURITY_KEYS")
    if security.key_file is not None:
        for key_id, raw in _read_key_file(security.key_file).items():
            if key_id in keys and keys[key_id] != raw:
                raise ConfigurationError(
                    f"Key id {key_id!r} has different values in SDP_SECURITY_KEYS and {security.key_file}."
                )
            keys.setdefault(key_id, raw)
        origins.append(str(security.key_file))
    if not keys:
        if settings.env == "production":
            raise ConfigurationError(
                "No encryption key configured in production: set SDP_SECURITY_KEYS (`sdp encryption new-key k1` "
                "prints one) or SDP_SECURITY_KEY_FILE."
            )
        path = settings.home.resolve() / GENERATED_FILE
        keys = _generated(settings.home.resolve())
        origins.append(f"generated key file {path}")
    return Keyring(keys=keys, origin=", ".join(origins))


_CACHE: dict[tuple[object, ...], Keyring] = {}


def keyring_for(settings: Settings) -> Keyring:
    """``load_keyring`` memoised per configuration (hot paths ask once per page)."""
    security = settings.security
    secret = security.keys.get_secret_value() if security.keys is not None else ""
    cache_key = (secret, security.key_file, settings.env, settings.home.resolve())
    ring = _CACHE.get(cache_key)
    if ring is None:
        ring = _CACHE[cache_key] = load_keyring(settings)
    return ring


def clear_cache() -> None:
    """Forget loaded keyrings (tests, and after the operator changes the key file)."""
    _CACHE.clear()
