"""`sdp schema`, `sdp quality`, `sdp history`, `sdp label` and the export filters, as a user runs them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.e2e.conftest import assert_ok, assert_one_line_error, sdp
from tests.fakes.shop_site import catalogue, with_price, write_shop

# Twenty-odd CLI runs and two crawls: generous on a shared, busy machine.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

_OPTIONAL_ORIGIN = "sed -i 's/origin: {type: text, required: true/origin: {type: text, required: false/'"


@pytest.mark.long_variant("sqlite")
def test_schema_labels_quality_and_history_from_the_cli(database_url: str, site_dir: tuple[Path, str]) -> None:
    root, url = site_dir
    products = catalogue(20)
    write_shop(root, products)
    assert_ok(sdp("add", url, "--name", "shop"))

    schema = assert_ok(sdp("schema", "show", "shop", "--json")).json()
    assert schema["version"] == 1 and schema["created_by"] == "builder" and schema["natural_key"] == ["url"]
    assert schema["fields"]["price"] == {"type": "price", "required": True, "sensitive": False}
    assert schema["fields"]["origin"]["required"] is True

    # An edit is checked, then stored as a new version; a bad one stores nothing.
    assert (
        "Schema version 2 of shop stored (edited: origin)"
        in assert_ok(sdp("schema", "edit", "shop", env={"EDITOR": _OPTIONAL_ORIGIN})).out
    )
    bad_type = "sed -i 's/type: price/type: currency/'"
    assert_one_line_error(
        sdp("schema", "edit", "shop", env={"EDITOR": bad_type}), code=2, says="type 'currency' is unknown"
    )
    listing = assert_ok(sdp("schema", "history", "shop")).lines
    assert len(listing) == 3 and "edited: origin" in listing[2] and "inferred from version 1" in listing[1]

    # Labels on entities filter exports.
    first, second = sdp("export", "shop").json()[:2]
    assert first["labels"] == {}
    assert (
        "reviewed=yes, team=beans" in assert_ok(sdp("label", str(first["entity_id"]), "reviewed=yes", "team=beans")).out
    )
    assert_ok(sdp("label", str(second["entity_id"]), "reviewed=no"))
    reviewed = sdp("export", "shop", "--label", "reviewed=yes").json()
    assert [r["entity_id"] for r in reviewed] == [first["entity_id"]]
    assert reviewed[0]["labels"] == {"reviewed": "yes", "team": "beans"}
    assert len(sdp("export", "shop", "--label", "reviewed=no", "--label", "team=beans").json()) == 0
    assert_one_line_error(sdp("label", str(first["entity_id"]), "reviewed"), code=2, says="is not KEY=VALUE")
    assert_one_line_error(sdp("history", "999999"), code=2, says="No entity with id 999999")

    # The next run: one price changes, one origin disappears (now optional), one price becomes "Call us".
    changed = with_price(with_price(products, 3, "$99.00"), 5, "Call us")
    changed[7] = replace(changed[7], origin="")
    write_shop(root, changed)
    assert_ok(sdp("run", "--once", "--source", "shop"))

    report = assert_ok(sdp("quality", "shop", "--json")).json()
    latest, onboarding = report["runs"]
    assert report["success_rate"] == 1.0
    assert onboarding["records"] == 20 and onboarding["completeness"]["price"] == 1.0
    assert latest["records"] == 20 and latest["invalid"] == 1 and latest["anomalies"] == []
    assert latest["completeness"]["price"] == 0.95 and latest["completeness"]["origin"] == 0.95
    text = assert_ok(sdp("quality", "shop")).out
    assert "success rate 100%" in text and "price: required, but the page gave no price" in text

    kept_aside = sdp("export", "shop", "--invalid").json()
    assert len(kept_aside) == 1 and kept_aside[0]["data"]["title"] == "Bean number 05"
    assert kept_aside[0]["reasons"] == ["price: required, but the page gave no price (empty or unreadable)"]
    records = {r["data"]["title"]: r for r in sdp("export", "shop").json()}
    assert records["Bean number 05"]["data"]["price"] == {
        "amount": 12.5,
        "currency": "USD",
    }  # Silver kept the last valid
    assert records["Bean number 07"]["data"]["origin"] is None

    changes = assert_ok(sdp("history", str(records["Bean number 03"]["entity_id"]))).out
    assert "revision 2" in changes and "changed price" in changes and '"amount": 11.5' in changes
    assert "No change since it was first seen" in sdp("history", str(records["Bean number 04"]["entity_id"])).out

    status = assert_ok(sdp("status")).out
    assert "quality: 20 records, 98% complete, 1 invalid, 0 duplicates" in status
