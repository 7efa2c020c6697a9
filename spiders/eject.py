"""Export a stored spider as a plain Scrapy project that runs with ``scrapy crawl`` anywhere.

The project vendors the few modules a generated spider needs (its base class and the extraction
engine) under ``<package>/runtime``, so it depends on Scrapy, parsel, pydantic and dateutil only.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from pipeline.core.codecheck import spec_literal
from pipeline.core.exceptions import ConfigurationError

_CORE = Path(__file__).resolve().parents[1] / "pipeline" / "core"
_BASE = Path(__file__).with_name("base.py")
_REQUIREMENTS = (
    "scrapy>=2.13\nscrapy-playwright>=0.0.42\nparsel>=1.9\npydantic>=2.7\npython-dateutil>=2.8\n"
    "chompjs>=1.2\njmespath>=1.0\n"
)


def runtime_modules() -> dict[str, Path]:
    """Everything a generated spider imports from the product, directly or not: its base class and
    the ``pipeline.core`` modules it reaches. Found by reading the imports, so a module the
    extraction engine starts to use is never left out of an ejected project."""
    found = {"base.py": _BASE}
    pending = [_BASE]
    while pending:
        tree = ast.parse(pending.pop().read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pipeline.core."):
                name = f"{node.module.removeprefix('pipeline.core.')}.py"  # type: ignore[union-attr]
                if name not in found:
                    found[name] = _CORE / name
                    pending.append(found[name])
    return found


def _package_name(source_name: str) -> str:
    name = re.sub(r"[^a-z0-9_]", "_", source_name.lower()).strip("_") or "source"
    return f"sdp_{name}"


def _rewrite_imports(text: str, package: str) -> str:
    text = text.replace("from pipeline.core.", f"from {package}.runtime.")
    return text.replace("from spiders.base import", f"from {package}.runtime.base import")


def _browser_settings(code: str) -> str:
    """scrapy-playwright settings when the spider renders pages (its SPEC says render: browser)."""
    if spec_literal(code).get("render") != "browser":
        return ""
    handler = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"
    return (
        "\n# The pages of this source need JavaScript: they are rendered in Chromium.\n"
        f'DOWNLOAD_HANDLERS = {{"http": "{handler}", "https": "{handler}"}}\n'
        'TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"\n'
        'PLAYWRIGHT_LAUNCH_OPTIONS = {"headless": True, "args": ["--no-sandbox", "--disable-gpu"]}\n'
        "# PLAYWRIGHT_LAUNCH_OPTIONS['executable_path'] = '/usr/bin/chromium'  # without Playwright's own browser\n"
    )


def eject_project(source_name: str, code: str, target: Path) -> Path:
    """Write the project into ``target`` (which must not exist or be empty); returns the spider file."""
    if target.exists() and any(target.iterdir()):
        raise ConfigurationError(f"{str(target)!r} is not empty; give a new or empty folder.")
    package = _package_name(source_name)
    runtime = target / package / "runtime"
    spiders_dir = target / package / "spiders"
    runtime.mkdir(parents=True)
    spiders_dir.mkdir(parents=True)
    for folder in (target / package, runtime, spiders_dir):
        (folder / "__init__.py").write_text("", encoding="utf-8")
    for name, source in runtime_modules().items():
        (runtime / name).write_text(_rewrite_imports(source.read_text(encoding="utf-8"), package), encoding="utf-8")
    (target / "scrapy.cfg").write_text(f"[settings]\ndefault = {package}.settings\n", encoding="utf-8")
    (target / package / "settings.py").write_text(
        f'"""Scrapy settings of the project ejected from Smart Data Pipeline source {source_name!r}."""\n\n'
        f'BOT_NAME = "{package}"\nSPIDER_MODULES = ["{package}.spiders"]\nROBOTSTXT_OBEY = True\n'
        "DOWNLOAD_DELAY = 0.25\nAUTOTHROTTLE_ENABLED = True\n"
        f'ITEM_PIPELINES = {{"{package}.pipelines.DropProvenance": 100}}\n' + _browser_settings(code),
        encoding="utf-8",
    )
    (target / package / "pipelines.py").write_text(
        '"""Drop the provenance Smart Data Pipeline attaches to items; keep the fields."""\n\n\n'
        "class DropProvenance:\n"
        "    def process_item(self, item, spider=None):\n"
        '        item.pop("_sdp", None)\n'
        "        return item\n",
        encoding="utf-8",
    )
    (target / "requirements.txt").write_text(_REQUIREMENTS, encoding="utf-8")
    spider_file = spiders_dir / f"{package.removeprefix('sdp_')}.py"
    spider_file.write_text(_rewrite_imports(code, package), encoding="utf-8")
    return spider_file
