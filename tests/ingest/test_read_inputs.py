"""inputs: read_inputs over files, directories and stdin, never stopping on bad input."""
import io
import json
from pathlib import Path

import pytest

import faultline.ingest
import faultline.ingest.inputs
from faultline.errors import InputError
from faultline.ingest import read_inputs
from faultline.model import Article

FIXTURES = Path(__file__).parent / "fixtures"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"


def _summary(items):
    return [(type(item).__name__, item.origin if isinstance(item, Article) else str(item))
            for item in items]


def test_public_api():
    assert faultline.ingest.__all__ == ["read_inputs", "InputWarning"]


def test_directory_is_walked_recursively_sorted_skipping_hidden_and_sidecars(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "z.txt").write_text("Zed report text.")
    (tmp_path / "a.txt").write_text("Alpha report text.")
    (tmp_path / "a.meta.json").write_text(json.dumps({"title": "Alpha"}))
    (tmp_path / "b" / "c.txt").write_text("Charlie report text.")
    (tmp_path / "b" / "deep" / "d.jsonl").write_text('{"text": "Delta."}\n{"text": "Echo."}\n')
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / ".git" / "e.txt").write_text("Inside a hidden folder.")
    items = list(read_inputs([str(tmp_path)]))
    assert [item.origin for item in items] == [
        f"{tmp_path}/a.txt", f"{tmp_path}/b/c.txt", f"{tmp_path}/b/deep/d.jsonl:1",
        f"{tmp_path}/b/deep/d.jsonl:2", f"{tmp_path}/z.txt"]
    assert items[0].title == "Alpha" and items[0].text == "Alpha report text."


def test_stdin_is_sniffed():
    feed = (FIXTURES / "feed.rss").read_bytes()
    assert [a.origin for a in read_inputs(["-"], stdin=io.BytesIO(feed))] == ["-#1", "-#2"]
    (article,) = read_inputs(["-"], stdin=io.BytesIO(b"\xef\xbb\xbfA plain report.\r\n"))
    assert (article.origin, article.raw, article.text) == \
        ("-", b"\xef\xbb\xbfA plain report.\r\n", "A plain report.\n")
    (line,) = read_inputs(["-"], stdin=io.BytesIO(b'{"text": "From a pipe."}\n'))
    assert (line.origin, line.text) == ("-:1", "From a pipe.")
    page = (FIXTURES / "article_page.html").read_bytes()
    (html,) = read_inputs(["-"], stdin=io.BytesIO(page))
    assert html.title == "Ceasefire talks resume in Northland"


def test_unknown_extension_with_text_is_read_as_text(tmp_path):
    path = tmp_path / "report.dat"
    path.write_bytes(b"The mayor said \x93no comment\x94.")
    (article,) = read_inputs([path])
    assert article.text == "The mayor said \u201cno comment\u201d."


@pytest.mark.parametrize("name", ["picture.dat", "picture.txt", "archive.jsonl", "feed.rss"])
def test_binary_files_are_errors_whatever_the_extension(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(PNG if name != "archive.jsonl" else b"PK\x03\x04\x14\x00" + bytes(40))
    (error,) = read_inputs([path])
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: binary file, not an article"


def test_xml_extension_read_as_feed_when_it_is_one(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_bytes((FIXTURES / "feed.atom").read_bytes())
    (entry,) = read_inputs([path])
    assert entry.origin == f"{path}#1" and entry.outlet == "Eastport Observer"


def test_one_bad_input_never_stops_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A good report.")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    nav = tmp_path / "nav.html"
    nav.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    json_file = tmp_path / "data.json"
    json_file.write_text('{\n  "text": "pretty printed"\n}\n')
    missing = tmp_path / "missing.txt"
    items = list(read_inputs([missing, empty, nav, json_file, tmp_path / "good.txt"]))
    assert _summary(items) == [
        ("InputError", f"{missing}: no such file or directory"),
        ("InputError", f"{empty}: empty file"),
        ("InputError", f"{nav}: no article text found in HTML"),
        ("InputError", f"{json_file}: unknown format: JSON that is not JSON Lines "
                       "(one object per line)"),
        ("Article", str(good)),
    ]


def test_unexpected_reader_failure_becomes_an_input_error(tmp_path, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("parser bug")
    monkeypatch.setattr(faultline.ingest.inputs, "read_jsonl", explode)
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    (tmp_path / "b.txt").write_text("Still read.")
    error, article = read_inputs([tmp_path])
    assert str(error) == f"{tmp_path}/a.jsonl: unexpected RuntimeError while reading: parser bug"
    assert article.text == "Still read."


def test_path_objects_and_strings_keep_origin_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("r.txt").write_text("Report.")
    assert [a.origin for a in read_inputs(["./r.txt", Path("r.txt")])] == ["./r.txt", "r.txt"]


def test_html_file_takes_its_sidecar_metadata(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes((FIXTURES / "article_page.html").read_bytes())
    (tmp_path / "page.meta.json").write_text(json.dumps({"outlet": "Meridian (print)"}))
    (article,) = read_inputs([page])
    assert (article.outlet, article.title) == ("Meridian (print)",
                                               "Ceasefire talks resume in Northland")


def test_utf16_json_lines_from_a_windows_shell(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"\xff\xfe" + '{"text": "Genève talks."}\r\n{"text": "Second."}\r\n'
                     .encode("utf-16-le"))
    first, second = read_inputs([path])
    assert (first.origin, first.text, first.raw) == \
        (f"{path}:1", "Genève talks.", '{"text": "Genève talks."}'.encode())
    assert second.text == "Second."


def test_one_path_instead_of_a_list_is_a_caller_error():
    with pytest.raises(TypeError):
        next(read_inputs("report.txt"))


def test_unreadable_subfolder_is_an_error_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Readable report.")
    walk = faultline.ingest.inputs.os.walk

    def walk_with_a_locked_folder(top, onerror=None):
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        yield from walk(top)
    monkeypatch.setattr(faultline.ingest.inputs.os, "walk", walk_with_a_locked_folder)
    error, article = read_inputs([tmp_path])
    assert str(error) == f"{tmp_path}/locked: cannot read folder: Permission denied"
    assert article.text == "Readable report."


def test_utf8_file_with_a_bad_byte_is_read_as_utf8_and_the_caller_warned(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("Talks in Genève on the Straße".encode() + b"\x92s closure.")
    warnings = []
    (article,) = read_inputs([path], warn=warnings.append)
    assert article.text == "Talks in Genève on the Straße\ufffds closure."
    assert warnings == [faultline.ingest.InputWarning(
        str(path), "not valid UTF-8: 1 bad byte sequence replaced by U+FFFD (first at byte 31)")]
    assert str(warnings[0]) == f"{path}: {warnings[0].reason}"


def test_warnings_are_logged_when_the_caller_takes_none(tmp_path, caplog):
    (tmp_path / "a.jsonl").write_bytes(b'{"text": "Gen\xc3\xa8ve"}\x00\n{"text": "Stra\xc3\x9fe \xff"}\n')
    first, second = read_inputs([tmp_path])
    assert (first.text, second.text) == ("Genève", "Straße \ufffd")
    assert [record.getMessage() for record in caplog.records] == [
        f"warning: {tmp_path}/a.jsonl: not valid UTF-8: 1 bad byte sequence replaced by U+FFFD "
        "(first at byte 39)",
        f"warning: {tmp_path}/a.jsonl: 1 NUL character dropped"]
