"""An Analysis as tables of names for a notebook: `analysis.events_frame()` and its kin.

    events_frame(analysis)   one row per event, ACLED/GDELT style (faultline.export.events)
    actors_frame(analysis)   one row per actor, with how often it is named and acts
    ties_frame(analysis)     one row per tie, its ends by name, amount and sources
    claims_frame(analysis)   one row per claim, its speaker by name
    stories_frame(analysis)  one row per story, its actors, places and merged tolls

Each is a pandas DataFrame when pandas is installed (`pip install faultline[pandas]`), else
a pyarrow Table with the same columns (`.to_pandas()`, `.to_pylist()`, or Polars'
`from_arrow`): pandas is some 80 MB that the command line never needs. The columns are
documented in the module that builds each table under `faultline.export`.
"""
from __future__ import annotations

import importlib.util
from typing import Any

import pyarrow as pa

from faultline.export.claims import claims_table
from faultline.export.events import events_table
from faultline.export.network import actors_table, ties_table
from faultline.export.stories import stories_table
from faultline.model import Analysis

__all__ = ["actors_frame", "claims_frame", "events_frame", "stories_frame", "ties_frame"]


def events_frame(analysis: Analysis) -> Any:
    return frame(events_table(analysis))


def actors_frame(analysis: Analysis) -> Any:
    return frame(actors_table(analysis))


def ties_frame(analysis: Analysis) -> Any:
    return frame(ties_table(analysis))


def claims_frame(analysis: Analysis) -> Any:
    return frame(claims_table(analysis))


def stories_frame(analysis: Analysis) -> Any:
    return frame(stories_table(analysis))


def frame(table: pa.Table) -> Any:
    """`table` as a pandas DataFrame, or as it is when pandas is not installed."""
    if importlib.util.find_spec("pandas") is None:
        return table
    return table.to_pandas(date_as_object=False)  # datetime64 columns: filter and plot by date
