/*! realitnik web app 5.41.2 | (c) Realitník s.r.o. */
(function () {
  "use strict";
  var SUB = {2: "1+kk", 3: "1+1", 4: "2+kk", 5: "2+1", 6: "3+kk", 7: "3+1", 8: "4+kk", 9: "4+1", 10: "5+kk", 11: "5+1", 12: "6-a-vice", 16: "atypicky"};
  var MAIN = {1: "byt", 2: "dum", 3: "pozemek", 4: "komercni", 5: "ostatni"};
  var TYPE = {1: "prodej", 2: "pronajem", 3: "drazby"};
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  }
  function price(v) {
    if (!v || v <= 1) return "Info o ceně u RK";
    return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") + "\u00a0Kč";
  }
  function detailUrl(e) {
    var s = e.seo;
    return "/detail/" + TYPE[s.category_type_cb] + "/" + MAIN[s.category_main_cb] + "/" + SUB[s.category_sub_cb] + "/" + s.locality + "/" + e.hash_id;
  }
  function pageUrl(path, n) {
    return n === 1 ? path : path + "?strana=" + n;
  }
  function card(e) {
    var li = el("li", "MuiGrid2-root MuiGrid2-direction-xs-row css-1tr5dy0 property-item");
    li.setAttribute("data-e2e", "estates-list-item");
    var a = el("a", "MuiTypography-root MuiTypography-inherit MuiLink-root css-1s8rj5h");
    a.href = detailUrl(e);
    var fig = el("div", "css-18ahm7b estate-image");
    var img = el("img", "css-1ubbgyc");
    img.src = e._links.images[0].href;
    img.alt = e.name;
    img.loading = "lazy";
    fig.appendChild(img);
    if (e.region_tip) fig.appendChild(el("span", "MuiChip-root css-4dylv2 tip-badge", "TOP"));
    if (e["new"]) fig.appendChild(el("span", "MuiChip-root css-4dylv2 new-badge", "Nové"));
    a.appendChild(fig);
    var body = el("div", "css-1ojxmbp estate-info");
    body.appendChild(el("p", "MuiTypography-root MuiTypography-body1 css-13ztabm name", e.name));
    body.appendChild(el("p", "MuiTypography-root MuiTypography-body1 css-1pwkn9j locality", e.locality));
    body.appendChild(el("p", "MuiTypography-root MuiTypography-body1 css-ca9wwd price", price(e.price_czk.value_raw)));
    var labels = el("ul", "css-12ye0jc labels");
    e.labels.forEach(function (l) {
      labels.appendChild(el("li", "MuiChip-root MuiChip-sizeSmall css-1dxd3ay label", l));
    });
    body.appendChild(labels);
    a.appendChild(body);
    li.appendChild(a);
    var fav = el("button", "MuiIconButton-root css-1yxmbwk");
    fav.setAttribute("aria-label", "Uložit inzerát");
    li.appendChild(fav);
    return li;
  }
  function ad(zone) {
    var li = el("li", "MuiGrid2-root css-1tr5dy0 ssp-zone-item");
    var d = el("div", "ssp-zone");
    d.id = "ssp-zone-" + zone;
    d.appendChild(el("span", "ssp-label", "Reklama"));
    li.appendChild(d);
    return li;
  }
  function projects(list) {
    var box = el("section", "css-1vlr4r2 projects-tip");
    box.appendChild(el("h2", "MuiTypography-root MuiTypography-h3 css-1qa4g1c", "Nové projekty v lokalitě"));
    list.forEach(function (p) {
      var a = el("a", "css-1x9kv4i project");
      a.href = p.url;
      a.appendChild(el("strong", "css-1ag0ey1", p.name));
      a.appendChild(el("span", "css-15cfl0b", p.locality));
      a.appendChild(el("span", "css-15cfl0b", "od " + price(p.priceFrom)));
      a.appendChild(el("span", "css-15cfl0b", p.flats + " bytů · " + p.developer));
      box.appendChild(a);
    });
    return box;
  }
  function pager(path, page, pages) {
    var nav = el("nav", "MuiPagination-root css-1oj2twp");
    nav.setAttribute("aria-label", "Stránkování");
    var ul = el("ul", "MuiPagination-ul css-nhb8h9");
    function item(label, n, current, aria) {
      var li = el("li");
      if (n == null) {
        var s = el("span", "MuiPaginationItem-root Mui-disabled css-1ogoynn", label);
        li.appendChild(s);
      } else {
        var a = el("a", "MuiPaginationItem-root MuiPaginationItem-page css-1ogoynn" + (current ? " Mui-selected" : ""), label);
        a.href = pageUrl(path, n);
        if (aria) a.setAttribute("aria-label", aria);
        if (current) a.setAttribute("aria-current", "true");
        li.appendChild(a);
      }
      ul.appendChild(li);
    }
    item("‹", page > 1 ? page - 1 : null, false, "Předchozí stránka");
    for (var n = 1; n <= pages; n++) item(String(n), n, n === page, "Stránka " + n);
    item("›", page < pages ? page + 1 : null, false, "Další stránka");
    nav.appendChild(ul);
    return nav;
  }
  function render(state) {
    var root = document.getElementById("app");
    var s = state.search;
    root.textContent = "";
    var crumbs = el("ol", "MuiBreadcrumbs-ol css-nhb8h9");
    state.breadcrumbs.forEach(function (b) {
      var li = el("li", "MuiBreadcrumbs-li");
      var a = el("a", "css-1s8rj5h", b.name);
      a.href = b.url;
      li.appendChild(a);
      crumbs.appendChild(li);
    });
    root.appendChild(crumbs);
    var filters = el("div", "css-1f7h2ry search-filter");
    s.aggregations.category_sub_cb.forEach(function (c) {
      filters.appendChild(el("button", "MuiChip-root MuiChip-clickable css-1ab6v3q", c.name + " (" + c.count + ")"));
    });
    root.appendChild(filters);
    root.appendChild(el("h1", "MuiTypography-root MuiTypography-h1 css-1qa4g1c", s.title));
    root.appendChild(el("p", "css-1bfm8zx result-count", s.resultSize + " inzerátů"));
    var list = el("ul", "MuiGrid2-root MuiGrid2-container css-1ld3zl5 estates-list");
    list.setAttribute("data-e2e", "estates-list");
    s.estates.forEach(function (e, i) {
      list.appendChild(card(e));
      if (state.ads.ssp.listingInsertAfter.indexOf(i + 1) >= 0) list.appendChild(ad(292889));
      if (i === 4 && s.projects.length) {
        var li = el("li", "MuiGrid2-root css-1tr5dy0");
        li.appendChild(projects(s.projects));
        list.appendChild(li);
      }
    });
    root.appendChild(list);
    root.appendChild(pager(state.router.path, s.page, s.pages));
  }
  if (window.__INITIAL_STATE__) render(window.__INITIAL_STATE__);
})();
