"""Held-out wave thirty (c): three list pages copied from their real 2024–25 platform markup with invented data,
and frozen before any heuristic saw them.

* **cinevitrine** — a French cinema guide's 'Films au cinéma' list on AlloCiné's 2024–25 templates
  (``/film/aucinema/``, then ``?page=2`` / ``?page=3``): the Didomi consent notice, the Webedia header and its menus,
  a sort bar and genre filters, ``li.mdl`` > ``div.card.entity-card.entity-card-list`` cards: a poster, an
  ``h2.meta-title`` link to ``/film/fichefilm_gen_cfilm=N.html``, ``div.meta-body-info`` '19 mars 2025 en salle |
  1h 52min | Drame, Comédie' with the genres as obfuscated ``span.ACr…`` links, 'De' directors and 'Avec' actors as
  obfuscated spans too, a ``rating-holder`` of 'Presse' / 'Spectateurs' star marks '3,5' (no press mark on some, '--'
  on two), the synopsis and 'Bande-annonce' / 'Séances' buttons; in-list ad slots, a Box Office sidebar repeating
  some titles, ``nav.pagination`` with Précédente / numbers / Suivante. 15 + 15 + 9 films. Written down: title, url,
  date, duration, genres, directors, actors, press_rating, viewer_rating, synopsis.
* **bidlantern** — a freelance marketplace's 'Data Entry Jobs' category on Freelancer.com's 2024–25 job-search
  templates (``/jobs/data-entry/``, then ``/jobs/data-entry/2/``): a cookie notice, the header, a search form, a
  filter column (project type, budget, skills with counts, listing upgrades), 'Showing 1 to 20 of 51 results', a sort
  select and ``div.JobSearchCard-item`` cards: title link, 'N days left', 'Verified', a description, skill tag links,
  upgrade pills, then 'Avg Bid' prices ('$250', '£18 / hr', '₹1500', '€180') and 'N bids' — a budget range 'USD'
  when nobody bid yet, a prize and 'N entries' on contests; a 'Post a project like this' promo card among the cards,
  a numbered ``Pagination``. 20 + 20 + 11 projects. Written down: title, url, days_left, verified, description,
  skills, upgrades, avg_bid, hourly, prize, budget, currency, bids, entries.
* **nordfunk-community** — a German telecom provider's help community board 'Internet & Telefonie' on Khoros
  (Lithium) Community 2024–25 (``/t5/Internet-Telefonie/bd-p/internet-telefonie``, then ``…/page/2``): a consent
  banner, the community header with menus and a search, breadcrumbs, the board header with 'Neues Thema' and an
  options menu, a ``table.lia-list-wide`` message list of ``tr.lia-list-row`` rows: a solved or read icon, the
  subject link to ``…/td-p/N`` (percent-encoded umlauts), 'von' + author link, 'am ‎11.03.2025 21:07', 'Neueste
  Antwort von', label links, then kudos, replies and views columns ('1.284' with a German thousands dot); two
  floated (pinned) topics on top of page 1; a sidebar of top solution authors and a label cloud; the Khoros pager
  (Zurück / 1 2 3 / Weiter). 22 + 20 + 9 topics. Written down: title, url, author, date, solved, pinned, labels,
  last_reply_by, kudos, replies, views.

Run ``uv run python tests/sites/corpus/generate_held_out_thirtieth_c.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import json
import sys
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc

FROZEN |= {"cinevitrine", "bidlantern", "nordfunk-community"}

THIRTIETH_C: dict[str, Callable[[], None]] = {}


def thirtieth_c(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    THIRTIETH_C[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:length]


def _ascii_words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else " " for c in plain.replace("'", " ")).split()


# ---------------------------------------------------------------------------------------------------
# cinevitrine: a French cinema guide's 'Films au cinéma' list (AlloCiné 2024–25), 15 films a page.
# ---------------------------------------------------------------------------------------------------

CV_PER_PAGE = 15
CV_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
#: (title, cfilm id, release day, minutes, genres, directors, actors, press mark, viewers' mark, synopsis)
CvFilm = tuple[str, int, str, int, list[str], list[str], list[str], float | None, float | None, str]
CV_FILMS: list[CvFilm] = [
    (
        "La Dernière Marée",
        1000412,
        "2025-03-19",
        112,
        ["Drame"],
        ["Claire Vasseur"],
        ["Léa Morand", "Paul Giraud", "Nadia Benali"],
        3.8,
        4.1,
        "Sur une île bretonne menacée par la montée des eaux, une pêcheuse refuse de quitter la maison familiale et entraîne son frère dans une dernière saison en mer.",
    ),
    (
        "Les Héritiers du vent",
        1000387,
        "2025-03-12",
        98,
        ["Comédie"],
        ["Julien Amaury"],
        ["Arnaud Delcourt", "Sophie Ribeiro", "Malik Ouazzani"],
        2.6,
        3.4,
        "Trois cousins qui ne se parlent plus héritent ensemble d'un parc éolien en Beauce. Pour le vendre, il leur faudra d'abord le faire tourner.",
    ),
    (
        "Opération Mistral",
        1000305,
        "2025-03-05",
        124,
        ["Action", "Thriller"],
        ["Hugo Lemaire"],
        ["Vincent Carré", "Inès Laborde", "Thomas Wendt"],
        3.1,
        3.9,
        "Une ancienne officière des forces spéciales doit escorter un témoin clé de Toulon à Genève, alors que la tempête bloque routes et aéroports.",
    ),
    (
        "Mon voisin le dragon",
        1000251,
        "2025-02-19",
        86,
        ["Animation", "Famille"],
        ["Élodie Chassagne", "Marc Tissier"],
        ["Zoé Arnaud", "Pierre Lemoine"],
        3.5,
        4.2,
        "Quand un petit dragon emménage au dernier étage de son immeuble, Lou, huit ans, découvre que personne d'autre ne peut le voir.",
    ),
    (
        "Terres brûlées",
        1000420,
        "2025-03-19",
        92,
        ["Documentaire"],
        ["Samia Kerrouche"],
        [],
        4.0,
        4.3,
        "Pendant un été caniculaire, la réalisatrice suit les pompiers volontaires d'un village des Corbières et les agriculteurs qui refusent de partir.",
    ),
    (
        "L'Échiquier de Vienne",
        1000198,
        "2025-02-26",
        131,
        ["Historique", "Drame"],
        ["Rainer Holzmann"],
        ["Katharina Moll", "Jonas Reiter", "Anne Dufresne"],
        3.4,
        3.7,
        "Vienne, 1938. Un champion d'échecs juif et un jeune officier s'affrontent dans une partie par correspondance qui devient une affaire de survie.",
    ),
    (
        "Nuit blanche à Marseille",
        1000376,
        "2025-03-12",
        104,
        ["Policier"],
        ["Karim Saïdi"],
        ["Rachid Ammar", "Julie Ferrand", "Cédric Balmont"],
        3.0,
        3.6,
        "Un chauffeur de taxi de nuit se retrouve au cœur d'un braquage qui tourne mal et n'a que jusqu'à l'aube pour prouver son innocence.",
    ),
    (
        "Petites victoires",
        1000143,
        "2025-01-29",
        95,
        ["Comédie dramatique"],
        ["Anne-Sophie Ravel"],
        ["Camille Herbin", "Jean-Luc Perrot", "Lina Saadi"],
        3.6,
        4.0,
        "Une institutrice de campagne, aussi maire de son village, se bat pour sauver la dernière classe de l'école avec l'aide d'un élève de 65 ans.",
    ),
    (
        "Astra Nova",
        1000299,
        "2025-03-05",
        138,
        ["Science Fiction", "Aventure"],
        ["Daniel Okafor"],
        ["Maya Lindqvist", "Oscar Bell", "Ren Watanabe"],
        2.9,
        3.5,
        "En 2097, l'équipage d'un cargo minier capte un signal venu d'une lune que toutes les cartes disent inhabitée.",
    ),
    (
        "Le Cri des mouettes",
        1000418,
        "2025-03-19",
        101,
        ["Thriller"],
        ["Bastien Roux"],
        ["Élise Carpentier", "Hadrien Molle"],
        None,
        3.2,
        "Une romancière en panne d'inspiration loue une maison isolée sur la côte d'Opale. Chaque matin, quelqu'un a écrit la suite de son livre.",
    ),
    (
        "Les Jours heureux",
        1000087,
        "2025-02-12",
        109,
        ["Romance", "Comédie"],
        ["Margaux Delisle"],
        ["Chloé Barthe", "Antoine Vidal", "Gisèle Fournier"],
        2.8,
        3.9,
        "Deux organisateurs de mariages concurrents doivent préparer ensemble la noce de leurs meilleurs amis respectifs.",
    ),
    (
        "Frontière",
        1000364,
        "2025-03-12",
        117,
        ["Drame", "Guerre"],
        ["Ivan Petrenko"],
        ["Oleksandr Hrytsenko", "Daria Koval"],
        4.1,
        4.0,
        "Un médecin militaire et une infirmière tiennent un poste de secours à quelques kilomètres du front, pendant un hiver sans fin.",
    ),
    (
        "Les Sentinelles du lac",
        1000201,
        "2025-02-26",
        89,
        ["Épouvante-horreur"],
        ["Romain Thibault"],
        ["Axelle Guérin", "Lucas Ferreira", "Noémie Dard"],
        2.4,
        2.9,
        "Des étudiants en géologie installent leur campement au bord d'un lac de montagne dont les habitants de la vallée refusent de prononcer le nom.",
    ),
    (
        "Bonjour Tokyo",
        1000310,
        "2025-03-05",
        97,
        ["Comédie"],
        ["Akiko Morimoto"],
        ["Yui Takeda", "Frédéric Lasalle"],
        3.3,
        3.7,
        "Un pâtissier lyonnais licencié accepte un poste à Tokyo sans parler un mot de japonais. Sa seule alliée : une livreuse qui déteste le sucre.",
    ),
    (
        "Le Procès Dumont",
        1000126,
        "2025-01-22",
        126,
        ["Drame", "Judiciaire"],
        ["Sylvie Arnoux"],
        ["François Meunier", "Valérie Castel", "Omar Diallo"],
        3.9,
        4.4,
        "Reconstitution d'un procès d'assises qui a divisé la France en 1987, vue par la jurée suppléante qui n'a jamais voté.",
    ),
    (
        "Mécaniques célestes",
        1000425,
        "2025-03-19",
        82,
        ["Animation"],
        ["Théo Bressan"],
        ["Inès Ouali", "Bruno Sallès"],
        3.7,
        4.0,
        "Dans une ville où les horloges règlent la vie de chacun, une apprentie horlogère découvre que le temps s'est arrêté pour une seule personne : elle.",
    ),
    (
        "Sous le même toit",
        1000102,
        "2025-02-05",
        94,
        ["Comédie"],
        ["Nicolas Vautrin"],
        ["Alain Dumoulin", "Sabrina Keddar", "Joséphine Leroy"],
        2.2,
        3.3,
        "Divorcés mais incapables de vendre leur maison, Bruno et Clara partagent les étages, le jardin et bientôt leurs nouveaux compagnons.",
    ),
    (
        "La Montagne aux loups",
        1000244,
        "2025-02-19",
        105,
        ["Aventure", "Famille"],
        ["Cécile Mercier"],
        ["Tom Vasseur", "Agnès Lambert"],
        3.2,
        4.0,
        "Un garçon de la ville passe l'été chez sa grand-mère bergère dans le Mercantour, où une louve blessée rôde autour du troupeau.",
    ),
    (
        "Rêves d'acier",
        1000358,
        "2025-03-12",
        121,
        ["Biopic", "Drame"],
        ["Patrick Ndongo"],
        ["Serge Ekambi", "Claire Fontaine", "Abdou Sow"],
        3.5,
        4.2,
        "L'histoire vraie d'un ouvrier sidérurgiste lorrain devenu champion de France de boxe à quarante ans.",
    ),
    (
        "Hôtel Paradiso",
        1000061,
        "2025-01-15",
        100,
        ["Comédie"],
        ["Luca Bernardi"],
        ["Giulia Fontana", "Marco Ricci"],
        3.0,
        3.2,
        "Sur la côte amalfitaine, une famille tient un hôtel délabré et invente chaque semaine un nouveau stratagème pour attirer les touristes.",
    ),
    (
        "L'Ombre du phare",
        1000210,
        "2025-02-26",
        113,
        ["Thriller", "Drame"],
        ["Gaëlle Le Goff"],
        ["Yann Kerbrat", "Maëlle Quéré"],
        3.4,
        3.8,
        "Un gardien de phare à la retraite reçoit la visite d'une jeune femme qui prétend être la fille qu'il croyait noyée en 1999.",
    ),
    (
        "Chœurs d'enfants",
        1000431,
        "2025-03-19",
        78,
        ["Documentaire"],
        ["Benoît Lacaze"],
        [],
        None,
        None,
        "Une année dans la maîtrise d'une cathédrale de province, entre répétitions, concerts et cours de récréation.",
    ),
    (
        "Les Fiancés de Palerme",
        1000090,
        "2025-02-12",
        128,
        ["Drame", "Romance"],
        ["Salvatore Greco"],
        ["Chiara Lombardo", "Nino Caruso"],
        3.3,
        3.6,
        "Palerme, 1962. Promise à un notable, la fille d'un pêcheur s'éprend du musicien engagé pour jouer à son mariage.",
    ),
    (
        "Zone rouge",
        1000150,
        "2025-01-29",
        109,
        ["Action"],
        ["Yohan Mercier"],
        ["Kevin Assous", "Léna Vaillant", "Dimitri Orlov"],
        1.9,
        3.1,
        "Un convoyeur de fonds et une policière stagiaire sont pris au piège dans une zone industrielle bouclée par un commando.",
    ),
    (
        "Sable et sel",
        1000303,
        "2025-03-05",
        96,
        ["Drame"],
        ["Leïla Haddad"],
        ["Amira Nasser", "Youssef Belkadi"],
        3.8,
        3.9,
        "Dans le sud tunisien, une saunière reprend l'exploitation de son père malgré l'opposition de ses frères.",
    ),
    (
        "Tout feu tout flamme",
        1000247,
        "2025-02-19",
        91,
        ["Comédie"],
        ["Fabrice Morel"],
        ["Stéphane Roux", "Ophélie Garnier"],
        2.5,
        3.0,
        "Un pompier maladroit et une cheffe étoilée pyromane malgré elle se croisent un peu trop souvent.",
    ),
    (
        "Les Papillons de nuit",
        1000369,
        "2025-03-12",
        107,
        ["Drame"],
        ["Hélène Brunet"],
        ["Manon Delaunay", "Rémi Faure", "Sarah Klein"],
        3.6,
        3.5,
        "Trois infirmières de nuit d'un hôpital de Lille, leurs patients, leurs insomnies et une grève qui se prépare.",
    ),
    (
        "Kaïju Express",
        1000109,
        "2025-02-05",
        118,
        ["Animation", "Action"],
        ["Kenji Hasegawa"],
        ["Sora Ichikawa", "Mei Fujita"],
        3.4,
        4.3,
        "Le conducteur d'un train à grande vitesse doit traverser le Japon en une nuit, poursuivi par une créature géante attirée par la lumière.",
    ),
    (
        "Une année à Lisbonne",
        1000129,
        "2025-01-22",
        99,
        ["Romance"],
        ["Inês Carvalho"],
        ["Beatriz Lopes", "Julien Masson"],
        2.9,
        3.4,
        "Un étudiant Erasmus et sa logeuse, traductrice solitaire, apprennent l'un de l'autre au fil des saisons lisboètes.",
    ),
    (
        "Le Cercle des menteurs",
        1000422,
        "2025-03-19",
        115,
        ["Comédie dramatique"],
        ["Arthur Delorme"],
        ["Denis Valois", "Carole Sintès", "Hugo Marchal"],
        None,
        3.7,
        "Six amis d'enfance se retrouvent pour un week-end où chacun a juré de ne dire que la vérité, pendant quarante-huit heures.",
    ),
    (
        "Mirage",
        1000207,
        "2025-02-26",
        103,
        ["Thriller", "Science Fiction"],
        ["Eva Lindholm"],
        ["Ingrid Sjöberg", "Mats Ekdahl"],
        3.1,
        3.3,
        "Une ingénieure chargée de tester des lunettes de réalité augmentée ne parvient plus à distinguer ce qui est réel.",
    ),
    (
        "Pattes et moustaches",
        1000085,
        "2025-02-12",
        81,
        ["Animation", "Famille"],
        ["Laure Dubreuil"],
        ["Jérémy Fontès", "Alice Perrin"],
        2.7,
        3.8,
        "Une bande de chats de gouttière organise l'évasion de la fourrière municipale la veille de Noël.",
    ),
    (
        "Le Chant des baleines",
        1000055,
        "2025-01-15",
        88,
        ["Documentaire"],
        ["Nathalie Corre"],
        [],
        3.9,
        4.5,
        "Des Açores à l'Antarctique, une acousticienne enregistre les chants des baleines à bosse et ce qu'ils disent des océans.",
    ),
    (
        "Ligne 13",
        1000298,
        "2025-03-05",
        111,
        ["Policier", "Thriller"],
        ["Mehdi Bensalem"],
        ["Sofiane Rahmani", "Pauline Vernet", "Jacques Morvan"],
        3.2,
        3.6,
        "Une conductrice de métro est la seule témoin d'une disparition entre deux stations de la ligne 13.",
    ),
    (
        "Sœurs de sang",
        1000111,
        "2025-02-05",
        106,
        ["Drame"],
        ["Isabelle Caron"],
        ["Aurélie Noël", "Justine Maret"],
        3.7,
        3.8,
        "Deux sœurs que tout oppose doivent s'occuper ensemble de leur mère atteinte de la maladie d'Alzheimer.",
    ),
    (
        "Escale à Dakar",
        1000371,
        "2025-03-12",
        94,
        ["Comédie dramatique"],
        ["Moussa Ba"],
        ["Fatou Ndiaye", "Ibrahima Sarr"],
        3.5,
        3.9,
        "Bloquée vingt-quatre heures à Dakar par une correspondance annulée, une cadre parisienne retrouve le quartier de son enfance.",
    ),
    (
        "Quatre saisons à la ferme",
        1000032,
        "2025-01-08",
        97,
        ["Documentaire"],
        ["Gilles Pradel"],
        [],
        3.3,
        4.1,
        "Un an dans une ferme d'élevage du Cantal tenue par trois générations de la même famille.",
    ),
    (
        "L'Inconnue du Ritz",
        1000249,
        "2025-02-19",
        119,
        ["Historique", "Policier"],
        ["Bertrand Aumont"],
        ["Adèle Simonin", "Rodolphe Gary", "Victor Lamy"],
        2.8,
        3.5,
        "Paris, 1925. Un inspecteur enquête sur la mort d'une femme sans nom retrouvée dans la suite la plus chère du palace.",
    ),
    (
        "Fragments",
        1000433,
        "2025-03-19",
        90,
        ["Drame"],
        ["Jeanne Ollivier"],
        ["Margot Lefèvre"],
        None,
        None,
        "Après un accident, une pianiste reconstitue sa mémoire à partir des enregistrements de ses propres concerts.",
    ),
]
#: sidebar 'Box Office France' (title, entries): some listed films, as every page shows it
CV_BOX_OFFICE = [
    ("Opération Mistral", "412 380"),
    ("Mon voisin le dragon", "356 904"),
    ("Le Procès Dumont", "208 117"),
    ("Les Jours heureux", "174 562"),
    ("Kaïju Express", "98 230"),
]
CV_GENRES = [
    ("Action", 13025, 4),
    ("Animation", 13026, 5),
    ("Aventure", 13001, 2),
    ("Comédie", 13005, 8),
    ("Comédie dramatique", 13002, 4),
    ("Documentaire", 13007, 4),
    ("Drame", 13008, 15),
    ("Épouvante-horreur", 13009, 1),
    ("Policier", 13018, 3),
    ("Romance", 13024, 3),
    ("Science Fiction", 13021, 2),
    ("Thriller", 13023, 5),
]


def _cv_obfuscated(href: str, classes: str, text: str, title: str | None = None) -> str:
    """AlloCiné's crawler-hidden link: a span whose first class is 'ACr' + the base64 of the target."""
    code = base64.b64encode(href.encode("utf-8")).decode().rstrip("=")
    attr = f' title="{esc(title)}"' if title else ""
    return f'<span class="ACr{code} {classes}"{attr}>{text}</span>'


def _cv_url(film: CvFilm) -> str:
    return f"/film/fichefilm_gen_cfilm={film[1]}.html"


def _cv_shown_day(day: str) -> str:
    moment = date.fromisoformat(day)
    return f"{moment.day} {CV_MONTHS[moment.month - 1]} {moment.year}"


def _cv_duration(minutes: int) -> str:
    return f"{minutes // 60}h {minutes % 60:02d}min"


def _cv_person(name: str) -> str:
    pid = int(_hex("person" + name, 6), 16) % 900000 + 10000
    return _cv_obfuscated(f"/personne/fichepersonne_gen_cpersonne={pid}.html", "dark-grey-link", esc(name))


def _cv_rating(label: str, mark: float | None, href: str) -> str:
    if mark is None and label == "Presse":
        return ""
    if mark is None:
        stars, note = '<div class="rating-mdl n00 stareval-stars"><div class="stareval-stars-empty"></div></div>', "--"
    else:
        stars = f'<div class="rating-mdl n{round(mark * 2) * 5:02d} stareval-stars"><div class="stareval-stars-empty"></div></div>'
        note = f"{mark:.1f}".replace(".", ",")
    return f"""<div class="rating-item">
            <div class="rating-item-content">
              {_cv_obfuscated(href, "rating-title", f" {label} ")}
              <div class="stareval stareval-medium stareval-theme-default">{stars}<span class="stareval-note">{note}</span></div>
            </div>
          </div>"""


def _cv_card(film: CvFilm) -> str:
    title, cfilm, day, minutes, genres, directors, actors, press, viewers, synopsis = film
    url = _cv_url(film)
    genre_links = ", ".join(
        _cv_obfuscated(
            f"/film/aucinema/genre-{next(code for name, code, _ in CV_GENRES if name == genre)}/",
            "dark-grey-link",
            esc(genre),
        )
        if any(name == genre for name, _, _ in CV_GENRES)
        else _cv_obfuscated(f"/films/genre-{13000 + len(genre)}/", "dark-grey-link", esc(genre))
        for genre in genres
    )
    direction = ", ".join(_cv_person(name) for name in directors)
    cast = (
        f"""
          <div class="meta-body-item meta-body-actor"><span class="light">Avec</span> {", ".join(_cv_person(name) for name in actors)}</div>"""
        if actors
        else ""
    )
    ratings = "".join(
        part
        for part in (
            _cv_rating("Presse", press, f"/film/fichefilm-{cfilm}/critiques/presse/"),
            _cv_rating("Spectateurs", viewers, f"/film/fichefilm-{cfilm}/critiques/spectateurs/"),
        )
        if part
    )
    holders = sum(1 for mark in (press, viewers) if mark is not None) + (1 if viewers is None else 0)
    poster = f"https://fr.web.img{cfilm % 6 + 1}.cinevitrine-static.test/c_310_420/pictures/25/0{cfilm % 3 + 1}/{_hex('poster' + title, 2)}/{_hex('poster' + title, 16)}.jpg"
    return f"""<li class="mdl">
  <div class="card entity-card entity-card-list cf">
    <figure class="thumbnail ">
      {_cv_obfuscated(url, "thumbnail-container thumbnail-link", f'<img class="thumbnail-img" src="data:image/gif;base64,R0lGODlhAwAEAIAAAP///wAAACH5BAEAAAAALAAAAAADAAQAAAIDhI9WADs=" data-src="{poster}" alt="{esc(title)}" width="216" height="288" />', title)}
    </figure>
    <div class="meta ">
      <h2 class="meta-title "><a class="meta-title-link" href="{url}">{esc(title)}</a></h2>
      <div class="meta-body ">
        <div class="meta-body-item meta-body-info">
          <span class="date">{_cv_shown_day(day)}</span> <span class="light">en salle</span>
          <span class="spacer">|</span>
          {_cv_duration(minutes)}
          <span class="spacer">|</span>
          {genre_links}
        </div>
        <div class="meta-body-item meta-body-direction "><span class="light">De</span> {direction}</div>{cast}
      </div>
    </div>
    <div class="rating-holder rating-holder-{max(holders, 1)}">
      {ratings}
    </div>
    <div class="synopsis">
      <div class="content-txt ">{esc(synopsis)}</div>
    </div>
    <div class="buttons-holder">
      {_cv_obfuscated(f"/video/player_gen_cmedia={cfilm + 19000000}&amp;cfilm={cfilm}.html", "button button-sm button-inverse-full", '<span class="icon icon-play-arrow"></span><span class="txt">Bande-annonce</span>')}
      <a class="button button-sm button-primary-full" href="/seance/film-{cfilm}/pres-de-115755/"><span class="icon icon-cinema"></span><span class="txt">Séances</span></a>
    </div>
  </div>
</li>"""


def _cv_ad(slot: int) -> str:
    return f"""<li class="mdl-more">
  <div class="ad-container ad-placeholder ad-placeholder-inread" id="ad-inread-{slot}" data-ad-slot="inread_{slot}" data-ad-format="inread">
    <div class="ad-label">Publicité</div>
    <div id="gpt-inread-{slot}" class="ad-content"></div>
  </div>
</li>"""


def _cv_href(page: int) -> str:
    return "/film/aucinema/" if page == 1 else f"/film/aucinema/?page={page}"


def _cv_pagination(number: int, total: int) -> str:
    prev = (
        f'<a class="xXx button button-md button-primary-full button-left" href="{_cv_href(number - 1)}" title="Page précédente"><span class="icon icon-arrow-left"></span><span class="txt">Précédente</span></a>'
        if number > 1
        else '<span class="button button-md button-primary-full button-left button-disabled"><span class="icon icon-arrow-left"></span><span class="txt">Précédente</span></span>'
    )
    nxt = (
        f'<a class="xXx button button-md button-primary-full button-right" href="{_cv_href(number + 1)}" title="Page suivante"><span class="txt">Suivante</span><span class="icon icon-arrow-right"></span></a>'
        if number < total
        else '<span class="button button-md button-primary-full button-right button-disabled"><span class="txt">Suivante</span><span class="icon icon-arrow-right"></span></span>'
    )
    items = "".join(
        f'<span class="button button-md item current-item">{page}</span>'
        if page == number
        else f'<a class="button button-md item" href="{_cv_href(page)}">{page}</a>'
        for page in range(1, total + 1)
    )
    return f"""<nav class="pagination cf">
  {prev}
  {nxt}
  <div class="pagination-item-holder">{items}</div>
</nav>"""


def _cv_page(number: int, total: int, films: list[CvFilm]) -> str:
    cards: list[str] = []
    for position, film in enumerate(films, 1):
        cards.append(_cv_card(film))
        if position in (4, 10) and position < len(films):
            cards.append(_cv_ad(position))
    genres = "\n".join(
        '<li class="filter-entity-item">'
        + _cv_obfuscated(
            f"/film/aucinema/genre-{code}/",
            "filter-entity-item-link",
            f'{esc(name)} <span class="filter-entity-item-count">({count})</span>',
        )
        + "</li>"
        for name, code, count in CV_GENRES
    )
    box_office = "\n".join(
        f'<li class="bo-item"><span class="bo-rank">{rank}</span> <a class="bo-title" href="{_cv_url(next(f for f in CV_FILMS if f[0] == name))}">{esc(name)}</a> <span class="bo-entries">{entries} entrées</span></li>'
        for rank, (name, entries) in enumerate(CV_BOX_OFFICE, 1)
    )
    canonical = "https://www.cinevitrine.test" + _cv_href(number)
    config = json.dumps(
        {
            "site": "cinevitrine",
            "env": "prod",
            "page": {"type": "list", "entity": "movie", "route": "moviepage_theaters", "page": number, "total": total},
            "ads": {"network": "/120157152/CV_FR", "targeting": {"pg": "aucinema", "genre": "all"}},
            "didomi": {"apiKey": _hex("didomi", 32), "notice": _hex("notice", 8)},
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>Films à l'affiche au cinéma{f" - Page {number}" if number > 1 else ""} - CinéVitrine</title>
<meta name="description" content="Découvrez les {len(CV_FILMS)} films actuellement à l'affiche au cinéma : bandes-annonces, séances, critiques presse et avis des spectateurs.">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="index, follow">
<link rel="canonical" href="{canonical}">
{f'<link rel="prev" href="https://www.cinevitrine.test{_cv_href(number - 1)}">' if number > 1 else ""}
{f'<link rel="next" href="https://www.cinevitrine.test{_cv_href(number + 1)}">' if number < total else ""}
<meta property="og:site_name" content="CinéVitrine">
<meta property="og:title" content="Films à l'affiche au cinéma">
<link rel="stylesheet" href="https://assets.cinevitrine-static.test/skin/css/main.{_hex("cvcss", 10)}.css">
<script>window.cvConfig = {config};</script>
<script async src="https://sdk.privacy-center.test/{_hex("didomi", 32)}/loader.js"></script>
<script async src="https://securepubads.g.doubleclick.test/tag/js/gpt.js"></script>
</head>
<body class="body-fr header-sticky" data-page="list-movies">
<div id="didomi-host" data-nosnippet="true">
  <div class="didomi-popup-backdrop" role="dialog" aria-labelledby="didomi-notice-title">
    <div class="didomi-popup-notice didomi-notice-popup">
      <h1 id="didomi-notice-title" class="didomi-popup-notice-title">Bienvenue sur CinéVitrine</h1>
      <p class="didomi-popup-notice-text">Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site. Vous pouvez retirer votre consentement ou vous opposer aux traitements basés sur l'intérêt légitime à tout moment en cliquant sur « En savoir plus » ou dans notre politique de confidentialité sur ce site.</p>
      <div class="didomi-popup-notice-buttons">
        <button id="didomi-notice-learn-more-button" class="didomi-button didomi-button-standard">En savoir plus</button>
        <button id="didomi-notice-disagree-button" class="didomi-button didomi-button-standard">Continuer sans accepter</button>
        <button id="didomi-notice-agree-button" class="didomi-button didomi-button-highlight">Accepter &amp; Fermer</button>
      </div>
    </div>
  </div>
</div>
<header class="header" role="banner">
  <div class="header-main">
    <a class="header-logo" href="/" title="CinéVitrine"><svg class="logo" width="150" height="36" role="img" aria-label="CinéVitrine"><use xlink:href="#logo"></use></svg></a>
    <nav class="header-nav" role="navigation">
      <ul class="header-nav-list">
        <li class="header-nav-item"><a class="header-nav-link" href="/film/">Films</a>
          <ul class="header-nav-sub">
            <li><a href="/film/aucinema/">Au cinéma</a></li>
            <li><a href="/film/attendus/">Prochainement</a></li>
            <li><a href="/film/meilleurs/">Meilleurs films</a></li>
            <li>{_cv_obfuscated("/film/boxoffice/", "header-nav-sub-link", "Box office")}</li>
          </ul>
        </li>
        <li class="header-nav-item"><a class="header-nav-link" href="/salle/">Séances</a></li>
        <li class="header-nav-item"><a class="header-nav-link" href="/series/">Séries</a></li>
        <li class="header-nav-item"><a class="header-nav-link" href="/streaming/">Streaming</a></li>
        <li class="header-nav-item"><a class="header-nav-link" href="/video/">Bandes-annonces</a></li>
        <li class="header-nav-item"><a class="header-nav-link" href="/news/">News</a></li>
      </ul>
    </nav>
    <form class="header-search" action="/rechercher/" method="get" role="search"><input class="header-search-input" type="text" name="q" placeholder="Rechercher un film, une série, une star..." autocomplete="off"><button class="header-search-submit" type="submit" aria-label="Rechercher"><span class="icon icon-search"></span></button></form>
    <div class="header-account">{_cv_obfuscated("/membre/connexion/", "header-account-link", "Se connecter")}</div>
  </div>
</header>
<div class="ad-container ad-placeholder ad-placeholder-header" id="ad-header" data-ad-format="banniere_haute"><div class="ad-label">Publicité</div></div>
<main id="content-layout" class="content-layout">
  <nav class="breadcrumb" aria-label="Fil d'Ariane"><a class="breadcrumb-item" href="/">Accueil</a> <span class="breadcrumb-sep">&gt;</span> <a class="breadcrumb-item" href="/film/">Films</a> <span class="breadcrumb-sep">&gt;</span> <span class="breadcrumb-item">Au cinéma</span></nav>
  <section class="section section-wrap gd-2-cols gd-gap-30">
    <div class="gd-col-middle">
      <div class="titlebar titlebar-page"><h1 class="titlebar-title titlebar-title-lg">Films au cinéma</h1></div>
      <div class="ctas-header">
        <p class="ctas-header-txt">{len(CV_FILMS)} films à l'affiche cette semaine</p>
      </div>
      <nav class="tabs-filter">
        <span class="tabs-filter-label">Trier par :</span>
        <span class="tabs-filter-item current">Les plus populaires</span>
        {_cv_obfuscated("/film/aucinema/date-sortie/", "tabs-filter-item", "Date de sortie")}
        {_cv_obfuscated("/film/aucinema/notes/presse/", "tabs-filter-item", "Notes presse")}
        {_cv_obfuscated("/film/aucinema/notes/spectateurs/", "tabs-filter-item", "Notes spectateurs")}
      </nav>
      <ul>
{chr(10).join(cards)}
      </ul>
      {_cv_pagination(number, total)}
    </div>
    <aside class="gd-col-right">
      <div class="rail-block filter-entity-section">
        <div class="rail-block-title">Par genre</div>
        <ul class="filter-entity-list">
{genres}
        </ul>
      </div>
      <div class="ad-container ad-placeholder ad-placeholder-rectangle" id="ad-rectangle-1" data-ad-format="rectangle_atf"><div class="ad-label">Publicité</div></div>
      <div class="rail-block bo-block">
        <div class="rail-block-title">Box Office France</div>
        <p class="bo-subtitle">Semaine du 12 au 18 mars</p>
        <ol class="bo-list">
{box_office}
        </ol>
        {_cv_obfuscated("/film/boxoffice/", "rail-block-more", "Voir le box office complet")}
      </div>
      <div class="rail-block newsletter-block">
        <div class="rail-block-title">Newsletter</div>
        <p>Recevez chaque mercredi les sorties de la semaine.</p>
        <form action="/newsletter/" method="post"><input type="email" name="email" placeholder="Votre e-mail"><button type="submit">S'inscrire</button></form>
      </div>
    </aside>
  </section>
</main>
<footer class="footer" role="contentinfo">
  <div class="footer-links">
    <ul>
      <li><a href="/film/aucinema/">Films au cinéma</a></li>
      <li><a href="/film/attendus/">Films les plus attendus</a></li>
      <li><a href="/salle/">Cinémas</a></li>
      <li><a href="/series/">Séries TV</a></li>
      <li>{_cv_obfuscated("/service/charte/", "footer-link", "Charte d'utilisation")}</li>
      <li>{_cv_obfuscated("/service/mentions/", "footer-link", "Mentions légales")}</li>
      <li>{_cv_obfuscated("/service/cookies/", "footer-link", "Gestion des cookies")}</li>
      <li>{_cv_obfuscated("/service/contact/", "footer-link", "Contact")}</li>
    </ul>
  </div>
  <p class="footer-copyright">Copyright © 2025 CinéVitrine. Tous droits réservés.</p>
</footer>
<script src="https://assets.cinevitrine-static.test/skin/js/main.{_hex("cvjs", 10)}.js" defer></script>
</body>
</html>"""


@thirtieth_c
def build_cinevitrine() -> None:
    s = Site(
        "cinevitrine",
        kind="cinema listings in French (AlloCiné 'Films au cinéma' 2024–25: Didomi consent notice, Webedia header menus, sort tabs and genre filters as obfuscated span.ACr… links, ul > li.mdl > div.card.entity-card.entity-card-list: poster span, h2.meta-title > a.meta-title-link to /film/fichefilm_gen_cfilm=N.html, div.meta-body-info '19 mars 2025 en salle | 1h 52min | Drame, Comédie' with genres as obfuscated spans, meta-body-direction 'De' + obfuscated person spans, meta-body-actor 'Avec' + spans (absent on documentaries), rating-holder of rating-item 'Presse' / 'Spectateurs' + stareval-note '3,5' (no Presse item on some, '--' on two), div.synopsis content-txt, Bande-annonce / Séances buttons; li.mdl-more ad slots in the list, a Box Office rail repeating five listed titles, nav.pagination Précédente / Suivante + pagination-item-holder numbers over ?page=N)",
        start="film/aucinema/",
        description="A French cinema guide's 'Films au cinéma' list copied from AlloCiné's 2024–25 templates as a logged-out visitor gets it: head with canonical, rel prev / next, a window config JSON and the Didomi / GPT loaders; the Didomi consent popup ('Bienvenue sur CinéVitrine', En savoir plus / Continuer sans accepter / Accepter & Fermer); the header (logo, Films menu with Au cinéma / Prochainement / Meilleurs films / Box office, Séances, Séries, Streaming, Bandes-annonces, News, the search form, Se connecter); a header ad slot, breadcrumbs, h1 'Films au cinéma', '39 films à l'affiche cette semaine', sort tabs (Les plus populaires current, the others obfuscated spans); ul of li.mdl > div.card.entity-card.entity-card-list: figure.thumbnail with an obfuscated poster span (class 'ACr' + base64 of the target) and a lazy img, div.meta > h2.meta-title > a.meta-title-link (the only real link to the film, /film/fichefilm_gen_cfilm=N.html), div.meta-body-item.meta-body-info (span.date '19 mars 2025', span.light 'en salle', spacer '|', '1h 52min', spacer, genres as obfuscated spans joined by ', '), meta-body-direction ('De' + directors), meta-body-actor ('Avec' + up to three actors; absent for documentaries), div.rating-holder of div.rating-item ('Presse' / 'Spectateurs' obfuscated titles, stareval stars, span.stareval-note '3,8'; no Presse item when the press has not reviewed the film, '--' for viewers on two new releases), div.synopsis > div.content-txt, Bande-annonce (obfuscated) and Séances buttons; li.mdl-more in-read ad slots after the 4th and 10th cards; a right rail with genre filters with counts, an ad, a 'Box Office France' ranking linking five of the listed films (not records), a newsletter form; nav.pagination (Précédente / Suivante a.button links, then div.pagination-item-holder of numbers, the current one a span) over /film/aucinema/?page=N (page 1 is /film/aucinema/); the footer. 15 + 15 + 9 films. Written down: title, url, date (release day), duration (as shown, '1h 52min'), genres (list), directors (list), actors (list, absent when none), press_rating and viewer_rating (the French decimal as a number, absent when not shown or '--'), synopsis.",
    )
    pages = chunks(CV_FILMS, [CV_PER_PAGE, CV_PER_PAGE, len(CV_FILMS) - 2 * CV_PER_PAGE])
    for number, batch in enumerate(pages, 1):
        html = _cv_page(number, len(pages), batch)
        s.list_page("film/aucinema/index.html" if number == 1 else f"film/aucinema/@page={number}", html)
    for film in CV_FILMS:
        title, _, day, minutes, genres, directors, actors, press, viewers, synopsis = film
        s.expect(
            {
                "title": title,
                "url": _cv_url(film),
                "date": day,
                "duration": _cv_duration(minutes),
                "genres": genres,
                "directors": directors,
                "actors": actors or None,
                "press_rating": press,
                "viewer_rating": viewers,
                "synopsis": synopsis,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# bidlantern: a freelance marketplace's 'Data Entry Jobs' category (Freelancer.com 2024–25), 20 a page.
# ---------------------------------------------------------------------------------------------------

BL_PER_PAGE = 20
BL_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹"}
#: (title, id, skill slug, kind, amount (avg bid / prize) or budget text, currency, bids / entries, days left,
#: verified, description, skills, upgrades); kind: fixed, hourly, contest, or open (no bid yet: a budget range)
BlProject = tuple[str, int, str, str, float | str, str, int, int, bool, str, list[str], list[str]]
BL_PROJECTS: list[BlProject] = [
    (
        "Excel data cleanup for product catalogue",
        39104512,
        "excel",
        "fixed",
        250,
        "USD",
        24,
        6,
        True,
        "I have a catalogue of about 4,000 products in Excel with duplicated rows, mixed units and broken SKUs. Need it cleaned and normalised into one sheet following my template.",
        ["Data Entry", "Excel", "Data Cleansing", "Data Processing"],
        [],
    ),
    (
        "Copy contact details from 300 PDF invoices into Google Sheets",
        39104498,
        "data-entry",
        "fixed",
        85,
        "USD",
        41,
        5,
        True,
        "Simple task: open each PDF invoice, copy company name, VAT number, address and total into the shared sheet. Accuracy matters more than speed.",
        ["Data Entry", "PDF", "Google Sheets"],
        [],
    ),
    (
        "Virtual assistant for daily order entry (Shopify)",
        39104471,
        "data-entry",
        "hourly",
        6,
        "USD",
        63,
        6,
        True,
        "We need someone 2-3 hours a day to enter phone orders into our Shopify back office and update stock levels.",
        ["Data Entry", "Virtual Assistant", "Shopify", "Order Processing"],
        ["Urgent"],
    ),
    (
        "Transcribe 12 handwritten recipe cards",
        39104466,
        "transcription",
        "fixed",
        32,
        "USD",
        18,
        3,
        False,
        "My grandmother's recipe cards, scanned as JPGs. Please type them into a Word document keeping the original spelling.",
        ["Transcription", "Data Entry", "Word"],
        [],
    ),
    (
        "Product listing upload to WooCommerce - 150 items",
        39104450,
        "woocommerce",
        "fixed",
        140,
        "EUR",
        29,
        6,
        True,
        "Upload 150 products with images, variations (size/colour) and descriptions from a CSV we provide. Categories already exist.",
        ["WooCommerce", "Data Entry", "WordPress", "Product Descriptions"],
        [],
    ),
    (
        "Logo for a small bookkeeping firm",
        2456120,
        "logo-design",
        "contest",
        100,
        "USD",
        37,
        4,
        True,
        "We are a small bookkeeping firm called Ledgerline. Looking for a clean, modern logo that works in one colour.",
        ["Logo Design", "Graphic Design", "Illustrator"],
        ["Guaranteed"],
    ),
    (
        "Research 500 dental clinics in Texas and collect emails",
        39104433,
        "web-search",
        "fixed",
        120,
        "USD",
        52,
        6,
        True,
        "Find dental clinics in Houston, Dallas and Austin. Collect clinic name, website, phone, public email and number of dentists.",
        ["Web Search", "Data Entry", "Lead Generation", "Excel"],
        [],
    ),
    (
        "Enter survey responses from paper forms",
        39104419,
        "data-entry",
        "fixed",
        1500,
        "INR",
        14,
        6,
        False,
        "About 220 paper questionnaires (scanned) with 25 multiple choice questions each. Enter answers into the provided Excel template.",
        ["Data Entry", "Excel", "Typing"],
        [],
    ),
    (
        "Update CRM records in HubSpot",
        39104402,
        "hubspot",
        "hourly",
        18,
        "GBP",
        22,
        6,
        True,
        "Our HubSpot CRM has around 6,000 contacts with missing company associations and wrong lifecycle stages. Looking for a careful person to fix them by hand.",
        ["HubSpot", "CRM", "Data Entry", "Data Cleansing"],
        ["Sealed"],
    ),
    (
        "Convert scanned bank statements to Excel",
        39104390,
        "excel",
        "fixed",
        60,
        "USD",
        35,
        2,
        True,
        "Twelve months of bank statements (scanned, about 80 pages) into one Excel sheet: date, description, debit, credit, balance.",
        ["Excel", "Data Entry", "PDF", "Accounting"],
        [],
    ),
    (
        "Amazon product research - 100 ASINs",
        39104377,
        "amazon",
        "open",
        "$30 - 250 USD",
        "USD",
        0,
        7,
        False,
        "Collect price, BSR, review count and seller count for the ASINs in the attached list.",
        ["Amazon", "Web Search", "Data Entry"],
        [],
    ),
    (
        "Typing work: Word documents from audio notes",
        39104365,
        "typing",
        "fixed",
        180,
        "EUR",
        11,
        6,
        True,
        "Around 3 hours of voice memos in English about property inspections. Typed up in a simple Word template, one file per property.",
        ["Typing", "Transcription", "Word"],
        [],
    ),
    (
        "Long-term data entry assistant for real estate listings",
        39104351,
        "data-entry",
        "hourly",
        5,
        "USD",
        88,
        6,
        True,
        "Copy listing details from our MLS exports into our website admin. Must be available Monday to Friday, 4 hours a day in US Eastern time.",
        ["Data Entry", "Real Estate", "Virtual Assistant", "Copy Typing"],
        ["Featured"],
    ),
    (
        "Match supplier codes between two price lists",
        39104340,
        "excel",
        "open",
        "$30 - 250 USD",
        "USD",
        0,
        7,
        True,
        "Two price lists (about 2,500 lines each) with different product codes. Need a VLOOKUP-style matching with a column for items that could not be matched.",
        ["Excel", "Data Processing", "Data Entry"],
        [],
    ),
    (
        "Fill product attributes for an electronics web shop",
        39104328,
        "data-entry",
        "fixed",
        210,
        "GBP",
        19,
        6,
        True,
        "We sell cables and adapters. For each of 400 products, fill length, connector type, colour and cable rating from the manufacturer's data sheets.",
        ["Data Entry", "Product Descriptions", "Web Search"],
        [],
    ),
    (
        "Simple copy paste job",
        39104313,
        "copy-typing",
        "fixed",
        12,
        "USD",
        96,
        5,
        False,
        "Copy text from 40 web pages into a Google Doc. Easy work for a beginner.",
        ["Copy Typing", "Data Entry"],
        [],
    ),
    (
        "Digitise 1970s parish records into a spreadsheet",
        39104301,
        "data-entry",
        "fixed",
        320,
        "GBP",
        9,
        6,
        True,
        "Scans of baptism and marriage registers, mostly legible. Each entry needs date, names, parents' names and parish. Some Latin.",
        ["Data Entry", "Transcription", "Genealogy", "Excel"],
        ["NDA"],
    ),
    (
        "Bulk rename and tag 2,000 product photos",
        39104288,
        "photo-editing",
        "fixed",
        2500,
        "INR",
        27,
        6,
        True,
        "Rename each photo to its SKU using the provided mapping file and add alt text in the metadata.",
        ["Photo Editing", "Data Entry", "Data Processing"],
        [],
    ),
    (
        "Xero bookkeeping data entry - 3 months",
        39104274,
        "xero",
        "hourly",
        15,
        "USD",
        31,
        6,
        True,
        "Enter bills and receipts for January to March into Xero and reconcile the bank feed. Experience with Xero required.",
        ["Xero", "Bookkeeping", "Data Entry", "Accounting"],
        [],
    ),
    (
        "Scrape or copy event listings from 20 websites",
        39104260,
        "web-scraping",
        "fixed",
        95,
        "USD",
        44,
        6,
        True,
        "We need upcoming events (title, date, venue, price, link) from 20 local venue websites. Manual copy is fine if accurate.",
        ["Web Scraping", "Data Entry", "Excel", "Web Search"],
        [],
    ),
    (
        "Enter 800 book titles into our library system",
        39104247,
        "data-entry",
        "fixed",
        110,
        "EUR",
        16,
        6,
        True,
        "A small school library. We will send photos of the spines and ISBN barcodes; you enter title, author, ISBN and shelf code in our web form.",
        ["Data Entry", "Library Management", "Typing"],
        [],
    ),
    (
        "Google Sheets formulas for sales report",
        39104233,
        "google-sheets",
        "fixed",
        45,
        "USD",
        23,
        4,
        True,
        "I enter daily sales by hand. Need a summary tab with weekly and monthly totals per product that updates automatically.",
        ["Google Sheets", "Excel", "Data Entry", "Spreadsheets"],
        [],
    ),
    (
        "Create 60 Etsy listings from supplier descriptions",
        39104219,
        "etsy",
        "fixed",
        150,
        "USD",
        33,
        6,
        True,
        "Rewrite supplier descriptions into Etsy listings with titles, 13 tags each and our shipping profile. Images provided.",
        ["Etsy", "Data Entry", "Product Descriptions", "SEO"],
        [],
    ),
    (
        "Data entry operator (Hindi and English)",
        39104206,
        "data-entry",
        "hourly",
        250,
        "INR",
        58,
        6,
        False,
        "Enter customer feedback forms written in Hindi and English into our Google Form. Long-term work for the right person.",
        ["Data Entry", "Hindi", "Typing", "Google Forms"],
        [],
    ),
    (
        "Verify 1,200 business addresses on Google Maps",
        39104194,
        "web-search",
        "fixed",
        70,
        "USD",
        39,
        6,
        True,
        "For each business in the sheet, check the address on Google Maps and mark if it is open, closed or moved.",
        ["Web Search", "Data Entry", "Google Maps"],
        [],
    ),
    (
        "Name a Data Entry Startup Contest",
        2456098,
        "business-names",
        "contest",
        50,
        "USD",
        212,
        2,
        True,
        "Our new service will do data entry for small accounting firms. Suggest a short brandable name with an available .com.",
        ["Business Names", "Branding", "Copywriting"],
        [],
    ),
    (
        "Collect LinkedIn company data for 250 SaaS firms",
        39104181,
        "linkedin",
        "fixed",
        160,
        "USD",
        47,
        6,
        True,
        "Company size, headquarters, founding year and industry from public LinkedIn pages. List of company names provided.",
        ["LinkedIn", "Lead Generation", "Data Entry", "Web Search"],
        [],
    ),
    (
        "Map product categories for marketplace upload",
        39104167,
        "data-entry",
        "fixed",
        230,
        "EUR",
        12,
        6,
        True,
        "We are moving 1,100 products to a new marketplace. Each product needs the right category from their tree (about 3,000 categories).",
        ["Data Entry", "eCommerce", "Product Management"],
        [],
    ),
    (
        "Transcribe short interviews (German)",
        39104154,
        "german",
        "fixed",
        140,
        "EUR",
        8,
        6,
        True,
        "Five interviews of 20 minutes each in German, clean verbatim, with speaker labels and time stamps every two minutes.",
        ["German", "Transcription", "Data Entry"],
        [],
    ),
    (
        "Data entry in Access database",
        39104140,
        "microsoft-access",
        "hourly",
        12,
        "USD",
        17,
        6,
        False,
        "Enter membership renewals into our Access database from emailed forms. Around 10 hours in total.",
        ["Microsoft Access", "Data Entry", "Database Administration"],
        [],
    ),
    (
        "Clean and deduplicate mailing list",
        39104127,
        "data-cleansing",
        "open",
        "£20 - 250 GBP",
        "GBP",
        0,
        7,
        True,
        "About 9,000 email contacts from three sources. Remove duplicates, fix capitalisation and split full names into first and last name.",
        ["Data Cleansing", "Excel", "Data Entry"],
        [],
    ),
    (
        "Enter receipts into expense tracker app",
        39104115,
        "data-entry",
        "fixed",
        25,
        "USD",
        21,
        3,
        False,
        "About 150 receipt photos to enter into an expense tracker: date, vendor, amount, category.",
        ["Data Entry", "Bookkeeping"],
        [],
    ),
    (
        "Build a product database from manufacturer websites",
        39104102,
        "web-research",
        "fixed",
        380,
        "USD",
        26,
        6,
        True,
        "For 300 power tools, collect specifications (voltage, weight, torque, battery type) from the manufacturers' websites into our template.",
        ["Web Research", "Data Entry", "Excel", "Product Research"],
        ["Featured", "Sealed"],
    ),
    (
        "Typist needed for legal documents",
        39104090,
        "typing",
        "hourly",
        14,
        "GBP",
        30,
        6,
        True,
        "Retype old scanned contracts into editable Word files with the original formatting. Confidentiality agreement required.",
        ["Typing", "Legal", "Word", "Data Entry"],
        ["NDA"],
    ),
    (
        "Fill PDF forms from an Excel sheet",
        39104077,
        "pdf",
        "fixed",
        40,
        "USD",
        28,
        5,
        True,
        "Sixty fillable PDF forms, one per employee, filled from the columns of an Excel sheet. Save each as a separate file.",
        ["PDF", "Excel", "Data Entry"],
        [],
    ),
    (
        "Extract tables from annual reports",
        39104065,
        "data-extraction",
        "fixed",
        1800,
        "INR",
        15,
        6,
        True,
        "Take the balance sheet and income statement from 25 annual reports (PDF) and put them into one Excel file, one sheet per company.",
        ["Data Extraction", "PDF", "Excel", "Financial Analysis"],
        [],
    ),
    (
        "Customer support ticket tagging",
        39104052,
        "data-entry",
        "hourly",
        4,
        "USD",
        49,
        6,
        True,
        "Read incoming support tickets in Zendesk and apply the right tags from a list of 30. Around 20 hours a week.",
        ["Data Entry", "Zendesk", "Customer Support"],
        [],
    ),
    (
        "Type up a 90-page handwritten manuscript",
        39104040,
        "typing",
        "fixed",
        290,
        "EUR",
        13,
        6,
        True,
        "A novel manuscript in fairly neat handwriting. Typed into Word, double spaced, keeping the author's paragraph breaks and corrections.",
        ["Typing", "Transcription", "Proofreading"],
        [],
    ),
    (
        "Populate restaurant menus on a delivery platform",
        39104027,
        "data-entry",
        "open",
        "$10 - 30 USD",
        "USD",
        0,
        7,
        False,
        "Enter the menus of 8 restaurants (dishes, prices, options) into the partner portal of a delivery platform.",
        ["Data Entry", "Copy Typing"],
        [],
    ),
    (
        "Data entry and research for a travel blog",
        39104015,
        "web-search",
        "fixed",
        55,
        "GBP",
        20,
        4,
        True,
        "Research opening times, ticket prices and addresses for 120 attractions in Scotland and enter them into our WordPress custom fields.",
        ["Web Search", "Data Entry", "WordPress"],
        [],
    ),
    (
        "Collect prices from supermarket websites weekly",
        39104002,
        "data-entry",
        "hourly",
        8,
        "USD",
        25,
        6,
        True,
        "Every Monday, record the prices of 150 grocery items from four supermarket websites in our Google Sheet.",
        ["Data Entry", "Google Sheets", "Web Search"],
        [],
    ),
    (
        "Enter inventory counts from photos",
        39103990,
        "data-entry",
        "fixed",
        35,
        "USD",
        19,
        2,
        False,
        "Photos of our stock sheets from a warehouse count. Enter item code and quantity into the Excel template.",
        ["Data Entry", "Excel", "Inventory Management"],
        [],
    ),
    (
        "Convert a price catalogue PDF to CSV for import",
        39103977,
        "pdf",
        "fixed",
        90,
        "EUR",
        24,
        6,
        True,
        "A 64-page supplier catalogue with product tables. Needs to become a CSV with our column names so we can import it into our ERP.",
        ["PDF", "Data Processing", "Excel", "Data Entry"],
        [],
    ),
    (
        "Podcast Show Notes Template Contest",
        2456071,
        "copywriting",
        "contest",
        40,
        "GBP",
        18,
        5,
        False,
        "Write a reusable show notes template for our weekly business podcast, with sections for guests, links and time stamps.",
        ["Copywriting", "Content Writing"],
        [],
    ),
    (
        "Write alt text for 500 museum images",
        39103963,
        "data-entry",
        "fixed",
        200,
        "USD",
        21,
        6,
        True,
        "Short, factual alt text for images in our online collection, following the style guide we provide.",
        ["Data Entry", "Content Writing", "Accessibility"],
        [],
    ),
    (
        "Sort and label customer emails in Outlook",
        39103950,
        "virtual-assistant",
        "hourly",
        7,
        "USD",
        34,
        6,
        False,
        "Go through a shared mailbox and file around 3,000 emails into folders by customer and topic.",
        ["Virtual Assistant", "Data Entry", "Microsoft Outlook"],
        [],
    ),
    (
        "Translate and enter product names into French",
        39103938,
        "french",
        "open",
        "€30 - 250 EUR",
        "EUR",
        0,
        7,
        True,
        "About 600 short product names from English to French, entered into the second column of our spreadsheet.",
        ["French", "Translation", "Data Entry"],
        [],
    ),
    (
        "Data entry from business cards",
        39103925,
        "data-entry",
        "fixed",
        900,
        "INR",
        22,
        6,
        False,
        "Around 400 business cards (scanned). Enter name, company, job title, phone and email into Excel.",
        ["Data Entry", "Excel", "Typing"],
        [],
    ),
    (
        "Check broken links on our website and record them",
        39103913,
        "website-testing",
        "fixed",
        30,
        "USD",
        15,
        3,
        True,
        "Click through our 200-page site and record every broken link and the page it is on in a Google Sheet.",
        ["Website Testing", "Data Entry", "Web Search"],
        [],
    ),
    (
        "Enter timesheets into payroll software",
        39103900,
        "payroll",
        "hourly",
        16,
        "GBP",
        11,
        6,
        True,
        "Weekly paper timesheets for 45 staff, entered into our payroll software every Friday. UK time zone preferred.",
        ["Payroll", "Data Entry", "Bookkeeping"],
        ["Urgent"],
    ),
    (
        "Compile a list of independent bookshops in the UK",
        39103888,
        "web-search",
        "fixed",
        80,
        "GBP",
        26,
        6,
        True,
        "Name, town, website, Instagram handle and email for independent bookshops across the UK. We expect around 600 shops.",
        ["Web Search", "Data Entry", "Lead Generation"],
        [],
    ),
]
BL_SKILL_FACETS = [
    ("Data Entry", 1280),
    ("Excel", 842),
    ("Web Search", 517),
    ("Typing", 388),
    ("Data Processing", 301),
    ("Virtual Assistant", 276),
    ("Transcription", 231),
    ("Copy Typing", 164),
    ("PDF", 152),
    ("Google Sheets", 133),
]


def _bl_url(project: BlProject) -> str:
    title, pid, skill, kind = project[0], project[1], project[2], project[3]
    if kind == "contest":
        return f"/contest/{'-'.join(_ascii_words(title))}-{pid}"
    return f"/projects/{skill}/{'-'.join(_ascii_words(title))}"


def _bl_money(amount: float, currency: str) -> str:
    return f"{BL_SYMBOLS[currency]}{amount:g}"


def _bl_skill_slug(skill: str) -> str:
    return "-".join(_ascii_words(skill)).lower()


def _bl_card(project: BlProject, position: int) -> str:
    title, pid, _, kind, amount, currency, count, days, verified, description, skills, upgrades = project
    url = _bl_url(project)
    status = (
        '<div class="JobSearchCard-primary-heading-status Tooltip--top" data-tooltip="This employer\'s payment method has been verified."><fl-icon class="Icon Icon--small"><svg class="Icon-image" width="24" height="24" viewBox="0 0 24 24"><path d="M12 2l9 4v6c0 5-4 9-9 10-5-1-9-5-9-10V6z"/></svg></fl-icon> Verified</div>'
        if verified
        else ""
    )
    tags = "\n          ".join(
        f'<a class="JobSearchCard-primary-tagsLink" href="/jobs/{_bl_skill_slug(skill)}/">{esc(skill)}</a>'
        for skill in skills
    )
    promo = (
        '<div class="JobSearchCard-primary-promotion">'
        + "".join(
            f'<span class="promotion-tag promotion-tag-{upgrade.lower()}">{upgrade}</span>' for upgrade in upgrades
        )
        + "</div>"
        if upgrades
        else ""
    )
    if kind == "open":
        price = f'<div class="JobSearchCard-secondary-price">{esc(amount)}</div>'
        entry = ""
    elif kind == "contest":
        price = f'<div class="JobSearchCard-secondary-price">{_bl_money(float(amount), currency)}</div>'
        entry = f'<div class="JobSearchCard-secondary-entry">{count} entries</div>'
    else:
        rate = " / hr" if kind == "hourly" else ""
        price = f'<div class="JobSearchCard-secondary-price">{_bl_money(float(amount), currency)}{rate} <span class="JobSearchCard-secondary-avgBid">Avg Bid</span></div>'
        entry = f'<div class="JobSearchCard-secondary-entry">{count} bids</div>'
    cta = "Enter now" if kind == "contest" else "Bid now"
    days_text = f"{days} days left" if days != 1 else "1 day left"
    return f"""<div class="JobSearchCard-item " data-project-id="{pid}">
  <div class="JobSearchCard-item-inner" data-project-card="true">
    <div class="JobSearchCard-primary">
      <div class="JobSearchCard-primary-heading">
        <a href="{url}" class="JobSearchCard-primary-heading-link" data-qtsb-section="page-job-search-new" data-qtsb-subsection="card-job" data-qtsb-label="link-project-title" data-heading-link="true">
          {esc(title)}
        </a>
        <span class="JobSearchCard-primary-heading-days">{days_text}</span>
        {status}
      </div>
      <p class="JobSearchCard-primary-description">
        {esc(description)}
      </p>
      <div class="JobSearchCard-primary-tags">
          {tags}
      </div>
      {promo}
    </div>
    <div class="JobSearchCard-secondary">
      {price}
      {entry}
      <div class="JobSearchCard-ctas">
        <a class="JobSearchCard-ctas-btn btn btn-mini btn-success" href="{url}" data-qtsb-label="bid-now" data-position="{position}">{cta}</a>
      </div>
    </div>
  </div>
</div>"""


def _bl_promo() -> str:
    return """<div class="JobSearchCard-item JobSearchCard-item--promo">
  <div class="PostProjectPromo">
    <h3 class="PostProjectPromo-heading">Need data entry done?</h3>
    <p class="PostProjectPromo-text">Post a project like this and get free quotes from skilled freelancers in minutes.</p>
    <a class="btn btn-primary PostProjectPromo-cta" href="/post-project?category=data-entry&amp;ref=jobs-card">Post a Project like this</a>
  </div>
</div>"""


def _bl_href(page: int) -> str:
    return "/jobs/data-entry/" if page == 1 else f"/jobs/data-entry/{page}/"


def _bl_pagination(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(f'<a class="Pagination-item" href="{_bl_href(1)}" data-link="first">First</a>')
        parts.append(f'<a class="Pagination-item" href="{_bl_href(number - 1)}" rel="prev" data-link="prev">Prev</a>')
    for page in range(1, total + 1):
        if page == number:
            parts.append(
                f'<a class="Pagination-item Pagination-item-current" href="{_bl_href(page)}" data-link="page">{page}</a>'
            )
        else:
            parts.append(f'<a class="Pagination-item" href="{_bl_href(page)}" data-link="page">{page}</a>')
    if number < total:
        parts.append(f'<a class="Pagination-item" href="{_bl_href(number + 1)}" rel="next" data-link="next">Next</a>')
        parts.append(f'<a class="Pagination-item" href="{_bl_href(total)}" data-link="last">Last</a>')
    return '<div id="bottom-pagination" class="Pagination">\n      ' + "\n      ".join(parts) + "\n    </div>"


def _bl_page(number: int, total: int, projects: list[BlProject], first: int) -> str:
    cards = []
    for offset, project in enumerate(projects):
        cards.append(_bl_card(project, first + offset + 1))
        if offset == 9:
            cards.append(_bl_promo())
    facets = "\n".join(
        f'<li class="CheckboxList-item"><label class="Checkbox"><input class="Checkbox-input" type="checkbox" name="skills" value="{_bl_skill_slug(name)}"{" checked" if name == "Data Entry" else ""}><span class="Checkbox-label">{esc(name)}</span> <span class="Checkbox-count">{count}</span></label></li>'
        for name, count in BL_SKILL_FACETS
    )
    last = min(first + len(projects), len(BL_PROJECTS))
    state = json.dumps(
        {
            "page": "jobs",
            "jobSlug": "data-entry",
            "pageNumber": number,
            "resultsPerPage": BL_PER_PAGE,
            "total": len(BL_PROJECTS),
            "projectIds": [p[1] for p in projects if p[3] != "contest"],
            "contestIds": [p[1] for p in projects if p[3] == "contest"],
            "experiments": {"jobs_page_new_card": "control", "bid_now_cta": "variant_b"},
        }
    )
    return f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Data Entry Jobs for {date(2025, 3, 14).strftime("%B %Y")} | Bidlantern{f" - Page {number}" if number > 1 else ""}</title>
<meta name="description" content="Browse {len(BL_PROJECTS)} Data Entry jobs with Bidlantern. Sign up for free today!">
<link rel="canonical" href="https://www.bidlantern.test{_bl_href(number)}">
<link rel="stylesheet" href="https://cdn2.bidlantern-static.test/css/compiled/jobs-search.{_hex("blcss", 8)}.css">
<script>window.flData = {state};</script>
<script src="https://cdn2.bidlantern-static.test/js/compiled/jobs-search.{_hex("bljs", 8)}.js" defer></script>
</head>
<body class="JobSearch-body">
<div class="CookieBanner" id="cookie-banner" role="dialog" aria-live="polite">
  <p class="CookieBanner-text">We use cookies to give you the best possible experience. By continuing to browse you agree to our <a href="/about/cookie-policy">Cookie Policy</a>.</p>
  <button class="btn btn-small CookieBanner-close" type="button">Got it</button>
</div>
<header class="PrimaryNavigation" role="banner">
  <a class="PrimaryNavigation-logo" href="/" title="Bidlantern"><img src="https://cdn2.bidlantern-static.test/img/logo/bidlantern-logo.svg" alt="Bidlantern logo" width="140" height="32"></a>
  <nav class="PrimaryNavigation-links">
    <div class="PrimaryNavigation-dropdown"><button class="PrimaryNavigation-link" type="button">Hire freelancers</button>
      <ul class="PrimaryNavigation-menu"><li><a href="/freelancers/data-entry">Data Entry Clerks</a></li><li><a href="/freelancers/excel">Excel Experts</a></li><li><a href="/freelancers/virtual-assistant">Virtual Assistants</a></li></ul></div>
    <div class="PrimaryNavigation-dropdown"><button class="PrimaryNavigation-link" type="button">Find work</button>
      <ul class="PrimaryNavigation-menu"><li><a href="/jobs/">Browse jobs</a></li><li><a href="/contest/browse/">Browse contests</a></li><li><a href="/local/">Local jobs</a></li></ul></div>
    <a class="PrimaryNavigation-link" href="/enterprise">Solutions</a>
  </nav>
  <div class="PrimaryNavigation-account">
    <a class="PrimaryNavigation-link" href="/login">Log In</a>
    <a class="PrimaryNavigation-link" href="/signup">Sign Up</a>
    <a class="btn btn-small btn-warning" href="/post-project?ref=header">Post a Project</a>
  </div>
</header>
<section class="PageHeader">
  <ol class="Breadcrumbs"><li><a href="/">Home</a></li><li><a href="/jobs/">Jobs</a></li><li aria-current="page">Data Entry</li></ol>
  <h1 class="PageHeader-title">Data Entry Jobs</h1>
  <p class="PageHeader-subtitle">Find the best Data Entry jobs. It's free to sign up, type in what you need &amp; receive free quotes in seconds.</p>
</section>
<main class="JobSearch">
  <aside class="JobSearch-filter">
    <form class="JobSearch-filterForm" action="/jobs/data-entry/" method="get">
      <fieldset class="JobSearch-filterSection">
        <legend>Project type</legend>
        <label class="Checkbox"><input class="Checkbox-input" type="checkbox" name="fixed" checked><span class="Checkbox-label">Fixed Projects</span></label>
        <label class="Checkbox"><input class="Checkbox-input" type="checkbox" name="hourly" checked><span class="Checkbox-label">Hourly Projects</span></label>
        <label class="Checkbox"><input class="Checkbox-input" type="checkbox" name="contests" checked><span class="Checkbox-label">Contests</span></label>
      </fieldset>
      <fieldset class="JobSearch-filterSection">
        <legend>Fixed price</legend>
        <div class="RangeInput"><input type="number" name="fixed_min" placeholder="min" value=""> to <input type="number" name="fixed_max" placeholder="max" value=""> <span>USD</span></div>
      </fieldset>
      <fieldset class="JobSearch-filterSection">
        <legend>Skills</legend>
        <ul class="CheckboxList">
{facets}
        </ul>
      </fieldset>
      <fieldset class="JobSearch-filterSection">
        <legend>Listing types</legend>
        <label class="Checkbox"><input class="Checkbox-input" type="checkbox" name="featured"><span class="Checkbox-label">Featured</span></label>
        <label class="Checkbox"><input class="Checkbox-input" type="checkbox" name="urgent"><span class="Checkbox-label">Urgent</span></label>
        <label class="Checkbox"><input class="Checkbox-input" type="checkbox" name="sealed"><span class="Checkbox-label">Sealed</span></label>
        <label class="Checkbox"><input class="Checkbox-input" type="checkbox" name="nda"><span class="Checkbox-label">NDA</span></label>
      </fieldset>
    </form>
  </aside>
  <div class="JobSearch-main">
    <form class="JobSearch-search" action="/jobs/data-entry/" method="get" role="search"><input class="JobSearch-searchInput" type="search" name="keyword" placeholder="Search for jobs"><button class="btn btn-primary" type="submit">Search</button></form>
    <div class="JobSearch-summary">
      <span id="total-results" class="JobSearch-resultsCount">Showing {first + 1} to {last} of {len(BL_PROJECTS)} results</span>
      <label class="JobSearch-sort">Sort by <select name="sort"><option value="latest" selected>Latest</option><option value="lowest_budget">Lowest budget</option><option value="highest_budget">Highest budget</option><option value="lowest_bids">Lowest bids</option><option value="highest_bids">Highest bids</option></select></label>
    </div>
    <div id="project-list" class="JobSearchCard-list">
{chr(10).join(cards)}
    </div>
    {_bl_pagination(number, total)}
  </div>
</main>
<section class="JobSearch-related">
  <h2>Browse Top Data Entry Skills</h2>
  <ul class="LinkList"><li><a href="/jobs/excel/">Excel Jobs</a></li><li><a href="/jobs/web-search/">Web Search Jobs</a></li><li><a href="/jobs/typing/">Typing Jobs</a></li><li><a href="/jobs/copy-typing/">Copy Typing Jobs</a></li><li><a href="/jobs/transcription/">Transcription Jobs</a></li><li><a href="/jobs/virtual-assistant/">Virtual Assistant Jobs</a></li></ul>
</section>
<footer class="SiteFooter">
  <ul class="SiteFooter-links"><li><a href="/about">About us</a></li><li><a href="/support">Help &amp; Support</a></li><li><a href="/about/terms">Terms and Conditions</a></li><li><a href="/about/privacy">Privacy Policy</a></li><li><a href="/about/cookie-policy">Cookie Policy</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
  <p class="SiteFooter-copyright">Bidlantern ® is a registered Trademark of Bidlantern Technology Pty Limited. Copyright © 2025 Bidlantern Technology Pty Limited</p>
</footer>
</body>
</html>"""


@thirtieth_c
def build_bidlantern() -> None:
    s = Site(
        "bidlantern",
        kind="freelance job list (Freelancer.com 'Data Entry Jobs' category 2024–25: cookie banner, PrimaryNavigation header, filter aside with project-type / budget / skill-count / listing-type checkboxes, 'Showing 1 to 20 of 51 results', sort select; div.JobSearchCard-item cards: a.JobSearchCard-primary-heading-link title, span.JobSearchCard-primary-heading-days 'N days left', 'Verified' status tooltip on some, p.JobSearchCard-primary-description, a.JobSearchCard-primary-tagsLink skills, promotion-tag pills (Featured / Urgent / Sealed / NDA / Guaranteed) on some, div.JobSearchCard-secondary-price '$250' / '£18 / hr' / '₹1500' / '€180' + span 'Avg Bid' and 'N bids', a budget range '$30 - 250 USD' when no bid yet, contests with a prize and 'N entries'; a 'Post a Project like this' promo card in the list; div.Pagination First / Prev / numbers / Next / Last over /jobs/data-entry/N/)",
        start="jobs/data-entry/",
        description="A freelance marketplace's 'Data Entry Jobs' category page copied from Freelancer.com's 2024–25 job-search templates as a logged-out visitor gets it (latest first, 20 a page): head with canonical and a window.flData state JSON of the page's project ids; a cookie banner ('Got it'); the PrimaryNavigation header (Hire freelancers / Find work menus, Solutions, Log In, Sign Up, Post a Project); breadcrumbs, h1 'Data Entry Jobs' and a subtitle; a filter aside (project type, fixed price range, skills with counts, listing types); a search form, 'Showing 1 to 20 of 51 results' and a sort select; div#project-list of div.JobSearchCard-item[data-project-id] > div.JobSearchCard-item-inner: div.JobSearchCard-primary (heading with a.JobSearchCard-primary-heading-link title link to /projects/<skill>/<Title-Words> or /contest/<Title-Words>-<id>, span.JobSearchCard-primary-heading-days '6 days left', a 'Verified' status with a tooltip on most; p.JobSearchCard-primary-description; skill tag links to /jobs/<skill>/; promotion-tag pills on some) and div.JobSearchCard-secondary (div.JobSearchCard-secondary-price '$250' + span 'Avg Bid' for fixed projects, '$6 / hr' + 'Avg Bid' for hourly ones, in USD / EUR / GBP / INR symbols; the budget range '$30 - 250 USD' alone when nobody has bid; a contest's prize '$100' alone; div.JobSearchCard-secondary-entry '24 bids' / '37 entries'; a 'Bid now' / 'Enter now' button to the same URL); a 'Post a Project like this' promo card after the 10th card (not a record); div.Pagination (First / Prev / numbered / Next / Last) over /jobs/data-entry/N/; a related-skills link list and the footer. 20 + 20 + 11 projects. Written down: title, url, days_left (number), verified (true when shown), description, skills (list), upgrades (list, where shown), avg_bid (number) and hourly (true for '/ hr'), or prize for contests, or budget (the range as text) when nobody bid, currency (of the avg bid or prize), bids or entries (number).",
    )
    pages = chunks(BL_PROJECTS, [BL_PER_PAGE, BL_PER_PAGE, len(BL_PROJECTS) - 2 * BL_PER_PAGE])
    first = 0
    for number, batch in enumerate(pages, 1):
        s.list_page(
            f"jobs/data-entry/{'' if number == 1 else f'{number}/'}index.html",
            _bl_page(number, len(pages), batch, first),
        )
        first += len(batch)
    for project in BL_PROJECTS:
        title, _, _, kind, amount, currency, count, days, verified, description, skills, upgrades = project
        s.expect(
            {
                "title": title,
                "url": _bl_url(project),
                "days_left": days,
                "verified": True if verified else None,
                "description": description,
                "skills": skills,
                "upgrades": upgrades or None,
                "avg_bid": amount if kind in ("fixed", "hourly") else None,
                "hourly": True if kind == "hourly" else None,
                "prize": amount if kind == "contest" else None,
                "budget": amount if kind == "open" else None,
                "currency": None if kind == "open" else currency,
                "bids": count if kind in ("fixed", "hourly") else None,
                "entries": count if kind == "contest" else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# nordfunk-community: a telecom provider's help community board (Khoros Community 2024–25), German.
# ---------------------------------------------------------------------------------------------------

NF_BOARD = "/t5/Internet-Telefonie/bd-p/internet-telefonie"
NF_PER_PAGE = 20
NF_TEAM = {"Nordfunk hilft - Jana S.", "Nordfunk hilft - Marco B.", "Nordfunk hilft - Aylin T."}
NF_RANKS = ("Einsteiger", "Aufsteiger", "Kenner", "Profi", "Legende")
#: (subject, message id, author, created day, time, replies, views, kudos, solved, labels, latest reply by)
NfTopic = tuple[str, int, str, str, str, int, int, int, bool, list[str], str | None]
NF_PINNED: list[NfTopic] = [
    (
        "Wichtig: Bitte vor dem Posten lesen – so helfen wir euch am schnellsten",
        2391044,
        "Nordfunk hilft - Jana S.",
        "2024-06-03",
        "09:15",
        0,
        48213,
        214,
        False,
        ["Hinweis"],
        None,
    ),
    (
        "Aktuelle Störungen und Wartungsarbeiten im März",
        2709811,
        "Nordfunk hilft - Marco B.",
        "2025-03-01",
        "08:00",
        37,
        15902,
        58,
        False,
        ["Störung", "Hinweis"],
        "Nordfunk hilft - Aylin T.",
    ),
]
NF_TOPICS: list[NfTopic] = [
    (
        "Router verliert nachts die DSL-Synchronisation",
        2712345,
        "Tobias_K",
        "2025-03-11",
        "21:07",
        12,
        1284,
        3,
        True,
        ["DSL", "Router"],
        "Nordfunk hilft - Jana S.",
    ),
    (
        "Glasfaser-Anschluss seit 3 Wochen nicht aktiviert",
        2713002,
        "Melanie.H",
        "2025-03-13",
        "07:42",
        8,
        655,
        1,
        False,
        ["Glasfaser", "Auftrag"],
        "Nordfunk hilft - Marco B.",
    ),
    (
        "WLAN bricht im Obergeschoss ständig ab – Mesh sinnvoll?",
        2712987,
        "funkfreund73",
        "2025-03-12",
        "22:18",
        15,
        2047,
        6,
        True,
        ["WLAN", "Router"],
        "Sabine_R",
    ),
    (
        "Festnetztelefon klingelt nicht, Anrufer hören Freizeichen",
        2712940,
        "Heinz-Otto",
        "2025-03-12",
        "18:31",
        5,
        412,
        0,
        False,
        ["Festnetz", "Telefonie"],
        "Tobias_K",
    ),
    (
        "Upload nur 2 Mbit/s statt gebuchter 40",
        2712911,
        "gamer_lena",
        "2025-03-12",
        "16:05",
        9,
        980,
        2,
        True,
        ["DSL", "Geschwindigkeit"],
        "Nordfunk hilft - Aylin T.",
    ),
    (
        "Portierung der Rufnummer vom alten Anbieter hängt",
        2712876,
        "K.Wiebe",
        "2025-03-12",
        "11:47",
        4,
        301,
        0,
        False,
        ["Rufnummer", "Auftrag"],
        "Nordfunk hilft - Jana S.",
    ),
    (
        "IPv6 deaktivieren beim Nordbox 7 möglich?",
        2712850,
        "netzwerkbastler",
        "2025-03-11",
        "23:59",
        7,
        1533,
        4,
        True,
        ["Router", "IPv6"],
        "funkfreund73",
    ),
    (
        "Techniker-Termin ohne Absage nicht erschienen",
        2712802,
        "Ursula_M",
        "2025-03-11",
        "15:20",
        3,
        274,
        1,
        False,
        ["Techniker", "Glasfaser"],
        "Nordfunk hilft - Marco B.",
    ),
    (
        "Internet fällt jeden Abend gegen 20 Uhr aus",
        2712771,
        "Patrick_S",
        "2025-03-11",
        "20:41",
        22,
        3870,
        9,
        False,
        ["Störung", "DSL"],
        "netzwerkbastler",
    ),
    (
        "Nordbox 5 als Repeater für Nordbox 7 einrichten",
        2712733,
        "oldschool_ingo",
        "2025-03-10",
        "19:12",
        6,
        1102,
        5,
        True,
        ["Router", "WLAN"],
        "Sabine_R",
    ),
    (
        "Rechnung: Doppelte Abbuchung für Februar",
        2712701,
        "Beate.Kr",
        "2025-03-10",
        "13:36",
        2,
        188,
        0,
        True,
        ["Rechnung"],
        "Nordfunk hilft - Aylin T.",
    ),
    (
        "VoIP-Telefonie über eigenen Router – Zugangsdaten?",
        2712655,
        "pbx_friend",
        "2025-03-10",
        "09:03",
        11,
        2410,
        7,
        True,
        ["Telefonie", "Router"],
        "netzwerkbastler",
    ),
    (
        "Hausanschluss Glasfaser: Wer verlegt die Leitung im Haus?",
        2712618,
        "Familie_Nowak",
        "2025-03-09",
        "17:55",
        5,
        733,
        2,
        False,
        ["Glasfaser", "Techniker"],
        "oldschool_ingo",
    ),
    (
        "Ping-Spitzen beim Online-Gaming seit Umstellung",
        2712590,
        "gamer_lena",
        "2025-03-09",
        "22:30",
        14,
        1845,
        3,
        False,
        ["Geschwindigkeit", "DSL"],
        "Patrick_S",
    ),
    (
        "Kein Wählton nach Gewitter",
        2712544,
        "Heinz-Otto",
        "2025-03-08",
        "10:14",
        3,
        256,
        0,
        True,
        ["Festnetz", "Störung"],
        "Nordfunk hilft - Jana S.",
    ),
    (
        "Tarifwechsel auf 250 Mbit/s – wann wird umgestellt?",
        2712510,
        "Daniela_F",
        "2025-03-08",
        "08:49",
        4,
        512,
        1,
        True,
        ["Vertrag", "DSL"],
        "Nordfunk hilft - Marco B.",
    ),
    (
        "Gastnetz zeigt keine Verbindung zum Drucker",
        2712477,
        "Lars_HB",
        "2025-03-07",
        "16:22",
        6,
        690,
        2,
        True,
        ["WLAN", "Router"],
        "funkfreund73",
    ),
    (
        "Umzug: Anschluss am neuen Wohnort noch nicht geschaltet",
        2712431,
        "Tatjana.P",
        "2025-03-07",
        "12:05",
        9,
        1020,
        0,
        False,
        ["Umzug", "Auftrag"],
        "Nordfunk hilft - Aylin T.",
    ),
    (
        "DECT-Telefone melden sich ständig von der Nordbox ab",
        2712398,
        "oldschool_ingo",
        "2025-03-06",
        "21:48",
        8,
        1377,
        4,
        True,
        ["Telefonie", "Router"],
        "pbx_friend",
    ),
    (
        "Störungsticket geschlossen, Problem besteht weiter",
        2712352,
        "Ralf_Sch",
        "2025-03-06",
        "14:11",
        17,
        2290,
        5,
        False,
        ["Störung"],
        "Nordfunk hilft - Jana S.",
    ),
    (
        "Portfreigabe für Überwachungskamera funktioniert nicht",
        2712319,
        "netzwerkbastler",
        "2025-03-05",
        "23:02",
        10,
        1658,
        3,
        True,
        ["Router", "IPv6"],
        "Lars_HB",
    ),
    (
        "Glasfaser-Modem ONT blinkt rot",
        2712287,
        "Familie_Nowak",
        "2025-03-05",
        "18:40",
        6,
        1195,
        2,
        True,
        ["Glasfaser", "Störung"],
        "Nordfunk hilft - Marco B.",
    ),
    (
        "Sonderkündigungsrecht bei dauerhaft zu langsamer Leitung?",
        2712240,
        "Beate.Kr",
        "2025-03-05",
        "10:33",
        13,
        3402,
        8,
        False,
        ["Vertrag", "Geschwindigkeit"],
        "Ralf_Sch",
    ),
    (
        "Nordbox 7: Welche Firmware ist aktuell?",
        2712212,
        "pbx_friend",
        "2025-03-04",
        "20:16",
        4,
        1889,
        6,
        True,
        ["Router"],
        "netzwerkbastler",
    ),
    (
        "Anrufe brechen nach genau 30 Minuten ab",
        2712170,
        "Ursula_M",
        "2025-03-04",
        "15:57",
        7,
        802,
        1,
        False,
        ["Telefonie", "Festnetz"],
        "pbx_friend",
    ),
    (
        "Mesh-Repeater verbindet sich nur mit 2,4 GHz",
        2712133,
        "Daniela_F",
        "2025-03-03",
        "19:25",
        5,
        946,
        2,
        True,
        ["WLAN"],
        "oldschool_ingo",
    ),
    (
        "Leitung sync. mit 100, Speedtest zeigt 40",
        2712101,
        "Patrick_S",
        "2025-03-03",
        "09:40",
        19,
        2755,
        4,
        True,
        ["Geschwindigkeit", "DSL"],
        "Nordfunk hilft - Aylin T.",
    ),
    (
        "Zugangsdaten verloren – wie neu anfordern?",
        2712066,
        "Marta_L",
        "2025-03-02",
        "17:03",
        2,
        1412,
        3,
        True,
        ["Vertrag", "Router"],
        "Nordfunk hilft - Jana S.",
    ),
    (
        "Fax über VoIP – geht das noch?",
        2712030,
        "Heinz-Otto",
        "2025-03-01",
        "11:28",
        6,
        689,
        0,
        False,
        ["Telefonie"],
        "pbx_friend",
    ),
    (
        "Router nach Stromausfall nicht mehr erreichbar",
        2711994,
        "Lars_HB",
        "2025-02-28",
        "22:54",
        8,
        1203,
        2,
        True,
        ["Router", "Störung"],
        "netzwerkbastler",
    ),
    (
        "Bauarbeiten: Kabel beschädigt, wer ist zuständig?",
        2711950,
        "Ralf_Sch",
        "2025-02-28",
        "13:17",
        4,
        577,
        1,
        False,
        ["Störung", "Techniker"],
        "Nordfunk hilft - Marco B.",
    ),
    (
        "Glasfaser im Mehrfamilienhaus – Vermieter blockiert",
        2711912,
        "Tatjana.P",
        "2025-02-27",
        "18:09",
        11,
        1960,
        6,
        False,
        ["Glasfaser"],
        "Familie_Nowak",
    ),
    (
        "WLAN-Passwort im Kundencenter ändern",
        2711877,
        "Marta_L",
        "2025-02-27",
        "08:21",
        1,
        2310,
        2,
        True,
        ["WLAN"],
        "Nordfunk hilft - Aylin T.",
    ),
    (
        "Paketverlust laut Router-Ereignisprotokoll",
        2711840,
        "gamer_lena",
        "2025-02-26",
        "21:36",
        12,
        1474,
        3,
        False,
        ["DSL", "Störung"],
        "Patrick_S",
    ),
    (
        "Zweite Rufnummer auf DECT-Mobilteil legen",
        2711805,
        "Ursula_M",
        "2025-02-26",
        "10:50",
        3,
        866,
        1,
        True,
        ["Telefonie", "Rufnummer"],
        "oldschool_ingo",
    ),
    (
        "Nordbox zeigt 'PPPoE-Fehler: Zeitüberschreitung'",
        2711771,
        "K.Wiebe",
        "2025-02-25",
        "19:44",
        9,
        3104,
        11,
        True,
        ["Router", "DSL"],
        "Nordfunk hilft - Jana S.",
    ),
    (
        "Vertrag läuft aus: Wechsel zu Glasfaser ohne Lücke?",
        2711738,
        "Daniela_F",
        "2025-02-25",
        "12:12",
        5,
        704,
        0,
        False,
        ["Vertrag", "Glasfaser"],
        "Nordfunk hilft - Marco B.",
    ),
    (
        "Smart-TV verliert WLAN, Handy nicht",
        2711700,
        "Melanie.H",
        "2025-02-24",
        "20:03",
        7,
        1122,
        2,
        True,
        ["WLAN"],
        "funkfreund73",
    ),
    (
        "Entstörung per Fernmessung – was wird gemessen?",
        2711666,
        "oldschool_ingo",
        "2025-02-24",
        "09:58",
        3,
        650,
        4,
        True,
        ["Störung", "DSL"],
        "Nordfunk hilft - Aylin T.",
    ),
    (
        "Hotline-Warteschleife über eine Stunde",
        2711630,
        "Ralf_Sch",
        "2025-02-23",
        "16:27",
        21,
        2840,
        15,
        False,
        ["Service"],
        "Beate.Kr",
    ),
    (
        "Eigene Fritz-Alternative am Glasfaser-ONT",
        2711597,
        "netzwerkbastler",
        "2025-02-22",
        "23:11",
        8,
        1736,
        5,
        True,
        ["Glasfaser", "Router"],
        "pbx_friend",
    ),
    (
        "Anrufweiterleitung aufs Handy kostet extra?",
        2711561,
        "Marta_L",
        "2025-02-22",
        "11:06",
        2,
        933,
        0,
        True,
        ["Telefonie", "Rechnung"],
        "Nordfunk hilft - Jana S.",
    ),
    (
        "Speedtest im Kundencenter widerspricht Router-Anzeige",
        2711526,
        "Patrick_S",
        "2025-02-21",
        "18:15",
        6,
        815,
        1,
        False,
        ["Geschwindigkeit"],
        "gamer_lena",
    ),
    (
        "Leitung nach Umzug nur 16 Mbit/s",
        2711490,
        "Tatjana.P",
        "2025-02-20",
        "14:32",
        10,
        1268,
        2,
        True,
        ["Umzug", "DSL"],
        "Nordfunk hilft - Marco B.",
    ),
    (
        "Nordbox startet alle paar Stunden neu",
        2711455,
        "Lars_HB",
        "2025-02-19",
        "22:47",
        13,
        2015,
        4,
        True,
        ["Router", "Störung"],
        "K.Wiebe",
    ),
    (
        "Rechnung enthält Posten 'Drittanbieter' – was ist das?",
        2711419,
        "Beate.Kr",
        "2025-02-19",
        "09:24",
        4,
        1580,
        6,
        True,
        ["Rechnung"],
        "Nordfunk hilft - Aylin T.",
    ),
    (
        "Telefonbuch der Nordbox auf Mobilteile übertragen",
        2711384,
        "Heinz-Otto",
        "2025-02-18",
        "17:39",
        0,
        214,
        0,
        False,
        ["Telefonie", "Router"],
        None,
    ),
    (
        "Glasfaser-Ausbau: Vorvertrag storniert?",
        2711350,
        "Familie_Nowak",
        "2025-02-17",
        "12:56",
        3,
        498,
        0,
        False,
        ["Glasfaser", "Auftrag"],
        "Nordfunk hilft - Jana S.",
    ),
    (
        "Netzwerkspeicher über VPN erreichen",
        2711316,
        "funkfreund73",
        "2025-02-16",
        "21:20",
        0,
        367,
        1,
        False,
        ["Router"],
        None,
    ),
]
NF_TOP_SOLVERS = [
    ("netzwerkbastler", 412),
    ("oldschool_ingo", 288),
    ("pbx_friend", 197),
    ("funkfreund73", 163),
    ("Sabine_R", 121),
]
NF_LABEL_CLOUD = [
    ("Router", 1843),
    ("DSL", 1520),
    ("WLAN", 1204),
    ("Glasfaser", 986),
    ("Störung", 940),
    ("Telefonie", 811),
    ("Vertrag", 503),
    ("Rechnung", 377),
]


def _nf_user_id(name: str) -> int:
    return int(_hex("user" + name, 6), 16) % 400000 + 10000


def _nf_url(topic: NfTopic) -> str:
    slug = "-".join("".join(c if c.isalnum() else " " for c in topic[0]).split())
    return f"/t5/Internet-Telefonie/{quote(slug)}/td-p/{topic[1]}"


def _nf_label_href(label: str) -> str:
    return f"{NF_BOARD}/label-name/{quote(label.lower())}"


def _nf_user(name: str, link_id: int) -> str:
    rank = "Team" if name in NF_TEAM else NF_RANKS[_nf_user_id(name) % len(NF_RANKS)]
    color = ' style="color:#E20074"' if name in NF_TEAM else ""
    return f'<span class="UserName lia-user-name lia-user-rank-{rank} lia-component-message-view-widget-author-username"><a class="lia-link-navigation lia-page-link lia-user-name-link"{color} target="_self" aria-label="Profil von {esc(name)} anzeigen" itemprop="url" id="link_{link_id}" href="/t5/user/viewprofilepage/user-id/{_nf_user_id(name)}"><span class="">{esc(name)}</span></a></span>'


def _nf_shown_day(day: str) -> str:
    year, month, dom = day.split("-")
    return f"\u200e{dom}.{month}.{year}"


def _nf_count(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _nf_row(topic: NfTopic, index: int, pinned: bool) -> str:
    title, mid, author, day, time, replies, views, kudos, solved, labels, latest = topic
    parity = "odd" if index % 2 else "even"
    classes = [f"lia-list-row lia-row-{parity}", "t-first-row" if index == 1 else "", "lia-list-row-thread-read"]
    if solved:
        classes.append("lia-list-row-thread-solved")
    if pinned:
        classes.append("lia-list-row-float")
    if solved:
        icon = (
            '<span class="lia-img-icon-forum-thread-solved lia-fa-icon lia-fa-forum lia-fa-thread lia-fa-solved lia-fa" title="Gelöst" aria-label="Gelöst" role="img" id="display_'
            + str(index)
            + '"></span>'
        )
    elif pinned:
        icon = (
            '<span class="lia-img-icon-forum-thread-floated lia-fa-icon lia-fa-forum lia-fa-thread lia-fa-floated lia-fa" title="Angeheftetes Thema" aria-label="Angeheftetes Thema" role="img" id="display_'
            + str(index)
            + '"></span>'
        )
    else:
        icon = (
            '<span class="lia-img-icon-forum-thread lia-fa-icon lia-fa-forum lia-fa-thread lia-fa" title="Thema" aria-label="Thema" role="img" id="display_'
            + str(index)
            + '"></span>'
        )
    link = index * 4
    badges = ""
    if pinned:
        badges += '<span class="lia-thread-float-badge">Angeheftet</span> '
    if solved:
        badges += '<span class="lia-message-solved-badge">Gelöst</span> '
    label_items = "".join(
        f'<li class="label"><a class="label-link lia-link-navigation lia-custom-event" id="link_{link + 3}_{n}" href="{_nf_label_href(label)}">{esc(label)}</a></li>'
        for n, label in enumerate(labels)
    )
    latest_html = (
        f'\n          <span class="lia-info-area-item lia-info-area-latest">Neueste Antwort von {_nf_user(latest, link + 2)}</span>'
        if latest
        else ""
    )
    return f"""<tr class="{" ".join(c for c in classes if c)} lia-js-data-messageUid-{mid} lia-js-data-messageRevision-1">
  <td class="cMessageSubjectIconColumn lia-data-cell-secondary lia-data-cell-icon"><div class="lia-component-messages-column-message-icon">{icon}</div></td>
  <td class="cThreadInfoColumn lia-data-cell-tertiary lia-data-cell-text">
    <div class="lia-component-messages-column-thread-info">
      <div class="MessageSubjectCell">
        <div class="MessageSubject">
          <div class="MessageSubjectIcons ">{badges}<h2 itemprop="name" class="message-subject"><span class="lia-message-read"><a class="page-link lia-link-navigation lia-custom-event" id="link_{link}" href="{_nf_url(topic)}">{esc(title)}</a></span></h2></div>
        </div>
      </div>
      <div class="lia-info-area">
          <span class="lia-info-area-item">von {_nf_user(author, link + 1)}</span>
          <span class="lia-info-area-item">am <span class="DateTime lia-component-common-widget-date"><span class="local-date">{_nf_shown_day(day)}</span> <span class="local-time">{time}</span></span></span>{latest_html}
      </div>
      <div class="LabelsList lia-component-labels lia-component-message-view-widget-labels"><ul class="lia-list-standard-inline">{label_items}</ul></div>
    </div>
  </td>
  <td class="cKudosCountColumn lia-data-cell-secondary lia-data-cell-integer"><div class="lia-component-messages-column-message-kudos-count"><span class="lia-message-stats-count">{_nf_count(kudos)}</span> Kudos</div></td>
  <td class="cRepliesCountColumn lia-data-cell-secondary lia-data-cell-integer"><div class="lia-component-messages-column-message-replies-count"><span class="lia-message-stats-count">{_nf_count(replies)}</span> Antworten</div></td>
  <td class="cViewsCountColumn lia-data-cell-secondary lia-data-cell-integer"><div class="lia-component-messages-column-message-views-count"><span class="lia-message-stats-count">{_nf_count(views)}</span> Aufrufe</div></td>
</tr>"""


def _nf_href(page: int) -> str:
    return NF_BOARD if page == 1 else f"{NF_BOARD}/page/{page}"


def _nf_pager(number: int, total: int) -> str:
    if number > 1:
        prev = f'<a class="lia-link-navigation lia-js-data-pageNum-{number - 1} lia-custom-event" rel="prev" aria-label="Vorherige Seite" id="link_prev" href="{_nf_href(number - 1)}"><span class="lia-paging-page-arrow"></span><span class="lia-paging-page-link">Zurück</span></a>'
    else:
        prev = '<span class="lia-link-navigation lia-js-data-pageNum-1 lia-link-disabled" aria-disabled="true"><span class="lia-paging-page-arrow"></span><span class="lia-paging-page-link">Zurück</span></span>'
    if number < total:
        nxt = f'<a class="lia-link-navigation lia-js-data-pageNum-{number + 1} lia-custom-event" rel="next" aria-label="Nächste Seite" id="link_next" href="{_nf_href(number + 1)}"><span class="lia-paging-page-link">Weiter</span><span class="lia-paging-page-arrow"></span></a>'
    else:
        nxt = f'<span class="lia-link-navigation lia-js-data-pageNum-{total} lia-link-disabled" aria-disabled="true"><span class="lia-paging-page-link">Weiter</span><span class="lia-paging-page-arrow"></span></span>'
    pages = []
    for page in range(1, total + 1):
        edge = " lia-paging-page-first" if page == 1 else " lia-paging-page-last" if page == total else ""
        if page == number:
            pages.append(
                f'<li class="lia-paging-page-link{edge} lia-js-data-pageNum-{page}"><span class="lia-js-data-pageNum-{page} lia-link-navigation lia-link-disabled" aria-current="page">{page}</span></li>'
            )
        else:
            pages.append(
                f'<li class="lia-paging-page-link{edge} lia-js-data-pageNum-{page}"><a class="lia-js-data-pageNum-{page} lia-link-navigation lia-custom-event" aria-label="Seite {page}" id="link_page_{page}" href="{_nf_href(page)}">{page}</a></li>'
            )
    return f"""<div class="lia-paging-full-wrapper lia-paging-pager lia-component-forums-widget-paging" id="pager">
  <ul class="lia-paging-full lia-paging-full-left-position">
    <li class="lia-paging-page-previous lia-component-previous">{prev}</li>
    <li class="lia-component-pagesnumbered"><ul class="lia-paging-full-pages">{"".join(pages)}</ul></li>
    <li class="lia-paging-page-next lia-component-next">{nxt}</li>
  </ul>
</div>"""


def _nf_page(number: int, total: int, topics: list[NfTopic], pinned: list[NfTopic]) -> str:
    rows = [_nf_row(topic, n, True) for n, topic in enumerate(pinned, 1)]
    rows += [_nf_row(topic, n, False) for n, topic in enumerate(topics, len(pinned) + 1)]
    solvers = "\n".join(
        f'<li class="lia-leaderboard-item"><span class="lia-leaderboard-rank">{rank}</span> {_nf_user(name, 900 + rank)} <span class="lia-leaderboard-count">{count} Lösungen</span></li>'
        for rank, (name, count) in enumerate(NF_TOP_SOLVERS, 1)
    )
    cloud = " ".join(
        f'<a class="lia-tag lia-link-navigation lia-label-size-{min(5, count // 350 + 1)}" href="{_nf_label_href(name)}">{esc(name)} <span class="lia-label-count">({_nf_count(count)})</span></a>'
        for name, count in NF_LABEL_CLOUD
    )
    community = json.dumps(
        {
            "coreNode": {
                "conversationStyle": "forum",
                "nodeType": "board",
                "id": "internet-telefonie",
                "title": "Internet & Telefonie",
                "ancestors": [{"id": "foren", "nodeType": "category"}, {"id": "nordfunk", "nodeType": "community"}],
            },
            "user": {"isAnonymous": True, "login": "Anonymous", "id": -1},
            "page": {"name": "ForumPage", "pageNumber": number},
            "locale": "de-DE",
        },
        ensure_ascii=False,
    )
    return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" dir="ltr" lang="de" class="no-js">
<head>
<title>Internet &amp; Telefonie{f" - Seite {number}" if number > 1 else ""} - Nordfunk Community</title>
<meta content="Fragen und Antworten rund um DSL, Glasfaser, Router, WLAN und Festnetz-Telefonie. Die Nordfunk Community hilft." name="description"/>
<meta content="width=device-width, initial-scale=1.0, user-scalable=yes" name="viewport"/>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<link href="https://community.nordfunk.test{_nf_href(number)}" rel="canonical"/>
<meta content="Internet &amp; Telefonie - Nordfunk Community" property="og:title"/>
<link rel="stylesheet" href="/skins/{_hex("skin", 10)}/responsive_peak/nordfunk.css" type="text/css"/>
<script src="/t5/scripts/{_hex("lithium", 32)}/lia-scripts-head-min.js" type="text/javascript"></script>
<script type="text/javascript">LITHIUM.CommunityJsonObject = {community};</script>
</head>
<body class="lia-board lia-user-status-anonymous ForumPage lia-body lia-a11y" id="lia-body">
<div id="usercentrics-root" data-nosnippet="true">
  <div class="uc-banner" role="dialog" aria-label="Datenschutzeinstellungen">
    <h2 class="uc-banner-title">Wir respektieren Ihre Privatsphäre</h2>
    <p class="uc-banner-text">Wir nutzen Cookies und ähnliche Technologien, um unsere Community zu betreiben, zu verbessern und Inhalte zu personalisieren. Mit „Alle akzeptieren“ stimmen Sie der Nutzung zu; unter „Einstellungen“ können Sie Ihre Auswahl jederzeit ändern.</p>
    <div class="uc-banner-buttons"><button class="uc-btn uc-btn-deny" type="button">Nur notwendige</button><button class="uc-btn uc-btn-more" type="button">Einstellungen</button><button class="uc-btn uc-btn-accept" type="button">Alle akzeptieren</button></div>
  </div>
</div>
<div class="lia-page">
<center>
<div class="MinimumWidthContainer">
<div class="min-width-wrapper">
<div class="min-width">
<div class="lia-content">
  <div class="lia-quilt lia-quilt-forum-page lia-quilt-layout-two-column-main-side lia-top-quilt">
    <div class="lia-quilt-row lia-quilt-row-header">
      <div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single">
        <div class="nf-header">
          <a class="nf-header-logo" href="/"><img src="/html/assets/nordfunk-logo.svg" alt="Nordfunk Community" width="160" height="40"/></a>
          <nav class="nf-header-nav" aria-label="Community-Navigation">
            <ul>
              <li><a href="/t5/Foren/ct-p/foren">Foren</a></li>
              <li><a href="/t5/Ratgeber/ct-p/ratgeber">Ratgeber</a></li>
              <li><a href="/t5/Ideen/idb-p/ideen">Ideen</a></li>
              <li><a href="/t5/Blog/bg-p/blog">Blog</a></li>
              <li><a href="https://www.nordfunk.test/hilfe">Hilfe &amp; Service</a></li>
            </ul>
          </nav>
          <div class="nf-header-user"><a class="lia-link-navigation login-link lia-authentication-link" href="/t5/user/userloginpage">Anmelden</a> <a class="lia-link-navigation registration-link" href="/t5/user/userregistrationpage">Registrieren</a></div>
          <form class="lia-form lia-form-inline SearchForm" action="/t5/forums/searchpage/tab/message" method="get" role="search">
            <input type="hidden" name="filter" value="location"/><input type="hidden" name="location" value="forum-board:internet-telefonie"/>
            <input class="lia-form-type-text lia-autocomplete-input search-input lia-search-input-message" aria-label="Suchen" name="q" placeholder="Suche in Internet &amp; Telefonie" type="text"/>
            <input class="lia-button lia-button-secondary lia-button-searchForm-action" value="Suchen" type="submit"/>
          </form>
        </div>
        <div class="lia-component-common-widget-breadcrumb">
          <ul class="lia-list-standard-inline" role="list">
            <li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-community lia-breadcrumb-community lia-breadcrumb-forum" href="/">Nordfunk Community</a></li>
            <li class="lia-breadcrumb-seperator crumb-community lia-breadcrumb-community lia-breadcrumb-forum"><span class="separator">:</span></li>
            <li class="lia-breadcrumb-node crumb"><a class="lia-link-navigation crumb-category lia-breadcrumb-category lia-breadcrumb-forum" href="/t5/Foren/ct-p/foren">Foren</a></li>
            <li class="lia-breadcrumb-seperator crumb-category lia-breadcrumb-category lia-breadcrumb-forum"><span class="separator">:</span></li>
            <li class="lia-breadcrumb-node final-crumb"><span class="lia-link-navigation child-thread lia-link-disabled">Internet &amp; Telefonie</span></li>
          </ul>
        </div>
      </div>
    </div>
    <div class="lia-quilt-row lia-quilt-row-main">
      <div class="lia-quilt-column lia-quilt-column-17 lia-quilt-column-left lia-quilt-column-main-content">
        <div class="lia-node-header-info">
          <h1 class="lia-node-header-title">Internet &amp; Telefonie</h1>
          <p class="lia-node-header-description">DSL, Glasfaser, Router, WLAN und Festnetz-Telefonie: Hier helfen sich Kundinnen und Kunden gegenseitig – unterstützt vom Nordfunk-hilft-Team.</p>
          <div class="lia-node-header-stats"><span>{_nf_count(18412)} Themen</span> · <span>{_nf_count(126503)} Beiträge</span></div>
        </div>
        <div class="lia-menu-bar lia-menu-bar-top">
          <a class="lia-button lia-button-primary new-topic-button" href="/t5/forums/postpage/board-id/internet-telefonie">Neues Thema</a>
          <div class="lia-menu-navigation-wrapper lia-js-hidden lia-menu-action" id="actionMenuDropDown">
            <div class="lia-menu-navigation"><div class="dropdown-default-item"><a class="lia-js-menu-opener default-menu-option lia-js-click-menu lia-link-navigation" aria-expanded="false" role="button" title="Optionen anzeigen" href="#">Optionen</a>
              <div class="dropdown-positioning"><div class="dropdown-positioning-static"><ul class="lia-menu-dropdown-items">
                <li role="listitem"><span class="lia-link-navigation mark-new-link lia-link-disabled">Alle Themen als neu kennzeichnen</span></li>
                <li role="listitem"><span class="lia-link-navigation mark-read-link lia-link-disabled">Alle Themen als gelesen kennzeichnen</span></li>
                <li role="listitem"><a class="lia-link-navigation rss-board-link" href="/zumfz39838/rss/board?board.id=internet-telefonie">RSS-Feed abonnieren</a></li>
              </ul></div></div>
            </div></div>
          </div>
          <div class="lia-sort-options">Sortieren nach: <span class="lia-sort-current">Neueste Aktivität</span> · <a href="{NF_BOARD}?sort=kudos">Kudos</a> · <a href="{NF_BOARD}?sort=unanswered">Ohne Antwort</a></div>
        </div>
        <div id="messageList" class="MessageList lia-component-forums-widget-message-list lia-forum-message-list lia-component-message-list">
          <div class="t-data-grid thread-list" id="grid">
            <table role="grid" class="lia-list-wide">
              <thead data-lia-message-list-heading="true">
                <tr class="t-columns-header">
                  <th scope="col" class="cMessageSubjectIconColumn lia-data-cell-secondary lia-data-cell-icon"><span class="lia-view-filter-sort">Symbol</span></th>
                  <th scope="col" class="cThreadInfoColumn lia-data-cell-tertiary lia-data-cell-text"><span class="lia-view-filter-sort">Betreff</span></th>
                  <th scope="col" class="cKudosCountColumn lia-data-cell-secondary lia-data-cell-integer"><span class="lia-view-filter-sort">Kudos</span></th>
                  <th scope="col" class="cRepliesCountColumn lia-data-cell-secondary lia-data-cell-integer"><span class="lia-view-filter-sort">Antworten</span></th>
                  <th scope="col" class="cViewsCountColumn lia-data-cell-secondary lia-data-cell-integer"><span class="lia-view-filter-sort">Aufrufe</span></th>
                </tr>
              </thead>
              <tbody>
{chr(10).join(rows)}
              </tbody>
            </table>
          </div>
        </div>
        {_nf_pager(number, total)}
      </div>
      <div class="lia-quilt-column lia-quilt-column-07 lia-quilt-column-right lia-quilt-column-side-content">
        <div class="lia-panel lia-panel-standard lia-component-leaderboard">
          <div class="lia-decoration-border"><div class="lia-panel-heading-bar-wrapper"><h2 class="lia-panel-heading-bar-title">Top-Lösungsautoren</h2></div>
          <div class="lia-panel-content-wrapper"><ol class="lia-list-standard lia-leaderboard">
{solvers}
          </ol></div></div>
        </div>
        <div class="lia-panel lia-panel-standard lia-component-labels-widget-labels-cloud">
          <div class="lia-panel-heading-bar-wrapper"><h2 class="lia-panel-heading-bar-title">Beliebte Labels</h2></div>
          <div class="lia-panel-content-wrapper lia-tag-cloud">{cloud}</div>
        </div>
        <div class="lia-panel lia-panel-standard nf-service-teaser">
          <h2 class="lia-panel-heading-bar-title">Störung melden?</h2>
          <p>Prüfen Sie zuerst den Störungsstatus an Ihrer Adresse – oft ist das Problem schon bekannt.</p>
          <a class="lia-button lia-button-secondary" href="https://www.nordfunk.test/hilfe/stoerung">Zum Störungsstatus</a>
        </div>
      </div>
    </div>
    <div class="lia-quilt-row lia-quilt-row-footer">
      <div class="lia-quilt-column lia-quilt-column-24 lia-quilt-column-single">
        <footer class="nf-footer">
          <ul><li><a href="/t5/Community-Regeln/ct-p/regeln">Community-Regeln</a></li><li><a href="https://www.nordfunk.test/impressum">Impressum</a></li><li><a href="https://www.nordfunk.test/datenschutz">Datenschutz</a></li><li><a href="https://www.nordfunk.test/nutzungsbedingungen">Nutzungsbedingungen</a></li><li><a href="#" class="uc-open">Datenschutzeinstellungen</a></li></ul>
          <p>© Nordfunk GmbH 2025 · Powered by Khoros</p>
        </footer>
      </div>
    </div>
  </div>
</div>
</div>
</div>
</div>
</center>
</div>
<script src="/t5/scripts/{_hex("lithium-foot", 32)}/lia-scripts-common-min.js" type="text/javascript"></script>
<script type="text/javascript">
;(function($) {{
LITHIUM.Loader.runJsAttached();
LITHIUM.AjaxSupport.ComponentEvents.set({{"eventActions":[{{"event":"kudoEntity","actions":[{{"context":"envParam:entity","action":"rerender"}}]}}],"componentId":"forums.widget.message-list","initiatorBinding":true,"selector":"#messageList","parameters":{{"pageNumber":"{number}","boardId":"internet-telefonie"}}}});
LITHIUM.Placeholder();
}})(LITHIUM.jQuery);
</script>
</body>
</html>"""


@thirtieth_c
def build_nordfunk_community() -> None:
    s = Site(
        "nordfunk-community",
        kind="help community forum board in German (Khoros / Lithium Community 2024–25 responsive_peak skin: Usercentrics-style consent banner, quilt layout, community header with Foren / Ratgeber / Ideen menus and a board search form, lia breadcrumb, board header with 'Neues Thema' and an Optionen menu, sort links; div#messageList table.lia-list-wide: thead of column names, tr.lia-list-row rows with lia-js-data-messageUid classes: an icon cell (Gelöst / Angeheftetes Thema / Thema in title + aria-label), h2.message-subject > a.page-link to /t5/Internet-Telefonie/<Percent-Encoded-Subject>/td-p/N, 'Angeheftet' / 'Gelöst' badges, lia-info-area 'von' + UserName link, 'am' + span.local-date with a leading U+200E '‎11.03.2025' + local-time, 'Neueste Antwort von' + UserName, LabelsList label links, then Kudos / Antworten / Aufrufe cells 'N Kudos' with German thousands dots '1.284'; two floated topics on top of page 1 only; a Top-Lösungsautoren leaderboard of the same usernames and a label cloud with counts in the right column; lia-paging-full pager Zurück / 1 2 3 / Weiter over /page/N; LITHIUM.CommunityJsonObject and footer scripts)",
        start=NF_BOARD.lstrip("/"),
        description="A German telecom provider's help community board 'Internet & Telefonie' copied from Khoros (Lithium) Community 2024–25 (responsive_peak skin) as an anonymous visitor gets it, latest activity first: head with canonical, the lia-scripts head bundle and LITHIUM.CommunityJsonObject; a Usercentrics-style consent banner (Nur notwendige / Einstellungen / Alle akzeptieren); the lia-quilt layout inside <center> and min-width wrappers: a community header (logo, Foren / Ratgeber / Ideen / Blog / Hilfe & Service, Anmelden / Registrieren, a board search form), the lia breadcrumb (Nordfunk Community : Foren : Internet & Telefonie); the board header (h1, description, '18.412 Themen · 126.503 Beiträge'), 'Neues Thema', an Optionen dropdown, sort links; div#messageList > table.lia-list-wide with a thead of column names and tr.lia-list-row rows (odd / even, lia-list-row-thread-solved, lia-list-row-float): an icon cell whose only text is a title / aria-label (Gelöst, Angeheftetes Thema, Thema), the MessageSubjectCell with 'Angeheftet' and 'Gelöst' badge spans before h2.message-subject > a.page-link (subject links /t5/Internet-Telefonie/<Subject-Words>/td-p/<id> with umlauts percent-encoded), div.lia-info-area ('von' + span.UserName link to /t5/user/viewprofilepage/user-id/N, 'am' + span.DateTime > span.local-date '‎11.03.2025' with a leading left-to-right mark + span.local-time '21:07', 'Neueste Antwort von' + another UserName when there are replies), a LabelsList of label links, then cKudosCountColumn / cRepliesCountColumn / cViewsCountColumn cells ('3 Kudos', '12 Antworten', '1.284 Aufrufe' with German thousands dots); two floated (pinned) moderator topics on top of page 1 only; a right column with a Top-Lösungsautoren leaderboard (usernames that also author topics, not records), a Beliebte Labels cloud with counts and a service teaser; the Khoros pager (Zurück / numbered / Weiter, the current page a disabled span) over /t5/Internet-Telefonie/bd-p/internet-telefonie/page/N (page 1 without /page); footer links and the LITHIUM footer script. 22 + 20 + 9 topics. Written down: title, url, author, date (created), solved (true when marked Gelöst), pinned (true for the floated two), labels (list), last_reply_by (absent without replies), kudos, replies, views (numbers).",
    )
    pages = chunks(NF_TOPICS, [NF_PER_PAGE, NF_PER_PAGE, len(NF_TOPICS) - 2 * NF_PER_PAGE])
    for number, batch in enumerate(pages, 1):
        html = _nf_page(number, len(pages), batch, NF_PINNED if number == 1 else [])
        path = NF_BOARD.lstrip("/") + ("/index.html" if number == 1 else f"/page/{number}/index.html")
        s.list_page(path, html)
    for pinned, topic in [(True, t) for t in NF_PINNED] + [(False, t) for t in NF_TOPICS]:
        title, _, author, day, _, replies, views, kudos, solved, labels, latest = topic
        s.expect(
            {
                "title": title,
                "url": _nf_url(topic),
                "author": author,
                "date": day,
                "solved": True if solved else None,
                "pinned": True if pinned else None,
                "labels": labels,
                "last_reply_by": latest,
                "kudos": kudos,
                "replies": replies,
                "views": views,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in THIRTIETH_C.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
