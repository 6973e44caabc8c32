"""partitions: a run's inputs cut into tasks without reading them, in reading order."""
import json

from faultline.engine.partitions import Partition, plan_partitions
from faultline.engine.worker import extract_partition
from faultline.errors import InputError
from faultline.ingest import read_inputs
from faultline.ingest.streams import read_jsonl_range


def _corpus(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("a.txt", "b/c.txt", "b/d.html", "e.txt", "z.txt"):
        (tmp_path / name).write_text("Rebels attacked a police post in Gao on Monday.")
    (tmp_path / "b" / "lines.jsonl").write_text(
        "".join(json.dumps({"id": f"l{i}", "text": f"Troops shelled village {i}."}) + "\n" for i in range(5)))
    (tmp_path / "b" / "day.jsonl.gz").write_bytes(b"")
    return tmp_path


def test_files_are_grouped_in_reading_order_and_long_json_lines_cut_into_ranges(tmp_path):
    root = _corpus(tmp_path)
    parts = list(plan_partitions([str(root)], 2))
    assert all(isinstance(p, Partition) for p in parts)
    assert [p.index for p in parts] == list(range(len(parts)))
    shape = [(tuple(f.removeprefix(f"{root}/") for f in p.files),
              p.lines and (p.lines.first_line, p.lines.path.removeprefix(f"{root}/"))) for p in parts]
    assert shape == [(("a.txt", "b/c.txt"), None), (("b/d.html",), None), (("b/day.jsonl.gz",), None),
                     ((), (1, "b/lines.jsonl")), ((), (3, "b/lines.jsonl")), ((), (5, "b/lines.jsonl")),
                     (("e.txt", "z.txt"), None)]


def test_reading_the_partitions_in_turn_reads_what_read_inputs_reads(tmp_path):
    root = _corpus(tmp_path)
    read = []
    for p in plan_partitions([str(root)], 2):
        items = read_jsonl_range(p.lines, p.lines.path) if p.lines else read_inputs(list(p.files))
        read += [item.origin for item in items]
    assert read == [item.origin for item in read_inputs([root])]


def test_a_short_json_lines_file_is_one_file_among_others_and_stdin_is_refused(tmp_path):
    path = tmp_path / "few.jsonl"
    path.write_text('{"text": "Talks resumed."}\n')
    error, part = plan_partitions(["-", str(path)], 50)
    assert isinstance(error, InputError) and error.origin == "-"
    assert part == Partition(0, (str(path),))


def test_a_worker_passes_over_stored_documents_and_repeated_ids_but_hands_every_one_back(tmp_path, pipeline):
    path = tmp_path / "batch.jsonl"
    records = [{"id": "a", "text": "Rebels attacked a police post in Gao on Monday."},
               {"id": "b", "text": "Troops shelled the village of Kidal on Tuesday."},
               {"id": "a", "text": "Rebels attacked a police post in Gao on Monday.", "outlet": "Other"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    b = pipeline.document(list(read_inputs([path]))[1])
    result = extract_partition(Partition(4, (str(path),)), pipeline.options, str(tmp_path / "out"),
                               skip=frozenset({f"b\0{b.sha256}"}), batch_size=50)  # "b" is stored unchanged
    assert [(d.id, extracted) for d, extracted in result.documents] == [("a", True), ("b", False), ("a", False)]
    (part,) = result.parts
    assert part.doc_ids == ["a"] and part.path.endswith("part-000004-000")
