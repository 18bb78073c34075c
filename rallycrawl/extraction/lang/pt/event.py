"""Portuguese words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [r"em protesto contra|renúncia de|impeachment de|exigem do|exigem da"]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"contra"]
TARGET_CUES_NAMED = []
ANTI_PREFIXES = ("anti",)
TARGET_STOP = frozenset("em na no nas nos para com por e que durante diante após antes é são foi foram tem segunda terça quarta quinta sexta sábado domingo".split())
GENERIC_TARGETS = ("governo", "Governo", "autoridades", "polícia", "empresa", "ministério", "prefeitura", "Congresso",
)
TARGET_MODIFIERS = frozenset("o a os as".split())
CROWD_QUALITATIVE = [r"(?:manifestaç|mobilizaç|protest)\w* (?:em massa|massiv\w+)|multidão"]
TARGET_PATTERNS = [
    r"\b(?:em frente (?:à|ao)|diante d[ao]) (?:embaixada|consulado|sede|residência) (?:de |do |da )(?P<target>[A-ZÀ-Þ][\w\-]*(?: [A-ZÀ-Þ][\w\-]*){0,3})",
]
