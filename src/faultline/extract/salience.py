"""What makes a mention the one a pronoun means (coreference.py asks): a person's gender, a
mention's place in its sentence, whose floor it is, and the "it" that stands for nothing;
and `antecedent`, the plain positional rule the tie readers use too.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..knowledge.given_names import given_name_gender
from ..model import Mention, Parsed
from ..nlp import lemma

_SUBJECTS = ("nsubj", "nsubjpass")
# How far back an antecedent may be; beyond it the reader has lost the thread too.
MAX_DISTANCE = 1500
_COPULA = re.compile(r"\b(?:is|are|was|were|remains|remain|became|becomes|been)\b|^,")


def antecedent(mentions: list[Mention], sentences: list[tuple[int, int]], pos: int,
               types: tuple[str, ...], text: str | None = None) -> Mention | None:
    """The most salient mention of one of `types` before offset `pos` (mentions sorted by start).

    With `text`, a mention of the same sentence counts only across a copula or an apposition
    ("X is ... the biggest armed group"), not as the subject of a verb whose object the
    description is ("the army accused the group": not the army)."""
    lo = bisect.bisect_left(mentions, pos - MAX_DISTANCE - 300, key=lambda m: m.span.start)
    hi = bisect.bisect_left(mentions, pos, key=lambda m: m.span.start)
    before = [m for m in mentions[lo:hi] if m.span.end <= pos and m.type in types and pos - m.span.end <= MAX_DISTANCE]
    if not before:
        return None
    for i in range(bisect.bisect_right(sentences, (pos, float("inf"))) - 1, -1, -1):  # back from pos
        s_start, s_end = sentences[i]
        in_sentence = [m for m in before if s_start <= m.span.start < s_end]
        if text is not None and s_start <= pos < s_end:
            in_sentence = [m for m in in_sentence if _COPULA.search(text[m.span.end:pos])]
        if in_sentence:
            return in_sentence[0]
    return before[-1]


def genders(parsed: Parsed, mentions: list[Mention]) -> dict[str, str]:
    """Each person's gender where a title, a role word or a first name tells it."""
    gendered = load_data("name_cues.yaml")["gendered"]
    found: dict[str, str] = {}
    for m in mentions:
        if m.type != "person" or m.entity in found:
            continue
        before = parsed.text[max(0, m.span.start - 16):m.span.start].split()
        words = m.name.split()
        gender = (gendered.get(before[-1]) if before else None) or gendered.get(words[0]) \
            or (given_name_gender(words[0]) if len(words) > 1 else None)
        if gender is None:
            head = parsed.tokens(m.span.start, m.span.end).root
            role = next((c for c in head.children if c.dep_ == "appos"), None)
            gender = gendered.get(role.lower_) if role is not None else None
        if gender:
            found[m.entity] = gender
    return found


def role_salience(head) -> int:
    """How much a mention's place in its sentence makes it what a later pronoun means: the
    main clause's subject most (its apposed name above all), or whose that subject is
    ("Azerbaijan's ministry denied ... It said"); a subordinate clause's subject less; an
    object or an apposition a little."""
    if head.dep_ in _SUBJECTS:
        return 8 if _main_clause(head.head) else 5
    if head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN"):
        return 8  # a name the parser left as the root of a sentence it could not read is its topic
    if head.dep_ in ("poss", "compound") and head.head.dep_ in _SUBJECTS and _main_clause(head.head.head):
        return 8
    if head.dep_ == "appos" and head.head.dep_ in _SUBJECTS and _main_clause(head.head.head):
        return 9  # "the UN mission, X, said its ...": the subject's own name, before its owner's
    return 3 if head.dep_ in ("dobj", "appos", "poss") else 0


def _main_clause(verb) -> bool:
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def floor_kind(m: Mention) -> str:
    """People and groups hold the floor apart: "she said" and "it said" follow different speakers."""
    return "person" if m.type == "person" else "group"


def clause_head(token):
    """The verb whose clause `token` belongs to (the sentence's root if none)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return token.sent.root


def pleonastic(token) -> bool:
    """"It is unclear whether ...", "it seems that ...": an "it" that stands for nothing."""
    if token.dep_ == "expl":
        return True
    if token.lower_ != "it" or token.dep_ not in _SUBJECTS:
        return False
    head = token.head
    return lemma(head) in ("be", "seem", "appear", "remain", "become", "take") and any(
        c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > head.i for c in head.children)


@lru_cache(maxsize=1)
def _collectives() -> frozenset[str]:
    return frozenset(load_data("name_cues.yaml")["collectives"])


def collective_before(token):
    """"the resolve of the international community in its determination", "X's regional
    parliament re-elected its president": the noun of a body no name stands for, just
    before a possessive or its clause's subject, is what the possessive means; that noun's
    token, or None."""
    if token.dep_ != "poss":
        return None
    collectives = _collectives()
    verb = clause_head(token)
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < token.i), None)
    if subject is not None and lemma(subject) in collectives:
        return subject
    for prev in reversed(token.doc[max(token.sent.start, token.i - 4):token.i]):
        if prev.pos_ in ("NOUN", "PROPN"):
            return prev if lemma(prev) in collectives else None
    return None


def unnamed_body(token, overlapping) -> bool:
    """A possessive that means a body no name stands for (`collective_before`): none of the
    mentions `overlapping(start, end)` finds in that body's phrase is an actor's (a place's
    own parliament speaks for no actor)."""
    noun = collective_before(token)
    return noun is not None and all(m.type == "location"
                                    for m in overlapping(noun.left_edge.idx, noun.idx + len(noun)))


def binding_subject(token):
    """The subject a possessive is bound to: its own clause's ("X runs its operations"), or,
    where what it owns is that subject, the one of the clause it is coordinated with ("X runs
    its operations from Y, and its leader moves freely"); that subject's token, or None."""
    if token.dep_ != "poss":
        return None
    verb = clause_head(token)
    if token.head.dep_ in _SUBJECTS and token.head.head.i == verb.i:
        verb = verb.head if verb.dep_ == "conj" else None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None) if verb is not None else None
    # (not from inside the subject's own phrase: "X, a group behind attacks on its forces")
    inside = subject is not None and any(a.i == subject.i for a in token.ancestors)
    return subject if subject is not None and subject.i < token.i and not inside else None
