"""Ingest: files, directories and stdin in; `Article`s (or `InputError`s) out.

    inputs     read_inputs: walk paths, read bytes, pick a reader, never stop on bad input
    files      one input's bytes: regular files only, size limit, printable names
    formats    which reader: extension, else content sniffing
    encodings  bytes to normalised text; binary detection
    text       .txt/.text/.md: one article per file
    html       .html/.htm: trafilatura extraction (also used for HTML in records and feeds)
    jsonl      .jsonl/.ndjson: one article per line
    feeds      RSS/Atom: one article per item
    streams    a record at a time: .jsonl.gz, WARC archives (warcio), JSON Lines too big to
               hold, and byte ranges of a JSON Lines file (a partition of a distributed run)
    metadata   fields given with an article: JSON records and .meta.json sidecars
    dates      publication dates as ISO YYYY-MM-DD
"""
from faultline.ingest.inputs import InputWarning, read_inputs

__all__ = ["read_inputs", "InputWarning"]
