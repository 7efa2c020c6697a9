"""The Scout's notes travel with the version it built: stored in the version's audit event and printed by
``sdp show`` under ``notes:`` (control characters of a quoted page removed); a version made without notes
(by hand, by the Doctor) prints none."""

from __future__ import annotations

from click.testing import CliRunner

from agents.codegen import render_spider
from pipeline.cli.main import cli
from pipeline.core import registry
from pipeline.core.db.engine import session_scope
from pipeline.core.db.models import ScraperVersion
from pipeline.core.schemas import FieldSpec, PageProfile, ScraperSpec
from pipeline.core.sources import create_source, get_source
from pipeline.core.taskstate import new_run_id
from tests.conftest import Site
from workers import onboarding

SPEC = ScraperSpec(start_url="http://shop.test/", record_selector="li", fields=(FieldSpec(name="title", selector="a"),))
NOTES = (
    "pagination: none [scripted] no candidate was taken",
    "pagination: refused [page2-repeats] http://shop.test/?page=2\x1b[31m: page 2 repeats page 1's records",
)


def test_show_prints_the_scouts_notes_of_the_version_shown(database_url: str) -> None:
    with session_scope() as session:
        source = create_source(session, url="http://shop.test/", name="shop")
        first = registry.add_version(
            session, source, code=render_spider("shop", SPEC), spec=SPEC, actor="builder", reason="t", notes=NOTES
        )
        registry.promote(session, first, actor="t")
        registry.add_version(session, source, code=render_spider("shop", SPEC), spec=SPEC, actor="cli", reason="e")
    with session_scope() as session:
        source = get_source(session, "shop")
        assert registry.version_notes(session, source.versions[0]) == list(NOTES)
        assert registry.version_notes(session, source.versions[1]) == []
    shown = CliRunner().invoke(cli, ["show", "shop"], catch_exceptions=False).stdout
    lines = shown.splitlines()
    assert lines[lines.index("  notes:") - 1].startswith("  pagination: none")
    assert "    - pagination: none [scripted] no candidate was taken" in lines
    assert "\x1b" not in shown and "[page2-repeats]" in shown
    later = CliRunner().invoke(cli, ["show", "shop", "--version", "2"], catch_exceptions=False).stdout
    assert "notes:" not in later


def test_the_onboarding_build_stores_the_scouts_notes_with_the_version(database_url: str, demo_site: Site) -> None:
    # the worker's build step is the only production path to add_version(notes=...)
    with session_scope() as session:
        source_id = create_source(session, url=demo_site.url, name="demo").id
    run_id = new_run_id()
    notes = PageProfile.model_validate(onboarding.scout(source_id, run_id)["profile"]).notes
    assert notes  # the demo site's profile says why it chose its pagination
    version_id = onboarding.build(source_id, run_id)["version_id"]
    with session_scope() as session:
        version = session.get(ScraperVersion, version_id)
        assert version is not None
        assert registry.version_notes(session, version) == list(notes)
