from faultline.nlp import parse


def test_line_break_ends_a_sentence_without_full_stop():
    text = "Militia leader says talks are over\n\nThe announcement came on Monday. Fighting resumed."
    sents = [s.text.strip() for s in parse(text).sents]
    assert sents == ["Militia leader says talks are over", "The announcement came on Monday.", "Fighting resumed."]


def test_quote_opening_a_paragraph_starts_a_sentence():
    text = "The minister spoke\n\n“We will not retreat,” she said."
    sents = [s.text.strip() for s in parse(text).sents]
    assert sents[-1] == "“We will not retreat,” she said."
