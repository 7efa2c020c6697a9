"""The page around the products of webscraper.io's e-commerce test sites (2024–25), shared by the three
variants of ``generate_twentieth.py``: the head (anti-flicker and Tag Manager snippets, the Laravel Mix
assets), the webscraper.io header, the "Test Sites" hero, the side menu, the footer, the cookie box, and
the bundle that draws the cards of the 'more' and 'scroll' variants from their ``data-items``.
"""

# ruff: noqa: E501

from __future__ import annotations

JS_PATH = "js/app.js@id=5d8f5b0c2e6a1d47e3b9"
CSS_PATH = "css/app.css@id=a41c07e9f2b38d6510c4"
CSRF = "Xk3vQ9fL2pR7sT1wY6zB8nD4hJ0mC5gE2aV9uK7i"

CATEGORIES = {"computers": ("Computers", ["laptops", "tablets"]), "phones": ("Phones", ["touch"])}

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
	<!-- Anti-flicker snippet (recommended)  -->
	<style>.async-hide {
			opacity: 0 !important
		} </style>
	<script>(function (a, s, y, n, c, h, i, d, e) {
			s.className += ' ' + y;
			h.start = 1 * new Date;
			h.end = i = function () {
				s.className = s.className.replace(RegExp(' ?' + y), '')
			};
			(a[n] = a[n] || []).hide = h;
			setTimeout(function () {
				i();
				h.end = null
			}, c);
			h.timeout = c;
		})(window, document.documentElement, 'async-hide', 'dataLayer', 4000,
			{'GTM-NVFPDWB': true});</script>
	<!-- Google Tag Manager -->
	<script>(function (w, d, s, l, i) {
			w[l] = w[l] || [];
			w[l].push({
				'gtm.start':
					new Date().getTime(), event: 'gtm.js'
			});
			var f = d.getElementsByTagName(s)[0],
				j = d.createElement(s), dl = l != 'dataLayer' ? '&l=' + l : '';
			j.async = true;
			j.src =
				'https://www.googletagmanager.com/gtm.js?id=' + i + dl;
			f.parentNode.insertBefore(j, f);
		})(window, document, 'script', 'dataLayer', 'GTM-NVFPDWB');</script>
	<!-- End Google Tag Manager -->
	<title>__TITLE__ | Web Scraper Test Sites</title>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">

	<meta name="keywords" content="web scraping,Web Scraper,Chrome extension,Crawling,Cross platform scraper"/>
	<meta name="description" content="The most popular web scraping extension. Start scraping in minutes. Automate your tasks with our Cloud Scraper. No software to download, no coding needed."/>
	<link rel="icon" sizes="128x128" href="/favicon.png">
	<link rel="apple-touch-icon" href="/img/logo-icon.png">
	<link rel="stylesheet" href="/__CSS__">
	<link rel="canonical" href="https://webscraper.io__CANONICAL__"/>
	<script defer src="/__JS__"></script>
	<meta name="csrf-token" content="__CSRF__">
</head>
<body>
<!-- Google Tag Manager (noscript) -->
<noscript>
	<iframe src="https://www.googletagmanager.com/ns.html?id=GTM-NVFPDWB"
			height="0" width="0" style="display:none;visibility:hidden"></iframe>
</noscript>
<!-- End Google Tag Manager (noscript) -->
"""

HEADER = """<header role="banner" class="navbar navbar-expand-lg navbar-static-top">
		<div class="container">
			<div class="navbar-header">
				<a data-toggle="collapse-side" data-target=".side-collapse" data-target-2=".side-collapse-container">
					<button type="button" class="navbar-toggler float-end collapsed" data-toggle="collapse"
							data-target="#navbar" aria-expanded="false" aria-controls="navbar">
						<span class="sr-only">Toggle navigation</span>
						<span class="icon-bar top-bar"></span>
						<span class="icon-bar middle-bar"></span>
						<span class="icon-bar bottom-bar"></span>
					</button>
				</a>
				<div class="navbar-brand">
					<a href="/"><img src="/img/logo_white.svg" alt="Web Scraper"></a>
				</div>
			</div>

			<div class="side-collapse in">
				<nav id="navbar" role="navigation" class="navbar-collapse collapse">
					<ul class="nav navbar-nav navbar-right">
						<li class="nav-item">
							<a href="/" class="menuitm nav-link">
								<p>Web Scraper</p>
								<div class="crta"></div>
							</a>
						</li>
						<li class="nav-item">
							<a href="/cloud-scraper" class="menuitm nav-link">
								<p>Cloud Scraper</p>
								<div class="crta"></div>
							</a>
						</li>
						<li class="nav-item">
							<a href="/pricing" class="menuitm nav-link">
								<p>Pricing</p>
								<div class="crta"></div>
							</a>
						</li>
						<li class="nav-item dropdown">
							<a href="#section3" class="menuitm nav-link dropdown-toggle" data-toggle="dropdown" role="button" aria-haspopup="true" aria-expanded="false">
								<p>Learn</p>
								<div class="crta"></div>
							</a>
							<ul class="dropdown-menu">
								<li>
									<a href="/documentation" class="dropdown-item">Documentation</a>
								</li>
								<li>
									<a href="/tutorials" class="dropdown-item">Video Tutorials</a>
								</li>
								<li>
									<a href="/test-sites" class="dropdown-item">Test Sites</a>
								</li>
								<li>
									<a href="https://forum.webscraper.io/" target="_blank" rel="noopener" class="dropdown-item">Forum</a>
								</li>
							</ul>
						</li>
						<li class="nav-item">
							<a target="_blank" href="https://chromewebstore.google.com/detail/web-scraper/jnhgnonknehpejjnehehllkliplmbmhn?hl=en" class="btn-menu1 install-extension" rel="noopener">Install</a>
						</li>
						<li class="nav-item">
							<a href="https://cloud.webscraper.io/" class="btn-menu2">Cloud Login</a>
						</li>
					</ul>
				</nav>
			</div>
		</div>
	</header>
"""

FOOTER = """<div class="clearfix"></div>
<div class="container-fluid footer" id="layout-footer">
	<div class="container">
		<div class="row">
			<div class="col-md-3">
				<ul>
					<li><p>Products</p></li>
					<li><a href="/">Web Scraper browser extension</a></li>
					<li><a href="/cloud-scraper">Web Scraper Cloud</a></li>
				</ul>
			</div>
			<div class="col-md-3">
				<ul>
					<li><p>Company</p></li>
					<li><a href="/about-us">About us</a></li>
					<li><a href="/contact">Contact</a></li>
					<li><a href="/privacy-policy">Website Privacy Policy</a></li>
					<li><a href="/extension-privacy-policy">Browser Extension Privacy Policy</a></li>
					<li><a href="/downloads/Web_Scraper_Media_Kit.zip">Media kit</a></li>
					<li><a href="/jobs">Jobs</a></li>
				</ul>
			</div>
			<div class="col-md-3">
				<ul>
					<li><p>Resources</p></li>
					<li><a href="/blog">Blog</a></li>
					<li><a href="/documentation">Documentation</a></li>
					<li><a href="/tutorials">Video Tutorials</a></li>
					<li><a href="/screenshots">Screenshots</a></li>
					<li><a href="/test-sites">Test Sites</a></li>
					<li><a href="https://forum.webscraper.io/" target="_blank" rel="noopener">Forum</a></li>
					<li><a href="https://status.webscraper.io/" target="_blank" rel="noopener">Status</a></li>
				</ul>
			</div>
			<div class="col-md-3">
				<ul>
					<li><p>CONTACT US</p></li>
					<li><a href="mailto:info@webscraper.io">info@webscraper.io</a></li>
					<li>Ubelu 5-71,<br> Adazi, Latvia, LV-2164</li>
				</ul>
				<ul class="smedia">
					<li><a href="https://www.facebook.com/webscraperio/" target="_blank" rel="noopener"><img src="/img/fbicon.png" alt="Web Scraper on Facebook"></a></li>
					<li><a href="https://twitter.com/webscraperio" target="_blank" rel="noopener"><img src="/img/twittericon.png" alt="Web Scraper on Twitter"></a></li>
					<li><a href="https://lv.linkedin.com/company/web-scraper" target="_blank" rel="noopener"><img src="/img/linkedinicon.png" alt="Web Scraper on LinkedIn"></a></li>
					<li><a href="https://youtube.com/@WebScraper/videos" target="_blank" rel="noopener"><img src="/img/youtubeicon.png" alt="Web Scraper on YouTube"></a></li>
					<li><a href="https://chromewebstore.google.com/detail/web-scraper/jnhgnonknehpejjnehehllkliplmbmhn?hl=en" target="_blank" rel="noopener"><img src="/img/chromeicon.png" alt="Web Scraper on Chrome Web Store"></a></li>
				</ul>
			</div>
		</div>
		<div class="row">
			<div class="col-md-12">
				<p class="copyright">Copyright &copy; 2025 <b>Web Scraper</b> | All rights reserved</p>
			</div>
		</div>
	</div>
</div>

<div id="cookieBanner" class="cookie-banner" style="display: none">
	<span class="closeCookieBanner" role="button" aria-label="Close">x</span>
	<p class="cookie-banner-text">We use cookies to make your Web Scraper experience better. Read our <a href="/privacy-policy">Privacy Policy</a>.</p>
	<button type="button" class="btn btn-primary acceptCookies">Accept &amp; Continue</button>
</div>
</body>
</html>
"""


def side_menu(variant: str, category: str, sub: str) -> str:
    """The category menu: Home, then each category, the current one open on its subcategories."""
    home = f"/test-sites/e-commerce/{variant}"
    rows = [f'<li class="nav-item">\n\t\t\t\t\t\t\t\t<a href="{home}" class="nav-link">Home</a>\n\t\t\t\t\t\t\t</li>']
    for slug, (label, subs) in CATEGORIES.items():
        current = slug == category
        inner = ""
        if current:
            links = "\n".join(
                f'\t\t\t\t\t\t\t\t\t<li class="nav-item">\n\t\t\t\t\t\t\t\t\t\t<a href="{home}/{slug}/{s}" class="nav-link subcategory-link {"active" if s == sub else ""}">\n\t\t\t\t\t\t\t\t\t\t\t{s.capitalize()}\n\t\t\t\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t</li>'
                for s in subs
            )
            inner = f'\n\t\t\t\t\t\t\t\t<ul class="nav nav-second-level flex-column">\n{links}\n\t\t\t\t\t\t\t\t</ul>'
        rows.append(
            f'<li class="{"active " if current else ""}nav-item">\n\t\t\t\t\t\t\t\t<a href="{home}/{slug}" class="nav-link category-link {"active" if current else ""}">\n\t\t\t\t\t\t\t\t\t{label}\n\t\t\t\t\t\t\t\t\t<span class="fa arrow"></span>\n\t\t\t\t\t\t\t\t</a>{inner}\n\t\t\t\t\t\t\t</li>'
        )
    joined = "\n\t\t\t\t\t\t\t".join(rows)
    return f"""<div class="col-lg-3 sidebar">
				<div class="navbar-light sidebar" role="navigation">
					<div class="sidebar-nav navbar-collapse">
						<ul class="nav flex-column" id="side-menu">
							{joined}
						</ul>
					</div>
				</div>
			</div>"""


def page(variant: str, category: str, sub: str, canonical: str, main: str) -> str:
    """A whole test-site page around ``main`` (the col-lg-9 column's content)."""
    head = (
        HEAD.replace("__TITLE__", variant.capitalize())
        .replace("__CSS__", CSS_PATH.replace("@", "?"))
        .replace("__JS__", JS_PATH.replace("@", "?"))
        .replace("__CANONICAL__", canonical)
        .replace("__CSRF__", CSRF)
    )
    return f"""{head}
<div class="wrapper">
	{HEADER}
	<div class="formenu-here container-fluid">
	</div>
	<div class="container-fluid blog-hero">
		<div class="container">
			<div class="row">
				<div class="col-lg-12">
					<h1>Test Sites</h1>
				</div>
			</div>
		</div>
	</div>

	<div class="container test-site">
		<div class="row">
			{side_menu(variant, category, sub)}
			<div class="col-lg-9">
				{main}
			</div>
		</div>
	</div>
	<div class="push"></div>
</div>
{FOOTER}"""


APP_CSS = """/*! webscraper.io app.css (excerpt) */
body{font-family:Lato,"Helvetica Neue",Helvetica,Arial,sans-serif;color:#333}
.navbar{background:#1a1f36;min-height:70px}.navbar .menuitm p{color:#fff;margin:0}
.blog-hero{background:#2a3152;color:#fff;padding:30px 0}
.test-site .page-header{font-size:24px;margin:20px 0}
.thumbnail{border:1px solid #ddd;border-radius:4px;margin-bottom:20px;padding:4px}
.thumbnail .caption{height:130px;overflow:hidden}.thumbnail .ratings{color:#d17581;padding:0 10px}
.ws-icon-star:before{content:"\\2605"}.float-end,.pull-right{float:right}
.ecomerce-items-scroll-more{margin:10px 0 30px}
.cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#1a1f36;color:#fff;padding:15px;z-index:1000}
.footer{background:#1a1f36;color:#aab;padding:40px 0}.footer ul{list-style:none;padding:0}
"""

APP_JS = r"""/*! For license information please see app.js.LICENSE.txt */
(() => {
  "use strict";
  var e = {
    cookieName: "ws_cookie_consent",
    perPage: 6,
  };

  function escapeHtml(t) {
    return String(t).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function shortTitle(t) {
    return t.length > 14 ? t.substr(0, 14).replace(/\s+$/, "") + "..." : t;
  }

  function itemHtml(item, type) {
    var reviews = Math.round(parseInt(item.title, 36)) % 15;
    var stars = Math.round(parseInt(item.description, 36)) % 5 + 1;
    var starHtml = "";
    for (var i = 0; i < stars; i++) starHtml += '<span class="ws-icon ws-icon-star"></span>';
    return (
      '<div class="col-md-4 col-xl-4 col-lg-4">' +
      '<div class="card thumbnail" itemscope itemtype="https://schema.org/Product">' +
      '<div class="product-wrapper card-body">' +
      '<img class="img-fluid card-img-top image img-responsive" alt="item" src="/images/test-sites/e-commerce/items/cart2.png" itemprop="image">' +
      '<div class="caption">' +
      '<h4 class="price float-end card-title pull-right" itemprop="offers" itemscope itemtype="https://schema.org/Offer">' +
      '<span itemprop="price">$' + escapeHtml(item.price) + '</span><meta itemprop="priceCurrency" content="USD"></h4>' +
      '<h4><a href="/test-sites/e-commerce/' + type + "/product/" + item.id + '" class="title" title="' + escapeHtml(item.title) + '" itemprop="name">' +
      escapeHtml(shortTitle(item.title)) + "</a></h4>" +
      '<p class="description card-text" itemprop="description">' + escapeHtml(item.description) + "</p>" +
      "</div>" +
      '<div class="ratings" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">' +
      '<p class="review-count float-end"><span itemprop="reviewCount">' + reviews + "</span> reviews</p>" +
      '<p data-rating="' + stars + '">' + starHtml + "</p>" +
      "</div></div></div></div>"
    );
  }

  function EcommerceItems(el) {
    this.el = el;
    this.type = el.getAttribute("data-type");
    this.items = JSON.parse(el.getAttribute("data-items") || "[]");
    this.shown = 0;
  }

  EcommerceItems.prototype.showMore = function () {
    var next = this.items.slice(this.shown, this.shown + e.perPage);
    var html = "";
    for (var i = 0; i < next.length; i++) html += itemHtml(next[i], this.type);
    this.el.insertAdjacentHTML("beforeend", html);
    this.shown += next.length;
    return this.shown < this.items.length;
  };

  function initMore(list) {
    var button = document.querySelector(".ecomerce-items-scroll-more");
    if (!list.showMore() && button) button.style.display = "none";
    if (!button) return;
    button.addEventListener("click", function (ev) {
      ev.preventDefault();
      if (!list.showMore()) button.style.display = "none";
    });
  }

  function initScroll(list) {
    var more = list.showMore();
    var busy = false;
    window.addEventListener("scroll", function () {
      if (!more || busy) return;
      if (window.innerHeight + window.scrollY >= document.body.offsetHeight - 100) {
        busy = true;
        setTimeout(function () {
          more = list.showMore();
          busy = false;
        }, 150);
      }
    });
  }

  function initCookies() {
    var banner = document.getElementById("cookieBanner");
    if (!banner || document.cookie.indexOf(e.cookieName + "=1") !== -1) return;
    banner.style.display = "block";
    var hide = function () {
      document.cookie = e.cookieName + "=1; path=/; max-age=31536000";
      banner.style.display = "none";
    };
    banner.querySelector(".acceptCookies").addEventListener("click", hide);
    banner.querySelector(".closeCookieBanner").addEventListener("click", function () {
      banner.style.display = "none";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initCookies();
    var el = document.querySelector(".ecomerce-items");
    if (!el) return;
    var list = new EcommerceItems(el);
    if (list.type === "more") initMore(list);
    else if (list.type === "scroll") initScroll(list);
  });
})();
"""
