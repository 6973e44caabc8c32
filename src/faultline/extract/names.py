"""Names nobody listed: people, organisations, groups and places found from the text.

Candidates are runs of capitalised words, with the particles and connectors names carry
("Amina bint Rashid", "Centre for Coastal Security Studies"). Each is typed from its
own words and its context, with the cues of data/name_cues.yaml:
    a title before it ("Ayatollah", "General")             -> person, title dropped
    a role noun next to it ("spokesman X", "X, a leader")   -> person
    its last word ("... University", "... Brigade", "... News", "... City")
                                                            -> organization / armed_group /
                                                               media / location
    a preposition of place before it, and a gazetteer that knows it -> location
    two to four name words led by a known first name, or the subject of a verb of saying
                                                            -> person
Sentence-initial capitals count only when the word is capitalised elsewhere too, and title-
case headlines are skipped, so "Seemingly" or a headline's "Says" never become actors.

The parser's NER then proposes the names this reader missed or cut short ("Kyaw Lin" at a
line's start, "Sarmin" after "near"): typed by the same cues first, then by a preposition of
place, a list of places it stands in or the gazetteer, and only last by the model's label,
which often calls countries, towns and armed groups persons (name_proposals.py).

name_variants.py adds the further mentions of names found: surnames, acronyms, the same
name again, an organisation's place ("Mission in Libya").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from ..knowledge.datafiles import load_data
from ..nlp import lemma
from ..nlp.patterns import alternation
from ..knowledge.given_names import is_given_name
from ..model import Mention, Parsed
from .index import MentionIndex
from .name_proposals import NER_TYPES, ModelProposals, speaks
from .name_variants import (acronyms, initials, join_surnames, named_mention, repeats, spelled_out, surnames,
                            with_mission, with_place)
from .reporting import load_reporting

PlaceCheck = Callable[[str], bool]


@dataclass(frozen=True)
class NameCues:
    titles: tuple[str, ...]
    roles: frozenset[str]
    heads: dict[str, str]  # last word(s) -> entity type
    locative: frozenset[str]
    connectors: tuple[str, ...]
    particles: tuple[str, ...]
    not_names: frozenset[str]
    place_prepositions: frozenset[str]
    heads_with_place: frozenset[str]
    place_participles: frozenset[str]
    place_noun_of: re.Pattern[str]
    suffixes: frozenset[str]
    heads_after: dict[str, str]  # a lower-case noun after a name -> the name's type ("the Fano militia")
    place_suffixes: tuple[str, ...]  # "Tripoli-based": a capital before one is the city
    venue_nouns: frozenset[str]  # "the Pretoria agreement": a capital before one is the city
    kit: frozenset[str]  # weapons written as acronyms ("a VBIED"): never an actor
    nonstate: frozenset[str]  # "a rebel group": modifiers that make a group an armed one
    numbered: frozenset[str]  # "Unit 29155": heads a number names
    dashed: frozenset[str]  # "Joint Task Force – Bravo": heads a dash and a mission's name follow
    holding_verbs: frozenset[str]  # "seized Kabul": a capital held is the city
    city_nouns: frozenset[str]  # "the capital Sanaa": a capital after one is the city


@lru_cache(maxsize=1)
def load_name_cues() -> NameCues:
    data = load_data("name_cues.yaml")
    heads = {word: kind for kind, words in data["heads"].items() for word in words}
    return NameCues(tuple(sorted(data["titles"], key=len, reverse=True)), frozenset(data["roles"]), heads,
                    frozenset(data["locative"]), tuple(data["connectors"]), tuple(data["particles"]),
                    frozenset(data["not_names"]),
                    frozenset(data["place_prepositions"]), frozenset(data["heads_with_place"]),
                    frozenset(data["place_participles"]),
                    re.compile(rf"\b(?:{alternation(data['place_nouns'])})\s+of\s+$"),
                    frozenset(data["suffixes"]),
                    {word: kind for kind, words in data["heads_after"].items() for word in words},
                    tuple(data["place_suffixes"]), frozenset(data["venue_nouns"]), frozenset(data["kit"]),
                    frozenset(data["nonstate_modifiers"]), frozenset(data["numbered"]), frozenset(data["dashed"]),
                    frozenset(data["holding_verbs"]), frozenset(data["city_nouns"]))


_UNIT_NUMBER = re.compile(r" \d{1,6}\b(?![.,]\d)")  # "Unit 29155", not "Unit 2.5" nor a figure
# A lower-case head noun after a name, one modifier apart at most: "Amaq news agency".
_HEAD_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)\b")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_name_cues()
    particle = "|".join(cues.particles)
    upper = r"A-Z\u00C0-\u00DE"
    letter = r"A-Za-z\u00C0-\u024F"
    # Apostrophes only inside a word ("O'Brien"), never the possessive "’s".
    inner = rf"(?:[{letter}]|[’'](?!s(?![{letter}]))(?=[{letter}]))"
    word = (rf"(?:(?:{particle})-)?(?:[{upper}](?:\.[{upper}])+\.?|[{upper}]{inner}*[{letter}]|[{upper}])"
            rf"(?:-[{upper}][{letter}]*)*")
    connector = "|".join(re.escape(c) for c in cues.connectors)
    # a nickname in quotation marks inside a name: Jimmy "Barbecue" Cherizier
    nickname = rf"[\"“‘][{upper}][^\"“”‘’\n]{{0,30}}[\"”’]"
    sequence = re.compile(rf"(?<![\w’'-]){word}(?:(?: (?:{connector}) | ){word}| {nickname} {word})*(?![\w-])")
    return sequence, re.compile(word)


def find_names(parsed: Parsed, known: list[Mention], is_place: PlaceCheck | None = None) -> list[Mention]:
    """All mentions of the document: the `known` dictionary ones plus the names found here."""
    return _NameFinder(parsed, known, is_place).run()


class _NameFinder(ModelProposals):
    def __init__(self, parsed: Parsed, known, is_place):
        self.parsed = parsed
        self.doc = parsed.document
        self.text = parsed.text
        self.sentences = sentences = parsed.sentences
        self.entities = [e for e in parsed.doc.ents if e.label_ in NER_TYPES]
        self.datelines = parsed.datelines
        self.known = sorted(known, key=lambda m: m.span.start)
        self.known_index = MentionIndex(self.known)
        self.known_at = {id(k): i for i, k in enumerate(self.known)}
        self.is_place = is_place or (lambda name: False)
        self.cues = load_name_cues()
        self.people_nouns = self.cues.roles | load_reporting().generic_speakers
        self.sequence, self.word = _patterns()
        self.sentence_starts = {s for s, _ in sentences}
        self.headlines = [(s, e) for s, e in sentences if self._is_headline(self.text[s:e])]
        # Words seen capitalised away from a sentence start: real names, not sentence-initial capitals.
        self.mid_capitals = {m.group() for m in self.word.finditer(self.text) if not self._at_sentence_start(m.start())}

    def run(self) -> list[Mention]:
        found: list[Mention] = []
        replaced: set[int] = set()
        for m in self.sequence.finditer(self.text):
            for mention, covered in self._candidate(m.start(), m.end()):
                found.append(mention)
                replaced |= covered
        mentions = [k for i, k in enumerate(self.known) if i not in replaced] + found
        known = frozenset(k.entity for k in self.known)
        mentions = with_mission(self.doc, with_place(self.doc, mentions, self.cues, known), self.cues)
        mentions += acronyms(self.doc, mentions)  # before the model's proposals take "CDL" for a name
        mentions = self._proposed(mentions)
        mentions += surnames(self.doc, mentions, self.cues)
        mentions = join_surnames(spelled_out(self.doc, mentions))
        mentions += repeats(self.doc, mentions)
        mentions += acronyms(self.doc, mentions)
        return sorted(initials(mentions), key=lambda x: x.span.start)

    # ---- one candidate ---------------------------------------------------------------------
    def _candidate(self, start: int, end: int):
        if self._in_headline(start):
            return
        words = [(w.start() + start, w.end() + start) for w in self.word.finditer(self.text[start:end])]
        title = self._title_before(start)
        # Leading function words and titles are not part of the name.
        while words:
            w = self.text[words[0][0]:words[0][1]]
            t = self._title_at(words[0][0], end)
            if t:
                title = t
                words = [x for x in words if x[0] >= words[0][0] + len(t)]
            elif w.lower() in STOP_WORDS or w.lower() in self.cues.place_prepositions or (
                    self._at_sentence_start(words[0][0]) and w not in self.mid_capitals
                    and not (len(words) > 1 and self._given(w)) and not self._numbered(words)):
                words = words[1:]  # "The ...", or a sentence-initial capital ("Later Okello", not "Celeste X")
            else:
                break
        while words and self.text[words[-1][0]:words[-1][1]] in self.cues.not_names \
                and self.text[words[-1][0]:words[-1][1]] not in self.cues.heads:
            words = words[:-1]
        if words and self.text[words[-1][0]:words[-1][1]] + "." in self.cues.titles:
            return  # "Lt" of "Lt. Gen.", "Navy Capt. X": a rank cut off by its full stop, and its service
        if not words or all(self.text[a:b] in self.cues.not_names for a, b in words):
            return
        start, end = words[0][0], words[-1][1]
        if self._numbered(words):  # "Unit 29155", "Task Force 88": the number is the unit's name
            yield self._mention("organization", start, _UNIT_NUMBER.match(self.text, end).end()), set()
            return
        name = self.text[start:end]
        if name.isupper() and len(words) > 1:  # datelines such as "GAZA CITY"
            return
        if name in self.cues.titles:
            return  # a title alone
        overlapping = [self.known_at[id(k)] for k in self.known_index.overlapping(start, end)]
        head = self._head(name)
        if overlapping:
            exact = any(self.known[i].span.start == start and self.known[i].span.end == end for i in overlapping)
            last = self.known[overlapping[-1]]
            inside = all(start <= self.known[i].span.start and self.known[i].span.end <= end for i in overlapping)
            whole_place = inside and not exact and len(words) > 1 and self.is_place(name)  # "Mocímboa da Praia"
            # "Tel Aviv University", "Gaza City": a head word after a known name makes a new actor.
            # "National Police of Ecuador": a known name after "of" completes the head, it does not end the name
            complement = re.search(r"\s(?:of|for)\s+(?:the\s+)?$", self.text[start:last.span.start])
            if not whole_place and not exact and self._kin(words, overlapping):
                yield self._mention("person", start, end), set(overlapping)
                return
            if not whole_place and (exact or head is None or (last.span.end == end and not complement)):
                yield from self._uncovered(words, overlapping, title)
                return
        if len(words) == 1 and self._at_sentence_start(start) and name not in self.mid_capitals:
            return
        kind = "location" if overlapping and head is None else self._type(name, start, end, head, title, len(words))
        if kind is None:
            return
        yield self._mention(kind, start, end), set(overlapping)

    def _kin(self, words, overlapping) -> bool:
        """"Hafez al-Assad", "Maher al-Assad": given names before a known person's surname
        alias name another of the family, not the known one (unless the dictionary name has
        that given name: "Bashar Hafez al-Assad")."""
        if len(overlapping) != 1:
            return False
        known = self.known[overlapping[0]]
        before = [self.text[a:b] for a, b in words if b <= known.span.start]
        return (known.type == "person" and known.role == "alias" and known.span.end == words[-1][1]
                and 0 < len(before) <= 2 and all(map(self._given, before))
                and before[0] not in known.name.split())

    def _uncovered(self, words, overlapping, title):
        """The words of a candidate that no known mention covers, as a candidate of their own."""
        spans = [(self.known[i].span.start, self.known[i].span.end) for i in overlapping]
        rest = [w for w in words if not any(a <= w[0] < b for a, b in spans)]
        runs, current = [], []
        for w in rest:
            if current and self.text[current[-1][1]:w[0]].strip(" ") not in ("",) + self.cues.connectors:
                runs.append(current)
                current = []
            current.append(w)
        if current:
            runs.append(current)
        for run in runs:
            start, end = run[0][0], run[-1][1]
            if len(run) < 2 and not (title or self._role_near(start, end)):
                continue
            kind = self._type(self.text[start:end], start, end, self._head(self.text[start:end]), title, len(run))
            if kind:
                yield self._mention(kind, start, end), set()

    def _type(self, name, start, end, head, title, n_words) -> str | None:
        if head:
            return head
        if title or self._role_near(start, end):
            return "person"
        called = self._called(start, end)
        if called:
            return called
        if self._after_locative(start) and self.is_place(name):
            return "location"
        if self.cues.place_noun_of.search(self.text[max(0, start - 30):start]):
            return "location"  # "the town of Kambele", known to no gazetteer
        parts = name.split()
        # "at Ahmed Salim's house": a person after all
        first_is_name = self._given(parts[0]) and parts[0].lower() not in self.cues.particles \
            and self.text[end:end + 2] in ("'s", "’s")
        if (self._after_locative(start, self.cues.place_prepositions) or self._held(start)) and n_words <= 3 \
                and not first_is_name:
            return "location"  # "near Al Huwayjah", "rebel-held Karabilah": a place, whatever particle it carries
        particle = any(p.split("-")[0].lower() in self.cues.particles for p in parts[1:])
        if 2 <= n_words <= 4 and (particle or speaks(self.parsed.tokens(start, end).root)):
            return "person"
        if 2 <= n_words <= 4 and self._given(parts[0]) and not self._after_locative(start):
            return "person"  # "Celeste Namashulua": a first name leads
        if 2 <= n_words <= 3 and self.is_place(name):
            return "location"
        after = _HEAD_AFTER.match(self.text, end)  # "its Amaq news agency", "the Fano militia"
        if after and after.group(1) in self.cues.heads_after:
            return self.cues.heads_after[after.group(1)]
        return None  # "Gran Grif", "Scarborough Shoal": no evidence of what it is

    # ---- context -------------------------------------------------------------------------
    def _called(self, start: int, end: int) -> str | None:
        """The kind the text calls a name by apposition or copula: "X, a militia", "X is an
        armed group" (a group with a non-state modifier is an armed one)."""
        root = self.parsed.tokens(start, end).root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "nsubj" and lemma(root.head) == "be":
            nouns += [c for c in root.head.children if c.dep_ == "attr"]
        for noun in nouns:
            kind = self.cues.heads_after.get(noun.lower_)
            if kind == "organization" and any(c.lower_ in self.cues.nonstate for c in noun.children if c.i < noun.i):
                return "armed_group"
            if kind:
                return kind
        return None

    def _numbered(self, words) -> bool:
        """"Task Force 88 raided ...": a unit head a number follows is a name, first word or not."""
        end = words[-1][1]
        head = {self.text[w[0]:end] for w in words[-2:]}  # "Unit", "Task Force"
        return bool(head & self.cues.numbered) and bool(_UNIT_NUMBER.match(self.text, end))

    def _given(self, word: str) -> bool:
        return word.lower() not in STOP_WORDS and word not in self.cues.not_names and is_given_name(word)

    def _head(self, name: str) -> str | None:
        """The type a name's head noun gives: its last word(s), or the word before its first
        "of"/"for" ("National Police of Ecuador", "Confederation of ... of Y")."""
        parts = name.split()
        for n in (2, 1):
            if len(parts) > n and " ".join(parts[-n:]) in self.cues.heads:
                return self.cues.heads[" ".join(parts[-n:])]
        inner = next((i for i, w in enumerate(parts) if w in ("of", "for")), 0)
        if inner > 0 and parts[inner - 1] in self.cues.heads:
            return self.cues.heads[parts[inner - 1]]
        return None

    def _title_at(self, pos: int, limit: int) -> str | None:
        for t in self.cues.titles:
            if self.text.startswith(t, pos) and pos + len(t) < limit and self.text[pos + len(t)] == " ":
                return t
        return None

    def _title_before(self, start: int) -> str | None:
        before = self.text[max(0, start - 30):start]
        for t in self.cues.titles:
            if before.endswith(t + " "):
                return t
        return None

    def _role_near(self, start: int, end: int) -> bool:
        before = re.findall(r"[\w’'-]+", self.text[max(0, start - 40):start])[-3:]
        after = self.text[end:end + 60]
        if before and before[-1].lower() in self.cues.roles and self.text[start - 1] == " ":
            return True
        m = re.match(r",\s+(?:a|an|the|who|its|his|her|their)?\s*(?:[\w’'-]+\s+){0,4}?([\w’'-]+)\b", after)
        if m and m.group(1).lower() in self.cues.roles:
            return True
        return bool(re.match(r",\s+(?:head|leader|chief|founder|spokesman|commander) of\b", after))

    def _after_locative(self, start: int, strict: frozenset[str] | None = None) -> bool:
        """A preposition of place before the name, across "the", lower-case words and a
        possessive ("in Haiti's Artibonite"); with `strict`, one of those prepositions right
        before it, or before "the"."""
        before = re.split(r"[.!?;:\n]", self.text[max(0, start - 40):start])[-1]  # within the sentence
        words = re.findall(r"[A-Za-z0-9’'-]+", before)[-4:]  # ("In 2004 X": a year, not a place, before X)
        if strict is not None:
            words = [w for w in words if w.lower() != "the"][-1:]
            return bool(words) and words[0].lower() in strict
        for word in reversed(words):
            if word.lower() in self.cues.locative:
                return True
            if not (word.islower() or word.endswith(("’s", "'s"))):
                return False
        return False

    def _held(self, start: int) -> bool:
        """"ISIL-held X", "rebel-controlled X": X is a place someone holds."""
        m = re.search(r"-([a-z]+)\s+$", self.text[max(0, start - 20):start])
        return bool(m) and m.group(1) in self.cues.place_participles

    def _at_sentence_start(self, pos: int) -> bool:
        back = pos
        while back > 0 and self.text[back - 1] in "“‘\"'(":
            back -= 1
        before = self.text[max(0, back - 3):back].rstrip(" ")
        return back in self.sentence_starts or not before or before[-1] in ".!?\n"

    def _is_headline(self, sentence: str) -> bool:
        words = re.findall(r"[A-Za-z][\w’'-]*", sentence)
        if len(words) < 4 or sentence.rstrip().endswith((".", "”", "\"", ":")):  # (":" opens a statement)
            return False
        caps = sum(w[0].isupper() for w in words if w.lower() not in STOP_WORDS or w[0].isupper())
        return caps / len(words) >= 0.6

    def _in_headline(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.headlines)

    def _mention(self, kind: str, start: int, end: int) -> Mention:
        return named_mention(self.doc, kind, start, end)

    def _proper(self, words) -> bool:
        """Every word capitalised (or a number, a particle, a connector): a proper name, not
        "the foreign ministry" or a nickname in quotation marks."""
        return all(t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in self.cues.connectors
                   or t.lower_.split("-")[0] in self.cues.particles for t in words) \
            and not any(ch in t.text for t in words for ch in "\"“”\n")

    # ---- further mentions of names found ------------------------------------------------------
