"""Metadata given alongside an article: the fields of a JSON record or a `.meta.json` sidecar.

`story.txt` may carry `story.txt.meta.json` or `story.meta.json` beside it (first found wins).
Unknown keys are ignored, so records written by other tools (with "author", "tags", ...) load.
"""
from __future__ import annotations

import json
from pathlib import Path

from faultline.errors import InputError
from faultline.ingest.dates import normalise_date
from faultline.ingest.files import display_name, read_file

SIDECAR_SUFFIX = ".meta.json"
KEYS = ("id", "title", "outlet", "published", "url", "language")


def metadata_from(record: dict) -> dict[str, str]:
    """`record`'s metadata as Article keyword arguments; ValueError names a bad field."""
    meta = {}
    for key in KEYS:
        value = record.get(key)
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)   # numeric ids are common in exports
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key!r} must be a string, not {type(value).__name__}")
        if value and value.strip():
            meta[key] = value.strip()
    if "published" in meta:
        meta["published"] = normalise_date(meta["published"])
    return meta


def find_sidecar(path: Path) -> Path | None:
    for candidate in (path.with_name(path.name + SIDECAR_SUFFIX),
                      path.with_name(path.stem + SIDECAR_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def read_sidecar(sidecar: Path, limit: int) -> dict[str, str]:
    """The sidecar's metadata as Article keyword arguments, or InputError naming the sidecar.
    It is read like an article's file: a regular file of at most `limit` bytes."""
    origin = display_name(str(sidecar))
    try:
        data = json.loads(read_file(str(sidecar), origin, limit).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(origin, f"malformed sidecar: {error}") from None
    if not isinstance(data, dict):
        raise InputError(origin, "malformed sidecar: not a JSON object")
    try:
        return metadata_from(data)
    except ValueError as error:
        raise InputError(origin, f"malformed sidecar: {error}") from None
