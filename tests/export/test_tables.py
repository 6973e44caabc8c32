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
