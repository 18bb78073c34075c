"""How German news agencies and papers attribute quotations and name organisations: each rule on
sentences and names written for these tests (none is taken from a page), and switched off alone.

Attribution: an impersonal cue with its source ('hieß es von der Polizei'), an unnamed spokesperson
of an organisation ('ein Sprecher der Polizei', 'eine Verdi-Sprecherin'), the subject of a clause
whose verb comes last ('…, dass die Ministerin X verkündete „…“'), "nach Angaben" as a source cue,
separable verbs written whole at a clause's end ('wie die Polizei mitteilte') and plural nouns after
"laut" ('Laut Anwohnern'). Organisations: the name before a role compound's hyphen ('Verdi-Sprecherin'),
a call to a protest with the participle last ('hatte zu dem Warnstreik aufgerufen'), a role joined to
its organisation by a genitive article ('eine Sprecherin der Wachen Generation'), a name in its own
case ('des Deutschen Gewerkschaftsbundes' -> 'Deutscher Gewerkschaftsbund') and a place's branch
('Mieterverein Köln')."""

import pytest

from rallycrawl.extraction import organisations
from rallycrawl.extraction.organisations import extract_organisations
from rallycrawl.extraction.quotes import extract_quotes


def speakers(*paragraphs):
    return [q.speaker for q in extract_quotes(list(paragraphs), language="de").quotes]


def org_names(*paragraphs, headline="Protest in Obernau"):
    """The organisations of the paragraphs read as a protest report (the rules below hold there)."""
    paragraphs = list(paragraphs)
    quotes = extract_quotes(paragraphs, language="de").quotes
    found = extract_organisations(paragraphs, headline=headline, quotes=quotes, is_protest=True, language="de")
    return [o.name for o in found]


@pytest.fixture
def org_rule_off():
    def switch(*names):
        organisations.switch_off(*names)
    yield switch
    organisations.switch_off()


# --- attribution ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["„Es gab zwei Festnahmen“, hieß es von der Polizei."], "Polizei"),
        (["„Es gab zwei Festnahmen“, hieß es bei der Polizei."], "Polizei"),
        (["„Wir prüfen alle Vorwürfe“, hieß es aus dem Innenministerium."], "Innenministerium"),
        (["„Es gab zwei Festnahmen“, hieß es in einer Mitteilung der Polizei."], "Polizei"),
        (["Von der Polizei hieß es: „Es gab zwei Festnahmen.“"], "Polizei"),
        (["Aus dem Innenministerium hieß es, man werde „alle Vorwürfe prüfen“."], "Innenministerium"),
        (["In einer Erklärung der Landesregierung hieß es: „Wir prüfen die Forderungen.“"], "Landesregierung"),
        # the organisation named before whose name has the noun
        (["Die Gewerkschaft Lindenau rief zum Streik auf.", "„Wir bleiben hart“, hieß es von der Gewerkschaft."],
         "Gewerkschaft Lindenau"),
    ],
)
def test_impersonal_source(paragraphs, expected, rule_off):
    assert speakers(*paragraphs) == [expected]
    rule_off("impersonal_source")
    assert speakers(*paragraphs) == [None]


def test_impersonal_cue_without_source_names_nobody():
    assert speakers("Marlene Hufnagel kam.", "„Es gab zwei Festnahmen“, hieß es am Abend.") == [None]
    assert speakers("„Es gab zwei Festnahmen“, hieß es in dem Aufruf.") == [None]
    assert speakers("„Es gab zwei Festnahmen“, hieß es von Seiten der Stadt.") == [None]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["„Wir nehmen das ernst“, sagte ein Sprecher der Polizei."], "Polizei"),
        (["„Wir nehmen das ernst“, sagte ein Sprecher des Innenministeriums."], "Innenministerium"),
        (["„Wir prüfen die Forderungen“, sagte ein Sprecher der Landesregierung."], "Landesregierung"),
        (["„Wir nehmen das ernst“, sagte eine Greenpeace-Sprecherin."], "Greenpeace"),
        (["„Wir nehmen das ernst“, so ein Verdi-Sprecher."], "Verdi"),
        (["Die IG Lindenholz rief auf.", "„Wir nehmen das ernst“, sagte ein IG-Lindenholz-Sprecher."], "IG Lindenholz"),
        (["Die Polizei Obernau sperrte die Straße.", "„Die Lage ist ruhig“, teilte ein Polizeisprecher mit."],
         "Polizei Obernau"),
    ],
)
def test_spokesperson_of_organisation(paragraphs, expected, rule_off):
    assert speakers(*paragraphs) == [expected]
    rule_off("spokesperson_of_organisation")
    assert speakers(*paragraphs) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "„Wir bleiben“, sagte ein Sprecher der Stadt.",  # (a city is no organisation's name)
        "„Wir bleiben“, sagte ein Sprecher des Landesverbands.",  # (no association named before)
        "„Wir bleiben“, sagte eine Anwohnerin.",
    ],
)
def test_spokesperson_of_nothing_named_is_nobody(text):
    assert speakers("Wiebke Solms sprach.", text) == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Man muss sich erinnern, dass die damalige Ministerin Dorothea Falkenrath im Jahr 2015 verkündete "
         "„Wir schaffen das“.", "Dorothea Falkenrath"),
        ("Als Dorothea Falkenrath am Montag sagte: „Wir schaffen das“, jubelten viele.", "Dorothea Falkenrath"),
        ("Dass die Gewerkschaft Lindenau am Montag erklärte, man wolle „hart bleiben“, überraschte niemanden.",
         "Gewerkschaft Lindenau"),
    ],
)
def test_subordinate_subject(text, expected, rule_off):
    assert speakers(text) == [expected]
    rule_off("subordinate_subject")
    assert speakers(text) != [expected]


def test_subordinate_clause_before_a_comma_is_not_the_subject():
    text = "Nachdem die Polizei die Straße geräumt hatte, rief Jörg Tammert: „Wir kommen wieder.“"
    assert speakers(text) == ["Jörg Tammert"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nach Angaben der Polizei waren „rund 2000 Menschen“ gekommen.", "Polizei"),
        ("Wie die Polizei mitteilte, sei die Lage „jederzeit unter Kontrolle“ gewesen.", "Polizei"),
        ("Die Landesregierung erklärte: „Wir prüfen die Forderungen.“", "Landesregierung"),
        ("Laut Veranstaltern kamen „weit über 5000 Menschen“.", None),
        ("Laut Anwohnern war die Stimmung „aufgeheizt“.", None),
        ("Laut Medienberichten sei die Lage „angespannt“.", None),
        ("Laut Gewerkschaftskreisen ist das „ein Warnsignal“.", None),
    ],
)
def test_german_source_data(text, expected):
    # (data in lang/de/quotes.py: SOURCE_CUES, REPORTING_VERBS, ORG_WORD_ENDINGS, NOUN_ENDINGS)
    assert speakers(text) == [expected]


# a short invented agency report, read whole
REPORT = [
    "Obernau (dpa) – Mehrere tausend Beschäftigte haben am Dienstag in Obernau die Arbeit niedergelegt. "
    "Die IG Lindenholz hatte zu dem Warnstreik aufgerufen, nachdem die Verhandlungen ohne Ergebnis geblieben waren.",
    "„Die Arbeitgeber müssen endlich ein Angebot vorlegen“, sagte IG-Lindenholz-Bezirksleiter Holger Wendtland. "
    "Die Gewerkschaft fordert acht Prozent mehr Lohn.",
    "Auch der Deutsche Gewerkschaftsbund (DGB) unterstützt den Ausstand. „Wir stehen an eurer Seite“, sagte "
    "ein Sprecher des Deutschen Gewerkschaftsbundes der Deutschen Presse-Agentur.",
    "Nach Angaben der Polizei blieb der Protest „friedlich und bunt“. „Es gab keine Festnahmen“, hieß es von "
    "der Polizei am Abend.",
]


def test_an_agency_report():
    assert speakers(*REPORT) == ["Holger Wendtland", "Deutscher Gewerkschaftsbund", "Polizei", "Polizei"]
    # (the rule german_nominative gives the name in its own case)
    found = org_names(*REPORT, headline="Warnstreik in Obernau")
    assert "IG Lindenholz" in found and "Deutscher Gewerkschaftsbund" in found


# --- organisations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Tausende streikten in Obernau.", "Am Dienstag sagte Verdi-Sprecherin Annika Bremer, der Streik gehe weiter."],
         "Verdi"),
        (["In Obernau kletterten Greenpeace-Aktivisten auf ein Dach, um gegen das Kraftwerk zu protestieren."],
         "Greenpeace"),
        (["Die IG Lindenholz verhandelt seit Wochen.", "Vor dem Werkstor sprach IG-Lindenholz-Chef Holger Wendtland zu den Streikenden."],
         "IG Lindenholz"),
    ],
)
def test_german_role_prefix(paragraphs, expected, org_rule_off):
    assert expected in org_names(*paragraphs)
    org_rule_off("german-role-prefix", "german-called-action")
    assert expected not in org_names(*paragraphs)


@pytest.mark.parametrize(
    "word", ["Klima-Aktivisten", "Mietenstreik-Aktivisten", "Klimaschutz-Aktivistin", "Köln-Chef"]
)
def test_a_cause_a_common_word_or_a_place_before_a_role_is_no_organisation(word):
    paragraphs = [f"Beim Protest in Köln sprachen {word} vor dem Rathaus zu den Demonstrierenden."]
    assert word.split("-")[0] not in org_names(*paragraphs)


def test_a_person_named_in_the_article_before_a_role_is_no_organisation():
    paragraphs = ["Tobias Renner kam zur Kundgebung in Obernau.", "Ein Renner-Sprecher sagte, man sei gesprächsbereit."]
    assert "Renner" not in org_names(*paragraphs)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Die IG Lindenholz hatte zu dem Warnstreik in Obernau aufgerufen.", "IG Lindenholz"),
        ("Die Kestrel Tenants rufen für Mittwoch zu einem Mietstreik in Obernau auf.", "Kestrel Tenants"),
        ("Die Kestrel Tenants haben die Kundgebung vor dem Rathaus organisiert.", "Kestrel Tenants"),
        ("Das Bündnis Lindenwald hat für Samstag zu einer Großdemonstration aufgerufen.", "Lindenwald"),
        ("Die Kestrel Tenants hatten zu der Kundgebung vor dem Rathaus aufgerufen.", "Kestrel Tenants"),
    ],
)
def test_german_called_action(text, expected, org_rule_off):
    assert expected in org_names(text)
    if expected != "Lindenwald":  # (a head word names the Bündnis without the rule)
        org_rule_off("german-called-action")
        assert expected not in org_names(text)


def test_a_phrase_of_place_before_the_verb_is_no_organiser():
    # verb second: "Obernau" is where, Verdi who (found by the earlier rule for "ruft … zum Streik")
    assert "Obernau" not in org_names("In Obernau ruft Verdi für Mittwoch zu einem ganztägigen Streik auf.")
    assert "Kanzleramt" not in org_names("Vor dem Kanzleramt hatte das Bündnis zu einer Kundgebung aufgerufen.")


def test_a_call_to_something_else_is_no_call_to_protest():
    assert "Ute Kranich" not in org_names("Ute Kranich hatte zu einem Gespräch im Rathaus aufgerufen.")
    assert org_names("Ute Kranich hatte die Kundgebung angemeldet.") == []  # (a person's name)
    assert org_names("Die Stadt hatte die Versammlung verboten.") == []


def test_german_role_genitive(org_rule_off):
    paragraphs = ["Aktivisten blockierten in Obernau eine Kreuzung.",
                  "„Wir machen weiter“, sagte eine Sprecherin der Wachen Generation."]
    assert "Wache Generation" in org_names(*paragraphs)
    org_rule_off("german-role-genitive")
    assert not any("Generation" in name for name in org_names(*paragraphs))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ein Sprecher des Deutschen Gewerkschaftsbundes (DGB) kündigte Proteste an.", "Deutscher Gewerkschaftsbund"),
        ("Auch der Deutsche Gewerkschaftsbund (DGB) rief zum Protest auf.", "Deutscher Gewerkschaftsbund"),
        ("Das Grüne Netzwerk Obernau rief zum Protest auf. Ein Sprecher des Grünen Netzwerks Obernau sagte, "
         "man bleibe.", "Grünes Netzwerk Obernau"),
        ("Die Vorsitzende des Klinikverbunds Obernau, Pia Gerlach, verwies auf die Kosten. Der Streik geht weiter.",
         "Klinikverbund Obernau"),
    ],
)
def test_german_nominative(text, expected, org_rule_off):
    assert expected in org_names(text)
    org_rule_off("german-nominative")
    assert expected not in org_names(text)


def test_a_speaker_organisation_in_its_own_case(rule_off):
    text = "„Wir stehen an eurer Seite“, sagte ein Sprecher des Deutschen Gewerkschaftsbundes."
    assert speakers(text) == ["Deutscher Gewerkschaftsbund"]
    assert speakers("„Wir machen weiter“, hieß es aus dem Grünen Bündnis.") == ["Grünes Bündnis"]
    rule_off("german_nominative")
    assert speakers(text) != ["Deutscher Gewerkschaftsbund"]


def test_a_feminine_name_in_the_nominative_stays():
    paragraphs = ["Die Wache Generation rief zum Protest in Obernau auf. Die Wache Generation fordert ein Tempolimit."]
    assert "Wache Generation" in org_names(*paragraphs)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Der Mieterverein Köln hatte zu der Kundgebung aufgerufen. Der Mieterverein Köln fordert einen Mietendeckel.",
         "Mieterverein Köln"),
        ("Der Bauernverband Schleswig-Holstein hatte zu dem Protest aufgerufen.", "Bauernverband Schleswig-Holstein"),
    ],
)
def test_german_descriptor_place(text, expected, org_rule_off):
    assert expected in org_names(text)
    # a Mieterverein opens its own name too (german-descriptor-name-compound, stop 30): both off
    org_rule_off("german-descriptor-place", "german-descriptor-name-compound")
    assert expected not in org_names(text)


def test_a_descriptor_before_a_name_still_goes():
    text = "Die Mietergewerkschaft Kestrel Tenants hatte zu dem Protest aufgerufen."
    assert org_names(text) == ["Kestrel Tenants"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Das Bündnis „Wohnen für alle“ hatte zu der Demonstration in Obernau aufgerufen.", "Wohnen für alle"),
        ("Die Bürgerinitiative »Rettet den Lindenwald« sammelte 12.000 Unterschriften gegen das Projekt.",
         "Rettet den Lindenwald"),
        ("Aktivisten des Bündnisses „Ende Kestrel“ blockierten die Zufahrt zum Werk.", "Ende Kestrel"),
    ],
)
def test_german_quoted_name(text, expected, org_rule_off):
    assert expected in org_names(text)
    org_rule_off("german-quoted-name")
    assert expected not in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Er nannte die Initiative „einen Skandal“.",  # (what the initiative is called, in lower case)
        "Die Gruppe sagte: „Wir bleiben hier.“",  # (a colon: words the group says)
        "Die Demonstrierenden riefen Parolen wie „Wir sind mehr“.",
    ],
)
def test_a_quotation_after_an_organisation_noun_that_is_no_name(text):
    assert org_names(text) == []
