"""The dask engine stores what the single-machine path stores from the same inputs: with dask's
synchronous scheduler (deterministic, in this process) and once on a real LocalCluster."""
import json

import pytest

from faultline.pipeline import analyze_paths
from faultline.store import Store
from faultline.store.tables import TABLES

BATCH = 3   # several partitions, and examples/batch.jsonl cut into byte ranges


def _tables(db):
    """Every table's rows in a canonical order; the run that wrote a document left out."""
    with Store(db) as store:
        return {name: sorted(store.query(f"SELECT * EXCLUDE (run_id) FROM {name}" if name == "documents"
                                         else f"SELECT * FROM {name}"), key=repr) for name in TABLES}


@pytest.fixture(scope="module")
def inputs(examples):
    return [examples / "articles", examples / "batch.jsonl", examples / "feeds"]


@pytest.fixture(scope="module")
def single(inputs, tmp_path_factory):
    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    report = analyze_paths(inputs, db=str(db), batch_size=BATCH)
    assert report.ok and report.totals["comparisons"] and report.totals["stories"]
    return report, _tables(db)


def test_the_sync_scheduler_stores_what_one_machine_stores(inputs, single, tmp_path):
    db = tmp_path / "dask.duckdb"
    report = analyze_paths(inputs, db=str(db), batch_size=BATCH, engine="dask", scheduler="sync")
    one, tables = single
    assert _tables(db) == tables
    assert report.read == one.read and sorted(report.added) == sorted(one.added)
    assert json.loads(report.analysis.to_json()) == json.loads(one.analysis.to_json())
    assert not (tmp_path / "dask.duckdb.parts").exists()   # the run's Parquet parts are removed


def test_a_second_dask_run_finds_everything_unchanged_and_extracts_nothing(inputs, single, tmp_path, monkeypatch):
    db = str(tmp_path / "again.duckdb")
    analyze_paths(inputs, db=db, batch_size=BATCH, engine="dask", scheduler="sync")
    from faultline.pipeline import Pipeline

    def refuse(*args, **kwargs):
        raise AssertionError("extracted again")
    monkeypatch.setattr(Pipeline, "extract_all", refuse)
    again = analyze_paths(inputs, db=db, batch_size=BATCH, engine="dask", scheduler="sync", collect=False)
    assert again.ok and not again.added and len(again.unchanged) == len(single[0].read)
    assert _tables(db) == single[1]


def test_a_dask_run_after_a_single_machine_run_adds_what_a_second_single_machine_run_adds(examples, tmp_path):
    stores = []
    for engine in ("local", "dask"):
        db = str(tmp_path / f"{engine}.duckdb")
        analyze_paths([examples / "articles"], db=db)
        added = analyze_paths([examples / "articles", examples / "wider"], db=db, engine=engine, scheduler="sync")
        assert len(added.added) == len(list((examples / "wider").glob("*.txt")))
        stores.append(_tables(db))
    assert stores[0] == stores[1]


def test_stdin_is_refused_by_name_and_the_rest_is_read(examples, tmp_path):
    report = analyze_paths(["-", examples / "articles" / "sahel_wire_djibo_ambush.txt"],
                           db=str(tmp_path / "s.duckdb"), engine="dask", scheduler="sync")
    assert [e.origin for e in report.errors] == ["-"] and len(report.added) == 1


def test_a_local_cluster_of_two_worker_processes_stores_what_one_machine_stores(inputs, single, tmp_path):
    db = tmp_path / "cluster.duckdb"
    report = analyze_paths(inputs, db=str(db), batch_size=BATCH, engine="dask", workers=2)
    assert report.ok
    assert _tables(db) == single[1]


def test_the_command_takes_the_engine_from_its_options_or_the_environment(examples, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from faultline.cli import main
    article = str(examples / "articles" / "sahel_wire_djibo_ambush.txt")
    monkeypatch.setenv("FAULTLINE_SCHEDULER", "sync")
    done = CliRunner().invoke(main, ["analyze", article, "--db", str(tmp_path / "cli.duckdb")])
    assert done.exit_code == 0, done.output
    assert "read 1 articles: 1 added" in done.output
    with Store(tmp_path / "cli.duckdb") as store:
        (run,) = store.query("SELECT extra FROM runs")
    assert json.loads(run["extra"])["engine"] == "dask"
