"""Ties read on the parse: every token of a document asked which tie it states.

The readers stand in their own modules: stances.py (rival_of, allied_with,
controls: a tie word's doer and the one it is done to), support.py (allies by support
given in a fight), sides.py (the side an "anti-X" or
"pro-X" phrase takes), titles.py (leads,
member_of, part_of: titles and joining), transfers.py (funds, arms, trains: giving
and training). Who stands where is event_roles.Roles' reading, so pronouns and descriptions
arrive resolved through coreference.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...nlp import lemma
from ..event_roles import Roles
from .holdings import held
from .stances import Modality, TreeTie, cue, described, load_tie_words, possessed, stated
from .support import backed, in_support
from .mediation import brokered, hosted
from .cues import load_relation_cues
from .sides import co_doers, inflicted, mutual_foes, taken_side
from .titles import as_part, contained, joined, one_of, others_of, represented, titled
from .transfers import transferred


def tree_ties(doc: Doc, text: str, sentences: list[tuple[int, int]], roles: Roles) -> list[TreeTie]:
    """The ties the tie words of `doc` state between two actors (or an actor and a place)."""
    words, past = load_tie_words()
    seconds = load_relation_cues().seconds
    flags = Modality(text, sentences)
    joint = {kind.co_doers_of: kind.type for kind in words if kind.co_doers_of}
    by_type = {kind.type: kind for kind in words}
    found = []
    for token in doc:
        word = lemma(token)
        if token.dep_ == "amod":  # "the rival X group", "a X-brokered truce"
            found += [tie for kind in words for tie in described(token, word, kind, roles, flags)
                      + brokered(token, word, kind, roles, flags)]
        if token.i >= 2 and doc[token.i - 1].text == "-":  # "the anti-X coalition", "a pro-X militia"
            found += [tie for kind in words for tie in taken_side(token, kind, roles, flags)]
        if token.pos_ not in ("VERB", "NOUN", "PROPN"):
            continue
        nominal = token.pos_ != "VERB" or _gerund_between(token)
        for kind in words:
            if nominal and (word in kind.titles or word in kind.counted_among and one_of(token)) \
                    and not any(c.lower_ in past for c in token.children) and not _denied(token, flags):
                # "X, a Hamas leader", "one of the leaders of Y": one of its leaders, a member
                one_among = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) or one_of(token)
                # ... and "the police commander, X": a state's force, named by description, is
                # served by its commander, not led
                pairs = [(p, o) for p, o in titled(token, roles, kind.any_holder or word in kind.any_holder_titles,
                                                   kind.nationals)
                         if p.entity != o.entity]
                if kind.objects:  # a place's title: "X, the group's stronghold" is held by the group
                    found += [TreeTie(kind.type, o, p, cue(token)) for p, o in pairs if p.type in kind.objects
                              and o.type not in kind.objects and not (word in kind.seats and o.type == "state")]
                    continue
                # ... and "the deputy leader": a second to the leader
                second = any(c.lower_ in seconds for c in token.children if c.i < token.i)
                if word in kind.any_holder_titles:  # "Turkey, a NATO member": the types checked here
                    found += [TreeTie(kind.type, p, o, cue(token), typed=True) for p, o in pairs
                              if p.type != "location" and o.type not in ("person", "location")]
                else:
                    # ... and "head of Y's media office": Y owns what is led, a part of Y
                    found += [TreeTie("member_of" if kind.type == "leads" and (one_among or second or _organ(o)
                                                                               or _owns_part(token, o))
                                      else kind.type, p, o, cue(token)) for p, o in pairs]
            if nominal:  # "X and other Y forces", "X fought Z as part of Y": X is one of Y's
                parts = (others_of(token, kind, roles) if kind.others else []) \
                    + (as_part(token, kind, roles) if word in kind.as_part else [])
                found += [TreeTie(kind_of, x, b, cue(token), typed=True) for kind_of, x, b in parts]
            if not nominal and word in kind.joins:
                found += [TreeTie(kind.type, p, o, cue(token), typed=True)  # (joined checks the kinds itself)
                          for p, o in joined(token, kind, roles) if p.entity != o.entity]
            if not nominal and word in kind.contains and flags(token) == (False, False):
                found += [TreeTie(kind_of, x, w, cue(token), typed=True)
                          for kind_of, x, w in contained(token, kind, roles)]
            if not nominal and word in kind.represents and flags(token) == (False, False):  # said as a fact
                found += [TreeTie(kind.type, p, o, cue(token)) for p, o in represented(token, roles)]
            if not nominal:
                found += hosted(token, word, kind, roles, flags)
            if not nominal and (kind.mutual or kind.exchanges):
                found += mutual_foes(token, word, kind, roles, flags)
            if not nominal and kind.inflicts:
                found += inflicted(token, word, kind, roles, flags)
            if token.pos_ != "PROPN":
                found += stated(token, word, nominal, kind, roles, flags, joint.get(kind.type))
                found += held(token, word, nominal, kind, roles, flags)
                found += in_support(token, word, kind, roles, flags)
                if kind.backs:
                    found += backed(token, word, kind, by_type[kind.supported_against], roles, flags)
        if not nominal:
            found += transferred(token, word, roles, flags)
    found += co_doers(found, words)
    return found


def _gerund_between(verb) -> bool:
    """"Fighting between X and Y displaced thousands": a gerund with no subject of its own,
    naming its sides with "between", is read as its noun ("the fighting between")."""
    return verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in verb.children)


def _denied(title, flags: Modality) -> bool:
    """"X is not a member of Y": a title said not to be held."""
    read = flags(title)
    return read is not None and read[0]


def _organ(body) -> bool:
    """A state named by one of its forces' descriptions ("the army", "the regional police")."""
    return body.type == "state" and body.role == "description"


def _owns_part(title, body) -> bool:
    owned = possessed(title.doc, body)
    return owned is not None and owned.i != title.i
