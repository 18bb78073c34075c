"""Extraction quality against gold records: precision, recall and F1 per field.

    python bench/quality.py                                   # corpus gold-dev
    python bench/quality.py --gold bench/devset/gold --pages bench/devset/pages
    python bench/quality.py --gold bench/devset/gold-bench \\
        --pages ../shared/bench-pages --verbose
    python bench/quality.py --limit 3 --json -                # JSON summary on stdout

Serves the pages named by the gold records (``file``, relative to ``--pages``)
from a local HTTP server on 127.0.0.1, runs ``scrapy crawl article`` on them in
a subprocess (JSON Lines export, robots.txt off), matches each exported record
to its gold record by URL and scores every field as ``shared/spec/gold-format.md``
says (the rules are in the ``score_*`` functions below; bench/README.md sums
them up).  A page that fails to crawl or produces no record is reported as a
failure and counts as a miss for every field its gold record fills.

Gold files ending in ``.gz`` are served decompressed under the name without
``.gz``.  A gold quote marked ``"prefix": true`` holds only the first words of
the quotation: it is found when an exported quote contains those words in order.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote, unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchpages import ROOT, SHARED, read_bytes  # noqa: E402
from strip_metadata import strip_metadata  # noqa: E402

DEFAULT_GOLD = SHARED / "corpus" / "gold-dev"
DEFAULT_PAGES = SHARED / "corpus"
DEFAULT_VALIDATION = SHARED / "corpus" / "validation.txt"

#: A gold quote is found when an exported quote holds this share of its words.
FOUND_SHARE = 0.8
#: An exported quote or slogan is wrong when less than this share of its words is in the gold.
SUPPORTED_SHARE = 0.6

#: Fields whose accuracy (share of pages, or of found quotes, right) is their headline figure.
ACCURACY_FIELDS = ("headline", "published", "authors", "is_protest", "speakers")

FIELDS = (
    "headline", "published", "authors", "is_protest", "organisations", "quotes", "speakers",
    "demands", "slogans", "event_kind", "event_location", "event_target", "event_size",
)

# --- normalising text ----------------------------------------------------------------

_QUOTE_CHARS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2039": "'", "\u203a": "'",
})
_WORD = re.compile(r"\w+")


def norm(text: Any) -> str:
    """Case, whitespace and quote characters normalised."""
    if not isinstance(text, str):
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_CHARS)
    return " ".join(text.casefold().split())


def words(text: Any) -> list[str]:
    return _WORD.findall(norm(text))


def share_in(part: list[str], whole: list[str]) -> float:
    """Share of the words of ``part`` (counted with repetition) that ``whole`` holds."""
    if not part:
        return 0.0
    have = Counter(whole)
    need = Counter(part)
    return sum(min(n, have[w]) for w, n in need.items()) / len(part)


def contains_in_order(whole: list[str], seq: list[str]) -> bool:
    """``seq`` occurs as a run of consecutive words of ``whole``."""
    if not seq or len(seq) > len(whole):
        return False
    first = seq[0]
    return any(
        whole[i] == first and whole[i : i + len(seq)] == seq for i in range(len(whole) - len(seq) + 1)
    )


def org_key(name: Any) -> str:
    key = norm(name)
    return key[4:] if key.startswith("the ") else key


# --- tallies ---------------------------------------------------------------------------

@dataclass
class Tally:
    """Counts behind one field's figures.

    Precision is measured on the predicted items (``hit``: right, ``fp``: wrong),
    recall on the gold items (``found``, ``fn``: missed), so that one exported quote
    finding two gold quotes, or two exported names of one organisation, are
    counted as the rules say.  ``right``/``total`` give an accuracy where one
    makes sense (pages right, found quotes with the right speaker).
    """

    hit: int = 0
    fp: int = 0
    found: int = 0
    fn: int = 0
    right: int = 0
    total: int = 0

    def add(self, other: "Tally") -> None:
        for name in ("hit", "fp", "found", "fn", "right", "total"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float | None:
        return self.hit / (self.hit + self.fp) if self.hit + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.found / (self.found + self.fn) if self.found + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    def summary(self) -> dict[str, Any]:
        rnd = lambda v: None if v is None else round(v, 4)  # noqa: E731
        return {
            "precision": rnd(self.precision), "recall": rnd(self.recall), "f1": rnd(self.f1),
            "accuracy": rnd(self.accuracy), "predicted_right": self.hit, "predicted_wrong": self.fp,
            "gold_found": self.found, "gold_missed": self.fn, "right": self.right, "total": self.total,
        }


def single(right: bool, predicted: bool) -> Tally:
    """A one-value field: right; wrong (a wrong value is both a miss and a false hit); missing."""
    if right:
        return Tally(hit=1, found=1, right=1, total=1)
    return Tally(fp=int(predicted), fn=1, total=1)


@dataclass
class PageScore:
    name: str
    url: str
    failure: str | None = None
    tallies: dict[str, Tally] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    language: str = "?"  # of the exported record ("?" when there is none)


# --- scoring, one field at a time (gold-format.md) --------------------------------------

def score_headline(gold: dict, rec: dict | None, notes: list[str]) -> Tally:
    """Right when equal after normalising case, whitespace and quote characters."""
    wanted = gold.get("headline")
    options = wanted if isinstance(wanted, list) else [wanted]
    got = norm(rec.get("headline")) if rec else ""
    right = bool(got) and got in {norm(o) for o in options}
    if not right:
        notes.append(f"headline: got {rec.get('headline') if rec else None!r}, want {options[0]!r}")
    return single(right, bool(got))


def score_published(gold: dict, rec: dict | None, notes: list[str]) -> Tally:
    """The date part of ``published`` must equal the gold date (or one of a list of dates)."""
    wanted = gold.get("published")
    options = [w for w in (wanted if isinstance(wanted, list) else [wanted]) if w]
    got = (rec.get("published") or "")[:10] if rec else ""
    if not options:  # no date on the page: giving none is right, any date is wrong
        if got:
            notes.append(f"published: got {got}, want none")
        return Tally(fp=int(bool(got)), right=int(not got), total=1)
    right = got in options
    if not right:
        notes.append(f"published: got {got or None}, want {' or '.join(options)}")
    return single(right, bool(got))


def score_authors(gold: dict, rec: dict | None, notes: list[str]) -> Tally:
    """Names compared after normalising case and whitespace; a page is right when the sets are equal."""
    want = {norm(a): a for a in gold.get("authors") or []}
    got = {norm(a): a for a in (rec.get("authors") or [] if rec else [])}
    both = len(want.keys() & got.keys())
    right = rec is not None and want.keys() == got.keys()
    if not right:
        notes.append(f"authors: got {list(got.values()) if rec else None}, want {list(want.values())}")
    return Tally(hit=both, fp=len(got) - both, found=both, fn=len(want) - both, right=int(right), total=1)


def score_is_protest(gold: dict, rec: dict | None, notes: list[str]) -> Tally:
    """Scored as detection of protest reports: precision and recall on the positive class."""
    want = bool(gold.get("is_protest"))
    got = bool(rec.get("is_protest")) if rec else None
    if got is not want:
        notes.append(f"is_protest: got {got}, want {want}")
    return Tally(hit=int(bool(want and got)), fp=int(bool(got and not want)),
                 found=int(bool(want and got)), fn=int(want and not got),
                 right=int(got is want), total=1)


def _org_index(entries: Iterable[dict]) -> list[set[str]]:
    return [{org_key(e.get("name"))} | {org_key(a) for a in e.get("aliases") or []} for e in entries]


#: false-positive organisations by the extraction rule that found them first (the record's
#: ``evidence``), over every page scored: --verbose prints it
ORGANISATION_FALSE_POSITIVE_RULES: Counter = Counter()


def score_organisations(gold: dict, rec: dict | None, notes: list[str]) -> Tally:
    """Recall on ``required``; a predicted one in neither ``required`` nor ``allowed`` is wrong,
    one that is only ``allowed`` counts neither way.

    A predicted organisation matches when its name or acronym equals the gold
    name or an alias (case-insensitive, a leading "the" ignored).
    """
    orgs = gold.get("organisations") or {}
    required = orgs.get("required") or []
    req_keys = _org_index(required)
    allowed_keys = set().union(*_org_index(orgs.get("allowed") or []))
    found = [False] * len(required)
    t = Tally(total=len(required))
    extra = []
    for org in (rec.get("organisations") or [] if rec else []):
        keys = {org_key(org.get("name")), org_key(org.get("acronym"))} - {""}
        hits = [i for i, rk in enumerate(req_keys) if keys & rk]
        if hits:
            t.hit += 1
            for i in hits:
                found[i] = True
        elif not keys & allowed_keys:
            t.fp += 1
            rules = org.get("evidence") or []
            ORGANISATION_FALSE_POSITIVE_RULES[rules[0] if rules else "?"] += 1
            extra.append(f"{org.get('name')} [{','.join(rules)}]" if rules else org.get("name"))
    missed = [required[i].get("name") for i, ok in enumerate(found) if not ok]
    t.found = t.right = len(required) - len(missed)
    t.fn = len(missed)
    if missed:
        notes.append(f"organisations missed: {missed}")
    if extra:
        notes.append(f"organisations extra: {extra}")
    return t


def _best_quote(gold_quote: dict, exported: list[dict]) -> int | None:
    """Index of the exported quote that finds ``gold_quote``, or None."""
    gw = words(gold_quote.get("text"))
    best, best_share = None, 0.0
    for i, q in enumerate(exported):
        qw = words(q.get("text"))
        share = float(contains_in_order(qw, gw)) if gold_quote.get("prefix") else share_in(gw, qw)
        if share > best_share:
            best, best_share = i, share
    return best if best_share >= FOUND_SHARE else None


def _finds(exported: list[str], gold: list[str], prefix: bool) -> bool:
    """The exported words find the gold text (80% of its words; a prefix: in order)."""
    return contains_in_order(exported, gold) if prefix else share_in(gold, exported) >= FOUND_SHARE


def _supported(text: str, gold_texts: list[tuple[list[str], bool]]) -> bool:
    """At least 60% of the words of ``text`` are in one gold text, or in the gold texts it
    finds together (one exported quote that joins two gold quotes); a prefix gold text
    supports the quotes that contain its words in order."""
    tw = words(text)
    joined: list[str] = []
    for gw, prefix in gold_texts:
        if (prefix and contains_in_order(tw, gw)) or share_in(tw, gw) >= SUPPORTED_SHARE:
            return True
        if _finds(tw, gw, prefix):
            joined += gw
    return bool(joined) and share_in(tw, joined) >= SUPPORTED_SHARE


def _short(text: Any, n: int = 90) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def speaker_right(gold_quote: dict, exported_speaker: Any) -> bool | None:
    """Right when the exported speaker contains the gold speaker's surname
    (or, for a quote the gold gives to an organisation only, its name).

    ``None`` when the gold names no speaker at all.
    """
    got = norm(exported_speaker)
    speaker = gold_quote.get("speaker")
    if speaker:
        name = words(speaker)
        while len(name) > 1 and name[-1] in _SUFFIXES:
            name = name[:-1]
        return bool(got) and bool(name) and (norm(speaker) in got or name[-1] in words(got))
    organisation = gold_quote.get("organisation")
    if organisation:
        return bool(got) and org_key(organisation) in got
    return None


#: (attribution rule, verdict) of every found gold quote's exported speaker, for --verbose
SPEAKER_RULES: Counter = Counter()
#: (field:named event rule, right/wrong) of the exported event values a named rule gave
#: (event_rules.RULES; --in-process only), for --verbose
EVENT_RULES: Counter = Counter()


def score_quotes(gold: dict, rec: dict | None, notes: list[str]) -> tuple[Tally, Tally]:
    """Quotes and their speakers.

    A gold quote is found when one exported quote contains 80% of its words; an
    exported quote is wrong when less than 60% of its words appear in a gold
    quote, optional quote or slogan.  Speakers are scored on the quotes found:
    right (hit), missing (a miss) or wrong (a miss and a false hit); a speaker
    named for a quote whose gold speaker is unknown is a false hit.
    """
    gold_quotes = gold.get("quotes") or []
    exported = rec.get("quotes") or [] if rec else []
    quotes, speakers = Tally(total=len(gold_quotes)), Tally()
    for gq in gold_quotes:
        idx = _best_quote(gq, exported)
        if idx is None:
            quotes.fn += 1
            notes.append(f"quote missed: {_short(gq.get('text'))!r} ({gq.get('speaker')})")
            continue
        quotes.found += 1
        got = exported[idx].get("speaker")
        ok = speaker_right(gq, got)
        SPEAKER_RULES[(exported[idx].get("rule") or ("-" if got else "none"),
                       "right" if ok or (ok is None and not got) else "wrong" if got else "missing")] += 1
        speakers.total += 1
        if ok is None:
            if got:
                speakers.fp += 1
                notes.append(f"speaker guessed: {got!r} for {_short(gq.get('text'), 50)!r}")
            else:
                speakers.right += 1
        elif ok:
            speakers.hit += 1
            speakers.found += 1
            speakers.right += 1
        else:
            speakers.fn += 1
            speakers.fp += int(bool(got))
            want = gq.get("speaker") or gq.get("organisation")
            notes.append(f"speaker wrong: got {got!r}, want {want!r} for {_short(gq.get('text'), 50)!r}")
    quotes.right = quotes.found
    gold_texts = [(words(q.get("text")), bool(q.get("prefix")))
                  for q in gold_quotes + (gold.get("optional_quotes") or [])]
    gold_texts += [(words(s), False) for s in gold.get("slogans") or []]
    for q in exported:
        if _supported(q.get("text") or "", gold_texts):
            quotes.hit += 1
        else:
            quotes.fp += 1
            notes.append(f"quote extra: {_short(q.get('text'))!r} ({q.get('speaker')})")
    return quotes, speakers


def score_demands(gold: dict, rec: dict | None, notes: list[str]) -> Tally:
    """A gold demand is found when an exported demand contains one of its phrases;
    an exported demand containing no gold or allowed phrase is wrong."""
    gold_demands = gold.get("demands") or []
    exported = [norm(d.get("text")) for d in (rec.get("demands") or [] if rec else [])]
    t = Tally(total=len(gold_demands))
    phrases = [norm(p) for d in gold_demands for p in d.get("any") or []]
    phrases += [norm(p) for p in gold.get("allowed_demands") or []]
    for gd in gold_demands:
        if any(norm(p) in text for text in exported for p in gd.get("any") or [] if norm(p)):
            t.found += 1
        else:
            t.fn += 1
            notes.append(f"demand missed: {gd.get('id')} {gd.get('any')}")
    for text in exported:
        if any(p and p in text for p in phrases):
            t.hit += 1
        else:
            t.fp += 1
            notes.append(f"demand extra: {_short(text)!r}")
    t.right = t.found
    return t


def score_slogans(gold: dict, rec: dict | None, notes: list[str]) -> Tally:
    """As quotes: a gold slogan is found when an exported slogan holds 80% of its words;
    an exported slogan with less than 60% of its words in one gold slogan is wrong."""
    gold_slogans = gold.get("slogans") or []
    exported = ((rec or {}).get("event") or {}).get("slogans") or []
    t = Tally(total=len(gold_slogans))
    for s in gold_slogans:
        if any(share_in(words(s), words(e)) >= FOUND_SHARE for e in exported):
            t.found += 1
        else:
            t.fn += 1
            notes.append(f"slogan missed: {_short(s)!r}")
    gold_texts = [(words(s), False) for s in gold_slogans]
    for e in exported:
        if _supported(e, gold_texts):
            t.hit += 1
        else:
            t.fp += 1
            notes.append(f"slogan extra: {_short(e)!r}")
    t.right = t.found
    return t


def score_event_phrase(gold: dict, rec: dict | None, notes: list[str], gold_key: str, rec_key: str) -> Tally:
    """The exported event's text should contain one of the gold phrases (case-insensitive);
    a part the gold leaves empty is not scored."""
    phrases = [norm(p) for p in ((gold.get("event") or {}).get(gold_key) or []) if norm(p)]
    if not phrases:
        return Tally()
    got = norm(((rec or {}).get("event") or {}).get(rec_key))
    right = bool(got) and any(p in got for p in phrases)
    field = gold_key.removesuffix("_any")
    rule = ((rec or {}).get("_event_rules") or {}).get(field)
    if rule:
        EVENT_RULES[(f"{field}:{rule}", "right" if right else "wrong")] += 1
    if not right:
        notes.append(f"event {rec_key}: got {got or None!r}{f' [{rule}]' if rule else ''}, want one of {phrases}")
    return single(right, bool(got))


def score_event_kind(gold: dict, rec: dict | None, notes: list[str]) -> Tally:
    want = norm((gold.get("event") or {}).get("kind"))
    if not want:
        return Tally()
    got = norm(((rec or {}).get("event") or {}).get("kind"))
    if got != want:
        notes.append(f"event kind: got {got or None!r}, want {want!r}")
    return single(got == want, bool(got))


def score_page(name: str, url: str, gold: dict, rec: dict | None, failure: str | None = None) -> PageScore:
    score = PageScore(name, url, failure)
    notes = score.notes
    quotes, speakers = score_quotes(gold, rec, notes)
    score.tallies = {
        "headline": score_headline(gold, rec, notes),
        "published": score_published(gold, rec, notes),
        "authors": score_authors(gold, rec, notes),
        "is_protest": score_is_protest(gold, rec, notes),
        "organisations": score_organisations(gold, rec, notes),
        "quotes": quotes,
        "speakers": speakers,
        "demands": score_demands(gold, rec, notes),
        "slogans": score_slogans(gold, rec, notes),
        "event_kind": score_event_kind(gold, rec, notes),
        "event_location": score_event_phrase(gold, rec, notes, "location_any", "location"),
        "event_target": score_event_phrase(gold, rec, notes, "target_any", "target"),
        "event_size": score_event_phrase(gold, rec, notes, "size_any", "size_text"),
    }
    return score


def total(scores: list[PageScore]) -> dict[str, Tally]:
    out = {f: Tally() for f in FIELDS}
    for s in scores:
        for f, t in s.tallies.items():
            out[f].add(t)
    return out


# --- serving and crawling ---------------------------------------------------------------

def load_golds(gold_dir: Path, limit: int | None = None) -> list[tuple[str, dict]]:
    files = sorted(p for p in Path(gold_dir).glob("*.json"))
    if not files:
        raise SystemExit(f"no gold records (*.json) in {gold_dir}")
    golds = []
    for p in files[:limit] if limit else files:
        data = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not data.get("file"):
            raise SystemExit(f"{p}: not a gold record (no 'file' key)")
        golds.append((p.name, data))
    return golds


def read_validation_list(path: Path) -> set[str]:
    """The page paths a validation list names (one a line; blank and ``#`` lines skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def served_path(file: str) -> str:
    """URL path for a page file: ``.gz`` files are served decompressed, without ``.gz``."""
    path = file[:-3] if file.endswith(".gz") else file
    return "/" + quote(path.lstrip("/"))


class _PageHandler(BaseHTTPRequestHandler):
    pages: dict[str, Path] = {}

    def log_message(self, format, *args):  # noqa: A002 - quiet
        pass

    def do_GET(self):
        path = self.pages.get(unquote(urlsplit(self.path).path))
        if path is None:
            self.send_error(404)
            return
        data = read_bytes(path)
        # No charset: the crawler must read it from the page, as on the web.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def serve(pages_dir: Path, files: Iterable[str]) -> tuple[ThreadingHTTPServer, int]:
    pages = {unquote(served_path(f)): Path(pages_dir) / f for f in files}
    handler = type("Handler", (_PageHandler,), {"pages": pages})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


@dataclass
class CrawlOutput:
    records: dict[str, dict]  # by URL path
    returncode: int
    log: str
    seconds: float


def crawl(urls: list[str], timeout: float) -> CrawlOutput:
    """``scrapy crawl article`` on ``urls`` in a scratch directory; records by URL path."""
    with tempfile.TemporaryDirectory(prefix="rallycrawl-quality-") as tmp:
        urls_file = Path(tmp) / "urls.txt"
        urls_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        cmd = [
            sys.executable, "-m", "scrapy", "crawl", "article", "-a", f"urls_file={urls_file}",
            "-O", f"{out}:jsonlines",
            "-s", "ROBOTSTXT_OBEY=False", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=INFO",
            "-s", "HTTPCACHE_ENABLED=False",
        ]
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "rallycrawl.settings", "PYTHONUNBUFFERED": "1"}
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, timeout=timeout, env=env)
            returncode, log = proc.returncode, proc.stderr + proc.stdout
        except subprocess.TimeoutExpired as exc:
            returncode = -1
            log = f"crawl stopped after {timeout:.0f} s\n" + (exc.stderr or b"").decode("utf-8", "replace")
        seconds = time.perf_counter() - start
        records: dict[str, dict] = {}
        if out.exists():
            for line in out.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    records[unquote(urlsplit(rec.get("url") or "").path)] = rec
        return CrawlOutput(records, returncode, log, seconds)


def extract_in_process(pages_dir: Path, files: list[str], urls: list[str], *,
                       strip: bool = False) -> CrawlOutput:
    """What the crawl exports, without the crawl: each page decoded as the spiders decode a
    ``text/html`` response without a charset, then ``rallycrawl.extract_article`` (the chain
    the pipelines run, default settings).  Seconds, not a Scrapy process: the quality gate.

    ``strip``: each page's declared metadata is taken out first (``strip_metadata.py``:
    meta tags, scripts and JSON-LD, microdata, ``datetime``), as on pages that declare nothing."""
    from scrapy.http import HtmlResponse

    from rallycrawl.extraction import event_rules
    from rallycrawl.extraction.article import NotAnArticleError, extract_article
    from rallycrawl.spiders.base import html_text

    start = time.perf_counter()
    records: dict[str, dict] = {}
    log: list[str] = []
    for file, url in zip(files, urls):
        response = HtmlResponse(url, body=read_bytes(Path(pages_dir) / file), headers={"Content-Type": "text/html"})
        text = html_text(response)
        if strip:
            text = strip_metadata(text)
        event_rules.LAST.clear()
        try:
            record = extract_article(text, url)
        except NotAnArticleError as exc:
            log.append(f"Not an article: {url}: {exc.reason}")
            continue
        if event_rules.LAST:  # (bench only) the named event rules that gave its fields
            record["_event_rules"] = dict(event_rules.LAST)
        records[unquote(urlsplit(url).path)] = record
    return CrawlOutput(records, 0, "\n".join(log), time.perf_counter() - start)


_LOG_PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[[^\]]{1,80}\] \w+: ")


def crawl_error(crawl_out: CrawlOutput) -> str | None:
    """Why the crawl as a whole failed (its last error line), when it exited with an error."""
    if crawl_out.returncode == 0:
        return None
    if crawl_out.log.startswith("crawl stopped"):
        return "crawl timed out"
    errors = [line.strip() for line in crawl_out.log.splitlines() if "Error" in line or "error:" in line]
    return _short(errors[-1] if errors else f"exit status {crawl_out.returncode}", 200)


def failure_reason(url: str, crawl_out: CrawlOutput) -> str:
    """The last log line that names ``url`` (why it was not exported), else the crawl's error."""
    lines = [_LOG_PREFIX.sub("", line.strip()) for line in crawl_out.log.splitlines() if url in line]
    if lines:
        return _short(lines[-1], 200)
    return crawl_error(crawl_out) or "no record exported"


# --- reporting ----------------------------------------------------------------------------

def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def report_text(scores: list[PageScore], crawl_out: CrawlOutput, verbose: bool, by_language: bool = False) -> str:
    lines = []
    if verbose:
        for s in scores:
            if not s.notes and not s.failure:
                continue
            lines.append(f"== {s.name}  {s.url}")
            if s.failure:
                lines.append(f"   FAILED: {s.failure}")
            lines.extend(f"   {n}" for n in s.notes)
        lines.append("")
        if ORGANISATION_FALSE_POSITIVE_RULES:
            lines.append("organisation false positives by the rule that found them: " + ", ".join(
                f"{rule} {n}" for rule, n in ORGANISATION_FALSE_POSITIVE_RULES.most_common()))
            lines.append("")
    totals = total(scores)
    failures = [s for s in scores if s.failure]
    lines.append(f"pages: {len(scores)}  exported: {len(scores) - len(failures)}  failures: {len(failures)}  "
                 f"crawl: {crawl_out.seconds:.1f}s (exit {crawl_out.returncode})")
    error = crawl_error(crawl_out)
    if error:
        lines.append(f"CRAWL FAILED: {error}")
    for s in failures:
        lines.append(f"  FAILED {s.name}: {s.failure}")
    lines.append(f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}{'acc':>7}{'hit':>6}{'wrong':>6}{'found':>6}{'miss':>6}")
    for f in FIELDS:
        t = totals[f]
        lines.append(f"{f:<16}{_fmt(t.precision):>7}{_fmt(t.recall):>7}{_fmt(t.f1):>7}{_fmt(t.accuracy):>7}"
                     f"{t.hit:>6}{t.fp:>6}{t.found:>6}{t.fn:>6}")
    lines.append("acc: headline/published/authors/is_protest = share of pages right; quotes/organisations/"
                 "demands/slogans = share of gold items found; speakers = share of found quotes whose speaker is right")
    if by_language:
        languages = sorted({s.language for s in scores})
        per = {lang: total([s for s in scores if s.language == lang]) for lang in languages}
        counts = {lang: sum(1 for s in scores if s.language == lang) for lang in languages}
        lines.append("")
        lines.append("F1 by language (pages): " + "  ".join(f"{lang} ({counts[lang]})" for lang in languages))
        for f in FIELDS:
            lines.append(f"{f:<16}" + "".join(f"{_fmt(per[lang][f].f1):>8}" for lang in languages))
        lines.append("acc by language:")
        for f in ACCURACY_FIELDS:
            lines.append(f"{f:<16}" + "".join(f"{_fmt(per[lang][f].accuracy):>8}" for lang in languages))
    if verbose:
        from rallycrawl.extraction.metadata import RULE_USES

        if RULE_USES:  # counted in this process only: with --in-process
            lines.append("")
            lines.append("metadata read from the visible page, pages by rule: " + ", ".join(
                f"{rule} {n}" for rule, n in RULE_USES.most_common()))
    if verbose and SPEAKER_RULES:
        lines.append("")
        lines.append(f"{'speaker rule':<24}{'right':>7}{'wrong':>7}{'missing':>8}   (found gold quotes)")
        for rule in sorted({r for r, _ in SPEAKER_RULES}, key=lambda r: -sum(SPEAKER_RULES[(r, v)] for v in ("right", "wrong", "missing"))):
            lines.append(f"{rule:<24}{SPEAKER_RULES[(rule, 'right')]:>7}{SPEAKER_RULES[(rule, 'wrong')]:>7}"
                         f"{SPEAKER_RULES[(rule, 'missing')]:>8}")
    if verbose and EVENT_RULES:
        lines.append("")
        lines.append(f"{'event rule':<40}{'right':>7}{'wrong':>7}   (scored event values a named rule gave)")
        for rule in sorted({r for r, _ in EVENT_RULES}):
            lines.append(f"{rule:<40}{EVENT_RULES[(rule, 'right')]:>7}{EVENT_RULES[(rule, 'wrong')]:>7}")
    return "\n".join(lines)


def report_json(scores: list[PageScore], crawl_out: CrawlOutput, verbose: bool) -> dict[str, Any]:
    totals = total(scores)
    out: dict[str, Any] = {
        "pages": len(scores),
        "exported": sum(1 for s in scores if not s.failure),
        "failures": [{"gold": s.name, "url": s.url, "reason": s.failure} for s in scores if s.failure],
        "crawl_seconds": round(crawl_out.seconds, 2),
        "crawl_exit_status": crawl_out.returncode,
        "crawl_error": crawl_error(crawl_out),
        "fields": {f: totals[f].summary() for f in FIELDS},
        "by_language": {
            lang: {f: t.summary() for f, t in total([s for s in scores if s.language == lang]).items()}
            for lang in sorted({s.language for s in scores})
        },
        "pages_by_language": dict(sorted(Counter(s.language for s in scores).items())),
    }
    if verbose:
        out["per_page"] = [
            {"gold": s.name, "url": s.url, "failure": s.failure, "notes": s.notes,
             "fields": {f: t.summary() for f, t in s.tallies.items() if t.total or t.hit or t.fp or t.fn}}
            for s in scores
        ]
    return out


# --- the quality gate ----------------------------------------------------------------------

DEFAULT_FLOORS = ROOT / "bench" / "quality_floors.json"
#: Below today's figure by this much before the gate fails: one page of the 31
#: validation pages moves a page-level accuracy by 0.032.
PAGE_MARGIN = 0.04
ITEM_MARGIN = 0.02


def figures(totals: dict[str, Tally]) -> dict[str, dict[str, float]]:
    """The figures the gate watches: accuracy for page-level fields and speakers, F1 for the others."""
    out: dict[str, dict[str, float]] = {}
    for f in FIELDS:
        t = totals[f]
        value = t.accuracy if f in ACCURACY_FIELDS else t.f1
        if value is not None:
            out[f] = {"accuracy" if f in ACCURACY_FIELDS else "f1": round(value, 4)}
    return out


def floors_from(totals: dict[str, Tally]) -> dict[str, dict[str, float]]:
    """Floors for today's figures: each minus its margin, rounded down to two decimals."""
    out: dict[str, dict[str, float]] = {}
    for f, measures in figures(totals).items():
        margin = PAGE_MARGIN if f in ACCURACY_FIELDS and f != "speakers" else ITEM_MARGIN
        out[f] = {m: max(0.0, math.floor(round((v - margin) * 100, 6)) / 100) for m, v in measures.items()}
    return out


def below_floors(totals: dict[str, Tally], floors: dict[str, dict[str, float]]) -> list[str]:
    """One line per figure below its floor (empty when the gate passes)."""
    now = figures(totals)
    failed = []
    for f, measures in floors.items():
        for measure, floor in measures.items():
            value = now.get(f, {}).get(measure)
            if value is None or value < floor:
                failed.append(f"{f} {measure} {value if value is not None else 'missing'} < floor {floor}")
    return failed


def load_floors(path: Path) -> dict[str, Any]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data


def write_floors(path: Path, totals: dict[str, Tally], split: str, pages: int) -> None:
    data = {
        "about": "Quality gate: bench/quality.py --split validation --in-process --check-floors fails "
                 "below these (docs/extraction.md, 'The quality gate'). Written by --write-floors.",
        "split": split,
        "pages": pages,
        "measured": figures(totals),
        "floors": floors_from(totals),
    }
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def select_split(golds: list[tuple[str, dict]], split: str, validation_list: Path) -> list[tuple[str, dict]]:
    if split == "all":
        return golds
    validation = read_validation_list(validation_list)
    return [(n, g) for n, g in golds if (g["file"] in validation) == (split == "validation")]


def score_golds(golds: list[tuple[str, dict]], pages_dir: Path, *, in_process: bool = False,
                timeout: float = 1800, strip: bool = False) -> tuple[list[PageScore], CrawlOutput]:
    """Extract the gold pages (a crawl of a local server, or in process) and score each
    (``strip``, in process only: without the pages' declared metadata)."""
    files = [g["file"] for _, g in golds]
    if strip and not in_process:
        raise ValueError("stripping metadata needs in_process")
    if in_process:
        urls = [f"http://127.0.0.1:8000{served_path(f)}" for f in files]
        crawl_out = extract_in_process(pages_dir, files, urls, strip=strip)
    else:
        server, port = serve(pages_dir, files)
        try:
            urls = [f"http://127.0.0.1:{port}{served_path(f)}" for f in files]
            crawl_out = crawl(urls, timeout)
        finally:
            server.shutdown()
            server.server_close()
    scores = []
    for (name, gold), url in zip(golds, urls):
        rec = crawl_out.records.get(unquote(urlsplit(url).path))
        failure = None if rec is not None else failure_reason(url, crawl_out)
        score = score_page(name, url, gold, rec, failure)
        score.language = (rec or {}).get("language") or "?"
        scores.append(score)
    return scores, crawl_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of gold JSON records")
    parser.add_argument("--pages", type=Path, default=None,
                        help="folder the gold 'file' paths are relative to (default: the corpus folder)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N gold records")
    parser.add_argument("--verbose", "-v", action="store_true", help="per-page detail of every miss and extra")
    parser.add_argument("--json", nargs="?", const="-", default=None, metavar="PATH",
                        help="write the summary as JSON to PATH (- or no PATH: standard output, instead of the table)")
    parser.add_argument("--by-language", action="store_true",
                        help="also print F1 per field for each language of the exported records")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed for the crawl")
    parser.add_argument("--split", choices=("all", "tune", "validation"), default="all",
                        help="score only the tune or the validation split of gold-dev "
                             "(the pages --validation-list names are validation; the rest are tune)")
    parser.add_argument("--in-process", action="store_true",
                        help="call rallycrawl.extract_article on each page instead of crawling a local server "
                             "(seconds instead of a Scrapy run; same records)")
    parser.add_argument("--strip-metadata", action="store_true",
                        help="take each page's declared metadata out before extraction (meta tags, scripts and "
                             "JSON-LD, microdata, RDFa, canonical links, datetime attributes: bench/strip_metadata.py), "
                             "to measure headline, authors and date read from the visible page alone; needs --in-process")
    parser.add_argument("--check-floors", nargs="?", const=DEFAULT_FLOORS, type=Path, default=None, metavar="PATH",
                        help="exit 1 when a figure falls below its floor in PATH (default bench/quality_floors.json)")
    parser.add_argument("--write-floors", nargs="?", const=DEFAULT_FLOORS, type=Path, default=None, metavar="PATH",
                        help="write today's figures minus a margin as the floors (raise them in the change that earns it)")
    parser.add_argument("--validation-list", type=Path, default=DEFAULT_VALIDATION,
                        help="file naming the validation pages by their 'file' path, one a line")
    args = parser.parse_args(argv)

    pages_dir = args.pages or DEFAULT_PAGES
    if args.strip_metadata and not args.in_process:
        parser.error("--strip-metadata needs --in-process")
    if args.strip_metadata and (args.check_floors or args.write_floors):
        parser.error("the floors are for pages as they are: not with --strip-metadata")
    if not Path(args.gold).is_dir():
        parser.error(f"--gold {args.gold}: no such folder")
    if not Path(pages_dir).is_dir():
        parser.error(f"--pages {pages_dir}: no such folder")
    golds = load_golds(args.gold, args.limit)
    if args.split != "all":
        if not Path(args.validation_list).is_file():
            parser.error(f"--validation-list {args.validation_list}: no such file")
        golds = select_split(golds, args.split, args.validation_list)
        if not golds:
            parser.error(f"no gold record in the {args.split} split")
    missing = [g["file"] for _, g in golds if not (Path(pages_dir) / g["file"]).is_file()]
    if missing:
        parser.error(f"pages not found under {pages_dir}: {', '.join(missing[:5])}")

    scores, crawl_out = score_golds(golds, pages_dir, in_process=args.in_process, timeout=args.timeout,
                                    strip=args.strip_metadata)

    if args.write_floors:
        write_floors(args.write_floors, total(scores), args.split, len(scores))
        print(f"floors written to {args.write_floors}")
    if args.json is not None:
        text = json.dumps(report_json(scores, crawl_out, args.verbose), indent=2, ensure_ascii=False)
        if args.json == "-":
            print(text)
            return 0
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(report_text(scores, crawl_out, args.verbose, args.by_language))
    if args.check_floors:
        floors = load_floors(args.check_floors)
        failed = below_floors(total(scores), floors["floors"])
        if floors.get("split") != args.split:
            print(f"note: the floors were measured on the {floors.get('split')} split, this is {args.split}")
        for line in failed:
            print(f"BELOW FLOOR: {line}")
        if failed:
            return 1
        print(f"quality gate passed ({len(floors['floors'])} fields at or above their floors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
