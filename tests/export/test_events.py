"""The ACLED/GDELT-style events table: `faultline export --format events-csv`."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
from store.samples import sample_analysis  # tests/store/samples.py

from export.conftest import FORMULA_TITLE, SCRIPT_TITLE
from faultline.export import export
from faultline.export import events as events_module
from faultline.export.events import COLUMNS, events_table

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
# pandas would read the CAMEO root "08" as the number 8
DTYPES = {"cameo": str, "cameo_code": str}


def documented_columns() -> list[str]:
    """The column names the module docstring lists, in order."""
    return re.findall(r"^    ([a-z0-9_]+)(?:\s|$)", events_module.__doc__, re.M)


def test_every_column_is_documented_in_order_in_the_module_and_the_readme():
    assert documented_columns() == list(COLUMNS)
    missing = [c for c in COLUMNS if f"`{c}`" not in README]
    assert not missing, f"columns not in the README's export section: {missing}"


def test_events_csv_loads_in_pandas_with_the_documented_columns(reported, tmp_path):
    (path,) = export(reported, "events-csv", tmp_path)
    assert path.name == "events.csv"
    frame = pd.read_csv(path, dtype=DTYPES, parse_dates=["date_start", "date_end", "published"])
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == len(reported.events) >= 2
    assert frame["negated"].dtype == bool and frame["killed_best"].notna().all()
    assert str(frame["date_start"].dtype).startswith("datetime64")
    assert set(frame["cameo"]) == {"19"}


def test_rows_name_the_actors_and_count_the_sources_of_their_story(reported):
    rows = events_table(reported).to_pylist()
    assert {r["actor1"] for r in rows} == {"Northern Front"}
    assert {r["actor1_type"] for r in rows} == {"organization"}
    assert {r["location"] for r in rows} == {"Gao"} and {r["iso3"] for r in rows} == {"MLI"}
    assert {r["country"] for r in rows} == {"Mali"}
    # the two reports form one story: each event counts both outlets
    assert len({r["story_id"] for r in rows}) == 1
    assert {(r["num_sources"], r["num_articles"]) for r in rows} == {(2, 2)}
    assert {r["outlets"] for r in rows} == {"Sahel Wire", "Desert Post"}
    sahel = next(r for r in rows if r["outlets"] == "Sahel Wire")
    assert (sahel["killed_best"], sahel["wounded_best"]) == (4, 6)
    assert sahel["evidence"].startswith("Rebels of the Northern Front attacked a police post in Gao")
    assert sahel["url"] == "https://example.org/sahel/gao" and str(sahel["published"]) == "2024-05-07"


def test_first_actor_and_target_are_actor1_and_actor2_the_others_associated():
    analysis = sample_analysis()
    event = analysis.events[0]
    event.actors, event.targets = ["israel", "iran"], ["hezbollah", "person:hassan-nasrallah", "rafah"]
    row = events_table(analysis).to_pylist()[0]
    assert (row["actor1"], row["actor1_type"], row["actor1_country"]) == ("Israel", "state", "ISR")
    assert row["assoc_actor1"] == "Iran"
    assert (row["actor2"], row["actor2_type"], row["actor2_country"]) == ("Hezbollah", "armed_group", "LBN")
    assert row["assoc_actor2"] == "Hassan Nasrallah; Rafah"


def test_syndicated_copies_count_as_sources_and_articles():
    analysis = sample_analysis()
    analysis.documents[0].copies = [
        {"outlet": "Reprint Daily", "url": None, "published": None, "source": None},
        {"outlet": "Outlet", "url": "https://example.org/again", "published": None, "source": None}]
    row = events_table(analysis).to_pylist()[0]
    assert row["outlets"] == "Outlet; Reprint Daily"
    assert (row["num_sources"], row["num_articles"]) == (2, 3)


def test_an_event_without_place_date_or_actor_has_empty_cells():
    row = next(r for r in events_table(sample_analysis()).to_pylist() if r["event_id"] == "e:d2:2")
    assert row["actor1"] is None and row["date_start"] is None and row["latitude"] is None
    assert row["attributed_to"] == "Hezbollah" and row["negated"] is True
    assert (row["num_sources"], row["num_articles"]) == (1, 1)  # d2 names no outlet: a source of its own


def test_hostile_titles_are_defused_for_spreadsheets_and_kept_as_text(reported, tmp_path):
    (path,) = export(reported, "events-csv", tmp_path)
    with open(path, newline="", encoding="utf-8") as f:
        titles = {row["outlets"]: row["title"] for row in csv.DictReader(f)}
    assert titles["Sahel Wire"] == "'" + FORMULA_TITLE
    assert titles["Desert Post"] == SCRIPT_TITLE
