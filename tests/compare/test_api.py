"""The compare API end to end: result types, the store round trip of stories, the CLI."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from compare.build import Paper, claim, corpus, event, relation

import faultline.compare as compare_api
from faultline.cli import main
from faultline.compare import CompareResult, compare, compare_corpus, compare_store
from faultline.model import Analysis, Story
from faultline.store import RunInfo, Store


def sample() -> Analysis:
    a, b, c = Paper("a", "2024-10-09", "Wire A"), Paper("b", "2024-10-10", "Post B"), \
        Paper("c", "2024-10-11", "Review C")
    return corpus([a, b, c], [
        event(a, "ea", actors=["front"], targets=["army"], place="port-ama", date="2024-10-08", killed=30),
        event(b, "eb", actors=["front"], targets=["army"], place="port-ama", date="2024-10-08", killed=50),
        event(c, "ec", actors=["guard"], targets=["army"], place="port-ama", date="2024-10-08", killed=48)],
        relations=[relation(a, "ra", "funds", "patron", "front", (30e6, "year")),
                   relation(b, "rb", "funds", "patron", "front", (300e6, "year"))],
        claims=[claim(a, "ca", "The army shelled the northern grain market", speaker="front",
                      about=["army"]),
                claim(c, "cc", "The army did not shell the northern grain market", speaker="army")])


def test_public_surface():
    assert sorted(compare_api.__all__) == ["CompareOptions", "CompareResult", "agree", "build_stories",
                                           "compare", "compare_corpus", "compare_store"]


def test_compare_corpus_gives_typed_stories_and_comparisons_contradictions_first():
    analysis = sample()
    result = compare_corpus(analysis)
    assert isinstance(result, CompareResult) and all(isinstance(s, Story) for s in result.stories)
    kinds = [c.kind for c in result.comparisons]
    assert kinds == sorted(kinds, key=lambda k: k != "contradicts") and "corroborates" in kinds
    assert result.contradictions and all(c.kind == "contradicts" for c in result.contradictions)
    assert {c.topic for c in result.comparisons} >= {"killed", "responsibility", "funds amount"}
    for c in result.comparisons:
        assert len({p.doc for p in c.positions}) == len(c.positions) >= 2
        assert all(s.doc == p.doc for p in c.positions for s in p.evidence)
    assert compare(analysis, result.stories) == result.comparisons
    assert [c.id for c in compare_corpus(sample()).comparisons] == [c.id for c in result.comparisons]


def test_stories_travel_in_the_json_document():
    analysis = sample()
    analysis.stories = compare_corpus(analysis).stories
    data = json.loads(analysis.to_json())
    assert data["stories"][0]["docs"] == ["a", "b", "c"]
    assert Analysis.from_dict(data) == analysis


def test_stories_round_trip_through_the_store():
    analysis = sample()
    stories = compare_corpus(analysis).stories
    with Store() as store:
        store.save(analysis, RunInfo.start("cfg"))
        store.replace_compared(stories, [])
        assert store.counts()["stories"] == len(stories) == 1
        assert store.load().stories == stories
        assert store.load(["c"]).stories == stories
        store.replace_compared([], [])
        assert store.load().stories == []


def test_load_collections_reads_only_what_is_asked():
    with Store() as store:
        store.save(sample(), RunInfo.start("cfg"))
        light = store.load_collections(["documents", "events", "entities"], text=False, mentions=False)
    assert light.relations == [] and light.claims == [] and len(light.events) == 3
    assert {d.text for d in light.documents} == {""} and light.documents[0].outlet == "Wire A"
    assert light.events[0].evidence[0].text and all(e.mentions == [] for e in light.entities)
    with pytest.raises(ValueError, match="unknown"):
        Store().load_collections(["nonsense"])


def test_compare_store_writes_stories_and_comparisons_back():
    with Store() as store:
        store.save(sample(), RunInfo.start("cfg"))
        result = compare_store(store)
        stored = store.load()
    assert stored.stories == result.stories
    assert sorted(c.id for c in stored.comparisons) == sorted(c.id for c in result.comparisons)


def test_cli_compare_prints_sources_side_by_side_contradictions_first(tmp_path):
    db = tmp_path / "tiny.duckdb"
    with Store(db) as store:
        store.save(sample(), RunInfo.start("cfg"))
    out = CliRunner().invoke(main, ["compare", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert "Traceback" not in out.output
    for text in ("Wire A", "Post B", "Review C", "Northern Front", "funds amount"):
        assert text in out.output
    rows = out.output[out.output.index("Source comparisons"):].splitlines()[3:]
    kinds = [r.split()[0] for r in rows if r.startswith(("contradicts", "corroborates"))]
    assert kinds == sorted(kinds, key=lambda k: k != "contradicts") and kinds[0] == "contradicts"
    assert "1 stories" in out.output
    with Store(db) as store:
        assert store.counts()["stories"] == 1 and store.counts()["comparisons"] > 0
    result = main.main(["compare", "--db", str(db)], standalone_mode=False)
    assert isinstance(result, CompareResult) and result.stories


def test_cli_compare_without_a_database_fails_cleanly(tmp_path):
    out = CliRunner().invoke(main, ["compare", "--db", str(tmp_path / "missing.duckdb")])
    assert out.exit_code != 0 and "no such database" in out.output


def test_the_default_path_does_not_import_torch():
    code = ("import sys; from faultline.compare import compare_corpus; "
            "from faultline.model import Analysis; compare_corpus(Analysis()); "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
