"""What the benchmark scripts share: finding and loading a folder of saved pages,
pinning the process to one core, and small statistics helpers.

Pages are decoded the way rallycrawl's spiders decode a response without a charset
header (``rallycrawl.utils.encoding.decode_html``: w3lib's choice of BOM, ``<meta charset>``
or a guess, corrected where the bytes show another encoding).
"""

from __future__ import annotations

import gzip
import os
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The shared folder of pages and gold records (not part of the project): ``$RALLYCRAWL_SHARED``,
    else ``shared/`` beside the clone (as CI lays it out), else ``/work/shared``."""
    candidates = [os.environ.get("RALLYCRAWL_SHARED"), ROOT.parent / "shared", "/work/shared"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return ROOT.parent / "shared"


SHARED = shared_dir()
#: The public article-extraction benchmark, when the shared folder is present.
DEFAULT_PAGES = SHARED / "bench-pages" / "article-extraction-benchmark" / "html"
SUFFIXES = (".html.gz", ".htm.gz", ".html", ".htm")


def page_files(folder: Path) -> list[Path]:
    """The ``.html``/``.html.gz`` files of ``folder``, sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SystemExit(f"no such folder of pages: {folder}")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(SUFFIXES))
    if not files:
        raise SystemExit(f"no .html or .html.gz files in {folder}")
    return files


def page_id(path: Path) -> str:
    """File name without ``.html``/``.html.gz`` (the benchmark's page id)."""
    name = path.name
    for suffix in SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.lower().endswith(".gz") else data


def decode(body: bytes) -> str:
    """``body`` as text, decoded as the spiders decode a response (no ``Content-Type`` on disk)."""
    from rallycrawl.utils.encoding import decode_html

    return decode_html(body)


def load_pages(folder: Path, limit: int | None = None) -> list[tuple[str, str]]:
    """``[(page id, decoded HTML)]`` held in memory."""
    files = page_files(folder)[:limit] if limit else page_files(folder)
    return [(page_id(p), decode(read_bytes(p))) for p in files]


def pin_to_one_core(core: int | None = None) -> int:
    """Run this process (and the children it starts) on one CPU; returns it."""
    available = sorted(os.sched_getaffinity(0))
    chosen = available[-1] if core is None else core
    os.sched_setaffinity(0, {chosen})
    return chosen


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) by linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def machine() -> str:
    """``nproc`` and the CPU model, for the figures' caption."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({model})"
