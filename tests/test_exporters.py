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


def test_excel_form_starts_with_a_byte_order_mark_and_splits_on_semicolons():
    buf = io.BytesIO()
    exporter = ArticleCsvExporter(buf, excel=True)
    exporter.start_exporting()
    exporter.export_item(good_record())
    exporter.finish_exporting()
    data = buf.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 and rows[0]["organisations"] == "Riverside Tenants Union"


def test_plain_form_has_no_byte_order_mark():
    buf = io.BytesIO()
    exporter = QuotesCsvExporter(buf)
    exporter.start_exporting()
    exporter.finish_exporting()
    assert buf.getvalue().startswith(b"url,headline,")


def test_appending_to_a_csv_file_writes_no_second_header(tmp_path):
    path = tmp_path / "out.csv"
    for _ in range(2):  # as two runs with -o out.csv would
        with open(path, "ab") as fh:
            exporter = DemandsCsvExporter(fh, excel=True)
            exporter.start_exporting()
            exporter.export_item(good_record())
            exporter.finish_exporting()
    text = path.read_bytes().decode("utf-8")
    assert text.count("url;headline;published") == 1
    assert text.count("\ufeff") == 1
    assert len(list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))) == 2


def test_appending_to_a_json_array_is_refused_but_jsonl_and_overwrite_are_not(tmp_path):
    from rallycrawl.exporters import json_append_error

    existing = tmp_path / "out.json"
    existing.write_text("[]", encoding="utf-8")
    error = json_append_error({str(existing): {"format": "json", "overwrite": False}})
    assert error and "-O" in error and str(existing) in error
    assert json_append_error({existing.as_uri(): {"format": "json", "overwrite": False}})
    assert json_append_error({str(existing): {"format": "json", "overwrite": True}}) is None
    assert json_append_error({str(tmp_path / "new.json"): {"format": "json", "overwrite": False}}) is None
    assert json_append_error({str(existing): {"format": "jsonlines", "overwrite": False}}) is None
