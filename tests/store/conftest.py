from __future__ import annotations

from datetime import datetime

import pytest
from store.samples import sample_analysis

from faultline.model import Analysis
from faultline.store import RunInfo, Store


@pytest.fixture
def analysis() -> Analysis:
    return sample_analysis()


@pytest.fixture
def run() -> RunInfo:
    return RunInfo(id="run-1", config_hash="cfg-1", started_at=datetime(2024, 5, 4, 12, 0))


@pytest.fixture
def store():
    with Store() as s:
        yield s
