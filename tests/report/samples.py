"""A small hand-written corpus for the terminal tests: three reports on different days, events
with and without dates of their own, a tie with a range of money, claims, a contradiction."""
from __future__ import annotations

from pathlib import Path

from faultline.model import (Amount, Analysis, Claim, Comparison, Count, DateRange, Document, Entity,
                             Event, Fatalities, Location, Position, Relation, Span)
from faultline.store import RunInfo, Store

TEXTS = {
    "a1": "Rebels shelled the market in El Fasher on Friday. Qatar pledged $30m to $50m a year "
          "to the relief fund, officials said.",
    "a2": "Drones struck a fuel depot near Odesa on Monday. The Hizbullah spokesman said the "
          "strikes would go on. Hezbollah and Russia are allies.",
    "a3": "Hezbollah threatened to answer any raid on 30 December.",
}
PUBLISHED = {"a1": "2024-03-02", "a2": "2024-06-11", "a3": None}
OUTLETS = {"a1": "Nile Dispatch", "a2": "Harbour Times", "a3": "Cedar Post"}


def at(doc: str, phrase: str) -> Span:
    start = TEXTS[doc].index(phrase)
    return Span(doc, start, start + len(phrase), phrase)


def day(iso: str) -> DateRange:
    return DateRange(iso, iso, "day", iso)


def news_analysis() -> Analysis:
    documents = [Document(d, f"news/{d}.txt", f"Report {d}", OUTLETS[d], PUBLISHED[d], text, f"sha-{d}")
                 for d, text in TEXTS.items()]
    entities = [
        Entity("rsf", "Rapid Support Forces", "armed_group", ["RSF"], "SDN", {}, [at("a1", "Rebels")]),
        Entity("fasher", "El Fasher", "location", [], "SDN", {}, [at("a1", "El Fasher")]),
        Entity("qatar", "Qatar", "state", ["Qatar"], "QAT", {}, [at("a1", "Qatar")]),
        Entity("fund", "Relief Fund", "organization", [], None, {}, [at("a1", "relief fund")]),
        Entity("russia", "Russia", "state", ["Russia"], "RUS", {}, [at("a2", "Russia")]),
        Entity("odesa", "Odesa", "location", [], "UKR", {}, [at("a2", "Odesa")]),
        Entity("hezbollah", "Hezbollah", "armed_group", ["Hizbullah", "Hezbollah"], "LBN", {},
               [at("a2", "Hizbullah"), at("a2", "Hezbollah"), at("a3", "Hezbollah")]),
    ]
    events = [
        Event("ev1", "ASSAULT", [at("a1", "Rebels shelled the market in El Fasher on Friday")],
              actors=["rsf"], targets=["fasher"], mode="heavy-weapons", date=day("2024-03-01"),
              location=Location("El Fasher", "city", "fasher", "SDN"),
              fatalities=Fatalities(killed=Count(12, 10, 15))),
        Event("ev2", "ASSAULT", [at("a2", "Drones struck a fuel depot near Odesa on Monday")],
              actors=["russia"], targets=["odesa"], mode="drone",
              location=Location("Odesa", "city", "odesa", "UKR")),
        Event("ev3", "THREATEN", [at("a3", "Hezbollah threatened to answer any raid")],
              actors=["hezbollah"], date=day("2023-12-30"), hypothetical=True),
    ]
    relations = [
        Relation("r1", "funds", "qatar", "fund", [at("a1", "Qatar pledged $30m to $50m a year to the relief fund")],
                 amount=Amount("$30m to $50m a year", 30e6, "USD", "year", low=30e6, high=50e6)),
        Relation("r2", "allied_with", "hezbollah", "russia", [at("a2", "Hezbollah and Russia are allies")]),
    ]
    claims = [
        Claim("c1", "indirect", "the strikes would go on",
              [at("a2", "The Hizbullah spokesman said the strikes would go on")],
              speaker="hezbollah", speaker_text="The Hizbullah spokesman", cue="said"),
        Claim("c2", "indirect", "Qatar pledged $30m to $50m a year to the relief fund",
              [at("a1", "Qatar pledged $30m to $50m a year to the relief fund, officials said")],
              speaker_text="officials", cue="said", about=["qatar"]),
    ]
    comparisons = [Comparison("cmp1", "contradicts", "killed", {"event": "ev1", "entities": ["rsf"]},
                              [Position("a1", 12), Position("a2", 10)])]
    return Analysis(documents=documents, entities=entities, relations=relations, events=events,
                    claims=claims, comparisons=comparisons)


def news_store(path: Path) -> Path:
    with Store(path) as store:
        store.save(news_analysis(), RunInfo("run-1", "cfg-1"))
        store.replace_compared([], news_analysis().comparisons)
    return path
