"""Money: the amounts of a text, with their currency and how often they recur.

`find_amounts(text)` returns each amount with its offsets and an `Amount(text, value,
currency, per)` as the contract has it:

    "$30m annually"                 30e6 USD per year     "$70m"          70e6 USD
    "$1.2 billion a year"           1.2e9 USD per year    "€5 million"    5e6 EUR
    "5 million euros"               5e6 EUR               "USD 3m"        3e6 USD
    "£200,000 per month"            2e5 GBP per month     "an annual $4m" 4e6 USD per year
    "hundreds of millions of dollars each year"           2e8 USD per year (low 2e8, high 9.99e8)

Decisions (vocabulary in data/numbers.yaml):
  * `value` is the conservative reading: for a vague amount ("hundreds of millions") and a
    range ("$20-30m") it is the low end; `AmountMatch.low`/`high` keep the spread (both equal
    `value` for an exact amount).
  * A bare "$" is US dollars; "m" glued to a figure is million ("$70m"), "bn" billion.
  * `per` is year, month, week, day or quarter when a period word follows ("annually",
    "a year", "per month", "each year") or a period adjective comes just before ("annual");
    "a year ago" is not a period. Words before the figure ("an average") are left out of
    the span: `Amount.text` is the figure, its currency and its period.
  * "500 pounds of explosives" is a weight, not money.
  * "between $30m and $50m a year" is one amount, low 30e6 and high 50e6, its period the
    second figure's; `Amount.low`/`high` carry every range to the contract.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Amount
from .numerals import load_numbers, number_pattern, read_number
from .patterns import alternation

_LEADING = re.compile(r"[\d,]+(?:\.\d+)?")


@dataclass
class AmountMatch:
    start: int
    end: int
    amount: Amount
    low: float | None = None
    high: float | None = None

    @property
    def text(self) -> str:
        return self.amount.text


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = load_numbers()
    num = rf"(?i:{number_pattern()})"
    rng = rf"(?:\s*(?:-|–|\bto\b)\s*(?:{alternation(lex.currency_symbols)})?\s?(?P<n2>{num}))?"
    codes = alternation(c.upper() for c in lex.currency_codes if c.isalpha() and len(c) <= 3)
    plain = [w for w in lex.currency_words if w not in lex.ambiguous_currency_words]
    words = rf"(?i:{alternation(plain)}|(?:{alternation(lex.ambiguous_currency_words)})(?!\s+of\b))"
    scale = alternation(w for w, (kind, _) in lex.words.items() if kind == "scale")
    vague = alternation(lex.vague)
    distributive = alternation(lex.distributives)
    return {
        "symbol": re.compile(rf"(?P<cur>{alternation(lex.currency_symbols)})\s?(?P<n>{num}){rng}"),
        "code": re.compile(rf"\b(?P<cur>{codes})\s?(?P<n>{num}){rng}"),
        "after": re.compile(rf"(?P<n>{num}){rng}\s*(?:(?P<cur>{codes})\b|(?:of\s+)?(?P<word>{words})\b)"),
        "vague": re.compile(rf"\b(?P<v>(?i:{vague}))(?:\s+(?P<scale>(?i:{scale})))?\s+(?:of\s+)?(?P<word>{words})\b"),
        "period": re.compile(rf"(?i:\s*(?:(?P<adv>{alternation(lex.period_adverbs)})\b|(?:{distributive})\s+"
                             rf"(?P<noun>{alternation(lex.period_nouns)})\b(?!\s+(?:ago|later|earlier|before|after)\b)))"),
        "adjective": re.compile(rf"(?i:\b(?P<adj>{alternation(lex.period_adjectives)})\s+$)"),
    }


def _currency(match: re.Match[str]) -> str | None:
    lex = load_numbers()
    cur = match.groupdict().get("cur")
    if cur:
        return lex.currency_symbols.get(cur) or lex.currency_codes.get(cur.lower())
    word = match.groupdict().get("word")
    return lex.currency_words.get(" ".join(word.lower().split())) if word else None


def _value(text: str) -> tuple[float, float] | None:
    """A figure's value and the scale written with it ("30m" -> (3e7, 1e6))."""
    read = read_number(text)
    if not read or read[0] <= 0:
        return None
    base = float(_LEADING.match(text)[0].replace(",", "")) if text[0].isdigit() else read[0]
    return read[0], read[0] / base if base else 1.0


def _read(name: str, m: re.Match[str]) -> tuple[float, float] | None:
    """The low and high values of one match."""
    lex = load_numbers()
    if name == "vague":
        spec = lex.vague[" ".join(m["v"].lower().split())]
        mult = lex.words[m["scale"].lower()][1] if m["scale"] else 1.0
        return spec.low * mult, spec.high * mult
    first = _value(m["n"])
    if first is None:
        return None
    second = _value(m["n2"]) if m["n2"] else None
    if second is None:
        return first[0], first[0]
    low = first[0] * second[1] if first[1] == 1 and second[1] > 1 else first[0]   # "$20-30m"
    return (low, second[0]) if second[0] > low else None


def find_amounts(text: str) -> list[AmountMatch]:
    """Every money amount in `text`, in order, none overlapping (the longest wins)."""
    pats, lex = _patterns(), load_numbers()
    found: list[tuple[int, int, str, re.Match[str]]] = []
    for name in ("symbol", "code", "after", "vague"):
        for m in pats[name].finditer(text):
            found.append((m.start(), m.end(), name, m))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out: list[AmountMatch] = []
    for start, end, name, m in found:
        if out and start < out[-1].end:
            continue
        values = _read(name, m)
        currency = _currency(m)
        if values is None or currency is None:
            continue
        per = None
        period = pats["period"].match(text, end)
        if period:
            per = lex.period_adverbs.get(" ".join((period["adv"] or "").lower().split())) \
                or lex.period_nouns.get((period["noun"] or "").lower())
            end = period.end()
        adjective = pats["adjective"].search(text, max(0, start - 12), start)
        if adjective and per is None:
            per, start = lex.period_adjectives[adjective["adj"].lower()], adjective.start()
        amount = Amount(text[start:end], values[0], currency, per, low=values[0], high=values[1])
        out.append(AmountMatch(start, end, amount, values[0], values[1]))
    return _ranges(text, out)


# "between $30m and $50m a year", "from $1m to $2m": two figures that bound one sum
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s+(?:and|to)\s+$", re.I)


def _ranges(text: str, found: list[AmountMatch]) -> list[AmountMatch]:
    out: list[AmountMatch] = []
    for match in found:
        first = out[-1] if out else None
        if first is not None and first.amount.currency == match.amount.currency \
                and _RANGE_JOIN.fullmatch(" " + text[first.end:match.start] + " ") \
                and _RANGE_OPEN.search(text[max(0, first.start - 12):first.start]) \
                and (first.low or 0) <= (match.high or 0):
            low, high = first.low, match.high
            amount = Amount(text[first.start:match.end], low, match.amount.currency,
                            match.amount.per or first.amount.per, low=low, high=high)
            out[-1] = AmountMatch(first.start, match.end, amount, low, high)
        else:
            out.append(match)
    return out
