"""compare.responsibility: who did it, denials, and reports that it never happened."""
from __future__ import annotations

from compare.build import Paper, corpus, event

from faultline.compare import compare_corpus


def _responsibility(analysis):
    return [c for c in compare_corpus(analysis).comparisons
            if c.topic in ("responsibility", "occurrence")]


def test_different_perpetrators_contradict_and_the_same_corroborate():
    a, b, c = Paper("a"), Paper("b"), Paper("c")
    comps = _responsibility(corpus([a, b, c], [
        event(a, "ea", actors=["front"], targets=["RUR"], place="port-ama"),
        event(b, "eb", actors=["guard"], targets=["RUR"], place="port-ama"),
        event(c, "ec", actors=["front"], place="port-ama")]))
    kinds = {frozenset(p.doc for p in c.positions): c.kind for c in comps}
    assert kinds == {frozenset("ab"): "contradicts", frozenset("bc"): "contradicts",
                     frozenset("ac"): "corroborates"}


def test_a_denial_by_the_named_perpetrator_contradicts():
    a, b = Paper("a", "2024-11-11"), Paper("b", "2024-11-12")
    [comp] = _responsibility(corpus([a, b], [
        event(a, "ea", actors=["front"], targets=["RUR"], place="port-ama", date="2024-11-10",
              killed=42),
        event(b, "eb", targets=["RUR"], place="port-ama", date="2024-11-10", killed=40),
        event(b, "deny", "REJECT", actors=["front"], place="port-ama", date="2024-11-11",
              text="The Northern Front denied shelling the market")]))
    assert (comp.kind, comp.topic) == ("contradicts", "responsibility")
    assert [p.value for p in comp.positions] == ["Northern Front", "Northern Front denies it"]
    assert comp.positions[1].evidence[0].text == "The Northern Front denied shelling the market"
    assert comp.subject["attribute"] == "responsibility" and "front" in comp.subject["entities"]


def test_a_negated_event_by_the_named_perpetrator_is_a_denial():
    a, b = Paper("a"), Paper("b")
    [comp] = _responsibility(corpus([a, b], [
        event(a, "ea", actors=["front"], targets=["army"], place="port-ama"),
        event(b, "neg", actors=["front"], targets=["army"], place="port-ama", negated=True)]))
    assert comp.kind == "contradicts" and comp.topic == "responsibility"


def test_a_report_that_it_did_not_happen_contradicts_on_occurrence():
    a, b = Paper("a"), Paper("b")
    [comp] = _responsibility(corpus([a, b], [
        event(a, "ea", actors=["front"], targets=["army"], place="port-ama"),
        event(b, "neg", targets=["army"], place="port-ama", negated=True)]))
    assert (comp.kind, comp.topic) == ("contradicts", "occurrence")
    assert [p.value for p in comp.positions] == ["happened", "did not happen"]


def test_documents_naming_nobody_are_not_compared_on_responsibility():
    a, b = Paper("a"), Paper("b")
    assert _responsibility(corpus([a, b], [
        event(a, "ea", targets=["army"], place="port-ama"),
        event(b, "eb", targets=["army"], place="port-ama")])) == []
