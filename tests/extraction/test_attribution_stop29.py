"""Attribution rules of stop 29.  Every sentence and name is written for these tests; each rule is also
switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


# --- word_before_first_name ------------------------------------------------------------------------

PLACE_BEFORE_NAME = ["«No vamos a ceder ni un metro», dijo el alcalde de Valdelosa Ramón Ortuño."]


def test_a_place_before_a_first_name_is_no_part_of_the_name():
    assert speakers(*PLACE_BEFORE_NAME, language="es") == ["Ramón Ortuño"]
    assert speakers("“We will not give an inch,” said the mayor of Brackwell Joanna Pike.", language="en") == ["Joanna Pike"]


def test_a_name_that_opens_with_a_first_name_is_kept_whole():
    assert speakers("«No vamos a ceder», dijo la portavoz María José Ortuño.", language="es") == ["María José Ortuño"]


def test_not_in_a_language_that_capitalises_its_nouns():
    # ('Die Anmelderin Hanne Krull': the noun is her role, read by other rules)
    paragraphs = ["Die Anmelderin Hanne Krull kündigte Beschwerde an: „Das ist ein Eingriff in unsere Rechte.“"]
    assert speakers(*paragraphs, language="de") == ["Hanne Krull"]


def test_word_before_first_name_switched_off(rule_off):
    rule_off("word_before_first_name")
    assert speakers(*PLACE_BEFORE_NAME, language="es") == ["Valdelosa Ramón Ortuño"]


# --- found_organisation_subject, found_organisation_after_opener --------------------------------------------

def analysed_speakers(*paragraphs, language):
    from rallycrawl.extraction.analysis import analyse_article

    return [q.speaker for q in analyse_article("", list(paragraphs), language=language).quotes]


SENTENCE_CASE_SUBJECT = [
    "Le Syndicat des enseignants du Morvandais a qualifié la réforme de « brutale » et appelé le ministère à "
    "« revenir à la table des négociations ».",
]


def test_an_organisation_found_in_the_article_opening_the_sentence_speaks_its_fragments():
    assert analysed_speakers(*SENTENCE_CASE_SUBJECT, language="fr") == ["Syndicat des enseignants du Morvandais"] * 2


def test_not_when_a_person_is_named_before_the_quotation():
    # (the union and a person together: nobody rather than the union alone)
    paragraphs = ["Le Syndicat des enseignants du Morvandais et Hélène Varlin jugent la réforme « brutale »."]
    assert analysed_speakers(*paragraphs, language="fr") == [None]


def test_found_organisation_subject_switched_off(rule_off):
    rule_off("found_organisation_subject")
    assert analysed_speakers(*SENTENCE_CASE_SUBJECT, language="fr") == [None, None]


AFTER_OPENER = ["Dans un communiqué publié lundi, le Syndicat des enseignants du Morvandais a qualifié la réforme de "
                "« brutale »."]


def test_after_an_opening_phrase_and_its_comma():
    assert analysed_speakers(*AFTER_OPENER, language="fr") == ["Syndicat des enseignants du Morvandais"]


def test_found_organisation_after_opener_switched_off(rule_off):
    rule_off("found_organisation_after_opener")
    assert analysed_speakers(*AFTER_OPENER, language="fr") == [None]


# --- organisation_pronoun (off by default: only the development half of blind4 moved) -----------------------

TOWN_HALL = [
    "Corentine Lavalle, bénévole de l'association, dort sur place depuis lundi.",
    "La mairie de Vaudrenay a saisi la justice. « La salle doit rouvrir aux clubs », indique-t-elle dans un communiqué.",
]


def test_a_pronoun_after_an_organisation_of_its_gender_is_the_organisation(tune_only_rules_on):
    assert analysed_speakers(*TOWN_HALL, language="fr")[-1] == "mairie de Vaudrenay"


def test_organisation_pronoun_is_off_by_default():
    assert analysed_speakers(*TOWN_HALL, language="fr")[-1] != "mairie de Vaudrenay"


# --- reported_speech_tail (off by default: only the development half of blind4 moved) -----------------------

REPORTED_TAIL = ["Richter Uwe Kammler verurteilte die Angeklagten zu Geldstrafen. Es gehe nicht um die Ziele, sagte er "
                 "in der Begründung: „Auch ein gutes Anliegen rechtfertigt keine Nötigung.“"]


def test_reported_speech_closed_by_a_reporting_verb_gives_its_subject(tune_only_rules_on):
    assert speakers(*REPORTED_TAIL, language="de") == ["Uwe Kammler"]


def test_reported_speech_tail_is_off_by_default():
    assert speakers(*REPORTED_TAIL, language="de") == [None]
