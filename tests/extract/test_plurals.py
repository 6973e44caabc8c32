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


def test_sides_and_parties_point_back_only_when_counted(pipeline):
    from sentences import read
    text = ("Somali federal troops and forces loyal to Jubaland fought near the town, days after the two sides "
            "signed a Kenya-brokered ceasefire. Gunmen fired from both sides of the road. The other side denied it.")
    counted = [(m.span.text, m.name) for m in read(pipeline, text).mentions if m.role == "description"]
    assert sorted(counted) == [("the two sides", "Jubaland"), ("the two sides", "Somalia")]


def test_the_broker_of_a_deal_the_two_sides_signed_mediates_between_them(pipeline):
    from test_ties_tree import ties
    found = ties(pipeline, "Somali federal troops and forces loyal to Jubaland fought near the town, days after the "
                           "two sides signed a Kenya-brokered ceasefire.")
    assert {("mediates", "Kenya", "Somalia"), ("mediates", "Kenya", "Jubaland")} <= found
