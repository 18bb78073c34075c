"""English words that tell a protest report (read by ``extraction/relevance.py``).

Every entry is a regular-expression alternative over lower-cased text; the words of
the article's language are scanned together with English ones (news in any language
borrows "sit-in", "protest").
"""

#: words that report a protest by themselves
EVENT_WORDS = [
    r"protest(?:s|ers?|ors?|ed|ing)?|counter-?protest(?:s|ers?|ed|ing)?|demonstrat(?:ion|ions|ors?)|"
    r"picket(?:s|ed|ing|ers)?|picket lines?|walk-?outs?|walked (?:off the job|out)|sit-ins?|vigils?|"
    r"hunger strikes?|strikers|marchers|took to the streets|taking to the streets|take to the streets|"
    r"rallied (?:outside|in front|against|at)|placards?|general strike|work stoppages?|"
    r"went on strike|go on strike|going on strike|goes on strike|will strike|to strike|would strike|plan to strike|"
    r"plans to strike|threaten(?:ed|s)? to strike|voted to strike|"
    r"walk(?:s|ing)? out(?! of)|stop(?:s|ped|ping)? work(?! on\b)|ceas(?:e|es|ed|ing) work|down(?:s|ed|ing)? tools|"
    r"days? of action|go-slows?|work-to-rule|"
    # a protest by sticking oneself to a building or a road ("glued their hands to the doors")
    r"(?:glu(?:e|es|ed|ing)|chain(?:s|ed|ing)?|lock(?:s|ed|ing)?-?on) (?:themselves|their hands|himself|herself) (?:on|onto|to)\b|"
    # industrial action taken or called, not its threat or the law on it ("could face industrial action")
    r"(?:take|takes|took|taking|taken|begin|begins|began|start|starts|started|stage|stages|staged|launch(?:es|ed)?|"
    r"escalat(?:e|es|ed|ing)|vote[sd]? for|voting for|backed|days? of|weeks? of|programme of|wave of|all-out|indefinite) "
    r"industrial action|sit-down (?:strikes?|protests?)|"
    r"call(?:s|ed|ing)? out (?:its |their )?(?:members|staff|workers|drivers|nurses|teachers)|"
    r"strike action|strike vote|on strike|striking (?:workers|employees|teachers|nurses|writers|actors|union members|drivers|miners|staff)"
]
#: words that report a protest only near a protest context word
AMBIGUOUS_WORDS = [
    r"rall(?:y|ies|ied|ying)|march(?:es|ed|ing)?|strik(?:e|es|ing)|occupation|occupied|occupy|human chains?|"
    r"boycott(?:s|ed|ing)?|blockades?|blockaded|chant(?:ed|ing|s)?|demos?|uprising|unrest|riots?|rioters?|"
    r"stoppages?|sit-downs?|tear ?gas|pepper spray|water cannons?|rubber bullets|refus(?:e|es|ed|ing) (?:food|to eat)|"
    r"(?:holding|held|carrying|carried|waving|waved|brandishing) (?:up )?(?:[a-z'-]+ ){0,2}(?:signs|placards|banners)",
    # a crowd with a purpose in the same sentence ("more than a thousand people ... to oppose the closure")
    r"(?:(?:(?:tens|hundreds) of )?(?:thousands|hundreds|dozens|scores) (?:of [a-z'-]+|in|at|across|outside)|"
    r"(?:more than|about|around|some|nearly|over|at least|an estimated) (?:\d[\d,]*|a thousand|a hundred) [a-z'-]+|crowds? of [a-z'-]+)"
    r"(?=[^.]{0,120}\b(?:demanding|to demand|demands?|call for|calls for|calling for|to call for|to oppose|opposing|to press for|to protest|in protest|"
    r"to denounce|to condemn|chanting|in support of|holding (?:up )?(?:[a-z'-]+ ){0,2}(?:signs|placards|banners)|"
    r"against (?:the |a |plans|cuts|proposed|planned)))"
]
#: words that make an ambiguous word a protest
CONTEXT_WORDS = [
    r"protest\w*|demonstrat\w*|activists?|campaigners?|supporters|crowds?|signs|banners?|"
    r"placards?|unions?|union-\w+|workers|employees|staff|teachers|nurses|drivers|writers|actors|guild|"
    r"picket\w*|strikers|walk\w*|labou?r|wages?|pay|contract|organi[sz]ers?|organi[sz]ed|"
    r"demand\w*|against|outside|in front of|streets?|thousands|hundreds|dozens|chant\w*|police|"
    r"detainees|prisoners|inmates|press for|push(?:es|ed|ing)? for|pressing for|release|signs|crowd|oppos(?:e|es|ed|ing)|denounc\w*|condemn\w*|calling for|"
    r"in support of"
]
#: phrases in which an event word does not report a protest (any regex)
NON_EVENT_SENSES = [
    # a product shown working ("a public demonstration of a delivery drone")
    r"\bdemonstrations? of (?:(?:a|an|the|its|their) )?(?:[a-z-]+ ){0,2}(?:drones?|robots?|products?|technology|systems?|devices?|"
    r"prototypes?|vehicles?|cars?|software|apps?|tools?|machines?|aircraft|rockets?|engines?|features?)\b",
    r"\b(?:bird|air|drone|missile|military|rocket|lightning|pre-?emptive|first|nuclear|retaliatory|israeli|russian|"
    r"u\.s\.|us|american|targeted|precision|deadly|ground)[- ]?strikes?\b",
    r"\bairstrikes?\b|\bstrik(?:e|es|ing) (?:a |an )?(?:deal|balance|chord|note|bargain|blow|fear|down|out|back|gold)\b",
    r"\bstrike (?:price|zone|force|team|rate)\b|\bthree strikes\b|\bstruck out\b|\bstrikes? (?:on|at|against) (?:targets?|positions|bases)\b",
    r"\b(?:stocks?|shares?|markets?|prices?|bonds?|dollar|euro|yen|oil|gold|equit\w+|index|indices|dow|nasdaq|s&p)\b"
    r"[^.]{0,40}\brall(?:y|ies|ied|ying)\b",
    r"\brall(?:y|ies|ied|ying)\b[^.]{0,30}\b(?:stocks?|shares|markets?|prices|bonds|points|per ?cent|%|win|victory|"
    r"comeback|back from)\b",
    r"\bmarch(?:es|ed)? (?:of (?:prices|time|progress|technology)|toward (?:the )?(?:title|playoffs?)|madness)\b",
    r"\bmarch (?:on|onward)\b|\bmarching (?:band|orders)\b",
    # a currency or an index that marches up ("sterling marched higher")
    r"\bmarch(?:es|ed|ing)? (?:higher|lower|upwards?|downwards?|ahead of (?:the )?(?:dollar|euro|pound|yen))\b",
    r"\bdemonstrat(?:ed|es|ing) (?:that|how|the|its|a|an|their|his|her)\b",
    r"\b(?:campaign|election|re-?election|political|victory|trump|maga) rall(?:y|ies)\b",
    r"\bmarch(?:ed|ing|es)?\b[^.]{0,30}\bparades?\b",
    r"\b(?:fans|supporters) (?:march|marched|marching)\b|\bmarch(?:ed|es|ing)? (?:from [^.]{0,40})?to the (?:stadium|ground|arena)\b",
    r"\bdemonstration (?:of|der|des|de) (?:the |la )?(?:stärke|macht|klasse|force|strength|power|skill|talent|dominance|"
    r"support|unity|solidarity|faith|love|resolve)\b",
    r"\brall(?:y|ies|ied|ying) (?:from|behind|past|late|to (?:win|beat|victory|a \d|tie|force))\b",
    r"\b(?:product|software|tech|game|live) demos?\b|\bdemos? (?:of|version|day)\b",
    r"\b(?:injury |added )?stoppage time\b|\bsit-down (?:interview|meeting|talks|dinner|lunch|restaurant)s?\b",
    # a formal complaint (to a league, a referee, an embassy) is no street protest
    r"\b(?:lodg|fil|submitt?|regist)\w* (?:a |an |their |its )?(?:formal |official |diplomatic )?protests?\b|"
    r"\b(?:formal|official|diplomatic) protests?\b|"
    r"\bwalk(?:s|ed|ing)? out of (?:the |a )?(?:[a-z]+ )?(?:talks|session|meeting|negotiations|hearing|summit|debate|chamber|interview)\b|"
    # a crowd that is a survey's share or a hypothesis ("thousands of workers would demand ..., survey finds")
    r"\b(?:thousands|hundreds|dozens|millions) of (?:[a-z'-]+ )?(?!protest|demonstrat|strik|march|rall|picket)[a-z'-]+ "
    r"(?:would|could|might|may)\b|"
    r"\b(?:thousands|hundreds|dozens|millions)\b[^.]{0,100}\b(?:survey|poll|study) (?:finds|found|shows|showed|suggests|says)\b|"
    r"\b(?:summon\w*|recall\w*|expel\w*) (?:the |its |their )?(?:[a-z]+ ){0,2}(?:ambassador|envoy|diplomats?)\b[^.]{0,40}\bin protest\b|\bprotests? (?:was|were|has been|have been) (?:upheld|rejected|dismissed)\b",
    # a note of protest from a government; a club or player that protests a result or a referee's call
    r"\bnotes? of protest\b|\bprotest notes?\b|"
    r"\bprotest(?:s|ed|ing)? (?:against )?(?:the |a |his |her |their )?(?:(?:cup|match|game|race|fight) result|"
    r"result of [^.]{0,30}\b(?:match|game|tie|race|fight|final|cup)\b|penalty|goal|red card|yellow card|"
    r"disqualification|(?:referee|umpire|judge)'?s? (?:decision|call))\b",
    # bowling and racket sports: a run of strikes, a long rally of shots; motor rallies and their stages
    r"\b(?:straight|consecutive|successive|back-to-back) strikes\b|\bstrikes in a row\b|"
    # (English loanwords in any article: "Strike-Serie", "zwölf Strikes in Folge", strikes near bowling's words)
    r"\bstrike-?serie\b|\bstrikes (?:in folge|op rij|d'affilée|di fila|seguidos|seguidas)\b|"
    r"\bstrikes?\b[^.]{0,60}\b(?:pins|bowling\w*|kegel\w*|tenpin|spares?)\b|\b(?:bowling\w*|kegel\w*|tenpin|bowlers?)\b[^.]{0,60}\bstrikes?\b|"
    r"\b\d+-(?:shot|stroke) rall(?:y|ies)\b|\brall(?:y|ies) (?:on|to win the|to save) (?:set|match|break|game) point\b|"
    r"\brall(?:y|ies)\b[^.]{0,80}\b(?:special stages?|co-drivers?|puncture|gravel|drivers'? championship)\b|"
    r"\b(?:co-drivers?|rally drivers?)\b[^.]{0,60}\brall(?:y|ies)\b|"
    r"\b(?:desert|mountain|motor|forest|vintage-car|snow|gravel|tarmac) rall(?:y|ies)\b|\brall(?:y|ies) (?:cars?|drivers?|raid|stages?)\b",
    # a hunger strike that is a goal drought; footballers called strikers
    r"\bhunger strikes?\b[^.]{0,30}\b(?:in front of goal|goal drought|scoring)\b|"
    r"\b(?:forwards|attackers)\b[^.]{0,40}\bhunger strikes?\b|"
    r"\b(?:his|our|the club'?s|the team'?s) strikers\b|"
    r"\bstrikers?\b[^.]{0,40}\b(?:goals?|scor\w*|midfield\w*|defenders?|forwards?|goalkeepers?)\b",
    # a product shown at work
    r"\b(?:live|practical|technical|cooking|flight|product|hands-on|on-stage) demonstrations?\b|"
    r"\bdemonstrations? of (?:its|their|his|her|how|what|a new|the new)\b",
    # occupation as a job, and a military occupation
    r"\boccupations? (?:with|codes?|lists?|groups?|categor\w+|titles?|most|least)\b|"
    r"\b(?:skilled|shortage|same|other|chosen|previous|main|former) occupations?\b|"
    r"\b(?:military|foreign|enemy|wartime|nazi|soviet|german|japanese|allied) occupation\b|"
    r"\boccupation (?:forces|troops|army|authorities|regime|zone)\b|"
    r"\boccupation\b[^.]{0,60}\bby (?:[a-z]+ )?(?:troops|forces|soldiers|army)\b|"
    r"\b(?:naval|military|economic) blockades?\b|\bblockades?\b[^.]{0,60}\b(?:warships|navy|weapons reaching|rebels)\b",
]
#: every non-event phrase holds one of these: a substring test skips most windows
NON_EVENT_KEYS = (
    "strik", "struck", "rall", "march", "demonstrat", "demo", "stoppage", "sit-down", "protest", "thousand", "hundred",
    "dozen", "walk", "occupation", "blockade",
)
#: stems found inside compound words (German, Dutch); none in English
COMPOUND_STEMS: tuple[str, ...] = ()
COMPOUND_NOT: tuple[str, ...] = ()
#: gathering frames: people who gather somewhere, for or against something
FRAMES = [
    r"(?:gathered|gathering|gather|gathers|rallied|rallying|assembled|massed|converged|converging|marched|demonstrated|protested) "
    r"(?:outside|in front of|on the steps of|at the gates of|in the streets|through the streets|on the streets)",
    # people who stood somewhere to protest ("stood at the gates of the school on Thursday to protest")
    r"(?:stood|stand|standing|gathered|waited|lined up|sat) (?:outside|in front of|at the gates of|on the steps of|at the entrance to) "
    r"[^.]{0,80}\bto (?:protest|demand|oppose|denounce|condemn|call for)\b",
    r"(?:gathered|rallied|marched|demonstrated) (?:on|in|at) [^.]{0,40}(?:to protest|to demand|to oppose|to denounce|to condemn|to call for|"
    r"against|calling for|demanding)",
    r"(?:gathered|assembled|massed|rallied|marched|turned out|(?:had |have )?(?:come|came)) to (?:protest|oppose|demand|denounce|condemn|call for|"
    r"show (?:their )?(?:support|solidarity|opposition)|support|back)\b",
    # protesters acting: "activists blocked the bridge", "farmers occupied the square"
    r"(?:activists|campaigners|protesters|demonstrators|strikers|farmers|dockers) (?:have |had |who )?"
    r"(?:block|blocks|blocked|blocking|blockaded|occupied|occupy|occupies|occupying|sat down|staged|glue|glued|chain|chained|"
    r"stormed|disrupted)\b",
    # the same by people who are not protesters by name ("Parents block school gates"); not "staged" (a play)
    r"(?:parents|residents|villagers|fishermen|students|taxi drivers|cabbies|truckers|hauliers) (?:have |had |who )?"
    r"(?:block|blocks|blocked|blocking|blockade|blockaded|occupied|occupy|occupies|occupying|glue|glued|chain|chained)\b",
]

# stop 31 (from the kinds of a fourth invented set): marches of mourning and slow-downs report a protest; a
# tractor convoy, placards held and leaflets handed out do near a protest context; the right to strike is no event
EVENT_WORDS += [r"silent march(?:es)?|candlelight vigils?|candlelit vigils?|go-slows?|work-to-rule"]
AMBIGUOUS_WORDS += [
    r"(?:holding|carrying|waving) (?:placards|banners|signs)|hand(?:ed|ing) out (?:leaflets|flyers)|"
    r"(?:with|drove|driving) (?:their |hundreds of |dozens of )?tractors|tractor convoys?|convoys? of tractors"
]
NON_EVENT_SENSES += [r"\bright to strike\b"]
#: a headline about something else than a protest happening now (rule headline_not_event): history ("N years
#: ago") and a poll; and festivities, when the headline holds no protest word (lower case)
HEADLINE_NOT_EVENT = [r"\d+ years ago", r"^(?:poll|survey):|(?:poll|survey) (?:finds|shows|suggests)"]
HEADLINE_FESTIVITIES = [r"carnival|festival|marathon|procession"]

# stop 31, from a fifth invented set: a technology shown, a campaign rally, a review and a ballot with no action
# are no protest; a banner unfurled and a meeting disrupted are one near a protest context
NON_EVENT_SENSES += [
    r"\bdemonstrations? (?:[a-z\-]+ ){0,6}(?:prototypes?|technology|drones?|robots?|devices?|vehicles?|trains?|aircraft|software|products?)\b|"
    r"\b(?:prototypes?|technology|drones?|robots?|devices?|vehicles?|trains?|aircraft|software|products?) (?:[a-z\-]+ ){0,6}demonstrations?\b",
    r"\b(?:campaign|election|re-election) (?:rally|rallies|event)\b",
]
AMBIGUOUS_WORDS += [r"unfurl(?:ed|ing)? (?:a |an )?(?:\w+ )?banner|banner drop|disrupt(?:ed|ing) (?:the|a) (?:meeting|agm|speech|hearing)|heckl(?:ed|ing)"]
HEADLINE_NOT_EVENT += [r"book review|^review:"]
#: topics that make the article about something else when the headline names no protest (rule headline_not_event)
HEADLINE_FESTIVITIES += [r"ballot|no dates? (?:set|yet|announced)"]
#: prepositions between a protest word and its year in a headline ("Manifestation de 2019"; rule past_year_headline)
YEAR_PREPOSITIONS = ('of', 'in', 'from')
