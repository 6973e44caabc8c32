"""The tie graph: actors as nodes, ties grouped by (subject, type, object) as edges.

An edge counts the ties and documents behind it and keeps the amounts the texts give; the
graph is cut to the `limit` edges most documents support, and says how many there were.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from faultline.model import RELATION_TYPES
from faultline.store.readonly import Queryable
from faultline.serve.reads.refs import ActorRef, actor_refs

DEFAULT_LIMIT = 300


@dataclass
class NetworkFilters:
    type: str | None = None
    outlet: str | None = None
    country: str | None = None   # either end's country
    actor: str | None = None     # ties of this actor only
    limit: int = DEFAULT_LIMIT

    def where(self) -> tuple[str, list[Any]]:
        conds, params = ["true"], []
        for cond, value in (("r.type = ?", self.type), ("d.outlet = ?", self.outlet)):
            if value:
                conds.append(cond)
                params.append(value)
        if self.country:
            conds.append("(s.country = ? OR o.country = ?)")
            params += [self.country] * 2
        if self.actor:
            conds.append("(r.subject = ? OR r.object = ?)")
            params += [self.actor] * 2
        return " AND ".join(conds), params


@dataclass
class Node:
    actor: ActorRef
    degree: int   # edges of the shown graph touching it


@dataclass
class Edge:
    id: str
    source: str
    target: str
    type: str
    ties: int
    documents: int
    outlets: list[str]
    amounts: list[str]   # the texts' words for the sums, e.g. "$40 million a year"
    amount_max: float | None
    currency: str | None

    @property
    def label(self) -> str:
        return " ".join([self.type, *self.amounts[:1]]) + (f" (+{len(self.amounts) - 1})" if len(self.amounts) > 1 else "")


@dataclass
class Network:
    filters: NetworkFilters
    nodes: list[Node]
    edges: list[Edge]
    total_edges: int
    types: list[str] = field(default_factory=lambda: list(RELATION_TYPES))
    outlets: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)


_FROM = ("FROM relations r JOIN documents d ON d.id = r.doc "
         "LEFT JOIN entities s ON s.id = r.subject LEFT JOIN entities o ON o.id = r.object")


def network(db: Queryable, filters: NetworkFilters) -> Network:
    where, params = filters.where()
    (total,) = db.query(f"SELECT count(*) AS n FROM (SELECT DISTINCT r.subject, r.type, r.object "
                        f"{_FROM} WHERE {where})", params)
    rows = db.query(f"""
        SELECT r.subject, r.type, r.object, count(*) AS ties, count(DISTINCT r.doc) AS documents,
               list(DISTINCT d.outlet ORDER BY d.outlet) FILTER (WHERE d.outlet IS NOT NULL) AS outlets,
               list(DISTINCT json_extract_string(r.amount, '$.text'))
                   FILTER (WHERE r.amount IS NOT NULL) AS amounts,
               max(r.amount_value) AS amount_max, any_value(r.amount_currency) AS currency
        {_FROM} WHERE {where}
        GROUP BY 1, 2, 3 ORDER BY documents DESC, ties DESC, 1, 2, 3 LIMIT ?""", [*params, filters.limit])
    edges = [Edge(f"{r['subject']}|{r['type']}|{r['object']}", r["subject"], r["object"], r["type"],
                  r["ties"], r["documents"], list(r["outlets"] or []), sorted(r["amounts"] or []),
                  r["amount_max"], r["currency"]) for r in rows]
    degree: dict[str, int] = {}
    for e in edges:
        for end in (e.source, e.target):
            degree[end] = degree.get(end, 0) + 1
    names = actor_refs(db, degree)
    return Network(
        filters, [Node(names[i], degree[i]) for i in sorted(degree)], edges, total["n"],
        outlets=[r["outlet"] for r in db.query(
            "SELECT DISTINCT d.outlet FROM relations r JOIN documents d ON d.id = r.doc "
            "WHERE d.outlet IS NOT NULL ORDER BY 1")],
        countries=[r["country"] for r in db.query(
            "SELECT DISTINCT e.country FROM entities e WHERE e.country IS NOT NULL AND e.id IN "
            "(SELECT subject FROM relations UNION SELECT object FROM relations) ORDER BY 1")])
