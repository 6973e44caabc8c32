"""faultline's exceptions, all under one base so callers catch at the level they need.

    FaultlineError
     ├── InputError      an input file (or one line of it) cannot be read as an article
     ├── DictionaryError a user dictionary or data file is malformed
     └── StoreError      the database cannot be opened or migrated
"""
from __future__ import annotations


class FaultlineError(Exception):
    """Base of every error faultline raises on purpose."""


class InputError(FaultlineError):
    """An input that cannot become an article; the message names the file and line."""

    def __init__(self, origin: str, reason: str, line: int | None = None):
        self.origin = origin
        self.reason = reason
        self.line = line
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):  # crosses process boundaries (--workers) whole
        return InputError, (self.origin, self.reason, self.line)


class DictionaryError(FaultlineError):
    """A dictionary or knowledge file that cannot be loaded."""


class StoreError(FaultlineError):
    """The database cannot be opened, migrated or written."""
