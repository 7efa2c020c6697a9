"""Many rows through one INSERT or UPDATE, with values bound by their column types, once per distinct value.

SQLAlchemy's executemany runs every parameter of every row through its type (a time zone check and
a format for each datetime, a JSON dump for each JSON value) and builds a dictionary per row: about
25 µs for a Silver row, three times what SQLite itself needs. Replay writes thousands of rows whose
datetimes repeat (a page's fetch time, a batch's "now"), so ``Prebound`` binds each distinct
datetime once, with the same processors SQLAlchemy would use for the session's dialect, and hands
the rows to the DB-API's executemany through the session's connection: the same SQL, the same
stored values, the same transaction, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ValuesBase
from sqlalchemy.sql.expression import Update
from sqlalchemy.types import TypeEngine

Processor = Callable[[Any], Any]


class _Compiled:
    """A statement compiled for one dialect: its SQL, and how a row in ``keys`` order becomes its parameters."""

    def __init__(self, statement: ValuesBase | Update, keys: Sequence[str], dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=list(keys), for_executemany=True)
        self.sql = compiled.string
        names = list(compiled.positiontup) if compiled.positional and compiled.positiontup else list(keys)
        if sorted(names) != sorted(keys):
            raise ValueError(f"the statement binds {names}, not the keys {list(keys)}")
        self.positional = compiled.positional
        #: For each parameter the statement takes, in its order: where it is in a row, and its processor.
        self.order = [keys.index(name) for name in names]
        self.names = names
        self.processors: list[Processor | None] = []
        self.repeating: list[bool] = []
        for name in names:
            kind = compiled.binds[name].type
            self.processors.append(kind.dialect_impl(dialect).bind_processor(dialect))
            self.repeating.append(_is_datetime(kind))

    def parameters(self, rows: Sequence[Sequence[Any]]) -> list[Any]:
        """The rows as the DB-API takes them, processed a column at a time; a repeated datetime once."""
        columns = list(zip(*rows, strict=True))
        bound: list[Sequence[Any]] = []
        for index, process, repeats in zip(self.order, self.processors, self.repeating, strict=True):
            column = columns[index]
            if process is None:
                bound.append(column)
            elif repeats:
                once = {value: process(value) for value in set(column)}
                bound.append([once[value] for value in column])
            else:
                bound.append([process(value) for value in column])
        if self.positional:
            return list(zip(*bound, strict=True))
        return [dict(zip(self.names, values, strict=True)) for values in zip(*bound, strict=True)]


class Prebound:
    """``statement`` executed for many rows, each a sequence of values in ``keys`` order."""

    def __init__(self, statement: ValuesBase | Update, keys: Sequence[str]) -> None:
        self._statement = statement
        self.keys = tuple(keys)
        self._compiled: dict[tuple[str, str], _Compiled] = {}

    def execute(self, session: Session, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        connection = session.connection()
        dialect = connection.dialect
        key = (dialect.name, dialect.driver)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = _Compiled(self._statement, self.keys, dialect)
        connection.exec_driver_sql(compiled.sql, compiled.parameters(rows))


def _is_datetime(kind: TypeEngine[Any]) -> bool:
    """Whether values of ``kind`` are datetimes (``UTCDateTime`` decorates a ``DateTime``)."""
    return isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime)
