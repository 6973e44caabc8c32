"""Further mentions of names already found in a document: surnames, acronyms, the same name
again, and an organisation's place ("UN Support Mission" + "in Libya").

Each function takes the document and its mentions so far and returns what it adds (or, for
`with_place` and `join_surnames`, the mentions with some joined); names.py calls them in order.
"""
from __future__ import annotations

import re

from ..knowledge.ids import slugify
from ..model import Document, Mention
from .index import MentionIndex, SpanSet


NICKNAME = re.compile(r"\s+[\"“‘][^\"“”‘’\n]{1,30}[\"”’]\s+")


def named_mention(document: Document, kind: str, start: int, end: int) -> Mention:
    """The mention of a name found in the text: its entity id is its type and its words, less a
    nickname in quotation marks (Jimmy "Barbecue" Cherizier is Jimmy Cherizier)."""
    name = NICKNAME.sub(" ", document.text[start:end])
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
    taken = SpanSet((m.span.start, m.span.end) for m in mentions)
    # two people share a surname: no evidence which one is meant
    owner = {form: people[next(iter(owners))] for form, owners in by_surname.items() if len(owners) == 1}
    extra = []
    for hit in _occurrences(document.text, owner):
        if not taken.covers(hit.start()):
            person = owner[hit.group()]
            extra.append(Mention(person.entity, person.name, "person", document.span(hit.start(), hit.end()),
                                 role="surname", country=person.country, codes=dict(person.codes)))
    return extra


def _occurrences(text: str, names) -> list[re.Match]:
    """Every whole-word occurrence of any of `names` in `text`, in one pass."""
    if not names:
        return []
    pattern = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return list(re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text))

def with_place(document: Document, mentions: list[Mention], cues, known: frozenset[str] = frozenset()) -> list[Mention]:
    """"UN Support Mission" + " in Libya": the place belongs to the organisation's name; so
    does it to a group's branch its short name spells ("al-Qaeda in Iraq (AQI)": not al-Qaeda).
    A dictionary's actor (`known` entities) names itself: a place after it says where it is
    ("the Quds Force in Iran")."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    drop: set[int] = set()
    for i, m in enumerate(ordered):
        if m.type not in ("organization", "armed_group") or i + 1 >= len(ordered):
            continue
        place = ordered[i + 1]
        short = re.match(r"\s*\(([A-Z][A-Z0-9]{1,9})\)", document.text[place.span.end:place.span.end + 14])
        branch = short is not None and short.group(1) == _initials(document.text[m.span.start:place.span.end])
        if not branch and (m.role != "name" or m.name.split()[-1] not in cues.heads_with_place or m.entity in known):
            continue
        if place.type in ("location", "state") and re.fullmatch(r" (?:in|to|for) (?:the )?",
                                                                document.text[m.span.end:place.span.start]):
            ordered[i] = named_mention(document, m.type, m.span.start, place.span.end)
            drop.add(i + 1)
    return [m for i, m in enumerate(ordered) if i not in drop]


def with_mission(document: Document, mentions: list[Mention], cues) -> list[Mention]:
    """"Combined Joint Task Force – Inherent Resolve": a unit head (`cues.dashed`) a spaced
    dash and capitalised words follow is named for that mission, a title after it cut off
    ("– Inherent Resolve Commander, Lt. Gen. X")."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.span.start):
        if out and m.span.start < out[-1].span.end:
            continue  # inside the mission's name
        tail = _MISSION.match(document.text, m.span.end)
        if tail and m.type in ("organization", "armed_group") and any(m.name.endswith(h) for h in cues.dashed):
            words = tail.group(1).split()
            while words and words[-1] in cues.titles:
                words.pop()
            if words:
                end = tail.start(1) + len(" ".join(words))
                m = named_mention(document, m.type, m.span.start, end) if " ".join(words) == \
                    document.text[tail.start(1):end] else m
        out.append(m)
    return out


_MISSION = re.compile(r"[ \t]+[–—-][ \t]+((?:Operation[ \t]+)?[A-Z][\w'-]*"
                      r"(?:[ \t]+(?:of[ \t]+|the[ \t]+)*[A-Z][\w'-]*)*)")


def _initials(name: str) -> str:
    """"AQI" of "al-Qaeda in Iraq": the first letter of each word but the joining ones."""
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", name) if w and w.lower() not in _JOINING)


_JOINING = frozenset({"in", "of", "the", "and", "for", "to"})


def repeats(document: Document, mentions: list[Mention]) -> list[Mention]:
    """A name typed where its context told what it is ("the town of Sake") names the same
    actor wherever else it stands in the document ("Sake remains under our control")."""
    found = {m.name: m for m in mentions if m.role == "name" and m.entity.startswith(f"{m.type}:")}
    taken = MentionIndex(mentions)
    extra = []
    for hit in _occurrences(document.text, found):
        if taken.overlapping(hit.start(), hit.end()):
            continue
        first = found[hit.group()]
        extra.append(Mention(first.entity, first.name, first.type, document.span(hit.start(), hit.end()),
                             role="name", country=first.country, codes=dict(first.codes)))
    return extra

def acronyms(document: Document, mentions: list[Mention]) -> list[Mention]:
    """"Northern Alliance (NA)": every later "NA" is a mention of it."""
    extra = []
    taken = SpanSet((m.span.start, m.span.end) for m in mentions)
    defined: set[str] = set()
    for m in mentions:
        d = re.match(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)", document.text[m.span.end:m.span.end + 14])
        if not d or d.group(1) in defined:
            continue
        acronym = d.group(1)
        defined.add(acronym)
        for a in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", document.text):
            if not taken.covers(a.start()):
                extra.append(Mention(m.entity, m.name, m.type, document.span(a.start(), a.end()),
                                     role="acronym", country=m.country, codes=dict(m.codes)))
                taken.add(a.start(), a.end())
    return extra


def initials(mentions: list[Mention]) -> list[Mention]:
    """"the Syrian Arab Coalition ... support to the SAC": a dictionary's short name that
    spells the initials of a name the text itself gave is that name's here, when the
    dictionary's own actor is never named in full (the text's evidence before the list's)."""
    named = {m.entity for m in mentions if m.role != "alias"}
    spelled: dict[str, Mention] = {}
    for m in mentions:
        words = [w for w in re.findall(r"[A-Za-z][\w'-]*", m.name) if w[0].isupper()]
        if m.role in ("name", "alias") and len(words) > 1:
            spelled.setdefault("".join(w[0] for w in words), m)
    out = []
    for m in mentions:
        own = spelled.get(m.span.text)
        if m.role == "alias" and m.span.text.isupper() and m.entity not in named and own is not None \
                and own.entity != m.entity and own.span.start < m.span.start:
            m = Mention(own.entity, own.name, own.type, m.span, role="acronym", country=own.country,
                        codes=dict(own.codes))
        out.append(m)
    return out


def spelled_out(document: Document, mentions: list[Mention]) -> list[Mention]:
    """"the Islamic State's Khorasan Province (ISKP)": a name found from capitals that a known
    actor's bracketed short name follows, and whose words end that actor's name, is that
    actor, whatever its head word made of it (a "Province" is no place here)."""
    by_start = {m.span.start: m for m in mentions if m.role in ("alias", "name", "acronym")}
    joined = []
    for m in mentions:
        d = re.match(r"\s*\(", document.text[m.span.end:m.span.end + 3])
        short = by_start.get(m.span.end + d.end()) if d else None
        if short is not None and short.entity != m.entity and m.entity == f"{m.type}:{slugify(m.name)}" \
                and short.name.lower().endswith(m.name.lower()):
            m = Mention(short.entity, short.name, short.type, m.span, role="alias", country=short.country,
                        codes=dict(short.codes))
        joined.append(m)
    return joined


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
