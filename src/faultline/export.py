"""Write an Analysis to files: the contract's JSON, or one flat table per collection.

    json     out_dir/analysis.json                   the `faultline/1` document
    csv      out_dir/<table>.csv for each table      lists written as JSON text; text cells
                                                     a spreadsheet would run as a formula
                                                     get a leading ' (OWASP CSV injection rule)
    parquet  out_dir/<table>.parquet for each table  lists kept as lists

The tables and their columns are those of `faultline.store.tables` (the store's layout).
"""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from faultline.model import Analysis
from faultline.store.tables import analysis_to_tables

FORMATS = ("json", "csv", "parquet")


def export(analysis: Analysis, fmt: str, out_dir: Path) -> list[Path]:
    """Write `analysis` under `out_dir` (created if missing) as `fmt`; return the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        path = out_dir / "analysis.json"
        path.write_text(analysis.to_json(), encoding="utf-8")
        return [path]
    paths = []
    for name, table in analysis_to_tables(analysis).items():
        path = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            pa_csv.write_csv(_defused(_lists_as_json(table)), path)
        else:
            pq.write_table(table, path)
        paths.append(path)
    return paths


def _lists_as_json(table: pa.Table) -> pa.Table:
    """CSV has no lists: turn each list column into JSON text."""
    for i, f in enumerate(table.schema):
        if pa.types.is_list(f.type):
            text = [None if v is None else json.dumps(v, ensure_ascii=False)
                    for v in table.column(i).to_pylist()]
            table = table.set_column(i, pa.field(f.name, pa.string()), pa.array(text, pa.string()))
    return table


def _defused(table: pa.Table) -> pa.Table:
    """Text from the web can open with `=HYPERLINK(...)`: a leading ' makes a spreadsheet show any
    string cell starting with = + - @ tab or CR as text instead of running it. Numbers are
    left alone (they are not string columns)."""
    for i, f in enumerate(table.schema):
        if pa.types.is_string(f.type):
            quoted = pc.replace_substring_regex(table.column(i), pattern="^([=+\\-@\t\r])",
                                                replacement="'\\1")
            table = table.set_column(i, f, quoted)
    return table
