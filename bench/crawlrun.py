"""What ``bench/crawl.py`` and ``bench/memory.py`` share: the local page server,
URL lists, and running one ``scrapy`` command pinned to a core with its stats read
back from the log.

Settings every benchmarked crawl gets (so that the runs compare): rallycrawl's
settings module, ``ROBOTSTXT_OBEY=False`` (the server has no robots.txt),
``AUTOTHROTTLE_ENABLED=False`` (loopback latency would only slow it down the same
for all), ``LOG_LEVEL=INFO``, everything else as rallycrawl ships it (concurrency,
timeouts, retries).  The embedded SQLite store is rallycrawl's pipeline, so it
only exists in the rallycrawl crawl; it is on unless ``--no-store`` is given.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
#: the page server is on loopback: the address guard must let every crawl of the comparison reach it
COMMON_SETTINGS = {"ROBOTSTXT_OBEY": "False", "AUTOTHROTTLE_ENABLED": "False", "LOG_LEVEL": "INFO",
                   "RALLYCRAWL_ALLOW_PRIVATE_HOSTS": "127.0.0.1"}
_STATS = re.compile(r"Dumping Scrapy stats:\s*(\{.*?\})\s*$", re.S | re.M)


def cores() -> tuple[int | None, int]:
    """(core for the server, core for the crawler): different ones when there are two."""
    available = sorted(os.sched_getaffinity(0))
    if len(available) == 1:
        return None, available[0]
    return available[0], available[-1]


class PageServer:
    """``bench/pageserver.py`` in its own process."""

    def __init__(self, pages: Path, core: int | None):
        cmd = [sys.executable, str(BENCH / "pageserver.py"), "--pages", str(pages)]
        if core is not None:
            cmd += ["--core", str(core)]
        self.process = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line.startswith("listening on "):
            self.process.kill()
            raise SystemExit(f"the page server did not start: {line!r}")
        self.port = int(line.split()[-1])

    def urls(self, count: int, names: list[str]) -> list[str]:
        return [f"http://127.0.0.1:{self.port}/p/{i}/{names[i % len(names)]}" for i in range(count)]

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


@dataclass
class CrawlRun:
    returncode: int
    seconds: float
    stats: dict
    log: str
    peak_rss_kb: int

    @property
    def responses(self) -> int:
        return int(self.stats.get("response_received_count", 0))

    @property
    def pages_per_second(self) -> float:
        elapsed = float(self.stats.get("elapsed_time_seconds") or self.seconds)
        return self.responses / elapsed if elapsed else 0.0


def parse_stats(log: str) -> dict:
    match = None
    for match in _STATS.finditer(log):
        pass
    if match is None:
        return {}
    text = re.sub(r"datetime\.datetime\([^)]*\)", "None", match.group(1))
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return {}


_PEAK = "peak_rss_kb="


def run_scrapy(args: list[str], cwd: Path, core: int | None, settings: dict[str, str],
               timeout: float = 3600) -> CrawlRun:
    """Run ``scrapy <args>`` on ``core`` through a tiny parent that reports the
    child's peak RSS (``getrusage(RUSAGE_CHILDREN)`` sees exactly that one child)."""
    cmd = [*args]
    for key, value in {**COMMON_SETTINGS, **settings}.items():
        cmd += ["-s", f"{key}={value}"]
    runner = (
        "import resource, subprocess, sys\n"
        "code = subprocess.call([sys.executable, '-m', 'scrapy', *sys.argv[1:]])\n"
        f"print('{_PEAK}%d' % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings", "PYTHONUNBUFFERED": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))

    def pin():
        if core is not None:
            os.sched_setaffinity(0, {core})

    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", runner, *cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=pin)
    seconds = time.perf_counter() - start
    log = proc.stderr
    peak = 0
    for line in log.splitlines()[::-1]:
        if line.startswith(_PEAK):
            peak = int(line[len(_PEAK):])
            break
    return CrawlRun(proc.returncode, seconds, parse_stats(log), log, peak)


def write_urls(path: Path, urls: list[str]) -> Path:
    path.write_text("\n".join(urls) + "\n", encoding="utf-8")
    return path
