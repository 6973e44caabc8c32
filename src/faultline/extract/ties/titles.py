"""Titles and joining read on the parse: leads, member_of and part_of between a person (or a
unit) and the body a title or a joining verb names (data/tie_words.yaml: `titles`, `joins`).

    "X, commander of Y", "Y leader X", "X, the head of Y", "Y's chief X", "X is the leader of
    Y", "its leader, X" (the body through coreference); "X, a Hamas leader" (one of its
    leaders: member_of); "X, an affiliate of Y", "X is one of the factions in Y" (part_of);
    "X joined Y", "X was assigned to Y", "X served with Y", "Y, represented by X" (member_of).
"""
from __future__ import annotations

from ...model import Mention
from ...nlp import lemma
from ..event_roles import RELATIVES, Roles, passive
from .stances import TieWords, objects

_BODIES = frozenset({"of", "for", "at", "in", "within"})   # "commander of Y", "spokesman for Y"
_PERSON_SIDE = ("appos", "compound")
_PLACES = ("location", "state")
_WHERE = frozenset({"in", "at", "within"})
_BECOMING = frozenset({"be", "become", "form", "remain"})  # "X is/became/forms part of Z"
_BODY_TYPES = ("state", "organization", "armed_group")  # what a person may speak for as a member


def titled(title, roles: Roles, any_holder: bool = False,
           nationals: frozenset[str] = frozenset()) -> list[tuple[Mention, Mention]]:
    """(person, body) pairs a title joins: "X, commander of Y", "Y leader X", "X, the head of
    Y", "Y's chief X", "X is the leader of Y", "its leader, X" (the body through coreference),
    "Unit 29155 of Y" (a name the title is part of). `nationals`: titles a state's adjective
    gives a nationality, not a membership ("a Malian journalist")."""
    # the person is the name the title stands by, not those coordinated with it ("X, head of
    # Y, and Z, leader of W")
    people: list[Mention] = []
    # "X is one of the factions in Y": "one" stands where the title would
    seat = title.head.head if one_of(title) else title
    if seat is not title and seat.dep_ in ("attr", "appos"):
        people += _subjects(seat.head, roles) if seat.dep_ == "attr" else roles.mentions_at(seat.head)
    elif title.dep_ in _PERSON_SIDE and title.head.i != title.i:
        # "X, commander of Y"; "Y leader X"; "the X column, a unit of Y" (the name before its head noun)
        people += roles.mentions_at(title.head) or [m for c in title.head.children if c.dep_ == "compound"
                                                    for m in roles.mentions_at(c)]
    elif title.dep_ == "attr" or (title.dep_ == "conj" and title.head.dep_ == "attr"):
        # "X is the leader of Y", "X is a politician and a member of Y"
        people += _subjects(title.head if title.dep_ == "attr" else title.head.head, roles)
    elif title.dep_ == "oprd" and title.head.pos_ == "VERB":
        # "X was appointed commander of Y", "Z named X head of Y"
        people += _subjects(title.head, roles, with_passive=True) if passive(title.head) else \
            [m for c in title.head.children if c.dep_ == "dobj" for m in roles.mentions_at(c)]
    elif title.dep_ == "pobj" and title.head.lower_ == "as" and title.head.head.pos_ in ("VERB", "AUX"):
        # "X served as chairman of Y", "X was named as head of Y"
        people += _subjects(title.head.head, roles, with_passive=True)
    people += [m for c in title.children if c.dep_ == "appos" for m in roles.mentions_at(c)]  # "its leader, X"
    people += _set_off(title, roles)
    owner = [m for c in title.children if c.dep_ == "poss" for m in roles.phrase_mentions(c)]
    if not people and any_holder and owner:
        # "its Amaq news agency", "Y's Qods unit": the name before the title, the owner before it
        named = [m for c in title.children if c.dep_ == "compound" and c.i < title.i for m in roles.mentions_at(c)]
        return [(n, o) for n in named for o in owner if n.entity != o.entity]
    if not people:  # a title inside a name: "Unit 29155 of the GRU", "the 5th Brigade of the army"
        named = roles.mentions_at(title)
        ends = max((m.span.end for m in named), default=None)
        bodies = [m for m in objects(title, frozenset({"of"}), roles) if ends is not None and m.span.start > ends]
        if not bodies and title.dep_ == "pobj" and title.head.lower_ == "of" \
                and title.head.head.pos_ in ("NOUN", "PROPN"):
            # "officers of Unit 29155 of the GRU": the parser may hang the second "of" on the first's noun
            bodies = [m for m in objects(title.head.head, frozenset({"of"}), roles)
                      if ends is not None and m.span.start > ends][:1]
        return [(p, b) for p in named for b in bodies]
    bodies = [m for c in title.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < title.i
              for m in roles.phrase_mentions(c)]
    named_after = objects(title, _BODIES - _WHERE, roles)
    described = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in title.children if c.i < title.i)
    if any(m.type not in _PLACES for m in named_after) or described or lemma(title) in nationals:
        # "the Iraqi commander for Y", "a Malian militia leader", "a Malian journalist": a state's
        # adjective says whose national the holder is (or the body's), not what is led or served
        bodies = [m for m in bodies if not (m.type == "state" and m.role == "adjective")]
    bodies += named_after
    if not named_after and title.dep_ == "pobj" and title.head.lower_ == "as":
        # "X served as spokeswoman for Y": the parser may hang the body on the verb
        bodies += [m for m in objects(title.head.head, frozenset({"for", "of"}), roles) if m.span.start > title.idx]
    # "the mission in Somalia", "a commander in Rafah": a place after "in" says where, not whose
    bodies += [m for m in objects(title, _WHERE, roles) if m.type not in _PLACES]
    bodies += [m for c in title.children if c.dep_ == "appos" for m in roles.phrase_mentions(c)]  # "commander, Y"
    if title.dep_ == "appos":  # "X, commander, Y, met ...": the parser may hang Y on X too
        bodies += [m for c in title.head.children if c.dep_ == "appos" and c.i > title.i
                   for m in roles.phrase_mentions(c)][:1]
    if title.dep_ == "compound":  # "Y's leader X": the possessive may hang on the name
        bodies += [m for c in title.head.children if c.dep_ == "poss" for m in roles.phrase_mentions(c)]
    if not any_holder:
        people = [m for m in people if m.type == "person"]
        bodies = [m for m in bodies if m.type != "person"]
    return [(p, b) for p in people for b in bodies]


def one_of(noun) -> bool:
    """`noun` is counted among others: "one of the factions", "one of the largest militias"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"


def joined(verb, kind: TieWords, roles: Roles) -> list[tuple[Mention, Mention]]:
    """(person, body) of "X joined Y", "X was assigned to Y", "X served with Y"; (part, whole)
    of "X merged into Y"."""
    # the body is the one the object names at its head: "joined the US Secretary of State" is
    # no membership of the US
    people = _subjects(verb, roles, with_passive=True)
    objects = [c for c in verb.children if c.dep_ == "dobj"] + \
        [obj for c in verb.children if c.dep_ == "prep" and c.lower_ in kind.join_prepositions
         for obj in c.children if obj.dep_ == "pobj"]
    bodies = [m for obj in objects for part in [obj, *(c for c in obj.children if c.dep_ == "conj")]
              for m in roles.mentions_at(part)]
    # a person joins as a member, a state an organisation ("Egypt joined Qatar in ..." is no
    # membership); a body merged into another is a part of it
    joiners = ("person", "state") if kind.type == "member_of" else ("organization", "armed_group")
    return [(p, b) for p in people if p.type in joiners for b in bodies if b.type not in ("person", "location")
            and (p.type != "state" or b.type == "organization")]


def represented(verb, roles: Roles) -> list[tuple[Mention, Mention]]:
    """(person, body) of "X represented Y at the talks", "Y, represented by X"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        people = [m for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"
                  for m in roles.mentions_at(o)]
        bodies = roles.mentions_at(verb.head)
    else:
        people = _subjects(verb, roles)
        bodies = [m for c in verb.children if c.dep_ == "dobj" for m in roles.mentions_at(c)]
    return [(p, b) for p in people if p.type == "person" for b in bodies if b.type in _BODY_TYPES]


def _subjects(verb, roles: Roles, with_passive: bool = False) -> list[Mention]:
    """The actors the subject of `verb` names (its passive subject too, `with_passive`); a
    relative's, the noun it stands for ("X, who served as chairman of Y")."""
    deps = ("nsubj", "nsubjpass") if with_passive else ("nsubj",)
    while verb.dep_ == "conj" and not any(c.dep_ in deps for c in verb.children):
        verb = verb.head  # "X founded Y and later became chairman of Z": the first verb's subject
    return [m for c in verb.children if c.dep_ in deps
            for m in (roles.phrase_mentions(c) if c.lower_ in RELATIVES else roles.mentions_at(c))]


def _set_off(title, roles: Roles) -> list[Mention]:
    """A name set off by commas after a title that the parser hung elsewhere: on the title as
    an adverbial ("the UN's refugee agency, UNHCR,"), or on the place closing the title's
    phrase ("Y's mission in Somalia, AUSSOM,")."""
    after_comma = [c for c in title.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > 0
                   and c.doc[c.i - 1].text == ","]
    found = [m for c in after_comma for m in roles.mentions_at(c)]
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "for")):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            if any(m.type in _PLACES for m in roles.mentions_at(place)):
                found += [m for c in place.children if c.dep_ == "appos"
                          for m in roles.mentions_at(c) if m.type not in _PLACES]
    return found


def as_part(token, kind: TieWords, roles: Roles) -> list[tuple[str, Mention, Mention]]:
    """(type, doer, body) of "X fought Y as part of Z", "X is working as a member of Z", "X is
    part of Z": the doer of the clause is a part of Z (a state or a person a member)."""
    if lemma(token) not in kind.as_part:
        return []
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        doers = roles.mentions(token.head.head, False)[0] if token.head.head.pos_ in ("VERB", "AUX") else []
    elif token.dep_ in ("attr", "dobj") and lemma(token.head) in _BECOMING and lemma(token) in kind.is_part:
        doers = _subjects(token.head, roles)  # "X is part of Z", "X became part of Z", "X forms part of Z"
    else:
        return []
    bodies = objects(token, frozenset({"of"}), roles)
    return [("member_of" if d.type in ("state", "person") else kind.type, d, b)
            for d in doers for b in bodies if d.entity != b.entity and b.type not in _PLACES]


def contained(verb, kind: TieWords, roles: Roles) -> list[tuple[str, Mention, Mention]]:
    """(type, part, whole) of "Y includes X", "Y, which comprises X and Z", "Y consists of X":
    the subject holds the bodies its object names (a state a member)."""
    if lemma(verb) not in kind.contains or verb.pos_ != "VERB":
        return []
    wholes = [m for m in _subjects(verb, roles) if m.type in ("organization", "armed_group")]
    objects = [c for c in verb.children if c.dep_ == "dobj"] + \
        [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    parts = [m for o in objects for part in [o, *o.conjuncts] for m in roles.mentions_at(part)]
    return [("member_of" if x.type == "state" else kind.type, x, w) for w in wholes for x in parts
            if x.entity != w.entity and x.type not in ("person", "location")]


def others_of(noun, kind: TieWords, roles: Roles) -> list[tuple[str, Mention, Mention]]:
    """(type, member, body) of "X and other Y forces": X is one of Y's (a member, for a state
    or a person), not Y's ally."""
    if noun.dep_ != "conj" or lemma(noun) not in kind.others \
            or not any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        return []
    bodies = [m for c in noun.children if c.dep_ in ("compound", "poss") for m in roles.mentions_at(c)
              if m.type in ("organization", "armed_group") and m.role != "adjective"]
    members = roles.mentions_at(noun.head)
    return [("member_of" if x.type in ("state", "person") else kind.type, x, b)
            for x in members for b in bodies if x.entity != b.entity]
