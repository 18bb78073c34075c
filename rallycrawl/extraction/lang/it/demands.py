"""Italian demand cues (see ``lang/en/demands.py``)."""

REPORT_CUES = [
    # a protest kept up until something is undone ("fino al ritiro dei licenziamenti"), opposing, the goal as
    # a noun ("l'obiettivo è fermare ..."), the struggle ("lottano per salvare ...")
    r"fino (?:al|alla|all['’]|ai|alle)(?= ?(?:ritiro|blocco|annullamento|reintegro|riapertura|revoca|sospensione|"
    r"abrogazione|liberazione)\b)|"
    r"(?:oppongono|opponevano) (?:a|al|alla|alle|ai|agli|all['’])|"
    r"obiettivo (?:è|era|resta)(?= (?:fermare|bloccare|impedire|salvare|ottenere|evitare|difendere|"
    r"mantenere|garantire)\b)|lott(?:ano|avano|ando|ato) per",
    # the demand noun before a colon or a copula ("La richiesta principale: ...", "... è il blocco degli affitti")
    r"(?:richiest[ae]|rivendicazion[ei])(?: principal[ei])?(?= ?:)|"
    r"(?:principale|prima|unica) (?:richiesta|rivendicazione) (?:è|era|resta)|(?:richiest[ae]|rivendicazion[ei]) principal[ei] (?:è|sono|era|erano|resta)",
    r"(?:sciopero|scioperi|protesta|proteste|manifestazion[ei]|corteo|presidio|mobilitazion[ei]) (?:contro|per)|"
    r"chiedono|chiedevano|rivendicano|per chiedere|per protestare contro|pretendono|"
    # the singular, for an organisation that asks ("il sindacato chiede", "che pretende")
    r"chiede|rivendica|pretende|reclama|"
    # the passato prossimo, the news' past tense ("hanno chiesto il ritiro")
    r"hanno (?:chiesto|rivendicato|preteso|reclamato)|reclamano|"
    r"(?:manifest\w+|protest\w+|sfilat\w+|sfilano|scioper\w+|scesi in piazza|scese in piazza|in piazza)(?: \w+){0,3}? contro"
]
VERB_FINAL = None
IMPERATIVES = [r"no a|no al|no alla|basta|fuori|giù le mani|libertà per"]
#: headline cues (see ``lang/en/demands.py``)
HEADLINE_CUES = [r"(?:sciopero|scioperi|protest[ae]|manifestazion[ei]|corteo|presidio|migliaia|centinaia) contro|chiedono"]
#: modals of obligation: a quoted sentence that holds one, subject and all, is an ask (rule "modal sentence")
QUOTE_MODALS = [r"deve|devono|dovrebbe|dovrebbero|bisogna"]
#: spoken cues inside a quotation (lower case, each opening with a letter; demands.py wraps each in word
#: boundaries and searches every language's in every quotation): the ask follows the cue
QUOTE_CUES = [r"vogliamo|chiediamo|pretendiamo|bisogna"]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"io|noi"]
# adverbs (of addition, repetition, emphasis) that open the ask right after its cue, not part of it: "chiedono inoltre il ritiro" (rule leading_adverb)
LEADING_ADVERBS = [r"soprattutto|in particolare|tra l['’]altro|anche|inoltre|ancora|nuovamente|altresì"]
# the 'and' (with an auxiliary) before a second verb of saying that ends the ask: "e denunciano", "e hanno denunciato" (rule
# coordinated_verb_end; the verbs are the language's REPORTING_VERBS in lang/<code>/quotes.py)
COORDINATED_VERB_OPENERS = [r"e|ed|e hanno|e ha"]
#: verbs of asking after "e" that open a second ask: the first ends before them ("chiedono più borse di studio e
#: *pretendono* le dimissioni"; rule coordinated_verb_end, with the reporting verbs)
COORDINATED_ASK_VERBS = ("pretendono", "reclamano", "rivendicano", "pretende", "reclama", "rivendica")
#: words after a comma that end an ask's clause: the attribution or a new clause follows (", said X",
#: ", dijo X", ", sier X"; demands._CLAUSE_END, read for every language)
CLAUSE_END_WORDS = ('ha detto', 'ha dichiarato', 'ha spiegato', 'ha aggiunto', 'ha sottolineato', 'spiega', 'dice', 'secondo')
#: words that open an ask right after its cue and are no part of it (read with English's)
LEADING_WORDS = ("che", "è", "sono")  # "quello che chiediamo è rispetto"
#: nouns of people counted: an ask that is a number and one of these is a crowd claimed ("15.000 participants"),
#: with the words that may open the number (rule claimed_count)
COUNTED_NOUNS = [r"partecipanti|manifestanti|persone|scioperanti"]
COUNT_APPROXIMATORS = [r"oltre|circa|quasi|più di|almeno|fino a"]

#: rule addressee_split: the preposition before whom a cue asks ("chiedono alla Regione la riapertura ..."),
#: the words that open the ask after it, the words that are no addressee ("al più presto", "alla fine"), and
#: the connectors allowed inside the addressee before a capitalised word ("al ministro del Lavoro")
ADDRESSEE_PREPOSITIONS = [r"al|allo|alla|ai|agli|alle|all['’]"]
ASK_OPENERS = [r"il|lo|la|i|gli|le|l['’]|un|uno|una|un['’]|che|più|maggiori|nuovi|nuove|di"]
NOT_ADDRESSEES = [r"meno|più|fine|posto|momento|contrario|riguardo|tempo|e|o|del|della|dei|degli|delle|dello|dell['’]|da|in|per|con|su"]
ADDRESSEE_CONNECTORS = [r"di|del|della|dei|degli|delle|dello|dell['’]"]
#: negations right before a spoken cue ("no pedimos lujos"): the cue asks nothing (rule negated_spoken_cue)
NEGATIONS = [r"\bnon", r"\bmai"]
