"""A hand-built store whose every string a page shows carries a script payload.

Each payload, if it ever ran, would set `window.__xss` or change `document.title`: the
browser tests assert neither happened, the in-process tests that no payload reaches a page
unescaped. Two reports of one raid (a toll revised upward, contradicted) so that every page
has something to draw: ties with amounts, placed events, claims, labels, a story.
"""
from __future__ import annotations

from datetime import datetime

from faultline.model import (Amount, Analysis, Claim, Comparison, Count, DateRange, Document, Entity,
                             Event, Fatalities, Framing, Location, Position, Relation, Span, Story)
from faultline.store import RunInfo, Store

SCRIPT = "<script>window.__xss = 'script'</script>"
IMG = "\"><img src=x onerror=\"window.__xss = 'img'\">"
SVG = "<svg onload=\"document.title = 'pwned'\">"
CLOSE = "</script><script>window.__xss = 'close'</script>"
JS_URL = "javascript:window.__xss = 'url'"
PAYLOADS = (SCRIPT, IMG, SVG, CLOSE)

D1, D2 = "doc/raid?one", "doc-two"
GROUP = f"brigade{IMG}"      # an entity id that needs quoting in a path
TEXTS = {
    D1: (f"Fighters of the {SCRIPT}Brigade attacked Goma on Monday, killing 12 people, officials said. "
         f"Rwanda funds the {SCRIPT}Brigade with $5 million{IMG} a year. "
         f"\"We will take the city{CLOSE},\" a commander{SVG} said."),
    D2: (f"At least 30 people were killed when the {SCRIPT}Brigade stormed Goma on Monday, "
         f"the {IMG}hospital said on Tuesday. The militia{SVG} denied it."),
}


def span(doc: str, phrase: str) -> Span:
    start = TEXTS[doc].index(phrase)
    return Span(doc, start, start + len(phrase), phrase)


def hostile_analysis() -> tuple[Analysis, list[Story], list[Comparison]]:
    brigade = f"{SCRIPT}Brigade"
    documents = [
        Document(D1, "hostile/one.txt", f"{SCRIPT}Raid on Goma", f"Wire{IMG}", "2024-03-05", TEXTS[D1],
                 "sha-1", url=JS_URL, copies=[{"outlet": f"Copycat{SVG}", "url": JS_URL}]),
        Document(D2, "hostile/two.txt", f"Toll rises{CLOSE}", f"Herald{SVG}", "2024-03-06", TEXTS[D2],
                 "sha-2", url=f"https://example.org/two?q={IMG}"),
    ]
    entities = [
        Entity(GROUP, f"{brigade}{SVG}", "armed_group", [f"alias{CLOSE}"], "COD", {"cameo": f"X{SCRIPT}"},
               [span(D1, brigade), span(D2, brigade)]),
        Entity("goma", f"Goma{IMG}", "location", [], "COD", {},
               [span(D1, "Goma"), span(D2, "Goma")]),
        Entity("RWA", "Rwanda", "state", [], "RWA", {}, [span(D1, "Rwanda")]),
    ]
    relations = [Relation("tie:1", "funds", "RWA", GROUP,
                          [span(D1, f"Rwanda funds the {SCRIPT}Brigade with $5 million{IMG} a year")],
                          amount=Amount(f"$5 million{IMG} a year", 5e6, "USD", "year"))]
    goma = Location(f"Goma{SVG}", "city", "goma", "COD", -1.68, 29.22)
    monday = DateRange("2024-03-04", "2024-03-04", "day", f"Monday{SCRIPT}")
    events = [
        Event("event:1", "ASSAULT", [span(D1, f"Fighters of the {SCRIPT}Brigade attacked Goma on Monday, killing 12 people")],
              actors=[GROUP], targets=["goma"], mode=f"firearms{IMG}", cameo="19", date=monday, location=goma,
              fatalities=Fatalities(killed=Count(12, 12, 12))),
        Event("event:2", "ASSAULT", [span(D2, f"At least 30 people were killed when the {SCRIPT}Brigade stormed Goma on Monday")],
              actors=[GROUP], targets=["goma"], cameo="19", date=monday, location=goma,
              fatalities=Fatalities(killed=Count(30, 30, 30))),
    ]
    claims = [
        Claim("claim:1", "direct", f"We will take the city{CLOSE}",
              [span(D1, f"\"We will take the city{CLOSE},\" a commander{SVG} said")],
              speaker=GROUP, speaker_text=f"a commander{SVG}", cue="said", about=["goma"]),
        Claim("claim:2", "indirect", f"The militia{SVG} denied it", [span(D2, f"The militia{SVG} denied it")],
              speaker_text=f"{IMG}hospital", cue="said", about=[GROUP]),
    ]
    framing = [Framing(GROUP, D2, [f"militia{SVG}"], [span(D2, f"The militia{SVG}")])]
    story = Story("story:raid", "ASSAULT", f"raid on Goma{SCRIPT}", ["event:1", "event:2"], [D1, D2],
                  outlets=[f"Wire{IMG}", f"Herald{SVG}"], actors=[GROUP], targets=["goma"], locations=["goma"],
                  date=monday, killed=Count(30, 12, 30))
    comparison = Comparison(
        "cmp:1", "contradicts", "killed",
        {"event": "event:1", "entities": [GROUP, "goma"], "attribute": "killed", "story": "story:raid",
         "revision": {"from": 12, "to": 30, "earlier": D1, "later": D2, "hours": 24}},
        [Position(D1, 12, events[0].evidence), Position(D2, f"30{SCRIPT}", events[1].evidence)],
        summary=f"Wire: 12 killed; Herald: 30{IMG}")
    analysis = Analysis(documents=documents, entities=entities, relations=relations, events=events,
                        claims=claims, framing=framing)
    return analysis, [story], [comparison]


def write_hostile_store(path: str) -> None:
    analysis, stories, comparisons = hostile_analysis()
    with Store(path) as store:
        store.save(analysis, RunInfo("run-hostile", "cfg", started_at=datetime(2024, 3, 7)))
        store.replace_compared(stories, comparisons)
