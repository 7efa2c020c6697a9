from __future__ import annotations

from pathlib import Path

from config.reference import render

ROOT = Path(__file__).resolve().parents[2]


def test_the_configuration_reference_is_current() -> None:
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    assert page == render(), "run: uv run python -m config.reference > docs/configuration.md"


def test_every_setting_is_explained() -> None:
    rows = [line for line in render().splitlines() if line.startswith("| `")]
    undocumented = [row.split("|")[1] for row in rows if row.endswith("|  |")]
    assert undocumented == []
