"""The tables of `faultline compare`: each story with every source's version side by side,
then the comparisons between sources, contradictions first."""
from __future__ import annotations

from typing import Sequence

from faultline.model import Analysis, Comparison, Story

from .tables import table


def compare_tables(analysis: Analysis, stories: Sequence[Story], comparisons: Sequence[Comparison],
                   limit: int = 40, width: int = 80) -> str:
    """Stories with each source's version side by side (a syndicated copy's outlets beside its
    source; a story grouped by its documents' words marked so), then comparisons,
    contradictions first (a toll revised by a later report marked with the hours between)."""
    names = {e.id: e.name for e in analysis.entities}
    docs = {d.id: d for d in analysis.documents}
    events = {e.id: e for e in analysis.events}
    rows = []
    for s in stories:
        for n, doc in enumerate(s.docs):
            own = [events[i] for i in s.events if i in events and events[i].evidence[0].doc == doc]
            denied = [events[i] for i in s.denials if i in events and events[i].evidence[0].doc == doc]
            killed = [e.fatalities.killed.best for e in own + denied if e.fatalities.killed]
            d = docs.get(doc)
            source = (d and d.outlet) or doc
            copies = [c.get("outlet") or c.get("url") for c in (d.copies if d else []) if c.get("outlet") or c.get("url")]
            if copies:
                source += " (also: " + ", ".join(copies) + ")"  # the same text, syndicated
            title = (s.title + (" [by their words]" if s.kind == "documents" else "")) if n == 0 else ""
            rows.append((title, source, d and d.published,
                         max(killed) if killed else None,
                         [names.get(a, a) for a in dict.fromkeys(a for e in own for a in e.actors)],
                         "denies" if denied else ""))
    outlet = {d.id: d.outlet or d.title or d.id for d in analysis.documents}
    lines = []
    for c in sorted(comparisons, key=lambda c: c.kind != "contradicts"):
        about = [names.get(e, e) for e in c.subject.get("entities") or []][:4]
        revision = c.subject.get("revision")
        kind = f"{c.kind} (revised, {revision['hours']}h later)" if revision else c.kind
        for n, p in enumerate(c.positions):
            head = (kind, c.topic, about) if n == 0 else ("", "", "")
            lines.append((*head, outlet.get(p.doc, p.doc), p.value))
    parts = [
        table("Stories: each source's version", ["story", "source", "published", "killed",
                                                  "actors", "denial"], rows, limit, width),
        table("Source comparisons: one row per source", ["kind", "topic", "about", "source",
                                                         "says"], lines, limit, width),
    ]
    return "\n\n".join(parts)
