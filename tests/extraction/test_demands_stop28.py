"""Demands of stop 28, from the shapes of the event development set 2: the body asked with a place or an
appositive before "to" (rule target_tail), a crowd claimed is no ask (claimed_count), a verb of appeal whose
particle follows whom it asks (appeal_particle), a protest verb followed by its place (protest_place), a
second verb of asking after "et"/"y" ending the first ask, Dutch "roepen ... op ... te" and "vragen ... om ...
te", French "lui demande de".  Every sentence is written for these tests."""

import pytest

from rallycrawl.extraction import demands as demands_module
from rallycrawl.extraction.demands import extract_demands


def texts(paragraphs, language, headline=None):
    return [d.text for d in extract_demands(list(paragraphs), language=language, headline=headline)]


@pytest.fixture
def rule_off(monkeypatch):
    def off(name):
        monkeypatch.setitem(demands_module.RULES, name, False)
    return off


def test_target_with_a_place_before_to():
    found = extract_demands(["Speakers urged ministers in Cardiff to drop the housing bill."], language="en")
    assert [d.text for d in found] == ["drop the housing bill"]
    assert found[0].target.startswith("ministers")


def test_target_with_an_appositive_before_to():
    got = texts(["The tenants also want the landlord, Mr Peter Grove, to repair the lifts this month."], "en")
    assert any(t.startswith("repair the lifts") for t in got)


def test_target_tail_switched_off(rule_off):
    rule_off("target_tail")
    got = texts(["Speakers urged ministers in Cardiff to drop the housing bill."], "en")
    assert not any(t.startswith("drop the housing bill") for t in got)


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Les organisateurs ont revendiqué 12.000 participants."),
    ("fr", "Les syndicats revendiquent plus de 3 000 manifestants."),
])
def test_claimed_count_is_no_ask(language, sentence):
    assert texts([sentence], language) == []


def test_claimed_count_switched_off(rule_off):
    rule_off("claimed_count")
    assert texts(["Les organisateurs ont revendiqué 12.000 participants."], "fr") == ["12.000 participants"]


def test_claimed_count_keeps_an_ask_with_a_number():
    assert texts(["Les infirmières réclament 300 euros de plus par mois."], "fr") == ["300 euros de plus par mois"]


def test_appeal_particle_german():
    found = extract_demands(
        ["Die Eltern forderten den Gemeinderat auf, die Kita am Lindenweg offen zu halten."], language="de"
    )
    assert [d.text for d in found] == ["die Kita am Lindenweg offen zu halten"]
    assert found[0].target == "den Gemeinderat"


def test_appeal_particle_switched_off(rule_off):
    rule_off("appeal_particle")
    got = texts(["Die Eltern forderten den Gemeinderat auf, die Kita am Lindenweg offen zu halten."], "de")
    assert any(t.startswith("den Gemeinderat auf") for t in got)


def test_protest_place_is_no_ask():
    got = texts(["Dozens of nurses were protesting outside the town hall as the council met on Monday."], "en")
    assert got == []


def test_protest_place_switched_off(rule_off):
    rule_off("protest_place")
    got = texts(["Dozens of nurses were protesting outside the town hall as the council met on Monday."], "en")
    assert got and got[0].startswith("outside the town hall")


def test_french_second_verb_of_asking_ends_the_first_ask():
    got = texts(["Ils s'opposent à la fusion des deux lycées et demandent un nouveau gymnase."], "fr")
    assert "la fusion des deux lycées" in got
    assert "un nouveau gymnase" in got


def test_spanish_second_verb_of_asking_ends_the_first_ask():
    got = texts(["Los vecinos rechazan el nuevo vertedero y exigen un plan de reciclaje para el barrio."], "es")
    assert not any("y exigen" in t for t in got)
    assert any(t.startswith("un plan de reciclaje") for t in got)


def test_french_pronoun_asked():
    got = texts(["Le collectif écrit au recteur et lui demande de rouvrir la classe de CM2."], "fr")
    assert "rouvrir la classe de CM2" in got


@pytest.mark.parametrize("sentence, ask", [
    ("De bonden roepen de provincie op de subsidie voor streekbussen te behouden.",
     "de subsidie voor streekbussen te behouden"),
    ("Het wijkcomité vraagt de gemeente om de speeltuin open te houden.", "de speeltuin open te houden"),
])
def test_dutch_appeals_with_te(sentence, ask):
    assert ask in texts([sentence], "nl")


def test_dutch_that_opens_no_ask():
    assert texts(["De actiegroep eist dat de gemeente het buurthuis openhoudt."], "nl") == [
        "de gemeente het buurthuis openhoudt"
    ]
