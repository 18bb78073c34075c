"""Italian words that attribute a quotation (read by rallycrawl.extraction.attribution)."""

REPORTING_VERBS = frozenset("""
dice dicono detto disse dichiarato dichiara spiegato spiega spiegò affermato afferma affermò
aggiunto aggiunge aggiunse sottolineato sottolinea sottolineò commentato commenta commentò
osservato osserva ribadito ribadisce ricordato ricorda racconta raccontato denuncia denunciato
scrive scritto avverte avvertito precisato precisa secondo
attacca tuona incalza conclude replica prosegue continua ribatte rilancia insiste accusa ammette
sostiene chiede domanda evidenzia rimarca annuncia assicura garantisce lamenta urla grida
esclama chiosa puntualizza chiesto sostenuto ammesso annunciato assicurato lamentato rimarcato
evidenziato attaccato replicato concluso proseguito insistito accusato chiarito chiarisce confermato
conferma dichiarò concluse rispose risponde risposto osservò ricordò raccontò precisò spiegano
raccontano chiedono denunciano sottolineano affermano
cita citava
""".split())
#: ('«…», fa sapere X', 'ha fatto sapere che …': "lets it be known")
TWO_WORD_CUES = frozenset({("fa", "sapere"), ("fatto", "sapere"), ("fanno", "sapere")})
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

#: role nouns that, after "il"/"la"/"lo", name a person the article introduced ('ha aggiunto il sindacalista'),
#: with the gender they tell (None: the article tells it): rule ``language_roles``
ROLE_NOUNS = {
    "sindacalista": None, "segretario": "m", "segretaria": "f", "ministro": "m", "ministra": "f",
    "presidente": None, "presidentessa": "f", "portavoce": None, "leader": None, "deputato": "m", "deputata": "f",
    "sindaco": None, "sindaca": "f", "attivista": None, "manifestante": None, "studente": "m", "studentessa": "f",
    "donna": "f", "uomo": "m", "lavoratore": "m", "lavoratrice": "f", "operaio": "m", "operaia": "f",
    "insegnante": None, "infermiere": "m", "infermiera": "f", "madre": "f", "padre": "m", "dirigente": None,
    "rappresentante": None, "esponente": None, "senatore": "m", "senatrice": "f", "consigliere": "m",
    "consigliera": "f", "assessore": None, "direttore": "m", "direttrice": "f", "docente": None,
}
#: nouns that, after "il"/"la"/"l'", name an organisation the article introduced ('denuncia il sindacato')
ORG_ROLE_NOUNS = frozenset("""
sindacato azienda società governo ministero questura prefettura comune partito movimento associazione
comitato gruppo organizzazione federazione confederazione
""".split())
#: the gender a singular article gives the noun after it
ARTICLE_GENDERS = {"il": "m", "lo": "m", "la": "f"}

#: a sentence opening so points back at the quotation before it, its speaker named after the verb
#: ('«…» Lo ha detto Marco Ferrante.'): rule ``named_after_paragraph``
POINTS_BACK = frozenset({("lo",), ("così",), ("l'ha",)})

#: nouns for somebody unnamed who speaks for an organisation ('ha detto un portavoce della Cgil'):
#: with an organisation after them the organisation speaks, else nobody (rule ``unnamed_member``)
MEMBER_NOUNS = frozenset("portavoce membro esponente fonte fonti rappresentante dirigente".split())
MEMBER_LINKS = frozenset("di del della dello dei degli delle dell'".split())
MEMBER_PLURALS = frozenset("fonti".split())

#: a plural article after the verb names several people, never one ('sostuvieron los dirigentes'):
#: rule ``plural_speakers``
PLURAL_ARTICLES = frozenset("i gli le".split())
#: the word after an age in an apposition that introduces somebody by first name alone ('Karim, 34
#: ans, cheminot', 'Lucía, de 23 años', 'Lena (23)'): rule ``first_name_with_age``
AGE_WORDS = ("anni",)
#: verbs whose object, not their subject, is the speaker ('Die Agentur zitierte den Gewerkschafter X mit
#: den Worten: „…“', 'Le journal cite X : « … »'): rule ``quoted_object`` (also reporting verbs)
OBJECT_SPEAKER_VERBS = frozenset("cita citava".split())
