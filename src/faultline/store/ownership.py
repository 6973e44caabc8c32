"""Which document owns which item, and an Analysis cut down to some documents.

Every relation, event and claim belongs to the document of its evidence spans, a framing
to its `doc`; entities are global and own nothing but their mentions; comparisons span
documents. Saving, replacing and loading by document all follow these rules, stated here once.
"""
from __future__ import annotations

from collections.abc import Collection

from faultline.model import Analysis, Claim, Entity, Event, Relation


def owner(item: Relation | Event | Claim) -> str:
    """The id of the document `item` belongs to: the doc of its first evidence span."""
    if not item.evidence:
        kind = type(item).__name__.lower()
        raise ValueError(f"{kind} {item.id!r} has no evidence: no document owns it")
    return item.evidence[0].doc


def restrict(analysis: Analysis, doc_ids: Collection[str]) -> Analysis:
    """The part of `analysis` that belongs to documents `doc_ids`.

    Entities keep only their mentions in those documents and are dropped when none is left
    (entities without any mention are kept: nothing ties them to a document); duplicate
    entity ids are merged, and of documents sharing an id the first is kept. Comparisons are
    left out: they are corpus-wide.
    """
    docs = set(doc_ids)
    entities: dict[str, Entity] = {}
    for entity in analysis.entities:
        mentions = [m for m in entity.mentions if m.doc in docs]
        if entity.mentions and not mentions:
            continue
        seen = entities.get(entity.id)
        if seen is None:
            entities[entity.id] = Entity(entity.id, entity.name, entity.type, list(entity.aliases),
                                         entity.country, dict(entity.codes), mentions)
        else:
            seen.aliases += [a for a in entity.aliases if a not in seen.aliases]
            seen.mentions += mentions
    documents = {}
    for d in analysis.documents:
        if d.id in docs:
            documents.setdefault(d.id, d)
    return Analysis(
        documents=list(documents.values()),
        entities=list(entities.values()),
        relations=[r for r in analysis.relations if owner(r) in docs],
        events=[e for e in analysis.events if owner(e) in docs],
        claims=[c for c in analysis.claims if owner(c) in docs],
        framing=[f for f in analysis.framing if f.doc in docs],
    )
