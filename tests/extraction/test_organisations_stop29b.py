"""Organisation rules of stop 29 (second helper): names that are phrases of the language, inclusive spelling,
German compounds.  Every sentence and name is written for these tests."""

from rallycrawl.extraction.analysis import analyse_article


def names(paragraphs, language, headline):
    return [o.name for o in analyse_article(headline, paragraphs, language=language).organisations]


# --- phrase-name-after-noun ---------------------------------------------------------------------------

FRENCH = (["La manifestation était organisée par l'association Respirer sans usine près de Vallorge. "
           "Plusieurs centaines de personnes ont défilé."], "fr", "Manifestation contre l'usine de Vallorge")
ITALIAN = (["Il presidio è stato organizzato dal movimento Pendolari stanchi della Valmora e dai sindacati di base."],
           "it", "Presidio dei pendolari alla stazione")


def test_a_name_that_is_a_phrase_goes_on_to_the_closing_mark():
    assert "Respirer sans usine près de Vallorge" in names(*FRENCH)


def test_a_phrase_name_ends_before_and():
    found = names(*ITALIAN)
    assert "Pendolari stanchi della Valmora" in found
    assert not any("sindacati" in n for n in found)


def test_a_phrase_name_ends_before_a_verb():
    found = names(["Le collectif Vivre au Clos Bertin dénonce la fermeture de la crèche. Il appelle à manifester."],
                  "fr", "Rassemblement contre la fermeture de la crèche")
    assert not any("fermeture" in n for n in found)


def test_a_brand_name_is_no_phrase():
    found = names(["La manifestation était organisée par l'association Zolvexa près de Vallorge. "
                   "Plusieurs centaines de personnes ont défilé."], "fr", "Manifestation contre l'usine de Vallorge")
    assert "Zolvexa près de Vallorge" not in found


def test_phrase_name_switched_off(organisation_rule_off):
    organisation_rule_off("phrase-name-after-noun")
    assert "Respirer sans usine près de Vallorge" not in names(*FRENCH)
