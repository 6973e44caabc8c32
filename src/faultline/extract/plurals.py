"""Counted plural references: "the two countries", "both governments", "the three juntas".

A plural description counted by a number (or "both") points back to that many actors of
the types its head noun may denote (data/name_cues.yaml `descriptions` and `counted_only`,
read by lemma): the latest distinct ones before it, within the last few sentences. It becomes one Mention per
actor over the description's span, role "description", so a reader of the span sees all of
them ("Defence ministers from the three countries met": each country meets).
"""
from __future__ import annotations

from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..model import Mention, Parsed
from ..nlp import lemma
from ..nlp.numerals import parse_number
from .coreference import Description, description_kinds
from .salience import MAX_DISTANCE
from .index import MentionIndex

_MOST = 12  # "the two countries" ... "the twelve members": a count beyond names a crowd


@lru_cache(maxsize=1)
def counted_only() -> dict[str, Description]:
    """"the two sides", "both parties": nouns that point back only when counted (name_cues.yaml)."""
    return {head: Description(tuple(types)) for head, types in load_data("name_cues.yaml")["counted_only"].items()}


def counted_references(parsed: Parsed, mentions: list[Mention]) -> list[Mention]:
    """Mentions for the counted plural descriptions of `parsed` whose actors precede them."""
    kinds = {**description_kinds(), **counted_only()}
    index = MentionIndex(mentions)
    added = []
    for token in parsed.doc:
        if token.tag_ not in ("NNS", "NNPS"):
            continue
        kind = kinds.get(lemma(token)) or kinds.get(token.lower_)
        if lemma(token) in counted_only() and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "both sides of the road": a place's sides, no parties
        words = {c.lower_: c for c in token.lefts if c.dep_ in ("nummod", "det", "predet")}
        count = 2 if "both" in words else next((int(n) for c in words.values() if c.dep_ == "nummod"
                                                 for n in [parse_number(c.text)] if n and 2 <= n <= _MOST), None)
        if kind is None or count is None or not ("the" in words or "both" in words):
            continue
        first = min(words.values(), key=lambda t: t.i)
        start, end = first.idx, token.idx + len(token)
        if index.within(start, end):
            continue  # "the two Koreas" names its actors itself
        actors: dict[str, Mention] = {}
        for m in reversed(index.starting(start - MAX_DISTANCE, start)):
            if m.type in kind.types and m.entity not in actors and m.span.end <= start:
                actors[m.entity] = m
            if len(actors) == count:
                break
        if len(actors) < count:
            continue  # fewer actors than the text counts: the reference is elsewhere
        for m in sorted(actors.values(), key=lambda m: m.span.start):
            added.append(Mention(m.entity, m.name, m.type, parsed.document.span(start, end), role="description",
                                 country=m.country, codes=dict(m.codes)))
    return added
