from __future__ import annotations

import duckdb

from faultline.store import Store
from faultline.store import migrations


def test_migrations_are_applied_once_and_recorded(tmp_path):
    path = tmp_path / "faultline.duckdb"
    with Store(path) as store:
        rows = store.query("SELECT name, applied_at FROM _migrations")
    assert [r["name"] for r in rows] == [m.__name__ for m in migrations.MIGRATIONS]
    assert all(r["applied_at"] is not None for r in rows)
    with Store(path) as store:
        again = store.query("SELECT name, applied_at FROM _migrations")
    assert again == rows


def test_migrate_applies_only_new_migrations(monkeypatch):
    con = duckdb.connect()
    assert migrations.migrate(con) == ["m001_initial", "m002_stories", "m003_claim_frames",
                                      "m004_pending_steps", "m005_story_kinds", "m006_document_copies",
                                      "m007_fatalities_beyond_range", "m008_compare_windows"]
    calls = []

    def m999_test(c):
        calls.append(1)
        c.execute("CREATE TABLE extra (x INTEGER)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m999_test])
    assert migrations.migrate(con) == ["m999_test"]
    assert migrations.migrate(con) == []
    assert calls == [1]
    assert migrations.applied(con) == ["m001_initial", "m002_stories", "m003_claim_frames",
                                      "m004_pending_steps", "m005_story_kinds", "m006_document_copies",
                                      "m007_fatalities_beyond_range", "m008_compare_windows", "m999_test"]


def test_initial_migration_creates_every_table(store):
    names = {r["table_name"] for r in store.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")}
    assert names == {"_migrations", "documents", "entities", "mentions", "relations", "events",
                     "claims", "framing", "comparisons", "evidence", "runs", "stories",
                     "pending_steps", "pending_weeks"}


def test_layout_columns_exist_in_the_database(store):
    from faultline.store.tables import SCHEMAS
    for name, schema in SCHEMAS.items():
        cols = {r["column_name"] for r in store.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name])}
        assert set(schema.names) <= cols, name


def test_reopening_keeps_data(tmp_path, analysis, run):
    path = tmp_path / "faultline.duckdb"
    with Store(path) as store:
        store.save(analysis, run)
        counts = store.counts()
    with Store(path) as store:
        assert store.counts() == counts


def test_a_store_from_before_pending_steps_is_compared_once_more():
    con = duckdb.connect()
    for fn in migrations.MIGRATIONS[:3]:
        fn(con)
    con.execute("INSERT INTO documents (id, text, sha256) VALUES ('d1', 'text', 'sha')")
    migrations.m004_pending_steps(con)
    assert con.execute("SELECT step FROM pending_steps").fetchall() == [("compare",)]


def test_a_store_from_before_story_kinds_reads_its_stories_as_event_stories():
    con = duckdb.connect()
    for fn in migrations.MIGRATIONS[:4]:
        fn(con)
    con.execute("INSERT INTO stories (id, type, title, events, docs, outlets, actors, targets, locations, denials) "
                "VALUES ('s1', 'ASSAULT', 't', [], [], [], [], [], [], [])")
    migrations.m005_story_kinds(con)
    assert con.execute("SELECT kind FROM stories").fetchall() == [("events",)]
