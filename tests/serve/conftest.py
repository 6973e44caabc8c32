"""Stores for the dashboard tests: the hostile one (every shown string a script payload) and
the repository's example articles analysed for real; clients over each."""
from __future__ import annotations

from pathlib import Path

import pytest
from serve.hostile import write_hostile_store
from starlette.testclient import TestClient

from faultline.serve import ReadOnlyStore, create_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("serve") / "hostile.duckdb")
    write_hostile_store(path)
    return path


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory) -> str:
    """The bundled example articles (the demo's first directory), analysed into a store."""
    from faultline.pipeline import analyze_paths

    path = str(tmp_path_factory.mktemp("serve") / "examples.duckdb")
    report = analyze_paths([ROOT / "examples" / "articles"], db=path, collect=False)
    assert report.ok, report.errors
    return path


def client_over(path: str) -> TestClient:
    return TestClient(create_app(ReadOnlyStore(path)), base_url="http://127.0.0.1")


@pytest.fixture(scope="session")
def hostile(hostile_db) -> TestClient:
    return client_over(hostile_db)


@pytest.fixture(scope="session")
def examples(examples_db) -> TestClient:
    return client_over(examples_db)


def pytest_terminal_summary(terminalreporter):
    """Say why the browser tests did not run, even without -rs: a skip there is a gap."""
    for report in terminalreporter.stats.get("skipped", []):
        if "test_browser" in report.nodeid:
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            terminalreporter.write_line(f"browser tests skipped: {reason.removeprefix('Skipped: ')}")
            return
