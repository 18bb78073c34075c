"""``rallycrawl demo``: the README's first command gives real records, offline, on a fresh machine."""

from __future__ import annotations

import csv
import fnmatch
import json
import os
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT
from rallycrawl.demo import SITE

pytestmark = pytest.mark.e2e

PROTEST_HEADLINES = {
    "Tenants Rally Outside City Hall for a Rent Freeze",
    "Bus Drivers Strike Over Unpaid Overtime",
    "Students March Against Library Closures",
    "Residents Hold Candlelight Vigil Over River Pollution",
}


def run_demo(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    # no network: any request through a proxy, to PostgreSQL or to Redis would fail the run
    env.update(http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9", HTTP_PROXY="http://127.0.0.1:9",
               RALLYCRAWL_POSTGRES_DSN="postgresql://nobody@127.0.0.1:9/none",
               RALLYCRAWL_REDIS_URL="redis://127.0.0.1:9/0", PYTHONUNBUFFERED="1")
    return subprocess.run([sys.executable, "-m", "rallycrawl.cli", "demo", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=180)


def test_demo_leaves_real_outputs_in_the_folder_it_names(tmp_path):
    proc = run_demo(tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    folder = tmp_path / "rallycrawl-demo"
    assert f"Demo outputs in {folder}" in proc.stdout
    records = [json.loads(line) for line in (folder / "articles.jsonl").read_text().splitlines()]
    assert {r["headline"] for r in records} == PROTEST_HEADLINES
    assert all(r["is_protest"] and r["event"] for r in records)
    tenants = next(r for r in records if r["headline"].startswith("Tenants"))
    assert tenants["authors"] == ["Nadia Okonkwo"]
    assert tenants["published_date"] == "2026-03-12"
    assert any(q["speaker"] == "Ines Barrow" for q in tenants["quotes"])
    assert any(o["name"] == "Millbrook Tenants Union" and o["role"] == "organiser" for o in tenants["organisations"])
    with (folder / "quotes.csv").open(newline="", encoding="utf-8-sig") as fh:
        quotes = list(csv.DictReader(fh))
    assert {"Ines Barrow", "Petra Lindqvist"} <= {q["speaker"] for q in quotes}
    with (folder / "articles.csv").open(newline="", encoding="utf-8-sig") as fh:
        assert len(list(csv.DictReader(fh))) == 4
    with sqlite3.connect(folder / "rallycrawl.sqlite3") as db:
        rows = dict(db.execute("SELECT headline, is_protest FROM articles"))
    assert len(rows) == 6 and sum(1 for v in rows.values() if not v) == 2
    assert "4 protest reports" in proc.stdout
    assert "Run summary: news finished" in proc.stderr and "6 articles found, 4 exported, 2 left out" in proc.stderr


def test_demo_again_starts_afresh_and_takes_a_folder(tmp_path):
    first = run_demo(tmp_path, "out")
    second = run_demo(tmp_path, "out")
    assert first.returncode == second.returncode == 0, second.stderr[-3000:]
    assert len((tmp_path / "out" / "articles.jsonl").read_text().splitlines()) == 4
    assert "4 exported" in second.stderr  # not "already seen": the earlier demo's store was cleared


def test_every_demo_file_is_shipped_in_the_package():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["rallycrawl"]
    for path in SITE.rglob("*"):
        if path.is_file():
            relative = path.relative_to(SITE.parent.parent).as_posix()
            assert any(fnmatch.fnmatch(relative, g) and relative.count("/") == g.count("/") for g in globs), relative


def test_the_readme_first_command_is_install_and_demo():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh\n", 1)[1].split("```", 1)[0].strip()
    assert first_block.startswith("python3 -m venv .venv") and first_block.endswith("pip install -e . && rallycrawl demo")
