"""Hostile text from the web cannot act on a terminal, and a damaged store file is one clear
error line. (Spreadsheets: tests/export/test_safe_cells.py.)"""
from __future__ import annotations

import random
import re
import shutil

import pytest
from click.testing import CliRunner
from store.samples import FORGED, hostile_analysis  # tests/store/samples.py

from faultline.cli import main
from faultline.model import Analysis, Comparison, Count, Position, Story
from faultline.report import compare_tables, printable, summarize
from faultline.store import RunInfo, Store

# Any control character but the newline that ends an output line.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def assert_one_error_line(result, *names: str) -> None:
    assert result.exit_code != 0
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert all(name in lines[0] for name in names), lines[0]


# ---- the terminal -----------------------------------------------------------------------
def test_printable_escapes_control_characters_and_keeps_spaces():
    assert printable("a b\tc\nd") == "a b\\tc\\nd"
    assert printable("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m"
    assert printable("over\rwrite\x08\x9b2J\x85\u2028\u202e") == "over\\rwrite\\x08\\x9b2J\\x85\\u2028\\u202e"
    assert printable("Kyiv – Київ, 5 km") == "Kyiv – Київ, 5 km"
    assert printable("caf\udce9.txt") == "caf\\udce9.txt"  # an undecodable byte of a file name


def test_summary_tables_are_free_of_control_characters():
    text = summarize(hostile_analysis(), width=200)
    assert not CONTROL.search(text), repr(CONTROL.search(text))
    assert not any(line.startswith(FORGED) for line in text.splitlines())
    assert "Red Outlet" in text and "Hassan\\x9b2J Nasrallah" in text


def test_compare_tables_are_free_of_control_characters():
    analysis = hostile_analysis()
    story = Story("s:1", "ASSAULT", "Strike\x1b]0;pwned\x07 in Rafah\nfaultline: FORGED LINE",
                  ["e:d1:1", "e:d2:2"], ["d1", "d2"], killed=Count(12, 12, 20))
    comparison = Comparison("cmp:1", "contradicts", "deaths\r\x1b[2K", {"entities": ["iran"]},
                            [Position("d1", "12\x08\x08"), Position("d2", 20)])
    text = compare_tables(analysis, [story], [comparison])
    assert not CONTROL.search(text), repr(CONTROL.search(text))
    assert not any(line.startswith(FORGED) for line in text.splitlines())
    assert "@SUM(1)" in text


def test_show_and_compare_print_no_control_characters(tmp_path):
    db = tmp_path / "h.duckdb"
    with Store(db) as store:
        store.save(hostile_analysis(), RunInfo("run-1", "cfg-1"))
    for command in ("show", "compare"):
        result = run(command, "--db", db)
        assert result.exit_code == 0, result.output
        assert not CONTROL.search(result.output), (command, repr(CONTROL.search(result.output)))
        assert not any(line.startswith(FORGED) for line in result.output.splitlines())
    assert "=HYPERLINK" in run("show", "--db", db).output  # the terminal shows the text as it is


@pytest.mark.parametrize("args", [["--actor", "hassan"], ["--actor", "@sum(1)"], ["--country", "LBN"],
                                  ["--type", "funds"], ["--actor", "\x1b[31m\nError: forged"]])
def test_filtered_show_prints_no_control_characters(tmp_path, args):
    db = tmp_path / "h.duckdb"
    with Store(db) as store:
        store.save(hostile_analysis(), RunInfo("run-1", "cfg-1"))
    result = CliRunner().invoke(main, ["show", "--db", str(db), *args], env={"COLUMNS": "60"})
    assert not CONTROL.search(result.output), repr(CONTROL.search(result.output))
    assert not any(line.startswith((FORGED, "Error: forged")) for line in result.output.splitlines())


def test_a_file_name_cannot_forge_a_skipped_line(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "evil\nskipped forged.txt").write_bytes(b"")
    (batch / "red\x1b[31m.txt").write_bytes(b"")
    result = run("analyze", batch, "--no-store")
    assert result.exit_code == 1
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(skipped) == 2, result.output
    assert any("evil\\nskipped forged.txt" in line for line in skipped)
    assert any("red\\x1b[31m.txt" in line for line in skipped)
    assert not CONTROL.search(result.output)


def test_skipped_lines_escape_whatever_the_error_says(tmp_path, monkeypatch):
    from faultline import pipeline
    from faultline.errors import InputError
    from faultline.pipeline import RunReport

    error = InputError("feed.xml\nskipped forged", "bad item \x1b[2J\r")
    monkeypatch.setattr(pipeline, "analyze_paths", lambda *a, **k: RunReport(Analysis(), errors=[error]))
    result = run("analyze", tmp_path, "--no-store")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "skipped feed.xml\\nskipped forged: bad item \\x1b[2J\\r"


def test_messages_escape_the_names_given_on_the_command_line(tmp_path):
    result = run("show", "--db", tmp_path / "no\x1b[2Jsuch\nError: forged.duckdb")
    assert_one_error_line(result, "no\\x1b[2Jsuch\\nError: forged.duckdb", "no such database")


# ---- a damaged store --------------------------------------------------------------------
@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    """A store written by `faultline analyze` from one short article."""
    where = tmp_path_factory.mktemp("real")
    article = where / "article.txt"
    article.write_text('Rebels attacked a police post in the north on Monday, the governor said. '
                       '"We will not stop," the rebel commander told reporters.', encoding="utf-8")
    result = run("analyze", article, "--db", where / "f.duckdb")
    assert result.exit_code == 0, result.output
    return where / "f.duckdb"


def garbled(real_store, tmp_path):
    """A copy with random bytes over its middle half: DuckDB's block checksums then fail on read."""
    db = tmp_path / "garbled.duckdb"
    data = bytearray(real_store.read_bytes())
    start, end = len(data) // 4, 3 * len(data) // 4
    data[start:end] = random.Random(7).randbytes(end - start)
    db.write_bytes(bytes(data))
    return db


def not_a_database(real_store, tmp_path):
    db = tmp_path / "notes.duckdb"
    db.write_bytes(b"these are my notes, not a database\n" * 200)
    return db


@pytest.mark.parametrize("damage", [garbled, not_a_database])
@pytest.mark.parametrize("command", [["show"], ["compare"], ["export", "--format", "csv", "--out", "out"]])
def test_a_damaged_store_is_one_error_line_naming_it(real_store, tmp_path, damage, command):
    db = damage(real_store, tmp_path)
    args = [a if a != "out" else tmp_path / "out" for a in command]
    assert_one_error_line(run(*args, "--db", db), db.name)


def test_the_undamaged_store_still_reads(real_store, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(real_store, db)
    assert run("show", "--db", db).exit_code == 0


def test_compare_tables_show_copies_word_grouped_stories_and_revisions():
    analysis = hostile_analysis()
    analysis.documents[0].copies = [{"outlet": "Reprint Daily", "url": None, "published": None, "source": None}]
    story = Story("s:1", "ASSAULT", "strike on the market", [], ["d1", "d2"], kind="documents")
    revised = Comparison("cmp:2", "contradicts", "killed",
                         {"entities": [], "revision": {"from": 12, "to": 20, "earlier": "d1",
                                                       "later": "d2", "hours": 24}},
                         [Position("d1", 12), Position("d2", 20)])
    text = compare_tables(analysis, [story], [revised], width=200)
    assert "(also: Reprint Daily)" in text and "[by their words]" in text
    assert "contradicts (revised, 24h later)" in text
