"""The tables of `faultline show` and of `analyze --summary`: documents, actors, ties, events,
claims and source comparisons, newest first, amounts as money, fitted to a width."""
from __future__ import annotations

import datetime

from faultline.model import Analysis

from .money import format_money
from .reads import EventRow, Query, Selection, Shown, analysis_query, read_shown
from .tables import table


def summarize(analysis: Analysis, limit: int = 40, width: int = 80) -> str:
    """The tables of `analysis`, as `faultline show` prints a store's."""
    with analysis_query(analysis) as query:
        return render(read_shown(query, Selection(), limit), limit, width)


def show(query: Query, selection: Selection = Selection(), limit: int = 40, width: int = 80) -> str:
    """The tables of a store (`Store.query`) under `selection`."""
    return render(read_shown(query, selection, limit), limit, width)


def render(shown: Shown, limit: int, width: int) -> str:
    def part(title, columns, page, cells):
        return table(title, columns, [cells(r) for r in page.rows], limit, width, page.total)

    parts = [
        part("Documents, newest first", ["published", "outlet", "title", "id"], shown.documents,
             lambda d: (_day(d.published), d.outlet, d.title, d.id)),
        part("Actors, most mentioned first", ["name", "type", "country", "docs", "mentions", "aliases"],
             shown.actors, lambda a: (a.name, a.type, a.country, a.docs, a.mentions, a.aliases)),
        part("Ties, newest report first", ["reported", "subject", "tie", "object", "amount", "source"],
             shown.ties, lambda t: (_day(t.published), t.subject, t.type, t.object,
                                    format_money(t.amount) if t.amount else None, t.source)),
        part("Events, newest first", ["date", "event", "who", "place", "killed", "source", "evidence"],
             shown.events, lambda e: (_event_day(e), _event(e), _who(e), e.place, _killed(e), e.source,
                                      e.evidence)),
    ]
    if shown.claims is not None:
        parts.append(part("Claims, newest report first", ["reported", "speaker", "kind", "cue", "text", "source"],
                          shown.claims, lambda c: (_day(c.published), c.speaker, c.kind, c.cue, c.text, c.source)))
    parts.append(part("Source comparisons, contradictions first", ["kind", "topic", "positions"], shown.comparisons,
                      lambda c: (c.kind, c.topic, [f"{source}: {value}" for source, value in c.positions])))
    return "\n\n".join(parts)


def _day(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _event_day(e: EventRow) -> str | None:
    """The event's date; in parentheses when it is its report's (the event gives none)."""
    if e.date is None:
        return None
    return f"({e.date.isoformat()})" if e.dated_by_report else e.date.isoformat()


def _event(e: EventRow) -> str:
    flags = [f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical)) if on]
    return ", ".join([e.type + (f"/{e.mode}" if e.mode else ""), *flags])


def _who(e: EventRow) -> str:
    """"A, B → C": who acted on whom."""
    actors, targets = ", ".join(e.actors), ", ".join(e.targets)
    return f"{actors} → {targets}".strip() if targets else actors


def _killed(e: EventRow) -> str | None:
    if e.killed is None:
        return None
    best, low, high = e.killed
    return str(best) if low == high == best else f"{best} ({low}–{high})"
