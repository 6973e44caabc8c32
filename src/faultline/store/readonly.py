"""A store only read: the DuckDB file opened read-only, queried by SQL (the dashboard, `show`).

`ReadOnlyStore` never writes: DuckDB itself refuses any statement that would (the file is
opened with `read_only=True`), and it never migrates, so a store written by an older
faultline is refused with the command that upgrades it. Any object with the same `query`
method (a `faultline.store.Store` too) serves the read functions of `faultline.serve.reads`.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Protocol

import duckdb

from faultline.errors import StoreError
from faultline.store.migrations import MIGRATIONS


class Queryable(Protocol):
    """What the read functions need: one SQL statement in, its rows as dicts out."""

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]: ...


class ReadOnlyStore:
    """The store at `path`, read-only; threads share it, each query on a cursor of its own."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = str(path)
        if self.path == ":memory:" or not Path(self.path).is_file():
            raise StoreError(f"cannot serve {self.path}: not a DuckDB file "
                             f"(run `faultline analyze PATH --db {self.path}` first)")
        try:
            self._con = duckdb.connect(self.path, read_only=True)
        except duckdb.Error as e:
            raise StoreError(f"cannot open store {self.path} read-only: {e}") from e
        self._lock = threading.Lock()
        try:
            self._check_schema()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "ReadOnlyStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self._lock:  # making a cursor is not thread-safe; running one is
            cur = self._con.cursor()
        try:
            cur.execute(sql, params)
            names = [d[0] for d in cur.description or []]
            return [dict(zip(names, row)) for row in cur.fetchall()]
        except duckdb.Error as e:
            raise StoreError(f"query failed on {self.path}: {e}") from e
        finally:
            cur.close()

    def _check_schema(self) -> None:
        try:
            done = {r["name"] for r in self.query("SELECT name FROM _migrations")}
        except StoreError as e:
            raise StoreError(f"{self.path} is not a faultline store: {e}") from e
        missing = [m.__name__ for m in MIGRATIONS if m.__name__ not in done]
        if missing:
            raise StoreError(f"{self.path} was written by an older faultline (lacks {', '.join(missing)}); "
                             f"run `faultline compare --db {self.path}` once to upgrade it")
