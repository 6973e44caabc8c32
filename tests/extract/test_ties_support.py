"""Allies by support (extract/ties/support.py), on sentences written for these tests."""
import pytest

from test_ties_tree import ties


@pytest.mark.parametrize("text, tie", [
    ("The Multinational Joint Task Force continues to support Nigerian forces with air strikes near Baga.",
     ("allied_with", "Multinational Joint Task Force", "Nigeria")),
    ("The African Union is assisting the Somali government to degrade and ultimately destroy al-Shabaab.",
     ("allied_with", "African Union", "Somalia")),
    ("Ghana reiterated its support for the Government of Mali in the fight against JNIM.",
     ("allied_with", "Ghana", "Government of Mali")),
    ("Kenya remains steadfast in its support of the Government of Somalia and its people in their fight "
     "against al-Shabaab.", ("allied_with", "Kenya", "Government of Somalia")),
    ("Chad and Niger have already supported the retaking by Nigerian forces of Baga.",
     ("allied_with", "Chad", "Nigeria")),
    ("Chad and Niger have already supported the re-taking by Nigerian forces of Baga.",
     ("allied_with", "Niger", "Nigeria")),
])
def test_support_given_by_arms_or_in_a_fight_makes_allies(pipeline, text, tie):
    assert tie in ties(pipeline, text)


@pytest.mark.parametrize("text", [
    "Ghana supports Mali's bid for a seat on the Security Council.",       # support of another kind
    "Ghana did not support the Government of Mali in its fight against JNIM.",  # negated
    "Ghana could support the Government of Mali with air strikes.",         # hedged
    "Kinshasa accuses Rwanda of backing the M23 with troops and weapons.",  # a sponsor's arms, no fight of its own
])
def test_support_of_another_kind_makes_no_allies(pipeline, text):
    assert not [t for t in ties(pipeline, text) if t[0] == "allied_with"]


def test_standing_by_another_to_defeat_a_foe_allies_the_two_against_the_foe(pipeline):
    found = ties(pipeline, "Ghana stands by Mali to defeat JNIM and end this violence.")
    jnim = "Jama'at Nusrat al-Islam wal-Muslimin"
    assert {("allied_with", "Ghana", "Mali"), ("rival_of", "Ghana", jnim), ("rival_of", "Mali", jnim)} <= found
    assert not ties(pipeline, "Ghana stood by Mali during the talks.")  # no fight, no tie


def test_a_foe_singled_out_after_the_fights_own_against_is_its_foe(pipeline):
    found = ties(pipeline, "Ghana reiterated its support for the Malian people in their fight against "
                           "terrorism, in particular against JNIM.")
    assert ("rival_of", "Mali", "Jama'at Nusrat al-Islam wal-Muslimin") in found
    # no fight of its own "against": nothing singled out
    assert not [t for t in ties(pipeline, "Ghana reiterated its support for the Malian people in their "
                                          "reforms, in particular against JNIM.") if t[0] == "rival_of" and "Mali" in t]


def test_who_fights_is_the_one_supported_not_the_supporter(pipeline):
    found = ties(pipeline, "Ghana reiterated its support for the Government of Mali in the fight against JNIM.")
    assert ("rival_of", "Government of Mali", "Jama'at Nusrat al-Islam wal-Muslimin") in found
    assert not [t for t in found if t[0] == "rival_of" and "Ghana" in t[1:]]


def test_the_supporter_of_a_purpose_hung_on_a_noun_is_the_nouns_owner(pipeline):
    found = ties(pipeline, "Al-Shabaab struck again. It only underscores the importance of AMISOM efforts to support "
                           "Somali forces in their campaign to defeat al-Shabaab.")
    assert ("allied_with", "African Union Support and Stabilization Mission in Somalia", "Somalia") in found
    assert not [t for t in found if t[0] == "allied_with" and "al-Shabaab" in t[1:]]


def test_a_whole_people_supported_in_its_fight_names_its_country(pipeline):
    found = ties(pipeline, "Kenya remains steadfast in its support of the Government of Somalia and the Somali people "
                           "in their fight against al-Shabaab.")
    assert {("allied_with", "Kenya", "Somalia"), ("rival_of", "Somalia", "al-Shabaab")} <= found
    # a state and its own government fight as one side, not as two allies
    assert not [t for t in found if t[0] == "allied_with" and {"Somalia", "Government of Somalia"} == set(t[1:])]



def test_a_purpose_the_supporters_verb_states_is_the_supporters_too(pipeline):
    found = ties(pipeline, "This is why the African Union is assisting the Somali government to degrade and "
                           "ultimately destroy al-Shabaab.")
    assert {("rival_of", "African Union", "al-Shabaab"), ("rival_of", "Somalia", "al-Shabaab")} <= found


def test_a_deed_aided_by_support_from_an_actor_makes_its_doer_that_actors_ally(pipeline):
    found = ties(pipeline, "Nigerian troops recaptured the town of Baga from Boko Haram, aided by air support from "
                           "Chad.")
    assert ("allied_with", "Nigerian Army", "Chad") in found


def test_a_state_and_its_own_government_against_one_foe_are_no_allies(pipeline):
    assert not [t for t in ties(pipeline, "Mali and the Government of Mali are committed to defeating these "
                                          "terrorists.") if t[0] == "allied_with"]
    assert ("allied_with", "Niger", "Government of Nigeria") in ties(
        pipeline, "Niger and the Government of Nigeria are committed to defeating these terrorists.")
