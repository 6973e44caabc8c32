"""Calendar periods: the first and last day of a day, week, weekend, month, season, year or
decade, parts of them ("early May", "the late 1980s"), and periods counted from a
publication date ("last week", "earlier this month", "three weeks ago").

Pure date arithmetic on `datetime.date` with dateutil's relativedelta; what the words mean
(which part is "early", what "in recent weeks" covers) comes from data/dates.yaml through
the callers. Weeks run Monday to Sunday (ISO 8601).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

Period = tuple[date, date]
# A date written without its year is read as the latest such date not after publication
# plus this many days: a report may name an event planned for the coming days.
GRACE = timedelta(days=7)


def month_period(year: int, month: int) -> Period:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_period(year: int) -> Period:
    return date(year, 1, 1), date(year, 12, 31)


def week_period(day: date) -> Period:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def weekend_period(day: date, offset: int | str) -> Period:
    """The Saturday and Sunday of `day`'s week moved by `offset` weeks; "latest" is the
    weekend on or before `day` (its own weekend when `day` is a Saturday or Sunday)."""
    if offset == "latest":
        offset = 0 if day.weekday() >= 5 else -1
    saturday = day - timedelta(days=day.weekday()) + timedelta(days=5 + 7 * int(offset))
    return saturday, saturday + timedelta(days=1)


def decade_period(decade: int, part: tuple[int, int] | None = None) -> Period:
    first, last = part or (0, 9)
    return date(decade + first, 1, 1), date(decade + last, 12, 31)


def month_part(year: int, month: int, part: tuple[int, int]) -> Period:
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(part[0], last_day)), date(year, month, min(part[1], last_day))


def year_part(year: int, part: tuple[int, int]) -> Period:
    return date(year, part[0], 1), month_period(year, part[1])[1]


def season_period(year: int, months: tuple[int, int]) -> Period:
    """A season starting in `year`; one that crosses New Year ends in the next year."""
    first, last = months
    end_year = year + 1 if last < first else year
    return date(year, first, 1), month_period(end_year, last)[1]


def year_of_month(month: int, published: date, relation: str | None = None) -> int:
    """The year of a month named without one: "last"/"this"/"next" March, or the latest
    March starting no later than publication (plus GRACE)."""
    if relation == "this":
        return published.year
    if relation == "last":
        return published.year if month < published.month else published.year - 1
    if relation == "next":
        return published.year if month > published.month else published.year + 1
    return published.year if date(published.year, month, 1) <= published + GRACE else published.year - 1


def year_of_day(month: int, day: int, published: date) -> int:
    """The year of "29 April" written without one: the latest such day not after
    publication plus GRACE (29 February falls back to the last leap year)."""
    year = published.year
    for candidate in range(year, year - 8, -1):
        try:
            if date(candidate, month, day) <= published + GRACE:
                return candidate
        except ValueError:
            continue
    raise ValueError(f"no year has {month}-{day}")


def season_relative(months: tuple[int, int], published: date, relation: str) -> Period:
    """"last summer" (the latest that ended before publication), "this summer" (the one
    containing publication, else the one starting this year), "next summer"."""
    seasons = [season_period(y, months) for y in range(published.year - 2, published.year + 2)]
    if relation == "last":
        return [s for s in seasons if s[1] < published][-1]
    if relation == "next":
        return [s for s in seasons if s[0] > published][0]
    for season in seasons:
        if season[0] <= published <= season[1]:
            return season
    return season_period(published.year, months)


def unit_period(unit: str, day: date) -> Period:
    """The day, week, month, year or decade that contains `day`."""
    if unit == "day":
        return day, day
    if unit in ("week", "fortnight"):
        return week_period(day)
    if unit == "month":
        return month_period(day.year, day.month)
    if unit == "year":
        return year_period(day.year)
    return decade_period(day.year // 10 * 10)


def shift(unit: str, count: float) -> relativedelta:
    """`count` units as a relativedelta (a fortnight is two weeks, a decade ten years)."""
    n = int(count)
    return {"day": relativedelta(days=n), "week": relativedelta(weeks=n),
            "fortnight": relativedelta(weeks=2 * n), "month": relativedelta(months=n),
            "year": relativedelta(years=n), "decade": relativedelta(years=10 * n)}[unit]


def anchored(spec: dict[str, Any], published: date, parts: dict[str, dict[str, tuple[int, int]]],
             part: str | None = None) -> tuple[Period, str]:
    """The period and precision of one `relative` entry of data/dates.yaml, counted from
    `published`; `part` ("early", "late"...) narrows a month or year ("late last year")."""
    if "back" in spec:
        return (published - relativedelta(**spec["back"]), published), spec["precision"]
    unit, offset = spec["unit"], spec.get("offset", 0)
    if unit == "weekend":
        return weekend_period(published, offset), "week"
    period = unit_period(unit, published + shift(unit, offset))
    how = spec.get("part")
    if spec.get("through"):
        period = (period[0], published)
    elif how == "before":
        period = (period[0], published)
    elif how == "after":
        period = (published, period[1])
    if part and unit == "month":
        period = month_part(period[0].year, period[0].month, parts["month"][part])
    elif part and unit == "year":
        period = year_part(period[0].year, parts["year"][part])
    return period, unit
