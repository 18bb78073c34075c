"""The event fields of stop 30: a protest's vehicles or boats counted when no people are (rule size_vehicles);
each rule on invented sentences and switched off alone (rallycrawl/extraction/event_rules.py)."""

import pytest

from rallycrawl.extraction import event_rules
from rallycrawl.extraction.event import extract_event


# (language, headline, paragraphs, size with the rule)
VEHICLE_CASES = [
    ("en", "Trawlermen block the estuary",
     ["Trawlers closed the mouth of the Brannoch estuary on Monday over a ban on night fishing.",
      "About 60 vessels took part, moored side by side across the channel."], "About 60 vessels"),
    ("fr", "Les agriculteurs bloquent le rond-point",
     ["Les agriculteurs ont bloqué lundi le rond-point de Sauvelin avec près de 120 tracteurs."], "près de 120 tracteurs"),
    ("nl", "Vissers varen uit uit protest",
     ["Tientallen kotters voeren dinsdag de haven van Oostmeer binnen uit protest tegen de visquota."], "Tientallen kotters"),
    ("de", "Bauernprotest in Kellbach",
     ["Landwirte blockierten am Montag mit mehr als 90 Traktoren die Ortsdurchfahrt von Kellbach."], "mehr als 90 Traktoren"),
]


@pytest.mark.parametrize("language,headline,paragraphs,size", VEHICLE_CASES)
def test_size_vehicles_and_switched_off(monkeypatch, language, headline, paragraphs, size):
    found = extract_event(headline, list(paragraphs), language=language)
    assert found.size_text == size
    assert event_rules.LAST.get("size") == "size_vehicles"
    monkeypatch.setitem(event_rules.RULES, "size_vehicles", False)
    assert extract_event(headline, list(paragraphs), language=language).size_text is None


def test_size_vehicles_only_without_people():
    # a count of people is the size, the tractors that came with them are not
    found = extract_event(
        "Farmers rally in Dunmore",
        ["About 800 farmers rallied in Dunmore on Friday, bringing more than 200 tractors into the town centre."],
        language="en",
    )
    assert found.size_text == "About 800 farmers"
