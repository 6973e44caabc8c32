"""faultline.nlp.numbers / numerals: reading figures and counts (sentences written for these tests)."""
import pytest

from faultline.model import Count
from faultline.nlp.numbers import find_counts, split_counts
from faultline.nlp.numerals import parse_number


@pytest.mark.parametrize("text, value", [
    ("27", 27), ("1,500", 1500), ("1.5 million", 1_500_000), ("350", 350), ("twelve", 12),
    ("twenty-seven", 27), ("Forty", 40), ("a hundred", 100), ("two dozen", 24), ("a dozen", 12),
    ("3.2bn", 3_200_000_000), ("$70m", 70_000_000), ("half a million", 500_000),
    ("one hundred and five", 105), ("two million three hundred thousand", 2_300_000),
])
def test_parse_number_reads_digits_words_and_scales(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["dozens", "two three", "hundred", "soldiers", ""])
def test_parse_number_refuses_what_is_not_one_figure(text):
    assert parse_number(text) is None


def counts(text):
    found = find_counts(text)
    for c in found:
        assert text[c.start:c.end] == c.text
        if c.noun is not None:
            assert text[c.noun_start:c.noun_end] == c.noun
    return [(c.text, c.start, c.end, c.count, c.qualifier, c.noun) for c in found]


def test_hedges_keep_the_written_figure_and_record_the_qualifier():
    text = "At least 30 people died, more than 140 were hurt and about 40 fled."
    assert counts(text) == [
        ("At least 30", 0, 11, Count(30, 30, 30), "at_least", "people"),
        ("more than 140", 25, 38, Count(140, 140, 140), "more_than", None),
        ("about 40", 53, 61, Count(40, 40, 40), "about", None),
    ]


def test_up_to_and_nearly():
    text = "Up to 50 trucks crossed; nearly 200 families left."
    assert counts(text) == [
        ("Up to 50", 0, 8, Count(50, 50, 50), "up_to", "trucks"),
        ("nearly 200", 25, 35, Count(200, 200, 200), "about", "families"),
    ]


def test_between_range_takes_the_midpoint_rounded_down():
    text = "Officials said between 100 and 301 fighters took part."
    assert counts(text) == [("between 100 and 301", 15, 34, Count(200, 100, 301), "range", "fighters")]


def test_dash_and_or_ranges():
    text = "Raids left 5-8 dead and two or three houses burned."
    assert counts(text) == [
        ("5-8", 11, 14, Count(6, 5, 8), "range", "dead"),
        ("two or three", 24, 36, Count(2, 2, 3), "range", "houses"),
    ]


def test_vague_quantifiers_read_from_the_data_table():
    text = "Dozens of shells and hundreds of thousands of leaflets fell; several hundred guards watched."
    assert counts(text) == [
        ("Dozens", 0, 6, Count(24, 24, 99), "vague", "shells"),
        ("hundreds of thousands", 21, 42, Count(200_000, 200_000, 999_999), "vague", "leaflets"),
        ("several hundred", 61, 76, Count(300, 300, 900), "vague", "guards"),
    ]


def test_a_handful_and_scores_need_what_they_count():
    text = "A handful of medics stayed; scores of tents stood. The scores were tied."
    assert counts(text) == [
        ("A handful", 0, 9, Count(3, 3, 5), "vague", "medics"),
        ("scores", 28, 34, Count(40, 40, 99), "vague", "tents"),
    ]


def test_spelled_out_and_capitalised_numbers():
    text = "Twelve civilians and twenty-seven soldiers; one hundred and five homes."
    assert counts(text) == [
        ("Twelve", 0, 6, Count(12, 12, 12), "exact", "civilians"),
        ("twenty-seven", 21, 33, Count(27, 27, 27), "exact", "soldiers"),
        ("one hundred and five", 44, 64, Count(105, 105, 105), "exact", "homes"),
    ]


def test_digits_with_commas_and_scales():
    text = "The camp holds 1,500 families and the region 1.5 million people."
    assert counts(text) == [
        ("1,500", 15, 20, Count(1500, 1500, 1500), "exact", "families"),
        ("1.5 million", 45, 56, Count(1_500_000, 1_500_000, 1_500_000), "exact", "people"),
    ]


def test_head_noun_skips_adjectives_and_stops_at_verbs():
    text = "Four Israeli reservists were hurt and 30 armed men fled while 12 wounded waited."
    found = find_counts(text)
    assert [(c.text, c.noun) for c in found] == [("Four", "reservists"), ("30", "men"), ("12", "wounded")]


def test_years_dates_times_percentages_ordinals_and_money_are_not_counts():
    text = ("In 2014, and since 2005, on 3 May and May 3 at 10:30, turnout was 50 percent or 50%; "
            "the second-largest donor gave $30m to a 30-year-old pilot of an F-16 under Resolution 2334.")
    assert counts(text) == []


def test_a_year_like_figure_before_a_plural_noun_is_a_count():
    assert counts("Roughly 2000 people marched.") == [("Roughly 2000", 0, 12, Count(2000, 2000, 2000), "about", "people")]


def test_units_of_measure_are_quantities():
    text = "The convoy drove 60 kilometres, then 15km more."
    found = find_counts(text)
    assert [(c.text, c.noun, c.measure) for c in found] == [("60", "kilometres", True), ("15", "km", True)]
    assert split_counts(text) == []


def test_split_counts_keeps_each_group_apart():
    text = "The clashes killed three soldiers and 12 civilians."
    found = split_counts(text)
    assert [(c.text, c.start, c.count.best, c.noun, c.noun_start) for c in found] == [
        ("three", 19, 3, "soldiers", 25), ("12", 38, 12, "civilians", 41)]


def test_split_counts_with_a_place_between():
    text = "The strikes killed 27 in Kidal over two days, and four Malian soldiers died."
    found = split_counts(text)
    assert [(c.text, c.count.best, c.noun) for c in found] == [("27", 27, None), ("four", 4, "soldiers")]


def test_of_pronoun_leaves_the_noun_open_and_no_one_is_not_a_count():
    text = "No one was hurt, but four of them were detained."
    assert counts(text) == [("four", 21, 25, Count(4, 4, 4), "exact", None)]


def test_pounds_of_explosives_are_a_weight():
    found = find_counts("Police seized 500 pounds of explosives and 5 million euros.")
    assert [(c.text, c.noun, c.measure) for c in found] == [("500", "pounds", True)]


def test_value_keeps_the_unrounded_figure_of_a_measure():
    (found,) = find_counts("Guards fired 7.62mm rounds.")
    assert (found.text, found.count, found.value, found.noun, found.measure) == ("7.62", Count(7, 7, 7), 7.62, "mm", True)


def test_dates_found_by_the_caller_can_be_passed_in():
    text = "Raiders took 12 goats on 4 May."
    assert [c.text for c in find_counts(text, dates=[(25, 30)])] == ["12"]
    assert [c.text for c in find_counts(text, dates=[])] == ["12", "4"]
