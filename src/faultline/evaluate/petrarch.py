"""Agreement of faultline's events with PETRARCH's unit-test records.

PETRARCH's unit-test file (openeventdata/petrarch2, `data/text/PETR.UnitTest.records.xml`,
MIT; the sentences are stylised news text, some AFP, so they are read from ../shared at
run time and never copied into this repository) holds 284 `<Sentence>` records, each with
gold `<EventCoding sourcecode= targetcode= eventcode=>` triples about fictional actors
(Arnor, Gondor...) defined in `PETR.Validate.actors.txt`, with role nouns in
`PETR.Validate.agents.txt`.

    read_records(path)            -> list[Record]
    agreement(records, pipeline)  -> AgreementReport
    validation_pipeline(folder)   the Pipeline with PETR.Validate.actors.txt loaded
    python -m faultline.evaluate.petrarch [--report] [--json] [--shared DIR]

Reading the records
-------------------
- `<Environment><Include>` lists the categories PETRARCH runs ("valid" is a flag, not a
  category); a record of another category (AGENTS, COMPOUNDx) has `included=False`.
- `<Config option= value=>` elements between records change PETRARCH's options for the
  records after them (require_dyad, new_actor_length, comma_*); each record keeps the
  options in force (`Record.config`), for reference only.
- `<EventCoding sourcecode= targetcode= eventcode=>` is a gold triple (`Coding`). A source
  or target written in double quotes ('"INJURY TOLL"') is a "new actor": a phrase PETRARCH
  codes by its text (new_actor_length > 0), not a CAMEO code.
- `<EventCoding noevents="True">`: the record expects no event (`Record.no_events`).
- `<EventCoding error="...">` (dateline, bad_input_parse, storydiscard, sentencediscard):
  a test of PETRARCH's input checks (`Record.error`); not scored.
- Text: `<Text>` with its line breaks and runs of spaces made single spaces. Date: the
  record's `date` (YYYYMMDD) as ISO.

What is scored
--------------
Each included record without an error is one document for `Pipeline.extract`; every event
faultline finds in it counts, whatever its modality (PETRARCH codes "is about to restore
ties" as 064 too). A gold coding is scored when its eventcode is CAMEO: its first two
digits are a root 01-20. The test dictionary also uses made-up codes (9xx, 80x: pattern
and synset tests) that no CAMEO coder can produce; those codings are counted as excluded.
The PETRARCH Parse trees are not used.

- root_match: share of scored codings whose root equals the root (`Event.cameo[:2]`) of
  some faultline event in the record.
- exact_match: share of scored codings for which one faultline event has that root, a
  participant among its `actors` that agrees with the gold source, and one among its
  `targets` that agrees with the gold target.
- no_event_correct: share of `noevents` records where faultline found no asserted event
  (negated and hypothetical events are allowed).

Caveat: the gold event codes are mostly WEIS, not CAMEO
-------------------------------------------------------
The records were coded with PETR.Validate.verbs.txt, whose header says it "started out as
part of a KEDS dictionary -- hence most of the codes are WEIS, not CAMEO". The texts bear
it out: "welcomed" is 041 (WEIS praise; CAMEO 041 is "discuss by telephone"), "restore
diplomatic ties" 064 (WEIS grant recognition), "visit" / "receive a visit" 032 / 033
(WEIS; CAMEO 042 / 043), "condemned" 122 (WEIS denounce; CAMEO 11x), "warned" 160 (WEIS
warn), "postponed their meeting" 191 (WEIS cancel or postpone an event), "vowed to wage
war" 173 (WEIS threaten with force; CAMEO 173 is arrest). A few real-news records use CAMEO
(174 "extradited"). So a root that differs is often the same event in the other code
system (WEIS 03 consult = CAMEO 04 consult, WEIS 12 accuse = CAMEO 11 disapprove): read
root_match as agreement with these records' codes, not as CAMEO accuracy, and do not tune
the extractor towards them. `AgreementReport.root_confusions()` lists the pairs.

When codes agree
----------------
A participant's codes: the CAMEO code of its entity from the Phoenix dictionary (the
`codes["cameo"]` the mention carries), chosen for the record's date when the entry has
dated codes (`cameo_all`: the first dated code whose period holds the date, else the
undated default, else `codes["cameo"]`; Gollum is HOB before 1995-06-01, HOBGOV until
1999-08-15, HOBREB after). "ELR/GAL" (one actor, alternative codes) gives both. Countries
faultline knows itself carry their ISO code as `codes["cameo"]`. A name faultline found
but cannot code (a person not in any dictionary) has no code.

A code is read as a head and a role: the head is the first 3 letters (country or group:
"ARN", "---" for none), or the first 6 when those start with a sector that comes first
(IGO, NGO, NGM, MNC, IMG, UAF: "IGOEEU", "NGOARN"); the role is the 3 letters after the
head, if any ("GOV" in "ARNGOVFRM", "REB" in "PSEREBHMS"). A gold code and a system code
agree when their heads are equal and, if both have a role, their roles are equal too:
gold "CALGOV" agrees with faultline's "CAL" (faultline does not add roles to actors), gold
"ARNGOVFRM" with "ARNGOV", not with "ARNMIL". The old null code "###" reads as "---".
A quoted new-actor gold code agrees with a participant whose text or name (upper case)
contains, or is contained in, the quoted phrase.

Agents (role nouns without a country: "police", "officials", "clerics")
------------------------------------------------------------------------
faultline's events have actor entities only, so PETRARCH's agent-only codes ("---GOV",
"---COP") come from the agents file, simply: every agent noun of the file found in the
record's text (longest first, whole words, any case, outside actor mentions) that is not
attached to an actor mention is a participant coded "---" + its code ("clerics" ->
"---REL"). An agent is attached (a role of that actor, left alone) when the mention stands
right before it ("the Mordor police", "Bree official") or before it with a possessive and at
most two words between ("Dagolath's first Deputy Prime Minister"), or right after it with
"of [the]" ("the ambassadors of Arnor"). When one side of a faultline event is empty, that
side's participants are the record's unattached agents plus "nobody", coded "---", which
agrees with a gold "---" (no target: PETRARCH's require_dyad = false records).

Failure reasons (per scored coding without an exact match, in `CodingResult.reason`)
------------------------------------------------------------------------------------
    no event: no trigger word            faultline found no trigger word in the record
    no event: trigger but no participants  a trigger, but no actor or target around it
    wrong root                           events, none with the gold root
    source and target swapped            an event with the root has them the other way
    source not recognised                no participant anywhere in the record agrees
                                         with the gold source (actor not found, or
                                         found with another code)
    source misassigned                   a participant in the record agrees, but is not
                                         among the event's actors
    (the same two for the target; both sides can fail: "source ...; target ...")
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:  # the pipeline (spaCy) is imported only when a run needs it
    from ..pipeline import DocumentResult, Pipeline

__all__ = ["Coding", "Record", "Participant", "CodingResult", "RecordResult", "AgreementReport",
           "read_records", "agreement", "validation_pipeline", "records_path", "dictionaries_dir",
           "code_agrees", "code_on", "run", "shared_dir", "PETRARCH2_EXACT_MATCH", "main"]

# PETRARCH2's own exact-match rate on these records, the figure given to the project: printed
# beside ours for reference only (not measured here, and not necessarily over the same codings).
PETRARCH2_EXACT_MATCH = 0.296

RECORDS_FILE = Path("external") / "petrarch2" / "text" / "PETR.UnitTest.records.xml"
DICTIONARIES = Path("external") / "petrarch2" / "dictionaries"
ACTORS_FILE = "PETR.Validate.actors.txt"
AGENTS_FILE = "PETR.Validate.agents.txt"
VERBS_FILE = "PETR.Validate.verbs.txt"

# Sectors written before the country or group id in a CAMEO code.
_SECTORS_FIRST = frozenset({"IGO", "NGO", "NGM", "MNC", "IMG", "UAF"})
_ISO_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\.\.)/(\d{4}-\d{2}-\d{2}|\.\.)$")
_NULL = "---"


# ---- records ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Coding:
    """One gold triple: source and target CAMEO actor codes (or a quoted new-actor phrase)
    and the CAMEO event code."""
    source: str
    target: str
    code: str

    @property
    def root(self) -> str | None:
        """The CAMEO root (first two digits) when the code has one in 01-20, else None."""
        head = self.code[:2]
        return head if head.isdigit() and 1 <= int(head) <= 20 else None

    def __str__(self) -> str:
        return f"{self.code} {self.source} -> {self.target}"


@dataclass
class Record:
    id: str
    text: str
    date: str | None
    codings: list[Coding] = field(default_factory=list)
    category: str = ""
    no_events: bool = False          # <EventCoding noevents="True">: no event expected
    error: str | None = None         # <EventCoding error="...">: a test of PETRARCH's input checks
    included: bool = True            # category listed in <Environment><Include>
    config: dict[str, str] = field(default_factory=dict)  # PETRARCH options in force


def _iso_date(value: str | None) -> str | None:
    value = (value or "").strip()
    if re.fullmatch(r"\d{8}", value):
        return f"{value[:4]}-{value[4:6]}-{value[6:]}"
    return None


def read_records(path: str | Path) -> list[Record]:
    """Every `<Sentence>` record of a PETRARCH validation file (see the module docstring)."""
    root = ET.parse(path).getroot()
    include = exclude = None
    environment = root.find("Environment")
    if environment is not None:
        if environment.findtext("Include"):
            include = set(environment.findtext("Include").split()) - {"valid"}
        if environment.findtext("Exclude"):
            exclude = set(environment.findtext("Exclude").split())
    config: dict[str, str] = {}
    for element in environment if environment is not None else ():
        if element.tag == "Config" and element.get("option"):
            config[element.get("option")] = element.get("value", "")
    records: list[Record] = []
    sentences = root.find("Sentences")
    for element in sentences if sentences is not None else root.iter("Sentence"):
        if element.tag == "Config" and element.get("option"):
            config[element.get("option")] = element.get("value", "")
            continue
        if element.tag != "Sentence":
            continue
        category = (element.get("category") or "").strip()
        record = Record(id=(element.get("id") or "").strip(), text=" ".join((element.findtext("Text") or "").split()),
                        date=_iso_date(element.get("date")), category=category, config=dict(config),
                        included=(include is None or category in include) and not (exclude and category in exclude))
        for coding in element.findall("EventCoding"):
            if (coding.get("noevents") or "").strip().lower() == "true":
                record.no_events = True
            elif coding.get("error"):
                record.error = coding.get("error").strip()
            elif coding.get("eventcode"):
                record.codings.append(Coding((coding.get("sourcecode") or "").strip(),
                                             (coding.get("targetcode") or "").strip(),
                                             coding.get("eventcode").strip()))
        records.append(record)
    return records


# ---- codes ------------------------------------------------------------------------------
def code_on(codes: dict, date: str | None) -> str | None:
    """An entity's CAMEO code on `date` (ISO), from its Phoenix `cameo_all` when dated."""
    current = codes.get("cameo")
    every = codes.get("cameo_all")
    if not date or not isinstance(every, list):
        return current
    default = None
    for entry in every:
        code, _, period = str(entry).partition(" ")
        if not period:
            default = default or code
            continue
        found = _ISO_RANGE.match(period)
        if not found:
            continue  # a restriction the loader could not read
        start, end = (None if part == ".." else part for part in found.groups())
        if start is None and end is not None:
            inside = date < end            # "<D": until D
        else:
            inside = (start is None or start <= date) and (end is None or date <= end)
        if inside:
            return code
    return default or current


def _head_role(code: str) -> tuple[str, str | None]:
    code = code.strip().upper()
    if code.startswith("###"):
        code = _NULL + code[3:]
    width = 6 if code[:3] in _SECTORS_FIRST and len(code) >= 6 else 3
    return code[:width], (code[width:width + 3] or None)


def _codes_agree(gold: str, system: str) -> bool:
    gold_head, gold_role = _head_role(gold)
    head, role = _head_role(system)
    return gold_head == head and (gold_role is None or role is None or gold_role == role)


@dataclass(frozen=True)
class Participant:
    """One side's participant as scored: an entity (None for an agent or nobody), the text it
    was found as, and its alternative CAMEO codes (empty when faultline cannot code it)."""
    entity: str | None
    text: str
    codes: tuple[str, ...] = ()
    name: str = ""

    def __str__(self) -> str:
        label = self.text or "nobody"
        return f"{label}[{'/'.join(self.codes) or '?'}]"


NOBODY = Participant(None, "", (_NULL,))


def code_agrees(gold: str, participant: Participant) -> bool:
    """True when `participant` may be the gold source or target `gold` (see the docstring)."""
    if gold.startswith('"'):
        phrase = " ".join(gold.strip('"').upper().split())
        texts = {" ".join(t.upper().split()) for t in (participant.text, participant.name) if t}
        return any(t in phrase or phrase in t for t in texts)
    return any(_codes_agree(gold, code) for code in participant.codes)


# ---- agents -----------------------------------------------------------------------------
def _agent_pattern(agents: dict[str, str]) -> re.Pattern | None:
    if not agents:
        return None
    nouns = sorted(agents, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in noun.split()) for noun in nouns)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


_POSSESSIVE_BEFORE = re.compile(r"^(?:'s|’s|'|’)(?:\s+[\w.-]+){0,2}\s+$")
_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)


def _agents_alone(text: str, spans: list[tuple[int, int]], agents: dict[str, str],
                  pattern: re.Pattern | None) -> list[Participant]:
    """Agent nouns of `text` that are not attached to an actor mention, as "---ROLE"."""
    found = []
    for hit in pattern.finditer(text) if pattern else ():
        a, b = hit.span()
        if any(s < b and a < e for s, e in spans):
            continue  # inside an actor's name
        attached = False
        for s, e in spans:
            before = text[e:a] if e <= a else None
            after = text[b:s] if b <= s else None
            if (before is not None and (before.strip() == "" and len(before) <= 1 or _POSSESSIVE_BEFORE.match(before))) \
                    or (after is not None and _OF_AFTER.match(after)):
                attached = True
                break
        if not attached:
            code = agents[" ".join(hit.group(0).lower().split())]
            found.append(Participant(None, hit.group(0), (_NULL + code,)))
    return found


# ---- agreement --------------------------------------------------------------------------
@dataclass
class CodingResult:
    coding: Coding
    root: bool
    exact: bool
    reason: str = ""                 # why not exact (empty when exact)


@dataclass
class RecordResult:
    id: str
    category: str
    codings: list[CodingResult] = field(default_factory=list)
    excluded: list[tuple[str, str]] = field(default_factory=list)   # (coding, why)
    events: list[str] = field(default_factory=list)                 # faultline's, as text
    roots: list[str] = field(default_factory=list)                  # their CAMEO roots
    no_events: bool = False
    no_event_correct: bool | None = None
    skipped: str = ""                # why the whole record was not scored


@dataclass
class AgreementReport:
    n_records: int = 0               # records read
    n_scored_records: int = 0        # records with a scored coding or a no-event expectation
    n_codings: int = 0               # scored gold codings
    n_root: int = 0
    n_exact: int = 0
    n_no_event: int = 0
    n_no_event_correct: int = 0
    n_events: int = 0                # faultline events in the scored records
    excluded: dict[str, int] = field(default_factory=dict)  # what was not scored, and why
    seconds: float = 0.0
    details: list[RecordResult] = field(default_factory=list)

    @property
    def root_match(self) -> float:
        return self.n_root / self.n_codings if self.n_codings else 0.0

    @property
    def exact_match(self) -> float:
        return self.n_exact / self.n_codings if self.n_codings else 0.0

    @property
    def no_event_correct(self) -> float:
        return self.n_no_event_correct / self.n_no_event if self.n_no_event else 0.0

    def figures(self) -> dict[str, float]:
        """The pinned figures: shares in 0..1."""
        return {"root_match": self.root_match, "exact_match": self.exact_match,
                "no_event_correct": self.no_event_correct}

    def reasons(self) -> Counter:
        """Why scored codings had no exact match: each part of a reason counted once."""
        counts: Counter = Counter()
        for record in self.details:
            for result in record.codings:
                if not result.exact:
                    counts.update(result.reason.split("; "))
            if record.no_event_correct is False:
                counts["no-event record: faultline found an asserted event"] += 1
        return counts

    def missed_roots(self) -> Counter:
        """Gold roots of the scored codings without a root match."""
        return Counter(r.coding.root for d in self.details for r in d.codings if not r.root)

    def root_confusions(self) -> Counter:
        """"gold root -> faultline roots" for the scored codings with events but no root match."""
        counts: Counter = Counter()
        for d in self.details:
            for r in d.codings:
                if r.reason == "wrong root":
                    counts[f"{r.coding.root}->{'/'.join(d.roots)}"] += 1
        return counts

    def summary(self) -> str:
        lines = [
            f"PETRARCH unit-test records: {self.n_records} read, {self.n_scored_records} scored; "
            f"{self.n_codings} gold codings scored, {self.n_events} faultline events",
            f"  root match         {self.root_match:6.1%}  ({self.n_root}/{self.n_codings})",
            f"  exact match        {self.exact_match:6.1%}  ({self.n_exact}/{self.n_codings})"
            f"    PETRARCH2's own exact match: {PETRARCH2_EXACT_MATCH:.1%}",
            f"  no-event correct   {self.no_event_correct:6.1%}  ({self.n_no_event_correct}/{self.n_no_event})",
            f"  time               {self.seconds:.1f} s",
            "  not scored: " + ", ".join(f"{k}: {v}" for k, v in sorted(self.excluded.items())),
            "  failure reasons: " + ", ".join(f"{k} {v}" for k, v in self.reasons().most_common()),
            "  gold roots missed: " + ", ".join(f"{k} {v}" for k, v in self.missed_roots().most_common()),
            "  wrong roots (gold->faultline): " + ", ".join(f"{k} {v}" for k, v in self.root_confusions().most_common()),
        ]
        return "\n".join(lines)

    def to_dict(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k != "details"}
        out.update(self.figures())
        out["petrarch2_exact_match"] = PETRARCH2_EXACT_MATCH
        out["reasons"] = dict(self.reasons().most_common())
        out["missed_roots"] = dict(self.missed_roots().most_common())
        out["root_confusions"] = dict(self.root_confusions().most_common())
        return out


def _trigger_count(pipeline: "Pipeline", text: str) -> int | None:
    """How many trigger words faultline's event matcher finds in `text` (None if unknown)."""
    try:
        from ..nlp import parse
        return len(pipeline.events.find(parse(text)))
    except Exception:  # a diagnostic only: the matcher's interface may change
        return None


def _score_record(record: Record, result: "DocumentResult", pipeline: "Pipeline", agents: dict[str, str],
                  pattern: re.Pattern | None, details: RecordResult) -> None:
    text = result.document.text
    by_entity: dict[str, Participant] = {}
    for m in result.mentions:
        if m.entity not in by_entity:
            code = code_on(m.codes or {}, record.date)
            codes = tuple(c for c in (code or "").split("/") if c)
            by_entity[m.entity] = Participant(m.entity, m.span.text, codes, m.name)
    alone = _agents_alone(text, [(m.span.start, m.span.end) for m in result.mentions], agents, pattern)
    pool = list(by_entity.values()) + alone

    def side(ids: list[str]) -> list[Participant]:
        if ids:
            return [by_entity.get(i) or Participant(i, i) for i in ids]
        return alone + [NOBODY]

    events = [(e, (e.cameo or "")[:2], side(e.actors), side(e.targets)) for e in result.events]
    details.events = [f"{root or '??'} {e.type}{'' if e.asserted else ' (not asserted)'} "
                      f"{', '.join(map(str, a))} -> {', '.join(map(str, t))}" for e, root, a, t in events]
    details.roots = sorted({root for _, root, _, _ in events if root})
    triggers: int | None | bool = False  # computed once, on demand
    for coding in record.codings:
        root = coding.root
        matching = [(a, t) for _, r, a, t in events if r == root]
        exact = any(any(code_agrees(coding.source, p) for p in a) and any(code_agrees(coding.target, p) for p in t)
                    for a, t in matching)
        reason = ""
        if not events:
            if triggers is False:
                triggers = _trigger_count(pipeline, text)
            reason = ("no event" if triggers is None else
                      "no event: no trigger word" if triggers == 0 else "no event: trigger but no participants")
        elif not matching:
            reason = "wrong root"
        elif not exact:
            if any(any(code_agrees(coding.source, p) for p in t) and any(code_agrees(coding.target, p) for p in a)
                   for a, t in matching):
                reason = "source and target swapped"
            else:
                # the event with the root that agrees best decides which side failed
                a, t = max(matching, key=lambda at: (any(code_agrees(coding.source, p) for p in at[0]),
                                                     any(code_agrees(coding.target, p) for p in at[1])))
                parts = []
                for label, gold, participants in (("source", coding.source, a), ("target", coding.target, t)):
                    if not any(code_agrees(gold, p) for p in participants):
                        known = any(code_agrees(gold, p) for p in pool + [NOBODY])
                        parts.append(f"{label} {'misassigned' if known else 'not recognised'}")
                reason = "; ".join(parts)
        details.codings.append(CodingResult(coding, bool(matching), exact, reason))


def agreement(records: Iterable[Record], pipeline: "Pipeline", agents: dict[str, str] | None = None) -> AgreementReport:
    """faultline's agreement with the gold codings of `records` (see the module docstring).

    `pipeline` should have the records' actor dictionary loaded (`validation_pipeline`);
    `agents` (noun -> role code, `load_phoenix_agents`) gives agent-only participants.
    """
    from ..model import Article

    started = time.perf_counter()
    agents = agents or {}
    pattern = _agent_pattern(agents)
    report = AgreementReport()
    excluded: Counter = Counter()
    for record in records:
        report.n_records += 1
        details = RecordResult(record.id, record.category, no_events=record.no_events)
        report.details.append(details)
        why = ("category not in <Include>" if not record.included else
               "input-check test" if record.error else
               "no text" if not record.text else
               "no gold coding" if not record.codings and not record.no_events else "")
        if why:
            details.skipped = why + (f" ({record.category})" if not record.included else
                                     f" ({record.error})" if record.error else "")
            excluded["records: " + why] += 1
            continue
        scored = [c for c in record.codings if c.root]
        for c in record.codings:
            if not c.root:
                details.excluded.append((str(c), "not a CAMEO event code"))
                excluded["codings: not a CAMEO event code"] += 1
        if not scored and not record.no_events:
            details.skipped = "no CAMEO coding"
            excluded["records: no CAMEO coding"] += 1
            continue
        article = Article(origin=f"petrarch:{record.id}", raw=record.text.encode("utf-8"), text=record.text,
                          id=record.id, published=record.date)
        result = pipeline.extract(pipeline.document(article))
        report.n_scored_records += 1
        report.n_events += len(result.events)
        _score_record(Record(record.id, record.text, record.date, scored, record.category), result, pipeline,
                      agents, pattern, details)
        report.n_codings += len(details.codings)
        report.n_root += sum(r.root for r in details.codings)
        report.n_exact += sum(r.exact for r in details.codings)
        if record.no_events:
            report.n_no_event += 1
            details.no_event_correct = not any(e.asserted for e in result.events)
            report.n_no_event_correct += details.no_event_correct
    report.excluded = dict(sorted(excluded.items()))
    report.seconds = time.perf_counter() - started
    return report


# ---- where the files are ----------------------------------------------------------------
def shared_dir() -> Path:
    """../shared beside the repository (or $FAULTLINE_SHARED), as the tests find it."""
    if os.environ.get("FAULTLINE_SHARED"):
        return Path(os.environ["FAULTLINE_SHARED"]).resolve()
    return (Path(__file__).resolve().parents[3].parent / "shared").resolve()


def records_path(shared: Path | None = None) -> Path:
    return (shared or shared_dir()) / RECORDS_FILE


def dictionaries_dir(shared: Path | None = None) -> Path:
    return (shared or shared_dir()) / DICTIONARIES


def validation_pipeline(dictionaries: Path | None = None) -> tuple["Pipeline", dict[str, str]]:
    """The Pipeline with the records' own dictionaries, as PETRARCH runs them: the actors of
    PETR.Validate.actors.txt and the verbs of PETR.Validate.verbs.txt (whose codes the gold
    uses); and the PETR.Validate.agents.txt agents."""
    from ..knowledge.phoenix import load_phoenix_agents
    from ..pipeline import Options, Pipeline

    folder = dictionaries or dictionaries_dir()
    pipeline = Pipeline(Options(dictionaries=(str(folder / ACTORS_FILE),), verbs=str(folder / VERBS_FILE)))
    return pipeline, load_phoenix_agents(folder / AGENTS_FILE)


def run(shared: Path | None = None) -> AgreementReport:
    """Read the records and dictionaries under `shared` and score faultline on them."""
    started = time.perf_counter()
    records = read_records(records_path(shared))
    pipeline, agents = validation_pipeline(dictionaries_dir(shared))
    report = agreement(records, pipeline, agents)
    report.seconds = time.perf_counter() - started   # the whole run, dictionaries included
    return report


def _print_details(report: AgreementReport, records: dict[str, Record], out=sys.stdout) -> None:
    for d in report.details:
        record = records.get(d.id)
        print(f"\n{d.id} [{d.category}] {record.text if record else ''}", file=out)
        if d.skipped:
            print(f"  not scored: {d.skipped}", file=out)
            continue
        for r in d.codings:
            mark = "EXACT" if r.exact else "root " if r.root else "miss "
            print(f"  {mark} {r.coding}" + (f"   ({r.reason})" if r.reason else ""), file=out)
        for coding, why in d.excluded:
            print(f"  skip  {coding}   ({why})", file=out)
        if d.no_events:
            print(f"  no event expected: {'correct' if d.no_event_correct else 'faultline found one'}", file=out)
        for event in d.events or ["(no faultline event)"]:
            print(f"    faultline: {event}", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m faultline.evaluate.petrarch",
                                     description="faultline's agreement with PETRARCH's unit-test records")
    parser.add_argument("--shared", type=Path, default=None, help="the shared folder (default ../shared)")
    parser.add_argument("--report", action="store_true", help="every record: gold codings, outcome, events")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    args = parser.parse_args(argv)
    path = records_path(args.shared)
    if not path.exists():
        print(f"records not found: {path}", file=sys.stderr)
        return 2
    report = run(args.shared)
    if args.json:
        print(json.dumps(report.to_dict(), indent=1))
        return 0
    if args.report:
        _print_details(report, {r.id: r for r in read_records(path)})
        print()
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
