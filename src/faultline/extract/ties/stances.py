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
import re
from dataclasses import dataclass
from functools import lru_cache

from ...knowledge.datafiles import load_data
from ...model import Mention
from ...nlp import lemma
from ..event_roles import Roles, passive
from ..modality import modality
from ..reporting import is_reporting_verb

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
    purposes: frozenset[str]      # verbs that state the tie only as a purpose ("the operation to eliminate X")
    vows: frozenset[str]          # verbs whose complement is a threat or a wish, no purpose ("vowed to destroy X")
    foes: frozenset[str]          # nouns for an enemy no name stands in ("committed to defeating these terrorists")
    supported_in: frozenset[str]  # "support for X in the fight against Y": X is the one fighting
    purpose: bool                 # whether a purpose or an attempt states the tie ("tried to seize X" does not)
    held_from: frozenset[str]     # "to seize X from Y": Y holds X while the taking is only tried
    adjectives: frozenset[str]    # "blamed the rival X group": X and the one blaming
    as_part: frozenset[str]       # "X fought Y as part of Z": X is a part of Z
    is_part: frozenset[str]       # "X is part of Z"
    direct: frozenset[str]        # verbs of many senses, read only with their own object ("X took the town")
    deeds: frozenset[str]         # armed deeds done "in support of X" make their doer X's ally
    backs: frozenset[str]         # "X supports Y with air strikes": support that, given in a fight, allies
    acting_for: frozenset[str]    # "X fought Y as part of Z": Z stands in the tie too
    others: frozenset[str]        # "X and other Y forces": X is one of Y's
    nationals: frozenset[str]     # "a Malian journalist": titles a state's adjective gives a nationality
    efforts: frozenset[str]       # "in its efforts to defeat Z": nouns of a fight besides the fight's own
    means: frozenset[str]         # the arms of such support besides the deeds ("air support", "troops")
    support_words: frozenset[str]  # the nouns of "in support of X", "with the help of X"
    support_prepositions: frozenset[str]  # "in support of X", "with the aid of X"
    hostile_to_holder: str | None  # the tie of who sets out to take a place with who holds it
    supported_against: str | None  # the tie of the one an armed deed supports with the deed's target
    brokered: frozenset[str]      # "a X-brokered truce": X mediates between its makers
    likes: bool                   # the tie holds between actors of a kind: persons with persons, groups with groups
    deals: frozenset[str]         # what is brokered: ceasefire, truce, deal ...
    lost_to: frozenset[str]       # "the fall of X to Y": Y holds X
    prefixes: frozenset[str]      # "the anti-X coalition", "a pro-X militia": the side a phrase takes on X
    led_by: frozenset[str]        # "the anti-X coalition led by Y": Y takes the coalition's side
    seats: frozenset[str]         # a place's titles that name a state's seat, not a hold ("the Syrian capital")
    with_foes: frozenset[str]     # "X is at war with Y": nouns after which "with Y" is the other side
    held_kinds: frozenset[str]    # actors held by one of another kind ("X has ruled Afghanistan")
    areas: frozenset[str]         # "controls all the towns in X": X is held
    counted_among: frozenset[str]  # titles only after "one of": "X is one of the militias within Y"
    hosts: frozenset[str]         # "X hosted the talks between A and B": X mediates
    represents: frozenset[str]    # "X represented Y", "Y, represented by X": X is Y's member
    specifying: frozenset[str]    # "against terrorism, in particular against X": X is a foe too
    mutual: frozenset[str]        # "X and Y have been fighting": the doers are each other's foes
    losing: frozenset[str]        # "X lost control of Y (to Z)": X holds Y no longer
    any_holder_titles: frozenset[str]  # "Turkey, a NATO member": titles any actor holds
    exchanges: frozenset[str]     # "X and Y exchanged fire": mutual verbs with what is traded
    takes_part: frozenset[str]    # "X was involved in attacks against Y": X's deed against Y
    exchanged: frozenset[str]
    inflicts: frozenset[str]      # "X dealt Y a defeat": verbs that give what `inflicted` names
    inflicted: frozenset[str]
    contains: frozenset[str]      # "Y includes X", "Y consists of X": X is a part of Y
    governs: frozenset[str]       # "X heads Y's government": the parts of Y whose head leads Y


@dataclass(frozen=True)
class TreeTie:
    type: str
    subject: Mention
    object: Mention
    cue: tuple[int, int]
    given: tuple[int, int] | None = None   # a transfer's phrase, where its amount is read
    typed: bool = False                    # the reader has checked the actors' types itself


@lru_cache(maxsize=1)
def load_tie_words() -> tuple[tuple[TieWords, ...], frozenset[str]]:
    """The tie words of each type, and the words that make a title a past one."""
    data = load_data("tie_words.yaml")

    def words(spec, key):
        return frozenset(spec.get(key, ()))
    sets = ("verbs", "nouns", "alongside", "against", "not_against", "titles", "taken_from", "joins",
            "join_prepositions", "purposes", "vows", "foes", "supported_in", "held_from", "lost_to", "adjectives",
            "as_part", "direct", "deeds", "support_words", "brokered", "deals", "prefixes", "led_by", "seats",
            "support_prepositions", "represents", "with_foes", "is_part", "areas", "counted_among", "hosts",
            "backs", "means", "efforts", "acting_for", "others", "nationals", "specifying", "mutual",
            "losing", "any_holder_titles", "exchanges", "exchanged", "takes_part", "inflicts", "inflicted",
            "contains", "governs")
    kinds = tuple(TieWords(type=kind, **{key: words(spec, key) for key in sets},
                           objects=words(spec, "objects") or None, hedged=bool(spec.get("hedged")),
                           any_holder=spec.get("holders") == "any", co_doers_of=spec.get("co_doers_of"),
                           purpose=spec.get("purpose", True), hostile_to_holder=spec.get("hostile_to_holder"),
                           supported_against=spec.get("supported_against"), held_kinds=words(spec, "held_kinds"),
                           likes=bool(spec.get("likes")))
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


def stated(token, word: str, nominal: bool, kind: TieWords, roles: Roles, flags: Modality,
           joint: str | None = None) -> list[TreeTie]:
    """The ties one tie word states between its doers and those it is done to; with `joint`,
    the type that doers who act together against an unnamed foe share ("X and Y are committed
    to defeating these terrorists")."""
    if nominal and token.dep_ == "compound":
        return []  # a modifier: "Coalition aircraft", "war crimes" state no tie of their own
    if nominal and token.dep_ == "dobj" and lemma(token.head) in kind.losing:
        return []  # "X lost control of Y": holdings.py reads who holds Y now
    intended = not nominal and is_intended(token)
    matched = word in (kind.nouns if nominal else kind.verbs) or (intended and word in kind.purposes
                                                                   and lemma(token.head) not in kind.vows)
    own = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] \
        if not nominal and (word in kind.direct or kind.objects) else []
    if not nominal and word in kind.direct:
        # "X took the town", "the town was taken by X"; not "was taken prisoner", nor an object borrowed
        matched = bool(own) and not any(c.dep_ in ("oprd", "attr") for c in token.children)
    along = [] if nominal else objects(token, kind.alongside, roles)
    if not matched and word not in kind.not_against and (nominal or not is_reporting_verb(token)):
        # ("reiterate their support ..., in particular against X": what is said is against X, not the saying)
        along += objects(token, kind.against, roles)
    if not nominal and word in kind.taken_from:
        along += objects(token, _FROM, roles)  # "liberated the town from X"
    if not (matched or along):
        return []
    read = flags(token)
    if read is None or read[0] or (read[1] and not kind.hedged) or (intended and not kind.purpose):
        return []  # negated, hedged where a hedge states no tie, or only tried ("attempted to seize")
    doers, done_to = roles.mentions(token, nominal)
    if not nominal and token.dep_ == "acl" and token.tag_ == "VBN":
        # "Y, led by X, and Z": a participle says its words of what comes before it, not of a conjunct after
        done_to = [m for m in done_to if m.span.end <= token.idx]
    # "support for the Malian people in their fight": theirs, even where no actor names them
    supported = _supported(token, nominal, kind, roles)
    doers = supported if supported is not None else (purpose_doers(token, roles) or doers)
    if nominal and not doers and along and token.dep_ == "dobj" and lemma(token.head) not in kind.not_against:
        # "X will fly missions against Y": the verb's doer (not "protecting people against Y")
        doers = roles.mentions(token.head, False)[0]
    part = token.head.head if nominal and token.dep_ == "pobj" else None
    # "X was involved in attacks against Y": X's own deed, whatever kind of actor X is
    taking_part = not doers and bool(along) and part is not None and lemma(part) in kind.takes_part
    if taking_part:
        doers, subjects = roles.mentions(part, False)
        doers = doers or (subjects if passive(part) else [])
    if nominal and matched and not doers and word in kind.with_foes and token.dep_ == "pobj" \
            and token.head.head.pos_ in ("VERB", "AUX"):
        doers = roles.mentions(token.head.head, False)[0]  # "X has been at war with Y"
    carrier = token if not nominal else token.head if token.dep_ == "dobj" else None
    if carrier is not None and kind.acting_for:
        doers = doers + _acted_for(carrier, kind, roles)  # "X is working as part of Z to defeat Y": Z too
    # "holds X together with allied groups": those with it stand beside the doer
    beside = [c for c in token.children if c.dep_ == "prep" and (c.lower_ in _BESIDE or _on_side(c))
              and not (c.lower_ == "with" and word in kind.with_foes)]
    done_to = [m for m in done_to if not any(c.left_edge.idx <= m.span.start <= c.right_edge.idx for c in beside)]
    if matched and not done_to and not nominal:
        # "to degrade and defeat X": coordinated verbs share their object
        done_to = [m for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"
                   for m in roles.mentions(c, False)[1]]
        done_to = done_to or _predicated(token, roles)
    done_to = done_to if matched else along  # "fought alongside X (against Y)": X
    if any(c.dep_ == "prep" and c.lower_ in kind.against for c in token.children):
        done_to = done_to + _singled_out(token, kind, roles)
    if matched and word in kind.direct:
        done_to = [m for c in own for m in roles.phrase_mentions(c)]
    if matched and kind.objects and own and not nominal:
        # a place held is the object itself ("seized Gao", "the town of Gao"), not one its words
        # name ("seized the tanks from the airfield")
        done_to = [m for m in done_to if _at_head(own, m)] + _areas_in(own, kind.areas, roles)
    if matched and not kind.likes and not kind.objects and not nominal:
        # "X commanded a garrison on the Kuwaiti island": what is led is the object's own name,
        # not a place named in its prepositions ("X heads the Y unit"); and
        # "X runs its operations" leads no one its "its" stands for
        done_to = [m for m in done_to if not any(m.span.start >= p.idx for c in token.children if c.dep_ == "dobj"
                                                 for p in c.children if p.dep_ == "prep")
                   and not (m.role == "pronoun" and possessed(token.doc, m) is not None)]
    if word in kind.purposes and word not in kind.verbs:
        # "to counter X", "to counter X's fighters", not "to counter Russian threats": an actor, not its deeds
        done_to = [m for m in done_to if _named_object(token, m, kind)]
    # (a state held is this reader's own reading: the cue lexicon holds places only)
    # "X heads Y's political office": what is led is Y's part, and its head Y's member
    part_of = {id(m) for m in done_to if kind.type == "leads" and not nominal
               and (owned := possessed(token.doc, m)) is not None and owned.dep_ == "dobj" and owned.head.i == token.i
               and lemma(owned) not in kind.governs}  # (who heads Y's government leads Y)
    ties = [TreeTie("member_of" if id(obj) in part_of else kind.type, subject, obj, cue(token),
                    typed=obj.type in kind.held_kinds)
            for subject in doers for obj in done_to
            if subject.entity != obj.entity and subject.type != "location"
            and (obj.type in kind.objects or obj.type in kind.held_kinds and obj.type != subject.type
                 if kind.objects else obj.type != "location")
            and (taking_part or not _leader_for_force(kind, subject, obj))]
    if joint and matched and not done_to and _against_foe(token, kind):
        ties += [TreeTie(joint, a, b, cue(token)) for i, a in enumerate(doers) for b in doers[i + 1:]
                 if a.entity != b.entity and a.type != "person" and b.type != "person" and not one_state(a, b)]
    return ties


def described(token, word: str, kind: TieWords, roles: Roles, flags: Modality) -> list[TreeTie]:
    """A tie said by an adjective: "the rival X and Y factions" (those it names), "X blamed
    the rival Y group" (Y and the doer of the clause)."""
    if token.dep_ != "amod" or word not in kind.adjectives:
        return []
    if flags(token) is None:
        return []  # (an attribute, not a deed a denial could govern: "denied the raid and blamed the rival X")
    noun = token.head
    named = roles.phrase_mentions(noun) or [m for c in noun.children if c.dep_ == "compound"
                                           for m in roles.mentions_at(c)]
    if len(named) == 1:
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        named += roles.mentions(verb, False)[0] if verb is not None else []
    return [TreeTie(kind.type, a, b, cue(token)) for i, a in enumerate(named) for b in named[i + 1:]
            if a.entity != b.entity and "location" not in (a.type, b.type)]


def is_intended(verb) -> bool:
    """A verb told as a purpose, a vow or an attempt: "to seize", "vowed to fight", "committed
    to defeating"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.dep_ == "xcomp" \
        or (verb.tag_ == "VBG" and verb.dep_ == "pcomp")


def _supported(token, nominal: bool, kind: TieWords, roles: Roles) -> list[Mention] | None:
    """"support for X in the fight against Y", "backed X and Z in their efforts to defeat Y":
    the ones supported fight, not the supporter (nor whom "their" would be taken for); None
    where no support frames the fight."""
    noun = token if nominal else token.head if token.dep_ in ("acl", "relcl") else None
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "in" or not kind.supported_in:
        return None
    head = noun.head.head
    for _ in range(4):  # from the one supported ("X and Z") up to the support word
        if lemma(head) in kind.supported_in or head.dep_ not in ("conj", "pobj", "prep", "dobj"):
            break
        head = head.head
    if lemma(head) not in kind.supported_in and head.pos_ in ("VERB", "AUX"):
        # "reiterated their support for X in their fight": the support is the verb's object
        head = next((c for c in head.children if c.dep_ == "dobj" and lemma(c) in kind.supported_in), head)
    if lemma(head) not in kind.supported_in:
        return None
    if head.pos_ in ("VERB", "AUX"):
        return [m for c in head.children if c.dep_ in ("dobj", "dative") for m in roles.phrase_mentions(c)]
    return objects(head, frozenset({"for", "of", "to"}), roles)


def _singled_out(token, kind: TieWords, roles: Roles) -> list[Mention]:
    """"the fight against terrorism, in particular against X": another "against" of the
    sentence that words single out, wherever the parser hung it, names a foe of `token`'s."""
    return [m for t in token.sent if t.dep_ == "prep" and t.lower_ in kind.against and t.head.i != token.i
            and any(w.lower_ in kind.specifying for w in t.subtree if w.i < t.i)
            for o in t.children if o.dep_ == "pobj" for m in roles.phrase_mentions(o)]


def _predicated(participle, roles: Roles) -> list[Mention]:
    """The name a participle's noun is said of: "X is the largest city held by Y", "X, the
    last town held by Y": X."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return []
    noun = participle.head
    if noun.dep_ == "attr":
        return [m for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") for m in roles.phrase_mentions(c)]
    return roles.mentions_at(noun.head) if noun.dep_ == "appos" else []


def _at_head(objects_, mention: Mention) -> bool:
    """`mention` is an object's head, a conjunct of it, or the name after its "of" ("the town
    of X")."""
    heads = [h for o in objects_ for h in (o, *o.conjuncts)]
    heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return any(mention.span.start <= h.idx < mention.span.end for h in heads)


def _areas_in(objects_, areas: frozenset[str], roles: Roles) -> list[Mention]:
    """The places after "in" on an object that is a word for an area: "controls all five
    state capitals in X", "holds much of the territory in X"."""
    return [m for o in objects_ for h in (o, *o.conjuncts) if lemma(h) in areas for c in h.children
            if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"
            for m in roles.mentions_at(p)]


def _named_object(verb, mention: Mention, kind: TieWords) -> bool:
    """The verb's object names `mention` at its head ("X", "X fighters", "the militants of X"),
    not a thing of its ("Russian threats")."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [c for h in heads for c in h.conjuncts]
    return any(mention.span.start <= h.idx < mention.span.end or lemma(h) in kind.foes for h in heads)


def _against_foe(verb, kind: TieWords) -> bool:
    """The verb's object is an enemy no name stands in ("these terrorists", "the militants"),
    not each other."""
    return any(c.dep_ == "dobj" and lemma(c) in kind.foes for c in verb.children)


def purpose_doers(verb, roles: Roles) -> list[Mention]:
    """The doer of a purpose hung on a noun: "the coalition to defeat X" (the noun acts), "its
    efforts to defeat X" (the noun's owner)."""
    if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    noun = verb.head
    owners = [m for c in noun.children if c.dep_ in ("poss", "compound", "amod") and c.i < noun.i
              for m in roles.phrase_mentions(c)]
    # "Operation X, the operation to eliminate Y": the name the noun is apposed to
    apposed = roles.mentions_at(noun.head) if noun.dep_ == "appos" else []
    return roles.mentions_at(noun) or owners or apposed


def _on_side(prep) -> bool:  # "fought on the side of X": beside X
    return prep.lower_ == "on" and any(o.dep_ == "pobj" and o.lower_ == "side" for o in prep.children)


def possessed(doc, mention: Mention):
    """The token `mention` possesses ("office" of "Y's political office", "operations" of "its
    operations"), or None where it is no possessive."""
    span = doc.char_span(mention.span.start, mention.span.end)
    return span.root.head if span is not None and span.root.dep_ == "poss" else None


def _acted_for(verb, kind: TieWords, roles: Roles) -> list[Mention]:
    """The bodies a verb's doer acts as a part of: "X fought Y as part of Z", "X is working
    as part of Z to degrade and defeat Y" (the purpose's verb, or its first conjunct's)."""
    while verb.dep_ == "conj":
        verb = verb.head
    carriers = [verb] + ([verb.head] if verb.dep_ in ("advcl", "xcomp") else [])
    return [m for v in carriers for c in v.children if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children if p.dep_ == "pobj" and lemma(p) in kind.acting_for
            for m in objects(p, frozenset({"of"}), roles) if m.type != "location"]


def objects(token, prepositions: frozenset[str], roles: Roles) -> list[Mention]:
    """The actors named after one of `prepositions` on `token` ("fought alongside X", "sent
    weapons to X": spaCy's dative "to" too)."""
    return [m for c in token.children if c.dep_ in ("prep", "dative") and c.lower_ in prepositions
            for obj in c.children if obj.dep_ == "pobj" for m in roles.phrase_mentions(obj)] if prepositions else []


def _leader_for_force(kind: TieWords, subject: Mention, obj: Mention) -> bool:
    """A person set against a group (or a group against a person) in a tie the tree reads is
    mostly a leader named inside a force's phrase ("fighting the army of General X", "a
    struggle between their leaders, X and Y"): hostility is read between likes only."""
    return kind.likes and (subject.type == "person") != (obj.type == "person")


def one_state(a: Mention, b: Mention) -> bool:
    """A state and its own body ("Mali" and "the Government of Mali"): one side, not two allies."""
    state, other = (a, b) if a.type == "state" else (b, a)
    return state.type == "state" and other.type == "organization" and (
        bool(re.search(rf"\b{re.escape(state.name)}\b", other.name))  # not "Niger" in "Government of Nigeria"
        or bool(state.country) and other.country == state.country)
