"""Names no dictionary lists, found and typed from the text (sentences written for these tests)."""
import pytest

from faultline.extract.coreference import resolve_references
from faultline.extract.names import find_names
from faultline.model import Mention
from faultline.nlp import parse_text


def mentions_of(text, known=None, is_place=None):
    parsed = parse_text(text, "t")
    marked = []
    for name, (ident, kind) in (known or {}).items():
        i = text.find(name)
        marked.append(Mention(ident, name, kind, parsed.document.span(i, i + len(name))))
    return parsed, find_names(parsed, marked, is_place)


def found(text, **kw):
    return {(m.span.text, m.type) for m in mentions_of(text, **kw)[1]}


def references(text, words, known=None):
    """The references coreference adds for `words` (e.g. "its") in `text`."""
    parsed, ms = mentions_of(text, known=known)
    return [m for m in resolve_references(parsed, ms) if m.span.text == words]


def test_title_makes_a_person_and_is_dropped_from_the_name():
    assert ("Amadou Keita", "person") in found("The talks were led by General Amadou Keita in the capital.")


def test_role_noun_before_name_and_apposition_after():
    assert ("Lina Haddad", "person") in found("Army spokeswoman Lina Haddad denied the report.")
    assert ("Omar Farah", "person") in found("The statement was read by Omar Farah, a senior adviser to the council.")


def test_particles_belong_to_the_name():
    got = found("The envoy met Yusuf bin Rashid and Ahmad al-Tamimi on Monday.")
    assert ("Yusuf bin Rashid", "person") in got and ("Ahmad al-Tamimi", "person") in got


def test_head_nouns_type_organisations_media_and_places():
    got = found("Researchers at the Centre for Coastal Studies told the Meridian Herald that the Northern "
                "Lakes Brigade had retreated from Port Ama City.")
    assert ("Centre for Coastal Studies", "organization") in got
    assert ("Meridian Herald", "media") in got
    assert ("Northern Lakes Brigade", "armed_group") in got
    assert ("Port Ama City", "location") in got


def test_sentence_initial_capital_and_headline_are_not_names():
    text = "Rebels Say Ceasefire Talks Collapse In Capital\n\nSeemingly unaware of the danger, the convoy moved on."
    assert found(text) == set()


def test_locative_name_is_a_place_only_when_the_gazetteer_knows_it():
    text = "Fighting spread to Kalemba Heights overnight."
    assert ("Kalemba Heights", "location") in found(text, is_place=lambda n: n == "Kalemba Heights")


def test_surname_alone_refers_to_the_person_named_before():
    doc, ms = mentions_of("Colonel Ruth Okello said the road was open. Later Okello said it was closed.")
    people = [m for m in ms if m.type == "person"]
    assert [m.span.text for m in people] == ["Ruth Okello", "Okello"]
    assert len({m.entity for m in people}) == 1


def test_shared_surname_is_not_resolved():
    _, ms = mentions_of("Minister Sara Mensah met Deputy Kofi Mensah. Mensah said nothing.")
    assert [m.span.text for m in ms if m.type == "person"] == ["Sara Mensah", "Kofi Mensah"]


def test_acronym_defined_in_parentheses():
    text = "The Coastal Defence League (CDL) denied it. A CDL commander later confirmed the raid."
    _, ms = mentions_of(text)
    league = [m for m in ms if m.entity.endswith("coastal-defence-league")]
    assert [m.span.text for m in league] == ["Coastal Defence League", "CDL", "CDL"]


def test_known_dictionary_mention_wins_unless_a_head_extends_it():
    text = "Officials in Port Ama and at Port Ama University disagreed."
    _, ms = mentions_of(text, known={"Port Ama": ("port-ama", "location")})
    assert {(m.span.text, m.type) for m in ms} == {("Port Ama", "location"), ("Port Ama University", "organization")}


def test_definite_description_points_to_nearest_compatible_actor():
    text = "The Northern Lakes Brigade shelled the town. Officials in Kenya said the armed group withdrew."
    parsed, ms = mentions_of(text, known={"Kenya": ("KEN", "state")})
    described = [m for m in resolve_references(parsed, ms) if m.role == "description"]
    assert [(m.span.text, m.entity) for m in described] == [("the armed group", "armed_group:northern-lakes-brigade")]


def test_description_prefers_the_subject_of_the_nearest_sentence():
    text = ("The Northern Lakes Brigade is, after the Coastal Defence League, the largest armed group in the "
            "region. Ten years on, the group still recruits.")
    parsed, ms = mentions_of(text)
    described = [m for m in resolve_references(parsed, ms) if m.role == "description"]
    assert [(m.span.text, m.entity) for m in described] == [
        ("the largest armed group", "armed_group:northern-lakes-brigade"),
        ("the group", "armed_group:northern-lakes-brigade")]


def test_a_demonstrative_description_points_back_to_an_armed_group_when_called_terrorist():
    text = ("The Northern Lakes Brigade shelled the port. The Harbour Council urged the Coastal League to work "
            "with it against this terrorist group, and said these terrorists would be defeated.")
    parsed, ms = mentions_of(text)
    described = [(m.span.text, m.entity) for m in resolve_references(parsed, ms) if m.role == "description"]
    assert described == [("this terrorist group", "armed_group:northern-lakes-brigade"),
                         ("these terrorists", "armed_group:northern-lakes-brigade")]


def test_the_coalition_points_only_to_an_actor_named_a_coalition():
    text = "The Northern Lakes Brigade shelled the town. The coalition said it had struck back."
    parsed, ms = mentions_of(text)
    assert not [m for m in resolve_references(parsed, ms) if m.role == "description"]
    text = "The Lakes Defence Coalition met in the capital. The Northern Lakes Brigade shelled the town. " \
           "The coalition said it had struck back."
    parsed, ms = mentions_of(text)
    described = [m for m in resolve_references(parsed, ms) if m.role == "description"]
    assert [m.span.text for m in described] == ["The coalition"] and "coalition" in described[0].entity


def test_the_coalition_named_only_later_or_before_another_noun_is_that_one():
    text = ("The talks covered the coalition campaign against the Northern Lakes Brigade. "
            "The Lakes Defence Coalition gave no figures.")
    parsed, ms = mentions_of(text)
    described = [(m.span.text, m.entity) for m in resolve_references(parsed, ms) if m.role == "description"]
    assert described == [("the coalition", "organization:lakes-defence-coalition")]


def test_the_coalition_of_a_text_that_names_none_is_a_body_of_its_own():
    text = "The Northern Lakes Brigade shelled the town. The coalition said it had struck back."
    parsed, ms = mentions_of(text)
    assert [(m.span.text, m.entity, m.role) for m in resolve_references(parsed, ms) if "coalition" in m.span.text] \
        == [("coalition", "organization:coalition", "name")]


def test_a_capitalised_coalition_with_no_named_one_before_is_a_body_of_its_own():
    text = "On Monday, Coalition military forces struck the bridge. Later the Coalition said it had hit the depot."
    parsed, ms = mentions_of(text)
    added = [(m.span.text, m.entity) for m in resolve_references(parsed, ms) if m.span.text.endswith("Coalition")]
    assert added == [("Coalition", "organization:coalition"), ("the Coalition", "organization:coalition")]


def test_a_coalition_set_apart_by_its_own_words_with_none_named_is_a_body_of_its_own():
    text = ("The Northern Lakes Brigade shelled the town. The international coalition said it had struck back. "
            "The coalition gave no figures.")
    parsed, ms = mentions_of(text)
    added = [(m.span.text, m.entity) for m in resolve_references(parsed, ms) if "coalition" in m.span.text]
    assert added == [("international coalition", "organization:international-coalition"),
                     ("The coalition", "organization:international-coalition")]   # and then the one pointed to


def test_a_coalition_called_so_beside_its_name_is_the_one_pointed_to():
    text = ("The armed coalition Lakes Shield denied the raid. The Northern Lakes Brigade shelled the town. "
            "The coalition said it had struck back.")
    parsed, ms = mentions_of(text, known={"Lakes Shield": ("armed_group:lakes-shield", "armed_group")})
    described = [m for m in resolve_references(parsed, ms) if m.role == "description"]
    assert [(m.span.text, m.entity) for m in described] == [("The coalition", "armed_group:lakes-shield")]


def test_a_nickname_in_quotation_marks_stays_inside_the_name_but_out_of_its_id():
    for quoted in ('"Barbecue"', "\u201cBarbecue\u201d"):
        _, ms = mentions_of(f"The coalition is led by former police officer Jimmy {quoted} Cherizier.")
        assert [(m.span.text, m.name, m.type) for m in ms] == [
            (f"Jimmy {quoted} Cherizier", "Jimmy Cherizier", "person")]


def test_a_description_whose_head_is_a_names_is_that_name_not_a_reference():
    text = ("Since Kenya's army seized power, the region has become a battleground between the army and the "
            "Lakes Defence Forces, the armed wing of the opposition Lakes Unity Government.")
    parsed, ms = mentions_of(text, known={"Kenya": ("KEN", "state"),
                                          "Lakes Unity Government": ("organization:lakes-unity-government",
                                                                     "organization")})
    described = [m.span.text for m in resolve_references(parsed, ms) if m.role == "description"]
    assert described == ["the army"]


def test_a_lower_case_head_after_a_lone_name_types_it():
    got = found("The Islamic State claimed the attack. Its Amaq news agency said three soldiers were killed.")
    assert ("Amaq", "organization") in got


def test_a_possessive_before_its_clauses_subject_points_ahead_to_it():
    text = "Kenya sent troops to the border. After its defeat in Gao, the Lakes Brigade withdrew to the hills."
    its = references(text, "its", {"Kenya": ("KEN", "state")})
    assert [m.entity for m in its] == ["armed_group:lakes-brigade"]


def test_a_description_is_not_its_own_clauses_subject():
    text = "The Northern Lakes Brigade trained the militia near the border."
    parsed, ms = mentions_of(text)
    assert not [m for m in resolve_references(parsed, ms) if m.role == "description"]


def test_first_name_at_sentence_start_makes_a_person_but_unknown_pairs_are_left_alone():
    got = found("Mariam Oduya runs the clinic. Later Oduya said the road was cut. The Kivu Shield patrols at night.")
    assert ("Mariam Oduya", "person") in got
    assert not any(kind == "person" for text, kind in got if "Kivu" in text)


def test_place_nouns_and_possessives_before_a_place_name():
    got = found("Gunmen attacked the village of Kambele in Kenya's Marsabit district.",
                is_place=lambda n: n == "Marsabit")
    assert ("Kambele", "location") in got and ("Marsabit", "location") in got


def test_a_longer_dictionary_name_is_not_cut_down_to_a_place():
    text = "Instructors train Kenya's army near the border."
    _, ms = mentions_of(text, known={"Kenya's army": ("kdf", "armed_group")},
                        is_place=lambda n: n == "Kenya")
    assert [(m.span.text, m.entity) for m in ms] == [("Kenya's army", "kdf")]


def test_head_noun_before_of_names_an_organisation_ending_in_a_country():
    _, ms = mentions_of("The National Guard of Kenya and the Confederation of Coastal Workers of Kenya met.",
                        known={"Kenya": ("KEN", "state")})
    got = {(m.span.text, m.type) for m in ms}
    assert ("National Guard of Kenya", "organization") in got
    assert ("Confederation of Coastal Workers of Kenya", "organization") in got


def test_its_after_a_subject_with_an_apposed_name_is_that_name_not_its_owner():
    text = "The African Union peacekeeping mission, the Lakes Brigade, said its troops had shelled the ridge."
    its = references(text, "its", {"African Union": ("AU", "organization")})
    assert [m.entity for m in its] == ["armed_group:lakes-brigade"]


def test_kit_written_as_an_acronym_is_no_actor():
    text = "Near Gao, three strikes engaged two JNIM units and destroyed a vehicle, a VBIED and two IEDs."
    assert not {name for name, _ in found(text)} & {"VBIED", "IEDs"}


def test_a_possessive_after_a_body_no_name_stands_for_points_to_no_actor():
    text = ("The Lakes Council met on Monday. The attacks have stiffened the resolve of the international "
            "community in its determination to defeat the rebels.")
    assert not references(text, "its")


def _with_dictionary_short_name(text, short):
    """The names of `text`, `short` matched by the actor dictionary as an alias of its own actor."""
    parsed = parse_text(text, "t")
    i = text.find(short)
    known = [Mention("dictionary-actor", "Dictionary Actor", "organization", parsed.document.span(i, i + len(short)),
                     role="alias")]
    return find_names(parsed, known, None)


def test_a_short_name_spelling_a_name_the_text_gave_is_that_names():
    ms = _with_dictionary_short_name("The Northern Lakes Brigade crossed the river. Supplies went to the NLB, "
                                     "an official said.", "NLB")
    assert [m.entity for m in ms if m.span.text == "NLB"] == ["armed_group:northern-lakes-brigade"]


def test_a_short_name_keeps_its_dictionary_actor_when_no_name_it_spells_comes_before():
    ms = _with_dictionary_short_name("Supplies went to the NLB, an official said.", "NLB")
    assert [m.entity for m in ms if m.span.text == "NLB"] == ["dictionary-actor"]


def test_a_service_and_a_rank_cut_off_by_its_full_stop_are_no_name():
    names = {name for name, _ in found("Army spokesman Navy Capt. Jeff Davis told reporters the unit held.")}
    assert "Jeff Davis" in names and not [n for n in names if "Capt" in n or n == "Navy"]


@pytest.mark.parametrize("text, name, kind", [
    ("Ansar Tawhid is an armed group based in the hills.", "Ansar Tawhid", "armed_group"),
    ("Katiba Sahel, a jihadist group, attacked the town.", "Katiba Sahel", "armed_group"),
    ("Ansar Tawhid is a faction of the Lakes Front.", "Ansar Tawhid", "armed_group"),
    ("Dar Salam, an aid agency, delivered food to the camp.", "Dar Salam", "organization"),
])
def test_a_name_takes_the_kind_the_text_calls_it(text, name, kind):
    assert (name, kind) in found(text)


def test_a_possessive_in_a_clause_whose_subject_is_an_unnamed_body_points_to_no_actor():
    text = "Kenya hosted the talks. In 2024 the regional parliament re-elected its president, Omar Farah."
    assert not references(text, "its", {"Kenya": ("KEN", "state")})
    text = "Kenya hosted the talks. In 2024 the Kenyan parliament re-elected its speaker, Omar Farah."
    known = {"Kenya": ("KEN", "state"), "Kenyan": ("KEN", "state")}
    assert [m.entity for m in references(text, "its", known)] == ["KEN"]


def test_the_group_is_never_a_states_police_named_before():
    text = "Officials of the Gao Regional Police believe that the group crossed the river."
    assert not references(text, "the group", {"Gao Regional Police": ("gao-police", "organization")})


def test_it_after_a_sentence_the_parser_could_not_read_is_its_topic_before_a_name_inside():
    text = ("On the other side, the Lakes Front, an armed movement that functions as al-Qaeda's branch in the "
            "region, has become the most powerful insurgent force. It is led by Omar Farah, a veteran commander.")
    its = references(text, "It", {"al-Qaeda": ("alqaeda", "armed_group")})
    assert [m.name for m in its] == ["Lakes Front"]


def test_a_possessive_is_bound_to_its_clauses_subject_or_the_coordinated_clauses():
    text = ("Kenya says the Lakes Front, a militia behind most attacks on its police, runs its operations from "
            "camps in the hills, and that its leader, Omar Farah, moves freely.")
    known = {"Kenya": ("KEN", "state"), "Lakes Front": ("front", "armed_group")}
    assert [m.entity for m in references(text, "its", known)] == ["KEN", "front", "front"]


def test_a_named_campaign_is_no_antecedent():
    text = "Operation Iron Shield began in the north in May. Residents said they would stay in Kidal."
    known = {"Operation Iron Shield": ("operation:iron-shield", "organization")}
    assert not [m for m in references(text, "they", known) if m.entity == "operation:iron-shield"]


def test_a_number_after_a_unit_head_is_part_of_the_units_name():
    names = {name for name, _ in found("Investigators named officers of Unit 74455 of the Lakes Directorate.")}
    assert "Unit 74455" in names
    assert not [n for n in found("The unit lost 3 men near Gao.") if n[0].startswith("unit")]


def test_a_numbered_unit_opening_a_sentence_is_a_name():
    assert ("Task Force 88", "organization") in found("Task Force 88 raided the compound near Gao on Monday.")


def _with_known_surname(text, surname, name):
    """The names of `text`, `surname` matched by the actor dictionary as an alias of person `name`."""
    parsed = parse_text(text, "t")
    i = text.find(surname)
    known = [Mention("dictionary-person", name, "person", parsed.document.span(i, i + len(surname)), role="alias")]
    return {(m.span.text, m.entity) for m in find_names(parsed, known, None)}


def test_a_given_name_before_a_known_persons_surname_names_another_of_the_family():
    found_ = _with_known_surname("The firm was founded by Karim al-Mansour in 1990.", "al-Mansour",
                                 "Tarek al-Mansour")
    assert found_ == {("Karim al-Mansour", "person:karim-al-mansour")}


def test_the_known_persons_own_given_name_keeps_the_known_person():
    found_ = _with_known_surname("The firm was led by Tarek al-Mansour in 1990.", "al-Mansour", "Tarek al-Mansour")
    assert ("al-Mansour", "dictionary-person") in found_


def test_a_year_after_in_stands_between_the_preposition_and_a_name():
    assert ("Abu Karim al-Tikriti", "person") in found("In 2004 Abu Karim al-Tikriti appointed Omar Haddad as "
                                                         "the commander.")


def test_a_groups_branch_its_short_name_spells_is_an_actor_of_its_own():
    known = {"Lakes Front": ("lakes-front", "armed_group"), "Nordland": ("NRD", "state")}
    names = {(m.span.text, m.entity) for m in mentions_of(
        "He fought with the Lakes Front in Nordland (LFN) until 2010, when LFN split.", known=known)[1]}
    branch = "armed_group:lakes-front-in-nordland"
    assert {("Lakes Front in Nordland", branch), ("LFN", branch)} <= names
    # a short name that spells the group alone leaves the place a place of its own
    names = {m.span.text for m in mentions_of("He fought with the Lakes Front (LF) in Nordland.", known=known)[1]}
    assert {"Lakes Front", "Nordland"} <= names


def test_a_line_that_opens_a_statement_is_no_headline():
    names = found("The Joint Task Force – Northern Shield Commander, Lt. Gen. Omar J. Haddad, gave this statement:"
                  "\n\nThe operation continues.")
    assert ("Omar J. Haddad", "person") in names


def test_a_task_force_is_named_for_the_mission_after_its_dash():
    names = found("Soldiers of the Joint Task Force – Northern Shield crossed the river. The Joint Task Force – "
                  "Northern Shield Commander, Lt. Gen. Omar J. Haddad, spoke.")
    assert ("Joint Task Force – Northern Shield", "organization") in names  # the title after it cut off
    assert not [n for n, _ in names if "Commander" in n]


def test_an_office_of_two_words_before_a_name_is_a_title(pipeline):
    from sentences import read
    result = read(pipeline, "The talks are on the plan, High Representative Federica Rossetti’s initiative.")
    assert [(m.span.text, m.type) for m in result.mentions] == [("Federica Rossetti", "person")]


def test_a_short_name_inside_a_longer_name_is_no_body_of_its_own(pipeline):
    from sentences import read
    result = read(pipeline, "The U.S. remains committed to the Global Coalition efforts to defeat Da’esh.")
    assert [m.span.text for m in result.mentions if "Coalition" in m.span.text] == ["Global Coalition"]
