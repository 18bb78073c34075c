"""Event location and crowd size in German and Spanish news writing (invented sentences)."""

import pytest

from rallycrawl.extraction.crowd_size import find_crowd_sizes
from rallycrawl.extraction.event import extract_event


@pytest.mark.parametrize(
    "text, words, low, high",
    [
        ("Mehr als 2000 Menschen kamen zum Marktplatz", "Mehr als 2000 Menschen", 2000, None),
        ("Die Veranstalter sprachen von 30.000 Teilnehmenden.", "30.000 Teilnehmenden", 30_000, 30_000),
        ("Rund 500 Streikende versammelten sich", "Rund 500 Streikende", 500, 500),
        ("Einige Dutzend Anwohner hielten Kerzen", "Einige Dutzend Anwohner", 24, 99),
        ("Am Samstag sind Zehntausende durch die Innenstadt gezogen", "Zehntausende durch", None, None),
        ("Zehntausende demonstrierten in Leipzig", "Zehntausende demonstrierten", 20_000, 99_999),
        ("Tausende gingen am Abend auf die Straße", "Tausende gingen", 2000, 9999),
        ("Más de 2.000 docentes marcharon", "Más de 2.000 docentes", 2000, None),
        ("Cerca de un millar de vecinos se concentraron", "Cerca de un millar de vecinos", 1000, 1000),
        ("unos 80 mil trabajadores pararon", "unos 80 mil trabajadores", 80_000, 80_000),
        ("entre 10 y 15 mil personas marcharon", "10 y 15 mil personas", 10_000, 15_000),
        ("miles marcharon por el centro", "miles marcharon", 2000, 9999),
        ("Un centenar de vecinos cortaron la calle", "Un centenar de vecinos", 100, 100),
        ("más de un millón de personas llenaron el paseo", "más de un millón de personas", 1_000_000, None),
        ("medio millón de manifestantes", "medio millón de manifestantes", 500_000, 500_000),
        ("Millionen Menschen gingen auf die Straße", "Millionen Menschen", 2_000_000, None),
    ],
)
def test_german_and_spanish_crowd_sizes(text, words, low, high):
    found = find_crowd_sizes(text)
    if low is None and high is None:
        assert not found  # "durch" is no verb that makes "Zehntausende" a crowd
        return
    assert [(s.text, s.minimum, s.maximum) for s in found[:1]] == [(words, low, high)]


@pytest.mark.parametrize(
    "text",
    ["Im Jahr 2000 Menschen zu zählen war schwer.", "Das kostete Tausende Euro.", "In 2019 protesters came back."],
)
def test_no_crowd_in_years_or_money(text):
    assert find_crowd_sizes(text) == []


@pytest.mark.parametrize(
    "language, headline, paragraph, location",
    [
        ("de", "Streit um Rente", "Tausende Menschen haben am Samstag in Dresden gegen die Rentenreform demonstriert.", "Dresden"),
        ("de", "Hallenbad bleibt", "Einige Dutzend Anwohner hielten am Abend vor dem Rathaus eine Mahnwache ab.", "Rathaus"),
        # a compound event noun or a crowd noun makes the sentence report the event
        ("de", "Klimaschutz", "Die Klimademo endete am Freitag vor dem Rathaus in Leipzig.", "Rathaus in Leipzig"),
        ("de", "Wohnen", "Zehntausende kamen am Samstag in Köln zusammen.", "Köln"),
        ("es", "Huelga docente", "BUENOS AIRES.- Más de 2.000 docentes pararon este lunes.", "Buenos Aires"),
        ("es", "Huelga docente", "Los docentes marcharon hasta la Plaza de Mayo para reclamar salarios.", "la Plaza de Mayo"),
        ("es", "Reforma laboral", "Unas 300 personas se concentraron frente al Congreso para protestar.", "Congreso"),
    ],
)
def test_german_and_spanish_locations(language, headline, paragraph, location):
    event = extract_event(headline, [paragraph], language=language, published="2024-03-05")
    assert event.location == location


@pytest.mark.parametrize(
    "language, paragraph, target",
    [
        # a German noun phrase ends with its noun: the verb after it is cut
        ("de", "Mehr als 2000 Menschen haben in Kiel gegen die geplante Schließung der Klinik protestiert.",
         "die geplante Schließung der Klinik"),
        ("de", "Etwa 300 Menschen haben sich am Sonntag zu einer Kundgebung gegen Antisemitismus versammelt.", "Antisemitismus"),
        # an article after a noun opens the next phrase
        ("de", "Bei der Mahnwache forderten sie vom Bürgermeister den Erhalt des Hallenbads.", "Bürgermeister"),
        ("es", "Los docentes marcharon para reclamar al Gobierno una mejora salarial.", "Gobierno"),
        ("es", "La marcha contra la Fiscalía se organizó en apenas diez días.", "la Fiscalía"),
        # the institution in front of whose house the protest stands
        ("de", "Hunderte Landwirte protestierten am Montag vor dem Landwirtschaftsministerium.", "Landwirtschaftsministerium"),
        ("es", "Unas 300 personas se concentraron frente al Congreso de los Diputados.", "Congreso de los Diputados"),
        ("es", "Cientos de agricultores protestaron ante el Ministerio de Agricultura.", "Ministerio de Agricultura"),
    ],
)
def test_german_and_spanish_targets(language, paragraph, target):
    assert extract_event("Protest", [paragraph], language=language).target == target
