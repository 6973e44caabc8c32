"""The notebook's entry points: analyse a text or some files, or open a stored corpus.

    analyze_text(text, title=.., outlet=.., published=.., url=..)  one article -> Analysis
    analyze(paths, db=None)                                          files -> Analysis
    open(db)                                                         a stored corpus -> Corpus

Every Analysis has `events_frame()`, `actors_frame()`, `ties_frame()`, `claims_frame()` and
`stories_frame()` (`faultline.frames`), and so has a Corpus.

    >>> import faultline
    >>> analysis = faultline.analyze_text("Rebels attacked a police post in Gao on Monday.",
    ...                                   outlet="Sahel Wire", published="2024-05-06")
    >>> analysis.events_frame()[["event_type", "actor1", "location"]]
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faultline import frames
from faultline.errors import StoreError
from faultline.ingest.metadata import KEYS, metadata_from
from faultline.model import Analysis, Article

if TYPE_CHECKING:  # the pipeline loads spaCy: imported when text is analysed, not to open a store
    from faultline.pipeline import Options

__all__ = ["Corpus", "analyze", "analyze_text", "open"]


def analyze_text(text: str, options: Options | None = None, **metadata: str) -> Analysis:
    """The Analysis of one article's `text`, in memory, with its stories and comparisons.

    `metadata` are the article's fields a reader would take from a sidecar: `title`,
    `outlet`, `published` (any written date; kept as YYYY-MM-DD), `url`, `id`, `language`.
    `options` (`faultline.Options`): extra dictionaries, another spaCy model.
    """
    from faultline.pipeline import Options, analyze_articles

    unknown = sorted(set(metadata) - set(KEYS))
    if unknown:
        raise TypeError(f"analyze_text() got unexpected metadata {', '.join(unknown)}: "
                        f"give any of {', '.join(KEYS)}")
    meta = metadata_from(metadata)
    article = Article(origin=meta.get("url") or "<text>", raw=text.encode("utf-8"), text=text, **meta)
    analysis = analyze_articles([article], options or Options())
    for doc in analysis.documents:
        doc.source = meta.get("url")  # no file: the source is its address, if any
    _compare(analysis)
    return analysis


def analyze(paths: str | Path | Sequence[str | Path], db: str | Path | None = None,
            options: Options | None = None) -> Analysis:
    """The Analysis of every article under `paths` (files or directories), stored in `db`
    when given (as `faultline analyze --db` does). An input that cannot be read is skipped
    with a warning naming it, as the command line reports it."""
    from faultline.pipeline import Options, analyze_paths

    if isinstance(paths, (str, Path)):
        paths = [paths]
    report = analyze_paths(list(paths), db=str(db) if db is not None else None, options=options or Options())
    for problem in (*report.errors, *report.warnings):
        warnings.warn(f"{problem}", stacklevel=2)
    return report.analysis


def open(db: str | Path) -> "Corpus":  # noqa: A001  (faultline.open, as gzip.open and tarfile.open)
    """The corpus stored in DuckDB file `db` (written by `faultline analyze --db`)."""
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{db}: no such database; run `faultline analyze PATH --db {db}` first")
    return Corpus(path)


class Corpus:
    """A stored corpus. The database is opened only while it is read, so that `faultline
    analyze` may add to it between two reads; `reload()` reads it again."""

    def __init__(self, path: Path):
        self.path = path

    def __repr__(self) -> str:
        return f"Corpus({str(self.path)!r})"

    @cached_property
    def analysis(self) -> Analysis:
        """Everything stored: documents, actors, ties, events, claims, stories, comparisons."""
        from faultline.store import Store

        with Store(self.path) as store:
            return store.load()

    def reload(self) -> Analysis:
        self.__dict__.pop("analysis", None)
        return self.analysis

    def counts(self) -> dict[str, int]:
        """Rows in each stored table."""
        from faultline.store import Store

        with Store(self.path) as store:
            return store.counts()

    def events_frame(self) -> Any:
        return frames.events_frame(self.analysis)

    def actors_frame(self) -> Any:
        return frames.actors_frame(self.analysis)

    def ties_frame(self) -> Any:
        return frames.ties_frame(self.analysis)

    def claims_frame(self) -> Any:
        return frames.claims_frame(self.analysis)

    def stories_frame(self) -> Any:
        return frames.stories_frame(self.analysis)


def _compare(analysis: Analysis) -> None:
    from faultline.compare import compare_corpus

    result = compare_corpus(analysis)
    analysis.stories, analysis.comparisons = result.stories, result.comparisons
