"""Readers that stream: inputs too big to hold whole, read one record at a time.

    read_jsonl_stream   JSON Lines from a binary stream, a line at a time; `start`/`end`
                        read one byte range of a file (a partition of it)
    jsonl_ranges        a JSON Lines file cut at line ends into ranges of about N lines
    read_jsonl_gz       .jsonl.gz / .ndjson.gz, decompressed as it is read
    read_warc           WARC archives (.warc, .warc.gz) of a web crawl, via warcio: each
                        HTML response is one article

Memory stays that of one record whatever the file's size. Every line or record is bounded by
the file size limit (`limits.file_bytes`): a longer one is an InputError for it alone.
Origins are those of the whole-file readers ("path:N" for line N, "path#N" for the Nth
article of an archive), so a file read in ranges gives the articles it gives whole.
"""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from faultline import limits
from faultline.errors import InputError
from faultline.ingest.encodings import decode, is_binary, normalise
from faultline.ingest.html import article_from_html
from faultline.ingest.jsonl import read_jsonl
from faultline.model import Article

JSONL_GZ_SUFFIXES = (".jsonl.gz", ".ndjson.gz")
WARC_SUFFIXES = (".warc", ".warc.gz")
_CHUNK = 1 << 20
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class ByteRange:
    """Lines of a JSON Lines file that start in [start, end); the first is line `first_line`."""
    path: str
    start: int
    end: int
    first_line: int


def stream_kind(name: str) -> str | None:
    """'jsonl.gz' or 'warc' for names these readers take, else None."""
    lower = name.lower()
    if lower.endswith(JSONL_GZ_SUFFIXES):
        return "jsonl.gz"
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    return None


def jsonl_ranges(path: str, lines: int) -> list[ByteRange]:
    """`path` cut into ranges of `lines` lines (the last may be shorter), found by counting
    line ends in 1 MiB reads: nothing of the file is held."""
    ranges, start, first, count, offset = [], 0, 1, 0, 0
    with open(path, "rb") as file:
        while chunk := file.read(_CHUNK):
            at = chunk.find(b"\n")
            while at != -1:
                count += 1
                if count == lines:
                    end = offset + at + 1
                    ranges.append(ByteRange(path, start, end, first))
                    start, first, count = end, first + lines, 0
                at = chunk.find(b"\n", at + 1)
            offset += len(chunk)
    if offset > start:
        ranges.append(ByteRange(path, start, offset, first))
    return ranges


def read_jsonl_range(part: ByteRange, origin: str) -> Iterator[Article | InputError]:
    """The articles of the lines in `part`."""
    with open(part.path, "rb") as file:
        file.seek(part.start)
        yield from read_jsonl_stream(file, origin, part.end - part.start, part.first_line)


def read_jsonl_stream(stream: BinaryIO, origin: str, size: int | None = None,
                      first_line: int = 1) -> Iterator[Article | InputError]:
    """Articles from JSON Lines read a line at a time, at most `size` bytes of them."""
    limit = limits.current().file_bytes
    left = size
    number = first_line - 1
    while left is None or left > 0:
        line = stream.readline(limit + 1 if left is None else min(limit + 1, left))
        if not line:
            return
        number += 1
        if left is not None:
            left -= len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            yield InputError(origin, f"line longer than {limit:,} bytes "
                                     f"({limits.Limits.variable('file_bytes')} sets the limit)", line=number)
            line_rest = line
            while line_rest and not line_rest.endswith(b"\n"):  # skip the rest of that line
                line_rest = stream.readline(_CHUNK if left is None else min(_CHUNK, left))
                if left is not None:
                    left -= len(line_rest)
            continue
        yield from _jsonl_line(line.removesuffix(b"\n").removesuffix(b"\r"), origin, number)


def _jsonl_line(raw: bytes, origin: str, number: int) -> Iterator[Article | InputError]:
    if not raw.strip():
        return
    if number == 1:
        raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:   # as the whole-file reader sees it: normalised before the JSON is parsed
        text = normalise(raw.decode("utf-8"))
    except UnicodeDecodeError:
        try:
            text = decode(raw, f"{origin}:{number}")
        except InputError as error:
            yield InputError(origin, error.reason, line=number)
            return
    # the whole-file reader numbers from 1: give it this one line, then put its number back
    for item in read_jsonl(origin, raw, text):
        if isinstance(item, InputError):
            yield InputError(origin, item.reason, line=number)
        else:
            item.origin = f"{origin}:{number}"
            yield item


def read_jsonl_gz(path: str, origin: str) -> Iterator[Article | InputError]:
    """The articles of a gzip-compressed JSON Lines file, decompressed as read."""
    try:
        with gzip.open(path, "rb") as stream:
            yield from read_jsonl_stream(stream, origin)
    except (OSError, EOFError) as error:   # a truncated or corrupt archive: what was read stands
        yield InputError(origin, f"cannot decompress: {error}")


def read_warc(path: str, origin: str) -> Iterator[Article | InputError]:
    """One article per HTML response of a WARC archive, numbered among them ("path#N");
    requests, metadata, redirects and non-HTML payloads are passed over."""
    from warcio.archiveiterator import ArchiveIterator  # only WARC input needs it
    from warcio.exceptions import ArchiveLoadFailed

    limit = limits.current().file_bytes
    number = 0
    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                if record.format != "warc":   # warcio also reads ARC, and takes any text for it
                    yield InputError(origin, "not a WARC archive")
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if status != "200" or kind not in _HTML_TYPES:
                    continue
                number += 1
                where = f"{origin}#{number}"
                raw = record.content_stream().read(limit + 1)
                if len(raw) > limit:
                    yield InputError(where, f"response larger than {limit:,} bytes")
                    continue
                yield _warc_article(raw, where, record.rec_headers.get_header("WARC-Target-URI"))
    except ArchiveLoadFailed as error:
        yield InputError(origin, f"not a readable WARC archive: {error}")
    except (OSError, EOFError) as error:
        yield InputError(origin, f"cannot read archive: {error}")


def _warc_article(raw: bytes, origin: str, url: str | None) -> Article | InputError:
    try:
        if not raw.strip() or is_binary(raw):
            raise InputError(origin, "no HTML text in the response")
        return article_from_html(decode(raw, origin), origin, raw, url=url)
    except InputError as error:
        return error
