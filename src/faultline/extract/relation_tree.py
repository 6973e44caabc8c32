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

import bisect
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..knowledge.datafiles import load_data
from ..model import Mention
from ..nlp import lemma
from .event_roles import Roles
from .modality import modality


_BESIDE = frozenset({"with", "alongside", "beside"})
_FROM = frozenset({"from"})
_GIVEN = frozenset({"with", "between", "in", "of", "worth", "to", "for"})
_BODIES = frozenset({"of", "for", "at", "in", "within"})   # "commander of Y", "spokesman for Y"
_PERSON_SIDE = ("appos", "compound")


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


@dataclass(frozen=True)
class Transfers:
    verbs: frozenset[str]
    things: dict[str, frozenset[str]]   # tie type -> the lemmas of what is given
    recipient_prepositions: frozenset[str]
    training_verbs: frozenset[str]
    trained_at: frozenset[str]


@lru_cache(maxsize=1)
def load_transfers() -> Transfers:
    spec = load_data("tie_words.yaml")["transfers"]
    return Transfers(frozenset(spec["verbs"]), {k: frozenset(spec[k]) for k in ("funds", "arms", "trains")},
                     frozenset(spec["recipient_prepositions"]), frozenset(spec["training_verbs"]),
                     frozenset(spec["trained_at"]))


def tree_ties(doc: Doc, text: str, sentences: list[tuple[int, int]], roles: Roles) -> list[TreeTie]:
    """The ties the tie words of `doc` state between two actors (or an actor and a place)."""
    words, past = load_tie_words()
    flags = _Modality(text, sentences)
    found = []
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN", "PROPN"):
            continue
        word = lemma(token)
        nominal = token.pos_ != "VERB"
        for kind in words:
            if nominal and word in kind.titles and not any(c.lower_ in past for c in token.children):
                # "X, a Hamas leader": one of its leaders, a member
                one_of = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
                kind_of = "member_of" if one_of and kind.type == "leads" else kind.type
                found += [TreeTie(kind_of, p, o, _cue(token))
                          for p, o in _titled(token, roles, kind.any_holder) if p.entity != o.entity]
            if not nominal and word in kind.joins:
                found += [TreeTie(kind.type, p, o, _cue(token))
                          for p, o in _joined(token, kind, roles) if p.entity != o.entity]
            if token.pos_ != "PROPN":
                found += _stated(token, word, nominal, kind, roles, flags)
        if not nominal:
            found += _transferred(token, word, roles, flags)
    found += _co_doers(found, words)
    return found


class _Modality:
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
            self.seen[token.i] = modality(self.text, self.sentences[index], _cue(token)) if inside else None
        return self.seen[token.i]


def _cue(token) -> tuple[int, int]:
    return token.idx, token.idx + len(token)


def _stated(token, word: str, nominal: bool, kind: TieWords, roles: Roles, flags: _Modality) -> list[TreeTie]:
    """The ties one tie word states between its doers and those it is done to."""
    matched = word in (kind.nouns if nominal else kind.verbs)
    along = [] if nominal else _objects(token, kind.alongside, roles)
    if not matched and word not in kind.not_against:
        along += _objects(token, kind.against, roles)
    if not nominal and word in kind.taken_from:
        along += _objects(token, _FROM, roles)  # "liberated the town from X"
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
    return [TreeTie(kind.type, subject, obj, _cue(token)) for subject in doers for obj in done_to
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


def _objects(token, prepositions: frozenset[str], roles: Roles) -> list[Mention]:
    """The actors named after one of `prepositions` on `token` ("fought alongside X", "sent
    weapons to X": spaCy's dative "to" too)."""
    return [m for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in prepositions
            for obj in c.children if obj.dep_ == "pobj" for m in roles.phrase_mentions(obj)] if prepositions else []


def _leader_for_force(kind: TieWords, subject: Mention, obj: Mention) -> bool:
    """A person set against a group (or a group against a person) in a tie the tree reads is
    mostly a leader named inside a force's phrase ("fighting the army of General X", "a
    struggle between their leaders, X and Y"): hostility is read between likes only."""
    return kind.objects is None and (subject.type == "person") != (obj.type == "person")


def _co_doers(found: list[TreeTie], words: tuple[TieWords, ...]) -> list[TreeTie]:
    """"X, Y and Z are committed to defeating W": the doers of one tie word side together."""
    joint = []
    for kind in words:
        if kind.co_doers_of is None:
            continue
        by_cue: dict[tuple[int, int], dict[str, Mention]] = {}
        for tie in found:
            if tie.type == kind.co_doers_of:
                by_cue.setdefault(tie.cue, {})[tie.subject.entity] = tie.subject
        for cue, doers in by_cue.items():
            ordered = list(doers.values())
            joint += [TreeTie(kind.type, a, b, cue) for i, a in enumerate(ordered) for b in ordered[i + 1:]]
    return joint


def _titled(title, roles: Roles, any_holder: bool = False) -> list[tuple[Mention, Mention]]:
    """(person, body) pairs a title joins: "X, commander of Y", "Y leader X", "X, the head of
    Y", "Y's chief X", "X is the leader of Y", "its leader, X" (the body through coreference)."""
    # the person is the name the title stands by, not those coordinated with it ("X, head of
    # Y, and Z, leader of W")
    people: list[Mention] = []
    seat = title
    if title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.lower_ == "one":
        seat = title.head.head  # "X is one of the factions in Y": "one" stands where the title would
    if seat is not title and seat.dep_ in ("attr", "appos"):
        people += [m for c in seat.head.children if c.dep_ == "nsubj" for m in roles.mentions_at(c)] \
            if seat.dep_ == "attr" else roles.mentions_at(seat.head)
    elif title.dep_ in _PERSON_SIDE and title.head.i != title.i:
        people += roles.mentions_at(title.head)  # "X, commander of Y"; "Y leader X"
    elif title.dep_ == "attr":
        people += [m for c in title.head.children if c.dep_ == "nsubj" for m in roles.mentions_at(c)]
    people += [m for c in title.children if c.dep_ == "appos" for m in roles.mentions_at(c)]  # "its leader, X"
    bodies = [m for c in title.children if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i < title.i
              for m in roles.phrase_mentions(c)]
    bodies += _objects(title, _BODIES, roles)
    bodies += [m for c in title.children if c.dep_ == "appos" for m in roles.phrase_mentions(c)]  # "commander, Y"
    if title.dep_ == "compound":  # "Y's leader X": the possessive may hang on the name
        bodies += [m for c in title.head.children if c.dep_ == "poss" for m in roles.phrase_mentions(c)]
    if not any_holder:
        people = [m for m in people if m.type == "person"]
        bodies = [m for m in bodies if m.type != "person"]
    return [(p, b) for p in people for b in bodies]


def _joined(verb, kind: TieWords, roles: Roles) -> list[tuple[Mention, Mention]]:
    """(person, body) of "X joined Y", "X was assigned to Y", "X served with Y"."""
    # the body is the one the object names at its head: "joined the US Secretary of State" is
    # no membership of the US
    people = [m for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for m in roles.mentions_at(c)]
    objects = [c for c in verb.children if c.dep_ == "dobj"] + \
        [obj for c in verb.children if c.dep_ == "prep" and c.lower_ in kind.join_prepositions
         for obj in c.children if obj.dep_ == "pobj"]
    bodies = [m for obj in objects for part in [obj, *(c for c in obj.children if c.dep_ == "conj")]
              for m in roles.mentions_at(part)]
    return [(p, b) for p in people if p.type == "person" for b in bodies if b.type != "person"]


def _transferred(verb, word: str, roles: Roles, flags: _Modality) -> list[TreeTie]:
    """funds/arms/trains from a giving verb ("X gives the militia Y $30m a year", "X provides
    the group with drones", "X sent weapons to Y") or from training told by the trainee
    ("Y was trained by X", "Y's fighters trained at camps run by X")."""
    transfers = load_transfers()
    if word not in transfers.verbs and word not in transfers.training_verbs:
        return []
    read = flags(verb)
    if read is None or any(read):
        return []  # denied, kept from happening ("stopping it transferring"), or hedged
    cue = _cue(verb)
    if word in transfers.training_verbs:
        trainers, trainees = _trainers(verb, roles, transfers)
        return [TreeTie("trains", t, y, cue) for t in trainers for y in trainees if t.entity != y.entity]
    givers = roles.mentions(verb, False)[0]
    # what is given: the objects and the phrases that say what ("with drones", "between $30m
    # and $50m", "in stipends"), not an aside ("according to a think tank")
    phrase = [t for c in verb.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
              or c.dep_ == "prep" and c.lower_ in _GIVEN for t in c.subtree]
    recipients = [m for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"
                  for m in roles.phrase_mentions(c)]
    recipients += _objects(verb, transfers.recipient_prepositions, roles)
    kinds = [kind for kind, things in transfers.things.items()
             if any(lemma(t) in things or t.lower_ in things or t.tag_ == "$" and kind == "funds"  # "$", "€"
                    for t in phrase)]
    given = (min(t.idx for t in phrase), max(t.idx + len(t) for t in phrase)) if phrase else None
    return [TreeTie(kind, g, r, cue, given) for kind in kinds for g in givers for r in recipients
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
