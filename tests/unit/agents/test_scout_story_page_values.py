"""The Scout on a news story of styled-components classes: the section link above the headline,
the author's role after the name, the lead picture's caption and credit behind screen-reader
prefixes, and the "Related topics" heading over a list of links."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records

URL = "https://news.example/news/articles/c4g0x7r2e5po"
BODY = "".join(
    f'<div data-component="text-block" class="sc-9a7034ab-1 iLapmX"><p class="sc-ff221ac1-1 HZmaaC">{s}</p></div>'
    for s in (
        "Councils in England will get the power to take over shops that have stood empty for more than a year.",
        "Landlords would be given eight weeks' notice before an auction, and could avoid one by finding a tenant.",
    )
)
TOPICS = "".join(
    f'<li class="sc-431060db-1 eWryaQ"><a href="/news/topics/{slug}" class="sc-6aa7dc34-1 ERlLxV">{name}</a></li>'
    for slug, name in (("t1", "High streets"), ("t2", "Local government"), ("t3", "Retailing"))
)
STORIES = "".join(
    f'<li class="sc-474f7cb7-0 WFhjHo"><a href="/news/articles/{slug}" class="sc-969e36cf-0 ojqVel">{name}</a></li>'
    for slug, name in (
        ("a1", "High streets: Why are so many shops empty?"),
        ("a2", "Government sets out plans for local growth funding"),
    )
)
PAGE = f"""<!doctype html><html><head><title>Councils to get first refusal on empty shops</title></head><body>
<main id="main-content"><article class="sc-cd8737fa-3 vIYfss">
  <a href="/news/politics" class="sc-0fcc3804-0 XJNmRm">Politics</a>
  <div data-component="headline-block" class="sc-63e6dde4-1 SxyvkC"><h1 id="main-heading">Councils to get first
  refusal on empty shops</h1></div>
  <div data-component="byline-block" class="sc-9d4490da-3 NwIKgc">
    <time datetime="2025-03-14T06:12:45.000Z" class="sc-cfa6377b-0 YexHgD">14 March 2025</time>
    <div class="sc-5cf31844-3 efvqRO"><span class="sc-a51e433b-3 rFpRZH">By Harriet Llewellyn</span><span
    class="sc-ac54b757-3 apdXxf">, Political correspondent</span></div>
  </div>
  <figure data-component="image-block" class="sc-a2982173-2 mavRWP">
    <div class="sc-4ef6dffd-0 OGIMiN"><img src="https://img.example/news/800/shops.jpg" alt="Shops" width="800"
    height="450"><span role="text" class="sc-ba709750-1 NjIJPd"><span class="sc-1f40f435-2 GanDJc">Image source,
    </span>Getty Images</span></div>
    <figcaption class="sc-39c170f9-3 nVmvDg"><span class="sc-1f40f435-2 GanDJc">Image caption, </span>A quarter of
    the units stood empty at the end of last year</figcaption>
  </figure>
  {BODY}
  <section data-component="links-block"><h2 class="sc-7a7fcd2c-2 vhingl">More on this story</h2>
  <ul>{STORIES}</ul></section>
  <div data-component="tags"><h2 class="sc-3a840987-1 Phuent">Related topics</h2><ul>{TOPICS}</ul></div>
</article></main></body></html>"""


def _record() -> dict[str, object]:
    profile = analyze_page(PAGE.encode(), URL)
    [record] = extract_records(PAGE, URL, profile.spec)
    return record


def test_the_link_above_the_headline_is_the_section_and_the_role_follows_the_name() -> None:
    record = _record()
    assert record["section"] == "Politics"
    assert record["author"] == "Harriet Llewellyn"
    assert record["author_role"] == "Political correspondent"


def test_the_lead_pictures_caption_and_credit_are_read_after_their_hidden_prefixes() -> None:
    record = _record()
    assert record["image_caption"] == "A quarter of the units stood empty at the end of last year"
    assert record["image_credit"] == "Getty Images"


def test_a_heading_over_short_links_to_one_site_is_a_topic_list_and_headlines_are_not() -> None:
    record = _record()
    assert record["related_topics"] == ["High streets", "Local government", "Retailing"]
    assert not any(
        isinstance(v, list) and "Government sets out plans for local growth funding" in v for v in record.values()
    )


def _byline_record(byline: str) -> dict[str, object]:
    paragraphs = "".join(
        f"<p>{s}</p>"
        for s in (
            "Councils in England will get the power to take over shops that have stood empty for more than a year.",
            "Landlords would be given eight weeks notice before an auction, and could avoid one by finding a tenant.",
        )
    )
    page = f"""<html><body><main><article class="post"><h1 class="entry-title">Councils get first refusal on
    empty shops</h1>{byline}<div class="entry-content">{paragraphs}</div></article></main></body></html>"""
    profile = analyze_page(page.encode(), "https://paper.example/politics/2025/03/shops")
    [record] = extract_records(page, "https://paper.example/politics/2025/03/shops", profile.spec)
    return record


def test_a_role_after_the_name_in_one_text_or_after_the_names_link_is_the_authors_role() -> None:
    record = _byline_record('<div class="byline">By Jane Smith, Political correspondent</div>')
    assert (record["author"], record["author_role"]) == ("Jane Smith", "Political correspondent")
    linked = (
        '<div class="byline">By <a rel="author" href="/people/ana">Ana Reis</a>, Transport correspondent · 10 May</div>'
    )
    record = _byline_record(linked)
    assert (record["author"], record["author_role"]) == ("Ana Reis", "Transport correspondent")
    # A second author's name after the comma is no role.
    record = _byline_record('<div class="byline">By Ana Reis, Tom Wu</div>')
    assert "author_role" not in record
