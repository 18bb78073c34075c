"""Chants and sign texts in every language's quotation marks and cues."""

import pytest

from rallycrawl.extraction.attribution import RULES
from rallycrawl.extraction.quotes import extract_quotes
from rallycrawl.extraction.slogans import is_slogan_word


@pytest.mark.parametrize(
    "language, paragraph, slogan",
    [
        ("en", 'Marchers carried signs reading "Fund our schools" as they walked.', "Fund our schools"),
        ("en", 'The crowd chanted "No justice, no peace" outside the station.', "No justice, no peace"),
        ("de", "Die Demonstranten skandierten „Wir sind mehr“ vor dem Rathaus.", "Wir sind mehr"),
        ("de", "Sie trugen Transparente mit der Aufschrift „Mieten runter“.", "Mieten runter"),
        ("es", "Los manifestantes corearon «¡Fuera, fuera!» frente al Congreso.", "¡Fuera, fuera!"),
        ("es", "Llevaban pancartas con la leyenda «No al desalojo».", "No al desalojo"),
        ("fr", "Les manifestants scandaient « Macron, démission » place de la République.", "Macron, démission"),
        ("it", "I manifestanti scandivano «Giù le mani dalla scuola» davanti al ministero.", "Giù le mani dalla scuola"),
        ("pt", "Os manifestantes exibiam cartazes com os dizeres “Fora já” na avenida.", "Fora já"),
        ("nl", "De betogers droegen spandoeken met de tekst “Handen af van ons pensioen”.", "Handen af van ons pensioen"),
        ("de", "Sie trug ein „Kohle stoppen“-Plakat durch die Stadt.", "Kohle stoppen"),
        ("de", "Die Menge zog mit „Nie wieder“-Rufen durch die Straßen.", "Nie wieder"),
        ("es", "Miles de personas marcharon al grito de «Fuera, fuera».", "Fuera, fuera"),
        ("fr", "Les manifestants défilaient aux cris de « Retrait, retrait ».", "Retrait, retrait"),
        ("en", 'Thousands marched under the motto "Homes for all" on Saturday.', "Homes for all"),
        ("de", "Auf den Spruchbändern stand „Wald statt Asphalt“.", "Wald statt Asphalt"),
        ("es", "Entre los cánticos se escuchaba «El agua no se vende».", "El agua no se vende"),
        ("fr", "Sur les écriteaux, on pouvait lire « Touche pas à ma gare ».", "Touche pas à ma gare"),
        ("en", 'The chorus of "Save our library" rose from the steps.', "Save our library"),
    ],
)
def test_slogans_in_each_language(language, paragraph, slogan):
    found = extract_quotes([paragraph], language=language)
    assert [s.strip(" .") for s in found.slogans] == [slogan]
    assert found.quotes == []


def test_look_alike_words_are_no_chant_words():
    assert is_slogan_word("scandaient") and is_slogan_word("skandierten") and is_slogan_word("spandoeken")
    assert not is_slogan_word("scandale") and not is_slogan_word("scandinavian")


@pytest.mark.parametrize(
    "language, paragraph, slogan",
    [
        ("en", 'Among the marchers, "Hands off Elm Park!" rang out as the council voted.', "Hands off Elm Park!"),
        ("de", "„Hände weg vom Lindenpark!“, hallte es von den Demonstranten über den Platz.", "Hände weg vom Lindenpark!"),
        ("es", "Desde la esquina, un grupo de manifestantes lanzaba «¡Agua para Valdeluz!» sin parar.", "¡Agua para Valdeluz!"),
    ],
)
def test_an_unattributed_exclamation_among_protesters_is_a_chant(language, paragraph, slogan, monkeypatch):
    """Rule exclaimed_slogan: a short "!" that nobody is said to speak, next to a shout or crowd word."""
    _a_chant_only_with("exclaimed_slogan", language, paragraph, slogan, monkeypatch)


def _a_chant_only_with(rule, language, paragraph, slogan, monkeypatch):
    """``slogan`` is the paragraph's one slogan, and with ``rule`` off it has none."""
    found = extract_quotes([paragraph], language=language)
    assert [s.strip(" .,") for s in found.slogans] == [slogan]
    monkeypatch.setitem(RULES, rule, False)
    assert extract_quotes([paragraph], language=language).slogans == []


def test_an_exclamation_without_protest_words_stays_a_quote():
    found = extract_quotes(['The post ran under the title "Cheap flights for everyone!" last spring.'], language="en")
    assert found.slogans == []


@pytest.mark.parametrize(
    "language, paragraph, slogan",
    [
        ("en", 'Outside the depot, "no cuts, no closures" was shouted again and again.', "no cuts, no closures"),
        ("es", "Frente a la alcaldía, los vecinos gritaban «el agua es de todos» una y otra vez.", "el agua es de todos"),
    ],
)
def test_an_unattributed_quotation_next_to_a_shout_verb_is_a_chant(language, paragraph, slogan, monkeypatch):
    """Rule shouted_slogan: nobody is said to speak it, and the sentence says it was shouted."""
    _a_chant_only_with("shouted_slogan", language, paragraph, slogan, monkeypatch)


def test_slogan_words_are_the_articles_language():
    # German "Parole" (a slogan) is French "parole" (speech): in a French article, taking the floor is no chant
    from rallycrawl.extraction.quotes import extract_quotes

    french = "Odilon Fabrègue, secrétaire de l'union locale, a pris la parole : « Ce mouvement ne faiblira pas cet été. »"
    result = extract_quotes([french], language="fr")
    assert result.slogans == [] and [q.speaker for q in result.quotes] == ["Odilon Fabrègue"]
    german = "Auf den Plakaten und Parolen der Gruppe stand „Wir bleiben alle“."
    assert extract_quotes([german], language="de").slogans == ["Wir bleiben alle"]


def test_slogan_words_of_every_language_without_the_rule(monkeypatch):
    from rallycrawl.extraction import slogans
    from rallycrawl.extraction.quotes import extract_quotes

    monkeypatch.setitem(slogans.RULES, "slogan_words_of_language", False)
    french = "Odilon Fabrègue, secrétaire de l'union locale, a pris la parole : « Ce mouvement ne faiblira pas cet été. »"
    assert extract_quotes([french], language="fr").slogans == ["Ce mouvement ne faiblira pas cet été."]
