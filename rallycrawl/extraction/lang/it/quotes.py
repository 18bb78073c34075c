"""Italian words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

REPORTING_VERBS = frozenset("""
dice dicono detto disse dichiarato dichiara spiegato spiega spiegò affermato afferma affermò
aggiunto aggiunge aggiunse sottolineato sottolinea sottolineò commentato commenta commentò
osservato osserva ribadito ribadisce ricordato ricorda racconta raccontato denuncia denunciato
scrive scritto avverte avvertito precisato precisa secondo
""".split())
TWO_WORD_CUES = frozenset()
SOURCE_CUES = frozenset({("secondo",)})
AUXILIARIES = frozenset("ha hanno aveva".split())
SINGULAR_PRONOUNS = {"lui": "m", "lei": "f"}
PLURAL_PRONOUNS = frozenset("loro noi".split())
TITLES = frozenset("""
presidente ministro ministra sindaco segretario segretaria portavoce deputato deputata senatore
senatrice direttore direttrice leader dottor dottoressa signor signora
""".split())
GENDERED_TITLES = {"signor": "m", "signora": "f", "ministra": "f", "deputata": "f", "senatrice": "f",
                   "direttrice": "f", "dottoressa": "f", "segretaria": "f"}
#: the attribution may stand inside the quotation marks: « …, affirme-t-elle. … »
INCISE_IN_QUOTES = True
#: endings of compound nouns that are titles (German "Polizeisprecher"); none here
TITLE_ENDINGS = ()
