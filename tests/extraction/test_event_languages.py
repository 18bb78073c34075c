"""The event's location and target as news in seven languages writes them (invented paragraphs):
datelines, places after the prepositions, articles and name words of each language, place nouns
in lower case before a name, adjectives after a place's name, a country with the city in it; the
target frames of each language.  Each case says which phrases a right answer contains, as the gold
format scores it (the exported text contains one of the phrases)."""

import pytest

from rallycrawl.extraction import event_rules
from rallycrawl.extraction.event import extract_event

LOCATIONS = [
    # English
    ("en", "Thousands protest in Chile", "Thousands took to the streets of Santiago on Friday against the government.",
     ["santiago, chile"]),
    ("en", "Tenants demand repairs", "Protesters rallied in front of the town hall in Maple Falls on Monday.",
     ["the town hall in maple falls"]),
    ("en", "Nurses strike", "Hundreds of nurses picketed outside St Mary's Hospital in Leeds on Tuesday.", ["leeds"]),
    ("en", "Rally", "WASHINGTON (AP) — Hundreds of activists rallied outside the Supreme Court on Monday.", ["washington"]),
    ("en", "Rally", "Demonstrators gathered at Trafalgar Square on Saturday.", ["trafalgar square"]),
    ("en", "March", "LAGOS, Nigeria (Reuters) - Thousands of young people protested on Tuesday.", ["lagos"]),
    ("en", "Farmers protest", "BERLIN, March 3 (Reuters) - Thousands of farmers protested on Monday.", ["berlin"]),
    ("en", "Nurses strike", "LONDON, Jan 12 (Reuters) - Hundreds of nurses went on strike on Monday.", ["london"]),
    # German
    ("de", "Streik", "BERLIN, 3. März (Reuters) – Tausende Beschäftigte streikten am Dienstag.", ["berlin"]),
    ("de", "Protest", "Rund 500 Menschen versammelten sich am Mittwoch vor dem Kanzleramt, um gegen die Kürzungen zu protestieren.",
     ["kanzleramt"]),
    ("de", "Demo", "Tausende Menschen demonstrierten am Samstag am Brandenburger Tor.", ["brandenburger tor"]),
    ("de", "Demo", "Etwa 300 Menschen versammelten sich auf dem Marktplatz in Göttingen.", ["marktplatz in göttingen"]),
    ("de", "Demo", "Mehrere Tausend Menschen zogen am Samstag durch die Innenstadt von Köln.", ["köln"]),
    ("de", "Demo", "Köln. Tausende Menschen demonstrierten am Samstag gegen Rechtsextremismus.", ["köln"]),
    ("de", "Demo", "München (dpa) - Tausende Menschen demonstrierten am Samstag gegen Rechtsextremismus.", ["münchen"]),
    # Spanish
    ("es", "Marcha", "Miles de personas se concentraron en la Plaza de Mayo este jueves.", ["plaza de mayo"]),
    ("es", "Marcha", "SANTIAGO, 5 mar (EFE).- Miles de estudiantes marcharon este jueves.", ["santiago"]),
    ("es", "Marcha", "Cientos de personas protestaron frente al Palacio de La Moneda.", ["palacio de la moneda"]),
    ("es", "Marcha", "Lima, 5 de marzo de 2024 (EFE).- Miles de personas se manifestaron este domingo.", ["lima"]),
    # French
    ("fr", "Manif", "Quelque 300 personnes se sont rassemblées samedi devant l'Assemblée nationale.", ["assemblée nationale"]),
    ("fr", "Manif", "Des milliers de manifestants ont défilé place de la République à Paris.", ["république à paris"]),
    ("fr", "Manif", "PARIS, 12 janvier (AFP) - Des milliers de manifestants ont défilé samedi.", ["paris"]),
    ("fr", "Grève", "Environ 200 grévistes sont rassemblés depuis lundi devant l'usine de Sochaux.", ["usine de sochaux"]),
    # Italian
    ("it", "Corteo", "Migliaia di persone sono scese in piazza sabato a Roma.", ["roma"]),
    ("it", "Corteo", "Oltre 2.000 lavoratori hanno manifestato davanti al Ministero dello Sviluppo economico.",
     ["ministero dello sviluppo economico"]),
    ("it", "Corteo", "ROMA, 3 marzo (ANSA) - Migliaia di persone hanno manifestato sabato in piazza San Giovanni.",
     ["san giovanni"]),
    ("it", "Corteo", "Il corteo è partito da piazza Castello a Torino.", ["torino"]),
    ("it", "Corteo", "Centinaia di studenti hanno protestato davanti a Palazzo Chigi.", ["palazzo chigi"]),
    ("it", "Corteo", "(ANSA) - MILANO, 03 MAR - Migliaia di persone hanno manifestato sabato.", ["milano"]),
    # Portuguese
    ("pt", "Greve", "Centenas de operários pararam a produção em Contagem nesta segunda-feira.", ["contagem"]),
    ("pt", "Protesto", "Milhares de pessoas protestaram na Avenida Paulista, em São Paulo.", ["avenida paulista, em são paulo"]),
    ("pt", "Protesto", "Milhares de pessoas manifestaram-se no sábado em frente à Assembleia da República.",
     ["assembleia da república"]),
    ("pt", "Protesto", "Cerca de 2 mil professores fizeram uma manifestação em frente ao Palácio do Planalto, em Brasília.",
     ["palácio do planalto, em brasília"]),
    # Dutch
    ("nl", "Actie", "Ruim 500 boeren voerden dinsdag actie bij het provinciehuis in Zwolle.", ["provinciehuis in zwolle"]),
    ("nl", "Demo", "Duizenden mensen demonstreerden zaterdag op de Dam in Amsterdam.", ["dam in amsterdam"]),
    ("nl", "Demo", "Tienduizenden mensen kwamen zondag op het Malieveld in Den Haag bijeen voor het klimaat.",
     ["malieveld in den haag"]),
    ("nl", "Demo", "Honderden studenten protesteerden voor het Binnenhof.", ["binnenhof"]),
]


@pytest.mark.parametrize("language, headline, paragraph, phrases", LOCATIONS)
def test_locations_in_seven_languages(language, headline, paragraph, phrases):
    location = extract_event(headline, [paragraph], language=language, published="2024-03-05").location
    assert location and any(p in location.lower() for p in phrases), location


@pytest.mark.parametrize(
    "paragraph",
    [
        "Thousands marched on Thursday - the largest rally in years.",  # no dateline: not a name
        "Aber. Tausende Menschen demonstrierten am Montag.",  # a full stop after a word that is no place
    ],
)
def test_no_dateline_without_a_place_name(paragraph):
    assert extract_event("Protest", [paragraph], language="en").location is None


def test_the_fused_article_before_a_place_is_left_out():
    event = extract_event("Demo", ["Rund 500 Menschen protestierten vor dem Kanzleramt."], language="de")
    assert event.location == "Kanzleramt"
    event = extract_event("Protesto", ["Professores protestaram em frente ao Palácio do Planalto."], language="pt")
    assert event.location == "Palácio do Planalto"


@pytest.mark.parametrize(
    "rule, language, headline, paragraph, with_rule, without_rule",
    [
        ("location_headline_country", "en", "Protests in Chile", "Thousands took to the streets of Santiago on Friday.",
         "Santiago, Chile", "Chile"),
        ("location_trailing_adjective", "fr", "Manif", "Des enseignants ont manifesté devant l'Assemblée nationale.",
         "l'Assemblée nationale", "l'Assemblée"),
        ("location_lower_venue", "en", "Rally", "Tenants rallied in front of the town hall in Maple Falls.",
         "the town hall in Maple Falls", None),
        ("location_dateline_date", "de", "Streik", "BERLIN, 3. März (Reuters) – Tausende Beschäftigte streikten.",
         "Berlin", None),
    ],
)
def test_location_rules_switch_off_one_by_one(monkeypatch, rule, language, headline, paragraph, with_rule, without_rule):
    assert extract_event(headline, [paragraph], language=language).location == with_rule
    assert event_rules.LAST.get("location") == rule
    monkeypatch.setitem(event_rules.RULES, rule, False)
    from rallycrawl.extraction import event

    event._place_words.cache_clear()
    try:
        assert extract_event(headline, [paragraph], language=language).location == without_rule
    finally:
        event._place_words.cache_clear()
