"""Holdings told by their loss, read on the parse (data/tie_words.yaml controls `lost_to`,
`losing`, `held_from`, `hostile_to_holder`): "the fall of X to Y", "X lost control of Y to Z"
(Z holds Y), "the campaign to retake X from Y" (a taking only tried or intended: Y still
holds X, and whoever sets out to take it is Y's enemy).
"""
from __future__ import annotations

from ...nlp import lemma
from ..event_roles import Roles
from .stances import Modality, TieWords, TreeTie, cue, is_intended, objects

_FROM = frozenset({"from"})


def held(token, word: str, nominal: bool, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """Who holds a place, told by its loss: "the fall of X to Y", "the campaign to retake X
    from Y" (a taking only tried or intended: Y still holds X)."""
    if nominal and word in kind.lost_to:
        places, holders = objects(token, frozenset({"of"}), roles), objects(token, frozenset({"to"}), roles)
    elif nominal and token.dep_ == "dobj" and lemma(token.head) in kind.losing:
        # "X lost control of Y to Z": the parser may hang "to Z" on the verb
        places = objects(token, frozenset({"of"}), roles)
        holders = objects(token, frozenset({"to"}), roles) + objects(token.head, frozenset({"to"}), roles)
    elif not nominal and word in kind.held_from and is_intended(token):
        places = [m for c in token.children if c.dep_ == "dobj" for m in roles.phrase_mentions(c)]
        holders = objects(token, _FROM, roles)
    else:
        return []
    read = flags(token)
    if read is None or read[0]:
        return []
    ties = [TreeTie(kind.type, h, p, cue(token)) for h in holders for p in places
            if h.entity != p.entity and h.type != "location" and (p.type in kind.objects if kind.objects else True)]
    if not nominal and kind.hostile_to_holder:
        # "X attempted to seize the hospital from Y": whoever sets out to take it is Y's enemy
        ties += [TreeTie(kind.hostile_to_holder, d, h, cue(token)) for d in roles.mentions(token, False)[0]
                 for h in holders if d.entity != h.entity and "location" not in (d.type, h.type)]
    return ties
