"""windows: the store compared a window of publication time at a time, and again only where
documents changed."""
import dataclasses

import pytest

from faultline.compare import compare_corpus, compare_store
from faultline.compare.windows import HALO_WEEKS, UNDATED, WINDOW_WEEKS, compare_window, week_of, window_of
from faultline.pipeline import analyze_paths
from faultline.store import RunInfo, Store
from faultline.store.ownership import restrict


@pytest.fixture(scope="module")
def analysis(examples):
    report = analyze_paths([examples / "articles"], db=None)
    return report.analysis


def _ids(result):
    return sorted(s.id for s in result.stories), sorted(c.id for c in result.comparisons)


def test_a_store_within_one_context_is_compared_as_compare_corpus_compares_it(analysis):
    first = week_of("2024-10-09")
    near = [d.id for d in analysis.documents if 0 <= week_of(d.published) - first <= HALO_WEEKS]
    one = restrict(analysis, near)
    assert len(one.documents) >= 3
    with Store() as store:
        store.save(one, RunInfo.start("cfg"))
        stored = compare_store(store)
    whole = compare_corpus(one)
    assert _ids(stored) == _ids(whole) and whole.comparisons


def test_what_a_window_keeps_is_anchored_in_it(analysis):
    window = window_of(week_of("2024-11-20"))
    kept = compare_window(analysis, window)
    published = {d.id: week_of(d.published) for d in analysis.documents}
    for story in kept.stories:
        assert window_of(min(published[d] for d in story.docs if published[d] >= 0)) == window


def test_a_run_compares_again_only_the_windows_around_what_it_wrote(analysis, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save(analysis, RunInfo.start("cfg"))
        compare_store(store, pending_only=True)
        assert not store.pending() and store.pending_weeks() == []
        before = {r["id"]: r["anchor"] for r in store.query("SELECT id, anchor FROM comparisons")}
        assert before and None not in before.values()
        late = max(analysis.documents, key=lambda d: d.published or "")
        changed = dataclasses.replace(late, text=late.text + "\nMore follows.", sha256="changed")
        store.save(dataclasses.replace(analysis, documents=[changed]), RunInfo.start("cfg"))
        assert store.pending_weeks() == [week_of(late.published)]
        contexts = []
        real = compare_window

        def spy(context, anchor, options=None):
            contexts.append(anchor)
            return real(context, anchor, options)
        import faultline.compare.windows as windows
        windows.compare_window, saved = spy, windows.compare_window
        try:
            compare_store(store, pending_only=True)
        finally:
            windows.compare_window = saved
        reach = {window_of(week_of(late.published) + k) for k in (-HALO_WEEKS, HALO_WEEKS)}
        assert contexts and set(contexts) <= set(range(min(reach), max(reach) + 1))
        after = {r["id"]: r["anchor"] for r in store.query("SELECT id, anchor FROM comparisons")}
        full = compare_store(store)   # the whole store again finds what the windows redone left
        assert set(after) == {c.id for c in full.comparisons}


def test_documents_without_a_date_are_their_own_window_and_in_every_context(analysis, tmp_path):
    undated = [dataclasses.replace(d, published=None) for d in analysis.documents[:3]]
    with Store() as store:
        store.save(dataclasses.replace(analysis, documents=undated + analysis.documents[3:]), RunInfo.start("cfg"))
        assert UNDATED in store.pending_weeks()
        compare_store(store, pending_only=True)
        assert not store.pending()
