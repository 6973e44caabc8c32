"""`Store`: faultline's results in one DuckDB file (or in memory).

One writer. DuckDB lets a single process open a database file for writing, so a Store is
never shared across processes: the CLI opens one per command, the web server one for its
lifetime, and a second process trying the same file gets a StoreError. Within a process,
threads may share one Store (a web request thread and a job thread): writes are serialised
by a lock on the one write connection, while reads run on cursors of their own and see
only committed data (after datasette's `execute_write_fn`).
"""
from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from faultline.errors import StoreError
from faultline.model import Analysis, Comparison, Document, Story
from faultline.store import saving
from faultline.store.loading import load_analysis, load_collections
from faultline.store.migrations import migrate
from faultline.store.objects import document_of
from faultline.store.ownership import restrict
from faultline.store.runs import RunInfo, SaveResult, record_run
from faultline.store.snapshot import write_snapshot
from faultline.store.tables import TABLES, analysis_to_tables

COUNTED = (*TABLES, "runs")
COMPARE = "compare"  # the corpus-wide step `faultline.compare.compare_store` performs


class Store:
    """Open (creating and migrating as needed) the database at `path`."""

    def __init__(self, path: str | os.PathLike[str] = ":memory:"):
        self.path = str(path)
        self._con = _connect(self.path)
        self._reader = self._con.cursor()  # never queried itself: read cursors are made from it
        self._write_lock = threading.Lock()
        self._cursor_lock = threading.Lock()
        try:
            migrate(self._con)
        except StoreError:
            self.close()
            raise

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    def close(self) -> None:
        with self._write_lock:
            for con in (self._reader, self._con):
                con.close()

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The write connection, for power users: writes through it bypass the lock."""
        return self._con

    # ---- writes -------------------------------------------------------------------------
    def document_state(self, doc_id: str, sha256: str, config_hash: str) -> str:
        """'new' (id not stored), 'same' (same sha256 and config hash) or 'changed'."""
        rows = self.query("SELECT sha256, config_hash FROM documents WHERE id = ?", [doc_id])
        old = (rows[0]["sha256"], rows[0]["config_hash"]) if rows else None
        return saving.document_state(old, sha256, config_hash)

    def versions(self) -> dict[str, tuple[str, str]]:
        """Every stored document's (sha256, config hash), in one query: a run checks each
        input against it instead of asking the database once per document."""
        return {r["id"]: (r["sha256"], r["config_hash"]) for r in self.query("SELECT id, sha256, config_hash FROM documents")}

    def publication(self, doc_id: str) -> Document:
        """Stored document `doc_id` without its text: where it was published, its copies."""
        rows = self.query("SELECT id, source, title, outlet, published, language, url, sha256, copies "
                          "FROM documents WHERE id = ?", [doc_id])
        if not rows:
            raise KeyError(doc_id)
        return document_of({**rows[0], "text": ""})

    def set_copies(self, doc_id: str, copies: list[dict]) -> None:
        """Record the syndicated copies of stored document `doc_id`."""
        with self._cursor() as cur:
            cur.execute("UPDATE documents SET copies = ? WHERE id = ?", [json.dumps(copies), doc_id])

    def holder(self, doc_id: str) -> tuple[str | None, str]:
        """The `source` and text of stored document `doc_id`: which input holds its id."""
        rows = self.query("SELECT source, text FROM documents WHERE id = ?", [doc_id])
        if not rows:
            raise KeyError(doc_id)
        return rows[0]["source"], rows[0]["text"]

    def save(self, analysis: Analysis, run: RunInfo) -> SaveResult:
        """Store the documents of `analysis` and what they own; skip those stored unchanged.

        A changed document (same id, other sha256 or config hash; or another id from the
        same `source`) has all its rows replaced in the same transaction; entities are
        upserted (aliases unioned) and deleted once a replacement leaves them no mention.
        A `runs` row is written only when some document was added or replaced, and then the
        comparison is marked pending (see `pending`). `analysis.comparisons` are not saved
        here: see `replace_compared`.
        """
        with self._write_lock, self._transaction("save"):
            result, stale = saving.plan(self._con, analysis.documents, run.config_hash)
            if result.written:
                self._write(result, stale, analysis_to_tables(restrict(analysis, result.written)), run)
        return result

    def save_tables(self, tables: dict[str, pa.Table], documents: list[Document],
                    run: RunInfo) -> SaveResult:
        """`save` for results already laid out as tables (`analysis_to_tables` of one part of a
        distributed run, read back from Parquet), bulk-loaded as they are; `documents` are the
        part's documents as the run accepted them (their copies), in place of its documents table."""
        with self._write_lock, self._transaction("save"):
            result, stale = saving.plan(self._con, documents, run.config_hash)
            if result.written:
                written = [d for d in documents if d.id in set(result.written)]
                rows = analysis_to_tables(Analysis(documents=written))["documents"]
                self._write(result, stale, saving.restrict_tables(tables, result.written, rows), run)
        return result

    def _write(self, result: SaveResult, stale: set[str], tables: dict[str, pa.Table], run: RunInfo) -> None:
        saving.mark_weeks(self._con, stale)  # the windows they leave are compared again
        orphans = saving.delete_documents(self._con, stale)
        saving.insert_tables(self._con, tables, run.config_hash, run.id)
        saving.delete_orphans(self._con, orphans)
        saving.mark_weeks(self._con, result.written)
        record_run(self._con, run, result)
        # with the documents, atomically: a kill before comparing cannot lose the need
        saving.mark_pending(self._con, COMPARE)

    def replace_compared(self, stories: list[Story], comparisons: list[Comparison]) -> None:
        """Replace the stored stories and comparisons and clear the pending comparison, in
        one transaction: a run killed halfway leaves it pending, never half done."""
        self._replace(Analysis(stories=list(stories), comparisons=list(comparisons)),
                      ["stories", "comparisons"], done=COMPARE)

    def pending_weeks(self) -> list[int]:
        """Publication weeks of documents written or deleted since the last comparison
        (-1: a document without a date); see `migrations.WEEK_SQL`."""
        return [r["week"] for r in self.query("SELECT week FROM pending_weeks ORDER BY week")]

    def replace_windows(self, anchors: list[int], tables: dict[str, pa.Table], done: bool) -> None:
        """Replace the stories and comparisons anchored in windows `anchors` (and any stored
        without an anchor) with the rows of `tables` ("stories", "comparisons": the layout's
        columns and their "anchor"), in one transaction; `done` also clears the pending weeks
        and the pending comparison."""
        with self._write_lock, self._transaction("replace compared windows"):
            for name in ("stories", "comparisons"):
                self._con.execute(f"DELETE FROM {name} WHERE anchor IS NULL OR anchor IN "
                                  "(SELECT unnest(?::INTEGER[]))", [sorted(anchors)])
                if name in tables and tables[name].num_rows:
                    with saving.registered(self._con, "_new", tables[name]):
                        self._con.execute(f"INSERT OR REPLACE INTO {name} BY NAME SELECT * FROM _new")
            if done:
                self._con.execute("DELETE FROM pending_weeks")
                self._con.execute("DELETE FROM pending_steps WHERE step = ?", [COMPARE])

    def pending(self, step: str = COMPARE) -> bool:
        """Whether `step` was left to do: documents changed since it last completed."""
        return bool(self.query("SELECT 1 FROM pending_steps WHERE step = ?", [step]))

    def _replace(self, analysis: Analysis, names: list[str], done: str | None = None) -> None:
        tables = analysis_to_tables(analysis)
        with self._write_lock, self._transaction(f"replace {' and '.join(names)}"):
            for name in names:
                self._con.execute(f"DELETE FROM {name}")
                with saving.registered(self._con, "_new", tables[name]):
                    self._con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _new")
            if done:
                self._con.execute("DELETE FROM pending_steps WHERE step = ?", [done])
                self._con.execute("DELETE FROM pending_weeks")  # all compared, none by window

    @contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        self._con.begin()
        try:
            yield
        except (duckdb.Error, ValueError) as e:  # ValueError: data the layout cannot hold
            self._con.rollback()
            raise StoreError(f"{what} failed in {self.path}: {e}") from e
        except BaseException:
            self._con.rollback()
            raise
        self._con.commit()

    # ---- reads --------------------------------------------------------------------------
    def load(self, doc_ids: Iterable[str] | None = None) -> Analysis:
        """Documents `doc_ids` (all when None) with all they own, their entities, comparisons
        and stories."""
        with self._cursor() as cur:
            return load_analysis(cur, doc_ids)

    def load_collections(self, collections: Iterable[str], text: bool = True,
                         mentions: bool = True, doc_ids: Iterable[str] | None = None) -> Analysis:
        """Only the named collections of every document (e.g. `["events", "claims"]`), or of
        documents `doc_ids` and the entities they name, the others empty; `text=False` leaves
        `Document.text` empty, `mentions=False` loads entities without their mentions. For
        corpus-wide work that needs a few of them."""
        with self._cursor() as cur:
            return load_collections(cur, collections, text=text, mentions=mentions, doc_ids=doc_ids)

    def snapshot(self, folder: Path, collections: Iterable[str], doc_ids: Iterable[str]) -> None:
        """Copy what `collections` hold of documents `doc_ids` to Parquet files in `folder`,
        for other processes to read with `snapshot.read_snapshot`."""
        with self._cursor() as cur:
            write_snapshot(cur, folder, collections, doc_ids)

    def counts(self) -> dict[str, int]:
        """Rows in each table."""
        sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in COUNTED)
        with self._cursor() as cur:
            counts = dict(cur.execute(sql).fetchall())
        return {t: counts[t] for t in COUNTED}

    def query(self, sql: str,
              params: list[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one SQL statement; its rows as dicts (column name → value)."""
        with self._cursor() as cur:
            try:
                cur.execute(sql, params)
            except duckdb.Error as e:
                raise StoreError(f"query failed: {e}") from e
            if cur.description is None:
                return []
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self._cursor_lock:
            cur = self._reader.cursor()
        try:
            yield cur
        finally:
            cur.close()


def _connect(path: str) -> duckdb.DuckDBPyConnection:
    if path != ":memory:":
        file = Path(path)
        if file.is_dir():
            raise StoreError(f"cannot open store {path}: it is a directory, not a DuckDB file")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot open store {path}: {e}") from e
    try:
        return duckdb.connect(path)
    except duckdb.Error as e:
        hint = ""
        if re.search(r"\block", str(e).lower()):  # not DuckDB's "block" of a damaged file
            hint = " (another process has it open: DuckDB allows one writing process)"
        raise StoreError(f"cannot open store {path}{hint}: {e}") from e
