"""An ejected project renders with the spider's base, whose rendered requests carry a callable
``PageMethod`` (``settled``): scrapy-playwright reads a callable there from 0.0.42 on ("Allow custom
PageMethod callbacks", #318); before, ``getattr(page, settled)`` raises TypeError on every page."""

from __future__ import annotations

import re

from spiders.base import render_meta, settled
from spiders.eject import _REQUIREMENTS


def test_ejected_requirements_take_a_callable_page_method() -> None:
    assert render_meta()["playwright_page_methods"][0].method is settled
    floor = re.search(r"scrapy-playwright>=([\d.]+)", _REQUIREMENTS)
    assert floor is not None
    assert tuple(int(part) for part in floor[1].split(".")) >= (0, 0, 42)
