"""Extensions that watch a run: the summary line and exit status (``summary``),
the progress display (``progress``), the accounted feed exports (``feed_export``),
the log redaction (``redaction``) and the log formatter (``logformatter``).

``rallycrawl.extensions.RunSummary`` and the other names of the former
``rallycrawl/extensions.py`` module keep working: they are handed on from ``summary``.
"""

from .summary import *  # noqa: F401,F403 - the former module's names, for settings that name them
