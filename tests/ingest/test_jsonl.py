"""jsonl: one article per line; a bad line is an error for that line only."""
import json

import pytest

from faultline.errors import InputError
from faultline.ingest import read_inputs
from faultline.ingest.jsonl import read_jsonl

FIRST = {"id": "a1", "text": "The council met on Monday.", "title": "Council meets",
         "outlet": "Valley Courier", "published": "2024-03-04T09:00:00Z",
         "url": "https://courier.example/a1"}
THIRD = {"id": 3, "text": "Talks ended without agreement."}


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _read(text: str, origin: str = "batch.jsonl"):
    return list(read_jsonl(origin, text.encode(), text))


def test_each_line_is_an_article_with_metadata_and_its_own_bytes():
    text = _lines(json.dumps(FIRST), "", "   ", json.dumps(THIRD))
    first, third = _read(text)
    assert first.origin == "batch.jsonl:1" and third.origin == "batch.jsonl:4"
    assert first.raw == json.dumps(FIRST).encode() and third.raw == json.dumps(THIRD).encode()
    assert (first.id, first.text, first.title, first.outlet, first.published, first.url) == \
        ("a1", "The council met on Monday.", "Council meets", "Valley Courier", "2024-03-04",
         "https://courier.example/a1")
    assert (third.id, third.text, third.title) == ("3", "Talks ended without agreement.", None)


def test_malformed_middle_line_and_truncated_last_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(_lines(json.dumps(FIRST), '{"text": "broken",', json.dumps(THIRD))
                    + '{"id": "a4", "text": "cut off')
    first, middle, third, last = read_inputs([path])
    assert first.id == "a1" and third.id == "3"
    for error, line in ((middle, 2), (last, 4)):
        assert isinstance(error, InputError)
        assert (error.origin, error.line) == (str(path), line)
        assert str(error).startswith(f"{path}:{line}: invalid JSON: ")


@pytest.mark.parametrize("line, reason", [
    ('["a", "list"]', "expected a JSON object, got list"),
    ('{"title": "No body"}', "neither 'text' nor 'html' given"),
    ('{"text": "  "}', "empty text"),
    ('{"text": 5}', "'text' must be a string, not int"),
    ('{"text": "ok", "title": 5}', "'title' must be a string, not int"),
    ('{"html": "<nav><a href=\\"/\\">Home</a></nav>"}', "no article text found in HTML"),
])
def test_bad_lines_name_file_and_line(line, reason):
    (error,) = _read(_lines(line), "in/batch.jsonl")
    assert isinstance(error, InputError)
    assert str(error) == f"in/batch.jsonl:1: {reason}"
    assert (error.origin, error.line) == ("in/batch.jsonl", 1)


def test_html_field_goes_through_extraction_and_record_metadata_wins():
    html = ("<html><head><title>Page title</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article><p>Rebels took the bridge at dawn, two witnesses said by phone.</p>"
            "<p>The army said it would retake it within days.</p></article></body></html>")
    (article,) = _read(_lines(json.dumps({"id": "h1", "html": html, "title": "Bridge taken",
                                          "published": "March 6, 2024"})))
    assert article.text == ("Rebels took the bridge at dawn, two witnesses said by phone.\n"
                            "The army said it would retake it within days.")
    assert (article.id, article.title, article.published, article.html) == \
        ("h1", "Bridge taken", "2024-03-06", html)


def test_text_wins_over_html_when_both_given():
    (article,) = _read(_lines(json.dumps({"text": "Given text.", "html": "<p>Other</p>"})))
    assert article.text == "Given text." and article.html is None


def test_crlf_line_ends_and_escaped_controls():
    raw = (json.dumps({"text": "Line one.\r\nLine two.\u0007"}) + "\r\n").encode()
    (article,) = read_jsonl("b.jsonl", raw, raw.decode().replace("\r\n", "\n"))
    assert article.text == "Line one.\nLine two."
    assert article.raw == raw.removesuffix(b"\r\n")
