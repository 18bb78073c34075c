"""Old name of :mod:`rallycrawl.record` (the article record), kept so that existing imports work."""

from .record import *  # noqa: F401,F403
from .record import __all__  # noqa: F401
