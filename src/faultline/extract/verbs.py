"""Event verbs from the field's own dictionary: CAMEO's verb patterns read on the parse.

data/cameo_verbs.json (converted by knowledge/cameo.py) groups verbs into blocks with a
default CAMEO code and patterns: the words that must stand before or after the verb for
another code ("rush * aid" is AID, "rush * police to border" MOBILIZE). Here a verb is
looked up by its lemma (a multi-word verb by its lemma and particle: "shoot down"); the
pattern with most words whose words all occur, in order, among the verb's own dependents
after it (and within its clause before it) gives the code, else the block's default; the
code's PLOVER type and mode come from the crosswalk. Codes PLOVER drops (statements,
appeals) give no event.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.cameo import load_cameo_verbs
from ..model import Trigger
from ..nlp import lemma

# How far a pattern's words may stand from the verb: its phrase after it, a few words before.
_AFTER = 14
_BEFORE = 6


@dataclass(frozen=True)
class _Pattern:
    code: str
    before: tuple[str, ...]
    after: tuple[str, ...]


@dataclass(frozen=True)
class _Entry:
    particles: tuple[str, ...]  # "down" of "shoot down"
    code: str | None
    patterns: tuple[_Pattern, ...]


class CameoVerbs:
    """The dictionary indexed by lemma, with the code -> Trigger table; built once."""

    def __init__(self, data: dict | None = None):
        data = data or load_cameo_verbs()
        self.synonyms = {k.lower(): frozenset(w.split()[0] for w in words) for k, words in data["synonyms"].items()}
        self.triggers: dict[str, Trigger] = {}
        for code, plover in data["plover"].items():
            if plover:
                self.triggers[code] = Trigger(plover["type"], plover.get("mode"), code, frozenset())
        self.index: dict[str, list[_Entry]] = {}
        for block in data["blocks"]:
            patterns = tuple(_Pattern(p["code"], tuple(p["before"]), tuple(p["after"])) for p in block["patterns"])
            for verb in block["verbs"]:
                words = verb.split()
                if len(words) > 1 and words[1] in ("and", "or"):
                    continue  # "killed and": a fragment the old coder needed, no verb
                self.index.setdefault(words[0], []).append(_Entry(tuple(words[1:]), block["code"], patterns))

    def code(self, token) -> str | None:
        """The CAMEO code the verb `token` carries in its sentence, or None."""
        entries = self.index.get(lemma(token))
        if not entries:
            return None
        after_seq = [(t.lower_, lemma(t)) for t in _after(token)]
        after = {w for pair in after_seq for w in pair}
        before_seq = [(t.lower_, lemma(t)) for t in _before(token)]
        # a phrasal verb means something else than its verb ("pushed back" is no "push for"):
        # an entry whose words lack the particle gives no default code, only its patterns
        particles = {c.lower_ for c in token.children if c.dep_ == "prt" or c.tag_ == "RP"}
        best: tuple[int, str] | None = None
        for entry in entries:
            if entry.particles and not all(p in after for p in entry.particles):
                continue
            if entry.code and best is None and particles <= set(entry.particles):
                best = (0, entry.code)  # the block's default, until a pattern fits
            for pattern in entry.patterns:
                size = len(pattern.before) + len(pattern.after)
                if (best is None or size > best[0]) and self._in_order(pattern.after, after_seq) \
                        and self._in_order(pattern.before, before_seq):
                    best = (size, pattern.code)
        return best[1] if best else None

    def trigger(self, token) -> Trigger | None:
        code = self.code(token)
        return self.triggers.get(code) if code else None

    def _in_order(self, words: tuple[str, ...], seq: list[tuple[str, str]]) -> bool:
        i = 0
        for word in words:
            options = self.synonyms.get(word[1:]) if word.startswith("&") else None
            while i < len(seq) and not (seq[i][0] == word or seq[i][1] == word
                                        or (options is not None and (seq[i][0] in options or seq[i][1] in options))):
                i += 1
            if i >= len(seq):
                return False
            i += 1
        return True


def _after(token):
    """The verb's own words after it: its right dependents' subtrees, within the sentence."""
    end = min(token.right_edge.i + 1, token.sent.end, token.i + 1 + _AFTER)
    return [t for t in token.doc[token.i + 1:end] if not t.is_punct]


def _before(token):
    start = max(token.sent.start, token.i - _BEFORE)
    return [t for t in token.doc[start:token.i] if not t.is_punct]


@lru_cache(maxsize=1)
def cameo_verbs() -> CameoVerbs:
    return CameoVerbs()


