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

#: role nouns that, after "de"/"het", name a person the article introduced ('aldus de boer'), with the
#: gender they tell (None: either): rule ``language_roles``
ROLE_NOUNS = {
    "woordvoerder": None, "woordvoerster": "f", "voorzitter": None, "voorzitster": "f", "minister": None,
    "burgemeester": None, "actievoerder": None, "actievoerster": "f", "demonstrant": None, "activist": None,
    "activiste": "f", "boer": "m", "boerin": "f", "vrouw": "f", "man": "m", "leraar": "m", "lerares": "f",
    "student": None, "studente": "f", "directeur": None, "directrice": "f", "vakbondsman": "m",
    "vakbondsvrouw": "f", "bestuurder": None, "wethouder": None, "moeder": "f", "vader": "m",
}
#: nouns that, after "de"/"het", name an organisation the article introduced ('aldus de vakbond')
ORG_ROLE_NOUNS = frozenset("""
vakbond bond bedrijf kabinet regering ministerie gemeente organisatie partij beweging actiegroep politie
""".split())
ARTICLE_GENDERS = {}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('„…” Dat zegt Sanne de Vries van de FNV.'): rule ``named_after_paragraph``
POINTS_BACK = frozenset({("dat",), ("dit",)})

#: nouns for somebody unnamed who speaks for an organisation ('zegt een woordvoerder van de politie'):
#: with an organisation after them the organisation speaks, else nobody (rule ``unnamed_member``)
MEMBER_NOUNS = frozenset("woordvoerder woordvoerster lid bron".split())
MEMBER_LINKS = frozenset("van".split())
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
