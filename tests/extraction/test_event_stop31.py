"""The event fields of stop 31: in German, which capitalises every noun, the object of a verb-second clause
after the town is no part of the place (rule location_object_after_town).  Every sentence is written for
these tests; the towns are real ones the gazetteer knows."""

import pytest

from rallycrawl.extraction import event_rules
from rallycrawl.extraction.event import extract_event


CASES = [
    ("Etwa 200 Beschäftigte verteilten am Montag vor dem Rathaus in Kassel Flugblätter.", "Rathaus in Kassel"),
    ("Mehrere hundert Menschen hielten am Samstag in Göttingen Plakate hoch.", "Göttingen"),
    ("Hunderte Bauern errichteten am Dienstag vor dem Landtag in Hannover Mahnfeuer.", "Landtag in Hannover"),
]


@pytest.mark.parametrize("sentence, place", CASES)
def test_object_after_town_and_switched_off(monkeypatch, sentence, place):
    found = extract_event("Protest gegen die Rentenkürzung", [sentence], language="de")
    assert found.location == place
    monkeypatch.setitem(event_rules.RULES, "location_object_after_town", False)
    assert extract_event("Protest gegen die Rentenkürzung", [sentence], language="de").location != place


@pytest.mark.parametrize("sentence, place", [
    ("Rund 3000 Menschen demonstrierten am Samstag vor dem Brandenburger Tor.", "Brandenburger Tor"),
    ("Etwa 400 Menschen versammelten sich am Sonntag am Hauptbahnhof Köln.", "Hauptbahnhof Köln"),
])
def test_names_that_are_no_town_and_object_are_kept(sentence, place):
    assert extract_event("Protest gegen die Rentenkürzung", [sentence], language="de").location == place

