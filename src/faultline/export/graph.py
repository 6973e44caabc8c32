"""The actor network for Gephi, yEd, Cytoscape or networkx: `--format graphml` writes
`network.graphml`, `--format gexf` writes `network.gexf` (GEXF 1.2).

Nodes are the actors, with the columns of the actors table (`faultline.export.network`):
`label` (the name), type, country, aliases ("; "-joined), mentions, documents, ... Edges are
the ties, one per tie a document states (Gephi merges parallel ones, adding their weights of
1), labelled with the tie's type and carrying its columns: amount (text, value, currency,
low, high), attributed_to, outlets, evidence, num_sources, num_articles, ... Ties of a
symmetric type (allied_with, rival_of) are undirected edges, the others directed from
subject to object. Node ids are n0, n1, ... (the actor's id is its `actor_id`), edge ids
e0, e1, ... (the tie's id is its `tie_id`); an empty value is left out.

Written with lxml, which escapes markup in names and evidence; characters XML cannot hold
(control characters a web page may carry) become U+FFFD.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
from lxml import etree

from faultline.export.index import SEPARATOR
from faultline.export.network import actors_table, ties_table
from faultline.model import Analysis

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://www.gexf.net/1.2draft"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Arrow type -> (GraphML attr.type, GEXF type)
_TYPES = {pa.string(): ("string", "string"), pa.int64(): ("long", "long"),
          pa.float64(): ("double", "double"), pa.bool_(): ("boolean", "boolean")}


@dataclass
class Node:
    id: str
    attributes: dict[str, Any]


@dataclass
class Edge:
    id: str
    source: str
    target: str
    directed: bool
    attributes: dict[str, Any]


@dataclass
class Network:
    """Nodes and edges with their attributes, and each attribute's (GraphML, GEXF) type."""
    nodes: list[Node]
    edges: list[Edge]
    node_types: dict[str, tuple[str, str]]
    edge_types: dict[str, tuple[str, str]]


def network(analysis: Analysis) -> Network:
    """The actors as nodes and the ties as edges, with their attribute types."""
    actors, ties = actors_table(analysis), ties_table(analysis)
    actors = actors.rename_columns(["label" if n == "name" else n for n in actors.column_names])
    ties = ties.append_column("weight", pa.array([1.0] * ties.num_rows, pa.float64()))
    ties = ties.rename_columns(["label" if n == "type" else n for n in ties.column_names])
    ids: dict[str, str] = {}
    nodes = []
    for row in actors.to_pylist():
        ids[row["actor_id"]] = f"n{len(ids)}"
        nodes.append(Node(ids[row["actor_id"]], row))
    edges = []
    for i, row in enumerate(ties.to_pylist()):
        for end in (row["subject_id"], row["object_id"]):
            if end not in ids:  # an actor the analysis lacks (a partial load): a bare node
                ids[end] = f"n{len(ids)}"
                nodes.append(Node(ids[end], {"actor_id": end, "label": end}))
        edges.append(Edge(f"e{i}", ids[row["subject_id"]], ids[row["object_id"]],
                          not row["symmetric"], row))
    return Network(nodes, edges, _attribute_types(actors.schema), _attribute_types(ties.schema))


def write_graphml(analysis: Analysis, out_dir: Path) -> list[Path]:
    net = network(analysis)
    root = etree.Element(f"{{{GRAPHML_NS}}}graphml", nsmap={None: GRAPHML_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation",
             f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
    keys = {}
    for kind, types in (("node", net.node_types), ("edge", net.edge_types)):
        for name, (graphml_type, _) in types.items():
            keys[kind, name] = f"{kind[0]}_{name}"
            etree.SubElement(root, f"{{{GRAPHML_NS}}}key", {
                "id": keys[kind, name], "for": kind, "attr.name": name, "attr.type": graphml_type})
    graph = etree.SubElement(root, f"{{{GRAPHML_NS}}}graph", id="faultline", edgedefault="directed")
    for n in net.nodes:
        node = etree.SubElement(graph, f"{{{GRAPHML_NS}}}node", id=n.id)
        _graphml_data(node, n.attributes, keys, "node")
    for e in net.edges:
        edge = etree.SubElement(graph, f"{{{GRAPHML_NS}}}edge", id=e.id, source=e.source,
                                target=e.target, directed=_xml_value(e.directed))
        _graphml_data(edge, e.attributes, keys, "edge")
    return [_write(root, out_dir / "network.graphml")]


def write_gexf(analysis: Analysis, out_dir: Path) -> list[Path]:
    net = network(analysis)
    root = etree.Element(f"{{{GEXF_NS}}}gexf", nsmap={None: GEXF_NS, "xsi": XSI_NS}, version="1.2")
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{GEXF_NS} http://www.gexf.net/1.2draft/gexf.xsd")
    meta = etree.SubElement(root, f"{{{GEXF_NS}}}meta")
    etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "faultline"
    graph = etree.SubElement(root, f"{{{GEXF_NS}}}graph", defaultedgetype="directed", mode="static")
    for kind, types in (("node", net.node_types), ("edge", net.edge_types)):
        attributes = etree.SubElement(graph, f"{{{GEXF_NS}}}attributes", {"class": kind})
        for name, (_, gexf_type) in types.items():
            etree.SubElement(attributes, f"{{{GEXF_NS}}}attribute", id=name, title=name, type=gexf_type)
    nodes = etree.SubElement(graph, f"{{{GEXF_NS}}}nodes")
    for n in net.nodes:
        node = etree.SubElement(nodes, f"{{{GEXF_NS}}}node", id=n.id, label=_xml_value(n.attributes["label"]))
        _gexf_values(node, n.attributes, net.node_types)
    edges = etree.SubElement(graph, f"{{{GEXF_NS}}}edges")
    for e in net.edges:
        edge = etree.SubElement(edges, f"{{{GEXF_NS}}}edge", id=e.id, source=e.source, target=e.target,
                                type="directed" if e.directed else "undirected",
                                label=_xml_value(e.attributes["label"]),
                                weight=_xml_value(e.attributes["weight"]))
        _gexf_values(edge, e.attributes, net.edge_types)
    return [_write(root, out_dir / "network.gexf")]


def _graphml_data(parent: etree._Element, attrs: dict[str, Any], keys: dict, kind: str) -> None:
    for name, value in attrs.items():
        if value is not None:
            etree.SubElement(parent, f"{{{GRAPHML_NS}}}data", key=keys[kind, name]).text = _xml_value(value)


def _gexf_values(parent: etree._Element, attrs: dict[str, Any], types: dict[str, tuple[str, str]]) -> None:
    """Attribute values beyond the element's own label and weight."""
    values = etree.SubElement(parent, f"{{{GEXF_NS}}}attvalues")
    for name, value in attrs.items():
        if value is not None and name in types and name not in ("label", "weight"):
            etree.SubElement(values, f"{{{GEXF_NS}}}attvalue", {"for": name, "value": _xml_value(value)})


def _attribute_types(schema: pa.Schema) -> dict[str, tuple[str, str]]:
    """Each column's (GraphML, GEXF) type: lists and dates are written as text."""
    return {f.name: _TYPES.get(f.type, ("string", "string")) for f in schema}


def _xml_value(value: Any) -> str:
    """A value as XML text: booleans in XML Schema's words, lists joined, dates in ISO form."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = SEPARATOR.join(value)
    elif isinstance(value, datetime.date):
        value = value.isoformat()
    return _NOT_XML.sub("\ufffd", str(value))


def _write(root: etree._Element, path: Path) -> Path:
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return path
