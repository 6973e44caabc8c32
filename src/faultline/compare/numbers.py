"""Figures compared across documents by the contract's rule, and a story's tolls and quantities.

The rule (`agree`): best estimates corroborate when they are within 10% of the larger one, or
within 1 when a count is under 10; otherwise they contradict, whatever the hedges ("at least
82" against "more than 140" contradict, "more than 525" against "534" corroborate).

`story_figures` makes one comparison per pair of documents of a story that both give a figure
(killed, wounded, or a quantity of the same unit); above `max_pairwise` documents each is
compared with the median one. A document's figure is its most precise one: the narrowest
low..high relative to best, the larger of equals; from its asserted events, else from its
denials ("denied firing the shells that killed about 40" still reports the toll).
A toll that a later report gives higher is a revision: still "contradicts" by the contract's
rule, with `subject["revision"]` saying from what to what and how many hours later.
"""
from __future__ import annotations

from collections import defaultdict

from faultline.compare.corpus import Corpus, comparison, pairs, position
from faultline.compare.lexicon import PERSON_UNITS
from faultline.compare.words import stem
from faultline.model import Comparison, Count, Event, Quantity, Story

CORROBORATES, CONTRADICTS = "corroborates", "contradicts"
TOLLS = ("killed", "wounded")


def agree(a: float, b: float, count: bool = True) -> bool:
    """Whether two best estimates agree: within 10% of the larger, within 1 for counts under 10."""
    a, b = abs(a), abs(b)
    tolerance = 0.1 * max(a, b)
    if count and min(a, b) < 10:
        tolerance = max(tolerance, 1.0)
    return abs(a - b) <= tolerance + 1e-9


def verdict(a: float, b: float, count: bool = True) -> str:
    return CORROBORATES if agree(a, b, count) else CONTRADICTS


def apart(a: float, b: float) -> str:
    """How far apart two figures are, in words, for summaries."""
    top = max(abs(a), abs(b))
    share = abs(a - b) / top if top else 0.0
    rule = "within" if agree(a, b) else "beyond"
    return f"{share:.0%} apart, {rule} the 10% rule"


def doc_figure(events: list[Event], attribute: str) -> tuple[Count, Event] | None:
    """A document's figure among `events`: the most precise, the larger of equals."""
    found = [(c, e) for e in events for c in [getattr(e.fatalities, attribute)] if c is not None]
    if not found:
        return None
    return min(found, key=lambda ce: ((ce[0].high - ce[0].low) / max(ce[0].best, 1), -ce[0].best))


def story_entities(story: Story) -> list[str]:
    return list(dict.fromkeys([*story.actors, *story.targets, *story.locations]))


def story_subject(story: Story, event: str, attribute: str) -> dict:
    return {"event": event, "entities": story_entities(story), "attribute": attribute,
            "story": story.id}


def _by_doc(corpus: Corpus, ids: list[str]) -> dict[str, list[Event]]:
    out: defaultdict[str, list[Event]] = defaultdict(list)
    for i in ids:
        e = corpus.events.get(i)
        if e is not None:
            out[corpus.doc_of(e)].append(e)
    return out


def story_figures(corpus: Corpus, story: Story) -> list[Comparison]:
    """Killed, wounded and quantities of one story, compared between its documents."""
    asserted, denied = _by_doc(corpus, story.events), _by_doc(corpus, story.denials)
    out = []
    for attribute in ("killed", "wounded"):
        rows = []
        for doc in story.docs:
            found = doc_figure(asserted.get(doc, []), attribute) or \
                doc_figure(denied.get(doc, []), attribute)
            if found:
                rows.append((doc, found[0].best, found[1]))
        out += _compare_rows(corpus, story, attribute, attribute, rows)
    units: defaultdict[str, list[tuple[str, float, Event]]] = defaultdict(list)
    unit_names: dict[str, str] = {}
    for doc in story.docs:
        best: dict[str, tuple[Quantity, Event]] = {}
        for e in asserted.get(doc, []):
            for q in e.quantities:
                unit = stem(q.unit or "")
                if unit and q.unit.lower() not in PERSON_UNITS and (
                        unit not in best or q.value > best[unit][0].value):
                    best[unit] = (q, e)
        for unit, (q, e) in best.items():
            units[unit].append((doc, q.value, e))
            unit_names.setdefault(unit, q.unit)
    for unit, rows in units.items():
        out += _compare_rows(corpus, story, unit_names[unit], f"quantity.{unit}", rows)
    return out


def _compare_rows(corpus: Corpus, story: Story, topic: str, attribute: str,
                  rows: list[tuple[str, float, Event]]) -> list[Comparison]:
    out = []
    for (da, va, ea), (db, vb, eb) in pairs(rows, corpus.options.max_pairwise, lambda r: r[1]):
        count = float(va).is_integer() and float(vb).is_integer()
        kind = verdict(va, vb, count)
        summary = (f"{corpus.outlet(da)}: {_num(va)} {topic}; {corpus.outlet(db)}: {_num(vb)} "
                   f"({apart(va, vb)})")
        subject = story_subject(story, ea.id, attribute)
        revised = _revision(corpus, (da, va), (db, vb)) if kind == CONTRADICTS and attribute in TOLLS else None
        if revised:
            subject["revision"] = revised
            summary += (f"; revised upward from {_num(revised['from'])} to {_num(revised['to'])} "
                        f"{revised['hours']} hours later")
        out.append(comparison(kind, topic, subject, [position(da, _num(va), ea.evidence),
                                                      position(db, _num(vb), eb.evidence)], summary))
    return out


def _revision(corpus: Corpus, a: tuple[str, float], b: tuple[str, float]) -> dict | None:
    """A toll that a later report gives higher: a revision as bodies are found, not a
    disagreement of reports told at the same time. The contract's kind stays "contradicts";
    this says which kind of contradiction it is, with the hours between the two reports."""
    (da, va), (db, vb) = sorted([a, b], key=lambda r: corpus.published.get(r[0]) or 0)
    first, later = corpus.published.get(da), corpus.published.get(db)
    if first is None or later is None or later <= first or vb <= va:
        return None
    return {"from": va, "to": vb, "earlier": da, "later": db, "hours": (later - first) * 24}


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
