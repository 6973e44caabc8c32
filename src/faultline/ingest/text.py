"""Plain-text files (.txt, .text, .md): the whole file is one article."""
from __future__ import annotations

from faultline.errors import InputError
from faultline.model import Article


def article_from_text(text: str, origin: str, raw: bytes, **given_meta: str | None) -> Article:
    """The article in decoded `text`; metadata comes only from `given_meta` (a sidecar).

    The text is kept as decoded: no title is guessed from the first line, since cleaning is a
    later stage's job. Same signature as `article_from_html`, so callers pick either by format.
    """
    if not text.strip():
        raise InputError(origin, "empty file")
    return Article(origin=origin, raw=raw, text=text, **given_meta)
