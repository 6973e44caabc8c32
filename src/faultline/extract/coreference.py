"""Definite descriptions: "the group", "the Tehran-backed militia", "the administration".

Each description points back to the nearest actor named before it whose type it can
denote (data/name_cues.yaml `descriptions`), within a few paragraphs; a description that
names its actor itself ("the Hamas movement") needs no antecedent. Personal pronouns are
resolved where they matter, by the claims extractor, which knows who was speaking.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..model import Document, Mention

# How far back an antecedent may be; beyond it the reader has lost the thread too.
_MAX_DISTANCE = 1500


@lru_cache(maxsize=1)
def _descriptions() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    data = yaml.safe_load((resources.files("faultline") / "data" / "name_cues.yaml").read_text(encoding="utf-8"))
    kinds = {head: tuple(types) for head, types in data["descriptions"].items()}
    heads = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    # "the" + up to three modifiers ("militant", "Tehran-backed", "Palestinian") + a head noun
    pattern = re.compile(rf"\b[Tt]he\s+((?:[A-Za-z][\w’'-]*\s+){{0,3}}?)({heads})\b")
    return pattern, kinds


def resolve_descriptions(document: Document, mentions: list[Mention]) -> list[Mention]:
    """Mentions for the definite descriptions of `document` that have an antecedent."""
    pattern, kinds = _descriptions()
    ordered = sorted(mentions, key=lambda m: m.span.start)
    found = []
    for m in pattern.finditer(document.text):
        start, end = m.start(), m.end()
        wanted = kinds[m.group(2)]
        inside = [x for x in ordered if start <= x.span.start and x.span.end <= end and x.type in wanted]
        if inside:
            continue
        antecedent = next((x for x in reversed(ordered) if x.span.end <= start and x.type in wanted
                           and start - x.span.end <= _MAX_DISTANCE), None)
        if antecedent is None:
            continue
        found.append(Mention(antecedent.entity, antecedent.name, antecedent.type, document.span(start, end),
                             role="description", country=antecedent.country, codes=dict(antecedent.codes)))
    return found
