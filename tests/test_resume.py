"""A run killed (kill -9) at any point loses at most the batch it was working on: the next run
analyses what is missing, completes a comparison left pending, and the store then equals a
clean run's, table by table, comparisons and stories included.

The kill points: while extracting a batch, inside a batch's save transaction (its rows written,
not committed), between the last save and the comparison, and inside the transaction that
replaces the stories and comparisons.
"""
import signal
import subprocess
import sys

import pytest

from faultline.pipeline import analyze_paths
from faultline.store import Store
from faultline.store.tables import TABLES

BATCH = 3   # the nine example articles in three batches, so a kill can land between them

# Run in a subprocess: `kill_at` wraps one function of the pipeline so that its `n`th call
# kills the process by SIGKILL (no cleanup, no flush: what a power cut or the OOM killer does).
KILLED_RUN = """
import os, signal, sys
from faultline import pipeline
from faultline.store import database, saving

def kill_at(owner, name, n, when=lambda *args: True):
    real, calls = getattr(owner, name), []
    def wrapper(*args, **kwargs):
        if when(*args):
            calls.append(1)
            if len(calls) == n:
                os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    setattr(owner, name, wrapper)

{kill}
pipeline.analyze_paths([sys.argv[1]], db=sys.argv[2], batch_size={batch})
"""

KILL_POINTS = {
    "extracting the second batch": "kill_at(pipeline.Pipeline, 'extract_all', 2)",
    # record_run comes after a batch's inserts, inside its transaction
    "saving the second batch": "kill_at(database, 'record_run', 2)",
    "saving the last batch": "kill_at(database, 'record_run', 3)",
    "before comparing": "kill_at(pipeline, 'compare_store', 1)",
    # the new stories are written, not yet the comparisons
    "writing the comparisons": "kill_at(saving, 'registered', 1, lambda con, name, table: "
                               "'summary' in table.column_names)",
}


def _tables(db):
    """Every table's rows, in a canonical order; the run that wrote a document left out."""
    with Store(db) as store:
        out = {}
        for name in TABLES:
            rows = store.query(f"SELECT * EXCLUDE (run_id) FROM {name}" if name == "documents"
                               else f"SELECT * FROM {name}")
            out[name] = sorted(rows, key=repr)
        return out


@pytest.fixture(scope="module")
def clean(examples, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    report = analyze_paths([examples / "articles"], db=str(db), batch_size=BATCH)
    assert report.totals["comparisons"] > 0 and report.totals["stories"] > 0
    return _tables(db)


@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_run_killed_at_any_point_is_completed_by_the_next(examples, tmp_path, clean, point):
    inputs, db = examples / "articles", tmp_path / "killed.duckdb"
    code = KILLED_RUN.format(kill=KILL_POINTS[point], batch=BATCH)
    killed = subprocess.run([sys.executable, "-c", code, str(inputs), str(db)],
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with Store(db) as store:
        stored = store.counts()["documents"]
        assert stored < 9 or store.pending()   # the kill left work to do
        assert store.counts()["comparisons"] == 0

    resumed = analyze_paths([inputs], db=str(db), batch_size=BATCH)
    assert resumed.ok and len(resumed.unchanged) == stored and not resumed.replaced
    assert _tables(db) == clean
    with Store(db) as store:
        assert not store.pending()
