"""Write an Analysis to files, in faultline's own layout or in the field's formats.

    json        analysis.json                the `faultline/1` document
    csv         <table>.csv for each table   the store's layout (`tables.py`); nested values
                                             as JSON text
    parquet     <table>.parquet              the same tables, nested values as structs/lists
    events-csv  events.csv                   one row per event, ACLED/GDELT style (`events.py`)
    geojson     events.geojson               events with coordinates as Points (`geo.py`)
    graphml     network.graphml              actors and ties for Gephi and yEd (`graph.py`)
    gexf        network.gexf                 the same network in Gephi's own format

Every CSV cell a spreadsheet would run as a formula gets a leading ' (`spreadsheets.py`).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from faultline.export.events import write_events_csv
from faultline.export.geo import write_geojson
from faultline.export.graph import write_gexf, write_graphml
from faultline.export.tables import write_tables
from faultline.model import Analysis

__all__ = ["FORMATS", "export"]


def _write_json(analysis: Analysis, out_dir: Path) -> list[Path]:
    path = out_dir / "analysis.json"
    path.write_text(analysis.to_json(), encoding="utf-8")
    return [path]


WRITERS: dict[str, Callable[[Analysis, Path], list[Path]]] = {
    "json": _write_json,
    "csv": lambda analysis, out_dir: write_tables(analysis, "csv", out_dir),
    "parquet": lambda analysis, out_dir: write_tables(analysis, "parquet", out_dir),
    "events-csv": write_events_csv,
    "geojson": write_geojson,
    "graphml": write_graphml,
    "gexf": write_gexf,
}
FORMATS = tuple(WRITERS)


def export(analysis: Analysis, fmt: str, out_dir: Path) -> list[Path]:
    """Write `analysis` under `out_dir` (created if missing) as `fmt`; return the files written."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return WRITERS[fmt](analysis, out_dir)
