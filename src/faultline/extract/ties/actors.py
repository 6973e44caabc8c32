"""Where the two actors of a relation stand around its cue, within one sentence.

The relations extractor (relations.py) asks these questions of a cue's surroundings:
    clause(pos)                the clause around an offset: the sentence cut at ";", ":",
                               dashes, brackets, ", which/who/while/but ..." and "while/after
                               the ..."; inside a claim, only what was said; a relative clause
                               also knows the actor it hangs from ("X, which ...")
    clause_subjects(pos)       the clause's subject before `pos`: its first actor and those
                               coordinated with it, else a pronoun's antecedent ("they": the
                               pair just named)
    adjoining(pos, gap)        the actor just before `pos`, with only `gap` words between,
                               and those coordinated before it ("Y and Z, backed by ...")
    following(pos, ...)        the actor(s) after `pos` ("to groups such as Y and Z",
                               "head of X's Quds Force": the force)
    pair_before / plural_reference   "X and Y are rivals"; "both groups", "them"
    pronoun_before / state_of  "It is led by ..."; the state a president or minister serves
    force_before               "the army": the last force named with a ...MIL code
Mentions nested in another ("Tehran" in "the Tehran-backed group") are left out of every
search but `ending_at`, which a hyphenated compound needs. Two readings of the mentions are
made here rather than in coreference.py, because only ties need them:
  * "the Russian force": a state's adjective before a group noun refers back to the last
    group of that state named before (it becomes a description of it);
  * "the United Nations peacekeeping mission, MONUSCO,": a name that only modifies a head
    noun which the apposition after it names is neither a clause's subject nor an antecedent.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ...model import Claim, Mention, Span
from ..salience import MAX_DISTANCE, antecedent
from ..salience import unnamed_body
from ..index import Covering, MentionIndex
from .cues import VERB_LEADS, RelationLexicon

_BOUNDARY = re.compile(r"[;:—–()]|\s-\s|,\s+(?:which|who|whom|whose|while|whereas|but|although|though|even as)\b"
                       r"|(?<!such)(?<!well)(?<!known)(?<!described)"  # "militias known as X" is one clause
                       r"\s(?:as|when|while|whereas|after|because|since|although|though|but)\s+"
                       r"(?=[A-Z]|the\b|its\b|their\b)")
# Words that take a path away from the cue's object ("funds schools in Lebanon").
_OFF_PATH = frozenset("in at near from inside across against on into over toward towards via through after before "
                      "during since than said says told by without according".split())
# Words that may follow "to" on the way to an object ("to the group", "to groups such as").
_DETERMINERS = frozenset("the a an its their his her both all other several various many some such as groups group "
                         "militant armed rebel allied fellow militias factions movements organisations organizations "
                         "proxies".split())
_PREPOSITIONS = frozenset("to for with".split())
_PRONOUNS = {"it": "group", "its": "group", "they": "group", "their": "group", "them": "group",
             "he": "person", "his": "person", "she": "person", "her": "person"}
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|&|as well as)\s*(?:the\s+)?")
_WORD, _NO_GAP = re.compile(r"[\w’'-]+"), re.compile("")
# A name that only modifies a head noun the apposition after it names ("the X peacekeeping mission, Y", "the" before)
_MODIFIER = re.compile(r"(?:\s+[a-z][\w-]*){1,3}\s*,\s*(?:the\s+)?")
_HYPHENATED = re.compile(r"[-‐‑][a-z]")  # "the Dakar-based Centre": Dakar only qualifies the name after it
# Groups a state's adjective may head as a reference back ("the Russian force"); at most this far back.
_REFERENCE_TYPES, _REFERENCE_DISTANCE = ("armed_group", "organization"), 1500
# A pronoun standing where a name would ("It is led by X", "its rival, Y").
_PRONOUN_BEFORE = re.compile(r"\b(?P<p>it|they|he|she)\s+(?:(?:is|are|was|were|has|have|had|been|being|also|still|"
                             r"now|long|reportedly)\s+)*$|\b(?P<q>its|their|his|her)\s+(?:[a-z][\w-]*\s+)?$", re.I)


@dataclass
class Clause:
    start: int
    end: int
    anchor: Mention | None = None  # the actor a relative clause hangs from


class Surroundings:
    """Questions about the actors around a position in one document."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention], claims: list[Claim],
                 lexicon: RelationLexicon, pronouns: list[Mention] = (), doc=None):
        self.text = text
        self.pronouns = {m.span.start: m for m in pronouns}  # coreference's reading, where it has one
        self.possessives = {t.idx: t for t in doc if t.dep_ == "poss"} if doc is not None else {}
        # "working with X, Y and Z to support W": those worked with are no clause's subject
        self.companions = {t.idx for t in doc or () if _with_whom(t)}
        self.sentences = sentences
        self.lex = lexicon
        mentions = sorted(mentions, key=lambda m: (m.span.start, -m.span.end))
        self.all = sorted(mentions + self._adjective_references(mentions), key=lambda m: (m.span.start, -m.span.end))
        self.outer: list[Mention] = []
        reach, widest = -1, None  # the furthest end so far, and the span reaching it
        for m in self.all:
            span = (m.span.start, m.span.end)
            if reach >= m.span.end and widest != span:
                continue  # nested in a longer name
            self.outer.append(m)
            if m.span.end > reach:
                reach, widest = m.span.end, span
        self._starts = [m.span.start for m in self.outer]
        self._all_starts = [m.span.start for m in self.all]
        self._index = MentionIndex(self.all) if self.possessives else None
        self._by_end: dict[int, list[Mention]] = {}
        for m in self.all:
            self._by_end.setdefault(m.span.end, []).append(m)
        self._spanning = Covering(self.all, lambda m: (m.span.start, m.span.end))
        self._forces = [m for m in self.all if m.type == "armed_group"
                        and str(m.codes.get("cameo", "")).endswith("MIL")]
        self._sentence_starts = [a for a, _ in sentences]
        self.contents = Covering([c.evidence[0] for c in claims if c.evidence], lambda e: (e.start, e.end))
        self.quotes = Covering([c.evidence[0] for c in claims if c.evidence and c.kind == "direct"],
                               lambda e: (e.start, e.end))
        self.institutions = lexicon.institutions
        self.modifiers = {id(a) for a, b in zip(self.outer, self.outer[1:])
                          if _MODIFIER.fullmatch(text, a.span.end, b.span.start)
                          and re.search(r"\bthe\s+$", text[max(0, a.span.start - 4):a.span.start], re.I)}

    def _adjective_references(self, mentions: list[Mention]) -> list[Mention]:
        """"the Russian force": a description of the last group of that state named before."""
        heads = self.lex.heads - self.lex.institutions  # "the Kenyan government" is the state itself
        found = []
        for m in mentions:
            the = re.search(r"\bthe\s+$", self.text[max(0, m.span.start - 4):m.span.start], re.I)
            head = re.match(r"\s+([a-z]+)\b(?!\s+[A-Z])", self.text[m.span.end:m.span.end + 30])  # not "the X group Y"
            if m.role != "adjective" or m.type != "state" or not the or not head or head.group(1) not in heads:
                continue
            country = m.country or m.entity
            earlier = [x for x in mentions if x.type in _REFERENCE_TYPES and x.role not in ("adjective", "people")
                       and x.country == country and 0 <= m.span.start - x.span.end <= _REFERENCE_DISTANCE]
            if earlier:
                ref, start, end = earlier[-1], m.span.start - len(the.group()), m.span.end + head.end()
                found.append(Mention(ref.entity, ref.name, ref.type, Span(m.span.doc, start, end, self.text[start:end]),
                                     "description", ref.country, ref.codes))
        return found

    # ---- spans -----------------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 and pos < self.sentences[i][1] else (pos, pos)

    def clause(self, pos: int) -> Clause:
        s_start, s_end = self.sentence(pos)
        before = [m for m in _BOUNDARY.finditer(self.text, s_start, pos)]
        after = _BOUNDARY.search(self.text, pos, s_end)
        start = before[-1].end() if before else s_start
        # reported speech: the tie is stated inside what was said ("officials say Iran ...")
        inside = self.contents.at(pos)
        start = max([start] + [c.start for c in inside])
        clause = Clause(start, min([after.start() if after else s_end] + [c.end for c in inside]))
        if before and before[-1].group().startswith(",") and start == before[-1].end():
            if re.match(r",\s+(?:which|who|whom|whose)", before[-1].group()):
                clause.anchor = self._last_before(before[-1].start())
        return clause

    def in_brackets(self, pos: int) -> bool:
        s_start, _ = self.sentence(pos)
        head = self.text[s_start:pos]
        return head.count("(") > head.count(")")

    # ---- actors before a position ------------------------------------------------------
    def clause_subjects(self, pos: int, types: frozenset[str], clause: Clause | None = None) -> list[Mention]:
        clause = clause or self.clause(pos)
        left = self.text[clause.start:pos]
        relative = re.fullmatch(r"\s*(?:which|who|that)?\s*(?:\w+\s+){0,3}", left)  # "X, which controls"
        if clause.anchor and clause.anchor.type in types and relative and not self.within(clause.start, pos):
            # "X and Y, which have mediated ...": the anchor and those coordinated with it
            return self.adjoining(clause.anchor.span.end, types, _NO_GAP, start=self.sentence(pos)[0])
        candidates = [m for m in self.within(clause.start, pos) if m.type in types and self._subjectlike(m)]
        if candidates:
            return self._coordinated(candidates[0], types, pos)
        pronoun = re.search(r"\b(it|its|they|their|he|his|she|her)\b", left, re.I)
        if pronoun and pronoun.group(1).lower() in ("they", "their"):  # "they": the pair just named
            s_start, _ = self.sentence(pos)
            earlier = [s for s in self.sentences if s[1] <= s_start][-1:]
            pair = self.pair_before(s_start, pos, types) or (self.pair_before(*earlier[0], types) if earlier else [])
            if pair:
                return pair
        if pronoun:
            found = self.resolve(pronoun.group(1), clause.start + pronoun.start(), types)
            return [found] if found else []
        return []

    def adjoining(self, pos: int, types: frozenset[str], gap: re.Pattern[str], start: int | None = None,
                  coordinate: bool = True) -> list[Mention]:
        """The actor right before `pos` (nested names count when `start` bounds the search)."""
        lower = self.clause(pos).start if start is None else start
        for m in reversed(self.within(lower, pos)):
            if m.type in types and gap.fullmatch(self.text[m.span.end:pos]):
                if not coordinate:
                    return [m]
                group = [m]
                for prev in reversed(self.within(lower, m.span.start)):
                    if prev.type in types and _COORDINATION.fullmatch(self.text[prev.span.end:group[-1].span.start]):
                        group.append(prev)
                    else:
                        break
                return group
            if m.role == "description" and re.match(r"an?\s", m.span.text, re.I):
                continue  # "a political and military coalition": an indefinite description refers to nothing before
            if m.role != "adjective" and m.type != "location":
                return []  # another actor stands in between
        return []

    def ending_at(self, pos: int, types: frozenset[str]) -> Mention | None:
        """A name ending exactly at `pos`, nested or not ("Tehran" of "Tehran-backed")."""
        found = [m for m in self._by_end.get(pos, ()) if m.type in types]
        return min(found, key=lambda m: m.span.end - m.span.start) if found else None

    def containing(self, start: int, end: int, types: frozenset[str]) -> Mention | None:
        return next((m for m in self.spanning(start) if m.role == "description" and m.span.start < start
                     and end < m.span.end and m.type in types), None)

    def spanning(self, pos: int) -> list[Mention]:
        """The mentions, nested or not, with a character at `pos`, in order."""
        return self._spanning.at(pos)

    # ---- actors after a position --------------------------------------------------------
    def following(self, pos: int, types: frozenset[str], max_words: int, need_preposition: bool = False,
                  end: int | None = None) -> list[Mention]:
        """The actor after `pos` (with those coordinated to it) whose path there stays on track."""
        limit = self.clause(pos).end if end is None else end
        for m in self.within(pos, limit):
            if (m.role == "adjective" and m.type != "location") or _HYPHENATED.match(self.text, m.span.end):
                continue  # "Palestinian" in "backs Palestinian groups such as ...", "the Dakar-based X"
            if m.type not in types:
                return []
            gap = self.text[pos:m.span.start]
            if not self._on_track(gap, max_words, need_preposition):
                return []
            owned = self._possessed(m, types, limit)  # "head of Turkey's MIT": the agency
            return self._coordinated(owned or m, types, limit)
        return []

    def _possessed(self, owner: Mention, types: frozenset[str], limit: int) -> Mention | None:
        after = [m for m in self.within(owner.span.end, limit) if m.role != "adjective"][:1]
        if after and after[0].type in types and re.fullmatch(r"[’']s?\s+(?:[a-z][\w-]*\s+)?",
                                                              self.text[owner.span.end:after[0].span.start]):
            return after[0]
        return None

    def plural_reference(self, pos: int, types: frozenset[str], words: re.Pattern[str]) -> list[Mention]:
        """"... to both groups": the last two or more actors named together before `pos`."""
        m = words.match(self.text, pos)
        if not m:
            return []
        s_start, _ = self.sentence(pos)
        earlier = [s for s in self.sentences if s[1] <= s_start][-2:]
        lower = earlier[0][0] if earlier else s_start
        found: list[Mention] = []
        for mention in self.within(lower, pos):
            if mention.type in types and mention.role != "adjective" and not (found and mention in found):
                group = self._coordinated(mention, types, pos)
                if len({g.entity for g in group}) >= 2:
                    found = group  # the whole of the last list ("A, B and C"), not its tail
        return found

    def plural_after(self, pos: int, types: frozenset[str], words: re.Pattern[str]) -> list[Mention]:
        """"... weapons and training to both groups": the pair named just before."""
        lead = re.compile(rf"\s*(?:[\w’'-]+\s+){{0,6}}?(?:to|for|with)\s+(?=(?:{words.pattern})\b)", re.I)
        m = lead.match(self.text, pos, self.clause(pos).end)
        return self.plural_reference(m.end(), types, words) if m else []

    def adjectival(self, start: int, end: int) -> bool:
        """"allied armed groups": an "-ed" form after a lower-case word that is no name, auxiliary or adverb."""
        before = re.search(r"([\w’'-]+)\s+$", self.text[max(0, start - 30):start])
        word = before.group(1) if before else ""
        word_end = start - len(before.group()) + len(word) if before else start
        return (self.text[start:end].lower().endswith("ed") and word.islower() and not word.endswith("ly")
                and word not in VERB_LEADS and word_end not in self._by_end)

    def pair_before(self, lower: int, pos: int, types: frozenset[str]) -> list[Mention]:
        """The last two actors joined by "and" before `pos` ("between X and Y", "X and Y are")."""
        candidates = [m for m in self.within(lower, pos) if m.type in types and m.role != "adjective"]
        found: list[Mention] = []
        for a, b in zip(candidates, candidates[1:]):
            if re.fullmatch(r"\s*(?:,\s*)?(?:and|&)\s*(?:the\s+)?", self.text[a.span.end:b.span.start]) \
                    and a.entity != b.entity:
                found = [a, b]
        return found

    def pronoun_before(self, pos: int, types: frozenset[str]) -> list[Mention]:
        """"It is led by X", "its jihadist rival": the antecedent of a pronoun just before `pos`."""
        m = _PRONOUN_BEFORE.search(self.text, self.clause(pos).start, pos)
        found = self.resolve(m.group("p") or m.group("q"), m.start(), types) if m else None
        return [found] if found else []

    def state_of(self, person: Mention, before: int | None = None) -> Mention | None:
        """The state a person governs or serves, as a mention of it in this document: their
        dictionary country (only with a government code for an adviser's principal, `before`
        None), else, for a title at `before`, the last state named before it in the sentence."""
        cameo = person.codes.get("cameo", "")
        country = person.country or (cameo[:3] if len(cameo) >= 3 and cameo[:3].isalpha() else None)
        if before is None and not cameo.endswith("GOV"):
            return None
        states = [m for m in self.outer if m.type == "state" and country and country in (m.entity, m.country)]
        if states or before is None or country:
            return states[0] if states else None
        s_start, s_end = self.sentence(before)
        inside = self.within(s_start, before)
        named = [m for m in inside if m.type == "state"]
        if named:
            # "between Iraq and the regional government, represented by Prime Minister X": a body
            # named after the state is nearer the title than the state is
            later = [m for m in inside if m.type in ("organization", "armed_group")
                     and m.span.start > named[-1].span.end]
            return None if later else named[-1]
        main = self.main_state(clear=True)
        # "As I told Foreign Minister X, we welcome Saudi Arabia's role": another state named in
        # the sentence may be the title's; the document's own is then no safe guess
        later = {m.entity for m in self.within(before, s_end) if m.type == "state"}
        return main if main is not None and later <= {main.entity} else None

    def main_state(self, clear: bool = False) -> Mention | None:
        """The state the document names most often (ties: the one named first); with `clear`,
        only a state named at least twice: a state named once in another paragraph is no
        president's ("Iran denies ...\n\nPrime Minister X said")."""
        counts: dict[str, int] = {}
        first: dict[str, Mention] = {}
        for m in self.outer:
            if m.type == "state":
                counts[m.entity] = counts.get(m.entity, 0) + 1
                first.setdefault(m.entity, m)
        ranked = sorted(counts.values(), reverse=True)
        if clear and (not ranked or ranked[0] < 2):
            return None
        return first[max(counts, key=lambda k: (counts[k], -first[k].span.start))] if counts else None

    def force_before(self, pos: int, country: str | None) -> Mention | None:
        """"the army": the last force before `pos` whose CAMEO code says it is a state's own (…MIL),
        of `country` when that is known."""
        found = [m for m in self._forces if m.span.end <= pos and (country is None or m.country == country)]
        return found[-1] if found else None

    # ---- helpers ---------------------------------------------------------------------
    def resolve(self, pronoun: str, pos: int, types: frozenset[str]) -> Mention | None:
        wanted = _PRONOUNS.get(pronoun.lower())
        if wanted is None:
            return None
        allowed = ("person",) if wanted == "person" else tuple(t for t in types if t != "person")
        if pronoun.lower() in ("they", "them", "their"):
            allowed = tuple(t for t in allowed if t != "state")  # one state is "it"; "they" are a group's members
        allowed = tuple(t for t in allowed if t in types)
        resolved = self.pronouns.get(pos)
        if resolved is not None and resolved.type in allowed:
            return resolved
        possessive = self.possessives.get(pos)
        if possessive is not None and unnamed_body(possessive, self._index.overlapping):
            return None  # "the regional parliament re-elected its president": no actor named before
        quote = next(iter(self.quotes.at(pos)), None)  # a speaker's "they" is theirs
        # what antecedent() can reach: mentions starting up to its distance (and a name's length) back
        window = self.all[bisect_left(self._all_starts, pos - MAX_DISTANCE - 300):bisect_left(self._all_starts, pos)]
        candidates = [m for m in window if id(m) not in self.modifiers and (quote is None or quote.start <= m.span.start)]
        return antecedent(candidates, self.sentences, pos, allowed) if allowed else None

    def within(self, start: int, end: int) -> list[Mention]:
        """The outer mentions lying within `start:end`, in order."""
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [m for m in self.outer[first:last] if m.span.end <= end]

    def _last_before(self, pos: int) -> Mention | None:
        s_start, _ = self.sentence(pos)
        found = [m for m in self.within(s_start, pos) if not self.text[m.span.end:pos].strip(" ’'s")]
        return found[-1] if found else None

    def _subjectlike(self, m: Mention) -> bool:
        """"Kenyan" is Kenya as a subject only in "the Kenyan government"; "Kenyan officials" are not Kenya;
        "the X peacekeeping mission, Y," is Y."""
        if id(m) in self.modifiers or m.span.start in self.companions:
            return False
        if m.role not in ("adjective", "people"):
            return True
        following = _WORD.match(self.text, m.span.end + 1)
        return bool(following) and following.group().lower() in self.institutions

    def _coordinated(self, first: Mention, types: frozenset[str], limit: int) -> list[Mention]:
        """`first` and the actors listed after it: "X and Y", "X, Y and Z" (a bare comma only
        counts when a later "and" closes the list: "the RSF, Sudan said" is no list)."""
        group, links = [first], []
        for m in self.within(first.span.end, limit):
            gap = self.text[group[-1].span.end:m.span.start]
            if m.role == "adjective" or m.type not in types or not _COORDINATION.fullmatch(gap):
                break
            group.append(m)
            links.append("and" if re.search(r"\b(?:and|or|as well as)\b|&", gap) else ",")  # "X, the Y": no list
        while links and links[-1] == ",":
            links.pop()
            group.pop()
        return group

    def _on_track(self, gap: str, max_words: int, need_preposition: bool) -> bool:
        words = [w.lower() for w in _WORD.findall(gap)]
        if len(words) > max_words or any(w in _OFF_PATH for w in words) or re.search(r"[.!?;:]", gap):
            return False
        for i, w in enumerate(words[:-1]):
            if w == "to" and words[i + 1] not in _DETERMINERS:
                return False  # "militias it backs to strike the border": an infinitive, not a recipient
        if need_preposition:
            tail = [w for w in words if w not in _DETERMINERS or w in _PREPOSITIONS]
            return bool(tail) and tail[-1] in _PREPOSITIONS
        return True


def _with_whom(token) -> bool:  # in a name, or a list of names, after "with"
    while token.dep_ in ("compound", "conj", "appos", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "with"
