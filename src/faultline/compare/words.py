"""Words of a statement as comparisons see them: stems, content words, negation, concepts."""
from __future__ import annotations

import re
from functools import lru_cache

from faultline.compare.lexicon import (
    CONCEPTS,
    HAPPENINGS,
    NEGATION,
    OPPOSITES,
    STOPWORDS,
)

_TOKEN = re.compile(r"[a-z][a-z'’-]*")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: lower case, possessive, plural and verb endings cut, a final e dropped
    ("strikes", "striking" and "strike" all give "strik"; "supplied" and "supplies" "suppl")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'-")
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + repl
            break
    if w.endswith("y") and len(w) > 4:
        w = w[:-1]
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("’", "'"))


def is_negative(words: list[str]) -> bool:
    """True when the words deny or negate ("will not", "never", "denied")."""
    return any(w in NEGATION or w.endswith("n't") for w in words)


def content_stems(words: list[str], names: frozenset[str] = frozenset()) -> frozenset[str]:
    """Stems of the words that carry a topic: no stopwords, negation or entity names."""
    return frozenset(stem(w) for w in words
                     if len(w) > 2 and w not in STOPWORDS and w not in NEGATION
                     and w not in names and not w.endswith("n't"))


_Entry = tuple[frozenset[str], frozenset[str], tuple[str, ...]]


def _stemmed(table: dict[str, frozenset[str]]) -> dict[str, _Entry]:
    """Each entry as (stems, exact words, phrases padded with spaces)."""
    return {name: (frozenset(stem(w) for w in entries if " " not in w and w[0] != "="),
                   frozenset(w[1:] for w in entries if w[0] == "="),
                   tuple(f" {w} " for w in entries if " " in w))
            for name, entries in table.items()}


_CONCEPTS = _stemmed(CONCEPTS)
_OPPOSITES = _stemmed(OPPOSITES)
_HAPPENINGS = _stemmed(HAPPENINGS)


class _Text:
    """A text's tokens, their stems and the space-padded lower-case text, made once."""

    def __init__(self, text: str, names: frozenset[str] = frozenset()):
        words = [w for w in tokens(text) if w not in names]
        self.words = frozenset(words)
        self.stems = frozenset(stem(w) for w in words)
        self.padded = " " + " ".join(words) + " "

    def has(self, entry: _Entry) -> bool:
        stems, exact, phrases = entry
        return bool(stems & self.stems or exact & self.words) or any(p in self.padded for p in phrases)


def stances(text: str, negative: bool, names: frozenset[str] = frozenset()) -> dict[str, int]:
    """Concept -> +1 (the text asserts it) or -1 (denies it, or asserts its opposite); words
    of `names` (entity names: "Rapid Support Forces") are not read."""
    seen = _Text(text, names)
    sign = -1 if negative else 1
    out: dict[str, int] = {}
    for name, entry in _CONCEPTS.items():
        if seen.has(entry):
            out[name] = sign
    for name, entry in _OPPOSITES.items():
        if name not in out and seen.has(entry):
            out[name] = -sign
    return out


def happening_types(text: str) -> list[str]:
    """The PLOVER types whose happenings the text names ("denied firing the shells": ASSAULT)."""
    seen = _Text(text)
    return [name for name, entry in _HAPPENINGS.items() if seen.has(entry)]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
