"""The schema revision this code expects, checked without importing Alembic.

Every process opens the database once (each CLI command, worker and crawl subprocess), and
importing Alembic only to learn that the schema is already current cost about half a second of
each start. The head is written here and a unit test keeps it equal to the migrations' head;
Alembic is loaded only when the database is behind.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

#: The newest migration under ``migrations/versions`` (tests/unit/test_schema_revision.py checks it).
HEAD_REVISION = "0011"


def is_current(engine: Engine) -> bool:
    """True when the database records ``HEAD_REVISION``; False when it is behind, or new."""
    try:
        with engine.connect() as connection:
            recorded = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:  # no alembic_version table yet: a new database
        return False
    return recorded == [HEAD_REVISION]
