"""Events: who did what to whom, found from trigger words and the actors around them.

Triggers (data/events.yaml, compiled once into a PhraseMatcher) give the PLOVER type,
mode and CAMEO root. Participants come from the trigger's clause:
    active verb      actors before it ("PIJ fired rockets"), targets after it, after
                     "on/at/against/into" for places ("fired rockets at Israel")
    passive verb     targets before it, actors after "by" ("was shelled by the RSF")
    noun             the actor named just before it ("Israeli airstrikes", "the army's
                     offensive", "a Hamas-organised riot") or after "by"; targets after
                     "on/against/at/into"; otherwise the clause's subject
    pronoun subject  "it launched a rocket": the most salient actor before (coreference)
Co-actors joined by "and", or "with X joining", share the event. Modality comes from
modality.py; date, place and casualty figures are attached by attributes.py. One
happening told several times in a report becomes one event with several evidence spans.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..knowledge.places import Gazetteer
from ..knowledge.triggers import load_triggers
from ..model import Claim, Document, Event, Mention, Trigger
from ..model import Span as EvidenceSpan
from .attributes import SentenceFacts, attach, casualties
from .coreference import antecedent
from .modality import modality

_AGENTS = ("armed_group", "state", "organization", "person", "population", "media")
_TARGET_PREPS = re.compile(r"\b(?:on|at|against|into|toward|towards|targeting|inside|hitting)\s+(?:the\s+)?$", re.I)
_PLACE_PREPS = re.compile(r"\b(?:in|near|outside|around|across|from|over)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.I)
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.I)
# Where a clause ends: punctuation, a relative pronoun, a coordinating "but".
_CLAUSE_END = re.compile(r"[;:—–(]|,\s+(?:which|who|while|whereas|but|although)\b|\s-\s")
_OBJECT_REACH = 8  # words after a trigger within which its required object must appear


@dataclass
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int
    nominal: bool


class EventMatcher:
    """Finds trigger words; built once per pipeline."""

    def __init__(self, nlp: Language):
        self.triggers, self.blocked = load_triggers()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, trigger in enumerate(self.triggers):
            self.matcher.add(str(i), list(nlp.tokenizer.pipe(sorted(trigger.forms))))
        self.block = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.block.add("blocked", list(nlp.tokenizer.pipe(sorted(self.blocked))))

    def find(self, parsed: Doc) -> list[TriggerMatch]:
        blocked = {t for _, s, e in self.block(parsed) for t in range(s, e)}
        vocab = parsed.vocab.strings
        spans = filter_spans([Span(parsed, s, e, label=k) for k, s, e in self.matcher(parsed)])
        found = []
        for span in spans:
            first = span[0]
            if any(t.i in blocked for t in span):
                continue
            # "March" the month, "Strike" in a name: a capitalised trigger only opens a sentence.
            if first.text[:1].isupper() and not first.is_sent_start:
                continue
            trigger = self.triggers[int(vocab[span.label])]
            if trigger.objects and not any(t.lower_ in trigger.objects
                                           for t in parsed[span.end:span.end + _OBJECT_REACH]):
                continue
            found.append(TriggerMatch(trigger, span.start_char, span.end_char, span.text.lower() in trigger.nominal))
        return found


def extract_events(document: Document, sentences: list[SentenceFacts], triggers: list[TriggerMatch],
                   mentions: list[Mention], claims: list[Claim], gazetteer: Gazetteer | None = None) -> list[Event]:
    """Events of one document with their attributes, one per happening."""
    text = document.text
    ordered = sorted(mentions, key=lambda m: m.span.start)
    bounds = [f.span for f in sentences]
    context = {m.country for m in ordered if m.country}
    events: list[Event] = []
    told: set[int] = set()  # sentences that hold an event
    for t in triggers:
        index = next((i for i, (a, b) in enumerate(bounds) if a <= t.start < b), None)
        if index is None:
            continue
        sentence = bounds[index]
        clause = _clause(text, sentence, t)
        inside = [m for m in ordered if clause[0] <= m.span.start and m.span.end <= clause[1]]
        actors, targets = _participants(text, t, inside, ordered, bounds)
        if not actors and not targets:
            continue
        negated, hypothetical = modality(text, sentence, (t.start, t.end))
        event = Event(id=_event_id(document.id, t.start), type=t.trigger.type, mode=t.trigger.mode,
                      cameo=t.trigger.cameo, evidence=[document.span(*_trim(text, *sentence))],
                      actors=actors, targets=targets, negated=negated, hypothetical=hypothetical,
                      attributed_to=_attribution(t.start, claims))
        attach(event, (t.start, t.end), sentences[index], document, ordered, gazetteer, context)
        events.append(event)
        told.add(index)
    _attach_toll_sentences(text, sentences, told, events, bounds)
    return merge_events(events)


def _attach_toll_sentences(text, sentences, told, events, bounds) -> None:
    """"The violence killed 27": a sentence of figures without an event of its own gives them
    to the assault of the sentence before it."""
    for i, facts in enumerate(sentences):
        if i in told or not facts.counts:
            continue
        killed, wounded = casualties(text, facts.counts)
        if not (killed or wounded):
            continue
        previous = [e for e in events if e.type == "ASSAULT" and e.asserted
                    and any(bounds[max(0, i - 2)][0] <= ev.start < facts.span[0] for ev in e.evidence)]
        if previous:
            event = previous[-1]
            event.fatalities.killed = event.fatalities.killed or killed
            event.fatalities.wounded = event.fatalities.wounded or wounded
            event.evidence.append(EvidenceSpan(event.evidence[0].doc, *_trim(text, *facts.span),
                                       text[slice(*_trim(text, *facts.span))]))


def _clause(text: str, sentence: tuple[int, int], t: TriggerMatch) -> tuple[int, int]:
    start, end = sentence
    before = list(_CLAUSE_END.finditer(text, start, t.start))
    after = _CLAUSE_END.search(text, t.end, end)
    return (before[-1].end() if before else start), (after.start() if after else end)


def _participants(text, t: TriggerMatch, inside: list[Mention], ordered: list[Mention], sentences):
    left = [m for m in inside if m.span.end <= t.start]
    right = [m for m in inside if m.span.start >= t.end]
    before = text[max(0, t.start - 40):t.start]
    by = [m for m in right if re.search(r"\bby\s+(?:the\s+)?$", text[max(0, m.span.start - 12):m.span.start])]
    if not t.nominal and _PASSIVE_AUX.search(before):
        return _ids(by[:1]), _ids(_agents(left)[:1] or left[-1:])
    if t.nominal:
        modifier = [m for m in left if _adjoins(text, m, t.start)]
        actors = modifier or by[:1] or _subject(text, left, t, ordered, sentences)
    else:
        actors = _subject(text, left, t, ordered, sentences)
    targets = [m for m in right if m not in by and m.entity not in {a.entity for a in actors}
               and (m.type != "location" or _TARGET_PREPS.search(text[max(0, m.span.start - 25):m.span.start]))]
    targets = [m for m in targets if m.type in _AGENTS or m.type == "location"][:2]
    actors = actors + _joiners(text, t, right)
    return _ids(actors), _ids(targets)


def _subject(text, left: list[Mention], t: TriggerMatch, ordered, sentences) -> list[Mention]:
    """The clause's subject: its first agent, with those coordinated to it; or a pronoun's antecedent."""
    agents = _agents(left)
    if agents:
        first = agents[0]
        group = [first]
        for m in agents[1:]:
            if re.fullmatch(r"\s*(?:,|and|, and)\s*", text[group[-1].span.end:m.span.start]):
                group.append(m)
        return group
    pronoun = re.search(r"\b(it|they|he|she)\s+(?:\w+\s+){0,3}$", text[max(0, t.start - 40):t.start], re.I)
    if pronoun:
        types = ("person",) if pronoun.group(1).lower() in ("he", "she") else ("armed_group", "organization", "state")
        found = antecedent(ordered, sentences, t.start - 40 + pronoun.start(), types)
        return [found] if found else []
    return []


def _agents(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type in _AGENTS]


def _adjoins(text: str, m: Mention, pos: int) -> bool:
    """A modifier right before a noun trigger: "Israeli airstrikes", "the army's raid", "Hamas-organised riot"."""
    gap = text[m.span.end:pos]
    return bool(re.fullmatch(r"(?:[’']s?)?\s*(?:-\w+\s+)?(?:[a-z-]+\s+){0,2}", gap))


def _joiners(text: str, t: TriggerMatch, right: list[Mention]) -> list[Mention]:
    """"..., with Hamas soon joining in": co-actors named after the trigger."""
    return [m for m in right if re.search(r"\bwith\s+$", text[max(0, m.span.start - 8):m.span.start])
            and re.match(r"\s+(?:\w+\s+)?joining\b", text[m.span.end:m.span.end + 20])]


def _ids(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.entity for m in mentions))


def _attribution(pos: int, claims: list[Claim]) -> str | None:
    """Whose words the event is reported in, when its trigger lies inside a claim."""
    for claim in claims:
        content = claim.evidence[0]
        if content.start <= pos < content.end and claim.speaker:
            return claim.speaker
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _event_id(doc: str, start: int) -> str:
    return "event:" + hashlib.sha1(f"{doc}|{start}".encode()).hexdigest()[:12]


def merge_events(events: list[Event]) -> list[Event]:
    """One event per happening: same type and modality, participants that agree."""
    merged: list[Event] = []
    for event in events:
        for kept in merged:
            if _same(kept, event):
                kept.evidence.extend(e for e in event.evidence if e not in kept.evidence)
                kept.actors = list(dict.fromkeys(kept.actors + event.actors))
                kept.targets = list(dict.fromkeys(kept.targets + event.targets))
                kept.mode = kept.mode or event.mode
                break
        else:
            merged.append(event)
    return merged


def _same(a: Event, b: Event) -> bool:
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical:
        return False
    if a.evidence[0] == b.evidence[0]:
        return True  # two triggers of one sentence ("shelled ... killing")
    return bool(a.actors) and set(a.actors) == set(b.actors) and set(a.targets) == set(b.targets)
