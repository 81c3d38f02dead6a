// scrutiny serve: reloads this page when the site is rebuilt. Served only by `scrutiny serve`.
(function () {
  "use strict";
  var script = document.currentScript;
  var generation = script ? script.getAttribute("data-generation") : "";
  var panel = document.getElementById("scrutiny-build-errors");
  if (panel) panel.focus();
  if (!window.EventSource) return;
  var events = new EventSource("/__scrutiny/events?since=" + encodeURIComponent(generation || ""));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
})();
