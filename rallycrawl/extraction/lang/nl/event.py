"""Dutch words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [r"uit protest tegen|aftreden van"]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"tegen"]
TARGET_CUES_NAMED = []
ANTI_PREFIXES = ("anti-",)
TARGET_STOP = frozenset("in op bij voor met en die dat tijdens aan na om van is zijn was waren heeft hebben maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
GENERIC_TARGETS = ("regering", "kabinet", "overheid", "politie", "werkgevers", "gemeente", "ministerie", "directie",
)
TARGET_MODIFIERS = frozenset("de het".split())
CROWD_QUALITATIVE = [r"massa(?:protest|betoging|demonstratie)\w*|massale (?:protest|betoging|demonstratie|staking)\w*"]
TARGET_PATTERNS = [r"\bvoor (?:de|het) (?P<target>[A-Z][\w\-]*(?: [A-Z][\w\-]*){0,2}) ?(?:ambassade|hoofdkantoor|kantoor)\b"]
