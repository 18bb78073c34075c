"""Norwegian words of page metadata (see lang/en/metadata.py)."""

BYLINE_LEAD_INS = ("av",)
BYLINE_LABELS = ("tekst", "kommentar", "analyse", "intervju", "skrevet")
AUTHOR_LABELS = ("skrevet av", "av")
AUTHOR_CONNECTORS = ("og", "med")
ROLE_WORDS = frozenset("""journalist journalister redaksjonen reporter korrespondent kommentator""".split())
PERSON_ROLES = frozenset("""journalist reporter korrespondent kommentator""".split())
NOT_NAME_WORDS = frozenset("""abonner abonnement følg søk""".split())
PUBLISHED_WORDS = ("publisert",)
#: Starts of words that announce the publication (publisert, publikasjonsdato), read at a word start only.
PUBLISHED_WORD_STARTS = ("publisert", "publikasjon")
UPDATED_WORDS = ("oppdatert", "sist oppdatert", "endret")
ARTICLES = ("den", "det")
INDEFINITE_ARTICLES = ("en", "ei", "et")
DATE_PREPOSITIONS = ("den",)
#: Path segments of the links to an author's page (see lang/en/metadata.py).
AUTHOR_PATHS = ("forfatter", "forfattere", "journalist", "journalister", "profil")
