"""One event per happening: the tellings of one incident in a document (headline, lead, body)
merged into one event with all their evidence, and its toll the incident's (UCDP-style best,
low and high of the figures given, never their sum). Distinct incidents stay distinct.
"""
from __future__ import annotations

from ..model import Count, Event


def merge_events(events: list[Event], forms: dict[str, str] | None = None,
                 apart: set[frozenset[str]] | None = None) -> list[Event]:
    """One event per happening. Two reports merge when their type, modality and participants
    agree and one of them is a noun ("the barrage", "last weekend's violence": verbs in two
    sentences are two deeds) with no conflicting date; a definite noun ("the sniper attack")
    joins the same kind of event told just before it, whoever it names. `apart`: pairs of
    event ids the parse tells apart."""
    forms = forms or {}
    apart = set(apart or ())
    merged: list[Event] = []
    by_type: dict[str, list[Event]] = {}  # only events of one type merge
    tolls: dict[str, tuple[list, list]] = {}  # every figure each merged event was told with
    for event in events:
        same_type = by_type.setdefault(event.type, [])
        for kept in reversed(same_type[-_MERGE_REACH:]):
            nominal = forms.get(kept.id, "verb") != "verb" or forms.get(event.id, "verb") != "verb"
            if frozenset((kept.id, event.id)) in apart:
                continue
            if _same(kept, event, nominal) or (forms.get(event.id) == "definite" and _refers_back(kept, event)):
                # what the parse tells apart from the telling stays apart from the happening
                apart |= {frozenset((kept.id, other)) for pair in apart if event.id in pair
                          for other in pair - {event.id}}
                kept.evidence.extend(e for e in event.evidence if e not in kept.evidence)
                kept.actors = list(dict.fromkeys(kept.actors + event.actors))
                kept.targets = list(dict.fromkeys(kept.targets + event.targets))
                kept.mode = kept.mode or event.mode
                kept.date = kept.date or event.date
                kept.location = kept.location or event.location
                told = tolls.setdefault(kept.id, ([kept.fatalities.killed], [kept.fatalities.wounded]))
                told[0].append(event.fatalities.killed)
                told[1].append(event.fatalities.wounded)
                kept.fatalities.killed = incident_toll(told[0])
                kept.fatalities.wounded = incident_toll(told[1])
                kept.fatalities.beyond_range += [t for t in event.fatalities.beyond_range
                                                 if t not in kept.fatalities.beyond_range]
                kept.quantities += [q for q in event.quantities if q not in kept.quantities]
                break
        else:
            merged.append(event)
            same_type.append(event)
    return merged


# How many events of its type back a retelling is looked for: a news report holds far fewer;
# a document of thousands (a transcript, a dump) stays linear.
_MERGE_REACH = 200


def incident_toll(counts: list[Count | None]) -> Count | None:
    """One incident's toll from the figures its tellings give (UCDP-style): low the lowest,
    high the highest, best the figure given most often (a tie: the later, as a report gives
    its latest count last). Repetitions are never added up."""
    given = [c for c in counts if c is not None]
    if not given:
        return None
    bests = [c.best for c in given]
    best = max(reversed(bests), key=bests.count)
    return Count(best=best, low=min(c.low for c in given), high=max(c.high for c in given))


def _same(a: Event, b: Event, nominal: bool) -> bool:
    if a.type != b.type or a.negated != b.negated or a.hypothetical != b.hypothetical:
        return False
    if a.evidence[0] == b.evidence[0]:  # two triggers of one sentence ("struck ..., killing three")
        if a.location and b.location and not _same_place(a, b):
            return False  # "shelled X in Rutshuru while militiamen attacked a camp in Ituri"
        return (not a.actors or not b.actors or bool(set(a.actors) & set(b.actors))) and \
               (not a.targets or not b.targets or bool(set(a.targets) & set(b.targets)))
    if not _dates_agree(a, b):
        return False
    if a.actors and set(a.actors) == set(b.actors) and set(a.targets) == set(b.targets) and nominal:
        return True
    # two verbs in two sentences are two deeds, unless they tell the same one: the same
    # place or the same toll, with no one named on one side that the other contradicts
    # ("Rebels kill 14 in Beni" in the headline, "ADF rebels killed 14 ... near Beni" in the lead)
    return _compatible(a.actors, b.actors) and _compatible(a.targets, b.targets) \
        and (_same_place(a, b) or _same_toll(a, b)) and bool(a.actors or b.actors)


def _compatible(one: list[str], other: list[str]) -> bool:
    return not one or not other or set(one) <= set(other) or set(other) <= set(one)


def _same_place(a: Event, b: Event) -> bool:
    return bool(a.location and b.location and (a.location.entity or a.location.name)
                == (b.location.entity or b.location.name))


def _same_toll(a: Event, b: Event) -> bool:
    return bool(a.fatalities.killed and b.fatalities.killed and a.fatalities.killed.best == b.fatalities.killed.best)


def _dates_agree(a: Event, b: Event) -> bool:
    if not (a.date and b.date and a.date.start and b.date.start):
        return True
    return a.date.start <= (b.date.end or b.date.start) and b.date.start <= (a.date.end or a.date.start)


def _refers_back(kept: Event, event: Event) -> bool:
    """"... fired on the checkpoint. A guard was hurt in the mortar attack."""
    close = 0 <= event.evidence[0].start - kept.evidence[-1].end <= 2000
    return close and kept.type == event.type and kept.asserted == event.asserted and \
        (not event.mode or not kept.mode or event.mode == kept.mode)
