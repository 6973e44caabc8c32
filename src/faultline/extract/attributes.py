"""Event attributes: when, where, how many killed or wounded, and how many of what.

    date        the date expression of the event's sentence nearest its trigger
    location    a place named after "in/at/near/inside..." in the trigger's clause, else in
                its sentence, resolved in the offline gazetteer with the document's countries
                as context ("Rafah" in a text about Gaza is Rafah, Gaza); the most specific
                wins (town over province over country), and a town the gazetteer lacks takes
                its admin1 and country from the province and country named beside it
    fatalities  figures next to "killed/dead/lost their lives" or "wounded/injured";
                figures split by group ("three soldiers and 12 civilians") are added up,
                their low and high bounds too
    quantities  figures of things (rockets, targets, troops) in the trigger's clause
A sentence that only counts the dead ("The violence killed 27") gives its figures to the
assault told just before it. Cue words are in data/events.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable

from ..knowledge.datafiles import load_data
from ..knowledge.places import Gazetteer
from ..model import MAX_COUNT, Count, Document, Event, Location, Mention, Quantity
from ..nlp.dates import DateMatch
from ..nlp.numbers import CountMatch
from ..nlp.patterns import alternation

_PLACE_PREP = re.compile(r"\b(?:in|at|near|inside|outside|around|across|from|into|on|off|(?:town|village|city|"
                         r"district|camp|port|region|province|market)\s+of)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
# A place the gazetteer lacks is a town when the text says so: "the village of X", "X, a town"
_SETTLEMENT_BEFORE = re.compile(r"\b(?:town|village|city|hamlet|settlement)\s+of\s+$", re.I)
_SETTLEMENT_AFTER = re.compile(r",\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|hamlet|settlement|"
                               r"locality|neighbou?rhood)\b", re.I)
_PRECISION_RANK = {"point": 0, "city": 1, "region": 2, "country": 3}
_CASUALTY_REACH = 45  # characters between a figure and its "killed"/"wounded"
_AND = re.compile(r"\band\b(?!\s+(?:wounded|injured|killed|wounding|injuring|killing)\b)")


@dataclass(frozen=True)
class AttributeCues:
    units: frozenset[str]
    killed: re.Pattern[str]
    wounded: re.Pattern[str]
    toll_moved: re.Pattern[str]   # "the death toll from ... rose to " just before a figure
    one_person: re.Pattern[str]   # "a 23-year-old man was shot and killed": one, with no figure


@lru_cache(maxsize=1)
def load_attribute_cues() -> AttributeCues:
    data = load_data("events.yaml")

    def words(key):
        return re.compile(r"\b(?:" + alternation(data[key]) + r")\b",
                          re.I)
    moved = re.compile(r"\b(?:" + alternation(data["toll_nouns"]) + r")\b[^.;]{0,120}?\b(?:"
                       + alternation(data["toll_moves"]) + r")\s+(?:to|at)\s+(?:about\s+|at\s+least\s+)?$", re.I)
    # one person harmed, told with an article and no figure: "a 23-year-old man was shot and
    # killed", "the victim, a 17-year-old, was pronounced dead", "a man is dead", "a teen was shot"
    people = alternation([*data["victim_nouns"], *data["single_victims"]])
    one = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:" + people + r")\b(?:,[^,.;]{1,60},)?\s+"
                     r"(?:(?:was|is|has\s+been|had\s+been)\s+(?:(?P<fatally>fatally|mortally)\s+|\w+ly\s+)?"
                     r"(?P<state>shot\s+and\s+killed|shot\s+dead|shot\s+to\s+death|stabbed\s+to\s+death|"
                     r"beaten\s+to\s+death|pronounced\s+dead|killed|dead|wounded|injured|hurt|shot|stabbed)|(?P<died>died))\b")
    return AttributeCues(frozenset(data["units"]), words("killed"), words("wounded"), moved, one)


@dataclass
class SentenceFacts:
    """What a sentence holds besides its events: dates, figures, places."""
    span: tuple[int, int]
    dates: list[DateMatch]
    counts: list[CountMatch]


def attach(event: Event, trigger: tuple[int, int], facts: SentenceFacts, document: Document,
           mentions: list[Mention], gazetteer: Gazetteer | None, context: set[str],
           clause: Callable[[int], bool] = lambda offset: True) -> None:
    """Fill `event`'s date, location, fatalities and quantities from its sentence;
    `clause(offset)` says whether a character offset lies in the trigger's clause."""
    text = document.text
    if facts.dates:
        event.date = min(facts.dates, key=lambda d: abs(d.start - trigger[0])).date
    event.location = _location(text, facts.span, mentions, gazetteer, context, clause, set(event.targets))
    add_toll(event, casualties(text, facts.counts, facts.span))
    cues = load_attribute_cues()
    for c in facts.counts:
        if c.noun and c.noun.lower() in cues.units and not c.measure:
            event.quantities.append(Quantity(value=c.count.best, unit=c.noun.lower(), text=c.text))


@dataclass
class Toll:
    """A sentence's killed and wounded; `beyond_range`: the words of figures too big for a count."""
    killed: Count | None = None
    wounded: Count | None = None
    beyond_range: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.killed or self.wounded or self.beyond_range)


def add_toll(event: Event, toll: Toll) -> None:
    """Give `event` the figures of `toll` it lacks."""
    event.fatalities.killed = event.fatalities.killed or toll.killed
    event.fatalities.wounded = event.fatalities.wounded or toll.wounded
    event.fatalities.beyond_range += [t for t in toll.beyond_range if t not in event.fatalities.beyond_range]


def casualties(text: str, counts: list[CountMatch], span: tuple[int, int]) -> Toll:
    """Killed and wounded figures of one sentence, groups added up.

    A figure is a casualty count when "killed/wounded" words stand just before it ("killing
    three") or follow it, asides in brackets or dashes skipped ("27 Palestinians (including
    16 ...) lost their lives"). Figures joined by "and" share the words of the last one
    ("three soldiers and 12 civilians lost their lives": 15).
    """
    cues = load_attribute_cues()
    plain = _without_asides(text)
    # a figure inside an aside ("(including 16 identified as ...)") is part of one already counted
    counts = [c for c in counts if not c.measure and plain[c.start] != " "]
    kinds: list[str | None] = []
    for i, c in enumerate(counts):
        nxt = counts[i + 1].start if i + 1 < len(counts) else span[1]
        after = re.split(r"[.;]", " ".join(plain[c.end:nxt].split())[:_CASUALTY_REACH])[0]
        before = plain[max(0, c.start - 20):c.start]
        # the nearest cue decides: "killed 40 people and wounded dozens"
        distances = {}
        for name, pattern in (("wounded", cues.wounded), ("killed", cues.killed)):
            # a cue before the figure with "and" between tells the clause before ("a man is dead
            # and two others are injured"), not this figure's
            hits = [len(before) - m.end() for m in pattern.finditer(before) if not _AND.search(before[m.end():])]
            hits += [m.start() for m in pattern.finditer(after)]
            if hits:
                distances[name] = min(hits)
        if not distances and cues.toll_moved.search(plain[span[0]:c.start]):
            distances["killed"] = 0  # "the death toll from Sunday's attack rose to 19"
        kinds.append(min(distances, key=distances.get) if distances else None)
    # "three soldiers and 12 civilians were killed": the last figure's words count for
    # both; "killed 27 in Gaza ... and four Israeli civilians": the first figure's do
    joined = [bool(re.fullmatch(r"[^.;]{0,40}?\band\s+(?:\w+\s+)?", " ".join(plain[a.end:b.start].split()) + " "))
              for a, b in zip(counts, counts[1:])]
    for i in range(len(counts) - 2, -1, -1):
        if kinds[i] is None and kinds[i + 1] and joined[i]:
            kinds[i] = kinds[i + 1]
    for i in range(len(counts) - 1):
        # only a figure with no verb of its own ("... and four Israeli civilians."), not "and
        # 1,200 residents had fled"
        tail = plain[(counts[i + 1].noun_end or counts[i + 1].end):][:20]
        if kinds[i + 1] is None and kinds[i] and joined[i] and re.match(r"\s*(?:[.,;)—–]|and\b|$)", tail):
            kinds[i + 1] = kinds[i]
    found = {"killed": [c for c, k in zip(counts, kinds) if k == "killed"],
             "wounded": [c for c, k in zip(counts, kinds) if k == "wounded"]}
    for kind, group in found.items():
        joined = [group[0]] if group else []
        for a, b in zip(group, group[1:]):
            if not re.search(r"\band\b", plain[a.end:b.start]) or len(plain[a.end:b.start]) > 60:
                break
            joined.append(b)
        found[kind] = joined
    toll = Toll()
    killed, wounded = _total(found["killed"], text, toll), _total(found["wounded"], text, toll)
    for m in _PEOPLE_LISTED.finditer(text, *span):  # "an officer and a soldier were wounded": two
        n = len(re.findall(r"\b(?:an?|one)\s", m.group("people"), re.I))
        if m.group("kind").lower() in ("killed", "dead") and killed is None:
            killed = Count(n, n, n)
        elif m.group("kind").lower() not in ("killed", "dead") and wounded is None:
            wounded = Count(n, n, n)
    for m in cues.one_person.finditer(text, *span):
        dead = m.group("died") or m.group("fatally") or re.search(r"kill|dead|death", m.group("state") or "")
        if dead and killed is None:
            killed = Count(1, 1, 1)
        elif not dead and wounded is None:
            wounded = Count(1, 1, 1)
    toll.killed, toll.wounded = killed, wounded
    return toll


# Singular people joined by "and" before a casualty verb, counted one each.
_PEOPLE_LISTED = re.compile(r"(?P<people>\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?[a-z]+(?:,\s+(?:an?|one)\s+(?:[\w-]+\s+)"
                            r"{0,2}?[a-z]+)*,?\s+and\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?[a-z]+)\s+(?:were|was)\s+"
                            r"(?:\w+ly\s+)?(?P<kind>killed|wounded|injured|hurt|dead)\b")


@lru_cache(maxsize=2)  # once per document: every sentence's figures are read against it
def _without_asides(text: str) -> str:
    """The text with bracketed and dashed asides blanked out, offsets kept."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    text = re.sub(r"\([^()]{0,200}\)", blank, text)
    return re.sub(r"—[^—.]{0,120}—", blank, text)


def _total(group: list[CountMatch], text: str, toll: Toll) -> Count | None:
    """The figures of `group` added up; None, with their words in `toll`, beyond MAX_COUNT."""
    if not group:
        return None
    total = Count(best=sum(c.count.best for c in group), low=sum(c.count.low for c in group),
                  high=sum(c.count.high for c in group))
    if total.high <= MAX_COUNT:
        return total
    toll.beyond_range += [text[c.start:c.noun_end or c.end] for c in group]
    return None


def _location(text: str, sentence: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer | None,
              context: set[str], clause: Callable[[int], bool], targets: set[str]) -> Location | None:
    places = [m for m in mentions if sentence[0] <= m.span.start < sentence[1] and m.type in ("location", "state")
              and (_PLACE_PREP.search(text[max(sentence[0], m.span.start - 30):m.span.start])
                   or m.type == "location" and m.entity in targets)]  # "torched Ndakala"
    places = [m for m in places if clause(m.span.start)] or places
    places = [m for m in places if m.type == "location"] or places
    if not places:
        return None
    # the most exact place named: "the town of X in Y's Z department" happened in X
    found = []
    for m in places:
        place = gazetteer.best(m.span.text, context) if gazetteer else None
        found.append(place.to_location(entity_id=m.entity, name=m.name) if place is not None else
                     Location(name=m.name, precision="country" if m.type == "state" else "city" if
                              _SETTLEMENT_BEFORE.search(text[max(0, m.span.start - 20):m.span.start])
                              or _SETTLEMENT_AFTER.match(text, m.span.end) else "region",
                              entity=m.entity, country=m.country))
    best = min(found, key=lambda loc: _PRECISION_RANK.get(loc.precision, 9))
    # "in Kibumba, a village of North Kivu province": what the gazetteer does not know of the
    # village, the wider places named with it tell
    wider = [loc for loc in found if loc is not best and (loc.country is None or best.country in (None, loc.country))]
    if best.admin1 is None and best.precision in ("point", "city"):
        best.admin1 = next((loc.name for loc in wider if loc.precision == "region" and loc.country), None)
    if best.country is None:
        best.country = next((loc.country for loc in wider if loc.country), None)
    return best
