"""English demand cues added to the shared ones of ``extraction/demands.py``.

``REPORT_CUES``: regex alternatives over lower-cased text; the demand is the clause
that follows the cue.  ``IMPERATIVES``: openings that make a quote or a slogan a
demand ("Stop ...", "No more ...").

Measured and left out (they found nothing more on the validation split and cost
precision there, or changed nothing): "insist that", "seeking",
"to win", "<protest word> over/against/demanding", "in protest at", "in support of"; and
reading every sentence of a quotation for an imperative ("No more X. No more Y."), which
found more on tune and only extras on validation.
"""

#: adjectives before "ask" the noun ("the key ask is")
_ASK_ADJECTIVES = "key main chief central core only first top principal biggest".split()
#: verbs of the protesters' effort before "to" + a verb of changing, and who makes the effort (with the
#: auxiliaries between): not the police's or the officials' ("officers are working to keep the road open")
_EFFORT_VERBS = "trying fighting hoping seeking determined vowing vowed pledged pledging working campaigning struggling".split()
_EFFORT_SUBJECTS = [
    (subject, ("", "are ", "were ", "have been ", "had been ") if subject.endswith("s") or subject == "they"
     else ("", "is ", "was ", "has been ", "had been "))
    for subject in """they protesters demonstrators marchers campaigners residents activists organisers organizers workers
    strikers students parents tenants nurses teachers farmers group union coalition campaign""".split()
] + [("they’re", ("",)), ("they're", ("",))]
_CHANGE_VERBS = "stop|block|save|keep|prevent|halt|reverse|overturn|reopen|protect|preserve|force|win|end|scrap|restore|secure"

REPORT_CUES: list[str] = [
    # (each cue opens with a word of its own, not with "the" or "they", which would have it tried at
    # every such word; the words before it are read behind it, as for "workers demand" below)
    # the demand noun before a colon ("Their main demand: free transport"); the noun with a copula is a shared cue
    r"demands?(?: of (?:the )?[a-z’'\-]+)?(?= ?:)",
    # the ask as a noun ("The strikers' key ask is a four-day week")
    r"ask(?:" + "|".join(f"(?<={w} ask)" for w in _ASK_ADJECTIVES) + r")s? (?:is|are|was|were)",
    # a protest kept up until something changes ("vowed to continue until the pipeline is cancelled"): the
    # change, a present or perfect passive of undoing or a person who gives way, is the ask ("rest", "go
    # on", "give up" left out: "rest" opens "protest", "arrest", "interest", each a place to try)
    r"(?:continue|continues|continued|continuing|keep \w+ing|kept \w+ing|stay|remain|stop|strike|protest|march|occupy) "
    r"until(?= (?:(?:the|their|its|his|her|our|this|that|these|those) )?[\w'’\-]+(?: [\w'’\-]+){0,4} "
    r"(?:(?:is|are|has been|have been|gets|get) (?:scrapped|withdrawn|cancell?ed|shut|closed|reopened|dropped|reversed|halted|"
    r"stopped|met|granted|released|freed|fired|removed|repealed|abandoned|restored|reinstated|paid)|"
    r"(?:resigns?|steps? down|backs? down|relents?|agrees?|gives? in)\b))",
    # the protesters' own effort to change something ("they are fighting to save the library", "trying to
    # stop the demolition"), said of the protest's actors (read behind the verb), with a verb of changing or keeping
    r"(?:" + "|".join(_EFFORT_VERBS) + r")(?:" + "|".join(
        f"(?<={subject} {aux}{verb})" for verb in _EFFORT_VERBS for subject, auxes in _EFFORT_SUBJECTS for aux in auxes
    ) + r") to(?= (?:" + _CHANGE_VERBS + r")\b)",
    # the purpose of the protest as a noun ("Their goal is to block the sale of the park")
    r"(?:goal|aim|objective|purpose) (?:is|was|remains) to(?= (?:" + _CHANGE_VERBS + r")\b)",
    # objecting and pushing back name what is to change ("Protesters object to the closure of the ward")
    r"object(?:s|ed|ing)? to|push(?:es|ed|ing)? back (?:against|on)|holding out for|held out for|holds? out for",
    r"opponents of|opposed to|in opposition to|oppos(?:e|es|ed|ing)(?! to\b)(?! (?:groups?|sides?|camps?|protesters|demonstrators|marchers|views|factions|parties|teams?|crowds?|rall(?:y|ies))\b)|demands? for|pleas? for|petition(?:ed|ing|s)? for|in favou?r of|"
    r"(?:anger|angry|outrage|outraged|fury|furious|frustrat\w+|discontent|dissatisfaction|grievances?|fed up) (?:at|about|over|with)|"
    # the present tense after the protesters ("workers demand a four-day week"; "demanded" is shared), the
    # subject read behind "demand" (a cue opening with a frequent word is tried at too many places)
    r"demand(?:" + "|".join(f"(?<={w} demand)" for w in """they protesters demonstrators marchers workers strikers union
    unions activists campaigners residents tenants students teachers nurses doctors farmers parents organisers organizers
    group groups coalition""".split()) + r")s?(?: that)?"
]
IMPERATIVES = [r"no more|not in my name|hands off|free|stop|end|save|fund|cancel|ban|justice for"]
#: cues in a headline after which the rest of the headline (up to ":", " as ", " in " ...) is an ask
HEADLINE_CUES = [
    r"(?:protests?|protesters|rall(?:y|ies)|march(?:es)?|marchers|strikes?|strikers|walkouts?|demonstrations?|demonstrators|"
    r"demos?|vigils?|sit-ins?|pickets?|blockades?|boycotts?|workers|students|tenants|activists|thousands|hundreds) "
    r"(?:against|for)|demand(?:s|ing)?|call(?:s|ing)? for|push(?:es|ing)? for"
]
#: modals of obligation: a quoted sentence that holds one, subject and all, is an ask (rule "modal sentence")
QUOTE_MODALS = [r"must|should|needs? to|has to|have to"]
#: spoken cues inside a quotation (lower case, each opening with a letter; demands.py wraps each in word
#: boundaries and searches every language's in every quotation): the ask follows the cue
QUOTE_CUES = [
    r"(?:we|they)\]?(?: (?:all |really |still )?(?:need|want|demand|are demanding|call for|are calling for|"
    r"are asking for|ask for|urge|must|have to|should|deserve)|(?:'re|’re| are) (?:hoping|asking|fighting|calling)"
    r"(?: (?:we can get|to get|for))?)",
    r"(?:the government|government|the state|they|he|she|it) (?:must|should|needs to|has to|ought to)",
    r"we(?:'re|’re| are) (?:(?:here|out here) to|demanding|fighting for|asking)|it(?:'s|’s| is) time (?:to|for)|"
    r"we (?:won't|will not|won’t) (?:stop|rest|give up) until|we(?:'d| would) like|we expect|we ask|all we want is",
    r"(?:and|to) (?:demand|call for|fight for)",
    r"we(?:'re|’re| are)? (?:call(?:ing)? on|ask(?:ing)?|urg(?:e|ing))|this is (?:all )?about|it(?:'s|’s| is) (?:all )?about|"
    r"what we (?:want|need|are asking for) is",
    r"our (?:main |only |key |first )?demands? (?:is|are)",
    # the message of the protest, then its ask ("Our message is simple: stop the evictions")
    r"our message (?:to (?:the )?[a-z]+ )?(?:is|was)(?: (?:simple|clear))?:?",
]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"i|we"]

# --- words that tell a cue is no ask (issue 12, read on pages of outlets the rules had never met) ---
#: after a comma, a participle that opens a clause of comment or consequence: the ask ends before it
#: ("urged the board to reopen the pool, saying the summer was short"; rule "participle_end")
CLAUSE_END_PARTICIPLES = [r"saying|warning|arguing|noting|citing|claiming|insisting|adding|leaving|describing|accusing|"
                          r"stressing|explaining|pointing out|blaming"]
#: a conjunction right before a cue that makes it a condition or an indirect question, no ask ("if they
#: want to", "when they need it", "when asked for"; rule "subordinate_cue"); not "who", "where", which
#: may stand before a verb ("residents who oppose the plan")
SUBORDINATORS = [r"if|when|whenever|unless|whether|how"]
#: the subject of a modal that makes the sentence a general truth, no ask ("You have to charge it
#: every night"; rule "generic_subject")
GENERIC_SUBJECTS = [r"you"]
#: what follows a modal or an "it should" cue in a remark on the talk itself, no ask ("It should be
#: noted that ..."; rule "impersonal_remark")
REMARKS = [r"be (?:noted|said|stressed|mentioned|remembered|pointed out|emphasi[sz]ed|underlined|added|recalled|"
           r"acknowledged|admitted|clarified|understood)\b"]
#: things, not people, that "call for" something: a recipe, a forecast, a plan (rule "thing_calls_for")
THING_CALLERS = [r"recipes?|scripts?|screenplays?|forecasts?|forecasters|outlooks?|plans?|designs?|schedules?|budgets?|"
                 r"blueprints?|formulas?|rules|guidelines|specifications?|models?|conditions|occasion|situation|moment|role|part"]
#: what an organisation "calls for" when it invites submissions, no ask (rule "thing_calls_for")
SUBMISSIONS = [r"proposals|papers|bids|applications|nominations|entries|submissions|tenders|abstracts"]
#: "in favour of" after a verb of setting something aside means "instead of", no ask ("the brass
#: fittings were dropped in favour of steel"; rule "set_aside_in_favour")
FAVOUR_CUES = [r"in favou?r of"]
SET_ASIDE = [r"away with|ditch\w*|dropp\w*|drop|abandon\w*|scrap(?:s|ped|ping)?|replac\w*|eschew\w*|discard\w*|"
             r"passed over|shelv\w*|sacrific\w*|step(?:s|ped|ping)? (?:down|aside)|resign\w*|withdr[ae]w\w*|overlook\w*|"
             r"sidelin\w*|swapp\w*|traded|rejected|dismissed|removed|ruled out"]
#: a word before "demanding" that makes it an adjective ("as demanding as", "physically demanding";
#: rule "adjective_demanding")
DEGREE_WORDS = [r"as|more|most|less|least|very|too|so|how|quite|rather|extremely|physically|mentally|emotionally|"
                r"technically|equally|increasingly|highly|incredibly|particularly|notoriously|less"]
#: an object of "demanded" that is a question or a passive's agent, no ask ("demanded how he knew",
#: "the price demanded by the seller"; rule "question_or_agent")
NOT_AN_OBJECT = [r"how|why|whether|where|who|by"]
#: verbs that ask someone to act, before whom they ask and "(not) to" (rule "people_target": "urged
#: residents not to drive", "pleaded with the board to wait", "asked their members to vote")
ASKING_VERBS = [r"call(?:s|ed|ing)? (?:on|upon)|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|implor(?:e|es|ed|ing)|"
                r"plead(?:s|ed|ing)? with|pled with|appeal(?:s|ed|ing)? to|beg(?:s|ged|ging)?"]
#: nouns for the people or bodies asked, after a determiner or quantifier and up to two other words
#: ("the American public", "their governments", "all parents")
PEOPLE_NOUNS = [r"people|public|residents|citizens|members|voters|governments|countries|nations|states|leaders|lawmakers|"
                r"legislators|officials|authorities|parents|families|workers|employers|companies|firms|businesses|shoppers|"
                r"consumers|drivers|users|fans|supporters|allies|neighbou?rs|colleagues|everyone|everybody|others|"
                r"politicians|ministers|regulators|trustees|board|congress|parliament|senators|representatives|"
                r"communities|locals|patients|doctors|physicians|teachers|students|tenants|landlords|"
                r"owners|investors|shareholders|donors|universities|schools|hospitals|agencies|regime|commission|committee"]
#: determiners before the subject of a cue, passed over to find a conjunction before it ("if *the* residents
#: want"; rule "subordinate_cue")
SUBJECT_DETERMINERS = [r"the|their|its|our|these|those|some|many|most"]
#: how a quotation opens that states something rather than asks "No ..." ("No one", "No matter"; rule
#: "no_statement")
NO_STATEMENTS = [r"no (?:one|single|matter|doubt|wonder|longer|other|way|less|sooner)"]
# adverbs (of addition, repetition, emphasis) that open the ask right after its cue, not part of it: "also", "again" after the cue: "called also for", "demanded again that" (rule leading_adverb)
LEADING_ADVERBS = [r"above all|in particular|especially|among other things|also|additionally|furthermore|moreover|again|likewise"]
# the 'and' (with an auxiliary) before a second verb of saying that ends the ask: "and urged" (rule
# coordinated_verb_end; the verbs are the language's REPORTING_VERBS in lang/<code>/quotes.py)
COORDINATED_VERB_OPENERS = [r"and"]
# the bodies an ask is put to, last word of "urged <the ...> to", "called on <the ...> to" (read by
# demands._NOUN_GROUP): governments, firms, schools, their heads
TARGET_NOUNS = [
    r"government|legislature|lawmakers|administration|company|management|employers?|authorities|officials|"
    r"leaders|council|city|state|president|vice president|governor|mayor|"
    r"university|college|school|board|district|ministry|minister|department|agency|police|court|"
    r"parliament|congress|senate|regulator|commission|committee|cabinet|owners?|landlords?|developers?|"
    r"operator|club|federation|league|hospital|trust|bank|firm|corporation|chancellor|premier|"
    r"prime minister|secretary|county|province|executive|bosses|regime|ministers|principal|authority|trustees|councillors"
]
#: words that open an ask right after its cue and are no part of it ("and that ...", "y que ...");
#: read with English's (demands._leading_pattern)
LEADING_WORDS = ('and', 'or', 'but', 'to', 'for', 'that', 'is', 'are')
#: words after a comma that end an ask's clause: the attribution or a new clause follows (", said X",
#: ", dijo X", ", sier X"; demands._CLAUSE_END, read for every language)
CLAUSE_END_WORDS = ('said', 'says', 'according', 'while', 'but', 'as', 'which', 'who', 'despite', 'although', 'though', 'where', 'when', 'after', 'before', 'because', 'since', 'so')
#: nouns of people counted: an ask that is a number and one of these is a crowd claimed ("15.000 participants"),
#: with the words that may open the number (rule claimed_count)
COUNTED_NOUNS = [r"people|participants|protesters|demonstrators|marchers|strikers|supporters|attendees|members"]
COUNT_APPROXIMATORS = [r"more than|about|around|some|nearly|over|at least|up to"]
#: where a protest verb's object would be, a place or a time: the verb has no ask there (rule protest_place)
#: the cues that are a verb of protest alone, with no "against" (rule protest_place reads PLACE_OPENERS after them)
PROTEST_VERBS = [r"protest(?:ed|ing)|march(?:ed|ing)|rall(?:ied|ying)|demonstrat(?:ed|ing)"]
PLACE_OPENERS = [r"outside|in front of|near|at the (?:gates?|steps|entrance|offices?|headquarters)|on the steps|through|across|"
                 r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|as\b"]
#: negations right before a spoken cue ("no pedimos lujos"): the cue asks nothing (rule negated_spoken_cue)
NEGATIONS = [r"\bnot", r"n['’]t", r"\bnever", r"\bno"]
