"""Verbs of saying and of thinking, asked of the parse (lexicon: data/reporting.yaml).

A token is a reporting verb when its lemma is a speech or cognition lemma, or a verb and
particle pair such as "point out"; claims.py reads what they introduce, coreference.py
who holds the floor.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..nlp import lemma as lemma_of


@dataclass(frozen=True)
class ReportingLexicon:
    speech: frozenset[str]
    cognition: frozenset[str]
    particles: dict[str, frozenset[str]]
    according_to: tuple[str, ...]
    generic_speakers: frozenset[str]
    complements: dict[str, tuple[str, ...]]
    statement_nouns: frozenset[str]


@lru_cache(maxsize=1)
def load_reporting() -> ReportingLexicon:
    data = load_data("reporting.yaml")
    return ReportingLexicon(frozenset(data["speech_lemmas"]), frozenset(data["cognition_lemmas"]),
                            {verb: frozenset(words) for verb, words in data["speech_particles"].items()},
                            tuple(data["according_to"]),
                            frozenset(data["generic_speakers"]),
                            {lemma: tuple(kinds) for lemma, kinds in data["complements"].items()},
                            frozenset(data["statement_nouns"]))


def reporting_frame(token) -> str | None:
    """"speech" or "cognition" when `token` is a verb that reports either, else None."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return None
    lex = load_reporting()
    lemma = lemma_of(token)
    particles = lex.particles.get(lemma)
    if particles is not None:
        words = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "acomp", "advmod")}
        return "speech" if words & particles else None
    if lemma in lex.speech:
        return "speech"
    if lemma in lex.cognition and not _writers_gloss(token):
        return "cognition"
    return None


def _writers_gloss(verb) -> bool:
    """"The group fights on, believing that ...": a participle of thought with no subject of
    its own is the writer's account of a motive, not a belief anyone is reported to hold."""
    return verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "acl") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def is_reporting_verb(token) -> bool:
    return reporting_frame(token) is not None


def complement_of(verb):
    """(first, last) tokens of what a verb of saying takes as content besides a clause
    (data/reporting.yaml `complements`), or None."""
    kinds = load_reporting().complements.get(lemma_of(verb), ())
    if not kinds:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i), None)
    if obj is None and on is not None:  # "called on both sides to ..."
        obj = next((c for c in on.children if c.dep_ == "pobj"), None)
    if obj is not None and obj.lower_ in ("which", "who", "whom", "that"):
        obj = None  # "which X accused of ...": what was said starts after the relative
    for child in verb.children:
        if "gerund" in kinds and child.dep_ in ("xcomp", "dobj", "pcomp") and child.tag_ == "VBG":
            return child.left_edge, child.right_edge
        if "to" in kinds and child.dep_ in ("xcomp", "ccomp") and any(c.lower_ == "to" for c in child.lefts):
            return (obj or child).left_edge, child.right_edge
        if child.dep_ == "prep" and child.lower_ in kinds and child.i > verb.i:
            if child.lower_ == "on" and "to" in kinds:  # "called on X to ...": the infinitive is inside
                inner = next((c for c in child.subtree if c.dep_ in ("xcomp", "ccomp", "acl")), None)
                if inner is not None:
                    return next(child.children, child).left_edge, child.right_edge
                continue
            return (obj or child).left_edge, child.right_edge
    return None
