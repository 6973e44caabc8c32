"""knowledge/places.py: the offline gazetteer (GeoNames cities, countries, regions.yaml,
ISO 3166-2 subdivisions), its name normalisation, ranking by context and is_place."""
from __future__ import annotations

from importlib import resources

import pycountry
import pytest
import yaml

from faultline.knowledge.places import Gazetteer, Place, load_gazetteer, place_key
from faultline.model import LOCATION_PRECISIONS, Location


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def near(place: Place | None, lat: float, lon: float, tolerance: float = 0.5) -> bool:
    return (place is not None and place.lat is not None and place.lon is not None
            and abs(place.lat - lat) <= tolerance and abs(place.lon - lon) <= tolerance)


# ---- normalisation -------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["Khan Younis", "Khān Yūnis", "Khan Yunis", "Khan-Yunis",
                                  "KHAN YUNIS", "Khan  Yunis"])
def test_places_khan_younis_spellings_all_resolve(gazetteer, name):
    place = gazetteer.best(name)
    assert place.country == "PSE" and place.precision == "city"
    assert near(place, 31.34, 34.31)


def test_places_key_folds_accents_apostrophes_hyphens_and_the():
    assert place_key("Khān Yūnis") == place_key("Khan-Yunis") == "khan yunis"
    assert place_key("Dar‘ā") == place_key("Dar'a") == "dara"
    assert place_key("the Mediterranean") == "mediterranean"
    assert place_key("The") == "the"


# ---- context, kinds and population ---------------------------------------------------------
def test_places_rafah_follows_the_document_country_context(gazetteer):
    palestinian = gazetteer.best("Rafah", {"PSE", "ISR"})
    egyptian = gazetteer.best("Rafah", {"EGY"})
    assert (palestinian.country, palestinian.precision) == ("PSE", "city")
    assert (egyptian.country, egyptian.precision) == ("EGY", "city")
    assert palestinian.id != egyptian.id
    assert near(palestinian, 31.30, 34.24) and near(egyptian, 31.28, 34.24)
    assert {p.country for p in gazetteer.lookup("Rafah")} >= {"PSE", "EGY"}


def test_places_gaza_is_the_strip_and_gaza_city_the_city(gazetteer):
    strip = gazetteer.best("Gaza")
    assert (strip.id, strip.precision, strip.country) == ("region:gaza-strip", "region", "PSE")
    assert gazetteer.best("the Gaza Strip").id == "region:gaza-strip"
    city = gazetteer.best("Gaza City")
    assert (city.precision, city.country) == ("city", "PSE")
    assert near(city, 31.50, 34.47)
    assert any(p.kind == "city" for p in gazetteer.lookup("Gaza"))     # still a candidate


def test_places_beirut_is_the_lebanese_city(gazetteer):
    place = gazetteer.best("Beirut")
    assert (place.country, place.precision) == ("LBN", "city")
    assert near(place, 33.89, 35.50)


@pytest.mark.parametrize("name", ["El Fasher", "Al Fashir", "Al-Fashir", "El-Fasher", "Fasher"])
def test_places_el_fasher_spellings(gazetteer, name):
    place = gazetteer.best(name)
    assert (place.country, place.precision) == ("SDN", "city")
    assert near(place, 13.63, 25.35)


def test_places_goma_is_in_the_drc(gazetteer):
    place = gazetteer.best("Goma")
    assert (place.country, place.precision) == ("COD", "city")
    assert near(place, -1.67, 29.23)


@pytest.mark.parametrize("name", ["Kharkiv", "Kharkov", "Charkiw"])
def test_places_kharkiv_and_its_older_spellings(gazetteer, name):
    place = gazetteer.best(name)
    assert (place.country, place.precision) == ("UKR", "city")
    assert near(place, 49.98, 36.25)


@pytest.mark.parametrize("name", ["Hodeidah", "Al Hudaydah", "Al-Hudaydah", "Hudaydah",
                                  "Hodeida"])
def test_places_hodeidah_with_and_without_its_article(gazetteer, name):
    place = gazetteer.best(name)
    assert (place.country, place.precision) == ("YEM", "city")
    assert near(place, 14.80, 42.95)


@pytest.mark.parametrize("name", ["Donbas", "Donbass", "the Donbas"])
def test_places_donbas_is_a_region(gazetteer, name):
    place = gazetteer.best(name)
    assert (place.id, place.precision, place.country) == ("region:donbas", "region", "UKR")
    assert near(place, 48.2, 38.5, tolerance=1.0)


@pytest.mark.parametrize("name", ["Mediterranean", "the Mediterranean", "Mediterranean Sea"])
def test_places_mediterranean_is_a_sea_without_a_country(gazetteer, name):
    place = gazetteer.best(name)
    assert (place.kind, place.precision, place.country) == ("sea", "region", None)


@pytest.mark.parametrize("name, code", [("Syria", "SYR"), ("Turkey", "TUR"), ("Türkiye", "TUR"),
                                        ("DRC", "COD"), ("Palestine", "PSE"), ("Kosovo", "XKX")])
def test_places_country_names_have_country_precision(gazetteer, name, code):
    place = gazetteer.best(name)
    assert (place.id, place.precision, place.country) == (f"country:{code}", "country", code)


def test_places_a_huge_city_outweighs_a_small_namesake_in_context(gazetteer):
    assert gazetteer.best("Paris", {"USA"}).country == "FRA"
    assert gazetteer.best("Tripoli").country == "LBY"
    assert gazetteer.best("Tripoli", {"LBN"}).country == "LBN"


def test_places_own_name_beats_a_junk_alternate(gazetteer):
    # GeoNames lists "Sloviansk" among Nikopol's alternates too
    assert gazetteer.best("Sloviansk").name == "Slovyansk"
    assert gazetteer.best("Bethlehem", {"PSE", "ISR"}).country == "PSE"
    assert gazetteer.best("Medina").country == "SAU"


def test_places_city_before_same_named_subdivision(gazetteer):
    kinds = [p.kind for p in gazetteer.lookup("Idlib")]
    assert kinds[0] == "city" and "subdivision" in kinds
    province = gazetteer.best("Idlib province")
    assert (province.id, province.precision) == ("region:idlib-governorate", "region")


def test_places_regions_yaml_wins_over_the_pycountry_subdivision(gazetteer):
    assert gazetteer.best("Nord-Kivu").id == gazetteer.best("North Kivu").id == "region:north-kivu"
    assert not any(p.id == "subdivision:CD-NK" for p in gazetteer.lookup("North Kivu"))


def test_places_subdivision_type_suffix_is_a_name(gazetteer):
    place = gazetteer.best("Khan Yunis Governorate")
    assert (place.kind, place.precision, place.country) == ("subdivision", "region", "PSE")
    assert near(place, 31.34, 34.31)                        # at its same-named city


# ---- misses, fuzzy, is_place ---------------------------------------------------------------
def test_places_unknown_name_is_none(gazetteer):
    assert gazetteer.best("Qwzxplorvania") is None
    assert gazetteer.lookup("Qwzxplorvania") == []
    assert not gazetteer.is_place("Qwzxplorvania")
    assert gazetteer.best("") is None and not gazetteer.is_place("")


def test_places_fuzzy_is_off_by_default(gazetteer):
    assert gazetteer.best("Mariupl") is None
    assert gazetteer.best("Mariupl", fuzzy=True).name == "Mariupol"
    assert gazetteer.best("Gazaa", fuzzy=True) is None       # too short for a fuzzy match


@pytest.mark.parametrize("word", ["Mobile", "Nice", "Reading", "Split", "Of", "North", "David"])
def test_places_stoplist_words_are_not_places(gazetteer, word):
    assert not gazetteer.is_place(word)


def test_places_stoplist_leaves_lookup_alone(gazetteer):
    assert gazetteer.best("Nice").country == "FRA"


@pytest.mark.parametrize("word", ["Hamas", "Yunus", "Monday", "President", "Clinton"])
def test_places_words_that_only_a_junk_alternate_knows_are_not_places(gazetteer, word):
    assert not gazetteer.is_place(word)


@pytest.mark.parametrize("name", ["Gaza", "Khan Younis", "Kharkov", "Jenin", "Syria", "Donbass",
                                  "Red Sea", "Hodeidah", "Hama", "Goma", "El Fasher", "Idlib"])
def test_places_real_places_are_places(gazetteer, name):
    assert gazetteer.is_place(name)


# ---- output and data -----------------------------------------------------------------------
def test_places_to_location(gazetteer):
    place = gazetteer.best("Rafah", {"PSE"})
    location = place.to_location("E7")
    assert isinstance(location, Location)
    assert (location.name, location.precision, location.entity, location.country) == (
        place.name, "city", "E7", "PSE")
    assert (location.lat, location.lon) == (place.lat, place.lon)
    assert place.to_location(name="Rafah").name == "Rafah"
    assert gazetteer.best("Syria").to_location().precision == "country"


def test_places_every_place_has_a_contract_precision(gazetteer):
    for name in ["Gaza", "Rafah", "Syria", "Idlib", "Strait of Hormuz", "Sahel"]:
        for place in gazetteer.lookup(name):
            assert place.precision in LOCATION_PRECISIONS


def test_places_added_places_are_found():
    gazetteer = Gazetteer(not_places=["Nowhere"])
    place = Place("Nowhere", None, 0.0, 0.0, "point", "region", None, "region:nowhere")
    gazetteer.add(place, names=["Nowhere-Land"])
    assert gazetteer.best("nowhere land") == place
    assert len(gazetteer) == 2 and not gazetteer.is_place("Nowhere")


def test_places_regions_yaml_is_well_formed():
    path = resources.files("faultline") / "data" / "regions.yaml"
    text = path.read_text(encoding="utf-8")
    assert "written by hand for faultline" in text
    data = yaml.safe_load(text)
    ids = [entry["id"] for entry in data["regions"]]
    assert len(ids) == len(set(ids)) >= 50
    for entry in data["regions"]:
        assert entry["kind"] in ("region", "sea", "strait", "territory"), entry
        assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180, entry
        assert entry["country"] is None or pycountry.countries.get(alpha_3=entry["country"]), entry
    assert "Mobile" in data["not_places"]


def test_places_a_city_carries_its_first_level_area(gazetteer):
    assert gazetteer.best("Goma", {"COD"}).admin1 == "Nord Kivu"
    assert gazetteer.best("Kharkiv").to_location().admin1 == "Kharkiv"


def test_places_a_country_has_no_coordinates_not_its_capitals(gazetteer):
    place = gazetteer.best("Niger")
    assert (place.kind, place.precision, place.lat, place.lon) == ("country", "country", None, None)


def test_admin1_table_rows_are_well_formed():
    from faultline.knowledge.admin1 import admin1_names
    names = admin1_names()
    assert len(names) > 3000 and names["NG", "27"] == "Borno"
    assert all(len(cc) == 2 and code and name for (cc, code), name in names.items())
