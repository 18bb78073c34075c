"""bench/relevance_sweep.py: precision and recall per threshold, on the project's own pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_scripts import load  # tests/bench/bench_scripts.py

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "bench" / "devset"


def test_sweep_counts_precision_and_recall_per_threshold():
    sweep = load("relevance_sweep").sweep
    scores = [(0.9, True, "a"), (0.6, True, "b"), (0.4, False, "c"), (0.2, True, "d"), (0.1, False, "e")]
    rows = {row["threshold"]: row for row in sweep(scores, [0.15, 0.5, 0.95])}
    assert rows[0.15]["called"] == 4 and rows[0.15]["recall"] == 1.0 and rows[0.15]["precision"] == 0.75
    assert rows[0.5]["called"] == 2 and rows[0.5]["recall"] == pytest.approx(2 / 3)
    assert rows[0.95]["called"] == 0 and rows[0.95]["precision"] is None and rows[0.95]["accuracy"] == 0.4


def test_sweep_runs_on_the_devset_pages(capsys):
    if not (DEVSET / "gold").is_dir():
        pytest.skip("no devset")
    module = load("relevance_sweep")
    assert module.main(["--gold", str(DEVSET / "gold"), "--pages", str(DEVSET / "pages"), "--split", "all"]) == 0
    out = capsys.readouterr().out
    assert "<- default" in out and "threshold" in out
