"""Standing ties between actors, on sentences written for these tests."""
import re

import pytest

from faultline.extract.relations import extract_relations, load_relation_cues
from faultline.model import RELATION_TYPES, Claim, Document, Mention
from faultline.nlp import parse

GROUP, STATE, PERSON, ORG, PLACE, MEDIA = "armed_group", "state", "person", "organization", "location", "media"


def analyse(text, actors, said=(), published=None):
    """Relations of `text`, with `actors` (name -> (id, type[, Mention fields])) marked wherever
    they occur and `said` (content, speaker id) pairs as claims."""
    doc = Document(id="t", source=None, title=None, outlet=None, published=published, text=text, sha256="x")
    mentions = []
    for name, (ident, kind, *extra) in actors.items():
        for m in re.finditer(re.escape(name), text):
            mentions.append(Mention(ident, name, kind, doc.span(m.start(), m.end()), **(extra[0] if extra else {})))
    claims = []
    for content, speaker in said:
        start = text.index(content)
        claims.append(Claim(id=f"c{start}", kind="according_to", text=content, speaker=speaker,
                            evidence=[doc.span(start, start + len(content))]))
    sentences = [(s.start_char, s.end_char) for s in parse(text).sents]
    return extract_relations(doc, sentences, sorted(mentions, key=lambda m: m.span.start), claims)


def triples(relations):
    return {(r.type, r.subject, r.object) for r in relations}


def amounts(relations):
    return {(r.type, r.subject, r.object): (r.amount.value, r.amount.currency, r.amount.per) if r.amount else None
            for r in relations}


# ---- funds ---------------------------------------------------------------------------------
def test_funds_amounts_with_a_bracketed_aside_and_an_average():
    text = ("Kenya transferred $12m a year to the Coastal Guard (it gives $4m to the Lamu Brigade and an "
            "average $1.5bn to Shabaab).")
    rels = analyse(text, {"Kenya": ("KEN", STATE), "Coastal Guard": ("coastal", GROUP),
                          "Lamu Brigade": ("lamu", GROUP), "Shabaab": ("shabaab", GROUP)})
    assert amounts(rels) == {("funds", "KEN", "coastal"): (12e6, "USD", "year"),
                             ("funds", "KEN", "lamu"): (4e6, "USD", None),
                             ("funds", "KEN", "shabaab"): (1.5e9, "USD", None)}


def test_funds_recipient_before_the_amount_and_the_date_of_the_clause():
    rels = analyse("In 2020, Algeria gave the Polisario Front €20 million.",
                   {"Algeria": ("DZA", STATE), "Polisario Front": ("polisario", GROUP)})
    assert amounts(rels) == {("funds", "DZA", "polisario"): (20e6, "EUR", None)}
    assert rels[0].date.text == "2020"


def test_funds_to_a_list_of_groups_gives_each_a_tie_with_the_amount_marked_shared():
    text = ("Saudi Arabia pays hundreds of millions of dollars each year to groups such as the Free Lions "
            "and Jaish al-Sunna.")
    rels = analyse(text, {"Saudi Arabia": ("SAU", STATE), "Free Lions": ("lions", GROUP),
                          "Jaish al-Sunna": ("jaish", GROUP)})
    assert amounts(rels) == {("funds", "SAU", "lions"): (2e8, "USD", "year"), ("funds", "SAU", "jaish"): (2e8, "USD", "year")}
    assert all(r.amount.shared for r in rels)


def test_funds_without_money_patron_passive_and_possessive_wordings():
    actors = {"Oman": ("OMN", STATE), "Dhofar Committee": ("dhofar", ORG), "Uganda": ("UGA", STATE),
              "M23": ("m23", GROUP), "Russia": ("RUS", STATE), "Donbas Guard": ("donbas", GROUP)}
    text = ("Oman has long been a quiet financial patron to the Dhofar Committee. M23 is financed by Uganda. "
            "Russia's funding of the Donbas Guard angered its neighbours. Uganda bankrolls the Dhofar Committee.")
    assert triples(analyse(text, actors)) == {("funds", "OMN", "dhofar"), ("funds", "UGA", "m23"),
                                             ("funds", "RUS", "donbas"), ("funds", "UGA", "dhofar")}


def test_funds_amount_is_the_first_one_stated_and_evidence_merges():
    text = ("Turkey funds the Syrian Legion. Turkey gave $10m to the Syrian Legion. "
            "It later sent $20m to the Syrian Legion.")
    rels = analyse(text, {"Turkey": ("TUR", STATE), "Syrian Legion": ("legion", GROUP)})
    assert len(rels) == 1
    assert (rels[0].amount.value, rels[0].amount.text) == (10e6, "$10m")
    assert [e.text for e in rels[0].evidence] == ["Turkey funds the Syrian Legion.",
                                                  "Turkey gave $10m to the Syrian Legion.",
                                                  "It later sent $20m to the Syrian Legion."]


def test_funds_received_from_and_money_paid_for_goods_is_no_funding():
    actors = {"Niger": ("NER", STATE), "Kordofan Brigade": ("kordofan", GROUP), "Chad": ("TCD", STATE),
              "Morocco": ("MAR", STATE)}
    text = ("The Kordofan Brigade received $3m a month from Chad. "
            "Niger paid Morocco about $6 million for fertiliser in 2021.")
    assert amounts(analyse(text, actors)) == {("funds", "TCD", "kordofan"): (3e6, "USD", "month")}


# ---- arms and trains -----------------------------------------------------------------------
def test_arms_and_trains_verbs_passive_and_noun():
    actors = {"Eritrea": ("ERI", STATE), "Afar Brigade": ("afar", GROUP), "Chad": ("TCD", STATE),
              "Kordofan Brigade": ("kordofan", GROUP), "Belarusian": ("BLR", STATE, {"role": "adjective"}),
              "Volga Battalion": ("volga", GROUP), "Egypt": ("EGY", STATE), "Fezzan Guard": ("fezzan", GROUP)}
    text = ("Eritrea arms and trains the Afar Brigade. The Kordofan Brigade is armed by Chad. "
            "Belarusian weapons deliveries to the Volga Battalion continued. "
            "Fighters of the Fezzan Guard were trained by Egypt. Chad offers military training to the Volga Battalion.")
    assert triples(analyse(text, actors)) == {
        ("arms", "ERI", "afar"), ("trains", "ERI", "afar"), ("arms", "TCD", "kordofan"), ("arms", "BLR", "volga"),
        ("trains", "EGY", "fezzan"), ("trains", "TCD", "volga")}


def test_weapons_and_training_continue_the_funding_statement():
    text = "Libya paid $8m to the Kufra Group in 2018, along with weapons and training."
    rels = analyse(text, {"Libya": ("LBY", STATE), "Kufra Group": ("kufra", GROUP)})
    assert triples(rels) == {("funds", "LBY", "kufra"), ("trains", "LBY", "kufra"), ("arms", "LBY", "kufra")}


def test_also_offers_goes_to_the_recipients_named_before():
    text = ("Sudan sends money to the Darfur Front and the Jebel Marra Brigade. "
            "Sudan also offers military aid including weapons shipments and training.")
    rels = analyse(text, {"Sudan": ("SDN", STATE), "Darfur Front": ("darfur", GROUP),
                          "Jebel Marra Brigade": ("jebel", GROUP)})
    assert triples(rels) == {(kind, "SDN", group) for kind in ("funds", "supports", "arms", "trains")
                             for group in ("darfur", "jebel")}


# ---- supports ------------------------------------------------------------------------------
def test_supports_hyphenated_backers():
    actors = {"Ankara": ("TUR", STATE, {"role": "capital"}), "Syrian National Army": ("sna", GROUP),
              "Hamza Division": ("hamza", GROUP), "Sultan Murad Division": ("murad", GROUP)}
    text = ("The Ankara-backed Syrian National Army advanced on the town, alongside other Ankara-backed factions "
            "such as the Hamza Division and the Sultan Murad Division.")
    assert triples(analyse(text, actors)) == {("supports", "TUR", "sna"), ("supports", "TUR", "hamza"),
                                             ("supports", "TUR", "murad")}


def test_supports_description_that_holds_the_backer():
    text = "The Jubaland Forces took the port. A commander of the Nairobi-backed militia said so."
    actors = {"Jubaland Forces": ("jubaland", GROUP), "Nairobi": ("KEN", STATE, {"role": "capital"}),
              "the Nairobi-backed militia": ("jubaland", GROUP, {"role": "description"})}
    assert triples(analyse(text, actors)) == {("supports", "KEN", "jubaland")}


def test_supports_verbs_passive_proxy_and_shared_backer():
    actors = {"Ethiopia": ("ETH", STATE), "Jubaland Forces": ("jubaland", GROUP), "Kenya": ("KEN", STATE),
              "Donbas Guard": ("donbas", GROUP), "Russia": ("RUS", STATE), "Kachin Army": ("kachin", GROUP),
              "Shan Brigade": ("shan", GROUP), "China": ("CHN", STATE)}
    text = ("Ethiopia has quietly supported the Jubaland Forces. The Jubaland Forces, a militia backed by Kenya, "
            "held the port. The Donbas Guard, a proxy of Russia, shelled the town. "
            "The Kachin Army and the Shan Brigade share one principal backer in China.")
    assert triples(analyse(text, actors)) == {
        ("supports", "ETH", "jubaland"), ("supports", "KEN", "jubaland"), ("supports", "RUS", "donbas"),
        ("supports", "CHN", "kachin"), ("supports", "CHN", "shan")}


def test_supports_groups_it_backs():
    text = "Officials fear Pakistan could unleash the Kashmir Front and other militias it backs to strike the border."
    rels = analyse(text, {"Pakistan": ("PAK", STATE), "Kashmir Front": ("kashmir", GROUP)})
    assert triples(rels) == {("supports", "PAK", "kashmir")}


def test_supports_proxy_after_a_copula_and_an_object_relative():
    actors = {"Donbas Guard": ("donbas", GROUP), "Russia": ("RUS", STATE), "Kashmir Front": ("kashmir", GROUP),
              "Pakistan": ("PAK", STATE)}
    text = ("The Donbas Guard is Russia's most loyal proxy. "
            "The Kashmir Front, which Pakistan sponsors, denied the raid.")
    assert triples(analyse(text, actors)) == {("supports", "RUS", "donbas"), ("supports", "PAK", "kashmir")}


def test_supports_adjective_proxy_in_apposition():
    text = "The Donbas Guard, a Russian proxy, shelled the town."
    rels = analyse(text, {"Donbas Guard": ("donbas", GROUP), "Russian": ("RUS", STATE, {"role": "adjective"})})
    assert triples(rels) == {("supports", "RUS", "donbas")}


def test_the_subject_of_a_gerund_is_the_name_before_its_preposition():
    text = "Kenya accused Eritrea of arming the Afar Brigade."
    rels = analyse(text, {"Kenya": ("KEN", STATE), "Eritrea": ("ERI", STATE), "Afar Brigade": ("afar", GROUP)})
    assert triples(rels) == {("arms", "ERI", "afar")}


def test_a_second_clause_has_its_own_subject():
    text = "Qatar hosted the talks while Turkey backed the Syrian Legion."
    rels = analyse(text, {"Qatar": ("QAT", STATE), "Turkey": ("TUR", STATE), "Syrian Legion": ("legion", GROUP)})
    assert triples(rels) == {("supports", "TUR", "legion")}


# ---- leads and member_of -----------------------------------------------------------------
def test_leads_apposition_title_and_passive():
    actors = {"Min Aung Hlaing": ("hlaing", PERSON), "Tatmadaw": ("tatmadaw", GROUP),
              "Shabaab": ("shabaab", GROUP), "Ahmed Diriye": ("diriye", PERSON),
              "Sudanese Armed Forces": ("saf", GROUP), "Abdel Fattah al-Burhan": ("burhan", PERSON),
              "Turkey": ("TUR", STATE), "Recep Tayyip Erdogan": ("erdogan", PERSON)}
    text = ("Min Aung Hlaing, head of the Tatmadaw, met the envoys. Shabaab leader Ahmed Diriye did not attend. "
            "The Sudanese Armed Forces, led by Abdel Fattah al-Burhan, retook the bridge. "
            "Turkey's President, Recep Tayyip Erdogan, spoke first.")
    assert triples(analyse(text, actors)) == {("leads", "hlaing", "tatmadaw"), ("leads", "diriye", "shabaab"),
                                             ("leads", "burhan", "saf"), ("leads", "erdogan", "TUR")}


def test_president_leads_the_state_of_their_country_or_code():
    text = "Zimbabwe and Brazil signed a deal. President Emmerson Mnangagwa praised it, as did President Lula da Silva."
    actors = {"Zimbabwe": ("ZWE", STATE, {"country": "ZWE"}), "Brazil": ("BRA", STATE, {"country": "BRA"}),
              "Emmerson Mnangagwa": ("mnangagwa", PERSON, {"country": "ZWE"}),
              "Lula da Silva": ("lula", PERSON, {"codes": {"cameo": "BRAGOV"}})}
    assert triples(analyse(text, actors)) == {("leads", "mnangagwa", "ZWE"), ("leads", "lula", "BRA")}


def test_a_title_takes_the_documents_state_only_when_no_other_state_is_named_with_it():
    actors = {"Yemen": ("YEM", STATE), "Oman": ("OMN", STATE), "Ali Hassan": ("hassan", PERSON),
              "Salim Nasser": ("nasser", PERSON)}
    text = ("Yemen's war dragged on. Talks on Yemen resumed. Prime Minister Ali Hassan said the talks would go on. "
            "As I told Foreign Minister Salim Nasser today, we value Oman's role.")
    assert triples(analyse(text, actors)) == {("leads", "hassan", "YEM")}


def test_pronoun_subjects_of_passive_and_possessive_cues():
    actors = {"Sahel Front": ("sahel", GROUP), "Amadou Kane": ("kane", PERSON), "Niger Guard": ("niger", GROUP)}
    text = "The Sahel Front grew fast. It is led by Amadou Kane. It now fights its old rival, the Niger Guard."
    assert triples(analyse(text, actors)) == {("leads", "kane", "sahel"), ("rival_of", "sahel", "niger")}


def test_former_head_is_no_standing_tie():
    rels = analyse("Ali Mahdi, the former head of the Hawiye Council, spoke.",
                   {"Ali Mahdi": ("mahdi", PERSON), "Hawiye Council": ("hawiye", ORG)})
    assert rels == []


def test_member_of_officials_correspondents_and_spokesmen():
    actors = {"Shabaab": ("shabaab", GROUP), "Ali Dheere": ("dheere", PERSON), "Al Jazeera": ("aljazeera", MEDIA),
              "Haru Mutasa": ("mutasa", PERSON), "Kwame Asante": ("asante", PERSON),
              "Ashanti Council": ("ashanti", ORG), "Lyse Doucet": ("doucet", PERSON), "BBC": ("bbc", MEDIA)}
    text = ("Senior Shabaab official Ali Dheere denied it. Al Jazeera's Africa correspondent, Haru Mutasa, "
            "reported from the town. Kwame Asante, a spokesman for the Ashanti Council, declined to comment. "
            "Lyse Doucet, the BBC's chief international correspondent, was there.")
    assert triples(analyse(text, actors)) == {("member_of", "dheere", "shabaab"), ("member_of", "mutasa", "aljazeera"),
                                             ("member_of", "asante", "ashanti"), ("member_of", "doucet", "bbc")}


def test_member_of_an_outlet_named_in_the_possessive():
    text = "Al Jazeera's Haru Mutasa reported from Goma."
    rels = analyse(text, {"Al Jazeera": ("aljazeera", MEDIA), "Haru Mutasa": ("mutasa", PERSON), "Goma": ("goma", PLACE)})
    assert triples(rels) == {("member_of", "mutasa", "aljazeera")}


def test_adviser_to_a_head_of_state_is_a_member_of_that_state():
    actors = {"Russia": ("RUS", STATE, {"country": "RUS"}), "Yuri Ushakov": ("ushakov", PERSON),
              "Vladimir Putin": ("putin", PERSON, {"country": "RUS", "codes": {"cameo": "RUSGOV"}}),
              "Putin": ("putin", PERSON, {"country": "RUS", "codes": {"cameo": "RUSGOV"}}),
              "Dmitry Peskov": ("peskov", PERSON)}
    text = ("Russia sent envoys. Yuri Ushakov, an adviser to Vladimir Putin, led them. "
            "Putin's spokesman Dmitry Peskov confirmed it.")
    assert triples(analyse(text, actors)) == {("member_of", "ushakov", "RUS"), ("member_of", "peskov", "RUS")}


# ---- symmetric ties ------------------------------------------------------------------------
def test_allied_with_is_symmetric_and_merged():
    actors = {"Kachin Army": ("kachin", GROUP), "Arakan Army": ("arakan", GROUP), "Afar Brigade": ("afar", GROUP),
              "Tigray Defence Force": ("tdf", GROUP)}
    text = ("The Kachin Army and the Arakan Army are close allies. The Arakan Army fought alongside the Kachin Army. "
            "The Afar Brigade has carried out joint operations with the Tigray Defence Force.")
    rels = analyse(text, actors)
    assert {(r.type, frozenset((r.subject, r.object))) for r in rels} == {
        ("allied_with", frozenset(("kachin", "arakan"))), ("allied_with", frozenset(("afar", "tdf")))}
    pair = next(r for r in rels if "kachin" in (r.subject, r.object))
    assert len(pair.evidence) == 2


def test_rival_of_pair_possessive_and_feud():
    actors = {"Shabaab": ("shabaab", GROUP), "ISIS-Somalia": ("iss", GROUP), "RSF": ("rsf", GROUP),
              "Sudanese Armed Forces": ("saf", GROUP), "Fano": ("fano", GROUP), "Prosperity Party": ("pp", ORG)}
    text = ("Shabaab and ISIS-Somalia are bitter rivals. The RSF's rival, the Sudanese Armed Forces, shelled it. "
            "Fano has a long feud with the Prosperity Party.")
    rels = analyse(text, actors)
    assert {(r.type, frozenset((r.subject, r.object))) for r in rels} == {
        ("rival_of", frozenset(("shabaab", "iss"))), ("rival_of", frozenset(("rsf", "saf"))),
        ("rival_of", frozenset(("fano", "pp")))}


def test_fought_alongside_each_other():
    text = "The Kachin Army and the Arakan Army have fought alongside each other since 2019."
    rels = analyse(text, {"Kachin Army": ("kachin", GROUP), "Arakan Army": ("arakan", GROUP)})
    assert triples(rels) == {("allied_with", "kachin", "arakan")}


def test_they_are_rivals_refers_to_the_pair_just_named():
    text = "Ties between the Kachin Army and the Arakan Army are complicated: they are rivals at times."
    rels = analyse(text, {"Kachin Army": ("kachin", GROUP), "Arakan Army": ("arakan", GROUP)})
    assert triples(rels) == {("rival_of", "kachin", "arakan")}


# ---- controls, based_in, mediates ----------------------------------------------------------
def test_controls_relative_compound_seizure_and_decade_of_rule():
    actors = {"Houthis": ("houthis", GROUP), "Sanaa": ("sanaa", PLACE), "Ansar Allah": ("houthis", GROUP),
              "Hodeidah": ("hodeidah", PLACE), "Taliban": ("taliban", GROUP), "Kabul": ("kabul", PLACE),
              "Mosul": ("mosul", PLACE), "Islamic State": ("isis", GROUP)}
    text = ("The Houthis, who control Sanaa, rejected the plan. Ships left Ansar Allah-controlled Hodeidah. "
            "The Taliban seized control of Kabul in August 2021, weeks after the withdrawal. "
            "Mosul was rebuilt slowly after three years controlled by the Islamic State.")
    rels = analyse(text, actors, published="2022-01-10")
    assert triples(rels) == {("controls", "houthis", "sanaa"), ("controls", "houthis", "hodeidah"),
                             ("controls", "taliban", "kabul"), ("controls", "isis", "mosul")}
    kabul = next(r for r in rels if r.object == "kabul")
    assert (kabul.date.text, kabul.date.start) == ("August 2021", "2021-08-01")


def test_based_in_compound_headquarters_and_those_who_remain():
    actors = {"Ituri Front": ("ituri", GROUP), "Bunia": ("bunia", PLACE), "Kampala": ("kampala", PLACE),
              "Goma": ("goma", PLACE), "Nairobi": ("nairobi", PLACE), "Horn Institute": ("horn", ORG)}
    text = ("The Ituri Front was founded in 2019. Its fighters are Bunia-based, while its command is headquartered "
            "in Kampala, though some officers remain in Goma. The Nairobi-based Horn Institute tracks it.")
    assert triples(analyse(text, actors)) == {("based_in", "ituri", "bunia"), ("based_in", "ituri", "kampala"),
                                             ("based_in", "ituri", "goma"), ("based_in", "horn", "nairobi")}


def test_mediates_verb_compound_and_passive():
    actors = {"Qatar": ("QAT", STATE), "Taliban": ("taliban", GROUP), "United States": ("USA", STATE),
              "Saudi": ("SAU", STATE, {"role": "adjective"}), "Sudanese Armed Forces": ("saf", GROUP),
              "RSF": ("rsf", GROUP), "Colombia": ("COL", STATE), "ELN": ("eln", GROUP), "Norway": ("NOR", STATE)}
    text = ("Qatar mediated talks between the Taliban and the United States. "
            "A Saudi-brokered truce between the Sudanese Armed Forces and the RSF collapsed. "
            "The ceasefire between Colombia and the ELN, mediated by Norway, held.")
    assert triples(analyse(text, actors)) == {
        ("mediates", "QAT", "taliban"), ("mediates", "QAT", "USA"), ("mediates", "SAU", "saf"),
        ("mediates", "SAU", "rsf"), ("mediates", "NOR", "COL"), ("mediates", "NOR", "eln")}


def test_mediator_named_before_the_parties():
    text = "A truce mediated by Norway between Colombia and the ELN held."
    rels = analyse(text, {"Norway": ("NOR", STATE), "Colombia": ("COL", STATE), "ELN": ("eln", GROUP)})
    assert triples(rels) == {("mediates", "NOR", "COL"), ("mediates", "NOR", "eln")}


def test_mediation_without_a_named_party_is_skipped():
    assert analyse("Norway mediated the talks.", {"Norway": ("NOR", STATE)}) == []


# ---- what is not a tie ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Egypt does not fund the Fezzan Guard.",
    "Egypt denied arming the Fezzan Guard.",
    "Egypt has never backed the Fezzan Guard.",
    "Egypt could arm the Fezzan Guard.",
    "Does Egypt fund the Fezzan Guard?",
])
def test_negated_hedged_and_asked_ties_are_not_emitted(text):
    assert analyse(text, {"Egypt": ("EGY", STATE), "Fezzan Guard": ("fezzan", GROUP)}) == []


def test_no_self_relations():
    text = "Russia backs Moscow. Moscow-backed Russia rose."
    assert analyse(text, {"Russia": ("RUS", STATE), "Moscow": ("RUS", STATE, {"role": "capital"})}) == []


def test_adjective_of_speakers_is_no_subject():
    rels = analyse("Israeli officials say funds reached the Kivu Front.",
                   {"Israeli": ("ISR", STATE, {"role": "adjective"}), "Kivu Front": ("kivu", GROUP)})
    assert rels == []


# ---- attribution, evidence, ids ----------------------------------------------------------------
def test_attributed_to_the_speaker_of_the_claim_that_states_it():
    text = "According to UN investigators, Uganda arms M23."
    rels = analyse(text, {"UN": ("un", ORG), "Uganda": ("UGA", STATE), "M23": ("m23", GROUP)},
                   said=[("Uganda arms M23.", "un")])
    assert triples(rels) == {("arms", "UGA", "m23")}
    assert rels[0].attributed_to == "un"


def test_a_tie_the_document_also_states_itself_is_not_attributed():
    text = "According to UN investigators, Uganda arms M23. Uganda arms M23 openly."
    rels = analyse(text, {"UN": ("un", ORG), "Uganda": ("UGA", STATE), "M23": ("m23", GROUP)},
                   said=[("Uganda arms M23.", "un")])
    assert len(rels) == 1 and rels[0].attributed_to is None and len(rels[0].evidence) == 2


def test_attribution_through_the_claims_extractor():
    from faultline.extract.claims import extract_claims
    from faultline.nlp import parse_text
    text = "Uganda arms the M23 rebels, UN investigators said."
    parsed = parse_text(text, "t")
    doc, sentences = parsed.document, parsed.sentences
    mentions = [Mention(ident, name, kind, doc.span(text.index(name), text.index(name) + len(name)))
                for name, ident, kind in (("Uganda", "UGA", STATE), ("M23", "m23", GROUP), ("UN", "un", ORG))]
    claims = extract_claims(parsed, mentions)
    rels = extract_relations(doc, sentences, mentions, claims)
    assert [(r.type, r.subject, r.object, r.attributed_to) for r in rels] == [("arms", "UGA", "m23", "un")]


def test_evidence_is_the_exact_sentence_and_ids_are_stable():
    text = "Rebels regrouped.\n\nThe Kordofan Brigade is armed by Chad. Nothing else happened."
    actors = {"Chad": ("TCD", STATE), "Kordofan Brigade": ("kordofan", GROUP)}
    first, again = analyse(text, actors), analyse(text, actors)
    (span,) = first[0].evidence
    assert (span.doc, span.text) == ("t", "The Kordofan Brigade is armed by Chad.")
    assert text[span.start:span.end] == span.text
    assert first[0].id == again[0].id and first[0].id.startswith("relation:")


def test_lexicon_covers_every_relation_type():
    lexicon = load_relation_cues()
    assert {cue.type for cue in lexicon.cues} == set(RELATION_TYPES)
