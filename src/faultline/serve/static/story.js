// Story page: clicking a fact (toll, actors, date, place, claims) of a version outlines the
// words behind it in that version's text and scrolls to the first of them.
(function () {
  "use strict";
  var classes = { toll: "k-toll", actors: "k-actor", date: "k-date", place: "k-place", claim: "k-claim" };
  function show(cell) {
    var fact = cell.getAttribute("data-fact");
    var text = document.getElementById("text-" + cell.getAttribute("data-col"));
    if (!text || !classes[fact]) { return; }
    var on = !cell.classList.contains("active");
    document.querySelectorAll("td.fact.active").forEach(function (c) { c.classList.remove("active"); });
    Object.keys(classes).forEach(function (f) { text.classList.remove("focus-" + f); });
    if (on) {
      cell.classList.add("active");
      text.classList.add("focus-" + fact);
      var first = text.querySelector("." + classes[fact]);
      if (first) { text.scrollTop = first.offsetTop - text.offsetTop - 20; }
    }
  }
  document.querySelectorAll("td.fact").forEach(function (cell) {
    cell.addEventListener("click", function (e) {
      if (e.target.closest("a")) { return; }
      show(cell);
    });
    cell.addEventListener("keydown", function (e) { if (e.key === "Enter") { show(cell); } });
  });
})();
