"""A part of the store copied to Parquet, for processes that cannot open the store itself.

DuckDB lets one process open a store file, so the workers of a cluster cannot read the
context of the comparison windows they are given from it. `write_snapshot` copies, once per
run, the rows of the collections a comparison reads for the documents it will compare (DuckDB
writes the files itself: nothing passes through Python); `read_snapshot` is
`Store.load_collections` over those files, in any process that sees the folder.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import duckdb

from faultline.model import Analysis
from faultline.store.loading import NAMED_FROM, collection_queries, load_collections, selected
from faultline.store.tables import TABLES


def write_snapshot(con: duckdb.DuckDBPyConnection, folder: Path, collections: Iterable[str],
                   doc_ids: Iterable[str]) -> None:
    """Copy what `collections` hold of documents `doc_ids` to `folder`, a Parquet file a table."""
    folder.mkdir(parents=True, exist_ok=True)
    queries = collection_queries(list(collections), some=True)
    for table in NAMED_FROM:  # what a load asks to find the entities of some documents
        queries.setdefault(table, f"SELECT * FROM {table} WHERE doc IN (SELECT id FROM _docs)")
    with selected(con, doc_ids):
        for table, sql in queries.items():
            con.execute(f"COPY ({sql}) TO {_file(folder, table)} (FORMAT parquet)")


def read_snapshot(folder: Path, collections: Iterable[str], doc_ids: Iterable[str]) -> Analysis:
    """`Store.load_collections(collections, doc_ids=doc_ids)` read from a snapshot in `folder`."""
    with duckdb.connect() as con:
        for table in TABLES:
            if (folder / f"{table}.parquet").is_file():
                con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet({_file(folder, table)})")
        return load_collections(con, collections, doc_ids=doc_ids)


def _file(folder: Path, table: str) -> str:
    """The table's file as an SQL string literal."""
    return "'" + str(folder / f"{table}.parquet").replace("'", "''") + "'"
