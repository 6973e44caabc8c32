"""The CAMEO verb reader on the parse: sentences written for these tests."""
from faultline.extract.verbs import cameo_verbs


def _code(pipeline, text, verb):
    doc = pipeline.nlp(text)
    return cameo_verbs().code(next(t for t in doc if t.text == verb))


def test_a_phrasal_verb_is_not_its_bare_verb(pipeline):
    """"pushed for talks" asks; "pushed the rebels back" does not."""
    assert _code(pipeline, "Chad pushed for talks with Sudan.", "pushed") is not None
    assert _code(pipeline, "The army said it had pushed the rebels back.", "pushed") is None
