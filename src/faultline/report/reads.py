"""What `faultline show` prints, read with SQL from the store's layout: filtered, sorted
newest first, and only the first `limit` rows of each table read (document texts never).

The same queries run over a store (`Store.query`) and over an Analysis in memory
(`analysis_query`, its tables registered in an in-memory DuckDB), so `show` and the summary
of `analyze --summary` print the same tables.

Filters choose the facts (events, ties, claims); the documents, actors and source
comparisons shown are then those of the facts kept (and the actors --actor names, with the
documents that mention them). Dates: an event's own (else its report's publication date), a
tie's and a claim's the publication date of their document.
"""
from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from faultline.model import Amount, Analysis

Query = Callable[[str, dict[str, Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Selection:
    """The filters of `faultline show`; None: not filtered on."""
    actors: tuple[str, ...] | None = None  # entity ids, from `find_actors`
    country: str | None = None  # ISO3 code
    since: datetime.date | None = None
    until: datetime.date | None = None
    type: str | None = None  # an event type or mode, or a tie type; any case

    @property
    def filtered(self) -> bool:
        return any(v is not None for v in (self.actors, self.country, self.since, self.until, self.type))

    def params(self) -> dict[str, Any]:
        return {"actors": list(self.actors) if self.actors is not None else None,
                "country": self.country, "since": self.since, "until": self.until,
                "type": self.type.lower() if self.type else None}


@dataclass
class Page:
    """The first rows of a table and how many it has in all."""
    rows: list[Any]
    total: int


@dataclass
class DocumentRow:
    id: str
    outlet: str | None
    published: datetime.date | None
    title: str | None


@dataclass
class ActorRow:
    name: str
    type: str
    country: str | None
    docs: int
    mentions: int
    aliases: list[str]


@dataclass
class TieRow:
    subject: str
    type: str
    object: str
    amount: Amount | None
    source: str
    published: datetime.date | None


@dataclass
class EventRow:
    date: datetime.date | None
    dated_by_report: bool  # no date of its own: `date` is its report's publication date
    type: str
    mode: str | None
    actors: list[str]
    targets: list[str]
    place: str | None
    killed: tuple[int, int, int] | None  # best, low, high
    negated: bool
    hypothetical: bool
    evidence: str | None
    source: str


@dataclass
class ClaimRow:
    speaker: str | None
    kind: str
    cue: str | None
    text: str
    source: str
    published: datetime.date | None


@dataclass
class ComparisonRow:
    kind: str
    topic: str
    positions: list[tuple[str, Any]]  # (source, what it says)


@dataclass
class Shown:
    """Every table of `faultline show`; `claims` is None when a filter cannot apply to them."""
    documents: Page
    actors: Page
    ties: Page
    events: Page
    claims: Page | None
    comparisons: Page


def read_shown(query: Query, selection: Selection = Selection(), limit: int = 40) -> Shown:
    """The tables `faultline show` prints: the first `limit` rows of each, and their totals."""
    facts = _Facts(selection)
    return Shown(_documents(query, facts, limit), _actors(query, facts, limit),
                 _ties(query, facts, limit), _events(query, facts, limit),
                 _claims(query, facts, limit) if facts.claims is not None else None,
                 _comparisons(query, facts, limit))


def find_actors(query: Query, name: str) -> list[tuple[str, str]]:
    """(id, name) of the actors named or aliased `name`, in any case; when none is, those
    whose name or an alias contains it."""
    wanted = {"name": name.lower()}
    exact = query("SELECT id, name FROM entities WHERE lower(name) = $name "
                  "OR list_contains(list_transform(aliases, lambda a: lower(a)), $name) ORDER BY name, id", wanted)
    if exact:
        return [(r["id"], r["name"]) for r in exact]
    return [(r["id"], r["name"]) for r in query(
        "SELECT id, name FROM entities WHERE contains(lower(name), $name) "
        "OR len(list_filter(aliases, lambda a: contains(lower(a), $name))) > 0 ORDER BY name, id", wanted)]


@contextmanager
def analysis_query(analysis: Analysis) -> Iterator[Query]:
    """A Query over `analysis`, laid out as the store lays it out, in an in-memory DuckDB."""
    import duckdb

    from faultline.store.tables import analysis_to_tables

    con = duckdb.connect()
    try:
        for name, table in analysis_to_tables(analysis).items():
            con.register(name, table)

        def query(sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
            cur = con.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]
        yield query
    finally:
        con.close()


# ---- the filters as SQL ---------------------------------------------------------------------
_IN_COUNTRY = "(SELECT id FROM entities WHERE country = $country)"
_OF_COUNTRY = "(SELECT list(id) FROM entities WHERE country = $country)"


class _Facts:
    """The WHERE clause of each kind of fact under a Selection (None: no such fact is kept)."""

    def __init__(self, s: Selection):
        self.selection = s
        events, ties, claims = [], [], []
        if s.actors is not None:
            events.append("list_has_any(list_concat(e.actors, e.targets), $actors)")
            ties.append("(list_contains($actors, r.subject) OR list_contains($actors, r.object))")
            claims.append("(list_contains($actors, c.speaker) OR list_has_any(c.about, $actors))")
        if s.country:
            events.append(f"(e.location_country = $country OR list_has_any(list_concat(e.actors, e.targets), {_OF_COUNTRY}))")
            ties.append(f"(r.subject IN {_IN_COUNTRY} OR r.object IN {_IN_COUNTRY})")
            claims.append(f"(c.speaker IN {_IN_COUNTRY} OR list_has_any(c.about, {_OF_COUNTRY}))")
        if s.since:
            events.append("coalesce(e.date_end, e.date_start, d.published) >= $since")
            ties.append("d.published >= $since")
            claims.append("d.published >= $since")
        if s.until:
            events.append("coalesce(e.date_start, d.published) <= $until")
            ties.append("d.published <= $until")
            claims.append("d.published <= $until")
        if s.type:
            events.append("(lower(e.type) = $type OR lower(e.mode) = $type)")
            ties.append("lower(r.type) = $type")
        self.events = " AND ".join(events) or "true"
        self.ties = " AND ".join(ties) or "true"
        self.claims = None if s.type else " AND ".join(claims) or "true"  # claims have no type

    def kept(self, kind: str, columns: str) -> str:
        """A subquery of `columns` of the facts of `kind` kept."""
        table, alias, where = {"events": ("events", "e", self.events), "ties": ("relations", "r", self.ties),
                               "claims": ("claims", "c", self.claims or "false")}[kind]
        return (f"SELECT {columns} FROM {table} {alias} LEFT JOIN documents d ON d.id = {alias}.doc "
                f"WHERE {where}")

    def run(self, query: Query, sql: str, limit: int) -> tuple[list[dict[str, Any]], int]:
        """The first `limit` rows of `sql` and its `total` column (one row is read even for a
        limit of 0, to count them)."""
        params = {**self.selection.params(), "limit": max(limit, 1)}
        rows = query(sql, {k: v for k, v in params.items() if f"${k}" in sql})
        return rows[:limit], rows[0]["total"] if rows else 0


def _page(read: tuple[list[dict[str, Any]], int], make: Callable[[dict[str, Any]], Any]) -> Page:
    rows, total = read
    return Page([make(r) for r in rows], total)


_SOURCE = "coalesce(d.outlet, d.title, d.id)"


# ---- one read per table ---------------------------------------------------------------------
def _documents(query: Query, facts: _Facts, limit: int) -> Page:
    where = "true"
    if facts.selection.filtered:
        where = (f"d.id IN ({facts.kept('events', 'e.doc')} UNION {facts.kept('ties', 'r.doc')} "
                 f"UNION {facts.kept('claims', 'c.doc')}")
        if facts.selection.actors is not None:  # and those that name the actors asked for
            where += " UNION SELECT doc FROM mentions WHERE list_contains($actors, entity))"
        else:
            where += ")"
    read = facts.run(query, "SELECT d.id, d.outlet, d.published, d.title, count(*) OVER () AS total "
                            f"FROM documents d WHERE {where} "
                            "ORDER BY d.published DESC NULLS LAST, d.id LIMIT $limit", limit)
    return _page(read, lambda r: DocumentRow(r["id"], r["outlet"], r["published"], r["title"]))


def _actors(query: Query, facts: _Facts, limit: int) -> Page:
    where = "true"
    if facts.selection.filtered:
        where = (f"en.id IN ({facts.kept('events', 'unnest(list_concat(e.actors, e.targets))')} "
                 f"UNION {facts.kept('ties', 'r.subject')} UNION {facts.kept('ties', 'r.object')} "
                 f"UNION {facts.kept('claims', 'c.speaker')} UNION {facts.kept('claims', 'unnest(c.about)')}")
        if facts.selection.actors is not None:
            where += " UNION SELECT unnest($actors))"  # the actors asked for, whatever they take part in
        else:
            where += ")"
    read = facts.run(query, f"""
        SELECT en.name, en.type, en.country, en.aliases, coalesce(m.docs, 0) AS docs,
               coalesce(m.mentions, 0) AS mentions, count(*) OVER () AS total
        FROM entities en
        LEFT JOIN (SELECT entity, count(DISTINCT doc) AS docs, count(*) AS mentions
                   FROM mentions GROUP BY entity) m ON m.entity = en.id
        WHERE {where}
        ORDER BY mentions DESC, en.name, en.id LIMIT $limit""", limit)
    return _page(read, lambda r: ActorRow(r["name"], r["type"], r["country"], r["docs"], r["mentions"],
                                          list(r["aliases"] or [])))


def _ties(query: Query, facts: _Facts, limit: int) -> Page:
    read = facts.run(query, f"""
        SELECT coalesce(s.name, r.subject) AS subject, r.type, coalesce(o.name, r.object) AS object,
               r.amount, {_SOURCE} AS source, d.published, count(*) OVER () AS total
        FROM relations r LEFT JOIN documents d ON d.id = r.doc
        LEFT JOIN entities s ON s.id = r.subject LEFT JOIN entities o ON o.id = r.object
        WHERE {facts.ties}
        ORDER BY d.published DESC NULLS LAST, r.id LIMIT $limit""", limit)
    return _page(read, lambda r: TieRow(r["subject"], r["type"], r["object"], _amount(r["amount"]),
                                        r["source"], r["published"]))


def _events(query: Query, facts: _Facts, limit: int) -> Page:
    read = facts.run(query, f"""
        SELECT e.type, e.mode, e.actors, e.targets, e.date_start, d.published, e.location_name,
               e.killed_best, e.killed_low, e.killed_high, e.negated, e.hypothetical,
               v.text AS evidence, {_SOURCE} AS source, count(*) OVER () AS total
        FROM events e LEFT JOIN documents d ON d.id = e.doc
        LEFT JOIN evidence v ON v.item_kind = 'event' AND v.item_id = e.id AND v.seq = 0
        WHERE {facts.events}
        ORDER BY coalesce(e.date_start, d.published) DESC NULLS LAST, e.id LIMIT $limit""", limit)
    names = _names(query, {i for r in read[0] for i in (r["actors"] or []) + (r["targets"] or [])})

    def row(r: dict[str, Any]) -> EventRow:
        killed = (r["killed_best"], r["killed_low"], r["killed_high"]) if r["killed_best"] is not None else None
        return EventRow(r["date_start"] or r["published"], r["date_start"] is None, r["type"], r["mode"],
                        [names.get(i, i) for i in r["actors"] or []], [names.get(i, i) for i in r["targets"] or []],
                        r["location_name"], killed, bool(r["negated"]), bool(r["hypothetical"]),
                        r["evidence"], r["source"])
    return _page(read, row)


def _claims(query: Query, facts: _Facts, limit: int) -> Page:
    read = facts.run(query, f"""
        SELECT coalesce(sp.name, c.speaker_text) AS speaker, c.kind, c.cue, c.text,
               {_SOURCE} AS source, d.published, count(*) OVER () AS total
        FROM claims c LEFT JOIN documents d ON d.id = c.doc LEFT JOIN entities sp ON sp.id = c.speaker
        WHERE {facts.claims}
        ORDER BY d.published DESC NULLS LAST, c.id LIMIT $limit""", limit)
    return _page(read, lambda r: ClaimRow(r["speaker"], r["kind"], r["cue"], r["text"], r["source"], r["published"]))


def _comparisons(query: Query, facts: _Facts, limit: int) -> Page:
    where = "true"
    if facts.selection.filtered:
        where = (f"json_extract_string(cm.subject, '$.event') IN ({facts.kept('events', 'e.id')}) "
                 f"OR json_extract_string(cm.subject, '$.relation') IN ({facts.kept('ties', 'r.id')}) "
                 f"OR json_extract_string(cm.subject, '$.claim') IN ({facts.kept('claims', 'c.id')})")
    read = facts.run(query, "SELECT cm.kind, cm.topic, cm.positions, count(*) OVER () AS total "
                            f"FROM comparisons cm WHERE {where} "
                            "ORDER BY cm.kind <> 'contradicts', cm.topic, cm.id LIMIT $limit", limit)
    rows, total = read
    positions = [json.loads(r["positions"] or "[]") for r in rows]
    sources = _sources(query, {p.get("doc") for ps in positions for p in ps} - {None})
    return Page([ComparisonRow(r["kind"], r["topic"], [(sources.get(p.get("doc"), p.get("doc")), p.get("value"))
                                                       for p in ps])
                 for r, ps in zip(rows, positions)], total)


def _sources(query: Query, docs: set[str]) -> dict[str, str]:
    if not docs:
        return {}
    return {r["id"]: r["source"] for r in query(
        f"SELECT d.id, {_SOURCE} AS source FROM documents d WHERE list_contains($ids, d.id)", {"ids": sorted(docs)})}


def _names(query: Query, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {r["id"]: r["name"] for r in query("SELECT id, name FROM entities WHERE list_contains($ids, id)",
                                              {"ids": sorted(ids)})}


def _amount(text: str | None) -> Amount | None:
    if not text:
        return None
    data = json.loads(text)
    return Amount(**{k: data.get(k) for k in ("text", "value", "currency", "per", "low", "high")},
                  shared=bool(data.get("shared")))
