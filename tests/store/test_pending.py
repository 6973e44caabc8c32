"""The comparison is pending from the save that changes documents until it is replaced."""
from store.samples import changed_d1

from faultline.store import RunInfo, Store


def test_a_save_that_writes_marks_the_comparison_pending_until_it_is_replaced(store, analysis, run):
    assert not store.pending()
    store.save(analysis, run)
    assert store.pending()
    store.replace_compared([], analysis.comparisons)
    assert not store.pending()
    assert store.counts()["comparisons"] == len(analysis.comparisons)


def test_an_unchanged_save_leaves_it_done_and_a_changed_one_pending(store, analysis, run):
    store.save(analysis, run)
    store.replace_compared([], [])
    store.save(analysis, RunInfo.start("cfg-1"))
    assert not store.pending()
    store.save(changed_d1(), RunInfo.start("cfg-1"))
    assert store.pending()


def test_pending_survives_reopening(tmp_path, analysis, run):
    with Store(tmp_path / "f.duckdb") as store:
        store.save(analysis, run)
    with Store(tmp_path / "f.duckdb") as store:
        assert store.pending()
