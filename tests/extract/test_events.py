"""Events from sentences written for these tests: who did what to whom, when, where, how many."""
import pytest

from sentences import read


def events(pipeline, text, published="2024-03-08"):
    return read(pipeline, text, published).events


def one(pipeline, text, **kw):
    found = [e for e in events(pipeline, text, **kw) if e.asserted]
    assert len(found) == 1, [(e.type, e.actors, e.targets, e.evidence[0].text) for e in found]
    return found[0]


def test_active_verb_actor_target_date_and_mode(pipeline):
    e = one(pipeline, "On Tuesday, Ethiopia launched airstrikes on Eritrea.")
    assert (e.type, e.mode, e.cameo, e.actors, e.targets) == ("ASSAULT", "aerial", "19", ["ETH"], ["ERI"])
    assert (e.date.start, e.date.precision) == ("2024-03-05", "day")


def test_passive_voice_puts_the_agent_after_by(pipeline):
    e = one(pipeline, "Chad was attacked by Sudan on Monday.")
    assert (e.actors, e.targets) == (["SDN"], ["TCD"])


def test_nominal_trigger_takes_its_modifier_as_actor(pipeline):
    e = one(pipeline, "Kenyan airstrikes on Somalia continued for a week.")
    assert (e.actors, e.targets) == (["KEN"], ["SOM"])


def test_negated_and_hypothetical_events_are_flagged_not_asserted(pipeline):
    found = events(pipeline, "Uganda will not invade Rwanda. Tanzania could attack Kenya if talks fail.")
    assert [(e.type, e.negated, e.hypothetical) for e in found if e.type == "ASSAULT"] == [
        ("ASSAULT", True, True), ("ASSAULT", False, True)]
    assert not any(e.asserted for e in found)


def test_pronoun_subject_goes_to_the_group_named_before(pipeline):
    found = events(pipeline, "Al-Shabaab has grown stronger this year. On 2 March it attacked Kenya.")
    attack = [e for e in found if e.type == "ASSAULT"][0]
    assert attack.actors == ["al-shabaab"] and attack.targets == ["KEN"] and attack.date.start == "2024-03-02"


def test_casualties_add_up_groups_and_skip_asides(pipeline):
    e = one(pipeline, "Sudan shelled Chad on Sunday, and three soldiers and 12 civilians "
                      "(including two children) were killed.")
    assert (e.fatalities.killed.best, e.fatalities.killed.low, e.fatalities.killed.high) == (15, 15, 15)


def test_a_toll_sentence_belongs_to_the_attack_before_it(pipeline):
    e = one(pipeline, "Eritrea attacked Ethiopia on Friday. The fighting killed 40 people and wounded dozens.")
    assert e.fatalities.killed.best == 40 and e.fatalities.wounded.low == 24 and len(e.evidence) == 2


def test_place_as_the_object_of_the_verb_and_the_most_exact_place(pipeline):
    e = one(pipeline, "Gunmen from Al-Shabaab attacked the town of Bulo Marer in Somalia's Lower Shabelle region.")
    assert "al-shabaab" in e.actors and e.location.name == "Bulo Marer"


def test_attack_by_unknown_gunmen_is_kept_with_its_toll(pipeline):
    e = one(pipeline, "At least 11 people were killed in an attack on a market in Garissa on Saturday.")
    assert e.actors == [] and e.fatalities.killed.best == 11 and e.location.country == "KEN"


def test_one_person_harmed_with_no_figure_is_counted_one(pipeline):
    e = one(pipeline, "A 23-year-old man was shot and killed on Saturday night in the 4500 block of West Lake Street.")
    assert e.type == "ASSAULT" and e.fatalities.killed.best == 1
    e = one(pipeline, "A teen was shot in the leg in Dayton on Friday.")
    assert e.fatalities.wounded.best == 1 and e.fatalities.killed is None
    for text in ("A woman was fatally shot outside her home in Tulsa on Sunday.",
                 "A 19-year-old man was shot to death in Baltimore on Friday, police said."):
        e = one(pipeline, text)
        assert e.fatalities.killed.best == 1 and e.fatalities.wounded is None


def test_each_figure_takes_the_casualty_word_of_its_own_clause(pipeline):
    e = one(pipeline, "A man is dead and two others are injured after a shooting in Memphis on Friday night.")
    assert (e.fatalities.killed.best, e.fatalities.wounded.best) == (1, 2)
    e = one(pipeline, "A soldier was killed and three civilians were wounded when rebels attacked the base in Gao.")
    assert (e.fatalities.killed.best, e.fatalities.wounded.best) == (1, 3)


def test_a_verb_known_by_its_objects_is_no_trigger_as_a_noun(pipeline):
    assert not [e for e in events(pipeline, "A man was shot and killed in the 4500 block of West Lake Street.")
                if e.type == "PROTEST"]


def test_one_happening_told_twice_is_one_event(pipeline):
    found = [e for e in events(pipeline, "Sudan shelled Chad on Sunday. The shelling by Sudan lasted hours.")
             if e.asserted]
    assert len(found) == 1 and len(found[0].evidence) == 2


def test_announced_decision_is_an_event(pipeline):
    e = one(pipeline, "On Friday the president said Kenya would send 1,000 troops to Haiti.")
    assert e.type == "MOBILIZE" and e.actors == ["KEN"] and e.quantities[0].value == 1000


# ---- where: the most specific place of the trigger's clause ---------------------------------
def test_place_is_the_town_with_its_admin1_and_coordinates(pipeline):
    e = one(pipeline, "Islamist fighters killed seven farmers in Maiduguri, in Nigeria, on Sunday.")
    loc = e.location
    assert (loc.name, loc.precision, loc.country, loc.admin1) == ("Maiduguri", "city", "NGA", "Borno")
    assert loc.lat is not None and loc.lon is not None


def test_place_known_only_as_a_country_is_not_pinned_to_its_capital(pipeline):
    e = one(pipeline, "Unknown gunmen killed four traders in Niger on Friday.")
    assert (e.location.precision, e.location.country) == ("country", "NER")
    assert (e.location.lat, e.location.lon) == (None, None)


def test_unknown_village_takes_the_province_named_beside_it(pipeline):
    e = one(pipeline, "Rebels torched Ndakala, a village in Ituri province, on Monday.")
    assert (e.location.name, e.location.precision, e.location.admin1, e.location.country) == \
        ("Ndakala", "city", "Ituri", "COD")


def test_each_clause_keeps_its_own_place(pipeline):
    found = [e for e in events(pipeline, "The army shelled hideouts in Rutshuru while militiamen "
                                         "attacked a camp in Bunia.") if e.asserted]
    assert sorted(e.location.name for e in found) == ["Bunia", "Rutshuru"]


def test_a_new_doer_in_a_new_place_is_a_new_attack(pipeline):
    found = [e for e in events(pipeline, "Soldiers shelled a village in Kidal on Monday. Gunmen killed "
                                         "nine herders in Gao.") if e.asserted]
    assert [(e.location.name, e.fatalities.killed and e.fatalities.killed.best) for e in found] == \
        [("Kidal", None), ("Gao", 9)]


def test_a_bare_toll_after_an_attack_stays_that_attacks(pipeline):
    found = [e for e in events(pipeline, "Soldiers shelled a village in Kidal on Monday. The "
                                         "bombardment killed nine herders.") if e.asserted]
    assert len(found) == 1 and found[0].fatalities.killed.best == 9


# ---- what holds is no happening ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The talks opened. Since 2015 the emirate provided $40m annually to the militia.",
    "The talks opened. The navy shells the coast every night.",
    "The talks opened. Chad, like Sudan, maintains a blockade on the border crossings.",
    "The talks opened. The Sahel Front is led by Amadou Kone, a former army officer.",
    "The talks opened. Chad has long denied arming the rebels.",
    "The talks opened. Chad has previously joined raids with Niger.",
    "The talks opened. Chad maintains tight controls on the border because of the threat of raids by Sudan.",
    # a kind of deed: a plural with no time, place or toll
    'The talks opened. The Sahel Front said in a statement that its fighters were "protecting villagers against '
    'the massacres of the Malian regime and its allies".',
    # a trend
    "The talks opened. The Sahel Front was increasingly recruiting teenagers in Mopti.",
    # a compound takes its number from its head; a continent places no happening
    "The talks opened. Iranian assassination attempts have alarmed Western governments.",
    "The talks opened. Western governments have linked Iran to kidnappings in Europe.",
    # the date belongs to another clause
    "The talks opened. The Wagner Group trains Chad's army, and since May it has also guarded the palace.",
])
def test_a_practice_or_a_standing_measure_is_no_event(pipeline, text):
    assert [e.type for e in events(pipeline, text) if e.asserted and "talks" not in e.evidence[0].text] == []


def test_a_present_passive_with_its_helpers_is_a_deed(pipeline):
    """Only "is led by" stands; "has been attacked" or "is being shelled" happens."""
    found = events(pipeline, "The talks opened. Goma is being shelled by the M23 rebels.")
    assert [(e.type, e.asserted) for e in found if "Goma" in e.evidence[0].text] == [("ASSAULT", True)]


def test_telling_an_outlet_is_no_consultation(pipeline):
    found = events(pipeline, 'Talks resumed. "We did not fire at the market," Ali Musa, an adviser to the army '
                             'command, told the Nile Courier in a message.')
    assert [e.type for e in found if e.asserted and "Courier" in e.evidence[0].text] == []


def test_what_someone_describes_as_a_thing_is_no_accusation(pipeline):
    found = events(pipeline, "Chad struck on Monday against what the Sudanese army described in a statement as "
                             "fuel depots near Geneina.")
    assert [e.type for e in found if e.asserted] == ["ASSAULT"]


@pytest.mark.parametrize("text, actor", [
    ("Mali announced on Monday that it was leaving ECOWAS.", "MLI"),
    ("Chad quit the African Union in March.", "TCD"),
])
def test_leaving_a_bloc_rejects_it(pipeline, text, actor):
    e = one(pipeline, text)
    assert (e.type, e.actors, len(e.targets)) == ("REJECT", [actor], 1)


def test_leaving_a_place_is_no_rejection(pipeline):
    assert "REJECT" not in [e.type for e in events(pipeline, "Malian troops left Kidal on Sunday.")]


def test_plural_deeds_with_a_time_or_place_are_happenings(pipeline):
    e = one(pipeline, "The talks opened. Ethiopian airstrikes on Eritrea continued on Monday.")
    assert (e.type, e.actors, e.targets) == ("ASSAULT", ["ETH"], ["ERI"])


def test_a_protest_by_unnamed_crowds_counts_where_it_is_placed(pipeline):
    e = one(pipeline, "Thousands of protesters marched in Mombasa on Tuesday against new taxes.")
    assert (e.type, e.actors, e.location.name) == ("PROTEST", [], "Mombasa")


def test_blocking_a_road_is_a_protest(pipeline):
    e = one(pipeline, "Farmers blocked stretches of the Trans-Sahara Highway near Agadez on Monday.")
    assert (e.type, e.mode) == ("PROTEST", "obstruct")


def test_a_deed_by_those_another_was_done_to_stays_apart(pipeline):
    """The militants' attack and the army's killing of them are two deeds."""
    found = [e for e in events(pipeline, "Chad's army said its troops had killed eight militants who attacked a "
                                         "fuel convoy near Bol on Sunday.") if e.asserted]
    assert len([e for e in found if e.type == "ASSAULT"]) == 2, [(e.actors, e.evidence[0].text) for e in found]


def test_wounding_is_an_assault(pipeline):
    e = one(pipeline, "Eritrean drones wounded four Ethiopian soldiers near Zalambessa on Monday.")
    assert (e.type, e.actors, e.fatalities.wounded.best) == ("ASSAULT", ["ERI"], 4)


def test_a_dated_deed_still_counts(pipeline):
    e = one(pipeline, "The talks opened. In 2015 Chad imposed a blockade on Sudan.")
    assert (e.type, e.actors, e.targets) == ("COERCE", ["TCD"], ["SDN"])


def test_a_toll_told_as_rising_is_the_killed_figure(pipeline):
    found = [e for e in events(pipeline, "The death toll from Sunday's raid on Gwoza by Boko Haram rose to "
                                         "23, officials said.") if e.asserted]
    assert [e.fatalities.killed.best for e in found if e.fatalities.killed] == [23]


@pytest.mark.parametrize("text, kind", [
    ("Kenya sent two medical teams and vaccines to Somalia on Monday.", "AID"),
    ("Kenya sent 800 troops to Somalia on Monday.", "MOBILIZE"),
    ("Egypt brought medicine and flour to Sudan in October.", "AID"),
])
def test_what_is_sent_says_which_deed_the_sending_is(pipeline, text, kind):
    e = one(pipeline, text)
    assert (e.type, e.targets) == (kind, ["SOM"] if "Somalia" in text else ["SDN"])


def test_relief_sent_with_no_recipient_named_is_aid(pipeline):
    e = one(pipeline, "Kenya has sent two medical teams and chlorine for the wells.")
    assert (e.type, e.actors) == ("AID", ["KEN"])


def test_a_force_that_goes_home_withdraws(pipeline):
    e = one(pipeline, "Kenyan troops went home in July.")
    assert (e.type, e.mode, len(e.actors)) == ("RETREAT", "withdraw", 1)


def test_boarding_a_ship_seizes_it(pipeline):
    e = one(pipeline, "Gunmen boarded a Ghanaian tanker off Lagos on Friday.")
    assert (e.type, e.mode, e.targets) == ("COERCE", "seize", ["GHA"])


def test_a_charge_d_affaires_is_no_charge(pipeline):
    found = events(pipeline, "Kenya summoned the Somali charge d'affaires in Nairobi on Monday.")
    assert [e.type for e in found if e.asserted] == ["ACCUSE"]


def test_blame_pinned_on_a_cause_accuses_no_one(pipeline):
    assert [e.type for e in events(pipeline, "Kenya blamed the power cuts on the drought.") if e.asserted] == []


def test_blame_pinned_on_a_party_accuses_it(pipeline):
    e = one(pipeline, "Kenya blamed the power cuts on Somalia.")
    assert (e.type, e.actors, e.targets) == ("ACCUSE", ["KEN"], ["SOM"])


def test_ships_that_surround_a_partys_boat_coerce_it(pipeline):
    e = one(pipeline, "Chinese coast guard ships surrounded a Philippine supply boat on Monday.")
    assert (e.type, e.mode, e.targets) == ("COERCE", "restrict", ["PHL"])


def test_hills_that_surround_a_town_do_nothing(pipeline):
    assert [e.type for e in events(pipeline, "The hills surrounding Goma were quiet on Monday.") if e.asserted] == []


def test_a_source_asking_not_to_be_named_requests_nothing(pipeline):
    found = events(pipeline, "A Kenyan officer, who asked not to be named, said Somalia had shelled Mandera on Monday.")
    assert [e.type for e in found if e.asserted] == ["ASSAULT"]


def test_linking_a_party_to_an_attack_alleges_it(pipeline):
    e = one(pipeline, "On Monday Kenya linked Somalia to a bombing in Mandera.")
    assert (e.type, e.mode, e.actors, e.targets[:1]) == ("ACCUSE", "allege", ["KEN"], ["SOM"])


def test_a_road_linking_two_towns_alleges_nothing(pipeline):
    assert [e.type for e in events(pipeline, "A new road linked Mandera to Garissa in May.") if e.asserted] == []


def test_an_accusation_told_in_the_present_is_made_as_told(pipeline):
    found = events(pipeline, "The talks opened. Kenya accuses Somalia of arming the Ras Kamboni militia.")
    assert [(e.type, e.actors, e.targets[:1]) for e in found if e.asserted and "accuses" in e.evidence[0].text] == [
        ("ACCUSE", ["KEN"], ["SOM"])]


def test_rejecting_a_charge_told_in_the_present_is_made_as_told(pipeline):
    found = events(pipeline, "The talks opened. Somalia rejects the accusation.")
    assert [(e.type, e.actors) for e in found if e.asserted and "rejects" in e.evidence[0].text] == [("REJECT", ["SOM"])]
