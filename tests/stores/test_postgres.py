"""The PostgreSQL store against the real server (``postgres_dsn`` skips when it is absent).

Every test runs in a database of its own module run (created here, dropped afterwards), and
in a schema of its own inside it, selected through the DSN's ``options=-csearch_path=...``.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid

import pytest
import scrapy
from scrapy.exceptions import IgnoreRequest

if os.environ.get("RALLYCRAWL_REQUIRE_SERVICES") != "1":  # where services are required, fail instead
    pytest.importorskip("psycopg")

import psycopg  # noqa: E402
from psycopg import sql  # noqa: E402
from psycopg.conninfo import make_conninfo  # noqa: E402

from rallycrawl.downloadermiddlewares.seen_articles import SeenArticleMiddleware  # noqa: E402
from rallycrawl.pipelines import NotAnArticle  # noqa: E402
from rallycrawl.stores.base import StoreError  # noqa: E402
from rallycrawl.stores.postgres import PostgresPipeline, describe_dsn, redact  # noqa: E402
from store_helpers import make_crawler, make_record  # noqa: E402

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_database(postgres_dsn):
    """A database for this module's tests: its DSN, and an admin DSN to act on it from outside."""
    name = f"rallycrawl_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_conninfo(postgres_dsn, dbname=name), postgres_dsn, name
    finally:
        with psycopg.connect(postgres_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def dsn(pg_database):
    """A DSN whose tables live in a fresh schema."""
    db_dsn, _, _ = pg_database
    schema = f"t_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    return make_conninfo(db_dsn, options=f"-csearch_path={schema}")


def open_pipeline(dsn: str, **settings):
    crawler = make_crawler({"RALLYCRAWL_POSTGRES_DSN": dsn, "RALLYCRAWL_SQLITE_ENABLED": False, **settings})
    pipeline = PostgresPipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline, crawler


def run(dsn: str, *records, **settings) -> dict:
    pipeline, crawler = open_pipeline(dsn, **settings)
    for record in records:
        pipeline.process_item(record)
    pipeline.close_spider()
    return crawler.stats.get_stats()


def query(dsn: str, statement: str, *params):
    with psycopg.connect(dsn) as conn:
        return conn.execute(statement, params).fetchall()


def test_records_land_in_batches(dsn):
    records = [make_record(), make_record(1), make_record(2)]
    pipeline, crawler = open_pipeline(dsn, RALLYCRAWL_POSTGRES_BATCH_SIZE=2)
    for record in records:
        pipeline.process_item(record)
    # One full batch is written at once; the third waits for the next batch, the timer or the close.
    assert query(dsn, "SELECT count(*) FROM articles") == [(2,)]
    pipeline.close_spider()
    assert crawler.stats.get_value("rallycrawl/store/new") == 3
    assert query(dsn, "SELECT count(*) FROM articles") == [(3,)]
    [(record, authors, is_protest)] = query(
        dsn, "SELECT record, authors, is_protest FROM articles WHERE url = %s", records[0]["url"])
    assert record == records[0] and authors == ["Mara Quill"] and is_protest is True
    assert query(dsn, "SELECT speaker, text FROM quotes ORDER BY article_id")[0] == (
        "Dana Pell", "We need homes we can afford")
    assert query(dsn, "SELECT kind, size_min, slogans FROM events")[0] == ("rally", 200, ["Homes not profits"])
    assert query(dsn, "SELECT count(*) FROM organisations") == [(6,)]


def test_rerun_is_idempotent_and_a_change_is_a_new_version(dsn):
    run(dsn, make_record(), make_record(1))
    again = run(dsn, make_record(), make_record(1))
    assert again["rallycrawl/store/unchanged"] == 2
    assert query(dsn, "SELECT count(*) FROM articles") == [(2,)]
    changed = make_record(headline="Tenants rally at city hall for a rent freeze")
    assert run(dsn, changed)["rallycrawl/store/updated"] == 1
    assert query(dsn, "SELECT version, is_latest, headline FROM articles WHERE url = %s ORDER BY version",
                 changed["url"]) == [(1, False, "Tenants rally at city hall"),
                                     (2, True, "Tenants rally at city hall for a rent freeze")]
    assert query(dsn, "SELECT count(*) FROM quotes") == [(3,)]  # the old version keeps its quote


def test_documented_query_runs_on_postgres(dsn):
    import re
    from pathlib import Path

    run(dsn, make_record())
    operations = (Path(__file__).resolve().parents[2] / "docs" / "operations.md").read_text(encoding="utf-8")
    statement = re.search(r"```sql\n(.*?)```", operations.split("## The embedded store (SQLite)", 1)[1], re.S).group(1)
    assert query(dsn, statement)[0][:3] == ("Tenants rally at city hall", "Dana Pell", "We need homes we can afford")


def test_seen_state_lives_in_postgres(dsn, tmp_path):
    run(dsn, make_record())
    pipeline, crawler = open_pipeline(dsn)  # a run that only turns a page away
    crawler.signals.send_catch_log(scrapy.signals.item_dropped, item={"url": make_record(8)["url"]},
                                   response=None, exception=NotAnArticle("no text"), spider=crawler.spider)
    pipeline.close_spider()
    assert query(dsn, "SELECT status FROM seen_urls WHERE url = %s", make_record(8)["url"]) == [("not_article",)]
    # Another machine: its own (empty) SQLite file, the same PostgreSQL.
    crawler = make_crawler({"RALLYCRAWL_POSTGRES_DSN": dsn, "RALLYCRAWL_SQLITE_PATH": str(tmp_path / "x.sqlite3")})
    mw = SeenArticleMiddleware.from_crawler(crawler)
    assert mw.store.name == "postgres"
    with pytest.raises(IgnoreRequest):
        mw.process_request(scrapy.Request(make_record()["canonical_url"], meta={"rallycrawl_article": True}))
    assert mw.process_request(scrapy.Request(make_record(9)["url"], meta={"rallycrawl_article": True})) is None
    with pytest.raises(IgnoreRequest):
        mw.process_request(scrapy.Request(make_record(8)["url"], meta={"rallycrawl_article": True}))
    mw.store.close()


def _terminate(admin_dsn: str, application_name: str = "rallycrawl") -> int:
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        return len(admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s "
            "AND datname = current_database() AND pid <> pg_backend_pid()", (application_name,)).fetchall())


def test_connection_killed_mid_crawl_loses_nothing(dsn, caplog):
    pipeline, crawler = open_pipeline(dsn, RALLYCRAWL_POSTGRES_BATCH_SIZE=3)
    for n in range(1, 4):
        pipeline.process_item(make_record(n))
    assert query(dsn, "SELECT count(*) FROM articles") == [(3,)]
    assert _terminate(dsn) == 1  # the server drops the store's connection
    for n in range(4, 8):  # the next batch meets the dead connection, reconnects, is written
        pipeline.process_item(make_record(n))
    pipeline.close_spider()
    assert "connection lost" in caplog.text
    assert query(dsn, "SELECT count(*) FROM articles") == [(7,)]
    stats = crawler.stats.get_stats()
    assert stats["rallycrawl/store/new"] == 7 and "rallycrawl/store/unstored" not in stats


def test_database_away_then_back_records_buffered_and_stored(dsn, pg_database, caplog):
    caplog.set_level(logging.INFO)
    _, admin_dsn, name = pg_database
    pipeline, crawler = open_pipeline(dsn, RALLYCRAWL_POSTGRES_BATCH_SIZE=2, RALLYCRAWL_POSTGRES_RETRY_TIMEOUT=30)
    pipeline.process_item(make_record(1))
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(sql.Identifier(name)))
    try:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        pipeline.process_item(make_record(2))  # batch full: the write fails, both stay buffered
        pipeline.process_item(make_record(3))
        assert len(pipeline.store.pending) == 3
        assert crawler.stats.get_value("rallycrawl/postgres/buffered") >= 2
        assert "unavailable" in caplog.text
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(sql.Identifier(name)))
    pipeline.close_spider()  # retries until the database answers again
    assert query(dsn, "SELECT count(*) FROM articles") == [(3,)]
    assert "reachable again" in caplog.text
    assert "rallycrawl/store/unstored" not in crawler.stats.get_stats()


def test_database_that_stays_away_stops_with_a_report(dsn, pg_database, tmp_path, caplog):
    _, admin_dsn, name = pg_database
    pipeline, crawler = open_pipeline(dsn, RALLYCRAWL_POSTGRES_BATCH_SIZE=1, RALLYCRAWL_POSTGRES_RETRY_TIMEOUT=1,
                                      RALLYCRAWL_UNSTORED_DIR=str(tmp_path))
    pipeline.process_item(make_record(1))
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(sql.Identifier(name)))
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
    try:
        pipeline.process_item(make_record(2))
        time.sleep(1.1)
        pipeline.store.flush(force=True)
        pipeline.process_item(make_record(3))
        pipeline.close_spider()
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(sql.Identifier(name)))
    assert "giving up" in caplog.text and "stopping the crawl" in caplog.text
    assert "2 record(s) were NOT stored" in caplog.text
    [saved] = tmp_path.glob("rallycrawl-unstored-postgres-*.jsonl")
    assert [json.loads(line)["record"]["url"] for line in saved.read_text().splitlines()] == [
        make_record(2)["url"], make_record(3)["url"]]
    assert crawler.stats.get_value("rallycrawl/store/unstored") == 2
    assert query(dsn, "SELECT url FROM articles") == [(make_record(1)["url"],)]


def test_wrong_credentials_are_a_clear_error_without_the_password(postgres_dsn, caplog):
    secret = "pw-" + uuid.uuid4().hex
    # The test server trusts local connections, so a wrong password alone would be accepted:
    # the role does not exist either, which the server refuses just as it refuses a password.
    bad = make_conninfo(postgres_dsn, user="rallycrawl_no_such_role", password=secret)
    crawler = make_crawler({"RALLYCRAWL_POSTGRES_DSN": bad, "RALLYCRAWL_SQLITE_ENABLED": False})
    pipeline = PostgresPipeline.from_crawler(crawler)
    with pytest.raises(StoreError) as info:
        pipeline.open_spider()
    message = str(info.value)
    assert "PostgreSQL store" in message and "cannot connect" in message
    assert "rallycrawl_no_such_role" in message
    assert secret not in message and secret not in caplog.text
    assert secret not in json.dumps(crawler.stats.get_stats(), default=str)


def test_dsn_is_described_without_its_password():
    dsn = "postgresql://crawler:hunter2@db.example.org:5433/news?sslmode=require"
    assert describe_dsn(dsn) == "crawler@db.example.org:5433/news"
    assert "hunter2" not in redact(f"failed for {dsn} (password hunter2)", dsn)
    assert describe_dsn("host=db user=u password=p dbname=d") == "u@db/d"
    assert describe_dsn("postgresql://u:p@[broken") == "<malformed DSN>"


def test_malformed_dsn_is_a_clear_error():
    crawler = make_crawler({"RALLYCRAWL_POSTGRES_DSN": "not a dsn at all =", "RALLYCRAWL_SQLITE_ENABLED": False})
    pipeline = PostgresPipeline.from_crawler(crawler)
    with pytest.raises(StoreError, match="RALLYCRAWL_POSTGRES_DSN is not a valid connection string"):
        pipeline.open_spider()


@pytest.mark.e2e
def test_crawl_stores_into_postgres_and_never_logs_the_password(dsn, local_server, crawl):
    secret = "pw-" + uuid.uuid4().hex  # the test server trusts local connections: any password passes
    with_password = make_conninfo(dsn, password=secret)
    urls = f"{local_server.url('/store-rally.html')},{local_server.url('/store-market.html')}"
    result = crawl("article", args={"urls": urls}, settings={"RALLYCRAWL_POSTGRES_DSN": with_password})
    assert result.returncode == 0, result.stderr[-3000:]
    assert "PostgreSQL store: connected to" in result.stderr
    assert secret not in result.stderr + result.stdout
    assert query(dsn, "SELECT count(*) FROM articles") == [(2,)]
    assert "'rallycrawl/postgres/new': 2" in result.stderr and "'rallycrawl/sqlite/new': 2" in result.stderr


def test_a_record_the_database_refuses_fails_alone_and_is_reported(dsn, tmp_path, caplog):
    # PostgreSQL text cannot hold NUL: that record is refused, its batch-mates are stored.
    bad = make_record(2, body="A body with a NUL \x00 byte.")
    stats = run(dsn, make_record(1), bad, make_record(3), RALLYCRAWL_POSTGRES_BATCH_SIZE=3,
                RALLYCRAWL_UNSTORED_DIR=str(tmp_path))
    assert stats["rallycrawl/store/new"] == 2 and stats["rallycrawl/store/errors"] == 1
    assert stats["rallycrawl/store/unstored"] == 1
    assert sorted(u for (u,) in query(dsn, "SELECT url FROM articles")) == [make_record(1)["url"], make_record(3)["url"]]
    assert f"could not store {bad['url']}" in caplog.text
    [saved] = tmp_path.glob("rallycrawl-unstored-postgres-*.jsonl")
    assert json.loads(saved.read_text())["record"]["url"] == bad["url"]


def test_one_url_twice_in_a_batch_gives_versions_in_order(dsn):
    changed = make_record(body="The council has agreed to hear the tenants next week.")
    stats = run(dsn, make_record(), changed, make_record(), RALLYCRAWL_POSTGRES_BATCH_SIZE=10)
    assert (stats["rallycrawl/store/new"], stats["rallycrawl/store/updated"]) == (1, 2)
    assert query(dsn, "SELECT version, is_latest FROM articles ORDER BY version") == [
        (1, False), (2, False), (3, True)]


def test_seen_lookup_without_the_database_fetches_the_page(dsn, pg_database):
    _, admin_dsn, name = pg_database
    run(dsn, make_record())
    crawler = make_crawler({"RALLYCRAWL_POSTGRES_DSN": dsn, "RALLYCRAWL_SQLITE_ENABLED": False})
    mw = SeenArticleMiddleware.from_crawler(crawler)
    request = scrapy.Request(make_record()["url"], meta={"rallycrawl_article": True})
    with pytest.raises(IgnoreRequest):
        mw.process_request(request)
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(sql.Identifier(name)))
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
    try:
        started = time.monotonic()
        for _ in range(20):  # not knowing costs a download, never a stall per request
            assert mw.process_request(request) is None
        assert time.monotonic() - started < 2
        assert crawler.stats.get_value("rallycrawl/postgres/seen_lookup_errors") == 20
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(sql.Identifier(name)))
    mw.store.close()


def test_two_workers_storing_the_same_articles_at_once_store_each_once(dsn):
    import threading

    records = [make_record(n) for n in range(1, 41)]
    results: list[dict] = []

    def worker(order):
        results.append(run(dsn, *order, RALLYCRAWL_POSTGRES_BATCH_SIZE=7))

    threads = [threading.Thread(target=worker, args=(records,)),
               threading.Thread(target=worker, args=(records[::-1],))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert query(dsn, "SELECT count(*), count(DISTINCT url), max(version) FROM articles") == [(40, 40, 1)]
    assert sum(r.get("rallycrawl/store/new", 0) for r in results) == 40
    assert sum(r.get("rallycrawl/store/unchanged", 0) for r in results) == 40


def test_latest_views_and_full_text_search_on_postgres(dsn):
    run(dsn, make_record(), make_record(1, headline="Dockworkers walk out at the harbour", quotes=[]))
    run(dsn, make_record(body=make_record()["body"] + "\n\nA vote follows next week."))
    assert query(dsn, "SELECT count(*) FROM quotes") == [(2,)]
    assert query(dsn, "SELECT count(*) FROM latest_articles") == [(2,)]
    assert query(dsn, "SELECT count(*) FROM latest_quotes") == [(1,)]
    assert query(dsn, "SELECT count(*) FROM latest_organisations") == [(4,)]
    hits = query(dsn, "SELECT url FROM articles_search WHERE is_latest "
                      "AND document @@ websearch_to_tsquery('simple', 'dockworkers')")
    assert hits == [("http://news.example.org/2026/03/story-1",)]
    speakers = query(dsn, "SELECT speaker FROM quotes_search WHERE document @@ websearch_to_tsquery('simple', 'afford')")
    assert speakers == [("Dana Pell",), ("Dana Pell",)]  # both versions: join latest_quotes for the latest only
    # the index is the one the view's expression uses
    with psycopg.connect(dsn) as conn:
        conn.execute("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT url FROM articles_search WHERE document @@ websearch_to_tsquery('simple', 'harbour')"))
    assert "articles_search_idx" in plan
    run(dsn, make_record(2))  # opening again re-creates nothing and fails nothing
    assert query(dsn, "SELECT count(*) FROM latest_articles") == [(3,)]


def test_analysis_recipe_for_postgres_runs_as_written(dsn):
    from pathlib import Path
    import re

    doc = (Path(__file__).resolve().parents[2] / "docs" / "analysis.md").read_text(encoding="utf-8")
    [block] = [b for b in re.findall(r"```sql\n(.*?)```", doc, re.S) if "websearch_to_tsquery" in b]
    run(dsn, make_record(), make_record(1, headline="Dockworkers walk out", quotes=[]))
    assert query(dsn, block.strip().rstrip(";")) == [("http://news.example.org/2026/03/story-1", "Dockworkers walk out")]
