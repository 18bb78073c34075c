"""Grouping reports into merged events: blocking, scoring, reasons, merging (pure logic)."""

from __future__ import annotations

import random
import subprocess
import sys

from event_records import entry, pairwise, written_set

from rallycrawl.events import EventGrouper, group_records, join_near_duplicates, report_from_record


def test_the_package_imports_no_scrapy():
    code = "import sys, rallycrawl.events; print(any(m.split('.')[0] == 'scrapy' for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_article_without_a_protest_event_has_no_report():
    record = entry()
    record.update(is_protest=False, event=None)
    assert report_from_record(record) is None


def test_the_hand_written_groups_are_found():
    result = pairwise(written_set())
    assert result["precision"] == 1.0 and result["recall"] == 1.0, result


def test_grouping_does_not_depend_on_the_order_of_arrival():
    labelled = written_set()
    for seed in range(5):
        shuffled = labelled[:]
        random.Random(seed).shuffle(shuffled)
        result = pairwise(shuffled)
        assert result["precision"] == 1.0 and result["recall"] == 1.0, (seed, result)


def test_two_reports_of_one_rally_join_with_reasons():
    grouper = EventGrouper()
    first, _ = grouper.add(report_from_record(entry(url="https://a.example/1")))
    second, match = grouper.add(report_from_record(entry(
        url="https://b.example/2", publisher="Other Daily", headline="Renters march on City Hall",
        event={"kind": "march", "date": "2026-03-04", "location": "City Hall, Riverside", "target": "Mayor Whitcombe"},
        organisers=[["RTU", None]])))
    assert second == first
    text = "; ".join(match.reasons)
    assert "1 day(s) apart by event date" in text and "organiser: rtu" in text and "place: rivers" in text


def test_another_protest_in_the_same_town_on_the_same_day_stays_apart():
    grouper = EventGrouper()
    tenants, _ = grouper.add(report_from_record(entry(url="https://a.example/1")))
    dockers, match = grouper.add(report_from_record(entry(
        url="https://a.example/2", headline="Dockers strike at Riverside port",
        event={"kind": "strike", "date": "2026-03-03", "location": "Riverside port", "target": "Meridian Terminals"},
        organisers=[["Harbour Workers Guild", None]])))
    assert dockers != tenants and match is None


def test_the_same_organisers_a_week_later_are_another_event():
    grouper = EventGrouper()
    first, _ = grouper.add(report_from_record(entry(url="https://a.example/1")))
    later, _ = grouper.add(report_from_record(entry(
        url="https://a.example/2", event={"kind": "rally", "date": "2026-03-10", "location": "Riverside City Hall"})))
    assert later != first


def test_the_event_date_not_the_publication_date_decides():
    # Announced a week ahead, reported on the day: one event, though published seven days apart.
    grouper = EventGrouper()
    ahead, _ = grouper.add(report_from_record(entry(url="https://a.example/1", published="2026-02-24T09:00:00+00:00")))
    on_the_day, _ = grouper.add(report_from_record(entry(url="https://a.example/2")))
    assert ahead == on_the_day


def test_a_new_version_of_an_article_stays_in_its_event():
    grouper = EventGrouper()
    first, _ = grouper.add(report_from_record(entry(url="https://a.example/1")))
    again, _ = grouper.add(report_from_record(entry(url="https://a.example/1", headline="Tenants rally (updated)")))
    assert again == first and len(grouper.events[first].sources) == 1
    assert grouper.events[first].sources[0].report.headline == "Tenants rally (updated)"


def test_merged_event_summary_joins_what_the_sources_say():
    records = [
        entry(url="https://a.example/1", demands=[{"text": "an emergency rent freeze"}]),
        entry(url="https://b.example/2", publisher="Channel 7", organisers=[["RTU", None]],
              event={"kind": "march", "date": "2026-03-03", "location": "Riverside City Hall", "target": "the mayor",
                     "size_text": "about 400", "size_min": 400, "size_max": 400, "slogans": ["Homes not profits"]}),
        entry(url="https://c.example/3", publisher="Wire",
              event={"kind": "rally", "date": "2026-03-03", "location": "Riverside City Hall", "target": "the mayor",
                     "size_text": "1,000, organisers said", "size_min": 1000, "size_max": 1000}),
    ]
    records[0]["demands"] = [{"text": "an emergency rent freeze", "target": None, "source": "report"}]
    records[1]["demands"] = [{"text": "a rent freeze now", "target": None, "source": "report"},
                             {"text": "legal aid for tenants", "target": None, "source": "report"}]
    records[2]["demands"] = [{"text": "emergency rent freeze", "target": None, "source": "report"}]
    (event,) = group_records(records)
    s = event.summary()
    assert s["kind"] == "rally" and s["date_first"] == s["date_last"] == "2026-03-03"
    assert s["organisers"] == ["Riverside Tenants Union"]  # "RTU" is its acronym, not a second organiser
    assert (s["size_min"], s["size_max"]) == (400, 1000)
    assert [x["outlet"] for x in s["sizes"]] == ["Channel 7", "Wire"]
    freeze = s["demands"][0]  # three wordings, one demand: the shortest one names it
    assert freeze["text"] == "a rent freeze now" and len(freeze["sources"]) == 3
    assert freeze["variants"] == ["an emergency rent freeze", "emergency rent freeze"]
    assert [d["text"] for d in s["demands"][1:]] == ["legal aid for tenants"]
    assert s["slogans"] == ["Homes not profits"]
    assert [x["url"] for x in s["sources"]] == ["https://a.example/1", "https://b.example/2", "https://c.example/3"]
    assert s["sources"][0]["joined"] is None and s["sources"][1]["joined"]["reasons"]


def test_near_duplicate_demands_join_and_different_ones_do_not():
    groups = join_near_duplicates([("freeze rents for a year", 1), ("a one-year rent freeze", 2),
                                   ("Freeze rents for a year", 3), ("hire more nurses", 4)])
    texts = {g["text"]: g["sources"] for g in groups}
    assert texts == {"freeze rents for a year": [1, 2, 3], "hire more nurses": [4]}


def test_records_that_carry_an_event_id_keep_it():
    a = entry(url="https://a.example/1")
    b = entry(url="https://b.example/2", event={"kind": "strike", "date": "2027-01-01", "location": "elsewhere"})
    a["event_id"] = b["event_id"] = "ev-from-the-store"
    (event,) = group_records([a, b])
    assert event.event_id == "ev-from-the-store" and len(event.sources) == 2
