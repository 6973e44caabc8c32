"""Hand-built analyses for the store and export tests: every field of the contract filled."""
from __future__ import annotations

import copy
from typing import Any

from faultline.model import (Amount, Analysis, Claim, Comparison, Count, DateRange, Document,
                             Entity, Event, Fatalities, Framing, Location, Position, Quantity,
                             Relation, Span)

TEXTS = {
    "d1": ("Iran funds Hezbollah with $700m a year. An Israeli strike killed 12 people in Rafah "
           "on 3 May 2024, officials said."),
    "d2": ("The militant group Hezbollah fired hundreds of rockets. \"We will not stop,\" "
           "Hassan Nasrallah said. The strike in Rafah killed 20 people, according to the "
           "health ministry."),
}


def span(doc: str, phrase: str, text: str | None = None) -> Span:
    """The span of the first `phrase` in document `doc`'s text."""
    text = TEXTS[doc] if text is None else text
    start = text.index(phrase)
    return Span(doc, start, start + len(phrase), phrase)


def document(doc: str, **overrides: Any) -> Document:
    fields = dict(id=doc, source=f"feeds/{doc}.txt", title=f"Title {doc}", outlet="Outlet",
                  published="2024-05-04", text=TEXTS[doc], sha256=f"sha-{doc}", language="en",
                  url=f"https://example.org/{doc}")
    fields.update(overrides)
    return Document(**fields)


def sample_analysis() -> Analysis:
    """Two documents sharing entities, one of each kind of item, a comparison across them."""
    entities = [
        Entity("hezbollah", "Hezbollah", "armed_group", ["Hezbollah", "Hizbullah"], "LBN",
               {"cameo": "LBNREB"}, [span("d1", "Hezbollah"), span("d2", "Hezbollah")]),
        Entity("iran", "Iran", "state", ["Iran"], "IRN", {"cameo": "IRN"}, [span("d1", "Iran")]),
        Entity("israel", "Israel", "state", ["Israeli"], "ISR", {}, [span("d1", "Israeli")]),
        Entity("person:hassan-nasrallah", "Hassan Nasrallah", "person", ["Hassan Nasrallah"],
               "LBN", {}, [span("d2", "Hassan Nasrallah")]),
        Entity("rafah", "Rafah", "location", [], "PSE", {},
               [span("d1", "Rafah"), span("d2", "Rafah")]),
    ]
    relations = [Relation(
        "r:d1:1", "funds", "iran", "hezbollah", [span("d1", "Iran funds Hezbollah with $700m a year")],
        amount=Amount("$700m a year", 700_000_000.0, "USD", "year"),
        date=DateRange("2024-01-01", "2024-12-31", "year", "a year"), attributed_to=None)]
    events = [
        Event("e:d1:1", "ASSAULT", [span("d1", "An Israeli strike killed 12 people in Rafah"),
                                    span("d1", "officials said")],
              actors=["israel"], targets=[], mode="aerial", cameo="19",
              date=DateRange("2024-05-03", "2024-05-03", "day", "3 May 2024"),
              location=Location("Rafah", "city", "rafah", "PSE", 31.2969, 34.2455),
              fatalities=Fatalities(killed=Count(12, 12, 12)), attributed_to=None),
        Event("e:d2:1", "ASSAULT", [span("d2", "Hezbollah fired hundreds of rockets")],
              actors=["hezbollah"], cameo="19",
              date=DateRange(None, None, "unknown", "recently"),
              quantities=[Quantity(300.0, "rockets", "hundreds of rockets"),
                          Quantity(2, "drones", "two drones")],
              hypothetical=True),
        Event("e:d2:2", "ASSAULT", [span("d2", "The strike in Rafah killed 20 people")],
              location=Location("Rafah", "city"),
              fatalities=Fatalities(killed=Count(20, 18, 22), wounded=Count(0, 0, 3)),
              negated=True, attributed_to="hezbollah"),
    ]
    claims = [
        Claim("c:d1:1", "indirect", "An Israeli strike killed 12 people in Rafah on 3 May 2024",
              [span("d1", "An Israeli strike killed 12 people in Rafah on 3 May 2024, officials said")],
              speaker=None, speaker_text="officials", cue="said", about=["israel", "rafah"]),
        Claim("c:d2:1", "direct", "We will not stop",
              [span("d2", "\"We will not stop,\" Hassan Nasrallah said")],
              speaker="person:hassan-nasrallah", speaker_text="Hassan Nasrallah", cue="said",
              about=[]),
    ]
    framing = [Framing("hezbollah", "d2", ["militant group"],
                       [span("d2", "militant group"), span("d2", "The militant group Hezbollah")])]
    comparisons = [Comparison(
        "cmp:1", "contradicts", "deaths in the Rafah strike", {"event": "e:d1:1"},
        [Position("d1", 12, [span("d1", "killed 12 people")]),
         Position("d2", {"best": 20, "low": 18}, [span("d2", "killed 20 people")])],
        summary="d1 reports 12 killed, d2 reports 20")]
    return Analysis(documents=[document("d1"), document("d2", source=None, published=None, url=None,
                                                         language=None, outlet=None, title=None)],
                    entities=entities, relations=relations, events=events, claims=claims,
                    comparisons=comparisons, framing=framing)


def changed_d1(**overrides: Any) -> Analysis:
    """d1 rewritten: Iran and the funding tie gone, the strike now kills 14."""
    text = "An Israeli strike killed 14 people in Rafah, Hezbollah said."
    doc = document("d1", text=text, sha256="sha-d1-v2", **overrides)
    at = lambda phrase: span("d1", phrase, text)  # noqa: E731
    return Analysis(
        documents=[doc],
        entities=[Entity("israel", "Israel", "state", ["Israeli", "Israel"], "ISR", {},
                         [at("Israeli")]),
                  Entity("hezbollah", "Hezbollah", "armed_group", ["Hizballah"], "LBN", {},
                         [at("Hezbollah")]),
                  Entity("rafah", "Rafah", "location", [], "PSE", {}, [at("Rafah")])],
        events=[Event("e:d1:1", "ASSAULT", [at("An Israeli strike killed 14 people in Rafah")],
                      actors=["israel"], fatalities=Fatalities(killed=Count(14, 14, 14)))],
        claims=[Claim("c:d1:1", "indirect", "An Israeli strike killed 14 people in Rafah",
                      [at("An Israeli strike killed 14 people in Rafah, Hezbollah said")],
                      speaker="hezbollah", speaker_text="Hezbollah", cue="said")])


def normalize(data: dict[str, Any]) -> dict[str, Any]:
    """An analysis dict with every list in a canonical order (the store sorts by id)."""
    data = copy.deepcopy(data)
    for name in ("documents", "entities", "relations", "events", "claims", "comparisons"):
        data[name].sort(key=lambda item: item["id"])
    data["framing"].sort(key=lambda f: (f["doc"], f["entity"]))
    for e in data["entities"]:
        e["mentions"].sort(key=lambda m: (m["doc"], m["start"]))
    return data


def synthetic_analysis(n_docs: int, entities: int = 20, events: int = 5, claims: int = 5) -> Analysis:
    """`n_docs` documents, each mentioning `entities` entities and with `events` events and
    `claims` claims; entity ids are shared across documents."""
    analysis = Analysis()
    ents = {i: Entity(f"ent:{i}", f"Entity {i}", "organization", [f"Entity {i}"]) for i in range(200)}
    for n in range(n_docs):
        doc_id = f"doc{n:05d}"
        words = [f"Entity {(n + k) % 200}" for k in range(entities)]
        text = " ".join(words) + " attacked. " + "They said it happened. " * claims
        analysis.documents.append(Document(doc_id, f"src/{doc_id}", "T", "O", "2024-05-01", text,
                                           f"sha-{doc_id}"))
        pos = 0
        for k, w in enumerate(words):
            ents[(n + k) % 200].mentions.append(Span(doc_id, pos, pos + len(w), w))
            pos += len(w) + 1
        ev = Span(doc_id, 0, len(words[0]), words[0])
        for k in range(events):
            analysis.events.append(Event(f"e:{doc_id}:{k}", "ASSAULT", [ev], actors=[f"ent:{n % 200}"],
                                         date=DateRange("2024-05-01", "2024-05-01", "day", "Friday"),
                                         fatalities=Fatalities(killed=Count(k, k, k + 1))))
        for k in range(claims):
            analysis.claims.append(Claim(f"c:{doc_id}:{k}", "indirect", "it happened", [ev],
                                         speaker=f"ent:{n % 200}", cue="said"))
    analysis.entities = [e for e in ents.values() if e.mentions]
    return analysis


# a line text from the web would forge in a terminal, were its line break printed as it is
FORGED = "faultline: FORGED LINE"


def hostile_analysis() -> Analysis:
    """The sample analysis with formula cells, terminal escapes and line breaks in its text."""
    a = sample_analysis()
    d1, d2 = a.documents
    d1.title = '=HYPERLINK("http://x","y")'
    d1.outlet = "\x1b[31mRed Outlet\x1b[0m"
    d2.outlet = f"Wire\r\n{FORGED}"
    iran, nasrallah = a.entities[1], a.entities[3]
    iran.name, iran.aliases = "@SUM(1)", ["=1+1", "Iran"]
    nasrallah.name = "Hassan\x9b2J Nasrallah\x07\u202e"
    a.claims[0].speaker_text = "+cmd"
    a.claims[0].text = "-2+3 people\x08\x08\x08 were killed"
    a.claims[1].speaker_text, a.claims[1].cue = "\rHassan", "\tsaid"
    a.events[0].location.lat, a.events[0].location.lon = -34.6037, -58.3816
    return a
