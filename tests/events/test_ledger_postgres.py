"""Merged events in PostgreSQL: several workers placing reports of one new event at once start it once."""

from __future__ import annotations

import os
import threading
import uuid

import pytest

if os.environ.get("RALLYCRAWL_REQUIRE_SERVICES") != "1":
    pytest.importorskip("psycopg")

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402
from psycopg.conninfo import make_conninfo  # noqa: E402

from event_records import entry, written_set  # noqa: E402
from rallycrawl.events import report_from_record  # noqa: E402
from rallycrawl.stores.events import PostgresLedger  # noqa: E402

pytestmark = pytest.mark.postgres


@pytest.fixture
def dsn(postgres_dsn):
    """A DSN whose tables live in a fresh schema of the test database."""
    schema = f"ev_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        yield make_conninfo(postgres_dsn, options=f"-csearch_path={schema}")
    finally:
        with psycopg.connect(postgres_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


def test_workers_placing_reports_of_one_new_event_at_once_start_it_once(dsn):
    workers = 4
    for round_ in range(6):
        reports = [report_from_record(entry(
            url=f"https://outlet{w}.example/{round_}", publisher=f"Outlet {w}",
            event={"kind": "rally", "date": f"2026-0{round_ + 1}-10", "location": "Riverside City Hall",
                   "target": "the mayor"})) for w in range(workers)]
        barrier = threading.Barrier(workers)
        ids: list[str] = []
        errors: list[BaseException] = []

        def work(report):
            ledger = PostgresLedger(dsn)
            try:
                ledger._connect()
                barrier.wait(timeout=30)
                ids.append(ledger.assign(report)[0])
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
            finally:
                ledger.close()

        threads = [threading.Thread(target=work, args=(r,)) for r in reports]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not errors, errors
        assert len(ids) == workers and len(set(ids)) == 1, (round_, ids)
    with psycopg.connect(dsn) as conn:
        counts = conn.execute("SELECT report_count FROM merged_events ORDER BY date_first").fetchall()
        assert counts == [(workers,)] * 6
        assert conn.execute("SELECT count(*) FROM event_reports").fetchone()[0] == 6 * workers


def test_the_written_groups_in_postgres_across_two_workers(dsn):
    labelled = written_set()
    one, two = PostgresLedger(dsn), PostgresLedger(dsn)
    ids = {}
    for i, (_, record) in enumerate(labelled):
        ids[record["url"]] = (one if i % 2 else two).assign(report_from_record(record))[0]
    one.close()
    two.close()
    for la, ra in labelled:
        for lb, rb in labelled:
            assert (la == lb) == (ids[ra["url"]] == ids[rb["url"]])
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SELECT organisers, sizes, sources FROM merged_events WHERE report_count = 4").fetchone()
        assert row[0] == ["Riverside Tenants Union"]
        assert [s["outlet"] for s in row[1]][:2] == ["The Riverside Ledger", "The Riverside Ledger"]
        assert len(row[2]) == 4


def test_the_report_reads_a_postgres_store(dsn, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stores"))
    from store_helpers import make_crawler

    from rallycrawl.stores.events import EventPipeline
    from rallycrawl.stores.postgres import PostgresPipeline

    crawler = make_crawler({"RALLYCRAWL_POSTGRES_DSN": dsn, "RALLYCRAWL_SQLITE_ENABLED": False})
    events, store = EventPipeline.from_crawler(crawler), PostgresPipeline.from_crawler(crawler)
    store.open_spider()
    for _, record in written_set():
        store.process_item(events.process_item(record))
    events.close_spider()
    store.close_spider()
    result = subprocess.run([sys.executable, "-m", "rallycrawl.cli", "report", "--dsn", dsn, "-o", "pg.html"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "9 protest events from 17 articles" in result.stderr
    page = (tmp_path / "pg.html").read_text(encoding="utf-8")
    assert "PostgreSQL store postgres@127.0.0.1" in page and "Events (9)" in page
