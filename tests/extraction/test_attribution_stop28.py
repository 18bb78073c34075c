"""Attribution rules of stop 28.  Every sentence and name is written for these tests; each rule is also
switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs, language):
    return [q.speaker for q in extract_quotes(list(paragraphs), language=language).quotes]


# --- auxiliary_opening -------------------------------------------------------------------------------

ITALIAN_AUXILIARY = ["Ha detto che i turni sono raddoppiati. «Non possiamo andare avanti così», ha aggiunto."]


def test_a_capitalised_auxiliary_opening_a_clause_names_nobody():
    assert speakers(*ITALIAN_AUXILIARY, language="it") == [None]


def test_auxiliary_opening_switched_off(rule_off):
    rule_off("auxiliary_opening")
    assert speakers(*ITALIAN_AUXILIARY, language="it") == ["Ha"]
