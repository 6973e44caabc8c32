"""Events: who did what to whom, read from trigger words and the parse around them.

Triggers come from two sources, both read on the parse:
    faultline's own   data/events.yaml (verbs and nouns, compiled once into a PhraseMatcher)
                      gives the PLOVER type, mode and CAMEO root
    CAMEO's verbs     data/cameo_verbs.json (converted by knowledge/cameo.py, read by
                      verbs.py) codes a verb ours do not know, when it is the sentence's main
                      deed (or what a verb of saying reports) between two named actors. A
                      dictionary given for the run (`Options.verbs`) speaks first instead.
A verb in the simple present outside a headline says what holds ("Iran trains the
militia"), not a happening, and gives no event (event_clauses.py). Participants come from
the tree (event_roles.py), modality from modality.py; cooperation promised or told in the
future is an AGREE that happened (PLOVER), and what governs a deed may recode it
(event_recoding.py: conditional threats, curtailed cooperation, agreed deeds). Date, place and casualty figures are attached by
attributes.py. One happening told several times in a report (headline, lead, body)
becomes one event with several evidence spans and one incident toll (event_merge.py).
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..knowledge.datafiles import load_data
from ..knowledge.places import Gazetteer
from ..knowledge.triggers import load_triggers
from ..model import Claim, Document, Event, Mention, Trigger
from ..model import Span as EvidenceSpan
from ..nlp import lemma
from .attributes import SentenceFacts, add_toll, attach, casualties
from .event_clauses import clause_of, main_deed, standing, standing_noun
from .event_merge import merge_events
from .event_roles import AGENTS, Roles
from .event_recoding import ALLEGE, agreed, conditional_threat, curtailed, identified, threat_parties
from .index import MentionIndex, SpanSet
from .modality import committed, coordinated_with, modality, supposed
from .reporting import reporting_frame
from .verbs import CameoVerbs, cameo_verbs

_DETERMINERS = frozenset("a an the its his her their this that these those our your every each".split())
_OBJECT_REACH = 8
# PLOVER's cooperative types, which told in the future are an AGREE (PLOVER_MANUAL.tex, AGREE)
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# A sentence that goes on with the story ("Israel then responded") happens when the last one did.
_NARRATIVE = re.compile(r"\b(?:then|in response|responded|retaliated|afterwards|shortly after|hours later)\b", re.I)


@dataclass
class TriggerMatch:
    trigger: Trigger
    start: int
    end: int
    nominal: bool
    token: Token  # the trigger's head word in the parse
    dictionary: bool = False  # read by the CAMEO verb dictionary, not faultline's own triggers
    reach: bool = False  # participants read as PETRARCH does (a dictionary given for the run)
    # what the verb dictionary reads instead, should the event lack the targets the trigger needs
    fallback: Trigger | None = None
    accused: Token | None = None  # whom a verb of saying names as a deed's doers


class EventMatcher:
    """Finds trigger words; built once per pipeline."""

    def __init__(self, nlp: Language, verbs: CameoVerbs | None = None):
        """`verbs`: a verb dictionary given for the run, which then takes precedence over
        faultline's own verb triggers; by default the shipped CAMEO dictionary backs them up."""
        self.triggers, self.blocked = load_triggers()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for i, trigger in enumerate(self.triggers):
            self.matcher.add(str(i), list(nlp.tokenizer.pipe(sorted(trigger.forms))))
        self.block = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.block.add("blocked", list(nlp.tokenizer.pipe(sorted(self.blocked))))
        self.verbs = verbs or cameo_verbs()
        self.verbs_first = verbs is not None

    def find(self, parsed: Doc) -> list[TriggerMatch]:
        blocked = {t.i for _, s, e in self.block(parsed) for t in parsed[s:e]}
        # a dictionary given for the run speaks first; the shipped one fills what ours miss
        read = self._dictionary(parsed, blocked) if self.verbs_first else []
        taken = blocked | {m.token.i for m in read}
        own = self._own(parsed, taken)
        if not self.verbs_first:
            read = self._dictionary(parsed, taken | {t.i for m in own for t in _tokens(parsed, m)})
        taken = blocked | {m.token.i for m in own + read}
        # "police said the attackers were X fighters": an accusation of X
        named = [TriggerMatch(ALLEGE, t.idx, t.idx + len(t), False, t, accused=n) for t in parsed
                 if t.i not in taken and (n := identified(t)) is not None]
        return sorted(own + read + named, key=lambda m: m.start)

    def _own(self, parsed: Doc, taken: set[int]) -> list[TriggerMatch]:
        vocab = parsed.vocab.strings
        found = []
        labels: dict[tuple[int, int], list[int]] = {}  # the triggers that share each span's form
        for k, s, e in self.matcher(parsed):
            labels.setdefault((s, e), []).append(k)
        for span in filter_spans([Span(parsed, s, e, label=ks[0]) for (s, e), ks in labels.items()]):
            first = span[0]
            if any(t.i in taken for t in span):
                continue
            # "March" the month, "Strike" in a name: a capitalised trigger only opens a sentence.
            if first.text[:1].isupper() and not first.is_sent_start:
                continue
            # a form several triggers share ("sent troops", "sent medicine"): the one whose objects follow
            after = {t.lower_ for t in parsed[span.end:span.end + _OBJECT_REACH]}
            trigger = next((t for t in (self.triggers[int(vocab[k])] for k in labels[span.start, span.end])
                            if not t.objects or t.objects & after), None)
            if trigger is None:
                continue
            # "a charge", "the besieged city": after a determiner a verb form is a noun or an adjective
            if span.text.lower() not in trigger.nominal and span.start > 0 \
                    and parsed[span.start - 1].lower_ in _DETERMINERS:
                continue
            # a form listed both ways ("shooting", "fighting") is what the parse says it is here
            nominal = span.root.pos_ not in ("VERB", "AUX")
            if nominal and trigger.objects and span.text.lower() not in trigger.nominal:
                continue  # a verb known by its objects read as a noun: "the 4500 block of Main Street"
            # "Egypt maintains restrictions (due to the threat of attacks)": a noun in a standing
            # verb's own clause stands too
            if (standing(span.root) and not _charged(span.root, trigger)) if not nominal else standing_noun(span.root):
                continue
            # "against what X described as radar sites": a label for a thing, no charge at anyone
            if trigger.objects and any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in span.root.children):
                continue
            # as _dictionary() would read the verb were it not ours
            fallback = self.verbs.trigger(span.root) if trigger.targets and not nominal \
                and main_deed(span.root) and (self.verbs_first or not standing(span.root)) else None
            found.append(TriggerMatch(trigger, span.start_char, span.end_char, nominal, span.root, fallback=fallback))
        return found

    def _dictionary(self, parsed: Doc, taken: set[int]) -> list[TriggerMatch]:
        """The verbs the CAMEO-format dictionary codes, read as a sentence's main deed, as
        PETRARCH codes a sentence."""
        found = []
        for token in parsed:
            if token.pos_ == "VERB" and token.i not in taken and main_deed(token) \
                    and (self.verbs_first or not standing(token)):
                trigger = self.verbs.trigger(token)
                if trigger is not None:
                    found.append(TriggerMatch(trigger, token.idx, token.idx + len(token), False, token,
                                              dictionary=True, reach=self.verbs_first))
        return found


# Deeds often told without naming who did them, yet worth an event when placed or counted
_UNNAMED = frozenset({"ASSAULT", "PROTEST"})


def _tokens(parsed: Doc, match: TriggerMatch) -> Span:
    return parsed.char_span(match.start, match.end, alignment_mode="expand")


def extract_events(document: Document, sentences: list[SentenceFacts], triggers: list[TriggerMatch],
                   mentions: list[Mention], claims: list[Claim], gazetteer: Gazetteer | None = None) -> list[Event]:
    """Events of one document with their attributes, one per happening."""
    text = document.text
    # pronoun mentions serve the roles; the names and descriptions the attributes
    ordered = sorted((m for m in mentions if m.role != "pronoun"), key=lambda m: m.span.start)
    by_offset = MentionIndex(ordered)
    roles = Roles(mentions)
    bounds = [f.span for f in sentences]
    starts = [a for a, _ in bounds]
    speakers = SpanSet((c.evidence[1].start, c.evidence[1].end) for c in claims if len(c.evidence) > 1)
    covering = _claims_covering(claims)
    context = {m.country for m in ordered if m.country}
    kinds = {m.entity: m.type for m in ordered}
    outlets = {x for x, kind in kinds.items() if kind == "media"}
    events: list[Event] = []
    told: set[int] = set()  # sentences that hold an event
    forms: dict[str, str] = {}  # how each event is told: "verb", "noun", "definite" ("the sniper attack")
    nouns = {t.token.i for t in triggers if t.nominal}
    assaults: dict[int, list[Event]] = {}  # by sentence: what a bare toll after them retells
    deeds: dict[str, Token] = {}  # each event's trigger word
    for t in triggers:
        index = bisect.bisect_right(starts, t.start) - 1
        if index < 0 or not bounds[index][0] <= t.start < bounds[index][1]:
            continue
        sentence = bounds[index]
        if speakers.covers(t.start):
            continue  # "a UN panel that monitored sanctions": part of who is speaking
        if not t.nominal and t.token.dep_ == "amod":
            continue  # "occupied Palestine": a participle as an adjective
        # The source of a claim ("according to the IDF") reports what the claim says; it takes
        # no part in it (though it is the actor of its own "accused" or "denied").
        holding = covering(t.start)
        sources = SpanSet((c.evidence[1].start, c.evidence[1].end) for c in holding if len(c.evidence) > 1)
        actors, targets = roles.participants(t.token, t.nominal, keep=lambda m: not sources.covers(m.span.start),
                                             reach=t.reach)
        if targets and reporting_frame(t.token) == "speech":
            targets = [x for x in targets if x not in outlets]  # "told the Harbour Times": the channel
        if t.accused is not None:
            targets = list(dict.fromkeys(m.entity for m in roles.phrase_mentions(t.accused)
                                         if m.type in AGENTS and m.entity not in actors))
            if not targets:
                continue
        deed = t.token.head if t.nominal and t.token.head.pos_ == "VERB" else t.token  # "to deliver aid"
        threat = conditional_threat(deed, t.trigger)
        parties = threat_parties(threat, roles, actors) if threat is not None else None
        if parties is not None:  # "said it would strike unless Y withdrew": a threat against Y
            (actors, targets), t = parties, TriggerMatch(threat.trigger, t.start, t.end, False, t.token)
        # "suspended cooperation with X" is a sanction, "signed a ceasefire" an agreement
        if t.nominal and (recoded := curtailed(t.token, t.trigger) or agreed(t.token, t.trigger)) is not None:
            actors, t = actors or roles.participants(deed, False)[0], TriggerMatch(recoded, t.start, t.end, True, t.token)
        if t.trigger.targets and not any(kinds.get(x) in t.trigger.targets for x in targets):
            if t.fallback is None:
                continue  # "leaving the city": no bloc left
            t = TriggerMatch(t.fallback, t.start, t.end, False, t.token, dictionary=True)
        if t.trigger.type == "ACCUSE" and not targets and not t.nominal and _pinned_on(t.token):
            continue  # "blamed the blackouts on the drought": a cause, no party, is blamed
        if t.dictionary and not (actors and targets):
            continue  # a verb only the CAMEO dictionary knows counts between two actors, as PETRARCH codes it
        negated, hypothetical = modality(text, sentence, (t.start, t.end), coordinated_with(t.token))
        hypothetical = hypothetical and parties is None or t.nominal and supposed(t.token)  # the threat was made
        trigger = t.trigger
        if trigger.type in _COOPERATIVE and not negated and committed(deed):
            # PLOVER: cooperation promised or told in the future is an AGREE that happened
            trigger, hypothetical = Trigger("AGREE", None, "03", frozenset()), False
        event = Event(id=_event_id(document.id, t.start), type=trigger.type, mode=trigger.mode,
                      cameo=trigger.cameo[:2], cameo_code=trigger.cameo if len(trigger.cameo) > 2 else None, evidence=[document.span(*_trim(text, *sentence))],
                      actors=actors, targets=targets, negated=negated, hypothetical=hypothetical,
                      attributed_to=next((c.speaker for c in holding if c.speaker), None))
        attach(event, (t.start, t.end), sentences[index], document, by_offset.overlapping(*sentence), gazetteer,
               context, clause_of(t.token))
        # "the massacres of the regime": a plural noun told as done, with no time, place or toll,
        # names a kind of deed, not a happening
        if t.nominal and _head_noun(t.token).tag_ in ("NNS", "NNPS") and event.asserted and not (
                event.date or event.location and event.location.country or event.fatalities.killed
                or event.fatalities.wounded):
            continue
        # An event needs someone in it, or, for an attack or a protest whose people are not named
        # ("thousands of protesters marched in Quito"), its toll or place; a bare toll right after
        # an attack ("The violence killed 27") is that attack's.
        if not (actors or targets):
            recent = [e for j in range(max(0, index - 2), index) for e in assaults.get(j, ())]
            if recent and _tells_again(t.token, event, recent, nouns) or \
                    not (t.trigger.type in _UNNAMED and (event.fatalities.killed or event.location)):
                continue
        if event.date is None and _NARRATIVE.search(text[sentence[0]:t.start]):
            event.date = next((e.date for e in reversed(events) if e.date and e.date.start), None)
        events.append(event)
        if event.type == "ASSAULT":
            assaults.setdefault(index, []).append(event)
        told.add(index)
        definite = bool(re.search(r"\bthe\s+(?:[a-z-]+\s+)?$", text[max(0, t.start - 20):t.start], re.I))
        forms[event.id] = "definite" if definite and t.nominal else "noun" if t.nominal else "verb"
        deeds[event.id] = t.token
    _attach_toll_sentences(text, sentences, told, events, bounds)
    in_sentence: dict[int, list[Event]] = {}  # a deed and the one its object did share a sentence
    for event in events:
        in_sentence.setdefault(deeds[event.id].sent.start, []).append(event)
    apart = {frozenset((a.id, b.id)) for group in in_sentence.values() for a in group for b in group
             if a.id != b.id and _done_by_whom_it_was_done_to(deeds[a.id], deeds[b.id])}
    return merge_events(events, forms, apart)


def _charged(verb: Token, trigger: Trigger) -> bool:
    """"Kinshasa accuses Rwanda of backing the M23", "a charge New Delhi rejects": an
    accusation told in the present, or the rejection of one, is made as it is told, not a
    standing tie."""
    if trigger.type == "REJECT":
        said = [c for c in verb.children if c.dep_ == "dobj"] + ([verb.head] if verb.dep_ == "relcl" else [])
        return any(lemma(n) in _pinning()["charges"] for n in said)
    return trigger.type == "ACCUSE" and any(c.dep_ == "dobj" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("of", "for") and any(g.dep_ == "pcomp" for g in c.children)
                for c in verb.children)


@lru_cache(maxsize=1)
def _pinning() -> dict[str, frozenset[str]]:
    data = load_data("events.yaml")
    return {"pinning": frozenset(data["pinning"]), "charges": frozenset(data["charge_nouns"])}


def _pinned_on(verb: Token) -> bool:
    """"blamed X on Y": a verb of blaming names what it pins the blame on (the parse hangs
    "on Y" on the verb or on X)."""
    if lemma(verb) not in _pinning()["pinning"]:
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(g.dep_ == "pobj" for g in c.children)
               for h in heads for c in h.children)


def _head_noun(noun: Token) -> Token:
    """The noun a compound modifies, which gives the phrase its number ("assassination attempts")."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _done_by_whom_it_was_done_to(deed: Token, other: Token) -> bool:
    """"troops killed eight militants who attacked a convoy": the relative clause on one deed's
    object is another deed, by those it was done to."""
    return deed.dep_ == "relcl" and deed.head.head.i == other.i and deed.head.dep_ in ("dobj", "nsubjpass", "pobj")


def _tells_again(deed: Token, event: Event, recent: list[Event], nouns: set[int]) -> bool:
    """Whether a deed with no one named retells an assault just told ("The violence killed 27")
    rather than tells another ("Gunmen killed nine villagers in Maiduguri"): it does unless it
    names another place or a doer of its own, a bare or indefinite noun that is no event."""
    if event.location and all(e.location and e.location.name != event.location.name for e in recent):
        return False
    doers = [c for c in deed.children if c.dep_ == "nsubj"] + \
            [g for c in deed.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    for doer in doers:
        determiner = next((c.lower_ for c in doer.children if c.dep_ in ("det", "poss")), None)
        if doer.pos_ in ("NOUN", "PROPN") and doer.i not in nouns and determiner in (None, "a", "an"):
            return False
    return True


def _attach_toll_sentences(text, sentences, told, events, bounds) -> None:
    """"The violence killed 27": a sentence of figures without an event of its own gives them
    to the assaults of the nearest sentence before it that tells some."""
    starts = [a for a, _ in bounds]
    told_in: dict[int, list[Event]] = {}  # sentence -> the asserted assaults it tells
    for event in events:
        if event.type == "ASSAULT" and event.asserted:
            for j in dict.fromkeys(bisect.bisect_right(starts, ev.start) - 1 for ev in event.evidence):
                told_in.setdefault(j, []).append(event)
    for i, facts in enumerate(sentences):
        if i in told:
            continue
        toll = casualties(text, facts.counts, facts.span)
        if not toll:
            continue
        for j in range(i - 1, max(-1, i - 3), -1):
            previous = told_in.get(j, [])
            for event in previous:
                add_toll(event, toll)
                event.evidence.append(EvidenceSpan(event.evidence[0].doc, *_trim(text, *facts.span),
                                                   text[slice(*_trim(text, *facts.span))]))
                told_in.setdefault(i, []).append(event)
            if previous:
                break


def _claims_covering(claims: list[Claim]):
    """A lookup of the claims whose content holds an offset: whose words an event is
    reported in, and who is speaking there (claims in content order, looked up by bisection)."""
    ordered = sorted(claims, key=lambda c: c.evidence[0].start)
    starts = [c.evidence[0].start for c in ordered]
    longest = max((c.evidence[0].end - c.evidence[0].start for c in ordered), default=0)

    def covering(pos: int) -> list[Claim]:
        lo = bisect.bisect_left(starts, pos - longest)
        return [c for c in ordered[lo:bisect.bisect_right(starts, pos)] if pos < c.evidence[0].end]
    return covering


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _event_id(doc: str, start: int) -> str:
    return "event:" + hashlib.sha1(f"{doc}|{start}".encode()).hexdigest()[:12]
