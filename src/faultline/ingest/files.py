"""One input's bytes, read safely: regular files only, size-capped, named printably.

The size cap is `limits.current().file_bytes` ($FAULTLINE_MAX_FILE_BYTES, 50 MiB): a bigger
file is refused unread, and no input (stdin included) is read beyond it, whatever size the
file system reports.

FIFOs, devices and sockets are refused before they are opened: opening a FIFO blocks until a
writer comes, and a device such as /dev/zero never ends.
"""
from __future__ import annotations

import os
import re
import stat
from typing import BinaryIO

from faultline import limits
from faultline.errors import InputError

MAX_FILE_BYTES_VARIABLE = limits.Limits.variable("file_bytes")
CHUNK = 1024 * 1024   # read at a time beyond the expected size, rather than a limit-sized buffer

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))
# O_NONBLOCK: should a FIFO replace the file between stat and open, opening it still returns.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
    | getattr(os, "O_BINARY", 0)
# Controls would forge output lines or drive the terminal, bidi overrides reorder what is shown;
# surrogates (undecodable bytes of a file name, via os.fsdecode) cannot be written as UTF-8.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff]")


def display_name(name: str) -> str:
    """`name` as it may appear in a message: control characters and undecodable bytes escaped
    ("\\n", "\\xe9"), so it prints on one line in any encoding."""
    return _UNPRINTABLE.sub(_escape, name)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:   # os.fsdecode's stand-in for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return match.group().encode("unicode_escape").decode("ascii")


def read_file(path: str, origin: str, limit: int) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed), at most `limit` of them;
    InputError naming `origin` for anything else."""
    try:
        _check(os.stat(path), path, origin, limit)
        with open(os.open(path, _OPEN_FLAGS), "rb") as file:
            opened = os.fstat(file.fileno())   # the path may have changed since the stat
            _check(opened, path, origin, limit)
            return read_bounded(file, origin, limit, expected=opened.st_size)
    except FileNotFoundError:
        raise InputError(origin, "no such file or directory") from None
    except OSError as error:
        raise InputError(origin, f"cannot read: {error.strerror or error}") from None


def read_bounded(stream: BinaryIO, origin: str, limit: int, expected: int = 0) -> bytes:
    """All of `stream`, or InputError once it has more than `limit` bytes; `expected` is the
    size it says it has (it may lie: /proc files, a file still being written)."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(limit + 1 - size, max(expected + 1 - size, CHUNK)))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise InputError(origin, f"too large: more than {limit:,} bytes "
                                 f"({MAX_FILE_BYTES_VARIABLE} sets the limit)")
    return b"".join(chunks)


def check_regular(path: str, origin: str) -> int:
    """The size of the regular file at `path`; InputError naming `origin` for anything else
    (a FIFO, a device, a directory, nothing at all). For readers that open the file themselves."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(origin, "no such file or directory") from None
    except OSError as error:
        raise InputError(origin, f"cannot read: {error.strerror or error}") from None
    _check(info, path, origin, None)
    return info.st_size


def _check(info: os.stat_result, path: str, origin: str, limit: int | None) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "a special file")
        if os.path.islink(path):
            kind += f" (symlink to {display_name(os.path.realpath(path))})"
        raise InputError(origin, f"{kind}, not a regular file")
    if limit is not None and info.st_size > limit:
        raise InputError(origin, f"too large: {info.st_size:,} bytes, more than {limit:,} "
                                 f"({MAX_FILE_BYTES_VARIABLE} sets the limit)")
