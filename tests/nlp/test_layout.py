"""Where long texts and run-on sentences are cut (nlp/layout.py)."""
from faultline.nlp.layout import bounded


def test_run_on_sentences_reach_the_pattern_readers_in_bounded_pieces():
    text = "rebels attacked the town, " * 400 + "and left."
    pieces = bounded([(0, len(text))], text, limit=500)
    assert all(b - a <= 500 for a, b in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))
    assert all(text[b - 2:b] == ", " for _, b in pieces[:-1])  # cut after a comma
    short = [(0, 10), (11, 40)]
    assert bounded(short, text, limit=500) == short
