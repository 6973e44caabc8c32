"""Plain-text tables that fit a width: the widest columns give way first, their cells cut
with "…"; every cell is made printable and kept on one line."""
from __future__ import annotations

from typing import Sequence

from .terminal import cut, pad, printable, text_width

GAP = "  "
NARROWEST = 6  # a column is not cut below this many columns (nor below its own width)


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]], limit: int = 40,
          width: int = 80, total: int | None = None) -> str:
    """`title (total)`, a header, and the first `limit` rows, in at most `width` columns (the
    title alone when no row is shown). `total` is how many rows there are in all, when `rows`
    holds only the first of them."""
    total = len(rows) if total is None else total
    cells = [[cell(v) for v in row] for row in rows[:limit]]
    if not cells:  # none, or none asked for (--limit 0): the count alone
        return printable(f"{title} ({total})")
    natural = [max([text_width(c)] + [text_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
    widths = fit(natural, width - len(GAP) * (len(columns) - 1))
    out = [printable(f"{title} ({total})"),
           _line([cut(c, w) for c, w in zip(columns, widths)], widths),
           _line(["-" * w for w in widths], widths)]
    out += [_line([cut(c, w) for c, w in zip(row, widths)], widths) for row in cells]
    if total > len(cells):
        out.append(f"... {total - len(cells)} more")
    return "\n".join(out)


def cell(value: object) -> str:
    """A value as one printable line: lists joined with ", ", None empty."""
    text = "" if value is None else ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    return printable(" ".join(text.split()))  # a newline in a cell is a space, not a new row


def fit(natural: Sequence[int], room: int) -> list[int]:
    """Column widths within `room`: every column at most a common cap, chosen as large as fits,
    so narrow columns (dates, counts) stay whole and the widest give way; the room left under
    the cap goes to the cut columns, left first."""
    if sum(natural) <= room:
        return list(natural)
    floor = [min(w, NARROWEST) for w in natural]
    if sum(floor) >= room:
        return floor  # too narrow for every column: wider than asked rather than unreadable
    cap = NARROWEST
    while sum(min(w, cap + 1) for w in natural) <= room:
        cap += 1
    widths = [min(w, cap) for w in natural]
    spare = room - sum(widths)
    for i, w in enumerate(natural):
        if spare and w > widths[i]:
            widths[i] += 1
            spare -= 1
    return widths


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return GAP.join(pad(c, w) for c, w in zip(cells, widths)).rstrip()
