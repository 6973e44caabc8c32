"""`--workers 2` (forked processes extracting each batch while the one before is stored) stores
what one process stores from the same inputs."""
from faultline.pipeline import analyze_paths
from faultline.store import Store
from faultline.store.tables import TABLES


def _tables(db):
    with Store(db) as store:
        return {name: sorted(store.query(f"SELECT * EXCLUDE (run_id) FROM {name}" if name == "documents"
                                         else f"SELECT * FROM {name}"), key=repr) for name in TABLES}


def test_two_processes_store_what_one_process_stores(examples, tmp_path):
    inputs = [examples / "articles", examples / "batch.jsonl", examples / "feeds"]
    one = analyze_paths(inputs, db=str(tmp_path / "one.duckdb"), batch_size=3)
    two = analyze_paths(inputs, db=str(tmp_path / "two.duckdb"), batch_size=3, workers=2)
    assert one.ok and two.ok and one.totals["comparisons"] and one.totals["stories"]
    assert two.read == one.read and two.added == one.added
    assert _tables(tmp_path / "two.duckdb") == _tables(tmp_path / "one.duckdb")
