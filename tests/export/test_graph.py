"""The actor network as GraphML (validated against a schema) and GEXF, for Gephi."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from store.samples import sample_analysis  # tests/store/samples.py

from export.conftest import FORMULA_TITLE
from faultline.export import export
from faultline.export.graph import GEXF_NS, GRAPHML_NS

GRAPHML_XSD = Path(__file__).with_name("graphml.xsd")  # see its header: why not the official file
G, X = {"g": GRAPHML_NS}, {"x": GEXF_NS}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(GRAPHML_XSD)))


def graphml_items(path: Path, kind: str) -> dict[str, dict[str, str]]:
    """Each node's or edge's data by attribute name, keyed by its label."""
    tree = etree.parse(str(path))
    names = {k.get("id"): k.get("attr.name") for k in tree.iterfind("g:key", G)}
    items = {}
    for element in tree.iterfind(f"g:graph/g:{kind}", G):
        data = {names[d.get("key")]: d.text for d in element.iterfind("g:data", G)}
        data.update({k: v for k, v in element.attrib.items()})
        items[data["label"] if kind == "node" else data["tie_id"]] = data
    return items


def test_graphml_of_an_analysis_validates_against_the_schema(reported, schema, tmp_path):
    (path,) = export(reported, "graphml", tmp_path)
    assert path.name == "network.graphml"
    assert schema.validate(etree.parse(str(path))), schema.error_log
    nodes = graphml_items(path, "node")
    assert {"Northern Front", "Iran", "Hezbollah", "Hamas"} <= set(nodes)
    assert nodes["Iran"]["type"] == "state" and nodes["Iran"]["country"] == "IRN"
    edges = {(nodes_by_id(nodes)[e["source"]], e["label"], nodes_by_id(nodes)[e["target"]]): e
             for e in graphml_items(path, "edge").values()}
    assert edges["Iran", "funds", "Hezbollah"]["directed"] == "true"
    allies = next(e for k, e in edges.items() if k[1] == "allied_with")
    assert allies["directed"] == "false"
    assert allies["num_sources"] == "1" and allies["outlets"] == "Sahel Wire"
    assert allies["title"] == FORMULA_TITLE  # a formula is text to XML: kept as written


def nodes_by_id(nodes: dict[str, dict[str, str]]) -> dict[str, str]:
    return {n["id"]: label for label, n in nodes.items()}


def test_the_schema_refuses_an_edge_to_no_node(schema):
    broken = (f'<graphml xmlns="{GRAPHML_NS}"><graph edgedefault="directed"><node id="n0"/>'
              f'<edge source="n0" target="n9"/></graph></graphml>')
    assert not schema.validate(etree.fromstring(broken))


def test_graphml_keeps_amounts_typed_and_hostile_names_as_text(schema, tmp_path):
    analysis = sample_analysis()
    analysis.entities[0].name = "<script>alert(1)</script>"   # hezbollah
    analysis.entities[1].name = "=cmd|' /C calc'!A0\x07"       # iran, with a control character
    (path,) = export(analysis, "graphml", tmp_path)
    assert schema.validate(etree.parse(str(path))), schema.error_log
    nodes = graphml_items(path, "node")
    assert "<script>alert(1)</script>" in nodes
    assert "=cmd|' /C calc'!A0\ufffd" in nodes  # XML holds no BEL: the replacement character
    (tie,) = graphml_items(path, "edge").values()
    assert (tie["amount_text"], tie["amount_value"], tie["amount_currency"]) == ("$700m a year", "700000000.0", "USD")
    keys = {k.get("attr.name"): k.get("attr.type")
            for k in etree.parse(str(path)).iterfind("g:key[@for='edge']", G)}
    assert keys["amount_value"] == "double" and keys["num_sources"] == "long" and keys["weight"] == "double"


def test_gexf_parses_with_declared_attributes_and_undirected_alliances(reported, tmp_path):
    (path,) = export(reported, "gexf", tmp_path)
    assert path.name == "network.gexf"
    tree = etree.parse(str(path))
    assert tree.getroot().get("version") == "1.2"
    declared = {a.get("id") for a in tree.iterfind("x:graph/x:attributes[@class='edge']/x:attribute", X)}
    labels = {n.get("id"): n.get("label") for n in tree.iterfind("x:graph/x:nodes/x:node", X)}
    edges = list(tree.iterfind("x:graph/x:edges/x:edge", X))
    assert edges and all(e.get("source") in labels and e.get("target") in labels for e in edges)
    for edge in edges:
        assert {v.get("for") for v in edge.iterfind("x:attvalues/x:attvalue", X)} <= declared
    kinds = {(labels[e.get("source")], e.get("label"), labels[e.get("target")]): e.get("type") for e in edges}
    assert kinds["Iran", "funds", "Hezbollah"] == "directed"
    assert next(t for k, t in kinds.items() if k[1] == "allied_with") == "undirected"


def test_gexf_keeps_a_script_name_as_text(tmp_path):
    analysis = sample_analysis()
    analysis.entities[0].name = "<script>alert(1)</script>"
    (path,) = export(analysis, "gexf", tmp_path)
    assert b"<script>" not in path.read_bytes()
    labels = {n.get("label") for n in etree.parse(str(path)).iterfind("x:graph/x:nodes/x:node", X)}
    assert "<script>alert(1)</script>" in labels
