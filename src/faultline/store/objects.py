"""Typed objects back from the flat tables of `tables.py`: the inverse of `analysis_to_tables`.

Rows come in as dicts (from `pyarrow.Table.to_pylist()` or a DuckDB query); evidence and
mentions are put back in their `seq` order, each collection in a fixed order (by id, framing
by doc then entity) so that two loads of the same data are equal.
"""
from __future__ import annotations

import datetime
import json
from collections import defaultdict
from typing import Any

import pyarrow as pa

from faultline.model import (
    Amount,
    Analysis,
    Claim,
    Comparison,
    Count,
    DateRange,
    Document,
    Entity,
    Event,
    Fatalities,
    Framing,
    Location,
    Position,
    Quantity,
    Relation,
    Span,
    Story,
    from_dict,
)
from faultline.store.tables import TABLES

Rows = list[dict[str, Any]]


def tables_to_analysis(tables: dict[str, pa.Table | Rows]) -> Analysis:
    """Rebuild an Analysis from tables shaped like `analysis_to_tables` output (missing: empty)."""
    rows = {name: _rows(tables.get(name)) for name in TABLES}
    mentions = _spans(rows["mentions"], ("entity",), order=("doc", "seq"))
    evidence = _spans(rows["evidence"], ("item_kind", "item_id"), order=("seq",))
    by_id = {name: sorted(rows[name], key=lambda r: r["id"])
             for name in ("documents", "entities", "relations", "events", "claims", "comparisons",
                          "stories")}
    return Analysis(
        documents=[document_of(r) for r in by_id["documents"]],
        entities=[_entity(r, mentions[r["id"]]) for r in by_id["entities"]],
        relations=[_relation(r, evidence["relation", r["id"]]) for r in by_id["relations"]],
        events=[_event(r, evidence["event", r["id"]]) for r in by_id["events"]],
        claims=[_claim(r, evidence["claim", r["id"]]) for r in by_id["claims"]],
        comparisons=[_comparison(r) for r in by_id["comparisons"]],
        framing=[Framing(r["entity"], r["doc"], list(r["labels"] or []),
                         [s for s in evidence["framing", r["entity"]] if s.doc == r["doc"]])
                 for r in sorted(rows["framing"], key=lambda r: (r["doc"], r["entity"]))],
        stories=[_story(r) for r in by_id["stories"]],
    )


def _rows(table: pa.Table | Rows | None) -> Rows:
    if table is None:
        return []
    return table.to_pylist() if isinstance(table, pa.Table) else table


def _spans(rows: Rows, keys: tuple[str, ...],
           order: tuple[str, ...]) -> defaultdict[Any, list[Span]]:
    """Spans grouped by `keys` (one key: its value; several: a tuple), sorted by `order`.

    Mentions sort by (doc, seq): an entity's mentions in one document keep their order, while
    documents saved in different runs cannot interleave. Evidence sorts by seq alone.
    """
    groups: defaultdict[Any, list[Span]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: tuple(r[k] for k in order)):
        key = r[keys[0]] if len(keys) == 1 else tuple(r[k] for k in keys)
        groups[key].append(Span(r["doc"], r["start"], r["end"], r["text"]))
    return groups


def document_of(r: dict[str, Any]) -> Document:
    return Document(id=r["id"], source=r["source"], title=r["title"], outlet=r["outlet"],
                    published=_iso(r["published"]), text=r["text"], sha256=r["sha256"],
                    language=r["language"], url=r["url"], copies=_load(r.get("copies")) or [])


def _entity(r: dict[str, Any], mentions: list[Span]) -> Entity:
    return Entity(id=r["id"], name=r["name"], type=r["type"], aliases=list(r["aliases"] or []),
                  country=r["country"], codes=_load(r["codes"]) or {}, mentions=mentions)


def _relation(r: dict[str, Any], evidence: list[Span]) -> Relation:
    amount, date = _load(r["amount"]), _load(r["date"])
    return Relation(id=r["id"], type=r["type"], subject=r["subject"], object=r["object"],
                    evidence=evidence, amount=amount and Amount(**amount),
                    date=date and DateRange(**date), attributed_to=r["attributed_to"])


def _event(r: dict[str, Any], evidence: list[Span]) -> Event:
    date = None
    if r["date_precision"] is not None or r["date_text"] is not None:
        date = DateRange(_iso(r["date_start"]), _iso(r["date_end"]), r["date_precision"],
                         r["date_text"])
    location = _load(r["location"])
    return Event(id=r["id"], type=r["type"], evidence=evidence, actors=list(r["actors"] or []),
                 targets=list(r["targets"] or []), mode=r["mode"], cameo=r["cameo"], date=date,
                 location=location and Location(**location),
                 fatalities=Fatalities(_count(r, "killed"), _count(r, "wounded"),
                                       list(r.get("fatalities_beyond_range") or [])),
                 quantities=[Quantity(**q) for q in _load(r["quantities"]) or []],
                 negated=bool(r["negated"]), hypothetical=bool(r["hypothetical"]),
                 attributed_to=r["attributed_to"])


def _claim(r: dict[str, Any], evidence: list[Span]) -> Claim:
    return Claim(id=r["id"], kind=r["kind"], text=r["text"], evidence=evidence,
                 speaker=r["speaker"], speaker_text=r["speaker_text"], cue=r["cue"],
                 about=list(r["about"] or []), frame=r.get("frame") or "speech")


def _comparison(r: dict[str, Any]) -> Comparison:
    return Comparison(id=r["id"], kind=r["kind"], topic=r["topic"], subject=_load(r["subject"]),
                      positions=[from_dict(Position, p) for p in _load(r["positions"]) or []],
                      summary=r["summary"])


def _story(r: dict[str, Any]) -> Story:
    date = _load(r["date"])
    lists = ("events", "docs", "outlets", "actors", "targets", "locations", "denials")
    return Story(id=r["id"], type=r["type"], title=r["title"],
                 **{name: list(r[name] or []) for name in lists},
                 date=date and DateRange(**date), killed=_count(r, "killed"),
                 wounded=_count(r, "wounded"), kind=r.get("kind") or "events")


def _count(r: dict[str, Any], name: str) -> Count | None:
    if r[f"{name}_best"] is None:
        return None
    return Count(r[f"{name}_best"], r[f"{name}_low"], r[f"{name}_high"])


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _iso(value: datetime.date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, datetime.date) else value
