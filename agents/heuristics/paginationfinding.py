"""What a pagination finder returns: the spec it found and a note saying what it was."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.core.pagingspec import PaginationSpec


@dataclass
class PaginationFinding:
    spec: PaginationSpec
    note: str
