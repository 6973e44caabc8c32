"""Text for the terminal: control characters escaped, widths as a terminal counts them, cells
cut to a width with "…".

Everything printed from an article (titles, names, quotes, file names) goes through
`printable`: text from the web is hostile.
"""
from __future__ import annotations

import re
import shutil
import unicodedata

# What text from the web may carry to act on a terminal: C0 and C1 controls (ESC starts colour and
# cursor sequences, \r and backspace overwrite, a newline forges an output line), DEL, the Unicode
# line separators, and the bidi overrides that reorder what is shown. Lone surrogates (a file
# name's undecodable bytes) too: they cannot be encoded to print at all.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
ELLIPSIS = "…"


def printable(text: str) -> str:
    """`text` safe to print: each control character shown as an inert escape (`\\n`, `\\x1b`)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def terminal_width() -> int:
    """Columns to fit: $COLUMNS, else the terminal's width, else 80 (output to a file or pipe)."""
    return shutil.get_terminal_size((80, 24)).columns


def char_width(char: str) -> int:
    """Columns a terminal gives `char`: 2 for wide East Asian characters, 0 for combining marks
    and invisible format characters, else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
        return 0
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def text_width(text: str) -> int:
    """Columns `text` takes on a terminal."""
    return len(text) if text.isascii() else sum(map(char_width, text))


def cut(text: str, width: int) -> str:
    """`text` in at most `width` columns: what does not fit becomes "…"."""
    if text_width(text) <= width:
        return text
    if width <= 0:
        return ""
    kept, used = [], 0
    for char in text:
        used += char_width(char)
        if used > width - 1:
            break
        kept.append(char)
    return "".join(kept) + ELLIPSIS


def pad(text: str, width: int) -> str:
    """`text` followed by spaces to `width` columns."""
    return text + " " * (width - text_width(text))
