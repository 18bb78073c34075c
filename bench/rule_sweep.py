"""Switch each named extraction rule off in turn and say what it brings on tune and on validation.

Every rule-bearing module keeps a table of named rules (attribution, organisations, event,
metadata, demands) that ``RALLYCRAWL_<KIND>_RULES_OFF`` switches off.  For each rule this runs
``bench/quality.py --split tune|validation --in-process --json -`` with that rule off and prints
how each field's F1 and accuracy move against all rules on (the figure with the rule off minus
the figure with it on: a negative number is what the rule brings).  Validation is read as
totals only, as docs/extraction.md asks.  At the end the rules are grouped:

- **brings on validation**: a validation figure falls when it is off;
- **tune-only**: switching it off lowers a tune figure and leaves every validation figure as it is
  (a rule that fits the pages it was written on, or one whose work other rules also do);
- **neutral**: neither split moves (written from invented text, or covered by another rule);
- **hurts validation**: a validation figure rises when it is off and none falls;
- **other**: only tune moves, and not down (the rule costs on tune and does nothing on validation).

One run of the quality script takes a few seconds, so a sweep over all ~190 rules takes about
ten minutes with ``--jobs 2``.

    python bench/rule_sweep.py                       # every kind, every rule
    python bench/rule_sweep.py --kinds organisation  # one kind
    python bench/rule_sweep.py --rules head,media    # named rules only (of the kinds given)
    python bench/rule_sweep.py --kinds metadata --strip-metadata   # pages without metadata
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: kind -> (environment variable, module holding RULES)
KINDS = {
    "attribution": ("RALLYCRAWL_ATTRIBUTION_RULES_OFF", "rallycrawl.extraction.attribution"),
    "organisation": ("RALLYCRAWL_ORGANISATION_RULES_OFF", "rallycrawl.extraction.organisations"),
    "event": ("RALLYCRAWL_EVENT_RULES_OFF", "rallycrawl.extraction.event_rules"),
    "metadata": ("RALLYCRAWL_METADATA_RULES_OFF", "rallycrawl.extraction.metadata"),
    "demand": ("RALLYCRAWL_DEMAND_RULES_OFF", "rallycrawl.extraction.demands"),
    "relevance": ("RALLYCRAWL_RELEVANCE_RULES_OFF", "rallycrawl.extraction.relevance"),
}
SPLITS = ("tune", "validation")


def rule_names(kind: str) -> list[str]:
    import importlib

    return sorted(importlib.import_module(KINDS[kind][1]).RULES)


def totals(split: str, env_off: dict[str, str], quality_args: list[str]) -> dict[str, tuple[float, float]]:
    """{field: (f1, accuracy)} of one quality run with the given rules off."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_RULES_OFF")}
    env.update(env_off)
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "quality.py"), "--split", split, "--in-process", "--json", "-", *quality_args],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"quality.py --split {split} with {env_off or 'all rules on'}: {last}")
    fields = json.loads(proc.stdout)["fields"]
    return {name: (f["f1"], f["accuracy"]) for name, f in fields.items()}


def moves(base: dict, off: dict) -> dict[str, tuple[float, float]]:
    """The fields whose F1 or accuracy differ, as (off - on) deltas."""
    out = {}
    for name, (f1, acc) in off.items():
        b_f1, b_acc = base.get(name, (f1, acc))
        d = (round(f1 - b_f1, 4), round(acc - b_acc, 4))
        if d != (0.0, 0.0):
            out[name] = d
    return out


def classify(tune: dict, validation: dict) -> str:
    brings = lambda d: any(f1 < 0 or acc < 0 for f1, acc in d.values())  # noqa: E731
    costs = lambda d: any(f1 > 0 or acc > 0 for f1, acc in d.values())  # noqa: E731
    if not tune and not validation:
        return "neutral"
    if brings(tune) and not validation:
        return "tune-only"
    if costs(validation) and not brings(validation):
        return "hurts validation"
    if brings(validation):
        return "brings on validation"
    return "other"


def show(d: dict) -> str:
    return ", ".join(f"{name} {f1:+.3f}/{acc:+.3f}" for name, (f1, acc) in sorted(d.items())) or "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    parser.add_argument("--rules", default="", help="only these rule names (comma-separated)")
    parser.add_argument("--jobs", type=int, default=2, help="quality runs at once")
    parser.add_argument("--validation-list", default=None, help="passed on to quality.py")
    parser.add_argument("--gold", default=None, help="passed on to quality.py")
    parser.add_argument("--pages", default=None, help="passed on to quality.py")
    parser.add_argument("--strip-metadata", action="store_true",
                        help="score pages without their metadata (quality.py --strip-metadata): metadata rules "
                             "that read the visible page show what they bring only there")
    args = parser.parse_args(argv)

    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        parser.error(f"unknown kinds {unknown}; known: {', '.join(KINDS)}")
    only = {r.strip() for r in args.rules.split(",") if r.strip()}
    jobs = [(k, r) for k in kinds for r in rule_names(k) if not only or r in only]
    if only - {r for _, r in jobs}:
        parser.error(f"no such rule among {', '.join(kinds)}: {sorted(only - {r for _, r in jobs})}")
    quality_args: list[str] = []
    if args.validation_list:
        quality_args += ["--validation-list", args.validation_list]
    if args.gold:
        quality_args += ["--gold", args.gold]
    if args.pages:
        quality_args += ["--pages", args.pages]
    if args.strip_metadata:
        quality_args.append("--strip-metadata")

    try:
        base = {split: totals(split, {}, quality_args) for split in SPLITS}

        def measure(job: tuple[str, str]) -> tuple[str, str, dict, dict]:
            kind, rule = job
            env_off = {KINDS[kind][0]: rule}
            off = {split: totals(split, env_off, quality_args) for split in SPLITS}
            return kind, rule, moves(base["tune"], off["tune"]), moves(base["validation"], off["validation"])

        groups: dict[str, list[str]] = {}
        print(f"rule sweep: {len(jobs)} rules; each figure is F1/accuracy with the rule off minus all on")
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            for kind, rule, tune, validation in pool.map(measure, jobs):
                group = classify(tune, validation)
                groups.setdefault(group, []).append(f"{kind}:{rule}")
                if group != "neutral":
                    print(f"{kind}:{rule}  [{group}]  tune: {show(tune)}  |  validation: {show(validation)}", flush=True)
    except RuntimeError as exc:
        print(f"rule_sweep: {exc}", file=sys.stderr)
        return 1
    for group in ("brings on validation", "tune-only", "hurts validation", "other", "neutral"):
        names = groups.get(group, [])
        print(f"\n{group} ({len(names)}): {' '.join(names) if names else '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
