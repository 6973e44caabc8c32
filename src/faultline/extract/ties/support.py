"""Support read on the parse: when backing another makes two actors allies.

    in_support   "X conducted strikes in support of Y", "X took the town with the help of
                 Y", "X liberated the town, aided by support from Y": an armed deed done for
                 Y, or with Y's help, makes its doer Y's ally
    backed       "X supports Y with air strikes", "X is assisting Y to defeat Z", "X's
                 support for Y in their fight against Z", "X supported the retaking of the
                 town by Y", "X stands by Y to defeat Z": support given by arms or in a
                 fight makes X and Y allies; support of another kind ("X supports Y's bid
                 for a seat") states none here
Who fights is stances.py's reading ("support for Y in the fight against Z": Y fights Z, and
the supporter does not), save a purpose the supporter's verb states ("X is assisting Y to
destroy Z", "X stands by Y to defeat Z": X and Y stand against Z).
"""
from __future__ import annotations

from ...nlp import lemma
from ..event_roles import Roles
from .stances import Modality, TieWords, TreeTie, purpose_doers, cue, objects

_SUPPORTERS = frozenset({"of", "from"})   # "in support of Y", "with support from Y"
_SUPPORTED = frozenset({"for", "of", "to"})  # "support for Y", "assistance to Y"
_OWNERS = ("poss", "amod", "compound")       # "its support", "French support", "US support"


def in_support(token, word: str, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """"X conducted strikes in support of Y", "In support of Y, X's aircraft struck ...", "X
    took the town with the help of Y": an armed deed done for Y, or with Y's help, makes its
    doer Y's ally."""
    if word not in kind.support_words or token.dep_ != "pobj":
        return []
    # "X liberated the town, aided by support from Y": the helping participle hangs on the deed
    helped = token.head.dep_ == "agent" and lemma(token.head.head) in kind.backs and token.head.head.tag_ == "VBN"
    if token.head.lower_ not in kind.support_prepositions and not helped:
        return []
    supported = objects(token, _SUPPORTERS, roles)
    # up to the clause's verb: "strikes coordinated with and in support of Y"
    path = [token.head.head.head if helped else token.head.head]
    while len(path) < 6 and (path[-1].pos_ not in ("VERB", "AUX") or path[-1].dep_ == "acl") \
            and path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    deed = path[-1]
    if deed.pos_ not in ("VERB", "AUX"):
        return []
    read = flags(deed)
    armed = any(lemma(t) in kind.deeds for t in path) or any(lemma(c) in kind.deeds for c in deed.children
                                                             if c.dep_ == "dobj")
    if read is None or any(read) or not armed:
        return []
    doers = roles.mentions(deed, False)[0]
    ties = [TreeTie(kind.type, d, y, cue(token)) for d in doers for y in supported
            if d.entity != y.entity and "location" not in (d.type, y.type)]
    if kind.supported_against and token.head.lower_ == "in":
        # "X conducted strikes in support of Y ... against Z targets": Y stands against Z
        against = [m for t in deed.subtree if t.dep_ == "prep" and t.lower_ == "against"
                   for o in t.children if o.dep_ == "pobj" for m in roles.phrase_mentions(o)]
        ties += [TreeTie(kind.supported_against, y, z, cue(token)) for y in supported for z in against
                 if y.entity != z.entity and "location" not in (y.type, z.type)]
    return ties


def backed(token, word: str, kind: TieWords, rival: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """Support given by arms or in a fight, `rival` the words of the fight: the supporter
    and the one supported are allies."""
    # "X stands by Y to defeat Z": a verb that backs with its preposition
    beside = [c for c in token.children if c.dep_ == "prep" and f"{word} {c.lower_}" in kind.backs]
    if (word not in kind.backs and not beside) or token.dep_ == "compound":
        return []
    read = flags(token)
    if read is None or any(read):
        return []  # "did not support", "could support"
    nominal = token.pos_ != "VERB"
    if nominal:
        supporters = [m for c in token.children if c.i < token.i and c.dep_ in _OWNERS
                      for m in roles.phrase_mentions(c)] + objects(token, frozenset({"from"}), roles)
        carrier = token.head.head if token.dep_ == "pobj" else token.head if token.dep_ == "dobj" else None
        if not supporters and carrier is not None and carrier.pos_ in ("VERB", "AUX"):
            supporters = roles.mentions(carrier, False)[0]  # "the UK remains steadfast in its support of Y"
        held = [o for c in token.children if c.dep_ == "prep" and c.lower_ in _SUPPORTED
                for o in c.children if o.dep_ == "pobj"]
        supported = objects(token, _SUPPORTED, roles)
    else:
        # "the coalition's efforts to support Y": the noun's owner, not the clause's subject
        supporters = purpose_doers(token, roles) or roles.mentions(token, False)[0]
        held = [c for c in token.children if c.dep_ in ("dobj", "dative")] + \
            [o for c in beside for o in c.children if o.dep_ == "pobj"]
        supported = [m for c in held for m in roles.phrase_mentions(c)]
        # "supported the retaking of the town by Y", "backed Y's offensive": the deed's doer
        supported += [m for c in held if lemma(c) in kind.deeds for m in objects(c, frozenset({"by"}), roles)]
    # "support of Y and Z in their fight": the fight may hang on the ones supported
    held = [h for c in held for h in (c, *c.conjuncts)]
    if not (supporters and supported) or not _in_fight(token, held, kind, rival):
        return []
    # bodies only: a minister's "support for Y" is the state's, read by the cue lexicon
    ties = [TreeTie(kind.type, a, b, cue(token)) for a in supporters for b in supported
            if a.entity != b.entity and not {"location", "person"} & {a.type, b.type}]
    if not nominal and kind.supported_against:
        # "X is assisting Y to degrade and destroy Z": the purpose is X's as well as Y's
        # "X stands by Y to defeat Z": Y's fight too
        foes = [m for c in token.children if c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" for a in c.children)
                for v in (c, *c.conjuncts) if lemma(v) in rival.verbs | rival.purposes
                for o in v.children if o.dep_ == "dobj" for m in roles.phrase_mentions(o)]
        ties += [TreeTie(kind.supported_against, a, z, cue(token)) for a in supporters + supported for z in foes
                 if a.entity != z.entity and not {"location", "person"} & {a.type, z.type}]
    return ties


def _in_fight(token, held: list, kind: TieWords, rival: TieWords) -> bool:
    """The support is given by arms ("with air strikes", "through airstrikes", "by providing
    air support"), to a deed of arms, or for a fight ("in their fight against Z", "in its
    efforts to defeat Z", "to destroy Z")."""
    armed = kind.deeds | kind.means
    fights = rival.nouns | kind.efforts
    hostile = rival.verbs | rival.purposes
    # the noun's own words and, for "reiterated its support for Y in the fight", its verb's
    carriers = [token, *held] + ([token.head] if token.dep_ == "dobj" else [])
    for carrier in carriers:
        for child in carrier.children:
            if child.dep_ in ("nsubj", "nsubjpass", "poss", "conj") or child is token:
                continue
            if child.dep_ == "prep" and child.lower_ in ("with", "through", "by", "via") \
                    and any(lemma(t) in armed for t in child.subtree):
                return True
            if child.dep_ == "prep" and child.lower_ == "in" and any(
                    lemma(o) in fights or lemma(o) in hostile for o in child.children if o.dep_ in ("pobj", "pcomp")):
                return True
            if child.dep_ in ("xcomp", "advcl") and any(lemma(v) in hostile for v in (child, *child.conjuncts)):
                return True
            if carrier is token and child.dep_ == "dobj" and lemma(child) in kind.deeds:
                return True
    return False
