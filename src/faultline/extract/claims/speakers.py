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

from ...knowledge.datafiles import load_data
from ...model import Mention, Parsed, Span

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
    own = next((c for c in verb.children if c.dep_ in _SUBJECTS or c.dep_ == "agent"), None)
    if own is None and final_attribution(verb):
        return _phrase_before(verb)  # not the subject of the content's verb it hangs from
    if own is None and verb.dep_ == "ROOT" and verb.i > verb.sent.start:
        before = verb.doc[verb.i - 1]  # "On Friday Trump said": the parser took the name into the date
        if before.pos_ in ("PROPN", "PRON") and before.dep_ == "pobj":
            return before
    return _grammatical_subject(verb)


def _phrase_before(verb):
    """The head of the words between a comma and a sentence-final verb of saying whose
    content comes first ("CONTENT, residents and a local leader said.")."""
    doc = verb.doc
    comma = next(t for t in reversed(doc[verb.sent.start:verb.i]) if t.text == ",")
    phrase = [t for t in doc[comma.i + 1:verb.i] if not t.is_punct and not t.is_space]
    heads = [t for t in phrase if not (comma.i < t.head.i < verb.i) and t.pos_ in ("NOUN", "PROPN", "PRON")]
    nouns = heads or [t for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return nouns[0] if nouns else None


def final_attribution(verb) -> bool:
    """Whether `verb` closes its sentence as "CONTENT, SPEAKER verb (addressee)." with the
    content before a comma: its clause a complement before it, or, as the parser often has
    it, the verb hung as a conjunct from the content's own verb."""
    doc = verb.doc
    before = doc[verb.sent.start:verb.i]
    comma = next((t for t in reversed(before) if t.text == ","), None)
    if comma is None:
        return False
    between = doc[comma.i + 1:verb.i]
    if len(between) > 12 or any(t.lower_ in ("and", "but", "or", "yet") for t in between[:1]) \
            or not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between):
        return False
    for t in doc[verb.i + 1:verb.sent.end]:  # up to a comma, only the verb's own words follow it
        if t.text == ",":
            break
        if not (t.is_punct or t.is_space or t.head.i >= verb.i):
            return False
    content_first = any(c.dep_ == "ccomp" and c.i < comma.i for c in verb.children)
    hung = verb.dep_ in ("conj", "parataxis") and verb.head.i < comma.i
    return content_first or hung


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
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp") or verb.head.i == verb.i:
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
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].ent_type_ in ("DATE", "TIME")):
        tokens.pop(0)  # "On Friday Trump said": when is not who
    if not tokens:
        return None
    start = parsed.after_dateline(tokens[0].idx)
    end = tokens[-1].idx + len(tokens[-1])
    text = parsed.text
    if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
        end += 1  # "The UN Mission (UNMISS)": the parenthesis closes
    if start >= end:
        return None
    return parsed.document.span(start, end)


def _named_in_description(subject, mentions: list[Mention]) -> Mention | None:
    """A person the words describing the speaker name as such: an apposition, or "as X" in a
    relative clause ("who gave his name as X", "a woman who identified herself as X")."""
    a, b = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    for token in subject.subtree:
        naming = token.dep_ in ("appos", "attr", "oprd") or (token.dep_ == "pobj" and token.head.lower_ == "as")
        if not naming or token is subject:
            continue
        hit = next((m for m in mentions if a <= m.span.start and m.span.end <= b and m.type == "person"
                    and m.span.start <= token.idx < m.span.end), None)
        if hit is not None:
            return hit
    return None


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
        # "Its spokesman, Gen. X"; "The UN peacekeeping mission, MONUSCO"
        hit = next((m for kind in (("person",) if own else _PREFERENCE) for m in named if m.type == kind), None)
        if hit is not None:
            return hit.entity
    named = _named_in_description(subject, mentions)
    if named is not None:
        return named.entity  # "A local commander, who gave his name as X, said"
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
