"""One partition's task, run on a worker: read, extract, write the results as Parquet.

The pipeline is built once per worker process (`shared_pipeline` caches it by
configuration), not per task. Documents the store already holds unchanged (`skip`: "id\\0sha256"
of those stored under this configuration) and repeats of an id within the partition are not
extracted; every document read is handed back, in reading order, for the run's one writer to
decide what is new, changed, unchanged or a syndicated copy, as a single-machine run does.
Results are written per batch of at most `batch_size` extracted documents, one Parquet file per
store table (`store.tables` layout) in `<out>/part-<partition>-<batch>/`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from faultline.engine.partitions import Partition
from faultline.errors import InputError
from faultline.ingest import InputWarning, read_inputs
from faultline.ingest.files import display_name
from faultline.ingest.streams import read_jsonl_range
from faultline.model import Article, Document
from faultline.pipeline import DocumentResult, Options, assemble, shared_pipeline
from faultline.store.tables import analysis_to_tables


@dataclass
class Part:
    """One batch of a partition's results: where its tables lie, which documents they hold."""
    path: str
    doc_ids: list[str]


@dataclass
class PartitionResult:
    """What a partition's task hands back: every document read (extracted or not), in order."""
    index: int
    documents: list[tuple[Document, bool]] = field(default_factory=list)  # (document, extracted)
    parts: list[Part] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[InputWarning] = field(default_factory=list)


def extract_partition(partition: Partition, options: Options, out: str, skip: frozenset[str],
                      batch_size: int) -> PartitionResult:
    pipeline = shared_pipeline(options)
    result = PartitionResult(partition.index)
    seen: set[str] = set()
    pending: list[Document] = []
    for item in _articles(partition, result.warnings.append):
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        try:
            document = pipeline.document(item)
        except InputError as exc:
            result.errors.append(exc)
            continue
        fresh = document.id not in seen and f"{document.id}\0{document.sha256}" not in skip
        seen.add(document.id)
        result.documents.append((document, fresh))
        if fresh:
            pending.append(document)
            if len(pending) >= batch_size:
                _write_part(pipeline.extract_all(pending), result, out)
                pending = []
    if pending:
        _write_part(pipeline.extract_all(pending), result, out)
    return result


def _articles(partition: Partition, warn) -> Iterator[Article | InputError]:
    if partition.lines is not None:
        return read_jsonl_range(partition.lines, display_name(partition.lines.path))
    return read_inputs(list(partition.files), warn=warn)


def _write_part(extracted: Iterable[DocumentResult | InputError], result: PartitionResult, out: str) -> None:
    done = []
    for item in extracted:
        if isinstance(item, InputError):
            result.errors.append(item)
        else:
            done.append(item)
    if not done:
        return
    folder = Path(out) / f"part-{result.index:06d}-{len(result.parts):03d}"
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in analysis_to_tables(assemble(done)).items():
        pq.write_table(table, folder / f"{name}.parquet")
    result.parts.append(Part(str(folder), [r.document.id for r in done]))


def read_part(part: Part) -> dict:
    """A part's tables, as `analysis_to_tables` laid them out."""
    return {path.stem: pq.read_table(path) for path in sorted(Path(part.path).glob("*.parquet"))}
