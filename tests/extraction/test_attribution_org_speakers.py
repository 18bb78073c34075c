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


# --- org_noun_name, org_subject_pronoun -----------------------------------------------------------------

FRENCH_GROUP = [
    "Le groupe Morvandel a « entendu l'inquiétude des salariés » mais « déplore que les syndicats aient rompu le "
    "dialogue », a-t-il fait savoir dans un communiqué."
]
FRENCH_GROUP_AFTER = ["« Nous restons ouverts à la discussion », a déclaré le groupe Morvandel."]
FRENCH_PERSON_PRONOUN = [
    "Le groupe Morvandel a annoncé la fermeture du site. Le délégué Bastien Carrel a « pris note » de l'annonce, "
    "mais « les salariés ne lâcheront rien », a-t-il prévenu."
]


def test_an_organisation_noun_and_a_name_are_that_organisation():
    assert speakers(*FRENCH_GROUP_AFTER, language="fr") == ["Morvandel"]


def test_a_pronoun_after_the_verb_is_the_organisation_the_sentence_opens_with():
    assert speakers(*FRENCH_GROUP, language="fr") == ["Morvandel", "Morvandel"]


def test_the_pronoun_stays_a_person_when_a_person_opens_the_sentence():
    assert "Morvandel" not in speakers(*FRENCH_PERSON_PRONOUN, language="fr")


def test_org_noun_name_switched_off(rule_off):
    rule_off("org_noun_name")
    assert speakers(*FRENCH_GROUP_AFTER, language="fr") != ["Morvandel"]


def test_org_subject_pronoun_switched_off(rule_off):
    rule_off("org_subject_pronoun")
    assert speakers(*FRENCH_GROUP, language="fr")[1] is None


# --- institution_of_place_words ----------------------------------------------------------------------

FRENCH_PREFECTURE = [
    "Dans un communiqué publié lundi, la préfecture de police de Sarrevaux a dénoncé « des dégradations "
    "inadmissibles » et annoncé des poursuites."
]


def test_lower_case_words_between_a_public_body_and_its_place():
    assert speakers(*FRENCH_PREFECTURE, language="fr") == ["préfecture de police de Sarrevaux"]


def test_institution_of_place_words_switched_off(rule_off):
    rule_off("institution_of_place_words")
    assert speakers(*FRENCH_PREFECTURE, language="fr") != ["préfecture de police de Sarrevaux"]


# --- german_institution_compound ---------------------------------------------------------------------

GERMAN_DIRECTORATE = [
    "„Die Kundgebung blieb weitgehend ruhig“, hieß es in der Mitteilung der Polizeidirektion Kellingen weiter."
]


def test_a_german_institution_compound_and_its_place_are_an_organisation():
    assert speakers(*GERMAN_DIRECTORATE, language="de") == ["Polizeidirektion Kellingen"]


def test_german_institution_compound_switched_off(rule_off):
    rule_off("german_institution_compound")
    assert speakers(*GERMAN_DIRECTORATE, language="de") == [None]


# --- org_noun_subject, org_anaphor_subject -----------------------------------------------------------

SPANISH_COMPANY = [
    "Conservas Arbeleda anunció el martes el cierre de su fábrica de Valdemora, que emplea a 140 personas.",
    "En un comunicado, la compañía achaca la decisión a «la subida continuada de los costes de transporte» y promete "
    "recolocaciones.",
]
SPANISH_PERSON_THEN_COMPANY = [
    "Marta Llorente anunció el martes que deja la dirección de la fábrica.",
    "En un comunicado, la compañía achaca la decisión a «motivos personales».",
]


def test_an_organisation_noun_opening_the_clause_is_the_subject_the_paragraph_before_opened_with():
    assert speakers(*SPANISH_COMPANY, language="es") == ["Conservas Arbeleda"]


def test_the_company_is_never_a_person_named_before():
    assert speakers(*SPANISH_PERSON_THEN_COMPANY, language="es") == [None]


def test_org_noun_subject_switched_off(rule_off):
    rule_off("org_noun_subject")
    assert speakers(*SPANISH_COMPANY, language="es") == [None]


def test_org_anaphor_subject_switched_off(rule_off):
    rule_off("org_anaphor_subject")
    assert speakers(*SPANISH_COMPANY, language="es") == [None]


# --- institution_named_of_place, elided_institution_of_place --------------------------------------------

FRENCH_PROSECUTOR = [
    "Le parquet de Valbrune a ouvert une enquête pour dégradations.",
    "Le parquet précise que « les vidéos transmises par les riverains sont en cours d'examen ».",
]
FRENCH_ELIDED = [
    "La marche a rassemblé « près de 8 000 personnes, un record pour la ville », selon l'intersyndicale du Morbelais, "
    "tandis que la police en a compté 3 000."
]


def test_a_public_body_named_with_its_place_is_that_body_for_its_noun_later():
    assert speakers(*FRENCH_PROSECUTOR, language="fr") == ["parquet de Valbrune"]


def test_a_public_body_and_its_place_after_an_elided_article():
    assert speakers(*FRENCH_ELIDED, language="fr") == ["intersyndicale du Morbelais"]


def test_institution_named_of_place_switched_off(rule_off):
    rule_off("institution_named_of_place")
    assert speakers(*FRENCH_PROSECUTOR, language="fr") == ["parquet"]


def test_elided_institution_of_place_switched_off(rule_off):
    rule_off("elided_institution_of_place")
    assert speakers(*FRENCH_ELIDED, language="fr") == ["intersyndicale"]


# --- org_name_connectors_inside ------------------------------------------------------------------------

SPANISH_UNION_OF = ["«No vamos a aceptar más recortes», aseguró el sindicato Estibadores Unidos del Sur."]


def test_of_and_capitals_go_on_with_the_name_after_an_organisation_noun():
    assert speakers(*SPANISH_UNION_OF, language="es") == ["Estibadores Unidos del Sur"]


def test_org_name_connectors_inside_switched_off(rule_off):
    rule_off("org_name_connectors_inside")
    assert speakers(*SPANISH_UNION_OF, language="es") != ["Estibadores Unidos del Sur"]


# --- org_sources_unnamed -------------------------------------------------------------------------------

ENGLISH_SOURCES = [
    "Police sources said the driver stopped at the cordon was “not thought to be part of the convoy” and had been released."
]


def test_sources_of_an_organisation_are_nobody():
    assert speakers(*ENGLISH_SOURCES, language="en") == [None]


def test_org_sources_unnamed_switched_off(rule_off):
    rule_off("org_sources_unnamed")
    assert speakers(*ENGLISH_SOURCES, language="en") == ["police"]


# --- company_not_union -----------------------------------------------------------------------------------

ENGLISH_UNION_COMPANY = ["The Harbour Workers Union walked out on Monday. The company said the stoppage was “entirely avoidable.”"]
GERMAN_UNION_COMPANY = ["Die Gewerkschaft Hafenarbeit Nord rief zum Streik auf. „Wir bedauern das“, sagte das Unternehmen."]
SPANISH_UNION_COMPANY = [
    "El sindicato Estibadores Unidos convocó la huelga. La empresa aseguró que el paro es «injustificado»."
]
ENGLISH_COMPANY_AND_UNION = [
    "Brindle Foods and the Harbour Workers Union met on Monday. The company said the offer was “final.”"
]


def test_the_company_never_means_a_union_named_nearby():
    assert speakers(*ENGLISH_UNION_COMPANY, language="en") == [None]
    assert speakers(*GERMAN_UNION_COMPANY, language="de") == [None]
    assert speakers(*SPANISH_UNION_COMPANY, language="es") == [None]


def test_the_company_still_means_a_company_named_nearby():
    assert speakers(*ENGLISH_COMPANY_AND_UNION, language="en") == ["Brindle Foods"]


def test_company_not_union_switched_off(rule_off):
    rule_off("company_not_union")
    assert speakers(*ENGLISH_UNION_COMPANY, language="en") == ["Harbour Workers Union"]
