"""Mediation read on the parse (data/tie_words.yaml `mediates`): by an adjective, "A and B
signed a X-brokered ceasefire" (X mediates between those who sign, agree to or reach the deal);
by a verb whose object is the deal, "X hosted the talks between A and B", "X brokered the
Pretoria agreement between A and B" (between the parties named after the deal).

The cue lexicon (data/relations.yaml) reads the same verbs by position, the first actors after
them; where a name stands between ("the Pretoria agreement"), only the tree finds the parties.
Both readings of one tie merge into one relation.
"""
from __future__ import annotations

from ...model import Mention
from ...nlp import lemma
from ..event_roles import Roles
from .stances import Modality, TieWords, TreeTie, cue, objects

_BETWEEN = frozenset({"between"})


def brokered(token, word: str, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """"A and B signed a X-brokered ceasefire": X mediates between A and B."""
    if token.dep_ != "amod" or word not in kind.brokered or lemma(token.head) not in kind.deals:
        return []
    read = flags(token)
    if read is None or read[0]:
        return []
    deal = token.head
    brokers = [m for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < token.i
               for m in roles.mentions_at(c)]
    parties: list[Mention] = objects(deal, _BETWEEN, roles)
    if deal.dep_ in ("dobj", "nsubjpass") and deal.head.pos_ in ("VERB", "AUX"):
        parties += roles.mentions(deal.head, False)[0]  # "the two sides signed a X-brokered ceasefire"
    return [TreeTie(kind.type, b, p, cue(token)) for b in brokers for p in parties
            if b.entity != p.entity and "location" not in (b.type, p.type)]


def hosted(verb, word: str, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """"X hosted the talks between A and B", "X brokered the Pretoria agreement between A and
    B": who hosts or brokers the deal mediates between its parties."""
    if word not in kind.hosts and word not in kind.brokered:
        return []
    read = flags(verb)
    if read is None or any(read):
        return []
    talks = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and lemma(c) in kind.deals]
    parties = [m for t in talks for m in objects(t, _BETWEEN, roles)]
    return [TreeTie(kind.type, h, p, cue(verb)) for h in roles.mentions(verb, False)[0] for p in parties
            if h.entity != p.entity and "location" not in (h.type, p.type)]
