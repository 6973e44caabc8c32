"""The steps of `Store.save`: decide what each document needs, then write it in bulk.

Every insert goes through Arrow: a table is registered as a view and copied with one
`INSERT ... SELECT` (DuckDB's `executemany` costs ~1.6 ms a row). These functions run inside
the caller's transaction and hold no lock of their own.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from faultline.model import Document
from faultline.store.migrations import WEEK_SQL, utcnow
from faultline.store.runs import SaveResult
from faultline.store.tables import DOC_TABLES

NO_SOURCE = (None, "", "-")


def document_state(old: tuple[str, str | None] | None, sha256: str, config_hash: str) -> str:
    """'new', 'same' or 'changed', given the stored (sha256, config_hash) or None."""
    if old is None:
        return "new"
    return "same" if old == (sha256, config_hash) else "changed"


def plan(con: duckdb.DuckDBPyConnection, documents: Iterable[Document],
         config_hash: str) -> tuple[SaveResult, set[str]]:
    """What to do with each document, and the ids of stored documents to delete first.

    A document is replaced when its id is stored with another sha256 or config hash, or when
    another stored document (absent from `documents`) came from the same `source`.
    """
    docs: dict[str, Document] = {}
    for d in documents:
        docs.setdefault(d.id, d)
    ids = set(docs)
    sources = sorted({d.source for d in docs.values() if d.source not in NO_SOURCE})
    rows = con.execute(
        "SELECT id, source, sha256, config_hash FROM documents "
        "WHERE id IN (SELECT unnest(?::VARCHAR[])) OR source IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(ids), sources]).fetchall()
    stored = {id_: (sha, cfg) for id_, _, sha, cfg in rows}
    by_source: dict[str, list[str]] = {}
    for id_, source, _, _ in rows:
        if id_ not in ids:
            by_source.setdefault(source, []).append(id_)
    result, stale = SaveResult(), set()
    for d in docs.values():
        state = document_state(stored.get(d.id), d.sha256, config_hash)
        others = by_source.get(d.source, []) if d.source not in NO_SOURCE else []
        if state == "same":
            result.unchanged.append(d.id)
        elif state == "changed" or others:
            result.replaced.append(d.id)
            stale.update([d.id, *others] if state == "changed" else others)
        else:
            result.added.append(d.id)
    return result, stale


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[str]:
    """`table` visible to SQL as view `name` for the duration of the block."""
    con.register(name, table)
    try:
        yield name
    finally:
        con.unregister(name)


def delete_documents(con: duckdb.DuckDBPyConnection, doc_ids: set[str]) -> list[str]:
    """Delete every row of documents `doc_ids`; return the entities that had mentions there."""
    if not doc_ids:
        return []
    with registered(con, "_stale", pa.table({"id": sorted(doc_ids)})):
        entities = [e for (e,) in con.execute(
            "SELECT DISTINCT entity FROM mentions WHERE doc IN (SELECT id FROM _stale)").fetchall()]
        for name in DOC_TABLES:
            column = "id" if name == "documents" else "doc"
            con.execute(f"DELETE FROM {name} WHERE {column} IN (SELECT id FROM _stale)")
    return entities


def insert_tables(con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table],
                  config_hash: str, run_id: str) -> None:
    """Insert the per-document tables and upsert the entities."""
    for name in DOC_TABLES:
        table = tables[name]
        if not table.num_rows:
            continue
        with registered(con, "_new", table):
            if name == "documents":
                con.execute("INSERT INTO documents BY NAME SELECT *, ? AS config_hash, "
                            "? AS run_id FROM _new", [config_hash, run_id])
            else:
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM _new")
    if tables["entities"].num_rows:
        with registered(con, "_new", tables["entities"]):
            # the new analysis names and types the entity; aliases accumulate, in first-seen order
            con.execute("""
                INSERT INTO entities BY NAME SELECT * FROM _new
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
                    country = excluded.country, codes = excluded.codes,
                    aliases = list_concat(entities.aliases, list_filter(excluded.aliases,
                        lambda a: NOT list_contains(entities.aliases, a)))""")


def delete_orphans(con: duckdb.DuckDBPyConnection, entity_ids: list[str]) -> None:
    """Delete those of `entity_ids` that no longer have any mention."""
    if entity_ids:
        con.execute("DELETE FROM entities WHERE id IN (SELECT unnest(?::VARCHAR[])) "
                    "AND id NOT IN (SELECT entity FROM mentions)", [entity_ids])


def mark_pending(con: duckdb.DuckDBPyConnection, step: str) -> None:
    """Record that `step` must run again (kept since its first marking)."""
    con.execute("INSERT INTO pending_steps VALUES (?, ?) ON CONFLICT (step) DO NOTHING",
                [step, utcnow()])


def mark_weeks(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str]) -> None:
    """Record the publication weeks of stored documents `doc_ids` as changed (see
    `migrations.WEEK_SQL`): the comparison redoes the windows around them."""
    ids = sorted(set(doc_ids))
    if ids:
        con.execute(f"INSERT INTO pending_weeks SELECT DISTINCT {WEEK_SQL.format(column='published')} "
                    "FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[])) ON CONFLICT (week) DO NOTHING",
                    [ids])


def restrict_tables(tables: dict[str, pa.Table], doc_ids: Iterable[str],
                    documents: pa.Table) -> dict[str, pa.Table]:
    """The rows of `tables` (one part's, as `analysis_to_tables` lays them out) that belong to
    documents `doc_ids`, with `documents` as their documents table: `ownership.restrict` done
    on the tables, for a bulk load that never builds the objects."""
    ids = pa.array(sorted(set(doc_ids)), pa.string())
    out = {"documents": documents}
    for name in DOC_TABLES:
        if name != "documents":
            out[name] = tables[name].filter(pc.is_in(tables[name]["doc"], value_set=ids))
    # an entity stays when it keeps a mention there, or never had one (nothing ties it to a document)
    mentioned = pc.unique(tables["mentions"]["entity"])
    kept = pc.unique(out["mentions"]["entity"])
    entities = tables["entities"]
    out["entities"] = entities.filter(pc.or_(pc.is_in(entities["id"], value_set=kept),
                                             pc.invert(pc.is_in(entities["id"], value_set=mentioned))))
    return out

