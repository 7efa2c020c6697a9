// Production bundle (trimmed). The shell hydrates from the product API, which this snapshot of the site lacks.
(function () {
  var root = document.getElementById("app");
  if (!root) return;
  fetch("/api/v2/pdp/" + encodeURIComponent(location.pathname), { headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) throw new Error("pdp " + r.status); return r.json(); })
    .then(function (data) { root.setAttribute("data-hydrated", "true"); window.__PDP__ = data; })
    .catch(function (err) { console.warn("hydration failed", err); });
})();
