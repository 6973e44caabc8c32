"""Further mentions of names already found in a document: surnames, acronyms, the same name
again, and an organisation's place ("UN Support Mission" + "in Libya").

Each function takes the document and its mentions so far and returns what it adds (or, for
`with_place` and `join_surnames`, the mentions with some joined); names.py calls them in order.
"""
from __future__ import annotations

import bisect
import re

from ..knowledge.dictionaries import slugify
from ..model import Document, Mention


def named_mention(document: Document, kind: str, start: int, end: int) -> Mention:
    """The mention of a name found in the text: its entity id is its type and its words."""
    name = document.text[start:end]
    return Mention(entity=f"{kind}:{slugify(name)}", name=name, type=kind, span=document.span(start, end), role="name")


def surnames(document: Document, mentions: list[Mention], cues) -> list[Mention]:
    """Further mentions of each person by surname ("Okello", "Mosquera" of "Édgar Mosquera
    Ruiz", "Abadi" of "al-Abadi"); a surname two people share stays unresolved."""
    by_surname: dict[str, set[str]] = {}
    people = {}
    for m in mentions:
        if m.type == "person" and " " in m.name:
            parts = [p for p in m.name.split() if p.rstrip(".") not in cues.suffixes] or m.name.split()
            surnames = {parts[-1]}
            prefix, _, bare = parts[-1].partition("-")
            if bare and prefix.lower() in cues.particles:
                surnames.add(bare)  # "Haider al-Abadi": "Abadi"
            if len(parts) >= 3 and parts[-2][:1].isupper() and parts[-2].split("-")[0].lower() not in cues.particles:
                surnames |= {parts[-2], " ".join(parts[-2:])}  # "Édgar Mosquera Ruiz": "Mosquera"
            for surname in surnames:
                for form in {surname, surname[:1].upper() + surname[1:]}:
                    by_surname.setdefault(form, set()).add(m.entity)
            people[m.entity] = m
    taken = [(m.span.start, m.span.end) for m in mentions]
    extra = []
    for form, owners in by_surname.items():
        if len(owners) != 1:  # two people share it: no evidence which one is meant
            continue
        person = people[next(iter(owners))]
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", document.text):
            if not any(a <= m.start() < b for a, b in taken):
                extra.append(Mention(person.entity, person.name, "person", document.span(m.start(), m.end()),
                                     role="surname", country=person.country, codes=dict(person.codes)))
    return extra

def with_place(document: Document, mentions: list[Mention], cues) -> list[Mention]:
    """"UN Support Mission" + " in Libya": the place belongs to the organisation's name."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    drop: set[int] = set()
    for i, m in enumerate(ordered):
        if m.role != "name" or m.type not in ("organization", "armed_group") or i + 1 >= len(ordered) \
                or m.name.split()[-1] not in cues.heads_with_place:
            continue
        place = ordered[i + 1]
        if place.type in ("location", "state") and re.fullmatch(r" (?:in|to|for) (?:the )?",
                                                                document.text[m.span.end:place.span.start]):
            ordered[i] = named_mention(document, m.type, m.span.start, place.span.end)
            drop.add(i + 1)
    return [m for i, m in enumerate(ordered) if i not in drop]

def repeats(document: Document, mentions: list[Mention]) -> list[Mention]:
    """A name typed where its context told what it is ("the town of Sake") names the same
    actor wherever else it stands in the document ("Sake remains under our control")."""
    found = {m.name: m for m in mentions if m.role == "name" and m.entity.startswith(f"{m.type}:")}
    taken = sorted((m.span.start, m.span.end) for m in mentions)
    extra = []
    for name, first in found.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", document.text):
            i = bisect.bisect_right(taken, (hit.start(), len(document.text)))
            if any(a < hit.end() and hit.start() < b for a, b in taken[max(0, i - 3):i + 1]):
                continue
            extra.append(Mention(first.entity, first.name, first.type, document.span(hit.start(), hit.end()),
                                 role="name", country=first.country, codes=dict(first.codes)))
    return extra

def acronyms(document: Document, mentions: list[Mention]) -> list[Mention]:
    """"Northern Alliance (NA)": every later "NA" is a mention of it."""
    extra = []
    taken = [(m.span.start, m.span.end) for m in mentions]
    for m in mentions:
        d = re.match(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)", document.text[m.span.end:m.span.end + 14])
        if not d:
            continue
        acronym = d.group(1)
        for a in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", document.text):
            if not any(x <= a.start() < y for x, y in taken):
                extra.append(Mention(m.entity, m.name, m.type, document.span(a.start(), a.end()),
                                     role="acronym", country=m.country, codes=dict(m.codes)))
                taken.append((a.start(), a.end()))
    return extra


def join_surnames(mentions: list[Mention]) -> list[Mention]:
    """"Ms Doe" found as a one-word person joins the one person named in full whose surname
    it is ("Jane Doe"), and so does a one-word name typed from weak context alone ("Delgado
    told reporters", taken for a town the gazetteer knows); a surname two people share joins
    nobody. Dictionary names keep their actor."""
    owners: dict[str, set[str]] = {}
    people: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "person" and " " in m.name:
            owners.setdefault(m.name.split()[-1], set()).add(m.entity)
            people[m.entity] = m
    joined = []
    for m in mentions:
        found_here = m.type == "person" or (m.role == "name" and m.entity == f"{m.type}:{slugify(m.name)}")
        found = owners.get(m.name) if found_here and " " not in m.name else None
        if found and len(found) == 1:
            person = people[next(iter(found))]
            m = Mention(person.entity, person.name, "person", m.span, role="surname", country=person.country,
                        codes=dict(person.codes))
        joined.append(m)
    return joined
