"""Portuguese demand cues (see ``lang/en/demands.py``)."""

REPORT_CUES = [
    # a protest kept up until something is undone ("até que as demissões sejam revogadas"), opposing, the goal
    # as a noun ("o objetivo é impedir ..."), the struggle ("lutam para salvar ...")
    r"até que(?= (?:a|o|as|os) [\wà-ú]+(?: [\wà-ú]+){0,4} (?:seja|sejam) (?:revogad|retirad|cancelad|suspens|readmitid|"
    r"reabert|libertad|liberad)\w*)|"
    r"opõem (?:a|à|ao|às|aos)|objetivo (?:é|era|será)(?= (?:impedir|barrar|salvar|"
    r"garantir|conseguir|evitar|manter|derrubar|bloquear|reverter)\b)|lut(?:am|aram|ando|avam) (?:para|por)",
    # the demand noun before a colon or a copula ("A principal reivindicação: ...", "... é o passe livre")
    r"(?:reivindicaç(?:ão|ões)|exigências?)(?: principa(?:l|is))?(?= ?:)|"
    r"(?:principal|única|primeira) (?:reivindicação|exigência) (?:é|era|foi)|(?:reivindicaç(?:ão|ões)|exigências?) principa(?:l|is) (?:é|são|era|eram|foi)",
    r"(?:greve|greves|protesto|protestos|manifestaç(?:ão|ões)|passeata|ato|atos) (?:contra|por|pela|pelo)|"
    r"exigem|exigiam|reivindicam|pedem|pediam|para exigir|para pedir|em protesto contra|"
    # the singular, for an organisation or a category that asks ("que reivindica", "a categoria exige")
    r"exige|reivindica|pede|"
    # the preterite, the news' past tense ("exigiram a renúncia", "pediram reajuste")
    r"exigiram|pediram|reivindicaram|cobraram|cobram|"
    # the singular "cobra" (also a noun, the snake) only before whom it asks ("o sindicato cobra do governo ...")
    r"cobra(?= (?:do|da|dos|das|ao|aos) )|"
    r"(?:protest\w+|manifest\w+|marcharam|marcham|foram às ruas|saíram às ruas|vão às ruas)(?: \w+){0,3}? contra"
]
VERB_FINAL = None
IMPERATIVES = [r"fora|não à|não ao|basta|chega de|queremos"]
#: headline cues (see ``lang/en/demands.py``)
HEADLINE_CUES = [r"(?:greves?|protestos?|manifestaç(?:ão|ões)|atos?|milhares|centenas) contra|exigem|pedem"]
#: modals of obligation: a quoted sentence that holds one, subject and all, is an ask (rule "modal sentence")
QUOTE_MODALS = [r"deve|devem|deveria|deveriam|precisa|precisam|tem que|têm que|tem de|têm de"]
#: spoken cues inside a quotation (lower case, each opening with a letter; demands.py wraps each in word
#: boundaries and searches every language's in every quotation): the ask follows the cue
QUOTE_CUES = [r"precisamos|queremos|exigimos|pedimos|reclamamos|solicitamos"]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"eu|nós"]
# adverbs (of addition, repetition, emphasis) that open the ask right after its cue, not part of it: "exigem também a saída" (rule leading_adverb)
LEADING_ADVERBS = [r"sobretudo|principalmente|entre outras coisas|também|além disso|ainda|novamente|igualmente"]
# the 'and' (with an auxiliary) before a second verb of saying that ends the ask: "e denunciaram" (rule
# coordinated_verb_end; the verbs are the language's REPORTING_VERBS in lang/<code>/quotes.py)
COORDINATED_VERB_OPENERS = [r"e|e têm|e tem"]
#: verbs of asking after "e" that open a second ask: the first ends before them ("exigem a reposição salarial e
#: *pedem* o fim das avaliações"; rule coordinated_verb_end, with the reporting verbs)
COORDINATED_ASK_VERBS = ("exigem", "pedem", "reivindicam", "cobram", "exigiram", "pediram", "reivindicaram", "cobraram")
#: words that open an ask right after its cue and are no part of it ("and that ...", "y que ...");
#: read with English's (demands._leading_pattern)
LEADING_WORDS = ('que', 'é', 'são')  # the copula of "o que pedimos é respeito"
#: words after a comma that end an ask's clause: the attribution or a new clause follows (", said X",
#: ", dijo X", ", sier X"; demands._CLAUSE_END, read for every language)
CLAUSE_END_WORDS = ('disse', 'afirmou', 'explicou', 'declarou', 'acrescentou', 'destacou', 'diz', 'segundo')
#: nouns of people counted: an ask that is a number and one of these is a crowd claimed ("15.000 participants"),
#: with the words that may open the number (rule claimed_count)
COUNTED_NOUNS = [r"participantes|manifestantes|pessoas|grevistas"]
COUNT_APPROXIMATORS = [r"mais de|cerca de|quase|perto de|até"]

#: rule addressee_split: the preposition before whom a cue asks ("exigem do governo estadual o pagamento ..."),
#: the words that open the ask after it, the words that are no addressee ("ao menos", "ao mesmo tempo"), and the
#: connectors allowed inside the addressee before a capitalised word ("ao ministro da Educação")
ADDRESSEE_PREPOSITIONS = [r"do|da|dos|das|ao|aos|à|às"]
ASK_OPENERS = [r"o|a|os|as|um|uma|uns|umas|que|mais|melhores|novos|novas"]
NOT_ADDRESSEES = [r"menos|mesmo|mesma|fim|final|lado|contrário|respeito|vez|tempo|e|ou|de|do|da|dos|das|em|no|na|para|por|com"]
ADDRESSEE_CONNECTORS = [r"de|do|da|dos|das"]
#: negations right before a spoken cue ("no pedimos lujos"): the cue asks nothing (rule negated_spoken_cue)
NEGATIONS = [r"\bnão", r"\bnunca"]
