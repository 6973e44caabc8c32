"""The typed model serialises to the contract faultline/1, and back."""
import json

import jsonschema
import pytest

from faultline.model import (Amount, Analysis, Claim, Comparison, Count, DateRange, Document, Entity, Event,
                             Fatalities, Framing, Location, Position, Quantity, Relation)
from faultline.pipeline import analyze_paths


def full_analysis() -> Analysis:
    """Every collection and every optional field filled, on text written for this test."""
    text = "Rebels of the Northern Front shelled Port Ama on Monday, killing 12 people, the army said."
    doc = Document(id="d1", source="x.txt", title="Shelling", outlet="Harbour Times", published="2024-03-05",
                   text=text, sha256="0" * 64)
    front = Entity("northern-front", "Northern Front", "armed_group", ["Northern Front"], None, {"cameo": "REB"},
                   [doc.span(14, 28)])
    town = Entity("port-ama", "Port Ama", "location", ["Port Ama"], "KEN", {}, [doc.span(37, 45)])
    return Analysis(
        documents=[doc], entities=[front, town],
        relations=[Relation("r1", "controls", "northern-front", "port-ama", [doc.span(0, 45)],
                            amount=Amount("$5m a year", 5e6, "USD", "year"),
                            date=DateRange("2024-03-04", "2024-03-04", "day", "Monday"), attributed_to="northern-front")],
        events=[Event("e1", "ASSAULT", [doc.span(0, 75)], ["northern-front"], ["port-ama"], "heavy-weapons", "19",
                      DateRange("2024-03-04", "2024-03-04", "day", "on Monday"),
                      Location("Port Ama", "city", "port-ama", "KEN", -1.5, 37.1),
                      Fatalities(Count(12, 12, 12), None), [Quantity(12, "people", "12 people")])],
        claims=[Claim("c1", "indirect", "Rebels of the Northern Front shelled Port Ama", [doc.span(0, 45)],
                      None, "the army", "said", ["northern-front"])],
        comparisons=[Comparison("x1", "contradicts", "killed", {"event": "e1"},
                                [Position("d1", 12, [doc.span(58, 75)]), Position("d2", 30, [])], "12 vs 30")],
        framing=[Framing("northern-front", "d1", ["rebels"], [doc.span(0, 6)])],
    )


@pytest.fixture(scope="module")
def schema(shared):
    return json.loads((shared / "contract" / "analysis.schema.json").read_text())


def assert_spans_exact(data: dict) -> None:
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for key in ("entities", "relations", "events", "claims", "framing"):
        for item in data[key]:
            for span in item["mentions"] if key == "entities" else item.get("evidence", []):
                assert texts[span["doc"]][span["start"]:span["end"]] == span["text"], (key, span)


def test_full_analysis_is_valid_against_contract_schema(schema):
    data = json.loads(full_analysis().to_json())
    jsonschema.validate(data, schema)
    assert data["format"] == "faultline/1"
    assert data["events"][0]["fatalities"] == {"killed": {"best": 12, "low": 12, "high": 12}, "wounded": None,
                                                "beyond_range": []}
    assert_spans_exact(data)


def test_from_dict_round_trips_every_field():
    analysis = full_analysis()
    again = Analysis.from_dict(json.loads(analysis.to_json()))
    assert again == analysis


def test_from_dict_refuses_other_formats():
    with pytest.raises(ValueError, match="faultline/1"):
        Analysis.from_dict({"format": "other/2"})


@pytest.mark.parametrize("inputs", ["seeds", "examples"])
def test_pipeline_output_is_schema_valid_with_exact_spans(inputs, schema, shared, examples):
    path = shared / "seeds" / "seeds.jsonl" if inputs == "seeds" else examples
    report = analyze_paths([path], db=None)
    data = json.loads(report.analysis.to_json())
    jsonschema.validate(data, schema)
    assert_spans_exact(data)
    assert data["documents"] and data["entities"]
