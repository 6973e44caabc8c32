"""The run's one writer: partition results taken in order, checked, bulk-loaded into the store.

Every document a partition read goes through the run's `Identities` in reading order, as in a
single-machine run: new or changed ones are stored, the same article again is left unchanged
or kept as a syndicated copy, another text under a held id is an error. Each part's Parquet
tables are then inserted as they are (`Store.save_tables`), with the documents as the run
accepted them. A document a worker passed over (stored unchanged, or its id seen earlier in
the partition) that the run finds new after all is extracted here.
"""
from __future__ import annotations

from collections.abc import Callable

from faultline.engine.worker import PartitionResult, read_part
from faultline.errors import InputError
from faultline.pipeline import Pipeline, RunReport, assemble
from faultline.store import RunInfo, Store
from faultline.store.identity import Identities


class Loader:
    """Loads partition results into `store` for `run`, recording what happened in `report`;
    `pipeline` builds the pipeline, asked only when a document must be extracted here."""

    def __init__(self, store: Store, ids: Identities, run: RunInfo, report: RunReport,
                 pipeline: Callable[[], Pipeline]):
        self.store, self.ids, self.run, self.report, self.pipeline = store, ids, run, report, pipeline

    def load(self, result: PartitionResult) -> None:
        report = self.report
        report.errors += result.errors
        report.warnings += result.warnings
        accepted, late = {}, []
        for document, extracted in result.documents:
            try:
                fresh = self.ids.needs_analysis(document)
            except InputError as exc:
                report.errors.append(exc)
                continue
            report.read.append(document.source or document.id)
            if not fresh:
                report.unchanged.append(document.id)
            elif extracted:
                accepted[document.id] = document
            else:
                late.append(document)
        for part in result.parts:
            documents = [accepted[i] for i in part.doc_ids if i in accepted]
            if documents:
                self._record(self.store.save_tables(read_part(part), documents, self.run))
        if late:
            done = []
            for item in self.pipeline().extract_all(late):
                (report.errors.append if isinstance(item, InputError) else done.append)(item)
            if done:
                self._record(self.store.save(assemble(done), self.run))

    def _record(self, saved) -> None:
        self.report.added += saved.added
        self.report.replaced += saved.replaced
        self.report.unchanged += saved.unchanged
