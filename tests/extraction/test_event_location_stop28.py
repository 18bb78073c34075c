"""The event's location from datelines and venues (stop 28), each rule on invented sentences and
switched off alone (rallycrawl/extraction/event_rules.py)."""

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
    # a later sentence's other town does not beat the dateline
    ("location_dateline_over_later", "it", "Protesta degli studenti",
     ["TORINO – Alcune centinaia di studenti hanno sfilato contro la riforma della scuola.",
      "Cortei simili si sono svolti a Bologna e a Bari."], "Torino", "Bologna"),
    ("location_dateline_over_later", "pt", "Agricultores em protesto",
     ["Beja – Perto de 150 agricultores cortaram a estrada durante duas horas contra a falta de água.",
      "Os agricultores anunciaram uma nova marcha até Évora."], "Beja", "Évora"),
    # the bracketed region after the dateline's town
    ("location_dateline_region", "fr", "Grève à l'usine",
     ["Saint-Dizier (Haute-Marne) – Quelque 200 salariés ont cessé le travail lundi après l'annonce d'un plan social."],
     "Saint-Dizier", "l'usine"),
    # a venue with no town takes the dateline's
    ("location_venue_town", "de", "Protest gegen Schulschließung",
     ["Dresden (dpa) - Mehrere hundert Eltern haben am Samstag vor dem Rathaus gegen die Schließung protestiert."],
     "Rathaus, Dresden", "Rathaus"),
    ("location_venue_town", "en", "Residents rally over flaring",
     ["BATON ROUGE, La. (AP) — Hundreds of residents rallied outside the Marwick Chemical plant on Saturday."],
     "the Marwick Chemical plant, Baton Rouge", "the Marwick Chemical plant"),
    # the headline's opening town is a dateline
    ("location_headline_dateline", "fr", "Marseille : rassemblement contre la fermeture d'une école",
     ["Une soixantaine de parents se sont rassemblés mercredi matin pour dénoncer la fermeture de deux classes.",
      "Des parents de Lyon avaient manifesté la semaine dernière pour la même raison."],
     "Marseille", "Lyon"),
    # a venue inside another: three words before the place noun
    ("location_venue_chain", "es", "Concentración en la conservera",
     ["Unos 150 trabajadores se han concentrado ante las puertas de la fábrica de Mundaka contra los despidos."],
     "puertas de la fábrica de Mundaka", None),
    # the headline's venue or town made precise by the lead's
    ("location_headline_venue_in_lead", "en", "Hundreds protest outside Ohio refinery over flaring",
     ["Hundreds of residents rallied outside the main gate of the Marwick Chemical refinery on Saturday."],
     "the main gate of the Marwick Chemical refinery", "Ohio refinery"),
    ("location_headline_venue_in_lead", "es", "Cacerolada en Guadalajara contra los cortes de agua",
     ["Decenas de vecinos salieron con cacerolas a la avenida Laureles el domingo por la noche."],
     "la avenida Laureles, Guadalajara", "Guadalajara"),
    # a venue with no name, with the dateline's town
    ("location_bare_venue", "nl", "Bewoners protesteren tegen windturbines",
     ["Een zestigtal inwoners heeft dinsdagavond bij het gemeentehuis actiegevoerd tegen de komst van windturbines."],
     "gemeentehuis", None),
    ("location_bare_venue", "fr", "Colère des éleveurs",
     ["Rodez (AFP) – Une centaine d'éleveurs ont manifesté lundi devant la préfecture contre la baisse des prix."],
     "la préfecture, Rodez", "Rodez"),
]

# the language's words (lang/<code>/event.py): venue nouns, prepositions, the Dutch participles of a
# report; (rule, language, headline, lead, location, location without the rule)
DATA_CASES = [
    ("location_language_words", "fr", "Chaîne humaine pour la maternité",
     ["Ils étaient environ 900, dimanche, à former une chaîne humaine autour de l'hôpital de Josselin."],
     "l'hôpital de Josselin", None),
    ("location_language_words", "pt", "Pescadores protestam",
     ["Mais de uma centena de pescadores juntaram-se esta manhã no cais de Sesimbra, em protesto contra o parque."],
     "cais de Sesimbra", None),
    ("location_language_words", "nl", "Vissers protesteren",
     ["Met tientallen kotters hebben vissers zaterdag in de haven van Harlingen geprotesteerd tegen het verbod."],
     "haven van Harlingen", None),
]


@pytest.mark.parametrize("rule,language,headline,paragraphs,with_rule,without_rule", CASES)
def test_location_rule_and_switched_off_alone(monkeypatch, rule, language, headline, paragraphs, with_rule, without_rule):
    assert _location(headline, paragraphs, language) == with_rule
    # (a venue read with location_venue_chain is noted as location_lower_venue's, whose words it widens)
    assert event_rules.LAST.get("location") in (rule, "location_lower_venue" if rule == "location_venue_chain" else rule)
    monkeypatch.setitem(event_rules.RULES, rule, False)
    assert _location(headline, paragraphs, language) == without_rule


def test_the_first_reporting_sentence_beats_the_dateline():
    # the dateline is where the report is filed: the lead's own place is read first
    paragraphs = ["Bilbao, 12 de marzo (EFE).- Unos 200 trabajadores se han concentrado ante la fábrica de Bermeo "
                  "contra el expediente de regulación de empleo."]
    assert _location("Concentración de trabajadores", paragraphs, "es") != "Bilbao"


def test_a_venue_naming_its_town_keeps_no_dateline():
    paragraphs = ["LONDON (Reuters) - Hundreds of workers rallied outside the town hall in Leeds on Friday."]
    assert "London" not in (_location("Workers rally", paragraphs, "en") or "")


def test_a_country_opening_the_headline_is_no_dateline():
    assert event._headline_town("France : les enseignants dans la rue") is None
    assert event._headline_town("Sanità, migliaia in piazza") is None


@pytest.mark.parametrize("rule,language,headline,paragraphs,with_rule,without_rule", DATA_CASES)
def test_language_words_and_switched_off(monkeypatch, rule, language, headline, paragraphs, with_rule, without_rule):
    assert _location(headline, paragraphs, language) == with_rule
    monkeypatch.setitem(event_rules.RULES, rule, False)
    monkeypatch.setitem(event_rules.RULES, "location_lower_venue", False)
    # (stop 29: location_workplace_town reads the town after "l'hôpital de" when nothing else places the event)
    monkeypatch.setitem(event_rules.RULES, "location_workplace_town", False)
    assert _location(headline, paragraphs, language) == without_rule


# --- location_headline_town_end ------------------------------------------------------------------------

TOWN_END = [
    ("it", "Pescatori bloccano il porto a Monteroscio", ["Un centinaio di pescatori ha protestato contro le nuove quote."]),
    ("es", "Huelga de la limpieza en Valdemorosa", ["La plantilla de la limpieza ha parado contra los despidos."]),
    ("nl", "Boeren voeren actie in Dokkerwolde", ["Honderden boeren protesteren tegen de nieuwe stikstofregels."]),
]


@pytest.mark.parametrize("language,headline,paragraphs", TOWN_END)
def test_a_rare_name_closing_the_headline_is_the_town(monkeypatch, language, headline, paragraphs):
    assert _location(headline, paragraphs, language) == headline.split()[-1]
    monkeypatch.setitem(event_rules.RULES, "location_headline_town_end", False)
    # (stop 29: location_town_closing_sentence and location_rare_town read a rare name closing the headline too)
    monkeypatch.setitem(event_rules.RULES, "location_town_closing_sentence", False)
    monkeypatch.setitem(event_rules.RULES, "location_rare_town", False)
    assert _location(headline, paragraphs, language) is None


def test_common_words_after_in_name_no_town():
    assert _location("Nurses march in Solidarity", ["Hundreds of nurses marched against pay cuts."], "en") is None
    assert event._headline_town_end("Protest Held In Rivermouth Town", "en") is None  # (Title Case: capitals mark no name)
    assert event._headline_town_end("Pescatori in protesta a Riva", "it") is None  # ("riva", a common word)


# --- crowd-size words of stop 28 (lang/<code>/event.py data) --------------------------------------------

@pytest.mark.parametrize("language,sentence,size", [
    ("nl", "Een tachtigtal bewoners protesteerde dinsdag bij het gemeentehuis tegen de windmolens.", "Een tachtigtal bewoners"),
    ("it", "Circa ottanta persone hanno manifestato davanti al municipio.", "Circa ottanta persone"),
    ("pt", "Perto de 200 agricultores cortaram a estrada contra a falta de água.", "Perto de 200 agricultores"),
])
def test_crowd_size_words(language, sentence, size):
    found = extract_event("Protesto", [sentence], language=language).size_text
    assert found is not None and found.lower() == size.lower()
