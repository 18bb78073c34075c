"""Portuguese: a secretariat of government is an organisation; a modal in a question asks nothing
(invented text and names)."""

from rallycrawl.extraction import demands
from rallycrawl.extraction.demands import extract_demands
from rallycrawl.extraction.organisations import extract_organisations
from rallycrawl.record import Quote


def test_a_secretariat_is_an_organisation():
    paragraphs = [
        "Os moradores da Vila Serena reclamaram das filas na farmácia do bairro durante a semana. "
        "Segundo a Secretaria de Obras, a reforma da calçada termina em julho."
    ]
    found = extract_organisations(paragraphs, headline="Filas na farmácia", quotes=[], is_protest=False, language="pt")
    assert "Secretaria de Obras" in [o.name for o in found]


def test_a_modal_in_a_question_is_no_demand(monkeypatch):
    quote = Quote(
        text="Por que um aluno deve decorar cem páginas por semana? Os diretores devem rever o currículo.",
        speaker="Rui Campos", kind="direct", paragraph=0,
    )

    def asks():
        return [d.text for d in extract_demands(["x"], quotes=[quote], slogans=[], organisations=[], language="pt", headline="h")]

    assert asks() == ["Os diretores devem rever o currículo"]
    monkeypatch.setitem(demands.RULES, "modal_question", False)
    assert len(asks()) == 2
