"""RecordPipeline: only a record that breaks the contract is an invalid record; a bug is an error."""

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from rallycrawl import pipelines
from rallycrawl.pipelines import RecordPipeline
from rallycrawl.spiders.article import ArticleSpider
from tests.test_items import good_record


@pytest.fixture
def pipeline():
    crawler = get_crawler(ArticleSpider, {"ITEM_PIPELINES": {}})
    crawler.stats.open_spider()
    return RecordPipeline.from_crawler(crawler)


def test_a_record_breaking_the_contract_is_dropped_and_counted(pipeline, monkeypatch):
    monkeypatch.setattr(pipelines, "build_record", lambda adapter: {**good_record(), "word_count": "12"})
    with pytest.raises(DropItem, match="invalid record: word_count"):
        pipeline.process_item({"url": "http://127.0.0.1/a"})
    assert pipeline.stats.get_value("rallycrawl/invalid_record") == 1


def test_a_missing_stage_is_an_error_not_an_invalid_record(pipeline):
    # no _metadata/_body/_analysis: a pipeline was switched off or failed, a programming error
    # that Scrapy reports as an item error (with its traceback), not a counted contract breach
    with pytest.raises(KeyError):
        pipeline.process_item({"url": "http://127.0.0.1/a", "fetched_at": "2024-01-01T00:00:00+00:00"})
    assert pipeline.stats.get_value("rallycrawl/invalid_record") is None


def test_a_type_error_in_building_the_record_is_an_error(pipeline, monkeypatch):
    def broken(adapter):
        raise TypeError("unsupported operand type(s)")

    monkeypatch.setattr(pipelines, "build_record", broken)
    with pytest.raises(TypeError):
        pipeline.process_item({"url": "http://127.0.0.1/a"})
    assert pipeline.stats.get_value("rallycrawl/invalid_record") is None
