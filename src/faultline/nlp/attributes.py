"""The model's attribute rules (coarse POS, morphology, a few lemmas) applied by lookup.

spaCy's English models end the parse with an `attribute_ruler`: 179 token patterns ("a TAG
of VBZ and the word 's: POS AUX, lemma be") run by the generic Matcher over every token,
which costs a quarter of the parse. `AttributeRules` applies the same patterns with the
same outcome: each pattern is filed under one attribute of its first token (TAG, LOWER, DEP
or IS_SPACE, and the values it accepts), so a token is tried only against the patterns its
own values can start; a later rule wins over an earlier one, as with the ruler (matches
applied in rule order, then position). Only the predicates those models use are read
(equality, IN, NOT_IN, REGEX); a ruler with any other keeps running as it is.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

_READ: dict[str, Callable[[Token], object]] = {
    "TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space}
_INDEXED = ("TAG", "LOWER", "DEP", "IS_SPACE")  # what a pattern is filed under, first found


class UnsupportedRule(ValueError):
    """A pattern with an attribute or predicate this module does not read."""


@dataclass
class _Rule:
    order: int        # the ruler's rule number: later rules win
    tokens: list[list[tuple[Callable[[Token], object], Callable[[object], bool]]]]
    attrs: dict
    index: int

    def matches(self, doc: Doc, start: int) -> bool:
        if start + len(self.tokens) > len(doc):
            return False
        return all(test(read(doc[start + k])) for k, checks in enumerate(self.tokens) for read, test in checks)


def _predicate(value) -> Callable[[object], bool]:
    if not isinstance(value, dict):
        return lambda v: v == value
    (kind, arg), = value.items()
    if kind == "IN":
        allowed = frozenset(arg)
        return lambda v: v in allowed
    if kind == "NOT_IN":
        refused = frozenset(arg)
        return lambda v: v not in refused
    if kind == "REGEX":
        pattern = re.compile(arg)
        return lambda v: bool(pattern.search(v))
    raise UnsupportedRule(kind)


def _keys(value) -> list | None:
    """The values a filed attribute accepts, or None when it cannot be filed (NOT_IN, REGEX)."""
    if not isinstance(value, dict):
        return [value]
    (kind, arg), = value.items()
    return list(arg) if kind == "IN" else None


class AttributeRules:
    """`ruler`'s patterns, applied as it applies them."""

    def __init__(self, ruler):
        self.filed: dict[str, defaultdict[object, list[_Rule]]] = {a: defaultdict(list) for a in _INDEXED}
        self.unfiled: list[_Rule] = []
        for order, (group, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices)):
            for pattern in group["patterns"]:
                rule = _Rule(order, [[(self._reader(a), _predicate(v)) for a, v in token.items()]
                                     for token in pattern], attrs, index)
                self._file(rule, pattern[0])

    @staticmethod
    def _reader(attribute: str) -> Callable[[Token], object]:
        if attribute not in _READ:
            raise UnsupportedRule(attribute)
        return _READ[attribute]

    def _file(self, rule: _Rule, first: dict) -> None:
        for attribute in _INDEXED:
            keys = _keys(first[attribute]) if attribute in first else None
            if keys is not None:
                for key in keys:
                    self.filed[attribute][key].append(rule)
                return
        self.unfiled.append(rule)

    def __call__(self, doc: Doc) -> Doc:
        tag, lower, dep, space = (self.filed[a] for a in _INDEXED)
        found = []
        for i, token in enumerate(doc):
            for rules in (tag.get(token.tag_), lower.get(token.lower_), dep.get(token.dep_),
                          space.get(token.is_space), self.unfiled):
                for rule in rules or ():
                    if rule.matches(doc, i):
                        found.append((rule.order, i, len(rule.tokens), rule))
        found.sort(key=lambda m: m[:3])
        for _, start, length, rule in found:
            set_token_attrs(doc[start:start + length][rule.index], rule.attrs)
        return doc


@Language.factory("faultline_attribute_rules")
def _attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules(nlp.get_pipe("attribute_ruler"))


def use_attribute_rules(nlp: Language) -> None:
    """Put `AttributeRules` in place of `nlp`'s attribute_ruler, when it has one this reads."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    try:
        nlp.add_pipe("faultline_attribute_rules", before="attribute_ruler")
    except UnsupportedRule:
        return
    nlp.remove_pipe("attribute_ruler")
