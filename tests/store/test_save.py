from __future__ import annotations

import dataclasses
import threading

from store.samples import changed_d1, document, normalize, sample_analysis, synthetic_analysis

from faultline.model import Analysis
from faultline.store import RunInfo, SaveResult, Store

EXPECTED = {"documents": 2, "entities": 5, "mentions": 7, "relations": 1, "events": 3,
            "claims": 2, "framing": 1, "comparisons": 0, "stories": 0, "evidence": 9, "runs": 1}


def test_save_new_documents_fills_every_table(store, analysis, run):
    result = store.save(analysis, run)
    assert result == SaveResult(added=["d1", "d2"], replaced=[], unchanged=[])
    assert store.counts() == EXPECTED
    row = store.query("SELECT * FROM runs")[0]
    assert (row["id"], row["config_hash"], row["documents_added"]) == ("run-1", "cfg-1", 2)
    assert store.query("SELECT run_id, config_hash FROM documents WHERE id = 'd1'") == [
        {"run_id": "run-1", "config_hash": "cfg-1"}]


def test_saving_unchanged_input_again_changes_no_table(store, analysis, run):
    store.save(analysis, run)
    before = store.counts()
    result = store.save(sample_analysis(), RunInfo.start("cfg-1"))
    assert result == SaveResult(added=[], replaced=[], unchanged=["d1", "d2"])
    assert store.counts() == before
    assert [r["id"] for r in store.query("SELECT id FROM runs")] == ["run-1"]


def test_document_state(store, analysis, run):
    assert store.document_state("d1", "sha-d1", "cfg-1") == "new"
    store.save(analysis, run)
    assert store.document_state("d1", "sha-d1", "cfg-1") == "same"
    assert store.document_state("d1", "sha-other", "cfg-1") == "changed"
    assert store.document_state("d1", "sha-d1", "cfg-2") == "changed"


def test_versions_lists_every_stored_document_in_one_query(store, analysis, run):
    assert store.versions() == {}
    store.save(analysis, run)
    versions = store.versions()
    assert set(versions) == {d.id for d in analysis.documents}
    assert all(v == (d.sha256, "cfg-1") for d in analysis.documents for v in [versions[d.id]])


def test_changed_document_replaces_its_rows_and_drops_orphaned_entities(store, analysis, run):
    store.save(analysis, run)
    result = store.save(changed_d1(), RunInfo("run-2", "cfg-1"))
    assert result == SaveResult(added=[], replaced=["d1"], unchanged=[])
    counts = store.counts()
    assert counts["documents"] == 2
    assert counts["runs"] == 2
    assert counts["relations"] == 0                       # the funding tie was only in d1
    assert store.query("SELECT count(*) AS n FROM entities WHERE id = 'iran'") == [{"n": 0}]
    d1 = store.load(["d1"])
    assert [e.fatalities.killed.best for e in d1.events] == [14]
    assert len(d1.events[0].evidence) == 1
    assert d1.documents[0].sha256 == "sha-d1-v2"
    # d2 untouched, shared entities kept with their d2 mentions
    assert normalize(store.load(["d2"]).to_dict())["events"] == normalize(
        Analysis(events=sample_analysis().events[1:]).to_dict())["events"]
    hezbollah = next(e for e in store.load().entities if e.id == "hezbollah")
    assert {m.doc for m in hezbollah.mentions} == {"d1", "d2"}
    assert hezbollah.aliases == ["Hezbollah", "Hizbullah", "Hizballah"]  # unioned, in order
    assert hezbollah.codes == {}                                          # from the new analysis


def test_changed_config_hash_replaces(store, analysis, run):
    store.save(analysis, run)
    result = store.save(sample_analysis(), RunInfo("run-2", "cfg-2"))
    assert result.replaced == ["d1", "d2"]
    counts = store.counts()
    assert {k: v for k, v in counts.items() if k != "runs"} == {
        k: v for k, v in EXPECTED.items() if k != "runs"}
    assert counts["runs"] == 2


def test_same_source_under_a_new_id_replaces_the_old_document(store, analysis, run):
    store.save(analysis, run)
    new = changed_d1()
    old_id = new.documents[0].id
    new.documents[0] = dataclasses.replace(new.documents[0], id="d1-v2")
    for item in (*new.events, *new.claims):
        item.id = item.id.replace(old_id, "d1-v2")
        item.evidence = [dataclasses.replace(s, doc="d1-v2") for s in item.evidence]
    for e in new.entities:
        e.mentions = [dataclasses.replace(m, doc="d1-v2") for m in e.mentions]
    result = store.save(new, RunInfo("run-2", "cfg-1"))
    assert result == SaveResult(added=[], replaced=["d1-v2"], unchanged=[])
    docs = store.query("SELECT id, source FROM documents ORDER BY id")
    assert docs == [{"id": "d1-v2", "source": "feeds/d1.txt"}, {"id": "d2", "source": None}]
    assert store.query("SELECT DISTINCT doc FROM evidence ORDER BY doc") == [
        {"doc": "d1-v2"}, {"doc": "d2"}]
    assert store.query("SELECT count(*) AS n FROM mentions WHERE doc = 'd1'") == [{"n": 0}]


def test_documents_without_source_never_match_by_source(store, run):
    a = Analysis(documents=[document("d1", source="-")])
    b = Analysis(documents=[document("d2", source="-")])
    store.save(a, run)
    assert store.save(b, run).added == ["d2"]
    assert store.counts()["documents"] == 2


def test_one_run_saving_in_batches_adds_up_in_one_runs_row(store, run):
    store.save(Analysis(documents=[document("d1")]), run)
    store.save(Analysis(documents=[document("d2")]), run)
    assert store.query("SELECT documents_added, documents_replaced FROM runs") == [
        {"documents_added": 2, "documents_replaced": 0}]


def test_bad_data_raises_store_error_and_writes_nothing(store, analysis, run):
    import pytest

    from faultline.errors import StoreError
    analysis.documents[0].published = "May 2024"
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        store.save(analysis, run)
    assert set(store.counts().values()) == {0}


def test_threads_can_share_one_store(store, run):
    corpus = synthetic_analysis(40)
    halves = [corpus.documents[:20], corpus.documents[20:]]
    errors = []

    def save(docs):
        try:
            store.save(dataclasses.replace(corpus, documents=docs), run)
            store.counts()
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=save, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.counts()["documents"] == 40
    assert store.counts()["events"] == 200


def test_bulk_save_of_many_documents_keeps_every_row(run):
    corpus = synthetic_analysis(200)
    with Store() as store:
        store.save(corpus, run)
        counts = store.counts()
    assert counts["documents"] == 200
    assert counts["mentions"] == 200 * 20
    assert counts["events"] == counts["claims"] == 200 * 5
