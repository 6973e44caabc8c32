"""The flat layout of an Analysis: one Arrow table per collection, plus mentions and evidence.

This is the one definition of the columns that the store writes and the exporters emit.
Values users filter on (types, dates, counts, places) get flat columns; nested values are
also kept whole as JSON text so that reading back rebuilds the objects exactly.

    documents    id, source, title, outlet, published, language, url, text, sha256, copies[]{}
    entities     id, name, type, country, aliases[], codes{}
    mentions     entity, doc, seq, start, end, text          (seq: order in Entity.mentions)
    relations    id, doc, type, subject, object, amount_*, amount{}, date{}, attributed_to
    events       id, doc, type, mode, cameo, actors[], targets[], date_*, location_*,
                 location{}, killed_*, wounded_*, quantities[], negated, hypothetical, attributed_to,
                 fatalities_beyond_range[]
    claims       id, doc, kind, speaker, speaker_text, text, cue, about[], frame
    framing      entity, doc, labels[]
    comparisons  id, kind, topic, subject{}, positions[], summary
    stories      id, type, title, events[], docs[], outlets[], actors[], targets[], locations[], kind,
                 date_*, date{}, killed_*, wounded_*, denials[]     (not in the contract)
    evidence     item_kind, item_id, doc, seq, start, end, text (item_id of a framing: its entity)

`{}` and `[]` of dicts are JSON text; `[]` of ids or labels are lists of strings.
"""
from __future__ import annotations

import dataclasses
import datetime
import json
import re
from typing import Any

import pyarrow as pa

from faultline.model import MAX_COUNT, Analysis, Count, DateRange, Span, Story
from faultline.store.ownership import owner

S, I, F, B, D = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.date32()
L = pa.list_(pa.string())
JSON = S  # JSON text; the database column is typed JSON

SCHEMAS: dict[str, pa.Schema] = {name: pa.schema(cols) for name, cols in {
    "documents": [("id", S), ("source", S), ("title", S), ("outlet", S), ("published", D),
                  ("language", S), ("url", S), ("text", S), ("sha256", S), ("copies", JSON)],
    "entities": [("id", S), ("name", S), ("type", S), ("country", S), ("aliases", L),
                 ("codes", JSON)],
    "mentions": [("entity", S), ("doc", S), ("seq", I), ("start", I), ("end", I), ("text", S)],
    "relations": [("id", S), ("doc", S), ("type", S), ("subject", S), ("object", S),
                  ("amount_value", F), ("amount_currency", S), ("amount_per", S),
                  ("amount", JSON), ("date", JSON), ("attributed_to", S)],
    "events": [("id", S), ("doc", S), ("type", S), ("mode", S), ("cameo", S),
               ("actors", L), ("targets", L), ("date_start", D), ("date_end", D),
               ("date_precision", S), ("date_text", S), ("location_name", S),
               ("location_country", S), ("lat", F), ("lon", F), ("location", JSON),
               ("killed_best", I), ("killed_low", I), ("killed_high", I),
               ("wounded_best", I), ("wounded_low", I), ("wounded_high", I),
               ("quantities", JSON), ("negated", B), ("hypothetical", B), ("attributed_to", S),
               ("fatalities_beyond_range", L)],
    "claims": [("id", S), ("doc", S), ("kind", S), ("speaker", S), ("speaker_text", S),
               ("text", S), ("cue", S), ("about", L), ("frame", S)],
    "framing": [("entity", S), ("doc", S), ("labels", L)],
    "comparisons": [("id", S), ("kind", S), ("topic", S), ("subject", JSON),
                    ("positions", JSON), ("summary", S)],
    "stories": [("id", S), ("type", S), ("title", S), ("events", L), ("docs", L),
                ("outlets", L), ("actors", L), ("targets", L), ("locations", L),
                ("date_start", D), ("date_end", D), ("date", JSON), ("killed_best", I),
                ("killed_low", I), ("killed_high", I), ("wounded_best", I), ("wounded_low", I),
                ("wounded_high", I), ("denials", L), ("kind", S)],
    "evidence": [("item_kind", S), ("item_id", S), ("doc", S), ("seq", I), ("start", I),
                 ("end", I), ("text", S)],
}.items()}

TABLES = tuple(SCHEMAS)
DOC_TABLES = ("documents", "mentions", "relations", "events", "claims", "framing", "evidence")
NESTED = frozenset({"codes", "amount", "date", "location", "quantities", "subject", "positions"})

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def analysis_to_tables(analysis: Analysis) -> dict[str, pa.Table]:
    """One Arrow table per name in `TABLES`, with the columns of `SCHEMAS`."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for d in analysis.documents:
        rows["documents"].append({**dataclasses.asdict(d), "published": _date(d.published, d.id),
                                  "copies": _json(d.copies) if d.copies else None})
    for e in analysis.entities:
        rows["entities"].append({"id": e.id, "name": e.name, "type": e.type, "country": e.country,
                                 "aliases": e.aliases, "codes": _json(e.codes)})
        rows["mentions"] += [{"entity": e.id, "seq": i, **_span(m)}
                             for i, m in enumerate(e.mentions)]
    for r in analysis.relations:
        amount = r.amount
        rows["relations"].append({
            "id": r.id, "doc": owner(r), "type": r.type, "subject": r.subject, "object": r.object,
            "amount_value": amount and amount.value, "amount_currency": amount and amount.currency,
            "amount_per": amount and amount.per, "amount": _json(amount), "date": _json(r.date),
            "attributed_to": r.attributed_to})
    for ev in analysis.events:
        rows["events"].append(_event_row(ev))
    for c in analysis.claims:
        rows["claims"].append({"id": c.id, "doc": owner(c), "kind": c.kind, "speaker": c.speaker,
                               "speaker_text": c.speaker_text, "text": c.text, "cue": c.cue, "frame": c.frame,
                               "about": c.about})
    for f in analysis.framing:
        rows["framing"].append({"entity": f.entity, "doc": f.doc, "labels": f.labels})
    for c in analysis.comparisons:
        rows["comparisons"].append({"id": c.id, "kind": c.kind, "topic": c.topic,
                                    "subject": _json(c.subject), "positions": _json(c.positions),
                                    "summary": c.summary})
    rows["stories"] += [_story_row(s) for s in analysis.stories]
    for kind, items in (("relation", analysis.relations), ("event", analysis.events),
                        ("claim", analysis.claims)):
        for item in items:
            rows["evidence"] += _evidence(kind, item.id, item.evidence)
    for f in analysis.framing:
        rows["evidence"] += _evidence("framing", f.entity, f.evidence)
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


def _event_row(ev) -> dict[str, Any]:
    date: DateRange | None = ev.date
    loc = ev.location
    row = {"id": ev.id, "doc": owner(ev), "type": ev.type, "mode": ev.mode, "cameo": ev.cameo,
           "actors": ev.actors, "targets": ev.targets,
           "date_start": _date(date and date.start, ev.id),
           "date_end": _date(date and date.end, ev.id),
           "date_precision": date and date.precision, "date_text": date and date.text,
           "location_name": loc and loc.name, "location_country": loc and loc.country,
           "lat": loc and loc.lat, "lon": loc and loc.lon, "location": _json(loc),
           "quantities": _json(ev.quantities), "negated": ev.negated,
           "hypothetical": ev.hypothetical, "attributed_to": ev.attributed_to,
           "fatalities_beyond_range": ev.fatalities.beyond_range}
    _counts(row, ev.fatalities)
    return row


def _story_row(story: Story) -> dict[str, Any]:
    date = story.date
    row = {**{f.name: getattr(story, f.name) for f in dataclasses.fields(story)
              if f.name not in ("killed", "wounded")},
           "date_start": _date(date and date.start, story.id),
           "date_end": _date(date and date.end, story.id), "date": _json(date)}
    _counts(row, story)
    return row


# The range of the count columns (INTEGER, `I`). The extractors keep a figure beyond it as
# words (Fatalities.beyond_range); a count beyond it in an Analysis built elsewhere (the API,
# a JSON file) is left out of the store, as Arrow refuses it, rather than failing the save.
_INT_MIN, _INT_MAX = -2**31, MAX_COUNT


def _counts(row: dict[str, Any], source: Any) -> None:
    """killed_best ... wounded_high columns from `source.killed` and `source.wounded`."""
    for name in ("killed", "wounded"):
        count: Count | None = getattr(source, name)
        if count and not all(_INT_MIN <= getattr(count, bound) <= _INT_MAX for bound in ("best", "low", "high")):
            count = None
        for bound in ("best", "low", "high"):
            row[f"{name}_{bound}"] = count and getattr(count, bound)


def _evidence(kind: str, item_id: str, spans: list[Span]) -> list[dict[str, Any]]:
    return [{"item_kind": kind, "item_id": item_id, "seq": i, **_span(s)}
            for i, s in enumerate(spans)]


def _span(span: Span) -> dict[str, Any]:
    return {"doc": span.doc, "start": span.start, "end": span.end, "text": span.text}


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    elif isinstance(value, list):
        value = [dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value]
    return json.dumps(value, ensure_ascii=False)


def _date(value: str | None, where: str) -> datetime.date | None:
    if value is None:
        return None
    if not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        raise ValueError(f"{where}: date {value!r} is not YYYY-MM-DD")
    return datetime.date.fromisoformat(value)
