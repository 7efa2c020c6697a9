"""Redaction rules and how they apply to a record: e-mails, phone numbers, custom patterns, fields.

Pure functions of a record, free of database imports: replay applies them in worker processes.
``redaction`` adds where the rules come from (settings, a source's policy) and what they hit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline.core.exceptions import ConfigurationError

if TYPE_CHECKING:
    from config.settings import PrivacySettings
    from pipeline.core.db.models import CollectionPolicy

Hits = dict[str, dict[str, int]]

#: An address: local part, @, a dotted domain ending in letters. Bounded so it cannot run away. A local
#: part never follows an "@": ``@ana@mastodon.social`` is a fediverse handle, public by design.
EMAIL = re.compile(r"(?<![\w.%+@-])[\w.%+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[^\W\d_]{2,24}(?![\w-])")

#: Phone numbers as people write them; candidates with fewer than 8 or more than 15 digits are left alone
#: (dates, prices and ids do not match: they lack the grouping or the digit count).
PHONE = re.compile(
    r"""(?<![\w+/.,-])
    (?:
        \+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,5}   # +44 20 7946 0958, +1-555-123-4567
      | \(\d{2,4}\)[ ]?\d{3,4}[ .-]\d{3,4}                                # (555) 123-4567
      | \d{3}[.-]\d{3}[.-]\d{4}                                           # 555-123-4567
      | 0\d{1,4}(?:[ -]\d{2,8}){1,4}                                      # 020 7946 0958, 06 12 34 56 78
    )
    (?![\w/-]|[.,]\d)""",
    re.VERBOSE,
)

# Screens: a text the rule could change matches its screen from the start. An address has an "@";
# a phone number that counts has 8 digits (each matched by \d, so the text has at least 8 of them).
_HAS_AT = re.compile(r"[^@]*@")
_EIGHT_DIGITS = re.compile(r"(?:\D*\d){8}")

_RULE_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")
WHOLE_FIELD = "[redacted]"


def _phone_like(text: str) -> bool:
    return 8 <= sum(c.isdigit() for c in text) <= 15


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    #: Texts not matching this (from the start) are left alone without running ``pattern``.
    screen: re.Pattern[str] | None = None

    def sub(self, text: str) -> tuple[str, int]:
        if self.screen is not None and self.screen.match(text) is None:
            return text, 0
        count = 0

        def replace(match: re.Match[str]) -> str:
            nonlocal count
            if self.name == "phone" and not _phone_like(match.group(0)):
                return match.group(0)
            count += 1
            return f"[redacted:{self.name}]"

        return self.pattern.sub(replace, text), count


EMAIL_RULE = Rule("email", EMAIL, _HAS_AT)
PHONE_RULE = Rule("phone", PHONE, _EIGHT_DIGITS)


def compile_patterns(patterns: Mapping[str, str]) -> tuple[Rule, ...]:
    """Custom rules, checked: a bad name or regular expression is one clear ConfigurationError."""
    rules: list[Rule] = []
    for name, pattern in patterns.items():
        if not _RULE_NAME.fullmatch(name) or name in ("email", "phone", "field", "dropped"):
            raise ConfigurationError(
                f"Redaction rule name {name!r} is not valid: use 1-32 lowercase letters, digits or '_' "
                "(not email, phone, field or dropped)."
            )
        try:
            rules.append(Rule(name, re.compile(pattern)))
        except re.error as exc:
            raise ConfigurationError(
                f"Redaction rule {name!r}: {pattern!r} is not a valid regular expression ({exc}); "
                "fix it, e.g. --redact-pattern ticket='TCK-[0-9]{6}'."
            ) from None
        if rules[-1].pattern.search("") is not None:
            raise ConfigurationError(
                f"Redaction rule {name!r}: {pattern!r} matches the empty string; make it specific."
            )
    return tuple(rules)


@dataclass(frozen=True)
class Redactor:
    """Everything to remove from one source's records, applied in one pass."""

    rules: tuple[Rule, ...] = ()
    redact_fields: frozenset[str] = frozenset()
    drop_fields: frozenset[str] = frozenset()

    def apply(self, record: Mapping[str, Any]) -> tuple[dict[str, Any], Hits]:
        """The record without what the rules forbid, and which rule hit which field how often."""
        clean: dict[str, Any] = {}
        hits: Hits = {}
        for name, value in record.items():
            if name in self.drop_fields:
                if value not in (None, "", [], {}):
                    hits[name] = {"dropped": 1}
                continue
            if name in self.redact_fields and value not in (None, "", [], {}):
                clean[name] = WHOLE_FIELD
                hits[name] = {"field": 1}
                continue
            counts: dict[str, int] = {}
            clean[name] = self._scrub(value, counts)
            if counts:
                hits[name] = counts
        return clean, hits

    def _scrub(self, value: Any, counts: dict[str, int]) -> Any:
        if isinstance(value, str):
            for rule in self.rules:
                if rule.screen is not None and rule.screen.match(value) is None:
                    continue  # what ``rule.sub`` would find first, without a call per rule and text
                value, n = rule.sub(value)
                if n:
                    counts[rule.name] = counts.get(rule.name, 0) + n
            return value
        if isinstance(value, list):
            return [self._scrub(item, counts) for item in value]
        if isinstance(value, dict):
            return {k: self._scrub(v, counts) for k, v in value.items()}
        return value


def build_redactor(privacy: PrivacySettings, policy: CollectionPolicy | None = None) -> Redactor:
    """The product-wide rules of ``privacy`` plus those of a source's policy."""
    rules: list[Rule] = []
    if privacy.redact_emails:
        rules.append(EMAIL_RULE)
    if privacy.redact_phones:
        rules.append(PHONE_RULE)
    rules.extend(compile_patterns(privacy.redact_patterns))
    redact_fields = set(privacy.redact_fields)
    drop_fields: set[str] = set()
    if policy is not None:
        own = compile_patterns(policy.redact_patterns)
        known = {rule.name for rule in rules}
        rules.extend(rule for rule in own if rule.name not in known)
        redact_fields.update(policy.redact_fields)
        drop_fields.update(policy.drop_fields)
    return Redactor(tuple(rules), frozenset(redact_fields), frozenset(drop_fields))


def summary(hits: Hits) -> dict[str, Any]:
    """For lineage: the rules that fired, per field, and totals per rule."""
    totals: dict[str, int] = {}
    for counts in hits.values():
        for rule, n in counts.items():
            totals[rule] = totals.get(rule, 0) + n
    return {"fields": hits, "rules": totals}
