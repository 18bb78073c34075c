"""Records for the event tests: the hand-written groups of ``tests/fixtures/events/groups.json``."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("event_grouping", ROOT / "bench" / "event_grouping.py")
event_grouping = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(event_grouping)

record_from_entry = event_grouping.record_from_entry
written_set = event_grouping.written_set
pairwise = event_grouping.pairwise


def entry(**fields) -> dict:
    """A short hand-written entry (see groups.json) with defaults for what a test leaves out."""
    base = {"url": "https://news.example/a", "publisher": "Example News", "published": "2026-03-03T12:00:00+00:00",
            "headline": "Tenants rally for a rent freeze", "lead": "",
            "event": {"kind": "rally", "date": "2026-03-03", "location": "Riverside City Hall", "target": "the mayor"},
            "organisers": [["Riverside Tenants Union", "RTU"]]}
    base.update(fields)
    return record_from_entry(base)
