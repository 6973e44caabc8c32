"""The pipeline: ingest -> clean -> nlp -> extract -> resolve -> store -> compare.

    analyze_articles(articles)   in memory: typed Analysis of the given articles
    analyze_paths(paths, db=..)  files to a DuckDB store, with a report of what was read,
                                 skipped and why; what the CLI's `analyze` calls

One `Pipeline` holds what is costly to build (dictionaries compiled into matchers, the
spaCy pipeline) and is reused for every document.
"""
from __future__ import annotations

import bisect
import hashlib
import itertools
import multiprocessing
import time
import traceback
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from . import __version__, limits
from .clean import clean_text
from .compare import compare_corpus, compare_store
from .errors import InputError, StoreError
from .extract.attributes import SentenceFacts
from .extract.claims import extract_claims
from .extract.coreference import resolve_references
from .extract.plurals import counted_references
from .extract.entities import ActorMatcher
from .extract.events import EventMatcher, extract_events
from .extract.first_person import as_mentions, speaking_for
from .extract.framing import extract_framing
from .extract.names import find_names
from .extract.relations import extract_ties
from .ingest import InputWarning, read_inputs
from .ingest.dates import normalise_date
from .extract.verbs import CameoVerbs
from .knowledge import load_knowledge
from .knowledge.cameo import read_verb_dictionary
from .knowledge.places import load_gazetteer
from .model import Analysis, Article, Claim, Document, Event, Framing, Mention, Parsed, Relation
from .nlp import load_pipeline, model_id, parse_documents
from .nlp.layout import bounded
from .nlp.dates import find_dates
from .nlp.numbers import find_counts
from .resolve import resolve_entities

if TYPE_CHECKING:  # the store is imported where a run uses one
    from .store import RunInfo, SaveResult, Store


@dataclass(frozen=True)
class Options:
    """What changes the output; its hash tells the store when stored results are stale."""
    dictionaries: tuple[str, ...] = ()
    model: str | None = None  # the spaCy model; None: FAULTLINE_MODEL, else the pinned default
    verbs: str | None = None  # a PETRARCH-format verb dictionary in place of the shipped CAMEO one

    def config_hash(self) -> str:
        h = hashlib.sha256(f"faultline {__version__} {model_id(self.model)}".encode())
        data = resources.files("faultline") / "data"
        for item in sorted(data.iterdir(), key=lambda p: p.name):
            if item.is_file():
                h.update(item.name.encode() + item.read_bytes())
        for path in self.dictionaries + ((self.verbs,) if self.verbs else ()):
            h.update(Path(path).read_bytes())
        sentence_chars = limits.current().sentence_chars  # the pattern readers' pieces change with it
        if sentence_chars != limits.DEFAULTS.sentence_chars:
            h.update(f"sentence_chars={sentence_chars}".encode())
        return h.hexdigest()[:16]


@dataclass
class DocumentResult:
    """What the extractors found in one document, before cross-document resolution."""
    document: Document
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)


@dataclass
class RunReport:
    """What `analyze_paths` did: the analysis, and every input it read, skipped or refused."""
    analysis: Analysis
    read: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)  # read, but with a repair (bad bytes, NULs)
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


class Pipeline:
    def __init__(self, options: Options = Options()):
        self.options = options
        self.knowledge = load_knowledge(options.dictionaries)
        self.nlp = load_pipeline(options.model)
        self.matcher = ActorMatcher(self.knowledge, self.nlp)
        self.events = EventMatcher(self.nlp, CameoVerbs(read_verb_dictionary(Path(options.verbs)))
                                   if options.verbs else None)
        self.gazetteer = load_gazetteer()

    def document(self, article: Article) -> Document:
        """The cleaned Document of an article; InputError when nothing is left of it."""
        text = clean_text(article.text or "")
        if not text:
            raise InputError(article.origin, "no article text left after removing page furniture")
        # longer texts are refused rather than parsed for minutes (a book, a dump)
        most = limits.current().text_chars
        if len(text) > most:
            raise InputError(article.origin, f"{len(text):,} characters of text, more than the "
                             f"{most:,} an article may have: split it into articles "
                             f"({limits.Limits.variable('text_chars')} sets the limit)")
        doc_id = article.id or "doc-" + hashlib.sha256(text.encode()).hexdigest()[:16]
        # the contract's published is an ISO date or null, whoever built the Article
        return Document(id=str(doc_id), source=article.origin, title=article.title, outlet=article.outlet,
                        published=normalise_date(article.published), text=text, sha256=hashlib.sha256(article.raw).hexdigest(),
                        language=article.language or "en", url=article.url)

    def extract(self, document: Document, timings: dict[str, float] | None = None) -> DocumentResult:
        """Everything one document says. `timings`, when given, accumulates seconds per stage."""
        result = self.extract_all([document], timings)[0]
        if isinstance(result, InputError):
            raise result
        return result

    def extract_all(self, documents: Sequence[Document],
                    timings: dict[str, float] | None = None) -> list[DocumentResult | InputError]:
        """What each document says, parsed together in batches. A document whose analysis
        fails comes back as an InputError naming it; the others are not affected."""
        clock = _Clock(timings)
        with clock("nlp: parse"):
            try:
                parsed: list[Parsed | InputError] = list(parse_documents(documents, self.options.model))
            except Exception:  # one text broke the batch: parse each alone to find it
                parsed = [self._parse_one(d) for d in documents]
        limit = limits.current()
        return [p if isinstance(p, InputError) else self._read_safely(p, clock, limit) for p in parsed]

    def _parse_one(self, document: Document) -> Parsed | InputError:
        try:
            return next(parse_documents([document], self.options.model))
        except Exception as exc:
            return _failure(document, "parse", exc)

    def _read_safely(self, parsed: Parsed, clock: "_Clock", limit: limits.Limits) -> DocumentResult | InputError:
        try:
            with limits.time_budget(limit.document_seconds):
                return self._read(parsed, clock, limit.sentence_chars)
        # a bug on one text, or one that takes too long, must not lose the batch: report it, go on
        except (Exception, limits.BudgetExceeded) as exc:
            return _failure(parsed.document, "analysis", exc)

    def _read(self, parsed: Parsed, clock: "_Clock", sentence_chars: int) -> DocumentResult:
        document = parsed.document
        # the pattern readers of ties, events and framing see run-on "sentences" in bounded pieces
        sentences = bounded(parsed.sentences, document.text, sentence_chars)
        with clock("extract: dictionary actors"):
            known = self.matcher.find(parsed.doc, document)
        with clock("extract: names"):
            mentions = find_names(parsed, known, self.gazetteer.is_place)
        with clock("extract: coreference"):
            references = resolve_references(parsed, mentions)
            # pronouns serve the readers below; the contract's mentions are names and descriptions
            resolved = sorted(mentions + references, key=lambda m: m.span.start)
            named = [m for m in resolved if m.role != "pronoun"]
            # "the three countries", "the two sides": the actors counted back (the cue lexicon's
            # patterns read such plurals their own way, extract/ties/actors.py; the tree reads these)
            counted = counted_references(parsed, named)
            readable = sorted(resolved + counted, key=lambda m: m.span.start)
            mentions = [m for m in readable if m.role != "pronoun"]
        with clock("extract: claims"):
            claims = extract_claims(parsed, readable)
            # "we": the speaker's body, or the publisher's in its own release; a mention the contract
            # keeps ("our" is read by the tie readers only; the events of a "we" are the speaker's to
            # claim, not told)
            spoken = speaking_for(parsed, claims, readable, self.matcher.publisher(document.outlet))
            mentions = sorted(mentions + as_mentions(spoken), key=lambda m: m.span.start)
        with clock("extract: relations"):
            tie_readable = sorted(readable + spoken, key=lambda m: m.span.start)
            relations, sides = extract_ties(document, sentences, named, claims, parsed.doc, tie_readable)
            # a pronoun that stands for a side of a tie is kept: the tie's words name no one else
            mentions = sorted(mentions + sides, key=lambda m: m.span.start)
        with clock("nlp: dates, numbers"):
            facts = _sentence_facts(document, sentences)
        with clock("extract: events"):
            events = extract_events(document, facts, self.events.find(parsed.doc), readable, claims, self.gazetteer)
        with clock("extract: framing"):
            framing = extract_framing(document, sentences, mentions)
        return DocumentResult(document, mentions, claims, relations, events, framing)


def _saved_alone(store: "Store", result: DocumentResult, run: "RunInfo", report: RunReport) -> "SaveResult | None":
    """`result` saved on its own; a refusal is the document's error, reported."""
    try:
        return store.save(assemble([result]), run)
    except StoreError as exc:
        report.errors.append(_failure(result.document, "store", exc))
        return None


def _failure(document: Document, stage: str, exc: Exception) -> InputError:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return InputError(document.source or document.id,
                      f"{stage} failed: {type(exc).__name__}: {exc}{at} (document {document.id})")


class _Clock:
    """Adds the time spent in each `with clock(stage):` block to a dict, when there is one."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.stage = ""
        self.started = 0.0

    def __call__(self, stage: str) -> "_Clock":
        self.stage = stage
        return self

    def __enter__(self) -> None:
        if self.timings is not None:
            self.started = time.perf_counter()

    def __exit__(self, *exc) -> None:
        if self.timings is not None:
            self.timings[self.stage] = self.timings.get(self.stage, 0.0) + time.perf_counter() - self.started


def _sentence_facts(document: Document, sentences: list[tuple[int, int]]) -> list[SentenceFacts]:
    """Dates and figures of the whole text, found once and handed out by sentence."""
    dates = find_dates(document.text, document.published)
    counts = find_counts(document.text, [(d.start, d.end) for d in dates])
    date_starts, count_starts = [d.start for d in dates], [c.start for c in counts]

    def between(items, starts, a, b):
        return items[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
    return [SentenceFacts((a, b), between(dates, date_starts, a, b), between(counts, count_starts, a, b))
            for a, b in sentences]


def shared_pipeline(options: Options = Options()) -> Pipeline:
    """The Pipeline for `options`, built once per process and configuration: compiling the
    dictionaries costs seconds, and API callers analyse batch after batch."""
    return _pipelines(options, options.config_hash())


@lru_cache(maxsize=4)
def _pipelines(options: Options, config_hash: str) -> Pipeline:
    return Pipeline(options)


def assemble(results: Sequence[DocumentResult]) -> Analysis:
    """One Analysis from per-document results: entities resolved across documents."""
    return Analysis(documents=[r.document for r in results],
                    entities=resolve_entities(m for r in results for m in r.mentions),
                    claims=[c for r in results for c in r.claims],
                    relations=[x for r in results for x in r.relations],
                    events=[e for r in results for e in r.events],
                    framing=[f for r in results for f in r.framing])


def analyze_articles(articles: Iterable[Article], options: Options = Options()) -> Analysis:
    """The Analysis of `articles`, in memory; an article that cannot be analysed raises."""
    pipeline = shared_pipeline(options)
    results = pipeline.extract_all([pipeline.document(a) for a in articles])
    for result in results:
        if isinstance(result, InputError):
            raise result
    return assemble(results)


def analyze_paths(paths: Sequence[str | Path], db: str | None = None, options: Options = Options(),
                  progress: Callable[[str], None] | None = None, collect: bool = True,
                  batch_size: int = 50, workers: int = 1, engine: str = "local",
                  scheduler: str | None = None) -> RunReport:
    """Read, analyse and store every article under `paths`; bad inputs are reported, not raised.

    `progress(origin)` is called as each input is done with: stored, found unchanged or refused.

    With `db`, results go to that DuckDB file (":memory:" works too) in batches of
    `batch_size` documents, each committed on its own (a killed run loses one batch, a few
    seconds; 50 costs no speed against 500), and documents already stored unchanged under
    the same configuration are not analysed again. `collect=False` skips building the full Analysis
    of the inputs for the report (large runs that only need the store). `workers` > 1
    extracts in that many processes; reading, storing and comparing stay in this one (DuckDB
    has one writer). `engine="dask"` extracts and compares in tasks on a Dask cluster instead
    (`faultline.engine`; `scheduler`: its address, "sync", or None for a local cluster of
    `workers` processes), to the same store.
    """
    if engine == "dask":
        from .engine.dask import analyze_dask  # dask loads for this engine only
        return analyze_dask(paths, db, options, progress, collect, batch_size, workers, scheduler)
    from .store import RunInfo, Store  # the store is optional for in-memory use
    from .store.identity import Identities

    pipeline = shared_pipeline(options)
    config_hash = options.config_hash()
    report = RunReport(Analysis())
    results: list[DocumentResult] = []
    kept: list[DocumentResult] = []
    inputs = read_inputs(paths, warn=report.warnings.append)
    # no store file is created before an input could be read: a wrong path leaves no empty database
    first: list[Article | InputError] = []
    for item in inputs:
        first.append(item)
        if not isinstance(item, InputError):
            break
    readable = bool(first) and not isinstance(first[-1], InputError)
    store = Store(db) if db and (readable or db == ":memory:" or Path(db).exists()) else None
    run = RunInfo.start(config_hash, dictionaries=list(options.dictionaries), model=model_id(options.model)) \
        if store else None
    pending: list[Document] = []
    ids = Identities(store, config_hash)  # which input holds each id, here or in the store
    pool = _worker_pool(pipeline, workers)

    def done(origin: str) -> None:
        if progress:
            progress(origin)

    def flush() -> None:
        batch = [d.source or d.id for d in pending]
        if pending:
            if pool:
                chunks = [pending[i:i + _WORKER_CHUNK] for i in range(0, len(pending), _WORKER_CHUNK)]
                extracted = [r for chunk in pool.map(_extract_in_worker, chunks) for r in chunk]
            else:
                extracted = pipeline.extract_all(pending)
            for result in extracted:
                if isinstance(result, InputError):
                    report.errors.append(result)
                else:
                    results.append(result)
            pending.clear()
        if store and results:
            try:
                outcomes = [store.save(assemble(results), run)]
            except StoreError:  # a document the store refuses: the others are saved one by one
                outcomes = [_saved_alone(store, result, run, report) for result in results]
            for saved in filter(None, outcomes):
                report.added += saved.added
                report.replaced += saved.replaced
                report.unchanged += saved.unchanged
        elif not store:
            report.added += [r.document.id for r in results]
        if collect and not store:
            kept.extend(results)
        results.clear()
        for origin in batch:  # analysed and stored
            done(origin)

    try:
        for item in itertools.chain(first, inputs):
            if isinstance(item, InputError):
                report.errors.append(item)
                done(item.origin)
                continue
            try:
                document = pipeline.document(item)
                fresh = ids.needs_analysis(document)
            except InputError as exc:
                report.errors.append(exc)
                done(item.origin)
                continue
            report.read.append(item.origin)
            if not fresh:
                report.unchanged.append(document.id)
                done(item.origin)
                continue
            pending.append(document)
            if len(pending) >= batch_size:
                flush()
        flush()
        if store and store.pending():
            compare_store(store, pending_only=True)  # the windows of documents changed, now or in a killed run
        if collect:
            if store:
                report.analysis = store.load(list(ids.accepted))
            else:
                report.analysis = assemble(kept)
                for doc in report.analysis.documents:  # copies met after a document was analysed
                    doc.copies = ids.accepted[doc.id].copies
                compared = compare_corpus(report.analysis)
                report.analysis.stories, report.analysis.comparisons = compared.stories, compared.comparisons
        if store:
            report.totals = store.counts()
    finally:
        if pool:
            pool.terminate()
        if store:
            store.close()
    return report


# Documents a worker parses together: enough for nlp.pipe's batching, few enough to share out.
_WORKER_CHUNK = 16
# The pipeline a forked worker inherits: built once in the parent, never pickled.
_WORKER_PIPELINE: Pipeline | None = None


def _worker_pool(pipeline: Pipeline, workers: int):
    if workers <= 1:
        return None
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline
    return multiprocessing.get_context("fork").Pool(workers)


def _extract_in_worker(documents: list[Document]) -> list[DocumentResult]:
    return _WORKER_PIPELINE.extract_all(documents)


def write_json(analysis: Analysis, path: str | Path) -> None:
    Path(path).write_text(analysis.to_json(), encoding="utf-8")


__all__ = ["Options", "Pipeline", "RunReport", "DocumentResult", "analyze_articles", "analyze_paths",
           "assemble", "write_json"]
