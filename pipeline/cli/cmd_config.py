"""``sdp config show | get | set | validate`` (secrets are always masked)."""

from __future__ import annotations

from typing import Any

import click
import yaml
from pydantic import SecretStr, ValidationError

from config.logging import is_secret_key, redact
from config.settings import Settings, get_settings, read_user_settings, user_settings_path
from pipeline.cli.errors import EXIT_CONFIG, UserFacingError, settings_error_message

MASK = "***"


def _load() -> Settings:
    get_settings.cache_clear()
    try:
        return get_settings()
    except ValidationError as exc:
        raise UserFacingError(settings_error_message(exc), EXIT_CONFIG) from None


def _lookup(tree: dict[str, Any], dotted: str) -> Any:
    node: Any = tree
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            raise UserFacingError(f"Unknown setting {dotted!r}; `sdp config show` lists them all.", EXIT_CONFIG)
        node = node[part]
    return node


@click.group("config")
def config_group() -> None:
    """Show, read, change and check the settings."""


@config_group.command("show")
def show() -> None:
    """Print the effective settings (secrets masked)."""
    click.echo(yaml.safe_dump(_plain(_load()), sort_keys=False, allow_unicode=True).rstrip())


def _plain(settings: Settings) -> dict[str, Any]:
    tree = settings.model_dump(mode="json")
    tree["home"] = str(settings.home)
    tree["database"]["url"] = redact(settings.database_url)
    tree["broker"]["url"] = redact(settings.broker_url)
    if settings.llm.api_key is not None:
        tree["llm"]["api_key"] = MASK
    return tree


@config_group.command("get")
@click.argument("key")
def get(key: str) -> None:
    """Print one setting, e.g. `sdp config get crawl.timeout_s`."""
    value = _lookup(_plain(_load()), key)
    click.echo(yaml.safe_dump(value, allow_unicode=True).rstrip() if isinstance(value, (dict, list)) else value)


@config_group.command("set")
@click.argument("key")
@click.argument("value")
def set_(key: str, value: str) -> None:
    """Store KEY=VALUE in $SDP_HOME/settings.yaml after checking it (environment variables still win)."""
    _lookup(_plain(_load()), key)
    stored = read_user_settings()
    node = stored
    parts = key.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = yaml.safe_load(value) if value else value
    path = user_settings_path()
    try:
        checked = Settings(**stored)
    except ValidationError as exc:
        raise UserFacingError(settings_error_message(exc), EXIT_CONFIG) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_text(yaml.safe_dump(stored, sort_keys=False, allow_unicode=True), encoding="utf-8")
    partial.replace(path)
    # A secret is known by its type (a DSN is one), with the log's name rule as a second net.
    secret = isinstance(_lookup(checked.model_dump(), key), SecretStr) or is_secret_key(key)
    shown = MASK if secret else value
    click.echo(f"{key} = {shown} (saved in {path})")


@config_group.command("validate")
def validate() -> None:
    """Check every setting; exits 2 with the first problem when one is invalid."""
    settings = _load()
    click.echo(f"Settings are valid (environment {settings.env}, home {settings.home}).")
