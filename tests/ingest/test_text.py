"""text: a plain-text file is one article; metadata from its .meta.json sidecar."""
import json

import pytest

from faultline.errors import InputError
from faultline.ingest import read_inputs
from faultline.ingest.text import article_from_text
from faultline.model import Article

REPORT = "Shelling hit the northern district on Sunday.\n\nResidents fled to the hills.\n"


def test_article_from_text_keeps_the_text_as_decoded():
    article = article_from_text(REPORT, "r.txt", REPORT.encode(), title="Shelling")
    assert article == Article(origin="r.txt", raw=REPORT.encode(), text=REPORT, title="Shelling")


@pytest.mark.parametrize("text", ["", " \n\t\n"])
def test_article_from_text_refuses_empty_text(text):
    with pytest.raises(InputError, match=r"^r\.txt: empty file$"):
        article_from_text(text, "r.txt", text.encode())


def test_text_file_is_one_article_with_origin_as_given_and_raw_bytes(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.encode())
    (article,) = read_inputs([str(path)])
    assert article == Article(origin=str(path), raw=REPORT.encode(), text=REPORT)


@pytest.mark.parametrize("name", ["report.md", "report.text"])
def test_other_text_extensions(tmp_path, name):
    (tmp_path / name).write_text(REPORT)
    (article,) = read_inputs([tmp_path / name])
    assert article.text == REPORT and article.origin == str(tmp_path / name)


@pytest.mark.parametrize("sidecar_name", ["report.meta.json", "report.txt.meta.json"])
def test_sidecar_metadata(tmp_path, sidecar_name):
    (tmp_path / "report.txt").write_text(REPORT)
    (tmp_path / sidecar_name).write_text(json.dumps({
        "id": 42, "title": "Shelling in the north", "outlet": "Valley Courier",
        "published": "March 5, 2024", "url": "https://courier.example/42", "author": "ignored"}))
    (article,) = read_inputs([tmp_path / "report.txt"])
    assert (article.id, article.title, article.outlet, article.published, article.url) == (
        "42", "Shelling in the north", "Valley Courier", "2024-03-05", "https://courier.example/42")
    assert article.text == REPORT


@pytest.mark.parametrize("content, reason", [
    ("{not json", "malformed sidecar: Expecting property name enclosed in double quotes"),
    ('["a list"]', "malformed sidecar: not a JSON object"),
    ('{"title": ["a", "list"]}', "malformed sidecar: 'title' must be a string, not list"),
])
def test_malformed_sidecar_is_an_error_and_the_article_is_still_read(tmp_path, content, reason):
    (tmp_path / "report.txt").write_text(REPORT)
    sidecar = tmp_path / "report.meta.json"
    sidecar.write_text(content)
    error, article = read_inputs([tmp_path / "report.txt"])
    assert isinstance(error, InputError)
    assert error.origin == str(sidecar)
    assert str(error).startswith(f"{sidecar}: {reason}")
    assert article == Article(origin=str(tmp_path / "report.txt"), raw=REPORT.encode(), text=REPORT)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_and_whitespace_only_files(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    (error,) = read_inputs([path])
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: empty file"
