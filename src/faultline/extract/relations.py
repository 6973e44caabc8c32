"""Relations: the standing ties between actors that one document states.

`extract_relations(document, sentences, mentions, claims)` returns the twelve contract types
(funds, arms, trains, supports, leads, member_of, part_of, allied_with, rival_of, controls,
based_in, mediates). The cue phrases live in data/relations.yaml, grouped by *frame*: where
the two actors stand around the cue; ties/cues.py compiles them, ties/frames.py reads
each frame, ties/money.py reads amounts and purchases, and ties/actors.py answers
"who stands there" (clause subject, adjoining name, listed objects, pronouns).

    verb / noun        "X arms Y", "X, which controls Y", "Y, which X funds", "X, which hosts
                       ..., funds Y", "X's funding of Y", "X offers training to both groups"
                       (the pair named before), "X also offers training" (the recipients of
                       X's last transfer), "X is fighting alongside militias known as Y"
    passive            "Y, backed by X", "It is led by X", "Y (Y), a coalition led by X", "Y, led by
                       former police officer X" (role words and a quoted nickname skipped), "Y,
                       which has seized ..., is led militarily by X", "X is the last city in
                       Z still held by Y"; passive_clause: "Y has the same backer in X"
    role / title       "X, head of Y", "Y leader X", "Y's correspondent, X", "President X"
                       (the person's own state, else the last state named before in the
                       sentence, else the state the document names most), "its leader, X"
                       (the antecedent), "X, a Y leader" / "X, one of Y's leaders" (member_of),
                       "a spokesman for Y (ACR), Colonel X,", "Z's senior adviser X" (Z's state), "X, a
                       member of the political bureau of Y", "a spokesman for army
                       operations" (the army named before), "their leaders, X and Z" (each
                       leads one of the pair named before)
    title_reverse      "X is Y's proxy", "Y, X's proxy", "its allied militias, known as Y";
                       owned_role: "X (X), Y's affiliate", "X, a movement that serves as Y's
                       branch"; army_of: "the army of General X"; founders: "Y, a bloc the
                       three states formed"
    compound           "X-backed Y", "X-controlled Y", "a Y-based group", "it is Y-based"
    possessive, host,  "Iran's Quds Force", "an institute at Z University", "the China Coast
    named_after        Guard" (a state's organ named after it: part_of the state named in the text)
    pair               "X and Y are rivals", "they are co-conspirators" (symmetric types)
    continues          "..., along with training and arms": the actors of the tie stated
                       before in the sentence (outside brackets); "though some remain in Z"
    money              a giving verb, an amount (nlp/money.py) and its recipient: "X
                       provided $30m annually to Y (it gives $70m to Z and an average $1bn
                       to W)", "X gave Y $5m"; money_received: "Y received $5m from X";
                       purchase / sale: "Y paid X $25m for armed drones", "Y bought drones
                       from X": X arms Y
    possessive / host  "X's Y Brigade" (a state's own unit), "an institute at Z University"

Decisions:
  * A negated tie ("does not fund", "denied arming") is not emitted: the contract's Relation
    has no negated field. Nor is one under a modal just before its cue ("could arm"), one
    asked about, or a past role ("former head of", "its former affiliate").
  * Subject and object are mention entity ids and always differ; "it", "they" and "its" go
    to their antecedent (coreference.antecedent), "they" preferably to the pair just named.
    "X's junta" is X (the clause's first actor); "the Russian force" is the last Russian
    group named before (ties/actors.py).
  * Membership and affiliation: a group that "belongs to" or "is a member of" a coalition,
    and a state that founded a bloc, is a member_of it; a group that is "part of", "an
    affiliate/branch/wing of" or "pledged allegiance to" another is part_of it. "X-affiliated"
    is part_of; "X-linked" is part_of only where X is an armed group (wire copy's
    "al-Qaeda-linked group" names an affiliate), allied_with where X is a state, an
    organisation or a person (an "Iran-linked militia" is tied to Iran, not a unit of it).
  * One relation per (type, subject, object) per document ({subject, object} for the
    symmetric types), every sentence stating it an evidence span (the whole sentence).
  * `amount` is the first stated one; an aggregate sent "to groups such as Y and Z" goes to
    each with `shared=True` (it bounds no one group's share). Money paid "for" goods is a
    purchase: of weapons, an arms tie from the seller to the buyer with the amount paid; of
    anything else, no tie. `date` is the first date of the cue's part of its clause ("as of
    May 2018, X provided ...").
  * `attributed_to` is the speaker of the claim whose content holds the cue; a tie the
    document also states on its own authority is not attributed.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from ..model import SYMMETRIC_RELATIONS, Amount, Claim, Document, Mention, Relation
from ..nlp import lemma
from ..nlp.dates import find_dates
from ..nlp.money import find_amounts
from .event_roles import Roles
from .index import Covering, MentionIndex, SpanSet
from .ties.actors import Surroundings
from .ties.cues import FRAMES, NOMINAL, Cue, load_relation_cues
from .ties.frames import FrameReader
from .ties.money import MoneyReader
from .ties.tree import tree_ties

_POSTS = frozenset({"leads", "member_of"})
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
# Frames read by their own passes rather than around each cue match.
_SPECIAL = frozenset({"continues", "money", "money_received", "purchase", "sale", "possessive", "host",
                      "named_after"})
# Frames a past word before the cue makes a past tie ("former head of", "its former affiliate").
_DATED = frozenset({"role", "title", "title_state", "owned_role"})


@dataclass
class _Statement:
    """One sentence's statement of a tie, before ties are merged across the document."""
    type: str
    subject: Mention
    object: Mention
    cue: tuple[int, int]
    amount: Amount | None = None


def extract_relations(document: Document, sentences: list[tuple[int, int]], mentions: list[Mention],
                      claims: list[Claim], parsed: Doc | None = None,
                      readable: list[Mention] | None = None) -> list[Relation]:
    """The ties `document` states; `sentences` are (start, end) offsets into its text. With
    the parse and the readable mentions (pronouns included), the tie words read on the tree
    (ties/tree.py) add theirs."""
    return extract_ties(document, sentences, mentions, claims, parsed, readable)[0]


def extract_ties(document: Document, sentences: list[tuple[int, int]], mentions: list[Mention],
                 claims: list[Claim], parsed: Doc | None = None,
                 readable: list[Mention] | None = None) -> tuple[list[Relation], list[Mention]]:
    """As extract_relations, with the pronouns that stand for a side of a tie ("It was
    founded by X": "It"), the words a reader needs to see whom the tie names (a possessive,
    "its support", is a word of another noun's phrase, not a mention)."""
    finder = _RelationFinder(document, sentences, mentions, claims,
                             [m for m in readable or [] if m.role == "pronoun"], parsed)
    for sentence in sentences:
        finder.read(sentence)
    if parsed is not None:
        finder.add_tree_ties(tree_ties(parsed, document.text, sentences, Roles(readable or mentions)))
    relations = finder.relations()
    kept = {(r.type, r.subject, r.object) for r in relations}
    sides = {(m.span.start, m.entity): m for st in finder.statements if (st.type, st.subject.entity, st.object.entity)
             in kept or (st.type, st.object.entity, st.subject.entity) in kept
             for m in (st.subject, st.object) if m.role == "pronoun" and m.span.text.lower() not in _POSSESSIVES}
    return relations, sorted(sides.values(), key=lambda m: m.span.start)


class _RelationFinder(FrameReader, MoneyReader):
    def __init__(self, document: Document, sentences: list[tuple[int, int]], mentions: list[Mention],
                 claims: list[Claim], pronouns: list[Mention] = (), parsed: Doc | None = None):
        self.doc, self.text = document, document.text
        self.lex = load_relation_cues()
        self.at = Surroundings(self.text, sentences, mentions, claims, self.lex, pronouns, parsed)
        self.parsed = parsed
        self.claims = Covering([c for c in claims if c.evidence], lambda c: (c.evidence[0].start, c.evidence[0].end))
        self.names = [m for m in mentions if m.role != "description"]
        self.name_index = MentionIndex(self.names)
        self.dates = find_dates(self.text, document.published)
        self.amounts = find_amounts(self.text)
        self.statements: list[_Statement] = []
        # every cue run once over the whole text, then handed out by sentence
        words = set(re.split(r"[^\w]+", self.text.lower()))
        self.cue_hits = sorted(((m.start(), m.end(), cue) for cue in self.lex.cues if cue.frame not in _SPECIAL
                                and cue.keys & words for m in cue.pattern.finditer(self.text)), key=lambda h: h[0])
        self.cue_starts = [s for s, _, _ in self.cue_hits]
        self.alleged = SpanSet(_alleged(parsed, self.lex.allegations) if parsed is not None else ())

    def add_tree_ties(self, ties: list) -> None:
        """The ties read on the parse (ties/tree.py). Where the tree reads a giver the
        patterns took for a recipient ("Iran's Guards give the militia ...": not "Iran funds
        the Guards"), the tree's reading stands."""
        givers = {(tie.type, self.at.sentence(tie.cue[0]), tie.subject.entity) for tie in ties if tie.given}
        self.statements = [st for st in self.statements
                           if (st.type, self.at.sentence(st.cue[0]), st.object.entity) not in givers]
        for tie in ties:
            if tie.typed or (tie.subject.type in self.lex.subjects[tie.type]
                             and tie.object.type in self.lex.objects[tie.type]):
                amount = next((a.amount for a in self.amounts if tie.given and tie.given[0] <= a.start < tie.given[1]),
                              None) if tie.type == "funds" else None
                self.statements.append(_Statement(tie.type, tie.subject, tie.object, tie.cue, amount))

    # ---- one sentence --------------------------------------------------------------------
    def read(self, sentence: tuple[int, int]) -> None:
        start, end = sentence
        if self.text[start:end].rstrip().endswith("?"):
            return  # asked about, not stated
        hits = self.cue_hits[bisect_left(self.cue_starts, start):bisect_left(self.cue_starts, end)]
        found = [(s, e, cue) for s, e, cue in hits if e <= end and not self._inside_name(s, e)]
        found.sort(key=lambda f: (f[0] - f[1], list(FRAMES).index(f[2].frame), f[0]))
        taken: list[tuple[int, int, str]] = []
        for s, e, cue in found:
            if self._suppressed(s, e, cue.type, taken):
                continue
            read = getattr(self, "_" + cue.frame)(s, e, cue, *self._sides(cue))
            pairs = read if isinstance(read, list) else [read]  # a list: names that go together one by one
            if any([self._emit(cue, left, right, (s, e)) for left, right in pairs]):
                taken.append((s, e, cue.type))
        self._money(sentence)
        self._purchases(sentence)
        self._structure(sentence)
        self._continues(sentence, taken)

    def _sides(self, cue: Cue) -> tuple[frozenset[str], frozenset[str]]:
        subjects, objects = cue.subjects, cue.objects
        if cue.type == "member_of":
            objects = objects | {"person"}  # "Z's adviser X": Z's state, when Z leads one
        return (objects, subjects) if FRAMES[cue.frame] else (subjects, objects)

    def _emit(self, cue: Cue, left: list[Mention], right: list[Mention], span: tuple[int, int],
              amount: Amount | None = None) -> bool:
        if cue.type == "leads" and self._second(span[0]):  # "deputy head of Y": a member of Y
            cue = self._as_member(cue)
        subjects, objects = (right, left) if FRAMES[cue.frame] else (left, right)
        if cue.type == "member_of":
            objects = [self.at.state_of(m) or m if m.type == "person" else m for m in objects]
        if not subjects or not objects or self._unasserted(cue, span):
            return False
        made = False
        for s in subjects:
            for o in objects:
                if s.entity != o.entity and s.type in cue.subjects and o.type in cue.objects:
                    self.statements.append(_Statement(cue.type, s, o, span, amount))
                    made = True
        return made

    def _unasserted(self, cue: Cue, span: tuple[int, int]) -> bool:
        """Negated ("does not fund", "denied arming"), hedged ("could arm"), past ("former head of")
        or given away ("lost control of")."""
        sentence = self.at.sentence(span[0])
        before = self.text[sentence[0]:span[0]]
        breaks = list(re.finditer(r"[,;:—–(]|\s-\s", before))
        clause = before[breaks[-1].end():] if breaks else before
        words = re.findall(r"[\w’'-]+", clause)
        near = " ".join(words[-3:] if cue.frame in NOMINAL else words[-6:])
        negated = bool(self.lex.negation.search(near) or (cue.frame not in NOMINAL and self.lex.denial.search(clause)))
        hedged = cue.frame not in NOMINAL and bool(re.search(rf"(?:{self.lex.hedges.pattern})\s+(?:\S+\s+)?$",
                                                               " ".join(words[-2:]) + " ", re.I))
        past = cue.frame in _DATED and bool(self.lex.past.search(" ".join(words[-3:])))
        lost = bool(words) and words[-1].lower() in self.lex.losing  # "X lost control of Y"
        return negated or hedged or past or lost

    def _inside_name(self, start: int, end: int) -> bool:
        return bool(self.name_index.overlapping(start, end))

    @staticmethod
    def _suppressed(s: int, e: int, kind: str, taken: list[tuple[int, int, str]]) -> bool:
        """A cue inside a longer one already read ("Vice President" is no "President")."""
        return any((k == kind and s < te and ts < e) or (ts <= s and e <= te and (ts, te) != (s, e))
                   for ts, te, k in taken)

    # ---- structure, continuations ----------------------------------------------------------
    def _structure(self, sentence: tuple[int, int]) -> None:
        """"Iran's Quds Force" (a state's own unit), "an institute at Z University" and "the
        China Coast Guard" (a body named after its state)."""
        outer = self.at.within(*sentence)
        for cue in (c for c in self.lex.cues if c.frame == "named_after"):
            for body in outer:
                state = self._named_after(body, cue)
                if state is not None:
                    self._emit(cue, [body], [state], (body.span.start, body.span.end))
        for cue in (c for c in self.lex.cues if c.frame in ("possessive", "host")):
            subjects, objects = cue.subjects, cue.objects
            hosts = re.compile(rf"\b(?:{'|'.join(map(re.escape, cue.forms))})\b")
            for a, b in zip(outer, outer[1:]):
                gap = self.text[a.span.end:b.span.start]
                if cue.frame == "possessive" and re.fullmatch(r"[’']s?\s+", gap) and a.type in objects \
                        and b.type in subjects and a.role not in ("adjective", "people") \
                        and _same_country(a, b) \
                        and (a.type != "state" or b.codes.get("cameo", "")[3:6] not in cue.unless):
                    self._emit(cue, [a], [b], (a.span.start, b.span.end))
                if cue.frame == "host" and re.fullmatch(r"\s+at\s+(?:the\s+)?", gap) and a.type in subjects \
                        and b.type in objects and hosts.search(b.span.text):
                    self._emit(cue, [a], [b], (a.span.start, b.span.end))

    def _named_after(self, body: Mention, cue: Cue) -> Mention | None:
        """The state a body's name begins with ("China" of "China Coast Guard"), as a mention of
        it elsewhere in the document, where the rest of the name is one of `cue`'s words."""
        words = body.span.text.removeprefix("the ").split(" ", 1)
        if body.type not in cue.subjects or len(words) < 2 or words[1] not in cue.forms \
                or body.codes.get("cameo", "")[3:6] in cue.unless:
            return None
        return next((m for m in self.at.all if m.type == "state" and m.span.text == words[0]
                     and (not body.country or body.country == m.entity)), None)

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
                objects = (self.at.following(e, cue.objects, 2)
                           or list({st.object.entity: st.object for st in group}.values()))
                if self._emit(cue, subjects, objects, (s, e)):
                    taken.append((s, e, cue.type))

    # ---- the document's relations ------------------------------------------------------------
    def relations(self) -> list[Relation]:
        merged: dict[tuple[str, ...], Relation] = {}
        # "the Regional Government, represented by Prime Minister X": a title whose state was
        # only guessed (named in no word of the sentence) yields to the body the sentence names
        posts = {(self.at.sentence(st.cue[0]), st.subject.entity) for st in self.statements
                 if st.type in _POSTS and st.object.type != "state" and self._in_sentence(st.object, st.cue[0])}
        for st in sorted(self.statements, key=lambda st: st.cue[0]):
            if st.type in _POSTS and (self.at.sentence(st.cue[0]), st.subject.entity) in posts \
                    and not self._in_sentence(st.object, st.cue[0]):
                continue
            a, b = st.subject.entity, st.object.entity
            key = (st.type, *sorted((a, b))) if st.type in SYMMETRIC_RELATIONS else (st.type, a, b)
            sentence = self.at.sentence(st.cue[0])
            start, end = _trim(self.text, *sentence)
            evidence = self.doc.span(start, end)
            speaker = self._speaker(st.cue[0])
            if speaker is None and self.alleged.covers(st.cue[0]):
                continue  # "claims that X funds Y": alleged by no one the text names
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
        # one title read twice ("Iraqi Prime Minister X": the lexicon's leads, the tree's
        # "minister"): who leads a body is its member already
        leads = {(r.subject, r.object): r.evidence for r in merged.values() if r.type == "leads"}
        return [r for r in merged.values() if not (r.type == "member_of" and (r.subject, r.object) in leads
                                                   and all(e in leads[r.subject, r.object] for e in r.evidence))]

    def _as_member(self, cue: Cue) -> Cue:
        """A leader's cue read as a member's, in the same frame ("deputy head of Y", "X, a Y
        leader", "head of Y's media office")."""
        return replace(cue, type="member_of", subjects=self.lex.subjects["member_of"],
                       objects=self.lex.objects["member_of"])

    def _second(self, pos: int) -> bool:
        before = re.search(r"([\w-]+)\s+$", self.text[max(0, pos - 25):pos])
        return bool(before) and before.group(1).lower() in self.lex.seconds

    def _in_sentence(self, mention: Mention, pos: int) -> bool:
        start, end = self.at.sentence(pos)
        return start <= mention.span.start < end

    def _speaker(self, pos: int) -> str | None:
        return next((claim.speaker for claim in self.claims.at(pos) if claim.speaker), None)


def _alleged(parsed: Doc, nouns: frozenset[str]) -> list[tuple[int, int]]:
    """The "that" clauses of nouns of allegation ("claims that ...", "rumours that ..."): the
    clause the parse hangs on the noun, or, where it hangs it elsewhere, the words after "that"
    up to the next comma or the sentence's end."""
    found = []
    for t in parsed:
        if t.pos_ != "NOUN" or lemma(t) not in nouns or t.i + 1 >= len(parsed) or parsed[t.i + 1].lower_ != "that":
            continue
        clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp")), None)
        if clause is not None and clause.left_edge.i == t.i + 1:
            found.append((clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)))
        else:
            stop = next((w for w in parsed[t.i + 2:t.sent.end] if w.text in (",", ";")), None)
            found.append((parsed[t.i + 1].idx, stop.idx if stop is not None else t.sent.end_char))
    return found


def _same_country(owner: Mention, unit: Mention) -> bool:
    """A state's unit is of that state; a group's unit of no other state than the group's."""
    country = owner.country or (owner.entity if owner.type == "state" else None)
    return not (unit.country and country and country != unit.country)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """`start:end` without the spaces and line breaks around it."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def _relation_id(doc: str, kind: str, subject: str, obj: str, start: int) -> str:
    return "relation:" + hashlib.sha1(f"{doc}|{kind}|{subject}|{obj}|{start}".encode()).hexdigest()[:12]
