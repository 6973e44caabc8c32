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


def test_an_older_dictionary_without_sections_reads_the_same_way(tmp_path, shared):
    """Older PETRARCH dictionaries (such as a test suite's) have HTML comments, no section
    headers, and synonym sets between verb blocks."""
    source = tmp_path / "older.txt"
    source.write_text("<!-- A DICTIONARY WRITTEN FOR THIS TEST -->\n&TIES_\n+LINKS\n+BONDS\n\n"
                      "--- MEND  [064]  ---\nMEND\n- * &TIES [065]\n\n&EXTRA\n+PACTS\n\n"
                      "--- SCOLD  [111] ---\nSCOLD\n+CHIDE\n", encoding="utf-8")
    data = cameo.read_verb_dictionary(source)
    assert [(b["code"], b["verbs"]) for b in data["blocks"]] == [("064", ["mend"]), ("111", ["scold", "chide"])]
    assert data["blocks"][0]["patterns"] == [{"code": "065", "before": [], "after": ["&ties"]}]
    assert data["synonyms"] == {"TIES": ["links", "bonds"], "EXTRA": ["pacts"]}
    assert data["plover"]["111"]["type"] == "ACCUSE" and "older.txt" in data["source"]["verbs"]


def test_a_dictionary_given_for_the_run_speaks_before_our_own_verbs(tmp_path, shared):
    from faultline.model import Article
    from faultline.pipeline import Options, Pipeline

    source = tmp_path / "mine.txt"
    source.write_text("--- ATTACK  [111] ---\nATTACK\n", encoding="utf-8")  # "attack" coded as a criticism
    pipeline = Pipeline(Options(verbs=str(source)))
    text = "Kenya attacked Ethiopia on Monday."
    result = pipeline.extract(pipeline.document(Article(origin="t", raw=text.encode(), text=text)))
    assert [(e.type, e.cameo, e.cameo_code) for e in result.events] == [("ACCUSE", "11", "111")]
