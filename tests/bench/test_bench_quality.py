"""bench/quality.py: the scoring rules of gold-format.md, and one small real run on the project's own pages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench_scripts import load  # tests/bench/bench_scripts.py

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "bench" / "devset"


quality = load("quality")

GOLD = {
    "file": "x.html",
    "headline": "\u2018We stay\u2019: tenants occupy the lobby",
    "published": "2024-03-05",
    "authors": ["Mara Quist"],
    "is_protest": True,
    "organisations": {
        "required": [{"name": "Gull Street Tenants Union", "aliases": ["GSTU"]},
                     {"name": "Kestrel Homes", "aliases": []}],
        "allowed": [{"name": "The Harbour Gazette", "aliases": []}],
    },
    "quotes": [
        {"text": "We will stay here until the managers come down and talk to us", "speaker": "Bernadette Quayle",
         "organisation": "Gull Street Tenants Union"},
        {"text": "Nobody should pay full rent for a flat that makes children ill", "speaker": "Farid Haddad",
         "organisation": None},
    ],
    "optional_quotes": [{"text": "open a window"}],
    "demands": [{"id": "survey", "any": ["survey"]}, {"id": "rehouse", "any": ["rehouse"]}],
    "allowed_demands": ["repairs"],
    "slogans": ["Fix our homes now"],
    "event": {"kind": "sit-in", "location_any": ["kestrel homes"], "target_any": ["kestrel"], "size_any": []},
}

RECORD = {
    "headline": "'We stay':  Tenants occupy the lobby",
    "published": "2024-03-05T16:48:00+00:00",
    "authors": ["Mara Quist", "Staff"],
    "is_protest": True,
    "organisations": [
        {"name": "Gull Street Tenants Union", "acronym": "GSTU"},
        {"name": "GSTU", "acronym": None},
        {"name": "the Harbour Gazette", "acronym": None},
        {"name": "Portside", "acronym": None},
    ],
    "quotes": [
        {"text": "We will stay here until the managers come down and talk to us, however long it takes",
         "speaker": "Quayle"},
        {"text": "Nobody should pay full rent for a flat that makes children ill", "speaker": "Bernadette Quayle"},
        {"text": "open a window", "speaker": None},
        {"text": "The weather on Tuesday was cold and wet across the region", "speaker": None},
    ],
    "demands": [{"text": "a survey of every flat"}, {"text": "carry out repairs"}, {"text": "lower parking fees"}],
    "event": {"kind": "sit-in", "location": "the lobby of Kestrel Homes", "target": None, "size_text": "forty",
              "slogans": ["Fix our homes now!", "Rent strike"]},
}


def test_a_page_scored_field_by_field():
    score = quality.score_page("g.json", "http://127.0.0.1/x.html", GOLD, RECORD)
    t = score.tallies
    assert (t["headline"].right, t["published"].right) == (1, 1)  # quote characters, case, spacing; date part
    assert (t["authors"].hit, t["authors"].fp, t["authors"].right) == (1, 1, 0)
    # two predicted names of one required organisation are both right; allowed ones count neither way
    orgs = t["organisations"]
    assert (orgs.hit, orgs.fp, orgs.found, orgs.fn) == (2, 1, 1, 1)
    # 80% of a gold quote's words found it; 60% of an exported quote's words must be in one gold text
    assert (t["quotes"].found, t["quotes"].fn, t["quotes"].hit, t["quotes"].fp) == (2, 0, 3, 1)
    # surname is enough; a wrong name is a miss and a false hit
    assert (t["speakers"].hit, t["speakers"].fp, t["speakers"].fn, t["speakers"].right) == (1, 1, 1, 1)
    assert (t["demands"].found, t["demands"].fn, t["demands"].hit, t["demands"].fp) == (1, 1, 2, 1)
    assert (t["slogans"].found, t["slogans"].hit, t["slogans"].fp) == (1, 1, 1)
    assert t["event_location"].right == 1 and t["event_target"].fn == 1
    assert t["event_size"].total == 0  # the gold gives no size: not scored
    assert any("organisations extra: ['Portside']" in n for n in score.notes)


def test_a_page_without_a_record_misses_everything():
    score = quality.score_page("g.json", "http://127.0.0.1/x.html", GOLD, None, failure="no record exported")
    totals = quality.total([score])
    assert totals["headline"].fn == 1 and totals["quotes"].fn == 2 and totals["organisations"].fn == 2
    assert totals["is_protest"].fn == 1 and totals["demands"].fn == 2
    assert all(t.fp == 0 for t in totals.values())


def test_prefix_quotes_are_found_by_their_first_words_in_order():
    gold = {"headline": "h", "quotes": [{"text": "the council has failed every family on", "prefix": True,
                                         "speaker": "Ana Ruiz"}]}
    found = {"quotes": [{"text": "The council has failed every family on this estate, and it knows it",
                         "speaker": "Ana Ruiz"}]}
    shuffled = {"quotes": [{"text": "every family on this estate: the council has failed", "speaker": "Ana Ruiz"}]}
    quotes, speakers = quality.score_quotes(gold, found, [])
    assert (quotes.found, quotes.hit, quotes.fp, speakers.right) == (1, 1, 0, 1)
    quotes, _ = quality.score_quotes(gold, shuffled, [])
    # Not found (the words are not in order), yet not wrong: 60% of its words are in the gold text.
    assert (quotes.found, quotes.fp) == (0, 0)
    quotes, _ = quality.score_quotes(gold, {"quotes": [{"text": "a different thing entirely was said"}]}, [])
    assert (quotes.found, quotes.fp) == (0, 1)


def test_published_may_be_unknown_or_one_of_several_dates():
    notes: list[str] = []
    assert quality.score_published({"published": None}, {"published": None}, notes).right == 1
    assert quality.score_published({"published": None}, {"published": "2024-01-01"}, notes).fp == 1
    assert quality.score_published({"published": ["2024-01-01", "2024-01-02"]},
                                   {"published": "2024-01-02T01:00:00Z"}, notes).right == 1


def test_speaker_of_an_organisation_quote():
    gold = {"text": "x", "speaker": None, "organisation": "Aerolinea Costa"}
    assert quality.speaker_right(gold, "Aerolinea Costa") is True
    assert quality.speaker_right(gold, "Ingrid Solheim") is False
    assert quality.speaker_right({"text": "x", "speaker": None, "organisation": None}, None) is None
    assert quality.speaker_right({"text": "x", "speaker": "Martin Luther King Jr."}, "King") is True


@pytest.mark.e2e
def test_quality_script_on_the_project_devset(tmp_path):
    """A real crawl of two of the project's own pages plus one page that is no article."""
    pages, gold = tmp_path / "pages", tmp_path / "gold"
    pages.mkdir()
    gold.mkdir()
    for name in sorted(p.name for p in (DEVSET / "gold").glob("*.json"))[:2]:
        record = json.loads((DEVSET / "gold" / name).read_text(encoding="utf-8"))
        shutil.copy(DEVSET / "pages" / record["file"], pages / record["file"])
        shutil.copy(DEVSET / "gold" / name, gold / name)
    (pages / "empty.html").write_text("<html><head><title>Menu</title></head><body><a href='/'>Home</a></body></html>")
    (gold / "zz-empty.json").write_text(json.dumps({"file": "empty.html", "headline": "Menu", "quotes": [
        {"text": "a quote nobody will find", "speaker": "Nobody"}]}))
    # Past the limit: never served (its page does not even exist).
    (gold / "zzz-past-the-limit.json").write_text(json.dumps({"file": "missing.html", "headline": "x"}))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "quality.py"), "--gold", str(gold), "--pages", str(pages),
         "--limit", "3", "--json", "-", "--verbose"],
        capture_output=True, text=True, timeout=240, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["pages"] == 3 and summary["exported"] == 2
    assert [f["gold"] for f in summary["failures"]] == ["zz-empty.json"]
    assert summary["failures"][0]["reason"]
    assert set(summary["fields"]) == set(quality.FIELDS)
    assert summary["fields"]["headline"]["gold_found"] == 2
    assert summary["fields"]["quotes"]["gold_missed"] >= 1  # the failed page's quote counts as missed
    assert len(summary["per_page"]) == 3
    assert "?" in summary["by_language"] and len(summary["by_language"]) >= 2  # "?": the page without a record


def test_missing_gold_folder_is_a_usage_error(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "quality.py"), "--gold", str(tmp_path / "missing")],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2 and "no such folder" in proc.stderr


def test_an_exported_quote_joining_two_gold_quotes_is_not_wrong():
    gold = {"quotes": [
        {"text": "Every nurse on this line has gone home knowing a patient waited too long", "speaker": "Ola Ek"},
        {"text": "That is what this strike is about, and it is not about us at all", "speaker": "Ola Ek"},
    ]}
    joined = {"quotes": [{"text": "Every nurse on this line has gone home knowing a patient waited too long. "
                                  "That is what this strike is about, and it is not about us at all",
                          "speaker": "Ola Ek"}]}
    quotes, speakers = quality.score_quotes(gold, joined, [])
    assert (quotes.found, quotes.hit, quotes.fp, speakers.right) == (2, 1, 0, 2)


def test_a_crawl_that_fails_as_a_whole_says_why():
    out = quality.CrawlOutput({}, 1, "Traceback (most recent call last):\nRuntimeError: no reactor\n", 0.5)
    assert quality.crawl_error(out) == "RuntimeError: no reactor"
    assert quality.failure_reason("http://127.0.0.1/x.html", out) == "RuntimeError: no reactor"
    ok = quality.CrawlOutput({}, 0, "INFO: Dropped http://127.0.0.1/x.html: not an article: no article text\n", 0.5)
    assert quality.crawl_error(ok) is None
    assert quality.failure_reason("http://127.0.0.1/x.html", ok).endswith("not an article: no article text")
