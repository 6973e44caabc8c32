"""Shared test fixtures: where the reference material lives, and small builders."""
from __future__ import annotations

import contextlib
import os
import signal
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


@pytest.fixture(scope="session")
def pipeline():
    """One pipeline for the session: the parser loads once for every test that reads text."""
    from faultline.pipeline import Pipeline
    return Pipeline()


@contextlib.contextmanager
def within(seconds: int):
    """A regression that hangs (a FIFO, /dev/zero, a quadratic reader) fails instead."""
    def expired(*_):
        raise TimeoutError(f"took more than {seconds}s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def deadline():
    """`with deadline(10): ...` fails the test when the block runs longer."""
    return within
