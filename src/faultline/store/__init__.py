"""faultline's store: analyses kept in DuckDB, saved incrementally and loaded back.

    Store       open/migrate a database; save, load, count, query
    RunInfo     the run a save belongs to (recorded only when it writes something)
    SaveResult  which documents a save added, replaced or left unchanged

The flat table layout shared with the exporters is `faultline.store.tables`.
"""
from faultline.store.database import Store
from faultline.store.runs import RunInfo, SaveResult

__all__ = ["RunInfo", "SaveResult", "Store"]
