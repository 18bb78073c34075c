"""Spanish words of page metadata (see lang/en/metadata.py)."""

BYLINE_LEAD_INS = ("por",)
BYLINE_LABELS = ("publicado", "publicada", "texto", "redacción", "crónica", "entrevista", "análisis", "escrito",
                 "reportaje")
AUTHOR_LABELS = ("escrito por", "autor", "autora", "por")
AUTHOR_CONNECTORS = ("y", "con")
ROLE_WORDS = frozenset("""redacción redaccion corresponsal periodista redactor redactora enviado enviada
    especial agencia agencias""".split())
PERSON_ROLES = frozenset("""corresponsal periodista redactor redactora""".split())
NOT_NAME_WORDS = frozenset("""iniciar sesión ingresar registrarse registrate cuenta perfil suscribirse
    suscríbete suscripción boletín compartir seguir buscar inicio""".split())
PUBLISHED_WORDS = ("publicado", "publicada")
#: Starts of words that announce the publication (publicado, publicada, publicación), read at a word start only.
PUBLISHED_WORD_STARTS = ("publicad", "publicación")
UPDATED_WORDS = ("actualizado", "actualizada", "modificado")
ARTICLES = ("el", "la", "los", "las")
INDEFINITE_ARTICLES = ("un", "una")
DATE_PREPOSITIONS = ("el",)
#: Path segments of the links to an author's page (see lang/en/metadata.py).
AUTHOR_PATHS = ("autor", "autores", "autora", "periodista", "periodistas", "firma", "firmas", "perfil", "perfiles")
#: Words a person's full name does not start with ("The Newsroom", "Die Redaktion").
NAME_NOT_FIRST = ("los", "las")
#: Lower-case particles that belong inside a person's name ("Tomas van der Helm", "Inés de la Corva").
NAME_PARTICLES = ("de", "del", "la", "el", "y")
