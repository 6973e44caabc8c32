"""The extractor tests share one pipeline: loading the parser once for the package."""
import pytest

from faultline.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline():
    return Pipeline()
