"""The currency of JSON prices that name none, read from the sign the page's script writes before them.

An API answers ``"regular_price": 57``; the page's own script shows it as `` `$${product.regular_price}` ``
or ``'£' + item.price``. The sign it writes beside the read of the price's key is the currency the
page prices in (``FieldSpec.currency``), which the engine gives the amounts. Scripts are only read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.jsonfieldtypes import FIRST_ITEM, path_operands
from pipeline.core.numbertext import parse_currency
from pipeline.core.schemas import FieldSpec

MAX_SCRIPT_CHARS = 500_000
_SIGNS = "$€£¥₹₩₽₺₫₪₱₦"
_PLAIN = re.compile(r"[A-Za-z_]\w*(?:\[0\])?(?:\.[A-Za-z_]\w*(?:\[0\])?)*")
#: A read of a variable's key: ``p.price``, ``d['author']['name']``.
#: Anchored at a name's start and bounded, so that a long run of word characters (a base64 blob in a
#: script) is not tried from each of its characters over again.
_VAR = r"(?<![\w$.])[A-Za-z_$][\w$]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}|\[\s*['\"][\w$-]{1,60}['\"]\s*\]){0,8}"


def signed_prices(fields: Sequence[FieldSpec], scripts: Sequence[str]) -> tuple[FieldSpec, ...]:
    """``fields``, each price naming no currency given the one sign the scripts write before its reads."""
    found: list[FieldSpec] = []
    for field in fields:
        code = _written_currency(field, scripts) if field.type == "price" and field.currency is None else None
        found.append(field.model_copy(update={"currency": code}) if code else field)
    return tuple(found)


def _written_currency(field: FieldSpec, scripts: Sequence[str]) -> str | None:
    path = field.json_path or ""
    if "{" in path:
        return None  # a multiselect reads the currency beside the amount
    keys = [part.replace(FIRST_ITEM, "").rpartition(".")[2] for part in path_operands(path)]
    if not keys or not all(_PLAIN.fullmatch(k) for k in keys):
        return None
    signs: set[str] = set()
    for key in keys:
        read = rf"{_VAR}(?:\.{key}\b|\[\s*['\"]{key}['\"]\s*\])"
        before = re.compile(rf"([{_SIGNS}])(?:\$\{{\s*|\s*['\"`]\s*\+\s*){read}")
        after = re.compile(rf"{read}\s*\+\s*['\"`]\s*([{_SIGNS}])")
        for script in scripts:
            text = script[:MAX_SCRIPT_CHARS]
            signs.update(m.group(1) for m in before.finditer(text))
            signs.update(m.group(1) for m in after.finditer(text))
    codes = {parse_currency(sign) for sign in signs}
    code = codes.pop() if len(codes) == 1 else None
    return code if isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code) else None
