from __future__ import annotations

import pytest
from store.samples import normalize

from faultline.model import Analysis, Event
from faultline.store.objects import tables_to_analysis
from faultline.store.tables import SCHEMAS, TABLES, analysis_to_tables


def test_tables_have_the_layout_schemas(analysis):
    tables = analysis_to_tables(analysis)
    assert tuple(tables) == TABLES
    for name, table in tables.items():
        assert table.schema == SCHEMAS[name]
    assert tables["events"].column("killed_best").to_pylist() == [12, None, 20]
    assert tables["relations"].column("amount_value").to_pylist() == [700_000_000.0]


def test_tables_round_trip_without_a_database(analysis):
    rebuilt = tables_to_analysis(analysis_to_tables(analysis))
    assert rebuilt.to_dict() == normalize(analysis.to_dict())


def test_an_item_without_evidence_has_no_owner():
    with pytest.raises(ValueError, match="no evidence"):
        analysis_to_tables(Analysis(events=[Event("e1", "ASSAULT", [])]))
