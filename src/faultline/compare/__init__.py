"""Source comparison: the same happening, tie or claim across documents, side by side.

    compare_corpus(analysis)  stories and comparisons of an Analysis (a CompareResult)
    compare_store(store)      the same over a Store's contents, a window of publication time
                              at a time (windows.py), written back to it
    build_stories(analysis)   events grouped across documents into stories
    document_stories(...)     documents grouped on their words (grouping.py)
    compare(analysis, stories) the comparisons alone, given the stories
    agree(a, b)               the contract's 10% rule for two best estimates
    CompareOptions            the thresholds, with the documented defaults

Comparisons come from four places: the figures of a story (`numbers`), who did it and
whether it happened (`responsibility`), ties with amounts or without (`ties`), and what
claims, ties and denials assert (`claims`). Contradictions are listed first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from faultline.compare.claims import compare_statements
from faultline.compare.corpus import CompareOptions, Corpus
from faultline.compare.grouping import document_stories
from faultline.compare.numbers import agree, story_figures
from faultline.compare.responsibility import story_responsibility
from faultline.compare.stories import build_stories, stories_of
from faultline.compare.ties import compare_ties
from faultline.compare.windows import NEEDED, Runner, compare_windows
from faultline.model import Analysis, Comparison, Story

if TYPE_CHECKING:
    from faultline.store import Store


@dataclass
class CompareResult:
    """Stories and comparisons, and the analysis they were made from (for rendering)."""
    stories: list[Story]
    comparisons: list[Comparison]
    analysis: Analysis = field(default_factory=Analysis, repr=False)

    @property
    def contradictions(self) -> list[Comparison]:
        return [c for c in self.comparisons if c.kind == "contradicts"]


def compare(analysis: Analysis, stories: list[Story],
            options: CompareOptions | None = None) -> list[Comparison]:
    """Every comparison between the documents of `analysis`, contradictions first."""
    return _compare(Corpus(analysis, options), stories)


def compare_corpus(analysis: Analysis, options: CompareOptions | None = None) -> CompareResult:
    """Stories of `analysis` and the comparisons between its documents."""
    corpus = Corpus(analysis, options)
    stories = stories_of(corpus)
    stories += document_stories(corpus, stories)
    return CompareResult(stories, _compare(corpus, stories), analysis)


def compare_store(store: "Store", options: CompareOptions | None = None, pending_only: bool = False,
                  runner: Runner | None = None, snapshot: Path | None = None) -> CompareResult:
    """Compare the stored documents a window of publication time at a time (`windows`), write
    the stories and comparisons back and clear `store.pending()`. `pending_only` compares only
    the windows that documents saved since the last comparison touch, and keeps nothing in
    the result (what a run does after saving); `runner` maps the windows, reading their
    contexts from a copy in folder `snapshot` when given (see `windows`)."""
    found = compare_windows(store, options, pending_only=pending_only, runner=runner,
                            collect=not pending_only, snapshot=snapshot)
    if pending_only:
        return CompareResult([], [])
    return CompareResult(sorted(found.stories, key=lambda s: ((s.date and s.date.start) or "", s.id)),
                         sorted(found.comparisons, key=lambda c: (c.kind != "contradicts", c.topic, c.id)),
                         store.load_collections(NEEDED))


def _compare(corpus: Corpus, stories: list[Story]) -> list[Comparison]:
    # sources are compared within happenings told by agreeing events, not within a group of
    # documents on one subject (an attack and the counter-attack told the next day)
    stories = [s for s in stories if s.kind == "events"]
    out: list[Comparison] = []
    for story in stories:
        out += story_figures(corpus, story)
        out += story_responsibility(corpus, story)
    out += compare_ties(corpus)
    out += _uncovered(out, compare_statements(corpus, stories))
    unique = {c.id: c for c in out}
    return sorted(unique.values(), key=lambda c: (c.kind != "contradicts", c.topic, c.id))


def _uncovered(made: list[Comparison], statements: list[Comparison]) -> list[Comparison]:
    """Statement contradictions not already made, for the same documents and entities, by a
    story or a tie ("RSF denies shelling" is the story's responsibility contradiction)."""
    covered: dict[tuple, set[str]] = {}
    for c in made:
        if c.kind != "contradicts":
            continue
        key = (c.kind, frozenset(p.doc for p in c.positions))
        covered.setdefault(key, set()).update(c.subject.get("entities") or [])
    return [c for c in statements
            if not covered.get((c.kind, frozenset(p.doc for p in c.positions)), set())
            & set(c.subject.get("entities") or [])]


__all__ = ["CompareOptions", "CompareResult", "agree", "build_stories", "compare",
           "compare_corpus", "compare_store"]
