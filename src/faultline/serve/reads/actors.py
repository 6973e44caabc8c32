"""Actors: the searchable list, and one actor's page (ties, events, claims, labels by outlet)."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from faultline.store.readonly import Queryable
from faultline.serve.reads.events import EventRow, event_rows
from faultline.serve.reads.refs import (DOC_COLUMNS, PAGE_SIZE, ActorRef, DocRef, Window,
                                        actor_refs, doc_ref)

SECTION_SIZE = 100  # rows of each list on an actor's page; the totals say how many there are


@dataclass
class ActorRow:
    actor: ActorRef
    mentions: int
    documents: int


@dataclass
class ActorsPage:
    query: str | None
    type: str | None
    country: str | None
    window: Window
    rows: list[ActorRow]
    types: list[tuple[str, int]]


def actors_page(db: Queryable, query: str | None = None, type: str | None = None,
                country: str | None = None, page: int = 1) -> ActorsPage:
    """Actors whose name or an alias holds `query` (any case), the most mentioned first."""
    conds, params = ["true"], []
    if query:
        conds.append("(contains(lower(e.name), ?) OR contains(lower(array_to_string(e.aliases, ' | ')), ?))")
        params += [query.lower()] * 2
    if country:
        conds.append("e.country = ?")
        params.append(country)
    where = " AND ".join(conds)
    types = db.query(f"SELECT e.type, count(*) AS n FROM entities e WHERE {where} GROUP BY 1 ORDER BY n DESC, 1",
                     params)
    if type:
        where += " AND e.type = ?"
        params.append(type)
    window = Window(page, PAGE_SIZE, sum(r["n"] for r in types if not type or r["type"] == type))
    rows = db.query(f"""
        SELECT e.id, e.name, e.type, e.country, count(m.entity) AS mentions, count(DISTINCT m.doc) AS documents
        FROM entities e LEFT JOIN mentions m ON m.entity = e.id WHERE {where}
        GROUP BY ALL ORDER BY mentions DESC, e.name, e.id LIMIT ? OFFSET ?""",
                    [*params, window.size, window.offset])
    return ActorsPage(query, type, country, window,
                      [ActorRow(ActorRef(r["id"], r["name"], r["type"], r["country"]), r["mentions"],
                                r["documents"]) for r in rows],
                      [(r["type"], r["n"]) for r in types])


@dataclass
class TieRow:
    id: str
    type: str
    subject: ActorRef
    object: ActorRef
    amount: str | None         # the words of the text ("$40 million a year")
    amount_value: float | None
    currency: str | None
    per: str | None
    date: str | None
    attributed_to: ActorRef | None
    doc: DocRef
    evidence: str | None


@dataclass
class ClaimRow:
    id: str
    kind: str
    frame: str | None
    text: str
    speaker: ActorRef | None
    speaker_text: str | None
    cue: str | None
    about: list[ActorRef]
    doc: DocRef


@dataclass
class OutletLabels:
    outlet: str
    documents: int
    labels: list[tuple[str, int]]   # label, documents of this outlet giving it


@dataclass
class Section:
    """The first rows of a list and how many there are."""
    total: int
    rows: list[Any] = field(default_factory=list)


@dataclass
class ActorPage:
    actor: ActorRef
    aliases: list[str]
    codes: dict[str, str]
    mentions: int
    documents: int
    ties_out: Section
    ties_in: Section
    events_as_actor: Section
    events_as_target: Section
    claims_by: Section
    claims_about: Section
    labels: list[OutletLabels]


def actor_page(db: Queryable, actor_id: str) -> ActorPage | None:
    rows = db.query("SELECT e.id, e.name, e.type, e.country, e.aliases, e.codes, "
                    "(SELECT count(*) FROM mentions m WHERE m.entity = e.id) AS mentions, "
                    "(SELECT count(DISTINCT doc) FROM mentions m WHERE m.entity = e.id) AS documents "
                    "FROM entities e WHERE e.id = ?", [actor_id])
    if not rows:
        return None
    r = rows[0]
    return ActorPage(
        actor=ActorRef(r["id"], r["name"], r["type"], r["country"]), aliases=list(r["aliases"] or []),
        codes=json.loads(r["codes"] or "{}"), mentions=r["mentions"], documents=r["documents"],
        ties_out=_ties(db, "r.subject = ?", [actor_id]), ties_in=_ties(db, "r.object = ?", [actor_id]),
        events_as_actor=_events(db, "list_contains(e.actors, ?)", actor_id),
        events_as_target=_events(db, "list_contains(e.targets, ?)", actor_id),
        claims_by=claim_rows(db, "c.speaker = ?", [actor_id]),
        claims_about=claim_rows(db, "list_contains(c.about, ?)", [actor_id]),
        labels=_labels(db, actor_id))


def tie_rows(db: Queryable, where: str, params: list[Any], limit: int = SECTION_SIZE) -> list[TieRow]:
    """Ties matching `where` (over `r` relations and `d` documents), with names and evidence."""
    rows = db.query(f"""
        SELECT r.id, r.type, r.subject, r.object, json_extract_string(r.amount, '$.text') AS amount,
               r.amount_value, r.amount_currency, r.amount_per,
               json_extract_string(r.date, '$.text') AS date, r.attributed_to, {DOC_COLUMNS},
               (SELECT v.text FROM evidence v WHERE v.item_kind = 'relation' AND v.item_id = r.id
                ORDER BY v.seq LIMIT 1) AS evidence
        FROM relations r JOIN documents d ON d.id = r.doc WHERE {where}
        ORDER BY d.published DESC NULLS LAST, r.id LIMIT ?""", [*params, limit])
    names = actor_refs(db, [x for r in rows for x in (r["subject"], r["object"], r["attributed_to"])])
    return [TieRow(r["id"], r["type"], names[r["subject"]], names[r["object"]], r["amount"],
                   r["amount_value"], r["amount_currency"], r["amount_per"], r["date"],
                   names.get(r["attributed_to"]) if r["attributed_to"] else None, doc_ref(r),
                   r["evidence"]) for r in rows]


def claim_rows(db: Queryable, where: str, params: list[Any], limit: int = SECTION_SIZE) -> Section:
    """Claims matching `where` (over `c` claims and `d` documents), latest first."""
    (count,) = db.query(f"SELECT count(*) AS n FROM claims c JOIN documents d ON d.id = c.doc WHERE {where}",
                        params)
    rows = db.query(f"SELECT c.id, c.kind, c.frame, c.text, c.speaker, c.speaker_text, c.cue, c.about, "
                    f"{DOC_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc WHERE {where} "
                    f"ORDER BY d.published DESC NULLS LAST, c.id LIMIT ?", [*params, limit])
    names = actor_refs(db, [x for r in rows for x in (r["speaker"], *r["about"])])
    return Section(count["n"], [
        ClaimRow(r["id"], r["kind"], r["frame"], r["text"], names.get(r["speaker"]) if r["speaker"] else None,
                 r["speaker_text"], r["cue"], [names[a] for a in r["about"]], doc_ref(r)) for r in rows])


def _ties(db: Queryable, where: str, params: list[Any]) -> Section:
    (count,) = db.query(f"SELECT count(*) AS n FROM relations r WHERE {where}", params)
    return Section(count["n"], tie_rows(db, where, params))


def _events(db: Queryable, where: str, actor_id: str) -> Section:
    (count,) = db.query(f"SELECT count(*) AS n FROM events e WHERE {where}", [actor_id])
    rows: list[EventRow] = event_rows(db, where, [actor_id], SECTION_SIZE)
    return Section(count["n"], rows)


def _labels(db: Queryable, actor_id: str) -> list[OutletLabels]:
    """The labels each outlet gives the actor (the `framing` table), most used first."""
    rows = db.query("SELECT coalesce(d.outlet, d.id) AS outlet, f.doc, f.labels FROM framing f "
                    "JOIN documents d ON d.id = f.doc WHERE f.entity = ?", [actor_id])
    docs: defaultdict[str, set[str]] = defaultdict(set)
    labels: defaultdict[str, Counter] = defaultdict(Counter)
    for r in rows:
        docs[r["outlet"]].add(r["doc"])
        labels[r["outlet"]].update(set(r["labels"]))
    return [OutletLabels(o, len(docs[o]), labels[o].most_common())
            for o in sorted(docs, key=lambda o: (-len(docs[o]), o))]
