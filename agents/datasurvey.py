"""The data behind a page: the record list its scripts carry, the JSON endpoint they call, or — last
resort — what Chromium shows once the scripts have run (agents.survey weighs it against the markup).
"""

from __future__ import annotations

from parsel import Selector

from agents.cursorprobe import cursor_pagination
from agents.fetch import FetchedPage, Fetcher
from agents.heuristics.identity import natural_key
from agents.heuristics.pagination import find_pagination
from agents.heuristics.titledrecords import holds_titles
from agents.heuristics.urlpaging import url_pagination
from agents.jsonscout import JsonCandidate, endpoint_candidate, endpoint_urls, script_candidates, shown_text
from agents.jsonshown import drawn_by_script, shown_candidate
from agents.namedjson import named_json_files
from agents.scout import analyze_page
from agents.sidestate import names_side_state
from agents.valuechoices import choice_pagination
from pipeline.core.exceptions import ConfigurationError, FetchFailed
from pipeline.core.extract import Record, extract_records
from pipeline.core.schemas import PageProfile, ScraperSpec


def json_profile(page: FetchedPage, fetcher: Fetcher, bundles: list[str], html: Selector) -> PageProfile | None:
    """Records the page carries as JSON: in its scripts, else from an endpoint its scripts call; a list
    an app keeps beside the page's own (a menu tree, items viewed before) comes last. ``html``: the
    page as already parsed; ``bundles``: its app bundles' code, which may name the endpoint."""
    url = page.final_url
    candidates = script_candidates(page.body, url)
    side = [c for c in candidates if names_side_state(c.source.records_path)]
    for scripted in (c for c in candidates if c not in side):
        if (profile := _script_profile(page, fetcher, html, scripted)) is not None:
            return profile
    shown: str | None = None  # what the page shows, read once for every endpoint tried
    for endpoint in endpoint_urls(page.body, url, bundles):
        shown = shown_text(html) if shown is None else shown
        if (profile := _endpoint_profile(page, fetcher, html, shown, endpoint, bundles)) is not None:
            return profile
    for scripted in side:
        if (profile := _script_profile(page, fetcher, html, scripted)) is not None:
            return profile
    return None


def named_file_profile(page: FetchedPage, fetcher: Fetcher, html: Selector, bundles: list[str]) -> PageProfile | None:
    """The list read from a JSON file the page names on its own host (``agents.namedjson``), for a
    page whose markup holds no records and whose scripts may never run: a file whose records each
    carry a title, not the app's settings, translations or menu (``heuristics.titledrecords``)."""
    shown = shown_text(html)
    for named in named_json_files(html, page.final_url):
        profile = _endpoint_profile(page, fetcher, html, shown, named, bundles, min_fields=1)
        source = profile.spec.json_source if profile is not None else None
        if profile is None or source is None or names_side_state(source.records_path):
            continue
        if holds_titles(list(profile.sample_records)):
            note = f"records read from {named}, the JSON file the page names (its markup holds no records)"
            return profile.model_copy(update={"notes": (note,)})
    return None


def rendered_profile(page: FetchedPage, fetcher: Fetcher, bundles: list[str]) -> PageProfile | None:
    """Last resort: let Chromium run the page's scripts, then read the JSON it fetched or what it shows."""
    rendered = fetcher.render(page.final_url)
    shell = Selector(text=page.text, base_url=page.final_url, type="html")
    shown = shown_text(Selector(text=rendered.text, base_url=rendered.final_url, type="html"))
    for endpoint, body in rendered.json_responses:
        found = endpoint_candidate(body, endpoint, shown)  # what the rendered page shows ranks the leaves
        if found is None:
            continue
        found = shown_candidate(found, body, shell, rendered.final_url, rendered.text)
        spec = ScraperSpec(start_url=page.url, fields=found.fields, json_source=found.source)
        records = extract_records(body, endpoint, spec)
        if records:
            pagination = url_pagination(endpoint, len(records))
            if pagination.kind == "none":
                pagination = cursor_pagination(body, endpoint, spec, fetcher, _scripts(shell) + bundles) or pagination
            spec = spec.model_copy(update={"pagination": pagination})
            note = f"records read from {endpoint}, which the page calls while rendering (no browser needed)"
            return data_profile(page, unique_key(spec, records), records, note)
    try:
        profile = analyze_page(rendered.body, rendered.final_url)
    except ValueError:
        return None
    spec = profile.spec.model_copy(update={"render": "browser"})
    return profile.model_copy(
        update={
            "spec": spec,
            "notes": (*profile.notes, "the records appear only once JavaScript has run: crawled with Chromium"),
        }
    )


def rendered_text(fetcher: Fetcher, url: str) -> str | None:
    """The page's DOM once Chromium ran its scripts, or None when it could not."""
    try:
        return fetcher.render(url).text
    except (FetchFailed, ConfigurationError):
        return None


def data_profile(page: FetchedPage, spec: ScraperSpec, records: list[Record], note: str) -> PageProfile:
    """The profile of ``page`` read by ``spec``: its title, the first records and how they were found."""
    title = Selector(text=page.text, type="html").css("title::text").get(default="").strip()
    return PageProfile(
        url=page.url,
        final_url=page.final_url,
        title=title,
        spec=spec,
        sample_records=tuple(records[:10]),
        record_count=len(records),
        notes=(note,),
    )


def unique_key(spec: ScraperSpec, records: list[Record]) -> ScraperSpec:
    """Key on the first field whose values tell every sample record apart (else: fingerprints)."""
    return spec.model_copy(update={"key_fields": natural_key(spec.fields, records, types=None)})


def _script_profile(page: FetchedPage, fetcher: Fetcher, html: Selector, scripted: JsonCandidate) -> PageProfile | None:
    """The page's records read from one record list in its scripts, paged as its markup pages; None
    when the list gives no record."""
    url = page.final_url
    candidate = shown_candidate(scripted, page.body, html, url)
    if drawn_by_script(candidate, page.body, html):  # the links exist only once the cards are drawn
        candidate = shown_candidate(scripted, page.body, html, url, rendered_text(fetcher, url))
    spec = ScraperSpec(start_url=url, fields=candidate.fields, json_source=candidate.source)
    records = extract_records(page.body, url, spec)
    if not records:
        return None
    # A page that is itself JSON (its endpoint, added directly) pages by its own URL.
    itself = candidate.source.location == "endpoint"
    pagination = url_pagination(url, len(records)) if itself else find_pagination(html, url).spec
    if itself and pagination.kind == "none":
        pagination = cursor_pagination(page.body, url, spec, fetcher) or pagination
    spec = unique_key(spec.model_copy(update={"pagination": pagination}), records)
    held = "a data attribute" if "::attr(" in (candidate.source.script_selector or "") else "a <script>"
    note = f"records read from JSON in {held} ({candidate.source.records_path}), not from the markup"
    return data_profile(page, spec, records, note)


def _endpoint_profile(
    page: FetchedPage,
    fetcher: Fetcher,
    html: Selector,
    shown: str,
    endpoint: str,
    bundles: list[str],
    min_fields: int = 2,
) -> PageProfile | None:
    """The page's records read from an endpoint its scripts call (one fetch), paged by the endpoint's
    own parameters or cursor; None when it answers no record list. ``shown``: the page's shown text."""
    url = page.final_url
    try:
        answer = fetcher.fetch(endpoint)
    except FetchFailed:
        return None
    found = endpoint_candidate(answer.body, answer.final_url, shown, min_fields)
    if found is None:
        return None
    candidate = shown_candidate(found, answer.body, html, url)
    if drawn_by_script(candidate, answer.body, html):
        candidate = shown_candidate(found, answer.body, html, url, rendered_text(fetcher, url))
    spec = ScraperSpec(start_url=url, fields=candidate.fields, json_source=candidate.source)
    records = extract_records(answer.body, answer.final_url, spec)
    if not records:
        return None
    choices = choice_pagination(html, answer.final_url)
    pagination = choices or url_pagination(answer.final_url, len(records))
    if pagination.kind == "none":
        tokened = cursor_pagination(answer.body, answer.final_url, spec, fetcher, _scripts(html) + bundles)
        pagination = tokened or pagination
    spec = unique_key(spec.model_copy(update={"pagination": pagination}), records)
    return data_profile(page, spec, records, f"records read from the JSON endpoint {answer.final_url}")


def _scripts(page: Selector) -> list[str]:
    """The page's inline code, which may name the parameter a cursor goes back as."""
    return [text for text in page.css("script:not([src])").xpath("string()").getall() if text.strip()]
