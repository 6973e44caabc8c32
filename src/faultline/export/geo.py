"""Events with coordinates as GeoJSON (RFC 7946): `--format geojson` writes `events.geojson`.

A FeatureCollection with one Point feature per event whose place has a latitude and a
longitude; coordinates are [longitude, latitude] (WGS84), as RFC 7946 orders them. Each
feature's `id` is the event's id and its `properties` are the event's row of the events
table (`faultline.export.events`: names, dates as YYYY-MM-DD, tolls, sources). Events
without coordinates are left out; the events table has them all.
"""
from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from faultline.export.events import events_table
from faultline.model import Analysis


def events_geojson(analysis: Analysis) -> dict[str, Any]:
    """The FeatureCollection of the events of `analysis` that have coordinates."""
    features = []
    for row in events_table(analysis).to_pylist():
        lat, lon = row["latitude"], row["longitude"]
        if lat is None or lon is None:
            continue
        properties = {k: v.isoformat() if isinstance(v, datetime.date) else v for k, v in row.items()}
        features.append({"type": "Feature", "id": row["event_id"],
                         "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(analysis: Analysis, out_dir: Path) -> list[Path]:
    path = out_dir / "events.geojson"
    # allow_nan=False: RFC 7946 is JSON, which has no NaN; a bad coordinate fails loudly here
    path.write_text(json.dumps(events_geojson(analysis), ensure_ascii=False, allow_nan=False),
                    encoding="utf-8")
    return [path]
