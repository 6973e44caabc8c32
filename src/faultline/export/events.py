"""Events as one flat table in the style of ACLED and GDELT: `events.csv` of `--format
events-csv`, the properties of `--format geojson`, and `Analysis.events_frame()`.

One row per event; actors are given by name, type and country, never by id alone.

    event_id        the event's id
    date_start      first day it may have happened (YYYY-MM-DD; empty when unknown)
    date_end        last day it may have happened
    date_precision  day, week, month, year, decade or unknown
    date_text       the words that date it ("on Sunday")
    event_type      PLOVER type (ASSAULT, PROTEST, ...)
    mode            PLOVER mode (aerial, firearms, ...)
    cameo           CAMEO root code ("19")
    cameo_code      full CAMEO code when a verb dictionary gave one ("190")
    actor1          name of the first actor (the doer), as ACLED's Actor1
    actor1_type     its type (state, armed_group, person, ...)
    actor1_country  its country (ISO 3166-1 alpha-3)
    assoc_actor1    the other actors' names, joined with "; " (ACLED's Assoc_Actor_1)
    actor2          name of the first target, as ACLED's Actor2
    actor2_type     its type
    actor2_country  its country
    assoc_actor2    the other targets' names, joined with "; "
    location        the place's name
    admin1          its first-level area (province, state)
    country         the place's country, by name
    iso3            the place's country (ISO 3166-1 alpha-3)
    latitude        WGS84 degrees
    longitude       WGS84 degrees
    geo_precision   point, city, region or country
    killed_best     killed: best estimate (UCDP-style), then low and high bounds
    killed_low
    killed_high
    wounded_best    wounded: best estimate, low and high
    wounded_low
    wounded_high
    beyond_range    killed or wounded figures too big for a count, as the text gives them,
                    "; "-joined ("2147483648 people"): flagged, never read as numbers
    negated         the text says it did not (or will not) happen
    hypothetical    conditional, future, speculated or asked about
    attributed_to   name of whoever the text attributes the report to
    outlets         the outlets that published the event's document, "; "-joined
                    (its own, then its syndicated copies')
    title           that document's title
    url             its address
    published       its publication date
    doc_id          its id
    evidence        the words that state the event (its first evidence span)
    num_sources     distinct outlets reporting it (NumSources): across its document and,
                    when it belongs to a story of agreeing events, the story's documents,
                    syndicated copies included
    num_articles    articles reporting it (NumArticles), counted the same way
    story_id        the story of agreeing events it belongs to, if any
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa

from faultline.export.index import SEPARATOR, CorpusIndex, counts, iso_date
from faultline.export.spreadsheets import write_csv
from faultline.model import Analysis, Event

S, I, F, B, D = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()

SCHEMA = pa.schema([
    ("event_id", S), ("date_start", D), ("date_end", D), ("date_precision", S), ("date_text", S),
    ("event_type", S), ("mode", S), ("cameo", S), ("cameo_code", S),
    ("actor1", S), ("actor1_type", S), ("actor1_country", S), ("assoc_actor1", S),
    ("actor2", S), ("actor2_type", S), ("actor2_country", S), ("assoc_actor2", S),
    ("location", S), ("admin1", S), ("country", S), ("iso3", S), ("latitude", F),
    ("longitude", F), ("geo_precision", S),
    ("killed_best", I), ("killed_low", I), ("killed_high", I),
    ("wounded_best", I), ("wounded_low", I), ("wounded_high", I), ("beyond_range", S),
    ("negated", B), ("hypothetical", B), ("attributed_to", S),
    ("outlets", S), ("title", S), ("url", S), ("published", D), ("doc_id", S), ("evidence", S),
    ("num_sources", I), ("num_articles", I), ("story_id", S),
])
COLUMNS = tuple(SCHEMA.names)


def events_table(analysis: Analysis) -> pa.Table:
    """One row per event of `analysis`, with the columns of `SCHEMA`."""
    index = CorpusIndex(analysis)
    return pa.Table.from_pylist([event_row(ev, index) for ev in analysis.events], schema=SCHEMA)


def write_events_csv(analysis: Analysis, out_dir: Path) -> list[Path]:
    return [write_csv(events_table(analysis), out_dir / "events.csv")]


def event_row(ev: Event, index: CorpusIndex) -> dict[str, Any]:
    """The row of one event: names looked up, sources counted."""
    date, loc = ev.date, ev.location
    story = index.event_stories.get(ev.id)
    country = loc and loc.country
    return {
        "event_id": ev.id, "date_start": iso_date(date and date.start),
        "date_end": iso_date(date and date.end), "date_precision": date and date.precision,
        "date_text": date and date.text, "event_type": ev.type, "mode": ev.mode,
        "cameo": ev.cameo, "cameo_code": ev.cameo_code,
        **_party("actor1", ev.actors, index), **_party("actor2", ev.targets, index),
        "location": loc and loc.name, "admin1": loc and loc.admin1,
        "country": index.country_name(country), "iso3": country,
        "latitude": loc and loc.lat, "longitude": loc and loc.lon,
        "geo_precision": loc and loc.precision,
        **counts("killed", ev.fatalities.killed), **counts("wounded", ev.fatalities.wounded),
        "beyond_range": SEPARATOR.join(ev.fatalities.beyond_range) or None,
        "negated": ev.negated, "hypothetical": ev.hypothetical,
        "attributed_to": index.name(ev.attributed_to),
        **index.reported(ev, index.event_documents(ev)),
        "story_id": story and story.id,
    }


def _party(prefix: str, ids: list[str], index: CorpusIndex) -> dict[str, Any]:
    """ACLED's actor columns: the first entity by name, type and country; the rest by name."""
    first = index.entities.get(ids[0]) if ids else None
    return {prefix: index.name(ids[0]) if ids else None,
            f"{prefix}_type": first and first.type, f"{prefix}_country": first and first.country,
            f"assoc_{prefix}": index.names(ids[1:])}

