"""The embedded SQLite store and the seen-URL middleware, through their Scrapy components."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
import scrapy
from scrapy.exceptions import IgnoreRequest, NotConfigured

from rallycrawl.downloadermiddlewares.seen_articles import SeenArticleMiddleware
from rallycrawl.pipelines import NotAProtest
from rallycrawl.stores.base import StoreError
from rallycrawl.stores.sqlite import SqlitePipeline

from store_helpers import make_crawler, make_record

OPERATIONS = Path(__file__).resolve().parents[2] / "docs" / "operations.md"


def open_pipeline(db: Path, **settings) -> tuple[SqlitePipeline, object]:
    crawler = make_crawler({"RALLYCRAWL_SQLITE_PATH": str(db), **settings})
    pipeline = SqlitePipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline, crawler


def store(db: Path, *records, **settings):
    """One 'run': open the pipeline, pass the records through it, close it; return the stats."""
    pipeline, crawler = open_pipeline(db, **settings)
    for record in records:
        assert pipeline.process_item(record) is record
    pipeline.close_spider()
    return crawler.stats.get_stats()


def query(db: Path, sql: str, *params):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_record_lands_in_every_table(tmp_path):
    db = tmp_path / "store.sqlite3"
    record = make_record()
    stats = store(db, record)
    assert stats["rallycrawl/store/new"] == 1 and stats["rallycrawl/sqlite/new"] == 1

    [(article_id, url, version, latest, headline, authors, is_protest, stored)] = query(
        db, "SELECT id, url, version, is_latest, headline, authors, is_protest, record FROM articles")
    assert (url, version, latest, headline) == (record["url"], 1, 1, "Tenants rally at city hall")
    assert json.loads(authors) == ["Mara Quill"] and is_protest == 1
    assert json.loads(stored) == record  # the whole record, nothing lost to the tables
    assert query(db, "SELECT name, acronym, role, mentions FROM organisations WHERE article_id = ? "
                     "ORDER BY position", article_id) == [
        ("Riverside Tenants Union", "RTU", "organiser", 2), ("Example News", None, "media", 1)]
    assert query(db, "SELECT speaker, organisation, cue, kind, paragraph, text FROM quotes") == [
        ("Dana Pell", "Riverside Tenants Union", "said", "direct", 1, "We need homes we can afford")]
    assert query(db, "SELECT text, target, source FROM demands") == [
        ("freeze rents for twelve months", "the city council", "report")]
    [(kind, size_min, tactics, slogans)] = query(db, "SELECT kind, size_min, tactics, slogans FROM events")
    assert (kind, size_min, json.loads(tactics), json.loads(slogans)) == ("rally", 200, ["chanting"],
                                                                          ["Homes not profits"])
    assert query(db, "PRAGMA journal_mode") == [("wal",)]


def test_record_without_event_or_parts(tmp_path):
    db = tmp_path / "store.sqlite3"
    store(db, make_record(is_protest=False, event=None, organisations=[], quotes=[], demands=[]))
    assert query(db, "SELECT count(*) FROM articles") == [(1,)]
    assert query(db, "SELECT count(*) FROM events") == [(0,)]


def test_same_article_twice_is_one_row_even_across_runs(tmp_path):
    db = tmp_path / "store.sqlite3"
    record = make_record()
    first = store(db, record, make_record(1))
    second = store(db, make_record(), make_record(1))  # a restart: a new crawler on the same file
    assert first["rallycrawl/store/new"] == 2
    assert second["rallycrawl/store/unchanged"] == 2 and "rallycrawl/store/new" not in second
    assert query(db, "SELECT count(*) FROM articles") == [(2,)]
    assert query(db, "SELECT count(*) FROM quotes") == [(2,)]


def test_changed_article_is_a_new_version_and_the_old_one_is_kept(tmp_path):
    db = tmp_path / "store.sqlite3"
    store(db, make_record())
    changed = make_record(body=make_record()["body"] + "\n\nThe council will vote next week.",
                          quotes=[], fetched_at="2026-03-05T08:00:00+00:00")
    stats = store(db, changed)
    assert stats["rallycrawl/store/updated"] == 1
    rows = query(db, "SELECT id, version, is_latest, fetched_at FROM articles ORDER BY version")
    assert [(v, latest) for _, v, latest, _ in rows] == [(1, 0), (2, 1)]
    old_id, new_id = rows[0][0], rows[1][0]
    assert query(db, "SELECT count(*) FROM quotes WHERE article_id = ?", old_id) == [(1,)]
    assert query(db, "SELECT count(*) FROM quotes WHERE article_id = ?", new_id) == [(0,)]
    # Only the headline and body decide: a new fetch time alone is no new version.
    again = store(db, dict(changed, fetched_at="2026-03-06T08:00:00+00:00"))
    assert again["rallycrawl/store/unchanged"] == 1
    assert query(db, "SELECT count(*) FROM articles") == [(2,)]


def test_store_is_off_when_path_is_empty_or_disabled(tmp_path):
    for settings in ({"RALLYCRAWL_SQLITE_PATH": ""}, {"RALLYCRAWL_SQLITE_ENABLED": False,
                                                      "RALLYCRAWL_SQLITE_PATH": str(tmp_path / "x.db")}):
        with pytest.raises(NotConfigured):
            SqlitePipeline.from_crawler(make_crawler(settings))
        with pytest.raises(NotConfigured):
            SeenArticleMiddleware.from_crawler(make_crawler(settings))
    assert not (tmp_path / "x.db").exists()


def test_documented_query_runs_as_written(tmp_path):
    db = tmp_path / "rallycrawl.sqlite3"
    store(db, make_record(), make_record(1))
    section = OPERATIONS.read_text(encoding="utf-8").split("## The embedded store (SQLite)", 1)[1]
    sql = re.search(r"```sql\n(.*?)```", section, re.S).group(1)
    rows = query(db, sql)
    assert ("Tenants rally at city hall", "Dana Pell", "We need homes we can afford") in [tuple(r)[:3] for r in rows]


# -- incremental runs: the seen-URL middleware ------------------------------------------------


def article_request(url: str) -> scrapy.Request:
    return scrapy.Request(url, meta={"rallycrawl_article": True})


def middleware(db: Path, *, refresh: bool = False, **settings) -> tuple[SeenArticleMiddleware, object]:
    crawler = make_crawler({"RALLYCRAWL_SQLITE_PATH": str(db), **settings}, refresh=refresh)
    return SeenArticleMiddleware.from_crawler(crawler), crawler


def test_stored_article_pages_are_not_downloaded_again(tmp_path):
    db = tmp_path / "store.sqlite3"
    record = make_record()
    store(db, record)
    mw, crawler = middleware(db)
    for url in (record["url"], record["canonical_url"], record["url"] + "#comments"):
        with pytest.raises(IgnoreRequest, match="already stored"):
            mw.process_request(article_request(url))
    assert crawler.stats.get_value("rallycrawl/seen/skipped") == 3
    # New articles, and pages that are not article pages (feeds, sections), are fetched.
    assert mw.process_request(article_request("http://news.example.org/2026/03/new-story")) is None
    assert mw.process_request(scrapy.Request(record["url"])) is None
    assert crawler.stats.get_value("rallycrawl/seen/skipped") == 3


def test_refresh_fetches_stored_articles(tmp_path):
    db = tmp_path / "store.sqlite3"
    record = make_record()
    store(db, record)
    mw, crawler = middleware(db, refresh=True)
    assert mw.process_request(article_request(record["url"])) is None
    assert crawler.stats.get_value("rallycrawl/seen/skipped") is None


def test_middleware_can_be_turned_off(tmp_path):
    with pytest.raises(NotConfigured):
        middleware(tmp_path / "store.sqlite3", RALLYCRAWL_SKIP_SEEN=False)


def test_pages_turned_away_are_remembered(tmp_path):
    db = tmp_path / "store.sqlite3"
    pipeline, crawler = open_pipeline(db)
    url = "http://news.example.org/2026/03/harvest"
    crawler.signals.send_catch_log(scrapy.signals.item_dropped, item={"url": url}, response=None,
                                   exception=NotAProtest(), spider=crawler.spider)
    pipeline.close_spider()
    assert query(db, "SELECT status FROM seen_urls WHERE url = ?", url) == [("not_protest",)]
    mw, stats_crawler = middleware(db)
    with pytest.raises(IgnoreRequest):
        mw.process_request(article_request(url))


def test_article_left_out_as_not_a_protest_is_kept_for_auditing(tmp_path):
    db = tmp_path / "store.sqlite3"
    pipeline, crawler = open_pipeline(db)
    left_out = make_record(7, is_protest=False, protest_score=0.12, event=None)
    crawler.signals.send_catch_log(scrapy.signals.item_dropped, item={"url": left_out["url"]}, response=None,
                                   exception=NotAProtest(0.12, left_out), spider=crawler.spider)
    pipeline.process_item(make_record(8))
    pipeline.close_spider()
    assert query(db, "SELECT url, is_protest, protest_score FROM articles WHERE url = ?", left_out["url"]) == [
        (left_out["url"], 0, 0.12)]
    assert query(db, "SELECT status FROM seen_urls WHERE url = ?", left_out["url"]) == [("stored",)]
    stats = crawler.stats.get_stats()
    assert stats["rallycrawl/store/left_out_stored"] == 1
    assert stats["rallycrawl/store/new"] == 1  # the exported one only
    mw, _ = middleware(db)
    with pytest.raises(IgnoreRequest):  # not downloaded again on the next run
        mw.process_request(article_request(left_out["url"]))


def test_article_stored_in_this_run_is_seen_at_once(tmp_path):
    db = tmp_path / "store.sqlite3"
    pipeline, crawler = open_pipeline(db)
    mw = SeenArticleMiddleware.from_crawler(crawler)  # shares the pipeline's store
    assert mw.store is pipeline.store
    pipeline.process_item(make_record(3))
    with pytest.raises(IgnoreRequest):
        mw.process_request(article_request(make_record(3)["canonical_url"]))
    pipeline.close_spider()


# -- a database locked by another process -----------------------------------------------------


def test_locked_database_at_start_is_a_clear_error(tmp_path, caplog):
    db = tmp_path / "store.sqlite3"
    store(db, make_record())
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        crawler = make_crawler({"RALLYCRAWL_SQLITE_PATH": str(db), "RALLYCRAWL_SQLITE_TIMEOUT": 0.2})
        pipeline = SqlitePipeline.from_crawler(crawler)
        with pytest.raises(StoreError, match="is locked by another process .waited 0.2 s.") as info:
            pipeline.open_spider()
        assert "RALLYCRAWL_SQLITE_PATH" in str(info.value)
        assert "the crawl cannot start" in caplog.text
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_database_locked_mid_crawl_reports_records_not_stored(tmp_path, caplog):
    db = tmp_path / "store.sqlite3"
    pipeline, crawler = open_pipeline(db, RALLYCRAWL_SQLITE_TIMEOUT=0.2, RALLYCRAWL_UNSTORED_DIR=str(tmp_path))
    pipeline.process_item(make_record(1))
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        pipeline.process_item(make_record(2))
        pipeline.close_spider()
    finally:
        other.execute("ROLLBACK")
        other.close()
    stats = crawler.stats.get_stats()
    assert stats["rallycrawl/store/new"] == 1 and stats["rallycrawl/store/unstored"] == 1
    assert "is locked by another process" in caplog.text
    assert "1 record(s) were NOT stored" in caplog.text and make_record(2)["url"] in caplog.text
    [saved] = tmp_path.glob("rallycrawl-unstored-sqlite-*.jsonl")
    [line] = saved.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["record"] == make_record(2)
    assert query(db, "SELECT url FROM articles") == [(make_record(1)["url"],)]


# -- a crawl killed with SIGKILL ----------------------------------------------------------------

_WRITER = """
import sys
from store_helpers import make_crawler, make_record
from rallycrawl.stores.sqlite import SqlitePipeline

crawler = make_crawler({"RALLYCRAWL_SQLITE_PATH": sys.argv[1]})
pipeline = SqlitePipeline.from_crawler(crawler)
pipeline.open_spider()
n = 0
while True:
    n += 1
    pipeline.process_item(make_record(n))
    print(n, flush=True)  # reported stored
"""


def test_sigkill_loses_no_reported_record_and_a_restart_stores_none_twice(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    db = tmp_path / "store.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE, text=True, env=env)
    reported = 0
    for line in proc.stdout:
        reported = int(line)
        if reported >= 150:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()

    stored = {url for (url,) in query(db, "SELECT url FROM articles")}
    assert {make_record(n)["url"] for n in range(1, reported + 1)} <= stored
    # The next run meets every article again: nothing is stored twice.
    stats = store(db, *(make_record(n) for n in range(1, reported + 10)))
    assert stats["rallycrawl/store/unchanged"] == len(stored)
    assert stats["rallycrawl/store/new"] == reported + 9 - len(stored)
    assert query(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(reported + 9, reported + 9)]


def test_a_store_written_by_a_newer_layout_is_refused():
    from rallycrawl.stores.base import RecordStore, StoreError
    from rallycrawl.stores.schema import STORE_SCHEMA_VERSION

    assert RecordStore.needs_layout(None, "x") is True
    assert RecordStore.needs_layout((str(STORE_SCHEMA_VERSION),), "x") is False
    with pytest.raises(StoreError, match="newer rallycrawl"):
        RecordStore.needs_layout((str(STORE_SCHEMA_VERSION + 1),), "the store")


# -- for analysts: latest-version views and full-text search ---------------------------------


def test_latest_views_count_a_changed_article_once(tmp_path):
    db = tmp_path / "store.sqlite3"
    store(db, make_record(), make_record(1))
    store(db, make_record(body=make_record()["body"] + "\n\nA vote follows next week."))
    assert query(db, "SELECT count(*) FROM quotes") == [(3,)]  # the old version keeps its quote
    assert query(db, "SELECT count(*) FROM latest_articles") == [(2,)]
    assert query(db, "SELECT count(*) FROM latest_quotes") == [(2,)]
    assert query(db, "SELECT count(*) FROM latest_organisations WHERE name = 'Riverside Tenants Union'") == [(2,)]
    assert query(db, "SELECT count(*) FROM latest_demands") == [(2,)]
    rows = query(db, "SELECT url, kind FROM latest_events ORDER BY url")
    assert [kind for _, kind in rows] == ["rally", "rally"]


def test_full_text_search_over_headlines_bodies_and_quotes(tmp_path):
    db = tmp_path / "store.sqlite3"
    store(db, make_record(), make_record(1, headline="Dockworkers walk out at the harbour", quotes=[]))
    hits = query(db, "SELECT a.url FROM articles_search s JOIN latest_articles a ON a.id = s.rowid "
                     "WHERE articles_search MATCH 'dockworkers'")
    assert hits == [("http://news.example.org/2026/03/story-1",)]
    assert len(query(db, "SELECT rowid FROM articles_search WHERE articles_search MATCH 'tenants'")) == 2
    quotes = query(db, "SELECT q.speaker FROM quotes_search s JOIN latest_quotes q "
                       "ON q.article_id = s.article_id AND q.position = s.position "
                       "WHERE quotes_search MATCH 'afford'")
    assert quotes == [("Dana Pell",)]
    # accents do not matter to the search
    store(db, make_record(2, headline="Grève générale à Marseille", quotes=[]))
    assert len(query(db, "SELECT rowid FROM articles_search WHERE articles_search MATCH 'greve'")) == 1


def test_a_store_made_before_search_existed_is_indexed_when_opened(tmp_path):
    db = tmp_path / "store.sqlite3"
    store(db, make_record())
    with sqlite3.connect(db) as conn:  # as an older rallycrawl left it
        for name in ("articles", "quotes"):
            for trigger in ("insert", "delete", "update"):
                conn.execute(f"DROP TRIGGER {name}_search_{trigger}")
            conn.execute(f"DROP TABLE {name}_search")
    store(db, make_record(1))
    assert query(db, "SELECT rowid FROM articles_search WHERE articles_search MATCH 'headline:city'") == [(1,)]
    assert query(db, "SELECT rowid FROM articles_search WHERE articles_search MATCH 'story'") == [(2,)]
    assert len(query(db, "SELECT * FROM quotes_search WHERE quotes_search MATCH 'homes'")) == 2


def test_datasette_metadata_names_only_tables_views_and_columns_the_store_has(tmp_path):
    metadata = json.loads((Path(__file__).resolve().parents[2] / "docs" / "datasette-metadata.json").read_text())
    db = tmp_path / "rallycrawl.sqlite3"
    store(db, make_record())
    objects = {name for (name,) in query(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    tables = metadata["databases"][db.stem]["tables"]
    assert set(tables) <= objects, set(tables) - objects
    assert {"latest_articles", "latest_quotes", "articles_search"} <= objects
    for name, spec in tables.items():
        columns = {row[1] for row in query(db, f"PRAGMA table_info({name})")}
        named = set(spec.get("columns", {})) | set(spec.get("facets", []))
        named |= {spec[k] for k in ("label_column", "sort_desc", "fts_pk") if k in spec}
        assert named <= columns, (name, named - columns)
        if "fts_table" in spec:
            assert spec["fts_table"] in objects


def test_analysis_recipes_run_as_written(tmp_path):
    """The SQLite queries of docs/analysis.md run on a real store and find what they say."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "analysis.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```sql\n(.*?)```", doc, re.S) if "websearch_to_tsquery" not in b]
    statements = [s for b in blocks for s in b.split(";") if "SELECT" in s]
    assert len(statements) == 3
    db = tmp_path / "rallycrawl.sqlite3"
    quote = dict(make_record()["quotes"][0], text="We will not leave until the council votes a rent freeze")
    store(db, make_record(), make_record(1, headline="Dockworkers walk out", quotes=[quote]))
    with sqlite3.connect(db) as conn:
        results = [conn.execute(s).fetchall() for s in statements]
    assert ("Riverside Tenants Union", 2) in results[0]
    assert [row[1] for row in results[1]] == ["Dockworkers walk out"]
    assert [row[0] for row in results[2]] == ["Dana Pell"] and "rent freeze" in results[2][0][2]
