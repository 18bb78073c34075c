"""Events merged across articles: which reports describe one protest, and why.

Pure logic, no Scrapy and no database: :mod:`.report` reduces a record to what
is compared, :mod:`.matching` blocks and scores (the reasons are kept),
:mod:`.merged` holds a merged event and what its reports say together,
:mod:`.grouping` places one report at a time.  The item pipeline and the
tables that keep merged events across runs are in
:mod:`rallycrawl.stores.events`; the method is described in ``docs/events.md``.
"""

from .grouping import EventGrouper, day_window, group_records, place_report
from .matching import Match
from .merged import MergedEvent, event_id_for, join_near_duplicates
from .report import Report, report_from_record

__all__ = [
    "EventGrouper", "Match", "MergedEvent", "Report", "day_window", "event_id_for", "group_records",
    "join_near_duplicates", "place_report", "report_from_record",
]
