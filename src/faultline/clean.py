"""Cleaning: the article body without the web page around it.

The cleaned text becomes `Document.text`, which every evidence offset points into, so
cleaning runs once, before anything is extracted. Furniture (browser warnings, share and
newsletter prompts, cookie notices, photo credits) is recognised line by line with the
patterns in `data/furniture.yaml`; a line goes only when a pattern covers all of it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .errors import DictionaryError
from .knowledge.datafiles import load_data

# Invisible characters that web pages leave behind and that would shift or split tokens.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Lone surrogates: not characters, so no UTF-8 encodes them (hashing, storing and writing
# the text would fail), yet a JSON "\ud800" escape or a surrogateescape decode yields them.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class FurnitureRules:
    pattern: re.Pattern[str]
    max_line_chars: int


@lru_cache(maxsize=1)
def load_furniture() -> FurnitureRules:
    """The furniture patterns of data/furniture.yaml, compiled once into one alternation."""
    data = load_data("furniture.yaml")
    try:
        pattern = re.compile("|".join(f"(?:{p})" for p in data["lines"]), re.IGNORECASE)
    except (KeyError, TypeError, re.error) as exc:
        raise DictionaryError(f"data/furniture.yaml: cannot load furniture patterns: {exc}") from exc
    return FurnitureRules(pattern, int(data.get("max_line_chars", 220)))


def is_furniture(line: str, rules: FurnitureRules | None = None) -> bool:
    rules = rules or load_furniture()
    stripped = line.strip()
    return bool(stripped) and len(stripped) <= rules.max_line_chars and bool(rules.pattern.fullmatch(stripped))


def clean_text(text: str, rules: FurnitureRules | None = None) -> str:
    """Body text with furniture lines dropped, whitespace tidied and paragraphs kept.

    Paragraphs stay separated by a blank line; runs of spaces shrink to one; the text
    is NFC-normalised so that offsets are stable across readers, and lone surrogates
    become U+FFFD so that it is valid Unicode.
    """
    rules = rules or load_furniture()
    text = _SURROGATE.sub("\ufffd", text)  # one replacement character for each
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    kept: list[str] = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t\f\v]+", " ", line).strip()
        if is_furniture(line, rules):
            continue
        kept.append(line)
    body = "\n".join(kept)
    return re.sub(r"\n{3,}", "\n\n", body).strip()
