/* search.js v20250311 */
var SEARCH = window.SEARCH || {};
(function (S) {
  S.page = function (n, scroll) {
    var s = 1 + (n - 1) * 27 + (n - 1);
    var url = "?" + S.base_url + "&page=" + n + "&s=" + s + "&click=0";
    if (scroll) { window.scrollTo(0, 0); }
    window.location.href = url;
  };
  S.page_jump = function () {
    var v = parseInt(document.querySelector("#J_bottomPage .input-txt").value, 10);
    if (v > 0 && v <= S.adv_param.page_count) { S.page(2 * v - 1, true); }
  };
  S.loadScroll = function () {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "/s_new.php?" + S.base_url + "&page=" + (S.current_page + 1) + "&s=" + (S.current_page * 27 + 1) + "&scrolling=y&log_id=" + S.log_id + "&tpl=1_M&isList=0&show_items=" + S.show_items.join(","));
    xhr.send();
  };
})(SEARCH);
