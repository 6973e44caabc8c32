"""compare.stories: events grouped across documents, blocking, denials, merged figures."""
from __future__ import annotations

import itertools

from compare.build import Paper, corpus, event

from faultline.compare import build_stories
from faultline.compare import stories as stories_module
from faultline.model import Count


def test_same_type_overlapping_actors_and_dates_make_one_story():
    a, b, c = Paper("a", "2024-05-09"), Paper("b", "2024-05-10"), Paper("c", "2024-05-11")
    analysis = corpus([a, b, c], [
        event(a, "ea", actors=["front"], targets=["army"], date="2024-05-08", killed=30),
        event(b, "eb", actors=["front"], date=("2024-05-07", "2024-05-09"), killed=Count(50, 50, 60)),
        event(c, "ec", targets=["army"], date="2024-05-09", killed=48)])
    [story] = build_stories(analysis)
    assert story.type == "ASSAULT"
    assert story.events == ["ea", "eb", "ec"] and story.docs == ["a", "b", "c"]
    assert story.outlets == ["Outlet A", "Outlet B", "Outlet C"]
    assert story.actors == ["front"] and story.targets == ["army"]
    assert (story.date.start, story.date.end) == ("2024-05-07", "2024-05-09")
    # UCDP-style: lowest low, highest high, median of the documents' bests
    assert story.killed == Count(48, 30, 60)
    assert story.title.startswith("assault by Northern Front on Republic Army")


def test_different_weeks_make_two_stories():
    papers = [Paper(p, d) for p, d in (("a", "2024-05-10"), ("b", "2024-05-10"),
                                        ("c", "2024-07-20"), ("d", "2024-07-21"))]
    a, b, c, d = papers
    analysis = corpus(papers, [
        event(a, "ea", actors=["front"], date="2024-05-08"),
        event(b, "eb", actors=["front"], date="2024-05-09"),
        event(c, "ec", actors=["front"], date="2024-07-18"),
        event(d, "ed", actors=["front"], date="2024-07-19")])
    assert [s.events for s in build_stories(analysis)] == [["ea", "eb"], ["ec", "ed"]]


def test_other_type_other_actors_or_same_document_make_no_story():
    a, b = Paper("a"), Paper("b")
    analysis = corpus([a, b], [
        event(a, "ea", actors=["front"]), event(a, "ea2", actors=["front"]),
        event(b, "eb", "PROTEST", actors=["front"]), event(b, "eb2", actors=["guard"])])
    assert build_stories(analysis) == []


def test_blocking_compares_only_events_sharing_type_participant_and_week(monkeypatch):
    calls = []
    real = stories_module._compatible

    def counting(x, y, options):
        calls.append(frozenset((x.event.id, y.event.id)))
        return real(x, y, options)

    monkeypatch.setattr(stories_module, "_compatible", counting)
    papers = [Paper(f"p{i}", "2024-05-10") for i in range(8)]
    types = ["ASSAULT", "PROTEST", "COERCE", "THREATEN"]
    actors = ["front", "army", "guard", "envoy"]
    events = [event(p, f"e{i}", types[i % 4], actors=[actors[i // 2 % 4]],
                    date=f"2024-0{1 + i % 8}-10") for i, p in enumerate(papers)]
    events.append(event(papers[1], "twin", "ASSAULT", actors=["front"], date="2024-01-10"))
    build_stories(corpus(papers, events))
    assert calls == [frozenset({"e0", "twin"})]  # of 36 possible pairs, the one sharing a block


def test_a_state_overlaps_a_place_inside_it_but_two_places_do_not():
    a, b = Paper("a"), Paper("b")
    analysis = corpus([a, b], [event(a, "ea", targets=["RUR"], place="RUR"),
                               event(b, "eb", targets=["port-ama"], place="port-ama")])
    assert [s.events for s in build_stories(analysis)] == [["ea", "eb"]]
    c, d = Paper("c"), Paper("d")
    analysis = corpus([c, d], [event(c, "ec", targets=["lake-town"], place="lake-town"),
                               event(d, "ed", targets=["port-ama"], place="port-ama")])
    assert build_stories(analysis) == []


def test_undated_reports_group_by_publication_within_ten_days():
    a, b, c = Paper("a", "2024-05-10"), Paper("b", "2024-05-18"), Paper("c", "2024-06-20")
    analysis = corpus([a, b, c], [
        event(a, "ea", actors=["front"], targets=["army"], date=None),
        event(b, "eb", actors=["front"], targets=["army"], date=None),
        event(c, "ec", actors=["front"], targets=["army"], date=None)])
    assert [s.events for s in build_stories(analysis)] == [["ea", "eb"]]


def test_undated_unplaced_reports_sharing_one_actor_are_not_enough():
    a, b = Paper("a", "2024-05-10"), Paper("b", "2024-05-12")
    analysis = corpus([a, b], [event(a, "ea", actors=["front"], date=None),
                               event(b, "eb", actors=["front"], targets=["guard"], date=None)])
    assert build_stories(analysis) == []


def test_places_in_different_countries_are_incompatible():
    a, b = Paper("a"), Paper("b")
    analysis = corpus([a, b], [event(a, "ea", actors=["front"], place="port-ama"),
                               event(b, "eb", actors=["front"], place="hill-fort")])
    assert build_stories(analysis) == []


def test_reciprocal_attacks_are_two_happenings():
    a, b = Paper("a"), Paper("b")
    analysis = corpus([a, b], [event(a, "ea", actors=["front"], targets=["army"]),
                               event(b, "eb", actors=["army"], targets=["front"])])
    assert build_stories(analysis) == []


def test_vague_and_flagged_events_join_no_story():
    a, b = Paper("a"), Paper("b")
    analysis = corpus([a, b], [
        event(a, "ea", actors=["front"], date=("2024-01-01", "2024-12-31")),
        event(b, "eb", actors=["front"], date="2024-05-08"),
        event(a, "hyp", actors=["front"], date="2024-05-08", hypothetical=True)])
    assert build_stories(analysis) == []


def test_chaining_never_stretches_a_story_beyond_two_weeks():
    papers = [Paper(f"p{i}", f"2024-05-{10 + 6 * i:02d}") for i in range(4)]
    events = [event(p, f"e{i}", actors=["front"], date=(f"2024-05-{5 + 6 * i:02d}",
                                                         f"2024-05-{11 + 6 * i:02d}"))
              for i, p in enumerate(papers)]
    stories = build_stories(corpus(papers, events))
    for story in stories:
        assert story.date.start >= "2024-05-05" and len(story.events) <= 3
    assert sum(len(s.events) for s in stories) <= 4


def test_denials_are_attached_and_make_a_story_with_one_asserting_document():
    a, b, c = Paper("a", "2024-05-09"), Paper("b", "2024-05-10"), Paper("c", "2024-05-10")
    analysis = corpus([a, b, c], [
        event(a, "ea", actors=["front"], targets=["army"], place="port-ama", killed=42),
        event(b, "deny", "REJECT", actors=["front"], place="port-ama", killed=40,
              text="The Northern Front denied firing the shells that killed 40 people"),
        event(c, "other", "REJECT", actors=["front"], place="port-ama",
              text="The Northern Front rejected the peace plan")])
    [story] = [s for s in build_stories(analysis) if s.type == "ASSAULT"]
    assert story.events == ["ea"] and story.denials == ["deny"] and story.docs == ["a", "b"]
    assert story.killed == Count(40, 40, 42)


def test_story_ids_do_not_depend_on_input_order():
    a, b = Paper("a"), Paper("b")
    events = [event(a, "ea", actors=["front"]), event(b, "eb", actors=["front"])]
    first = build_stories(corpus([a, b], events))
    again = build_stories(corpus([b, a], list(reversed(events))))
    assert [s.id for s in first] == [s.id for s in again] and first[0].id.startswith("story:")


def test_grouping_is_transitive_through_a_shared_report():
    a, b, c = Paper("a"), Paper("b"), Paper("c")
    analysis = corpus([a, b, c], [
        event(a, "ea", actors=["front"]), event(b, "eb", actors=["front"], targets=["army"]),
        event(c, "ec", targets=["army"])])
    assert [sorted(s.docs) for s in build_stories(analysis)] == [["a", "b", "c"]]
    assert list(itertools.chain(*[s.events for s in build_stories(analysis)])) == ["ea", "eb", "ec"]
