"""The suite touches PostgreSQL and Redis only when told to, through RALLYCRAWL_TEST_* variables."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

ONE_POSTGRES_TEST = "tests/stores/test_postgres.py::test_records_land_in_batches"


def _pytest(env_overrides: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("RALLYCRAWL_TEST_POSTGRES_DSN", "RALLYCRAWL_TEST_REDIS_URL", "RALLYCRAWL_REQUIRE_SERVICES")}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", ONE_POSTGRES_TEST],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )


def test_without_the_variable_a_local_postgres_is_not_used():
    proc = _pytest({})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 skipped" in proc.stdout
    assert "set RALLYCRAWL_TEST_POSTGRES_DSN" in proc.stdout


def test_an_empty_variable_counts_as_unset_and_ci_makes_it_mandatory():
    proc = _pytest({"RALLYCRAWL_TEST_POSTGRES_DSN": "", "RALLYCRAWL_REQUIRE_SERVICES": "1"})
    assert proc.returncode != 0
    assert "required service missing" in proc.stdout
