"""CSV exports neutralise spreadsheet formulas in every cell that holds page text."""

from __future__ import annotations

import csv
import io

import pytest

from rallycrawl.exporters import (
    ArticleCsvExporter,
    DemandsCsvExporter,
    OrganisationsCsvExporter,
    QuotesCsvExporter,
    cell,
)

FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tindent=1", "\r=1+1",
            "=cmd|' /C calc'!A0",
            # what spreadsheets skip or fold before a formula (issue 13)
            "  =1+1", "\u00a0=1+1", "\u00a0 \u2003=1+1", "\u200b=1+1", "\ufeff=1+1", "\u2060@SUM(A1)",
            "\uff1dHYPERLINK(\"http://evil.example\")", "\uff0b1+1", "\uff0d1+1", "\uff20SUM(A1)",
            "\n=1+1", "\n", " \t=1", "\x00=1"]


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_cells_get_an_apostrophe(text):
    assert cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Protest = success", "a-b", "Mail me@example.org", "", "'quoted",
                                  "  indented text", "\u00a0no-break space first", "\u200bzero width first"])
def test_ordinary_text_is_unchanged(text):
    assert cell(text) == text


def test_numbers_stay_numbers():
    assert cell(-3) == "-3" and cell(-0.25) == "-0.25" and cell(2.0) == "2"


def _hostile_record(text: str) -> dict:
    return {
        "url": "http://127.0.0.1/a", "canonical_url": None, "domain": "127.0.0.1", "fetched_at": "2024-01-01T00:00:00+00:00",
        "schema_version": 1, "headline": text, "description": text, "authors": [text, "Ana Ruiz"],
        "published": None, "modified": None, "publisher": text, "section": text, "language": "en",
        "body": text + "\n\n" + text, "word_count": 3, "is_protest": True, "protest_score": 0.9,
        "organisations": [{"name": text, "acronym": text, "role": "organiser", "mentions": 1}],
        "quotes": [{"text": text, "speaker": text, "speaker_title": text, "organisation": text, "cue": "said",
                    "kind": "direct", "paragraph": 0}],
        "demands": [{"text": text, "target": text, "source": "quote"}],
        "event": {"kind": "rally", "date": None, "location": text, "target": text, "size_text": text,
                  "size_min": None, "size_max": None, "tactics": [text], "slogans": [text]},
    }


@pytest.mark.parametrize("exporter_cls", [ArticleCsvExporter, QuotesCsvExporter, OrganisationsCsvExporter, DemandsCsvExporter])
@pytest.mark.parametrize("text", FORMULAS)
def test_no_exported_cell_starts_a_formula(exporter_cls, text):
    out = io.BytesIO()
    exporter = exporter_cls(out)
    exporter.start_exporting()
    exporter.export_item(_hostile_record(text))
    exporter.finish_exporting()
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    assert len(rows) == 2  # header and one row: CR, tabs and quotes did not break the CSV
    for value in rows[1]:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (exporter_cls.__name__, value)


def test_json_lines_never_break_a_record_over_two_lines():
    """Regression (fuzz): U+0085, U+2028 and U+2029 stayed raw, and str.splitlines() split records."""
    import json

    from rallycrawl.exporters import JsonLinesExporter

    record = {"url": "http://127.0.0.1/a", "headline": "a\x85b\u2028c\u2029d", "body": "line\nbreak\r\x1c"}
    out = io.BytesIO()
    exporter = JsonLinesExporter(out, encoding="utf-8")
    exporter.start_exporting()
    exporter.export_item(record)
    exporter.export_item(record)
    exporter.finish_exporting()
    text = out.getvalue().decode("utf-8")
    assert [json.loads(line) for line in text.splitlines()] == [record, record]
