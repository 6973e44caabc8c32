"""One document whose analysis fails never takes its batch down, in one process or in several."""
import pytest

from faultline import pipeline as P
from faultline.errors import InputError
from faultline.model import Article


def _articles(tmp_path):
    good = ["Rebels shelled the market in Gao on Monday, the army said.",
            "The ministry said talks with the separatists would resume in Algiers.",
            "POISON: this one breaks an extractor."]
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(good):
        (folder / f"a{i}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def broken_claims(monkeypatch):
    real = P.extract_claims

    def claims(parsed, mentions):
        if parsed.text.startswith("POISON"):
            raise IndexError("no such group")
        return real(parsed, mentions)

    monkeypatch.setattr(P, "extract_claims", claims)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_is_reported_and_the_rest_stored(tmp_path, broken_claims, workers):
    report = P.analyze_paths([_articles(tmp_path)], db=str(tmp_path / "f.duckdb"), workers=workers)
    assert len(report.added) == 2
    (error,) = report.errors
    assert error.origin.endswith("a2.txt") and "IndexError" in error.reason and "claims" not in error.origin
    assert report.totals["documents"] == 2


def test_in_memory_analysis_raises_with_the_document_named(broken_claims):
    text = "POISON: this one breaks an extractor."
    with pytest.raises(InputError, match="IndexError"):
        P.analyze_articles([Article(origin="poison.txt", raw=text.encode(), text=text)])



@pytest.fixture
def endless_claims(monkeypatch):
    """A reader that never ends on the poisoned text (a regression that would hang a run)."""
    real = P.extract_claims

    def claims(parsed, mentions):
        while parsed.text.startswith("POISON"):
            pass
        return real(parsed, mentions)

    monkeypatch.setattr(P, "extract_claims", claims)
    monkeypatch.setenv("FAULTLINE_DOCUMENT_SECONDS", "1")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_its_time_budget_is_reported_and_the_rest_stored(tmp_path, endless_claims, workers):
    report = P.analyze_paths([_articles(tmp_path)], db=str(tmp_path / "f.duckdb"), workers=workers)
    assert len(report.added) == 2 and report.totals["documents"] == 2
    (error,) = report.errors
    assert error.origin.endswith("a2.txt")
    assert "took longer than the 1 s a document may take (FAULTLINE_DOCUMENT_SECONDS" in error.reason


def test_a_text_over_the_length_limit_is_refused_by_name(tmp_path, monkeypatch):
    monkeypatch.setenv("FAULTLINE_MAX_TEXT_CHARS", "60")
    report = P.analyze_paths([_articles(tmp_path)], db=None)
    assert len(report.added) == 2
    (error,) = report.errors
    assert error.origin.endswith("a1.txt")
    assert error.reason == ("69 characters of text, more than the 60 an article may have: split it "
                            "into articles (FAULTLINE_MAX_TEXT_CHARS sets the limit)")


@pytest.fixture
def refusing_store(monkeypatch):
    """A store that refuses to save one document (as a duplicate key would), with the others."""
    from faultline.errors import StoreError
    from faultline.store import Store
    real = Store.save

    def save(self, analysis, run):
        if any(d.text.startswith("POISON") for d in analysis.documents):
            raise StoreError("save failed: duplicate key")
        return real(self, analysis, run)

    monkeypatch.setattr(Store, "save", save)


def test_a_document_the_store_refuses_is_reported_and_the_rest_stored(tmp_path, refusing_store):
    report = P.analyze_paths([_articles(tmp_path)], db=str(tmp_path / "f.duckdb"))
    assert len(report.added) == 2
    (error,) = report.errors
    assert error.origin.endswith("a2.txt") and "store failed" in error.reason
