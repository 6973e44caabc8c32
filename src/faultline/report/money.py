"""Amounts of money as a reader writes them: "$40m a year", "$30m–$50m a year", "€5m"."""
from __future__ import annotations

from faultline.model import Amount

# How each currency is printed: its usual sign, else its ISO code before the figure ("CHF 5m").
SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "ILS": "₪", "RUB": "₽", "INR": "₹",
         "TRY": "₺", "UAH": "₴", "CAD": "C$", "AUD": "A$", "EGP": "E£"}
SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))
PERIODS = {"year": "a year", "month": "a month", "week": "a week", "day": "a day",
           "quarter": "a quarter"}


def format_money(amount: Amount) -> str:
    """`amount` in a reader's short form; the text's own words when it gives no figure."""
    low = amount.low if amount.low is not None else amount.value
    high = amount.high if amount.high is not None else low
    if low is None:
        return amount.text
    figure = _sum(low, amount.currency)
    if high is not None and high != low:
        figure += "–" + _sum(high, amount.currency)
    if amount.per:
        figure += " " + PERIODS.get(amount.per, f"per {amount.per}")
    return figure + (" (shared)" if amount.shared else "")


def _sum(value: float, currency: str | None) -> str:
    number = _short(value)
    if currency is None:
        return number
    sign = SIGNS.get(currency)
    return f"{sign}{number}" if sign else f"{currency} {number}"


def _short(value: float) -> str:
    """1.2e9 -> "1.2bn", 4e7 -> "40m", 250_000 -> "250k", 750 -> "750"."""
    suffix = ""
    for size, name in SCALES:
        if abs(value) >= size:
            value, suffix = value / size, name
            break
    if abs(value) >= 100:
        number = f"{value:,.0f}"
    else:
        number = f"{value:.2f}".rstrip("0").rstrip(".")
    return number + suffix
