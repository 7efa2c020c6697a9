/* stagepass web client – main.3e9f1c.js (trimmed) */
(function () {
  "use strict";
  var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function h(tag, cls, html) { var el = document.createElement(tag); if (cls) el.className = cls; if (html != null) el.innerHTML = html; return el; }
  function when(iso) {
    var p = iso.split(/[-T:]/).map(Number), d = new Date(Date.UTC(p[0], p[1] - 1, p[2], p[3], p[4]));
    return DAYS[d.getUTCDay()] + " " + d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear() + ", " + iso.slice(11, 16);
  }
  function decode(packed) {
    var text = decodeURIComponent(escape(atob(packed)));
    return text.split("\n").map(function (line) {
      var f = line.split("|");
      return { id: f[0], artist: f[1], venue: f[2], city: f[3], at: f[4], price: f[5] ? Number(f[5]) : null, soldOut: f[6] === "1" };
    });
  }
  window.StagePass = {
    mount: function (packed) {
      var root = document.getElementById("root");
      var grid = h("ul", "_grid_x81kq_4");
      decode(packed).forEach(function (ev) {
        var li = h("li", "_card_1k3x9_12" + (ev.soldOut ? " _soldout_1k3x9_40" : ""));
        li.appendChild(h("div", "_media_1k3x9_20", '<img src="/img/artists/' + ev.id + '.webp" alt="" width="320" height="180">'));
        var body = h("div", "_body_1k3x9_27");
        body.appendChild(h("h3", "_artist_1k3x9_31", '<a href="/event/' + ev.id + '">' + ev.artist + "</a>"));
        body.appendChild(h("p", "_venue_1k3x9_35", ev.venue + ", " + ev.city));
        body.appendChild(h("p", "_date_1k3x9_38", '<time datetime="' + ev.at + '">' + when(ev.at) + "</time>"));
        body.appendChild(ev.soldOut ? h("span", "_status_1k3x9_44", "Sold out") : h("span", "_price_1k3x9_47", "From £" + ev.price.toFixed(2)));
        li.appendChild(body);
        grid.appendChild(li);
      });
      root.appendChild(grid);
    }
  };
})();
