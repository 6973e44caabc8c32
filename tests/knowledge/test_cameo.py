"""The CAMEO verb dictionary converter: the shipped file is what the converter makes of the sources."""
import json

import pytest

from faultline.knowledge import cameo


def test_the_shipped_dictionary_is_the_converters_output(shared):
    fresh = cameo.convert(cameo.DEFAULT_CAMEO, cameo.DEFAULT_CROSSWALK)
    shipped = cameo.load_cameo_verbs()
    assert json.loads(json.dumps(fresh)) == shipped


def test_blocks_patterns_and_plover_types(shared):
    data = cameo.load_cameo_verbs()
    kill = next(b for b in data["blocks"] if "kill" in b["verbs"])
    assert kill["code"] == "190" and "shoot down" in kill["verbs"]
    assert data["plover"]["190"] == {"type": "ASSAULT", "mode": None}
    assert data["plover"]["010"] is None  # PLOVER drops public statements
    assert "drone" in data["synonyms"]["AIRCRAFT"]
    assert "MIT" in data["source"]["verbs"] and "CC BY-SA" in data["source"]["plover"]


def test_pattern_syntax_is_flattened_to_words(tmp_path):
    source = tmp_path / "verbs.txt"
    source.write_text("&ARMS\n+RIFLE\n+MORTAR_SHELL\n\n####### VERB PATTERNS #######\n"
                      "---  RUSH   [---]  ---\nRUSH\nSPEED {SPED}\n+SEND_IN\n"
                      "- * {RELIEF AID} (TO $)   [073]   # note\n- + * &ARMS   [194]\n", encoding="utf-8")
    synonyms, blocks = cameo.read_cameo(source)
    assert synonyms == {"ARMS": ["rifle", "mortar shell"]}
    (block,) = blocks
    assert block.code is None and block.verbs == ["rush", "speed", "send in"]
    assert block.patterns == [{"code": "073", "before": [], "after": ["relief", "aid", "to"]},
                              {"code": "194", "before": [], "after": ["&arms"]}]


@pytest.mark.parametrize("code, expected", [("0331", "AGREE"), ("1121", "ACCUSE"), ("195", "ASSAULT"), ("021", None)])
def test_codes_fall_back_to_their_parents_in_the_crosswalk(shared, code, expected):
    table = cameo.read_crosswalk(cameo.DEFAULT_CROSSWALK)
    found = cameo.plover_of(code, table)
    assert (found or {}).get("type") == expected
