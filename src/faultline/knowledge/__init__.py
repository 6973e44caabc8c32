"""Knowledge: the actors faultline knows before it reads, loaded from data files.

    load_knowledge()            the shipped dictionaries: every country (pycountry plus
                                data/countries.yaml) and data/actors.yaml
    load_knowledge([path, ..])  the same plus user dictionaries (YAML or CSV, see
                                dictionaries.py)

Later entries never overwrite earlier ones: a user entry whose id is already known adds
its names to that actor, so a user can teach faultline new spellings of a known actor.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from ..model import Actor
from .countries import load_countries, own_forces
from .dictionaries import load_dictionary, shipped_actors

__all__ = ["Knowledge", "load_knowledge", "load_dictionary"]


@dataclass
class Knowledge:
    actors: list[Actor] = field(default_factory=list)
    by_id: dict[str, Actor] = field(default_factory=dict)

    def add(self, actors: Iterable[Actor]) -> None:
        for actor in actors:
            known = self.by_id.get(actor.id)
            if known is None:
                # A copy, so that user dictionaries never change the cached shipped entries.
                actor = replace(actor, forms=dict(actor.forms))
                self.by_id[actor.id] = actor
                self.actors.append(actor)
            else:
                for form, role in actor.forms.items():
                    known.forms.setdefault(form, role)


def load_knowledge(paths: Sequence[str | Path] = ()) -> Knowledge:
    return _load(tuple(str(p) for p in paths))


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Knowledge:
    knowledge = Knowledge()
    knowledge.add(load_countries())
    knowledge.add(shipped_actors())
    for path in paths:
        knowledge.add(load_dictionary(path))
    own_forces(knowledge.actors)  # (on the copies Knowledge keeps: the cached entries stay as shipped)
    return knowledge
