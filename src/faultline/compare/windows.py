"""Stored documents compared a window of publication time at a time, never the whole store.

    window     `WINDOW_WEEKS` consecutive publication weeks (a week: the day number // 7, as
               `migrations.WEEK_SQL` counts it). A story or comparison belongs to the window of
               the earliest-published document it involves (its anchor); UNDATED (-1) when
               none of its documents has a date
    context    a window is compared (`compare_corpus`) over the documents published from
               `HALO_WEEKS` weeks before it to `HALO_WEEKS` weeks after it, plus those
               without a date, and keeps what it anchors: stories (which span two weeks at
               most), statements (compared within four) and ties reported that close are
               found whole. Documents published further apart are not compared, and a
               document's words are weighed (TF-IDF) against its context, not the store
    again      every save records the publication weeks of the documents it writes or deletes
               (`Store.pending_weeks`); after a run only the windows whose context holds one
               of them are compared again, each replacing its own stories and comparisons in
               a transaction of its own. A document without a date is in every context, so
               it has every window compared again; a store compared before windows existed
               (rows without an anchor) is compared whole once
A store small enough to lie in one context is compared exactly as `compare_corpus` compares it.
Memory is one context's (the documents of `WINDOW_WEEKS + 2 * HALO_WEEKS` weeks), whatever
the store holds, and the windows are independent tasks: `runner` maps them, in this process
by default or on a cluster (`faultline.engine.dask`). There each task reads its context from
a Parquet snapshot of the documents compared (`Snapshot`) and returns its rows laid out for
the store, so that the one process writing the store only copies and inserts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from faultline.compare.corpus import CompareOptions, day
from faultline.model import Analysis, Comparison, Story
from faultline.store.migrations import WEEK_SQL
from faultline.store.objects import tables_to_analysis
from faultline.store.snapshot import read_snapshot
from faultline.store.tables import analysis_to_tables

if TYPE_CHECKING:
    from faultline.store import Store

WINDOW_WEEKS = 4
HALO_WEEKS = 4
UNDATED = -1
# what a context reads; documents are grouped on their words and the entities they name
NEEDED = ("documents", "entities", "relations", "events", "claims")

Runner = Callable[[Callable, Iterable], Iterable]


@dataclass
class WindowResult:
    """What one window anchors: its stories and comparisons."""
    anchor: int
    stories: list[Story]
    comparisons: list[Comparison]

    def tables(self) -> dict[str, pa.Table]:
        """Its rows as the store lays them out, each with its anchor (`Store.replace_windows`)."""
        tables = analysis_to_tables(Analysis(stories=self.stories, comparisons=self.comparisons))
        return {name: tables[name].append_column(
                    "anchor", pa.array([self.anchor] * tables[name].num_rows, pa.int32()))
                for name in ("stories", "comparisons")}


@dataclass(frozen=True)
class Snapshot:
    """The contexts read from a Parquet copy of the store in `folder`, which every process
    running the windows sees (`Store.snapshot`): a worker of a cluster cannot open the store."""
    folder: str

    def __call__(self, doc_ids: list[str]) -> Analysis:
        return read_snapshot(Path(self.folder), NEEDED, doc_ids)


def window_of(week: int) -> int:
    return UNDATED if week < 0 else week // WINDOW_WEEKS


def week_of(published: str | None) -> int:
    number = day(published)
    return -1 if number is None else number // 7


def compare_window(context: Analysis, anchor: int, options: CompareOptions | None = None) -> WindowResult:
    """The stories and comparisons of `context` that window `anchor` holds."""
    from faultline.compare import compare_corpus  # the package imports this module

    found = compare_corpus(context, options)
    weeks = {d.id: week_of(d.published) for d in context.documents}

    def anchored(docs: Iterable[str]) -> int:
        dated = [weeks[d] for d in docs if weeks.get(d, -1) >= 0]
        return window_of(min(dated)) if dated else UNDATED
    return WindowResult(anchor, [s for s in found.stories if anchored(s.docs) == anchor],
                        [c for c in found.comparisons if anchored(p.doc for p in c.positions) == anchor])


def compare_windows(store: "Store", options: CompareOptions | None = None, pending_only: bool = False,
                    runner: Runner | None = None, collect: bool = False,
                    snapshot: Path | None = None) -> WindowResult:
    """Compare the windows of the store (those the pending weeks touch, with `pending_only`)
    and write each one's stories and comparisons back; then clear what was pending. With
    `collect`, the result holds them all (else nothing: they are in the store). With
    `snapshot`, a folder, the contexts are copied there first and each window reads its own
    from the copy, wherever `runner` runs it; else they are read from the store here."""
    present = {window_of(r["week"]) for r in store.query(
        f"SELECT DISTINCT {WEEK_SQL.format(column='published')} AS week FROM documents")}
    stored = {r["anchor"] for r in store.query(
        "SELECT DISTINCT anchor FROM stories UNION SELECT DISTINCT anchor FROM comparisons")}
    pending = store.pending_weeks()
    if not pending_only or None in stored or UNDATED in pending:
        affected = present | stored - {None}
    else:
        affected = {window_of(w) for p in pending for w in range(p - HALO_WEEKS, p + HALO_WEEKS + 1)}
    windows = [(anchor, _context_ids(store, anchor)) for anchor in sorted(affected & present)]

    def read(doc_ids: list[str]) -> Analysis:
        return store.load_collections(NEEDED, doc_ids=doc_ids)

    if snapshot is not None and windows:
        store.snapshot(snapshot, NEEDED, {i for _, ids in windows for i in ids})
        read = Snapshot(str(snapshot))
    out = WindowResult(UNDATED, [], [])
    for anchor, tables in (runner or _in_process)(partial(_compare_context, read=read, options=options), windows):
        store.replace_windows([anchor], tables, done=False)
        if collect:
            found = tables_to_analysis(tables)
            out.stories += found.stories
            out.comparisons += found.comparisons
    # windows left without documents lose what they held; then nothing is pending
    store.replace_windows(sorted(affected - present), {}, done=True)
    return out


def _compare_context(window: tuple[int, list[str]], read: Callable[[list[str]], Analysis],
                     options: CompareOptions | None) -> tuple[int, dict[str, pa.Table]]:
    # the rows are laid out where the window ran: the one writer only inserts them
    anchor, doc_ids = window
    return anchor, compare_window(read(doc_ids), anchor, options).tables()


def _in_process(fn: Callable, items: Iterable) -> Iterator:
    return map(fn, items)


def _context_ids(store: "Store", anchor: int) -> list[str]:
    """The documents window `anchor` is compared over."""
    week = WEEK_SQL.format(column="published")
    if anchor == UNDATED:
        rows = store.query("SELECT id FROM documents WHERE published IS NULL")
    else:
        first = anchor * WINDOW_WEEKS - HALO_WEEKS
        last = (anchor + 1) * WINDOW_WEEKS + HALO_WEEKS - 1
        rows = store.query(f"SELECT id FROM documents WHERE published IS NULL OR {week} BETWEEN ? AND ?",
                           [first, last])
    return [r["id"] for r in rows]
