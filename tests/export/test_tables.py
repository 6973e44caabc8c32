from __future__ import annotations

import json

import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
import pytest
from store.samples import sample_analysis  # tests/store/samples.py

from faultline.export import export
from faultline.model import Analysis

ROWS = {"documents": 2, "entities": 5, "mentions": 7, "relations": 1, "events": 3, "claims": 2,
        "framing": 1, "comparisons": 1, "stories": 0, "evidence": 9}


def test_export_json_writes_the_contract_document(tmp_path):
    analysis = sample_analysis()
    paths = export(analysis, "json", tmp_path / "out")
    assert paths == [tmp_path / "out" / "analysis.json"]
    assert Analysis.from_dict(json.loads(paths[0].read_text())) == analysis


def test_export_csv_writes_one_file_per_table(tmp_path):
    paths = export(sample_analysis(), "csv", tmp_path)
    assert sorted(p.name for p in paths) == sorted(f"{name}.csv" for name in ROWS)
    tables = {p.stem: pa_csv.read_csv(p) for p in paths}
    assert {name: t.num_rows for name, t in tables.items()} == ROWS
    events = tables["events"].to_pylist()
    assert json.loads(events[0]["actors"]) == ["israel"]
    assert json.loads(events[0]["location"])["lat"] == 31.2969
    assert json.loads(tables["comparisons"].to_pylist()[0]["positions"])[0]["value"] == 12


def test_export_parquet_keeps_lists_and_types(tmp_path):
    paths = export(sample_analysis(), "parquet", tmp_path)
    tables = {p.stem: pq.read_table(p) for p in paths}
    assert {name: t.num_rows for name, t in tables.items()} == ROWS
    assert tables["entities"].column("aliases").to_pylist()[0] == ["Hezbollah", "Hizbullah"]
    assert str(tables["events"].schema.field("date_start").type) == "date32[day]"


def test_export_empty_analysis_writes_empty_tables(tmp_path):
    paths = export(Analysis(), "parquet", tmp_path)
    assert all(pq.read_table(p).num_rows == 0 for p in paths)


def test_unknown_format_names_the_allowed_ones(tmp_path):
    with pytest.raises(ValueError, match="json, csv, parquet"):
        export(sample_analysis(), "xlsx", tmp_path)


def test_parquet_gives_nested_values_their_types(tmp_path):
    tables = {p.stem: pq.read_table(p) for p in export(sample_analysis(), "parquet", tmp_path)}
    events = {r["id"]: r for r in tables["events"].to_pylist()}
    assert events["e:d1:1"]["location"]["lat"] == 31.2969
    assert events["e:d1:1"]["location"]["name"] == "Rafah"
    assert events["e:d2:1"]["quantities"] == [{"value": 300.0, "unit": "rockets", "text": "hundreds of rockets"},
                                              {"value": 2.0, "unit": "drones", "text": "two drones"}]
    (relation,) = tables["relations"].to_pylist()
    assert relation["amount"]["value"] == 700_000_000.0 and relation["amount"]["per"] == "year"
    assert relation["date"]["start"] == "2024-01-01"
    entities = {r["id"]: r for r in tables["entities"].to_pylist()}
    assert entities["iran"]["codes"] == [("cameo", "IRN")]  # a Parquet map reads back as pairs
    (comparison,) = tables["comparisons"].to_pylist()
    assert comparison["subject"]["event"] == "e:d1:1"
    first, second = comparison["positions"]
    assert (first["value"], first["number"]) == ("12", 12.0)
    assert first["evidence"][0]["text"] == "killed 12 people"
    assert json.loads(second["value"]) == {"best": 20, "low": 18} and second["number"] is None
    assert str(tables["events"].schema.field("location").type).startswith("struct<name: string")


def test_parquet_copies_and_revisions_are_structs(tmp_path):
    analysis = sample_analysis()
    analysis.documents[0].copies = [{"outlet": "Reprint Daily", "url": None, "published": None, "source": None}]
    analysis.comparisons[0].subject["revision"] = {"from": 12, "to": 20, "earlier": "d1", "later": "d2", "hours": 24.0}
    tables = {p.stem: pq.read_table(p) for p in export(analysis, "parquet", tmp_path)}
    docs = {r["id"]: r for r in tables["documents"].to_pylist()}
    assert docs["d1"]["copies"][0]["outlet"] == "Reprint Daily" and docs["d2"]["copies"] is None
    assert tables["comparisons"].to_pylist()[0]["subject"]["revision"]["to"] == 20.0


def test_parquet_refuses_a_subject_key_it_would_drop(tmp_path):
    analysis = sample_analysis()
    analysis.comparisons[0].subject["mood"] = "grim"
    with pytest.raises(ValueError, match="comparisons.subject .* mood"):
        export(analysis, "parquet", tmp_path)


def test_csv_keeps_nested_values_as_json_text(tmp_path):
    tables = {p.stem: pa_csv.read_csv(p) for p in export(sample_analysis(), "csv", tmp_path)}
    assert json.loads(tables["relations"].to_pylist()[0]["amount"])["value"] == 700_000_000.0
