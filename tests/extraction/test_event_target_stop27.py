"""The event's target as news in each language names whom a protest is against or asks to act
(issue 12, stop 27; invented sentences and invented places and bodies only)."""

import pytest

from rallycrawl.extraction import event, event_rules
from rallycrawl.extraction.event import find_target


def _target(headline, paragraphs, language):
    return find_target(headline, paragraphs, language)


def _off(monkeypatch, rule):
    monkeypatch.setitem(event_rules.RULES, rule, False)
    event._target_words.cache_clear()


@pytest.fixture(autouse=True)
def _fresh_words():
    event._target_words.cache_clear()
    yield
    event._target_words.cache_clear()


# --- target_party_over_issue: a party asked or blamed later in the lead beats a thing or a house
PARTY_CASES = [
    ("de", "Eltern demonstrieren in Obernfeld", [
        "Rund 900 Eltern haben am Samstag in Obernfeld gegen die geplante Kürzung der Schulbusse demonstriert.",
        "Sie fordern von der Kreisverwaltung, den Fahrplan beizubehalten.",
    ], "Kreisverwaltung", "die geplante Kürzung der Schulbusse"),
    ("de", "Pflegekräfte protestieren in Almbach", [
        "Mehrere hundert Pflegekräfte protestieren gegen die Streichung von Zulagen.",
        "Der Unmut richtet sich gegen den Klinikverbund Almtal, der die Zulagen streichen will.",
    ], "Klinikverbund Almtal", "die Streichung von Zulagen"),
    ("fr", "Des parents mobilisés à Vervanne", [
        "Une centaine de parents ont manifesté samedi à Vervanne contre la suppression du car scolaire.",
        "Ils réclament au département le rétablissement de la ligne.",
    ], "département", "la suppression"),
    ("fr", "Rassemblement devant le consulat de Valdorie", [
        "Une trentaine de personnes se sont rassemblées devant le consulat de Valdorie pour dénoncer l'arrestation d'un poète.",
        "Les manifestants ont appelé les autorités valdoriennes à le libérer sans délai.",
    ], "autorités valdoriennes", None),
    ("es", "Vecinos de Torralba protestan por las inundaciones", [
        "Cientos de vecinos marcharon el sábado en Torralba contra las inundaciones que sufre el barrio cada invierno.",
        "Los vecinos exigen al Ayuntamiento que limpie los colectores antes de las lluvias.",
    ], "Ayuntamiento", "las inundaciones"),
    ("it", "Pendolari in piazza a Vallerosa", [
        "Centinaia di pendolari sono scesi in piazza a Vallerosa contro i continui ritardi dei treni regionali.",
        "I manifestanti chiedono alla Regione un piano straordinario per la linea.",
    ], "Regione", "i continui ritardi"),
    ("en", "Residents rally outside the Treasury", [
        "Hundreds of pensioners rallied outside the Treasury in Kelmore on Monday over heating allowance cuts.",
        "Speakers accused the Department of Pensions of ignoring thousands of letters.",
    ], "Department of Pensions", "Treasury"),
    ("en", "Protest outside the Varlish embassy", [
        "About fifty people protested in front of the Varlish Embassy on Friday against the jailing of a blogger.",
        "They called on the Varlish government to free him.",
    ], "Varlish government", None),
]


@pytest.mark.parametrize("language, headline, paragraphs, party, _without", PARTY_CASES)
def test_party_over_issue(language, headline, paragraphs, party, _without):
    assert party.lower() in (_target(headline, paragraphs, language) or "").lower()


@pytest.mark.parametrize("language, headline, paragraphs, party, without", [c for c in PARTY_CASES if c[4]])
def test_party_over_issue_switches_off(monkeypatch, language, headline, paragraphs, party, without):
    _off(monkeypatch, "target_party_over_issue")
    got = _target(headline, paragraphs, language) or ""
    assert party.lower() not in got.lower() and without.lower() in got.lower()


@pytest.mark.parametrize("language, paragraphs, target", [
    # a body already named is kept ("gegen die Landesregierung")
    ("de", ["Tausende protestierten gegen die Landesregierung.", "Sie fordern vom Stadtrat mehr Geld."], "Landesregierung"),
    ("en", ["Hundreds marched against the government on Sunday.", "They called on the council to act."], "government"),
    # no party named: the thing stays
    ("fr", ["Des centaines de salariés ont défilé contre la fermeture du site.", "Le cortège a traversé la ville."], "la fermeture du site"),
])
def test_party_does_not_replace_a_body(language, paragraphs, target):
    assert target.lower() in (_target("x", paragraphs, language) or "").lower()


# --- target_party_unframed: no frame names a target, a party asked or blamed in the lead is it
UNFRAMED_CASES = [
    ("fr", ["Des centaines d'étudiants ont défilé jeudi à Sorvel pour réclamer à l'Université une baisse des loyers."], "Université"),
    ("fr", ["Environ 2 000 infirmiers ont manifesté mardi à Lanvoir pour exiger du ministère une hausse des effectifs."], "ministère"),
    ("es", ["Unos 300 ganaderos marcharon por Villaseca y responsabilizan a la Junta de la crisis del sector."], "la Junta"),
]


@pytest.mark.parametrize("language, paragraphs, party", UNFRAMED_CASES)
def test_party_unframed(language, paragraphs, party):
    assert party.lower() in (_target("x", paragraphs, language) or "").lower()


@pytest.mark.parametrize("language, paragraphs, party", UNFRAMED_CASES)
def test_party_unframed_switches_off(monkeypatch, language, paragraphs, party):
    _off(monkeypatch, "target_party_unframed")
    assert party.lower() not in (_target("x", paragraphs, language) or "").lower()


# --- target_counter_protest: the group whose event a counter-protest opposes
COUNTER_CASES = [
    ("en", "Hundreds protested on Saturday against a march by the fringe group Kestrel Front in Selby.", "Kestrel Front"),
    ("de", "Tausende demonstrierten am Samstag gegen einen Aufmarsch der Gruppe Neue Ordnung in Kallstadt.", "Neue Ordnung"),
    ("fr", "Quelque 500 personnes ont manifesté samedi contre un rassemblement du collectif Aube Nouvelle à Brevin.", "Aube Nouvelle"),
    ("es", "Cientos de personas se manifestaron contra una marcha convocada por el grupo Alba Solar en Aldeira.", "Alba Solar"),
]


@pytest.mark.parametrize("language, paragraph, group", COUNTER_CASES)
def test_counter_protest(language, paragraph, group):
    assert group.lower() in (_target("x", [paragraph], language) or "").lower()
    assert event_rules.LAST.get("target") == "target_counter_protest"


@pytest.mark.parametrize("language, paragraph, group", COUNTER_CASES)
def test_counter_protest_switches_off(monkeypatch, language, paragraph, group):
    with_rule = _target("x", [paragraph], language)
    _off(monkeypatch, "target_counter_protest")
    assert _target("x", [paragraph], language) != with_rule
    assert event_rules.LAST.get("target") != "target_counter_protest"


class _Ask:
    def __init__(self, text):
        self.text, self.source = text, "report"


def test_counter_protest_in_the_reported_ask(monkeypatch):
    asks = [_Ask("a rally by the fringe group Kestrel Front, outnumbering them")]
    assert event.issue_of(asks, "en") == "the fringe group Kestrel Front"
    _off(monkeypatch, "target_counter_protest")
    assert event.issue_of(asks, "en") == "a rally by the fringe group"


# --- target_party_named: a cue that takes a name only ("exigent de X")
NAMED_CASES = [
    ("fr", ["Une trentaine de locataires ont manifesté lundi à Pellac pour dénoncer l'humidité des logements.",
            "Les habitants exigent de Verdamor Logis un calendrier de travaux."], "Verdamor Logis"),
    ("es", ["Decenas de vecinos protestaron anoche en Lomar contra los cortes de agua.",
            "Los vecinos exigen a Aguas Lirio una solución inmediata."], "Aguas Lirio"),
    ("en", ["Dozens of cleaners protested on Monday against unpaid overtime.",
            "They are demanding from Brightway Services a written guarantee."], "Brightway Services"),
]


@pytest.mark.parametrize("language, paragraphs, party", NAMED_CASES)
def test_party_named(language, paragraphs, party):
    assert party.lower() in (_target("x", paragraphs, language) or "").lower()


@pytest.mark.parametrize("language, paragraphs, party", NAMED_CASES)
def test_party_named_switches_off(monkeypatch, language, paragraphs, party):
    _off(monkeypatch, "target_party_named")
    assert party.lower() not in (_target("x", paragraphs, language) or "").lower()


def test_party_named_takes_no_common_noun():
    paragraphs = ["Des centaines d'agents ont manifesté contre la réforme.", "Ils exigent de meilleures conditions de travail."]
    assert _target("x", paragraphs, "fr") == "la réforme"


# --- target_issue_author: a thing the protest is against keeps the body whose it is
AUTHOR_CASES = [
    ("en", "Cab owners staged a protest on Monday against new fare rules drawn up by the county council.", "county council", "new fare rules"),
    ("nl", "Ruim vijfhonderd studenten demonstreerden tegen de bezuinigingen van het kabinet op het onderwijs.", "kabinet", "de bezuinigingen"),
    ("fr", "Des centaines d'éleveurs ont manifesté jeudi contre la taxe imposée par le gouvernement aux petites exploitations.", "gouvernement", "la taxe"),
]


@pytest.mark.parametrize("language, paragraph, body, thing", AUTHOR_CASES)
def test_issue_author(language, paragraph, body, thing):
    got = (_target("x", [paragraph], language) or "").lower()
    assert body in got and got.startswith(thing.lower())


@pytest.mark.parametrize("language, paragraph, body, thing", AUTHOR_CASES)
def test_issue_author_switches_off(monkeypatch, language, paragraph, body, thing):
    _off(monkeypatch, "target_issue_author")
    got = (_target("x", [paragraph], language) or "").lower()
    assert body not in got and got.startswith(thing.lower())


def test_issue_author_needs_a_body():
    # "of the town" names no institution and no name: the thing stays as it was
    assert _target("x", ["Hundreds protested against the closure of the old pool."], "en") == "the closure of the old pool"


# --- target_against_in_sentence (English): a protest word further back in the sentence
def test_against_in_sentence(monkeypatch):
    paragraph = "Cab drivers will hold a slow-drive protest through Marlow town centre on Friday against new permit fees."
    assert _target("x", [paragraph], "en") == "new permit fees"
    _off(monkeypatch, "target_against_in_sentence")
    assert _target("x", [paragraph], "en") != "new permit fees"


def test_against_in_sentence_stops_at_the_sentence_end():
    paragraph = "The march ended at noon. Officials later warned in a long statement on the radio against new permit fees."
    assert _target("x", [paragraph], "en") != "new permit fees"
