"""Country names, as a place line writes them after its city: "Berlin, Germany", "Lyon, France".

A compact gazetteer: the countries' English names and the names pages in the corpus languages
(German, French, Spanish, Italian, Dutch, Portuguese) give the most written of them, with the
short forms people type ("USA", "UK"). Two-letter codes are left out on purpose: "IL" after
"Chicago" is Illinois, not Israel.
"""

from __future__ import annotations


def _words(text: str) -> list[str]:
    """The names of ``text``, one a word ("_" joins a name's words)."""
    return text.split()


_ENGLISH = _words(
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain "
    "Bangladesh Belarus Belgium Bolivia Botswana Brazil Bulgaria Cambodia Cameroon Canada Chile China "
    "Colombia Croatia Cuba Cyprus Czechia Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia "
    "Germany Ghana Greece Guatemala Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica "
    "Japan Jordan Kazakhstan Kenya Kosovo Kuwait Latvia Lebanon Liechtenstein Lithuania Luxembourg "
    "Madagascar Malaysia Malta Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Namibia Nepal "
    "Netherlands Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines Poland Portugal Qatar "
    "Romania Russia Rwanda Senegal Serbia Singapore Slovakia Slovenia Spain Sweden Switzerland Syria "
    "Taiwan Tanzania Thailand Tunisia Turkey Türkiye Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam "
    "Zambia Zimbabwe"
)
_ENGLISH_PHRASES = (
    "United States",
    "United States of America",
    "United Kingdom",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Czech Republic",
    "New Zealand",
    "South Africa",
    "South Korea",
    "North Macedonia",
    "Bosnia and Herzegovina",
    "Costa Rica",
    "Dominican Republic",
    "El Salvador",
    "Puerto Rico",
    "Saudi Arabia",
    "Sri Lanka",
    "United Arab Emirates",
    "Hong Kong",
    "The Netherlands",
    "USA",
    "U.S.A.",
    "UK",
    "UAE",
)
#: The most written countries in the other corpus languages.
_OTHER_LANGUAGES = _words(
    # German
    "Deutschland Österreich Schweiz Frankreich Spanien Italien Niederlande Belgien Dänemark Schweden "
    "Norwegen Finnland Polen Tschechien Ungarn Griechenland Irland Kroatien Rumänien Russland Türkei "
    "Vereinigtes_Königreich Großbritannien Vereinigte_Staaten Kanada Japan Brasilien Mexiko "
    # French
    "Allemagne Autriche Suisse Espagne Italie Pays-Bas Belgique Danemark Suède Norvège Finlande Pologne "
    "Grèce Irlande Croatie Roumanie Russie Turquie Royaume-Uni États-Unis Brésil Mexique Maroc Algérie "
    "Tunisie Sénégal "
    # Spanish and Portuguese
    "Alemania España Francia Italia Países_Bajos Bélgica Suiza Suecia Noruega Polonia Grecia Irlanda "
    "Reino_Unido Estados_Unidos Canadá México Brasil Perú Chile Colombia Alemanha Espanha França Itália "
    "Holanda Suíça Bélgica Estados_Unidos Reino_Unido "
    # Italian and Dutch
    "Germania Spagna Francia Paesi_Bassi Belgio Svizzera Svezia Regno_Unito Stati_Uniti Duitsland "
    "Frankrijk Spanje Italië Nederland België Zwitserland Oostenrijk Zweden Verenigd_Koninkrijk "
    "Verenigde_Staten"
)

COUNTRY_NAMES = frozenset(
    name.replace("_", " ").casefold() for name in (*_ENGLISH, *_ENGLISH_PHRASES, *_OTHER_LANGUAGES)
)


def is_country(text: str) -> bool:
    """Whether ``text`` is a country's name ("Germany", "United States", "Deutschland")."""
    return " ".join(text.split()).casefold() in COUNTRY_NAMES
