"""The notebook's API: analyse a text or files, open a store, tables of names as DataFrames."""
from __future__ import annotations

import importlib.util
import json

import pandas as pd
import pyarrow as pa
import pytest

import faultline
from faultline.errors import StoreError
from faultline.export.events import COLUMNS

GAO = ("Rebels of the Northern Front attacked a police post in Gao on Monday, killing four "
       "officers, the governor said. Iran funds Hezbollah.")
GAO_AGAIN = ("Gunmen from the Northern Front stormed a police post in Gao on Monday and killed "
             "four officers, a police spokesman said.")


@pytest.fixture(scope="module")
def analysis():
    return faultline.analyze_text(GAO, title="Police post attacked", outlet="Sahel Wire",
                                  published="7 May 2024", url="https://example.org/gao")


def test_analyze_text_keeps_the_metadata(analysis):
    (doc,) = analysis.documents
    assert (doc.title, doc.outlet, doc.url) == ("Police post attacked", "Sahel Wire", "https://example.org/gao")
    assert doc.published == "2024-05-07" and doc.source == "https://example.org/gao"
    assert doc.text == GAO


def test_analyze_text_refuses_metadata_it_does_not_know():
    with pytest.raises(TypeError, match="author"):
        faultline.analyze_text(GAO, author="someone")


def test_frames_are_dataframes_with_names(analysis):
    events = analysis.events_frame()
    assert isinstance(events, pd.DataFrame) and list(events.columns) == list(COLUMNS)
    assert list(events["actor1"]) == ["Northern Front"] and list(events["location"]) == ["Gao"]
    assert str(events["date_start"].dtype).startswith("datetime64")
    assert events["date_start"].iloc[0] == pd.Timestamp("2024-05-06")  # the Monday before
    actors = analysis.actors_frame().set_index("actor_id")
    assert actors.loc["IRN", "name"] == "Iran" and actors.loc["IRN", "ties"] == 1
    ties = analysis.ties_frame()
    assert list(zip(ties["subject"], ties["type"], ties["object"])) == [("Iran", "funds", "Hezbollah")]
    claims = analysis.claims_frame()
    assert list(claims["speaker"]) == ["the governor"] and list(claims["outlets"]) == ["Sahel Wire"]
    assert analysis.stories_frame().empty  # one report is no story


def test_without_pandas_the_frames_are_arrow_tables(analysis, monkeypatch):
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pandas" else find_spec(name, *a))
    events = analysis.events_frame()
    assert isinstance(events, pa.Table) and events.column_names == list(COLUMNS)
    assert events.column("actor1").to_pylist() == ["Northern Front"]


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """Two outlets' reports of one attack and an empty file, analysed into a store by
    faultline.analyze."""
    where, db = tmp_path_factory.mktemp("corpus"), tmp_path_factory.mktemp("store") / "corpus.duckdb"
    for name, text in (("sahel.txt", GAO), ("desert.txt", GAO_AGAIN), ("empty.txt", "")):
        (where / name).write_text(text, encoding="utf-8")
    for name, outlet in (("sahel", "Sahel Wire"), ("desert", "Desert Post")):
        (where / f"{name}.meta.json").write_text(
            json.dumps({"outlet": outlet, "published": "2024-05-07"}), encoding="utf-8")
    with pytest.warns(UserWarning, match="empty.txt"):
        analysis = faultline.analyze(where, db=db)
    return db, analysis


def test_analyze_stores_the_files_and_warns_of_the_unreadable(stored):
    db, analysis = stored
    assert len(analysis.documents) == 2 and db.is_file()
    assert len(analysis.stories) == 1


def test_open_gives_the_stored_corpus_and_its_frames(stored):
    db, analysis = stored
    corpus = faultline.open(db)
    assert corpus.counts()["documents"] == 2
    events = corpus.events_frame()
    assert sorted(events["event_id"]) == sorted(e.id for e in analysis.events)
    assert set(events["num_sources"]) == {2}  # each report's event counts the story's other outlet
    assert set(events["outlets"]) == {"Sahel Wire", "Desert Post"}
    assert corpus.stories_frame()["documents"].tolist() == [2]
    assert corpus.reload() is corpus.analysis


def test_open_refuses_a_missing_store_and_creates_none(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        faultline.open(tmp_path / "missing.duckdb")
    assert not (tmp_path / "missing.duckdb").exists()


def test_open_is_not_star_imported_over_the_builtin():
    assert "open" not in faultline.__all__ and "analyze_text" in faultline.__all__
    assert faultline.open.__module__ == "faultline.api"
