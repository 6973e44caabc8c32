"""What the named tables share: ids to names, documents to outlets, events to stories, and
the cells of dates and counts.

A `CorpusIndex` is built once per table from an Analysis, so that every table of names
(events, actors, ties, claims, stories) resolves ids and counts sources the same way:

  * a document's outlets are its own and those of its syndicated copies (`Document.copies`);
  * sources are the distinct outlets of some documents and their copies, a document or copy
    that names no outlet counting as a source of its own; articles are the documents plus
    their copies (GDELT's NumSources and NumArticles).
"""
from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from functools import cached_property

import pycountry

from faultline.model import Analysis, Count, Document, Entity, Event, Story
from faultline.store.ownership import owner

SEPARATOR = "; "  # between several names in one cell, as ACLED joins associated actors


@dataclass(frozen=True)
class Sources:
    """How many outlets and articles report something."""
    outlets: int
    articles: int


class CorpusIndex:
    """Names and sources of one Analysis."""

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}
        self.documents: dict[str, Document] = {d.id: d for d in analysis.documents}

    @cached_property
    def event_stories(self) -> dict[str, Story]:
        """The story of kind "events" each event belongs to."""
        return {ev: s for s in self.analysis.stories if s.kind == "events" for ev in s.events}

    def name(self, entity_id: str | None) -> str | None:
        """The entity's name; its id when the analysis lacks it (a partial load)."""
        if entity_id is None:
            return None
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id

    def names(self, entity_ids: Iterable[str]) -> str | None:
        return SEPARATOR.join(self.name(i) for i in entity_ids) or None

    def country_name(self, iso3: str | None) -> str | None:
        """A country's name: the state actor's own (as news write it), else ISO 3166's."""
        if iso3 is None:
            return None
        entity = self.entities.get(iso3)
        if entity is not None and entity.type == "state":
            return entity.name
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None:
            return iso3
        return getattr(country, "common_name", None) or country.name

    def outlets(self, doc_id: str) -> list[str]:
        """The outlets that published document `doc_id`: its own, then its copies'."""
        doc = self.documents.get(doc_id)
        if doc is None:
            return []
        found = [doc.outlet] + [c.get("outlet") for c in doc.copies]
        return list(dict.fromkeys(o for o in found if o))

    def sources(self, doc_ids: Iterable[str]) -> Sources:
        """Distinct outlets and articles over documents `doc_ids` and their copies."""
        outlets: set[str] = set()
        articles = 0
        for doc_id in dict.fromkeys(doc_ids):
            doc = self.documents.get(doc_id)
            by_article = [doc.outlet] + [c.get("outlet") for c in doc.copies] if doc else [None]
            for n, outlet in enumerate(by_article):
                outlets.add(outlet or f"\0{doc_id}#{n}")  # no outlet named: a source of its own
            articles += len(by_article)
        return Sources(len(outlets), articles)

    def reported(self, item: Any, doc_ids: Iterable[str] | None = None) -> dict[str, Any]:
        """The columns every item's row ends with: where it was reported (its document's
        outlets, title, url, date, id), its first evidence, and, given the documents that
        report it, how many sources and articles (NumSources, NumArticles)."""
        doc_id = owner(item)
        doc = self.documents.get(doc_id)
        row = {"outlets": SEPARATOR.join(self.outlets(doc_id)) or None,
               "title": doc and doc.title, "url": doc and doc.url,
               "published": iso_date(doc and doc.published), "doc_id": doc_id,
               "evidence": item.evidence[0].text}
        if doc_ids is not None:
            sources = self.sources(doc_ids)
            row.update(num_sources=sources.outlets, num_articles=sources.articles)
        return row

    def event_documents(self, event: Event) -> list[str]:
        """The documents reporting `event`: its own, and its story's when it is in one."""
        story = self.event_stories.get(event.id)
        return list(dict.fromkeys([owner(event), *(story.docs if story else [])]))


def iso_date(value: str | None) -> datetime.date | None:
    """A YYYY-MM-DD date, or None for anything else (a partial date stays in its text)."""
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def counts(name: str, count: Count | None) -> dict[str, int | None]:
    """`name`_best, _low and _high columns of a count (None when there is none)."""
    return {f"{name}_{bound}": count and getattr(count, bound) for bound in ("best", "low", "high")}
