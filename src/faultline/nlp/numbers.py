"""Counts: the figures of a text that count people or things, UCDP-style.

`find_counts(text)` returns each figure with its offsets, a `Count(best, low, high)`, the
hedge written before it and the head noun after it ("at least 30 people" -> 30, at_least,
"people"). Conventions (vocabulary in data/numbers.yaml):

    exact      "27", "twelve", "1.5 million", "a dozen"       best = low = high = the figure
    at_least   "at least 30", "no fewer than 30"              30 / 30 / 30
    more_than  "more than 140", "over 140"                    140 / 140 / 140
    about      "about 40", "nearly 40", "some 40"             40 / 40 / 40
    up_to      "up to 50", "as many as 50"                    50 / 50 / 50
    range      "between 100 and 300", "100-300", "two or three"
                                                              best = midpoint rounded down,
                                                              low and high as written
    vague      "dozens", "hundreds of", "several hundred"     the data table's reading:
                                                              best = low = the conservative end

A hedge never moves a bound: the contract compares best estimates, and inventing "141" for
"more than 140" or a high of 50 for "about 40" would be a number no source gave. "from 20
to 30" is a change, not a range: two counts. The noun is the last word of the run after the
figure (through "of": "dozens of people"), cut at closed-class words and verbs.

Not counts: years and dates (anything `dates.find_dates` reads), times ("10:30", "9pm"),
percentages, ordinals ("3rd"), compound adjectives ("30-year-old", "three-day"), labels
("Resolution 2334") and money ("$30m", "5 million euros": see `money`). A figure before a
unit of measure ("60 kilometres", "60km") is returned with `measure=True`; `split_counts`
leaves those out.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Count
from .dates import find_dates
from .numerals import load_numbers, number_pattern, read_number
from .patterns import alternation

_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’-]*)")
_LEADING = re.compile(r"[\d,]+(?:\.\d+)?")


@dataclass
class CountMatch:
    start: int
    end: int
    text: str
    count: Count
    noun: str | None = None
    noun_start: int | None = None
    noun_end: int | None = None
    qualifier: str = "exact"
    measure: bool = False
    # the figure unrounded ("7.62mm" -> 7.62; vague: the conservative reading); None for a range
    value: float | None = None


@dataclass
class _Figure:
    start: int
    end: int
    low: float
    best: float
    high: float
    kind: str                # digits | words | vague
    multiplier: float = 1.0  # the scale written with the figure ("20 to 30 million")
    requires: str | None = None


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lex = load_numbers()
    scale = alternation(w for w, (kind, _) in lex.words.items() if kind in ("scale", "group"))
    symbols = alternation(lex.currency_symbols)
    return {
        "number": re.compile(number_pattern(glued_abbreviations=False), re.I),
        "vague": re.compile(rf"\b(?:{alternation(lex.vague)})\b(?:\s+(?:{scale})\b)?", re.I),
        "qualifier": re.compile(rf"(?<![\w])(?:{alternation(lex.qualifiers)})\s+$", re.I),
        "between": re.compile(r"(?<![\w])between\s+$", re.I),
        "range_gap": re.compile(r"\s*[-–]\s*|\s+(?:to|or)\s+", re.I),
        "from": re.compile(r"(?<![\w])from\s+$", re.I),
        "and_gap": re.compile(r"\s+and\s+", re.I),
        "currency_before": re.compile(rf"(?:{symbols}|\b(?:{alternation(lex.currency_codes)})\b)\s*$", re.I),
        "currency_after": re.compile(rf"\s*(?:of\s+)?(?:{alternation([*lex.currency_codes, *lex.currency_words])})\b"
                                     r"(?!\s+of\b)", re.I),
        "not_count_after": re.compile(rf"\s*(?:{alternation(lex.percent_words)})(?!\w)|\s*(?:{alternation(lex.time_words)})"
                                      r"(?!\w)|[:.]\d|(?:st|nd|rd|th|s)\b|['’]s\b|-(?!\d)", re.I),
        "label_before": re.compile(rf"(?:^|[^\w.])(?:{alternation(lex.label_words)})\s*$|[#:]\s*$|\d[:.]$|[A-Za-z]-$"),
        "one_before": re.compile(r"\b(?:no|the|this|that|any|every|each|which|someone|anyone)\s+$", re.I),
        "of": re.compile(r"\s+of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?", re.I),
    }


def _figures(text: str) -> list[_Figure]:
    pats, lex = _patterns(), load_numbers()
    out = []
    for m in pats["vague"].finditer(text):
        words = " ".join(m.group().lower().split())
        head, _, scale = words.rpartition(" ") if words not in lex.vague else (words, "", "")
        v = lex.vague[head]
        mult = lex.words[scale][1] if scale else 1.0
        out.append(_Figure(m.start(), m.end(), v.low * mult, v.best * mult, v.high * mult, "vague", mult,
                           None if scale else v.requires))
    taken = _Spans([(f.start, f.end) for f in out])
    for m in pats["number"].finditer(text):
        read = read_number(m.group())
        if read is None or read[0] <= 0 and m.group().lower() != "zero":
            continue
        end = m.start() + read[1]
        if taken.overlaps(m.start(), end):
            continue
        kind = "digits" if m.group()[0].isdigit() else "words"
        base = float(_LEADING.match(m.group())[0].replace(",", "")) if kind == "digits" else read[0]
        mult = read[0] / base if kind == "digits" and base else 1.0
        out.append(_Figure(m.start(), end, read[0], read[0], read[0], kind, mult))
    return sorted(out, key=lambda f: f.start)


def _excluded(text: str, fig: _Figure, end: int) -> bool:
    """Whether the figure (or the range it opens, ending at `end`) is not a count."""
    pats = _patterns()
    before, after = text[max(0, fig.start - 30):fig.start], text[end:end + 30]
    if pats["currency_before"].search(before) or pats["currency_after"].match(after):
        return True
    if fig.kind == "vague":
        return False
    if pats["not_count_after"].match(after) or pats["label_before"].search(before):
        return True
    word = text[fig.start:fig.end].lower()
    if word == "one" and (pats["one_before"].search(before) or re.match(r"\s+another\b", after)):
        return True
    if end == fig.end and fig.kind == "digits" and re.fullmatch(r"1[89]\d\d|20\d\d", word):
        return not _plural_noun(text, fig.end)     # a bare year-like figure: "2000 people" counts
    return False


def _plural_noun(text: str, end: int) -> bool:
    noun = _noun(text, end)
    return bool(noun) and (noun[0].endswith("s") or noun[0].lower() in load_numbers().irregular_plurals)


def _noun(text: str, end: int) -> tuple[str, int, int] | None:
    """The head noun after a figure: the last word of the run of words that follows it,
    through "of" ("dozens of people"), stopping at closed-class words and verbs."""
    lex, pats = load_numbers(), _patterns()
    glued = re.match(r"[A-Za-z]+(?:/[a-z]+)?", text[end:end + 12])
    if glued:
        return glued.group(), end, end + glued.end()
    of = pats["of"].match(text, end)
    if of:
        pronoun = _WORD.match(text, of.end())
        if pronoun and pronoun[1].lower() in lex.of_pronouns:
            return None
        end = of.end()
    run: list[re.Match[str]] = []
    pos = end
    while len(run) < 4:
        w = _WORD.match(text, pos)
        if not w or (pos > end and not text[pos:w.start(1)].isspace()) or "\n" in text[pos:w.start(1)]:
            break
        word = w[1].lower()
        if word in lex.noun_stops or (run and (word.endswith(("ed", "ing", "ly")) or word in lex.measures
                                               or word in lex.participle_nouns)):
            break
        if not run and word.endswith(("ed", "ing")) and word not in lex.participle_nouns:
            follow = _WORD.match(text, w.end())
            if not (follow and text[w.end():follow.start(1)] == " " and follow[1].lower() not in lex.noun_stops):
                break
        run.append(w)
        pos = w.end()
        if word in lex.measures:
            break
    if not run:
        return None
    head = run[-1]
    noun = head[1].rstrip("'’")
    return noun, head.start(1), head.start(1) + len(noun)


def find_counts(text: str, dates: list[tuple[int, int]] | None = None) -> list[CountMatch]:
    """Every count in `text`, in order; see the module docstring for the conventions.

    `dates` are the (start, end) spans of the text's dates when the caller has them
    already (from `dates.find_dates`); otherwise they are found here."""
    pats, lex = _patterns(), load_numbers()
    spans = _Spans(dates if dates is not None else [(d.start, d.end) for d in find_dates(text)])
    figures = [f for f in _figures(text) if not spans.overlaps(f.start, f.end)]
    out: list[CountMatch] = []
    i = 0
    while i < len(figures):
        fig, qualifier, start = figures[i], "exact", figures[i].start
        low, best, high, end = fig.low, fig.best, fig.high, fig.end
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        between = pats["between"].search(text, max(0, start - 10), start)
        if nxt and _ranged(text, fig, nxt, bool(between)):
            first = fig.low * nxt.multiplier if fig.multiplier == 1 and nxt.multiplier > 1 else fig.low
            if nxt.high > first:
                low, high, end, qualifier = first, nxt.high, nxt.end, "range"
                best = (low + high) // 2
                start = between.start() if between else start
                i += 1
        i += 1
        if _excluded(text, fig, end):
            continue
        if fig.kind == "vague":
            qualifier = "vague"
        elif qualifier == "exact":
            hedge = pats["qualifier"].search(text, max(0, start - 25), start)
            if hedge:
                phrase = " ".join(hedge.group().lower().split())
                qualifier, start = lex.qualifiers[phrase], hedge.start()
        noun = _noun(text, end)
        if fig.requires == "of" and not pats["of"].match(text, end):
            continue
        if fig.requires == "noun" and not (noun or pats["of"].match(text, end)):
            continue
        count = Count(int(best), int(low), int(high))
        measure = bool(noun) and noun[0].lower() in lex.measures
        out.append(CountMatch(start, end, text[start:end], count, *(noun or (None, None, None)),
                              qualifier=qualifier, measure=measure, value=best if qualifier != "range" else None))
    return out


def _ranged(text: str, fig: _Figure, nxt: _Figure, between: bool) -> bool:
    """Whether two neighbouring figures make one range ("100-300", "two or three",
    "between 100 and 300"); "from 20 to 30" is a change, not a range."""
    pats = _patterns()
    if fig.kind == "vague" or nxt.kind == "vague" or pats["from"].search(text, max(0, fig.start - 6), fig.start):
        return False
    if pats["label_before"].search(text[max(0, fig.start - 30):fig.start]):
        return False
    gap = pats["and_gap"] if between else pats["range_gap"]
    return bool(gap.fullmatch(text, fig.end, nxt.start))


class _Spans:
    """Sorted (start, end) spans, asked whether a range overlaps any of them."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)      # spans starting before `end`
        return any(e > start for _, e in self.spans[max(0, i - 3):i])


def split_counts(text: str, dates: list[tuple[int, int]] | None = None) -> list[CountMatch]:
    """The counts of `text` that stand for groups of people or things, one item per
    figure: "three soldiers and 12 civilians" is two counts, never a sum or a range
    (units of measure such as "60 kilometres" are left out)."""
    return [c for c in find_counts(text, dates) if not c.measure]
