"""Dates: the time expressions of a text, resolved against its publication date.

`find_dates(text, published)` returns each expression with its character offsets and a
`DateRange` (ISO bounds and a precision: day, week, month, year, decade or unknown):

    absolute   "29 April", "3-6 May 2019", "May 3, 2019", "August 2018", "early May",
               "mid-June 2014", "in 1979", "the 2014 Gaza war", "the late 1980s",
               "summer of 2014", "2019-05-03"
    relative   "Friday", "Tuesday night", "last weekend", "earlier this week", "last month",
               "late last year", "yesterday", "overnight", "in recent weeks", "two days ago",
               "in the past three months", "next month"
    unanchored "two years later", "the following day": kept with null bounds, precision
               "unknown" (they count from a date the sentence names, not from publication)

Decisions (see data/dates.yaml for the words):
  * A span is the date words without a leading preposition or article: "on Friday" gives
    "Friday", "in 1979" gives "1979"; fixed phrases keep theirs ("in recent weeks").
  * A weekday alone is the latest such day on or before publication: news published on a
    Friday that says "on Friday" means that day (dateparser would pick the week before).
    "last Friday" is strictly before publication, "this Friday" on or after, "next Friday"
    strictly after.
  * A date without its year is the latest such date not after publication plus a week
    (periods.GRACE); without a publication date its bounds stay null and its precision is
    the one the words carry. Nothing is guessed.
  * Bare numbers, times and money are never dates: a four-digit year counts only after a
    context word ("in", "since", "the ... war"), month names that are also words ("May",
    "March") only beside a day or year or after a context word.
Detection is regular expressions compiled once: faster than dateparser and without its traps.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Callable

import yaml

from ..errors import DictionaryError
from ..knowledge.datafiles import load_data
from ..model import DateRange
from . import periods
from .numerals import load_numbers, number_pattern, parse_number
from .patterns import alternation

_Y = r"(?:1[5-9]\d\d|20\d\d)"
_D = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# What a reader returns: the start of the expression, its period (None when unresolved), precision.
Read = tuple[int, "tuple[date, date] | None", str] | None


@dataclass
class DateMatch:
    start: int
    end: int
    text: str
    date: DateRange


@lru_cache(maxsize=1)
def load_dates() -> dict[str, Any]:
    """data/dates.yaml, read once."""
    try:
        data = load_data("dates.yaml")
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"data/dates.yaml: {exc}") from exc
    for key in ("month_context", "year_context", "year_nouns", "unanchored", "times_of_day", "vague_counts"):
        if not all(isinstance(w, str) for w in data.get(key) or [None]):
            raise DictionaryError(f"data/dates.yaml: {key!r} must be a list of strings")
    data["parts"] = {"month": {k: tuple(v) for k, v in data["month_parts"].items()},
                     "year": {k: tuple(v) for k, v in data["year_parts"].items()},
                     "decade": {k: tuple(v) for k, v in data["decade_parts"].items()}}
    return data


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], dict[str, re.Pattern[str]]]:
    lex = load_dates()
    month, wd = alternation(lex["months"]), alternation(lex["weekdays"])
    direct = [w for w, v in lex["part_words"].items() if w == v]
    framed = [w for w, v in lex["part_words"].items() if w != v]
    part = rf"(?i:(?P<part>{alternation(direct)}|the\s+(?:{alternation(framed)})\s+of))(?:\s*-\s*|\s+)"
    num = rf"(?i:{number_pattern()})"
    units = alternation(lex["units"])
    counts = alternation([*lex["article_counts"], *lex["vague_counts"]])
    tod = alternation(lex["times_of_day"])
    found = [
        ("iso", rf"\b(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
        ("day_month", rf"(?<![\w$€£.,])(?:(?P<wd>{wd}),?\s+(?:the\s+)?)?(?P<d1>{_D})"
                      rf"(?:\s*(?:-|–|to|and)\s*(?P<d2>{_D}))?\s+(?:of\s+)?(?P<m>{month})\b(?:,?\s+(?P<y>{_Y})\b)?"),
        ("month_day", rf"(?:(?P<wd>{wd}),?\s+)?(?P<m>{month})\.?\s+(?P<d1>{_D})(?:\s*(?:-|–)\s*(?P<d2>{_D}))?"
                      rf"(?:,?\s+(?P<y>{_Y}))?\b(?![,.]?\d|\s*%)"),
        ("month", rf"(?:(?P<rel>(?i:last|this|next))\s+|{part})?\b(?P<m>{month})\b(?:,?\s+(?:of\s+)?(?P<y>{_Y})\b)?"),
        ("season", rf"(?i:(?:(?P<rel>last|this|next|past)\s+)?\b(?P<season>{alternation(lex['seasons'])}))"
                   rf"(?:\s+(?:of\s+)?(?P<y>{_Y})(?:\s*[-/–]\s*(?P<y2>{_Y}|\d\d))?)?\b"),
        ("decade", r"(?:(?P<part>(?i:early|mid|late))(?:\s*-\s*|\s+))?(?<![\w'’$])(?:(?P<dec>1[5-9]\d0|20\d0)['’]?s"
                   r"|(?P<apos>['’])?(?P<short>[2-9]0)['’]?s)\b"),
        ("year", rf"(?<![\w-])(?i:(?P<ctx>{alternation(lex['year_context'])}))(?:\s*-\s*|\s+)(?P<y>{_Y})"
                 rf"(?:\s*(?:-|–|/|to|and)\s*(?P<y2>{_Y}|\d\d))?\b(?![\d%]|['’]?s\b|,\d)"),
        ("the_year", rf"\b(?i:the)\s+(?P<y>{_Y})(?=\s+(?:[A-Z]|(?i:{alternation(lex['year_nouns'])})\b))"),
        ("weekday", rf"(?:(?P<rel>(?i:last|this\s+past|this|next))\s+)?\b(?P<wd>{wd})\b(?:\s+(?P<tod>(?i:{tod}))\b)?"),
        ("relative", rf"\b(?i:(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+))?(?P<phrase>{alternation(lex['relative'])}))\b"
                     r"(?!\s+of\b)"),
        # "ago"/"later": found by unit and cue, the count before read by context["count"]
        ("ago", rf"\b(?i:(?P<unit>{units})\s+ago)\b"),
        ("past_n", rf"\b(?i:(?:(?:in|over|during|for)\s+)?the\s+(?:past|last|previous)\s+(?P<n>{num})\s+(?P<unit>{units}))\b"
                   r"(?!\s+of\b)"),
        ("later", rf"\b(?i:(?P<unit>{units}|hours?|minutes?)\s+(?:later|earlier|afterwards|after\s+that|before\s+that))\b"),
        ("unanchored", rf"\b(?i:{alternation(lex['unanchored'])})\b"),
    ]
    context = {
        "count": re.compile(rf"(?P<n>\b(?i:{counts})\b|{num})\s+$"),
        "month": re.compile(rf"(?<!\w)(?i:{alternation(lex['month_context'])})\s+$"),
        "the": re.compile(r"(?<!\w)the\s+$", re.I),
    }
    return [(name, re.compile(source)) for name, source in found], context


def _published(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def find_dates(text: str, published: str | None = None) -> list[DateMatch]:
    """Every date expression of `text`; see the module docstring. Several stages ask for
    the same document's dates, so the last few answers are kept."""
    return list(_find_dates(text, published))


@lru_cache(maxsize=4)
def _find_dates(text: str, published: str | None) -> tuple[DateMatch, ...]:
    return tuple(_search_dates(text, published))


def _search_dates(text: str, published: str | None = None) -> list[DateMatch]:
    """Time expressions in `text`, in order, none overlapping (the longest wins)."""
    pub = _published(published)
    patterns, context = _patterns()
    found: list[tuple[int, int, int, Read]] = []
    for rank, (name, pattern) in enumerate(patterns):
        for match in pattern.finditer(text):
            read = _read(name, match, pub, text, context)
            if read is not None:
                found.append((read[0], match.end(), rank, read))
    found.sort(key=lambda f: (f[0], f[0] - f[1], f[2]))
    out: list[DateMatch] = []
    for start, end, _, (_, period, precision) in found:
        if out and start < out[-1].end:
            continue
        first, last = (period[0].isoformat(), period[1].isoformat()) if period else (None, None)
        out.append(DateMatch(start, end, text[start:end], DateRange(first, last, precision, text[start:end])))
    return out



def _read(name: str, match: re.Match[str], pub: date | None, text: str, context: dict) -> Read:
    """What reader `name` makes of `match`; None when it is not a date.

    A calendar has years 1 to 9999 (`datetime.date`'s), and a period counted from a
    publication date near either end can fall outside them ("tomorrow" in a text published
    9999-12-31, "last year" in one published 0001-01-01, "10000 days ago"): such an
    expression is read as though there were no publication date, kept with null bounds
    rather than dropped or raised on. Every reader's date arithmetic goes through here.
    """
    for anchor in (pub, None) if pub else (None,):
        try:
            return _READERS[name](match, anchor, text, context)
        except (ValueError, OverflowError):
            continue  # without an anchor, a ValueError is "31 April": not a calendar date
    return None


def _int(value: str) -> int:
    return int(value.rstrip("stndrh"))


def _read_day(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    month = load_dates()["months"][m["m"]]
    first, last = _int(m["d1"]), _int(m["d2"]) if m["d2"] else _int(m["d1"])
    if last < first:
        return None
    year = int(m["y"]) if m["y"] else periods.year_of_day(month, first, pub) if pub else None
    if year is None:
        date(2000, month, last)  # still reject "31 April"
        return m.start(), None, "day"
    return m.start(), (date(year, month, first), date(year, month, last)), "day"


def _read_month(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    lex = load_dates()
    month, part, rel = lex["months"][m["m"]], m["part"], m["rel"]
    if not (m["y"] or part or rel) and (m["m"] in lex["ambiguous_months"] or not m["m"].istitle()):
        if not ctx["month"].search(text, max(0, m.start() - 20), m.start()):
            return None
    if m["y"]:
        year = int(m["y"])
    elif pub is None:
        return m.start(), None, "month"
    else:
        year = periods.year_of_month(month, pub, rel.lower() if rel else None)
    if part:
        key = lex["part_words"][part.split()[1] if part.lower().startswith("the") else part.lower()]
        return m.start(), periods.month_part(year, month, lex["parts"]["month"][key]), "month"
    return m.start(), periods.month_period(year, month), "month"


def _read_season(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    months = tuple(load_dates()["seasons"][m["season"].lower()])
    if m["y"]:
        return m.start(), periods.season_period(int(m["y"]), months), "month"
    if not m["rel"]:
        return None
    rel = "last" if m["rel"].lower() == "past" else m["rel"].lower()
    return m.start(), periods.season_relative(months, pub, rel) if pub else None, "month"


def _read_decade(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    if m["short"] and not (m["apos"] or m["part"] or ctx["the"].search(text, max(0, m.start() - 5), m.start())):
        return None
    decade = int(m["dec"]) if m["dec"] else 1900 + int(m["short"])
    part = load_dates()["parts"]["decade"].get(m["part"].lower()) if m["part"] else None
    return m.start(), periods.decade_period(decade, part), "decade"


def _read_year(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    lex = load_dates()
    words = m["ctx"].lower().split()
    if words[-1] in ("to", "of", "and", "around", "circa", "from", "between", "by") and _plural_follows(text, m.end()):
        return None
    first, last = int(m["y"]), int(m["y"])
    if m["y2"]:
        last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
        if last <= first:
            return None
    if words[-1] in lex["part_words"] or (words[0] == "the" and words[1] in lex["part_words"]):
        key = lex["part_words"][words[-1] if words[0] != "the" else words[1]]
        offset = m["ctx"].lower().find("the") if words[0] == "the" else m["ctx"].lower().rfind(words[-1])
        start = m.start("ctx") + offset
        return start, (periods.year_part(first, lex["parts"]["year"][key])[0],
                       periods.year_part(last, lex["parts"]["year"][key])[1]), "year"
    return m.start("y"), (date(first, 1, 1), date(last, 12, 31)), "year"


def _plural_follows(text: str, end: int) -> bool:
    word = re.match(r"\s+([a-z]+)\b", text[end:end + 30])
    return bool(word) and (word[1].endswith("s") or word[1] in load_numbers().irregular_plurals)


def _read_weekday(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    if pub is None:
        return m.start(), None, "day"
    weekday = load_dates()["weekdays"][m["wd"]]
    rel = " ".join(m["rel"].lower().split()) if m["rel"] else None
    back = (pub.weekday() - weekday) % 7
    if rel in ("last", "this past"):
        back = back or 7
    elif rel in ("this", "next"):
        ahead = (weekday - pub.weekday()) % 7
        day = date.fromordinal(pub.toordinal() + (ahead or 7 if rel == "next" else ahead))
        return m.start(), (day, day), "day"
    day = date.fromordinal(pub.toordinal() - back)
    return m.start(), (day, day), "day"


def _read_relative(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    lex = load_dates()
    spec = lex["relative"][" ".join(m["phrase"].lower().split())]
    part = m["part"].lower() if m["part"] else None
    unit = spec.get("unit")
    start = m.start() if part and unit in ("month", "year") and "part" not in spec else m.start("phrase")
    if start != m.start():
        part = None
    if pub is None:
        return start, None, spec.get("precision") or ("week" if unit == "weekend" else unit)
    period, precision = periods.anchored(spec, pub, lex["parts"], part)
    return start, period, precision


def _count(words: str) -> int | None:
    words, counts = " ".join(words.lower().split()), load_dates()["article_counts"]
    if words in counts:
        return counts[words]
    value = parse_number(words)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _read_ago(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    """"two days ago", "a week ago": the count is read just before the unit."""
    before = ctx["count"].search(text, max(0, m.start() - 40), m.start())
    if before is None:
        return None
    unit, n = load_dates()["units"][m["unit"].lower()], _count(before["n"])
    if n is None:
        return before.start(), None, "unknown"
    precision = "week" if unit == "fortnight" else unit
    return before.start(), periods.unit_period(unit, pub - periods.shift(unit, n)) if pub else None, precision


def _read_later(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    before = ctx["count"].search(text, max(0, m.start() - 40), m.start())
    return (before.start(), None, "unknown") if before else None


def _read_past_n(m: re.Match[str], pub: date | None, text: str, ctx: dict) -> Read:
    unit, n = load_dates()["units"][m["unit"].lower()], _count(m["n"])
    if n is None:
        return None
    precision = "week" if unit == "fortnight" else unit
    return m.start(), (pub - periods.shift(unit, n), pub) if pub else None, precision


_READERS: dict[str, Callable[..., Read]] = {
    "iso": lambda m, pub, text, ctx: (m.start(), (date(*map(int, m.group("y", "m", "d"))),) * 2, "day"),
    "day_month": _read_day, "month_day": _read_day, "month": _read_month,
    "season": _read_season, "decade": _read_decade, "year": _read_year,
    "the_year": lambda m, pub, text, ctx: (m.start("y"), periods.year_period(int(m["y"])), "year"),
    "weekday": _read_weekday, "relative": _read_relative, "ago": _read_ago, "past_n": _read_past_n,
    "later": _read_later,
    "unanchored": lambda m, pub, text, ctx: (m.start(), None, "unknown"),
}
