"""The AST allow-list every generated or edited spider must pass before it is stored.

Generated code is data we execute, so the rule is deny-by-default: only the imports a spider
needs, no dunder access, no dynamic code, no file/process/network escape hatches.
"""

from __future__ import annotations

import ast

from pipeline.core.exceptions import UnsafeCode

ALLOWED_IMPORTS = frozenset(
    {"spiders.base", "scrapy", "scrapy.http", "re", "json", "datetime", "typing", "__future__", "collections.abc"}
)
FORBIDDEN_NAMES = frozenset(
    {
        "eval",
        "exec",
        "compile",
        "open",
        "__import__",
        "globals",
        "locals",
        "vars",
        "getattr",
        "setattr",
        "delattr",
        "input",
        "breakpoint",
        "exit",
        "quit",
        "help",
        "memoryview",
        "os",
        "sys",
        "subprocess",
        "shutil",
        "socket",
        "importlib",
        "builtins",
        "pickle",
        "marshal",
        "ctypes",
        "pathlib",
        "io",
    }
)


def check_spider_code(code: str) -> ast.Module:
    """Parse ``code`` and raise UnsafeCode naming the first construct outside the allow-list."""
    try:
        tree = ast.parse(code, filename="<spider>")
    except SyntaxError as exc:
        raise UnsafeCode(f"Spider code does not parse: line {exc.lineno}: {exc.msg}.") from None
    for node in ast.walk(tree):
        _check_node(node)
    if not any(isinstance(n, ast.ClassDef) for n in tree.body):
        raise UnsafeCode("Spider code defines no spider class.")
    return tree


def _check_node(node: ast.AST) -> None:
    line = getattr(node, "lineno", "?")
    if isinstance(node, ast.Import):
        for alias in node.names:
            _check_module(alias.name, line)
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            raise UnsafeCode(f"Relative import at line {line} is not allowed in a spider.")
        _check_module(node.module or "", line)
    elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
        raise UnsafeCode(f"Name {node.id!r} at line {line} is not allowed in a spider.")
    elif isinstance(node, ast.Attribute) and node.attr.startswith("__"):
        raise UnsafeCode(f"Dunder attribute {node.attr!r} at line {line} is not allowed in a spider.")
    elif isinstance(node, (ast.Global, ast.Nonlocal)):
        raise UnsafeCode(f"'global'/'nonlocal' at line {line} is not allowed in a spider.")


def _check_module(module: str, line: object) -> None:
    if module not in ALLOWED_IMPORTS:
        raise UnsafeCode(
            f"Import of {module!r} at line {line} is not allowed in a spider; "
            f"allowed: {', '.join(sorted(ALLOWED_IMPORTS))}."
        )


def spec_literal(code: str) -> dict[str, object]:
    """The ``SPEC = {...}`` literal of a spider module (edits change behaviour through it)."""
    tree = check_spider_code(code)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "SPEC" for t in node.targets):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                raise UnsafeCode("SPEC must be a plain literal (dicts, lists, strings, numbers).") from None
            if isinstance(value, dict):
                return value
    raise UnsafeCode("The spider module has no `SPEC = {...}` literal.")
