"""Tables fit the width they are given: the widest columns give way, cut with "…"."""
from faultline.report.tables import fit, table
from faultline.report.terminal import text_width

LONG = "Shelling by the paramilitary forces killed dozens of people at a crowded market on Sunday"


def test_a_table_that_fits_is_printed_whole():
    text = table("Events", ["date", "evidence"], [("2024-05-03", "Shells hit the market.")], width=80)
    assert text.splitlines() == ["Events (1)", "date        evidence", "----------  ----------------------",
                                 "2024-05-03  Shells hit the market."]


def test_the_widest_columns_give_way_and_narrow_ones_stay_whole():
    rows = [("2024-05-03", LONG, "Nile Dispatch", LONG), ("2024-05-04", "short", "Harbour Times", "short")]
    text = table("Events", ["date", "evidence", "source", "quote"], rows, width=70)
    lines = text.splitlines()
    assert max(text_width(line) for line in lines) <= 70
    assert "2024-05-03" in lines[3] and "Nile Dispatch" in lines[3]  # narrow columns are whole
    assert "…" in lines[3] and LONG not in text


def test_fit_shares_the_room_under_one_cap():
    assert fit([10, 100, 13, 80], 80) == [10, 29, 13, 28]
    assert sum(fit([10, 100, 13, 80], 80)) == 80
    assert fit([3, 4], 80) == [3, 4]


def test_a_terminal_too_narrow_for_every_column_gets_them_at_their_narrowest():
    assert fit([40, 40, 40], 10) == [6, 6, 6]


def test_rows_past_the_limit_are_counted_and_the_total_may_be_given():
    rows = [(str(n),) for n in range(5)]
    assert table("T", ["n"], rows, limit=2).splitlines()[-1] == "... 3 more"
    assert table("T", ["n"], rows[:2], limit=2, total=900).splitlines()[0] == "T (900)"
    assert table("T", ["n"], rows[:2], limit=2, total=900).splitlines()[-1] == "... 898 more"


def test_a_table_without_rows_shown_is_its_title():
    assert table("Claims", ["speaker", "text"], []) == "Claims (0)"
    assert table("Claims", ["speaker", "text"], [("officials", "it happened")], limit=0) == "Claims (1)"


def test_a_cell_is_one_printable_line():
    text = table("T", ["title"], [("two\nlines \x1b[2J",), (None,), (["a", "b"],)], width=80)
    assert text.splitlines()[3:] == ["two lines \\x1b[2J", "", "a, b"]
