"""Dutch words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

#: ("laat … weten", "legt … uit": the verb of a separable pair; its particle follows the subject)
REPORTING_VERBS = frozenset("""
zegt zei zeggen zeiden gezegd verklaart verklaarde stelt stelde meldt meldde schrijft schreef
benadrukt benadrukte vertelt vertelde aldus volgens waarschuwt waarschuwde voegt voegde
reageert reageerde vindt vond vraagt vroeg roept riep erkent erkende bevestigt bevestigde meent
meende twittert twitterde antwoordt antwoordde zucht zuchtte lacht concludeert verzucht onderstreept
klaagt klaagde eist eiste pleit pleitte
citeert citeerde
laat liet legt legde
""".split())
TWO_WORD_CUES = frozenset()
SOURCE_CUES = frozenset({("volgens",), ("aldus",)})
AUXILIARIES = frozenset("heeft hebben had".split())
#: "ze" and "zij" are also "they": read as "she" only with a singular verb (PLURAL_WITH_VERB_ENDING)
SINGULAR_PRONOUNS = {"hij": "m", "zij": "f", "ze": "f"}
PLURAL_WITH_VERB_ENDING = ("en",)
PLURAL_PRONOUNS = frozenset("wij we".split())
TITLES = frozenset("""
voorzitter minister burgemeester woordvoerder woordvoerster directeur premier president wethouder
kamerlid
""".split())
GENDERED_TITLES = {"woordvoerster": "f"}
#: the attribution stands outside the quotation marks (an incise inside them is not the convention)
INCISE_IN_QUOTES = False
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()

#: role nouns that open a descriptor before a name, after an article ('la portavoz de la plataforma
#: Marta Ibarra'): rule ``descriptor_of_organisation``
ROLE_NOUNS = frozenset("""
woordvoerder woordvoerster voorzitter voorzitster minister burgemeester actievoerder actievoerster demonstrant
activist activiste boer boerin vrouw man leraar lerares student studente directeur directrice vakbondsman
vakbondsvrouw bestuurder wethouder moeder vader
burgervader burgermoeder rechter magistraat kamerlid parlementariër premier
pastoor priester dominee predikant
""".split())
ARTICLE_GENDERS = {}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('„…” Dat zegt Sanne de Vries van de FNV.'): rule ``named_after_paragraph``
#: a sentence saying whose words the quotation before are ('Dat waren de woorden van X'): it points back with no
#: reporting verb, the name after it speaks (rules ``named_after_paragraph`` and ``verbless_points_back``)
QUOTE_OWNER_PHRASES = frozenset({
    ("dat", "zijn", "de", "woorden", "van"), ("dat", "waren", "de", "woorden", "van"), ("aldus", "de", "woorden", "van"),
})
POINTS_BACK = frozenset({("dat",), ("dit",)}) | QUOTE_OWNER_PHRASES
VERBLESS_POINTS_BACK = QUOTE_OWNER_PHRASES

#: plural sources, after a plural article an organisation's, not several people ('explicaron las
#: fuentes'): rule ``plural_speakers``
MEMBER_PLURALS = frozenset("bronnen".split())

#: the participle ends its clause ('Sanne Bakker heeft maandag gezegd: „…”'): rule ``auxiliary_subject``
PARTICIPLE_LAST = True

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset()
#: ... "de" with a noun ending so is plural ("de boeren", "de demonstranten")
PLURAL_AFTER = {"de": ("en", "ers")}
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("jaar",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("citeert citeerde".split())

#: fill in the forms of the listed verbs that the list leaves out from simplemma (rule ``paradigm_forms``)
PARADIGM_FORMS = True

#: definite and indefinite articles, read for every language at once by attribution.py ('the secretary
#: of X', 'a New York man': somebody the article does not name)
#: (not "de", the Romance "of")
DEFINITE_ARTICLES = ("het",)
INDEFINITE_ARTICLES = ("een",)
#: the preposition that brings in the agent of a passive ('"…", geregisseerd door X'): after a participle it names who
#: made the thing quoted, not a speaker (rule ``agent_not_speaker``)
AGENT_PREPOSITIONS = frozenset("door".split())

#: role nouns that, after a definite article, mean an organisation named before ('„…”, zei het comité' (after "het": Dutch "de" is no article here, it is a name particle)):
#: one whose name has the noun, else (rule ``role_org_nearby``) one named in the same paragraph;
#: GENERIC_ORG_ROLES below are among them
ORG_ROLES = frozenset("""
groep organisatie vakbond vereniging federatie coalitie alliantie platform collectief beweging netwerk
partij bedrijf concern comité
""".split())

#: role nouns that mean an organisation of any name ("the group" after "the X Alliance"): the speaker
#: is the organisation named last, wherever (rule ``role_org_nearby`` does not hold to the paragraph)
GENERIC_ORG_ROLES = frozenset("groep organisatie".split())

# Words attribution reads for every language at once: each set below is the union of every
# language's list of that name (attribution._from_every_language).
#: articles between a person's name and the organisation after a preposition ('von der', 'van de', 'de la')
JOINING_ARTICLES = frozenset("de het".split())
#: "of", joined with an article or not ('van', 'della', 'do', 'des')
OF_WORDS = frozenset("van".split())
#: words that open a byline ('By Jane Roe')
BYLINE_WORDS = frozenset("door".split())
#: "and" between two people who speak together ('Wolton and Marr said')
AND_WORDS = frozenset("en".split())
#: name particles that, after a common noun, open a person's name ('il sindacalista di X'): rule ``noun_before_particle``
PARTICLES_AFTER_NOUN = frozenset("van de".split())

#: capitalised words that start sentences but are not names ('Het Westhovencollege had laten weten …': a neuter
#: article opens no person's name; not "de", a particle of surnames: "De Vries")
NOT_NAMES = frozenset("het een".split())

#: the article of common-gender nouns, which the other languages' data reads as a surname's particle ("de" of
#: "Jan de Vries"): in lower case before a capitalised word opening a speaker's phrase it is the article ('aldus de
#: FNV'; a surname without its first name is written "De Vries"): rule ``article_before_name``
NAME_ARTICLES = frozenset({"de"})

#: words joining a clause with its own subject after a comma, never the names of a list ('…, terwijl haar collega X zegt: “…”'): rules
#: ``joined_clause_subject``, ``join_determiner_subject``, ``contrast_clause_fragment``
CONTRAST_JOINS = frozenset("terwijl maar".split())

#: nouns for somebody who speaks for an organisation: with nobody of that role named, an organisation's (rule
#: ``spokesperson_role_only``)
SPOKESPERSON_NOUNS = frozenset("woordvoerder woordvoerster".split())

#: determiners before somebody the text does not name ('disse uma professora'): read for every language at once
NAMELESS_DETERMINERS = frozenset("een".split())

#: nouns for a company ("the company said"), and words in the name of an organisation that is no company (a union,
#: an association): "the company" never means such an organisation named nearby (rule ``company_not_union``)
COMPANY_NOUNS = frozenset("bedrijf concern".split())
NOT_COMPANY_WORDS = frozenset("vakbond vakbonden vereniging federatie coalitie alliantie platform collectief beweging netwerk comité actiegroep".split())

from .calendar import WEEKDAYS as _WEEKDAYS

#: a phrase of time after the verb, before its subject ('„…”, zei maandag de burgemeester', 'zei gisteravond
#: woordvoerder X'): the words it may hold (TIME_WORDS) and the words it must end on (TIME_NAMES): rule
#: ``time_after_verb``
TIME_NAMES = frozenset(_WEEKDAYS) | frozenset("""
gisteren vandaag eergisteren vanochtend vanmorgen vanmiddag vanavond vannacht gisterochtend gistermiddag
gisteravond ochtend middag avond week
""".split())
TIME_WORDS = TIME_NAMES | frozenset("afgelopen vorige deze op".split())

#: phrases that name an interview between a verb and its subject, before the outlet ('„…”, zei in een interview met
#: Radio Noord burgemeester X'): rule ``interview_phrase``
INTERVIEW_PHRASES = (("in", "een", "interview", "met"), ("in", "gesprek", "met"), ("in", "een", "gesprek", "met"))

#: role nouns naming the same office: a later one finds the person named with another ('Burgemeester X … de
#: burgervader'): rule ``role_synonyms``
ROLE_SYNONYMS = (
    ("burgemeester", "burgervader", "burgermoeder"),
    ("rechter", "magistraat"),
    ("kamerlid", "parlementariër"),
    ("premier", "minister-president"),
    ("pastoor", "priester"),
    ("dominee", "predikant"),
)

#: what a court hands down ('de uitspraak', 'het vonnis') and the words a court's name holds ('Rechtbank X',
#: 'Gerechtshof Y'): such a text, or the court noun alone, speaks for the court named before (rule ``court_document``)
COURT_DOCUMENTS = frozenset("uitspraak vonnis".split())
COURT_NOUNS = frozenset("rechtbank gerechtshof".split())

#: nouns (one or two words) that name again the organisation a paragraph opened with, besides ORG_ROLES: rule
#: ``org_anaphor``
ORG_ANAPHORS = frozenset("instantie|multinational".split("|"))

#: who or what speaks for an organisation without a name ('een woordvoerder van', 'het persbericht van'): read for every
#: language at once
GENERIC_SPOKESPEOPLE = frozenset("woordvoerder woordvoerster verklaring persbericht".split())

#: indefinite articles opening an apposition after a name ('Anna Kerk, een docente biologie,'): read for every language
APPOSITION_ARTICLES = frozenset("een".split())

#: possessives opening a relation after "and" ('Piet Bakker en zijn vrouw Anke Verhoef'): read for every language
COORDINATED_POSSESSIVES = frozenset("zijn haar".split())

#: words between a subject and its verb, or a verb and the quotation, that say nothing ('heeft ook gezegd', 'zei
#: nog'): read for every language
FILLERS = frozenset("heeft hebben ook nog".split())

#: words that start a clause, not a speaker, after a verb ('voegde eraan toe dat …'): read for every language
NOT_SPEAKER_OPENERS = frozenset("dat".split())

#: prepositions besides SPEAKER_PREPOSITIONS: the two together are every preposition attribution knows; read for every
#: language (not "met", English "met")
OTHER_PREPOSITIONS = frozenset("op voor naar tijdens".split())

#: words that end a noun phrase's title: what comes before them is another clause; read for every language
CLAUSE_WORDS = frozenset("dat".split())

#: relative pronouns: after a comma they open a clause about the person just named ('X, die …,'), no part of the name
#: (rules ``relative_aside``, ``relative_after_verb``)
RELATIVE_PRONOUNS = frozenset("die wie wiens wier".split())

#: singular indefinite articles opening a subject who is somebody unnamed, with the gender they give (None: either):
#: a later pronoun means them (rule ``unnamed_subject_focus``)
UNNAMED_ARTICLES = {"een": None}

#: possessives that open a subject before its noun and the name ('Haar collega Piet Bakker zegt'): rule
#: ``possessive_noun_subject``
POSSESSIVE_DETERMINERS = frozenset("haar zijn".split())

#: a sentence opening with one of these gives what it quotes to whom it names next ('In de ogen van Anke Verhoef is
#: het „…”', 'Naar de mening van de FNV …'): rule ``viewpoint_cue``
VIEWPOINT_BEFORE_NAME = frozenset({("in", "de", "ogen", "van"), ("naar", "de", "mening", "van"), ("in", "de", "woorden", "van")})

#: "that" after a verb of saying ('zei dat …'): read for every language
THAT_WORDS = frozenset("dat".split())

#: conjunctions that may open a clause before its subject ('Maar Anke Verhoef zei:'): read for every language (not
#: "en", the French "en")
LEADING_CONJUNCTIONS = frozenset("maar".split())

#: a sentence presenting somebody among others, with no reporting verb ('Among the marchers was X, a retired nurse.'):
#: the preposition opening it, the verbs of being there after it and the words for "also" between the verb and the
#: name (rule ``presented_person``); and the words of the first person plural that make a quotation a group's, never
#: the presented person's alone
PRESENTING_OPENERS = frozenset("onder".split())
PRESENTING_VERBS = frozenset("was is".split())  # (singular: one person presented)
PRESENTING_FILLERS = frozenset("ook".split())
FIRST_PERSON_PLURAL = frozenset("we wij ons onze".split())

#: conjunctions opening a subordinate clause that may open the sentence, before the verb and then the subject of the
#: main clause ('Toen de politie kwam, nam X het woord.'): rule ``fronted_clause_verb_subject``
FRONTED_SUBORDINATORS = frozenset("toen nadat omdat terwijl als wanneer hoewel voordat zodra sinds of".split())
#: phrases opening a sentence right before the one person it presents ('One of them is X, a nurse.', "C'est le cas de
#: X", 'Eine davon ist X'): rule ``presented_person``
PRESENTING_PHRASES = frozenset({("een", "van", "hen", "is"), ("een", "van", "hen", "was"), ("ook", "aanwezig", "was")})

#: nouns for what somebody says, and the words of "of" after them, in a clause before a colon and the quotation
#: ('La réponse de la CGT ne s'est pas fait attendre : « … »', 'Dura la replica della Cgil: «…»'): rule
#: ``speech_noun_of``
SPEECH_NOUNS = frozenset("reactie antwoord boodschap kritiek waarschuwing oordeel conclusie".split())
SPEECH_OF_WORDS = frozenset("van".split())
#: the verb after a quotation before its speech noun ('«…», fue la respuesta de X'): rule ``speech_noun_of``
SPEECH_COPULAS = frozenset("was is".split())
