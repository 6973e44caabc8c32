"""How what governs a deed changes its PLOVER code, read on the parse.

Threats told as conditions. PLOVER codes a hostile deed an actor says it will do unless
another party acts as a THREATEN by the actor against that party, not as the deed told
hypothetically (PLOVER_MANUAL.tex, "Auxiliary modes": THREATEN, not ASSAULT + hypothetical;
THREATEN's mode is the content of the threat). Two forms:

    announced   "the union said it would suspend transport unless the army escorted the
                convoys": a hostile deed with a future modal, reported by its doer's verb
                of saying, with an if/unless clause on it
    warning     "X warned that the group could widen its attacks if Y escalated": a verb
                of threatening whose complement holds such a clause; its target is the
                clause's subject
The threatened party is the subject of the condition.

Curtailed cooperation. "Suspended cooperation with X", "froze aid to X": cooperation a verb
of curtailing takes as its object is a SANCTION 'discontinue' (PLOVER SANCTION: "all
reductions in existing, routine, or cooperative relations"), by whoever curtails it.
Agreed deeds. "The two sides signed a ceasefire", "reached a prisoner exchange": a deed a
verb of agreeing takes as its object is agreed to, an AGREE (PLOVER AGREE: "agree to ... a
future action"), not the deed done.
Doers identified. "Police said the attackers were X fighters": a verb of saying whose
complement says who did a deed (a copula whose subject is a doer noun) accuses whom it
names (PLOVER ACCUSE 'allege').
Cue words live in data/events.yaml (`threats`, `curtailing`, `agreeing`, `doer_nouns`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..knowledge.datafiles import load_data
from ..model import Trigger
from .event_roles import AGENTS, Roles
from ..nlp import lemma
from .reporting import is_reporting_verb


@dataclass(frozen=True)
class ThreatCues:
    conditions: frozenset[str]  # words that open a condition ("if", "unless")
    announcing: frozenset[str]  # modals that announce a decision ("would", "will")
    modes: dict[str, str]  # the threat's content by the deed's type, or "TYPE mode"


@dataclass(frozen=True)
class Threat:
    trigger: Trigger
    speaker: Token | None  # who utters it, when a verb of saying reports the deed
    threatened: Token  # the subject of the condition


@lru_cache(maxsize=1)
def _cues() -> ThreatCues:
    data = load_data("events.yaml")["threats"]
    return ThreatCues(frozenset(data["conditions"]), frozenset(data["announcing"]), dict(data["modes"]))


@lru_cache(maxsize=1)
def _curtailing() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("events.yaml")["curtailing"]
    return frozenset(data["verbs"]), frozenset(data["types"])


@lru_cache(maxsize=1)
def _agreeing() -> tuple[frozenset[str], frozenset[str]]:
    data = load_data("events.yaml")["agreeing"]
    return frozenset(data["verbs"]), frozenset(data["types"])


def agreed(noun: Token, trigger: Trigger) -> Trigger | None:
    """The AGREE a deed noun stands for when a verb of agreeing takes it as its object ("the
    sides signed a ceasefire"); else None."""
    verbs, types = _agreeing()
    if trigger.type in types and noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in verbs:
        return Trigger("AGREE", None, "03", frozenset())
    return None


def curtailed(noun: Token, trigger: Trigger) -> Trigger | None:
    """The SANCTION a cooperative event noun stands for when a verb of curtailing takes it as
    its object ("suspended cooperation with X"); else None."""
    verbs, types = _curtailing()
    if trigger.type in types and noun.dep_ in ("dobj", "nsubjpass") and lemma(noun.head) in verbs:
        return Trigger("SANCTION", "discontinue", "16", frozenset())
    return None


def conditional_threat(deed: Token, trigger: Trigger) -> Threat | None:
    """The threat `deed` (the trigger's verb) makes, if it is one; else None."""
    cues = _cues()
    if trigger.type == "THREATEN":
        # "warned that the group could widen its attacks if Y escalated"
        for clause in (c for c in deed.children if c.dep_ == "ccomp"):
            subject = _condition_subject(clause, cues)
            if subject is not None:
                return Threat(trigger, None, subject)
        return None
    mode = cues.modes.get(f"{trigger.type} {trigger.mode}", cues.modes.get(trigger.type))
    if mode is None or deed.dep_ != "ccomp" or not is_reporting_verb(deed.head):
        return None
    if not any(c.dep_ == "aux" and c.lower_.replace("’", "'") in cues.announcing for c in deed.children):
        return None
    subject = _condition_subject(deed, cues)
    if subject is None:
        return None
    return Threat(Trigger("THREATEN", mode, "13", frozenset()), deed.head, subject)


def _condition_subject(verb: Token, cues: ThreatCues) -> Token | None:
    """The subject of an if/unless clause on `verb`."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.conditions for c in clause.children):
            return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def threat_parties(threat: Threat, roles: Roles, actors: list[str]) -> tuple[list[str], list[str]] | None:
    """(actors, targets) of `threat`: who utters it besides the deed's doers, and the
    threatened; None when the condition names no one else ("if it is attacked")."""
    threatened = [m.entity for m in roles.phrase_mentions(threat.threatened)
                  if m.type in AGENTS and m.entity not in actors]
    if not threatened:
        return None
    speakers = roles.participants(threat.speaker, False)[0] if threat.speaker is not None else []
    return list(dict.fromkeys(speakers + actors)), threatened


@lru_cache(maxsize=1)
def _doer_nouns() -> frozenset[str]:
    return frozenset(load_data("events.yaml")["doer_nouns"])


ALLEGE = Trigger("ACCUSE", "allege", "11", frozenset())


def identified(verb: Token) -> Token | None:
    """The phrase naming whom a verb of saying identifies as the doers of a deed ("said the
    attackers were X fighters": "X fighters"); else None."""
    if verb.pos_ not in ("VERB", "AUX") or not is_reporting_verb(verb):
        return None
    for clause in verb.children:
        if clause.dep_ == "ccomp" and lemma(clause) == "be" and not any(c.dep_ == "neg" for c in clause.children):
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            named = next((c for c in clause.children if c.dep_ == "attr"), None)
            if subject is not None and named is not None and lemma(subject) in _doer_nouns():
                return named
    return None
