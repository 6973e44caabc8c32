"""Framing labels, on sentences written for these tests (invented actors and places)."""
from faultline.extract.framing import canonical_label, extract_framing
from faultline.model import Document, Mention
from faultline.nlp import parse

ACTORS = {
    "Sable Brigades": ("sable", "armed_group", "name"),
    "Lindor Army": ("lindor", "armed_group", "name"),
    "Red Delta Militia": ("red-delta", "armed_group", "name"),
    "Norvania": ("NRV", "state", "name"),
    "Norvanian": ("NRV", "state", "adjective"),
    "Kessala": ("kessala", "location", "name"),
    "Delta Courier": ("delta-courier", "media", "name"),
    "Amara Keita": ("keita", "person", "name"),
}


def analyse(text, descriptions=()):
    """Framing of `text`: every name of ACTORS marked where it occurs (whole words), plus the
    given descriptions ((text, id, type), as coreference would give them) with role "description"."""
    doc = Document(id="t", source=None, title=None, outlet=None, published=None, text=text, sha256="x")
    mentions = []
    for name, (ident, kind, role) in ACTORS.items():
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not (text[end:end + 1].isalpha() or text[max(0, start - 1):start].isalpha()):
                mentions.append(Mention(ident, name, kind, doc.span(start, end), role=role))
            start = text.find(name, start + 1)
    for phrase, ident, kind in descriptions:
        start = text.find(phrase)
        mentions.append(Mention(ident, ident, kind, doc.span(start, start + len(phrase)), role="description"))
    mentions.sort(key=lambda m: m.span.start)
    sentences = [(s.start_char, s.end_char) for s in parse(text).sents]
    framing = extract_framing(doc, sentences, mentions)
    for item in framing:
        assert item.doc == "t"
        for span in item.evidence:
            assert text[span.start:span.end] == span.text
    return framing


def labels(framing):
    return {f.entity: f.labels for f in framing}


def evidence(framing, entity):
    return [s.text for f in framing if f.entity == entity for s in f.evidence]


def test_framing_apposition_keeps_the_label_inside_it():
    framing = analyse("The Sable Brigades, a militant group that emerged in 2019, attacked a checkpoint near Kessala.")
    assert labels(framing) == {"sable": ["militant group"]}
    assert evidence(framing, "sable") == ["Sable Brigades, a militant group"]


def test_framing_apposition_strips_ordinals_superlatives_and_places():
    framing = analyse("Officials blamed the Lindor Army, the third-largest armed group in the delta, for the raid.")
    assert labels(framing) == {"lindor": ["armed group"]}
    assert evidence(framing, "lindor") == ["Lindor Army, the third-largest armed group"]


def test_framing_apposition_about_someone_else_is_not_a_label():
    framing = analyse("Amara Keita, a spokesman for the rebel group, said the road was closed.")
    assert labels(framing) == {}


def test_framing_predicate_with_copula():
    assert labels(analyse("The Sable Brigades is a terror group, the Delta Courier reported.")) == {
        "sable": ["terror group"]}


def test_framing_predicate_after_a_parenthetical_goes_to_the_subject():
    framing = analyse("Founded in 2011, the Lindor Army is, after the Sable Brigades, the biggest "
                      "terror group in the delta.")
    assert labels(framing) == {"lindor": ["terror group"]}
    assert evidence(framing, "lindor") == [
        "Lindor Army is, after the Sable Brigades, the biggest terror group"]


def test_framing_predicate_coordinated_subjects_and_who_considers():
    framing = analyse("The Sable Brigades and the Red Delta Militia are regarded as terrorist groups by Norvania.")
    assert labels(framing) == {"sable": ["terrorist groups"], "red-delta": ["terrorist groups"]}
    assert evidence(framing, "sable") == [
        "Sable Brigades and the Red Delta Militia are regarded as terrorist groups by Norvania"]
    assert evidence(framing, "red-delta") == ["Red Delta Militia are regarded as terrorist groups by Norvania"]


def test_framing_negated_predicate_is_not_a_label():
    assert labels(analyse("The Lindor Army is not a terrorist organisation, its commander insisted.")) == {}


def test_framing_active_designation():
    framing = analyse("Norvania designated the Red Delta Militia a terrorist organisation in 2021.")
    assert labels(framing) == {"red-delta": ["terrorist organisation"]}
    assert evidence(framing, "red-delta") == ["designated the Red Delta Militia a terrorist organisation"]


def test_framing_label_after_the_name():
    framing = analyse("Sable Brigades militants fired mortars at the airport.")
    assert labels(framing) == {"sable": ["militants"]}
    assert evidence(framing, "sable") == ["Sable Brigades militants"]


def test_framing_coordinated_names_share_the_label_but_not_across_types():
    assert labels(analyse("Lindor Army and Red Delta Militia fighters held the bridge.")) == {
        "lindor": ["fighters"], "red-delta": ["fighters"]}
    assert labels(analyse("Clashes between Norvania and Sable Brigades militants continued.")) == {
        "sable": ["militants"]}


def test_framing_label_before_the_name():
    framing = analyse("The militant group Sable Brigades and the terrorist organisation Lindor Army met "
                      "rebel group Red Delta Militia in Kessala.")
    assert labels(framing) == {"sable": ["militant group"], "lindor": ["terrorist organisation"],
                               "red-delta": ["rebel group"]}
    assert evidence(framing, "sable") == ["militant group Sable Brigades"]


def test_framing_backed_modifier_from_any_actor_form():
    framing = analyse("A Norvania-backed Sable Brigades commander was killed.")
    assert labels(framing) == {"sable": ["Norvania-backed"]}
    assert evidence(framing, "sable") == ["Norvania-backed Sable Brigades"]
    framing = analyse("A Norvanian-backed militant group, the Lindor Army, took the port.")
    assert labels(framing)["lindor"] == ["Norvanian-backed", "militant group"]
    assert "NRV" not in labels(framing)


def test_framing_backed_modifier_inside_a_description():
    text = "The Lindor Army shelled Kessala. A leader of the Norvania-backed coastal group denied it."
    framing = analyse(text, [("the Norvania-backed coastal group", "lindor", "armed_group")])
    assert labels(framing) == {"lindor": ["Norvania-backed"]}
    assert evidence(framing, "lindor") == ["the Norvania-backed coastal group"]


def test_framing_groups_such_as():
    framing = analyse("Unlike other Norvanian-backed terror groups such as the Sable Brigades and Lindor Army, "
                      "the Red Delta Militia has no navy.")
    assert labels(framing) == {"sable": ["Norvanian-backed", "terror groups"],
                               "lindor": ["Norvanian-backed", "terror groups"]}
    assert evidence(framing, "lindor") == [
        "Norvanian-backed terror groups such as the Sable Brigades and Lindor Army"]
    assert labels(analyse("Militant groups like Red Delta Militia recruit in Kessala.")) == {
        "red-delta": ["militant groups"]}


def test_framing_description_that_refers_back():
    text = "The Red Delta Militia seized two villages. The rebels withdrew at dawn, and the junta sent troops."
    framing = analyse(text, [("The rebels", "red-delta", "armed_group"), ("the junta", "NRV", "state")])
    assert labels(framing) == {"red-delta": ["rebels"], "NRV": ["junta"]}
    assert evidence(framing, "NRV") == ["the junta"]


def test_framing_possessive_members():
    assert labels(analyse("The Lindor Army's fighters crossed the river.")) == {"lindor": ["fighters"]}
    assert labels(analyse("The militants of the Sable Brigades crossed the river.")) == {"sable": ["militants"]}


def test_framing_nationality_takes_only_a_state_label():
    assert labels(analyse("Norvanian militants crossed the border.")) == {}
    assert labels(analyse("The Norvanian regime denied it.")) == {"NRV": ["regime"]}


def test_framing_no_labels_for_locations_or_media():
    framing = analyse("Kessala militants fled. Kessala, a militant stronghold, fell. "
                      "The Delta Courier, a rebel newspaper, closed.")
    assert labels(framing) == {}


def test_framing_one_item_per_actor_with_labels_in_document_order():
    text = ("Sable Brigades militants attacked Kessala. The Sable Brigades, a militant group, later said "
            "the Norvania-backed Sable Brigades had not lost a fighter. Sable Brigades militants withdrew.")
    framing = analyse(text)
    assert len(framing) == 1
    (item,) = framing
    assert item.entity == "sable" and item.labels == ["militants", "militant group", "Norvania-backed"]
    assert [s.text for s in item.evidence] == ["Sable Brigades militants", "Sable Brigades, a militant group",
                                               "Norvania-backed Sable Brigades", "Sable Brigades militants"]


def test_framing_canonical_label():
    assert canonical_label("terror group") == canonical_label("Terrorist Organisation") == "terrorist"
    assert canonical_label("terrorist groups") == "terrorist"
    assert canonical_label("militants") == canonical_label("militant group") == "militant"
    assert canonical_label("insurgents") == canonical_label("rebel group") == "rebel"
    assert canonical_label("Norvania-backed") == "backed"
    assert canonical_label("local defence committee") == "local defence committee"


def test_gang_and_coalition_labels_and_their_families():
    framing = analyse("The Sable Brigades, a gang alliance that controls the port, raided Kessala. "
                      "The Lindor Army is an armed coalition of former rebels.")
    labels = {f.entity: f.labels for f in framing}
    assert "gang alliance" in labels["sable"] and "armed coalition" in labels["lindor"]
    assert canonical_label("gang alliance") == "gang" and canonical_label("armed coalition") == "coalition"
