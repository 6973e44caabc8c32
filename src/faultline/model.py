"""The typed objects that flow between faultline's stages.

Every stage takes and returns these dataclasses; dicts appear only at the serialisation
edge (`to_dict` / `from_dict`), whose shape is the public contract `faultline/1`
(see the contract README shipped beside the gold set). Field names here are the contract's
names, so `dataclasses.asdict` gives the contract's JSON directly.

    Article   what a reader produced from one input (raw, before cleaning)
    Document  the cleaned text every evidence offset points into
    Analysis  the whole output: documents, entities, relations, events, claims,
              comparisons, framing, and (beyond the contract) stories
"""
from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any

FORMAT = "faultline/1"

ENTITY_TYPES = ("person", "state", "armed_group", "organization", "media", "location", "population")
RELATION_TYPES = ("funds", "arms", "trains", "supports", "leads", "member_of", "part_of",
                  "allied_with", "rival_of", "controls", "based_in", "mediates")
SYMMETRIC_RELATIONS = frozenset({"allied_with", "rival_of"})
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
CLAIM_KINDS = ("direct", "indirect", "according_to")
COMPARISON_KINDS = ("corroborates", "contradicts")
DATE_PRECISIONS = ("day", "week", "month", "year", "decade", "unknown")
LOCATION_PRECISIONS = ("point", "city", "region", "country")


# ---- input -----------------------------------------------------------------------------
@dataclass
class Article:
    """One article as a reader found it: raw text or HTML plus whatever metadata came with it.

    `origin` names where it came from for error messages and `Document.source`
    ("path", "path:line" for JSON Lines, "path#item" for feeds, "-" for stdin).
    `raw` is the undecoded input the article came from; its sha256 is `Document.sha256`.
    """
    origin: str
    raw: bytes
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None


# ---- knowledge ---------------------------------------------------------------------------
@dataclass
class Actor:
    """A dictionary entry: an actor known before reading, with every name it goes by.

    `forms` maps a surface form to its role: "name", "alias", "adjective" ("Kenyan"),
    "people" ("Kenyans"), "capital" and "seat" (metonyms: "Nairobi said"), "territory" (a
    polity's name that is its land too: "Jubaland said", but "in Jubaland" is the place).
    """
    id: str
    name: str
    type: str
    forms: dict[str, str] = field(default_factory=dict)
    country: str | None = None
    codes: dict[str, str] = field(default_factory=dict)
    sector: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Trigger:
    """An event trigger from data/events.yaml: the surface forms of one PLOVER type and mode.

    `objects`, when not empty, are words one of which must follow the trigger closely
    ("sent ... troops") for it to count. `targets`, when not empty, are the entity types one
    of which the event must be done to ("left ECOWAS": an organisation).
    """
    type: str
    mode: str | None
    cameo: str
    forms: frozenset[str]
    nominal: frozenset[str] = frozenset()  # the forms that are nouns ("airstrikes")
    objects: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()


# ---- evidence and values ---------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    """Characters `start:end` of document `doc`'s text; `text` is exactly those characters."""
    doc: str
    start: int
    end: int
    text: str


@dataclass
class Document:
    id: str
    source: str | None
    title: str | None
    outlet: str | None
    published: str | None
    text: str
    sha256: str
    language: str | None = "en"
    url: str | None = None
    # the same text published again by other outlets (syndicated wire copy): each copy's
    # outlet, url, published and source; the text is analysed once, every outlet counts
    copies: list[dict[str, Any]] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        """The evidence span for `text[start:end]`."""
        return Span(self.id, start, end, self.text[start:end])


@dataclass
class DateRange:
    start: str | None
    end: str | None
    precision: str
    text: str


@dataclass
class Location:
    name: str
    precision: str
    entity: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None      # the first-level area (province, state) when known


# The largest figure kept as a count: the store's INTEGER columns end here, and no toll comes
# near a quarter of humanity; a text that gives more keeps its words (Fatalities.beyond_range).
MAX_COUNT = 2**31 - 1


@dataclass
class Count:
    best: int
    low: int
    high: int


@dataclass
class Fatalities:
    killed: Count | None = None
    wounded: Count | None = None
    # killed or wounded figures beyond MAX_COUNT, as the text gives them ("2147483648 people"):
    # flagged, never read as numbers
    beyond_range: list[str] = field(default_factory=list)


@dataclass
class Quantity:
    value: float
    unit: str
    text: str


@dataclass
class Amount:
    """Money of a tie. `shared`: the text gives one sum for several recipients together
    ("hundreds of millions to groups such as Y and Z"), so it bounds each one's share.
    `low`/`high`: the range the text gives ("between $30m and $50m": 30e6, 50e6); `value` is
    its low end, the conservative reading."""
    text: str
    value: float | None = None
    currency: str | None = None
    per: str | None = None
    shared: bool = False
    low: float | None = None
    high: float | None = None


# ---- what the extractors find ------------------------------------------------------------
@dataclass
class Mention:
    """One place in a document that names an actor; `role` is the form's role (see Actor)."""
    entity: str
    name: str
    type: str
    span: Span
    role: str = "name"
    country: str | None = None
    codes: dict[str, str] = field(default_factory=dict)



@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    codes: dict[str, str] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Relation:
    id: str
    type: str
    subject: str
    object: str
    evidence: list[Span]
    amount: Amount | None = None
    date: DateRange | None = None
    attributed_to: str | None = None


@dataclass
class Event:
    id: str
    type: str
    evidence: list[Span]
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    mode: str | None = None
    cameo: str | None = None  # the CAMEO root ("19"), as the contract has it
    date: DateRange | None = None
    location: Location | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    quantities: list[Quantity] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    attributed_to: str | None = None
    cameo_code: str | None = None  # the full code when a verb dictionary gives one ("190")

    @property
    def asserted(self) -> bool:
        """True when the text states the event happened (neither negated nor hypothetical)."""
        return not (self.negated or self.hypothetical)


@dataclass
class Claim:
    id: str
    kind: str
    text: str
    evidence: list[Span]
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    about: list[str] = field(default_factory=list)
    frame: str = "speech"  # beyond the contract: "speech" (said, warned) or "cognition" (believe, fear)


@dataclass
class Position:
    doc: str
    value: Any = None
    evidence: list[Span] = field(default_factory=list)


@dataclass
class Comparison:
    id: str
    kind: str
    topic: str
    subject: dict[str, Any]
    positions: list[Position]
    summary: str | None = None


@dataclass
class Story:
    """One happening as several documents report it: their events grouped (an extra field).

    `killed`/`wounded` merge the documents' figures UCDP-style: low is the lowest low, high
    the highest high, best the median of the documents' bests (the lower middle one when
    their number is even, so best is always a figure some document gave). `denials` are
    events saying it did not happen or denying a part in it (negated events, REJECTs).
    `kind` "documents": reports grouped on their words (compare/grouping.py); such a story
    carries no figures and sources are compared within its event stories only.
    """
    id: str
    type: str
    title: str
    events: list[str]
    docs: list[str]
    outlets: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    date: DateRange | None = None
    killed: Count | None = None
    wounded: Count | None = None
    denials: list[str] = field(default_factory=list)
    kind: str = "events"   # "events": grouped by agreeing events; "documents": by their words


@dataclass
class Framing:
    entity: str
    doc: str
    labels: list[str]
    evidence: list[Span] = field(default_factory=list)


COLLECTIONS = {
    "documents": Document,
    "entities": Entity,
    "relations": Relation,
    "events": Event,
    "claims": Claim,
    "comparisons": Comparison,
    "framing": Framing,
    "stories": Story,  # not in the contract: an extra top-level key, which it allows
}


@dataclass
class Analysis:
    """faultline's output: the contract's top-level object."""
    documents: list[Document] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    comparisons: list[Comparison] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": FORMAT}
        for name in COLLECTIONS:
            out[name] = [dataclasses.asdict(item) for item in getattr(self, name)]
        return out

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Analysis":
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} document: format is {data.get('format')!r}")
        return cls(**{name: [from_dict(kind, item) for item in data.get(name) or []]
                      for name, kind in COLLECTIONS.items()})

    # tables of names for notebooks, built by faultline.frames (imported on first use)
    def events_frame(self) -> Any:
        return _frames().events_frame(self)

    def actors_frame(self) -> Any:
        return _frames().actors_frame(self)

    def ties_frame(self) -> Any:
        return _frames().ties_frame(self)

    def claims_frame(self) -> Any:
        return _frames().claims_frame(self)

    def stories_frame(self) -> Any:
        return _frames().stories_frame(self)


def _frames():
    from faultline import frames
    return frames


def from_dict(kind: type, data: Any) -> Any:
    """Build dataclass `kind` from its contract dict, recursing through nested fields.

    Unknown keys are ignored, so documents written by a newer faultline still load.
    """
    hints, names = _fields(kind)
    return kind(**{k: _coerce(hints[k], v) for k, v in data.items() if k in names})


@functools.lru_cache(maxsize=None)
def _fields(kind: type) -> tuple[dict[str, Any], frozenset[str]]:
    """Type hints and field names of a dataclass, worked out once per class (it is slow)."""
    return typing.get_type_hints(kind), frozenset(f.name for f in dataclasses.fields(kind))


def _coerce(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return _coerce(args[0], value) if len(args) == 1 else value
    if origin is list:
        (inner,) = typing.get_args(hint)
        return [_coerce(inner, v) for v in value]
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value)
    return value


# ---- between stages: a document with its parse -------------------------------------------
@dataclass
class Parsed:
    """A Document and its statistical parse (a spaCy Doc over `document.text`): what every
    extractor reads. `datelines` are the (start, end) offsets of wire datelines."""
    document: Document
    doc: Any
    datelines: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.sentences = [(s.start_char, s.end_char) for s in self.doc.sents]

    @property
    def text(self) -> str:
        return self.document.text

    def tokens(self, start: int, end: int):
        """The tokens covering characters start:end (a spaCy Span; empty when none)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span if span is not None else self.doc[0:0]

    def after_dateline(self, pos: int) -> int:
        """`pos`, moved past a dateline it falls in."""
        for start, end in self.datelines:
            if start <= pos < end:
                return end
        return pos
