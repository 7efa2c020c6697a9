"""What a blog prints around each post that is no field of it, and how its comment count reads.

* ``<meta itemprop="blogId">`` the same in every post names the blog, not the post; a shared
  ``priceCurrency`` ("USD") is still each product's currency.
* A post id longer than a float holds exactly stays text: as a number it would come back rounded.
* The author's edit pencil (``span.item-control.blog-admin``, or an ``aria-hidden`` link to an
  editor), hidden from visitors, is no field.
* "No comments:" or "Leave a Comment" where other posts say "3 comments" is a count of 0.
"""

from __future__ import annotations

from agents.heuristics.valuetypes import type_from_values
from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from pipeline.core.numbertext import parse_count

URL = "https://heronwatch.example/"
BLOG_ID = "5512093847716620431"
POSTS = [
    ("Two herons on the mill pond", "418820193847561203", "3 comments:"),
    ("A kingfisher at last", "418820193847561877", "No comments:"),
    ("Counting teal in the rain", "418820193847562451", "12 comments:"),
    ("The wader scrape is flooded", "418820193847563019", "1 comment:"),
    ("First swallows over the reeds", "418820193847563642", "No comments:"),
    ("Ringing day at the reserve", "418820193847564210", "5 comments:"),
]


def _blogger_page() -> str:
    posts = "".join(
        f"""<div class="entry"><div class="entry-body" itemscope itemtype="http://schema.org/BlogPosting">
<meta itemprop="blogId" content="{BLOG_ID}"><meta itemprop="postId" content="{post_id}">
<h3 class="entry-title"><a href="/2025/04/post-{n}.html">{title}</a></h3>
<div class="entry-text">Notes from the hide, morning {n}: {title.lower()} and a few more birds besides.</div>
<div class="entry-footer"><span class="byline">Posted by <a href="/profile/ann">Ann Pryce</a></span>
<a class="comments-link" href="/2025/04/post-{n}.html#comments">{comments}</a>
<span class="item-control blog-admin"><a href="https://blog.example/post-edit.g?blogID={BLOG_ID}&amp;postID={post_id}"
 title="Edit Post"><img alt="" src="/img/pencil.gif" width="18" height="18"></a></span></div></div></div>"""
        for n, (title, post_id, comments) in enumerate(POSTS)
    )
    return f"""<html><head><title>Heron Watch</title></head><body><header><a href="/">Heron Watch</a></header>
<main><div class="posts">{posts}</div></main></body></html>"""


def _records() -> tuple[dict[str, str], list[dict[str, object]]]:
    html = _blogger_page()
    profile = analyze_page(html, URL)
    columns = {f.name: f.selector for f in profile.spec.fields}
    return columns, [dict(r) for r in extract_records(html, URL, profile.spec)]


def test_the_blogs_own_id_the_edit_pencil_are_no_fields_and_post_ids_keep_their_digits() -> None:
    columns, records = _records()
    assert [r["title"] for r in records] == [title for title, _, _ in POSTS]
    assert not any("blogId" in selector for selector in columns.values())
    assert not any("item-control" in selector or "admin" in selector for selector in columns.values())
    assert all(BLOG_ID not in str(value) for r in records for value in r.values())
    ids = [value for value in records[0].values() if value == POSTS[0][1]]
    assert ids == [POSTS[0][1]]  # the post's id, as written, not 4.188201938475612e+17


def test_no_comments_beside_counted_comments_is_a_count_of_zero() -> None:
    _, records = _records()
    counts = [value for r in records for value in r.values() if isinstance(value, int) and not isinstance(value, bool)]
    assert counts == [3, 0, 12, 1, 0, 5]


def test_zero_count_phrases_read_as_zero() -> None:
    assert parse_count("No comments:") == 0
    assert parse_count("Leave a Comment") == 0
    assert parse_count("Be the first to comment!") == 0
    assert parse_count("Keine Kommentare") == 0
    assert parse_count("Aucun commentaire") == 0
    assert parse_count("4 Comments") == 4
    assert parse_count("Comments off") is None  # closed, not counted
    assert parse_count("Leave a comment about the route") is None


def test_counts_written_around_zero_phrases_are_numbers() -> None:
    assert type_from_values(["4 Comments", "Leave a Comment", "2 Comments", "Leave a Comment"]) == "number"
    assert type_from_values(["3 comments:", "No comments:", "1 comment:"]) == "number"
    assert type_from_values(["Leave a Comment", "Leave a Comment", "Leave a Comment"]) == "text"


def test_ids_longer_than_a_float_holds_stay_text() -> None:
    assert type_from_values(["418820193847561203", "418820193847561877", "418820193847562451"]) == "text"
    assert type_from_values(["9007199254740993", "9007199254740995"]) == "text"
    assert type_from_values(["1284", "15234", "907"]) == "number"


def _shop_page() -> str:
    cards = "".join(
        f"""<div class="product" itemscope itemtype="http://schema.org/Product">
<h4><a href="/p/{n}" itemprop="name">{name}</a></h4><div itemprop="offers" itemscope itemtype="http://schema.org/Offer">
<span itemprop="price">{price}</span><meta itemprop="priceCurrency" content="USD"></div></div>"""
        for n, (name, price) in enumerate(
            [("Field guide", "24.99"), ("Hide stool", "39.00"), ("Lens cloth", "4.50"), ("Bird feeder", "18.75")]
        )
    )
    return f"<html><body><main><div class='grid'>{cards}</div></main></body></html>"


def test_a_currency_every_product_shares_is_still_a_field() -> None:
    html = _shop_page()
    profile = analyze_page(html, "https://shop.example/")
    records = extract_records(html, "https://shop.example/", profile.spec)
    assert any(value == "USD" for r in records for value in dict(r).values())


def test_an_edit_pencil_hidden_from_screen_readers_is_no_field() -> None:
    posts = "".join(
        f"""<article class="post"><h2 class="post-title"><a href="/p/{n}/">{title}</a></h2>
<p class="summary">{title} — what we saw and where.</p>
<a class="pencil" aria-hidden="true" href="/posts/{n}/edit"><img src="/i/pen.svg" alt=""></a>
</article>"""
        for n, (title, _, _) in enumerate(POSTS)
    )
    html = f"<html><body><main>{posts}</main></body></html>"
    profile = analyze_page(html, URL)
    records = extract_records(html, URL, profile.spec)
    assert len(records) == len(POSTS)
    assert not any("/edit" in str(value) for r in records for value in dict(r).values())


def test_a_hidden_thumbnail_link_to_a_post_about_editing_stays_a_field() -> None:
    """Only an editor's address makes a hidden link a control, not a slug holding the word "edit"."""
    posts = "".join(
        f"""<article class="post"><h2 class="post-title"><a href="/p/{n}/">{title}</a></h2>
<p class="summary">{title} — what we saw and where.</p>
<a class="thumb" aria-hidden="true" href="/how-to-edit-photos-{n}/"><img src="/i/{n}.jpg" alt=""></a>
</article>"""
        for n, (title, _, _) in enumerate(POSTS)
    )
    html = f"<html><body><main>{posts}</main></body></html>"
    profile = analyze_page(html, URL)
    records = extract_records(html, URL, profile.spec)
    assert len(records) == len(POSTS)
    assert all(any("how-to-edit-photos" in str(value) for value in dict(r).values()) for r in records)
