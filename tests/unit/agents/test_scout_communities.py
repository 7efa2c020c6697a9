"""The Scout on publishing and community platforms: WordPress, Discourse, GitHub, Stack Overflow
and old Reddit, each with the markup the platform ships (chrome, widgets, hidden text, data-*)."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.core.extract import extract_records, next_page_url
from pipeline.core.schemas import PageProfile

Profiler = Callable[[str, str], PageProfile]
Body = Callable[[str], bytes]


def records_of(profile: PageProfile, body: bytes) -> list[dict[str, object]]:
    return [dict(r) for r in extract_records(body, profile.url, profile.spec)]


def test_wordpress_archive_with_categories_and_tags(profile_of: Profiler, page_body: Body) -> None:
    url = "https://slowtrails.example/page/3/"
    profile = profile_of("wordpress_archive.html", url)
    records = records_of(profile, page_body("wordpress_archive.html"))
    spec = profile.spec
    assert spec.record_selector == "main#main > article.post"  # not "Recent Comments" in the widgets
    assert len(records) == 6
    names = spec.field_names()
    assert names[:2] == ["title", "url"]
    assert {"image", "description", "author", "date", "comments", "categories", "tags"} <= set(names)
    assert "author_url" not in names  # the author's page leads on from the name shown
    by_name = {f.name: f for f in spec.fields}
    assert by_name["categories"].many and by_name["tags"].many
    first = records[0]
    assert first["title"] == "Packrafting the Saltfjellet in late June"
    assert first["url"] == "https://slowtrails.example/2024/05/packrafting-the-saltfjellet/"
    assert first["author"] == "Inês Duarte"
    assert first["date"] == "2024-05-02T09:14:22+00:00"
    assert first["categories"] == ["Field notes", "Gear"]
    assert first["tags"] == ["norway", "packrafting"]
    assert first["comments"] == 4.0  # "4 Comments", without the screen-reader "on <title>"
    assert str(first["description"]).startswith("Six days, two rivers")
    assert records[2]["tags"] is None and records[2]["image"] is None
    assert records[2]["comments"] == 0  # "Leave a comment": nobody has yet
    last = records[-1]
    assert last["title"] == "The long way to Abisko"
    assert (last["author"], last["categories"], last["tags"]) == (
        "Maren Solberg",
        ["Trips"],
        ["sweden", "trains", "winter"],
    )
    assert spec.key_fields == ("url",)
    assert next_page_url(page_body("wordpress_archive.html"), url, spec, page_number=1) == (
        "https://slowtrails.example/page/4/"
    )


def test_discourse_topic_list_crawler_view(profile_of: Profiler, page_body: Body) -> None:
    url = "https://forum.hearthlabs.example/latest"
    profile = profile_of("discourse_latest.html", url)
    records = records_of(profile, page_body("discourse_latest.html"))
    spec = profile.spec
    assert spec.record_selector == "tr.topic-list-item"  # whole rows, not only the title cell
    assert len(records) == 8
    names = spec.field_names()
    assert names[:2] == ["topic", "url"]  # the title is named by its column, "Topic"
    assert {"category", "tags", "replies", "views", "activity"} <= set(names)
    first = records[0]
    assert first["topic"] == "Welcome to Hearth Forum"
    assert first["url"] == "https://forum.hearthlabs.example/t/welcome-to-hearth-forum/7"
    assert first["category"] == "Site Feedback"
    assert "category_url" not in first  # the category's page leads on from the category shown
    assert (first["replies"], first["views"], first["tags"]) == (0.0, 2381.0, None)
    assert first["activity"] == "2023-01-09T00:00:00+00:00"
    assert records[3]["tags"] == ["postgresql", "migration", "database"]
    last = records[-1]
    assert last["topic"] == "How do I rotate API keys?"
    assert (last["replies"], last["views"]) == (1.0, 96.0)
    assert spec.key_fields == ("url",)
    # Discourse counts pages from 0: the link says so, a guessed ?page=2 would skip a page.
    assert next_page_url(page_body("discourse_latest.html"), url, spec, page_number=1) == (
        "https://forum.hearthlabs.example/latest?no_definitions=true&page=1"
    )


def test_github_repository_list(profile_of: Profiler, page_body: Body) -> None:
    url = "https://github.com/mkarlsson?tab=repositories"
    profile = profile_of("github_repositories.html", url)
    records = records_of(profile, page_body("github_repositories.html"))
    spec = profile.spec
    assert spec.mode == "list"  # the profile card (og:type profile, an h1 in the sidebar) is aside
    assert len(records) == 7
    names = spec.field_names()
    assert names[:2] == ["title", "url"]
    assert {"description", "tags", "language", "stars", "forks", "updated"} <= set(names)
    first = records[0]
    assert first["title"] == "liteq"
    assert first["url"] == "https://github.com/mkarlsson/liteq"
    assert first["description"] == "A tiny SQLite-backed job queue with retries and dead letters"
    assert first["tags"] == ["sqlite", "job-queue", "python"]
    assert (first["language"], first["stars"], first["forks"]) == ("Python", 1284.0, 56.0)
    assert first["updated"] == "2024-03-11T08:21:44+00:00"  # <relative-time datetime=…>
    assert "MIT License" in first.values()
    assert (records[1]["stars"], records[1]["forks"]) == (37.0, 4.0)
    assert (records[4]["stars"], records[4]["forks"]) == (9.0, None)  # no fork link: not shifted
    last = records[-1]
    assert last["title"] == "notes"
    assert (last["description"], last["language"], last["stars"]) == (None, None, None)
    assert spec.key_fields == ("url",)
    # "Previous" is a disabled button here and a link on the next page: the selector names "Next".
    assert "Next" in (spec.pagination.next_selector or "")
    assert next_page_url(page_body("github_repositories.html"), url, spec, page_number=1) == (
        "https://github.com/mkarlsson?after=Y3Vyc29yOnYyOpK5MjAyMy0wNy0xNFQwNzowMDowMFrOHc8z9Q%3D%3D&tab=repositories"
    )


def test_stack_overflow_question_summaries(profile_of: Profiler, page_body: Body) -> None:
    url = "https://stackoverflow.com/questions?tab=newest"
    profile = profile_of("stackoverflow_questions.html", url)
    records = records_of(profile, page_body("stackoverflow_questions.html"))
    spec = profile.spec
    assert spec.record_selector == "div#questions > div.s-post-summary"  # not Hot Network Questions
    assert len(records) == 6
    names = spec.field_names()
    assert names[:2] == ["title", "url"]
    # "5 votes · 2 answers · 123 views": one field per counter, named by its unit, never "_2".
    assert {"votes", "answers", "views", "excerpt", "tags", "author", "asked"} <= set(names)
    assert not any(name.endswith(("_2", "_3")) for name in names)
    first = records[0]
    assert first["title"] == "How to merge two DataFrames on a fuzzy date range?"
    assert (
        first["url"] == "https://stackoverflow.com/questions/78123456/how-to-merge-two-dataframes-on-a-fuzzy-date-range"
    )
    assert (first["votes"], first["answers"], first["views"]) == (5.0, 2.0, 123.0)
    assert first["tags"] == ["python", "pandas", "datetime"]
    assert first["author"] == "alice_k" and "author_url" not in first
    assert first["asked"] == "2024-03-15T10:22:31+00:00"  # the tooltip's time, not "2 mins ago"
    assert records[3]["votes"] == -2.0
    assert records[4]["views"] == 1204.0  # "1.2k" on screen, "1,204 views" in the tooltip
    last = records[-1]
    assert last["title"] == "TypeScript: infer tuple type from array literal"
    assert (last["votes"], last["views"], last["author"]) == (12.0, 2013.0, "mkarlsson")
    assert spec.key_fields == ("url",)
    assert next_page_url(page_body("stackoverflow_questions.html"), url, spec, page_number=1) == (
        "https://stackoverflow.com/questions?tab=newest&page=2"
    )


def test_old_reddit_things_with_data_attributes(profile_of: Profiler, page_body: Body) -> None:
    url = "https://old.reddit.com/"
    profile = profile_of("reddit_old.html", url)
    records = records_of(profile, page_body("reddit_old.html"))
    spec = profile.spec
    # Not the clearleft spacers, nor the promoted post: every post says data-promoted, "false" on the others.
    assert spec.record_selector == "div#siteTable > div.thing:not(.promoted)"
    assert len(records) == 7
    names = spec.field_names()
    assert names[:2] == ["title", "url"]
    assert {"score", "author", "subreddit", "comments", "date", "rank"} <= set(names)
    by_name = {f.name: f for f in spec.fields}
    assert by_name["score"].attribute == "data-score"  # the boxes show "15.2k" in three vote states
    cat = records[0]
    assert cat["title"] == "My cat discovered the snow this morning"
    assert cat["url"] == "https://i.redd.it/k3v9x2mfq7oc1.jpeg"
    assert (cat["score"], cat["comments"], cat["rank"]) == (15234.0, 342.0, 1.0)
    assert (cat["author"], cat["subreddit"]) == ("snowpaws", "r/pics")
    assert cat["date"] == "2024-03-15T05:32:25+00:00"
    assert "comments_url" not in cat  # the count's link leads on from the count shown
    assert "northwindci" not in {r["author"] for r in records}  # the advertiser
    self_post = records[2]
    assert (
        self_post["url"]
        == "https://old.reddit.com/r/todayilearned/comments/1bf88hm/til_the_eiffel_tower_grows_about_15_cm_in_summer/"
    )
    last = records[-1]
    assert (last["title"], last["score"], last["comments"]) == ("Rust 1.77 released", 1467.0, 211.0)
    assert all(not str(v).startswith("javascript") for r in records for v in r.values())
    assert not {"share", "save", "hide", "report", "crosspost"} & {str(v) for r in records for v in r.values()}
    assert spec.key_fields == ("url",)
    assert next_page_url(page_body("reddit_old.html"), url, spec, page_number=1) == (
        "https://old.reddit.com/?count=25&after=t3_1bf3kk7"
    )
