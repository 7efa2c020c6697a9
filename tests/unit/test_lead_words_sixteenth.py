"""A short status line opening with a bold state word ("<strong>Open</strong> until 22:00") is
read whole, so the closed stores' "Closed · Opens 07:00" is found too."""

from __future__ import annotations

from lxml import html

from agents.heuristics.leadwords import wrapper_read_leads
from agents.heuristics.templateslots import collect_slots

#: The coloured dot before each status line: an empty element the bold word follows.
DOT = '<span class="dot" aria-hidden="true"></span>'
STATUS = [
    "<strong>Open</strong> until 22:00",
    '<strong>Closed</strong><span aria-hidden="true"> · </span>Opens 07:00',
    "<strong>Open</strong> 24 hours",
    "<strong>Open</strong> until 23:00",
    "<strong>Open</strong> until 22:00",
    '<strong>Closed</strong><span aria-hidden="true"> · </span>Opens 06:00',
]


def _values(lines: list[str]) -> list[list[str]]:
    cards = "".join(f'<li><h3>Store {i}</h3><p class="status">{DOT}{line}</p></li>' for i, line in enumerate(lines))
    records = list(html.fromstring(f"<ul>{cards}</ul>").iterchildren("li"))
    return [s.first_values() for s in wrapper_read_leads(collect_slots(records)) if s.kind in ("text", "tail")]


def test_a_status_line_is_read_whole() -> None:
    found = _values(STATUS)
    assert found[1][:3] == ["Open until 22:00", "Closed · Opens 07:00", "Open 24 hours"]
    assert len(found) == 2  # no "until 22:00" tail left beside the line


def test_bold_words_of_many_kinds_stay_their_own_values() -> None:
    names = ["Ada", "Grace", "Linus", "Guido", "Barbara", "Ken"]
    assert names in _values([f"<strong>{n}</strong> until 22:00" for n in names])


def test_a_badge_span_before_another_value_is_no_lead_word() -> None:
    # A talk's type badge beside its language code: two values, not one status line.
    kinds = ["Keynote", "Talk", "Talk", "Workshop", "Talk", "Keynote"]
    found = _values([f'<span class="badge">{k}</span> <span class="language">en</span>' for k in kinds])
    assert kinds in found  # not "Keynote en", "Talk en"…
