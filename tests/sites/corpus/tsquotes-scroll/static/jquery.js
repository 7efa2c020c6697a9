/*! jQuery-compatible subset for an offline copy: $(fn), selectors, append/show/hide/find/remove/attr,
 *  click/scroll/on, height/scrollTop, $.map, $.each, $.param, $.ajax, $.get */
(function (window, document) {
    function Q(nodes) { this.nodes = nodes; this.length = nodes.length; }
    function $(sel) {
        if (typeof sel === "function") {
            if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", sel); } else { sel(); }
            return new Q([document]);
        }
        if (sel === window || sel === document || (sel && sel.nodeType)) { return new Q([sel]); }
        return new Q(Array.prototype.slice.call(document.querySelectorAll(sel)));
    }
    Q.prototype.each = function (fn) { for (var i = 0; i < this.nodes.length; i++) { fn.call(this.nodes[i], i, this.nodes[i]); } return this; };
    Q.prototype.append = function (html) {
        var text = Array.isArray(html) ? html.join("") : html;
        return this.each(function () { this.insertAdjacentHTML("beforeend", text); });
    };
    Q.prototype.show = function () { return this.each(function () { this.style.display = ""; }); };
    Q.prototype.hide = function () { return this.each(function () { this.style.display = "none"; }); };
    Q.prototype.find = function (sel) {
        var out = [];
        this.each(function () { out = out.concat(Array.prototype.slice.call(this.querySelectorAll(sel))); });
        return new Q(out);
    };
    Q.prototype.remove = function () { return this.each(function () { if (this.parentNode) { this.parentNode.removeChild(this); } }); };
    Q.prototype.attr = function (name) { return this.nodes.length ? this.nodes[0].getAttribute(name) : undefined; };
    Q.prototype.on = function (name, fn) { return this.each(function () { this.addEventListener(name, fn); }); };
    Q.prototype.click = function (fn) { return this.on("click", fn); };
    Q.prototype.scroll = function (fn) { return this.on("scroll", fn); };
    Q.prototype.height = function () {
        var node = this.nodes[0];
        if (node === window) { return window.innerHeight; }
        if (node === document) { return document.documentElement.scrollHeight; }
        return node ? node.offsetHeight : 0;
    };
    Q.prototype.scrollTop = function () { return window.pageYOffset; };
    $.map = function (items, fn) {
        var out = [];
        for (var i = 0; i < items.length; i++) { var value = fn(items[i], i); if (value !== null && value !== undefined) { out.push(value); } }
        return out;
    };
    $.each = function (items, fn) {
        for (var i = 0; i < items.length; i++) { if (fn.call(items[i], i, items[i]) === false) { break; } }
        return items;
    };
    $.param = function (data) {
        return Object.keys(data).map(function (key) {
            var value = data[key] === null || data[key] === undefined ? "" : data[key];
            return encodeURIComponent(key) + "=" + encodeURIComponent(value);
        }).join("&");
    };
    $.ajax = function (options) {
        var target = options.url;
        if (options.data) { target += (target.indexOf("?") < 0 ? "?" : "&") + $.param(options.data); }
        var xhr = new XMLHttpRequest();
        xhr.open("GET", target);
        xhr.onload = function () { if (xhr.status < 400 && options.success) { options.success(JSON.parse(xhr.responseText)); } };
        xhr.send();
        return xhr;
    };
    $.get = function (target, data, success) {
        if (typeof data === "function") { success = data; data = null; }
        return $.ajax({ url: target, data: data, success: success });
    };
    window.jQuery = window.$ = $;
})(window, document);
