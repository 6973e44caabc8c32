"""From the paths a user names to articles: walk directories, read stdin, pick each reader.

Every failure is yielded as an InputError and reading goes on, so one bad file (or line, or
feed item) never stops a batch. An input read with a loss (bad bytes replaced, NULs dropped)
is an InputWarning, handed to the caller's `warn` or else logged. Only regular files are read,
and only up to $FAULTLINE_MAX_FILE_BYTES (see `files`), except those read a record at a time
(`streams`: .jsonl.gz, WARC archives, and JSON Lines too big to hold), where the limit bounds
each record.
"""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from faultline.errors import InputError
from faultline.ingest.encodings import decode, is_binary
from faultline.ingest.feeds import read_feed
from faultline import limits
from faultline.ingest.files import check_regular, display_name, read_bounded, read_file
from faultline.ingest.formats import FEED, HTML, JSONL, format_for_name, sniff_format
from faultline.ingest.html import article_from_html
from faultline.ingest.jsonl import read_jsonl
from faultline.ingest.metadata import SIDECAR_SUFFIX, find_sidecar, read_sidecar
from faultline.ingest.streams import read_jsonl_gz, read_jsonl_stream, read_warc, stream_kind
from faultline.ingest.text import article_from_text
from faultline.model import Article

STDIN = "-"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InputWarning:
    """An input read, but not exactly as written; the message names the file, like InputError's."""
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


Warn = Callable[[InputWarning], None]


def read_inputs(paths: Iterable[str | bytes | os.PathLike], stdin: BinaryIO | None = None,
                warn: Warn | None = None) -> Iterator[Article | InputError]:
    """Articles from files, directories (recursive, sorted) and "-" (`stdin`, else sys.stdin).

    Yields an Article per article found and an InputError per input that cannot be read.
    In directories, hidden files and folders and `*.meta.json` sidecars are skipped.
    InputWarnings go to `warn`, else to this module's logger. Origins in articles and messages
    are file names as `files.display_name` prints them.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("read_inputs takes a list of paths, not one path")
    limit = limits.current().file_bytes
    warn = warn or _log
    for given in paths:
        name = os.fsdecode(given)   # undecodable bytes of a name survive as surrogates
        if name == STDIN:
            items = _read_stdin(stdin, limit, warn)
        elif os.path.isdir(name):
            items = _read_folder(name, limit, warn)
        else:
            items = _read_file(name, limit, warn)
        for item in items:   # any message may quote a name or a library's multi-line text
            yield InputError(item.origin, display_name(item.reason), item.line) \
                if isinstance(item, InputError) else item


def _log(warning: InputWarning) -> None:
    log.warning("warning: %s", warning)


def list_inputs(paths: Iterable[str | bytes | os.PathLike]) -> Iterator[str | InputError]:
    """The files `read_inputs` would read, in its order ("-" for stdin), without reading them;
    an InputError for a folder that cannot be listed. For planning partitions of a run."""
    for given in paths:
        name = os.fsdecode(given)
        yield from _folder_files(name) if name != STDIN and os.path.isdir(name) else [name]


def _folder_files(top: str) -> Iterator[str | InputError]:
    unreadable: list[OSError] = []
    files = []
    for folder, subfolders, names in os.walk(top, onerror=unreadable.append):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        files += [os.path.join(folder, name) for name in names
                  if not name.startswith(".") and not name.endswith(SIDECAR_SUFFIX)]
    for error in unreadable:
        yield InputError(display_name(error.filename or top),
                         f"cannot read folder: {error.strerror or error}")
    yield from sorted(files, key=lambda file: Path(file).parts)


def _read_folder(top: str, limit: int, warn: Warn) -> Iterator[Article | InputError]:
    for file in _folder_files(top):
        if isinstance(file, InputError):
            yield file
        else:
            yield from _read_file(file, limit, warn)


def _read_file(name: str, limit: int, warn: Warn) -> Iterator[Article | InputError]:
    origin = display_name(name)
    try:
        kind = stream_kind(name)
        if kind is None and format_for_name(name) == JSONL and check_regular(name, origin) > limit:
            kind = "jsonl"   # too big to read whole: a line at a time
        if kind is not None:
            check_regular(name, origin)
            yield from _streamed(name, origin, kind)
            return
        raw = read_file(name, origin, limit)
    except InputError as error:
        yield error
        return
    yield from _guarded(origin, raw, Path(name), limit, warn)


def _streamed(name: str, origin: str, kind: str) -> Iterator[Article | InputError]:
    """A file read a record at a time (see `streams`): JSON Lines, gzipped or not, a WARC."""
    try:
        if kind == "jsonl":
            with open(name, "rb") as stream:
                yield from read_jsonl_stream(stream, origin)
        else:
            yield from (read_jsonl_gz if kind == "jsonl.gz" else read_warc)(name, origin)
    except Exception as error:   # a reader bug on odd input must not stop the batch
        yield InputError(origin, f"unexpected {type(error).__name__} while reading: {error}")


def _read_stdin(stdin: BinaryIO | None, limit: int, warn: Warn) -> Iterator[Article | InputError]:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield InputError(STDIN, "no standard input to read")
        return
    try:
        raw = read_bounded(stream, STDIN, limit)
    except InputError as error:
        yield error
        return
    except OSError as error:
        yield InputError(STDIN, f"cannot read: {error.strerror or error}")
        return
    yield from _guarded(STDIN, raw, None, limit, warn)


def _guarded(origin: str, raw: bytes, path: Path | None, limit: int,
             warn: Warn) -> Iterator[Article | InputError]:
    try:
        yield from _read(origin, raw, path, limit, warn)
    except InputError as error:
        yield error
    except Exception as error:   # a reader bug on odd input must not stop the batch
        yield InputError(origin, f"unexpected {type(error).__name__} while reading: {error}")


def _read(origin: str, raw: bytes, path: Path | None, limit: int,
          warn: Warn) -> Iterator[Article | InputError]:
    """Dispatch on the extension (none for stdin), else on the content."""
    if not raw.strip():
        raise InputError(origin, "empty file")
    if is_binary(raw):
        raise InputError(origin, "binary file, not an article")
    kind = format_for_name(path.name) if path is not None else None
    if kind == FEED:   # feedparser reads the XML encoding declaration itself
        yield from read_feed(origin, raw)
        return
    text = decode(raw, origin, lambda reason: warn(InputWarning(origin, reason)))
    if not text.strip():
        raise InputError(origin, "empty file")
    kind = kind or sniff_format(text, origin)
    if kind == FEED:
        yield from read_feed(origin, raw)
    elif kind == JSONL:
        yield from read_jsonl(origin, raw, text)
    else:
        meta = yield from _sidecar(path, limit)
        reader = article_from_html if kind == HTML else article_from_text
        yield reader(text, origin, raw, **meta)


def _sidecar(path: Path | None, limit: int) -> Generator[InputError, None, dict[str, str]]:
    """Yields the sidecar's error, if any, and returns its metadata ({} when none or bad).

    A bad sidecar does not cost the article: it is still read, without metadata.
    """
    sidecar = find_sidecar(path) if path is not None else None
    if sidecar is None:
        return {}
    try:
        return read_sidecar(sidecar, limit)
    except InputError as error:
        yield error
        return {}
