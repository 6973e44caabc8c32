"""Coreference: what "he", "its", "the group" and "the ministry" point back to.

Read from the parse, after the named mentions are found:
    descriptions   "the group", "the Tehran-backed militia", "the ministry": a noun headed
                   by a description word of data/name_cues.yaml with "the" or "this" before it; it
                   points to an earlier actor whose type the word can denote (a force whose
                   code says army for "the army"); a description that names its actor
                   itself ("the Houthi movement") needs no antecedent
    pronouns       he, she, him, her, his, they, them, their, it, its: the most salient
                   compatible mention before it (`_salience`): near, a subject, a speaker,
                   often named; "he"/"she" only a person of no other known gender, never a
                   place; "it"/"its" an organisation, group, state or outlet; after a
                   quotation "she added" prefers the person who holds the floor (the last
                   speaker). Pleonastic "it" ("it is unclear whether") points nowhere.
Each reference becomes a Mention of its antecedent's entity with role "description" or
"pronoun"; resolved references are antecedents for later ones, so chains hold.
The plain positional rule the tie readers still use, `antecedent`, lives in salience.py.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..knowledge.ids import slugify
from ..model import Mention, Parsed
from ..nlp import lemma
from .index import MentionIndex, SpanSet
from .reporting import is_reporting_verb
from .salience import (MAX_DISTANCE, antecedent, binding_subject, clause_head, floor_kind, genders, pleonastic,
                       role_salience, unnamed_body)

_MAX_SENTENCES = 4
_STATE_ROLES = ("MIL", "GOV", "COP", "JUD", "SPY")
_GROUPS = ("armed_group", "organization", "state", "population", "media")
# pronoun -> (the entity types it may stand for, its gender)
_PRONOUNS: dict[str, tuple[tuple[str, ...], str | None]] = {
    **{p: (("person",), "m") for p in ("he", "him", "his", "himself")},
    **{p: (("person",), "f") for p in ("she", "her", "hers", "herself")},
    **{p: (_GROUPS, None) for p in ("they", "them", "their", "theirs", "themselves")},
    **{p: (("organization", "armed_group", "state", "media"), None) for p in ("it", "its", "itself")},
}
_SUBJECTS = ("nsubj", "nsubjpass")
# "the group", and the demonstratives that point back harder still ("this terrorist group")
_DEFINITE = ("the", "this", "these", "that", "those")


@dataclass(frozen=True)
class Description:
    types: tuple[str, ...]
    roles: tuple[str, ...] = ()
    indefinite: bool = False
    named: bool = False  # points only to an actor whose own name says it ("the coalition": "the Global Coalition")
    distinct_with: frozenset[str] = frozenset()  # with none named, a body of its own ("the international coalition")
    not_heads: frozenset[str] = frozenset()  # names it never points to by their last word ("the group": no "X Police")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_data("name_cues.yaml")


@lru_cache(maxsize=1)
def description_kinds() -> dict[str, Description]:
    return {head: Description(tuple(spec["types"]), tuple(spec.get("roles") or ()), bool(spec.get("indefinite")),
                              bool(spec.get("named")), frozenset(spec.get("distinct_with") or ()),
                              frozenset(spec.get("not_heads") or ()))
            if isinstance(spec, dict) else Description(tuple(spec)) for head, spec in _data()["descriptions"].items()}


def resolve_references(parsed: Parsed, mentions: list[Mention]) -> list[Mention]:
    """Mentions for the descriptions and pronouns of `parsed` that have an antecedent."""
    found = _Resolver(parsed, mentions)
    found.descriptions()
    found.pronouns()
    return found.added


class _Resolver:
    def __init__(self, parsed: Parsed, mentions: list[Mention]):
        self.parsed = parsed
        self.doc = parsed.doc
        self.index = MentionIndex(mentions)  # grows with every reference resolved: chains hold
        self.added: list[Mention] = []
        self.taken = SpanSet((m.span.start, m.span.end) for m in mentions)
        self.gender = genders(parsed, self.index.mentions)

    def _add(self, target: Mention, start: int, end: int, role: str) -> None:
        mention = Mention(target.entity, target.name, target.type, self.parsed.document.span(start, end),
                          role=role, country=target.country, codes=dict(target.codes))
        self.added.append(mention)
        self.index.add(mention)

    def _before(self, pos: int) -> list[Mention]:
        """The mentions that start within reach before `pos`, in order."""
        return self.index.starting(pos - MAX_DISTANCE - 200, pos)

    # ---- "the group" -------------------------------------------------------------------
    def descriptions(self) -> None:
        kinds = description_kinds()
        not_after = set(_data()["not_after_descriptions"])
        nonstate = set(_data()["nonstate_modifiers"])
        bodies = set(_data()["bodies"])
        roles = set(_data()["roles"])
        for token in self.doc:
            kind = kinds.get(token.lower_)
            if kind is None or token.pos_ not in ("NOUN", "PROPN"):
                continue
            det = next((c for c in token.lefts if c.dep_ == "det"), None)
            indefinite = kind.indefinite
            if det is None and token.dep_ == "compound" and (kind.indefinite or kind.named
                                                             or token.head.lower_ in roles):
                # "an army spokesman", "a government spokesman", "the coalition campaign": the article
                # is the compound's head's, and a role's "a" still means the body named before
                det = next((c for c in token.head.lefts if c.dep_ == "det" and c.i < token.i), None)
                indefinite = kind.indefinite or token.head.lower_ in roles
            # "the Coalition", "Coalition forces": a house style's capitalised short name for one
            short_name = kind.named and token.text[0].isupper() and token.i > token.sent.start
            if short_name and det is None:
                det = token  # without "the"
            elif det is None or not (det.lower_ in _DEFINITE or (indefinite and det.lower_ in ("a", "an"))):
                continue
            nxt = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.lower_ in not_after:
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("of", "for", "to") and not _gerund_or_quote(c)
                   for c in token.rights):
                continue  # "the movement of goods", "the government of Chad": not a reference back
            start, end = det.idx, token.idx + len(token)
            inside = self.index.within(start, end)
            if any(m.type in kind.types for m in inside) or self.index.overlapping(token.idx, token.idx + len(token)):
                continue  # names its own actor, or its head is a name's ("the opposition National Unity Government")
            if token.lower_ in bodies and self._own_name(det, token, inside):
                self._add_body(det.i + 1, token)
                continue
            if kind.named:
                target = next((m for m in _named_before(self.index.mentions, start) if m.type in kind.types
                               and self._called(m, token.lower_)), None) or self._named_after(token, kind)
                if target is not None:
                    self._add(target, start, end, "description")
                elif short_name:
                    self._add_body(token.i, token)
                elif det.lower_ == "the" and any(t.text[0].isupper() or t.lower_ in kind.distinct_with
                                                 for t in self.doc[det.i + 1:token.i]):
                    self._add_body(det.i + 1, token)  # "the international coalition", "the U.S.-led coalition"
                elif det.lower_ == "the" and not any(self._called(m, token.lower_) for m in self.index.mentions):
                    self._add_body(det.i + 1, token)  # "the coalition" of a text that names none: a body of its own
                continue
            state_ok = not ({t.lower_ for t in self.doc[det.i + 1:token.i]} & nonstate)
            # "this terrorist group": an armed group, where the word could name one
            armed = not state_ok and "armed_group" in kind.types
            # "the Quds Force trained the militia": not the clause's own subject
            own = {id(m) for c in token.head.children if c.dep_ in _SUBJECTS and token.dep_ not in _SUBJECTS
                   for m in self.index.overlapping(c.idx, c.idx + len(c))}

            def fits(m: Mention, state_ok=state_ok, own=own, armed=armed) -> bool:
                return (state_ok or not _of_state(m)) and id(m) not in own and (not armed or m.type == "armed_group")
            pool = [m for m in self._before(start) if fits(m)]  # within reach
            target = _with_role(self.index.mentions, start, kind, fits) \
                or self._described_as(self.index.mentions, token, kind) or self._in_other_clause(pool, token, kind) \
                or antecedent(pool, self.parsed.sentences, start, kind.types, self.parsed.text) \
                or (self._main_actor(start, kind.types) if det.lower_ == "the" else None)
            if target is not None and target.name.split()[-1] not in kind.not_heads:
                self._add(target, start, end, "description")

    def _named_after(self, token, kind: Description) -> Mention | None:
        """The one actor called so in a later sentence ("the coalition ... the Global Coalition"
        of a release that names its coalition once, late), when just one is."""
        later = {m.entity: m for m in self.index.mentions if m.span.start >= token.sent.end_char and m.role == "name"
                 and m.type in kind.types and self._called(m, token.lower_)}
        return next(iter(later.values())) if len(later) == 1 else None

    def _called(self, mention: Mention, word: str) -> bool:
        """Whether `mention`'s name holds `word`, or the text calls it so beside it ("the armed
        coalition X", "X, a coalition of gangs")."""
        text = self.parsed.text
        before = text[max(0, mention.span.start - 40):mention.span.start].lower()
        after = text[mention.span.end:mention.span.end + 40].lower()
        return word in mention.name.lower() or bool(
            re.search(rf"\b{word}\s+(?:[\w'’-]+\s+)?$", before)
            or re.match(rf"\W*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{word}\b", after))

    def _own_name(self, det, head, inside: list[Mention]) -> bool:
        """A place or a proper name of its own before a body's head ("the Kharkiv regional
        administration"); a country's adjective alone ("the Latvian foreign ministry") speaks
        for that country."""
        if any(m.type in ("location", "organization") for m in inside):
            return True  # "the Trump administration", "the Latvian ministry" speak for a state
        covered = [(m.span.start, m.span.end) for m in inside]
        return any(t.pos_ == "PROPN" and not any(a <= t.idx < b for a, b in covered) for t in self.doc[det.i + 1:head.i])

    def _add_body(self, first: int, head) -> None:
        """A body named by its own words: an organisation of its own, not a reference back."""
        start, end = self.doc[first].idx, head.idx + len(head)
        name = self.parsed.text[start:end]
        mention = Mention(f"organization:{slugify(name)}", name, "organization", self.parsed.document.span(start, end),
                          role="name")
        self.added.append(mention)
        self.index.add(mention)

    def _described_as(self, pool: list[Mention], token, kind: Description) -> Mention | None:
        """"The director said": the person introduced as the director ("X, the camp's
        director", "director X"), the latest before."""
        if kind.types != ("person",):
            return None
        for m in reversed(pool):
            if m.span.end > token.idx or m.type != "person":
                continue
            head = self.parsed.tokens(m.span.start, m.span.end).root
            roles = [c for c in head.children if c.dep_ in ("appos", "compound")] + \
                    ([head.head] if head.dep_ in ("appos", "compound") else [])
            if any(lemma(r) == lemma(token) for r in roles):
                return m
        return None

    def _in_other_clause(self, pool: list[Mention], token, kind: Description) -> Mention | None:
        """"X will not be drawn in, a leader of the group said": an actor of the same sentence
        that is no argument of the description's own verb."""
        own = clause_head(token)
        sent = token.sent
        for m in reversed(pool):  # the nearest first
            if m.span.start < sent.start_char or m.span.end > token.idx or m.type not in kind.types:
                continue
            head = self.parsed.tokens(m.span.start, m.span.end).root
            governing = clause_head(head) in token.ancestors and head.dep_ in _SUBJECTS + ("dobj",)
            if clause_head(head) is not own and own not in head.ancestors and not governing:
                return m  # not "the army said the group ...": the army is no antecedent there
        return None

    # ---- "he", "its" -------------------------------------------------------------------
    def pronouns(self) -> None:
        floors: dict[str, Mention] = {}  # the last speakers: who "she added" or "it said" most likely is
        for token in self.doc:
            named = self._speaker_named_at(token)
            if named is not None:
                floors[floor_kind(named)] = named
            spec = _PRONOUNS.get(token.lower_)
            if spec is None or token.pos_ not in ("PRON", "DET") or pleonastic(token) \
                    or unnamed_body(token, self.index.overlapping):  # "the international community in its ..."
                continue
            start, end = token.idx, token.idx + len(token)
            if self.taken.covers(start):
                continue
            target = self._ahead(token, spec) \
                or self._best(token, spec, floors.get("person" if spec[0] == ("person",) else "group"))
            if target is not None:
                self._add(target, start, end, "pronoun")
                if spec[1] and target.type == "person":
                    self.gender.setdefault(target.entity, spec[1])  # "she said": now we know
                if token.dep_ in _SUBJECTS and is_reporting_verb(token.head):
                    floors[floor_kind(target)] = target

    def _ahead(self, token, spec: tuple[tuple[str, ...], str | None]) -> Mention | None:
        """Cataphora: a possessive in a phrase put before its clause's subject points to that
        subject ("In a statement carried by its news agency, the group said ..."; "In his
        speech, the president said ...")."""
        if token.dep_ != "poss":
            return None
        # the first clause up the tree with a subject of its own ("carried by its agency" has none)
        clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")
                       and any(c.dep_ in _SUBJECTS for c in a.children)), None)
        subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None) if clause is not None else None
        if subject is None or subject.i < token.i or any(a.i == subject.i for a in token.ancestors):
            return None
        opener = next((a for a in token.ancestors if a.head.i == clause.i), None)
        if opener is None or opener.dep_ not in ("prep", "advcl", "npadvmod") or opener.i > subject.i:
            return None
        m = self._mention_at(subject)
        types, gender = spec
        if m is None or m.type not in types or (gender and self.gender.get(m.entity, gender) != gender):
            return None
        return m

    def _speaker_named_at(self, token) -> Mention | None:
        """The actor named as the subject of a verb of saying whose sentence ends at `token`
        (a person before anyone else the subject's words name)."""
        if not token.is_sent_end:
            return None
        sent = token.sent
        for verb in sent:
            if is_reporting_verb(verb):
                for child in verb.children:
                    if child.dep_ in _SUBJECTS:
                        m = self._mention_at(child)
                        if m is not None and m.type != "location":
                            return m
        return None

    def _mention_at(self, token) -> Mention | None:
        """The mention whose words include `token` or its subtree's named head."""
        inside = self.index.within(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))
        people = [m for m in inside if m.type == "person" and m.role != "pronoun"] or \
            [m for m in inside if m.type == "person"]
        return (people or inside or [None])[0]

    def _best(self, token, spec: tuple[tuple[str, ...], str | None], floor: Mention | None) -> Mention | None:
        types, gender = spec
        pos = token.idx
        sentence = _sentence_index(self.parsed.sentences, pos)
        best, best_score = None, float("-inf")
        before = self._before(pos)
        counts: dict[str, int] = {}
        for m in before:
            counts[m.entity] = counts.get(m.entity, 0) + 1
        # the person holding the floor stays in reach however long the quotation ran
        held = [floor] if floor is not None and all(m.entity != floor.entity for m in before) else []
        bound = binding_subject(token)
        operations = _data()["operations"]  # two words: a list is as quick as a set
        for m in before + held:
            if m.span.end > pos or m.type not in types or (m.role == "adjective" and "person" not in types
                                                             and token.lower_.startswith("it")) \
                    or m.name.split()[0] in operations:
                continue  # "the Armenian statement", "Operation X": an adjective, a campaign is no antecedent
            distance = sentence - _sentence_index(self.parsed.sentences, m.span.start)
            if m not in held and (pos - m.span.end > MAX_DISTANCE or distance > _MAX_SENTENCES):
                continue
            distance = min(distance, _MAX_SENTENCES)
            known = self.gender.get(m.entity)
            if gender and known and known != gender:
                continue
            head = self.parsed.tokens(m.span.start, m.span.end).root
            if distance == 0 and token.dep_ not in ("poss",) and _same_clause_subject(head, token):
                continue  # "the army accused it": not the army itself
            score = -12.0 * distance + (pos - m.span.end) / 10_000  # ties: the earlier, as centering ranks
            score += role_salience(head) + (10 if bound is not None and head.i == bound.i else 0)
            score += 4 if head.dep_ in _SUBJECTS and is_reporting_verb(head.head) else 0
            score += 3 if gender and known == gender else 0
            score += 2 * min(3, counts.get(m.entity, 0))
            if floor is not None and m.entity == floor.entity and token.dep_ in _SUBJECTS:
                # "she added" goes to who holds the floor; "it said" only when nothing nearer fits
                speaking = is_reporting_verb(token.head)
                score += (20 if speaking else 10) if m.type == "person" else (8 if speaking else 0)
            if score > best_score:
                best, best_score = m, score
        return best if best is not None else self._main_actor(pos, types, gender)

    def _main_actor(self, pos: int, types: tuple[str, ...], gender: str | None = None) -> Mention | None:
        """A reference far from any compatible name: the actor the text is about, when one
        stands out (the only person of that gender named so far, an interview's subject; the
        group named at least twice and more often than any other)."""
        counts: dict[str, int] = {}
        last: dict[str, Mention] = {}
        for m in self.index.mentions:
            if m.span.end > pos:
                break
            if m.type in types and (gender is None or self.gender.get(m.entity, gender) == gender):
                counts[m.entity] = counts.get(m.entity, 0) + 1
                last[m.entity] = m
        ranked = sorted(counts.values(), reverse=True)
        if len(ranked) == 1 and (types == ("person",) or ranked[0] >= 2) or \
                len(ranked) > 1 and ranked[0] >= 2 and ranked[0] > ranked[1]:
            return last[max(counts, key=counts.get)]
        return None


def _same_clause_subject(candidate, pronoun) -> bool:
    return candidate.dep_ in _SUBJECTS and candidate.head == pronoun.head and pronoun.dep_ not in _SUBJECTS


def _gerund_or_quote(prep) -> bool:
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return obj is not None and (obj.tag_ == "VBG" or obj.is_quote)


def _sentence_index(sentences: list[tuple[int, int]], pos: int) -> int:
    """The index of the sentence holding `pos`: the first that ends after it."""
    return bisect.bisect_right(sentences, pos, key=lambda s: s[1])


def _of_state(m: Mention) -> bool:
    return m.type == "state" or str(m.codes.get("cameo", "")).endswith(_STATE_ROLES)


def _with_role(mentions: list[Mention], pos: int, kind: Description, fits) -> Mention | None:
    """"the army": the nearest force named before whose code says it is one (…MIL), of those
    `mentions` (in order of start) that `fits`."""
    if not kind.roles:
        return None
    return next((m for m in _named_before(mentions, pos) if m.type in kind.types and fits(m)
                 and any(str(m.codes.get("cameo", "")).endswith(r) for r in kind.roles)), None)


def _named_before(mentions: list[Mention], pos: int):
    """The `mentions` (in order of start) that end by `pos`, nearest first, found by bisection."""
    last = bisect.bisect_left(mentions, pos, key=lambda m: m.span.start)
    return (mentions[i] for i in range(last - 1, -1, -1) if mentions[i].span.end <= pos)
