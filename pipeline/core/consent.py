"""Consent records and collection policies: may a source be collected, and how.

Both are kept by source *name*, so an operator records consent (``sdp consent set NAME``) or a
policy (``sdp policy set NAME --robots ignore``) before ``sdp add … --name NAME`` creates the source.
With ``privacy.require_consent`` on, a source without a present, unexpired consent is not crawled.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from config.settings import Settings
from pipeline.core import audit
from pipeline.core.access import apply_access, resolve_access
from pipeline.core.datetext import utcnow
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import CollectionPolicy, Source, SourceConsent
from pipeline.core.exceptions import ConfigurationError, ConsentRequired
from pipeline.core.redaction import compile_patterns
from pipeline.core.sources import validate_name

LEGAL_BASES = ("consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests")


def _record_command(name: str) -> str:
    return f"sdp consent set {name} --by WHO --basis {'|'.join(LEGAL_BASES)} --scope TEXT [--expires ISO]"


def set_consent(
    session: Session,
    name: str,
    *,
    approved_by: str,
    legal_basis: str,
    scope: str,
    expires_at: datetime | None = None,
    actor: str = "cli",
) -> SourceConsent:
    """Record (or replace) the consent of source ``name``; the previous one stays in the audit log."""
    validate_name(name)
    if legal_basis not in LEGAL_BASES:
        raise ConfigurationError(f"Legal basis {legal_basis!r} is not one of: {', '.join(LEGAL_BASES)}.")
    if not approved_by.strip():
        raise ConfigurationError("--by must name who approved collecting the source, e.g. --by 'J. Doe (DPO)'.")
    if not scope.strip():
        raise ConfigurationError("--scope must say what may be collected and why, e.g. --scope 'public prices'.")
    if expires_at is not None and expires_at.tzinfo is None:
        raise ConfigurationError(f"Expiry {expires_at.isoformat()} has no time zone; add one, e.g. Z.")
    consent = session.get(SourceConsent, name)
    if consent is None:
        consent = SourceConsent(source_name=name)
        session.add(consent)
    consent.approved_by = approved_by.strip()
    consent.legal_basis = legal_basis
    consent.scope = scope.strip()
    consent.expires_at = expires_at
    consent.recorded_at = utcnow()
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="privacy.consent_recorded",
        source_name=name,
        message=f"Consent for {name} recorded ({legal_basis}, approved by {consent.approved_by})",
        details=consent_view(consent),
    )
    return consent


def get_consent(session: Session, name: str) -> SourceConsent | None:
    return session.get(SourceConsent, name)


def consent_problem(consent: SourceConsent | None, name: str, *, now: datetime | None = None) -> str | None:
    """Why ``consent`` does not allow collecting ``name`` (None: it does)."""
    if consent is None:
        return (
            f"Source {name} has no consent record and privacy.require_consent is on; "
            f"record one: {_record_command(name)}"
        )
    moment = now or utcnow()
    if consent.expires_at is not None and consent.expires_at <= moment:
        return (
            f"The consent for {name} expired on {consent.expires_at.isoformat(timespec='seconds')}; "
            f"record a new one: {_record_command(name)}"
        )
    return None


def ensure_collection_allowed(session: Session, source: Source | str, settings: Settings | None = None) -> None:
    """Raise ConsentRequired when consent is required and ``source`` has no valid record."""
    from config.settings import get_settings  # noqa: PLC0415 - callers usually pass none

    privacy = (settings or get_settings()).privacy
    if not privacy.require_consent:
        return
    name = source if isinstance(source, str) else source.name
    problem = consent_problem(get_consent(session, name), name)
    if problem is not None:
        raise ConsentRequired(problem)


def consent_view(consent: SourceConsent) -> dict[str, Any]:
    return {
        "source": consent.source_name,
        "approved_by": consent.approved_by,
        "legal_basis": consent.legal_basis,
        "scope": consent.scope,
        "expires_at": consent.expires_at.isoformat() if consent.expires_at else None,
        "recorded_at": consent.recorded_at.isoformat() if consent.recorded_at else None,
    }


def get_policy(session: Session, name: str) -> CollectionPolicy | None:
    return session.get(CollectionPolicy, name)


def set_policy(
    session: Session,
    name: str,
    *,
    obey_robots: bool | None = None,
    download_delay_s: float | None = None,
    clear_delay: bool = False,
    drop_fields: Sequence[str] | None = None,
    redact_fields: Sequence[str] | None = None,
    redact_patterns: dict[str, str] | None = None,
    actor: str = "cli",
) -> CollectionPolicy:
    """Change what is given; the rest of the policy stays as it was."""
    validate_name(name)
    if download_delay_s is not None and download_delay_s < 0:
        raise ConfigurationError(f"Delay {download_delay_s:g} s is negative; give seconds >= 0, e.g. --delay 2.")
    if redact_patterns is not None:
        compile_patterns(redact_patterns)
    policy = session.get(CollectionPolicy, name)
    if policy is None:
        policy = CollectionPolicy(
            source_name=name, obey_robots=True, drop_fields=[], redact_fields=[], redact_patterns={}
        )
        session.add(policy)
    if obey_robots is not None:
        policy.obey_robots = obey_robots
    if clear_delay:
        policy.download_delay_s = None
    elif download_delay_s is not None:
        policy.download_delay_s = download_delay_s
    if drop_fields is not None:
        policy.drop_fields = sorted(set(drop_fields))
    if redact_fields is not None:
        policy.redact_fields = sorted(set(redact_fields))
    if redact_patterns is not None:
        policy.redact_patterns = dict(redact_patterns)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="privacy.policy_changed",
        source_name=name,
        message=f"Collection policy of {name} changed",
        details=policy_view(policy),
    )
    return policy


def policy_view(policy: CollectionPolicy | None, name: str = "") -> dict[str, Any]:
    if policy is None:
        return {
            "source": name,
            "obey_robots": True,
            "download_delay_s": None,
            "drop_fields": [],
            "redact_fields": [],
            "redact_patterns": {},
        }
    return {
        "source": policy.source_name,
        "obey_robots": policy.obey_robots,
        "download_delay_s": policy.download_delay_s,
        "drop_fields": list(policy.drop_fields),
        "redact_fields": list(policy.redact_fields),
        "redact_patterns": dict(policy.redact_patterns),
    }


def scrapy_overrides(session: Session, source_id: int) -> dict[str, Any]:
    """The Scrapy settings a source's policy changes: robots.txt and the delay between requests."""
    source = session.get(Source, source_id)
    policy = session.get(CollectionPolicy, source.name) if source is not None else None
    if policy is None:
        return {}
    overrides: dict[str, Any] = {"ROBOTSTXT_OBEY": policy.obey_robots}
    if policy.download_delay_s is not None:
        overrides["DOWNLOAD_DELAY"] = policy.download_delay_s
    return overrides


def collection_settings(source_name: str, settings: Settings) -> Settings:
    """The settings a collection of ``source_name`` runs under: its policy and its access applied to ``crawl``.

    Raises ConsentRequired when the source may not be collected at all.
    """
    with session_scope(settings) as session:
        ensure_collection_allowed(session, source_name, settings)
        source_id = session.scalar(select(Source.id).where(Source.name == source_name))
        settings = apply_access(settings, resolve_access(session, source_id, settings))
        policy = session.get(CollectionPolicy, source_name)
        if policy is None:
            return settings
        crawl: dict[str, Any] = {"obey_robots_txt": policy.obey_robots}
        if policy.download_delay_s is not None:
            crawl["download_delay_s"] = policy.download_delay_s
    return settings.model_copy(update={"crawl": settings.crawl.model_copy(update=crawl)})
