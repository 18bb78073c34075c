"""Organisation rules of stop 29 (third helper): a company's name after a lower-case company noun.
Every sentence and name is written for these tests."""

from rallycrawl.extraction.analysis import analyse_article


def names(paragraphs, language, headline):
    return [o.name for o in analyse_article(headline, paragraphs, language=language).organisations]


# --- company-noun-before --------------------------------------------------------------------------------

FRENCH = (["Le groupe Velmaro Parfums relève ses prévisions annuelles après un bon trimestre."], "fr",
          "Résultats trimestriels en hausse")
SPANISH = (["El grupo hotelero Trivesca anunció el cierre de dos hoteles en la costa."], "es",
           "Cierre de hoteles en la costa")


def test_the_name_after_a_company_noun_is_a_company_in_any_article():
    assert "Velmaro Parfums" in names(*FRENCH)


def test_one_adjective_may_stand_between_the_noun_and_the_name():
    assert "Trivesca" in names(*SPANISH)


def test_a_maker_after_an_article_and_preposition():
    found = names(["Les salariés du fabricant Brovelle Meubles ont manifesté devant l'usine lundi."], "fr",
                  "Manifestation devant l'usine")
    assert "Brovelle Meubles" in found


def test_no_name_after_of():
    found = names(["Le groupe de Marie Lefort a chanté samedi soir devant la mairie."], "fr", "Concert samedi")
    assert "Marie Lefort" not in found


def test_company_noun_switched_off(organisation_rule_off):
    organisation_rule_off("company-noun-before")
    assert "Velmaro Parfums" not in names(*FRENCH)
    assert "Trivesca" not in names(*SPANISH)


# --- sentence-case-adjective-endings ----------------------------------------------------------------------

PEASANTS = (["Plusieurs centaines de personnes ont manifesté samedi à Vallorge contre la fermeture de la laiterie. "
             "La Confédération paysanne a appelé à rejoindre le cortège."], "fr",
            "Manifestation contre la fermeture de la laiterie de Vallorge")


def test_a_french_adjective_in_anne_goes_on_the_name():
    assert "Confédération paysanne" in names(*PEASANTS)


def test_adjective_endings_switched_off(organisation_rule_off):
    organisation_rule_off("sentence-case-adjective-endings")
    assert "Confédération paysanne" not in names(*PEASANTS)


# --- dutch-municipality -----------------------------------------------------------------------------------

COUNCIL = (["Honderden inwoners hebben zaterdag in Olmen betoogd tegen de sluiting van het zwembad. "
            "De gemeente Olmen wil het bad volgend jaar sluiten."], "nl", "Honderden betogen tegen sluiting zwembad")


def test_a_municipality_noun_and_its_place_name_the_council():
    assert "gemeente Olmen" in names(*COUNCIL)


def test_the_town_after_a_preposition_of_place_is_no_council():
    found = names(["Honderden inwoners hebben zaterdag betoogd in de stad Olmen tegen de sluiting van het zwembad."],
                  "nl", "Honderden betogen tegen sluiting zwembad")
    assert "stad Olmen" not in found


def test_municipality_switched_off(organisation_rule_off):
    organisation_rule_off("dutch-municipality")
    assert "gemeente Olmen" not in names(*COUNCIL)


# --- german-municipality ----------------------------------------------------------------------------------

TOWN_COUNCIL = (["Mehrere hundert Menschen haben am Samstag in Obernau gegen die Schließung des Hallenbads "
                 "demonstriert. Die Stadt Obernau verteidigte die Pläne."], "de", "Hunderte demonstrieren gegen Schließung")


def test_a_town_as_subject_is_its_council():
    assert "Stadt Obernau" in names(*TOWN_COUNCIL)


def test_the_german_town_after_a_preposition_of_place_is_no_council():
    found = names(["Mehrere hundert Menschen zogen am Samstag in die Stadt Obernau, um gegen die Schließung des "
                   "Hallenbads zu demonstrieren."], "de", "Hunderte demonstrieren gegen Schließung")
    assert "Stadt Obernau" not in found


def test_german_municipality_switched_off(organisation_rule_off):
    organisation_rule_off("german-municipality")
    assert "Stadt Obernau" not in names(*TOWN_COUNCIL)
