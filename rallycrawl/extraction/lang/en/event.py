"""English words of the protest event (read by ``extraction/event.py``).

Target cues are regex alternatives matched case-insensitively at a word start and
followed by the target's noun phrase; ``TARGET_CUES_NAMED`` need a capitalised
name after them ("a strike at Acme Logistics", not "a strike at noon").
"""

#: cues followed by what or whom the protest is against
TARGET_CUES = [
    r"to confront|in protest (?:at|over|of|against)|protests? over|protested over|rall(?:y|ies|ied) over|"
    r"call(?:ed|ing|s)? (?:on|upon)|urg(?:e|ed|ing|es)|pressur(?:e|ed|ing) on|demands? of|targeting|target|targets|"
    r"aimed at|directed at|to denounce|denouncing|resignation of|ouster of|to oust|to topple|boycott of|boycotting"
]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"against|opposing|to oppose|opposition to|outrage (?:at|over)|anger (?:at|over)|angry (?:at|with|over)"]
TARGET_CUES_NAMED = [r"(?:strike|strikes|walkout|walked out|picket(?:ed|ing)?|workers|employees|staff) (?:at|of|against)"]
#: "anti-lockdown protests": the word after "anti-" is the target when a protest word follows
ANTI_PREFIXES = ("anti-",)
#: words that end a target's noun phrase (after its first word)
TARGET_STOP = frozenset("""
in at on for to with from by as after before during since outside near under into through across while which
who whom that when where because but and or over amid despite following this last next its their his her
said says told monday tuesday wednesday thursday friday saturday sunday is are was were has have had will would
could can may might should be been being who's it's they he she we
""".split())
#: nouns for the institutions a protest is typically aimed at (the fallback target)
GENERIC_TARGETS = (
    "government", "authorities", "administration", "regime", "police", "parliament", "legislature", "lawmakers",
    "ministry", "employer", "employers", "management", "company", "city council", "council", "governor",
    "president", "prime minister", "junta",
)
#: words that may stand before a generic target and belong to it ("the local government")
TARGET_MODIFIERS = frozenset("local federal state national interim central military regional city provincial "
                             "municipal county transitional new".split())
#: crowd sizes in words without a number, the last resort for ``size_text`` ("a mass rally")
CROWD_QUALITATIVE = [
    r"mass (?:protests?|demos?|demonstrations?|rall(?:y|ies)|march(?:es)?|strikes?|walkouts?|mobili[sz]ations?)|"
    r"massive (?:protests?|crowds?|demonstrations?|rall(?:y|ies)|march(?:es)?|turnout)|(?:huge|large|big) crowds?"
]
#: whom a protest at a place or an appearance addresses ("outside the Ruritanian embassy",
#: "Jane Doe's speech"): case-sensitive regexes with a group "target"
TARGET_PATTERNS = [
    r"\b(?:outside|in front of|at|near|to) (?:the )?(?P<target>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3} "
    r"(?:[Ee]mbassy|[Cc]onsulate|[Hh]eadquarters|[Oo]ffices?|[Rr]esidence|[Mm]ansion|[Ss]tore|[Ff]actory|[Pp]lant))\b",
    r"\b(?P<target>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})['’]s? (?:event|speech|lecture|appearance|visit|talk|address|concert|show)\b",
    r"\b(?P<target>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2})['’]?s? (?:ouster|resignation|removal|impeachment|downfall|departure)\b",
]
