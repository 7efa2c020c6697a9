"""Issue-list rows: a type icon read by its alt gives no address column, a row's menu trigger no link,
an "<em>Unresolved</em>" placeholder no value."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "http://tracker.test/issues/"
TITLES = [
    "Crash when the config file is empty",
    "Add a dark theme to the settings page",
    "Export fails for names with accents",
    "Document the retry options",
    "Slow start-up on large workspaces",
    "Allow sorting the board by due date",
]
KINDS = ["Bug", "Feature", "Bug", "Task", "Bug", "Feature"]
RESOLUTIONS = [
    "<em>Unresolved</em>",
    "Fixed",
    "<em>Unresolved</em>",
    "<em>Unresolved</em>",
    "Duplicate",
    "<em>Unresolved</em>",
]
OWNERS = ["Ana Ruiz", "Ben Okoro", "Chloe Lind", "Dev Patel", "Ana Ruiz", "Ben Okoro"]


def _row(n: int, trigger_class: str) -> str:
    kind = KINDS[n]
    return (
        f'<tr class="row"><td class="kind"><img src="/icons/{kind.lower()}.svg" alt="{kind}"></td>'
        f'<td class="key"><a href="/browse/T-{n + 10}">T-{n + 10}</a></td>'
        f'<td class="title"><a href="/browse/T-{n + 10}">{TITLES[n]}</a></td>'
        f'<td class="owner">{OWNERS[n]}</td><td class="resolution">{RESOLUTIONS[n]}</td>'
        f'<td class="actions"><div class="row-dropdown"><a class="{trigger_class}" '
        f'href="/rest/rows/{n + 10}/menu?token=x{n}"><span>Actions</span></a></div></td></tr>'
    )


def _records(trigger_class: str = "dropdown-trigger") -> list[dict[str, object]]:
    rows = "".join(_row(n, trigger_class) for n in range(len(TITLES)))
    _, records = spec_and_records(list_page(f"<table><tbody>{rows}</tbody></table>"), URL)
    return records


def test_an_icon_read_by_its_alt_gives_no_address_column() -> None:
    records = _records()
    assert [r for r in records if "Bug" in r.values()]  # the type is read from the alt
    assert not {str(v) for r in records for v in r.values() if "/icons/" in str(v)}


def test_a_row_menus_trigger_is_no_link_of_the_record() -> None:
    for trigger in ("dropdown-trigger", "btn dropdown-toggle"):
        records = _records(trigger)
        assert not {str(v) for r in records for v in r.values() if "/rest/rows/" in str(v)}, trigger


def test_a_placeholder_cell_is_no_value_and_the_column_stays() -> None:
    records = _records()
    read = [[v for v in r.values() if v in ("Fixed", "Duplicate", "Unresolved")] for r in records]
    assert read == [[], ["Fixed"], [], [], ["Duplicate"], []]
