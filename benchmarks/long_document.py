"""How the time for one document grows with its length, stage by stage.

    .venv/bin/python benchmarks/long_document.py [--sizes 10,100,1000] [--run-on]

Builds one document of each size (in KB) from the bundled example articles, paragraphs
repeated with their figures varied, and prints the seconds of each stage and the growth
factor against the smallest size: a stage linear in the text grows 10x for 10x the text.
`--run-on` joins everything into one paragraph without full stops, the worst case of
scraped text. A benchmark, not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from faultline.ingest import read_inputs
from faultline.model import Article
from faultline.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]


def paragraphs() -> list[str]:
    found = []
    for item in read_inputs([ROOT / "examples"]):
        if isinstance(item, Article) and item.text:
            found += [p for p in item.text.split("\n\n") if len(p) > 80]
    if not found:
        sys.exit("no example articles found under examples/")
    return found


def document(kb: int, run_on: bool, rng: random.Random) -> str:
    pool, parts, size = paragraphs(), [], 0
    while size < kb * 1000:
        p = re.sub(r"\b\d{1,3}\b", lambda m: str(int(m.group()) + rng.randint(0, 9)), rng.choice(pool))
        if run_on:
            p = re.sub(r"[.!?]", ",", p)
        parts.append(p)
        size += len(p) + 2
    return (" " if run_on else "\n\n").join(parts)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10,100,1000", help="document sizes in KB")
    ap.add_argument("--run-on", action="store_true", help="one paragraph, no full stops")
    a = ap.parse_args(argv)
    pipeline = Pipeline()
    rng = random.Random(3)
    rows: dict[int, dict[str, float]] = {}
    for kb in (int(s) for s in a.sizes.split(",")):
        text = document(kb, a.run_on, rng)
        timings: dict[str, float] = {}
        start = time.perf_counter()
        doc = pipeline.document(Article(origin=f"{kb}kb", raw=text.encode(), text=text))
        pipeline.extract(doc, timings)
        timings["total"] = time.perf_counter() - start
        rows[kb] = timings
        print(f"{kb:>6} KB  {len(text.split()):>8,} words  {timings['total']:8.2f} s", flush=True)
    sizes = sorted(rows)
    base = rows[sizes[0]]
    print(f"\n{'stage':<28}" + "".join(f"{f'{kb} KB s':>12}" for kb in sizes) + f"{'growth':>10}")
    for stage in base:
        cells = "".join(f"{rows[kb].get(stage, 0.0):>12.2f}" for kb in sizes)
        growth = rows[sizes[-1]].get(stage, 0.0) / max(base[stage], 1e-3)
        print(f"{stage:<28}{cells}{growth:>9.0f}x")
    print(f"(text grew {sizes[-1] / sizes[0]:.0f}x)")


if __name__ == "__main__":
    main()
