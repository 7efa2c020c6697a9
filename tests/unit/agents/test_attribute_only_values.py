"""Values a forum row writes only in attributes: the topic's time in the ``title`` of an empty
timeago link (a script fills its text in the browser), the author as a letter avatar titled with
the name, and tag chips whose class spells the tag (one list, not a field per tag, though state
badges of the same class beside them are told apart by their icons)."""

from __future__ import annotations

from lxml import html as lxml_html

from agents.heuristics.fullvalues import full_value, is_cut_of, is_letter_of
from agents.heuristics.labelclasses import spells_own_text
from agents.heuristics.profilenames import names_linked_profile
from agents.heuristics.slots import Occurrence, Slot
from agents.heuristics.sparsecopies import is_sparse_copy
from agents.heuristics.unshowndates import unshown_date
from tests.unit.agents.conftest import list_page, spec_and_records

URL = "https://forum.example/c/grinders"
TOPICS = [
    ("Flat or conical burrs for a light roast?", "marta.v", True, ["burrs", "light-roast"], "2025-02-03T08:10:00Z"),
    ("My hand grinder squeaks after cleaning", "odile", False, ["maintenance"], "2025-02-04T19:45:12Z"),
    ("Single dosing without the popcorning", "kwame_b", False, [], "2025-02-06T07:02:40Z"),
    ("Alignment kit: worth it on a budget grinder?", "Jun Park", True, ["burrs", "mods"], "2025-02-08T21:30:05Z"),
    ("Static and retention with a plasma lighter", "odile", False, ["static", "mods"], "2025-02-11T12:00:00Z"),
    ("Stepless dial markings wore off", "lars", False, ["maintenance"], "2025-02-15T16:20:33Z"),
]


def _element(markup: str) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(markup)


def _avatar(name: str, picture: bool) -> str:
    img = f'<img class="avatar" title="{name}" alt="{name}" src="/pics/{name}.png">' if picture else ""
    return f'<a class="who" href="/user/{name}">{img}<span class="avatar" title="{name}">{name[0].upper()}</span></a>'


def _state(icon: str, word: str, shown: bool) -> str:
    """A state badge led by its icon, hidden by a class where the topic is not in that state."""
    return f'<span class="chip{"" if shown else " hidden"}"><i class="icon icon-{icon}"></i><span>{word}</span></span>'


def _row(number: int, title: str, author: str, picture: bool, tags: list[str], posted: str) -> str:
    chips = "".join(f'<a href="/tags/{t}"><span class="chip tag tag-class-{t}">{t}</span></a>' for t in tags)
    return (
        f'<li class="topic">{_avatar(author, picture)}'
        f'<h3 class="title"><a href="/topic/{number}">{title}</a></h3>'
        f'<span class="tags">{chips}</span>'
        f'<span class="labels">{_state("pin", "Pinned", number < 3)}{_state("lock", "Locked", number == 2)}</span>'
        f'<a class="when timeago" href="/topic/{number}" title="{posted}"></a>'
        f'<span class="replies">{number * 3} replies</span></li>'
    )


def _records() -> list[dict[str, object]]:
    rows = "".join(_row(n, *topic) for n, topic in enumerate(TOPICS, start=1))
    return spec_and_records(list_page(f'<ul class="topics">{rows}</ul>'), URL)[1]


def test_an_empty_element_titled_with_a_whole_date_holds_that_date() -> None:
    assert unshown_date(_element('<a class="timeago" href="/t/1" title="2025-03-11T16:42:11.398Z"></a>')) == (
        "title",
        "2025-03-11T16:42:11.398Z",
    )
    assert unshown_date(_element('<span title="March 2, 2025 4:05 pm"><i class="icon"></i></span>')) == (
        "title",
        "March 2, 2025 4:05 pm",
    )


def test_a_shown_text_a_datetime_or_a_tooltip_saying_something_else_is_no_unshown_date() -> None:
    assert unshown_date(_element('<a href="/t/1" title="Last post"></a>')) is None
    assert unshown_date(_element('<a href="/t/1" title="2025-03-11T16:42:11Z">3 hours ago</a>')) is None
    assert unshown_date(_element('<time datetime="2025-03-11" title="2025-03-11"></time>')) is None


def test_a_letter_avatar_is_its_name_cut_to_the_first_letter() -> None:
    assert is_letter_of("C", "crema_mod")
    assert is_letter_of("j", "Jun Park")
    assert is_cut_of("C", "crema_mod")
    assert full_value(_element('<span class="avatar" title="crema_mod">C</span>'), "C") == ("title", "crema_mod")
    assert not is_letter_of("C", "Close this dialog: changes are kept for later")  # a sentence, no name
    assert not is_letter_of("X", "crema_mod")
    assert not is_letter_of("7", "7 replies")
    assert not is_cut_of("M", "M")


def test_a_class_spelling_the_chip_text_is_the_value_written_again() -> None:
    assert spells_own_text("class-light-roast", _element('<span class="tag tag-class-light-roast">light-roast</span>'))
    assert spells_own_text("sold_out", _element('<span class="badge sold_out">Sold out</span>'))
    assert not spells_own_text("time", _element('<li class="meta meta--time">45 mins</li>'))
    assert not spells_own_text("data", _element('<span class="x x-data">a</span>'))


def test_a_field_repeating_another_on_the_few_records_it_has_is_a_sparse_copy() -> None:
    assert is_sparse_copy(["ana", None, "bo", None], ["ana", "cy", "bo", "dee"])
    assert not is_sparse_copy(["ana", None, "cy", None], ["ana", "cy", "bo", "dee"])  # differs once
    assert not is_sparse_copy(["ana", None, None, None], ["ana", "cy", "bo", "dee"])  # once is chance
    assert not is_sparse_copy(["ana", "cy"], ["ana", "cy"])  # as full as the other: ``dedupe`` decides


def test_forum_rows_read_the_date_author_and_tags_written_only_in_attributes_and_classes() -> None:
    records = _records()
    assert len(records) == len(TOPICS)
    assert [r.get("author") for r in records] == [t[1] for t in TOPICS]
    assert [str(r.get("date"))[:10] for r in records] == [t[4][:10] for t in TOPICS]
    assert [r.get("tags") for r in records] == [t[3] or None for t in TOPICS]
    # the pictures' alt, on two rows only, names the author again: no column of its own
    assert not [k for k, v in records[0].items() if v == "marta.v" and k != "author"]


def test_an_avatar_naming_the_profile_it_links_to_is_the_author() -> None:
    def slot(kind: str, links: list[tuple[str, str]]) -> Slot:
        found = Slot(key=("a", "img"), kind=kind, attribute="alt")
        for number, (href, name) in enumerate(links):
            image = _element(f'<a href="{href}"><img alt="{name}" src="/p.png"></a>')[0]
            found.per_record[number] = [Occurrence(image, name)]
        return found

    people = [("/user/odile", "odile"), ("/members/Jun%20Park", "Jun Park"), ("/u/kwame_b", "kwame_b")]
    assert names_linked_profile(slot("alt", people))
    assert names_linked_profile(slot("tooltip", people))
    assert not names_linked_profile(slot("text", people))  # a shown name is named by its place
    pictures = [("/topic/1", "Burr set on a bench"), ("/topic/2", "Dial close-up"), ("/topic/3", "Hopper")]
    assert not names_linked_profile(slot("alt", pictures))
    assert not names_linked_profile(slot("alt", [("/odile", "odile"), ("/lars", "lars")]))  # no profile section


def test_an_abbreviation_s_letter_is_the_page_s_short_form_not_a_letter_avatar() -> None:
    """A menu's dietary marks: ``<abbr title="Vegetarian">V</abbr>`` shows the form a reader
    writes down; only an avatar's lone letter stands for the name in its title."""
    abbr = lxml_html.fragment_fromstring('<abbr class="diet" title="Vegetarian">V</abbr>')
    avatar = lxml_html.fragment_fromstring('<span class="avatar" title="Vegetarian">V</span>')
    assert full_value(abbr, "V") is None
    assert full_value(avatar, "V") == ("title", "Vegetarian")


def test_a_class_naming_a_caption_beside_its_value_is_no_spelled_value() -> None:
    """Drupal's ``field--name-field-cost`` around "Cost $10": the class names the field (its
    caption), the text holds a value besides, so the class still tells the field apart."""
    field = _element('<div class="field field--name-field-cost"><div>Cost</div><div>$10</div></div>')
    assert not spells_own_text("name-field-cost", field)
    assert spells_own_text("tag-class-espresso", _element('<a class="tag tag-class-espresso">espresso</a>'))
