"""The quality gate: extraction on the validation split must not fall below the floors
pinned in bench/quality_floors.json (docs/extraction.md, "The quality gate").

The gold pages are not part of the project: the gate runs when the shared folder
is beside the clone (``../shared``, as CI lays it out), at ``$RALLYCRAWL_SHARED``
or at ``/work/shared``, and is skipped otherwise.  It extracts in process with
``rallycrawl.extract_article`` (a few seconds), as ``bench/quality.py --split
validation --in-process --check-floors`` does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench_scripts import load  # tests/bench/bench_scripts.py

ROOT = Path(__file__).resolve().parents[2]


quality = load("quality")
FLOORS = json.loads((ROOT / "bench" / "quality_floors.json").read_text(encoding="utf-8"))


def test_floors_cover_every_field_and_sit_below_what_was_measured():
    assert FLOORS["split"] == "validation"
    assert set(FLOORS["floors"]) <= set(quality.FIELDS)
    for field, measures in FLOORS["floors"].items():
        for measure, floor in measures.items():
            assert 0 <= floor <= FLOORS["measured"][field][measure], field


def test_a_figure_below_its_floor_fails_the_gate():
    totals = {f: quality.Tally() for f in quality.FIELDS}
    totals["headline"] = quality.Tally(hit=9, found=9, right=9, total=10, fp=1, fn=1)
    assert quality.below_floors(totals, {"headline": {"accuracy": 0.85}}) == []
    assert quality.below_floors(totals, {"headline": {"accuracy": 0.95}}) == ["headline accuracy 0.9 < floor 0.95"]
    assert quality.below_floors(totals, {"quotes": {"f1": 0.5}}) == ["quotes f1 missing < floor 0.5"]
    assert quality.floors_from(totals)["headline"] == {"accuracy": 0.86}


@pytest.mark.skipif(not quality.DEFAULT_VALIDATION.is_file(), reason="the shared gold corpus is not beside the clone")
def test_validation_split_stays_above_the_floors():
    golds = quality.select_split(quality.load_golds(quality.DEFAULT_GOLD), "validation", quality.DEFAULT_VALIDATION)
    assert len(golds) == FLOORS["pages"], "the validation split changed: measure again and rewrite the floors"
    scores, _ = quality.score_golds(golds, quality.DEFAULT_PAGES, in_process=True)
    failed = quality.below_floors(quality.total(scores), FLOORS["floors"])
    assert not failed, "extraction quality fell below the floors on the validation split:\n" + "\n".join(failed)
