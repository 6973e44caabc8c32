"""How long each export format takes on a store, and how big its files are.

    .venv/bin/python benchmarks/exports.py [--db out/demo.duckdb] [--repeat 3]

Loads the store once (timed apart), then writes every format of `faultline.export` into a
temporary directory `--repeat` times and prints the best time and the bytes written; then
the same for the notebook's frames (pandas when installed). `make demo` writes
out/demo.duckdb. A benchmark, not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from faultline import frames
from faultline.export import FORMATS, export
from faultline.store import Store


def best_of(repeat: int, work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="out/demo.duckdb")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    with Store(args.db) as store:
        analysis = store.load()
    print(f"{args.db}: {len(analysis.documents)} documents, {len(analysis.entities)} actors, "
          f"{len(analysis.relations)} ties, {len(analysis.events)} events, {len(analysis.claims)} "
          f"claims, {len(analysis.stories)} stories; loaded in {time.perf_counter() - started:.2f} s")
    print(f"{'format':<12}{'seconds':>9}{'files':>7}{'bytes':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FORMATS:
            seconds, paths = best_of(args.repeat, lambda: export(analysis, fmt, Path(tmp) / fmt))
            size = sum(p.stat().st_size for p in paths)
            print(f"{fmt:<12}{seconds:>9.3f}{len(paths):>7}{size:>12,}")
    print(f"{'frame':<16}{'seconds':>9}{'rows':>7}{'columns':>9}")
    for name in frames.__all__:
        seconds, frame = best_of(args.repeat, lambda: getattr(frames, name)(analysis))
        print(f"{name:<16}{seconds:>9.3f}{len(frame):>7}{len(frame.columns):>9}")


if __name__ == "__main__":
    main()
