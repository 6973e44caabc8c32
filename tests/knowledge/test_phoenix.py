"""knowledge/phoenix.py: Phoenix/PETRARCH actor and agent dictionaries as faultline actors."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from faultline.errors import DictionaryError
from faultline.knowledge.dictionaries import load_dictionary
from faultline.knowledge.phoenix import (CameoCode, current_code, load_phoenix_actors,
                                         load_phoenix_agents, looks_like_phoenix, natural_case,
                                         phoenix_notice, read_phoenix_actors)
from faultline.model import Actor

ACTORS = """\
# A small Phoenix actor dictionary (comment line)
<!-- an XML comment
     over two lines -->

BARACK_OBAMA
+PRESIDENT_OBAMA_
+OBAMA
\t[USAELI 780101-000101]
\t[USAGOV >090120]

HAMAS [PSEREBHMS]  # militant group
+ISLAMIC_RESISTANCE_MOVEMENT_
AFGHANISTAN_  [AFG]
+AFGHAN_

UN_SECRETARY_GENERAL
+UNSG
\t[IGOUNO]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_phoenix_actors_snippet_gives_exact_actors(tmp_path):
    path = write(tmp_path, "small.actors.txt", ACTORS)
    source = str(path)
    assert load_phoenix_actors(path) == [
        Actor(id="phoenix:barack-obama", name="Barack Obama", type="person",
              forms={"Barack Obama": "name", "President Obama": "alias", "Obama": "alias"},
              country="USA",
              codes={"cameo": "USAGOV",
                     "cameo_all": ["USAELI 1978-01-01/2000-01-01", "USAGOV 2009-01-20/.."]},
              sector="government", source=source),
        Actor(id="phoenix:hamas", name="Hamas", type="armed_group",
              forms={"Hamas": "name", "Islamic Resistance Movement": "alias"}, country="PSE",
              codes={"cameo": "PSEREBHMS", "cameo_all": ["PSEREBHMS"]}, sector="militant",
              source=source),
        Actor(id="phoenix:afghanistan", name="Afghanistan", type="state",
              forms={"Afghanistan": "name", "Afghan": "alias"}, country="AFG",
              codes={"cameo": "AFG", "cameo_all": ["AFG"]}, sector="state", source=source),
        Actor(id="phoenix:un-secretary-general", name="UN Secretary General", type="organization",
              forms={"UN Secretary General": "name", "UNSG": "alias"}, country=None,
              codes={"cameo": "IGOUNO", "cameo_all": ["IGOUNO"]}, sector="igo", source=source),
    ]


def test_phoenix_current_code_prefers_open_then_default_then_latest_end():
    old = CameoCode("HOBGOV", "1995-06-01", "1999-08-15", "19950601-19990815")
    before = CameoCode("HOB", None, "1995-06-01", "<950601")
    default = CameoCode("HOBCVL")
    opened = CameoCode("HOBREB", "1999-08-16", None, ">990816")
    later = CameoCode("HOBELI", "2013-01-19", None, ">20130119")
    assert current_code([before, old, opened, default, later]) == later
    assert current_code([before, old, default]) == default
    assert current_code([before, old]) == old
    assert current_code([CameoCode("---")]) is None


def test_phoenix_inline_codes_default_wins_over_ended_tenure(tmp_path):
    path = write(tmp_path, "un.actors.txt",
                 "KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]# IGOrulers.txt\n"
                 "+K._ANNAN_\n")
    (annan,) = load_phoenix_actors(path)
    assert (annan.name, annan.type, annan.sector, annan.country) == ("Kofi Annan", "person", "elite", None)
    assert annan.forms == {"Kofi Annan": "name", "K. Annan": "alias"}
    assert annan.codes == {"cameo": "ELI", "cameo_all": ["IGOUNO 1997-01-01/2006-12-31", "ELI"]}


def test_phoenix_codeless_name_shares_the_next_entrys_codes(tmp_path):
    path = write(tmp_path, "un.actors.txt",
                 "U.N._\n\n# Secretaries General\nUN_SECRETARY_GENERAL\n+UNSG\n\t[IGOUNO]\n"
                 "AMERICAN_VICE_PRESIDENT\n+US_VICE_PRESIDENT\n"
                 "AMERICAN_VICE-PRESIDENT\n\t[USAGOV]\n")
    actors = load_phoenix_actors(path)
    assert [(a.id, a.type, a.codes["cameo"]) for a in actors] == [
        ("phoenix:u-n", "organization", "IGOUNO"),
        ("phoenix:un-secretary-general", "organization", "IGOUNO"),
        ("phoenix:american-vice-president", "organization", "USAGOV")]
    # Both spellings of the vice-president slug alike: one actor.
    assert actors[2].forms == {"American Vice President": "name", "US Vice President": "alias",
                               "American Vice-President": "name"}


def test_phoenix_null_codes_parentheses_and_duplicates(tmp_path):
    path = write(tmp_path, "misc.actors.txt",
                 "INDIAN_OCEAN  [---]\n"
                 "ANIMAL_LIBERATION_FRONT_(ALF)_ [GBRREB]\n"
                 "LIBERAL_PARTY_(COLOMBIA)_ [COLPTY]\n"
                 "ROYAL_BANK [MNCGBR]\n"
                 "ROYAL_BANK [MNCGBRBUS]\n+RB_GROUP\n")
    result = read_phoenix_actors(path)
    assert result.skipped_entries == 1                       # [---] only: not an actor
    front, party, bank = result.actors
    assert front.forms == {"Animal Liberation Front (ALF)": "name",
                           "Animal Liberation Front": "name", "ALF": "alias"}
    assert front.type == "armed_group"
    assert party.forms == {"Liberal Party (Colombia)": "name", "Liberal Party": "name"}
    assert (party.type, party.sector, party.country) == ("organization", "party", "COL")
    assert bank.id == "phoenix:royal-bank" and bank.country == "GBR"
    assert bank.forms == {"Royal Bank": "name", "RB Group": "alias"}
    assert bank.codes == {"cameo": "MNCGBRBUS", "cameo_all": ["MNCGBR", "MNCGBRBUS"]}


def test_phoenix_milnonstate_file_gives_armed_groups(tmp_path):
    path = write(tmp_path, "Phoenix.MilNonState.actors.txt",
                 "CONTINUITY_IRISH_REPUBLICAN_ARMY_(CIRA)_ [WEU]\n+CONTINUITY_IRA_\n"
                 "SHEIKH_AHMED_YASSIN\n\t[PSEREBHMS 19870101-20040322]\n")
    cira, yassin = load_phoenix_actors(path)
    assert (cira.name, cira.type, cira.country) == (
        "Continuity Irish Republican Army (CIRA)", "armed_group", None)
    assert "CIRA" in cira.forms and "Continuity IRA" in cira.forms
    assert (yassin.name, yassin.type, yassin.country) == ("Sheikh Ahmed Yassin", "person", "PSE")


def test_phoenix_tolerated_oddities_are_noted_not_fatal(tmp_path, caplog):
    path = write(tmp_path, "odd.actors.txt",
                 "A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\n"
                 "FAEROE_ISLANDS [DNKFRO]\n+FAEROYENE]_\n"
                 "BAN_KI-MOON\n\t[KORGOVBUS 2004017-20061201]\n\t[IGOUNO >20070101]\n")
    with caplog.at_level(logging.WARNING, logger="faultline.knowledge.phoenix"):
        actors = load_phoenix_actors(path)
    belo, faeroe, ban = actors
    assert (belo.name, belo.type) == ("A.H. Belo Corporation", "media")
    assert faeroe.forms == {"Faeroe Islands": "name", "Faeroyene": "alias"}
    assert faeroe.type == "state" and faeroe.country == "DNK"
    assert ban.codes == {"cameo": "IGOUNO",
                         "cameo_all": ["KORGOVBUS 2004017-20061201", "IGOUNO 2007-01-01/.."]}
    assert len(read_phoenix_actors(path).notes) == 3
    assert "odd.actors.txt: 3 line(s)" in caplog.text


@pytest.mark.parametrize("text, line", [
    ("HAMAS [PSEREB\n", 1),                                  # '[' never closed
    ("# header\n+ORPHAN_SYNONYM\nHAMAS [PSEREB]\n", 2),      # synonym before any name
    ("\t[AFGGOV]\nAFGHANISTAN [AFG]\n", 1),                  # code before any name
    ("AFGHANISTAN [AFG]\nKABUL [AFG;GOV]\n", 2),             # illegal code characters
    ("AFGHANISTAN [AFG]\nKABUL []\n", 2),                    # empty code
    ("AFGHANISTAN [AFG]\n<!-- never closed\nKABUL [AFG]\n", 2),
])
def test_phoenix_malformed_line_names_file_and_line(tmp_path, text, line):
    path = write(tmp_path, "bad.actors.txt", text)
    with pytest.raises(DictionaryError, match=rf"bad\.actors\.txt:{line}: "):
        load_phoenix_actors(path)


def test_phoenix_dispatch_through_load_dictionary(tmp_path):
    named = write(tmp_path, "mine.actors.txt", ACTORS)
    sniffed = write(tmp_path, "mine.txt", ACTORS)
    assert load_dictionary(named) == load_phoenix_actors(named)
    assert [a.id for a in load_dictionary(sniffed)] == [a.id for a in load_phoenix_actors(named)]
    # YAML (whose flow lists have brackets) is still read as faultline's own format.
    yaml_path = write(tmp_path, "mine.yaml",
                      "- {name: Hamas, type: armed_group, aliases: [HAMAS], code: PSEREB}\n")
    (hamas,) = load_dictionary(yaml_path)
    assert (hamas.id, hamas.codes) == ("hamas", {"cameo": "PSEREB"})


def test_phoenix_looks_like_phoenix():
    assert looks_like_phoenix(ACTORS)
    assert not looks_like_phoenix("actors:\n  - {name: Hamas, type: armed_group}\n")
    assert not looks_like_phoenix("POLICE {} [~COP]\nREBEL [~REB]\n")       # an agents file
    assert not looks_like_phoenix("name,type\nHamas,armed_group\n")


@pytest.mark.parametrize("written, person, expected", [
    ("SECRETARY-GENERAL_BAN_KI-MOON", True, "Secretary-General Ban Ki-Moon"),
    ("KIM_JONG_UN", True, "Kim Jong Un"),
    ("UN_SECRETARY_GENERAL", False, "UN Secretary General"),
    ("ABU_BAKR_AL-BAGHDADI", True, "Abu Bakr al-Baghdadi"),
    ("LASHKAR-E-TAIBA", False, "Lashkar-e-Taiba"),
    ("COTE_D'IVOIRE_", False, "Cote d'Ivoire"),
    ("O'BRIEN", True, "O'Brien"),
    ("APO'S_REVENGE_HAWKS_", False, "Apo's Revenge Hawks"),
    ("JOHN_MCCLOY_", True, "John McCloy"),
    ("ELIZABETH_II", True, "Elizabeth II"),
    ("GEORGE_W._BUSH", True, "George W. Bush"),
    ("MR_OBAMA_", True, "Mr Obama"),
    ("U.S._ARMY", False, "U.S. Army"),
    ("NATO", False, "NATO"),
    ("PKK", False, "PKK"),
    ("GROUP_OF_77", False, "Group of 77"),
    ("OMEGA-7_", False, "Omega-7"),
    ("13TH_OF_NOVEMBER", False, "13th of November"),
    ("AT&T_", False, "AT&T"),
    ("RECEP_TAYYIP_ERDOĞAN", True, "Recep Tayyip Erdoğan"),
    ("BANK_OF_THE_OZARKS", False, "Bank of the Ozarks"),
])
def test_phoenix_natural_case(written, person, expected):
    assert natural_case(written, frozenset({"UN", "NATO"}), person) == expected


def test_phoenix_agents_snippet(tmp_path):
    path = write(tmp_path, "small.agents.txt",
                 "<!-- agents -->\n"
                 "!PERSON! = MAN, MEN\n"
                 "POLICE {} [~COP] # no plural\n"
                 "REBEL [~REB]\n"
                 "ARMY [~MIL]\n"
                 "CONGRESS!PERSON! [~LEG]\n"
                 "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
                 "MINISTER_OF_DEFENSE [~GOVMIL]\n"
                 "HUMAN_RIGHTS_BODY  [NGO~]\n"
                 "NO_CODE_HERE\n")
    assert load_phoenix_agents(path) == {
        "police": "COP", "rebel": "REB", "army": "MIL", "congressman": "LEG", "congressmen": "LEG",
        "attorney general": "GOV", "minister of defense": "GOVMIL", "human rights body": "NGO",
        "rebels": "REB", "armies": "MIL", "attorneys general": "GOV",
        "ministers of defense": "GOVMIL", "human rights bodies": "NGO",
    }


def test_phoenix_agents_malformed_line(tmp_path):
    path = write(tmp_path, "bad.agents.txt", "POLICE {} [~COP]\nREBEL [~REB\n")
    with pytest.raises(DictionaryError, match=r"bad\.agents\.txt:2: "):
        load_phoenix_agents(path)


def test_phoenix_notice_keeps_mit_attribution():
    notice = phoenix_notice()
    assert "Open Event Data Alliance" in notice and "MIT" in notice
    assert "no file copied into the project" in notice


# ---- the real dictionaries (../shared/external/petrarch2) ---------------------------------
def dictionaries(shared: Path) -> Path:
    path = shared / "external" / "petrarch2" / "dictionaries"
    if not path.is_dir():
        pytest.skip(f"Phoenix dictionaries not found at {path}")
    return path


@pytest.mark.parametrize("name, at_least", [
    ("PETR.Validate.actors.txt", 100),
    ("Phoenix.International.actors.txt", 5000),
    ("Phoenix.MilNonState.actors.txt", 900),
    ("Phoenix.Countries.actors.txt", 15000),
])
def test_phoenix_real_actor_files_load(shared, name, at_least):
    actors = load_dictionary(dictionaries(shared) / name)
    assert len(actors) >= at_least
    assert len({a.id for a in actors}) == len(actors)
    assert all(a.id.startswith("phoenix:") and a.forms and a.codes["cameo"] for a in actors)


def test_phoenix_real_files_spot_checks(shared):
    path = dictionaries(shared)
    validate = {a.id: a for a in load_phoenix_actors(path / "PETR.Validate.actors.txt")}
    assert validate["phoenix:gollum"].codes["cameo"] == "HOBREB"
    assert validate["phoenix:united-states"].forms == {"United States": "name", "USA": "alias",
                                                       "U.S.": "alias"}
    international = {a.id: a for a in load_phoenix_actors(path / "Phoenix.International.actors.txt")}
    nato = international["phoenix:nato"]
    assert (nato.type, nato.codes["cameo"]) == ("organization", "IGOWSTNAT")
    assert international["phoenix:secretary-general-ban-ki-moon"].type == "person"


@pytest.mark.parametrize("name", ["PETR.Validate.agents.txt", "Phoenix.agents.txt"])
def test_phoenix_real_agent_files_load(shared, name):
    agents = load_phoenix_agents(dictionaries(shared) / name)
    assert agents["police"] == "COP"
    assert len(agents) > 100
