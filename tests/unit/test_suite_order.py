"""`make test` hands files to its two workers in the suite's order: the long suites first."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from tests.conftest import TESTS, _suite_rank


def item(path: str) -> Any:
    return SimpleNamespace(path=TESTS / path)


def test_the_longest_suites_come_first_and_the_unit_files_last() -> None:
    paths = [
        "unit/test_a.py",
        "e2e/test_b.py",
        "integration/test_c.py",
        "unit/agents/test_d.py",
        "mutations/test_e.py",
        "fault/test_f.py",
        "e2e/test_a.py",
    ]
    ordered = [i.path.relative_to(TESTS).as_posix() for i in sorted(map(item, paths), key=_suite_rank)]
    assert ordered == [
        "fault/test_f.py",
        "mutations/test_e.py",
        "e2e/test_b.py",  # within a suite, the collection's order is kept
        "e2e/test_a.py",
        "integration/test_c.py",
        "unit/test_a.py",
        "unit/agents/test_d.py",
    ]


def test_an_item_outside_the_tests_folder_goes_last() -> None:
    assert _suite_rank(SimpleNamespace(path=TESTS.parent / "elsewhere" / "test_x.py")) == _suite_rank(
        item("unit/test_a.py")
    )
