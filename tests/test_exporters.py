import csv
import io

from rallycrawl.exporters import (
    ARTICLE_CSV_COLUMNS,
    ArticleCsvExporter,
    DemandsCsvExporter,
    OrganisationsCsvExporter,
    QuotesCsvExporter,
    article_row,
    cell,
)
from tests.test_items import good_record


def export(exporter_cls, records):
    buf = io.BytesIO()
    exporter = exporter_cls(buf)
    exporter.start_exporting()
    for record in records:
        exporter.export_item(record)
    exporter.finish_exporting()
    return list(csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8"))))


def test_article_row_is_readable_text():
    row = article_row(good_record())
    assert list(row) == ARTICLE_CSV_COLUMNS
    assert row["organisations"] == "Riverside Tenants Union"
    assert row["quote_count"] == "1"
    assert row["demands"] == "a rent freeze"
    assert row["event_kind"] == "rally" and row["event_size"] == "hundreds" and row["event_size_min"] == "200"
    assert row["is_protest"] == "true"
    assert not any(v.startswith(("[", "{")) or "None" == v for v in row.values())


def test_csv_exporters_write_one_row_per_part():
    records = [good_record(), {**good_record(), "url": "http://127.0.0.1/b", "quotes": []}]
    assert len(export(ArticleCsvExporter, records)) == 2
    quotes = export(QuotesCsvExporter, records)
    assert [(q["url"], q["speaker"], q["text"]) for q in quotes] == [("http://127.0.0.1/a", "Priya Castellanos", "We stay.")]
    assert export(OrganisationsCsvExporter, records)[0]["acronym"] == "RTU"
    assert [d["target"] for d in export(DemandsCsvExporter, records)] == ["the mayor", "the mayor"]


def test_cells_never_start_a_formula():
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert cell("@SUM") == "'@SUM" and cell("+1") == "'+1" and cell("-2") == "'-2"
    assert cell(None) == "" and cell(False) == "false" and cell(["a", "b"]) == "a; b"
