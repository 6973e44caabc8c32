"""attributes: the model's attribute rules applied by lookup set what the ruler sets."""
import spacy

from faultline.nlp import DEFAULT_MODEL, load_pipeline

TEXT = ("Gunmen ain't finished: they're gonna hit the town, let's say, y'all know it. The army "
        "did not respond and there is nothing to add; he has had enough. I told it to them. "
        "Which convoy was attacked? That is what the governor asked, because it is got to stop.\n\n"
        "Rebels   said  \t they had seized the airport  .")


def _attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_the_pipeline_reads_the_rules_by_lookup_instead_of_the_ruler():
    names = load_pipeline().pipe_names
    assert "faultline_attribute_rules" in names and "attribute_ruler" not in names


def test_every_token_gets_the_attributes_the_models_own_ruler_gives():
    ruled = spacy.load(DEFAULT_MODEL, exclude=["senter"], disable=["lemmatizer"])
    ours = load_pipeline()
    assert "faultline_line_breaks" in ours.pipe_names
    ruled.add_pipe("faultline_line_breaks", before="parser")
    for text in (TEXT, TEXT.upper(), TEXT.replace("'", "’")):
        assert _attributes(ours(text)) == _attributes(ruled(text))
