"""Mediation told by an adjective: "A and B signed a X-brokered ceasefire": X mediates between
those who sign, agree to or reach the deal it brokered (data/tie_words.yaml `mediates`).

The verb and the passive ("X brokered a truce between A and B", "a truce brokered by X between
A and B") are the cue lexicon's (data/relations.yaml); this reads the deal's makers.
"""
from __future__ import annotations

from ...model import Mention
from ...nlp import lemma
from ..event_roles import Roles
from .stances import Modality, TieWords, TreeTie, cue, objects

_BETWEEN = frozenset({"between"})


def brokered(token, word: str, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
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
