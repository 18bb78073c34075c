"""bench/relevance_sweep.py: precision and recall per threshold, on the project's own pages."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "bench" / "devset"


def _load():
    spec = importlib.util.spec_from_file_location("rallycrawl_bench_relevance_sweep", ROOT / "bench" / "relevance_sweep.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_sweep_counts_precision_and_recall_per_threshold():
    sweep = _load().sweep
    scores = [(0.9, True, "a"), (0.6, True, "b"), (0.4, False, "c"), (0.2, True, "d"), (0.1, False, "e")]
    rows = {row["threshold"]: row for row in sweep(scores, [0.15, 0.5, 0.95])}
    assert rows[0.15]["called"] == 4 and rows[0.15]["recall"] == 1.0 and rows[0.15]["precision"] == 0.75
    assert rows[0.5]["called"] == 2 and rows[0.5]["recall"] == pytest.approx(2 / 3)
    assert rows[0.95]["called"] == 0 and rows[0.95]["precision"] is None and rows[0.95]["accuracy"] == 0.4


def test_sweep_runs_on_the_devset_pages(capsys):
    if not (DEVSET / "gold").is_dir():
        pytest.skip("no devset")
    module = _load()
    assert module.main(["--gold", str(DEVSET / "gold"), "--pages", str(DEVSET / "pages"), "--split", "all"]) == 0
    out = capsys.readouterr().out
    assert "<- default" in out and "threshold" in out
