"""Norwegian words that attribute a quotation (read by rallycrawl.extraction.attribution).

Bokmål, and the Nynorsk present tenses that differ ("– …, seier ho").

Norwegian news puts the verb before its subject after a quotation ("«…», sier hun",
"– …, sa Hansen til NTB").
"""

REPORTING_VERBS = frozenset("""
sier sa sagt uttaler uttalte forteller fortalte mener mente skriver skrev påpeker påpekte
understreker understreket forklarer forklarte advarer advarte hevder hevdet opplyser opplyste
bekrefter bekreftet kommenterer kommenterte svarer svarte roper ropte krever krevde legger
erkjenner erkjente fastslår fastslo konstaterer konstaterte tvitret ifølge
spør spurte sukker sukket innrømmer innrømmet beskriver beskrev fortsetter fortsatte utdyper utdypet
presiserer presiserte poengterer poengterte ler lo smiler smilte oppfordrer oppfordret varsler
varslet kritiserer kritiserte tilføyer tilføyde roser roste
siterer siterte
seier fortel meiner skriv understrekar forklarar åtvarar svarar stadfestar
""".split())
TWO_WORD_CUES = frozenset({("legger", "til"), ("la", "til"), ("legg", "til")})
SOURCE_CUES = frozenset({("ifølge",)})
AUXILIARIES = frozenset("har hadde".split())
SINGULAR_PRONOUNS = {"han": "m", "hun": "f", "ho": "f"}  # ("ho": Nynorsk "hun")
PLURAL_PRONOUNS = frozenset("vi de dei".split())
TITLES = frozenset("""
leder statsminister minister ordfører byrådsleder talsperson talsmann talskvinne president direktør
generalsekretær professor forbundsleder nestleder politisjef sjef styreleder stortingsrepresentant
fylkesleder aktivist
lederen nestlederen talspersonen styrelederen generalsekretæren ordføreren direktøren sjefen forbundslederen
tillitsvalgt klubbleder aksjonsleder studentleder
""".split())
GENDERED_TITLES = {"talsmann": "m", "talskvinne": "f"}
#: title endings of Norwegian compounds ("forbundsleder", "politisjef", "kommunikasjonsdirektør")
TITLE_ENDINGS = ("leder", "sjef", "minister", "direktør", "talsperson", "sekretær")
#: the attribution stands outside the quotation marks
INCISE_IN_QUOTES = False
#: '«…», heter det i uttalelsen': nobody speaks (rule ``impersonal_cue``)
IMPERSONAL_CUES = frozenset({("heter", "det"), ("het", "det")})
#: a paragraph opening with a dash and a capital is a quotation ('– Vi gir oss ikke, sier hun.'); it ends
#: before a reporting verb above (read by rallycrawl.extraction.quote_marks)
DASH_QUOTES = True

ARTICLE_GENDERS = {}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('– …' / 'Det sier Kari Lunde til NTB.'): rule ``named_after_paragraph``
POINTS_BACK = frozenset({("det",), ("dette",)})

#: plural sources, after a plural article an organisation's, not several people ('explicaron las
#: fuentes'): rule ``plural_speakers``
MEMBER_PLURALS = frozenset("kilder".split())

#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("år",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("siterer siterte".split())
#: endings of nouns (plurals, abstracts) that a lone capitalised word read as a speaker has, no name's
#: ('Aksjonistene krever …', 'Demonstrantene sier …'): rule ``noun_endings``
NOUN_ENDINGS = ("ene", "erne")

#: role nouns that mean an organisation of any name ("the group" after "the X Alliance"): the speaker
#: is the organisation named last, wherever (rule ``role_org_nearby`` does not hold to the paragraph)
GENERIC_ORG_ROLES = frozenset("gruppe gruppen gruppa organisasjon organisasjonen".split())

#: a sentence opening with one of these gives what it quotes to the person a pronoun means, with its
#: gender ('Ifølge henne er «…»'): rule ``viewpoint_cue`` (not "for" before a name: "For to år siden …")
VIEWPOINT_PHRASES = {("ifølge", "ham"): "m", ("ifølge", "henne"): "f"}

# Words attribution reads for every language at once: each set below is the union of every
# language's list of that name (attribution._from_every_language).
#: "and" between two people who speak together ('Wolton and Marr said')
AND_WORDS = frozenset("og".split())
