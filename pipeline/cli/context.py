"""What every command gets: settings read once, and helpers to print."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import click

from config.settings import Settings, get_settings


@dataclass
class AppContext:
    verbose: bool = False

    @cached_property
    def settings(self) -> Settings:
        return get_settings()

    def echo_json(self, payload: Any) -> None:
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False, default=str))


pass_app = click.make_pass_decorator(AppContext)
