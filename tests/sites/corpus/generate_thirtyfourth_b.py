"""Thirty-fourth wave, part B: a list a jQuery call fetches with its query handed over as a data object, jQuery on
a host the crawler cannot reach.

* **tidewater-volunteers** — the volunteer-opportunities board of a coastal charity network (tidewatervolunteers.org):
  ``/opportunities/`` serves the header, a cause filter of buttons, an empty ``div#roles`` with 'Loading
  opportunities…' and jQuery from code.jquery.com; an inline script keeps the search in ``TV.search = {cause: "any",
  commitment: "any", remote: false, near: "", per: 10}`` and ``loadRoles(page)`` calls ``$.ajax({url:
  "/opportunities/feed", type: "GET", dataType: "json", data: {cause: TV.search.cause, …, page: page}})``, which
  jQuery sends as ``/opportunities/feed?cause=any&commitment=any&remote=false&near=&per=10&page=1``. The answer
  ``{"page", "pages", "total", "results": [{id, title, org: {name, url}, where, commitment, remote, cause, posted,
  path}]}`` is drawn as cards and a pager of buttons. 10 + 10 + 5 opportunities. Written down: title, url,
  organisation, location, commitment.

Run ``uv run python tests/sites/corpus/generate_thirtyfourth_b.py`` to rebuild it (the helpers and the conventions
are those of ``generate.py``; see the corpus README). The site is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks

THIRTYFOURTH_B: dict[str, Callable[[], None]] = {}


def thirtyfourth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTYFOURTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


TV_ROLES = [
    (
        "Beach clean-up crew leader, Saturday mornings",
        "Ocean View Shore Keepers",
        "Norfolk, VA",
        "Weekly · 3 hrs",
        "Environment",
    ),
    ("Oyster garden float tender", "Lynnhaven River Now", "Virginia Beach, VA", "Twice a month · 2 hrs", "Environment"),
    ("Adult literacy tutor for evening classes", "Read Tidewater", "Portsmouth, VA", "Weekly · 2 hrs", "Education"),
    (
        "Food pantry intake and sorting volunteer",
        "Foodbank of Southeastern Virginia",
        "Norfolk, VA",
        "Flexible shifts",
        "Hunger",
    ),
    (
        "Marsh bird survey counter (spring season)",
        "Back Bay Wildlife Friends",
        "Virginia Beach, VA",
        "Seasonal · 6 mornings",
        "Environment",
    ),
    (
        "Grant-writing mentor for small nonprofits",
        "Hampton Roads Giving Circle",
        "Remote",
        "Project · 10 hrs",
        "Capacity building",
    ),
    (
        "Meal delivery driver for homebound seniors",
        "Senior Services of Suffolk",
        "Suffolk, VA",
        "Weekly · 2 hrs",
        "Seniors",
    ),
    (
        "After-school robotics club assistant",
        "Chesapeake STEM Makers",
        "Chesapeake, VA",
        "Weekly · 90 min",
        "Education",
    ),
    (
        "Animal shelter dog-walking volunteer",
        "Portsmouth Humane Society",
        "Portsmouth, VA",
        "Weekly · 2 hrs",
        "Animals",
    ),
    ("Storm-drain stencil painting team", "Elizabeth River Project", "Norfolk, VA", "One day · 4 hrs", "Environment"),
    (
        "Tax-season bookkeeping helper (VITA)",
        "United Way of South Hampton Roads",
        "Norfolk, VA",
        "Seasonal · 4 hrs a week",
        "Financial stability",
    ),
    (
        "Hospital wayfinding greeter, front desk",
        "Sentara Norfolk General Volunteers",
        "Norfolk, VA",
        "Weekly · 4 hrs",
        "Health",
    ),
    (
        "Sea turtle nest monitor at dawn",
        "Sandbridge Turtle Watch",
        "Virginia Beach, VA",
        "Seasonal · daily rota",
        "Environment",
    ),
    (
        "Translation volunteer, Spanish to English forms",
        "Tidewater Community Legal Aid",
        "Remote",
        "Flexible · 3 hrs a week",
        "Legal aid",
    ),
    ("Youth soccer assistant coach, under-10s", "Hampton Roads Kickers", "Hampton, VA", "Weekly · 3 hrs", "Youth"),
    (
        "Habitat build site volunteer, no experience needed",
        "Habitat for Humanity Peninsula",
        "Newport News, VA",
        "One day · 7 hrs",
        "Housing",
    ),
    (
        "Museum gallery docent for school groups",
        "Mariners' Museum Friends",
        "Newport News, VA",
        "Twice a month · 3 hrs",
        "Arts and culture",
    ),
    ("Community garden bed coordinator", "Park Place Growers", "Norfolk, VA", "Weekly · 2 hrs", "Hunger"),
    ("Crisis text line listener, overnight", "Coastal Crisis Support", "Remote", "Weekly · 4 hrs", "Health"),
    ("Shelter kitchen breakfast cook", "ForKids Family Shelter", "Norfolk, VA", "Weekly · 3 hrs", "Housing"),
    (
        "Kayak trail marker installer",
        "Nansemond River Preservation Alliance",
        "Suffolk, VA",
        "One day · 5 hrs",
        "Environment",
    ),
    (
        "Citizenship class conversation partner",
        "Hampton Roads Refugee Welcome",
        "Virginia Beach, VA",
        "Weekly · 90 min",
        "Education",
    ),
    (
        "Blood drive check-in volunteer",
        "American Red Cross Coastal Virginia",
        "Chesapeake, VA",
        "One day · 4 hrs",
        "Health",
    ),
    ("Library summer reading buddy for kids", "Friends of Kirn Memorial", "Norfolk, VA", "Weekly · 2 hrs", "Youth"),
    (
        "Wetland planting day helper",
        "Chesapeake Bay Foundation Hampton Roads",
        "Virginia Beach, VA",
        "One day · 3 hrs",
        "Environment",
    ),
]
TV_SIZES = [10, 10, 5]
TV_QUERY = "cause=any&commitment=any&remote=false&near=&per=10"


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())[:48].rstrip("-")


def _tv_role(n: int) -> dict[str, object]:
    title, org, where, commitment, cause = TV_ROLES[n]
    rid = 5812 - 23 * n
    return {
        "id": rid,
        "title": title,
        "org": {"name": org, "url": f"/organisations/{_slug(org)}/"},
        "where": where,
        "commitment": commitment,
        "remote": where == "Remote",
        "cause": cause,
        "posted": f"2025-03-{28 - n:02d}",
        "path": f"/opportunities/{rid}-{_slug(title)}/",
    }


SCRIPT = """
var TV = window.TV || {};
TV.search = { cause: "any", commitment: "any", remote: false, near: "", per: 10 };
function roleCard(role) {
  return '<article class="role-card"><h3><a href="' + role.path + '">' + role.title + '</a></h3>' +
    '<p class="org">' + role.org.name + '</p><ul class="facts"><li>' + role.where + '</li><li>' +
    role.commitment + '</li><li>' + role.cause + '</li></ul></article>';
}
function drawPager(page, pages) {
  var html = '';
  for (var i = 1; i <= pages; i++) {
    html += '<button class="pg' + (i === page ? ' is-current' : '') + '" data-page="' + i + '">' + i + '</button>';
  }
  $('#role-pager').html(html);
}
function loadRoles(page) {
  $('#roles').addClass('is-loading');
  $.ajax({
    url: "/opportunities/feed",
    type: "GET",
    dataType: "json",
    data: { cause: TV.search.cause, commitment: TV.search.commitment, remote: TV.search.remote,
            near: TV.search.near, per: TV.search.per, page: page },
    success: function (res) {
      $('#roles').removeClass('is-loading').html($.map(res.results, roleCard).join(''));
      $('#role-count').text(res.total + ' opportunities');
      drawPager(res.page, res.pages);
    },
    error: function () { $('#roles').html('<p class="error">We could not load opportunities. Please try again.</p>'); }
  });
}
$(function () {
  loadRoles(1);
  $('#role-pager').on('click', 'button', function () { loadRoles(parseInt($(this).data('page'), 10)); });
  $('.cause-filter').on('click', 'button', function () { TV.search.cause = $(this).data('cause'); loadRoles(1); });
});
"""


def _tv_page() -> str:
    causes = "".join(
        f'<button type="button" data-cause="{c}">{label}</button>'
        for c, label in (
            ("any", "All causes"),
            ("environment", "Environment"),
            ("education", "Education"),
            ("health", "Health"),
            ("hunger", "Hunger"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Volunteer opportunities | Tidewater Volunteers</title>
<link rel="stylesheet" href="/assets/css/site.css">
<script src="https://code.jquery.com/jquery-3.7.1.min.js" integrity="sha256-/JqT3SQfawRcv/BIHPThkBvs0OEvtFFmqPF/lYI/Cxo=" crossorigin="anonymous"></script>
</head>
<body>
<header class="masthead">
 <a class="brand" href="/">Tidewater Volunteers</a>
 <nav class="main-nav"><a href="/opportunities/">Opportunities</a><a href="/organisations/">For organisations</a><a href="/stories/">Stories</a><a href="/about/">About us</a><a class="btn" href="/account/sign-in/">Sign in</a></nav>
</header>
<main id="content">
 <section class="intro">
  <h1>Volunteer opportunities</h1>
  <p>Give a morning, a week or a season to the charities of Hampton Roads. Every role is checked by our team before it is listed.</p>
 </section>
 <div class="cause-filter" role="group" aria-label="Filter by cause">{causes}</div>
 <p id="role-count" class="count"></p>
 <div id="roles" class="role-grid" aria-live="polite"><p class="loading">Loading opportunities…</p></div>
 <nav id="role-pager" class="pager" aria-label="Pages"></nav>
</main>
<footer class="site-footer">
 <p>Tidewater Volunteers is a program of the Coastal Virginia Nonprofit Network. © 2025</p>
 <p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p>
</footer>
<script>{SCRIPT}</script>
</body>
</html>"""


@thirtyfourth_b
def build_tidewater_volunteers() -> None:
    s = Site(
        "tidewater-volunteers",
        kind="volunteer board drawn by a jQuery $.ajax call from a JSON endpoint, its query handed over as a data object (an empty div#roles, jQuery from code.jquery.com; TV.search = {cause, commitment, remote, near, per} and $.ajax({url: '/opportunities/feed', data: {..., page: page}}) asking /opportunities/feed?cause=any&commitment=any&remote=false&near=&per=10&page=N)",
        start="opportunities/",
        description="The volunteer-opportunities board of a coastal charity network (Tidewater Volunteers, Hampton Roads): /opportunities/ serves a masthead, an intro, a cause filter of buttons, an empty div#roles ('Loading opportunities…'), an empty nav#role-pager and a footer; jQuery 3.7.1 comes from code.jquery.com. The inline script sets TV.search = {cause: 'any', commitment: 'any', remote: false, near: '', per: 10} and loadRoles(page) calls $.ajax({url: '/opportunities/feed', type: 'GET', dataType: 'json', data: {cause: TV.search.cause, commitment: TV.search.commitment, remote: TV.search.remote, near: TV.search.near, per: TV.search.per, page: page}, success: …}), drawing article.role-card cards and a pager of buttons; it runs loadRoles(1) on ready. jQuery sends the data as the query: /opportunities/feed?cause=any&commitment=any&remote=false&near=&per=10&page=N answers {page, pages, total, results: [{id, title, org: {name, url}, where, commitment, remote, cause, posted, path}]}. 10 + 10 + 5 opportunities. Written down: title, url (path), organisation (org.name), location (where), commitment.",
    )
    roles = [_tv_role(n) for n in range(len(TV_ROLES))]
    pages = chunks(roles, TV_SIZES)
    s.list_page("opportunities/index.html", _tv_page())
    s.list_pages = 0  # the list pages are the endpoint's answers
    for page, group in enumerate(pages, 1):
        answer = {"page": page, "pages": len(pages), "total": len(roles), "results": group}
        s.list_page(f"opportunities/feed@{TV_QUERY}&page={page}", json.dumps(answer, ensure_ascii=False))
    for role in roles:
        org = role["org"]
        assert isinstance(org, dict)
        s.expect(
            {
                "title": role["title"],
                "url": role["path"],
                "organisation": org["name"],
                "location": role["where"],
                "commitment": role["commitment"],
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTYFOURTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:22} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}")


if __name__ == "__main__":
    main()
