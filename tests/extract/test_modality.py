"""Negation and speculation around event triggers, on sentences written for these tests."""
import pytest

from faultline.extract.modality import modality


def flags(sentence, trigger):
    start = sentence.index(trigger)
    return modality(sentence, (0, len(sentence)), (start, start + len(trigger)))


@pytest.mark.parametrize("sentence, trigger, expected", [
    ("The militia shelled the airport on Monday.", "shelled", (False, False)),
    ("The movement will not be dragged into a war with its neighbour.", "war", (True, True)),
    ("The commander denied carrying out the ambush.", "ambush", (True, False)),
    ("Officials warned the rebels could attack the capital.", "attack", (False, True)),
    ("The militia was asked whether it would shell the port if told to.", "shell", (False, True)),
    ("I do not believe an invasion will come this year, she said.", "invasion", (True, True)),
    ("The president said the army would send 2,000 troops to the border.", "send", (False, False)),
    ("As the rebels had expected it would, the army responded by shelling the hills.", "shelling", (False, False)),
    ("Will the junta release the prisoners?", "release", (False, True)),
    ("The group has never carried out attacks abroad.", "attacks", (True, False)),
    ("A blockade can provoke the port's dockers into a strike.", "strike", (False, True)),
])
def test_modality(sentence, trigger, expected):
    assert flags(sentence, trigger) == expected


@pytest.mark.parametrize("sentence, trigger", [
    ("Bruno struck the convoy at dawn.", "struck"),
    ("Sharif's goodwill mission visited the camp.", "visited"),
])
def test_cue_words_inside_other_words_do_not_count(sentence, trigger):
    assert flags(sentence, trigger) == (False, False)


def test_idioms_with_no_negate_nothing():
    assert flags("The ministry wasted no time in blaming the rebels.", "blaming") == (False, False)


def test_a_denial_does_not_govern_a_deed_coordinated_with_it(pipeline):
    from sentences import read
    found = read(pipeline, "Hamas denied any role in the shooting and blamed Islamic Jihad.").events
    assert [(e.type, e.negated) for e in found if e.type == "ACCUSE"] == [("ACCUSE", False)]


def test_a_denial_still_governs_the_deed_it_denies(pipeline):
    from sentences import read
    found = read(pipeline, "Hamas denied firing rockets at Israel and blaming Islamic Jihad.").events
    assert all(e.negated for e in found if e.type in ("ASSAULT", "ACCUSE"))


def test_a_deed_noun_supposed_as_the_subject_of_a_modal_is_not_told(pipeline):
    from sentences import read
    found = read(pipeline, "Egypt said on Monday that an attack on Sudan would invoke the defence pact.").events
    assert [(e.type, e.hypothetical) for e in found if e.type == "ASSAULT"] == [("ASSAULT", True)]


def test_a_definite_deed_noun_before_a_modal_was_told(pipeline):
    from sentences import read
    found = read(pipeline, "The Chadian airstrike on Sudan on Monday will be investigated.").events
    assert [(e.type, e.hypothetical) for e in found if e.type == "ASSAULT"] == [("ASSAULT", False)]
