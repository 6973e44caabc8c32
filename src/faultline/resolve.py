"""Resolve: mentions become entities, one per real-world actor across all documents.

Extractors give every mention a stable entity id (a dictionary id such as "IRN" or
"hamas", or a typed name key for actors found in the text), so the same actor named in two
documents already shares an id; this stage gathers each id's mentions and surface forms.
"""
from __future__ import annotations

from typing import Iterable

from .model import Entity, Mention


def resolve_entities(mentions: Iterable[Mention]) -> list[Entity]:
    entities: dict[str, Entity] = {}
    for m in mentions:
        entity = entities.get(m.entity)
        if entity is None:
            entity = entities[m.entity] = Entity(id=m.entity, name=m.name, type=m.type,
                                                 country=m.country, codes=dict(m.codes))
        # "the group" and a speaker's "we" are mentions of the actor, not names of it.
        if m.role not in ("description", "speaker") and m.span.text not in entity.aliases:
            entity.aliases.append(m.span.text)
        entity.mentions.append(m.span)
    return sorted(entities.values(), key=lambda e: e.id)
