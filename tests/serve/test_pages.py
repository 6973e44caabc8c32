"""Every page of the dashboard and its JSON twin answer, over real and hostile stores
(in-process, after datasette's tests)."""
from __future__ import annotations

from urllib.parse import quote

import pytest
from serve.hostile import D1, GROUP

LISTS = ["/", "/actors", "/network", "/events", "/stories", "/documents"]
TWINS = {"/": "/api/overview"}


def twin(path: str) -> str:
    return TWINS.get(path) or "/api" + path


def detail_paths(client) -> list[str]:
    """An actor, a story and a document of the store, found through the list twins."""
    actor = client.get("/api/actors").json()["rows"][0]["actor"]["id"]
    story = client.get("/api/stories").json()["rows"][0]["id"]
    doc = client.get("/api/documents").json()["rows"][0]["doc"]["id"]
    return [f"/actors/{quote(actor, safe='')}", f"/stories/{quote(story, safe='')}",
            f"/documents/{quote(doc, safe='')}"]


@pytest.mark.parametrize("store", ["examples", "hostile"])
def test_every_page_and_its_twin_answer(store, request):
    client = request.getfixturevalue(store)
    for path in LISTS + detail_paths(client):
        page = client.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-type"].startswith("text/html")
        assert f'href="{twin(path)}' in page.text, f"{path} links its JSON twin"
        data = client.get(twin(path))
        assert data.status_code == 200, twin(path)
        assert data.headers["content-type"] == "application/json"
        assert isinstance(data.json(), dict)


def test_overview_counts_and_contradictions_first(examples):
    data = examples.get("/api/overview").json()
    assert data["counts"]["documents"] == 9
    assert data["contradictions"] >= 1
    kinds = [c["kind"] for c in data["comparisons"]]
    assert kinds == sorted(kinds, key=lambda k: k != "contradicts")
    assert data["published_first"] <= data["published_last"]
    assert {"Sahel Wire", "Continental Post"} <= {o for o, _ in data["outlets"]}


def test_actor_search_finds_by_alias_and_filters_by_type(examples):
    found = examples.get("/api/actors", params={"q": "jnim"}).json()["rows"]
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in [r["actor"]["name"] for r in found]
    states = examples.get("/api/actors", params={"type": "state"}).json()
    assert states["rows"] and all(r["actor"]["type"] == "state" for r in states["rows"])
    assert all(r["mentions"] >= r["documents"] >= 1 for r in states["rows"])


def test_actor_page_has_ties_events_claims_and_labels(hostile):
    data = hostile.get(f"/api/actors/{quote(GROUP, safe='')}").json()
    assert data["ties_in"]["total"] == 1
    tie = data["ties_in"]["rows"][0]
    assert (tie["subject"]["id"], tie["type"], tie["amount_value"]) == ("RWA", "funds", 5e6)
    assert data["events_as_actor"]["total"] == 2
    assert data["claims_by"]["total"] == 1 and data["claims_about"]["total"] == 1
    assert [o["labels"] for o in data["labels"]] == [[["militia<svg onload=\"document.title = 'pwned'\">", 1]]]


def test_network_edges_carry_amounts_and_filter(hostile, examples):
    edges = hostile.get("/api/network").json()["edges"]
    assert [(e["source"], e["type"], e["target"], e["amount_max"]) for e in edges] == [("RWA", "funds", GROUP, 5e6)]
    everything = examples.get("/api/network").json()
    assert everything["total_edges"] >= len(everything["edges"]) > 0
    one_type = examples.get("/api/network", params={"type": "part_of"}).json()
    assert one_type["edges"] and {e["type"] for e in one_type["edges"]} == {"part_of"}
    limited = examples.get("/api/network", params={"limit": 2}).json()
    assert len(limited["edges"]) == 2 and limited["total_edges"] == everything["total_edges"]


def test_events_filters_facets_timeline_and_map(examples):
    data = examples.get("/api/events").json()
    assert data["window"]["total"] == sum(v["count"] for v in _facet(data, "type"))
    assault = examples.get("/api/events", params={"type": "ASSAULT", "country": "BFA"}).json()
    assert assault["rows"] and all(r["type"] == "ASSAULT" and r["country"] == "BFA" for r in assault["rows"])
    assert assault["points"] and all(p["country"] == "BFA" for p in assault["points"])
    assert sum(b["events"] for b in assault["timeline"]["buckets"]) == assault["window"]["total"]
    dated = examples.get("/api/events", params={"since": "2024-10-01", "until": "2024-10-31"}).json()
    assert dated["rows"]
    for r in dated["rows"]:  # an event's span overlaps October (undated: its report's date does)
        if r["date"] and r["date"][:4].isdigit():
            start, _, end = r["date"].partition(" to ")
            assert start <= "2024-10-31" and (end or start) >= "2024-10-01", r["date"]


def test_events_of_an_actor_as_actor_or_target(hostile):
    rows = hostile.get("/api/events", params={"actor": "goma"}).json()["rows"]
    assert {r["id"] for r in rows} == {"event:1", "event:2"}


def test_story_sets_versions_side_by_side_with_the_revision(hostile):
    data = hostile.get("/api/stories/story%3Araid").json()
    versions = {v["doc"]["id"]: v for v in data["versions"]}
    assert (versions[D1]["toll"], versions["doc-two"]["toll"]) == (12, 30)
    assert versions["doc-two"]["revision"].startswith("killed raised from 12")
    assert versions[D1]["contradicts"] == ["killed"]
    toll_words = [s["text"] for s in versions[D1]["segments"] if "event" in s["kinds"]]
    assert toll_words, "the event's sentence is marked in the text"
    assert data["comparisons"][0]["revision"]["hours"] == 24


def test_document_marks_every_item(hostile):
    data = hostile.get(f"/api/documents/{quote(D1, safe='')}").json()
    assert set(data["counts"]) == {"mention", "event", "claim", "tie"}
    text = "".join(s["text"] for s in data["segments"])
    assert text.startswith("Fighters of the <script>")   # the text whole, cut at the marks
    kinds = {k for s in data["segments"] for k in s["kinds"]}
    assert kinds == {"mention", "event", "claim", "tie"}
    for s in data["segments"]:
        assert all(0 <= i < len(data["items"]) for i in s["items"])


def test_lists_come_a_page_at_a_time(examples):
    first = examples.get("/api/actors").json()
    assert len(first["rows"]) == 50 and first["window"]["pages"] > 1
    second = examples.get("/api/actors", params={"page": 2}).json()
    assert {r["actor"]["id"] for r in first["rows"]}.isdisjoint(r["actor"]["id"] for r in second["rows"])
    assert 'href="?page=2"' in examples.get("/actors").text


@pytest.mark.parametrize("path, status", [
    ("/actors/no-such-actor", 404), ("/api/stories/no-such-story", 404), ("/documents/none", 404),
    ("/events?page=0", 400), ("/api/events?page=two", 400), ("/events?since=2024-02-31", 400),
    ("/api/network?limit=0", 400), ("/no-such-page", 404)])
def test_bad_requests_are_answered_plainly(examples, path, status):
    response = examples.get(path)
    assert response.status_code == status
    if path.startswith("/api/"):
        assert "error" in response.json()


def test_vendored_libraries_and_the_world_outline_are_served(examples):
    for path in ["/static/vendor/cytoscape/cytoscape.min.js", "/static/vendor/leaflet/leaflet.js",
                 "/static/vendor/leaflet/leaflet.css", "/static/vendor/topojson-client/topojson-client.min.js",
                 "/static/vendor/world-atlas/countries-110m.json", "/static/events.js", "/static/app.css"]:
        assert examples.get(path).status_code == 200, path
    for folder in ["cytoscape", "leaflet", "topojson-client", "world-atlas"]:
        assert examples.get(f"/static/vendor/{folder}/LICENSE").status_code == 200


def _facet(data, name):
    return next(f["values"] for f in data["facets"] if f["name"] == name)
