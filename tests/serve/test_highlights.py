"""Marks over a text become flat segments: nested and overlapping marks without nested HTML."""
from faultline.serve.reads.highlights import Mark, find_within, segments


def test_segments_cover_the_text_in_order_with_the_marks_over_each():
    text = "Rebels attacked Goma on Monday."
    marks = [Mark(0, 31, "event", 0), Mark(0, 6, "mention", 1), Mark(16, 20, "mention", 2),
             Mark(16, 30, "claim", 3)]
    out = segments(text, marks)
    assert "".join(s.text for s in out) == text
    assert [(s.text, s.kinds, s.items) for s in out] == [
        ("Rebels", ["event", "mention"], [0, 1]),
        (" attacked ", ["event"], [0]),
        ("Goma", ["claim", "event", "mention"], [0, 2, 3]),
        (" on Monday", ["claim", "event"], [0, 3]),
        (".", ["event"], [0]),
    ]


def test_unmarked_text_is_one_segment_and_marks_outside_the_text_are_dropped():
    out = segments("plain words", [Mark(5, 40, "event", 0), Mark(3, 3, "mention", 1)])
    assert [(s.text, s.kinds) for s in out] == [("plain words", [])]
    assert segments("", []) == []


def test_a_phrase_is_found_only_within_its_bounds():
    text = "Monday was calm; on Monday they struck."
    assert find_within(text, "Monday", 17, 39) == (20, 26)
    assert find_within(text, "Friday", 0, 39) is None
    assert find_within(text, None, 0, 39) is None
