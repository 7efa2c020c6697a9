"""The scraper registry: every version of every spider, its code, spec, hash and status."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.core import audit, schema_registry
from pipeline.core.codecheck import check_spider_code
from pipeline.core.db.models import AuditEvent, ScraperVersion, Source, VersionStatus
from pipeline.core.exceptions import BuildError, ConfigurationError
from pipeline.core.schemas import ScraperSpec


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode("utf-8")).hexdigest()


def add_version(
    session: Session,
    source: Source,
    *,
    code: str,
    spec: ScraperSpec,
    actor: str,
    reason: str,
    run_id: str | None = None,
    notes: Sequence[str] = (),
) -> ScraperVersion:
    """Store ``code`` as the next staging version, after the AST allow-list accepts it.

    ``notes``: why the Scout chose what the spec says (``PageProfile.notes``), kept with the
    version's audit event for ``sdp show`` (``version_notes``)."""
    check_spider_code(code)
    number = (
        session.scalar(select(func.max(ScraperVersion.number)).where(ScraperVersion.source_id == source.id)) or 0
    ) + 1
    version = ScraperVersion(
        source_id=source.id,
        number=number,
        status=VersionStatus.STAGING,
        code=code,
        code_hash=code_hash(code),
        spec=spec.model_dump(mode="json"),
        parser_version=spec.parser_version,
        created_by=actor,
        reason=reason,
    )
    session.add(version)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="version.created",
        source_name=source.name,
        run_id=run_id,
        message=f"Stored version {number} of {source.name} in staging: {reason}",
        details={"version": number, "code_hash": version.code_hash, **({"notes": list(notes)} if notes else {})},
    )
    return version


def version_notes(session: Session, version: ScraperVersion) -> list[str]:
    """The Scout's notes stored with ``version`` when it was made (none for a version made by hand
    or by the Doctor): the latest ``version.created`` event of its source naming its number."""
    events = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.source_name == version.source.name, AuditEvent.action == "version.created")
        .order_by(AuditEvent.id.desc())
    )
    for event in events:
        if (event.details or {}).get("version") == version.number:
            notes = event.details.get("notes") or []
            return [str(note) for note in notes] if isinstance(notes, list) else []
    return []


def promote(session: Session, version: ScraperVersion, *, actor: str, run_id: str | None = None) -> None:
    """Make ``version`` the production version of its source; the previous one is retired."""
    source = version.source
    for other in source.versions:
        if other.id != version.id and other.status == VersionStatus.PRODUCTION:
            other.status = VersionStatus.RETIRED
    version.status = VersionStatus.PRODUCTION
    audit.record(
        session,
        actor=actor,
        action="version.promoted",
        source_name=source.name,
        run_id=run_id,
        message=f"Version {version.number} of {source.name} is now in production",
        details={"version": version.number, "code_hash": version.code_hash},
    )
    # The source's schema follows what production extracts (created on the first deploy).
    schema_registry.ensure_for_version(session, version, actor=actor, run_id=run_id)


def production_version(session: Session, source: Source) -> ScraperVersion | None:
    return session.scalar(
        select(ScraperVersion).where(
            ScraperVersion.source_id == source.id, ScraperVersion.status == VersionStatus.PRODUCTION
        )
    )


def load_verified(session: Session, version_id: int) -> ScraperVersion:
    """Fetch a version and check its code still matches its hash (what every worker runs)."""
    version = session.get(ScraperVersion, version_id)
    if version is None:
        raise ConfigurationError(f"Scraper version id {version_id} does not exist.")
    actual = code_hash(version.code)
    if actual != version.code_hash:
        raise BuildError(
            f"Scraper version {version.number} of source id {version.source_id} fails its hash check; "
            "refusing to run it. Rebuild or roll back the source."
        )
    return version


def spec_of(version: ScraperVersion) -> ScraperSpec:
    return ScraperSpec.model_validate(version.spec)


def versions_of(session: Session, source: Source) -> list[ScraperVersion]:
    return list(
        session.scalars(
            select(ScraperVersion).where(ScraperVersion.source_id == source.id).order_by(ScraperVersion.number)
        ).all()
    )


def version_by_number(session: Session, source: Source, number: int | None) -> ScraperVersion:
    """The version ``number`` of ``source``, or its production version when ``number`` is None."""
    if number is None:
        version = production_version(session, source)
        if version is None:
            raise ConfigurationError(
                f"Source {source.name!r} has no production version; see `sdp versions {source.name}`."
            )
        return version
    version = session.scalar(
        select(ScraperVersion).where(ScraperVersion.source_id == source.id, ScraperVersion.number == number)
    )
    if version is None:
        known = ", ".join(str(v.number) for v in versions_of(session, source)) or "none"
        raise ConfigurationError(f"Source {source.name!r} has no version {number} (versions: {known}).")
    return version


def rollback(session: Session, source: Source, number: int | None, *, actor: str) -> ScraperVersion:
    """Return ``source`` to version ``number``, or to the newest version older than production."""
    if number is None:
        current = production_version(session, source)
        older = [
            v
            for v in versions_of(session, source)
            if v.status == VersionStatus.RETIRED and (current is None or v.number < current.number)
        ]
        if not older:
            raise ConfigurationError(f"Source {source.name!r} has no earlier version to roll back to.")
        target = older[-1]
    else:
        target = version_by_number(session, source, number)
    if target.status == VersionStatus.QUARANTINED:
        raise ConfigurationError(
            f"Version {target.number} of {source.name!r} is quarantined (it failed validation); pick another."
        )
    promote(session, target, actor=actor)
    return target


def set_pinned(session: Session, source: Source, pinned: bool, *, actor: str) -> None:
    """A pinned source gets repair proposals from the Doctor but never an automatic promotion."""
    source.pinned = pinned
    verb = "pinned" if pinned else "unpinned"
    audit.record(
        session, actor=actor, action=f"source.{verb}", source_name=source.name, message=f"Source {source.name} {verb}"
    )
