"""Layout of news copy that no parser models: datelines.

A wire dateline opens a paragraph with the place in capitals, an optional date and outlet,
and a dash: `CITY, Month D (Outlet) - `, `CITY (Outlet) — `, `CITY, Country – `. It says where
the report was filed, not who said what, so no speaker, claim or actor span may include it.
"""
from __future__ import annotations

import re

_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z'’.-]+)(?:[ ][A-Z][A-Z'’.-]+){0,3}"   # the place, in capitals
    r"(?:,[ ][^()\n—–]{1,40}?)?"                              # a country or a date
    r"(?:[ ]?\([^()\n]{1,40}\))?"                             # the outlet
    r"[ ]?[-—–]+[ ]", re.M)


def datelines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every dateline, the dash and the space after it included."""
    return [(m.start(), m.end()) for m in _DATELINE.finditer(text)]
