"""German demand cues (see ``lang/en/demands.py``)."""

REPORT_CUES = [
    # a protest kept up until something is undone ("streiken weiter, bis die Kündigungen zurückgenommen werden"),
    # and the goal as a noun ("Ziel der Initiative ist es, den Abriss zu verhindern")
    r"(?:streik\w*|protest\w*|demonstr\w*|weiter\w*|kämpf\w*|fortsetz\w*|fortgesetzt werden),? bis(?= (?:die|der|das|den) "
    r"[\w\-]+(?: [\w\-]+){0,4} (?:zurückgenommen|zurückgezogen|gestoppt|abgesagt|erfüllt|wieder geöffnet|eingestellt|"
    r"rückgängig gemacht|aufgehoben|freigelassen) (?:werden|wird|sind|ist)\b)|"
    r"ziel (?:der [\w\-]+ |des [\w\-]+ )?(?:ist|sei|war) es, (?=\w)",
    # the demand noun before a colon or "lautet"/"ist" ("Ihre zentrale Forderung: ...", "Die Hauptforderung lautet: ...")
    r"(?:haupt|kern)?forderung(?:en)?(?: (?:der|des) [\w\-]+)?(?: (?:lautet|lauten|lautete|lauteten))?(?= ?:)|"
    r"(?:zentrale|wichtigste|einzige|erste|klare) (?:haupt|kern)?forderung(?:en)? (?:ist|sind|war|waren|lautet|lauten|lautete|lauteten)",
    r"(?:demonstr\w+|protest\w*|streik\w*|kundgebung\w*|mahnwache\w*|demo|demos|gingen auf die straße)(?: [\w.]+){0,3}? gegen|"
    r"(?:der |die )?rufe? nach|woll(?:en|te|ten),? dass|die forderungen (?:waren|sind|lauten|reichten)(?: vielfältig)?|zu den forderungen gehör\w+|für (?=(?:mehr|höhere|bessere|den erhalt|die rücknahme|ein ende)\b)|"
    # "setzt sich für den Erhalt ... ein", "sprach sich erneut für ... aus" (the plural present is a shared cue)
    r"(?:setzt|setzte|setzten|spricht|sprach|sprachen) sich (?:[\w.]+ ){0,2}?für|"
    r"um (?:[\w.]+ ){0,3}?gegen|auf die straße gegangen,? um|widerstand gegen|wehr(?:en|t|ten|te) sich gegen|richte(?:n|t|ten|te) sich gegen|"
    r"kämpf(?:en|t|ten|te) (?:für|gegen)|tret(?:en|t) für|traten für|poch(?:en|t|ten|te) auf|dräng(?:en|t|ten|te) auf|bestehen auf|"
    r"(?:im|in dem|der|den) (?:tarifstreit|tarifkonflikt|arbeitskampf) um|"
    # a protest "for" something ("demonstrierten für bezahlbaren Wohnraum"), not for a day ("für Samstag")
    r"(?:demonstr\w+|protest\w*|streik\w*|kundgebung\w*|mahnwache\w*|demo|demos|gingen auf die straße)(?: (?:in|am|im|auf|vor) [\w.\-]+| (?:auch|erneut|wieder|heute|gestern|gemeinsam|lautstark|friedlich))? für"
    r"(?! (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|morgen|den \d|nächste|kommende|diese)\w*\b)|"
    # an appeal: "riefen die Regierung auf, den Kohleausstieg vorzuziehen" (the ask follows the comma)
    r"(?:rief|riefen|ruft|rufen|forderte|forderten|fordert|fordern) (?:die|den|das) [^,.;:]{1,60}? auf, (?=\w)"
]
#: German puts the verb last ("... die Rücknahme der Reform forderten."); a rule reading the words
#: before the verb as the demand was measured and left out (commit 398dece): none here
#: "um mehr Klimaschutz zu fordern": the object of an infinitive of asking, between "um" and "zu"
#: "lehnen den Bau der Straße ab" (what is rejected is to change) and "wollen die Schließung verhindern"
#: (what is to be stopped or saved), each opening choosing its own verb at the end
VERB_FINAL = (
    r"\b(?:(?P<de_um>um )|(?P<de_reject>lehn(?:en|t|te|ten) )|woll(?:en|te|ten) )(?P<object>[^,.;:!?]{3,120}?) "
    r"(?(de_um)zu (?:fordern|verlangen)|(?(de_reject)ab|(?:verhindern|stoppen|retten|erhalten|rückgängig machen)))\b"
)
IMPERATIVES = [r"stoppt|stopp|weg mit|nie wieder|freiheit für|schluss mit|kein|keine|hände weg|wir fordern"]
#: headline cues (see ``lang/en/demands.py``)
HEADLINE_CUES = [r"(?:demo\w*|protest\w*|streik\w*|kundgebung\w*|tausende|hunderte|zehntausende) gegen|forder(?:n|t)|verlangen"]
#: German names a protest's issue in one compound noun ("die Justizreform", "das Heizungsgesetz",
#: "das Sparpaket"): such a noun phrase in the headline or in a sentence holding a protest word
#: (``ISSUE_CONTEXT``) is read as the ask.  Matched case-sensitively (nouns are capitalised).
#: A noun about the protest itself ("Demonstrationsverbot", "Streikgesetz") is no issue.
ISSUE_NOUNS = [
    r"(?:(?:der|die|das|den|dem|des|eine[nm]?|ein)\s+(?:[a-zäöüß\-]+\s+){0,2})?"
    r"(?![\wäöüß\-]*(?:[Dd]emonstration|[Vv]ersammlung|[Pp]rotest|[Ss]treik|[Kk]undgebung|[Vv]ermummung|[Dd]emo))"
    r"[A-ZÄÖÜ][\wäöüß\-]*"
    r"(?:reform|gesetz|gesetzes|gesetze|gesetzen|paket|pakets|kürzungen|abbau|abbaus|schließung|schließungen|"
    r"verbot|verbots|erhöhung|erhöhungen|politik|abkommen|abkommens)\b(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\wäöüß\-]+)?"
]
ISSUE_CONTEXT = [r"(?i:protest|demonstr|streik|kundgeb|mahnwache|\bdemos?\b|auf die straße)"]
#: modals of obligation: a quoted sentence that holds one, subject and all, is an ask (rule "modal sentence")
QUOTE_MODALS = [r"muss|müssen|sollte|sollten|soll|sollen"]
#: spoken cues inside a quotation (lower case, each opening with a letter; demands.py wraps each in word
#: boundaries and searches every language's in every quotation): the ask follows the cue
QUOTE_CUES = [
    r"(?:wir|sie|die regierung|regierung|die politik|der staat|die stadt|die bundesregierung|die landesregierung) "
    r"(?:müssen|muss|fordern|wollen|brauchen|verlangen)",
    r"es braucht|unsere (?:zentrale |wichtigste )?forderung(?:en)? (?:ist|sind|lautet|lauten)",
]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"ich|wir"]

# (see lang/en/demands.py for what each list does and which rule reads it)
SUBORDINATORS = [r"wenn|falls|ob"]
REMARKS = [r"(?:man )?(?:sagen|betonen|festhalten|anerkennen|zugeben|feststellen)\b|(?:gesagt|betont|festgehalten|erwähnt|angemerkt) werden\b"]
# adverbs (of addition, repetition, emphasis) that open the ask right after its cue, not part of it: "verlangt zudem höhere Löhne" (rule leading_adverb)
LEADING_ADVERBS = [r"vor allem|insbesondere|unter anderem|nicht zuletzt|zudem|außerdem|auch|ebenfalls|ferner|darüber hinaus|weiterhin|erneut|nochmals"]
# the 'and' (with an auxiliary) before a second verb of saying that ends the ask: "und kritisierten" (rule
# coordinated_verb_end; the verbs are the language's REPORTING_VERBS in lang/<code>/quotes.py)
COORDINATED_VERB_OPENERS = [r"und"]
# the separable particle that closes a verb-second clause is no part of the ask: "setzen sich für den
# Erhalt des Parks ein" -> "den Erhalt des Parks", "sprechen sich für ein Verbot aus" (rule particle_end)
TRAILING_PARTICLES = [r"ein|aus|an|auf"]
#: words that open an ask right after its cue and are no part of it ("and that ...", "y que ...");
#: read with English's (demands._leading_pattern)
LEADING_WORDS = ('und',)
#: words after a comma that end an ask's clause: the attribution or a new clause follows (", said X",
#: ", dijo X", ", sier X"; demands._CLAUSE_END, read for every language)
CLAUSE_END_WORDS = ('sagte', 'sagt', 'erklärte', 'betonte', 'hieß es')
#: nouns of people counted: an ask that is a number and one of these is a crowd claimed ("15.000 participants"),
#: with the words that may open the number (rule claimed_count)
COUNTED_NOUNS = [r"teilnehmer\w*|teilnehmende\w*|menschen|personen|demonstrant\w*|demonstrierende\w*|streikende\w*"]
COUNT_APPROXIMATORS = [r"rund|etwa|mehr als|über|knapp|bis zu|fast"]
#: whom a verb of appeal asks, before its particle: "(forderten) den Stadtrat auf, den Verkauf zu stoppen" (rule
#: appeal_particle; group "target")
APPEAL_SPLIT = [r"(?P<target>(?:die|den|das|dem|alle) [^,.;:]{1,60}?) auf, (?=\w)"]
#: negations right before a spoken cue ("no pedimos lujos"): the cue asks nothing (rule negated_spoken_cue)
NEGATIONS = [r"\bnicht"]
