"""A value the page calls a list in its own language: "Langues parlées : Français, Anglais"."""

from __future__ import annotations

from tests.unit.agents.conftest import list_page, spec_and_records

URL = "http://medecins.test/generaliste/paris"
SPOKEN = [
    "Français, Anglais",
    "Français, Arabe",
    "Français, Vietnamien, Anglais",
    "Français",
    "Français, Anglais, Wolof",
    "Français, Allemand",
    "Français, Espagnol",
]


def _cards(texts: list[str]) -> str:
    return list_page(
        "".join(
            f'<article class="xQz"><a class="bQm" href="/medecin/{n}">'
            f'<h2 class="kLp">Dr Nom numéro {n}</h2></a>'
            f'<div class="zRt">{10 + n} rue de la Paix, 7500{n} Paris</div>'
            f'<div class="wVb"><span>Langues parlées : {text}</span></div></article>'
            for n, text in enumerate(texts)
        )
    )


def test_a_french_plural_in_the_label_calls_the_value_a_list() -> None:
    spec, records = spec_and_records(_cards(SPOKEN), URL)
    [field] = [f for f in spec.fields if f.split]
    assert field.split == ", "
    assert records[2][field.name] == ["Français", "Vietnamien", "Anglais"]
    assert records[3][field.name] == ["Français"]
