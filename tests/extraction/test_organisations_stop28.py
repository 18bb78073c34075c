"""Organisation rules of stop 28, found on an invented set of reports in seven languages
(bench/org_cases.py).  Every sentence and name is written for these tests."""

import pytest

from rallycrawl.extraction import organisations
from rallycrawl.extraction.analysis import analyse_article

HEADLINE = "Des milliers de lycéens manifestent à Caen"


def names(paragraphs, language="fr"):
    return [o.name for o in analyse_article(HEADLINE, paragraphs, language=language).organisations]


@pytest.fixture
def chain_off():
    organisations.switch_off("sentence-case-genitive-chain")
    yield
    organisations.switch_off()


# --- sentence-case-genitive-chain ----------------------------------------------------------------------

FRENCH = [
    "La grève a été lancée par la Fédération des lycéens indépendants et l'Union syndicale des cheminots de Basse-Ourlaine.",
    "Le Forum normand pour les droits sociaux et économiques du Littoral a appelé à rejoindre le cortège.",
]


def test_lower_case_phrases_closed_by_a_verb_or_a_mark_continue_the_name():
    found = names(FRENCH)
    assert "Fédération des lycéens indépendants" in found
    assert "Union syndicale des cheminots de Basse-Ourlaine" in found


def test_a_bracket_after_a_space_closes_the_name():
    found = names(["L'appel vient de la Fédération nationale des pêcheurs et mareyeurs de Côte d'Émeraude (FNPM) et des élus."])
    assert "Fédération nationale des pêcheurs et mareyeurs de Côte d'Émeraude" in found


def test_a_phrase_left_open_is_no_part_of_the_name():
    # ("jeunes" is no adjective by its ending and no closing word: where the name ends is unknown)
    found = names(["La Fédération des lycéens jeunes rentrait de Paris quand la grève a commencé."])
    assert not any(n.startswith("Fédération des lycéens") for n in found)


def test_genitive_chain_switched_off(chain_off):
    found = names(FRENCH)
    assert "Fédération des lycéens indépendants" not in found


# --- and-tail-romance-phrase ---------------------------------------------------------------------------

SPANISH_AND = ["La marcha fue convocada por el Sindicato de Recolectoras y Recolectores del Valle Seco, que pide contratos fijos."]


def test_a_tail_with_de_after_y_goes_on_the_name():
    found = names(SPANISH_AND, language="es")
    assert "Sindicato de Recolectoras y Recolectores del Valle Seco" in found


def test_and_tail_romance_phrase_switched_off():
    try:
        organisations.switch_off("and-tail-romance-phrase")
        assert "Sindicato de Recolectoras y Recolectores del Valle Seco" not in names(SPANISH_AND, language="es")
    finally:
        organisations.switch_off()


# --- lower-institution-name ----------------------------------------------------------------------------

FRENCH_INSTITUTIONS = [
    "Le ministère de l'Agriculture durable n'a pas répondu. Le conseil régional de Haute-Ourlaine a voté une aide.",
]


def test_a_lower_case_institution_and_its_name_closed_by_a_verb():
    found = names(FRENCH_INSTITUTIONS)
    assert "ministère de l'Agriculture durable" in found
    assert "conseil régional de Haute-Ourlaine" in found


def test_an_institution_without_a_name_is_none():
    assert not any(n.startswith("ministère") for n in names(["Le ministère a répondu aux lycéens."]))


def test_lower_institution_name_switched_off():
    try:
        organisations.switch_off("lower-institution-name")
        assert "ministère de l'Agriculture durable" not in names(FRENCH_INSTITUTIONS)
    finally:
        organisations.switch_off()


# --- legal-form-tail and the Romance legal forms (HEADS) -------------------------------------------------

ITALIAN_COMPANY = ["Lo sciopero contro la Cartiera Valmorena S.p.A. è stato proclamato dai sindacati di base."]


def test_a_mixed_case_legal_form_ends_a_company_name():
    assert "Cartiera Valmorena S.p.A." in names(ITALIAN_COMPANY, language="it")
    assert "Aceites Levante S.L." in names(["Los vecinos protestan contra Aceites Levante S.L., que lo niega."], language="es")


def test_legal_form_tail_switched_off():
    try:
        organisations.switch_off("legal-form-tail")
        assert "Cartiera Valmorena S.p.A." not in names(ITALIAN_COMPANY, language="it")
    finally:
        organisations.switch_off()


def test_authorities_and_institutes_open_names_in_romance_languages():
    found = names(["La protesta era rivolta all'Autorità di Bacino del Fiume Verde, che non ha risposto."], language="it")
    assert "Autorità di Bacino del Fiume Verde" in found


# --- possession-after ----------------------------------------------------------------------------------

ENGLISH_POSSESSION = ["Activists chained themselves to the doors of Brindle Petroleum's headquarters on Monday."]


def test_what_only_a_company_has_makes_the_possessor_an_organisation():
    assert "Brindle Petroleum" in names(ENGLISH_POSSESSION, language="en")


def test_a_persons_offices_stay_a_persons():
    assert names(["Protesters gathered outside Maria Gonzalez's offices on Monday."], language="en") == []


def test_possession_after_switched_off():
    try:
        organisations.switch_off("possession-after")
        assert "Brindle Petroleum" not in names(ENGLISH_POSSESSION, language="en")
    finally:
        organisations.switch_off()


# --- of-person-head-first, and a second name after "and of the" ----------------------------------------

SPANISH_ASSEMBLY = ["La marcha fue convocada por la Asamblea Nacional de Estudiantes Rurales, que pide becas."]


def test_an_organisation_word_before_de_is_no_persons_name():
    assert "Asamblea Nacional de Estudiantes Rurales" in names(SPANISH_ASSEMBLY, language="es")


def test_of_person_head_first_switched_off():
    try:
        organisations.switch_off("of-person-head-first")
        assert "Asamblea Nacional de Estudiantes Rurales" not in names(SPANISH_ASSEMBLY, language="es")
    finally:
        organisations.switch_off()


def test_and_of_the_organisation_word_opens_a_second_name():
    found = names(["Os agricultores criticam a resposta da Agência Regional da Água e da Empresa de Rega do Vale Fundo."], language="pt")
    assert not any(" e da Empresa" in n for n in found)


# --- romance-portfolio-series --------------------------------------------------------------------------

FRENCH_MINISTRY = ["Le ministère de la Mer, de la Pêche durable et de l'Aquaculture a annoncé une réunion."]


def test_a_ministry_name_goes_on_over_its_portfolios():
    assert "ministère de la Mer, de la Pêche durable et de l'Aquaculture" in names(FRENCH_MINISTRY)


def test_romance_portfolio_series_switched_off():
    try:
        organisations.switch_off("romance-portfolio-series")
        assert "ministère de la Mer, de la Pêche durable et de l'Aquaculture" not in names(FRENCH_MINISTRY)
    finally:
        organisations.switch_off()
