"""Schema migrations, applied in the order they are registered and recorded in `_migrations`.

Add a migration by appending a function decorated with `@migration`; never edit or reorder
one that has shipped, since databases in the field have recorded it by name. `migrate`
applies those not yet recorded, each in its own transaction (after sqlite_utils/migrations.py).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import duckdb

from faultline.errors import StoreError

Migration = Callable[[duckdb.DuckDBPyConnection], None]
MIGRATIONS: list[Migration] = []


def utcnow() -> datetime:
    """Now in UTC, without tzinfo: TIMESTAMP columns hold UTC."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def migration(fn: Migration) -> Migration:
    """Register `fn` as the next migration; its name is what `_migrations` records."""
    if any(m.__name__ == fn.__name__ for m in MIGRATIONS):
        raise ValueError(f"migration {fn.__name__} is registered twice")
    MIGRATIONS.append(fn)
    return fn


def applied(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Names of the migrations recorded in this database, oldest first."""
    con.execute("CREATE TABLE IF NOT EXISTS _migrations "
                "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)")
    rows = con.execute("SELECT name FROM _migrations ORDER BY applied_at, name").fetchall()
    return [name for (name,) in rows]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every registered migration not yet recorded; return the names applied now."""
    done = set(applied(con))
    now = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        con.begin()
        try:
            fn(con)
            con.execute("INSERT INTO _migrations VALUES (?, ?)", [fn.__name__, utcnow()])
            con.commit()
        except duckdb.Error as e:
            con.rollback()
            raise StoreError(f"migration {fn.__name__} failed: {e}") from e
        now.append(fn.__name__)
    return now


@migration
def m001_initial(con: duckdb.DuckDBPyConnection) -> None:
    """One table per contract collection, plus mentions, evidence and runs."""
    con.execute("""
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, outlet VARCHAR,
            published DATE, language VARCHAR, url VARCHAR, text VARCHAR NOT NULL,
            sha256 VARCHAR NOT NULL, config_hash VARCHAR, run_id VARCHAR);
        CREATE TABLE entities (
            id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
            country VARCHAR, aliases VARCHAR[] NOT NULL, codes JSON);
        CREATE TABLE mentions (
            entity VARCHAR NOT NULL, doc VARCHAR NOT NULL, seq INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL);
        CREATE TABLE relations (
            id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL, type VARCHAR NOT NULL,
            subject VARCHAR NOT NULL, object VARCHAR NOT NULL, amount_value DOUBLE,
            amount_currency VARCHAR, amount_per VARCHAR, amount JSON, date JSON,
            attributed_to VARCHAR);
        CREATE TABLE events (
            id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL, type VARCHAR NOT NULL, mode VARCHAR,
            cameo VARCHAR, actors VARCHAR[] NOT NULL, targets VARCHAR[] NOT NULL,
            date_start DATE, date_end DATE, date_precision VARCHAR, date_text VARCHAR,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
            location JSON, killed_best INTEGER, killed_low INTEGER, killed_high INTEGER,
            wounded_best INTEGER, wounded_low INTEGER, wounded_high INTEGER, quantities JSON,
            negated BOOLEAN NOT NULL, hypothetical BOOLEAN NOT NULL, attributed_to VARCHAR);
        CREATE TABLE claims (
            id VARCHAR PRIMARY KEY, doc VARCHAR NOT NULL, kind VARCHAR NOT NULL,
            speaker VARCHAR, speaker_text VARCHAR, text VARCHAR NOT NULL, cue VARCHAR,
            about VARCHAR[] NOT NULL);
        CREATE TABLE framing (
            entity VARCHAR NOT NULL, doc VARCHAR NOT NULL, labels VARCHAR[] NOT NULL);
        CREATE TABLE comparisons (
            id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, topic VARCHAR, subject JSON,
            positions JSON, summary VARCHAR);
        CREATE TABLE evidence (
            item_kind VARCHAR NOT NULL, item_id VARCHAR NOT NULL, doc VARCHAR NOT NULL,
            seq INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text VARCHAR NOT NULL);
        CREATE TABLE runs (
            id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
            config_hash VARCHAR, faultline_version VARCHAR, versions JSON, extra JSON,
            documents_added INTEGER NOT NULL, documents_replaced INTEGER NOT NULL);
    """)


@migration
def m002_stories(con: duckdb.DuckDBPyConnection) -> None:
    """Stories: one happening as several documents report it (`faultline.compare`)."""
    con.execute("""
        CREATE TABLE stories (
            id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, title VARCHAR,
            events VARCHAR[] NOT NULL, docs VARCHAR[] NOT NULL, outlets VARCHAR[] NOT NULL,
            actors VARCHAR[] NOT NULL, targets VARCHAR[] NOT NULL, locations VARCHAR[] NOT NULL,
            date_start DATE, date_end DATE, date JSON, killed_best INTEGER, killed_low INTEGER,
            killed_high INTEGER, wounded_best INTEGER, wounded_low INTEGER, wounded_high INTEGER,
            denials VARCHAR[] NOT NULL);
    """)


@migration
def m003_claim_frames(con: duckdb.DuckDBPyConnection) -> None:
    """Claims say whether they report speech or thought ("believe", "fear")."""
    con.execute("ALTER TABLE claims ADD COLUMN frame VARCHAR DEFAULT 'speech'")


@migration
def m004_pending_steps(con: duckdb.DuckDBPyConnection) -> None:
    """Corpus-wide steps left to do: a row per step (comparison) that documents changed since
    it last completed, so a run killed before it ends is finished by the next one."""
    con.execute("CREATE TABLE pending_steps (step VARCHAR PRIMARY KEY, since TIMESTAMP NOT NULL)")
    # a store from before may have been killed mid-comparison already: compare it once more
    con.execute("INSERT INTO pending_steps SELECT 'compare', ? WHERE EXISTS (SELECT 1 FROM documents)",
                [utcnow()])


@migration
def m005_story_kinds(con: duckdb.DuckDBPyConnection) -> None:
    """Stories say how they were grouped: by agreeing events, or documents by their words."""
    con.execute("ALTER TABLE stories ADD COLUMN kind VARCHAR DEFAULT 'events'")


@migration
def m006_document_copies(con: duckdb.DuckDBPyConnection) -> None:
    """A document keeps the other outlets that published its text (syndicated copies)."""
    con.execute("ALTER TABLE documents ADD COLUMN copies JSON")


@migration
def m007_fatalities_beyond_range(con: duckdb.DuckDBPyConnection) -> None:
    """An event keeps the words of killed/wounded figures too big for a count."""
    con.execute("ALTER TABLE events ADD COLUMN fatalities_beyond_range VARCHAR[]")


# A document's publication week (day number // 7, as `date.toordinal()` counts days), -1 when
# it has none: the unit in which a comparison is redone (`faultline.compare.windows`).
WEEK_SQL = "coalesce((datediff('day', DATE '0001-01-01', {column}) + 1) // 7, -1)"


@migration
def m008_compare_windows(con: duckdb.DuckDBPyConnection) -> None:
    """Comparisons redone by publication window: the weeks whose documents changed since the
    last comparison, and the window each story and comparison was made in (its anchor). A
    store from before is compared again whole on its next run."""
    con.execute("""
        CREATE TABLE pending_weeks (week INTEGER PRIMARY KEY);
        ALTER TABLE stories ADD COLUMN anchor INTEGER;
        ALTER TABLE comparisons ADD COLUMN anchor INTEGER;
    """)
    con.execute(f"INSERT INTO pending_weeks SELECT DISTINCT {WEEK_SQL.format(column='published')} FROM documents")
    con.execute("INSERT INTO pending_steps SELECT 'compare', ? WHERE EXISTS (SELECT 1 FROM documents) "
                "ON CONFLICT (step) DO NOTHING", [utcnow()])

