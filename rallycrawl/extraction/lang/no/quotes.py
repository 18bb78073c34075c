"""Norwegian words that attribute a quotation (read by rallycrawl.extraction.attribution).

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
""".split())
TWO_WORD_CUES = frozenset({("legger", "til"), ("la", "til")})
SOURCE_CUES = frozenset({("ifølge",)})
AUXILIARIES = frozenset("har hadde".split())
SINGULAR_PRONOUNS = {"han": "m", "hun": "f"}
PLURAL_PRONOUNS = frozenset("vi de".split())
TITLES = frozenset("""
leder statsminister minister ordfører byrådsleder talsperson talsmann talskvinne president direktør
generalsekretær professor forbundsleder nestleder politisjef sjef styreleder stortingsrepresentant
fylkesleder aktivist
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

#: role nouns in their definite form (Norwegian puts the article after the noun: 'sier lederen',
#: 'Kvinnen forteller'), naming a person the article introduced, with the gender they tell (None:
#: either): rule ``language_roles``
ROLE_NOUNS = {
    "lederen": None, "forbundslederen": None, "aktivisten": None, "kvinnen": "f", "kvinna": "f",
    "mannen": "m", "demonstranten": None, "læreren": None, "ministeren": None, "statsministeren": None,
    "ordføreren": None, "talspersonen": None, "talsmannen": "m", "talskvinnen": "f", "tillitsvalgte": None,
    "studenten": None, "sykepleieren": None, "bonden": "m", "moren": "f", "faren": "m", "direktøren": None,
}
#: organisations named by a definite noun ('opplyser forbundet', 'mener selskapet')
ORG_ROLE_NOUNS = frozenset("""
forbundet selskapet regjeringen departementet politiet kommunen organisasjonen partiet bevegelsen
fagforeningen foreningen bedriften
""".split())
ARTICLE_GENDERS = {}
#: the role nouns above carry their article as a suffix: they name someone without an article before
DEFINITE_BY_SUFFIX = True

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('– …' / 'Det sier Kari Lunde til NTB.'): rule ``named_after_paragraph``
POINTS_BACK = frozenset({("det",), ("dette",)})

#: nouns for somebody unnamed who speaks for an organisation ('sier en talsperson for politiet'):
#: with an organisation after them the organisation speaks, else nobody (rule ``unnamed_member``)
MEMBER_NOUNS = frozenset("talsperson talsmann talskvinne kilde medlem representant".split())
MEMBER_LINKS = frozenset("for i fra".split())
MEMBER_PLURALS = frozenset("kilder".split())

#: indefinite articles ("en talsperson", "et medlem"): rule ``unnamed_member``
INDEFINITE_ARTICLES = frozenset("en ei et".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("år",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("siterer siterte".split())
#: endings of nouns (plurals, abstracts) that a lone capitalised word read as a speaker has, no name's
#: ('Aksjonistene krever …', 'Demonstrantene sier …'): rule ``noun_endings``
NOUN_ENDINGS = ("ene", "erne")
