"""Where a trigger stands in its sentence, read on the parse: the clause it belongs to,
whether its verb says what holds rather than what happened, and whether it is the
sentence's main deed (as PETRARCH codes a sentence).

A verb in the simple present outside a headline says what holds ("Iran trains the
militia"), not a happening, unless a date stands in its own clause; so does a deed told as
a practice ("provides $30m annually").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from .modality import habitual
from .reporting import is_reporting_verb


def standing_noun(noun: Token) -> bool:
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and standing(verb) and clause_of(verb)(noun.idx)


def standing(verb: Token | None) -> bool:
    """"Iran trains the militia", "PIJ rejects any solution": the simple present says what
    holds, a standing tie or stance, not a happening (a date would make it one, and a
    headline tells past deeds in the present); so does a deed told as a practice ("Iran
    provided $30m annually")."""
    if verb is None:
        return False
    if habitual(verb):
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # "X is led by Y": a passive in the simple present holds as the active one does
    present = verb.tag_ in ("VBZ", "VBP") and not auxiliaries or \
        verb.tag_ == "VBN" and [a.tag_ for a in auxiliaries if a.dep_ == "auxpass"] in (["VBZ"], ["VBP"]) \
        and all(a.dep_ == "auxpass" for a in auxiliaries)
    if not present:
        return False
    start = verb.sent.start
    if start == 0:
        return False
    # a date in the verb's own clause makes it a happening; one in another clause does not
    # ("X trains the army, and since January it has also trained Y's")
    dates = _dates_by_sentence(verb.doc).get(start, ())
    in_clause = clause_of(verb) if dates else None
    return not any(in_clause(offset) for offset in dates)


@lru_cache(maxsize=2)
def _dates_by_sentence(doc: Doc) -> dict[int, tuple[int, ...]]:
    """The character offsets of each sentence's dates and times, by the sentence's first token,
    found once per document (asking each sentence for its entities walks all of the document's)."""
    dated: dict[int, tuple[int, ...]] = {}
    for entity in doc.ents:
        if entity.label_ in ("DATE", "TIME"):
            sentence = doc[entity.start].sent
            if entity.end <= sentence.end:
                dated[sentence.start] = dated.get(sentence.start, ()) + tuple(t.idx for t in entity)
    return dated


# Clauses of their own inside a verb's subtree: "shelled Goma, while others attacked Bunia"
_OTHER_CLAUSES = frozenset({"conj", "advcl", "ccomp", "parataxis", "relcl"})


def clause_of(token: Token):
    """A test of whether a character offset lies in `token`'s clause: its verb's subtree less
    the other clauses inside it (a nominal trigger's clause is its verb's)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        verb = token.sent.root
    starts, todo = set(), [verb]
    while todo:
        node = todo.pop()
        starts.add(node.idx)
        # a clause of its own is left out unless it holds the trigger (the parse is projective:
        # a subtree is the span between its edges)
        todo.extend(c for c in node.children if c.dep_ not in _OTHER_CLAUSES or c.pos_ not in ("VERB", "AUX")
                    or c.left_edge.i <= token.i <= c.right_edge.i)
    return lambda offset: offset in starts


def main_deed(verb: Token) -> bool:
    """The verb heads its sentence, or the clause a verb of saying reports ("X said Y
    attacked Z"). A relative clause or a participle ("X, which controls Y", "X, led by Y")
    says what a party is; an adverbial or controlled clause is background to the deed."""
    if verb.dep_ == "ROOT":
        return True
    return verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and is_reporting_verb(verb.head)
