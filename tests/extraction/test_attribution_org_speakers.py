"""Organisations named once and then by a generic noun or through a document they issued (branch spk-org): a
court's ruling, a court noun alone, a court named by a lower-case noun and its place.  Every sentence and name is
written for these tests; each rule is also switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


# --- court_document ------------------------------------------------------------------------------------

ENGLISH_RULING = [
    "Ashvale District Court ruled on Tuesday that the dispersal order had been unlawful.",
    "The ruling said the order “was drawn far wider than the risk required” and should be withdrawn.",
]
SPANISH_RULING = [
    "El Tribunal Superior de Justicia de Valdemora ha anulado la multa impuesta a una delegada sindical.",
    "La sentencia considera que la concentración «forma parte del derecho de reunión» y que la sanción no se motivó.",
]
GERMAN_DECISION = [
    "Das Verwaltungsgericht Kellingen hat das Verbot der Mahnwache aufgehoben.",
    "Der Landkreis habe „keine konkrete Gefahr benannt“, heißt es in dem Beschluss.",
]
UNION_THEN_RULING = [
    "The Ashvale Porters Union said it would appeal.",
    "The ruling said the strike “could not lawfully continue.”",
]


def test_a_ruling_speaks_for_the_court_named_before():
    assert speakers(*ENGLISH_RULING, language="en") == ["Ashvale District Court"]
    assert speakers(*SPANISH_RULING, language="es") == ["Tribunal Superior de Justicia de Valdemora"]
    assert speakers(*GERMAN_DECISION, language="de") == ["Verwaltungsgericht Kellingen"]


def test_a_ruling_never_speaks_for_an_organisation_that_is_no_court():
    assert speakers(*UNION_THEN_RULING, language="en") == [None]


def test_court_document_switched_off(rule_off):
    rule_off("court_document")
    assert speakers(*ENGLISH_RULING, language="en") == [None]
    assert speakers(*SPANISH_RULING, language="es") == [None]


# --- court_of_place ------------------------------------------------------------------------------------

FRENCH_COURT = [
    "Le tribunal administratif de Valbrune a suspendu l'arrêté anti-rassemblement. Dans son ordonnance, le tribunal "
    "estime que la mesure porte « une atteinte disproportionnée à la liberté de réunion »."
]


def test_a_court_named_by_its_lower_case_noun_and_place_speaks_through_the_court_noun():
    assert speakers(*FRENCH_COURT, language="fr") == ["tribunal administratif de Valbrune"]


def test_court_of_place_switched_off(rule_off):
    rule_off("court_of_place")
    assert speakers(*FRENCH_COURT, language="fr") == [None]


# --- org_anaphor ---------------------------------------------------------------------------------------

ENGLISH_COMPANY = [
    "Fennick Foods said in a short statement it was “saddened by the decision to strike” and that talks could resume.",
    "The company added that milk rounds would be “kept running wherever staff allow.”",
]
SPANISH_INSTITUTE = [
    "La Guardia Civil identificó a cinco personas durante el corte de la carretera de Valdemora.",
    "El instituto armado explicó en una nota que los identificados «ocuparon los dos carriles durante una hora».",
]
SPANISH_DEPARTMENT = [
    "Según la Consejería de Sanidad, el paro tuvo un seguimiento del 12 %.",
    "El departamento añadió que los servicios mínimos «se cubrieron en todos los hospitales».",
]
UNION_THEN_COMPANY = [
    "The Fennick Drivers Union said its members would walk out on Monday.",
    "The company added that deliveries would “carry on as normal.”",
]


def test_an_organisation_noun_names_again_the_organisation_the_paragraph_before_opened_with():
    assert speakers(*ENGLISH_COMPANY, language="en") == ["Fennick Foods", "Fennick Foods"]
    assert speakers(*SPANISH_INSTITUTE, language="es") == ["Guardia Civil"]
    assert speakers(*SPANISH_DEPARTMENT, language="es") == ["Consejería de Sanidad"]


def test_the_company_is_never_a_union():
    assert speakers(*UNION_THEN_COMPANY, language="en") == [None]


def test_org_anaphor_switched_off(rule_off):
    rule_off("org_anaphor")
    assert speakers(*ENGLISH_COMPANY, language="en") == ["Fennick Foods", None]
    assert speakers(*SPANISH_INSTITUTE, language="es") == [None]
