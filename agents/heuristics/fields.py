"""Turn the slots of a record template into named, typed ``FieldSpec`` objects.

Slots that say nothing about a record go first (constant links, buttons, badges: ``usefulslots``;
copies of the title or link); the title and the record's link are chosen; each remaining slot is named
(``fieldnames``), given a selector checked through the engine (``fieldcss``), and fields showing
the same values twice are merged (``dedupe``).
"""

from __future__ import annotations

from parsel import Selector

from agents.heuristics.actionslots import without_actions
from agents.heuristics.alternatives import joined_alternatives, joined_price_variants, useful_alt_texts
from agents.heuristics.cardidlinks import card_own_link
from agents.heuristics.cardlinks import title_named_by_link
from agents.heuristics.cardvariants import split_by_variant
from agents.heuristics.cartcontrols import without_cart_attributes
from agents.heuristics.classdepths import joined_class_depths
from agents.heuristics.classratings import without_class_ratings_beside_scores
from agents.heuristics.clockparts import without_datetime_copies
from agents.heuristics.closingstops import without_closing_stops
from agents.heuristics.companionlinks import without_companion_links
from agents.heuristics.compound import split_compounds
from agents.heuristics.dateleads import with_date_leads
from agents.heuristics.dateparts import joined_date_parts
from agents.heuristics.datetimepieces import clock_pieces
from agents.heuristics.dedupe import without_repeated_fields
from agents.heuristics.disclosedvalues import with_disclosed_values
from agents.heuristics.dom import HtmlElement
from agents.heuristics.droptrace import kept, narrowed, staged
from agents.heuristics.factlists import split_fact_lists
from agents.heuristics.fieldcss import best_selector, slot_reading
from agents.heuristics.fieldnames import FieldDraft, name_and_type
from agents.heuristics.flagslots import is_flag_list, joined_flags
from agents.heuristics.fullslots import rounded_or_exact, without_shown_date_copies
from agents.heuristics.gluedlinks import without_glued_marks
from agents.heuristics.hashtags import without_hash_marks
from agents.heuristics.hiddencaptions import wrapper_read_tails
from agents.heuristics.iconsources import without_icon_sources
from agents.heuristics.identifiers import IDENTIFIER_NAMES
from agents.heuristics.labelledlinks import labelled_links
from agents.heuristics.leadwords import wrapper_read_leads
from agents.heuristics.linkviews import without_link_views
from agents.heuristics.listpositions import without_positions
from agents.heuristics.listtexts import list_split, plural_name
from agents.heuristics.logonames import logo_names
from agents.heuristics.mainfields import has_tracking_query, main_link, main_title
from agents.heuristics.menulinks import without_menu_items
from agents.heuristics.mixedslots import split_mixed_slots
from agents.heuristics.namedmarks import without_echoed_marks
from agents.heuristics.names import unique_name
from agents.heuristics.othernames import with_other_names
from agents.heuristics.placedfacts import split_placed_facts
from agents.heuristics.pricegaps import price_gap_fillers
from agents.heuristics.priceranges import TOP_END_SUFFIX, range_start_name, tops_range
from agents.heuristics.recordidquery import query_names_record
from agents.heuristics.slots import Slot
from agents.heuristics.templateslots import collect_slots
from agents.heuristics.tinypictures import without_tiny_pictures
from agents.heuristics.tooltipdates import joined_tooltip_dates
from agents.heuristics.trackingquery import tracks_only
from agents.heuristics.unitparts import BASE_QUANTITY_NAME
from agents.heuristics.unixtimes import single_unix_times
from agents.heuristics.unlinkednames import with_unlinked_names
from agents.heuristics.usefulslots import is_useful, useless_reason
from agents.heuristics.valuetypes import type_from_values
from agents.heuristics.variantfields import with_alternatives_joined
from pipeline.core.schemas import FieldSpec

#: Records looked at to learn the template: enough to see optional slots, cheap to walk.
SLOT_SAMPLE = 30


def propose_fields(records: list[Selector], hints: dict[str, str] | None = None) -> list[FieldDraft]:
    """Named and typed fields for ``records`` (parsel selectors of the record containers).

    ``hints`` maps values known from structured data (JSON-LD) to the property naming them.
    """
    sample = records[:SLOT_SAMPLE]
    n, roots = len(sample), [r.root for r in sample]
    # Each step's drops are recorded by name when a bench asks (``droptrace``); the order is the rule's.
    found = staged(
        collect_slots(roots),
        ("variants split", lambda s: split_by_variant(s, roots)),
        ("disclosed values", with_disclosed_values),
        ("alternatives joined", lambda s: joined_alternatives(s, n)),
        ("other names", with_other_names),
        ("compounds split", split_compounds),
        ("mixed slots split", split_mixed_slots),
        ("fact lists split", split_fact_lists),
        ("placed facts split", split_placed_facts),
        ("wrapper tails", wrapper_read_tails),
        ("wrapper leads", wrapper_read_leads),
        ("flags joined", lambda s: joined_flags(s, n)),
        ("date parts joined", joined_date_parts),
        ("unix times", single_unix_times),
        ("unlinked names", with_unlinked_names),
        ("list positions", without_positions),
        ("class depths joined", lambda s: joined_class_depths(s, sample)),
    )
    gaps = price_gap_fillers(found, n)
    # A flag's words are fixed (see ``flagslots``): which cards show it is the datum; a written
    # score is the rating, not the class drawing its stars (``classratings``).
    useful = [s for s in found if is_flag_list(s) or is_useful(s, n) or id(s) in gaps]
    slots = staged(
        narrowed(lambda s: f"not useful: {useless_reason(s, n)}", found, useful),
        ("class ratings beside scores", without_class_ratings_beside_scores),
        ("echoed marks", lambda s: without_echoed_marks(s, n)),
        ("duplicates", _without_duplicates),
        ("alt texts", useful_alt_texts),
        ("icon sources", without_icon_sources),
        ("tiny pictures", without_tiny_pictures),
        ("logo names", logo_names),
        ("hash marks", without_hash_marks),
        ("glued marks", without_glued_marks),
        ("date leads", with_date_leads),
        ("closing stops", lambda s: without_closing_stops(s, roots)),
    )
    title = main_title(slots)
    link = main_link(slots, title)
    link = card_own_link(found, slots, link, roots) or link
    title_css = best_selector(sample, title) if title is not None else None
    if title_css is None and (named := title_named_by_link(link, slots)) is not None:
        # No readable title (none found, or none a selector reads on every card): the stretched
        # card link's aria-label says the headline.
        slots = narrowed("title read from the link", slots, [s for s in slots if s is not title] + [named])
        title, title_css = named, best_selector(sample, named)
    mains = [s for s in (title, link) if s is not None]
    slots = narrowed(
        "repeats the title or link", slots, mains + [s for s in slots if s not in mains and not _repeats(s, mains)]
    )
    labelled, label_css = labelled_links(slots, sample)
    slots = staged(
        narrowed("labelled links", slots, labelled),
        ("actions", lambda s: without_actions(s, mains)),
        ("cart controls", lambda s: without_cart_attributes(s, mains)),
        ("menu items", lambda s: without_menu_items(s, mains, roots)),
        ("other titles", lambda s: [x for x in s if x.kind != "title" or x is title]),
        ("price variants joined", lambda s: joined_price_variants(s, sample)),
    )
    dated, date_css = joined_tooltip_dates(slots, sample)
    slots = narrowed("tooltip dates joined", slots, dated)
    fixed_css = {**label_css, **date_css}  # selectors chosen with their slots
    taken: set[str] = set()
    drafts: list[FieldDraft] = []
    # Visible values name first, so a hidden copy (a meta tag) never takes the better name; a
    # range's top end after the price it closes, whose name it extends.
    for slot in sorted(slots, key=lambda s: (s not in mains, s.kind not in ("text", "src", "datetime"), tops_range(s))):
        if slot.part_name:  # "rank" before "1. Title": the part's place in the text names it
            name, field_type = slot.part_name, type_from_values(slot.first_values())
            if name in IDENTIFIER_NAMES or name == BASE_QUANTITY_NAME:
                field_type = "text"  # "2411.09690", "0306406152": a number would lose the zeros; "100 g" its unit
            if slot.kind == "href":
                field_type = "url"  # a labelled link's target: "[DOI]" leads to https://doi.org/…
        elif start := range_start_name(slot, [(d.spec.name, d.slot) for d in drafts if d.spec.type == "price"]):
            name, field_type = start + TOP_END_SUFFIX, "price"  # "8,90 € – 24,90 €": the range's top end
        else:
            name, field_type = name_and_type(slot, sample, title, link, hints or {}, drafts)
        css = title_css if slot is title else fixed_css.get(id(slot)) or best_selector(sample, slot)
        if css is None:
            continue
        split = list_split(slot, name) if field_type in ("text", "author", "tags") else None
        if split:
            name, field_type = plural_name(name), "tags"
        elif field_type == "tags" and not slot.many:
            field_type = "text"
        spec = FieldSpec(
            name=unique_name(name, taken),
            type=field_type,
            selector=css,
            **slot_reading(slot),
            split=split,
            drop_query=_drops_query(slot, link, [r.root for r in sample]),
            confidence=round(slot.coverage(len(sample)), 2),
        )
        drafts.append(FieldDraft(slot, spec))
    narrowed("no selector reads it", slots, drafts)
    position = {id(s): i for i, s in enumerate(slots)}
    drafts.sort(key=lambda d: position[id(d.slot)])
    drafts = narrowed("variant fields joined", drafts, with_alternatives_joined(drafts, sample))
    drafts = narrowed("repeated fields", drafts, without_repeated_fields(drafts, sample, {id(s) for s in mains}))
    drafts = narrowed("companion links", drafts, without_companion_links(drafts, mains))
    return kept(narrowed("link views", drafts, without_link_views(drafts, mains)))


def _drops_query(slot: Slot, link: Slot | None, roots: list[HtmlElement]) -> bool:
    """Whether the links of ``slot`` are read without their query: the record link's query only
    tracks the click (``has_tracking_query``) and names no id the record carries
    (``query_names_record``), or any link's query is made of tracking parameters."""
    if slot.kind != "href":
        return False
    hrefs = slot.first_values()
    if slot is link and has_tracking_query(hrefs) and not query_names_record(slot, roots):
        return True
    return tracks_only(hrefs, record_links=slot is link)


def _repeats(slot: Slot, mains: list[Slot]) -> bool:
    """Whether ``slot`` only repeats the title or the link (image link, truncated text copy)."""
    mine = {n: o[0].value for n, o in slot.per_record.items()}
    for main in mains:
        if main.key == slot.key and slot.kind == "text" and main.kind == "title":
            return True
        theirs = {n: o[0].value for n, o in main.per_record.items()}
        if slot.kind == main.kind and mine == theirs:
            return True
        if slot.kind == "href" == main.kind and all(
            v.split("#")[0] == theirs.get(n, "").split("#")[0] for n, v in mine.items()
        ):
            return True  # "Continue reading" to the same page, #more
    return False


def _without_duplicates(slots: list[Slot]) -> list[Slot]:
    """Drop a text slot repeating another's values (a time's text next to its datetime, alt texts)."""
    kept: list[Slot] = []
    seen: set[tuple[str, ...]] = set()
    # Visible text first: a data-* copy or a link's tooltip must not push out the text it copies
    # (a table's fund-name cell repeated in the ticker link's ``title``).
    for slot in sorted(slots, key=lambda s: (s.kind not in ("text", "title"), s.kind != "text")):
        signature = (str(slot.kind == "href"), *[occ[0].value for occ in slot.per_record.values()])
        if signature in seen and slot.kind in ("text", "title", "alt"):
            continue
        seen.add(signature)
        kept.append(slot)
    position = {id(s): i for i, s in enumerate(slots)}
    kept.sort(key=lambda s: position[id(s)])
    kept = without_shown_date_copies(without_datetime_copies(clock_pieces(kept)))
    kept = rounded_or_exact(kept)
    texts = {s.key for s in kept if s.kind == "text"}
    kept = [s for s in kept if not (s.kind == "content" and s.key in texts)]
    lists = [_joined(s) for s in kept if s.many]
    return [s for s in kept if not (s.kind == "content" and _joined(s, single=True) in lists)]


def _joined(slot: Slot, single: bool = False) -> dict[int, str]:
    """Per record, the slot's values as one comma-free string (a keywords meta vs its tag list)."""

    def squash(texts: list[str]) -> str:
        return "".join(t.replace(",", "").replace(" ", "") for t in texts)

    return {n: squash([occ[0].value] if single else [o.value for o in occ]) for n, occ in slot.per_record.items()}
