"""Hostile text in the store-layout exports: CSV cells a spreadsheet would run are defused,
JSON and Parquet keep the text as it was written."""
from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
from store.samples import hostile_analysis  # tests/store/samples.py

from faultline.export import export


def rows(path) -> list[dict[str, str]]:
    """A CSV file's rows as the raw text a spreadsheet would get."""
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_csv_export_quotes_cells_a_spreadsheet_would_run(tmp_path):
    export(hostile_analysis(), "csv", tmp_path)
    docs = {r["id"]: r for r in rows(tmp_path / "documents.csv")}
    assert docs["d1"]["title"] == "'=HYPERLINK(\"http://x\",\"y\")"
    claims = {r["id"]: r for r in rows(tmp_path / "claims.csv")}
    assert claims["c:d1:1"]["speaker_text"] == "'+cmd"
    assert claims["c:d1:1"]["text"].startswith("'-2+3 people")
    assert claims["c:d2:1"]["speaker_text"] == "'\rHassan" and claims["c:d2:1"]["cue"] == "'\tsaid"
    entities = {r["id"]: r for r in rows(tmp_path / "entities.csv")}
    assert entities["iran"]["name"] == "'@SUM(1)"
    assert json.loads(entities["iran"]["aliases"]) == ["=1+1", "Iran"]  # a JSON list opens with [
    assert entities["rafah"]["name"] == "Rafah"


def test_csv_export_leaves_numbers_alone(tmp_path):
    export(hostile_analysis(), "csv", tmp_path)
    events = {r["id"]: r for r in rows(tmp_path / "events.csv")}
    assert (events["e:d1:1"]["lat"], events["e:d1:1"]["lon"]) == ("-34.6037", "-58.3816")
    assert events["e:d1:1"]["killed_best"] == "12"
    assert json.loads(events["e:d1:1"]["location"])["lon"] == -58.3816


def test_json_and_parquet_exports_keep_the_raw_text(tmp_path):
    export(hostile_analysis(), "json", tmp_path / "json")
    data = json.loads((tmp_path / "json" / "analysis.json").read_text(encoding="utf-8"))
    assert data["documents"][0]["title"] == '=HYPERLINK("http://x","y")'
    assert data["claims"][0]["speaker_text"] == "+cmd"
    export(hostile_analysis(), "parquet", tmp_path / "pq")
    entities = pq.read_table(tmp_path / "pq" / "entities.parquet").to_pylist()
    assert {e["id"]: e["name"] for e in entities}["iran"] == "@SUM(1)"
    claims = pq.read_table(tmp_path / "pq" / "claims.parquet").to_pylist()
    assert claims[0]["text"].startswith("-2+3")


def test_events_csv_defuses_text_and_leaves_negative_coordinates_alone(tmp_path):
    analysis = hostile_analysis()
    analysis.events[0].actors = ["iran"]  # named "@SUM(1)"
    export(analysis, "events-csv", tmp_path)
    event = {r["event_id"]: r for r in rows(tmp_path / "events.csv")}["e:d1:1"]
    assert event["title"] == "'=HYPERLINK(\"http://x\",\"y\")" and event["actor1"] == "'@SUM(1)"
    assert (event["latitude"], event["longitude"]) == ("-34.6037", "-58.3816")
