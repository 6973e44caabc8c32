"""compare.numbers: the contract's 10% rule and a story's figures compared pairwise."""
from __future__ import annotations

import pytest
from compare.build import Paper, corpus, event

from faultline.compare import CompareOptions, agree, compare_corpus


@pytest.mark.parametrize("a, b, same", [
    (82, 140, False),   # the contract: "at least 82" against "more than 140" contradict
    (525, 534, True),   # "more than 525" against "534" corroborate
    (30, 50, False), (50, 48, True), (42, 40, True), (12, 13, True),
    (100, 111, True), (100, 112, False),  # 10% of the larger
    (5, 6, True), (5, 7, False), (0, 1, True), (9, 10, True), (9, 11, False),
])
def test_best_estimates_agree_within_ten_percent_or_one_under_ten(a, b, same):
    assert agree(a, b) is same and agree(b, a) is same


def test_money_has_no_within_one_rule():
    assert agree(5, 6) and not agree(5.0, 6.0, count=False)


def _three_reports():
    a, b, c = Paper("a", "2024-10-09"), Paper("b", "2024-10-10"), Paper("c", "2024-10-15")
    return corpus([a, b, c], [
        event(a, "ea", targets=["army"], date="2024-10-08", killed=30, wounded=7),
        event(b, "eb", actors=["front"], targets=["army"], date="2024-10-08", killed=50, wounded=8),
        event(c, "ec", actors=["front"], date=("2024-10-07", "2024-10-13"), killed=48)])


def test_killed_is_compared_for_every_pair_of_documents():
    result = compare_corpus(_three_reports())
    killed = {frozenset(p.doc for p in c.positions): c for c in result.comparisons
              if c.topic == "killed"}
    assert {docs: c.kind for docs, c in killed.items()} == {
        frozenset("ab"): "contradicts", frozenset("bc"): "corroborates",
        frozenset("ac"): "contradicts"}
    ab = killed[frozenset("ab")]
    assert [(p.doc, p.value) for p in ab.positions] == [("a", 30), ("b", 50)]
    assert all(span.doc == p.doc for p in ab.positions for span in p.evidence)
    assert ab.subject["attribute"] == "killed" and ab.subject["event"] == "ea"
    assert set(ab.subject["entities"]) == {"front", "army"}
    assert ab.subject["story"] == result.stories[0].id
    assert "40% apart" in ab.summary
    wounded = [c for c in result.comparisons if c.topic == "wounded"]
    assert [c.kind for c in wounded] == ["corroborates"]  # 7 and 8: within 1 under 10


def test_many_documents_are_compared_with_the_median_one():
    papers = [Paper(f"p{i:02d}", "2024-10-10") for i in range(15)]
    events = [event(p, f"e{i}", actors=["front"], date="2024-10-08", killed=40 + i)
              for i, p in enumerate(papers)]
    result = compare_corpus(corpus(papers, events), CompareOptions(max_pairwise=12))
    killed = [c for c in result.comparisons if c.topic == "killed"]
    assert len(killed) == 14
    assert all(c.positions[0].value == 47 for c in killed)


def test_quantities_of_the_same_unit_are_compared_but_not_people():
    a, b = Paper("a"), Paper("b")
    analysis = corpus([a, b], [
        event(a, "ea", actors=["front"], quantities=[(71, "drones"), (12, "people")]),
        event(b, "eb", actors=["front"], quantities=[(90, "drone"), (30, "people")])])
    [drones] = [c for c in compare_corpus(analysis).comparisons
                if c.subject["attribute"].startswith("quantity")]
    assert drones.kind == "contradicts" and drones.topic == "drones"
    assert drones.subject["attribute"] == "quantity.dron"  # the stem


def test_a_document_figure_is_its_most_precise_one():
    from faultline.model import Count
    a, b = Paper("a"), Paper("b")
    analysis = corpus([a, b], [
        event(a, "ea", actors=["front"], killed=Count(24, 24, 99)),
        event(a, "ea2", actors=["front"], targets=["army"], killed=12),
        event(b, "eb", actors=["front"], killed=13)])
    [killed] = [c for c in compare_corpus(analysis).comparisons if c.topic == "killed"]
    assert [p.value for p in killed.positions] == [12, 13] and killed.kind == "corroborates"


def test_a_toll_a_later_report_gives_higher_is_a_revision_with_the_hours_between():
    result = compare_corpus(_three_reports())
    killed = {frozenset(p.doc for p in c.positions): c for c in result.comparisons if c.topic == "killed"}
    ab = killed[frozenset("ab")]
    assert ab.kind == "contradicts"
    assert ab.subject["revision"] == {"from": 30, "to": 50, "earlier": "a", "later": "b", "hours": 24}
    assert "revised upward from 30 to 50 24 hours later" in ab.summary


def test_different_tolls_told_the_same_day_are_no_revision():
    a, b = Paper("a", "2024-10-09"), Paper("b", "2024-10-09")
    analysis = corpus([a, b], [event(a, "ea", actors=["front"], killed=30),
                               event(b, "eb", actors=["front"], killed=50)])
    (c,) = [c for c in compare_corpus(analysis).comparisons if c.topic == "killed"]
    assert c.kind == "contradicts" and "revision" not in c.subject


def test_a_toll_revised_day_after_day_merges_to_the_latest():
    a, b, c = Paper("a", "2024-10-09"), Paper("b", "2024-10-10"), Paper("c", "2024-10-11")
    analysis = corpus([a, b, c], [event(p, f"e{p.id}", actors=["front"], killed=k)
                                  for p, k in ((a, 12), (b, 20), (c, 31))])
    (story,) = [s for s in compare_corpus(analysis).stories if s.kind == "events"]
    assert (story.killed.best, story.killed.low, story.killed.high) == (31, 12, 31)
