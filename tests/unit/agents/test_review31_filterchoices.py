"""Review 31: a data table whose rows each carry a select box is no filter form."""

from __future__ import annotations

from lxml import html

from agents.heuristics.assemble import build_profile
from agents.heuristics.filterchoices import are_filter_choices


def _page() -> str:
    rows = "".join(
        f"<tr><td><input type='checkbox' name='sel' value='{i}'></td><td>Tender {i} road works district {i}</td>"
        f"<td>Council of Town{i}</td><td>2024-03-{i + 1:02d}</td><td>{1000 + i * 37} EUR</td></tr>"
        for i in range(12)
    )
    nav = "".join(f"<li><a href='/c/{i}'>Category {i}</a></li>" for i in range(6))
    return (
        f"<html><body><nav><ul>{nav}</ul></nav><main><h1>Tenders</h1><form><table><thead><tr><th></th>"
        f"<th>Title</th><th>Buyer</th><th>Date</th><th>Value</th></tr></thead><tbody>{rows}</tbody></table>"
        "<button>Export selected</button></form></main></body></html>"
    )


def test_rows_with_a_select_box_and_no_links_are_still_the_list() -> None:
    profile = build_profile(_page(), "https://x.example/tenders")
    assert profile.spec.mode == "list"
    assert profile.record_count == 12


# --- the mend: a row of cells with a select box is no filter choice ---------------------------------


def _members(markup: str, xpath: str) -> list:
    return html.fromstring(f"<html><body>{markup}</body></html>").xpath(xpath)


def test_table_rows_with_one_select_box_are_no_choices() -> None:
    rows = "".join(f"<tr><td><input type='checkbox'></td><td>Tender {i}</td></tr>" for i in range(6))
    assert not are_filter_choices(_members(f"<table>{rows}</table>", "//tr"))


def test_list_rows_of_several_texts_with_a_select_box_are_no_choices() -> None:
    rows = "".join(
        f"<li><input type='checkbox'><span>Tender {i}</span><span>Town{i}</span><span>2024-03-0{i + 1}</span>"
        f"<span>{1000 + i} EUR</span></li>"
        for i in range(6)
    )
    assert not are_filter_choices(_members(f"<ul>{rows}</ul>", "//li"))


def test_a_label_and_its_count_are_still_a_choice() -> None:
    items = "".join(
        f"<li><label><input type='checkbox'> Brand {k} <span class='count'>({k + 1})</span></label></li>"
        for k in range(6)
    )
    assert are_filter_choices(_members(f"<ul>{items}</ul>", "//li"))
