"""Fourteenth wave of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

* **reedhouse** — an independent music store's album page (one record).
* **casaviva** — a Spanish property portal's rentals search.
* **squadvalue** — a football statistics site's market-value table.
* **nestlyhome** — a furniture marketplace's category grid.
* **clawlinks** — a link-aggregation community's tag feed.

Run ``uv run python tests/sites/corpus/generate_held_out_fourteenth.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``). Every site here is **frozen**: never open its pages, expected
records or per-field results while working on the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"reedhouse", "casaviva", "squadvalue", "nestlyhome", "clawlinks"}

FOURTEENTH: dict[str, Callable[[], None]] = {}


def fourteenth(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    FOURTEENTH[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes, tokens)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _number(seed: str, low: int, high: int) -> int:
    """A stable pseudo-random integer in [low, high]."""
    return low + int(_hex(seed, 8), 16) % (high - low + 1)


def _json_script(value: object) -> str:
    """JSON as sites inline it in a script: compact, with ``</`` kept out of the HTML parser's way."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# ---------------------------------------------------------------------------------------------------
# reedhouse (FROZEN)
# ---------------------------------------------------------------------------------------------------

RH_ARTIST = "Marrow & Tide"
RH_LOCATION = "Bristol, UK"
RH_TITLE = "Salt Lantern Hymns"
RH_PATH = "/album/salt-lantern-hymns"
RH_IMG = "https://f4.bcbits.example/img"
RH_ART = f"{RH_IMG}/a2841937065_10.jpg"
RH_PRICE = 7
RH_TRACKS = [
    ("Harbour Bell", "04:12", True),
    ("The Lamplighter's Daughter", "05:47", True),
    ("Saltings", "03:08", False),
    ("Weir Song", "06:21", True),
    ("Ropewalk", "02:54", False),
    ("Cold Light Over Avonmouth", "07:03", True),
    ("Kittiwake", "04:39", True),
    ("Nine Bells for the Drowned", "05:15", True),
    ("Lantern Hymn (Reprise)", "03:30", False),
]
RH_TAGS = ["folk", "ambient folk", "chamber folk", "field recordings", "harmonium", "Bristol"]
RH_FANS = [
    "mossgatherer",
    "Ines Quartey",
    "tidelines",
    "Hamish R.",
    "owlhours",
    "Beatrix Lund",
    "drift_radio",
    "pellucid",
]
RH_MORE = [
    ("Weir Songs EP", "a0947215582_2.jpg", "weir-songs-ep"),
    ("Live at St George's", "a3310928847_2.jpg", "live-at-st-georges"),
]
RH_ALSO = [
    ("The Orrery Choir", "Tern Lights", "a1187265530_2.jpg"),
    ("Ishbel Arkley", "Low Water Psalms", "a4402917763_2.jpg"),
    ("Cold Frame", "Glasshouse Tapes", "a2209981134_2.jpg"),
    ("Fenwick & Hale", "Saltmarsh Carols", "a0678154420_2.jpg"),
]


def _rh_seconds(duration: str) -> int:
    minutes, seconds = duration.split(":")
    return int(minutes) * 60 + int(seconds)


def _rh_track_row(number: int, name: str, duration: str, lyrics: bool) -> str:
    track = f"/track/{slug(name)}"
    lyrics_link = f'<div class="info_link"><a href="{track}#lyrics">lyrics</a></div>' if lyrics else ""
    lyrics_row = (
        f'\n<tr id="lyrics_row_{number}" class="lyricsRow" style="display:none"><td colspan="2"></td><td colspan="3"><div>(words by Nell Penhallow)</div></td></tr>'
        if lyrics
        else ""
    )
    return f"""
<tr class="track_row_view linked" rel="tracknum={number}">
  <td class="play-col"><a role="button" aria-label="Play {esc(name)}"><div class="play_status"></div></a></td>
  <td class="track-number-col"><div class="track_number secondaryText">{number}.</div></td>
  <td class="title-col"><div class="title"><a href="{track}"><span class="track-title">{esc(name)}</span></a> <span class="time secondaryText">{duration}</span></div></td>
  <td class="info-col">{lyrics_link}</td>
  <td class="download-col"><div class="dl_link"><a href="{track}?action=download">buy track</a></div></td>
</tr>{lyrics_row}"""


def _rh_json_ld() -> str:
    tracks = [
        {
            "@type": "ListItem",
            "position": number,
            "item": {
                "@type": "MusicRecording",
                "@id": f"https://reedhouse.example/track/{slug(name)}",
                "name": name,
                "duration": f"P00H{_rh_seconds(duration) // 60:02d}M{_rh_seconds(duration) % 60:02d}S",
            },
        }
        for number, (name, duration, _) in enumerate(RH_TRACKS, 1)
    ]
    data = {
        "@type": "MusicAlbum",
        "@id": f"https://reedhouse.example{RH_PATH}",
        "name": RH_TITLE,
        "byArtist": {"@type": "MusicGroup", "name": RH_ARTIST, "@id": "https://reedhouse.example"},
        "datePublished": "14 Mar 2025 00:00:00 GMT",
        "image": RH_ART,
        "keywords": RH_TAGS,
        "numTracks": len(RH_TRACKS),
        "track": {"@type": "ItemList", "numberOfItems": len(RH_TRACKS), "itemListElement": tracks},
        "albumRelease": [
            {
                "@type": "MusicRelease",
                "name": RH_TITLE,
                "musicReleaseFormat": "DigitalFormat",
                "offers": {
                    "@type": "Offer",
                    "price": float(RH_PRICE),
                    "priceCurrency": "GBP",
                    "availability": "OnlineOnly",
                },
            },
            {
                "@type": ["MusicRelease", "Product"],
                "name": f'{RH_TITLE} 12" Vinyl LP',
                "musicReleaseFormat": "VinylFormat",
                "offers": {"@type": "Offer", "price": 22.0, "priceCurrency": "GBP", "availability": "SoldOut"},
            },
        ],
        "publisher": {
            "@type": "MusicGroup",
            "name": RH_ARTIST,
            "foundingLocation": {"@type": "Place", "name": RH_LOCATION},
        },
        "@context": "https://schema.org",
    }
    return _json_script(data)


def _rh_tralbum() -> str:
    data = {
        "current": {
            "title": RH_TITLE,
            "release_date": "14 Mar 2025 00:00:00 GMT",
            "minimum_price": float(RH_PRICE),
            "art_id": 2841937065,
            "type": "album",
        },
        "artist": RH_ARTIST,
        "is_preorder": False,
        "freeDownloadPage": None,
        "trackinfo": [
            {"title": name, "track_num": number, "duration": float(_rh_seconds(duration)), "has_lyrics": lyrics}
            for number, (name, duration, lyrics) in enumerate(RH_TRACKS, 1)
        ],
        "url": f"https://reedhouse.example{RH_PATH}",
    }
    return esc(json.dumps(data, separators=(",", ":"), ensure_ascii=False))


def _rh_page() -> str:
    rows = "".join(
        _rh_track_row(number, name, duration, lyrics) for number, (name, duration, lyrics) in enumerate(RH_TRACKS, 1)
    )
    tags = "".join(
        f'<a class="tag" href="https://bandcamp.example/discover/{slug(tag)}?tags={slug(tag)}">{esc(tag)}</a>'
        for tag in RH_TAGS
    )
    fans = "".join(
        f'<li class="fan-image"><a href="https://bandcamp.example/{slug(fan).replace("-", "")}?from=fanthanks" class="pic" title="{esc(fan)}"><img class="thumb" src="{RH_IMG}/00{_number(fan, 10000000, 99999999)}_42.jpg" alt=""></a></li>'
        for fan in RH_FANS
    )
    more = "".join(
        f'<li class="recommended-album"><a href="/album/{path}"><img src="{RH_IMG}/{img}" alt=""><div class="release-title">{esc(name)}</div></a></li>'
        for name, img, path in RH_MORE
    )
    also = "".join(
        f'<li class="recommended-album footer-cc"><a class="album-link" href="https://{slug(artist).replace("-", "")}.bandcamp.example/album/{slug(album)}?from=footer-cc-a2841937065"><img class="album-art" src="{RH_IMG}/{img}" alt=""><div class="release-title">{esc(album)}</div><div class="by-artist">by {esc(artist)}</div></a></li>'
        for artist, album, img in RH_ALSO
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(RH_TITLE)} | {esc(RH_ARTIST)}</title>
<meta name="title" content="{esc(RH_TITLE)}, by {esc(RH_ARTIST)}">
<meta name="description" content="{esc(RH_TITLE)} by {esc(RH_ARTIST)}, released 14 March 2025 1. Harbour Bell 2. The Lamplighter's Daughter 3. Saltings 4. Weir Song 5. Ropewalk 6. Cold Light Over Avonmouth 7. Kittiwake 8. Nine Bells for the Drowned 9. Lantern Hymn (Reprise)">
<meta property="og:title" content="{esc(RH_TITLE)}, by {esc(RH_ARTIST)}">
<meta property="og:type" content="album">
<meta property="og:site_name" content="{esc(RH_ARTIST)}">
<meta property="og:image" content="{RH_ART}">
<meta property="og:url" content="https://reedhouse.example{RH_PATH}">
<link rel="canonical" href="https://reedhouse.example{RH_PATH}">
<link rel="image_src" href="{RH_ART}">
<link rel="stylesheet" href="https://s4.bcbits.example/bundle/bundle/1/global-7c0a2d1e.css">
<link rel="stylesheet" href="https://s4.bcbits.example/bundle/bundle/1/tralbum_head-4b1e9f20.css">
<style type="text/css">#pgBd {{ background-color: #F4F1EA; }} .secondaryText {{ color: #6E6A61; }} a {{ color: #2B5D73; }}</style>
<script type="application/ld+json">{_rh_json_ld()}</script>
<script type="text/javascript" data-tralbum="{_rh_tralbum()}" data-band="{esc(json.dumps({"id": 3718224961, "name": RH_ARTIST}))}" src="https://s4.bcbits.example/bundle/bundle/1/tralbum_head-1f1c3e8a.js"></script>
</head>
<body class="invertIconography" lang="en">
<div id="cookie-control-dialog" class="cookie-control-dialog" role="dialog" aria-label="Cookie preferences">
  <div class="cookie-control-dialog__body"><h2>We use cookies</h2><p>Bandcamp uses cookies to provide you with a personalised experience, for analytics and to remember your preferences. <a href="https://bandcamp.example/privacy#cookies">Learn more</a>.</p></div>
  <div class="cookie-control-dialog__buttons"><button type="button" class="g-button outline">Customize</button><button type="button" class="g-button">Accept all</button></div>
</div>
<div id="menubar-wrapper" class="header-rework-2018 light-menubar">
  <div id="menubar" class="menubar-outer">
    <ul class="menubar">
      <li class="logo"><a href="https://bandcamp.example/" title="Bandcamp home"><span class="bclogo"><svg width="80" height="14" aria-hidden="true"><rect width="80" height="14"></rect></svg></span></a></li>
      <li class="search"><form class="search-bar" action="https://bandcamp.example/search" method="get"><input type="text" name="q" placeholder="Search and discover music" aria-label="Search and discover music"><button type="submit" aria-label="Submit for full search results">search</button></form></li>
      <li class="menubar-item"><a href="https://bandcamp.example/signup">sign up</a></li>
      <li class="menubar-item"><a href="https://bandcamp.example/login">log in</a></li>
    </ul>
  </div>
</div>
<div id="pgBd" class="yui-skin-sam">
  <div id="propOpenWrapper">
    <div id="customHeaderWrapper"><div id="customHeader" class="desktop-header"><a href="/"><img src="{RH_IMG}/0033812097_100.png" width="975" height="180" alt="{esc(RH_ARTIST)}"></a></div></div>
    <ol id="band-navbar" class="horizontal-list">
      <li class="music"><a href="/music">music</a></li>
      <li class="merch"><a href="/merch">merch</a></li>
      <li class="community"><a href="/community">community</a></li>
    </ol>
    <div id="centerWrapper">
      <div class="trackView" itemscope itemtype="http://schema.org/MusicAlbum">
        <div id="name-section">
          <h2 class="trackTitle">{esc(RH_TITLE)}</h2>
          <h3 style="margin:0px;">by <span><a href="/">{esc(RH_ARTIST)}</a></span></h3>
        </div>
        <div id="trackInfo" class="trackInfo">
          <div id="trackInfoInner">
            <div class="inline_player">
              <table><tr><td class="play_cell" rowspan="2"><a role="button" aria-label="Play"><div class="playbutton"></div></a></td><td class="track_cell"><div class="track_info"><span class="title-section"><span class="title">Harbour Bell</span></span> <span class="time secondaryText"><span class="time_elapsed">00:00</span> / <span class="time_total">04:12</span></span></div></td></tr>
              <tr><td class="progress_cell"><div class="progbar"><div class="progbar_empty"><div class="progbar_fill"></div><div class="thumb" role="slider" aria-label="audio position"></div></div></div></td><td class="prev_next_cell"><div class="prevbutton"></div><div class="nextbutton"></div></td></tr></table>
            </div>
            <ul class="tralbumCommands">
              <li class="buyItem digital">
                <div class="digitaldescription secondaryText"><span class="buyItemPackageTitle primaryText">Digital Album</span></div>
                <div class="ft digitaldescription secondaryText">Streaming + Download</div>
                <div class="ft">Includes unlimited streaming via the free Bandcamp app, plus high-quality download in MP3, FLAC and more.</div>
                <div class="ft compound-button main-button">
                  <h4 class="ft"><button type="button" class="download-link buy-link">Buy Digital Album</button>&nbsp; <span class="nobreak"><span class="base-text-color">£{RH_PRICE}</span> <span class="buyItemExtra secondaryText">GBP</span>&nbsp; <span class="buyItemExtra buyItemNyp secondaryText">or more</span></span></h4>
                  <h4 class="ft"><button type="button" class="follow-unfollow" id="wishlist-msg">Wishlist</button></h4>
                </div>
              </li>
              <li class="buyItem">
                <div class="ft"><a class="popupImage" href="{RH_IMG}/0038214470_10.jpg"><img src="{RH_IMG}/0038214470_36.jpg" alt="Black vinyl record with a cream printed sleeve"></a></div>
                <div class="merchtype secondaryText"><h3 class="hd"><span class="buyItemPackageTitle primaryText">{esc(RH_TITLE)} 12" Vinyl LP</span></h3><span class="merchtype secondaryText">Record/Vinyl + Digital Album</span></div>
                <div class="bd"><p>180g black vinyl in a reverse-board sleeve, with a printed inner sleeve and a lyric insert. Edition of 300.</p></div>
                <h4 class="notable ft"><span class="sold-out">Sold Out</span></h4>
              </li>
              <li class="buyItem">
                <div class="ft"><h4 class="ft"><button type="button" class="download-link buy-link">Buy the Full Digital Discography</button> <span class="nobreak">3 releases</span></h4></div>
                <div class="ft">Get all 3 {esc(RH_ARTIST)} releases available on Bandcamp and save 25%.</div>
                <div class="ft">Includes unlimited streaming via the free Bandcamp app, plus high-quality downloads of {esc(RH_TITLE)}, Live at St George's, and Weir Songs EP.</div>
                <h4 class="ft"><span class="nobreak"><span class="base-text-color">£15</span> <span class="buyItemExtra secondaryText">GBP</span> <span class="buyItemExtra secondaryText">or more</span> <span class="discount secondaryText">(25% OFF)</span></span></h4>
              </li>
            </ul>
            <ul class="tralbumCommands">
              <li><span class="share-embed-container"><button class="share-embed" type="button">Share / Embed</button></span></li>
            </ul>
            <table class="track_list track_table" id="track_table">{rows}
            </table>
            <div class="tralbumData tralbum-about">Nine songs written over one winter between the Avon Gorge and the Severn Estuary: hymns for lamplighters, ferrymen and the people who wait for them. Recorded live to tape around one microphone, with harmonium, fiddle and the sound of the tide coming in under the studio floor.</div>
            <div class="tralbumData tralbum-credits">released March 14, 2025 <br><br>Nell Penhallow – voice, harmonium<br>Tobias Wren – fiddle, viola<br>Recorded at Cumberland Basin Studio by Ada Sowerby<br>Mastered by Joel Aske<br>Cover photograph by Priya Halloran</div>
            <div class="tralbumData tralbum-license">
              <a class="notSkinnable" href="https://bandcamp.example/help/selling#copyright"><span class="license-symbol">©</span> all rights reserved</a>
            </div>
            <div class="tralbumData tralbum-tags tralbum-tags-nu">
              <h2 class="tralbum-tags-header">tags</h2>
              {tags}
            </div>
            <div class="deluxe-fans">
              <h4 class="title">supported by</h4>
              <ol class="no-writing deluxe-fans-list">{fans}</ol>
              <a class="more-thumbs" href="#">more...</a>
            </div>
          </div>
        </div>
        <div id="tralbumArt"><a class="popupImage" href="{RH_ART}"><img src="{RH_IMG}/a2841937065_16.jpg" alt="{esc(RH_TITLE)} by {esc(RH_ARTIST)}"></a></div>
      </div>
      <div id="rightColumn" class="rightColumn">
        <div id="bio-container" class="bio-container">
          <a class="popupImage" href="{RH_IMG}/0027450193_10.jpg"><img class="band-photo" src="{RH_IMG}/0027450193_21.jpg" alt="{esc(RH_ARTIST)} image"></a>
          <p id="band-name-location"><span class="title">{esc(RH_ARTIST)}</span><span class="location secondaryText">{esc(RH_LOCATION)}</span></p>
          <div class="follow-unfollow"><button type="button" class="follow-unfollow">Follow</button></div>
          <div id="bio-text" class="signed-out">A duo of harmonium and fiddle from the Bristol docks, writing songs about water, work and light. <a class="peekaboo-link" href="#">more</a></div>
          <ol id="band-links"><li><a href="https://marrowandtide.example">marrowandtide.example</a></li><li><a href="https://instagram.example/marrowandtide">Instagram</a></li></ol>
          <p class="link-contact"><a href="/contact">Contact {esc(RH_ARTIST)}</a></p>
          <p class="link-help"><a href="https://get.bandcamp.help/hc/en-us/articles/23020726236823" target="_blank">Streaming and<br>Download help</a></p>
          <p class="report-link"><a href="#">Report this album or account</a></p>
        </div>
        <div class="recommended-container"><h3>If you like {esc(RH_ARTIST)}, you may also like:</h3><ol class="recommended-items">{more}</ol></div>
      </div>
    </div>
    <div class="footer-cc-container"><h2 class="footer-cc-header">If you like {esc(RH_TITLE)}, you may also like:</h2><ul class="recommended-albums">{also}</ul></div>
  </div>
</div>
<div id="pgFt" class="footer">
  <div class="footer-left"><a href="https://bandcamp.example/">bandcamp</a><a href="https://bandcamp.example/artists">Start your own site</a><a href="https://bandcamp.example/terms_of_use">Terms of Use</a><a href="https://bandcamp.example/privacy">Privacy</a><a href="https://bandcamp.example/copyright">Copyright Policy</a><a href="https://bandcamp.example/help">Help</a></div>
  <div class="footer-right"><span class="sitewide-language-menu"><label>language</label><select aria-label="language"><option selected>English</option><option>Deutsch</option><option>Español</option><option>Français</option><option>日本語</option></select></span></div>
</div>
<script src="https://s4.bcbits.example/bundle/bundle/1/tralbum_page-9d1f30bb.js"></script>
</body>
</html>"""


@fourteenth
def build_reedhouse() -> None:
    s = Site(
        "reedhouse",
        kind="detail page (Bandcamp album 2024–25: name-section h2 + 'by' artist, tralbumCommands buy items, '£7 GBP or more', track_table rows, tralbum-credits 'released …', tag links, MusicAlbum JSON-LD)",
        start=RH_PATH.lstrip("/") + "/",
        description="A Bandcamp-like album page: cookie dialog, the menubar, a custom band header and band nav; h2.trackTitle and 'by' the artist link; an inline player; buy items (Digital Album '£7 GBP or more', a sold-out vinyl LP, a discography bundle '£15 GBP or more (25% OFF)'); table#track_table rows with number, title link, time and lyrics / buy-track links; about text, 'released March 14, 2025' and credits, the licence line, tag links ending with the location, supporters' thumbnails; the album art link; a right column with the band name and location, bio, links and recommendations; 'you may also like' albums by other artists; a MusicAlbum JSON-LD and a data-tralbum attribute.",
    )
    s.list_page(RH_PATH.lstrip("/") + "/index.html", _rh_page())
    s.expect(
        {
            "title": RH_TITLE,
            "artist": RH_ARTIST,
            "location": RH_LOCATION,
            "date": "2025-03-14",
            "price": float(RH_PRICE),
            "currency": "GBP",
            "tracks": [name for name, _, _ in RH_TRACKS],
            "tags": RH_TAGS,
            "license": "all rights reserved",
            "image": RH_ART,
        }
    )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# casaviva (FROZEN)
# ---------------------------------------------------------------------------------------------------

CV_SEARCH = "/alquiler-viviendas/madrid/centro/lavapies-embajadores/"
CV_IMG = "https://img4.casaviva-static.example/blur/WEB_LISTING/0/id.pro.es.image.master"
CV_ZONE = "Lavapiés-Embajadores, Madrid"


@dataclass
class Piso:
    """One rental listing of the search."""

    kind: str
    street: str
    price: int
    old_price: int | None
    rooms: int | None
    size: int
    floor: str | None
    description: str
    agency: str | None
    parking: bool = False
    highlight: str | None = None

    @property
    def title(self) -> str:
        return f"{self.kind} en {self.street}, {CV_ZONE}"

    @property
    def code(self) -> int:
        return _number(self.street + self.kind, 104_000_000, 107_999_999)

    @property
    def url(self) -> str:
        return f"/inmueble/{self.code}/"


CV_PISOS = [
    Piso(
        "Piso",
        "calle de Embajadores",
        1250,
        1350,
        3,
        85,
        "Planta 2ª exterior con ascensor",
        "Magnífico piso reformado en el corazón de Lavapiés, con tres dormitorios, salón luminoso con balcón a la calle y cocina equipada con electrodomésticos nuevos.",
        "Inmobiliaria Sol Madrid",
        highlight="Destacado",
    ),
    Piso(
        "Estudio",
        "calle del Ave María",
        780,
        None,
        None,
        32,
        "Bajo exterior sin ascensor",
        "Estudio completamente amueblado a dos minutos del metro Lavapiés. Ideal para una persona. Suministros no incluidos.",
        None,
    ),
    Piso(
        "Piso",
        "calle de Argumosa",
        1490,
        None,
        2,
        74,
        "Planta 4ª exterior con ascensor",
        "Piso de dos dormitorios con terraza de uso privativo y vistas a la calle Argumosa. Aire acondicionado por conductos y calefacción central.",
        "Gestión Urbana Centro",
        highlight="Top+",
    ),
    Piso(
        "Ático",
        "calle del Amparo",
        1650,
        1800,
        2,
        68,
        "Planta 5ª exterior con ascensor",
        "Ático con terraza de 20 m² y mucha luz. Dos dormitorios dobles, baño completo con ducha y cocina americana. Disponible a partir de abril.",
        "Madrid Rent Homes",
    ),
    Piso(
        "Piso",
        "calle de la Fe",
        1100,
        None,
        1,
        50,
        "Planta 1ª interior con ascensor",
        "Acogedor piso de un dormitorio en una finca rehabilitada. Muy tranquilo, da a un patio interior. Contrato mínimo de un año.",
        None,
    ),
    Piso(
        "Dúplex",
        "calle de Lavapiés",
        1980,
        None,
        3,
        112,
        "Planta 3ª exterior con ascensor",
        "Dúplex de diseño con tres dormitorios, dos baños y un estudio en la planta superior. Suelos de madera, vigas vistas y mucha luz natural.",
        "Inmobiliaria Sol Madrid",
        highlight="Destacado",
    ),
    Piso(
        "Piso",
        "calle de Tribulete",
        950,
        None,
        1,
        45,
        "Planta 2ª exterior sin ascensor",
        "Piso exterior de un dormitorio con balcón. Reformado hace dos años. Se alquila sin muebles.",
        "Alquileres Rivera",
    ),
    Piso(
        "Piso",
        "Ronda de Valencia",
        1375,
        None,
        2,
        80,
        "Planta 6ª exterior con ascensor",
        "Piso luminoso en la Ronda de Valencia, junto al metro Embajadores. Dos dormitorios, dos baños, plaza de garaje incluida en el precio.",
        "Gestión Urbana Centro",
        parking=True,
    ),
    Piso(
        "Estudio",
        "calle de Mesón de Paredes",
        820,
        870,
        None,
        30,
        "Planta 1ª exterior sin ascensor",
        "Estudio con altillo y ventana a la calle. Cocina office, baño con plato de ducha. A un paso de la plaza de Tirso de Molina.",
        None,
    ),
    Piso(
        "Piso",
        "calle de Valencia",
        1290,
        None,
        2,
        66,
        "Planta 3ª exterior con ascensor",
        "Piso reformado de dos dormitorios con armarios empotrados. Portero físico y finca con ascensor. Gastos de comunidad incluidos.",
        "Madrid Rent Homes",
    ),
    Piso(
        "Piso",
        "calle de Santa Isabel",
        1450,
        None,
        3,
        90,
        "Planta 2ª exterior con ascensor",
        "Amplio piso de tres dormitorios frente al Museo Reina Sofía. Techos altos, suelos hidráulicos originales y dos balcones.",
        "Inmobiliaria Sol Madrid",
    ),
    Piso(
        "Piso",
        "calle del Olivar",
        990,
        None,
        1,
        48,
        "Planta 4ª interior sin ascensor",
        "Piso interior muy tranquilo con un dormitorio. Cocina independiente y baño reformado. Ideal para teletrabajar.",
        None,
    ),
    Piso(
        "Ático",
        "calle de Cabestreros",
        1590,
        None,
        1,
        55,
        "Planta 6ª exterior con ascensor",
        "Ático de un dormitorio con terraza y vistas a los tejados de Lavapiés. Amueblado con gusto. Aire acondicionado y calefacción.",
        "Alquileres Rivera",
        highlight="Top+",
    ),
    Piso(
        "Piso",
        "calle de Sombrerete",
        1150,
        1200,
        2,
        60,
        "Planta 1ª exterior sin ascensor",
        "Piso de dos dormitorios con dos balcones a la calle. Reformado, con cocina equipada y lavadora.",
        "Gestión Urbana Centro",
    ),
    Piso(
        "Piso",
        "calle del Doctor Fourquet",
        1320,
        None,
        2,
        70,
        "Planta 3ª exterior con ascensor",
        "Piso junto a las galerías de arte de Doctor Fourquet. Dos dormitorios, salón con tres balcones y baño con bañera.",
        None,
    ),
    Piso(
        "Casa o chalet",
        "calle de Miguel Servet",
        2300,
        None,
        4,
        140,
        None,
        "Casa de dos plantas con patio privado de 25 m², cuatro dormitorios y tres baños. Una rareza en el centro de Madrid.",
        "Madrid Rent Homes",
        highlight="Destacado",
    ),
    Piso(
        "Piso",
        "calle de Caravaca",
        1050,
        None,
        1,
        52,
        "Planta 2ª interior con ascensor",
        "Piso de un dormitorio recién pintado, con cocina americana y trastero. Finca con ascensor y portero automático.",
        None,
    ),
    Piso(
        "Piso",
        "Glorieta de Embajadores",
        1390,
        None,
        3,
        82,
        "Planta 5ª exterior con ascensor",
        "Piso exterior de tres dormitorios con vistas a la glorieta. Calefacción individual de gas natural y doble ventana.",
        "Inmobiliaria Sol Madrid",
    ),
    Piso(
        "Estudio",
        "calle de Jesús y María",
        750,
        None,
        None,
        28,
        "Bajo interior sin ascensor",
        "Estudio reformado con cocina integrada y baño completo. Perfecto para estudiantes. Se exigen dos meses de fianza.",
        None,
    ),
    Piso(
        "Piso",
        "calle del Salitre",
        1180,
        None,
        2,
        58,
        "Planta 3ª exterior sin ascensor",
        "Piso de dos dormitorios, uno de ellos con balcón. Muy luminoso, orientación sur. Sin muebles.",
        "Alquileres Rivera",
    ),
    Piso(
        "Dúplex",
        "calle de Zurita",
        1720,
        1850,
        2,
        95,
        "Planta 4ª exterior con ascensor",
        "Dúplex con dos dormitorios en la planta alta y salón a doble altura. Aire acondicionado en todas las estancias.",
        "Gestión Urbana Centro",
    ),
    Piso(
        "Piso",
        "calle de Buenavista",
        1240,
        None,
        2,
        64,
        "Planta 2ª exterior con ascensor",
        "Piso reformado de dos dormitorios en una calle tranquila. Plaza de garaje opcional en el mismo edificio.",
        None,
        parking=True,
    ),
    Piso(
        "Piso",
        "calle de la Esgrima",
        1080,
        None,
        1,
        47,
        "Planta 1ª exterior con ascensor",
        "Piso de un dormitorio con balcón y suelos de tarima. Electrodomésticos de alta eficiencia.",
        "Madrid Rent Homes",
    ),
    Piso(
        "Piso",
        "calle de Embajadores",
        1560,
        None,
        3,
        98,
        "Planta 4ª exterior con ascensor",
        "Piso de tres dormitorios y dos baños, uno en suite. Salón comedor de 30 m² con cuatro balcones.",
        "Inmobiliaria Sol Madrid",
    ),
    Piso(
        "Ático",
        "calle del Espino",
        1390,
        None,
        1,
        50,
        "Planta 5ª exterior sin ascensor",
        "Ático abuhardillado de un dormitorio con terraza. Mucho encanto, sin ascensor. Ideal para parejas.",
        None,
    ),
    Piso(
        "Piso",
        "calle de Provisiones",
        1020,
        None,
        2,
        55,
        "Planta 2ª interior sin ascensor",
        "Piso de dos dormitorios pequeños y salón. Reformado en 2023. A cinco minutos del metro Lavapiés.",
        "Alquileres Rivera",
    ),
]
CV_PAGES = [10, 10, 6]
CV_ADS = {
    0: (
        3,
        "Hipotecas casaviva",
        "¿Piensas en comprar? Calcula tu hipoteca en dos minutos y compara ofertas de 12 bancos.",
        "/hipotecas/?xtor=AD-310",
    ),
    1: (
        6,
        "Mudanzas Tetuán",
        "Tu mudanza dentro de Madrid desde 290 €. Presupuesto sin compromiso.",
        "https://ads.casaviva.example/click?c=58102",
    ),
}


def _cv_money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def _cv_page_url(page: int) -> str:
    return CV_SEARCH if page == 0 else f"{CV_SEARCH}pagina-{page + 1}.htm"


def _cv_article(piso: Piso) -> str:
    details = []
    if piso.rooms is not None:
        details.append(f'<span class="item-detail">{piso.rooms} hab.</span>')
    details.append(f'<span class="item-detail">{piso.size} m²</span>')
    if piso.floor:
        details.append(f'<span class="item-detail">{esc(piso.floor)}</span>')
    drop = ""
    if piso.old_price:
        percent = round((piso.old_price - piso.price) / piso.old_price * 100)
        drop = f'<span class="pricedown"><span class="pricedown_icon icon-pricedown"></span><span class="pricedown_price">{_cv_money(piso.old_price)} €</span> {percent} %</span>'
    parking = '<span class="item-parking">Garaje incluido</span>' if piso.parking else ""
    highlight = (
        f'<span class="item-highlight-phrase" title="{esc(piso.highlight)}">{esc(piso.highlight)}</span>'
        if piso.highlight
        else ""
    )
    logo = (
        f'<picture class="logo-branding"><a href="/pro/{slug(piso.agency)}/" data-markup="listado::logo-agencia" title="{esc(piso.agency)}"><img src="https://st3.casaviva-static.example/{_hex(piso.agency, 12)}/logo.gif" alt="{esc(piso.agency)}"></a></picture>'
        if piso.agency
        else ""
    )
    photos = _number(piso.title, 8, 36)
    return f"""
<article class="item extended-item item-multimedia-container" data-element-id="{piso.code}" data-online-booking="false">
  <div class="item-multimedia ">
    <div class="item-gallery"><picture class="item-multimedia-pictures"><img src="{CV_IMG}/{_hex(piso.title, 2)}/{_hex(piso.title + "i", 2)}/{_hex(piso.title + "p", 24)}.jpg" alt="{esc(piso.kind)} en {esc(piso.street)}" loading="lazy"></picture></div>
    <div class="item-multimedia-pictures__counter"><span>1/{photos}</span></div>
    {highlight}
  </div>
  <div class="item-info-container ">
    <a href="{piso.url}" role="heading" aria-level="2" class="item-link " title="{esc(piso.title)}">{esc(piso.title)}</a>
    <div class="price-row "><span class="item-price h2-simulated">{_cv_money(piso.price)}<span class="txt-big">€/mes</span></span>{drop}{parking}</div>
    <div class="item-detail-char">{"".join(details)}</div>
    <div class="item-description description"><p class="ellipsis">{esc(piso.description)}</p></div>
    <div class="item-toolbar">
      <span class="item-toolbar-contact"><button type="button" class="icon-phone-outline item-clickable-phone hidden-contact-phones_link" data-xiti-click="listado::ver-telefono"><span>Ver teléfono</span></button><button type="button" class="icon-chat email-btn action-email fake-anchor"><span>Contactar</span></button></span>
      <button type="button" class="favorite-btn action-fav fake-anchor" title="Guardar"><i class="icon-heart" role="image"></i><span>Guardar</span></button>
      <button type="button" class="icon-delete action-discard fake-anchor" title="Descartar"></button>
    </div>
  </div>
  {logo}
</article>"""


def _cv_ad(title: str, text: str, href: str) -> str:
    return f"""
<article class="adv noHidePrice" data-adv-position="native">
  <div class="adv-content"><span class="adv-label">Publicidad</span><a href="{esc(href)}" class="adv-link" rel="sponsored nofollow"><p class="adv-title">{esc(title)}</p><p class="adv-text">{esc(text)}</p></a></div>
</article>"""


def _cv_pagination(page: int, pages: int) -> str:
    items = []
    if page > 0:
        items.append(
            f'<li class="prev"><a class="icon-arrow-left" href="{_cv_page_url(page - 1)}"><span>Anterior</span></a></li>'
        )
    for number in range(pages):
        if number == page:
            items.append(f'<li class="selected"><span>{number + 1}</span></li>')
        else:
            items.append(f'<li><a href="{_cv_page_url(number)}">{number + 1}</a></li>')
    if page < pages - 1:
        items.append(
            f'<li class="next"><a class="icon-arrow-right-after" href="{_cv_page_url(page + 1)}"><span>Siguiente</span></a></li>'
        )
    return f'<div class="pagination"><ul>{"".join(items)}</ul></div>'


def _cv_filters() -> str:
    types = "".join(
        f'<li><label class="input-checkbox"><input type="checkbox" name="{slug(name)}" checked><span>{name}</span></label></li>'
        for name in ("Pisos", "Áticos", "Dúplex", "Casas o chalets", "Estudios")
    )
    rooms = "".join(
        f'<li><label class="input-checkbox"><input type="checkbox" name="hab-{value}"><span>{value}</span></label></li>'
        for value in ("0 habitaciones (estudios)", "1", "2", "3", "4 o más")
    )
    extras = "".join(
        f'<li><label class="input-checkbox"><input type="checkbox" name="{slug(name)}"><span>{name}</span></label></li>'
        for name in (
            "Aire acondicionado",
            "Armarios empotrados",
            "Ascensor",
            "Exterior",
            "Garaje",
            "Terraza",
            "Amueblado",
        )
    )
    return f"""
<form id="filter-form" class="filters-form" action="{CV_SEARCH}" method="get">
  <fieldset class="item-form"><legend class="title-label">Tipo de inmueble</legend><select name="tipo"><option selected>Viviendas</option><option>Habitaciones</option><option>Garajes</option><option>Oficinas</option></select></fieldset>
  <fieldset class="item-form"><legend class="title-label">Precio</legend><select name="precio-desde" aria-label="Precio mínimo"><option selected>Min</option><option>500 €</option><option>700 €</option><option>900 €</option></select><select name="precio-hasta" aria-label="Precio máximo"><option selected>Max</option><option>1.000 €</option><option>1.500 €</option><option>2.000 €</option></select></fieldset>
  <fieldset class="item-form"><legend class="title-label">Tamaño</legend><select name="metros-desde" aria-label="Tamaño mínimo"><option selected>Min</option><option>40 m²</option><option>60 m²</option></select><select name="metros-hasta" aria-label="Tamaño máximo"><option selected>Max</option><option>80 m²</option><option>120 m²</option></select></fieldset>
  <fieldset class="item-form"><legend class="title-label">Tipo de vivienda</legend><ul>{types}</ul></fieldset>
  <fieldset class="item-form"><legend class="title-label">Habitaciones</legend><ul>{rooms}</ul></fieldset>
  <fieldset class="item-form"><legend class="title-label">Características</legend><ul>{extras}</ul></fieldset>
  <fieldset class="item-form"><legend class="title-label">Fecha de publicación</legend><ul><li><label class="input-radio"><input type="radio" name="publicado" checked><span>Indiferente</span></label></li><li><label class="input-radio"><input type="radio" name="publicado"><span>Últimas 48 horas</span></label></li><li><label class="input-radio"><input type="radio" name="publicado"><span>Última semana</span></label></li></ul></fieldset>
</form>"""


def _cv_page(page: int, pages: int, articles: str) -> str:
    total = len(CV_PISOS)
    suffix = "" if page == 0 else f" — Página {page + 1}"
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Pisos y casas en alquiler en {CV_ZONE}{suffix} — casaviva</title>
<meta name="description" content="{total} viviendas en alquiler en {CV_ZONE}. Encuentra tu casa o piso de alquiler entre los anuncios de particulares e inmobiliarias.">
<link rel="canonical" href="https://www.casaviva.example{_cv_page_url(page)}">
{f'<link rel="prev" href="{_cv_page_url(page - 1)}">' if page > 0 else ""}
{f'<link rel="next" href="{_cv_page_url(page + 1)}">' if page < pages - 1 else ""}
<link rel="stylesheet" href="https://st1.casaviva-static.example/static/common/release/listing/listing.min.css?v=250314">
</head>
<body class="listing listing-rent">
<div id="didomi-host" data-nosnippet="true"><div id="didomi-notice" class="didomi-popup-notice" role="dialog" aria-labelledby="didomi-notice-title">
  <h1 id="didomi-notice-title" class="didomi-popup-notice-title">Tu privacidad es importante para nosotros</h1>
  <p class="didomi-popup-notice-text">casaviva y sus <a href="#" class="didomi-vendors-link">socios</a> utilizamos cookies y tecnologías similares para guardar y acceder a información de tu dispositivo, personalizar anuncios y contenidos, y medir la audiencia.</p>
  <div class="didomi-popup-notice-buttons"><button id="didomi-notice-learn-more-button" class="didomi-button didomi-button-standard">Configurar</button><button id="didomi-notice-disagree-button" class="didomi-button didomi-button-standard">Rechazar</button><button id="didomi-notice-agree-button" class="didomi-button didomi-button-highlight">Aceptar y cerrar</button></div>
</div></div>
<header class="main-header" id="main-header">
  <div class="main-header__wrapper">
    <a class="main-header__logo" href="/" title="casaviva"><svg width="120" height="28" aria-hidden="true"><rect width="120" height="28"></rect></svg><span class="hidden">casaviva</span></a>
    <nav class="main-header__nav"><ul><li><a href="/inmueble/publicar/" class="main-header__nav-publish">Publica tu anuncio gratis</a></li><li><a href="/usuario/favoritos/" class="icon-heart">Favoritos</a></li><li><a href="/usuario/busquedas/" class="icon-bell">Búsquedas guardadas</a></li><li><a href="/login/" class="icon-user">Acceder</a></li></ul></nav>
  </div>
</header>
<div class="listing-top">
  <div class="breadcrumb-navigation-wrapper"><ul class="breadcrumb-navigation-element"><li><a href="/alquiler-viviendas/madrid-provincia/">Madrid provincia</a></li><li><a href="/alquiler-viviendas/madrid-madrid/">Madrid</a></li><li><a href="/alquiler-viviendas/madrid/centro/">Centro</a></li><li class="breadcrumb-navigation-current-level"><span>Lavapiés-Embajadores</span> <span class="breadcrumb-navigation-sidenote">{total}</span></li></ul></div>
  <ul class="operation-tabs"><li><a href="/venta-viviendas/madrid/centro/lavapies-embajadores/">Comprar</a></li><li class="selected"><span>Alquilar</span></li><li><a href="/alquiler-habitacion/madrid/centro/lavapies-embajadores/">Compartir</a></li></ul>
</div>
<main id="main-content" class="container">
  <aside id="aside-filters" class="filters">{_cv_filters()}</aside>
  <section class="items-container">
    <div class="listing-title"><h1 id="h1-container" class="h1-simulated">{total} casas y pisos en alquiler en {CV_ZONE}</h1>
      <div class="listing-tools"><div class="listing-order"><label for="order-select">Ordenar:</label><select id="order-select"><option selected>Relevancia</option><option>Más baratos</option><option>Más recientes</option><option>Más grandes</option><option>Bajadas de precio</option></select></div><button type="button" class="btn action save-search icon-bell">Guardar búsqueda</button><a class="listing-map-link icon-map" href="/alquiler-viviendas/madrid/centro/lavapies-embajadores/mapa">Ver en mapa</a></div>
    </div>
    {'<div class="banner-advertising" data-ad-slot="top-listing"><span class="adv-label">Publicidad</span><a href="https://ads.casaviva.example/click?c=58011" rel="sponsored"><img src="https://st3.casaviva-static.example/adv/seguro-hogar-728x90.png" alt="Seguro de hogar desde 7 € al mes" width="728" height="90"></a></div>' if page == 0 else ""}
    <section class="items-list">{articles}
    </section>
    {_cv_pagination(page, pages)}
    <div class="related-searches"><h2>Búsquedas relacionadas</h2><ul><li><a href="/alquiler-viviendas/madrid/centro/sol/">Alquiler en Sol</a></li><li><a href="/alquiler-viviendas/madrid/centro/cortes/">Alquiler en Cortes</a></li><li><a href="/alquiler-viviendas/madrid/arganzuela/">Alquiler en Arganzuela</a></li></ul></div>
  </section>
</main>
<footer class="footer" id="footer">
  <div class="footer-links"><ul><li><a href="/quienes-somos/">Quiénes somos</a></li><li><a href="/ayuda/">Ayuda</a></li><li><a href="/profesionales/">Profesionales</a></li><li><a href="/aviso-legal/">Aviso legal</a></li><li><a href="/privacidad/">Privacidad</a></li><li><a href="/cookies/">Política de cookies</a></li></ul></div>
  <p class="footer-copyright">© 2025 casaviva S.L.U. Todos los derechos reservados.</p>
</footer>
<script src="https://st1.casaviva-static.example/static/common/release/listing/listing.min.js?v=250314" defer></script>
</body>
</html>"""


@fourteenth
def build_casaviva() -> None:
    s = Site(
        "casaviva",
        kind="property rentals search (idealista 2024–25, Spanish: article.item cards, a.item-link titles, '1.250€/mes' with dot thousands, pricedown previous prices, unlabelled item-detail spans '3 hab.' / '85 m²' / floor, agency logos by alt only, Publicidad cards, pagina-N.htm)",
        start=CV_SEARCH.lstrip("/"),
        description="An idealista-like rentals search in Madrid (Spanish): a Didomi cookie notice, header, breadcrumbs with a count and operation tabs, a filter form, the h1 with the count, order select, save search and map link, a top banner ad on page 1; section.items-list of article.item: gallery with '1/N' counter and a 'Destacado' / 'Top+' highlight on some, a.item-link title 'Piso en calle …, Lavapiés-Embajadores, Madrid', span.item-price '1.250' + '€/mes', a pricedown with the old price and percent on some, 'Garaje incluido' on some, item-detail spans ('3 hab.' missing on studios, 'N m²', floor line missing on houses), a description, Ver teléfono / Contactar / Guardar buttons, and an agency logo link (alt only) unless a private owner; native 'Publicidad' cards in the list; a pagination with Anterior / numbers / Siguiente to pagina-2.htm, related searches and footer.",
    )
    pages = chunks(CV_PISOS, CV_PAGES)
    for page, pisos in enumerate(pages):
        articles = []
        for index, piso in enumerate(pisos):
            ad = CV_ADS.get(page)
            if ad is not None and ad[0] == index:
                articles.append(_cv_ad(*ad[1:]))
            articles.append(_cv_article(piso))
        target = _cv_page_url(page).lstrip("/")
        s.list_page(target + "index.html" if page == 0 else target, _cv_page(page, len(pages), "".join(articles)))
    for piso in CV_PISOS:
        s.expect(
            {
                "title": piso.title,
                "url": piso.url,
                "price": float(piso.price),
                "currency": "EUR",
                "original_price": float(piso.old_price) if piso.old_price else None,
                "rooms": piso.rooms,
                "size_m2": piso.size,
                "floor": piso.floor,
                "description": piso.description,
                "agency": piso.agency,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# squadvalue (FROZEN)
# ---------------------------------------------------------------------------------------------------

SV_PATH = "/spieler-statistik/wertvollstespieler/marktwertetop/"
SV_IMG = "https://img.a.squadvalue.example/portrait"
SV_FLAGS = {
    "England": 189,
    "France": 50,
    "Spain": 157,
    "Brazil": 26,
    "Argentina": 9,
    "Germany": 40,
    "Portugal": 136,
    "Netherlands": 122,
    "Norway": 125,
    "Belgium": 19,
    "Italy": 75,
    "Nigeria": 124,
    "Uruguay": 179,
    "Croatia": 37,
    "Senegal": 149,
    "Morocco": 107,
    "Japan": 77,
    "Denmark": 39,
    "Cote d'Ivoire": 38,
    "Ghana": 54,
    "Colombia": 83,
    "Ecuador": 44,
    "Scotland": 190,
    "United States": 184,
    "Turkey": 174,
    "Mali": 103,
}
SV_CLUBS = {
    "Real Madrid": 418,
    "Manchester City": 281,
    "Arsenal FC": 11,
    "FC Barcelona": 131,
    "Bayern Munich": 27,
    "Liverpool FC": 31,
    "Paris Saint-Germain": 583,
    "Chelsea FC": 631,
    "Bayer 04 Leverkusen": 15,
    "Inter Milan": 46,
    "Newcastle United": 762,
    "Tottenham Hotspur": 148,
    "Borussia Dortmund": 16,
    "Atlético de Madrid": 13,
    "Juventus FC": 506,
    "SSC Napoli": 6195,
    "Aston Villa": 405,
    "Manchester United": 985,
}


@dataclass
class Player:
    """One row of the market-value table."""

    name: str
    position: str
    age: int
    nations: list[str]
    club: str
    value: float

    @property
    def code(self) -> int:
        return _number(self.name, 280_000, 1_199_999)

    @property
    def url(self) -> str:
        return f"/{slug(self.name)}/profil/spieler/{self.code}"

    @property
    def shown_value(self) -> str:
        return f"€{self.value:.2f}m"


SV_PLAYERS = [
    Player("Rasmus Ekeland", "Centre-Forward", 24, ["Norway", "England"], "Manchester City", 180.0),
    Player("Kylian Varenne", "Left Winger", 26, ["France"], "Real Madrid", 170.0),
    Player("Jude Ashworth", "Attacking Midfield", 21, ["England", "Scotland"], "Real Madrid", 160.0),
    Player("Lamine Sabaté", "Right Winger", 17, ["Spain", "Morocco"], "FC Barcelona", 150.0),
    Player("Vinícius Albuquerque", "Left Winger", 24, ["Brazil"], "Real Madrid", 150.0),
    Player("Bukola Sanyaolu", "Right Winger", 23, ["England", "Nigeria"], "Arsenal FC", 140.0),
    Player("Florian Wirtzel", "Attacking Midfield", 21, ["Germany"], "Bayer 04 Leverkusen", 140.0),
    Player("Jamal Mussari", "Attacking Midfield", 21, ["Germany", "Ghana"], "Bayern Munich", 140.0),
    Player("Federico Valdano", "Central Midfield", 26, ["Uruguay", "Spain"], "Real Madrid", 120.0),
    Player("Rodrigo Hernanz", "Defensive Midfield", 28, ["Spain"], "Manchester City", 110.0),
    Player("Phil Fodwell", "Attacking Midfield", 24, ["England"], "Manchester City", 110.0),
    Player("Declan Rycroft", "Defensive Midfield", 25, ["England", "Scotland"], "Arsenal FC", 110.0),
    Player("Cole Pallister", "Attacking Midfield", 22, ["England", "Cote d'Ivoire"], "Chelsea FC", 110.0),
    Player("Lautaro Martínez Ruiz", "Centre-Forward", 27, ["Argentina", "Italy"], "Inter Milan", 110.0),
    Player("Martin Ødegren", "Attacking Midfield", 25, ["Norway"], "Arsenal FC", 110.0),
    Player("Pedro González Lema", "Central Midfield", 22, ["Spain"], "FC Barcelona", 100.0),
    Player("Alexander Isaksen", "Centre-Forward", 25, ["Norway", "Denmark"], "Newcastle United", 100.0),
    Player("Mohamed Salah-Eddine", "Right Winger", 32, ["Morocco"], "Liverpool FC", 55.0),
    Player("Victor Osimede", "Centre-Forward", 26, ["Nigeria"], "SSC Napoli", 75.0),
    Player("William Saliou", "Centre-Back", 23, ["France", "Senegal"], "Arsenal FC", 90.0),
    Player("Josko Gvardan", "Centre-Back", 23, ["Croatia"], "Manchester City", 75.0),
    Player("Ousmane Demba", "Right Winger", 27, ["France", "Mali"], "Paris Saint-Germain", 60.0),
    Player("Micky van der Veen", "Centre-Back", 23, ["Netherlands"], "Tottenham Hotspur", 60.0),
    Player("Moisés Caicedo Plaza", "Defensive Midfield", 23, ["Ecuador"], "Chelsea FC", 90.0),
    Player("Luis Díaz Marulanda", "Left Winger", 28, ["Colombia"], "Liverpool FC", 75.0),
    Player("Jamie Gittings", "Left Winger", 20, ["England", "Germany"], "Borussia Dortmund", 70.0),
    Player("Julián Alvear", "Second Striker", 25, ["Argentina"], "Atlético de Madrid", 90.0),
    Player("Kenan Yıldırım", "Left Winger", 19, ["Turkey"], "Juventus FC", 65.0),
]
SV_PLAYERS.sort(key=lambda player: -player.value)  # the table is ranked by value; ties keep their order
SV_PAGES = [10, 10, 8]


def _sv_page_url(page: int) -> str:
    return SV_PATH if page == 0 else f"{SV_PATH}?page={page + 1}"


def _sv_row(rank: int, player: Player) -> str:
    flags = "<br>".join(
        f'<img src="https://tmssl.akamaized.example/images/flagge/verysmall/{SV_FLAGS[nation]}.png?lm=1520611569" title="{esc(nation)}" alt="{esc(nation)}" class="flaggenrahmen">'
        for nation in player.nations
    )
    club_id = SV_CLUBS[player.club]
    portrait = f"{SV_IMG}/small/{player.code}-{_number(player.name + 'p', 1_600_000_000, 1_740_000_000)}.jpg?lm=1"
    row_class = "odd" if rank % 2 else "even"
    return f"""
<tr class="{row_class}">
  <td class="zentriert">{rank}</td>
  <td class=""><table class="inline-table"><tr><td rowspan="2"><img src="{SV_IMG}/small/default.jpg?lm=1" data-src="{portrait}" title="{esc(player.name)}" alt="{esc(player.name)}" class="bilderrahmen-fixed lazy lazy"></td><td class="hauptlink"><a title="{esc(player.name)}" href="{player.url}">{esc(player.name)}</a></td></tr><tr><td>{esc(player.position)}</td></tr></table></td>
  <td class="zentriert">{player.age}</td>
  <td class="zentriert">{flags}</td>
  <td class="zentriert"><a title="{esc(player.club)}" href="/{slug(player.club)}/startseite/verein/{club_id}"><img src="https://tmssl.akamaized.example/images/wappen/tiny/{club_id}.png?lm=1656580823" title="{esc(player.club)}" alt="{esc(player.club)}" class="tiny_wappen"></a></td>
  <td class="rechts hauptlink"><a href="/{slug(player.name)}/marktwertverlauf/spieler/{player.code}">{player.shown_value}</a> </td>
</tr>"""


def _sv_pager(page: int, pages: int) -> str:
    items = []
    if page > 0:
        items.append(
            f'<li class="tm-pagination__list-item tm-pagination__list-item--icon-first-page"><a href="{_sv_page_url(0)}" class="tm-pagination__link" title="Go to the first page"></a></li>'
        )
        items.append(
            f'<li class="tm-pagination__list-item tm-pagination__list-item--icon-previous-page"><a href="{_sv_page_url(page - 1)}" class="tm-pagination__link" title="Go to the previous page"></a></li>'
        )
    for number in range(pages):
        active = " tm-pagination__list-item--active" if number == page else ""
        items.append(
            f'<li class="tm-pagination__list-item{active}"><a href="{_sv_page_url(number)}" class="tm-pagination__link" title="Page {number + 1}">{number + 1}</a></li>'
        )
    if page < pages - 1:
        items.append(
            f'<li class="tm-pagination__list-item tm-pagination__list-item--icon-next-page"><a href="{_sv_page_url(page + 1)}" class="tm-pagination__link" title="Go to the next page"></a></li>'
        )
        items.append(
            f'<li class="tm-pagination__list-item tm-pagination__list-item--icon-last-page"><a href="{_sv_page_url(pages - 1)}" class="tm-pagination__link" title="Go to the last page"></a></li>'
        )
    return f'<div class="pager"><ul class="tm-pagination">{"".join(items)}</ul></div>'


def _sv_select(name: str, label: str, options: list[str]) -> str:
    opts = "".join(
        f'<option value="{slug(option) or "alle"}"{" selected" if i == 0 else ""}>{esc(option)}</option>'
        for i, option in enumerate(options)
    )
    return f'<div class="inline-select"><label for="{name}">{esc(label)}</label><select id="{name}" name="{name}">{opts}</select></div>'


def _sv_page(page: int, pages: int, rows: str) -> str:
    first, last = page * 10 + 1, page * 10 + rows.count("<tr class=")
    filters = "".join(
        [
            _sv_select(
                "spielerposition_id", "Position", ["All positions", "Goalkeeper", "Defender", "Midfield", "Attack"]
            ),
            _sv_select("altersklasse", "Age", ["All ages", "Under 21", "21 to 23", "24 to 29", "30 and older"]),
            _sv_select("land_id", "Nationality", ["All countries", "England", "France", "Germany", "Spain", "Brazil"]),
            _sv_select("kontinent_id", "Continent", ["All continents", "Europe", "Africa", "Asia", "South America"]),
            _sv_select("jahrgang", "Year of birth", ["All years", "2007", "2006", "2005", "2004"]),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Most valuable players | Squadvalue</title>
<meta name="description" content="The most valuable football players in the world, by market value.">
<link rel="canonical" href="https://www.squadvalue.example{_sv_page_url(page)}">
<link rel="stylesheet" href="https://tmsi.akamaized.example/css/styles.css?lm=1741860411">
</head>
<body>
<div id="sp_message_container_934104" class="message-container" role="dialog" aria-label="Privacy">
  <div class="message-component"><p class="message-title">We value your privacy</p><p>We and our 212 partners store and/or access information on a device, such as unique IDs in cookies, to process personal data. You may accept or manage your choices, including your right to object where legitimate interest is used.</p>
  <button class="message-component message-button sp_choice_type_12" type="button">Settings</button><button class="message-component message-button sp_choice_type_11" type="button">Accept &amp; continue</button></div>
</div>
<div class="tm-header__container">
  <header class="tm-header">
    <a class="tm-header__logo" href="/" title="Squadvalue"><img src="https://tmsi.akamaized.example/head/logo.svg" alt="Squadvalue" width="160" height="46"></a>
    <form class="tm-header__search" action="/schnellsuche/ergebnis/schnellsuche" method="get"><input type="text" name="query" placeholder="Search for players, clubs, ..." aria-label="Search"><button type="submit">Search</button></form>
    <div class="tm-header__account"><a href="/profil/login">Login</a> | <a href="/registrierung/neu">Register</a></div>
  </header>
  <nav class="main-navbar" aria-label="Main navigation"><ul class="main-navbar__container">
    <li class="main-navbar__item"><a href="/wettbewerbe/europa">Competitions</a></li><li class="main-navbar__item"><a href="/vereine">Clubs</a></li><li class="main-navbar__item"><a href="/spieler">Players</a></li>
    <li class="main-navbar__item"><a href="/transfers">Transfers &amp; Rumours</a></li><li class="main-navbar__item main-navbar__item--active"><a href="/marktwerte">Market values</a></li><li class="main-navbar__item"><a href="/forum">Forum</a></li><li class="main-navbar__item"><a href="/ticker/index/live">Live Ticker</a></li>
  </ul></nav>
</div>
<div class="werbung werbung-billboard"><div class="werbung-label">Advertisement</div><div id="div-gpt-ad-billboard" style="min-height:250px"></div></div>
<main>
  <div class="large-8 columns">
    <div class="box">
      <h2 class="content-box-headline">Filter</h2>
      <form class="marktwerte-filter" action="{SV_PATH}" method="get">{filters}<input type="submit" name="yt0" value="Show" class="small button"></form>
    </div>
    <div class="box">
      <h1 class="content-box-headline">Most valuable players</h1>
      <div class="responsive-table"><div class="grid-view" id="yw1">
        <div class="keys" style="display:none" title="{SV_PATH}"></div>
        <table class="items">
          <thead><tr><th id="yw1_c0">#</th><th id="yw1_c1" colspan="2">Player</th><th class="zentriert" id="yw1_c2">Age</th><th class="zentriert" id="yw1_c3">Nat.</th><th class="zentriert" id="yw1_c4">Club</th><th class="rechts" id="yw1_c5"><a class="sort-link" href="{SV_PATH}?sort=marktwert.desc">Market value</a></th></tr></thead>
          <tbody>{rows}
          </tbody>
        </table>
        {_sv_pager(page, pages)}
        <div class="summary">Showing {first}-{last} of {len(SV_PLAYERS)} results</div>
      </div></div>
    </div>
    <div class="werbung werbung-content"><div class="werbung-label">Advertisement</div><div id="div-gpt-ad-content" style="min-height:250px"></div></div>
  </div>
  <div class="large-4 columns">
    <div class="box"><h2 class="content-box-headline">Latest market value updates</h2><ul class="news-list"><li><a href="/marktwerte/update/premier-league">Premier League: values updated</a> <span class="news-date">Mar 12, 2025</span></li><li><a href="/marktwerte/update/laliga">LaLiga: values updated</a> <span class="news-date">Mar 5, 2025</span></li></ul></div>
    <div class="werbung werbung-skyscraper"><div class="werbung-label">Advertisement</div><div id="div-gpt-ad-sky" style="min-height:600px"></div></div>
  </div>
</main>
<footer class="footer">
  <div class="footer-links"><a href="/intern/impressum">Imprint</a> | <a href="/intern/datenschutz">Privacy policy</a> | <a href="/intern/anb">Terms of use</a> | <a href="/intern/kontakt">Contact</a> | <a href="#" class="sp-settings">Privacy settings</a></div>
  <p>© Squadvalue 2000-2025. All rights reserved. Market values are estimates by the community.</p>
</footer>
<script src="https://tmsi.akamaized.example/js/app.js?lm=1741860411" defer></script>
</body>
</html>"""


@fourteenth
def build_squadvalue() -> None:
    s = Site(
        "squadvalue",
        kind="table listing (Transfermarkt market values 2024–25: table.items odd/even rows, a nested inline-table per player with name link and position, flag images as the only nationality, club crest links titled by name, '€180.00m' values, tm-pagination ?page=N)",
        start=SV_PATH.lstrip("/"),
        description="A Transfermarkt-like 'most valuable players' table: Sourcepoint privacy dialog, header with search and login, the main navbar, a billboard ad; a filter box of selects; table.items: rank, an inline-table with portrait (lazy data-src), name link to /<slug>/profil/spieler/<id> and the position under it, age, one or two flag images (title/alt the country) split by <br>, a club crest link (title/alt the club), the market value link '€180.00m'; a tm-pagination pager (first / previous / numbers / next / last) to ?page=N, 'Showing 1-10 of 28 results'; ad slots, a sidebar news box and a footer.",
    )
    pages = chunks(SV_PLAYERS, SV_PAGES)
    rank = 0
    for page, players in enumerate(pages):
        rows = []
        for player in players:
            rank += 1
            rows.append(_sv_row(rank, player))
        target = _sv_page_url(page).lstrip("/").replace("?", "@")
        s.list_page(target + "index.html" if page == 0 else target, _sv_page(page, len(pages), "".join(rows)))
    for rank, player in enumerate(SV_PLAYERS, 1):
        s.expect(
            {
                "rank": rank,
                "name": player.name,
                "url": player.url,
                "position": player.position,
                "age": player.age,
                "nationality": player.nations,
                "club": player.club,
                "market_value": player.shown_value,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# nestlyhome (FROZEN)
# ---------------------------------------------------------------------------------------------------

NH_PATH = "/furniture/sb0/accent-chairs-c1764.html"
NH_IMG = "https://assets.nestlyhome.example/im"


@dataclass
class Chair:
    """One product card of the category grid."""

    name: str
    brand: str
    price: float
    was: float | None
    rating: float | None
    reviews: int | None
    badge: str | None = None
    shipping: str | None = "Free Shipping"
    colors: int | None = None

    @property
    def sku(self) -> str:
        return f"W{_number(self.name, 1_000_000, 9_999_999):09d}"

    @property
    def url(self) -> str:
        return f"/furniture/pdp/{slug(self.brand)}-{slug(self.name)}-{self.sku.lower()}.html"


NH_CHAIRS = [
    Chair("Amberly Upholstered Armchair", "Wade Logan", 219.99, 389.00, 4.6, 1234, "Sale", colors=6),
    Chair("Hallie Velvet Barrel Chair", "Etta Avenue", 189.99, None, 4.5, 3087, "Top Rated", colors=9),
    Chair("Kersey Wide Tufted Wingback Chair", "Birch Lane", 449.00, 629.00, 4.7, 412, "Sale"),
    Chair("Neville Rattan Accent Chair", "Bay Isle Home", 274.99, None, 4.3, 88, None, colors=2),
    Chair("Ottilie Boucle Swivel Chair", "Mercury Row", 329.99, 459.99, 4.4, 651, "Sale", colors=4),
    Chair("Brinley Leather Club Chair", "Trent Austin Design", 599.99, None, 4.8, 207, None, "Fast Delivery"),
    Chair("Daxton Slipper Chair", "Latitude Run", 129.99, 179.99, 4.1, 1902, "Closeout", colors=12),
    Chair("Maeve Channel-Tufted Accent Chair", "Etta Avenue", 239.99, None, 4.6, 544),
    Chair("Rowan Mid-Century Lounge Chair", "George Oliver", 349.99, 499.99, 4.5, 976, "Sale", colors=5),
    Chair("Sagan Teddy Fabric Armchair", "Wrought Studio", 199.99, None, None, None, "New"),
    Chair("Tamsin Cane-Back Side Chair", "Kelly Clarkson Home", 389.00, None, 4.9, 131, None),
    Chair("Everly Oversized Chair and a Half", "Three Posts", 519.99, 749.99, 4.4, 2311, "Sale", colors=8),
    Chair("Fenwick Linen Armchair", "Birch Lane", 679.00, None, 4.7, 96, None, "Fast Delivery"),
    Chair("Gilda Scalloped Velvet Chair", "Willa Arlo Interiors", 289.99, 339.99, 4.2, 317, "Sale", colors=3),
    Chair("Harlan Faux Leather Recliner", "Red Barrel Studio", 259.99, None, 4.0, 5102, None, colors=4),
    Chair("Isolde Upholstered Wingback Chair", "Lark Manor", 309.99, None, 4.6, 428),
    Chair("Juno Sherpa Swivel Barrel Chair", "Mercury Row", 279.99, 399.99, 4.3, 1187, "Sale", colors=3),
    Chair("Kyra Papasan Chair", "Bungalow Rose", 159.99, None, 4.5, 843, None, None),
    Chair("Lorne Solid Wood Rocking Chair", "Loon Peak", 229.99, None, 4.7, 265),
    Chair("Marlowe Bouclé Cuddle Chair", "AllModern", 799.00, 999.00, 4.8, 74, "Sale"),
    Chair("Nadia Armless Slipper Chair", "Ebern Designs", 149.99, None, 3.9, 57, None, colors=7),
    Chair("Orson Cognac Leather Armchair", "Trent Austin Design", 899.99, None, 4.9, 39, None, "Fast Delivery"),
    Chair("Perrin Cushioned Accent Chair", "Zipcode Design", 119.99, 149.99, 4.2, 3398, "Closeout", colors=10),
    Chair("Quinby Performance Fabric Armchair", "Birch Lane", 529.00, None, None, None, "New"),
    Chair("Rhiannon Tufted Chesterfield Chair", "Astoria Grand", 489.99, 689.99, 4.5, 702, "Sale"),
    Chair("Soren Wide Lounge Chair", "AllModern", 649.00, None, 4.6, 188, None),
]
NH_PAGES = [10, 10, 6]
NH_SPONSORED = {
    0: {
        0: Chair("Beaumont Velvet Accent Chair", "House of Hampton", 259.99, 419.99, 4.5, 2088, "Sale"),
        6: Chair("Cleo Swivel Glider", "Lark Manor", 369.99, None, 4.4, 611),
    },
    1: {4: Chair("Dorian Faux Fur Chair", "Everly Quinn", 179.99, 229.99, 4.1, 305, "Sale")},
    2: {2: Chair("Kyra Papasan Chair", "Bungalow Rose", 159.99, None, 4.5, 843, None, None)},
}
NH_TOTAL = 26


def _nh_page_url(page: int) -> str:
    return NH_PATH if page == 0 else f"{NH_PATH}?curpage={page + 1}"


def _nh_money(amount: float) -> str:
    return f"${amount:,.2f}"


def _nh_stars(rating: float) -> str:
    full = int(rating)
    half = rating - full >= 0.5
    icons = ["full"] * full + (["half"] if half else []) + ["empty"] * (5 - full - int(half))
    return "".join(
        f'<svg class="_1t8ll1d0 _1t8ll1d{1 if icon == "full" else 2 if icon == "half" else 3}" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><use href="#star-{icon}"></use></svg>'
        for icon in icons
    )


def _nh_card(chair: Chair, position: int, sponsored: bool) -> str:
    href = chair.url + (
        f"?piid={_number(chair.name, 10000000, 99999999)}&auctionId={_hex(chair.name + str(position), 16)}&adType=SPONSORED_PRODUCT"
        if sponsored
        else ""
    )
    label = (
        '<span data-test-id="ListingCard-SponsoredLabel" class="_1vgix4w0 _6o3atz174">Sponsored</span>'
        if sponsored
        else ""
    )
    badge = (
        f'<div data-test-id="ListingCard-Badge" class="_1l2a4nk8"><span class="_1vgix4w0 _1l2a4nk9">{esc(chair.badge)}</span></div>'
        if chair.badge
        else ""
    )
    if chair.rating is not None:
        reviews = f'<div data-test-id="ListingCard-ListingCardReviewStars" class="_1ws7u2z4"><span class="_6o3atz0" style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">Rated {chair.rating} out of 5 stars.</span><div class="_1t8ll1d4" aria-hidden="true">{_nh_stars(chair.rating)}</div><span class="_1vgix4w0 _1ws7u2z5" aria-hidden="true">({chair.reviews:,})</span><span class="_6o3atz0" style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">{chair.reviews:,} total votes</span></div>'
    else:
        reviews = ""
    if chair.was is not None:
        price = f'<div data-test-id="PriceDisplay" class="oakhm60 oakhm6c"><span data-test-id="StandardPricingPrice-SALE" class="oakhm64z_6101 oakhm61a oakhm6ag">{_nh_money(chair.price)}</span> <s data-test-id="StandardPricingPrice-PREVIOUS" class="oakhm64z_6101 oakhm62q">{_nh_money(chair.was)}</s></div>'
    else:
        price = f'<div data-test-id="PriceDisplay" class="oakhm60 oakhm6c"><span data-test-id="StandardPricingPrice-PRIMARY" class="oakhm64z_6101 oakhm61a">{_nh_money(chair.price)}</span></div>'
    shipping = (
        f'<div data-test-id="ListingCard-Shipping" class="_1ws7u2z8"><span class="_1vgix4w0 _1ws7u2z9">{esc(chair.shipping)}</span></div>'
        if chair.shipping
        else ""
    )
    colors = (
        f'<p class="_1vgix4w0 _1ws7u2za" data-test-id="ListingCard-Options">{chair.colors} Colors</p>'
        if chair.colors
        else ""
    )
    return f"""
<div class="_1l2a4nk0 _1l2a4nk2" data-hb-id="Grid.Item">
  <div data-test-id="ListingCard" data-sku="{chair.sku}" data-position="{position}" class="_1ws7u2z0">
    <a href="{esc(href)}" data-test-id="ListingCard-Link" class="_1ws7u2z1" data-click-location="browse_grid">
      <div data-test-id="ListingCard-Image" class="_1ws7u2z2"><img src="{NH_IMG}/{_number(chair.name, 100000000, 999999999)}/resize-h400-w400%5Ecompr-r85/{_number(chair.name + "i", 1000, 9999)}/{chair.sku}.jpg" alt="{esc(chair.name)}" loading="lazy" width="400" height="400"></div>
      {label}{badge}
      <div class="_1ws7u2z3">
        <h2 class="_1vgix4w0 _1ws7u2z6"><span data-test-id="ListingCard-ListingCardName-Text">{esc(chair.name)}</span></h2>
        <p class="_1vgix4w0 _1ws7u2z7" data-test-id="ListingCard-ListingCardManufacturer-Text">by {esc(chair.brand)}</p>
        {reviews}
        {price}
        {shipping}
        {colors}
      </div>
    </a>
    <button type="button" class="_1ws7u2zb" aria-label="Add {esc(chair.name)} to Favorites" data-test-id="ListingCard-FavoriteButton"><svg viewBox="0 0 28 28" width="24" height="24" aria-hidden="true"><use href="#heart"></use></svg></button>
  </div>
</div>"""


def _nh_filters() -> str:
    groups = [
        ("Price", ["Under $150 (312)", "$150 to $250 (548)", "$250 to $400 (611)", "$400 and Up (371)"]),
        ("Customer Rating", ["4 Stars & Up (1,204)", "3 Stars & Up (1,611)"]),
        ("Upholstery Material", ["Velvet (402)", "Polyester (655)", "Leather (188)", "Bouclé (97)", "Linen (83)"]),
        ("Arm Type", ["Armless (254)", "Flared Arms (198)", "Track Arms (301)", "Rolled Arms (146)"]),
        ("Features", ["Swivel (233)", "Tufted (418)", "Nailhead Trim (96)"]),
    ]
    out = []
    for title, values in groups:
        items = "".join(
            f'<li><label class="_1e2w0s10"><input type="checkbox" class="_1e2w0s11"><span>{esc(value)}</span></label></li>'
            for value in values
        )
        out.append(
            f'<section class="_1e2w0s0" data-test-id="Filter-{slug(title)}"><button type="button" class="_1e2w0s2" aria-expanded="true"><h3>{esc(title)}</h3></button><ul class="_1e2w0s3">{items}</ul></section>'
        )
    return "".join(out)


def _nh_pagination(page: int, pages: int) -> str:
    items = []
    if page > 0:
        items.append(
            f'<a href="{_nh_page_url(page - 1)}" class="pl-Pagination-prev" data-enzyme-id="paginationPrevPageLink" aria-label="Previous Page">Previous</a>'
        )
    for number in range(pages):
        if number == page:
            items.append(
                f'<span class="pl-Pagination-page pl-Pagination-page--active" aria-current="page">{number + 1}</span>'
            )
        else:
            items.append(
                f'<a href="{_nh_page_url(number)}" class="pl-Pagination-page" aria-label="Page {number + 1}">{number + 1}</a>'
            )
    if page < pages - 1:
        items.append(
            f'<a href="{_nh_page_url(page + 1)}" class="pl-Pagination-next" data-enzyme-id="paginationNextPageLink" aria-label="Next Page">Next</a>'
        )
    return f'<nav class="pl-Pagination" aria-label="Pagination">{"".join(items)}</nav>'


def _nh_page(page: int, pages: int, cards: str, sponsored: int) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Accent Chairs You'll Love | Nestlyhome</title>
<meta name="description" content="Shop Nestlyhome for the best accent chairs. Enjoy Free Shipping on most stuff, even big stuff.">
<link rel="canonical" href="https://www.nestlyhome.example{_nh_page_url(page)}">
<link rel="stylesheet" href="https://assets.nestlyhome.example/resources/browse/browse.4c1f9e.css">
</head>
<body class="BrowsePage">
<svg style="display:none"><symbol id="star-full" viewBox="0 0 24 24"><path d="M12 2l3 7h7l-6 4 2 8-6-5-6 5 2-8-6-4h7z"></path></symbol><symbol id="star-half" viewBox="0 0 24 24"><path d="M12 2v15l-6 5 2-8-6-4h7z"></path></symbol><symbol id="star-empty" viewBox="0 0 24 24"><path d="M12 5l2 5h5l-4 3 1 5-4-3-4 3 1-5-4-3h5z"></path></symbol><symbol id="heart" viewBox="0 0 28 28"><path d="M14 24l-9-9a5 5 0 017-7l2 2 2-2a5 5 0 017 7z"></path></symbol></svg>
<div class="_18t7wsd0" data-test-id="PromoBanner"><a href="/daily-sales">Up to 60% off accent chairs: Spring Savings Event ends Sunday</a></div>
<header class="_1x1t8w60" data-test-id="Header">
  <a class="_1x1t8w61" href="/" aria-label="Nestlyhome home"><svg width="150" height="32" aria-hidden="true"><rect width="150" height="32"></rect></svg></a>
  <form class="_1x1t8w62" action="/keyword.php" method="get" role="search"><input type="search" name="keyword" placeholder="Find anything home..." aria-label="Search"><button type="submit">Search</button></form>
  <div class="_1x1t8w63"><a href="/v/account/authentication/login">Account</a><a href="/lists">Lists</a><a href="/v/checkout/basket/show" aria-label="Cart, 0 items">Cart</a></div>
  <nav class="_1x1t8w64" aria-label="Departments"><ul><li><a href="/daily-sales">Sale</a></li><li><a href="/furniture/cat/furniture-c45974.html">Furniture</a></li><li><a href="/outdoor/cat/outdoor-c32332.html">Outdoor</a></li><li><a href="/bed-bath/cat/bedding-bath-c215329.html">Bedding &amp; Bath</a></li><li><a href="/rugs/cat/rugs-c215386.html">Rugs</a></li><li><a href="/decor-pillows/cat/decor-pillows-c45990.html">Décor &amp; Pillows</a></li><li><a href="/lighting/cat/lighting-c215400.html">Lighting</a></li><li><a href="/kitchen-tabletop/cat/kitchen-tabletop-c45980.html">Kitchen</a></li></ul></nav>
</header>
<main class="_9ho2wl0">
  <nav class="_1mvxb0r0" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/furniture/cat/furniture-c45974.html">Furniture</a></li><li><a href="/furniture/cat/living-room-furniture-c1772329.html">Living Room Furniture</a></li><li><a href="/furniture/cat/chairs-seating-c1772336.html">Chairs &amp; Seating</a></li><li aria-current="page">Accent Chairs</li></ol></nav>
  <div class="_9ho2wl1"><h1 class="_1vgix4w0 _9ho2wl2">Accent Chairs</h1><p class="_9ho2wl3" data-test-id="ResultsCount">{NH_TOTAL:,} Results</p></div>
  <div class="_9ho2wl4">
    <aside class="_9ho2wl5" data-test-id="FilterPanel"><h2 class="_6o3atz0" style="position:absolute;clip:rect(0 0 0 0)">Filters</h2>{_nh_filters()}</aside>
    <section class="_9ho2wl6" data-test-id="Browse-Grid-Section">
      <div class="_9ho2wl7"><label for="sortby">Sort by</label><select id="sortby" name="sortby"><option selected>Recommended</option><option>Price: Low to High</option><option>Price: High to Low</option><option>Customer Rating</option><option>Most Popular</option><option>Newest</option></select></div>
      {'<div class="_9ho2wl8" data-test-id="DisplayAd"><span class="_1vgix4w0">Ad</span><a href="https://ads.nestlyhome.example/click?cid=70412" rel="sponsored"><img src="https://assets.nestlyhome.example/ads/kelly-clarkson-home-spring-970x90.jpg" alt="Kelly Clarkson Home: new spring seating" width="970" height="90"></a></div>' if page == 0 else ""}
      <div class="_1l2a4nk1" data-test-id="Browse-Grid" role="list">{cards}
      </div>
      {_nh_pagination(page, pages)}
      <p class="_9ho2wl9">Showing {page * 10 + 1}-{page * 10 + len(cards.split('data-test-id="ListingCard" ')) - 1 - sponsored} of {NH_TOTAL:,} results</p>
    </section>
  </div>
  <section class="_9ho2wla" data-test-id="RecentlyViewed"><h2>Recently Viewed</h2><p>You haven't viewed any items yet.</p></section>
  <section class="_9ho2wlb" data-test-id="SEOContent"><h2>Accent Chairs</h2><p>An accent chair adds a pop of color, pattern or texture to your living room. Swivel chairs, wingbacks and barrel chairs are among the most popular styles this season.</p></section>
</main>
<footer class="_1qtm5f20" data-test-id="Footer">
  <div class="_1qtm5f21"><div><h3>About Us</h3><ul><li><a href="/customerservice/about_us">About Nestlyhome</a></li><li><a href="/careers">Careers</a></li><li><a href="/sustainability">Sustainability</a></li></ul></div><div><h3>Customer Service</h3><ul><li><a href="/v/account/order/manage">My Orders</a></li><li><a href="/help">Help Center</a></li><li><a href="/returns">Return Policy</a></li></ul></div><div><h3>Financing</h3><ul><li><a href="/credit-card">Nestlyhome Credit Card</a></li><li><a href="/financing">Specialty Financing</a></li></ul></div></div>
  <p class="_1qtm5f22">© 2002 - 2025 by Nestlyhome LLC, 4 Copley Place, Floor 7, Boston, MA 02116 · <a href="/terms">Terms of Use</a> · <a href="/privacy">Privacy Policy</a> · <a href="/privacy-request">Your Privacy Rights</a></p>
</footer>
<script src="https://assets.nestlyhome.example/resources/browse/browse.4c1f9e.js" defer></script>
</body>
</html>"""


@fourteenth
def build_nestlyhome() -> None:
    s = Site(
        "nestlyhome",
        kind="marketplace category grid (Wayfair browse 2024–25: hashed atomic classes + data-test-id hooks, ListingCard full-card links, 'by Brand' lines, screen-reader 'Rated 4.6 out of 5 stars.' beside '(1,234)', sale prices with struck <s> previous prices, Sale / Closeout badges, Sponsored cards in the grid, ?curpage=N)",
        start=NH_PATH.lstrip("/"),
        description="A Wayfair-like accent-chairs category: a promo strip, header with search and department nav, breadcrumbs, the h1 and '26 Results', a filter panel with counts, a sort select, a display Ad on page 1; a role=list grid of Grid.Item cells, each a ListingCard with one full-card link (image alt the name, optional 'Sale' / 'Closeout' / 'Top Rated' / 'New' badge, h2 name, 'by <brand>', visually hidden 'Rated 4.6 out of 5 stars.' + svg stars + '(1,234)' + hidden 'N total votes' on rated items, PriceDisplay with the price and a struck <s> previous price on sales, 'Free Shipping' / 'Fast Delivery' on most, 'N Colors' on some) and a favourite button; Sponsored cards with the same markup and tracking links (one repeats an organic item); a Previous / numbers / … / Next pager to ?curpage=N; recently viewed, SEO text, footer.",
    )
    pages = chunks(NH_CHAIRS, NH_PAGES)
    position = 0
    for page, chairs in enumerate(pages):
        cards = []
        for index, chair in enumerate(chairs):
            paid = NH_SPONSORED.get(page, {}).get(index)
            if paid is not None:
                position += 1
                cards.append(_nh_card(paid, position, True))
            position += 1
            cards.append(_nh_card(chair, position, False))
        target = _nh_page_url(page).lstrip("/").replace("?", "@")
        s.list_page(target, _nh_page(page, len(pages), "".join(cards), len(NH_SPONSORED.get(page, {}))))
    for chair in NH_CHAIRS:
        s.expect(
            {
                "title": chair.name,
                "url": chair.url,
                "brand": chair.brand,
                "price": chair.price,
                "currency": "USD",
                "original_price": chair.was,
                "rating": chair.rating,
                "review_count": chair.reviews,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# clawlinks (FROZEN)
# ---------------------------------------------------------------------------------------------------

CL_TAG = "/t/rust/"
CL_TAG_TITLES = {
    "rust": "Rust programming",
    "performance": "Performance and optimization",
    "release": "Software releases and announcements",
    "ask": "Ask Clawlinks",
    "show": "Show Clawlinks / Projects and threads asking for feedback",
    "practices": "Development and team practices",
    "compilers": "Compiler design",
    "wasm": "WebAssembly",
    "databases": "Databases (SQL, NoSQL)",
    "security": "Netsec, appsec, and infosec",
    "pdf": "Link to a PDF document",
    "video": "Link to a video",
    "plt": "Programming language theory, types, design",
    "linux": "Linux",
    "embedded": "Embedded and IoT devices",
    "web": "Web development and news",
    "async": "Asynchronous programming",
    "gamedev": "Game design and study",
}


@dataclass
class Story:
    """One story of the tag feed."""

    title: str
    link: str | None
    tags: list[str]
    score: int
    author: str
    comments: int
    authored: bool
    age: str

    @property
    def short_id(self) -> str:
        alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
        seed = int(_hex(self.title, 12), 16)
        out = ""
        for _ in range(6):
            seed, digit = divmod(seed, len(alphabet))
            out += alphabet[digit]
        return out

    @property
    def comments_url(self) -> str:
        return f"/s/{self.short_id}/{slug(self.title)[:50].strip('-').replace('-', '_')}"

    @property
    def url(self) -> str:
        return self.link or self.comments_url

    @property
    def domain(self) -> str | None:
        if not self.link:
            return None
        host = self.link.split("/")[2]
        return host.removeprefix("www.")


CL_STORIES = [
    Story(
        "Announcing Rust 1.86.0",
        "https://blog.rust-lang.example/2025/04/03/Rust-1.86.0.html",
        ["rust", "release"],
        97,
        "kestrel",
        31,
        False,
        "5 hours ago",
    ),
    Story(
        "Trait upcasting is finally stable",
        "https://quill.example/posts/trait-upcasting/",
        ["rust", "plt"],
        64,
        "mirela",
        18,
        True,
        "7 hours ago",
    ),
    Story(
        "Why my Rust service used 40 GB of memory (and how jemalloc fixed it)",
        "https://engineering.parcelhop.example/rust-memory-jemalloc",
        ["rust", "performance"],
        58,
        "tamsin_h",
        22,
        False,
        "9 hours ago",
    ),
    Story(
        "What are you using for async database access in 2025?",
        None,
        ["ask", "rust", "databases"],
        23,
        "ollie",
        41,
        False,
        "11 hours ago",
    ),
    Story(
        "Writing a GameBoy emulator in Rust, part 4: the pixel FIFO",
        "https://www.bytewren.example/blog/gb-emulator-4",
        ["rust", "gamedev"],
        46,
        "bytewren",
        7,
        True,
        "13 hours ago",
    ),
    Story(
        "Pin, Unpin and why self-referential futures are hard",
        "https://notes.ferrous.example/pin-unpin-explained",
        ["rust", "async"],
        71,
        "cassia",
        26,
        False,
        "15 hours ago",
    ),
    Story(
        "Compiling Rust to WebAssembly without wasm-bindgen",
        "https://slatebrook.example/rust-wasm-no-bindgen",
        ["rust", "wasm"],
        39,
        "slatebrook",
        9,
        True,
        "18 hours ago",
    ),
    Story(
        "Embassy on the RP2350: first impressions",
        "https://hackaday-notes.example/2025/embassy-rp2350",
        ["rust", "embedded"],
        33,
        "pdelacroix",
        0,
        False,
        "20 hours ago",
    ),
    Story(
        "The borrow checker as a design tool (talk, RustNation 2025)",
        "https://video.confhall.example/watch/rn25-borrowck-design",
        ["rust", "practices", "video"],
        28,
        "juniper",
        5,
        False,
        "22 hours ago",
    ),
    Story(
        "Show: tinyjson, a zero-allocation JSON parser in 900 lines",
        "https://codeberg.example/wrenfield/tinyjson",
        ["rust", "show"],
        44,
        "wrenfield",
        16,
        True,
        "1 day ago",
    ),
    Story(
        "Rewriting our build system's hot path from Python to Rust",
        "https://eng.moorlands.example/build-hot-path-rust",
        ["rust", "performance", "practices"],
        52,
        "agnes_b",
        37,
        False,
        "1 day ago",
    ),
    Story(
        "A formal model of Rust's aliasing rules: Tree Borrows",
        "https://plv.example.edu/papers/tree-borrows-pldi25.pdf",
        ["rust", "plt", "pdf"],
        61,
        "hollis",
        12,
        False,
        "1 day ago",
    ),
    Story(
        "cargo-semver-checks now catches 120 kinds of breaking changes",
        "https://predr.example/blog/semver-checks-120-lints",
        ["rust", "release"],
        38,
        "predr",
        8,
        True,
        "1 day ago",
    ),
    Story(
        "Let's talk about unsafe in the Linux kernel's Rust drivers",
        "https://lwn-archive.example/Articles/1012345/",
        ["rust", "linux"],
        49,
        "kestrel",
        29,
        False,
        "2 days ago",
    ),
    Story(
        "How do you structure error types in a large workspace?",
        None,
        ["ask", "rust", "practices"],
        19,
        "thornbury",
        24,
        False,
        "2 days ago",
    ),
    Story(
        "Faster hash maps with SIMD probing: a walkthrough",
        "https://blog.gullwing.example/simd-hashmap",
        ["rust", "performance"],
        42,
        "gullwing",
        6,
        True,
        "2 days ago",
    ),
    Story(
        "Fuzzing a TLS library with cargo-fuzz found three bugs",
        "https://sec.blackthorn.example/2025/tls-fuzzing",
        ["rust", "security"],
        35,
        "nadia_k",
        3,
        False,
        "2 days ago",
    ),
    Story(
        "Rust in the browser: a year of Leptos in production",
        "https://www.hollowtree.example/leptos-one-year",
        ["rust", "web", "wasm"],
        30,
        "hollowtree",
        14,
        True,
        "3 days ago",
    ),
    Story(
        "Async drop is coming: an update from the lang team",
        "https://blog.rust-lang.example/inside-rust/2025/03/28/async-drop-update.html",
        ["rust", "async"],
        57,
        "mirela",
        21,
        False,
        "3 days ago",
    ),
    Story(
        "Building a tiny SQLite clone, chapter 2: the B-tree",
        "https://oakshade.example/sqlite-clone/02-btree",
        ["rust", "databases"],
        27,
        "oakshade",
        0,
        True,
        "3 days ago",
    ),
    Story(
        "Cranelift as a backend for debug builds: benchmarks",
        "https://codegen.example/cranelift-debug-benchmarks",
        ["rust", "compilers", "performance"],
        40,
        "bramble",
        11,
        False,
        "4 days ago",
    ),
    Story(
        "I replaced a 2,000-line Go service with 700 lines of Rust",
        "https://ellisfield.example/go-to-rust",
        ["rust", "practices"],
        12,
        "ellisfield",
        48,
        True,
        "4 days ago",
    ),
    Story(
        "Typestate patterns for embedded HALs",
        "https://tern.example/typestate-hal",
        ["rust", "embedded", "plt"],
        22,
        "tern",
        4,
        True,
        "5 days ago",
    ),
    Story(
        "Profiling async Rust with tokio-console and perf",
        "https://ops.greywell.example/profiling-async-rust",
        ["rust", "async", "performance"],
        36,
        "greywell",
        9,
        False,
        "5 days ago",
    ),
    Story(
        "Show: a terminal spreadsheet in Rust",
        "https://github.example/lindqvist/cellar",
        ["rust", "show"],
        25,
        "lindqvist",
        13,
        True,
        "6 days ago",
    ),
    Story(
        "A gentle introduction to Rust's const generics",
        "https://www.rivermead.example/const-generics-intro",
        ["rust", "plt"],
        18,
        "rivermead",
        2,
        True,
        "6 days ago",
    ),
    Story("What's the state of GUI in Rust in 2025?", None, ["ask", "rust"], 31, "marlowe", 57, False, "6 days ago"),
    Story(
        "Safer FFI with the new unsafe extern blocks",
        "https://seaholm.example/unsafe-extern-blocks",
        ["rust", "security"],
        21,
        "seaholm",
        0,
        True,
        "7 days ago",
    ),
]
CL_PAGES = [10, 10, 8]
CL_NOW = datetime(2025, 4, 3, 18, 40, 0)  # the moment the pages were saved (US Central, -0500)


def _cl_page_url(page: int) -> str:
    return CL_TAG if page == 0 else f"{CL_TAG}page/{page + 1}/"


def _cl_story(story: Story) -> str:
    tags = " ".join(
        f'<a class="tag tag_{tag}{" tag_is_media" if tag in {"pdf", "video"} else ""}" title="{esc(CL_TAG_TITLES[tag])}" href="/t/{tag}">{tag}</a>'
        for tag in story.tags
    )
    domain = f'\n      <a class="domain" href="/domains/{story.domain}">{story.domain}</a>' if story.domain else ""
    amount, unit = story.age.split()[:2]
    back = (
        timedelta(hours=int(amount))
        if unit.startswith("hour")
        else timedelta(days=int(amount), hours=_number(story.title, 0, 11))
    )
    posted = (
        CL_NOW - back - timedelta(minutes=_number(story.title + "m", 0, 59), seconds=_number(story.title + "s", 0, 59))
    )
    stamp = posted.strftime("%Y-%m-%d %H:%M:%S -0500")
    by = "authored by" if story.authored else "via"
    author_class = "u-author h-card user_is_author" if story.authored else "u-author h-card "
    comments = f"{story.comments} comment{'s' if story.comments != 1 else ''}" if story.comments else "no comments"
    caches = ""
    if story.link:
        caches = f'<span> | </span><span class="dropdown_parent"><input id="archive_{story.short_id}" class="archive_button" type="checkbox"><label for="archive_{story.short_id}">caches</label><div class="archive-dropdown"><a href="https://web.archive.example/web/3/{esc(story.link)}">Archive.org</a><a href="https://archive.today.example/{esc(story.link)}">Archive.today</a><a href="https://ghostarchive.example/search?term={esc(story.link)}">Ghostarchive</a></div></span>'
    return f"""
<li id="story_{story.short_id}" data-shortid="{story.short_id}" class="story{" story_liner_ask" if story.link is None else ""}">
  <div class="story_liner h-entry">
    <div class="voters"><a class="upvoter" href="/login">{story.score}</a></div>
    <div class="details">
      <span role="heading" aria-level="1" class="link h-cite u-repost-of">
        <a class="u-url" href="{esc(story.url)}" rel="ugc noreferrer">{esc(story.title)}</a>
      </span>
      <span class="tags">{tags}</span>{domain}
      <div class="byline">
        <a href="/~{story.author}"><img srcset="/avatars/{story.author}-16.png 1x, /avatars/{story.author}-32.png 2x" class="avatar" alt="{story.author} avatar" loading="lazy" decoding="async" src="/avatars/{story.author}-16.png" width="16" height="16"></a>
        <span> {by} </span>
        <a class="{author_class}" href="/~{story.author}">{story.author}</a>
        <time title="{stamp}" datetime="{stamp}">{story.age}</time>
        {caches}
        <span class="comments_label"><span> | </span><a role="heading" aria-level="2" href="{story.comments_url}">{comments}</a></span>
      </div>
    </div>
  </div>
  <a href="{story.comments_url}" class="mobile_comments {"zero" if not story.comments else ""}" style="display: none;"><span>{story.comments}</span></a>
</li>"""


def _cl_page(page: int, pages: int, stories: str) -> str:
    links = []
    if page > 0:
        links.append(f'<a href="{_cl_page_url(page - 1)}">&lt;&lt; Page {page}</a>')
    if page < pages - 1:
        links.append(f'<a href="{_cl_page_url(page + 1)}">Page {page + 2} &gt;&gt;</a>')
    title = "Stories tagged rust" + ("" if page == 0 else f" | Page {page + 1}")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="always">
<title>{title} | Clawlinks</title>
<link rel="alternate" type="application/rss+xml" title="RSS 2.0 - Tagged rust" href="/t/rust.rss">
<link rel="stylesheet" href="/assets/application-4f1e2b3c.css">
<link rel="shortcut icon" href="/favicon.ico">
</head>
<body>
<header id="nav">
  <div id="logo"><a href="/" title="Clawlinks (Current traffic: 38%)"><svg width="16" height="16" aria-hidden="true"><rect width="16" height="16"></rect></svg></a></div>
  <div class="navholder">
    <nav class="links">
      <a href="/active">Active</a>
      <a href="/recent">Recent</a>
      <a href="/comments">Comments</a>
      <a href="/search">Search</a>
    </nav>
    <nav class="corner"><a href="/login">Login</a></nav>
  </div>
</header>
<div id="inside">
  <div class="tag_info">
    <h2><a class="tag tag_rust" title="Rust programming" href="/t/rust">rust</a> <span class="tag_description">Rust programming</span></h2>
    <p class="tag_meta">6,912 stories. <a href="/t/rust.rss">RSS feed</a>. <a href="/filters">Filter</a> this tag from the home page.</p>
  </div>
  <ol class="stories list ">{stories}
  </ol>
  <div class="morelink">{" | ".join(links)}</div>
</div>
<footer>
  <a href="/about">About</a>
  <a href="/tags">Tags</a>
  <a href="/filters">Filter</a>
  <a href="/moderations">Moderation Log</a>
</footer>
<script src="/assets/application-9c0d1e2f.js" defer></script>
</body>
</html>"""


@fourteenth
def build_clawlinks() -> None:
    s = Site(
        "clawlinks",
        kind="community link feed (Lobsters tag page 2024–25: ol.stories li.story, score in the upvoter link, u-url title links to other sites or to the story page, tag links with title descriptions, a.domain, 'via' / 'authored by' bylines, relative time elements, caches dropdown, 'N comments' / 'no comments', /page/N)",
        start=CL_TAG.lstrip("/"),
        description="A Lobsters-like tag page (rust): the nav header with a traffic logo, Active / Recent / Comments / Search links and Login; a tag_info box; ol.stories of li.story > div.story_liner: div.voters with the score inside the upvoter link, span.link > a.u-url (an external URL, or the story's own /s/<id>/<slug> page on ask posts), tag links (title attribute = the tag's description, media tags marked), a.domain on link posts, a byline (avatar, ' via ' or ' authored by ', the author link, time[title][datetime] '5 hours ago', a caches checkbox dropdown of archive links on link posts, ' | ', 'N comments' / '1 comment' / 'no comments' link), a hidden mobile comments link; a morelink '<< Page 1 | Page 3 >>' to /t/rust/page/N/; a plain footer. No ads, no cookie banner.",
    )
    pages = chunks(CL_STORIES, CL_PAGES)
    for page, stories in enumerate(pages):
        s.list_page(
            _cl_page_url(page).lstrip("/") + "index.html",
            _cl_page(page, len(pages), "".join(_cl_story(story) for story in stories)),
        )
    for story in CL_STORIES:
        s.expect(
            {
                "title": story.title,
                "url": story.url,
                "tags": story.tags,
                "domain": story.domain,
                "score": story.score,
                "author": story.author,
                "comments": story.comments or None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in FOURTEENTH.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
