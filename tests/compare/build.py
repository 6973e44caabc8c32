"""Small hand-built corpora for the compare tests: invented actors, places and sentences."""
from __future__ import annotations

from faultline.model import (Amount, Analysis, Claim, Count, DateRange, Document, Entity, Event,
                             Fatalities, Location, Quantity, Relation, Span)

ENTITIES = [
    Entity("front", "Northern Front", "armed_group", ["Northern Front"]),
    Entity("army", "Republic Army", "armed_group", ["Republic Army"]),
    Entity("guard", "Coast Guard Brigade", "armed_group", ["Coast Guard Brigade"]),
    Entity("patron", "Patronia", "state", ["Patronia"], "PTR"),
    Entity("RUR", "Ruritania", "state", ["Ruritania"], "RUR"),
    Entity("port-ama", "Port Ama", "location", ["Port Ama"], "RUR"),
    Entity("lake-town", "Lake Town", "location", ["Lake Town"], "RUR"),
    Entity("hill-fort", "Hill Fort", "location", ["Hill Fort"], "SYL"),
    Entity("envoy", "Mara Voss", "person", ["Mara Voss"]),
]
PLACES = {e.id: e for e in ENTITIES if e.type == "location"}


class Paper:
    """A hand-built document: each evidence phrase is appended to its text, so spans are exact."""

    def __init__(self, id: str, published: str | None = "2024-05-10", outlet: str | None = None):
        self.id, self.published = id, published
        self.outlet = outlet or f"Outlet {id.upper()}"
        self.text = ""

    def span(self, phrase: str) -> Span:
        start = len(self.text)
        self.text += phrase + " "
        return Span(self.id, start, start + len(phrase), phrase)

    def document(self) -> Document:
        return Document(self.id, f"{self.id}.txt", f"Title {self.id}", self.outlet, self.published,
                        self.text, f"sha-{self.id}")


def event(paper: Paper, id: str, type: str = "ASSAULT", actors=(), targets=(),
          date: str | tuple[str, str] | None = "2024-05-08", killed: int | Count | None = None,
          wounded: int | None = None, place: str | None = None, negated: bool = False,
          hypothetical: bool = False, text: str | None = None, quantities=()) -> Event:
    if isinstance(date, str):
        date = (date, date)
    when = DateRange(date[0], date[1], "day", "then") if date else None
    where = None
    if place:
        entity = PLACES.get(place)
        where = Location(entity.name if entity else place, "city", place if entity else None,
                         entity.country if entity else None)
    count = Count(killed, killed, killed) if isinstance(killed, int) else killed
    hurt = Count(wounded, wounded, wounded) if wounded is not None else None
    return Event(id, type, [paper.span(text or f"{type.lower()} reported as {id}")],
                 list(actors), list(targets), date=when, location=where,
                 fatalities=Fatalities(count, hurt), negated=negated, hypothetical=hypothetical,
                 quantities=[Quantity(v, u, f"{v} {u}") for v, u in quantities])


def relation(paper: Paper, id: str, type: str, subject: str, object: str, amount=None,
             text: str | None = None) -> Relation:
    money = None
    if amount is not None:
        value, per, *currency = amount
        money = Amount(f"{value} {per or ''}".strip(), value, currency[0] if currency else "USD", per)
    return Relation(id, type, subject, object, [paper.span(text or f"{subject} {type} {object}")],
                    amount=money)


def claim(paper: Paper, id: str, text: str, speaker: str | None = None, about=()) -> Claim:
    return Claim(id, "direct", text, [paper.span(f'"{text}," a spokesman said')], speaker,
                 "a spokesman", "said", list(about))


def corpus(papers, events=(), relations=(), claims=()) -> Analysis:
    """The Analysis of `papers` (build their items first: their texts grow with each span)."""
    return Analysis(documents=[p.document() for p in papers], entities=list(ENTITIES),
                    relations=list(relations), events=list(events), claims=list(claims))
