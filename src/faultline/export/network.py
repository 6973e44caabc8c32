"""Actors and the ties between them as two tables of names: the nodes and edges of `--format
graphml` and `gexf`, and `Analysis.actors_frame()` / `ties_frame()`.

    actors  actor_id, name, type, country (ISO3), aliases ("; "-joined), cameo (the actor's CAMEO code),
            mentions (times named), documents (documents naming it), ties (ties it is an end
            of), events_as_actor, events_as_target, claims_by (claims it made)

    ties    tie_id, type, subject, subject_type, subject_country, object, object_type,
            object_country, subject_id, object_id, symmetric (allied_with and rival_of run
            both ways), amount_text, amount_value, amount_currency, amount_per, amount_low,
            amount_high, amount_shared (one sum for several recipients together), date_start,
            date_end, date_precision, attributed_to (whose claim the tie is, by name),
            outlets, title, url, published, doc_id (the document stating it), evidence (its
            first evidence span), num_sources and num_articles (outlets and articles, copies
            included, of every document stating the same tie: same type and ends)

A tie is never negated: a denied or hedged tie is not extracted (`extract/relations.py`).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import pyarrow as pa

from faultline.export.index import SEPARATOR, CorpusIndex, iso_date
from faultline.model import SYMMETRIC_RELATIONS, Analysis, Relation
from faultline.store.ownership import owner

S, I, F, B, D = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()

ACTORS = pa.schema([
    ("actor_id", S), ("name", S), ("type", S), ("country", S), ("aliases", S),
    ("cameo", S), ("mentions", I), ("documents", I), ("ties", I), ("events_as_actor", I),
    ("events_as_target", I), ("claims_by", I),
])
TIES = pa.schema([
    ("tie_id", S), ("type", S), ("subject", S), ("subject_type", S), ("subject_country", S),
    ("object", S), ("object_type", S), ("object_country", S), ("subject_id", S), ("object_id", S),
    ("symmetric", B), ("amount_text", S), ("amount_value", F), ("amount_currency", S),
    ("amount_per", S), ("amount_low", F), ("amount_high", F), ("amount_shared", B),
    ("date_start", D), ("date_end", D), ("date_precision", S), ("attributed_to", S),
    ("outlets", S), ("title", S), ("url", S), ("published", D), ("doc_id", S), ("evidence", S),
    ("num_sources", I), ("num_articles", I),
])


_ROLES = ("ties", "events_as_actor", "events_as_target", "claims_by")


def actors_table(analysis: Analysis) -> pa.Table:
    """One row per entity: who it is and how much the corpus says about it."""
    roles: dict[str, Counter] = defaultdict(Counter)
    for r in analysis.relations:
        for end in {r.subject, r.object}:
            roles[end]["ties"] += 1
    for ev in analysis.events:
        for role, ids in (("events_as_actor", ev.actors), ("events_as_target", ev.targets)):
            for entity in set(ids):
                roles[entity][role] += 1
    for c in analysis.claims:
        if c.speaker:
            roles[c.speaker]["claims_by"] += 1
    rows = [{"actor_id": e.id, "name": e.name, "type": e.type, "country": e.country,
             "aliases": SEPARATOR.join(e.aliases) or None, "cameo": e.codes.get("cameo"), "mentions": len(e.mentions),
             "documents": len({m.doc for m in e.mentions}),
             **{k: roles[e.id][k] for k in _ROLES}}
            for e in analysis.entities]
    return pa.Table.from_pylist(rows, schema=ACTORS)


def ties_table(analysis: Analysis) -> pa.Table:
    """One row per tie, its ends by name, with its amount and how many sources state it."""
    index = CorpusIndex(analysis)
    reports: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for r in analysis.relations:
        reports[tie_key(r)].append(owner(r))
    rows = [_tie_row(r, index, reports[tie_key(r)]) for r in analysis.relations]
    return pa.Table.from_pylist(rows, schema=TIES)


def tie_key(r: Relation) -> tuple[str, ...]:
    """What makes two ties the same: type and ends (either order for a symmetric type)."""
    ends = sorted((r.subject, r.object)) if r.type in SYMMETRIC_RELATIONS else [r.subject, r.object]
    return (r.type, *ends)


def _tie_row(r: Relation, index: CorpusIndex, docs: list[str]) -> dict[str, Any]:
    subject, obj = index.entities.get(r.subject), index.entities.get(r.object)
    amount, date = r.amount, r.date
    return {
        "tie_id": r.id, "type": r.type,
        "subject": index.name(r.subject), "subject_type": subject and subject.type,
        "subject_country": subject and subject.country,
        "object": index.name(r.object), "object_type": obj and obj.type,
        "object_country": obj and obj.country, "subject_id": r.subject, "object_id": r.object,
        "symmetric": r.type in SYMMETRIC_RELATIONS,
        "amount_text": amount and amount.text, "amount_value": amount and amount.value,
        "amount_currency": amount and amount.currency, "amount_per": amount and amount.per,
        "amount_low": amount and amount.low, "amount_high": amount and amount.high,
        "amount_shared": amount and amount.shared,
        "date_start": iso_date(date and date.start), "date_end": iso_date(date and date.end),
        "date_precision": date and date.precision,
        "attributed_to": index.name(r.attributed_to),
        **index.reported(r, docs),
    }
