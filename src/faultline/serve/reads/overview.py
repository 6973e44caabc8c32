"""The overview: what the store holds, from which outlets and dates, contradictions first."""
from __future__ import annotations

from dataclasses import dataclass

from faultline.store.readonly import Queryable
from faultline.serve.reads.comparisons import ComparisonRow, comparison_rows
from faultline.serve.reads.refs import ActorRef

_COUNTED = {"documents": "documents", "actors": "entities", "ties": "relations", "events": "events",
            "claims": "claims", "stories": "stories", "comparisons": "comparisons"}


@dataclass
class Overview:
    counts: dict[str, int]
    contradictions: int
    outlets: list[tuple[str, int]]
    published_first: str | None
    published_last: str | None
    events_first: str | None
    events_last: str | None
    comparisons: list[ComparisonRow]   # contradictions first
    top_actors: list[tuple[ActorRef, int]]
    pending: bool   # documents changed since the stories were last compared


def overview(db: Queryable, limit: int = 30) -> Overview:
    counts = {name: db.query(f"SELECT count(*) AS n FROM {table}")[0]["n"] for name, table in _COUNTED.items()}
    (dates,) = db.query("SELECT CAST(min(published) AS VARCHAR) AS p0, CAST(max(published) AS VARCHAR) AS p1, "
                        "(SELECT CAST(min(date_start) AS VARCHAR) FROM events) AS e0, "
                        "(SELECT CAST(max(coalesce(date_end, date_start)) AS VARCHAR) FROM events) AS e1 "
                        "FROM documents")
    outlets = db.query("SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL "
                       "GROUP BY 1 ORDER BY n DESC, 1")
    top = db.query("SELECT e.id, e.name, e.type, e.country, count(*) AS n FROM mentions m "
                   "JOIN entities e ON e.id = m.entity WHERE e.type != 'location' "
                   "GROUP BY ALL ORDER BY n DESC, e.name LIMIT 12")
    contradictions = db.query("SELECT count(*) AS n FROM comparisons WHERE kind = 'contradicts'")[0]["n"]
    pending = bool(db.query("SELECT 1 FROM pending_steps WHERE step = 'compare'"))
    return Overview(counts, contradictions, [(r["outlet"], r["n"]) for r in outlets],
                    dates["p0"], dates["p1"], dates["e0"], dates["e1"], comparison_rows(db, limit=limit),
                    [(ActorRef(r["id"], r["name"], r["type"], r["country"]), r["n"]) for r in top], pending)
