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

