"""Evaluation against external test suites (data read from ../shared at run time, never copied).

    petrarch   PETRARCH's unit-test records: agreement of faultline's events with their gold
               source / target / CAMEO codings (`python -m faultline.evaluate.petrarch`)

Names are imported lazily, so that `python -m faultline.evaluate.petrarch` does not find its
own module already imported by this package.
"""
from __future__ import annotations

__all__ = ["AgreementReport", "Coding", "Record", "agreement", "read_records"]


def __getattr__(name: str):
    if name in __all__:
        from . import petrarch
        return getattr(petrarch, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
