"""Review 31: "前端" (front end) after a count of years is no age."""

from __future__ import annotations

import pytest

from pipeline.core.relativedates import age_of


@pytest.mark.parametrize("text", ["3年前端开发经验", "5年前端工程师", "招聘: 2年前端"])
def test_years_of_front_end_experience_are_no_age(text: str) -> None:
    assert age_of(text) is None
