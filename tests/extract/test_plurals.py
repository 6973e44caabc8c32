"""Counted plural references ("the two countries") on sentences written for these tests."""
from sentences import read


def event_of(pipeline, text, type_):
    return next(e for e in read(pipeline, text).events if e.type == type_ and e.asserted)


def test_the_three_countries_are_the_three_just_named(pipeline):
    e = event_of(pipeline, "Chad, Niger and Mali signed a border accord. Army chiefs from the three "
                           "countries met in Bamako on Friday.", "CONSULT")
    assert sorted(e.actors) == ["MLI", "NER", "TCD"]


def test_both_governments_are_the_last_two(pipeline):
    e = event_of(pipeline, "Ghana hosted talks between Togo and Benin. Both governments expelled "
                           "Russian diplomats on Monday.", "COERCE")
    assert sorted(e.actors) == ["BEN", "TGO"]


def test_too_few_actors_named_before_gives_no_reference(pipeline):
    mentions = read(pipeline, "Chad mourned. The two countries met in Bamako.").mentions
    assert not [m for m in mentions if m.span.text == "The two countries"]
