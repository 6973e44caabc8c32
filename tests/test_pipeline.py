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


def test_run_on_sentences_reach_the_pattern_readers_in_bounded_pieces():
    text = "rebels attacked the town, " * 400 + "and left."
    pieces = P.bounded([(0, len(text))], text, limit=500)
    assert all(b - a <= 500 for a, b in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(pieces[i][1] == pieces[i + 1][0] for i in range(len(pieces) - 1))
    assert all(text[b - 2:b] == ", " for _, b in pieces[:-1])  # cut after a comma
    short = [(0, 10), (11, 40)]
    assert P.bounded(short, text, limit=500) == short
