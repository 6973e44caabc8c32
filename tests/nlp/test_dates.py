"""faultline.nlp.dates: time expressions resolved against publication (sentences written for these tests).

Weekdays used below: 2019-05-10 Friday, 2019-05-22 Wednesday, 2019-05-24 Friday, 2019-05-25 Saturday.
"""
import pytest

from faultline.nlp.dates import find_dates


def dates(text, published=None):
    found = find_dates(text, published)
    for d in found:
        assert text[d.start:d.end] == d.text == d.date.text
    return [(d.text, d.start, d.end, d.date.start, d.date.end, d.date.precision) for d in found]


def one(text, published=None):
    found = dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span, start, end, precision", [
    ("Shelling resumed on 29 April near the border.", "29 April", "2019-04-29", "2019-04-29", "day"),
    ("The truce began on 3 May after talks.", "3 May", "2019-05-03", "2019-05-03", "day"),
    ("The envoy arrived on May 3, 2017 for talks.", "May 3, 2017", "2017-05-03", "2017-05-03", "day"),
    ("Border clashes flared on 4-5 May 2018 again.", "4-5 May 2018", "2018-05-04", "2018-05-05", "day"),
    ("The movement split in August 2018 over funding.", "August 2018", "2018-08-01", "2018-08-31", "month"),
    ("The front was quiet in early May before the raids.", "early May", "2019-05-01", "2019-05-10", "month"),
    ("Talks stalled in mid-June 2014 after the kidnapping.", "mid-June 2014", "2014-06-11", "2014-06-20", "month"),
    ("A convoy was hit in late March near the crossing.", "late March", "2019-03-21", "2019-03-31", "month"),
    ("Fighting peaked in the summer of 2014 in the south.", "summer of 2014", "2014-06-01", "2014-08-31", "month"),
    ("The movement was founded in 1979 by exiles.", "1979", "1979-01-01", "1979-12-31", "year"),
    ("It has held the town since 2005 without a vote.", "2005", "2005-01-01", "2005-12-31", "year"),
    ("Many recall the 2014 Gaza war as a turning point.", "2014", "2014-01-01", "2014-12-31", "year"),
    ("The cell formed in the late 1980s abroad.", "late 1980s", "1986-01-01", "1989-12-31", "decade"),
    ("The cell grew in the early 1980s abroad.", "early 1980s", "1980-01-01", "1983-12-31", "decade"),
    ("Exiles returned during the 1990s in numbers.", "1990s", "1990-01-01", "1999-12-31", "decade"),
    ("A spokesman said the drones were seized on 2019-05-03.", "2019-05-03", "2019-05-03", "2019-05-03", "day"),
])
def test_absolute_dates_take_a_missing_year_from_publication(text, span, start, end, precision):
    assert one(text, "2019-05-10") == (span, text.index(span), text.index(span) + len(span), start, end, precision)


def test_a_day_without_year_or_publication_keeps_null_bounds():
    assert one("Shelling resumed on 29 April near the border.") == ("29 April", 20, 28, None, None, "day")


@pytest.mark.parametrize("published, day", [("2019-05-25", "2019-05-24"), ("2019-05-24", "2019-05-24"),
                                            ("2019-05-22", "2019-05-17")])
def test_weekday_is_the_latest_such_day_on_or_before_publication(published, day):
    assert one("Militants fired rockets on Friday, the army said.", published) == ("Friday", 27, 33, day, day, "day")


def test_last_weekday_is_strictly_before_publication():
    assert one("The minister resigned last Friday.", "2019-05-24")[3:5] == ("2019-05-17", "2019-05-17")


def test_weekday_with_time_of_day():
    assert one("A drone struck on Tuesday night.", "2019-05-24") == ("Tuesday night", 18, 31, "2019-05-21", "2019-05-21", "day")


@pytest.mark.parametrize("published, first, last", [("2019-05-22", "2019-05-18", "2019-05-19"),
                                                    ("2019-05-25", "2019-05-18", "2019-05-19")])
def test_last_weekend_is_the_weekend_before_the_current_week(published, first, last):
    assert one("Protests spread last weekend.", published) == ("last weekend", 16, 28, first, last, "week")


@pytest.mark.parametrize("phrase, first, last, precision", [
    ("this week", "2019-05-20", "2019-05-26", "week"),
    ("earlier this week", "2019-05-20", "2019-05-22", "week"),
    ("last week", "2019-05-13", "2019-05-19", "week"),
    ("this month", "2019-05-01", "2019-05-31", "month"),
    ("earlier this month", "2019-05-01", "2019-05-22", "month"),
    ("last month", "2019-04-01", "2019-04-30", "month"),
    ("next month", "2019-06-01", "2019-06-30", "month"),
    ("this year", "2019-01-01", "2019-12-31", "year"),
    ("last year", "2018-01-01", "2018-12-31", "year"),
    ("late last year", "2018-09-01", "2018-12-31", "year"),
    ("yesterday", "2019-05-21", "2019-05-21", "day"),
    ("today", "2019-05-22", "2019-05-22", "day"),
    ("overnight", "2019-05-21", "2019-05-22", "day"),
    ("in recent weeks", "2019-04-24", "2019-05-22", "week"),
    ("in recent days", "2019-05-15", "2019-05-22", "week"),
    ("two days ago", "2019-05-20", "2019-05-20", "day"),
    ("three weeks ago", "2019-04-29", "2019-05-05", "week"),
    ("in the past three months", "2019-02-22", "2019-05-22", "month"),
])
def test_relative_expressions_resolve_against_publication(phrase, first, last, precision):
    text = f"Officials said the raids happened {phrase}, according to residents."
    assert one(text, "2019-05-22") == (phrase, 34, 34 + len(phrase), first, last, precision)


@pytest.mark.parametrize("phrase", ["two years later", "a year later", "the following day"])
def test_expressions_counted_from_another_date_stay_unknown(phrase):
    text = f"The group regrouped {phrase} in the hills."
    assert one(text, "2019-05-22") == (phrase, 20, 20 + len(phrase), None, None, "unknown")


def test_relative_expression_without_publication_keeps_text_and_precision():
    assert one("Gunmen attacked a checkpoint yesterday.") == ("yesterday", 29, 38, None, None, "day")


def test_money_times_counts_and_names_are_not_dates():
    text = ("Theresa May said $30m was sent at 10:30 to 1,500 families in 30 minutes; "
            "a march in 2,000 towns drew 2019 people.")
    assert dates(text, "2019-05-22") == []


def test_several_dates_in_one_sentence_keep_their_offsets():
    text = "Envoys met on 3 May and again on Friday, after a lull since 2014."
    assert dates(text, "2019-05-10") == [
        ("3 May", 14, 19, "2019-05-03", "2019-05-03", "day"),
        ("Friday", 33, 39, "2019-05-10", "2019-05-10", "day"),
        ("2014", 60, 64, "2014-01-01", "2014-12-31", "year"),
    ]


def test_weekday_without_publication_keeps_null_bounds():
    assert one("Militants fired rockets on Friday.") == ("Friday", 27, 33, None, None, "day")


def test_bare_month_needs_context_when_it_is_also_a_word():
    assert dates("Theresa May spoke; troops will march in March.", "2019-05-22") == [
        ("March", 40, 45, "2019-03-01", "2019-03-31", "month")]
