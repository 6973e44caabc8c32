"""The store's flat tables as files: one CSV or Parquet file per table.

    csv      out_dir/<table>.csv      nested values written as JSON text; text cells a
                                      spreadsheet would run as a formula get a leading '
    parquet  out_dir/<table>.parquet  nested values as Parquet structs, lists and maps

The tables and their columns are those of `faultline.store.tables` (the store's layout),
where nested values are JSON text. Parquet gets them typed instead, so that a reader
(pandas, DuckDB, Polars, Spark) selects `location.lat` or unnests `positions` directly:

    documents.copies       list<struct<outlet, url, published, source>>
    entities.codes         map<string, string>
    relations.amount       struct<text, value, currency, per, shared, low, high>
    relations.date         struct<start, end, precision, text>      (dates as ISO text)
    events.location        struct<name, precision, entity, country, lat, lon, admin1>
    events.quantities      list<struct<value, unit, text>>
    stories.date           struct<start, end, precision, text>
    comparisons.subject    struct<relation, event, claim, story, entities[], attribute,
                                  revision<from, to, earlier, later, hours>>
    comparisons.positions  list<struct<doc, value, number, evidence[]<doc, start, end, text>>>

A position's value is a figure or a text: `value` is its text (JSON for anything else),
`number` the figure when it is one.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from faultline.export.spreadsheets import write_csv
from faultline.model import Amount, Analysis, DateRange, Location, Quantity, Span
from faultline.store.tables import analysis_to_tables

_SCALARS = {str: pa.string(), float: pa.float64(), int: pa.int64(), bool: pa.bool_()}


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a model field's type: a dataclass is a struct of its fields."""
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return pa.struct([(f.name, arrow_type(hints[f.name])) for f in dataclasses.fields(hint)])
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return arrow_type(inner)
    if origin is list:
        return pa.list_(arrow_type(typing.get_args(hint)[0]))
    return _SCALARS[hint]


_S = pa.string()
_DATE = arrow_type(DateRange)
_COPY = pa.struct([(k, _S) for k in ("outlet", "url", "published", "source")])
_REVISION = pa.struct([("from", pa.float64()), ("to", pa.float64()), ("earlier", _S),
                       ("later", _S), ("hours", pa.float64())])
_SUBJECT = pa.struct([("relation", _S), ("event", _S), ("claim", _S), ("story", _S),
                      ("entities", pa.list_(_S)), ("attribute", _S), ("revision", _REVISION)])
_POSITION = pa.struct([("doc", _S), ("value", _S), ("number", pa.float64()),
                       ("evidence", pa.list_(arrow_type(Span)))])

# (table, column) -> the Parquet type of a column the store keeps as JSON text
STRUCTURED: dict[tuple[str, str], pa.DataType] = {
    ("documents", "copies"): pa.list_(_COPY),
    ("entities", "codes"): pa.map_(_S, _S),
    ("relations", "amount"): arrow_type(Amount),
    ("relations", "date"): _DATE,
    ("events", "location"): arrow_type(Location),
    ("events", "quantities"): pa.list_(arrow_type(Quantity)),
    ("stories", "date"): _DATE,
    ("comparisons", "subject"): _SUBJECT,
    ("comparisons", "positions"): pa.list_(_POSITION),
}


def write_tables(analysis: Analysis, fmt: str, out_dir: Path) -> list[Path]:
    """Each table of the store's layout as `out_dir/<table>.<fmt>` (csv or parquet)."""
    paths = []
    for name, table in analysis_to_tables(analysis).items():
        path = out_dir / f"{name}.{fmt}"
        if fmt == "csv":
            write_csv(_lists_as_json(table), path)
        else:
            pq.write_table(structured(name, table), path)
        paths.append(path)
    return paths


def structured(name: str, table: pa.Table) -> pa.Table:
    """Table `name` with its JSON text columns turned into the types of `STRUCTURED`."""
    for i, f in enumerate(table.schema):
        kind = STRUCTURED.get((name, f.name))
        if kind is None:
            continue
        values = [None if v is None else _shaped(name, f.name, json.loads(v))
                  for v in table.column(i).to_pylist()]
        table = table.set_column(i, pa.field(f.name, kind), pa.array(values, kind))
    return table


def _shaped(table: str, column: str, value: Any) -> Any:
    """A decoded JSON value in the shape its Arrow type takes; keys it has no field for are
    refused rather than dropped without a word."""
    if column == "positions":
        return [{**p, "value": _text(p["value"]), "number": _number(p["value"])} for p in value]
    if column == "copies":
        for copy in value:
            _known(table, column, copy, _COPY)
    if column == "subject":
        _known(table, column, value, _SUBJECT)
    return value


def _known(table: str, column: str, value: dict[str, Any], kind: pa.StructType) -> None:
    unknown = set(value) - {kind.field(i).name for i in range(kind.num_fields)}
    if unknown:
        raise ValueError(f"{table}.{column} has keys the Parquet export has no field for: "
                         f"{', '.join(sorted(unknown))} (see faultline.export.tables.STRUCTURED)")


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _lists_as_json(table: pa.Table) -> pa.Table:
    """CSV has no lists: turn each list column into JSON text."""
    for i, f in enumerate(table.schema):
        if pa.types.is_list(f.type):
            text = [None if v is None else json.dumps(v, ensure_ascii=False)
                    for v in table.column(i).to_pylist()]
            table = table.set_column(i, pa.field(f.name, pa.string()), pa.array(text, pa.string()))
    return table
