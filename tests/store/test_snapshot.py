"""snapshot: a part of the store copied to Parquet reads back as the store itself reads it."""
from __future__ import annotations

from faultline.store.snapshot import read_snapshot

WINDOW = ("documents", "entities", "relations", "events", "claims")


def test_a_snapshot_reads_back_what_the_store_loads_for_the_same_documents(store, analysis, run, tmp_path):
    store.save(analysis, run)
    folder = tmp_path / "it's here"  # a quote in the path is no SQL
    store.snapshot(folder, WINDOW, ["d1", "d2"])
    for ids in (["d1"], ["d2"], ["d1", "d2"]):
        assert read_snapshot(folder, WINDOW, ids).to_dict() == store.load_collections(WINDOW, doc_ids=ids).to_dict()


def test_a_snapshot_holds_only_the_documents_it_was_given(store, analysis, run, tmp_path):
    store.save(analysis, run)
    store.snapshot(tmp_path, WINDOW, ["d2"])
    assert read_snapshot(tmp_path, WINDOW, ["d1", "d2"]).to_dict() == store.load_collections(WINDOW, doc_ids=["d2"]).to_dict()
    assert read_snapshot(tmp_path, WINDOW, ["d1"]).documents == []
