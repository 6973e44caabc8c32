"""The command line end to end: analyze, re-analyze, bad input, show, export; what the
terminal shows (the progress bar, tables that fit, filters) and how fast --help starts."""
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from report.samples import news_store  # tests/report/samples.py

from faultline.cli import main


def run(*args, input=None):
    result = CliRunner().invoke(main, [str(a) for a in args], input=input)
    assert "Traceback" not in result.output, result.output
    return result


def table_counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute("select table_name from information_schema.tables").fetchall()]
        return {t: con.execute(f'select count(*) from "{t}"').fetchall()[0][0] for t in tables}
    finally:
        con.close()


@pytest.fixture
def corpus(tmp_path, examples):
    """A private copy of the bundled examples, safe to modify."""
    shutil.copytree(examples, tmp_path / "examples")
    return tmp_path / "examples"


def test_analyze_stores_and_rerun_adds_nothing(corpus, tmp_path):
    db = tmp_path / "f.duckdb"
    first = run("analyze", corpus, "--db", db)
    assert first.exit_code == 0, first.output
    before = table_counts(db)
    assert before["documents"] >= 14 and before["entities"] > 0 and before["runs"] == 1
    again = run("analyze", corpus, "--db", db)
    assert again.exit_code == 0
    assert "0 added, 0 replaced" in again.output
    assert table_counts(db) == before


def test_changed_article_replaces_its_rows(corpus, tmp_path):
    db = tmp_path / "f.duckdb"
    run("analyze", corpus, "--db", db)
    before = table_counts(db)
    article = corpus / "articles" / "danube_press_kharkiv_strike.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n\nThe mayor said schools would stay closed.\n",
                       encoding="utf-8")
    result = run("analyze", corpus, "--db", db)
    assert "1 replaced" in result.output
    after = table_counts(db)
    assert after["documents"] == before["documents"]
    assert after["runs"] == before["runs"] + 1


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path):
    good = tmp_path / "batch" / "good.txt"
    good.parent.mkdir()
    good.write_text("Rebels attacked a police post in the north on Monday, the governor said.", encoding="utf-8")
    (tmp_path / "batch" / "empty.txt").write_bytes(b"")
    (tmp_path / "batch" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "batch" / "lines.jsonl").write_text(
        '{"id": "a1", "text": "Troops withdrew from the border town, officials said."}\n'
        '{"id": "a2", "text": oops}\n'
        '{"id": "a3", "text": "Protesters blocked the highway for a second day."', encoding="utf-8")
    (tmp_path / "batch" / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    db = tmp_path / "f.duckdb"
    result = run("analyze", tmp_path / "batch", "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("skipped ")]
    assert len(errors) == 5, result.output
    assert any("empty.txt" in e for e in errors)
    assert any("image.png" in e and "binary" in e for e in errors)
    assert any("lines.jsonl:2" in e for e in errors) and any("lines.jsonl:3" in e for e in errors)
    assert any("menu.html" in e for e in errors)
    assert table_counts(db)["documents"] == 2


def test_analyze_reads_stdin(tmp_path):
    result = run("analyze", "-", "--no-store", "--json", tmp_path / "a.json",
                 input="Militants shelled the airport overnight, the army said.\n")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "a.json").read_text())
    assert data["documents"][0]["text"].startswith("Militants shelled")


def test_seeds_analyse_to_json_without_furniture(shared, tmp_path):
    out = tmp_path / "a.json"
    result = run("analyze", shared / "seeds" / "seeds.jsonl", "--db", tmp_path / "s.duckdb", "--json", out)
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert {d["id"] for d in data["documents"]} == {"000_aa49a551a9f1af2b", "004_ff7fe5ed672fb422"}
    texts = " ".join(d["text"] for d in data["documents"])
    assert "IE 11 is not supported" not in texts and "Get more news" not in texts


def test_show_and_export(corpus, tmp_path):
    db = tmp_path / "f.duckdb"
    run("analyze", corpus, "--db", db)
    shown = run("show", "--db", db)
    assert shown.exit_code == 0 and "Actors" in shown.output and "Claims" in shown.output
    for fmt in ("json", "csv", "parquet"):
        result = run("export", "--db", db, "--format", fmt, "--out", tmp_path / fmt)
        assert result.exit_code == 0, result.output
        assert any((tmp_path / fmt).iterdir())
    exported = json.loads((tmp_path / "json" / "analysis.json").read_text())
    assert len(exported["documents"]) == table_counts(db)["documents"]


def test_show_without_database_is_a_clear_error_and_creates_none(tmp_path):
    result = run("show", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "no such database" in result.output
    assert not (tmp_path / "none.duckdb").exists()


def test_analyze_with_nothing_readable_creates_no_database(tmp_path):
    result = run("analyze", tmp_path / "nosuchfile", "--db", tmp_path / "new.duckdb")
    assert result.exit_code == 1
    assert "skipped" in result.output and "new.duckdb was not created" in result.output
    assert not list(tmp_path.iterdir())
    news_store(tmp_path / "old.duckdb")  # a store already there is kept and counted
    result = run("analyze", tmp_path / "nosuchfile", "--db", tmp_path / "old.duckdb")
    assert result.exit_code == 1 and "old.duckdb now holds 3 documents" in result.output


def test_show_fits_the_terminal_sorts_and_prints_money(tmp_path):
    db = news_store(tmp_path / "news.duckdb")
    for columns in (60, 100):
        result = CliRunner().invoke(main, ["show", "--db", str(db)], env={"COLUMNS": str(columns)})
        assert result.exit_code == 0, result.output
        assert max(len(line) for line in result.output.splitlines()) <= columns
    wide = CliRunner().invoke(main, ["show", "--db", str(db)], env={"COLUMNS": "200"}).output
    assert "$30m–$50m a year" in wide
    events = wide.split("Events, newest first (3)")[1].split("\n\n")[0]
    assert events.index("(2024-06-11)") < events.index("2024-03-01") < events.index("2023-12-30")


def test_show_filters(tmp_path):
    db = news_store(tmp_path / "news.duckdb")
    result = run("show", "--db", db, "--actor", "HIZBULLAH", "--since", "2024-01-01")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("actors matching 'HIZBULLAH': Hezbollah\n")
    assert "Events, newest first (0)" in result.output and "Ties, newest report first (1)" in result.output
    result = run("show", "--db", db, "--country", "sdn", "--until", "2024-03-31", "--type", "ASSAULT")
    assert "Events, newest first (1)" in result.output and "El Fasher" in result.output
    assert "Claims" not in result.output  # claims have no type
    assert "Ties, newest report first (1)" in run("show", "--db", db, "--type", "funds").output


@pytest.mark.parametrize("args, message", [
    (["--actor", "Nobody"], "no actor in"),
    (["--country", "Sudan"], "not an ISO 3166 alpha-3 code"),
    (["--since", "12/03/2024"], "does not match the format"),
    (["--since", "2024-05-01", "--until", "2024-04-01"], "--since is after --until"),
])
def test_show_refuses_filters_it_cannot_read(tmp_path, args, message):
    result = run("show", "--db", news_store(tmp_path / "news.duckdb"), *args)
    assert result.exit_code != 0 and message in result.output


def test_analyze_into_a_pipe_draws_no_progress_bar(tmp_path):
    result = run("analyze", "-", "--no-store", input="Militants shelled the airport overnight, the army said.\n")
    assert result.exit_code == 0, result.output
    assert "\r" not in result.output and "━" not in result.output and "articles/s" not in result.output


def test_help_imports_neither_the_pipeline_nor_the_store():
    heavy = ["spacy", "faultline.pipeline", "duckdb", "pyarrow", "pandas", "rich", "starlette", "uvicorn"]
    code = ("import sys; from click.testing import CliRunner; from faultline.cli import main; "
            "assert CliRunner().invoke(main, ['show', '--help']).exit_code == 0; "
            f"print([m for m in {heavy!r} if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_analyze_draws_a_progress_bar_on_a_terminal(tmp_path):
    import fcntl
    import struct
    import termios

    (tmp_path / "a.txt").write_text("Rebels attacked a police post in the north on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Troops withdrew from the border town, officials said.", encoding="utf-8")
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    drawn = bytearray()

    def read():  # drained as it comes: a full pseudo-terminal would block the writer
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the writer closed
                return
            if not chunk:
                return
            drawn.extend(chunk)
    reader = threading.Thread(target=read)
    reader.start()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "120"}
    done = subprocess.run([sys.executable, "-m", "faultline", "analyze", str(tmp_path), "--no-store"],
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave, env=env, timeout=600)
    os.close(slave)
    reader.join(30)
    os.close(master)
    assert done.returncode == 0
    assert b"read 2 articles" in done.stdout and b"articles/s" not in done.stdout
    bar = drawn.decode("utf-8", "replace")
    assert "2/2" in bar and "articles/s" in bar and "analysed" in bar


def test_parallel_workers_give_the_same_analysis(corpus, tmp_path):
    from faultline.pipeline import analyze_paths

    one = analyze_paths([corpus / "articles"], db=None).analysis.to_dict()
    two = analyze_paths([corpus / "articles"], db=None, workers=2).analysis.to_dict()
    assert one == two and one["events"]


def test_a_repaired_input_is_read_and_its_repair_reported(tmp_path):
    path = tmp_path / "one_bad_byte.txt"
    path.write_bytes(b"Caf\xc3\xa9 owners in Goma said the road was shut. \xff Stra\xc3\x9fe.\n")
    result = run("analyze", path, "--no-store", "--json", tmp_path / "a.json")
    assert result.exit_code == 0, result.output
    assert "warning:" in result.output and "U+FFFD" in result.output
    text = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["documents"][0]["text"]
    assert "Café" in text and "Straße" in text


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux /dev/full (every write: disk full)")
def test_an_output_that_cannot_be_written_is_one_error_line(corpus, tmp_path):
    result = run("analyze", corpus / "articles", "--no-store", "--json", "/dev/full")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == "Error: cannot write /dev/full: No space left on device"
    result = run("analyze", corpus / "articles", "--no-store", "--json", tmp_path / "no" / "a.json")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == f"Error: cannot write {tmp_path / 'no' / 'a.json'}: " \
                                             "No such file or directory"


def test_show_reads_a_store_another_process_is_reading(corpus, tmp_path):
    """`show` opens the store read-only, so it runs beside `faultline serve` on the same file."""
    import subprocess
    import sys

    from faultline.store.readonly import ReadOnlyStore

    db = tmp_path / "f.duckdb"
    assert run("analyze", corpus / "articles", "--db", db).exit_code == 0
    with ReadOnlyStore(db):
        shown = subprocess.run([sys.executable, "-m", "faultline", "show", "--db", str(db), "--limit", "1"],
                               capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "Events" in shown.stdout
