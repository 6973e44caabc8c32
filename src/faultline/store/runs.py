"""What a run tells the store about itself, and what a save reports back."""
from __future__ import annotations

import json
import platform
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import duckdb
import pyarrow

from faultline import __version__
from faultline.store.migrations import utcnow


@dataclass
class RunInfo:
    """One `analyze` run: its id, the hash of the configuration it ran with, when it began.

    `started_at` is UTC (naive datetimes are taken as UTC); `extra` is any JSON-able detail
    the caller wants kept with the run (command line, input paths, timings).
    """
    id: str
    config_hash: str
    started_at: datetime = field(default_factory=utcnow)
    version: str = __version__
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def start(cls, config_hash: str, **extra: Any) -> "RunInfo":
        """A new run, starting now, with a fresh id."""
        return cls(id=uuid.uuid4().hex, config_hash=config_hash, extra=extra)


@dataclass
class SaveResult:
    """Document ids by what `Store.save` did with them (replaced: the new ids)."""
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def written(self) -> list[str]:
        return self.added + self.replaced


def record_run(con: duckdb.DuckDBPyConnection, run: RunInfo, result: SaveResult) -> None:
    """Insert the `runs` row, or add to it when the same run saves again (in batches)."""
    started = run.started_at
    if started.tzinfo is not None:
        started = started.astimezone(timezone.utc).replace(tzinfo=None)
    versions = {"python": platform.python_version(), "duckdb": duckdb.__version__,
                "pyarrow": pyarrow.__version__}
    con.execute(
        """INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET finished_at = excluded.finished_at,
               documents_added = runs.documents_added + excluded.documents_added,
               documents_replaced = runs.documents_replaced + excluded.documents_replaced""",
        [run.id, started, utcnow(), run.config_hash, run.version, json.dumps(versions),
         json.dumps(run.extra, ensure_ascii=False, default=str), len(result.added),
         len(result.replaced)])
