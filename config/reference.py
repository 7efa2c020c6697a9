"""Render the configuration reference (docs/configuration.md) from the settings tree itself.

``python -m config.reference > docs/configuration.md``; a test keeps the page in step with the code.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from config.settings import Settings

HEADER = """# Configuration reference

Generated from `config/settings.py` by `python -m config.reference`; do not edit by hand.

Settings are read, highest precedence first, from `SDP_*` environment variables, the user's file
`$SDP_HOME/settings.yaml` (written by `sdp config set KEY VALUE`), `config/environments/$SDP_ENV.yaml`,
and the defaults below. A nested setting takes one underscore after its section:
`SDP_CRAWL_TIMEOUT_S=600` sets `crawl.timeout_s`. `sdp config validate` checks them all;
`sdp config show` prints the effective values with secrets masked.
"""


def _default(field: FieldInfo) -> str:
    value: Any = field.get_default(call_default_factory=True)
    if isinstance(value, BaseModel):
        return ""
    return "(empty)" if value is None else f"`{value}`"


def _type(field: FieldInfo) -> str:
    text = str(field.annotation)
    for noise in ("typing.", "pathlib.", "pydantic.types.", "<class '", "'>"):
        text = text.replace(noise, "")
    return text.replace("|", "\\|")


def _rows(model: type[BaseModel], section: str | None) -> list[str]:
    rows = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            continue
        key = f"{section}.{name}" if section else name
        env = "SDP_" + key.replace(".", "_").upper()
        rows.append(f"| `{key}` | `{env}` | {_type(field)} | {_default(field)} | {field.description or ''} |")
    return rows


def render() -> str:
    lines = [HEADER, "| setting | environment variable | type | default | meaning |", "|---|---|---|---|---|"]
    lines += _rows(Settings, None)
    for name, field in Settings.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            lines += _rows(annotation, name)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")  # noqa: T201 - this module's job is to print the page
