"""The relation cue lexicon (data/relations.yaml) and the grammar of the gaps around cues.

Negation and denial words come from data/modality.yaml, the events' lexicon, so that both
stages agree on what "not" is.

`load_relation_cues()` compiles the file once: for each relation type, the actor types its
subject and object may have, and one case-insensitive `Cue` per frame spec (see the file's
header for the frames); a spec may give its forms their own subject or object types ("belongs
to" admits states and groups, "spokesman for" only people). The `*_GAP` patterns say which
words may stand between a cue and the name it points to ("X, who is the head of", "Y, a group
backed by"); frames.py reads them, actors.py finds the names.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from ...errors import DictionaryError
from ...knowledge.datafiles import load_data
from ...model import RELATION_TYPES

# Frames in the order they are tried on cues of equal length; True: the name before the cue is the object.
FRAMES = {"compound": False, "compound_reverse": True, "passive": True, "passive_clause": True, "role": False,
          "role_reverse": True, "title": True, "title_state": True, "title_reverse": False, "owned_role": True,
          "army_of": True, "founders": True, "noun": False, "verb": False, "pair": False, "continues": False,
          "money": False, "money_received": True, "purchase": True, "sale": False, "possessive": True,
          "host": False, "named_after": False}
NOMINAL = frozenset({"compound", "compound_reverse", "title", "title_state", "title_reverse", "owned_role", "army_of",
                     "possessive", "host", "named_after"})
# A verb form after these is an adjective or a noun: "the armed wing", "Hamas's armed wing".
ADJECTIVAL = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|heavily|well|lightly|fully)\s+|[’']s\s+|[-‐‑])$",
                        re.I)
# Words before a verb's "-ed" form that keep it a verb ("Iran has long armed ..."); after any
# other lower-case word it is an adjective ("its allied armed groups").
VERB_LEADS = frozenset("has have had having also long which who that and but or it they he she then later once "
                       "already still since is was were been be being not never first".split())
# A place a passive participle follows is inside a phrase, not its head ("a city in X still held by").
IN_PHRASE = re.compile(r"\b(?:in|at|near|from|outside|inside|across|around)\s+(?:the\s+)?$", re.I)
# Money paid "for" goods is a purchase, not funding ("paid X $25m for drones").
PURCHASE = re.compile(r"\s+(?:for|in exchange for|in return for)\s+(?:the\s+|a\s+|an\s+)?(?=[\w’'-])", re.I)
MODIFIER_GAP = re.compile(r"(?:[’']s?)?\s*(?:[a-z][\w-]*\s+)?")
# The words a passive participle or a role may stand apart from the name before it:
# "Y, a militia backed by", "Y has long been funded by"; "X, who was named head of".
PASSIVE_GAP = re.compile(r"(?:[’']s(?:\s+[a-z]+)?)?\)?\s*(?:,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?)?)?"
                         r"(?:(?:which|who|that)\s+)?(?:(?:is|are|was|were|has|have|had|been|being|be|long|also|now|"
                         r"still|largely|heavily|partly|mainly|mostly|widely|both|all|once|first|directly|openly|"
                         r"secretly|financially|militarily|politically)\s+)*,?\s*")
ROLE_GAP = re.compile(r"(?:[’']s)?\s*(?:,\s*)?(?:(?:who|which|that)\s+)?(?:(?:is|was|are|were|has|have|had|been|"
                      r"remains|remained|became|becomes|named|appointed|elected|serves|served|as|also|now|still|"
                      r"long|currently)\s+)*(?:(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,3}?)?")
TITLE_GAP = re.compile(r"(?:[’']s?)?\s+(?:(?:[A-Z][\w-]*|senior|top|deputy|chief|military|political|foreign|local|"
                       r"regional|international|diplomatic|security|defence|defense|veteran|longtime|long-time|acting|"
                       r"new|interim|exiled|spiritual|field|media|junta|rebel|militia|opposition|party|army|group)"
                       r"\s+){0,3}")
POSSESSOR_GAP = re.compile(r"[’']s?\s+(?:[a-z][\w-]*\s+){0,2}")
APPOSITION = re.compile(r"\)?\s*,\s*(?:a|an|the|one\s+of(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}")
# The words between a name and a role it is given in apposition or by a copula: "X (X), Y's affiliate",
# "X, an armed movement that functions as Y's branch", "X is Y's proxy".
APPOSED = re.compile(r"\)?\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+"
                     r"(?:functions|serves|acts|operates)\s+as\s+)?(?:(?:a|an|the)\s+)?")
# A lower-case body between a role and the organisation it belongs to: "a member of the political bureau of Y".
BODY = re.compile(r"\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}(?:of|at|in|for)\s+(?:the\s+)?(?=[A-Z])")
# "X is the last city in Z still held by Y": the head before the place is X's.
HEAD_OF_PHRASE = re.compile(r"\s+(?:is|was|remains|remained|became)\s+(?:the|a|an|one of the)\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:in|at|near|outside|inside|across|around)\s+(?:the\s+)?")
# A relative clause closed by the main verb: "Y, which has seized ..., is led by X", "X, which hosts ..., funds Y".
MAIN_AFTER_RELATIVE = re.compile(r",\s+(?:(?:is|are|was|were|has|have|had|been|also|still|now|long|[a-z]+ly)\s+)*$")
COMPOUND_HEAD = re.compile(r"(?:\s*(?:[\w-]+\s+){0,3}(?:such as|including|like|between|,)\s*(?:the\s+)?|\s*)")
PREDICATIVE = re.compile(r"\s*(?:[,.;)]|$|and\b|but\b|while\b)")
# "X and other groups it backs": the pronoun is the backer, the names before "and other" the backed.
RELATIVE_OBJECT = re.compile(r"\s(?:and|or)\s+(?:\w+\s+)?(?:other|such)\s+(?:[\w-]+\s+){0,2}?(?:groups|militias|"
                             r"factions|movements|organi[sz]ations|proxies|allies)\s+(?:that\s+|which\s+)?"
                             r"(?P<who>it|they|he|she)\s+$")
RECIPIENT = re.compile(r"\b(?:to|for|on)\s+")
GIVER = re.compile(r"\b(?:from|by)\s+")
AND_MORE = re.compile(r"\s*,?\s*(?:and|plus|as well as|while)\s+(?:[\w’'-]+\s+){0,3}")


@dataclass(frozen=True)
class Cue:
    type: str
    frame: str
    forms: tuple[str, ...]
    pattern: re.Pattern[str]
    subjects: frozenset[str]  # the relation type's actor types, unless the cue gives its own
    objects: frozenset[str]
    after: tuple[str, ...] = ()  # continues: the types of tie it goes on from
    unless: frozenset[str] = frozenset()  # possessive: CAMEO role codes that rule a unit out
    then: re.Pattern[str] | None = None  # founders: the verb that closes "a bloc the three states formed"
    keys: frozenset[str] = frozenset()  # the first word of every form: a text without any needs no search


@dataclass(frozen=True)
class RelationLexicon:
    subjects: dict[str, frozenset[str]]
    objects: dict[str, frozenset[str]]
    cues: tuple[Cue, ...]
    connectors: re.Pattern[str]
    plural: re.Pattern[str]
    hedges: re.Pattern[str]
    past: re.Pattern[str]
    institutions: frozenset[str]
    heads: frozenset[str]  # nouns a name may follow directly ("the al-Qaeda-linked group X")
    negation: re.Pattern[str]  # the words of data/modality.yaml, matched as whole words
    denial: re.Pattern[str]
    weapons: re.Pattern[str]  # goods whose purchase is an arms tie ("paid X $25m for armed drones")
    armies: re.Pattern[str]  # "the army": a state's own force, named by its role ("a spokesman for army operations")
    seconds: frozenset[str]  # "deputy head of": the holder is a member, not the leader
    losing: frozenset[str]  # "lost control of": what the cue names is given away
    allegations: frozenset[str]  # "claims that X funds Y": what such a noun's clause says is no one's fact


def _form(form: str) -> str:
    """One cue phrase as a regex: spaces any run of spaces, "-" any hyphen, "'" either apostrophe,
    and an adverb may stand before a closing "by" ("led militarily by", "run directly by")."""
    out, tokens = "", form.split()
    for i, token in enumerate(tokens):
        if token == "...":
            out += r"(?:[\w’'-]+\s+){1,4}?"
            continue
        if token == "by" and i:
            out += r"(?:[a-z]+ly\s+)?"
        out += "".join("[-‐‑]" if ch == "-" else "[’']" if ch in "'’" else re.escape(ch) for ch in token)
        out += r"\s+" if i < len(tokens) - 1 else ""
    lead = r"\b" if form[0].isalnum() and not form.startswith("n'") else ""  # "n't" is glued to its verb
    return lead + out + (r"\b" if form[-1].isalnum() else "")


def _alternation(forms) -> str:
    return "|".join(_form(f) for f in sorted(forms, key=len, reverse=True))


def _cue(kind: str, frame: str, spec: dict, subjects: frozenset[str], objects: frozenset[str]) -> Cue:
    forms = tuple(spec["forms"])
    if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        raise DictionaryError(f"data/relations.yaml: {kind}.{frame} must be a list of phrases")
    then = re.compile(_alternation(spec["then"]), re.I) if "then" in spec else None
    return Cue(kind, frame, forms, re.compile(_alternation(forms), re.I),
               frozenset(spec.get("subjects", subjects)), frozenset(spec.get("objects", objects)),
               tuple(spec.get("after", ())), frozenset(spec.get("unless", ())), then,
               frozenset(re.split(r"[\s’'-]+", f.lower())[0] for f in forms))


@lru_cache(maxsize=1)
def load_relation_cues() -> RelationLexicon:
    """data/relations.yaml compiled into one pattern per relation type and frame."""
    try:
        data = copy.deepcopy(load_data("relations.yaml"))  # entries are popped below
        subjects, objects, cues = {}, {}, []
        for kind, spec in data["types"].items():
            if kind not in RELATION_TYPES:
                raise DictionaryError(f"data/relations.yaml: unknown relation type {kind!r}")
            subjects[kind], objects[kind] = frozenset(spec.pop("subjects")), frozenset(spec.pop("objects"))
            for frame, given in spec.items():
                if frame not in FRAMES:
                    raise DictionaryError(f"data/relations.yaml: {kind}: unknown frame {frame!r}")
                # a list of phrases, one {forms: ...} spec, or a list of specs with their own options
                specs = given if isinstance(given, list) and all(isinstance(g, dict) for g in given) else [given]
                cues += [_cue(kind, frame, one if isinstance(one, dict) else {"forms": one}, subjects[kind],
                              objects[kind]) for one in specs]

        modality = load_data("modality.yaml")

        def words(key: str, source: dict = data) -> str:
            return _alternation(source[key])
        return RelationLexicon(subjects, objects, tuple(cues),
                               connectors=re.compile(rf"(?:{words('connectors')})\s+(?:[\w’'-]+\s+){{0,2}}$", re.I),
                               plural=re.compile(rf"(?:{words('plural_references')})", re.I),
                               hedges=re.compile(rf"(?:{words('hedges')})", re.I),
                               past=re.compile(rf"(?:{words('past')})", re.I),
                               institutions=frozenset(data["institutions"]), heads=frozenset(data["heads"]),
                               negation=re.compile(words("negation", modality), re.I),
                               denial=re.compile(words("denial", modality), re.I),
                               weapons=re.compile(rf"\s*(?:[\w’'-]+\s+){{0,3}}?(?:{words('weapons')})", re.I),
                               armies=re.compile(rf"(?:{words('armies')})", re.I),
                               seconds=frozenset(data["seconds"]), losing=frozenset(data["losing"]),
                               allegations=frozenset(data["allegations"]))
    except (KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise DictionaryError(f"data/relations.yaml: {exc!r}") from exc
