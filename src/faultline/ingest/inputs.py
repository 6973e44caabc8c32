"""From the paths a user names to articles: walk directories, read stdin, pick each reader.

Every failure is yielded as an InputError and reading goes on, so one bad file (or line, or
feed item) never stops a batch.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from faultline.errors import InputError
from faultline.ingest.encodings import decode, is_binary
from faultline.ingest.feeds import read_feed
from faultline.ingest.formats import FEED, HTML, JSONL, format_for_name, sniff_format
from faultline.ingest.html import article_from_html
from faultline.ingest.jsonl import read_jsonl
from faultline.ingest.metadata import SIDECAR_SUFFIX, find_sidecar, read_sidecar
from faultline.ingest.text import article_from_text
from faultline.model import Article

STDIN = "-"


def read_inputs(paths: Iterable[str | Path],
                stdin: BinaryIO | None = None) -> Iterator[Article | InputError]:
    """Articles from files, directories (recursive, sorted) and "-" (`stdin`, else sys.stdin).

    Yields an Article per article found and an InputError per input that cannot be read.
    In directories, hidden files and folders and `*.meta.json` sidecars are skipped.
    """
    if isinstance(paths, (str, Path)):
        raise TypeError("read_inputs takes a list of paths, not one path")
    for given in paths:
        name = os.fspath(given)
        if name == STDIN:
            yield from _read_stdin(stdin)
        elif os.path.isdir(name):
            yield from _read_folder(name)
        else:
            yield from _read_file(name)


def _read_folder(top: str) -> Iterator[Article | InputError]:
    unreadable: list[OSError] = []
    files = []
    for folder, subfolders, names in os.walk(top, onerror=unreadable.append):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        files += [os.path.join(folder, name) for name in names
                  if not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX)]
    for error in unreadable:
        yield InputError(error.filename or top, f"cannot read folder: {error.strerror or error}")
    for file in sorted(files, key=lambda file: Path(file).parts):
        yield from _read_file(file)


def _read_file(origin: str) -> Iterator[Article | InputError]:
    try:
        raw = Path(origin).read_bytes()
    except FileNotFoundError:
        yield InputError(origin, "no such file or directory")
        return
    except OSError as error:
        yield InputError(origin, f"cannot read: {error.strerror or error}")
        return
    yield from _guarded(origin, raw, Path(origin))


def _read_stdin(stdin: BinaryIO | None) -> Iterator[Article | InputError]:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield InputError(STDIN, "no standard input to read")
        return
    try:
        raw = stream.read()
    except OSError as error:
        yield InputError(STDIN, f"cannot read: {error.strerror or error}")
        return
    yield from _guarded(STDIN, raw, None)


def _guarded(origin: str, raw: bytes, path: Path | None) -> Iterator[Article | InputError]:
    try:
        yield from _read(origin, raw, path)
    except InputError as error:
        yield error
    except Exception as error:   # a reader bug on odd input must not stop the batch
        yield InputError(origin, f"unexpected {type(error).__name__} while reading: {error}")


def _read(origin: str, raw: bytes, path: Path | None) -> Iterator[Article | InputError]:
    """Dispatch on the extension (none for stdin), else on the content."""
    if not raw.strip():
        raise InputError(origin, "empty file")
    if is_binary(raw):
        raise InputError(origin, "binary file, not an article")
    kind = format_for_name(origin) if path is not None else None
    if kind == FEED:   # feedparser reads the XML encoding declaration itself
        yield from read_feed(origin, raw)
        return
    text = decode(raw, origin)
    if not text.strip():
        raise InputError(origin, "empty file")
    kind = kind or sniff_format(text, origin)
    if kind == FEED:
        yield from read_feed(origin, raw)
    elif kind == JSONL:
        yield from read_jsonl(origin, raw, text)
    else:
        meta = yield from _sidecar(path)
        reader = article_from_html if kind == HTML else article_from_text
        yield reader(text, origin, raw, **meta)


def _sidecar(path: Path | None) -> Generator[InputError, None, dict[str, str]]:
    """Yields the sidecar's error, if any, and returns its metadata ({} when none or bad).

    A bad sidecar does not cost the article: it is still read, without metadata.
    """
    sidecar = find_sidecar(path) if path is not None else None
    if sidecar is None:
        return {}
    try:
        return read_sidecar(sidecar)
    except InputError as error:
        yield error
        return {}
