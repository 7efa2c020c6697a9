"""Which served files the shapes read (``pagetext.site_files``): one lister for the absent and junk shapes and
the route to page 2, so a page served as ``list.php?page=2`` counts and a stylesheet does not."""

from __future__ import annotations

from pathlib import Path

from tests.bench.pageroute import find_route
from tests.bench.pagetext import locate, read_pages, read_texts, site_files

PAGE = '<html><body><ul><li><h2>Oak Chair</h2><span class="maker">Hollis Works</span></li></ul>{pager}</body></html>'
CHAIRS = [
    ("Oak Chair", "Hollis Works"),
    ("Elm Bench", "Corran Yard"),
    ("Ash Stool", "Brant Mill"),
    ("Fir Desk", "Tolle"),
]


def listing(pairs: list[tuple[str, str]], pager: str = "") -> str:
    items = "".join(f'<li><h2>{title}</h2><span class="maker">{maker}</span></li>' for title, maker in pairs)
    return f"<html><body><ul>{items}</ul>{pager}</body></html>"


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_php_page_with_a_query_is_a_page_and_assets_and_corpus_files_are_not(tmp_path: Path) -> None:
    root = write(
        tmp_path,
        {
            "list.php@page=2": PAGE.format(pager=""),
            "style.css@v=3": "li { color: red }",
            "logo.png": "not a page",
            "meta.json": "{}",
            "expected.json": "[]",
            "app.js": 'window.maker = "Hollis Works";',
        },
    )

    assert [p.name for p in site_files(root)] == ["app.js", "list.php@page=2"]


def test_a_value_on_a_php_page_is_visible_text_not_nowhere(tmp_path: Path) -> None:
    root = write(tmp_path, {"shop/list.php@page=2": PAGE.format(pager="")})

    where = locate(["hollis works"], read_pages(read_texts(root), str.lower))

    assert (where.place, where.whole) == ("visible", True)


def test_a_script_file_is_script_not_visible_text(tmp_path: Path) -> None:
    root = write(tmp_path, {"app.js": 'window.maker = "<b>Hollis Works</b>";'})

    assert locate(["hollis works"], read_pages(read_texts(root), str.lower)).place == "script"


def test_the_route_reads_the_texts_it_is_given(tmp_path: Path) -> None:
    page1 = listing(CHAIRS[:2], '<a href="list.php?page=2">Weiter</a>')
    root = write(tmp_path, {"shop/list.php": page1, "shop/list.php@page=2": listing(CHAIRS[2:])})
    expected = [{"title": title, "maker": maker} for title, maker in CHAIRS]
    texts = read_texts(root)

    given = find_route(root, "shop/list.php", expected, texts)

    assert given == find_route(root, "shop/list.php", expected)
    assert given.route == "anchor"
