"""French words of the protest event (read by ``extraction/event.py``)."""

TARGET_CUES = [r"pour dénoncer|à l'encontre de|opposés? à|opposées? à|démission de|exigent du|réclament au|interpeller"]
#: cues that name a target only after a protest word ("a march against the reform", not "guard against")
AGAINST_CUES = [r"contre"]
TARGET_CUES_NAMED = [r"(?:salariés|grève|grévistes) (?:de|d'|chez)"]
ANTI_PREFIXES = ("anti-",)
TARGET_STOP = frozenset("""
à au aux dans pour avec par en et ou qui que depuis devant lors ce cette ces est sont a ont sur sous selon comme
mais car quand où pendant lundi mardi mercredi jeudi vendredi samedi dimanche
""".split())
GENERIC_TARGETS = ("gouvernement", "Gouvernement", "exécutif", "autorités", "police", "patronat", "direction", "Élysée", "ministère", "préfecture",
)
TARGET_MODIFIERS = frozenset("le la les l'".split())
CROWD_QUALITATIVE = [r"(?:manifestation|mobilisation|grève)s? (?:massive|de masse)s?|foule nombreuse"]
TARGET_PATTERNS = [
    r"\bdevant (?:l['’]|le |la )(?:ambassade|consulat|siège|résidence|domicile|locaux) (?:de |du |d['’])(?:la |l['’])?(?P<target>[A-ZÀ-Þ][\w\-]*(?: [A-ZÀ-Þ][\w\-]*){0,3})",
    r"\b(?:démission|départ|destitution) (?:de |du |d['’])(?:président |gouvernement )?(?P<target>[A-ZÀ-Þ][\w\-]*(?: [A-ZÀ-Þ][\w\-]*){0,2})",
]
