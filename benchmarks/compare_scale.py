"""How source comparison scales: 10,000 and 100,000 synthetic documents.

    .venv/bin/python benchmarks/compare_scale.py [--sizes 10000 100000] [--seed 7]

Synthesises each corpus as an Analysis directly (not through the text pipeline): every
document has 1-3 events (random PLOVER types, actors and targets drawn from a pool of 3,000
entities, dates over two years; about half of them retell one of a pool of shared
happenings with jittered dates and tolls, a few negated or undated), a funding tie with an
amount (from a pool of 2,000 ties) in one document of three, and a claim of ten words drawn
from a Zipf-weighted vocabulary of 5,000, one in five negated. Each size runs in a fresh
process, so that its peak memory is its own; the peak is the resident set's high-water mark (reset before
`compare_corpus` where Linux allows) and, separately, the RSS before it. Prints time, peak
memory, stories and comparisons for each size, and the ratios between the two largest.
With a fixed pool, ten times the documents is ten times the density (reports per entity per
week), so the comparisons themselves grow faster than the corpus; `--grow-pool` keeps the
density constant to show the cost per document.
A benchmark, not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import itertools
import datetime
import json
import random
import subprocess
import sys
import time
from pathlib import Path

from faultline.compare import compare_corpus
from faultline.model import (Amount, Analysis, Claim, Count, DateRange, Document, Entity, Event,
                             Fatalities, Location, Relation, Span)

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
TOPICAL = ("convoy market town border talks shelling ceasefire supplies road hills army rebels "
           "funding weapons orders control aid truce attack behest").split()
VOCABULARY = TOPICAL + [f"w{i}" for i in range(5000)]  # Zipf-weighted, like real text
ZIPF = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCABULARY))))
START = datetime.date(2023, 1, 1).toordinal()


def entities(n: int) -> list[Entity]:
    out = [Entity(f"S{i:03d}", f"State {i}", "state", [], f"S{i:03d}") for i in range(150)]
    out += [Entity(f"loc{i}", f"Town {i}", "location", [], f"S{i % 150:03d}") for i in range(850)]
    out += [Entity(f"grp{i}", f"Group {i}", "armed_group", []) for i in range(n - 1000)]
    return out


def synthesise(n_docs: int, seed: int, pool: int = 3000) -> Analysis:
    rng = random.Random(seed)
    ents = entities(pool)
    actors = [e.id for e in ents if e.type != "location"]
    names = {e.id: e.name for e in ents}
    places = [e for e in ents if e.type == "location"]
    happenings = [(rng.choice(TYPES), rng.sample(actors, rng.randint(1, 2)), rng.sample(actors, 1),
                   rng.choice(places), START + rng.randrange(730), rng.randint(0, 200))
                  for _ in range(n_docs // 4)]
    ties = [(rng.choice(actors[:150]), rng.choice(actors[150:])) for _ in range(pool * 2 // 3)]
    a = Analysis(entities=ents)
    for n in range(n_docs):
        doc = f"doc{n:06d}"
        text = ""

        def span(phrase: str) -> Span:
            nonlocal text
            start = len(text)
            text += phrase + ". "
            return Span(doc, start, start + len(phrase), phrase)

        published = START + rng.randrange(735)
        for k in range(rng.randint(1, 3)):
            if rng.random() < 0.5:
                type_, acts, tgts, place, day, toll = rng.choice(happenings)
                day += rng.randint(-1, 1)
                toll = max(0, toll + rng.randint(-toll // 5 - 1, toll // 5 + 1))
                published = day + rng.randint(0, 3)
            else:
                type_, acts, tgts = rng.choice(TYPES), rng.sample(actors, 1), rng.sample(actors, 1)
                place, day, toll = rng.choice(places), published - rng.randint(0, 3), rng.randint(0, 60)
            iso = datetime.date.fromordinal(day).isoformat()
            date = None if rng.random() < 0.1 else DateRange(iso, iso, "day", "on Monday")
            a.events.append(Event(
                f"e:{doc}:{k}", type_, [span(f"{type_.lower()} by {names[acts[0]]} on {names[tgts[0]]}")],
                list(acts), list(tgts), date=date,
                location=Location(place.name, "city", place.id, place.country),
                fatalities=Fatalities(Count(toll, toll, toll) if type_ == "ASSAULT" else None),
                negated=rng.random() < 0.03))
        if n % 3 == 0:
            subject, obj = rng.choice(ties)
            value = rng.choice([30e6, 32e6, 70e6, 300e6])
            a.relations.append(Relation(f"r:{doc}", "funds", subject, obj,
                                        [span(f"{names[subject]} funds {names[obj]}")],
                                        amount=Amount(f"${value / 1e6:.0f}m a year", value, "USD", "year")))
        words = rng.choices(VOCABULARY, cum_weights=ZIPF, k=10) + (["not"] if rng.random() < 0.2 else [])
        a.claims.append(Claim(f"c:{doc}", "direct", " ".join(words), [span(" ".join(words))],
                              rng.choice(actors), "a spokesman", "said", rng.sample(actors, 2)))
        a.documents.append(Document(doc, f"synthetic/{doc}", None, f"Outlet {n % 97}",
                                    datetime.date.fromordinal(published).isoformat(), text, doc))
    return a


def rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def measure(n_docs: int, seed: int, pool: int) -> dict:
    t0 = time.perf_counter()
    analysis = synthesise(n_docs, seed, pool)
    built = time.perf_counter() - t0
    before = rss_kib("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset the high-water mark
    except OSError:
        pass
    t0 = time.perf_counter()
    result = compare_corpus(analysis)
    seconds = time.perf_counter() - t0
    return {"documents": n_docs, "events": len(analysis.events), "relations": len(analysis.relations),
            "claims": len(analysis.claims), "synthesis_s": round(built, 1), "compare_s": round(seconds, 2),
            "rss_before_mib": before // 1024, "peak_rss_mib": rss_kib("VmHWM") // 1024,
            "stories": len(result.stories), "comparisons": len(result.comparisons),
            "contradictions": len(result.contradictions)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--grow-pool", action="store_true",
                    help="scale the entity and tie pools with the corpus (3,000 entities per "
                         "10,000 documents: constant density) instead of the fixed 3,000")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # run one size in this process
    ap.add_argument("--pool", type=int, default=3000, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.seed, args.pool)))
        return
    rows = []
    for size in args.sizes:
        pool = max(3000, size * 3 // 10) if args.grow_pool else 3000
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--seed", str(args.seed),
                              "--pool", str(pool)], capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"{r['documents']:>7} docs  {r['events']:>7} events  {r['relations']:>6} ties  "
              f"{r['claims']:>7} claims: compare {r['compare_s']:>7.2f} s, peak RSS "
              f"{r['peak_rss_mib']} MiB (RSS before {r['rss_before_mib']} MiB); {r['stories']} stories, "
              f"{r['comparisons']} comparisons ({r['contradictions']} contradictions)")
    if len(rows) >= 2:
        small, big = rows[-2], rows[-1]
        added = [max(r["peak_rss_mib"] - r["rss_before_mib"], 1) for r in (small, big)]
        print(f"ratio {big['documents'] // small['documents']}x documents: time "
              f"{big['compare_s'] / small['compare_s']:.1f}x, peak RSS "
              f"{big['peak_rss_mib'] / max(small['peak_rss_mib'], 1):.1f}x, added memory "
              f"{added[1] / added[0]:.1f}x, comparisons {big['comparisons'] / small['comparisons']:.1f}x")


if __name__ == "__main__":
    main()
