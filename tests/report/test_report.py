"""The HTML report: what it shows, filters, hostile text, the command's interface, 10,000 events."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))
from event_records import entry, written_set  # noqa: E402

from rallycrawl.report import Filters, ReportSource, build_figures, render_report, write_report  # noqa: E402
from rallycrawl.report.load import load_records  # noqa: E402
from rallycrawl.stores.events import EventPipeline  # noqa: E402
from rallycrawl.stores.sqlite import SqlitePipeline  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stores"))
from store_helpers import make_crawler  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def figures_of(records, filters=None):
    filters = filters or Filters()
    kept = [r for r in records if filters.matches(r)]
    return build_figures(kept, source=ReportSource("jsonl", "records.jsonl"), filters=filters,
                         read={"read": len(records), "unusable": 0, "filtered_out": len(records) - len(kept)})


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def run_report(args, cwd, module="rallycrawl.cli"):
    """``rallycrawl report ...``, or ``scrapy report ...`` with the project's settings (as in a checkout)."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings"} if module == "scrapy" else None
    return subprocess.run([sys.executable, "-m", module, "report", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env=env)


def test_the_report_shows_every_part_the_issue_lists():
    records = [r for _, r in written_set()]
    records[1]["quotes"] = [{"text": "We will be back every Tuesday", "speaker": "Priya Castellanos",
                             "speaker_title": None, "organisation": "Riverside Tenants Union", "cue": "said",
                             "kind": "direct", "paragraph": 0}]
    f = figures_of(records)
    assert f["headline"]["articles"] == 17 and f["headline"]["events"] == 9
    assert f["headline"]["first"] == "2026-02-16" and f["headline"]["last"] == "2026-06-13"
    assert f["organising"][0] == {"name": "Climate Youth Lakeside", "events": 2}
    assert {"name": "Meridian Terminals", "events": 1} in f["targeted"]
    assert f["speakers"][0]["name"] == "Priya Castellanos"
    assert f["speakers"][0]["organisations"] == ["Riverside Tenants Union"]
    assert next(d for d in f["demands"] if d["text"] == "a coal exit by 2030")["sources"].__len__() == 2
    page = render_report(f)
    for heading in ("Headline figures", "Protest events per week, by kind", "Most often organising",
                    "Most often targeted", "Most quoted speakers", "Demands", "Events (9)",
                    "Coverage per outlet and language", "What the numbers are based on"):
        assert heading in page, heading
    tenants = next(e for e in f["events"] if e["report_count"] == 4)
    row = re.search(rf'<tr id="{tenants["event_id"]}">.*?</tr>', page).group(0)
    for source in tenants["sources"]:
        assert f'href="{source["url"]}"' in row
    assert "200–1,000" in row  # the size as a range over the sources' figures
    assert "rallycrawl version" in page and "records read" in page
    assert "http://" not in page.split("<body>")[0]  # nothing to fetch: no stylesheet, font or script URL
    assert "default-src 'none'" in page


def test_filters_by_date_outlet_language_kind_and_organisation():
    records = [r for _, r in written_set()]
    assert figures_of(records, Filters(since=date(2026, 4, 1), until=date(2026, 4, 30)))["headline"]["events"] == 2
    assert figures_of(records, Filters(outlet="County Radio"))["headline"]["articles"] == 2
    assert figures_of(records, Filters(outlet="ledger.example"))["headline"]["articles"] == 3
    assert figures_of(records, Filters(language="es"))["headline"]["events"] == 2
    assert figures_of(records, Filters(kind="strike"))["headline"]["articles"] == 4
    assert figures_of(records, Filters(organisation="hwg"))["headline"]["events"] == 1


def test_page_text_is_escaped_and_only_web_links_are_links():
    hostile = entry(url="javascript:alert(1)", publisher='"><img src=x onerror=alert(1)>',
                    headline="<script>alert('headline')</script>",
                    event={"kind": "<b>rally</b>", "date": "2026-03-03", "location": "</td></tr><script>x()</script>",
                           "target": "<svg onload=alert(1)>", "size_text": "<i>many</i>", "size_min": 5, "size_max": 5},
                    organisers=[["<iframe src=//evil>", None]])
    hostile["demands"] = [{"text": "</table><script>alert(2)</script>", "target": None, "source": "report"}]
    hostile["quotes"] = [{"text": "</blockquote><script>alert(3)</script>", "speaker": "<b>Eve</b>",
                          "speaker_title": None, "organisation": "<u>x</u>", "cue": "said", "kind": "direct",
                          "paragraph": 0}]
    page = render_report(figures_of([hostile, entry(url="https://ok.example/1")]))
    assert page.count("<script") == 1  # the report's own pager
    for raw in ("<img", "<svg onload", "<iframe", "<b>rally", "<b>Eve", "<u>x", "<i>many", "</table><script", 'href="javascript:'):
        assert raw not in page, raw
    assert "&lt;script&gt;alert(&#x27;headline&#x27;)&lt;/script&gt;" in page


def test_the_command_reads_the_store_the_settings_name(tmp_path):
    store = tmp_path / "rallycrawl.sqlite3"
    crawler = make_crawler({"RALLYCRAWL_SQLITE_PATH": str(store)})
    events, sqlite = EventPipeline.from_crawler(crawler), SqlitePipeline.from_crawler(crawler)
    sqlite.open_spider()
    for _, record in written_set():
        sqlite.process_item(events.process_item(record))
    events.close_spider()
    sqlite.close_spider()
    result = run_report(["-o", "out.html", "--kind", "rally"], tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert f"SQLite store {store}" in page and "kind = rally" in page
    assert re.search(r'<span class="why" title="[^"]*organiser: [^"]*">joined: ', page)  # why, from event_reports
    assert "wrote out.html" in result.stderr
    # the scrapy command is the same command
    result = run_report(["-o", "again.html", "--since", "2026-03-01"], tmp_path, module="scrapy")
    assert result.returncode == 0, result.stderr
    assert "since = 2026-03-01" in (tmp_path / "again.html").read_text(encoding="utf-8")


def test_the_command_reads_an_export_and_reports_bad_input_in_one_line(tmp_path):
    records = [r for _, r in written_set()]
    write_jsonl(tmp_path / "records.jsonl", records)
    with (tmp_path / "records.jsonl").open("a") as fh:
        fh.write('{"truncated": \n["not", "a record"]\n')
    result = run_report(["--input", "records.jsonl", "-o", "r.html", "--language", "en"], tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<dt>skipped as unusable</dt><dd>2</dd>" in page
    assert "<dt>left out by the filters</dt><dd>4</dd>" in page
    for args, status, message in [
        (["-o", "x.html"], 1, "no SQLite store at rallycrawl.sqlite3"),
        (["--input", "missing.jsonl"], 1, "cannot read missing.jsonl"),
        (["--input", "records.jsonl", "--since", "2026-02-30"], 2, "--since takes a date as YYYY-MM-DD"),
        (["--input", "records.jsonl", "--since", "2026-05-01", "--until", "2026-04-01"], 2, "--since is after --until"),
        (["--input", "records.jsonl", "-o", "no-such-dir/r.html"], 1, "cannot write no-such-dir/r.html"),
        (["--dsn", "postgresql://nobody:s3cret@127.0.0.1:1/none"], 1, "cannot read the PostgreSQL store"),
    ]:
        result = run_report(args, tmp_path)
        assert result.returncode == status, (args, result.stderr)
        assert result.stderr.strip().startswith("rallycrawl: error: ") and message in result.stderr, result.stderr
        assert "s3cret" not in result.stderr and "Traceback" not in result.stderr


def test_readable_at_ten_thousand_events(tmp_path):
    rng = random.Random(7)

    def word(n=8):
        return "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(n // 2)).capitalize()

    towns = [word() for _ in range(300)]
    records = []
    for i in range(10_000):
        day = date(2023, 1, 1) + timedelta(days=rng.randrange(1000))
        town, group = rng.choice(towns), f"{word(6)} {word(6)}"
        records.append(entry(url=f"https://o{i % 40}.example/{i}", publisher=f"Outlet {i % 40}",
                             published=f"{day}T12:00:00+00:00", headline=f"{word()} {word()} in {town}",
                             event={"kind": rng.choice(["rally", "march", "strike", "vigil"]), "date": day.isoformat(),
                                    "location": f"{town} {word()}", "target": word(6)},
                             organisers=[[group, None]]))
    started = time.monotonic()
    write_report(ReportSource("jsonl", str(write_jsonl(tmp_path / "big.jsonl", records))), Filters(),
                 str(tmp_path / "big.html"))
    elapsed = time.monotonic() - started
    size = (tmp_path / "big.html").stat().st_size
    page = (tmp_path / "big.html").read_text(encoding="utf-8")
    assert page.count("<tr id=") >= 9_000  # a few reports may rightly merge; the rest are rows
    assert 'class="paged" data-search data-page-size="50"' in page
    assert size < 8_000_000, size  # docs/report.md states about 4 MB for 10,000 events
    assert elapsed < 120, elapsed


def test_records_that_break_the_contract_are_skipped_not_fatal(tmp_path):
    good = entry(url="https://ok.example/1")
    old = entry(url="https://ok.example/2")
    del old["event_id"]  # an export made before event_id existed
    bad_org = entry(url="https://bad.example/1")
    bad_org["organisations"] = ["just a string"]
    bad_date = entry(url="https://bad.example/2")
    bad_date["event"]["date"] = 20260303
    path = write_jsonl(tmp_path / "mixed.jsonl", [good, old, bad_org, bad_date])
    records, read = load_records(ReportSource("jsonl", str(path)), Filters())
    assert [r["url"] for r in records] == ["https://ok.example/1", "https://ok.example/2"]
    assert read == {"read": 4, "unusable": 2, "filtered_out": 0}


@settings(max_examples=int(os.environ.get("RALLYCRAWL_FUZZ_EXAMPLES", "40")), deadline=None, derandomize=True)
@given(st.lists(st.text(max_size=30), min_size=9, max_size=9), st.integers(-5, 10**9))
def test_any_page_text_ends_up_escaped(texts, number):
    marked = [f"<zz{t}" for t in texts]
    record = entry(url="https://x.example/" + texts[0], publisher=marked[0], headline=marked[1],
                   event={"kind": marked[2], "date": "2026-03-03", "location": marked[3], "target": marked[4],
                          "size_text": marked[5], "size_min": number, "size_max": number, "slogans": [marked[6]]},
                   organisers=[[marked[7], None]])
    record["demands"] = [{"text": marked[8], "target": None, "source": "report"}]
    record["quotes"] = [{"text": marked[8], "speaker": marked[7], "speaker_title": None, "organisation": marked[0],
                         "cue": "said", "kind": "direct", "paragraph": 0}]
    page = render_report(figures_of([record, entry(url="https://y.example/1")]))
    assert "<zz" not in page and page.count("<script") == 1
