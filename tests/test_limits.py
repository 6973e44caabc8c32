"""Limits are settings: defaults, the environment's values, clear errors for bad ones, and a
time budget that stays out of the way where it cannot work."""
import threading
import time

import pytest

from faultline import limits
from faultline.errors import FaultlineError


def test_defaults_without_the_environment(monkeypatch):
    for name in ("file_bytes", "text_chars", "sentence_chars", "document_seconds"):
        monkeypatch.delenv(limits.Limits.variable(name), raising=False)
    assert limits.current() == limits.Limits(50 * 1024 * 1024, 2_000_000, 2_000, 300.0)


def test_values_from_the_environment(monkeypatch):
    monkeypatch.setenv("FAULTLINE_MAX_SENTENCE_CHARS", " 500 ")
    monkeypatch.setenv("FAULTLINE_DOCUMENT_SECONDS", "0")
    assert limits.current().sentence_chars == 500
    assert limits.current().document_seconds == 0


@pytest.mark.parametrize("variable, value, message", [
    ("FAULTLINE_MAX_TEXT_CHARS", "0", "FAULTLINE_MAX_TEXT_CHARS must be a positive whole number, not '0'"),
    ("FAULTLINE_MAX_TEXT_CHARS", "1.5", "FAULTLINE_MAX_TEXT_CHARS must be a positive whole number"),
    ("FAULTLINE_DOCUMENT_SECONDS", "-1", "FAULTLINE_DOCUMENT_SECONDS must be a number of seconds"),
    ("FAULTLINE_DOCUMENT_SECONDS", "nan", "FAULTLINE_DOCUMENT_SECONDS must be a number of seconds"),
    ("FAULTLINE_DOCUMENT_SECONDS", "inf", "FAULTLINE_DOCUMENT_SECONDS must be a number of seconds"),
])
def test_bad_values_name_their_variable(monkeypatch, variable, value, message):
    monkeypatch.setenv(variable, value)
    with pytest.raises(FaultlineError, match=message.replace("(", r"\(")):
        limits.current()


def test_the_budget_interrupts_a_block_that_runs_past_it():
    with pytest.raises(limits.BudgetExceeded, match="took longer than the 0.2 s"):
        with limits.time_budget(0.2):
            while True:
                pass


def test_the_budget_is_cancelled_when_the_block_ends():
    with limits.time_budget(0.2):
        pass
    time.sleep(0.4)   # an alarm left running would raise here


def test_no_budget_off_the_main_thread():
    """Signals reach only the main thread: a reader in a server's thread runs unbudgeted."""
    finished = []

    def work():
        with limits.time_budget(0.05):
            time.sleep(0.2)
        finished.append(True)
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert finished == [True]


def test_a_callers_own_alarm_is_left_alone(deadline):
    with deadline(30):
        with limits.time_budget(0.05):
            time.sleep(0.2)   # not interrupted: the caller's 30 s alarm stays in charge
