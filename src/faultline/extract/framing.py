"""Framing: the words each document uses to label each actor.

A label is a noun from data/labels.yaml ("terror group", "rebels"), in the document's own
words lower-cased, or an "<actor form>-backed" compound of any name ("Moscow-backed", as
written). Labels side by side, with only loose adjectives or a nationality between them, make
one phrase ("Moscow-backed separatist fighters"), given to the actors of the first fitting
construction:

    premodifier   "the rebel group X", "Moscow-backed X", "rebel groups X and Y", "a militia, X, ..."
    such as       "armed groups such as X and Y"
    designation   "Z designated X a terrorist organisation", "Z calls X and Y terrorists"
    postmodifier  "X militants", "X and Y fighters", "the Syrian regime"
    possessive    "X's fighters", "the fighters of X", "X's junta" (members and rulers only)
    apposition    "X, a militant group that ...", "X (ABC), the largest armed group in Z"
    predicate     "X is, after Y, the biggest terror group", "X and Y are considered
                  terrorist groups by Z", "X seized Z and is now a ..." (not "X is not a ...")
    description   "the militants": the description mention (extract/coreference.py) covering it

A nationality or a capital ("Syrian", "Kabul") takes only a state's label ("regime"):
"Palestinian militants" says nothing of a state. Locations and media get no labels. Evidence
runs from the actor's mention to the phrase, in a predicate on to its "by Z" (who says so).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..model import Document, Framing, Mention, Span
from ..nlp.patterns import alternation
from .index import Covering, MentionIndex

FRAMED_TYPES = frozenset({"armed_group", "organization", "state", "person", "population"})
_NATIONAL_ROLES = frozenset({"adjective", "people", "capital", "seat"})  # "Syrian", "Syrians", "Damascus"
_MAX_PRE_WORDS = 4  # between an apposition's or predicate's opener and its label

_WORD_BEFORE = re.compile(r"(?<![\w'’-])[\w'’-]+\s+\Z")
_WORD_AFTER = re.compile(r"\s+([\w'’-]+)")
_LIST_JOIN_BEFORE = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?\Z")
_LIST_JOIN_AFTER = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_THE_AFTER = re.compile(r"\s*(?:the\s+)?", re.I)
_APPOSITION = re.compile(r"(?:\s*\([^()]{1,60}\))?\s*,\s*\Z")
_POSSESSIVE = re.compile(r"['’]s?\s+\Z")
_COMMA, _OF, _BY = re.compile(r",\s+"), re.compile(r"\s+of\s+"), re.compile(r"\s+by\s+")
_AS_BEFORE, _AND_BEFORE = re.compile(r"\s+as\s+\Z"), re.compile(r"(?<![\w-])and\s+\Z")
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who|that)\b(?:[^,;.]{1,100},)?\s*\Z")  # "X, which (...,) is"


@dataclass(frozen=True)
class LabelLexicon:
    """data/labels.yaml compiled: the label matchers and the cues of each construction."""
    nouns: re.Pattern[str]
    modifier: re.Pattern[str]
    canonical: dict[str, str]       # label (and its plural) -> family
    suffixes: dict[str, str]        # "backed" -> family
    state: frozenset[str]
    possessive: frozenset[str]
    np_words: frozenset[str]
    stops: frozenset[str]           # words a noun phrase cannot reach back over
    opener: re.Pattern[str]         # an opener ending just before a noun phrase
    predicate: re.Pattern[str]      # a copula (+ designation) ending just before one
    designator: re.Pattern[str]     # an active designating verb ending just before its object
    negation: re.Pattern[str]
    such_as: re.Pattern[str]


def _plural(label: str) -> str:
    if label.endswith(("s", "men")):
        return label
    return label[:-1] + "ies" if re.search(r"[^aeiou]y$", label) else label + "s"


@lru_cache(maxsize=1)
def load_labels() -> LabelLexicon:
    data = load_data("labels.yaml")
    canonical = {form: family for family, labels in data["labels"].items() for label in labels
                 for form in (_plural(label), label)}
    suffixes = {s: family for family, forms in data["modifiers"].items() for s in forms}
    words = lambda key: frozenset(w for phrase in data[key] for w in phrase.split())  # noqa: E731
    plurals = lambda key: frozenset(data[key]) | {_plural(x) for x in data[key]}  # noqa: E731
    alt = lambda key: alternation(data[key])  # noqa: E731
    return LabelLexicon(
        nouns=re.compile(rf"(?<![\w-])(?:{alternation(canonical)})(?![\w-])", re.I),
        modifier=re.compile(rf"(?<![\w.'’‑-])((?:[\w.'’]+[-‑])*?[\w.'’]+)[-‑–]"
                            rf"(?i:{alternation(suffixes)})(?![\w-])"),
        canonical=canonical, suffixes=suffixes, state=plurals("state"), possessive=plurals("possessive"),
        np_words=frozenset(data["np_words"]),
        stops=frozenset(data["ends"]) | words("copulas") | words("designations") | frozenset(data["designators"]),
        opener=re.compile(rf"(?<![\w-])(?:{alt('openers')})\s+\Z", re.I),
        predicate=re.compile(rf"(?<![\w-])(?P<verb>(?:{alt('copulas')})(?:\s+(?:{alt('adverbs')}|{alt('negations')}))*"
                             rf"(?:\s+(?:{alt('designations')}))?)(?:\s*,[^,.;:!?]{{1,80}},)?\s+\Z"),
        designator=re.compile(rf"(?<![\w-])(?:{alt('designators')})\s+(?:the\s+)?\Z", re.I),
        negation=re.compile(rf"(?<![\w-])(?:{alt('negations')})(?![\w-])"),
        such_as=re.compile(rf"\s*,?\s*(?:{alt('such_as')})\s+(?:the\s+)?"))


def canonical_label(label: str) -> str:
    """The family of a label, to compare outlets: "terror groups", "terrorist organisation" -> "terrorist";
    "Moscow-backed" -> "backed"; a label outside the vocabulary, lower-cased."""
    lex, key = load_labels(), re.sub(r"\s+", " ", label.strip().lower())
    parts = re.split(r"[-‑–]", key)
    return lex.canonical.get(key) or (len(parts) > 1 and lex.suffixes.get(parts[-1])) or key


@dataclass
class _Phrase:
    """Labels side by side in the text: (start, end, is_modifier) each, in order."""
    items: list[tuple[int, int, bool]]
    start = property(lambda self: self.items[0][0])
    end = property(lambda self: self.items[-1][1])


class _Reader:
    """One document's text, its actor mentions indexed by their ends, and the constructions."""

    def __init__(self, document: Document, sentences: list[tuple[int, int]], mentions: list[Mention]):
        self.lex, self.text, self.sentences = load_labels(), document.text, sentences
        self.sentence_starts = {s for s, _ in sentences}
        self.actors = [m for m in mentions if m.type in FRAMED_TYPES]
        self.national = MentionIndex([m for m in self.actors if m.role in _NATIONAL_ROLES])
        self.descriptions = Covering([m for m in self.actors if m.role == "description"],
                                     lambda m: (m.span.start, m.span.end))
        self.all_spans = {(m.span.start, m.span.end) for m in mentions}
        self.names = MentionIndex([m for m in mentions if m.role != "description"])
        self.by_start: dict[int, Mention] = {}  # the actor named from each offset, and up to each
        self.by_end: dict[int, Mention] = {}
        for m in sorted(self.actors, key=lambda m: (m.role != "description", m.span.end - m.span.start)):
            self.by_start[m.span.start] = self.by_end[m.span.end] = m  # a name over a description, a longer name
        self.rules = (self.premodifier, self.such_as, self.designated, self.postmodifier, self.possessive,
                      self.predicate, self.apposition, self.described)

    def phrases(self) -> list[_Phrase]:
        items = sorted([(m.start(), m.end(), False) for m in self.lex.nouns.finditer(self.text)  # not "X Militia"
                        if not any(n.span.start <= m.start() and m.end() <= n.span.end
                                   for n in self.names.overlapping(m.start(), m.end()))]
                       + [(m.start(), m.end(), True) for m in self.lex.modifier.finditer(self.text)
                          if self._names_backer(m.start(), m.start(1), m.end(1))])
        phrases: list[_Phrase] = []
        for item in items:
            if phrases and item[0] >= phrases[-1].end and self._loose(phrases[-1].end, item[0]):
                phrases[-1].items.append(item)
            elif not phrases or item[0] >= phrases[-1].end:
                phrases.append(_Phrase([item]))
        return phrases

    def _names_backer(self, start: int, a: int, b: int) -> bool:
        """Whether "<prefix>-backed" is made from a name: not "state-backed", nor "State-backed" opening a sentence."""
        prefix = self.text[a:b]
        return (a, b) in self.all_spans or any(c.isupper() for c in prefix[1:]) or (
            prefix[:1].isupper() and start not in self.sentence_starts and start > 0)

    def _loose(self, a: int, b: int) -> bool:
        """Whether text[a:b] is only loose adjectives and nationalities, so two labels make one phrase."""
        return all(w.group().lower() in self.lex.np_words or self._national_at(a + w.start(), a + w.end())
                   for w in re.finditer(r"\S+", self.text[a:b]))

    def _national_at(self, a: int, b: int) -> bool:
        return any(m.span.start <= a and b <= m.span.end for m in self.national.overlapping(a, b))

    def labels(self, phrase: _Phrase, target: Mention) -> list[str]:
        """The phrase's labels that `target` can take."""
        out = list(dict.fromkeys(self.text[a:b] if modifier else re.sub(r"\s+", " ", self.text[a:b].lower())
                                 for a, b, modifier in phrase.items  # not "Moscow-backed" for Moscow:
                                 if not (modifier and any(m.entity == target.entity and a <= m.span.start < b
                                                          for m in self.actors))))
        national = target.type == "state" and target.role in _NATIONAL_ROLES
        return [] if national and not set(out) & self.lex.state else out

    def list_before(self, pos: int) -> list[Mention]:
        """Actors named in a list ending at `pos` ("X, Y and Z"), nearest first, of one type."""
        pos = len(self.text[:pos].rstrip())
        out: list[Mention] = []
        while (m := self.by_end.get(pos)) and (not out or m.type == out[0].type):
            out.append(m)
            join = _LIST_JOIN_BEFORE.search(self.text, max(0, m.span.start - 20), m.span.start)
            if not join or (len(out) > 1 and re.search(r"\b(?:and|or)\b", join.group())):
                break  # only the last member is joined by "and": "X, Y and Z"
            pos = join.start()
        return out

    def list_after(self, pos: int) -> list[Mention]:
        """Actors named in a list starting at `pos`, in order, of one type; names, not descriptions."""
        out: list[Mention] = []
        while True:
            m = self.by_start.get(_THE_AFTER.match(self.text, pos).end())
            if not m or m.role == "description" or (out and m.type != out[0].type):
                return out
            out.append(m)
            join = _LIST_JOIN_AFTER.match(self.text, m.span.end)
            if not join or (len(out) > 1 and re.search(r"\b(?:and|or)\b", self.text[out[-2].span.end:m.span.start])):
                return out  # the member after "and" ends the list: "X and Y, Z said"
            pos = join.end()

    def np_start(self, pos: int) -> tuple[int, bool]:
        """Where the noun phrase whose label starts at `pos` begins: at its opener ("a", "the"), or bare at `pos`."""
        cut = pos
        for _ in range(_MAX_PRE_WORDS + 1):
            if opener := self.lex.opener.search(self.text, max(0, cut - 20), cut):
                return opener.start(), True
            word = _WORD_BEFORE.search(self.text, max(0, cut - 40), cut)
            if not word or word.group().strip().lower() in self.lex.stops \
                    or word.start() + len(word.group().rstrip()) in self.by_end:  # "calls X terrorists"
                break
            cut = word.start()
        return pos, False

    # the constructions: each gives (actor, evidence start, evidence end)
    def premodifier(self, p: _Phrase):
        pos = p.end
        while (word := _WORD_AFTER.match(self.text, pos)) and (
                word.group(1).lower() in self.lex.np_words or self._national_at(word.start(1), word.end(1))):
            pos = word.end()
        comma = _COMMA.match(self.text, pos)  # "a militia, the X, ...": the phrase renamed
        targets = self.list_after(comma.end() if comma else pos)
        if not targets or not (self.text.startswith(",", targets[-1].span.end) and self.np_start(p.start)[1] if comma
                               else self.text[pos:targets[0].span.start].isspace()):
            return []
        return [(t, p.start, t.span.end) for t in targets]

    def such_as(self, p: _Phrase):
        cue = self.lex.such_as.match(self.text, p.end)
        return [(t, p.start, t.span.end) for t in self.list_after(cue.end())] if cue else []

    def designated(self, p: _Phrase):
        start, _ = self.np_start(p.start)
        as_ = _AS_BEFORE.search(self.text, max(0, start - 10), start)
        if not (objects := self.list_before(as_.start() if as_ else start)):
            return []
        first = objects[-1].span.start
        verb = self.lex.designator.search(self.text, max(0, first - 30), first)
        if not verb or self.lex.negation.search(self.text, max(0, verb.start() - 12), verb.start()):
            return []
        return [(o, verb.start(), p.end) for o in reversed(objects)]

    def postmodifier(self, p: _Phrase):
        for pos in dict.fromkeys((p.items[-1][0], p.start)):
            if self.text[max(0, pos - 1):pos].isspace() and (hosts := self.list_before(pos)):
                return [(h, h.span.start, p.end) for h in reversed(hosts)]
        return []

    def possessive(self, p: _Phrase):
        if p.items[-1][2] or self.text[p.items[-1][0]:p.end].lower() not in self.lex.possessive:
            return []
        pos, loose = p.start, self.lex.np_words
        while (w := _WORD_BEFORE.search(self.text, max(0, pos - 30), pos)) and w.group().strip().lower() in loose:
            pos = w.start()
        if mark := _POSSESSIVE.search(self.text, max(0, pos - 5), pos):
            return [(h, h.span.start, p.end) for h in reversed(self.list_before(mark.start()))]
        of = _OF.match(self.text, p.end)
        return [(t, p.start, t.span.end) for t in self.list_after(of.end())] if of else []

    def apposition(self, p: _Phrase):
        start, opened = self.np_start(p.start)
        comma = _APPOSITION.search(self.text, max(0, start - 80), start) if opened else None
        host = self.by_end.get(comma.start()) if comma else None
        return [(host, host.span.start, p.end)] if host else []

    def predicate(self, p: _Phrase):
        start, _ = self.np_start(p.start)
        verb = self.lex.predicate.search(self.text, max(0, start - 160), start)
        if not verb or self.lex.negation.search(verb.group("verb")):
            return []
        by = _BY.match(self.text, p.end)
        end = agents[-1].span.end if by and (agents := self.list_after(by.end())) else p.end
        return [(s, s.span.start, end) for s in reversed(self._subjects(verb.start()))]

    def _subjects(self, pos: int) -> list[Mention]:
        """The actors a verb at `pos` is said of: just before it, before a relative clause, or the sentence's."""
        if subjects := self.list_before(pos):
            return subjects
        if relative := _RELATIVE_BEFORE.search(self.text, max(0, pos - 120), pos):
            return self.list_before(relative.start())
        if _AND_BEFORE.search(self.text, max(0, pos - 8), pos):  # "X attacked Y and is a ..."
            return self.list_after(max((s for s, _ in self.sentences if s <= pos), default=0))[::-1]
        return []

    def described(self, p: _Phrase):
        # the description holding the phrase, but not "the militias of the junta" for "militias"
        return [(d, min(d.span.start, p.start), max(d.span.end, p.end)) for d in self.descriptions.at(p.start)
                if not self.lex.stops & set(self.text[p.end:d.span.end].lower().split())][:1]


def extract_framing(document: Document, sentences: list[tuple[int, int]], mentions: list[Mention]) -> list[Framing]:
    """One Framing per actor labelled in `document`: its labels in document order, and their evidence."""
    reader = _Reader(document, sentences, mentions)
    found: dict[str, tuple[list[str], list[Span]]] = {}
    for phrase in reader.phrases():
        for rule in reader.rules:  # the first construction that gives the phrase to an actor that can take it
            if hits := [(t, a, b, labels) for t, a, b in rule(phrase) if (labels := reader.labels(phrase, t))]:
                break
        for target, a, b, labels in hits:
            seen, spans = found.setdefault(target.entity, ([], []))
            seen.extend(label for label in labels if label not in seen)
            if (span := document.span(a, b)) not in spans:
                spans.append(span)
    return [Framing(entity, document.id, labels, sorted(spans, key=lambda s: (s.start, s.end)))
            for entity, (labels, spans) in found.items()]
