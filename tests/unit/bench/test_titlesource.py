"""The bench says where a list's titles are served when page 1 shows none (``titlesource``), in shape only."""

from __future__ import annotations

from pathlib import Path

from tests.bench.matchshape import match_shape
from tests.bench.pagetext import read_texts
from tests.bench.scout_corpus import expected_type, fold
from tests.bench.titlesource import title_source

TITLES = ["Amber Lantern", "Birch Stool", "Cedar Bench", "Dune Lamp"]
URL = "http://127.0.0.1:8000/index.html"


def _site(tmp_path: Path, first: str, files: dict[str, str]) -> tuple[dict[Path, str], str]:
    (tmp_path / "index.html").write_text(first, encoding="utf-8")
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return read_texts(tmp_path), first


def _where(tmp_path: Path, first: str, files: dict[str, str]) -> str:
    texts, body = _site(tmp_path, first, files)
    return title_source(texts, tmp_path, (body, URL), {fold(t) for t in TITLES}, fold)


LIST = "<html><body><main>" + "".join(f"<h2>{t}</h2>" for t in TITLES) + "</main></body></html>"
JSON = "[" + ",".join(f'{{"name": "{t}"}}' for t in TITLES) + "]"


def test_titles_on_another_page_linked_from_the_nav(tmp_path: Path) -> None:
    first = '<html><body><nav><a href="/shop/all.html">All</a></nav><main><p>Welcome</p></main></body></html>'
    assert _where(tmp_path, first, {"shop/all.html": LIST}) == "in another page linked from the nav/header"


def test_titles_on_another_page_not_linked(tmp_path: Path) -> None:
    first = "<html><body><main><p>Welcome</p></main></body></html>"
    assert _where(tmp_path, first, {"shop/all.html": LIST}) == "in another page not linked"


def test_titles_in_a_json_file_named_literally_by_a_loaded_script(tmp_path: Path) -> None:
    first = '<html><body><div id="grid"></div><script src="/js/app.js"></script></body></html>'
    files = {"api/items.json": JSON, "js/app.js": "fetch('/api/items.json').then(draw)"}
    assert _where(tmp_path, first, files) == "in a JSON file named literally"


def test_titles_in_a_json_file_named_by_a_template(tmp_path: Path) -> None:
    first = "<html><body><div id='grid'></div><script>fetch(`/feed/page-${n}.json`)</script></body></html>"
    assert _where(tmp_path, first, {"feed/page-1.json": JSON}) == "in a JSON file named by a prefix"


def test_titles_in_a_json_file_not_named(tmp_path: Path) -> None:
    first = "<html><body><div id='grid'></div><script>load()</script></body></html>"
    assert _where(tmp_path, first, {"x/q1.json": JSON}) == "in a JSON file not named"


def test_titles_nowhere_served(tmp_path: Path) -> None:
    assert _where(tmp_path, "<html><body><p>Welcome</p></body></html>", {}) == "nowhere served"


def test_the_match_line_says_where_the_titles_are_and_why_add_failed() -> None:
    expected = [{"title": t} for t in TITLES]
    first = ("<html><body><p>Welcome</p></body></html>", URL)
    shape = match_shape(
        expected, 0, 0, first, expected_type, fold, lambda titles: "in a JS file", "add exited 1 (no records)"
    )
    assert shape.startswith("nothing exported (add exited 1 (no records)); titles nowhere on page 1: in a JS file;")
    visible = ("<html><body>" + "".join(f"<h2>{t}</h2>" for t in TITLES) + "</body></html>", URL)
    assert ": in a JS file" not in match_shape(expected, 0, 0, visible, expected_type, fold, lambda t: "in a JS file")
