"""`faultline export --format F` writes every format from a stored analysis."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from faultline.cli import main
from faultline.export import FORMATS
from faultline.store import RunInfo, Store

FILES = {"json": ["analysis.json"], "events-csv": ["events.csv"], "geojson": ["events.geojson"],
         "graphml": ["network.graphml"], "gexf": ["network.gexf"]}


@pytest.fixture(scope="module")
def db(reported, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "reported.duckdb"
    with Store(path) as store:
        store.save(reported, RunInfo("run-1", "cfg-1"))
        store.replace_compared(reported.stories, reported.comparisons)
    return path


def test_the_command_offers_every_format():
    (option,) = [p for p in main.commands["export"].params if p.name == "fmt"]
    assert tuple(option.type.choices) == FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_command_writes_the_format(db, tmp_path, fmt):
    out = tmp_path / fmt
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(FILES.get(fmt, [f"{t}.{fmt}" for t in (
        "documents", "entities", "mentions", "relations", "events", "claims", "framing",
        "comparisons", "stories", "evidence")]))
    assert all((out / name).stat().st_size > 0 for name in written)
    assert sorted(result.output.splitlines()) == sorted(str(out / name) for name in written)
