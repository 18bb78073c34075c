"""Norwegian demand cues (see ``lang/en/demands.py``)."""

REPORT_CUES = [
    r"(?:demonstr\w+|protest\w*|streik\w*|markering\w*|aksjon\w*|tok til gatene)(?: [\w.]+){0,3}? mot|"
    # the demand noun before a colon ("Hovedkravet: ..."); the infinitive after "for å" ("for å kreve høyere lønn")
    r"(?:hoved)?krav(?:et|ene)?(?= ?:)|hovedkravet (?:er|var)|for å kreve|"
    r"krev(?:er|de|et)|krav(?:et)? om|ber om|ba om|vil ha|for å (?=(?:stanse|stoppe|få|sikre|bevare|beholde)\b)"
]
VERB_FINAL = None
IMPERATIVES = [r"stopp|nei til|ja til|ned med|bevar|stans|ingen"]
#: headline cues (see ``lang/en/demands.py``)
HEADLINE_CUES = [r"(?:demonstr\w*|protest\w*|streik\w*|markering\w*|tusenvis|hundrevis) mot|krever"]
#: spoken cues inside a quotation (lower case, each opening with a letter; demands.py wraps each in word
#: boundaries and searches every language's in every quotation): the ask follows the cue
QUOTE_CUES = [r"vi (?:krever|vil ha)"]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"jeg|vi"]
#: modals of obligation: a quoted sentence that holds one, subject and all, is an ask (rule "modal sentence")
QUOTE_MODALS = [r"må|bør"]
# adverbs (of addition, repetition, emphasis) that open the ask right after its cue, not part of it: "krever også høyere lønn" (rule leading_adverb)
LEADING_ADVERBS = [r"særlig|blant annet|også|dessuten|igjen"]
# the 'and' (with an auxiliary) before a second verb of saying that ends the ask: "og sa" (rule
# coordinated_verb_end; the verbs are the language's REPORTING_VERBS in lang/<code>/quotes.py)
COORDINATED_VERB_OPENERS = [r"og|og har"]
#: verbs of asking after "og" that open a second ask: the first ends before them ("krever høyere lønn og *ber*
#: om en ny avtale"; rule coordinated_verb_end, with the reporting verbs)
COORDINATED_ASK_VERBS = ("ber", "ba")
#: words after a comma that end an ask's clause: the attribution or a new clause follows (", said X",
#: ", dijo X", ", sier X"; demands._CLAUSE_END, read for every language)
CLAUSE_END_WORDS = ('sier', 'sa', 'forteller', 'fortalte', 'skriver', 'ifølge')
