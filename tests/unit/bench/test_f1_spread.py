"""How F1 spreads over a set of sites (``lossshape.spread``): whether a held-out figure is lost on a few sites
that fail outright or a little on every site, said without naming one."""

from __future__ import annotations

from tests.bench.lossshape import main_loss, spread
from tests.bench.scout_corpus import Score, SiteResult, report


def _score(f1: float, **lost: float) -> Score:
    return Score(0.0, 0.0, f1, 0.0, 10, 0.0, 1, 0, 0, loss_details=lost)


def test_sites_are_counted_by_band_with_what_each_band_costs_the_mean_and_its_main_losses() -> None:
    line = spread([(0.2, "missed_no_records"), (0.4, "add failed"), (0.8, "junk_columns"), (1.0, "none")])
    assert line == (
        "below 0.5: 2 sites costing 0.350 (missed_no_records 1, add failed 1); "
        "0.7-0.9: 1 sites costing 0.050 (junk_columns 1); 0.9 and up: 1 sites costing 0.000 (none 1)"
    )


def test_the_main_loss_is_the_kind_that_cost_most_values_on_either_side() -> None:
    assert main_loss({"no_column_absent": 4.0, "missed_first_page_only": 9.0}, {"junk_columns": 3.0}) == (
        "missed_first_page_only"
    )
    assert main_loss({"no_column_absent": 4.0}, {"junk_columns": 30.0}) == "junk_columns"
    assert main_loss({"no_column_absent": 0.0}, {"junk_columns": 0.0}) == "none"


def test_the_report_spreads_frozen_sites_apart_and_names_none() -> None:
    lost = _score(0.3, missed_first_page_only=20.0)
    held_out = [SiteResult("secret-site", "(held out)", True, lost, 1.0)]
    held_out.append(SiteResult("hidden-site", "(held out)", True, _score(0.0), 1.0, error="add exited 1: no records"))
    table = report(held_out)
    assert "How F1 spreads, frozen: below 0.5: 2 sites costing 0.850 (missed_first_page_only 1, add failed 1)" in table
    assert "secret" not in table and "hidden" not in table
