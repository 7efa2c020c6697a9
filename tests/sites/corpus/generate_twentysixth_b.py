"""Twenty-sixth wave, part B: a Moodle course catalogue, a cgit repository index and an Unsplash-style photo
search grid, copied from their real 2024–25 markup as a logged-out visitor gets it and written before any
heuristic was changed for them.

* **ashgrove-learn** — an adult-education college's Moodle 4.3 (Boost theme) course catalogue, category
  "Languages" (``course/index.php?categoryid=7``), as a guest sees it: Moodle's head (the ``M.cfg`` object, YUI
  and RequireJS loaders, the theme's all-CSS), the Boost navbar with the primary "more menu", the language menu
  and "Log in", the page header (h1 "Languages") and breadcrumb, then ``core_course_renderer::course_category``:
  the ``div.categorypicker`` single-select of every category, the category description box, the
  ``core/search_input`` course search form and ``div.course_category_tree`` > ``div.courses`` of
  ``div.coursebox`` (``odd`` / ``even`` / ``first`` / ``last``, ``data-courseid``): ``h3.coursename > a.aalink``
  to ``/course/view.php?id=N``, the enrolment icons (``i.icon`` with only a title: "Self enrolment", "Guest
  access", "Enrolment on payment"), the course image, ``div.summary > div.no-overflow`` (TinyMCE paragraphs, absent
  on a few), ``ul.teachers`` ("Teacher: " in a bold span + the profile link; absent on a few) and the course
  custom fields ("Level: Beginner", "Start date: Tuesday, 22 April 2025", "Fee: £149.00" or "Free"). The site
  shows summaries for up to 100 courses (``courseswithsummarieslimit``), so the 47 courses are expanded, 20 a page
  (``coursesperpage``): Moodle's ``core/paging_bar`` above and below the list links
  ``&browse=courses&perpage=20&page=N`` (0-based pages), the current page ``href="#"``. The footer popover,
  "You are not logged in." and the RequireJS init scripts close the page. Written down: title, url, summary,
  teachers, level, start_date, price + currency (absent when "Free"), enrolment (the icons' titles).
* **brackenhill-git** — a foundation's cgit 1.2.3 repository index (``/``, then ``/?ofs=20`` and ``/?ofs=40``,
  ``max-repo-count=20``): the XHTML-era head, ``table#header`` with the logo and root title / description,
  the ``table.tabs`` (index / about + the search form), then ``table.list.nowrap``: the sort header row,
  ``td.reposection`` rows whenever the section changes (repeated at the top of a page that starts inside a
  section), and repository rows of ``td.sublevel-repo`` name link, the description as a second link to the
  same repository (cut at 80 characters with "..."; Git's "Unnamed repository; edit this file…" on one), the
  owner as a ``?q=`` search link, the idle age ``span.age-weeks`` "3 weeks" titled with the full date, and
  summary / log / tree ``a.button`` links; one empty repository shows no age. ``ul.pager`` of ``[1]`` ``[2]``
  ``[3]`` links titled "Page N" (the current one ``class='current'``, page 1 as ``/``). The footer "generated
  by cgit". Written down: name, url, description, owner, last_update (the ISO day from the age's title),
  section.
* **stillmark** — a free-photo site's search "bioluminescence" copied from Unsplash's 2024–25 markup: a React
  app with five-letter hashed classes and ``data-testid`` hooks: the header (logo, search form, Explore /
  Advertise / Stillmark+ / Log in / Submit an image), the media-type tabs "Photos 54" / "Illustrations 3" /
  "Collections 18" / "Users 4", h1 "Bioluminescence", related-search chips, filter buttons and a sponsored
  iStock-like strip; ``div[data-testid=masonry-grid-count-three]`` holds three column divs, so the DOM runs down
  one column then the next while ``figure[data-masonryposition]`` keeps the ranking; each
  ``figure[itemprop=image]`` has the photographer twice (a mobile header and the hover overlay, "Go to X's
  profile" avatars, "Available for hire" on some), ``a[itemprop=contentUrl]`` titled with the photo's
  description around ``img[data-testid=photo-grid-masonry-img]`` with a srcset, like / collect buttons whose
  svgs say "A heart" / "A plus sign", a download link (or a lock link to the Stillmark+ page on premium photos,
  which also carry a "Stillmark+" badge) and ``link[itemprop]`` license metadata. The first 20 photos are
  server-rendered (and again in ``window.__INITIAL_STATE__``); a "Load more" button, then infinite scroll,
  fetch ``/napi/search/photos?query=bioluminescence&per_page=20&page=N`` from the page's bundle
  (``/assets/…js``), whose answers carry the photos as Unsplash's API does (``total``, ``total_pages``,
  ``results`` with ``alt_description``, ``slug``, ``links.html`` on the real host, ``user.name``, ``premium``).
  20 + 20 + 14 photos. Written down: title (the description shown as the link's title and the image's alt),
  url, photographer.

Run ``uv run python tests/sites/corpus/generate_twentysixth_b.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import json
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote_plus

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

TWENTYSIXTH_B: dict[str, Callable[[], None]] = {}


def twentysixth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    TWENTYSIXTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _token(
    text: str, length: int, alphabet: str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
) -> str:
    """A stable random-looking token (ids, hashes) derived from ``text``."""
    digest = hashlib.sha256(text.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in digest[:length])


# ---------------------------------------------------------------------------------------------------
# ashgrove-learn: Moodle 4.3, Boost, course/index.php?categoryid=7 with &browse=courses&perpage=20&page=N.
# ---------------------------------------------------------------------------------------------------

AL_SITE = "https://learn.ashgrove.ac.uk"
#: Moodle writes every link absolute on its wwwroot; the corpus writes a site's own links root-relative (as its
#: WordPress copies do) so that the local copy's pager and records stay on the served host.
AL_HOST = ""
AL_CATEGORY = 7
AL_START = f"course/index.php?categoryid={AL_CATEGORY}"
AL_PER_PAGE = 20
AL_REV = "1709727461"
AL_SESSKEY = "b7Qw3ZpL0x"


class ALCourse(NamedTuple):
    """One course of the category, in its sort order."""

    cid: int
    name: str
    level: str | None
    start: date | None
    fee: str | None  # "£149.00", "Free" or None (field left empty)
    teachers: tuple[str, ...]
    summary: tuple[str, ...]  # paragraphs; empty: no summary
    enrol: tuple[str, ...]
    image: str | None


AL_TUTORS = {
    "Arabic": ("Samira Haddad",),
    "British Sign Language": ("Owen Pritchard", "Leah Morgan"),
    "French": ("Claire Dubois", "Martin Ashworth"),
    "German": ("Katrin Vogel",),
    "Greek": ("Eleni Papadaki",),
    "Italian": ("Giulia Conti",),
    "Japanese": ("Haruka Sato",),
    "Mandarin Chinese": ("Wei Lin",),
    "Polish": ("Agnieszka Nowak",),
    "Portuguese": ("Rita Ferreira",),
    "Spanish": ("María Ortega", "Daniel Reyes"),
    "Welsh": ("Rhian Evans",),
}

AL_SUMMARIES = {
    "Beginners Stage 1": (
        "Start {lang} from scratch. Over ten weeks you will learn to introduce yourself, order food and drink, ask the way and talk about your family, with plenty of speaking practice in pairs and small groups.",
    ),
    "Beginners Stage 2": (
        "For learners who have finished Stage 1 or have about 30 hours of {lang}. We build on the basics with the past tense, shopping, travel and making arrangements.",
    ),
    "Improvers": (
        "Refresh and extend the {lang} you already have. Ideal if you studied the language at school or have completed our Beginners courses and want to speak with more confidence.",
    ),
    "Intermediate": (
        "Discuss everyday topics, news and culture in {lang} and tidy up your grammar along the way. Classes are taught mostly in the target language.",
        "You will need a copy of the course book; your tutor will confirm the edition in the first session.",
    ),
    "Conversation": (
        "A relaxed weekly conversation class for confident speakers of {lang}. Each session is built around a short article, film clip or podcast chosen by the group.",
    ),
    "Advanced": (
        "Polish your {lang} with authentic texts, debates and presentations. Suitable for learners at B2 level and above.",
    ),
    "Taster": (
        "Not sure which language to choose? This free two-hour taster introduces the sounds, script and a few everyday phrases of {lang}.",
    ),
    "Level 1": (
        "An accredited introduction to {lang} for everyday communication: fingerspelling, numbers, greetings and talking about yourself, your family and your home. The course leads to the Signature Level 1 award.",
        "The exam fee is included.",
    ),
    "Level 2": (
        "Develop your {lang} for work and social situations. Learners need the Level 1 award or equivalent experience.",
    ),
}

AL_LEVEL_FIELD = {
    "Beginners Stage 1": "Beginner",
    "Beginners Stage 2": "Beginner",
    "Improvers": "Elementary",
    "Intermediate": "Intermediate",
    "Conversation": "Upper intermediate",
    "Advanced": "Advanced",
    "Taster": "All levels",
    "Level 1": "Beginner",
    "Level 2": "Elementary",
}

#: (language, level, slot, start, fee, options): options are letters: n = no summary, t = no teacher,
#: g = guest access too, i = course image, l = no level field, s = no start date.
AL_ROWS: list[tuple[str, str, str, str, str | None, str]] = [
    ("Arabic", "Beginners Stage 1", "Monday evening", "2025-04-28", "£149.00", "i"),
    ("Arabic", "Taster", "Saturday morning", "2025-04-26", "Free", "g"),
    ("British Sign Language", "Level 1", "Tuesday evening", "2025-04-22", "£295.00", "i"),
    ("British Sign Language", "Level 1", "Thursday daytime", "2025-04-24", "£295.00", ""),
    ("British Sign Language", "Level 2", "Wednesday evening", "2025-09-17", "£325.00", ""),
    ("French", "Beginners Stage 1", "Monday evening", "2025-04-28", "£149.00", "i"),
    ("French", "Beginners Stage 1", "Online – Wednesday morning", "2025-04-23", "£149.00", ""),
    ("French", "Beginners Stage 2", "Tuesday evening", "2025-04-22", "£149.00", ""),
    ("French", "Improvers", "Thursday evening", "2025-04-24", "£149.00", "g"),
    ("French", "Intermediate", "Wednesday evening", "2025-04-23", "£159.00", "i"),
    ("French", "Conversation", "Friday morning", "2025-04-25", "£129.00", "n"),
    ("French", "Advanced", "Online – Tuesday evening", "2025-09-16", "£159.00", ""),
    ("German", "Beginners Stage 1", "Tuesday evening", "2025-04-22", "£149.00", "i"),
    ("German", "Beginners Stage 2", "Online – Monday evening", "2025-04-28", "£149.00", ""),
    ("German", "Improvers", "Wednesday morning", "2025-04-23", "£149.00", "t"),
    ("German", "Conversation", "Thursday evening", "2025-04-24", "£129.00", ""),
    ("Greek", "Beginners Stage 1", "Wednesday evening", "2025-04-23", "£149.00", "i"),
    ("Greek", "Improvers", "Monday evening", "2025-09-15", "£149.00", "s"),
    ("Italian", "Beginners Stage 1", "Thursday evening", "2025-04-24", "£149.00", "i"),
    ("Italian", "Beginners Stage 1", "Saturday morning", "2025-04-26", "£149.00", "g"),
    ("Italian", "Beginners Stage 2", "Tuesday evening", "2025-04-22", "£149.00", ""),
    ("Italian", "Intermediate", "Online – Wednesday evening", "2025-04-23", "£159.00", ""),
    ("Italian", "Conversation", "Monday morning", "2025-04-28", "£129.00", "n"),
    ("Japanese", "Beginners Stage 1", "Monday evening", "2025-04-28", "£169.00", "i"),
    ("Japanese", "Beginners Stage 2", "Wednesday evening", "2025-04-23", "£169.00", ""),
    ("Japanese", "Taster", "Online – Saturday", "2025-05-10", "Free", "gl"),
    ("Mandarin Chinese", "Beginners Stage 1", "Tuesday evening", "2025-04-22", "£169.00", "i"),
    ("Mandarin Chinese", "Improvers", "Thursday evening", "2025-09-18", "£169.00", "t"),
    ("Polish", "Beginners Stage 1", "Online – Tuesday evening", "2025-04-22", "£149.00", ""),
    ("Portuguese", "Beginners Stage 1", "Wednesday evening", "2025-04-23", "£149.00", "i"),
    ("Portuguese", "Improvers", "Monday evening", "2025-04-28", "£149.00", ""),
    ("Spanish", "Beginners Stage 1", "Monday evening", "2025-04-28", "£149.00", "i"),
    ("Spanish", "Beginners Stage 1", "Tuesday morning", "2025-04-22", "£149.00", ""),
    ("Spanish", "Beginners Stage 1", "Online – Thursday evening", "2025-04-24", "£149.00", ""),
    ("Spanish", "Beginners Stage 2", "Wednesday evening", "2025-04-23", "£149.00", ""),
    ("Spanish", "Beginners Stage 2", "Saturday morning", "2025-04-26", "£149.00", "g"),
    ("Spanish", "Improvers", "Tuesday evening", "2025-04-22", "£149.00", ""),
    ("Spanish", "Improvers", "Online – Friday morning", "2025-04-25", "£149.00", "s"),
    ("Spanish", "Intermediate", "Thursday evening", "2025-04-24", "£159.00", "i"),
    ("Spanish", "Conversation", "Wednesday morning", "2025-04-23", "£129.00", ""),
    ("Spanish", "Conversation", "Online – Monday evening", "2025-04-28", "£129.00", "n"),
    ("Spanish", "Advanced", "Tuesday evening", "2025-09-16", "£159.00", ""),
    ("Welsh", "Beginners Stage 1", "Monday evening", "2025-04-28", "Free", "i"),
    ("Welsh", "Beginners Stage 2", "Online – Wednesday evening", "2025-04-23", "Free", ""),
    ("Welsh", "Taster", "Saturday morning", "2025-05-10", "Free", "g"),
    ("Languages", "Open Learning", "", "", None, "tl"),
    ("Languages", "Tutor Resources", "", "", None, "ntl"),
]


def _al_courses() -> list[ALCourse]:
    courses = []
    for index, (lang, level, slot, start, fee, options) in enumerate(AL_ROWS):
        cid = 212 + index * 3 + (index % 4)
        if lang == "Languages":
            name = f"{lang} {level}" if level == "Open Learning" else f"Languages {level}"
            summary = (
                ()
                if "n" in options
                else (
                    "Self-study materials for all our languages: pronunciation guides, grammar summaries, listening exercises and links to free online resources. Open to everyone, no enrolment key needed.",
                )
            )
            enrol_open: tuple[str, ...] = ("Self enrolment", "Guest access") if level == "Open Learning" else ()
            courses.append(ALCourse(cid, name, None, None, None, (), summary, enrol_open, None))
            continue
        name = f"{lang} {level} – {slot}"
        tutors = AL_TUTORS[lang]
        teachers: tuple[str, ...] = () if "t" in options else (tutors[index % len(tutors)],)
        if lang == "British Sign Language" and level == "Level 1" and "Tuesday" in slot:
            teachers = tutors
        summary = () if "n" in options else tuple(p.format(lang=lang) for p in AL_SUMMARIES[level])
        enrol: tuple[str, ...] = ("Enrolment on payment",) if fee and fee != "Free" else ("Self enrolment",)
        if "g" in options:
            enrol += ("Guest access",)
        image = f"{slug(lang)}-{slug(level)}.jpg" if "i" in options else None
        courses.append(
            ALCourse(
                cid,
                name,
                None if "l" in options else AL_LEVEL_FIELD[level],
                None if "s" in options else date.fromisoformat(start),
                fee,
                teachers,
                summary,
                enrol,
                image,
            )
        )
    return courses


AL_CATEGORIES = [
    (1, "Staff Development"),
    (3, "Adult & Community Learning"),
    (5, "Adult & Community Learning / Arts & Crafts"),
    (6, "Adult & Community Learning / Digital Skills"),
    (7, "Adult & Community Learning / Languages"),
    (8, "Adult & Community Learning / Wellbeing"),
    (9, "Adult & Community Learning / English & Maths"),
    (4, "Apprenticeships"),
    (11, "Apprenticeships / Business Administration"),
    (12, "Apprenticeships / Early Years"),
    (2, "Sandbox"),
]

AL_USERS = {
    "Samira Haddad": 318,
    "Owen Pritchard": 204,
    "Leah Morgan": 377,
    "Claire Dubois": 97,
    "Martin Ashworth": 143,
    "Katrin Vogel": 166,
    "Eleni Papadaki": 402,
    "Giulia Conti": 121,
    "Haruka Sato": 289,
    "Wei Lin": 355,
    "Agnieszka Nowak": 410,
    "Rita Ferreira": 233,
    "María Ortega": 88,
    "Daniel Reyes": 251,
    "Rhian Evans": 176,
}

AL_ICONS = {
    "Self enrolment": "fa-right-to-bracket",
    "Guest access": "fa-lock-open",
    "Enrolment on payment": "fa-money-bill-1",
}


def _al_page_href(page: int) -> str:
    """The paging bar's link to 0-based ``page`` (``moodle_url::out`` keeps the parameters' order)."""
    return f"course/index.php?categoryid={AL_CATEGORY}&browse=courses&perpage={AL_PER_PAGE}&page={page}"


def _al_day(day: date) -> str:
    """``strftimedaydate`` ('%A, %d %B %Y') with Moodle's ``fixday``: 'Tuesday, 2 September 2025'."""
    return f"{day.strftime('%A')}, {day.day} {day.strftime('%B %Y')}"


def _al_customfields(course: ALCourse) -> str:
    fields = []
    if course.level:
        fields.append(("select", "level", "Level", course.level))
    if course.start:
        fields.append(("date", "startdate", "Start date", _al_day(course.start)))
    if course.fee:
        fields.append(("text", "fee", "Fee", course.fee))
    if not fields:
        return ""
    inner = "".join(
        f"""<div class="customfield customfield_{kind} customfield_{short}">
    <span class="customfieldname">{esc(label)}</span><span class="customfieldseparator">: </span><span class="customfieldvalue">{esc(value)}</span>
</div>"""
        for kind, short, label, value in fields
    )
    return f'<div class="customfields-container">{inner}</div>'


def _al_coursebox(course: ALCourse, position: int, count: int) -> str:
    classes = "odd" if position % 2 else "even"
    if position == 1:
        classes += " first"
    if position >= count:
        classes += " last"
    icons = "".join(
        f'<i class="icon fa {AL_ICONS[title]} fa-fw " title="{esc(title)}" role="img" aria-label="{esc(title)}"></i>'
        for title in course.enrol
    )
    enrol = f'<div class="enrolmenticons">{icons}</div>' if icons else ""
    image = ""
    if course.image:
        context = 3100 + course.cid * 2
        image = f'<div class="courseimage"><img src="{AL_HOST}/pluginfile.php/{context}/course/overviewfiles/{course.image}" /></div>'
    summary = ""
    if course.summary:
        paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in course.summary)  # TinyMCE's serialisation
        summary = f'<div class="summary"><div class="no-overflow">{paragraphs}</div></div>'
    teachers = ""
    if course.teachers:
        items = "".join(
            f'<li><span class="font-weight-bold">Teacher: </span><a href="{AL_HOST}/user/view.php?id={AL_USERS[name]}&amp;course=1">{esc(name)}</a></li>'
            for name in course.teachers
        )
        teachers = f'<ul class="teachers">{items}</ul>'
    return (
        f'<div class="coursebox clearfix {classes}" data-courseid="{course.cid}" data-type="1">'
        f'<div class="info"><h3 class="coursename"><a class="aalink" href="{AL_HOST}/course/view.php?id={course.cid}">{esc(course.name)}</a></h3>'
        f'<div class="moreinfo"></div>{enrol}</div>'
        f'<div class="content"><div class="d-flex">{image}<div class="flex-grow-1">{summary}{teachers}{_al_customfields(course)}</div></div></div>'
        "</div>"
    )


def _al_paging_bar(page: int, pages: int) -> str:
    """``core/paging_bar`` (Boost 4.3) for 0-based ``page``."""
    items = []
    if page > 0:
        items.append(
            f"""
                <li class="page-item" data-page-number="{page}">
                    <a href="{AL_HOST}/{esc(_al_page_href(page - 1))}" class="page-link" >
                        <span aria-hidden="true">&laquo;</span>
                        <span class="sr-only">Previous page</span>
                    </a>
                </li>"""
        )
    for number in range(pages):
        if number == page:
            items.append(
                f"""
                <li class="page-item active" data-page-number="{number + 1}">
                    <a href="#" class="page-link" aria-current="page">
                        <span aria-hidden="true">{number + 1}</span>
                        <span class="sr-only">Page {number + 1}</span>
                    </a>
                </li>"""
            )
        else:
            items.append(
                f"""
                <li class="page-item " data-page-number="{number + 1}">
                    <a href="{AL_HOST}/{esc(_al_page_href(number))}" class="page-link" >
                        <span aria-hidden="true">{number + 1}</span>
                        <span class="sr-only">Page {number + 1}</span>
                    </a>
                </li>"""
            )
    if page < pages - 1:
        items.append(
            f"""
                <li class="page-item" data-page-number="{page + 2}">
                    <a href="{AL_HOST}/{esc(_al_page_href(page + 1))}" class="page-link" >
                        <span aria-hidden="true">&raquo;</span>
                        <span class="sr-only">Next page</span>
                    </a>
                </li>"""
        )
    return f"""
    <nav aria-label="Page" class="pagination pagination-centered justify-content-center">
        <ul class="mt-1 pagination " data-page-size="{AL_PER_PAGE}">{"".join(items)}
        </ul>
    </nav>
"""


def _al_categorypicker() -> str:
    options = "\n".join(
        f'                <option value="{cid}"{" selected" if cid == AL_CATEGORY else ""}>{esc(name)}</option>'
        for cid, name in AL_CATEGORIES
    )
    return f"""<div class="categorypicker"><div class="singleselect d-inline-block">
    <form method="get" action="{AL_HOST}/course/index.php" class="d-flex flex-wrap align-items-center" id="switchcategory">
            <label for="single_select65e8a1f0c3d2b1" class="sr-only">
                Categories:
            </label>
        <select  id="single_select65e8a1f0c3d2b1" class="custom-select singleselect" name="categoryid"
                 >
{options}
        </select>
        <noscript>
            <input type="submit" class="btn btn-secondary ml-1" value="Go">
        </noscript>
    </form>
</div></div>"""


def _al_head(page: int) -> str:
    title = "Ashgrove Online: All courses"
    return f"""<!DOCTYPE html>

<html  dir="ltr" lang="en" xml:lang="en">
<head>
    <title>{title}</title>
    <link rel="shortcut icon" href="{AL_HOST}/theme/image.php/boost/theme/{AL_REV}/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, {title}" />
<link rel="stylesheet" type="text/css" href="{AL_HOST}/theme/yui_combo.php?rollup/3.18.1/yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script><link rel="stylesheet" type="text/css" href="{AL_HOST}/theme/styles.php/boost/{AL_REV}_1/all" />
<script>
//<![CDATA[
var M = {{}}; M.yui = {{}};
M.pageloadstarttime = new Date();
M.cfg = {{"wwwroot":"https:\\/\\/learn.ashgrove.ac.uk","homeurl":{{}},"sesskey":"{AL_SESSKEY}","sessiontimeout":"28800","sessiontimeoutwarning":"1200","themerev":"{AL_REV}","slasharguments":1,"theme":"boost","iconsystemmodule":"core\\/icon_system_fontawesome","jsrev":"{AL_REV}","admin":"admin","svgicons":true,"usertimezone":"Europe\\/London","language":"en","courseId":1,"courseContextId":2,"contextid":164,"contextInstanceId":{AL_CATEGORY},"langrev":{AL_REV},"templaterev":"{AL_REV}"}};var yui1ConfigFn = function(me) {{if(/-skin|reset|fonts|grids|base/.test(me.name)){{me.type='css';me.path=me.path.replace(/\\.js/,'.css');me.path=me.path.replace(/\\/yui2-skin/,'/assets/skins/sam/yui2-skin')}}}};
var yui2ConfigFn = function(me) {{var parts=me.name.replace(/^moodle-/,'').split('-'),component=parts.shift(),module=parts[0],min='-min';if(/-(skin|core)$/.test(me.name)){{parts.pop();me.type='css';min=''}}
if(module){{var filename=parts.join('-');me.path=component+'/'+module+'/'+filename+min+'.'+me.type}}else{{me.path=component+'/'+component+'.'+me.type}}}};
YUI_config = {{"debug":false,"base":"https:\\/\\/learn.ashgrove.ac.uk\\/lib\\/yuilib\\/3.18.1\\/","comboBase":"https:\\/\\/learn.ashgrove.ac.uk\\/theme\\/yui_combo.php?","combine":true,"filter":null,"insertBefore":"firstthemesheet","groups":{{"yui2":{{"base":"https:\\/\\/learn.ashgrove.ac.uk\\/lib\\/yuilib\\/2in3\\/2.9.0\\/build\\/","comboBase":"https:\\/\\/learn.ashgrove.ac.uk\\/theme\\/yui_combo.php?","combine":true,"ext":false,"root":"2in3\\/2.9.0\\/build\\/","patterns":{{"yui2-":{{"group":"yui2","configFn":yui1ConfigFn}}}}}},"moodle":{{"name":"moodle","base":"https:\\/\\/learn.ashgrove.ac.uk\\/theme\\/yui_combo.php?m\\/{AL_REV}\\/","combine":true,"comboBase":"https:\\/\\/learn.ashgrove.ac.uk\\/theme\\/yui_combo.php?","ext":false,"root":"m\\/{AL_REV}\\/","patterns":{{"moodle-":{{"group":"moodle","configFn":yui2ConfigFn}}}},"filter":null,"modules":{{"moodle-course-categoryexpander":{{"requires":["node","event-key"]}},"moodle-core-notification":{{"requires":["moodle-core-notification-dialogue","moodle-core-notification-alert","moodle-core-notification-confirm","moodle-core-notification-exception","moodle-core-notification-ajaxexception"]}}}}}}}},"modules":{{"core_filepicker":{{"name":"core_filepicker","fullpath":"https:\\/\\/learn.ashgrove.ac.uk\\/lib\\/javascript.php\\/{AL_REV}\\/repository\\/filepicker.js","requires":["base","node","node-event-simulate","json","async-queue","io-base","io-upload-iframe","io-form","yui2-treeview","panel","cookie","datatable","datatable-sort","resize-plugin","dd-plugin","escape","moodle-core_filepicker","moodle-core-notification-dialogue"]}}}}}};
M.yui.loader = {{modules: {{}}}};

//]]>
</script>

    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body  id="page-course-index-category" class="format-site limitedwidth  path-course chrome dir-ltr lang-en yui-skin-sam yui3-skin-sam learn-ashgrove-ac-uk pagelayout-coursecategory course-1 context-164 category-{AL_CATEGORY} theme uses-drawers notloggedin">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">

    <div>
    <a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a>
</div><script src="{AL_HOST}/lib/javascript.php/{AL_REV}/lib/polyfills/polyfill.js"></script>
<script src="{AL_HOST}/theme/yui_combo.php?rollup/3.18.1/yui-moodlesimple-min.js"></script><script src="{AL_HOST}/lib/javascript.php/{AL_REV}/lib/javascript-static.js"></script>
<script>
//<![CDATA[
document.body.className += ' jsenabled';
//]]>
</script>

"""


def _al_navbar() -> str:
    menu = [
        ("home", "Home", "/"),
        ("courses", "Find a course", "/course/index.php"),
        ("enrol", "How to enrol", "/mod/page/view.php?id=14"),
        ("support", "Learner support", "/mod/page/view.php?id=15"),
    ]
    items = "\n".join(
        f"""                    <li data-key="{key}" class="nav-item" role="none" data-forceintomoremenu="false">
                                <a role="menuitem" class="nav-link {"active" if key == "courses" else ""} "
                                    href="{AL_HOST}{path}"
                                    {'aria-current="true"' if key == "courses" else ""}
                                    tabindex="-1"
                                >
                                    {label}
                                </a>
                    </li>"""
        for key, label, path in menu
    )
    return f"""    <nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site navigation">
        <div class="container-fluid">
            <button class="navbar-toggler aabtn d-block d-md-none px-1 my-1 border-0" data-toggler="drawers" data-action="toggle" data-target="theme_boost-drawers-primary">
                <span class="navbar-toggler-icon"></span>
                <span class="sr-only">Side panel</span>
            </button>

            <a href="{AL_HOST}/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn">

                    <img src="{AL_HOST}/pluginfile.php/1/core_admin/logocompact/300x300/{AL_REV}/ashgrove-mark.png" class="logo mr-1" alt="Ashgrove Online">
            </a>
                <div class="primary-navigation">
                    <nav class="moremenu navigation observed">
                        <ul id="moremenu-65e8a1f0c3d2b-navbar-nav" role="menubar" class="nav more-nav navbar-nav">
{items}
                            <li role="none" class="nav-item dropdown dropdownmoremenu d-none" data-region="morebutton">
                                <a class="dropdown-toggle nav-link " href="#" id="moremenu-dropdown-65e8a1f0c3d2b" role="menuitem" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" tabindex="-1">
                                    More
                                </a>
                                <ul class="dropdown-menu dropdown-menu-left" data-region="moredropdown" aria-labelledby="moremenu-dropdown-65e8a1f0c3d2b" role="menu">
                                </ul>
                            </li>
                        </ul>
                    </nav>
                </div>

            <ul class="navbar-nav d-none d-md-flex my-1 px-1">
                <!-- page_heading_menu -->

            </ul>

            <div id="usernavigation" class="navbar-nav ml-auto">
                    <div class="langmenu">
                        <div class="dropdown show">
                            <a href="#" role="button" id="lang-menu-toggle" data-toggle="dropdown" aria-label="Language" aria-haspopup="true" aria-controls="lang-action-menu" class="btn dropdown-toggle">
                                <i class="icon fa fa-language fa-fw mr-1" aria-hidden="true"></i>
                                <span class="langbutton">
                                    English ‎(en)‎
                                </span>
                                <b class="caret"></b>
                            </a>
                            <div role="menu" aria-labelledby="lang-menu-toggle" id="lang-action-menu" class="dropdown-menu dropdown-menu-right">
                                        <a href="#" class="dropdown-item pl-5" role="menuitem" aria-current="true"
                                                >
                                            English ‎(en)‎
                                        </a>
                                        <a href="{AL_HOST}/course/index.php?categoryid={AL_CATEGORY}&amp;lang=cy" class="dropdown-item pl-5" role="menuitem"
                                                lang="cy" >
                                            Cymraeg ‎(cy)‎
                                        </a>
                            </div>
                        </div>
                    </div>
                    <div class="divider border-left h-75 align-self-center mx-1"></div>
                <div class="d-flex align-items-stretch usermenu-container" data-region="usermenu">
                        <div class="usermenu">
                                <span class="login pl-2">
                                        <a href="{AL_HOST}/login/index.php">Log in</a>
                                </span>
                        </div>
                </div>
            </div>
        </div>
    </nav>
"""


def _al_footer() -> str:
    return f"""
    <footer id="page-footer" class="footer-popover bg-white">
        <div data-region="footer-container-popover">
            <button class="btn btn-icon bg-secondary icon-no-margin btn-footer-popover" data-action="footer-popover" aria-label="Show footer">
                <i class="icon fa fa-question fa-fw " aria-hidden="true"></i>
            </button>
        </div>
        <div class="footer-content-popover container" data-region="footer-content-popover">
                <div class="footer-section p-3 border-bottom">
                    <div class="footer-support-link"><a href="{AL_HOST}/user/contactsitesupport.php"><i class="icon fa fa-envelope-o fa-fw " aria-hidden="true"></i>Contact site support</a></div>
                </div>
            <div class="footer-section p-3 border-bottom">
                <div class="logininfo">
                    <div class="logininfo">You are not logged in. (<a href="{AL_HOST}/login/index.php">Log in</a>)</div>
                </div>
                <div class="tool_usertours-resettourcontainer">
                </div>

                <div class="tool_dataprivacy"><a href="{AL_HOST}/admin/tool/dataprivacy/summary.php">Data retention summary</a></div><div><a class="mobilelink" href="https://download.moodle.org/mobile?version=2023100904&amp;lang=en&amp;iosappid=633359593&amp;androidappid=com.moodle.moodlemobile">Get the mobile app</a></div>
                <script>
//<![CDATA[
var require = {{
    baseUrl : 'https://learn.ashgrove.ac.uk/lib/requirejs.php/{AL_REV}/',
    // We only support AMD modules with an explicit define() statement.
    enforceDefine: true,
    skipDataMain: true,
    waitSeconds : 0,

    paths: {{
        jquery: 'https://learn.ashgrove.ac.uk/lib/javascript.php/{AL_REV}/lib/jquery/jquery-3.7.1.min',
        jqueryui: 'https://learn.ashgrove.ac.uk/lib/javascript.php/{AL_REV}/lib/jquery/ui-1.13.2/jquery-ui.min',
        jqueryprivate: 'https://learn.ashgrove.ac.uk/lib/javascript.php/{AL_REV}/lib/requirejs/jquery-private'
    }},

    // Custom jquery config map.
    map: {{
      // '*' means all modules will get 'jqueryprivate'
      // for their 'jquery' dependency.
      '*': {{ jquery: 'jqueryprivate' }},
      // Stub module for 'process'. This is a workaround for a bug in MathJax (see MDL-60458).
      '*': {{ process: 'core/first' }},

      // 'jquery-private' wants the real jQuery module
      // though. If this line was not here, there would
      // be an unresolvable cyclic dependency.
      jqueryprivate: {{ jquery: 'jquery' }}
    }}
}};

//]]>
</script>
<script src="{AL_HOST}/lib/javascript.php/{AL_REV}/lib/requirejs/require.min.js"></script>
<script>
//<![CDATA[
M.util.js_pending("core/first");
require(['core/first'], function() {{
require(['core/prefetch'])
;
M.util.js_pending('filter_mathjaxloader/loader'); require(['filter_mathjaxloader/loader'], function(amd) {{amd.configure({{"mathjaxconfig":"","lang":"en"}}); M.util.js_complete('filter_mathjaxloader/loader');}});;
require(["media_videojs/loader"], function(loader) {{
    loader.setUp('en');
}});;

    require(['core/moremenu'], function(footer) {{
        footer.default(document.querySelector('#moremenu-65e8a1f0c3d2b-navbar-nav'));
    }});
;

require(['jquery', 'core/custom_interaction_events'], function($, CustomEvents) {{
    CustomEvents.define('#single_select65e8a1f0c3d2b1', [CustomEvents.events.accessibleChange]);
    $('#single_select65e8a1f0c3d2b1').on(CustomEvents.events.accessibleChange, function() {{
        var ignore = $(this).find(':selected').attr('data-ignore');
        if (typeof ignore === typeof undefined) {{
            $('#switchcategory').submit();
        }}
    }});
}});
;

require(['theme_boost/footer-popover'], function(FooterPopover) {{
    FooterPopover.init();
}});
;

M.util.js_pending('theme_boost/loader');
require(['theme_boost/loader', 'theme_boost/drawer'], function(Loader, Drawer) {{
    Drawer.init();
    M.util.js_complete('theme_boost/loader');
}});
;
M.util.js_pending('core/notification'); require(['core/notification'], function(amd) {{amd.init(164, []); M.util.js_complete('core/notification');}});;
M.util.js_pending('core/log'); require(['core/log'], function(amd) {{amd.setConfig({{"level":"warn"}}); M.util.js_complete('core/log');}});;
M.util.js_pending('core/page_global'); require(['core/page_global'], function(amd) {{amd.init(); M.util.js_complete('core/page_global');}});;
M.util.js_pending('core/utility'); require(['core/utility'], function(amd) {{M.util.js_complete('core/utility');}});;
M.util.js_pending('core/storage_validation'); require(['core/storage_validation'], function(amd) {{amd.init(null); M.util.js_complete('core/storage_validation');}});
    M.util.js_complete("core/first");
}});
//]]>
</script>
<script>
//<![CDATA[
M.str = {{"moodle":{{"lastmodified":"Last modified","name":"Name","error":"Error","info":"Information","yes":"Yes","no":"No","collapseall":"Collapse all","expandall":"Expand all","cancel":"Cancel","confirm":"Confirm","areyousure":"Are you sure?","closebuttontitle":"Close","unknownerror":"Unknown error","file":"File","url":"URL","collapseall":"Collapse all","expandall":"Expand all"}},"repository":{{"type":"Type","size":"Size","invalidjson":"Invalid JSON string","nofilesattached":"No files attached","filepicker":"File picker","logout":"Logout","nofilesavailable":"No files available","norepositoriesavailable":"Sorry, none of your current repositories can return files in the required format.","fileexistsdialogheader":"File exists","fileexistsdialog_editor":"A file with that name has already been attached to the text you are editing.","fileexistsdialog_filemanager":"A file with that name has already been attached","renameto":"Rename to \\"{{$a}}\\"","referencesexist":"There are {{$a}} links to this file","select":"Select"}},"admin":{{"confirmdeletecomments":"You are about to delete comments, are you sure?","confirmation":"Confirmation"}},"debug":{{"debuginfo":"Debug info","line":"Line","stacktrace":"Stack trace"}},"langconfig":{{"labelsep":": "}}}};
//]]>
</script>
<script>
//<![CDATA[
(function() {{Y.use("moodle-course-categoryexpander",function() {{Y.Moodle.course.categoryexpander.init();
}});
M.util.help_popups.setup(Y);
 M.util.js_pending('random65e8a1f0c3d2b2'); Y.on('domready', function() {{ M.util.js_complete("init");  M.util.js_complete('random65e8a1f0c3d2b2'); }});
}})();
//]]>
</script>

        </div>

        <div class="footer-content-debugging footer-dark bg-dark text-light">
            <div class="container-fluid footer-dark-inner">

            </div>
        </div>
    </footer>
"""


def _al_page(page: int, pages: int, courses: list[ALCourse]) -> str:
    bar = _al_paging_bar(page, pages)
    boxes = "".join(_al_coursebox(course, position, len(courses)) for position, course in enumerate(courses, 1))
    description = (
        '<div class="box py-3 generalbox info"><div class="no-overflow"><p dir="ltr" style="text-align: left;">'
        "Daytime, evening, weekend and online language courses for adults, from complete beginners to advanced speakers. "
        'Not sure of your level? Try our <a href="https://learn.ashgrove.ac.uk/mod/quiz/view.php?id=2231">free online level check</a> '
        "or come to one of our open evenings.</p></div></div>"
    )
    search = f"""<div class="simplesearchform ">
    <form autocomplete="off" action="{AL_HOST}/course/search.php" method="get" accept-charset="utf-8" class="mform d-flex flex-wrap align-items-center simplesearchform">
        <input type="hidden" name="areaids" value="core_course-course">
    <div class="input-group">
        <label for="searchinput-65e8a1f0c3d2b3">
            <span class="sr-only">Search courses</span>
        </label>
        <input type="text"
           id="searchinput-65e8a1f0c3d2b3"
           class="form-control"
           placeholder="Search courses"
           aria-label="Search courses"
           name="q"
           data-region="input"
           autocomplete="off"
           value=""
        >
        <div class="input-group-append">
            <button type="submit"
                class="btn  btn-primary search-icon"
                >
                <i class="icon fa fa-magnifying-glass fa-fw " aria-hidden="true"></i>
                <span class="sr-only">Search courses</span>
            </button>
        </div>

    </div>
    </form>
</div>"""
    return f"""{_al_head(page)}
{_al_navbar()}

<div  class="drawer drawer-left drawer-primary d-print-none not-initialized" data-region="fixed-drawer" id="theme_boost-drawers-primary" data-preference="" data-state="show-drawer-primary" data-forceopen="0" data-close-on-resize="1">
    <div class="drawerheader">
        <button
            class="btn drawertoggle icon-no-margin hidden"
            data-toggler="drawers"
            data-action="closedrawer"
            data-target="theme_boost-drawers-primary"
            data-toggle="tooltip"
            data-placement="right"
            title="Close drawer"
        >
            <i class="icon fa fa-xmark fa-fw " aria-hidden="true"></i>
        </button>
                <a
            href="{AL_HOST}/"
            title="Ashgrove Online"
            data-region="site-home-link"
            class="aabtn text-reset d-flex align-items-center py-1 h-100"
        >
                <img src="{AL_HOST}/pluginfile.php/1/core_admin/logocompact/300x300/{AL_REV}/ashgrove-mark.png" class="logo py-1 h-100" alt="Ashgrove Online">
        </a>

    </div>
    <div class="drawercontent drag-container" data-usertour="scroller">
                <div class="list-group">
                <a href="{AL_HOST}/" class="list-group-item list-group-item-action  " >
                    Home
                </a>
                <a href="{AL_HOST}/course/index.php" class="list-group-item list-group-item-action active " aria-current="true">
                    Find a course
                </a>
                <a href="{AL_HOST}/mod/page/view.php?id=14" class="list-group-item list-group-item-action  " >
                    How to enrol
                </a>
                <a href="{AL_HOST}/mod/page/view.php?id=15" class="list-group-item list-group-item-action  " >
                    Learner support
                </a>
        </div>

    </div>
</div>
    <div id="page" data-region="mainpage" data-usertour="scroller" class="drawers   drag-container">
        <div id="topofscroll" class="main-inner">
            <div class="drawer-toggles d-flex">
            </div>
            <header id="page-header" class="header-maxwidth d-print-none">
    <div class="w-100">
        <div class="d-flex flex-wrap">
            <div id="page-navbar">
                <nav aria-label="Navigation bar">
    <ol class="breadcrumb">
                <li class="breadcrumb-item">
                    <a href="{AL_HOST}/course/index.php"


                    >
                        Courses
                    </a>
                </li>

                <li class="breadcrumb-item">
                    <a href="{AL_HOST}/course/index.php?categoryid=3"


                    >
                        Adult &amp; Community Learning
                    </a>
                </li>

                <li class="breadcrumb-item">
                    <a href="{AL_HOST}/course/index.php?categoryid={AL_CATEGORY}"
                        aria-current="page"

                    >
                        Languages
                    </a>
                </li>
        </ol>
</nav>
            </div>
            <div class="ml-auto d-flex">

            </div>
            <div id="course-header">

            </div>
        </div>
        <div class="d-flex align-items-center">
                    <div class="mr-auto">
                        <div class="page-context-header"><div class="page-header-headings"><h1 class="h2">Languages</h1></div></div>
                    </div>
            <div class="header-actions-container ml-auto" data-region="header-actions-container">
            </div>
        </div>
    </div>
</header>
            <div id="page-content" class="pb-3 d-print-block">
                <div id="region-main-box">
                    <section id="region-main" aria-label="Content">

                        <span class="notifications" id="user-notifications"></span>
                        <div role="main"><span id="maincontent"></span><span></span>{_al_categorypicker()}{description}{search}<div class="course_category_tree clearfix category-browse category-browse-{AL_CATEGORY}"><div class="content"><div class="courses">{bar}{boxes}{bar}</div></div></div><div class="buttons mt-3"></div></div>

                    </section>
                </div>
            </div>
        </div>
        {_al_footer()}
    </div>

</div>

</body></html>"""


@twentysixth_b
def build_ashgrove_learn() -> None:
    s = Site(
        "ashgrove-learn",
        kind="course catalogue (Moodle 4.3 Boost course/index.php category listing, logged out: div.categorypicker single-select, category description box, core/search_input form, div.course_category_tree > div.courses of div.coursebox.clearfix.odd/even[data-courseid] with h3.coursename > a.aalink to /course/view.php?id=N, div.enrolmenticons of title-only i.icon ('Self enrolment' / 'Guest access' / 'Enrolment on payment'), div.courseimage, div.summary > div.no-overflow TinyMCE paragraphs (absent on some), ul.teachers 'Teacher: ' bold span + profile link, customfields-container 'Level: Beginner' / 'Start date: Tuesday, 22 April 2025' / 'Fee: £149.00' or 'Free'; core/paging_bar nav.pagination above and below over &browse=courses&perpage=20&page=N, 0-based, the current page href='#'; Moodle's absolute wwwroot links written root-relative; footer popover, RequireJS inits)",
        start=AL_START,
        description=f"An adult-education college's Moodle 4.3 site with the Boost theme, category 'Languages' under 'Adult & Community Learning' ({AL_SITE}/course/index.php?categoryid={AL_CATEGORY}, then &browse=courses&perpage=20&page=1 and &page=2, Moodle's 0-based pages) as a logged-out visitor sees it in March 2025: the head (title 'Ashgrove Online: All courses', the YUI combo CSS, the theme's all-CSS, the M.cfg object, YUI_config with the categoryexpander module), body#page-course-index-category.pagelayout-coursecategory.notloggedin, the skip link and loader scripts, the Boost navbar (logo, the primary 'more menu' Home / Find a course (active) / How to enrol / Learner support, the language menu English / Cymraeg, 'Log in'), the primary drawer repeating the menu, header#page-header with the breadcrumb Courses › Adult & Community Learning › Languages (aria-current) and h1 'Languages'; section#region-main > div[role=main]: div.categorypicker with the single_select form#switchcategory of all eleven categories ('Adult & Community Learning / Languages' selected; a noscript Go button), div.generalbox.info with the category description and a level-check link, the core/search_input course search form, then div.course_category_tree.clearfix.category-browse.category-browse-{AL_CATEGORY} > div.content > div.courses: the core/paging_bar (nav.pagination > ul.pagination[data-page-size=20] of li.page-item[data-page-number] with a.page-link holding an aria-hidden number and an sr-only 'Page N', '«' / '»' with sr-only 'Previous page' / 'Next page', the current page li.active with href='#' and aria-current) above and below the courses, which are div.coursebox.clearfix with odd / even / first / last classes, data-courseid and data-type=1: div.info > h3.coursename > a.aalink (/course/view.php?id=N), an empty div.moreinfo, div.enrolmenticons of Font Awesome i.icon elements that carry the method only in title and aria-label ('Self enrolment', 'Guest access', 'Enrolment on payment'); div.content > div.d-flex: div.courseimage > img (overview file) on eleven, div.flex-grow-1 with div.summary > div.no-overflow of TinyMCE p paragraphs (one or two, newline-separated; none on four courses), ul.teachers with li > span.font-weight-bold 'Teacher: ' + a profile link (two teachers on one course, none on five) and div.customfields-container of div.customfield customfield_select / customfield_date / customfield_text: span.customfieldname 'Level' / 'Start date' / 'Fee', span.customfieldseparator ': ', span.customfieldvalue ('Beginner', 'Tuesday, 22 April 2025' in strftimedaydate with fixday, '£149.00' or 'Free'; fields missing on some). The site raised courseswithsummarieslimit so the 47 courses show expanded (Moodle collapses a category of more than 10 by default), 20 + 20 + 7 with coursesperpage 20. The footer popover (Contact site support, 'You are not logged in. (Log in)', Data retention summary, Get the mobile app), the RequireJS config, the init block (moremenu, the category select's accessibleChange handler, footer popover, drawers) and M.str. Moodle's absolute links (on its wwwroot) are written root-relative, as the corpus does for WordPress. Written down: title, url (/course/view.php?id=N), summary (paragraphs joined by a space), teachers (list), level, start_date, price + currency (absent when the fee is 'Free' or missing), enrolment (list of the icons' titles).",
    )
    courses = _al_courses()
    pages = chunks(courses, [AL_PER_PAGE, AL_PER_PAGE, len(courses) - 2 * AL_PER_PAGE])
    for page, rows in enumerate(pages):
        text = _al_page(page, len(pages), rows)
        if page == 0:
            s.list_page(AL_START.replace("?", "@"), text)
            s.write(_al_page_href(0).replace("?", "@"), text)  # the paging bar's own link back to page 1
        else:
            s.list_page(_al_page_href(page).replace("?", "@"), text)
    for course in courses:
        price = None
        if course.fee and course.fee != "Free":
            price = float(course.fee.removeprefix("£"))
        s.expect(
            {
                "title": course.name,
                "url": f"/course/view.php?id={course.cid}",
                "summary": " ".join(course.summary) or None,
                "teachers": list(course.teachers) or None,
                "level": course.level,
                "start_date": course.start.isoformat() if course.start else None,
                "price": price,
                "currency": "GBP" if price is not None else None,
                "enrolment": list(course.enrol) or None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# brackenhill-git: cgit 1.2.3 repository index, max-repo-count=20, sections, ?ofs=N pager.
# ---------------------------------------------------------------------------------------------------

BG_NOW = datetime(2025, 3, 15, 10, 12, 44, tzinfo=UTC)
BG_PER_PAGE = 20
BG_TITLE = "Brackenhill Foundation Git"
BG_DESC = "Source repositories of the Brackenhill Foundation's open-source projects"
BG_UNNAMED = "Unnamed repository; edit this file 'description' to name the repository."

#: section, repository path, description (None: cgit's "[no description]"), owner, age (None: an empty repository).
BG_REPOS: list[tuple[str, str, str | None, str, timedelta | None]] = [
    (
        "Archive",
        "archive/kestrel-1.x.git",
        "Kestrel 1.x (read-only; superseded by core/kestrel.git)",
        "Brackenhill Infra",
        timedelta(days=812, hours=3),
    ),
    (
        "Archive",
        "archive/lantern-web-2019.git",
        "The 2019 project website (Jekyll), kept for the record",
        "Tomasz Wierzbicki",
        timedelta(days=1530, hours=7),
    ),
    (
        "Archive",
        "archive/wickctl.git",
        "Old command-line client for wickd, replaced by tools/bhctl",
        "Priya Raman",
        timedelta(days=640, hours=11),
    ),
    (
        "Core",
        "core/kestrel.git",
        "Kestrel: a small, embeddable time-series storage engine written in C",
        "Priya Raman",
        timedelta(minutes=47),
    ),
    (
        "Core",
        "core/lanternd.git",
        "lanternd, the Lantern metrics collection daemon",
        "Jonas Eberhardt",
        timedelta(hours=5, minutes=12),
    ),
    (
        "Core",
        "core/lanternd-plugins.git",
        "Official input and output plugins for lanternd (SNMP, Modbus, MQTT, InfluxDB line protocol, Prometheus remote write and more)",
        "Jonas Eberhardt",
        timedelta(days=3, hours=2),
    ),
    (
        "Core",
        "core/quill.git",
        "Quill query language: parser, planner and reference interpreter",
        "Ada Okonkwo",
        timedelta(days=9, hours=4),
    ),
    (
        "Core",
        "core/wickd.git",
        "wickd - replication and clustering daemon for Kestrel",
        "Priya Raman",
        timedelta(days=17, hours=1),
    ),
    (
        "Core",
        "core/wickd-operator.git",
        "Kubernetes operator for wickd clusters",
        "Sam Whitlock",
        timedelta(days=44, hours=6),
    ),
    (
        "Documentation",
        "docs/design-notes.git",
        "Design notes and RFCs (accepted, rejected and withdrawn)",
        "Ada Okonkwo",
        timedelta(days=6, hours=20),
    ),
    (
        "Documentation",
        "docs/handbook.git",
        "The Brackenhill contributor handbook",
        "Helen Marsh",
        timedelta(days=26, hours=9),
    ),
    (
        "Documentation",
        "docs/kestrel-manual.git",
        "User and administrator manual for Kestrel (AsciiDoc sources)",
        "Helen Marsh",
        timedelta(days=2, hours=14),
    ),
    (
        "Documentation",
        "docs/website.git",
        "Sources of brackenhill.org (Hugo)",
        "Tomasz Wierzbicki",
        timedelta(hours=19, minutes=30),
    ),
    (
        "Libraries",
        "libs/libbrk.git",
        "Common C utility library shared by the Brackenhill daemons",
        "Priya Raman",
        timedelta(days=11, hours=8),
    ),
    (
        "Libraries",
        "libs/libkestrel-py.git",
        "Python bindings for Kestrel (cffi)",
        "Mateo Ruiz",
        timedelta(days=38, hours=5),
    ),
    (
        "Libraries",
        "libs/libkestrel-rs.git",
        "Safe Rust bindings for the Kestrel storage engine",
        "Ingrid Solberg",
        timedelta(days=4, hours=16),
    ),
    (
        "Libraries",
        "libs/libquill.git",
        "Embeddable Quill parser as a small C library",
        "Ada Okonkwo",
        timedelta(days=71, hours=2),
    ),
    (
        "Libraries",
        "libs/lineproto.git",
        "Fast zero-copy parser and serializer for the line protocol",
        "Jonas Eberhardt",
        timedelta(days=120, hours=1),
    ),
    (
        "Libraries",
        "libs/quill-js.git",
        "Quill syntax highlighting and language server for editors",
        "Mateo Ruiz",
        timedelta(days=15, hours=3),
    ),
    (
        "Libraries",
        "libs/tdigest-c.git",
        "t-digest implementation in portable C99",
        "Ingrid Solberg",
        timedelta(days=402, hours=5),
    ),
    ("Libraries", "libs/varint.git", None, "Priya Raman", timedelta(days=955, hours=9)),
    (
        "Mirrors",
        "mirrors/crc32c.git",
        "Mirror of the crc32c library used by Kestrel",
        "Brackenhill Infra",
        timedelta(days=27, hours=10),
    ),
    (
        "Mirrors",
        "mirrors/lz4.git",
        "Mirror of upstream LZ4 (synced nightly)",
        "Brackenhill Infra",
        timedelta(hours=9, minutes=5),
    ),
    (
        "Mirrors",
        "mirrors/sqlite.git",
        "Mirror of the SQLite source tree (synced nightly from the official Fossil repository)",
        "Brackenhill Infra",
        timedelta(hours=9, minutes=2),
    ),
    ("Mirrors", "mirrors/zstd.git", "Mirror of upstream Zstandard", "Brackenhill Infra", timedelta(days=1, hours=9)),
    (
        "Packaging",
        "packaging/debian.git",
        "Debian packaging for the Brackenhill daemons",
        "Sam Whitlock",
        timedelta(days=8, hours=22),
    ),
    (
        "Packaging",
        "packaging/docker.git",
        "Dockerfiles and compose examples",
        "Sam Whitlock",
        timedelta(days=19, hours=4),
    ),
    (
        "Packaging",
        "packaging/homebrew-tap.git",
        "Homebrew tap for bhctl and lanternd",
        "Mateo Ruiz",
        timedelta(days=52, hours=13),
    ),
    (
        "Packaging",
        "packaging/rpm.git",
        "RPM spec files for Fedora, RHEL and openSUSE",
        "Ingrid Solberg",
        timedelta(days=33, hours=7),
    ),
    ("Packaging", "packaging/snap.git", BG_UNNAMED, "Sam Whitlock", None),
    (
        "Sandbox",
        "sandbox/ada/quill-jit.git",
        "Experiment: compiling Quill expressions with a tiny JIT",
        "Ada Okonkwo",
        timedelta(days=64, hours=3),
    ),
    (
        "Sandbox",
        "sandbox/ingrid/kestrel-wasm.git",
        "Kestrel compiled to WebAssembly, for the browser playground",
        "Ingrid Solberg",
        timedelta(days=12, hours=18),
    ),
    (
        "Sandbox",
        "sandbox/jonas/lanternd-ebpf.git",
        "eBPF-based process and network probes for lanternd (prototype)",
        "Jonas Eberhardt",
        timedelta(days=96, hours=2),
    ),
    (
        "Sandbox",
        "sandbox/priya/wickd-raft.git",
        "Replacing wickd's leader election with Raft",
        "Priya Raman",
        timedelta(days=5, hours=11),
    ),
    (
        "Sandbox",
        "sandbox/sam/ci-images.git",
        "Container images for the CI runners",
        "Sam Whitlock",
        timedelta(hours=2, minutes=41),
    ),
    (
        "Tools",
        "tools/bhctl.git",
        "bhctl, the command-line client for Kestrel and wickd",
        "Priya Raman",
        timedelta(days=1, hours=2),
    ),
    (
        "Tools",
        "tools/bench-harness.git",
        "Benchmark harness and published results for Kestrel releases",
        "Ingrid Solberg",
        timedelta(days=22, hours=5),
    ),
    (
        "Tools",
        "tools/ci-config.git",
        "Shared CI pipeline definitions (builds.sr.ht and Woodpecker)",
        "Sam Whitlock",
        timedelta(days=13, hours=6),
    ),
    (
        "Tools",
        "tools/fuzzers.git",
        "Fuzz targets and corpora for Kestrel, Quill and lineproto",
        "Ada Okonkwo",
        timedelta(days=29, hours=15),
    ),
    (
        "Tools",
        "tools/grafana-dashboards.git",
        "Grafana dashboards for monitoring lanternd and wickd",
        "Jonas Eberhardt",
        timedelta(days=45, hours=9),
    ),
    (
        "Tools",
        "tools/kestrel-dump.git",
        "Inspect and repair Kestrel data files offline",
        "Priya Raman",
        timedelta(days=210, hours=4),
    ),
    (
        "Tools",
        "tools/mailing-list-archiver.git",
        "Scripts that build the public-inbox archives of our mailing lists",
        "Brackenhill Infra",
        timedelta(days=388, hours=6),
    ),
    ("Tools", "tools/quill-fmt.git", "Formatter for Quill queries", "Mateo Ruiz", timedelta(days=58, hours=12)),
    (
        "Tools",
        "tools/release-scripts.git",
        "Scripts used to tag, sign and publish releases",
        "Helen Marsh",
        timedelta(days=10, hours=3),
    ),
    ("Website", "www/blog.git", "Posts for blog.brackenhill.org", "Helen Marsh", timedelta(days=7, hours=5)),
    (
        "Website",
        "www/cgit-theme.git",
        "Stylesheet, logo and header for this cgit instance",
        "Brackenhill Infra",
        timedelta(days=290, hours=8),
    ),
    (
        "Website",
        "www/status-page.git",
        "Static status page for the foundation's services",
        "Tomasz Wierzbicki",
        timedelta(days=140, hours=2),
    ),
]


BG_REPOS.sort(key=lambda repo: (repo[0], repo[1]))  # section-sort, then strcmp on the name ("-" before ".")


def _bg_age(delta: timedelta) -> tuple[str, str]:
    """cgit's ``cgit_print_age`` with ``max_relative`` -1: (class, text)."""
    secs = delta.total_seconds()
    minute, hour, day = 60, 3600, 86400
    week, year = day * 7, day * 365
    month = year / 12.0
    for limit, unit, cls, suffix in (
        (hour * 2, minute, "age-mins", "min."),
        (day * 2, hour, "age-hours", "hours"),
        (week * 2, day, "age-days", "days"),
        (month * 2, week, "age-weeks", "weeks"),
        (year * 2, month, "age-months", "months"),
    ):
        if secs < limit:
            return cls, f"{secs / unit:.0f} {suffix}"
    return "age-years", f"{secs / year:.0f} years"


def _bg_row(repo: tuple[str, str, str | None, str, timedelta | None]) -> str:
    _section, path, desc, owner, age = repo
    shown = desc if desc is not None else "[no description]"
    shown_html = esc(shown[:80]) + "..." if len(shown) > 80 else esc(shown)  # html_ntxt(desc, max-repodesc-len)
    idle = ""
    if age is not None:
        moment = BG_NOW - age
        cls, text = _bg_age(age)
        idle = f"<span class='{cls}' title='{moment.strftime('%Y-%m-%d %H:%M:%S')} +0000'>{text}</span>"
    return (
        f"<tr><td class='sublevel-repo'><a href='/{path}/'>{esc(path)}</a></td>"
        f"<td><a href='/{path}/'>{shown_html}</a></td>"
        f"<td><a href='/?q={quote_plus(owner)}'>{esc(owner)}</a></td>"
        f"<td>{idle}</td>"
        f"<td><a class='button' href='/{path}/'>summary</a><a class='button' href='/{path}/log/'>log</a><a class='button' href='/{path}/tree/'>tree</a></td></tr>\n"
    )


def _bg_href(page: int) -> str:
    return "/" if page == 0 else f"/?ofs={page * BG_PER_PAGE}"


def _bg_page(page: int, pages: int, repos: list[tuple[str, str, str | None, str, timedelta | None]]) -> str:
    rows = []
    last_section: str | None = None
    for repo in repos:
        if repo[0] != last_section:
            rows.append(f"<tr class='nohover-highlight'><td colspan='5' class='reposection'>{esc(repo[0])}</td></tr>")
            last_section = repo[0]
        rows.append(_bg_row(repo))
    pager = "".join(
        "<li><a title='Page "
        + str(n + 1)
        + "'"
        + (" class='current'" if n == page else "")
        + f" href='{_bg_href(n)}'>[{n + 1}]</a></li>"
        for n in range(pages)
    )
    header = (
        "<tr class='nohover'><th class='left'><a href='/?s=name'>Name</a></th><th class='left'><a href='/?s=desc'>Description</a></th>"
        "<th class='left'><a href='/?s=owner'>Owner</a></th><th class='left'><a href='/?s=idle'>Idle</a></th><th class='left'>Links</th></tr>\n"
    )
    return f"""<!DOCTYPE html>
<html lang='en'>
<head>
<title>{esc(BG_TITLE)}</title>
<meta name='generator' content='cgit v1.2.3-73-g5f8ac0f'/>
<meta name='robots' content='index, nofollow'/>
<link rel='stylesheet' type='text/css' href='/cgit.css'/>
<link rel='shortcut icon' href='/favicon.ico'/>
<link rel='stylesheet' type='text/css' href='/static/brackenhill.css'/>
<link rel='alternate' type='application/atom+xml' title='Brackenhill news' href='https://brackenhill.org/news/index.xml'/>
</head>
<body>
<div id='cgit'><table id='header'>
<tr>
<td class='logo' rowspan='2'><a href='https://brackenhill.org/'><img src='/static/brackenhill-logo.png' alt='cgit logo'/></a></td>
<td class='main'>{esc(BG_TITLE)}</td></tr>
<tr><td class='sub'>{esc(BG_DESC)}</td></tr></table>
<table class='tabs'><tr><td>
<a class='active' href='/'>index</a><a href='/?p=about'>about</a></td><td class='form'><form method='get' action='/'>
<input type='search' name='q' size='10' value=''/>
<input type='submit' value='search'/>
</form></td></tr></table>
<div class='content'><table summary='repository list' class='list nowrap'>{header}{"".join(rows)}</table><ul class='pager'>{pager}</ul></div> <!-- class=content -->
<div class='footer'>generated by <a href='https://git.zx2c4.com/cgit/about/'>cgit v1.2.3-73-g5f8ac0f</a> (<a href='https://git-scm.com/'>git 2.43.0</a>) at {BG_NOW.strftime("%Y-%m-%d %H:%M:%S")} +0000</div>
</div> <!-- id=cgit -->
</body>
</html>
"""


@twentysixth_b
def build_brackenhill_git() -> None:
    s = Site(
        "brackenhill-git",
        kind="repository index table (cgit 1.2.3 repolist, max-repo-count=20: table.list.nowrap with a sort-link header row, td.reposection rows at each section change (repeated atop a page that starts inside a section), rows of a td.sublevel-repo name link, the description as a second link to the same repository (cut at 80 characters + '...', Git's 'Unnamed repository; edit this file…' on an empty repository, '[no description]' on one), an owner ?q= search link, span.age-weeks '3 weeks' titled '2025-02-18 14:22:07 +0000', summary / log / tree a.button links; ul.pager of '[1]' '[2]' '[3]' links titled 'Page N' over /?ofs=20 / /?ofs=40, page 1 as '/')",
        start="/",
        description=f"A software foundation's cgit 1.2.3 instance (git.brackenhill.org) with enable-index-links, enable-index-owner, section-sort and max-repo-count=20: the repository index at /, then /?ofs=20 and /?ofs=40, in March 2025. The page is cgit's own markup: the HTML5 doctype with single-quoted attributes, meta generator 'cgit v1.2.3-73-g5f8ac0f', robots 'index, nofollow', cgit.css plus a site stylesheet, an Atom link to the foundation's news; div#cgit > table#header (the logo linking to brackenhill.org in a td.logo[rowspan=2], td.main '{BG_TITLE}', td.sub with the root description), table.tabs (the active 'index' and an 'about' /?p=about link, the search form with input[name=q]), div.content > table[summary='repository list'].list.nowrap: a tr.nohover of th.left sort links (Name /?s=name, Description, Owner, Idle) and 'Links'; a tr.nohover-highlight > td.reposection[colspan=5] row each time the section changes (Archive, Core, Documentation, Libraries, Mirrors, Packaging, Sandbox, Tools, Website — sorted by section, then by name), printed again at the top of a page that starts inside a section; then one tr per repository: td.sublevel-repo > a to /<path>/ with the path as its text ('core/lanternd.git', 'sandbox/ada/quill-jit.git'), a td whose link to the same /<path>/ holds the description (cut after 80 characters with '...' appended on two, '[no description]' on one, Git's default 'Unnamed repository; edit this file 'description' to name the repository.' on an empty repository), the owner as a link to /?q=Owner+Name, the Idle cell (span.age-mins / age-hours / age-days / age-weeks / age-months / age-years '47 min.' … '4 years' whose title holds the full '2025-03-15 09:25:44 +0000' date; empty for the repository without commits), and td of three a.button links summary / log / tree. Below, ul.pager of li > a titled 'Page 1' … 'Page 3' with texts '[1]' '[2]' '[3]', the current one class='current', page 1 as href='/'. div.footer 'generated by cgit v1.2.3-73-g5f8ac0f (git 2.43.0) at 2025-03-15 10:12:44 +0000'. 20 + 20 + {len(BG_REPOS) - 40} repositories. Written down: name (the path as shown), url (/<path>/), description (as shown, '...' included; absent for '[no description]'), owner, last_update (the ISO day read from the age's title; absent when empty), section.",
    )
    pages = chunks(BG_REPOS, [BG_PER_PAGE, BG_PER_PAGE, len(BG_REPOS) - 2 * BG_PER_PAGE])
    for page, repos in enumerate(pages):
        text = _bg_page(page, len(pages), repos)
        s.list_page("index.html" if page == 0 else f"@ofs={page * BG_PER_PAGE}", text)
    for section, path, desc, owner, age in BG_REPOS:
        shown = None if desc is None else (desc[:80] + "..." if len(desc) > 80 else desc)
        s.expect(
            {
                "name": path,
                "url": f"/{path}/",
                "description": shown,
                "owner": owner,
                "last_update": (BG_NOW - age).date().isoformat() if age is not None else None,
                "section": section,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# stillmark: Unsplash 2024-25 search grid, SSR page 1 + /napi/search/photos?query=…&per_page=20&page=N.
# ---------------------------------------------------------------------------------------------------

SM_HOST = "https://stillmark.com"
SM_QUERY = "bioluminescence"
SM_START = f"s/photos/{SM_QUERY}"
SM_PER_PAGE = 20
SM_BUNDLE = "assets/search-photos-route.8c1f4e2a.js"

#: (alt description, photographer, username, available for hire, premium, orientation w/h)
SM_PHOTOS: list[tuple[str, str, str, bool, bool, str]] = [
    ("a wave crashing on a beach at night with blue light", "Mara Quint", "maraquint", True, False, "l"),
    ("glowing blue plankton in the shallow water of a sandy beach", "Vera Holub", "veraholub", False, True, "p"),
    ("a person standing on a beach under a starry sky", "Joel Okafor", "joelokafor", False, False, "p"),
    ("blue bioluminescent waves rolling onto a dark shore", "Anika Lindqvist", "anikalind", True, False, "l"),
    ("a jellyfish glowing in the dark ocean", "Tomás Herrera", "tomasherrera", False, False, "p"),
    ("footprints glowing blue in wet sand at night", "Vera Holub", "veraholub", False, True, "l"),
    ("a long exposure of glowing waves along a rocky coastline", "Leilani Kahale", "leilanik", False, False, "l"),
    ("green and blue glowing mushrooms on a mossy log", "Finn Calloway", "finncalloway", True, False, "s"),
    ("a kayak paddling through glowing water at night", "Yuki Tanabe", "yukitanabe", False, False, "l"),
    ("a cave ceiling covered in glowworms", "Isla Mackenzie", "islamack", False, False, "p"),
    ("hands scooping glowing sea water", "Noor Haddad", "noorhaddad", False, True, "p"),
    ("the milky way over a beach with glowing surf", "Mara Quint", "maraquint", True, False, "l"),
    ("a bay lit up by bioluminescent algae", "Rowan Pike", "rowanpike", False, False, "l"),
    ("close-up of a glowing comb jelly", "Dev Anand", "devanandphoto", True, False, "p"),
    ("fireflies over a field at dusk", "Clara Weiss", "claraweiss", False, False, "l"),
    ("a boat wake glowing blue in a dark harbour", "Mateus Lima", "mateuslima", False, False, "l"),
    ("a child running along a glowing shoreline", "Noor Haddad", "noorhaddad", False, True, "l"),
    ("a squid glowing in the deep sea", "Sofia Marin", "sofiamarin", False, False, "p"),
    ("waves glowing neon blue under a full moon", "Oskar Brandt", "oskarbrandt", True, False, "l"),
    ("a forest floor with tiny glowing fungi", "Finn Calloway", "finncalloway", True, False, "p"),
    ("a swimmer surrounded by sparkling blue light", "Hana Kim", "hanakimphoto", False, False, "p"),
    ("blue light trails in a river at night", "Luca Ferri", "lucaferri", False, False, "l"),
    ("a glowing jellyfish in an aquarium tank", "Vera Holub", "veraholub", False, True, "p"),
    ("the silhouette of a pier over glowing water", "Ama Boateng", "amaboateng", True, False, "l"),
    ("a sea firefly glowing on a fingertip", "Dev Anand", "devanandphoto", True, False, "s"),
    ("glowing blue foam on black sand", "Leilani Kahale", "leilanik", False, False, "l"),
    ("a lagoon glowing at night surrounded by mangroves", "Ethan Cole", "ethancole", False, False, "l"),
    ("a dinoflagellate bloom seen from a cliff", "Priyanka Das", "priyankadas", False, False, "p"),
    ("a couple watching glowing waves from the shore", "Jonah Reeve", "jonahreeve", False, True, "l"),
    ("a glowing anglerfish lure in dark water", "Sofia Marin", "sofiamarin", False, False, "p"),
    ("a waterfall in a cave lit by glowworms", "Isla Mackenzie", "islamack", False, False, "p"),
    ("a paddleboarder on a glowing bay", "Yuki Tanabe", "yukitanabe", False, False, "l"),
    ("small glowing mushrooms on tree bark", "Greta Solheim", "gretasolheim", True, False, "p"),
    ("a crashing wave lit from within by blue light", "Mara Quint", "maraquint", True, False, "l"),
    ("a diver next to a glowing coral reef", "Jonah Reeve", "jonahreeve", False, True, "l"),
    ("a bucket of glowing seawater on a dock", "Rowan Pike", "rowanpike", False, False, "s"),
    ("a red tide glowing blue after dark", "Ethan Cole", "ethancole", False, False, "l"),
    ("a lone tree on a hill with fireflies", "Clara Weiss", "claraweiss", False, False, "p"),
    ("glowing plankton swirling around an oar", "Kai Nakoa", "kainakoa", False, False, "l"),
    ("a beach bonfire next to glowing surf", "Luca Ferri", "lucaferri", False, False, "l"),
    ("a time-lapse of glowing waves at low tide", "Oskar Brandt", "oskarbrandt", True, False, "l"),
    ("a ghost mushroom glowing green in the dark", "Greta Solheim", "gretasolheim", True, False, "p"),
    ("a marine biologist collecting glowing water samples", "Noor Haddad", "noorhaddad", False, True, "p"),
    ("a glowing shoreline seen from a lighthouse", "Ama Boateng", "amaboateng", True, False, "p"),
    ("a sea pen glowing on the ocean floor", "Tomás Herrera", "tomasherrera", False, False, "p"),
    ("blue waves beneath the northern lights", "Anika Lindqvist", "anikalind", True, False, "l"),
    ("a rowing boat drifting on glowing water", "Mateus Lima", "mateuslima", False, False, "l"),
    ("a glowing path of footprints leading to the sea", "Hana Kim", "hanakimphoto", False, False, "p"),
    ("a hand holding a glowing jar at night", "Vera Holub", "veraholub", False, True, "p"),
    ("waves breaking over rocks with blue sparks", "Kai Nakoa", "kainakoa", False, False, "l"),
    ("a luminous shrimp in dark water", "Priyanka Das", "priyankadas", False, False, "s"),
    ("a sandy cove glowing under a cloudy sky", "Joel Okafor", "joelokafor", False, False, "l"),
    ("glowing mycelium in a forest at night", "Finn Calloway", "finncalloway", True, False, "p"),
    ("a dog running through glowing surf", "Leilani Kahale", "leilanik", False, False, "l"),
]

SM_SIZES = {"l": (6000, 4000), "p": (4000, 6000), "s": (4480, 4480)}
SM_DESCRIPTIONS = {
    0: "Bioluminescence at Leo Carrillo beach",
    6: "Glowing tide, Jervis Bay",
    12: "Mosquito Bay, Vieques",
    21: "Night swim",
    33: "Red tide in San Diego, April",
    45: "When two kinds of light meet",
}


class SMPhoto(NamedTuple):
    """One search result as the API holds it."""

    pid: str
    alt: str
    description: str | None
    name: str
    username: str
    hire: bool
    premium: bool
    width: int
    height: int
    stamp: str  # the image file's "photo-1600856209923-34372e319a5d" part
    created: str

    @property
    def slug(self) -> str:
        return f"{slug(self.alt)}-{self.pid}"

    @property
    def path(self) -> str:
        return f"/photos/{self.slug}"

    @property
    def image(self) -> str:
        host = "https://plus.stillmark.com/premium_" if self.premium else "https://images.stillmark.com/"
        return f"{host}{self.stamp}"


def _sm_photos() -> list[SMPhoto]:
    photos = []
    for index, (alt, name, username, hire, premium, orientation) in enumerate(SM_PHOTOS):
        pid = _token(f"stillmark-{alt}", 11, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
        width, height = SM_SIZES[orientation]
        created = datetime(2019, 3, 1, tzinfo=UTC) + timedelta(days=_num(alt, 4) % 2100, seconds=_num(name + alt, 5))
        stamp = f"photo-{int(created.timestamp() * 1000)}-{hashlib.md5(alt.encode()).hexdigest()[:12]}"
        photos.append(
            SMPhoto(
                pid,
                alt,
                SM_DESCRIPTIONS.get(index),
                name,
                username,
                hire,
                premium,
                width,
                height,
                stamp,
                created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
        )
    return photos


def _sm_ixid(position: int) -> str:
    """The search-tracking ``ixid`` the image CDN URLs carry (base64 of the app, the search and the time)."""
    raw = f"3|1207|0|1|search|{position}||{SM_QUERY}|en|0||||1742033564|0"
    return base64.b64encode(raw.encode()).decode().rstrip("=")


SM_WIDTHS = (100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1200, 1400, 1600, 1800, 2000)
SM_HEART = '<svg class="YsiUi" width="16" height="16" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">A heart</desc><path d="M21.424 4.594c-2.101-2.125-5.603-2.125-7.804 0l-1.601 1.619-1.601-1.62c-2.101-2.124-5.603-2.124-7.804 0-2.202 2.126-2.102 5.668 0 7.894L12.019 22l9.405-9.513a5.73 5.73 0 0 0 0-7.893Z"></path></svg>'
SM_PLUS = '<svg class="YsiUi" width="16" height="16" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">A plus sign</desc><path d="M21.8 10.5h-8.3V2.2h-3v8.3H2.2v3h8.3v8.3h3v-8.3h8.3z"></path></svg>'
SM_ARROW = '<svg class="YsiUi" width="16" height="16" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">Arrow pointing down</desc><path d="M19.35 11.625 12 18.975l-7.35-7.35L6.6 9.675l4.05 4.05V3h2.7v10.725l4.05-4.05 1.95 1.95ZM20 20H4v2h16v-2Z"></path></svg>'
SM_LOCK = '<svg class="YsiUi" width="16" height="16" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">A lock</desc><path d="M18 8h-1V6A5 5 0 0 0 7 6v2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2ZM9 6a3 3 0 0 1 6 0v2H9V6Zm9 14H6V10h12v10Z"></path></svg>'
SM_CHECK = '<svg class="e7wkQ" width="16" height="16" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">A checkmark inside of a circle</desc><path d="M12 1C5.9 1 1 5.9 1 12s4.9 11 11 11 11-4.9 11-11S18.1 1 12 1Zm-1.7 16.2L5.5 12.4l1.4-1.4 3.4 3.4 6.8-6.8 1.4 1.4-8.2 8.2Z"></path></svg>'
SM_PLUS_BADGE = '<svg width="16" height="16" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">Plus sign for Stillmark+</desc><path d="M11.281 8.3H8.156V3.125L11.281 1v7.3Zm.316 4.581H3.125L5.578 9.05h6.019v3.831Zm.94-3.862h8.472l-2.453 3.831h-6.019V9.02Zm.313 4.581h3.125v5.175L12.85 21v-7.4Z"></path></svg>'


def _sm_img(photo: SMPhoto, position: int, width: int) -> str:
    return f"{photo.image}?w={width}&auto=format&fit=crop&q=60&ixlib=rb-4.0.3&ixid={_sm_ixid(position)}"


def _sm_avatar(photo: SMPhoto) -> str:
    stamp = _num(photo.username, 13)
    return f"https://images.stillmark.com/profile-{1500000000000 + stamp % 200000000000}-{hashlib.md5(photo.username.encode()).hexdigest()[:10]}image?w=32&dpr=1&crop=faces&bg=%23fff&h=32&auto=format&fit=crop&q=60&ixlib=rb-4.0.3"


def _sm_byline(photo: SMPhoto) -> str:
    hire = ""
    if photo.hire:
        hire = f'<a class="eziW_ U4bTi" href="/@{photo.username}?hire=true"><span class="Vc0rR">Available for hire</span>{SM_CHECK}</a>'
    plus = ""
    if photo.premium:
        plus = '<a class="eziW_ MBB43" href="/plus">Stillmark+</a>'
    return f"""<div class="zmDAx"><div class="kzPDY"><a class="N2odk" href="/@{photo.username}"><div class="xgjeI"><img class="MAKef" src="{esc(_sm_avatar(photo))}" alt="Go to {esc(photo.name)}&#x27;s profile" width="32" height="32"></div></a><div class="bezAd"><a class="N2odk RZQOk eziW_ KHq0c" href="/@{photo.username}">{esc(photo.name)}</a>{hire}{plus}</div></div></div>"""


def _sm_download(photo: SMPhoto) -> str:
    if photo.premium:
        return f'<a class="EdCFo ZgUqI" title="Download this image" href="/plus?referrer=%2Fs%2Fphotos%2F{SM_QUERY}&amp;photo_id={photo.pid}" data-testid="premium-photo-download-button">{SM_LOCK}</a>'
    return f'<a class="EdCFo ZgUqI" title="Download this image" href="{SM_HOST}/photos/{photo.pid}/download?force=true" rel="nofollow" download="" target="_blank" data-testid="non-sponsored-photo-download-button">{SM_ARROW}</a>'


def _sm_buttons(photo: SMPhoto) -> str:
    return (
        f'<button type="button" title="Like this image" class="ZgUqI KHq0c ZR5jm">{SM_HEART}</button>'
        f'<button type="button" title="Add this image to a collection" class="ZgUqI KHq0c ZR5jm">{SM_PLUS}</button>'
    )


def _sm_figure(photo: SMPhoto, position: int) -> str:
    srcset = ", ".join(f"{esc(_sm_img(photo, position, w))} {w}w" for w in SM_WIDTHS)
    loading = "eager" if position <= 6 else "lazy"
    plus_badge = (
        f'<div class="Xnrk0"><a class="KHq0c" href="/plus" title="Stillmark+">{SM_PLUS_BADGE}</a></div>'
        if photo.premium
        else ""
    )
    license_url = f"{SM_HOST}/plus/license" if photo.premium else f"{SM_HOST}/license"
    acquire = (
        f"{SM_HOST}/plus?referrer=%2Fs%2Fphotos%2F{SM_QUERY}&amp;photo_id={photo.pid}"
        if photo.premium
        else f"{SM_HOST}/photos/{photo.slug}"
    )
    return f"""<figure itemprop="image" itemscope="" itemtype="https://schema.org/ImageObject" data-masonryposition="{position}" data-testid="photo-grid-masonry-figure"><div class="_cnA1"><div><div class="Tbd2Y">{_sm_byline(photo)}</div><div class="jWMSo"><div class="JM3zT"><a class="zNNw1" itemprop="contentUrl" title="{esc(photo.alt)}" href="{photo.path}"><div class="wdUrX"><img srcset="{srcset}" sizes="(min-width: 1335px) 416px, (min-width: 992px) calc(calc(100vw - 72px) / 3), (min-width: 768px) calc(calc(100vw - 48px) / 2), 100vw" src="{esc(_sm_img(photo, position, 1000))}" alt="{esc(photo.alt)}" class="ApbSI z1piP" itemprop="thumbnailUrl" style="aspect-ratio:{photo.width}/{photo.height}" loading="{loading}" data-testid="photo-grid-masonry-img"></div></a></div><div class="ZZ9ax"><div class="C8Ybb">{plus_badge}<div class="Rd9RU">{_sm_buttons(photo)}</div></div><div class="JfC0T">{_sm_byline(photo)}<div class="kD7Y9">{_sm_download(photo)}</div></div></div></div><div class="IRtuu"><div class="Rd9RU">{_sm_buttons(photo)}</div>{_sm_download(photo)}</div></div></div><link itemprop="license" href="{license_url}"><link itemprop="acquireLicensePage" href="{acquire}"><div itemprop="creator" itemscope="" itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(photo.name)}"></div></figure>"""


def _sm_columns(photos: list[SMPhoto], first: int) -> list[list[tuple[SMPhoto, int]]]:
    """The masonry layout: each photo goes to the shortest of three columns (heights by aspect ratio)."""
    columns: list[list[tuple[SMPhoto, int]]] = [[], [], []]
    heights = [0.0, 0.0, 0.0]
    for offset, photo in enumerate(photos):
        target = heights.index(min(heights))
        columns[target].append((photo, first + offset))
        heights[target] += photo.height / photo.width
    return columns


def _sm_json(photo: SMPhoto, position: int) -> dict[str, object]:
    """One result as /napi/search/photos answers it."""
    raw = f"{photo.image}?ixid={_sm_ixid(position)}&ixlib=rb-4.0.3"
    user_id = _token(f"user-{photo.username}", 11)
    first, _, last = photo.name.partition(" ")
    tags = [
        w
        for w in ("bioluminescence", "night", "ocean", "glow", "beach", "blue", "nature")
        if w in photo.alt or w == "bioluminescence"
    ][:3]
    return {
        "id": photo.pid,
        "slug": photo.slug,
        "alternative_slugs": {
            "en": photo.slug,
            "es": photo.slug,
            "ja": photo.slug,
            "fr": photo.slug,
            "it": photo.slug,
            "ko": photo.slug,
            "de": photo.slug,
            "pt": photo.slug,
        },
        "created_at": photo.created,
        "updated_at": "2025-03-14T09:21:07Z",
        "promoted_at": None if photo.premium else photo.created,
        "width": photo.width,
        "height": photo.height,
        "color": "#0c2640" if "blue" in photo.alt else "#0c2626",
        "blur_hash": _token(
            f"blur-{photo.alt}",
            28,
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~",
        ),
        "description": photo.description,
        "alt_description": photo.alt,
        "breadcrumbs": [],
        "urls": {
            "raw": raw,
            "full": f"{photo.image}?crop=entropy&cs=srgb&fm=jpg&ixid={_sm_ixid(position)}&ixlib=rb-4.0.3&q=85",
            "regular": f"{photo.image}?crop=entropy&cs=tinysrgb&fit=max&fm=jpg&ixid={_sm_ixid(position)}&ixlib=rb-4.0.3&q=80&w=1080",
            "small": f"{photo.image}?crop=entropy&cs=tinysrgb&fit=max&fm=jpg&ixid={_sm_ixid(position)}&ixlib=rb-4.0.3&q=80&w=400",
            "thumb": f"{photo.image}?crop=entropy&cs=tinysrgb&fit=max&fm=jpg&ixid={_sm_ixid(position)}&ixlib=rb-4.0.3&q=80&w=200",
            "small_s3": f"https://s3.us-west-2.amazonaws.com/images.stillmark.com/small/{photo.stamp}",
        },
        "links": {
            "self": f"https://api.stillmark.com/photos/{photo.slug}",
            "html": f"{SM_HOST}{photo.path}",
            "download": f"{SM_HOST}/photos/{photo.pid}/download",
            "download_location": f"https://api.stillmark.com/photos/{photo.pid}/download?ixid={_sm_ixid(position)}",
        },
        "likes": 0 if photo.premium else 12 + _num(photo.alt, 3) % 480,
        "liked_by_user": False,
        "current_user_collections": [],
        "sponsorship": None,
        "topic_submissions": {} if photo.premium else {"nature": {"status": "approved", "approved_on": photo.created}},
        "asset_type": "photo",
        "premium": photo.premium,
        "plus": photo.premium,
        "user": {
            "id": user_id,
            "updated_at": "2025-03-12T18:02:44Z",
            "username": photo.username,
            "name": photo.name,
            "first_name": first,
            "last_name": last or None,
            "twitter_username": None,
            "portfolio_url": None,
            "bio": None,
            "location": None,
            "links": {
                "self": f"https://api.stillmark.com/users/{photo.username}",
                "html": f"{SM_HOST}/@{photo.username}",
                "photos": f"https://api.stillmark.com/users/{photo.username}/photos",
                "likes": f"https://api.stillmark.com/users/{photo.username}/likes",
                "portfolio": f"https://api.stillmark.com/users/{photo.username}/portfolio",
            },
            "profile_image": {
                "small": _sm_avatar(photo),
                "medium": _sm_avatar(photo).replace("w=32", "w=64").replace("h=32", "h=64"),
                "large": _sm_avatar(photo).replace("w=32", "w=128").replace("h=32", "h=128"),
            },
            "instagram_username": photo.username,
            "total_collections": _num(photo.username, 2),
            "total_likes": _num(photo.username + "l", 3),
            "total_photos": 40 + _num(photo.username + "p", 3),
            "total_promoted_photos": _num(photo.username + "q", 2),
            "total_illustrations": 0,
            "total_promoted_illustrations": 0,
            "accepted_tos": True,
            "for_hire": photo.hire,
            "social": {
                "instagram_username": photo.username,
                "portfolio_url": None,
                "twitter_username": None,
                "paypal_email": None,
            },
        },
        "tags": [{"type": "search", "title": tag} for tag in tags],
    }


def _sm_header() -> str:
    return f"""<header class="pxp5L" data-testid="header"><nav class="fUMHR" aria-label="Main"><a class="oM1SB" href="/" title="Stillmark Home"><svg width="32" height="32" class="SBnFq" viewBox="0 0 32 32" version="1.1" aria-labelledby="stillmark-home" aria-hidden="false"><title id="stillmark-home">Stillmark Home</title><path d="M10 9V0h12v9H10zm12 5h10v18H0V14h10v9h12v-9z"></path></svg></a><div class="m6xV3"><form class="F7Xjz" role="search" action="/s/photos/" method="GET"><button type="submit" title="Search Stillmark" class="RnMuC"><svg width="20" height="20" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">A magnifying glass</desc><path d="M16.5 15h-.8l-.3-.3c1-1.1 1.6-2.6 1.6-4.2C17 6.9 14.1 4 10.5 4S4 6.9 4 10.5 6.9 17 10.5 17c1.6 0 3.1-.6 4.2-1.6l.3.3v.8l5 5 1.5-1.5-5-5Zm-6 0C8 15 6 13 6 10.5S8 6 10.5 6 15 8 15 10.5 13 15 10.5 15Z"></path></svg></button><input type="search" name="searchKeyword" placeholder="Search high-resolution images" autocomplete="off" autocapitalize="none" spellcheck="false" aria-autocomplete="list" class="gKBw1 uq8A1" required="" value="{SM_QUERY}"><button type="button" title="Visual search" class="RnMuC"><svg width="20" height="20" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">Visual search</desc><path d="M8 5h2v2H8V5Zm6 0h2v2h-2V5Z"></path></svg></button></form></div><ul class="bkX1F"><li><a class="kBbVV" href="/explore">Explore</a></li><li><a class="kBbVV" href="/advertise">Advertise</a></li><li><a class="kBbVV VRDVq" href="/plus">Get Stillmark+</a></li></ul><div class="iOCD5"><a class="kBbVV" href="/login">Log in</a><a class="Zk7Yo" href="/submit">Submit an image</a></div><button type="button" title="View more links" class="pjK9N"><svg width="24" height="24" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">navigation menu</desc><path d="M3 16h18v2H3v-2ZM3 6v2h18V6H3Zm0 7h18v-2H3v2Z"></path></svg></button></nav></header>"""


ARIA_CURRENT = ' aria-current="page"'


def _sm_search_head() -> str:
    tabs = [
        ("Photos", f"/s/photos/{SM_QUERY}", "54", True),
        ("Illustrations", f"/s/illustrations/{SM_QUERY}", "3", False),
        ("Collections", f"/s/collections/{SM_QUERY}", "18", False),
        ("Users", f"/s/users/{SM_QUERY}", "4", False),
    ]
    tab_html = "".join(
        f'<li class="fDpVQ"><a class="p7ajO{" rExYR" if current else ""}" href="{href}"{ARIA_CURRENT if current else ""}><span class="Xf3sS">{label}</span><span class="gNxZu">{count}</span></a></li>'
        for label, href, count, current in tabs
    )
    related = [
        "glowing water",
        "night beach",
        "plankton",
        "firefly",
        "ocean night",
        "jellyfish",
        "blue glow",
        "glow worm",
    ]
    chips = "".join(f'<a class="pRk2s xU9Qa" href="/s/photos/{slug(term)}">{term}</a>' for term in related)
    filters = "".join(
        f'<button type="button" class="SdHpk" aria-haspopup="true" aria-expanded="false"><span>{label}</span><svg width="12" height="12" viewBox="0 0 24 24" version="1.1" aria-hidden="false"><desc lang="en-US">Chevron down</desc><path d="M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6 1.4-1.4Z"></path></svg></button>'
        for label in ("License", "Orientation", "Color", "Sort by Relevance")
    )
    return f"""<div class="E7mz0" data-testid="search-nav"><ul class="dqnD2">{tab_html}</ul><div class="pUq2f">{filters}</div></div><div class="Xk0W2"><div class="mq7sZ"><h1 class="mFdam">Bioluminescence</h1><p class="TWfTr">Browse 54 bioluminescence photos, plus 3 illustrations and 18 collections.</p></div><div class="AosLY" data-testid="related-searches"><div class="mUZlj">{chips}</div></div></div>"""


def _sm_sponsored() -> str:
    shots = [
        ("Bioluminescent plankton on a beach at night stock photo", 1398523011),
        ("Glowing waves on the shore of the Maldives stock photo", 1163419825),
        ("Bioluminescence in a tropical lagoon stock photo", 1335280342),
        ("Glowing mushrooms in a dark forest stock photo", 1210744901),
        ("Night kayak tour through bioluminescent bay stock photo", 1290330227),
    ]
    cards = "".join(
        f'<a class="Dd7u1" href="https://www.istockphoto.com/photo/gm{gm}-{gm + 7}?utm_source=stillmark&amp;utm_medium=affiliate&amp;utm_campaign=srp_photos_top&amp;utm_content=https%3A%2F%2Fstillmark.com%2Fs%2Fphotos%2F{SM_QUERY}&amp;utm_term={SM_QUERY}%3A%3A%3A" target="_blank" rel="sponsored noopener"><img class="YVj9w" src="https://media.istockphoto.com/id/{gm}/photo/{slug(alt)}.webp?b=1&amp;s=170667a&amp;w=0&amp;k=20" alt="{esc(alt)}" loading="lazy"></a>'
        for alt, gm in shots
    )
    return f"""<div class="hVqRz" data-testid="istock-sponsored-row"><div class="o3Pie"><a class="YcY9w" href="https://www.istockphoto.com/search/2/image?phrase={SM_QUERY}&amp;utm_source=stillmark&amp;utm_medium=affiliate&amp;utm_campaign=srp_photos_top&amp;utm_term={SM_QUERY}" target="_blank" rel="sponsored noopener"><span class="rb6He">iStock</span><span class="dYq0c">Sponsored</span></a><p class="Q8wM2">Browse premium images on iStock | Use code STILLMARK20 for 20% off</p><a class="Vr6Gq" href="https://www.istockphoto.com/search/2/image?phrase={SM_QUERY}&amp;utm_source=stillmark&amp;utm_medium=affiliate&amp;utm_campaign=srp_photos_top_viewmore&amp;utm_term={SM_QUERY}" target="_blank" rel="sponsored noopener">View more</a></div><div class="zbwLm">{cards}</div></div>"""


def _sm_collections() -> str:
    cards = [
        ("Bioluminescence", 48, "Ama Boateng", "glowing-tides-8812934"),
        ("Night Ocean", 112, "Leilani Kahale", "night-ocean-6670241"),
        ("Glow", 230, "Greta Solheim", "glow-4471980"),
    ]
    items = "".join(
        f'<div class="Zt0a4"><a class="NN3Ca" href="/collections/{cid.rsplit("-", 1)[1]}/{cid.rsplit("-", 1)[0]}"><div class="Vv0ut">{title}</div><div class="zp6ba">{count} images · Curated by {esc(by)}</div></a></div>'
        for title, count, by, cid in cards
    )
    return f'<section class="LJPQO" data-testid="related-collections"><h2 class="FrOxk">Related collections</h2><div class="d6Cxw">{items}</div></section>'


def _sm_state(photos: list[SMPhoto], total: int, pages: int) -> str:
    entities = {p.pid: _sm_json(p, i) for i, p in enumerate(photos, 1)}
    users: dict[str, object] = {}
    for p in photos:
        users.setdefault(p.username, {"username": p.username, "name": p.name, "for_hire": p.hire})
    state = {
        "appConfig": {"apiBase": "/napi", "locale": "en-US", "experiments": {"search-plus-mixing": "treatment"}},
        "auth": {"isLoggedIn": False},
        "entities": {"photos": entities, "users": users},
        "search": {
            "photos": {
                SM_QUERY: {
                    "query": SM_QUERY,
                    "orderBy": "relevant",
                    "page": 1,
                    "perPage": SM_PER_PAGE,
                    "total": total,
                    "totalPages": pages,
                    "ids": [p.pid for p in photos],
                }
            },
            "related": ["glowing water", "night beach", "plankton", "firefly"],
        },
    }
    text = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    return text.replace("</", "<\\/")


def _sm_page(photos: list[SMPhoto], total: int, pages: int) -> str:
    columns = _sm_columns(photos, 1)
    grid = "".join(f'<div class="d95fI">{"".join(_sm_figure(p, pos) for p, pos in column)}</div>' for column in columns)
    title = "50+ Bioluminescence Pictures | Download Free Images on Stillmark"
    description = "Download the perfect bioluminescence pictures. Find over 50+ of the best free bioluminescence images. Free for commercial use ✓ No attribution required ✓ Copyright-free ✓"
    preload = "".join(
        f'<link rel="preload" as="image" imagesrcset="{", ".join(f"{esc(_sm_img(p, pos, w))} {w}w" for w in (400, 800, 1200))}" imagesizes="(min-width: 1335px) 416px, 100vw">'
        for p, pos in [(p, i) for i, p in enumerate(photos[:3], 1)]
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"/><title>{title}</title><meta name="description" content="{esc(description)}"/><link rel="canonical" href="{SM_HOST}/s/photos/{SM_QUERY}"/><link rel="alternate" hrefLang="x-default" href="{SM_HOST}/s/photos/{SM_QUERY}"/><link rel="alternate" hrefLang="es-ES" href="{SM_HOST}/es/s/fotos/{SM_QUERY}"/><link rel="alternate" hrefLang="fr-FR" href="{SM_HOST}/fr/s/photos/{SM_QUERY}"/><link rel="alternate" hrefLang="de-DE" href="{SM_HOST}/de/s/fotos/{SM_QUERY}"/><meta property="og:site_name" content="Stillmark"/><meta property="og:title" content="{title}"/><meta property="og:description" content="{esc(description)}"/><meta property="og:url" content="{SM_HOST}/s/photos/{SM_QUERY}"/><meta property="og:type" content="website"/><meta property="og:image" content="{esc(_sm_img(photos[0], 1, 1200))}"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@stillmark"/><meta name="twitter:title" content="{title}"/><meta name="robots" content="index,follow"/><link rel="icon" href="/favicon-32x32.png" sizes="32x32"/><link rel="apple-touch-icon" href="/apple-touch-icon.png"/><link rel="manifest" href="/manifest.json"/><link rel="preconnect" href="https://images.stillmark.com"/><link rel="preconnect" href="https://plus.stillmark.com"/>{preload}<link rel="stylesheet" href="/assets/app.5d0b7c11.css"/><script async="" src="https://www.googletagmanager.com/gtag/js?id=G-8Q4R1WMX3C"></script><script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag("js",new Date());gtag("config","G-8Q4R1WMX3C",{{send_page_view:false}});</script></head>
<body><div id="app"><div class="Ctr5c"><a class="HyrE2" href="#main-content">Skip to content</a>{_sm_header()}<main id="main-content" class="h8eEM"><div class="uqcYn" data-testid="search-photos-route">{_sm_search_head()}{_sm_sponsored()}<div class="tSYyt"><div class="ripi6" data-testid="masonry-grid-count-three">{grid}</div></div><div class="gDCZZ"><button type="button" class="jpBZ0 Zx0DT" data-testid="load-more-button">Load more</button></div>{_sm_collections()}</div></main></div></div>
<script>window.__INITIAL_STATE__ = {_sm_state(photos, total, pages)};</script>
<script src="/{SM_BUNDLE}" defer=""></script>
</body></html>"""


SM_BUNDLE_JS = r"""/*! search-photos-route 8c1f4e2a */
(function(){"use strict";
var state=window.__INITIAL_STATE__||{};var cfg=state.appConfig||{};var api=cfg.apiBase||"/napi";
var key=Object.keys((state.search||{}).photos||{})[0];var search=key?state.search.photos[key]:null;
if(!search)return;var page=search.page,pages=search.totalPages,busy=false,infinite=false;
var grid=document.querySelector('[data-testid="masonry-grid-count-three"]');var button=document.querySelector('[data-testid="load-more-button"]');
var cols=[].slice.call(grid.children);var heights=cols.map(function(c){return c.getBoundingClientRect().height});
function esc(t){return String(t==null?"":t).replace(/[&<>"']/g,function(c){return{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#x27;"}[c]})}
function figure(p,pos){var u=p.user||{};var src=p.urls.raw+"&w=1000&auto=format&fit=crop&q=60";
var dl=p.premium?'<a class="EdCFo ZgUqI" title="Download this image" href="/plus?photo_id='+esc(p.id)+'" data-testid="premium-photo-download-button"></a>':'<a class="EdCFo ZgUqI" title="Download this image" href="/photos/'+esc(p.id)+'/download?force=true" rel="nofollow" download="" data-testid="non-sponsored-photo-download-button"></a>';
var by='<div class="zmDAx"><div class="kzPDY"><a class="N2odk" href="/@'+esc(u.username)+'"><div class="xgjeI"><img class="MAKef" src="'+esc(u.profile_image&&u.profile_image.small)+'" alt="Go to '+esc(u.name)+'&#x27;s profile"></div></a><div class="bezAd"><a class="N2odk RZQOk eziW_ KHq0c" href="/@'+esc(u.username)+'">'+esc(u.name)+'</a>'+(u.for_hire?'<a class="eziW_ U4bTi" href="/@'+esc(u.username)+'?hire=true"><span class="Vc0rR">Available for hire</span></a>':"")+(p.premium?'<a class="eziW_ MBB43" href="/plus">Stillmark+</a>':"")+'</div></div></div>';
return '<figure itemprop="image" itemscope="" itemtype="https://schema.org/ImageObject" data-masonryposition="'+pos+'" data-testid="photo-grid-masonry-figure"><div class="_cnA1"><div><div class="Tbd2Y">'+by+'</div><div class="jWMSo"><div class="JM3zT"><a class="zNNw1" itemprop="contentUrl" title="'+esc(p.alt_description)+'" href="/photos/'+esc(p.slug)+'"><div class="wdUrX"><img src="'+esc(src)+'" alt="'+esc(p.alt_description)+'" class="ApbSI z1piP" itemprop="thumbnailUrl" style="aspect-ratio:'+p.width+'/'+p.height+'" loading="lazy" data-testid="photo-grid-masonry-img"></div></a></div><div class="ZZ9ax"><div class="JfC0T">'+by+'<div class="kD7Y9">'+dl+'</div></div></div></div></div></div></figure>'}
function append(results){var pos=grid.querySelectorAll("figure").length;results.forEach(function(p){pos+=1;var i=heights.indexOf(Math.min.apply(null,heights));cols[i].insertAdjacentHTML("beforeend",figure(p,pos));heights[i]+=p.height/p.width*400})}
function load(){if(busy||page>=pages)return;busy=true;var next=page+1;
fetch(api+"/search/photos?query="+encodeURIComponent(search.query)+"&per_page="+search.perPage+"&page="+next,{headers:{accept:"application/json"},credentials:"same-origin"}).then(function(r){return r.json()}).then(function(data){page=next;append(data.results||[]);pages=data.total_pages||pages;busy=false;if(page>=pages&&button)button.parentNode.removeChild(button)})["catch"](function(){busy=false})}
if(button)button.addEventListener("click",function(){infinite=true;button.style.display="none";load()});
window.addEventListener("scroll",function(){if(!infinite)return;if(window.innerHeight+window.scrollY>=document.body.offsetHeight-1600)load()},{passive:true});
})();
"""


@twentysixth_b
def build_stillmark() -> None:
    s = Site(
        "stillmark",
        kind="photo search grid (Unsplash 2024–25 search page: React with five-letter hashed classes and data-testid hooks, media-type tabs with counts, related-search chips, a sponsored iStock strip of photo links, div[data-testid=masonry-grid-count-three] of three column divs (DOM order runs down each column, figure[data-masonryposition] keeps the rank), figure[itemprop=image] with the photographer twice (mobile header + hover overlay, 'Go to X's profile' avatars, 'Available for hire'), a[itemprop=contentUrl][title] > img[data-testid=photo-grid-masonry-img] with the description as alt and a srcset, svg-only like / collect / download controls, 'Stillmark+' badges and lock links on premium photos, schema.org license links; 20 SSR photos also in window.__INITIAL_STATE__, then a 'Load more' button and infinite scroll fetching /napi/search/photos?query=…&per_page=20&page=N from an external same-origin bundle; JSON answers with total / total_pages / results)",
        start=SM_START,
        description=f"A free-photo site's search page for '{SM_QUERY}' copied from Unsplash's 2024–25 logged-out markup ({SM_HOST}/{SM_START}; pages 2 and 3 are the JSON answers the page's bundle fetches from /napi/search/photos?query={SM_QUERY}&per_page=20&page=2 and &page=3). The head: title '50+ Bioluminescence Pictures | Download Free Images on Stillmark', the SEO description with ✓ marks, canonical and hreflang alternates, Open Graph / Twitter tags, preconnects, image preloads with imagesrcset, the app CSS and a GA4 tag. div#app: a skip link, header[data-testid=header] (logo svg titled 'Stillmark Home', the search form with input.gKBw1 'Search high-resolution images' holding the query, Explore / Advertise / Get Stillmark+ links, Log in, 'Submit an image', a menu button), main > div[data-testid=search-photos-route]: the media-type tabs (Photos 54 aria-current, Illustrations 3, Collections 18, Users 4) and License / Orientation / Color / 'Sort by Relevance' dropdown buttons, h1 'Bioluminescence' with 'Browse 54 bioluminescence photos, plus 3 illustrations and 18 collections.', related-search chips linking /s/photos/<term>, a sponsored iStock strip ('iStock' 'Sponsored', 'Browse premium images on iStock | Use code STILLMARK20 for 20% off', View more, five photo links to istockphoto.com whose img alts end in 'stock photo'; ads, not records), then div.ripi6[data-testid=masonry-grid-count-three] of three div.d95fI columns filled shortest-first by aspect ratio, so the DOM lists column 1, then 2, then 3 while figure[data-masonryposition] carries the rank 1–20. Each figure[itemprop=image][itemscope][itemtype=ImageObject][data-testid=photo-grid-masonry-figure] > div._cnA1 > div holds: div.Tbd2Y, the mobile byline (a.N2odk avatar link with img alt \"Go to Name's profile\", a.N2odk name link to /@username, 'Available for hire' + a checkmark svg on some, a 'Stillmark+' link on premium photos); div.jWMSo > div.JM3zT > a.zNNw1[itemprop=contentUrl] titled with the photo's description and linking /photos/<slug>-<id>, around div.wdUrX > img.ApbSI[itemprop=thumbnailUrl][data-testid=photo-grid-masonry-img] (alt = the description, a 15-width srcset on images.stillmark.com or plus.stillmark.com/premium_…, sizes, aspect-ratio style, eager for the first six); div.ZZ9ax, the hover overlay: a Stillmark+ svg badge on premium photos, 'Like this image' / 'Add this image to a collection' buttons whose svgs only say 'A heart' / 'A plus sign', the byline again and the download link (title 'Download this image', an 'Arrow pointing down' svg, /photos/<id>/download?force=true with data-testid=non-sponsored-photo-download-button; on premium photos an 'A lock' svg to /plus?referrer=…&photo_id=<id> with data-testid=premium-photo-download-button); div.IRtuu, the mobile action row (the buttons and download link again); and link[itemprop=license] / link[itemprop=acquireLicensePage] (the photo page or the Stillmark+ page) + a creator Person meta. A 'Load more' button[data-testid=load-more-button] ends the grid; 'Related collections' cards follow ('Bioluminescence' · '48 images · Curated by …'; not records). The page's state is in window.__INITIAL_STATE__ (appConfig.apiBase '/napi', the 20 photos as API objects in entities.photos, search.photos.{SM_QUERY} with page 1, perPage 20, total 54, totalPages 3 and the ids). The bundle /{SM_BUNDLE} (deferred, same origin) hooks the button: a click hides it and loads page 2 from apiBase + '/search/photos?query=' + encodeURIComponent(query) + '&per_page=' + perPage + '&page=' + next, appending figures to the shortest column, and from then on a scroll listener loads the next page near the bottom until totalPages. The answers are Unsplash's: {{total, total_pages, results: [{{id, slug, alternative_slugs, created_at, …, description (a different caption on six photos, null elsewhere), alt_description, urls {{raw, full, regular, small, thumb, small_s3}}, links {{self, html ({SM_HOST}/photos/<slug>, the real host), download, download_location}}, likes, sponsorship, topic_submissions, asset_type, premium, plus, user {{id, username, name, first_name, last_name, links, profile_image, for_hire, social, …}}, tags}}]}}. 20 + 20 + 14 photos, 10 of them premium. Written down: title (the photo's description as the link title / img alt), url (/photos/<slug>-<id>), photographer.",
    )
    photos = _sm_photos()
    pages = chunks(photos, [SM_PER_PAGE, SM_PER_PAGE, len(photos) - 2 * SM_PER_PAGE])
    total = len(photos)
    s.list_page(SM_START + "/index.html", _sm_page(pages[0], total, len(pages)))
    s.write(SM_BUNDLE, SM_BUNDLE_JS)
    position = SM_PER_PAGE
    for number, batch in enumerate(pages[1:], 2):
        answer = {
            "total": total,
            "total_pages": len(pages),
            "results": [_sm_json(p, position + i) for i, p in enumerate(batch, 1)],
        }
        position += len(batch)
        s.list_page(
            f"napi/search/photos@query={SM_QUERY}&per_page={SM_PER_PAGE}&page={number}",
            json.dumps(answer, ensure_ascii=False, separators=(",", ":")),
        )
    for photo in photos:
        s.expect({"title": photo.alt, "url": photo.path, "photographer": photo.name})
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in TWENTYSIXTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
