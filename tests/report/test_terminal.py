"""Terminal text: widths as a terminal counts them, cells cut with "…"."""
from faultline.report.terminal import cut, pad, text_width


def test_wide_characters_take_two_columns_and_combining_marks_none():
    assert text_width("Goma") == 4
    assert text_width("北京") == 4
    assert text_width("e\u0301") == 1  # e + a combining acute accent
    assert text_width("a\u200bb") == 2  # a zero-width space


def test_cut_keeps_what_fits_and_ends_in_an_ellipsis():
    assert cut("Rapid Support Forces", 20) == "Rapid Support Forces"
    assert cut("Rapid Support Forces", 10) == "Rapid Sup…"
    assert text_width(cut("北京市朝阳区", 5)) <= 5 and cut("北京市朝阳区", 5).endswith("…")
    assert cut("anything", 0) == ""


def test_pad_counts_columns_not_characters():
    assert pad("北京", 6) == "北京  "
    assert text_width(pad("Kyiv", 6)) == 6
