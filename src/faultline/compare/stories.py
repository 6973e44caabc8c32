"""Stories: one happening as several documents report it (cross-document event coreference).

Two asserted events (neither negated nor hypothetical) of different documents are the same
happening when (`_compatible`):
    type       the same PLOVER type
    time       both dated: their ranges overlap (give or take `date_slack_days`); otherwise
               the two documents were published within `published_window_days`
    place      the same location entity or country, or one of them unknown
    who        actors, targets and location entity overlap; a state overlaps a place in it
               (the place's country is the state's)
    not        reciprocal: both name actors, none shared, each side's actors the other's targets
    anchored   both dated, or both placed, or two participants shared (an undated, unplaced
               report sharing one actor with another is too loose a match)
Events dated more vaguely than `max_event_span_days` ("in 2024") join no story.

Blocking keeps this near-linear: an event is filed under (type, participant, time) keys
(participant: an entity id, or "country:XXX" for a state or a place; time: each week its
dates touch, or, undated, each week of its publication window; a dated event is also filed
under its publication week so undated reports find it) and only events sharing a key are
ever compared; a key shared by more than `max_block` events is skipped. Compatible pairs are
joined by union-find, which refuses a union stretching a story's dates beyond
`max_story_span_days` (no chaining across weeks).

Denials, negated events and REJECTs whose words name a happening of the type ("denied
firing the shells"), join the story of a compatible event. A story needs two documents.
Merged figures (see `model.Story`): each document's most precise figure, then low = the
lowest low, high = the highest high, best = the median of the bests (lower middle), or the
latest when the figures only rise from one day's reports to the next (a revised toll).
"""
from __future__ import annotations

import datetime
import hashlib
import statistics
from collections import defaultdict
from dataclasses import dataclass

from faultline.compare.corpus import CompareOptions, Corpus, day
from faultline.compare.numbers import doc_figure
from faultline.compare.words import happening_types
from faultline.model import Analysis, Count, DateRange, Event, Story


@dataclass
class _Item:
    """An event placed in time and space, as a story candidate or a denial."""
    event: Event
    doc: str
    type: str
    start: int | None
    end: int | None
    published: int | None
    ids: frozenset[str]
    states: frozenset[str]
    places: frozenset[str]
    loc: str | None
    country: str | None


def build_stories(analysis: Analysis, options: CompareOptions | None = None) -> list[Story]:
    """The stories of `analysis`: its events grouped across documents (see the module doc)."""
    return stories_of(Corpus(analysis, options))


def stories_of(corpus: Corpus) -> list[Story]:
    o = corpus.options
    items = [it for e in corpus.analysis.events if e.asserted
             for it in [_item(corpus, e, e.type)] if it is not None]
    index: defaultdict[tuple, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        for key in _keys(it, o):
            index[key].append(i)
    groups = _Groups(items, o.max_story_span_days)
    seen: set[int] = set()  # pairs i * n + j already tried
    n = len(items)
    for block in index.values():
        if len(block) < 2 or len(block) > o.max_block:
            continue
        # by date, each event meets only its next few: reports of one happening sit together,
        # and a crowded block (a country in a busy week) costs n * k tries, not n * n
        block.sort(key=lambda i: (items[i].start if items[i].start is not None else items[i].published, i))
        for x, i in enumerate(block):
            for j in block[x + 1:x + 1 + o.block_neighbours]:
                pair = min(i, j) * n + max(i, j)
                if items[i].doc == items[j].doc or pair in seen:
                    continue
                seen.add(pair)
                if groups.find(i) != groups.find(j) and _compatible(items[i], items[j], o):
                    groups.union(i, j)
    denials = _denials(corpus, items, index, groups)
    members: defaultdict[int, list[_Item]] = defaultdict(list)
    for i, it in enumerate(items):
        members[groups.find(i)].append(it)
    stories = []
    for root, group in members.items():
        denied = denials.get(root, [])
        if len({it.doc for it in group} | {d.doc for d in denied}) >= 2:
            stories.append(_story(corpus, group, denied))
    return sorted(stories, key=lambda s: ((s.date and s.date.start) or "", s.id))


def _item(corpus: Corpus, event: Event, type_: str) -> _Item | None:
    o = corpus.options
    doc = corpus.doc_of(event)
    start = end = None
    if event.date and event.date.start:
        start, end = day(event.date.start), day(event.date.end or event.date.start)
        if start is None or end is None or end - start > o.max_event_span_days:
            return None
    published = corpus.published.get(doc)
    if start is None and published is None:
        return None
    loc = event.location
    ids = {*event.actors, *event.targets, *([loc.entity] if loc and loc.entity else [])}
    keys = [corpus.place_keys(i) for i in ids]
    return _Item(event, doc, type_, start, end, published, frozenset(ids),
                 frozenset(s for s, _ in keys if s), frozenset(p for _, p in keys if p),
                 loc.entity if loc else None, loc.country if loc else None)


def _keys(it: _Item, o: CompareOptions) -> list[tuple]:
    # sorted: the order keys are filed in is the order blocks are tried and groups joined
    who = [*sorted(it.ids), *(f"country:{c}" for c in sorted(it.states | it.places))]
    if it.start is not None:
        when = [("d", w) for w in range((it.start - o.date_slack_days) // 7,
                                        (it.end + o.date_slack_days) // 7 + 1)]
        if it.published is not None:
            when.append(("p", it.published // 7))
    else:
        pub, window = it.published, o.published_window_days
        when = [("p", w) for w in range((pub - window) // 7, (pub + window) // 7 + 1)]
    return [(it.type, p, t) for p in who for t in when]


def _compatible(a: _Item, b: _Item, o: CompareOptions) -> bool:
    """Whether events `a` and `b` (of different documents) report the same happening."""
    return (a.doc != b.doc and a.type == b.type and _when(a, b, o) and _where(a, b)
            and _who(a, b) and not _reciprocal(a.event, b.event) and _anchored(a, b))


def _anchored(a: _Item, b: _Item) -> bool:
    """Two reports need one firm tie: both dated, both placed, or two participants shared."""
    both_dated = a.start is not None and b.start is not None
    both_placed = bool((a.loc or a.country) and (b.loc or b.country))
    return both_dated or both_placed or len(a.ids & b.ids) >= 2


def _when(a: _Item, b: _Item, o: CompareOptions) -> bool:
    if a.start is not None and b.start is not None:
        slack = o.date_slack_days
        return a.start <= b.end + slack and b.start <= a.end + slack
    if a.published is None or b.published is None:
        return False
    return abs(a.published - b.published) <= o.published_window_days


def _where(a: _Item, b: _Item) -> bool:
    if a.loc and a.loc == b.loc:
        return True
    if a.country and b.country:
        return a.country == b.country
    return not (a.loc and b.loc)


def _who(a: _Item, b: _Item) -> bool:
    return bool(a.ids & b.ids or a.states & (b.states | b.places) or b.states & a.places)


def _reciprocal(a: Event, b: Event) -> bool:
    aa, ba = set(a.actors), set(b.actors)
    return bool(aa and ba and not aa & ba and aa & set(b.targets) and ba & set(a.targets))


class _Groups:
    """Union-find over items that keeps each group's dated span."""

    def __init__(self, items: list[_Item], max_span: int):
        self.parent = list(range(len(items)))
        self.lo = [it.start for it in items]
        self.hi = [it.end for it in items]
        self.max_span = max_span

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        los = [x for x in (self.lo[a], self.lo[b]) if x is not None]
        his = [x for x in (self.hi[a], self.hi[b]) if x is not None]
        if los and max(his) - min(los) > self.max_span:
            return False
        self.parent[b] = a
        self.lo[a], self.hi[a] = (min(los), max(his)) if los else (None, None)
        return True


def _denials(corpus: Corpus, items: list[_Item], index: dict[tuple, list[int]],
             groups: _Groups) -> dict[int, list[_Item]]:
    """Group root -> the denials it takes: each joins the compatible group with the most
    documents (then the most shared participants)."""
    o = corpus.options
    docs: defaultdict[int, set[str]] = defaultdict(set)
    for i, it in enumerate(items):
        docs[groups.find(i)].add(it.doc)
    out: defaultdict[int, list[_Item]] = defaultdict(list)
    for e in corpus.analysis.events:
        if e.negated and not e.hypothetical:
            types = [e.type]
        elif e.type == "REJECT" and e.asserted:
            types = happening_types(" ".join(s.text for s in e.evidence))
        else:
            continue
        for t in types:
            d = _item(corpus, e, t)
            if d is None:
                continue
            found = {i for key in _keys(d, o) for i in index.get(key, ())
                     if _when(d, items[i], o) and _where(d, items[i]) and _who(d, items[i])
                     and _anchored(d, items[i])}
            if found:
                best = max(found, key=lambda i: (len(docs[groups.find(i)]),
                                                 len(d.ids & items[i].ids), -i))
                out[groups.find(best)].append(d)
                break
    return out


def _story(corpus: Corpus, group: list[_Item], denied: list[_Item]) -> Story:
    order = sorted(group + denied, key=lambda it: (it.published or 0, it.doc, it.event.id))
    docs = list(dict.fromkeys(it.doc for it in order))
    rank = {id(it): n for n, it in enumerate(order)}
    events = [it.event for it in sorted(group, key=lambda it: rank[id(it)])]
    dated = [it for it in group if it.start is not None]
    date = None
    if dated:
        lo, hi = min(it.start for it in dated), max(it.end for it in dated)
        iso = [datetime.date.fromordinal(x).isoformat() for x in (lo, hi)]
        span = hi - lo
        precision = "day" if span == 0 else "week" if span < 7 else "month"
        date = DateRange(iso[0], iso[1], precision, iso[0] if span == 0 else f"{iso[0]} to {iso[1]}")
    actors = list(dict.fromkeys(a for e in events for a in e.actors))
    targets = list(dict.fromkeys(t for e in events for t in e.targets))
    locations = list(dict.fromkeys(e.location.entity for e in events
                                   if e.location and e.location.entity))
    ids = sorted(e.id for e in events)
    story = Story(
        id="story:" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:16], type=group[0].type,
        title="", events=[e.id for e in events], docs=docs,
        outlets=list(dict.fromkeys(o for d in docs for o in corpus.outlets(d))), actors=actors,
        targets=targets, locations=locations, date=date,
        killed=_merge(corpus, group, denied, "killed"),
        wounded=_merge(corpus, group, denied, "wounded"),
        denials=[d.event.id for d in denied])
    story.title = _title(corpus, story)
    return story


def _merge(corpus: Corpus, group: list[_Item], denied: list[_Item], attribute: str) -> Count | None:
    """UCDP-style: low = lowest low, high = highest high, best = median of documents' bests;
    but a toll that only rises from one day's reports to the next is being revised as bodies
    are found, and its best is the latest."""
    figures = []
    for doc in dict.fromkeys(it.doc for it in group + denied):
        found = doc_figure([it.event for it in group if it.doc == doc], attribute) or \
            doc_figure([it.event for it in denied if it.doc == doc], attribute)
        if found:
            figures.append((corpus.published.get(doc), found[0]))
    if not figures:
        return None
    counts = [c for _, c in figures]
    low, high = min(c.low for c in counts), max(c.high for c in counts)
    if _rising(figures):
        return Count(max(figures, key=lambda f: f[0])[1].best, low, high)
    return Count(statistics.median_low([c.best for c in counts]), low, high)


def _rising(figures: list[tuple[int | None, Count]]) -> bool:
    """Whether the figures, in publication order, never fall and rise across days."""
    if any(day is None for day, _ in figures) or len({day for day, _ in figures}) < 2:
        return False
    by_day = sorted(figures, key=lambda f: (f[0], f[1].best))
    bests = [c.best for _, c in by_day]
    return all(a <= b for a, b in zip(bests, bests[1:])) and bests[-1] > bests[0]


def _title(corpus: Corpus, story: Story) -> str:
    parts = [story.type.lower()]
    if story.actors:
        parts.append("by " + corpus.names(story.actors[:2]))
    if story.targets:
        parts.append("on " + corpus.names(story.targets[:2]))
    if story.locations:
        parts.append("at " + corpus.name(story.locations[0]))
    if story.date:
        parts.append(story.date.start or "")
    return " ".join(parts)
