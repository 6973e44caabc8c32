"""PETRARCH's unit-test records: faultline's agreement with their gold codings never drops.

The records (../shared/external/petrarch2/text/PETR.UnitTest.records.xml, MIT; the sentences
are partly AFP copyright) are read from ../shared at test time and never copied here; the
test skips without them. How agreement is measured: src/faultline/evaluate/petrarch.py.
Figures by hand:

    .venv/bin/python -m faultline.evaluate.petrarch [--report]

Floors live in gold/petrarch_baseline.json with the hash of the records file and the
number of gold codings scored (a change in the scoring rules changes it: re-pin then).
Raise them when quality rises:

    .venv/bin/python tests/test_petrarch_records.py --update      (raises floors only)

A floor is never lowered silently: lowering one means editing the baseline by hand, in a
commit that says why.
"""
from __future__ import annotations

import hashlib
import json
import math
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from conftest import SHARED  # noqa: E402

from faultline.evaluate.petrarch import (NOBODY, RECORDS_FILE, Coding, Participant,  # noqa: E402
                                         _agents_alone, _agent_pattern, code_agrees, code_on,
                                         read_records, run)

BASELINE = ROOT / "gold" / "petrarch_baseline.json"
FIGURES = ("root_match", "exact_match", "no_event_correct")
MAX_SECONDS = 60  # the whole run, dictionaries and spaCy included; about 3 s when pinned


def records_file(shared: Path) -> Path:
    path = shared / RECORDS_FILE
    if not path.exists():
        pytest.skip(f"PETRARCH unit-test records not found at {path}")
    return path


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def floor3(value: float) -> float:
    """Rounded down to 3 decimals (0.0745 -> 0.074), immune to 0.074 * 1000 = 73.999..."""
    return math.floor(round(value * 1000, 6)) / 1000


# ---- the rules, on made-up records (no ../shared needed) ----------------------------------
SYNTHETIC = """<Validation>
<Environment>
    <Actorfile>PETR.Validate.actors.txt</Actorfile>
    <Include>valid DEMO AGENT</Include>
</Environment>
<Sentences>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GONGOV" eventcode="041"></EventCoding>
<EventCoding sourcecode='"THE WHITE COUNCIL"' targetcode="---" eventcode="903"></EventCoding>
<Text>
Arnor   praised the
Gondor government.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20080801" id ="T-02"  category="AGENTS" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened in the Shire.</Text>
</Sentence>
<Sentence date="19950101" id="T-03" category="DEMO" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Arnor played golf.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_read_records_synthetic(tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(SYNTHETIC, encoding="utf-8")
    first, second, third = read_records(path)
    assert (first.id, first.date, first.category, first.included) == ("T-01", "1995-01-01", "DEMO", True)
    assert first.text == "Arnor praised the Gondor government."
    assert first.codings == [Coding("ARN", "GONGOV", "041"), Coding('"THE WHITE COUNCIL"', "---", "903")]
    assert [c.root for c in first.codings] == ["04", None]          # 9xx: a test code, not CAMEO
    assert not first.no_events and first.error is None and first.config == {}
    assert (second.id, second.date, second.no_events, second.included) == ("T-02", "2008-08-01", True, False)
    assert second.codings == [] and second.config == {"require_dyad": "false"}
    assert third.error == "storydiscard" and third.codings == []


def test_code_agreement_rules():
    def p(*codes, text="x"):
        return Participant("e", text, codes)
    assert code_agrees("CALGOV", p("CAL"))                 # faultline adds no roles: head decides
    assert code_agrees("ARNGOVFRM", p("ARNGOV"))           # both have roles: GOV = GOV
    assert not code_agrees("ARNGOVFRM", p("ARNMIL"))
    assert not code_agrees("ARN", p("GON"))
    assert code_agrees("IGOEEU", p("IGOEEU")) and not code_agrees("IGOEEU", p("IGOEEC"))  # IGO + id
    assert code_agrees("GAL", p("ELR", "GAL"))             # "ELR/GAL": alternatives
    assert code_agrees("---", NOBODY) and not code_agrees("GON", NOBODY)
    assert code_agrees("---COP", p("---COP")) and not code_agrees("---COP", p("---GOV"))
    assert code_agrees("###", p("---"))
    assert not code_agrees("HOB", p())                     # an uncoded name agrees with no code
    assert code_agrees('"INJURY TOLL"', p(text="injury toll"))
    assert not code_agrees('"INJURY TOLL"', p("OSG", text="Osgiliath"))


def test_code_on_record_date():
    gollum = {"cameo": "HOBREB", "cameo_all": ["HOB ../1995-06-01", "HOBGOV 1995-06-01/1999-08-15",
                                               "HOBREB 1999-08-16/.."]}
    assert code_on(gollum, "1990-01-01") == "HOB"
    assert code_on(gollum, "1995-06-01") == "HOBGOV"
    assert code_on(gollum, "2005-01-01") == "HOBREB"
    assert code_on(gollum, None) == "HOBREB"                # no date: the current code
    sam = {"cameo": "HOBELI", "cameo_all": ["HOB", "ORCHOB 2010-01-09/2010-01-12", "HOBMIL 2008-01-20/2012-11-09"]}
    assert code_on(sam, "2010-01-10") == "ORCHOB"           # the first period that holds the date
    assert code_on(sam, "2000-01-01") == "HOB"              # none: the undated default
    assert code_on({"cameo": "FRA", "iso3": "FRA"}, "1995-01-01") == "FRA"


def test_agents_alone_and_attached():
    agents = {"police": "COP", "foreign minister": "GOVFRM", "officials": "GOV", "government": "GOV"}
    text = "Police detained Arnor's foreign minister, the Gondor government and officials said."
    arnor, gondor = text.index("Arnor"), text.index("Gondor")
    spans = [(arnor, arnor + 5), (gondor, gondor + 6)]
    found = _agents_alone(text, spans, agents, _agent_pattern(agents))
    assert [(a.text, a.codes) for a in found] == [("Police", ("---COP",)), ("officials", ("---GOV",))]
    of = "The ambassador of Arnor left."
    assert _agents_alone(of, [(of.index("Arnor"), of.index("Arnor") + 5)], {"ambassador": "GOV"},
                         _agent_pattern({"ambassador": "GOV"})) == []


# ---- the real records (../shared/external/petrarch2) --------------------------------------
def test_records_parse(shared):
    records = read_records(records_file(shared))
    with_codings = [r for r in records if r.codings]
    assert len(with_codings) > 200
    assert sum(r.no_events for r in records) >= 15
    assert all(r.text and r.id for r in records)
    assert all(c.source and c.target and c.code for r in records for c in r.codings)
    # Dates are ISO; categories outside <Include> are marked, not dropped.
    assert all(r.date is None or (len(r.date) == 10 and r.date[4] == "-") for r in records)
    assert any(not r.included for r in records)


def test_agreement_stays_above_pinned_floors(shared, capsys):
    path = records_file(shared)
    baseline = json.loads(BASELINE.read_text())
    assert baseline["records_sha256"] == file_hash(path), (
        f"{path} changed since its floors were pinned: re-measure with --update")
    report = run(shared)
    text = report.summary()
    with capsys.disabled():
        print("\n" + text)
    assert report.n_codings == baseline["n_codings"], (
        f"{report.n_codings} gold codings scored, {baseline['n_codings']} when pinned: the scoring "
        f"rules changed; re-pin with --update\n{text}")
    assert report.seconds < MAX_SECONDS, f"the run took {report.seconds:.1f} s\n{text}"
    figures = report.figures()
    for name, floor in baseline["floors"].items():
        assert figures[name] >= floor, f"{name} {figures[name]:.4f} < floor {floor}\n{text}"


def update() -> None:
    """Raise each floor to the current figure (rounded down); never lower one."""
    path = SHARED / RECORDS_FILE
    report = run(SHARED)
    old = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    same = old.get("records_sha256") == file_hash(path) and old.get("n_codings") == report.n_codings
    figures = report.figures()
    floors = {name: floor3(figures[name]) for name in FIGURES}
    if same:
        floors = {k: max(v, old.get("floors", {}).get(k, 0.0)) for k, v in floors.items()}
    baseline = {
        "records": str(RECORDS_FILE),
        "records_sha256": file_hash(path),
        "n_codings": report.n_codings,
        "floors": floors,
        "measured": {"root": report.n_root, "exact": report.n_exact, "no_event_correct": report.n_no_event_correct,
                     "no_event_records": report.n_no_event, "seconds": round(report.seconds, 1)},
    }
    BASELINE.write_text(json.dumps(baseline, indent=2) + "\n")
    print(report.summary())
    print(json.dumps(baseline, indent=2))


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    else:
        print(__doc__)
