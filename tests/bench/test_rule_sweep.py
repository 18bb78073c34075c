"""bench/rule_sweep.py: each named rule switched off in turn, grouped by what it brings where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench_scripts import load  # tests/bench/bench_scripts.py

ROOT = Path(__file__).resolve().parents[2]
DEVSET = ROOT / "bench" / "devset"


def test_moves_are_off_minus_on_and_only_the_fields_that_move():
    moves = load("rule_sweep").moves
    on = {"organisations": (0.80, 0.83), "speakers": (0.90, 0.88)}
    off = {"organisations": (0.75, 0.80), "speakers": (0.90, 0.88)}
    assert moves(on, off) == {"organisations": (-0.05, -0.03)}


@pytest.mark.parametrize(
    "tune, validation, group",
    [
        ({}, {}, "neutral"),
        ({"organisations": (-0.01, -0.02)}, {}, "tune-only"),
        ({"organisations": (-0.01, 0.0)}, {"organisations": (-0.02, 0.0)}, "brings on validation"),
        ({"speakers": (-0.01, 0.0)}, {"speakers": (0.01, 0.0)}, "hurts validation"),
        ({}, {"speakers": (-0.01, -0.01)}, "brings on validation"),
    ],
)
def test_classify(tune, validation, group):
    assert load("rule_sweep").classify(tune, validation) == group


def test_a_sweep_on_the_devset_pages(tmp_path, capsys):
    if not (DEVSET / "gold").is_dir():
        pytest.skip("no devset")
    # a validation list naming a third of the devset pages, as the shared one does for gold-dev
    files = sorted(json.loads(p.read_text(encoding="utf-8"))["file"] for p in (DEVSET / "gold").glob("*.json"))
    listing = tmp_path / "validation.txt"
    listing.write_text("# test split\n" + "\n".join(files[::3]) + "\n", encoding="utf-8")
    module = load("rule_sweep")
    status = module.main(["--kinds", "organisation", "--rules", "head,definition", "--jobs", "1",
                          "--gold", str(DEVSET / "gold"), "--pages", str(DEVSET / "pages"),
                          "--validation-list", str(listing)])
    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith("rule sweep: 2 rules")
    for group in ("brings on validation", "tune-only", "hurts validation", "neutral"):
        assert f"\n{group} (" in out
    # the head rule finds most organisations: switching it off moves something somewhere
    assert "organisation:head  [" in out


def test_unknown_kinds_and_rules_are_refused(capsys):
    module = load("rule_sweep")
    with pytest.raises(SystemExit):
        module.main(["--kinds", "nonsense"])
    assert "unknown kinds" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        module.main(["--kinds", "event", "--rules", "no_such_rule"])
    assert "no such rule" in capsys.readouterr().err


def test_strip_metadata_is_passed_on(monkeypatch, capsys):
    module = load("rule_sweep")
    seen = []
    monkeypatch.setattr(module, "totals", lambda split, env, args: seen.append(list(args)) or {"published": (1.0, 1.0)})
    assert module.main(["--kinds", "metadata", "--rules", "two-digit-year", "--jobs", "1", "--strip-metadata"]) == 0
    assert seen and all("--strip-metadata" in args for args in seen)
    assert "neutral (1): metadata:two-digit-year" in capsys.readouterr().out
