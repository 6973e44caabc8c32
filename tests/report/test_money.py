"""Amounts as a reader writes them."""
import pytest

from faultline.model import Amount
from faultline.report.money import format_money


@pytest.mark.parametrize("amount, shown", [
    (Amount("$40 million a year", 40e6, "USD", "year", low=40e6, high=40e6), "$40m a year"),
    (Amount("between $30m and $50m a year", 30e6, "USD", "year", low=30e6, high=50e6), "$30m–$50m a year"),
    (Amount("€5 million", 5e6, "EUR"), "€5m"),
    (Amount("$1.2 billion", 1.2e9, "USD"), "$1.2bn"),
    (Amount("£200,000 per month", 2e5, "GBP", "month"), "£200k a month"),
    (Amount("2.5 million Swiss francs", 2.5e6, "CHF"), "CHF 2.5m"),
    (Amount("750 dollars", 750, "USD"), "$750"),
    (Amount("hundreds of millions", 2e8, "USD", "year", shared=True, low=2e8, high=9.99e8),
     "$200m–$999m a year (shared)"),
    (Amount("3 million", 3e6, None), "3m"),
    (Amount("an undisclosed sum"), "an undisclosed sum"),
])
def test_amounts_print_as_money(amount, shown):
    assert format_money(amount) == shown
