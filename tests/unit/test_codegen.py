from __future__ import annotations

import ast

import pytest

from agents.codegen import render_spider
from pipeline.core.codecheck import check_spider_code
from pipeline.core.exceptions import UnsafeCode
from pipeline.core.schemas import FieldSpec, ScraperSpec


def _spec(**changes: object) -> ScraperSpec:
    base = ScraperSpec(
        start_url="http://127.0.0.1:8000/",
        record_selector="li.card",
        fields=(FieldSpec(name="title", type="title", selector="h2"),),
    )
    return base.model_copy(update=changes)


def test_rendered_spider_is_readable_checked_python_with_contracts() -> None:
    code = render_spider("cheese", _spec())
    check_spider_code(code)
    tree = ast.parse(code)
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    assert [c.name for c in classes] == ["CheeseSpider"]
    assert "@url http://127.0.0.1:8000/" in code
    assert "@scrapes title" in code


def test_hostile_page_text_stays_a_literal() -> None:
    evil = '"""\nimport os\nos.system("rm -rf /")\n"""'
    spec = _spec(
        start_url='http://127.0.0.1:8000/a"""b\\c',
        record_selector=evil,
        fields=(FieldSpec(name="title", selector=evil, strip_label=evil),),
    )
    code = render_spider("evil", spec)
    check_spider_code(code)  # still only literals: nothing from the page became code
    namespace = ast.literal_eval(code.split("SPEC = ", 1)[1].split("\n\n\nclass", 1)[0])
    assert namespace["record_selector"] == evil


@pytest.mark.parametrize(
    "snippet",
    [
        "import os",
        "from subprocess import run",
        "eval('1')",
        "open('/etc/passwd')",
        "x = ().__class__",
        "__import__('os')",
        "from . import x",
        "getattr(object, 'x')",
    ],
)
def test_the_allow_list_refuses_escape_hatches(snippet: str) -> None:
    code = f"from spiders.base import GeneratedSpider\n{snippet}\nclass S(GeneratedSpider):\n    pass\n"
    with pytest.raises(UnsafeCode):
        check_spider_code(code)
