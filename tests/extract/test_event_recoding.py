"""PLOVER codes changed by what governs a deed (conditional threats, curtailed cooperation),
from sentences written for these tests."""
from sentences import read


def asserted(pipeline, text):
    return [e for e in read(pipeline, text).events if e.asserted]


def test_a_hostile_deed_announced_unless_another_party_acts_is_a_threat_against_it(pipeline):
    found = asserted(pipeline, "The Sudanese Professionals Association said it would call a general strike "
                               "unless Sudan released the detained doctors.")
    assert [(e.type, e.mode, e.targets) for e in found] == [("THREATEN", "restrict", ["SDN"])]
    assert found[0].actors and not found[0].hypothetical


def test_an_attack_announced_if_another_party_acts_is_a_threat_of_violence(pipeline):
    found = asserted(pipeline, "Hezbollah said it would strike Haifa if Israel bombed Beirut again.")
    assert [(e.type, e.mode, e.actors, e.targets) for e in found] == [
        ("THREATEN", "violence", ["hezbollah"], ["ISR"])]


def test_a_warning_takes_the_subject_of_its_condition_as_target(pipeline):
    found = asserted(pipeline, "Ali Karimi warned that the movement could widen its operations "
                               "if Egypt and Jordan intervened.")
    assert [(e.type, e.targets) for e in found] == [("THREATEN", ["EGY", "JOR"])]


def test_a_deed_announced_without_a_condition_stays_the_deed(pipeline):
    found = asserted(pipeline, "Hezbollah said it would strike Haifa.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_cooperation_a_verb_of_curtailing_takes_is_a_sanction_by_whoever_curtails_it(pipeline):
    found = asserted(pipeline, "Kenya suspended cooperation with Somalia on Monday.")
    assert [(e.type, e.mode, e.actors, e.targets) for e in found] == [("SANCTION", "discontinue", ["KEN"], ["SOM"])]


def test_cooperation_carried_on_stays_cooperation(pipeline):
    found = asserted(pipeline, "Kenya expanded cooperation with Somalia on Monday.")
    assert "COOPERATE" in [e.type for e in found] and "SANCTION" not in [e.type for e in found]


def test_a_ceasefire_the_sides_sign_is_an_agreement(pipeline):
    found = asserted(pipeline, "Chad and Sudan signed a ceasefire in Doha on Sunday.")
    assert [(e.type, e.actors) for e in found] == [("AGREE", ["TCD", "SDN"])]


def test_saying_who_the_attackers_were_accuses_them(pipeline):
    found = asserted(pipeline, "Kenya said on Monday that the attackers were Al-Shabaab fighters.")
    assert [(e.type, e.mode, e.actors, e.targets) for e in found] == [("ACCUSE", "allege", ["KEN"], ["al-shabaab"])]


def test_saying_the_attackers_were_not_someone_accuses_no_one(pipeline):
    assert asserted(pipeline, "Kenya said on Monday that the attackers were not Al-Shabaab fighters.") == []
