"""`faultline analyze --workers N`: extraction in forked processes.

The processes are forked from this one once it has built the pipeline, so each inherits it
(never pickled, never built again). A batch of the run is cut into one chunk per process, so
none waits on another's longer share, and is extracted while this process stores the batch
before it. The comparison stays in this process: shipping a window's context to another
process and its result back (pickling documents, entities and comparisons) cost more than
the window's own comparison on the articles measured (300 of benchmarks/throughput.py's
articles: 6.7 s that way, 3.6 s here).
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from faultline.model import Document
    from faultline.pipeline import DocumentResult, Pipeline

# The pipeline a forked process inherits: set in the parent just before forking.
_PIPELINE: Pipeline | None = None


class Extraction:
    """One batch being extracted by the pool; `get()` waits for its results, in order."""

    def __init__(self, parts):
        self.parts = parts

    def get(self) -> list:
        return [r for part in self.parts.get() for r in part]


class ProcessPool:
    """`workers` forked processes holding `pipeline`."""

    def __init__(self, pipeline: Pipeline, workers: int):
        global _PIPELINE
        _PIPELINE = pipeline
        self.workers = workers
        self.pool = multiprocessing.get_context("fork").Pool(workers)

    def extract(self, documents: Sequence[Document]) -> Extraction:
        """Start extracting `documents`, one chunk per process."""
        size = -(-len(documents) // self.workers)
        chunks = [list(documents[i:i + size]) for i in range(0, len(documents), size)]
        return Extraction(self.pool.map_async(_extract, chunks))

    def close(self) -> None:
        self.pool.terminate()


def _extract(documents: list[Document]) -> list[DocumentResult]:
    return _PIPELINE.extract_all(documents)
