"""Spanish demand cues (see ``lang/en/demands.py``)."""

REPORT_CUES = [
    # a protest kept up until something is undone ("seguirán en huelga hasta que se retiren los despidos"),
    # the goal as a noun ("su objetivo es frenar la autopista"), the struggle ("luchan por mantener ...")
    r"hasta que(?= se (?:retire|retiren|anule|anulen|readmita|readmitan|cumpla|cumplan|reabra|reabran|paralice|paralicen|"
    r"derogue|deroguen|libere|liberen)\b| (?:el|la|los|las) [\wáéíóúñ]+(?: [\wáéíóúñ]+){0,4} (?:sea|sean) "
    r"(?:retirad|anulad|readmitid|derogad|paralizad|reabiert|liberad)\w*)|"
    r"objetivo (?:es|era|será)(?= (?:frenar|impedir|detener|evitar|salvar|mantener|"
    r"conseguir|lograr|parar|revertir|recuperar|garantizar|bloquear)\b)|luch(?:an|aron|ando|amos|aban) por",
    # the demand noun before a colon or a copula ("Su principal reivindicación: ...", "... es el transporte gratuito")
    r"(?:reivindicaci(?:ón|ones)|exigencias?|demandas?|petici(?:ón|ones))(?: (?:principal|principales|central|centrales))?(?= ?:)|"
    r"(?:principal|principales|única|primera) (?:reivindicaci(?:ón|ones)|exigencias?|demandas?|petici(?:ón|ones)) (?:es|son|era|eran|fue|fueron)|"
    r"(?:reivindicaci(?:ón|ones)|exigencias?|demandas?|petici(?:ón|ones)) (?:principal|principales|central|centrales) (?:es|son|era|eran|fue|fueron)",
    r"(?:entre )?(?:las|sus) (?:exigencias|demandas|reivindicaciones|reclamos)(?: (?:[^.;:]|\.(?=\d)){0,120}?)? (?:se encuentran?|son|incluyen|están)|"
    r"debido (?:al|a la|a los|a las)(?= )|en protesta por|"
    r"el pedido de|la exigencia de|el reclamo (?:de|por)|(?:protestas?|marchas?|manifestaci(?:ón|ones)|huelgas?|paros?|"
    r"movilizaci(?:ón|ones)|concentraci(?:ón|ones)|bloqueos?) (?:contra|en contra de|en rechazo a|en repudio a|por)|"
    r"en (?:rechazo|repudio) (?:a|al|de)|apoyando el pedido de|queremos que|planteamos que|exigimos|reclamamos|"
    r"para protestar (?:contra|por)|en demanda de|en reclamo (?:de|por)|en defensa de|a favor de|en contra de|rechaz(?:an|aron|ando)|se opon(?:en|ían|e|ía) a|se opusieron a|"
    r"(?:protest\w+|march\w+|manifest\w+|movilizad\w+|moviliz\w+|huelga|paro|concentr\w+|salieron a las calles|salen a las calles)(?: [\wáéíóúñ]+){0,3}? (?:contra|en contra de|para exigir|para pedir|para reclamar)|"
    # "protestan por la subida de ...", not through a place ("por las calles")
    r"protest(?:an|aron|aban|ando|ar|ó) por(?! (?:las|la|el|los) (?:calles|centro|ciudad|avenida|plaza)\b)"
]
VERB_FINAL = None
#: the subject is often left out: a cue verb may open the sentence ("Exigen la reapertura del centro.";
#: rule sentence_initial_cue)
SUBJECT_DROPPED = True
IMPERATIVES = [r"no más|fuera|basta de|basta|abajo|que se vayan|justicia para|libertad para"]
#: headline cues (see ``lang/en/demands.py``)
HEADLINE_CUES = [
    r"(?:protestas?|marchas?|huelgas?|paros?|manifestaci(?:ón|ones)|movilizaci(?:ón|ones)|concentraci(?:ón|ones)|miles|cientos) "
    r"(?:contra|en contra de|por|para exigir|para pedir|en rechazo a|en demanda de)|exigen|reclaman|piden|rechazan|denuncian|se oponen a|protestan (?:contra|por)|marchan (?:contra|por)|"
    r"(?:marchan|protestan|se manifiestan|se movilizan|paran|se concentran) (?:para exigir|para pedir|para reclamar|en rechazo a|en contra de)"
]
#: modals of obligation: a quoted sentence that holds one, subject and all, is an ask (rule "modal sentence")
QUOTE_MODALS = [r"debe|deben|debería|deberían|tiene que|tienen que|hay que"]
#: spoken cues inside a quotation (lower case, each opening with a letter; demands.py wraps each in word
#: boundaries and searches every language's in every quotation): the ask follows the cue
QUOTE_CUES = [
    r"nuestr[ao]s? (?:demanda|exigencia|reivindicación|reclamo|pedido)s? (?:es|son)",
    r"queremos|exigimos|pedimos|reclamamos|necesitamos|tiene que|tienen que|solicitamos",
]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"yo|nosotros|nosotras"]

# (see lang/en/demands.py for what each list does and which rule reads it)
CLAUSE_END_PARTICIPLES = [r"diciendo|advirtiendo|argumentando|alegando|señalando|explicando|acusando|insistiendo"]
SUBORDINATORS = [r"si|cuando"]
REMARKS = [r"(?:decir|señalar|recordar|reconocer|destacar|aclarar|subrayar|admitir) que\b"]
FAVOUR_CUES = [r"a favor de"]
SET_ASIDE = [r"renunci\w*|descart\w*|abandon\w*|sustitu\w*|reemplaz\w*|dej\w+ de lado|se retir\w*|declin\w*"]
# adverbs (of addition, repetition, emphasis) that open the ask right after its cue, not part of it: "pide además un aumento" (rule leading_adverb)
LEADING_ADVERBS = [r"sobre todo|principalmente|entre otras cosas|en particular|además|también|asimismo|igualmente|nuevamente|de nuevo|otra vez"]
# the 'and' (with an auxiliary) before a second verb of saying that ends the ask: "y denunciaron", "y han denunciado" (rule
# coordinated_verb_end; the verbs are the language's REPORTING_VERBS in lang/<code>/quotes.py)
COORDINATED_VERB_OPENERS = [r"y|e|y han|y ha"]
#: words that open an ask right after its cue and are no part of it ("and that ...", "y que ...");
#: read with English's (demands._leading_pattern)
LEADING_WORDS = ('y', 'que', 'es', 'son')  # the copula of "lo que pedimos es respeto"
#: words after a comma that end an ask's clause: the attribution or a new clause follows (", said X",
#: ", dijo X", ", sier X"; demands._CLAUSE_END, read for every language)
CLAUSE_END_WORDS = ('dijo', 'afirmó', 'explicó', 'señaló', 'indicó', 'agregó', 'añadió', 'aseguró', 'según')
#: nouns of people counted: an ask that is a number and one of these is a crowd claimed ("15.000 participants"),
#: with the words that may open the number (rule claimed_count)
COUNTED_NOUNS = [r"participantes|manifestantes|personas|asistentes|huelguistas"]
COUNT_APPROXIMATORS = [r"más de|unas|unos|cerca de|alrededor de|casi|hasta"]
#: verbs of asking after which a second ask begins ("rechazan X y *exigen* Y": rule coordinated_verb_end)
COORDINATED_ASK_VERBS = ("exigen", "reclaman", "piden", "exigieron", "reclamaron", "pidieron")

#: rule addressee_split: the preposition before whom a cue asks ("exigen a la empresa la readmisión ..."), the
#: words that open the ask after it, the words that are no addressee ("al menos", "al mismo tiempo"), and the
#: connectors allowed inside the addressee before a capitalised word ("al ministro de Sanidad")
ADDRESSEE_PREPOSITIONS = [r"al|a la|a los|a las"]
ASK_OPENERS = [r"el|la|los|las|lo|un|una|unos|unas|que|más|mejores|mayores?|nuevos|nuevas"]
NOT_ADDRESSEES = [r"menos|mismo|misma|final|principio|respecto|igual|fin|tiempo|lado|menudo|través|y|o|de|del|en|con|por|para"]
ADDRESSEE_CONNECTORS = [r"de|del|de la|de los|de las"]
#: negations right before a spoken cue ("no pedimos lujos"): the cue asks nothing (rule negated_spoken_cue)
NEGATIONS = [r"\bno", r"\bnunca"]
