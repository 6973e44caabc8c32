"""Documents: the list, and one document's cleaned text with every extracted item marked.

Items are the actors it mentions (one item per actor, marked at each mention), its events,
claims and ties, and the labels it gives actors, each marked at its evidence spans.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from faultline.store.readonly import Queryable
from faultline.serve.reads.refs import (DOC_COLUMNS, PAGE_SIZE, ActorRef, DocRef, Window,
                                        actor_refs, doc_ref)
from faultline.serve.reads.highlights import Mark, Segment, segments


@dataclass
class DocumentRow:
    doc: DocRef
    events: int
    claims: int
    ties: int


@dataclass
class DocumentsPage:
    query: str | None
    outlet: str | None
    window: Window
    rows: list[DocumentRow]
    outlets: list[tuple[str, int]]


def documents_page(db: Queryable, query: str | None = None, outlet: str | None = None,
                   page: int = 1) -> DocumentsPage:
    """Documents whose title holds `query` (any case), the latest published first."""
    conds, params = ["true"], []
    if query:
        conds.append("contains(lower(coalesce(d.title, '')), ?)")
        params.append(query.lower())
    if outlet:
        conds.append("d.outlet = ?")
        params.append(outlet)
    where = " AND ".join(conds)
    (count,) = db.query(f"SELECT count(*) AS n FROM documents d WHERE {where}", params)
    window = Window(page, PAGE_SIZE, count["n"])
    rows = db.query(f"""
        SELECT {DOC_COLUMNS},
            (SELECT count(*) FROM events e WHERE e.doc = d.id) AS events,
            (SELECT count(*) FROM claims c WHERE c.doc = d.id) AS claims,
            (SELECT count(*) FROM relations r WHERE r.doc = d.id) AS ties
        FROM documents d WHERE {where} ORDER BY d.published DESC NULLS LAST, d.id LIMIT ? OFFSET ?""",
                    [*params, window.size, window.offset])
    outlets = db.query("SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL "
                       "GROUP BY 1 ORDER BY n DESC, 1")
    return DocumentsPage(query, outlet, window,
                         [DocumentRow(doc_ref(r), r["events"], r["claims"], r["ties"]) for r in rows],
                         [(r["outlet"], r["n"]) for r in outlets])


@dataclass
class Item:
    kind: str           # mention, event, claim, tie, label
    id: str
    summary: str
    actors: list[ActorRef]


@dataclass
class DocumentPage:
    doc: DocRef
    source: str | None
    items: list[Item]
    segments: list[Segment]
    counts: dict[str, int]


def document_page(db: Queryable, doc_id: str) -> DocumentPage | None:
    rows = db.query(f"SELECT {DOC_COLUMNS}, d.source, d.text FROM documents d WHERE d.id = ?", [doc_id])
    if not rows:
        return None
    text = rows[0]["text"]
    items, marks = marked_items(db, doc_id)
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.kind] += 1
    return DocumentPage(doc_ref(rows[0]), rows[0]["source"], items, segments(text, marks), dict(counts))


def marked_items(db: Queryable, doc_id: str) -> tuple[list[Item], list[Mark]]:
    """Every item extracted from document `doc_id` and the marks of its words in the text."""
    mentions = db.query("SELECT entity, start, \"end\" FROM mentions WHERE doc = ? ORDER BY start", [doc_id])
    events = db.query("SELECT id, type, mode, actors, targets, location_name, CAST(date_start AS VARCHAR) AS date,"
                      " killed_best, negated, hypothetical FROM events WHERE doc = ? ORDER BY id", [doc_id])
    claims = db.query("SELECT id, kind, speaker, speaker_text, cue, text, about FROM claims WHERE doc = ? "
                      "ORDER BY id", [doc_id])
    ties = db.query("SELECT id, type, subject, object, json_extract_string(amount, '$.text') AS amount "
                    "FROM relations WHERE doc = ? ORDER BY id", [doc_id])
    framing = db.query("SELECT entity, labels FROM framing WHERE doc = ? ORDER BY entity", [doc_id])
    names = actor_refs(db, [m["entity"] for m in mentions]
                       + [a for e in events for a in (*e["actors"], *e["targets"])]
                       + [a for c in claims for a in (c["speaker"], *c["about"])]
                       + [a for t in ties for a in (t["subject"], t["object"])]
                       + [f["entity"] for f in framing])
    items: list[Item] = []
    index: dict[tuple[str, str], int] = {}

    def add(kind: str, item_id: str, summary: str, actors: list[ActorRef]) -> None:
        index[kind, item_id] = len(items)
        items.append(Item(kind, item_id, summary, actors))

    for entity in dict.fromkeys(m["entity"] for m in mentions):
        a = names[entity]
        add("mention", entity, f"{a.name} ({a.type or 'actor'}{', ' + a.country if a.country else ''})", [a])
    for e in events:
        add("event", e["id"], event_summary(e, names), [names[a] for a in dict.fromkeys([*e["actors"], *e["targets"]])])
    for c in claims:
        who = names[c["speaker"]].name if c["speaker"] else c["speaker_text"] or "unattributed"
        add("claim", c["id"], f"{c['kind']} claim by {who}{' (' + c['cue'] + ')' if c['cue'] else ''}: {c['text']}",
            [names[a] for a in dict.fromkeys([*([c["speaker"]] if c["speaker"] else []), *c["about"]])])
    for t in ties:
        s, o = names[t["subject"]], names[t["object"]]
        add("tie", t["id"], f"{s.name} {t['type']} {o.name}{' (' + t['amount'] + ')' if t['amount'] else ''}", [s, o])
    for f in framing:
        a = names[f["entity"]]
        add("label", f["entity"], f"{a.name} called: {', '.join(f['labels'])}", [a])
    marks = [Mark(m["start"], m["end"], "mention", index["mention", m["entity"]]) for m in mentions]
    kinds = {"event": "event", "claim": "claim", "relation": "tie", "framing": "label"}
    for v in db.query("SELECT item_kind, item_id, start, \"end\" FROM evidence WHERE doc = ?", [doc_id]):
        at = index.get((kinds[v["item_kind"]], v["item_id"]))
        if at is not None:
            marks.append(Mark(v["start"], v["end"], kinds[v["item_kind"]], at))
    return items, marks


def event_summary(e: dict[str, Any], names: dict[str, ActorRef]) -> str:
    """"ASSAULT (aerial) by A on B, 2024-10-08, Djibo, killed 50 [denied]" from an events row."""
    parts = [e["type"] + (f" ({e['mode']})" if e["mode"] else "")]
    if e["actors"]:
        parts.append("by " + ", ".join(names[a].name for a in e["actors"]))
    if e["targets"]:
        parts.append("on " + ", ".join(names[a].name for a in e["targets"]))
    text = " ".join(parts)
    for extra in (e["date"], e["location_name"], e["killed_best"] is not None and f"killed {e['killed_best']}"):
        if extra:
            text += f", {extra}"
    if e["negated"]:
        text += " [denied or negated]"
    if e["hypothetical"]:
        text += " [hypothetical]"
    return text
