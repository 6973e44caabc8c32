"""Definite descriptions: "the group", "the Tehran-backed militia", "the administration".

Each description points back to an actor named before it whose type it can denote
(data/name_cues.yaml `descriptions`), within a few paragraphs; a description that names
its actor itself ("the Houthi movement") needs no antecedent. The antecedent is the most
salient candidate: in the description's own sentence, or else in the nearest sentence
before that has one, the first compatible mention, since a sentence's first actor is
usually its subject ("X is, after Y, the biggest armed group": X, not Y).
Personal pronouns are resolved where they matter, by the claims extractor, with the same
`antecedent` rule.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..model import Document, Mention
from ..nlp.patterns import alternation

# How far back an antecedent may be; beyond it the reader has lost the thread too.
_MAX_DISTANCE = 1500
_COPULA = re.compile(r"\b(?:is|are|was|were|remains|remain|became|becomes|been)\b|^,")
_STATE_ROLES = ("MIL", "GOV", "COP", "JUD", "SPY")


@dataclass(frozen=True)
class Description:
    types: tuple[str, ...]
    roles: tuple[str, ...] = ()
    indefinite: bool = False


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_data("name_cues.yaml")


@lru_cache(maxsize=1)
def _descriptions() -> tuple[re.Pattern[str], dict[str, Description]]:
    data = _data()
    kinds = {head: Description(tuple(spec["types"]), tuple(spec.get("roles") or ()), bool(spec.get("indefinite")))
             if isinstance(spec, dict) else Description(tuple(spec))
             for head, spec in data["descriptions"].items()}
    heads = alternation(kinds)
    # an article + up to three modifiers ("militant", "Tehran-backed", "Palestinian") + a head noun
    after = "|".join(map(re.escape, data["not_after_descriptions"]))
    pattern = re.compile(rf"\b(?P<article>[Tt]he|[Aa]n?)\s+(?P<mods>(?:[A-Za-z][\w’'-]*\s+){{0,3}}?)(?P<head>{heads})\b"
                         rf"(?!\s+(?:{after})\b)")
    return pattern, kinds


def antecedent(mentions: list[Mention], sentences: list[tuple[int, int]], pos: int,
               types: tuple[str, ...], text: str | None = None) -> Mention | None:
    """The most salient mention of one of `types` before offset `pos` (mentions sorted by start).

    With `text`, a mention of the same sentence counts only across a copula or an apposition
    ("X is ... the biggest armed group"), not as the subject of a verb whose object the
    description is ("the army accused the group": not the army)."""
    before = [m for m in mentions if m.span.end <= pos and m.type in types and pos - m.span.end <= _MAX_DISTANCE]
    if not before:
        return None
    for s_start, s_end in reversed([s for s in sentences if s[0] <= pos]):
        in_sentence = [m for m in before if s_start <= m.span.start < s_end]
        if text is not None and s_start <= pos < s_end:
            in_sentence = [m for m in in_sentence if _COPULA.search(text[m.span.end:pos])]
        if in_sentence:
            return in_sentence[0]
    return before[-1]


_NONSTATE = frozenset(_data()["nonstate_modifiers"])


def _with_role(mentions: list[Mention], pos: int, kind: Description) -> Mention | None:
    """"the army": the nearest force named before whose code says it is one (…MIL)."""
    if not kind.roles:
        return None
    return next((m for m in reversed(mentions) if m.span.end <= pos and m.type in kind.types
                 and any(str(m.codes.get("cameo", "")).endswith(r) for r in kind.roles)), None)


def resolve_descriptions(document: Document, sentences: list[tuple[int, int]],
                         mentions: list[Mention]) -> list[Mention]:
    """Mentions for the definite descriptions of `document` that have an antecedent."""
    pattern, kinds = _descriptions()
    ordered = sorted(mentions, key=lambda m: m.span.start)
    found = []
    for m in pattern.finditer(document.text):
        start, end = m.start(), m.end()
        if re.match(r"\s+(?:of|for|to)\s+(?![\"“]|\w+ing\b)", document.text[end:end + 30]):
            continue  # "the movement of goods", "the government of Chad": not a reference back
        kind = kinds[m.group("head")]
        if m.group("article").lower() != "the" and not kind.indefinite:
            continue
        if any(start <= x.span.start and x.span.end <= end and x.type in kind.types for x in ordered):
            continue
        pool = ordered
        if set(m.group("mods").lower().split()) & _NONSTATE:
            pool = [x for x in ordered if x.type != "state" and not str(x.codes.get("cameo", "")).endswith(_STATE_ROLES)]
        target = _with_role(pool, start, kind) or antecedent(pool, sentences, start, kind.types, document.text)
        if target is None:
            continue
        mention = Mention(target.entity, target.name, target.type, document.span(start, end),
                          role="description", country=target.country, codes=dict(target.codes))
        found.append(mention)
        ordered = sorted(ordered + [mention], key=lambda x: x.span.start)  # later descriptions may chain
    return found
