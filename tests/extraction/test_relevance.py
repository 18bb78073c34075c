"""is_protest: protest reports in, passing mentions and look-alike words out."""

import time

import pytest

from rallycrawl.extraction.relevance import score_protest


@pytest.mark.parametrize(
    "headline, paragraphs",
    [
        (
            "Nurses rally outside city hall over staffing",
            ["Hundreds of nurses chanted and waved signs outside city hall on Monday, demanding safer staffing."],
        ),
        (
            "Bus drivers walk out",
            ["Drivers at the regional depot went on strike at dawn, and union pickets blocked the gates."],
        ),
        (
            "Students occupy library",
            ["Protesters occupied the university library overnight, saying they would stay until fees are cut."],
        ),
        (
            "Tausende bei Kundgebung gegen Mietpreise",
            ["Mehrere tausend Demonstranten zogen am Samstag durch die Innenstadt."],
        ),
        (
            "Miles de trabajadores marchan en la capital",
            ["Los manifestantes exigieron aumentos salariales frente al ministerio."],
        ),
        (
            "Les cheminots en grève",
            ["Des milliers de manifestants ont défilé mardi à l'appel des syndicats."],
        ),
    ],
)
def test_protest_reports_are_protests(headline, paragraphs):
    is_protest, score = score_protest(headline, paragraphs)
    assert is_protest and 0.5 <= score <= 1.0


@pytest.mark.parametrize(
    "headline, paragraphs",
    [
        (
            "Stocks rally as inflation cools",
            ["Shares rallied for a third day and the index closed 2 per cent higher."],
        ),
        (
            "Jet returns to airport after bird strike",
            ["The plane turned back after a bird strike damaged an engine, the airline said."],
        ),
        (
            "New air strikes hit the northern city",
            ["Air strikes and missile strikes were reported overnight, officials said."],
        ),
        (
            "Late rally lifts home side to victory",
            ["The visitors led until a late rally gave the home side a 3-2 win."],
        ),
        (
            "Prices continue their march upward",
            ["The march of prices has not slowed since March 2021, economists said."],
        ),
        (
            "Senator holds campaign rally in home state",
            ["Supporters packed the arena for the campaign rally, where crowds cheered the senator."],
        ),
        (
            "Thousands march in holiday parade",
            ["Bands and thousands of residents marched in the parade downtown on Sunday."],
        ),
        (
            "Baja la tasa de paro en marzo",
            ["La tasa de paro de los trabajadores jóvenes bajó dos puntos, según los datos del paro registrado."],
        ),
        (
            "Demonstration der Stärke: Gastgeber gewinnen klar",
            ["Eine Demonstration der Stärke lieferten die Handballer am Sonntag vor vollen Rängen."],
        ),
        (
            "Comets rally from 15 down to win in overtime",
            ["Their fans were chanting the coach's name by the end.", "The Comets rallied behind their bench."],
        ),
        (
            "La buena marcha del turismo",
            ["La buena marcha de la temporada dejó más contratos, según los sindicatos."],
        ),
        (
            "Company strikes a deal with regulators",
            ["The firm struck a deal on Tuesday. Analysts said the demonstration of the product impressed them."],
        ),
    ],
)
def test_look_alike_words_are_not_protests(headline, paragraphs):
    assert score_protest(headline, paragraphs)[0] is False


def test_passing_mention_deep_in_the_body_is_not_a_protest():
    paragraphs = ["The council approved the budget on Tuesday after a long debate."] * 8
    paragraphs.append("Last year a small protest was held over the same budget.")
    assert score_protest("Council approves budget", paragraphs)[0] is False


def test_long_unpunctuated_paragraph_is_fast():
    text = "word " * 200_000 + "rally "
    start = time.perf_counter()
    score_protest("Headline", [text])
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "language, headline, paragraphs",
    [
        ("de", "Mietenstreik in mehreren Städten",
         ["Aktivisten rufen Mieterinnen auf, die Zahlungen auszusetzen, und versammelten sich vor dem Rathaus."]),
        ("de", "Verdi ruft zum Warnstreik im Nahverkehr auf",
         ["Am Montag sollen Busse und Bahnen stillstehen, die Gewerkschaft fordert mehr Lohn."]),
        ("es", "Jubilados marcharán contra el ajuste",
         ["Sindicatos y jubilados se congregarán el viernes frente al Congreso para reclamar aumentos."]),
        ("fr", "Les enseignants mobilisés contre la réforme",
         ["Ils se sont rassemblés devant le rectorat pour dénoncer la suppression de postes."]),
        ("it", "Sciopero dei trasporti, migliaia in piazza",
         ["I lavoratori sono scesi in piazza a Milano, il corteo è partito dalla stazione."]),
        ("pt", "Professores em greve fazem passeata no centro",
         ["Milhares de manifestantes foram às ruas para exigir reajuste salarial."]),
        ("nl", "Leraren leggen werk neer in landelijke staking",
         ["Duizenden demonstranten verzamelden zich op het Malieveld met spandoeken."]),
        ("en", "Nurses to strike next week over staffing",
         ["The union said members voted to strike after talks with the hospital broke down."]),
    ],
)
def test_protest_reports_in_each_language(language, headline, paragraphs):
    assert score_protest(headline, paragraphs, language)[0] is True


@pytest.mark.parametrize(
    "language, headline, paragraphs",
    [
        ("de", "Sozialdemokraten beraten über Haushalt",
         ["Die Demokratie lebt vom Streit, sagte die Vorsitzende der Sozialdemokraten nach der Sitzung."]),
        ("de", "Machtdemonstration des Tabellenführers",
         ["Mit einer Machtdemonstration gewann der Tabellenführer am Samstag 5:0."]),
        ("fr", "Le Rassemblement national en tête des sondages",
         ["Le Rassemblement national progresse, selon une enquête publiée dimanche."]),
        ("it", "Il governo fa marcia indietro sulle tasse",
         ["Dopo le critiche, il ministro ha fatto marcia indietro sulla nuova imposta."]),
        ("nl", "Nieuwe rover op weg naar Mars",
         ["De missie naar Mars vertrekt volgend jaar, meldt de ruimtevaartorganisatie."]),
        ("en", "Israeli strikes hit targets in the north",
         ["Military strikes on positions near the border were reported overnight, officials said."]),
    ],
)
def test_look_alikes_in_each_language(language, headline, paragraphs):
    assert score_protest(headline, paragraphs, language)[0] is False


def test_every_language_with_relevance_words_compiles():
    from rallycrawl.extraction import lang
    from rallycrawl.extraction.relevance import lexicon

    for code in lang.languages():
        assert lang.has(code, "relevance"), code
        assert lexicon(code).event.search("protest")
    assert lexicon(None).event.search("sciopero")
