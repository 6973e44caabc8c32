"""Speakers: the words that name who said something, and the actor they name.

The speaker of a verb of saying is its subject, or the agent of a passive ("was announced
by the ministry"); a verb without one ("denied the report and said ...", "was quoted as
saying") borrows the subject of the verb it hangs from. The speaker's words are the
subject's subtree without what only describes it (a relative clause, a participle phrase)
and never a dateline. The actor is read from the mentions inside those words, coreference
included: an apposition's named person ("Its spokesman, Gen. X"), else a person, an outlet,
an organisation, a group, a state; "its spokesman" with nobody named speaks for whoever
"its" is; "Kenyan officials" speak for Kenya, "one Kenyan analyst" does not.
"""
from __future__ import annotations

from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..model import Mention, Parsed, Span

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_DESCRIBING = ("relcl", "acl", "advcl", "parataxis")
_PREFERENCE = ("person", "media", "organization", "armed_group", "state", "population")


@lru_cache(maxsize=1)
def _institutional() -> frozenset[str]:
    return frozenset(load_data("reporting.yaml")["institutional_speakers"])


def subject_of(verb):
    """The token heading who did `verb`: its subject, a passive's agent, or the subject of
    the verb it is coordinated with or hangs from; when the parser attached the speaker of
    "CONTENT, a leader of X told Y" elsewhere, the phrase between the content and the verb."""
    found = _grammatical_subject(verb)
    return found if found is not None else _phrase_before(verb)


def _phrase_before(verb):
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if clause is None:
        return None
    lo, hi = clause.right_edge.i + 1, verb.i
    doc = verb.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    heads = [t for t in doc[lo:hi] if not (lo <= t.head.i < hi) and not t.is_punct]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return heads[0]


def _grammatical_subject(verb):
    seen = 0
    while verb is not None and seen < 4:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head  # "X, who said ...": X
            return None if subject.dep_ == "nsubjpass" and subject.lower_ == "it" else subject
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or verb.head is verb:
            return None
        verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
        seen += 1
    return None


def speaker_span(parsed: Parsed, subject, limit: int | None = None) -> Span | None:
    """The words naming the speaker headed by `subject` (ending by offset `limit`, if given)."""
    tokens = [t for t in subject.subtree if limit is None or t.idx < limit]
    cut = None
    for child in subject.children:
        if child.dep_ in _DESCRIBING and child.i > subject.i:
            cut = child.left_edge.i if cut is None else min(cut, child.left_edge.i)
    if cut is not None:
        tokens = [t for t in tokens if t.i < cut]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return None
    start = parsed.after_dateline(tokens[0].idx)
    end = tokens[-1].idx + len(tokens[-1])
    if start >= end:
        return None
    return parsed.document.span(start, end)


def resolve_speaker(parsed: Parsed, subject, span: Span, mentions: list[Mention]) -> str | None:
    """The entity `span` (headed by `subject`) names, if any."""
    inside = [m for m in mentions if span.start <= m.span.start and m.span.end <= span.end
              and m.type != "location"]  # "residents of Goma" are not Goma speaking
    if not inside:
        return None
    own = next((m for m in inside if m.span.start <= subject.idx < m.span.end), None)
    if own is not None and (own.role == "pronoun" or own.type == "person"):
        return own.entity  # "she", "Amina Diallo, a researcher at X": the head names the speaker
    for appos in (c for c in subject.children if c.dep_ == "appos"):
        a, b = appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge)
        named = [m for m in inside if a <= m.span.start and m.span.end <= b and m.role != "pronoun"]
        hit = next((m for m in named if m.type == "person"), None)
        if hit is not None:
            return hit.entity  # "Its spokesman, Gen. X"
    if own is not None and own.role not in ("adjective", "people"):
        return own.entity
    head_word = subject.lower_
    if head_word not in _institutional():
        # "one Israeli commentator" is an Israeli, not Israel speaking
        inside = [m for m in inside if m.role not in ("adjective", "people")]
    named = [m for m in inside if m.role != "pronoun"]
    for kind in _PREFERENCE:
        hit = next((m for m in named if m.type == kind), None)
        if hit is not None:
            return hit.entity
    # "its spokesman": whoever "its" is speaks
    possessive = next((m for m in inside if m.role == "pronoun"), None)
    return possessive.entity if possessive is not None else None
