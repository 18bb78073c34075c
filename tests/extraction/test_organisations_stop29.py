"""Organisation rules of stop 29 (general knowledge of how each language names companies).  Every
sentence and name is written for these tests."""

from rallycrawl.extraction.analysis import analyse_article


def names(paragraphs, language, headline="Protest vor der Zentrale"):
    return [o.name for o in analyse_article(headline, paragraphs, language=language).organisations]


# --- legal-form ----------------------------------------------------------------------------------------

DUTCH = ["Boeren blokkeerden het depot van Kwartel Vershandel B.V. in Zwolle.",
         "Ook Noordzee Vismijn NV weigerde te reageren."]


def test_a_name_ending_in_a_legal_form_is_a_company():
    found = names(DUTCH, "nl")
    assert "Kwartel Vershandel B.V." in found
    assert "Noordzee Vismijn NV" in found


def test_a_german_legal_form_is_read_in_its_own_case():
    found = names(["Der Protest richtete sich gegen den Vermieter Lindhof Wohnen SE.",
                   "Die Kliniken Obertal gGmbH schwieg."], "de")
    assert "Lindhof Wohnen SE" in found
    assert "Kliniken Obertal gGmbH" in found


def test_a_legal_form_ends_a_sentence_case_name():
    found = names(["I dipendenti di Acciai Verbani SpA scioperano da lunedì."], "it",
                  headline="Sciopero alla fabbrica")
    assert "Acciai Verbani SpA" in found
    assert not any("scioperano" in n for n in found)


def test_legal_form_switched_off(organisation_rule_off):
    organisation_rule_off("legal-form")
    assert "Kwartel Vershandel B.V." not in names(DUTCH, "nl")


# --- relation-descriptor: kinds of business ------------------------------------------------------------

def test_a_kind_of_business_before_a_firm_is_no_part_of_its_name():
    found = names(["Distributeur Kwartel Logistiek B.V. uit Tilburg reageerde niet."], "nl")
    assert "Kwartel Logistiek B.V." in found
    found = names(["Die Reederei Möwenfeld Linien AG meldete einen Rekordgewinn."], "de")
    assert "Möwenfeld Linien AG" in found


def test_relation_descriptor_switched_off(organisation_rule_off):
    organisation_rule_off("relation-descriptor")
    found = names(["Die Reederei Möwenfeld Linien AG meldete einen Rekordgewinn."], "de")
    assert "Möwenfeld Linien AG" not in found


# --- French organisation words that open names (lang/fr HEADS_FIRST) -----------------------------------

FRENCH = ["Le rassemblement a été organisé par l'Observatoire des loyers de Brévanne, qui dénonce la hausse.",
          "La Caisse d'entraide des maraîchers a appelé à manifester."]


def test_a_french_body_word_opens_a_sentence_case_name():
    found = names(FRENCH, "fr", headline="Rassemblement à Brévanne")
    assert "Observatoire des loyers de Brévanne" in found
    assert "Caisse d'entraide des maraîchers" in found


def test_french_body_word_with_head_switched_off(organisation_rule_off):
    organisation_rule_off("head", "elided-cue")  # elided-cue reads "organisé par l'" as the organiser cue
    found = names(FRENCH, "fr", headline="Rassemblement à Brévanne")
    assert "Observatoire des loyers de Brévanne" not in found


# --- Italian organisation words that open names (lang/it HEADS_FIRST) ----------------------------------

ITALIAN = ["Il presidio è stato organizzato dalla Rete Studenti Valdora.",
           "Ha parlato anche l'Ufficio per i diritti dei Pendolari di Valdora."]


def test_an_italian_body_word_opens_a_name():
    found = names(ITALIAN, "it", headline="Presidio a Valdora")
    assert "Rete Studenti Valdora" in found
    assert "Ufficio per i diritti dei Pendolari di Valdora" in found


def test_italian_body_word_with_head_switched_off(organisation_rule_off):
    organisation_rule_off("head")
    found = names(ITALIAN, "it", headline="Presidio a Valdora")
    assert "Ufficio per i diritti dei Pendolari di Valdora" not in found
