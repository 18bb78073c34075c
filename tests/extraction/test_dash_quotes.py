"""Quotations opened by a dash: Norwegian '– …, sier hun.', Spanish '—… —dijo ella—. …',
Portuguese '— … — disse ela.' (invented sentences)."""

import time

import pytest

from rallycrawl.extraction import attribution
from rallycrawl.extraction.attribution import dash_cues
from rallycrawl.extraction.quote_marks import find_spans
from rallycrawl.extraction.quotes import extract_quotes


def quotes(paragraphs, language):
    return [(q.text, q.speaker) for q in extract_quotes(paragraphs, language=language).quotes]


def test_norwegian_dash_quote_with_verb_after_comma():
    found = extract_quotes(
        ["– Vi kommer til å fortsette å streike, sier Kari Nordmann, leder i Fagforbundet."], language="no"
    ).quotes
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("Vi kommer til å fortsette å streike", "Kari Nordmann", "sier")
    ]
    assert found[0].speaker_title == "leder i Fagforbundet"


def test_norwegian_dash_quote_pronoun_speaker():
    paragraphs = ["Ola Hansen er tillitsvalgt ved fabrikken.", "– Dette er ikke greit i det hele tatt, sa han."]
    assert quotes(paragraphs, "no") == [("Dette er ikke greit i det hele tatt", "Ola Hansen")]


def test_norwegian_bokmal_tag_and_no_space_after_dash():
    assert quotes(["–Vi gir oss ikke, sier Per Olsen."], "nb") == [("Vi gir oss ikke", "Per Olsen")]


def test_norwegian_paragraph_without_attribution_continues_the_speaker():
    paragraphs = [
        "– Lønna må opp, sier Ola Hansen til avisen.",
        "– Vi har ventet altfor lenge på et bedre tilbud fra arbeidsgiverne.",
    ]
    assert quotes(paragraphs, "no") == [
        ("Lønna må opp", "Ola Hansen"),
        ("Vi har ventet altfor lenge på et bedre tilbud fra arbeidsgiverne.", "Ola Hansen"),
    ]


def test_norwegian_second_dash_in_paragraph_after_attribution():
    paragraphs = ["– Lønna må opp, sier Ola Hansen. – Vi gir oss ikke før vi får svar."]
    assert quotes(paragraphs, "no") == [("Lønna må opp", "Ola Hansen"), ("Vi gir oss ikke før vi får svar.", "Ola Hansen")]


def test_norwegian_marks_inside_dash_quote_stay_in_it():
    found = quotes(["– Vi sier «nei» til kuttene, sier Kari Nordmann."], "no")
    assert found == [("Vi sier «nei» til kuttene", "Kari Nordmann")]


def test_spanish_dash_quote_with_inciso():
    found = extract_quotes(
        ["—Vamos a seguir en la calle —dijo María López, portavoz del sindicato—."], language="es"
    ).quotes
    assert [(q.text, q.speaker, q.cue) for q in found] == [("Vamos a seguir en la calle", "María López", "dijo")]
    assert found[0].speaker_title == "portavoz del sindicato"  # (the closing dash is not read)


def test_spanish_text_after_closing_dash_continues_the_quote():
    paragraphs = [
        "Pedro Ruiz habló con la prensa frente al ministerio.",
        "—No nos vamos a ir —aseguró—. Queremos respuestas del Gobierno.",
    ]
    assert quotes(paragraphs, "es") == [
        ("No nos vamos a ir", "Pedro Ruiz"),
        ("Queremos respuestas del Gobierno.", "Pedro Ruiz"),
    ]


def test_spanish_inciso_with_a_verb_not_in_the_data_still_ends_the_quote():
    found = quotes(["—Esto no se termina hoy ni mañana —gritaba una vecina—. Volveremos el lunes."], "es")
    assert [text for text, _ in found] == ["Esto no se termina hoy ni mañana", "Volveremos el lunes."]


def test_spanish_dashes_inside_the_quote_do_not_end_it():
    found = quotes(["—Vamos a seguir —y lo digo en serio— en la calle —dijo Ana Gómez."], "es")
    assert found == [("Vamos a seguir —y lo digo en serio— en la calle", "Ana Gómez")]


def test_spanish_question_opening_sign():
    found = quotes(["—¿Hasta cuándo vamos a esperar? —afirmó Ana Gómez, dirigente gremial."], "es")
    assert found == [("¿Hasta cuándo vamos a esperar?", "Ana Gómez")]


def test_portuguese_spaced_dashes():
    found = quotes(["— Vamos continuar na rua até sermos ouvidos — disse Maria Silva, porta-voz do sindicato."], "pt")
    assert found == [("Vamos continuar na rua até sermos ouvidos", "Maria Silva")]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["– Les også: Streik i Oslo"],  # a link line
        ["– Høyere lønn", "– Kortere arbeidsdag", "– Bedre pensjon"],  # bullets
        ["Kravene er mange.", "– Høyere lønn for alle ansatte i kommunen."],  # a bullet with a full sentence
        ["Streiken – som startet i mai – fortsetter, sier Ola Hansen."],  # dashes in mid-sentence
        ["– 500 ansatte er permittert, sier Ola Hansen."],  # no capital after the dash
        ["– og så videre, sier Ola Hansen."],
        ["—", "– – –", "— ¿"],
    ],
)
def test_no_dash_quote(paragraphs):
    assert quotes(paragraphs, "no") == []
    assert quotes(paragraphs, "es") == []


def test_english_keeps_dashes_as_text():
    for paragraphs in (["— Read more about the strike here."], ["– We will keep striking, says Jane Doe, union leader."]):
        assert quotes(paragraphs, "en") == []
        assert quotes(paragraphs, None) == []


def test_rule_switch():
    attribution.RULES["dash_quotes"] = False
    try:
        assert dash_cues("no") is None
        assert quotes(["– Vi gir oss ikke, sier Per Olsen."], "no") == []
    finally:
        attribution.RULES["dash_quotes"] = True
    assert "sier" in dash_cues("no") and dash_cues("en") is None and dash_cues(None) is None


@pytest.mark.parametrize(
    "text",
    [
        "–" * 1_000_000,
        "– " * 500_000,
        "– Aa –" + " – aa" * 250_000,
        "– Aa" + ", sier Bb. – Cc" * 80_000,
        "—Aa" + " —dijo— aa" * 100_000,
        "—Aa" + " —aa" * 300_000,
        "—Aa" + " —aa—" * 200_000,
        "– «Aa», sier Bb." * 70_000,
    ],
)
def test_hostile_paragraph_stays_fast(text):
    cues = dash_cues("no") | dash_cues("es")
    began = time.perf_counter()
    find_spans([text], cues)
    assert time.perf_counter() - began < 3.0


@pytest.mark.parametrize("text", ["–" * 1_000_000, "— " * 500_000, "– Aa –" + " – aa" * 250_000])
def test_hostile_dashes_through_quote_extraction(text):
    began = time.perf_counter()
    assert extract_quotes([text, text], language="no").quotes == []
    assert time.perf_counter() - began < 3.0


def test_dash_quote_standing_alone_after_running_text(monkeypatch):
    paragraphs = [
        "– Vi har fått nok, sier forbundsleder Ragnhild Sæther til avisen.",
        "Hun mener staten må komme med et bedre tilbud til lærerne.",
        "– Det er ikke mulig å rekruttere nye lærere med dette lønnsnivået.",
    ]
    assert quotes(paragraphs, "no") == [
        ("Vi har fått nok", "Ragnhild Sæther"),
        ("Det er ikke mulig å rekruttere nye lærere med dette lønnsnivået.", "Ragnhild Sæther"),
    ]
    spanish = [
        "Marta Ibarra vive hace treinta años en el barrio y encabezó la marcha del sábado.",
        "—Hace tres semanas que no sale una gota de la canilla.",
    ]
    assert quotes(spanish, "es") == [("Hace tres semanas que no sale una gota de la canilla.", "Marta Ibarra")]
    # a short paragraph of running text counts ('Han mener det.' has too few words to be one)
    short = ["– Vi har fått nok, sier Erlend Hovde til avisen.", "Han mener regjeringen må betale.",
             "– Uten et løft blir mange gårder lagt ned."]
    assert [q[1] for q in quotes(short, "no")] == ["Erlend Hovde", "Erlend Hovde"]
    # a heading or a link line before it is no running text; a short line after it is no quotation
    assert quotes(["Les mer om streiken", "– Dette er en lenke til en annen sak."], "no") == []
    assert quotes(["Kari Lunde er leder i aksjonsgruppa i byen.", "– Les også"], "no") == []
    monkeypatch.setitem(attribution.RULES, "dash_after_prose", False)
    assert quotes(paragraphs, "no") == [("Vi har fått nok", "Ragnhild Sæther")]
