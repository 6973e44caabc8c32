"""JSON Lines (.jsonl, .ndjson): one article per line.

Each line is an object with "text" or "html" and optionally id, title, outlet, published,
url and language. A bad line becomes an InputError for that line and reading goes on.
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Iterator

from faultline.errors import InputError
from faultline.ingest.encodings import normalise
from faultline.ingest.html import article_from_html
from faultline.ingest.metadata import metadata_from
from faultline.model import Article


def read_jsonl(origin: str, raw: bytes, text: str) -> Iterator[Article | InputError]:
    """Articles from decoded `text`, each with origin "path:N" (N counts from 1)."""
    lines = text.split("\n")
    for number, (line, line_raw) in enumerate(zip(lines, _raw_lines(raw, lines)), start=1):
        if not line.strip():
            continue
        try:
            yield _article(line, f"{origin}:{number}", line_raw)
        except InputError as error:
            yield InputError(origin, error.reason, line=number)


def _article(line: str, origin: str, raw: bytes) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(origin, f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, got {type(record).__name__}")
    try:
        meta = metadata_from(record)
    except ValueError as error:
        raise InputError(origin, str(error)) from None
    body, html = record.get("text"), record.get("html")
    for key, value in (("text", body), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise InputError(origin, f"{key!r} must be a string, not {type(value).__name__}")
    if body and body.strip():   # given text wins: it needs no extraction
        return Article(origin=origin, raw=raw, text=normalise(body), **meta)
    if html and html.strip():
        return article_from_html(normalise(html), origin, raw, **meta)
    raise InputError(origin, "empty text" if body is not None or html is not None
                     else "neither 'text' nor 'html' given")


def _raw_lines(raw: bytes, lines: list[str]) -> list[bytes]:
    """Each line's own bytes when the file is UTF-8 (it should be); else its text as UTF-8."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return [line.encode("utf-8") for line in lines]
    pieces = [piece.removesuffix(b"\r")
              for piece in raw.removeprefix(codecs.BOM_UTF8).split(b"\n")]
    return pieces if len(pieces) == len(lines) else [line.encode("utf-8") for line in lines]
