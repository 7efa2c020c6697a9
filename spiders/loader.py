"""Import a stored scraper version's code as a module, and find its spider class."""

from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path
from types import ModuleType

from spiders.base import GeneratedSpider


def load_spider(code: str, code_hash: str, folder: Path) -> type[GeneratedSpider]:
    """The ``GeneratedSpider`` subclass ``code`` defines, imported from a file under ``folder``.

    The module is not registered in ``sys.modules``: two crawls of one process may load two
    versions of the same source, or the same version twice, without seeing each other's.
    """
    return _spider_class(_load_module(code, code_hash, folder))


def _load_module(code: str, code_hash: str, folder: Path) -> ModuleType:
    path = folder / f"sdp_spider_{code_hash[:16]}.py"
    path.write_text(code, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load spider module from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spider_class(module: ModuleType) -> type[GeneratedSpider]:
    for _, value in inspect.getmembers(module, inspect.isclass):
        if issubclass(value, GeneratedSpider) and value is not GeneratedSpider:
            return value
    raise ImportError("the stored code defines no GeneratedSpider subclass")
