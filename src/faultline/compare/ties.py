"""Ties compared across documents: the same relation (type, subject, object) in several of them.

Where two documents both give the tie an amount, the amounts are compared by the 10% rule
(`numbers.agree`), one comparison per pair of documents (the median rule above
`max_pairwise`). Amounts per period are put on a yearly footing only when both documents give
a period; when one does and the other does not they are compared as written and the summary
says so. Amounts in different currencies are not compared. A document that states the tie to
several objects ("groups such as Y and Z") has one relation per object, each
compared on its own. A tie that several documents state and that has no amount comparison
becomes one `corroborates` comparison listing every document's version; a `supports` tie is
left out when every document stating it also says how (funds, arms, trains).

A sum one document gives for several recipients together ("hundreds of millions of dollars a
year to groups such as Y and Z", `Amount.shared`) is no one recipient's figure: it is compared
with the sum another document gives those same recipients separately (Y's plus Z's), once.
"""
from __future__ import annotations

from collections import defaultdict

from faultline.compare.corpus import Corpus, comparison, pairs, position
from faultline.compare.numbers import CORROBORATES, apart, verdict
from faultline.model import SYMMETRIC_RELATIONS, Comparison, Relation

PER_YEAR = {"year": 1, "month": 12, "week": 52, "day": 365}
SPECIFIC = frozenset({"funds", "arms", "trains"})  # kinds of "supports"


def compare_ties(corpus: Corpus) -> list[Comparison]:
    ties: defaultdict[tuple[str, str, str], dict[str, list[Relation]]] = defaultdict(dict)
    for r in corpus.analysis.relations:
        ends = sorted((r.subject, r.object)) if r.type in SYMMETRIC_RELATIONS else [r.subject, r.object]
        ties[(r.type, *ends)].setdefault(corpus.doc_of(r), []).append(r)
    specific: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for (kind, subject, obj), by_doc in ties.items():
        if kind in SPECIFIC:
            specific[(subject, obj)].update(by_doc)
    out: list[Comparison] = _shared_sums(corpus, ties)
    for (kind, subject, obj), by_doc in ties.items():
        if len(by_doc) < 2:
            continue
        if any(r.amount and r.amount.shared for rs in by_doc.values() for r in rs):
            continue  # compared as a shared sum above
        if kind == "supports" and len(set(by_doc) - specific[(subject, obj)]) == 0:
            continue  # every document also names the kind of support: compared there
        docs = sorted(by_doc, key=lambda d: (corpus.published.get(d) or 0, d))
        rels = {d: sorted(by_doc[d], key=lambda r: (r.evidence[0].start if r.evidence else 0, r.id))
                for d in docs}
        amounts = _amount_comparisons(corpus, kind, [subject, obj], rels)
        if amounts:
            out += amounts
            continue
        first = [rels[d][0] for d in docs]
        label = f"{corpus.name(subject)} {kind} {corpus.name(obj)}"
        out.append(comparison(
            CORROBORATES, kind,
            {"relation": first[0].id, "entities": [subject, obj], "attribute": kind},
            [position(d, r.amount.text if r.amount else label, r.evidence)
             for d, r in zip(docs, first)],
            f"{label}: stated by {', '.join(corpus.outlet(d) for d in docs)}"))
    return out


def _amount_comparisons(corpus: Corpus, kind: str, ends: list[str],
                        rels: dict[str, list[Relation]]) -> list[Comparison]:
    rows = []
    for doc, rs in rels.items():
        r = next((r for r in rs if r.amount and r.amount.value is not None), None)
        if r is not None:
            rows.append((doc, r))
    out = []
    for (da, ra), (db, rb) in pairs(rows, corpus.options.max_pairwise, lambda row: row[1].amount.value):
        a, b = ra.amount, rb.amount
        if a.currency and b.currency and a.currency != b.currency:
            continue
        va, vb, note = a.value, b.value, ""
        if a.per and b.per and a.per != b.per and a.per in PER_YEAR and b.per in PER_YEAR:
            va, vb, note = va * PER_YEAR[a.per], vb * PER_YEAR[b.per], " (both put per year)"
        elif bool(a.per) != bool(b.per):
            note = " (only one gives a period; compared as written)"
        summary = (f"{corpus.name(ends[0])} {kind} {corpus.name(ends[1])}: {corpus.outlet(da)} "
                   f"{a.text!r}, {corpus.outlet(db)} {b.text!r} ({apart(va, vb)}){note}")
        out.append(comparison(
            verdict(va, vb, count=False), f"{kind} amount",
            {"relation": ra.id, "entities": list(ends), "attribute": f"{kind}.amount"},
            [position(da, a.value, ra.evidence), position(db, b.value, rb.evidence)], summary))
    return out


def _shared_sums(corpus: Corpus, ties) -> list[Comparison]:
    """A shared sum against the sum of the separate amounts another document gives the same
    recipients; only where that document gives every one of them an amount."""
    groups: defaultdict[tuple, list[Relation]] = defaultdict(list)
    for (kind, subject, _), by_doc in ties.items():
        for doc, rs in by_doc.items():
            for r in rs:
                if r.amount and r.amount.shared and r.amount.value is not None:
                    groups[(kind, subject, doc, r.amount.text)].append(r)
    out = []
    for (kind, subject, doc, _), shared in groups.items():
        recipients = sorted({r.object for r in shared})
        others: defaultdict[str, dict[str, Relation]] = defaultdict(dict)
        for obj in recipients:
            for other_doc, rs in ties.get((kind, subject, obj), {}).items():
                r = next((r for r in rs if r.amount and not r.amount.shared and r.amount.value is not None), None)
                if other_doc != doc and r is not None:
                    others[other_doc][obj] = r
        aggregate = shared[0].amount
        for other_doc, by_obj in sorted(others.items()):
            if set(by_obj) != set(recipients):
                continue
            parts = [by_obj[o] for o in recipients]
            if any(p.amount.currency and aggregate.currency and p.amount.currency != aggregate.currency for p in parts):
                continue
            total = sum(p.amount.value for p in parts)
            names = " and ".join(corpus.name(o) for o in recipients)
            summary = (f"{corpus.name(subject)} {kind} {names}: {corpus.outlet(doc)} {aggregate.text!r} for them together, "
                       f"{corpus.outlet(other_doc)} {' + '.join(repr(p.amount.text) for p in parts)} "
                       f"({apart(aggregate.value, total)})")
            out.append(comparison(
                verdict(aggregate.value, total, count=False), f"{kind} amount",
                {"relation": parts[0].id, "entities": [subject, *recipients], "attribute": f"{kind}.amount"},
                [position(other_doc, total, [e for p in parts for e in p.evidence]),
                 position(doc, aggregate.value, shared[0].evidence)], summary))
    return out
