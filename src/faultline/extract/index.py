"""Mentions by offset: the lookups every reader makes, in log time rather than a scan.

A long document has thousands of mentions; a reader that scans them all for every
trigger, candidate or sentence is quadratic in the text (see benchmarks/long_document.py).
"""
from __future__ import annotations

import bisect
from typing import Callable, Generic, Iterable, TypeVar

from ..model import Mention

T = TypeVar("T")

# No name runs longer than this; what starts further back cannot reach a given offset.
_LONGEST = 300


class MentionIndex:
    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.mentions]

    def add(self, mention: Mention) -> None:
        i = bisect.bisect_right(self.starts, mention.span.start)
        self.mentions.insert(i, mention)
        self.starts.insert(i, mention.span.start)

    def starting(self, start: int, end: int) -> list[Mention]:
        """The mentions that start within start:end, in order."""
        return self.mentions[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions wholly inside start:end, in order."""
        return [m for m in self.starting(start, end) if m.span.end <= end]

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions sharing a character with start:end, in order."""
        lo = bisect.bisect_left(self.starts, start - _LONGEST)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.span.end > start]


class SpanSet:
    """Character ranges, asked whether an offset falls in one of them."""

    def __init__(self, spans=()):
        self.spans = sorted(spans)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.spans, (pos, float("inf")))
        return any(a <= pos < b for a, b in self.spans[max(0, i - 4):i])


class Covering(Generic[T]):
    """Items with a span (claims' contents, quotations), asked which cover an offset. Sorted by
    start with the furthest end reached so far, so a lookup walks back only over items that
    may still reach the offset."""

    def __init__(self, items: Iterable[T], bounds: Callable[[T], tuple[int, int]]):
        ordered = sorted(((bounds(x), i, x) for i, x in enumerate(items)), key=lambda e: e[:2])
        self.starts = [start for (start, _), _, _ in ordered]
        self.ends = [end for (_, end), _, _ in ordered]
        self.items = [x for _, _, x in ordered]
        self.reach: list[int] = []
        for end in self.ends:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def at(self, pos: int) -> list[T]:
        """The items with start <= pos < end, in order of their start."""
        found = []
        j = bisect.bisect_right(self.starts, pos) - 1
        while j >= 0 and self.reach[j] > pos:
            if self.ends[j] > pos:
                found.append(self.items[j])
            j -= 1
        return found[::-1]
