"""Throughput of the whole pipeline: files in, DuckDB out.

    .venv/bin/python benchmarks/throughput.py [--articles 5000] [--keep DIR]

Generates a corpus of varied articles of 400-1,000 words from the bundled examples (numbers,
places, dates and paragraph order changed, so every article is distinct), analyses it through
ingest -> clean -> nlp -> extract -> resolve -> store into a fresh DuckDB file, and prints
articles/s, words/s and peak memory, then words/s of each stage on a sample and the
statistical parse's share of the extraction time. A benchmark, not a test: it prints figures
and asserts nothing. The before/after ratio against an earlier revision is taken from outside
with two whole `faultline analyze` runs on the same corpus (`--keep DIR` leaves it there).
`--engines` instead runs the same corpus four ways, each into a fresh store: one process,
`--workers 2`, and `--engine dask` with one and with two workers (a LocalCluster), and prints
seconds, articles/s, words/s and words/s per extracting core, each against its one-process
counterpart, and the CPU seconds of the run's processes (words per CPU-second does not
depend on what else the machine runs).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from faultline.ingest import read_inputs
from faultline.model import Article
from faultline.pipeline import Pipeline, analyze_paths

ROOT = Path(__file__).resolve().parents[1]
PLACES = ["Goma", "Gao", "Kidal", "El Fasher", "Nyala", "Kharkiv", "Odesa", "Sittwe", "Hodeidah",
          "Marib", "Djibo", "Mopti", "Bunia", "Beni", "Cali", "Culiacan"]
LENGTH = (400, 1000)  # words of a generated article, drawn evenly: the length of real reports


def seed_texts() -> list[str]:
    texts = []
    for item in read_inputs([ROOT / "examples"]):
        if isinstance(item, Article) and item.text:
            texts.append(item.text)
    if not texts:
        sys.exit("no example articles found under examples/")
    return texts


def vary(text: str, rng: random.Random) -> str:
    """A distinct, still realistic article: other figures, places and paragraph order."""
    text = re.sub(r"\b\d{1,4}\b", lambda m: str(max(1, int(m.group()) + rng.randint(-9, 9))), text)
    for place in PLACES:
        if place in text and rng.random() < 0.5:
            text = text.replace(place, rng.choice(PLACES))
    paras = text.split("\n\n")
    if len(paras) > 3:
        body = paras[1:]
        rng.shuffle(body)
        paras = paras[:1] + body
    return "\n\n".join(paras)


def real_length(texts: list[str], i: int, rng: random.Random) -> str:
    """Article `i` at the length of a wire story (`LENGTH` words): the bundled examples are
    shorter, so the paragraphs of the next ones follow as its later sections, as a report's
    background and a roundup's other items do."""
    target = rng.randint(*LENGTH)
    parts = [vary(texts[i % len(texts)], rng)]
    words = len(parts[0].split())
    following = i + 1
    while words < target:
        for para in vary(texts[following % len(texts)], rng).split("\n\n")[1:]:
            if words >= target:
                break
            parts.append(para)
            words += len(para.split())
        following += 1
    return "\n\n".join(parts)


def make_corpus(n: int, out: Path, seed: int = 7) -> tuple[Path, int]:
    rng = random.Random(seed)
    texts = seed_texts()
    words = 0
    path = out / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = real_length(texts, i, rng)
            words += len(text.split())
            f.write(json.dumps({"id": f"bench-{i:06d}", "text": text, "outlet": f"Outlet {i % 37}",
                                "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}) + "\n")
    return path, words


def stage_times(sample: list[str]) -> dict[str, float]:
    """Seconds of each stage over the same sample of articles, parsed in batches as a run does."""
    pipeline = Pipeline()
    timings: dict[str, float] = {}
    start = time.perf_counter()
    docs = [pipeline.document(Article(origin=f"s{i}", raw=x.encode(), text=x)) for i, x in enumerate(sample)]
    timings["clean"] = time.perf_counter() - start
    pipeline.extract_all(docs, timings)
    return timings


# (label, analyze_paths options, extraction processes): the ways a run can use the cores
ENGINES = [("single process", {}, 1), ("--workers 2", {"workers": 2}, 2),
           ("--engine dask, 1 worker", {"engine": "dask", "workers": 1}, 1),
           ("--engine dask, 2 workers", {"engine": "dask", "workers": 2}, 2)]


def engines(corpus: Path, words: int, work: Path) -> None:
    """Each way of running over the same corpus into a fresh store: whole runs as a user
    sees them (a cluster's start and each worker's pipeline included), per core too."""
    print(f"{'engine':<26} {'seconds':>8} {'articles/s':>10} {'words/s':>9} {'words/s/core':>12} "
          f"{'vs one':>6} {'CPU s':>7} {'words/CPU-s':>11}")
    first: dict[str, float] = {}  # each engine's one-process time
    for label, options, cores in ENGINES:
        engine = options.get("engine", "local")
        db = work / f"engine-{engine}-{cores}.duckdb"
        db.unlink(missing_ok=True)
        cpu = _cpu_seconds()
        start = time.perf_counter()
        report = analyze_paths([corpus], db=str(db), collect=False, **options)
        elapsed = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu
        first.setdefault(engine, elapsed)
        print(f"{label:<26} {elapsed:>8.1f} {len(report.added) / elapsed:>10.1f} {words / elapsed:>9,.0f} "
              f"{words / elapsed / cores:>12,.0f} {first[engine] / elapsed:>5.2f}x {cpu:>7.0f} "
              f"{words / cpu:>11,.0f}", flush=True)


def _cpu_seconds() -> float:
    """CPU time of this process and of its ended children (extraction processes, dask's
    workers): what a run costs whatever else the machine is running."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--keep", type=Path, help="keep the corpus and database in this directory")
    ap.add_argument("--workers", type=int, default=1, help="extraction processes")
    ap.add_argument("--engines", action="store_true",
                    help="instead: one process, --workers 2, and --engine dask with 1 and 2 workers, "
                         "over the same corpus")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpus, words = make_corpus(a.articles, work)
        if a.engines:
            print(f"corpus:   {a.articles:,} articles, {words:,} words ({words / a.articles:,.0f} a article)")
            engines(corpus, words, work)
            return
        db = work / "bench.duckdb"
        db.unlink(missing_ok=True)
        start = time.perf_counter()
        report = analyze_paths([corpus], db=str(db), collect=False, workers=a.workers)  # the store-only job
        elapsed = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"articles: {len(report.read)} read, {len(report.added)} stored, {len(report.errors)} failed "
              f"({a.workers} extraction process{'es' if a.workers > 1 else ''})")
        print(f"corpus:   {words:,} words")
        print(f"time:     {elapsed:.1f} s  ->  {len(report.read) / elapsed:,.0f} articles/s, {words / elapsed:,.0f} words/s")
        print(f"memory:   peak RSS {peak_mb:,.0f} MB")
        start = time.perf_counter()
        again = analyze_paths([corpus], db=str(db), collect=False)
        print(f"re-run:   {time.perf_counter() - start:.1f} s, {len(again.unchanged)} unchanged, "
              f"{len(again.added)} added, {len(again.replaced)} replaced")
        sample = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()[:500]]
        sample_words = sum(len(t.split()) for t in sample)
        times = stage_times(sample)
        print(f"stages (words/s on {len(sample)} articles, share of the time):")
        for stage, seconds in times.items():
            print(f"  {stage:<26} {sample_words / seconds:>12,.0f}  {seconds / sum(times.values()):>6.1%}")
        print(f"  {'all stages':<26} {sample_words / sum(times.values()):>12,.0f}")


if __name__ == "__main__":   # dask's worker processes import this module again
    main()
