"""Actors from the dictionaries (extract/entities.py), on sentences written for these tests."""
from sentences import read
from test_ties_tree import ties as ties_of


def named(pipeline, text):
    return {(m.span.text, m.entity, m.type) for m in read(pipeline, text).mentions}


def test_either_apostrophe_spells_a_dictionary_form(pipeline):
    straight = named(pipeline, "The coalition struck Da'esh positions near Raqqa.")
    curly = named(pipeline, "The coalition struck Da\u2019esh positions near Raqqa.")
    assert ("Da'esh", "islamic-state", "armed_group") in straight
    assert ("Da\u2019esh", "islamic-state", "armed_group") in curly


def test_a_capital_before_based_is_the_city_not_its_state(pipeline):
    found = named(pipeline, "The Tripoli-based government denied the claim, and Tripoli said it would respond.")
    assert ("Tripoli", "location:tripoli", "location") in found
    assert ("Tripoli", "LBY", "state") in found


def test_a_footnote_mark_glued_to_a_name_is_no_part_of_it(pipeline):
    found = named(pipeline, "The society was later headed by his brother Karim al-Haddad,[2] who became its president.")
    assert {text for text, _, kind in found if kind == "person"} == {"Karim al-Haddad"}


def test_a_capital_naming_where_a_deal_was_made_is_the_city(pipeline):
    found = named(pipeline, "The Pretoria agreement ended the war, and Pretoria said it would host more talks.")
    assert ("Pretoria", "location:pretoria", "location") in found
    assert ("Pretoria", "ZAF", "state") in found


def test_a_states_possessive_and_a_word_for_its_forces_name_its_forces(pipeline):
    found = named(pipeline, "Niger's army said on Tuesday that its troops had repelled the attack, and Israel’s "
                            "air force struck again.")
    assert ("Niger's army", "niger-armed-forces", "armed_group") in found
    assert ("Israel’s air force", "israeli-air-force", "armed_group") in found


def test_a_states_possessive_force_word_that_only_modifies_a_noun_names_the_state(pipeline):
    found = named(pipeline, "Burkina Faso's military leader spoke, and Russia's military intelligence agency was "
                            "blamed.")
    assert {entity for _, entity, _ in found} == {"BFA", "RUS"}


def test_a_polity_named_after_its_land_is_the_place_only_after_a_preposition_of_place(pipeline):
    found = named(pipeline, "Puntland suspended ties with Mogadishu, the administration of Puntland said, as "
                            "fighting in Puntland spread.")
    assert [kind for text, _, kind in sorted(found, key=lambda f: f[1]) if text == "Puntland"] == \
        ["location", "organization"]
    assert ("member_of", "Yusuf Warsame", "Puntland") in ties_of(pipeline, "Puntland's security minister, Yusuf "
                                                                           "Warsame, said the road was closed.")


def test_a_capital_held_is_the_city(pipeline):
    found = named(pipeline, "The Houthis, who control Sanaa, fired missiles, and the Taliban seized Kabul in 2021.")
    assert {("Sanaa", "location:sanaa", "location"), ("Kabul", "location:kabul", "location")} <= found
    assert ("Kabul", "AFG", "state") in named(pipeline, "Kabul accused Islamabad of harbouring militants.")


def test_a_known_short_name_closing_a_longer_name_is_that_other_body(pipeline):
    found = {(m.name, m.type) for m in read(pipeline, "The French frigate joined U.S. Naval Forces Central "
                                                     "Command's task force.").mentions}
    assert ("U.S. Naval Forces Central Command", "organization") in found
    assert ("United States Central Command", "armed_group") not in found
    # a title before it, or a known name, leaves the short name its own
    assert "centcom" in {entity for _, entity, _ in named(pipeline, "A Central Command spokesman said.")}
    assert ("Hezbollah", "hezbollah", "armed_group") in named(pipeline, "Lebanese Hezbollah fired rockets.")


def test_a_place_after_a_known_actor_says_where_it_is(pipeline):
    found = {(m.span.text, m.name) for m in read(pipeline, "Fighters were trained by the Quds Force in Iran.").mentions}
    assert ("Quds Force", "Quds Force") in found and ("Iran", "Iran") in found
    # a body nobody listed keeps the place its name holds
    assert "UN Support Mission in Libya" in {m.name for m in read(pipeline, "The UN Support Mission in Libya said.").mentions}
