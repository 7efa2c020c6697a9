"""Data-subject requests (GDPR art. 15 and 17): find, export and erase everything about a subject.

A subject is any string (an e-mail, a name…), matched exactly and case-insensitively in Silver
data and in Bronze bodies (read in the clear), then in every other text or JSON column (task
results, crawl stats, audit messages…). Erasure **deletes** Silver entities, records kept aside as
invalid and the Bronze pages holding the subject, and scrubs the remaining copies in place. Every
request is audited with the subject as a salted hash only.

This module is the public face; the work is split by job:

* ``privacy_match``  — the subject's needle and salted hash, matching and scrubbing values;
* ``privacy_search`` — finding every stored copy (``find_subject``);
* ``privacy_export`` — the right of access (``export_subject``);
* ``privacy_erase``  — the right to erasure (``delete_subject``).
"""

from __future__ import annotations

from pipeline.core.privacy_erase import Erasure, delete_subject
from pipeline.core.privacy_export import export_subject
from pipeline.core.privacy_match import ERASED, SALT_FILE, subject_hash
from pipeline.core.privacy_search import Matches, find_subject

__all__ = [
    "ERASED",
    "SALT_FILE",
    "Erasure",
    "Matches",
    "delete_subject",
    "export_subject",
    "find_subject",
    "subject_hash",
]
