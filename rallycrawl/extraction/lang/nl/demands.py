"""Dutch demand cues (see ``lang/en/demands.py``)."""

REPORT_CUES = [
    r"(?:staking|stakingen|protest|protesten|demonstratie|demonstraties|betoging|actie|acties) (?:tegen|voor)|"
    # the demand noun before a colon ("Hun belangrijkste eis: ...")
    r"(?:hoofd)?eis(?:en)?(?= ?:)|"
    r"eisen|eisten|eist|vragen om|willen|pleiten voor|"
    # the singular "wil" after a body of protesters ("De vakbond wil negen procent meer loon"), not after anyone
    # ("de minister wil niet reageren")
    r"wil(?:" + "|".join(f"(?<={w} wil)" for w in "vakbond bond actiegroep actiecomité comité beweging organisatie".split()) + r")|"
    # the body asked between the verb and its particle, the ask an infinitive with "te" ("roepen het kabinet op de
    # bezuiniging terug te draaien", "vraagt de gemeenteraad om het plan af te wijzen")
    r"(?:roept|roepen|riep|riepen) (?:[\w\-]+ ){1,5}?op (?:om )?(?=[^.;]{0,200}? te \w+)|"
    r"(?:vraagt|vragen|vroeg|vroegen) (?:[\w\-]+ ){1,5}?om (?=[^.;]{0,200}? te \w+)|"
    r"(?:protesteer\w*|protesteren|gedemonstreerd|demonstre\w+|betoog\w*|betogen|gingen de straat op|gaan de straat op)(?: \w+){0,3}? tegen"
]
#: (not after an article or a possessive: "reageren op de eisen" is the noun, the demands)
VERB_FINAL = (
    r"(?P<object>(?:[\w\-]+ ){1,4}?[\w\-]+)(?<!\bde)(?<!\bdie)(?<!\bdeze)(?<!\bhun)(?<!\bonze)(?<!\bzijn)(?<!\bhaar)"
    r" (?:eisen|eisten|willen|wilden)(?=[,.;])"
)
IMPERATIVES = [r"stop|weg met|geen|handen af van"]
#: headline cues (see ``lang/en/demands.py``)
HEADLINE_CUES = [r"(?:stakingen|staking|protesten|protest|demonstraties|demonstratie|betogingen|betoging|betogers|demonstranten|duizenden|honderden) tegen|eisen"]
#: modals of obligation: a quoted sentence that holds one, subject and all, is an ask (rule "modal sentence")
QUOTE_MODALS = [r"moet|moeten"]
#: spoken cues inside a quotation (lower case, each opening with a letter; demands.py wraps each in word
#: boundaries and searches every language's in every quotation): the ask follows the cue
QUOTE_CUES = [r"(?:we|wij) (?:willen|eisen|vragen)"]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"ik|wij|we"]
# adverbs (of addition, repetition, emphasis) that open the ask right after its cue, not part of it: "eisen ook hogere lonen" (rule leading_adverb)
LEADING_ADVERBS = [r"vooral|onder meer|met name|ook|bovendien|opnieuw|eveneens"]
# the 'and' (with an auxiliary) before a second verb of saying that ends the ask: "en zeiden" (rule
# coordinated_verb_end; the verbs are the language's REPORTING_VERBS in lang/<code>/quotes.py)
COORDINATED_VERB_OPENERS = [r"en|en hebben|en heeft"]
#: words after a comma that end an ask's clause: the attribution or a new clause follows (", said X",
#: ", dijo X", ", sier X"; demands._CLAUSE_END, read for every language)
CLAUSE_END_WORDS = ('zei', 'zegt', 'aldus', 'volgens', 'vertelde')
#: nouns of people counted: an ask that is a number and one of these is a crowd claimed ("15.000 participants"),
#: with the words that may open the number (rule claimed_count)
COUNTED_NOUNS = [r"deelnemers|demonstranten|betogers|mensen|stakers"]
COUNT_APPROXIMATORS = [r"ruim|zo'n|meer dan|bijna|circa|ongeveer|tot"]

#: words that open an ask right after its cue and are no part of it ("eist dat de gemeente ...")
LEADING_WORDS = ('en', 'dat', 'om')

#: rule addressee_split: the preposition before whom a cue asks ("eisen van de directie dat ..."), the words
#: that open the ask after it, the words that are no addressee, and the connectors allowed inside the
#: addressee before a capitalised word ("van de minister van Volksgezondheid")
ADDRESSEE_PREPOSITIONS = [r"van de|van het|aan de|aan het"]
ASK_OPENERS = [r"dat|om|een|de|het|meer|betere|hogere"]
NOT_ADDRESSEES = [r"week|dag|maand|jaar|en|of|van|voor|in|op|met|bij"]
ADDRESSEE_CONNECTORS = [r"van|voor"]
#: negations right before a spoken cue ("no pedimos lujos"): the cue asks nothing (rule negated_spoken_cue)
NEGATIONS = [r"\bniet"]
