"""compare.ties: amounts of the same tie in several documents, and ties stated alike."""
from __future__ import annotations

from compare.build import Paper, corpus, relation

from faultline.compare import compare_corpus


def _comparisons(*items_by_paper):
    papers = [p for p, _ in items_by_paper]
    return compare_corpus(corpus(papers, relations=[r for _, rs in items_by_paper for r in rs])).comparisons


def test_amounts_more_than_ten_percent_apart_contradict():
    a, b = Paper("a"), Paper("b")
    [c] = _comparisons((a, [relation(a, "ra", "funds", "patron", "front", (30e6, "year"))]),
                       (b, [relation(b, "rb", "funds", "patron", "front", (300e6, "year"))]))
    assert (c.kind, c.topic) == ("contradicts", "funds amount")
    assert c.subject == {"relation": "ra", "entities": ["patron", "front"], "attribute": "funds.amount"}
    assert [(p.doc, p.value) for p in c.positions] == [("a", 30e6), ("b", 300e6)]
    assert "90% apart" in c.summary


def test_periods_are_put_per_year_only_when_both_give_one():
    a, b, d = Paper("a"), Paper("b"), Paper("d")
    [c] = _comparisons((a, [relation(a, "ra", "funds", "patron", "front", (2.5e6, "month"))]),
                       (b, [relation(b, "rb", "funds", "patron", "front", (31e6, "year"))]))
    assert c.kind == "corroborates" and "per year" in c.summary
    [c] = _comparisons((a, [relation(a, "ra2", "funds", "patron", "front", (2.5e6, "month"))]),
                       (d, [relation(d, "rd", "funds", "patron", "front", (30e6, None))]))
    assert c.kind == "contradicts" and "only one gives a period" in c.summary


def test_each_object_of_a_tie_is_compared_on_its_own():
    a, b = Paper("a"), Paper("b")
    comps = _comparisons(
        (a, [relation(a, "ra1", "funds", "patron", "front", (30e6, "year")),
             relation(a, "ra2", "funds", "patron", "guard", (70e6, "year"))]),
        (b, [relation(b, "rb1", "funds", "patron", "front", (200e6, "year")),
             relation(b, "rb2", "funds", "patron", "guard", (200e6, "year"))]))
    assert sorted(c.subject["entities"][1] for c in comps) == ["front", "guard"]
    assert {c.kind for c in comps} == {"contradicts"}


def test_a_tie_stated_without_amounts_is_one_corroboration_listing_every_document():
    a, b, c = Paper("a"), Paper("b"), Paper("c")
    [comp] = _comparisons((a, [relation(a, "ra", "part_of", "front", "army")]),
                          (b, [relation(b, "rb", "part_of", "front", "army")]),
                          (c, [relation(c, "rc", "part_of", "front", "army")]))
    assert comp.kind == "corroborates" and comp.topic == "part_of"
    assert [p.doc for p in comp.positions] == ["a", "b", "c"]


def test_symmetric_ties_match_either_way_and_other_currencies_are_not_compared():
    a, b = Paper("a"), Paper("b")
    [c] = _comparisons((a, [relation(a, "ra", "allied_with", "front", "guard")]),
                       (b, [relation(b, "rb", "allied_with", "guard", "front")]))
    assert c.kind == "corroborates"
    [c] = _comparisons((a, [relation(a, "ra2", "funds", "patron", "front", (30e6, "year", "USD"))]),
                       (b, [relation(b, "rb2", "funds", "patron", "front", (300e6, "year", "EUR"))]))
    assert c.kind == "corroborates" and c.topic == "funds"


def test_support_is_not_repeated_when_every_document_says_how():
    a, b = Paper("a"), Paper("b")
    comps = _comparisons((a, [relation(a, "ra", "supports", "patron", "front"),
                              relation(a, "fa", "funds", "patron", "front")]),
                         (b, [relation(b, "rb", "supports", "patron", "front"),
                              relation(b, "fb", "funds", "patron", "front")]))
    assert [c.topic for c in comps] == ["funds"]
