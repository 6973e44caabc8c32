"""Publication dates, whatever their written form, as ISO "YYYY-MM-DD"."""
from __future__ import annotations

import re
import time
from datetime import date, datetime

from dateutil import parser

# dateutil fills missing fields from its default; parsing against two defaults that differ in
# year, month and day shows which fields the text really gave.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def normalise_date(value: object) -> str | None:
    """ISO date for a string or `time.struct_time`, or None when it is not a full calendar date.

    The date is the one written, in the publisher's own time zone (no conversion to UTC):
    that is the day a report's "on Tuesday" counts from.
    """
    if isinstance(value, time.struct_time):
        return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    if not isinstance(value, str) or not value.strip():
        return None
    if _ISO.fullmatch(value):  # already normalised (the pipeline asks again of every article)
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    try:
        first, second = (parser.parse(value, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date():
        return None
    return first.date().isoformat()
