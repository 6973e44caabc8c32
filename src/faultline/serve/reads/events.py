"""Events: the filtered table (one page of it), its facets, a timeline and map points.

Every figure is one SQL statement over the events joined to their documents, filtered by
`EventFilters`; an event's time is its own date, else its document's publication date.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from faultline.store.readonly import Queryable
from faultline.serve.reads.refs import (DOC_COLUMNS, PAGE_SIZE, ActorRef, DocRef, Window,
                                        actor_refs, doc_ref)

WHEN = "coalesce(e.date_start, d.published)"
PRECISION = "json_extract_string(e.location, '$.precision')"
FROM = "FROM events e JOIN documents d ON d.id = e.doc"


@dataclass
class EventFilters:
    type: str | None = None
    mode: str | None = None
    country: str | None = None
    actor: str | None = None   # an entity id, as actor or target
    outlet: str | None = None
    since: datetime.date | None = None
    until: datetime.date | None = None
    page: int = 1

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (over `e` events and `d` documents) and its parameters."""
        conds, params = ["true"], []
        for column, value in (("e.type", self.type), ("e.mode", self.mode),
                              ("e.location_country", self.country), ("d.outlet", self.outlet)):
            if value:
                conds.append(f"{column} = ?")
                params.append(value)
        if self.actor:
            conds.append("(list_contains(e.actors, ?) OR list_contains(e.targets, ?))")
            params += [self.actor, self.actor]
        if self.since:
            conds.append(f"coalesce(e.date_end, {WHEN}) >= ?")
            params.append(self.since)
        if self.until:
            conds.append(f"{WHEN} <= ?")
            params.append(self.until)
        return " AND ".join(conds), params

    def active(self) -> dict[str, str]:
        """The filters set, as query parameters (for links that keep them)."""
        values = {"type": self.type, "mode": self.mode, "country": self.country, "actor": self.actor,
                  "outlet": self.outlet, "since": self.since and self.since.isoformat(),
                  "until": self.until and self.until.isoformat()}
        return {k: v for k, v in values.items() if v}


@dataclass
class Toll:
    best: int
    low: int
    high: int


@dataclass
class EventRow:
    id: str
    type: str
    mode: str | None
    cameo: str | None
    date: str | None          # "2024-10-08", "2024-10-07 to 2024-10-13" or the words of the text
    date_precision: str | None
    place: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    killed: Toll | None
    wounded: Toll | None
    negated: bool
    hypothetical: bool
    actors: list[ActorRef]
    targets: list[ActorRef]
    attributed_to: ActorRef | None
    doc: DocRef
    evidence: str | None      # the first sentence that tells it


@dataclass
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class Facet:
    name: str
    values: list[FacetValue]


@dataclass
class Bucket:
    start: str
    events: int
    killed: int


@dataclass
class Timeline:
    unit: str  # day, week or month
    buckets: list[Bucket]


@dataclass
class MapPoint:
    lat: float
    lon: float
    place: str | None
    country: str | None
    precision: str | None
    events: int
    killed: int


@dataclass
class EventsPage:
    filters: EventFilters
    window: Window
    rows: list[EventRow]
    facets: list[Facet]
    timeline: Timeline
    points: list[MapPoint]
    located: int = 0   # events with coordinates, of `window.total`


_COLUMNS = (f"e.id, e.type, e.mode, e.cameo, CAST(e.date_start AS VARCHAR) AS date_start, "
            f"CAST(e.date_end AS VARCHAR) AS date_end, e.date_precision, e.date_text, "
            f"e.location_name, e.location_country, e.lat, e.lon, {PRECISION} AS geo_precision, "
            f"e.killed_best, e.killed_low, e.killed_high, e.wounded_best, e.wounded_low, "
            f"e.wounded_high, e.negated, e.hypothetical, e.actors, e.targets, e.attributed_to, "
            f"{DOC_COLUMNS}")


def event_rows(db: Queryable, where: str, params: list[Any], limit: int,
               offset: int = 0) -> list[EventRow]:
    """Events matching `where` (over `e` and `d`), latest first, with names and evidence."""
    rows = db.query(f"SELECT {_COLUMNS} {FROM} WHERE {where} "
                    f"ORDER BY {WHEN} DESC NULLS LAST, e.id LIMIT ? OFFSET ?", [*params, limit, offset])
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    evidence = {r["item_id"]: r["text"] for r in db.query(
        "SELECT item_id, text FROM evidence WHERE item_kind = 'event' AND seq = 0 "
        "AND item_id IN (SELECT unnest(?))", [ids])}
    names = actor_refs(db, [a for r in rows for a in (*r["actors"], *r["targets"], r["attributed_to"])])
    return [EventRow(
        id=r["id"], type=r["type"], mode=r["mode"], cameo=r["cameo"], date=_date(r),
        date_precision=r["date_precision"], place=r["location_name"], country=r["location_country"],
        lat=r["lat"], lon=r["lon"], geo_precision=r["geo_precision"],
        killed=_toll(r, "killed"), wounded=_toll(r, "wounded"), negated=r["negated"],
        hypothetical=r["hypothetical"], actors=[names[a] for a in r["actors"]],
        targets=[names[a] for a in r["targets"]],
        attributed_to=names.get(r["attributed_to"]) if r["attributed_to"] else None,
        doc=doc_ref(r), evidence=evidence.get(r["id"])) for r in rows]


def events_page(db: Queryable, filters: EventFilters) -> EventsPage:
    where, params = filters.where()
    (head,) = db.query(f"SELECT count(*) AS n, count(e.lat) AS located, min({WHEN}) AS first, "
                       f"max({WHEN}) AS last {FROM} WHERE {where}", params)
    window = Window(filters.page, PAGE_SIZE, head["n"])
    return EventsPage(
        filters=filters, window=window,
        rows=event_rows(db, where, params, PAGE_SIZE, window.offset),
        facets=_facets(db, where, params), timeline=_timeline(db, where, params, head["first"], head["last"]),
        points=_points(db, where, params), located=head["located"])


_FACETS = {"type": "e.type", "mode": "e.mode", "country": "e.location_country", "outlet": "d.outlet"}
FACET_SIZE = 15


def _facets(db: Queryable, where: str, params: list[Any]) -> list[Facet]:
    facets = []
    for name, column in _FACETS.items():
        rows = db.query(f"SELECT {column} AS value, count(*) AS n {FROM} WHERE {where} AND {column} "
                        f"IS NOT NULL GROUP BY 1 ORDER BY n DESC, value LIMIT {FACET_SIZE}", params)
        facets.append(Facet(name, [FacetValue(r["value"], r["value"], r["n"]) for r in rows]))
    rows = db.query(f"SELECT a AS value, count(DISTINCT e.id) AS n {FROM}, "
                    f"unnest(list_concat(e.actors, e.targets)) AS t(a) WHERE {where} "
                    f"GROUP BY 1 ORDER BY n DESC, value LIMIT {FACET_SIZE}", params)
    names = actor_refs(db, [r["value"] for r in rows])
    facets.append(Facet("actor", [FacetValue(r["value"], names[r["value"]].name, r["n"]) for r in rows]))
    return facets


def _timeline(db: Queryable, where: str, params: list[Any], first: datetime.date | None,
              last: datetime.date | None) -> Timeline:
    if first is None or last is None:
        return Timeline("day", [])
    days = (last - first).days
    unit = "day" if days <= 92 else "week" if days <= 3 * 365 else "month"
    rows = db.query(f"SELECT CAST(date_trunc('{unit}', {WHEN}) AS DATE) AS start, count(*) AS n, "
                    f"coalesce(sum(e.killed_best) FILTER (WHERE NOT e.negated), 0) AS killed "
                    f"{FROM} WHERE {where} AND {WHEN} IS NOT NULL GROUP BY 1 ORDER BY 1", params)
    return Timeline(unit, [Bucket(r["start"].isoformat(), r["n"], int(r["killed"])) for r in rows])


MAX_POINTS = 2000


def _points(db: Queryable, where: str, params: list[Any]) -> list[MapPoint]:
    """Events with coordinates, one point per place (and precision), the busiest first."""
    rows = db.query(f"SELECT round(e.lat, 4) AS lat, round(e.lon, 4) AS lon, "
                    f"any_value(e.location_name) AS place, any_value(e.location_country) AS country, "
                    f"{PRECISION} AS precision, count(*) AS n, "
                    f"coalesce(sum(e.killed_best) FILTER (WHERE NOT e.negated), 0) AS killed "
                    f"{FROM} WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
                    f"GROUP BY 1, 2, 5 ORDER BY n DESC, lat, lon LIMIT {MAX_POINTS}", params)
    return [MapPoint(r["lat"], r["lon"], r["place"], r["country"], r["precision"], r["n"],
                     int(r["killed"])) for r in rows]


def _date(r: dict[str, Any]) -> str | None:
    start, end = r["date_start"], r["date_end"]
    if start and end and start != end:
        return f"{start} to {end}"
    return start or end or r["date_text"]


def _toll(r: dict[str, Any], name: str) -> Toll | None:
    if r[f"{name}_best"] is None:
        return None
    return Toll(r[f"{name}_best"], r[f"{name}_low"], r[f"{name}_high"])
