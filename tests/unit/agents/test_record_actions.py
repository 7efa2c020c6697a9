"""A link reading one same action word in every record, to addresses differing only by the
record's id, is a call to act; a link around a thumbnail to the picture file shows it bigger.
Neither is a field of the record."""

from __future__ import annotations

from agents.heuristics.assemble import build_profile

PRINTS = [("Harbour at dawn", "Ines Vale"), ("Salt marsh", "Ines Vale"), ("Old mill", "Tom Reeve"), ("Fog", "Ada Moss")]


def _card(number: int, title: str, maker: str) -> str:
    return (
        f"<div class='print'><a href='print.php?id={number}'><h3>{title}</h3></a>"
        f"<p><a href='picture.php?file=prints/{number}.jpg' target='_blank'>"
        f"<img src='picture.php?file=prints/{number}.jpg&amp;w=120' width='120'></a>"
        f"A print of {title.lower()} on cotton paper, signed and numbered by hand.</p>"
        f"<p>made by: <a href='makers.php?name={maker.split(maxsplit=1)[0].lower()}'>{maker}</a></p>"
        f"<p>discuss this print: <a href='remarks.php?id={number}' target='_blank'>comment</a></p></div>"
    )


PAGE = (
    "<html><body><div id='main'><h2>Prints</h2>"
    + "".join(_card(n + 1, t, m) for n, (t, m) in enumerate(PRINTS))
    + "</div></body></html>"
)


def _values() -> list[str]:
    profile = build_profile(PAGE, "https://example.org/prints.php")
    assert profile.record_count == len(PRINTS)
    return [str(v) for r in profile.sample_records for v in r.values()]


def test_comment_links_are_no_fields() -> None:
    values = _values()
    assert not any("remarks.php" in v or v == "comment" for v in values)
    # The painter's page leads on from the painter's name, which is shown: no column (companionlinks).
    assert not any("makers.php" in v for v in values)


def test_links_to_the_picture_file_are_no_fields() -> None:
    values = _values()
    assert not any(v.endswith(".jpg") for v in values)  # the picture's own file, not its thumbnail
    assert any("w=120" in v for v in values)  # the thumbnail itself stays
