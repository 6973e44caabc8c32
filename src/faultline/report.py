"""Plain-text tables of an Analysis, for the terminal (`faultline show`, the demo summary)."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from .model import Analysis

_WIDTH = 60


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
    text = " ".join(text.split())
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
