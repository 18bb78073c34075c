"""The event's location from how news in each language gives the place (stop 27), each rule on
invented sentences and switched off alone (rallycrawl/extraction/event_rules.py)."""

import pytest

from rallycrawl.extraction import event, event_rules
from rallycrawl.extraction.event import extract_event


def _location(headline, paragraph, language):
    event._place_words.cache_clear()
    try:
        return extract_event(headline, [paragraph], language=language).location
    finally:
        event._place_words.cache_clear()


# (rule, language, headline, lead paragraph, location with the rule, location without it)
CASES = [
    ("location_object_verbs", "en", "Climate activists block Tarnwick Bridge at rush hour",
     "The group said the government must stop new licences.", "Tarnwick Bridge", None),
    ("location_object_verbs", "es", "Cientos de vecinos cortan la avenida de la Fuente",
     "Los vecinos exigen más autobuses.", "la avenida de la Fuente", None),
    ("location_object_verbs", "fr", "Des parents occupent l'école Émile-Varnot de Caudrelles",
     "Ils réclament le maintien de la classe.", "l'école Émile-Varnot de Caudrelles", None),
    ("location_town_by_position", "fr", "Colère des locataires",
     "Une trentaine de locataires ont manifesté mardi devant le siège du bailleur Logis Brun, à Vernolles, pour dénoncer "
     "les pannes.", "Vernolles", None),
    ("location_town_by_position", "pt", "Greve na fábrica",
     "Os cerca de 200 operários da Têxtil Marinha, em Vila de Sargaços, cumprem hoje o quarto dia de greve.",
     "Vila de Sargaços", None),
    # the venue nouns and name links of lang/<code>/event.py (PLACE_NOUNS, PLACE_NAME_LINKS)
    ("location_language_words", "en", "Carers march over cuts",
     "Several hundred carers rallied outside Parliament on Tuesday.", "Parliament", None),
    ("location_language_words", "en", "Walkout over rules",
     "More than 100 pupils at St Wendel's Academy walked out on Monday.", "St Wendel's Academy", None),
    ("location_lower_venue", "fr", "Grève", "Une centaine de salariés tiennent un piquet de grève à la raffinerie de "
     "Port-Vernal.", "la raffinerie de Port-Vernal", None),
    ("location_lower_venue", "es", "Cacerolada", "Decenas de vecinos protagonizaron una cacerolada en el barrio de "
     "Las Moreras.", "barrio de Las Moreras", None),
    # a town no gazetteer knows, with no comma, right before the protest's cue or a day (TOWN_FOLLOWERS)
    ("location_town_before_cue", "es", "Protesta por el agua",
     "Unos 300 agricultores se manifestaron en Valdemoreda contra el recorte del trasvase.", "Valdemoreda", None),
    ("location_town_before_cue", "fr", "Colère des infirmières",
     "Près de 200 soignants se sont rassemblés à Vernolais contre la fermeture du service.", "Vernolais", None),
    ("location_language_words", "de", "Klimastreik", "Tausende Schüler haben am Freitag in Neustadt an der Aue gestreikt.",
     "Neustadt an der Aue", "Neustadt"),
]


@pytest.mark.parametrize("rule,language,headline,paragraph,with_rule,without_rule", CASES)
def test_location_rule_and_switched_off_alone(monkeypatch, rule, language, headline, paragraph, with_rule, without_rule):
    # (stop 29: location_rare_town reads a rare name after the town preposition wherever it stands: off, to test alone)
    monkeypatch.setitem(event_rules.RULES, "location_rare_town", False)
    assert _location(headline, paragraph, language) == with_rule
    assert event_rules.LAST.get("location") == rule or with_rule in headline
    monkeypatch.setitem(event_rules.RULES, rule, False)
    assert _location(headline, paragraph, language) == without_rule


def test_a_name_after_in_without_a_comma_is_not_a_town():
    # "in Harlow Holdings" or "in Elections" are no towns: the position rule wants an aside
    lead = "Workers protested on Monday in Harlow Holdings and said the talks had failed."
    assert extract_event("Protest", [lead], language="en").location is None
