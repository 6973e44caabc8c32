"""Statements compared across documents: what one asserts and another's quoted speaker denies.

A statement is a claim (speaker, about, text), a relation (subject, object, evidence), a
denial (a REJECT or a negated event: its actors and targets) or an asserted event. It takes
a stance on topic concepts (`lexicon.CONCEPTS`): +1 when it asserts one, -1 when it denies
it or asserts its opposite ("captured" against "held"). A REJECT of "the accusation" takes
the opposite stance of the statements of its document it shares an entity with.

Two statements of different documents that share an entity
    contradict    when they take opposite stances on a concept (and share two entities or a
                  content word), or one is negative and the other not with content words
                  overlapping (Jaccard >= `claim_overlap`, two words at least);
                  unless each document also carries the other's side (both report the
                  accusation and the denial)
    corroborate   (claims only) when they have the same speaker, or the same about-entities,
                  take the same stance on a concept or overlap >= `corroborate_overlap`,
                  and have the same polarity
One comparison per pair of documents and topic (the strongest). Candidates come only from
blocks keyed (entity, 28-day period of publication), and within a block only statements
sharing a content stem or a concept are paired; a key shared by more than `max_block`
statements is skipped.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from faultline.compare.corpus import Corpus, comparison, position
from faultline.compare.lexicon import AGREE_ONLY, TIE_CONCEPTS, TOPICS
from faultline.compare.numbers import CONTRADICTS, CORROBORATES
from faultline.compare.words import content_stems, is_negative, jaccard, stances, tokens
from faultline.model import Comparison, Span, Story

_ANAPHORS = frozenset("accusation accusations allegation allegations charge charges claim claims "
                      "report reports account".split())


@dataclass
class Statement:
    item: str
    kind: str  # "claim", "relation" or "event"
    doc: str
    entities: frozenset[str]
    text: str
    evidence: list[Span]
    negative: bool
    speaker: str | None = None
    about: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    stances: dict[str, int] = field(default_factory=dict)


def compare_statements(corpus: Corpus, stories: list[Story] | None = None) -> list[Comparison]:
    """Contradicting and corroborating statements. An event of a story (or one of its
    denials) is not compared with another document of that story: the story's own
    comparisons cover them."""
    covered = {(e, d) for s in stories or [] for e in (*s.events, *s.denials) for d in s.docs}
    statements = _statements(corpus)
    by_doc: defaultdict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_doc[s.doc].append(s)
    for doc_statements in by_doc.values():
        _resolve_anaphors(doc_statements)
    best: dict[tuple[str, str, str, str], tuple[tuple, str, Statement, Statement]] = {}
    for s, t in _candidates(corpus, statements):
        if (s.item, t.doc) in covered or (t.item, s.doc) in covered:
            continue
        found = _contradiction(s, t, corpus) or _corroboration(s, t, corpus)
        if found is None:
            continue
        kind, topic, score = found
        if kind == CONTRADICTS and _both_sides(s, t, by_doc, corpus):
            continue
        a, b = sorted((s, t), key=lambda x: x.doc)
        key = (kind, topic.split(":")[0], a.doc, b.doc)  # word topics: one per pair of docs
        rank = (-score, topic, a.item, b.item)  # the strongest; of equals, by name, not by luck
        if key not in best or rank < best[key][0]:
            best[key] = (rank, topic, a, b)
    return [_make(corpus, kind, topic, a, b) for (kind, *_), (_, topic, a, b) in best.items()]


def _statements(corpus: Corpus) -> list[Statement]:
    out = []
    for c in corpus.analysis.claims:
        out.append(_statement(corpus, c.id, "claim", corpus.doc_of(c), {c.speaker, *c.about}, c.text,
                              c.evidence, speaker=c.speaker, about=frozenset(c.about)))
    for r in corpus.analysis.relations:
        s = _statement(corpus, r.id, "relation", corpus.doc_of(r), {r.subject, r.object},
                       " ".join(x.text for x in r.evidence), r.evidence, negative=False)
        if r.type in TIE_CONCEPTS:
            s.stances.setdefault(TIE_CONCEPTS[r.type], 1)
        out.append(s)
    keys = {(e, k) for s in out for e in s.entities for k in _periods(corpus, s.doc)}
    for e in corpus.analysis.events:
        if e.hypothetical:
            continue
        denial = e.negated or e.type == "REJECT"
        doc = corpus.doc_of(e)
        ids = {*e.actors, *e.targets}
        if denial or any((i, k) in keys for i in ids for k in _periods(corpus, doc)):
            out.append(_statement(corpus, e.id, "event", doc, ids, " ".join(x.text for x in e.evidence),
                                  e.evidence, negative=denial))
    return out


def _statement(corpus: Corpus, item: str, kind: str, doc: str, entities: set, text: str,
               evidence: list[Span], negative: bool | None = None, **extra) -> Statement:
    ents = frozenset(x for x in entities if x)
    words = tokens(text)
    names = frozenset(w for x in ents for w in tokens(" ".join(_names(corpus, x))))
    neg = is_negative(words) if negative is None else negative
    return Statement(item, kind, doc, ents, text, evidence, neg, words=content_stems(words, names),
                     stances=stances(text, neg, names), **extra)


def _names(corpus: Corpus, entity: str) -> list[str]:
    e = corpus.entities.get(entity)
    return [e.name, *e.aliases] if e else []


def _periods(corpus: Corpus, doc: str) -> tuple:
    pub = corpus.published.get(doc)
    if pub is None:
        return (None,)
    b = pub // corpus.options.statement_window_days
    return (b, b + 1)


def _resolve_anaphors(statements: list[Statement]) -> None:
    """'Rwanda rejects the accusation': the denial takes the opposite stance of the
    document's statements sharing an entity with it."""
    for s in statements:
        if s.negative and not s.stances and _ANAPHORS & set(tokens(s.text)):
            for t in statements:
                if t is not s and not t.negative and t.entities & s.entities:
                    for concept, sign in t.stances.items():
                        s.stances.setdefault(concept, -sign)


def _candidates(corpus: Corpus, statements: list[Statement]):
    """Pairs of statements of different documents sharing an entity, a publication period and
    a topic token (a content stem or a concept): every pair any rule could accept, no other."""
    blocks: defaultdict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(statements):
        for e in sorted(s.entities):  # sorted: blocks are tried in the order they are filed
            for k in _periods(corpus, s.doc):
                blocks[(e, k)].append(i)
    seen: set[int] = set()
    n = len(statements)
    for block in blocks.values():
        if len(block) < 2 or len(block) > corpus.options.max_block:
            continue
        by_token: defaultdict[str, list[int]] = defaultdict(list)
        for i in block:
            for token in sorted(_tokens(statements[i])):
                by_token[token].append(i)
        for members in by_token.values():
            # in publication order, each meets only its next few: a crowded block (a big actor
            # in a busy month) then costs n * k pairs, not n * n
            members.sort(key=lambda i: (corpus.published.get(statements[i].doc) or 0, statements[i].doc))
            for x, i in enumerate(members):
                for j in members[x + 1:x + 1 + corpus.options.statement_neighbours]:
                    if statements[i].doc != statements[j].doc and i * n + j not in seen:
                        seen.add(i * n + j)
                        yield statements[i], statements[j]


def _tokens(s: Statement) -> frozenset[str]:
    return s.words | {"@" + c for c in s.stances}


def _opposed(s: Statement, t: Statement, overlap: float) -> tuple[str, float] | None:
    """The topic on which `s` and `t` take opposite sides, and how strongly; None if none."""
    shared = s.entities & t.entities
    if not shared:
        return None
    similar = jaccard(s.words, t.words)
    for concept, sign in s.stances.items():
        if (t.stances.get(concept) == -sign and concept not in AGREE_ONLY
                and (len(shared) >= 2 or s.words & t.words)):
            return TOPICS.get(concept, concept), 1.0 + similar
    if s.negative != t.negative and similar >= overlap and len(s.words & t.words) >= 2:
        return _word_topic(s, t), similar
    return None


def _contradiction(s: Statement, t: Statement, corpus: Corpus) -> tuple[str, str, float] | None:
    found = _opposed(s, t, corpus.options.claim_overlap)
    return (CONTRADICTS, *found) if found else None


def _corroboration(s: Statement, t: Statement, corpus: Corpus) -> tuple[str, str, float] | None:
    if s.kind != "claim" or t.kind != "claim" or s.negative != t.negative:
        return None
    if not ((s.speaker and s.speaker == t.speaker) or (s.about and s.about == t.about)):
        return None
    similar = jaccard(s.words, t.words)
    shared = [c for c, sign in s.stances.items() if t.stances.get(c) == sign]
    if shared:
        return CORROBORATES, TOPICS.get(shared[0], shared[0]), 1.0 + similar
    if similar >= corpus.options.corroborate_overlap:
        return CORROBORATES, _word_topic(s, t), similar
    return None


def _both_sides(s: Statement, t: Statement, by_doc: dict[str, list[Statement]],
                corpus: Corpus) -> bool:
    """Whether each document also carries the other's side: a statement of its own taking the
    other stance on a concept they dispute, or opposed to its statement in words."""
    overlap = corpus.options.claim_overlap

    def carries(doc: str, mine: Statement, theirs: Statement) -> bool:
        for x in by_doc[doc]:
            if x is mine:
                continue
            if any(x.stances.get(c) == sign and mine.stances.get(c) == -sign
                   for c, sign in theirs.stances.items()) or _opposed(x, mine, overlap):
                return True
        return False

    return carries(s.doc, s, t) and carries(t.doc, t, s)


def _word_topic(s: Statement, t: Statement) -> str:
    return "statement: " + " ".join(sorted(s.words & t.words)[:3])


def _make(corpus: Corpus, kind: str, topic: str, a: Statement, b: Statement) -> Comparison:
    claim = next((x for x in (a, b) if x.kind == "claim"), None)
    head = claim or a
    subject = {head.kind: head.item, "entities": sorted(a.entities | b.entities), "attribute": topic}
    verb = "contradicts" if kind == CONTRADICTS else "agrees with"
    summary = f"{corpus.outlet(a.doc)} {verb} {corpus.outlet(b.doc)} on {topic}"
    return comparison(kind, topic, subject,
                      [position(a.doc, _short(a.text), a.evidence),
                       position(b.doc, _short(b.text), b.evidence)], summary)


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
