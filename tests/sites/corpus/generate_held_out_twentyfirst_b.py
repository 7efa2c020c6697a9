"""Twenty-first wave (b) of HELD-OUT corpus sites (issue #3), frozen before anybody measured the Scout on them.

Three pages of the long tail of the small web:

* **elementor-team** — a small law firm's "Our team" page on WordPress + Elementor Pro (2024–25 flexbox containers).
* **clubfixtures** — an amateur hockey club's fixtures & results, one WordPress page per season (Gutenberg tables).
* **gitlab-tags** — a GitLab 17 project's Tags page, ``/-/tags?page=N`` (Kaminari pagination, 20 tags a page).

Run ``uv run python tests/sites/corpus/generate_held_out_twentyfirst_b.py`` to rebuild them (the helpers and the
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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"elementor-team", "clubfixtures", "gitlab-tags"}

WAVE: dict[str, Callable[[], None]] = {}


def wave(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    WAVE[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hex(seed: str, length: int) -> str:
    """A stable pseudo-random hex string (ids, hashes)."""
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


# ---------------------------------------------------------------------------------------------------
# elementor-team (FROZEN): "Our team" of a two-office law firm, WordPress 6.6 + Elementor Pro 3.2x
# ---------------------------------------------------------------------------------------------------

EL_HOST = "https://www.calderrowe.example"


@dataclass(frozen=True)
class Lawyer:
    """One team member's card (image box + text editor + social icons in a child container)."""

    name: str
    role: str
    bio: str | None
    email: bool = True
    linkedin: str | None = ""
    profile: bool = True

    @property
    def url(self) -> str | None:
        return f"/people/{slug(self.name)}/" if self.profile else None

    @property
    def mail(self) -> str | None:
        if not self.email:
            return None
        first, *_, last = self.name.replace("Dr ", "").split()
        return f"{slug(first)[0]}.{slug(last).replace('-', '')}@calderrowe.example"

    @property
    def linkedin_url(self) -> str | None:
        if self.linkedin is None:
            return None
        handle = self.linkedin or slug(self.name.replace("Dr ", ""))
        return f"https://www.linkedin.com/in/{handle}/"


LONDON = [
    Lawyer(
        "Harriet Calder",
        "Founding Partner",
        "Harriet founded the firm in 2004 after twelve years at a City practice. She advises owner-managed businesses on acquisitions, shareholder disputes and succession planning.",
        linkedin="harriet-calder-0a7b1934",
    ),
    Lawyer(
        "Jonathan Rowe",
        "Managing Partner",
        "Jonathan leads our commercial property team and acts for landlords, developers and charities on portfolio sales, lettings and secured lending.",
    ),
    Lawyer(
        "Priya Raman",
        "Partner – Employment",
        "Priya advises employers on restructures, TUPE and tribunal claims, and runs our popular HR breakfast briefings.",
        linkedin="priyaraman-employment",
    ),
    Lawyer(
        "Dr Marcus Feld",
        "Partner – Intellectual Property",
        "Marcus is a former research chemist who now protects brands, software and trade secrets for technology start-ups and university spin-outs.",
    ),
    Lawyer(
        "Olivia Ashdown",
        "Senior Associate – Private Client",
        "Olivia handles wills, lasting powers of attorney and complex estates, including estates with assets abroad.",
        linkedin=None,
    ),
    Lawyer(
        "Tomasz Wiśniewski",
        "Senior Associate – Dispute Resolution",
        "Tomasz acts in contract and professional negligence claims in the High Court and in mediation. He speaks Polish and German.",
    ),
    Lawyer(
        "Grace Okonkwo-Bell",
        "Associate – Corporate",
        "Grace works on share purchases, investment rounds and company reorganisations.",
        linkedin="grace-okonkwo-bell",
    ),
    Lawyer(
        "Daniel Mercer",
        "Associate – Commercial Property",
        "Daniel acts on leases, licences and property due diligence for retail and hospitality clients.",
    ),
    Lawyer("Sophie Tran", "Associate – Employment", None, linkedin=None),
    Lawyer(
        "Rupert Kingsley",
        "Consultant",
        "Rupert was senior partner until 2021 and remains a consultant to the firm, advising on agricultural land and rural estates.",
        linkedin=None,
    ),
    Lawyer(
        "Aisha Malik",
        "Solicitor – Private Client",
        "Aisha joined us as a trainee in 2021 and qualified into the private client team in 2023.",
    ),
    Lawyer("Ben Whitlock", "Trainee Solicitor", None, linkedin="ben-whitlock-law", profile=False),
    Lawyer("Chloe Dunmore", "Trainee Solicitor", None, profile=False),
    Lawyer(
        "Margaret Ellis",
        "Practice Manager",
        "Margaret keeps both offices running and is the first point of contact for billing queries.",
        linkedin=None,
        profile=False,
    ),
]

MANCHESTER = [
    Lawyer(
        "Colin Haworth",
        "Partner & Head of Manchester Office",
        "Colin opened our Manchester office in 2016. He is a commercial litigator with particular experience of construction and engineering disputes.",
        linkedin="colinhaworth",
    ),
    Lawyer(
        "Nadia Qureshi",
        "Partner – Family",
        "Nadia is a Resolution-accredited specialist who helps families with divorce, finances and arrangements for children, and is a trained mediator.",
    ),
    Lawyer(
        "Liam O’Donnell",
        "Senior Associate – Corporate",
        "Liam advises manufacturing and logistics businesses on contracts, joint ventures and management buy-outs.",
        linkedin="liam-odonnell-corporate",
    ),
    Lawyer(
        "Hannah Brierley",
        "Associate – Family",
        "Hannah joined from a regional firm in 2022 and works on financial remedy and cohabitation cases.",
        linkedin=None,
    ),
    Lawyer(
        "Samuel Adeyemi",
        "Associate – Dispute Resolution",
        "Samuel handles debt recovery, insolvency and contentious probate claims.",
    ),
    Lawyer("Jessica Platt", "Solicitor – Commercial Property", None),
    Lawyer(
        "Ravi Chauhan",
        "Solicitor – Employment",
        "Ravi advises on settlement agreements and represents employers in early conciliation.",
        linkedin=None,
    ),
    Lawyer("Ellie Marsden", "Paralegal", None, email=False, linkedin=None, profile=False),
    Lawyer("Kieran Walsh", "Trainee Solicitor", None, linkedin="kieranwalsh-trainee", profile=False),
    Lawyer("Fiona Gallagher", "Office Manager", None, linkedin=None, profile=False),
]

EL_TESTIMONIALS = [
    (
        "The team guided us through the sale of our family business with patience and real commercial sense.",
        "Andrew Pike",
        "Managing Director, Pike Joinery Ltd",
    ),
    (
        "Clear advice, fixed fees and no jargon. I would not hesitate to recommend them.",
        "Louise Hartigan",
        "Private client",
    ),
    (
        "They understood our sector immediately and resolved a long-running dispute without going to court.",
        "Sanjay Mehta",
        "Finance Director, Northgate Logistics",
    ),
    (
        "Nadia was calm, kind and completely on top of every detail during a very difficult time.",
        "Rebecca S.",
        "Family client, Stockport",
    ),
]

LINKEDIN_SVG = '<svg aria-hidden="true" class="e-font-icon-svg e-fab-linkedin" viewBox="0 0 448 512" xmlns="http://www.w3.org/2000/svg"><path d="M416 32H31.9C14.3 32 0 46.5 0 64.3v383.4C0 465.5 14.3 480 31.9 480H416c17.6 0 32-14.5 32-32.3V64.3c0-17.8-14.4-32.3-32-32.3z"></path></svg>'
ENVELOPE_SVG = '<svg aria-hidden="true" class="e-font-icon-svg e-fas-envelope" viewBox="0 0 512 512" xmlns="http://www.w3.org/2000/svg"><path d="M502.3 190.8c3.9-3.1 9.7-.2 9.7 4.7V400c0 26.5-21.5 48-48 48H48c-26.5 0-48-21.5-48-48V195.6c0-5 5.7-7.8 9.7-4.7z"></path></svg>'


def _el_id(seed: str) -> str:
    return _hex("el" + seed, 7)


def _el_widget(seed: str, widget: str, body: str, extra: str = "") -> str:
    eid = _el_id(seed + widget)
    return (
        f'<div class="elementor-element elementor-element-{eid} {extra}elementor-widget elementor-widget-{widget}" '
        f'data-id="{eid}" data-element_type="widget" data-widget_type="{widget}.default">\n'
        f'<div class="elementor-widget-container">\n{body}\n</div>\n</div>'
    )


def _el_card(p: Lawyer, number: int) -> str:
    """One member: a child container holding an image box, a text editor and social icons."""
    cid = _el_id(p.name)
    image_id = 2100 + number * 7
    image = f"{EL_HOST}/wp-content/uploads/2024/03/{slug(p.name.replace('Dr ', ''))}-headshot-600x600.jpg"
    img = (
        f'<img loading="lazy" decoding="async" width="600" height="600" src="{image}" class="attachment-medium_large size-medium_large wp-image-{image_id}" alt="" '
        f'srcset="{image} 600w, {image.replace("-600x600", "-300x300")} 300w, {image.replace("-600x600", "-150x150")} 150w" sizes="(max-width: 600px) 100vw, 600px" />'
    )
    if p.url:
        figure = f'<figure class="elementor-image-box-img"><a href="{p.url}" tabindex="-1">{img}</a></figure>'
        title = f'<h3 class="elementor-image-box-title"><a href="{p.url}">{esc(p.name)}</a></h3>'
    else:
        figure = f'<figure class="elementor-image-box-img">{img}</figure>'
        title = f'<h3 class="elementor-image-box-title">{esc(p.name)}</h3>'
    box = (
        f'<div class="elementor-image-box-wrapper">{figure}<div class="elementor-image-box-content">{title}'
        f'<p class="elementor-image-box-description">{esc(p.role)}</p></div></div>'
    )
    parts = [_el_widget(p.name, "image-box", box, "elementor-position-top ")]
    if p.bio:
        parts.append(_el_widget(p.name, "text-editor", f"<p>{esc(p.bio)}</p>"))
    icons = []
    if p.linkedin_url:
        icons.append(
            f'<span class="elementor-grid-item">\n<a class="elementor-icon elementor-social-icon elementor-social-icon-linkedin elementor-repeater-item-{_hex(p.name + "li", 7)}" href="{p.linkedin_url}" target="_blank">\n'
            f'<span class="elementor-screen-only">Linkedin</span>\n{LINKEDIN_SVG}</a>\n</span>'
        )
    if p.mail:
        icons.append(
            f'<span class="elementor-grid-item">\n<a class="elementor-icon elementor-social-icon elementor-social-icon-envelope elementor-repeater-item-{_hex(p.name + "em", 7)}" href="mailto:{p.mail}" target="_blank">\n'
            f'<span class="elementor-screen-only">Envelope</span>\n{ENVELOPE_SVG}</a>\n</span>'
        )
    if icons:
        wrapper = '<div class="elementor-social-icons-wrapper elementor-grid">\n' + "\n".join(icons) + "\n</div>"
        parts.append(
            _el_widget(p.name, "social-icons", wrapper, "elementor-shape-circle e-grid-align-left elementor-grid-0 ")
        )
    inner = "\n".join(parts)
    return (
        f'<div class="elementor-element elementor-element-{cid} e-con-full team-card e-flex e-con e-child" data-id="{cid}" '
        f'data-element_type="container" data-settings="{{&quot;background_background&quot;:&quot;classic&quot;}}">\n{inner}\n</div>'
    )


def _el_office(office: str, address: str, people: list[Lawyer], start: int) -> str:
    oid = _el_id(office)
    heading = _el_widget(office, "heading", f'<h2 class="elementor-heading-title elementor-size-default">{office}</h2>')
    addr = _el_widget(office + "addr", "text-editor", f"<p>{address}</p>")
    divider = _el_widget(
        office + "div",
        "divider",
        '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>',
        "elementor-widget-divider--view-line ",
    )
    cards = "\n".join(_el_card(p, start + i) for i, p in enumerate(people))
    gid = _el_id(office + "grid")
    return f"""<div class="elementor-element elementor-element-{oid} e-flex e-con-boxed e-con e-parent" id="{slug(office)}" data-id="{oid}" data-element_type="container">
<div class="e-con-inner">
{heading}
{addr}
{divider}
<div class="elementor-element elementor-element-{gid} e-grid e-con-full e-con e-child" data-id="{gid}" data-element_type="container">
{cards}
</div>
</div>
</div>"""


def _el_testimonials() -> str:
    slides = []
    for i, (text, name, title) in enumerate(EL_TESTIMONIALS, 1):
        slides.append(f"""<div class="swiper-slide" role="group" aria-roledescription="slide" aria-label="{i} of {len(EL_TESTIMONIALS)}">
<div class="elementor-testimonial">
<div class="elementor-testimonial__content"><div class="elementor-testimonial__text">“{esc(text)}”</div></div>
<div class="elementor-testimonial__footer">
<cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">{esc(name)}</span><span class="elementor-testimonial__title">{esc(title)}</span></cite>
</div>
</div>
</div>""")
    body = (
        '<div class="elementor-swiper">\n<div class="elementor-main-swiper swiper" role="region" aria-roledescription="carousel" aria-label="Slides">\n'
        '<div class="swiper-wrapper">\n' + "\n".join(slides) + "\n</div>\n"
        '<div class="elementor-swiper-button elementor-swiper-button-prev" role="button" tabindex="0" aria-label="Previous"><svg aria-hidden="true" class="e-font-icon-svg e-eicon-chevron-left" viewBox="0 0 1000 1000"><path d="M646 125C629 125 613 133 604 142L308 442C296 454 292 471 292 487"></path></svg></div>\n'
        '<div class="elementor-swiper-button elementor-swiper-button-next" role="button" tabindex="0" aria-label="Next"><svg aria-hidden="true" class="e-font-icon-svg e-eicon-chevron-right" viewBox="0 0 1000 1000"><path d="M696 533C708 521 713 504 713 487"></path></svg></div>\n'
        '<div class="swiper-pagination"></div>\n</div>\n</div>'
    )
    heading = _el_widget(
        "testimonials",
        "heading",
        '<h2 class="elementor-heading-title elementor-size-default">What our clients say</h2>',
    )
    return f"""<div class="elementor-element elementor-element-{_el_id("testi")} e-flex e-con-boxed e-con e-parent" data-id="{_el_id("testi")}" data-element_type="container" data-settings="{{&quot;background_background&quot;:&quot;classic&quot;}}">
<div class="e-con-inner">
{heading}
{_el_widget("testimonials", "testimonial-carousel", body, "elementor-testimonial--skin-bubble elementor-testimonial--layout-image_inline elementor-testimonial--align-center elementor-arrows-yes elementor-pagination-type-bullets ")}
</div>
</div>"""


def _el_cta() -> str:
    body = """<div class="elementor-cta">
<div class="elementor-cta__bg-wrapper"><div class="elementor-cta__bg elementor-bg" style="background-image: url(https://www.calderrowe.example/wp-content/uploads/2024/02/fetter-lane-office.jpg);" role="img" aria-label="fetter-lane-office"></div><div class="elementor-cta__bg-overlay"></div></div>
<div class="elementor-cta__content">
<h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Need to speak to a solicitor?</h3>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Book a free 20-minute call with the right person in our London or Manchester team.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item"><a class="elementor-cta__button elementor-button elementor-size-md" href="/contact/">Book a call</a></div>
</div>
</div>"""
    cid = _el_id("cta")
    return f"""<div class="elementor-element elementor-element-{cid} e-flex e-con-boxed e-con e-parent" data-id="{cid}" data-element_type="container">
<div class="e-con-inner">
{_el_widget("cta", "call-to-action", body, "elementor-cta--skin-cover elementor-animated-content elementor-bg-transform elementor-bg-transform-zoom-in ")}
</div>
</div>"""


def _el_nav(location: str) -> str:
    items = [
        ("Home", "/"),
        ("Services", "/services/"),
        ("Our team", "/our-team/"),
        ("Insights", "/insights/"),
        ("Careers", "/careers/"),
        ("Contact", "/contact/"),
    ]
    lis = []
    for i, (label, href) in enumerate(items):
        current = " current-menu-item current_page_item" if href == "/our-team/" else ""
        aria = ' aria-current="page"' if current else ""
        cls = "elementor-item elementor-item-active" if current else "elementor-item"
        lis.append(
            f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{410 + i}{current}"><a href="{href}"{aria} class="{cls}">{label}</a></li>'
        )
    return f'<nav aria-label="{location}" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-{_el_id(location)}" class="elementor-nav-menu">{"".join(lis)}</ul></nav>'


@wave
def build_elementor_team() -> None:
    s = Site(
        "elementor-team",
        kind="team page (WordPress 6.6 + Elementor Pro 2024–25 flexbox containers: per office an e-con parent with an h2 heading widget and an e-grid of child containers, each an elementor-widget-image-box (figure img, h3.elementor-image-box-title name link, p.elementor-image-box-description role) + text-editor bio + social-icons LinkedIn / envelope mailto links; testimonial carousel and CTA widgets as noise)",
        start="our-team/",
        description=(
            "The 'Our team' page of Calder & Rowe, a two-office UK law firm, built with Elementor Pro on Hello Elementor "
            "(2024–25 flexbox containers). Theme Builder header and footer (elementor-location-header / -footer, nav-menu "
            "widget), a hero container (h1 'Our people', intro text), then one parent container per office with an h2 heading "
            "widget ('London', 'Manchester'), the office address in a text-editor widget and a divider, and a grid container "
            "of child containers, one per person: elementor-widget-image-box (figure > img headshot linked to /people/slug/, "
            "h3.elementor-image-box-title > a name, p.elementor-image-box-description role; trainees and support staff have no "
            "profile page and no links), an elementor-widget-text-editor bio paragraph (missing for some), and "
            "elementor-widget-social-icons with a.elementor-social-icon-linkedin (https://www.linkedin.com/in/…) and "
            "a.elementor-social-icon-envelope (mailto:) each holding span.elementor-screen-only and an inline SVG; some people "
            "have no LinkedIn, one no email. Noise: a testimonial carousel (Swiper slides with cite name / title), a "
            "call-to-action widget, a Complianz cookie banner, footer columns with both office addresses. One page, 24 people. "
            "Written down: name, url (profile, where linked), role, office (the section heading), bio, email (from mailto), linkedin."
        ),
    )
    london = '71 Fetter Lane, London EC4A 1BR<br>020 7946 0321 · <a href="mailto:london@calderrowe.example">london@calderrowe.example</a>'
    manchester = '3rd Floor, 12 Booth Street, Manchester M2 4AW<br>0161 496 0782 · <a href="mailto:manchester@calderrowe.example">manchester@calderrowe.example</a>'
    hero_id = _el_id("hero")
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our team | Calder &amp; Rowe Solicitors</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{EL_HOST}/our-team/">
<meta property="og:title" content="Our team | Calder &amp; Rowe Solicitors">
<meta property="og:description" content="Meet the solicitors and support staff at our London and Manchester offices.">
<script type="application/ld+json" class="yoast-schema-graph">{{"@context":"https://schema.org","@graph":[{{"@type":"WebPage","@id":"{EL_HOST}/our-team/","url":"{EL_HOST}/our-team/","name":"Our team | Calder &amp; Rowe Solicitors","isPartOf":{{"@id":"{EL_HOST}/#website"}},"datePublished":"2019-05-02T10:14:33+00:00","dateModified":"2025-02-11T16:40:08+00:00","inLanguage":"en-GB"}},{{"@type":"Organization","@id":"{EL_HOST}/#organization","name":"Calder &amp; Rowe Solicitors LLP","url":"{EL_HOST}/"}}]}}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="{EL_HOST}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.25.10" media="all">
<link rel="stylesheet" id="elementor-post-2068-css" href="{EL_HOST}/wp-content/uploads/elementor/css/post-2068.css?ver=1739292008" media="all">
<link rel="stylesheet" id="swiper-css" href="{EL_HOST}/wp-content/plugins/elementor/assets/lib/swiper/v8/css/swiper.min.css?ver=8.4.5" media="all">
<meta name="generator" content="Elementor 3.25.10; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="page-template-default page page-id-2068 wp-custom-logo theme-hello-elementor elementor-default elementor-kit-6 elementor-page elementor-page-2068">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-{_el_id("hdr")} e-flex e-con-boxed e-con e-parent" data-id="{_el_id("hdr")}" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-{_el_id("logo")} elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-id="{_el_id("logo")}" data-element_type="widget" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="{EL_HOST}"><img width="240" height="64" src="{EL_HOST}/wp-content/uploads/2023/11/calder-rowe-logo.svg" class="attachment-full size-full wp-image-14" alt="Calder &amp; Rowe Solicitors"></a></div></div>
<div class="elementor-element elementor-element-{_el_id("menu")} elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-id="{_el_id("menu")}" data-element_type="widget" data-widget_type="nav-menu.default"><div class="elementor-widget-container">{_el_nav("Menu")}</div></div>
<div class="elementor-element elementor-element-{_el_id("phone")} elementor-widget elementor-widget-button" data-id="{_el_id("phone")}" data-element_type="widget" data-widget_type="button.default"><div class="elementor-widget-container"><div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:+442079460321"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">020 7946 0321</span></span></a></div></div></div>
</div>
</div>
</div>
<main id="content" class="site-main post-2068 page type-page status-publish hentry">
<div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="2068" class="elementor elementor-2068" data-elementor-post-type="page">
<div class="elementor-element elementor-element-{hero_id} e-flex e-con-boxed e-con e-parent" data-id="{hero_id}" data-element_type="container" data-settings="{{&quot;background_background&quot;:&quot;gradient&quot;}}">
<div class="e-con-inner">
{_el_widget("hero", "heading", '<h1 class="elementor-heading-title elementor-size-default">Our people</h1>')}
{_el_widget("hero-intro", "text-editor", "<p>Straightforward legal advice from people who know your business. Meet the solicitors and support staff at our London and Manchester offices.</p>")}
</div>
</div>
{_el_office("London", london, LONDON, 0)}
{_el_testimonials()}
{_el_office("Manchester", manchester, MANCHESTER, len(LONDON))}
{_el_cta()}
</div>
</div>
</main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-{_el_id("ftr")} e-flex e-con-boxed e-con e-parent" data-id="{_el_id("ftr")}" data-element_type="container">
<div class="e-con-inner">
{_el_widget("ftr-l", "text-editor", "<h4>London</h4><p>71 Fetter Lane<br>London EC4A 1BR</p>")}
{_el_widget("ftr-m", "text-editor", "<h4>Manchester</h4><p>12 Booth Street<br>Manchester M2 4AW</p>")}
{_el_widget("ftr-links", "text-editor", '<p><a href="/privacy-policy/">Privacy policy</a> | <a href="/complaints/">Complaints procedure</a> | <a href="/terms/">Terms of business</a></p>')}
{_el_widget("ftr-sra", "text-editor", "<p>Calder &amp; Rowe Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA number 612904). © 2025 Calder &amp; Rowe Solicitors LLP.</p>")}
</div>
</div>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div>
<div class="cmplz-categories">
<details class="cmplz-category cmplz-functional"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Functional</span><span class="cmplz-always-active">Always active</span></span></summary></details>
<details class="cmplz-category cmplz-statistics"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Statistics</span></span></summary></details>
<details class="cmplz-category cmplz-marketing"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Marketing</span></span></summary></details>
</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
</div></div>
<script src="{EL_HOST}/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.25.4" id="elementor-pro-frontend-js"></script>
</body>
</html>"""
    s.list_page("our-team/index.html", page)
    for office, people in (("London", LONDON), ("Manchester", MANCHESTER)):
        for p in people:
            s.expect(
                {
                    "name": p.name,
                    "url": p.url,
                    "role": p.role,
                    "office": office,
                    "bio": p.bio,
                    "email": p.mail,
                    "linkedin": p.linkedin_url,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# clubfixtures (FROZEN): Thornbury Vale Hockey Club, Men's 1st XI fixtures, one WordPress page a season
# ---------------------------------------------------------------------------------------------------

CF_HOST = "https://thornburyvalehc.example"
CF_SEASONS = ["2024-25", "2023-24", "2022-23"]


@dataclass(frozen=True)
class Fixture:
    """One row of a month's table."""

    day: date
    time: str | None
    opposition: str
    venue: str
    competition: str
    result: str | None
    report: str | None = None
    note: str = ""

    @property
    def shown_day(self) -> str:
        n = self.day.day
        suffix = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{self.day:%a} {n}{suffix} {self.day:%b}"

    @property
    def url(self) -> str | None:
        if self.report is None:
            return None
        after = self.day + timedelta(days=1)
        return f"/{after:%Y/%m/%d}/{self.report}/"


def _fx(
    d: str,
    time: str | None,
    opp: str,
    venue: str,
    comp: str,
    result: str | None,
    report: str | None = None,
    note: str = "",
) -> Fixture:
    return Fixture(date.fromisoformat(d), time, opp, venue, comp, result, report, note)


LG = "West Div 2"
CF_FIXTURES: dict[str, list[Fixture]] = {
    "2024-25": [
        _fx("2024-09-14", "12:30", "Bristol Firebrands 2s", "H", LG, "W 3-1", "mens-1s-open-with-win-over-firebrands"),
        _fx("2024-09-21", "14:00", "Cheltenham 2s", "A", LG, "D 2-2"),
        _fx("2024-09-28", "13:00", "Swindon Wildcats", "H", LG, "L 1-4"),
        _fx("2024-10-05", "15:30", "Gloucester City 2s", "A", LG, "W 2-0", "clean-sheet-at-gloucester"),
        _fx("2024-10-12", "12:30", "Bath Buccaneers 3s", "H", "Cup R1", "W 5-0"),
        _fx("2024-10-26", "14:30", "Clevedon", "A", LG, "Postponed", note="Pitch waterlogged"),
        _fx("2024-11-09", "12:30", "Yate 1s", "H", LG, "W 4-2", "four-goals-and-three-points-against-yate"),
        _fx(
            "2024-11-23",
            "11:00",
            "Marlborough",
            "A",
            "Cup R2",
            "L 2-2 (3-4 pens)",
            "cup-exit-on-penalties-at-marlborough",
        ),
        _fx("2024-12-07", "12:30", "Stroud 2s", "H", LG, "W 1-0"),
        _fx("2025-01-11", "13:30", "Clevedon", "A", LG, "D 0-0", note="Rearranged from 26 Oct"),
        _fx("2025-01-25", "12:30", "Bristol Firebrands 2s", "A", LG, None),
        _fx("2025-02-08", "14:00", "Cheltenham 2s", "H", LG, None),
        _fx("2025-02-22", None, "Swindon Wildcats", "A", LG, None),
        _fx("2025-03-08", "12:30", "Old Thornburians", "H", "Friendly", None),
    ],
    "2023-24": [
        _fx("2023-09-16", "13:00", "Yate 1s", "A", "West Div 3", "W 2-1"),
        _fx("2023-09-30", "12:30", "Weston-super-Mare 2s", "H", "West Div 3", "W 6-0", "six-of-the-best"),
        _fx("2023-10-14", "14:30", "Frome", "A", "West Div 3", "L 0-1"),
        _fx("2023-10-21", "12:30", "Keynsham", "H", "Cup R1", "W 3-2", "late-winner-sends-1s-through"),
        _fx("2023-11-04", "12:30", "Chippenham 2s", "H", "West Div 3", "W 3-0"),
        _fx("2023-11-18", "15:00", "Bath Buccaneers 3s", "A", "Cup R2", "L 1-3"),
        _fx("2023-12-02", "12:30", "Frome", "H", "West Div 3", "Cancelled", note="Frozen pitch"),
        _fx("2024-01-13", "13:30", "Weston-super-Mare 2s", "A", "West Div 3", "W 4-1"),
        _fx("2024-01-27", "12:30", "Yate 1s", "H", "West Div 3", "D 1-1"),
        _fx(
            "2024-02-10", "14:00", "Chippenham 2s", "A", "West Div 3", "W w/o", note="Chippenham unable to raise a side"
        ),
        _fx("2024-03-02", "12:30", "Frome", "H", "West Div 3", "W 2-1", "promotion-sealed-against-frome"),
    ],
    "2022-23": [
        _fx("2022-09-17", "12:30", "Frome", "H", "West Div 3", "L 1-2"),
        _fx("2022-10-01", "14:00", "Keynsham", "A", "West Div 3", "D 3-3", "six-goal-thriller-at-keynsham"),
        _fx("2022-10-15", "12:30", "Chippenham 2s", "H", "West Div 3", "W 2-0"),
        _fx("2022-11-05", "13:00", "Swindon Wildcats 2s", "A", "Cup R1", "L 0-5"),
        _fx("2022-11-19", "12:30", "Weston-super-Mare 2s", "H", "West Div 3", "W 3-1"),
        _fx("2022-12-10", "12:30", "Keynsham", "H", "West Div 3", "Postponed", note="Snow"),
        _fx("2023-01-14", "14:30", "Frome", "A", "West Div 3", "L 0-3"),
        _fx("2023-02-04", "12:30", "Keynsham", "H", "West Div 3", "W 2-1", "revenge-over-keynsham"),
        _fx("2023-02-18", "13:00", "Chippenham 2s", "A", "West Div 3", "W 4-0"),
        _fx("2023-03-11", "12:30", "Old Thornburians", "H", "Friendly", "W 7-3", "annual-old-boys-match-report"),
    ],
}


def _cf_table(month: date, rows: list[Fixture]) -> str:
    trs = []
    for f in rows:
        if f.result is None:
            result = ""
        elif f.result[0] in "WLD" and f.result[1] == " ":
            result = f"<strong>{esc(f.result)}</strong>"
        else:
            result = f"<em>{esc(f.result)}</em>"
        report = f'<a href="{f.url}">Report</a>' if f.url else ""
        trs.append(
            f"<tr><td>{esc(f.shown_day)}</td><td>{esc(f.time or 'TBC')}</td><td>{esc(f.opposition)}</td>"
            f"<td>{f.venue}</td><td>{esc(f.competition)}</td><td>{result}</td><td>{report}</td></tr>"
        )
    notes = [f"{f.shown_day}: {f.note}" for f in rows if f.note]
    caption = f'<figcaption class="wp-element-caption">{esc(" · ".join(notes))}</figcaption>' if notes else ""
    return f"""<h3 class="wp-block-heading">{month:%B %Y}</h3>

<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>Date</th><th>Time</th><th>Opposition</th><th>H/A</th><th>Competition</th><th>Result</th><th>Report</th></tr></thead><tbody>{"".join(trs)}</tbody></table>{caption}</figure>
"""


CF_TABLE_2425 = [
    ("Swindon Wildcats", 8, 7, 0, 1, 21),
    ("Thornbury Vale", 8, 4, 2, 1, 14),
    ("Cheltenham 2s", 8, 3, 3, 2, 12),
    ("Gloucester City 2s", 8, 3, 1, 4, 10),
]


def _cf_page(season: str) -> str:
    fixtures = CF_FIXTURES[season]
    months: dict[date, list[Fixture]] = {}
    for f in fixtures:
        months.setdefault(f.day.replace(day=1), []).append(f)
    tables = "\n".join(_cf_table(m, rows) for m, rows in months.items())
    buttons = []
    for other in CF_SEASONS:
        style = "is-style-fill" if other == season else "is-style-outline"
        buttons.append(
            f'<div class="wp-block-button {style}"><a class="wp-block-button__link wp-element-button" href="/fixtures/{other}/">{other.replace("-", "/")}</a></div>'
        )
    current = season == CF_SEASONS[0]
    if current:
        intro = "<p>All home matches are played on the water-based pitch at Vale Park, Thornbury Road, BS35 2PL. Push-back times can change at short notice – check the club WhatsApp group on match day.</p>"
        upcoming = next(f for f in fixtures if f.result is None)
        sidebar_next = f"""<section id="block-7" class="widget widget_block"><div class="wp-block-group next-match"><h2 class="wp-block-heading">Next match</h2>
<p><strong>{esc(upcoming.opposition)}</strong> ({"Home" if upcoming.venue == "H" else "Away"})<br>{esc(upcoming.shown_day)} 2025, {esc(upcoming.time or "TBC")}<br>{esc(upcoming.competition)}</p></div></section>"""
        league = "".join(
            f"<tr><td>{i}</td><td>{esc(t)}</td><td>{p}</td><td>{w}</td><td>{d}</td><td>{lo}</td><td>{pts}</td></tr>"
            for i, (t, p, w, d, lo, pts) in enumerate(CF_TABLE_2425, 1)
        )
        sidebar_table = f"""<section id="block-8" class="widget widget_block"><h2 class="wp-block-heading">League table</h2>
<figure class="wp-block-table"><table><thead><tr><th>#</th><th>Team</th><th>P</th><th>W</th><th>D</th><th>L</th><th>Pts</th></tr></thead><tbody>{league}</tbody></table><figcaption class="wp-element-caption">Top four, updated 13 January</figcaption></figure></section>"""
    else:
        intro = f'<p>Final record for the {season.replace("-", "/")} season. Match reports are on the <a href="/category/match-reports/">news page</a>.</p>'
        sidebar_next = ""
        sidebar_table = ""
    title = f"Men’s 1st XI Fixtures &amp; Results {season.replace('-', '/')}"
    page_id = {"2024-25": 1874, "2023-24": 1412, "2022-23": 988}[season]
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – Thornbury Vale Hockey Club</title>
<link rel="canonical" href="{CF_HOST}/fixtures/{season}/">
<link rel="stylesheet" id="astra-theme-css-css" href="{CF_HOST}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="{CF_HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="page-template-default page page-id-{page_id} page-child parent-pageid-612 wp-custom-logo ast-desktop ast-page-builder-template ast-right-sidebar astra-4.8.3">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hfb-header" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="{CF_HOST}/" class="custom-logo-link" rel="home"><img width="120" height="120" src="{CF_HOST}/wp-content/uploads/2021/08/tvhc-crest-120x120.png" class="custom-logo" alt="Thornbury Vale Hockey Club" decoding="async"></a></span>
<div class="ast-site-title-wrap"><span class="site-title"><a href="{CF_HOST}/" rel="home">Thornbury Vale Hockey Club</a></span><p class="site-description">Est. 1923 · Men’s, Women’s, Mixed &amp; Junior hockey</p></div></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main menu"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-20"><a href="{CF_HOST}/" class="menu-link">Home</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-has-children menu-item-21"><a href="{CF_HOST}/teams/" class="menu-link">Teams</a><ul class="sub-menu"><li class="menu-item"><a href="{CF_HOST}/teams/mens-1st-xi/" class="menu-link">Men’s 1st XI</a></li><li class="menu-item"><a href="{CF_HOST}/teams/mens-2nd-xi/" class="menu-link">Men’s 2nd XI</a></li><li class="menu-item"><a href="{CF_HOST}/teams/ladies-1st-xi/" class="menu-link">Ladies 1st XI</a></li><li class="menu-item"><a href="{CF_HOST}/teams/juniors/" class="menu-link">Juniors</a></li></ul></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page current-page-ancestor current-menu-ancestor menu-item-22"><a href="{CF_HOST}/fixtures/" class="menu-link">Fixtures</a></li>
<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-23"><a href="{CF_HOST}/category/match-reports/" class="menu-link">Match reports</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24"><a href="{CF_HOST}/join-us/" class="menu-link">Join us</a></li>
<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="{CF_HOST}/contact/" class="menu-link">Contact</a></li>
</ul></div></nav>
</div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-{page_id} page type-page status-publish ast-article-single" id="post-{page_id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">{title}</h1></header>
<div class="entry-content clear" itemprop="text">
{intro}

<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">{"".join(buttons)}</div>

{tables}
<p class="has-small-font-size">Key: H = home, A = away, w/o = walkover. Results are shown as Thornbury Vale’s score first.</p>
</div>
</article>
</main>
</div>
<div class="widget-area secondary" id="secondary" role="complementary" aria-label="Primary Sidebar"><div class="sidebar-main">
{sidebar_next}
{sidebar_table}
<section id="block-9" class="widget widget_block"><h2 class="wp-block-heading">Our sponsors</h2><figure class="wp-block-gallery has-nested-images columns-2"><figure class="wp-block-image size-medium"><a href="https://www.valemotors.example/"><img src="{CF_HOST}/wp-content/uploads/2024/08/vale-motors-300x150.png" alt="Vale Motors"></a></figure><figure class="wp-block-image size-medium"><a href="https://www.theswan-thornbury.example/"><img src="{CF_HOST}/wp-content/uploads/2024/08/the-swan-300x150.png" alt="The Swan, Thornbury"></a></figure></figure></section>
<section id="block-10" class="widget widget_block widget_recent_entries"><h2 class="wp-block-heading">Latest news</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="{CF_HOST}/2025/01/12/ladies-2s-top-at-the-halfway-mark/">Ladies 2s top at the halfway mark</a></li><li><a class="wp-block-latest-posts__post-title" href="{CF_HOST}/2025/01/06/back-to-training-pitch-times-for-january/">Back to training: pitch times for January</a></li><li><a class="wp-block-latest-posts__post-title" href="{CF_HOST}/2024/12/16/christmas-mixed-tournament-results/">Christmas mixed tournament results</a></li></ul></section>
</div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-builder-grid-row-container-inner"><div class="ast-footer-copyright"><p>Copyright © 2025 Thornbury Vale Hockey Club · Affiliated to England Hockey · <a href="{CF_HOST}/safeguarding/">Safeguarding</a> · <a href="{CF_HOST}/privacy-policy/">Privacy</a></p></div></div></div></footer>
</div>
<script src="{CF_HOST}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
</body>
</html>"""


@wave
def build_clubfixtures() -> None:
    s = Site(
        "clubfixtures",
        kind="fixtures & results (amateur hockey club on WordPress + Astra 2024–25: one page per season /fixtures/2024-25/, an h3 month heading ('September 2024') then a Gutenberg figure.wp-block-table per month, columns Date ('Sat 14th Sep', no year) / Time / Opposition / H/A / Competition / Result ('W 3-1', 'Postponed', empty for upcoming) / Report link; season buttons as the pagination; a league table in the sidebar)",
        start="fixtures/2024-25/",
        description=(
            "Thornbury Vale Hockey Club's Men's 1st XI fixtures & results, hand-maintained WordPress pages (Astra theme, block "
            "editor), one child page per season: /fixtures/2024-25/ (the current season, part played), /fixtures/2023-24/ and "
            "/fixtures/2022-23/, linked from a wp-block-buttons row of season buttons ('2024/25', '2023/24', '2022/23'). For each "
            "month an h3.wp-block-heading 'September 2024' followed by figure.wp-block-table.is-style-stripes > table.has-fixed-layout "
            "with a thead (Date / Time / Opposition / H/A / Competition / Result / Report) and one row per match: the date as 'Sat 14th "
            "Sep' (the year only in the month heading, a season crossing New Year), the push-back '12:30' or 'TBC', the opposition, "
            "'H' or 'A', the competition ('West Div 2', 'Cup R1', 'Friendly'), the result in strong ('W 3-1', 'L 2-2 (3-4 pens)', "
            "'W w/o') or em ('Postponed', 'Cancelled') or an empty cell for matches not yet played, and a 'Report' link to a blog "
            "post on some rows; a figcaption under some tables explains postponements. Noise: an intro paragraph, a key line, the "
            "Astra header menu with a Teams submenu, a sidebar 'Next match' widget repeating one fixture and a 'League table' "
            "table (current season only), sponsors and latest posts. Written down: date, time (when not TBC), opposition, "
            "home_away ('H' / 'A'), competition, result (when shown), url (the report link)."
        ),
    )
    for season in CF_SEASONS:
        s.list_page(f"fixtures/{season}/index.html", _cf_page(season))
    for season in CF_SEASONS:
        for f in CF_FIXTURES[season]:
            s.expect(
                {
                    "date": f.day.isoformat(),
                    "time": f.time,
                    "opposition": f.opposition,
                    "home_away": f.venue,
                    "competition": f.competition,
                    "result": f.result,
                    "url": f.url,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# gitlab-tags (FROZEN): the Tags page of a GitLab.com project (GitLab 17.x, 2024–25), 20 tags a page
# ---------------------------------------------------------------------------------------------------

GL_PROJECT = "/ferrite-io/tessera"
GL_NOW = datetime(2025, 6, 18, 10, 30, tzinfo=UTC)
GL_SIZES = [20, 20, 3]

# (tag, days before the previous tag, commit title, annotated message, release name)
GL_TAGS: list[tuple[str, int, str, str | None, str | None]] = [
    ("v2.9.1", 2, "chore(release): 2.9.1", "Release 2.9.1", "v2.9.1"),
    ("v2.9.0", 9, "chore(release): 2.9.0", "Release 2.9.0", "Tessera 2.9 — “Basalt”"),
    ("v2.9.0-rc.2", 6, "fix(tiles): keep z-order stable when merging overlapping layers", None, None),
    ("v2.9.0-rc.1", 8, "Merge branch 'feature/async-tile-loader' into 'main'", None, None),
    ("v2.8.3", 11, "fix(cli): --output no longer ignored with --dry-run", "Security and bug-fix release", "v2.8.3"),
    ("v2.8.2", 13, "chore(release): 2.8.2", None, "v2.8.2"),
    ("v2.8.1", 5, 'Revert "perf: cache projection matrices per worker"', None, "v2.8.1"),
    ("v2.8.0", 19, "chore(release): 2.8.0", "Release 2.8.0", "Tessera 2.8 — “Andesite”"),
    ("v2.8.0-rc.1", 7, "Merge branch '412-vector-tile-clipping' into 'main'", None, None),
    ("v2.7.4", 16, "fix: panic on empty GeoJSON FeatureCollection (#408)", None, "v2.7.4"),
    ("v2.7.3", 12, "chore(deps): bump golang.org/x/image from 0.18.0 to 0.19.0", None, "v2.7.3"),
    ("v2.7.2", 9, "fix(render): antialiasing artefacts at tile seams", None, "v2.7.2"),
    ("v2.7.1", 4, "ci: publish container image for linux/arm64", None, "v2.7.1"),
    ("v2.7.0", 24, "chore(release): 2.7.0", "Release 2.7.0", "Tessera 2.7"),
    ("v2.6.2", 15, "fix(mbtiles): close the database handle on early return", None, "v2.6.2"),
    ("v2.6.1", 6, "docs: correct the cache-dir example in the README", None, "v2.6.1"),
    ("v2.6.0", 27, "chore(release): 2.6.0", "Release 2.6.0", "Tessera 2.6"),
    ("v2.5.3", 14, "fix(server): honour If-None-Match for tile requests", None, "v2.5.3"),
    ("v2.5.2", 10, "Merge branch 'hotfix/memory-leak-style-reload' into 'release-2.5'", None, "v2.5.2"),
    ("v2.5.1", 8, "build: drop the CGO dependency from the default build", None, "v2.5.1"),
    ("v2.5.0", 31, "chore(release): 2.5.0", "Release 2.5.0", "Tessera 2.5"),
    ("v2.4.1", 12, "fix(style): accept hsl() colours with percentages", None, "v2.4.1"),
    ("v2.4.0", 29, "chore(release): 2.4.0", "Release 2.4.0", "Tessera 2.4"),
    ("v2.3.2", 18, "fix: race between tile eviction and render (#311)", None, "v2.3.2"),
    ("v2.3.1", 7, "chore(release): 2.3.1", None, "v2.3.1"),
    ("v2.3.0", 33, "feat: PMTiles v3 reader", "Release 2.3.0", "Tessera 2.3"),
    ("v2.2.1", 16, "fix(cli): exit code 2 on invalid config", None, None),
    ("v2.2.0", 35, "chore(release): 2.2.0", "Release 2.2.0", "Tessera 2.2"),
    ("v2.1.0", 41, "chore(release): 2.1.0", "Release 2.1.0", "Tessera 2.1"),
    ("v2.0.1", 12, "fix: module path for v2 (go.mod)", None, "v2.0.1"),
    ("v2.0.0", 22, "chore(release): 2.0.0", "Tessera 2.0.0\n\nBreaking: the style format moved to v8.", "Tessera 2.0"),
    ("v2.0.0-beta.1", 30, "Merge branch 'v2-style-spec' into 'main'", None, None),
    ("v1.9.3", 19, "Bump version to 1.9.3", None, None),
    ("v1.9.2", 11, "Fix crash when the font directory is missing", None, None),
    ("v1.9.1", 8, "Bump version to 1.9.1", None, None),
    ("v1.9.0", 37, "Bump version to 1.9.0", "Version 1.9.0", None),
    (
        "docs-2023-10",
        6,
        "Update screenshots for the new documentation site",
        "Snapshot of the docs before the 2.0 rewrite",
        None,
    ),
    ("v1.8.0", 44, "Bump version to 1.8.0", None, None),
    ("v1.7.2", 17, "Fix tile URL template with subdomains", None, None),
    ("v1.7.1", 9, "Bump version to 1.7.1", None, None),
    ("v1.7.0", 52, "Add Prometheus metrics endpoint", None, None),
    ("v1.6.0", 48, "Bump version to 1.6.0", None, None),
    ("v1.5.0", 61, "Initial public release on GitLab", None, None),
]


@dataclass(frozen=True)
class GlTag:
    """One row of the tags list."""

    name: str
    committed: datetime
    title: str
    message: str | None
    release: str | None

    @property
    def url(self) -> str:
        return f"{GL_PROJECT}/-/tags/{self.name}"

    @property
    def sha(self) -> str:
        return _hex("tessera" + self.name, 40)

    @property
    def short_sha(self) -> str:
        return self.sha[:8]

    @property
    def protected(self) -> bool:
        return self.name.startswith("v")

    @property
    def signed(self) -> bool:
        return self.message is not None and self.name.startswith("v2")


def _gl_tags() -> list[GlTag]:
    out, at = [], datetime(2025, 6, 16, 8, 12, 44, tzinfo=UTC)
    for i, (name, gap, title, message, release) in enumerate(GL_TAGS):
        at = at - timedelta(days=gap if i else 0, hours=(i * 7) % 11, minutes=(i * 13) % 47)
        out.append(GlTag(name, at, title, message, release))
    return out


def _ago(then: datetime) -> str:
    """timeago.js as GitLab configures it."""
    seconds = (GL_NOW - then).total_seconds()
    days = int(seconds // 86400)
    if days < 1:
        hours = int(seconds // 3600)
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    for unit, size, limit in (("day", 1, 7), ("week", 7, 30), ("month", 30, 365)):
        if days < limit:
            n = days // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    n = days // 365
    return f"{n} year{'s' if n != 1 else ''} ago"


def _gl_icon(name: str, css: str = "s16 gl-icon") -> str:
    return f'<svg class="{css}" data-testid="{name}-icon"><use href="/assets/icons-8791a66659d025e0a4c801978c79a1fbd82db1d27d85f044a35728ea7cf0ae80.svg#{name}"></use></svg>'


def _gl_row(t: GlTag) -> str:
    commit_url = f"{GL_PROJECT}/-/commit/{t.sha}"
    protected = (
        '<span class="gl-badge badge badge-pill badge-neutral md gl-ml-2"><span class="gl-badge-content">protected</span></span>'
        if t.protected
        else ""
    )
    c = t.committed
    tooltip = f"{c:%b} {c.day}, {c.year} {c.hour % 12 or 12}:{c:%M}{'am' if c.hour < 12 else 'pm'}"
    when = f'<time class="js-timeago" title="{tooltip}" datetime="{c:%Y-%m-%dT%H:%M:%SZ}" data-toggle="tooltip" data-placement="top" data-container="body">{_ago(c)}</time>'
    release = ""
    if t.release:
        release = f"""<span>
{_gl_icon("rocket", "s12 gl-icon gl-fill-icon-subtle")}
Release:
<a class="!gl-text-link" data-testid="release-link" href="{GL_PROJECT}/-/releases/{t.name}">{esc(t.release)}</a>
</span>"""
    message = f'<pre class="wrap gl-mt-3 gl-max-w-80">{esc(t.message)}</pre>' if t.message else ""
    signature = (
        '<a class="signature-badge gl-display-inline-block gl-mr-3 js-loading-signature-badge" role="button" tabindex="0" '
        'data-title="&lt;span class=&#39;gl-mr-2&#39;&gt;This tag was signed with a &lt;strong&gt;verified&lt;/strong&gt; signature.&lt;/span&gt;">'
        '<span class="gl-badge badge badge-pill badge-success md"><span class="gl-badge-content">Verified</span></span></a>'
        if t.signed
        else ""
    )
    prefix = f"tessera-{t.name}"
    archive = f"{GL_PROJECT}/-/archive/{t.name}/{prefix}"
    downloads = "".join(
        f'<li class="gl-dropdown-item"><a rel="nofollow" download="" class="dropdown-item" href="{archive}.{fmt}"><div class="gl-dropdown-item-text-wrapper">{fmt}</div></a></li>'
        for fmt in ("zip", "tar.gz", "tar.bz2", "tar")
    )
    edit = (
        f'<a class="btn gl-button btn-default btn-icon has-tooltip" title="Edit release" aria-label="Edit release" href="{GL_PROJECT}/-/releases/{t.name}/edit">{_gl_icon("pencil")}</a>'
        if t.release
        else ""
    )
    return f"""<li class="flex-row allow-wrap js-tag-list" data-testid="tag-row-content">
<div class="row-main-content">
{_gl_icon("tag")}
<a class="item-title ref-name gl-ml-2" data-testid="tag-name-link" href="{t.url}">{esc(t.name)}</a>
<button class="btn btn-clipboard gl-button btn-default-tertiary btn-icon btn-sm" data-title="Copy tag name" data-clipboard-text="{esc(t.name)}" type="button" title="Copy tag name" aria-label="Copy tag name">{_gl_icon("copy-to-clipboard")}</button>
{protected}
<div class="block-truncated">
<div class="branch-commit cgray">
<a class="commit-sha" href="{commit_url}">{t.short_sha}</a>
·
<span class="str-truncated">
<a class="commit-row-message" href="{commit_url}">{esc(t.title)}</a>
</span>
·
{when}
</div>
</div>
{release}
{message}
</div>
<div class="row-fixed-content controls flex-row gl-gap-3">
{signature}
{edit}
<div class="project-action-button dropdown gl-dropdown inline">
<button class="gl-button btn btn-default btn-md btn-icon dropdown-toggle gl-dropdown-toggle dropdown-icon-only has-tooltip" title="Download" data-toggle="dropdown" aria-label="Download" data-display="static" type="button">{_gl_icon("download")}<span class="gl-dropdown-button-text gl-sr-only">Download</span>{_gl_icon("chevron-down", "s16 gl-icon dropdown-chevron")}</button>
<div class="dropdown-menu dropdown-menu-right"><div class="gl-dropdown-inner"><div class="gl-dropdown-contents"><ul>
<li class="gl-dropdown-section-header"><header class="dropdown-header">Download source code</header></li>
{downloads}
</ul></div></div></div>
</div>
</div>
</li>"""


def _gl_href(number: int) -> str:
    return f"{GL_PROJECT}/-/tags" + (f"?page={number}" if number > 1 else "")


def _gl_pagination(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="page-item prev"><a rel="prev" class="page-link" href="{_gl_href(number - 1)}">Prev</a></li>'
        )
    else:
        items.append('<li class="page-item prev disabled"><span class="page-link">Prev</span></li>')
    for n in range(1, total + 1):
        if n == number:
            items.append(
                f'<li class="page-item active js-pagination-page"><a class="page-link" href="{_gl_href(n)}">{n}</a></li>'
            )
        else:
            rel = ' rel="prev"' if n == number - 1 else ' rel="next"' if n == number + 1 else ""
            items.append(
                f'<li class="page-item js-pagination-page"><a{rel} class="page-link" href="{_gl_href(n)}">{n}</a></li>'
            )
    if number < total:
        items.append(
            f'<li class="page-item next"><a rel="next" class="page-link" href="{_gl_href(number + 1)}">Next</a></li>'
        )
    else:
        items.append('<li class="page-item next disabled"><span class="page-link">Next</span></li>')
    return (
        '<div class="gl-pagination gl-mt-3">\n<ul class="pagination justify-content-center">\n'
        + "\n".join(items)
        + "\n</ul>\n</div>"
    )


def _gl_sidebar() -> str:
    links = [
        ("Project overview", GL_PROJECT, "project"),
        ("Issues", f"{GL_PROJECT}/-/issues", "issues"),
        ("Merge requests", f"{GL_PROJECT}/-/merge_requests", "merge-request"),
        ("Files", f"{GL_PROJECT}/-/tree/main", "doc-text"),
        ("Commits", f"{GL_PROJECT}/-/commits/main", "commit"),
        ("Branches", f"{GL_PROJECT}/-/branches", "branch"),
        ("Tags", f"{GL_PROJECT}/-/tags", "tag"),
        ("Releases", f"{GL_PROJECT}/-/releases", "rocket"),
        ("Pipelines", f"{GL_PROJECT}/-/pipelines", "pipeline"),
        ("Wiki", f"{GL_PROJECT}/-/wikis/home", "book"),
    ]
    lis = []
    for label, href, icon in links:
        active = " super-sidebar-nav-item-current" if label == "Tags" else ""
        aria = ' aria-current="page"' if active else ""
        lis.append(
            f'<li><a class="super-sidebar-nav-item gl-flex gl-items-center gl-rounded-base{active}" data-track-label="{slug(label)}" href="{href}"{aria}><span class="gl-flex gl-w-6 gl-shrink-0">{_gl_icon(icon)}</span><span class="gl-grow gl-text-default gl-break-words">{label}</span></a></li>'
        )
    return f"""<aside class="js-super-sidebar super-sidebar super-sidebar-has-peeked" data-testid="super-sidebar" aria-label="Primary navigation">
<div class="user-bar gl-flex gl-gap-1 gl-p-3"><a class="brand-logo" href="/" title="Homepage">GitLab</a><a class="gl-button btn btn-confirm btn-sm" href="/users/sign_in?redirect_to_referer=yes">Sign in</a><a class="gl-button btn btn-default btn-sm" href="/users/sign_up">Register</a></div>
<nav class="contextual-nav" aria-label="Project navigation"><div class="gl-px-3 gl-py-2 context-switcher"><span class="gl-truncate-end gl-font-bold">Tessera</span></div><ul class="gl-list-none gl-p-0 gl-m-0">{"".join(lis)}</ul></nav>
<div class="super-sidebar-help-center"><a href="https://about.gitlab.com/pricing/">Pricing</a> · <a href="https://docs.gitlab.com/">Help</a></div>
</aside>"""


def _gl_page(number: int, total: int, tags: list[GlTag]) -> str:
    rows = "\n".join(_gl_row(t) for t in tags)
    return f"""<!DOCTYPE html>
<html class="gl-light ui-neutral with-header" lang="en">
<head prefix="og: http://ogp.me/ns#">
<meta charset="utf-8">
<meta content="IE=edge" http-equiv="X-UA-Compatible">
<meta content="width=device-width, initial-scale=1" name="viewport">
<title>Tags · Ferrite IO / Tessera · GitLab</title>
<meta content="GitLab" property="og:site_name">
<meta content="Tags · Ferrite IO / Tessera · GitLab" property="og:title">
<meta content="Tessera renders and serves vector and raster map tiles from MBTiles, PMTiles and PostGIS. Written in Go." property="og:description">
<link rel="alternate" type="application/atom+xml" title="Tessera tags" href="{GL_PROJECT}/-/tags?format=atom">
<link rel="stylesheet" href="/assets/application-5f8dc06a47a6f5c7b9fd63f72bd2a1c5d0c4a9e6b5f0f2a8e3b7c1d9a4e6f2b0.css" media="all">
<meta content="origin-when-cross-origin" name="referrer">
<meta name="csrf-param" content="authenticity_token">
</head>
<body class="tab-width-8 gl-browser-firefox gl-platform-linux page-initialised" data-find-file="{GL_PROJECT}/-/find_file/main" data-group="ferrite-io" data-group-full-path="ferrite-io" data-namespace-id="71204388" data-page="projects:tags:index" data-page-type-id="tessera" data-project="tessera" data-project-full-path="ferrite-io/tessera" data-project-id="50913377">
<div class="layout-page page-with-super-sidebar">
{_gl_sidebar()}
<div class="content-wrapper">
<div class="broadcast-wrapper"></div>
<div class="alert-wrapper gl-force-block-formatting-context"></div>
<div class="top-bar-fixed container-fluid" data-testid="top-bar"><div class="top-bar-container gl-flex gl-items-center gl-gap-2">
<nav aria-label="Breadcrumbs" class="breadcrumbs gl-breadcrumbs tmp-breadcrumbs-fix" data-testid="breadcrumb-links"><ul class="breadcrumb gl-breadcrumb-list js-breadcrumbs-list">
<li class="gl-breadcrumb-item"><a href="/ferrite-io">Ferrite IO</a></li>
<li class="gl-breadcrumb-item"><a href="{GL_PROJECT}">Tessera</a></li>
<li class="gl-breadcrumb-item"><a href="{GL_PROJECT}/-/tree/main">Repository</a></li>
<li class="gl-breadcrumb-item"><a href="{GL_PROJECT}/-/tags">Tags</a></li>
</ul></nav>
</div></div>
<div class="container-fluid container-limited project-highlight-puc">
<main class="content" id="content-body" itemscope itemtype="http://schema.org/SoftwareSourceCode">
<div class="flash-container flash-container-page sticky" data-testid="flash-container"></div>
<div class="gl-flex gl-flex-wrap gl-items-center gl-justify-between gl-gap-y-3 gl-my-5">
<div class="gl-flex gl-flex-col gl-gap-3">
<h1 class="gl-heading-1 !gl-m-0" data-testid="page-heading">Tags</h1>
<div class="gl-w-full gl-text-subtle" data-testid="page-heading-description">Tags give the ability to mark specific points in history as being important</div>
</div>
<div class="page-heading-actions gl-flex gl-items-center gl-gap-3 gl-self-start"><a class="gl-button btn btn-md btn-default has-tooltip gl-ml-auto btn-icon" title="Tags feed" href="{GL_PROJECT}/-/tags?format=atom">{_gl_icon("rss")}</a></div>
</div>
<div class="row-content-block">
<div id="js-tags-sort-dropdown" data-filter-tags-path="{GL_PROJECT}/-/tags" data-sort-options="{{&quot;name_asc&quot;:&quot;Name&quot;,&quot;updated_asc&quot;:&quot;Oldest updated&quot;,&quot;updated_desc&quot;:&quot;Last updated&quot;}}">
<div class="gl-flex gl-gap-3"><div class="gl-search-box-by-click gl-grow"><input class="gl-form-input form-control" type="search" placeholder="Filter by tag name" aria-label="Filter by tag name"></div><button class="btn gl-button btn-default dropdown-toggle" type="button">Last updated</button></div>
</div>
</div>
<ul class="flex-list content-list">
{rows}
</ul>
{_gl_pagination(number, total)}
</main>
</div>
</div>
</div>
<footer class="gl-sr-only">GitLab.com · <a href="https://about.gitlab.com/terms/">Terms</a> · <a href="https://about.gitlab.com/privacy/">Privacy</a> · <a href="/-/cookie_preferences">Cookie preferences</a></footer>
</body>
</html>"""


@wave
def build_gitlab_tags() -> None:
    s = Site(
        "gitlab-tags",
        kind="repository tags list (GitLab 17 project Tags page 2024–25: ul.flex-list.content-list > li.flex-row.js-tag-list, a.item-title.ref-name tag link, 'protected' gl-badge, div.branch-commit with a.commit-sha short SHA, a.commit-row-message title and time.js-timeago '3 weeks ago' with datetime, 'Release:' rocket link on some, pre tag message on annotated tags, a download dropdown of zip / tar.gz / tar.bz2 / tar archive links; gl-pagination Prev / 1 2 3 / Next over ?page=N, 20 a page)",
        start=f"{GL_PROJECT.lstrip('/')}/-/tags",
        description=(
            "The Tags page of a Go project 'ferrite-io/tessera' on GitLab.com as a signed-out visitor sees it in 2025 (GitLab "
            "17, Pajamas): the super sidebar of project navigation with Sign in / Register, breadcrumbs, the page heading 'Tags' with "
            "its description and an RSS button, the filter box and 'Last updated' sort dropdown, then ul.flex-list.content-list of "
            "li.flex-row.allow-wrap.js-tag-list rows: div.row-main-content with a tag icon, a.item-title.ref-name (the tag name, "
            "linking to /-/tags/NAME), a copy-to-clipboard button, a 'protected' badge on v* tags, div.branch-commit with "
            "a.commit-sha (8-character short SHA) · span.str-truncated > a.commit-row-message (the commit title) · "
            "time.js-timeago whose text is relative ('2 days ago', '3 weeks ago', '4 months ago', '1 year ago') and whose "
            "datetime is the ISO commit time; a 'Release:' span with a rocket icon and a link to /-/releases/NAME (named "
            "'v2.8.3' or 'Tessera 2.9 — “Basalt”') on released tags; a pre.wrap with the annotated tag's message on some; and "
            "div.row-fixed-content: a 'Verified' signature badge on signed tags, an edit-release icon button, and a download "
            "dropdown (button + dropdown-menu of zip, tar.gz, tar.bz2, tar archive links under 'Download source code'). 20 tags a "
            "page, three pages over ?page=N with Kaminari's gl-pagination (Prev disabled on page 1, numbered links, Next). "
            "Written down: name, url, commit (short SHA), commit_title, date (of the commit, from datetime), release (its "
            "name, where linked), message (the tag message, where shown)."
        ),
    )
    tags = _gl_tags()
    pages = chunks(tags, GL_SIZES)
    base = GL_PROJECT.lstrip("/") + "/-/tags"
    for number, page_tags in enumerate(pages, 1):
        text = _gl_page(number, len(pages), page_tags)
        s.list_page(f"{base}/index.html" if number == 1 else f"{base}@page={number}", text)
    for t in tags:
        s.expect(
            {
                "name": t.name,
                "url": t.url,
                "commit": t.short_sha,
                "commit_title": t.title,
                "date": t.committed.date().isoformat(),
                "release": t.release,
                "message": t.message,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in WAVE.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(f"{name:20} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}")


if __name__ == "__main__":
    main()
