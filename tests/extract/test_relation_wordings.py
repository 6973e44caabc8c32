"""Standing ties stated by membership, affiliation, command, purchase and apposition wordings,
on sentences written for these tests (the helpers are test_relations.py's)."""
import re

import pytest

from faultline.extract.relations import extract_relations
from faultline.model import Claim, Document, Mention
from faultline.nlp import parse
from test_relations import GROUP, ORG, PERSON, PLACE, STATE, amounts, analyse, triples


def symmetric(relations):
    return {(r.type, frozenset((r.subject, r.object))) for r in relations}


# ---- part_of ---------------------------------------------------------------------------------
def test_part_of_possessive_wing_and_university():
    actors = {"Russia": ("RUS", STATE), "Wagner Group": ("wagner", GROUP, {"country": "RUS"}),
              "Badr Brigade": ("badr", GROUP), "Supreme Council": ("council", ORG),
              "Centre for Strategic Studies": ("css", ORG), "Kenyatta University": ("ku", ORG)}
    text = ("Russia's Wagner Group arrived. The Badr Brigade, the armed wing of the Supreme Council, withdrew. "
            "A study by the Centre for Strategic Studies at Kenyatta University counted the dead.")
    assert triples(analyse(text, actors)) == {("part_of", "wagner", "RUS"), ("part_of", "badr", "council"),
                                             ("part_of", "css", "ku")}


def test_possessive_of_another_country_is_no_unit():
    rels = analyse("Sudan's Wagner Group contractors left.",
                   {"Sudan": ("SDN", STATE), "Wagner Group": ("wagner", GROUP, {"country": "RUS"})})
    assert rels == []


def test_part_of_allegiance_and_a_possessed_affiliate_in_apposition():
    actors = {"Maute Group": ("maute", GROUP), "Islamic State": ("is", GROUP), "Ahlu Sunnah": ("aswj", GROUP),
              "ASWJ": ("aswj", GROUP), "Palma": ("palma", PLACE), "Abu Sayyaf": ("abusayyaf", GROUP),
              "Basilan": ("basilan", PLACE)}
    text = ("The Maute Group, which swore allegiance to the Islamic State's leadership in 2015, seized the bridge. "
            "Ahlu Sunnah (ASWJ), the Islamic State's affiliate in Mozambique, raided Palma. "
            "Abu Sayyaf, a kidnapping network that serves as the Islamic State's branch on Basilan, freed hostages.")
    assert triples(analyse(text, actors)) == {("part_of", "maute", "is"), ("part_of", "aswj", "is"),
                                             ("part_of", "abusayyaf", "is")}


def test_part_of_an_affiliate_named_after_it_and_a_group_that_is_part_of_another():
    text = "The Islamic State's armed wing, the Sinai Province, lost ground. The Khorasan Province is part of the Islamic State too."
    rels = analyse(text, {"Islamic State": ("is", GROUP), "Sinai Province": ("sinai", GROUP),
                          "Khorasan Province": ("iskp", GROUP)})
    assert triples(rels) == {("part_of", "sinai", "is"), ("part_of", "iskp", "is")}


def test_linked_to_an_armed_group_is_part_of_and_to_a_state_an_ally():
    actors = {"Islamic State": ("is", GROUP), "Dawlah Islamiyah": ("dawlah", GROUP), "Kremlin": ("RUS", STATE),
              "Night Wolves": ("wolves", GROUP), "FARC": ("farc", GROUP), "Frente 48": ("f48", GROUP)}
    text = ("The Islamic State-linked jihadist group Dawlah Islamiyah bombed a chapel. "
            "The Kremlin-linked militia Night Wolves paraded. The FARC-affiliated faction Frente 48 ran the border.")
    rels = analyse(text, actors)
    assert symmetric(rels) == {("part_of", frozenset(("dawlah", "is"))), ("allied_with", frozenset(("RUS", "wolves"))),
                               ("part_of", frozenset(("f48", "farc")))}
    assert ("part_of", "dawlah", "is") in triples(rels) and ("part_of", "f48", "farc") in triples(rels)


def test_a_former_affiliate_is_no_standing_tie():
    text = "Hizbul Islam, Shabaab's former affiliate, disbanded."
    assert analyse(text, {"Hizbul Islam": ("hizbul", GROUP), "Shabaab": ("shabaab", GROUP)}) == []


# ---- member_of ---------------------------------------------------------------------------------
def test_member_of_groups_and_states_that_belong_to_or_are_members_of_a_body():
    actors = {"Frente 33": ("f33", GROUP), "Estado Mayor Central": ("emc", GROUP), "EMC": ("emc", GROUP),
              "Bolivia": ("BOL", STATE), "Mercosur": ("mercosur", ORG)}
    text = "The Frente 33 belongs to the Estado Mayor Central (EMC). Bolivia became a member of Mercosur in 2024."
    assert triples(analyse(text, actors)) == {("member_of", "f33", "emc"), ("member_of", "BOL", "mercosur")}


def test_member_of_the_organisation_named_after_a_body_of_it():
    text = "Pablo Catatumbo, a member of the political secretariat of the FARC, defended the deal."
    rels = analyse(text, {"Pablo Catatumbo": ("catatumbo", PERSON), "FARC": ("farc", GROUP)})
    assert triples(rels) == {("member_of", "catatumbo", "farc")}


def test_member_of_a_research_centre_not_the_city_it_is_based_in():
    text = "Achieng Otieno, a researcher at the Nairobi-based Horn Institute, doubted the figures."
    actors = {"Achieng Otieno": ("otieno", PERSON), "Nairobi": ("KEN", STATE, {"role": "capital"}),
              "Horn Institute": ("horn", ORG)}
    assert triples(analyse(text, actors)) == {("member_of", "otieno", "horn"), ("based_in", "horn", "KEN")}


def test_spokesman_for_army_operations_is_a_member_of_the_army_named_before():
    actors = {"FAC": ("fac", GROUP, {"country": "COG", "codes": {"cameo": "COGMIL"}}),
              "Ninja rebels": ("ninjas", GROUP, {"country": "COG", "codes": {"cameo": "COGREB"}}),
              "Kinkala": ("kinkala", PLACE), "Jean Mabiala": ("mabiala", PERSON), "Pool": ("pool", PLACE)}
    text = ("The FAC retook Kinkala from the Ninja rebels on Monday. "
            "Colonel Jean Mabiala, a spokesman for army operations in Pool, gave no toll.")
    assert triples(analyse(text, actors)) == {("member_of", "mabiala", "fac")}


def test_founders_of_a_bloc_named_or_referred_to_are_its_members():
    actors = {"Guatemala": ("GTM", STATE), "Honduras": ("HND", STATE), "El Salvador": ("SLV", STATE),
              "Northern Triangle Pact": ("ntp", ORG), "NTP": ("ntp", ORG), "Chad": ("TCD", STATE),
              "Cameroon": ("CMR", STATE), "Lake Chad Commission": ("lcc", ORG)}
    text = ("The governments of Guatemala, Honduras and El Salvador coordinate border patrols through the "
            "Northern Triangle Pact (NTP), an alliance the three countries founded in 2014. "
            "Fishing rights fall to the Lake Chad Commission, a loose bloc that Chad and Cameroon created.")
    assert triples(analyse(text, actors)) == {("member_of", state, "ntp") for state in ("GTM", "HND", "SLV")} | {
        ("member_of", "TCD", "lcc"), ("member_of", "CMR", "lcc")}


def test_a_bloc_formed_by_unnamed_founders_has_no_members():
    text = "Kenya joined the Horn Compact, a coalition the rebels formed."
    assert analyse(text, {"Kenya": ("KEN", STATE), "Horn Compact": ("horn", ORG)}) == []


# ---- leads -------------------------------------------------------------------------------------
def test_led_by_with_an_adverb_after_a_relative_clause_and_through_an_acronym():
    actors = {"SPLM-N": ("splmn", GROUP), "Abdelaziz al-Hilu": ("hilu", PERSON), "Arakan Army": ("aa", GROUP),
              "Three Brotherhood Alliance": ("tba", GROUP), "TBA": ("tba", GROUP), "Tun Myat Naing": ("naing", PERSON)}
    text = ("The SPLM-N, which has fought in the south since 2011, is led politically by Abdelaziz al-Hilu. "
            "The Arakan Army belongs to the Three Brotherhood Alliance (TBA), a loose armed coalition chaired by "
            "Tun Myat Naing.")
    assert triples(analyse(text, actors)) == {("leads", "hilu", "splmn"), ("member_of", "aa", "tba"),
                                             ("leads", "naing", "tba")}


def test_the_army_of_a_general_is_led_by_him():
    actors = {"Tatmadaw": ("tatmadaw", GROUP, {"country": "MMR", "codes": {"cameo": "MMRMIL"}}),
              "Arakan Army": ("aa", GROUP, {"country": "MMR", "codes": {"cameo": "MMRREB"}}),
              "Min Aung Hlaing": ("hlaing", PERSON, {"country": "MMR", "codes": {"cameo": "MMRMIL"}})}
    text = "The Tatmadaw bombed the village. The Arakan Army has fought the army of General Min Aung Hlaing since 2018."
    assert triples(analyse(text, actors)) == {("leads", "hlaing", "tatmadaw")}


def test_the_army_of_a_state_or_of_an_unknown_person_names_no_leader():
    actors = {"Tatmadaw": ("tatmadaw", GROUP, {"country": "MMR", "codes": {"cameo": "MMRMIL"}}),
              "Myanmar": ("MMR", STATE), "Saw Htoo": ("htoo", PERSON)}
    text = "The Tatmadaw regrouped. The army of Myanmar and the forces of Saw Htoo clashed."
    assert analyse(text, actors) == []


def test_their_leaders_each_lead_one_of_the_pair_named_before():
    actors = {"Tatmadaw": ("tatmadaw", GROUP), "Arakan Army": ("aa", GROUP), "Min Aung Hlaing": ("hlaing", PERSON),
              "Twan Mrat Naing": ("twan", PERSON)}
    text = ("Fighting between the Tatmadaw and the Arakan Army resumed after talks between their leaders, "
            "General Min Aung Hlaing and Twan Mrat Naing, failed.")
    assert triples(analyse(text, actors)) == {("leads", "hlaing", "tatmadaw"), ("leads", "twan", "aa")}


# ---- controls and allied_with ----------------------------------------------------------------
def test_controls_a_group_run_by_a_ministry_a_place_held_and_a_place_it_holds():
    actors = {"Wolf Brigade": ("wolf", GROUP), "Iraq's Interior Ministry": ("moi", ORG),
              "Ras Kamboni": ("raskamboni", GROUP), "Kismayo": ("kismayo", PLACE), "Jubaland": ("jubaland", PLACE),
              "Dhobley": ("dhobley", PLACE)}
    text = ("The Wolf Brigade, a unit run directly by Iraq's Interior Ministry, patrolled the city. "
            "Kismayo is the only port in Jubaland still held by Ras Kamboni. "
            "Ras Kamboni, which holds Dhobley, held talks with the elders.")
    assert triples(analyse(text, actors)) == {("controls", "moi", "wolf"), ("controls", "raskamboni", "kismayo"),
                                             ("controls", "raskamboni", "dhobley")}


def test_held_talks_is_no_control():
    text = "Ras Kamboni held talks with Shabaab in Kismayo."
    actors = {"Ras Kamboni": ("raskamboni", GROUP), "Shabaab": ("shabaab", GROUP), "Kismayo": ("kismayo", PLACE)}
    assert analyse(text, actors) == []


def test_allies_named_by_known_as():
    actors = {"Peruvian army": ("peru_army", GROUP), "Rondas Campesinas": ("rondas", GROUP),
              "Mozambican army": ("fadm", GROUP), "Naparama": ("naparama", GROUP), "Macomia": ("macomia", PLACE)}
    text = ("The Peruvian army is fighting alongside village militias known as Rondas Campesinas. "
            "The Mozambican army and its allied militias, known as the Naparama, retook Macomia.")
    assert symmetric(analyse(text, actors)) == {("allied_with", frozenset(("peru_army", "rondas"))),
                                                ("allied_with", frozenset(("fadm", "naparama")))}


def test_a_relative_clause_closed_by_a_comma_leaves_the_verb_to_the_name_before_it():
    actors = {"Oman": ("OMN", STATE), "Houthis": ("houthis", GROUP), "Dhofar Committee": ("dhofar", ORG)}
    text = "Oman, which hosts the Houthis' negotiators, funds the Dhofar Committee."
    assert triples(analyse(text, actors)) == {("funds", "OMN", "dhofar")}


def test_a_name_that_only_modifies_the_head_its_apposition_names_is_no_subject():
    actors = {"African Union": ("au", ORG), "AMISOM": ("amisom", ORG), "Somali National Army": ("sna", GROUP)}
    text = "The African Union peacekeeping force, AMISOM, said its troops had backed the Somali National Army."
    assert triples(analyse(text, actors)) == {("supports", "amisom", "sna")}


# ---- purchases and payments --------------------------------------------------------------------
def test_a_purchase_of_weapons_arms_the_buyer_with_the_amount_paid():
    actors = {"Kenya": ("KEN", STATE), "Turkey": ("TUR", STATE), "Ghana": ("GHA", STATE), "Brazil": ("BRA", STATE),
              "Ethiopia": ("ETH", STATE), "China": ("CHN", STATE)}
    text = ("Kenya bought armed drones from Turkey for $10 million. "
            "Ghana paid Brazil about $12 million for attack helicopters in 2019. "
            "China sold rifles to Ethiopia.")
    assert amounts(analyse(text, actors)) == {("arms", "TUR", "KEN"): (10e6, "USD", None),
                                             ("arms", "BRA", "GHA"): (12e6, "USD", None),
                                             ("arms", "CHN", "ETH"): None}


@pytest.mark.parametrize("text", [
    "Kenya bought wheat from Turkey for $5 million.",
    "Kenya paid Turkey $3m for fuel.",
    "Kenya did not buy rifles from Turkey.",
])
def test_other_goods_or_a_denied_purchase_are_no_arms_tie(text):
    assert analyse(text, {"Kenya": ("KEN", STATE), "Turkey": ("TUR", STATE)}) == []


def test_a_states_junta_pays_the_group_a_demonym_refers_back_to():
    actors = {"Sadat Group": ("sadat", GROUP, {"country": "TUR"}), "Tripoli": ("tripoli", PLACE),
              "Libya": ("LBY", STATE), "Turkish": ("TUR", STATE, {"role": "adjective", "country": "TUR"})}
    text = ("The Sadat Group sent instructors to Tripoli. "
            "Libya's junta pays the Turkish group about $5 million a year, officials say.")
    assert amounts(analyse(text, actors)) == {("funds", "LBY", "sadat"): (5e6, "USD", "year")}


def test_a_demonym_and_group_noun_before_a_name_is_that_name():
    actors = {"Sadat Group": ("sadat", GROUP, {"country": "TUR"}), "Libya": ("LBY", STATE),
              "Turkish": ("TUR", STATE, {"role": "adjective", "country": "TUR"}), "Ergenekon": ("erg", GROUP)}
    text = "The Sadat Group sent instructors. Libya funds the Turkish group Ergenekon."
    assert triples(analyse(text, actors)) == {("funds", "LBY", "erg")}


def test_lexicon_options_widen_member_of_to_states_only_for_membership_wordings():
    from faultline.extract.relations import load_relation_cues
    cues = [c for c in load_relation_cues().cues if c.type == "member_of"]
    assert all("state" in c.subjects for c in cues if "belongs to" in c.forms or "member of" in c.forms)
    assert all(c.subjects == {"person"} for c in cues if "spokesman for" in c.forms or "official" in c.forms)


# ---- who the actors are ----------------------------------------------------------------------
def test_a_name_in_apposition_after_a_comma_is_no_second_subject():
    actors = {"Ansar Dine": ("ansardine", GROUP), "al-Qaeda": ("aq", GROUP), "Kidal": ("kidal", PLACE)}
    text = "Officials said Ansar Dine, the al-Qaeda-linked group that still controls much of Kidal, had regrouped."
    assert triples(analyse(text, actors)) == {("controls", "ansardine", "kidal"), ("part_of", "ansardine", "aq")}


def test_they_refers_to_no_single_state():
    text = "Kenya hosted the talks. They belong to the Ogaden Front."
    assert analyse(text, {"Kenya": ("KEN", STATE), "Ogaden Front": ("onlf", GROUP)}) == []


def test_a_pronoun_in_a_quotation_refers_to_nothing_outside_it():
    text = 'The Cabo Institute counted the raids. "They belong to the Ogaden Front," a farmer said.'
    doc = Document(id="t", source=None, title=None, outlet=None, published=None, text=text, sha256="x")
    mentions = [Mention(ident, name, kind, doc.span(m.start(), m.end()))
                for name, ident, kind in (("Cabo Institute", "cabo", ORG), ("Ogaden Front", "onlf", GROUP))
                for m in re.finditer(re.escape(name), text)]
    quote = "They belong to the Ogaden Front,"
    start = text.index(quote)
    claims = [Claim(id="c", kind="direct", text=quote, speaker=None,
                    evidence=[doc.span(start, start + len(quote))])]
    sentences = [(s.start_char, s.end_char) for s in parse(text).sents]
    assert extract_relations(doc, sentences, mentions, claims) == []


# ---- leads and member_of: titles, pronouns, verbs and appositions ------------------------------
def test_a_president_with_no_known_country_leads_the_state_the_document_names_most():
    actors = {"Chad": ("TCD", STATE), "Niger": ("NER", STATE), "Idriss Deby": ("deby", PERSON),
              "Mahamat Kaka": ("kaka", PERSON)}
    text = ("Niger closed its border. Chad held elections and Chad's courts confirmed them. "
            "President Idriss Deby won again. Donors praised the government of President Mahamat Kaka.")
    assert triples(analyse(text, actors)) == {("leads", "deby", "TCD"), ("leads", "kaka", "TCD")}


def test_its_leader_and_its_re_elected_president_lead_the_antecedent():
    actors = {"Sudan Liberation Movement": ("slm", GROUP), "Abdel Wahid Nur": ("nur", PERSON),
              "Farmers Union": ("fu", ORG), "Grace Otieno": ("otieno", PERSON)}
    text = ("The Sudan Liberation Movement met in Juba. Its leader, Abdel Wahid Nur, spoke first. "
            "The Farmers Union gathered and re-elected its president, Grace Otieno.")
    assert triples(analyse(text, actors)) == {("leads", "nur", "slm"), ("leads", "otieno", "fu")}


def test_a_person_who_directs_chairs_or_runs_a_group_leads_it():
    actors = {"Ali Kushayb": ("ali", PERSON), "Janjaweed Force": ("jj", GROUP), "Musa Hilal": ("musa", PERSON),
              "Awakening Council": ("ac", ORG), "Rosa Mendez": ("rosa", PERSON), "Harbour Front": ("hf", GROUP)}
    text = ("Ali Kushayb directs the Janjaweed Force. Musa Hilal chairs the Awakening Council. "
            "Rosa Mendez runs the Harbour Front.")
    assert triples(analyse(text, actors)) == {("leads", "ali", "jj"), ("leads", "musa", "ac"),
                                             ("leads", "rosa", "hf")}


@pytest.mark.parametrize("text", [
    'The Harbour Family, an alliance of gangs led by former soldier Guy "Barbecue" Philippe, blocked the port.',
    'The Harbour Family met. The alliance of gangs led by former police officer Guy "Barbecue" Philippe left.',
])
def test_led_by_skips_role_words_and_a_quoted_nickname(text):
    actors = {"Harbour Family": ("hf", GROUP), "The alliance of gangs": ("hf", GROUP, {"role": "description"}),
              "Philippe": ("guy", PERSON)}
    assert triples(analyse(text, actors)) == {("leads", "guy", "hf")}


def test_a_leader_among_several_is_a_member_but_the_leader_leads():
    actors = {"Hamid Zaki": ("zaki", PERSON), "Taliban": ("tal", GROUP), "Omar Rahman": ("omar", PERSON),
              "Abu Bakr": ("bakr", PERSON)}
    text = ("Hamid Zaki, a Taliban leader, spoke. Omar Rahman, one of the Taliban's leaders, left. "
            "Abu Bakr, the leader of the Taliban, stayed.")
    assert triples(analyse(text, actors)) == {("member_of", "zaki", "tal"), ("member_of", "omar", "tal"),
                                             ("leads", "bakr", "tal")}


def test_a_spokesman_for_a_definite_description_is_a_member_of_its_actor():
    actors = {"Harbour Front": ("hf", GROUP), "the coalition": ("hf", GROUP, {"role": "description"}),
              "Omar Bello": ("bello", PERSON)}
    text = "The Harbour Front rallied. Omar Bello, a spokesman for the coalition, denied it."
    assert triples(analyse(text, actors)) == {("member_of", "bello", "hf")}


def test_a_role_before_an_apposed_ranked_name_after_a_short_name_in_brackets():
    actors = {"Revolutionary Council": ("rc", GROUP), "RC": ("rc", GROUP), "Ahmed Salim": ("salim", PERSON)}
    text = "A spokesman for the Revolutionary Council (RC), Colonel Ahmed Salim, denied the report."
    assert triples(analyse(text, actors)) == {("member_of", "salim", "rc")}



def test_affiliated_with_makes_the_one_before_it_the_part():
    actors = {"Katiba Sahel": ("katiba", GROUP), "Lakes Front": ("front", GROUP)}
    for text in ("Katiba Sahel, a jihadist group affiliated with the Lakes Front, attacked Mopti.",
                 "Katiba Sahel is affiliated with the Lakes Front."):
        assert triples(analyse(text, actors)) == {("part_of", "katiba", "front")}


def test_the_cue_lexicons_pronoun_takes_coreferences_reading_where_it_has_one():
    text = "Kenya hosted the talks. In 2024 the Lakes Council re-elected its president, Omar Farah."
    doc = Document(id="t", source=None, title=None, outlet=None, published=None, text=text, sha256="x")

    def at(name, ident, kind, role="name"):
        i = text.index(name)
        return Mention(ident, name, kind, doc.span(i, i + len(name)), role=role)
    named = [at("Kenya", "KEN", STATE), at("Lakes Council", "council", ORG), at("Omar Farah", "farah", PERSON)]
    sentences = [(s.start_char, s.end_char) for s in parse(text).sents]
    its = Mention("council", "Lakes Council", ORG, doc.span(text.index("its"), text.index("its") + 3), role="pronoun")
    read = extract_relations(doc, sentences, named, [], None, sorted(named + [its], key=lambda m: m.span.start))
    assert ("leads", "farah", "council") in triples(read)
    assert ("leads", "farah", "KEN") not in triples(read)
