"""One text that lists several values: "Flanagan A, Bechtold DA, Pot GK." under an ``authors`` class.

A person writes such a value down as a list. The Scout proposes a split (``FieldSpec.split``)
where the page calls the value a list of things (a plural word in its class or label, or its
field's name) and most records part it on the same separator into short items, or where the
parts of some records' values are the whole values of others ("Historic Sites • Churches &
Cathedrals" beside "Churches & Cathedrals"), or where the parts read as surnames with initials.
Where the page calls the value a list, Chinese and Japanese separators count too ("鶏もも肉、玉ねぎ"),
and so do the line breaks of a template printing one item a line ("Frühjahrsputz⏎Ehrenamt").
"""

from __future__ import annotations

import re

from agents.heuristics import values
from agents.heuristics.classtokens import class_words
from agents.heuristics.joinedlists import joined_list_split
from agents.heuristics.slots import Slot
from pipeline.core.showntext import LINE_BREAK, shown_lines

#: Words that say a value lists several things.
LIST_WORDS = frozenset(
    {
        "authors",
        "contributors",
        "creators",
        "writers",
        "directors",
        "artists",
        "cast",
        "tags",
        "keywords",
        "subjects",
        "categories",
        "genres",
        "topics",
        "skills",
        "languages",
        "platforms",
        "amenities",
        "ingredients",
        # The same plurals in the other languages pages are written in: "Langues parlées : Français, Anglais".
        *("langues", "auteurs", "compétences", "catégories", "étiquettes", "sujets", "thèmes", "équipements"),
        *("sprachen", "autoren", "kategorien", "schlagwörter", "themen", "kenntnisse", "fähigkeiten"),
        *("idiomas", "autores", "categorías", "etiquetas", "temas", "habilidades", "géneros", "línguas"),
        *("lingue", "autori", "categorie", "etichette", "argomenti", "competenze"),
        *("talen", "categorieën", "trefwoorden", "vaardigheden"),
        *("zutaten", "ingrédients", "ingredientes", "ingredienti", "ingrediënten"),
        # Chinese and Japanese have no plural: these nouns name what a page lists ("材料：鶏肉、玉ねぎ").
        *("材料", "食材", "タグ", "キーワード", "ジャンル", "カテゴリ", "カテゴリー"),
        *("标签", "標籤", "关键词", "關鍵詞", "分类", "分類", "类型", "類型"),
    }
)
#: Separators tried, the most telling first.
SEPARATORS = ("; ", ", ", " · ", " • ", " | ")
#: Words of scripts written without spaces between words (Han, kana): a space there parts two
#: items, "美国 英国", "剧情 爱情", where "United States" is one.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_WORDS = re.compile(f"^[{_UNSPACED}]+(?: [{_UNSPACED}]+)*$")
#: The separators of Chinese and Japanese lists, written without spaces ("鶏もも肉、玉ねぎ、にんじん"),
#: tried where the page calls the value a list: a "、" also parts the clauses of a sentence.
CJK_SEPARATORS = ("、", "，", "／", "・")
#: "ジョン・スミス", "オリーブ・オイル": a middle dot between the words of one foreign name or term.
_KATAKANA_WORDS = re.compile(r"^[\u30a0-\u30ff]+$")
#: Texts that must hold a separator before items recurring alone elsewhere prove it parts a list.
MIN_RECURRING_LISTS = 2
#: Share of records whose text the separator must part into two items or more.
MIN_LISTED_SHARE = 0.6
#: An item of a list is short: a name, a subject, a tag.
MAX_ITEM_WORDS = 6
MAX_ITEM_CHARS = 60
#: "Bechtold DA", "Ruiz-Ojeda FJ", "van der Berg J": a surname of up to three words, then initials.
_INITIALLED_NAME = re.compile(r"^[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2} [A-Z]{1,3}$")
#: Names some text must list before their shape proves a list ("Smith J, Doe A" may be a pair).
MIN_NAMES = 3
#: Share of the parts that must read as a surname and initials.
MIN_NAME_SHARE = 0.9


def list_split(slot: Slot, name: str) -> str | None:
    """The separator parting ``slot``'s texts into items, when the page calls them a list or when
    their items stand alone as the whole value of other records."""
    if slot.many or slot.attribute or slot.kind not in ("text", "tail"):
        return None
    texts = [t.strip().removesuffix(".") for t in slot.first_values()]
    called = (_called_list_split(texts) or line_list_split(slot)) if _called_a_list(slot, name) else None
    return called or joined_list_split(slot) or recurring_items_split(texts) or initialled_names_split(texts)


def recurring_items_split(texts: list[str]) -> str | None:
    """The separator of "Historic Sites • Churches & Cathedrals" where other records' whole value
    is "Churches & Cathedrals": a part that stands alone elsewhere is an item, whatever the class
    names say. Most texts holding the separator must have such a part, and those parts must come
    first in some texts and later in others: a list's items keep no place, while the parts of a
    line of two fields do ("12 Main St · Chicago" beside a record reading only "Chicago"). A
    title or an address with a separator keeps it: its parts are no one's whole value. A space
    parts items only in scripts that put none between words (``_UNSPACED_WORDS``). Texts written
    in sentence case ("Plombier, chauffagiste", "Débouchage, curage de canalisations": a capital
    first, small letters after each separator) are phrases a person copies whole, not items."""
    separators = (*SEPARATORS, " ") if all(_UNSPACED_WORDS.match(t) for t in texts) else SEPARATORS
    alone = {t.casefold() for t in texts if not any(s in t for s in separators)}
    for separator in separators:
        listed = [[i.strip() for i in t.split(separator)] for t in texts if separator in t]
        if len(listed) < MIN_RECURRING_LISTS or not all(_is_item(i) for parts in listed for i in parts):
            continue
        if all(_in_sentence_case(parts) for parts in listed):
            continue
        places = [[n for n, item in enumerate(parts) if item.casefold() in alone] for parts in listed]
        recurring = [found for found in places if found]
        if len(recurring) * 2 <= len(listed):
            continue
        if {n == 0 for found in recurring for n in found} == {True, False}:
            return separator
    return None


def _in_sentence_case(parts: list[str]) -> bool:
    """Whether a text's parts read as one phrase: a capital first, every later part in small letters."""
    return parts[0][:1].isupper() and all(p[:1].islower() for p in parts[1:])


def initialled_names_split(texts: list[str]) -> str | None:
    """ ", " for author lines of surnames and initials ("Flanagan A, Bechtold DA, Pot GK"): a list
    by its items' shape, whatever the class names say. Most texts must hold the separator, some
    must name three people or more, and nearly every part must be a surname with initials, so a
    title, an address or an inverted "Smith, John" is never split."""
    listed = [[p.strip() for p in t.split(", ")] for t in texts if ", " in t]
    if len(listed) < MIN_LISTED_SHARE * len(texts) or max((len(p) for p in listed), default=0) < MIN_NAMES:
        return None
    names = [bool(_INITIALLED_NAME.match(p)) for parts in listed for p in parts]
    return ", " if sum(names) >= MIN_NAME_SHARE * len(names) else None


def line_list_split(slot: Slot) -> str | None:
    """``LINE_BREAK`` for a list a template prints one item a line with only whitespace between,
    shown side by side ("Frühjahrsputz Ehrenamt"), in a slot the page calls a list. Most texts
    must break into two lines or more, every line a short item, and the lines must be the
    element's own text: items in child elements are several values already, or one phrase
    (a name in a first-name and a last-name span)."""
    if slot.strip_label or slot.text_after or slot.text_before:
        return None
    elements = [occ[0].element for occ in slot.per_record.values() if occ]
    if any(isinstance(child.tag, str) for element in elements for child in element):
        return None
    lines = [shown_lines(element).split(LINE_BREAK) for element in elements]
    listed = [parts for parts in lines if len(parts) > 1]
    if len(listed) < max(MIN_RECURRING_LISTS, MIN_LISTED_SHARE * len(lines)):
        return None
    return LINE_BREAK if all(_is_item(line) for parts in lines for line in parts) else None


def _called_list_split(texts: list[str]) -> str | None:
    """The separator parting most texts of a slot the page calls a list into short items."""
    for separator in SEPARATORS + CJK_SEPARATORS:
        listed = [t.split(separator) for t in texts if separator in t]
        if len(listed) < MIN_LISTED_SHARE * len(texts) or all(len(parts) == 2 for parts in listed):
            continue  # never more than two parts: "Surname, Given" names, not lists
        if separator == "・" and any(all(_KATAKANA_WORDS.match(p.strip()) for p in parts) for parts in listed):
            continue
        items = [i.strip() for parts in listed for i in parts]
        if all(_is_item(i) for i in items):
            return separator
    return None


def plural_name(name: str) -> str:
    """``author`` → ``authors``: the field now holds several."""
    return f"{name}s" if f"{name}s" in LIST_WORDS else name


def _called_a_list(slot: Slot, name: str) -> bool:
    element = slot.sample_element()
    words = class_words(element)
    words |= set(re.findall(r"[^\W\d_]+", (slot.label or "").lower()))
    # The plural must be the page's (or the name's): "Author: Lloyd, Christopher" is one name.
    return bool((words | {name}) & LIST_WORDS)


def _is_item(text: str) -> bool:
    return (
        0 < len(text) <= MAX_ITEM_CHARS
        and len(text.split()) <= MAX_ITEM_WORDS
        and not values.is_price(text)
        and not values.is_date(text)
    )
