"""CSV that a spreadsheet opens as data: text cells it would run as a formula are defused.

Text from the web can open with `=HYPERLINK(...)`: a leading ' makes a spreadsheet show any
string cell starting with = + - @ tab or CR as text instead of running it (the OWASP CSV
injection rule). Numbers, dates and booleans are left alone: they are not string columns.
"""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pa_csv


def defused(table: pa.Table) -> pa.Table:
    """`table` with a ' before every string cell that opens with = + - @ tab or CR."""
    for i, f in enumerate(table.schema):
        if pa.types.is_string(f.type):
            quoted = pc.replace_substring_regex(table.column(i), pattern="^([=+\\-@\t\r])",
                                                replacement="'\\1")
            table = table.set_column(i, f, quoted)
    return table


def write_csv(table: pa.Table, path: Path) -> Path:
    """`table` (flat: no list or struct columns) as a defused CSV file at `path`."""
    pa_csv.write_csv(defused(table), path)
    return path
