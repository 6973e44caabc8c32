"""Sides read on the parse: the side a phrase takes ("the anti-X coalition", "counter-X
forces": rival_of X; "Y, a pro-X militia": allied_with X; the prefixes are data, tie_words.yaml
`prefixes`, and events.yaml `side_prefixes` keeps X from being read as the one the phrase
names), the side doers of one deed take together ("X and Y are committed to defeating W":
allies, `co_doers`), and the sides doers of a mutual deed take against each other ("X and Y
have been fighting since April": rivals, `mutual_foes`), and who gives another a defeat
("X dealt Y a defeat": rivals, `inflicted`).
"""
from __future__ import annotations

from ...model import Mention
from ...nlp import lemma
from ..event_roles import Roles
from .stances import Modality, TieWords, TreeTie, cue, one_state, purpose_doers

_MODIFYING = ("amod", "compound", "nmod")


def taken_side(token, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """The ties of the body a phrase names with the X its "anti-X" or "pro-X" sides on;
    `token` is the first word of X."""
    side = roles.side_of(token)
    if side is None or side not in kind.prefixes or flags(token) is None:
        return []
    named = [m for m in roles.mentions_at(token) if m.span.start == token.idx]  # not "the Counter-X Coalition"
    noun = token
    while noun.dep_ in _MODIFYING and noun.head.i > noun.i:
        noun = noun.head  # "the anti - X coalition": the noun the prefixed name modifies
    if noun is token or not named:
        return []
    bodies = roles.phrase_mentions(noun)  # "the anti-X coalition", "the X-led anti-Y coalition"
    if noun.dep_ == "appos":
        bodies += roles.mentions_at(noun.head)  # "Y, a pro-X militia"
    # "the anti-X coalition led by Y": who leads it takes its side
    bodies += [m for c in noun.children if c.dep_ == "acl" and lemma(c) in kind.led_by
               for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
               for m in roles.phrase_mentions(o)]
    sided = {m.entity for m in named}
    return [TreeTie(kind.type, b, x, cue(token)) for b in bodies if b.entity not in sided for x in named
            if "location" not in (b.type, x.type)]


def co_doers(found: list[TreeTie], words: tuple[TieWords, ...]) -> list[TreeTie]:
    """"X, Y and Z are committed to defeating W": the doers of one tie word side together."""
    joint = []
    # a member and the body it is part of are not allies of each other as well
    within = {frozenset((t.subject.entity, t.object.entity)) for t in found if t.type in ("member_of", "part_of")}
    for kind in words:
        if kind.co_doers_of is None:
            continue
        by_cue: dict[tuple[int, int], dict[str, Mention]] = {}
        for tie in found:
            if tie.type == kind.co_doers_of:
                by_cue.setdefault(tie.cue, {})[tie.subject.entity] = tie.subject
        for spot, doers in by_cue.items():
            ordered = list(doers.values())
            joint += [TreeTie(kind.type, a, b, spot) for i, a in enumerate(ordered) for b in ordered[i + 1:]
                      if frozenset((a.entity, b.entity)) not in within and not one_state(a, b)]
    return joint


def mutual_foes(verb, word: str, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """"X and Y have been fighting since April", "X and Y clashed near the town", "X and Y
    exchanged fire": coordinated doers of a mutual verb (`kind.mutual`, or trading blows:
    `exchanges`, `exchanged`) done to no one else, nor beside anyone, are foes."""
    traded = word in kind.exchanges and any(c.dep_ == "dobj" and lemma(c) in kind.exchanged for c in verb.children)
    if not (word in kind.mutual or traded) or verb.pos_ != "VERB":
        return []
    if any(c.dep_ == "nsubjpass" or c.dep_ == "dobj" and not traded or c.dep_ == "prep" and c.lower_ in _NOT_MUTUAL
           for c in verb.children):
        return []  # "X and Y fought Z", "fought against Z", "fought alongside each other"
    read = flags(verb)
    if read is None or read[0] or read[1]:
        return []
    doers = roles.mentions(verb, False)[0]
    return [TreeTie(kind.type, a, b, cue(verb)) for i, a in enumerate(doers) for b in doers[i + 1:]
            if a.entity != b.entity and "location" not in (a.type, b.type)
            and (a.type == "person") == (b.type == "person")]


def inflicted(verb, word: str, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """"X will deliver Y a lasting defeat", "X inflicted a defeat on Y", "dealt Y a blow": a
    defeat given is the verb "defeat" told with a light verb; the doer and the one given it are foes."""
    if word not in kind.inflicts or verb.pos_ != "VERB":
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    # (the parser may hang "a defeat" under the one given it: "deliver [Y a defeat]")
    given = [t for o in objects for t in o.subtree if lemma(t) in kind.inflicted and t.pos_ == "NOUN"]
    if not given:
        return []
    read = flags(verb)
    if read is None or read[0] or (read[1] and not kind.hedged):
        return []
    on = [c for c in [verb, *given] for p in c.children if p.dep_ == "prep" and p.lower_ == "on"
          for c in p.children if c.dep_ == "pobj"]
    # the one given it: a dative, or the parser's first of two objects ("deliver Y a defeat")
    whom = [m for o in objects if o.i < given[0].i for m in roles.phrase_mentions(o) if m.span.end <= given[0].idx] \
        + [m for c in on for m in roles.phrase_mentions(c)]
    return [TreeTie(kind.type, a, b, cue(verb)) for a in purpose_doers(verb, roles) or roles.mentions(verb, False)[0]
            for b in whom if a.entity != b.entity and "location" not in (a.type, b.type)]


_NOT_MUTUAL = frozenset({"against", "alongside", "with", "beside", "for"})
