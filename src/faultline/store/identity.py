"""Article ids in a run: one id, one article.

An id belongs to the first input that brings it (in this run, or stored earlier: its
`source`). The same article text under that id again is left unchanged; published by
another outlet (or at another address) it is a syndicated copy, kept in the document's
`copies` so every outlet counts while the text is analysed once. Another input claiming
the id with another text is an InputError naming both, never a silent drop. Its own input
may change it (an edited article, a new configuration): that is a replacement.
"""
from __future__ import annotations

import dataclasses
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
        self.unchanged: set[str] = set()  # stored ids left unchanged whose copies this run adds to

    def needs_analysis(self, document: Document) -> bool:
        """True for a new or changed article, False for one read or stored already with the
        same text; InputError when another input holds its id with another text."""
        first = self.accepted.get(document.id)
        if first is not None:
            if first.text != document.text:
                raise _claimed(document, first.source)
            if _add_copy(first, document) and first.id in self.unchanged:
                self.store.set_copies(first.id, first.copies)
            return False
        version = self.stored.get(document.id)
        fresh = version != (document.sha256, self.config_hash)
        other_input = False
        if fresh and version and version[0] != document.sha256:
            # other bytes: fine from the input that holds the id, else the text must match
            source, text = self.store.holder(document.id)
            if source != document.source:
                if text != document.text:
                    raise _claimed(document, f"{source} (stored)")
                fresh, other_input = version[1] != self.config_hash, True
        if version and (fresh or other_input):
            # the stored publication stays the document's: its copies survive a re-analysis, and
            # the same text from another input is one more copy (the same bytes again are not)
            stored = self.store.publication(document.id)
            added = False
            if other_input:
                copy, document = dataclasses.replace(document), _restore(document, stored)
                added = _add_copy(document, copy)
            else:
                document.copies = stored.copies
            if not fresh:
                self.unchanged.add(document.id)
                if added:
                    self.store.set_copies(document.id, document.copies)
        self.accepted[document.id] = document
        return fresh


def _restore(document: Document, stored: Document) -> Document:
    """`document` (the object the run analyses) given back the stored publication's
    metadata and copies; its text is the same."""
    for name in ("source", "title", "outlet", "published", "url"):
        setattr(document, name, getattr(stored, name))
    document.copies = list(stored.copies)
    return document


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
