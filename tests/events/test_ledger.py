"""Merged events kept in the SQLite store: incremental across runs, explainable, index-bound; the
item pipeline and the events-csv feed."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from pathlib import Path

from event_records import entry, written_set

from rallycrawl.events import report_from_record
from rallycrawl.exporters import EventsCsvExporter
from rallycrawl.stores.events import EventPipeline, MemoryLedger, SqliteLedger
from rallycrawl.stores.sqlite import SqlitePipeline

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stores"))
from store_helpers import make_crawler  # noqa: E402


def test_a_later_run_places_its_articles_among_the_stored_events(tmp_path):
    path = str(tmp_path / "store.sqlite3")
    labelled = written_set()
    first_run = SqliteLedger(path)
    ids = {r["url"]: first_run.assign(report_from_record(r))[0] for _, r in labelled[::2]}
    first_run.close()
    second_run = SqliteLedger(path)  # a cron run: a new process, the same file
    ids.update({r["url"]: second_run.assign(report_from_record(r))[0] for _, r in labelled[1::2]})
    second_run.close()
    for (la, ra) in labelled:
        for (lb, rb) in labelled:
            assert (la == lb) == (ids[ra["url"]] == ids[rb["url"]]), (ra["url"], rb["url"])

    db = sqlite3.connect(path)
    rows = db.execute("SELECT event_id, report_count, sources, organisers FROM merged_events").fetchall()
    assert len(rows) == len({label for label, _ in labelled})
    tenants = next(r for r in rows if r[1] == 4)
    assert json.loads(tenants[3]) == ["Riverside Tenants Union"]
    assert len(json.loads(tenants[2])) == 4
    reasons = [json.loads(r) for (r,) in db.execute(
        "SELECT reasons FROM event_reports WHERE event_id = ? AND score IS NOT NULL", (tenants[0],))]
    assert len(reasons) == 3 and all(any(x.startswith("organiser:") for x in r) for r in reasons)


def test_placing_a_report_reads_only_the_events_near_its_date(tmp_path):
    ledger = SqliteLedger(str(tmp_path / "store.sqlite3"))
    ledger.assign(report_from_record(entry()))
    plan = " ".join(str(row) for row in ledger.conn.execute(
        "EXPLAIN QUERY PLAN SELECT event_id, reports FROM merged_events WHERE date_last >= ? AND date_first <= ?",
        ("2026-03-01", "2026-03-05")))
    assert "USING INDEX merged_events_" in plan, plan
    ledger.close()


def test_the_pipeline_gives_every_record_an_event_id_and_the_store_keeps_it(tmp_path):
    path = tmp_path / "store.sqlite3"
    crawler = make_crawler({"RALLYCRAWL_SQLITE_PATH": str(path)})
    events, store = EventPipeline.from_crawler(crawler), SqlitePipeline.from_crawler(crawler)
    store.open_spider()
    a = events.process_item(entry(url="https://a.example/1"))
    b = events.process_item(entry(url="https://b.example/2", publisher="Other"))
    c = entry(url="https://c.example/3")
    c.update(is_protest=False, event=None)
    c = events.process_item(c)
    for record in (a, b, c):
        store.process_item(record)
    events.close_spider()
    store.close_spider()
    assert a["event_id"] and a["event_id"] == b["event_id"] and c["event_id"] is None
    assert crawler.stats.get_value("rallycrawl/events/started") == 1
    assert crawler.stats.get_value("rallycrawl/events/joined") == 1
    db = sqlite3.connect(path)
    stored = {json.loads(r)["url"]: json.loads(r)["event_id"] for (r,) in db.execute("SELECT record FROM articles")}
    assert stored == {"https://a.example/1": a["event_id"], "https://b.example/2": a["event_id"],
                      "https://c.example/3": None}


def test_without_a_store_events_are_merged_in_memory():
    crawler = make_crawler({"RALLYCRAWL_SQLITE_ENABLED": False})
    pipeline = EventPipeline.from_crawler(crawler)
    assert isinstance(pipeline.ledger, MemoryLedger)
    a = pipeline.process_item(entry(url="https://a.example/1"))
    b = pipeline.process_item(entry(url="https://b.example/2"))
    assert a["event_id"] == b["event_id"]


def test_an_unusable_database_leaves_the_event_id_null_and_says_so(tmp_path, caplog):
    (tmp_path / "store.sqlite3").write_bytes(b"not a database at all" * 100)
    crawler = make_crawler({"RALLYCRAWL_SQLITE_PATH": str(tmp_path / "store.sqlite3")})
    pipeline = EventPipeline.from_crawler(crawler)
    record = pipeline.process_item(entry())
    assert record["event_id"] is None
    assert crawler.stats.get_value("rallycrawl/events/unassigned") == 1
    assert "Events not merged" in caplog.text


def test_events_csv_has_one_row_per_merged_event_with_every_source(tmp_path):
    crawler = make_crawler({"RALLYCRAWL_SQLITE_PATH": str(tmp_path / "store.sqlite3")})
    pipeline = EventPipeline.from_crawler(crawler)
    earlier = pipeline.process_item(entry(url="https://a.example/1", headline="Tenants plan rally"))
    out = io.BytesIO()
    exporter = EventsCsvExporter.from_crawler(crawler, out)
    exporter.start_exporting()
    # this "run" exports only the second report; the row still lists the stored first one
    exporter.export_item(pipeline.process_item(entry(url="https://b.example/2", publisher="Other Daily",
                                                     headline="=HYPERLINK(\"http://evil\")")))
    exporter.finish_exporting()
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["event_id"] == earlier["event_id"] and row["kind"] == "rally" and row["date_first"] == "2026-03-03"
    assert row["source_count"] == "2"
    assert row["source_urls"] == "https://a.example/1 | https://b.example/2"
    assert row["source_outlets"] == "Example News | Other Daily"
    assert row["source_headlines"].startswith("Tenants plan rally | =HYPERLINK")
    assert row["organisers"] == "Riverside Tenants Union"
    pipeline.close_spider()
