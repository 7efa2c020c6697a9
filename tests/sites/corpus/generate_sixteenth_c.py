"""Sixteenth wave, part C: three list sites of well-known open-web platforms, written and measured before any
heuristic was changed for them (a fediverse hashtag timeline, an open-data catalogue search and a museum
collection search).

* **fedipost** — a Mastodon 4.3 hashtag timeline (``/tags/bookbinding``) as the web app renders it for a
  logged-out visitor: the ``#mastodon`` React root with ``columns-area__panels``, a compositional pane with the
  server banner and "Create account" / "Login", the column header "#bookbinding" with a Follow button and the
  hashtag header ("1.2K posts from 312 participants, 14 today"); ``div.item-list[role=feed]`` of ``article
  [data-id][aria-posinset][aria-setsize]`` items, each ``div.status__wrapper`` with an ``aria-label`` summary,
  a ``status__prepend`` "Maren Olsen boosted" (retweet icon) on boosts, ``div.status__info`` holding the
  relative time link (``/@acct/<id>``, a visibility icon, ``time[datetime][title]`` "3h" / "Mar 17" /
  "Nov 2, 2024") and the display name link (avatar, ``bdi > strong.display-name__html`` with custom emoji
  images, ``span.display-name__account`` "@tomasz@bookbinders.social" or "@ingrid" for local accounts);
  ``div.status__content`` with paragraphs, ``h-card`` mentions and ``a.mention.hashtag`` links (``#<span>…``),
  a content warning on some (``span.p-summary`` + a "Show more" button, the text in a hidden
  ``status__content__text``); a ``hashtag-bar`` that takes the trailing tag-only paragraph out of the text;
  media galleries with ALT badges and link preview cards on some; the action bar with a reply counter
  obfuscated to "1+", boost and favourite counters ("1.2K" over 999) and bookmark / more buttons; a
  ``button``-looking "Load more" link to ``?max_id=<last id>``; the navigation panel, the about footer and an
  ``initial-state`` JSON of the instance settings (no statuses). Written down: author (the display name,
  emoji left out), handle (as shown), url (the status link), date (the UTC day of ``datetime``), text (the
  content as shown, the tag-bar line left out), tags (every hashtag, without "#"), content_warning (on
  some), boosted_by (on boosts), boosts, favourites.
* **datacatalog** — a CKAN 2.10 open-data portal search (``/dataset/?q=water+quality``, a national portal
  theme over CKAN's default templates): the cookie banner, the masthead, breadcrumbs, the search form with
  "1,204 datasets found for “water quality”", the "Order by" select, facet ``section.module`` blocks
  (Organisations, Groups, Tags, Formats, Licences) of ``li.nav-item`` links with ``span.item-label`` and
  ``span.item-count`` badges and "Show More Organisations"; ``ul.dataset-list > li.dataset-item`` items
  (``h3.dataset-heading`` title link, a "Harvested" badge on
  some, ``p.dataset-publisher`` organisation link, ``div.notes`` markdown extract cut with "...", a
  ``ul.dataset-resources`` list of format badges (CKAN lists each format once; none on a dataset without
  resources), a "Last updated" ``dl`` with day-first dates and a licence line on some); CKAN's
  ``ul.pagination`` with "«" / "»", "..." and the last page number over ``&page=N``; a DataCatalog JSON-LD
  with only the portal. Written down: title, url, publisher, summary
  (as cut, "..." kept), formats (as shown), updated, licence (on some).
* **collectionsearch** — a Rijksmuseum-style collection search (English site, ``/en/collection/search?
  query=portrait``, 2024–25 Next.js with CSS-module classes): the header and search bar, filter
  chips and a filter drawer with counts (Object type, Maker, Date, Material, "Only with image"), "7,431
  results", a sort select; a grid of ``article`` tiles each with an image link (``img`` whose ``alt`` is the
  title, lazy ``srcset``), a "Public domain" badge on some, the title link ``/en/collection/<object
  number>``, a subtitle "Rembrandt van Rijn, c. 1665" (maker and date in one line, "anonymous" makers and
  "workshop of …", the date alone where no maker is known), the object type, a heart "Add to collection" button; a "Rijksstudio" promo tile in the
  grid, a numbered ``&page=N`` pager; a footer and a ``__NEXT_DATA__`` holding only object numbers and
  titles. Written down: title, url, maker (as shown, "workshop of" / "after" kept), date (always the text
  the page shows: "c. 1665", "1642" and "1660 - 1665" alike, since most dates here are not plain years),
  object_type, image (the ``src``).

Run ``uv run python tests/sites/corpus/generate_sixteenth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

SIXTEENTH_C: dict[str, Callable[[], None]] = {}


def sixteenth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SIXTEENTH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 5) -> str:
    """A stable CSS-module style suffix (``__SuPct``)."""
    number = zlib.crc32(text.encode())
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    out = ""
    for _ in range(length):
        number, d = divmod(number, len(letters))
        out += letters[d]
    return out


# ---------------------------------------------------------------------------------------------------
# fedipost: a Mastodon 4.3 hashtag timeline as the web app renders it for a logged-out visitor.
# ---------------------------------------------------------------------------------------------------

FP_HOST = "https://fedipost.example"
FP_PATH = "/tags/bookbinding"
FP_NOW = (2025, 3, 20, 12, 0)
#: (id, display name, custom emoji shortcode or "", acct, ISO datetime, paragraphs, tag-bar tags, content warning,
#:  boosted by, replies, boosts, favourites, media alts, link card (host, title) or None)
FP_POSTS: list[tuple[Any, ...]] = [
    (
        "114189230114592817",
        "Ingrid Halvorsen",
        "",
        "ingrid",
        "2025-03-20T09:41:12.000Z",
        [
            "Finished the last signature of the coptic-stitch sketchbook tonight. Linen thread waxed twice this time and it made all the difference.",
            "Next up: a case binding with a rounded spine, wish me luck #bookbinding #coptic",
        ],
        [],
        "",
        "",
        3,
        12,
        48,
        ["A sketchbook with exposed coptic stitching on a wooden table"],
        None,
    ),
    (
        "114189012387743106",
        "Tomasz Wrona",
        "bookbinder",
        "tomasz@bookbinders.social",
        "2025-03-20T08:25:03.000Z",
        [
            "Question for the #bookbinding folks: does anyone still use wheat starch paste for covering, or has everyone moved to methyl cellulose mixes? @ingrid@fedipost.example swore by a 70/30 blend last year."
        ],
        [],
        "",
        "",
        2,
        4,
        19,
        [],
        None,
    ),
    (
        "114188540229018374",
        "Papercut Studio",
        "",
        "papercut@mastodon.art",
        "2025-03-20T06:25:41.000Z",
        [
            "New limited run of marbled endpapers is in the shop. Each sheet is one of a kind, combed and stone patterns in indigo and ochre."
        ],
        ["bookbinding", "marbling", "papercraft"],
        "",
        "Ingrid Halvorsen",
        1,
        37,
        112,
        ["Four marbled sheets in indigo and ochre fanned out", "Close-up of a combed marbling pattern"],
        None,
    ),
    (
        "114188233651901552",
        "Rosa Delgado",
        "",
        "rosa@hachyderm.io",
        "2025-03-20T05:07:55.000Z",
        [
            "I finally understand why my text blocks kept splitting at the shoulder: I was backing them far too hard before the glue had set. Lesson learned the expensive way."
        ],
        ["bookbinding"],
        "",
        "",
        0,
        2,
        9,
        [],
        None,
    ),
    (
        "114187700310842233",
        "Archive & Bind",
        "",
        "archivebind@glammr.us",
        "2025-03-20T02:51:30.000Z",
        [
            "Conservation note: the 1890s ledger we are rebacking has a hollow tube spine and iron-gall ink that has eaten through several leaves. Long thread below on how we stabilise the leaves before any sewing."
        ],
        ["bookbinding", "conservation", "glam"],
        "",
        "",
        5,
        21,
        64,
        ["A nineteenth-century ledger with a detached spine"],
        None,
    ),
    (
        "114187112094571190",
        "Ingrid Halvorsen",
        "",
        "ingrid",
        "2025-03-19T23:21:48.000Z",
        [
            "Spoiler for the swap group: here is what I made for @lena. The cover is goatskin over boards with a blind-tooled border and a tiny gilt hare on the spine."
        ],
        ["bookbinding", "bookswap"],
        "book swap spoilers",
        "",
        1,
        3,
        27,
        ["A small leather-bound book with a gilt hare on the spine"],
        None,
    ),
    (
        "114186500987231444",
        "Kai Brennan",
        "",
        "kai@mastodon.ie",
        "2025-03-19T20:56:02.000Z",
        [
            "Three weeks into learning #bookbinding and I have glue in places I did not know I had. Is that normal? Asking for me."
        ],
        [],
        "",
        "",
        4,
        1,
        33,
        [],
        None,
    ),
    (
        "114186012776654301",
        "The Bindery Guild",
        "guild",
        "binderyguild@bookbinders.social",
        "2025-03-19T18:51:40.000Z",
        [
            "Our spring workshop programme is out: limp vellum bindings, leather paring for beginners and a weekend on historical sewing structures. Booking opens on Monday."
        ],
        ["bookbinding", "workshops"],
        "",
        "Tomasz Wrona",
        0,
        58,
        141,
        [],
        ("bindery-guild.org.uk", "Spring workshops 2025 | The Bindery Guild"),
    ),
    (
        "114185422170399823",
        "Mira Soto",
        "",
        "mira@fosstodon.org",
        "2025-03-19T16:21:09.000Z",
        [
            "Made a tiny press from two offcuts of oak and a pair of carriage bolts. Cost me almost nothing and it holds a single signature perfectly flat while the glue cures."
        ],
        ["bookbinding", "woodworking", "diy"],
        "",
        "",
        2,
        19,
        87,
        ["A small handmade wooden press with two bolts", "The press holding a folded signature"],
        None,
    ),
    (
        "114184907734021875",
        "Lena Fischer",
        "",
        "lena@chaos.social",
        "2025-03-19T14:10:27.000Z",
        [
            "Rounding and backing by hand still terrifies me. Rounding is fine, but the backing hammer and I are not friends yet #bookbinding"
        ],
        [],
        "",
        "",
        3,
        0,
        15,
        [],
        None,
    ),
    (
        "114184380011275940",
        "Oskar Lind",
        "",
        "oskar@mastodon.nu",
        "2025-03-19T11:56:13.000Z",
        [
            "Restored my grandmother's hymnal this week. New endbands, a new hinge and a lot of patience with the old cloth."
        ],
        ["bookbinding", "restoration"],
        "",
        "",
        6,
        11,
        72,
        ["An old hymnal with new endbands"],
        None,
    ),
    (
        "114183615204447029",
        "Papercut Studio",
        "",
        "papercut@mastodon.art",
        "2025-03-19T08:41:55.000Z",
        [
            "We are running a small giveaway for the folks who follow #bookbinding here: five packs of handmade cotton rag paper, A5, 250 gsm. Boost to enter, winners on Friday."
        ],
        [],
        "",
        "",
        9,
        1204,
        388,
        ["Stacks of handmade cotton paper tied with twine"],
        None,
    ),
    (
        "114182980443195612",
        "Ingrid Halvorsen",
        "",
        "ingrid",
        "2025-03-19T05:59:58.000Z",
        [
            "Some thoughts on cutting boards for case bindings with a knife versus a board shear. I have cut myself twice this month and I think that is my answer."
        ],
        ["bookbinding"],
        "knives, a small injury",
        "",
        2,
        0,
        21,
        [],
        None,
    ),
    (
        "114182377029880014",
        "Noor Haddad",
        "",
        "noor@mas.to",
        "2025-03-19T03:26:13.000Z",
        [
            "My first full leather binding, start to finish. Paring was the hardest part by far. The corners are not perfect, but they are mine."
        ],
        ["bookbinding", "leatherwork"],
        "",
        "Rosa Delgado",
        7,
        44,
        230,
        ["A dark red leather-bound notebook", "Detail of a pared leather corner", "The notebook open flat"],
        None,
    ),
    (
        "114181826650301997",
        "Tomasz Wrona",
        "bookbinder",
        "tomasz@bookbinders.social",
        "2025-03-19T01:06:11.000Z",
        [
            "Long read I keep coming back to, on the history of the paperback and perfect binding in the twentieth century #bookbinding #history"
        ],
        [],
        "",
        "",
        0,
        6,
        18,
        [],
        ("publicdomainreview.org", "The Unbound Century: a short history of perfect binding"),
    ),
    (
        "114181004488120375",
        "Kai Brennan",
        "",
        "kai@mastodon.ie",
        "2025-03-18T21:37:04.000Z",
        [
            "Update: the glue situation has been contained. The book, however, is now permanently attached to my cutting mat."
        ],
        ["bookbinding"],
        "",
        "",
        1,
        3,
        41,
        [],
        None,
    ),
    (
        "114180433217609283",
        "Hedda Berg",
        "",
        "hedda@fedipost.example",
        "2025-03-18T19:11:49.000Z",
        [
            "Does anyone have a good source for bookcloth in Europe that is not backed with paper? Looking for something that takes paste well."
        ],
        ["bookbinding", "askfedi"],
        "",
        "",
        3,
        8,
        6,
        [],
        None,
    ),
    (
        "114179671190845402",
        "Archive & Bind",
        "",
        "archivebind@glammr.us",
        "2025-03-18T15:57:58.000Z",
        [
            "A drawer of sewing frames from the collection, the oldest one probably 18th century. Look at the wear on that crossbar."
        ],
        ["bookbinding", "glam", "museums"],
        "",
        "",
        2,
        96,
        301,
        ["A wooden sewing frame with a worn crossbar"],
        None,
    ),
    (
        "114178902265710366",
        "Mira Soto",
        "",
        "mira@fosstodon.org",
        "2025-03-18T12:42:13.000Z",
        [
            "Tip: if your bone folder leaves shiny marks on the cover cloth, put a sheet of silicone release paper between them. Learned that one from @tomasz."
        ],
        ["bookbinding", "tips"],
        "",
        "",
        1,
        27,
        95,
        [],
        None,
    ),
    (
        "114178250083318420",
        "Lena Fischer",
        "",
        "lena@chaos.social",
        "2025-03-18T09:56:22.000Z",
        ["Got the swap book from @ingrid and I am speechless. The tiny hare!"],
        ["bookbinding", "bookswap"],
        "book swap spoilers",
        "",
        1,
        2,
        38,
        ["The leather-bound swap book next to a teacup"],
        None,
    ),
    (
        "114174120987755126",
        "Oskar Lind",
        "",
        "oskar@mastodon.nu",
        "2025-03-17T16:25:51.000Z",
        [
            "Tried the Japanese stab binding with a tortoise-shell pattern for the first time today. Meditative, once you stop miscounting the holes."
        ],
        ["bookbinding", "japanesebinding"],
        "",
        "",
        0,
        5,
        29,
        ["A stab-bound booklet with a tortoise-shell sewing pattern"],
        None,
    ),
    (
        "114168833002711847",
        "The Bindery Guild",
        "guild",
        "binderyguild@bookbinders.social",
        "2025-03-16T18:01:10.000Z",
        [
            "Reminder that the members' exhibition closes on Sunday. Forty bindings from thirty-one members, free entry, the gallery is step-free."
        ],
        ["bookbinding", "exhibition"],
        "",
        "",
        1,
        33,
        76,
        [],
        None,
    ),
    (
        "114160302771094520",
        "Rosa Delgado",
        "",
        "rosa@hachyderm.io",
        "2025-03-15T05:51:39.000Z",
        ["Anyone else keep a notebook of failed bindings? Mine is now thicker than the notebook of good ones."],
        ["bookbinding"],
        "",
        "",
        8,
        14,
        122,
        [],
        None,
    ),
    (
        "114142019560331458",
        "Noor Haddad",
        "",
        "noor@mas.to",
        "2025-03-12T00:22:04.000Z",
        [
            "Paring knife sharpened, leather soaked, spine lining cut. Tomorrow is covering day #bookbinding #leatherwork"
        ],
        [],
        "",
        "",
        0,
        0,
        12,
        [],
        None,
    ),
    (
        "114097560223814075",
        "Hedda Berg",
        "",
        "hedda@fedipost.example",
        "2025-03-04T03:55:30.000Z",
        [
            "Year one of #bookbinding in one picture: every book I made, stacked from worst to best. The bottom of the pile is instructive."
        ],
        [],
        "",
        "Kai Brennan",
        4,
        210,
        980,
        ["A stack of about thirty handmade books"],
        None,
    ),
    (
        "113412883650017236",
        "Tomasz Wrona",
        "bookbinder",
        "tomasz@bookbinders.social",
        "2024-11-02T14:27:44.000Z",
        [
            "Pinned thread: the tools I would buy first if I were starting #bookbinding again, and the ones I regret buying."
        ],
        [],
        "",
        "",
        3,
        152,
        470,
        [],
        None,
    ),
]
FP_PAGES = [10, 10, 6]


def _fp_server(acct: str) -> str:
    return acct.split("@", 1)[1] if "@" in acct else "fedipost.example"


def _fp_word(word: str, server: str) -> tuple[str, str, list[str]]:
    """One word of a post: (html, shown text, hashtags)."""
    core = word.rstrip(".,:;!?")
    tail = word[len(core) :]
    if core.startswith("#") and len(core) > 1:
        tag = core[1:]
        return (
            f'<a href="https://{server}/tags/{esc(tag.lower())}" class="mention hashtag" rel="tag">#<span>{esc(tag)}</span></a>{esc(tail)}',
            core + tail,
            [tag],
        )
    if core.startswith("@") and len(core) > 1:
        user, _, host = core[1:].partition("@")
        href = f"https://{host or server}/@{user}"
        return (
            f'<span class="h-card" translate="no"><a href="{esc(href)}" class="u-url mention">@<span>{esc(user)}</span></a></span>{esc(tail)}',
            f"@{user}{tail}",
            [],
        )
    return esc(word), word, []


def _fp_content(paragraphs: list[str], server: str) -> tuple[str, str, list[str]]:
    """The status HTML, its text as shown and its inline hashtags."""
    html_parts, texts, tags = [], [], []
    for paragraph in paragraphs:
        words = [_fp_word(word, server) for word in paragraph.split(" ")]
        html_parts.append("<p>" + " ".join(w[0] for w in words) + "</p>")
        texts.append(" ".join(w[1] for w in words))
        for w in words:
            tags.extend(w[2])
    # A newline between paragraphs, as the smoke test reads a page without its tags.
    return "\n".join(html_parts), " ".join(texts), tags


def _fp_when(iso: str) -> tuple[str, str]:
    """Mastodon's relative time and the ``title`` of the ``time`` element."""
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    now = datetime(*FP_NOW, tzinfo=UTC)
    delta = now - moment
    title = f"{moment:%b} {moment.day}, {moment.year}, {moment:%H:%M}"
    if delta.total_seconds() < 3600:
        return f"{int(delta.total_seconds() // 60)}m", title
    if delta.total_seconds() < 86400:
        return f"{int(delta.total_seconds() // 3600)}h", title
    if moment.year == now.year:
        return f"{moment:%b} {moment.day}", title
    return f"{moment:%b} {moment.day}, {moment.year}", title


def _fp_count(n: int) -> str:
    if n >= 1000:
        return f"{n / 1000:.1f}K".replace(".0K", "K")
    return str(n)


def _fp_icon(name: str, label: str = "") -> str:
    aria = f' role="img" aria-label="{esc(label)}"><title>{esc(label)}</title>' if label else ' aria-hidden="true">'
    return f'<svg xmlns="http://www.w3.org/2000/svg" height="24" viewBox="0 -960 960 960" width="24" class="icon icon-{name}"{aria}<path d="M280-80v-160H0v-80h280v-160h80v400h-80Z"></path></svg>'


def _fp_button(label: str, icon: str, counter: str | None, extra: str = "") -> str:
    count = (
        f'<span class="icon-button__counter"><span class="animated-number"><span style="position: static;"><span>{counter}</span></span></span></span>'
        if counter is not None
        else ""
    )
    cls = (
        "status__action-bar__button icon-button" + (" icon-button--with-counter" if counter is not None else "") + extra
    )
    return f'<button type="button" aria-label="{label}" aria-hidden="false" title="{label}" class="{cls}" tabindex="0">{_fp_icon(icon)}{count}</button>'


def _fp_display_name(name: str, emoji: str) -> str:
    shown = f'<strong class="display-name__html">{esc(name)}'
    if emoji:
        shown += f' <img draggable="false" class="emojione custom-emoji" alt=":{emoji}:" title=":{emoji}:" src="https://files.fedipost.example/custom_emojis/images/000/0{zlib.crc32(emoji.encode()) % 900 + 100}/static/{emoji}.png" data-original="https://files.fedipost.example/custom_emojis/images/{emoji}.png">'
    return shown + "</strong>"


def _fp_status(post: tuple[Any, ...], position: int, setsize: int) -> tuple[str, dict[str, Any]]:
    sid, name, emoji, acct, iso, paragraphs, bar, cw, booster, replies, boosts, favs, media, card = post
    server = _fp_server(acct)
    body, text, tags = _fp_content(paragraphs, server)
    shown_time, title = _fp_when(iso)
    avatar = f"https://files.fedipost.example/cache/accounts/avatars/{zlib.crc32(acct.encode()) % 999:03d}/{zlib.crc32(acct[::-1].encode()) % 999:03d}/original/{_hash(acct, 8).lower()}.png"
    label = f"{name}, {cw + ', ' if cw else ''}{text[:80]}, {shown_time}, {acct}"
    prepend = ""
    if booster:
        booster_acct = slug(booster.split()[0])
        prepend = f'<div class="status__prepend"><div class="status__prepend__icon">{_fp_icon("retweet")}</div><span><a data-hover-card-account="{zlib.crc32(booster.encode()) % 10**6}" data-id="{zlib.crc32(booster.encode()) % 10**6}" href="/@{booster_acct}" class="status__display-name muted"><bdi><strong>{esc(booster)}</strong></bdi></a> boosted</span></div>'
    if cw:
        content = f'<div class="status__content status__content--with-action status__content--with-spoiler" tabindex="0"><p style="margin-bottom: 0px;"><span class="p-summary" lang="en">{esc(cw)} </span><button type="button" class="status__content__spoiler-link" aria-expanded="false">Show more</button></p><div tabindex="-1" class="status__content__text translate" lang="en" style="display: none;">{body}</div></div>'
    else:
        content = f'<div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text status__content__text--visible translate" lang="en">{body}</div></div>'
    extras = ""
    if media and not cw:
        items = "".join(
            f'<div class="media-gallery__item" style="inset: auto; width: {100 if len(media) == 1 else 50}%; height: 100%;"><a class="media-gallery__item-thumbnail" href="https://files.fedipost.example/media_attachments/files/{sid[:3]}/{sid[3:6]}/{i}/original/{_hash(alt, 10).lower()}.jpg" target="_blank" rel="noopener noreferrer"><img src="https://files.fedipost.example/media_attachments/files/{sid[:3]}/{sid[3:6]}/{i}/small/{_hash(alt, 10).lower()}.jpg" alt="{esc(alt)}" title="{esc(alt)}" lang="en" style="object-position: 50% 50%;"></a><div class="media-gallery__item__badges"><button class="media-gallery__alt__label">ALT</button></div></div>'
            for i, alt in enumerate(media)
        )
        extras += f'<div class="media-gallery media-gallery--layout-{len(media)}" style="aspect-ratio: 3 / 2;"><div class="spoiler-button spoiler-button--minified"><button type="button" class="spoiler-button__overlay"><span class="spoiler-button__overlay__label">Hide</span></button></div>{items}</div>'
    elif media:
        extras += f'<div class="media-gallery media-gallery--layout-{len(media)}" style="aspect-ratio: 3 / 2;"><div class="spoiler-button"><button type="button" class="spoiler-button__overlay"><span class="spoiler-button__overlay__label">Sensitive content<span class="spoiler-button__overlay__action">Click to show</span></span></button></div></div>'
    if card:
        host, card_title = card
        extras += f'<div class="status-card expanded"><div class="status-card__image"><canvas class="status-card__image-preview" width="32" height="32"></canvas><img src="https://files.fedipost.example/cache/preview_cards/images/{_hash(card_title, 9).lower()}.jpg" alt="" class="status-card__image-image"></div><a href="https://{host}/{slug(card_title)}" class="status-card__content" target="_blank" rel="noopener noreferrer"><span class="status-card__host"><span lang="en">{host}</span></span><strong class="status-card__title" title="{esc(card_title)}" lang="en">{esc(card_title)}</strong></a></div>'
    if bar:
        extras += (
            '<div class="hashtag-bar">'
            + "".join(f'<a href="/tags/{esc(t)}">#<span>{esc(t)}</span></a>' for t in bar)
            + "</div>"
        )
    reply_count = "1+" if replies > 1 else str(replies)
    actions = (
        '<div class="status__action-bar">'
        f'<div class="status__action-bar__button-wrapper">{_fp_button("Reply", "reply", reply_count)}</div>'
        f'<div class="status__action-bar__button-wrapper">{_fp_button("Boost", "retweet", _fp_count(boosts))}</div>'
        f'<div class="status__action-bar__button-wrapper">{_fp_button("Favorite", "star", _fp_count(favs), " star-icon")}</div>'
        f'<div class="status__action-bar__button-wrapper">{_fp_button("Bookmark", "bookmark", None, " bookmark-icon")}</div>'
        f'<div class="status__action-bar__dropdown"><button type="button" aria-label="More" title="More" class="icon-button" tabindex="0" aria-expanded="false">{_fp_icon("ellipsis-h")}</button></div>'
        "</div>"
    )
    markup = f"""<article data-id="{sid}" aria-posinset="{position}" aria-setsize="{setsize}"><div tabindex="-1"><div class="status__wrapper status__wrapper-public focusable" tabindex="0" aria-label="{esc(label)}">{prepend}<div class="status status-public{" status-reblog" if booster else ""}" data-id="{sid}"><div class="status__info"><a href="/@{acct}/{sid}" class="status__relative-time"><span class="status__visibility-icon">{_fp_icon("globe", "Public")}</span><time datetime="{iso}" title="{title}">{shown_time}</time></a><a href="/@{acct}" title="@{acct}" data-hover-card-account="{zlib.crc32(acct.encode()) % 10**6}" class="status__display-name"><div class="status__avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="{avatar}" alt=""></div></div><span class="display-name"><bdi>{_fp_display_name(name, emoji)}</bdi> <span class="display-name__account">@{esc(acct)}</span></span></a></div>{content}{extras}{actions}</div></div></div></article>"""
    all_tags: list[str] = []
    for tag in [*tags, *bar]:
        if tag.lower() not in [t.lower() for t in all_tags]:
            all_tags.append(tag)
    record = {
        "author": name,
        "handle": f"@{acct}",
        "url": f"/@{acct}/{sid}",
        "date": iso[:10],
        "text": text,
        "tags": all_tags,
        "content_warning": cw or None,
        "boosted_by": booster or None,
        "boosts": boosts,
        "favourites": favs,
    }
    return markup, record


def _fp_href(number: int, pages: list[list[tuple[Any, ...]]]) -> str:
    return FP_PATH if number == 1 else f"{FP_PATH}?max_id={pages[number - 2][-1][0]}"


def _fp_page(number: int, pages: list[list[tuple[Any, ...]]], s: Site) -> str:
    posts = pages[number - 1]
    before = sum(len(p) for p in pages[: number - 1])
    articles = []
    for i, post in enumerate(posts):
        markup, record = _fp_status(post, before + i + 1, before + len(posts) + (20 if number < len(pages) else 0))
        articles.append(markup)
        s.expect(record)
    more = (
        f'<a class="load-more load-gap" href="{_fp_href(number + 1, pages)}" role="button" data-max-id="{posts[-1][0]}">Load more</a>'
        if number < len(pages)
        else '<div class="regeneration-indicator"><div class="regeneration-indicator__label">Looks like there is nothing more here.</div></div>'
    )
    state = {
        "meta": {
            "access_token": None,
            "activity_api_enabled": True,
            "domain": "fedipost.example",
            "limited_federation_mode": False,
            "locale": "en",
            "mascot": None,
            "profile_directory": True,
            "registrations_open": True,
            "repository": "mastodon/mastodon",
            "search_enabled": True,
            "single_user_mode": False,
            "source_url": "https://github.com/mastodon/mastodon",
            "sso_redirect": None,
            "status_page_url": "https://status.fedipost.example",
            "streaming_api_base_url": "wss://streaming.fedipost.example",
            "title": "Fedipost",
            "trends_as_landing_page": True,
            "trends_enabled": True,
            "version": "4.3.4",
        },
        "compose": {"text": ""},
        "accounts": {},
        "media_attachments": {"accept_content_types": [".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4"]},
        "settings": {},
        "languages": [["en", "English", "English"], ["de", "German", "Deutsch"]],
        "push_subscription": None,
        "role": None,
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="/favicon.ico" rel="icon" type="image/x-icon">
<link href="/manifest" rel="manifest">
<meta content="#191b22" name="theme-color">
<meta content="yes" name="apple-mobile-web-app-capable">
<title>#bookbinding - Fedipost</title>
<link rel="stylesheet" crossorigin="anonymous" href="/packs/css/skins/glitch/mastodon-light-2f6d8e13.css" media="not all and (prefers-color-scheme: dark)">
<script src="/packs/js/common-1a6e1f0b4a.js" crossorigin="anonymous" type="module"></script>
<meta content="summary" property="twitter:card">
<meta content="#bookbinding - Fedipost" property="og:title">
<meta content="https://fedipost.example/tags/bookbinding" property="og:url">
<script id="initial-state" type="application/json">{json.dumps(state)}</script>
</head>
<body class="app-body theme-mastodon-light layout-multiple-columns">
<div class="app-holder" data-props="{esc(json.dumps({"locale": "en"}))}" id="mastodon">
<div class="ui" tabindex="-1"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div>
<div class="columns-area__panels"><div class="columns-area__panels__pane columns-area__panels__pane--compositional"><div class="columns-area__panels__pane__inner"><div class="compose-panel"><div class="server-banner"><div class="server-banner__introduction"><strong>Fedipost</strong> is part of the decentralized social network powered by <a href="https://joinmastodon.org" target="_blank" rel="noopener">Mastodon</a>.</div><img src="https://files.fedipost.example/site_uploads/files/000/000/001/@1x/thumbnail.png" alt="Fedipost" class="server-banner__hero"><div class="server-banner__description">A small general-purpose server for makers, crafters and people who like paper.</div><div class="server-banner__meta"><div class="server-banner__meta__column"><h4>Administered by:</h4><div class="account account--minimal"><a class="account__display-name" href="/@admin"><span class="display-name"><bdi><strong class="display-name__html">Fedipost Admin</strong></bdi> <span class="display-name__account">@admin</span></span></a></div></div><div class="server-banner__meta__column"><h4>Server stats:</h4><strong class="server-banner__number">2.4K</strong><br><span class="server-banner__number-label" title="Users active on this server during the last 30 days (Monthly Active Users)">active users</span></div></div></div><div class="sign-in-banner"><p><strong>Mastodon is the best way to keep up with what's happening.</strong></p><p>Follow anyone across the fediverse and see it all in chronological order. No algorithms, ads, or clickbait in sight.</p><a href="/auth/sign_up" class="button button--block">Create account</a><a href="/auth/sign_in" class="button button--block button-tertiary">Login</a></div></div></div></div>
<div class="columns-area__panels__main"><div class="tabs-bar__wrapper"></div><div class="columns-area columns-area--mobile"><div role="region" aria-label="bookbinding" class="column"><div class="column-header__wrapper"><h1 class="column-header"><button type="button" class="column-header__title">{_fp_icon("hashtag")}bookbinding</button><div class="column-header__buttons"><button type="button" class="column-header__button" title="Show settings" aria-label="Show settings" aria-expanded="false">{_fp_icon("tune")}</button></div></h1></div>
<div class="scrollable"><div class="hashtag-header"><div class="hashtag-header__header"><h1>#bookbinding</h1><div class="hashtag-header__header__buttons"><a href="/auth/sign_in" class="button">Follow hashtag</a></div></div><div><span class="hashtag-header__stats"><span><span class="animated-number"><span>1.2K</span></span> posts</span> from <span><span class="animated-number"><span>312</span></span> participants</span>, <span><span class="animated-number"><span>14</span></span> today</span></span></div></div>
<div role="feed" class="item-list">
{chr(10).join(articles)}
</div>
{more}
</div></div></div></div>
<div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational"><div class="columns-area__panels__pane__inner"><div class="navigation-panel"><div class="navigation-panel__logo"><a class="column-link column-link--logo" href="/" aria-label="Fedipost"><svg viewBox="0 0 261 66" class="logo logo--wordmark" role="img"><title>Mastodon</title><use xlink:href="#logo-symbol-wordmark"></use></svg></a></div><a class="column-link column-link--transparent active" href="/explore" title="Explore">{_fp_icon("tag")}<span>Explore</span></a><a class="column-link column-link--transparent" href="/public/local" title="Live feeds">{_fp_icon("globe")}<span>Live feeds</span></a><div class="navigation-panel__sign-in-banner"><hr><div class="sign-in-banner"><p>Sign in to follow profiles or hashtags, favorite, share and reply to posts. You can also interact from your account on a different server.</p><a href="/auth/sign_up" class="button button--block">Create account</a><a href="/auth/sign_in" class="button button--block button-tertiary">Login</a></div></div><div class="navigation-panel__legal"><hr><a class="column-link column-link--transparent" href="/about" title="About">{_fp_icon("ellipsis-h")}<span>About</span></a></div><div class="flex-spacer"></div><div class="link-footer"><p><strong>Fedipost</strong>: <a href="/about">About</a><span aria-hidden="true"> · </span><a href="https://status.fedipost.example" target="_blank">Status</a><span aria-hidden="true"> · </span><a href="/directory">Profiles directory</a><span aria-hidden="true"> · </span><a href="/privacy-policy">Privacy policy</a></p><p><strong>Mastodon</strong>: <a href="https://joinmastodon.org" target="_blank">About</a><span aria-hidden="true"> · </span><a href="https://joinmastodon.org/apps" target="_blank">Get the app</a><span aria-hidden="true"> · </span><a href="/keyboard-shortcuts">Keyboard shortcuts</a><span aria-hidden="true"> · </span><a href="https://github.com/mastodon/mastodon" rel="noopener noreferrer" target="_blank">View source code</a><span aria-hidden="true"> · </span>v4.3.4</p></div></div></div></div>
</div></div>
<div class="modal-root" style="opacity: 0;"><div role="dialog" class="modal-root__container"></div></div>
</div>
<div aria-hidden="true" class="logo-resources" tabindex="-1" inert="true"><svg xmlns="http://www.w3.org/2000/svg"><symbol id="logo-symbol-wordmark" viewBox="0 0 261 66"><path d="M60.7 14.2C59.8 7.4 53.9 2.1 47 1.1"></path></symbol></svg></div>
</body>
</html>"""


@sixteenth_c
def build_fedipost() -> None:
    s = Site(
        "fedipost",
        kind="hashtag timeline (Mastodon 4.3 web app, logged out: div.item-list[role=feed] of article[data-id] statuses, status__prepend 'X boosted', relative time links with time[datetime] '3h' / 'Mar 17', display name + '@user@server' or '@user', h-card mentions shown as '@user', hashtag links and a hashtag-bar, content warnings with 'Show more' and hidden text, media galleries, reply counter '1+', boost / favourite counters '1.2K', a 'Load more' link to ?max_id=N)",
        start=FP_PATH.lstrip("/"),
        description="A Mastodon 4.3 hashtag timeline (/tags/bookbinding) as the web app renders it for a logged-out visitor: the #mastodon root with the server banner and sign-in banner, a column header and hashtag header ('1.2K posts from 312 participants, 14 today'); article[data-id] statuses in div.item-list[role=feed], each with an aria-label summary, a 'Maren boosted'-style status__prepend on boosts, the status__relative-time link /@acct/<id> holding a visibility icon and time[datetime][title] ('3h', 'Mar 17', 'Nov 2, 2024'), the display-name link (avatar img alt='', strong.display-name__html with custom emoji images, span.display-name__account '@tomasz@bookbinders.social' or '@ingrid' for local accounts), status content paragraphs with h-card mentions shown as '@user' and a.mention.hashtag links, a content warning on some ('Show more' button, text hidden with display:none), a hashtag-bar holding the trailing tags, media galleries with ALT badges or a 'Sensitive content' cover, link preview cards, the action bar (Reply counter obfuscated '0' / '1' / '1+', Boost and Favorite counters, '1.2K' over 999, Bookmark, More); ten statuses a page and a 'Load more' link to ?max_id=<last id>; the navigation panel, the about footer and an initial-state JSON without statuses. Written down: author, handle, url, date (UTC day), text, tags, content_warning, boosted_by, boosts, favourites.",
    )
    pages = chunks(FP_POSTS, FP_PAGES)
    for number in range(1, len(pages) + 1):
        path = (
            FP_PATH.lstrip("/") + "/index.html"
            if number == 1
            else _fp_href(number, pages).lstrip("/").replace("?", "@")
        )
        s.list_page(path, _fp_page(number, pages, s))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# datacatalog: a CKAN 2.10 open-data portal dataset search.
# ---------------------------------------------------------------------------------------------------

DC_PATH = "/dataset/"
DC_QUERY = "q=water+quality"
#: (title, organisation, notes, formats in resource order, last updated ISO datetime, licence or "", harvested from or "")
DC_DATASETS: list[tuple[str, str, str, list[str], str, str, str]] = [
    (
        "Bathing Water Quality",
        "Environment Agency",
        "Bathing water quality classifications and in-season sample results for designated bathing waters in England. Samples are taken weekly from May to September and analysed for E. coli and intestinal enterococci. Annual classifications follow the revised Bathing Water Directive.",
        ["CSV", "CSV", "JSON", "HTML"],
        "2025-03-14T09:12:33",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Water Quality Archive (WIMS)",
        "Environment Agency",
        "Water quality monitoring data from more than 58,000 sampling points across England, covering rivers, lakes, estuaries, coastal waters and groundwater, going back to 2000.",
        ["API", "CSV", "ZIP"],
        "2025-03-11T16:40:02",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Drinking water quality: annual compliance by water company",
        "Drinking Water Inspectorate",
        "Compliance of public water supplies with the regulatory standards for drinking water quality, by company and by parameter. Published each July alongside the Chief Inspector's report; figures for the previous calendar year.",
        ["XLSX", "PDF"],
        "2024-07-10T11:05:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "River Basin Management Plans 2022: water body classifications",
        "Environment Agency",
        "Ecological and chemical status classifications for every surface water body assessed in the third cycle of river basin management planning.",
        ["CSV", "GeoJSON", "WMS"],
        "2025-02-27T08:30:19",
        "",
        "",
    ),
    (
        "Storm overflow event duration monitoring",
        "Department for Environment, Food & Rural Affairs",
        "Annual returns from water and sewerage companies on the number and duration of spills from storm overflows, recorded by event duration monitors. Includes overflows with monitoring not yet installed or not operating for the whole year, flagged in a separate column.",
        ["XLSX", "CSV"],
        "2025-03-27T14:00:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Groundwater nitrate concentrations",
        "British Geological Survey",
        "Long-term nitrate concentrations measured in public supply boreholes and observation wells, with the aquifer and depth of each borehole.",
        ["CSV"],
        "2023-11-02T10:22:41",
        "",
        "Harvested from BGS Data Catalogue",
    ),
    (
        "Shellfish water quality monitoring results",
        "Food Standards Agency",
        "Results of E. coli monitoring in classified shellfish harvesting areas, used to set the classification of each production area. Sampling frequency varies by area and season.",
        ["CSV", "PDF"],
        "2025-01-20T09:00:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Lake water quality: Windermere high-frequency buoy data",
        "UK Centre for Ecology & Hydrology",
        "Temperature, dissolved oxygen, chlorophyll and conductivity readings every four minutes from the monitoring buoy on the north basin of Windermere since 2015.",
        ["CSV", "NetCDF"],
        "2025-03-02T07:45:12",
        "Open Government Licence v3.0",
        "Harvested from EIDC",
    ),
    (
        "Private water supplies: risk assessments and test results",
        "Drinking Water Inspectorate",
        "Summary of local authority risk assessments and sample failures for private water supplies, by local authority and supply type.",
        ["ODS"],
        "2024-09-18T13:15:00",
        "",
        "",
    ),
    (
        "Coastal and estuarine water quality (Clean Seas Environment Monitoring Programme)",
        "Centre for Environment, Fisheries and Aquaculture Science",
        "Contaminant concentrations in sediments, shellfish and fish from the UK's marine monitoring stations, reported under the OSPAR Joint Assessment and Monitoring Programme.",
        ["CSV", "XML"],
        "2024-12-05T10:00:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Water company performance: environmental performance assessment",
        "Environment Agency",
        "Star ratings and the underlying metrics for each water and sewerage company: pollution incidents, serious pollution incidents, self-reporting, discharge permit compliance and satisfactory sludge use.",
        ["PDF", "CSV"],
        "2024-10-10T09:30:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Nitrate Vulnerable Zones 2025 to 2028",
        "Department for Environment, Food & Rural Affairs",
        "The designated Nitrate Vulnerable Zones for the 2025 to 2028 period, as polygons, with the reason for designation of each zone.",
        ["SHP", "GeoJSON", "WFS"],
        "2025-01-06T12:00:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Pesticides in surface water",
        "Environment Agency",
        "Concentrations of pesticides detected in rivers and reservoirs used for drinking water abstraction, with limits of detection.",
        [],
        "2022-06-30T15:20:00",
        "",
        "",
    ),
    (
        "Scottish bathing waters: daily predictions",
        "Scottish Environment Protection Agency",
        "Daily water quality predictions for Scottish bathing waters with electronic signage, issued during the bathing season from 1 June to 15 September.",
        ["JSON", "CSV"],
        "2025-03-19T06:00:00",
        "Open Government Licence v3.0",
        "Harvested from SEPA",
    ),
    (
        "Welsh river water quality monitoring",
        "Natural Resources Wales",
        "Chemistry and biology samples from river monitoring sites across Wales, including phosphate, ammonia and invertebrate indices.",
        ["CSV", "API"],
        "2025-02-14T10:10:10",
        "Open Government Licence v3.0",
        "Harvested from DataMapWales",
    ),
    (
        "Microplastics in freshwater sediments survey 2023",
        "UK Centre for Ecology & Hydrology",
        "Counts and polymer types of microplastic particles in sediment cores from twenty lowland rivers, from a one-off survey.",
        ["CSV", "PDF"],
        "2024-04-22T09:00:00",
        "",
        "",
    ),
    (
        "Reservoir water quality: algal blooms",
        "Environment Agency",
        "Reported blue-green algal bloom incidents at reservoirs and lakes, with the date reported, the location and whether a warning was issued.",
        ["CSV"],
        "2024-11-28T08:00:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Water abstraction licences",
        "Environment Agency",
        "Every current licence to abstract water from surface water or groundwater, with the licence holder type, the source, the permitted annual volume and the purpose.",
        ["CSV", "WMS", "WFS"],
        "2025-03-18T22:05:47",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Sewage treatment works discharge permits",
        "Environment Agency",
        "Consented discharges from sewage treatment works, with the permit conditions for biochemical oxygen demand, ammonia, suspended solids and phosphorus.",
        ["XLSX"],
        "2024-08-01T11:00:00",
        "",
        "",
    ),
    (
        "Catchment Data Explorer: reasons for not achieving good status",
        "Environment Agency",
        "The investigated reasons why water bodies are not achieving good status, by pressure, sector and activity, and the certainty of each reason.",
        ["CSV", "HTML"],
        "2025-02-03T09:45:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Canal water quality",
        "Canal & River Trust",
        "Dissolved oxygen, temperature and turbidity measurements from the Trust's network of canal monitoring points.",
        ["CSV"],
        "2023-05-15T12:30:00",
        "Creative Commons Attribution 4.0",
        "",
    ),
    (
        "Estuary water temperature time series",
        "Centre for Environment, Fisheries and Aquaculture Science",
        "Hourly water temperatures from loggers in fourteen estuaries in England and Wales.",
        ["NetCDF", "CSV"],
        "2024-12-19T16:00:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Phosphorus load apportionment",
        "Department for Environment, Food & Rural Affairs",
        "Modelled apportionment of the phosphorus load in each river catchment between sewage, agriculture, urban diffuse and other sources.",
        ["XLSX", "PDF"],
        "2023-09-12T10:00:00",
        "",
        "",
    ),
    (
        "Water quality in protected drinking water areas",
        "Environment Agency",
        "Drinking Water Protected Areas and Safeguard Zones, with the pollutants of concern in each zone and the measures in place.",
        ["GeoJSON", "CSV"],
        "2024-03-08T09:00:00",
        "Open Government Licence v3.0",
        "",
    ),
    (
        "Northern Ireland river water quality",
        "Northern Ireland Environment Agency",
        "Annual mean concentrations of nutrients and general chemistry parameters at river monitoring stations in Northern Ireland.",
        ["CSV"],
        "2024-10-31T10:00:00",
        "Open Government Licence v3.0",
        "Harvested from OpenDataNI",
    ),
]
DC_PAGES = [10, 10, 5]
DC_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _dc_summary(notes: str) -> str:
    """CKAN's ``markdown_extract``: at most 180 characters, whole words, '...' after a cut."""
    if len(notes) <= 180:
        return notes
    cut = notes[:180].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "..."


def _dc_href(number: int) -> str:
    return f"{DC_PATH}?{DC_QUERY}" + (f"&page={number}" if number > 1 else "")


def _dc_item(row: tuple[str, str, str, list[str], str, str, str], s: Site) -> str:
    title, org, notes, formats, updated, licence, harvested = row
    name = slug(title)[:90]
    summary = _dc_summary(notes)
    distinct: list[str] = []
    for fmt in formats:
        if fmt not in distinct:
            distinct.append(fmt)
    year, month, day = updated[:10].split("-")
    shown = f"{int(day)} {DC_MONTHS[int(month) - 1]} {year}"
    badges = "".join(
        f'<li><a href="/dataset/{name}" class="badge badge-default" data-format="{fmt.lower()}">{fmt}</a></li>'
        for fmt in distinct
    )
    resources = f'<ul class="dataset-resources list-unstyled">{badges}</ul>' if distinct else ""
    harvest = (
        f'<span class="badge badge-harvest" title="{esc(harvested)}"><i class="fa fa-cloud-download" aria-hidden="true"></i> Harvested</span>'
        if harvested
        else ""
    )
    licence_line = (
        f'<div class="dataset-licence"><i class="fa fa-balance-scale" aria-hidden="true"></i> Licence: <a href="/dataset/?license_id={slug(licence)}" rel="dc:rights">{esc(licence)}</a></div>'
        if licence
        else ""
    )
    s.expect(
        {
            "title": title,
            "url": f"/dataset/{name}",
            "publisher": org,
            "summary": summary,
            "formats": distinct or None,
            "updated": updated[:10],
            "licence": licence or None,
        }
    )
    return f"""<li class="dataset-item">
  <div class="dataset-content">
    <h3 class="dataset-heading">
      <a href="/dataset/{name}" title="{esc(title)}">{esc(title)}</a>
      {harvest}
    </h3>
    <p class="dataset-publisher"><span class="visually-hidden">Published by</span> <i class="fa fa-building" aria-hidden="true"></i> <a href="/organization/{slug(org)}">{esc(org)}</a></p>
    <div class="notes">{esc(summary)}</div>
    <dl class="dataset-meta"><dt>Last updated</dt><dd><span class="automatic-local-datetime" data-datetime="{updated}+0000">{shown}</span></dd></dl>
    {licence_line}
  </div>
  {resources}
</li>"""


def _dc_facet(title: str, key: str, items: list[tuple[str, int]], more: str = "") -> str:
    lis = "".join(
        f'<li class="nav-item"><a href="{DC_PATH}?{DC_QUERY}&amp;{key}={esc(slug(label) if key != "res_format" else label)}" title="{esc(label) if len(label) > 30 else ""}"><span class="item-label">{esc(label if len(label) <= 30 else label[:27] + "...")}</span><span class="hidden separator"> - </span><span class="item-count badge">{count}</span></a></li>'
        for label, count in items
    )
    more_link = (
        f'<p class="module-footer"><a href="{DC_PATH}?{DC_QUERY}&amp;_{key}_limit=0" class="read-more">Show More {more}</a></p>'
        if more
        else ""
    )
    return f'<section class="module module-narrow module-shallow"><h2 class="module-heading"><i class="fa fa-filter"></i> {title}</h2><nav aria-label="{title}"><ul class="list-unstyled nav nav-simple nav-facet">{lis}</ul></nav>{more_link}</section>'


def _dc_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{esc(_dc_href(number - 1))}">«</a></li>')
    for n in range(1, total + 1):
        if n == number:
            items.append(f'<li class="page-item active"><a class="page-link" href="{esc(_dc_href(n))}">{n}</a></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{esc(_dc_href(n))}">{n}</a></li>')
    items.append(
        '<li class="page-item disabled"><a class="page-link" href="#">...</a></li><li class="page-item"><a class="page-link" href="'
        + esc(f"{DC_PATH}?{DC_QUERY}&page=121")
        + '">121</a></li>'
    )
    if number < total:
        items.append(f'<li class="page-item"><a class="page-link" href="{esc(_dc_href(number + 1))}">»</a></li>')
    return f'<div class="pagination-wrapper"><ul class="pagination justify-content-center">{"".join(items)}</ul></div>'


def _dc_page(number: int, total: int, rows: list[tuple[str, str, str, list[str], str, str, str]], s: Site) -> str:
    items = "\n".join(_dc_item(row, s) for row in rows)
    facets = "".join(
        [
            _dc_facet(
                "Organisations",
                "organization",
                [
                    ("Environment Agency", 412),
                    ("Department for Environment, Food & Rural Affairs", 133),
                    ("UK Centre for Ecology & Hydrology", 97),
                    ("Natural Resources Wales", 81),
                    ("Scottish Environment Protection Agency", 64),
                    ("Drinking Water Inspectorate", 22),
                ],
                "Organisations",
            ),
            _dc_facet("Groups", "groups", [("Environment", 688), ("Health", 120), ("Government Spending", 3)]),
            _dc_facet(
                "Tags",
                "tags",
                [
                    ("water-quality", 540),
                    ("rivers", 301),
                    ("monitoring", 188),
                    ("bathing-water", 41),
                    ("drinking-water", 37),
                ],
                "Tags",
            ),
            _dc_facet(
                "Formats",
                "res_format",
                [("CSV", 803), ("PDF", 344), ("HTML", 210), ("XLSX", 199), ("JSON", 95), ("WMS", 61)],
                "Formats",
            ),
            _dc_facet(
                "Licences",
                "license_id",
                [
                    ("Open Government Licence v3.0", 981),
                    ("Creative Commons Attribution 4.0", 58),
                    ("License not specified", 165),
                ],
            ),
        ]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "DataCatalog",
        "name": "Open Data Portal",
        "url": "https://data.example.gov.uk/",
        "publisher": {"@type": "Organization", "name": "Government Digital Service"},
    }
    return f"""<!DOCTYPE html>
<!--[if IE 9]> <html lang="en_GB" class="ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="en-GB" data-bs-theme="light"> <!--<![endif]-->
<head>
<meta charset="utf-8" />
<meta name="csrf_field_name" content="_csrf_token" />
<meta name="_csrf_token" content="ImQ5YjE3ZDI0ZGQ4ZTcwNmYwMTk4ZGNlOTU5YzI1ZTRjMDE4ZTY1YjUi.Z9xWkA.bn4sYw0ZkqUeB0DXtxWyvOnz7bE" />
<meta name="generator" content="ckan 2.10.7" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Dataset - Open Data Portal</title>
<link rel="shortcut icon" href="/base/images/ckan.ico" />
<link href="/webassets/base/1c87a999_main.css" rel="stylesheet"/>
<link href="/webassets/ckanext-portaltheme/3f02b9cc_theme.css" rel="stylesheet"/>
<script type="application/ld+json">{json.dumps(ld)}</script>
</head>
<body data-site-root="https://data.example.gov.uk/" data-locale-root="https://data.example.gov.uk/">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on the Open Data Portal"><p>We use some essential cookies to make this service work. We'd also like to use analytics cookies so we can understand how you use the service and make improvements.</p><button type="button" class="btn btn-primary" data-cookie-accept>Accept analytics cookies</button> <button type="button" class="btn btn-secondary" data-cookie-reject>Reject analytics cookies</button> <a href="/cookies">View cookies</a></div>
<div class="visually-hidden-focusable"><a href="#content">Skip to main content</a></div>
<header class="account-masthead"><div class="container"><nav class="account not-authed" aria-label="Account"><ul class="list-unstyled"><li><a href="/user/login">Log in</a></li><li><a class="sub" href="/user/register">Register</a></li></ul></nav></div></header>
<header class="masthead"><div class="container"><nav class="navbar navbar-expand-lg navbar-light"><hgroup class="header-image navbar-left"><a class="logo" href="/"><img src="/base/images/portal-logo.png" alt="Open Data Portal" title="Open Data Portal" /></a></hgroup><div class="main-navbar collapse navbar-collapse" id="main-navigation-toggle"><ul class="navbar-nav ms-auto mb-2 mb-lg-0"><li class="active"><a href="/dataset/">Datasets</a></li><li><a href="/organization/">Organisations</a></li><li><a href="/group/">Groups</a></li><li><a href="/showcase">Showcases</a></li><li><a href="/about">About</a></li></ul><form class="d-flex site-search" action="/dataset/" method="get"><label class="d-none" for="field-sitewide-search">Search Datasets...</label><input id="field-sitewide-search" class="form-control me-2" type="text" name="q" placeholder="Search" aria-label="Search datasets"/><button class="btn" type="submit" aria-label="Submit"><i class="fa fa-search"></i></button></form></div></nav></div></header>
<div class="main"><div id="content" class="container">
<div class="flash-messages"></div>
<div class="toolbar" role="navigation" aria-label="Breadcrumb"><ol class="breadcrumb"><li class="home"><a href="/" aria-label="Home"><i class="fa fa-home"></i><span> Home</span></a></li><li class="active"><a href="/dataset/">Datasets</a></li></ol></div>
<div class="row wrapper">
<div class="primary col-md-9 col-xs-12" role="main">
<section class="module"><div class="module-content">
<form id="dataset-search-form" class="search-form" method="get" data-module="select-switch"><div class="input-group search-input-group"><input aria-label="Search datasets" id="field-giant-search" type="text" class="form-control input-lg" name="q" value="water quality" autocomplete="off" placeholder="Search datasets..."><button class="btn btn-default btn-lg" type="submit" value="search" aria-label="Submit"><i class="fa fa-search"></i></button></div>
<div class="form-group control-order-by"><label for="field-order-by">Order by</label><select id="field-order-by" name="sort" class="form-control form-select"><option value="score desc, metadata_modified desc" selected="selected">Relevance</option><option value="title_string asc">Name Ascending</option><option value="title_string desc">Name Descending</option><option value="metadata_modified desc">Last Modified</option><option value="views_recent desc">Popular</option></select><button class="btn btn-default js-hide" type="submit">Go</button></div>
<h1 class="mt-3">1,204 datasets found for "water quality"</h1>
</form>
<ul class="dataset-list list-unstyled">
{items}
</ul>
</div>
{_dc_pager(number, total)}
</section>
<section class="module"><div class="module-content"><small>You can also access this registry using the <a href="/api/3" target="_blank" rel="noreferrer">API</a> (see <a href="https://docs.ckan.org/en/2.10/api/" target="_blank" rel="noreferrer">API Docs</a>).</small></div></section>
</div>
<aside class="secondary col-md-3 col-xs-12"><div class="filters"><div>{facets}</div><a class="close no-text hide-filters"><i class="fa fa-times-circle"></i><span class="text">close</span></a></div></aside>
</div></div></div>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8 footer-links"><ul class="list-unstyled"><li><a href="/about">About the Open Data Portal</a></li><li><a href="/publishing">Publish your data</a></li><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li></ul><ul class="list-unstyled"><li><a href="http://docs.ckan.org/en/2.10/api/">CKAN API</a></li><li><a href="http://www.ckan.org/">CKAN Association</a></li><li><a href="http://www.opendefinition.org/okd/"><img src="/base/images/od_80x15_blue.png" alt="Open Data"></a></li></ul></div><div class="col-md-4 attribution"><p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo" href="http://ckan.org">CKAN</a></p><p>All content is available under the <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>, except where otherwise stated</p></div></div></div></footer>
<script src="/webassets/base/6ec8d3f9_main.js" type="text/javascript"></script>
<script src="/webassets/activity/0fdb5ee4_activity.js" type="text/javascript"></script>
</body>
</html>"""


@sixteenth_c
def build_datacatalog() -> None:
    s = Site(
        "datacatalog",
        kind="open-data catalogue search (CKAN 2.10 portal theme: '1,204 datasets found for \"water quality\"', facet modules with item-label / item-count badges, li.dataset-item with h3.dataset-heading link, Harvested badge, publisher link, notes cut at 180 characters with '...', distinct format badges, 'Last updated' day-first dates, a licence line on some, ul.pagination with « » and &page=N)",
        start=_dc_href(1).lstrip("/"),
        description="A CKAN 2.10 national open-data portal's dataset search (/dataset/?q=water+quality&sort=…): a cookie banner, the account masthead and masthead nav, breadcrumbs, the search form with the 'Order by' select and h1 '1,204 datasets found for \"water quality\"'; ul.dataset-list of li.dataset-item: h3.dataset-heading title link (/dataset/<name>) with a 'Harvested' badge on some, p.dataset-publisher with a visually-hidden 'Published by' and the organisation link, div.notes (CKAN's markdown_extract: 180 characters, whole words, '...'), dl.dataset-meta 'Last updated' with an automatic-local-datetime span '14 March 2025', a 'Licence:' line with a link on some, ul.dataset-resources of distinct format badges (none on one dataset); ten datasets a page, ul.pagination with «, 1 2 3, '...', 121 and »  over &page=N; an API note; the facet sidebar (Organisations, Groups, Tags, Formats, Licences: nav-item links with item-label, hidden ' - ' separator and item-count badges, labels over 30 characters cut with '...', 'Show More …' links); the footer and a DataCatalog JSON-LD. Written down: title, url, publisher, summary (as cut), formats, updated, licence.",
    )
    pages = chunks(DC_DATASETS, DC_PAGES)
    for number, rows in enumerate(pages, 1):
        s.list_page(_dc_href(number).lstrip("/").replace("?", "@"), _dc_page(number, len(pages), rows, s))
    s.finish()


# ---------------------------------------------------------------------------------------------------
# collectionsearch: a Rijksmuseum-style collection search (English site, Next.js with CSS modules).
# ---------------------------------------------------------------------------------------------------

CS_PATH = "/en/collection/search"
CS_QUERY = "query=portrait"
#: (object number, title, maker or "", date as shown or "", object type, public domain, image id or "")
CS_OBJECTS: list[tuple[str, str, str, str, str, bool, str]] = [
    ("SK-A-4050", "Self-portrait as the Apostle Paul", "Rembrandt van Rijn", "1661", "painting", True, "9xKpQ"),
    ("SK-C-216", "Portrait of a Young Woman", "Frans Hals", "c. 1650", "painting", True, "Lr2aW"),
    ("SK-A-3064", "Portrait of a Woman, possibly Maria Trip", "Rembrandt van Rijn", "1639", "painting", True, "aT7cE"),
    (
        "SK-A-2963",
        "Portrait of a Man, possibly Jacob Pietersz Olycan",
        "Frans Hals",
        "c. 1625 - c. 1630",
        "painting",
        True,
        "Vb8dN",
    ),
    ("RP-P-OB-694", "Portrait of Jan Cornelis Sylvius, Preacher", "Rembrandt van Rijn", "1646", "print", True, "Qm3sT"),
    (
        "SK-A-175",
        "Portrait of Andries Stilte as a Standard Bearer",
        "Johannes Cornelisz Verspronck",
        "1640",
        "painting",
        True,
        "ZyP0k",
    ),
    ("RP-T-1930-21", "Portrait of a Girl in a Cap", "anonymous", "c. 1640 - c. 1660", "drawing", True, "e4RfG"),
    ("SK-A-1935", "The Anatomy Lesson of Dr Frederik Ruysch", "Adriaen Backer", "1670", "painting", True, "Hn6uJ"),
    (
        "RP-F-F80063",
        "Portrait of a Woman with a Lace Collar",
        "Eduard Isaac Asser",
        "c. 1845",
        "photograph",
        False,
        "Wc1oL",
    ),
    ("SK-A-4867", "Portrait of Haesje Jacobsdr van Cleyburg", "Rembrandt van Rijn", "1634", "painting", True, "pK5xS"),
    (
        "RP-P-1880-A-3866",
        "Portrait of Hendrick Goltzius",
        "Jacob Matham, after Hendrick Goltzius",
        "1617",
        "print",
        True,
        "sD2bV",
    ),
    (
        "SK-A-3118",
        "Portrait of a Member of the Van der Mersch Family",
        "workshop of Frans Hals",
        "c. 1630",
        "painting",
        True,
        "",
    ),
    (
        "SK-A-2815",
        "Portrait of a Couple, probably Isaac Abrahamsz Massa and Beatrix van der Laen",
        "Frans Hals",
        "c. 1622",
        "painting",
        True,
        "Uq9mR",
    ),
    (
        "BK-1975-81",
        "Portrait Medallion of Johan de Witt",
        "Jean Mabillon (medallist)",
        "1665 - 1670",
        "medal",
        True,
        "Ft3zC",
    ),
    ("SK-A-1769", "Portrait of Elisabeth Bas", "Ferdinand Bol", "c. 1640 - c. 1645", "painting", True, "gH8nW"),
    (
        "RP-T-1899-A-4210",
        "Portrait of a Man, Half-length",
        "attributed to Gerard ter Borch (II)",
        "1660 - 1665",
        "drawing",
        True,
        "Jk4pY",
    ),
    ("SK-A-2117", "Portrait of a Woman Standing", "Rembrandt van Rijn", "1632", "painting", True, "mB6tX"),
    ("SK-A-4691", "Portrait of a Man in a Fur-Trimmed Coat", "", "c. 1550", "painting", True, "Oa1vD"),
    ("RP-F-2001-7-148", "Portrait of Queen Wilhelmina", "Adolphe Zimmermans", "1898", "photograph", False, "Yx5cQ"),
    ("SK-A-2382", "Portrait of a Boy with a Falcon", "Jacob Adriaensz Backer", "c. 1640", "painting", True, "Tp7hK"),
    (
        "NG-2011-14",
        "Portrait Miniature of a Young Man",
        "Isaac Oliver",
        "c. 1590 - c. 1595",
        "miniature",
        True,
        "Bz2eM",
    ),
    (
        "SK-A-3962",
        "Portrait of Catharina Hooft and her Nurse",
        "Frans Hals",
        "c. 1619 - c. 1620",
        "painting",
        True,
        "Rc0fL",
    ),
    ("RP-P-1994-28", "Portrait of Vincent van Gogh", "John Peter Russell", "1886", "print", False, ""),
    (
        "SK-A-4118",
        "Portrait of a Young Man with a Lute",
        "Judith Leyster",
        "c. 1630 - c. 1635",
        "painting",
        True,
        "Kd3jA",
    ),
    (
        "SK-C-5",
        "Portrait Group of the Militia Company of District II under Captain Frans Banninck Cocq",
        "Rembrandt van Rijn",
        "1642",
        "painting",
        True,
        "Nw9gE",
    ),
    ("SK-A-4885", "Portrait of a Man Writing", "Pieter Codde", "1634", "painting", True, "Dm4sH"),
    ("RP-T-00-596", "Portrait Study of an Old Woman", "Jan Lievens", "c. 1630", "drawing", True, "Lf6bT"),
    (
        "SK-A-1313",
        "Portrait of Maria Henriette Stuart",
        "Bartholomeus van der Helst",
        "1652",
        "painting",
        True,
        "Vq2cZ",
    ),
    ("RP-F-1994-13", "Portrait of a Seated Woman", "Maria Austria", "1948", "photograph", False, "Gh5kR"),
]
CS_PAGES = [12, 12, 5]
CS_CURRENT = ' aria-current="page"'


def _cs_css(component: str, part: str) -> str:
    """A CSS-module class ``search-result-tile_title__Qd8fK``."""
    return f"{component}_{part}__{_hash(component + part)}"


def _cs_href(number: int) -> str:
    return f"{CS_PATH}?{CS_QUERY}" + (f"&page={number}" if number > 1 else "")


def _cs_image(image: str) -> str:
    return f"https://iiif.micr.io/{image}/full/600,/0/default.jpg"


def _cs_tile(obj: tuple[str, str, str, str, str, bool, str], s: Site) -> str:
    number, title, maker, date, kind, public, image = obj
    c = "search-result-tile"
    subtitle = ", ".join(part for part in (maker, date) if part)
    if image:
        picture = f'<a href="/en/collection/{number}" class="{_cs_css(c, "imageLink")}" tabindex="-1" aria-hidden="true"><div class="{_cs_css(c, "imageWrapper")}" style="aspect-ratio:{0.7 + (zlib.crc32(number.encode()) % 60) / 100:.2f}"><img alt="{esc(title)}" loading="lazy" decoding="async" class="{_cs_css("image", "image")} {_cs_css("image", "loaded")}" style="color:transparent" sizes="(max-width: 768px) 50vw, 25vw" srcset="https://iiif.micr.io/{image}/full/300,/0/default.jpg 300w, {_cs_image(image)} 600w, https://iiif.micr.io/{image}/full/1200,/0/default.jpg 1200w" src="{_cs_image(image)}"></div></a>'
    else:
        picture = f'<div class="{_cs_css(c, "noImage")}"><svg aria-hidden="true" viewBox="0 0 24 24" class="{_cs_css("icon", "icon")}"><path d="M21 19V5H3v14z"></path></svg><span>No image available</span></div>'
    badge = (
        f'<span class="{_cs_css(c, "badge")} {_cs_css("badge", "neutral")}"><svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12"><circle cx="8" cy="8" r="7"></circle></svg>Public domain</span>'
        if public and image
        else ""
    )
    s.expect(
        {
            "title": title,
            "url": f"/en/collection/{number}",
            "maker": maker or None,
            "date": date or None,
            "object_type": kind,
            "image": _cs_image(image) if image else None,
        }
    )
    return f"""<li class="{_cs_css("search-results", "item")}"><article class="{_cs_css(c, "tile")}" data-object-number="{number}">{picture}<div class="{_cs_css(c, "body")}">{badge}<h2 class="{_cs_css(c, "title")}"><a href="/en/collection/{number}" class="{_cs_css(c, "link")}">{esc(title)}</a></h2><p class="{_cs_css(c, "subtitle")}">{esc(subtitle)}</p><p class="{_cs_css(c, "type")}"><span class="sr-only">Object type: </span>{esc(kind)}</p></div><button type="button" class="{_cs_css(c, "favourite")} {_cs_css("icon-button", "button")}" aria-label="Add {esc(title)} to a Rijksstudio collection"><svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M12 21s-8-5-8-11a4.5 4.5 0 0 1 8-3 4.5 4.5 0 0 1 8 3c0 6-8 11-8 11z"></path></svg></button></article></li>"""


def _cs_pager(number: int, total: int) -> str:
    c = "pagination"
    prev = (
        f'<a href="{esc(_cs_href(number - 1))}" class="{_cs_css(c, "arrow")}" aria-label="Previous page" rel="prev"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="m15 18-6-6 6-6"></path></svg></a>'
        if number > 1
        else f'<span class="{_cs_css(c, "arrow")} {_cs_css(c, "disabled")}" aria-hidden="true"></span>'
    )
    nxt = (
        f'<a href="{esc(_cs_href(number + 1))}" class="{_cs_css(c, "arrow")}" aria-label="Next page" rel="next"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="m9 18 6-6-6-6"></path></svg></a>'
        if number < total
        else f'<span class="{_cs_css(c, "arrow")} {_cs_css(c, "disabled")}" aria-hidden="true"></span>'
    )
    nums = "".join(
        f'<li><a href="{esc(_cs_href(n))}" class="{_cs_css(c, "page")}{" " + _cs_css(c, "current") if n == number else ""}"{CS_CURRENT if n == number else ""} aria-label="Page {n}">{n}</a></li>'
        for n in range(1, total + 1)
    )
    return f'<nav class="{_cs_css(c, "nav")}" aria-label="Pagination">{prev}<ul class="{_cs_css(c, "list")}">{nums}<li class="{_cs_css(c, "ellipsis")}">…</li><li><a href="{esc(f"{CS_PATH}?{CS_QUERY}&page=620")}" class="{_cs_css(c, "page")}" aria-label="Page 620">620</a></li></ul>{nxt}</nav>'


def _cs_filter(title: str, items: list[tuple[str, int]]) -> str:
    c = "filter-group"
    rows = "".join(
        f'<li><label class="{_cs_css(c, "option")}"><input type="checkbox" name="{slug(title)}" value="{esc(label)}" class="{_cs_css("checkbox", "input")}"><span class="{_cs_css(c, "label")}">{esc(label)}</span><span class="{_cs_css(c, "count")}">{count:,}</span></label></li>'
        for label, count in items
    )
    return f'<details class="{_cs_css(c, "group")}" open><summary class="{_cs_css(c, "summary")}"><h3>{title}</h3></summary><ul class="{_cs_css(c, "options")}">{rows}</ul><button type="button" class="{_cs_css(c, "more")}">Show all</button></details>'


def _cs_page(number: int, total: int, objects: list[tuple[str, str, str, str, str, bool, str]], s: Site) -> str:
    tiles = [_cs_tile(obj, s) for obj in objects]
    if number == 1:
        promo = f'<li class="{_cs_css("search-results", "item")} {_cs_css("search-results", "promo")}"><aside class="{_cs_css("promo-tile", "tile")}"><img alt="" loading="lazy" src="https://iiif.micr.io/PROMO1/full/600,/0/default.jpg"><h2 class="{_cs_css("promo-tile", "title")}">Create your own Rijksstudio</h2><p>Collect your favourite works, download them in high resolution and get creative.</p><a href="/en/rijksstudio" class="{_cs_css("button", "button")}">Start now</a></aside></li>'
        tiles.insert(6, promo)
    data = {
        "props": {
            "pageProps": {
                "query": "portrait",
                "page": number,
                "total": 7431,
                "results": [{"objectNumber": o[0], "title": o[1], "hasImage": bool(o[6])} for o in objects],
            },
            "__N_SSP": True,
        },
        "page": "/[locale]/collection/search",
        "query": {"locale": "en", "query": "portrait", **({"page": str(number)} if number > 1 else {})},
        "buildId": "mR4x2_kP9qQ0vYH3tLa1c",
        "isFallback": False,
        "gssp": True,
        "locale": "en",
        "locales": ["en", "nl"],
        "scriptLoader": [],
    }
    h = "site-header"
    filters = "".join(
        [
            _cs_filter(
                "Object type",
                [
                    ("painting", 3104),
                    ("print", 2211),
                    ("drawing", 1020),
                    ("photograph", 688),
                    ("miniature", 141),
                    ("medal", 97),
                ],
            ),
            _cs_filter(
                "Maker",
                [
                    ("Rembrandt van Rijn", 412),
                    ("Frans Hals", 61),
                    ("anonymous", 1930),
                    ("Ferdinand Bol", 44),
                    ("Jan Lievens", 38),
                ],
            ),
            _cs_filter("Material", [("oil paint", 2877), ("canvas", 2110), ("paper", 3660), ("panel", 1012)]),
        ]
    )
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>Search the collection - Rijksmuseum</title><meta name="description" content="Search more than 800,000 objects in the collection of the Rijksmuseum."/><link rel="canonical" href="https://www.rijksmuseum.example/en/collection/search?query=portrait"/><link rel="alternate" hrefLang="nl" href="https://www.rijksmuseum.example/nl/collectie/zoeken?query=portrait"/><link rel="preload" href="/_next/static/media/e4af272ccee01ff0-s.p.woff2" as="font" crossorigin="" type="font/woff2"/><link rel="stylesheet" href="/_next/static/css/5b8f0a3e9c1d2e47.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-8c5d7ba2b9f2a3e1.js" defer=""></script><script src="/_next/static/chunks/pages/%5Blocale%5D/collection/search-3e6f4d1a7b2c9e08.js" defer=""></script></head>
<body><div id="__next">
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="This website uses cookies" class="CybotCookiebotDialog"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.</div><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
<a href="#main" class="{_cs_css("skip-link", "link")}">Skip to content</a>
<header class="{_cs_css(h, "header")}"><a href="/en" class="{_cs_css(h, "logo")}" aria-label="Rijksmuseum home"><svg aria-hidden="true" viewBox="0 0 200 40"><path d="M0 0h200v40H0z"></path></svg></a><nav aria-label="Main" class="{_cs_css(h, "nav")}"><ul><li><a href="/en/visit">Visit</a></li><li><a href="/en/whats-on">What's on</a></li><li><a href="/en/collection" aria-current="page">Collection</a></li><li><a href="/en/rijksstudio">Rijksstudio</a></li><li><a href="/en/shop">Shop</a></li></ul></nav><div class="{_cs_css(h, "actions")}"><a href="/nl/collectie/zoeken?query=portrait" lang="nl" class="{_cs_css(h, "lang")}">NL</a><a href="/en/tickets" class="{_cs_css("button", "button")} {_cs_css("button", "primary")}">Tickets</a><a href="/en/login" class="{_cs_css(h, "login")}">Log in</a></div></header>
<main id="main" class="{_cs_css("search-page", "main")}">
<nav aria-label="Breadcrumb" class="{_cs_css("breadcrumbs", "nav")}"><ol><li><a href="/en">Home</a></li><li><a href="/en/collection">Collection</a></li><li aria-current="page">Search</li></ol></nav>
<form role="search" action="/en/collection/search" class="{_cs_css("search-bar", "form")}"><label for="search-input" class="sr-only">Search the collection</label><input id="search-input" type="search" name="query" value="portrait" placeholder="Search for artist, title, object..." class="{_cs_css("search-bar", "input")}"/><button type="submit" class="{_cs_css("search-bar", "submit")}" aria-label="Search"><svg aria-hidden="true" viewBox="0 0 24 24"><circle cx="11" cy="11" r="7"></circle></svg></button></form>
<div class="{_cs_css("search-page", "toolbar")}"><p class="{_cs_css("search-page", "count")}" aria-live="polite"><strong>7,431</strong> results</p><div class="{_cs_css("chips", "list")}"><button type="button" class="{_cs_css("chips", "chip")}">Only with image <span aria-hidden="true">×</span></button><button type="button" class="{_cs_css("chips", "chip")}">Public domain</button><button type="button" class="{_cs_css("chips", "chip")}">On display</button></div><label class="{_cs_css("sort", "label")}">Sort by <select name="sort" class="{_cs_css("sort", "select")}"><option value="relevance" selected="">Relevance</option><option value="achronologic">Date (newest)</option><option value="chronologic">Date (oldest)</option><option value="artist">Artist A-Z</option></select></label><button type="button" class="{_cs_css("search-page", "filterToggle")}" aria-controls="filters" aria-expanded="false">Filters <span class="{_cs_css("search-page", "filterCount")}">1</span></button></div>
<div class="{_cs_css("search-page", "layout")}"><aside id="filters" class="{_cs_css("search-page", "filters")}" aria-label="Filters"><h2 class="sr-only">Filters</h2>{filters}<fieldset class="{_cs_css("date-filter", "fieldset")}"><legend>Date</legend><label>From <input type="number" name="startDate" placeholder="1200"/></label><label>To <input type="number" name="endDate" placeholder="2025"/></label></fieldset></aside>
<section aria-label="Search results" class="{_cs_css("search-page", "results")}"><h2 class="sr-only">Search results</h2><ul class="{_cs_css("search-results", "grid")}">
{chr(10).join(tiles)}
</ul>
{_cs_pager(number, total)}
</section></div>
</main>
<footer class="{_cs_css("site-footer", "footer")}"><div class="{_cs_css("site-footer", "columns")}"><section><h2>Rijksmuseum</h2><p>Museumstraat 1<br/>1071 XX Amsterdam</p><p>Open daily 9am - 5pm</p></section><section><h2>Collection</h2><ul><li><a href="/en/collection/search?query=rembrandt">Rembrandt</a></li><li><a href="/en/collection/search?query=vermeer">Vermeer</a></li><li><a href="/en/research/our-research/open-data">Open data</a></li></ul></section><section><h2>Newsletter</h2><form><label for="newsletter-email">Email address</label><input id="newsletter-email" type="email"/><button type="submit">Subscribe</button></form></section></div><p class="{_cs_css("site-footer", "legal")}">© Rijksmuseum 2025 · <a href="/en/privacy">Privacy</a> · <a href="/en/cookies">Cookies</a></p></footer>
</div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>"""


@sixteenth_c
def build_collectionsearch() -> None:
    s = Site(
        "collectionsearch",
        kind="museum collection search (Rijksmuseum-style English site 2024–25, Next.js CSS-module classes: article tiles with a lazy srcset image whose alt is the title, 'Public domain' badge on some, h2 title link /en/collection/<object number>, one subtitle 'Rembrandt van Rijn, c. 1665' of maker and date, an object type line with sr 'Object type:', a promo tile, filter groups with counts, numbered &page=N pager, partial __NEXT_DATA__)",
        start=_cs_href(1).lstrip("/"),
        description="A Rijksmuseum-style collection search (English site, /en/collection/search?query=portrait, Next.js pages router 2024–25, CSS-module classes such as search-result-tile_title__Xy12z): a Cookiebot dialog, the header (Visit, What's on, Collection, Rijksstudio, Shop, NL, Tickets, Log in), breadcrumbs, the search bar, '7,431 results', filter chips ('Only with image', 'Public domain', 'On display'), a sort select and a filter toggle; a filter aside of details groups (Object type, Maker, Material: checkbox labels with counts, 'Show all') and a date range; a grid of li > article tiles: an image link (tabindex -1, aria-hidden) around a lazy img with srcset whose alt is the title (a 'No image available' placeholder on two), a 'Public domain' badge on some, h2 title link /en/collection/<object number>, one subtitle p joining maker and date with a comma ('Rembrandt van Rijn, c. 1665', 'Jacob Matham, after Hendrick Goltzius, 1617', 'workshop of Frans Hals, c. 1630', 'anonymous, c. 1640 - c. 1660', the date alone where no maker is known), the object type ('painting', 'print', 'drawing', 'photograph', 'miniature', 'medal') after an sr-only 'Object type:', a heart button labelled 'Add <title> to a Rijksstudio collection'; a 'Create your own Rijksstudio' promo tile in page one's grid; twelve tiles a page, a numbered pager (arrows, 1 2 3, …, 620) over &page=N; the footer and a __NEXT_DATA__ holding only object numbers, titles and hasImage. Written down: title, url, maker (as shown, 'after' / 'workshop of' / 'attributed to' kept), date (text as shown: '1642', 'c. 1665', '1660 - 1665'), object_type, image (the src).",
    )
    pages = chunks(CS_OBJECTS, CS_PAGES)
    for number, objects in enumerate(pages, 1):
        s.list_page(_cs_href(number).lstrip("/").replace("?", "@"), _cs_page(number, len(pages), objects, s))
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SIXTEENTH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
