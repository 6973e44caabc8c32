"""What every page links to: actors and documents by id, and the page window of a long list."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from faultline.store.readonly import Queryable

PAGE_SIZE = 50


@dataclass
class ActorRef:
    id: str
    name: str
    type: str | None = None
    country: str | None = None


@dataclass
class DocRef:
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    copies: list[str] = field(default_factory=list)  # outlets (or urls) of syndicated copies

    @property
    def label(self) -> str:
        return self.title or self.id


@dataclass
class Window:
    """Rows `offset`+1 .. `offset`+`shown` of `total`; page numbers count from 1."""
    page: int
    size: int
    total: int
    pages: int = field(init=False)

    def __post_init__(self) -> None:
        self.pages = max(1, -(-self.total // self.size))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


def actor_refs(db: Queryable, ids: Iterable[str | None]) -> dict[str, ActorRef]:
    """Actors `ids` by id, in one query; an id the store lacks is named by itself."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    rows = db.query("SELECT id, name, type, country FROM entities WHERE id IN (SELECT unnest(?))",
                    [wanted])
    found = {r["id"]: ActorRef(**r) for r in rows}
    return {i: found.get(i) or ActorRef(i, i) for i in wanted}


# a document's columns under names of their own, to select beside another table's
DOC_COLUMNS = ("d.id AS doc_id, d.title AS doc_title, d.outlet AS doc_outlet, "
               "CAST(d.published AS VARCHAR) AS doc_published, d.url AS doc_url, d.copies AS doc_copies")


def doc_ref(row: dict[str, Any]) -> DocRef:
    """A DocRef from a row holding DOC_COLUMNS."""
    copies = [c.get("outlet") or c.get("url") for c in json.loads(row["doc_copies"] or "[]")]
    return DocRef(row["doc_id"], row["doc_title"], row["doc_outlet"], row["doc_published"],
                  row["doc_url"], [c for c in copies if c])


def doc_refs(db: Queryable, ids: Iterable[str]) -> dict[str, DocRef]:
    """Documents `ids` by id (without their text), in one query."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = db.query(f"SELECT {DOC_COLUMNS} FROM documents d WHERE d.id IN (SELECT unnest(?))", [wanted])
    found = {r["doc_id"]: doc_ref(r) for r in rows}
    return {i: found.get(i) or DocRef(i) for i in wanted}
