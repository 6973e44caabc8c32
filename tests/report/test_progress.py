"""The progress bar of `faultline analyze`, and the count of articles it expects."""
from __future__ import annotations

import io
import os

import pytest
from rich.console import Console

from faultline.report.progress import ProgressBar, count_articles

CONTROL = "\x1b[2J"


@pytest.fixture
def batch(tmp_path):
    """Two articles, a sidecar, a hidden file, an empty file, JSON Lines with a bad and a blank
    line, and a feed of two items: eight inputs to be done with (six articles, two refusals)."""
    folder = tmp_path / "batch"
    (folder / "deep").mkdir(parents=True)
    (folder / "one.txt").write_text("Militants attacked a checkpoint near Gao on Monday.", encoding="utf-8")
    (folder / "one.meta.json").write_text('{"outlet": "Sahel Wire"}', encoding="utf-8")
    (folder / "deep" / "two.md").write_text("Protesters marched through Bamako on Friday.", encoding="utf-8")
    (folder / ".notes.txt").write_text("not an input", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "lines.jsonl").write_text(
        '{"id": "j1", "text": "Troops withdrew from the border town, officials said."}\n\n'
        '{"id": "j2", "text": broken}\n'
        '{"id": "j3", "text": "The army said it shot down two drones over the capital."}\n', encoding="utf-8")
    (folder / "news.rss").write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        "<item><title>Clashes in Kidal</title><description>Fighting broke out in Kidal on Sunday, "
        "residents said.</description></item>"
        "<item><title>Curfew in Goma</title><description>Authorities imposed a curfew in Goma on "
        "Tuesday.</description></item></channel></rss>", encoding="utf-8")
    return folder


def test_the_count_walks_as_the_reader_does(batch):
    assert count_articles([batch]) == 8
    assert count_articles([batch / "lines.jsonl", batch / "no-such-file.txt"]) == 4
    assert count_articles([batch, "-"]) is None  # stdin: unknown


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_the_count_never_opens_a_fifo(tmp_path, deadline):
    os.mkfifo(tmp_path / "pipe.jsonl")
    with deadline(10):
        assert count_articles([tmp_path]) == 1


def test_each_input_done_is_one_step_of_the_bar(batch):
    from faultline.pipeline import analyze_paths

    done = []
    report = analyze_paths([batch], db=None, progress=done.append)
    assert len(done) == count_articles([batch]) == 8
    assert len(report.errors) == 2 and len(report.read) == 6


def render(total, origins, interrupted=False, whole=False):
    """The line the bar leaves as it stops (interrupted: as it was), or all it wrote."""
    out = io.StringIO()
    try:
        with ProgressBar(total, Console(file=out, force_terminal=True, width=120)) as bar:
            for origin in origins:
                bar(origin)
            if interrupted:
                raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    return out.getvalue() if whole else out.getvalue().rsplit("\r", 1)[-1]


def test_the_bar_shows_the_total_the_rate_and_when_done_the_time_taken():
    drawn = render(3, ["a.txt", "b.txt", "c.txt"])
    assert "analysed" in drawn and "3/3" in drawn and "articles/s" in drawn and "elapsed" in drawn
    assert "c.txt" not in drawn


def test_without_a_total_the_bar_counts_and_ends_full():
    assert "2 articles" in render(None, ["-", "-"], interrupted=True)
    assert "2/2" in render(None, ["-", "-"])


def test_an_interrupted_bar_shows_where_it_stopped():
    drawn = render(5, ["a.txt", "b.txt"], interrupted=True)
    assert "analysing" in drawn and "2/5" in drawn and "b.txt" in drawn


def test_a_short_estimate_grows_instead_of_overflowing():
    assert "3/3" in render(2, ["a.txt", "b.txt", "c.txt"])


def test_input_names_are_escaped_and_their_end_kept():
    drawn = render(2, [f"evil{CONTROL}.txt"], interrupted=True, whole=True)
    assert CONTROL not in drawn and "evil\\x1b[2J.txt" in drawn
    drawn = render(2, ["x" * 100 + "/the-end.jsonl:7"], interrupted=True)
    assert "…" in drawn and "the-end.jsonl:7" in drawn and "x" * 50 not in drawn
