"""The schema head the code checks at start-up is the migrations' own head."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from pipeline.core.db.migrate import head_revision, upgrade
from pipeline.core.db.revision import HEAD_REVISION, is_current


def test_the_recorded_head_is_the_newest_migration() -> None:
    assert head_revision() == HEAD_REVISION, "a migration was added: set HEAD_REVISION in pipeline/core/db/revision.py"


def test_a_new_or_older_database_is_not_current_until_migrated(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'sdp.db'}")
    assert not is_current(engine)  # no schema at all
    upgrade(engine)
    assert is_current(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0010'"))
    assert not is_current(engine)  # behind: the next start migrates it
    upgrade(engine)
    assert is_current(engine)
    engine.dispose()
