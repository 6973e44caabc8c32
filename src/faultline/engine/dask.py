"""`faultline analyze --engine dask`: extraction and comparison as tasks on dask.distributed.

    scheduler None      a LocalCluster of `workers` processes (one thread each) on this machine,
                        listening on 127.0.0.1 only
    scheduler "sync"    dask's synchronous scheduler in this process: every task run in order,
                        for deterministic tests and debugging
    scheduler ADDRESS   the scheduler of a running cluster ("tcp://host:8786"); its workers must
                        see the input files and the run's Parquet folder at the same paths

One task per partition (a task costs a few milliseconds, a partition seconds). The store's
set of documents held unchanged is scattered once to every worker, not sent with each task.
At most `IN_FLIGHT` tasks per worker are queued ahead and results are taken in partition order,
so this process holds a few partitions' results at a time, whatever the corpus. The Parquet
parts are loaded as they come and the run's folder (`<db>.parts/<run id>/`) removed at the
end; the comparison's windows (`compare.windows`) then run as tasks as well, each reading its
documents from a Parquet snapshot in the same folder and written as soon as it is done, in
whatever order they finish.

A local cluster's workers are forked from this process once it has built the pipeline, before
the store is opened: they start in a fraction of a second with the pipeline in memory (shared
with this process until written to), where spawned ones would each import faultline and build
it again (seconds each). Workers of a cluster given by address build it once per process.
"""
from __future__ import annotations

import itertools
import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from functools import partial
from pathlib import Path
from typing import Sequence

from faultline.compare import compare_store
from faultline.engine.loading import Loader
from faultline.engine.partitions import plan_partitions
from faultline.engine.worker import extract_partition
from faultline.errors import FaultlineError, InputError
from faultline.nlp import model_id
from faultline.pipeline import Options, RunReport, shared_pipeline
from faultline.model import Analysis

IN_FLIGHT = 2
SYNC = "sync"


def analyze_dask(paths: Sequence[str | Path], db: str, options: Options = Options(),
                 progress: Callable[[str], None] | None = None, collect: bool = True,
                 batch_size: int = 50, workers: int = 1, scheduler: str | None = None) -> RunReport:
    """`analyze_paths` on a Dask cluster (see the module doc): the same store, the same report."""
    from faultline.store import RunInfo, Store
    from faultline.store.identity import Identities

    if not db:
        raise FaultlineError("the dask engine writes a store: give --db (':memory:' keeps nothing)")
    config_hash = options.config_hash()
    report = RunReport(Analysis())
    run = RunInfo.start(config_hash, dictionaries=list(options.dictionaries), model=model_id(options.model),
                        engine="dask")
    with ExitStack() as stack:
        if scheduler is None:
            shared_pipeline(options)  # before forking the workers, which inherit it
        # the cluster first: its forked workers must not inherit an open store
        runner = stack.enter_context(_runner(scheduler, workers))
        store = stack.enter_context(Store(db))
        out = stack.enter_context(_parts_folder(db, run.id))
        ids = Identities(store, config_hash)
        skip = frozenset(f"{i}\0{sha}" for i, (sha, cfg) in ids.stored.items() if cfg == config_hash)
        loader = Loader(store, ids, run, report, partial(shared_pipeline, options))
        partitions = []
        for item in plan_partitions([str(p) for p in paths], batch_size):
            (report.errors if isinstance(item, InputError) else partitions).append(item)
        task = partial(extract_partition, options=options, out=str(out), batch_size=batch_size)
        for result in runner.map(task, partitions, skip=runner.share(skip)):
            loader.load(result)
            if progress:  # each input done with: stored, found unchanged or refused
                for origin in [d.source or d.id for d, _ in result.documents] + [e.origin for e in result.errors]:
                    progress(origin)
        if store.pending():
            # each window writes only its own anchor's rows: any order will do
            compare_store(store, pending_only=True, runner=partial(runner.map, ordered=False),
                          snapshot=out / "snapshot")
        if collect:
            report.analysis = store.load(list(ids.accepted))
        report.totals = store.counts()
    return report


class _Runner:
    """Maps a function over items as tasks, results in the items' order, few ahead at a time."""

    def __init__(self, client=None, ahead: int = IN_FLIGHT):
        self.client = client
        self.ahead = ahead

    def share(self, value):
        """`value` as every task will receive it: scattered to all workers once."""
        # in a list: scatter would take a set or list for many values, one per element
        return self.client.scatter([value], broadcast=True, hash=False)[0] if self.client else value

    def map(self, fn: Callable, items: Iterable, ordered: bool = True, **shared) -> Iterator:
        """`fn(item, **shared)` for each item; `shared` values may be `share`d ones. Results come
        in the items' order, or, not `ordered`, each as soon as it is done (a long task does
        not hold back the results of those after it, nor leave a worker idle)."""
        if self.client is None:
            import dask
            for item in items:  # dask's synchronous scheduler: one task at a time, in order
                yield dask.delayed(fn, pure=False)(item, **shared).compute(scheduler=SYNC)
            return
        if not ordered:
            yield from self._as_completed(fn, items, shared)
            return
        queue: deque = deque()
        for item in items:
            queue.append(self.client.submit(fn, item, pure=False, **shared))
            if len(queue) >= self.ahead:
                yield _result(queue.popleft())
        while queue:
            yield _result(queue.popleft())

    def _as_completed(self, fn: Callable, items: Iterable, shared: dict) -> Iterator:
        from distributed import as_completed

        items = iter(items)
        done = as_completed()
        for item in itertools.islice(items, self.ahead):
            done.add(self.client.submit(fn, item, pure=False, **shared))
        for future in done:
            for item in itertools.islice(items, 1):  # one in for each one out
                done.add(self.client.submit(fn, item, pure=False, **shared))
            yield _result(future)


def _result(future):
    try:
        return future.result()
    finally:
        future.release()


@contextmanager
def _runner(scheduler: str | None, workers: int) -> Iterator[_Runner]:
    if scheduler == SYNC:
        yield _Runner()
        return
    import dask
    from distributed import Client, LocalCluster

    with ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            # forked, not spawned (see the module doc); no sampling profiler in the workers: its
            # thread wakes every 10 ms to read the stack, for a dashboard a run never shows
            stack.enter_context(dask.config.set({"distributed.worker.multiprocessing-method": "fork",
                                                 "distributed.worker.profile.enabled": False}))
            cluster = stack.enter_context(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                       host="127.0.0.1", dashboard_address=None))
            client = stack.enter_context(Client(cluster))
            client.wait_for_workers(workers)  # else the first tasks all queue on the first worker up
        count = len(client.scheduler_info(n_workers=-1)["workers"]) or 1
        yield _Runner(client, ahead=IN_FLIGHT * count)


@contextmanager
def _parts_folder(db: str, run_id: str) -> Iterator[Path]:
    """Where the workers write the run's Parquet parts: beside the store, removed afterwards."""
    with ExitStack() as stack:
        base = Path(stack.enter_context(tempfile.TemporaryDirectory())) if db == ":memory:" \
            else Path(f"{db}.parts")
        folder = base / run_id
        folder.mkdir(parents=True, exist_ok=True)
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            if db != ":memory:" and base.exists() and not any(base.iterdir()):
                base.rmdir()
