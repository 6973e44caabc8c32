"""Shared test fixtures: where the reference material lives, and small builders."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the clone holds the contract, the seeds and their gold; never copied in.
SHARED = Path(os.environ.get("FAULTLINE_SHARED", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "contract" / "analysis.schema.json").exists():
        pytest.skip(f"shared reference material not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def examples() -> Path:
    return ROOT / "examples"
