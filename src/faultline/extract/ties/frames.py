"""The frames of the relation cues: where the two actors of a tie stand around its cue.

`FrameReader` is the half of the relations extractor (relations.py) that reads one cue: each
`_<frame>` method takes the cue's span and the actor types allowed before and after it, and
returns the names before and after the cue (relations.py turns them into subject and object
by the frame's direction, cues.FRAMES), or a list of such pairs where the names go
together one by one ("their leaders, X and Y": each leads one of the pair named before).
The names themselves are found by actors.Surroundings (`self.at`).
"""
from __future__ import annotations

import re

from ...model import Mention
from .actors import Surroundings
from ..reporting import is_reporting_verb
from .cues import (
    ADJECTIVAL,
    APPOSED,
    APPOSITION,
    BODY,
    COMPOUND_HEAD,
    HEAD_OF_PHRASE,
    IN_PHRASE,
    MAIN_AFTER_RELATIVE,
    MODIFIER_GAP,
    PASSIVE_GAP,
    POSSESSOR_GAP,
    PREDICATIVE,
    RELATIVE_OBJECT,
    ROLE_GAP,
    TITLE_GAP,
    Cue,
    RelationLexicon,
)

APPOSED_HEAD = re.compile(r"\)?\s*,\s*(?:the|an?)\s+")  # "Y (Y), the " before "X-linked group"
_THEIR = re.compile(r"\btheir\s+(?:[a-z][\w-]*\s+)?$", re.I)  # "their leaders, X and Y"
_OWN_TITLE = re.compile(r"\b(?:its|their)\s+(?:[a-z][\w-]*\s+)?$", re.I)  # "its leader, X"
_POSSESSED = re.compile(r"[’']s?\s+(?:[a-z][\w-]*\s+)*[a-z][\w-]*\b(?!\s+[A-Z])")  # "Y's media office"
_ONE_OF = re.compile(r",\s*(?:an?|one\s+of(?:\s+the)?)\s+$", re.I)  # "X, a Y leader", "X, one of Y's leaders"
_APPOSED_PERSON = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,\s*")  # "Y (ACR), Colonel X"
_ADVERBIAL = re.compile(r"\bas\s+$", re.I)  # "... as part of Y": said of the clause, not the name before
_RANK = re.compile(r"(?:[A-Z][a-z]*\.?\s+){0,2}")  # "Colonel ", "Lt. Col. " before a name
# Lower-case role words before a person's name: "former police officer ", "the warlord ".
_ROLE_WORDS = re.compile(r"\s+(?:(?!(?:in|at|from|of|on|and|or|with|to|for|after|since)\b)[a-z][\w-]*\s+){1,4}")
_NICKNAME = re.compile(r"[A-Z][\w.-]*\s+[\"“][^\"”]{1,30}[\"”]\s+")  # 'Guy "Barbecue" ' before "Philippe"
_COPULA = re.compile(r"\s+(?:is|are|was|were|remains?|became|(?:has|have)(?: long)? been)\s+(?:\w+\s+)?$|\s*,\s*an?\s+")
_ROLE_LINKS = frozenset({"of", "for", "in", "at", "to", "with", "the", "a", "an"})


class FrameReader:
    text: str
    at: Surroundings
    lex: RelationLexicon
    statements: list
    parsed: object  # the spaCy Doc, or None

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
        closed = clause.anchor and MAIN_AFTER_RELATIVE.search(self.text, clause.start, s)
        if closed and clause.anchor.type in left_types:
            subjects = [clause.anchor]  # "X, which hosts Y's office, funds Z": the relative clause has closed
        else:
            subjects = ((gerund and self.at.adjoining(s - len(gerund.group()), left_types, re.compile(r"\s*")))
                        or self.at.clause_subjects(s, left_types, clause))
        if subjects and clause.anchor and self._says(subjects[0], s):
            return [], []  # "Y, which X says Z backs": X only says so (the passive frame reads "is backed by Z")
        objects = self.at.following(e, right_types, 4) or self.at.plural_after(e, right_types, self.lex.plural)
        anchor = clause.anchor
        if not objects and anchor and subjects and anchor not in subjects and anchor.type in right_types:
            objects = [anchor]  # "Y, which X funds"
        if not objects and len(subjects) > 1 and re.match(r"\s+(?:each other|one another)\b", self.text[e:e + 15]):
            subjects, objects = subjects[:1], subjects[1:2]  # "X and Y fought alongside each other"
        if self._heads_a_part(cue, subjects, objects, (s, e)):
            return [], []  # "X heads Y's political office"
        return subjects, objects

    def _noun(self, s, e, cue, left_types, right_types):
        subjects = (self.at.adjoining(s, left_types, MODIFIER_GAP) or self.at.clause_subjects(s, left_types))
        preposition = bool(re.search(r"\b(?:to|for|with|of|over|on|between|in|at)$", self.text[s:e], re.I))
        objects = (self.at.following(e, right_types, 3 if preposition else 8, need_preposition=not preposition)
                   or self.at.plural_after(e, right_types, self.lex.plural))
        if subjects and not objects and re.search(r"\balso\b", self.text[self.at.clause(s).start:s]):
            objects = self._recipients_before(s, subjects, cue)  # "X also offers training"
        return subjects, objects

    def _passive(self, s, e, cue, left_types, right_types):
        left = self.at.adjoining(s, left_types, PASSIVE_GAP, start=self.at.sentence(s)[0])  # "Y (Y), a ... led by"
        if left and IN_PHRASE.search(self.text[max(0, left[-1].span.start - 20):left[-1].span.start]):
            # "X is the last city in Z still held by Y": the city is held, not Z, and X is that city
            subject = self.at.clause_subjects(left[-1].span.start, left_types)[:1]
            if not subject or not HEAD_OF_PHRASE.fullmatch(self.text, subject[0].span.end, left[-1].span.start):
                return [], []
            left = subject
        clause = self.at.clause(s)
        if not left and clause.anchor and clause.anchor.type in left_types \
                and MAIN_AFTER_RELATIVE.search(self.text, clause.start, s):
            left = [clause.anchor]  # "Y, which has seized ..., is led by X"
        sayers = [m for m in self.at.within(clause.start, s) if self._says(m, s)]
        if sayers and clause.anchor and clause.anchor.type in left_types and (not left or left[-1] in sayers):
            left = [clause.anchor]  # "Y, which X says is backed by Z": Y is backed; X only says so
        right = self.at.following(e, right_types, 2) or self._person_after_roles(e, right_types)
        return left or self.at.pronoun_before(s, left_types), right

    def _says(self, mention, until: int) -> bool:
        """A verb of saying follows `mention` before `until` ("which Kinshasa says is ...",
        "who Congo and UN experts say are ..."), no other verb between."""
        words = self.parsed.char_span(mention.span.end, until, alignment_mode="expand") \
            if self.parsed is not None and until > mention.span.end else None
        verb = next((t for t in words or () if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and is_reporting_verb(verb)

    def _person_after_roles(self, pos, types):
        """"led by former police officer X", "led by Y "Nickname" Z": role words and a quoted nickname
        stand before the person."""
        roles = _ROLE_WORDS.match(self.text, pos)
        if not roles or "person" not in types:
            return []
        nickname = _NICKNAME.match(self.text, roles.end())
        end = nickname.end() if nickname else roles.end()
        found = [m for m in self.at.within(roles.end(), self.at.clause(pos).end) if m.role != "adjective"][:2]
        for m in found:
            if m.type == "person" and (m.span.start == roles.end() or m.span.start == end):
                return [m]
        return []

    def _passive_clause(self, s, e, cue, left_types, right_types):
        left, right = self.at.clause_subjects(s, left_types), self.at.following(e, right_types, 2)
        between = re.match(r"\s+between\s+", self.text[right[-1].span.end:]) if right and not left else None
        if between:  # "a truce mediated by X between Y and Z"
            left = self.at.following(right[-1].span.end + between.end(), left_types, 1)
        return left, right

    def _role(self, s, e, cue, left_types, right_types):
        if _ADVERBIAL.search(self.text, max(0, s - 4), s):
            return [], []  # "X fought Y as part of Z": the clause's doer is a part (titles.py), not Y
        # "X and Y, members of Z": both; "X and Y, the armed wing of Z": Y alone
        nouns = [w for w in re.findall(r"[a-z]+", self.text[s:e].lower()) if w not in _ROLE_LINKS]
        plural = bool(nouns) and nouns[-1].endswith("s") and not nouns[-1].endswith("ss")
        left = self.at.adjoining(s, left_types, ROLE_GAP, coordinate=plural)
        right = self.at.following(e, right_types, 2)
        body = BODY.match(self.text, e) if not right and cue.type == "member_of" else None
        if body:  # "a member of the political bureau of Y": of the organisation named last
            right = self.at.following(body.end(), right_types, 0)
        if not right and left and cue.frame == "role" and re.match(rf"\s+(?:the\s+)?(?:{self.lex.armies.pattern})\b",
                                                                  self.text[e:e + 30], re.I):
            force = self.at.force_before(s, left[0].country)  # "a spokesman for army operations"
            right = [force] if force and force.type in right_types else []
        if right and not left:  # "the head of Y, X,"
            after = self.at.following(right[-1].span.end, left_types, 0)
            comma = after and re.fullmatch(r"\s*,\s*", self.text[right[-1].span.end:after[0].span.start])
            left = after[:1] if comma else self._apposed_person(right[-1].span.end, left_types)
        if self._heads_a_part(cue, left, right, (s, e)):
            return [], []  # "head of Y's media office"
        return left, right

    def _heads_a_part(self, cue, heads, bodies, span) -> bool:
        """"head of Y's media office", "X heads Y's political office": what is led is a part
        Y owns, and who leads it Y's member (stated here as such)."""
        if cue.type != "leads" or not heads or not bodies or not _POSSESSED.match(self.text, bodies[0].span.end):
            return False
        self._emit(self._as_member(cue), heads, bodies[:1], span)
        return True

    def _apposed_person(self, pos, types):
        """"a spokesman for Y (ACR), Colonel X,": the person apposed after a bracketed short name and a rank."""
        lead = _APPOSED_PERSON.match(self.text, pos)
        if not lead or "person" not in types:
            return []
        found = [m for m in self.at.within(lead.end(), self.at.sentence(pos)[1]) if m.role != "adjective"][:1]
        return found if found and found[0].type == "person" and _RANK.fullmatch(self.text, lead.end(), found[0].span.start) else []

    _role_reverse = _role

    def _title(self, s, e, cue, left_types, right_types):
        left = self.at.adjoining(s, left_types, TITLE_GAP, coordinate=False)
        right = [m for m in self.at.following(e, right_types, 1) if m.type == "person" or "person" not in right_types]
        if not right and left and re.match(r"\s*(?:[,.;)]|$)", self.text[e:e + 3]):  # "X, a senior Y official,"
            right = self.at.adjoining(left[0].span.start, right_types, APPOSITION, coordinate=False)
        plural = self.text[e - 1:e].lower() == "s"  # "officials X and Y", "leaders"
        if plural and not left and len(right) > 1 and _THEIR.search(self.text, max(0, s - 30), s):
            pair = self.at.pair_before(self.at.sentence(s)[0], s, left_types)  # "between X and Y ... their leaders"
            return list(zip(([m] for m in pair), ([m] for m in right))) if len(pair) == len(right) else ([], [])
        if not left and right and _OWN_TITLE.search(self.text, max(0, s - 30), s) \
                and re.match(r"\s*,\s*$", self.text[e:right[0].span.start]):
            left = self.at.pronoun_before(s, left_types)  # "its leader, X", "re-elected its president, X"
        if cue.type == "leads" and left and right and _ONE_OF.search(self.text, max(0, left[0].span.start - 20),
                                                                      left[0].span.start):
            self._emit(self._as_member(cue), left, right[:1], (s, e))  # "X, a Y leader", "X, one of Y's leaders"
            return [], []
        return left, right if plural else right[:1]

    def _title_state(self, s, e, cue, left_types, right_types):
        read = self._title(s, e, cue, left_types, right_types)
        if isinstance(read, list):
            return read
        left, right = read
        if right and not left and not _OWN_TITLE.search(self.text, max(0, s - 30), s):
            # (not "its president, X" where "its" stands for no actor: it names the body, unnamed)
            state = self.at.state_of(right[0], before=s)
            left = [state] if state else []
        return left, right

    def _title_reverse(self, s, e, cue, left_types, right_types):
        left = (self.at.adjoining(s, left_types, POSSESSOR_GAP, coordinate=False)  # "Y's proxy", "a Russian proxy"
                or [m for m in self.at.adjoining(s, left_types, re.compile(r"\s+"), coordinate=False)
                    if m.role == "adjective"])
        if not left and re.search(r"\b(?:its|their|his|her)\s+(?:[a-z][\w-]*\s+)?$", self.text[max(0, s - 30):s]):
            left = self.at.pronoun_before(s, left_types)
        right = self.at.following(e, right_types, 3)
        listed = r"\s*,?\s*(?:(?:such as|including|like|known as|called|dubbed|the)\s+)*"  # "its allies, known as Y"
        if right and not re.fullmatch(listed, self.text[e:right[0].span.start]):
            right = []  # not "a Russian proxy, control much of X"
        if left and not right:  # "X is Y's most powerful proxy"
            subject = self.at.clause_subjects(left[0].span.start, right_types)[:1]
            between = self.text[subject[0].span.end:left[0].span.start] if subject else ""
            right = subject if subject and _COPULA.fullmatch(between) else []
        if left and not right:  # "X (X), Y's affiliate", "X, a movement that functions as Y's branch"
            right = self.at.adjoining(left[0].span.start, right_types, APPOSED, start=self.at.sentence(s)[0],
                                      coordinate=False)
        return left, right

    _owned_role = _title_reverse  # the same places, the possessor being the object: "Y's affiliate, X"

    def _army_of(self, s, e, cue, left_types, right_types):
        """"the army of General X": X leads the force the cue's noun names, a mention there or, for a
        person of a state's army (…MIL), the last force of that state named before."""
        person = [m for m in self.at.following(e, right_types, 2) if m.type == "person"][:1]
        if not person:
            return [], []
        named = [m for m in self.at.spanning(s) if m.type in left_types]
        own = str(person[0].codes.get("cameo", "")).endswith("MIL") and person[0].country
        force = named[-1] if named else (self.at.force_before(s, person[0].country) if own else None)
        return ([force] if force and force.type in left_types else []), person

    def _founders(self, s, e, cue, left_types, right_types):
        """"Y (Y), a confederation the three juntas formed": the founders (named, or the list a plural
        reference points to) are members of Y."""
        sentence = self.at.sentence(s)
        close = cue.then.search(self.text, e, min(sentence[1], e + 80)) if cue.then else None
        if not close or re.search(r"[.;:()]", self.text[e:close.start()]):
            return [], []
        left = self.at.adjoining(s, left_types, APPOSITION, start=sentence[0], coordinate=False)
        lead = re.match(r"\s+(?:that\s+|which\s+)?", self.text[e:close.start()])
        right = self.at.following(e, right_types, 1, end=close.start())
        if not right and re.fullmatch(rf"(?:{self.lex.plural.pattern})\s+", self.text[e + lead.end():close.start()],
                                      re.I):
            right = self.at.plural_reference(e + lead.end(), right_types, self.lex.plural)
        return left, right

    def _compound(self, s, e, cue, left_types, right_types):
        left = self.at.ending_at(s, left_types)
        if left is None:
            return [], []
        inside = self.at.containing(s, e, right_types)  # "the Ankara-backed Syrian group"
        if inside:
            return [left], [inside]
        head = COMPOUND_HEAD.match(self.text, e)
        right = self.at.following(e, right_types, 5)
        # "the X-linked group Y", "the X-linked terrorist group Y", "the X-held city of Y"
        noun = re.fullmatch(r"\s*(?:[a-z]+\s+)??([a-z]+)\s+(?:of\s+)?", self.text[e:right[0].span.start]) \
            if right else None
        if right and ((head and right[0].span.start <= head.end()) or (noun and noun.group(1) in self.lex.heads)):
            return [left], right
        if PREDICATIVE.match(self.text, e):  # "its leadership is Doha-based"
            return [left], self.at.clause_subjects(left.span.start, right_types)
        nouns = re.match(r"\s*([a-z]+)\b(?:\s+([a-z]+)\b)?", self.text[e:e + 40])
        if nouns and self.lex.heads & set(nouns.groups()):  # "Y, the X-linked group that ...": the name apposed
            return [left], self.at.adjoining(left.span.start, right_types, APPOSED_HEAD,
                                             start=self.at.sentence(s)[0], coordinate=False)
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
