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

REPORT_CUES: list[str] = [r"opponents of|opposed to|in opposition to|oppos(?:e|es|ed|ing)(?! to\b)(?! (?:groups?|sides?|camps?|protesters|demonstrators|marchers|views|factions|parties|teams?|crowds?|rall(?:y|ies))\b)|demands? for|pleas? for|petition(?:ed|ing|s)? for|in favou?r of|"
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
]
#: the speakers themselves (regex over lower-cased text): a modal sentence holding one is a plan of theirs, no ask
#: ("we must fight on"; rule "modal sentence")
FIRST_PERSON = [r"i|we"]
