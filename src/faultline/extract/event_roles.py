"""Who did it, and to whom: an event trigger's actors and targets, read from the parse.

    verb, active   actor: its subject. A verb without one borrows it: a coordinated verb's
                   ("struck and destroyed"), a participle's ("..., killing 12"), a
                   controlling verb's ("vowed to attack": its subject; "ordered troops to
                   attack": its object); a relative clause's subject is the noun it
                   describes ("militants who shelled"), a participle's the noun it follows
                   ("gunmen firing on").
                   target: its object or indirect object, the object of on/against/at/into
                   (data: target_prepositions), or of such a preposition on its object
                   ("fired rockets at X")
    verb, passive  target: its subject ("X was shelled", "a convoy attacked by"); actor: "by X"
    noun           actor: its modifiers ("Israeli airstrikes", "RSF shelling", "the army's
                   raid") or "by/from X"; else, when a support verb carries it ("X launched
                   a barrage", "took part in raids"), that verb's actor. Target: on/against/
                   at/into/of X; "between A and B": A acts, B is the other side. A noun that
                   is a subject ("the strike killed three commanders") takes its verb's object.
A noun phrase names the actors of its own words, its modifiers ("M23 rebels", "Boko Haram
fighters"), "soldiers from X", its apposition, each noun coordinated with it and its company
("X, together with Y"). Pronouns
and descriptions come resolved from coreference. A place is never an actor, and a target
only as an object or after a preposition of aim.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from ..knowledge.datafiles import load_data
from ..model import Mention
from ..nlp import lemma
from .index import MentionIndex

AGENTS = frozenset({"armed_group", "state", "organization", "person", "population", "media"})
_SUBJECTS = ("nsubj", "csubj", "expl")
_MODIFIERS = ("compound", "amod", "poss", "nmod")
RELATIVES = frozenset({"who", "which", "that", "whom"})
_CLIMB = ("conj", "advcl", "xcomp", "pcomp", "acomp")  # verbs (and "is committed to") that share their head's subject
_STEPS = 4


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], ...]:
    data = load_data("events.yaml")
    return frozenset(data["support_verbs"]), frozenset(data["target_prepositions"]), \
        frozenset(data["victim_nouns"]), frozenset(data["speaking_for"]), frozenset(data["side_prefixes"]), \
        frozenset(data["company"]), frozenset(data["whole_peoples"]), frozenset(data["backer_participles"])


class Roles:
    """Reads the actors and targets of trigger tokens; one per document."""

    def __init__(self, mentions: list[Mention]):
        self.index = MentionIndex(mentions)
        self.keep: Callable[[Mention], bool] = _everyone
        self.support, self.aims, self.victims, self.speaking_for, self.sides, self.company, self.peoples, \
            self.backers = _lexicon()

    def participants(self, token, nominal: bool, keep: Callable[[Mention], bool] = None,
                     reach: bool = False) -> tuple[list[str], list[str]]:
        """(actor ids, target ids) of the trigger whose head is `token`; `keep` says which
        mentions may take part. With `reach`, as PETRARCH reads a verb phrase, a verb whose
        subject and objects name no one directly takes the first actor named inside them
        ("Lawmakers in X welcomed the resumption of ties with Y")."""
        actors, targets = self.mentions(token, nominal, keep, reach)
        return [m.entity for m in actors], [m.entity for m in targets]

    def mentions(self, token, nominal: bool, keep: Callable[[Mention], bool] = None,
                 reach: bool = False) -> tuple[list[Mention], list[Mention]]:
        """As `participants`, the mentions that name them (one per actor)."""
        self.keep = keep or _everyone
        if nominal:
            actors, targets = self._noun(token)
        else:
            actors, targets = self._doer(token), self._done_to(token)
            if reach and not targets:
                targets = self._first_after(token)
            if reach and not actors:
                subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
                actors = self._inside(subject)[:1] if subject is not None else []
        actors = _unique(m for m in actors if m.type in AGENTS)
        taken = {m.entity for m in actors}
        targets = _unique(m for m in targets if m.entity not in taken and (m.type in AGENTS or m.type == "location"))
        return actors, targets

    def phrase_mentions(self, token) -> list[Mention]:
        """The actors the noun phrase headed by `token` names."""
        self.keep = _everyone
        return self._phrase(token)

    def mentions_at(self, token) -> list[Mention]:
        """The mentions `token` itself lies in (not its modifiers or conjuncts)."""
        self.keep = _everyone
        return self._at(token)

    # ---- verbs ------------------------------------------------------------------------
    def _doer(self, verb, steps: int = 0, controlled: bool = False) -> list[Mention]:
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                # "X, along with Y, attacked": the parser may hang the company on the verb
                return self._phrase(child) + [m for c in verb.children if self._accompanying(c)
                                              for m in self._company(c)]
            if child.dep_ == "agent":
                return self._objects_of(child)
        if passive(verb):
            # "X was ordered to attack", "X is committed to defeating": X does the deed
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if controlled else None
            return self._phrase(subject) if subject is not None else []
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i and steps < _STEPS:
            # "accused the army of striking": the object does it; "committed to defeating": the subject
            obj = next((c for c in head.head.children if c.dep_ in ("dobj", "dative")), None)
            return self._phrase(obj) if obj is not None else self._doer(head.head, steps + 1, controlled=True)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return self._phrase(head)  # "gunmen firing on the crowd"
        if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            governing = _governing_verb(head)  # "used the cover of a riot to open fire"
            return self._doer(governing, steps + 1) if governing is not None and steps < _STEPS else []
        if verb.dep_ in _CLIMB and head.i != verb.i and steps < _STEPS:
            if verb.dep_ == "xcomp":  # "ordered troops to attack": the object acts
                obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
                if obj is not None:
                    return self._phrase(obj)
            return self._doer(head, steps + 1, controlled=verb.dep_ == "xcomp")
        return []

    def _done_to(self, verb) -> list[Mention]:
        found: list[Mention] = []
        if passive(verb):
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subject is not None:
                found += self._phrase(subject)
            elif verb.dep_ in ("acl", "conj") and verb.head.i != verb.i:
                # "a convoy attacked by gunmen", "was shelled and burned"
                found += self._phrase(verb.head) if verb.dep_ == "acl" or _noun_conjunct(verb) \
                    else self._done_to(verb.head)
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                found += self._objects_of(child)  # "sent weapons to X"
            elif child.dep_ in ("dobj", "dative"):
                found += self._phrase(child)
                found += [m for prep in child.children if self._aimed(prep) for m in self._objects_of(prep)]
            elif self._aimed(child):
                found += self._objects_of(child)
        if not found:  # "pledged to deliver tanks to X", "vowed to attack X"
            found += [m for c in verb.children if c.dep_ == "xcomp" for m in self._done_to(c)]
        return found

    def _first_after(self, verb) -> list[Mention]:
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("dobj", "prep", "dative", "attr", "prt", "npadvmod"):
                found = [m for m in self._inside(child) if m.type in AGENTS or m.type == "location"]
                if found:
                    return found[:1]
        return []

    # ---- nouns ------------------------------------------------------------------------
    def _noun(self, noun) -> tuple[list[Mention], list[Mention]]:
        actors: list[Mention] = []
        targets: list[Mention] = []
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            actors += self._modifiers(noun)
            noun = noun.head  # "attack drones", "strike group": the phrase is the deed
        actors += self._modifiers(noun)
        for child in noun.children:
            self._read_prep(child, actors, targets, of=True)
        carrier = self._carrier(noun)
        if carrier is not None:
            # "X launched drones at Y", "a meeting was held between A and B"
            if not actors:
                actors = self._doer(carrier)
            for child in carrier.children:
                self._read_prep(child, actors, targets, of=False)
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBG":
                targets += self._done_to(child)  # "airstrikes hitting targets inside Gaza"
            elif child.dep_ == "relcl" and _told_within(child):
                # "an attack in which gunmen hit the ship": the clause tells the deed itself
                actors = actors or self._doer(child)
                targets += self._done_to(child)
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            verb = noun.head  # "the strike killed three commanders"
            targets += [m for c in verb.children if c.dep_ in ("dobj", "dative") for m in self._phrase(c)]
        return actors, targets

    def _modifiers(self, noun) -> list[Mention]:
        return [m for c in noun.children if c.i < noun.i and c.dep_ in _MODIFIERS for m in self._inside(c)]

    def _read_prep(self, child, actors: list[Mention], targets: list[Mention], of: bool) -> None:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in ("by", "from")):
            actors += self._objects_of(child)
        elif child.dep_ == "prep" and child.lower_ == "between":
            first = next((c for c in child.children if c.dep_ == "pobj"), None)
            if first is not None:  # "between A and B": A acts, B is the other side
                actors += self._at(first) or self._modifiers(first)
                targets += [m for c in first.children if c.dep_ == "conj" for m in self._phrase(c)]
        elif self._aimed(child) or (of and child.dep_ == "prep" and child.lower_ == "of"):
            targets += self._objects_of(child)

    def _carrier(self, noun):
        """The support verb that carries a noun: "X launched a barrage", "X took part in
        raids", "an offensive was launched by X"; None if it has none."""
        head = noun
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            head = noun.head  # "took part in raids": the preposition hangs on "part" or the verb
            if head.head.dep_ == "dobj":
                head = head.head
        if head.dep_ in ("dobj", "nsubjpass", "prep", "attr") and head.head.i != head.i \
                and lemma(head.head) in self.support:
            return head.head
        return None

    # ---- noun phrases -----------------------------------------------------------------
    def _phrase(self, token, depth: int = 0, own: bool = False) -> list[Mention]:
        """The actors a noun phrase headed by `token` names; with `own`, only those its head
        and the phrases coordinated with it name, not its modifiers' ("X, the main US partner")."""
        if depth > 3:
            return []
        found = self._at(token)
        if not found and token.lower_ == "whose":
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            return self._phrase(clause.head, depth + 1) if clause is not None else []  # "X, whose founder"
        if not found and token.lower_ in RELATIVES and token.head.dep_ == "relcl":
            noun = token.head.head
            if noun.dep_ == "attr" and not self._at(noun):
                # "X is a general who commanded Y": the one the copula's subject names
                return [m for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        for m in self._phrase(c, depth + 1)]
            return self._phrase(noun, depth + 1)  # "militants who shelled"
        if not found and not own and (lemma(token) not in self.victims or self._whole_people(token)):
            for child in token.children:
                if child.i < token.i and child.dep_ in _MODIFIERS and not self._backer(child):
                    found += self._inside(child)  # "M23 rebels", "Iran's proxies"
                elif child.dep_ == "prep" and token.pos_ in ("NOUN", "PROPN") and (child.lower_ in ("of", "from")
                                                                              or child.lower_ == "for" and lemma(token) in self.speaking_for):
                    found += self._objects_of(child, depth=depth + 1)  # "soldiers from X", "a spokesman for X"
                elif child.dep_ == "prep" and child.lower_ == "of" and token.pos_ in ("NUM", "PRON"):
                    found += self._objects_of(child, depth=depth + 1)  # "one of its ships": a part of what they name
        named = bool(found)
        for child in token.children:
            if child.dep_ in ("conj", "appos"):
                # an apposition to a name describes it: "X, the main US partner" is X, not the US
                found += self._phrase(child, depth + 1, own=named and child.dep_ == "appos")
            elif self._accompanying(child):
                found += self._company(child, depth + 1)  # "X, together with Y": Y acts with X
        return found

    def _whole_people(self, token) -> bool:
        """"the Iraqi people": a whole people, whose adjective names its side (not "Iraqi
        people were killed", "500 people")."""
        return lemma(token) in self.peoples and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
            and not any(c.dep_ == "nummod" for c in token.children)

    def _accompanying(self, prep) -> bool:
        """"together with Y", "along with Y": a company that does what its head does."""
        return prep.dep_ == "prep" and (prep.lower_ in self.company or prep.lower_ == "with"
                                        and any(c.lower_ in self.company for c in prep.children))

    def _company(self, prep, depth: int = 0) -> list[Mention]:
        """Who "together with", "along with" names (the parser hangs "with" on either word)."""
        withs = [prep] if prep.lower_ == "with" else \
            [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"]
        return [m for w in withs for m in self._objects_of(w, depth)]

    def _objects_of(self, prep, depth: int = 0) -> list[Mention]:
        return [m for obj in prep.children if obj.dep_ == "pobj" for m in self._phrase(obj, depth)]

    def _aimed(self, token) -> bool:
        return token.dep_ in ("prep", "dative") and token.lower_ in self.aims

    def _at(self, token) -> list[Mention]:
        return [m for m in self.index.overlapping(token.idx, token.idx + len(token)) if self.keep(m)]

    def _inside(self, token) -> list[Mention]:
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        # "the anti-X coalition", "pro-X militias": X is the side the phrase takes, not who it names
        sided = {t.idx for t in token.doc[token.left_edge.i:token.right_edge.i + 1] if self.side_of(t)}
        return [m for m in self.index.overlapping(start, end) if self.keep(m) and m.span.start not in sided]

    def _backer(self, modifier) -> bool:
        """"Iran-backed" in "Iran-backed militias": a backer named by a hyphenated participle."""
        return modifier.lower_ in self.backers and any(c.text == "-" for c in modifier.children)

    def side_of(self, token) -> str | None:
        """The prefix that makes `token` (a name's first word) a side taken: "anti" in
        "anti-X", "pro" in "pro-X"; None when it has none."""
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in self.sides:
            return doc[token.i - 2].lower_
        return None


def _governing_verb(token):
    """The verb a noun phrase hangs from: "used the cover of a riot" for "riot"."""
    for _ in range(_STEPS + 2):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _everyone(mention: Mention) -> bool:
    return True


def passive(verb) -> bool:
    """`verb` is told in the passive: "X was shelled", "a convoy attacked by Y"."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("acl", "conj") and not any(c.dep_ in _SUBJECTS for c in verb.children) \
        and (verb.dep_ == "acl" or _noun_conjunct(verb) or passive(verb.head))


def _noun_conjunct(verb) -> bool:
    """"X, a gang based in Y and led by Z": the parser may hang the second participle on the
    name itself, as its conjunct; it is said of the name all the same."""
    return verb.dep_ == "conj" and verb.head.pos_ in ("NOUN", "PROPN")


def _unique(mentions) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.entity not in seen:
            seen.add(m.entity)
            out.append(m)
    return out


def _told_within(clause) -> bool:
    """A relative clause opened by "in/during which": it tells the happening its noun names."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "during") and c.i < clause.i
               and any(p.lower_ == "which" for p in c.children) for c in clause.children)
