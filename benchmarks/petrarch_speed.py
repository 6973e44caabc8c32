"""faultline's sentences per CPU-second, parse included, on PETRARCH's own sentences.

    .venv/bin/python benchmarks/petrarch_speed.py [--rounds 5] [--shared ../shared]

Reads the sentences of PETRARCH2's GigaWord sample and of its unit-test records
(`shared/external/petrarch2/text/`, see its README; read at run time, never copied here), each
record one document as PETRARCH codes it, and runs faultline's whole extraction over them:
cleaning, the statistical parse (spaCy: tagger, parser, NER, in batches), actors, names,
coreference, claims, ties, dates and figures, events, framing. Prints the records and the
sentences the parse found, and sentences per CPU-second of this process, all its threads (the
best of `--rounds`, the pipeline built beforehand), and per second of wall time. PETRARCH2 codes from parse trees made beforehand
by CoreNLP, whose time its figure leaves out; this one includes the parse.
A benchmark, not a test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from faultline.evaluate.petrarch import read_records
from faultline.model import Document
from faultline.nlp import parse_documents
from faultline.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
FILES = {"GigaWord sample": "GigaWord.sample.PETR.xml", "unit-test records": "PETR.UnitTest.records.xml"}


def documents(path: Path) -> list[Document]:
    return [Document(id=f"r{i}", source=str(path), title=None, outlet=None, published=r.date,
                     text=r.text, sha256="") for i, r in enumerate(read_records(path)) if r.text]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args(argv)
    folder = a.shared / "external" / "petrarch2" / "text"
    pipeline = Pipeline()
    pipeline.extract_all(documents(folder / FILES["GigaWord sample"])[:5])  # warm the caches
    print(f"{'':<18} {'records':>7} {'sentences':>9} {'CPU s':>7} {'sentences/CPU-s':>15} {'records/CPU-s':>13} "
          f"{'sentences/s':>11}")
    total = [0, 0, 0.0, 0.0]
    for name, file in FILES.items():
        docs = documents(folder / file)
        sentences = sum(len(list(p.doc.sents)) for p in parse_documents(docs))
        best = wall = float("inf")
        for _ in range(a.rounds):
            start, started = time.process_time(), time.perf_counter()
            results = pipeline.extract_all(docs)
            best, wall = min(best, time.process_time() - start), min(wall, time.perf_counter() - started)
        failed = sum(1 for r in results if isinstance(r, Exception))
        print(f"{name:<18} {len(docs):>7} {sentences:>9} {best:>7.2f} {sentences / best:>15,.0f} "
              f"{len(docs) / best:>13,.0f} {sentences / wall:>11,.0f}" + (f"  ({failed} failed)" if failed else ""))
        total = [total[0] + len(docs), total[1] + sentences, total[2] + best, total[3] + wall]
    print(f"{'both':<18} {total[0]:>7} {total[1]:>9} {total[2]:>7.2f} {total[1] / total[2]:>15,.0f} "
          f"{total[0] / total[2]:>13,.0f} {total[1] / total[3]:>11,.0f}")


if __name__ == "__main__":
    main()
