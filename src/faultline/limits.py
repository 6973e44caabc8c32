"""The limits that keep one input from taking a run down: settings with safe defaults, read
from the environment each time they are asked for (so a test or a long-lived server can
change them).

    FAULTLINE_MAX_FILE_BYTES      largest input read, in bytes (50 MiB); bigger is refused unread
    FAULTLINE_MAX_TEXT_CHARS      longest article text analysed (2,000,000 characters, about
                                  300,000 words); longer is refused: split it into articles
    FAULTLINE_MAX_SENTENCE_CHARS  longest run the pattern readers of ties, events and framing
                                  take as one sentence (2,000); longer runs are read in pieces
    FAULTLINE_DOCUMENT_SECONDS    time budget of one document's analysis after its parse
                                  (300 s; 0 turns it off); a document over it is reported as
                                  failed and the run goes on. Kept by a SIGALRM timer, so only
                                  where the analysis runs on a process's main thread (the CLI,
                                  its --workers processes); elsewhere it is not enforced.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from faultline.errors import FaultlineError

_VARIABLES = {"file_bytes": "FAULTLINE_MAX_FILE_BYTES", "text_chars": "FAULTLINE_MAX_TEXT_CHARS",
              "sentence_chars": "FAULTLINE_MAX_SENTENCE_CHARS",
              "document_seconds": "FAULTLINE_DOCUMENT_SECONDS"}


@dataclass(frozen=True)
class Limits:
    file_bytes: int = 50 * 1024 * 1024
    text_chars: int = 2_000_000
    # Longer than any sentence a reporter writes: scraped text without full stops. The
    # readers that still scan a sentence per trigger or cue would be quadratic in it.
    sentence_chars: int = 2_000
    document_seconds: float = 300.0

    @staticmethod
    def variable(name: str) -> str:
        """The environment variable that sets the limit `name`."""
        return _VARIABLES[name]


DEFAULTS = Limits()


def current() -> Limits:
    """The limits in force: each one from its environment variable when set, else the default."""
    values = {}
    for name, variable in _VARIABLES.items():
        text = os.environ.get(variable, "").strip()
        if text:
            values[name] = _parse(name, variable, text)
    return Limits(**values) if values else DEFAULTS


def _parse(name: str, variable: str, text: str) -> int | float:
    kind = float if name == "document_seconds" else int
    try:
        value = kind(text)
    except ValueError:
        value = -1
    # a time budget of 0 means none; a size of 0 would refuse everything
    if value < 0 or (value == 0 and kind is int) or value != value or value == float("inf"):
        unit = "seconds (0: no budget)" if kind is float else "positive whole number"
        raise FaultlineError(f"{variable} must be {'a number of ' if kind is float else 'a '}{unit}, "
                             f"not {text!r}")
    return value


class BudgetExceeded(BaseException):
    """A document's analysis ran past FAULTLINE_DOCUMENT_SECONDS. Not an Exception, so that no
    reader's own `except Exception` swallows it and runs on."""


@contextlib.contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise BudgetExceeded in the block once `seconds` have passed. Does nothing off the main
    thread (signals reach only it), for a budget of 0, or while another timer is running (a
    caller's own alarm is left alone rather than overridden)."""
    if (not seconds or threading.current_thread() is not threading.main_thread()
            or not hasattr(signal, "setitimer") or signal.getitimer(signal.ITIMER_REAL)[0]):
        yield
        return

    def expired(*_):
        raise BudgetExceeded(f"took longer than the {seconds:g} s a document may take "
                             f"({_VARIABLES['document_seconds']} sets the budget)")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
