#!/usr/bin/env python3
"""Extraction speed on one core: rallycrawl's whole extraction against trafilatura
with metadata and the parse-only floor, in the same run, over pages held in memory.

    python bench/extract.py                          # the public benchmark's 181 pages
    python bench/extract.py --pages ../shared/corpus/protest --repeat 5

rallycrawl's extraction is ``rallycrawl.extract_article``, run stage by stage
(rallycrawl.extraction.article, the stages the pipelines run): parse the page
once, metadata, body (with the not-an-article check and the language fallback),
then the protest analysis (relevance first) and the record.  Pages the
body step turns away are not analysed, as in a crawl.  trafilatura is called as
a user would: ``trafilatura.extract(html, url=url, with_metadata=True)`` on the
raw HTML string.  The floor is ``lxml.html.document_fromstring`` plus reading
``<title>``.  The methods run interleaved, every repetition, so that noise from
other processes hits them alike.

Two figures of the protest analysis's time over the body's on the pages that come out as
protests (the issue's budget is 0.25):

- **over the repetitions** (printed first, then per repetition): every repetition runs the same
  pages in one process.  The first pays what a process pays once (each language's patterns
  compiled, its data read) and fills the per-name caches; the later ones find every name of the
  page in those caches, which a crawl meeting new pages never does.  The mean over repetitions
  is therefore neither a crawl's first page nor its thousandth.
- **steady state** (``--no-steady-state`` leaves it out): what a long crawl pays per page.  Before
  anything else, a forked process runs the whole extraction on other pages (``--warm-up-pages``,
  by default the corpus's non-protest pages and the public benchmark's, less the folder measured:
  English, German, French and a few more), then the measured pages are split in two halves (each
  language's pages alternately, so that each half holds each language met twice or more); a
  process forked from the warmed one runs one half, then measures the other half once, every page
  with its names unseen, and so for both halves and every repetition.  Every language's one-time
  costs are paid before a page is measured (a language with a single page pays them on it; a
  pattern compiled when first needed is compiled on the first measured page that needs it, if no
  warm-up page did), and no page meets its own names in a cache.  Its median over the repetitions is printed, and the
  steps in ms per analysed page.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import pickle
import sys
import traceback
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpages import DEFAULT_PAGES, SHARED, load_pages, machine, median, percentile, pin_to_one_core  # noqa: E402

STAGES = ("parse", "metadata", "body", "relevance", "protest analysis", "record")
#: protest-analysis steps timed inside ``analyse_article`` (name in rallycrawl.extraction.analysis)
STEP_FUNCTIONS = {
    "score_protest": "relevance",
    "extract_quotes": "quotes",
    "extract_organisations": "organisations",
    "extract_event": "event",
    "extract_demands": "demands",
}

#: the protest analysis split by what runs it: quotes and organisations are read from every article
#: (analysis.analyse_article), the event and the demands only from the protest reports; relevance,
#: outside the "protest analysis" share, is listed beside them for the steps that only protest
#: reports need
STEP_GROUPS = {
    "quotes + organisations (every article)": ("quotes", "organisations"),
    "event + demands (protest reports only)": ("event", "demands"),
    "relevance + event + demands": ("relevance", "event", "demands"),
}


class StepTimer:
    """Wraps the protest-analysis steps so that their time is recorded per call."""

    def __init__(self):
        self.spent: dict[str, float] = defaultdict(float)
        from rallycrawl.extraction import analysis

        for name, label in STEP_FUNCTIONS.items():
            func = getattr(analysis, name, None)
            if callable(func):
                setattr(analysis, name, self._timed(func, label))

    def _timed(self, func, label):
        spent = self.spent
        clock = time.perf_counter

        @functools.wraps(func)  # keeps the signature: analyse_article asks it whether a step takes document=
        def timed(*args, **kwargs):
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[label] += clock() - start

        return timed

    def take(self) -> dict[str, float]:
        out = dict(self.spent)
        self.spent.clear()
        return out


def rallycrawl_extraction(timer: StepTimer):
    """The stages of ``rallycrawl.extract_article`` (rallycrawl.extraction.article), timed one by one."""
    from rallycrawl.extraction import article

    clock = time.perf_counter

    def run(html: str, url: str) -> dict:
        """Seconds per stage for one page (and whether it came out as a protest)."""
        t0 = clock()
        try:
            page = article.parse_page(html, url)
        except article.NotAnArticleError:
            return {"parse": clock() - t0, "article": False, "protest": False}
        t1 = clock()
        meta = article.read_metadata(page)
        t2 = clock()
        try:
            body = article.read_body(page, meta)
        except article.NotAnArticleError:
            return {"parse": t1 - t0, "metadata": t2 - t1, "body": clock() - t2, "article": False, "protest": False}
        article.settle_language(meta, body)
        t3 = clock()
        times = {"parse": t1 - t0, "metadata": t2 - t1, "body": t3 - t2, "article": False, "protest": False}
        timer.take()
        analysis = article.analyse(meta, body, url=url, strict=True)
        t4 = clock()
        steps = timer.take()
        article.build_record(url, meta, body, analysis)
        times["record"] = clock() - t4
        relevance = steps.pop("relevance", 0.0)
        times.update(steps)
        times["relevance"] = relevance
        times["protest analysis"] = (t4 - t3) - relevance
        times["article"] = True
        times["protest"] = bool(analysis.is_protest)
        return times

    return run


def trafilatura_with_metadata():
    import trafilatura

    def run(html: str, url: str) -> dict:
        trafilatura.extract(html, url=url, with_metadata=True)
        return {}

    return run


def parse_floor():
    import lxml.html

    def run(html: str, url: str) -> dict:
        try:
            tree = lxml.html.document_fromstring(html)
        except ValueError:  # an encoding declaration in a str
            tree = lxml.html.document_fromstring(html.encode("utf-8"))
        tree.findtext(".//title")
        return {}

    return run


#: the pages a steady-state measurement warms up on, unless --warm-up-pages names others
STEADY_WARM_UP = (SHARED / "corpus" / "other", DEFAULT_PAGES)


def warm_up_folders(chosen: list[Path] | None, measured: Path) -> list[Path]:
    """The folders a steady-state measurement warms up on: ``chosen`` (``--warm-up-pages``) or
    STEADY_WARM_UP, those that exist, less the folder measured."""
    return [f for f in (chosen or STEADY_WARM_UP) if f.is_dir() and f.resolve() != Path(measured).resolve()]


def in_child(work):
    """``work()`` run in a forked copy of this process, its result sent back (pickled): what the
    child loads, compiles and caches is gone when it ends, and this process stays as it was."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        try:
            data = pickle.dumps((True, work()))
        except BaseException:  # noqa: BLE001 (sent to the parent, which raises it)
            data = pickle.dumps((False, traceback.format_exc()))
        with os.fdopen(write, "wb") as out:
            out.write(data)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as got:
        data = got.read()
    os.waitpid(pid, 0)
    if not data:
        raise RuntimeError("the child process ended without a result")
    ok, result = pickle.loads(data)
    if not ok:
        raise RuntimeError(f"in the child process:\n{result}")
    return result


def page_language(html: str, url: str) -> str | None:
    """The language the extraction settles on for a page (None when it is no article)."""
    from rallycrawl.extraction import article

    try:
        return article.extract(html, url, validate=False).metadata.language
    except article.NotAnArticleError:
        return None


def halves(languages: list[str | None]) -> tuple[list[int], list[int]]:
    """The pages' indexes in two halves: each language's pages alternately, so that a language met
    on two pages or more is met in both."""
    out: tuple[list[int], list[int]] = ([], [])
    seen: dict[str | None, int] = defaultdict(int)
    for i, language in enumerate(languages):
        out[seen[language] % 2].append(i)
        seen[language] += 1
    return out


def steady_state(pages: list[tuple[str, str]], urls: list[str], warm_up: list[tuple[str, str]], repeat: int) -> dict:
    """The steady-state figures (see the module's docstring); run in a child of a process that has
    not extracted anything yet (``in_child``)."""
    timer = StepTimer()
    run = rallycrawl_extraction(timer)
    # each page's language, found in a throwaway process: this one sees none of the measured pages
    languages = in_child(lambda: [page_language(html, url) for (_, html), url in zip(pages, urls)])
    for name, html in warm_up:
        run(html, f"https://warm-up.example/{name}")
    folds = halves(languages)

    def measure(measured: list[int], before: list[int]) -> list[dict]:
        for i in before:
            run(pages[i][1], urls[i])
        gc.collect()
        return [run(pages[i][1], urls[i]) for i in measured]

    reps = []
    for _ in range(repeat):
        results: list[dict] = []
        for fold in (0, 1):
            results += in_child(lambda fold=fold: measure(folds[fold], folds[1 - fold]))
        reps.append(results)
    return {"reps": reps, "languages": sorted({lang for lang in languages if lang}), "warm_up": len(warm_up),
            "single": sorted(lang for lang in set(languages) if lang and languages.count(lang) == 1)}


def steady_summary(steady: dict) -> list[str]:
    """The printed lines of the steady-state figures."""
    shares, steps_ms = [], defaultdict(list)
    steps = [label for label in STEP_FUNCTIONS.values() if label != "relevance"]
    parts: dict[str, list[float]] = defaultdict(list)  # each group of steps over the body, per repetition
    protests = 0
    for results in steady["reps"]:
        body = sum(r["body"] for r in results if r["protest"])
        analysis = sum(r["protest analysis"] for r in results if r["protest"])
        if body:
            shares.append(analysis / body)
            for group, labels in STEP_GROUPS.items():
                parts[group].append(sum(r.get(s, 0.0) for r in results if r["protest"] for s in labels) / body)
        articles = max(1, sum(r["article"] for r in results))
        for s in steps:
            steps_ms[s].append(1000 * sum(r.get(s, 0.0) for r in results) / articles)
        protests = sum(r["protest"] for r in results)
    single = f"; met on one page only, so paid there: {', '.join(steady['single'])}" if steady["single"] else ""
    share = (
        f"  protest analysis / body on the {protests} protest pages: {median(shares):.3f} (median of "
        f"{len(shares)}; budget <= 0.25); per repetition " + "  ".join(f"{x:.3f}" for x in shares)
        if shares else "  protest analysis / body on protest pages: n/a (no page came out as a protest)"
    )
    groups = (
        ["  of which, over the body (median): "
         + "; ".join(f"{group} {median(parts[group]):.3f}" for group in STEP_GROUPS)]
        if shares else []
    )
    return [
        f"steady state (a long crawl): warm-up on {steady['warm_up']} other pages and the other half of these, "
        f"each page measured once with its names unseen (languages {', '.join(steady['languages'])}{single}):",
        share,
        *groups,
        "  protest analysis steps, ms per analysed page (median): "
        + "  ".join(f"{s} {median(steps_ms[s]):.2f}" for s in steps),
    ]


METHODS = {
    "rallycrawl": "rallycrawl whole extraction",
    "trafilatura": "trafilatura.extract with metadata",
    "parse-only": "lxml parse + <title>",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES,
                        help="folder of .html/.html.gz pages (default: the public article-extraction benchmark)")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions (default 5); figures are medians")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("--core", type=int, default=None, help="CPU to pin to (default: the last one allowed)")
    parser.add_argument("--warm-up-pages", type=Path, action="append", default=None, metavar="DIR",
                        help="folder of other pages the steady-state figure warms up on (repeatable; default: "
                             "the corpus's other/ pages and the public benchmark, less the folder measured)")
    parser.add_argument("--no-steady-state", dest="steady_state", action="store_false",
                        help="leave out the steady-state figure (a long crawl's share, names unseen)")
    args = parser.parse_args(argv)

    core = pin_to_one_core(args.core)
    pages = load_pages(args.pages, args.limit)
    urls = [f"https://news.example/{name}" for name, _ in pages]
    timer = StepTimer()
    runners = {
        "rallycrawl": rallycrawl_extraction(timer),
        "trafilatura": trafilatura_with_metadata(),
        "parse-only": parse_floor(),
    }
    print(f"extraction benchmark: {len(pages)} pages from {args.pages}, {args.repeat} repetitions, "
          f"pinned to CPU {core} of {machine()}")

    steady = None
    if args.steady_state:  # first, in a child: this process has extracted nothing yet
        folders = warm_up_folders(args.warm_up_pages, args.pages)
        warm_up = [(f"{folder.name}/{name}", html) for folder in folders for name, html in load_pages(folder)]
        steady = in_child(lambda: steady_state(pages, urls, warm_up, args.repeat))

    # Warm-up: imports, compiled regexes, trafilatura's caches.
    for run in runners.values():
        for (_, html), url in list(zip(pages, urls))[:3]:
            run(html, url)

    rates: dict[str, list[float]] = defaultdict(list)
    per_page: dict[str, list[list[float]]] = {m: [[] for _ in pages] for m in runners}
    stage_sums: dict[str, float] = defaultdict(float)
    protest_pages: set[int] = set()
    protest_body = protest_analysis = 0.0
    #: the same sums per repetition (the first one pays what each process pays once per language)
    rep_body: list[float] = [0.0] * args.repeat
    rep_analysis: list[float] = [0.0] * args.repeat
    articles = 0
    order = list(runners)
    for rep in range(args.repeat):
        for method in order[rep % len(order):] + order[: rep % len(order)]:
            run = runners[method]
            gc.collect()
            start = time.perf_counter()
            for i, ((_, html), url) in enumerate(zip(pages, urls)):
                t = time.perf_counter()
                result = run(html, url)
                per_page[method][i].append(time.perf_counter() - t)
                if method != "rallycrawl":
                    continue
                for key, value in result.items():
                    if not isinstance(value, bool):
                        stage_sums[key] += value
                if rep == 0:
                    articles += result["article"]
                    if result["protest"]:
                        protest_pages.add(i)
                if result["protest"]:
                    protest_body += result["body"]
                    protest_analysis += result["protest analysis"]
                    rep_body[rep] += result["body"]
                    rep_analysis[rep] += result["protest analysis"]
            rates[method].append(len(pages) / (time.perf_counter() - start))

    speed = {m: median(rates[m]) for m in runners}
    print(f"pages/s (median of {args.repeat}): "
          + "  ".join(f"{m} {speed[m]:.1f}" for m in runners))
    for method in runners:
        page_ms = [median(t) * 1000 for t in per_page[method]]
        print(f"per page ms, {method}: median {median(page_ms):.2f}  p90 {percentile(page_ms, 0.9):.2f}"
              f"  ({METHODS[method]})")
    total = sum(stage_sums[s] for s in STAGES) or 1.0
    print("stage shares (rallycrawl): " + "  ".join(f"{s} {100 * stage_sums[s] / total:.1f}%" for s in STAGES))
    steps = [label for label in STEP_FUNCTIONS.values() if label != "relevance"]
    print("protest analysis steps, ms per analysed page: " + "  ".join(
        f"{s} {1000 * stage_sums[s] / max(1, articles * args.repeat):.2f}" for s in steps))
    print(f"ratio rallycrawl / trafilatura+metadata: {speed['rallycrawl'] / speed['trafilatura']:.2f}x")
    print(f"ratio rallycrawl / parse-only: {speed['rallycrawl'] / speed['parse-only']:.2f}x")
    print(f"articles: {articles} of {len(pages)} pages; protest: {len(protest_pages)}")
    if protest_body:
        print(f"protest analysis / body on the {len(protest_pages)} protest pages: "
              f"{protest_analysis / protest_body:.3f} (budget <= 0.25; over the {args.repeat} repetitions of the "
              "same pages, whose later ones find every name in the caches)")
        shares = [a / b for a, b in zip(rep_analysis, rep_body) if b]
        print("  per repetition (the first pays each language's first-use costs, the others reuse this page's names): "
              + "  ".join(f"{x:.3f}" for x in shares))
    else:
        print("protest analysis / body on protest pages: n/a (no page came out as a protest)")
    if steady is not None:
        for line in steady_summary(steady):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
