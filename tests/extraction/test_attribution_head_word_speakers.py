"""An organisation speaking in a Romance language is often named in sentence case ("le Syndicat
national des infirmiers", "el Sindicato de enfermería de Castilla"): the name reader stops at the
first lower-case word.  A speaker left as the head word alone becomes the longer organisation the
article names with it in the same paragraph, and a connector never ends a speaker (rule
head_word_speaker_completed).  Invented sentences."""

import pytest

from rallycrawl.extraction import attribution
from rallycrawl.extraction.analysis import analyse_article

CASES = [
    ("fr", ["Le Syndicat national des infirmiers a appelé à une nouvelle grève jeudi.",
            "« Le ministère ne nous entend pas », a déclaré le Syndicat national des infirmiers."],
     "Syndicat national des infirmiers"),
    ("it", ["Il Sindacato nazionale degli infermieri ha proclamato uno sciopero per giovedì.",
            "«Il ministero non ci ascolta», ha detto il Sindacato nazionale degli infermieri."],
     "Sindacato nazionale degli infermieri"),  # (rules sentence_case_org, org_name_adjective)
    # (the name goes on in sentence case after its organisation word: rule sentence_case_org)
    ("es", ["«El ministerio no nos escucha», afirmó el Sindicato de enfermería de Castilla."],
     "Sindicato de enfermería de Castilla"),
    ("pt", ["«O ministério não nos ouve», afirmou o Sindicato dos enfermeiros do Porto."],
     "Sindicato dos enfermeiros do Porto"),
]


@pytest.mark.parametrize("language, paragraphs, speaker", CASES)
def test_head_word_speaker(language, paragraphs, speaker):
    result = analyse_article("Grève", paragraphs, language=language)
    assert result.quotes[-1].speaker == speaker


def test_switched_off(monkeypatch):
    monkeypatch.setitem(attribution.RULES, "head_word_speaker_completed", False)
    monkeypatch.setitem(attribution.RULES, "sentence_case_org", False)
    result = analyse_article("Grève", CASES[0][1], language="fr")
    assert result.quotes[-1].speaker == "Syndicat"
    result = analyse_article("Huelga", CASES[2][1], language="es")
    assert result.quotes[-1].speaker == "Sindicato de"


def test_a_person_is_left_alone():
    paragraphs = ['"We are here to stay," said Maria Lopez of the dockworkers\' union.']
    assert analyse_article("Union rally", paragraphs, language="en").quotes[0].speaker == "Maria Lopez"
