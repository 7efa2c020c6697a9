"""Mask secrets in data that leaves the process: error reports, and any JSON-like tree.

Three rules, the first two shared with the logs (``config.logging``): a password inside a URL, a
value under a secret-looking key (``api_key``, ``X-API-Key``, ``password``…), and — what a log
processor cannot know — every secret value the settings hold, wherever it appears in a string
(an exception message, a breadcrumb, a stack frame's variables).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit

from pydantic import BaseModel, SecretStr

from config.logging import MASK, is_secret_key, redact

#: Secrets shorter than this are not searched for in free text: masking every "ab" helps nobody.
MIN_SECRET_CHARS = 4


class SecretScrubber:
    """Masks known secret values, URL passwords and secret-named values in strings and trees."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Longest first: a secret that contains another (a proxy URL and its password) goes whole.
        self._secrets = sorted({s for s in secrets if len(s) >= MIN_SECRET_CHARS}, key=len, reverse=True)

    @classmethod
    def for_settings(cls, settings: BaseModel) -> SecretScrubber:
        return cls(settings_secrets(settings))

    def text(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        return redact(text)

    def tree(self, value: Any) -> Any:
        """A copy of ``value`` (dicts, lists, strings, scalars) with every secret masked."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Mapping):
            return {
                self.tree(key): MASK if _secret_entry(key, item) else self.tree(item) for key, item in value.items()
            }
        if isinstance(value, list | tuple):
            return [self.tree(item) for item in value]
        return value


def _secret_entry(key: object, value: object) -> bool:
    return isinstance(key, str) and is_secret_key(key) and value not in (None, "", [], {})


def settings_secrets(settings: BaseModel) -> set[str]:
    """Every secret in a settings tree: ``SecretStr`` values and the passwords of its URLs."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, SecretStr):
            secret = value.get_secret_value()
            found.add(secret)
            found.update(url_passwords(secret))  # a proxy or webhook URL: its password alone, too
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, Mapping):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.update(url_passwords(value))

    walk(settings)
    return {secret for secret in found if secret}


def url_passwords(text: str) -> set[str]:
    """The password of ``text`` when it is a URL with credentials, as written and decoded."""
    if "://" not in text or "@" not in text:
        return set()
    try:
        password = urlsplit(text.strip()).password
    except ValueError:
        return set()
    return {password, unquote(password)} if password else set()
