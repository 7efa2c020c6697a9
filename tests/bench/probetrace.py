"""What the Scout's probes for page 2 did, and where ``survey._said_unpaged`` stopped: in process, in shape only.

``pagingshape`` counts lists read on their first page only by the Scout's pagination note, ``no note`` when it
left none. This runs the Scout's survey of the start page in process (``agents.survey.scout_url``, offline) with
its probes and ``_said_unpaged`` watched, and says (codes and counts, no value, address or site):

* ``probed_pages reached`` or ``not reached``, and the mode and pager kind the survey chose;
* each probe of ``probed_pages`` that answered (``step_link_pages gave a pager``) or added a refusal (its code), and
  then what each address it asked answered (``page2why``: ``?‹page›=N: status 404``, ``same as page 1``…);
* ``_said_unpaged``: the early return that applied — ``not a list``, ``paged by <kind>``, ``a pagination note
  already`` (its code), ``not HTML (<type>)`` — or ``why_no_pager said N notes`` (their codes, ``json_source``
  set or not);
* ``pagination notes kept: <codes>`` at the end, so that a note dropped later shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Any
from unittest import mock

import agents.survey as survey
from agents.heuristics.pagerrefusals import why_no_pager
from pipeline.core.extract import make_selector
from pipeline.core.schemas import PageProfile
from tests.bench.page2why import RecordingFetcher, asked_line

#: What ``probed_pages`` calls by its name in ``agents.survey``, besides its ``PAGE_PROBES``.
CALLED_BY_NAME = ("refused_post_form", "rendered_pages")
_CODE = re.compile(r"pagination: (?:none|refused) \[([a-z0-9-]+)\]")


def codes(notes: tuple[str, ...] | list[str]) -> list[str]:
    """The codes of the pagination notes among ``notes`` (``pagination: none [code]``), or ``pagination`` for one
    without a code."""
    found = []
    for note in notes:
        if note.startswith("pagination:"):
            match = _CODE.match(note)
            found.append(match[1] if match else "uncoded")
    return found


@dataclass
class Trace:
    """What the watched survey did."""

    reached: bool = False
    probes: list[str] = field(default_factory=list)
    unpaged: str = ""


@contextmanager
def tracing() -> Iterator[Trace]:
    """Watch ``agents.survey``'s probes and ``_said_unpaged`` while the block runs."""
    trace = Trace()
    with ExitStack() as stack:
        for name in CALLED_BY_NAME:
            stack.enter_context(mock.patch.object(survey, name, _watched(name, getattr(survey, name), trace)))
        watched = tuple(_watched(probe.__name__, probe, trace) for probe in survey.PAGE_PROBES)
        stack.enter_context(mock.patch.object(survey, "PAGE_PROBES", watched))
        reach = survey.probed_pages

        def reached(*args: Any, **kwargs: Any) -> PageProfile:
            trace.reached = True
            return reach(*args, **kwargs)

        stack.enter_context(mock.patch.object(survey, "probed_pages", reached))
        said = survey._said_unpaged

        def unpaged(page: Any, profile: PageProfile) -> PageProfile:
            trace.unpaged = unpaged_step(page, profile)
            return said(page, profile)

        stack.enter_context(mock.patch.object(survey, "_said_unpaged", unpaged))
        yield trace


def _watched(name: str, probe: Callable[..., Any], trace: Trace) -> Callable[..., Any]:
    def watched(*args: Any, **kwargs: Any) -> Any:
        refusals = kwargs.get("refusals")
        before = len(refusals) if refusals is not None else 0
        recording = RecordingFetcher(args[2]) if len(args) > 2 else None  # (page, spec, fetcher, known)
        if recording is not None:
            args = (*args[:2], recording, *args[3:])
        answer = probe(*args, **kwargs)
        if answer is not None:
            trace.probes.append(f"{name} gave {'a profile' if isinstance(answer, PageProfile) else 'a pager'}")
        if refusals is not None and len(refusals) > before:
            said = f"{name} refused [{', '.join(codes(refusals[before:])) or 'uncoded'}]"
            asked = asked_line(args[1], args[0], recording.asked) if recording is not None else ""
            trace.probes.append(f"{said} (page 2 asked: {asked})" if asked else said)
        return answer

    return watched


def unpaged_step(page: Any, profile: PageProfile) -> str:
    """Which return of ``_said_unpaged`` applies to ``profile``, in its order (see the module docstring)."""
    spec = profile.spec
    if spec.mode != "list":
        return f"not a list ({spec.mode})"
    if spec.pagination.kind != "none":
        return f"paged by {spec.pagination.kind}"
    if said := codes(profile.notes):
        return f"a pagination note already [{', '.join(said)}]"
    html = make_selector(page.body, page.final_url)
    if html.type != "html":
        return f"not HTML ({html.type})"
    notes = why_no_pager(html, page.final_url, spec.record_selector if spec.json_source is None else "")
    json_source = "json_source set" if spec.json_source is not None else "no json_source"
    return f"why_no_pager said {len(notes)} notes [{', '.join(codes(notes))}], {json_source}"


def survey_trace(url: str) -> str:
    """The survey of ``url`` run in process (offline, no delay), watched: one line of codes and counts."""
    from config.settings import CrawlSettings, Settings

    settings = Settings(crawl=CrawlSettings(download_delay_s=0))
    settings = settings.model_copy(update={"llm": settings.llm.model_copy(update={"provider": "offline"})})
    with tracing() as trace:
        try:
            profile = survey.scout_url(url, source_name="bench", settings=settings)
        except Exception as exc:  # any failure is a shape too
            return f"survey failed ({type(exc).__name__})"
    kept = codes(profile.notes)
    return (
        f"{'probed_pages reached' if trace.reached else 'probed_pages not reached'}, mode {profile.spec.mode}, pager "
        f"{profile.spec.pagination.kind}; probes: {'; '.join(trace.probes) or 'none answered'}; _said_unpaged: "
        f"{trace.unpaged or 'not called'}; pagination notes kept: {', '.join(kept) or 'none'}"
    )
