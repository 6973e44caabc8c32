"""streams: JSON Lines a line at a time (whole, in byte ranges, gzipped) and WARC archives."""
import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from faultline.errors import InputError
from faultline.ingest import read_inputs
from faultline.ingest.streams import jsonl_ranges, read_jsonl_range

RECORDS = [{"id": f"r{i}", "text": f"Militia fighters raided village {i} on Monday.", "outlet": "Ridge Post"}
           for i in range(7)]


def _jsonl(records, bad_line_at=None) -> bytes:
    lines = [json.dumps(r) for r in records]
    if bad_line_at is not None:
        lines.insert(bad_line_at, '{"text": "broken",')
    return ("\n".join(lines) + "\n").encode()


def _summary(items):
    return [(i.origin, i.reason) if isinstance(i, InputError) else (i.origin, i.id, i.text, i.raw)
            for i in items]


def test_byte_ranges_give_the_articles_the_whole_file_gives(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_jsonl(RECORDS, bad_line_at=3))
    ranges = jsonl_ranges(str(path), 3)
    assert [(r.first_line, r.end - r.start > 0) for r in ranges] == [(1, True), (4, True), (7, True)]
    assert ranges[-1].end == path.stat().st_size
    pieces = [item for r in ranges for item in read_jsonl_range(r, str(path))]
    assert _summary(pieces) == _summary(read_inputs([path]))
    assert [str(e) for e in pieces if isinstance(e, InputError)] == \
        [f"{path}:4: invalid JSON: Expecting property name enclosed in double quotes (column 19)"]


def test_a_file_without_a_final_line_end_keeps_its_last_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(_jsonl(RECORDS[:2]).rstrip(b"\n"))
    (only,) = jsonl_ranges(str(path), 5)
    assert [a.id for a in read_jsonl_range(only, "batch.jsonl")] == ["r0", "r1"]


def test_gzipped_json_lines_are_read_as_the_plain_file(tmp_path):
    plain, packed = tmp_path / "day.jsonl", tmp_path / "day.jsonl.gz"
    plain.write_bytes(_jsonl(RECORDS))
    packed.write_bytes(gzip.compress(_jsonl(RECORDS)))
    read = list(read_inputs([packed]))
    assert [a.id for a in read] == [r["id"] for r in RECORDS]
    assert [(a.text, a.raw, a.outlet) for a in read] == [(a.text, a.raw, a.outlet) for a in read_inputs([plain])]
    assert read[2].origin == f"{packed}:3"


def test_a_truncated_gzip_keeps_what_was_read_and_says_so(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    many = [{**r, "id": f"r{i}", "text": f"{r['text']} Day {i * 7919 % 1000}."} for i, r in enumerate(RECORDS * 40)]
    path.write_bytes(gzip.compress(_jsonl(many))[:-20])
    items = list(read_inputs([path]))
    assert isinstance(items[-1], InputError) and "cannot decompress" in items[-1].reason
    assert len(items) > 10 and all(not isinstance(i, InputError) for i in items[:-1])


def test_json_lines_over_the_file_limit_stream_and_an_over_long_line_is_refused_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("FAULTLINE_MAX_FILE_BYTES", "200")
    long = {"id": "long", "text": "Rebels shelled the town. " * 20}
    path = tmp_path / "big.jsonl"
    path.write_bytes(_jsonl([RECORDS[0], long, RECORDS[1]]))
    first, error, last = read_inputs([path])
    assert (first.id, last.id, last.origin) == ("r0", "r1", f"{path}:3")
    assert error.line == 2 and "line longer than 200 bytes" in error.reason


def _warc(responses) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, kind, status, body in responses:
        headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return out.getvalue()


PAGE = ("<html><head><title>Convoy attacked near Tera</title></head><body><article>"
        "<h1>Convoy attacked near Tera</h1>"
        "<p>Gunmen attacked a supply convoy near Tera on Tuesday, killing four drivers, "
        "local officials said on Wednesday.</p>"
        "<p>The governor said the army had sent reinforcements to the road and that the "
        "convoy had been carrying food for displaced families in the region.</p>"
        "</article></body></html>").encode()


def test_each_html_response_of_a_warc_is_an_article(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_warc([("https://news.example/tera", "text/html; charset=utf-8", "200 OK", PAGE),
                            ("https://news.example/logo.png", "image/png", "200 OK", b"\x89PNG\r\n\x1a\n"),
                            ("https://news.example/old", "text/html", "301 Moved Permanently", b""),
                            ("https://news.example/empty", "text/html", "200 OK", b"<html></html>")]))
    article, error = read_inputs([path])
    assert article.origin == f"{path}#1" and article.url == "https://news.example/tera"
    assert "Gunmen attacked a supply convoy near Tera" in article.text and article.raw == PAGE
    assert error.origin == f"{path}#2" and "no article text" in error.reason


def test_a_file_that_is_no_warc_is_one_error(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not an archive\n" * 5)
    (error,) = read_inputs([path])
    assert isinstance(error, InputError) and error.origin == str(path)
