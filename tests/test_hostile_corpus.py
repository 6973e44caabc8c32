"""The hostile corpus (tests/hostile.py) through `faultline analyze`, in a subprocess as a
user runs it: nothing hangs or crashes, the good articles and every readable one are stored,
each refusal is one line naming its file, the JSON is strict with exact spans, the terminal
and the CSV export get no control characters or formulas, and a second run adds nothing."""
import csv
import json
import os
import re
import subprocess
import sys

import pytest

from hostile import GOOD, TEXT_LIMIT, write_corpus

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


def _analyze(folder, db, out, *options):
    env = {**os.environ, "FAULTLINE_MAX_TEXT_CHARS": str(TEXT_LIMIT)}
    command = [sys.executable, "-m", "faultline", "analyze", str(folder), "--db", str(db), "--json", str(out),
               *options]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)


def _strict(text):
    return json.loads(text, parse_constant=lambda name: pytest.fail(f"not JSON: {name}"))


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "in"
    expected = write_corpus(folder)
    db, out = folder.parent / "h.duckdb", folder.parent / "h.json"
    return folder, expected, db, _analyze(folder, db, out), _strict(out.read_text(encoding="utf-8"))


def test_every_file_is_stored_or_refused_by_name(first_run):
    folder, expected, db, run, analysis = first_run
    assert run.returncode == 1, run.stderr          # some inputs failed: said by the exit code
    assert "Traceback" not in run.stderr + run.stdout
    skipped = [line for line in run.stderr.splitlines() if line.startswith("skipped ")]
    stored = {d["source"].rsplit("/", 1)[-1] for d in analysis["documents"]}
    for name, outcome in expected.items():
        if outcome == "stored":
            assert name in stored, (name, run.stderr)
        elif outcome == "already":   # the second record of a reused id is refused, naming both
            assert f"{name}:1" in stored
            assert any(f"{name}:2" in line and f"{name}:1" in line for line in skipped), skipped
        else:
            assert any(f"/{name}: " in line and outcome in line for line in skipped), (name, skipped)
    assert len(skipped) == sum(outcome not in ("stored",) for outcome in expected.values())
    assert set(GOOD) <= stored


def test_repairs_are_warnings_naming_the_file(first_run):
    _, _, _, run, _ = first_run
    warnings = [line for line in run.stderr.splitlines() if line.startswith("warning: ")]
    assert any("bad-byte.txt" in w and "U+FFFD" in w for w in warnings), warnings
    assert any("nul.txt" in w and "NUL" in w for w in warnings), warnings


def test_the_json_is_strict_with_exact_spans_and_flagged_figures(first_run):
    _, _, _, _, analysis = first_run
    texts = {d["id"]: d["text"] for d in analysis["documents"]}
    spans = [s for e in analysis["entities"] for s in e["mentions"]]
    spans += [s for kind in ("claims", "relations", "events", "framing") for item in analysis[kind]
              for s in item["evidence"]]
    assert spans
    for span in spans:
        assert texts[span["doc"]][span["start"]:span["end"]] == span["text"]
    by_source = {d["source"].rsplit("/", 1)[-1]: d for d in analysis["documents"]}
    utf16 = by_source["utf16.txt"]["text"]
    assert utf16.startswith("Troops withdrew from Kherson")
    assert "\ufffd" in by_source["bad-byte.txt"]["text"] and "«" not in by_source["bad-byte.txt"]["text"]
    int32 = [e for e in analysis["events"] if e["evidence"][0]["doc"] == by_source["int32.txt"]["id"]]
    assert [e["fatalities"]["beyond_range"] for e in int32] == [["2147483648 people"]]


def test_the_terminal_and_the_spreadsheet_are_safe(first_run, tmp_path):
    _, _, db, run, _ = first_run
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", run.stdout + run.stderr)
    shown = subprocess.run([sys.executable, "-m", "faultline", "show", "--db", str(db)],
                           capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0 and not re.search("[\x00-\x08\x0b-\x1f\x7f]", shown.stdout)
    exported = subprocess.run([sys.executable, "-m", "faultline", "export", "--format", "csv", "--out",
                               str(tmp_path), "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert exported.returncode == 0, exported.stderr
    with open(tmp_path / "documents.csv", newline="", encoding="utf-8") as file:
        cells = [cell for row in csv.reader(file) for cell in row]
    assert "'=HYPERLINK(\"http://x.invalid\",\"open\")" in cells
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


def test_a_second_run_adds_nothing(first_run, tmp_path):
    folder, _, db, run, _ = first_run
    again = _analyze(folder, db, tmp_path / "again.json")
    assert again.returncode == 1, again.stderr
    assert " 0 added, 0 replaced" in again.stdout, (again.stdout, again.stderr)
    holds = [r.stdout.split(" now holds ")[1].splitlines()[0] for r in (run, again)]
    assert holds[0] == holds[1], (run.stdout, again.stdout)
    assert sorted(again.stderr.splitlines()) == sorted(run.stderr.splitlines()), (run.stderr, again.stderr)
