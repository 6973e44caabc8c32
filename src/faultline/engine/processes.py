"""`faultline analyze --workers N`: extraction and the comparison's windows in forked processes.

The processes are forked from this one once it has built the pipeline, so each inherits it
(never pickled, never built again). A batch of the run is cut into one chunk per process, so
none waits on another's longer share, and is extracted while this process stores the batch
before it. The comparison's windows (`compare.windows`) are mapped over the same processes,
one ahead of each at most (this process reads each window's context from the store, and the
store has one connection), each result handed back as soon as it is done.
"""
from __future__ import annotations

import multiprocessing
import queue
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
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

    def map_unordered(self, fn: Callable, items: Iterable) -> Iterator:
        """`fn(item)` for each item, results as they finish; an item is taken from `items`
        only when a process is free for it."""
        finished: queue.SimpleQueue = queue.SimpleQueue()  # (ok, result or exception)
        items = iter(items)

        def start(count: int) -> int:
            started = 0
            for item in islice(items, count):
                self.pool.apply_async(fn, (item,), callback=lambda r: finished.put((True, r)),
                                      error_callback=lambda e: finished.put((False, e)))
                started += 1
            return started
        running = start(self.workers + 1)
        while running:
            ok, result = finished.get()
            running += start(1) - 1
            if not ok:
                raise result
            yield result

    def close(self) -> None:
        self.pool.terminate()


def _extract(documents: list[Document]) -> list[DocumentResult]:
    return _PIPELINE.extract_all(documents)
