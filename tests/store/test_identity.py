"""One id, one article: another input claiming a held id with another text is an input error."""
import json

from click.testing import CliRunner

from faultline.cli import main
from faultline.pipeline import analyze_paths
from faultline.store import Store
from faultline.store.identity import Identities
from store.samples import document

GAO = "Rebels shelled the market in Gao on Monday, the army said."
ALGIERS = "The ministry said talks with the separatists would resume in Algiers."


def _jsonl(path, *texts, id="x"):
    path.write_text("".join(json.dumps({"id": id, "text": t}) + "\n" for t in texts), encoding="utf-8")
    return path


def _stored_text(db, id="x"):
    with Store(db) as store:
        return store.holder(id)


def test_a_second_text_under_an_id_read_in_the_same_run_is_an_error_naming_both(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", GAO, ALGIERS)
    report = analyze_paths([path], db=str(tmp_path / "f.duckdb"))
    assert report.added == ["x"] and report.unchanged == []
    (error,) = report.errors
    assert error.origin == f"{path}:2" and f"{path}:1" in error.reason and "'x'" in error.reason
    assert _stored_text(tmp_path / "f.duckdb") == (f"{path}:1", GAO)


def test_the_same_text_under_the_same_id_again_is_unchanged(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", GAO, GAO)
    report = analyze_paths([path], db=None)
    assert report.ok and report.added == ["x"] and report.unchanged == ["x"]


def test_another_input_claiming_a_stored_id_is_an_error_naming_the_stored_source(tmp_path):
    db = str(tmp_path / "f.duckdb")
    first = _jsonl(tmp_path / "a.jsonl", GAO)
    analyze_paths([first], db=db)
    other = _jsonl(tmp_path / "b.jsonl", ALGIERS)
    report = analyze_paths([other], db=db)
    (error,) = report.errors
    assert error.origin == f"{other}:1" and f"{first}:1 (stored)" in error.reason
    assert report.added == report.replaced == []
    assert _stored_text(db) == (f"{first}:1", GAO)
    same = analyze_paths([_jsonl(tmp_path / "c.jsonl", GAO)], db=db)
    assert same.ok and same.unchanged == ["x"]


def test_the_input_holding_an_id_may_change_its_text(tmp_path):
    db = str(tmp_path / "f.duckdb")
    path = _jsonl(tmp_path / "a.jsonl", GAO)
    analyze_paths([path], db=db)
    _jsonl(path, ALGIERS)
    report = analyze_paths([path], db=db)
    assert report.ok and report.replaced == ["x"]
    assert _stored_text(db) == (f"{path}:1", ALGIERS)


def test_stored_bytes_under_a_new_configuration_are_reanalysed_from_any_input(analysis, run):
    with Store() as store:
        store.save(analysis, run)
        moved = document("d1", source="elsewhere/d1.txt", text="cleaned differently now")
        assert Identities(store, "cfg-2").needs_analysis(moved)
        assert not Identities(store, "cfg-1").needs_analysis(moved)


def test_the_cli_reports_the_clash_and_exits_1(tmp_path):
    a, b = _jsonl(tmp_path / "a.jsonl", GAO), _jsonl(tmp_path / "b.jsonl", ALGIERS)
    result = CliRunner().invoke(main, ["analyze", str(a), str(b), "--db", str(tmp_path / "f.duckdb")])
    assert result.exit_code == 1
    assert f"skipped {b}:1: article id 'x' is already used by {a}:1" in result.output


# ---- syndicated copies: the same text from another outlet -----------------------------------
def _wire(path, *outlets):
    path.write_text("".join(json.dumps({"text": GAO, "outlet": o, "url": f"https://{o}.example/gao"}) + "\n"
                            for o in outlets), encoding="utf-8")
    return path


def test_the_same_text_from_another_outlet_is_a_copy_analysed_once(tmp_path):
    report = analyze_paths([_wire(tmp_path / "a.jsonl", "wire", "daily", "wire")], db=None)
    (doc,) = report.analysis.documents
    assert doc.outlet == "wire" and [c["outlet"] for c in doc.copies] == ["daily"]
    assert len(report.added) == 1


def test_a_copy_of_a_stored_document_is_stored_with_it(tmp_path):
    db = str(tmp_path / "f.duckdb")
    analyze_paths([_wire(tmp_path / "a.jsonl", "wire")], db=db)
    again = analyze_paths([_wire(tmp_path / "b.jsonl", "daily")], db=db)
    assert again.added == []
    with Store(db) as store:
        (doc,) = store.load_collections(["documents"]).documents
        assert [c["outlet"] for c in doc.copies] == ["daily"]
    analyze_paths([_wire(tmp_path / "b.jsonl", "daily")], db=db)  # re-running adds nothing twice
    with Store(db) as store:
        assert [c["outlet"] for c in store.load_collections(["documents"]).documents[0].copies] == ["daily"]


def test_copies_survive_a_re_analysis_of_their_document(tmp_path):
    from faultline.pipeline import Options
    db = str(tmp_path / "f.duckdb")
    first = _wire(tmp_path / "a.jsonl", "wire")
    analyze_paths([first], db=db)
    analyze_paths([_wire(tmp_path / "b.jsonl", "daily")], db=db)
    actors = tmp_path / "actors.csv"
    actors.write_text("name,aliases,type,country,code\nGao Herders Union,,organization,MLI,\n", encoding="utf-8")
    again = analyze_paths([first], db=db, options=Options(dictionaries=(str(actors),)))
    assert len(again.replaced) == 1  # re-analysed under the new configuration
    with Store(db) as store:
        (doc,) = store.load_collections(["documents"]).documents
        assert doc.outlet == "wire" and [c["outlet"] for c in doc.copies] == ["daily"]
