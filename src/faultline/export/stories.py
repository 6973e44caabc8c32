"""Stories (one happening as several documents tell it) as one flat table: `Analysis.stories_frame()`.

    story_id, kind ("events": grouped by agreeing events; "documents": by their words),
    type (PLOVER), title, date_start, date_end, date_precision, actors, targets, locations
    (names, "; "-joined), killed_best/low/high and wounded_best/low/high (the documents'
    figures merged UCDP-style), outlets ("; "-joined, syndicated copies included),
    num_sources and num_articles (distinct outlets and articles, copies included),
    documents, events, denials (how many events deny it or a part in it)
"""
from __future__ import annotations

from typing import Any

import pyarrow as pa

from faultline.export.index import SEPARATOR, CorpusIndex, counts, iso_date
from faultline.model import Analysis, Story

S, I, D = pa.string(), pa.int64(), pa.date32()

SCHEMA = pa.schema([
    ("story_id", S), ("kind", S), ("type", S), ("title", S), ("date_start", D), ("date_end", D),
    ("date_precision", S), ("actors", S), ("targets", S), ("locations", S),
    ("killed_best", I), ("killed_low", I), ("killed_high", I),
    ("wounded_best", I), ("wounded_low", I), ("wounded_high", I),
    ("outlets", S), ("num_sources", I), ("num_articles", I), ("documents", I), ("events", I),
    ("denials", I),
])


def stories_table(analysis: Analysis) -> pa.Table:
    """One row per story of `analysis`, with the columns of `SCHEMA`."""
    index = CorpusIndex(analysis)
    return pa.Table.from_pylist([_row(s, index) for s in analysis.stories], schema=SCHEMA)


def _row(s: Story, index: CorpusIndex) -> dict[str, Any]:
    date = s.date
    sources = index.sources(s.docs)
    return {
        "story_id": s.id, "kind": s.kind, "type": s.type, "title": s.title,
        "date_start": iso_date(date and date.start), "date_end": iso_date(date and date.end),
        "date_precision": date and date.precision, "actors": index.names(s.actors),
        "targets": index.names(s.targets), "locations": index.names(s.locations),
        **counts("killed", s.killed), **counts("wounded", s.wounded),
        "outlets": SEPARATOR.join(s.outlets) or None,
        "num_sources": sources.outlets, "num_articles": sources.articles,
        "documents": len(s.docs), "events": len(s.events), "denials": len(s.denials),
    }

