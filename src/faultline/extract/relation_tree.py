"""Ties read on the parse: the doer and the one done to of a tie word (data/tie_words.yaml).

    rival_of      "X fought Y", "the campaign to defeat Y", "clashes between X and Y",
                  "X's enemy Y", any deed or stance "against Y" but a few ("warned
                  against"); an attack told as a deed stays an event
    allied_with   "X allied with Y", "X's partner Y", "X fought alongside Y"
    controls      "X seized the town", "X took control of Y", "the Y stronghold of X" (the
                  object a place)
Who stands where is event_roles.Roles' reading (subject or modifier; object, "against X",
"between A and B"), so pronouns and descriptions arrive resolved. A negated word states no
tie, nor does a hedged one ("could seize"), except hostility, which a purpose or a vow
states too ("the coalition to defeat X").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..knowledge.datafiles import load_data
from ..model import Mention
from ..nlp import lemma
from .event_roles import Roles
from .modality import modality


_BESIDE = frozenset({"with", "alongside", "beside"})


@dataclass(frozen=True)
class TieWords:
    type: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    alongside: frozenset[str]
    objects: frozenset[str] | None
    hedged: bool
    against: frozenset[str]
    not_against: frozenset[str]


@dataclass(frozen=True)
class TreeTie:
    type: str
    subject: Mention
    object: Mention
    cue: tuple[int, int]


@lru_cache(maxsize=1)
def load_tie_words() -> tuple[TieWords, ...]:
    data = load_data("tie_words.yaml")
    return tuple(TieWords(kind, frozenset(spec.get("verbs", ())), frozenset(spec.get("nouns", ())),
                          frozenset(spec.get("alongside", ())),
                          frozenset(spec["objects"]) if spec.get("objects") else None, bool(spec.get("hedged")),
                          frozenset(spec.get("against", ())), frozenset(spec.get("not_against", ())))
                 for kind, spec in data.items() if kind != "version")


def tree_ties(doc: Doc, text: str, sentences: list[tuple[int, int]], roles: Roles) -> list[TreeTie]:
    """The ties the tie words of `doc` state between two actors (or an actor and a place)."""
    words = load_tie_words()
    found = []
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        word = lemma(token)
        nominal = token.pos_ == "NOUN"
        for kind in words:
            matched = word in (kind.nouns if nominal else kind.verbs)
            along = [] if nominal else _objects(token, kind.alongside, roles)
            if not matched and word not in kind.not_against:
                along += _objects(token, kind.against, roles)
            if not (matched or along):
                continue
            sentence = next((s for s in sentences if s[0] <= token.idx < s[1]), None)
            if sentence is None:
                continue
            negated, hedged = modality(text, sentence, (token.idx, token.idx + len(token)))
            if negated or (hedged and not kind.hedged):
                continue
            cue = (token.idx, token.idx + len(token))
            doers, done_to = roles.mentions(token, nominal)
            # "holds X together with allied groups": those with it stand beside the doer
            beside = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _BESIDE]
            done_to = [m for m in done_to if not any(c.left_edge.idx <= m.span.start <= c.right_edge.idx for c in beside)]
            done_to = done_to if matched else along  # "fought alongside X (against Y)": X
            for subject in doers:
                for obj in done_to:
                    if subject.entity != obj.entity and subject.type != "location" \
                            and (obj.type in kind.objects if kind.objects else obj.type != "location") \
                            and not _leader_for_force(kind, subject, obj):
                        found.append(TreeTie(kind.type, subject, obj, cue))
    return found


def _objects(token, prepositions: frozenset[str], roles: Roles) -> list[Mention]:
    """The actors named after one of `prepositions` on `token` ("fought alongside X")."""
    return [m for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions
            for obj in c.children if obj.dep_ == "pobj" for m in roles.phrase_mentions(obj)] if prepositions else []


def _leader_for_force(kind: TieWords, subject: Mention, obj: Mention) -> bool:
    """A person set against a group (or a group against a person) in a tie the tree reads is
    mostly a leader named inside a force's phrase ("fighting the army of General X", "a
    struggle between their leaders, X and Y"): hostility is read between likes only."""
    return kind.objects is None and (subject.type == "person") != (obj.type == "person")
