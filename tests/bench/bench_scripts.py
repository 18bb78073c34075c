"""The bench scripts as modules, for the tests of tests/bench (bench/ is no package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load(script: str):
    """``bench/<script>.py`` as module ``rallycrawl_bench_<script>``, loaded once per test session."""
    name = f"rallycrawl_bench_{script}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{script}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
