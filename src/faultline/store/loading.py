"""Reading an Analysis back: select the layout's columns for some documents, rebuild objects."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import duckdb
import pyarrow as pa

from faultline.model import Analysis
from faultline.store.objects import tables_to_analysis
from faultline.store.tables import SCHEMAS

# rows of each table that belong to the selected documents (`_docs`, a view of their ids)
_WHERE = {
    "documents": "id IN (SELECT id FROM _docs)",
    "entities": "id IN (SELECT entity FROM mentions WHERE doc IN (SELECT id FROM _docs))",
    "comparisons": "true",  # filtered on their positions below
    "stories": "true",  # filtered on their docs below
}
# the tables a collection is read from, and its kind in the evidence table
_PARTS = {"documents": ("documents",), "entities": ("entities", "mentions"),
          "relations": ("relations", "evidence"), "events": ("events", "evidence"),
          "claims": ("claims", "evidence"), "framing": ("framing", "evidence"),
          "comparisons": ("comparisons",), "stories": ("stories",)}
_KINDS = {"relations": "relation", "events": "event", "claims": "claim", "framing": "framing"}


def load_analysis(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str] | None) -> Analysis:
    """Documents `doc_ids` (all when None) with everything they own and the entities they
    mention (mentions restricted to them), and the comparisons and stories touching them."""
    ids = None if doc_ids is None else sorted(set(doc_ids))
    tables = {}
    with selected(con, ids):
        for name, schema in SCHEMAS.items():
            columns = ", ".join(f'"{c}"' for c in schema.names)
            where = "true" if ids is None else _WHERE.get(name, "doc IN (SELECT id FROM _docs)")
            tables[name] = con.sql(f"SELECT {columns} FROM {name} WHERE {where}").to_arrow_table()
    analysis = tables_to_analysis(tables)
    if ids is not None:
        wanted = set(ids)
        analysis.comparisons = [c for c in analysis.comparisons
                                if any(p.doc in wanted for p in c.positions)]
        analysis.stories = [s for s in analysis.stories if wanted.intersection(s.docs)]
    return analysis


# the tables `_NAMED` reads
NAMED_FROM = ("mentions", "events", "relations", "claims", "framing")
# with `doc_ids`: the entities those documents name, as mentions, participants, ends of ties,
# speakers or places, so that every lookup of a loaded item finds its entity
_NAMED = """id IN (SELECT entity FROM mentions WHERE doc IN (SELECT id FROM _docs)
    UNION ALL SELECT unnest(actors || targets) FROM events WHERE doc IN (SELECT id FROM _docs)
    UNION ALL SELECT json_extract_string(location, '$.entity') FROM events WHERE doc IN (SELECT id FROM _docs)
    UNION ALL SELECT unnest([subject, object]) FROM relations WHERE doc IN (SELECT id FROM _docs)
    UNION ALL SELECT unnest(about || [speaker]) FROM claims WHERE doc IN (SELECT id FROM _docs)
    UNION ALL SELECT entity FROM framing WHERE doc IN (SELECT id FROM _docs))"""


def load_collections(con: duckdb.DuckDBPyConnection, collections: Iterable[str],
                     text: bool = True, mentions: bool = True,
                     doc_ids: Iterable[str] | None = None) -> Analysis:
    """Only `collections` (contract names) of every document, or of documents `doc_ids`
    (with the entities they name, mentions restricted to them); the others are left empty.

    `text=False` reads documents without their text (`Document.text` is "") and
    `mentions=False` entities without their mentions: the light read of corpus-wide work.
    """
    names = list(dict.fromkeys(collections))
    with selected(con, doc_ids):
        tables = {table: con.sql(sql).to_arrow_table()
                  for table, sql in collection_queries(names, text, mentions, doc_ids is not None).items()}
    return tables_to_analysis(tables)


def collection_queries(names: list[str], text: bool = True, mentions: bool = True,
                       some: bool = False) -> dict[str, str]:
    """The SELECT of each table that collections `names` are read from; with `some`, of the
    documents in view `_docs` only (see `load_collections`)."""
    unknown = [n for n in names if n not in _PARTS]
    if unknown:
        raise ValueError(f"unknown collections: {', '.join(unknown)}")
    queries: dict[str, str] = {}
    for name in names:
        for table in _PARTS[name]:
            if table == "mentions" and not mentions or table == "evidence":
                continue
            columns = ", ".join("'' AS text" if (table, c) == ("documents", "text") and not text
                                else f'"{c}"' for c in SCHEMAS[table].names)
            where = "true" if not some else _NAMED if table == "entities" else \
                "id IN (SELECT id FROM _docs)" if table == "documents" else "doc IN (SELECT id FROM _docs)"
            queries[table] = f"SELECT {columns} FROM {table} WHERE {where}"
    kinds = [_KINDS[n] for n in names if n in _KINDS]
    if kinds:
        columns = ", ".join(f'"{c}"' for c in SCHEMAS["evidence"].names)
        listed = ", ".join(f"'{k}'" for k in kinds)  # from _KINDS, never from the caller
        where = " AND doc IN (SELECT id FROM _docs)" if some else ""
        queries["evidence"] = f"SELECT {columns} FROM evidence WHERE item_kind IN ({listed}){where}"
    return queries


@contextmanager
def selected(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str] | None) -> Iterator[None]:
    """Documents `doc_ids` as view `_docs` for the block (nothing when None: all documents)."""
    if doc_ids is None:
        yield
        return
    con.register("_docs", pa.table({"id": pa.array(sorted(set(doc_ids)), pa.string())}))
    try:
        yield
    finally:
        con.unregister("_docs")
