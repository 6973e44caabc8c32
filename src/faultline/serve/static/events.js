// Events page: a timeline (SVG bars per day, week or month; a click narrows the page to that
// span) and a map (Leaflet over the bundled Natural Earth outline: no tiles, no network).
// Points are sized by the killed and darker the more precise their place.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("events-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attrs, parent) {
    var el = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(el); }
    return el;
  }
  function iso(d) { return d.toISOString().slice(0, 10); }
  function spanEnd(start, unit) {
    var d = new Date(start + "T00:00:00Z");
    if (unit === "day") { return start; }
    if (unit === "week") { d.setUTCDate(d.getUTCDate() + 6); return iso(d); }
    d.setUTCMonth(d.getUTCMonth() + 1);
    d.setUTCDate(0);
    return iso(d);
  }
  function withFilters(changes) {
    var params = new URLSearchParams();
    var merged = Object.assign({}, data.filters, changes);
    Object.keys(merged).forEach(function (k) { if (merged[k]) { params.set(k, merged[k]); } });
    return "/events?" + params.toString();
  }

  function drawTimeline() {
    var box = document.getElementById("timeline");
    var buckets = data.timeline.buckets;
    var width = Math.max(box.clientWidth, 300), height = 150, pad = 22;
    var root = svg("svg", { width: width, height: height, role: "img" }, box);
    if (!buckets.length) {
      var empty = svg("text", { x: 10, y: 20 }, root);
      empty.textContent = "no dated events";
      return;
    }
    var max = Math.max.apply(null, buckets.map(function (b) { return b.events; }));
    var step = (width - 2 * pad) / buckets.length;
    buckets.forEach(function (b, i) {
      var h = Math.max(1, (height - 2 * pad) * b.events / max);
      var bar = svg("rect", { "class": "bar", x: pad + i * step + 1, y: height - pad - h,
                              width: Math.max(1, step - 2), height: h }, root);
      var title = svg("title", {}, bar);
      title.textContent = b.start + ": " + b.events + " events, " + b.killed + " killed";
      bar.addEventListener("click", function () {
        window.location.href = withFilters({ since: b.start, until: spanEnd(b.start, data.timeline.unit), page: "" });
      });
    });
    var first = svg("text", { x: pad, y: height - 6 }, root);
    first.textContent = buckets[0].start;
    var last = svg("text", { x: width - pad, y: height - 6, "text-anchor": "end" }, root);
    last.textContent = buckets[buckets.length - 1].start;
    var top = svg("text", { x: 2, y: pad - 6 }, root);
    top.textContent = max + " events";
  }

  // Natural Earth's rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180;
  // kept continuous (past 180) they draw whole instead of as bands across the map.
  var ANTARCTICA = "010";
  function unwrap(geometry) {
    if (!geometry) { return; }
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    polygons.forEach(function (rings) {
      rings.forEach(function (ring) {
        for (var i = 1; i < ring.length; i++) {
          while (ring[i][0] - ring[i - 1][0] > 180) { ring[i][0] -= 360; }
          while (ring[i][0] - ring[i - 1][0] < -180) { ring[i][0] += 360; }
        }
      });
    });
  }

  var shade = { point: 0.9, city: 0.75, region: 0.45, country: 0.25 };

  function popup(p) {
    var div = document.createElement("div");
    var b = document.createElement("strong");
    b.textContent = p.place || "unnamed place";
    div.appendChild(b);
    var lines = [(p.country || "") + (p.precision ? " (" + p.precision + ")" : ""),
                 p.events + " events, " + p.killed + " killed"];
    lines.forEach(function (line) {
      div.appendChild(document.createElement("br"));
      div.appendChild(document.createTextNode(line));
    });
    return div;
  }

  function drawMap() {
    var map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth 1:110m");
    map.setView([15, 20], 2);
    var markers = [];
    // the largest drawn first, so a small point is never hidden under a large one
    data.points.slice().sort(function (a, b) { return b.killed - a.killed; }).forEach(function (p) {
      var m = L.circleMarker([p.lat, p.lon], {
        radius: 4 + Math.min(26, 2 * Math.sqrt(p.killed)), weight: 1, color: "#7a1f18",
        fillColor: "#c0392b", fillOpacity: shade[p.precision] || 0.3
      }).bindPopup(popup(p));
      m.addTo(map);
      markers.push(m);
    });
    if (markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 6 });
    }
    fetch("/static/vendor/world-atlas/countries-110m.json")
      .then(function (r) { return r.json(); })
      .then(function (topo) {
        var countries = topojson.feature(topo, topo.objects.countries);
        countries.features = countries.features.filter(function (f) { return f.id !== ANTARCTICA; });
        countries.features.forEach(function (f) { unwrap(f.geometry); });
        var land = L.geoJSON(countries, {
          style: { color: "#8c9aa8", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
          interactive: false
        }).addTo(map);
        land.bringToBack();
        document.getElementById("map").setAttribute("data-outline", "drawn");
      });
  }

  drawTimeline();
  drawMap();
})();
