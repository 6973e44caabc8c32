"""dates: publication dates as ISO YYYY-MM-DD."""
import time

import pytest

from faultline.ingest.dates import normalise_date


@pytest.mark.parametrize("written", [
    "2024-03-05T10:00:00Z",
    "March 5, 2024",
    "Tue, 05 Mar 2024 10:00:00 GMT",
    "5 March 2024",
    "2024-03-05",
    "2024-03-05T23:30:00-05:00",   # the publisher's own day, not UTC's 6 March
])
def test_normalise_date_forms(written):
    assert normalise_date(written) == "2024-03-05"


@pytest.mark.parametrize("written", ["March 2024", "2024", "5 March", "yesterday", "", "   ",
                                     "2024-13-45", None, 20240305])
def test_normalise_date_partial_or_unparseable_is_none(written):
    assert normalise_date(written) is None


def test_normalise_date_struct_time():
    assert normalise_date(time.strptime("2024-03-05", "%Y-%m-%d")) == "2024-03-05"
