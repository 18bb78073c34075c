"""Dutch words of page metadata (see lang/en/metadata.py)."""

BYLINE_LEAD_INS = ("door",)
BYLINE_LABELS = ("tekst", "interview", "analyse", "geschreven")
AUTHOR_LABELS = ("geschreven door", "auteur", "door")
AUTHOR_CONNECTORS = ("en", "met")
ROLE_WORDS = frozenset("""redactie redacteur redactrice correspondent verslaggever verslaggeefster
    journalist""".split())
PERSON_ROLES = frozenset("""redacteur redactrice correspondent verslaggever verslaggeefster""".split())
NOT_NAME_WORDS = frozenset("""inloggen aanmelden registreren account profiel abonneren abonnement delen
    volgen zoeken""".split())
PUBLISHED_WORDS = ("gepubliceerd",)
#: Starts of words that announce the publication (gepubliceerd, publicatiedatum), read at a word start only.
PUBLISHED_WORD_STARTS = ("gepubliceerd", "publicatie")
UPDATED_WORDS = ("bijgewerkt", "gewijzigd")
ARTICLES = ("het",)
INDEFINITE_ARTICLES = ("een",)
DATE_PREPOSITIONS = ("op",)
#: Path segments of the links to an author's page (see lang/en/metadata.py).
AUTHOR_PATHS = ("auteur", "auteurs", "redacteur", "redacteuren", "journalist", "journalisten", "profiel")
#: Words a person's full name does not start with ("The Newsroom", "Die Redaktion").
NAME_NOT_FIRST = ()
#: Lower-case particles that belong inside a person's name ("Tomas van der Helm", "Inés de la Corva").
NAME_PARTICLES = ("de", "der", "den", "van", "ter", "ten")
