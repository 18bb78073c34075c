"""Property-based fuzzing (hypothesis) of the extraction steps and the exporters.

Random HTML-ish documents go through ``rallycrawl.extract_article`` (page ->
metadata -> body -> protest analysis -> the contract record) -> the JSON Lines
and CSV exporters; random
paragraphs full of quotation marks, right-to-left text and emoji go through the
protest analysis; random records go through every CSV exporter.  Properties:
nothing raises (except NotAnArticleError for a document that is no article), every
record passes the contract, every string can be written as UTF-8, every CSV
parses back with no cell starting a formula.

CI runs a small, deterministic number of examples.  For a long run:

    RALLYCRAWL_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py

(random examples then, with a different seed each run).  Every crash found
becomes a regression test in the hostile-input tests (see docs/reliability.md).
"""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rallycrawl.exporters import (
    ArticleCsvExporter,
    DemandsCsvExporter,
    JsonLinesExporter,
    OrganisationsCsvExporter,
    QuotesCsvExporter,
)
from rallycrawl import NotAnArticleError, extract_article
from rallycrawl.extraction.analysis import analyse_article

_LONG_RUN = os.environ.get("RALLYCRAWL_FUZZ_EXAMPLES")
#: a long run may take far longer than the suite's per-test timeout
pytestmark = pytest.mark.timeout(0 if _LONG_RUN else 300)
FUZZ = settings(
    max_examples=int(_LONG_RUN or 40),
    deadline=None,
    derandomize=not _LONG_RUN,  # CI: the same examples every run; on demand: new ones
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a"
WORDS = ["said", "told", "according to", "protest", "rally", "march", "strike", "demand", "called on",
         "Union", "Alliance", "the", "spokesperson", "for", "she", "he", "they", "Ana Ruiz", "CASA", "(CASA)",
         "hundreds", "2,000", "Monday", "police", "urged", "want", "sagte", "dijo", "a déclaré", "\u0642\u0627\u0644",
         "\u05d0\u05de\u05e8", "\u270a\U0001f3fd", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u202e", "\u200f",
         "\ufffd", "\x00", ",", ".", ";", ":", "\u2014", "-", "?", "!", "\n", "  "]
text_piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(list(QUOTE_MARKS)),
    st.text(max_size=12),
    st.text(alphabet=QUOTE_MARKS + " ab", max_size=30),
)
paragraph = st.lists(text_piece, max_size=60).map(" ".join)

TAGS = ["p", "div", "article", "main", "section", "span", "b", "h1", "h2", "title", "script", "noscript",
        "figure", "figcaption", "nav", "aside", "li", "ul", "table", "td", "time", "meta", "a", "br", "html",
        "head", "body", "svg", "template", "iframe", "style"]
JSONLD = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
              st.sampled_from(["NewsArticle", "Person", "@graph", "2021-04-07T10:00:00+02:00", "\\ud800"])),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(["@type", "@graph", "headline", "author", "name", "datePublished",
                                         "dateModified", "publisher", "articleBody", "mainEntity", "inLanguage",
                                         "articleSection", "description", "url"]), children, max_size=6),
    ),
    max_leaves=15,
)


@st.composite
def html_documents(draw) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 9))
        if kind <= 3:
            parts.append(draw(paragraph).replace("<", "&lt;") if draw(st.booleans()) else draw(paragraph))
        elif kind <= 6:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.sampled_from(["", " class='c'", ' property="og:title" content="X"',
                                          ' name="author" content="Ana Ruiz"', " itemprop='headline'",
                                          ' datetime="2021-13-45"', " href='javascript:x'", " a=\"", " =x"]))
            closing = draw(st.sampled_from([f"</{tag}>", "", "</div>", f"</{tag}"]))
            parts.append(f"<{tag}{attrs}>{draw(paragraph)}{closing}")
        elif kind == 7:
            data = draw(JSONLD)
            raw = json.dumps(data) if draw(st.booleans()) else json.dumps(data)[: draw(st.integers(0, 60))]
            parts.append(f"<script type='application/ld+json'>{raw}</script>")
        elif kind == 8:
            parts.append(draw(st.sampled_from(["<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>",
                                               "<?xml version='1.0' encoding='latin-1'?>", "&#xD800;", "&amp",
                                               "&#0;", "&nbsp;", "<", ">", "</", "<<p>>"])))
        else:
            parts.append(draw(st.text(max_size=40)))
    return "".join(parts)


def _record(html: str) -> dict | None:
    """The record ``rallycrawl.extract_article`` makes (validated), or None for a non-article;
    the analysis is strict, so that a crash fails the test."""
    try:
        return extract_article(html, "http://127.0.0.1/fuzz", fetched_at="2024-01-01T00:00:00+00:00",
                               min_words=1, strict=True)
    except NotAnArticleError:
        return None


def _export(exporter_cls, records) -> bytes:
    out = io.BytesIO()
    exporter = exporter_cls(out, encoding="utf-8") if exporter_cls is JsonLinesExporter else exporter_cls(out)
    exporter.start_exporting()
    for record in records:
        exporter.export_item(record)
    exporter.finish_exporting()
    return out.getvalue()


CSV_EXPORTERS = (ArticleCsvExporter, QuotesCsvExporter, OrganisationsCsvExporter, DemandsCsvExporter)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _check_csv(data: bytes) -> None:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows, "no header"
    width = len(rows[0])
    for row in rows[1:]:
        assert len(row) == width
        for value in row:
            assert not value.startswith(FORMULA_START) or value.lstrip("-").replace(".", "", 1).isdigit(), value


@FUZZ
@given(html_documents())
def test_fuzz_html_through_extraction_and_exports(html):
    record = _record(html)
    if record is None:
        return
    line = _export(JsonLinesExporter, [record])
    assert json.loads(line.decode("utf-8")) == json.loads(json.dumps(record))
    for exporter_cls in CSV_EXPORTERS:
        _check_csv(_export(exporter_cls, [record]))


@FUZZ
@given(st.text(max_size=40), st.lists(paragraph, max_size=8))
def test_fuzz_protest_analysis_on_hostile_paragraphs(headline, paragraphs):
    analysis = analyse_article(headline, paragraphs, published="2024-03-04T10:00:00+00:00",
                               language=None if not paragraphs else "en")
    assert 0.0 <= analysis.protest_score <= 1.0
    for quote in analysis.quotes:
        assert 0 <= quote.paragraph < max(1, len(paragraphs))
        json.dumps(quote.to_dict(), ensure_ascii=False).encode("utf-8")
    for part in (*analysis.organisations, *analysis.demands):
        json.dumps(part.to_dict(), ensure_ascii=False).encode("utf-8")
    if analysis.event is not None:
        json.dumps(analysis.event.to_dict(), ensure_ascii=False).encode("utf-8")


CHARSETS = ["", "; charset=utf-8", "; charset=iso-8859-1", "; charset=windows-1251", "; charset=utf-16",
            "; charset=shift_jis", "; charset=bogus", "; charset=", ";charset=\"utf-8\""]
body_bytes = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda text, codec, bom: bom + text.encode(codec, errors="replace"),
              st.text(max_size=120), st.sampled_from(["utf-8", "cp1252", "cp1250", "cp1251", "utf-16-le", "latin-1"]),
              st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])),
)


@FUZZ
@given(body_bytes, st.sampled_from(CHARSETS), st.sampled_from(["", "<meta charset='utf-8'>", "<meta charset=koi8-r>"]))
def test_fuzz_decoding_fetched_bytes(body, charset, meta):
    from scrapy.http import HtmlResponse

    from rallycrawl.spiders.base import html_text

    response = HtmlResponse("http://127.0.0.1/fuzz", body=meta.encode() + body, headers={"Content-Type": "text/html" + charset})
    text = html_text(response)
    assert isinstance(text, str)
    text.encode("utf-8")  # no lone surrogates, whatever the bytes and the declared codec


cell_text = st.one_of(st.text(max_size=30), st.sampled_from(["=1+1", "+A1", "-2", "@x", "\t=1", "\r\n=1", '"', "'", ";"]))
organisation = st.fixed_dictionaries({"name": cell_text, "acronym": st.none() | cell_text,
                                      "role": st.sampled_from(["organiser", "target", "media", "other"]),
                                      "mentions": st.integers(1, 5)})
quote = st.fixed_dictionaries({"text": cell_text, "speaker": st.none() | cell_text, "speaker_title": st.none() | cell_text,
                               "organisation": st.none() | cell_text, "cue": st.none() | cell_text,
                               "kind": st.sampled_from(["direct", "partial"]), "paragraph": st.integers(0, 30)})
demand = st.fixed_dictionaries({"text": cell_text, "target": st.none() | cell_text,
                                "source": st.sampled_from(["quote", "report", "slogan"])})
event = st.none() | st.fixed_dictionaries({
    "kind": cell_text, "date": st.none() | cell_text, "location": st.none() | cell_text, "target": st.none() | cell_text,
    "size_text": st.none() | cell_text, "size_min": st.none() | st.integers(0, 10**6),
    "size_max": st.none() | st.integers(0, 10**6), "tactics": st.lists(cell_text, max_size=3),
    "slogans": st.lists(cell_text, max_size=3)})
records = st.fixed_dictionaries({
    "url": cell_text, "canonical_url": st.none() | cell_text, "domain": cell_text, "fetched_at": cell_text,
    "schema_version": st.just(1), "headline": cell_text, "description": st.none() | cell_text,
    "authors": st.lists(cell_text, max_size=3), "published": st.none() | cell_text, "modified": st.none() | cell_text,
    "publisher": st.none() | cell_text, "section": st.none() | cell_text, "language": st.none() | cell_text,
    "body": cell_text, "word_count": st.integers(0, 10**6), "is_protest": st.booleans(),
    "protest_score": st.floats(0, 1), "organisations": st.lists(organisation, max_size=3),
    "quotes": st.lists(quote, max_size=3), "demands": st.lists(demand, max_size=3), "event": event,
})


@FUZZ
@given(st.lists(records, max_size=4))
def test_fuzz_exporters_round_trip_and_neutralise_formulas(batch):
    for exporter_cls in CSV_EXPORTERS:
        _check_csv(_export(exporter_cls, batch))
    lines = _export(JsonLinesExporter, batch).decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == batch
