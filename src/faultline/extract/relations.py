"""Relations: the standing ties between actors that one document states.

`extract_relations(document, sentences, mentions, claims)` returns the twelve contract types
(funds, arms, trains, supports, leads, member_of, part_of, allied_with, rival_of, controls,
based_in, mediates). The cue phrases live in data/relations.yaml, grouped by *frame*: where
the two actors stand around the cue; relation_cues.py compiles them, relation_actors.py
answers "who stands there" (clause subject, adjoining name, listed objects, pronouns).

    verb / noun        "X arms Y", "X, which controls Y", "Y, which X funds", "X's funding of
                       Y", "X offers training to both groups" (the pair named before), "X
                       also offers training" (the recipients of X's last transfer)
    passive            "Y, backed by X", "It is led by X"; passive_clause: "Y has the same
                       backer in X", "Y ... after a decade controlled by X"
    role / title       "X, head of Y", "Y leader X", "Y's correspondent, X", "President X"
                       (the person's own state), "Z's senior adviser X" (Z's state), "X is
                       Y's proxy"
    compound           "X-backed Y", "X-controlled Y", "a Y-based group", "it is Y-based"
    pair               "X and Y are rivals", "they are co-conspirators" (symmetric types)
    continues          "..., as well as training and weapons": the actors of the tie stated
                       before in the sentence (outside brackets); "though some remain in Z"
    money              a giving verb, an amount (nlp/money.py) and its recipient: "X
                       provided $30m annually to Y (it gives $70m to Z and an average $1bn
                       to W)", "X gave Y $5m"; money_received: "Y received $5m from X"
    possessive / host  "X's Y Brigade" (a state's own unit), "an institute at Z University"

Decisions:
  * A negated tie ("does not fund", "denied arming") is not emitted: the contract's Relation
    has no negated field. Nor is one under a modal just before its cue ("could arm"), one
    asked about, or a past role ("former head of").
  * Subject and object are mention entity ids and always differ; "it", "they" and "its" go
    to their antecedent (coreference.antecedent), "they" preferably to the pair just named.
  * One relation per (type, subject, object) per document ({subject, object} for the
    symmetric types), every sentence stating it an evidence span (the whole sentence).
  * `amount` is the first stated one; an aggregate sent "to groups such as Y and Z" goes to
    each with `shared=True` (it bounds no one group's share); money paid "for" goods is a
    purchase. `date`
    is the first date of the cue's part of its clause ("as of May 2018, X provided ...").
  * `attributed_to` is the speaker of the claim whose content holds the cue; a tie the
    document also states on its own authority is not attributed.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass

from ..model import SYMMETRIC_RELATIONS, Amount, Claim, Document, Mention, Relation
from ..nlp.dates import find_dates
from ..nlp.money import find_amounts
from .relation_actors import Surroundings
from .relation_cues import (ADJECTIVAL, AND_MORE, APPOSITION, COMPOUND_HEAD, FRAMES, GIVER, IN_PHRASE, MODIFIER_GAP,
                            NOMINAL, PASSIVE_GAP, POSSESSOR_GAP, PREDICATIVE, PURCHASE, RECIPIENT, RELATIVE_OBJECT,
                            ROLE_GAP, TITLE_GAP, Cue, load_relation_cues)

# Frames read by their own passes rather than around each cue match.
_SPECIAL = frozenset({"continues", "money", "money_received", "possessive", "host"})


@dataclass
class _Statement:
    """One sentence's statement of a tie, before ties are merged across the document."""
    type: str
    subject: Mention
    object: Mention
    cue: tuple[int, int]
    amount: Amount | None = None


def extract_relations(document: Document, sentences: list[tuple[int, int]], mentions: list[Mention],
                      claims: list[Claim]) -> list[Relation]:
    """The ties `document` states; `sentences` are (start, end) offsets into its text."""
    finder = _RelationFinder(document, sentences, mentions, claims)
    for sentence in sentences:
        finder.read(sentence)
    return finder.relations()


class _RelationFinder:
    def __init__(self, document: Document, sentences: list[tuple[int, int]], mentions: list[Mention],
                 claims: list[Claim]):
        self.doc, self.text = document, document.text
        self.lex = load_relation_cues()
        self.at = Surroundings(self.text, sentences, mentions, claims, self.lex.institutions)
        self.claims = claims
        self.names = [m for m in mentions if m.role != "description"]
        self.dates = find_dates(self.text, document.published)
        self.amounts = find_amounts(self.text)
        self.statements: list[_Statement] = []

    # ---- one sentence --------------------------------------------------------------------
    def read(self, sentence: tuple[int, int]) -> None:
        start, end = sentence
        if self.text[start:end].rstrip().endswith("?"):
            return  # asked about, not stated
        found = [(m.start(), m.end(), cue) for cue in self.lex.cues if cue.frame not in _SPECIAL
                 for m in cue.pattern.finditer(self.text, start, end)
                 if not self._inside_name(m.start(), m.end())]
        found.sort(key=lambda f: (f[0] - f[1], list(FRAMES).index(f[2].frame), f[0]))
        taken: list[tuple[int, int, str]] = []
        for s, e, cue in found:
            if self._suppressed(s, e, cue.type, taken):
                continue
            left, right = getattr(self, "_" + cue.frame)(s, e, cue, *self._sides(cue))
            if self._emit(cue, left, right, (s, e)):
                taken.append((s, e, cue.type))
        self._money(sentence)
        self._structure(sentence)
        self._continues(sentence, taken)

    def _sides(self, cue: Cue) -> tuple[frozenset[str], frozenset[str]]:
        subjects, objects = self.lex.subjects[cue.type], self.lex.objects[cue.type]
        if cue.type == "member_of":
            objects = objects | {"person"}  # "Z's adviser X": Z's state, when Z leads one
        return (objects, subjects) if FRAMES[cue.frame] else (subjects, objects)

    def _emit(self, cue: Cue, left: list[Mention], right: list[Mention], span: tuple[int, int],
              amount: Amount | None = None) -> bool:
        subjects, objects = (right, left) if FRAMES[cue.frame] else (left, right)
        if cue.type == "member_of":
            objects = [self.at.state_of(m) or m if m.type == "person" else m for m in objects]
        if not subjects or not objects or self._unasserted(cue, span):
            return False
        made = False
        for s in subjects:
            for o in objects:
                if s.entity != o.entity and s.type in self.lex.subjects[cue.type] \
                        and o.type in self.lex.objects[cue.type]:
                    self.statements.append(_Statement(cue.type, s, o, span, amount))
                    made = True
        return made

    def _unasserted(self, cue: Cue, span: tuple[int, int]) -> bool:
        """Negated ("does not fund", "denied arming"), hedged ("could arm") or past ("former head of")."""
        sentence = self.at.sentence(span[0])
        before = self.text[sentence[0]:span[0]]
        breaks = list(re.finditer(r"[,;:—–(]|\s-\s", before))
        clause = before[breaks[-1].end():] if breaks else before
        words = re.findall(r"[\w’'-]+", clause)
        near = " ".join(words[-3:] if cue.frame in NOMINAL else words[-6:])
        negated = bool(self.lex.negation.search(near) or (cue.frame not in NOMINAL and self.lex.denial.search(clause)))
        hedged = cue.frame not in NOMINAL and bool(re.search(rf"(?:{self.lex.hedges.pattern})\s+(?:\S+\s+)?$",
                                                               " ".join(words[-2:]) + " ", re.I))
        past = cue.frame in ("role", "title", "title_state") and bool(self.lex.past.search(" ".join(words[-3:])))
        return negated or hedged or past

    def _inside_name(self, start: int, end: int) -> bool:
        return any(m.span.start < end and start < m.span.end for m in self.names)

    @staticmethod
    def _suppressed(s: int, e: int, kind: str, taken: list[tuple[int, int, str]]) -> bool:
        """A cue inside a longer one already read ("Vice President" is no "President")."""
        return any((k == kind and s < te and ts < e) or (ts <= s and e <= te and (ts, te) != (s, e))
                   for ts, te, k in taken)

    # ---- frames: each returns the names before and after the cue ------------------------
    def _verb(self, s, e, cue, left_types, right_types):
        if ADJECTIVAL.search(self.text[max(0, s - 12):s]) or self.at.adjectival(s, e):
            return [], []
        clause = self.at.clause(s)
        relative = RELATIVE_OBJECT.search(self.text, clause.start, s)  # "X and other groups it backs"
        if relative:  # its "it" is the clause's subject, else the pronoun's antecedent
            objects = self.at.adjoining(relative.start(), right_types, re.compile(r"\s*"))
            who = [m for m in self.at.clause_subjects(relative.start(), left_types, clause) if m not in objects]
            found = who or [self.at.resolve(relative.group("who"), relative.start("who"), left_types)]
            return [m for m in found if m], objects
        gerund = re.search(r"\b(?:of|for|from|by|in|with|without)\s+$", self.text[max(0, s - 10):s]) \
            if self.text[s:e].lower().endswith("ing") else None  # "accused X of arming Y": X arms
        subjects = ((gerund and self.at.adjoining(s - len(gerund.group()), left_types, re.compile(r"\s*")))
                    or self.at.clause_subjects(s, left_types, clause))
        objects = self.at.following(e, right_types, 4) or self.at.plural_after(e, right_types, self.lex.plural)
        anchor = clause.anchor
        if not objects and anchor and subjects and anchor not in subjects and anchor.type in right_types:
            objects = [anchor]  # "Y, which X funds"
        if not objects and len(subjects) > 1 and re.match(r"\s+(?:each other|one another)\b", self.text[e:e + 15]):
            subjects, objects = subjects[:1], subjects[1:2]  # "X and Y fought alongside each other"
        return subjects, objects

    def _noun(self, s, e, cue, left_types, right_types):
        subjects = (self.at.adjoining(s, left_types, MODIFIER_GAP) or self.at.clause_subjects(s, left_types))
        preposition = bool(re.search(r"\b(?:to|for|with|of|over|on|between)$", self.text[s:e], re.I))
        objects = (self.at.following(e, right_types, 3 if preposition else 8, need_preposition=not preposition)
                   or self.at.plural_after(e, right_types, self.lex.plural))
        if subjects and not objects and re.search(r"\balso\b", self.text[self.at.clause(s).start:s]):
            objects = self._recipients_before(s, subjects, cue)  # "X also offers training"
        return subjects, objects

    def _passive(self, s, e, cue, left_types, right_types):
        left = self.at.adjoining(s, left_types, PASSIVE_GAP)
        if left and IN_PHRASE.search(self.text[max(0, left[-1].span.start - 20):left[-1].span.start]):
            return [], []  # "the last city in X still held by Y": the city is held, not X
        return left or self.at.pronoun_before(s, left_types), self.at.following(e, right_types, 2)

    def _passive_clause(self, s, e, cue, left_types, right_types):
        left, right = self.at.clause_subjects(s, left_types), self.at.following(e, right_types, 2)
        between = re.match(r"\s+between\s+", self.text[right[-1].span.end:]) if right and not left else None
        if between:  # "a truce mediated by X between Y and Z"
            left = self.at.following(right[-1].span.end + between.end(), left_types, 1)
        return left, right

    def _role(self, s, e, cue, left_types, right_types):
        left, right = self.at.adjoining(s, left_types, ROLE_GAP), self.at.following(e, right_types, 2)
        if right and not left:  # "the head of Y, X,"
            after = self.at.following(right[-1].span.end, left_types, 0)
            comma = after and re.fullmatch(r"\s*,\s*", self.text[right[-1].span.end:after[0].span.start])
            left = after[:1] if comma else []
        return left, right

    _role_reverse = _role

    def _title(self, s, e, cue, left_types, right_types):
        left = self.at.adjoining(s, left_types, TITLE_GAP, coordinate=False)
        right = [m for m in self.at.following(e, right_types, 1) if m.type == "person" or "person" not in right_types]
        if not right and left and re.match(r"\s*(?:[,.;)]|$)", self.text[e:e + 3]):  # "X, a senior Y official,"
            right = self.at.adjoining(left[0].span.start, right_types, APPOSITION, coordinate=False)
        return left, right[:1]

    def _title_state(self, s, e, cue, left_types, right_types):
        left, right = self._title(s, e, cue, left_types, right_types)
        if right and not left:
            state = self.at.state_of(right[0], before=s)
            left = [state] if state else []
        return left, right

    def _title_reverse(self, s, e, cue, left_types, right_types):
        left = (self.at.adjoining(s, left_types, POSSESSOR_GAP, coordinate=False)  # "Y's proxy", "an Iranian proxy"
                or [m for m in self.at.adjoining(s, left_types, re.compile(r"\s+"), coordinate=False)
                    if m.role == "adjective"])
        if not left and re.search(r"\b(?:its|their|his|her)\s+(?:[a-z][\w-]*\s+)?$", self.text[max(0, s - 30):s]):
            left = self.at.pronoun_before(s, left_types)
        right = self.at.following(e, right_types, 3)
        listed = r"\s*,?\s*(?:(?:such as|including|like|the)\s+)*"  # "Y's proxies such as X", "its rival, the X"
        if right and not re.fullmatch(listed, self.text[e:right[0].span.start]):
            right = []  # not "an Iranian proxy, control much of X"
        if left and not right:  # "X is Y's most powerful proxy"
            subject = self.at.clause_subjects(left[0].span.start, right_types)[:1]
            copula = r"\s+(?:is|are|was|were|remains?|became|(?:has|have)(?: long)? been)\s+(?:\w+\s+)?$|\s*,\s*an?\s+"
            between = self.text[subject[0].span.end:left[0].span.start] if subject else ""
            right = subject if subject and re.fullmatch(copula, between) else []
        return left, right

    def _compound(self, s, e, cue, left_types, right_types):
        left = self.at.ending_at(s, left_types)
        if left is None:
            return [], []
        inside = self.at.containing(s, e, right_types)  # "the Tehran-backed Palestinian group"
        if inside:
            return [left], [inside]
        head = COMPOUND_HEAD.match(self.text, e)
        right = self.at.following(e, right_types, 5)
        noun = re.fullmatch(r"\s*([a-z]+)\s+", self.text[e:right[0].span.start]) if right else None
        if right and ((head and right[0].span.start <= head.end()) or (noun and noun.group(1) in self.lex.heads)):
            return [left], right
        if PREDICATIVE.match(self.text, e):  # "its membership is Gaza-based"
            return [left], self.at.clause_subjects(left.span.start, right_types)
        return [left], []

    _compound_reverse = _compound

    def _pair(self, s, e, cue, left_types, right_types):
        if re.match(r"\s+(?:of|to|with|for)\b", self.text[e:e + 6]):
            return [], []  # "allies of Y" is a role, not a pair
        sentence = self.at.sentence(s)
        pair = (self.at.pair_before(sentence[0], s, left_types)
                or self.at.pair_before(e, min(e + 60, sentence[1]), left_types))  # "the rivals X and Y"
        if not pair and re.search(r"\b(?:they|the two|both)\b", self.text[sentence[0]:s], re.I):
            earlier = [x for x in self.at.sentences if x[1] <= sentence[0]][-1:]
            pair = self.at.pair_before(earlier[0][0], earlier[0][1], left_types) if earlier else []
        return pair[:1], pair[1:2]

    def _recipients_before(self, pos: int, subjects: list[Mention], cue: Cue) -> list[Mention]:
        """The recipients of the subjects' last transfer in this or the previous sentence."""
        after = next((c.after for c in self.lex.cues if c.type == cue.type and c.frame == "continues"), ())
        sentence = self.at.sentence(pos)
        lower = ([x for x in self.at.sentences if x[1] <= sentence[0]][-1:] or [sentence])[0][0]
        ids = {m.entity for m in subjects}
        found = [st for st in self.statements
                 if st.type in after and st.subject.entity in ids and lower <= st.cue[0] < pos]
        last = max((st.cue[0] for st in found), default=None)
        return list({st.object.entity: st.object for st in found if st.cue[0] == last}.values())

    # ---- money, structure, continuations ----------------------------------------------------
    def _money(self, sentence: tuple[int, int]) -> None:
        for cue in (c for c in self.lex.cues if c.frame in ("money", "money_received")):
            received = cue.frame == "money_received"
            left_types, right_types = self._sides(cue)
            previous = None  # (clause start, the giver or recipient before, verb span, end of the names after)
            for am in (a for a in self.amounts if sentence[0] <= a.start < sentence[1]):
                clause = self.at.clause(am.start)
                lower = previous[3] if previous and previous[0] == clause.start else clause.start
                verbs = [v for v in cue.pattern.finditer(self.text, lower, am.start)
                         if len(re.findall(r"\S+", self.text[v.end():am.start])) <= 6]
                if verbs:
                    verb = (verbs[-1].start(), verbs[-1].end())
                    left = self.at.clause_subjects(verb[0], left_types, clause)
                    # "gave X $70m": the recipient between the verb and the amount
                    right = [] if received else self.at.following(verb[1], right_types, 1, end=am.start)
                elif previous and previous[0] == clause.start and AND_MORE.fullmatch(self.text, previous[3], am.start):
                    left, verb, right = previous[1], previous[2], []  # "... and an average $1bn to Z"
                else:
                    continue
                right = right or self._recipients(am.end, right_types, clause.end, GIVER if received else RECIPIENT)
                purchase = PURCHASE.match(self.text, am.end)
                if not received and purchase and not any(m.span.start == purchase.end() for m in right):
                    continue  # "paid X $25m for drones"
                amount = am.amount if len(right) == 1 else dataclasses.replace(am.amount, shared=True)
                if right and self._emit(cue, left, right, (verb[0], am.end), amount):
                    previous = (clause.start, left, verb, max(o.span.end for o in right))

    def _recipients(self, pos: int, types: frozenset[str], end: int, preposition: re.Pattern[str]) -> list[Mention]:
        for m in preposition.finditer(self.text, pos, min(end, pos + 60)):
            found = (self.at.following(m.end(), types, 4, end=end)
                     or self.at.plural_reference(m.end(), types, self.lex.plural))
            if found:
                return found
        return []

    def _structure(self, sentence: tuple[int, int]) -> None:
        """"Iran's Quds Force" (a state's own unit) and "an institute at Z University"."""
        outer = self.at.within(*sentence)
        for cue in (c for c in self.lex.cues if c.frame in ("possessive", "host")):
            subjects, objects = self.lex.subjects[cue.type], cue.objects or self.lex.objects[cue.type]
            hosts = re.compile(rf"\b(?:{'|'.join(map(re.escape, cue.forms))})\b")
            for a, b in zip(outer, outer[1:]):
                gap = self.text[a.span.end:b.span.start]
                if cue.frame == "possessive" and re.fullmatch(r"[’']s?\s+", gap) and a.type in objects \
                        and b.type in subjects and a.role not in ("adjective", "people") \
                        and not (b.country and (a.country or a.entity) != b.country) \
                        and b.codes.get("cameo", "")[3:6] not in cue.unless:
                    self._emit(cue, [a], [b], (a.span.start, b.span.end))
                if cue.frame == "host" and re.fullmatch(r"\s+at\s+(?:the\s+)?", gap) and a.type in subjects \
                        and b.type in objects and hosts.search(b.span.text):
                    self._emit(cue, [a], [b], (a.span.start, b.span.end))

    def _continues(self, sentence: tuple[int, int], taken: list[tuple[int, int, str]]) -> None:
        for cue in (c for c in self.lex.cues if c.frame == "continues"):
            for m in cue.pattern.finditer(self.text, *sentence):
                s, e = m.start(), m.end()
                if self._inside_name(s, e) or self._suppressed(s, e, cue.type, taken) \
                        or not self.lex.connectors.search(self.text, max(sentence[0], s - 40), s):
                    continue
                earlier = [st for st in self.statements if st.type in cue.after and sentence[0] <= st.cue[0] < s
                           and not self.at.in_brackets(st.cue[0])]
                if not earlier:
                    continue
                last = max(st.cue[0] for st in earlier)
                group = [st for st in earlier if st.cue[0] == last]
                subjects = list({st.subject.entity: st.subject for st in group}.values())
                objects = (self.at.following(e, self.lex.objects[cue.type], 2)
                           or list({st.object.entity: st.object for st in group}.values()))
                if self._emit(cue, subjects, objects, (s, e)):
                    taken.append((s, e, cue.type))

    # ---- the document's relations ------------------------------------------------------------
    def relations(self) -> list[Relation]:
        merged: dict[tuple[str, ...], Relation] = {}
        for st in sorted(self.statements, key=lambda st: st.cue[0]):
            a, b = st.subject.entity, st.object.entity
            key = (st.type, *sorted((a, b))) if st.type in SYMMETRIC_RELATIONS else (st.type, a, b)
            sentence = self.at.sentence(st.cue[0])
            start, end = _trim(self.text, *sentence)
            evidence = self.doc.span(start, end)
            speaker = self._speaker(st.cue[0])
            clause = self.at.clause(st.cue[0])
            comma = self.text.find(",", st.cue[1], clause.end)  # the cue's own part of its clause
            limit = clause.end if comma < 0 else comma
            date = next((d.date for d in self.dates if clause.start <= d.start < limit), None)
            relation = merged.get(key)
            if relation is None:
                merged[key] = Relation(id=_relation_id(self.doc.id, st.type, a, b, start), type=st.type, subject=a,
                                       object=b, evidence=[evidence], amount=st.amount, date=date,
                                       attributed_to=speaker)
                continue
            if evidence not in relation.evidence:
                relation.evidence.append(evidence)
            relation.amount = relation.amount or st.amount
            relation.date = relation.date or date
            if speaker is None:
                relation.attributed_to = None  # the document states it on its own authority too
        return list(merged.values())

    def _speaker(self, pos: int) -> str | None:
        for claim in self.claims:
            content = claim.evidence[0] if claim.evidence else None
            if content and content.start <= pos < content.end and claim.speaker:
                return claim.speaker
        return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`start:end` without the spaces and line breaks around it."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def _relation_id(doc: str, kind: str, subject: str, obj: str, start: int) -> str:
    return "relation:" + hashlib.sha1(f"{doc}|{kind}|{subject}|{obj}|{start}".encode()).hexdigest()[:12]
