"""German words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

from .calendar import MONTHS as _MONTHS

REPORTING_VERBS = frozenset("""
sagt sagte sagten sagen gesagt erklärt erklärte erklärten betont betonte betonten meint meinte meinten
fügte fügt ergänzt ergänzte kritisiert kritisierte fordert forderte warnt warnte schreibt schrieb teilte
teilt stellt stellte ruft rief riefen berichtet berichtete erzählt erzählte antwortet antwortete
unterstrich unterstreicht bekräftigte bekräftigt versicherte versichert räumte räumt zitiert
mahnt mahnte appelliert appellierte äußerte äußert sprach spricht kündigte kündigt so laut
sagt' klagt klagte beklagt beklagte findet fand glaubt glaubte hofft hoffte bilanziert bilanzierte
resümiert resümierte verspricht versprach verkündet verkündete twitterte bestätigte bestätigt
schilderte schildert erinnerte erinnert
fragte fragt monierte moniert erläuterte erläutert kommentierte kommentiert schrie urteilte konterte
kontert entgegnete entgegnet erwiderte erwidert gestand gesteht schimpfte schimpft protestierte
postete zitierte
zufolge
bemängelt bemängelte lobt lobte begrüßt begrüßte bedauert bedauerte argumentiert argumentierte
begründet begründete verteidigt verteidigte widerspricht widersprach beschreibt beschrieb vermutet
vermutete befürchtet befürchtete droht drohte
mitteilte mitteilten mitgeteilt hinzufügte hinzugefügt ankündigte ankündigten angekündigt einräumte
eingeräumt klarstellte klargestellt feststellte festgestellt
polterte poltert beteuerte beteuert ätzte ätzt spottete spottet verlangte
""".split())
#: ("zufolge" follows its source: 'Oberholz zufolge „…“' reads like 'Oberholz sagte „…“')
TWO_WORD_CUES = frozenset({("fügte", "hinzu"), ("fügt", "hinzu"), ("nach", "angaben")})
#: ("nach Angaben der Polizei", "nach Angaben von Anna Weber": the source after the phrase)
SOURCE_CUES = frozenset({("laut",), ("nach", "angaben")})
#: the preposition joining a source cue to a source named with no article ('nach Angaben von Sabine X'):
#: rule ``source_link``
SOURCE_LINKS = frozenset({"von"})
AUXILIARIES = frozenset("hat haben hatte hatten habe hätte".split())
#: "sie" is also "they"; read as "she" only as the subject of a singular verb (see attribution)
SINGULAR_PRONOUNS = {"er": "m", "sie": "f"}
#: the verb ending that makes "sie" "they" ('sagten sie'; read in attribution.resolve)
PLURAL_WITH_VERB_ENDING = ("en", "ern", "eln", "sind")  # ("fordern", "sammeln": -n after -er, -el; "sind")
PLURAL_PRONOUNS = frozenset("wir beide".split())  # ('„…“, sagen beide': several people)
TITLES = frozenset("""
frau herr präsident präsidentin minister ministerin kanzler kanzlerin bürgermeister bürgermeisterin
sprecher sprecherin vorsitzende vorsitzender chef chefin leiter leiterin direktor direktorin
abgeordnete abgeordneter professor professorin dr. prof. generalsekretär generalsekretärin
bundeskanzler bundeskanzlerin bundespräsident ministerpräsident ministerpräsidentin senator senatorin
landrat landrätin pfarrer pfarrerin aktivist aktivistin
""".split())
GENDERED_TITLES = {"herr": "m", "frau": "f"}
#: title endings of German compounds ("Polizeisprecher", "Verdi-Chefin")
TITLE_ENDINGS = (
    "sprecher", "sprecherin", "chef", "chefin", "präsident", "präsidentin", "vorsitzende", "vorsitzender",
    "leiter", "leiterin", "minister", "ministerin", "sekretär", "sekretärin", "direktor", "direktorin",
)
#: the attribution stands outside the quotation marks (an incise inside them is not the convention)
INCISE_IN_QUOTES = False

#: a sentence opening with one of these gives what it quotes to whom it names next
#: ('Für Anna Weber ist klar: „…“'): rule ``viewpoint_cue``
VIEWPOINT_BEFORE_NAME = frozenset({("für",), ("nach", "ansicht", "von"), ("aus", "sicht", "von")}) | frozenset(
    # ('Nach Ansicht der Ökonomin Vera X ist …', 'Nach Auffassung des Verbands …', 'Aus Sicht der Gewerkschaft …')
    (*head, article) for head in (("nach", "ansicht"), ("nach", "auffassung"), ("nach", "meinung"), ("aus", "sicht"))
    for article in ("der", "des", "von")
)
#: ... or to the person a pronoun or possessive means, with its gender ('Seiner Ansicht nach ist „…“')
VIEWPOINT_PHRASES = {
    ("für", "ihn"): "m", ("seiner", "ansicht", "nach"): "m", ("seiner", "meinung", "nach"): "m",
    ("aus", "seiner", "sicht"): "m", ("ihrer", "ansicht", "nach"): "f", ("ihrer", "meinung", "nach"): "f",
    ("aus", "ihrer", "sicht"): "f",
}
#: impersonal attributions right after a quotation: nobody is named, and nobody is borrowed
#: from around it ('„…“, heißt es in dem Aufruf.'): rule ``impersonal_cue``
IMPERSONAL_CUES = frozenset({("heißt", "es"), ("hieß", "es"), ("hört", "man"), ("sagt", "man")})
#: words opening an adverbial before the verb (German puts the verb second, the subject after
#: it: 'Am Montag sagte Jens Kramer', 'Gegenüber dem SWR erklärte die Sprecherin'): rule ``verb_second``
VERB_SECOND_OPENERS = frozenset("""
am im in an auf bei beim nach vor vorher gegenüber mit zum zur seit während über unter aus vom trotz bis
angesichts wegen später zuvor dazu danach daraufhin darauf außerdem zudem bereits schon nun jetzt heute
gestern damals anschließend zuletzt kürzlich dabei darüber hierzu dort hier deshalb dennoch zugleich
gleichzeitig ebenfalls allerdings inzwischen mittlerweile zunächst schließlich abschließend dann weiter
ferner
""".split())

#: the gender a singular article gives the noun after it ("die" is also plural: read with the noun)
ARTICLE_GENDERS = {"der": "m", "die": "f"}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('„…“ Das sagte Jens Kramer am Montag.'): rule ``named_after_paragraph``
#: a sentence saying whose words the quotation before are ('Those were the words of X', 'A frase é de X'): it
#: points back with no reporting verb, the name after it speaks (rules ``named_after_paragraph`` and
#: ``verbless_points_back``)
QUOTE_OWNER_PHRASES = frozenset({
    ("die", "worte", "stammen", "von"), ("diese", "worte", "stammen", "von"), ("der", "satz", "stammt", "von"),
})
POINTS_BACK = frozenset({("das",), ("dies",)}) | QUOTE_OWNER_PHRASES
VERBLESS_POINTS_BACK = QUOTE_OWNER_PHRASES

#: the participle ends its clause ('Carsten Wöhler hat am Montag erklärt: „…“'): rule ``auxiliary_subject``
PARTICIPLE_LAST = True
#: the particles of separable verbs that close the phrase after the verb ('„…“, teilte die Gewerkschaft
#: mit', 'stellte das Bündnis fest', 'räumte die Sprecherin ein'): no word of the speaker's name, rule
#: ``separable_particle``
SEPARABLE_PARTICLES = frozenset("mit fest klar ein an aus hinzu auf".split())

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset()
#: ... "die" with a noun ending so is plural ("die Beschäftigten", "die Aktivistinnen"); "die Vorsitzende" is not
PLURAL_AFTER = {"die": ("en", "innen", "er")}  # ('die Gewerkschafter': with "die", a noun in -er is a plural)
#: ... except these feminine nouns in -er ('sagte die Mutter'): rule ``plural_er_nouns``
NOT_PLURAL_NOUNS = frozenset("mutter tochter schwester großmutter oma".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("Jahre",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("zitiert zitierte".split())
#: endings of nouns (plurals, abstracts) that a lone capitalised word read as a speaker has, no name's
#: ('Aktivisten sagen …', 'Demonstrantinnen riefen …'): rule ``noun_endings``
NOUN_ENDINGS = ("innen", "ungen", "isten", "anten", "enten", "heit", "keit", "schaft",
                # dative plurals and sources after "laut": 'Laut Veranstaltern', 'laut Anwohnern', 'laut Augenzeugen',
                # 'laut Medienberichten', 'laut Polizeiangaben', 'aus Regierungskreisen'
                "ltern", "hnern", "hmern", "chtern", "zeugen", "berichten", "angaben", "kreisen", "quellen")
#: pronouns after a source word that name the person it means ('Laut ihm …', 'Ihr zufolge …'): rule
#: ``source_pronoun``
SOURCE_PRONOUNS = {"ihm": "m", "ihr": "f"}

#: fill in the forms of the listed verbs that the list leaves out from simplemma (rule ``paradigm_forms``)
PARADIGM_FORMS = True
#: nouns are capitalised: a lower-case word simplemma has as a lemma is no noun ("gewarnt")
CAPITALISED_NOUNS = True

# --- person names (read by rallycrawl.extraction.people for every language at once)
#: words that make a name an organisation's, not a person's, and the endings of such compounds
#: ("Bauern*verband*")
ORG_WORDS = frozenset("""
gewerkschaft gewerkschaften partei verband regierung ministerium polizei bund kammer konföderation
verein initiative bündnis stiftung
""".split())
ORG_WORD_ENDINGS = ("gewerkschaft", "verband", "partei", "ministerium", "regierung", "gewerkschaftsbund")
#: capitalised words that start sentences but are not names
NOT_NAMES = frozenset("""
der die das ein eine und aber wie wir ich sie er es laut auch doch nun jetzt hier dort heute gestern
zudem außerdem denn als nachdem während obwohl bevor sobald wenn dass seitdem
sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere dieser diese dieses
viele einige manche mehrere wenige jeder jede jedes kein keine andere
ansicht auffassung meinung sicht
""".split())

#: definite and indefinite articles, read for every language at once by attribution.py ('the secretary
#: of X', 'a New York man': somebody the article does not name)
DEFINITE_ARTICLES = ("der", "die", "das")
INDEFINITE_ARTICLES = ("ein", "eine", "einer")
#: the preposition that brings in the agent of a passive ('„…“, produziert von X'): after a participle it names who
#: made the thing quoted, not a speaker (rule ``agent_not_speaker``)
AGENT_PREPOSITIONS = frozenset("von".split())

#: role nouns that, after a definite article, mean an organisation named before ('„…“, erklärte die Gewerkschaft', 'so das Bündnis'):
#: one whose name has the noun, else (rule ``role_org_nearby``) one named in the same paragraph;
#: GENERIC_ORG_ROLES below are among them
ORG_ROLES = frozenset("""
gruppe organisation gewerkschaft bündnis initiative verband verein partei netzwerk bewegung allianz
koalition plattform komitee kollektiv konzern unternehmen firma stiftung
""".split())

#: role nouns that mean an organisation of any name ("the group" after "the X Alliance"): the speaker
#: is the organisation named last, wherever (rule ``role_org_nearby`` does not hold to the paragraph)
GENERIC_ORG_ROLES = frozenset("gruppe organisation".split())

#: the nouns for somebody who speaks for an organisation, alone or ending a compound ('ein Sprecher der
#: Polizei', 'eine Verdi-Sprecherin', 'ein Polizeisprecher'): an unnamed spokesperson speaks for the
#: organisation the phrase names (rule ``spokesperson_of_organisation``)
SPOKESPERSON_NOUNS = ("sprecher", "sprecherin")
#: demonstrative pronouns that stand for the person of their gender named last ('Dieser sagte: „…“', 'X und Y
#: trafen sich. Letztere erklärte …'): rule ``demonstrative_subject``
DEMONSTRATIVE_SUBJECTS = {
    "dieser": "m", "diese": "f", "letzterer": "m", "letztere": "f",
}
#: phrases saying that the quotation before was spoken with the verb after them ('„…“ – mit diesen Worten eröffnete X
#: die Kundgebung'): rule ``these_words``
THESE_WORDS = frozenset({("mit", "diesen", "worten"), ("mit", "den", "worten"), ("mit", "solchen", "worten")})
#: verbs of calling something a name, with the name fronted before them ('Als „völlig überzogen“ bezeichnete X den
#: Einsatz', '„Unverantwortlich“ nannte X das Vorgehen'): rule ``fronted_label``
LABEL_VERBS = frozenset("bezeichnete bezeichnet bezeichneten nannte nennt nannten wertete wertet werteten".split())
#: ... and the word that may open the sentence before the fronted quotation ('Als „…“ bezeichnete X …')
LABEL_OPENERS = frozenset({"als"})
#: month names after a day written as an ordinal number ('am 1. Mai', 'bis zum 15. Januar'): the dot ends no
#: sentence (rule ``ordinal_date``)
ORDINAL_MONTHS = frozenset(_MONTHS)
#: public bodies that a compound with a spokesperson noun names by itself ('ein Polizeisprecher', 'eine
#: Regierungssprecherin'): the body named before whose name holds the word, else the body as written
#: (rule ``institution_spokesperson``; as "police" alone names the police in English)
SPOKESPERSON_INSTITUTIONS = frozenset("""
polizei feuerwehr regierung bundesregierung landesregierung staatsanwaltschaft ministerium
bundeswehr senat justiz landespolizei bundespolizei
""".split())
#: the prepositions after an impersonal cue that name where the words come from ('„…“, hieß es von der
#: Polizei', 'hieß es aus dem Innenministerium', 'Aus der Gewerkschaft hieß es: „…“'): rule ``impersonal_source``
IMPERSONAL_SOURCES = frozenset("von vom aus bei beim seitens".split())
#: ... and the documents an organisation issues ('hieß es in einer Mitteilung der Polizei')
STATEMENT_DOCUMENTS = frozenset("""
mitteilung pressemitteilung erklärung stellungnahme presseerklärung pressemeldung meldung schreiben
internetseite webseite website homepage aufruf
""".split())
#: ... and the words around such a document: the prepositions before it ('in einer Mitteilung'), the
#: determiners after them, and what names its issuer after it ('der Polizei', 'des Ministeriums', 'von Verdi')
DOCUMENT_PREPOSITIONS = frozenset("in im auf".split())
DOCUMENT_DETERMINERS = frozenset("einer der ihrer seiner".split())
DOCUMENT_OF = frozenset({"von"})
#: the genitive articles, after a noun naming whose it is ('ein Sprecher der Polizei', 'des DGB'): rules
#: ``spokesperson_of_organisation``, ``impersonal_source``, ``genitive_noun_not_organisation`` (a noun before one
#: that is no organisation word is said of the organisation after it: 'Angaben der Polizei')
GENITIVE_ARTICLES = frozenset("der des".split())
#: the articles of every case that may open a noun phrase after a preposition ('von der Polizei', 'aus
#: dem Ministerium'): rule ``german_nominative``
CASE_ARTICLES = frozenset("der des dem den die das".split())
#: conjunctions that open a clause whose verb comes last: the subject follows them ('…, dass die Ministerin
#: Anna Weber 2015 verkündete „…“', 'Als Anna Weber am Montag sagte: „…“'): rule ``subordinate_subject``
SUBORDINATE_OPENERS = frozenset("dass als weil nachdem wie während da obwohl bevor sobald wenn seit seitdem".split())

#: a number and this ending is a person by their age after a singular article ('der 54-Jährige', 'die
#: 31-Jährige'; "-jährigen" is plural or another case): rule ``epithet_anaphor``
AGE_NOUN_ENDINGS = ("-jährige",)
#: words opening what follows a capitalised noun for a person after the verb ('sagt der Aktivist der
#: Initiative', 'die Erzieherin aus Lindenhain'): rule ``german_role_after_verb``
EPITHET_TAILS = frozenset("der des von vom aus bei beim im in am".split())
#: nouns for what somebody says, after a possessive opening the sentence ('Seine Antwort: „…“', 'Sein
#: Fazit fällt knapp aus: „…“'), and the possessives that tell the possessor's gender: rule
#: ``possessive_words`` ("ihr", "ihre" are also "their": not read)
SPEECH_NOUNS = frozenset("""
antwort fazit botschaft appell forderung urteil kommentar reaktion einschätzung begründung warnung bilanz
kritik worte credo erklärung prognose bitte
""".split())
POSSESSIVE_PRONOUNS = {"sein": "m", "seine": "m"}
#: verb forms of reported speech (Konjunktiv I, third person, where it differs from the indicative): a
#: fragment quoted in a sentence holding one, with no subject of its own, is the words of who reported in
#: the sentence before ('Man habe keine Wahl gehabt, sagte er. Die Kosten seien „schlicht nicht tragbar“.'):
#: rule ``reported_speech_mood``
REPORTED_MOOD_VERBS = frozenset("""
sei seien habe werde könne müsse solle wolle dürfe möge gebe gehe komme stehe liege bleibe brauche fehle wisse
lasse sehe
""".split())

# Words attribution reads for every language at once: each set below is the union of every
# language's list of that name (attribution._from_every_language).
#: plural object pronouns after a point of view ('Pour eux', 'para ellos'): the source is plural
VIEWPOINT_PLURAL_PRONOUNS = frozenset("ihnen".split())
#: articles: a capitalised one opens a sentence, not a name ('A ministry spokeswoman said')
SENTENCE_ARTICLES = frozenset("der die das ein eine".split())
#: conjunctions and adverbs that may open a clause before its subject ('But Wolton said', 'Und sie sagte')
LEADING_CONJUNCTIONS = frozenset("und aber doch jedoch wie".split())
#: prepositions that tie a speaker to an organisation ('a spokesperson for X', 'Sprecherin von X', 'portavoz de X')
SPEAKER_PREPOSITIONS = frozenset("bei von vom beim".split())  # ("vom", "beim": with the article in them)
#: indefinite articles opening an apposition after a name ('Ada Wolton, a nurse,')
APPOSITION_ARTICLES = frozenset("ein eine einer".split())
#: articles between a person's name and the organisation after a preposition ('von der', 'van de', 'de la')
JOINING_ARTICLES = frozenset("der des dem den die das".split())
#: words that open a byline ('By Jane Roe')
BYLINE_WORDS = frozenset("von".split())
#: words joining the parts of a capitalised run: names ('Wolton and Marr') or an organisation ('Council for X')
NAME_CONNECTORS = frozenset("für".split())
#: words that start a clause, not a speaker, after a verb ('adding that ...')
NOT_SPEAKER_OPENERS = frozenset("dass".split())
#: "and" and "or": no part of a descriptor before a name
AND_OR_WORDS = frozenset("und oder".split())
#: "and" between two people who speak together ('Wolton and Marr said')
AND_WORDS = frozenset("und".split())
#: possessives opening a relation after "and" ('Ada Wolton and her husband Piet Marr')
COORDINATED_POSSESSIVES = frozenset("sein seine ihr ihre".split())
#: words between a subject and its verb, or a verb and the quotation, that say nothing ('has also said', 'hat auch gesagt')
FILLERS = frozenset("hat habe sich auch noch dann".split())
#: words that end a noun phrase's title: what comes before them is another clause
CLAUSE_WORDS = frozenset("ist war sind waren dass wie".split())
#: words opening a noun phrase that names nobody ('a spokesperson', 'einige Teilnehmer', 'plusieurs élus')
NAMELESS_DETERMINERS = frozenset("ein eine einer einige".split())
#: prepositions besides SPEAKER_PREPOSITIONS: the two together are every preposition attribution knows
OTHER_PREPOSITIONS = frozenset("auf mit nach vor für über unter zu im am beim vom zum zur".split())
#: words that may stand before a verb whose subject is left out ('Y añadió:', 'Und fügte hinzu:') (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
DROPPED_OPENERS = frozenset("und dann zudem außerdem ebenfalls".split())
#: "that" after a verb of saying (Italian's and Portuguese's with rule ``italian_portuguese_openers``)
THAT_WORDS = frozenset("dass".split())
#: "of", "for": a capitalised run they join that is no organisation is nobody ('District of X')
OF_FOR_WORDS = frozenset("für".split())
#: name particles that, after a common noun, open a person's name ('il sindacalista di X'): rule ``noun_before_particle``
PARTICLES_AFTER_NOUN = frozenset("von".split())

#: articles of a dative or accusative object, never of a subject: after a verb of saying, the subject ends before
#: one that follows its noun ('sagte der Landrat den Journalisten', 'sagte Jana Ost dem Sender')
OBJECT_ARTICLES = frozenset("den dem einem".split())

#: the ending of a person noun that makes it feminine whatever its article ('Der Sprecherin X zufolge': the
#: dative "der"): rule ``feminine_noun_over_article``
FEMININE_ENDINGS = ("in",)

#: possessives that open a subject before its noun and the name ('her colleague X nods', 'Ihr Kollege X'): rule
#: ``possessive_noun_subject``
POSSESSIVE_DETERMINERS = frozenset("ihr ihre sein seine".split())

#: role nouns naming the same office: a later one finds the person named with another ('Bürgermeisterin X …
#: sagte die Rathauschefin'): rule ``role_synonyms`` (lower case; a title holds one when it contains it)
ROLE_SYNONYMS = (
    ("bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "rathauschef", "rathauschefin",
     "stadtoberhaupt"),
    ("ministerpräsident", "ministerpräsidentin", "regierungschef", "regierungschefin", "landeschef", "landeschefin"),
    ("richter", "richterin", "vorsitzende richter", "vorsitzende richterin"),
    ("gewerkschafter", "gewerkschafterin", "gewerkschaftschef", "gewerkschaftschefin", "gewerkschaftsvorsitzende",
     "gewerkschaftsvorsitzender"),
    ("abgeordnete", "abgeordneter", "parlamentarier", "parlamentarierin"),
)

#: relative pronouns: after a comma they open a clause about the person just named ('X, dessen …,'), no part
#: of the name (rules ``relative_aside``, ``relative_after_verb``); not "der", "die", "das", which are articles too
#: ('Auf die Frage, ob die Stadt …')
RELATIVE_PRONOUNS = frozenset("dessen deren welcher welche".split())
#: articles that are relative pronouns right after the comma that follows a speaker named after the verb ('sagte Anna
#: Weber, die seit Jahren …'): rule ``relative_after_verb`` only
RELATIVE_ARTICLES = frozenset("der die das".split())

#: singular indefinite articles opening a subject who is somebody unnamed, with the gender they give (None: either):
#: a later pronoun means them (rule ``unnamed_subject_focus``)
UNNAMED_ARTICLES = {"ein": None, "eine": "f"}
#: what a court hands down ("the ruling", "la sentencia", "der Beschluss", "l'ordonnance"), and the words a court's name
#: holds ("High Court", "Tribunal Superior", "Verwaltungsgericht", "tribunal administratif"): such a text, or the court
#: noun alone, speaks for the court named before, never for another organisation (rule ``court_document``)
COURT_DOCUMENTS = frozenset("urteil beschluss entscheidung urteilsbegründung".split())
COURT_NOUNS = frozenset("gericht gerichtshof".split())
#: nouns (one or two words) that name again the organisation a paragraph opened with, besides ORG_ROLES ('La Guardia
#: Civil detuvo … / El instituto armado explicó …'): rule ``org_anaphor``
ORG_ANAPHORS = frozenset(w for w in "behörde".split("|") if w)
#: endings of a compound naming a public body, whose place follows it ("Polizeidirektion Kellingen", "Landratsamt
#: Kellingen"): rule ``german_institution_compound``
INSTITUTION_ENDINGS = tuple("direktion präsidium gericht gerichts amt amts verwaltung ministerium ministeriums behörde inspektion".split())
#: nouns for a company ("the company said"), and words in the name of an organisation that is no company (a union,
#: an association): "the company" never means such an organisation named nearby (rule ``company_not_union``)
COMPANY_NOUNS = frozenset("unternehmen konzern firma".split())
NOT_COMPANY_WORDS = frozenset("gewerkschaft bündnis initiative verband verein bewegung netzwerk allianz koalition plattform komitee kollektiv".split())

#: a sentence presenting somebody among others, with no reporting verb ('Among the marchers was X, a retired nurse.'):
#: the preposition opening it, the verbs of being there after it and the words for "also" between the verb and the
#: name (rule ``presented_person``); and the words of the first person plural that make a quotation a group's, never
#: the presented person's alone
PRESENTING_OPENERS = frozenset("unter".split())
PRESENTING_VERBS = frozenset("war ist".split())  # (singular: one person presented)
PRESENTING_FILLERS = frozenset("auch ebenfalls".split())
FIRST_PERSON_PLURAL = frozenset("wir uns unser unsere unseren unserem unserer".split())

#: conjunctions opening a clause of its own after a quotation's comma, never a verb whose subject follows ('„…“, während
#: die Landesregierung schweigt'): rule ``conjunction_not_verb`` (read for every language at once; not "wie": '„…“,
#: wie X betonte' names the speaker, nor "da", a Romance preposition)
CONJUNCTIONS_AFTER_VERB = frozenset("während weil obwohl nachdem bevor sobald seitdem wenn".split())

#: conjunctions opening a subordinate clause that may open the sentence, before the verb and then the subject of the
#: main clause ('Ob …, ließ Bürgermeisterin X offen.', 'Nachdem …, ergriff X das Wort.'): rule
#: ``fronted_clause_verb_subject``
FRONTED_SUBORDINATORS = frozenset("ob als weil nachdem während obwohl bevor sobald wenn seit seitdem da dass".split())
#: phrases opening a sentence right before the one person it presents ('One of them is X, a nurse.', "C'est le cas de
#: X", 'Eine davon ist X'): rule ``presented_person``
PRESENTING_PHRASES = frozenset({("eine", "davon", "ist"), ("einer", "davon", "ist"), ("eine", "von", "ihnen", "ist"), ("einer", "von", "ihnen", "ist"), ("dabei", "war", "auch"), ("dabei", "ist", "auch"), ("mit", "dabei", "ist"), ("mit", "dabei", "war"), ("so", "auch"), ("darunter",), ("mittendrin",)})

#: "of" after a noun for what somebody says, a verb between them at most ('Scharfe Kritik kam von Verdi-Chef X: „…“'):
#: rule ``speech_noun_of``
SPEECH_OF_WORDS = frozenset("von vom seitens".split())
