"""Thirty-fourth wave, part A: a forum whose only pager is a link a class marks "next", in a language the
Scout's word tables do not read, to a page of another path shape.

* **stoa-ouranou** — the observing-reports section of a Greek amateur-astronomy club's forum (stoa-ouranou.gr,
  'Στοά του Ουρανού'), a small hand-written PHP board that writes static-looking addresses: the section is
  ``/forum/`` and its later pages ``/forum/12-2.html`` and ``/forum/12-3.html`` (section 12, page N). The pager is
  ``div.pagination`` with ``span.pages`` 'Σελίδα 1 από 3', an ``a.prev`` '‹ Σελίδα N' back and an ``a.next``
  'Σελίδα N ›' on: no numbers, no rel, no word the word tables hold. Topics are ``table.topics`` rows
  ``tr.topic-row``: a status icon cell, ``td.subject`` with ``a.topic-title`` to ``/forum/t/<id>-<slug>.html`` and
  'από <author>', ``td.replies``, ``td.views`` and ``td.lastpost`` '14/03/2025 22:10'. A header with the club's
  menu, a breadcrumb, a 'Ποιος είναι συνδεδεμένος' box and a footer. 12 + 12 + 7 topics. Written down: title,
  url, author, replies, views, last_post_date.

Run ``uv run python tests/sites/corpus/generate_thirtyfourth_a.py`` to rebuild it (the helpers and the conventions
are those of ``generate.py``; see the corpus README). The site is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc

THIRTYFOURTH_A: dict[str, Callable[[], None]] = {}


def thirtyfourth_a(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTYFOURTH_A[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int) -> int:
    """A stable number derived from ``text``."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


SO_TOPICS = [
    ('Κρόνος με Dobson 8": οι δακτύλιοι σε καλό seeing', "kronos-dobson-8", "astrovlepon"),
    ("M42 από την Πάρνηθα, πρώτη προσπάθεια με DSLR", "m42-parnitha-dslr", "nefeli_k"),
    ("Κομήτης C/2023 A3: φωτογραφίες από τη Νάξο", "komitis-c2023-a3-naxos", "kykladitis"),
    ("Ηλιακές κηλίδες με φίλτρο Baader, 12 Μαρτίου", "iliakes-kilides-baader", "helios77"),
    ("Σελήνη: ο κρατήρας Κοπέρνικος στο τερματοδιάχωρο", "selini-kopernikos", "astrovlepon"),
    ("Πλειάδες με κιάλια 10x50 από την Αρκαδία", "pleiades-kialia-arkadia", "mainalo_sky"),
    ("Δίας και οι δορυφόροι του: διέλευση σκιάς της Ιούς", "dias-skia-ious", "giannis_refr"),
    ("Νεφέλωμα Ωρίωνα με φίλτρο UHC, σύγκριση", "orionas-uhc-sygkrisi", "nefeli_k"),
    ("Γαλαξίας Ανδρομέδας από τα Ζαγόρια", "andromeda-zagoria", "pindos_night"),
    ("Η Αφροδίτη σε φάση μηνίσκου τον Φεβρουάριο", "afroditi-miniskos", "helios77"),
    ("Διπλά αστέρια στον Βοώτη: Izar με 120 mm", "izar-bootis-120mm", "giannis_refr"),
    ("Βροχή Περσείδων 2024: μέτρηση ZHR από Κρήτη", "perseides-2024-zhr", "kriti_meteors"),
    ("Άρης σε αντίθεση: λεπτομέρειες με barlow 2x", "aris-antithesi-barlow", "astrovlepon"),
    ("Το σμήνος M13 στον Ηρακλή με 6 ιντσών", "m13-iraklis-6", "mainalo_sky"),
    ("Ζωδιακό φως από τη Μήλο μετά τη δύση", "zodiako-fos-milos", "kykladitis"),
    ("Σεληνιακή έκλειψη Σεπτεμβρίου: χρονομετρήσεις", "seliniaki-ekleipsi-sept", "kriti_meteors"),
    ("Ουρανός και Ποσειδώνας στο ίδιο βράδυ", "ouranos-poseidonas", "pindos_night"),
    ("M51 με μονόχρωμη κάμερα και 40 λήψεις", "m51-monochromi", "nefeli_k"),
    ("Πρώτο φως για τον νέο διοπτρικό 80 ED", "proto-fos-80ed", "giannis_refr"),
    ("Ηλιακή προεξοχή σε Hα, ένα μεγάλο τόξο", "iliaki-proexochi-ha", "helios77"),
    ("Νεφέλωμα Βόρειας Αμερικής από τον Όλυμπο", "voreia-ameriki-olympos", "pindos_night"),
    ("Καταμέτρηση αστεριών στη Μικρή Άρκτο για τη φωτορύπανση", "mikri-arktos-fotorypansi", "mainalo_sky"),
    ("Ο Ερμής στη μέγιστη αποχή, με γυμνό μάτι", "ermis-megisti-apochi", "kykladitis"),
    ("Σμήνος Διπλό του Περσέα με ευρυγώνιο", "diplo-persea", "astrovlepon"),
    ("Λυρίδες 2025: λίγοι αλλά φωτεινοί", "lyrides-2025", "kriti_meteors"),
    ("Το νεφέλωμα Δακτύλιος M57 σε μεγάλη μεγέθυνση", "m57-daktylios", "giannis_refr"),
    ("Αστρική τροχιά του ISS πάνω από την Αθήνα", "iss-athina", "nefeli_k"),
    ("Σεληνιακά όρη Άπεννινοι στο πρώτο τέταρτο", "apenninoi-selini", "helios77"),
    ("Γαλαξίες του Λέοντα: η τριάδα M65, M66, NGC 3628", "triada-leonta", "pindos_night"),
    ("Ερυθρός γίγαντας Αντάρης χαμηλά στον ορίζοντα", "antaris-orizontas", "mainalo_sky"),
    ("Αναφορά παρατήρησης: ξάστερη νύχτα στα Κύθηρα", "kythira-anafora", "kykladitis"),
]
SO_SIZES = [12, 12, 7]


def _so_href(page: int) -> str:
    return "/forum/" if page == 1 else f"/forum/12-{page}.html"


def _so_topic(n: int) -> dict[str, object]:
    title, slug, author = SO_TOPICS[n]
    tid = 4100 - 37 * n - _num(slug, 1)
    replies = _num(slug + "r", 2)
    views = 40 * replies + _num(slug + "v", 3)
    day, hour, minute = 28 - (n % 27), 18 + n % 6, (7 * n) % 60
    month = 3 - n // 12
    return {
        "title": title,
        "url": f"/forum/t/{tid}-{slug}.html",
        "author": author,
        "replies": replies,
        "views": views,
        "last_post_date": f"2025-{month:02d}-{day:02d}",
        "shown": f"{day:02d}/{month:02d}/2025 {hour:02d}:{minute:02d}",
    }


def _so_row(topic: dict[str, object]) -> str:
    return f"""
<tr class="topic-row">
 <td class="icon"><img src="/forum/img/topic_read.gif" alt="" width="19" height="18"></td>
 <td class="subject"><a class="topic-title" href="{topic["url"]}">{esc(topic["title"])}</a><br><small>από <a class="username" href="/forum/u/{topic["author"]}.html">{esc(topic["author"])}</a></small></td>
 <td class="replies">{topic["replies"]}</td>
 <td class="views">{topic["views"]:,}</td>
 <td class="lastpost">{topic["shown"]}</td>
</tr>"""


def _so_pager(page: int, pages: int) -> str:
    back = f'<a class="prev" href="{_so_href(page - 1)}">‹ Σελίδα {page - 1}</a>' if page > 1 else ""
    on = f'<a class="next" href="{_so_href(page + 1)}">Σελίδα {page + 1} ›</a>' if page < pages else ""
    return f'<div class="pagination">{back} <span class="pages">Σελίδα {page} από {pages}</span> {on}</div>'


def _so_page(page: int, pages: int, topics: list[dict[str, object]]) -> str:
    rows = "".join(_so_row(t) for t in topics)
    return f"""<!DOCTYPE html>
<html lang="el">
<head>
<meta charset="utf-8">
<title>Αναφορές παρατήρησης - Σελίδα {page} - Στοά του Ουρανού</title>
<link rel="stylesheet" href="/forum/style/board.css">
</head>
<body>
<div id="wrap">
<header class="site-header">
 <a class="logo" href="/">Στοά του Ουρανού</a>
 <ul class="menu"><li><a href="/">Αρχική</a></li><li><a href="/forum/board.html">Φόρουμ</a></li><li><a href="/ekdiloseis/">Εκδηλώσεις</a></li><li><a href="/melos/">Γίνε μέλος</a></li></ul>
 <form class="search" action="/forum/search.php"><input type="text" name="q" placeholder="Αναζήτηση"><button>Αναζήτηση</button></form>
</header>
<nav class="breadcrumb"><a href="/forum/board.html">Φόρουμ</a> » <a href="/forum/">Αναφορές παρατήρησης</a></nav>
<h1>Αναφορές παρατήρησης</h1>
<p class="forum-desc">Τι είδατε, με τι όργανο και από πού.</p>
{_so_pager(page, pages)}
<table class="topics">
<thead><tr><th></th><th>Θέμα</th><th>Απαντήσεις</th><th>Προβολές</th><th>Τελευταία δημοσίευση</th></tr></thead>
<tbody>{rows}
</tbody>
</table>
{_so_pager(page, pages)}
<div class="online"><h3>Ποιος είναι συνδεδεμένος</h3><p>Συνολικά 14 χρήστες: 3 μέλη και 11 επισκέπτες.</p></div>
<footer class="site-footer"><p>© 2025 Στοά του Ουρανού, Σύλλογος Ερασιτεχνών Αστρονόμων</p><a href="/oroi.html">Όροι χρήσης</a></footer>
</div>
</body>
</html>"""


@thirtyfourth_a
def build_stoa_ouranou() -> None:
    s = Site(
        "stoa-ouranou",
        kind="forum topic list (a small hand-written PHP board in Greek: table.topics of tr.topic-row with a.topic-title, 'από <author>', replies, views, 'dd/mm/yyyy hh:mm' last posts; the only pager an a.next 'Σελίδα N ›' from /forum/ to /forum/12-N.html)",
        start="forum/",
        description="The observing-reports section ('Αναφορές παρατήρησης') of a Greek amateur-astronomy club's forum (stoa-ouranou.gr, 'Στοά του Ουρανού'), a small hand-written PHP board with static-looking addresses: /forum/, then /forum/12-2.html and /forum/12-3.html. A header with the club's menu and a search form, a breadcrumb, h1 and description; the pager div.pagination (above and below the table) holds an a.prev '‹ Σελίδα N', span.pages 'Σελίδα 1 από 3' and an a.next 'Σελίδα N ›': no numbers, no rel, no word the Scout's tables read, and a path of another shape than the first page's. table.topics > tbody > tr.topic-row: an icon cell, td.subject (a.topic-title to /forum/t/<id>-<slug>.html, 'από' + a.username), td.replies, td.views ('1,234'), td.lastpost 'dd/mm/yyyy hh:mm'. A 'who is online' box and a footer. 12 + 12 + 7 topics. Written down: title, url, author, replies, views, last_post_date (the day of td.lastpost).",
    )
    topics = [_so_topic(n) for n in range(len(SO_TOPICS))]
    pages = chunks(topics, SO_SIZES)
    for page, group in enumerate(pages, 1):
        path = "forum/index.html" if page == 1 else f"forum/12-{page}.html"
        s.list_page(path, _so_page(page, len(pages), group))
    for topic in topics:
        s.expect({k: v for k, v in topic.items() if k != "shown"})
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTYFOURTH_A.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}")


if __name__ == "__main__":
    main()
