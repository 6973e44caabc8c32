"""A text cut into segments at the bounds of the marks over it (evidence, mentions), each
segment knowing which marks cover it: overlapping and nested marks highlight without
nesting HTML elements (after displaCy's spans)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str   # what is marked: mention, event, claim, tie, toll, actor, date, place ...
    item: int   # the index of the marked item in the page's list of items


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    items: list[int] = field(default_factory=list)


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """`text` in order, cut wherever a mark starts or ends; marks outside it are dropped."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        kinds = sorted({m.kind for m in active})
        items = sorted({m.item for m in active})
        if out and not kinds and not out[-1].kinds:
            out[-1].text += text[a:b]
        else:
            out.append(Segment(text[a:b], kinds, items))
    return out


def find_within(text: str, phrase: str | None, start: int, end: int) -> tuple[int, int] | None:
    """Where `phrase` first occurs in `text[start:end]`, if it does."""
    if not phrase:
        return None
    at = text.find(phrase, start, end)
    return (at, at + len(phrase)) if at >= 0 else None
