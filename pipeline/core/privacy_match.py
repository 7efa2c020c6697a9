"""A data subject as the search sees it: its needle, its salted hash, and the values that mention it.

Values are matched exactly and case-insensitively, inside strings, lists and dicts (keys too), and
inside sealed values (sensitive Silver fields, audit details), which are opened to be searched and
sealed again when a copy is scrubbed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path
from typing import Any

from config.settings import Settings, get_settings
from pipeline.core.crypto import DecryptionFailed, is_sealed, open_value, seal_value
from pipeline.core.exceptions import ConfigurationError
from pipeline.core.keyring import keyring_for

ERASED = "[erased]"
SALT_FILE = "privacy-salt"


def needle(subject: str) -> str:
    """What is searched for: the subject, trimmed and case-folded (at least 3 characters)."""
    found = subject.strip().casefold()
    if len(found) < 3:
        raise ConfigurationError(
            f"Subject {subject!r} is too short to search safely (it would match almost everything); "
            "give at least 3 characters, e.g. an e-mail address or a full name."
        )
    return found


def subject_pattern(subject: str) -> re.Pattern[str]:
    """The subject as written, any case: what ``scrub`` replaces."""
    return re.compile(re.escape(subject.strip()), re.IGNORECASE)


def subject_hash(subject: str, settings: Settings) -> str:
    """The salted hash that stands for a subject in the audit log (the subject itself is never stored)."""
    salt = settings.privacy.subject_salt
    key = salt.get_secret_value().encode() if salt is not None else _salt_file(settings.home)
    return "hmac-sha256:" + hmac.new(key, subject.strip().casefold().encode(), hashlib.sha256).hexdigest()


def _salt_file(home: Path) -> bytes:
    path = home / SALT_FILE
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first
        else:
            with os.fdopen(descriptor, "w") as handle:
                handle.write(secrets.token_hex(32))
    return path.read_text(encoding="utf-8").strip().encode()


def _opened(value: dict[str, str]) -> Any:
    """A sealed value (sensitive Silver field, audit details) in the clear; itself if it cannot be opened."""
    try:
        return open_value(value, keyring_for(get_settings()))
    except DecryptionFailed:
        return value


def in_value(value: Any, wanted: str) -> bool:
    """Whether ``value`` (a string, list, dict or sealed value) mentions the needle ``wanted``."""
    if isinstance(value, str):
        return wanted in value.casefold()
    if isinstance(value, list):
        return any(in_value(item, wanted) for item in value)
    if is_sealed(value):
        opened = _opened(value)
        return opened is not value and in_value(opened, wanted)
    if isinstance(value, dict):
        return any(in_value(k, wanted) or in_value(v, wanted) for k, v in value.items())
    return False


def scrub(value: Any, pattern: re.Pattern[str]) -> Any:
    """``value`` with every match of ``pattern`` replaced by ``ERASED`` (sealed values sealed again)."""
    if is_sealed(value):
        opened = _opened(value)
        return value if opened is value else seal_value(scrub(opened, pattern), keyring_for(get_settings()))
    if isinstance(value, str):
        return pattern.sub(ERASED, value)
    if isinstance(value, list):
        return [scrub(item, pattern) for item in value]
    if isinstance(value, dict):
        return {scrub(k, pattern): scrub(v, pattern) for k, v in value.items()}
    return value
