"""German words of page metadata (see lang/en/metadata.py)."""

BYLINE_LEAD_INS = ("von",)
BYLINE_LABELS = ("ein beitrag", "ein bericht", "beitrag", "bericht", "text", "ein kommentar", "kommentar",
                 "analyse", "interview", "recherche", "geschrieben")
AUTHOR_LABELS = ("geschrieben von", "autor", "autorin", "von")
AUTHOR_CONNECTORS = ("und", "mit")
ROLE_WORDS = frozenset("""redakteur redakteurin redaktion korrespondent korrespondentin autor autorin
    reporter reporterin volontär volontärin ressortleiter ressortleiterin""".split())
PERSON_ROLES = frozenset("""redakteur redakteurin korrespondent korrespondentin reporter reporterin""".split())
NOT_NAME_WORDS = frozenset("""anmelden abmelden registrieren konto profil abonnieren abo newsletter teilen
    folgen suche startseite""".split())
PUBLISHED_WORDS = ("veröffentlicht", "erschienen", "publiziert")
#: Starts of words that announce the publication (publiziert, Publikationsdatum), read at a word start only.
PUBLISHED_WORD_STARTS = ("publizier", "publikation")
UPDATED_WORDS = ("aktualisiert", "zuletzt aktualisiert", "geändert")
ARTICLES = ("der", "die", "das")
INDEFINITE_ARTICLES = ("ein", "eine")
DATE_PREPOSITIONS = ("am",)
#: Path segments of the links to an author's page (see lang/en/metadata.py).
AUTHOR_PATHS = ("autor", "autoren", "autorin", "autorinnen", "redakteur", "redakteure", "profil")
#: Words a person's full name does not start with ("The Newsroom", "Die Redaktion").
NAME_NOT_FIRST = ("die", "der", "das")
#: Lower-case particles that belong inside a person's name ("Tomas van der Helm", "Inés de la Corva").
NAME_PARTICLES = ("der", "von", "zu")
