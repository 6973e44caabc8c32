"""Modality: whether the text says an event happened, did not, or only might.

    negated       a negation just before the trigger ("will not join the war"), or
                  a denial governing it ("denied carrying out the attack")
    hypothetical  a conditional, modal, speculation or plan earlier in the trigger's clause
                  ("if ordered to", "could strike", "I do not believe there
                  will be war"), or a question
A future modal under a reporting verb of the same sentence announces a decision ("said the
U.S. would send 1,500 troops") and is not hypothetical. The clause is the text since the
last comma, semicolon, colon or dash, so "As X had expected it would, Y struck"
stays asserted. Cue words live in data/modality.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ..knowledge.datafiles import load_data
from ..nlp import lemma

# How many words before a trigger a negation still governs it ("will not join the war").
_NEGATION_REACH = 6
_CLAUSE_BREAK = re.compile(r"[,;:—–(]|\s-\s")


@dataclass(frozen=True)
class ModalityCues:
    negation: re.Pattern[str]
    denial: re.Pattern[str]
    hypothetical: re.Pattern[str]
    announced: frozenset[str]
    announcing: re.Pattern[str]
    not_negation: re.Pattern[str]
    future: frozenset[str]
    commitment: frozenset[str]
    doubt: frozenset[str]
    habitual: frozenset[str]
    habitual_units: frozenset[str]


def _words(words) -> str:
    """Whole words; a clitic such as "n't" or "'ll" attaches to the word before it."""
    return "|".join((r"(?<=\w)" if w[0] in "n'" and "'" in w[:2] else r"\b") + re.escape(w)
                    for w in sorted(map(str, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_modality() -> ModalityCues:
    data = load_data("modality.yaml")
    return ModalityCues(
        negation=re.compile(rf"(?:{_words(data['negation'])})\b", re.I),
        denial=re.compile(rf"(?:{_words(data['denial'])})\b", re.I),
        hypothetical=re.compile(rf"(?:{_words(data['hypothetical'])})\b", re.I),
        announced=frozenset(data["announced"]),
        announcing=re.compile(rf"(?:{_words(data['announcing'])})\b", re.I),
        not_negation=re.compile(rf"(?:{_words(data['not_negation'])})\b", re.I),
        future=frozenset(data["future"]),
        commitment=frozenset(data["commitment"]),
        doubt=frozenset(data["doubt"]),
        habitual=frozenset(data["habitual"]),
        habitual_units=frozenset(data["habitual_units"]),
    )


def modality(text: str, sentence: tuple[int, int], trigger: tuple[int, int],
             apart: Callable[[int], bool] | None = None) -> tuple[bool, bool]:
    """(negated, hypothetical) for the trigger at `trigger` inside `sentence` of `text`.
    `apart`, when the parse is at hand, says whether the word at a character offset heads a
    deed coordinated with the trigger's ("denied any role and blamed a rival"): a denial
    there does not govern the trigger."""
    cues = load_modality()
    s_start, s_end = sentence
    before = text[s_start:trigger[0]]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    near = " ".join(re.findall(r"[\w’'-]+", clause)[-_NEGATION_REACH:]).replace("’", "'")
    near = cues.not_negation.sub(" ", near)
    offset = trigger[0] - len(clause)
    negated = bool(cues.negation.search(near)) or any(
        apart is None or not apart(offset + m.start()) for m in cues.denial.finditer(clause))
    hypothetical = text[s_start:s_end].rstrip().endswith("?")
    for m in cues.hypothetical.finditer(clause.replace("’", "'")):
        word = m.group().lower()
        if m.group()[:1].isupper() and m.start() > 0:
            continue  # "early May" is a month, not a modal
        if word in cues.announced and cues.announcing.search(before[:len(before) - len(clause) + m.start()]):
            continue  # "said Kenya would send": an announced decision
        hypothetical = True
        break
    return negated, hypothetical


def committed(verb) -> bool:
    """A deed promised rather than done, read on the parse: a future auxiliary ("will
    send"), or a verb of commitment governing it ("pledged to deliver"), with no condition
    or doubt on it ("if asked", "may send")."""
    cues = load_modality()
    heads = [verb] + ([verb.head] if verb.dep_ == "xcomp" else [])
    words = {c.lower_.replace("’", "'") for h in heads for c in h.children if c.dep_ in ("aux", "mark", "advmod")}
    if words & cues.doubt:
        return False
    return bool(words & cues.future) or (verb.dep_ == "xcomp" and lemma(verb.head) in cues.commitment)


def habitual(verb) -> bool:
    """A deed told as a practice ("provides $30m annually", "shells the town every night"),
    read on the verb's adverbs."""
    cues = load_modality()
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in cues.habitual:
            return True
        if c.dep_ in ("npadvmod", "advmod") and lemma(c) in cues.habitual_units \
                and any(d.lower_ in ("every", "each") for d in c.children):
            return True
    return False


def coordinated_with(token) -> Callable[[int], bool]:
    """For modality(): a test of whether the word at a character offset heads a deed
    coordinated with `token`'s ("denied any role in the killings and blamed a rival":
    "blamed" is a deed of its own, not one denied)."""
    def apart(offset: int) -> bool:
        span = token.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        node = token
        while node.head.i != node.i:
            if node.head.i == span[0].i:
                return node.dep_ == "conj"
            node = node.head
        return False
    return apart


def supposed(noun) -> bool:
    """An event noun without a definite determiner that is the subject of a modal verb ("an
    armed attack on X would invoke the treaty", "any attack will be met with force") is
    supposed, not told; "the attack will be investigated" was told."""
    cues = load_modality()
    head = noun
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i == head.i:
        return False
    determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
    if determiners - {"a", "an", "any", "no"} or any(c.dep_ == "poss" for c in head.children):
        return False
    modals = {c.lower_.replace("’", "'") for c in head.head.children if c.dep_ == "aux"}
    return bool(modals & (cues.future | cues.doubt))
