"""A stack of avatars naming who is assigned to each record is one list field, however many
avatars each record shows; a row of contributors' pictures stays out."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://code.example/acme/app/issues"
TEAM = [["mei"], ["rkeller", "bot"], [], ["rkeller"], ["mei", "rkeller"], [], ["bot"], ["rkeller", "mei", "bot"]]


def _avatar(login: str, link: str) -> str:
    return f'<a class="avatar" href="{link}"><img class="avatar-user" src="/u/{login}.png" alt="@{login}"></a>'


def _row(n: int, people: list[str], tooltip: str, link: str) -> str:
    label = f' aria-label="{tooltip}{" and ".join("@" + p for p in people)}"' if tooltip else ""
    stack = "".join(_avatar(p, link.format(p)) for p in people)
    return (
        f'<div class="row"><a class="title" href="/acme/app/issues/{n}">Issue number {n} about the parser</a>'
        f'<span class="meta">opened by user{n}</span>'
        f'<div class="stack"><div class="stack-body"{label}>{stack}</div></div></div>'
    )


def _records(tooltip: str, link: str) -> list[dict[str, object]]:
    rows = "".join(_row(n, people, tooltip, link) for n, people in enumerate(TEAM))
    return spec_and_records(list_page(f'<div class="issues">{rows}</div>'), URL)[1]


def test_an_assigned_stack_is_one_list_of_logins() -> None:
    records = _records(tooltip="Assigned to ", link="/{}")
    assert [r.get("assigned_to") for r in records] == [p or None for p in TEAM]


def test_avatars_linking_to_the_list_filtered_by_their_person_are_a_list_too() -> None:
    records = _records(tooltip="", link="/acme/app/issues?q=assignee%3A{}")
    lists = [
        v for r in records for v in r.values() if isinstance(v, list) and v and str(v[0]) in ("mei", "rkeller", "bot")
    ]
    assert lists == [p for p in TEAM if p]


def test_a_row_of_pictures_saying_nothing_of_the_people_is_left_out() -> None:
    records = _records(tooltip="", link="/{}")
    assert not any(isinstance(v, list) and "mei" in str(v) for r in records for v in r.values())


def test_a_tooltip_only_repeating_the_names_says_nothing_of_the_people() -> None:
    records = _records(tooltip=" ", link="/{}")
    assert not any(isinstance(v, list) and "mei" in str(v) for r in records for v in r.values())
