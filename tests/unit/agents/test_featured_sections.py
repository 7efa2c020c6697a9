"""A featured section beside the list: its cards are records, once each; related strips,
sidebars, category tiles and ads beside the list are not (``featuredsections``, ``heroslots``)."""

from __future__ import annotations

from agents.scout import analyze_page
from pipeline.core.extract import extract_records
from tests.unit.growth import assert_linear

JOBS = [
    ("Backend Engineer", "tidewater", "Europe only", "Full-time"),
    ("Support Lead", "shiftboard", "United Kingdom", "Full-time"),
    ("Frontend Engineer", "vuecraft", "Worldwide", "Contract"),
    ("Data Analyst", "numberly", "UTC-5 to UTC+1", "Part-time"),
    ("Site Reliability Engineer", "pagerly", "Americas", "Full-time"),
    ("Product Manager", "roadmapp", "Europe only", "Full-time"),
]
FEATURED = [
    ("Senior Laravel Developer", "parcelwise", "Europe only", "Full-time"),
    ("Staff Designer", "loomly", "Worldwide", "Contract"),
]


def _row(job: tuple[str, str, str, str], n: int, extra: str = "", badge: str = "") -> str:
    title, company, place, kind = job
    return (
        f'<li class="relative flex px-4 py-5 hover:bg-gray-50 {extra}">'
        f'<p class="company">{company.title()}</p>'
        f'<h3 class="text-base"><a href="/jobs/{title.lower().replace(" ", "-")}-{company}-{n}">{title}</a>{badge}</h3>'
        f'<div class="meta"><span class="place">{place}</span><span class="kind">{kind}</span></div>'
        f'<p class="when"><time datetime="2025-03-{10 + n % 9:02d}">{n} days ago</time></p></li>'
    )


def _jobs_page(featured: str, jobs: list[tuple[str, str, str, str]], after: str = "", aside: str = "") -> str:
    rows = "".join(_row(job, 100 + n) for n, job in enumerate(jobs))
    return (
        '<html><head><title>Remote jobs</title></head><body><header><nav><a href="/">Home</a>'
        '<a href="/jobs">Jobs</a></nav></header><main><div class="grid">'
        f"{aside}<div class='content'><h1>Remote jobs</h1>{featured}"
        f'<ul role="list" class="divide-y">{rows}</ul>{after}</div></div></main>'
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


def _featured_section(jobs: list[tuple[str, str, str, str]]) -> str:
    badge = '<span class="badge">Featured</span>'
    rows = "".join(_row(job, 200 + n, "ring-2 ring-amber-300 hover:bg-amber-100", badge) for n, job in enumerate(jobs))
    return f'<section class="mb-8"><h2>Featured jobs</h2><ul role="list" class="divide-amber">{rows}</ul></section>'


def _titles(body: str, url: str = "https://jobs.example/jobs") -> list[str]:
    spec = analyze_page(body, url).spec
    return [str(r["title"]) for r in extract_records(body, url, spec)]


def test_featured_section_above_the_list_is_read_as_records() -> None:
    titles = _titles(_jobs_page(_featured_section(FEATURED), JOBS))
    assert titles == [j[0] for j in FEATURED + JOBS]


def test_featured_rows_read_every_field_of_the_list() -> None:
    body = _jobs_page(_featured_section(FEATURED), JOBS)
    spec = analyze_page(body, "https://jobs.example/jobs").spec
    first = extract_records(body, "https://jobs.example/jobs", spec)[0]
    assert first["url"] == "https://jobs.example/jobs/senior-laravel-developer-parcelwise-200"
    assert "Parcelwise" in first.values() and "Europe only" in first.values()


def test_featured_repeated_on_page_two_is_one_record_per_item() -> None:
    page1 = _jobs_page(_featured_section(FEATURED), JOBS)
    url = "https://jobs.example/jobs"
    spec = analyze_page(page1, url).spec
    later = [(t, c + "x", p, k) for t, c, p, k in JOBS[:4]]
    page2 = _jobs_page(_featured_section(FEATURED), later)
    seen: dict[object, str] = {}
    for body in (page1, page2):
        for record in extract_records(body, url + "?page=2", spec):
            seen.setdefault(record["url"], str(record["title"]))
    assert len(seen) == len(FEATURED) + len(JOBS) + len(later)
    assert sorted(seen.values()).count("Staff Designer") == 1


def test_featured_copy_of_a_listed_job_is_read_once_from_the_list() -> None:
    body = _jobs_page(
        _featured_section([FEATURED[0]]).replace("-200", "-100").replace(FEATURED[0][0], JOBS[0][0]), JOBS
    )
    body = body.replace("senior-laravel-developer-parcelwise", "backend-engineer-tidewater")
    assert _titles(body) == [j[0] for j in JOBS]


def test_related_strip_after_the_list_stays_out() -> None:
    related = _featured_section(FEATURED).replace("Featured jobs", "You may also like")
    assert _titles(_jobs_page("", JOBS, after=related)) == [j[0] for j in JOBS]


def test_recommended_strip_above_the_list_stays_out() -> None:
    strip = _featured_section(FEATURED).replace("Featured jobs", "Recommended for you")
    assert _titles(_jobs_page(strip, JOBS)) == [j[0] for j in JOBS]


def test_sidebar_of_popular_jobs_stays_out() -> None:
    rows = "".join(_row(job, 300 + n) for n, job in enumerate(FEATURED))
    aside = f'<aside class="sidebar"><h2>Popular jobs</h2><ul role="list" class="divide-y">{rows}</ul></aside>'
    assert _titles(_jobs_page("", JOBS, aside=aside)) == [j[0] for j in JOBS]


def test_category_tiles_above_the_list_stay_out() -> None:
    tiles = "".join(
        f'<li class="relative flex px-4 py-5 hover:bg-gray-50">'
        f'<h3 class="text-base"><a href="/jobs/{c}">{c.title()}</a></h3></li>'
        for c in ("engineering", "design")
    )
    assert _titles(_jobs_page(f'<ul role="list" class="tiles">{tiles}</ul>', JOBS)) == [j[0] for j in JOBS]


# --- a hero post in a template of its own ----------------------------------------------------

POSTS = [
    "Closing the books in four days",
    "Accruals without spreadsheets",
    "A good vendor master file",
    "Bank feeds for 40 more banks",
]


def _card(title: str, n: int) -> str:
    slug = title.lower().replace(" ", "-")
    return (
        f'<div role="listitem" class="blog_item"><a href="/blog/{slug}" class="blog_image-link">'
        f'<img src="/img/{slug}.jpg" class="blog_image" alt=""></a>'
        f'<div class="blog_category"><a href="/blog-categories/guides" class="blog_category-link">Guides</a></div>'
        f'<a href="/blog/{slug}" class="blog_title-link"><h3 class="heading-h5">{title}</h3></a>'
        f'<p class="text-regular">Summary of post {n} in a sentence or two.</p>'
        f'<div class="blog_author"><div class="author-name">Author {n}</div>'
        f'<div class="blog_date">March {n + 1}, 2025</div></div></div>'
    )


HERO = (
    '<section class="blog-header"><h1>Insights for finance teams</h1><p class="text-medium">Guides and research.</p>'
    '<div role="list" class="hero-list"><div role="listitem" class="hero-item">'
    '<a href="/blog/the-2025-report" class="hero-image-link"><img src="/img/report.jpg" class="hero-image" alt=""></a>'
    '<div class="hero-content"><div class="blog_category">'
    '<a href="/blog-categories/research" class="blog_category-link">Research</a></div>'
    '<a href="/blog/the-2025-report" class="hero-title-link"><h2 class="heading-h3">The 2025 report</h2></a>'
    '<p class="text-large">We surveyed 1,200 finance leaders.</p>'
    '<div class="blog_author"><div class="author-name">Priya Raman</div>'
    '<div class="blog_date">March 18, 2025</div></div>'
    "</div></div></div></section>"
)


def _blog_page(posts: list[str]) -> str:
    cards = "".join(_card(t, n) for n, t in enumerate(posts))
    return (
        f"<html><head><title>Blog</title></head><body><main>{HERO}"
        f'<section class="blog"><h2>Latest articles</h2><div role="list" class="blog_list">{cards}</div></section>'
        "</main></body></html>"
    )


def test_hero_post_in_its_own_template_is_a_record_with_its_fields() -> None:
    url = "https://blog.example/blog"
    body = _blog_page(POSTS)
    spec = analyze_page(body, url).spec
    records = extract_records(body, url, spec)
    assert [r["title"] for r in records] == ["The 2025 report", *POSTS]
    hero = records[0]
    assert hero["url"] == "https://blog.example/blog/the-2025-report"
    assert "We surveyed 1,200 finance leaders." in hero.values()
    assert "https://blog.example/img/report.jpg" in hero.values()
    later = extract_records(_blog_page(POSTS[:2]), url + "?page=2", spec)
    assert [r["title"] for r in later] == ["The 2025 report", *POSTS[:2]]


def test_featured_row_of_the_list_template_lacking_a_value_reads_none_for_it() -> None:
    featured = _featured_section(FEATURED).replace('<span class="kind">Full-time</span>', "")
    body = _jobs_page(featured, JOBS)
    spec = analyze_page(body, "https://jobs.example/jobs").spec
    records = extract_records(body, "https://jobs.example/jobs", spec)
    assert [r["title"] for r in records][:2] == [FEATURED[0][0], FEATURED[1][0]]
    assert "Featured" not in records[0].values()
    assert "Contract" in records[1].values()


def _promo_links(count: int) -> str:
    # Each link in a wrapper of its own, so that they make no group of records.
    return "".join(
        f'<div class="w{n}"><span class="s{n}"><a class="a{n}" href="/jobs/promo-{n}-x-{n}">Promo {n}</a></span></div>'
        for n in range(count)
    )


def test_a_block_of_many_links_before_the_list_is_no_featured_section() -> None:
    # Dozens of links are a list of their own (an index, a hostile page), not a few pinned records.
    assert _titles(_jobs_page(f"<section>{_promo_links(400)}</section>", JOBS)) == [j[0] for j in JOBS]
    # ...and are not each walked up to their card: the page costs what its size does.
    assert_linear(
        lambda n: _jobs_page(f"<section>{_promo_links(n)}</section>", JOBS),
        lambda body: analyze_page(body, "https://jobs.example/jobs"),
        300,
    )


# --- copies, clones, blocks picked for the reader, category tiles (review 34) ----------------

URL = "https://jobs.example/jobs"


def test_featured_copy_with_a_tracking_query_or_trailing_slash_is_read_once() -> None:
    for copy in ("-100?ref=featured", "-100/", "-100#top", "-100/?utm_source=home&utm_medium=pin"):
        section = _featured_section([JOBS[0]]).replace("-200", copy)
        section = section.replace("senior-laravel-developer-parcelwise", "backend-engineer-tidewater")
        assert _titles(_jobs_page(section, JOBS)) == [j[0] for j in JOBS], copy


def test_featured_copy_of_a_record_past_the_first_thirty_is_read_once() -> None:
    many = [
        (f"Job number {chr(97 + i % 26)}{chr(97 + i // 26)}", f"co{i}", "Worldwide", "Full-time") for i in range(40)
    ]
    section = _featured_section([many[35]]).replace("-200", "-135")
    body = _jobs_page(section, many)
    records = extract_records(body, URL, analyze_page(body, URL).spec)
    urls = [r["url"] for r in records]
    assert len(urls) == 40 and len(set(urls)) == 40


def test_a_sliders_clone_of_a_featured_card_is_no_record() -> None:
    badge = '<span class="badge">Featured</span>'
    rows = "".join(_row(job, 200 + n, "ring-2 ring-amber-300", badge) for n, job in enumerate(FEATURED))
    clone = _row(FEATURED[0], 200, "ring-2 ring-amber-300 slick-cloned", badge)
    clone = clone.replace("<li class", '<li aria-hidden="true" class', 1)
    # Slick copies the last slides before the first and the first after the last.
    for slides in (rows + clone, clone + rows):
        section = (
            f'<section class="mb-8"><h2>Featured jobs</h2><ul role="list" class="divide-amber">{slides}</ul></section>'
        )
        body = _jobs_page(section, JOBS)
        spec = analyze_page(body, URL).spec
        assert [str(r["title"]) for r in extract_records(body, URL, spec)] == [j[0] for j in FEATURED + JOBS]
        assert spec.key_fields == ("url",)


def test_blocks_picked_for_the_reader_stay_out_and_pinned_picks_are_read() -> None:
    for heading in ("Trending this week", "Continue where you left off", "Most read", "Popular right now"):
        section = _featured_section(FEATURED).replace("Featured jobs", heading)
        assert _titles(_jobs_page(section, JOBS)) == [j[0] for j in JOBS], heading
    for heading in ("Staff picks", "Editor's picks"):
        section = _featured_section(FEATURED).replace("Featured jobs", heading)
        assert _titles(_jobs_page(section, JOBS)) == [j[0] for j in FEATURED + JOBS], heading


RECIPES = ["Chicken noodle soup", "Lemon drizzle cake", "Beef stew with dumplings", "Pea and mint risotto", "Fish pie"]


def _recipe(title: str, cls: str = "card", tag: str = "li") -> str:
    slug = title.lower().replace(" ", "-")
    return (
        f'<{tag} class="{cls}"><a class="img" href="/recipes/{slug}"><img src="/i/{slug}.jpg" alt=""></a>'
        f'<h3 class="t"><a href="/recipes/{slug}">{title}</a></h3></{tag}>'
    )


def test_category_tiles_of_a_name_a_link_and_a_picture_stay_out() -> None:
    # "/recipes/soups" has a recipe's address shape; a tile shows nothing of a recipe but its name.
    tiles = "".join(_recipe(t, "tile", "div") for t in ("Soups", "Cakes"))
    grid = "".join(_recipe(t) for t in RECIPES)
    body = f"<html><body><main><h1>Recipes</h1><div class='cats'>{tiles}</div>"
    body += f"<ul class='grid'>{grid}</ul></main></body></html>"
    url = "https://food.example/recipes"
    assert [r["title"] for r in extract_records(body, url, analyze_page(body, url).spec)] == RECIPES


def test_a_hero_posts_description_is_not_read_as_the_author_it_lacks() -> None:
    # The cards' author is the one ``p`` in them; the hero has no author, but one ``p``: its blurb.
    cards = "".join(
        _card(t, n).replace('<p class="text-regular">Summary of post', "<!--").replace("or two.</p>", "-->")
        for n, t in enumerate(POSTS)
    )
    cards = cards.replace('<div class="author-name">', '<p class="author-name">')
    cards = cards.replace("</div><div class", "</p><div class")
    hero = HERO.replace('<div class="author-name">Priya Raman</div>', "")
    body = f'<html><body><main>{hero}<section class="blog"><div role="list" class="blog_list">{cards}</div>'
    body += "</section></main></body></html>"
    url = "https://blog.example/blog"
    records = extract_records(body, url, analyze_page(body, url).spec)
    assert records[0]["title"] == "The 2025 report"
    assert "We surveyed 1,200 finance leaders." not in records[0].values()
    assert "Author 1" in records[2].values()
