"""Spanish and French attribution and organisation patterns (issue 11, stop intl12esfr): each rule on
sentences and names written for these tests (none taken from a page), and switched off alone."""

from rallycrawl.extraction import organisations
from rallycrawl.extraction.organisations import extract_organisations
from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


def orgs(text, language):
    return {o.name: o for o in extract_organisations([text], language=language, is_protest=True)}


def test_time_after_verb(rule_off):
    spanish = ["La Coordinadora Campesina del Valle cortó diez rutas.", "«Seguiremos en la ruta», anunció este martes la organización."]
    spanish_name = ["«No vamos a ceder», afirmó ayer por la tarde el secretario de Hacienda, Ulises Barragán."]
    french = ["La Fédération du Bocage Uni bloque le péage.", "« Nous resterons », a indiqué mardi soir la fédération."]
    assert speakers(*spanish, language="es") == ["Coordinadora Campesina del Valle"]
    assert speakers(*spanish_name, language="es") == ["Ulises Barragán"]
    assert speakers(*french, language="fr") == ["Fédération du Bocage Uni"]
    rule_off("time_after_verb")
    assert speakers(*spanish, language="es") == [None]
    assert speakers(*french, language="fr") == [None]


def test_time_after_verb_leaves_a_dropped_subject():
    # ('dijo el martes.' names nobody after the verb: the subject left out is the person before)
    paragraphs = ["Ulises Barragán presidió la asamblea.", "«No vamos a ceder», dijo el martes."]
    assert speakers(*paragraphs, language="es") == ["Ulises Barragán"]


def test_article_title_surname(rule_off):
    spanish = ["«Volveremos», prometió el diputado Garmendia."]
    known = ["Rosalba Quiroga es ministra de Trabajo.", "«Volveremos», prometió la ministra Quiroga."]
    subject = ["El diputado Garmendia dijo: «Volveremos»."]
    assert speakers(*spanish, language="es") == ["Garmendia"]
    assert speakers(*known, language="es") == ["Rosalba Quiroga"]
    assert speakers(*subject, language="es") == ["Garmendia"]
    rule_off("article_title_surname")
    assert speakers(*spanish, language="es") == [None]
    assert speakers(*subject, language="es") == [None]


def test_interview_phrase(rule_off):
    spanish = ["«La huelga sigue», señaló en diálogo con Radio Tresmar el diputado Ramiro Echagüe."]
    agency = ["«La huelga sigue», dijo en declaraciones a la agencia Norpress la dirigente Nuria Belaustegui."]
    french = ["« Nous reviendrons », a déclaré au micro de Radio Bocage le maire, Yannick Querrien."]
    assert speakers(*spanish, language="es") == ["Ramiro Echagüe"]
    assert speakers(*agency, language="es") == ["Nuria Belaustegui"]
    assert speakers(*french, language="fr") == ["Yannick Querrien"]
    rule_off("interview_phrase")
    assert speakers(*spanish, language="es") == [None]
    assert speakers(*agency, language="es") == ["Norpress"]  # (the outlet, read as the subject)
    # (French: adverbial_before_subject finds a name led by a first name after the phrase too)


def test_org_head_before_title(rule_off):
    spanish = ["«Iremos a la huelga», advirtió en un comunicado la Unión General de Obreros Navales."]
    coordinadora = ["«Seguiremos en la ruta», dijo la Coordinadora Campesina Valluna."]
    assert speakers(*spanish, language="es") == ["Unión General de Obreros Navales"]
    assert speakers(*coordinadora, language="es") == ["Coordinadora Campesina Valluna"]
    # a title word after an organisation's first word, then a first name: the title and the person
    assert speakers("«Iremos a la huelga», dijo la Coordinadora Ana Liébana.", language="es") == ["Ana Liébana"]
    rule_off("org_head_before_title")
    assert speakers(*spanish, language="es") == ["de Obreros Navales"]
    assert speakers(*coordinadora, language="es") == ["Campesina Valluna"]


def test_org_heads_first_words(rule_off):
    paragraphs = [
        "El Comité de Regantes del Arroyo Seco bloqueó la ruta.",
        "«No levantaremos el corte», anunció este lunes la organización.",
    ]
    french = ["« Nous resterons », a prévenu le Mouvement des Jeunes Éleveurs."]
    assert speakers(*paragraphs, language="es") == ["Comité de Regantes del Arroyo Seco"]
    assert speakers(*french, language="fr") == ["Mouvement des Jeunes Éleveurs"]
    rule_off("org_heads_first_words")
    assert speakers(*paragraphs, language="es") == [None]


def test_plural_doubled_acronym():
    # (each plural word's letter twice: "CCOO" for "Comisiones Obreras", "FFAA" for "Fuerzas Armadas")
    text = "Miles de obreros secundaron la huelga convocada por Brigadas Obreras (BBOO) en Valdeluna."
    found = orgs(text, "es")
    assert found["Brigadas Obreras"].acronym == "BBOO" and "BBOO" not in found
    try:
        organisations.switch_off("plural-doubled-acronym")
        assert "BBOO" in orgs(text, "es")
    finally:
        organisations.switch_off()


def test_sentence_case_name_with_accented_initial():
    text = "L'Union régionale des éleveurs de Bocagne (UREB) appelle à bloquer les routes."
    found = orgs(text, "fr")
    assert "Union régionale des éleveurs de Bocagne" in found
    try:
        # (sentence-case-genitive-chain reads the name closed by its bracket without the acronym)
        organisations.switch_off("initials-unaccented", "sentence-case-genitive-chain")
        assert "Union régionale des éleveurs de Bocagne" not in orgs(text, "fr")
    finally:
        organisations.switch_off()


def test_long_connector_name():
    # ten words, four of them connectors: a name, not a run of text
    text = "El Sindicato Unido de Obreros de la Pesca de la Costa se sumó a la protesta."
    assert "Sindicato Unido de Obreros de la Pesca de la Costa" in orgs(text, "es")
    try:
        organisations.switch_off("long-connector-name")
        assert "Sindicato Unido de Obreros de la Pesca de la Costa" not in orgs(text, "es")
    finally:
        organisations.switch_off()


def test_spanish_institution_heads():
    # (lang/es/organisations.py HEADS_FIRST: consejería, secretaría, junta, municipalidad …)
    found = orgs("La marcha terminó frente a la Consejería de Salud y la Municipalidad de Valdeluna.", "es")
    assert {"Consejería de Salud", "Municipalidad de Valdeluna"} <= set(found)


def test_more_titles_and_their_gender():
    # lang/fr and lang/es TITLES and GENDERED_TITLES: the prefect, the councillor, the prosecutor
    french = ["La préfète Claire Dumesnil et le maire Paul Garnier se sont exprimés.", "« Le calme doit revenir », a-t-elle dit."]
    assert speakers(*french, language="fr") == ["Claire Dumesnil"]
    spanish = ["La concejala Lucía Ferrán y el rector Tomás Arbeloa hablaron.", "«Es una vergüenza», dijo ella."]
    assert speakers(*spanish, language="es") == ["Lucía Ferrán"]
    assert speakers("«No vamos a permitirlo», dijo la fiscala Marta Iribarne.", language="es") == ["Marta Iribarne"]
