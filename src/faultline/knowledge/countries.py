"""Every country as an actor: names from pycountry, the rest from data/countries.yaml.

pycountry gives ISO codes and formal names ("Iran, Islamic Republic of"); news use short
names, demonyms and capitals ("Iran", "Iranian", "Tehran said"), which the hand-made
data/countries.yaml supplies. A country's id is its ISO 3166-1 alpha-3 code.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pycountry
import yaml

from ..errors import DictionaryError
from ..model import Actor
from .datafiles import LOADER

# Roles of the forms listed in countries.yaml, in order of precedence.
_ROLES = {"names": "name", "metonyms": "alias", "adjectives": "adjective", "people": "people",
          "capital": "capital", "seats": "seat"}


def _formal_names(country) -> list[str]:
    names = [country.name]
    for attr in ("common_name", "official_name"):
        value = getattr(country, attr, None)
        if value:
            names.append(value)
    # "Korea, Republic of" reads badly in prose; only names without a comma are surface forms.
    return [n for n in names if "," not in n]


@lru_cache(maxsize=1)
def _supplement() -> dict:
    """data/countries.yaml, read once: the countries and the words for their own forces."""
    path = resources.files("faultline") / "data" / "countries.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        if not isinstance(data.get("countries"), dict):
            raise KeyError("countries")
    except (OSError, KeyError, TypeError, AttributeError, yaml.YAMLError) as exc:
        raise DictionaryError(f"{path}: cannot load the country supplement: {exc}") from exc
    return data


def load_countries() -> list[Actor]:
    extra = _supplement()["countries"]
    actors = []
    for country in pycountry.countries:
        code = country.alpha_3
        entry = extra.get(code) or {}
        forms: dict[str, str] = {}
        for key, role in _ROLES.items():
            for form in entry.get(key) or []:
                forms.setdefault(str(form), role)
        for name in _formal_names(country):
            forms.setdefault(name, "name")
        formal = _formal_names(country)
        name = str((entry.get("names") or formal or [country.name])[0])
        actors.append(Actor(id=code, name=name, type="state", forms=forms, country=code,
                            codes={"cameo": code, "iso3": code}, sector="state",
                            source="pycountry + data/countries.yaml"))
    return actors


def own_forces(actors: list[Actor]) -> None:
    """"Niger's army" as a form of the actor whose forms say "Nigerien army": every form that
    is a state's adjective or name and words for its own forces (countries.yaml `own_forces`)
    gets the state's possessive too ("Niger's army", "Niger’s army"). Changes `actors` in place."""
    nouns = set(_supplement().get("own_forces") or ())
    states = {a.id: a for a in actors if a.type == "state"}
    for actor in actors:
        state = states.get(actor.country or "")
        if state is None or actor is state:
            continue
        words = {f for f, role in state.forms.items() if role in ("name", "adjective")}
        names = [f for f, role in state.forms.items() if role == "name"]
        for form in list(actor.forms):
            first, _, rest = form.partition(" ")
            if first in words and rest.lower() in nouns:
                for name in names:
                    for apostrophe in ("'", "’"):
                        actor.forms.setdefault(f"{name}{apostrophe}s {rest}", "alias")
