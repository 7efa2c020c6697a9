"""The Scout on a hotel's page of hashed classes: stars drawn beside the name, the address line
under it, a score badge of separate lines, a heading wrapped alone before its list, and house
rules whose captions sit in a block of their own beside an icon."""

from __future__ import annotations

import jmespath

from agents import jsonld
from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://stays.example/hotel/pt/casa-azul.html"
STAR = '<span class="a1b2c3d4e5"><svg viewBox="0 0 24 24" aria-hidden="true"><path d="M1 1z"></path></svg></span>'
RULE = (
    '<div class="c1d2e3f4a5"><div class="b5c6d7e8f9">{icon}<div class="d0e1f2a3b4">{caption}</div></div>'
    '<div class="e5f6a7b8c9">{value}</div></div>'
)
ICON = '<span class="f0a1b2c3d4" aria-hidden="true"></span>'
RULES = "".join(
    [
        RULE.format(
            icon=ICON,
            caption="Check-in",
            value="<div>From 15:00</div><div>Guests are required to show a photo identification on arrival</div>",
        ),
        RULE.format(icon=ICON, caption="Check-out", value="<div>Until 11:00</div>"),
        RULE.format(icon="", caption="Pets", value="Pets are not allowed."),
    ]
)
FACILITIES = "".join(
    f'<li class="a9b8c7d6e5"><span class="c5d4e3f2a1" aria-hidden="true"><svg></svg></span>'
    f'<div class="e1f2a3b4c5"><span class="b3c4d5e6f7">{name}</span></div></li>'
    for name in ("Free WiFi", "Airport shuttle", "Bar")
)
PAGE = f"""<!doctype html><html><head><title>Casa Azul, Lisbon</title></head><body>
<main class="a0b1c2d3e4">
<div class="b0c1d2e3f4">
  <div class="c0d1e2f3a4 pp-header">
    <span class="d0e1f2a3b4" aria-label="4 out of 5" role="img">{STAR * 4}</span>
    <div class="e0f1a2b3c4"><h1 class="f0a1b2c3d4">Casa Azul Boutique Hotel</h1></div>
  </div>
  <div class="a1a2a3a4a5"><span class="b1b2b3b4b5">Rua Azul 12, Alfama, 1100-338 Lisbon, Portugal</span> –
    <a href="#map" class="c1c2c3c4c5">Great location – show map</a></div>
</div>
<div class="d1d2d3d4d5"><a href="#reviews" class="e1e2e3e4e5"><div class="f1f2f3f4f5">
  <div class="a2a3a4a5a6" aria-hidden="true">8.7</div><div class="b2b3b4b5b6">Scored 8.7 </div>
  <div class="c2c3c4c5c6"><div class="d2d3d4d5d6">Fabulous</div><div class="e2e3e4e5e6">1,234 reviews</div></div>
</div></a></div>
<p class="f2f3f4f5f6">Set in the Alfama district of Lisbon, Casa Azul offers a roof terrace with river views, a bar
and free WiFi throughout the property, and rooms with air conditioning.</p>
<div class="a3a4a5a6a7"><div class="b3b4b5b6b7"><h3 class="c3c4c5c6c7">Most popular facilities</h3></div>
<ul class="d3d4d5d6d7">{FACILITIES}</ul></div>
<div class="e3e4e5e6e7"><h2 class="f3f4f5f6f7">House rules</h2><div class="a4a5a6a7a8">{RULES}</div></div>
</main></body></html>"""


def _record() -> dict[str, object]:
    profile = analyze_page(PAGE.encode(), URL)
    [record] = extract_records(PAGE, URL, profile.spec)
    return record


def test_captions_in_a_block_beside_an_icon_label_the_first_line_of_their_value() -> None:
    record = _record()
    assert record["check_in"] == "15:00"
    assert record["check_out"] == "11:00"
    # A sentence that opens with its caption's word keeps the word.
    assert record["pets"] == "Pets are not allowed."


def test_a_heading_wrapped_alone_names_the_list_after_its_wrapper() -> None:
    assert _record()["most_popular_facilities"] == ["Free WiFi", "Airport shuttle", "Bar"]


def test_stars_and_address_beside_the_title_and_the_parts_of_a_score_badge() -> None:
    record = _record()
    assert record["stars"] == 4.0
    assert record["address"] == "Rua Azul 12, Alfama, 1100-338 Lisbon, Portugal"
    assert record["rating"] == 8.7
    assert record["rating_text"] == "Fabulous"
    assert record["review_count"] == 1234


def test_a_postal_address_is_one_line_without_repeating_its_parts() -> None:
    address_path = jsonld.address_path
    full = {"streetAddress": "Rua Azul 12, Alfama, 1100-338 Lisbon, Portugal", "postalCode": "1100-338"}
    parts = {
        "streetAddress": "1 Main St",
        "addressLocality": "Springfield",
        "postalCode": 12345,
        "addressCountry": {"@type": "Country", "name": "US"},
    }
    assert jmespath.search(address_path(full) or "", {"address": full}) == full["streetAddress"]
    assert jmespath.search(address_path(parts) or "", {"address": parts}) == "1 Main St, Springfield, 12345, US"
    hotel = {"@type": "Hotel", "name": "Casa Azul", "address": {"@type": "PostalAddress", **parts}}
    assert "address" in {f.name for f in jsonld.entity_fields(hotel)}
