"""Who did it, and to whom: an event trigger's actors and targets, read off its clause.

No parser runs here, so the rules read word order, the way a careful reader skims:
    passive verb      "was shelled by X": targets before, actors after "by"
    active verb       the subject: the first actor after the last comma before the trigger
                      ("As X expected, Y struck": Y), else the clause's first actor; a
                      pronoun or "who" subject goes to its antecedent
    noun              its modifier ("Kenyan airstrikes", "the army's raid", "Qatari-brokered
                      talks", "Turkish and Iraqi blockade"), or "by X"; the clause's subject
                      only when a support verb carries the noun ("X launched a barrage")
    "between A and B" meetings and talks: A acts, B is the other side
    victims           "two soldiers were wounded in the attack": what comes before a
                      passive casualty verb is a target, never the actor
Targets follow the trigger; a place is a target only after "on/at/against/into...". Actors
named as the source of a claim ("according to the IDF") and modifiers of other nouns
("a union-organised march") are never the subject of a verb.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.datafiles import load_data
from ..model import Mention
from ..nlp.patterns import alternation
from .coreference import antecedent

AGENTS = ("armed_group", "state", "organization", "person", "population", "media")
_TARGET_PREPS = re.compile(r"\b(?:on|at|against|into|toward|towards|targeting|inside|hitting|from)\s+(?:the\s+)?"
                           r"(?:(?:[a-z-]+|[A-Z][\w-]+)\s+){0,2}(?:(?:town|village|city|district|camp)\s+of\s+)?$")
# a place as a verb's object: "attacked the town of X", "shelled Y"
_DIRECT_PLACE = re.compile(r"\s+(?:the\s+)?(?:(?:[a-z-]+|[A-Z][\w-]+)\s+){0,2}?(?:(?:town|village|city|district|camp|"
                           r"port|base|market|outskirts)\s+of\s+)?")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.I)
_VICTIM = re.compile(r"\b(?:was|were|been|are|is)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|shot|abducted|"
                     r"kidnapped|arrested|detained)\b", re.I)
# "Sudan's paramilitary RSF": the possessor is not the subject, what it possesses is.
_POSSESSOR = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}[A-Z]")
# Both name the pronoun `word`: `_antecedent_of` reads it by name from either match (a match
# of one pattern without the group once raised "IndexError: no such group").
_PRONOUN = re.compile(r"\b(?P<word>it|its|they|their|he|his|she|her|who)\b", re.I)
_RELATIVE = re.compile(r"\s*(?P<word>who)\b")  # "..., who shelled": the clause opens with it
_MODIFIER_COMPOUND = re.compile(r"^-(?:[a-z]+ed|run|led|backed|based|born|made)\b")
# Between a modifier and its noun: a possessive ("the army's raid", "the Trump administration's
# tightening"), a hyphenated compound ("Hamas-organised riot") and adjectives, never a verb
# or a function word ("the Times said the shells": the Times is not the shells' author).
_FUNCTION = (r"(?!(?:said|says|told|the|a|an|of|to|and|or|in|on|at|by|for|with|from|was|were|is|are|has|have|"
             r"had|will|would|that|which|who|after|before|when|as|its|their|his|her)\b)")
_MODIFIER_GAP = re.compile(rf"(?:\s+{_FUNCTION}[a-z-]+)?(?:[’']s?)?\s*(?:-\w+\s+)?(?:{_FUNCTION}[a-z-]+\s+){{0,2}}|-")


@lru_cache(maxsize=1)
def _support_verbs() -> re.Pattern[str]:
    data = load_data("events.yaml")
    words = alternation(data["support_verbs"])
    return re.compile(rf"\b(?:{words})\b", re.I)


def participants(text: str, start: int, end: int, nominal: bool, clause: tuple[int, int],
                 mentions: list[Mention], everyone: list[Mention], sentences: list[tuple[int, int]]
                 ) -> tuple[list[str], list[str]]:
    """(actor ids, target ids) of the trigger at start:end. `mentions` are those of its
    clause that may take part; `everyone` all of the document's, for antecedents."""
    left = [m for m in mentions if m.span.end <= start]
    right = [m for m in mentions if m.span.start >= end]
    by = [m for m in right if re.search(r"\bby\s+(?:the\s+)?$", text[max(0, m.span.start - 12):m.span.start])]
    between = _between(text, end, right)
    if not nominal and not text[start:end].endswith("ing") and _PASSIVE_AUX.search(text[max(0, start - 40):start]):
        return _ids(by[:1]), _ids(left[-1:])
    victims = [m for m in _agents(left) if _VICTIM.search(text[m.span.end:start])]
    if victims:
        return _ids(by[:1]), _ids(victims)
    if between:
        actors, targets = between
        return _ids(_modifiers(text, left, start) or actors), _ids(targets)
    if nominal:
        actors = _modifiers(text, left, start) or by[:1]
        # the support verb carries the noun only from close by ("launched a barrage of")
        if not actors and _support_verbs().search(" ".join(text[clause[0]:start].split()[-6:])):
            actors = _subject(text, left, start, clause, everyone, sentences)
    else:
        actors = _subject(text, left, start, clause, everyone, sentences)
    taken = {a.entity for a in actors}
    # places and outlets are targets only when aimed at ("rockets into Israel"), not when named
    targets = [m for m in right if m not in by and m.entity not in taken and (m.type in AGENTS or m.type == "location")
               and (m.type not in ("location", "media") or _TARGET_PREPS.search(text[max(0, m.span.start - 30):m.span.start])
                    or (not nominal and _DIRECT_PLACE.fullmatch(text[end:m.span.start])))]
    return _ids(actors + _joiners(text, right)), _ids(targets[:2])


def _subject(text, left, start, clause, everyone, sentences) -> list[Mention]:
    """The verb's subject: see the module docstring."""
    agents = [m for m in _agents(left) if not _MODIFIER_COMPOUND.match(text[m.span.end:m.span.end + 12])
              and not _POSSESSOR.match(text[m.span.end:m.span.end + 40])]
    last_comma = text.rfind(",", clause[0], start)
    near = [m for m in agents if m.span.start > last_comma] if last_comma >= 0 else []
    head = text[max(clause[0], last_comma + 1):start]
    relative = _RELATIVE.match(head)
    pronoun = relative or (_PRONOUN.search(head) if not near else None)
    head_start = max(clause[0], last_comma + 1)
    if pronoun and not any(head_start <= m.span.start < head_start + pronoun.start() for m in agents):
        return _antecedent_of(text, pronoun, max(clause[0], last_comma + 1), everyone, sentences)
    chosen = near or agents
    if not chosen:
        return []
    group = [chosen[0]]
    for m in chosen[1:]:
        if re.fullmatch(r"\s*(?:,|and|, and|or)\s*", text[group[-1].span.end:m.span.start]):
            group.append(m)
    return group


def _antecedent_of(text, pronoun: re.Match[str], offset: int, everyone, sentences) -> list[Mention]:
    said = pronoun["word"].lower()
    word = {"its": "it", "their": "they", "his": "he", "her": "she"}.get(said, said)
    at = offset + pronoun.start()  # for a relative "who": where its clause opens
    if word == "who":  # "..., who has withdrawn": the name just before the comma
        before = [m for m in everyone if m.span.end <= at and at - m.span.end <= 3]
        return before[-1:]
    types = ("person",) if word in ("he", "she") else ("armed_group", "organization", "state")
    # "a southern Israeli city" names no one "it" could point back to
    named = [m for m in everyone if m.role not in ("adjective", "people")]
    found = antecedent(named, sentences, at, types)
    return [found] if found else []


def _modifiers(text: str, left: list[Mention], start: int) -> list[Mention]:
    """Actors named right before a noun trigger, coordinated ones included."""
    found: list[Mention] = []
    pos = start
    for m in reversed(_agents(left)):
        gap = text[m.span.end:pos]
        if found:
            if not re.fullmatch(r"\s*(?:and|or|,)\s*", gap):
                break
        elif not _MODIFIER_GAP.fullmatch(gap):
            break
        found.insert(0, m)
        pos = m.span.start
    return found


def _between(text: str, end: int, right: list[Mention]):
    """"a meeting between A, head of X, and B": (A side, B side)."""
    m = re.match(r"\s+(?:[\w-]+\s+){0,4}?between\s+", text[end:end + 80])
    if not m:
        return None
    after = [x for x in _agents(right) if x.span.start >= end + m.end()]
    if not after:
        return None
    split = next((i for i in range(1, len(after))
                  if re.search(r"\band\s+(?:the\s+)?$", text[after[i - 1].span.end:after[i].span.start])), None)
    if split is None:
        return None
    return after[:split], after[split:]


def _joiners(text: str, right: list[Mention]) -> list[Mention]:
    """"..., with the militia soon joining in": co-actors named after the trigger."""
    return [m for m in right if re.search(r"\bwith\s+$", text[max(0, m.span.start - 8):m.span.start])
            and re.match(r"\s+(?:\w+\s+)?joining\b", text[m.span.end:m.span.end + 20])]


def _agents(mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.type in AGENTS]


def _ids(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.entity for m in mentions))
