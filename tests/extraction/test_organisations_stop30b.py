"""Organisation rules of stop 30's second round (how French, Italian and Portuguese news write long names, and a
title word inside a firm's name). Every sentence and name is written for these tests."""

from rallycrawl.extraction.analysis import analyse_article


def names(paragraphs, language, headline="Manifestation devant la mairie"):
    return [o.name for o in analyse_article(headline, paragraphs, language=language).organisations]


# --- title-modifier-alone ----------------------------------------------------------------------------------------

FIRM = ["Centenas de moradores protestaram no sábado contra os despejos no bairro.",
        "Os organizadores acusam a imobiliária Tejo Prime Habitação, Lda. de comprar prédios inteiros."]


def test_prime_inside_a_firms_name_cuts_nothing():
    assert "Tejo Prime Habitação, Lda." in names(FIRM, "pt", "Moradores protestam contra despejos")


def test_prime_before_minister_is_still_a_title():
    found = names(["Prime Minister Dana Wolcott met the Harbour Workers Union on Monday."], "en",
                  "Dockers strike in Kestrel Bay")
    assert "Harbour Workers Union" in found
    assert not any("Dana" in name for name in found)


def test_title_modifier_alone_switched_off(organisation_rule_off):
    organisation_rule_off("title-modifier-alone")
    assert "Tejo Prime Habitação, Lda." not in names(FIRM, "pt", "Moradores protestam contra despejos")


# --- tail-verb-closer --------------------------------------------------------------------------------------------

CALL = ["Quelque 300 personnes ont défilé samedi contre la fermeture de la gare.",
        "La Coordination appelle à de nouvelles actions tout l'été."]


def test_a_verb_of_the_organisation_ends_its_name():
    found = names(CALL, "fr")
    assert "Coordination appelle" not in found


def test_adjectives_before_the_verb_stay():
    found = names(["Centinaia di persone hanno sfilato sabato contro la chiusura della scuola.",
                   "Il Coordinamento regionale critica la scelta della giunta."], "it", "Corteo contro la chiusura")
    assert "Coordinamento regionale critica" not in found


def test_tail_verb_closer_switched_off(organisation_rule_off):
    organisation_rule_off("tail-verb-closer")
    assert "Coordination appelle" in names(CALL, "fr")


# --- chain-and-head-first ----------------------------------------------------------------------------------------

TWO = ["Une centaine de musiciens ont envahi la scène vendredi soir.",
       "L'action était menée par la Coordination des musiciens et précaires de Basse-Loire et le Syndicat des "
       "régisseurs du cirque et de la danse de l'Ouest (SRCDO)."]


def test_and_an_organisation_word_opens_a_second_name():
    found = names(TWO, "fr")
    assert "Coordination des musiciens et précaires de Basse-Loire" in found
    assert not any(name.startswith("Coordination") and "Syndicat" in name for name in found)


def test_chain_and_head_first_switched_off(organisation_rule_off):
    organisation_rule_off("chain-and-head-first")
    found = names(TWO, "fr")
    assert "Coordination des musiciens et précaires de Basse-Loire" not in found


# --- French CHAIN_ADJECTIVES -------------------------------------------------------------------------------------

def test_public_inside_a_long_sentence_case_name():
    found = names(["Plus de 1 000 personnes se sont rassemblées samedi devant la maternité.",
                   "Le rassemblement était organisé par le Comité de défense de l'hôpital public de Vaux-sur-Lisle, "
                   "créé il y a dix ans."], "fr")
    assert "Comité de défense de l'hôpital public de Vaux-sur-Lisle" in found


# --- Italian ORGANISER_CUES: aderito, solidarietà di; elided-cue; organiser-no-first-name -------------------------

JOINED = ["Oltre duemila persone hanno sfilato sabato per chiedere che il reparto non venga chiuso.",
          "Hanno aderito anche la Fp Cgil di Pietrasecca e la Pubblica Assistenza di Valfonda."]


def test_who_joined_the_protest_is_named():
    found = names(JOINED, "it", "Corteo per salvare il reparto")
    assert "Fp Cgil di Pietrasecca" in found


SOLIDARITY = ["Circa 200 facchini hanno incrociato le braccia davanti al magazzino.",
              "Il presidio ha ricevuto la solidarietà dell'Usb Valtrebbia."]


def test_an_elided_cue_word_is_read():
    assert "Usb Valtrebbia" in names(SOLIDARITY, "it", "Sciopero al magazzino")


def test_elided_cue_switched_off(organisation_rule_off):
    organisation_rule_off("elided-cue")
    assert "Usb Valtrebbia" not in names(SOLIDARITY, "it", "Sciopero al magazzino")


INITIATIVE = ["Circa 300 facchini hanno incrociato le braccia su iniziativa del Si Cobas per protestare "
              "contro il mancato rinnovo dei contratti."]


def test_no_first_name_after_an_articled_preposition_is_a_body():
    assert "Si Cobas" in names(INITIATIVE, "it", "Sciopero al magazzino")


def test_a_person_after_a_plain_preposition_stays_a_person():
    found = names(["La marcia è stata organizzata da Tunde Okafor, un insegnante del quartiere."], "it",
                  "Marcia nel quartiere")
    assert "Tunde Okafor" not in found


def test_organiser_no_first_name_switched_off(organisation_rule_off):
    organisation_rule_off("organiser-no-first-name")
    assert "Si Cobas" not in names(INITIATIVE, "it", "Sciopero al magazzino")


def test_an_elided_article_after_a_french_cue_is_read():
    found = names(["Le rassemblement a été organisé par l'Observatoire des loyers de Brévanne, qui dénonce la hausse."],
                  "fr", "Rassemblement à Brévanne")
    assert "Observatoire des loyers de Brévanne" in found


# --- inner-connector-adjective (German) ----------------------------------------------------------------------------

AIM = ["Mehrere tausend Menschen sind am Samstag gegen Mieterhöhungen auf die Straße gegangen.",
       "Aufgerufen hatte das Bündnis für günstige Wohnungen und gegen Leerstand, ein Zusammenschluss von Initiativen."]


def test_a_declined_adjective_inside_a_name_of_its_aim():
    assert "Bündnis für günstige Wohnungen und gegen Leerstand" in names(AIM, "de")


def test_a_protests_aim_after_an_institution_is_no_name():
    found = names(["Rund 800 Pflegekräfte demonstrierten am Mittwoch vor dem Landtag für bessere Arbeitsbedingungen."],
                  "de")
    assert not any("Arbeitsbedingungen" in name for name in found)


def test_inner_connector_adjective_switched_off(organisation_rule_off):
    organisation_rule_off("inner-connector-adjective")
    assert "Bündnis für günstige Wohnungen und gegen Leerstand" not in names(AIM, "de")
