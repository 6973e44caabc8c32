"""The same input gives byte-identical JSON whatever the hash seed (set order) or worker count."""
import json
import os
import subprocess
import sys

import pytest


def _analyze(examples, out, seed, *options):
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    command = [sys.executable, "-m", "faultline", "analyze", str(examples), "--json", str(out), *options]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.mark.parametrize("store", ["--no-store", "--db"])
def test_two_runs_with_other_hash_seeds_write_the_same_json(examples, tmp_path, store):
    runs = []
    for seed, workers in ((1, "1"), (2, "2")):
        options = ["--no-store"] if store == "--no-store" else ["--db", tmp_path / f"seed{seed}.duckdb"]
        out = tmp_path / f"seed{seed}.json"
        runs.append((out, _analyze(examples, out, seed, *options, "--workers", workers)))
    for out, process in runs:
        output, _ = process.communicate(timeout=300)
        assert process.returncode == 0, output
    one, two = (out.read_bytes() for out, _ in runs)
    analysis = json.loads(one)
    assert analysis["comparisons"] and analysis["stories"]
    assert one == two
