"""German speaker rules of round spk-de: patterns of German news writing, each on paragraphs and names
invented for these tests, and switched off alone."""

from rallycrawl.extraction.quotes import extract_quotes
import pytest

#: (the rules off by default as tune-only are switched on here: each test shows what one does)
pytestmark = pytest.mark.usefixtures("tune_only_rules_on")


def found(*paragraphs, language="de"):
    return extract_quotes(list(paragraphs), language=language).quotes


def speakers(*paragraphs, language="de"):
    return [q.speaker for q in found(*paragraphs, language=language)]


def test_article_organisation_reports(rule_off):
    # an article and an acronym report; a fragment in reported speech after it is theirs
    acronym = [
        "Der Elternrat hatte moniert, Rektor Tammo Helgert habe die Lage verschärft. Der SchüVR betonte, nicht zu "
        "der Blockade aufgerufen zu haben. Man habe nur eine Mahnwache angemeldet, bei der es um "
        "„bessere Schulen für alle“ gehen sollte."
    ]
    assert speakers(*acronym) == ["SchüVR"]
    assert found(*acronym)[0].rule == "reported_speech_mood"
    # an article and an organisation word named before in full: that organisation (read before too)
    named = [
        "Der Mieterverein Ostufer lädt zur Versammlung.",
        "Der Mieterverein betonte, nicht zu der Blockade aufgerufen zu haben. Man habe lediglich eine Mahnwache "
        "angemeldet, bei der es um „bezahlbare Wohnungen“ gehen sollte.",
    ]
    assert speakers(*named) == ["Mieterverein Ostufer"]
    # ... and a quotation standing alone after it
    police = ["Die Landesregierung teilte am Abend mit, die Kundgebung sei friedlich verlaufen.", "„Es gab keine Festnahmen.“"]
    assert speakers(*police) == ["Landesregierung"]
    # an organisation word never named before: nobody
    unnamed = [
        "Der Sportverein betonte, nicht zu der Blockade aufgerufen zu haben. Man habe lediglich eine Mahnwache "
        "angemeldet, bei der es um „bezahlbare Wohnungen“ gehen sollte."
    ]
    assert speakers(*unnamed) == [None]
    rule_off("article_organisation_reports")
    assert speakers(*acronym) == [None]
    assert speakers(*police) == [None]


def test_institution_spokesperson(rule_off):
    # a compound of a public body and "Sprecher": the body as written, or the one named before
    bare = ["„Der Einsatz verlief ohne Zwischenfälle“, bilanzierte ein Polizeisprecher am Abend."]
    assert speakers(*bare) == ["Polizei"]
    named = ["Die Polizei Kesselbach war mit 200 Kräften vor Ort.", "„Es blieb ruhig“, sagte eine Polizeisprecherin."]
    assert speakers(*named) == ["Polizei Kesselbach"]
    assert speakers("„Wir prüfen den Antrag“, so ein Regierungssprecher.") == ["Regierung"]
    # with a name after it, the person speaks
    assert speakers("„Es blieb ruhig“, sagte Polizeisprecher Ansgar Wellbrock.") == ["Ansgar Wellbrock"]
    rule_off("institution_spokesperson")
    assert speakers(*bare) == [None]



def test_nearby_spokesperson_de(rule_off):
    # a spokesperson alone speaks for the organisation named before in the paragraph
    text = ["Die Gewerkschaft Pflege Nord zog am Abend Bilanz. „Die Beteiligung war riesig“, sagte ein Sprecher."]
    assert speakers(*text) == ["Gewerkschaft Pflege Nord"]
    # none named in the paragraph: nobody
    assert speakers("Hunderte zogen durch die Stadt.", "„Die Beteiligung war riesig“, sagte ein Sprecher.") == [None]
    # named in a paragraph before only: nobody
    before = ["Die Gewerkschaft Pflege Nord hatte aufgerufen.", "Hunderte kamen. „Die Beteiligung war riesig“, sagte eine Sprecherin."]
    assert speakers(*before) == [None]
    rule_off("nearby_spokesperson_de")
    assert speakers(*text) == [None]


def test_org_word_subject(rule_off):
    # an organisation of common words with an organisation word, opening the sentence: it speaks what it quotes
    colon = ["Die Gewerkschaft Pflege Nord reagierte prompt: „Wir lassen uns nicht erpressen.“"]
    assert speakers(*colon) == ["Gewerkschaft Pflege Nord"]
    assert speakers("Die Initiative Grüner Hafen nannte das Angebot „eine Frechheit“.") == ["Initiative Grüner Hafen"]
    rule_off("org_word_subject")
    assert speakers(*colon) == [None]


def test_colon_clause_name(rule_off):
    similar = ["Ähnlich sieht es Greta Wolfsberg vom Personalrat: „Die Kliniken sind am Limit.“"]
    assert speakers(*similar) == ["Greta Wolfsberg"]
    assert found(*similar)[0].rule == "colon_clause_name"
    assert speakers("Das sieht Wolfram Eichstätt anders: „Das ist Augenwischerei.“") == ["Wolfram Eichstätt"]
    assert speakers("Dem hält Wolfram Eichstätt entgegen: „Das ist Augenwischerei.“") == ["Wolfram Eichstätt"]
    # a name after a preposition, or two people named: nobody
    assert speakers("Ein langes Gespräch mit Greta Wolfsberg vom Personalrat: „Die Kliniken sind am Limit.“") == [None]
    assert speakers("Das sehen Greta Wolfsberg und Wolfram Eichstätt anders: „Das ist Augenwischerei.“") == [None]
    rule_off("colon_clause_name")
    assert speakers(*similar) == [None]


def test_demonstrative_subject(rule_off):
    latter = ["Präsident Jonas Amberg und Oppositionsführer Till Renner trafen sich. Letzterer sagte danach: „Es gibt keine Einigung.“"]
    assert speakers(*latter) == ["Till Renner"]
    assert found(*latter)[0].rule == "demonstrative_subject"
    this = ["Sarah Kessler rief zu weiteren Protesten auf. Diese sagte: „Wir gehen nicht nach Hause.“"]
    assert speakers(*this) == ["Sarah Kessler"]
    # with a plural verb, several people: nobody
    assert speakers("Sarah Kessler rief zu Protesten auf. Diese sagten: „Wir gehen nicht nach Hause.“") == [None]
    # nobody of that gender named: nobody, and no person called "Letzterer"
    assert speakers("Sarah Kessler rief auf. Letzterer sagte: „Wir gehen nicht nach Hause.“") == [None]
    rule_off("demonstrative_subject")
    assert speakers(*latter) != ["Till Renner"]


def test_extended_attribute(rule_off):
    org = ["„Wir haben uns auf andere Städte konzentriert“, sagte der für die Planung verantwortliche Landesverband Süd."]
    assert speakers(*org) == ["Landesverband Süd"]
    named = [
        "Die Gewerkschaft Pflege Nord hatte eingeladen. „Wir haben uns vorbereitet“, teilte die für die Planung "
        "zuständige Gewerkschaft mit."
    ]
    assert speakers(*named) == ["Gewerkschaft Pflege Nord"]
    role = ["Senatorin Ute Bramsche kam spät. „Wir haben uns vorbereitet“, sagte die für Bildung zuständige Senatorin."]
    assert speakers(*role) == ["Ute Bramsche"]
    # a person's name after the attribute, read as before
    assert speakers("„Wir sind bereit“, sagte der für Verkehr zuständige Stadtrat Jan Kolbe.") == ["Jan Kolbe"]
    rule_off("extended_attribute")
    assert speakers(*org) == [None]
    assert speakers(*named) == [None]


def test_these_words(rule_off):
    dash = ["„Das Angebot ist ein Witz“ – mit diesen Worten begrüßte Gewerkschafter Rolf Anstätt die Streikenden."]
    assert speakers(*dash) == ["Rolf Anstätt"]
    assert found(*dash)[0].rule == "these_words"
    # with an auxiliary, the subject after it, not the object before the participle
    aux = ["„Das Angebot ist ein Witz“ – mit diesen Worten hatte Rolf Anstätt die Streikenden begrüßt."]
    assert speakers(*aux) == ["Rolf Anstätt"]
    # in the next sentence, and the next paragraph
    assert speakers("„Das Angebot ist ein Witz.“ Mit diesen Worten begrüßte Rolf Anstätt die Streikenden.") == ["Rolf Anstätt"]
    assert speakers("„Das Angebot ist ein Witz.“", "Mit diesen Worten hat Rolf Anstätt die Streikenden begrüßt.") == ["Rolf Anstätt"]
    rule_off("these_words")
    assert speakers(*dash) == [None]


def test_connector_name_completed(rule_off):
    from rallycrawl.extraction.analysis import analyse_article

    paragraphs = [
        "Die Gewerkschaft Bildung und Forschung rief für Donnerstag zum Warnstreik an den Schulen auf.",
        "„Wir erwarten ein verbessertes Angebot“, teilte die Gewerkschaft mit.",
    ]

    def read():
        return [(q.speaker, q.organisation) for q in analyse_article("Warnstreik", paragraphs, language="de").quotes]

    full = "Gewerkschaft Bildung und Forschung"
    assert read() == [(full, full)]
    rule_off("connector_name_completed")
    assert read()[0][0] != full


def test_fronted_label(rule_off):
    label = ["Als „völlig überzogen“ bezeichnete Anwältin Carla Wendt den Einsatz."]
    assert speakers(*label) == ["Carla Wendt"]
    assert found(*label)[0].rule == "fronted_label"
    assert speakers("„Unverantwortlich“ nannte Grünen-Chefin Silke Marquardt das Vorgehen.") == ["Silke Marquardt"]
    assert speakers("Als „Katastrophe“ wertete die Gewerkschaft Pflege Nord den Beschluss.") == ["Gewerkschaft Pflege Nord"]
    # unnamed people: nobody
    assert speakers("Als „Katastrophe“ bezeichneten die Demonstranten den Beschluss.") == [None]
    rule_off("fronted_label")
    assert speakers(*label) == [None]


def test_age_epithet_subject(rule_off):
    standing = ["Marlene Vosskuhl engagiert sich seit Jahren im Mieterverein. Die 52-Jährige ist wütend.", "„Die Stadt schaut weg.“"]
    assert speakers(*standing) == ["Marlene Vosskuhl"]
    said = ["Marlene Vosskuhl engagiert sich seit Jahren.", "Die 52-Jährige sagt: „Die Stadt schaut weg.“"]
    assert speakers(*said) == ["Marlene Vosskuhl"]
    # nobody of that gender named before: nobody
    assert speakers("Bernd Ahlhorn engagiert sich seit Jahren.", "Die 52-Jährige sagt: „Die Stadt schaut weg.“") == [None]
    rule_off("age_epithet_subject")
    assert speakers(*standing) == [None]
    assert speakers(*said) == [None]


def test_ordinal_date(rule_off):
    date = ["Jan Ohlsen hofft auf „volle Straßen“ am 1. Mai und erwartet „große Demonstrationen“."]
    assert speakers(*date) == ["Jan Ohlsen", "Jan Ohlsen"]
    # a number and a dot before a word that is no month still ends the sentence
    assert speakers("Es kamen 30. Viele blieben stumm. „Das war wenig.“") == [None]
    rule_off("ordinal_date")
    assert speakers(*date) == ["Jan Ohlsen", None]


def test_plural_verb_noun(rule_off):
    residents = ["„Das ist gefährlich“, kritisieren Anwohner."]
    assert speakers(*residents) == [None]
    assert speakers("„Das ist gefährlich“, fordern Gewerkschaften.") == [None]
    # a name, an acronym, a singular verb: as before
    assert speakers("„Das ist gefährlich“, sagte Verdi.") == ["Verdi"]
    assert speakers("„Das ist gefährlich“, kritisieren GEW und Verdi.") == ["GEW"]
    rule_off("plural_verb_noun")
    assert speakers(*residents) == ["Anwohner"]


def test_plural_verb_noun_borrows_nobody():
    # the unnamed people speak: no speaker from the sentence before
    assert speakers("Ulla Kemper sprach zuerst. „Wir wollen mehr Lohn“, erklären Beschäftigte.") == [None]


def test_pronoun_after_verb(rule_off):
    plural = ["Ulla Kemper sprach zuerst.", "„Wir wollen mehr Lohn“, warnen sie."]
    assert speakers(*plural) == [None]
    singular = ["Ulla Kemper sprach zuerst.", "„Wir wollen mehr Lohn“, warnt sie."]
    assert speakers(*singular) == ["Ulla Kemper"]
    # "sie" is no man
    assert speakers("Tom Brauer sprach zuerst.", "„Wir wollen mehr Lohn“, warnt sie.") == [None]
    rule_off("pronoun_after_verb")
    assert speakers(*plural) == ["Ulla Kemper"]


def test_plural_subject(rule_off):
    workers = ["Ulla Kemper sprach zuerst. Die Beschäftigten forderten: „Wir wollen mehr Lohn.“"]
    assert speakers(*workers) == [None]
    # a singular feminine noun is the woman named before, as it was
    assert speakers("Ulla Kemper sprach zuerst.", "Die Rentnerin sagte: „Wir wollen mehr Lohn.“") == ["Ulla Kemper"]
    rule_off("plural_subject")
    assert speakers(*workers) == ["Ulla Kemper"]


def test_plural_er_nouns(rule_off):
    after = ["Ulla Kemper sprach zuerst.", "„Wir wollen mehr Lohn“, sagten die Teilnehmer."]
    assert speakers(*after) == [None]
    before = ["Ulla Kemper sprach zuerst.", "Die Gewerkschafter äußerten sich deutlich: „Wir wollen mehr Lohn.“"]
    assert speakers(*before) == [None]
    # a feminine noun in -er is one woman
    assert speakers("Ulla Kemper sprach zuerst.", "„Wir wollen mehr Lohn“, sagte die Mutter.") == ["Ulla Kemper"]
    rule_off("plural_er_nouns")
    assert speakers(*before) == ["Ulla Kemper"]


def test_plural_pronoun_subject(rule_off):
    they = ["Ulla Kemper sprach zuerst.", "Sie fordern: „Wir wollen mehr Lohn.“"]
    assert speakers(*they) == [None]
    assert speakers("Ulla Kemper sprach zuerst.", "Sie sind wütend. „Wir wollen mehr Lohn.“") == [None]
    # a singular verb: she
    assert speakers("Ulla Kemper sprach zuerst.", "Sie fordert: „Wir wollen mehr Lohn.“") == ["Ulla Kemper"]
    assert speakers("Ulla Kemper sprach zuerst.", "Sie ist wütend. „Wir wollen mehr Lohn.“") == ["Ulla Kemper"]
    rule_off("plural_pronoun_subject")
    assert speakers(*they) == ["Ulla Kemper"]


def test_document_of_organisation(rule_off):
    source = ["Laut einer Mitteilung der Gewerkschaft Pflege Nord war der Streik „ein voller Erfolg“."]
    assert speakers(*source) == ["Gewerkschaft Pflege Nord"]
    # a document with no issuer: nobody
    assert speakers("Laut einer Mitteilung war der Streik „ein voller Erfolg“.") == [None]
    # a website among the documents, "auf" among their prepositions (rule impersonal_source)
    assert speakers("Auf der Internetseite der Initiative Grünes Tal heißt es: „Wir bleiben.“") == ["Initiative Grünes Tal"]
    rule_off("document_of_organisation")
    assert speakers(*source) == [None]


def test_person_of_organisation_with_contracted_article():
    # "vom" and "beim" (a preposition with its article) tie a person to an organisation, as "von der" does
    assert speakers("Helga Oberwinter vom Mieterverein sagte: „Wir werden das prüfen.“") == ["Helga Oberwinter"]
    assert speakers("Helga Oberwinter beim Mieterbund Süd sagte: „Wir werden das prüfen.“") == ["Helga Oberwinter"]


def test_one_of_unnamed(rule_off):
    one = ["Die Organisatoren zählten 20.000 Menschen. „Das ist der größte Protest“, sagte einer der Organisatoren."]
    assert speakers(*one) == [None]
    assert speakers("Ulla Kemper sprach.", "Eine der Demonstrantinnen rief: „Das ist der größte Protest.“") == [None]
    # named after it: that person
    assert speakers("„Das ist der größte Protest“, sagte einer der Organisatoren, Eli Barzel.") == ["Eli Barzel"]
    rule_off("one_of_unnamed")
    assert speakers(*one) == ["Organisatoren"]
