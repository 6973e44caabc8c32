"""Stories: the list, and one happening told by several outlets, each version side by side.

A version is what one document says of the story: its toll, actors, date, place and the
claims it carries about those involved, with the words behind each fact marked in its text.
Comparisons of the story mark where versions contradict each other, and a toll a later
report raised is shown as a revision.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from faultline.store.readonly import Queryable
from faultline.serve.reads.actors import ClaimRow, claim_rows
from faultline.serve.reads.comparisons import STORY, ComparisonRow, comparison_rows
from faultline.serve.reads.highlights import Mark, Segment, find_within, segments
from faultline.serve.reads.refs import (DOC_COLUMNS, PAGE_SIZE, ActorRef, DocRef, Window,
                                        actor_refs, doc_ref)


@dataclass
class StoryRow:
    id: str
    type: str
    title: str | None
    kind: str
    documents: int
    outlets: list[str]
    date: str | None
    killed: int | None
    killed_low: int | None
    killed_high: int | None
    denials: int
    contradictions: int


@dataclass
class StoriesPage:
    query: str | None
    window: Window
    rows: list[StoryRow]


_ROWS = f"""
    WITH c AS (SELECT {STORY} AS story, count(*) FILTER (WHERE c.kind = 'contradicts') AS n
               FROM comparisons c WHERE {STORY} IS NOT NULL GROUP BY 1)
    SELECT s.id, s.type, s.title, s.kind, len(s.docs) AS documents, s.outlets,
           CAST(s.date_start AS VARCHAR) AS date_start, CAST(s.date_end AS VARCHAR) AS date_end,
           s.killed_best, s.killed_low, s.killed_high, len(s.denials) AS denials,
           coalesce(c.n, 0) AS contradictions
    FROM stories s LEFT JOIN c ON c.story = s.id"""


def stories_page(db: Queryable, query: str | None = None, page: int = 1) -> StoriesPage:
    """Stories whose title holds `query`: contradicted first, then the most told, the latest."""
    where, params = ("contains(lower(coalesce(s.title, '')), ?)", [query.lower()]) if query else ("true", [])
    (count,) = db.query(f"SELECT count(*) AS n FROM stories s WHERE {where}", params)
    window = Window(page, PAGE_SIZE, count["n"])
    rows = db.query(f"{_ROWS} WHERE {where} ORDER BY contradictions DESC, documents DESC, "
                    f"s.date_start DESC NULLS LAST, s.id LIMIT ? OFFSET ?", [*params, window.size, window.offset])
    return StoriesPage(query, window, [_story_row(r) for r in rows])


@dataclass
class Version:
    doc: DocRef
    toll: int | None
    wounded: int | None
    actors: list[ActorRef]
    targets: list[ActorRef]
    dates: list[str]
    places: list[str]
    claims: list[ClaimRow]
    denies: bool
    revision: str | None           # "raised from 18 (Caribbean Wire Service) 24 h later"
    contradicts: list[str]          # topics this version is contradicted on
    corroborates: list[str]
    segments: list[Segment] = field(default_factory=list)


@dataclass
class StoryPage:
    story: StoryRow
    versions: list[Version]
    comparisons: list[ComparisonRow]


_EVENT_COLUMNS = ("id, doc, actors, targets, CAST(date_start AS VARCHAR) AS date_start, "
                  "CAST(date_end AS VARCHAR) AS date_end, date_text, location_name, "
                  "json_extract_string(location, '$.entity') AS place, killed_best, wounded_best, "
                  "quantities, negated, type")


def story_page(db: Queryable, story_id: str) -> StoryPage | None:
    rows = db.query(f"{_ROWS} WHERE s.id = ?", [story_id])
    if not rows:
        return None
    (s,) = db.query("SELECT docs, events, denials, actors, targets, locations FROM stories WHERE id = ?",
                    [story_id])
    events = db.query(f"SELECT {_EVENT_COLUMNS} FROM events WHERE id IN (SELECT unnest(?))",
                      [[*s["events"], *s["denials"]]])
    participants = list(dict.fromkeys([*s["actors"], *s["targets"], *s["locations"]]))
    docs = {r["doc_id"]: r for r in db.query(f"SELECT {DOC_COLUMNS}, d.text FROM documents d "
                                             f"WHERE d.id IN (SELECT unnest(?))", [s["docs"]])}
    spans = _spans(db, "event", [e["id"] for e in events])
    claims = claim_rows(db, "c.doc IN (SELECT unnest(?)) AND (len(list_intersect(c.about, ?)) > 0 "
                            "OR list_contains(?, c.speaker))", [s["docs"], participants, participants],
                        limit=500).rows
    claim_spans = _spans(db, "claim", [c.id for c in claims])
    mentions = db.query("SELECT entity, doc, start, \"end\" FROM mentions WHERE doc IN (SELECT unnest(?)) "
                        "AND entity IN (SELECT unnest(?))", [s["docs"], participants])
    comparisons = comparison_rows(db, f"{STORY} = ?", [story_id], limit=200)
    names = actor_refs(db, [a for e in events for a in (*e["actors"], *e["targets"])])
    denials = set(s["denials"])
    versions = []
    for doc_id in s["docs"]:
        if doc_id not in docs:
            continue
        own = [e for e in events if e["doc"] == doc_id]
        asserted = [e for e in own if not e["negated"] and e["id"] not in denials]
        tolls = [e["killed_best"] for e in asserted if e["killed_best"] is not None]
        wounded = [e["wounded_best"] for e in asserted if e["wounded_best"] is not None]
        text = docs[doc_id]["text"]
        marks = _marks(text, own, spans, [m for m in mentions if m["doc"] == doc_id], set(s["locations"]),
                       [c for c in claims if c.doc.id == doc_id], claim_spans)
        versions.append(Version(
            doc=doc_ref(docs[doc_id]), toll=max(tolls) if tolls else None,
            wounded=max(wounded) if wounded else None,
            actors=[names[a] for a in dict.fromkeys(a for e in own for a in e["actors"])],
            targets=[names[a] for a in dict.fromkeys(a for e in own for a in e["targets"])],
            dates=list(dict.fromkeys(d for e in own if (d := _when(e)))),
            places=list(dict.fromkeys(e["location_name"] for e in own if e["location_name"])),
            claims=[c for c in claims if c.doc.id == doc_id],
            denies=any(e["negated"] or e["id"] in denials for e in own),
            revision=_revision(comparisons, doc_id, docs),
            contradicts=_topics(comparisons, doc_id, "contradicts"),
            corroborates=_topics(comparisons, doc_id, "corroborates"),
            segments=segments(text, marks)))
    return StoryPage(_story_row(rows[0]), versions, comparisons)


def _spans(db: Queryable, kind: str, ids: list[str]) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for r in db.query("SELECT item_id, start, \"end\" FROM evidence WHERE item_kind = ? "
                      "AND item_id IN (SELECT unnest(?)) ORDER BY seq", [kind, ids]):
        out.setdefault(r["item_id"], []).append((r["start"], r["end"]))
    return out


def _marks(text: str, events: list[dict[str, Any]], spans: dict[str, list[tuple[int, int]]],
           mentions: list[dict[str, Any]], places: set[str], claims: list[ClaimRow],
           claim_spans: dict[str, list[tuple[int, int]]]) -> list[Mark]:
    """The words behind each fact: the events' sentences, and in them the toll's and the
    date's own words; the participants' mentions (places apart); the claims' sentences."""
    marks = []
    for e in events:
        for start, end in spans.get(e["id"], []):
            marks.append(Mark(start, end, "event", 0))
            figures = [q["text"] for q in json.loads(e["quantities"] or "[]")]
            for phrase, kind in [*((f, "toll") for f in figures), (e["date_text"], "date")]:
                found = find_within(text, phrase, start, end)
                if found:
                    marks.append(Mark(*found, kind, 0))
    for m in mentions:
        marks.append(Mark(m["start"], m["end"], "place" if m["entity"] in places else "actor", 0))
    for i, c in enumerate(claims):
        marks += [Mark(start, end, "claim", i) for start, end in claim_spans.get(c.id, [])]
    return marks


def _revision(comparisons: list[ComparisonRow], doc_id: str, docs: dict[str, dict[str, Any]]) -> str | None:
    for c in comparisons:
        rev = c.revision
        if rev and rev.later == doc_id:
            earlier = docs.get(rev.earlier)
            source = (earlier and (earlier["doc_outlet"] or earlier["doc_title"])) or rev.earlier
            hours = f", {rev.hours:g} h later" if rev.hours is not None else ""
            return f"{c.topic} raised from {rev.earlier_value} ({source}) to {rev.later_value}{hours}"
    return None


def _topics(comparisons: list[ComparisonRow], doc_id: str, kind: str) -> list[str]:
    return sorted({c.topic or "" for c in comparisons
                   if c.kind == kind and any(p.doc.id == doc_id for p in c.positions)})


def _when(e: dict[str, Any]) -> str | None:
    if e["date_start"] and e["date_end"] and e["date_start"] != e["date_end"]:
        return f"{e['date_start']} to {e['date_end']}"
    return e["date_start"] or e["date_text"]


def _story_row(r: dict[str, Any]) -> StoryRow:
    date = r["date_start"] if r["date_start"] == r["date_end"] or not r["date_end"] \
        else f"{r['date_start']} to {r['date_end']}"
    return StoryRow(r["id"], r["type"], r["title"], r["kind"], r["documents"], list(r["outlets"] or []),
                    date, r["killed_best"], r["killed_low"], r["killed_high"], r["denials"], r["contradictions"])
