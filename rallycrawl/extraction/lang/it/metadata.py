"""Italian words of page metadata (see lang/en/metadata.py)."""

BYLINE_LEAD_INS = ("di", "scritto da")
BYLINE_LABELS = ("testo", "a cura", "intervista", "analisi")
AUTHOR_LABELS = ("scritto da", "autore", "autrice", "di")
AUTHOR_CONNECTORS = ("e", "con")
ROLE_WORDS = frozenset("""redazione giornalista corrispondente inviato inviata redattore redattrice
    agenzia""".split())
PERSON_ROLES = frozenset("""giornalista corrispondente inviato inviata redattore redattrice""".split())
NOT_NAME_WORDS = frozenset("""accedi registrati account profilo abbonati abbonamento condividi segui
    cerca""".split())
PUBLISHED_WORDS = ("pubblicato", "pubblicata")
#: Starts of words that announce the publication (pubblicato, pubblicata, pubblicazione), read at a word start only.
PUBLISHED_WORD_STARTS = ("pubblicat", "pubblicazion")
UPDATED_WORDS = ("aggiornato", "aggiornata", "modificato")
ARTICLES = ("il", "lo", "la", "gli")
INDEFINITE_ARTICLES = ("un", "uno", "una")
DATE_PREPOSITIONS = ("il",)
#: Path segments of the links to an author's page (see lang/en/metadata.py).
AUTHOR_PATHS = ("autore", "autori", "autrice", "giornalista", "giornalisti", "firma", "firme", "profilo")
#: Words a person's full name does not start with ("The Newsroom", "Die Redaktion").
NAME_NOT_FIRST = ()
#: Lower-case particles that belong inside a person's name ("Tomas van der Helm", "Inés de la Corva").
NAME_PARTICLES = ("da", "della", "di", "del")
