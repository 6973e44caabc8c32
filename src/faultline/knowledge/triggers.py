"""Event triggers from data/events.yaml, with the inflected forms matching needs.

The file lists base forms; English's regular inflection is applied here (attack ->
attacks, attacked, attacking; strike -> strikes) and the file's `irregular` table covers
the rest (strike -> struck), so the data stays short and readable.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import DictionaryError
from ..model import EVENT_TYPES, Trigger
from .datafiles import LOADER

_VOWELS = "aeiou"


def _verb_forms(base: str, irregular: dict[str, list[str]]) -> set[str]:
    if base in irregular:
        return {base, *irregular[base]}
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    elif re.search(r"(?:s|sh|ch|x|z)$", base):
        forms |= {base + "es", base + "ed", base + "ing"}
    else:
        forms |= {base + "s", base + "ed", base + "ing"}
        # one-syllable consonant-vowel-consonant verbs double their last letter (ship, shipped)
        if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


def _plural(noun: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z)$", noun):
        return noun if noun.endswith("s") else noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def _phrases(words: list[str], inflect) -> set[str]:
    """Inflect the first word of a verb phrase, or the last word of a noun phrase."""
    out = set()
    for phrase in words:
        parts = str(phrase).split()
        out |= inflect(parts)
    return out


@lru_cache(maxsize=1)
def load_triggers() -> tuple[tuple[Trigger, ...], frozenset[str]]:
    """The triggers, and the phrases whose words are never triggers."""
    path = resources.files("faultline") / "data" / "events.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        irregular = {k: list(v) for k, v in data.get("irregular", {}).items()}
        triggers = []
        for i, entry in enumerate(data["triggers"]):
            if entry["type"] not in EVENT_TYPES:
                raise DictionaryError(f"{path}: trigger entry {i + 1} has unknown type {entry['type']!r}")
            verbs = _phrases(entry.get("verbs") or [], lambda p: {" ".join([f] + p[1:]) for f in _verb_forms(p[0], irregular)})
            nouns = _phrases(entry.get("nouns") or [], lambda p: {" ".join(p), " ".join(p[:-1] + [_plural(p[-1])])})
            triggers.append(Trigger(entry["type"], entry.get("mode"), str(entry["cameo"]).zfill(2),
                                    frozenset(f.lower() for f in verbs | nouns), frozenset(f.lower() for f in nouns),
                                    frozenset(entry.get("objects") or []), frozenset(entry.get("targets") or [])))
        blocked = frozenset(str(p).lower() for p in data.get("not_triggers") or [])
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise DictionaryError(f"{path}: cannot load event triggers: {exc}") from exc
    return tuple(triggers), blocked
