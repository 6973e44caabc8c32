"""Verbs of saying and of thinking, asked of the parse (lexicon: data/reporting.yaml).

A token is a reporting verb when its lemma is a speech or cognition lemma, or a verb and
particle pair such as "point out"; claims.py reads what they introduce, coreference.py
who holds the floor.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.datafiles import load_data


@dataclass(frozen=True)
class ReportingLexicon:
    speech: frozenset[str]
    cognition: frozenset[str]
    particles: dict[str, str]
    according_to: tuple[str, ...]
    generic_speakers: frozenset[str]


@lru_cache(maxsize=1)
def load_reporting() -> ReportingLexicon:
    data = load_data("reporting.yaml")
    return ReportingLexicon(frozenset(data["speech_lemmas"]), frozenset(data["cognition_lemmas"]),
                            dict(data["speech_particles"]), tuple(data["according_to"]),
                            frozenset(data["generic_speakers"]))


def reporting_frame(token) -> str | None:
    """"speech" or "cognition" when `token` is a verb that reports either, else None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lex = load_reporting()
    lemma = token.lemma_.lower()
    particle = lex.particles.get(lemma)
    if particle is not None:
        if any(c.dep_ in ("prt", "acomp", "advmod") and c.lower_ == particle for c in token.children):
            return "speech"
    if lemma in lex.speech:
        return "speech"
    if lemma in lex.cognition:
        return "cognition"
    return None


def is_reporting_verb(token) -> bool:
    return reporting_frame(token) is not None
