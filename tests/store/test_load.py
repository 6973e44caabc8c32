from __future__ import annotations

from store.samples import normalize

from faultline.model import Analysis, Comparison, Position, Span
from faultline.store import Store


def test_round_trip_equals_the_original(store, analysis, run):
    store.save(analysis, run)
    store.replace_compared(analysis.stories, analysis.comparisons)
    loaded = store.load()
    assert normalize(loaded.to_dict()) == normalize(analysis.to_dict())
    assert loaded.to_dict() == normalize(analysis.to_dict())  # the store's order is canonical


def test_round_trip_through_a_file(tmp_path, analysis, run):
    path = tmp_path / "f.duckdb"
    with Store(path) as store:
        store.save(analysis, run)
        store.replace_compared(analysis.stories, analysis.comparisons)
    with Store(path) as store:
        assert normalize(store.load().to_dict()) == normalize(analysis.to_dict())


def test_load_a_subset_of_documents(store, analysis, run):
    store.save(analysis, run)
    store.replace_compared(analysis.stories, analysis.comparisons)
    d1 = store.load(["d1"])
    assert [d.id for d in d1.documents] == ["d1"]
    assert [e.id for e in d1.entities] == ["hezbollah", "iran", "israel", "rafah"]
    assert all(m.doc == "d1" for e in d1.entities for m in e.mentions)
    assert [r.id for r in d1.relations] == ["r:d1:1"]
    assert [e.id for e in d1.events] == ["e:d1:1"]
    assert [c.id for c in d1.claims] == ["c:d1:1"]
    assert d1.framing == []
    assert [c.id for c in d1.comparisons] == ["cmp:1"]
    # evidence keeps its original order, not offset order
    assert [s.text for s in d1.events[0].evidence] == [
        "An Israeli strike killed 12 people in Rafah", "officials said"]
    assert store.load([]).to_dict() == Analysis().to_dict()
    assert store.load(["nope"]).documents == []


def test_replace_compared_replaces_the_whole_table(store):
    span = Span("d1", 0, 4, "Iran")
    first = [Comparison(f"cmp:{i}", "corroborates", "t", {"claim": "c"},
                        [Position("d1", i, [span]), Position("d2", i)]) for i in range(3)]
    store.replace_compared([], first)
    assert store.counts()["comparisons"] == 3
    second = [Comparison("cmp:9", "contradicts", "u", {"entities": ["a", "b"], "attribute": "x"},
                         [Position("d1", None), Position("d3", [1, 2])], summary="s")]
    store.replace_compared([], second)
    assert store.load().comparisons == second
    assert store.load(["d3"]).comparisons == second
    assert store.load(["d2"]).comparisons == []
    store.replace_compared([], [])
    assert store.counts()["comparisons"] == 0


def test_query_returns_dicts(store, analysis, run):
    store.save(analysis, run)
    rows = store.query("SELECT id, killed_best FROM events WHERE doc = ? ORDER BY id", ["d2"])
    assert rows == [{"id": "e:d2:1", "killed_best": None}, {"id": "e:d2:2", "killed_best": 20}]
    assert store.connection.execute("SELECT count(*) FROM claims").fetchone() == (2,)
