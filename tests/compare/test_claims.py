"""compare.claims: what one document asserts and another's quoted speaker denies."""
from __future__ import annotations

from compare.build import Paper, claim, corpus, event, relation

from faultline.compare import compare_corpus


def _statements(analysis):
    return [c for c in compare_corpus(analysis).comparisons
            if c.topic not in ("killed", "wounded", "responsibility", "occurrence")
            and "relation" not in c.subject]


def test_a_quoted_denial_contradicts_a_tie_asserted_elsewhere():
    a, b = Paper("a", "2024-05-10"), Paper("b", "2024-05-25")
    [comp] = _statements(corpus([a, b], relations=[
        relation(a, "ra", "supports", "patron", "front",
                 text="the Northern Front could, on Patronia's orders, widen the war")],
        claims=[claim(b, "cb", "The Northern Front will never be pulled into a war for Patronia",
                      speaker="envoy", about=["front", "patron"])]))
    assert (comp.kind, comp.topic) == ("contradicts", "acts on another's orders")
    assert comp.subject["claim"] == "cb" and set(comp.subject["entities"]) == {"envoy", "front", "patron"}
    assert [p.doc for p in comp.positions] == ["a", "b"]
    assert comp.positions[1].value == "The Northern Front will never be pulled into a war for Patronia"


def test_an_accusation_against_a_denial_in_one_document_only_contradicts():
    a, b = Paper("a"), Paper("b")
    [comp] = _statements(corpus([a, b], [
        event(b, "rb", "REJECT", actors=["patron"], targets=["front"], date=None,
              text="Patronia denies supporting the Northern Front")],
        claims=[claim(a, "ca", "Patronia is backing the Northern Front with weapons",
                      speaker="army", about=["patron", "front"])]))
    assert (comp.kind, comp.topic) == ("contradicts", "support")


def test_no_contradiction_when_each_document_reports_both_sides():
    a, b = Paper("a"), Paper("b")
    comps = _statements(corpus([a, b], [
        event(a, "ra", "REJECT", actors=["patron"], date=None,
              text="Patronia denies supporting the group"),
        event(b, "rb", "REJECT", actors=["patron"], date=None,
              text="Patronia rejects the accusation")],
        claims=[claim(a, "ca", "Patronia is backing the Northern Front", speaker="army",
                      about=["patron", "front"]),
                claim(b, "cb", "The Northern Front is backed by Patronia",
                      about=["patron", "front"])]))
    assert [c for c in comps if c.kind == "contradicts"] == []


def test_holding_a_town_contradicts_its_capture():
    a, b = Paper("a"), Paper("b")
    [comp] = _statements(corpus([a, b], claims=[
        claim(a, "ca", "The Republic Army repelled the assault and Lake Town remains under our control",
              speaker="army", about=["front"]),
        claim(b, "cb", "Northern Front fighters captured the hills above Lake Town",
              about=["front"])]))
    assert (comp.kind, comp.topic) == ("contradicts", "control / outcome")


def test_negation_with_overlapping_words_contradicts():
    a, b = Paper("a"), Paper("b")
    [comp] = _statements(corpus([a, b], claims=[
        claim(a, "ca", "The army shelled the northern grain market", speaker="front", about=["army"]),
        claim(b, "cb", "The army did not shell the northern grain market", speaker="army")]))
    assert comp.kind == "contradicts" and comp.topic.startswith("statement:")


def test_the_same_speaker_saying_the_same_corroborates():
    a, b = Paper("a"), Paper("b")
    [comp] = _statements(corpus([a, b], claims=[
        claim(a, "ca", "our aircraft struck enemy vehicles east of the city", speaker="army",
              about=["front"]),
        claim(b, "cb", "the army carried out air strikes on positions east of the city",
              speaker="army", about=["front"])]))
    assert (comp.kind, comp.topic) == ("corroborates", "attack")


def test_statements_sharing_no_entity_or_topic_are_not_compared():
    a, b = Paper("a"), Paper("b")
    assert _statements(corpus([a, b], claims=[
        claim(a, "ca", "The army shelled the northern grain market", speaker="front"),
        claim(b, "cb", "The guard did not shell the northern grain market", speaker="guard"),
        claim(b, "cc", "Patronia never paid for the harbour", speaker="army")])) == []


def test_of_equally_strong_pairs_the_same_one_wins_whatever_the_order_read():
    def winner(order):
        a, b = Paper("a"), Paper("b")
        claims = {i: claim(p, i, text, speaker="army", about=["patron", "front"]) for i, p, text in (
            ("ca1", a, "Patronia is backing the Northern Front with weapons"),
            ("ca2", a, "Patronia is backing the Northern Front with weapons"),
            ("cb", b, "Patronia is not backing the Northern Front with weapons"))}
        [comp] = _statements(corpus([a, b], claims=[claims[i] for i in order]))
        return comp

    first, reversed_ = winner(["ca1", "ca2", "cb"]), winner(["cb", "ca2", "ca1"])
    assert first == reversed_ and first.subject["claim"] == "ca1"
