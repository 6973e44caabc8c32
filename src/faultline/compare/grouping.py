"""Documents that tell one happening, grouped by what they say (stories of kind "documents").

The event stories (stories.py) join reports whose events agree on type, time, place and
who; many reports carry no dated event with named participants (a text without its
publication date, a happening no PLOVER type fits), so documents are also grouped on their
words:
    terms      each document's content words (spaCy's English stop words left out, a plural
               "s" folded) and the entities it names ("ent:<id>"), the title and the first
               lines (the lead) counted twice; weighted TF-IDF (sublinear tf, idf over the
               corpus, terms of one document only dropped), L2-normalised
    blocking   a document meets only those sharing two of its `top_terms` heaviest terms
               through an inverted index; terms carried by more than `max_block` documents
               index nothing (near-linear: no all-pairs); two documents published more than
               `published_window_days` apart never meet (two shootings in one city, weeks
               apart, read alike)
    linkage    pairs of cosine >= `document_link` are tried from the most similar down; two
               groups merge when their average pairwise similarity (pairs never compared
               count 0) reaches `document_similarity`: average linkage, which keeps two
               happenings of one kind ("an earthquake in X", "an earthquake in Y") apart where
               chaining single links would join them
The weights are plain TF-IDF written out here: the corpus is counted once and a few dicts do
it, which spares the project scikit-learn and SciPy for one cosine. Words fold only a plural
"s", not `words.stem`: that stem also merges verb forms ("struck", "strikes"), which makes two
happenings of one kind read closer (on ECB+, 0.838 B-cubed with 2.7% of hard negatives merged
against 0.844 and 1.6%).
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict

from spacy.lang.en.stop_words import STOP_WORDS

from faultline.compare.corpus import Corpus
from faultline.model import Story

_WORD = re.compile(r"[a-z][a-z'’-]+|\d[\d.,]*\d|\d")
_LEAD_LINES = 3


def document_stories(corpus: Corpus, stories: list[Story]) -> list[Story]:
    """Stories of kind "documents" for the groups of two or more documents that no event
    story already holds whole; their events are the asserted events of their documents."""
    held: defaultdict[str, list[set[str]]] = defaultdict(list)  # doc -> the event stories holding it
    for story in stories:
        for doc in story.docs:
            held[doc].append(set(story.docs))
    told: defaultdict[str, list] = defaultdict(list)  # doc -> its asserted events, indexed once
    for e in corpus.analysis.events:
        if e.asserted and e.evidence:
            told[e.evidence[0].doc].append(e)
    out = []
    for docs in document_groups(corpus):
        if any(docs <= h for h in held[next(iter(docs))]):
            continue
        ordered = sorted(docs, key=lambda d: (corpus.published.get(d) or 0, d))
        events = [e for d in ordered for e in told[d]]
        types = Counter(e.type for e in events)
        story = Story(id="story:" + hashlib.sha1("|".join(sorted(docs)).encode()).hexdigest()[:16],
                      type=types.most_common(1)[0][0] if types else "", title="",
                      events=[e.id for e in events], docs=ordered, kind="documents",
                      outlets=list(dict.fromkeys(o for d in ordered for o in corpus.outlets(d))))
        first = corpus.documents[ordered[0]]
        story.title = first.title or first.text.strip().split("\n")[0][:120]
        out.append(story)
    return out


def document_groups(corpus: Corpus) -> list[set[str]]:
    """The groups of two or more documents whose words tell one happening."""
    o = corpus.options
    vectors = _vectors(corpus)
    index: defaultdict[str, list[str]] = defaultdict(list)
    tops = {d: sorted(v, key=v.get, reverse=True)[:o.top_terms] for d, v in vectors.items()}
    for d, terms in tops.items():
        for t in terms:
            index[t].append(d)
    pairs: list[tuple[float, str, str]] = []
    published = corpus.published
    for d, terms in tops.items():
        shared = Counter(other for t in terms if len(index[t]) <= o.max_block for other in index[t] if other > d)
        for other, n in shared.items():
            apart = published.get(d) is not None and published.get(other) is not None \
                and abs(published[d] - published[other]) > o.published_window_days
            if n >= 2 and not apart:  # reports weeks apart tell two happenings, however alike
                a, b = vectors[d], vectors[other]
                pairs.append((sum(w * b.get(t, 0.0) for t, w in a.items()), d, other))
    return _average_linkage(sorted(pairs, reverse=True), o.document_link, o.document_similarity)


def _average_linkage(pairs: list[tuple[float, str, str]], link: float, threshold: float) -> list[set[str]]:
    """Groups from the pairs compared (every one counts in the averages; those of `link` or
    more are tried as merges)."""
    similar: defaultdict[str, dict[str, float]] = defaultdict(dict)
    for score, a, b in pairs:
        similar[a][b] = similar[b][a] = score
    group_of: dict[str, str] = {}
    groups: dict[str, set[str]] = {}
    for score, a, b in pairs:
        if score < link:
            break
        ga, gb = group_of.setdefault(a, a), group_of.setdefault(b, b)
        if ga == gb:
            continue
        one, two = groups.setdefault(ga, {a}), groups.setdefault(gb, {b})
        total = sum(similar[x].get(y, 0.0) for x in one for y in two)
        if total / (len(one) * len(two)) < threshold:
            continue
        if len(one) < len(two):
            ga, gb, one, two = gb, ga, two, one
        one |= two
        for d in two:
            group_of[d] = ga
        del groups[gb]
    return [g for g in groups.values() if len(g) >= 2]


def _vectors(corpus: Corpus) -> dict[str, dict[str, float]]:
    named: defaultdict[str, list[str]] = defaultdict(list)
    for entity in corpus.analysis.entities:
        for mention in entity.mentions:
            named[mention.doc].append(entity.id)
    counts = {doc.id: _terms(doc.title or "", doc.text, named[doc.id]) for doc in corpus.analysis.documents}
    df = Counter(t for c in counts.values() for t in c)
    n = len(counts)
    vectors = {}
    for doc, c in counts.items():
        v = {t: (1 + math.log(k)) * math.log(n / df[t]) for t, k in c.items() if df[t] > 1}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors[doc] = {t: x / norm for t, x in v.items() if x > 0}
    return vectors


def _terms(title: str, text: str, entities: list[str]) -> Counter:
    counts: Counter = Counter()
    lines = [title] + text.split("\n")
    for i, line in enumerate(lines):
        weight = 2 if i <= _LEAD_LINES else 1
        for word in _WORD.findall(line.lower()):
            word = word.strip("'’-.,")
            if (len(word) < 3 and not word[:1].isdigit()) or word in STOP_WORDS:
                continue
            if word.endswith("s") and len(word) > 4 and not word.endswith("ss"):
                word = word[:-1]
            counts[word] += weight
    for entity in entities:
        counts["ent:" + entity] += 2
    return counts
