"""Layout of news copy that no parser models: datelines, and where a long text may be cut.

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


def pieces(text: str, start: int, end: int, limit: int, separators: tuple[str, ...]) -> list[tuple[int, int]]:
    """start:end cut into contiguous pieces of at most `limit` characters, each ending just
    after the last of `separators` (the first one found, in order) in its second half, else
    at the limit."""
    out = []
    while end - start > limit:
        cut = -1
        for separator in separators:
            found = text.rfind(separator, start + limit // 2, start + limit - len(separator) + 1)
            if found >= 0:
                cut = found + len(separator)
                break
        cut = cut if cut > start else start + limit
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def bounded(sentences: list[tuple[int, int]], text: str, limit: int) -> list[tuple[int, int]]:
    """`sentences`, each longer than `limit` cut into pieces after a comma or a space."""
    return [piece for start, end in sentences for piece in pieces(text, start, end, limit, (", ", " "))]
