"""Claims as one flat table of names: `Analysis.claims_frame()`.

    claim_id, kind (direct, indirect, according_to), frame (speech or cognition),
    speaker (the speaker's name, else the words naming it), speaker_type, speaker_country,
    speaker_id, speaker_text (the words naming the speaker), cue ("said"), text (what was
    said), about (names of the actors it is about, "; "-joined), outlets, title, url,
    published, doc_id (the document it is in), evidence (its first evidence span)
"""
from __future__ import annotations

from typing import Any

import pyarrow as pa

from faultline.export.index import CorpusIndex
from faultline.model import Analysis, Claim

S, D = pa.string(), pa.date32()

SCHEMA = pa.schema([
    ("claim_id", S), ("kind", S), ("frame", S), ("speaker", S), ("speaker_type", S),
    ("speaker_country", S), ("speaker_id", S), ("speaker_text", S), ("cue", S), ("text", S),
    ("about", S), ("outlets", S), ("title", S), ("url", S), ("published", D), ("doc_id", S),
    ("evidence", S),
])


def claims_table(analysis: Analysis) -> pa.Table:
    """One row per claim of `analysis`, with the columns of `SCHEMA`."""
    index = CorpusIndex(analysis)
    return pa.Table.from_pylist([_row(c, index) for c in analysis.claims], schema=SCHEMA)


def _row(c: Claim, index: CorpusIndex) -> dict[str, Any]:
    speaker = index.entities.get(c.speaker) if c.speaker else None
    return {
        "claim_id": c.id, "kind": c.kind, "frame": c.frame,
        "speaker": index.name(c.speaker) or c.speaker_text,
        "speaker_type": speaker and speaker.type, "speaker_country": speaker and speaker.country,
        "speaker_id": c.speaker, "speaker_text": c.speaker_text, "cue": c.cue, "text": c.text,
        "about": index.names(c.about), **index.reported(c),
    }
