"""A run killed (kill -9) while comparing leaves the comparison pending; the next run, though
every document is unchanged, completes it, and the store then equals a clean run's."""
import signal
import subprocess
import sys

from faultline.pipeline import analyze_paths
from faultline.store import Store
from faultline.store.tables import TABLES

# analyse into argv[2], and die by SIGKILL once the new stories are written but not the
# comparisons: inside the transaction that replaces both
KILLED_WHILE_COMPARING = """
import contextlib, os, signal, sys
from faultline.pipeline import analyze_paths
from faultline.store import saving

real = saving.registered

@contextlib.contextmanager
def registered(con, name, table):
    if "summary" in table.column_names:
        os.kill(os.getpid(), signal.SIGKILL)
    with real(con, name, table) as view:
        yield view

saving.registered = registered
analyze_paths([sys.argv[1]], db=sys.argv[2])
"""


def _tables(db):
    """Every table's rows, in a canonical order; the run that wrote a document left out."""
    with Store(db) as store:
        out = {}
        for name in TABLES:
            rows = store.query(f"SELECT * EXCLUDE (run_id) FROM {name}" if name == "documents"
                               else f"SELECT * FROM {name}")
            out[name] = sorted(rows, key=repr)
        return out


def test_the_run_after_a_kill_during_comparison_completes_it(examples, tmp_path):
    inputs, db = examples / "articles", tmp_path / "killed.duckdb"
    killed = subprocess.run([sys.executable, "-c", KILLED_WHILE_COMPARING, str(inputs), str(db)],
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with Store(db) as store:
        assert store.pending() and store.counts()["documents"] > 0
        assert store.counts()["comparisons"] == 0

    resumed = analyze_paths([inputs], db=str(db))
    assert resumed.ok and resumed.added == resumed.replaced == [] and resumed.unchanged
    clean = analyze_paths([inputs], db=str(tmp_path / "clean.duckdb"))
    assert clean.totals["comparisons"] > 0 and clean.totals["stories"] > 0
    assert _tables(db) == _tables(tmp_path / "clean.duckdb")
    with Store(db) as store:
        assert not store.pending()
