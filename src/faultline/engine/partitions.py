"""A run's inputs cut into partitions, one task each, without reading what they hold.

A partition is a list of files read whole, in `read_inputs`' order (at most `size` of them),
or a range of `size` lines of a JSON Lines file, or one file read as a stream (a .jsonl.gz, a
WARC archive: not splittable). Reading the partitions one after the other gives the articles
`read_inputs` gives, in its order, so a distributed run decides what is new or a copy as a
single-machine run does. Only line ends are counted on this side (a JSON Lines file's bytes
pass through 1 MiB at a time); no article is read here.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from faultline.errors import InputError
from faultline.ingest.files import check_regular, display_name
from faultline.ingest.formats import JSONL, format_for_name
from faultline.ingest.inputs import STDIN, list_inputs
from faultline.ingest.streams import ByteRange, jsonl_ranges, stream_kind

# UTF-16 and other encodings without "\n" bytes at line ends are read whole, not cut
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Partition:
    """One task's inputs: `files` read whole (or streamed), or `lines` of one JSON Lines file."""
    index: int
    files: tuple[str, ...] = ()
    lines: ByteRange | None = None


def plan_partitions(paths: list[str], size: int) -> Iterator[Partition | InputError]:
    """The partitions of `paths`, in reading order, and an InputError for each input that no
    partition can take (standard input; a folder that cannot be listed)."""
    index, files = 0, []

    def flush() -> Iterator[Partition]:
        nonlocal index
        if files:
            yield Partition(index, tuple(files))
            index += 1
            files.clear()
    for name in list_inputs(paths):
        if isinstance(name, InputError):
            yield name
            continue
        if name == STDIN:
            yield InputError(STDIN, "standard input cannot be shared out among workers: give files")
            continue
        ranges = _line_ranges(name, size)
        if ranges is not None:
            yield from flush()
            for part in ranges:
                yield Partition(index, lines=part)
                index += 1
        elif stream_kind(name):
            yield from flush()
            yield Partition(index, (name,))
            index += 1
        else:
            files.append(name)
            if len(files) >= size:
                yield from flush()
    yield from flush()


def _line_ranges(name: str, size: int) -> list[ByteRange] | None:
    """Ranges of a UTF-8 JSON Lines file of more than `size` lines; None for any other file
    (a bad one is left to the reader, which reports it as a single-machine run does)."""
    if format_for_name(name) != JSONL:
        return None
    try:
        check_regular(name, display_name(name))
        with open(name, "rb") as file:
            head = file.read(4096)
    except (InputError, OSError):
        return None
    if head.startswith(_UTF16_BOMS) or b"\x00" in head:
        return None
    ranges = jsonl_ranges(name, size)
    return ranges if len(ranges) > 1 else None
