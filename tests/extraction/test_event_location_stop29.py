"""The event's location in towns no gazetteer knows (stop 29): the streets a march goes through, a town closing
the sentence, a rare name after the town preposition, the region and the workplace's town; each rule on invented
sentences and switched off alone (rallycrawl/extraction/event_rules.py)."""

import pytest

from rallycrawl.extraction import event, event_rules
from rallycrawl.extraction.event import extract_event


def _location(headline, paragraphs, language):
    event._place_words.cache_clear()
    try:
        return extract_event(headline, list(paragraphs), language=language).location
    finally:
        event._place_words.cache_clear()
    

# (rule, language, headline, lead paragraphs, location with the rule, location without it)
CASES = [
    # the name whose streets a march goes through is a town
    ("location_streets_town", "fr", "Manifestation des enseignants",
     ["Environ 300 enseignants ont défilé samedi dans les rues de Montreval pour dénoncer les suppressions de postes."],
     "Montreval", None),
    ("location_streets_town", "es", "Marcha de docentes",
     ["Miles de docentes marcharon el jueves por las calles de Santa Olalla para exigir mejoras salariales."],
     "Santa Olalla", None),
    ("location_streets_town", "en", "Teachers march",
     ["Thousands of teachers marched through the streets of Ashcombe demanding higher pay."],
     "Ashcombe", None),
    ("location_streets_town", "it", "Corteo degli studenti",
     ["Migliaia di studenti hanno sfilato tra le strade di Borgoleone contro i tagli."],
     "Borgoleone", None),
    # a rare name after the town preposition closing the sentence
    ("location_town_closing_sentence", "fr", "Marche blanche",
     ["Près de 200 personnes ont participé à la marche organisée dimanche à Vernac."],
     "Vernac", None),
    ("location_town_closing_sentence", "it", "Sciopero dei rider a Borgoleone",
     ["Decine di rider hanno incrociato le braccia venerdì sera e si sono radunati davanti alla sede di Velocis."],
     "Borgoleone", "sede di Velocis"),
    ("location_town_closing_sentence", "de", "Protest gegen Klinikschließung",
     ["Gegen die Schließung der Klinik demonstrierten am Samstag mehrere hundert Menschen in Kellbach."],
     "Kellbach", None),
]


@pytest.mark.parametrize("rule,language,headline,paragraphs,with_rule,without_rule", CASES)
def test_location_rule_and_switched_off_alone(monkeypatch, rule, language, headline, paragraphs, with_rule, without_rule):
    # (location_rare_town reads these rare names too, wherever they stand: it is switched off to test the rule alone)
    monkeypatch.setitem(event_rules.RULES, "location_rare_town", False)
    assert _location(headline, paragraphs, language) == with_rule
    monkeypatch.setitem(event_rules.RULES, rule, False)
    assert _location(headline, paragraphs, language) == without_rule


def _found_by_rule_alone(monkeypatch, rule, headline, paragraphs, language, place):
    """The rule finds ``place`` (it is the rule noted), and with it switched off nothing places the event."""
    assert _location(headline, paragraphs, language) == place
    assert event_rules.LAST.get("location") == rule
    monkeypatch.setitem(event_rules.RULES, rule, False)
    assert _location(headline, paragraphs, language) is None


# --- location_rare_town -----------------------------------------------------------------------------------

RARE_TOWN = [
    ("en", "Drivers to strike", ["Drivers in Kellstown will walk out for 48 hours in a row over pay."], "Kellstown"),
    ("es", "Protesta vecinal", ["Cientos de personas se manifestaron este domingo en Valdemora convocadas por la plataforma."],
     "Valdemora"),
    ("fr", "Manifestation", ["Environ 300 personnes ont manifesté samedi à Vernac à l'appel des syndicats."], "Vernac"),
]


@pytest.mark.parametrize("language,headline,paragraphs,town", RARE_TOWN)
def test_a_rare_name_after_the_town_preposition_is_a_town(monkeypatch, language, headline, paragraphs, town):
    _found_by_rule_alone(monkeypatch, "location_rare_town", headline, paragraphs, language, town)


@pytest.mark.parametrize("language,sentence", [
    ("en", "Workers in Harlow Holdings will walk out on pay."),      # "Holdings" is a common word
    ("en", "Hundreds marched in Solidarity with the miners."),
    ("de", "Beschäftigte in Supermärkten legten die Arbeit nieder."),  # German capitalises its nouns: not read there
])
def test_a_name_with_a_common_word_or_a_german_noun_is_no_rare_town(language, sentence):
    assert _location("Strike", [sentence], language) is None


def test_english_firm_closing_the_sentence_is_no_town():
    # English writes a firm after "in" with no article ("a strike in Harlow Holdings."): no town closes its sentence
    paragraphs = ["Workers have been on strike for a week in Harlow Holdings."]
    assert _location("Strike goes on", paragraphs, "en") is None


# --- location_named_region ------------------------------------------------------------------------------

REGION = [
    ("es", "Los docentes convocan huelga indefinida",
     ["Los sindicatos de la provincia de Valdemora han convocado una huelga indefinida del profesorado."], "Valdemora"),
    ("nl", "Buschauffeurs leggen werk neer",
     ["Ruim 300 chauffeurs staken donderdag. Reizigers in de regio Dokkerwolde moeten rekening houden met uitval."],
     "Dokkerwolde"),
    ("fr", "Grève des chauffeurs de bus",
     ["Les chauffeurs de bus seront en grève jeudi. Toutes les lignes de la région de Vernac seront perturbées."],
     "Vernac"),
]


@pytest.mark.parametrize("language,headline,paragraphs,region", REGION)
def test_the_named_region_when_nothing_else_places_the_event(monkeypatch, language, headline, paragraphs, region):
    _found_by_rule_alone(monkeypatch, "location_named_region", headline, paragraphs, language, region)


def test_a_place_of_the_report_beats_the_region():
    paragraphs = ["Unos 200 docentes se concentraron frente a la sede de la Consejería en Villaluz.",
                  "Los sindicatos de la provincia de Valdemora anuncian más paros."]
    assert _location("Protesta docente", paragraphs, "es") == "la sede de la Consejería en Villaluz"


# --- location_workplace_town ------------------------------------------------------------------------------

WORKPLACE_TOWN = [
    ("it", "Trasporti, venerdì sciopero di 24 ore",
     ["I sindacati hanno proclamato uno sciopero dei dipendenti di Linee Verdi, l'azienda del trasporto pubblico "
      "di Borgoleone."], "Borgoleone"),
    ("en", "Drivers to strike over pay",
     ["Drivers at Greenway Buses, the bus company in Kellstown, will strike on Friday over pay."], "Kellstown"),
    ("de", "Warnstreik im Nahverkehr",
     ["Die Gewerkschaft hat die Beschäftigten der Linienbus GmbH, einem Verkehrsbetrieb aus Kellbach, zum Warnstreik "
      "aufgerufen."], "Kellbach"),
]


@pytest.mark.parametrize("language,headline,paragraphs,town", WORKPLACE_TOWN)
def test_the_workplaces_town_when_nothing_else_places_the_event(monkeypatch, language, headline, paragraphs, town):
    monkeypatch.setitem(event_rules.RULES, "location_rare_town", False)  # (it reads "the bus company in Kellstown" too)
    _found_by_rule_alone(monkeypatch, "location_workplace_town", headline, paragraphs, language, town)


def test_a_workplaces_name_in_the_middle_of_a_clause_is_no_town():
    # the name must close its clause: "the company of Arvid Lund said" names a person, not a town
    paragraphs = ["Workers will strike on Friday, the union said. The company of Arvid Lund said it regretted the move."]
    assert _location("Workers to strike", paragraphs, "en") is None


# --- location_any_lead_sentence ---------------------------------------------------------------------------

ANY_SENTENCE = [
    ("de", "Warnstreik im Nahverkehr",
     ["Verdi hat für Dienstag zu einem ganztägigen Warnstreik aufgerufen. Betroffen sind alle Linien in Kellbach."],
     "Kellbach"),
    ("fr", "Grève des éboueurs",
     ["Les éboueurs cesseront le travail jeudi. Les collectes seront suspendues à Vernac et dans sa périphérie."],
     "Vernac"),
]


@pytest.mark.parametrize("language,headline,paragraphs,town", ANY_SENTENCE)
def test_any_lead_sentence_when_nothing_else_places_the_event(monkeypatch, language, headline, paragraphs, town):
    _found_by_rule_alone(monkeypatch, "location_any_lead_sentence", headline, paragraphs, language, town)


def test_a_reporting_sentence_beats_any_other():
    paragraphs = ["Die Gewerkschaft hat ihren Sitz in Kellbach. Rund 300 Beschäftigte streikten am Montag vor dem Werk "
                  "in Lindenau."]
    assert _location("Warnstreik", paragraphs, "de") == "Lindenau"
