"""The Scout's whole look at a URL: the markup (agents.scout) and the data behind it (agents.datasurvey).

A page rendered by JavaScript shows little in its HTML; when its records can be had as data
(inline script or JSON endpoint) that data is used, with no browser needed.
"""

from __future__ import annotations

from typing import cast

from parsel import Selector

from agents.bundles import bundle_texts
from agents.clickprobe import clicked_pages
from agents.datasurvey import (
    data_profile,
    json_profile,
    named_file_profile,
    rendered_profile,
    rendered_text,
    unique_key,
)
from agents.designchoice import (
    in_side_state,
    markup_wins,
    never_shows_data,
    pages_where_data_does_not,
    shows_another_list,
)
from agents.detailmerge import merge_entity
from agents.endpointpageprobe import endpoint_pages
from agents.fetch import FetchedPage, Fetcher, PageStore
from agents.formprobe import refused_post_form
from agents.framesurvey import MAX_FRAME_DEPTH, Surveyed, beside_frame, framed_profile, says_only_chrome
from agents.heuristics.appshell import is_app_shell
from agents.heuristics.dom import HtmlElement
from agents.heuristics.pagerrefusals import why_no_pager
from agents.heuristics.sidelists import side_list_block
from agents.heuristics.unshown import reads_only_unshown
from agents.jsonld import jsonld_candidates
from agents.jsonmatch import markup_candidate
from agents.jsonpaired import paired_dates
from agents.jsonscout import shown_text
from agents.markednextprobe import marked_next_pages
from agents.pageprobe import json_pages, probe_param_pages
from agents.periodprobe import backward_pages
from agents.probeprotocol import PageProbe
from agents.renderedpages import rendered_pages
from agents.scout import analyze_page
from agents.steplinkprobe import step_link_pages
from config.settings import Settings
from pipeline.core.exceptions import ConfigurationError, FetchFailed, NoRecordsFound
from pipeline.core.extract import Record, extract_records, make_selector, record_key
from pipeline.core.pagingspec import PaginationSpec
from pipeline.core.schemas import PageProfile, ScraperSpec


def scout_url(url: str, *, source_name: str, settings: Settings, store: PageStore | None = None) -> PageProfile:
    """Fetch ``url`` and profile it; with an LLM configured, let it improve the field names.

    With a ``store``, the pages fetched are kept there for the next steps of the run.
    """
    with Fetcher(settings.crawl, store=store) as fetcher:
        page = fetcher.fetch(url)
        profile, shown = surveyed(page, fetcher)
        if shown is not page:  # the records are in the page's iframe: crawled from the frame's URL
            page, url = shown, shown.url
        profile = profile.model_copy(update={"url": url, "final_url": page.final_url})
        profile = probed_pages(page, profile, fetcher)
        profile = followed_json(page, profile, fetcher) or profile
    if settings.llm.provider == "offline":
        return profile
    from agents.llm.naming import improve_field_names  # noqa: PLC0415 - LangChain loads only when configured

    return improve_field_names(profile, settings.llm, source_name=source_name)


#: The ways to the next page only asking the site shows, in the order asked: each asks only while
#: the list has no way on (``backward_pages`` also replaces a next link that leads nowhere).
PAGE_PROBES: tuple[PageProbe, ...] = (
    probe_param_pages,
    clicked_pages,  # a rendered list's pager as its script drives it
    step_link_pages,
    marked_next_pages,  # a link marked "next" off the list's path
    endpoint_pages,  # an endpoint's records, paged as the page's pager is
    backward_pages,  # a calendar's records behind "Previous"
)


def probed_pages(page: FetchedPage, profile: PageProfile, fetcher: Fetcher) -> PageProfile:
    """``profile`` with the way to its next pages that only asking the site shows: a POST pager form,
    "load more", page buttons and infinite scroll that name no URL, a plain link to page 2 no finder
    read, a link marked "next" off the list's path, a calendar's records behind "Previous"."""
    # the first page's records, when the sample holds them all
    complete = profile.record_count == len(profile.sample_records)
    known = cast("list[Record]", list(profile.sample_records)) if complete else None
    refused = refused_post_form(page, profile.spec, fetcher, known)
    if refused is not None:  # a POST pager form whose GET URL answers no new records: still no pages
        spec = profile.spec.model_copy(update={"pagination": refused.spec})
        profile = profile.model_copy(update={"spec": spec, "notes": (*profile.notes, refused.note)})
    refusals: list[str] = []  # what a probe fetched and turned down, and why (``pagerrefusals``)
    for probe in PAGE_PROBES:
        probed = probe(page, profile.spec, fetcher, known, refusals=refusals)
        if probed is not None:
            profile = _paged_by(profile, probed.spec, probed.note)
    if refusals:
        profile = profile.model_copy(update={"notes": (*profile.notes, *refusals)})
    profile = rendered_pages(page, profile, fetcher) or profile  # an endpoint its pager could not move
    return _said_unpaged(page, profile)


def _said_unpaged(page: FetchedPage, profile: PageProfile) -> PageProfile:
    """``profile`` with a note on why its list has no next page, when nothing said so yet: a list
    read from JSON is given the markup's pager or none, and the reader is told which and why."""
    spec = profile.spec
    if spec.mode != "list" or spec.pagination.kind != "none" or any(n.startswith("pagination:") for n in profile.notes):
        return profile
    html = make_selector(page.body, page.final_url)
    if html.type != "html":
        return profile
    said = why_no_pager(html, page.final_url, spec.record_selector if spec.json_source is None else "")
    return profile.model_copy(update={"notes": (*profile.notes, *said)})


def _paged_by(profile: PageProfile, pagination: PaginationSpec, note: str) -> PageProfile:
    """``profile`` paged by ``pagination``; an earlier "pagination: none" verdict no longer holds, so its
    note goes (the candidates it turned down stay: they say what was not taken)."""
    spec = profile.spec.model_copy(update={"pagination": pagination})
    notes = tuple(n for n in profile.notes if not n.startswith("pagination: none"))
    return profile.model_copy(update={"spec": spec, "notes": (*notes, note)})


def survey_page(page: FetchedPage, fetcher: Fetcher) -> PageProfile:
    """The best profile of ``page``: its markup, or the JSON data it carries or calls for."""
    return surveyed(page, fetcher)[0]


def surveyed(page: FetchedPage, fetcher: Fetcher, depth: int = 0) -> Surveyed:
    """``survey_page``, and the page read: ``page``, or the document of the iframe that is all
    its content when it lists no records of its own."""
    try:
        markup: PageProfile | None = analyze_page(page.text, page.final_url)
    except ValueError as exc:
        markup, markup_error = None, str(exc)
    else:
        markup_error = ""
    if (markup is None or says_only_chrome(markup)) and depth < MAX_FRAME_DEPTH:
        framed = framed_profile(page, fetcher, lambda inner: surveyed(inner, fetcher, depth + 1))
        if framed is not None and framed[0].spec.mode != "list":
            markup = markup or beside_frame(page)  # one entity framed: a widget (a video), the page's own first
        if framed is not None and (framed[0].spec.mode == "list" or markup is None):
            return framed
    return _surveyed_markup(page, fetcher, markup, markup_error), page


def _surveyed_markup(page: FetchedPage, fetcher: Fetcher, markup: PageProfile | None, markup_error: str) -> PageProfile:
    """The best profile of ``page`` given what its markup shows (``markup``, None when nothing)."""
    entity = _jsonld_profile(page)
    if entity is not None and _structured_wins(entity, markup):
        # Structured data, complete where the markup is not; what only the markup shows is added.
        merged = merge_entity(entity, markup, page.text, entity_leads=True) if markup is not None else None
        return merged or entity
    if entity is not None and markup is not None and markup.spec.mode == "detail":
        return merge_entity(entity, markup, page.text, entity_leads=False) or markup
    html = Selector(text=page.text, base_url=page.final_url, type="html")
    # A rail of other items is no list of the page's own: the records may be in the data it fetches,
    # or the page is the one entity its JSON-LD declares ("You may also like" under a product).
    side = side_list_block(html, markup) if markup is not None else None
    beside = [side] if side is not None else []
    shell_meta = markup if markup is not None and _app_shell_meta(markup, html, beside) else None
    if shell_meta is not None:
        markup = None  # the site's name and logo, or a rail beside the app, not what the scripts will show
    # An app shell's endpoint (and the parameter its cursor goes back as) is written in its bundle.
    bundles = bundle_texts(html, page.final_url, fetcher) if markup is None and is_app_shell(html, beside) else []
    data = json_profile(page, fetcher, bundles, html)
    if entity is not None and markup is not None and side is not None and (data is None or in_side_state(data)):
        return entity  # the markup lists only a rail of other items, the scripts no records of the page's
    if markup is not None and side is not None and (data is None or in_side_state(data)):
        return _rendered_beside_rail(page, fetcher, bundles, markup)  # nor an entity: the records come later
    # An app's side state (a menu tree, items viewed before) is read only when nothing else is: a page
    # that shows nothing of its own may show its records once Chromium has run its scripts.
    if markup is None and (data is None or in_side_state(data)):
        # A data file the page names is read before Chromium runs scripts that may never load.
        named = named_file_profile(page, fetcher, html, bundles)
        return named or _rendered_first(page, fetcher, bundles, data, shell_meta, markup_error)
    if data is None:
        assert markup is not None
        return markup
    own = markup if side is None else None  # a rail of other items never wins over data...
    if own is not None and (markup_wins(own, data) or pages_where_data_does_not(own, data)):
        return paired_dates(own, data, page.text)  # a timestamp the cards lack, from the data beside them
    if markup is not None and shows_another_list(markup, data):
        return markup  # ...but an app's side state (a menu tree) is never the page's records, rail or not
    if own is not None and _state_never_shown(own, data, html, fetcher, page.final_url):
        return own  # an app's state (items viewed before, a catalogue), not what the page is about
    return data


def _rendered_first(
    page: FetchedPage,
    fetcher: Fetcher,
    bundles: list[str],
    data: PageProfile | None,
    shell_meta: PageProfile | None,
    markup_error: str,
) -> PageProfile:
    """What Chromium shows of a page whose markup shows nothing of its own; failing that, ``data`` (an
    app's side state), then the shell's meta tags (``shell_meta``)."""
    try:
        rendered = rendered_profile(page, fetcher, bundles)
    except (FetchFailed, ConfigurationError):  # the page would not render, or no Chromium is set up
        if shell_meta is None and data is None:
            raise
        rendered = None  # the side state or the meta tags are still better than nothing
    if rendered is not None:
        return rendered
    if data is not None:
        return data
    if shell_meta is not None:
        return shell_meta
    raise NoRecordsFound(markup_error or f"No repeated records found on {page.final_url}.")


def _rendered_beside_rail(page: FetchedPage, fetcher: Fetcher, bundles: list[str], rail: PageProfile) -> PageProfile:
    """What Chromium shows of a page whose markup lists only a rail of other items (``rail``) and whose
    scripts hold no records of its own: a page whose records a script fetches once it runs; the rail
    stays when the page renders nothing else."""
    try:
        rendered = rendered_profile(page, fetcher, bundles)
    except (FetchFailed, ConfigurationError):  # the page would not render, or no Chromium is set up
        return rail
    if rendered is None or rendered.spec.record_selector == rail.spec.record_selector:
        return rail
    return rendered


#: A text this long is an article's body or a product's description, not a label.
MIN_BODY_CHARS = 200


def _structured_wins(entity: PageProfile, markup: PageProfile | None) -> bool:
    """JSON-LD describes the page's entity at least as fully as its markup does.

    News sites' JSON-LD names the headline, date and author but seldom carries the article itself:
    where it has no text of its own and the markup shows the body, what the reader came for wins.
    """
    if markup is None:
        return True
    if markup.spec.mode != "detail" or len(entity.spec.fields) < len(markup.spec.fields):
        return False
    has_own_text = any(f.name in ("description", "text") for f in entity.spec.fields)
    shown = markup.sample_records[0] if markup.sample_records else {}
    return has_own_text or not any(isinstance(v, str) and len(v) >= MIN_BODY_CHARS for v in shown.values())


def _app_shell_meta(markup: PageProfile, html: Selector, beside: list[HtmlElement]) -> bool:
    """``markup`` reads nothing but the head's meta tags, the rail of other items ``beside`` the app,
    or a block the browser never draws (an "incompatible browser" alert its script shows on an
    error), of a page whose body is an app shell."""
    fields = markup.spec.fields
    from_meta = all(f.attribute == "content" and f.selector.startswith("meta[") for f in fields)
    unshown = not from_meta and reads_only_unshown(html, markup.spec)
    return (bool(beside) or (bool(fields) and from_meta) or unshown) and is_app_shell(html, beside)


def followed_json(page: FetchedPage, markup: PageProfile, fetcher: Fetcher) -> PageProfile | None:
    """The markup's records read from the JSON its "load more" (or next link) fetches, from the
    endpoint's first page on, when that page holds every record the markup shows.

    The markup's selectors find nothing in JSON, so a crawl following the button stops after the
    first page; reading the endpoint from its first page instead keeps the page's records (once)
    and reaches the rest, under the markup's field names.
    """
    pages = json_pages(page, markup.spec, fetcher)
    if pages is None or not markup.sample_records:
        return None
    first, shown = pages.first, cast("list[Record]", list(markup.sample_records))
    found = markup_candidate(first.body, first.final_url, markup.spec.fields, shown)
    if found is None:
        return None
    spec = ScraperSpec(
        start_url=markup.spec.start_url, fields=found.fields, json_source=found.source, pagination=pages.pagination
    )
    records = extract_records(first.body, first.final_url, spec)
    following = extract_records(pages.following.body, pages.following.final_url, spec)
    seen = {record_key(r, spec) for r in records}
    if len(records) < markup.record_count or not any(record_key(r, spec) not in seen for r in following):
        return None  # fewer records than the page shows, or a target that brings nothing new
    spec = unique_key(spec, records + following)
    note = (
        f"records read from the JSON endpoint {first.final_url} (what the page's 'load more' fetches), "
        f"paged by ?{pages.pagination.param}= from its first page, which holds the page's own records"
    )
    profile = data_profile(page, spec, records, note)
    return profile.model_copy(update={"url": markup.url, "final_url": markup.final_url, "notes": (*markup.notes, note)})


def _jsonld_profile(page: FetchedPage) -> PageProfile | None:
    url = page.final_url
    for candidate in jsonld_candidates(page.text, url):
        spec = ScraperSpec(start_url=url, mode="detail", fields=candidate.fields, json_source=candidate.source)
        records = extract_records(page.text, url, spec)
        if records:
            note = "the page's main entity read from its JSON-LD (schema.org), complete where the markup is not"
            return data_profile(page, spec, records, note)
    return None


def _state_never_shown(markup: PageProfile, data: PageProfile, html: Selector, fetcher: Fetcher, url: str) -> bool:
    """``data`` sits in a script of the page, which shows none of its records, not even once Chromium
    has run the scripts (asked only then, one render; unknown without a browser, so the data stays)."""
    if not never_shows_data(markup, data, shown_text(html)):
        return False
    rendered = rendered_text(fetcher, url)
    return rendered is not None and never_shows_data(markup, data, shown_text(Selector(text=rendered, type="html")))
