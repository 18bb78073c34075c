"""RALLYCRAWL_<KIND>_RULES_OFF: a named rule switched off for a run, a misspelt name refused."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rallycrawl.extraction.rule_switches import switched_off

MODULES = {
    "RALLYCRAWL_ATTRIBUTION_RULES_OFF": ("rallycrawl.extraction.attribution", "pronoun_reach"),
    "RALLYCRAWL_EVENT_RULES_OFF": ("rallycrawl.extraction.event_rules", "target_opponents"),
    "RALLYCRAWL_ORGANISATION_RULES_OFF": ("rallycrawl.extraction.organisations", "head"),
    "RALLYCRAWL_METADATA_RULES_OFF": ("rallycrawl.extraction.metadata", "two-digit-year"),
    "RALLYCRAWL_DEMAND_RULES_OFF": ("rallycrawl.extraction.demands", "modal_sentence"),
}


def test_names_are_read_comma_separated(monkeypatch):
    monkeypatch.setenv("RALLYCRAWL_TEST_RULES_OFF", " a, b ,,")
    assert switched_off("RALLYCRAWL_TEST_RULES_OFF") == {"a", "b"}
    assert switched_off("RALLYCRAWL_TEST_RULES_OFF", {"a", "b", "c"}, "test") == {"a", "b"}
    with pytest.raises(ValueError, match=r"unknown test rules: \['b'\]"):
        switched_off("RALLYCRAWL_TEST_RULES_OFF", {"a"}, "test")


def _import_with(variable: str, value: str, module: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_RULES_OFF")}
    env[variable] = value
    return subprocess.run([sys.executable, "-c", f"import {module}"], env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("variable", sorted(MODULES))
def test_a_misspelt_rule_is_refused_when_the_module_loads(variable):
    module, known = MODULES[variable]
    assert _import_with(variable, known, module).returncode == 0
    proc = _import_with(variable, f"{known},no_such_rule", module)
    assert proc.returncode != 0 and "no_such_rule" in proc.stderr and "unknown" in proc.stderr
