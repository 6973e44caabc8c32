"""User dictionaries in faultline's own YAML and CSV formats, and the shipped knowledge."""
import pytest

from faultline.errors import DictionaryError
from faultline.knowledge import load_dictionary, load_knowledge
from faultline.model import Article
from faultline.pipeline import Options, Pipeline


def test_yaml_dictionary(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("actors:\n  - name: Northern Lakes Brigade\n    type: armed_group\n"
                    "    aliases: [NLB, Lakes Brigade]\n    country: KEN\n    code: KENREB\n", encoding="utf-8")
    (actor,) = load_dictionary(path)
    assert actor.id == "northern-lakes-brigade" and actor.type == "armed_group" and actor.country == "KEN"
    assert actor.forms == {"Northern Lakes Brigade": "name", "NLB": "alias", "Lakes Brigade": "alias"}
    assert actor.codes == {"cameo": "KENREB"}


def test_csv_dictionary(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("name,aliases,type,country,code\nCoastal Defence League,CDL|the League,armed_group,TZA,TZAREB\n"
                    "Port Ama Monitor,,media,,\n", encoding="utf-8")
    league, monitor = load_dictionary(path)
    assert league.forms == {"Coastal Defence League": "name", "CDL": "alias", "the League": "alias"}
    assert league.country == "TZA" and monitor.type == "media" and monitor.country is None


@pytest.mark.parametrize("content, message", [
    ("name,type\nX Front,militia\n", "mine.csv:2"),
    ("name,aliases\nX Front,XF\n", "lacks column"),
    ("- {name: X Front, type: armed_group, country: Kenya}\n", "alpha-3"),
    ("actors: [unclosed\n", "not valid YAML"),
])
def test_bad_dictionary_names_file_and_entry(tmp_path, content, message):
    path = tmp_path / ("mine.csv" if content.startswith("name") else "mine.yaml")
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_dictionary(path)


def test_user_dictionary_is_used_by_the_pipeline_and_leaves_shipped_knowledge_alone(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("- {id: hamas, name: Hamas, type: armed_group, aliases: [Harakat Hamas]}\n"
                    "- {name: Northern Lakes Brigade, type: armed_group, aliases: [NLB]}\n", encoding="utf-8")
    pipeline = Pipeline(Options(dictionaries=(str(path),)))
    doc = pipeline.document(Article(origin="t", raw=b"t", text="The NLB and Harakat Hamas met."))
    found = {(m.span.text, m.entity) for m in pipeline.extract(doc).mentions}
    assert ("NLB", "northern-lakes-brigade") in found and ("Harakat Hamas", "hamas") in found
    assert "Harakat Hamas" not in load_knowledge().by_id["hamas"].forms


def test_every_country_is_known_with_short_names_and_demonyms():
    k = load_knowledge()
    assert k.by_id["IRN"].forms.get("Iran") == "name" and k.by_id["IRN"].forms.get("Iranian") == "adjective"
    assert len([a for a in k.actors if a.type == "state"]) >= 249
