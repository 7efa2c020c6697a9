"""Versions changed by people: an edited spider is checked, stored, validated, then promoted."""

from __future__ import annotations

from pydantic import ValidationError

from pipeline.core import registry
from pipeline.core.codecheck import spec_literal
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ScraperVersion, Source
from pipeline.core.exceptions import BuildError
from pipeline.core.schemas import ScraperSpec
from pipeline.core.taskstate import new_run_id
from workers.validation import validation_crawl


def deploy_edited_code(source_id: int, code: str, *, actor: str) -> tuple[int, bool, str | None]:
    """Store ``code`` as a new version and promote it if its test extraction passes.

    Returns ``(version number, promoted, reason it was not)``.
    """
    try:
        spec = ScraperSpec.model_validate(spec_literal(code))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BuildError(f"SPEC is not a valid spec: {where}: {first['msg']}.") from None
    run_id = new_run_id()
    with session_scope() as session:
        source = session.get(Source, source_id)
        assert source is not None
        version = registry.add_version(
            session, source, code=code, spec=spec, actor=actor, reason="edited by hand", run_id=run_id
        )
        version_id, number = version.id, version.number
    outcome = validation_crawl(version_id, run_id)
    if not outcome.succeeded:
        return number, False, outcome.error
    with session_scope() as session:
        validated = session.get(ScraperVersion, version_id)
        assert validated is not None
        registry.promote(session, validated, actor=actor, run_id=run_id)
    return number, True, None
