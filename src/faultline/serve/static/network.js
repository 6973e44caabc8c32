// The tie graph: Cytoscape.js over the page's own JSON (no request leaves the app).
// Text from articles reaches the DOM through textContent only.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("network-data").textContent);
  var panel = document.getElementById("panel");
  var colours = { person: "#d08a2d", state: "#1f5fa8", armed_group: "#b3261e", organization: "#2e7d32",
                  media: "#7b5ea7", location: "#6d7a86", population: "#8a6d3b" };
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ data: { id: n.actor.id, label: n.actor.name, type: n.actor.type || "unknown",
                            country: n.actor.country || "", degree: n.degree,
                            colour: colours[n.actor.type] || "#444" } });
  });
  data.edges.forEach(function (e, i) {
    elements.push({ data: { id: "edge-" + i, source: e.source, target: e.target, label: data.labels[i],
                            index: i, width: Math.min(1 + Math.log2(e.documents), 6) } });
  });

  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: elements,
    style: [
      { selector: "node", style: { "label": "data(label)", "background-color": "data(colour)",
        "width": "mapData(degree, 1, 30, 12, 34)", "height": "mapData(degree, 1, 30, 12, 34)",
        "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "color": "#1d232b",
        "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "edge", style: { "label": "data(label)", "width": "data(width)", "curve-style": "bezier",
        "target-arrow-shape": "triangle", "line-color": "#9aa6b2", "target-arrow-color": "#9aa6b2",
        "font-size": 9, "color": "#555", "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.8, "min-zoomed-font-size": 7 } },  // a crowded graph's edge labels show on zooming in
      { selector: ".faded", style: { "opacity": 0.15 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#d6336c" } },
      { selector: "edge:selected", style: { "line-color": "#d6336c", "target-arrow-color": "#d6336c" } }
    ],
    // force-directed while it stays quick; a large graph in rings by degree (hubs inside)
    layout: data.nodes.length > 120
      ? { name: "concentric", animate: false, minNodeSpacing: 12,
          concentric: function (n) { return n.data("degree"); } }
      : { name: "cose", animate: false, randomize: false,
          nodeRepulsion: function () { return 20000; }, idealEdgeLength: function () { return 110; } }
  });
  window.faultlineGraph = cy;  // for the browser tests and the curious

  function clear() { while (panel.firstChild) { panel.removeChild(panel.firstChild); } }
  function add(tag, text, parent) {
    var el = document.createElement(tag);
    if (text !== undefined) { el.textContent = text; }
    (parent || panel).appendChild(el);
    return el;
  }
  function link(text, href, parent) {
    var a = add("a", text, parent);
    a.href = href;
    return a;
  }
  function focus(ele) {
    cy.elements().addClass("faded");
    ele.closedNeighborhood().removeClass("faded");
  }

  cy.on("tap", "node", function (evt) {
    var n = evt.target;
    focus(n);
    clear();
    var h = add("h3", n.data("label"));
    h.id = "panel-title";
    add("p", n.data("type") + (n.data("country") ? ", " + n.data("country") : "") + " · " +
        n.data("degree") + " edges shown");
    var ul = add("ul");
    n.connectedEdges().forEach(function (e) {
      var other = e.source().id() === n.id() ? e.target() : e.source();
      var arrow = e.source().id() === n.id() ? "→ " : "← ";
      add("li", arrow + e.data("label") + " " + other.data("label"), ul);
    });
    var p = add("p");
    link("Actor page", "/actors/" + encodeURIComponent(n.id()), p);
    p.appendChild(document.createTextNode(" · "));
    link("only its ties", "/network?actor=" + encodeURIComponent(n.id()), p);
  });
  cy.on("tap", "edge", function (evt) {
    var e = evt.target;
    var edge = data.edges[e.data("index")];
    focus(e);
    clear();
    add("h3", e.source().data("label") + " " + edge.type + " " + e.target().data("label"));
    if (edge.amounts.length) { add("p", "Amounts: " + edge.amounts.join("; ")); }
    add("p", edge.ties + " ties in " + edge.documents + " documents");
    if (edge.outlets.length) { add("p", "Reported by " + edge.outlets.join(", ")); }
  });
  cy.on("tap", function (evt) {
    if (evt.target === cy) { cy.elements().removeClass("faded"); }
  });
})();
