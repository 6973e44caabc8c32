"""Numerals: reading a written figure ("1,500", "3.2bn", "twenty-seven", "half a million").

The vocabulary (number words, scales, abbreviations, vague quantifiers, hedges, currencies,
period words) is data: data/numbers.yaml, loaded once into a `NumberLexicon`. This module
holds the grammar: one regular expression that finds figures in running text
(`number_pattern`) and the evaluator that turns a found figure into a value (`read_number`).
`numbers` (counts) and `money` (amounts) build on both.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import DictionaryError
from ..knowledge.datafiles import LOADER
from .patterns import alternation

_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# The largest figure read. No count or sum in a report comes near it (the largest banknote
# ever printed was 1e20 pengő), while a run of digits can be any length: 400 nines are an
# infinite float, which no count (int) or JSON number can hold. Far below the float limit
# (1.8e308), so a figure times the scales a range shares ("20-30 million": 1e12 at most,
# twice) stays finite too. A larger figure is not read at all: no value beats a made-up one.
MAX_FIGURE = 1e100
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+")


@dataclass(frozen=True)
class Vague:
    """A vague quantifier's reading ("dozens": 24..99, best 24) and what must follow it."""
    low: float
    best: float
    high: float
    requires: str | None = None


@dataclass(frozen=True)
class NumberLexicon:
    words: dict[str, tuple[str, float]]      # "twelve" -> ("unit", 12); kinds: unit ten scale group
    abbreviations: dict[str, float]          # "bn" -> 1e9
    count_abbreviations: frozenset[str]
    vague: dict[str, Vague]
    qualifiers: dict[str, str]               # "at least" -> "at_least"
    label_words: frozenset[str]
    percent_words: tuple[str, ...]
    time_words: tuple[str, ...]
    measures: frozenset[str]
    noun_stops: frozenset[str]
    participle_nouns: frozenset[str]
    of_pronouns: frozenset[str]
    irregular_plurals: frozenset[str]
    currency_symbols: dict[str, str]         # "€" -> "EUR"
    currency_codes: dict[str, str]           # "usd" -> "USD" (lower-cased keys)
    currency_words: dict[str, str]           # "euros" -> "EUR" (lower-cased keys)
    ambiguous_currency_words: frozenset[str]
    period_adverbs: dict[str, str]
    period_adjectives: dict[str, str]
    period_nouns: dict[str, str]
    distributives: tuple[str, ...]


def _strings(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DictionaryError(f"data/numbers.yaml: {key!r} must be a list of strings")
    return value


def _mapping(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise DictionaryError(f"data/numbers.yaml: {key!r} must be a mapping with string keys")
    return value


@lru_cache(maxsize=1)
def load_numbers() -> NumberLexicon:
    """The shipped number vocabulary (data/numbers.yaml), read once."""
    source = resources.files("faultline") / "data" / "numbers.yaml"
    try:
        data = yaml.load(source.read_text(encoding="utf-8"), Loader=LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"data/numbers.yaml: {exc}") from exc
    words: dict[str, tuple[str, float]] = {}
    for kind, key in (("unit", "units"), ("ten", "tens"), ("scale", "scales"), ("group", "groups")):
        words.update({w: (kind, float(v)) for w, v in _mapping(data, key).items()})
    symbols: dict[str, str] = {}
    codes: dict[str, str] = {}
    currency_words: dict[str, str] = {}
    for iso, entry in _mapping(data, "currencies").items():
        symbols.update({s: iso for s in entry.get("symbols") or []})
        codes.update({c.lower(): iso for c in entry.get("codes") or []})
        currency_words.update({w.lower(): iso for w in entry.get("words") or []})
    qualifiers = {phrase: name for name, phrases in _mapping(data, "qualifiers").items() for phrase in phrases}
    return NumberLexicon(
        words=words,
        abbreviations={k: float(v) for k, v in _mapping(data, "abbreviations").items()},
        count_abbreviations=frozenset(_strings(data, "count_abbreviations")),
        vague={k: Vague(float(v["low"]), float(v["best"]), float(v["high"]), v.get("requires"))
               for k, v in _mapping(data, "vague").items()},
        qualifiers=qualifiers,
        label_words=frozenset(_strings(data, "label_words")),
        percent_words=tuple(_strings(data, "percent_words")),
        time_words=tuple(_strings(data, "time_words")),
        measures=frozenset(w.lower() for w in _strings(data, "measures")),
        noun_stops=frozenset([*_strings(data, "noun_stops"), *_strings(data, "verb_stops")]),
        participle_nouns=frozenset(_strings(data, "participle_nouns")),
        of_pronouns=frozenset(_strings(data, "of_pronouns")),
        irregular_plurals=frozenset(w.lower() for w in _strings(data, "irregular_plurals")),
        currency_symbols=symbols,
        currency_codes=codes,
        currency_words=currency_words,
        ambiguous_currency_words=frozenset(_strings(data, "ambiguous_currency_words")),
        period_adverbs=dict(_mapping(data, "period_adverbs")),
        period_adjectives=dict(_mapping(data, "period_adjectives")),
        period_nouns=dict(_mapping(data, "period_nouns")),
        distributives=tuple(_strings(data, "distributives")),
    )


@lru_cache(maxsize=2)
def number_pattern(glued_abbreviations: bool = True) -> str:
    """Regex source (no groups) of one written figure: digits with an optional scale
    ("1.5 million", "3.2bn") or a run of number words ("one hundred and five")."""
    lex = load_numbers()
    scale = alternation(w for w, (kind, _) in lex.words.items() if kind in ("scale", "group"))
    word = alternation(lex.words)
    abbr = alternation(lex.abbreviations if glued_abbreviations else lex.count_abbreviations)
    digits = (rf"(?<![\w.,]){_DIGITS}(?:(?:{abbr})\b|(?:\s*-\s*|\s+)(?:{scale})\b(?:\s+(?:{scale})\b)?)?"
              r"(?![\d])")
    # A run of words matches one way, and whole (`*+`: no giving words back). When a pattern
    # around it failed (money's figure with no currency after it), the regex engine used to
    # retry every shorter run, and every way to split "twenty-one" (one word, or two and a
    # "-"): 20 of them in a row took minutes. No shorter run can succeed where the whole
    # failed, since what follows a shorter one is the run's next word.
    one_word = rf"(?:{word})\b"
    words = (rf"\b(?:(?:half\s+an?|an?)\s+(?=(?:{scale})\b))?{one_word}"
             rf"(?:(?:\s+and\s+|\s+|-){one_word})*+")
    return rf"(?:{digits}|{words})"


def read_number(text: str) -> tuple[float, int] | None:
    """The value of the figure at the start of `text` and how many characters it takes.

    `text` is what `number_pattern` matched; a run of words is read as far as it makes a
    number ("two three" stops after "two"; a trailing "and" is left out). None when there is
    no figure, or one above `MAX_FIGURE`.
    """
    read = _read_figure(text)
    return read if read is None or read[0] <= MAX_FIGURE else None


def _read_figure(text: str) -> tuple[float, int] | None:
    lex = load_numbers()
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        return None
    first = tokens[0].group()
    if first[0].isdigit():
        value = float(first.replace(",", ""))
        end = tokens[0].end()
        for tok in tokens[1:]:
            word = tok.group().lower()
            if tok.start() == end and word in lex.abbreviations:
                value *= lex.abbreviations[word]
            elif word in lex.words and lex.words[word][0] in ("scale", "group"):
                value *= lex.words[word][1]
            else:
                break
            end = tok.end()
        return value, end
    return _read_words(tokens, lex)


def _read_words(tokens: list[re.Match[str]], lex: NumberLexicon) -> tuple[float, int] | None:
    total, current, last, end, half = 0.0, 0.0, None, 0, False
    best: tuple[float, int] | None = None
    for i, tok in enumerate(tokens):
        word = tok.group().lower()
        kind, value = lex.words.get(word, (word, 0.0))
        if word == "half" and last is None:
            half, last = True, "half"
            continue
        if word in ("a", "an") and last in (None, "half"):
            current, last = 0.5 if half else 1.0, "a"
            continue
        if word == "and":
            nxt = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
            if last in ("hundred", "big") and lex.words.get(nxt, ("",))[0] in ("unit", "ten"):
                last = "and"
                continue
            break
        if kind == "unit" and (last in (None, "hundred", "big", "and") or (last == "ten" and 1 <= value <= 9)):
            current += value
        elif kind == "ten" and last in (None, "hundred", "big", "and"):
            current += value
        elif kind == "scale" and value == 100 and last in ("unit", "ten", "a"):
            current = current * 100
            kind = "hundred"
        elif kind == "scale" and last in ("unit", "ten", "hundred", "a", "group"):
            total += current * value
            current, kind = 0.0, "big"
        elif kind == "group" and last in ("unit", "ten", "a"):
            current *= value
        else:
            break
        last, end = kind, tok.end()
        best = (total + current, end)
    return best


def parse_number(text: str) -> float | None:
    """The value of a figure written alone: "1,500" -> 1500.0, "twenty-seven" -> 27.0,
    "3.2bn" -> 3.2e9, "half a million" -> 5e5, "$70m" -> 7e7 (the currency is ignored).
    None when `text` is not one figure."""
    lex = load_numbers()
    body = text.strip()
    for symbol in sorted(lex.currency_symbols, key=len, reverse=True):
        if body.startswith(symbol):
            body = body[len(symbol):].lstrip()
            break
    head, _, rest = body.partition(" ")
    if head.lower() in lex.currency_codes and rest:
        body = rest.strip()
    match = _full_number().fullmatch(body)
    if not match:
        return None
    read = read_number(body)
    return read[0] if read and read[1] == len(body) else None


@lru_cache(maxsize=1)
def _full_number() -> re.Pattern[str]:
    return re.compile(number_pattern(), re.I)
