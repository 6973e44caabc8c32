"""What `faultline show` reads: filters in SQL over the store, newest first, no document text."""
from __future__ import annotations

import datetime
import re

import pytest

from faultline.report.reads import Selection, find_actors, read_shown
from faultline.report.summary import show, summarize
from faultline.store import Store

from .samples import news_analysis, news_store


@pytest.fixture
def store(tmp_path):
    with Store(news_store(tmp_path / "news.duckdb")) as store:
        yield store


def shown(store, limit=40, **filters):
    return read_shown(store.query, Selection(**filters), limit)


def actors(store, name):
    return tuple(i for i, _ in find_actors(store.query, name))


def test_events_and_documents_come_newest_first(store):
    s = shown(store)
    assert [(e.date.isoformat(), e.dated_by_report) for e in s.events.rows] == \
        [("2024-06-11", True), ("2024-03-01", False), ("2023-12-30", False)]
    assert [d.id for d in s.documents.rows] == ["a2", "a1", "a3"]  # undated last
    assert [t.type for t in s.ties.rows] == ["allied_with", "funds"]


def test_the_limit_reads_the_first_rows_and_counts_them_all(store):
    s = shown(store, limit=1)
    assert len(s.events.rows) == 1 and s.events.total == 3
    assert len(s.actors.rows) == 1 and s.actors.total == 7
    s = shown(store, limit=0)
    assert s.events.rows == [] and s.events.total == 3 and s.comparisons.total == 1


def test_an_actor_is_found_by_name_or_alias_in_any_case_else_by_part_of_its_name(store):
    assert find_actors(store.query, "HIZBULLAH") == [("hezbollah", "Hezbollah")]
    assert find_actors(store.query, "rsf") == [("rsf", "Rapid Support Forces")]
    assert find_actors(store.query, "support") == [("rsf", "Rapid Support Forces")]
    assert find_actors(store.query, "nobody") == []


def test_the_actor_filter_keeps_its_facts_and_their_documents_and_actors(store):
    s = shown(store, actors=actors(store, "hizbullah"))
    assert [e.type for e in s.events.rows] == ["THREATEN"]
    assert [(t.subject, t.object) for t in s.ties.rows] == [("Hezbollah", "Russia")]
    assert [c.text for c in s.claims.rows] == ["the strikes would go on"]
    assert {d.id for d in s.documents.rows} == {"a2", "a3"}
    assert {a.name for a in s.actors.rows} == {"Hezbollah", "Russia"}
    assert s.comparisons.total == 0


def test_the_country_filter_keeps_events_there_or_by_its_actors(store):
    s = shown(store, country="SDN")
    assert [e.place for e in s.events.rows] == ["El Fasher"]
    assert s.ties.total == 0 and s.claims.total == 0
    assert [c.topic for c in s.comparisons.rows] == ["killed"]  # about the event kept
    assert [t.object for t in shown(store, country="QAT").ties.rows] == ["Relief Fund"]
    assert [c.speaker for c in shown(store, country="QAT").claims.rows] == ["officials"]  # about Qatar


def test_dates_filter_events_by_their_own_date_else_their_reports(store):
    march = dict(since=datetime.date(2024, 3, 1), until=datetime.date(2024, 3, 31))
    assert [e.type for e in shown(store, **march).events.rows] == ["ASSAULT"]
    assert [t.type for t in shown(store, **march).ties.rows] == ["funds"]
    later = shown(store, since=datetime.date(2024, 4, 1))
    assert [(e.type, e.mode) for e in later.events.rows] == [("ASSAULT", "drone")]  # by its report
    assert [e.type for e in shown(store, until=datetime.date(2024, 1, 1)).events.rows] == ["THREATEN"]


def test_the_type_filter_takes_event_types_modes_and_tie_types_and_leaves_claims_out(store):
    assert [e.mode for e in shown(store, type="assault").events.rows] == ["drone", "heavy-weapons"]
    assert [e.mode for e in shown(store, type="DRONE").events.rows] == ["drone"]
    funds = shown(store, type="funds")
    assert funds.events.total == 0 and [t.type for t in funds.ties.rows] == ["funds"]
    assert funds.claims is None
    assert [d.id for d in funds.documents.rows] == ["a1"]


def test_filters_combine(store):
    s = shown(store, type="assault", country="UKR", since=datetime.date(2024, 6, 1))
    assert [e.place for e in s.events.rows] == ["Odesa"]
    assert shown(store, type="assault", actors=actors(store, "hezbollah")).events.total == 0


def test_no_document_text_is_read(tmp_path):
    seen = []
    with Store(news_store(tmp_path / "news.duckdb")) as store:
        def query(sql, params):
            seen.append(sql)
            return store.query(sql, params)
        show(query, Selection())
        show(query, Selection(actors=("hezbollah",), country="LBN", since=datetime.date(2024, 1, 1), type="funds"))
    assert seen and not any(re.search(r"\bd\.text\b|\*\s+FROM documents|documents\.text", sql) for sql in seen)


def test_the_store_and_an_analysis_in_memory_print_the_same_tables(store):
    assert show(store.query, width=120) == summarize(news_analysis(), width=120)


def test_money_dates_and_flags_are_printed_for_readers(store):
    text = show(store.query, width=200)
    assert "$30m–$50m a year" in text
    assert "(2024-06-11)" in text and "THREATEN, hypothetical" in text and "12 (10–15)" in text
    assert "Rapid Support Forces → El Fasher" in text


def test_every_line_fits_the_width(store):
    for width in (60, 80, 100):
        assert max(len(line) for line in show(store.query, width=width).splitlines()) <= width
