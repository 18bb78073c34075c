"""Norwegian words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [
    r"i protest mot|rett(?:er|et) seg mot|rettet mot|krev(?:er|de) av|appeller(?:er|te) til|oppfordr(?:er|et|a) til|"
    r"går av|gå av|avgang(?:en)? (?:til|for)"
]
#: cues that name a target only after a protest word ("en demonstrasjon mot reformen")
AGAINST_CUES = [r"mot"]
TARGET_CUES_NAMED = [r"(?:streik|streiken|streiker|ansatte) (?:i|ved|hos)"]
ANTI_PREFIXES = ("anti-",)
TARGET_STOP = frozenset("""
i på ved for med og eller som etter under til fra om at da når der fordi men er var har hadde blir ble
skal vil kan sier sa mandag tirsdag onsdag torsdag fredag lørdag søndag
""".split())
GENERIC_TARGETS = (
    "regjeringen", "Regjeringen", "Stortinget", "politiet", "kommunen", "departementet", "arbeidsgiverne",
    "arbeidsgiveren", "ledelsen", "selskapet", "konsernet", "bystyret", "byrådet", "staten", "regimet",
)
TARGET_MODIFIERS = frozenset()
CROWD_QUALITATIVE = [r"massedemonstrasjon\w*|masseprotest\w*|stor(?:e)? demonstrasjon\w*"]
TARGET_PATTERNS = [
]
#: words of a sentence that reports the event (lower case, besides the shared event words)
REPORTING_WORDS = [
    r"\b(?:demonstr\w+|protest\w*|streik\w*|markering\w*|aksjon\w*|marsj\w*|tusenvis|hundrevis|titusenvis|"
    r"samlet seg|møtte opp|tok til gatene|fakkeltog\w*)",
    r"\w(?:streik\w*|protest\w*|demonstrasjon\w*|markering\w*|aksjon\w*)\b",
]
#: prepositions that name where a protest was ("foran Stortinget", "på Youngstorget", "i Bergen")
PLACE_PREPOSITIONS = ("foran", "utenfor", "på", "i", "ved", "gjennom gatene i")
#: the institution in front of whose house a protest stands: the target when no cue in the
#: same text names one (case-sensitive regexes with a group "target")
VENUE_TARGETS = [
    r"\b(?:foran|utenfor) (?P<target>Stortinget|Slottet|Regjeringskvartalet|Rådhuset|[A-ZÆØÅ][\w\-]*(?:departementet|"
    r"ambassaden|konsulatet|[Rr]ådhuset|tinget))\b",
]
#: rule target_opponents: what the protesters are named the opponents of ("motstandere av vindkraftverket"): the target, the
#: phrase cut before the verb that follows it (see TARGET_THAT_CUES)
TARGET_OPPONENT_CUES = [r"motstandere (?:av|mot)"]

# --- Crowd sizes (read by ``crowd_size.py`` for every language; see lang/en/event.py)
CROWD_SHARED_PEOPLE = (
    r"mennesker|personer|demonstranter|deltakere|ansatte|arbeidere|streikende|lærere|studenter|elever|"
    r"aktivister|bønder|sykepleiere|innbyggere|familier|renholdere|sjåfører|bussjåfører|pensjonister|foreldre|"
    r"ungdommer|fiskere|kvinner|tilhengere|beboere|naboer|arbeidstakere|tillitsvalgte|medlemmer",
)
CROWD_SHARED_QUALIFIERS_MORE = ("mer enn", "i overkant av", "minst")
CROWD_SHARED_QUALIFIERS_LESS = ("nesten", "opptil")
CROWD_SHARED_QUALIFIERS_ABOUT = ("rundt", "omkring", "om lag", "cirka", "ca.", "anslagsvis")
CROWD_SHARED_SIZE_WORDS = (
    ("hundreds of thousands", "hundretusenvis"), ("tens of thousands", "titusenvis"),
    ("several thousand", "flere tusen"), ("thousands", "tusenvis"), ("several hundred", "flere hundre"),
    ("hundreds", "hundrevis"), ("dozens", "dusinvis"),
)
#: verbs after a size word standing alone for people ("tusenvis demonstrerte") or a count: regex alternatives
CROWD_SHARED_VERBS = (r"samlet seg|møtte opp|demonstrerte|protesterte|gikk|deltok|marsjerte|streiket",)
CROWD_SHARED_KEYS = ("tusen", "dusin")
CROWD_SHARED_RANGE_WORDS = ("til", "og")
#: the words that join a size word to its people noun ("thousands *of* people"), read in every article
CROWD_SHARED_SIZE_WORD_OF = ("av",)
#: the words that may join a count of millions to its people noun ("1,5 millones *de* personas")
CROWD_SHARED_MILLIONS_OF = ("av",)
#: words that announce an event (lower case regex): a weekday they come shortly before is the next
#: such day, not the last (rule date_announced_ahead: "will strike on Monday"; not "announced on
#: Monday that", where the weekday is the announcement's)
DATE_AHEAD_CUES = [r"skal|vil|planlegger|varsler|varslet|kommende|neste"]
