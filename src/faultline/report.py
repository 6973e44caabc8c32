"""Plain-text tables of an Analysis, for the terminal (`faultline show`, `faultline compare`,
the demo summary)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .model import Analysis, Comparison, Story

_WIDTH = 60
# What text from the web may carry to act on a terminal: C0 and C1 controls (ESC starts colour and
# cursor sequences, \r and backspace overwrite, a newline forges an output line), DEL, the Unicode
# line separators, and the bidi overrides that reorder what is shown. Lone surrogates (a file
# name's undecodable bytes) too: they cannot be encoded to print at all.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` safe to print: each control character shown as an inert escape (`\\n`, `\\x1b`)."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]], limit: int = 40) -> str:
    """A fixed-width table; cells are cut to keep lines readable."""
    cells = [[_cell(v) for v in row] for row in rows[:limit]]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join("{:<%d}" % w for w in widths)
    out = [f"{title} ({len(rows)})", line.format(*columns), line.format(*("-" * w for w in widths))]
    out += [line.format(*r) for r in cells]
    if len(rows) > limit:
        out.append(f"... {len(rows) - limit} more")
    return "\n".join(out)


def _cell(value: object) -> str:
    text = "" if value is None else ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
    text = printable(" ".join(text.split()))  # a newline in a cell is a space, not a new row
    return text if len(text) <= _WIDTH else text[:_WIDTH - 1] + "…"


def summarize(analysis: Analysis, limit: int = 40) -> str:
    """Actors, ties, events, claims and comparisons as readable tables."""
    names = {e.id: e.name for e in analysis.entities}
    docs = {d.id: d.outlet or d.title or d.id for d in analysis.documents}

    def named(ids):
        return [names.get(i, i) for i in ids]

    mention_docs = Counter()
    for e in analysis.entities:
        mention_docs[e.id] = len({m.doc for m in e.mentions})
    parts = [
        table("Documents", ["id", "outlet", "published", "title"],
              [(d.id, d.outlet, d.published, d.title) for d in analysis.documents], limit),
        table("Actors", ["name", "type", "country", "docs", "mentions", "aliases"],
              [(e.name, e.type, e.country, mention_docs[e.id], len(e.mentions), e.aliases)
               for e in sorted(analysis.entities, key=lambda e: -len(e.mentions))], limit),
        table("Ties", ["subject", "tie", "object", "amount", "source"],
              [(names.get(r.subject, r.subject), r.type, names.get(r.object, r.object),
                r.amount.text if r.amount else None, docs.get(r.evidence[0].doc)) for r in analysis.relations], limit),
        table("Events", ["type", "actors", "targets", "date", "killed", "flags", "evidence"],
              [(e.type, named(e.actors), named(e.targets), e.date.start if e.date else None,
                e.fatalities.killed.best if e.fatalities.killed else None,
                " ".join(f for f, on in (("negated", e.negated), ("hypothetical", e.hypothetical)) if on),
                e.evidence[0].text) for e in analysis.events], limit),
        table("Claims", ["speaker", "kind", "cue", "text", "source"],
              [(names.get(c.speaker, c.speaker_text), c.kind, c.cue, c.text, docs.get(c.evidence[0].doc))
               for c in analysis.claims], limit),
        table("Source comparisons", ["kind", "topic", "positions"],
              [(c.kind, c.topic, [f"{docs.get(p.doc, p.doc)}: {p.value}" for p in c.positions])
               for c in sorted(analysis.comparisons, key=lambda c: c.kind != "contradicts")], limit),
    ]
    return "\n\n".join(parts)


def compare_tables(analysis: Analysis, stories: Sequence[Story], comparisons: Sequence[Comparison],
                   limit: int = 40) -> str:
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
                                                  "actors", "denial"], rows, limit),
        table("Source comparisons: one row per source", ["kind", "topic", "about", "source",
                                                         "says"], lines, limit),
    ]
    return "\n\n".join(parts)
