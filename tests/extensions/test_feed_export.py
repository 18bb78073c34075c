"""Export targets checked before a crawl, and exports that count what they lose (issue 13, item 5)."""

from __future__ import annotations

import os

import pytest
from scrapy.settings import Settings

from rallycrawl.extensions.feed_export import ExportTargetError, check_export_target, check_export_targets, local_feed_path


def test_a_good_target_is_checked_without_leaving_anything_behind(tmp_path):
    check_export_target(str(tmp_path / "news.jsonl"))
    check_export_target(str(tmp_path / "exports" / "2026" / "news.jsonl"))  # Scrapy makes the folders
    assert list(tmp_path.iterdir()) == []
    existing = tmp_path / "old.jsonl"
    existing.write_text('{"url": "x"}\n')
    os.utime(existing, (1_000_000, 1_000_000))
    check_export_target(str(existing))
    assert existing.read_text() == '{"url": "x"}\n' and existing.stat().st_mtime == 1_000_000


@pytest.mark.parametrize(("make", "message"), [
    (lambda t: (t / "d").mkdir() or t / "d", "is a directory"),
    (lambda t: (t / "f").write_text("x") and t / "f" / "news.jsonl", "Not a directory"),
    (lambda t: (t / "f").write_text("x") and t / "f" / "a" / "news.jsonl", "Not a directory"),
])
def test_bad_targets_are_refused_with_the_reason(tmp_path, make, message):
    with pytest.raises(ExportTargetError, match=message):
        check_export_target(str(make(tmp_path)))


def test_only_local_files_are_checked_and_uri_parameters_are_filled_in(tmp_path):
    assert local_feed_path("s3://bucket/x.jsonl") is None and local_feed_path("stdout:") is None
    assert local_feed_path(f"file://{tmp_path}/x.jsonl") == f"{tmp_path}/x.jsonl"
    (tmp_path / "news").mkdir()
    settings = Settings({"FEEDS": {f"{tmp_path}/%(name)s": {"format": "jsonlines"},
                                   "s3://bucket/%(name)s.jsonl": {"format": "jsonlines"}}})
    with pytest.raises(ExportTargetError, match="is a directory"):  # %(name)s became the spider's name
        check_export_targets(settings, "news")
    check_export_targets(settings, "article")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news"]
