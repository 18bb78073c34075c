"""``rallycrawl report``: one self-contained HTML file about what a store holds.

:mod:`.load` reads records (SQLite store, PostgreSQL store or a JSON Lines
export) and applies the filters, :mod:`.figures` computes what the report
shows (events merged across articles, counts, rankings), :mod:`.render` writes
the HTML (inline CSS, inline SVG charts, a few lines of inline script for
paging; no network).  No Scrapy import: the ``report`` command
(:mod:`rallycrawl.commands.report`) is the thin adapter.
"""

from .figures import build_figures
from .load import Filters, ReportSource, load_records
from .render import render_report

__all__ = ["Filters", "ReportSource", "build_figures", "load_records", "render_report", "write_report"]


def write_report(source: "ReportSource", filters: "Filters", output: str) -> dict:
    """Read, compute and write the report; returns the figures (for the caller's summary line)."""
    from pathlib import Path

    records, read = load_records(source, filters)
    figures = build_figures(records, source=source, filters=filters, read=read)
    Path(output).write_text(render_report(figures), encoding="utf-8")
    return figures
