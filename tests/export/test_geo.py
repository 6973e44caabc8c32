"""Events with coordinates as GeoJSON (RFC 7946)."""
from __future__ import annotations

import json

from store.samples import sample_analysis  # tests/store/samples.py

from export.conftest import SCRIPT_TITLE
from faultline.export import export
from faultline.export.events import COLUMNS


def features(analysis, tmp_path) -> list[dict]:
    (path,) = export(analysis, "geojson", tmp_path)
    assert path.name == "events.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    for feature in data["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert list(feature["properties"]) == list(COLUMNS)
    return data["features"]


def test_points_are_longitude_then_latitude(tmp_path):
    (rafah,) = features(sample_analysis(), tmp_path)  # the other two events have no coordinates
    assert rafah["id"] == "e:d1:1"
    assert rafah["geometry"]["coordinates"] == [34.2455, 31.2969]
    props = rafah["properties"]
    assert (props["latitude"], props["longitude"]) == (31.2969, 34.2455)
    assert props["date_start"] == "2024-05-03" and props["actor1"] == "Israel"
    assert props["killed_best"] == 12


def test_events_of_an_analysis_are_features_with_their_titles_as_text(reported, tmp_path):
    found = features(reported, tmp_path)
    assert len(found) == len(reported.events)
    gao = {f["properties"]["location"] for f in found}
    assert gao == {"Gao"}
    lon, lat = found[0]["geometry"]["coordinates"]
    assert lon < 1 and lat > 15  # Gao, Mali: west of Greenwich's meridian by a little, far north
    assert SCRIPT_TITLE in {f["properties"]["title"] for f in found}
