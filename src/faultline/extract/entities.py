"""Actor mentions found by dictionary: every surface form of every known actor.

All forms are compiled once into a spaCy PhraseMatcher over exact token text (news
capitalise names, and case keeps "US" the country apart from "us" the pronoun). Where
matches overlap, the longest wins ("Palestinian Islamic Jihad" over "Islamic Jihad").
A capital stands for its state ("Tehran said") except after a preposition of place
("a meeting in Beirut") or before a deal or meeting it names ("the Doha talks"), where it is
the city itself, as it is when held ("who control Sanaa"); so does a polity named after its
land ("Jubaland said", "in Jubaland").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..knowledge import Knowledge
from ..knowledge.ids import slugify
from ..model import Actor, Document, Mention
from ..nlp import lemma
from ..nlp.patterns import alternation
from .coreference import description_kinds
from .names import load_name_cues


class ActorMatcher:
    """Finds the actors of one Knowledge in parsed documents."""

    def __init__(self, knowledge: Knowledge, nlp: Language):
        self.knowledge = knowledge
        self.tokenizer = nlp.tokenizer
        cues = load_name_cues()
        # "in Sanaa", "the capital Sanaa": a capital after these is the city
        self.locative, self.venues = cues.locative | cues.city_nouns, cues.venue_nouns
        self.inside = cues.place_prepositions  # "in Jubaland", not "the administration of Jubaland"
        self.holding = cues.holding_verbs  # "who control Sanaa": the city held
        self.titles = cues.roles | {t.lower() for t in cues.titles}  # "General X": a title, not a name's word
        # "UK Government": words that make a state's name its government's
        self.governing = frozenset(w for w, kind in description_kinds().items() if kind.types == ("state",))
        self.publishers: dict[str, Actor | None] = {}  # an outlet's body, read once per outlet
        # "Tripoli-based": a capital before these is the city, not its state
        self.place_suffix = re.compile(rf"[-‐‑](?:{alternation(cues.place_suffixes)})\b")
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.roles: dict[tuple[str, str], str] = {}
        # A form two actors share belongs to the one loaded last: user dictionaries come after
        # the shipped ones, so a user's "Seoul" or "European Union" wins.
        owner: dict[str, str] = {}
        for actor in knowledge.actors:
            for form, role in actor.forms.items():
                for variant in _apostrophes(form):  # "Da'esh" and "Da’esh" are one spelling
                    self.roles[(actor.id, variant)] = role
                    owner[variant] = actor.id
        forms_by_actor: dict[str, list[str]] = {}
        for form, actor_id in owner.items():
            forms_by_actor.setdefault(actor_id, []).append(form)
        for actor_id, forms in forms_by_actor.items():
            self.matcher.add(actor_id, list(nlp.tokenizer.pipe(forms)))

    def find(self, parsed: Doc, document: Document) -> list[Mention]:
        spans = filter_spans([Span(parsed, start, end, label=key) for key, start, end in self.matcher(parsed)
                              if not _modifies_next(parsed, start, end)])
        known = {i for s in spans for i in range(s.start, s.end)}
        spans = [s for s in spans if not self._inside_longer_name(parsed, s, known)]
        mentions = []
        text = document.text  # (a Doc's .text is rebuilt at every call)
        for span in sorted(spans, key=lambda s: s.start_char):
            actor = self.knowledge.by_id[span.label_]
            role = self.roles.get((actor.id, span.text), "alias")
            where = document.span(span.start_char, span.end_char)
            prev = parsed[span.start - 1] if span.start > 0 else None
            before = prev.lower_ if prev is not None else ""
            # a verb of holding right before (the parser may miss the object)
            held = prev is not None and prev.tag_.startswith("VB") and lemma(prev) in self.holding
            if role in ("capital", "territory") and (
                    before in (self.locative if role == "capital" else self.inside) or held
                    or self.place_suffix.match(text, span.end_char) or self._venue(parsed, span)):
                mentions.append(Mention(entity=f"location:{slugify(span.text)}", name=span.text, type="location",
                                        span=where, role="name", country=actor.country))
                continue
            role = "name" if role == "territory" else role
            mentions.append(Mention(entity=actor.id, name=actor.name, type=actor.type, span=where, role=role,
                                    country=actor.country, codes=dict(actor.codes)))
        return mentions


    def _inside_longer_name(self, parsed: Doc, span: Span, known: set[int]) -> bool:
        """A body's short name closing a longer one ("U.S. Naval Forces Central Command", "the
        Free Syrian Army" where only "Central Command", "Syrian Army" are known): a capitalised
        word of no other known name, and no title, runs into it; that name is another body."""
        actor = self.knowledge.by_id[span.label_]
        if span.start == 0 or actor.type not in ("organization", "armed_group") \
                or self.roles.get((actor.id, span.text)) == "name":
            return False
        prev = parsed[span.start - 1]
        return prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.dep_ == "compound" \
            and span.start <= prev.head.i < span.end and prev.lower_ not in self.titles \
            and prev.i not in known

    def publisher(self, outlet: str | None) -> Actor | None:
        """The body a document's outlet names, whose own words the text is (a ministry's or a
        command's release): the known actor it is ("CENTCOM"), a state by its government ("UK
        Government"), else a body of its own named so ("Delegation of the European Union to
        Syria"). None for a news outlet, or an outlet that names no known actor at all."""
        key = outlet or ""
        if key not in self.publishers:
            self.publishers[key] = self._publisher(key)
        return self.publishers[key]

    def _publisher(self, outlet: str) -> Actor | None:
        words = self.tokenizer(outlet)
        spans = filter_spans([Span(words, start, end, label=key) for key, start, end in self.matcher(words)])
        actors = [self.knowledge.by_id[span.label_] for span in spans]
        if not actors or any(a.type == "media" for a in actors):
            return None
        rest = {t.lower_ for t in words if not any(s.start <= t.i < s.end for s in spans)}
        if len(actors) == 1 and rest <= self.governing and (not rest or actors[0].type == "state"):
            return actors[0]
        # the first actor named is whose body it is ("Australian Department of ..."), not
        # where it serves ("... Delegation of the European Union to Syria")
        return Actor(f"organization:{slugify(outlet)}", outlet, "organization", country=actors[0].country)

    def _venue(self, parsed: Doc, span: Span) -> bool:
        """"the Pretoria agreement", "the Doha peace talks": a capital naming where a deal or a
        meeting is made (one lower-case word may stand between)."""
        after = list(parsed[span.end:span.end + 2])
        return bool(after) and (after[0].lower_ in self.venues
                                or len(after) == 2 and after[0].is_lower and after[1].lower_ in self.venues)


def _modifies_next(parsed: Doc, start: int, end: int) -> bool:
    """"Russia's military intelligence", "Burkina Faso's military leader": a state's
    possessive and a word for its forces that only modify the noun after them name no force."""
    return any(t.lower_ in ("'s", "’s") for t in parsed[start:end - 1]) and end < len(parsed) \
        and parsed[end - 1].dep_ in ("amod", "compound", "nmod") and parsed[end].pos_ == "NOUN"


def _apostrophes(form: str) -> list[str]:
    """A form and its spelling with the other apostrophe."""
    if "'" in form:
        return [form, form.replace("'", "’")]
    if "’" in form:
        return [form, form.replace("’", "'")]
    return [form]
