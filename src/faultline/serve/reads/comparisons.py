"""Source comparisons as pages show them: contradictions first, each position with its
outlet and evidence, a revised toll with the reports it runs between."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from faultline.store.readonly import Queryable
from faultline.serve.reads.refs import ActorRef, DocRef, actor_refs, doc_refs

STORY = "json_extract_string(c.subject, '$.story')"


@dataclass
class Revision:
    earlier_value: Any
    later_value: Any
    earlier: str     # document ids
    later: str
    hours: float | None


@dataclass
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class PositionRow:
    doc: DocRef
    value: Any
    shown: str
    evidence: list[Evidence]


@dataclass
class ComparisonRow:
    id: str
    kind: str
    topic: str | None
    summary: str | None
    story: str | None
    about: list[ActorRef]
    revision: Revision | None
    positions: list[PositionRow]


def comparison_rows(db: Queryable, where: str = "true", params: list[Any] | None = None,
                    limit: int = 50) -> list[ComparisonRow]:
    """Comparisons matching `where` (over `c`), contradictions first, then by topic."""
    rows = db.query(f"SELECT c.id, c.kind, c.topic, c.summary, c.subject, c.positions FROM comparisons c "
                    f"WHERE {where} ORDER BY c.kind != 'contradicts', c.topic, c.id LIMIT ?",
                    [*(params or []), limit])
    subjects = {r["id"]: json.loads(r["subject"] or "{}") for r in rows}
    positions = {r["id"]: json.loads(r["positions"] or "[]") for r in rows}
    names = actor_refs(db, [e for s in subjects.values() for e in s.get("entities") or []])
    docs = doc_refs(db, [p["doc"] for ps in positions.values() for p in ps])
    out = []
    for r in rows:
        subject = subjects[r["id"]]
        rev = subject.get("revision")
        out.append(ComparisonRow(
            r["id"], r["kind"], r["topic"], r["summary"], subject.get("story"),
            [names[e] for e in subject.get("entities") or []],
            rev and Revision(rev.get("from"), rev.get("to"), rev.get("earlier"), rev.get("later"), rev.get("hours")),
            [PositionRow(docs[p["doc"]], p.get("value"), _shown(p.get("value")),
                         [Evidence(e["start"], e["end"], e["text"]) for e in p.get("evidence") or []])
             for p in positions[r["id"]]]))
    return out


def _shown(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
