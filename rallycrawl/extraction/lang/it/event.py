"""Italian words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [r"per protestare contro|dimissioni di|chiedono al|chiedono alla"]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"contro"]
TARGET_CUES_NAMED = []
ANTI_PREFIXES = ("anti",)
TARGET_STOP = frozenset("a in per con da e che davanti durante dopo prima sono è ha hanno lunedì martedì mercoledì giovedì venerdì sabato domenica".split())
GENERIC_TARGETS = ("governo", "Governo", "autorità", "polizia", "azienda", "ministero", "Regione", "Comune",
)
TARGET_MODIFIERS = frozenset("il la lo i gli le l'".split())
CROWD_QUALITATIVE = [r"(?:manifestazion|mobilitazion|protest)\w* (?:di massa|oceanic\w+|massicc\w+)"]
TARGET_PATTERNS = [
    r"\bdavanti (?:all['’]|alla |al )(?:ambasciata|consolato|sede|residenza) (?:di |del |della )(?P<target>[A-ZÀ-Þ][\w\-]*(?: [A-ZÀ-Þ][\w\-]*){0,3})",
]
