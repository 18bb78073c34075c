"""End to end: the summary line adds up, is the run's last line, and what is left out is auditable."""

from __future__ import annotations

import re
import sqlite3

import pytest

from .test_news_crawl import BAKERY, BANK, BIKES, FAST, exported_paths

pytestmark = pytest.mark.e2e

BUCKETS = re.compile(r"(\d+) (exported|left out as not about a protest|outside the since/until window|"
                     r"over max_articles|invalid records|already seen \(not fetched\))")


def summary(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert "Run summary:" in lines[-1], f"the summary is not the last line: {lines[-3:]}"
    assert sum("Run summary:" in line for line in lines) == 1
    return lines[-1]


def buckets(line: str) -> dict[str, int]:
    found = int(re.search(r"(\d+) articles found", line).group(1))
    named = {label: int(n) for n, label in BUCKETS.findall(line)}
    assert sum(named.values()) == found, line
    return named


def test_window_and_left_out_articles_add_up_and_are_kept_in_the_store(news_site, crawl, tmp_path):
    result = crawl("news", args={"site": news_site.url("/"), "since": "2021-04-05", "until": "2021-04-10"},
                   settings={**FAST, "RALLYCRAWL_SQLITE_PATH": str(tmp_path / "store.sqlite3")})
    assert result.returncode == 0, result.stderr[-3000:]
    line = summary(result.stderr)
    named = buckets(line)
    exported = exported_paths(result, news_site)
    assert named["exported"] == len(exported) and exported
    # in the window: BANK and BIKES are no protest; BAKERY (no date in its URL) is outside on its page date
    assert named["left out as not about a protest"] == 2
    assert named["outside the since/until window"] == 1
    with sqlite3.connect(tmp_path / "store.sqlite3") as db:
        kept = {url.removeprefix(news_site.url("")): (is_protest, score) for url, is_protest, score
                in db.execute("SELECT url, is_protest, protest_score FROM articles")}
    # every analysed article is in the store, the left-out ones with is_protest false and their score
    assert {BANK, BIKES} | set(exported) == set(kept)
    assert kept[BANK][0] == 0 and 0.0 <= kept[BANK][1] < 1.0
    assert BAKERY not in kept
    # each left-out article named once, at INFO, with its score
    for path in (BANK, BIKES):
        logged = [x for x in result.stderr.splitlines() if news_site.url(path) in x and "not about a protest" in x]
        assert len(logged) == 1 and " INFO: " in logged[0] and "protest_score 0." in logged[0], logged
    assert "stored: " in line and "2 left out, kept for auditing" in line


def test_max_articles_and_already_seen_add_up(news_site, crawl, tmp_path):
    store = {"RALLYCRAWL_SQLITE_PATH": str(tmp_path / "store.sqlite3")}
    first = crawl("news", args={"site": news_site.url("/"), "only_protest": "false", "max_articles": "3"},
                  settings={**FAST, **store, "CONCURRENT_REQUESTS": "16"}, output="one.jsonl")
    assert first.returncode == 0, first.stderr[-3000:]
    named = buckets(summary(first.stderr))
    assert named["exported"] == 3 == len(first.records())
    second = crawl("news", args={"site": news_site.url("/"), "only_protest": "false"},
                   settings={**FAST, **store}, output="two.jsonl")
    named = buckets(summary(second.stderr))
    assert named["already seen (not fetched)"] >= 3
    assert named["exported"] == len(second.records())


def test_summary_survives_log_level_warning(news_site, crawl):
    result = crawl("news", args={"site": news_site.url("/"), "max_articles": "1"},
                   settings={**FAST, "LOG_LEVEL": "WARNING", "RALLYCRAWL_SQLITE_ENABLED": "False"})
    assert result.returncode == 0, result.stderr[-3000:]
    assert " INFO: " not in result.stderr
    line = summary(result.stderr)
    assert line.startswith("Run summary: news max_articles") and line.endswith(": ok")
