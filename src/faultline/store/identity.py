"""Article ids in a run: one id, one article.

An id belongs to the first input that brings it (in this run, or stored earlier: its
`source`). The same article text under that id again is left unchanged; published by
another outlet (or at another address) it is a syndicated copy, kept in the document's
`copies` so every outlet counts while the text is analysed once. Another input claiming
the id with another text is an InputError naming both, never a silent drop. Its own input
may change it (an edited article, a new configuration): that is a replacement.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from faultline.errors import InputError
from faultline.model import Document

if TYPE_CHECKING:
    from faultline.store.database import Store


class Identities:
    """The ids a run has accepted so far, checked against what `store` (if any) holds."""

    def __init__(self, store: Store | None, config_hash: str):
        self.store = store
        self.config_hash = config_hash
        self.stored = store.versions() if store else {}  # id -> (sha256, config hash)
        self.accepted: dict[str, Document] = {}  # in reading order

    def needs_analysis(self, document: Document) -> bool:
        """True for a new or changed article, False for one read or stored already with the
        same text; InputError when another input holds its id with another text."""
        first = self.accepted.get(document.id)
        if first is not None:
            if first.text != document.text:
                raise _claimed(document, first.source)
            _add_copy(first, document)
            return False
        version = self.stored.get(document.id)
        fresh = version != (document.sha256, self.config_hash)
        if fresh and version and version[0] != document.sha256:
            # other bytes: fine from the input that holds the id, else the text must match
            source, text = self.store.holder(document.id)
            if source != document.source:
                if text != document.text:
                    raise _claimed(document, f"{source} (stored)")
                fresh = version[1] != self.config_hash
        if version and not fresh and self.store is not None:
            # stored unchanged: another outlet's copy of its text is kept with it
            stored = self.store.publication(document.id)
            if _add_copy(stored, document):
                self.store.set_copies(document.id, stored.copies)
        self.accepted[document.id] = document
        return fresh


def _add_copy(first: Document, copy: Document) -> bool:
    """Keep `copy` as a syndicated copy of `first` when another outlet or address published
    the same text; whether it was new."""
    where = (copy.outlet, copy.url)
    if not any(where) or where == (first.outlet, first.url) \
            or any((c.get("outlet"), c.get("url")) == where for c in first.copies):
        return False
    first.copies.append({"outlet": copy.outlet, "url": copy.url, "published": copy.published,
                         "source": copy.source})
    return True


def _claimed(document: Document, holder: str | None) -> InputError:
    return InputError(document.source or document.id,
                      f"article id {document.id!r} is already used by {holder or 'another input'} "
                      "with a different text; give one of them another id")
