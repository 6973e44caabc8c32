"""Names the parser's statistical NER proposes, for names.py's reader: taken where the
capitalised-run reader missed or cut a name short, typed by the cues first and the model's
label last, with guards against the model's known confusions.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from ..model import Mention
from ..nlp import lemma
from .reporting import is_reporting_verb

_STRAY = re.compile(r"[,\[(]")  # where a footnote mark, a comma or a bracket glued to a word begins

# The model's entity labels that may name an actor, and the type each suggests last of all.
NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location", "FAC": "location",
              "NORP": "population"}


class ModelProposals:
    """The NER half of names.py's _NameFinder (whose cues, context tests and typing it uses)."""

    def _proposed(self, mentions: list[Mention]) -> list[Mention]:
        """Names the parser's NER finds that the capitalised-run reader missed or cut short
        ("Kyaw Lin" at a line start), typed by the cues first and the NER label last, with
        guards against its known confusions: a place the gazetteer knows is a place, and a
        one-word PERSON is no evidence."""
        ordered = sorted(mentions, key=lambda m: m.span.start)
        starts = [m.span.start for m in ordered]
        surnames = {w for m in ordered if m.type == "person" for w in m.name.split()[1:]}
        # one word the model calls a person twice or more ("Abadi ... Abadi") is a person's name
        repeated = Counter(e.text for e in self.entities if e.label_ == "PERSON" and len(e) == 1)
        drop: set[int] = set()
        added = []
        for ent in self.entities:
            if any(a <= ent.start_char < b for a, b in self.datelines):
                continue
            # "the", and a capitalised preposition the model took in ("Near Palmyra"), are not the name
            words = [t for t in ent if not (t.i == ent.start and (t.lower_ in ("the", "a", "an") or t.pos_ == "ADP"))
                     and not t.is_punct]
            while words and self._title_at(words[0].idx, words[-1].idx + len(words[-1]) + 1):
                title = self._title_at(words[0].idx, words[-1].idx + len(words[-1]) + 1)
                words = [t for t in words if t.idx >= words[0].idx + len(title)]
            if not words or words[-1].idx + len(words[-1]) - words[0].idx in (len(t) for t in self.cues.titles
                                                                             if words[0].text == t.split()[0]):
                continue
            if words[-1].text + "." in self.cues.titles and self.text[words[-1].idx + len(words[-1]):][:1] == ".":
                continue  # "Navy Capt. X": a service and its rank cut off by the full stop, no name
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            name = self.text[start:end]
            stray = _STRAY.search(name)  # "Assad,[1]", "Qasim(Arabic": what is glued to the last word is no part of it
            if stray:
                end = start + stray.start()
                name = name[:stray.start()]
            if not name or self._in_headline(start) or not self._proper(words) \
                    or name in self.cues.kit:
                continue  # ("a VBIED": kit written as an acronym is never an actor)
            if ent.label_ == "NORP" and not words[-1].tag_.endswith("S"):
                continue  # "Kurds" are a people; "Kurdish" describes one
            if len(words) == 1 and name in surnames:
                continue  # "Mosquera" after "Édgar Mosquera Ruiz": the surname reader's, whatever else it names
            if len(words) == 1 and self._at_sentence_start(start) and name not in self.mid_capitals:
                continue  # a sentence's first word, capitalised for that alone
            if ent.label_ in ("PERSON", "ORG") and not name.isupper() and ent.root.dep_ in ("compound", "amod") \
                    and ent.root.head.pos_ == "NOUN" and lemma(ent.root.head) not in self.people_nouns:
                continue  # "a Patriot missile battery", "the Iron Dome system": a thing's name, not "X fighters"
            lo, hi = bisect.bisect_left(starts, start - 200), bisect.bisect_left(starts, end)
            near = [i for i in range(lo, hi) if start < ordered[i].span.end]
            kind = self._type(name, start, end, self._head(name), self._title_before(start), len(words)) \
                or self._conjunct_kind(ent.root, ordered, starts)
            if kind is None:
                kind = NER_TYPES[ent.label_]
                if self.is_place(name) or (kind != "population" and (
                        self._after_locative(start, self.cues.place_prepositions) or self._held(start))):
                    kind = "location"  # "in Sarmin": whatever the model's label, a place
                elif kind == "person" and (len(words) > 4 or len(words) == 1 and (
                        not (speaks(ent.root) or repeated[name] >= 2) or name in surnames)):
                    continue  # one word is a person's name when it speaks or recurs, and is no one's surname
                elif kind == "organization" and len(words) == 1 and not (name.isupper() and len(name) > 1):
                    continue  # a lone capitalised word ("Jihad", "Islam") is no evidence of a body
            if near:
                inner = [t.idx for t in words if t.lower_ in ("of", "in", "for")]
                if not all(self._gives_way(ordered[i], kind, start, end, inner[0] if inner else end) for i in near):
                    continue
                drop.update(near)
            added.append(self._mention(kind, start, end))
        return [m for i, m in enumerate(ordered) if i not in drop] + added

    def _conjunct_kind(self, root, ordered: list[Mention], starts: list[int]) -> str | None:
        """"in Qamenas, Sarmin and Talamenes": a name listed with places is a place."""
        if root.dep_ != "conj":
            return None
        first = root.head
        while first.dep_ == "conj":
            first = first.head
        i = bisect.bisect_right(starts, first.idx) - 1
        m = ordered[i] if i >= 0 else None
        if m is not None and m.span.start <= first.idx < m.span.end and m.type == "location":
            return "location"
        return None

    @staticmethod
    def _gives_way(m: Mention, kind: str, start: int, end: int, complement: int) -> bool:
        """Whether mention `m` inside a longer NER name yields to it: a shorter name of the same
        kind found from capitals ("Lin" in "Kyaw Lin"), or, in an organisation's name, a
        place after its "of"/"in"/"for" ("UN Mission in Somalia")."""
        if not (start <= m.span.start and m.span.end <= end) or (m.span.start, m.span.end) == (start, end):
            return False
        if m.role == "name" and m.type == kind:
            return True
        return kind in ("organization", "armed_group") and m.span.start > complement \
            and m.type in ("location", "state") and m.role in ("name", "alias")


def speaks(token) -> bool:
    return token.dep_ == "nsubj" and is_reporting_verb(token.head)
