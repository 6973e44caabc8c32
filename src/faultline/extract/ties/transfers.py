"""Transfers read on the parse: funds, arms, trains (else supports) from a giving verb between
a giver and a recipient, what is given saying the tie (data/tie_words.yaml: `transfers`), and
from training told by either side.

    "X gives the militia Y $30m a year", "X provides the group with drones", "X sent weapons
    to Y", "Y receives weapons and money from X", "Y was trained by X", "Y's fighters trained
    at camps run by X"
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...knowledge.datafiles import load_data
from ...model import Mention
from ...nlp import lemma
from ..event_roles import Roles
from .stances import Modality, TreeTie, cue, objects

_GIVEN = frozenset({"with", "between", "in", "of", "worth", "to", "for"})


@dataclass(frozen=True)
class Transfers:
    verbs: frozenset[str]
    things: dict[str, frozenset[str]]   # tie type -> the lemmas of what is given
    recipient_prepositions: frozenset[str]
    training_verbs: frozenset[str]
    trained_at: frozenset[str]
    receiving_verbs: frozenset[str]
    giver_prepositions: frozenset[str]


@lru_cache(maxsize=1)
def load_transfers() -> Transfers:
    spec = load_data("tie_words.yaml")["transfers"]
    return Transfers(frozenset(spec["verbs"]),
                     {k: frozenset(spec[k]) for k in ("funds", "arms", "trains", "supports")},
                     frozenset(spec["recipient_prepositions"]), frozenset(spec["training_verbs"]),
                     frozenset(spec["trained_at"]), frozenset(spec["receiving_verbs"]),
                     frozenset(spec["giver_prepositions"]))

def transferred(verb, word: str, roles: Roles, flags: Modality) -> list[TreeTie]:
    """funds/arms/trains from a giving verb ("X gives the militia Y $30m a year", "X provides
    the group with drones", "X sent weapons to Y") or from training told by the trainee
    ("Y was trained by X", "Y's fighters trained at camps run by X")."""
    transfers = load_transfers()
    if word not in transfers.verbs | transfers.training_verbs | transfers.receiving_verbs:
        return []
    read = flags(verb)
    if read is None or any(read):
        return []  # denied, kept from happening ("stopping it transferring"), or hedged
    spot = cue(verb)
    if word in transfers.training_verbs:
        trainers, trainees = _trainers(verb, roles, transfers)
        return [TreeTie("trains", t, y, spot) for t in trainers for y in trainees if t.entity != y.entity]
    receiving = word in transfers.receiving_verbs  # "Y receives weapons from X" ("from" on either word)
    givers = [m for t in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
              for m in objects(t, transfers.giver_prepositions, roles)] if receiving \
        else roles.mentions(verb, False)[0]
    # what is given: the objects and the phrases that say what ("with drones", "between $30m
    # and $50m", "in stipends"), not an aside ("according to a think tank")
    phrase = [t for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
              or c.dep_ == "prep" and c.lower_ in _GIVEN for t in c.subtree]
    if receiving:
        recipients = roles.mentions(verb, False)[0]
    else:
        recipients = [m for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"
                      for m in roles.phrase_mentions(c)]
        recipients += objects(verb, transfers.recipient_prepositions, roles)
    kinds = [kind for kind, things in transfers.things.items()
             if any(lemma(t) in things or t.lower_ in things or t.tag_ == "$" and kind == "funds"  # "$", "€"
                    for t in phrase)]
    if len(kinds) > 1 and "supports" in kinds:
        kinds.remove("supports")  # "weapons and support": the arms say the tie
    given = (min(t.idx for t in phrase), max(t.idx + len(t) for t in phrase)) if phrase else None
    return [TreeTie(kind, g, r, spot, given) for kind in kinds for g in givers for r in recipients
            if g.entity != r.entity and r.type != "location"]


def _trainers(verb, roles: Roles, transfers: Transfers) -> tuple[list[Mention], list[Mention]]:
    """(trainers, trainees) of a "train" verb: "X trained Y", "Y was trained by X", and
    "Y('s fighters) trained at camps run by X", where who runs the camps trains."""
    camps = [obj for c in verb.children if c.dep_ == "prep" and c.lower_ in transfers.trained_at
             for obj in c.children if obj.dep_ == "pobj"]
    runners = [m for camp in camps for acl in camp.children if acl.dep_ == "acl"
               for agent in acl.children if agent.dep_ == "agent"
               for obj in agent.children if obj.dep_ == "pobj" for m in roles.phrase_mentions(obj)]
    told_by_trainee = not any(c.dep_ in ("dobj", "agent") for c in verb.children)
    if runners and told_by_trainee:
        trainees = roles.phrase_mentions(verb.head) if verb.dep_ == "acl" else roles.mentions(verb, False)[0]
        return runners, trainees
    return roles.mentions(verb, False)
