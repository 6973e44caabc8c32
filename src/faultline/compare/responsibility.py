"""Who did it, and did it happen at all: the documents of a story compared on responsibility.

For each pair of a story's documents (the median rule above `max_pairwise`):
    denial      one names X among the perpetrators; in the other X denies it (a REJECT by X
                naming the happening, or a negated event with X as actor) and that document
                does not itself name X: contradicts ("responsibility")
    occurrence  one reports the happening; the other only says it did not happen (a negated
                event of the type naming no actor): contradicts ("occurrence")
    named       both name perpetrators: none in common contradicts, some in common
                corroborates ("responsibility")
Documents that name nobody and deny nothing are not compared.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from faultline.compare.corpus import Corpus, comparison, pairs, position
from faultline.compare.numbers import CONTRADICTS, CORROBORATES, story_subject
from faultline.model import Comparison, Event, Span, Story


@dataclass
class _View:
    """What one document says about who did it."""
    events: list[Event] = field(default_factory=list)
    denials: list[Event] = field(default_factory=list)

    @property
    def actors(self) -> list[str]:
        return list(dict.fromkeys(a for e in self.events for a in e.actors))

    @property
    def deniers(self) -> list[str]:
        return list(dict.fromkeys(a for e in self.denials for a in e.actors))

    @property
    def says_not_happened(self) -> bool:
        """Only denials, and one of them a negated event naming no actor: "no attack took
        place" (a negated event with an actor is that actor denying a part in it)."""
        return not self.events and any(e.negated and e.type != "REJECT" and not e.actors
                                       for e in self.denials)


def story_responsibility(corpus: Corpus, story: Story) -> list[Comparison]:
    views: defaultdict[str, _View] = defaultdict(_View)
    for ids, attr in ((story.events, "events"), (story.denials, "denials")):
        for i in ids:
            e = corpus.events.get(i)
            if e is not None:
                getattr(views[corpus.doc_of(e)], attr).append(e)
    docs = [d for d in story.docs if d in views]
    out = []
    for a, b in pairs(docs, corpus.options.max_pairwise):
        found = _denied(corpus, story, a, b, views) or _denied(corpus, story, b, a, views) \
            or _occurrence(corpus, story, a, b, views) or _occurrence(corpus, story, b, a, views) \
            or _named(corpus, story, a, b, views)
        if found:
            out.append(found)
    return out


def _denied(corpus: Corpus, story: Story, a: str, b: str, views: dict[str, _View]) -> Comparison | None:
    va, vb = views[a], views[b]
    denied = [x for x in vb.deniers if x in va.actors and x not in vb.actors]
    if not denied:
        return None
    who = corpus.names(denied)
    said = f"{who} denies it" + (f"; names {corpus.names(vb.actors)}" if vb.actors else "")
    spans = [s for e in vb.denials if set(e.actors) & set(denied) for s in e.evidence]
    return _make(corpus, story, CONTRADICTS, "responsibility",
                 [(a, corpus.names(va.actors), _spans(va.events)), (b, said, spans)],
                 f"{corpus.outlet(a)} names {corpus.names(va.actors)}; in {corpus.outlet(b)} "
                 f"{who} denies it")


def _occurrence(corpus: Corpus, story: Story, a: str, b: str,
                views: dict[str, _View]) -> Comparison | None:
    va, vb = views[a], views[b]
    if not va.events or not vb.says_not_happened:
        return None
    return _make(corpus, story, CONTRADICTS, "occurrence",
                 [(a, "happened", _spans(va.events)), (b, "did not happen", _spans(vb.denials))],
                 f"{corpus.outlet(a)} reports it; {corpus.outlet(b)} says it did not happen")


def _named(corpus: Corpus, story: Story, a: str, b: str, views: dict[str, _View]) -> Comparison | None:
    va, vb = views[a], views[b]
    if not va.actors or not vb.actors:
        return None
    shared = set(va.actors) & set(vb.actors)
    kind = CORROBORATES if shared else CONTRADICTS
    verb = f"both name {corpus.names(sorted(shared))}" if shared else "name different perpetrators"
    return _make(corpus, story, kind, "responsibility",
                 [(a, corpus.names(va.actors), _spans(va.events)),
                  (b, corpus.names(vb.actors), _spans(vb.events))],
                 f"{corpus.outlet(a)} and {corpus.outlet(b)} {verb}")


def _make(corpus: Corpus, story: Story, kind: str, topic: str,
          sides: list[tuple[str, str, list[Span]]], summary: str) -> Comparison:
    events = [corpus.events[i] for i in story.events if i in corpus.events]
    first = next((e.id for e in events if corpus.doc_of(e) == sides[0][0]),
                 events[0].id if events else story.denials[0])
    return comparison(kind, topic, story_subject(story, first, topic),
                      [position(doc, value, spans) for doc, value, spans in sides], summary)


def _spans(events: list[Event]) -> list[Span]:
    return [s for e in events for s in e.evidence]
