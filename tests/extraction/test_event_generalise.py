"""Crowd sizes, places, targets and relevance as German, Spanish, French and English news write
them (issue 12; invented sentences, invented towns where no gazetteer look-up is needed)."""

import pytest

from rallycrawl.extraction import event_rules
from rallycrawl.extraction.analysis import analyse_article
from rallycrawl.extraction.crowd_size import find_crowd_sizes
from rallycrawl.extraction.event import extract_event, find_target, protest_about
from rallycrawl.extraction.relevance import score_protest


def _first(text, language=None):
    found = find_crowd_sizes(text, language=language)
    return (found[0].text, found[0].minimum, found[0].maximum, found[0].rule) if found else None


# --- size_elided_of
@pytest.mark.parametrize(
    "text, words, low, high",
    [
        ("Des centaines d'enseignants se sont rassemblés mardi.", "Des centaines d'enseignants", 200, 999),
        ("Plusieurs centaines d’agriculteurs ont bloqué la rocade.", "Plusieurs centaines d’agriculteurs", 300, 999),
        ("Un millier d'étudiants a défilé jeudi.", "Un millier d'étudiants", 1000, 1000),
        ("Une cinquantaine d'habitants étaient présents.", "Une cinquantaine d'habitants", 50, 50),
    ],
)
def test_a_size_word_joined_to_its_people_by_an_elided_article(text, words, low, high):
    assert _first(text, "fr") == (words, low, high, "size_elided_of")


def test_an_elided_article_joins_listed_people_only():
    # "emplois" ends like a demonym ("-is"): a count of jobs is no crowd
    assert find_crowd_sizes("Selon lui, une centaine d'emplois seraient menacés.", language="fr") == []


def test_size_elided_of_switches_off():
    import importlib

    from rallycrawl.extraction import crowd_size

    try:
        event_rules.RULES["size_elided_of"] = False
        importlib.reload(crowd_size)
        assert crowd_size.find_crowd_sizes("Des centaines d'enseignants se sont rassemblés.", language="fr") == []
    finally:
        event_rules.RULES["size_elided_of"] = True
        importlib.reload(crowd_size)


# --- size_people_compounds
@pytest.mark.parametrize(
    "text, words",
    [
        ("Etwa 500 Gewerkschaftsmitglieder zogen durch Lindau.", "Etwa 500 Gewerkschaftsmitglieder"),
        ("Tausende Radfahrerinnen und Radfahrer kamen zur Sternfahrt.", "Tausende Radfahrerinnen"),
        ("Rund 200 Protestierende standen vor dem Rathaus.", "Rund 200 Protestierende"),
        ("Mehr als 60 Klimaschützer blockierten die Kreuzung.", "Mehr als 60 Klimaschützer"),
        ("Hunderte Bauarbeiter legten die Arbeit nieder.", "Hunderte Bauarbeiter"),
    ],
)
def test_german_people_nouns_no_list_holds(text, words):
    found = _first(text, "de")
    assert found is not None and found[0] == words and found[3] == "size_people_compounds"


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei war mit 500 Beamten im Einsatz.",
        "Rund 800 Polizeibeamte sicherten den Zug.",
        "Etwa 300 Polizistinnen und Polizisten waren im Einsatz.",
        "Mindestens 240 Mitarbeiter der Klinik wurden entlassen.",
        "Tausende beginnen ihren Tag mit dem Bus.",
    ],
)
def test_police_staff_and_verbs_are_no_crowd(text):
    assert find_crowd_sizes(text, language="de") == []


# --- size words of each language (size_language_words)
@pytest.mark.parametrize(
    "language, text, words, low, high",
    [
        ("fr", "Quelques dizaines de militants ont occupé le hall.", "Quelques dizaines de militants", 24, 99),
        ("fr", "Une dizaine de militants ont occupé le hall.", "Une dizaine de militants", 10, 10),
        ("fr", "Un demi-millier de personnes ont défilé.", "Un demi-millier de personnes", 500, 500),
        ("es", "Varias decenas de vecinos cortaron la calle.", "Varias decenas de vecinos", 24, 99),
        ("es", "Una docena de personas se encadenó a la verja.", "Una docena de personas", 12, 12),
        ("es", "Cientos de comerciantes bajaron la persiana.", "Cientos de comerciantes", 200, 999),
        ("en", "A few dozen protesters stood in the rain.", "A few dozen protesters", 24, 99),
        ("de", "Zwei Dutzend Aktivisten ketteten sich an.", "Zwei Dutzend Aktivisten", 24, 24),
        ("de", "Ein paar Dutzend Menschen hielten Kerzen.", "Ein paar Dutzend Menschen", 24, 99),
        ("de", "Mehr als tausend Menschen zogen zum Dom.", "Mehr als tausend Menschen", 1000, None),
    ],
)
def test_size_words(language, text, words, low, high):
    assert _first(text, language)[:3] == (words, low, high)


@pytest.mark.parametrize(
    "language, text, count",
    [
        ("en", "The crowd numbered about 2,000, police said.", "about 2,000"),
        ("de", "Die Polizei schätzte die Zahl der Teilnehmer auf 3000.", "3000"),
        ("es", "La Delegación del Gobierno cifró la asistencia en 15.000.", "15.000"),
        ("es", "Los organizadores hablaron de 10.000, la policía de 4.000.", "10.000"),
    ],
)
def test_bare_counts_after_a_crowd_cue(language, text, count):
    assert _first(text, language)[0] == count and _first(text, language)[3] == "size_crowd_cue"


@pytest.mark.parametrize(
    "language, text",
    [("es", "Los organizadores hablaron de 30 años de lucha."), ("es", "La empresa cifró en 300 los despidos.")],
)
def test_counts_after_a_crowd_cue_of_things(language, text):
    assert find_crowd_sizes(text, language=language) == []


def test_a_number_word_inside_a_size_word_is_that_size():
    # "tausend" of "mehrere tausend" is not a second crowd of 1,000
    assert [(s.minimum, s.maximum) for s in find_crowd_sizes("Mehrere tausend Menschen kamen.", language="de")] == [
        (3000, 9999)
    ]


# --- location words
@pytest.mark.parametrize(
    "language, paragraph, location",
    [
        ("de", "Rund 400 Menschen demonstrierten am Samstag in der Lindauer Innenstadt.", "Lindauer Innenstadt"),
        # a strike told as laying down work reports the event
        ("de", "Vor dem Werkstor in Kesselbach legten 300 Beschäftigte die Arbeit nieder.", "Werkstor in Kesselbach"),
        ("es", "Unos 200 taxistas protestaron este lunes en el aeropuerto de Valdeluz.", "aeropuerto de Valdeluz"),
        ("es", "La concentración tuvo lugar a las puertas del Hospital Provincial de Valdeluz.", "Hospital Provincial de Valdeluz"),
        ("fr", "Les opposants se sont rassemblés sur le parvis de l'hôtel de ville de Montaigu.", "hôtel de ville de Montaigu"),
        ("de", "Tausende Menschen zogen am Samstag durch die Lindauer Innenstadt.", "Lindauer Innenstadt"),
        ("fr", "Des milliers de manifestants ont défilé entre la place des Tilleuls et la gare.", "place des Tilleuls"),
    ],
)
def test_location_words(language, paragraph, location):
    got = extract_event("Protesta", [paragraph], language=language, published="2024-03-09").location
    assert got and location in got


@pytest.mark.parametrize(
    "language, paragraph, location",
    [
        ("de", "Rund 500 Menschen kamen am Samstag auf dem Marktplatz in Lindau zusammen.", "Marktplatz in Lindau"),
        ("de", "Mehr als 200 Eltern trafen sich am Abend vor dem Rathaus in Lindau.", "Rathaus in Lindau"),
        ("es", "Más de 300 vecinos se reunieron frente al hospital de Valdeluz.", "hospital de Valdeluz"),
        ("fr", "Quelque 400 personnes se sont réunies samedi devant la mairie de Montaigu.", "mairie de Montaigu"),
    ],
)
def test_a_sentence_opening_with_a_crowd_reports_the_event(language, paragraph, location, monkeypatch):
    got = extract_event("Schule", [paragraph], language=language, published="2024-03-09").location
    assert got and location in got
    monkeypatch.setitem(event_rules.RULES, "location_crowd_sentence", False)
    # (stop 29: location_workplace_town and location_any_lead_sentence read the sentence when nothing else
    # places the event: off, to test the crowd's rule alone)
    monkeypatch.setitem(event_rules.RULES, "location_workplace_town", False)
    monkeypatch.setitem(event_rules.RULES, "location_any_lead_sentence", False)
    assert extract_event("Schule", [paragraph], language=language, published="2024-03-09").location is None


def test_a_count_deep_in_a_sentence_does_not_make_it_report_the_event(monkeypatch):
    # (stop 29: location_any_lead_sentence reads any lead sentence when nothing else places the event: off here)
    monkeypatch.setitem(event_rules.RULES, "location_any_lead_sentence", False)
    paragraph = "The regional health institute in Lindau has also estimated that 964,000 people use the service."
    assert extract_event("Health", [paragraph], language="en", published="2024-03-09").location is None


# --- target words
@pytest.mark.parametrize(
    "language, paragraph, target",
    [
        ("de", "Verdi hat die Beschäftigten der Stadtwerke Lindau zu einem Warnstreik aufgerufen.", "Stadtwerke Lindau"),
        ("fr", "Les manifestants ont réclamé la démission du maire.", "maire"),
        ("es", "Decenas de vecinos hicieron un cacerolazo contra el aumento de las tarifas de luz.", "el aumento de las tarifas"),
        # the look-ahead of "fordern … auf" stands before the blank
        ("de", "Die Demonstranten forderten die Landesregierung auf, die Kürzungen zurückzunehmen.", "die Landesregierung"),
        ("de", "Die Beschäftigten von Nordpaket streiken seit Montag.", "Nordpaket"),
        ("de", "Im Tarifkonflikt mit dem Versandhändler Nordpaket hat die Gewerkschaft zum Streik aufgerufen.",
         "Versandhändler Nordpaket"),
        ("de", "Mit dem Protest wollen die Bauern Druck auf die Bundesregierung ausüben.", "die Bundesregierung"),
        # a cue ending with an elided article: the name follows at once
        ("fr", "Les salariés d'Aciéries Vallorec sont en grève depuis lundi.", "Aciéries Vallorec"),
        ("fr", "La mobilisation vise à faire reculer le gouvernement sur la réforme.", "le gouvernement"),
        ("es", "La movilización busca presionar al Gobierno para que retire la reforma.", "Gobierno"),
        ("es", "Los vecinos acusan al Ayuntamiento de abandonar el barrio.", "Ayuntamiento"),
    ],
)
def test_target_words(language, paragraph, target):
    assert find_target("Protesta", [paragraph], language) == target


# --- target_protest_about
@pytest.mark.parametrize(
    "language, paragraph, about",
    [
        ("es", "Los vecinos se concentraron en protesta por el cierre del centro de salud.", "el cierre del centro de salud"),
        ("es", "Los agricultores protestan por los bajos precios en origen.", "los bajos precios"),
        ("es", "La asamblea convocó la marcha para denunciar los recortes en sanidad.", "los recortes"),
        ("fr", "Les salariés sont en grève pour protester contre la fermeture du site.", "la fermeture du site"),
        ("de", "Aus Protest gegen die Sparpläne der Stadt legten die Erzieher die Arbeit nieder.", "die Sparpläne der Stadt"),
        ("en", "Residents protested the closure of the maternity ward.", "the closure of the maternity ward"),
        ("en", "Students staged a sit-in to protest tuition hikes.", "tuition hikes"),
        ("es", "Los docentes rechazan la propuesta del Ministerio de Educación.", "la propuesta del Ministerio de Educación"),
        ("fr", "Les grévistes dénoncent la politique salariale de la direction.", "la politique salariale de la direction"),
    ],
)
def test_what_a_protest_verb_takes_as_its_object(language, paragraph, about):
    assert protest_about("Protesta", [paragraph], language) == about


@pytest.mark.parametrize(
    "paragraph",
    [
        "The bill could make the obstacles to protest even more formidable.",
        "Police arrested protesting students on Monday.",
        "Hundreds protested peacefully outside the hall.",
        "They have the right to protest and they use it.",
    ],
)
def test_no_object_of_a_protest_verb(paragraph):
    assert protest_about("Protest", [paragraph], "en") is None


def test_a_verb_after_rechazar_is_no_object():
    assert protest_about("Protesta", ["Los jueces rechazaban aplicar la doctrina de la Corte."], "es") is None


def test_what_the_protest_is_about_comes_after_the_frames_and_the_demands():
    # a frame of the lead names the target: the object of "protest" is not read
    assert find_target("x", ["Residents protested the closure of the ward outside the Ministry of Health."], "en") == (
        "Ministry of Health"
    )
    # no frame and no demand: what the residents protested is the target
    result = analyse_article(
        "Residents march in Elmbury",
        ["About 200 residents of Elmbury marched on Saturday. They protested the closure of the maternity ward."],
        published="2024-03-09",
        language="en",
    )
    assert result.is_protest and result.event.target == "the closure of the maternity ward"


def test_target_protest_about_switches_off(monkeypatch):
    from rallycrawl.extraction import event

    monkeypatch.setitem(event_rules.RULES, "target_protest_about", False)
    event._target_words.cache_clear()
    try:
        assert protest_about("x", ["Residents protested the closure of the ward."], "en") is None
    finally:
        event._target_words.cache_clear()


# --- relevance
@pytest.mark.parametrize(
    "language, headline, paragraphs",
    [
        # a call to strike, with a headline that names no event
        ("de", "Beschäftigte fordern mehr Lohn", [
            "Die Gewerkschaft hat die Beschäftigten der Stadtwerke Lindau für Donnerstag zu einem Warnstreik aufgerufen.",
            "Die Verhandlungen waren in der vergangenen Woche ohne Ergebnis abgebrochen worden.",
        ]),
        ("de", "Aktivisten besetzen Waldstück", ["Aktivisten haben am Dienstag ein Waldstück bei Kesselrode besetzt, das gerodet werden soll."]),
        ("es", "Camioneros en el sur", [
            "Transportistas de carga cortaron este jueves varias rutas del sur de la provincia en reclamo por el precio del combustible."
        ]),
    ],
)
def test_protest_reports_with_a_plain_headline(language, headline, paragraphs):
    assert score_protest(headline, paragraphs, language)[0]
