"""The record defined once: its metadata drives the validator, the CSV columns, the SQL tables and the docs."""

import copy
from pathlib import Path

import pytest

import rallycrawl.items
import rallycrawl.record
from rallycrawl.exporters import ARTICLE_CSV_COLUMNS, DEMAND_CSV_COLUMNS, ORGANISATION_CSV_COLUMNS, QUOTE_CSV_COLUMNS
from rallycrawl.record import PARTS, ArticleRecord, Quote, RecordError, specs, validate_record, with_added_keys
from rallycrawl.record.docs import render
from rallycrawl.stores.schema import STORE_SCHEMA_VERSION, TABLE
from tests.test_items import good_record

DOCS = Path(__file__).resolve().parents[1] / "docs" / "record.md"


def test_docs_tables_match_the_metadata():
    page = DOCS.read_text(encoding="utf-8")
    assert render(page) == page, "run: python -m rallycrawl.record.docs docs/record.md"


def test_every_key_has_a_meaning_and_each_csv_place_is_taken_once():
    for cls in (ArticleRecord, *PARTS.values()):
        assert all(s.doc.strip() for s in specs(cls)), cls
    for columns in (ARTICLE_CSV_COLUMNS, QUOTE_CSV_COLUMNS, ORGANISATION_CSV_COLUMNS, DEMAND_CSV_COLUMNS):
        assert len(columns) == len(set(columns))


def test_parts_export_their_fields_in_declaration_order():
    for cls in PARTS.values():
        example = cls(**_required(cls))
        assert list(example.to_dict()) == [s.name for s in specs(cls)]


def _required(cls):
    values = {str: "x", int: 0}
    return {s.name: values[s.type] for s in specs(cls) if not s.nullable and s.type in values}


def test_old_import_path_is_the_same_record():
    assert rallycrawl.items.Quote is rallycrawl.record.Quote
    assert rallycrawl.items.validate_record is validate_record


def test_quote_arguments_after_text_are_named():
    # a positional call could silently swap fields whose order changed; it fails instead
    with pytest.raises(TypeError):
        Quote("We stay.", 0)  # type: ignore[misc]


def test_validator_reads_added_part_keys_and_old_records_get_them():
    record = copy.deepcopy(good_record())
    del record["quotes"][0]["rule"]
    with pytest.raises(RecordError, match=r"quotes\[0\]\.rule is missing"):
        validate_record(record)
    for key in rallycrawl.record.ADDED_KEYS:
        del record[key]
    validate_record(with_added_keys(record))
    assert record["quotes"][0]["rule"] is None and record["extractor_version"] == "unknown"


# The stores' tables and the CSV columns are derived from the metadata; these pins say what they
# must stay: a change here breaks stores made by earlier versions (bump STORE_SCHEMA_VERSION with a
# migration) or misaligns CSV files that a crawl appends to.

STORE_LAYOUT = {
    "articles": "id id; url text; url_key text; canonical_url text null; domain text; version int;"
                " is_latest bool; content_hash text; stored_at text; last_seen_at text; fetched_at text;"
                " schema_version int; headline text; description text null; authors json;"
                " published text null; modified text null; publisher text null; section text null;"
                " language text null; body text; word_count int; is_protest bool; protest_score real;"
                " record json",
    "organisations": "article_id ref; position int; name text; acronym text null; role text; mentions int",
    "quotes": "article_id ref; position int; text text; speaker text null; speaker_title text null;"
              " organisation text null; cue text null; kind text; paragraph int",
    "demands": "article_id ref; position int; text text; target text null; source text",
    "events": "article_id ref; kind text; date text null; location text null; target text null;"
              " size_text text null; size_min int null; size_max int null; tactics json; slogans json",
}


@pytest.mark.parametrize("table", sorted(STORE_LAYOUT))
def test_store_tables_keep_layout_2(table):
    assert STORE_SCHEMA_VERSION == 2
    columns = "; ".join(f"{c.name} {c.type}{' null' if c.nullable and c.type not in ('id', 'ref') else ''}"
                        for c in TABLE[table].columns)
    assert columns == STORE_LAYOUT[table]


def test_csv_columns_keep_their_order():
    context = ["url", "headline", "published", "published_date"]
    assert QUOTE_CSV_COLUMNS == context + ["paragraph", "speaker", "speaker_title", "organisation", "cue",
                                           "kind", "text"]
    assert ORGANISATION_CSV_COLUMNS == context + ["name", "acronym", "role", "mentions"]
    assert DEMAND_CSV_COLUMNS == context + ["text", "target", "source"]
    assert ARTICLE_CSV_COLUMNS == [
        "url", "canonical_url", "domain", "fetched_at", "headline", "description", "authors", "published",
        "published_date", "published_utc", "modified", "publisher", "section", "language", "word_count",
        "is_protest", "protest_score", "organisations", "organisers", "quote_count", "speakers", "demands",
        "event_kind", "event_date", "event_location", "event_target", "event_size", "event_size_min",
        "event_size_max", "slogans", "body", "extractor_version",
    ]


def test_the_time_form_of_fetched_at_is_defined_once():
    import re

    from rallycrawl.extraction import article
    from rallycrawl.spiders import base as spiders
    from rallycrawl.stores import base as stores

    assert article.utc_now is spiders.utc_now is stores.utc_now is rallycrawl.record.utc_now
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00", rallycrawl.record.utc_now())
