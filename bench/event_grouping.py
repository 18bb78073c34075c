"""Pairwise precision and recall of merging articles into events.

    python bench/event_grouping.py                 # both sets
    python bench/event_grouping.py --set written   # only the hand-written reports
    python bench/event_grouping.py --verbose       # every wrong pair, with the reasons

Two sets of articles labelled with the event they report:

* ``written``: hand-written reports (``tests/fixtures/events/groups.json``:
  fictional events, several outlets and languages, and hard negatives: other
  protests in the same town on the same day, the same organisers a week later);
* ``heldout``: more hand-written reports (``groups-heldout.json``), written after the
  method was fixed and not used to tune it;
* ``corpus``: the protest pages of ``shared/corpus`` (skipped when absent), run
  through rallycrawl's extraction in this process; every page is its own event
  except the groups in :data:`CORPUS_GROUPS` (pages that report one event).
  This set measures the grouping on real extraction output, errors included.

The records are grouped in the order given, as a crawl would (:class:`EventGrouper`).
A pair of articles is *predicted* when both land in one merged event and *gold*
when both carry one label: precision = correct predicted pairs / predicted pairs,
recall = correct predicted pairs / gold pairs.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rallycrawl.events import EventGrouper, report_from_record  # noqa: E402

WRITTEN = ROOT / "tests" / "fixtures" / "events" / "groups.json"
HELDOUT = ROOT / "tests" / "fixtures" / "events" / "groups-heldout.json"
CORPUS = next((p / "shared" / "corpus" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared" / "corpus")

#: Corpus pages (under protest/) that report one event; every other protest page is an event of its own.
#: Read by a person from the pages: the same day, place and protest.  Tokyo 10 April 2011 is two
#: events (a rally of 15,000 and a Sunday meeting in Shiba Park), on purpose left apart.
CORPUS_GROUPS = [
    ["egypt-political-standoff-explainer-ap-yahoo.html", "egypt-protests-demanding-morsi-ouster-ap-yahoo.html"],
    ["hong-kong-city-on-the-brink-guardian-editorial.html", "hong-kong-polyu-siege-protesters-express.html"],
    ["golden-globes-cancelled-wga-strike-nydailynews.html", "weinstein-deal-striking-writers-reuters.html"],
]

_DEFAULT_RECORD: dict[str, Any] = {
    "canonical_url": None, "fetched_at": "2026-01-01T00:00:00+00:00", "schema_version": 1,
    "description": None, "authors": [], "modified": None, "section": None, "language": "en",
    "word_count": 0, "is_protest": True, "protest_score": 0.9, "quotes": [], "event_id": None,
}


def record_from_entry(entry: dict[str, Any]) -> dict[str, Any]:
    """A contract record from a short hand-written entry of ``groups.json``."""
    record = copy.deepcopy(_DEFAULT_RECORD)
    record.update(url=entry["url"], domain=(entry["url"].split("/") + ["", "", "unknown"])[2] or "unknown", headline=entry["headline"],
                  published=entry.get("published"), publisher=entry.get("publisher"),
                  language=entry.get("language", "en"), body=entry.get("lead", ""))
    record["word_count"] = len(record["body"].split())
    orgs = [{"name": name, "acronym": acronym, "role": "organiser", "mentions": 1}
            for name, acronym in entry.get("organisers", [])]
    orgs += [{"name": name, "acronym": None, "role": "target", "mentions": 1} for name in entry.get("targets", [])]
    record["organisations"] = orgs
    record["demands"] = [{"text": t, "target": None, "source": "report"} for t in entry.get("demands", [])]
    event = {"kind": "protest", "date": None, "location": None, "target": None, "size_text": None,
             "size_min": None, "size_max": None, "tactics": [], "slogans": []}
    event.update(entry.get("event") or {})
    record["event"] = event
    return record


def written_set(path: Path = WRITTEN) -> list[tuple[str, dict[str, Any]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [(entry["group"], record_from_entry(entry)) for entry in data["articles"]]


def corpus_set(corpus: Path = CORPUS) -> list[tuple[str, dict[str, Any]]]:
    """(label, record) of every protest page of the corpus, extracted here."""
    import csv

    from itemadapter import ItemAdapter
    from scrapy.http import HtmlResponse

    from rallycrawl.extraction.analysis import analyse_article
    from rallycrawl.extraction.body import extract_body
    from rallycrawl.extraction.language import detect_language
    from rallycrawl.extraction.metadata import extract_metadata
    from rallycrawl.extraction.page import Page
    from rallycrawl.pipelines import build_record

    urls = {}
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            urls[row["file"]] = row["article_url"]
    label_of = {name: group[0] for group in CORPUS_GROUPS for name in group}
    out = []
    for path in sorted((corpus / "protest").glob("*.html")):
        url = urls.get(f"protest/{path.name}") or f"http://corpus.invalid/{path.name}"
        page = Page(HtmlResponse(url, body=path.read_bytes()).text, url)
        meta = extract_metadata(page)
        body = extract_body(page, headline=meta.headline)
        if meta.language is None:
            meta.language = detect_language(body.text)
        analysis = analyse_article(meta.headline or "", body.paragraphs, published=meta.published,
                                   language=meta.language, publisher=meta.publisher)
        record = build_record(ItemAdapter({"url": url, "fetched_at": "2026-01-01T00:00:00+00:00",
                                           "_metadata": meta, "_body": body, "_analysis": analysis}))
        out.append((label_of.get(path.name, path.name), record))
    return out


def pairwise(labelled: list[tuple[str, dict[str, Any]]], *, verbose: bool = False) -> dict[str, Any]:
    grouper = EventGrouper()
    predicted: dict[str, str | None] = {}
    for _, record in labelled:
        report = report_from_record(record)
        predicted[record["url"]] = grouper.add(report)[0] if report else None
    gold_pairs, predicted_pairs = set(), set()
    for (la, ra), (lb, rb) in combinations(labelled, 2):
        pair = (ra["url"], rb["url"])
        if la == lb:
            gold_pairs.add(pair)
        ea, eb = predicted[ra["url"]], predicted[rb["url"]]
        if ea is not None and ea == eb:
            predicted_pairs.add(pair)
    correct = gold_pairs & predicted_pairs
    precision = len(correct) / len(predicted_pairs) if predicted_pairs else 1.0
    recall = len(correct) / len(gold_pairs) if gold_pairs else 1.0
    if verbose:
        for pair in sorted(predicted_pairs - gold_pairs):
            print(f"  wrongly joined: {pair[0]}  +  {pair[1]}")
        for pair in sorted(gold_pairs - predicted_pairs):
            print(f"  missed: {pair[0]}  +  {pair[1]}  (events {predicted[pair[0]]}, {predicted[pair[1]]})")
        for event in grouper.events.values():
            for source in event.sources:
                if source.match:
                    print(f"  {event.event_id} <- {source.report.url}: {'; '.join(source.match.reasons)}")
    return {"articles": len(labelled), "events_gold": len({label for label, _ in labelled}),
            "events_found": len(grouper.events), "gold_pairs": len(gold_pairs),
            "predicted_pairs": len(predicted_pairs), "correct_pairs": len(correct),
            "precision": round(precision, 3), "recall": round(recall, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=("written", "heldout", "corpus", "all"), default="all")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    sets: dict[str, list] = {}
    if args.set in ("written", "all"):
        sets["written"] = written_set()
    if args.set in ("heldout", "all"):
        sets["heldout"] = written_set(HELDOUT)
    if args.set in ("corpus", "all"):
        if (args.corpus / "protest").is_dir():
            sets["corpus"] = corpus_set(args.corpus)
        else:
            print(f"corpus: skipped ({args.corpus / 'protest'} not found)", file=sys.stderr)
    results = {}
    for name, labelled in sets.items():
        if args.verbose:
            print(f"[{name}]")
        results[name] = pairwise(labelled, verbose=args.verbose)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, r in results.items():
            print(f"{name:8} articles {r['articles']:3}  events gold {r['events_gold']:3} found {r['events_found']:3}  "
                  f"pairs gold {r['gold_pairs']:3} predicted {r['predicted_pairs']:3} correct {r['correct_pairs']:3}  "
                  f"precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
