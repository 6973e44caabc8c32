"""What faultline prints on a terminal.

    terminal   printable (control characters escaped), display widths, cutting with "…"
    tables     plain-text tables fitted to a width
    money      amounts as a reader writes them ("$30m–$50m a year")
    reads      the rows `faultline show` prints, by SQL over the store's layout, filtered
    summary    the tables of `faultline show` and `analyze --summary`
    stories    the tables of `faultline compare`
    progress   the progress bar of `faultline analyze` and the count of articles it expects

Names are imported on first use: `faultline --help` loads neither DuckDB nor rich.
"""
from importlib import import_module

_EXPORTS = {"printable": "terminal", "terminal_width": "terminal", "table": "tables",
            "format_money": "money", "summarize": "summary", "show": "summary",
            "compare_tables": "stories"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'faultline.report' has no attribute {name!r}")
