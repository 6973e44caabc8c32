"""Reading an Analysis back: select the layout's columns for some documents, rebuild objects."""
from __future__ import annotations

from collections.abc import Iterable

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
}


def load_analysis(con: duckdb.DuckDBPyConnection, doc_ids: Iterable[str] | None) -> Analysis:
    """Documents `doc_ids` (all when None) with everything they own and the entities they
    mention (mentions restricted to them), and the comparisons whose positions touch them."""
    ids = None if doc_ids is None else sorted(set(doc_ids))
    tables = {}
    if ids is not None:
        con.register("_docs", pa.table({"id": pa.array(ids, pa.string())}))
    try:
        for name, schema in SCHEMAS.items():
            columns = ", ".join(f'"{c}"' for c in schema.names)
            where = "true" if ids is None else _WHERE.get(name, "doc IN (SELECT id FROM _docs)")
            tables[name] = con.sql(f"SELECT {columns} FROM {name} WHERE {where}").to_arrow_table()
    finally:
        if ids is not None:
            con.unregister("_docs")
    analysis = tables_to_analysis(tables)
    if ids is not None:
        wanted = set(ids)
        analysis.comparisons = [c for c in analysis.comparisons
                                if any(p.doc in wanted for p in c.positions)]
    return analysis
