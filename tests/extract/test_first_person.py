"""A quotation's "we" read as the speaker's body (extract/first_person.py), on sentences
written for these tests."""
from sentences import read
from test_ties_tree import ties


def _speaking(pipeline, text):
    """(word, entity name) of each "we" reading."""
    return {(m.span.text, m.name) for m in read(pipeline, text).mentions if m.role == "speaker"}


def test_a_body_speaks_for_itself(pipeline):
    text = '"We are committed to destroying ISIL," the Nordland Army said.'
    assert _speaking(pipeline, text) == {("We", "Nordland Army")}
    assert ("rival_of", "Nordland Army", "Islamic State") in ties(pipeline, text)


def test_a_person_speaks_for_the_body_their_attribution_names(pipeline):
    text = ('Gen. Tom Berg, commander of the Nordland Northern Command, said: "To defeat Daesh we would need '
            'to work with many groups." He added: "We will continue to strike ISIL targets in support of our '
            'partners in order to defeat ISIL."')
    found = _speaking(pipeline, text)
    assert {("we", "Nordland Northern Command"), ("We", "Nordland Northern Command"),
            ("our", "Nordland Northern Command")} <= found
    assert ("rival_of", "Nordland Northern Command", "Islamic State") in ties(pipeline, text)


def test_a_we_is_no_alias_of_the_body(pipeline):
    result = read(pipeline, '"We will hold the line," the Nordland Army said.')
    entities = {m.entity for m in result.mentions if m.role == "speaker"}
    assert entities and all(m.span.text != "We" for m in result.mentions if m.role != "speaker")


def test_no_body_no_reading(pipeline):
    # a person named alone; the reporter's own "we"; reported speech; the country "US"
    for text in ('"We will win," said Tom Berg.',
                 "We asked the Nordland Army about the raid, but it declined to comment.",
                 "The Nordland Army said we must wait for the report.",
                 '"US forces struck ISIL," the Nordland Army said.'):
        assert not _speaking(pipeline, text), text


def test_a_dictionary_person_before_a_citation_mark_keeps_their_dictionary_actor(pipeline):
    result = read(pipeline, "The council was chaired by Abiy Ahmed,[4] who later became prime minister.")
    assert [m.entity for m in result.mentions if m.span.text == "Abiy Ahmed"] == ["abiy-ahmed"]
