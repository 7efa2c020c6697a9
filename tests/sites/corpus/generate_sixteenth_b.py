"""Sixteenth wave, part B: three comparison-page families, written and measured before any heuristic
was changed for them (a SaaS pricing page, a US savings-account "best of" list and a German mobile
tariff comparison).

* **planpricing** — a SaaS pricing page (``/pricing``, a Next.js marketing site of 2024–25 in the way
  of Notion / Linear / Vercel: CSS-module classes ``PlanCard_card__xYz12``, ``data-testid`` hooks): a
  sticky header with a "Get Quillnote free" button, a hero, a billing toggle (``role=radiogroup``,
  "Pay yearly" checked, "Pay monthly", a "Save up to 20%" pill), then four plan cards: the name, a
  "Most popular" badge on one, a tagline, the price ``$10`` with "per seat/month" and "billed
  annually" (the monthly price in a ``hidden`` span and in ``data-price-monthly``), "$0" for Free and
  "Contact sales" (no price) for Enterprise, a CTA link ("Sign up", "Get started", "Contact sales")
  with ``?plan=`` in its href, and a features list ("Everything in Plus, and:" heading over ``li``
  items with check SVGs). Below: an add-on card (the AI add-on, "$8 per member/month billed
  annually"), a logo strip, a long comparison table (one column per plan, sticky plan header row
  repeating the names, prices and CTAs, check icons with sr-only "Included" / dashes with
  "Not included", text cells "Up to 10 guests"), three testimonial cards, an FAQ accordion of
  ``details`` / ``summary``, a final CTA, a five-column footer, a OneTrust banner and
  ``__NEXT_DATA__`` with the plans' ids and prices in cents. Four records. Written down: name,
  description, price, currency, billing, badge, cta, url (the CTA's href), features (a list).
* **ratecompare** — a NerdWallet / Bankrate "Best High-Yield Savings Accounts of March 2025" list
  (``/banking/best-high-yield-savings-accounts/``, hashed ``_1a2b3`` classes beside BEM names,
  ``data-testid`` hooks): the header, breadcrumbs, h1, byline with "Updated Mar 14, 2025", an
  "Advertiser disclosure" popover, a "Featured offer" sponsored card (an advertiser that is not in
  the list), on page 1 a summary table repeating the page's accounts (name, rating, APY, "Learn
  more"), then ``div[data-testid=product-card]`` cards: an "Editor's pick" badge on some, the bank
  logo, the product name h3 with the bank under it ("Forbright Bank, Member FDIC"), the rating
  "4.5" + "/5" with stars and a tooltip button (absent on one: "Not yet rated"), a "Best for …" line,
  a data grid of "APY" "4.35%" (with "as of 03/14/2025" in a disclaimer under it), "Min. balance for
  APY" "$0", "Monthly fee" "$0", a "Learn more" affiliate link (``/redirect/…?…``) with "on
  Forbright Bank's website" under it, a "Read review" link on most, Pros / Cons lists in a
  collapsed ``details``. An in-list ad slot, a methodology box, "?page=N" pagination, an FAQ and the
  footer. Ten, ten and six accounts. Written down: title, bank, url (the Learn more link), apy,
  min_balance, currency, monthly_fee, rating, as_of, best_for.
* **tarifvergleich** — a Check24 / Verivox mobile tariff comparison
  (``/handytarife/vergleich/``, 2024–25: hashed ``c24-…`` / CSS-module classes, ``data-testid``
  hooks): the header, the search form, "312 Tarife gefunden", a filter sidebar (Datenvolumen,
  Netz, Laufzeit, with counts), sort buttons, then ``article[data-testid=tariff-card]`` tiles: the
  provider logo (alt "congstar") and name, the tariff name h3, a row of key facts: "20 GB" with
  "5G" / "LTE" chip, "D-Netz (Telekom)", "bis zu 50 Mbit/s", a checked feature list (Allnet-Flat,
  EU-Roaming, eSIM…), the grade badge "Note" "1,5" "sehr gut", the price "9,99 €" + "mtl.", on some
  "ab dem 25. Monat 14,99 €" or "Durchschnitt mtl. 11,66 €", "Anschlusspreis 39,99 €" / "einmalig
  0,00 €", the term "24 Monate" / "monatlich kündbar", "Angebot ansehen" (the tariff's page) and
  "Tarifdetails" buttons, a Vergleichen checkbox. An "Anzeige" tile (a provider deal linking to a
  click-out redirect) first on every page, an info banner between tiles, ``?seite=N`` pagination,
  SEO text, the footer and a consent dialog. Ten, ten and six tariffs. Written down: provider,
  title, url, data_gb, network, speed, price, currency, connection_fee, term, grade.

Run ``uv run python tests/sites/corpus/generate_sixteenth_b.py`` to rebuild them (the helpers and
the conventions are those of ``generate.py``; see the corpus README). Every site here is **open**.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from generate import ROOT, Site, chunks, esc, slug

SIXTEENTH_B: dict[str, Callable[[], None]] = {}
NBSP = "\u00a0"


def sixteenth_b(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    SIXTEENTH_B[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _hash(text: str, length: int = 5) -> str:
    """A stable mixed-case token, as CSS-module and emotion class hashes are."""
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    number = zlib.crc32(text.encode()) * 7919 + zlib.crc32(text[::-1].encode())
    out = ""
    for _ in range(length):
        number, digit = divmod(number, len(letters))
        out += letters[digit]
    return out


def _m(block: str) -> str:
    """A Next.js CSS-module class: ``PlanCard_card__xYz12``."""
    return f"{block}__{_hash(block)}"


def _de_money(value: float) -> str:
    """``1299.0`` → ``1.299,00``."""
    whole, cents = f"{value:,.2f}".split(".")
    return f"{whole.replace(',', '.')},{cents}"


CHECK_SVG = '<svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16"><path d="M6.2 11.4 2.8 8l-1 1 4.4 4.4 8.4-8.4-1-1z" fill="currentColor"></path></svg>'


# ---------------------------------------------------------------------------------------------------
# planpricing: a SaaS pricing page (Next.js marketing site, 2024–2025).
# ---------------------------------------------------------------------------------------------------

PP_START = "pricing/"

# (id, name, tagline, annual price, monthly price, cta, cta href, badge, features heading, features)
PP_PLANS: list[tuple[Any, ...]] = [
    (
        "free",
        "Free",
        "For individuals to organize personal projects and life",
        0,
        0,
        "Sign up",
        "/signup?plan=free",
        None,
        None,
        [
            "Collaborative workspace",
            "Integrate with Slack, GitHub & more",
            "Basic page analytics",
            "7 day page history",
            "Invite 10 guests",
        ],
    ),
    (
        "plus",
        "Plus",
        "For small teams and professionals to work together",
        10,
        12,
        "Get started",
        "/signup?plan=plus&billing=yearly",
        "Most popular",
        "Everything in Free, and:",
        [
            "Unlimited blocks for teams",
            "Unlimited file uploads",
            "30 day page history",
            "Invite 100 guests",
            "Synced databases with 3rd party apps",
            "Custom websites",
        ],
    ),
    (
        "business",
        "Business",
        "For growing businesses to streamline teamwork",
        15,
        18,
        "Get started",
        "/signup?plan=business&billing=yearly",
        None,
        "Everything in Plus, and:",
        [
            "SAML SSO",
            "Private teamspaces",
            "Bulk PDF export",
            "Advanced page analytics",
            "90 day page history",
            "Invite 250 guests",
        ],
    ),
    (
        "enterprise",
        "Enterprise",
        "For organizations to operate with scalability, control, and security",
        None,
        None,
        "Contact sales",
        "/contact-sales?plan=enterprise",
        None,
        "Everything in Business, and:",
        [
            "User provisioning (SCIM)",
            "Advanced security & controls",
            "Audit log",
            "Customer success manager",
            "Workspace analytics",
            "Unlimited page history",
            "Security & Compliance integrations",
        ],
    ),
]

# (section, [(feature, free, plus, business, enterprise)]) — True = Included, False = Not included, text as shown
PP_COMPARE: list[tuple[str, list[tuple[Any, ...]]]] = [
    (
        "Content",
        [
            (
                "Pages & blocks",
                "Unlimited for individuals, limited block trial for 2+ members",
                "Unlimited",
                "Unlimited",
                "Unlimited",
            ),
            ("File uploads", "Up to 5 MB", "Unlimited", "Unlimited", "Unlimited"),
            ("Page history", "7 days", "30 days", "90 days", "Unlimited"),
            ("Page analytics", "Basic", "Basic", "Advanced", "Advanced"),
        ],
    ),
    (
        "Sharing & collaboration",
        [
            ("Collaborative workspace", True, True, True, True),
            ("Guests", "Up to 10 guests", "Up to 100 guests", "Up to 250 guests", "Custom"),
            ("Custom websites", False, True, True, True),
            ("Private teamspaces", False, False, True, True),
            ("Permission groups", False, True, True, True),
        ],
    ),
    (
        "Admin & security",
        [
            ("SAML single sign-on (SSO)", False, False, True, True),
            ("User provisioning (SCIM)", False, False, False, True),
            ("Audit log", False, False, False, True),
            ("Advanced security & controls", False, False, False, True),
            ("Data residency", False, False, False, "Add-on"),
        ],
    ),
    (
        "Support",
        [
            ("Priority support", False, False, True, True),
            ("Customer success manager", False, False, False, True),
            ("Onboarding & training", False, False, False, True),
        ],
    ),
]

PP_FAQ = [
    (
        "What counts as a seat?",
        "Every workspace member you invite counts as a seat. Guests are free and never count as seats.",
    ),
    (
        "How does annual billing work?",
        "Annual plans are billed once a year up front, at a discount of up to 20% compared with paying monthly.",
    ),
    (
        "Can I switch between plans?",
        "Yes. Upgrades apply immediately and are prorated; downgrades take effect at the end of the billing period.",
    ),
    (
        "Do you offer discounts for students and nonprofits?",
        "Students get Plus for free with a school email address; nonprofits get 50% off Plus and Business.",
    ),
    (
        "What payment methods do you accept?",
        "All major credit cards. Enterprise customers can pay by invoice and bank transfer.",
    ),
    ("Is my data secure?", "Quillnote is SOC 2 Type 2 compliant and encrypts data at rest and in transit."),
]


def _pp_price(plan: tuple[Any, ...]) -> str:
    _pid, _name, _tag, annual, monthly, *_ = plan
    if annual is None:
        return f'<div class="{_m("PlanCard_price")}" data-testid="plan-price"><span class="{_m("PlanCard_customPrice")}">Contact sales</span><p class="{_m("PlanCard_priceCaption")}">Custom pricing for large teams</p></div>'
    if annual == 0:
        return f'<div class="{_m("PlanCard_price")}" data-testid="plan-price" data-price-annual="0" data-price-monthly="0"><span class="{_m("PlanCard_amount")}">$0</span><p class="{_m("PlanCard_priceCaption")}">Free for everyone</p></div>'
    return f"""<div class="{_m("PlanCard_price")}" data-testid="plan-price" data-price-annual="{annual}" data-price-monthly="{monthly}">
       <span class="{_m("PlanCard_amount")}" data-billing="yearly">${annual}</span><span class="{_m("PlanCard_amount")}" data-billing="monthly" hidden>${monthly}</span>
       <span class="{_m("PlanCard_unit")}">per seat/month</span>
       <p class="{_m("PlanCard_priceCaption")}"><span data-billing="yearly">billed annually</span><span data-billing="monthly" hidden>billed monthly</span></p>
      </div>"""


def _pp_card(plan: tuple[Any, ...]) -> str:
    pid, name, tagline, _annual, _monthly, cta, href, badge, heading, features = plan
    badge_html = f'<span class="{_m("PlanCard_badge")}" data-testid="plan-badge">{esc(badge)}</span>' if badge else ""
    heading_html = f'<p class="{_m("PlanCard_featuresHeading")}">{esc(heading)}</p>' if heading else ""
    items = "".join(
        f'<li class="{_m("PlanCard_feature")}"><span class="{_m("PlanCard_check")}">{CHECK_SVG}</span><span>{esc(item)}</span></li>'
        for item in features
    )
    primary = "Button_primary" if badge else "Button_secondary"
    return f"""<div class="{_m("PlanCard_card")}{" " + _m("PlanCard_highlighted") if badge else ""}" data-testid="plan-card-{pid}">
     <div class="{_m("PlanCard_header")}"><h3 class="{_m("PlanCard_name")}">{esc(name)}</h3>{badge_html}</div>
     <p class="{_m("PlanCard_tagline")}">{esc(tagline)}</p>
     {_pp_price(plan)}
     <a class="{_m("Button_button")} {_m(primary)}" href="{esc(href)}" data-analytics="pricing_cta_{pid}">{esc(cta)}</a>
     {"" if pid != "free" else f'<a class="{_m("PlanCard_secondaryCta")}" href="/download">or download the app</a>'}
     <div class="{_m("PlanCard_features")}">{heading_html}<ul class="{_m("PlanCard_featureList")}">{items}</ul></div>
    </div>"""


def _pp_cell(value: Any) -> str:
    if value is True:
        return f'<td class="{_m("CompareTable_cell")}">{CHECK_SVG}<span class="sr-only">Included</span></td>'
    if value is False:
        return f'<td class="{_m("CompareTable_cell")}"><span aria-hidden="true" class="{_m("CompareTable_dash")}">—</span><span class="sr-only">Not included</span></td>'
    return f'<td class="{_m("CompareTable_cell")}">{esc(value)}</td>'


def _pp_compare() -> str:
    head = "".join(
        f'<th scope="col" class="{_m("CompareTable_planHead")}"><span class="{_m("CompareTable_planName")}">{esc(p[1])}</span>'
        + (
            f'<span class="{_m("CompareTable_planPrice")}">${p[3]} <small>per seat/month</small></span>'
            if p[3]
            else f'<span class="{_m("CompareTable_planPrice")}">{"$0" if p[3] == 0 else "Contact sales"}</span>'
        )
        + f'<a class="{_m("Button_button")} {_m("Button_small")}" href="{esc(p[6])}">{esc(p[5])}</a></th>'
        for p in PP_PLANS
    )
    body = ""
    for section, rows in PP_COMPARE:
        body += f'<tbody class="{_m("CompareTable_section")}"><tr><th colspan="5" scope="rowgroup" class="{_m("CompareTable_sectionTitle")}">{esc(section)}</th></tr>'
        for feature, *cells in rows:
            body += f'<tr class="{_m("CompareTable_row")}"><th scope="row" class="{_m("CompareTable_feature")}"><span>{esc(feature)}</span><button class="{_m("Tooltip_trigger")}" aria-label="More about {esc(feature)}">ⓘ</button></th>{"".join(_pp_cell(c) for c in cells)}</tr>'
        body += "</tbody>"
    return f"""<section class="{_m("ComparePlans_section")}" id="compare" aria-labelledby="compare-title">
  <h2 id="compare-title" class="{_m("ComparePlans_title")}">Compare plans &amp; features</h2>
  <div class="{_m("CompareTable_wrapper")}"><table class="{_m("CompareTable_table")}">
   <thead class="{_m("CompareTable_stickyHead")}"><tr><th scope="col"><span class="sr-only">Feature</span></th>{head}</tr></thead>
   {body}
  </table></div>
 </section>"""


def _pp_links(links: list[str]) -> str:
    return "".join(f'<li><a href="/{slug(x)}">{esc(x)}</a></li>' for x in links)


def _pp_page() -> str:
    cards = "".join(_pp_card(p) for p in PP_PLANS)
    faq = "".join(
        f'<details class="{_m("Accordion_item")}"><summary class="{_m("Accordion_summary")}"><h3>{esc(q)}</h3><svg aria-hidden="true" viewBox="0 0 12 12"><path d="M2 4l4 4 4-4"></path></svg></summary><div class="{_m("Accordion_body")}"><p>{esc(a)}</p></div></details>'
        for q, a in PP_FAQ
    )
    quotes = "".join(
        f'<figure class="{_m("Testimonial_card")}"><blockquote>“{esc(text)}”</blockquote><figcaption><img src="/images/customers/{slug(who)}.png" alt="" width="40" height="40"><span class="{_m("Testimonial_name")}">{esc(who)}</span><span class="{_m("Testimonial_role")}">{esc(role)}</span></figcaption></figure>'
        for text, who, role in [
            (
                "We replaced four tools with Quillnote and saved $40 per seat every month.",
                "Dana Whitfield",
                "COO, Larkspur Labs",
            ),
            (
                "Business plan's private teamspaces made our rollout to 600 people painless.",
                "Marco Jansen",
                "IT Lead, Veldhuis Group",
            ),
            (
                "Guests are free, which is the reason our agency picked Plus.",
                "Priya Natarajan",
                "Founder, Northpaw Studio",
            ),
        ]
    )
    logos = "".join(
        f'<li><img src="/images/logos/{slug(n)}.svg" alt="{esc(n)}" height="28"></li>'
        for n in ["Figmint", "Tandem Air", "Lumora", "Pickwell", "Octavo", "Ramble"]
    )
    footer_cols = "".join(
        f'<div class="{_m("Footer_column")}"><h4>{esc(title)}</h4><ul>{_pp_links(links)}</ul></div>'
        for title, links in [
            ("Product", ["Wikis", "Projects", "Docs", "Calendar", "AI", "Templates"]),
            ("Download", ["iOS & Android", "Mac & Windows", "Web Clipper"]),
            ("Resources", ["Help center", "Pricing", "Blog", "Community", "Integrations"]),
            ("Quillnote for", ["Enterprise", "Small business", "Personal", "Startups", "Education"]),
            ("Company", ["About us", "Careers", "Security", "Status", "Terms & privacy"]),
        ]
    )
    next_data = {
        "props": {
            "pageProps": {
                "locale": "en-US",
                "experiment": {"pricingToggleDefault": "yearly", "bucket": "b"},
                "plans": [
                    {
                        "id": p[0],
                        "priceCents": {"yearly": p[3] * 100, "monthly": p[4] * 100} if p[3] is not None else None,
                        "ctaKey": f"pricing.{p[0]}.cta",
                    }
                    for p in PP_PLANS
                ],
                "addOns": [{"id": "ai", "priceCents": {"yearly": 800, "monthly": 1000}}],
            },
            "__N_SSG": True,
        },
        "page": "/[locale]/pricing",
        "query": {"locale": "en-US"},
        "buildId": "kq8Zr1c0Ue7bL2XwN9aFp",
        "isFallback": False,
        "gsp": True,
        "locale": "en-US",
        "locales": ["en-US", "de-DE", "fr-FR", "ja-JP"],
        "scriptLoader": [],
    }
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Pricing plans for every team | Quillnote</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Quillnote is free for individuals. Plus, Business and Enterprise plans for teams, billed per seat.">
<link rel="canonical" href="https://www.quillnote.example/pricing"><link rel="preload" href="/_next/static/css/8a3f0c1d2e.css" as="style"><link rel="stylesheet" href="/_next/static/css/8a3f0c1d2e.css" data-n-g="">
<meta property="og:title" content="Quillnote Pricing"><meta property="og:image" content="https://www.quillnote.example/images/og/pricing.png"></head>
<body><div id="__next">
<a class="sr-only" href="#main">Skip to content</a>
<header class="{_m("GlobalNav_header")}" data-testid="global-nav"><div class="{_m("GlobalNav_inner")}">
 <a class="{_m("GlobalNav_logo")}" href="/" aria-label="Quillnote home"><svg viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="6"></rect></svg><span>Quillnote</span></a>
 <nav aria-label="Main"><ul class="{_m("GlobalNav_menu")}"><li><button aria-expanded="false" class="{_m("GlobalNav_trigger")}">Product</button></li><li><button aria-expanded="false" class="{_m("GlobalNav_trigger")}">Download</button></li><li><button aria-expanded="false" class="{_m("GlobalNav_trigger")}">Solutions</button></li><li><button aria-expanded="false" class="{_m("GlobalNav_trigger")}">Resources</button></li><li><a href="/enterprise">Enterprise</a></li><li><a href="/pricing" aria-current="page">Pricing</a></li></ul></nav>
 <div class="{_m("GlobalNav_actions")}"><a href="/contact-sales">Request a demo</a><a href="/login">Log in</a><a class="{_m("Button_button")} {_m("Button_primary")}" href="/signup">Get Quillnote free</a></div>
</div></header>
<main id="main" class="{_m("PricingPage_main")}">
 <section class="{_m("PricingHero_hero")}"><h1 class="{_m("PricingHero_title")}">One tool for your whole company.<br>Free for teams to try.</h1>
  <p class="{_m("PricingHero_subtitle")}">Trusted by teams at over 50% of Fortune 500 companies</p>
  <div class="{_m("BillingToggle_toggle")}" role="radiogroup" aria-label="Billing period" data-testid="billing-toggle">
   <button role="radio" aria-checked="true" class="{_m("BillingToggle_option")} {_m("BillingToggle_active")}" data-billing="yearly">Pay yearly</button>
   <button role="radio" aria-checked="false" class="{_m("BillingToggle_option")}" data-billing="monthly">Pay monthly</button>
   <span class="{_m("BillingToggle_savePill")}">Save up to 20%</span>
  </div>
 </section>
 <section class="{_m("PlanGrid_grid")}" aria-label="Plans" data-testid="plan-grid">
  {cards}
 </section>
 <p class="{_m("PlanGrid_footnote")}">Prices in USD. Taxes may apply. <a href="#compare">Compare all features</a></p>
 <section class="{_m("AddOn_section")}" aria-labelledby="addon-title"><div class="{_m("AddOn_card")}">
  <span class="{_m("AddOn_eyebrow")}">Add-on</span><h2 id="addon-title" class="{_m("AddOn_title")}">Quillnote AI</h2>
  <p>Add to any paid plan. Ask questions, autofill databases and write faster.</p>
  <div class="{_m("AddOn_price")}" data-price-annual="8" data-price-monthly="10"><span class="{_m("PlanCard_amount")}">$8</span><span class="{_m("PlanCard_unit")}">per member/month</span><p class="{_m("PlanCard_priceCaption")}">billed annually</p></div>
  <a class="{_m("Button_button")} {_m("Button_secondary")}" href="/product/ai">Learn more</a>
 </div></section>
 <section class="{_m("LogoWall_section")}"><p>Powering teams at</p><ul class="{_m("LogoWall_list")}">{logos}</ul></section>
 {_pp_compare()}
 <section class="{_m("Testimonials_section")}"><h2>Teams love Quillnote</h2><div class="{_m("Testimonials_grid")}">{quotes}</div></section>
 <section class="{_m("Faq_section")}" aria-labelledby="faq-title"><h2 id="faq-title">Questions &amp; answers</h2><div class="{_m("Accordion_root")}">{faq}</div><p>More questions? <a href="/help">Visit our help center</a></p></section>
 <section class="{_m("FinalCta_section")}"><h2>Get started for free</h2><p>Play around with it first. Pay and add your team later.</p><a class="{_m("Button_button")} {_m("Button_primary")}" href="/signup">Try Quillnote free</a><a class="{_m("Button_button")} {_m("Button_ghost")}" href="/contact-sales">Request a demo</a></section>
</main>
<footer class="{_m("Footer_footer")}"><div class="{_m("Footer_top")}"><a href="/" aria-label="Quillnote"><svg viewBox="0 0 32 32" aria-hidden="true"></svg></a><ul class="{_m("Footer_social")}"><li><a href="https://x.example/quillnote" aria-label="X">X</a></li><li><a href="https://www.linkedin.example/company/quillnote" aria-label="LinkedIn">in</a></li><li><a href="https://www.youtube.example/@quillnote" aria-label="YouTube">YT</a></li></ul></div>
 <div class="{_m("Footer_columns")}">{footer_cols}</div>
 <div class="{_m("Footer_bottom")}"><button class="{_m("Footer_language")}">English (US)</button><a href="/cookie-settings">Cookie settings</a><span>© 2025 Quillnote Labs, Inc.</span></div>
</footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to improve your experience and for marketing. <a href="/cookie-notice">Cookie notice</a></p><button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-pc-btn-handler">Customize</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, separators=(",", ":"))}</script>
<script src="/_next/static/chunks/pages/%5Blocale%5D/pricing-3b1f9a7c2d.js" defer></script>
</body></html>"""


@sixteenth_b
def build_planpricing() -> None:
    s = Site(
        "planpricing",
        kind="SaaS pricing page (Next.js 2024–25 like Notion / Linear: CSS-module PlanCard_card__xYz12 cards with name, 'Most popular' badge, tagline, '$10' 'per seat/month' 'billed annually' with the monthly price in hidden spans and data attributes, '$0' / 'Contact sales', a CTA, 'Everything in Plus, and:' feature lists; an add-on card, a long comparison table with sr-only 'Included', FAQ accordion, __NEXT_DATA__)",
        start=PP_START,
        description="A SaaS product's /pricing page as Next.js marketing sites served it in 2024–2025 (Notion / Linear / Vercel style; CSS-module classes 'PlanCard_card__aB3xY', data-testid hooks): a global nav with a 'Get Quillnote free' button, a hero, a role=radiogroup billing toggle ('Pay yearly' checked, 'Pay monthly', 'Save up to 20%'), then four div[data-testid^=plan-card] cards: h3 name, a 'Most popular' badge on Plus, a tagline, the price ('$10' + 'per seat/month' + 'billed annually', the monthly '$12' in hidden spans and data-price-monthly; '$0' 'Free for everyone'; 'Contact sales' for Enterprise), the CTA link ('/signup?plan=plus&billing=yearly'), an extra 'or download the app' link on Free, a features list under 'Everything in Free, and:' headings. Below: an AI add-on card with its own '$8 per member/month billed annually' price, a logo wall, a comparison table (a sticky thead repeating plan names, prices and CTAs; 17 rows in four tbody sections with check SVGs + sr-only 'Included', dashes + 'Not included', or text), three testimonial figures, a details/summary FAQ, a final CTA, a five-column footer, a OneTrust banner and __NEXT_DATA__ with plan ids and prices in cents. Four plans. Written down: name, description, price, currency, billing, badge, cta, url (the CTA's href), features (a list).",
    )
    s.list_page(PP_START + "index.html", _pp_page())
    for plan in PP_PLANS:
        _pid, name, tagline, annual, _monthly, cta, href, badge, _heading, features = plan
        s.expect(
            {
                "name": name,
                "description": tagline,
                "price": annual,
                "currency": "USD" if annual is not None else None,
                "billing": "per seat/month" if annual else None,
                "badge": badge,
                "cta": cta,
                "url": href,
                "features": features,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# ratecompare: a NerdWallet / Bankrate "best high-yield savings accounts" list (2024–2025).
# ---------------------------------------------------------------------------------------------------

RC_START = "banking/best-high-yield-savings-accounts/"
RC_PER_PAGE = 10

# (key, product, bank, apy, min balance, monthly fee, rating, as of (m, d), best for, editor's pick, review)
RC_ACCOUNTS: list[tuple[Any, ...]] = [
    (
        "forbright",
        "Growth Savings",
        "Forbright Bank",
        4.35,
        0,
        0,
        4.5,
        (3, 14),
        "Best for no minimum balance",
        True,
        True,
    ),
    (
        "bread",
        "Bread Savings High-Yield Savings Account",
        "Bread Savings",
        4.25,
        100,
        0,
        4.5,
        (3, 14),
        "Best for high APY with low deposit",
        False,
        True,
    ),
    (
        "openbank",
        "Openbank High Yield Savings",
        "Openbank by Santander",
        4.40,
        500,
        0,
        4.0,
        (3, 13),
        "Best for high APY",
        False,
        True,
    ),
    (
        "axos",
        "Axos ONE® Savings",
        "Axos Bank®",
        4.46,
        0,
        0,
        4.5,
        (3, 14),
        "Best for bundling checking and savings",
        True,
        True,
    ),
    ("barclays", "Barclays Tiered Savings", "Barclays", 4.00, 0, 0, 4.0, (3, 12), "Best for tiered rates", False, True),
    (
        "ufb",
        "UFB Portfolio Savings",
        "UFB Direct",
        4.01,
        0,
        0,
        4.5,
        (3, 14),
        "Best for ATM access with savings",
        False,
        True,
    ),
    (
        "synchrony",
        "Synchrony Bank High Yield Savings",
        "Synchrony Bank",
        3.80,
        0,
        0,
        4.5,
        (3, 14),
        "Best for ATM card",
        False,
        True,
    ),
    (
        "ally",
        "Ally Bank Savings Account",
        "Ally Bank",
        3.60,
        0,
        0,
        5.0,
        (3, 11),
        "Best for savings buckets",
        True,
        True,
    ),
    (
        "marcus",
        "Marcus by Goldman Sachs High Yield Online Savings",
        "Marcus by Goldman Sachs",
        3.75,
        0,
        0,
        4.5,
        (3, 14),
        "Best for no fees",
        False,
        True,
    ),
    ("sofi", "SoFi Checking and Savings", "SoFi®", 3.80, 0, 0, 4.5, (3, 14), "Best for direct depositors", False, True),
    (
        "bask",
        "Bask Interest Savings Account",
        "Bask Bank",
        4.20,
        0,
        0,
        4.5,
        (3, 13),
        "Best for online savings",
        False,
        True,
    ),
    ("cit", "CIT Platinum Savings", "CIT Bank", 4.55, 5000, 0, 4.0, (3, 14), "Best for high balances", False, True),
    (
        "everbank",
        "EverBank Performance℠ Savings",
        "EverBank",
        4.30,
        0,
        0,
        4.5,
        (3, 14),
        "Best for no fees and a high rate",
        False,
        True,
    ),
    (
        "capitalone",
        "Capital One 360 Performance Savings",
        "Capital One",
        3.70,
        0,
        0,
        5.0,
        (3, 10),
        "Best for branch access",
        True,
        True,
    ),
    (
        "discover",
        "Discover® Online Savings",
        "Discover® Bank",
        3.70,
        0,
        0,
        5.0,
        (3, 14),
        "Best for customer service",
        False,
        True,
    ),
    (
        "amex",
        "American Express® High Yield Savings Account",
        "American Express National Bank",
        3.70,
        0,
        0,
        4.5,
        (3, 14),
        "Best for a familiar name",
        False,
        True,
    ),
    (
        "citizens",
        "Citizens Access Savings",
        "Citizens Access",
        3.75,
        0,
        0,
        4.0,
        (3, 12),
        "Best for simple savings",
        False,
        False,
    ),
    ("varo", "Varo Savings Account", "Varo Bank", 5.00, 0, 0, 4.0, (3, 14), "Best for small balances", False, True),
    (
        "popular",
        "Popular Direct High Rise Savings",
        "Popular Direct",
        4.15,
        100,
        5,
        None,
        (3, 13),
        "Best for tiered balances",
        False,
        False,
    ),
    (
        "lending",
        "LendingClub LevelUp Savings",
        "LendingClub Bank",
        4.40,
        0,
        0,
        4.5,
        (3, 14),
        "Best for fast growth",
        False,
        True,
    ),
    (
        "betterment",
        "Betterment Cash Reserve",
        "Betterment",
        4.00,
        0,
        0,
        4.0,
        (3, 14),
        "Best for investors",
        False,
        False,
    ),
    (
        "wealthfront",
        "Wealthfront Cash Account",
        "Wealthfront",
        4.00,
        1,
        0,
        4.5,
        (3, 12),
        "Best for automation",
        False,
        True,
    ),
    (
        "vio",
        "Vio Bank Cornerstone Money Market Savings",
        "Vio Bank",
        4.45,
        100,
        0,
        4.0,
        (3, 14),
        "Best for a money market alternative",
        False,
        False,
    ),
    (
        "quontic",
        "Quontic High Yield Savings",
        "Quontic Bank",
        3.85,
        100,
        0,
        4.5,
        (3, 13),
        "Best for daily compounding",
        False,
        True,
    ),
    (
        "pnc",
        "PNC High Yield Savings℠",
        "PNC Bank",
        3.60,
        0,
        0,
        3.5,
        (3, 11),
        "Best for existing PNC customers",
        False,
        True,
    ),
    (
        "salem",
        "Salem Five Direct eOne Savings",
        "Salem Five Direct",
        4.01,
        10,
        0,
        4.0,
        (3, 14),
        "Best for a fixed-feeling rate",
        False,
        False,
    ),
]


def _rc_href(number: int) -> str:
    return RC_START + (f"?page={number}" if number > 1 else "")


def _rc_url(account: tuple[Any, ...]) -> str:
    key = account[0]
    return f"/redirect/banking/{key}-savings?product_id=hysa-{zlib.crc32(key.encode()) % 90000 + 10000}&placement=best-hysa&page_type=roundup"


def _rc_asof(account: tuple[Any, ...]) -> str:
    month, day = account[7]
    return f"{month:02d}/{day:02d}/2025"


def _rc_min(value: int) -> str:
    return f"${value:,}"


def _rc_stars(rating: float) -> str:
    full = int(rating)
    half = rating - full >= 0.5
    return (
        '<svg class="star star--full" aria-hidden="true" viewBox="0 0 20 20"><use href="#icon-star"></use></svg>' * full
        + (
            '<svg class="star star--half" aria-hidden="true" viewBox="0 0 20 20"><use href="#icon-star-half"></use></svg>'
            if half
            else ""
        )
        + '<svg class="star star--empty" aria-hidden="true" viewBox="0 0 20 20"><use href="#icon-star-empty"></use></svg>'
        * (5 - full - int(half))
    )


def _rc_h(name: str) -> str:
    """A NerdWallet-style hashed class beside a readable one: ``_3tNyG``."""
    return f"_{_hash(name)}"


def _rc_card(account: tuple[Any, ...]) -> str:
    key, product, bank, apy, minimum, fee, rating, _asof, best_for, pick, review = account
    pick_html = (
        f'<div class="{_rc_h("pick")} product-card__badge" data-testid="editors-pick"><svg aria-hidden="true" viewBox="0 0 16 16"><use href="#icon-award"></use></svg>Editor\'s pick</div>'
        if pick
        else ""
    )
    if rating is not None:
        rating_html = f'<div class="{_rc_h("rating")} product-card__rating" data-testid="nw-rating"><span class="{_rc_h("ratingLabel")}">NerdWallet rating</span><div class="{_rc_h("ratingValue")}"><span class="{_rc_h("ratingNumber")}">{rating:.1f}</span><span class="{_rc_h("ratingMax")}">/5</span></div><div class="{_rc_h("stars")}" role="img" aria-label="Rated {rating:.1f} out of 5 stars">{_rc_stars(rating)}</div><button class="{_rc_h("tooltip")}" aria-label="How we rate">ⓘ</button></div>'
    else:
        rating_html = f'<div class="{_rc_h("rating")} product-card__rating" data-testid="nw-rating"><span class="{_rc_h("ratingLabel")}">NerdWallet rating</span><span class="{_rc_h("notRated")}">Not yet rated</span></div>'
    review_html = (
        f'<a class="{_rc_h("reviewLink")} product-card__review" href="/reviews/banking/{key}-savings">Read review</a>'
        if review
        else ""
    )
    pros = ["No monthly fees", "Competitive APY", "FDIC insured up to $250,000"][: 2 + len(key) % 2]
    cons = ["No physical branches", "Rate can change at any time"][: 1 + len(bank) % 2]
    return f"""<div class="{_rc_h("card")} product-card" data-testid="product-card" data-product-key="{key}">
 {pick_html}
 <div class="{_rc_h("cardHeader")} product-card__header">
  <img class="{_rc_h("logo")}" src="https://www.nerdwallet.example/cdn/banking/logos/{key}.png" alt="{esc(bank)} logo" width="96" height="48" loading="lazy">
  <div class="{_rc_h("titles")}"><h3 class="{_rc_h("productName")} product-card__title">{esc(product)}</h3><p class="{_rc_h("institution")}">{esc(bank)}, Member FDIC</p></div>
  {rating_html}
 </div>
 <p class="{_rc_h("bestFor")} product-card__best-for">{esc(best_for)}</p>
 <dl class="{_rc_h("dataGrid")} product-card__data">
  <div class="{_rc_h("dataItem")}"><dt>APY</dt><dd><span class="{_rc_h("dataValue")}">{apy:.2f}%</span><span class="{_rc_h("disclaimer")}">APY as of {_rc_asof(account)}</span></dd></div>
  <div class="{_rc_h("dataItem")}"><dt>Min. balance for APY</dt><dd><span class="{_rc_h("dataValue")}">{_rc_min(minimum)}</span></dd></div>
  <div class="{_rc_h("dataItem")}"><dt>Monthly fee</dt><dd><span class="{_rc_h("dataValue")}">${fee}</span></dd></div>
 </dl>
 <div class="{_rc_h("cta")} product-card__cta"><a class="{_rc_h("button")} button button--primary" href="{esc(_rc_url(account))}" rel="sponsored nofollow noopener" target="_blank" data-testid="cta-button">Learn more<span class="sr-only"> about {esc(product)}</span></a><p class="{_rc_h("ctaNote")}">on {esc(bank)}'s website</p></div>
 {review_html}
 <details class="{_rc_h("prosCons")}"><summary>Pros &amp; Cons</summary><div><h4>Pros</h4><ul>{"".join(f"<li>{esc(p)}</li>" for p in pros)}</ul><h4>Cons</h4><ul>{"".join(f"<li>{esc(c)}</li>" for c in cons)}</ul></div></details>
</div>"""


def _rc_summary(accounts: list[tuple[Any, ...]]) -> str:
    rows = "".join(
        f'<tr><td><img src="https://www.nerdwallet.example/cdn/banking/logos/{a[0]}.png" alt="" width="48"><a href="#{a[0]}">{esc(a[1])}</a></td><td>{f"{a[6]:.1f}/5" if a[6] is not None else "—"}</td><td>{a[3]:.2f}%</td><td>{_rc_min(a[4])}</td><td><a class="button button--small" href="{esc(_rc_url(a))}" rel="sponsored nofollow">Learn more</a></td></tr>'
        for a in accounts[:6]
    )
    return f"""<section class="{_rc_h("summary")} summary-table" aria-labelledby="summary-title"><h2 id="summary-title">Compare the best high-yield savings accounts</h2>
 <table><thead><tr><th>Account</th><th>NerdWallet rating</th><th>APY</th><th>Min. balance for APY</th><th><span class="sr-only">Learn more</span></th></tr></thead><tbody>{rows}</tbody></table></section>"""


def _rc_featured() -> str:
    return f"""<aside class="{_rc_h("featured")} featured-offer" data-testid="featured-offer"><span class="{_rc_h("adLabel")}">Featured offer · Sponsored</span>
 <img src="https://www.nerdwallet.example/cdn/banking/logos/everwise.png" alt="Everwise Credit Union logo" width="96">
 <h3>Everwise Member Savings</h3><dl><div><dt>APY</dt><dd>4.75%</dd></div><div><dt>Min. balance for APY</dt><dd>$0</dd></div></dl>
 <a class="button button--primary" href="/redirect/banking/everwise-savings?placement=featured&amp;page_type=roundup" rel="sponsored nofollow">Open account</a><p>on Everwise's website, Member NCUA</p></aside>"""


def _rc_page(number: int, total: int, accounts: list[tuple[Any, ...]]) -> str:
    cards = [_rc_card(a) for a in accounts]
    cards.insert(
        5,
        f'<div class="{_rc_h("adSlot")} ad-slot" data-testid="ad-slot"><span class="ad-slot__label">Advertisement</span><div id="div-gpt-ad-roundup-{number}" style="min-height:250px"></div></div>',
    )
    pages = "".join(
        f'<li><a class="pagination__link{" pagination__link--active" if n == number else ""}" href="/{_rc_href(n)}"{" aria-current=page" if n == number else ""}>{n}</a></li>'
        for n in range(1, total + 1)
    )
    nxt = (
        f'<li><a class="pagination__next" href="/{_rc_href(number + 1)}" rel="next">Next<span aria-hidden="true"> ›</span></a></li>'
        if number < total
        else ""
    )
    prv = (
        f'<li><a class="pagination__prev" href="/{_rc_href(number - 1)}" rel="prev"><span aria-hidden="true">‹ </span>Previous</a></li>'
        if number > 1
        else ""
    )
    faq = "".join(
        f"<details><summary>{esc(q)}</summary><p>{esc(a)}</p></details>"
        for q, a in [
            (
                "What is a high-yield savings account?",
                "A savings account that pays several times the national average rate of 0.41% APY.",
            ),
            (
                "Are high-yield savings accounts safe?",
                "Yes, when the bank is FDIC-insured, deposits are covered up to $250,000 per depositor.",
            ),
            (
                "How often do rates change?",
                "Savings rates are variable and can change at any time, often after a Federal Reserve meeting.",
            ),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Best High-Yield Online Savings Accounts of March 2025 - NerdWallet{f" - Page {number}" if number > 1 else ""}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.nerdwallet.example/{_rc_href(number)}">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": "Best High-Yield Online Savings Accounts of March 2025", "dateModified": "2025-03-14T09:00:00-04:00", "author": {"@type": "Person", "name": "Spencer Tierney"}, "publisher": {"@type": "Organization", "name": "NerdWallet"}})}</script></head>
<body>
<svg style="display:none"><symbol id="icon-star" viewBox="0 0 20 20"><path d="M10 1l2.6 6.3 6.8.5-5.2 4.4 1.6 6.6L10 15.3 4.2 18.8l1.6-6.6L.6 7.8l6.8-.5z"></path></symbol><symbol id="icon-award" viewBox="0 0 16 16"><circle cx="8" cy="6" r="5"></circle></symbol></svg>
<header class="{_rc_h("header")} site-header"><a href="/" class="site-header__logo" aria-label="NerdWallet home"><svg viewBox="0 0 120 24" aria-hidden="true"></svg></a>
 <nav aria-label="Primary"><ul><li><a href="/credit-cards">Credit cards</a></li><li><a href="/banking" aria-current="true">Banking</a></li><li><a href="/investing">Investing</a></li><li><a href="/mortgages">Mortgages</a></li><li><a href="/insurance">Insurance</a></li><li><a href="/loans">Loans</a></li></ul></nav>
 <div class="site-header__actions"><a href="/login">Sign in</a><a class="button button--primary" href="/register">Sign up</a></div></header>
<main class="{_rc_h("main")} roundup">
 <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/banking">Banking</a></li><li><a href="/banking/savings">Savings</a></li><li aria-current="page">Best High-Yield Savings Accounts</li></ol></nav>
 <h1 class="{_rc_h("h1")}">Best High-Yield Online Savings Accounts of March 2025</h1>
 <div class="{_rc_h("byline")} byline"><span>Written by <a href="/article/authors/spencer-tierney">Spencer Tierney</a></span><span>Edited by <a href="/article/authors/yuliya-goldshteyn">Yuliya Goldshteyn</a></span><span>Updated <time datetime="2025-03-14">Mar 14, 2025</time></span></div>
 <div class="{_rc_h("disclosure")} advertiser-disclosure"><button aria-expanded="false" aria-controls="disclosure-popover">Advertiser disclosure</button><div id="disclosure-popover" hidden><p>Many or all of the products featured here are from our partners who compensate us. This influences which products we write about and where and how the product appears on a page. However, this does not influence our evaluations.</p></div></div>
 <p class="{_rc_h("intro")}">The best high-yield savings accounts pay 3.60% to 5.00% APY, about ten times the national average. Rates are current as of 03/14/2025 and may change.</p>
 {_rc_featured()}
 {_rc_summary(accounts) if number == 1 else ""}
 <section class="{_rc_h("list")} roundup__list" aria-label="Our picks">
 <h2>Our picks{f" (page {number} of {total})" if number > 1 else ""}</h2>
 {"".join(cards)}
 </section>
 <nav class="pagination" aria-label="Pagination"><ul>{prv}{pages}{nxt}</ul></nav>
 <section class="{_rc_h("methodology")} methodology"><h2>Methodology</h2><p>NerdWallet's editorial team rates savings accounts on APY, fees, minimums, customer experience and digital banking. Ratings are out of 5 stars. APYs are shown as of the date next to each rate.</p></section>
 <section class="faq"><h2>Frequently asked questions</h2>{faq}</section>
 <aside class="newsletter"><h2>Get smarter about money</h2><form action="/newsletter"><input type="email" placeholder="Email address"><button>Sign up</button></form></aside>
</main>
<footer class="{_rc_h("footer")} site-footer"><ul><li><a href="/about-us">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/terms-of-use">Terms of use</a></li><li><a href="/privacy-policy">Privacy policy</a></li><li><a href="/licenses">Licenses</a></li></ul><p>Disclaimer: NerdWallet strives to keep its information accurate and up to date. This information may be different than what you see when you visit a financial institution. All financial products are presented without warranty.</p><p>© 2025 NerdWallet, Inc. All Rights Reserved.</p></footer>
<div id="truste-consent-track" role="dialog" aria-label="Cookie preferences"><p>We use cookies to personalize content and ads.</p><button>Accept cookies</button><button>Manage preferences</button></div>
</body></html>"""


@sixteenth_b
def build_ratecompare() -> None:
    s = Site(
        "ratecompare",
        kind="'best of' savings-account roundup (NerdWallet / Bankrate 2024–25: product-card divs with an 'Editor's pick' badge on some, logo, product name h3, 'Bank, Member FDIC', '4.5' '/5' rating with stars, 'Best for …', a dl of 'APY' '4.35%' + 'APY as of 03/14/2025', 'Min. balance for APY' '$0', 'Monthly fee' '$0', a 'Learn more' affiliate redirect, 'Read review'; a sponsored featured offer, a summary table repeating page-1 accounts, ad slots, ?page=N)",
        start=RC_START,
        description="A NerdWallet-style roundup /banking/best-high-yield-savings-accounts/ as served in 2024–2025 (hashed '_3tNyG' classes beside BEM names, data-testid hooks): header, breadcrumbs, h1 'Best High-Yield Online Savings Accounts of March 2025', a byline with 'Updated Mar 14, 2025', an advertiser-disclosure popover, an intro, a sponsored 'Featured offer' aside (an advertiser not in the list), on page 1 a summary table repeating the first six accounts (name link to an anchor, '4.5/5', APY, min balance, 'Learn more'), then div[data-testid=product-card] cards: an 'Editor's pick' badge on some, the bank logo, h3 product name, 'Forbright Bank, Member FDIC', 'NerdWallet rating' '4.5' '/5' with star SVGs and an aria-label (one 'Not yet rated'), a 'Best for …' line, a dl grid: 'APY' '4.35%' with 'APY as of 03/14/2025' under it, 'Min. balance for APY' '$0', 'Monthly fee' '$0'; a 'Learn more' (sr-only ' about <product>') affiliate link /redirect/banking/…?product_id=…, 'on <bank>'s website', a 'Read review' link on most, a Pros & Cons details. An ad slot in the list; ?page=N pagination with Previous/Next; methodology, FAQ, newsletter, footer, consent dialog. Ten, ten and six accounts. Written down: title, bank, url (the Learn more link), apy, min_balance, currency, monthly_fee, rating, as_of, best_for.",
    )
    pages = chunks(RC_ACCOUNTS, [RC_PER_PAGE, RC_PER_PAGE, len(RC_ACCOUNTS) - 2 * RC_PER_PAGE])
    for number, accounts in enumerate(pages, 1):
        path = _rc_href(number).replace("?", "@") if number > 1 else RC_START + "index.html"
        s.list_page(path, _rc_page(number, len(pages), accounts))
    for account in RC_ACCOUNTS:
        _key, product, bank, apy, minimum, fee, rating, (month, day), best_for, _pick, _review = account
        s.expect(
            {
                "title": product,
                "bank": bank,
                "url": _rc_url(account),
                "apy": apy,
                "min_balance": minimum,
                "currency": "USD",
                "monthly_fee": fee,
                "rating": rating,
                "as_of": f"2025-{month:02d}-{day:02d}",
                "best_for": best_for,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# tarifvergleich: a Check24 / Verivox mobile tariff comparison (2024–2025).
# ---------------------------------------------------------------------------------------------------

TV_START = "handytarife/vergleich/"
TV_PER_PAGE = 10

# (id, provider, tariff, GB, network, Mbit/s, price, later price, connection fee, term, grade, 5G, features)
TV_TARIFFS: list[tuple[Any, ...]] = [
    (
        40211,
        "congstar",
        "congstar Allnet Flat M",
        20,
        "D-Netz (Telekom)",
        50,
        15.00,
        None,
        0.00,
        "monatlich kündbar",
        1.5,
        False,
        ["Allnet-Flat", "EU-Roaming", "eSIM"],
    ),
    (
        40388,
        "freenet",
        "freenet Mobilfunk 30 GB",
        30,
        "D-Netz (Vodafone)",
        50,
        9.99,
        14.99,
        39.99,
        "24 Monate",
        1.8,
        True,
        ["Allnet-Flat", "SMS-Flat", "5G"],
    ),
    (
        40412,
        "o2",
        "O2 Mobile M",
        50,
        "O2-Netz",
        300,
        24.99,
        None,
        0.00,
        "24 Monate",
        1.6,
        True,
        ["Allnet-Flat", "5G", "Connect (bis zu 10 SIMs)"],
    ),
    (
        40417,
        "Telekom",
        "MagentaMobil S",
        20,
        "D-Netz (Telekom)",
        300,
        39.95,
        None,
        39.95,
        "24 Monate",
        1.4,
        True,
        ["Allnet-Flat", "5G", "HotSpot Flat", "StreamOn"],
    ),
    (
        40520,
        "fraenk",
        "fraenk 25 GB",
        25,
        "D-Netz (Telekom)",
        50,
        10.00,
        None,
        0.00,
        "monatlich kündbar",
        1.7,
        False,
        ["Allnet-Flat", "nur per App", "eSIM"],
    ),
    (
        40603,
        "Vodafone",
        "Vodafone Smart Entry",
        10,
        "D-Netz (Vodafone)",
        500,
        19.99,
        29.99,
        39.99,
        "24 Monate",
        2.1,
        True,
        ["Allnet-Flat", "5G", "GigaDepot"],
    ),
    (
        40644,
        "winSIM",
        "winSIM LTE All 12 GB",
        12,
        "O2-Netz",
        50,
        6.99,
        None,
        14.99,
        "monatlich kündbar",
        1.9,
        False,
        ["Allnet-Flat", "SMS-Flat", "EU-Roaming"],
    ),
    (
        40701,
        "1&1",
        "1&1 All-Net-Flat S",
        15,
        "1&1-Netz",
        50,
        9.99,
        14.99,
        0.00,
        "24 Monate",
        2.0,
        True,
        ["Allnet-Flat", "5G", "Austausch-Service"],
    ),
    (
        40755,
        "ja! mobil",
        "ja! mobil Smart L",
        12,
        "D-Netz (Telekom)",
        25,
        9.99,
        None,
        0.00,
        "monatlich kündbar",
        2.3,
        False,
        ["Allnet-Flat", "Prepaid", "EU-Roaming"],
    ),
    (
        40810,
        "PremiumSIM",
        "PremiumSIM LTE M",
        25,
        "O2-Netz",
        50,
        8.99,
        None,
        19.99,
        "monatlich kündbar",
        1.6,
        False,
        ["Allnet-Flat", "SMS-Flat", "eSIM"],
    ),
    (
        40877,
        "Blau",
        "Blau Allnet L",
        30,
        "O2-Netz",
        50,
        12.99,
        None,
        0.00,
        "24 Monate",
        2.2,
        False,
        ["Allnet-Flat", "EU-Roaming"],
    ),
    (
        40902,
        "klarmobil",
        "klarmobil Allnet Flat 20 GB",
        20,
        "D-Netz (Vodafone)",
        50,
        8.99,
        12.99,
        19.99,
        "24 Monate",
        1.9,
        True,
        ["Allnet-Flat", "5G"],
    ),
    (
        40955,
        "mobilcom-debitel",
        "green LTE 40 GB",
        40,
        "D-Netz (Telekom)",
        50,
        14.99,
        24.99,
        39.99,
        "24 Monate",
        2.0,
        False,
        ["Allnet-Flat", "SMS-Flat"],
    ),
    (
        41003,
        "Aldi Talk",
        "ALDI TALK Paket M",
        15,
        "O2-Netz",
        50,
        12.99,
        None,
        0.00,
        "monatlich kündbar",
        2.4,
        True,
        ["Allnet-Flat", "Prepaid", "5G"],
    ),
    (
        41044,
        "simplytel",
        "simplytel LTE 20",
        20,
        "O2-Netz",
        50,
        7.99,
        None,
        9.99,
        "monatlich kündbar",
        1.8,
        False,
        ["Allnet-Flat", "EU-Roaming"],
    ),
    (
        41090,
        "crash",
        "crash Allnet 15 GB",
        15,
        "D-Netz (Vodafone)",
        50,
        7.99,
        9.99,
        19.99,
        "24 Monate",
        2.1,
        False,
        ["Allnet-Flat", "SMS-Flat"],
    ),
    (
        41122,
        "Telekom",
        "MagentaMobil M",
        40,
        "D-Netz (Telekom)",
        300,
        49.95,
        None,
        39.95,
        "24 Monate",
        1.3,
        True,
        ["Allnet-Flat", "5G", "HotSpot Flat", "EU-Roaming inkl. Schweiz"],
    ),
    (
        41170,
        "sim.de",
        "sim.de LTE All 25 GB",
        25,
        "O2-Netz",
        50,
        8.99,
        None,
        0.00,
        "monatlich kündbar",
        1.7,
        False,
        ["Allnet-Flat", "SMS-Flat", "eSIM"],
    ),
    (
        41208,
        "Vodafone",
        "Vodafone GigaMobil M",
        50,
        "D-Netz (Vodafone)",
        500,
        39.99,
        49.99,
        39.99,
        "24 Monate",
        1.8,
        True,
        ["Allnet-Flat", "5G", "GigaKombi-Vorteil"],
    ),
    (
        41255,
        "Lidl Connect",
        "Lidl Connect Smart XL",
        20,
        "D-Netz (Vodafone)",
        50,
        14.99,
        None,
        0.00,
        "monatlich kündbar",
        2.2,
        True,
        ["Allnet-Flat", "Prepaid", "5G"],
    ),
    (
        41301,
        "o2",
        "O2 Mobile Unlimited Smart",
        999,
        "O2-Netz",
        10,
        29.99,
        None,
        0.00,
        "24 Monate",
        2.0,
        True,
        ["Allnet-Flat", "Unbegrenztes Datenvolumen"],
    ),
    (
        41347,
        "congstar",
        "congstar Allnet Flat Plus",
        40,
        "D-Netz (Telekom)",
        50,
        25.00,
        None,
        0.00,
        "monatlich kündbar",
        1.6,
        True,
        ["Allnet-Flat", "5G", "EU-Roaming"],
    ),
    (
        41390,
        "netzclub",
        "netzclub Basic",
        3,
        "O2-Netz",
        25,
        4.99,
        None,
        0.00,
        "monatlich kündbar",
        2.6,
        False,
        ["SMS-Flat", "Prepaid"],
    ),
    (
        41433,
        "freenet",
        "freenet Mobilfunk 60 GB",
        60,
        "D-Netz (Telekom)",
        100,
        17.99,
        27.99,
        39.99,
        "24 Monate",
        1.9,
        True,
        ["Allnet-Flat", "5G"],
    ),
    (
        41480,
        "1&1",
        "1&1 All-Net-Flat M",
        30,
        "1&1-Netz",
        50,
        14.99,
        19.99,
        0.00,
        "24 Monate",
        2.0,
        True,
        ["Allnet-Flat", "5G"],
    ),
    (
        41522,
        "high",
        "high LTE 35 GB",
        35,
        "O2-Netz",
        50,
        9.99,
        None,
        9.99,
        "monatlich kündbar",
        1.8,
        False,
        ["Allnet-Flat", "eSIM"],
    ),
]

TV_ADS = [
    ("Telekom", "MagentaMobil Young M", "Jetzt 20 GB extra für junge Leute"),
    ("Vodafone", "Vodafone GigaMobil Young", "Unbegrenzt surfen für unter 28-Jährige"),
    ("o2", "O2 Mobile Unlimited Max", "Bis zu 100 € Wechselbonus"),
]


def _tv_href(number: int) -> str:
    return TV_START + (f"?seite={number}" if number > 1 else "")


def _tv_url(tariff: tuple[Any, ...]) -> str:
    return f"/handytarife/tarif/{slug(tariff[1])}/{slug(tariff[2])}-{tariff[0]}/"


def _tv_grade_text(grade: float) -> str:
    return "sehr gut" if grade <= 1.5 else "gut" if grade <= 2.5 else "befriedigend"


def _c(name: str) -> str:
    return f"c24-{name} css-{_hash(name, 6).lower()}"


def _tv_volume(gb: int) -> str:
    return "Unbegrenzt" if gb >= 999 else f"{gb}{NBSP}GB"


def _tv_card(tariff: tuple[Any, ...]) -> str:
    tid, provider, name, gb, network, speed, price, later, fee, term, grade, has5g, features = tariff
    later_html = f'<div class="{_c("price-later")}">ab dem 25. Monat {_de_money(later)}{NBSP}€</div>' if later else ""
    months = 24 if term == "24 Monate" else 1
    average = (price * 24 + fee) / 24 if months == 24 else None
    average_html = (
        f'<div class="{_c("price-average")}" title="inkl. Anschlusspreis">Durchschnitt mtl. {_de_money(average)}{NBSP}€</div>'
        if average and fee
        else ""
    )
    fee_html = (
        f'<div class="{_c("connection-fee")}" data-testid="connection-fee"><span>Anschlusspreis</span> <span>{_de_money(fee)}{NBSP}€</span></div>'
        if fee
        else f'<div class="{_c("connection-fee")}" data-testid="connection-fee"><span>einmalig</span> <span>0,00{NBSP}€</span> <span class="{_c("hint")}">keine Anschlussgebühr</span></div>'
    )
    chip = (
        f'<span class="{_c("chip")} {_c("chip--5g")}">5G</span>' if has5g else f'<span class="{_c("chip")}">LTE</span>'
    )
    feats = "".join(
        f'<li class="{_c("feature")}"><svg aria-hidden="true" class="{_c("icon-check")}" viewBox="0 0 16 16"><use href="#check"></use></svg>{esc(f)}</li>'
        for f in features
    )
    term_label = "Laufzeit" if months == 24 else "Vertrag"
    return f"""<article class="{_c("tariff-card")}" data-testid="tariff-card" data-tariff-id="{tid}">
 <div class="{_c("tariff-card__provider")}"><img src="https://cdn.tarifvergleich.example/provider/logo/{slug(provider)}.svg" alt="{esc(provider)}" width="80" height="32"><span class="{_c("provider-name")}">{esc(provider)}</span></div>
 <div class="{_c("tariff-card__main")}">
  <h3 class="{_c("tariff-name")}" data-testid="tariff-name">{esc(name)}</h3>
  <ul class="{_c("key-facts")}">
   <li class="{_c("key-fact")}" data-testid="data-volume"><span class="{_c("key-fact__value")}">{_tv_volume(gb)}</span>{chip}<span class="{_c("key-fact__label")}">Datenvolumen</span></li>
   <li class="{_c("key-fact")}" data-testid="network"><span class="{_c("key-fact__value")}">{esc(network)}</span><span class="{_c("key-fact__label")}">Netz</span></li>
   <li class="{_c("key-fact")}" data-testid="speed"><span class="{_c("key-fact__value")}">bis zu {speed}{NBSP}Mbit/s</span><span class="{_c("key-fact__label")}">Geschwindigkeit</span></li>
  </ul>
  <ul class="{_c("features")}">{feats}</ul>
 </div>
 <div class="{_c("tariff-card__grade")}" data-testid="grade"><span class="{_c("grade__label")}">Note</span><span class="{_c("grade__value")}">{f"{grade:.1f}".replace(".", ",")}</span><span class="{_c("grade__text")}">{_tv_grade_text(grade)}</span></div>
 <div class="{_c("tariff-card__price")}">
  <div class="{_c("price")}" data-testid="price"><span class="{_c("price__amount")}">{_de_money(price)}{NBSP}€</span><span class="{_c("price__unit")}">mtl.</span></div>
  {later_html}{average_html}
  {fee_html}
  <div class="{_c("term")}" data-testid="contract-term"><span class="{_c("term__label")}">{term_label}:</span> <span>{esc(term)}</span></div>
 </div>
 <div class="{_c("tariff-card__actions")}">
  <a class="{_c("button")} {_c("button--primary")}" href="{_tv_url(tariff)}" data-testid="offer-button">Angebot ansehen</a>
  <button class="{_c("button")} {_c("button--link")}" aria-expanded="false" aria-controls="details-{tid}">Tarifdetails</button>
  <label class="{_c("compare")}"><input type="checkbox" name="vergleich" value="{tid}"> Vergleichen</label>
 </div>
 <div id="details-{tid}" class="{_c("tariff-card__details")}" hidden><p>Mindestlaufzeit: {esc(term)}. Preise inkl. MwSt. Datenautomatik deaktivierbar.</p></div>
</article>"""


def _tv_ad(ad: tuple[str, str, str], number: int) -> str:
    provider, name, claim = ad
    return f"""<article class="{_c("tariff-card")} {_c("tariff-card--sponsored")}" data-testid="sponsored-tariff">
 <span class="{_c("ad-label")}">Anzeige</span>
 <div class="{_c("tariff-card__provider")}"><img src="https://cdn.tarifvergleich.example/provider/logo/{slug(provider)}.svg" alt="{esc(provider)}" width="80" height="32"><span class="{_c("provider-name")}">{esc(provider)}</span></div>
 <div class="{_c("tariff-card__main")}"><h3 class="{_c("tariff-name")}">{esc(name)}</h3><p class="{_c("claim")}">{esc(claim)}</p></div>
 <div class="{_c("tariff-card__actions")}"><a class="{_c("button")} {_c("button--primary")}" href="/clickout/?partner={slug(provider)}&amp;pos=top&amp;seite={number}" rel="sponsored nofollow">Angebot ansehen</a></div>
</article>"""


def _tv_page(number: int, total: int, tariffs: list[tuple[Any, ...]]) -> str:
    cards = [_tv_card(t) for t in tariffs]
    cards.insert(0, _tv_ad(TV_ADS[number - 1], number))
    cards.insert(
        5,
        f'<div class="{_c("info-banner")}" role="note"><strong>Tipp:</strong> Mit einer Rufnummernmitnahme behalten Sie Ihre alte Nummer. <a href="/handytarife/ratgeber/rufnummernmitnahme/">Mehr erfahren</a></div>',
    )
    pages = "".join(
        f'<li><a class="{_c("pagination__item")}{" is-active" if n == number else ""}" href="/{_tv_href(n)}"{" aria-current=page" if n == number else ""}>{n}</a></li>'
        for n in range(1, total + 1)
    )
    nxt = (
        f'<li><a class="{_c("pagination__next")}" href="/{_tv_href(number + 1)}" aria-label="Nächste Seite">weiter ›</a></li>'
        if number < total
        else ""
    )
    prv = (
        f'<li><a class="{_c("pagination__prev")}" href="/{_tv_href(number - 1)}" aria-label="Vorherige Seite">‹ zurück</a></li>'
        if number > 1
        else ""
    )
    facets = "".join(
        f'<fieldset class="{_c("filter")}"><legend>{esc(title)}</legend>{"".join(f"<label><input type=checkbox> {esc(o)} <span>({c})</span></label>" for o, c in options)}</fieldset>'
        for title, options in [
            (
                "Datenvolumen",
                [("ab 5 GB", 288), ("ab 10 GB", 251), ("ab 20 GB", 187), ("ab 50 GB", 64), ("Unbegrenzt", 12)],
            ),
            ("Netz", [("Telekom", 94), ("Vodafone", 88), ("O2", 121), ("1&1", 9)]),
            ("Vertragslaufzeit", [("monatlich kündbar", 176), ("24 Monate", 136)]),
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Handytarife Vergleich 2025: Tarife ohne Handy günstig vergleichen | tarifvergleich.de{f" – Seite {number}" if number > 1 else ""}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.tarifvergleich.example/{_tv_href(number)}"><link rel="stylesheet" href="/handytarife/static/css/app.93c1e0.css"></head>
<body class="c24-body">
<svg style="display:none"><symbol id="check" viewBox="0 0 16 16"><path d="M6 11 2.5 7.5l1-1L6 9l6.5-6.5 1 1z"></path></symbol></svg>
<header class="c24-header"><a class="c24-header__logo" href="/" aria-label="tarifvergleich.de Startseite"><svg viewBox="0 0 140 28" aria-hidden="true"></svg></a>
 <nav class="c24-header__nav"><a href="/versicherungen/">Versicherungen</a><a href="/konto-kredit/">Konto &amp; Kredit</a><a href="/strom-gas/">Strom &amp; Gas</a><a href="/internet/">Internet</a><a href="/handytarife/" aria-current="true">Handytarife</a><a href="/reise/">Reise</a></nav>
 <div class="c24-header__actions"><a href="/kundenbereich/">Mein Konto</a><span class="c24-hotline">Tarifexperten: 089 - 24 24 11 44</span></div></header>
<main class="{_c("page")}">
 <nav class="c24-breadcrumb" aria-label="Breadcrumb"><a href="/">Startseite</a> › <a href="/handytarife/">Handytarife</a> › <span>Vergleich</span></nav>
 <form class="{_c("search-form")}" action="/handytarife/vergleich/"><label>Datenvolumen <select name="datenvolumen"><option>egal</option><option selected>ab 10 GB</option><option>ab 20 GB</option></select></label><label>Laufzeit <select name="laufzeit"><option selected>egal</option><option>1 Monat</option><option>24 Monate</option></select></label><button type="submit">Tarife vergleichen</button></form>
 <div class="{_c("result-header")}"><h1>Handytarife ohne Handy</h1><p class="{_c("result-count")}"><strong>312</strong> Tarife gefunden</p>
  <div class="{_c("sort")}" role="group" aria-label="Sortierung"><button aria-pressed="true">Empfehlung</button><button>Preis</button><button>Datenvolumen</button><button>Note</button></div></div>
 <aside class="{_c("filters")}"><h2>Filter</h2>{facets}</aside>
 <section class="{_c("result-list")}" data-testid="result-list" aria-label="Tarife">
 {"".join(cards)}
 </section>
 <nav class="{_c("pagination")}" aria-label="Seiten"><ul>{prv}{pages}{nxt}</ul></nav>
 <p class="{_c("legal")}">Alle Preise inkl. MwSt. Durchschnittspreis über 24 Monate inkl. Anschlusspreis. Die Tarifnote wird von unseren Experten anhand von Preis, Leistung und Kundenbewertungen vergeben. Stand: 14.03.2025.</p>
 <section class="{_c("seo-text")}"><h2>Handytarife vergleichen und sparen</h2><p>Ein Handytarif ohne Vertrag ab 4,99 € mtl. oder eine Allnet-Flat mit 50 GB im D-Netz: Im Vergleich finden Sie über 300 Tarife von 40 Anbietern.</p></section>
</main>
<footer class="c24-footer"><ul><li><a href="/unternehmen/">Über uns</a></li><li><a href="/agb/">AGB</a></li><li><a href="/datenschutz/">Datenschutz</a></li><li><a href="/impressum/">Impressum</a></li><li><a href="/erstinformation/">Erstinformation</a></li></ul><p>© 2025 tarifvergleich.de GmbH</p></footer>
<div class="c24-cookie-consent" role="dialog" aria-label="Cookie-Einstellungen"><p>Wir nutzen Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.</p><button>Akzeptieren</button><button>Nur notwendige</button><a href="/datenschutz/">Einstellungen</a></div>
</body></html>"""


@sixteenth_b
def build_tarifvergleich() -> None:
    s = Site(
        "tarifvergleich",
        kind="German mobile tariff comparison (Check24 / Verivox 2024–25: article[data-testid=tariff-card] tiles of hashed c24- classes with provider logo + name, tariff h3, key facts '20 GB' + 5G/LTE chip, 'D-Netz (Telekom)', 'bis zu 50 Mbit/s', a feature list, 'Note 1,5 sehr gut', '9,99 €' 'mtl.', 'ab dem 25. Monat …' / 'Durchschnitt mtl. …', 'Anschlusspreis 39,99 €', '24 Monate' / 'monatlich kündbar', 'Angebot ansehen'; an 'Anzeige' tile per page, ?seite=N)",
        start=TV_START,
        description="A Check24-style tariff comparison /handytarife/vergleich/ as served in 2024–2025 (classes 'c24-tariff-card css-1k3x9a', data-testid hooks): header with the hotline, breadcrumbs, a search form, h1 'Handytarife ohne Handy', '312 Tarife gefunden', sort buttons, a filter aside with counts, then article[data-testid=tariff-card] tiles: provider logo img (alt = provider) + provider name, h3 tariff name, a key-facts ul ('20 GB' + a '5G' or 'LTE' chip + 'Datenvolumen', 'D-Netz (Telekom)' + 'Netz', 'bis zu 50 Mbit/s' + 'Geschwindigkeit'; 'Unbegrenzt' on one), a checked features ul, a grade badge 'Note' '1,5' 'sehr gut', the price '9,99 €' 'mtl.', on some 'ab dem 25. Monat 14,99 €' and 'Durchschnitt mtl. 11,66 €', 'Anschlusspreis 39,99 €' or 'einmalig 0,00 € keine Anschlussgebühr', 'Laufzeit: 24 Monate' / 'Vertrag: monatlich kündbar', 'Angebot ansehen' (/handytarife/tarif/<provider>/<tariff>-<id>/), a 'Tarifdetails' button, Vergleichen checkbox, hidden details. An 'Anzeige' tile first on every page (a provider deal linking to /clickout/), a tip banner in the list; ?seite=N pagination; legal note, SEO text, footer, cookie dialog. Ten, ten and six tariffs. Written down: provider, title, url, data_gb (absent for 'Unbegrenzt'), network, speed (Mbit/s), price, currency, connection_fee, term, grade.",
    )
    pages = chunks(TV_TARIFFS, [TV_PER_PAGE, TV_PER_PAGE, len(TV_TARIFFS) - 2 * TV_PER_PAGE])
    for number, tariffs in enumerate(pages, 1):
        path = _tv_href(number).replace("?", "@") if number > 1 else TV_START + "index.html"
        s.list_page(path, _tv_page(number, len(pages), tariffs))
    for tariff in TV_TARIFFS:
        _tid, provider, name, gb, network, speed, price, _later, fee, term, grade, _5g, _features = tariff
        s.expect(
            {
                "provider": provider,
                "title": name,
                "url": _tv_url(tariff),
                "data_gb": gb if gb < 999 else None,
                "network": network,
                "speed": speed,
                "price": price,
                "currency": "EUR",
                "connection_fee": fee,
                "term": term,
                "grade": grade,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in SIXTEENTH_B.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
