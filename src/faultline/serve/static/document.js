// Document page: a click on marked words lists the items read in them (from the page's JSON),
// and outlines every word of the chosen item. DOM built with textContent only.
(function () {
  "use strict";
  var items = JSON.parse(document.getElementById("doc-items").textContent);
  var text = document.getElementById("doc-text");
  var selection = document.getElementById("selection");
  var marked = text.querySelectorAll("[data-items]");

  function itemsOf(el) {
    return el.getAttribute("data-items").split(" ").filter(Boolean).map(Number);
  }
  function outline(index) {
    var first = null;
    marked.forEach(function (el) {
      var on = itemsOf(el).indexOf(index) >= 0;
      el.classList.toggle("selected", on);
      if (on && !first) { first = el; }
    });
    return first;
  }
  function describe(indices) {
    while (selection.firstChild) { selection.removeChild(selection.firstChild); }
    var h = document.createElement("h2");
    h.textContent = indices.length === 1 ? "Read here" : indices.length + " items read here";
    selection.appendChild(h);
    var ul = document.createElement("ul");
    indices.forEach(function (i) {
      var item = items[i];
      var li = document.createElement("li");
      var badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = item.kind;
      li.appendChild(badge);
      li.appendChild(document.createTextNode(" " + item.summary + " "));
      item.actors.forEach(function (a) {
        var link = document.createElement("a");
        link.href = "/actors/" + encodeURIComponent(a.id);
        link.textContent = a.name;
        li.appendChild(link);
        li.appendChild(document.createTextNode(" "));
      });
      li.addEventListener("mouseenter", function () { outline(i); });
      ul.appendChild(li);
    });
    selection.appendChild(ul);
  }
  marked.forEach(function (el) {
    el.addEventListener("click", function () {
      var indices = itemsOf(el);
      describe(indices);
      outline(indices[indices.length - 1]);
    });
    el.addEventListener("keydown", function (e) { if (e.key === "Enter") { el.click(); } });
  });
  document.querySelectorAll("button.show").forEach(function (button) {
    button.addEventListener("click", function () {
      var i = Number(button.getAttribute("data-item"));
      describe([i]);
      var first = outline(i);
      if (first) { first.scrollIntoView({ block: "center" }); }
    });
  });
})();
