"""Ties stated with money or goods: who gives an amount to whom, and who sells weapons to whom.

`MoneyReader` is the half of the relations extractor (relations.py) that reads a sentence's
amounts (nlp/money.py) and purchases:

    money           "X provided $30m annually to Y (it gives $70m to Z and an average $1bn
                    to W)", "X gave Y $5m": funds, with the amount
    money_received  "Y received $5m from X"
    purchases       "Y paid X $25m for armed drones", "Y bought drones from X for $25m", "X
                    sold missiles to Y": a purchase of weapons (data/relations.yaml `weapons`)
                    is an arms tie from the seller to the buyer, with the amount paid; money
                    paid for other goods is no tie at all ("paid X $2m for grain")
"""
from __future__ import annotations

import dataclasses
import re

from ...model import Mention
from .actors import Surroundings
from .cues import AND_MORE, GIVER, PURCHASE, RECIPIENT, RelationLexicon

_SELLER = re.compile(r"\bfrom\s+")
_BUYER = re.compile(r"\bto\s+")


class MoneyReader:
    text: str
    at: Surroundings
    lex: RelationLexicon
    amounts: list

    def _money(self, sentence: tuple[int, int]) -> None:
        purchase_cue = next((c for c in self.lex.cues if c.frame == "purchase"), None)
        for cue in (c for c in self.lex.cues if c.frame in ("money", "money_received")):
            received = cue.frame == "money_received"
            left_types, right_types = self._sides(cue)
            previous = None  # (clause start, the giver or recipient before, verb span, end of the names after)
            for am in (a for a in self.amounts if sentence[0] <= a.start < sentence[1]):
                clause = self.at.clause(am.start)
                lower = previous[3] if previous and previous[0] == clause.start else clause.start
                verbs = [v for v in cue.pattern.finditer(self.text, lower, am.start)
                         if len(re.findall(r"\S+", self.text[v.end():am.start])) <= 6]
                if verbs:
                    verb = (verbs[-1].start(), verbs[-1].end())
                    left = self.at.clause_subjects(verb[0], left_types, clause)
                    # "gave X $70m": the recipient between the verb and the amount
                    right = [] if received else self.at.following(verb[1], right_types, 1, end=am.start)
                elif previous and previous[0] == clause.start and AND_MORE.fullmatch(self.text, previous[3], am.start):
                    left, verb, right = previous[1], previous[2], []  # "... and an estimated $2bn to Z"
                else:
                    continue
                right = right or self._recipients(am.end, right_types, clause.end, GIVER if received else RECIPIENT)
                goods_at = max([am.end] + [m.span.end for m in right if m.span.start > am.end])  # "paid $5m to X for"
                purchase = PURCHASE.match(self.text, goods_at)
                if not received and purchase and not any(m.span.start == purchase.end() for m in right):
                    # "paid X $25m for armed drones": X arms the buyer; "paid X $2m for grain": no tie
                    if purchase_cue and len(right) == 1 and self.lex.weapons.match(self.text, purchase.end()):
                        self._emit(purchase_cue, left, right, (verb[0], am.end), am.amount)
                    continue
                amount = am.amount if len(right) == 1 else dataclasses.replace(am.amount, shared=True)
                if right and self._emit(cue, left, right, (verb[0], am.end), amount):
                    previous = (clause.start, left, verb, max(o.span.end for o in right))

    def _recipients(self, pos: int, types: frozenset[str], end: int, preposition: re.Pattern[str]) -> list[Mention]:
        for m in preposition.finditer(self.text, pos, min(end, pos + 60)):
            found = (self.at.following(m.end(), types, 4, end=end)
                     or self.at.plural_reference(m.end(), types, self.lex.plural))
            if found:
                return found
        return []

    def _purchases(self, sentence: tuple[int, int]) -> None:
        """"Y bought armed drones from X for $25m", "X sold missiles to Y": X arms Y."""
        for cue in (c for c in self.lex.cues if c.frame in ("purchase", "sale")):
            left_types, right_types = self._sides(cue)
            for verb in cue.pattern.finditer(self.text, *sentence):
                s, e = verb.span()
                goods = self.lex.weapons.match(self.text, e)
                if not goods or self._inside_name(s, e):
                    continue
                clause = self.at.clause(s)
                left = self.at.clause_subjects(s, left_types, clause)  # the buyer, or the seller of a sale
                right = self._recipients(goods.end(), right_types, clause.end,
                                         _SELLER if cue.frame == "purchase" else _BUYER)
                amount = next((a.amount for a in self.amounts if e <= a.start < clause.end), None)
                self._emit(cue, left, right, (s, e), amount)
