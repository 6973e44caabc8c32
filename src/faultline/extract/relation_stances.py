"""Stances read on the parse: rival_of, allied_with and controls between the doer of a tie
word (data/tie_words.yaml) and the one it is done to, and the shared pieces of the tree
readers (TreeTie, the tie words, the modality of a token).

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

import bisect
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..model import Mention
from .event_roles import Roles
from .modality import modality

_BESIDE = frozenset({"with", "alongside", "beside"})
_FROM = frozenset({"from"})


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
    titles: frozenset[str]
    any_holder: bool          # a title held by any actor ("our ally Turkey"), not a person only
    co_doers_of: str | None   # the type whose joint doers this type joins ("X and Y fight Z")
    taken_from: frozenset[str]
    joins: frozenset[str]
    join_prepositions: frozenset[str]


@dataclass(frozen=True)
class TreeTie:
    type: str
    subject: Mention
    object: Mention
    cue: tuple[int, int]
    given: tuple[int, int] | None = None   # a transfer's phrase, where its amount is read

@lru_cache(maxsize=1)
def load_tie_words() -> tuple[tuple[TieWords, ...], frozenset[str]]:
    """The tie words of each type, and the words that make a title a past one."""
    data = load_data("tie_words.yaml")

    def words(spec, key):
        return frozenset(spec.get(key, ()))
    kinds = tuple(TieWords(kind, words(spec, "verbs"), words(spec, "nouns"), words(spec, "alongside"),
                           words(spec, "objects") or None, bool(spec.get("hedged")), words(spec, "against"),
                           words(spec, "not_against"), words(spec, "titles"), spec.get("holders") == "any",
                           spec.get("co_doers_of"), words(spec, "taken_from"), words(spec, "joins"),
                           words(spec, "join_prepositions"))
                  for kind, spec in data.items() if kind not in ("version", "past", "transfers"))
    return kinds, frozenset(data.get("past", ()))

class Modality:
    """(negated, hedged) of a token, read once per token (modality.py on its sentence); None
    for a token outside the sentences read."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text, self.sentences = text, sentences
        self.starts = [start for start, _ in sentences]
        self.seen: dict[int, tuple[bool, bool] | None] = {}

    def __call__(self, token) -> tuple[bool, bool] | None:
        if token.i not in self.seen:
            index = bisect.bisect_right(self.starts, token.idx) - 1
            inside = index >= 0 and token.idx < self.sentences[index][1]
            self.seen[token.i] = modality(self.text, self.sentences[index], cue(token)) if inside else None
        return self.seen[token.i]

def cue(token) -> tuple[int, int]:
    return token.idx, token.idx + len(token)

def stated(token, word: str, nominal: bool, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """The ties one tie word states between its doers and those it is done to."""
    matched = word in (kind.nouns if nominal else kind.verbs)
    along = [] if nominal else objects(token, kind.alongside, roles)
    if not matched and word not in kind.not_against:
        along += objects(token, kind.against, roles)
    if not nominal and word in kind.taken_from:
        along += objects(token, _FROM, roles)  # "liberated the town from X"
    if not (matched or along):
        return []
    read = flags(token)
    if read is None or read[0] or (read[1] and not kind.hedged):
        return []  # negated, or hedged where a hedge states no tie
    doers, done_to = roles.mentions(token, nominal)
    doers = _purpose_doers(token, roles) or doers
    # "holds X together with allied groups": those with it stand beside the doer
    beside = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _BESIDE]
    done_to = [m for m in done_to if not any(c.left_edge.idx <= m.span.start <= c.right_edge.idx for c in beside)]
    if matched and not done_to and not nominal:
        # "to degrade and defeat X": coordinated verbs share their object
        done_to = [m for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   for m in roles.mentions(c, False)[1]]
    done_to = done_to if matched else along  # "fought alongside X (against Y)": X
    return [TreeTie(kind.type, subject, obj, cue(token)) for subject in doers for obj in done_to
            if subject.entity != obj.entity and subject.type != "location"
            and (obj.type in kind.objects if kind.objects else obj.type != "location")
            and not _leader_for_force(kind, subject, obj)]


def _purpose_doers(verb, roles: Roles) -> list[Mention]:
    """The doer of a purpose hung on a noun: "the coalition to defeat X" (the noun acts), "its
    efforts to defeat X" (the noun's owner)."""
    if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    noun = verb.head
    return roles.mentions_at(noun) or [m for c in noun.children if c.dep_ in ("poss", "compound", "amod")
                                       and c.i < noun.i for m in roles.phrase_mentions(c)]


def objects(token, prepositions: frozenset[str], roles: Roles) -> list[Mention]:
    """The actors named after one of `prepositions` on `token` ("fought alongside X", "sent
    weapons to X": spaCy's dative "to" too)."""
    return [m for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in prepositions
            for obj in c.children if obj.dep_ == "pobj" for m in roles.phrase_mentions(obj)] if prepositions else []


def _leader_for_force(kind: TieWords, subject: Mention, obj: Mention) -> bool:
    """A person set against a group (or a group against a person) in a tie the tree reads is
    mostly a leader named inside a force's phrase ("fighting the army of General X", "a
    struggle between their leaders, X and Y"): hostility is read between likes only."""
    return kind.objects is None and (subject.type == "person") != (obj.type == "person")


def co_doers(found: list[TreeTie], words: tuple[TieWords, ...]) -> list[TreeTie]:
    """"X, Y and Z are committed to defeating W": the doers of one tie word side together."""
    joint = []
    for kind in words:
        if kind.co_doers_of is None:
            continue
        by_cue: dict[tuple[int, int], dict[str, Mention]] = {}
        for tie in found:
            if tie.type == kind.co_doers_of:
                by_cue.setdefault(tie.cue, {})[tie.subject.entity] = tie.subject
        for spot, doers in by_cue.items():
            ordered = list(doers.values())
            joint += [TreeTie(kind.type, a, b, spot) for i, a in enumerate(ordered) for b in ordered[i + 1:]]
    return joint
