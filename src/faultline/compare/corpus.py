"""The corpus as comparisons see it, indexed once: documents' dates and outlets, entities'
kinds and countries, items by id; plus the few things every comparison is built with."""
from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from faultline.model import (
    Analysis,
    Claim,
    Comparison,
    Entity,
    Event,
    Position,
    Relation,
    Span,
)

T = TypeVar("T")


@dataclass(frozen=True)
class CompareOptions:
    """The knobs of source comparison; the defaults are the documented rules."""
    date_slack_days: int = 1          # dated events a day apart may still be one happening
    published_window_days: int = 10   # an undated event: reports published this close
    max_event_span_days: int = 31     # events dated more vaguely ("in 2024") join no story
    max_story_span_days: int = 14     # grouping never stretches a story's dates further
    max_block: int = 2000             # a blocking key shared by more items is skipped
    block_neighbours: int = 32        # in a block sorted by date, each event meets its next k
    max_pairwise: int = 12            # above this many documents, each is compared to the median
    claim_overlap: float = 0.2        # content-word Jaccard for opposite statements
    corroborate_overlap: float = 0.35  # ... and for statements that agree
    statement_window_days: int = 28   # statements compared when published this close
    statement_neighbours: int = 16    # within a block, each statement meets this many next ones
    top_terms: int = 25               # documents grouped by words: the terms each is indexed under
    document_link: float = 0.25       # ... the cosine from which a pair is tried
    document_similarity: float = 0.30  # ... the average similarity two groups need to merge


@lru_cache(maxsize=8192)
def day(iso: str | None) -> int | None:
    """The day number of an ISO date (None when missing or unreadable)."""
    if not iso:
        return None
    try:
        return datetime.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


class Corpus:
    """Lookups over one Analysis: who owns each item, when each document appeared, what each
    entity is. Built once per comparison run and shared by its stages."""

    def __init__(self, analysis: Analysis, options: CompareOptions | None = None):
        self.analysis = analysis
        self.options = options or CompareOptions()
        self.documents = {d.id: d for d in analysis.documents}
        self.published = {d.id: day(d.published) for d in analysis.documents}
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}
        self.events: dict[str, Event] = {e.id: e for e in analysis.events}

    @staticmethod
    def doc_of(item: Event | Relation | Claim) -> str:
        """The document an item belongs to: that of its first evidence span."""
        return item.evidence[0].doc if item.evidence else ""

    def outlets(self, doc: str) -> list[str]:
        """The outlets that published a document: its own, then its syndicated copies'."""
        d = self.documents.get(doc)
        if d is None:
            return []
        return list(dict.fromkeys(o for o in [d.outlet, *(c.get("outlet") for c in d.copies)] if o))

    def outlet(self, doc: str) -> str:
        d = self.documents.get(doc)
        return (d and (d.outlet or d.title)) or doc

    def name(self, entity: str) -> str:
        e = self.entities.get(entity)
        return e.name if e else entity

    def names(self, ids: Sequence[str]) -> str:
        return ", ".join(self.name(i) for i in ids) or "unnamed"

    def place_keys(self, entity: str) -> tuple[str | None, str | None]:
        """(country of a state, country of a place) for `entity`: a state and a place inside
        it count as the same participant. Unknown entities are neither."""
        e = self.entities.get(entity)
        if e is None:
            return None, None
        if e.type == "state":
            return e.country or e.id, None
        if e.type == "location" and e.country:
            return None, e.country
        return None, None


def comparison(kind: str, topic: str, subject: dict[str, Any], positions: list[Position],
               summary: str) -> Comparison:
    """A Comparison with a stable id: a hash of what it compares (kind, topic, the subject's
    item and attribute, the documents)."""
    key = "|".join([kind, topic, *(f"{k}={v}" for k, v in sorted(subject.items()) if k != "entities"),
                    *(p.doc for p in positions)])
    return Comparison("cmp:" + hashlib.sha1(key.encode()).hexdigest()[:16], kind, topic,
                      subject, positions, summary)


def position(doc: str, value: Any, spans: Sequence[Span]) -> Position:
    """A document's version: its value and the evidence spans of that document only."""
    return Position(doc, value, [s for s in spans if s.doc == doc])


def pairs(items: Sequence[T], max_pairwise: int,
          value: Callable[[T], float] | None = None) -> list[tuple[T, T]]:
    """Every pair of `items`, or when there are more than `max_pairwise`, each item paired with
    the median one (by `value`; the middle one in order without it): linear, not quadratic."""
    n = len(items)
    if n <= max_pairwise:
        return [(items[i], items[j]) for i in range(n) for j in range(i + 1, n)]
    ranked = sorted(items, key=value) if value else list(items)
    ref = ranked[(n - 1) // 2]
    return [(ref, item) for item in items if item is not ref]
