"""Failures the exit status must show: exports, stores and signals (issue 13, items 5, 6, 8, 9).

Each test runs ``scrapy crawl`` or ``scrapy cron`` in a subprocess against a
local server, with real files (a tmpfs when one can be mounted, for a real
full disk), and checks that the run fails exactly when something was lost or
refused, and says what.
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from conftest import run_scrapy

pytestmark = pytest.mark.e2e

WORDS = ("The march set off from the railway station shortly after ten and wound through the market "
         "square, where stallholders stopped trading to watch the banners go past. ")


def article(i: int, size: int = 3) -> bytes:
    paragraphs = "".join(
        f"<p>Paragraph {j} of report {i}. {WORDS * size}Organisers from the Valley Water Campaign said the "
        f"protest was about keeping the reservoir in public hands.</p>" for j in range(5)
    )
    return (f"<html><head><title>Reservoir protest report number {i}</title></head><body><article>"
            f"<h1>Reservoir protest report number {i}</h1>{paragraphs}</article></body></html>").encode()


@pytest.fixture
def site(local_server):
    for i in range(12):
        local_server.route(f"/report/{i}", article(i))
    return local_server


def crawl_args(tmp_path, urls, *outputs: str, command: str = "crawl", settings: dict | None = None) -> list[str]:
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    args = [command, "article", "-a", f"urls_file={listing}"]
    base = {"ROBOTSTXT_OBEY": "False", "AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "INFO",
            "RALLYCRAWL_SQLITE_PATH": str(tmp_path / "store.sqlite3"), "RALLYCRAWL_UNSTORED_DIR": str(tmp_path)}
    for key, value in {**base, **(settings or {})}.items():
        args += ["-s", f"{key}={value}"]
    for output in outputs:
        args += ["-o", output]
    return args


def summary(log: str) -> str:
    lines = [line for line in log.splitlines() if "Run summary:" in line]
    assert len(lines) == 1, log[-3000:]
    return lines[0]


# -- 5. exports ----------------------------------------------------------------------------


def _immutable_folder(tmp_path):
    folder = tmp_path / "immutable"
    folder.mkdir()
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not allowed here")
    return folder


@pytest.mark.parametrize("command", ["crawl", "cron"])
@pytest.mark.parametrize("case", ["directory", "under_a_file", "proc", "immutable_folder", "immutable_subfolder"])
def test_an_export_target_that_cannot_be_written_stops_the_command_before_the_crawl(site, tmp_path, case, command):
    cleanup = None
    if case == "directory":
        (tmp_path / "exports").mkdir()
        target, expected = f"{tmp_path / 'exports'}:jsonl", "is a directory; give a file in it"
    elif case == "under_a_file":
        (tmp_path / "exports").write_text("not a folder")
        target, expected = str(tmp_path / "exports" / "news.jsonl"), "Not a directory"
    elif case == "proc":
        target, expected = "/proc/rallycrawl-news.jsonl", "cannot write the export /proc/rallycrawl-news.jsonl"
    else:
        folder = _immutable_folder(tmp_path)
        cleanup = ["chattr", "-i", str(folder)]
        sub = "news.jsonl" if case == "immutable_folder" else "2026/news-%(time)s.jsonl"
        target, expected = str(folder / sub), "Operation not permitted"
    try:
        proc = run_scrapy(crawl_args(tmp_path, [site.url("/report/1")], target, command=command), tmp_path)
    finally:
        if cleanup:
            subprocess.run(cleanup, check=True)
    assert proc.returncode == 2, proc.stderr[-2000:]
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rallycrawl: error: ") and expected in lines[0], proc.stderr
    assert not (tmp_path / "store.sqlite3").exists()  # nothing started
    if case == "immutable_subfolder":
        assert list((tmp_path / "immutable").iterdir()) == []


def test_a_missing_folder_of_an_export_is_created_not_refused(site, tmp_path):
    out = tmp_path / "exports" / "2026" / "news.jsonl"
    proc = run_scrapy(crawl_args(tmp_path, [site.url("/report/1")], str(out)), tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len(out.read_text().splitlines()) == 1


@pytest.fixture
def small_disk(tmp_path):
    """A 48 KiB tmpfs: a real file system that fills up (skipped where mounting is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", str(mount)], capture_output=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_disk_that_fills_up_mid_run_fails_the_run_and_leaves_only_whole_lines(local_server, tmp_path, small_disk):
    urls = []
    for i in range(12):
        local_server.route(f"/long/{i}", article(i, size=6))  # about 7 KB a record
        urls.append(local_server.url(f"/long/{i}"))
    jsonl, csv_out = small_disk / "news.jsonl", small_disk / "news.csv"
    proc = run_scrapy(crawl_args(tmp_path, urls, str(jsonl), str(csv_out), command="cron",
                                 settings={"CONCURRENT_REQUESTS": "1"}), tmp_path)
    log = proc.stderr
    assert proc.returncode == 5, log[-3000:]
    assert "Traceback" not in log
    # the files hold whole records only: every line parses, nothing cut at the end
    text = jsonl.read_text(encoding="utf-8")
    assert text.endswith("\n")
    written = [json.loads(line)["url"] for line in text.splitlines()]
    assert 0 < len(written) < len(urls)
    csv_text = csv_out.read_text(encoding="utf-8")
    assert csv_text.endswith("\r\n") or csv_text.endswith("\n")
    line = summary(log)
    lost = int(re.search(rf"(\d+) records? not written to the export {re.escape(str(jsonl))} "
                         r"\(No space left on device\)", line).group(1))
    assert lost == len(urls) - len(written)
    assert f"not written to the export {csv_out}" in line
    for url in set(urls) - set(written):
        assert f"Could not write {url} to the export {jsonl}: No space left on device" in log
    # the store has every record, and the scheduler's line says what went wrong
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(urls)
    assert re.search(r"rallycrawl: .*not written to the export .* \(exit 5\)$", log.strip().splitlines()[-1])


def test_a_write_that_fails_part_way_is_cut_back_to_the_last_whole_line(tmp_path):
    """A file size limit (RLIMIT_FSIZE) makes a write stop part-way, as a full disk does."""
    path = tmp_path / "out.jsonl"
    script = textwrap.dedent(f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (5000, 5000))
        from rallycrawl.exporters import JsonLinesExporter
        from rallycrawl.extensions.feed_export import ExportWriteError
        with open({str(path)!r}, "ab") as file:
            exporter = JsonLinesExporter(file, encoding="utf-8")
            exporter.start_exporting()
            outcomes = []
            for i in range(4):
                try:
                    exporter.export_item({{"url": f"http://a.example/{{i}}", "body": "x" * 1500}})
                    outcomes.append("ok")
                except ExportWriteError as exc:
                    outcomes.append(exc.strerror)
            print(outcomes)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env={**os.environ})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "['ok', 'ok', 'ok', 'File too large']"
    lines = path.read_text().splitlines(keepends=True)
    assert len(lines) == 3 and all(line.endswith("\n") for line in lines)
    assert [json.loads(line)["url"] for line in lines] == [f"http://a.example/{i}" for i in range(3)]


# -- 6. a store that rejects every record ------------------------------------------------------


def test_a_sqlite_store_that_rejects_every_record_fails_the_run_and_names_the_unstored_file(site, tmp_path):
    urls = [site.url(f"/report/{i}") for i in range(3)]
    first = run_scrapy(crawl_args(tmp_path, urls[:1], str(tmp_path / "first.jsonl")), tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:  # a store that refuses every new version
        db.execute("CREATE TRIGGER refuse BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'refused'); END")
        db.execute("DELETE FROM seen_urls")
    out = tmp_path / "out.jsonl"
    proc = run_scrapy(crawl_args(tmp_path, urls, str(out), command="cron", settings={"RALLYCRAWL_SKIP_SEEN": "False"}),
                      tmp_path)
    assert proc.returncode == 5, proc.stderr[-3000:]
    saved = [p for p in tmp_path.iterdir() if p.name.startswith("rallycrawl-unstored-sqlite-")]
    assert len(saved) == 1
    assert sorted(json.loads(line)["record"]["url"] for line in saved[0].read_text().splitlines()) == sorted(urls[1:])
    assert f"2 records not stored by the sqlite store, kept in {saved[0]}" in summary(proc.stderr)
    assert len(out.read_text().splitlines()) == 3  # the export has them all
    assert "Traceback" not in proc.stderr


# -- 9. a store that cannot open ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["crawl", "cron"])
def test_a_store_that_cannot_open_is_one_line_and_exit_1(site, tmp_path, command):
    (tmp_path / "not-a-folder").write_text("x")
    proc = run_scrapy(crawl_args(tmp_path, [site.url("/report/1")], str(tmp_path / "out.jsonl"), command=command,
                                 settings={"RALLYCRAWL_SQLITE_PATH": str(tmp_path / "not-a-folder" / "s.sqlite3"),
                                           "RALLYCRAWL_LOCK_PATH": str(tmp_path / "run.lock")}), tmp_path)
    assert proc.returncode == 1, proc.stderr[-3000:]
    errors = [line for line in proc.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and "SQLite store: cannot open" in errors[0] and "the crawl cannot start" in errors[0]
    assert "Traceback" not in proc.stderr and "Task exception" not in proc.stderr
    assert "AssertionError" not in proc.stderr
    assert "the crawl could not start: SQLite store: cannot open" in summary(proc.stderr)
    assert proc.stderr.strip().splitlines()[-1].startswith("rallycrawl: the crawl could not start: SQLite store")
    assert "Crawled 1 pages" not in proc.stderr and not (tmp_path / "out.jsonl").exists()


# -- 8. SIGTERM / SIGINT just after start-up -----------------------------------------------------


def _start(tmp_path, args) -> tuple[subprocess.Popen, object]:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings", "PYTHONUNBUFFERED": "1"}
    log = open(tmp_path / "crawl.log", "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    return subprocess.Popen([sys.executable, "-m", "scrapy", *args], cwd=tmp_path, stdout=log,
                            stderr=subprocess.STDOUT, env=env), log


def _wait_for(path, text: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in path.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.01)
    raise AssertionError(f"{text!r} not seen in {path}")


@pytest.mark.parametrize("command", ["crawl", "cron"])
@pytest.mark.parametrize(("signum", "moment"), [
    (signal.SIGTERM, "Overridden settings"),  # the crawler is being set up
    (signal.SIGTERM, "Enabled item pipelines"),  # the engine and stores are opening
    (signal.SIGINT, "Spider opened"),
])
def test_a_signal_just_after_start_up_shuts_down_cleanly_and_says_so(site, tmp_path, command, signum, moment):
    out = tmp_path / "out.json"
    proc, log_file = _start(tmp_path, crawl_args(tmp_path, [site.url(f"/report/{i}") for i in range(12)],
                                                 str(out), command=command))
    try:
        _wait_for(tmp_path / "crawl.log", moment)
        proc.send_signal(signum)
        status = proc.wait(timeout=90)
    finally:
        proc.kill()
        log_file.close()
    log = (tmp_path / "crawl.log").read_text(encoding="utf-8")
    name = signal.Signals(signum).name
    assert status == 128 + signum, log[-3000:]
    assert "Traceback" not in log and "could not start" not in log
    assert f"interrupted by {name}" in summary(log)
    assert log.strip().splitlines()[-1] == f"rallycrawl: interrupted by {name}: the crawl did not finish (exit {status})"
    if command == "crawl" or out.exists():  # scrapy cron writes no empty file
        assert isinstance(json.loads(out.read_text(encoding="utf-8")), list)  # the export was closed properly


# -- 6 and 9 with PostgreSQL ------------------------------------------------------------------------


@pytest.fixture
def pg_schema(postgres_dsn):
    """A fresh schema in the test database, with rallycrawl's tables: ``(admin DSN, schema)``."""
    psycopg = pytest.importorskip("psycopg")
    from psycopg import sql

    schema = f"exit_{os.urandom(5).hex()}"
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    try:
        yield postgres_dsn, schema
    finally:
        with psycopg.connect(postgres_dsn, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))


def _pg_dsn(dsn: str, schema: str, **changes) -> str:
    from psycopg.conninfo import make_conninfo

    return make_conninfo(dsn, options=f"-csearch_path={schema}", **changes)


@pytest.mark.parametrize("refusal", ["permission_denied", "missing_table"])
def test_a_postgres_store_that_rejects_every_record_fails_the_run(site, tmp_path, pg_schema, refusal):
    import psycopg
    from psycopg import sql

    admin, schema = pg_schema
    urls = [site.url(f"/report/{i}") for i in range(3)]
    settings = {"RALLYCRAWL_SQLITE_ENABLED": "False", "RALLYCRAWL_LOCK_PATH": str(tmp_path / "run.lock")}
    env = {"RALLYCRAWL_POSTGRES_DSN": _pg_dsn(admin, schema)}
    first = run_scrapy(crawl_args(tmp_path, [site.url("/report/11")], str(tmp_path / "first.jsonl"),
                                  settings=settings), tmp_path, env=env)
    assert first.returncode == 0, first.stderr[-2000:]  # the tables exist now
    role = f"rallycrawl_reader_{os.urandom(4).hex()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        if refusal == "permission_denied":
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
            # everything a crawl needs (the store opens, reads and writes the other tables) but INSERT on articles
            conn.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA {} TO {}").format(
                sql.Identifier(schema), sql.Identifier(role)))
            conn.execute(sql.SQL("GRANT ALL ON ALL TABLES IN SCHEMA {} TO {}").format(
                sql.Identifier(schema), sql.Identifier(role)))
            conn.execute(sql.SQL("GRANT ALL ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
                sql.Identifier(schema), sql.Identifier(role)))
            conn.execute(sql.SQL("REVOKE INSERT ON {}.articles FROM {}").format(
                sql.Identifier(schema), sql.Identifier(role)))
            env = {"RALLYCRAWL_POSTGRES_DSN": _pg_dsn(admin, schema, user=role)}
        else:
            conn.execute(sql.SQL("DROP TABLE {}.articles CASCADE").format(sql.Identifier(schema)))
    try:
        proc = run_scrapy(crawl_args(tmp_path, urls, str(tmp_path / "out.jsonl"), command="cron",
                                     settings={**settings, "RALLYCRAWL_SKIP_SEEN": "False"}), tmp_path, env=env)
    finally:
        if refusal == "permission_denied":
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    assert proc.returncode == 5, proc.stderr[-3000:]
    saved = [p for p in tmp_path.iterdir() if p.name.startswith("rallycrawl-unstored-postgres-")]
    assert len(saved) == 1
    assert sorted(json.loads(line)["record"]["url"] for line in saved[0].read_text().splitlines()) == sorted(urls)
    assert f"3 records not stored by the postgres store, kept in {saved[0]}" in summary(proc.stderr)
    assert "permission denied" in proc.stderr if refusal == "permission_denied" else "does not exist" in proc.stderr
    assert len((tmp_path / "out.jsonl").read_text().splitlines()) == 3


def test_an_unreachable_postgres_is_one_line_and_exit_1(site, tmp_path):
    env = {"RALLYCRAWL_POSTGRES_DSN": "postgresql://rallycrawl@127.0.0.1:9/news"}  # the discard port: refused
    proc = run_scrapy(crawl_args(tmp_path, [site.url("/report/1")], str(tmp_path / "out.jsonl"), command="cron",
                                 settings={"RALLYCRAWL_SQLITE_ENABLED": "False",
                                           "RALLYCRAWL_LOCK_PATH": str(tmp_path / "run.lock")}), tmp_path, env=env)
    assert proc.returncode == 1, proc.stderr[-3000:]
    errors = [line for line in proc.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and "PostgreSQL store" in errors[0] and "cannot connect" in errors[0], proc.stderr
    assert "Traceback" not in proc.stderr and "Task exception" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("rallycrawl: the crawl could not start: ")
