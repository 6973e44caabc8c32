"""Actor dictionaries in faultline's own format, YAML or CSV.

YAML: a list of entries (or a mapping with an `actors` list), each
    {id?, name, type, aliases: [..], country?, code?, sector?, place?}
CSV: a header row with the columns name, aliases, type, country, code (id, sector, place
    optional); aliases are separated by "|" or ";". `place: true` marks a polity named after
    its land: after a preposition of place its names are the place.
A missing id is derived from the name. The shipped data/actors.yaml uses the same format.
Phoenix/PETRARCH actor files (`*.actors.txt`, or text that reads as one) go to phoenix.py.
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DictionaryError
from ..model import ENTITY_TYPES, Actor
from . import phoenix
from .datafiles import LOADER
from .ids import slugify


def actor_from_entry(entry: dict[str, Any], where: str) -> Actor:
    name = str(entry.get("name") or "").strip()
    kind = str(entry.get("type") or "").strip()
    if not name:
        raise DictionaryError(f"{where}: entry has no name")
    if kind not in ENTITY_TYPES:
        raise DictionaryError(f"{where}: {name!r} has type {kind!r}; expected one of {', '.join(ENTITY_TYPES)}")
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in re.split(r"[|;]", aliases)]
    forms = {name: "name"}
    for alias in aliases:
        alias = str(alias).strip()
        if alias:
            forms.setdefault(alias, "alias")
    if entry.get("place"):  # a polity named after its territory: after "in" the name is the place
        forms = {form: "territory" for form in forms}
    country = (entry.get("country") or None)
    country = str(country).strip().upper() if country else None
    if country and not re.fullmatch(r"[A-Z]{3}", country):
        raise DictionaryError(f"{where}: {name!r} has country {country!r}; expected an ISO 3166-1 alpha-3 code")
    code = str(entry.get("code") or "").strip()
    return Actor(id=str(entry.get("id") or slugify(name)), name=name, type=kind, forms=forms,
                 country=country, codes={"cameo": code} if code else {},
                 sector=entry.get("sector") or None, source=where.split(":")[0])


def _entries_from_yaml(text: str, where: str) -> list[dict[str, Any]]:
    try:
        data = yaml.load(text, Loader=LOADER)
    except yaml.YAMLError as exc:
        raise DictionaryError(f"{where}: not valid YAML: {exc}") from exc
    if isinstance(data, dict):
        data = data.get("actors")
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise DictionaryError(f"{where}: expected a list of actor entries (or a mapping with 'actors')")
    return data


def _entries_from_csv(text: str, where: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = {"name", "type"} - set(reader.fieldnames or [])
    if missing:
        raise DictionaryError(f"{where}: CSV header lacks column(s) {', '.join(sorted(missing))}")
    return list(reader)


def load_dictionary(path: str | Path) -> list[Actor]:
    """Actors from a user dictionary file (`.yaml`/`.yml`, `.csv` or Phoenix `.actors.txt`)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot read dictionary: {exc}") from exc
    if path.name.lower().endswith(".actors.txt") or (
            path.suffix.lower() not in (".csv", ".yaml", ".yml") and phoenix.looks_like_phoenix(text)):
        return phoenix.load_phoenix_actors(path)
    if path.suffix.lower() == ".csv":
        entries = _entries_from_csv(text, str(path))
        # Row 1 is the header, so entry i sits on line i + 2.
        return [actor_from_entry(e, f"{path}:{i + 2}") for i, e in enumerate(entries)]
    entries = _entries_from_yaml(text, str(path))
    return [actor_from_entry(e, f"{path}: entry {i + 1}") for i, e in enumerate(entries)]


@lru_cache(maxsize=1)
def shipped_actors() -> tuple[Actor, ...]:
    path = resources.files("faultline") / "data" / "actors.yaml"
    entries = _entries_from_yaml(path.read_text(encoding="utf-8"), "data/actors.yaml")
    return tuple(actor_from_entry(e, f"data/actors.yaml: entry {i + 1}") for i, e in enumerate(entries))
