"""Dutch words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

REPORTING_VERBS = frozenset("""
zegt zei zeggen zeiden gezegd verklaart verklaarde stelt stelde meldt meldde schrijft schreef
benadrukt benadrukte vertelt vertelde aldus volgens waarschuwt waarschuwde voegt voegde
""".split())
TWO_WORD_CUES = frozenset()
SOURCE_CUES = frozenset({("volgens",), ("aldus",)})
AUXILIARIES = frozenset("heeft hebben had".split())
SINGULAR_PRONOUNS = {"hij": "m", "zij": "f"}
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
