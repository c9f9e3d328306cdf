// Live preview of an event's schedule in the page editor: sends the edit
// form to the preview view whenever a field changes and shows the answer.
(function () {
  "use strict";
  function setUp(box) {
    var form = box.closest("form");
    if (!form) return;
    var timer = null;
    var latest = 0;
    function refresh() {
      var data = new FormData(form);
      var request = ++latest;
      fetch(box.dataset.url, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Requested-With": "XMLHttpRequest" },
      })
        .then(function (response) { return response.json(); })
        .then(function (json) {
          if (request === latest) box.innerHTML = json.html;
        })
        .catch(function () {});
    }
    function later() {
      clearTimeout(timer);
      timer = setTimeout(refresh, 400);
    }
    form.addEventListener("input", later);
    form.addEventListener("change", later);
    refresh();
  }
  function init() {
    document.querySelectorAll("[data-schedule-preview]").forEach(setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
