"""faultline.nlp.money: amounts, currencies and periods (sentences written for these tests)."""
import pytest

from faultline.model import Amount
from faultline.nlp.money import find_amounts


def amounts(text):
    found = find_amounts(text)
    for a in found:
        assert text[a.start:a.end] == a.amount.text == a.text
    return found


def one(text):
    found = amounts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, span, value, currency, per", [
    ("The militia gets $30m annually from its patron.", "$30m annually", 30e6, "USD", "year"),
    ("A single shipment was worth $70m.", "$70m", 70e6, "USD", None),
    ("Donors pledged an average $1bn to the fund.", "$1bn", 1e9, "USD", None),
    ("The programme costs $1.2 billion a year.", "$1.2 billion a year", 1.2e9, "USD", "year"),
    ("Brussels released €5 million in aid.", "€5 million", 5e6, "EUR", None),
    ("The charity raised £200,000 last spring.", "£200,000", 200_000, "GBP", None),
    ("The grant was 5 million euros.", "5 million euros", 5e6, "EUR", None),
    ("A transfer of USD 3m was traced.", "USD 3m", 3e6, "USD", None),
    ("Salaries cost $25 million a year.", "$25 million a year", 25e6, "USD", "year"),
    ("Fighters were paid $400 per month.", "$400 per month", 400, "USD", "month"),
    ("The office spends $2m monthly.", "$2m monthly", 2e6, "USD", "month"),
    ("It sends $3m each year to the group.", "$3m each year", 3e6, "USD", "year"),
    ("An annual $4m budget was approved.", "annual $4m", 4e6, "USD", "year"),
    ("Fees reached 10,000 shekels.", "10,000 shekels", 10_000, "ILS", None),
    ("The fund holds five million dollars.", "five million dollars", 5e6, "USD", None),
    ("Investors moved 3m USD offshore.", "3m USD", 3e6, "USD", None),
    ("Ankara paid $50 million a week.", "$50 million a week", 50e6, "USD", "week"),
])
def test_amounts_value_currency_and_period(text, span, value, currency, per):
    found = one(text)
    assert found.amount == Amount(span, value, currency, per, low=value, high=value)
    assert found.start == text.index(span)
    assert found.low == found.high == value


def test_vague_amount_takes_the_low_reading_and_keeps_the_spread():
    text = "Ankara sends hundreds of millions of dollars each year to allies."
    found = one(text)
    assert (found.start, found.end) == (13, 54)
    assert found.amount == Amount("hundreds of millions of dollars each year", 2e8, "USD", "year", low=2e8, high=999_999_999)
    assert (found.low, found.high) == (2e8, 999_999_999)


def test_several_million_multiplies_the_vague_reading():
    found = one("Smugglers earned several million dollars.")
    assert found.amount == Amount("several million dollars", 3e6, "USD", None, low=3e6, high=9e6)
    assert (found.low, found.high) == (3e6, 9e6)


def test_range_shares_the_scale_of_its_second_figure():
    found = one("The deal was worth $20-30m to the seller.")
    assert found.amount == Amount("$20-30m", 20e6, "USD", None, low=20e6, high=30e6)
    assert (found.low, found.high) == (20e6, 30e6)


def test_a_year_ago_is_not_a_period():
    found = one("They paid $5m a year ago.")
    assert found.amount == Amount("$5m", 5e6, "USD", None, low=5e6, high=5e6)


def test_pounds_of_explosives_are_not_money_and_plain_counts_are_not_amounts():
    assert amounts("Police found 500 pounds of explosives and 30 rifles.") == []


def test_several_amounts_in_one_sentence_keep_their_own_offsets():
    text = "Iran gave $70m in 2018 and €12m in 2019."
    found = amounts(text)
    assert [(a.start, a.end, a.amount.value, a.amount.currency) for a in found] == [
        (10, 14, 70e6, "USD"), (27, 31, 12e6, "EUR")]


def test_between_two_figures_is_one_range_with_the_second_figures_period():
    (m,) = find_amounts("The fund gives the group between $12 million and $15 million a year.")
    assert (m.amount.value, m.amount.low, m.amount.high, m.amount.per) == (12e6, 12e6, 15e6, "year")
    assert m.amount.text == "$12 million and $15 million a year"


def test_two_sums_in_a_row_stay_two():
    assert len(find_amounts("It paid $5m in May and then $7m in June.")) == 2
