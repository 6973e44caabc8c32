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
    # "our" is read (a tie reader's side) but a word of "our partners", no mention of its own
    assert {("we", "Nordland Northern Command"), ("We", "Nordland Northern Command")} == found
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


def _released(pipeline, text, outlet):
    return read(pipeline, text, outlet=outlet)


def _we(result):
    return {(m.span.text, m.name) for m in result.mentions if m.role == "speaker"}


def test_a_ministry_release_speaks_in_its_own_words(pipeline):
    text = "We condemn the attack on the market. We will continue to work to defeat the Northern Front."
    result = _released(pipeline, text, "Kenyan Government")
    assert _we(result) == {("We", "Kenya")}
    names = {m.entity: m.name for m in result.mentions}
    assert ("rival_of", "Kenya", "Northern Front") in {(r.type, names[r.subject], names[r.object])
                                                        for r in result.relations}
    # a news outlet's own "we" is no party's
    assert not _we(_released(pipeline, text, "Reuters"))
    assert not _we(_released(pipeline, text, None))


def test_a_statement_a_line_introduces_is_its_speakers(pipeline):
    text = ("The Kestrel Brigade shelled the port on Monday.\n\nMinister for the North, Jo Bloggs said:\n\n"
            "We will continue to work to defeat the Northern Front.\n\nThe Kestrel Brigade said: \"We fight on.\"")
    # the minister names no body: the publisher's official speaks for it; the brigade's quotation is its own
    assert _we(_released(pipeline, text, "Kenyan Government")) == {("We", "Kenya"), ("We", "Kestrel Brigade")}
    body = ("Gen. Tom Berg, commander of the Nordland Northern Command, issued the following statement:\n\n"
            "We will not rest until the Northern Front is defeated.")
    assert _we(_released(pipeline, body, "Kenyan Government")) == {("We", "Nordland Northern Command")}
    # with no publisher, a person named alone speaks for no one the text says
    assert not _we(_released(pipeline, text.replace(' "We fight on."', ""), None))


def test_a_quotation_no_claim_reads_is_no_publishers(pipeline):
    text = 'The Northern Front posted a video. "We will strike again" was written across the screen.'
    assert not _we(_released(pipeline, text, "Kenyan Government"))


def test_the_publisher_an_outlet_names(pipeline):
    publisher = pipeline.matcher.publisher
    assert publisher("CENTCOM").name == "United States Central Command"
    assert publisher("UK Government").name == "United Kingdom"
    own = publisher("Australian Department of Foreign Affairs")
    assert (own.name, own.type, own.country) == ("Australian Department of Foreign Affairs", "organization", "AUS")
    assert publisher("Reuters") is None and publisher("Harbour Times") is None and publisher(None) is None
