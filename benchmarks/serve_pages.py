"""How fast the dashboard's pages answer: every page and JSON twin of `faultline serve`, timed.

    .venv/bin/python benchmarks/serve_pages.py [--db FILE] [--articles 5000] [--workers 2]
    .venv/bin/python benchmarks/serve_pages.py --db out/demo.duckdb     # the demo store

Without an existing `--db`, writes `--articles` short reports generated from templates below
(happenings told by one to four invented outlets with their own tolls, quotes and ties;
real actors and places so the dictionaries and gazetteer find them) to
benchmarks/corpus/serve/ and analyses them into the store (minutes for 5,000). Then requests
every page and API endpoint in-process (Starlette's TestClient, server side: routing, SQL,
templates) a few times and prints the median and slowest time of each. A benchmark, not a
test: it prints figures and asserts nothing.
"""
from __future__ import annotations

import argparse
import datetime
import json
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus" / "serve"

# (name as written, what it is); all in the shipped dictionaries
GROUPS = ["JNIM", "ISWAP", "al-Shabaab", "M23", "the Rapid Support Forces", "the Houthis",
          "the ELN", "Boko Haram", "the Arakan Army", "Hamas", "Hezbollah", "the Taliban"]
STATES = ["Russia", "Ukraine", "Iran", "Turkey", "Rwanda", "the United States", "France",
          "Mali", "Burkina Faso", "Niger", "Sudan", "Somalia", "Kenya", "Nigeria", "Colombia",
          "Myanmar", "the United Arab Emirates", "Qatar", "Egypt", "Ethiopia"]
FORCES = ["the army", "government forces", "the police", "the air force", "soldiers"]
PLACES = [("Goma", "North Kivu"), ("Bunia", "Ituri"), ("Beni", "North Kivu"), ("Gao", "Mali"),
          ("Kidal", "Mali"), ("Mopti", "Mali"), ("Djibo", "Burkina Faso"),
          ("El Fasher", "Sudan"), ("Nyala", "Sudan"), ("Khartoum", "Sudan"),
          ("Kharkiv", "Ukraine"), ("Odesa", "Ukraine"), ("Sittwe", "Myanmar"),
          ("Hodeidah", "Yemen"), ("Marib", "Yemen"), ("Maiduguri", "Nigeria"),
          ("Mogadishu", "Somalia"), ("Kismayo", "Somalia"), ("Cucuta", "Colombia"),
          ("Arauca", "Colombia"), ("Tillaberi", "Niger"), ("Kandahar", "Afghanistan")]
OUTLETS = ["Harbour Times", "Nile Dispatch", "Sahel Wire", "Continental Post", "Lakeside Herald",
           "Meridian Review", "Great Lakes Observer", "Danube Press Agency", "Gulf Ledger",
           "Andes Wire", "Horn Observer", "Straits Wire"]
SPEAKERS = ["a local official", "a hospital director", "a military spokesman",
            "a resident", "a civil society leader", "the regional governor"]
# invented people, so that the store holds many actors as a real one would
FIRST = ["Amadou", "Fatima", "Ibrahim", "Grace", "Oleksandr", "Mariam", "Carlos", "Aung", "Hassan",
         "Nadia", "Joseph", "Leila", "Moussa", "Olga", "Samuel", "Aisha", "Pedro", "Khalid"]
LAST = ["Diallo", "Kabore", "Mwangi", "Petrenko", "Osman", "Traore", "Mendez", "Htun", "Bashir",
        "Haidari", "Nkurunziza", "Sow", "Kovalenko", "Abdi", "Rojas", "Okafor", "Tesfaye", "Suleiman"]
ROLES = ["spokesman", "commander", "governor", "health minister", "police chief", "mayor"]
DEEDS = [("attacked", "attack"), ("shelled", "shelling"), ("ambushed a convoy near", "ambush"),
         ("launched drone strikes on", "drone strike"), ("stormed", "raid")]
TIES = ["{a} has funded {b} with ${m} million a year, according to a United Nations report.",
        "{a} supplied weapons worth ${m} million to {b} last year, officials said.",
        "{a} and {b} are allies, a regional analyst said.",
        "{a} has trained fighters of {b} at camps in the north, a security source said."]


@dataclass
class Happening:
    doer: str
    place: str
    region: str
    deed: tuple[str, str]
    day: datetime.date
    killed: int
    patron: str
    tie: str
    amount: int


def happening(rng: random.Random, start: datetime.date) -> Happening:
    place, region = rng.choice(PLACES)
    return Happening(doer=rng.choice(GROUPS), place=place, region=region, deed=rng.choice(DEEDS),
                     day=start + datetime.timedelta(days=rng.randrange(365)),
                     killed=rng.randint(2, 90), patron=rng.choice(STATES), tie=rng.choice(TIES),
                     amount=rng.choice([5, 12, 25, 40, 60, 150]))


def report(h: Happening, rng: random.Random, outlet: str, later: int) -> dict:
    """One outlet's short report of `h`, published `later` days after it, with its own toll."""
    published = h.day + datetime.timedelta(days=1 + later)
    killed = h.killed + (rng.randint(0, 25) if later else rng.choice([0, 0, -1, 2]))
    weekday = h.day.strftime("%A")
    verb, noun = h.deed
    force = rng.choice(FORCES)
    speaker = rng.choice(SPEAKERS) if rng.random() < 0.5 else \
        f"{h.region} {rng.choice(ROLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"
    sentences = [
        f"At least {killed} people were killed on {weekday} when fighters of {h.doer} {verb} "
        f"{h.place} in {h.region}, {speaker} said.",
        f"\"They came at dawn and burned the market,\" {speaker} told {outlet}.",
        f"{force.capitalize()} said they had repelled the {noun} and killed {rng.randint(3, 30)} "
        f"of the attackers.",
        h.tie.format(a=h.patron, b=h.doer, m=h.amount),
        f"{h.doer[0].upper() + h.doer[1:]} said in a statement that it had targeted "
        f"{rng.choice(['military positions', 'a government base', 'collaborators'])}.",
    ]
    if rng.random() < 0.3:
        sentences.append(f"{rng.choice(STATES)} condemned the {noun} and called for talks.")
    title = f"{killed} killed in {noun} on {h.place}" if rng.random() < 0.5 else \
        f"{h.doer[0].upper() + h.doer[1:]} {verb.split()[0]} {h.place}"
    return {"text": " ".join(sentences), "title": title, "outlet": outlet,
            "published": published.isoformat()}


def write_corpus(n: int, path: Path, seed: int = 13) -> None:
    """`n` reports as JSON Lines: happenings told by one to four outlets, some days apart."""
    rng = random.Random(seed)
    start = datetime.date(2024, 1, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < n:
            h = happening(rng, start)
            for k, outlet in enumerate(rng.sample(OUTLETS, rng.choice([1, 1, 2, 2, 3, 4]))):
                if written == n:
                    break
                item = report(h, rng, outlet, later=k if rng.random() < 0.4 else 0)
                item["id"] = f"bench-{written:05d}"
                item["url"] = f"https://example.org/{quote(outlet.lower().replace(' ', '-'))}/{written}"
                out.write(json.dumps(item) + "\n")
                written += 1


def build_store(n: int, db: Path, workers: int) -> None:
    from faultline.pipeline import analyze_paths

    corpus = CORPUS / f"reports-{n}.jsonl"
    write_corpus(n, corpus)
    t0 = time.perf_counter()
    result = analyze_paths([corpus], db=str(db), collect=False, workers=workers)
    print(f"analysed {len(result.read)} reports into {db} in {time.perf_counter() - t0:.0f} s: "
          f"{result.totals}")


def pages_of(client) -> list[str]:
    """Every page, a few filtered, and the busiest actor, story and document."""
    actors = client.get("/api/actors").json()["rows"]
    story = client.get("/api/stories").json()["rows"][0]["id"]
    doc = client.get("/api/documents").json()["rows"][0]["doc"]["id"]
    events = client.get("/api/events").json()
    country = next((v["value"] for f in events["facets"] if f["name"] == "country" for v in f["values"]), "")
    last = events["window"]["pages"]
    return ["/", "/actors", "/actors?q=al", f"/actors/{quote(actors[0]['actor']['id'], safe='')}",
            "/network", "/network?type=funds", f"/network?actor={quote(actors[0]['actor']['id'], safe='')}",
            "/events", f"/events?type=ASSAULT&country={country}", f"/events?page={last}",
            "/events?since=2024-06-01&until=2024-06-30", "/stories", f"/stories/{quote(story, safe='')}",
            "/documents", f"/documents?page={max(1, client.get('/api/documents').json()['window']['pages'])}",
            f"/documents/{quote(doc, safe='')}"]


def time_pages(db: Path, repeats: int) -> None:
    from starlette.testclient import TestClient

    from faultline.serve import ReadOnlyStore, create_app

    with ReadOnlyStore(db) as store:
        counts = {t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"]
                  for t in ("documents", "entities", "events", "relations", "claims", "stories", "comparisons")}
        print(f"{db}: {counts}")
        client = TestClient(create_app(store), base_url="http://127.0.0.1")
        print(f"{'page':58} {'first ms':>9} {'median ms':>10} {'max ms':>8} {'KB':>7}")
        worst = 0.0
        for path in pages_of(client):
            api = ("/api/overview" if path == "/" else "/api" + path)
            for url in (path, api):
                times = []
                for _ in range(repeats + 1):
                    t0 = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - t0) * 1000)
                    if response.status_code != 200:
                        sys.exit(f"{url}: {response.status_code}")
                rest = times[1:]
                worst = max(worst, *times)
                print(f"{url[:58]:58} {times[0]:9.1f} {statistics.median(rest):10.1f} {max(rest):8.1f} "
                      f"{len(response.content) / 1024:7.1f}")
        print(f"slowest answer: {worst:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "benchmarks" / "corpus" / "serve-5000.duckdb")
    parser.add_argument("--articles", type=int, default=5000, help="reports to generate when --db is missing")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        build_store(args.articles, args.db, args.workers)
    time_pages(args.db, args.repeats)


if __name__ == "__main__":
    main()
