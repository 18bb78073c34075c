"""Organisation rules of stop 30's third round (German mottoes that end in their verb, names joined by a dash).
Every sentence and name is written for these tests."""

from rallycrawl.extraction.analysis import analyse_article


def names(paragraphs, language, headline="Demonstration vor dem Rathaus"):
    return [o.name for o in analyse_article(headline, paragraphs, language=language).organisations]


# --- motto-infinitive ----------------------------------------------------------------------------------------------

MOTTO = ["Rund 400 Menschen haben am Samstag in Kestrelbach gegen den Bau eines Logistikzentrums demonstriert.",
         "Die Bürgerinitiative Moore retten, die seit zwei Jahren gegen das Projekt kämpft, sprach von einem Erfolg."]


def test_a_motto_ends_in_its_verb():
    assert "Bürgerinitiative Moore retten" in names(MOTTO, "de")


def test_no_motto_before_a_modal():
    found = names(["Rund 400 Menschen haben am Samstag in Kestrelbach demonstriert.",
                   "Sie sagte, dass die Bürgerinitiative Moore retten will."], "de")
    assert "Bürgerinitiative Moore retten" not in found


def test_motto_infinitive_switched_off(organisation_rule_off):
    organisation_rule_off("motto-infinitive")
    assert "Bürgerinitiative Moore retten" not in names(MOTTO, "de")


# --- policy-word-opens-name ------------------------------------------------------------------------------------------

INITIATIVE = ["Rund 400 Menschen haben am Samstag in Kestrelbach gegen hohe Mieten demonstriert.",
              "Aufgerufen hatten der Mieterverein Kestrelbach und die Initiative Lumo Wohnen enteignen, die "
              "Unterschriften sammelt."]


def test_initiative_opens_a_motto_name_in_german():
    assert "Initiative Lumo Wohnen enteignen" in names(INITIATIVE, "de")


def test_policy_word_opens_name_switched_off(organisation_rule_off):
    organisation_rule_off("policy-word-opens-name")
    assert "Initiative Lumo Wohnen enteignen" not in names(INITIATIVE, "de")


# --- dash-joined-name ----------------------------------------------------------------------------------------------

DASH = ["Centenas de moradores protestaram no sábado contra os despejos no bairro de Miragaia.",
        "A Rede Kestrel – Associação pela Habitação Digna também participou no protesto."]
FIRM = ["Centenas de pessoas marcharam contra a mina que a Lumolítio – Exploração Mineira, S.A. quer abrir.",
        "A caminhada foi organizada pela Associação Vale Vivo."]


def test_a_dash_before_an_organisation_word_joins_one_name():
    assert "Rede Kestrel – Associação pela Habitação Digna" in names(DASH, "pt", "Moradores protestam")


def test_a_dash_before_a_firm_with_its_legal_form():
    assert "Lumolítio – Exploração Mineira, S.A." in names(FIRM, "pt", "Marcha contra mina")


def test_a_german_motto_and_its_place():
    found = names(["Rund 400 Menschen haben am Samstag demonstriert.",
                   "Die Bürgerinitiative Moore retten – Obere Lenne, die seit 2021 besteht, sprach von Erfolg."], "de")
    assert "Bürgerinitiative Moore retten – Obere Lenne" in found


def test_no_join_after_a_dateline():
    found = names(["PORTO – Associação dos Moradores da Sé protestou no sábado contra os despejos."], "pt",
                  "Moradores protestam")
    assert not any("–" in name for name in found)


def test_dash_joined_name_switched_off(organisation_rule_off):
    organisation_rule_off("dash-joined-name")
    assert "Rede Kestrel – Associação pela Habitação Digna" not in names(DASH, "pt", "Moradores protestam")


# --- Portuguese "à", "ao" as inner connectors ------------------------------------------------------------------------

def test_portuguese_a_with_its_article_inside_a_name():
    found = names(["Centenas de pessoas protestaram no sábado em Lisboa.",
                   "O protesto foi convocado pela Associação de Apoio à Vítima de Kestrela."], "pt", "Protesto em Lisboa")
    assert any(name.startswith("Associação de Apoio à Vítima") for name in found)


# --- common-word-possessive ----------------------------------------------------------------------------------------

ALLIED = ["Several thousand nurses marched through Kestrel City on Wednesday.",
          "The march was led by the Coalition of Harbour Unions, a federation of nine bodies, and the Transport and "
          "Allied Workers' Association."]


def test_a_plural_possessive_joins_common_words_before_the_head():
    assert "Transport and Allied Workers' Association" in names(ALLIED, "en", "Nurses march on ministry")


def test_common_word_possessive_switched_off(organisation_rule_off):
    organisation_rule_off("common-word-possessive")
    assert "Transport and Allied Workers' Association" not in names(ALLIED, "en", "Nurses march on ministry")


# --- en NAME_OPENERS: rival, rivals ----------------------------------------------------------------------------------

def test_rival_opening_a_sentence_is_no_part_of_the_firms_name():
    found = names(["Lumo Beauty Group reported a 20% drop in profit on Thursday.",
                   "Rival Kestrel Cosmetics Inc. reported flat sales last week."], "en", "Lumo profits slide")
    assert "Kestrel Cosmetics Inc." in found
    assert "Rival Kestrel Cosmetics Inc." not in found


def test_rival_switched_off_with_sentence_opener_word(organisation_rule_off):
    organisation_rule_off("sentence-opener-word")
    found = names(["Lumo Beauty Group reported a 20% drop in profit on Thursday.",
                   "Rival Kestrel Cosmetics Inc. reported flat sales last week."], "en", "Lumo profits slide")
    assert "Kestrel Cosmetics Inc." not in found


# --- French verbs a body answers with (SPEECH_VERBS) -----------------------------------------------------------------

def test_a_french_body_that_justifies_ends_its_sentence_case_name():
    found = names(["Des centaines de personnes ont manifesté samedi devant la maternité.",
                   "La Fédération régionale de santé justifie la fermeture par le manque de médecins."], "fr")
    assert "Fédération régionale de santé" in found


# --- chain-place-tail ----------------------------------------------------------------------------------------------

PLACE = ["Des centaines de personnes ont manifesté samedi devant la maternité.",
         "L'Agence régionale de santé Vallée-du-Lenn justifie la fermeture par le manque de médecins."]


def test_a_hyphenated_region_ends_a_sentence_case_name():
    assert "Agence régionale de santé Vallée-du-Lenn" in names(PLACE, "fr")


def test_chain_place_tail_switched_off(organisation_rule_off):
    organisation_rule_off("chain-place-tail")
    assert "Agence régionale de santé Vallée-du-Lenn" not in names(PLACE, "fr")


# --- chain-acronym -------------------------------------------------------------------------------------------------

BRANCH = ["Une cinquantaine de travailleurs ont occupé mardi le hall de la mairie.",
          "L'Union départementale CGT de la Haute-Lenne et Solidaires 99 ont apporté leur soutien."]


def test_a_confederations_acronym_and_place_go_on_a_branch_name():
    assert "Union départementale CGT de la Haute-Lenne" in names(BRANCH, "fr")


def test_chain_acronym_switched_off(organisation_rule_off):
    organisation_rule_off("chain-acronym")
    assert "Union départementale CGT de la Haute-Lenne" not in names(BRANCH, "fr")


# --- nl ROLE_NOUNS_BEFORE afdeling; reject-place-adjective --------------------------------------------------------

BRANCH_NL = ["Ruim honderd klimaatactivisten hebben donderdag de hal van een bank bezet.",
             "De actie werd georganiseerd door de Amsterdamse afdeling van Kestrel Rebellion."]


def test_a_dutch_branch_of_a_body_names_the_body():
    found = names(BRANCH_NL, "nl", "Klimaatactivisten bezetten bank")
    assert "Kestrel Rebellion" in found


def test_a_place_adjective_is_no_body():
    assert "Amsterdamse" not in names(BRANCH_NL, "nl", "Klimaatactivisten bezetten bank")


def test_reject_place_adjective_switched_off(organisation_rule_off):
    organisation_rule_off("reject-place-adjective")
    assert "Amsterdamse" in names(BRANCH_NL, "nl", "Klimaatactivisten bezetten bank")


# --- nl NAME_OPENERS: foreign nationalities ------------------------------------------------------------------------

def test_a_foreign_nationality_before_a_firm_is_no_part_of_its_name():
    found = names(["Ruim honderd klimaatactivisten hebben donderdag de hal van een bank bezet.",
                   "De bank leende geld aan fossiele bedrijven, onder wie het Noorse Kestrel Petroleum ASA."], "nl",
                  "Klimaatactivisten bezetten bank")
    assert "Kestrel Petroleum ASA" in found
    assert "Noorse Kestrel Petroleum ASA" not in found


# --- and-head-first-fields -----------------------------------------------------------------------------------------

FIELDS = ["Mit mehr als 800 Traktoren haben Landwirte am Montag die Zufahrten blockiert.",
          "Auch Spediteure aus dem Verband Spedition und Logistik Brandenburg schlossen sich dem Protest an."]


def test_a_body_named_by_its_two_fields_and_its_place():
    assert "Verband Spedition und Logistik Brandenburg" in names(FIELDS, "de", "Bauern blockieren Zufahrten")


def test_and_head_first_fields_switched_off(organisation_rule_off):
    organisation_rule_off("and-head-first-fields")
    assert "Verband Spedition und Logistik Brandenburg" not in names(FIELDS, "de", "Bauern blockieren Zufahrten")


# --- apposition-possessive -----------------------------------------------------------------------------------------

RIDERS = ["Dozens of bus riders protested at a transit meeting on Thursday.",
          "The protest was organised by Fare-Free Kestrelton, a riders' advocacy group."]


def test_a_plural_possessive_in_the_apposition():
    assert "Fare-Free Kestrelton" in names(RIDERS, "en", "Riders protest bus cuts")


def test_apposition_possessive_switched_off(organisation_rule_off):
    organisation_rule_off("apposition-possessive")
    assert "Fare-Free Kestrelton" not in names(RIDERS, "en", "Riders protest bus cuts")


# --- address-number-name -------------------------------------------------------------------------------------------

BUILDING = ["More than 200 tenants rallied on Sunday outside the offices of their landlord.",
            "The protest was organised by Queens Tenants United, together with the 12-40 Kestrel Avenue Tenants' "
            "Association."]


def test_a_house_number_names_the_buildings_association():
    assert "12-40 Kestrel Avenue Tenants' Association" in names(BUILDING, "en", "Tenants rally against rent hikes")


def test_no_number_before_a_name_without_a_street():
    found = names(["About 300 workers rallied on Friday.", "The march drew 300 Harbour Workers Union members."], "en",
                  "Workers rally")
    assert not any(name[:1].isdigit() for name in found)


def test_address_number_name_switched_off(organisation_rule_off):
    organisation_rule_off("address-number-name")
    assert "12-40 Kestrel Avenue Tenants' Association" not in names(BUILDING, "en", "Tenants rally against rent hikes")


# --- department-branch ---------------------------------------------------------------------------------------------

DEPT = ["Plusieurs centaines de personnes ont manifesté samedi contre la réserve d'eau.",
        "La manifestation était organisée par Nature & Lenne 79."]


def test_a_departements_number_names_a_bodys_branch():
    assert "Nature & Lenne 79" in names(DEPT, "fr", "Manifestation contre une réserve d'eau")


def test_no_branch_of_two_names_joined_by_and():
    found = names(["Une cinquantaine de travailleurs ont occupé mardi le hall de la mairie.",
                   "La CGT de la Haute-Lenne et Solidaires 87 ont apporté leur soutien."], "fr")
    assert not any(" et " in name for name in found)


def test_department_branch_switched_off(organisation_rule_off):
    organisation_rule_off("department-branch")
    assert "Nature & Lenne 79" not in names(DEPT, "fr", "Manifestation contre une réserve d'eau")
